"""Deadlines counted from an event the plan dates: "Within 28 days", "within 4 weeks of
visit", "within 3 months of the report".

A regulator's plan often gives a time from its inspection rather than a date. The day
is only as good as the date it counts from, so it counts only from a date the plan
prints above its table and labels as that event ("Date of inspection: 08/07/2026",
"Assessment date: 14/09/2026", "following the inspection on 08/07/2026"). With no such
date, or two that could be meant, the wording gives no date (and is kept, as always).
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Iterable

from importers.dates import parse_deadline

# Events a plan counts from; an inspection is a visit, so either word names it.
_EVENTS = {
    "inspection": "inspection",
    "visit": "inspection",
    "assessment": "assessment",
    "report": "report",
}
_EVENT = rf"(?P<event>{'|'.join(_EVENTS)})"
_DAY = (
    r"(?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
)
# "Date of inspection: 08/07/2026", "Date of the site visit – …", "Inspection date: …",
# "the GPhC inspection on 08/07/2026", "assessment of 14 September 2026"
_LABELLED_DATES = [
    re.compile(
        rf"\bdate\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_EVENT}\s*[:\-–—]?\s*{_DAY}", re.I
    ),
    re.compile(rf"\b{_EVENT}\s+date\s*[:\-–—]?\s*{_DAY}", re.I),
    re.compile(rf"\b{_EVENT}\s+(?:on|of|dated|held\s+on|carried\s+out\s+on)\s+{_DAY}", re.I),
]
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_WITHIN = re.compile(
    r"^\s*within\s+(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<unit>day|week|month)s?"
    rf"(?:\s+(?:of|from|after)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_EVENT})?[\s.]*$",
    re.I,
)

EventDates = dict[str, dt.date]  # "inspection" → the day the plan prints for it


def event_dates(texts: Iterable[str]) -> EventDates:
    """The days the rows above a table label as an inspection (or visit), assessment or
    report. An event given two different days is left out: which one counts is unsaid."""
    found: dict[str, set[dt.date]] = {}
    for text in texts:
        for pattern in _LABELLED_DATES:
            for m in pattern.finditer(text):
                day = parse_deadline(m["date"])
                if day.due is not None and day.precision == "day":
                    found.setdefault(_EVENTS[m["event"].casefold()], set()).add(day.due)
    return {event: next(iter(days)) for event, days in found.items() if len(days) == 1}


# "Position at 30 November 2026", "Progress as at 30/11/2026", "Updated on 1 Dec 2026"
_POSITION = re.compile(
    rf"\b(?:position|progress|status|updated?)\s+(?:as\s+)?(?:at|of|on)\s*[:\-–—]?\s*{_DAY}",
    re.I,
)


def position_date(texts: Iterable[str]) -> dt.date | None:
    """The day the rows above a table say the progress is as at; None when none is
    printed, or two different ones (which one holds is unsaid)."""
    days = {
        day.due
        for text in texts
        for m in _POSITION.finditer(text)
        if (day := parse_deadline(m["date"])).due is not None and day.precision == "day"
    }
    return next(iter(days)) if len(days) == 1 else None


def counted_deadline(text: str, events: EventDates) -> dt.date | None:
    """The day "Within 28 days" falls, counted from the event it names ("of visit") or,
    naming none, from the one event the plan dates; None when that day is not printed."""
    m = _WITHIN.match(text)
    if m is None or not events:
        return None
    if m["event"]:
        start = events.get(_EVENTS[m["event"].casefold()])
    else:
        start = next(iter(events.values())) if len(set(events.values())) == 1 else None
    if start is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"].casefold()]
    unit = m["unit"].casefold()
    if unit == "month":
        return _months_after(start, n)
    return start + dt.timedelta(days=n * (7 if unit == "week" else 1))


def _months_after(start: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day (31 Jan + 1 month: 28 Feb)."""
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    return dt.date(year, month + 1, min(start.day, monthrange(year, month + 1)[1]))
