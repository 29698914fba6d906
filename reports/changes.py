"""'Changes since D' as a committee reads it: what changed in the period and still holds.

Each line names the action by ref, the old and new value in words and the
date; each update added in the period is listed whole with its own date.
An import (or a plan's creation) is one line, not one "New" per action;
a status that went to Done and back says so; a value that moved and came
back to where it started is not a change.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from store import Store, dashboard
from store.merge_report import short
from store.models import ActionRow, PeriodChange
from store.wording import day, rag_word, slip_days, status_word

# The order a committee reads them in: progress, then slippage and risk, then the rest.
KINDS = (
    "Plan imported",
    "Plan created",
    "New actions",
    "New action",
    "Completed",
    "Reopened",
    "Update added",
    "First dated",
    "Re-dated",
    "Turned red",
    "RAG",
    "Status",
    "Archived",
)


_DATINGS = ("First dated", "Re-dated")  # the lines that say a dating's reason


@dataclass(frozen=True, slots=True, kw_only=True)
class ChangeLine:
    """One fact: what kind of change, which action, old → new in words, and when."""

    kind: str
    on: dt.date
    ref: str = ""
    text: str = ""
    detail: str = ""

    def words(self) -> str:
        """ "Re-dated: 2.2 Peer review — 31 Mar 2027 → 30 Jun 2027 (+91 days), 02 Dec 2026"."""
        subject = f"{self.ref} {short(self.text)}".strip()
        said = " — ".join(p for p in (subject, self.detail) if p)
        return f"{self.kind}: {said} ({day(self.on)})"


@dataclass
class Changes:
    """The change log of one plan since a date."""

    since: dt.date
    lines: list[ChangeLine]


def change_log(store: Store, plan_id: int, since: dt.date, rows: dict[int, ActionRow]) -> Changes:
    """Every net change to the plan's actions since ``since``, in reading order."""
    changes = dashboard.period_changes(store, plan_id, since)
    created = _created(changes)
    # what a new action was created with is its "New action" line, not a change of it
    born = {(batch, i) for batch, ids in created.items() for i in ids}
    lines = _batch_lines(changes, created, rows)
    per_action: dict[int, list[PeriodChange]] = defaultdict(list)
    for c in changes:
        if c.entity == "action" and (c.batch_id, c.entity_id) not in born:
            per_action[c.entity_id].append(c)
    order = {action_id: n for n, action_id in enumerate(rows)}
    reasons = _redating_reasons(store, per_action)
    told: set[tuple[int, int]] = set()  # (action, edit) whose reason a Re-dated line says
    for action_id in sorted(per_action, key=lambda i: order.get(i, len(order))):
        reason = reasons.get(action_id)
        said = _action_lines(store, action_id, per_action[action_id], rows.get(action_id), reason)
        if reason and any(line.kind in _DATINGS for line in said):
            told.add((action_id, reason[0]))
        lines += said
    lines += _update_lines(store, plan_id, since, rows, told)
    lines.sort(key=lambda line: KINDS.index(line.kind))  # stable: plan order within a kind
    return Changes(since=since, lines=lines)


def _redating_reasons(
    store: Store, per_action: dict[int, list[PeriodChange]]
) -> dict[int, tuple[int, str]]:
    """The edit that last moved each action's deadline in the period and the reason
    given in it (the update added with it, as the papers' Why reads it)."""
    moved = {i: [c.batch_id for c in cs if c.field == "due"] for i, cs in per_action.items()}
    last = {i: batches[-1] for i, batches in moved.items() if batches}
    said = store.redating_reasons(list(last)) if last else {}
    return {i: (last[i], reason) for i, reason in said.items()}


def _created(changes: list[PeriodChange]) -> dict[int, list[int]]:
    """Actions created in the period, by the edit (batch) that created them."""
    out: dict[int, list[int]] = defaultdict(list)
    for c in changes:
        if c.entity == "action" and c.field == "archived" and c.first and c.after is False:
            out[c.batch_id].append(c.entity_id)
    return out


def _batch_lines(
    changes: list[PeriodChange], created: dict[int, list[int]], rows: dict[int, ActionRow]
) -> list[ChangeLine]:
    plan_made = {c.batch_id: c.on for c in changes if c.entity == "plan" and c.after is False}
    when = {c.batch_id: c.on for c in changes}
    lines = []
    for batch, on in plan_made.items():
        live = [rows[i] for i in created.pop(batch, []) if i in rows]
        kind = "Plan imported" if live else "Plan created"
        lines.append(ChangeLine(kind=kind, on=on, detail=_count(len(live)) if live else ""))
    for batch, ids in created.items():
        live = [rows[i] for i in ids if i in rows]
        if len(live) == 1:
            a = live[0]
            lines.append(ChangeLine(kind="New action", on=when[batch], ref=a.ref, text=a.text))
        elif live:
            refs = ", ".join(a.ref for a in live[:8]) + (" …" if len(live) > 8 else "")
            detail = f"{_count(len(live))} ({refs})"
            lines.append(ChangeLine(kind="New actions", on=when[batch], detail=detail))
    return lines


def _update_lines(
    store: Store,
    plan_id: int,
    since: dt.date,
    rows: dict[int, ActionRow],
    told: set[tuple[int, int]],
) -> list[ChangeLine]:
    """Each progress update added in the period, whole, in plan order: the review
    counted them ("Updates added: 4") and the paper listed none of them. A re-dating's
    reason (added in the edit ``told`` names) is said on its Re-dated line, not again."""
    order = {action_id: n for n, action_id in enumerate(rows)}
    added = [
        u
        for u in dashboard.updates_added(store, plan_id, since)
        if u.action_id in rows and (u.action_id, u.batch_id) not in told
    ]
    added.sort(key=lambda u: order[u.action_id])  # stable: oldest first within an action
    return [_line("Update added", rows[u.action_id], u.text, u.date or u.added_on) for u in added]


def _count(n: int) -> str:
    return f"{n} action{'' if n == 1 else 's'}"


def _action_lines(
    store: Store,
    action_id: int,
    changes: list[PeriodChange],
    row: ActionRow | None,
    reason: tuple[int, str] | None,
) -> list[ChangeLine]:
    if row is None:  # archived now: say so once if that happened in the period
        gone = [c for c in changes if c.field == "archived" and c.after is True]
        if not gone:
            return []
        a = store.action(action_id)
        return [ChangeLine(kind="Archived", on=gone[-1].on, ref=a.ref, text=a.text)]
    by_field: dict[str, list[PeriodChange]] = defaultdict(list)
    for c in changes:
        by_field[c.field].append(c)
    status = _status_line(row, by_field["status"])
    # a RAG cleared by completing is part of the completion, not a second line of it
    # ("Completed: 1.2 …" then "RAG: 1.2 — Red → none")
    cleared = status is not None and status.kind == "Completed" and row.rag is None
    lines = [
        status,
        _due_line(row, by_field["due"], reason[1] if reason else ""),
        None if cleared else _rag_line(row, by_field["rag"]),
    ]
    return [line for line in lines if line is not None]


def _status_line(row: ActionRow, changes: list[PeriodChange]) -> ChangeLine | None:
    if not changes:
        return None
    start, now, on = changes[0].before, row.status, changes[-1].on
    said = f"{status_word(start)} → {status_word(now)}"
    if start != now and now == "done":
        return _line("Completed", row, said, on)
    if start == "done" and now != "done":
        return _line("Reopened", row, said, on)
    done = next((c.on for c in changes if c.after == "done"), None)
    if done is not None and now != "done":  # went Done and back within the period
        back = f"marked Done {day(done)}, back to {status_word(now)}"
        return _line("Reopened", row, back, on)
    return _line("Status", row, said, on) if start != now else None


def _due_line(row: ActionRow, changes: list[PeriodChange], reason: str) -> ChangeLine | None:
    if not changes:
        return None
    start = changes[0].before if isinstance(changes[0].before, dict) else {}
    was = dt.date.fromisoformat(start["due"]) if start.get("due") else None
    if was == row.due and (was is not None or start.get("due_text", "") == row.due_text):
        return None  # the same date in new words is no re-dating (history keeps it)
    if was is None and row.due is not None and not row.due_moves:
        return _first_dated_line(row, str(start.get("due_text") or ""), reason, changes[-1].on)
    said = f"{_due(was, str(start.get('due_text') or ''))} → {_due(row.due, row.due_text)}"
    if was and row.due and was != row.due:
        said += f" ({slip_days((row.due - was).days)})"
    if reason:  # why it moved, as the one who moved it said (one line, not an update too)
        said += f"; why moved: {' '.join(reason.split())}"
    return _line("Re-dated", row, said, changes[-1].on)


def _first_dated_line(row: ActionRow, written: str, reason: str, on: dt.date) -> ChangeLine:
    """ "First dated: 2.1 Monthly audits — Ongoing → 31 Mar 2027 — <reason>": an action
    with no date given its first, never since moved, is no re-dating (no date moved)."""
    assert row.due is not None
    said = (f"{written} → " if written.strip() else "") + day(row.due)
    if reason:
        said += f" — {' '.join(reason.split())}"
    return _line("First dated", row, said, on)


def _due(date: dt.date | None, written: str) -> str:
    return day(date) if date else (written or "no date")


def _rag_line(row: ActionRow, changes: list[PeriodChange]) -> ChangeLine | None:
    if not changes or changes[0].before == row.rag:
        return None
    kind = "Turned red" if row.rag == "red" else "RAG"
    said = f"{rag_word(changes[0].before)} → {rag_word(row.rag)}"
    return _line(kind, row, said, changes[-1].on)


def _line(kind: str, row: ActionRow, detail: str, on: dt.date) -> ChangeLine:
    return ChangeLine(kind=kind, on=on, ref=row.ref, text=row.text, detail=detail)
