"""The date written before an update's text, unless the text opens with it.

Kept apart from ``reports.model`` (which needs the pydantic documents) so the TUI's
detail pane words an update as the reports do without loading them at start-up.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol

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
    first_line = update.text.split("\n", 1)[0]
    if _may_open_with(first_line, update.date):  # ~15 patterns, for every update: skip most
        from importers.dates import leading_date  # the importer's reading, only when reporting

        if leading_date(first_line) == update.date:
            return ""
    return f"{update_day(update.date)}: "


def _may_open_with(line: str, day: dt.date) -> bool:
    """Whether ``leading_date`` could read ``day`` in ``line``: each of its readings
    needs a year written, the day's own ("16/11/26", "Nov 2026") or, for a period
    ending in the next year ("Q4 2026", "Winter 2026"), the one before."""
    return any(f"{year % 100:02d}" in line for year in (day.year, day.year - 1))
