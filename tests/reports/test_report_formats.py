"""Every export format read back: HTML parsed, XLSX opened, CSV re-imported."""

from __future__ import annotations

import datetime as dt
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from importers import ImportOptions, load
from reports import ReportError, export
from store import Store
from store.docs import ActionDoc, RecommendationDoc, UpdateDoc
from tests.conftest import TODAY, small_plan

HOSTILE = ["=1+1", "+44 20 7946", "@SUM(A1)", "-5 days", "<b>bold</b> & [Mosaic]", "'=quoted"]


@pytest.fixture
def store(db_path: Path) -> Store:
    doc = small_plan()
    hostile = RecommendationDoc(
        ref="3",
        text="Hostile <cells>",
        actions=[
            ActionDoc(
                ref=f"3.{i}",
                text=t,
                leads=["Jo [TBC]"],
                fields={"Note": t},
                updates=[UpdateDoc(date=dt.date(2026, 10, 1), text=t)],
            )
            for i, t in enumerate(HOSTILE, 1)
        ],
    )
    s = Store.open(db_path)
    s.merge_plans(
        [doc.model_copy(update={"recommendations": [*doc.recommendations, hostile]})], "test"
    )
    return s


class Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def parse(html: bytes) -> Text:
    parser = Text()
    parser.feed(html.decode())
    return parser


def test_html_is_self_contained_with_summary_and_exceptions(store: Store) -> None:
    html = export(store, "html", "Test plan")
    parsed = parse(html)
    text = " ".join(parsed.parts)
    assert "script" not in parsed.tags and b"http" not in html and b"<link" not in html
    assert b"size: A4 landscape" in html
    assert "1 overdue" in text and "Exceptions" in text
    exceptions = text.split("Exceptions")[1].split("Recommendation 1")[0]
    assert "Write the strategy" in exceptions  # overdue and red
    assert "Train head teachers" not in exceptions  # done
    assert "<b>bold</b> & [Mosaic]" in text  # escaped, reads back as written
    assert b"<b>bold</b>" not in html
    assert "50% (1/2)" in text


def test_html_changes_since(store: Store) -> None:
    action = store.find_action("2.2")
    store.set_rag(action.id, "red")
    store.set_due(action.id, dt.date(2027, 6, 30), "June 2027", "month")
    store.set_status(store.find_action("2.1").id, "done")
    store.set_status(store.find_action("1.1").id, "blocked")
    store.undo()  # undone edits are not changes
    text = " ".join(parse(export(store, "html", "Test plan", since=TODAY)).parts)
    changes = text.split("Changes since 24 November 2026")[1].split("Recommendation 1")[0]
    assert "Completed: 2.1 Monthly audits" in changes
    assert "Re-dated: 2.2 Peer review [TBC] (2027-03-31 → 2027-06-30)" in changes
    assert "Turned red: 2.2" in changes
    assert "New: 1.1" in changes  # imported today
    assert "blocked" not in changes.lower()


def test_markdown_has_the_same_content_escaped(store: Store) -> None:
    md = export(store, "md", "Test plan").decode()
    assert "**1 overdue**" in md and "## Exceptions" in md
    assert "\\<b\\>bold\\</b\\> & \\[Mosaic\\]" in md
    assert "| 1 | Improve early help | 50% (1/2) | 1 |" in md


def test_xlsx_is_formatted_and_holds_no_formulas(store: Store) -> None:
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))
    assert book.sheetnames == ["Summary", "Actions"]
    actions = book["Actions"]
    assert actions.freeze_panes == "A2"
    header = [c.value for c in actions[1]]
    assert header[:5] == ["Plan", "Rec ref", "Recommendation", "Ref", "Action"]
    cells = {actions.cell(row=r, column=5).value: r for r in range(2, actions.max_row + 1)}
    row = cells["=1+1"]
    assert actions.cell(row=row, column=5).data_type == "s"
    assert all(c.data_type != "f" for r in actions.iter_rows() for c in r)
    red = cells["Write the strategy"]
    assert actions.cell(row=red, column=11).value == "Red"
    assert actions.cell(row=red, column=11).fill.fgColor.rgb.endswith("D9534F")
    assert actions.cell(row=red, column=8).value.date() == dt.date(2026, 10, 31)


def test_csv_neutralises_formulas_and_reimports_exactly(store: Store, tmp_path: Path) -> None:
    data = export(store, "csv", "Test plan")
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\n=1+1" not in text and ",=1+1" not in text and "'=1+1" in text
    path = tmp_path / "plan.csv"
    path.write_bytes(data)
    (reimported,) = load(path, ImportOptions(today=TODAY)).plans
    assert reimported == store.export("Test plan").plans[0]


def test_json_is_the_lossless_tree(store: Store) -> None:
    assert export(store, "json").decode().startswith('{\n  "format": "actionplan/1"')


def test_unknown_format_and_plan_are_clear_errors(store: Store) -> None:
    with pytest.raises(ReportError, match="unknown format 'pdf'"):
        export(store, "pdf")
    with pytest.raises(ReportError, match="no plan titled"):
        export(store, "html", "Nope")
