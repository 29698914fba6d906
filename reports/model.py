"""Everything a committee report shows, gathered from the store in one pass."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from store import Store, dashboard
from store.docs import UpdateDoc
from store.models import (
    ActionQuery,
    ActionRow,
    CountRow,
    PlanInfo,
    RecommendationRow,
    latest_update,
)

Progress = Callable[[int, int], None]


@dataclass
class ActionLine:
    """An action with its latest update and extra fields."""

    row: ActionRow
    fields: dict[str, str]
    updates: list[UpdateDoc]

    @property
    def latest(self) -> UpdateDoc | None:
        """The newest dated update, else the last undated one, if any."""
        return latest_update(self.updates)


@dataclass
class RecSection:
    """A recommendation and its actions."""

    rec: RecommendationRow
    actions: list[ActionLine] = field(default_factory=list)

    @property
    def percent(self) -> int:
        """Share of actions done, rounded."""
        return round(100 * self.rec.done / self.rec.total) if self.rec.total else 0


@dataclass
class Changes:
    """What happened since a date: completed, re-dated, new, turned red."""

    since: dt.date
    completed: list[ActionRow] = field(default_factory=list)
    redated: list[tuple[ActionRow, str, str]] = field(default_factory=list)
    new: list[ActionRow] = field(default_factory=list)
    turned_red: list[ActionRow] = field(default_factory=list)


@dataclass
class PlanReport:
    """One plan's report."""

    plan: PlanInfo
    today: dt.date
    statuses: list[CountRow]
    rags: list[CountRow]
    sections: list[RecSection]
    changes: Changes | None

    @property
    def exceptions(self) -> list[ActionLine]:
        """Red, overdue or blocked actions, in plan order."""
        return [
            a
            for s in self.sections
            for a in s.actions
            if a.row.rag == "red" or a.row.overdue or a.row.status == "blocked"
        ]

    @property
    def overdue(self) -> int:
        """How many actions are overdue."""
        return sum(s.rec.overdue for s in self.sections)


def build_report(
    store: Store, plan_title: str | None, since: dt.date | None, progress: Progress | None = None
) -> list[PlanReport]:
    """The report of one plan, or of every plan."""
    plans = [store.plan_by_title(plan_title)] if plan_title else store.plans()
    return [_plan_report(store, plan, since, progress) for plan in plans]


def _plan_report(
    store: Store, plan: PlanInfo, since: dt.date | None, progress: Progress | None
) -> PlanReport:
    sections = {r.id: RecSection(r) for r in store.recommendations(plan.id)}
    rows = list(store.iter_actions(ActionQuery(plan_id=plan.id)))
    for start in range(0, len(rows), 1000):
        chunk = rows[start : start + 1000]
        extras = store.extras([r.id for r in chunk])
        for row in chunk:
            fields, updates = extras.get(row.id, ({}, []))
            sections[row.recommendation_id].actions.append(ActionLine(row, fields, updates))
        if progress:
            progress(start + len(chunk), len(rows))
    by_id = {r.id: r for r in rows}
    return PlanReport(
        plan=plan,
        today=store.today(),
        statuses=dashboard.status_counts(store, plan.id),
        rags=dashboard.rag_counts(store, plan.id),
        sections=list(sections.values()),
        changes=_changes(store, plan.id, since, by_id) if since else None,
    )


def _changes(store: Store, plan_id: int, since: dt.date, rows: dict[int, ActionRow]) -> Changes:
    out = Changes(since=since)
    for c in dashboard.changes_since(store, plan_id, since):
        row = rows.get(c.action_id)
        if row is None:
            continue
        if c.field == "status" and c.after == "done" and row not in out.completed:
            out.completed.append(row)
        elif c.field == "due":
            out.redated.append((row, _due(c.before), _due(c.after)))
        elif c.field == "archived" and c.before is True and c.after is False:
            out.new.append(row)
        elif c.field == "rag" and c.after == "red" and row not in out.turned_red:
            out.turned_red.append(row)
    return out


def _due(value: object) -> str:
    if isinstance(value, dict):
        return str(value.get("due") or value.get("due_text") or "no date")
    return "no date"
