"""Rules found on the thirty-third hold-out set (an ILACS plan whose leads are "J.
Okafor, Head of Children in Care", a CQC plan whose leads are posts keyed to their
holders): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_label_and_number_in_one_cell_and_the_text_in_the_next_heads_a_block(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Who", "By when", "Status"],
        ["Improvement 1", "Leaders should ensure reading is taught consistently.", "", "", ""],
        ["a", "Train all staff in phonics.", "Jo Bell", "31/12/2026", "Completed"],
        ["b", "Run keep-up sessions.", "Jo Bell", "28/02/2027", "In progress"],
        ["Improvement 2", "Leaders should improve attendance.", "", "", ""],
        ["a", "Meet the families of absent pupils.", "Sam Reid", "31/12/2026", "On track"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Leaders should ensure reading is taught consistently."),
        ("2", "Leaders should improve attendance."),
    ]
    assert [a.ref for a in actions(plan)] == ["1a", "1b", "2a"]
