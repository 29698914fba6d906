"""A rule found on the nineteenth hold-out set (a school's plan whose leads are initials
with the post in brackets, "SB (SENDCo)", named on a "Staff key" sheet)."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write_workbook


def test_initials_with_their_post_in_brackets_are_the_person_the_key_names(
    tmp_path: Path,
) -> None:
    plan_rows: list[list[object]] = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Write a support profile for every pupil.", "SB (SENDCo)", "31/12/2026"],
        ["1.2", "Train staff on adaptive teaching.", "HT / SB (SENDCo)", "31/01/2027"],
        ["1.3", "Audit the reading curriculum.", "KM (DHT)", "28/02/2027"],
    ]
    key: list[list[object]] = [
        ["Initials", "Name", "Role"],
        ["HT", "Helen Dale", "Headteacher"],
        ["KM", "Kamal Mir", "Deputy Headteacher (DHT)"],
        ["SB", "Sam Bell", "SENDCo"],
    ]
    path = write_workbook(tmp_path, {"Plan": plan_rows, "Staff key": key}, name="qip.xlsx")
    plan = plan_of(path)
    assert [a.leads for a in actions(plan)] == [
        ["Sam Bell"],
        ["Helen Dale", "Sam Bell"],
        ["Kamal Mir"],
    ]
    # the cell as written is kept with the action
    assert "SB (SENDCo)" in actions(plan)[0].fields.values()
