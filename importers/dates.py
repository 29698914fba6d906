"""Deadline wording → a due date and its precision. Never guesses.

One parser serves the importer (``parse_deadline``: what plans write, such as
"Q3 2013/14", "Spring term 2024", "end of April 2013", "Report to CMT in April
2013.") and the TUI's date box and ``actionplan update --due``
(``parse_due_input``: also what people say in meetings, such as "eom", "next
fri", "+2w", "Q4"). Wording without a date ("Ongoing", "TBC", "Phase 2 of
Catch 22 programme") gives no date. dateutil's fuzzy mode and its habit of
filling missing parts from today would invent one, so dates are found here
with explicit patterns and nothing else. The rules are the table in
docs/import-rules.md; the choices for ambiguous wording, documented once:

- numbers are UK day-first ("11/03/13" is 11 March 2013), except in a column
  a US-locale export wrote month first (``month_first_example``); ISO stays ISO;
  a dotted date with a two-digit year needs a two-digit day or month
  ("31.1.27", "5.11.26"), because "1.2.13" reads as a paragraph number;
- two-digit years: 00–69 are 20xx, 70–99 are 19xx; four-digit years must be
  19xx or 20xx;
- a month with a year is that month's last day ("Sept 19" is September 2019,
  not the 19th); a bare year is 31 December; "mid 2018" is just 2018, but "mid-Jan 2027"
  is 15 January 2027 (mid-month is the 15th);
- quarters follow the UK financial year (Q1 = April–June … Q4 =
  January–March), with "YYYY/YY" or a single year alike: "Q2 2019" is quarter
  2 of the year starting April 2019 (30 September 2019), "Q4 2019" ends 31
  March 2020. ``quarters="calendar"`` reads a single year as calendar
  quarters, for a plan that says so. "2019/20" alone is that financial year,
  ending 31 March 2020; "FY 2024" (which of two years?) gives no date;
- school terms: autumn ends 31 December, spring 31 March, summer 31 July;
  half terms Autumn 1 October, Autumn 2 December, Spring 1 February, Spring 2
  March, Summer 1 May, Summer 2 July. A term with "2023/24" is that academic
  year's; the academic year 2023/24 ends 31 July 2024;
- a semester, trimester or numbered term ("end of Semester 1 2026/27", "Term 3
  2027": Scotland and Wales number their terms) ends when the
  institution says, which the wording does not: no date, and its year is not
  read alone either (never 31 March 2027);
- a water company's asset management period ("AMP8", April 2025 to March 2030)
  ends 31 March of its last year, and "AMP8 Year 2" 31 March of its second
  (2027);
- seasons (no "term") end with their last month: spring May, summer August,
  autumn November, winter February of the next year (precision "quarter"), and
  take a two-figure year as a month does ("Autumn 26" is 30 November 2026);
- a day that does not exist ("30/02/2027", "Feb 30 2027") is no date, never a
  neighbouring one, and nothing inside it is read ("2027" is not 31 December
  2027); ``impossible_date`` says why;
- when a phrase holds several dates, the leftmost is the deadline, and of
  readings starting there the longest ("March 31, 2018" is a day, not March
  2031) — except that a range ("Dec 13 - Mar 14", "01/04/2026 to 30/06/2026")
  is due at its end, and a date introduced as the original ("revised from Jun
  2020", "was …", "originally …") is the baseline (``revised_from``), and a
  date introduced as the new one ("revised to …", "extended to …", "new date:
  …") is the deadline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Literal, NamedTuple, cast

from importers.date_words import DAY_WORDS, YEAR_WORDS, day_number, year_number
from importers.marks import is_entry_number, without_entry_number
from importers.people import MEETING_BODY_WORDS
from importers.vocab import done_in_part
from store.calendar_words import MONTH_NAMES, MONTHS, ORDINAL_SUFFIXES, WEEKDAYS
from store.models import Precision, Status


class FiscalYear(NamedTuple):
    """A year the plan keys as its own ("FY27 runs from 1 October 2026 to 30 September
    2027"): the month it starts, and how many years its label runs ahead of the year it
    starts in (FY27 from October 2026: 1)."""

    first_month: int
    lag: int


@dataclass(frozen=True)
class PlanDates:
    """When a plan is written, as its dates show (``plan_dates``): its position date,
    else the middle of its other deadlines as written (an old plan's are its own
    years), else the import's day."""

    position: dt.date | None
    today: dt.date | None
    # every deadline the plan's date cells name as written, earliest first; a cache keys
    # them by ``key``, their hash taken once, not each time a date is read
    written: tuple[dt.date, ...] = field(compare=False)
    key: int

    def dated(self, due: dt.date) -> dt.date | None:
        """The plan's own date, to judge a deadline read as ``due`` by: never by itself.
        (The middle of the others found by place, not by a copy: asked of every date.)"""
        if self.position is not None:
            return self.position
        days, at = self.written, bisect_left(self.written, due)
        if at == len(days) or days[at] != due:  # not among them: all are others
            return days[len(days) // 2] if days else self.today
        if len(days) == 1:
            return self.today  # the plan's only deadline: no other dates it
        middle = (len(days) - 1) // 2  # of the others, ``due`` left out at ``at``
        return days[middle] if middle < at else days[middle + 1]

    def near(self, due: dt.date, dated: dt.date) -> dt.date:
        """The middle of the plan's other deadlines not years gone by ``dated``."""
        live = [d for d in _without(self.written, due) if d.year >= dated.year - _YEARS_GONE]
        return _middle(live) or dated


def _without(days: tuple[dt.date, ...], day: dt.date) -> list[dt.date]:
    """``days`` but one of them that is ``day``: the others."""
    others = list(days)
    if day in others:
        others.remove(day)
    return others


def _middle(days: list[dt.date]) -> dt.date | None:
    return days[len(days) // 2] if days else None


class PlanCalendar(NamedTuple):
    """How the plan being read counts its year, for every date read while it is built."""

    # The plan keeps a school year of six terms (``six_term_year``): "Term 2 2026/27" is
    # that year's second half term, as "HT2 2026/27"
    six_terms: bool = False
    # The plan keys its own fiscal year (``keyed_fiscal_year``): "Q1 FY27" is that year's
    # first quarter, "FY27" the year, where with no key which year is meant is unsaid
    fiscal: FiscalYear | None = None
    # The plan keys a date in brackets after another as the revised one
    # (``keyed_revision_brackets``): "[" (square) or "(" (round); "" where no key says so
    revised_in: str = ""
    # The plan's own date and the middle of its deadlines (``PlanDates``): a month and
    # two figures naming a year long gone by the first is the month's day, in the year
    # nearest the second ("Dec 19" in a plan of 2026: 19 Dec 2026). None outside a plan
    dates: PlanDates | None = None


# The calendar of the plan being built; outside a build, the default
_PLAN_CALENDAR: ContextVar[PlanCalendar] = ContextVar(
    "plan_calendar",
    default=PlanCalendar(),  # noqa: B039 - a NamedTuple, immutable
)


@contextmanager
def plan_calendar(kept: PlanCalendar) -> Iterator[None]:
    """Every date read inside the block is read by the plan's calendar, wherever its
    wording stands: a deadline or revised date cell, a banner's "by" date, an update
    line's date. One place, so no reader can miss it."""
    token = _PLAN_CALENDAR.set(kept)
    try:
        yield
    finally:
        _PLAN_CALENDAR.reset(token)


@contextmanager
def years_as_written() -> Iterator[None]:
    """Inside the block a month and two figures are its year, whatever the plan's date:
    an original deadline beside a revised one may be years gone, which is why it moved."""
    with plan_calendar(_PLAN_CALENDAR.get()._replace(dates=None)):
        yield


class Deadline(NamedTuple):
    """A due date (None when the wording has none) and how precise it is."""

    due: dt.date | None
    precision: Precision


class NotADate(ValueError):
    """Wording shaped like a date that names none.

    ``reason`` is set when a person can act on it ("30 February 2027 does not
    exist"); wording that is simply not understood has none.
    """

    def __init__(self, reason: str | None = None) -> None:
        super().__init__(reason or "not understood")
        self.reason = reason


QuarterRule = Literal["financial", "calendar"]
APRIL = 4  # the UK public sector's financial year starts in April
OPEN = Deadline(None, "open")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200
# A system's stand-in for "no end date" ("31/12/9999", "9999-12-31"): a performance or
# risk system will not save an action without a date, so an ongoing one gets the last
# day it can store. It is a date in form, no deadline in fact.
_PLACEHOLDER_DATE = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]9999|9999-\d{1,2}-\d{1,2}")


def is_placeholder_date(cell: str) -> bool:
    """The cell is a system's placeholder for no date: a day of the year 9999, or the
    day a system writes for an empty date (``is_null_date``)."""
    return _PLACEHOLDER_DATE.fullmatch(cell.strip()) is not None or is_null_date(cell)


# A system writes its zero day where a date was never set, since its date type cannot be
# empty or its export turns a null into the zero: SQL Server's datetime 0 and Excel's serial
# 1 are 1 Jan 1900 ("01/01/1900", "1900-01-01 00:00:00"); Excel shows serial 0 as
# "00/01/1900"; OLE Automation (Access, .NET's OADate, Power BI, Delphi) counts from
# 30 Dec 1899, and libraries reading Excel's 0 give 31 Dec 1899; .NET's DateTime.MinValue is
# 1 Jan 0001; SQL Server's datetime minimum is 1 Jan 1753. No action is due on any of them.
# (Unix's 1 Jan 1970 is left out: a day a plan of old work could name.)
_NULL_DAYS = frozenset({(1900, 1, 1), (1900, 0, 1), (1899, 12, 30), (1899, 12, 31)})
_NULL_DAYS |= {(1, 1, 1), (1753, 1, 1)}
_MIDNIGHT = r"(?:[ T]00:00(?::00(?:\.0+)?)?(?:\s*(?:am|z))?)?"
_NULL_FORM = re.compile(
    rf"(?P<a>\d{{1,4}})(?P<s>[/.\-])(?P<b>\d{{1,2}}|[a-z]{{3}})(?P=s)(?P<c>\d{{1,4}}){_MIDNIGHT}",
    re.IGNORECASE,
)


def is_null_date(cell: str) -> bool:
    """The cell is a system's null date, written for a date never set ("01/01/1900",
    "1900-01-01 00:00:00", "30/12/1899", "0001-01-01", "00/01/1900"): an empty cell."""
    m = _NULL_FORM.fullmatch(cell.strip())
    if m is None:
        return False
    a, b, c = m["a"], m["b"].casefold(), m["c"]
    month = MONTHS.get(b) if b.isalpha() else int(b)
    if month is None or (len(a) == 4) == (len(c) == 4):
        return False  # one four-figure year, first or last ("0001-01-01", "01/01/0001")
    year, day = (int(a), int(c)) if len(a) == 4 else (int(c), int(a))
    # the null days are the same read day first or month first ("12/30/1899")
    return (year, day, month) in _NULL_DAYS or (year, month, day) in _NULL_DAYS


# Excel keeps a day as its serial number (1 is 1 Jan 1900, its 1900 leap day counted, so
# 2 Mar 1900 on are counted from 30 Dec 1899), and a date pasted into a cell formatted as
# text stays that number as text ("46477"). Only a plan's plausible days, 1 Jan 1990 to
# 31 Dec 2099, are read so: a year ("2027"), a count or a small amount is never in range.
_SERIAL_EPOCH = dt.date(1899, 12, 30)
_FIRST_SERIAL, _LAST_SERIAL = 32874, 73050
_WHOLE_NUMBER = re.compile(r"[1-9]\d{4}")
_A_NUMBER = re.compile(r"[£$€]?\d[\d,]*(?:\.\d+)?%?")


def excel_serial_day(cell: str) -> dt.date | None:
    """The day an Excel serial number written as text names ("46477" is 31 Mar 2027),
    None where the cell is no whole number in a plan's range of days."""
    text = cell.strip()
    if not _WHOLE_NUMBER.fullmatch(text) or not _FIRST_SERIAL <= int(text) <= _LAST_SERIAL:
        return None
    return _SERIAL_EPOCH + dt.timedelta(days=int(text))


def holds_serial_days(cells: Iterable[str]) -> bool:
    """A date column's cells hold Excel serial numbers as text: one at least, and no
    other number beside them (a column of amounts, counts or refs in the range is no
    column of days)."""
    numbers = [c.strip() for c in cells if _A_NUMBER.fullmatch(c.strip())]
    return bool(numbers) and all(excel_serial_day(c) is not None for c in numbers)


# Months past 12 roll into the next year: winter 2018 ends in February 2019.
SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 14}
TERM_END = {"autumn": 12, "spring": 3, "summer": 7}
HALF_TERM_END = {
    ("autumn", 1): 10,
    ("autumn", 2): 12,
    ("spring", 1): 2,
    ("spring", 2): 3,
    ("summer", 1): 5,
    ("summer", 2): 7,
}
_TERM_SHORT = {"aut": "autumn", "spr": "spring", "sum": "summer"}

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))  # longest first: "sept", "sep"
_MON = r"\b(?P<mon>" + _MONTH_WORDS + r")\.?(?![a-z])"
_Y4 = r"(?P<y>(?:19|20)\d\d)"
# The century elided with an apostrophe, straight or curly as a word processor turns it
# ("Dec '26", "Dec ’26", "Mar ‘27"): the two figures are the year, as "Dec 26" is.
_ELISION_MARKS = "'’‘"
_ELIDED = rf"[{_ELISION_MARKS}]?"
_Y = rf"(?P<y>(?:19|20)\d\d|{_ELIDED}\d\d)(?![\d/])"
# "Q3", "Qtr 3", "Qtr. 3" and "Quarter 3" all name a quarter
_QWORD = r"(?:q|qtr\.?\s*|quarter\s*)"
_Q = r"\b" + _QWORD + r"(?P<q>[1-4])"
_FY = _Y4 + r"\s*[/-]\s*(?P<y2>\d\d(?:\d\d)?)\b"
# After "Q3" a short financial year "13/14" is safe to read; alone it looks like a day and month.
_FY_SHORT = r"(?P<y>(?:19|20)?\d\d)\s*[/-]\s*(?P<y2>\d\d(?:\d\d)?)\b"
# A term's year: "2024", or the academic year "2023/24".
_TERM_YEAR = _Y4 + r"(?:\s*[/-]\s*(?P<y2>\d\d(?:\d\d)?))?(?![\d/])"
_ORDINAL = "(?:" + "|".join(ORDINAL_SUFFIXES) + ")?"
# A season's year: four figures ("Summer 2026", even before "/27"), or two as a month's
# ("Autumn 26", "Spring '27"), never a count ("Summer 25%", "Summer 10 weeks after"), a
# day ("By Spring 30 April") or a date's first figures
_SEASON_Y = rf"(?P<y>(?:19|20)\d\d|{_ELIDED}\d\d(?![\d/.%]|\s+\w))"
_NO_Y2 = r"(?!\s*[/-]\s*\d)"  # a single year, not the first of "2023/24"
# A calendar year labelled as such, four figures or two: "CY2026", "CY26", "calendar year 2026"
_CY = r"\b(?:cy|calendar\s+year)\s*(?P<y>(?:19|20)\d\d|\d\d)\b" + _NO_Y2


def _run_together_day(*, named: bool) -> str:
    """The day, the month's word and the year run together, as military and police orders
    write a date ("31DEC26", "15Jan2027"). No word boundary opens the month, and nothing
    may follow the year but a break ("31DEC26.5" is a figure). A deadline's reader needs
    the day, month and year named; a reader of updates holds the pattern more than once in
    one expression, where names would clash, so it asks for none."""

    def part(name: str, pattern: str) -> str:
        return rf"(?P<{name}>{pattern})" if named else rf"(?:{pattern})"

    year = part("y", rf"(?:19|20)\d\d|{_ELIDED}\d\d")
    return (
        part("d", r"\d\d?")
        + "(?i:"
        + part("mon", _MONTH_WORDS)
        + ")"
        + year
        + r"(?![\d/])(?!\w|\.\d)"
    )


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month (months past 12 roll into the next year)."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def no_such_day(day: int, month: int, year: int | None = None) -> str:
    """Why a day and month (and year) name no date, in a user's words."""
    if not 1 <= month <= 12:
        return f"month {month} does not exist"
    written = f"{day} {MONTH_NAMES[month - 1]}" + (f" {year}" if year else "")
    return f"{written} does not exist"


def _year(text: str) -> int:
    digits = int(text.lstrip(_ELISION_MARKS))
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
        raise NotADate()
    return first


def _day(m: re.Match[str]) -> Deadline:
    if m.groupdict().get("sep") == "." and len(m["y"] + m["d"] + m["m"]) < 5:
        raise NotADate()  # reads like a paragraph number such as 1.2.13 (31.1.27 is a day)
    year, month, day = _year(m["y"]), _month(m), int(m["d"])
    try:
        return Deadline(dt.date(year, month, day), "day")
    except ValueError:
        raise NotADate(no_such_day(day, month, year)) from None


def _month_end(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(_year(m["y"]), _month(m)), "month")


def _mid_month(m: re.Match[str]) -> Deadline:
    return Deadline(dt.date(_year(m["y"]), _month(m), 15), "day")


def _fy_quarter(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(_fy_first_year(m), 3 + 3 * int(m["q"])), "quarter")


def _quarter_of(first_month: int) -> Callable[[re.Match[str]], Deadline]:
    """Quarter n of the year that starts in ``first_month`` of the year written."""

    def build(m: re.Match[str]) -> Deadline:
        return Deadline(month_end(int(m["y"]), first_month - 1 + 3 * int(m["q"])), "quarter")

    return build


def _calendar_quarter(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(_year(m["y"]), 3 * int(m["q"])), "quarter")


def _fy_year(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(_fy_first_year(m) + 1, 3), "year")


# ISO 8601's year and month, as a performance system exports a target month: "2027-01"
_ISO_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])", re.ASCII)


def _fy_year_or_iso_month(m: re.Match[str]) -> Deadline:
    """ "2026/27" and "2026-27" are a financial year (the second year follows the
    first); "2027-01", ISO's year and month, is January 2027, due at its end as "Jan
    2027" is. A month is 01 to 12 after a hyphen: "2026-13" names nothing. "2026-28",
    a span of two years, is due at the end of its last financial year, 31 Mar 2028, and
    "2024-2030" at 31 Mar 2030."""
    iso = _ISO_MONTH.fullmatch(m[0])
    if iso and int(iso["m"]) != (int(iso["y"]) + 1) % 100:
        return _month_end(iso)
    last = _year(m["y2"]) if len(m["y2"]) == 4 else _year(m["y"]) // 100 * 100 + int(m["y2"])
    span = last - _year(m["y"])
    # a slash joins no span ("2026/28"); two figures span two years at most ("2026-29" may
    # be a slip), four any later year ("2024-2030", a strategy's financial years)
    if "/" not in m[0] and (span == 2 or (span > 2 and len(m["y2"]) == 4)):
        return Deadline(month_end(last, 3), "year")
    return _fy_year(m)


def _academic_year(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(_fy_first_year(m) + 1, 7), "year")


def _amp(m: re.Match[str]) -> Deadline:
    """The water industry's five-year asset management periods, fixed by Ofwat's price
    reviews: AMP1 began in April 1990, AMP8 in April 2025. "AMP8 Year 2" is the second
    year, 2026/27 (31 March 2027); "AMP8" alone the period's end (31 March 2030)."""
    first = 1985 + 5 * int(m["n"])
    years = int(m["k"]) if m["k"] else 5
    if not 1 <= years <= 5:
        raise NotADate()  # a period has five years
    return Deadline(month_end(first + years, 3), "year")


def _which_year(m: re.Match[str]) -> Deadline:
    raise NotADate()  # "FY 2024" is 2023/24 to some and 2024/25 to others


def _season(m: re.Match[str]) -> Deadline:
    return Deadline(month_end(_year(m["y"]), SEASON_END[m["season"]]), "quarter")


def _term_year(m: re.Match[str], term: str) -> int:
    """The calendar year a term falls in: autumn opens an academic year, the rest close it."""
    if m["y2"] is None:
        return int(m["y"])
    first = _fy_first_year(m)
    return first if term == "autumn" else first + 1


def _term(m: re.Match[str]) -> Deadline:
    term = m["term"]
    return Deadline(month_end(_term_year(m, term), TERM_END[term]), "quarter")


def _term_of_short_year(m: re.Match[str]) -> Deadline:
    """ "Autumn term 26": a term with a two-figure year, the year the term falls in."""
    return Deadline(month_end(_year(m["y"]), TERM_END[m["term"]]), "quarter")


def _term_cut(m: re.Match[str]) -> Deadline:
    """ "Aut 26": a term cut to three letters, the year the term falls in."""
    term = _TERM_SHORT[m["cut"]]
    return Deadline(month_end(_year(m["y"]), TERM_END[term]), "quarter")


def _half_term(m: re.Match[str]) -> Deadline:
    term = _TERM_SHORT.get(m["term"], m["term"])
    last_month = HALF_TERM_END[(term, int(m["half"]))]
    return Deadline(month_end(_term_year(m, term), last_month), "month")


# "HT3 2026/27": an academic year's six half terms in turn, Autumn 1 to Summer 2
_HALF_TERMS = list(HALF_TERM_END)  # in the year's order


def _numbered_half_term(m: re.Match[str]) -> Deadline:
    term, half = _HALF_TERMS[int(m["n"]) - 1]
    return Deadline(month_end(_term_year(m, term), HALF_TERM_END[(term, half)]), "month")


def next_named_term(text: str, written_on: dt.date) -> Deadline | None:
    """A school term named without a year ("By end of Summer term", "spring term"): the
    next of that name to end on or after ``written_on``, read as the same words typed
    into ``update --due`` are (one reading, ``_school_term``). In a plan keeping six
    terms a numbered one ("Term 3") is that half term, the next to end. "This term" and
    "next term" are not read here: they name no term."""
    words = _words(text)
    for lead_in in _LEAD_INS:
        words = lead_in.sub("", words, count=1)
    if (numbered := _NUMBERED_TERM.fullmatch(words)) and _PLAN_CALENDAR.get().six_terms:
        return _next_half_term(int(numbered["n"]), written_on)
    m = _TYPED_TERM.fullmatch(words)
    if m is None or m["term"] is None or m["which"] is not None:
        return None
    return _school_term(words, written_on)


# A term named by its number alone, "term 3": in a plan keeping six terms, a half term
_NUMBERED_TERM = re.compile(r"term\s*(?P<n>[1-6])", re.ASCII)


def _next_half_term(n: int, written_on: dt.date) -> Deadline | None:
    """Half term ``n`` of the school year that ends it first on or after ``written_on``
    (the first day of the year the title names: that year's), as "HT3 2026/27" reads."""
    for year in (written_on.year - 1, written_on.year, written_on.year + 1):
        term = parse_deadline(f"HT{n} {year}/{(year + 1) % 100:02d}")
        if term.due is not None and term.due >= written_on:
            return term
    return None


def _unwritten_period(m: re.Match[str]) -> Deadline:
    raise NotADate()  # when "Semester 1 2026/27" ends differs by institution and is not written


def _year_end(m: re.Match[str]) -> Deadline:
    return Deadline(dt.date(int(m["y"]), 12, 31), "year")


def _rx(pattern: str) -> re.Pattern[str]:
    # ASCII: \d must not accept other scripts' digits, which int() would read.
    return re.compile(pattern, re.ASCII)


def _numeric(first: str, second: str) -> re.Pattern[str]:
    """ "31/03/2024", "31.03.24", "31-3-24": ``first`` and ``second`` name the groups
    ("d", "m") of the two numbers before the year."""
    return _rx(
        rf"(?<![\d/.-])(?P<{first}>\d\d?)(?P<sep>[/.-])(?P<{second}>\d\d?)(?P=sep)"
        r"(?P<y>(?:19|20)\d\d|\d\d)(?!\d|[/.-]\d)"
    )


_DAY_FIRST, _MONTH_FIRST = _numeric("d", "m"), _numeric("m", "d")


# ISO 8601's week, "2026-W50" ("2026W50", its basic form), as a team that plans by the
# week writes a deadline; "2026-W50-3" names the week's third day
_ISO_WEEK = _rx(r"\b" + _Y4 + r"-?w(?P<w>\d\d)(?:-?(?P<wd>\d))?\b")


def _iso_week(m: re.Match[str]) -> Deadline:
    """A week is due at its end, its Sunday, as a month is due on its last day: the
    work is done within the week named. A week the year has not ("2027-W53", "W00")
    or a day no week has ("-8") names no date, never the year's 31 December."""
    year, week, day = int(m["y"]), int(m["w"]), int(m["wd"] or 7)
    try:
        return Deadline(dt.date.fromisocalendar(year, week, day), "day")
    except ValueError:
        raise NotADate(f"{m[0].upper()} does not exist") from None


# The day in words ("fifteenth", "Twenty First") with or without "day of", or in figures
# in the legal form "the 1st day of", then the month and the year in figures or in words
_DAY_IN_WORDS = _rx(
    rf"(?:(?P<dw>{DAY_WORDS})\s+(?:day\s+)?(?:of\s+)?|\b(?P<d>\d\d?){_ORDINAL}\s+day\s+of\s+)"
    rf"{_MON}[\s,]*(?:{_Y}|(?P<yw>{YEAR_WORDS}))"
)


def _day_in_words(m: re.Match[str]) -> Deadline:
    """The day a deed's date names; one no month has ("the thirty-first day of April
    2027", "thirty-second") names none, as "31 April 2027" names none."""
    day = day_number(m["dw"]) if m["dw"] else int(m["d"])
    year = year_number(m["yw"]) if m["yw"] else _year(m["y"])
    month = _month(m)
    try:
        return Deadline(dt.date(year, month, day), "day")
    except ValueError:
        raise NotADate(no_such_day(day, month, year)) from None


Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], Deadline]]
_SINGLE_YEAR_QUARTER = (
    _rx(_Q + r"\s*,?\s*(?:of\s+)?" + _Y4 + r"\b" + _NO_Y2),
    _rx(r"(?<![\d/-])" + _Y4 + r"\s*,?\s*" + _QWORD + r"(?P<q>[1-4])\b"),
)
_RULES: list[Rule] = [
    (_ISO_WEEK, _iso_week),
    # Year first is ISO's order whatever the separator: "2026-12-18", "2026.12.18", "2026/12/18"
    (
        _rx(r"\b" + _Y4 + r"(?P<sep>[-./])(?P<m>\d\d?)(?P=sep)(?P<d>\d\d?)\b(?![-./]\d)"),
        _day,
    ),
    (_rx(_Q + r"\s*,?\s*(?:of\s+)?(?:fy\s*)?" + _FY_SHORT), _fy_quarter),
    (_rx(r"\b" + _FY + r"\s*,?\s*" + _QWORD + r"(?P<q>[1-4])\b"), _fy_quarter),
    # "Q4 CY26", "Q1 CY2027", "CY27 Q3", "Q2 calendar year 2027": "CY" names the calendar
    # year as "FY" the financial, so its quarters are the calendar's in any plan
    (_rx(_Q + r"\s*,?\s*(?:of\s+)?" + _CY), _calendar_quarter),
    (_rx(_CY + r"\s*,?\s*" + _QWORD + r"(?P<q>[1-4])\b"), _calendar_quarter),
    (_rx(r"\b(?:academic\s+year|ay)\s*:?\s*" + _FY), _academic_year),
    (_rx(r"\b(?:(?:academic|financial)\s+year|ay|fy)\s*:?\s*" + _Y4 + _NO_Y2), _which_year),
    (_rx(r"(?<![\d/])" + _FY + r"(?![/-]\d)"), _fy_year_or_iso_month),
    (_rx(r"\bamp\s*(?P<n>[1-9]|1[0-9])\b(?:\s*,?\s*year\s*(?P<k>\d+)\b)?"), _amp),
    # "FY26/27", "AY26/27": the label makes a short year pair safe to read (alone it looks
    # like a day)
    (_rx(r"\b(?:fy|financial\s+year)\s*:?\s*" + _FY_SHORT + r"(?![/-]\d)"), _fy_year),
    (_rx(r"\b(?:ay|academic\s+year)\s*:?\s*" + _FY_SHORT + r"(?![/-]\d)"), _academic_year),
    (
        _rx(
            r"\b(?:semester|trimester|term|teaching\s+(?:block|period))\s*"
            r"(?:[1-6]|one|two|three|four)\b"
            r"\s*,?\s*(?:of\s+)?" + _TERM_YEAR
        ),
        _unwritten_period,
    ),
    (_rx(r"\b(?P<term>autumn|spring|summer)\s+term\s*,?\s*(?:of\s+)?" + _TERM_YEAR), _term),
    # "Autumn term 26": two figures as a season's year ("Autumn 26"), never a count
    (_rx(r"\b(?P<term>autumn|spring|summer)\s+term\s+" + _SEASON_Y), _term_of_short_year),
    # "Aut 26", "Spr 2027": a school cuts its terms to three letters, never its seasons
    (_rx(r"(?<!the\s)(?<!a\s)\b(?P<cut>aut|spr|sum)\.?\s+" + _SEASON_Y), _term_cut),
    (
        _rx(
            r"\b(?P<term>autumn|aut|spring|spr|summer|sum)\s*(?:term\s*)?(?P<half>[12])(?!\d)"
            r"\s*,?\s*(?:of\s+)?" + _TERM_YEAR
        ),
        _half_term,
    ),
    (_rx(r"\bht\s*(?P<n>[1-6])\b\s*,?\s*(?:of\s+)?" + _TERM_YEAR), _numbered_half_term),
    # "31DEC26", "15Jan2027": the day, the month's word and the year run together, the
    # compact form military and police orders write (a date-time group's date part)
    # A dash before it opens a code ("REF-31MAR27") unless the dash closes another such
    # day, a range run together ("1OCT26-31MAR27"), whose end is the deadline
    (
        _rx(
            r"(?:(?<![\w/.-])|(?<=\d[a-z]{3}\d\d-)|(?<=\d[a-z]{3}\d{4}-))"
            + _run_together_day(named=True)
        ),
        _day,
    ),
    # "31 Oct 2025", "31-Oct-25", and Jira's "31/Oct/25": a named month is never a number
    (_rx(r"\b(?P<d>\d\d?)" + _ORDINAL + r"[\s/-]*(?:of\s+)?" + _MON + r"[\s,/-]*" + _Y), _day),
    (_rx(_MON + r"\s+(?P<d>\d\d?)" + _ORDINAL + r",?\s+" + _Y4 + r"\b"), _day),
    # "the fifteenth day of January 2027", "Thirty-first March 2027", "the 1st day of
    # March 2027", "the thirtieth day of June two thousand and twenty-seven": a deed's
    # date, the day in words or in the legal form, names that day, never the month's end
    (_DAY_IN_WORDS, _day_in_words),
    # "mid-Jan 2027", "mid March 2027": a mid-month target is the month's 15th
    (_rx(r"\bmid[\s-]*" + _MON + r"[\s,-]*" + _Y + r"(?!st|nd|rd|th)"), _mid_month),
    # "Mar-27", "Mar 27", and "Mar/27", "Sept/26": a slash parts a month word from its
    # year as a dash does (a named month is never a day)
    (_rx(_MON + r"[\s,/-]*" + _Y + r"(?!st|nd|rd|th)"), _month_end),
    # "03/2027", "3/2027": a month in figures and a four-figure year, as a finance
    # export or a hurried author types a target month ("03/27" or "3/4" could be a day)
    (_rx(r"(?<![\d/.-])(?P<m>0?[1-9]|1[0-2])/" + _Y4 + r"(?![\d/])"), _month_end),
    # "AGM 2027 (Sep)", "Board meeting 2026 (Dec)": an event's year with only the month it
    # falls in, in brackets after it: that month of that year
    (_rx(r"(?<![\d/£$€.,:'-])" + _Y4 + r"\s*[(\[]\s*" + _MON + r"\s*[)\]]"), _month_end),
    # "Spring 2027", and a season with a two-figure year as a month has one, "Autumn 26"
    (_rx(r"\b(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?" + _SEASON_Y), _season),
    # Not after a currency sign, decimal point or colon: "£2018", "1.2019", "10:2015".
    (_rx(r"(?<![\d/£$€.,:'-])" + _Y4 + r"(?![\d/%:]|[.,]\d)"), _year_end),
]
# A financial year's month or accounting period, and its half year, written before the
# year ("M9 2026/27", "P10 2026/27", "Period 10 2026/27", "H2 2026/27"): the label makes
# a short year pair safe ("P10 26/27"), as "Q3 13/14" is
_OF_FY = r"\s*,?\s*(?:of\s+)?(?:fy\s*)?" + _FY_SHORT
_FY_MONTH = _rx(r"\b(?:[mp]|month\s*|period\s*)(?P<n>\d\d?)" + _OF_FY)
_HWORD = r"(?:h|half\s*)"
_FY_HALF = _rx(r"\b" + _HWORD + r"(?P<h>[12])" + _OF_FY)


def _fy_months_of(first_month: int) -> list[Rule]:
    """Rules for month n and half year n of a financial year that starts in
    ``first_month`` of its first year: "M9 2026/27" from April is December 2026, and
    "H1 2026/27" ends 30 September 2026."""

    def month(m: re.Match[str]) -> Deadline:
        if not 1 <= int(m["n"]) <= 12:
            raise NotADate()  # "P13": a year of thirteen four-week periods, not months
        return Deadline(month_end(_fy_first_year(m), first_month - 1 + int(m["n"])), "month")

    def half(m: re.Match[str]) -> Deadline:
        last = first_month - 1 + 6 * int(m["h"])
        return Deadline(month_end(_fy_first_year(m), last), "quarter")

    return [(_FY_MONTH, month), (_FY_HALF, half)]


# "FY27", "FY 2027", "FY'27" ("fy27" as read): a fiscal year by one year, the year its
# label names, never "FY26/27" (a financial year pair, read as such)
_FY_LABEL = r"\bfy\s*'?(?P<y>(?:19|20)?\d\d)\b" + _NO_Y2
_FISCAL_QUARTER = _rx(_Q + r"\s*,?\s*(?:of\s+)?" + _FY_LABEL)
_FISCAL_YEAR_QUARTER = _rx(_FY_LABEL + r"\s*,?\s*" + _QWORD + r"(?P<q>[1-4])\b")
_FISCAL_YEAR = _rx(_FY_LABEL)
# "H1 FY28", "FY28 H2": a half of the keyed fiscal year, as a landlord's plan writes it
_FISCAL_HALF = _rx(r"\b" + _HWORD + r"(?P<h>[12])\s*,?\s*(?:of\s+)?" + _FY_LABEL)
_FISCAL_YEAR_HALF = _rx(_FY_LABEL + r"\s*,?\s*" + _HWORD + r"(?P<h>[12])\b")


def _fiscal_rules(fiscal: FiscalYear) -> list[Rule]:
    """Rules for the quarters and the year of the fiscal year a plan keys: from October,
    lagging one, "Q1 FY27" ends 31 Dec 2026 and "FY27" 30 Sep 2027."""

    def first_year(m: re.Match[str]) -> int:
        return _year(m["y"]) - fiscal.lag

    def quarter(m: re.Match[str]) -> Deadline:
        return Deadline(
            month_end(first_year(m), fiscal.first_month - 1 + 3 * int(m["q"])), "quarter"
        )

    def half(m: re.Match[str]) -> Deadline:
        return Deadline(
            month_end(first_year(m), fiscal.first_month - 1 + 6 * int(m["h"])), "quarter"
        )

    def year(m: re.Match[str]) -> Deadline:
        return Deadline(month_end(first_year(m), fiscal.first_month + 11), "year")

    return [
        (_FISCAL_QUARTER, quarter),
        (_FISCAL_YEAR_QUARTER, quarter),
        (_FISCAL_HALF, half),
        (_FISCAL_YEAR_HALF, half),
        (_FISCAL_YEAR, year),
    ]


# A line keying the plan's own fiscal year by its label and its first day: "FY27 runs
# from 1 October 2026 to 30 September 2027", "Fiscal year 2027 (FY27) starts on 1 July
# 2026", "FY2027: 01/07/2026 – 30/06/2027"
_KEYED_FISCAL = re.compile(
    r"(?:\bFY\s*'?|\b(?:fiscal|financial)\s+year\s+)(?P<y>(?:19|20)?\d\d)\b(?!\s*[/-]\s*\d)"
    r"[^.;\d]{0,40}?(?P<day>\d{1,2}(?:st)?\s+[A-Za-z]{3,9}\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})",
    re.I,
)


def keyed_fiscal_year(texts: Iterable[str]) -> FiscalYear | None:
    """The fiscal year the rows outside a table key by its label and the first day it
    runs from; None with no key, a first day not a month's first, or keys that disagree."""
    found: set[FiscalYear] = set()
    for text in texts:
        for m in _KEYED_FISCAL.finditer(text):
            first = parse_deadline(m["day"])
            if first.due is not None and first.precision == "day" and first.due.day == 1:
                found.add(FiscalYear(first.due.month, _year(m["y"]) - first.due.year))
    return found.pop() if len(found) == 1 else None


_FIRST_MONTH: dict[QuarterRule, int] = {"financial": APRIL, "calendar": 1}
# A date right after these words is the original, kept as the baseline, or the new deadline.
_LABEL_FILLER = r"\s*(?:(?:due|date|deadline|target(?:\s+date)?)\s*)?[:=–-]?\s*"
_FILLER = _LABEL_FILLER + r"(?:(?:on|for)\s+)?"
# Verbs a cell's sentence moves a date with, before "from" or "to" ("revised from",
# "deferred to"). Not ``_REVISED_LABEL``: "new" names a column there ("New deadline")
# but is no verb ("new from April" is when a thing starts), and a column headed
# "Delayed" or "Moved" is more likely a yes/no than the deadline in force.
# ("re-profiled": fire and police plans' word for a target moved by a board)
_VERBS = (
    r"(?:revised|moved|changed|extended|deferred|delayed|rescheduled|slipped|amended"
    r"|re-?profiled)"
)
# "revised from", "was"…; or a date struck through ("~~30/11/2026~~ 31/01/2027", as a
# Word cell's strikethrough is read): the author crossed the old date out, kept on view
_ORIGINAL = _rx(
    r"(?<!\S)~~(?=\S)"
    + r"|\b(?:"
    + _VERBS
    + r"\s+from|original(?:ly)?|previously|formerly|was)\b"
    + _FILLER
)
# "31/10/2026 (original), 31/01/2027 (revised)": each date marked after it in brackets,
# as an audit report's one "Date" cell keeps both: the old one the baseline, the new one
# the deadline in force
_MARKED_ORIGINAL = _rx(r"\s*[(\[]\s*(?:original(?:ly)?|orig\.?|initial|previous|old)\s*[)\]]")
_MARKED_NEW = _rx(r"\s*[(\[]\s*(?:revised|new|current|extended|agreed\s+extension)\s*[)\]]")
# A key outside the table saying a date in brackets after another is the revised one:
# "Target date: the original target, then in square brackets any revised target",
# "New dates agreed by the board are shown in brackets"
_REVISION_WORD = r"(?:revised|new|moved|re-?profiled|re-?scheduled|amended|extended|changed)"
_KEYED_BRACKETS = re.compile(
    rf"\b(?P<square>square\s+)?brackets\b[^.;]{{0,60}}\b{_REVISION_WORD}\b"
    rf"|\b{_REVISION_WORD}\b[^.;]{{0,60}}\b(?:in|within)\s+(?P<square2>square\s+)?brackets\b",
    re.I,
)
_CLOSES = {"[": "]", "(": ")"}


def keyed_revision_brackets(texts: Iterable[str]) -> str:
    """The bracket a key outside the table says holds a revised date: "[" for square
    brackets, "(" for brackets (round, as British English means them); "" for no key, or
    keys naming both."""
    found = {
        "[" if m["square"] or m["square2"] else "("
        for text in texts
        for m in _KEYED_BRACKETS.finditer(text)
    }
    return found.pop() if len(found) == 1 else ""


def _bracketed_revisions(words: str, dates: list[_Reading]) -> list[_Reading]:
    """The dates alone in the bracket the plan keys as holding a revised date, after an
    earlier date ("30/11/2026 [31/01/2027]"); none where the plan keys no such bracket."""
    opening = _PLAN_CALENDAR.get().revised_in
    if not opening:
        return []
    return [
        r
        for r in dates
        if words[: r.start].rstrip().endswith(opening)
        and words[r.end :].lstrip().startswith(_CLOSES[opening])
        and any(o.end <= r.start for o in dates)
    ]


# "Immediate (completed 05/10/2026)", "Done (March 2026)": the day the work was done,
# not a deadline ("to be completed 31/03/2027" still names the deadline). So is a date
# labelled "actual" beside the planned one ("Planned: 30/09/2026; Actual: 19/10/2026",
# "actual completion date 06/11/2026"): when it was done, late or early, never a deadline
# moved nor a later step of the work.
_DONE_ON = _rx(
    r"(?<!\bbe )\b(?:completed|done|closed"
    r"|actual(?:\s+(?:completion|completed|finish|end|delivery))?(?:\s+date)?)\b"
    r"\s*(?:on\s+)?[:=–-]?\s*(?:[(\[]\s*)?"
)
# "Dec-26 → Mar-27": an arrow from the old date to the new one
_ARROW = r"\s*(?:→|->|⇒|=>|⟶|➔)\s*"
# "rescheduled to", "deferred until", "put back to", "revised date": words that tell of
# a move and introduce the day the work moved to
_MOVE_WORDS = (
    r"\b(?:" + _VERBS + r"\s+(?:to|until)|(?:put|pushed)\s+back\s+to|revised|re-?profiled)\b"
)
_MOVE_TO = _MOVE_WORDS + _FILLER
# A status cell's move opens it, or follows its status and a dash ("In progress – moved
# to 31/01/2027"); no "on": "revised on 12/11/2026" is the day the plan was revised
_OPENING_MOVE = _rx(_MOVE_WORDS + _LABEL_FILLER)
_STATUS_FIRST = _rx(r"(?P<status>[^:;,–—-]{1,30}?)\s*(?::|–|—|\s-)\s*")
_NEW = _rx(
    r"(?:"
    + _MOVE_TO
    + r"|\b(?:new|now)\b"
    + _FILLER
    + r"|\brev\b\.?"  # "31/08/2026 rev. 31/12/2026": the revised date typed after the first
    + _FILLER
    + r"|"
    + _ARROW
    + r")"
)
# "Orig: 31/08/2026 Now: TBC", "31/10/2026 → TBC", "revised to tbc": the deadline in
# force labelled or moved to, and not yet known. It wins as a date there would: no date,
# the earlier one the baseline, as a revised-date column's "TBC" reads. "now" and "new"
# only as a label ("now:"), so "venue now tbc" leaves the date before it alone.
_UNKNOWN_DAY = (
    r"(?:tb[cad]|to\s+be\s+(?:confirmed|agreed|decided|set|determined)|unknown"
    r"|not\s+yet\s+(?:known|agreed|set))\b(?=\s*(?:$|[.;,()\[\]–—?]|-\s))"
)
_NOW_UNKNOWN = _rx(
    r"(?:\b(?:now|new|current)(?:\s+(?:due\s+)?(?:date|deadline|target(?:\s+date)?))?"
    r"\s*(?:[:=–—]|\s-)\s*"
    + r"|"
    + _MOVE_TO
    + r"|\brev\b\.?"
    + _FILLER
    + r"|"
    + _ARROW
    + r")"
    + _UNKNOWN_DAY
)

# "Start: Sep 2026 / End: Mar 2027", a timescale as two labelled lines: the end is the
# deadline (or none, "End: ongoing"), and the start never is
_START_LABEL = _rx(r"\b(?:start|starts|starting|from)(?:\s+date)?\s*:\s*")
_END_LABEL = _rx(r"\b(?:end|ends|finish)(?:\s+date)?\s*:\s*")
# "From September 2027", "Starting Jan 2027": a start word opening the cell (or a part
# of it after a stop, a colon or a bracket), when the work starts; never "revised from",
# "week commencing"; a span's end after it ("From May 2027 to Jul 2027") stays the deadline
_OPENING_START = _rx(r"(?:^|[;:(–—]\s*)(?:from|starting|starts|start)\s+")
# A work done again and again ("From June 2027 then quarterly", "Monthly (from Jan
# 2027)"): the start is its first time, the deadline
_RECURRING = _rx(
    r"\b(?:daily|weekly|fortnightly|monthly|quarterly|termly|annually|yearly|"
    r"six[\s-]monthly|bi-?annually)\b"
)
# "Sep 2026 onwards", "From January 2027 onwards": when the work starts, with no end
# written: a start, never the deadline
_ONWARDS = _rx(r"\s*(?:onwards?|and\s+beyond)\b")

# "Interim 31/12/2026; final 31/03/2027": the final date is the deadline, and the
# interim one a milestone on the way, never a baseline the deadline moved from
_FINAL = _rx(r"\bfinal\b" + _FILLER)
# "Phase 1: 31/12/2026; Phase 2: 31/03/2027": a phased action is due at its last phase,
# the earlier ones milestones on the way (no baseline either)
_PHASE = _rx(r"\b(?:phase|stage)\s+(?:\d{1,2}|[ivx]{1,4}|[a-z])\b" + _FILLER)
# "Pilot 29/01/2027; roll-out 30/04/2027", "Design: Nov 2026, build: Feb 2027": the work
# done in steps, each named in the plan's own words (one to three words, no digits) before
# its date, parts split by ";" or ","
_STEP_SPLIT = _rx(r"[;,]")
_STEP_NAME = _rx(r"\s*[a-z][a-z'/-]*(?:\s+[a-z][a-z'/-]*){0,2}\s*[:–—-]?\s*")
# "Implement 30/11/2026; review 31/03/2027": a look back after the work is done is no
# step of the work, so the work is due at the step before it
_AFTER_THE_WORK = _rx(
    r"\b(?:review|evaluation|evaluate|post[- ]implementation|audit|follow[- ]?up|lessons)"
)
# "Ext 1: 30/09/2026 Ext 2: 31/12/2026": each extension agreed written into the one
# revised-date cell with its number; the highest is the deadline in force, the earlier
# ones history (the first of them a baseline)
_EXTENSION = _rx(r"\b(?:ext|extension|revision|rev)\.?\s*(?:no\.?\s*)?(?P<n>\d{1,2})\b" + _FILLER)


class _Reading(NamedTuple):
    """Where a rule matched, and the date it gives (None: shaped like a date, names none)."""

    start: int
    end: int
    deadline: Deadline | None
    reason: str | None


@lru_cache(maxsize=4096)  # plans repeat the same few phrases on many rows
def _scan(
    words: str,
    quarters: QuarterRule,
    month_first: bool = False,
    year_starts: int = APRIL,
    fiscal: FiscalYear | None = None,
) -> tuple[_Reading, ...]:
    numeric: Rule = (_MONTH_FIRST if month_first else _DAY_FIRST, _day)
    quarter = _quarter_of(_FIRST_MONTH[quarters])
    periods = _fy_months_of(year_starts)
    rules = [numeric, *_RULES, *periods, *((p, quarter) for p in _SINGLE_YEAR_QUARTER)]
    if fiscal is not None:  # "FY 2027" is the year the plan keys, no longer unsaid
        rules = [r for r in rules if r[1] is not _which_year] + _fiscal_rules(fiscal)
    readings: list[_Reading] = []
    for pattern, build in rules:
        for m in pattern.finditer(words):
            try:
                readings.append(_Reading(m.start(), m.end(), build(m), None))
            except NotADate as refused:
                readings.append(_Reading(m.start(), m.end(), None, refused.reason))
    return tuple(sorted(readings, key=lambda r: (r.start, -r.end)))


def _dates(
    words: str, quarters: QuarterRule, month_first: bool = False, year_starts: int = APRIL
) -> list[_Reading]:
    """Readings that give a date, leftmost and longest first.

    A reading that overlaps wording shaped like a date that names none is
    dropped: "Feb 30 2027" must not become February 2030 or 31 December 2027.
    """
    kept = _PLAN_CALENDAR.get()
    readings = _scan(words, quarters, month_first, year_starts, kept.fiscal)
    if kept.dates is not None:
        readings = _days_not_years_gone(words, readings, kept.dates)
    refused = [r for r in readings if r.deadline is None]
    return [r for r in readings if r.deadline is not None and not _overlaps(r, refused)]


# A month's word then two figures, which alone are read as its year: "dec 19", "mar-20"
# (an apostrophe, "dec '19", marks the figures as a year and is never read so)
_MONTH_TWO_FIGURES = _rx(_MON + r"[\s,/-]*(?P<y>\d\d)")
# How many years before the plan's own date a deadline may name and still be one
_YEARS_GONE = 2


def _days_not_years_gone(
    words: str, readings: tuple[_Reading, ...], dates: PlanDates
) -> tuple[_Reading, ...]:
    """The readings, each month and two figures whose year is more than two years gone
    by the plan's own date read as that month's day instead ("dec 19" in a plan of 2026:
    19 Dec, the year nearest the plan's deadlines); dropped where the figures are no day
    of the month ("nov 88"). A plan's deadline is not years gone when it is written. Not
    a month inside a longer date ("31-oct-19"), whose figures are its year."""
    kept = (_as_a_day(words, r, readings, dates) for r in readings)
    return tuple(r for r in kept if r is not None)


def _as_a_day(
    words: str, reading: _Reading, readings: tuple[_Reading, ...], dates: PlanDates
) -> _Reading | None:
    """The reading, or the month's day its two figures name where as a year they are
    years gone by the plan's date; None where they are no day of the month either."""
    m = _MONTH_TWO_FIGURES.fullmatch(words, reading.start, reading.end)
    due = reading.deadline.due if m and reading.deadline else None  # the figures a year
    dated = dates.dated(due) if m and due else None
    if m is None or due is None or dated is None or due.year >= dated.year - _YEARS_GONE:
        return reading
    if _inside_a_longer(reading, readings):
        return reading
    day = _day_nearest(int(m["y"]), MONTHS[m["mon"]], dates.near(due, dated))
    return reading._replace(deadline=Deadline(day, "day")) if day else None


def _inside_a_longer(reading: _Reading, readings: tuple[_Reading, ...]) -> bool:
    """Another reading holds this one and more ("oct-19" inside "31-oct-19")."""
    return any(
        o.start <= reading.start
        and reading.end <= o.end
        and o.end - o.start > reading.end - reading.start
        for o in readings
    )


def _day_nearest(day: int, month: int, near: dt.date) -> dt.date | None:
    """That day of the month in the year that puts it nearest ``near``; None where no
    year near has it ("30 February")."""
    days = [
        dt.date(year, month, day)
        for year in (near.year - 1, near.year, near.year + 1)
        if _exists(year, month, day)
    ]
    return min(days, key=lambda d: abs((d - near).days), default=None)


def plan_dates(
    position: dt.date | None, deadlines: Iterable[dt.date], today: dt.date | None
) -> PlanDates:
    """What dates a plan: its position date, the deadlines it writes, the import's day."""
    written = tuple(sorted(deadlines))
    return PlanDates(position, today, written, hash(written))


def _overlaps(reading: _Reading, others: list[_Reading]) -> bool:
    return any(reading.start < o.end and o.start < reading.end for o in others)


def _introduced_by(pattern: re.Pattern[str], words: str, dates: list[_Reading]) -> list[_Reading]:
    """The dates that start right where ``pattern`` ends ("revised from |Jun 2020")."""
    starts = {m.end() for m in pattern.finditer(words)}
    return [r for r in dates if r.start in starts]


def _marked_by(pattern: re.Pattern[str], words: str, dates: list[_Reading]) -> list[_Reading]:
    """The dates that ``pattern`` follows right after ("31/01/2027| (revised)")."""
    return [r for r in dates if pattern.match(words, r.end)]


# Two months joined by a slash, the first with its year: "dec 26/jan 27" is a span
# from December 2026 to January 2027 (due at its end), never the 26th of January
_MONTH_YEAR_SLASH_MONTH = re.compile(
    rf"\b((?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+\d{{2}}(?:\d{{2}})?)/"
    rf"(?=(?:{'|'.join(MONTHS)})\b)"
)


def _words(text: str) -> str:
    words = " ".join(text.lower().split())
    if "term" in words and _PLAN_CALENDAR.get().six_terms:
        words = _SIX_TERM.sub(_as_half_term, words)
    return _MONTH_YEAR_SLASH_MONTH.sub(r"\1 - ", words) if "/" in words else words


def _as_half_term(m: re.Match[str]) -> str:
    """ "term 2" as "ht    2": the half term a year of six terms numbers, the words kept
    as long, so a reading's place in them is its place in the text as written."""
    return "ht" + " " * (len(m[0]) - 3) + m[1]


def _without_a_start_of_the_work(words: str, dates: list[_Reading]) -> list[_Reading]:
    """The dates but those a start word opens ("From September 2027", "Start Jan 2027;
    end Jun 2027"): when the work starts over a period is no deadline. A start stays
    the deadline where it is the only date and names its day ("From 1 April 2027": the
    day a change comes into force, as an implementation date is) or the first time of a
    work done again and again ("From June 2027 then quarterly")."""
    starts = _introduced_by(_OPENING_START, words, dates)
    rest = [r for r in dates if not _overlaps(r, starts)]
    if rest or not starts:
        return rest
    on_a_day = all(r.deadline and r.deadline.precision == "day" for r in starts)
    return dates if on_a_day or _RECURRING.search(words) else rest


def _deadline_and_original(
    text: str,
    quarters: QuarterRule,
    month_first: bool = False,
    year_starts: int = APRIL,
    moved: bool = False,
) -> tuple[_Reading | None, _Reading | None]:
    words = _words(text)
    readings = _dates(words, quarters, month_first, year_starts)
    done_on = _introduced_by(_DONE_ON, words, readings)
    dates = [r for r in readings if not _overlaps(r, done_on)]
    if _END_LABEL.search(words):
        return _labelled_end(words, dates), None
    dates = [r for r in dates if not _overlaps(r, _introduced_by(_START_LABEL, words, dates))]
    dates = _without_a_start_of_the_work(words, dates)
    dates = [r for r in dates if not _ONWARDS.match(words, r.end)]
    new = _introduced_by(_NEW, words, dates) + _marked_by(_MARKED_NEW, words, dates)
    new += _bracketed_revisions(words, dates)
    new.sort(key=lambda r: r.start)
    original = _introduced_by(_ORIGINAL, words, dates) + _marked_by(_MARKED_ORIGINAL, words, dates)
    final = _introduced_by(_FINAL, words, dates)
    phased = _introduced_by(_PHASE, words, dates)
    extended = _numbered_extensions(words, dates)
    unknown = _unknown_now(words, new)
    if unknown is not None:
        deadline: _Reading | None = None
        earlier = original or [r for r in dates if r.end <= unknown]
    elif new:
        deadline = max(new, key=lambda r: (r.start, r.end))
        earlier = original or [r for r in dates if r.end <= new[0].start]
    elif final:
        deadline, earlier = final[-1], original
    elif len(phased) > 1:
        deadline, earlier = phased[-1], original
    elif len(extended) > 1:
        deadline, earlier = extended[-1], original or extended[:-1]
    elif steps := _named_steps(words, dates):
        deadline, earlier = steps[-1], original
    elif slipped := _slipped_dates(text, words, dates):
        # the work ends at the last date either way; the first is a baseline only where
        # the plan says its deadlines moved (a list of milestones is no slip)
        deadline, earlier = slipped[-1], slipped[:-1] if moved else original
    else:
        deadline = next((r for r in dates if not _overlaps(r, original)), None)
        deadline = _range_end(deadline, words, dates)
        earlier = original
    return deadline, next((r for r in earlier if r != deadline), None)


def _unknown_now(words: str, new: list[_Reading]) -> int | None:
    """Where the last label of the deadline in force starts, when it names no day yet
    ("orig: 31/08/2026 now: tbc"); None where none does, or a new date follows it."""
    last = None
    for m in _NOW_UNKNOWN.finditer(words):
        last = m
    if last is None or any(r.start >= last.end() for r in new):
        return None
    return last.start()


def moved_to_day(
    text: str, is_status: Callable[[str], bool], month_first: bool = False
) -> tuple[str, Deadline] | None:
    """The day a status cell opens by moving the work to, and its wording: "Rescheduled
    to 31/01/2027", "Deferred to 28 Feb 2027 – awaiting data", "In progress – moved to
    31/01/2027" (``is_status`` tells the status before a dash). None where the move is
    not the cell's own news ("Delayed – panel moved to 14/01/2027": a meeting moved, the
    action's deadline did not) or names no day: "Deferred to Q1 2027/28" says when the
    work may resume, not a deadline agreed; "Rescheduled" alone names none."""
    words = _words(text)
    status = _STATUS_FIRST.match(words)
    move = _OPENING_MOVE.match(words, status.end() if status and is_status(status["status"]) else 0)
    if move is None:
        return None
    days = [r for r in _dates(words, "financial", month_first) if r.start == move.end()]
    if not days or days[0].deadline is None or days[0].deadline.precision != "day":
        return None
    return _as_written(text, words, days[0].start, days[0].end), days[0].deadline


# A progress cell's sentence whose subject is the action's own deadline and says it moved:
# "Deadline moved to March 2027", "Target date revised to 31/01/2027", "New deadline: 30
# Sept 2027", "Revised deadline TBC". The subject opens the sentence ("the" or "the
# action's" at most before it), so "Member workshop moved to …" and "The consultation
# deadline moved to …" (a meeting's, another body's) move nothing, nor does "we hope the
# deadline can be moved" (no move made). The date or TBC follows at once.
_DEADLINE_NOUN = r"(?:deadline|(?:target\s+)?(?:completion|due|target|end)\s+date)"
_NEWS_MOVE = _rx(
    r"^(?:the\s+)?(?:action(?:'s|\u2019s)?\s+|overall\s+)?(?:"
    r"(?:new|revised|amended|extended|updated)\s+"
    + _DEADLINE_NOUN
    + r"(?:\s+(?:is|of|now))?\s*(?:[:=\u2013\u2014]|\s-)?\s*(?:(?:is|to)\s+(?!be\b))?"
    r"|" + _DEADLINE_NOUN + r"\s+(?:(?:has\s+been|was|is|now)\s+)?" + _VERBS + r"\s+(?:to|until)\s+"
    r"|" + _DEADLINE_NOUN + r"\s+(?:is\s+)?now\s*(?:[:=\u2013\u2014]|\s-)?\s*"
    r")"
)
# Where a sentence (or a clause set off by a dash or a semicolon) starts in a cell
_CLAUSE = re.compile(r"(?<=[.;!?])\s+|\n+|\s[\u2013\u2014-]\s")


def deadline_moved_in_news(
    text: str, month_first: bool = False
) -> tuple[str, Deadline | None] | None:
    """The deadline a piece of news says the action's own deadline moved to, and its
    wording: ("March 2027", 31 Mar 2027) for "Deadline moved to March 2027 – …",
    ("TBC", None) for "Revised deadline TBC". Of several, the last. None where no
    sentence says so, or one names no date nor TBC."""
    found: tuple[str, Deadline | None] | None = None
    for clause in _CLAUSE.split(text):
        words = _words(clause)
        m = _NEWS_MOVE.match(words)
        if m is None:
            continue
        if unknown := re.match(_UNKNOWN_DAY, words[m.end() :]):
            end = m.end() + unknown.end()
            found = (_as_written(clause, words, m.end(), end), None)
            continue
        days = [r for r in _dates(words, "financial", month_first) if r.start == m.end()]
        if days and days[0].deadline is not None and days[0].deadline.due is not None:
            found = (_as_written(clause, words, days[0].start, days[0].end), days[0].deadline)
    return found


def _as_written(text: str, words: str, start: int, end: int) -> str:
    """``words[start:end]`` in the case ``text`` has it, where only its spacing differs."""
    spaced = " ".join(text.split())
    return (spaced if len(spaced) == len(words) else words)[start:end]


def _named_steps(words: str, dates: list[_Reading]) -> list[_Reading]:
    """The dates of a cell written as two named steps or more ("pilot 29/01/2027;
    roll-out 30/04/2027"), in order, or none: every part a step's name then one date and
    nothing after, the dates rising. A part with no name, or dates out of order, is no
    sequence of steps, and the first date stands as ever. A review, evaluation or audit
    after the work ("implement 30/11/2026; review 31/03/2027") is left off the end: the
    work is done at the step before it."""
    steps: list[_Reading] = []
    after_the_work: list[bool] = []
    start = 0
    for part in [*_STEP_SPLIT.finditer(words), None]:
        end = part.start() if part else len(words)
        inside = [r for r in dates if start <= r.start and r.end <= end]
        if not inside or not all(_overlaps(r, inside[:1]) for r in inside):
            return []  # no date, or two apart ("nov 2026" holds its year: one date)
        date = inside[0]  # leftmost and longest
        # the name runs up to the date, so a month written in words ("review jan 27")
        # is the date's, never a word of the step's name
        name = _STEP_NAME.fullmatch(words, start, date.start)
        if name is None or name.end() == start:
            return []
        if words[date.end : end].strip(" ."):
            return []  # words after the date: more than a step's day
        steps.append(date)
        after_the_work.append(_AFTER_THE_WORK.search(words, start, date.start) is not None)
        start = part.end() if part else end
    dues = [r.deadline.due if r.deadline else None for r in steps]
    days = [due for due in dues if due is not None]
    rising = len(days) == len(dues) and all(a < b for a, b in pairwise(days))
    if len(steps) < 2 or not rising:
        return []
    while len(steps) > 1 and after_the_work[len(steps) - 1]:
        steps.pop()
    return steps


def _numbered_extensions(words: str, dates: list[_Reading]) -> list[_Reading]:
    """The dates each numbered extension gives ("ext 1: 30/09/2026 ext 2: 31/12/2026"),
    lowest number first, so the last is the one in force."""
    numbered = {m.end(): int(m["n"]) for m in _EXTENSION.finditer(words)}
    found = [(numbered[r.start], r) for r in dates if r.start in numbered]
    return [r for _, r in sorted(found, key=lambda pair: pair[0])]


# "21/10/26, 04/11/26, 18/11/26": a due date moved at each board, the new one added after
# the old on the same line; commas only (dates one a line are a register of meetings)
_SLIP_JOIN = re.compile(r"\s*,\s*")
# A header that says its dates moved: "Due (revised)", "Target date (slipped dates)".
# Not ``_REVISED_LABEL``: this one decides whether a cell's earlier dates are baselines,
# which a header of a date's history says ("Slippage", "Revisions", "Re-baselined"); that
# one whether a column or line is the deadline in force, which "New", "Amended" and
# "Extended" name but "Slippage" (days late) or "Revisions" (a count) do not.
_MOVED = re.compile(
    r"\b(?:revised|revisions?|moved|slipped|slippage|re-?scheduled|re-?baselined|deferred)\b",
    re.IGNORECASE,
)
# A column's header or a labelled line naming the deadline in force after a move:
# "Revised date", "New deadline", "Amended target", "Extended to", "Re-profiled date".
# Not "Forecast date", the lead's projection of when the work will finish, which moves
# no target.
_REVISED_LABEL = re.compile(r"\b(?:revised|amended|extended|re-?profiled|new)\b", re.IGNORECASE)


def says_dates_moved(header: str) -> bool:
    """The header names its dates as moved ones, so earlier dates in a cell are baselines."""
    return _MOVED.search(header) is not None


def names_revised_deadline(label: str) -> bool:
    """The header or label names the deadline as moved to a new one ("Revised date",
    "New deadline"): it wins over the original."""
    return _REVISED_LABEL.search(label) is not None


def _slipped_dates(text: str, words: str, dates: list[_Reading]) -> list[_Reading]:
    """The dates of a cell that is nothing but dates on one line, parted by commas, each
    later than the one before: the deadline moved and moved again, the last in force."""
    if "\n" in text.strip():
        return []
    chain: list[_Reading] = []
    for reading in dates:
        if not chain or reading.start >= chain[-1].end:
            chain.append(reading)
    if len(chain) < 2 or words[: chain[0].start].strip() or words[chain[-1].end :].strip(" ."):
        return []
    joined = all(_SLIP_JOIN.fullmatch(words, a.end, b.start) for a, b in pairwise(chain))
    dues = [r.deadline.due if r.deadline else None for r in chain]
    rising = all(a is not None and b is not None and a < b for a, b in pairwise(dues))
    return chain if joined and rising else []


def _labelled_end(words: str, dates: list[_Reading]) -> _Reading | None:
    """The date on a timescale's "End:" line; None when that line names none."""
    ends = _introduced_by(_END_LABEL, words, dates)
    return ends[-1] if ends else None


# "01/04/2026 – 30/06/2026", "April 2026 to March 2027": a timescale is due at its end.
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till|through)\s*")
# "Between Nov 2026 and Feb 2027": a window the work is to land in, due at its end. "and"
# joins a range only after "between" ("Nov 2026 and again in Feb 2027" is two dates).
_WINDOW_OPENS = re.compile(r"\bbetween\s+$")
_WINDOW_JOIN = re.compile(r"\s*and\s*")


def _range_end(first: _Reading | None, words: str, dates: list[_Reading]) -> _Reading | None:
    """The later date of a range that ``first`` opens; else ``first`` itself."""
    if first is None or first.deadline is None or first.deadline.due is None:
        return first
    joins = [_RANGE_JOIN]
    if _WINDOW_OPENS.search(words[: first.start]):
        joins.append(_WINDOW_JOIN)
    for later in dates:
        due = later.deadline.due if later.deadline else None
        joined = later.start >= first.end and any(
            join.fullmatch(words, first.end, later.start) for join in joins
        )
        if joined and due is not None and due > first.deadline.due:
            return later
    return first


def is_period(text: str, *, month_first: bool = False) -> bool:
    """Two dates joined as a span ("2026-10-01 - 2026-12-18", "April 2026 to March
    2027"): a timeline, whose deadline is its end."""
    words = _words(text)
    dates = _dates(words, "financial", month_first)
    return bool(dates) and _range_end(dates[0], words, dates) is not dates[0]


def names_only_a_period(text: str) -> bool:
    """The whole text is one date ("Q3 2026/27", "Oct 2026"), as a timeline's column
    header is: a period, never a question nor a name."""
    words = _words(text)
    return any(r.start == 0 and r.end == len(words) for r in _dates(words, "financial"))


def names_only_the_day(text: str, day: dt.date) -> bool:
    """The whole text is that one day and nothing more ("31/03/2026", "31 March 2026"),
    as a plan's "Original Target Date" cell gives an action's baseline deadline."""
    reading = parse_deadline(text)
    return reading == (day, "day") and names_only_a_period(text)


# The words that lead a title's date once it is taken out: "… as at", "… position at"
_DATE_LEAD = re.compile(r"(?:\b(?:as\s+(?:at|of)|at|of|for|dated|to|in|on)\s*)+$", re.IGNORECASE)


def without_dates(title: str) -> str:
    """A title's words with its dates and the words leading them taken out, lower case,
    no punctuation: "… Recommendations as at November 2026" and "… as at October
    2026" are one plan's title, as next month's file of a plan is titled alike."""
    words = _words(title)
    cut, end = [], 0
    for r in _dates(words, "financial"):  # leftmost and longest first
        if r.start >= end:
            cut.append(r)
            end = r.end
    for r in reversed(cut):
        words = _DATE_LEAD.sub("", words[: r.start].rstrip()) + " " + words[r.end :]
    return " ".join(re.findall(r"[^\W_]+", words))


def parse_deadline(
    text: str,
    today: dt.date | None = None,
    *,
    quarters: QuarterRule = "financial",
    month_first: bool = False,
    year_starts: int = APRIL,
) -> Deadline:
    """Deadline wording from an imported plan → due date + precision. Never guesses.

    ``today`` is accepted for symmetry with ``parse_due_input`` and ignored:
    written deadlines are never read relative to the day of import.
    ``month_first`` reads "10/30/2026" as a US export writes it, for a column
    that ``month_first_example`` finds so written. ``year_starts`` is the month a
    financial year's first month or period is ("P1 = April", as a plan keys it):
    "P10 2026/27" counts from it. The calendar of the plan being built
    (:func:`plan_calendar`) says how its year is counted: in a school year of six terms
    "Term 2 2026/27" is that academic year's second half term.
    """
    return _written_deadline(text, quarters, month_first, year_starts, _PLAN_CALENDAR.get())


# A term numbered in an academic year, "Term 2 2026/27": in a school year of six terms it
# is the year's second half term, read as "HT2 2026/27"
_SIX_TERM = re.compile(r"\bterm\s*([1-6])(?=\s*,?\s*(?:of\s+)?(?:19|20)\d\d\s*[/-]\s*\d\d)", re.I)
# Words saying a plan's school year has six terms: a key naming a fifth or sixth term
# ("Term 6 is June–July"), a timescale "Term 5 2026/27", or "six-term year"
_SIX_TERM_YEAR = re.compile(r"\bterm\s*[56]\b|\bsix[\s-]+terms?\b", re.I)


def six_term_year(texts: Iterable[str]) -> bool:
    """The plan keeps a school year of six terms, as many English authorities set: a
    term numbered 5 or 6, or "six-term", anywhere in it. Without that, "Term 2 2026/27"
    may be a Scottish or Welsh term, which ends when the council says: no date. One
    search over all the texts (a plan's every row): no match runs on across the NUL
    set between them, as none runs from one text into the next. Every match holds
    "term", looked for first in a twentieth of the time: a plan that never writes it
    skips the slower search. (Only T, t, E, e, R, r, M and m match those letters with
    the case ignored, and no other character lowers to any of them.)"""
    text = "\0".join(texts)
    return "term" in text.lower() and _SIX_TERM_YEAR.search(text) is not None


# The words after an action's last "by", with what may stand before the date itself
_BY = re.compile(r"\bby\s+(?:no\s+later\s+than\s+)?", re.IGNORECASE)
_END_OF = re.compile(r"(?:the\s+)?(?:end\s+of\s+)?")


def closing_deadline(text: str) -> tuple[str, Deadline] | None:
    """The date an action's own words close with ("… – by 31/08/2026.", "…, the first
    report by end of March 2027") and its wording, where a plan has no deadline column.
    Only when everything after the last "by" is the date: "approved by the committee on
    22 September 2026" and "in place since 12/05/2026" name no deadline."""
    found = list(_BY.finditer(text))
    if not found:
        return None
    wording = text[found[-1].end() :].strip().rstrip(".;").strip()
    words = _words(wording)
    start = cast(re.Match[str], _END_OF.match(words)).end()
    if not any(r.start == start and r.end == len(words) for r in _dates(words, "financial")):
        return None
    deadline = parse_deadline(wording)
    return (wording, deadline) if deadline.due is not None else None


def opening_deadline(phrase: str) -> tuple[str, Deadline] | None:
    """The date a "by" phrase opens with, and its wording, where words follow it: "by 31
    March 2027 or earlier", "by 31 Mar. 2027 - Board", "by April 2027 / May 2027" (the
    first named). None where other words come first: "by the Board in June 2027"."""
    found = _BY.match(phrase)
    if found is None:
        return None
    wording = phrase[found.end() :]
    words = _words(wording)
    start = cast(re.Match[str], _END_OF.match(words)).end()
    opening = [r for r in _dates(words, "financial") if r.start == start]
    if not opening:
        return None
    written = _as_written(wording, words, 0, opening[0].end)
    deadline = parse_deadline(written)
    return (written, deadline) if deadline.due is not None else None


# What puts a date behind the work, when it began: "in place since March 2026"
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:start\s+of\s+|end\s+of\s+)?$")


def dated_in_passing(text: str) -> bool:
    """A deadline cell whose one date is the time the work has been so since ("In place
    since April 2026", "Caseload below 18 since March 2026, to be sustained"), never
    its deadline. Any other date in a sentence is its deadline ("Launch in September
    2027 (subject to funding)", "Sign off at March 2027 Cabinet")."""
    if "since" not in text.lower() or "\n" in text.strip():
        return False  # no "since" (most cells: cheap); lines of their own read as wording
    words = _words(text)
    dates: list[_Reading] = []
    for reading in _dates(words, "financial"):  # leftmost and longest first
        if not _overlaps(reading, dates):  # "march 2026", not its "2026" too
            dates.append(reading)
    if len(dates) != 1:
        return False  # two dates or more: a revision, a span or phases, read as such
    return _SINCE.search(words[: dates[0].start]) is not None


# An ISO date with its time ("2025-03-31T17:00:00", a workbook's date cell holding a time).
_ISO_TIME = re.compile(r"^(\s*\d{4}-\d{2}-\d{2})T(?=\d{2}:\d{2})")


def _eight_figure_day(text: str) -> dt.date | None:
    """A cell that is only ISO's basic date, eight figures yyyymmdd ("20261031"), as a
    compliance system exports it, if they make a real day of 1990 to 2100. Only the whole
    cell: the same figures inside words are a reference number, never a day."""
    m = _EIGHT_FIGURES.fullmatch(text.strip())
    if m is None:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None  # "20260231": no such day, so a number


@lru_cache(maxsize=8192)  # plans repeat the same few deadlines and headers on every row
def _written_deadline(
    text: str, quarters: QuarterRule, month_first: bool, year_starts: int, kept: PlanCalendar
) -> Deadline:
    """``kept``, the plan's calendar the words are read by, keys the cache only."""
    if (basic := _eight_figure_day(text)) is not None:
        return Deadline(basic, "day")
    text = _ISO_TIME.sub(r"\1 ", text)  # the day, as "2025-03-31 17:00" is read
    text = _YEAR_PAIR_DASH.sub(_hyphened_year_pair, text)
    deadline, _ = _deadline_and_original(text, quarters, month_first, year_starts)
    found = deadline.deadline if deadline and deadline.deadline else OPEN
    if found.precision == "year" and _names_a_time_within_the_year(text):
        return OPEN  # "Easter 2025" is in spring, not by 31 December: no date beats a wrong one
    if deadline and _names_a_part_of_the_year(_words(text), deadline):
        return OPEN  # "Epiphany Term 2027" ends when the university says, not by 31 December
    if deadline and found.precision == "year" and _numbered_part(_words(text), deadline):
        return OPEN  # "Block 1 2026/27" ends when the plan says, not at the year's end
    return found


# A year and a later one joined by an en or em dash, "2025–26" or "2026–28" as Word types
# a hyphen, or two four-figure years by "to" ("2026 to 2027", as GOV.UK writes a
# financial year): the same year pair or span as "2025-26" and "2026-28" (never the
# first year's end). Not a year then the day of a range's end: "Oct 2026 – 28 Feb 2027".
_YEAR_PAIR_DASH = re.compile(
    r"\b((?:19|20)\d\d)(?:\s*[–—]\s*(\d\d(?:\d\d)?)|\s+to\s+((?:19|20)\d\d))\b(?![–—/-]\d)"
    rf"(?![\s.,/-]*(?:{_MONTH_WORDS})(?![a-z]))",
    re.IGNORECASE,
)
# A month's word right before the first year: "April 2026 to 2027" is a range of months
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_WORDS})\.?\s*$", re.IGNORECASE)


def _hyphened_year_pair(m: re.Match[str]) -> str:
    first, second = int(m[1]), m[2] or m[3]
    # two figures after a dash are read as after a hyphen whatever they are, and so are
    # four one or two years on
    if m[2] and (len(second) == 2 or int(second) in (first + 1, first + 2)):
        return f"{m[1]}-{second}"
    # four figures further on or after "to": a span of financial years ("2024–2030",
    # "2024 to 2030"), unless a month leads it ("April 2026 to 2027", a range of months)
    if int(second) > first and not _MONTH_BEFORE.search(m.string[: m.start()]):
        return f"{m[1]}-{second}"
    return m[0]


# A named term written right before its year: any "… Term 2027" ("Michaelmas Term
# 2026", "Summer Term 2027"), or a collegiate university's term by its name alone
# ("Hilary 2027", "Trinity 2027"). It ends when the university's calendar says.
_NAMED_TERM = r"(?:\bterm|\b(?:michaelmas|hilary|trinity|epiphany|lent))\s+(?:19|20)\d\d\b"
# A law named with its year, "Care Act 2014", "the Fire Safety (England) Regulations
# 2022": the year it was made, a title, not a deadline.
_LAW_TITLE = r"\b(?:act|regulations)\s+(?:19|20)\d\d\b"
_TERM_OR_LAW_AT_END = re.compile(rf"(?:{_NAMED_TERM}|{_LAW_TITLE})$")


def _names_a_part_of_the_year(words: str, reading: _Reading) -> bool:
    """A year alone read as the end of a named term or the title of a law ("Michaelmas
    Term 2026", "Care Act 2014"): a day no rule reads, which the year's end would date
    wrong. Any other word before the year leaves it the year ("Deadline 2027")."""
    if not re.fullmatch(r"\d{4}", words[reading.start : reading.end]):
        return False
    before = words[: reading.end]
    return _TERM_OR_LAW_AT_END.search(before) is not None


# A word and a number right before a year, or "of" it: a numbered part of that year
# ("Block 1 2026/27", "Sprint 4 2026/27", "Cycle 3 2026"). The parts a rule knows read as
# their own dates (a quarter, half, term, month or period), never as the year; a colon
# or a dash after the number makes a label before its date ("Phase 2: 2027").
_NUMBERED_PART = re.compile(r"\b(?P<part>(?P<word>[a-z]+)\s*\d{1,2})\s+(?:of\s+)?$")


def _numbered_part(words: str, reading: _Reading) -> re.Match[str] | None:
    """The numbered part of the year a year-only reading would date at the year's end;
    a month's day ("Dec 12 2026") is none."""
    m = _NUMBERED_PART.search(words[: reading.start])
    return m if m and m["word"] not in MONTHS and m["word"] not in WEEKDAYS else None


def undefined_part_of_the_year(text: str) -> str | None:
    """The part of a year a deadline names that no rule dates and that so gives no date,
    as written ("Block 1" of "Block 1 2026/27"), for the warning; None otherwise."""
    words = _words(text)
    for reading in _dates(words, "financial"):
        if reading.deadline and reading.deadline.precision == "year":
            if part := _numbered_part(words, reading):
                return _as_written(text, words, part.start("part"), part.end("part"))
    return None


# Wording of a time inside the year that no rule reads: "Easter 2025", "Feb half-term
# 2027" (a month not written as a date: "March 2019" is one, read on its own)
_WITHIN_THE_YEAR = re.compile(
    r"\b(?:easter|whitsun|pentecost|half[\s-]*terms?)\b|" + _MON + r"(?!\s*['’]?\d)",
    re.IGNORECASE,
)


def _names_a_time_within_the_year(text: str) -> bool:
    """A year-only reading of words that name a month or a holiday would put the
    deadline at the year's end, months late; "may" in lower case is the verb."""
    return any(m[0] != "may" for m in _WITHIN_THE_YEAR.finditer(text))


# Wording of when that gives no date but says a time all the same: a school's "Oct half
# term 2026", "Easter 2027", "Autumn 2", and the open "Immediate", "Ongoing"
_TIME_WORDING = re.compile(
    r"\b(?:(?:autumn|spring|summer)\s*(?:term|[12])\b|terms?\b|termly|immediate(?:ly)?"
    r"|ongoing|asap|christmas)",
    re.IGNORECASE,
)
_NAMED_YEAR = re.compile(_NAMED_TERM, re.IGNORECASE)
_TIME_WORDING_WORDS = 6  # longer is a sentence that mentions a time, not a time


def names_a_time(text: str) -> bool:
    """A date, or short wording of a time no rule dates ("Oct half term 2026",
    "Easter 2027", "Immediate"): a deadline as written, evidence of a column of them."""
    if parse_deadline(text).due is not None:
        return True
    if len(text.split()) > _TIME_WORDING_WORDS:
        return False
    named_year = _NAMED_YEAR.search(text) is not None  # "Hilary 2027": a term, undated
    return named_year or _names_a_time_within_the_year(text) or bool(_TIME_WORDING.search(text))


# ISO's basic date, yyyymmdd ("20261031"), in the years 1990 to 2100 only
_EIGHT_FIGURE_DAY = r"(?:199\d|20\d\d|2100)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)"
_EIGHT_FIGURES = re.compile(
    r"(?P<y>199\d|20\d\d|2100)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])", re.ASCII
)
# "12NOV26", "05Nov2026": the run-together day a deadline is written in, unnamed
_RUN_TOGETHER_DAY = _run_together_day(named=False)
# A day a note is signed with: "02/11/2026", "2 November 2026", "12NOV26" (a year alone
# signs nothing).
_SIGNED_DAY = (
    r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}"
    rf"|{_RUN_TOGETHER_DAY}"
)
# A writer's initials signing a line of news: "JK", "KD", "AMS"
_INITIALS = r"[A-Z]{2,3}"
# ISO 8601's date-time, as a system's export stamps an entry ("2026-10-06T00:00:00Z",
# "2026-10-06T09:14:05.123+01:00"): the time and its zone are no part of the day.
_ISO_DATE_TIME = (
    r"\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+\-]\d{2}(?::?\d{2})?)?)?"
)
# A deed's day, as ``_DAY_IN_WORDS`` reads it, opening a line of news in any case: "The
# fourth of November 2026 – …", "The 2nd day of November 2026: …"
_DAY_IN_WORDS_NEWS = (
    rf"(?i:(?:the\s+)?(?:{DAY_WORDS}\s+(?:day\s+)?(?:of\s+)?|\d{{1,2}}(?:st|nd|rd|th)?\s+day\s+of\s+)"
    rf"(?:{_MONTH_WORDS})\.?,?\s+(?:\d{{4}}|{YEAR_WORDS}))"
)
# A date that opens a paragraph of news: "12/01/24 –", "January 2024:". Not grouped where
# it is used: the last choice stays last, as patterns add to it ("… 2024" then a dash).
_NEWS_DATE = (
    rf"{_RUN_TOGETHER_DAY}|\d{{1,2}}[/.\-](?:\d{{1,2}}|[A-Za-z]{{3}})[/.\-]\d{{2,4}}|{_ISO_DATE_TIME}"
    rf"|{_EIGHT_FIGURE_DAY}|{_DAY_IN_WORDS_NEWS}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{2,4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{4}"
)
# Words that may come before the date and still leave the date naming the news's day:
# a news word ("Update 10.10.26: estates works started", "Position 16/11/2026: …",
# "Progress", "Status", "Note"); "As at 15/11/2026: …" or "As of 14/11/2026, …", the day
# the position was taken, "at" perhaps written "@" or after the news word
# ("Position @ 12/11/26 – …");
# a week's label (``_WEEK_LABEL``: "w/e 13/11/26 – 10 of 14 written", "w/c 02/11/26: …",
# "Week ending 20/11/2026 – …"); the day of the week ("Mon 02/11/2026 – audit
# complete", "Thursday 01/10/2026: …"). An audit's "Follow-up 15/10/2026: …" is news
# too (the noun; "Follow up 12/12/2026 with …" asks for work yet to come), and so is
# news told in the past tense: "Updated 12/11/26: …", "Followed up 14/11/2026: …". A news word,
# "to" or "at" and the meeting that heard it (``_SOURCE``) still leave the day the
# news's: "Update to Improvement Board 19/11/2026: …" is news of 19 November 2026.
_NEWS_WORD = r"(?i:updated?|follow-?up|followed\s+up|position|progress|status|note)"
# Who wrote a line of news, or heard it, named before its day: the writer's initials
# ("JW"), a meeting's initials and name ("SLT", "PEEL Board", "F&P Committee") or a
# meeting named in words ("Quality Committee"). A capitalised word alone names no one:
# "By 31/03/27 – all staff trained", "Since 01/09/26: …" say when, not who.
# The last word of a meeting's name: a body that meets (people's one list), "Cabinet",
# or "Meeting" itself ("Team Meeting 03/11/26: …")
_MEETING_WORDS = (*MEETING_BODY_WORDS, "meeting", "cabinet")
_MEETING = rf"(?:{'|'.join(w.capitalize() for w in _MEETING_WORDS)})"
# Capitals that say when, not who: "ETA Mar 27: system live" (estimated time of
# arrival), "TBC Jan 27 – …" (to be confirmed), "DUE …", "NEXT …" name a month to come,
# no meeting's news. Two letters stay initials ("BY", "TO" may be a writer's).
_TIME_ABBREVIATIONS = "eta|tbc|tba"
_NOT_TIME_CAPITALS = rf"(?!(?i:due|next|{_TIME_ABBREVIATIONS})\b)"
_SOURCE = (
    rf"(?:{_NOT_TIME_CAPITALS}[A-Z][A-Z&]{{1,4}}(?:\s+[A-Z][a-z]+)?"
    rf"|(?:[A-Z][\w&]*\s+){{0,3}}{_MEETING})"
)
# "at" or the at-sign that stands for it: "As at 15/11/2026", "Position @ 12/11/26 – …"
_AT = r"(?:at\s+|@\s*)"
# Who gave the news, after a news word and "from": a name, perhaps a rank or title before
# it ("Update from Ch Insp Owen Pryce 04/11/26: …", "Update from Sian Morgan 06/11/26: …").
_GIVER = r"(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
_NEWS_FROM = rf"{_NEWS_WORD}\s+(?i:from)\s+{_GIVER}\s+"
# News told to a meeting, in the past tense, before the meeting and its day: "Reported to
# QSC 12/11/26: …", "Presented to Cabinet 18/11/2026 – …", "Taken to the Audit Committee
# 03/11/26: …" is what that meeting heard that day, as "Update to SLT 19/11/26: …" is.
_TOLD = r"(?i:reported|presented|tabled|taken|submitted|escalated)"
# The day of the week before the day ("Mon 02/11/2026 – …", "Thursday 01/10/2026: …", and
# with no year, "Thu 19/11 – …", as a weekly huddle logs its lines)
_WEEKDAY = r"(?i:(?:mon|tues?|weds?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\.?,?"
# A week's label before its day: "w/e 13/11/26" (week ending), "w/c 02/11/26" (week
# commencing), "w/b 02/11" (week beginning), or the words written out
_WEEK_LABEL = r"(?i:w/[bce]\.?\s+|week\s+(?:ending|commencing|beginning)\s+)"
_DATE_LABEL = (
    rf"(?i:{_NEWS_WORD}\s+(?:(?:as\s+)?{_AT})?|as\s+(?:{_AT}|of\s+)|{_NEWS_FROM}"
    rf"|(?:{_NEWS_WORD}|{_TOLD})\s+(?:to|at)\s+(?:the\s+)?(?-i:{_SOURCE})\s+"
    rf"|{_WEEK_LABEL}|{_WEEKDAY}\s+)"
)
# A news word over its date in round brackets, the two alone on the line above the news
# ("Update (November 2026)" over "Report built; …"), heads that entry as a date alone does.
_NEWS_WORD_BRACKET = rf"{_NEWS_WORD}\s*\((?=[^()\n]*\)[ \t]*(?:\n|$))"
_DATED_PARAGRAPH = re.compile(
    rf"^\s*(?:{_DATE_LABEL}|{_NEWS_WORD_BRACKET})?(?P<date>{_NEWS_DATE})(?=\s*[:\-–—,)]|\s+\S)",
    re.IGNORECASE,
)
# A month and a two-figure year then a dash or colon opens a month's news too:
# "Oct 26 – template in use" is news of October 2026 (a day would come first: "26 Oct"),
# and so does the spreadsheet's own way of writing a month, "Oct-26: appointed". A news
# word may name the news before the colon: "Oct 26 follow-up: checklist in use".
# The century may be elided with an apostrophe (_ELIDED), "Nov '26 – …", as "Nov 26 – …"
# would be.
# The meeting that heard it may come first, as an improvement board's minutes label each
# month's line: "IB Oct 26: template tested" is the board's October news ("[AGC Oct 26]"
# without the brackets), or follow it in round brackets, as a trust's committee minutes
# each month's line: "Oct-26 (QSC): audit live" is October's news the committee heard.
_MONTH_YEAR_NEWS = rf"(?:\s+{_NEWS_WORD}|\s*\((?-i:{_SOURCE})\))?\s*[:\-–—]\s"
_HEARD_BY = rf"(?-i:{_SOURCE}\s+)?"
_MONTH_SHORT_YEAR = re.compile(
    rf"^\s*{_HEARD_BY}(?P<month>[A-Za-z]{{3,9}})\.?(?:\s+|-){_ELIDED}(?P<year>\d{{2}}){_MONTH_YEAR_NEWS}"
)
# A span of months and its year, then a colon: "Sep–Oct 2026: protocol drafted" is news
# of the span, dated at its end (31 October 2026), as a timescale is due at its end.
_MONTH_SPAN = re.compile(
    r"^\s*(?P<first>[A-Za-z]{3,9})\.?\s*[\-–—]\s*(?P<month>[A-Za-z]{3,9})\.?\s+"
    r"(?P<year>\d{4})\s*:\s*\S"
)
# A span of days, then a colon or a spaced dash, opens news of the span, dated at its last
# day as a span of months is, as a fortnightly report opens each line with the fortnight
# it covers: "26 Oct–6 Nov 2026: waiting list at 318", "9–20 Nov 2026: …" (the month once
# where both days share it), "3rd to 14th Nov 2026: …", "26/10–06/11/2026 – …"
_DAY_SPAN_TO = r"\s*(?:[\-–—]|\s+to\s+)\s*"
_DAY_SPAN = re.compile(
    r"^\s*(?:"
    rf"\d{{1,2}}{_ORDINAL}(?:\s+[A-Za-z]{{3,9}}\.?(?:\s+\d{{4}})?)?{_DAY_SPAN_TO}"
    rf"(?P<named>\d{{1,2}}{_ORDINAL}\s+[A-Za-z]{{3,9}}\.?,?\s+\d{{4}})"
    rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?{_DAY_SPAN_TO}(?P<figures>\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r")\s*(?::|\s[\-–—]\s)\s*\S"
)
# A meeting's or writer's initials and the day in round brackets open that day's news:
# "(SLT 17/11/26) 14 of 22 watches trained" is news the leadership team took on 17
# November 2026, and so does the day alone in the brackets, as a tracker logs each
# entry: "(15/10/26) Audit scope agreed" is news of 15 October 2026. The day is a full
# one: "(14.11) …" leaves the year unsaid, "(see appendix B) …" names none.
_BRACKETED_SOURCE = re.compile(
    rf"^\s*\(\s*(?:[A-Z][A-Za-z&]{{1,11}}(?:\s+[A-Z][A-Za-z&]{{1,11}})?\s*,?\s+)?"
    rf"(?P<date>{_SIGNED_DAY})\s*\)\s*\S"
)
# The source (``_SOURCE``), the full day, then a colon or dash: "JW 14/11/26: first
# report to the board", "PEEL Board 04/11/26 – policy approved" is news of that day, its
# text the whole line (as "JS 04/11:" is, with the year written so the position date
# need not give it).
_SOURCE_THEN_DAY = re.compile(rf"^\s*{_SOURCE}\s+(?P<date>{_SIGNED_DAY})\s*[:\-–—]\s*\S")
# Any short label, one to three words, before the full day and a colon or a spaced dash
# opens that day's news as well: "Upd 12/11/26 – …", "IA comment 14/11/26: …",
# "Governor visit 12/11/26 – …". Words that say when rather than what ("By 31/03/27 – all
# staff trained", "Review date 31/03/27: …", "Due …", "Next …") name a deadline, not news;
# a longer run of words before the date is prose.
_WHEN_WORDS = (
    "by|since|from|until|till|before|after|due|target|deadline|date|next|on|in|to|for"
    "|of|the|a|an|and|or|is|was|be|will|not|no|end|start|starts|starting|ends|review|revised"
    f"|{_TIME_ABBREVIATIONS}"
)
# No such word opens a label's word or a writer's name
_NOT_WHEN = rf"(?!(?i:{_WHEN_WORDS})\b)"
# A label's word may be hyphened: an audit's "Re-audit 12/11/2026 – …", "Follow-up".
_LABEL_WORD = rf"{_NOT_WHEN}[A-Za-z][A-Za-z&'’.\-]*"
_SHORT_LABEL = rf"{_LABEL_WORD}(?:\s+{_LABEL_WORD}){{0,2}}"
# After a labelled day, a colon or a spaced dash, then the news ("12/11/26 – …"): an
# unspaced dash would be part of a date or a range
_THEN_NEWS = r"(?:\s*:|\s+[\-–—]\s)\s*\S"
# The label may be set off from the day by a spaced dash or a colon, as a tracker tags
# the entry added since the last committee: "NEW – 10/11/2026: …", "Added: 20/11/26 – …".
_LABEL_SET_OFF = r"(?:\s+|\s*:\s*|\s+[\-–—]\s+)"
_LABEL_THEN_DAY = re.compile(
    rf"^\s*(?=[A-Z]){_SHORT_LABEL}{_LABEL_SET_OFF}(?P<date>{_SIGNED_DAY})" + _THEN_NEWS
)
# A round's label and its number, its month in round brackets, then a colon: an audit
# follow-up's "FU2 (Nov 2026): surgery added" (or "Round 2 (Nov 26): …"), a monitoring
# stocktake's "Stocktake 2 (Jul 2026): …", is news of that month, dated at its end. The
# label is a short one that says what, not when ("Due 2 (Nov 2026): …" dates nothing).
# The short label may stand alone, no round numbered, as a trust's progress cell keeps
# its labelled positions: "Current position (Nov 2026): …" over "Previous position (Sep
# 2026): …" is news of November, then of September.
_ROUND_LABEL = (
    rf"^\s*(?:(?:[A-Z]{{1,4}}|(?i:round)|{_NEWS_WORD}|(?=[A-Z]){_SHORT_LABEL})\s*\d{{1,2}}"
    rf"|(?=[A-Z]){_SHORT_LABEL})\s*"
)
_ROUND_MONTH = re.compile(
    _ROUND_LABEL + r"\((?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d{4}|\d{2})\)\s*:\s*\S"
)
# So with the round's full day in the brackets: TeamMate's "Follow-up 1 (14/10/2026): …",
# "FU2 (18/11/26): …" is news of that day, its text the whole line, label included.
_ROUND_DAY = re.compile(_ROUND_LABEL + rf"\(\s*(?P<date>{_SIGNED_DAY})\s*\)\s*:\s*\S")
# A short label in square brackets (a follow-up round's, an agency's: one to three
# words, figures allowed after the first letter) with the full day inside the brackets
# or just after them opens that day's news: "[FU1 – 14/07/2026] Procedure drafted.",
# "[ICB] 12/11/2026 – Waiting list validated." Words that say when ("[Due 12/11/2026]")
# label no news; a bracket without a day ("[b]bold[/b]") dates nothing.
_BRACKET_WORD = rf"{_NOT_WHEN}[A-Za-z][\w&'’.]*"
_BRACKET_LABEL = rf"\[\s*{_BRACKET_WORD}(?:\s+{_BRACKET_WORD}){{0,2}}"
_BRACKETED_LABEL_AND_DAY = re.compile(
    rf"^\s*{_BRACKET_LABEL}\s*(?:[\-–—:,]\s*|\s)\s*(?P<date>{_SIGNED_DAY})\s*\]\s*\S"
)
_BRACKETED_LABEL_THEN_DAY = re.compile(
    rf"^\s*{_BRACKET_LABEL}\s*\]\s*(?P<date>{_SIGNED_DAY}){_THEN_NEWS}"
)
# A month and a two- or four-figure year in square brackets opens a month's news:
# "[Oct 26] 1,140 surveys done." is news of October 2026, dated at the month's end; a
# full date in square brackets opens that day's news ("[05/10/2026] Nurse rostered").
# The meeting that heard it may come first, its short label as above: "[AGC Nov 26] …"
# is the committee's November news ("[Due Nov 26]" names a deadline, no news).
_BRACKETED_DATE = re.compile(
    rf"^\s*\[\s*(?:{_BRACKET_WORD}\s+){{0,3}}?"
    rf"(?:(?P<month>[A-Za-z]{{3,9}})\.?\s+(?P<year>\d{{2}}|\d{{4}})|(?P<date>{_NEWS_DATE}))\]"
)

# Inside a paragraph only a date and a dash or colon after a sentence's end opens news of
# its own ("… circulated. 05/08/25 – signed off"): "… in 2025. March 2026 is the target"
# is one sentence running on. A bracketed date after a sentence's end opens news as well,
# unless it closes the line: "… homes. [KL 12/11/26]" signs the entry it ends.
# A spaced double slash, bar or double bar is a tracker's own mark between entries laid
# into one cell ("… deferred. // 12/11/26 - Report drafted.", "… started | 23/11/2026 –
# …", "… 31 cards reduced || 02/10/2026 – …"): it cuts when a date follows it.
_DATED_SENTENCE = re.compile(
    rf"(?<=[.;!?])\s+(?={_DATE_LABEL}?"
    rf"(?:{_NEWS_DATE}\s*[:\-–—]\s|{_HEARD_BY}[A-Za-z]{{3,9}}\.?(?:\s+|-){_ELIDED}\d{{2}}{_MONTH_YEAR_NEWS})|\[(?![^\]\n]*\][^\w\n]*(?:\n|\Z)))"
    r"|\s+(?://|\|\|?)\s+"
)

# News told in the past tense with its writer's initials and the day, then a colon:
# "Updated by JK on 14/10/2026: policy launched" is news of 14 October 2026.
_SIGNED_PAST_NEWS = re.compile(
    rf"^\s*(?i:updated|followed\s+up)\s+by\s+{_INITIALS}\s+on\s+(?P<date>{_SIGNED_DAY})\s*:\s*\S"
)

# A labelled date, then a news word as a label: "Date: 02/11/2026 Update: policy
# published" (a form's two boxes laid into one cell, on one line or two) is news of 2
# November 2026, its text the whole of both.
_LABELLED_DAY = rf"(?i:date[d]?)\s*:?\s*(?P<date>{_SIGNED_DAY})"
_NEWS_LABEL = rf"{_NEWS_WORD}\s*:\s*\S"
_LABELLED_DAY_THEN_NEWS = re.compile(rf"^\s*{_LABELLED_DAY}\s*[,;]?\s+{_NEWS_LABEL}")
_LABELLED_DAY_ALONE = re.compile(rf"^\s*{_LABELLED_DAY}\s*$")
_NEWS_LABEL_LINE = re.compile(rf"^\s*{_NEWS_LABEL}")


# A writer's name and a comma before the day: "Sam Obi, 28/10/2026"; or the writer's post,
# whose words a small joining word may link: "Matron ED, 02/11/2026", "Head of Nursing
# UEC, 16/11/2026".
_WRITER = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’.-]*){0,2}\s*,\s*"
# A date alone on a line ("12/11/2026" over "Audit of 30 summaries complete."), as a
# log laid out date over entry is written, opens the entry on the line under it, and so
# does the writer's name and the day heading the entry ("Kate Ellis, 12/11/2026" over
# "Rota filled on every shift."). Words that say when ("Due, 31/03/2027") name no writer.
_HEADING_WRITER = rf"(?-i:{_NOT_WHEN}{_WRITER})"
_DATE_ALONE = re.compile(
    rf"^\s*(?:(?:{_HEADING_WRITER})?(?:{_NEWS_DATE})|{_NEWS_WORD_BRACKET}\s*(?:{_NEWS_DATE})\s*\))\s*$",
    re.IGNORECASE,
)
_WRITER_AND_DAY_OVER_ENTRY = re.compile(rf"^\s*{_HEADING_WRITER}(?P<date>{_NEWS_DATE})\s*\n\s*\S")


def labelled_days_joined(lines: list[str]) -> list[str]:
    """The lines with each labelled date alone ("Date: 02/11/2026") joined to the news
    line under it ("Update: …"), and each date alone on its line to the entry under it
    ("12/11/2026" over "Audit complete."), so the two read as one dated paragraph."""
    out: list[str] = []
    for line in lines:
        if out and _opens_the_line_under(out[-1], line):
            out[-1] = f"{out[-1]}\n{line}"
        else:
            out.append(line)
    return out


def _opens_the_line_under(line: str, under: str) -> bool:
    """Whether a date on a line of its own dates the news line under it."""
    if _LABELLED_DAY_ALONE.match(line):
        return _NEWS_LABEL_LINE.match(under) is not None
    return _DATE_ALONE.match(line) is not None and bool(under.strip())


# A quarter or a term with its year, then a colon or a spaced dash: "Q2 2026/27 – draft
# circulated", "Autumn 1 2026: 31 of 46 trained" is news of that period, dated at its end.
# The financial year may be written short, "Q1 26/27: pathway drafted" (30 June 2026); a
# pair of figures that are no run of two years ("Q1 12/11") names no period.
_PERIOD_NEWS = re.compile(
    r"^\s*(?P<period>(?:Q|Qtr\s*)[1-4]|(?:Autumn|Spring|Summer)(?:\s+term)?(?:\s+[12])?|HT[1-6])"
    r"\s+(?P<year>\d{4}(?:\s*/\s*\d{2}(?:\d{2})?)?|\d{2}\s*/\s*\d{2})\s*(?::|\s[\-–—]\s)\s*\S",
    re.IGNORECASE,
)


# ISO's year and month, then a colon or a spaced dash, as a system stamps each follow-up:
# "2026-08: Data match run" is news of August 2026, dated at its end. A year span
# ("2026-27: …") is no month, and a full day ("2026-11-05: …") is that day's news.
_ISO_MONTH_NEWS = re.compile(rf"^\s*(?P<date>\d{{4}}-\d{{2}})(?![\d-]){_THEN_NEWS}")


def _iso_month_news(line: str) -> dt.date | None:
    """The month's last day for a line opened by "2026-08: …", else None."""
    m = _ISO_MONTH_NEWS.match(line)
    deadline = parse_deadline(m["date"]) if m else None
    return deadline.due if deadline and deadline.precision == "month" else None


def _dated_paragraph(line: str) -> re.Match[str] | None:
    """``line`` opened by a date of its news ("14/10/2025 – …", "Nov 2026: …"). A word
    before a year alone or a span of years ("The 2026-27 Plan rewritten …", "Our 2026
    survey …") names what the news is about, not its day: no month nor season."""
    m = _DATED_PARAGRAPH.match(line)
    if m is None or (m["date"][:1].isalpha() and parse_deadline(m["date"]).precision == "year"):
        return None
    return m


def opens_a_short_dated_sentence(line: str) -> bool:
    """A day, a dash or colon, then a few words ("06/11/2026 – Weekly report live."): a
    short line of news, however few its words, never a date with a note."""
    m = _dated_paragraph(line)
    if m is None:
        return False
    rest = line[m.end() :].strip()
    return rest[:1] in _NEWS_DASHES and len(rest[1:].split()) >= _SHORT_NEWS_WORDS


# Words after the dash that make a dated line news: "Funding approved." is two
_SHORT_NEWS_WORDS = 2
_NEWS_DASHES = frozenset(":-–—")


def leading_date(line: str) -> dt.date | None:
    """The date a line of news opens with ("14/10/2025 – Mapping completed"), if any."""
    if span := _DAY_SPAN.match(line):  # "9–20 Nov 2026: …", news of the span, at its end
        if (end := parse_deadline(span["named"] or span["figures"]).due) is not None:
            return end
    m = _dated_paragraph(line)
    if m:
        return parse_deadline(m["date"]).due
    bracketed = _BRACKETED_DATE.match(line)
    if bracketed and bracketed["date"]:
        return parse_deadline(bracketed["date"]).due
    signed = (
        _BRACKETED_SOURCE.match(line)
        or _SOURCE_THEN_DAY.match(line)
        or _LABEL_THEN_DAY.match(line)
        or _BRACKETED_LABEL_AND_DAY.match(line)
        or _BRACKETED_LABEL_THEN_DAY.match(line)
        or _SIGNED_PAST_NEWS.match(line)
        or _LABELLED_DAY_THEN_NEWS.match(line)
        or _WRITER_AND_DAY_OVER_ENTRY.match(line)
        or _ROUND_DAY.match(line)
    )
    if signed:  # "(SLT 17/11/26) …", "IA comment 14/11/26: …": who or what, and the day
        return parse_deadline(signed["date"]).due
    if (iso_month := _iso_month_news(line)) is not None:  # "2026-08: …"
        return iso_month
    if period := _PERIOD_NEWS.match(line):  # "Q2 2026/27 – …", "Autumn 1 2026: …"
        return parse_deadline(f"{period['period']} {period['year']}").due
    month = bracketed or _MONTH_SHORT_YEAR.match(line) or _ROUND_MONTH.match(line)
    if month is None and (span := _MONTH_SPAN.match(line)) and span["first"].lower() in MONTHS:
        month = span
    return _month_of_year(month["month"], month["year"]) if month else None


def _month_of_year(month: str, year: str) -> dt.date | None:
    """The last day of a named month in a two- or four-figure year ("Oct", "26")."""
    if month.lower() not in MONTHS:
        return None
    return parse_deadline(f"{month} {year if len(year) == 4 else f'20{year}'}").due


# A note that ends with the date it was written in brackets, signed with the writer's
# initials or not: "All 64 MARs checked; monthly audit since (KD, 02/11/2026)" is news of
# 2 November 2026, "… two further dates booked (14.11.26)" of 14 November 2026, and so
# in square brackets ("Surveys 64% complete [12/11/2026]", "… [KL 12/11/26]"). The date
# names a full day: "(NAO, 2025)" cites a source and "(14.11)" leaves the year unsaid. The
# initials (a comma after them or not) may be a short label of what found the news, one
# to three words: "… (learning walk, 12/11/26)",
# "… (SENCo review, 26/11/26)". A label that opens with a word saying when ("(target
# date, 31/03/27)", "(next review, …)") or names a deadline ("(review date, …)") names a
# day yet to come, not the note's.
_DEADLINE_WORD = r"(?i:due|date|deadline|target|by|until|till|before)"
_LATER_LABEL_WORD = rf"(?!{_DEADLINE_WORD}\b)[A-Za-z][A-Za-z&'’.]*"
_FINDING_LABEL = rf"{_LABEL_WORD}(?:\s+{_LATER_LABEL_WORD}){{0,2}}"
_SIGNED_AT_END = re.compile(
    rf"[(\[]\s*(?:(?:{_INITIALS}|{_FINDING_LABEL})\s*,\s*|{_INITIALS}\s+)?"
    rf"(?P<date>{_SIGNED_DAY})\s*[)\]]\W*$"
)
# A log's way of dating an entry at its end: the day in figures after a spaced dash,
# "Scope agreed at Digital Board – 18/11/2026", "412 of 690 staff trained – 18/11/26".
# The writer may sign before the day: "Chart live on all wards. – Sam Obi, 28/10/2026".
# The dash may be glued to the day, spaced from the words only: "… 40 records -14/10/2026.".
# The writer may sign with initials and no comma: "Briefing agreed. – KM 04/11/26"; capitals
# that say when ("– TBC 31/01/27") sign nothing.
# Nor do a school's or a council's meetings and the times of its year, as "– FGB
# 14/01/27" (the full governing body) and "– EOY 31/07/27" (the end of the year) name them.
_MEETING_OR_TIME_CAPITALS = (
    r"(?!(?:FGB|LGB|SLT|SMT|ELT|EMT|CMT|CLT|DMT|JMT|SLG|ICB|ICS|PCN|CCG|HWB|OSC|EOY|EOT|EOM"
    r"|EOD|TBC|TBA|TBD|ETA|DUE|NEXT)\b)"
)
_SIGNER = rf"(?:{_WRITER}|{_NOT_TIME_CAPITALS}{_MEETING_OR_TIME_CAPITALS}{_INITIALS}\s+)"
_DASHED_DAY = rf"\s[\-–—](?:\s+{_SIGNER}?)?(?P<date>\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}}))"
_DAY_AFTER_DASH_AT_END = re.compile(rf"{_DASHED_DAY}\W*$")
# Entries so signed run on in one line: each ends at its writer's name and day.
_SIGNATURE_THEN_MORE = re.compile(
    rf"\s[\-–—]\s+{_SIGNER}\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})(?=\s+\S)"
)


# A note that ends by saying when it stood: "Backlog down to 19 requests as at 16/11/2026.",
# or when its lead last updated it, in brackets or after a dash: "Tool live in majors
# (updated 12/11/26)", "… – last updated on 12/11/2026". An update still to come
# ("register to be updated 31/12/2026", "will be updated on …") is a plan, not news.
_NOT_YET = r"(?<!\bbe\s)(?<!\bbeing\s)(?<!\bwill\s)"
_AS_AT_DAY_AT_END = re.compile(
    rf"\b(?i:as\s+(?:at|of)|{_NOT_YET}(?:last\s+)?updated(?:\s+on)?\s*:?)\s+"
    rf"(?P<date>{_SIGNED_DAY})\W*$"
)


# The forms of news read since session 27 that date a line by a day the writer may have
# set ahead: told to a meeting ("Presented to Cabinet 20/01/2027 – decision expected
# then."), signed with initials ("… – KM 04/11/26"), or numbered ("1) 31/01/2027 – draft
# policy to Cabinet."). A day after the position date so written is work planned.
_TOLD_OPENING = re.compile(rf"^\s*{_TOLD}\s+(?:to|at)\s")
_INITIALS_AND_DAY_AT_END = re.compile(
    rf"\s[\-–—]\s+{_INITIALS}\s+\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})\W*$"
)


def may_name_a_day_to_come(line: str) -> bool:
    """Whether ``line`` is dated as news told to a meeting, signed with initials and the
    day, or numbered before its day: a day after the position date is then a plan."""
    return bool(
        _TOLD_OPENING.match(line)
        or _INITIALS_AND_DAY_AT_END.search(line)
        or without_entry_number(line) != line
    )


def closing_signed_date(line: str) -> dt.date | None:
    """The date in a closing bracket ("… (KD, 02/11/2026)", "… (14.11.26)"), after
    a closing dash ("… – 18/11/2026"), "as at" ("… as at 20/11/2026.") or "updated"
    ("… (updated 12/11/26)"), if any."""
    m = (
        _SIGNED_AT_END.search(line)
        or _DAY_AFTER_DASH_AT_END.search(line)
        or _AS_AT_DAY_AT_END.search(line)
    )
    return parse_deadline(m["date"]).due if m else None


# A comment opened by its writer's name and the day (and time) in brackets, then a colon:
# "Grace Okafor (12/10/2026 09:14): Audit complete." is news of 12 October 2026, as a list
# tool's append-only comments column exports each entry.
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
_NAME_THEN_DAY = re.compile(
    rf"^\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}\s*"
    rf"\(\s*(?P<date>{_SIGNED_DAY})(?:,?\s+{_CLOCK})?\s*\)\s*:\s*\S"
)


def opening_signed_date(line: str) -> dt.date | None:
    """The day of a comment opened by a name and a bracketed date ("Grace Okafor
    (12/10/2026 09:14): …"), if any."""
    m = _NAME_THEN_DAY.match(line)
    return parse_deadline(m["date"]).due if m else None


# A line of news signed with the writer's initials and the day, no year: "JS 04/11: all
# 86 cases reviewed", "AM 12.11 – flats handed over", the initials in brackets after the
# day ("12/11 (KL): 28 managers trained"), or the day alone ("04/11 – data sharing
# agreement signed"). Each such line is one update. A news word may stand where the
# initials do, and who gave the news after it: "Update 04/11: audit tool agreed",
# "Update from Kate Ellis 18/11: …". Who reported the news may follow "Per", as an
# officer compiling the position writes whose it is: "Per JT 4/11: …", "Per Owen Hale
# 12/11: …" ("Per our last return …" names no one). "Per" also cites a document's part
# ("Per Section 3.2 – …", "As per Appendix 4.1 – …", "Per Regulation 12.2: …"): a part's
# name opens no news, and after "Per" only a slash joins a day and month, as "3.2" numbers
# a section and dates nothing. The clock time and the writer's initials may follow the day
# and month, as a timed progress log writes each entry: "25/11 14:05 RK – audit done",
# "12/11 KL: …", "06/11 2:15pm – …". So may a week's label, as a weekly log opens each
# line with the week it was written: "w/b 02/11 – 12 of 18 in post".
_DOCUMENT_PART = (
    r"(?i:sections?|regulations?|reg|appendix|appendices|annex|paragraphs?|para|clauses?"
    r"|polic(?:y|ies)|tables?|figures?|articles?|rules?|standards?|schedules?|chapters?"
    r"|parts?|pages?|items?|recommendations?|actions?|standing\s+orders?|minutes?)\b"
)
_PER_GIVER = rf"(?i:(?:as\s+)?per)\s+(?!{_DOCUMENT_PART}){_GIVER}\s+(?=\d{{1,2}}/)"
_INITIALLED = re.compile(
    rf"^\s*(?:(?:{_INITIALS}|{_NEWS_WORD}|(?P<weekday>{_WEEKDAY}))\s+|{_NEWS_FROM}|{_PER_GIVER}"
    rf"|{_WEEK_LABEL})?"
    rf"(?P<day>\d{{1,2}})[/.](?P<month>\d{{1,2}})(?![/.]?\d)"
    rf"(?:\s+(?P<clock>{_CLOCK}))?(?:\s+(?P<writer>{_INITIALS}))?"
    rf"(?:\s*\(\s*{_INITIALS}\s*\))?\s*[:\-–—]\s*\S"
)
# A line saying a meeting is booked or planned ("Meeting booked:", "Next:"): the timed
# line under it ("15/12 10:00 – Pharmacy leads to agree pathway.") is the appointment,
# not news of that day.
_APPOINTMENT_LABEL = re.compile(
    r"(?i)\b(?:booked|planned|scheduled|arranged|next(?:\s+(?:meeting|steps?))?)\s*:\s*$"
)


def in_a_timed_log_shape(line: str) -> bool:
    """Whether ``line`` opens as a timed progress log's entry: a day and month, then the
    clock time or the writer's initials unbracketed ("25/11 14:05 RK – …", "12/11 KL: …")."""
    m = _INITIALLED.match(line)
    return bool(m and (m["clock"] or m["writer"]))


def is_a_log(lines: list[str]) -> bool:
    """Whether these lines of one cell are a progress log, whose "19/11 JB: …" opens
    news of 19 Nov, not a fraction of a team ("1/2 SLT – briefed" alone): two lines or
    more in a timed log's shape ("25/11 14:05 RK – …" over "28/10 JT – …"), or one
    beside another line opened by its own day and month or date, as newest-first lines
    in mixed hands write each ("19/11 JB: …" over "3rd Nov – …", "12/11 (SP): …")."""
    shaped = [in_a_timed_log_shape(line) for line in lines]
    if sum(shaped) != 1:
        return sum(shaped) > 1
    return any(
        not log_shaped and (initialled_day(line, log=False) or leading_date(line))
        for line, log_shaped in zip(lines, shaped, strict=True)
    )


def is_appointment_label(line: str) -> bool:
    """Whether ``line`` ends by announcing an appointment ("Meeting booked:")."""
    return bool(_APPOINTMENT_LABEL.search(line))


def is_timed(line: str) -> bool:
    """Whether ``line`` opens with a day and month and the clock time ("15/12 10:00 – …")."""
    m = _INITIALLED.match(line)
    return bool(m and m["clock"])


# The same habit with the month named: "02 Nov: two sites withdrawn", or joined by a
# hyphen as a spreadsheet's "d-mmm" format writes it, "14-Oct: workshop held". A hyphen
# and a year after the month ("14-Oct-26:") is a full date, read elsewhere. The writer's
# initials may follow in brackets, as after "12/11 (SP):": "14th Oct (AK): groups seen".
_DAY_AND_MONTH_NAME = re.compile(
    rf"^\s*(?:(?P<weekday>{_WEEKDAY})\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)"
    r"(?P<month>[A-Za-z]{3,9})\.?(?!-\d)"
    rf"(?:\s*\(\s*{_INITIALS}\s*\))?\s*[:\-–—]\s*\S"
)


def initialled_day(line: str, log: bool = True) -> tuple[int, int] | None:
    """(4, 11) for "JS 04/11: …" and "04/11 – …", a line opened by a day and month
    (initials before it or not), and for "04 Nov: …", a day and a named month. Initials
    after the day and month with no clock time ("1/2 SLT – briefed") open news only in a
    ``log``, a cell of such lines: alone, "1/2 SLT" is a fraction of a team."""
    if m := _INITIALLED.match(line):
        if m["writer"] and not m["clock"] and not log:
            return None
        return int(m["day"]), int(m["month"])
    named = _DAY_AND_MONTH_NAME.match(line)
    month = MONTHS.get(named["month"].lower()) if named else None
    return (int(named["day"]), month) if named and month else None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def initialled_weekday(line: str) -> int | None:
    """The day of the week written before the day and month ("Mon 14/12 – …": 0, Monday),
    None where none is."""
    m = _INITIALLED.match(line) or _DAY_AND_MONTH_NAME.match(line)
    said = m["weekday"] if m else None
    return _WEEKDAYS.index(said[:3].lower()) if said else None


def on_its_weekday(day: int, month: int, weekday: int, position: dt.date) -> dt.date | None:
    """The day and month in the year nearest the position date that puts them on the
    weekday written ("Mon 14/12" under 27 Nov 2026 is 14 Dec 2026, a Monday); None
    where no year within one of the position date's does."""
    found: list[dt.date] = []
    for year in (position.year - 1, position.year, position.year + 1):
        try:
            day_of = dt.date(year, month, day)
        except ValueError:
            continue
        if day_of.weekday() == weekday:
            found.append(day_of)
    return min(found, key=lambda d: abs((d - position).days)) if found else None


def on_or_before(day: int, month: int, position: dt.date | None) -> dt.date | None:
    """The day and month in the year that puts them on or before the plan's position
    date (4 Nov under "Position at 30 November 2026" is 2026; 15 Dec under 10 January
    2027 is 2026); None with no position date, or a day that does not exist."""
    if position is None:
        return None
    for year in (position.year, position.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found <= position:
            return found
    return None


# A header naming a day and a month by its name, no year after it: "Position at 30 June",
# "Position at 30 Sept"
_HEADER_DAY_AND_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Za-z]{3,9})\b\.?(?!\s*,?\s*'?\d)"
)


def header_day_and_month(header: str) -> tuple[int, int] | None:
    """(30, 6) for "Position at 30 June": a header naming a day and month with no year
    (a header that dates itself in full names no such day)."""
    m = _HEADER_DAY_AND_MONTH.search(header)
    month = MONTHS.get(m["month"].lower()) if m else None
    if m is None or month is None or parse_deadline(header).due is not None:
        return None
    return int(m["day"]), month


def yearless_header_days(headers: list[str], position: dt.date | None) -> dict[str, dt.date]:
    """The day each of these update headers names by a day and month with no year
    ("Position at 30 June" | "Position at 30 Sept"), in the plan's year: the headers read
    left to right, running forward in time from the ``position`` date's year."""
    named = [(h, d) for h in headers if (d := header_day_and_month(h)) is not None]
    days = _running_forward([d for _, d in named], position)
    return {h: day for (h, _), day in zip(named, days, strict=True) if day is not None}


def _running_forward(days: list[tuple[int, int]], position: dt.date | None) -> list[dt.date | None]:
    """Columns' days and months with no year, left to right, in the plan's year: each
    on or before the ``position`` date, unless that would not fall after the column to
    its left, then the first such day after it ("30 Sept" | "31 Dec" under 30 Nov 2026:
    30 Sep 2026, 31 Dec 2026). None with no position date, or a day that does not exist."""
    found: list[dt.date | None] = []
    before: dt.date | None = None
    for day, month in days:
        on = on_or_before(day, month, position)
        if on is not None and before is not None and on <= before:
            on = _first_after(day, month, before)
        found.append(on)
        before = on or before
    return found


def _first_after(day: int, month: int, after: dt.date) -> dt.date | None:
    """The first day and month after ``after``, None where neither of its next two years
    has it (29 February)."""
    for year in (after.year, after.year + 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found > after:
            return found
    return None


# A line of news opened by a month's name alone, no day or year, then a colon or dash:
# "NOV: summit held", "Sep – first report taken". Its year is the one that puts the month
# on or before the plan's position date, as for "JS 04/11:". The meeting that heard it
# may follow the month, as a board's monthly minutes label each line: "Sept Board: …",
# "Oct Cabinet – …" are that month's news. So may a news word, as a monthly return labels
# each line: "Sep update: …", "Oct progress – …".
# A line naming a second month the same way ("October: 97% on time; November: 99%") is a
# measure's run of monthly readings, not one month's news: it stays undated.
_MONTH_NEWS_WORD = r"(?:update|progress|position)"
_MONTH_LINE = re.compile(
    rf"^\s*(?P<month>[A-Za-z]{{3,9}})\.?(?:\s+(?i:{_MEETING}|{_MONTH_NEWS_WORD}))?"
    r"\s*(?::|\s[\-–—]\s)\s*\S"
)
# A round's label and its number with the month alone in round brackets, as a council's
# progress cell numbers each round it reported: "Update 1 (Aug): …" over "Update 2 (Oct):
# …" is that month's news as "NOV:" is ("FU2 (Nov 2026): …", with its year, is read by
# ``_ROUND_MONTH``; "Due 2 (Nov): …" names a deadline, no round).
_ROUND_MONTH_ALONE = re.compile(_ROUND_LABEL + r"\((?P<month>[A-Za-z]{3,9})\.?\)\s*:\s*\S")
_LATER_MONTH_LABEL = re.compile(r"[;,]\s*(?P<month>[A-Za-z]{3,9})\.?\s*:")


def month_line_day(line: str, position: dt.date | None) -> tuple[bool, dt.date | None]:
    """(True, 30 Nov 2026) for "NOV: …" (or "Update 3 (Nov): …") under "Position at 30
    November 2026", the month's last day; (True, None) with no position date; (False,
    None) for a line that opens with no month's name, or runs on to another ("October:
    97%; November: 99%")."""
    m = _MONTH_LINE.match(line) or _ROUND_MONTH_ALONE.match(line)
    month = MONTHS.get(m["month"].lower()) if m else None
    readings = any(r["month"].lower() in MONTHS for r in _LATER_MONTH_LABEL.finditer(line))
    if month is None or readings:
        return False, None
    first = on_or_before(1, month, position)  # the month's year, as "JS 04/11:" gets it
    return True, month_end(first.year, month) if first else None


# A line of news opened by a month named relative to the plan's position date, then a
# colon or a spaced dash: "This month: backlog down to 95 homes." over "Last month:
# second contractor appointed." (also "Current month", "Previous month", "Last month's
# update –"). It is that month's news, dated at the month's last day as "NOV:" is a named
# month's: "This month" the position date's month (the position date itself while that
# month is not yet over on the import's day: news is never dated in the future), "Last
# month" the one before it. "Next month: …" is a plan, not news: it opens nothing.
_RELATIVE_MONTH_LINE = re.compile(
    rf"^\s*(?i:(?P<which>this|current|last|previous)\s+month(?:['’]s)?"
    rf"(?:\s+{_MONTH_NEWS_WORD})?)\s*(?::|\s[\-–—]\s)\s*\S"
)
_MONTHS_BACK = {"this": False, "current": False, "last": True, "previous": True}


def relative_month_line_day(
    line: str, position: dt.date | None, today: dt.date | None = None
) -> tuple[bool, dt.date | None]:
    """(True, 30 Nov 2026) for "This month: …" and (True, 31 Oct 2026) for "Last month: …"
    under "Position at 20 November 2026", imported in December; "This month: …" under
    "Position at 2 December 2026" imported on 5 December is (True, 2 Dec 2026): the month
    is not over, its news is as of the position date, never after it; (True, None) with
    no position date; (False, None) for a line opened by no such label."""
    m = _RELATIVE_MONTH_LINE.match(line)
    if m is None:
        return False, None
    if position is None:
        return True, None
    if not _MONTHS_BACK[m["which"].lower()]:
        end = month_end(position.year, position.month)
        over = today is None or end <= today
        return True, end if over else position
    before = position.replace(day=1) - dt.timedelta(days=1)  # a day of the month before
    return True, month_end(before.year, before.month)


# A line of news opened by a period of the year alone, no year, then a colon or a spaced
# dash: a council's accounting period ("P6: …", "Period 7 – …", P1 = April, as "P10
# 2026/27" counts) or a school's half term ("Summer 2: …", "Aut 1: …", "HT3: …"). It is
# that period's news, dated at the end of its last month in the year that puts the month
# on or before the plan's position date, as "NOV:" is. A bare "P7" takes a colon only:
# "P4 – dependent on this action" points at another numbered item, as a dash after any
# ref does; "Period 7 – …" names the period in words.
_PERIOD_LINE = re.compile(
    r"^\s*(?:P(?P<p>\d{1,2})\s*:|(?i:period)\s*(?P<n>\d{1,2})\s*(?::|\s[\-–—]\s))\s*\S"
)
# The half term may carry that review's rating in round brackets before the colon, as a
# school's plan rates each half term's line: "Autumn 1 (G): 22 of 31 families met."
_HALF_TERM_LINE = re.compile(
    r"^\s*(?:(?P<term>autumn|aut|spring|spr|summer|sum)\.?\s*(?:term\s*)?(?P<half>[12])"
    r"|ht\s*(?P<ht>[1-6]))(?:\s*\(\s*(?P<rating>(?-i:[A-Z][A-Za-z]{0,11}))\s*\))?"
    r"\s*(?::|\s[\-–—]\s)\s*\S",
    re.IGNORECASE,
)


def half_term_rating(line: str) -> str | None:
    """The rating in round brackets after the half term opening a line of news ("G" in
    "Autumn 1 (G): 22 of 31 families met."), or None."""
    m = _HALF_TERM_LINE.match(line)
    return m["rating"] if m else None


def period_line_day(
    line: str, position: dt.date | None, year_starts: int = APRIL
) -> tuple[bool, dt.date | None]:
    """(True, 31 Oct 2026) for "P7: …" or "Autumn 1: …" under "Position at 13 November
    2026"; (True, None) with no position date, or for "P13: …" (a year of thirteen
    four-week periods: no month); (False, None) for a line no such period opens.
    ``year_starts`` is the month P1 is, as the plan keys it ("P1 = July")."""
    month = _period_line_month(line, year_starts)
    if month is None:
        return False, None
    first = on_or_before(1, month, position) if month else None
    return True, month_end(first.year, month) if first else None


def _period_line_month(line: str, year_starts: int) -> int | None:
    """The last month of the period opening the line (0 for one of no month), or None."""
    if m := _PERIOD_LINE.match(line):
        n = int(m["p"] or m["n"])
        return (year_starts - 2 + n) % 12 + 1 if 1 <= n <= 12 else 0
    if m := _HALF_TERM_LINE.match(line):
        if m["ht"]:
            return HALF_TERM_END[_HALF_TERMS[int(m["ht"]) - 1]]
        term = m["term"].lower()
        return HALF_TERM_END[(_TERM_SHORT.get(term, term), int(m["half"]))]
    return None


# A line of news labelled with a quarter and no year: "Q1: risk map completed". Its year
# is the financial year the update column's header names ("Progress 2026/27").
_QUARTER_LINE = re.compile(r"^\s*Q(?P<quarter>[1-4])\s*[:\-–—]\s*\S")
# The year a column's header names: a financial or academic year ("2026/27", "FY26/27",
# "2026-2027") or a calendar year alone ("2027")
_YEAR_IN_HEADER = (
    r"\b(?:(?:FY|AY)\s*)?\d{4}\s*[/-]\s*(?:\d{2}|\d{4})\b|\b(?:FY|AY)\s*\d{2}/\d{2}\b"
    r"|\b20\d{2}\b(?![/-]\d)"
)
_HEADER_YEAR = re.compile(_YEAR_IN_HEADER, re.IGNORECASE)
# A year with a word after it names that thing's year, not the cells': "Due (Ofsted 2025
# recs)", "Target (2026 inspection)", "Commentary (Oct 2026 return)"; "(2026/27
# financial year)" still names the year itself, and "Progress 2026/27 and RAG" goes on
_YEAR_OF_A_THING = re.compile(
    rf"(?:{_YEAR_IN_HEADER})\s+(?!(?:(?:financial|academic)\s+)?year\b|(?:and|or|to)\b)"
    r"[A-Za-z]{2,}\b",
    re.IGNORECASE,
)


def header_year(header: str) -> str | None:
    """The one year a column's header names ("Target quarter (2026/27)" → "2026/27"),
    for or of its cells. None where it names none, or two."""
    found = _HEADER_YEAR.findall(header)
    return found[0] if len(found) == 1 else None


def in_header_year(cell: str, header: str) -> Deadline | None:
    """A cell naming a period of the year and no year ("Q3", "Quarter 4", "Autumn term"),
    under a header naming the year ("Target quarter (2026/27)"), is that period of that
    year: "Q3" → 31 Dec 2026; under a calendar year ("2027") calendar quarters. None for
    a cell that dates itself or is no period alone, and under a year that names a thing
    ("Due (Ofsted 2025 recs)": the recommendations' year, not the quarter's)."""
    if _YEAR_OF_A_THING.search(header):
        return None
    return _period_of_header_year(cell, header)


def is_period_under_a_year(cell: str, header: str) -> bool:
    """ "Q3" under a header naming a year: a time, though the year may name a thing
    ("Target (2026 inspection)": the column is still the deadline, its "Q3" undated)."""
    return _period_of_header_year(cell, header) is not None


# The year's end named without its year: "By end of FY", "FY end", "By year end", "End of
# the financial year". Under a header naming the year it is that year's end, as the
# year written in the cell would be ("2026/27": 31 Mar 2027)
_YEAR_END = re.compile(
    r"^\s*(?:by\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?P<fy>fy|financial\s+year)"
    r"|(?P<fy_end>fy|financial\s+year)[\s-]*end|year[\s-]*end|(?:the\s+)?end\s+of\s+(?:the\s+)?year)"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)


def _year_end_of_header(m: re.Match[str], year: str) -> Deadline | None:
    """ "By end of FY" under "Target (2026/27)": the end of the year the header names,
    31 Mar 2027 ("By year end" under "(2027)": 31 Dec 2027). A financial year's end under
    a calendar year alone names no year of it ("FY 2027" is unsaid): None."""
    if (m["fy"] or m["fy_end"]) and _CALENDAR_YEAR.match(year):
        return None
    return parse_deadline(year, quarters="calendar") if names_only_a_period(year) else None


def _period_of_header_year(cell: str, header: str) -> Deadline | None:
    year = header_year(header)
    if year is None or not cell or parse_deadline(cell).due is not None:
        return None
    if year_end := _YEAR_END.match(cell):
        return _year_end_of_header(year_end, year)
    completed = f"{cell} {year}"
    if not names_only_a_period(completed):
        return None
    # a year alone heads calendar quarters ("Target quarter (2027)": Q3 ends 30 Sep 2027);
    # a financial or academic year keeps its own ("2026/27": Q3 ends 31 Dec 2026)
    return parse_deadline(completed, quarters="calendar")


# A header (or a key line) naming the order of a date's figures as month then year:
# "Target (mm/yy)", "Due (MM/YYYY)", "mm-yy"; never the tail of "dd/mm/yy"
_MONTH_YEAR_FORMAT = re.compile(
    r"(?<![\w/.\-])mm\s*[/.\-]\s*yy(?:yy)?(?![\w/]|[.\-]\w)", re.IGNORECASE
)
_TWO_FIGURES = re.compile(r"^\s*(?P<first>\d{1,2})\s*[/.\-]\s*(?P<second>\d{2}|\d{4})\s*$")


def names_month_year_format(text: str) -> bool:
    """Whether a header or a line names its dates' figures as month then year ("mm/yy")."""
    return _MONTH_YEAR_FORMAT.search(text) is not None


def in_header_format(cell: str, header: str) -> Deadline | None:
    """A cell of two figures ("03/27") under a header naming them month then year
    ("Target (mm/yy)"): that month's last day, 31 Mar 2027. Alone "03/27" could be a
    day and month; the header settles it. None for any other cell or header."""
    m = _TWO_FIGURES.match(cell)
    if m is None or not names_month_year_format(header):
        return None
    month, year = int(m["first"]), int(m["second"])
    if not 1 <= month <= 12:
        return None
    return Deadline(month_end(year + 2000 if year < 100 else year, month), "month")


# A month's number alone ("3", "03"), and a header naming a month and a calendar year
_MONTH_NUMBER = re.compile(r"^\s*(?P<month>0?[1-9]|1[0-2])\s*$")
_MONTH_IN_HEADER = re.compile(r"\bmonths?\b", re.IGNORECASE)
_CALENDAR_YEAR = re.compile(r"^20\d{2}$")


def in_header_month(cell: str, header: str) -> Deadline | None:
    """A month's number alone ("3") under a header naming a month and one calendar
    year ("Target month 2027", the year a banner over the column): that month's last
    day, 31 Mar 2027. A financial or academic year ("2026/27") leaves "3" unsaid (its
    third month, or March?), and a header naming no month makes "3" a figure."""
    m = _MONTH_NUMBER.match(cell)
    year = header_year(header)
    if m is None or year is None or not _CALENDAR_YEAR.match(year):
        return None
    if not _MONTH_IN_HEADER.search(header) or _YEAR_OF_A_THING.search(header):
        return None
    return Deadline(month_end(int(year), int(m["month"])), "month")


# A line of news opened by a month and year in figures, then a dash or a colon: "10/26 –
# 38 of 52 assessors trained." (the month known as such only by a header naming the order)
_FIGURES_MONTH_LINE = re.compile(
    r"^\s*(?P<first>\d{1,2})\s*[/.\-]\s*(?P<second>\d{2}|\d{4})\s*[:\-–—]\s*\S"
)


def figures_month_line_day(line: str, header: str) -> tuple[bool, dt.date | None]:
    """(True, 31 Oct 2026) for "10/26 – …" under "Progress (mm/yy – update)": that
    month's news, dated at its last day as "Oct 26 – …" is. (False, None) for any other
    line, or under a header naming no order: alone "10/26" could be a US month and day,
    as a deadline's "03/27" could."""
    m = _FIGURES_MONTH_LINE.match(line)
    if m is None:
        return False, None
    read = in_header_format(f"{m['first']}/{m['second']}", header)
    return (True, read.due) if read else (False, None)


def dated_by_header(cell: str, header: str) -> Deadline | None:
    """The date a cell names by its header's help: a period of the year the header
    names ("Q3" under "Target quarter (2026/27)"), or figures in the order it names
    ("03/27" under "Target (mm/yy)")."""
    return (
        in_header_year(cell, header)
        or in_header_format(cell, header)
        or in_header_month(cell, header)
    )


def quarter_line_day(line: str, header: str) -> tuple[bool, dt.date | None]:
    """(True, 30 Jun 2026) for "Q1: …" under "Progress 2026/27" (financial quarters, as
    for deadlines); (True, None) under a header naming no such year; (False, None) for
    a line that opens with no quarter."""
    m = _QUARTER_LINE.match(line)
    if m is None:
        return False, None
    found = in_header_year(f"Q{m['quarter']}", header)
    return True, found.due if found else None


def dated_sentences(line: str, position: dt.date | None = None) -> list[str]:
    """A line cut before each sentence that opens with a date and a dash or colon:
    "14/07/25 – draft circulated. 05/08/25 – signed off." is two pieces of news, and
    at each spaced " // ", " | " or " || " a date or a month's label follows ("01/10/26 -
    Deferred. // 12/11/26 - Drafted.", "Aug: Budget agreed. | Sep: Planners procured.").
    The "; " that parts two dated entries belongs to neither, as the slashes and bar do
    not. Months' labels part the line only where they read as news up to the plan's
    ``position`` date (see ``_months_are_news``)."""
    cuts: list[tuple[int, int]] = []  # (where the piece before ends, where the next starts)
    months: list[int] = []  # the month opening each piece a month's label parts off
    start = 0
    for m in _DATED_SENTENCE.finditer(line):
        if is_entry_number(line[start : m.start()]):
            continue  # "1. 21/10/2026 – …": the entry's running number, no sentence
        rest = line[m.end() :]
        if leading_date(rest) is not None:
            cuts.append((m.start(), m.end()))
            start = m.end()
        elif m.group().strip() != "" and (month := _month_label(rest)) is not None:
            cuts.append((m.start(), -m.end()))  # a month's cut, kept only if news
            months.append(month)
            start = m.end()
    first = next((end for end, next_start in cuts if next_start < 0), len(line))
    news = _months_are_news(line[:first], months, position)
    pieces, start = [], 0
    for end, next_start in cuts:
        if next_start < 0 and not news:
            continue
        pieces.append(line[start:end].removesuffix(";"))
        start = abs(next_start)
    return [entry for piece in [*pieces, line[start:]] for entry in _signed_entries(piece)]


def _month_label(text: str) -> int | None:
    """The month ``text`` opens with as a label ("Sep: …", "Oct update – …"), else None:
    after a spaced bar or double slash, as a one-line table of months is written ("Aug:
    Budget agreed. | Sep: Planners procured."), the label opens the next entry as a day
    does."""
    if not month_line_day(text, None)[0]:
        return None
    m = _MONTH_LINE.match(text)
    return MONTHS.get(m["month"].lower()) if m else None


# Words saying the months after them are work to come: "Next steps | Jan: advert out".
_STEPS_TO_COME = re.compile(r"\b(?:next\s+steps?|planned|to\s+come|timeline)\b", re.I)


def _months_are_news(before: str, months: list[int], position: dt.date | None) -> bool:
    """Whether the months' labels after bars are news, one entry a month: they run in
    order (Aug, Sep; Nov, Dec, Jan), no word before them says they are steps to come
    ("Next steps | Jan: advert out | Feb: interviews"), and none is a month just after the
    position's (under "Position at 20 November 2026", "Dec:" and "Jan:" are the coming
    months, not December and January last year): up to five months on is to come."""
    if not months:
        return True
    if _STEPS_TO_COME.search(before):
        return False
    steps = [(b - a) % 12 for a, b in zip(months, months[1:], strict=False)]
    if 0 in steps or sum(steps) >= 12:  # a month again, or the year round: no order
        return False
    if position is None:
        return True
    return not any(1 <= (month - position.month) % 12 <= 5 for month in months)


def _signed_entries(line: str) -> list[str]:
    """A line cut after each entry signed with a name and the day ("Audit: 78%. – Kate
    Ellis, 04/11/2026 Audit: 92%. – Kate Ellis, 30/11/2026" is two entries)."""
    ends = [m.end() for m in _SIGNATURE_THEN_MORE.finditer(line)]
    if not ends:
        return [line]
    return [line[a:b].strip() for a, b in zip([0, *ends], [*ends, len(line)], strict=True)]


def revised_from(
    text: str,
    *,
    quarters: QuarterRule = "financial",
    month_first: bool = False,
    moved: bool = False,
) -> Deadline | None:
    """The original deadline a revised one replaced, when the wording gives it.

    "Dec 2020 (revised from Jun 2020)" → June 2020; "Jun 2020 revised to Dec
    2020" → June 2020; "Dec 2020" → None. Rising dates parted by commas ("21/10/26,
    04/11/26") give their first only where the column says its dates ``moved``.
    """
    return _revised_from(text, quarters, month_first, moved, _PLAN_CALENDAR.get())


@lru_cache(maxsize=8192)  # read once per distinct deadline wording, as parse_deadline is
def _revised_from(
    text: str, quarters: QuarterRule, month_first: bool, moved: bool, kept: PlanCalendar
) -> Deadline | None:
    """:func:`revised_from`, ``kept`` (the plan's calendar) keying the cache only."""
    _, original = _deadline_and_original(text, quarters, month_first, moved=moved)
    return original.deadline if original else None


def impossible_date(text: str) -> str | None:
    """Why the first date written in ``text`` that does not exist names no day, else None.

    "Due 30/02/2027" → "30 February 2027 does not exist". Wording that is
    simply not a date ("TBC", "1.2.13") gives None.
    """
    return next((r.reason for r in _scan(_words(text), "financial") if r.reason), None)


def month_first_example(cells: Iterable[str], header: str = "") -> str | None:
    """The first cell a US-locale export wrote month first, when the column is so written.

    A column is read month first ("10/30/2026" is 30 October 2026) when some cell
    can be read only that way (its second number is the day over 12) and none only
    day first ("30/10/2026"): Airtable, Smartsheet and Google Sheets write the
    account's locale into every cell alike. A column holding both stays day first.
    A ``header`` naming the order month first ("Last Updated (MM/DD/YYYY)") says so
    though every cell could be read either way ("11/05/2026"): its first dated cell.
    """
    example = first = None
    for cell in cells:
        readable = _numeric_readings(cell)
        if (True, False) in readable:
            return None  # "30/10/2026": a UK day, so the column is day first
        if example is None and (False, True) in readable:
            example = cell
        if first is None and readable:
            first = cell
    return example or (first if names_month_first(header) else None)


# A header naming the order of a date's figures as month, day (and year), as a US-built
# system heads its date columns: "Due Date (MM/DD/YYYY)", "mm-dd-yy", "M/D/YYYY"
_MONTH_DAY_FORMAT = re.compile(
    r"(?<![\w/.\-])(?:m{1,2}\s*(?P<sep>[/.\-])\s*d{1,2}\s*(?P=sep)\s*y{2,4}|mm\s*[/.\-]\s*dd)"
    r"(?![\w/.\-])",
    re.IGNORECASE,
)


def names_month_first(header: str) -> bool:
    """Whether a header names its dates' figures month first ("(MM/DD/YYYY)")."""
    return _MONTH_DAY_FORMAT.search(header) is not None


def _numeric_readings(cell: str) -> set[tuple[bool, bool]]:
    """For each numeric date in a cell: (a day read day first, a day read month first)."""
    return {
        (
            _exists(_year(m["y"]), int(m["m"]), int(m["d"])),
            _exists(_year(m["y"]), int(m["d"]), int(m["m"])),
        )
        for m in _DAY_FIRST.finditer(_words(cell))
    }


def _exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# ------------------------------------------------------------ TUI date entry
_OPEN_WORDS = frozenset(
    {"", "-", "none", "ongoing", "tbc", "tbd", "n/a", "na", "open", "no date", "clear"}
)
_OFFSET = _rx(
    r"(?:in\s+)?\+?(?P<n>\d{1,4})\s*(?P<unit>d|days?|w|wks?|weeks?|m|mths?|months?|y|yrs?|years?)"
)
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
    "eofy"; offsets "+2w", "in 2 weeks", "10d", "+3m" (same day, clipped to the month's
    end), "1y"; weekdays "fri" (the first one strictly after today) and "next
    fri" (next week's); any of these after "by", "end of" or "by the end of"
    ("end of Q4", "by 31/3"); day and month without a year "31/3", "31 March", "March
    31st" and a bare month "march" (the next one on or after today); "Q1".."Q4"
    (financial quarters, Q1 = April–June: the next end of that quarter on or after
    today, so "Q1" typed in December 2026 is 30 June 2027).
    """
    words = _words(text)
    if words in _OPEN_WORDS:
        return OPEN
    found = _typed_deadline(words, today)
    for lead_in in _LEAD_INS:  # "by 31/3", "end of Q4": the day named
        if found is None and (bare := lead_in.sub("", words, count=1)) != words:
            found = _typed_deadline(bare, today)
    return found


# What a person writes before the day itself: "by 31/3", "by the end of next month",
# "end of Q4", "by the end of the year" (the shorter first: "end of next month" is named)
_LEAD_INS = (
    re.compile(r"^by\s+(?:the\s+)?(?=\S)"),
    re.compile(r"^(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?(?=\S)"),
    # "w/c 11 Jan": the week's Monday is the day named, as "w/c 11/1/27" is read
    re.compile(r"^(?:w/[cb]\.?|week\s+(?:commencing|beginning))\s+(?=\S)"),
)


def _typed_deadline(words: str, today: dt.date) -> Deadline | None:
    for read in (_named, _offset, _weekday, _day_month, _bare_month, _quarter, _school_term):
        found = read(words, today)
        if found is not None:
            return found if _plausible(found) else None
    if _run_onto_a_date(words):
        return None
    found = parse_deadline(words)
    return found if found.due is not None else None


# What stands around a word without being part of it: "(revised", "2020)", "31/01/2027."
_AROUND_A_WORD = "()[]{}\"'‘’“”.,;:!?"


def _run_onto_a_date(words: str) -> str | None:
    """The word of typed text that runs letters or digits onto a date, "31/1/2027dd" or
    "xx31/1/2027": a paste gone wrong, whose date is not surely the one meant. The
    plan reader takes a date out of any sentence; a person at the keyboard is asked
    again. A date beside words is read ("Dec 2020 (revised from Jun 2020)", "March
    2027 subject to funding"), and a date that is all of its word ("Jan2027")."""
    dates = _dates(words, "financial")
    for word in re.finditer(r"\S+", words):
        start, end = _bare_span(word)
        inside = sorted((r.start, r.end) for r in dates if r.start < end and start < r.end)
        if inside and not _covered(start, end, inside):
            return word[0]
    return None


def _bare_span(word: re.Match[str]) -> tuple[int, int]:
    """Where a word stands without the brackets, quotes and stops around it: "2027" of
    "(2027).", whose date is all of its word."""
    text = word[0]
    start = word.start() + len(text) - len(text.lstrip(_AROUND_A_WORD))
    end = word.end() - (len(text) - len(text.rstrip(_AROUND_A_WORD)))
    return start, end


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Do ``spans`` (sorted) cover every character from ``start`` to ``end``?"""
    reached = start
    for first, last in spans:
        if first > reached:
            return False
        reached = max(reached, last)
    return reached >= end


# Named days counted from today; a calendar's own periods ("eoy", "Q4", "March") are not.
_COUNTED_NAMES = frozenset(
    {"today", "tomorrow", "eom", "end of month", "end of this month", "end of next month"}
)


def counts_from_today(text: str) -> bool:
    """Whether a typed deadline names its day by counting from the day it is typed:
    "today", "tomorrow", "next Friday", "in 2 weeks", "+2w", "end of next month".

    Such wording is true only on that day ("tomorrow" is wrong the day after), so
    beside the date it reads as a second, stale deadline. A calendar's own day or
    period ("31/3", "March", "end of Q4", "end of the year") names the same day all year.
    """
    words = _words(text)
    candidates = [words, *(lead_in.sub("", words, count=1) for lead_in in _LEAD_INS)]
    return any(
        w in _COUNTED_NAMES
        or _OFFSET.fullmatch(w)
        or _weekday_name(w) in WEEKDAYS
        or _TYPED_TERM.fullmatch(w)  # "next term" is another term once this one ends
        for w in candidates
    )


def typed_wording(text: str) -> str:
    """The wording kept beside a deadline a person typed: as typed ("end of jan",
    "Spring term 2027", "3/12", "Ongoing"), as an import keeps a plan's, so the
    detail and the reports can show it; where it is only the date again ("31/1/27")
    they show the date alone (``store.wording.due_aside``). Not wording that counts
    from today ("next Friday", "+2w"): it is wrong tomorrow, and the date says it."""
    return "" if counts_from_today(text) else text.strip()


def _weekday_name(words: str) -> str:
    """ "fri" of "next fri", "this fri" or "on fri" (a weekday only if in ``WEEKDAYS``)."""
    return words.removeprefix("next ").removeprefix("this ").removeprefix("on ")


def read_due_input(text: str, today: dt.date) -> Deadline:
    """``parse_due_input`` for a person at the keyboard: a refusal says why.

    Raises ``NotADate`` whose ``reason`` names a day that does not exist
    ("30 February 2027 does not exist", "31 April does not exist"), or has no
    reason when the wording is simply not understood.
    """
    parsed = parse_due_input(text, today)
    if parsed is not None:
        return parsed
    words = _words(text)
    raise NotADate(impossible_date(words) or _never_a_day(words) or _run_on_reason(text, words))


def _run_on_reason(text: str, words: str) -> str | None:
    """Why typed ``text`` (``words``, as read) is refused where it runs a word onto a date,
    naming the word as typed."""
    run_on = _run_onto_a_date(words)
    if run_on is None:
        return None
    typed = text.split()  # the word as typed, not lowered, where the words line up
    if len(typed) == len(words.split()):
        run_on = typed[words.split().index(run_on)]
    return (
        f"{run_on!r} has letters or digits run onto a date: type the date alone,"
        " any words after a space"
    )


def _never_a_day(words: str) -> str | None:
    """ "31/4" has no year to blame: that day and month never exist."""
    m = next((found for p in _DAY_MONTH if (found := p.fullmatch(words))), None)
    if m is None:
        return None
    day, month = int(m["d"]), _month(m)
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2028, month)[1]:
        return None  # a leap year holds every day that ever exists
    return no_such_day(day, month)


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
    """ "fri", "this fri", "on fri": the first Friday after today; "next fri": the
    Friday of next week, as people in the UK mean it (on a Wednesday, "next Friday"
    is nine days away, "Friday" two)."""
    name = _weekday_name(words)
    if name not in WEEKDAYS:
        return None
    if words.startswith("next "):
        next_monday = today + dt.timedelta(days=7 - today.weekday())
        return Deadline(next_monday + dt.timedelta(days=WEEKDAYS[name]), "day")
    ahead = (WEEKDAYS[name] - today.weekday() - 1) % 7 + 1  # 1..7: strictly after today
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


def day_nearest(text: str, first: dt.date, last: dt.date) -> dt.date | None:
    """A day and month written without a year ("2/12", "2 Dec") when it says when
    something was done, not when it is due: the one between ``first`` and ``last``
    when there is one, else the one nearest them (so "2/12" typed on 4 December is
    this 2 December, not next year's). None for any other wording."""
    words = _words(text)
    m = next((found for p in _DAY_MONTH if (found := p.fullmatch(words))), None)
    if m is None:
        return None
    days = [d for y in range(first.year - 1, last.year + 2) if (d := _on(y, _month(m), m["d"]))]
    return min(days, key=lambda d: max(first - d, d - last, dt.timedelta(0)), default=None)


def _on(year: int, month: int, day: str) -> dt.date | None:
    try:
        return dt.date(year, month, int(day))
    except ValueError:
        return None


def _bare_month(words: str, today: dt.date) -> Deadline | None:
    m = _BY_MONTH.fullmatch(words)
    if not m:
        return None
    end = month_end(today.year, _month(m))
    return Deadline(end if end >= today else month_end(today.year + 1, _month(m)), "month")


# "term", "this term", "next term", "spring term", "next summer term": a school term
# named from today (with "end of" taken off first: "end of next term")
_TYPED_TERM = _rx(r"(?:(?P<which>this|next)\s+)?(?:(?P<term>autumn|spring|summer)\s+)?term")


def _school_term(words: str, today: dt.date) -> Deadline | None:
    """A school term named from today, ending as the importer's terms end (``TERM_END``:
    autumn 31 Dec, spring 31 Mar, summer 31 Jul). "term" and "this term" are the term
    holding today (the summer holiday belongs to the autumn term ahead); "next term"
    the one after; a named term the next to end on or after today, "next" skipping
    one that holds today."""
    m = _TYPED_TERM.fullmatch(words)
    if m is None:
        return None
    ends = [
        (term, month_end(year, month))
        for year in (today.year, today.year + 1, today.year + 2)
        for term, month in sorted(TERM_END.items(), key=lambda item: item[1])
        if month_end(year, month) >= today
    ]
    if m["term"] is None:
        in_term = today.month != 8  # in the summer holiday the next term is the one ahead
        return Deadline(ends[1 if m["which"] == "next" and in_term else 0][1], "quarter")
    named = [end for term, end in ends if term == m["term"]]
    skip = m["which"] == "next" and ends[0][0] == m["term"]
    return Deadline(named[1 if skip else 0], "quarter")


def _quarter(words: str, today: dt.date) -> Deadline | None:
    """ "Q1" typed with no year: the next end of that financial quarter not yet past, as
    "march" is the next March: "Q1" typed in December is June next year (this financial
    year's Q1 ended in June, and a new deadline is never meant to be overdue at once)."""
    m = re.fullmatch(r"q(?:uarter\s*)?([1-4])", words)
    if not m:
        return None
    ends = (month_end(_fy_start(today) + n, 3 + 3 * int(m[1])) for n in (0, 1))
    return Deadline(next(end for end in ends if end >= today), "quarter")


# ------------------------------------------------------------- status words
# "Complete by March 2018" is a target, not news that it is done.
_TARGET = r"(?!\s+(?:by|before|within|no later)\b)"
# The work named before its state ("Action completed.", "Actions complete", "Work
# started", "Recommendation implemented."): a progress cell's opening words say the
# action's state all the same.
WORK_NAMED = (
    r"(?:(?:the\s+)?(?:recommendations?|actions?|work|tasks?|steps?)\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?)?"
)
# A named activity of the work before "started" ("Quarterly audit started in October",
# "Recruitment has started"): a noun for the work, perhaps after one word that is no
# negation nor count ("Nothing started", "Two inspectors started in October" state no
# start of the work). Only a start: a part done is not the action done.
_ACTIVITY = (
    r"(?:audit|review|training|recruitment|consultation|pilot|programme|project|survey"
    r"|assessment|evaluation|analysis|inspection|procurement|implementation|roll-?out"
    r"|monitoring|testing|trial|engagement|exercise|campaign|process|work|action|task|step"
    # a records team's "Data cleanse started", "Data cleansing has started"
    r"|cleanse|cleansing|clean-?up)s?"
)
_PART_NAMED = (
    r"(?:the\s+)?(?:(?!(?:not|no|never|yet|to|be|will|once|if|when|until|before|after"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|some|few|several|many|all)\b)"
    r"[a-z'-]+\s+)?" + _ACTIVITY + r"\s+(?:(?:has|have|had|was|were)\s+)?"
    r"(?P<part_started>started)\b(?!\s*:)"
)
_STATUS_START = re.compile(
    r"\W*(?:" + _PART_NAMED + "|" + WORK_NAMED + r"(?:(?P<not_started>not\s+(?:yet\s+)?started\b)"
    r"|(?P<done>(?:completed|complete" + _TARGET + r"|done|achieved|closed)\b)"
    r"|(?P<in_progress>(?:in[\s-]progress|under\s?way|started)\b)"
    # "On hold – pending the CRM decision"; a bare word only as the whole opening, set
    # off by a dash, colon or stop ("Paused:"), not "Deferred income reviewed"
    r"|(?P<blocked>on\s+hold\b|(?:blocked|paused|stalled)(?=\s*(?:[-–—:.;]|$)))))"
)


@lru_cache(maxsize=4096)  # asked of three cells of every row; plans repeat their wording
def status_hint(text: str) -> Status | None:
    """The status that wording states outright at its start, else None.

    "Completed – first weekly report wef 11/03/13" is done; "In progress",
    "Underway", "Started" are in progress; "Not started" is not started; "On hold –
    pending …" is blocked. Anything vaguer ("Ongoing", "On track") gives None: a guess is worse.
    """
    words = " ".join(text.lower().split())
    m = _STATUS_START.match(words)
    if m is None:
        return None
    if m.lastgroup == "part_started" or m.lastgroup == "done" and done_in_part(words, m.end()):
        # a part started, or some parts of several done ("Completed phase 1 of 3")
        return "in_progress"
    return cast(Status, m.lastgroup)


def deadline_states(
    text: str, passed_by: dt.date | None = None, *, month_first: bool = False
) -> Status | None:
    """The status a deadline cell states at its start (``status_hint``). A word for done
    before a deadline still to come on ``passed_by`` (the day the plan is as at) is the
    verb of the work, not news that it is done: "Complete Mar 27; review Sep 27",
    "Completed by Mar 27", "Complete: 31/03/2027" state nothing. Done stands where the
    cell names no deadline ("Complete", "Done 20/11/2026": the day it was done is none)
    or a passed one ("Completed in October 2026"); another state always does ("On hold
    until 31/03/2027")."""
    hint = status_hint(text)
    if hint != "done":
        return hint
    due = parse_deadline(text, month_first=month_first).due
    return hint if due is None or (passed_by is not None and due <= passed_by) else None
