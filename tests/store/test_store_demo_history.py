"""The demo plan ships with months of back-dated history, like a real plan's."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from actionplan.demo import HISTORY_DAYS, demo_plan, write_demo_database
from reports import export
from store import Store, dashboard
from store.docs import ActionDoc, PlanDoc
from store.models import ActionQuery
from tests.conftest import TODAY


def _demo(tmp_path: Path, name: str = "demo.db") -> Store:
    write_demo_database(tmp_path / name)
    return Store.open(tmp_path / name)


def _state(store: Store) -> list[tuple[object, ...]]:
    return _of(store.export().plans[0])


def _notes(a: ActionDoc) -> list[tuple[str, str]]:
    return sorted((str(u.date), u.text) for u in a.updates)


def _of(plan: PlanDoc) -> list[tuple[object, ...]]:
    """Each action's status, RAG, deadline and notes (oldest first)."""
    return [
        (a.ref, a.status, a.rag, a.due, a.due_text, _notes(a))
        for r in plan.recommendations
        for a in r.actions
    ]


def test_the_demo_ends_as_the_demo_plan_after_months_of_recorded_edits(tmp_path: Path) -> None:
    store = _demo(tmp_path)
    assert _state(store) == _of(demo_plan(TODAY))
    with store.reading() as conn:
        days = [r[0] for r in conn.execute("SELECT DISTINCT substr(at, 1, 10) FROM batches")]
    assert min(days) == (TODAY - dt.timedelta(days=HISTORY_DAYS)).isoformat()
    assert max(days) < TODAY.isoformat() and len(days) > 40


def test_the_demo_trend_moves_over_twelve_weeks(tmp_path: Path) -> None:
    store = _demo(tmp_path)
    points = dashboard.timeline(store, store.plans()[0].id)
    assert len(points) == 12 and not any(p.start for p in points)
    assert points[0].done < points[-1].done
    assert len({(p.open, p.done, p.overdue) for p in points}) > 4  # not flat then a jump


def test_the_demo_has_slipped_deadlines_and_a_reopened_action(tmp_path: Path) -> None:
    store = _demo(tmp_path)
    slipped = [r for r in store.iter_actions(ActionQuery()) if r.due_changes]
    assert len(slipped) >= 5 and all(r.original_due and r.slip_days for r in slipped)
    md = export(store, "md", since=TODAY - dt.timedelta(days=30)).decode()
    changes = md.split("## Changes since")[1].split("## Recommendation")[0]
    assert "Reopened:" in changes and "Plan imported" not in changes


def test_the_demo_is_the_same_every_time(tmp_path: Path) -> None:
    first, second = _demo(tmp_path, "one.db"), _demo(tmp_path, "two.db")
    assert json.dumps(_state(first), default=str) == json.dumps(_state(second), default=str)
