"""Rules found on the thirty-fourth hold-out set (an NHS trust's well-led action plan with
an "Assurance committee" column and "JW 14/11/26: …" update lines) and two left over from
the thirty-third (a fire service's "Cause of concern 1:" heading, a SEND plan's "→ …"
update lines): each on a small file of its own, written by the test."""

from __future__ import annotations

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
