"""A plan rating in BRAG (B = completed and assured): the papers print its done
actions as Blue and count Blue in the RAG summary, as the list's RAG menu offers
"b Blue (complete)" for them. The store keeps Blue as done with no RAG, one model."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from reports import export
from store import Store
from tests.conftest import small_plan


def brag_store(db_path: Path, brag: bool = True) -> Store:
    """small_plan where 1.2 (done) was imported from a BRAG cell "B", and 1.1 was since
    marked done (as a chase reply's "B (done)" does)."""
    plan = small_plan()
    if brag:
        plan.recommendations[0].actions[1].fields["BRAG (as written)"] = "B"
    s = Store.open(db_path)
    s.merge_plans([plan], "test import")
    s.set_status(s.find_action("1.1").id, "done")
    return s


def papers(s: Store) -> tuple[str, str, list[str], list[list[object]]]:
    try:
        md = export(s, "md", None, None).decode()
        html = export(s, "html", None, None).decode()
        docx = Document(io.BytesIO(export(s, "docx", None, None)))
        book = load_workbook(io.BytesIO(export(s, "xlsx", None, None)))
    finally:
        s.close()
    cells = [c.text for t in docx.tables for r in t.rows for c in r.cells]
    rows = [list(r) for ws in book.worksheets for r in ws.iter_rows(values_only=True)]
    return md, html, cells, rows


def test_done_actions_of_a_brag_plan_are_blue_in_every_paper(db_path: Path) -> None:
    """The BRAG column was blank for the completed actions and the summary read 'RAG
    none | 12 | 22%', with no Blue row."""
    md, html, cells, rows = papers(brag_store(db_path))
    # both done actions: the one imported as B and the one marked done since
    assert "| 1.1 | Write the strategy" in md
    for ref in ("1.1", "1.2"):
        line = next(x for x in md.splitlines() if x.startswith(f"| {ref} |"))
        assert "| Done | Blue |" in line
    assert "| RAG Blue | 2 | 50% |" in md
    assert "| RAG none | 1 | 25% |" in md
    assert "BRAG (as written): B" not in md  # says no more than the RAG column's Blue
    assert html.count('<td class="rag rag-blue">Blue</td>') == 2
    assert "RAG Blue" in html
    assert cells.count("Blue") == 2 and "RAG Blue" in cells
    action_rows = [r for r in rows if r[3] in ("1.1", "1.2") and "Blue" in r]
    assert len(action_rows) == 2
    assert ["RAG Blue", None, 2, 0.5] in [r[:4] for r in rows]


def test_a_plan_without_brag_prints_no_blue(db_path: Path) -> None:
    md, html, cells, rows = papers(brag_store(db_path, brag=False))
    assert "Blue" not in md and 'rag-blue"' not in html and "Blue" not in cells
    assert "| RAG none | 3 | 75% |" in md
