"""A header repeated down the sheet (a new page, a new update month) is found by its score;
every row under the header is asked, so the question stops as soon as the answer is no."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from importers.columns import header_score, scores_at_least

CELLS = [
    "",
    "Action",
    "Actions to be taken",
    "Lead",
    "Responsible officer",
    "Deadline",
    "Update March 2026",
    "Recommendation",
    "Ref",
    "RAG",
    "1.2",
    "Jane Smith",
    "March 2026",
    "Review the early help strategy with partners and report to the board",
    "On track",
]


@given(st.lists(st.sampled_from(CELLS), max_size=12), st.integers(min_value=1, max_value=130))
def test_stopping_early_never_changes_which_rows_are_headers(row: list[str], minimum: int) -> None:
    assert scores_at_least(row, minimum) == (header_score(row) >= minimum)
