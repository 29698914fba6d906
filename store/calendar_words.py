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
