"""A report dates an update once: left off only when the text opens with that date."""

import datetime as dt
from dataclasses import dataclass

from reports.dated import date_prefix


@dataclass
class Update:
    date: dt.date | None
    text: str


def test_an_update_opening_with_its_own_day_and_month_is_dated_once() -> None:
    assert date_prefix(Update(dt.date(2026, 12, 14), "14 Dec: board agreed")) == ""


def test_a_word_that_only_starts_like_a_month_keeps_the_date() -> None:
    """'14 Decisions: …' is news about decisions, not 14 December: the date stays."""
    assert date_prefix(Update(dt.date(2026, 12, 14), "14 Decisions: board agreed")) != ""
    assert date_prefix(Update(dt.date(2026, 5, 1), "1 Mayor: chair agreed")) != ""
