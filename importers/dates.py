"""Deadline wording → a due date and its precision. Never guesses.

One parser serves the importer (``parse_deadline``: what plans write, such as
"Q3 2013/14", "end of April 2013", "Report to CMT in April 2013.") and the
TUI's date box (``parse_due_input``: also what people say in meetings, such
as "eom", "next fri", "+2w", "Q4"). Wording without a date ("Ongoing", "TBC",
"Phase 2 of Catch 22 programme") gives no date. dateutil's fuzzy mode and its
habit of filling missing parts from today would invent one, so dates are
found here with explicit patterns and nothing else.

Choices for ambiguous wording, documented once:

- numbers are UK day-first ("11/03/13" is 11 March 2013); ISO stays ISO;
  dotted dates with a two-digit year need two-digit day and month, because
  "1.2.13" reads as a paragraph number;
- two-digit years: 00–69 are 20xx, 70–99 are 19xx; four-digit years must be
  19xx or 20xx;
- a month with a year is that month's last day ("Sept 19" is September 2019,
  not the 19th); a bare year is 31 December; "mid 2018" is just 2018;
- "Q1".."Q4" with "YYYY/YY" (or "YY/YY") are UK financial quarters (Q1 =
  April–June … Q4 = January–March); with a single year they are calendar
  quarters ("Q2 2019" → 30 June 2019); "2019/20" alone is that financial
  year, ending 31 March 2020;
- seasons end with their last month: spring May, summer August, autumn
  November, winter February of the next year (precision "quarter");
- when a phrase holds several dates, the leftmost is the deadline, and of
  readings starting there the longest ("March 31, 2018" is a day, not March
  2031).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple, cast

from store.models import Precision, Status


class Deadline(NamedTuple):
    """A due date (None when the wording has none) and how precise it is."""

    due: dt.date | None
    precision: Precision


OPEN = Deadline(None, "open")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200
MONTHS: dict[str, int] = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
MONTHS["sept"] = 9
# Months past 12 roll into the next year: winter 2018 ends in February 2019.
SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 14}

_MON = r"\b(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?![a-z])"
_Y4 = r"(?P<y>(?:19|20)\d\d)"
_Y = r"(?P<y>(?:19|20)\d\d|'?\d\d)(?![\d/])"
_Q = r"\b(?:q|quarter\s*)(?P<q>[1-4])"
_FY = _Y4 + r"\s*[/-]\s*(?P<y2>\d\d(?:\d\d)?)\b"
# After "Q3" a short financial year "13/14" is safe to read; alone it looks like a day and month.
_FY_SHORT = r"(?P<y>(?:19|20)?\d\d)\s*[/-]\s*(?P<y2>\d\d(?:\d\d)?)\b"
_ORDINAL = r"(?:st|nd|rd|th)?"


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month (months past 12 roll into the next year)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(text: str) -> int:
    digits = int(text.lstrip("'"))
    if digits >= 100:
        return digits
    return 2000 + digits if digits < 70 else 1900 + digits


def _month(m: re.Match[str]) -> int:
    named = m.groupdict().get("mon")
    return MONTHS[named] if named else int(m["m"])


def _fy_first_year(m: re.Match[str]) -> int:
    """ "2019/20" is a financial year only when the second year follows the first."""
    first = _year(m["y"])
    if _year(m["y2"]) != first + 1:
        raise ValueError("not a financial year")
    return first


def _day(m: re.Match[str]) -> Deadline:
    if m.groupdict().get("sep") == "." and len(m["y"] + m["d"] + m["m"]) < 6:
        raise ValueError("reads like a paragraph number such as 1.2.13")
    return Deadline(dt.date(_year(m["y"]), _month(m), int(m["d"])), "day")


def _month_end(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(_year(m["y"]), _month(m)), "month")


def _fy_quarter(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(_fy_first_year(m), 3 + 3 * int(m["q"])), "quarter")


def _calendar_quarter(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(int(m["y"]), 3 * int(m["q"])), "quarter")


def _fy_year(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(_fy_first_year(m) + 1, 3), "year")


def _season(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(int(m["y"]), SEASON_END[m["season"]]), "quarter")


def _year_end(m: re.Match[str]) -> Deadline:
    return Deadline(dt.date(int(m["y"]), 12, 31), "year")


def _rx(pattern: str) -> re.Pattern[str]:
    # ASCII: \d must not accept other scripts' digits, which int() would read.
    return re.compile(pattern, re.ASCII)


_RULES: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Deadline]]] = [
    (_rx(r"\b" + _Y4 + r"-(?P<m>\d\d?)-(?P<d>\d\d?)\b(?!-\d)"), _day),
    (
        _rx(
            r"(?<![\d/.-])(?P<d>\d\d?)(?P<sep>[/.-])(?P<m>\d\d?)(?P=sep)"
            r"(?P<y>(?:19|20)\d\d|\d\d)(?!\d|[/.-]\d)"
        ),
        _day,
    ),
    (_rx(_Q + r"\s*,?\s*(?:of\s+)?(?:fy\s*)?" + _FY_SHORT), _fy_quarter),
    (_rx(r"\b" + _FY + r"\s*,?\s*(?:q|quarter\s*)(?P<q>[1-4])\b"), _fy_quarter),
    (_rx(_Q + r"\s*,?\s*(?:of\s+)?" + _Y4 + r"\b(?!\s*[/-]\s*\d)"), _calendar_quarter),
    (_rx(r"(?<![\d/])" + _FY + r"(?![/-]\d)"), _fy_year),
    (_rx(r"\b(?P<d>\d\d?)" + _ORDINAL + r"[\s-]*(?:of\s+)?" + _MON + r"[\s,-]*" + _Y), _day),
    (_rx(_MON + r"\s+(?P<d>\d\d?)" + _ORDINAL + r",?\s+" + _Y4 + r"\b"), _day),
    (_rx(_MON + r"[\s,-]*" + _Y + r"(?!st|nd|rd|th)"), _month_end),
    (_rx(r"\b(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?" + _Y4), _season),
    # Not after a currency sign, decimal point or colon: "£2018", "1.2019", "10:2015".
    (_rx(r"(?<![\d/£$€.,:'-])" + _Y4 + r"(?![\d/%:]|[.,]\d)"), _year_end),
]


def parse_deadline(text: str, today: dt.date | None = None) -> Deadline:
    """Deadline wording from an imported plan → due date + precision. Never guesses.

    ``today`` is accepted for symmetry with ``parse_due_input`` and ignored:
    written deadlines are never read relative to the day of import.
    """
    return _find(" ".join(text.lower().split()))


@lru_cache(maxsize=4096)  # plans repeat the same few phrases on many rows
def _find(words: str) -> Deadline:
    found: list[tuple[int, int, Deadline]] = []
    for pattern, build in _RULES:
        for match in pattern.finditer(words):
            try:
                found.append((match.start(), -len(match[0]), build(match)))
            except ValueError:
                continue  # 31/02/2018 or "2019/21": no date rather than a wrong one
            break
    return min(found, key=lambda item: item[:2], default=(0, 0, OPEN))[2]


# ------------------------------------------------------------ TUI date entry
_OPEN_WORDS = frozenset(
    {"", "-", "none", "ongoing", "tbc", "tbd", "n/a", "na", "open", "no date", "clear"}
)
_WEEKDAYS = {
    name: i
    for i in range(7)
    for name in (calendar.day_name[i].lower(), calendar.day_abbr[i].lower())
}
_WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})
_OFFSET = _rx(r"\+?(?P<n>\d{1,4})\s*(?P<unit>d|days?|w|wks?|weeks?|m|mths?|months?|y|yrs?|years?)")
_DAY_MONTH = (
    _rx(r"(?P<d>\d\d?)[/.](?P<m>\d\d?)"),
    _rx(r"(?P<d>\d\d?)" + _ORDINAL + r"\s*(?:of\s+)?" + _MON),
    _rx(_MON + r"\s*(?P<d>\d\d?)(?:st|nd|rd|th)"),
)
_BY_MONTH = _rx(r"(?:by\s+)?(?:(?:the\s+)?end\s+of\s+)?" + _MON)


def parse_due_input(text: str, today: dt.date) -> Deadline | None:
    """What a user types in the TUI's due-date box; None when it is not understood.

    Empty text or an open-ended phrase ("ongoing", "tbc", "none", "-") gives
    ``Deadline(None, "open")``. Besides everything ``parse_deadline`` reads:
    "today", "tomorrow", "eom"/"end of month", "end of next month", "eoy",
    "eofy"; offsets "+2w", "10d", "+3m" (same day, clipped to the month's
    end), "1y"; weekdays "fri", "next fri" (both the first one strictly
    after today); day and month without a year "31/3", "31 March", "March
    31st" and a bare month "march" (the next one on or after today); "Q1".."Q4"
    (the quarter of the financial year holding today, even if it has passed).
    """
    words = " ".join(text.lower().split())
    if words in _OPEN_WORDS:
        return OPEN
    for read in (_named, _offset, _weekday, _day_month, _bare_month, _quarter):
        found = read(words, today)
        if found is not None:
            return found if _plausible(found) else None
    found = parse_deadline(words)
    return found if found.due is not None else None


def _plausible(deadline: Deadline) -> bool:
    due = deadline.due
    return due is None or EARLIEST_YEAR <= due.year <= LATEST_YEAR


def _fy_start(today: dt.date) -> int:
    return today.year if today.month >= 4 else today.year - 1


def _named(words: str, today: dt.date) -> Deadline | None:
    this_month = Deadline(month_end(today.year, today.month), "month")
    end_of_year = Deadline(dt.date(today.year, 12, 31), "year")
    end_of_fy = Deadline(month_end(_fy_start(today) + 1, 3), "year")
    table: dict[str, Deadline] = {
        "today": Deadline(today, "day"),
        "tomorrow": Deadline(today + dt.timedelta(days=1), "day"),
        "eom": this_month,
        "end of month": this_month,
        "end of this month": this_month,
        "end of next month": Deadline(month_end(today.year, today.month + 1), "month"),
        "eoy": end_of_year,
        "end of year": end_of_year,
        "end of the year": end_of_year,
        "eofy": end_of_fy,
        "end of financial year": end_of_fy,
    }
    return table.get(words)


def _offset(words: str, today: dt.date) -> Deadline | None:
    m = _OFFSET.fullmatch(words)
    if not m:
        return None
    n, unit = int(m["n"]), m["unit"][0]
    try:
        if unit in "dw":
            return Deadline(today + dt.timedelta(days=n * (7 if unit == "w" else 1)), "day")
        end = month_end(today.year, today.month + n * (12 if unit == "y" else 1))
        return Deadline(end.replace(day=min(today.day, end.day)), "day")
    except (OverflowError, ValueError):
        return Deadline(dt.date.max, "day")  # understood but absurd: refused as implausible


def _weekday(words: str, today: dt.date) -> Deadline | None:
    name = words.removeprefix("next ").removeprefix("this ").removeprefix("on ")
    if name not in _WEEKDAYS:
        return None
    ahead = (_WEEKDAYS[name] - today.weekday() - 1) % 7 + 1  # 1..7: strictly after today
    return Deadline(today + dt.timedelta(days=ahead), "day")


def _day_month(words: str, today: dt.date) -> Deadline | None:
    m = next((found for p in _DAY_MONTH if (found := p.fullmatch(words))), None)
    if m is None:
        return None
    for year in range(today.year, today.year + 5):  # five years always hold a 29 February
        try:
            day = dt.date(year, _month(m), int(m["d"]))
        except ValueError:
            continue
        if day >= today:
            return Deadline(day, "day")
    return Deadline(dt.date.max, "day")  # "31/2" never comes: refused as implausible


def _bare_month(words: str, today: dt.date) -> Deadline | None:
    m = _BY_MONTH.fullmatch(words)
    if not m:
        return None
    end = month_end(today.year, _month(m))
    return Deadline(end if end >= today else month_end(today.year + 1, _month(m)), "month")


def _quarter(words: str, today: dt.date) -> Deadline | None:
    m = re.fullmatch(r"q(?:uarter\s*)?([1-4])", words)
    if not m:
        return None
    return Deadline(month_end(_fy_start(today), 3 + 3 * int(m[1])), "quarter")


# ------------------------------------------------------------- status words
# "Complete by March 2018" is a target, not news that it is done.
_TARGET = r"(?!\s+(?:by|before|within|no later)\b)"
_STATUS_START = re.compile(
    r"\W*(?:(?P<not_started>not\s+(?:yet\s+)?started\b)"
    r"|(?P<done>(?:completed|complete" + _TARGET + r"|done|achieved|closed)\b)"
    r"|(?P<in_progress>(?:in[\s-]progress|under\s?way|started)\b))"
)


def status_hint(text: str) -> Status | None:
    """The status that wording states outright at its start, else None.

    "Completed – first weekly report wef 11/03/13" is done; "In progress",
    "Underway", "Started" are in progress; "Not started" is not started.
    Anything vaguer ("Ongoing", "On track") gives None: a guess is worse.
    """
    m = _STATUS_START.match(" ".join(text.lower().split()))
    return cast(Status, m.lastgroup) if m else None
