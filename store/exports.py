"""Which exports were written, and the date a new report's "changes since" starts.

Not history: writing a report changes nothing in the plan, so it is not an
edit and Ctrl+Z never undoes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from store.clock import now_iso
from store.errors import StoreError

if TYPE_CHECKING:
    from store.store import Store


def record_export(store: Store, plan_ids: Iterable[int], fmt: str, path: Path) -> str:
    """Remember that ``path`` was written in format ``fmt`` for these plans, now.

    Returns "" or why it could not be remembered: the file is written by then, and
    a read-only or busy database must not turn a good export into a failure.
    """
    at = now_iso()
    try:
        with store.writing("export") as w:
            for plan_id in plan_ids:
                w.execute(
                    "INSERT INTO exports (plan_id, at, format, path) VALUES (?, ?, ?, ?)",
                    (plan_id, at, fmt, str(path)),
                )
    except StoreError as exc:
        return f"the export was not remembered ({_why(str(exc), store.path)})"
    return ""


def _why(message: str, path: str) -> str:
    """Why, in a line beside "wrote FILE": "nothing was saved" would deny the file
    just written, and another program's write lock is called locked, as it is."""
    why = message.removeprefix(f"{path}: ").removesuffix("; nothing was saved")
    if "busy" in why:
        return "the database is locked: another program is writing to it"
    return why


def default_since(store: Store, plan_id: int) -> dt.date | None:
    """The day of the plan's last review or last export, whichever is later (None
    when it has had neither): what a committee last saw. A review in which nothing
    was marked reviewed (opened and left) is no review: it offered "Changes since"
    today, a paper covering one day. Nor is an export made today: the paper written
    again after a typo was fixed covered today only; it covers what the first did."""
    with store.reading() as conn:
        row = conn.execute(
            "SELECT max(at) FROM (SELECT coalesce(finished_at, started_at) AS at FROM reviews"
            " WHERE plan_id = ? AND EXISTS (SELECT 1 FROM review_items i"
            " WHERE i.review_id = reviews.id AND i.reviewed_at IS NOT NULL)"
            " UNION ALL SELECT at FROM exports WHERE plan_id = ? AND substr(at, 1, 10) < ?)",
            (plan_id, plan_id, store.today().isoformat()),
        ).fetchone()
    return dt.date.fromisoformat(str(row[0])[:10]) if row and row[0] else None
