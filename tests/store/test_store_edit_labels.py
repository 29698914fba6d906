"""An edit made of several writes is labelled by what it changed, in history and undo."""

from __future__ import annotations

from store import Store


def test_a_status_that_was_already_set_is_not_named_beside_the_update(store: Store) -> None:
    """`update 2.1 --status blocked --note …` on an action already Blocked adds only the
    note: its history and its undo said "status Blocked, update"; they say "update"."""
    action = store.find_action("2.1")
    store.set_status(action.id, "blocked")
    with store.writing("update"):
        assert not store.set_status(action.id, "blocked")
        store.add_update(action.id, "Waiting on the supplier")
    assert store.action_history(action.id)[0].label == "update"
    entry = store.undo()
    assert entry.label == "update"
    assert store.action(action.id).status == "blocked"
    assert [u.text for u in store.action_detail(action.id).updates] == []


def test_an_edit_names_each_field_it_changed_once_in_order(store: Store) -> None:
    action = store.find_action("2.1")
    with store.writing("update"):
        store.set_status(action.id, "blocked")
        store.set_rag(action.id, "red")
        store.add_update(action.id, "On hold")
        store.add_update(action.id, "Escalated")
        store.set_rag(action.id, "red")  # already Red: nothing
    assert store.action_history(action.id)[0].label == "status Blocked, RAG Red, update"
    assert store.undo().label == "status Blocked, RAG Red, update"
    assert (store.action(action.id).status, store.action(action.id).rag) == ("in_progress", None)


def test_an_edit_that_writes_for_itself_keeps_its_own_label(store: Store) -> None:
    """A write with changes of its own (an import, a reply) is named by itself."""
    action = store.find_action("2.1")
    with store.writing("reply from Jane Humphreys") as w:
        w.execute("UPDATE actions SET text = 'Audits' WHERE id = ?", (action.id,))
        w.record("action", action.id, "text", "Monthly audits", "Audits")
        store.set_rag(action.id, "green")
    assert store.undo().label == "reply from Jane Humphreys"
