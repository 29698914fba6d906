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


def rated_and_dropped_store(db_path: Path) -> Store:
    """small_plan with 2.2 imported as dropped and still rated Green (a plan's own
    "Superseded | G", or one dropped before dropping cleared the RAG)."""
    doc = small_plan()
    rec = doc.recommendations[1]
    gone = rec.actions[1].model_copy(update={"status": "dropped", "rag": "green"})
    rec = rec.model_copy(update={"actions": [rec.actions[0], gone]})
    doc = doc.model_copy(update={"recommendations": [doc.recommendations[0], rec]})
    s = Store.open(db_path)
    s.merge_plans([doc], "test import")
    return s


def test_a_dropped_action_is_out_of_the_ratings_and_the_plans_share_done(db_path: Path) -> None:
    """The summary read "Done 25%" of 4 and "RAG Green 1" for the one dropped action, and
    its row "Dropped | Green". Now the plan's shares are of the 3 actions still counted,
    the dropped one said on the total as each recommendation's line says it."""
    s = rated_and_dropped_store(db_path)
    try:
        md = export(s, "md", None, None).decode()
        html = export(s, "html", None, None).decode()
        docx = Document(io.BytesIO(export(s, "docx", None, None)))
        book = load_workbook(io.BytesIO(export(s, "xlsx", None, None)))
    finally:
        s.close()
    for line in (
        "| In progress | 2 | 67% |",
        "| Done | 1 | 33% |",
        "| RAG Red | 1 | 33% |",
        "| RAG Green | 0 | 0% |",
        "| RAG none | 2 | 67% |",
        "| Total (1 dropped) | 3 | 100% |",
    ):
        assert line in md, line
    assert "| Dropped | 1 |" not in md  # said on the total, out of the shares
    row = next(line for line in md.splitlines() if line.startswith("| 2.2 |"))
    assert "| Dropped |  |" in row  # no RAG printed for it
    assert "Total (1 dropped)" in html and ">Green<" not in html
    cells = [[c.text for c in r.cells] for t in docx.tables for r in t.rows]
    assert ["Total (1 dropped)", "3", "100%"] in cells
    assert not any(r[0] == "2.2" and "Green" in r for r in cells)
    sheet = next(ws for ws in book.worksheets if ws.title.startswith("Summary"))
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert ["Total (1 dropped)", None, 3, 1] in [r[:4] for r in rows]


async def test_a_dropped_action_is_out_of_the_dashboards_ratings(db_path: Path) -> None:
    rated_and_dropped_store(db_path).close()
    async with open_app(db_path).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        shown = screen_text(pilot.app)
    counts = [" ".join(line.split("▎")[-1].split()) for line in shown.splitlines()]
    assert {"Dropped 1", "RAG red 1", "RAG green 0", "RAG none 2"} <= set(counts), counts


async def test_a_dropped_action_shows_no_rag_in_the_list(db_path: Path) -> None:
    """As on the papers: a dropped action still holding Green (dropped before dropping
    cleared the RAG) reads "Dropped  -" in the list, not "Dropped  G"."""
    rated_and_dropped_store(db_path).close()
    async with open_app(db_path).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        shown = screen_text(pilot.app)
    row = next(line for line in shown.splitlines() if " 2.2 " in line)
    assert row.split("Dropped", 1)[1].split()[0] == "-", row


def test_the_workbook_counts_a_recommendation_s_actions_as_its_share_does(
    db_path: Path,
) -> None:
    """The Summary sheet read "Should do | Actions 25 | Done 5 | % complete 21%" (5 of
    24: one dropped) under "Total (1 dropped) 54" while its rows added to 55. As the
    papers say "21% (5/24; 1 dropped)": Actions is of the actions still counted, the
    dropped beside it, so the rows add to the total."""
    s = superseded_store(db_path)
    try:
        book = load_workbook(io.BytesIO(export(s, "xlsx", None, None)))
    finally:
        s.close()
    sheet = next(ws for ws in book.worksheets if ws.title.startswith("Summary"))
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    head = next(r for r in rows if r[:2] == ["Rec ref", "Recommendation"])
    recs = [dict(zip(head, r, strict=False)) for r in rows[rows.index(head) + 1 :] if r[0]]
    first = recs[0]
    assert (first["Actions"], first["Done"], first["% complete"], first["Dropped"]) == (1, 1, 1, 1)
    total = next(r for r in rows if str(r[0]).startswith("Total"))
    assert total[0] == "Total (1 dropped)"
    assert sum(r["Actions"] for r in recs) == total[2]
