"""The store's API: typed reads and recorded edits over one SQLite file."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from store import history, shaping
from store.apply import change, ensure_person, person_key, read_field, revive_archived_plan
from store.bulk import PlanStream, gc_paused
from store.clock import now_iso
from store.core import Writer, id_chunks
from store.errors import InvalidValueError, NotFoundError
from store.merge import ADD_ACTION, ADD_RECOMMENDATION, Progress, merge_plan
from store.models import (
    CLOSED_STATUSES,
    RAGS,
    ActionRow,
    HistoryEntry,
    ImportReport,
    Precision,
    Rag,
    Status,
    UndoCandidate,
)
from store.reads import ReadStore
from store.schema import (
    DUE_CHANGES_SQL,
    SEARCH_BODY_SQL,
    connect,
    connect_for_reading,
    first_lead_sql,
    open_reader,
)
from store.shaping import Renumbering
from store.text import unified
from store.wording import rag_word, status_word

if TYPE_CHECKING:
    from store.docs import PlanDoc


def clears_rag(before: str, status: str, rag: str | None) -> bool:
    """Whether moving an action rated ``rag`` from ``before`` to ``status`` clears its
    RAG: closing it does. A finished action is not rated (BRAG's blue is read on
    import), so a paper never says "Done / Amber"; nor is a dropped one (superseded,
    no longer needed), so none says "Dropped / Green" or counts it among the ratings.
    Closing a closed action again (Done on Done, Dropped on Done) is no closing: the
    rating it has was given since, or imported, and stays. The cleared rating stays
    in history, and reopening the action brings it back (``reopens_rag``)."""
    closing = status in CLOSED_STATUSES and before not in CLOSED_STATUSES
    return closing and rag is not None


def rag_cleared_by_closing(conn: sqlite3.Connection, action_id: int) -> Rag | None:
    """The RAG the edit that closed an action cleared (``clears_rag``), while that is
    still the action's last live RAG change: what reopening it rates it again. None
    when the action was closed unrated, or rated or cleared by hand since."""
    last = conn.execute(
        "SELECT c.batch_id, c.before, c.after FROM changes c JOIN batches b"
        " ON b.id = c.batch_id WHERE c.entity = 'action' AND c.entity_id = ?"
        " AND c.field = 'rag' AND b.undone = 0 ORDER BY c.id DESC LIMIT 1",
        (action_id,),
    ).fetchone()
    if last is None or last[2] != "null" or last[1] in (None, "null"):
        return None
    closed = conn.execute(
        "SELECT 1 FROM changes WHERE batch_id = ? AND entity = 'action' AND entity_id = ?"
        " AND field = 'status' AND after IN (?, ?)",
        (last[0], action_id, *(json.dumps(s) for s in sorted(CLOSED_STATUSES))),
    ).fetchone()
    rag = json.loads(last[1])
    return cast(Rag, rag) if closed and rag in RAGS else None


def reopens_rag(
    conn: sqlite3.Connection, action_id: int, before: str, status: str, rag: str | None
) -> Rag | None:
    """The RAG an action moved from ``before`` to ``status`` is rated again: reopening
    a closed action (done, dropped) brings back the rating its closing cleared, so a
    live action does not go to the board unrated; None when there is none to bring."""
    if before not in CLOSED_STATUSES or status in CLOSED_STATUSES or rag is not None:
        return None
    return rag_cleared_by_closing(conn, action_id)


def write_status(writer: Writer, action_id: int, status: Status) -> tuple[bool, Rag | None]:
    """Set an action's status inside an open edit, clearing the RAG in that same edit
    when ``clears_rag`` says so, or rating it again as before its closing when it is
    reopened (``reopens_rag``): one undo takes back both. Every path that sets a
    status (the TUI, ``update --status``, a chase reply) comes here. Returns whether
    the status changed and the RAG cleared (None when none was)."""
    before = read_field(writer, "action", action_id, "status")
    rag = read_field(writer, "action", action_id, "rag")
    restored = reopens_rag(writer.conn, action_id, before, status, rag)
    changed = change(writer, "action", action_id, "status", status)
    if restored is not None:
        change(writer, "action", action_id, "rag", restored)
    if not clears_rag(before, status, rag):
        return changed, None
    change(writer, "action", action_id, "rag", None)
    return changed, rag


class Store(ReadStore):
    """A plan database: the reads of ReadStore plus every recorded edit.

    Thread-safe: writes are serialised on the write connection, reads on the
    read connection (see ``Core``).
    """

    @classmethod
    def open(
        cls,
        path: Path,
        on_upgrade: Callable[[Path], None] | None = None,
        explicit: bool = False,
        create: bool = True,
        lasting: bool = False,
    ) -> Store:
        """Open or create the database at ``path`` (see ``schema.connect``), with a
        second connection for reads (``schema.open_reader``). With ``create`` False
        a path holding no database yet is refused, untouched; ``lasting`` for a store
        held open for long (the TUI's), which must see another's writes."""
        conn = connect(path, on_upgrade, explicit, create, lasting)
        try:
            reader = open_reader(conn)
        except BaseException:
            conn.close()
            raise
        return cls(conn, str(path), reader)

    @classmethod
    def open_for_reading(
        cls, path: Path, on_upgrade: Callable[[Path], None] | None = None, explicit: bool = False
    ) -> Store:
        """Open an existing database only to read it, leaving no file behind
        (``schema.connect_for_reading``); one that needs migrating opens as usual."""
        conn = connect_for_reading(path, explicit)
        if conn is None:
            return cls.open(path, on_upgrade, explicit, create=False)
        return cls(conn, str(path))

    # ----------------------------------------------------------------- plans
    def create_plan(self, title: str, notes: str = "") -> int:
        """A new empty plan; its creation is recorded and undoable."""
        title, notes = unified(title).strip(), unified(notes)
        if not title:
            raise InvalidValueError("plan title: must not be empty")
        with self.writing(f"create plan {title}") as w:
            if w.execute(
                "SELECT 1 FROM plans WHERE title = ? COLLATE NOCASE AND archived = 0", (title,)
            ).fetchone():
                raise InvalidValueError(f"plan title: {title!r} is taken; choose another title")
            revived = revive_archived_plan(w, title)
            if revived is not None:
                return revived
            now = now_iso()
            cur = w.execute(
                "INSERT INTO plans (title, notes, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (title, notes, now, now),
            )
            plan_id = int(cur.lastrowid or 0)
            w.record_created("plan", plan_id)
        return plan_id

    def rename_plan(self, plan_id: int, title: str) -> bool:
        """Give a plan a new title (recorded, undoable); refused if another plan has it."""
        title = _required(title, "plan title")
        if any(p.title.casefold() == title.casefold() and p.id != plan_id for p in self.plans()):
            raise InvalidValueError(f"plan title: {title!r} is already another plan's")
        with self.writing("rename plan") as w:
            return change(w, "plan", plan_id, "title", title)

    # ----------------------------------------------------------------- edits
    def set_status(self, action_id: int, status: Status) -> bool:
        """Set an action's status; False when it already had it (nothing written). A
        completion clears the RAG in the same edit (one undo restores both): a finished
        action is not rated, as BRAG's blue is read on import, and a paper must not say
        "Done / Amber"; Done set again on a done action is no completion (``clears_rag``)."""
        self._require_action(action_id)
        with self.writing(f"status {status_word(status)}") as w:
            changed, cleared = write_status(w, action_id, status)
        return changed or cleared is not None

    def rag_on_reopening(self, action: ActionRow, status: str) -> Rag | None:
        """The RAG ``set_status(action.id, status)`` would bring back (``reopens_rag``),
        for saying so before the edit: "status Done → In progress, RAG none → Amber"."""
        with self.reading() as conn:
            return reopens_rag(conn, action.id, action.status, status, action.rag)

    def set_rag(self, action_id: int, rag: Rag | None) -> bool:
        """Set an action's RAG rating (None clears it)."""
        return self._edit(action_id, f"RAG {rag_word(rag)}", "rag", rag)

    def set_due(
        self, action_id: int, due: dt.date | None, due_text: str, precision: Precision | None
    ) -> bool:
        """Re-date an action; the earlier deadline stays in history."""
        value = {
            "due": due.isoformat() if due else None,
            "due_text": unified(due_text).strip(),
            "due_precision": precision if due else "open",
        }
        return self._edit(action_id, "due date", "due", value)

    def set_people(self, action_id: int, leads: list[str], responsible: list[str]) -> bool:
        """Replace an action's leads and responsible officers."""
        leads, responsible = _names(leads), _names(responsible)
        with self.writing("leads") as w:
            a = change(w, "action", action_id, "leads", leads)
            b = change(w, "action", action_id, "responsible", responsible)
        return a or b

    def set_text(self, action_id: int, text: str) -> bool:
        """Edit an action's text."""
        text = _required(text, "action text")
        return self._edit(action_id, "text", "text", text)

    def archive_action(self, action_id: int, archived: bool = True) -> bool:
        """Hide an action (never deleted; undo or unarchive restores it)."""
        return self._edit(action_id, "archive" if archived else "restore", "archived", archived)

    def _edit(self, action_id: int, label: str, field: str, value: Any) -> bool:
        self._require_action(action_id)
        with self.writing(label) as w:
            return change(w, "action", action_id, field, value)

    def add_update(self, action_id: int, text: str, date: dt.date | None = None) -> int:
        """Add a dated progress note (dated today unless given)."""
        text = _required(text, "update text")
        self._require_action(action_id)
        with self.writing("update") as w:
            # the status as this write sees it: a status set earlier in the same edit
            # ('update 1.2 --status blocked --note …') is not committed yet
            cur = w.execute(
                "INSERT INTO updates (action_id, date, text, status, created_at)"
                " SELECT id, ?, ?, status, ? FROM actions WHERE id = ?",
                ((date or self.today()).isoformat(), text, now_iso(), action_id),
            )
            update_id = int(cur.lastrowid or 0)
            w.record_created("update", update_id)
            w.touched_actions.add(action_id)
        return update_id

    def correct_update(self, update_id: int, text: str) -> bool:
        """Correct a progress update's text (a typo seen after other edits, which undo
        reaches only through them): one recorded edit, undoable; the old text stays in
        history. False when the text is unchanged."""
        text = _required(text, "update text")
        with self.writing("update corrected") as w:
            if not w.execute(
                "SELECT 1 FROM updates WHERE id = ? AND archived = 0", (update_id,)
            ).fetchone():
                raise NotFoundError(f"no update {update_id} (removed since?)")
            return change(w, "update", update_id, "text", text)

    def add_action(self, rec_id: int, text: str, ref: str | None = None, **fields: Any) -> int:
        """A new action at the end of a recommendation, numbered after the highest ref
        there and never a ref the plan already has; ``fields`` (leads, responsible,
        due, status, rag) are set in the same recorded edit."""
        text = _required(text, "action text")
        with self.writing(ADD_ACTION) as w:
            return _insert_action(w, rec_id, text, ref, fields)

    def add_recommendation(
        self, plan_id: int, text: str, ref: str | None = None, actions: Sequence[str] = ()
    ) -> int:
        """A new recommendation at the end of a plan, with its first ``actions`` (one
        text each, numbered "<ref>.1", "<ref>.2" …), in one recorded edit."""
        text = _required(text, "recommendation text")
        with self.writing(ADD_RECOMMENDATION) as w:
            (top,) = w.execute(
                "SELECT coalesce(max(position), -1) FROM recommendations WHERE plan_id = ?",
                (plan_id,),
            ).fetchone()
            ref = ref.strip() if ref and ref.strip() else _next_rec_ref(w, plan_id)
            if w.execute(
                "SELECT 1 FROM recommendations WHERE plan_id = ? AND ref = ? AND archived = 0",
                (plan_id, ref),
            ).fetchone():
                raise InvalidValueError(f"recommendation ref: {ref} is taken in this plan")
            now = now_iso()
            cur = w.execute(
                "INSERT INTO recommendations (plan_id, ref, text, position, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (plan_id, ref, text, top + 1, now, now),
            )
            rec_id = int(cur.lastrowid or 0)
            w.record_created("recommendation", rec_id)
            for action in actions:
                if action.strip():
                    _insert_action(w, rec_id, unified(action).strip(), None, {})
        return rec_id

    def next_recommendation_ref(self, plan_id: int) -> str:
        """The ref a new recommendation of the plan gets unless the user gives one."""
        with self.reading() as conn:
            return _next_rec_ref(Writer(conn, "look"), plan_id)

    # ------------------------------------------------------ shaping a plan
    def move_action(self, action_id: int, rec_id: int) -> bool:
        """Move an action to the end of another recommendation of its plan (recorded,
        undoable); it keeps its id, ref, updates and history. False if already there."""
        with self.writing("move action") as w:
            return shaping.move_to(w, action_id, rec_id)

    def shift_action(self, action_id: int, step: int) -> ActionRow | None:
        """Move an action ``step`` places (-1 up, 1 down) within its recommendation by
        swapping it with that neighbour; the neighbour, or None at either end."""
        with self.writing("reorder action") as w:
            other = shaping.shift(w, action_id, step)
        return self.action(other) if other is not None else None

    def renumbering(self, plan_id: int, rec_id: int | None = None) -> list[Renumbering]:
        """The refs ``renumber`` would change (nothing is written)."""
        with self.reading() as conn:
            return shaping.renumbering(Writer(conn, "look"), plan_id, rec_id)

    def renumber(self, plan_id: int, rec_id: int | None = None) -> list[Renumbering]:
        """Give a recommendation's (or, with None, every) action the ref "<rec ref>.<n>"
        in its current order, in one recorded edit that one undo takes back."""
        with self.writing("renumber") as w:
            return shaping.renumber(w, plan_id, rec_id)

    def alias(self, alias: str, name: str) -> None:
        """Teach the store that ``alias`` (e.g. initials) means ``name``."""
        with self.writing("alias") as w:
            _store_alias(w, alias, name)

    # ------------------------------------------------------- import, export
    def merge_plans(
        self,
        docs: Sequence[PlanDoc | PlanStream],
        label: str,
        progress: Progress | None = None,
        dry_run: bool = False,
        aliases: dict[str, str] | None = None,
        sources: Sequence[str] | None = None,
    ) -> list[ImportReport]:
        """Import documents (and the aliases they taught) in one transaction.

        ``sources``, one per document, name the file each came from ("import a.csv",
        "import b.xlsx"): an action's history names its own file, while the command is
        one edit, ``label``, that one undo takes back.
        With ``dry_run`` the same work is done and then rolled back, so the
        report says exactly what a real import would do.
        """
        try:
            with gc_paused(), self.writing(label) as w:
                reports = []
                for n, doc in enumerate(docs):
                    if sources:
                        w.source = sources[n] if sources[n] != label else None
                    reports.append(merge_plan(w, doc, progress))
                w.source = None  # the aliases were taught by the command's files together
                for alias, name in (aliases or {}).items():
                    _store_alias(w, alias, name)
                if dry_run:
                    raise _RolledBack(reports)
        except _RolledBack as rolled:
            return rolled.reports
        return reports

    # ------------------------------------------------------------ undo, redo
    def undo(self) -> HistoryEntry:
        """Revert the latest edit; raises NothingToUndoError when there is none."""
        with self.writing("undo") as w:
            return history.undo(w)

    def redo(self) -> HistoryEntry:
        """Re-apply the latest undone edit."""
        with self.writing("redo") as w:
            return history.redo(w)

    def undo_batch(self, batch_id: int) -> HistoryEntry:
        """Revert exactly this edit (see ``next_undo``)."""
        with self.writing("undo") as w:
            entry = history.replay(w, batch_id, undo=True)
        self.undone_batches.append(batch_id)
        return entry

    def last_undone(self, plan_id: int | None = None) -> int | None:
        """The edit Ctrl+Y would redo: the one this run undid last (of ``plan_id``)."""
        if plan_id is None:
            return self.undone_batches[-1] if self.undone_batches else None
        with self.reading() as conn:
            undone = reversed(self.undone_batches)
            return next((b for b in undone if history.in_plan(conn, b, plan_id)), None)

    def redo_batch(self, batch_id: int) -> HistoryEntry:
        """Re-apply exactly this undone edit."""
        with self.writing("redo") as w:
            entry = history.replay(w, batch_id, undo=False)
        self.undone_batches.remove(batch_id)
        return entry

    def next_undo(self, own_only: bool = True, plan_id: int | None = None) -> UndoCandidate | None:
        """The edit Ctrl+Z would undo: the newest of this run's live edits (else, with
        ``own_only`` False, the newest anyone made), and what later edits it would undo.
        With ``plan_id``, only edits of that plan (or of no plan) are looked at."""
        with self.reading() as conn:
            own_batches = [b for b in self.own_batches if b not in self.passed_over]
            entry = history.newest(conn, 0, own_batches, plan_id=plan_id)
            own = entry is not None
            if entry is None and not own_only:
                entry = history.newest(conn, 0, None, skip=self.passed_over, plan_id=plan_id)
            if entry is None:
                return None
            look = Writer(conn, "look")
            now = history.as_undone_now(look, entry)
            unchanged = history.already_restored(look, entry)
            nothing = history.restores_nothing(look, entry, unchanged)
        return UndoCandidate(
            entry=now,
            own=own,
            overwrites=history.changed_since(entry, now),
            unchanged=unchanged,
            restores_nothing=nothing,
        )

    def pass_over(self, batch_id: int) -> None:
        """Ctrl+Z found edit ``batch_id`` with nothing left to undo (later edits put every
        field back): the next Ctrl+Z looks past it, and nothing is recorded."""
        self.passed_over.add(batch_id)

    def subjects(self, entry: HistoryEntry) -> dict[tuple[str, int], str]:
        """What each change of ``entry`` is about, in words: "2.1", "update on 2.1"."""
        with self.reading() as conn:
            return history.subjects(conn, entry)

    # --------------------------------------------------------------- helpers
    def _require_action(self, action_id: int) -> ActionRow:
        return self.action(action_id)

    def _after_write(self, writer: Writer) -> None:
        refresh_derived(writer, writer.touched_actions)
        refresh_first_leads(writer, writer.leads_written)

    def _after_commit(self) -> None:
        self.forget_answers()  # computed before this write: dropped
        self.writes += 1


class _RolledBack(Exception):
    """Carries a dry run's reports out of the transaction it rolls back."""

    def __init__(self, reports: list[ImportReport]) -> None:
        super().__init__("dry run")
        self.reports = reports


def _store_alias(writer: Writer, alias: str, name: str) -> None:
    person_id = ensure_person(writer, name)
    writer.execute(
        "INSERT OR REPLACE INTO person_aliases (alias_key, alias, person_id) VALUES (?, ?, ?)",
        (person_key(alias), alias.strip(), person_id),
    )


def refresh_derived(writer: Writer, action_ids: Iterable[int]) -> None:
    """Rebuild the search text, last-update date and re-dating count of touched actions."""
    ids = list(action_ids)
    for chunk, marks in id_chunks(ids):
        writer.execute(f"DELETE FROM action_search WHERE rowid IN ({marks})", chunk)
        writer.execute(SEARCH_BODY_SQL.format(where=f"a.id IN ({marks})"), chunk)
        writer.execute(
            f"""UPDATE actions SET last_update = (SELECT max(date) FROM updates u
                WHERE u.action_id = actions.id AND u.archived = 0) WHERE id IN ({marks})""",
            chunk,
        )
        writer.execute(DUE_CHANGES_SQL.format(where=f"id IN ({marks})"), chunk)


def refresh_first_leads(writer: Writer, action_ids: Iterable[int]) -> None:
    """Work out again the lead order's key of actions whose leads were written. Only
    theirs: the key depends on nothing else (people's names never change), and an undo
    of a large import touches every action it brought."""
    for chunk, marks in id_chunks(list(action_ids)):
        writer.execute(
            f"UPDATE actions SET first_lead = {first_lead_sql('actions.id')} WHERE id IN ({marks})",
            chunk,
        )


def _names(names: list[str]) -> list[str]:
    return [n.strip() for n in names if n and n.strip()]


def _required(text: str, field: str) -> str:
    """Text typed or pasted into an edit, every line break the line feed (``unified``)."""
    text = unified(text).strip()
    if not text:
        raise InvalidValueError(f"{field}: must not be empty")
    return text


def _insert_action(
    writer: Writer, rec_id: int, text: str, ref: str | None, fields: dict[str, Any]
) -> int:
    rec = writer.execute(
        "SELECT plan_id, position, ref FROM recommendations WHERE id = ?", (rec_id,)
    ).fetchone()
    if rec is None:
        raise NotFoundError(f"no recommendation with id {rec_id}")
    (top,) = writer.execute(
        "SELECT coalesce(max(position), -1) FROM actions WHERE recommendation_id = ?",
        (rec_id,),
    ).fetchone()
    ref = ref.strip() if ref and ref.strip() else _next_ref(writer, rec[0], rec_id, rec[2])
    now = now_iso()
    cur = writer.execute(
        "INSERT INTO actions (plan_id, recommendation_id, rec_position, position, ref,"
        " text, due_precision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'open',"
        " ?, ?)",
        (rec[0], rec_id, rec[1], top + 1, ref, text, now, now),
    )
    action_id = int(cur.lastrowid or 0)
    writer.record_created("action", action_id)
    for field, value in fields.items():
        change(writer, "action", action_id, field, value)
    writer.touched_actions.add(action_id)
    return action_id


def _next_rec_ref(writer: Writer, plan_id: int) -> str:
    """One past the highest whole-number recommendation ref of the plan (after 1, 2, 5
    comes 6; not the count), skipping any ref a recommendation already has."""
    taken = {
        str(r[0]).strip()
        for r in writer.execute("SELECT ref FROM recommendations WHERE plan_id = ?", (plan_id,))
    }
    n = max((int(t) for t in taken if t.isdigit()), default=0) + 1
    while str(n) in taken:
        n += 1
    return str(n)


def _next_ref(writer: Writer, plan_id: int, rec_id: int, rec_ref: str) -> str:
    """ "<rec>.<n>" with n one past the highest number used after "<rec>." in the
    recommendation (not its count: after 1.1, 1.2, 1.7 comes 1.8), skipping any ref
    the plan already holds."""
    taken = {
        str(r[0]) for r in writer.execute("SELECT ref FROM actions WHERE plan_id = ?", (plan_id,))
    }
    mine = writer.execute("SELECT ref FROM actions WHERE recommendation_id = ?", (rec_id,))
    numbers = [int(tail) for (ref,) in mine if (tail := str(ref).rpartition(".")[2]).isdigit()]
    n = max(numbers, default=0) + 1
    while f"{rec_ref}.{n}" in taken:
        n += 1
    return f"{rec_ref}.{n}"
