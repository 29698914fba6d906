"""Rules found on the forty-fourth hold-out set (a school's post-Ofsted plan, staff
leads written "OG – Owen Grant", progress a number on a key printed above the table):
each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_initials_a_dash_and_the_name_they_fit_name_the_person(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Staff lead", "By when"],
        ["1a", "Map the curriculum.", "OG – Owen Grant", "31/01/2027"],
        ["1b", "Train the staff.", "Lucy Bell - LB", "31/03/2027"],
        ["1c", "Review the fleet.", "JB – Fleet Services", "31/03/2027"],
    ]
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Owen Grant"]
    assert second.leads == ["Lucy Bell"]
    # a dash before words the initials do not name is no definition: kept as written
    assert third.leads == ["JB – Fleet Services"]
    # the cell as written is kept beside the name read from it
    assert first.fields["Staff lead (as written)"] == "OG – Owen Grant"
