"""The summary's shares as a committee reads them: whole percents, equal counts equal
shares, adding to 100 where ties allow and saying so under the table where not."""

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


def test_largest_remainder_shares_add_to_100_between_unequal_counts() -> None:
    assert shares([1, 3, 4]) == [13, 37, 50]  # 12.5 and 37.5: one rounds up, to 100
    assert shares([1, 2]) == [33, 67]
    assert shares([0, 0]) == [0, 0]


def test_equal_counts_always_show_equal_shares() -> None:
    assert shares([3, 1, 1, 1]) == [50, 17, 17, 17]  # not 17, 17 and 16
    assert shares([2, 1, 3, 3]) == [22, 11, 33, 33]  # not 34 and 33
    assert shares([3, 2, 2]) == [43, 29, 29]


def _six_actions(db_path: Path) -> Store:
    """The PM's plan: six actions, three done, one each not started, in progress, blocked."""
    statuses = ["done", "done", "done", "not_started", "in_progress", "blocked"]
    actions = [
        ActionDoc(ref=f"1.{n}", text=f"Action {n}", status=status)
        for n, status in enumerate(statuses, 1)
    ]
    doc = PlanDoc(
        title="Tracker", recommendations=[RecommendationDoc(ref="1", text="All", actions=actions)]
    )
    s = Store.open(db_path)
    s.merge_plans([doc], "test")
    return s


NOTE = "Shares are rounded; they add to 101%."


def test_one_action_of_six_is_17_percent_in_every_row_and_every_paper(db_path: Path) -> None:
    store = _six_actions(db_path)
    summary = _word_summary(store)
    assert [summary[k] for k in ("Not started", "In progress", "Blocked")] == [["1", "17%"]] * 3
    assert summary["Done"] == ["3", "50%"]
    word = Document(io.BytesIO(export(store, "docx", "Tracker")))
    assert [p.text for p in word.paragraphs].count(NOTE) == 1
    markdown = export(store, "md", "Tracker").decode()
    assert markdown.count("| Blocked | 1 | 17% |") == 1 and markdown.count(NOTE) == 1
    html = export(store, "html", "Tracker").decode()
    assert html.count("17%</td>") == 3 and html.count(NOTE) == 1
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Tracker")))
    rows = list(book["Summary"].iter_rows(values_only=True))
    assert [r[3] for r in rows if r[0] in ("Not started", "In progress", "Blocked")] == [0.17] * 3
    assert [r[0] for r in rows].count(NOTE) == 1


def test_no_note_when_the_shares_add_to_100(db_path: Path) -> None:
    store = _store(db_path, ["red", "green", "green", "green"])  # 25 + 75
    for fmt in ("md", "html"):
        assert "Shares are rounded" not in export(store, fmt, "Tracker").decode()


def test_the_word_papers_equal_rag_counts_show_equal_shares_beside_total(db_path: Path) -> None:
    store = _store(db_path, RAGS)
    summary = _word_summary(store)
    rag = {k: v for k, v in summary.items() if k.startswith("RAG")}
    assert rag == {
        "RAG Red": ["2", "22%"],
        "RAG Amber": ["1", "11%"],
        "RAG Green": ["3", "33%"],  # equal to none's 3, though the four add to 99
        "RAG none": ["3", "33%"],
    }
    assert summary["Total"] == ["9", "100%"]
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Tracker")))
    cells = {r[0]: r[3] for r in book["Summary"].iter_rows(values_only=True) if r[0]}
    assert [cells[k] for k in ("RAG Red", "RAG Amber", "RAG Green", "RAG none")] == [
        0.22, 0.11, 0.33, 0.33
    ]  # fmt: skip
    assert "Shares are rounded; the RAG shares add to 99%." in cells


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
