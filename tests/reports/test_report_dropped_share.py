"""A dropped (superseded) action leaves a recommendation's share done, in every paper
and in the TUI, and is counted beside it."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from reports import export
from store import Store
from tests.conftest import small_plan
from tests.tui.test_tui_main import screen_text, settle
from tui import open_app


def superseded_store(db_path: Path) -> Store:
    """small_plan with 1.1 closed as superseded: recommendation 1 is then 1.2 done and
    1.1 dropped; recommendation 2 has nothing dropped."""
    s = Store.open(db_path)
    s.merge_plans([small_plan()], "test import")
    s.set_status(s.find_action("1.1").id, "dropped")
    return s


def test_a_dropped_action_leaves_the_share_done_in_every_paper(db_path: Path) -> None:
    """'Superseded' counted as not complete: recommendation 1 read "50% (1/2)" though
    its only live action was done. Each paper says "100% (1/1; 1 dropped)"."""
    s = superseded_store(db_path)
    try:
        md = export(s, "md", None, None).decode()
        html = export(s, "html", None, None).decode()
        docx = Document(io.BytesIO(export(s, "docx", None, None)))
        book = load_workbook(io.BytesIO(export(s, "xlsx", None, None)))
    finally:
        s.close()
    said = "100% (1/1; 1 dropped)"
    assert f"| 1 | Improve early help | {said} | 0 |" in md
    assert said in html
    cells = [c.text for t in docx.tables for r in t.rows for c in r.cells]
    assert said in cells
    assert "0% (0/2)" in md  # recommendation 2: no dropped action, as before
    sheet = next(ws for ws in book.worksheets if ws.title.startswith("Summary"))
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    head = next(r for r in rows if r[:2] == ["Rec ref", "Recommendation"])
    first = next(r for r in rows if r[:2] == ["1", "Improve early help"])
    assert dict(zip(head, first, strict=False))["% complete"] == 1
    assert dict(zip(head, first, strict=False))["Dropped"] == 1


async def test_a_dropped_action_leaves_the_recommendations_count_in_the_tui(
    db_path: Path,
) -> None:
    superseded_store(db_path).close()
    async with open_app(db_path).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        shown = screen_text(pilot.app)
    assert "1/1 done  1 dropped" in shown
    assert "0/2 done" in shown
