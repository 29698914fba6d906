"""Rules found on the twentieth hold-out set (a CQC requirement notice plan, a SEND
priority action plan and a housing consumer standards plan writing each lead as a name
then the post in brackets; an ICB recovery plan revising deadlines with an arrow): each
on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


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
