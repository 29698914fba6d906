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
    """The day of the plan's last export made on an earlier day: the last board paper,
    what a committee last saw. A review is not a board paper: the morning's weekly
    review made the afternoon's paper "Changes since 5 Dec 2026", one day. Nor is an
    export made today: the paper written again after a typo was fixed covers what the
    first did. Before any export, the last review on an earlier day in which something
    was marked reviewed (one opened and left is no review); None without either."""
    today = store.today().isoformat()
    with store.reading() as conn:
        row = conn.execute(
            "SELECT max(at) FROM exports WHERE plan_id = ? AND substr(at, 1, 10) < ?",
            (plan_id, today),
        ).fetchone()
        if not (row and row[0]):
            row = conn.execute(
                "SELECT max(coalesce(finished_at, started_at)) FROM reviews WHERE plan_id = ?"
                " AND substr(coalesce(finished_at, started_at), 1, 10) < ? AND EXISTS"
                " (SELECT 1 FROM review_items i WHERE i.review_id = reviews.id"
                " AND i.reviewed_at IS NOT NULL)",
                (plan_id, today),
            ).fetchone()
    return dt.date.fromisoformat(str(row[0])[:10]) if row and row[0] else None
