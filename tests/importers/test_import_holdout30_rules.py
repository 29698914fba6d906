"""Rules found on the thirtieth hold-out set (a landlord's regulatory notice plan whose
"Step" column holds bare letters under "Outcome 1 – …" banners; a programme's RAID log
whose "Raised by" column holds the initials of who logged each item): each on a small
file written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_who_raised_an_item_is_a_field_not_the_responsible(tmp_path: Path) -> None:
    rows = [
        ["ID", "Action", "Owner", "Raised by", "Due"],
        ["A-001", "Agree the cutover plan.", "Dana Holt", "PM", "30/11/2026"],
        ["A-002", "Test the data migration.", "Sam Reid", "TL", "15/12/2026"],
        ["A-003", "Brief the board on the go-live.", "Dana Holt", "SRO", "31/01/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    found = [(a.ref, a.leads, a.responsible, a.fields.get("Raised by")) for a in actions(plan)]
    assert found == [
        ("A-001", ["Dana Holt"], [], "PM"),
        ("A-002", ["Sam Reid"], [], "TL"),
        ("A-003", ["Dana Holt"], [], "SRO"),
    ]
