"""Deadline wording → a due date and its precision. Never guesses.

One parser serves the importer (``parse_deadline``: what plans write, such as
"Q3 2013/14", "end of April 2013", "Report to CMT in April 2013.") and the
TUI's date box (``parse_due_input``: also what people say in meetings, such
as "eom", "next fri", "+2w", "Q4"). Wording without a date ("Ongoing", "TBC",
"Phase 2 of Catch 22 programme") gives no date: dateutil's fuzzy mode and its
habit of filling missing parts from today would invent one, so dates are
found with explicit patterns here and nothing else.

Choices for ambiguous wording, documented once:
- numbers are UK day-first ("11/03/13" is 11 March 2013); ISO stays ISO;
- a month with a year is that month's last day; a bare year is 31 December;
- "Q1".."Q4" with "YYYY/YY" are UK financial quarters (Q1 = April–June);
  with a single year they are calendar quarters ("Q2 2019" → 30 June 2019);
- seasons end with their last month: spring May, summer August, autumn
  November, winter February of the next year;
- when a phrase holds several dates, the first one is the deadline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from store.models import Precision, Status


class Deadline(NamedTuple):
    """A due date (None when the wording has none) and how precise it is."""

    due: dt.date | None
    precision: Precision


OPEN = Deadline(None, "open")
MONTHS = {
    name: number
    for number in range(1, 13)
    for name in {calendar.month_name[number].lower(), calendar.month_abbr[number].lower()}
}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")[a-z]*\.?"
_YEAR4 = r"(?P<year>(?:19|20)\d\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d|'?\d\d)"
SEASONS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 14}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")),
    ("dmy", re.compile(r"\b(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<year>\d{4}|\d\d)\b")),
    (
        "fyq",
        re.compile(r"\bq(?P<q>[1-4])\s*,?\s*(?:fy\s*)?" + _YEAR4 + r"\s*[/\-]\s*(?P<y2>\d{2,4})\b"),
    ),
    ("calq", re.compile(r"\bq(?P<q>[1-4])\s*,?\s*" + _YEAR4 + r"\b")),
    ("fy", re.compile(r"\b" + _YEAR4 + r"\s*[/\-]\s*(?P<y2>\d{2}|\d{4})\b")),
    (
        "day month",
        re.compile(
            r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s*" + _YEAR + r"\b"
        ),
    ),
    (
        "month day",
        re.compile(r"\b" + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR4 + r"\b"),
    ),
    ("month", re.compile(r"\b" + _MONTH + r"[\s,\-]*" + _YEAR + r"(?![\d/])")),
    ("season", re.compile(r"\b(?P<season>spring|summer|autumn|fall|winter)\s+" + _YEAR4 + r"\b")),
    ("year", re.compile(r"(?<![\d/£$.,\-])" + _YEAR4 + r"(?![\d/%])")),
]


@lru_cache(maxsize=8192)
def parse_deadline(text: str, today: dt.date | None = None) -> Deadline:
    """Deadline wording from an imported plan → due date + precision. Never guesses."""
    lowered = " ".join(str(text).lower().split())
    found: list[tuple[int, Deadline]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(lowered):
            deadline = _build(kind, match)
            if deadline is not None:
                found.append((match.start(), deadline))
                break
    if not found:
        return OPEN
    return min(found, key=lambda pair: pair[0])[1]


def _build(kind: str, m: re.Match[str]) -> Deadline | None:
    try:
        return _BUILDERS[kind](m)
    except (ValueError, OverflowError):
        return None  # 31/02/2018 and friends: no date rather than a wrong one


def _year(text: str) -> int:
    digits = int(text.lstrip("'"))
    if digits >= 100:
        return digits
    return 2000 + digits if digits < 70 else 1900 + digits


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month (months past 12 roll into the next year)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _fy_quarter(m: re.Match[str]) -> Deadline:
    start = int(m["year"])
    _check_second_year(start, m["y2"])
    quarter = int(m["q"])
    return Deadline(month_end(start, 3 + 3 * quarter), "quarter")


def _fy_year(m: re.Match[str]) -> Deadline:
    start = int(m["year"])
    _check_second_year(start, m["y2"])
    return Deadline(month_end(start + 1, 3), "year")


def _check_second_year(start: int, second: str) -> None:
    """ "2019/20" is a financial year only when the second year follows the first."""
    if _year(second) != start + 1:
        raise ValueError("not a financial year")


_BUILDERS: dict[str, Callable[[re.Match[str]], Deadline]] = {
    "iso": lambda m: Deadline(dt.date(int(m["year"]), int(m["m"]), int(m["d"])), "day"),
    "dmy": lambda m: Deadline(dt.date(_year(m["year"]), int(m["m"]), int(m["d"])), "day"),
    "fyq": _fy_quarter,
    "calq": lambda m: Deadline(month_end(int(m["year"]), 3 * int(m["q"])), "quarter"),
    "fy": _fy_year,
    "day month": lambda m: Deadline(
        dt.date(_year(m["year"]), MONTHS[m["month"]], int(m["d"])), "day"
    ),
    "month day": lambda m: Deadline(
        dt.date(_year(m["year"]), MONTHS[m["month"]], int(m["d"])), "day"
    ),
    "month": lambda m: Deadline(month_end(_year(m["year"]), MONTHS[m["month"]]), "month"),
    "season": lambda m: Deadline(month_end(int(m["year"]), SEASONS[m["season"]]), "quarter"),
    "year": lambda m: Deadline(dt.date(int(m["year"]), 12, 31), "year"),
}

# ------------------------------------------------------------ TUI date entry
_WEEKDAYS = {
    name: i
    for i in range(7)
    for name in (calendar.day_name[i].lower(), calendar.day_abbr[i].lower())
}
_WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
_OFFSET = re.compile(
    r"^\+?(?P<n>\d{1,4})\s*(?P<unit>d|days?|w|wks?|weeks?|m|mths?|months?|y|yrs?|years?)$"
)
_DAY_MONTH = re.compile(r"^(?P<d>\d{1,2})[/.](?P<m>\d{1,2})$")
_OPEN_WORDS = {"", "-", "none", "ongoing", "tbc", "n/a", "na", "open", "no date", "clear"}


def parse_due_input(text: str, today: dt.date) -> Deadline | None:
    """What a user types in the due-date box; None when it is not understood.

    Empty text or an open-ended word ("ongoing", "tbc", "-") clears the date.
    """
    words = " ".join(text.lower().split())
    if words in _OPEN_WORDS:
        return OPEN
    for parse in (_relative, _weekday, _day_month, _bare_month, _quarter):
        found = parse(words, today)
        if found is not None:
            return found
    parsed = parse_deadline(words, today)
    return parsed if parsed.due is not None else None


def _relative(words: str, today: dt.date) -> Deadline | None:
    this_month = month_end(today.year, today.month)
    named: dict[str, Deadline] = {
        "today": Deadline(today, "day"),
        "tomorrow": Deadline(today + dt.timedelta(days=1), "day"),
        "eom": Deadline(this_month, "month"),
        "end of month": Deadline(this_month, "month"),
        "end of this month": Deadline(this_month, "month"),
        "end of next month": Deadline(month_end(today.year, today.month + 1), "month"),
        "eoy": Deadline(dt.date(today.year, 12, 31), "year"),
        "end of year": Deadline(dt.date(today.year, 12, 31), "year"),
    }
    if words in named:
        return named[words]
    m = _OFFSET.match(words)
    if not m:
        return None
    n, unit = int(m["n"]), m["unit"][0]
    if unit in "dw":
        return Deadline(today + dt.timedelta(days=n * (7 if unit == "w" else 1)), "day")
    months = n * (12 if unit == "y" else 1)
    end = month_end(today.year, today.month + months)
    return Deadline(min(end, end.replace(day=min(today.day, end.day))), "day")


def _weekday(words: str, today: dt.date) -> Deadline | None:
    name = words.removeprefix("next ").removeprefix("this ")
    if name not in _WEEKDAYS:
        return None
    ahead = (_WEEKDAYS[name] - today.weekday() - 1) % 7 + 1  # strictly after today
    return Deadline(today + dt.timedelta(days=ahead), "day")


def _day_month(words: str, today: dt.date) -> Deadline | None:
    m = _DAY_MONTH.match(words)
    if not m:
        return None
    for year in (today.year, today.year + 1):
        try:
            day = dt.date(year, int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        if day >= today:
            return Deadline(day, "day")
    return None


def _bare_month(words: str, today: dt.date) -> Deadline | None:
    name = words.removeprefix("end of ")
    if name not in MONTHS:
        return None
    end = month_end(today.year, MONTHS[name])
    return Deadline(end if end >= today else month_end(today.year + 1, MONTHS[name]), "month")


def _quarter(words: str, today: dt.date) -> Deadline | None:
    """ "Q1".."Q4" alone: this financial year's quarter (FY starts in April)."""
    m = re.fullmatch(r"q([1-4])", words)
    if not m:
        return None
    fy_start = today.year if today.month >= 4 else today.year - 1
    return Deadline(month_end(fy_start, 3 + 3 * int(m[1])), "quarter")


# ------------------------------------------------------------- status words
_DONE = re.compile(r"^\W*(completed?|done|achieved|closed)\b", re.IGNORECASE)
_IN_PROGRESS = re.compile(
    r"^\W*(in[\s-]progress|underway|under way|started|on track)\b", re.IGNORECASE
)
_NOT_STARTED = re.compile(r"^\W*not (yet )?started\b", re.IGNORECASE)


def status_hint(text: str) -> Status | None:
    """A status that deadline or progress wording states outright, else None."""
    if _NOT_STARTED.search(text):
        return "not_started"
    if _DONE.search(text):
        return "done"
    if _IN_PROGRESS.search(text):
        return "in_progress"
    return None
