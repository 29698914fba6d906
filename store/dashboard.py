"""Numbers for the dashboard: counts, overdue by lead, and a timeline from history."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from store.apply import person_key, post_holder
from store.models import (
    STATUSES,
    ActionQuery,
    AddedUpdate,
    CountRow,
    PeriodChange,
    TimelinePoint,
)
from store.no_one import no_one_sql
from store.queries import where_clause

if TYPE_CHECKING:
    from store.store import Store

# (changed at, field, value after) per action, oldest first.
Events = dict[int, list[tuple[str, str, object]]]


def status_counts(store: Store, plan_id: int) -> list[CountRow]:
    """Live actions per status, in workflow order (zeros included)."""
    counts = _group_count(store, plan_id, "a.status")
    return [CountRow(label=s, count=counts.get(s, 0)) for s in STATUSES]


def rag_counts(store: Store, plan_id: int, brag: bool | None = None) -> list[CountRow]:
    """Live actions per RAG rating; "none" for unrated. A dropped action is out of the
    ratings, as it is out of the share done: superseded, it is not rated (one dropped
    before dropping cleared its RAG still holds one, which no count takes in).

    In a plan rating in BRAG (``brag``; None: ``Store.rates_blue`` tells) the done
    actions are counted Blue (``store.wording.shown_rag``), not among the unrated."""
    if brag is None:
        brag = store.rates_blue(plan_id)
    blue = "WHEN a.status = 'done' THEN 'blue' " if brag else ""
    rating = f"CASE {blue}WHEN a.rag IS NULL THEN 'none' ELSE a.rag END"
    counts = _group_count(store, plan_id, rating, "a.status != 'dropped'")
    labels = ("red", "amber", "green", *(["blue"] if brag else []), "none")
    return [CountRow(label=r, count=counts.get(r, 0)) for r in labels]


NO_LEAD = ""  # the label of the row of overdue actions no one is named to lead


def lead_overdue(plan_id: int, lead: str) -> ActionQuery:
    """The actions a row of "Overdue by lead" counts, the list Enter on it opens: those
    ``lead`` leads (``NO_LEAD``: no one named to lead, or only "TBC"), overdue. Not those
    they are responsible officer for: the row said 1 and opened 2."""
    if lead == NO_LEAD:
        return ActionQuery(plan_id=plan_id, no_lead=True, overdue=True)
    return ActionQuery(plan_id=plan_id, lead=lead, overdue=True)


def overdue_by_lead(store: Store, plan_id: int) -> list[CountRow]:
    """Overdue actions per lead, most first, then ``NO_LEAD``'s where there are any: the
    actions ``lead_overdue`` lists, counted in one statement by its own conditions (one
    count per lead took 5 s at 100,000 actions, this 1 s)."""
    overdue = lead_overdue(plan_id, NO_LEAD)
    where, params = where_clause(replace(overdue, no_lead=False), store.today(), {})
    with store.reading() as conn:
        rows = conn.execute(
            f"""SELECT p.name, count(*) FROM actions a
                JOIN action_people ap ON ap.action_id = a.id AND ap.role = 'lead'
                JOIN people p ON p.id = ap.person_id
                WHERE {where} AND NOT {no_one_sql("p.key")}
                GROUP BY p.id ORDER BY count(*) DESC, p.name""",
            params,
        ).fetchall()
    named = _as_the_filter_counts(store, plan_id, [CountRow(label=n, count=c) for n, c in rows])
    nobody = store.count_actions(overdue)[0]
    return named + ([CountRow(label=NO_LEAD, count=nobody)] if nobody else [])


def _as_the_filter_counts(store: Store, plan_id: int, rows: list[CountRow]) -> list[CountRow]:
    """``rows`` with a post and its holder by name ("Chief Executive (Helen Ward)", "Helen
    Ward"), whom the lead filter takes for one person (``same_person_ids``), each counted
    as that filter lists them: both their actions. Rare: other rows stand as counted."""
    holders = {person_key(h) for r in rows if (h := post_holder(r.label))}
    if not holders:
        return rows
    recount = [
        CountRow(label=r.label, count=store.count_actions(lead_overdue(plan_id, r.label))[0])
        if post_holder(r.label) or person_key(r.label) in holders
        else r
        for r in rows
    ]
    return sorted(recount, key=lambda r: (-r.count, r.label))


def timeline(
    store: Store, plan_id: int, points: int = 12, step_days: int = 7
) -> list[TimelinePoint]:
    """Open, done and overdue at the end of each of the last ``points`` weeks.

    Rebuilt from history: each action's creation, status and due-date
    changes are replayed up to each date. A plan younger than the window starts
    on the day it was first recorded (that point has ``start`` set).
    """
    today = store.today()
    dates = [today - dt.timedelta(days=step_days * i) for i in reversed(range(points))]
    created, events = _events(store, plan_id)
    born = min((b for b, _, _ in created.values()), default=None)
    if born is None or born <= dates[0].isoformat():
        return [_point(day, created, events) for day in dates]
    # History starts with the plan: no made-up zeros before it, and its first day marked.
    first = dt.date.fromisoformat(born)
    dates = [first, *(d for d in dates if d > first)]
    line = [_point(day, created, events) for day in dates]
    return [replace(line[0], start=True), *line[1:]]


def _group_count(store: Store, plan_id: int, expr: str, where: str = "1") -> dict[str, int]:
    with store.reading() as conn:
        rows = conn.execute(
            f"SELECT {expr}, count(*) FROM actions a WHERE a.plan_id = ? AND a.archived = 0"
            f" AND {where} GROUP BY 1",
            (plan_id,),
        ).fetchall()
    return {str(k): int(n) for k, n in rows}


def _events(store: Store, plan_id: int) -> tuple[dict[int, tuple[str, str, str | None]], Events]:
    """Per live action: (created date, first status, first due), and later changes."""
    with store.reading() as conn:
        rows = conn.execute(
            "SELECT id, substr(created_at, 1, 10), status, due FROM actions"
            " WHERE plan_id = ? AND archived = 0",
            (plan_id,),
        ).fetchall()
        changes = conn.execute(
            """SELECT c.entity_id, substr(b.at, 1, 10), c.field, c.before, c.after
               FROM changes c JOIN batches b ON b.id = c.batch_id
               JOIN actions a ON a.id = c.entity_id
               WHERE c.entity = 'action' AND c.field IN ('status', 'due')
               AND b.undone = 0 AND a.plan_id = ? ORDER BY c.id""",
            (plan_id,),
        ).fetchall()
    events: Events = defaultdict(list)
    first: dict[int, dict[str, object]] = defaultdict(dict)
    for action_id, at, field, before, after in changes:
        first[action_id].setdefault(field, _value(field, json.loads(before)))
        events[action_id].append((at, field, _value(field, json.loads(after))))
    created = {
        r[0]: (r[1], str(first[r[0]].get("status", r[2])), first[r[0]].get("due", r[3]))
        for r in rows
    }
    return created, events  # type: ignore[return-value]


def _value(field: str, value: object) -> object:
    return value.get("due") if field == "due" and isinstance(value, dict) else value


def _point(
    day: dt.date, created: dict[int, tuple[str, str, str | None]], events: Events
) -> TimelinePoint:
    iso = day.isoformat()
    open_, done, overdue = 0, 0, 0
    for action_id, (born, status, due) in created.items():
        if born > iso:
            continue
        for at, field, value in events.get(action_id, ()):
            if at > iso:
                break
            if field == "status":
                status = str(value)
            else:
                due = value  # type: ignore[assignment]
        if status in ("done", "dropped"):
            done += status == "done"
            continue
        open_ += 1
        overdue += bool(due and str(due) < iso)
    return TimelinePoint(date=day, open=open_, done=done, overdue=overdue)


def period_changes(store: Store, plan_id: int, since: dt.date) -> list[PeriodChange]:
    """Live changes since a date to the plan's existence and its actions' existence,
    status, deadline and RAG, oldest first."""
    with store.reading() as conn:
        rows = conn.execute(
            """SELECT c.batch_id, substr(b.at, 1, 10), c.entity, c.entity_id, c.field,
                      c.before, c.after, c.id = (SELECT min(f.id) FROM changes f
                          WHERE f.entity = c.entity AND f.entity_id = c.entity_id)
                      AND NOT EXISTS (SELECT 1 FROM created_runs r WHERE r.entity = c.entity
                          AND r.last_id >= c.entity_id AND r.first_id <= c.entity_id),
                      c.id AS seq
               FROM changes c JOIN batches b ON b.id = c.batch_id
               WHERE b.undone = 0 AND b.at >= ? AND (
                   (c.entity = 'action' AND c.field IN ('status', 'due', 'rag', 'archived')
                    AND c.entity_id IN (SELECT id FROM actions WHERE plan_id = ?))
                   OR (c.entity = 'plan' AND c.entity_id = ? AND c.field = 'archived'))
               UNION ALL
               SELECT r.batch_id, substr(b.at, 1, 10), 'action', a.id, 'archived',
                      'true', 'false', 1, 0
               FROM created_runs r JOIN batches b ON b.id = r.batch_id
               JOIN actions a ON a.id BETWEEN r.first_id AND r.last_id
               WHERE b.undone = 0 AND b.at >= ? AND r.entity = 'action' AND a.plan_id = ?
               ORDER BY 1, seq, 4""",
            (since.isoformat(), plan_id, plan_id, since.isoformat(), plan_id),
        ).fetchall()
    return [
        PeriodChange(
            batch_id=r[0],
            on=dt.date.fromisoformat(r[1]),
            entity=r[2],
            entity_id=r[3],
            field=r[4],
            before=json.loads(r[5]),
            after=json.loads(r[6]),
            first=bool(r[7]),
        )
        for r in rows
    ]


def updates_added(store: Store, plan_id: int, since: dt.date) -> list[AddedUpdate]:
    """Progress updates added to the plan's actions since a date (typed, merged from a
    reply or a re-import; an import's own notes are its one "Plan imported" line) and
    not removed since, oldest first."""
    with store.reading() as conn:
        rows = conn.execute(
            """SELECT u.action_id, u.date, substr(b.at, 1, 10), u.text, c.batch_id
               FROM changes c JOIN batches b ON b.id = c.batch_id
               JOIN updates u ON u.id = c.entity_id
               WHERE b.undone = 0 AND b.at >= ? AND c.entity = 'update'
                 AND c.field = 'archived' AND c.before = 'true' AND u.archived = 0
                 AND u.action_id IN (SELECT id FROM actions WHERE plan_id = ?)
               ORDER BY coalesce(u.date, b.at), c.id""",
            (since.isoformat(), plan_id),
        ).fetchall()
    return [
        AddedUpdate(
            action_id=r[0],
            date=dt.date.fromisoformat(r[1]) if r[1] else None,
            added_on=dt.date.fromisoformat(r[2]),
            text=r[3],
            batch_id=r[4],
        )
        for r in rows
    ]
