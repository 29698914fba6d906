"""Merging plan documents into the store: the write side of every import.

A whole import is one transaction and one history batch, so it lands
completely or not at all and one undo takes it back. New rows are inserted in
bulk with ids chosen up front (``executemany`` cannot return ids); existing
rows are matched by ref, else by text, and only real differences are written,
recorded and reported: a re-import of next month's version of a plan reports
its new actions, changed fields, new updates and the actions it no longer
lists (kept, never deleted). A field the file still gives as its last import
did, while the app holds another value (a re-dating or status set in the
weekly review since), keeps the app's value: the file did not change it, the
user did, and an old file must not undo the user's work.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from store import merge_report as say
from store.apply import (
    canonical_names,
    change,
    ensure_person,
    person_key,
    read_field,
    revive_archived_plan,
)
from store.bulk import PlanStream
from store.clock import now_iso, today
from store.core import Writer, dumps
from store.errors import UnrelatedFileError
from store.history import FIELD_CHANGES_SQL, edited_since_created, value_from_import
from store.models import ImportReport
from store.no_one import names_no_one
from store.schema import SEARCH_BODY_SQL
from store.wording import repeats_the_baseline

if TYPE_CHECKING:
    from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc

Progress = Callable[[int, int], None]


class _Ids:
    """Hands out fresh primary keys for bulk inserts inside one transaction."""

    def __init__(self, writer: Writer, table: str) -> None:
        row = writer.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
        self.next = int(row[0]) + 1

    def take(self) -> int:
        value, self.next = self.next, self.next + 1
        return value


class _Bulk:
    """Rows collected for ``executemany``, flushed at the end of the merge."""

    def __init__(self, writer: Writer) -> None:
        self.writer = writer
        self.actions: list[tuple[Any, ...]] = []
        self.people: list[tuple[int, int, str, int]] = []
        self.updates: list[tuple[Any, ...]] = []
        self.now = now_iso()  # one timestamp for the whole import
        self.action_ids = _Ids(writer, "actions")
        self.first_new = self.action_ids.next  # actions from here on are this import's
        self.flushed = self.first_new  # new actions from here on are not yet indexed
        self.update_ids = _Ids(writer, "updates")
        self.person_by_key: dict[str, int] = {}
        # each person's name as the lead order's key takes it (None: wording naming no
        # one), so a new action's key is known as it is queued, never read back per row
        self.lead_key: dict[int, str | None] = {}
        self.person_as_written: dict[str, int] = {}  # most names repeat exactly
        self.listed: set[int] = set()  # actions held before that the document lists
        self.was_missing: set[int] = set()  # of the plan's, those an earlier file lacked

    def person(self, name: str) -> int:
        found = self.person_as_written.get(name)
        if found is None:
            key = person_key(name)
            if key not in self.person_by_key:
                self.person_by_key[key] = self._person_named(name)
            found = self.person_as_written[name] = self.person_by_key[key]
        return found

    def _person_named(self, name: str) -> int:
        """The person ``name`` names, and their key in the lead order (``first_lead``):
        their name as the people table spells it, as ``first_lead_sql`` reads it."""
        person_id = ensure_person(self.writer, name)
        row = self.writer.execute("SELECT name FROM people WHERE id = ?", (person_id,))
        spelled = str(row.fetchone()[0])
        self.lead_key[person_id] = None if names_no_one(spelled) else spelled
        return person_id

    def flush(self) -> None:
        """Write the rows held, and let them go."""
        w = self.writer
        w.conn.executemany(
            "INSERT INTO actions (id, plan_id, recommendation_id, rec_position, position, ref,"
            " text, due, due_text, due_precision, status, rag, fields, created_at, updated_at,"
            " last_update, original_due, first_lead)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.actions,
        )
        w.conn.executemany(
            "INSERT OR IGNORE INTO action_people (action_id, person_id, role, position)"
            " VALUES (?, ?, ?, ?)",
            self.people,
        )
        w.conn.executemany(
            "INSERT INTO updates (id, action_id, date, text, status, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            self.updates,
        )
        _fill_search(w, self.flushed, self.action_ids.next, len(self.actions))
        self.flushed = self.action_ids.next
        self.actions, self.people, self.updates = [], [], []


def _fill_search(writer: Writer, first: int, end: int, count: int) -> None:
    """Index the new actions (ids ``first`` up to ``end``) from their rows, in one
    statement, with FTS5's automerge off meanwhile.

    Automerge merges segments a little after every insert; a bulk fill then
    merges the same growing segments again and again (a quarter of the index's
    time at 100,000 rows). Crisis merges still bound the segments, searches
    afterwards are as fast, and the default comes back in the same transaction.
    """
    fill = SEARCH_BODY_SQL.format(where="a.id >= ? AND a.id < ?")
    if count < _BULK_SEARCH_ROWS:
        writer.execute(fill, (first, end))
        return
    writer.execute("INSERT INTO action_search (action_search, rank) VALUES ('automerge', 0)")
    writer.execute(fill, (first, end))
    writer.execute("INSERT INTO action_search (action_search, rank) VALUES ('automerge', 4)")


_BULK_SEARCH_ROWS = 1000  # below this, automerge's work is small: leave the setting alone
_BULK_INDEX_ROWS = 1000  # below this, keeping the indexes as rows go in costs little


def merge_plan(
    writer: Writer, doc: PlanDoc | PlanStream, progress: Progress | None = None
) -> ImportReport:
    """Create or update the plan titled ``doc.title`` from ``doc``.

    A streamed plan's recommendations are built one at a time as they are
    written, its new rows flushed every FLUSH_ROWS actions, so memory holds one
    recommendation and one batch, never the whole plan.
    """
    head, recommendations, total = _parts(doc)
    people_before = _count(writer, "people")
    changes: list[str] = []
    plan_id, created = _plan(writer, head, changes)
    report: dict[str, Any] = {"plan_title": head.title, "plan_created": created, "changes": changes}
    bulk = _Bulk(writer)
    deferred = _drop_row_indexes(writer) if _builds_indexes_after(created, bulk, total) else []
    bulk.was_missing = _missing_ids(writer, plan_id)
    existing = _existing_recs(writer, plan_id)
    held = set(existing.values())
    done = 0
    for position, rec in enumerate(recommendations):
        rec_id = _recommendation(writer, plan_id, position, rec, existing, report)
        # A recommendation this import created has no actions yet: nothing to look up
        actions = _existing_actions(writer, rec_id) if rec_id in held else {}
        _merge_actions(writer, bulk, (plan_id, rec_id, position), rec, actions, report)
        done += len(rec.actions)
        if len(bulk.actions) >= FLUSH_ROWS:
            bulk.flush()
        if progress:
            progress(min(done, total - 1), total)
    bulk.flush()
    for sql in deferred:
        writer.execute(sql)
    if progress:
        progress(total, total)
    if isinstance(doc, PlanStream) and doc.head.fields != head.fields:
        _plan_fields(writer, plan_id, created, doc.head.fields)  # known once all is read
    if not created:
        _report_missing(writer, plan_id, bulk, report)
    report["people_created"] = _count(writer, "people") - people_before
    return ImportReport(**report)


FLUSH_ROWS = 5000  # new actions held before they are written: bounds a streamed import


def _builds_indexes_after(created: bool, bulk: _Bulk, rows: int) -> bool:
    """A large new plan in a file holding no action yet: its rows' indexes are built
    once after them, a sort, instead of growing row by row. Only then: a rebuild reads
    every row of every plan. Readers beside the import still see the file as it was
    (WAL), indexes included; a failure rolls the drop back with the rows."""
    return created and bulk.first_new == 1 and rows >= _BULK_INDEX_ROWS


def _drop_row_indexes(writer: Writer) -> list[str]:
    """Drop the plain indexes of the actions and their people links; the statements
    that build them again."""
    rows = writer.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN ('actions', 'action_people') AND sql NOT LIKE 'CREATE UNIQUE%'"
        " ORDER BY rowid"
    ).fetchall()
    for name, _ in rows:
        writer.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in rows]


def _parts(doc: PlanDoc | PlanStream) -> tuple[PlanDoc, Iterable[RecommendationDoc], int]:
    """The plan's title, notes and fields; its recommendations; rows for the progress bar."""
    if isinstance(doc, PlanStream):
        return doc.head, doc.recommendations(), max(doc.rows, 1)
    return doc, doc.recommendations, max(sum(len(r.actions) for r in doc.recommendations), 1)


def _report_missing(writer: Writer, plan_id: int, bulk: _Bulk, report: dict[str, Any]) -> None:
    """List live actions this version of the plan no longer has: kept, not deleted."""
    rows = writer.execute(
        "SELECT id, ref, text FROM actions WHERE plan_id = ? AND archived = 0"
        " ORDER BY rec_position, position, id",
        (plan_id,),
    ).fetchall()
    unlisted = [r for r in rows if r[0] not in bulk.listed and r[0] < bulk.first_new]
    typed = _typed_here(writer, [r[0] for r in unlisted])
    missing = [r for r in unlisted if r[0] not in typed]
    if missing and not bulk.listed:
        raise _unrelated(writer, report, len(missing))
    note = say.not_in_file(_file_name(writer), today())
    for action_id, _, _ in missing:  # recorded on the action, so it is seen after today
        change(writer, "action", action_id, "missing_from", note)
    report["actions_missing"] = len(missing)
    report["changes"] += [say.missing_action(ref, text) for _, ref, text in missing]


def _unrelated(writer: Writer, report: dict[str, Any], missing: int) -> UnrelatedFileError:
    """A file titled as a stored plan that lists none of its actions would mark every one
    missing and add only its own: another plan, or a file read wrongly (a caption taken
    for the header). Refused whole, the transaction rolled back: nothing is written."""
    count = int(report.get("actions_created", 0))
    actions = f"{count} action" if count == 1 else f"{count} actions"
    return UnrelatedFileError(
        f"{_file_name(writer)}: none of its {actions} is one of the {missing} of plan"
        f" {report['plan_title']!r}, which would all be marked missing: nothing imported"
        " (to import it as a plan of its own, give another title with --plan)"
    )


def _missing_ids(writer: Writer, plan_id: int) -> set[int]:
    """The plan's actions an earlier file no longer listed: read once, not per action."""
    rows = writer.execute(
        "SELECT id FROM actions WHERE plan_id = ? AND missing_from IS NOT NULL", (plan_id,)
    )
    return {int(r[0]) for r in rows}


def _file_name(writer: Writer) -> str:
    """The file this document came from: its own source in an import of several, else
    the edit's ("import dec.xlsx")."""
    return (writer.source or writer.label).removeprefix("import ")


ADD_ACTION, ADD_RECOMMENDATION = "add action", "add recommendation"  # edits' labels


def _typed_here(writer: Writer, ids: list[int]) -> set[int]:
    """Those of ``ids`` created in the app (``a``, ``A``), never brought by a file: not
    "missing" from the next file, which never had them."""
    if not ids:
        return set()
    rows = writer.execute(
        """SELECT c.entity_id FROM changes c JOIN batches b ON b.id = c.batch_id
           WHERE c.entity = 'action' AND c.field = 'archived' AND c.before = 'true'
           AND b.label IN (?, ?) AND c.entity_id IN (SELECT value FROM json_each(?))""",
        (ADD_ACTION, ADD_RECOMMENDATION, json.dumps(ids)),
    ).fetchall()
    return {int(r[0]) for r in rows}


def _count(writer: Writer, table: str) -> int:
    return int(writer.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _plan(writer: Writer, doc: PlanDoc, changes: list[str]) -> tuple[int, bool]:
    """The plan's id and whether this import created it; changed notes are reported
    once, as the plan's (next month's "Position at 18 December 2026" above the table)."""
    row = writer.execute(
        "SELECT id FROM plans WHERE title = ? COLLATE NOCASE AND archived = 0", (doc.title,)
    ).fetchone()
    if row:
        plan_id = int(row[0])
        before = str(read_field(writer, "plan", plan_id, "notes") or "")
        if change(writer, "plan", plan_id, "notes", doc.notes):
            changes.append(say.plan_notes(before, doc.notes))
        change(writer, "plan", plan_id, "fields", dict(doc.fields))
        return plan_id, False
    revived = revive_archived_plan(writer, doc.title)
    if revived is not None:
        change(writer, "plan", revived, "notes", doc.notes)
        change(writer, "plan", revived, "fields", dict(doc.fields))
        return revived, True
    now = now_iso()
    cur = writer.execute(
        "INSERT INTO plans (title, notes, fields, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (doc.title, doc.notes, _json(doc.fields), now, now),
    )
    plan_id = int(cur.lastrowid or 0)
    writer.record_created("plan", plan_id)
    return plan_id, True


def _plan_fields(writer: Writer, plan_id: int, created: bool, fields: dict[str, str]) -> None:
    if created:  # created by this import: undoing it archives the plan, fields and all
        writer.execute("UPDATE plans SET fields = ? WHERE id = ?", (_json(fields), plan_id))
    else:
        change(writer, "plan", plan_id, "fields", dict(fields))


def _existing_recs(writer: Writer, plan_id: int) -> dict[str, int]:
    rows = writer.execute(
        "SELECT id, ref, text FROM recommendations WHERE plan_id = ? AND archived = 0", (plan_id,)
    ).fetchall()
    out: dict[str, int] = {}
    for rec_id, ref, text in rows:
        out.setdefault(f"ref:{ref}", rec_id)
        out.setdefault(f"text:{text}", rec_id)
    return out


def _recommendation(
    writer: Writer,
    plan_id: int,
    position: int,
    rec: RecommendationDoc,
    existing: dict[str, int],
    report: dict[str, Any],
) -> int:
    rec_id = existing.get(f"ref:{rec.ref}") or existing.get(f"text:{rec.text}")
    if rec_id is not None:
        lines = [
            line
            for f, v in (("ref", rec.ref), ("text", rec.text), ("fields", dict(rec.fields)))
            if (line := _change_line(writer, ("recommendation", rec_id), f, v, rec.ref))
        ]
        _reposition(writer, rec_id, position)
        if lines:
            report["recommendations_changed"] = report.get("recommendations_changed", 0) + 1
            report["changes"] += lines
        return rec_id
    now = now_iso()
    cur = writer.execute(
        "INSERT INTO recommendations (plan_id, ref, text, fields, position, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (plan_id, rec.ref, rec.text, _json(rec.fields), position, now, now),
    )
    rec_id = int(cur.lastrowid or 0)
    writer.record_created_in_bulk("recommendation", rec_id)
    report["recommendations_created"] = report.get("recommendations_created", 0) + 1
    return rec_id


def _reposition(writer: Writer, rec_id: int, position: int) -> None:
    """Follow the new file's order (not history: order is not a user edit)."""
    writer.execute("UPDATE recommendations SET position = ? WHERE id = ?", (position, rec_id))
    writer.execute(
        "UPDATE actions SET rec_position = ? WHERE recommendation_id = ?", (position, rec_id)
    )


def _merge_actions(
    writer: Writer,
    bulk: _Bulk,
    rec_place: tuple[int, int, int],
    rec: RecommendationDoc,
    existing: dict[str, int],
    report: dict[str, Any],
) -> None:
    if not existing:  # a new recommendation (most of a large import): every action is new
        _create_actions(writer, bulk, rec_place, rec.actions, report)
        return
    plan_id, rec_id, rec_position = rec_place
    for position, action in enumerate(rec.actions):
        action_id = existing.get(f"ref:{action.ref}") or existing.get(f"text:{action.text}")
        if action_id is None:
            _create_actions(writer, bulk, rec_place, [action], report, position)
        else:
            bulk.listed.add(action_id)
            _update_action(writer, bulk, action_id, position, action, report)


def _create_actions(
    writer: Writer,
    bulk: _Bulk,
    rec_place: tuple[int, int, int],
    actions: list[ActionDoc],
    report: dict[str, Any],
    position: int = 0,
) -> None:
    """Queue new actions, the first at ``position`` in their recommendation: counted,
    and their ids remembered as one run, once for them all rather than once an action,
    and a new recommendation's looked up by neither ref nor text (~5,700 instructions
    an action fewer, writing 10,000)."""
    if not actions:
        return
    first = bulk.action_ids.next
    for offset, action in enumerate(actions):
        _create_action(bulk, (*rec_place, position + offset), action)
    writer.record_created_in_bulk("action", first, bulk.action_ids.next - 1)
    report["actions_created"] = report.get("actions_created", 0) + len(actions)
    updates = sum(len(a.updates) for a in actions)
    report["updates_created"] = report.get("updates_created", 0) + updates
    if not report["plan_created"]:  # a new plan's every action is new: no list
        for a in actions:
            report["changes"].append(say.new_action(a.ref, a.text))
            # its notes are counted in "updates: n created": each is listed too
            report["changes"] += [say.new_update(a.ref, u.date, u.text) for u in a.updates]


def _existing_actions(writer: Writer, rec_id: int) -> dict[str, int]:
    rows = writer.execute(
        "SELECT id, ref, text FROM actions WHERE recommendation_id = ? AND archived = 0",
        (rec_id,),
    ).fetchall()
    out: dict[str, int] = {}
    for action_id, ref, text in rows:
        out.setdefault(f"ref:{ref}", action_id)
        out.setdefault(f"text:{text}", action_id)
    return out


def _create_action(bulk: _Bulk, place: tuple[int, int, int, int], a: ActionDoc) -> None:
    """Queue a new action; its last update is known here, not re-read (its search text
    is indexed from its rows when they are written)."""
    action_id = bulk.action_ids.take()
    now = bulk.now
    due = a.due.isoformat() if a.due else None
    precision = a.due_precision or ("day" if a.due else "open")
    updates = a.updates
    dated = [u.date for u in updates if u.date]  # the latest is written as ISO, once
    people, person = bulk.people, bulk.person  # loops: a comprehension is a call in 3.11
    first_lead = None  # the first lead who is a person: the lead order's key
    for position, name in enumerate(a.leads):
        person_id = person(name)
        people.append((action_id, person_id, "lead", position))
        first_lead = first_lead or bulk.lead_key[person_id]
    bulk.actions.append(
        (
            action_id,
            *place,
            a.ref,
            a.text,
            due,
            a.due_text,
            precision,
            a.status,
            a.rag,
            _json(a.fields),
            now,
            now,
            max(dated).isoformat() if dated else None,
            _iso(a.original_due) if a.original_due else due,
            first_lead,
        )
    )
    for position, name in enumerate(a.responsible):
        people.append((action_id, person(name), "responsible", position))
    for u in updates:
        bulk.updates.append(
            (bulk.update_ids.take(), action_id, _iso(u.date), u.text, u.status, now)
        )


def _update_action(
    writer: Writer,
    bulk: _Bulk,
    action_id: int,
    position: int,
    a: ActionDoc,
    report: dict[str, Any],
) -> None:
    due = {
        "due": a.due.isoformat() if a.due else None,
        "due_text": a.due_text,
        "due_precision": a.due_precision or ("day" if a.due else "open"),
    }
    values = {
        "ref": a.ref,
        "text": a.text,
        "status": a.status,
        "rag": a.rag,
        "due": due,
        "leads": list(a.leads),
        "responsible": list(a.responsible),
        "fields": dict(a.fields),
    }
    lines = [
        line
        for f, v in values.items()
        if (line := _action_field_line(writer, action_id, f, v, a.ref))
    ]
    writer.execute("UPDATE actions SET position = ? WHERE id = ?", (position, action_id))
    back = []
    if action_id in bulk.was_missing:  # listed again: cleared
        change(writer, "action", action_id, "missing_from", None)
        back.append(say.listed_again(a.ref))
    added = _new_updates(writer, bulk, action_id, a)
    kept = [line for line in lines if line.startswith(say.KEPT)]
    lines = back + [line for line in lines if not line.startswith(say.KEPT)]
    report["changes"] += back + kept + lines[len(back) :]
    report["changes"] += [say.new_update(a.ref, u.date, u.text) for u in added]
    # An action "changed" is one with a line of its own listed: a new note alone is
    # counted (and listed) under updates, so "2 changed" never lists one change.
    report["actions_changed"] = report.get("actions_changed", 0) + bool(lines)
    report["updates_created"] = report.get("updates_created", 0) + len(added)


def _action_field_line(
    writer: Writer, action_id: int, field: str, value: Any, ref: str
) -> str | None:
    """Apply one field of an action unless the file only repeats what its last import
    said while the app holds the user's later edit; the report line either way."""
    if field in ("leads", "responsible"):
        value = canonical_names(writer, value)
    now = read_field(writer, "action", action_id, field)
    if now == value:
        return None
    if _file_repeats_last_import(writer, action_id, field, value):
        return say.kept(ref, field, now, value)
    return _change_line(writer, ("action", action_id), field, value, ref)


def _file_repeats_last_import(writer: Writer, action_id: int, field: str, value: Any) -> bool:
    """Does ``value`` equal what the last import gave this field (or, never changed by
    an import since, what the action was created with), edited here since?

    Asked only of a field whose value differs, so a file imported again unchanged
    costs no read of history.
    """
    rows = writer.execute(FIELD_CHANGES_SQL, (action_id, field)).fetchall()
    if not edited_since_created(rows):
        return False  # never edited: the value differs because the file changed it
    return bool(value_from_import(rows) == json.loads(dumps(value)))


def _change_line(
    writer: Writer, entity: tuple[str, int], field: str, value: Any, ref: str
) -> str | None:
    """Apply one field; if it changed, the report line with its recorded before and after."""
    if not change(writer, *entity, field, value):
        return None
    # The change of this field (a first deadline also records the baseline after it).
    recorded = next(c for c in reversed(writer.changes) if c[2] == field)
    before, after = json.loads(recorded[3]), json.loads(recorded[4])
    if field == "fields" and entity[0] == "action":
        before, after = _without_baseline(writer, entity[1], before, after)
        if before == after:
            return None  # only the baseline's own column came or went: the due line says it
    what = ref if entity[0] == "action" else f"recommendation {ref}"
    return say.changed(what, field, before, after)


def _without_baseline(
    writer: Writer, action_id: int, *fields: dict[str, str]
) -> tuple[dict[str, str], ...]:
    """An action's fields without a column giving its baseline deadline exactly
    ("Original Target Date: 31/12/2026"), kept once a revised date is given: a
    re-import does not report the revision twice."""
    stored = read_field(writer, "action", action_id, "original_due")
    baseline = dt.date.fromisoformat(stored) if stored else None
    return tuple(
        {k: v for k, v in f.items() if not repeats_the_baseline(v, baseline)} for f in fields
    )


class _Held:
    """An action's live notes, and whether an incoming one is already among them.

    Next month's file repeats every unchanged progress cell under its new
    header date: words the action already holds are not news, whatever the
    date, even when a note typed in the app or merged from a lead's reply has
    come since. Spacing and line breaks do not make a note new.
    """

    def __init__(self, rows: list[tuple[str | None, str]]) -> None:
        self.words = {_collapse(t) for _, t in rows}

    def has(self, u: UpdateDoc) -> bool:
        return _collapse(u.text) in self.words

    def add(self, u: UpdateDoc) -> None:
        self.words.add(_collapse(u.text))


def _new_updates(writer: Writer, bulk: _Bulk, action_id: int, a: ActionDoc) -> list[UpdateDoc]:
    rows = writer.execute(
        "SELECT date, text FROM updates WHERE action_id = ? AND archived = 0"
        " ORDER BY date IS NULL, date, id",
        (action_id,),
    ).fetchall()
    exact = set(rows)  # the same file again (the common case) needs no parsing
    held: _Held | None = None
    added = []
    for u in a.updates:
        if (_iso(u.date), u.text) in exact:
            continue
        held = held or _Held(rows)
        if held.has(u):
            continue
        update_id = bulk.update_ids.take()
        bulk.updates.append((update_id, action_id, _iso(u.date), u.text, u.status, bulk.now))
        writer.record_created("update", update_id)
        writer.touched_actions.add(action_id)
        held.add(u)
        added.append(u)
    return added


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def _json(fields: dict[str, str]) -> str:
    return json.dumps(dict(fields), ensure_ascii=False) if fields else "{}"
