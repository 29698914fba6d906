"""The store's API: typed reads and recorded edits over one SQLite file."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from store import history
from store.apply import change, ensure_person, person_key
from store.clock import now_iso, today
from store.core import Core, Writer, fetch_column, fetch_dicts
from store.errors import InvalidValueError, NotFoundError
from store.export import plan_doc
from store.merge import Progress, merge_plan
from store.models import (
    CLOSED_STATUSES,
    ActionDetail,
    ActionIndex,
    ActionQuery,
    ActionRow,
    EarlierDue,
    ExportDoc,
    HistoryEntry,
    ImportReport,
    Person,
    PlanDoc,
    PlanInfo,
    Precision,
    Rag,
    RecommendationRow,
    Status,
    UpdateDoc,
    UpdateRow,
)
from store.queries import ORDERS, ROW_SELECT, overdue_sql, where_clause
from store.schema import connect

SEP = "\x1f"
INDEX_CACHE_SIZE = 16


class Store(Core):
    """A plan database. Thread-safe: calls are serialised on one connection."""

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open or create the database at ``path`` (see ``schema.connect``)."""
        return cls(connect(path), str(path))

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        super().__init__(conn, path)
        self.today: Callable[[], dt.date] = today
        self._index_cache: dict[tuple[ActionQuery, dt.date], ActionIndex] = {}
        self._seen_version: int | None = None

    # ----------------------------------------------------------------- plans
    def plans(self, counts: bool = True) -> list[PlanInfo]:
        """Every plan with its action, done and overdue counts (zeros without ``counts``)."""
        if not counts:  # start-up needs titles only; counts scan every action
            with self.reading() as conn:
                rows = fetch_dicts(
                    conn,
                    "SELECT id, title, notes, fields, 0 AS actions,"
                    " 0 AS done, 0 AS overdue FROM plans WHERE archived = 0"
                    " ORDER BY title",
                )
            return [PlanInfo(**{**r, "fields": json.loads(r["fields"])}) for r in rows]
        sql, params = overdue_sql(self.today())
        with self.reading() as conn:
            rows = fetch_dicts(
                conn,
                f"""SELECT p.id, p.title, p.notes, p.fields,
                      count(a.id) AS actions,
                      coalesce(sum(a.status = 'done'), 0) AS done,
                      coalesce(sum({sql}), 0) AS overdue
                    FROM plans p LEFT JOIN actions a ON a.plan_id = p.id AND a.archived = 0
                    WHERE p.archived = 0 GROUP BY p.id ORDER BY p.title""",
                params,
            )
        return [PlanInfo(**{**r, "fields": json.loads(r["fields"])}) for r in rows]

    def plan_by_title(self, title: str) -> PlanInfo:
        """The plan with this title (ignoring case), or NotFoundError."""
        for plan in self.plans():
            if plan.title.casefold() == title.strip().casefold():
                return plan
        raise NotFoundError(f"no plan titled {title!r}")

    def create_plan(self, title: str, notes: str = "") -> int:
        """A new empty plan; its creation is recorded and undoable."""
        title = title.strip()
        if not title:
            raise InvalidValueError("plan title: must not be empty")
        with self.writing(f"create plan {title}") as w:
            now = now_iso()
            cur = w.execute(
                "INSERT INTO plans (title, notes, created_at, updated_at) VALUES (?, ?, ?, ?)",
                (title, notes, now, now),
            )
            plan_id = int(cur.lastrowid or 0)
            w.record("plan", plan_id, "archived", True, False)
        return plan_id

    def recommendations(self, plan_id: int) -> list[RecommendationRow]:
        """A plan's recommendations in order, with progress counts."""
        sql, params = overdue_sql(self.today())
        with self.reading() as conn:
            rows = fetch_dicts(
                conn,
                f"""SELECT r.id, r.plan_id, r.ref, r.text, r.fields,
                      count(a.id) AS total,
                      coalesce(sum(a.status = 'done'), 0) AS done,
                      coalesce(sum({sql}), 0) AS overdue
                    FROM recommendations r
                    LEFT JOIN actions a ON a.recommendation_id = r.id AND a.archived = 0
                    WHERE r.plan_id = ? AND r.archived = 0
                    GROUP BY r.id ORDER BY r.position""",
                [*params, plan_id],
            )
        return [RecommendationRow(**{**r, "fields": json.loads(r["fields"])}) for r in rows]

    def people(self, plan_id: int | None = None) -> list[Person]:
        """People named on (a plan's) live actions, by name."""
        scope = "AND a.plan_id = ?" if plan_id is not None else ""
        with self.reading() as conn:
            rows = fetch_dicts(
                conn,
                f"""SELECT DISTINCT p.id, p.name FROM people p
                    JOIN action_people ap ON ap.person_id = p.id
                    JOIN actions a ON a.id = ap.action_id AND a.archived = 0 {scope}
                    ORDER BY p.name COLLATE NOCASE""",
                [plan_id] if plan_id is not None else [],
            )
        return [Person(**r) for r in rows]

    # --------------------------------------------------------------- actions
    def action_ids(self, query: ActionQuery) -> list[int]:
        """Ids of the matching actions, in the query's order."""
        where, params = self._where(query)
        sql = f"SELECT a.id FROM actions a WHERE {where} ORDER BY {ORDERS[query.sort]}"
        with self.reading() as conn:
            return fetch_column(conn, sql, params)

    def action_index(self, query: ActionQuery) -> ActionIndex:
        """Ordered ids of the matching actions and how many are overdue, in one scan.

        Recent answers are kept until anything is written, here or by another
        process (``PRAGMA data_version``), so toggling a filter back is instant.
        """
        key = (query, self.today())
        with self.reading() as conn:
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            if version != self._seen_version:
                self._index_cache.clear()
                self._seen_version = version
            cached = self._index_cache.get(key)
        if cached is not None:
            return cached
        index = self._compute_index(query)
        if len(self._index_cache) >= INDEX_CACHE_SIZE:
            self._index_cache.pop(next(iter(self._index_cache)))
        self._index_cache[key] = index
        return index

    def _compute_index(self, query: ActionQuery) -> ActionIndex:
        where, params = self._where(query)
        overdue, extra = overdue_sql(self.today())
        sql = (
            f"SELECT json_group_array(id), coalesce(sum(late), 0) FROM (SELECT a.id AS id,"
            f" {overdue} AS late FROM actions a WHERE {where} ORDER BY {ORDERS[query.sort]})"
        )
        with self.reading() as conn:
            ids, late = conn.execute(sql, [*extra, *params]).fetchone()
        # Built without validation: 100,000 ints from our own query need no checking.
        return ActionIndex.model_construct(ids=json.loads(ids), overdue=int(late))

    def count_actions(self, query: ActionQuery) -> tuple[int, int]:
        """How many actions match, and how many of those are overdue."""
        where, params = self._where(query)
        overdue, extra = overdue_sql(self.today())
        sql = f"SELECT count(*), coalesce(sum({overdue}), 0) FROM actions a WHERE {where}"
        with self.reading() as conn:
            total, late = conn.execute(sql, [*extra, *params]).fetchone()
        return int(total), int(late)

    def actions_by_ids(self, ids: Sequence[int]) -> list[ActionRow]:
        """Full rows for ``ids``, in the order given (missing ids skipped)."""
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        with self.reading() as conn:
            rows = fetch_dicts(conn, f"{ROW_SELECT} WHERE a.id IN ({marks})", list(ids))
        by_id = {r["id"]: self._row(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def list_actions(
        self, query: ActionQuery, limit: int | None = None, offset: int = 0
    ) -> list[ActionRow]:
        """Matching rows in order; pages of ``limit`` from ``offset``."""
        where, params = self._where(query)
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        sql = f"{ROW_SELECT} WHERE {where} ORDER BY {ORDERS[query.sort]}{page}"
        with self.reading() as conn:
            return [self._row(r) for r in fetch_dicts(conn, sql, params)]

    def iter_actions(self, query: ActionQuery, page: int = 2000) -> Iterable[ActionRow]:
        """All matching rows in plan order, read in keyset pages (exports, CLI)."""
        where, params = self._where(query.model_copy(update={"sort": "plan"}))
        after = " AND (a.plan_id, a.rec_position, a.position, a.id) > (?, ?, ?, ?)"
        key: list[int] = []
        while True:
            sql = (
                f"{_KEYSET_SELECT} WHERE {where}{after if key else ''}"
                f" ORDER BY {ORDERS['plan']}, a.id LIMIT {page}"
            )
            with self.reading() as conn:
                rows = fetch_dicts(conn, sql, [*params, *key])
            yield from (self._row(r) for r in rows)
            if len(rows) < page:
                return
            last = rows[-1]
            key = [last["plan_id"], last["_rp"], last["_p"], last["id"]]

    def action(self, action_id: int) -> ActionRow:
        """One action (archived ones too)."""
        rows = self.actions_by_ids([action_id])
        if not rows:
            raise NotFoundError(f"no action with id {action_id}")
        return rows[0]

    def find_action(self, ref: str, plan_id: int | None = None) -> ActionRow:
        """The live action with this ref ("2.1.1", or "R.n" as rec and action ref)."""
        ref = ref.strip()
        scope = "AND a.plan_id = ?" if plan_id is not None else ""
        sql = (
            f"SELECT a.id FROM actions a JOIN recommendations r ON r.id = a.recommendation_id"
            f" WHERE a.archived = 0 AND (a.ref = ? OR r.ref || '.' || a.ref = ?) {scope}"
            f" ORDER BY a.ref = ? DESC, {ORDERS['plan']}"
        )
        params: list[Any] = [ref, ref, *([plan_id] if plan_id is not None else []), ref]
        with self.reading() as conn:
            ids = [r[0] for r in conn.execute(sql, params)]
        if not ids:
            raise NotFoundError(f"no action with ref {ref!r}")
        found = self.actions_by_ids(ids)
        if plan_id is None and len({a.plan_id for a in found}) > 1:
            raise NotFoundError(f"ref {ref!r} is in several plans; name the plan")
        return found[0]

    def action_detail(self, action_id: int) -> ActionDetail:
        """Everything about one action, updates and history newest first."""
        row = self.action(action_id)
        with self.reading() as conn:
            extra = conn.execute(
                "SELECT a.fields, r.text, a.created_at, a.updated_at FROM actions a"
                " JOIN recommendations r ON r.id = a.recommendation_id WHERE a.id = ?",
                (action_id,),
            ).fetchone()
            updates = self._updates(conn, action_id)
        return ActionDetail(
            action=row,
            recommendation_text=extra[1],
            fields=json.loads(extra[0]),
            updates=updates,
            earlier_due=self.earlier_due(action_id),
            history=self.action_history(action_id),
            created_at=extra[2],
            updated_at=extra[3],
        )

    def _updates(self, conn: sqlite3.Connection, action_id: int) -> list[UpdateRow]:
        rows = fetch_dicts(
            conn,
            "SELECT id, action_id, date, text, status, created_at FROM updates"
            " WHERE action_id = ? AND archived = 0 ORDER BY date DESC, id DESC",
            (action_id,),
        )
        return [UpdateRow(**r) for r in rows]

    def earlier_due(self, action_id: int) -> list[EarlierDue]:
        """Deadlines this action had before re-dating, oldest first."""
        with self.reading() as conn:
            rows = conn.execute(
                "SELECT c.before, b.at FROM changes c JOIN batches b ON b.id = c.batch_id"
                " WHERE c.entity = 'action' AND c.entity_id = ? AND c.field = 'due'"
                " AND b.undone = 0 ORDER BY c.id",
                (action_id,),
            ).fetchall()
        out = []
        for before, at in rows:
            value = json.loads(before)
            if value.get("due") or value.get("due_text"):
                out.append(EarlierDue(due=value["due"], due_text=value["due_text"], changed_at=at))
        return out

    def action_history(self, action_id: int) -> list[HistoryEntry]:
        """Recorded edits of this action and its updates, newest first."""
        with self.reading() as conn:
            return history.entries_for_action(conn, action_id)

    # ----------------------------------------------------------------- edits
    def set_status(self, action_id: int, status: Status) -> bool:
        """Set an action's status; False when it already had it."""
        return self._edit(action_id, f"status {status}", "status", status)

    def set_rag(self, action_id: int, rag: Rag | None) -> bool:
        """Set an action's RAG rating (None clears it)."""
        return self._edit(action_id, f"RAG {rag or 'none'}", "rag", rag)

    def set_due(
        self, action_id: int, due: dt.date | None, due_text: str, precision: Precision | None
    ) -> bool:
        """Re-date an action; the earlier deadline stays in history."""
        value = {
            "due": due.isoformat() if due else None,
            "due_text": due_text.strip(),
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
        row = self._require_action(action_id)
        with self.writing("update") as w:
            cur = w.execute(
                "INSERT INTO updates (action_id, date, text, status, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (action_id, (date or self.today()).isoformat(), text, row.status, now_iso()),
            )
            update_id = int(cur.lastrowid or 0)
            w.record("update", update_id, "archived", True, False)
            w.touched_actions.add(action_id)
        return update_id

    def add_action(self, rec_id: int, text: str, ref: str | None = None) -> int:
        """A new action at the end of a recommendation."""
        text = _required(text, "action text")
        with self.writing("add action") as w:
            rec = w.execute(
                "SELECT plan_id, position, ref FROM recommendations WHERE id = ?", (rec_id,)
            ).fetchone()
            if rec is None:
                raise NotFoundError(f"no recommendation with id {rec_id}")
            count, top = w.execute(
                "SELECT count(*), coalesce(max(position), -1) FROM actions"
                " WHERE recommendation_id = ?",
                (rec_id,),
            ).fetchone()
            ref = ref.strip() if ref and ref.strip() else f"{rec[2]}.{count + 1}"
            now = now_iso()
            cur = w.execute(
                "INSERT INTO actions (plan_id, recommendation_id, rec_position, position, ref,"
                " text, due_precision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'open',"
                " ?, ?)",
                (rec[0], rec_id, rec[1], top + 1, ref, text, now, now),
            )
            action_id = int(cur.lastrowid or 0)
            w.record("action", action_id, "archived", True, False)
            w.touched_actions.add(action_id)
        return action_id

    def add_recommendation(self, plan_id: int, text: str, ref: str | None = None) -> int:
        """A new recommendation at the end of a plan."""
        with self.writing("add recommendation") as w:
            count, top = w.execute(
                "SELECT count(*), coalesce(max(position), -1) FROM recommendations"
                " WHERE plan_id = ?",
                (plan_id,),
            ).fetchone()
            ref = ref.strip() if ref and ref.strip() else str(count + 1)
            now = now_iso()
            cur = w.execute(
                "INSERT INTO recommendations (plan_id, ref, text, position, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (plan_id, ref, text.strip(), top + 1, now, now),
            )
            rec_id = int(cur.lastrowid or 0)
            w.record("recommendation", rec_id, "archived", True, False)
        return rec_id

    def alias(self, alias: str, name: str) -> None:
        """Teach the store that ``alias`` (e.g. initials) means ``name``."""
        with self.writing("alias") as w:
            _store_alias(w, alias, name)

    # ------------------------------------------------------- import, export
    def merge_plans(
        self,
        docs: Sequence[PlanDoc],
        label: str,
        progress: Progress | None = None,
        dry_run: bool = False,
        aliases: dict[str, str] | None = None,
    ) -> list[ImportReport]:
        """Import documents (and the aliases they taught) in one transaction.

        With ``dry_run`` the same work is done and then rolled back, so the
        report says exactly what a real import would do.
        """
        try:
            with self.writing(label) as w:
                reports = [merge_plan(w, doc, progress) for doc in docs]
                for alias, name in (aliases or {}).items():
                    _store_alias(w, alias, name)
                if dry_run:
                    raise _RolledBack(reports)
        except _RolledBack as rolled:
            return rolled.reports
        return reports

    def extras(self, ids: Sequence[int]) -> dict[int, tuple[dict[str, str], list[UpdateDoc]]]:
        """Extra fields and updates (oldest first) of many actions at once."""
        out: dict[int, tuple[dict[str, str], list[UpdateDoc]]] = {}
        with self.reading() as conn:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ", ".join("?" for _ in chunk)
                for r in fetch_dicts(
                    conn, f"SELECT id, fields FROM actions WHERE id IN ({marks})", chunk
                ):
                    out[r["id"]] = (json.loads(r["fields"]), [])
                for u in fetch_dicts(
                    conn,
                    f"SELECT action_id, date, text, status FROM updates WHERE archived = 0"
                    f" AND action_id IN ({marks}) ORDER BY action_id, date, id",
                    chunk,
                ):
                    out[u.pop("action_id")][1].append(UpdateDoc(**u))
        return out

    def export(self, plan_title: str | None = None) -> ExportDoc:
        """The whole database, or one plan, as the lossless document tree."""
        plans = [self.plan_by_title(plan_title)] if plan_title else self.plans()
        with self.reading() as conn:
            return ExportDoc(plans=[plan_doc(conn, p.id) for p in plans])

    # ------------------------------------------------------------ undo, redo
    def undo(self) -> HistoryEntry:
        """Revert the latest edit; raises NothingToUndoError when there is none."""
        with self.writing("undo") as w:
            return history.undo(w)

    def redo(self) -> HistoryEntry:
        """Re-apply the latest undone edit."""
        with self.writing("redo") as w:
            return history.redo(w)

    # --------------------------------------------------------------- helpers
    def _require_action(self, action_id: int) -> ActionRow:
        return self.action(action_id)

    def _where(self, query: ActionQuery) -> tuple[str, list[Any]]:
        names = [n for n in (query.person, query.lead, query.responsible) if n is not None]
        return where_clause(query, self.today(), self._person_ids(names))

    def _person_ids(self, names: list[str]) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        with self.reading() as conn:
            for name in names:
                key = person_key(name)
                row = conn.execute(
                    "SELECT id FROM people WHERE key = ? UNION ALL"
                    " SELECT person_id FROM person_aliases WHERE alias_key = ?",
                    (key, key),
                ).fetchone()
                out[name] = int(row[0]) if row else None
        return out

    def _row(self, r: dict[str, Any]) -> ActionRow:
        due = dt.date.fromisoformat(r["due"]) if r["due"] else None
        overdue = due is not None and due < self.today() and r["status"] not in CLOSED_STATUSES
        return ActionRow(
            id=r["id"],
            plan_id=r["plan_id"],
            plan_title=r["plan_title"],
            recommendation_id=r["recommendation_id"],
            recommendation_ref=r["recommendation_ref"],
            ref=r["ref"],
            text=r["text"],
            leads=_split(r["leads"]),
            responsible=_split(r["responsible"]),
            due=due,
            due_text=r["due_text"],
            due_precision=r["due_precision"],
            status=r["status"],
            rag=r["rag"],
            overdue=overdue,
            last_update=r["last_update"],
            archived=bool(r["archived"]),
        )

    def _after_write(self, writer: Writer) -> None:
        self._index_cache.clear()
        refresh_derived(writer, writer.touched_actions)


class _RolledBack(Exception):
    """Carries a dry run's reports out of the transaction it rolls back."""

    def __init__(self, reports: list[ImportReport]) -> None:
        super().__init__("dry run")
        self.reports = reports


_KEYSET_SELECT = ROW_SELECT.replace(
    "SELECT a.id,", "SELECT a.rec_position AS _rp, a.position AS _p, a.id,", 1
)


def _store_alias(writer: Writer, alias: str, name: str) -> None:
    person_id = ensure_person(writer, name)
    writer.execute(
        "INSERT OR REPLACE INTO person_aliases (alias_key, alias, person_id) VALUES (?, ?, ?)",
        (person_key(alias), alias.strip(), person_id),
    )


def refresh_derived(writer: Writer, action_ids: Iterable[int]) -> None:
    """Rebuild the search text and last-update date of touched actions."""
    ids = list(action_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        writer.execute(f"DELETE FROM action_search WHERE rowid IN ({marks})", chunk)
        writer.execute(
            f"""INSERT INTO action_search (rowid, body)
                SELECT a.id, a.ref || ' ' || a.text || ' ' || r.text || ' ' || coalesce(
                    (SELECT group_concat(u.text, ' ') FROM updates u
                     WHERE u.action_id = a.id AND u.archived = 0), '')
                FROM actions a JOIN recommendations r ON r.id = a.recommendation_id
                WHERE a.id IN ({marks})""",
            chunk,
        )
        writer.execute(
            f"""UPDATE actions SET last_update = (SELECT max(date) FROM updates u
                WHERE u.action_id = actions.id AND u.archived = 0) WHERE id IN ({marks})""",
            chunk,
        )


def _split(value: str | None) -> list[str]:
    return value.split(SEP) if value else []


def _names(names: list[str]) -> list[str]:
    return [n.strip() for n in names if n and n.strip()]


def _required(text: str, field: str) -> str:
    text = text.strip()
    if not text:
        raise InvalidValueError(f"{field}: must not be empty")
    return text
