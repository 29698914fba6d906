"""Rules found on the thirty-eighth hold-out set (a police force's inspection plan with a
"Governance" column of boards and an "Open/Closed" column beside the RAG): each on a
small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_HEADER = ["Ref", "Action", "Owner", "Governance", "RAG", "Open/Closed"]


def test_a_column_of_boards_is_a_field_not_the_responsible(tmp_path: Path) -> None:
    rows = [
        _HEADER,
        ["R1.1", "Add a risk field.", "DCI Sarah Hughes", "Public Protection Board", "G", "Open"],
        ["R1.2", "Train officers.", "T/DI Paul Rees", "Strategic Safeguarding Board", "A", "Open"],
        ["R2.1", "Staff the hub.", "DCI Sarah Hughes", "Strategic Safeguarding Board", "", "Open"],
    ]
    first, *_ = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["DCI Sarah Hughes"], [])
    # the board is kept as a field of the action
    assert first.fields["Governance"] == "Public Protection Board"


def test_bodies_under_a_people_header_are_still_no_one(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead", "Responsible", "Due"],
        ["1.1", "Publish the strategy.", "Jo Bell", "Health and Wellbeing Board", "Dec 2026"],
        ["1.2", "Audit the plans.", "Sam Price", "Quality Committee", "Jan 2027"],
        ["1.3", "Hear from parents.", "Jo Bell", "Parent Carer Forum", "Feb 2027"],
    ]
    first, *_, last = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Jo Bell"], [])
    assert last.fields["Responsible"] == "Parent Carer Forum"
