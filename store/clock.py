"""Today's date, overridable for reproducible tests, demos and benchmarks."""

from __future__ import annotations

import datetime as dt
import os

TODAY_VARIABLE = "ACTIONPLAN_TODAY"


def today() -> dt.date:
    """Return ``ACTIONPLAN_TODAY`` (YYYY-MM-DD) when set, else the local date."""
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
    if os.environ.get(TODAY_VARIABLE, "").strip():
        now = dt.datetime.combine(today(), now.timetz())
    return now.isoformat(timespec="milliseconds")
