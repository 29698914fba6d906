"""The lead order (S in the list, ``list --sort lead``): by the first named lead's name,
any case alike, actions no one is named to lead ("[TBC]", "N/A", "Vacant", or no lead)
last, ties in plan order. It is walked from an index, as the plan's order is: computed
per action on every read it took 4.1 s at 100,000 actions."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc
from store.models import ActionQuery
from store.queries import ORDERS, where_clause
from store.schema import first_lead_sql


def _plan(leads_of_2_1: list[str] | None = None) -> PlanDoc:
    def action(ref: str, *leads: str) -> ActionDoc:
        return ActionDoc(ref=ref, text=f"Action {ref}", leads=list(leads))

    return PlanDoc(
        title="Plan",
        recommendations=[
            RecommendationDoc(
                ref="1",
                text="First",
                actions=[
                    action("1.1", "zoe adams"),
                    action("1.2", "Vacant"),
                    action("1.3", "Bill Basra"),
                    action("1.4"),
                    action("1.5", "N/A", "Zoe Adams"),  # "N/A" passed over: Zoe Adams
                ],
            ),
            RecommendationDoc(
                ref="2",
                text="Second",
                actions=[
                    action("2.1", *(leads_of_2_1 or ["[TBC]"])),
                    action("2.2", "Ann Bell", "Bill Basra"),
                    action("2.3", "bill basra"),  # the person of 1.3, as first written
                ],
            ),
        ],
    )


# What a user sees after S to the lead order: names A to Z (any case), each name's
# actions in plan order, then Vacant, no lead and [TBC] in plan order.
SEEN = ["2.2", "1.3", "2.3", "1.1", "1.5", "1.2", "1.4", "2.1"]


@pytest.fixture
def plan_store(db_path: Path) -> Store:
    s = Store.open(db_path)
    s.merge_plans([_plan()], "import plan.csv")
    return s


def _lead_order(s: Store) -> list[str]:
    query = ActionQuery(plan_id=s.plans()[0].id, sort="lead")
    return [a.ref for a in s.list_actions(query)]


def _id(s: Store, ref: str) -> int:
    return s.find_action(ref).id


def _kept_right(db: Path) -> bool:
    """Every action's stored sort key is what its people links say now."""
    with sqlite3.connect(db) as conn:
        wrong = conn.execute(
            "SELECT count(*) FROM actions a WHERE first_lead IS NOT " + first_lead_sql("a.id")
        ).fetchone()[0]
    conn.close()
    return bool(wrong == 0)


def test_sorting_by_lead_lists_names_a_to_z_and_no_one_named_last(
    plan_store: Store, db_path: Path
) -> None:
    assert _lead_order(plan_store) == SEEN
    assert _kept_right(db_path)


def test_sorting_by_lead_walks_an_index_and_sorts_nothing(plan_store: Store, db_path: Path) -> None:
    """As the plan's order: no per-action lookup and no sort of the whole list."""
    query = ActionQuery(plan_id=plan_store.plans()[0].id, sort="lead")
    where, params = where_clause(query, dt.date(2026, 12, 7), {})
    sql = f"SELECT a.id FROM actions a WHERE {where} ORDER BY {ORDERS['lead']}"
    with sqlite3.connect(db_path) as conn:
        steps = [r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]
    conn.close()
    assert any("COVERING INDEX" in s for s in steps), steps
    assert not any("TEMP B-TREE" in s or "CORRELATED" in s for s in steps), steps


def test_an_edited_lead_moves_its_action_and_undo_moves_it_back(
    plan_store: Store, db_path: Path
) -> None:
    s = plan_store
    s.set_people(_id(s, "2.1"), ["Aaron Cole"], [])  # [TBC] named at last: first
    assert _lead_order(s) == ["2.1", *SEEN[:-1]]
    s.set_people(_id(s, "1.1"), ["TBC"], [])  # Zoe Adams gone: now no one named
    assert _lead_order(s) == ["2.1", "2.2", "1.3", "2.3", "1.5", "1.1", "1.2", "1.4"]
    assert _kept_right(db_path)
    s.undo()
    s.undo()
    assert _lead_order(s) == SEEN
    assert _kept_right(db_path)
    s.redo()
    assert _lead_order(s) == ["2.1", *SEEN[:-1]]
    assert _kept_right(db_path)


def test_a_lead_given_by_a_new_file_moves_its_action(plan_store: Store, db_path: Path) -> None:
    plan_store.merge_plans([_plan(leads_of_2_1=["Vacant", "ann bell"])], "import plan2.csv")
    assert _lead_order(plan_store) == ["2.1", *SEEN[:-1]]
    assert _kept_right(db_path)
    plan_store.undo()
    assert _lead_order(plan_store) == SEEN


def test_an_action_added_in_the_app_takes_its_place_in_the_lead_order(
    plan_store: Store, db_path: Path
) -> None:
    rec = plan_store.find_action("1.1").recommendation_id
    plan_store.add_action(rec, "New", ref="1.6", leads=["Ann Bell"])
    plan_store.add_action(rec, "Unled", ref="1.7")
    assert _lead_order(plan_store) == ["1.6", *SEEN[:5], "1.2", "1.4", "1.7", "2.1"]
    assert _kept_right(db_path)


def test_a_file_from_before_the_lead_order_key_sorts_as_before(
    plan_store: Store, db_path: Path
) -> None:
    """Opening a file written before the key was kept fills it in: same order."""
    plan_store.close()
    with sqlite3.connect(db_path) as conn:
        conn.executescript(
            """
            DELETE FROM _sqlite_migrations WHERE name = 'm014_first_lead';
            DROP INDEX actions_lead;
            ALTER TABLE actions DROP COLUMN first_lead;
            """
        )
    conn.close()
    upgraded = Store.open(db_path)
    assert _lead_order(upgraded) == SEEN
    assert _kept_right(db_path)
    upgraded.close()
