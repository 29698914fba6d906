"""Rules found on the twenty-fourth hold-out set: a sign-off row naming who prepared the
plan, progress lines dated by the week they end ("w/e 13/11/26 – …") and comment lines
signed with a name and a date and time ("Grace Okafor (12/10/2026 09:14): …"). Each on
a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_prepared_by_row_below_the_table_is_a_sign_off_note(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Action owner", "Compliance date", "Status"],
        ["1.1", "Survey the curved platforms.", "Route Safety Manager", "31.10.2026", "Open"],
        ["1.2", "Brief all guards.", "Driver Manager", "31.01.2027", "Open"],
        ["", "", "", "", ""],
        ["Prepared by: Head of Safety Assurance", "Date: 30/11/2026", "", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows, delimiter=";"))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2"]
    assert "Prepared by: Head of Safety Assurance" in plan.notes
    assert "Date: 30/11/2026" in plan.notes
