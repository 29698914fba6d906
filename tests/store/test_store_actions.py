"""The store's read API and recorded edits, asserted on whole rows."""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from pathlib import Path

import pytest
from pydantic import ValidationError

from store import InvalidValueError, NotFoundError, NothingToUndoError, Store
from store.docs import ActionDoc, UpdateDoc
from store.models import ActionQuery
from tests.conftest import small_plan


def refs(store: Store, **filters: object) -> list[str]:
    return [a.ref for a in store.list_actions(ActionQuery(**filters))]  # type: ignore[arg-type]


def test_overdue_means_past_due_and_still_open(store: Store) -> None:
    rows = {a.ref: a for a in store.list_actions(ActionQuery())}
    assert rows["1.1"].overdue  # October 2026, in progress
    assert not rows["1.2"].overdue  # past but done
    assert not rows["2.1"].overdue  # ongoing: no date, never overdue
    assert not rows["2.2"].overdue  # March 2027
    assert refs(store, overdue=True) == ["1.1"]


def test_overdue_follows_the_injected_today(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2027-04-01")
    assert refs(store, overdue=True) == ["1.1", "2.2"]


def test_filters_run_together(store: Store) -> None:
    assert refs(store, person="marina  KITCHEN") == ["1.1", "2.2"]
    assert refs(store, lead="Bill Basra") == ["1.2"]
    assert refs(store, responsible="Bill Basra") == ["1.1"]
    assert refs(store, person="Bill Basra") == ["1.1", "1.2"]
    assert refs(store, person="Nobody") == []
    assert refs(store, statuses=frozenset({"in_progress"})) == ["1.1", "2.1"]
    assert refs(store, rags=frozenset({"none"})) == ["1.2", "2.1"]
    assert refs(store, due_before=dt.date(2026, 10, 1)) == ["1.2"]
    assert refs(store, due_within_days=200) == ["2.2"]
    assert refs(store, sort="due") == ["1.2", "1.1", "2.2", "2.1"]


def test_search_finds_update_and_recommendation_text_by_prefix(store: Store) -> None:
    assert refs(store, text="mosa") == ["1.1"]  # only in an update
    assert refs(store, text="oversight") == ["2.1", "2.2"]  # the recommendation's text
    assert refs(store, text="[TBC]") == ["2.2"]  # punctuation is not FTS syntax
    assert refs(store, text='"') == []  # no word: found literally, and no action has one
    assert refs(store, text="  ") == ["1.1", "1.2", "2.1", "2.2"]  # blank: no search


def test_a_search_of_punctuation_alone_finds_that_text_literally(store: Store) -> None:
    """The index holds words only; "[/]" or "—" must not match every action."""
    plan = small_plan("Punctuation")
    first, second = plan.recommendations
    actions = [
        first.actions[0].model_copy(update={"ref": "P1", "text": "Close the gap [/] report"}),
        first.actions[1].model_copy(update={"ref": "P2", "text": "Budget 2026/27 (draft)"}),
    ]
    noted = second.actions[0].model_copy(
        update={"ref": "P3", "updates": [UpdateDoc(date=dt.date(2026, 11, 2), text="Agreed — tbc")]}
    )
    plan = plan.model_copy(
        update={
            "recommendations": [
                first.model_copy(update={"actions": actions}),
                second.model_copy(update={"text": "Audit (sample)", "actions": [noted]}),
            ]
        }
    )
    store.merge_plans([plan], "punctuation")
    assert refs(store, text="[/]") == ["P1"]
    assert refs(store, text=" / ") == ["P1", "P2"]  # "2026/27" holds one too
    assert refs(store, text="()") == []  # not written together anywhere
    assert refs(store, text="(") == ["P2", "P3"]  # P3's recommendation: "Audit (sample)"
    assert refs(store, text="—") == ["P3"]  # in its update
    assert refs(store, text="[") == ["2.2", "P1"]  # "Peer review [TBC]"
    plan_id = next(p.id for p in store.plans() if p.title == "Punctuation")
    assert refs(store, text="[", plan_id=plan_id) == ["P1"]  # with the other filters
    assert refs(store, text="[/]", overdue=True) == ["P1"]


def test_the_list_of_a_search_agrees_with_the_query_in_sql(store: Store) -> None:
    """The list's index filters the unsearched list by the matches; same answer."""
    plan_id = store.plans()[0].id
    for text in ("mosa", "oversight", "a", "zzz", "[TBC]", "strategy plan", "]", "—"):
        for extra in ({}, {"sort": "due"}, {"overdue": True}, {"plan_id": plan_id}):
            query = ActionQuery(text=text, **extra)  # type: ignore[arg-type]
            index = store.action_index(query)
            assert index.ids == store.action_ids(query), (text, extra)
            assert (index.count, index.overdue) == store.count_actions(query), (text, extra)


def test_counts_and_ids_agree_with_rows(store: Store) -> None:
    plan = store.plans()[0]
    assert (plan.actions, plan.done, plan.overdue) == (4, 1, 1)
    assert store.count_actions(ActionQuery(plan_id=plan.id)) == (4, 1)
    ids = store.action_ids(ActionQuery(plan_id=plan.id, sort="rag"))
    assert [a.ref for a in store.actions_by_ids(ids)] == ["1.1", "2.2", "1.2", "2.1"]
    recs = store.recommendations(plan.id)
    assert [(r.ref, r.total, r.done, r.overdue) for r in recs] == [("1", 2, 1, 1), ("2", 2, 0, 0)]


def test_status_edit_is_saved_recorded_and_undoable(store: Store) -> None:
    action = store.find_action("1.1")
    assert store.set_status(action.id, "done") is True
    assert store.set_status(action.id, "done") is False  # no change, no history
    assert store.action(action.id).status == "done"
    entry = store.action_history(action.id)[0]
    assert (entry.label, entry.changes[0].before, entry.changes[0].after) == (
        "status Done",
        "in_progress",
        "done",
    )
    store.undo()
    assert store.action(action.id).status == "in_progress"
    store.redo()
    assert store.action(action.id).status == "done"


def test_marking_an_action_done_clears_its_rag_in_the_same_undoable_edit(store: Store) -> None:
    """A done action is not rated (BRAG's blue is done with no RAG, as imported): a
    committee paper must not say "Done / Red". One undo restores both."""
    action = store.find_action("1.1")
    assert (action.status, action.rag) == ("in_progress", "red")
    assert store.set_status(action.id, "done") is True
    after = store.action(action.id)
    assert (after.status, after.rag) == ("done", None)
    entry = store.action_history(action.id)[0]
    assert [c.field for c in entry.changes] == ["status", "rag"]
    store.undo()
    back = store.action(action.id)
    assert (back.status, back.rag) == ("in_progress", "red")
    store.set_status(action.id, "blocked")
    assert store.action(action.id).rag == "red"  # only done clears it


def test_dropping_an_action_clears_its_rag_and_reopening_brings_it_back(store: Store) -> None:
    """A dropped action (superseded) is not rated, as a done one is not: no paper says
    "Dropped / Green". The rating stays in history and comes back if it is reopened."""
    action = store.find_action("1.1")  # Red
    assert store.set_status(action.id, "dropped") is True
    assert (store.action(action.id).status, store.action(action.id).rag) == ("dropped", None)
    entry = store.action_history(action.id)[0]
    assert [(c.field, c.before, c.after) for c in entry.changes] == [
        ("status", "in_progress", "dropped"),
        ("rag", "red", None),
    ]
    store.set_status(action.id, "blocked")
    assert (store.action(action.id).status, store.action(action.id).rag) == ("blocked", "red")


def test_reopening_a_done_action_brings_back_the_rag_it_had_in_the_same_edit(
    store: Store,
) -> None:
    """Done then reopened (a slip of 's d', a sign-off withdrawn) is rated again as it
    was before the completion, from history: a live action must not go to the board
    with no RAG. One edit, so one undo takes both back."""
    action = store.find_action("1.1")
    store.set_rag(action.id, "amber")
    store.set_status(action.id, "done")
    assert store.set_status(action.id, "in_progress") is True
    after = store.action(action.id)
    assert (after.status, after.rag) == ("in_progress", "amber")
    entry = store.action_history(action.id)[0]
    assert [(c.field, c.before, c.after) for c in entry.changes] == [
        ("status", "done", "in_progress"),
        ("rag", None, "amber"),
    ]
    store.undo()
    assert (store.action(action.id).status, store.action(action.id).rag) == ("done", None)


def test_reopening_restores_no_rag_the_completion_did_not_clear(store: Store) -> None:
    """An action done with no RAG (or rated after its completion was undone) is
    reopened as it is: only the rating the completion cleared comes back."""
    action = store.find_action("2.1")
    assert action.rag is None
    store.set_status(action.id, "done")
    store.set_status(action.id, "blocked")
    assert store.action(action.id).rag is None
    rated = store.find_action("1.1")  # Red
    store.set_status(rated.id, "done")
    store.undo()  # not done after all: Red again, and the cleared rating is history
    store.set_rag(rated.id, None)
    store.set_status(rated.id, "done")
    store.set_status(rated.id, "in_progress")
    assert store.action(rated.id).rag is None


def test_done_set_again_on_a_done_action_keeps_its_rag_and_records_nothing(
    store: Store,
) -> None:
    """Only a completion clears the RAG: Done set again on a done action rated since
    (or imported so) changes nothing, so nothing is written and no history is added."""
    action = store.find_action("1.1")
    store.set_status(action.id, "done")
    store.set_rag(action.id, "green")
    edits = len(store.action_history(action.id))
    assert store.set_status(action.id, "done") is False
    after = store.action(action.id)
    assert (after.status, after.rag) == ("done", "green")
    assert len(store.action_history(action.id)) == edits


def test_an_undo_and_a_redo_are_in_the_history_after_the_edit_they_took_back(
    store: Store,
) -> None:
    action = store.find_action("1.1")
    store.set_status(action.id, "blocked")
    store.undo()
    store.redo()
    said = [
        (h.label, [(c.before, c.after) for c in h.changes if c.field == "status"])
        for h in store.action_history(action.id)[:3]
    ]
    assert said == [
        ("redone", [("in_progress", "blocked")]),
        ("undone", [("blocked", "in_progress")]),
        ("status Blocked", [("in_progress", "blocked")]),
    ]
    assert store.action(action.id).status == "blocked"
    store.undo()  # undo still takes back the edit itself, not the record of its redo
    assert store.action(action.id).status == "in_progress"


def test_undo_and_redo_survive_a_restart(store: Store, db_path: Path) -> None:
    action = store.find_action("2.2")
    store.set_rag(action.id, "red")
    store.set_text(action.id, "Peer review with the region")
    store.close()
    reopened = Store.open(db_path)
    assert reopened.undo().label == "text"
    assert reopened.action(action.id).text == "Peer review [TBC]"
    reopened.close()
    again = Store.open(db_path)
    assert again.undo().label == "RAG Red"
    assert again.action(action.id).rag == "amber"
    assert again.redo().label == "RAG Red"
    assert again.action(action.id).rag == "red"
    again.close()


def test_a_new_edit_clears_the_redo_stack(store: Store) -> None:
    action = store.find_action("1.1")
    store.set_status(action.id, "blocked")
    store.undo()
    store.set_rag(action.id, "green")
    with pytest.raises(NothingToUndoError):
        store.redo()


def test_redating_keeps_the_earlier_deadline(store: Store) -> None:
    action = store.find_action("1.1")
    store.set_due(action.id, dt.date(2027, 1, 31), "end of January 2027", "month")
    detail = store.action_detail(action.id)
    assert detail.action.due == dt.date(2027, 1, 31)
    assert detail.action.due_text == "end of January 2027"
    assert [(e.due, e.due_text) for e in detail.earlier_due] == [
        (dt.date(2026, 10, 31), "October 2026")
    ]


def test_people_edits_share_one_person_across_spellings(store: Store) -> None:
    action = store.find_action("2.1")
    store.set_people(action.id, ["jane  humphreys", "New Person"], ["bill basra"])
    row = store.action(action.id)
    assert (row.leads, row.responsible) == (["Jane Humphreys", "New Person"], ["Bill Basra"])
    assert [p.name for p in store.people()] == [
        "Bill Basra",
        "Jane Humphreys",
        "Marina Kitchen",
        "New Person",
    ]


def test_updates_are_dated_today_and_searchable(store: Store) -> None:
    action = store.find_action("2.1")
    store.add_update(action.id, "Quarterly audit found drift")
    detail = store.action_detail(action.id)
    assert [(u.date, u.text, u.status) for u in detail.updates] == [
        (dt.date(2026, 11, 24), "Quarterly audit found drift", "in_progress")
    ]
    assert detail.action.last_update == dt.date(2026, 11, 24)
    assert refs(store, text="drif") == ["2.1"]
    store.undo()
    assert store.action_detail(action.id).updates == []
    assert refs(store, text="drif") == []


def test_added_and_archived_items_are_recorded_and_restorable(store: Store) -> None:
    plan = store.plans()[0]
    rec_id = store.add_recommendation(plan.id, "Improve recruitment")
    action_id = store.add_action(rec_id, "Launch a campaign")
    assert store.action(action_id).ref == "3.1"
    store.archive_action(action_id)
    assert "3.1" not in refs(store)
    assert store.action(action_id).archived  # still in the database
    store.undo()
    assert "3.1" in refs(store)


def test_invalid_values_are_refused_and_nothing_is_written(store: Store) -> None:
    action = store.find_action("1.1")
    with pytest.raises(InvalidValueError, match="action text"):
        store.set_text(action.id, "   ")
    with pytest.raises(InvalidValueError, match="update text"):
        store.add_update(action.id, "")
    with pytest.raises(NotFoundError):
        store.find_action("9.9")
    assert store.action(action.id).text == "Write the strategy"
    assert [h.label for h in store.action_detail(action.id).history] == ["test import"]


def test_models_name_the_field_that_is_wrong() -> None:
    with pytest.raises(ValidationError, match="status"):
        ActionDoc(ref="1", text="x", status="finished")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="text"):
        ActionDoc(ref="1", text="  ")
    with pytest.raises(ValidationError, match="date"):
        UpdateDoc(date="2026-02-30", text="x")  # type: ignore[arg-type]


def test_reimporting_the_same_plan_changes_nothing(store: Store) -> None:
    (report,) = store.merge_plans([small_plan()], "again")
    assert (report.plan_created, report.actions_created, report.actions_changed) == (False, 0, 0)
    assert report.updates_created == 0
    assert store.plans()[0].actions == 4


def test_a_newer_version_of_the_plan_updates_matching_actions(store: Store) -> None:
    doc = small_plan()
    rec = doc.recommendations[0]
    first = rec.actions[0].model_copy(
        update={
            "status": "done",
            "updates": [
                *rec.actions[0].updates,
                UpdateDoc(date=dt.date(2026, 11, 1), text="Agreed"),
            ],
        }
    )
    newer = doc.model_copy(
        update={
            "recommendations": [
                rec.model_copy(update={"actions": [first, rec.actions[1]]}),
                doc.recommendations[1],
            ]
        }
    )
    (report,) = store.merge_plans([newer], "newer")
    assert (report.actions_changed, report.updates_created) == (1, 1)
    assert report.changes == [
        "changed 1.1 status: In progress → Done",
        "new update 1.1 (1 Nov 2026): Agreed",
    ]
    action = store.find_action("1.1")
    assert action.status == "done"
    store.undo()
    assert store.find_action("1.1").status == "in_progress"


def test_export_reproduces_the_imported_document(store: Store, tmp_path: Path) -> None:
    exported = store.export()
    original = small_plan()
    assert exported.plans[0].recommendations[0].actions[0] == original.recommendations[0].actions[0]
    assert exported.plans[0].notes == original.notes
    other = Store.open(tmp_path / "other.db")
    other.merge_plans(exported.plans, "round trip")
    assert other.export().model_dump_json() == exported.model_dump_json()
    other.close()


def test_a_dry_run_reports_but_writes_nothing(db_path: Path) -> None:
    s = Store.open(db_path)
    (report,) = s.merge_plans([small_plan()], "dry", dry_run=True)
    assert (report.plan_created, report.actions_created) == (True, 4)
    assert s.plans() == []
    assert gc.isenabled()  # the rollback does not leave the cycle collector paused
    s.close()


def test_new_refs_follow_the_numbering_and_are_never_duplicated(store: Store) -> None:
    """After 1.1, 1.2 and a hand-numbered 1.7 comes 1.8 (counting gave a second 1.3 or 1.7)."""
    rec_id = store.find_action("1.1").recommendation_id
    store.add_action(rec_id, "Numbered by hand", ref="1.7")
    new = store.add_action(rec_id, "Next one", leads=["Ann Lee"], status="blocked")
    row = store.action(new)
    assert (row.ref, row.leads, row.status) == ("1.8", ["Ann Lee"], "blocked")
    store.undo()  # one recorded edit: the action and its fields go together
    assert store.action(new).archived


def test_imported_ratings_say_what_the_import_gave_a_changed_rating(store: Store) -> None:
    """1.1 was imported red and in progress: once changed, the store still says what
    the import gave it (the wording kept as written is that value's); undone, or set
    back, nothing differs from the import."""
    action_id = store.find_action("1.1").id
    assert store.imported_ratings([action_id]) == {}
    store.set_rag(action_id, "green")
    assert store.imported_ratings([action_id]) == {action_id: {"rag": "red"}}
    assert store.action_detail(action_id).imported == {"rag": "red"}
    store.undo()
    assert store.imported_ratings([action_id]) == {}
    store.set_status(action_id, "blocked")
    store.set_status(action_id, "in_progress")
    assert store.imported_ratings([action_id]) == {action_id: {"status": "in_progress"}}


def test_an_undo_that_would_change_nothing_is_refused_and_recorded_nowhere(
    store: Store, db_path: Path
) -> None:
    """This run set 1.1 Blocked; another set it back to In progress. Undoing the first
    edit would write In progress over In progress: it is named as having nothing to
    undo, refused, and no undo is recorded (the review would list it as a change)."""
    one_one = store.find_action("1.1").id
    store.set_status(one_one, "blocked")
    other = Store.open(db_path)
    other.set_status(one_one, "in_progress")
    other.close()
    candidate = store.next_undo(own_only=False)
    assert candidate is not None and candidate.restores_nothing
    assert [(c.field, c.before) for c in candidate.unchanged] == [("status", "in_progress")]
    with pytest.raises(NothingToUndoError):
        store.undo_batch(candidate.entry.id)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM undo_steps").fetchone() == (0,)
        assert conn.execute("SELECT max(undone) FROM batches").fetchone() == (0,)
    store.pass_over(candidate.entry.id)
    after = store.next_undo(own_only=False)  # the next Ctrl+Z looks past it
    assert after is not None and after.entry.id != candidate.entry.id
    assert not after.restores_nothing
