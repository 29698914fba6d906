"""Today's date, overridable for reproducible tests, demos and benchmarks."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager

TODAY_VARIABLE = "ACTIONPLAN_TODAY"
_BACK_DATED: list[dt.date] = []


@contextmanager
def back_dated(day: dt.date) -> Iterator[None]:
    """Within this block today is ``day`` and history is stamped with it.

    Only for writing the demo plan's months of history before the app starts:
    it is process-wide, so nothing else may run meanwhile.
    """
    _BACK_DATED.append(day)
    try:
        yield
    finally:
        _BACK_DATED.pop()


def today() -> dt.date:
    """Return ``ACTIONPLAN_TODAY`` (YYYY-MM-DD) when set, else the local date."""
    if _BACK_DATED:
        return _BACK_DATED[-1]
    fixed = os.environ.get(TODAY_VARIABLE, "").strip()
    if fixed:
        try:
            return dt.date.fromisoformat(fixed)
        except ValueError:
            raise ValueError(f"{TODAY_VARIABLE}={fixed!r} is not a YYYY-MM-DD date") from None
    return dt.date.today()


def now_iso() -> str:
    """The current UTC time as an ISO string, for history timestamps.

    With ``ACTIONPLAN_TODAY`` set the date part is that day, so history,
    reviews and "changes since" agree with the fixed today.
    """
    now = dt.datetime.now(dt.timezone.utc)
    if _BACK_DATED or os.environ.get(TODAY_VARIABLE, "").strip():
        now = dt.datetime.combine(today(), now.timetz())
    return now.isoformat(timespec="milliseconds")
