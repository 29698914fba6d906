"""The summary's shares as a committee reads them: whole percents adding to 100."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from reports import export
from reports.model import shares
from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc

# Tom's tracker: nine actions, RAG red 2, amber 1, green 3, none 3 (22 + 11 + 33 + 33 = 99)
RAGS = ["red", "red", "amber", "green", "green", "green", None, None, None]


def _store(db_path: Path, rags: list[str | None]) -> Store:
    actions = [
        ActionDoc(ref=f"1.{n}", text=f"Action {n}", status="in_progress", rag=rag)
        for n, rag in enumerate(rags, 1)
    ]
    doc = PlanDoc(
        title="Tracker", recommendations=[RecommendationDoc(ref="1", text="All", actions=actions)]
    )
    s = Store.open(db_path)
    s.merge_plans([doc], "test")
    return s


def _word_summary(store: Store) -> dict[str, list[str]]:
    table = Document(io.BytesIO(export(store, "docx", "Tracker"))).tables[0]
    return {row.cells[0].text: [c.text for c in row.cells[1:]] for row in table.rows}


def test_largest_remainder_shares_add_to_100() -> None:
    assert shares([2, 1, 3, 3]) == [22, 11, 34, 33]
    assert shares([3, 2, 2]) == [43, 29, 28]
    assert shares([0, 0]) == [0, 0]


def test_the_word_papers_rag_shares_add_to_100_beside_total(db_path: Path) -> None:
    store = _store(db_path, RAGS)
    summary = _word_summary(store)
    rag = {k: v for k, v in summary.items() if k.startswith("RAG")}
    assert rag == {
        "RAG Red": ["2", "22%"],
        "RAG Amber": ["1", "11%"],
        "RAG Green": ["3", "34%"],  # the largest remainder (33.3) rounded up, first of two
        "RAG none": ["3", "33%"],
    }
    assert summary["Total"] == ["9", "100%"]
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Tracker")))
    cells = {r[0]: r[3] for r in book["Summary"].iter_rows(values_only=True) if r[0]}
    assert [cells[k] for k in ("RAG Red", "RAG Amber", "RAG Green", "RAG none")] == [
        0.22, 0.11, 0.34, 0.33
    ]  # fmt: skip


def test_a_tracker_with_no_rag_prints_no_rag_rows_in_any_paper(db_path: Path) -> None:
    store = _store(db_path, [None] * 5)
    summary = _word_summary(store)
    assert not [k for k in summary if k.startswith("RAG")]
    assert summary["In progress"] == ["5", "100%"]
    for fmt in ("md", "html"):
        assert "RAG none" not in export(store, fmt, "Tracker").decode()
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Tracker")))
    labels = [r[0] for r in book["Summary"].iter_rows(values_only=True)]
    assert not [x for x in labels if isinstance(x, str) and x.startswith("RAG")]
