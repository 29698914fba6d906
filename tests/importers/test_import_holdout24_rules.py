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


def test_a_column_of_one_value_on_every_row_groups_nothing(tmp_path: Path) -> None:
    """A SharePoint list export adds its own columns ("Item Type" = "Item" on every row,
    "Path"): fields, never the recommendation's ref nor the actions'. The ref written
    with its recommendation's wording on every row of its block groups the actions,
    which are numbered in it."""
    rec_a, rec_b = "HSSIB recommends that the trust reviews escalation.", "HSSIB recommends audits."
    rows = [
        ["HSSIB ref", "HSSIB recommendation", "Title", "Assigned To", "Item Type", "Path"],
        ["R/2025/061", rec_a, "Audit NEWS2 observations.", "Grace Okafor", "Item", "sites/PS"],
        ["R/2025/061", rec_a, "Add an escalation prompt.", "Mark Atherton", "Item", "sites/PS"],
        ["R/2025/074", rec_b, "Map every results route.", "Rehana Khan", "Item", "sites/PS"],
        ["R/2025/074", rec_b, "Audit unacknowledged results.", "Rehana Khan", "Item", "sites/PS"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("R/2025/061", rec_a),
        ("R/2025/074", rec_b),
    ]
    assert [a.ref for a in actions(plan)] == [
        "R/2025/061.1",
        "R/2025/061.2",
        "R/2025/074.1",
        "R/2025/074.2",
    ]
    assert {a.fields["Item Type"] for a in actions(plan)} == {"Item"}
