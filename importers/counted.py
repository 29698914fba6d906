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

from importers.cells import folded
from importers.dates import (
    APRIL,
    SEASON_END,
    Deadline,
    QuarterRule,
    header_year,
    month_end,
    parse_deadline,
)
from importers.headings import NUMBER_WORDS
from store.calendar_words import MONTHS, WEEKDAYS

# Events a plan counts from; an inspection is a visit, so either word names it.
_EVENTS = {
    "inspection": "inspection",
    "visit": "inspection",
    "assessment": "assessment",
    "report": "report",
}
_EVENT = rf"(?P<event>{'|'.join(_EVENTS)})"
# Any other event a plan labels with its day ("Date of JTAI letter: 14 July 2026"): it is
# counted from only by wording naming the same noun ("within 6 months of the JTAI letter").
# The noun may be a hyphened compound, as a plan's milestones often are ("Date of
# sign-off", "Go-live date"), matched whole by wording naming it ("of sign-off")
_NOUN = r"(?P<event>[a-z]+(?:-[a-z]+)*)"
_DAY = (
    r"(?P<date>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
)
# Words naming which event it was ("Mental Health Act monitoring visit"): the event
# word is the last before the day, as the head of an English compound is; a linking
# word between ("Date of response to the visit") makes it another event's date
_LINK = r"(?:of|to|for|after|following|from|before|since|on|by|and|or|in|at|with)"
_QUALIFIERS = rf"(?:(?!{_LINK}\b)[\w'’()-]+\s+){{0,6}}?"
# "Date of inspection: 08/07/2026", "Date of the site visit – …", "Inspection date: …",
# "Date of Mental Health Act monitoring visit: 14 October 2026",
# "the GPhC inspection on 08/07/2026", "assessment of 14 September 2026",
# "GIRFT deep dive visit: 16/06/2026" (a label of its own, from the line's or the
# sentence's start, so "Response to the visit: …" names another event)
_LABELLED_DATES = [
    re.compile(rf"\bdate\s+of\s+(?:the\s+)?{_QUALIFIERS}{_NOUN}\s*[:\-–—]?\s*{_DAY}", re.I),
    re.compile(rf"\b{_EVENT}\s+date\s*[:\-–—]?\s*{_DAY}", re.I),
    re.compile(rf"\b{_EVENT}\s+(?:on|of|dated|held\s+on|carried\s+out\s+on)\s+{_DAY}", re.I),
    re.compile(rf"(?:^|[.;\n])\s*{_QUALIFIERS}{_EVENT}\s*[:\-–—]\s*{_DAY}", re.I),
    # "Audit date: 15/09/2026", a label of its own: any noun before "date" is the event
    re.compile(rf"^\s*{_NOUN}\s+date\s*[:\-–—]\s*{_DAY}", re.I),
]
# "within one" to "within twelve" weeks, months or days
_NUMBER_WORDS = {word: n for word, n in NUMBER_WORDS.items() if n <= 12}
_TIME = rf"(?P<n>\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s+(?P<unit>day|week|month)s?"
_WITHIN = re.compile(
    rf"^\s*within\s+{_TIME}"
    r"(?:\s+(?:of|from|after)\s+(?:the\s+)?(?P<named>[\w' -]{1,60}?))?[\s.]*$",
    re.I,
)
# "14 days from report", "3 months after the visit": a time counted from a named event
# without "within", as a remediation plan writes its time limits. The event must be named
# (a bare "14 days" is a length of time, not a deadline).
_FROM = re.compile(
    rf"^\s*{_TIME}"
    r"\s+(?:from|after)\s+(?:the\s+)?(?P<named>[\w' -]{1,60}?)[\s.]*$",
    re.I,
)
# "Publication + 3 months": the event first, then the time after it; the event must be
# named (a bare "+ 3 months" says after what no more than "3 months" does)
_PLUS = re.compile(
    rf"^\s*(?P<named>[A-Za-z][\w' -]{{0,60}}?)\s*\+\s*{_TIME}[\s.]*$",
    re.I,
)
_NAMED_EVENT = re.compile(rf"^(?:[\w-]+\s+){{0,2}}?{_NOUN}$", re.I)
# "of the date of our final report" names the report as "of the final report" does: the
# words "the date of" and a possessive say nothing of which event it is
_EVENT_PREAMBLE = re.compile(
    r"^(?:the\s+)?(?:date|day)\s+of\s+|^(?:the|our|its|their|your)\s+", re.I
)

EventDates = dict[str, dt.date]  # "inspection" → the day the plan prints for it
KeyedDays = dict[str, dt.date]  # "PB13" → the day the plan keys to it above the table


def event_dates(texts: Iterable[str]) -> EventDates:
    """The days the rows above a table label as an inspection (or visit), assessment or
    report. An event given two different days is left out: which one counts is unsaid."""
    found: dict[str, set[dt.date]] = {}
    for text in texts:
        for pattern in _LABELLED_DATES:
            for m in pattern.finditer(text):
                if (day := full_day(m["date"])) is not None:
                    found.setdefault(_event(m["event"]), set()).add(day)
    return _given_one_day(found)


def full_day(written: str) -> dt.date | None:
    """The day a date names to the day; None for a month, a year or no date (an event
    or a position is as at one day, not a span)."""
    day = parse_deadline(written)
    return day.due if day.precision == "day" else None


def _given_one_day(found: dict[str, set[dt.date]]) -> dict[str, dt.date]:
    """Each name given one day only; a name given two different days is left out, as
    which one holds is unsaid."""
    return {name: next(iter(days)) for name, days in found.items() if len(days) == 1}


def _event(noun: str) -> str:
    """The event a noun names: a visit is an inspection; any other noun is its own."""
    return _EVENTS.get(noun.casefold(), noun.casefold())


# "Position at 30 November 2026", "Progress as at 30/11/2026", "Updated on 1 Dec 2026"
_POSITION = re.compile(
    rf"\b(?:position|progress|status|updated?)\s+(?:as\s+)?(?:at|of|on)\s*[:\-–—]?\s*{_DAY}",
    re.I,
)


# A row saying only the day the progress is as at: "As at 1 Dec 2026", "As of 30/11/2026",
# "Position as at 30 November 2026". It changes every month, so it never titles a plan.
_POSITION_LINE = re.compile(
    rf"^\s*(?:(?:position|progress|status|updated?)\s+(?:as\s+)?(?:at|of|on)|as\s+(?:at|of))"
    rf"\s*[:\-–—]?\s*{_DAY}\s*\.?\s*$",
    re.I,
)


def position_line(text: str) -> bool:
    """The row says nothing but the day the plan's progress is as at."""
    return _POSITION_LINE.match(text) is not None


# "Reporting period: October to November 2026": the progress is as at the period's end
_REPORTING_PERIOD = re.compile(r"^\s*reporting\s+period\s*[:\-–—]\s*(?P<period>.+?)\s*$", re.I)


# "Log updated: 2 December 2026", "Last updated: 12/11/2026": the day the plan was last
# written, so the day its progress is as at where no position date is printed
_UPDATED_LINE = re.compile(rf"\bupdated\s*:\s*{_DAY}", re.I)


def position_date(texts: Iterable[str]) -> dt.date | None:
    """The day the rows above a table say the progress is as at, else the last day of
    the reporting period they name, else the day they say the plan was last updated;
    None when none is printed, or two different ones (which one holds is unsaid)."""
    texts = list(texts)
    found = [m for text in texts for m in _POSITION.finditer(text)]
    found += [m for text in texts if (m := _POSITION_LINE.match(text))]
    days = {day for m in found if (day := full_day(m["date"])) is not None}
    if not days:
        ends = (_period_end(m["period"]) for t in texts if (m := _REPORTING_PERIOD.match(t)))
        days = {end for end in ends if end is not None}
    if not days:
        written = (m for text in texts for m in _UPDATED_LINE.finditer(text))
        days = {day for m in written if (day := full_day(m["date"])) is not None}
    return next(iter(days)) if len(days) == 1 else None


# A note above the table on what its quarters are: "Timescales are quarters of the 2026/27
# financial year unless another year is shown."
_QUARTERS_NOTE = re.compile(r"\bquarters\b", re.I)


def quarters_year(texts: Iterable[str]) -> str | None:
    """The one year a line above the table gives the plan's quarters ("Timescales are
    quarters of the 2026/27 financial year …" → "2026/27"), as a header naming it would
    ("Target quarter (2026/27)"); None where no line says so, or lines name two."""
    years = {year for t in texts if _QUARTERS_NOTE.search(t) and (year := header_year(t))}
    return years.pop() if len(years) == 1 else None


def titled_financial_year(texts: Iterable[str]) -> str | None:
    """The one financial year the lines above the table name ("Corporate Plan 2026/27 –
    monitoring" → "2026/27"): the year of update columns headed by a quarter alone ("Q2
    update"). None where none is named, or two; a calendar year alone is no such year."""
    years = {year for t in texts if (year := header_year(_DASH.sub("-", t))) and _school_year(year)}
    return years.pop() if len(years) == 1 else None


def titled_year_start(texts: Iterable[str]) -> dt.date | None:
    """The first day of the one school year the plan's title block names ("School
    improvement plan 2025/26 – end of year review" → 1 Sep 2025): a term it names with
    no year ("By end of Summer term") is that year's. None where none is named, or two."""
    years = {year for t in texts if (year := header_year(_DASH.sub("-", t))) and _school_year(year)}
    if len(years) != 1:
        return None
    first = re.match(r"\d{4}", years.pop())
    return dt.date(int(first[0]), 9, 1) if first else None


# Word writes a hyphen typed between spaces as an en dash: "2025–26" is "2025-26"
_DASH = re.compile("[–—]")


def _school_year(year: str) -> bool:
    """ "2025/26", or "2025-26" and "2025-2026" (a dash from a year to the next only):
    "2024-2027" is a strategy's span, no school year."""
    if "/" in year:
        return True
    first, _, second = (part.strip() for part in year.partition("-"))
    return (
        first.isdigit() and second.isdigit() and int(second) == (int(first) + 1) % 10 ** len(second)
    )


# A key to a financial year's numbered months or periods, "(M1 = April)", "P1 = April,
# P12 = March", "Period 4 = July": the month a number stands for
_KEYED_MONTH = re.compile(
    r"\b(?:[MP]|Month|Period)\s*(?P<n>\d\d?)\s*=\s*(?P<month>[A-Za-z]{3,9})\b\.?"
)


# A line outside the table saying its quarters are the calendar year's: "Target quarters
# are calendar quarters", "Quarters: calendar year (Q1 = January to March)"
_CALENDAR_QUARTERS = re.compile(
    r"\bcalendar(?:[\s-]+year)?\s+quarters?\b|\bquarters?\b[^.;]{0,30}\bcalendar\b", re.I
)

_NOT_CALENDAR = re.compile(r"\bnot\s+(?:the\s+)?calendar\b", re.I)  # "financial, not calendar"


def quarters_rule(texts: Iterable[str]) -> QuarterRule:
    """Calendar quarters where a line outside the table says the plan's are ("Target
    quarters are calendar quarters: 2027 Q1 = January to March 2027"), so "2027 Q1" is
    31 Mar 2027; the UK public sector's financial quarters otherwise."""
    said = any(_CALENDAR_QUARTERS.search(t) and not _NOT_CALENDAR.search(t) for t in texts)
    return "calendar" if said else "financial"


def keyed_year_start(texts: Iterable[str]) -> int:
    """The month a financial year's first month or period is, as the rows outside a
    table key its numbers ("P1 = April, P12 = March"): "P10 2026/27" counts from it.
    April, the UK public sector's, when no key says or two keys disagree."""
    starts = {
        (MONTHS[month] - int(m["n"])) % 12 + 1
        for text in texts
        for m in _KEYED_MONTH.finditer(text)
        if (month := m["month"].casefold()) in MONTHS and 1 <= int(m["n"]) <= 12
    }
    return starts.pop() if len(starts) == 1 else APRIL


# The words a period is written in besides its figures: months, seasons, terms, joins
_PERIOD_JOINS = frozenset({"to", "until", "till", "through", "and"})
_PERIOD_NAMES = frozenset({*MONTHS, *SEASON_END, "term", "half", "quarter"})
_PERIOD_WORDS = _PERIOD_NAMES | _PERIOD_JOINS


def _period_end(period: str) -> dt.date | None:
    """The last day of a period written in dates alone ("October to November 2026", "Q2
    2026/27"); None for wording that says more ("monthly to the Board by 31/03/2027")."""
    words = re.findall(r"[A-Za-z]+(?![\w/])", period)
    if any(w.casefold() not in _PERIOD_WORDS for w in words if not w.isupper() or len(w) > 2):
        return None
    return parse_deadline(period).due


# A code the plan keys to a day above its table: a numbered meeting's "PB13 = 11/11/2026"
# in a row "Meetings: PB11 = 09/09/2026; PB12 = 14/10/2026; …", or with a space and a
# spaced dash, as a governing body's calendar is typed ("LGB 2 – 09/12/2026; LGB 3 –
# 10/02/2027"), or a capitalised word and a number, as a board numbers its meetings in a
# key row ("Key dates: Board 4 = 10/03/2027; Board 5 = 09/06/2027"). Letters then
# figures, so a word ("Owners: SR = Sarah Reid") or a day alone keys nothing.
# A numbered period may carry its academic year, as a university keys each semester of
# the year ("Semester 1 2026/27 ends 22 January 2027"): the year is part of its name.
_CODE = r"(?:[A-Z]{1,5}|[A-Z][a-z]{2,11}) ?\d{1,3}(?!\d)(?:\s+\d{4}/\d{2}(?![\d/]))?"
# A period the plan's calendar says ends on a day keys it as well, written as an
# academic calendar gives it ("Trimester 2 ends 23 April 2027", "Phase 1 ends on
# 31/03/2027", "Trimester 2: 23/04/2027").
_KEYED_SEP = r"(?:\s*[=:]|\s+[\-–—]|\s+ends(?:\s+on)?)"
# A period keyed to the span it runs, as a team's sprint calendar gives it ("Sprint 12:
# 30/11/2026 – 11/12/2026", "Iteration 5: 19/10/2026 to 06/11/2026"): work due in it is
# due by its end, so the span's last day is the key
_SPAN_END = rf"(?:\s*(?:[\-–—]|to|until)\s*{_DAY.replace('?P<date>', '?P<end>')})?"
_KEYED_DAY = re.compile(rf"(?<![\w/])(?P<code>{_CODE}){_KEYED_SEP}\s*{_DAY}{_SPAN_END}")


# A timescale's words the rows above the table key to the day they end by, a review's
# categories in a row "Timescales: Quick win = by 31 December 2026; Short term = by 31
# March 2027": words alone (no figures), opening the row or after a colon or semicolon.
# They date a deadline written as those words, never a line of news.
# A band of months or weeks a timescale may be written as instead: "0–3 months", "6-12 months"
_BAND = r"\d{1,2}\s*(?:[\-–—]|to)\s*\d{1,2}\s*(?:months?|weeks?)"
_KEYED_WORDS = re.compile(
    rf"(?:^|[:;])\s*(?P<code>{_BAND}|[A-Za-z][A-Za-z'’ -]{{0,30}}?)\s*=\s*"
    rf"(?:(?i:by|before|no\s+later\s+than)\s+)?{_DAY}"
)


# A day the plan keys to a letter its deadlines count from, as a mobilisation plan keys
# service commencement: "Service commencement (T): Monday 5 April 2027", "Go-live (G) is
# 1 April 2027", "T = 05/04/2027" (a weekday before the day says nothing more)
_WEEKDAY = rf"(?:(?i:on\s+)?(?i:{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?,?\s+)?"
_LETTER_KEY = re.compile(
    r"(?:\((?P<bracketed>[A-Z])\)\s*(?::|=|\bis\b|[\-–—])"
    r"|(?<![\w(])(?P<letter>[A-Z])\s*(?:=|\bis\b))"
    rf"\s*{_WEEKDAY}{_DAY}"
)
# A deadline counted from the keyed letter's day: "T-90", "T − 7", "T+14", "By T+2 weeks",
# "T" alone (the day itself)
_FROM_LETTER = re.compile(
    r"^\s*(?:(?i:by|before|on|at)\s+)?(?P<letter>[A-Z])"
    r"(?:\s*(?P<sign>[-+−–])\s*(?P<n>\d{1,3})\s*(?P<unit>d|days?|w|wks?|weeks?)?)?\W*$"
)


def _letter_key(letter: str) -> str:
    """How a letter's day is kept among the keyed days: "day t", beside "day 1"."""
    return f"day {letter.casefold()}"


def counted_from_letter(text: str, keyed: KeyedDays) -> Deadline | None:
    """The day a deadline counted from a keyed letter's day falls ("T-90" 90 calendar
    days before T, "T+2 weeks" 14 days after, "T" the day); None where the plan keys no
    day to the letter."""
    m = _FROM_LETTER.match(text)
    day = keyed.get(_letter_key(m["letter"])) if m else None
    if m is None or day is None:
        return None
    if m["n"] is None:
        return Deadline(day, "day")
    weeks = (m["unit"] or "d").casefold().startswith("w")
    days = int(m["n"]) * (7 if weeks else 1)
    return Deadline(day + dt.timedelta(days=days if m["sign"] == "+" else -days), "day")


# A meeting the rows above the table date by its name, as a council's plan lists its
# committee cycle: "Meeting dates 2026/27: Cabinet 13 January 2027; Audit and Governance
# Committee 27 January 2027". Each part (after a label's colon, or a ";" or ",") is a
# name in capitals, joined by small words, then its day.
_JOIN = r"(?:and|of|the|for|&)"
_MEETING_NAME = rf"(?P<name>[A-Z][\w'’-]*(?:\s+(?:{_JOIN}\s+)*[A-Z][\w'’-]*)*)"
_MEETING_DAY = re.compile(
    rf"(?:^|[:;,]\s*){_MEETING_NAME}\s*(?:(?i:on)\s+|[:\-–—]\s*)?{_DAY}(?=\s*(?:[;,.]|$))"
)
# A label dating the plan itself, not a meeting to come: "Last reviewed: Estates Board 2
# October 2026", "Approved: Cabinet 10 November 2026". The meeting there is past business.
_PLAN_DATED_BY = re.compile(
    r"\b(?:last|reviewed|approved|approval|agreed|updated|adopted|endorsed|signed|ratified"
    r"|revised|published|accepted|noted)\b",
    re.I,
)
# A deadline counted from a dated meeting: "2 weeks before Cabinet", "10 days before the
# Audit and Governance Committee", "1 week after Budget Council meeting"
_FROM_MEETING = re.compile(
    r"^\s*(?:(?i:by)\s+)?(?P<n>\d{1,3})\s*(?P<unit>(?i:working\s+)?(?i:days?|weeks?|wks?))\s+"
    r"(?P<side>(?i:before|after|prior\s+to))\s+(?P<name>[^\d]{2,80}?)[\s.]*$"
)


def _meeting_key(name: str) -> str:
    """A meeting as looked up: "the Cabinet meeting" and "Cabinet" are one."""
    words = folded(name).split()
    words = words[1:] if words[:1] in (["the"], ["next"]) else words
    return "meeting " + " ".join(words[:-1] if words[-1:] == ["meeting"] else words)


def _schedules_meeting(before: str) -> bool:
    """Whether a meeting's day is named as a meeting to come: its part of the row (after
    the last ";") carries no label dating the plan ("Last reviewed:", "Approved:")."""
    return _PLAN_DATED_BY.search(before.rsplit(";", 1)[-1]) is None


# The meeting's further days after its first, in a row of the committee cycle:
# "Cabinet: 13 January 2027; 10 March 2027; 9 June 2027"
_NEXT_MEETING_DAY = re.compile(rf"\s*[;,]\s*(?:and\s+)?{_DAY}(?=\s*(?:[;,.]|$))", re.I)
# A deadline naming the meeting of a month, no year: "By March Cabinet", "February Full
# Council", "By the June Cabinet meeting"
_MONTHS_MEETING = re.compile(
    r"^\s*(?:(?i:by)\s+)?(?:(?i:the)\s+)?(?P<month>[A-Za-z]{3,9})\s+(?P<name>[A-Z][^\d]{1,80}?)[\s.]*$"
)


def _more_days_of_the_meeting(text: str, end: int) -> list[dt.date]:
    """The days listed after a meeting's first, each after a ";" or ",", up to the
    first part that is no day alone (another meeting's name)."""
    days: list[dt.date] = []
    while (m := _NEXT_MEETING_DAY.match(text, end)) is not None:
        if (day := full_day(m["date"])) is None:
            break
        days.append(day)
        end = m.end()
    return days


def _month_key(meeting: str, month: int) -> str:
    """How the meeting of one month is kept among the keyed days: "meeting cabinet in 3"."""
    return f"{meeting} in {month}"


def in_a_months_meeting(
    text: str, keyed: KeyedDays, written: dt.date | None = None
) -> Deadline | None:
    """The day of the meeting a deadline names by its month, with no year ("By March
    Cabinet"), where the plan's committee cycle dates that meeting once in that month
    (10 March 2027); None where it dates none there, or more than one, or where that day
    came before the day the plan was ``written`` (a past year's cycle: the month's
    meeting still to come is not the one it lists)."""
    m = _MONTHS_MEETING.match(text) if keyed else None
    month = MONTHS.get(m["month"].casefold()) if m else None
    if m is None or month is None:
        return None
    day = keyed.get(_month_key(_meeting_key(m["name"]), month))
    if day is None or (written is not None and day < written):
        return None
    return Deadline(day, "day")


def counted_from_meeting(text: str, keyed: KeyedDays) -> Deadline | None:
    """The day a deadline counted from a meeting the plan dates falls ("2 weeks before
    Cabinet" 14 days before Cabinet's day); None where the plan dates no such meeting or
    the days are working days (which days count is unsaid)."""
    m = _FROM_MEETING.match(text) if keyed else None
    day = keyed.get(_meeting_key(m["name"])) if m else None
    if m is None or day is None or "working" in m["unit"].casefold():
        return None
    days = int(m["n"]) * (7 if m["unit"].casefold().startswith("w") else 1)
    return Deadline(
        day + dt.timedelta(days=-days if m["side"].casefold() != "after" else days), "day"
    )


def keyed_days(texts: Iterable[str]) -> KeyedDays:
    """The days the rows above a table key to codes ("PB13 = 11/11/2026") or to a
    timescale's words ("Short term = by 31 March 2027", kept folded); a code keyed to two
    different days is left out: which one holds is unsaid."""
    found: dict[str, set[dt.date]] = {}
    for text in texts:
        for year, end in _plan_year_ends(text).items():
            found.setdefault(year, set()).add(end)
        for unit, first in _plan_first_days(text).items():
            found.setdefault(unit, set()).add(first)
        for m in _LETTER_KEY.finditer(text):
            if (day := full_day(m["date"])) is not None:
                letter = m["bracketed"] or m["letter"]
                found.setdefault(_letter_key(letter), set()).add(day)
        for m in _KEYED_DAY.finditer(text):
            if (day := full_day(m["end"] or m["date"])) is not None:
                found.setdefault(_code_key(m["code"]), set()).add(day)
        for m in _MEETING_DAY.finditer(text):
            if _schedules_meeting(text[: m.start("name")]) and (day := full_day(m["date"])):
                found.setdefault(_meeting_key(m["name"]), set()).add(day)
                for each in (day, *_more_days_of_the_meeting(text, m.end())):
                    month = _month_key(_meeting_key(m["name"]), each.month)
                    found.setdefault(month, set()).add(each)
        for m in _KEYED_WORDS.finditer(text):
            if (day := full_day(m["date"])) is not None:
                found.setdefault(_timescale_key(m["code"]), set()).add(day)
    return _given_one_day(found)


# A plan dating its period above its table, so its timescales may say which year of the
# plan ("Year 1"): "Plan period: April 2026 to March 2028", "Strategy period – Sep 2026
# to Aug 2029", a label ending in "period", then two months with their years
_MONTH_YEAR = r"[A-Za-z]{3,9}\.?\s+\d{4}"
_PLAN_PERIOD = re.compile(
    rf"\bperiod\s*[:\-–—]\s*(?P<start>{_MONTH_YEAR})\s*(?:to|until|[\-–—])\s*(?P<end>{_MONTH_YEAR})",
    re.I,
)


def _plan_year_ends(text: str) -> dict[str, dt.date]:
    """The day each year of a dated plan period ends, keyed as its timescale words it
    ("year 1", "year 2"): year N ends N years after the period's first month, less a day
    (April 2026 to March 2028: year 1 ends 31 Mar 2027); the last year at the period's end."""
    m = _PLAN_PERIOD.search(text)
    start, end = (_month_of(m["start"]), _month_of(m["end"])) if m else (None, None)
    if start is None or end is None:
        return {}
    first = start.replace(day=1)
    months = (end.year - first.year) * 12 + end.month - first.month + 1
    ends: dict[str, dt.date] = {}
    # each year, quarter and half of the plan, by its length in months; one it does
    # not reach is left out, the last one ends at the period's end
    for length, label in ((12, "year {n}"), (3, "year {n} q{part}"), (6, "year {n} h{part}")):
        per_year = 12 // length
        for k in range(1, -(-months // length) + 1):
            n, part = (k - 1) // per_year + 1, (k - 1) % per_year + 1
            ends[label.format(n=n, part=part)] = min(
                end, month_end(first.year, first.month - 1 + length * k)
            )
    return ends


# A quarter or a half of a year of the plan: "Q3 of Year 1", "Quarter 2 of year 2",
# "Year 2 Q1", "H1 of Year 2", perhaps after "By" or "End of"
_PART = r"(?:(?:q|qtr\.?\s*|quarter\s*)(?P<q>[1-4])|(?:h|half\s*)(?P<h>[12]))"
_LEAD_IN = r"^\s*(?:(?:by\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?)?"
_PART_OF_YEAR = re.compile(
    rf"{_LEAD_IN}{_PART}\s*,?\s*(?:of\s+)?(?:the\s+)?year\s*(?P<n>\d{{1,2}})\W*$", re.I
)
_YEAR_THEN_PART = re.compile(rf"{_LEAD_IN}year\s*(?P<n>\d{{1,2}})\s*[,:\-–—]?\s*{_PART}\W*$", re.I)


def _part_of_a_plan_year(text: str) -> re.Match[str] | None:
    """The quarter or half of a year of the plan the wording names, if it names one."""
    return _PART_OF_YEAR.match(text) or _YEAR_THEN_PART.match(text)


def in_a_plan_year(text: str, keyed: KeyedDays) -> Deadline | None:
    """The day a quarter or half of a year of the plan ends ("Q2 of Year 2"), counted
    from the first month of the period the rows above the table date; None where they
    date none, or the period does not reach it."""
    m = _part_of_a_plan_year(text) if keyed else None
    if m is None:
        return None
    part = f"q{m['q']}" if m["q"] else f"h{m['h']}"
    day = keyed.get(f"year {int(m['n'])} {part}")
    return Deadline(day, "quarter") if day is not None else None


# A plan counting its own days or months, dating the first above its table: "Day 1 of
# this plan: 22 September 2026", "Month 1 of the plan = October 2026", "Month 1: Oct 2026"
_PLAN_FIRST = re.compile(
    r"\b(?P<unit>day|month)\s+1\s+(?:of\s+(?:the|this|our)\s+(?:plan|programme)\s*)?"
    rf"(?:=|:|is\b|[\-–—])\s*(?:{_DAY}|(?P<month>{_MONTH_YEAR}))",
    re.I,
)


def _plan_first_days(text: str) -> dict[str, dt.date]:
    """The deadline a plan's "Day 1" or "Month 1" is, keyed "day 1" or "month 1": the
    day it dates, or the last day of the month it names (a day names its month)."""
    found: dict[str, dt.date] = {}
    for m in _PLAN_FIRST.finditer(text):
        unit = m["unit"].casefold()
        day = full_day(m["date"]) if m["date"] else None
        if unit == "day" and day is not None:
            found["day 1"] = day
        month = day or _month_of(m["month"] or "")
        if unit == "month" and month is not None:
            found["month 1"] = month_end(month.year, month.month)
    return found


# A deadline written as a day or month of the plan: "Day 30", "By Day 100", "Month 6",
# "End of Month 12"
_PLAN_NUMBERED = re.compile(
    r"^\s*(?:(?:by|before|end\s+of)\s+(?:the\s+)?)?(?P<unit>day|month)\s+(?P<n>\d{1,4})\W*$",
    re.I,
)


def plan_numbered(text: str, keyed: KeyedDays) -> Deadline | None:
    """The day a plan's own day or month number falls, counted from the "Day 1" or
    "Month 1" its rows above the table date: Day N is N - 1 days after Day 1, Month N
    ends N - 1 months after Month 1. None where the plan dates no first one."""
    m = _PLAN_NUMBERED.match(text)
    first = keyed.get(f"{m['unit'].casefold()} 1") if m else None
    if m is None or first is None or int(m["n"]) < 1:
        return None
    later = int(m["n"]) - 1
    if m["unit"].casefold() == "day":
        return Deadline(first + dt.timedelta(days=later), "day")
    return Deadline(month_end(first.year, first.month + later), "month")


def numbers_a_plan_day(text: str) -> bool:
    """Wording of a day or month of the plan ("Day 30", "Month 6"), or a quarter of one
    of its years ("Q3 of Year 1"): a time as written, evidence of a deadline column
    whether or not the plan dates its first."""
    return _PLAN_NUMBERED.match(text) is not None or _part_of_a_plan_year(text) is not None


def _month_of(written: str) -> dt.date | None:
    """The last day of a month written with its year ("April 2026"); None otherwise."""
    month = parse_deadline(written)
    return month.due if month.precision == "month" else None


# A keyed code opening a line of news, then a colon or a spaced dash ("PB13: estimate
# awaited"), or standing for a deadline, perhaps after "By" or "At" ("PB14", "By PB14")
_CODE_OPENS = re.compile(rf"^\s*(?P<code>{_CODE})\s*(?::|\s[\-–—]\s)\s*\S")
_CODE_ALONE = re.compile(rf"^\s*(?:(?i:by|at|before|end\s+of)\s+)?(?P<code>{_CODE})\W*$")
_WORDS_ALONE = re.compile(
    rf"^\s*(?:(?i:by|at|before|end\s+of)\s+)?"
    rf"(?P<code>{_BAND}|[A-Za-z][A-Za-z'’ -]*?(?:\s\d{{1,2}})?)\W*$"
)


def _code_key(code: str) -> str:
    """A keyed code as looked up: "LGB 3" and "LGB3" are one meeting, as "Board 4" and
    "board 4" are."""
    return code.replace(" ", "").casefold()


def keyed_code(text: str, keyed: KeyedDays, *, whole: bool = False) -> str | None:
    """The keyed code a line of news opens with ("PB13: …"), or, ``whole``, the code or
    the timescale's words a deadline is written as ("PB14", "Short term", folded); None
    for a code the plan keys to no day."""
    m = (_CODE_ALONE if whole else _CODE_OPENS).match(text) if keyed else None
    if m and (code := _code_key(m["code"])) in keyed:
        return code
    words = _WORDS_ALONE.match(text) if keyed and whole else None
    return code if words and (code := _timescale_key(words["code"])) in keyed else None


# A keyed code inside longer wording, as a deadline of steps names its periods ("Pilot:
# Semester 1 2026/27; evaluation: Semester 2 2026/27")
_CODE_INSIDE = re.compile(rf"(?<![\w/])(?P<code>{_CODE})(?![\w/])")


def keyed_written_out(text: str, keyed: KeyedDays) -> str | None:
    """The wording with each code the plan keys to a day written as that day
    ("Pilot: 22 January 2027; evaluation: 4 June 2027"), so it reads as any dated
    wording does; None where it holds no keyed code."""
    if not keyed:
        return None

    def day(m: re.Match[str]) -> str:
        found = keyed.get(_code_key(m["code"]))
        return f"{found.day} {found:%B %Y}" if found else m[0]

    out = _CODE_INSIDE.sub(day, text)
    return out if out != text else None


# A key above or below the table expanding the short forms a timescale is written in to
# the period each stands for: "Timescales: Aut = autumn term, Spr = spring term, Sum =
# summer term". The short form a capitalised word of two to five letters, the period
# words of months, seasons and terms only ("G = on track" expands no timescale).
_KEYED_SHORT = re.compile(
    r"(?:^|[:;,.(]|\s)\s*(?P<short>[A-Z][a-z]{1,4})\.?\s*=\s*"
    r"(?P<long>[A-Za-z]+(?:\s+[A-Za-z]+){0,2})\s*(?=[,;.)]|$)"
)
ShortForms = dict[str, str]  # "aut" → "autumn term", as a key outside the table expands it


def keyed_short_forms(texts: Iterable[str]) -> ShortForms:
    """The periods a key outside the table expands short forms to ("Aut = autumn term"),
    by the short form folded; one expanded two ways is left out: which holds is unsaid."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for m in _KEYED_SHORT.finditer(text):
            long = " ".join(m["long"].casefold().split())
            if set(long.split()) <= _PERIOD_NAMES and long != m["short"].casefold():
                found.setdefault(m["short"].casefold(), set()).add(long)
    return {short: longs.pop() for short, longs in found.items() if len(longs) == 1}


def expanded(text: str, forms: ShortForms) -> str | None:
    """The wording with each keyed short form written out ("Aut 26" → "autumn term
    26"), None where it holds none."""
    if not forms:
        return None
    pattern = r"\b(?P<short>" + "|".join(map(re.escape, forms)) + r")\b\.?"
    out, n = re.subn(pattern, lambda m: forms[m["short"].casefold()], text, flags=re.I)
    return out if n else None


# A key to the letters a milestone tracker marks its dates with, a letter keyed to the
# day the work was actually done: "Dates: (F) = forecast; (A) = actual", "F = forecast,
# A = actual", "(C) = completed"
_KEYED_DONE_MARK = re.compile(
    r"(?:^|[\s:;,])\(?(?P<mark>[A-Z]{1,2})\)?\s*=\s*"
    r"(?i:actual|achieved|completed?|done|delivered)\b"
)
# A date's mark in brackets after it: "14/10/2026 (A)"
_BRACKETED_MARK = re.compile(r"\(\s*(?P<mark>[A-Za-z]{1,2})\s*\)")


def keyed_done_marks(texts: Iterable[str]) -> frozenset[str]:
    """The letters a key outside the table marks a date done with ("(A) = actual")."""
    return frozenset(m["mark"] for text in texts for m in _KEYED_DONE_MARK.finditer(text))


def marked_done(cell: str, marks: frozenset[str]) -> bool:
    """A date marked by a letter the plan keys to the day the work was done ("14/10/2026
    (A)" under "(A) = actual"): when it was done, never when it is due."""
    return any(m["mark"].upper() in marks for m in _BRACKETED_MARK.finditer(cell))


def _timescale_key(words: str) -> str:
    """A timescale's words as looked up: "0-3 months" and "0 – 3 months" are one band."""
    return folded(re.sub(r"(?<=\d)\s*(?:[\-–—]|to)\s*(?=\d)", "–", words))


# Words a date column's header and the wording may add or leave out: "Final decision"
# is named by "of final decision" and "of the final decision date" alike
_EVENT_NOISE = frozenset({"the", "date", "of", "day"})


def event_words(text: str) -> tuple[str, ...]:
    """A header or an event's name as the words that name the event ("Date of final
    decision" and "final decision" are both ("final", "decision"))."""
    return tuple(w for w in re.findall(r"[a-z]+", text.casefold()) if w not in _EVENT_NOISE)


def row_dates(headers: list[str], cells: list[str]) -> EventDates:
    """A row's cells that are a day, by their column's event words: what "within 1 month
    of final decision" counts from where a "Final decision" column dates each row."""
    found: EventDates = {}
    for header, cell in zip(headers, cells, strict=False):
        if header and cell and (day := full_day(cell)) is not None:
            found.setdefault(" ".join(event_words(header)), day)
    return found


def counted_deadline(
    text: str, events: EventDates, dated: EventDates | None = None
) -> dt.date | None:
    """The day "Within 28 days" (or "14 days from report", "Publication + 3 months")
    falls, counted from the
    event it names: the row's own
    date in a column of that name ("of final decision" under "Final decision"), or the
    plan's ("of visit"); naming none, from the one event the plan dates. None when that
    day is not printed."""
    m = _counted_time(text)
    if m is None:
        return None
    start = _start(m["named"], events, dated or {})
    if start is None:
        return None
    return _time_after(start, m)


# "12 weeks from go-live (go-live 01/10/2026)", "4 weeks from go-live (ED go-live
# 02/11/2026)": the time, then in the cell's own bracket the event's name, maybe with
# which one it was ("ED", "theatres"), and its day
_TIME_THEN_BRACKET = re.compile(r"^(?P<time>[^()]+?)\s*\((?P<inside>[^()]+)\)[\s.]*$")
_EVENT_DAY_IN_BRACKET = re.compile(
    rf"^\s*(?:[\w'’]+\s+){{0,3}}?{_NOUN}(?:\s+date)?\s*(?:[:\-–—]|\bon\b|\bwas\b)?\s*{_DAY}\s*$",
    re.I,
)


def counted_from_its_bracket(text: str) -> dt.date | None:
    """The day a time counted from an event falls, where the cell's own bracket dates
    that event: "12 weeks from go-live (go-live 01/10/2026)" is due 24 Dec 2026. The
    bracket's day is when the count starts, never the deadline; the event it names must
    be the one the time counts from ("12 weeks from go-live (report 01/10/2026)" counts
    nothing). None for any other wording."""
    whole = _TIME_THEN_BRACKET.match(text.strip())
    if whole is None:
        return None
    counted, dated = _counted_time(whole["time"]), _EVENT_DAY_IN_BRACKET.match(whole["inside"])
    if counted is None or dated is None or not counted["named"]:
        return None
    named = _NAMED_EVENT.match(_without_preamble(counted["named"]))
    start = full_day(dated["date"])
    if named is None or start is None or _event(named["event"]) != _event(dated["event"]):
        return None
    return _time_after(start, counted)


# A revised target written as the length of the extension granted, counted from the
# original target beside it, as an audit committee grants more time: "Extended 3
# months", "Extended by 6 weeks", "Extension of 2 months", "+3 months".
_EXTENDED = re.compile(
    rf"^\s*(?:(?:extended|extension)(?:\s+(?:by|of))?(?:\s+(?:a\s+)?(?:further|another))?\s+"
    rf"|\+\s*){_TIME}[\s.]*$",
    re.I,
)


def extended_deadline(text: str, original: dt.date) -> dt.date | None:
    """The day "Extended 3 months" falls, counted from the original target (31/10/2026
    → 31 Jan 2027); None for any other wording."""
    m = _EXTENDED.match(text)
    return _time_after(original, m) if m else None


def _time_after(start: dt.date, m: re.Match[str]) -> dt.date:
    """The day the time ``m`` matched (its "n" and "unit") falls after ``start``."""
    n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"].casefold()]
    unit = m["unit"].casefold()
    if unit == "month":
        return _months_after(start, n)
    return start + dt.timedelta(days=n * (7 if unit == "week" else 1))


def counts_a_time(text: str) -> bool:
    """Wording a deadline is counted in, "Within one month of the date of our final
    report": a time as written, however long, whether or not the plan dates its event."""
    return _counted_time(text) is not None or numbers_a_plan_day(text)


def _counted_time(text: str) -> re.Match[str] | None:
    """The time and the event a deadline is counted in: "Within 28 days", "14 days from
    report", "Publication + 3 months"."""
    return _WITHIN.match(text) or _FROM.match(text) or _PLUS.match(text)


def _start(named: str | None, events: EventDates, dated: EventDates) -> dt.date | None:
    """The day an event named by the wording falls on (None: not printed, or not one)."""
    if not named:
        # unnamed, only an inspection, assessment or report is counted from, never a
        # letter or a meeting the plan happens to date
        days = {day for event, day in events.items() if event in _EVENTS.values()}
        return next(iter(days)) if len(days) == 1 else None
    if (column := dated.get(" ".join(event_words(named)))) is not None:
        return column
    if (m := _NAMED_EVENT.match(_without_preamble(named))) is not None:
        return events.get(_event(m["event"]))
    return None


def _without_preamble(named: str) -> str:
    """The event's name with "the date of" and "our" taken off the front."""
    named = named.strip()
    while (m := _EVENT_PREAMBLE.match(named)) is not None:
        named = named[m.end() :]
    return named


def _months_after(start: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, or that month's last day (31 Jan + 1 month: 28 Feb)."""
    year, month = divmod(start.month - 1 + months, 12)
    year += start.year
    return dt.date(year, month + 1, min(start.day, monthrange(year, month + 1)[1]))
