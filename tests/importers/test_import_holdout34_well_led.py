"""Rules found on the thirty-fourth hold-out set (an NHS trust's well-led action plan with
an "Assurance committee" column and "JW 14/11/26: …" update lines) and two left over from
the thirty-third (a fire service's "Cause of concern 1:" heading, a SEND plan's "→ …"
update lines): each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
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


def test_lines_each_opened_by_an_arrow_are_one_update_each(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Progress (Nov 26)"],
        ["1.1", "Quality assure every draft plan.", "Dawn Ellery",
         "→ QA panel meets weekly.\n→ 48 plans reviewed."],
        ["1.2", "Recruit two psychologists.", "Dawn Ellery",
         "-> Posts advertised.\n-> Interviews held."],
        ["1.3", "Publish the data.", "Karim Patel", "Steps:\n→ template agreed\n→ first draft"],
        ["1.4", "Train the panel.", "Karim Patel", "- Dates set.\n- Trainer booked."],
    ]  # fmt: skip
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    november = dt.date(2026, 11, 30)  # the header's month dates each entry
    # the arrow is no typed bullet: it stays in the text as written
    assert [(u.date, u.text) for u in first.updates] == [
        (november, "→ QA panel meets weekly."),
        (november, "→ 48 plans reviewed."),
    ]
    assert [u.text for u in second.updates] == ["-> Posts advertised.", "-> Interviews held."]
    # a log under a lead-in is one update, kept with its lead-in
    assert [u.text for u in third.updates] == ["Steps:\n→ template agreed\n→ first draft"]
    # points under typed bullets, undated, stay one note (the bullets go)
    assert [u.text for u in fourth.updates] == ["Dates set.\nTrainer booked."]
