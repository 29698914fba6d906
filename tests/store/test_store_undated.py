"""Undated updates: stored without a date, shown last, never taken for recent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store import Store, review
from store.docs import UpdateDoc
from store.models import ReviewThresholds
from tests.conftest import added_weeks_ago, undated_plan

T = ReviewThresholds()


def test_an_undated_note_is_stored_without_a_date_and_listed_last(undated_store: Store) -> None:
    action = undated_store.find_action("1.1")
    detail = undated_store.action_detail(action.id)
    assert [(u.date, u.text) for u in detail.updates] == [
        (dt.date(2026, 9, 1), "Mosaic form drafted"),
        (None, "Reported to the board"),
    ]
    undated_store.add_update(action.id, "Board agreed")  # dated today: first; undated still last
    assert [u.date for u in undated_store.action_detail(action.id).updates] == [
        dt.date(2026, 11, 24),
        dt.date(2026, 9, 1),
        None,
    ]
    _, notes = undated_store.extras([action.id])[action.id]
    assert [u.date for u in notes] == [dt.date(2026, 9, 1), dt.date(2026, 11, 24), None]


def test_the_last_update_is_the_latest_dated_one(undated_store: Store) -> None:
    assert undated_store.find_action("1.1").last_update == dt.date(2026, 9, 1)
    assert undated_store.find_action("2.1").last_update is None


def test_an_action_with_only_undated_notes_is_of_unknown_age_in_the_review(
    undated_store: Store, db_path: Path
) -> None:
    """In the app for 8 weeks, 2.1 (in progress) has notes but none dated: stuck, "no
    dated update". 2.2 has none and is not started: not stuck, and not due yet."""
    plan = undated_store.plans()[0]
    added_weeks_ago(db_path)
    reasons = {i.action.ref: i.reasons for i in review.review_queue(undated_store, plan.id, T)}
    assert reasons["2.1"] == ["no dated update"]
    assert "2.2" not in reasons
    assert reasons["1.1"][-1] == "no update for 84 days"


def test_importing_the_same_undated_notes_again_changes_nothing(undated_store: Store) -> None:
    (report,) = undated_store.merge_plans([undated_plan()], "again")
    assert (report.actions_changed, report.updates_created, report.changes) == (0, 0, [])


def test_a_note_already_held_is_not_new_whatever_its_date(undated_store: Store) -> None:
    """Words the action already holds, whatever the date; new words are news."""
    doc = undated_plan()
    rec = doc.recommendations[1]
    audits = rec.actions[0].model_copy(
        update={
            "updates": [
                UpdateDoc(date=dt.date(2026, 10, 31), text="Audit  yet to be\nscheduled"),
                UpdateDoc(date=dt.date(2026, 10, 31), text="Auditor booked"),
            ]
        }
    )
    newer = doc.model_copy(
        update={
            "recommendations": [
                doc.recommendations[0],
                rec.model_copy(update={"actions": [audits, rec.actions[1]]}),
            ]
        }
    )
    (report,) = undated_store.merge_plans([newer], "next month")
    assert report.changes == ["new update 2.1 (31 Oct 2026): Auditor booked"]
    notes = undated_store.action_detail(undated_store.find_action("2.1").id).updates
    assert [(u.date, u.text) for u in notes] == [
        (dt.date(2026, 10, 31), "Auditor booked"),
        (None, "Audit yet to be scheduled"),
    ]


def test_a_repeated_cell_is_not_news_after_a_note_typed_since(undated_store: Store) -> None:
    """Next month's file repeats 1.1's unchanged cell under its new header date; a note
    typed in the app since the last import is no reason to add the old words again."""
    action = undated_store.find_action("1.1")
    undated_store.add_update(action.id, "Lead says the form goes live in January")
    doc = undated_plan()
    rec = doc.recommendations[0]
    repeated = rec.actions[0].model_copy(
        update={"updates": [UpdateDoc(date=dt.date(2026, 11, 30), text="Mosaic form drafted")]}
    )
    newer = doc.model_copy(
        update={
            "recommendations": [
                rec.model_copy(update={"actions": [repeated, *rec.actions[1:]]}),
                *doc.recommendations[1:],
            ]
        }
    )
    (report,) = undated_store.merge_plans([newer], "next month")
    assert (report.updates_created, report.changes) == (0, [])
    notes = undated_store.action_detail(action.id).updates
    assert [u.text for u in notes].count("Mosaic form drafted") == 1


def test_the_json_document_keeps_undated_notes_undated(
    undated_store: Store, tmp_path: Path
) -> None:
    exported = undated_store.export()
    notes = exported.plans[0].recommendations[1].actions[0].updates
    assert notes == [UpdateDoc(date=None, text="Audit yet to be scheduled")]
    other = Store.open(tmp_path / "other.db")
    other.merge_plans(exported.plans, "round trip")
    assert other.export().model_dump_json() == exported.model_dump_json()
    other.close()
