"""Reads never wait for a write: the list, a search and the detail stay live while
an import (or any long write) holds the write lock."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from store import Store
from store.models import ActionQuery
from tests.conftest import small_plan

WAIT = 10.0  # seconds: only ever reached when a read is stuck behind the write


def _read_in_thread(read: object) -> tuple[threading.Thread, list[object]]:
    answers: list[object] = []
    thread = threading.Thread(target=lambda: answers.append(read()), daemon=True)  # type: ignore[operator]
    thread.start()
    return thread, answers


def test_the_list_search_and_detail_are_read_while_our_own_import_writes(store: Store) -> None:
    plan = store.plans()[0]
    inside, release = threading.Event(), threading.Event()

    def long_import() -> None:
        with store.writing("import") as w:
            w.execute("UPDATE actions SET text = 'rewritten' WHERE ref = '1.1'")
            inside.set()
            release.wait(WAIT)

    writer = threading.Thread(target=long_import, daemon=True)
    writer.start()
    assert inside.wait(WAIT)
    try:
        reader, answers = _read_in_thread(
            lambda: (
                [a.ref for a in store.list_actions(ActionQuery(plan_id=plan.id))],
                store.action_index(ActionQuery(plan_id=plan.id, text="audits")).ids,
                store.action(store.find_action("1.1").id).text,
            )
        )
        reader.join(WAIT)
        assert not reader.is_alive(), "a read waited for the write to finish"
    finally:
        release.set()
        writer.join(WAIT)
    refs, found, text = answers[0]  # type: ignore[misc]
    assert refs == ["1.1", "1.2", "2.1", "2.2"]
    assert found == [store.find_action("2.1").id]
    assert text == "Write the strategy"  # the write was not committed yet: nothing half-seen
    assert store.action(store.find_action("1.1").id).text == "rewritten"  # and now it is


def test_reads_go_on_while_another_process_holds_the_write_lock(
    store: Store, db_path: Path
) -> None:
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE actions SET status = 'done'")
    try:
        reader, answers = _read_in_thread(lambda: store.count_actions(ActionQuery()))
        reader.join(WAIT)
        assert not reader.is_alive(), "a read waited for another program's write"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert answers == [(4, 1)]


def test_an_edit_is_read_back_at_once_and_the_cached_list_follows_it(store: Store) -> None:
    plan = store.plans()[0]
    query = ActionQuery(plan_id=plan.id, overdue=True)
    before = store.action_index(query).ids
    strategy = store.find_action("1.1")
    store.set_status(strategy.id, "done")
    assert store.action(strategy.id).status == "done"
    assert strategy.id in before and strategy.id not in store.action_index(query).ids


def test_the_read_connection_cannot_write(store: Store) -> None:
    with store.reading() as conn:
        try:
            conn.execute("DELETE FROM actions")
        except sqlite3.OperationalError as exc:
            assert "readonly" in str(exc)
        else:
            raise AssertionError("the read connection wrote")
    assert len(store.list_actions(ActionQuery())) == 4


def test_a_new_database_gets_its_read_connection_after_it_is_created(db_path: Path) -> None:
    with Store.open(db_path) as fresh:
        fresh.merge_plans([small_plan()], "import")
        assert fresh.count_actions(ActionQuery()) == (4, 1)


def test_an_interrupted_search_stops_and_no_other_read_is_touched(store: Store) -> None:
    """A newer search interrupts the running one; every other read on the connection
    runs to the end, and the interrupted search leaves no wrong answer behind."""
    import pytest

    from store import SearchInterrupted

    plan = store.plans()[0]
    search = ActionQuery(plan_id=plan.id, text="audits")
    # interrupt_search called at every step of every statement, as if keys kept coming
    store._reader.set_progress_handler(store.interrupt_search, 1)
    try:
        with pytest.raises(SearchInterrupted):
            store.action_index(search)
        refs = [a.ref for a in store.list_actions(ActionQuery(plan_id=plan.id))]
        assert refs == ["1.1", "1.2", "2.1", "2.2"]
        assert store.action(store.find_action("2.1").id).text == "Monthly audits"
    finally:
        store._reader.set_progress_handler(None, 1)
    assert store.action_index(search).ids == [store.find_action("2.1").id]


def test_the_ref_column_width_follows_a_longer_ref_added(store: Store) -> None:
    plan = store.plans()[0]
    assert store.longest_ref(plan.id) == 3  # "1.1"
    rec = store.recommendations(plan.id)[0]
    store.add_action(rec.id, "Brief members", ref="1.2.10a")
    assert store.longest_ref(plan.id) == 7
