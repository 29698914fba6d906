"""A deadline's own wording in the committee reports: shown under its date when it says
something the date does not ("November 2026"), never when it is the date again
("31/10/2026" under "31 Oct 2026"), as the app's detail pane words it."""

from __future__ import annotations

import datetime as dt
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from reports import export
from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc

# due after the tests' today (24 Nov 2026): no exception row repeats the action
AS_A_DATE = ActionDoc(
    ref="1.1", text="Audit supervision", due=dt.date(2027, 1, 29), due_text="29/01/2027"
)
AS_A_MONTH = ActionDoc(
    ref="1.2", text="Relaunch the policy", due=dt.date(2027, 2, 28), due_text="February 2027"
)


@pytest.fixture
def store(db_path: Path) -> Store:
    plan = PlanDoc(
        title="Test plan",
        recommendations=[
            RecommendationDoc(ref="1", text="Oversight", actions=[AS_A_DATE, AS_A_MONTH])
        ],
    )
    s = Store.open(db_path)
    s.merge_plans([plan], "test")
    return s


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def test_html_shows_a_date_once_and_a_month_under_its_date(store: Store) -> None:
    parser = _Text()
    parser.feed(export(store, "html", "Test plan").decode())
    text = " | ".join(parser.parts)
    assert "29 Jan 2027" in text and "29/01/2027" not in text
    assert "28 Feb 2027 | February 2027" in text


def test_xlsx_due_as_written_is_never_the_date_again(store: Store) -> None:
    sheet = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))["Actions"]
    names = [c.value for c in sheet[1]]
    ref, due, written = names.index("Ref"), names.index("Due"), names.index("Due as written")
    rows = {r[ref].value: (r[due].value, r[written].value) for r in sheet.iter_rows(min_row=2)}
    assert rows == {
        "1.1": (dt.datetime(2027, 1, 29), None),
        "1.2": (dt.datetime(2027, 2, 28), "February 2027"),
    }


def test_markdown_shows_a_date_once_and_a_month_under_its_date(store: Store) -> None:
    rows = export(store, "md", "Test plan").decode().splitlines()
    by_ref = {line.split(" | ")[0].strip("| "): line for line in rows if line.startswith("| 1.")}
    assert " | 29 Jan 2027 | " in by_ref["1.1"] and "29/01/2027" not in by_ref["1.1"]
    assert " | 28 Feb 2027<br>February 2027 | " in by_ref["1.2"]


def test_word_paper_shows_a_date_once_and_a_month_under_its_date(store: Store) -> None:
    paper = Document(io.BytesIO(export(store, "docx", "Test plan")))
    actions = paper.tables[-1]
    due = [c.text for c in actions.rows[0].cells].index("Due")
    assert [row.cells[due].text for row in actions.rows[1:]] == [
        "29 Jan 2027",
        "28 Feb 2027\nFebruary 2027",
    ]
