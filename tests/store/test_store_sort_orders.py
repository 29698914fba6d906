"""Every order of S (``list --sort``) is walked from an index of its own, as the plan's
is: at 100,000 actions a sort of the whole plan took 0.3–1.5 s a key press. Which rows
come first in each order is stated in test_store_actions and test_store_lead_order."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from store import Store
from store.models import ActionQuery
from store.queries import ORDERS, where_clause

SORTS = sorted(ORDERS)
NEW_INDEXES = ("actions_by_due", "actions_by_status", "actions_by_rag", "actions_by_update")


def _steps(db_path: Path, query: ActionQuery) -> list[str]:
    where, params = where_clause(query, dt.date(2026, 12, 7), {})
    sql = f"SELECT a.id FROM actions a WHERE {where} ORDER BY {ORDERS[query.sort]}"
    with sqlite3.connect(db_path) as conn:
        steps = [str(r[3]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    conn.close()
    return steps


def _orders(store: Store) -> dict[str, list[str]]:
    plan_id = store.plans()[0].id
    return {
        sort: [a.ref for a in store.list_actions(ActionQuery(plan_id=plan_id, sort=sort))]
        for sort in SORTS
    }


@pytest.mark.parametrize("sort", SORTS)
def test_each_order_walks_an_index_and_sorts_nothing(
    store: Store, db_path: Path, sort: str
) -> None:
    steps = _steps(db_path, ActionQuery(plan_id=store.plans()[0].id, sort=sort))
    assert any("COVERING INDEX" in s for s in steps), steps
    assert not any("TEMP B-TREE" in s for s in steps), steps


def test_a_file_from_before_the_sort_indexes_gains_them_and_sorts_as_before(
    store: Store, db_path: Path
) -> None:
    before = _orders(store)
    store.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm015_sort_indexes'")
        for name in NEW_INDEXES:
            conn.execute(f"DROP INDEX {name}")
    conn.close()
    upgraded = Store.open(db_path)
    assert _orders(upgraded) == before
    with sqlite3.connect(db_path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    conn.close()
    assert names >= set(NEW_INDEXES)
    upgraded.close()
