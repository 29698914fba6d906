"""Shaping a plan: moves and renumbering are recorded edits that keep what an action has."""

from __future__ import annotations

import pytest

from store import InvalidValueError, Store
from store.models import ActionQuery


def layout(store: Store) -> list[tuple[str, str]]:
    """(recommendation ref, action ref) of every live action, in plan order."""
    return [(a.recommendation_ref, a.ref) for a in store.list_actions(ActionQuery())]


def rec_ids(store: Store) -> dict[str, int]:
    return {r.ref: r.id for r in store.recommendations(store.plans()[0].id)}


def test_a_moved_action_keeps_its_id_ref_updates_and_history(store: Store) -> None:
    action = store.find_action("1.1")
    before = store.action_detail(action.id)
    assert store.move_action(action.id, rec_ids(store)["2"]) is True
    assert layout(store) == [("1", "1.2"), ("2", "2.1"), ("2", "2.2"), ("2", "1.1")]
    after = store.action_detail(action.id)
    assert (after.action.id, after.action.ref) == (action.id, "1.1")
    assert after.updates == before.updates
    assert [h.label for h in after.history] == ["move action", "test import"]
    assert [r.total for r in store.recommendations(store.plans()[0].id)] == [1, 3]


def test_undoing_a_move_puts_the_action_back_where_it_was(store: Store) -> None:
    action = store.find_action("1.1")
    store.move_action(action.id, rec_ids(store)["2"])
    store.undo()
    assert layout(store) == [("1", "1.1"), ("1", "1.2"), ("2", "2.1"), ("2", "2.2")]


def test_moving_to_its_own_recommendation_changes_nothing(store: Store) -> None:
    action = store.find_action("1.1")
    assert store.move_action(action.id, rec_ids(store)["1"]) is False
    assert [h.label for h in store.action_detail(action.id).history] == ["test import"]


def test_another_plans_recommendation_is_refused(store: Store) -> None:
    other = store.create_plan("Other plan")
    rec = store.add_recommendation(other, "Elsewhere")
    with pytest.raises(InvalidValueError, match="recommendation"):
        store.move_action(store.find_action("1.1").id, rec)
    assert layout(store)[0] == ("1", "1.1")


def test_reordering_swaps_with_the_neighbour_and_stops_at_the_ends(store: Store) -> None:
    second = store.find_action("1.2")
    neighbour = store.shift_action(second.id, -1)
    assert neighbour is not None and neighbour.ref == "1.1"
    assert layout(store)[:2] == [("1", "1.2"), ("1", "1.1")]
    assert store.shift_action(second.id, -1) is None  # already first
    store.undo()
    assert layout(store)[:2] == [("1", "1.1"), ("1", "1.2")]


def test_renumbering_follows_the_order_and_is_one_undo(store: Store) -> None:
    store.move_action(store.find_action("1.1").id, rec_ids(store)["2"])
    plan_id = store.plans()[0].id
    planned = store.renumbering(plan_id)
    assert [(r.old, r.new) for r in planned] == [("1.2", "1.1"), ("1.1", "2.3")]
    assert layout(store) == [("1", "1.2"), ("2", "2.1"), ("2", "2.2"), ("2", "1.1")]  # unchanged
    assert len(store.renumber(plan_id)) == 2
    assert layout(store) == [("1", "1.1"), ("2", "2.1"), ("2", "2.2"), ("2", "2.3")]
    store.undo()
    assert layout(store) == [("1", "1.2"), ("2", "2.1"), ("2", "2.2"), ("2", "1.1")]


def test_renumbering_one_recommendation_never_duplicates_a_ref(store: Store) -> None:
    plan_id = store.plans()[0].id
    store.move_action(store.find_action("1.2").id, rec_ids(store)["2"])
    assert [(r.old, r.new) for r in store.renumbering(plan_id, rec_ids(store)["2"])] == [
        ("1.2", "2.3")
    ]
    store.move_action(store.find_action("2.1").id, rec_ids(store)["1"])  # 2 holds 2.2, 1.2
    with pytest.raises(InvalidValueError, match="ref 2.1: an action in recommendation 1"):
        store.renumber(plan_id, rec_ids(store)["2"])
    assert layout(store) == [("1", "1.1"), ("1", "2.1"), ("2", "2.2"), ("2", "1.2")]


def test_new_refs_follow_the_numbering_and_are_never_duplicated(store: Store) -> None:
    rec2 = rec_ids(store)["2"]
    store.move_action(store.find_action("1.1").id, rec2)  # 2 now holds 2.1, 2.2, 1.1
    first = store.add_action(rec2, "Audit the audits")
    assert store.action(first).ref == "2.3"
    plan_id = store.plans()[0].id
    rec = store.add_recommendation(plan_id, "Improve recruitment", actions=["Advertise", "Hire"])
    assert [(a.recommendation_ref, a.ref, a.text) for a in store.list_actions(ActionQuery())][
        -2:
    ] == [("3", "3.1", "Advertise"), ("3", "3.2", "Hire")]
    assert store.next_recommendation_ref(plan_id) == "4"
    store.undo()  # the recommendation and its actions go in one step
    assert rec not in rec_ids(store).values()
    assert len(store.list_actions(ActionQuery())) == 5


def test_renumbering_passes_over_a_ref_an_archived_action_holds(store: Store) -> None:
    """1.1 is archived (not deleted: it can come back), so renumbering recommendation 1
    gives its live actions 1.2 and 1.3, and restoring 1.1 leaves every ref unique."""
    plan_id = store.plans()[0].id
    archived = store.find_action("1.1").id
    store.archive_action(archived)
    store.move_action(store.find_action("2.1").id, rec_ids(store)["1"])  # 1 holds 1.2, 2.1
    assert [(r.old, r.new) for r in store.renumbering(plan_id, rec_ids(store)["1"])] == [
        ("2.1", "1.3")
    ]
    store.renumber(plan_id)  # the whole plan: the same rule
    assert layout(store) == [("1", "1.2"), ("1", "1.3"), ("2", "2.1")]
    store.archive_action(archived, False)
    refs = [ref for _, ref in layout(store)]
    assert sorted(refs) == ["1.1", "1.2", "1.3", "2.1"]
