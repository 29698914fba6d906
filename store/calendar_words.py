"""The months and weekdays by name, as plans and people write them.

One table for the importer's reading of dates and the app's wording of deadlines,
so that a spelling one knows ("Sept", "Thurs") the other knows too. A leaf module:
it imports nothing, so the TUI and the reports use it without loading
``importers``. The names are spelt out rather than taken from ``calendar``, whose
names follow the machine's locale: a plan written in English reads the same on
any machine.
"""

from __future__ import annotations

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# "march" and "mar" → 3; "sept" too, as often written as "sep"
MONTHS: dict[str, int] = {
    name: number
    for number, full in enumerate(MONTH_NAMES, 1)
    for name in (full.lower(), full[:3].lower())
} | {"sept": 9}
# "friday" and "fri" → 4 (Monday is 0, as ``date.weekday()``); and the short forms
# people type besides the three letters
WEEKDAYS: dict[str, int] = {
    name: number
    for number, full in enumerate(WEEKDAY_NAMES)
    for name in (full.lower(), full[:3].lower())
} | {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
# "31st", "2nd": the letters a day's number may carry
ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


def misspelt_date_word(typed: str) -> str | None:
    """Why a typed date is refused where a word is nearly a month or a weekday but is
    neither ("Janaury", "firday"): the due box read "31 Janaury 2027" as the year 2027
    alone, 31 December, and saved it. None where no word is so."""
    from difflib import get_close_matches  # only when a date is typed
    from re import findall

    kinds = {n.lower(): ("month", n) for n in MONTH_NAMES}
    kinds |= {n.lower(): ("day", n) for n in WEEKDAY_NAMES}
    for word in findall(r"[^\W\d_]{4,}", typed):  # "may", "jun" are whole names
        if word.lower() in MONTHS or word.lower() in WEEKDAYS:
            continue
        if close := get_close_matches(word.lower(), kinds, n=1, cutoff=NEARLY):
            kind, name = kinds[close[0]]
            return f"{word!r} is not a {kind} ({name}?)"
    return None


# How alike a word and a name must be to be a slip of the keys ("Marhc" and "March");
# the words a due box reads ("summer", "term", "next") are far less alike any
NEARLY = 0.8
