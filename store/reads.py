"""The read side of the store: typed queries over plans, recommendations and actions."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from itertools import compress
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from store import history
from store.apply import find_person, match_lead, same_person_ids
from store.clock import today
from store.core import Core, fetch_column, fetch_dicts, id_chunks
from store.errors import NotFoundError, SearchInterrupted
from store.history import RATING_CHANGES_SQL, FieldChange, edited_since_created, value_from_import
from store.models import (
    CLOSED_STATUSES,
    ActionDetail,
    ActionIndex,
    ActionQuery,
    ActionRow,
    EarlierDue,
    HistoryEntry,
    Person,
    PlanInfo,
    RecommendationRow,
    UpdateRow,
)
from store.no_one import no_one_sql
from store.queries import (
    MOVE_REASON_SQL,
    ORDERS,
    REDATING_REASONS_SQL,
    ROW_SELECT,
    Search,
    overdue_sql,
    search_of,
    where_clause,
)
from store.text import printable

if TYPE_CHECKING:
    from store.docs import ExportDoc, UpdateDoc

SEP = "\x1f"
INDEX_CACHE_SIZE = 16


class ReadStore(Core):
    """Every read the CLI, the reports and the TUI make; writes live in ``Store``."""

    def __init__(
        self, conn: sqlite3.Connection, path: str, reader: sqlite3.Connection | None = None
    ) -> None:
        super().__init__(conn, path, reader)
        self.today: Callable[[], dt.date] = today
        self._index_cache: dict[tuple[ActionQuery, dt.date], ActionIndex] = {}
        self._ref_widths: dict[int, int] = {}  # plan id -> longest ref; dropped as the above
        self._cache_lock = threading.Lock()
        self._search_lock = threading.Lock()  # guards ``_searching``: see interrupt_search
        self._searching = False
        self._interrupted = False
        self.writes = 0  # writes made through this store: tells a reader its answer is old
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
        """The plan a user named: its title (ignoring case), its number (as
        ``actionplan plans`` lists it) or a prefix of one title only; else NotFoundError
        naming the plans that the prefix fits."""
        return pick_plan(self.plans(), title, self.imported_from)

    def imported_from(self, plan_ids: list[int]) -> dict[int, str]:
        """The file each plan was first imported from, where an import made it."""
        with self.reading() as conn:
            return imported_from(conn, plan_ids)

    def recommendations(self, plan_id: int) -> list[RecommendationRow]:
        """A plan's recommendations in order, with progress counts."""
        sql, params = overdue_sql(self.today())
        with self.reading() as conn:
            rows = fetch_dicts(
                conn,
                # Counted per recommendation first: the actions_rec index is already in
                # that order, so no temporary B-tree is built for the grouping.
                f"""SELECT r.id, r.plan_id, r.ref, r.text, r.fields,
                      coalesce(c.total, 0) AS total, coalesce(c.done, 0) AS done,
                      coalesce(c.late, 0) AS overdue, coalesce(c.dropped, 0) AS dropped
                    FROM recommendations r LEFT JOIN (
                      SELECT a.recommendation_id AS rid, count(*) AS total,
                             sum(a.status = 'done') AS done, sum({sql}) AS late,
                             sum(a.status = 'dropped') AS dropped
                      FROM actions a
                      WHERE a.archived = 0 AND a.recommendation_id IN
                        (SELECT id FROM recommendations WHERE plan_id = ?)
                      GROUP BY a.recommendation_id) c ON c.rid = r.id
                    WHERE r.plan_id = ? AND r.archived = 0
                    ORDER BY r.position""",
                [*params, plan_id, plan_id],
            )
        return [RecommendationRow(**{**r, "fields": json.loads(r["fields"])}) for r in rows]

    def people(self, plan_id: int | None = None) -> list[Person]:
        """People named on (a plan's) live actions, by name; not wording that names no
        one ("[TBC]", "N/A": ``store.no_one``), which the actions keep as written."""
        scope = "AND a.plan_id = ?" if plan_id is not None else ""
        with self.reading() as conn:
            rows = fetch_dicts(
                conn,
                # One live action per person is enough: EXISTS stops at the first
                # (80 -> 1 ms at 100,000 actions, against joining every action).
                f"""SELECT p.id, p.name FROM people p WHERE EXISTS (
                      SELECT 1 FROM action_people ap JOIN actions a ON a.id = ap.action_id
                      WHERE ap.person_id = p.id AND a.archived = 0 {scope})
                    AND NOT {no_one_sql("p.key")}
                    ORDER BY p.name COLLATE NOCASE""",
                [plan_id] if plan_id is not None else [],
            )
        return [Person(**r) for r in rows]

    def person_named(self, given: str, plan_id: int | None = None) -> str:
        """The person ``given`` names: their name or a known alias ("KH"), else a start
        of one name only, read as ``chase --lead`` reads it ("Lisa" → "Lisa Marsh").
        Only people on (the plan's) live actions count: a name left behind when its
        actions were given another lead ("Head of Perf") is no match, so its start
        reaches the person meant ("Head of Performance and Intelligence")."""
        people = self.people(plan_id)
        with self.reading() as conn:
            found = find_person(conn, given)
        if found is not None and any(p.id == found[0] for p in people):
            return found[1]
        return match_lead((p.name for p in people), given, "one on an action")

    def known_person_keys(self) -> frozenset[str]:
        """The names and aliases (as ``person_key``) of everyone on a live action: what
        a name typed for a lead must match not to make a new person."""
        live = """EXISTS (SELECT 1 FROM action_people ap JOIN actions a ON a.id = ap.action_id
                  WHERE ap.person_id = {id} AND a.archived = 0)"""
        with self.reading() as conn:
            return frozenset(
                fetch_column(
                    conn,
                    f"""SELECT p.key FROM people p WHERE {live.format(id="p.id")}
                        UNION SELECT al.alias_key FROM person_aliases al
                        WHERE {live.format(id="al.person_id")}""",
                    [],
                )
            )

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
            self._drop_answers_if_written(conn)
            cache = self._index_cache
            cached = cache.get(key)
        if cached is not None:
            return cached
        index = self._compute_index(query)
        with self._cache_lock:  # several threads read at once (the list, a prefetch)
            if cache is self._index_cache:  # else something was written meanwhile
                if len(cache) >= INDEX_CACHE_SIZE:
                    cache.pop(next(iter(cache)))
                cache[key] = index
        return index

    def _drop_answers_if_written(self, conn: sqlite3.Connection) -> None:
        """Forget remembered answers when another connection has committed since."""
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._seen_version:
            self.forget_answers()
            self._seen_version = version

    def forget_answers(self) -> None:
        """New dicts: an answer computed before now and stored after goes to the old one."""
        self._index_cache = {}
        self._ref_widths = {}

    def _compute_index(self, query: ActionQuery) -> ActionIndex:
        search = search_of(query.text)
        if search:
            return self._search_within(query, search)
        where, params = self._where(query)
        overdue, extra = overdue_sql(self.today())
        sql = (
            f"SELECT json_group_array(id), group_concat(late, '') FROM (SELECT a.id AS id,"
            f" {overdue} AS late FROM actions a WHERE {where} ORDER BY {ORDERS[query.sort]})"
        )
        with self.reading() as conn:
            ids, late = conn.execute(sql, [*extra, *params]).fetchone()
        return ActionIndex(ids=json.loads(ids), late=late or "")

    def _search_within(self, query: ActionQuery, search: Search) -> ActionIndex:
        """The list without the search (usually cached: the list on screen), kept where
        the search matches.

        In one statement SQLite walks the whole plan in order and looks each action up
        in the matches: 90 ms for a one-letter search of 100,000 actions, 15 ms when
        nothing matches; this way (with prefix indexes) ~20 ms and ~3 ms.
        """
        everything = self.action_index(replace(query, text=""))
        with self.reading() as conn:
            found = self._full_text(conn, search)
        kept = list(map(set(json.loads(found)).__contains__, everything.ids))
        return ActionIndex(
            ids=list(compress(everything.ids, kept)), late="".join(compress(everything.late, kept))
        )

    def _full_text(self, conn: sqlite3.Connection, search: Search) -> str:
        """The ids the search finds in the index, as JSON; raises SearchInterrupted
        when ``interrupt_search`` stops it."""
        with self._search_lock:
            self._searching, self._interrupted = True, False
        try:
            cursor = conn.execute(
                f"SELECT json_group_array(rowid) FROM action_search WHERE {search.condition}",
                (search.value,),
            )
            found: str = cursor.fetchall()[0][0]
            cursor.close()  # reset now: a late interrupt must find no statement running
        except sqlite3.OperationalError:
            if self._interrupted:  # "interrupted", or a failure it caused (the index's set-up)
                raise SearchInterrupted("search interrupted: a newer one is wanted") from None
            raise
        finally:
            with self._search_lock:
                self._searching = False
        return found

    def interrupt_search(self) -> None:
        """Stop the full-text search running now, if one is: a newer search is wanted
        (typing a word asks once per key). Only that statement is stopped, never
        another read on the connection; it raises SearchInterrupted."""
        with self._search_lock:
            if self._searching:
                self._interrupted = True
                self._reader.interrupt()

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
        where, params = self._where(replace(query, sort="plan"))
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

    def longest_ref(self, plan_id: int) -> int:
        """Characters in the longest live action ref of a plan (the list's Ref column).

        Remembered until anything is written: every list read asks. One seek of
        the ``actions_ref_width`` index (without it, 25 ms at 100,000 actions)."""
        with self.reading() as conn:
            self._drop_answers_if_written(conn)
            widths = self._ref_widths
            if plan_id in widths:
                return widths[plan_id]
            row = conn.execute(
                "SELECT coalesce(max(length(ref)), 0) FROM actions"
                " WHERE plan_id = ? AND archived = 0",
                (plan_id,),
            ).fetchone()
        widths[plan_id] = int(row[0])
        return widths[plan_id]

    def action(self, action_id: int) -> ActionRow:
        """One action (archived ones too)."""
        rows = self.actions_by_ids([action_id])
        if not rows:
            raise NotFoundError(f"no action with id {action_id}")
        return rows[0]

    def rates_blue(self, plan_id: int) -> bool:
        """Does the plan rate in BRAG: a kept RAG cell reads Blue ("B", "Blue", a blue
        fill), or a column is headed BRAG? Blue is done (the importer reads it so); the
        app then offers it beside Red, Amber and Green."""
        sql = (
            "SELECT 1 FROM actions a, json_each(a.fields) f WHERE a.plan_id = ?"
            " AND json_valid(a.fields) AND (f.key LIKE '%BRAG%' OR (f.key LIKE '%RAG%'"
            " AND (lower(f.value) IN ('b', 'blue') OR lower(f.value) LIKE 'blue (%')))"
            " LIMIT 1"
        )
        with self.reading() as conn:
            return conn.execute(sql, (plan_id,)).fetchone() is not None

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
            plans = sorted({(a.plan_id, a.plan_title) for a in found})
            named = plans_named(plans, self.imported_from([n for n, _ in plans]))
            raise NotFoundError(
                f"ref {ref!r} is in several plans: {named};"
                f" name one with --plan and its number (--plan {plans[0][0]})"
            )
        return _one_action(ref, found)

    def action_detail(self, action_id: int) -> ActionDetail:
        """Everything about one action, updates and history newest first."""
        row = self.action(action_id)
        reason, first = self._move_reasons([action_id]).get(action_id, ("", False))
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
            imported=self.imported_ratings([action_id]).get(action_id, {}),
            redating_reason=reason,
            first_dated=first,
        )

    def redating_reasons(self, ids: Sequence[int]) -> dict[int, str]:
        """Why each action was last re-dated, where the person who moved its deadline
        said: the update added in the same edit (the due dialog's reason, or ``update
        --due … --note …``). An import's notes beside its new dates are the plan's
        progress, not a reason given for the move, and so is a lead's reply's update
        (``store.queries.REDATING_REASONS_SQL``): neither gives a reason."""
        return {i: reason for i, (reason, _) in self._move_reasons(ids).items()}

    def first_datings(self, ids: Sequence[int]) -> dict[int, str]:
        """Why each action that had no date was given its first one, where the person
        who dated it said (as ``redating_reasons``): none once a date has moved since."""
        return {i: reason for i, (reason, first) in self._move_reasons(ids).items() if first}

    def _move_reasons(self, ids: Sequence[int]) -> dict[int, tuple[str, bool]]:
        """The reason given with each action's last move and whether that move was its
        first dating."""
        out: dict[int, tuple[str, bool]] = {}
        with self.reading() as conn:
            for chunk, marks in id_chunks(ids):
                sql = REDATING_REASONS_SQL.format(marks=marks)
                for action_id, first, text in conn.execute(sql, chunk):
                    out[int(action_id)] = (str(text), bool(first))
        return out

    def imported_ratings(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        """The status and RAG the last import gave each action (else it was created
        with), where either has been changed since: {7: {"rag": "amber"}}. An imported
        cell kept as written is that value's wording, not the current one's."""
        found: dict[tuple[int, str], list[FieldChange]] = {}
        with self.reading() as conn:
            for chunk, marks in id_chunks(ids):
                sql = RATING_CHANGES_SQL.format(marks=marks)
                for action_id, name, before, after, by_import, live in conn.execute(sql, chunk):
                    change = (before, after, by_import, live)
                    found.setdefault((action_id, name), []).append(change)
        out: dict[int, dict[str, Any]] = {}
        for (action_id, name), changes in found.items():
            if edited_since_created(changes):
                out.setdefault(action_id, {})[name] = value_from_import(changes)
        return out

    def _updates(self, conn: sqlite3.Connection, action_id: int) -> list[UpdateRow]:
        rows = fetch_dicts(
            conn,
            "SELECT id, action_id, date, text, status, created_at FROM updates"
            # Newest first, undated last: their age is unknown, not recent.
            " WHERE action_id = ? AND archived = 0 ORDER BY date IS NULL, date DESC, id DESC",
            (action_id,),
        )
        return [UpdateRow(**{**r, "date": _date(r["date"])}) for r in rows]

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
                due = dt.date.fromisoformat(value["due"]) if value.get("due") else None
                out.append(EarlierDue(due=due, due_text=value["due_text"], changed_at=at))
        return out

    def action_history(self, action_id: int) -> list[HistoryEntry]:
        """Recorded edits of this action and its updates, newest first."""
        with self.reading() as conn:
            return history.entries_for_action(conn, action_id)

    def extras(self, ids: Sequence[int]) -> dict[int, tuple[dict[str, str], list[UpdateDoc]]]:
        """Extra fields and updates (oldest first, undated last) of many actions at once."""
        from store.docs import UpdateDoc  # pydantic, kept off the start-up path

        out: dict[int, tuple[dict[str, str], list[UpdateDoc]]] = {}
        with self.reading() as conn:
            for chunk, marks in id_chunks(ids):
                for r in fetch_dicts(
                    conn, f"SELECT id, fields FROM actions WHERE id IN ({marks})", chunk
                ):
                    out[r["id"]] = (json.loads(r["fields"]), [])
                for u in fetch_dicts(
                    conn,
                    f"SELECT action_id, date, text, status, {MOVE_REASON_SQL} AS move_reason"
                    f" FROM updates u WHERE archived = 0 AND action_id IN ({marks})"
                    " ORDER BY action_id, date IS NULL, date, id",
                    chunk,
                ):
                    out[u.pop("action_id")][1].append(UpdateDoc(**u))
        return out

    def export(self, plan_title: str | None = None) -> ExportDoc:
        """The whole database, or one plan, as the lossless document tree."""
        from store.docs import ExportDoc
        from store.export import plan_doc

        plans = [self.plan_by_title(plan_title)] if plan_title else self.plans()
        with self.reading() as conn:
            return ExportDoc(plans=[plan_doc(conn, p.id) for p in plans])

    def _where(self, query: ActionQuery) -> tuple[str, list[Any]]:
        names = [n for n in (query.person, query.lead, query.responsible) if n is not None]
        return where_clause(query, self.today(), self._person_ids(names))

    def _person_ids(self, names: list[str]) -> dict[str, list[int]]:
        with self.reading() as conn:
            return {name: same_person_ids(conn, name) for name in names}

    def _row(self, r: dict[str, Any]) -> ActionRow:
        due = _date(r["due"])
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
            last_update=_date(r["last_update"]),
            archived=bool(r["archived"]),
            original_due=_date(r["original_due"]),
            due_moves=r["due_changes"],
            undated_updates=bool(r["undated_updates"]),
            missing_from=r["missing_from"],
        )


_KEYSET_SELECT = ROW_SELECT.replace(
    "SELECT a.id,", "SELECT a.rec_position AS _rp, a.position AS _p, a.id,", 1
)


class Titled(Protocol):
    """A plan as ``pick_plan`` reads it: its number and title."""

    @property
    def id(self) -> int:
        """Its number, as ``actionplan plans`` lists it."""

    @property
    def title(self) -> str:
        """Its title."""


T = TypeVar("T", bound=Titled)


def pick_plan(
    plans: Sequence[T],
    title: str,
    sources: Callable[[list[int]], dict[int, str]] | None = None,
) -> T:
    """The plan a user named among ``plans``: its title (ignoring case), its number (as
    ``actionplan plans`` lists it) or a prefix of one title only; else NotFoundError
    naming the plans that the prefix fits, each by number, title and the file it was
    imported from (``sources``, asked only then). The one reading of ``--plan``."""
    wanted = title.strip().casefold()
    exact = [p for p in plans if p.title.casefold() == wanted]
    if not exact and wanted.isdigit():
        exact = [p for p in plans if p.id == int(wanted)]
    fits = exact or [p for p in plans if p.title.casefold().startswith(wanted)]
    if len(fits) == 1:
        return fits[0]
    if not fits:
        raise NotFoundError(f"no plan titled {title!r} (see: actionplan plans)")
    fits = sorted(fits, key=lambda p: p.id)
    files = sources([p.id for p in fits]) if sources else {}
    named = plans_named([(p.id, p.title) for p in fits], files)
    # titles alike but for case ("ÉTUDE plan", "étude plan"): no more of one tells them apart
    more = "" if len(exact) > 1 else "more of the title or "
    raise NotFoundError(
        f"{title!r} fits several plans: {named}; give {more}its number (--plan {fits[0].id})"
    )


def plans_named(plans: Sequence[tuple[int, str]], files: dict[int, str]) -> str:
    """ "1 'Falls plan' (imported from falls.csv), 2 …": each plan as a user tells it
    from another, by number, title and, where an import made it, its file."""
    return ", ".join(
        f"{n} {t!r}" + (f" (imported from {files[n]})" if n in files else "") for n, t in plans
    )


# The import that made a plan: its creation recorded as "archived" true → false, in a
# batch labelled "import FILE" (or, for one file of several read at once, its source)
_IMPORTED_FROM_SQL = """SELECT c.entity_id, coalesce(c.source, b.label)
    FROM changes c JOIN batches b ON b.id = c.batch_id
    WHERE c.entity = 'plan' AND c.field = 'archived' AND c.after = 'false'
      AND b.undone = 0 AND c.entity_id IN ({marks}) ORDER BY c.id"""


def imported_from(conn: sqlite3.Connection, plan_ids: list[int]) -> dict[int, str]:
    """The file each of these plans was first imported from, where an import made it
    (a plan made in the TUI has none)."""
    sql = _IMPORTED_FROM_SQL.format(marks=", ".join("?" for _ in plan_ids))
    found: dict[int, str] = {}
    for plan_id, label in conn.execute(sql, plan_ids):
        if str(label).startswith("import "):
            found.setdefault(int(plan_id), printable(str(label).removeprefix("import "), True))
    return found


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _split(value: str | None) -> list[str]:
    return value.split(SEP) if value else []


def _one_action(ref: str, found: list[ActionRow]) -> ActionRow:
    """The one action a typed ref names, else refused with the choices: a plan whose
    parts number their actions afresh (three schools, each with a "1.1") holds the ref
    several times, and taking the first would silently edit the wrong school's action.
    A ref written as the action's own wins over the same words read as recommendation
    and action ("1.1" is action 1.1, not action 1 of recommendation 1)."""
    exact = [a for a in found if a.ref == ref]
    named = exact or found
    if len(named) == 1:
        return named[0]
    choices = [f"{a.recommendation_ref}.{a.ref}" for a in named]
    plan = f" in plan {named[0].plan_id}" if len({a.plan_id for a in named}) == 1 else ""
    raise NotFoundError(
        f"ref {ref!r} names {len(named)} actions{plan}: {', '.join(choices)};"
        f" name one by its recommendation and ref ({choices[0]!r})"
    )
