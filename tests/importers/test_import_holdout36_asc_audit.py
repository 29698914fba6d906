"""Rules found on the thirty-sixth hold-out set (a council's plan after CQC's assessment
of its adult social care, leads written "AD Operations (Tom Reid)"; an internal audit
tracker whose comments open "Oct 26 follow-up: …"): each on a small file of its own,
written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_month_and_year_then_a_news_word_and_a_colon_is_that_months_update(
    tmp_path: Path,
) -> None:
    rows = [
        ["Audit ref", "Agreed action", "Responsible officer", "Follow-up comment"],
        ["IA25/03", "Require a signed contract.", "Payroll Manager",
         "Oct 26 follow-up: checklist in use; 12 starters tested."],
        ["IA25/06", "Verify bank detail changes.", "Head of Finance",
         "Sep 26 update – call-backs started. Nov-26 follow-up: 9 of 9 verified."],
        ["IA25/09", "Disable leavers' accounts.", "ICT Service Manager",
         "Follow-up 15/10/2026: feed tested."],
        ["IA25/10", "Review the access list.", "ICT Service Manager",
         "Oct 26 target: not met."],
    ]  # fmt: skip
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 10, 31), "Oct 26 follow-up: checklist in use; 12 starters tested.")
    ]
    assert [(u.date, u.text) for u in second.updates] == [
        (dt.date(2026, 9, 30), "Sep 26 update – call-backs started."),
        (dt.date(2026, 11, 30), "Nov-26 follow-up: 9 of 9 verified."),
    ]
    assert [(u.date, u.text) for u in third.updates] == [
        (dt.date(2026, 10, 15), "Follow-up 15/10/2026: feed tested.")
    ]
    # a word that is no news word ("target") leaves the line undated
    assert [u.date for u in fourth.updates] == [None]


def test_a_line_opened_as_at_a_date_and_a_dash_is_that_days_update(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Our action", "Lead", "Progress"],
        ["1.1", "Set up a duty team.", "Tom Reid",
         "As at 20/11/26 – duty team live; 92% triaged in 48 hours."],
    ]  # fmt: skip
    (first,) = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 11, 20), "As at 20/11/26 – duty team live; 92% triaged in 48 hours.")
    ]
