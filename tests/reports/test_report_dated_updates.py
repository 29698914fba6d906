"""An update whose text opens with its own date is not given that date twice."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from reports import export
from store import Store
from store.docs import ActionDoc, UpdateDoc
from tests.conftest import small_plan
from tests.reports.test_report_formats import parse

NOV_16 = dt.date(2026, 11, 16)
# The same day in the wordings the importer reads, and a text that opens with another day
OWN_DATE = {
    "1.1": "16/11/2026 – 72% of staff trained",
    "2.1": "16 Nov 2026: audit tool agreed",
    "2.2": "14/11/2026 – first draft circulated",
}


@pytest.fixture
def dated_store(db_path: Path) -> Iterator[Store]:
    plan = small_plan()
    recs = [
        rec.model_copy(update={"actions": [with_own_date(a) for a in rec.actions]})
        for rec in plan.recommendations
    ]
    plan = plan.model_copy(update={"recommendations": recs})
    s = Store.open(db_path)
    s.merge_plans([plan], "test")
    yield s
    s.close()


def with_own_date(action: ActionDoc) -> ActionDoc:
    if action.ref not in OWN_DATE:
        return action
    update = UpdateDoc(date=NOV_16, text=OWN_DATE[action.ref])
    return action.model_copy(update={"updates": [update]})


def says_each_once(text: str) -> None:
    assert "16/11/2026 – 72% of staff trained" in text
    assert "16 Nov 2026: 16/11/2026" not in text
    assert "16 Nov 2026: audit tool agreed" in text
    assert "16 Nov 2026: 16 Nov 2026" not in text
    assert "16 Nov 2026: 14/11/2026 – first draft circulated" in text  # another day: both


def test_markdown_and_html_print_an_update_dated_in_its_text_once(dated_store: Store) -> None:
    says_each_once(export(dated_store, "md").decode())
    says_each_once(" ".join(parse(export(dated_store, "html")).parts))


def test_the_word_paper_prints_it_once(dated_store: Store) -> None:
    paper = Document(io.BytesIO(export(dated_store, "docx", "Test plan")))
    cells = [c.text for t in paper.tables for row in t.rows for c in row.cells]
    says_each_once("\n".join(cells))


def test_the_workbook_keeps_the_date_column_and_says_the_text_once(dated_store: Store) -> None:
    actions = load_workbook(io.BytesIO(export(dated_store, "xlsx")))["Actions"]
    header = [c.value for c in actions[1]]
    dated, latest, every = (
        header.index(n) + 1 for n in ("Latest update date", "Latest update", "All updates")
    )
    row = next(r for r in range(2, actions.max_row + 1) if actions.cell(r, 4).value == "1.1")
    assert actions.cell(row, dated).value == dt.datetime(2026, 11, 16)  # the date is data
    assert actions.cell(row, latest).value == "16/11/2026 – 72% of staff trained"
    assert actions.cell(row, every).value == "16/11/2026 – 72% of staff trained"
