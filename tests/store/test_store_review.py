"""The weekly review queue, its saved progress, and the dashboard numbers."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

import pytest

from store import Store, dashboard, review
from store.models import ReviewThresholds
from tests.conftest import added_weeks_ago

T = ReviewThresholds()


def test_the_queue_holds_what_needs_attention_most_urgent_first(
    store: Store, db_path: Path
) -> None:
    plan = store.plans()[0]
    added_weeks_ago(db_path)
    items = review.review_queue(store, plan.id, T)
    # 1.1 overdue and red; 2.1 ongoing, in progress, nothing heard in the 8 weeks since
    # it was added; 1.2 done; 2.2 not started, due in March: not stuck, not due yet.
    assert [(i.action.ref, i.reasons) for i in items] == [
        ("1.1", ["overdue by 24 days", "RAG red", "no update for 84 days"]),
        ("2.1", ["no update yet"]),
    ]


def test_a_plan_imported_today_is_not_stuck_on_the_day(store: Store) -> None:
    """The first review of a plan imported that morning held every action with no dated
    note (28 of 38): none had been quiet for 28 days in the app. Stuck is a started
    action with nothing dated heard for the stale days, counted from its last dated
    update or, with none, from the day it came into the app; a not-started action due
    months away is never stuck. What remains is overdue, due soon, blocked, red."""
    plan = store.plans()[0]
    items = review.review_queue(store, plan.id, T)
    assert [(i.action.ref, i.reasons) for i in items] == [
        ("1.1", ["overdue by 24 days", "RAG red", "no update for 84 days"]),
    ]
    store.set_status(store.find_action("2.2").id, "in_progress")  # started, but just added
    assert [i.action.ref for i in review.review_queue(store, plan.id, T)] == ["1.1"]


def test_thresholds_change_the_queue(store: Store) -> None:
    plan = store.plans()[0]
    store.add_update(store.find_action("2.1").id, "Audit done")
    store.add_update(store.find_action("2.2").id, "Booked")
    wide = ReviewThresholds(due_within_days=200, stale_days=28)
    assert [i.action.ref for i in review.review_queue(store, plan.id, wide)] == ["1.1", "2.2"]
    assert review.review_queue(store, plan.id, wide)[1].reasons == ["due in 127 days"]


def test_a_review_resumes_where_it_stopped_and_summarises(store: Store, db_path: Path) -> None:
    plan = store.plans()[0]
    added_weeks_ago(db_path)
    started = review.start_review(store, plan.id, T)
    first = started.items[0].action
    store.set_status(first.id, "done")
    review.mark_reviewed(store, started.id, first.id, position=1)
    store.close()
    reopened = Store.open(db_path)
    resumed = review.start_review(reopened, plan.id, T)
    assert (resumed.id, resumed.position, resumed.reviewed) == (started.id, 1, 1)
    assert resumed.items[0].action.status == "done"  # rows are current, order is kept
    second = resumed.items[1].action
    reopened.set_due(second.id, dt.date(2027, 1, 31), "Jan 2027", "month")
    reopened.set_rag(second.id, "red")
    review.mark_reviewed(reopened, resumed.id, second.id, position=2)
    summary = review.finish_review(reopened, resumed.id)
    assert asdict(summary) == {
        "total": 2,
        "reviewed": 2,
        "status_changes": ["In progress → Done"],
        "rag_changes": ["Red → none", "none → Red"],  # done clears the RAG
        "moved": 1,
        "updates_added": 0,
        "still_overdue": 0,
    }
    fresh = review.start_review(reopened, plan.id, T)
    finished = review.load_review(reopened, started.id).finished_at
    assert fresh.id != started.id and fresh.previous_review_at == finished  # its edits its own
    reopened.close()


def test_dashboard_counts_match_the_store(store: Store) -> None:
    plan = store.plans()[0]
    statuses = {c.label: c.count for c in dashboard.status_counts(store, plan.id)}
    assert statuses == {"not_started": 1, "in_progress": 2, "blocked": 0, "done": 1, "dropped": 0}
    rags = {c.label: c.count for c in dashboard.rag_counts(store, plan.id)}
    assert rags == {"red": 1, "amber": 1, "green": 0, "none": 2}
    assert [(c.label, c.count) for c in dashboard.overdue_by_lead(store, plan.id)] == [
        ("Marina Kitchen", 1)
    ]


def test_the_timeline_is_rebuilt_from_history(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = store.plans()[0]
    store.set_status(store.find_action("1.1").id, "done")
    # Real timestamps say everything happened today: the plan's history starts today,
    # marked, with no made-up weeks of zeros before it.
    points = dashboard.timeline(store, plan.id, points=3)
    assert [(p.date, p.start) for p in points] == [(dt.date(2026, 11, 24), True)]
    last = points[-1]
    assert (last.open, last.done, last.overdue) == (2, 2, 0)


def test_an_action_re_dated_during_the_review_says_why_it_was_queued_and_what_holds_now(
    store: Store,
) -> None:
    plan = store.plans()[0]
    started = review.start_review(store, plan.id, T)
    first = started.items[0].action
    store.set_due(first.id, store.today() + dt.timedelta(days=10), "", "day")
    again = review.load_review(store, started.id).items[0]
    assert again.reasons == ["overdue by 24 days", "RAG red", "no update for 84 days"]
    assert again.reasons_now == ["RAG red", "due in 10 days", "no update for 84 days"]


def test_one_day_is_said_in_the_singular(store: Store) -> None:
    """The queue said "due in 1 days" and the committee paper "overdue by 1 days"."""
    from reports.model import exception_reasons

    plan = store.plans()[0]
    first = store.find_action("1.1")
    assert first is not None
    store.set_due(first.id, store.today() + dt.timedelta(days=1), "", "day")
    assert "due in 1 day" in review.review_queue(store, plan.id, T)[0].reasons
    store.set_due(first.id, store.today() - dt.timedelta(days=1), "", "day")
    assert "overdue by 1 day" in review.review_queue(store, plan.id, T)[0].reasons
    row = store.find_action("1.1")
    assert row is not None and exception_reasons(row, store.today())[0] == "overdue by 1 day"
