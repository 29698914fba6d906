"""An import's history: the rows it creates are recorded as runs of ids (one history
row per run, not one per row), and undo, redo, the detail's history and the change
log read them as they read one change per row before."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reports.changes import change_log
from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from store.models import ActionQuery
from tests.conftest import TODAY, small_plan

# Every column but updated_at, which undo and redo set to when they ran.
LIVE = {
    "plans": "SELECT id, title, notes, fields, archived, created_at FROM plans"
    " WHERE archived = 0 ORDER BY id",
    "recommendations": "SELECT id, plan_id, ref, text, fields, position, created_at"
    " FROM recommendations WHERE archived = 0 ORDER BY id",
    "actions": "SELECT id, plan_id, recommendation_id, rec_position, position, ref, text, due,"
    " due_text, due_precision, status, rag, fields, last_update, original_due, due_changes,"
    " created_at FROM actions WHERE archived = 0 ORDER BY id",
    "people": "SELECT ap.action_id, p.name, ap.role, ap.position FROM action_people ap"
    " JOIN people p ON p.id = ap.person_id JOIN actions a ON a.id = ap.action_id"
    " WHERE a.archived = 0 ORDER BY 1, 3, 4",
    "updates": "SELECT u.id, u.action_id, u.date, u.text, u.status FROM updates u"
    " JOIN actions a ON a.id = u.action_id WHERE a.archived = 0 AND u.archived = 0"
    " ORDER BY u.id",
    "search": "SELECT s.rowid, s.body FROM action_search s JOIN actions a ON a.id = s.rowid"
    " WHERE a.archived = 0 ORDER BY s.rowid",
}


def big_plan(actions: int) -> PlanDoc:
    """A plan of ``actions`` actions, 20 to a recommendation, each with a lead and a note."""
    recs = [
        RecommendationDoc(
            ref=str(r + 1),
            text=f"Improve area {r + 1}",
            actions=[
                ActionDoc(
                    ref=f"{r + 1}.{a + 1}",
                    text=f"Imported task {a + 1} of area {r + 1}",
                    leads=[f"Lead {a % 7}"],
                    due=TODAY + dt.timedelta(days=a),
                    updates=[UpdateDoc(date=TODAY, text=f"Begun {r + 1}.{a + 1}")],
                )
                for a in range(20)
            ],
        )
        for r in range(actions // 20)
    ]
    return PlanDoc(title="Imported plan", recommendations=recs)


def live_rows(db: Path) -> dict[str, list[Any]]:
    with sqlite3.connect(db) as conn:
        rows = {name: conn.execute(sql).fetchall() for name, sql in LIVE.items()}
    conn.close()
    return rows


def test_undoing_a_10000_action_import_restores_the_database(store: Store, db_path: Path) -> None:
    before = live_rows(db_path)
    (report,) = store.merge_plans([big_plan(10_000)], "import big.csv")
    assert report.actions_created == 10_000
    imported = live_rows(db_path)
    assert len(imported["actions"]) == len(before["actions"]) + 10_000
    entry = store.undo()
    assert live_rows(db_path) == before
    assert store.list_actions(ActionQuery(text="imported")) == []
    assert sum(1 for c in entry.changes if c.entity == "action") == 10_000
    store.redo()
    assert live_rows(db_path) == imported


def test_an_import_writes_one_history_row_per_run_of_created_ids(
    store: Store, db_path: Path
) -> None:
    store.merge_plans([big_plan(1000)], "import big.csv")
    with sqlite3.connect(db_path) as conn:
        batch = conn.execute("SELECT max(id) FROM batches").fetchone()[0]
        rows = conn.execute(
            "SELECT entity, field FROM changes WHERE batch_id = ?", (batch,)
        ).fetchall()
        runs = conn.execute(
            "SELECT entity, last_id - first_id + 1 FROM created_runs WHERE batch_id = ?",
            (batch,),
        ).fetchall()
    conn.close()
    assert rows == [("plan", "archived")]
    assert runs == [("recommendation", 50), ("action", 1000)]


def test_an_imported_action_shows_its_import_in_its_history(store: Store) -> None:
    store.merge_plans([big_plan(100)], "import big.csv")
    action = store.find_action("3.4", store.plan_by_title("Imported plan").id)
    store.set_status(action.id, "done")
    history = store.action_history(action.id)
    assert [(h.label, [(c.field, c.before, c.after) for c in h.changes]) for h in history] == [
        ("status Done", [("status", "not_started", "done")]),
        ("import big.csv", [("archived", True, False)]),
    ]


def test_two_files_imported_at_once_each_name_their_own_actions_history(
    store: Store, tmp_path: Path
) -> None:
    """`import a.csv b.csv` named both files in every action's history: each action
    now names the file it came from; one transaction still holds both files."""
    from importers import ImportOptions
    from importers.apply import import_files

    fixtures = Path(__file__).parents[1] / "fixtures"
    files = []
    for name in ("southwark_2017", "stockton_2013"):
        files.append(tmp_path / f"{name[:5]}.csv")
        files[-1].write_bytes((fixtures / f"{name}.csv").read_bytes())
    import_files(store, files, ImportOptions(today=TODAY))
    per_plan = {
        plan.title: {
            h.label
            for a in store.list_actions(ActionQuery(plan_id=plan.id))
            for h in store.action_history(a.id)
        }
        for plan in store.plans()
        if plan.title != "Test plan"
    }
    assert sorted(map(sorted, per_plan.values())) == [["import south.csv"], ["import stock.csv"]]


def test_two_files_imported_in_one_command_are_one_undo_step(store: Store, tmp_path: Path) -> None:
    """`import a.csv b.csv` wrote one history batch per file, so Ctrl+Z and the History
    took "import b.csv" for the latest edit: the command is one edit again, one undo
    takes back both files, and each action's history still names its own file."""
    from importers import ImportOptions
    from importers.apply import import_files

    files = []
    for name, title in (("a", "Housing plan"), ("b", "Schools plan")):
        files.append(tmp_path / f"{name}.csv")
        files[-1].write_text(
            f"{title}\nRef,Action,Lead,Due date,Status\n"
            "1.1,Review the rota,Jo Baines,31/03/2026,Not started\n"
            "1.2,Train the panel,Sam Okafor,30/06/2026,In progress\n",
            encoding="utf-8",
        )
    import_files(store, files, ImportOptions(today=TODAY))
    labels = {
        plan.title: {
            h.label
            for a in store.list_actions(ActionQuery(plan_id=plan.id))
            for h in store.action_history(a.id)
        }
        for plan in store.plans()
        if plan.title != "Test plan"
    }
    assert sorted(map(sorted, labels.values())) == [["import a.csv"], ["import b.csv"]]
    latest = store.next_undo(own_only=False)
    assert latest is not None and latest.entry.label == "import a.csv, b.csv"
    store.undo()
    assert [plan.title for plan in store.plans()] == ["Test plan"]


def test_the_change_log_counts_an_imported_plan_and_a_status_changed_after(
    store: Store,
) -> None:
    store.merge_plans([big_plan(100)], "import big.csv")
    plan = store.plan_by_title("Imported plan")
    store.set_status(store.find_action("2.1", plan.id).id, "done")
    rows = {a.id: a for a in store.list_actions(ActionQuery(plan_id=plan.id))}
    lines = change_log(store, plan.id, TODAY, rows).lines
    assert [(line.kind, line.ref, line.detail) for line in lines] == [
        ("Plan imported", "", "100 actions"),
        ("Completed", "2.1", "Not started → Done"),
    ]


def test_an_import_recorded_before_runs_existed_is_still_undone(db: Path) -> None:
    """A file from before migration m009 recorded an import row by row."""
    with sqlite3.connect(db) as conn:
        conn.executescript(
            """
            INSERT INTO changes (batch_id, entity, entity_id, field, before, after)
                SELECT r.batch_id, r.entity, a.id, 'archived', 'true', 'false'
                FROM created_runs r JOIN actions a ON a.id BETWEEN r.first_id AND r.last_id
                WHERE r.entity = 'action';
            INSERT INTO changes (batch_id, entity, entity_id, field, before, after)
                SELECT r.batch_id, r.entity, c.id, 'archived', 'true', 'false'
                FROM created_runs r JOIN recommendations c
                    ON c.id BETWEEN r.first_id AND r.last_id
                WHERE r.entity = 'recommendation';
            DROP TABLE created_runs;
            DELETE FROM _sqlite_migrations WHERE name = 'm009_created_runs';
            """
        )
    conn.close()
    store = Store.open(db)
    try:
        assert [p.actions for p in store.plans()] == [4]
        store.undo()
        assert store.plans() == []
        assert store.list_actions(ActionQuery(include_archived=False)) == []
        store.redo()
        assert [p.actions for p in store.plans()] == [4]
    finally:
        store.close()


def plan_texts(store: Store, title: str) -> list[str]:
    plan = store.plan_by_title(title)
    return [a.text for a in store.list_actions(ActionQuery(plan_id=plan.id))]


def test_undoing_a_re_import_archives_only_the_actions_it_added(store: Store) -> None:
    """Between two imports of a plan, another plan is imported and an action typed in:
    the re-import's new actions are not next to the first import's, and its undo takes
    back those alone."""
    plan = store.plan_by_title("Test plan")
    store.merge_plans([big_plan(20)], "import other.csv")
    typed = store.add_action(store.find_action("1.1", plan.id).recommendation_id, "Typed in")
    first_import = plan_texts(store, "Test plan")
    v2 = small_plan()
    v2.recommendations.append(
        RecommendationDoc(ref="3", text="New area", actions=[ActionDoc(ref="3.1", text="Step")])
    )
    v2.recommendations[1].actions.append(ActionDoc(ref="2.9", text="Added in May"))
    (report,) = store.merge_plans([v2], "import plan v2.csv")
    assert report.actions_created == 2
    assert plan_texts(store, "Test plan") == [*first_import, "Added in May", "Step"]
    store.undo()
    assert plan_texts(store, "Test plan") == first_import
    assert len(plan_texts(store, "Imported plan")) == 20
    assert [h.label for h in store.action_history(typed)] == ["add action"]
    store.redo()
    assert plan_texts(store, "Test plan") == [*first_import, "Added in May", "Step"]


def test_an_import_that_fails_half_way_leaves_nothing_to_undo_but_what_came_before(
    store: Store, db_path: Path
) -> None:
    before = live_rows(db_path)

    def fail_after_the_first_recommendation(done: int, total: int) -> None:
        if done > 0:
            raise OSError("the disk went away")

    with pytest.raises(OSError):
        store.merge_plans([big_plan(100)], "import big.csv", fail_after_the_first_recommendation)
    assert live_rows(db_path) == before
    entry = store.undo()
    assert (entry.label, store.plans()) == ("test import", [])


def _dropping(doc: PlanDoc, ref: str) -> PlanDoc:
    """``doc`` as next month's file that no longer lists action ``ref``."""
    recs = [
        rec.model_copy(update={"actions": [a for a in rec.actions if a.ref != ref]})
        for rec in doc.recommendations
    ]
    return doc.model_copy(update={"recommendations": recs})


def test_an_action_missing_from_next_months_file_records_it_until_a_file_lists_it(
    tmp_path: Path,
) -> None:
    """The action keeps every field; it records "not in <file> imported <date>" as an
    import event in its history, and a later file listing it clears it; undo as well."""
    with Store.open(tmp_path / "p.db") as s:
        s.merge_plans([small_plan()], "import nov.csv")
        before = s.find_action("2.2")
        s.merge_plans([_dropping(small_plan(), "2.2")], "import dec.csv")
        after = s.find_action("2.2")
        assert after.missing_from == f"not in dec.csv imported {TODAY:%-d %b %Y}"
        assert after == dataclasses.replace(before, missing_from=after.missing_from)
        assert s.find_action("2.1").missing_from is None
        entry = s.action_history(after.id)[0]
        assert (entry.label, [(c.field, c.before, c.after) for c in entry.changes]) == (
            "import dec.csv",
            [("missing_from", None, after.missing_from)],
        )
        s.undo()
        assert s.find_action("2.2").missing_from is None
        s.redo()
        s.merge_plans([small_plan()], "import jan.csv")
        assert s.find_action("2.2") == before


def _edits_then_undo_of_the_first(db_path: Path, edit: str) -> Store:
    """Priya's steps: an edit in the TUI, another from a shell over it, Ctrl+Z in the
    TUI (undoing its own edit, after "y": a later edit overwrote it), and the shell's
    edit again. Returns the TUI's store."""
    tui, shell = Store.open(db_path), Store.open(db_path)
    first = tui.find_action("1.1").id
    if edit == "status":
        tui.set_status(first, "blocked")
        shell.set_status(first, "done")
        tui.undo_batch(tui.next_undo().entry.id)  # type: ignore[union-attr]
        shell.set_status(first, "done")
    else:
        tui.set_due(first, dt.date(2027, 3, 31), "31/3/2027", "day")
        shell.set_due(first, dt.date(2027, 6, 30), "30/6/2027", "day")
        tui.undo_batch(tui.next_undo().entry.id)  # type: ignore[union-attr]
        shell.set_due(first, dt.date(2027, 6, 30), "30/6/2027", "day")
    shell.close()
    return tui


@pytest.mark.parametrize("edit", ["status", "due"])
def test_the_same_file_again_keeps_an_edit_made_after_an_undo(
    store: Store, db_path: Path, edit: str
) -> None:
    """An undone edit is still where the field's history starts: the value the action
    was imported with is the first recorded before, not the first live edit's."""
    tui = _edits_then_undo_of_the_first(db_path, edit)
    report = tui.merge_plans([small_plan()], "import plan.xlsx")[0]
    action = tui.action_detail(tui.find_action("1.1").id).action
    assert (action.status, action.due) == (
        ("done", dt.date(2026, 10, 31))
        if edit == "status"
        else ("in_progress", dt.date(2027, 6, 30))
    )
    assert not [line for line in report.changes if line.startswith("changed 1.1")]
    if edit == "status":  # the detail's "Status (as imported)" is the file's too
        assert tui.action_detail(action.id).imported == {"status": "in_progress", "rag": "red"}
    assert [line.split(" (")[0] for line in report.changes if line.startswith("kept 1.1")] == (
        ["kept 1.1 status: Done", "kept 1.1 rag: none"]
        if edit == "status"
        else ["kept 1.1 due: 30 Jun 2027"]
    )
    tui.close()


def test_an_import_that_only_adds_actions_is_undone_in_its_plan_alone(
    store: Store, db_path: Path
) -> None:
    """Next month's file for "Test plan" added one action and changed nothing else.
    Ctrl+Z in "Another plan" offered to undo it, off screen: an import's new rows are
    recorded as runs of ids, and an edit of runs alone was read as one of no plan. It
    is an edit of the plan its rows are in, offered there and only there."""
    store.merge_plans([small_plan("Another plan")], "import another.csv")
    doc = small_plan()
    first = doc.recommendations[0]
    added = ActionDoc(ref="1.3", text="Publish the strategy", leads=["Bill Basra"])
    first = first.model_copy(update={"actions": [*first.actions, added]})
    doc = doc.model_copy(update={"recommendations": [first, *doc.recommendations[1:]]})
    store.merge_plans([doc], "import jan.csv")
    tui = Store.open(db_path)  # the app, opened after the command-line imports
    offered = {
        plan.title: getattr(tui.next_undo(own_only=False, plan_id=plan.id), "entry", None)
        for plan in tui.plans()
    }
    assert {title: entry and entry.label for title, entry in offered.items()} == {
        "Test plan": "import jan.csv",
        "Another plan": "import another.csv",
    }
    tui.close()
