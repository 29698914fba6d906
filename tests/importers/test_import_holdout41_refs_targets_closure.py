"""Rules found on the forty-first hold-out set: "Rec 1" heading a recommendation column,
a revised target written "No change", statuses in an inspectorate's closure process.
Each rule on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import plan_of, write


def test_rec_label_is_taken_off_the_recommendation_ref(tmp_path: Path) -> None:
    rec1 = "The quality of management oversight of social workers."
    rec2 = "The timeliness of pre-proceedings work."
    rows = [
        ["Rec", "Ofsted recommendation", "Ref", "Action", "Lead", "Target date"],
        ["Rec 1", rec1, "1.1", "Refresh the supervision policy.", "Karen Lowe", "31/10/2026"],
        ["", "", "1.2", "Train all team managers.", "Mark Salter", "31/01/2027"],
        ["Rec 2", rec2, "2.1", "Set up a legal gateway panel.", "Tom Drury", "30/11/2026"],
        ["", "", "2.2", "Audit letters before proceedings.", "Tom Drury", "31/12/2026"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # "Rec 1" is recommendation 1, as "AFI 3" is 3; the actions' refs stay theirs
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", rec1, ["1.1", "1.2"]),
        ("2", rec2, ["2.1", "2.2"]),
    ]
    # nothing lost: the label as written stays with the recommendation
    assert plan.recommendations[0].fields["Ref (as written)"] == "Rec 1"
