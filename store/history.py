"""Undo and redo over the recorded history, which lives in the database.

Batches are ``undone = 0`` (live), ``1`` (undone, can be redone) or ``2``
(undone and then superseded by a new edit). Because the stacks are rows, undo
works the same after a restart.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Collection
from dataclasses import replace

from store.apply import read_field, write_archived_run, write_field
from store.clock import now_iso
from store.core import Writer, dumps, fetch_dicts
from store.errors import NothingToUndoError
from store.models import UNDATED, Change, HistoryEntry
from store.wording import day

# An action field's recorded changes, oldest first: before, after, whether an import
# made it, whether it still holds. Undone edits are read too: the first change ever
# recorded, undone or not, says what the field was created with (an undo that came
# after a later edit leaves that later edit's "before" as the earliest live one).
FIELD_CHANGES_SQL = (
    "SELECT c.before, c.after, b.label LIKE 'import %', b.undone = 0 FROM changes c"
    " JOIN batches b ON b.id = c.batch_id"
    " WHERE c.entity = 'action' AND c.entity_id = ? AND c.field = ?"
    " ORDER BY c.id"
)

# The same for the status and RAG of many actions: action id, field, then as above.
RATING_CHANGES_SQL = (
    "SELECT c.entity_id, c.field, c.before, c.after, b.label LIKE 'import %', b.undone = 0"
    " FROM changes c JOIN batches b ON b.id = c.batch_id"
    " WHERE c.entity = 'action' AND c.entity_id IN ({marks}) AND c.field IN ('status', 'rag')"
    " ORDER BY c.id"
)

FieldChange = tuple[str, str, int, int]  # before, after, by an import, live


def edited_since_created(changes: list[FieldChange]) -> bool:
    """Does any of a field's changes still hold (not undone)?"""
    return any(live for *_, live in changes)


def value_from_import(changes: list[FieldChange]) -> object:
    """The value the last import gave a field, from its changes oldest first: that
    live import's, else (no live import changed it) the one it was created with, the
    before of its first change even when that change was undone."""
    imported = [after for _, after, by_import, live in changes if by_import and live]
    return json.loads(imported[-1] if imported else changes[0][0])


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


# The plan a recorded change belongs to (NULL for a change of no plan's row).
PLAN_OF_CHANGE = """CASE c.entity
    WHEN 'plan' THEN c.entity_id
    WHEN 'action' THEN (SELECT plan_id FROM actions WHERE id = c.entity_id)
    WHEN 'recommendation' THEN (SELECT plan_id FROM recommendations WHERE id = c.entity_id)
    WHEN 'update' THEN (SELECT a.plan_id FROM updates u JOIN actions a ON a.id = u.action_id
                        WHERE u.id = c.entity_id)
    WHEN 'reply' THEN (SELECT a.plan_id FROM chase_replies r JOIN actions a
                       ON a.id = r.action_id WHERE r.id = c.entity_id)
END"""

# Whether the run ``r`` of rows an import created (``created_runs``) holds a row of the
# plan ``want.id``: a run is of consecutive ids, and one file may hold several plans.
_RUN_IN_PLAN = """(
    r.entity = 'action' AND EXISTS (SELECT 1 FROM actions a
        WHERE a.id BETWEEN r.first_id AND r.last_id AND a.plan_id = want.id)
    OR r.entity = 'recommendation' AND EXISTS (SELECT 1 FROM recommendations x
        WHERE x.id BETWEEN r.first_id AND r.last_id AND x.plan_id = want.id)
)"""

# A batch that changed the plan (?), or changed no plan's row at all. The rows an import
# created count as its changes: next month's file that only added actions to one plan
# was read as an edit of no plan, and Ctrl+Z in every other plan offered to undo it.
IN_PLAN_SQL = f"""EXISTS (SELECT 1 FROM (SELECT ? AS id) want WHERE
    EXISTS (SELECT 1 FROM changes c WHERE c.batch_id = batches.id
        AND {PLAN_OF_CHANGE} = want.id)
    OR EXISTS (SELECT 1 FROM created_runs r WHERE r.batch_id = batches.id AND {_RUN_IN_PLAN})
    OR (NOT EXISTS (SELECT 1 FROM changes c WHERE c.batch_id = batches.id
            AND {PLAN_OF_CHANGE} IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM created_runs r WHERE r.batch_id = batches.id))
)"""


def newest(
    conn: sqlite3.Connection,
    undone: int,
    among: list[int] | None,
    skip: Collection[int] = (),
    plan_id: int | None = None,
) -> HistoryEntry | None:
    """The newest batch in state ``undone`` (0 live, 1 undone), of ``among`` when given,
    passing over ``skip``; with ``plan_id``, only one that changed that plan (or no plan):
    Ctrl+Z in one plan never undoes an edit made in another that is not on screen."""
    scope = f" AND id IN ({', '.join('?' for _ in among)})" if among is not None else ""
    scope += f" AND id NOT IN ({', '.join('?' for _ in skip)})" if skip else ""
    scope += f" AND {IN_PLAN_SQL}" if plan_id is not None else ""
    in_plan = () if plan_id is None else (plan_id,)
    row = conn.execute(
        f"SELECT id FROM batches WHERE undone = ?{scope} ORDER BY id DESC LIMIT 1",
        (undone, *(among or []), *skip, *in_plan),
    ).fetchone()
    return _entry(conn, int(row[0])) if row else None


def in_plan(conn: sqlite3.Connection, batch_id: int, plan_id: int) -> bool:
    """Did batch ``batch_id`` change plan ``plan_id`` (or no plan's row at all)?"""
    sql = f"SELECT 1 FROM batches WHERE id = ? AND {IN_PLAN_SQL}"
    return conn.execute(sql, (batch_id, plan_id)).fetchone() is not None


def changed_since(entry: HistoryEntry, now: HistoryEntry) -> list[Change]:
    """Changes of ``entry`` whose field no longer holds what the edit wrote (another
    edit came after it): undoing it would overwrite that later edit. ``now``: the entry
    ``as_undone_now``; each change returned ends at what its field holds now, so the
    undo can name it ("it is Done now")."""
    return [held for c, held in zip(entry.changes, now.changes, strict=True) if held is not c]


def as_undone_now(writer: Writer, entry: HistoryEntry) -> HistoryEntry:
    """``entry`` as undoing it now goes: each field's last change ends at what the field
    holds now. A later edit elsewhere ("update 1.1 --status done") set it since, so
    undoing this run's Blocked goes Done → In progress, not Blocked → In progress."""
    last: dict[tuple[str, int, str], int] = {}
    for n, c in enumerate(entry.changes):
        last[(c.entity, c.entity_id, c.field)] = n
    changes = list(entry.changes)
    for n in last.values():
        c = changes[n]
        held = read_field(writer, c.entity, c.entity_id, c.field)
        if _normal(held) != _normal(c.after):
            changes[n] = replace(c, after=held)
    return replace(entry, changes=changes)


def already_restored(writer: Writer, entry: HistoryEntry) -> list[Change]:
    """Each field of ``entry`` that already holds what undoing it would write back (a
    later edit set it so), by its first change: undoing those changes nothing."""
    first: dict[tuple[str, int, str], Change] = {}
    for c in entry.changes:
        first.setdefault((c.entity, c.entity_id, c.field), c)
    return [
        c
        for c in first.values()
        if _normal(read_field(writer, c.entity, c.entity_id, c.field)) == _normal(c.before)
    ]


def restores_nothing(
    writer: Writer, entry: HistoryEntry, unchanged: list[Change] | None = None
) -> bool:
    """Would undoing ``entry`` leave every field as it is now? ``unchanged``: its
    ``already_restored`` fields, when the caller has read them already."""
    fields = {(c.entity, c.entity_id, c.field) for c in entry.changes}
    if unchanged is None:
        unchanged = already_restored(writer, entry)
    return bool(fields) and len(unchanged) == len(fields)


def _normal(value: object) -> object:
    return json.loads(dumps(value))


def replay(writer: Writer, batch_id: int, undo: bool) -> HistoryEntry:
    """Undo (or redo) exactly batch ``batch_id``; refused unless it is live (or undone)."""
    state = writer.execute("SELECT undone FROM batches WHERE id = ?", (batch_id,)).fetchone()
    if state is None or state[0] != (0 if undo else 1):
        raise NothingToUndoError("that edit was already " + ("undone" if undo else "replaced"))
    if undo:
        if restores_nothing(writer, _entry(writer.conn, batch_id)):
            raise NothingToUndoError("every field that edit changed already holds its value")
        return _replay(writer, batch_id, use="before", undone=1)
    return _replay(writer, batch_id, use="after", undone=0)


def _replay(writer: Writer, batch_id: int, use: str, undone: int) -> HistoryEntry:
    """Write back each change's ``use`` value; the edit as it went: an undo's changes
    from what each field held (``as_undone_now``), a redo's as recorded."""
    batch, rows, runs = _parts(writer.conn, batch_id)
    made = _make(batch, rows)
    went = as_undone_now(writer, made) if use == "before" else made
    recorded = made.changes
    changes = recorded if use == "after" else list(reversed(recorded))
    for c in changes:
        value = c.before if use == "before" else c.after
        write_field(writer, c.entity, c.entity_id, c.field, value)
    for entity, first, last in runs:  # created by an import: archived (or back) at once
        write_archived_run(writer, entity, first, last, use == "before")
    writer.execute("UPDATE batches SET undone = ? WHERE id = ?", (undone, batch_id))
    writer.execute(
        "INSERT INTO undo_steps (batch_id, at, redo) VALUES (?, ?, ?)",
        (batch_id, now_iso(), int(use == "after")),
    )
    return _with_runs(went, runs)


def _entry(conn: sqlite3.Connection, batch_id: int) -> HistoryEntry:
    batch, rows, runs = _parts(conn, batch_id)
    return _with_runs(_make(batch, rows), runs)


Run = tuple[str, int, int]  # (entity, first id, last id) of rows an import created


def _parts(
    conn: sqlite3.Connection, batch_id: int
) -> tuple[dict[str, object], list[dict[str, object]], list[Run]]:
    """A batch, its change rows and its runs of created ids."""
    batch = fetch_dicts(conn, "SELECT id, at, label, undone FROM batches WHERE id = ?", (batch_id,))
    rows = fetch_dicts(
        conn,
        "SELECT entity, entity_id, field, before, after FROM changes"
        " WHERE batch_id = ? ORDER BY id",
        (batch_id,),
    )
    runs = conn.execute(
        "SELECT entity, first_id, last_id FROM created_runs WHERE batch_id = ? ORDER BY id",
        (batch_id,),
    ).fetchall()
    return batch[0], rows, runs


def _with_runs(entry: HistoryEntry, runs: list[Run]) -> HistoryEntry:
    """The entry with each row of its runs said as the change it stands for (created:
    archived true -> false), before the recorded changes, as an import records them."""
    if not runs:
        return entry
    created = [
        Change(entity=entity, entity_id=i, field="archived", before=True, after=False)
        for entity, first, last in runs
        for i in range(first, last + 1)
    ]
    return replace(entry, changes=created + entry.changes)


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
    """Edits that touched the action or its updates, and each undo and redo of them
    ("undone", the changes in the direction the undo went), newest first. An undone
    edit stays listed: it happened, and its undo is listed after it. An import of
    several files is named by the file the action's changes came from."""
    rows = fetch_dicts(
        conn,
        """SELECT c.batch_id, c.entity, c.entity_id, c.field, c.before, c.after,
                  b.at, coalesce(c.source, b.label) AS label, b.label AS edit, b.undone,
                  c.id AS seq
           FROM changes c JOIN batches b ON b.id = c.batch_id
           WHERE (c.entity = 'action' AND c.entity_id = ?)
              OR (c.entity = 'update' AND c.entity_id IN
                  (SELECT id FROM updates WHERE action_id = ?))
           UNION ALL
           SELECT r.batch_id, 'action', ?, 'archived', 'true', 'false',
                  b.at, coalesce(r.source, b.label), b.label, b.undone, 0
           FROM created_runs r JOIN batches b ON b.id = r.batch_id
           WHERE r.entity = 'action' AND r.last_id >= ? AND r.first_id <= ?
           ORDER BY 1 DESC, seq LIMIT ?""",
        (action_id, action_id, action_id, action_id, action_id, limit * 4),
    )
    grouped: dict[int, list[dict[str, object]]] = {}
    for r in rows:
        grouped.setdefault(int(r["batch_id"]), []).append(r)
    edits = [_make(_named(rs) | {"id": bid}, rs) for bid, rs in list(grouped.items())[:limit]]
    # newest first: by time, then (within one millisecond) an undo after the edits, in
    # the order the steps were taken
    keyed = [((e.at, 0, e.id), e) for e in edits] + _undo_steps(conn, edits)
    keyed.sort(key=lambda pair: pair[0], reverse=True)
    return _with_update_texts(conn, action_id, [e for _, e in keyed[:limit]])


def _with_update_texts(
    conn: sqlite3.Connection, action_id: int, entries: list[HistoryEntry]
) -> list[HistoryEntry]:
    """Each edit that added or removed an update, with the words the update had then:
    its text now, taken back through each later correction (``entries`` newest first).
    The add of a note corrected since read in the corrected words, under the
    correction: words nobody had typed then."""
    sql = "SELECT id, text FROM updates WHERE action_id = ?"
    texts = {int(i): str(t) for i, t in conn.execute(sql, (action_id,))}
    out: list[HistoryEntry] = []
    for e in entries:
        ours = [c for c in e.changes if c.entity == "update" and c.entity_id in texts]
        then = {c.entity_id: texts[c.entity_id] for c in ours if c.field == "archived"}
        for c in ours:
            if c.field == "text":  # older edits see the words before this one
                texts[c.entity_id] = str(c.before)
        out.append(replace(e, update_texts=then) if then else e)
    return out


def _named(rows: list[dict[str, object]]) -> dict[str, object]:
    """An edit's first row, labelled by the one file all its rows came from, else (rows
    from two files of one import) by the whole edit."""
    labels = {r["label"] for r in rows}
    return rows[0] | {"label": rows[0]["label"] if len(labels) == 1 else rows[0]["edit"]}


STEP_LABELS = ("undone", "redone")  # the label of an undo (a redo) in an action's history


def live(entry: HistoryEntry) -> bool:
    """Does ``entry`` still hold: an edit not undone, not the record of an undo or redo?"""
    return not entry.undone and entry.label not in STEP_LABELS


Order = tuple[str, int, int]  # (time, 0 for an edit or 1 for an undo step, its id)


def _undo_steps(
    conn: sqlite3.Connection, edits: list[HistoryEntry]
) -> list[tuple[Order, HistoryEntry]]:
    """Each undo and redo of ``edits``, as an entry of its own at the time it was made."""
    by_id = {e.id: e for e in edits}
    if not by_id:
        return []
    marks = ", ".join("?" for _ in by_id)
    steps = conn.execute(
        f"SELECT id, batch_id, at, redo FROM undo_steps WHERE batch_id IN ({marks})",
        list(by_id),
    ).fetchall()
    return [
        (
            (at, 1, step_id),
            replace(
                by_id[batch_id],
                at=at,
                label=STEP_LABELS[redo],
                undone=False,
                changes=by_id[batch_id].changes
                if redo
                else reversed_changes(by_id[batch_id].changes),
            ),
        )
        for step_id, batch_id, at, redo in steps
    ]


def reversed_changes(changes: list[Change]) -> list[Change]:
    """The changes an undo made: each one taken back, newest first."""
    return [replace(c, before=c.after, after=c.before) for c in reversed(changes)]


UPDATE_OF = "update of"  # subjects' key for an update's own words: "update of 12 Nov 2026"


def subjects(conn: sqlite3.Connection, entry: HistoryEntry) -> dict[tuple[str, int], str]:
    """What each changed entity is, in words: an action's ref, "recommendation 3",
    "plan <title>". An update is said under its action's ref, so "2.2: status …,
    update of 12 Nov 2026 removed" reads as one line; its own words are keyed
    (UPDATE_OF, id)."""
    queries = {
        "action": "SELECT ref FROM actions WHERE id = ?",
        "update": "SELECT a.ref, u.date FROM updates u JOIN actions a"
        " ON a.id = u.action_id WHERE u.id = ?",
        "recommendation": "SELECT 'recommendation ' || ref FROM recommendations WHERE id = ?",
        "plan": "SELECT 'plan ' || title FROM plans WHERE id = ?",
        "reply": "SELECT 'reply on ' || a.ref FROM chase_replies r JOIN actions a"
        " ON a.id = r.action_id WHERE r.id = ?",
    }
    out: dict[tuple[str, int], str] = {}
    for c in entry.changes:
        key = (c.entity, c.entity_id)
        if key not in out and c.entity in queries:
            row = conn.execute(queries[c.entity], (c.entity_id,)).fetchone()
            out[key] = str(row[0]) if row else f"{c.entity} #{c.entity_id}"
            if c.entity == "update":
                out[(UPDATE_OF, c.entity_id)] = _update_words(row[1] if row else None)
    return out


def _update_words(date: str | None) -> str:
    """ "update of 12 Nov 2026", or "undated update"."""
    return f"{UPDATE_OF} {day(dt.date.fromisoformat(date))}" if date else f"{UNDATED} update"
