"""Baselines: an action keeps its original deadline beside the current one."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from store import Store
from store.models import ActionQuery
from tests.conftest import small_plan

OCT_31 = dt.date(2026, 10, 31)


def _strategy(store: Store) -> int:
    return store.find_action("1.1").id


def test_a_redated_action_keeps_its_original_deadline_and_counts_the_move(store: Store) -> None:
    action_id = _strategy(store)
    store.set_due(action_id, dt.date(2026, 12, 16), "16 Dec 2026", "day")
    row = store.action(action_id)
    assert (row.original_due, row.due, row.due_changes, row.slip_days) == (
        OCT_31,
        dt.date(2026, 12, 16),
        1,
        46,
    )
    store.set_due(action_id, dt.date(2027, 1, 31), "Jan 2027", "month")
    assert store.action(action_id).due_changes == 2


def test_undoing_a_redating_takes_back_the_count(store: Store) -> None:
    action_id = _strategy(store)
    store.set_due(action_id, dt.date(2026, 12, 16), "16 Dec 2026", "day")
    store.undo()
    row = store.action(action_id)
    assert (row.original_due, row.due, row.due_changes, row.slip_days) == (OCT_31, OCT_31, 0, None)


def test_an_action_given_its_first_deadline_later_has_that_as_original(store: Store) -> None:
    """Setting a date where there was none is not a move; the first date is the baseline."""
    audits = store.find_action("2.1").id
    assert store.action(audits).original_due is None
    store.set_due(audits, dt.date(2027, 2, 28), "Feb 2027", "month")
    row = store.action(audits)
    assert (row.original_due, row.due_changes) == (dt.date(2027, 2, 28), 0)
    store.undo()
    assert store.action(audits).original_due is None


def test_a_new_action_with_a_deadline_has_it_as_original(store: Store) -> None:
    rec = store.recommendations(store.plans()[0].id)[0]
    new = store.add_action(
        rec.id,
        "Audit the audits",
        due={"due": "2027-01-15", "due_text": "15/01/2027", "due_precision": "day"},
    )
    assert store.action(new).original_due == dt.date(2027, 1, 15)


def test_files_from_before_baselines_take_the_first_deadline_history_holds(
    db_path: Path,
) -> None:
    s = Store.open(db_path)
    s.merge_plans([small_plan()], "import")
    strategy = s.find_action("1.1").id
    s.set_due(strategy, dt.date(2026, 12, 16), "16 Dec 2026", "day")
    s.set_due(strategy, dt.date(2027, 1, 31), "Jan 2027", "month")
    s.close()
    with sqlite3.connect(db_path) as conn:
        conn.executescript(
            """
            DELETE FROM _sqlite_migrations WHERE name = 'm006_baselines';
            ALTER TABLE actions DROP COLUMN original_due;
            ALTER TABLE actions DROP COLUMN due_changes;
            """
        )
    upgraded = Store.open(db_path)
    rows = {r.ref: r for r in upgraded.iter_actions(ActionQuery())}
    assert (rows["1.1"].original_due, rows["1.1"].due_changes) == (OCT_31, 2)
    assert (rows["2.2"].original_due, rows["2.2"].due_changes) == (dt.date(2027, 3, 31), 0)
    assert rows["2.1"].original_due is None
    upgraded.close()


def test_a_plan_given_original_and_revised_dates_imports_both(db_path: Path) -> None:
    doc = small_plan()
    rec = doc.recommendations[0]
    revised = rec.actions[0].model_copy(update={"original_due": dt.date(2026, 6, 30)})
    rec = rec.model_copy(update={"actions": [revised, rec.actions[1]]})
    doc = doc.model_copy(update={"recommendations": [rec, doc.recommendations[1]]})
    s = Store.open(db_path)
    s.merge_plans([doc], "import")
    row = s.find_action("1.1")
    assert (row.original_due, row.due, row.due_changes, row.slip_days) == (
        dt.date(2026, 6, 30),
        OCT_31,
        1,
        123,
    )
    exported = s.export().plans[0].recommendations[0].actions
    assert [a.original_due for a in exported] == [dt.date(2026, 6, 30), None]
    s.close()
