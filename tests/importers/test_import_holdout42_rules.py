"""Rules found on the forty-second hold-out set (a written statement of action writing
leads as "Jo Baines, AD SEND (LA)"; a mental health trust's plan whose banners read
"Must-do 1 (acute wards): The trust must …"): each on a small file of its own, written
by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import plan_of, write


def test_refs_naming_their_recommendation_still_do_beside_labels_with_a_bracket(
    tmp_path: Path,
) -> None:
    cond, rec = "Condition {} (SET 3.{}): Add {}.", "Recommendation {} (SET 4.{}): {}."
    rows = [
        ["Ref", "Condition / recommendation", "Action", "Lead"],
        ["Cond 1 Action 1", cond.format(1, 9, "placements"), "Sign agreements.", "Dr Fiona Hale"],
        ["Cond 1 Action 2", cond.format(1, 9, "placements"), "Add two trusts.", "Dr Fiona Hale"],
        ["Cond 2 Action 1", cond.format(2, 15, "educators"), "Train educators.", "Gareth Lyle"],
        ["R1 Action 1", rec.format(1, 4, "Involve users"), "Recruit three users.", "Dr Fiona Hale"],
        ["R2 Action 1", rec.format(2, 2, "Learn jointly"), "Hold a joint week.", "Gareth Lyle"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # "R1 Action 1" answers recommendation R1, not a fourth numbered one
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Add placements."),
        ("2", "Add educators."),
        ("R1", "Involve users."),
        ("R2", "Learn jointly."),
    ]
