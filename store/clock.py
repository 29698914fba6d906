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
    """The current UTC time as an ISO string, for history timestamps."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")
