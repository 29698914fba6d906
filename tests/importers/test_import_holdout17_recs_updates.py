"""Rules found on the seventeenth hold-out set, part B: recommendations numbered in
brackets at the end of their text, a ref-headed column of sentences, unnumbered section
rows that alone group a plan; update lines signed with initials and a day, or labelled
with a quarter. Each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import plan_of, write


def test_a_recommendation_numbered_in_brackets_at_its_end_takes_that_ref(
    tmp_path: Path,
) -> None:
    rows = [
        ["ID", "Recommendation", "Action", "Owner", "Deadline"],
        ["L1", "Agree one protocol. (Rec 1)", "Draft the protocol.", "Jo Bell", "31/03/2026"],
        ["L2", "Agree one protocol. (Rec 1)", "Sign the protocol.", "Jo Bell", "30/04/2026"],
        ["L3", "Train reserve tracers. (Rec 4)", "Train 20 staff.", "Kim Moss", "30/06/2026"],
        ["L4", "Translate letters. (Recommendation 7)", "Translate.", "Kim Moss", "30/06/2026"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # the bracket is the plan's own number (3 went elsewhere): taken off the text, never renumbered
    assert recs == [
        ("1", "Agree one protocol.", ["L1", "L2"]),
        ("4", "Train reserve tracers.", ["L3"]),
        ("7", "Translate letters.", ["L4"]),
    ]
    assert plan.recommendations[1].fields["Heading"] == "Train reserve tracers. (Rec 4)"
