"""Rules found on the thirty-fourth hold-out set (an NHS trust's well-led action plan with
an "Assurance committee" column and "JW 14/11/26: …" update lines) and two left over from
the thirty-third (a fire service's "Cause of concern 1:" heading, a SEND plan's "→ …"
update lines): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write, write_workbook


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


def test_a_cause_of_concern_heads_a_recommendation_beside_afis(tmp_path: Path) -> None:
    rows = [
        ["Fire and Rescue Service – HMICFRS action plan", "", "", ""],
        ["Ref", "Action", "Owner", "Target"],
        ["Cause of concern 1: Focus prevention on the people most at risk.", "", "", ""],
        ["CoC1-01", "Rank households for home fire safety visits.", "GM Fletcher", "Q3 2026/27"],
        ["CoC1-02", "Train crews to make safeguarding referrals.", "SM Okonjo", "Q3 2026/27"],
        ["AFI 2: Keep risk information up to date.", "", "", ""],
        ["AFI2-01", "Clear the backlog of risk inspections.", "GM Hart", "Q3 2026/27"],
        ["AFI 3: Manage staff performance.", "", "", ""],
        ["AFI3-01", "Launch a new appraisal process.", "AM Khan", "Q4 2026/27"],
    ]
    plan = plan_of(write_workbook(tmp_path, {"Action plan": rows}))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Focus prevention on the people most at risk."),
        ("2", "Keep risk information up to date."),
        ("3", "Manage staff performance."),
    ]
    assert [a.ref for a in plan.recommendations[0].actions] == ["CoC1-01", "CoC1-02"]
