"""Rules found on the twenty-ninth hold-out set (a trust's well-led plan whose progress
lines open "Oct-26:"; a fire service's plan whose progress lines open with the meeting
and the day in brackets, "(SLT 17/11/26)"): each on a small file written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.helpers import progress_updates


def test_a_month_dash_year_opener_dates_the_line_at_the_months_end(tmp_path: Path) -> None:
    updates = progress_updates(
        tmp_path,
        ["Oct-26: Schedule published.\nNov-26: Eight walkabouts held.", "Ward-12: not a date."],
    )
    assert updates == {
        "1.1": [
            (dt.date(2026, 10, 31), "Oct-26: Schedule published."),
            (dt.date(2026, 11, 30), "Nov-26: Eight walkabouts held."),
        ],
        "1.2": [(None, "Ward-12: not a date.")],
    }


def test_a_bracketed_meeting_and_day_opens_that_days_news(tmp_path: Path) -> None:
    updates = progress_updates(
        tmp_path,
        [
            "(SLT 20/10/26) Training package agreed.\n(SLT 17/11/26) 14 of 22 watches trained.",
            "(see appendix B) Training under way.",
        ],
    )
    assert updates == {
        "1.1": [
            (dt.date(2026, 10, 20), "(SLT 20/10/26) Training package agreed."),
            (dt.date(2026, 11, 17), "(SLT 17/11/26) 14 of 22 watches trained."),
        ],
        "1.2": [(None, "(see appendix B) Training under way.")],
    }
