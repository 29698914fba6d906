"""Rules found on the thirty-fourth hold-out set (an NHS trust's well-led action plan with
an "Assurance committee" column and "JW 14/11/26: …" update lines): each on a small file
of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_committee_that_receives_assurance_is_no_one_responsible(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Executive lead", "Assurance committee", "Target"],
        ["1.1", "Introduce SPC charts.", "Chief Nurse", "Quality Committee", "Dec-26"],
        ["1.2", "Train the board.", "Chief Nurse", "Quality Committee", "Jan-27"],
        ["2.1", "Appoint a guardian.", "Chief People Officer", "People Committee", "Oct-26"],
        ["3.1", "Rewrite the BAF.", "Director of Corporate Affairs", "Audit Committee", "Nov-26"],
    ]
    first, *_, last = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Chief Nurse"], [])
    assert (last.leads, last.responsible) == (["Director of Corporate Affairs"], [])
    # the committee is kept as a field of the action
    assert first.fields["Assurance committee"] == "Quality Committee"


def test_a_line_opened_by_initials_and_a_full_date_is_that_days_update(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Executive lead", "Update"],
        ["1.1", "Introduce SPC charts.", "Chief Nurse",
         "JW 14/11/26: first SPC report to the board.\nAB 20/11/2026 – second report agreed."],
        ["1.2", "Train the board.", "Chief Nurse", "Session booked for 14/12/26: JW to chair."],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 11, 14), "JW 14/11/26: first SPC report to the board."),
        (dt.date(2026, 11, 20), "AB 20/11/2026 – second report agreed."),
    ]
    # a date inside the sentence opens no news: the update stays undated
    assert [u.date for u in second.updates] == [None]
