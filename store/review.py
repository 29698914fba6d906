"""The weekly review: a saved queue of actions that need attention.

A review is a snapshot of the queue taken when it starts, so the order does
not shift under the user while they edit; marking items reviewed and the
position are saved as they go, so quitting half way resumes where it stopped.
Review progress is session state, not plan data: it is not in undo history.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import asdict, replace
from typing import TYPE_CHECKING, Any

from store.clock import now_iso
from store.core import id_chunks
from store.errors import NotFoundError
from store.history import live
from store.models import (
    ActionRow,
    HistoryEntry,
    Review,
    ReviewItem,
    ReviewSummary,
    ReviewThresholds,
)
from store.wording import days_words, rag_word, status_word

if TYPE_CHECKING:
    from store.store import Store


def _reasons(
    row: ActionRow,
    today: dt.date,
    t: ReviewThresholds,
    undated: bool = False,
    added: dt.date | None = None,
) -> list[str]:
    """Why an action is in the queue, most urgent reason first: overdue, blocked, red,
    due soon, stuck (``_stuck``).

    ``undated``: the action has notes, but none with a date. Their age is
    unknown, so the action counts as never updated ("no dated update").
    ``added``: the day the action came into the app (typed, or imported).
    """
    if row.status in ("done", "dropped"):
        return []
    reasons = []
    if row.overdue and row.due:
        reasons.append(f"overdue by {days_words((today - row.due).days)}")
    if row.status == "blocked":
        reasons.append("blocked")
    if row.rag == "red":
        reasons.append("RAG red")
    if row.due and not row.overdue and (row.due - today).days <= t.due_within_days:
        reasons.append(f"due in {days_words((row.due - today).days)}")
    if stuck := _stuck(row, today, t, undated, added):
        reasons.append(stuck)
    return reasons


def _stuck(
    row: ActionRow, today: dt.date, t: ReviewThresholds, undated: bool, added: dt.date | None
) -> str:
    """Why a started action (in progress, or blocked) is stuck, or "": nothing dated
    has been heard of it for more than ``stale_days``, counted from its last dated
    update ("no update for 32 days"), or, with none, from the day it came into the
    app ("no update yet", "no dated update"): an import knows nothing of the weeks
    before it, so a plan imported today is not stuck on the day. An action not started
    is not stuck however quiet: due months away, it waits for its time; it joins the
    queue as it falls due (``due_within_days``) or overdue."""
    if row.status not in ("in_progress", "blocked"):
        return ""
    if row.last_update is not None:
        days = (today - row.last_update).days
        return f"no update for {days_words(days)}" if days > t.stale_days else ""
    if added is None or (today - added).days <= t.stale_days:
        return ""
    return "no dated update" if undated else "no update yet"


def _urgency(row: ActionRow, reasons: list[str], today: dt.date) -> tuple[int, int]:
    """Sort key: overdue (longest first), blocked, red, due soon, stale."""
    first = reasons[0]
    rank = next(
        i for i, p in enumerate(("overdue", "blocked", "RAG", "due", "no ")) if first.startswith(p)
    )
    days = (row.due - today).days if row.due else 0
    return rank, days


def review_queue(store: Store, plan_id: int, thresholds: ReviewThresholds) -> list[ReviewItem]:
    """Open actions that need attention now, most urgent first."""
    today = store.today()
    horizon = today + dt.timedelta(days=thresholds.due_within_days)
    stale = today - dt.timedelta(days=thresholds.stale_days)
    with store.reading() as conn:
        ids = [
            r[0]
            for r in conn.execute(
                """SELECT a.id FROM actions a WHERE a.plan_id = ? AND a.archived = 0
               AND a.status NOT IN ('done', 'dropped')
               AND (a.due <= ? OR a.rag = 'red' OR a.status = 'blocked'
                    OR a.last_update IS NULL OR a.last_update < ?)""",
                (plan_id, horizon.isoformat(), stale.isoformat()),
            )
        ]
        undated = _with_undated_updates(conn, ids)
        added = _added_on(conn, ids)
    items = []
    for row in store.actions_by_ids(ids):
        reasons = _reasons(row, today, thresholds, row.id in undated, added.get(row.id))
        if reasons:
            items.append((_urgency(row, reasons, today), ReviewItem(action=row, reasons=reasons)))
    items.sort(key=lambda pair: pair[0])
    return [item for _, item in items]


CLOSED = "closed since last review"
# When a review's work ended: edits made during a review belong to it, so "since the
# last review" starts at its finish (its start, were it never finished).
REVIEW_END = "coalesce(finished_at, started_at)"
LAST_REVIEW_SQL = f"SELECT max({REVIEW_END}) FROM reviews WHERE plan_id = ?"


def closed_since_last_review(store: Store, plan_id: int) -> list[ReviewItem]:
    """Actions done or dropped since the plan's last review finished, for the new review
    to show once (the next review starts later, so they are not shown again). Those
    closed during that review were its work, not news for this one."""
    with store.reading() as conn:
        last = conn.execute(LAST_REVIEW_SQL, (plan_id,)).fetchone()[0]
        if last is None:
            return []  # a first review: everything closed so far is old news
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT a.id FROM changes c JOIN batches b ON b.id = c.batch_id"
                " JOIN actions a ON a.id = c.entity_id WHERE c.entity = 'action'"
                " AND c.field = 'status' AND b.undone = 0 AND b.at >= ? AND a.plan_id = ?"
                " AND a.archived = 0 AND a.status IN ('done', 'dropped')",
                (last, plan_id),
            )
        ]
    return [ReviewItem(action=row, reasons=[CLOSED]) for row in store.actions_by_ids(ids)]


REPLIED = "reply from "  # a reason: a lead's reply changed the action since the last review


def replied_since_last_review(store: Store, plan_id: int) -> list[ReviewItem]:
    """Actions a lead's reply changed since the plan's last review finished (every
    reply so far before a first review), each with "reply from <lead>": the review
    shows the replies received on each action, and one that moved a due by months
    or turned Amber to Green is news even when nothing else brings it up."""
    with store.reading() as conn:
        last = conn.execute(LAST_REVIEW_SQL, (plan_id,)).fetchone()[0]
        rows = conn.execute(
            "SELECT r.action_id, p.lead FROM chase_replies r"
            " JOIN chase_packs p ON p.id = r.pack_id JOIN actions a ON a.id = r.action_id"
            " WHERE a.plan_id = ? AND a.archived = 0 AND r.archived = 0"
            " AND r.created_at >= ? AND r.summary NOT LIKE 'nothing new%'"
            " ORDER BY r.created_at, r.id",
            (plan_id, last or ""),
        ).fetchall()
    leads: dict[int, list[str]] = {}
    for action_id, lead in rows:
        if lead not in leads.setdefault(action_id, []):
            leads[action_id].append(lead)
    return [
        ReviewItem(action=row, reasons=[REPLIED + "; ".join(leads[row.id])])
        for row in store.actions_by_ids(list(leads))
    ]


def _with_replies(queue: list[ReviewItem], replied: list[ReviewItem]) -> list[ReviewItem]:
    """The queue with each replied action's reason added: to its item when it is queued
    already, else as an item after the others."""
    said = {item.action.id: item.reasons[0] for item in replied}
    queued = [
        replace(item, reasons=[*item.reasons, said.pop(item.action.id)])
        if item.action.id in said
        else item
        for item in queue
    ]
    return queued + [item for item in replied if item.action.id in said]


def _with_undated_updates(conn: sqlite3.Connection, ids: list[int]) -> set[int]:
    """Which of these actions have a live update with no date."""
    out: set[int] = set()
    for chunk, marks in id_chunks(ids):
        out.update(
            r[0]
            for r in conn.execute(
                f"SELECT DISTINCT action_id FROM updates WHERE date IS NULL AND archived = 0"
                f" AND action_id IN ({marks})",
                chunk,
            )
        )
    return out


def _added_on(conn: sqlite3.Connection, ids: list[int]) -> dict[int, dt.date]:
    """The day each of these actions came into the app (typed, or imported)."""
    out: dict[int, dt.date] = {}
    for chunk, marks in id_chunks(ids):
        out.update(
            (r[0], dt.date.fromisoformat(r[1]))
            for r in conn.execute(
                f"SELECT id, substr(created_at, 1, 10) FROM actions WHERE id IN ({marks})",
                chunk,
            )
        )
    return out


def start_review(store: Store, plan_id: int, thresholds: ReviewThresholds) -> Review:
    """Resume the plan's unfinished review, or start one from the queue now."""
    current = _open_review(store, plan_id)
    if current is not None:
        return current
    queue = review_queue(store, plan_id, thresholds)
    queue += closed_since_last_review(store, plan_id)
    queue = _with_replies(queue, replied_since_last_review(store, plan_id))
    with store.writing("review") as w:
        cur = w.execute(
            "INSERT INTO reviews (plan_id, started_at, thresholds) VALUES (?, ?, ?)",
            (plan_id, now_iso(), json.dumps(asdict(thresholds))),
        )
        review_id = int(cur.lastrowid or 0)
        w.conn.executemany(
            "INSERT INTO review_items (review_id, action_id, ordinal, reasons) VALUES (?, ?, ?, ?)",
            [(review_id, it.action.id, i, json.dumps(it.reasons)) for i, it in enumerate(queue)],
        )
    return load_review(store, review_id)


def load_review(store: Store, review_id: int) -> Review:
    """A review with its items (rows as they are now) and position."""
    with store.reading() as conn:
        head = conn.execute(
            "SELECT plan_id, started_at, finished_at, position, thresholds FROM reviews"
            " WHERE id = ?",
            (review_id,),
        ).fetchone()
        if head is None:
            raise NotFoundError(f"no review with id {review_id}")
        rows = conn.execute(
            "SELECT action_id, reasons, reviewed_at FROM review_items WHERE review_id = ?"
            " ORDER BY ordinal",
            (review_id,),
        ).fetchall()
        undated = _with_undated_updates(conn, [r[0] for r in rows])
        added = _added_on(conn, [r[0] for r in rows])
    thresholds = ReviewThresholds(**json.loads(head[4]))
    actions = {a.id: a for a in store.actions_by_ids([r[0] for r in rows])}
    items = [
        ReviewItem(
            action=actions[r[0]],
            reasons=json.loads(r[1]),
            reviewed=bool(r[2]),
            reasons_now=_reasons(
                actions[r[0]], store.today(), thresholds, r[0] in undated, added.get(r[0])
            ),
        )
        for r in rows
        if r[0] in actions
    ]
    return Review(
        id=review_id,
        plan_id=head[0],
        started_at=head[1],
        finished_at=head[2],
        position=head[3],
        thresholds=thresholds,
        items=items,
        previous_review_at=_previous_review_at(store, head[0], review_id),
    )


def mark_reviewed(store: Store, review_id: int, action_id: int, position: int) -> None:
    """Record that an action was reviewed and where the user is now."""
    with store.writing("review progress") as w:
        w.execute(
            "UPDATE review_items SET reviewed_at = coalesce(reviewed_at, ?)"
            " WHERE review_id = ? AND action_id = ?",
            (now_iso(), review_id, action_id),
        )
        w.execute("UPDATE reviews SET position = ? WHERE id = ?", (position, review_id))


def move_review(store: Store, review_id: int, position: int) -> None:
    """Save the position (going back does not un-review anything)."""
    with store.writing("review progress") as w:
        w.execute("UPDATE reviews SET position = ? WHERE id = ?", (position, review_id))


def finish_review(store: Store, review_id: int) -> ReviewSummary:
    """Close the review and summarise what happened during it."""
    summary = review_summary(store, review_id)
    with store.writing("review finished") as w:
        w.execute(
            "UPDATE reviews SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
            (now_iso(), review_id),
        )
    return summary


def review_summary(store: Store, review_id: int) -> ReviewSummary:
    """What was done to the queued actions since the review began: status and RAG
    changes ("In progress → Done"), re-datings, notes added; reviewed, still overdue.
    Net of what came back: a value changed and changed back, or undone, is no change."""
    review = load_review(store, review_id)
    ids = [it.action.id for it in review.items]
    changes = _changes_after(store, ids, review.started_at)
    return ReviewSummary(
        total=len(review.items),
        reviewed=sum(it.reviewed for it in review.items),
        status_changes=_moves(changes, "status", status_word),
        rag_changes=_moves(changes, "rag", rag_word),
        moved=len(_moves(changes, "due", str)),
        updates_added=_updates_added(store, ids, review.started_at),
        still_overdue=sum(it.action.overdue for it in review.items),
    )


def changes_since_last_review(store: Store, action_id: int, review: Review) -> list[HistoryEntry]:
    """What changed on this action since the previous review of its plan finished."""
    since = review.previous_review_at or ""
    return [h for h in store.action_history(action_id) if h.at >= since and live(h)]


def _open_review(store: Store, plan_id: int) -> Review | None:
    with store.reading() as conn:
        row = conn.execute(
            "SELECT id FROM reviews WHERE plan_id = ? AND finished_at IS NULL"
            " ORDER BY id DESC LIMIT 1",
            (plan_id,),
        ).fetchone()
    return load_review(store, int(row[0])) if row else None


def _previous_review_at(store: Store, plan_id: int, review_id: int) -> str | None:
    with store.reading() as conn:
        row = conn.execute(
            f"SELECT {REVIEW_END} FROM reviews WHERE plan_id = ? AND id < ?"
            " ORDER BY id DESC LIMIT 1",
            (plan_id, review_id),
        ).fetchone()
    return row[0] if row else None


def _changes_after(store: Store, ids: list[int], since: str) -> dict[int, dict[str, Moved]]:
    """Per action, each field changed since ``since``: its value before the first
    change and after the last."""
    out: dict[int, dict[str, Moved]] = {}
    wanted = set(ids)
    with store.reading() as conn:
        for action_id, field, before, after in conn.execute(
            "SELECT c.entity_id, c.field, c.before, c.after FROM changes c JOIN batches b"
            " ON b.id = c.batch_id WHERE b.undone = 0 AND b.at >= ? AND c.entity = 'action'"
            " AND c.field IN ('status', 'rag', 'due') ORDER BY c.id",
            (since,),
        ):
            if action_id in wanted:
                fields = out.setdefault(action_id, {})
                first = fields[field][0] if field in fields else json.loads(before)
                fields[field] = (first, json.loads(after))
    return {i: out[i] for i in ids if i in out}  # in queue order


Moved = tuple[Any, Any]  # a field's value before the first change, and after the last


def _moves(
    changes: dict[int, dict[str, Moved]], field: str, word: Callable[[Any], str]
) -> list[str]:
    """Each action's net change of ``field`` in words ("Red → Amber"), in queue order."""
    return [
        f"{word(c[field][0])} → {word(c[field][1])}"
        for c in changes.values()
        if field in c and c[field][0] != c[field][1]
    ]


def _updates_added(store: Store, ids: list[int], since: str) -> int:
    """Notes added to these actions since ``since`` and still there."""
    with store.reading() as conn:
        row = conn.execute(
            "SELECT count(*) FROM changes c JOIN batches b ON b.id = c.batch_id"
            " JOIN updates u ON u.id = c.entity_id WHERE b.undone = 0 AND b.at >= ?"
            " AND c.entity = 'update' AND c.field = 'archived' AND c.before = 'true'"
            " AND u.archived = 0 AND u.action_id IN (SELECT value FROM json_each(?))",
            (since, json.dumps(ids)),
        ).fetchone()
    return int(row[0])
