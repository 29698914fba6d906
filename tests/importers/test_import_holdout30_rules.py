"""Rules found on the thirtieth hold-out set (a landlord's regulatory notice plan whose
"Step" column holds bare letters under "Outcome 1 – …" banners; a programme's RAID log
whose "Raised by" column holds the initials of who logged each item): each on a small
file written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_step_column_of_letters_under_outcome_banners_gives_1a_1b(tmp_path: Path) -> None:
    rows = [
        ["Step", "What we will do", "Accountable", "Due", "Status"],
        ["Outcome 1 – Accurate stock condition data", "", "", "", ""],
        ["a", "Complete stock condition surveys.", "Marcus Bell", "Q4 26/27", "On track"],
        ["b", "Load survey data into the asset system.", "Fiona Grant", "Q1 27/28", ""],
        ["Outcome 2 – Overdue fire actions completed", "", "", "", ""],
        ["a", "Complete the overdue fire actions.", "Owen Pryce", "Q3 26/27", "Off track"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(a.ref, a.leads) for a in actions(plan)] == [
        ("1a", ["Marcus Bell"]),
        ("1b", ["Fiona Grant"]),
        ("2a", ["Owen Pryce"]),
    ]


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
