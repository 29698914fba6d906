"""Rules found on the sixteenth hold-out set (a settlement plan whose leads are "Head of
Compliance (Leila Haddad)", an equality plan with "Amara Osei – Equalities Officer" and
"75%" in its status column, a school plan's "Part done"): each on a small file of its
own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_percentage_in_the_status_column_is_how_complete_it_is(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Status"],
        ["1.1", "Publish the equality objectives.", "Amara Osei", "75%"],
        ["1.2", "Run the staff survey.", "Amara Osei", "0%"],
        ["1.3", "Train the panel chairs.", "Tom Birch", "100%"],
        ["1.4", "Report the pay gap.", "Tom Birch", "Complete"],
        ["1.5", "Reset the budget.", "Tom Birch", "Part done"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(a.ref, a.status) for a in actions(plan)] == [
        ("1.1", "in_progress"),
        ("1.2", "not_started"),
        ("1.3", "done"),
        ("1.4", "done"),
        ("1.5", "in_progress"),  # the qualifier wins over "done"
    ]
    assert actions(plan)[0].fields["Status (as written)"] == "75%"
