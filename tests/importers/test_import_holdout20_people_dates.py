"""Rules found on the twentieth hold-out set (a CQC requirement notice plan, a SEND
priority action plan and a housing consumer standards plan writing each lead as a name
then the post in brackets; an ICB recovery plan revising deadlines with an arrow): each
on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_name_then_the_post_in_brackets_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit every MAR chart.", "Karen Dunne (Registered Manager)", "31/12/2026"],
        ["1.2", "Train all carers.", "Care coordinators", "31/01/2027"],
        ["1.3", "Review agency use.", "Tom Hale (Nominated Individual)", "31/01/2027"],
        ["1.4", "Share data with schools.",
         "Dr Imran Shah (Designated Clinical Officer) / "
         "Paul Mercer (Assistant Director, Education)",
         "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the bracket says which post the person holds: the lead is the person
    assert [a.leads for a in found] == [
        ["Karen Dunne"],
        ["Care coordinators"],
        ["Tom Hale"],
        ["Dr Imran Shah", "Paul Mercer"],
    ]


def test_a_bracket_of_initials_or_a_qualifier_still_reads_as_before(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit every MAR chart.", "Jackie Wood (JW)", "31/12/2026"],
        ["1.2", "Train all nurses.", "Director of Nursing (Acute)", "31/01/2027"],
        ["1.3", "Review the rota.", "JW", "31/01/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Jackie Wood"],
        ["Director of Nursing (Acute)"],
        ["Jackie Wood"],
    ]


def test_a_deadline_revised_with_an_arrow_is_due_at_the_new_date(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["UEC-01", "Open the same day emergency care unit.", "Jo Bell", "Dec-26 → Mar-27"],
        ["UEC-02", "Cut discharge delays.", "Jo Bell", "Sep-26 -> Dec-26"],
        ["UEC-03", "Sign the protocol.", "Jo Bell", "Oct-26 ⇒ Jan-27"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the old date is kept as the baseline, as "Jun 2020 revised to Dec 2020" is
    assert [(a.due, a.original_due) for a in found] == [
        (dt.date(2027, 3, 31), dt.date(2026, 12, 31)),
        (dt.date(2026, 12, 31), dt.date(2026, 9, 30)),
        (dt.date(2027, 1, 31), dt.date(2026, 10, 31)),
    ]
