"""The date written before an update's text, unless the text opens with it.

Kept apart from ``reports.model`` (which needs the pydantic documents) so the TUI's
detail pane words an update as the reports do without loading them at start-up.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Protocol

from store.calendar_words import MONTHS
from store.wording import update_day


class _Dated(Protocol):
    @property
    def date(self) -> dt.date | None: ...

    @property
    def text(self) -> str: ...


def date_prefix(update: _Dated) -> str:
    """ "16 Nov 2026: ", the date a report writes before an update's text; "" when the
    text opens with that same date in any wording the importer reads ("16/11/2026 – 72%
    …" printed "16 Nov 2026: 16/11/2026 – 72% …"). A date column (csv, xlsx) is data
    and keeps its date beside the text."""
    if update.date is None:
        return f"{update_day(None)}: "
    if _opens_with(update.text, update.date):
        return ""
    return f"{update_day(update.date)}: "


# "04/11 – …", "14 Nov: …", "12/11 (KL): …": a day and month opening the news (the
# writer's initials may follow), the year left to the reader
_DAY_MONTH = re.compile(
    r"\s*(\d{1,2})(?:st|nd|rd|th)?(?:/(\d{1,2})|\s+([a-z]{3,9})\.?)(?:\s*\([^()]{1,12}\))?\s*[:–—-]",
    re.I,
)
HEADING_WORDS = 3  # a line of at most this many words read wholly as a date is a heading


def _opens_with(text: str, day: dt.date) -> bool:
    """Does ``text`` open with ``day``, as the importer reads it? "16/11/2026 – …"; a
    heading over the news below it that is that date ("12/11/2026", "Kate Ellis,
    12/11/2026", or "November 2026" for an update the importer dated the 30th); or the
    day and month alone ("04/11 – …", "14 Nov: …")."""
    line, _, below = text.partition("\n")
    if _day_and_month(line) == (day.day, day.month):
        return True
    if not _may_open_with(line, day):  # ~15 patterns, for every update: skip most
        return False
    from importers.dates import leading_date, parse_deadline  # only when reporting

    heading = line.strip(" :–—-")
    if below.strip() and len(heading.split()) <= HEADING_WORDS:
        return parse_deadline(heading).due == day or leading_date(line) == day
    return leading_date(line) == day


def _day_and_month(line: str) -> tuple[int, int] | None:
    """The day and month a line opens with, written without a year: (4, 11) for "04/11 – …"."""
    m = _DAY_MONTH.match(line)
    if m is None:
        return None
    if m[2]:
        return int(m[1]), int(m[2])
    # a month's whole word only: "14 Decisions:" is news, not 14 December
    month = MONTHS.get(m[3].casefold())
    return (int(m[1]), month) if month else None


def _may_open_with(line: str, day: dt.date) -> bool:
    """Whether ``leading_date`` could read ``day`` in ``line``: each of its readings
    needs a year written, the day's own ("16/11/26", "Nov 2026") or, for a period
    ending in the next year ("Q4 2026", "Winter 2026"), the one before."""
    return any(f"{year % 100:02d}" in line for year in (day.year, day.year - 1))


ORIGINAL_DUE_NOTE = (
    "The first deadline the plan gave. An action never re-dated shows its due date here "
    "(it has not moved); empty only where the action has no date at all."
)


def first_deadline(original: dt.date | None, due: dt.date | None) -> dt.date | None:
    """The "Original due" the CSV and the workbook print alike: the first deadline, which
    for an action never re-dated is its due date (an empty cell would read as "not
    known" where it means "never moved")."""
    return original if original is not None else due
