"""Undo and redo over the recorded history, which lives in the database.

Batches are ``undone = 0`` (live), ``1`` (undone, can be redone) or ``2``
(undone and then superseded by a new edit). Because the stacks are rows, undo
works the same after a restart.
"""

from __future__ import annotations

import json
import sqlite3

from store.apply import write_field
from store.core import Writer, fetch_dicts
from store.errors import NothingToUndoError
from store.models import Change, HistoryEntry


def undo(writer: Writer) -> HistoryEntry:
    """Revert the newest live batch, in reverse order of its changes."""
    batch = writer.execute(
        "SELECT id FROM batches WHERE undone = 0 ORDER BY id DESC LIMIT 1"
    ).fetchone()
    if batch is None:
        raise NothingToUndoError("nothing to undo")
    return _replay(writer, int(batch[0]), use="before", undone=1)


def redo(writer: Writer) -> HistoryEntry:
    """Re-apply the oldest undone batch (the one undone last)."""
    batch = writer.execute("SELECT id FROM batches WHERE undone = 1 ORDER BY id LIMIT 1").fetchone()
    if batch is None:
        raise NothingToUndoError("nothing to redo")
    return _replay(writer, int(batch[0]), use="after", undone=0)


def _replay(writer: Writer, batch_id: int, use: str, undone: int) -> HistoryEntry:
    entry = _entry(writer.conn, batch_id)
    changes = entry.changes if use == "after" else list(reversed(entry.changes))
    for c in changes:
        value = c.before if use == "before" else c.after
        write_field(writer, c.entity, c.entity_id, c.field, value)
    writer.execute("UPDATE batches SET undone = ? WHERE id = ?", (undone, batch_id))
    return entry


def _entry(conn: sqlite3.Connection, batch_id: int) -> HistoryEntry:
    batch = fetch_dicts(conn, "SELECT id, at, label, undone FROM batches WHERE id = ?", (batch_id,))
    rows = fetch_dicts(
        conn,
        "SELECT entity, entity_id, field, before, after FROM changes"
        " WHERE batch_id = ? ORDER BY id",
        (batch_id,),
    )
    return _make(batch[0], rows)


def _make(batch: dict[str, object], rows: list[dict[str, object]]) -> HistoryEntry:
    changes = [
        Change(
            entity=str(r["entity"]),
            entity_id=int(r["entity_id"]),  # type: ignore[call-overload]
            field=str(r["field"]),
            before=json.loads(str(r["before"])),
            after=json.loads(str(r["after"])),
        )
        for r in rows
    ]
    return HistoryEntry(
        id=int(batch["id"]),  # type: ignore[call-overload]
        at=str(batch["at"]),
        label=str(batch["label"]),
        undone=bool(batch["undone"]),
        changes=changes,
    )


def entries_for_action(
    conn: sqlite3.Connection, action_id: int, limit: int = 50
) -> list[HistoryEntry]:
    """Live batches that touched the action or its updates, newest first."""
    rows = fetch_dicts(
        conn,
        """SELECT c.batch_id, c.entity, c.entity_id, c.field, c.before, c.after,
                  b.at, b.label, b.undone
           FROM changes c JOIN batches b ON b.id = c.batch_id
           WHERE b.undone = 0 AND ((c.entity = 'action' AND c.entity_id = ?)
              OR (c.entity = 'update' AND c.entity_id IN
                  (SELECT id FROM updates WHERE action_id = ?)))
           ORDER BY c.batch_id DESC, c.id LIMIT ?""",
        (action_id, action_id, limit * 4),
    )
    grouped: dict[int, list[dict[str, object]]] = {}
    for r in rows:
        grouped.setdefault(int(r["batch_id"]), []).append(r)
    return [
        _make({"id": bid, "at": rs[0]["at"], "label": rs[0]["label"], "undone": 0}, rs)
        for bid, rs in list(grouped.items())[:limit]
    ]
