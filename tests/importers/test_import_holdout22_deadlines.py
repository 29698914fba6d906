"""Deadline rules found on the twenty-second hold-out set (a nursery's Ofsted actions
writing "31.1.27", a food audit plan writing each deadline at the end of its action, a
care home's improvement plan giving each area's deadline on a labelled line above its
table): each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

D = dt.date


def test_a_dotted_date_with_a_one_digit_day_or_month_is_a_day(tmp_path: Path) -> None:
    rows = [
        ["No", "Action", "Who", "When by"],
        ["1", "Observe every pre-school child.", "Priya", "31.1.27"],
        ["2", "Buy maths resources.", "Claire", "5.11.26"],
        ["3", "Follow the guidance.", "Claire", "1.2.13"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # "1.2.13" still reads as a paragraph number: both its first parts are one digit
    assert [a.due for a in found] == [D(2027, 1, 31), D(2026, 11, 5), None]
    assert [a.due_text for a in found] == ["31.1.27", "5.11.26", "1.2.13"]
