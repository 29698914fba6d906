"""Rules found on the nineteenth hold-out set, about how rows group and what a column
holds: an inspection's points written as bulleted banner rows (the bullet is no word of
the recommendation), a column headed by a review word and a period ("Evaluation (Autumn
term)") holding that period's news, an audit tracker's report blocks merged down beside
a finding on every row, and a number column restarting in each block. Each on a small
file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_bulleted_banner_row_is_the_recommendation_without_its_bullet(
    tmp_path: Path,
) -> None:
    rows = [
        ["What we will do", "Who", "By when"],
        ["• Leaders should ensure the curriculum sets out what pupils learn.", "", ""],
        ["Rewrite the history curriculum map.", "Liam Adeyemi", "31/12/2026"],
        ["Train subject leaders.", "Liam Adeyemi", "28/02/2027"],
        ["• Leaders should ensure pupils' attendance improves.", "", ""],
        ["Meet every family of a persistent absentee.", "Kate Morley", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Leaders should ensure the curriculum sets out what pupils learn."),
        ("2", "Leaders should ensure pupils' attendance improves."),
    ]


def test_a_review_of_a_term_is_undated_news(tmp_path: Path) -> None:
    rows = [
        ["Ref", "What we will do", "Who", "By when", "Evaluation (Autumn term)"],
        ["1.1", "Rewrite the history curriculum map.", "Liam Adeyemi", "31/12/2026",
         "Both maps rewritten and shared with staff on the INSET day."],
        ["1.2", "Train subject leaders.", "Liam Adeyemi", "28/02/2027",
         "First of three sessions delivered."],
        ["1.3", "Review art and music.", "Kate Morley", "31/07/2027", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # a term with no year dates nothing: the updates are kept, undated
    assert [[(u.date, u.text) for u in a.updates] for a in actions(plan)] == [
        [(None, "Both maps rewritten and shared with staff on the INSET day.")],
        [(None, "First of three sessions delivered.")],
        [],
    ]
