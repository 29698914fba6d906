"""A large plan imported into a file that holds no action yet has the indexes of its
actions and people links built once after its rows: the file ends with the same
indexes, a reader beside the import still has them, and a failure half way leaves
the file as it was, indexes included."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store import Store
from store.models import ActionQuery
from tests.store.test_store_import_history import big_plan, live_rows

INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"


def indexes(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(INDEXES).fetchall()
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    return rows


def test_a_large_plan_in_a_new_file_ends_with_every_index(db_path: Path) -> None:
    store = Store.open(db_path)
    before = indexes(db_path)
    store.merge_plans([big_plan(6000)], "import big.csv")
    assert indexes(db_path) == before
    found = store.list_actions(ActionQuery(text="task 7 of area 300"))
    assert [a.ref for a in found] == ["300.7"]
    store.close()


def test_a_reader_beside_the_import_keeps_the_indexes(db_path: Path) -> None:
    store = Store.open(db_path)
    before = indexes(db_path)
    seen: list[list[tuple[str, str]]] = []

    def read_beside(done: int, total: int) -> None:
        if done == 5500:  # past the first 5,000 rows written
            seen.append(indexes(db_path))

    store.merge_plans([big_plan(6000)], "import big.csv", read_beside)
    assert seen == [before]
    store.close()


def test_a_failure_half_way_leaves_the_new_file_with_its_indexes(db_path: Path) -> None:
    store = Store.open(db_path)
    before, rows = indexes(db_path), live_rows(db_path)

    def fail_past_the_first_rows_written(done: int, total: int) -> None:
        if done > 5000:
            raise OSError("the disk went away")

    with pytest.raises(OSError):
        store.merge_plans([big_plan(6000)], "import big.csv", fail_past_the_first_rows_written)
    assert (indexes(db_path), live_rows(db_path)) == (before, rows)
    store.close()
