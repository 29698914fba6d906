"""The first day of "Changes since": a day as the due box reads it, behind today.

One reading for `export --since` and the TUI's export dialog: the dialog took only
"30 Sep 2026" and its numeric forms, the command line read "1 nov" as a deadline is
read, forward, and printed "Changes since 1 November 2027 … No changes".
"""

from __future__ import annotations

import datetime as dt

from store.wording import day

YEAR_BACK = dt.timedelta(days=364)  # a window of a year ending today: each day once
WRITE_A_DAY = "write a day, e.g. 30 Sep 2026 or 1 Nov"


def since_day(typed: str, today: dt.date) -> dt.date:
    """The day ``typed`` names ("1 Nov 2026", "1/11/2026", "2026-11-01"). A day and month
    without a year is the last one on or before today: on 7 Dec, "1 nov" is 1 Nov 2026
    and "10/12" 10 Dec 2025. Raises ValueError saying why a wording is refused (the
    wording itself not repeated: each caller names it its own way)."""
    # the importer's readings: loaded when a day is read, not at the TUI's start
    from importers.dates import NotADate, day_nearest, read_due_input

    nearest = day_nearest(typed, today - YEAR_BACK, today)
    if nearest is not None and nearest <= today:
        return nearest
    if nearest is not None:  # 29 February, in none of this year's days
        raise ValueError(f"{day(nearest)} is after today ({day(today)})")
    try:
        deadline = read_due_input(typed, today)
    except NotADate as refused:
        raise ValueError(refused.reason or WRITE_A_DAY) from None
    read = deadline.due
    if read is None or deadline.precision != "day":  # "November", "Q3": when in it?
        raise ValueError(f"not one day; {WRITE_A_DAY}")
    if read > today:
        raise ValueError(f"{day(read)} is after today ({day(today)})")
    return read
