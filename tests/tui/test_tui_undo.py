"""Undo works on this run's edits, names the ref and what it restores, and asks first
before undoing an edit made elsewhere, in an earlier run, or changed again since.
Jump keeps the filters, or says which it cleared."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time
from pathlib import Path

import pytest

from actionplan.demo import write_demo_database
from store import Store
from tests.tui.test_tui_main import (
    bar_text,
    detail_text,
    list_text,
    refs,
    row,
    running,
    screen_text,
    settle,
)
from tests.tui.test_tui_review import body
from tests.tui.test_tui_stray_keys import listen
from tui import open_app
from tui.dialogs.choice import ChoiceDialog
from tui.screens.empty import EmptyScreen
from tui.screens.main import MainScreen
from tui.widgets.action_list import ActionList
from tui.widgets.detail import read_detail, render_detail


def set_status_elsewhere(db: Path, ref: str, status: str) -> None:
    """Another program (or an earlier run) edits the file."""
    s = Store.open(db)
    s.set_status(s.find_action(ref).id, status)  # type: ignore[arg-type]
    s.close()


async def test_undo_reverts_this_runs_edit_and_says_what_it_restored(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("s", "d")
        await settle(pilot)
        set_status_elsewhere(db, "2.1", "blocked")  # newer, but not this run's
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert said[-1] == "Undone — 1.1: RAG none → Red, status Done → In progress"
        assert row(db, "1.1").status == "in_progress"  # type: ignore[attr-defined]
        assert row(db, "1.1").rag == "red"  # type: ignore[attr-defined]
        assert row(db, "2.1").status == "blocked"  # type: ignore[attr-defined]
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert said[-1] == "Redone — 1.1: status In progress → Done, RAG Red → none"
        assert row(db, "1.1").status == "done"  # type: ignore[attr-defined]


async def test_undoing_an_edit_made_elsewhere_asks_first(db: Path) -> None:
    set_status_elsewhere(db, "2.1", "blocked")
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        question = app.screen.title_text
        assert "made elsewhere or in an earlier run" in question
        assert "2.1: status Blocked → In progress" in question
        await pilot.press("n")
        await settle(pilot)
        assert row(db, "2.1").status == "blocked"  # type: ignore[attr-defined]
        await pilot.press("ctrl+z", "y")
        await settle(pilot)
        assert row(db, "2.1").status == "in_progress"  # type: ignore[attr-defined]
        assert said[-1] == "Undone — 2.1: status Blocked → In progress"


async def test_undoing_an_edit_changed_again_since_asks_first(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("s", "d")
        await settle(pilot)
        set_status_elsewhere(db, "1.1", "blocked")
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert "a later edit has changed again" in app.screen.title_text
        await pilot.press("escape")
        await settle(pilot)
        assert row(db, "1.1").status == "blocked"  # type: ignore[attr-defined]


async def test_undoing_an_edit_changed_elsewhere_since_names_the_value_it_holds_now(
    db: Path,
) -> None:
    """This run set 1.1 Blocked; another terminal then ran `actionplan update 1.1 --status
    done`. Ctrl+Z asked "It restores 1.1: status Blocked → In progress", naming the value
    this run wrote as if it still held, and said the same once done: the Done written
    elsewhere was overwritten without a word of it."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("s", "b")
        await settle(pilot)
        set_status_elsewhere(db, "1.1", "done")
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        question = app.screen.title_text
        assert "1.1's status was changed elsewhere since: it is Done now" in question
        assert "It restores 1.1: status Done → In progress" in question
        assert "Blocked" not in question
        await pilot.press("y")
        await settle(pilot)
        assert said[-1] == "Undone — 1.1: status Done → In progress"
        assert row(db, "1.1").status == "in_progress"  # type: ignore[attr-defined]


async def test_an_undo_that_would_change_nothing_says_so_and_records_nothing(
    db: Path,
) -> None:
    """This terminal set 1.1 Blocked, another set it back to In progress; Ctrl+Z here
    asked "It restores 1.1: status Blocked → In progress", recorded a no-op undo, and
    the next review listed "status In progress" as changed. Now it says the status is
    already so and writes nothing; the next Ctrl+Z looks past that edit."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("s", "b")
        await settle(pilot)
        set_status_elsewhere(db, "1.1", "in_progress")
        with sqlite3.connect(db) as conn:
            before = conn.execute("SELECT count(*) FROM undo_steps").fetchone()
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert said[-1] == "1.1's status is already In progress: nothing to undo"
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT count(*) FROM undo_steps").fetchone() == before
            assert conn.execute("SELECT max(undone) FROM batches").fetchone() == (0,)
        await pilot.press("ctrl+z")  # the other terminal's edit, which it asks about
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert "1.1: status In progress → Blocked" in app.screen.title_text


async def test_the_jump_dialog_says_enter_jumps(db: Path) -> None:
    """It said "Enter saves": Enter there jumps to the ref, and nothing is saved."""
    async with running(db) as (app, pilot):
        await pilot.press("colon")
        await settle(pilot)
        assert "Enter jumps · Esc cancels" in screen_text(app)
        assert "saves" not in screen_text(app)


async def test_jump_keeps_the_filters_or_says_which_it_cleared(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("o", "colon", *"1.1", "enter")  # shown by the filter: kept
        await settle(pilot)
        assert refs(app) == ["1.1"] and "overdue only" in bar_text(app)
        await pilot.press("colon", *"2.1", "enter")
        await settle(pilot)
        assert said[-1] == "2.1 was hidden by the filters; cleared: overdue only"
        assert refs(app) == ["1.1", "1.2", "2.1", "2.2"]
        actions = app.screen.query_one(ActionList)
        assert actions.rows[actions.ids[actions.cursor]].ref == "2.1"


async def test_jump_past_the_filters_shows_the_action_on_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo at 80x24, overdue only (10 rows, no scrolling), then ":" 5.2: the list
    of 39 shows 5.2 highlighted. It stayed at the top, 5.2 below the screen."""
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-12-02")
    write_demo_database(tmp_path / "demo.db")
    app = open_app(tmp_path / "demo.db")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o", "colon", *"5.2", "enter")
        await settle(pilot)
        actions = app.screen.query_one(ActionList)
        assert actions.rows[actions.ids[actions.cursor]].ref == "5.2"
        assert "5.2 Introduce a care plan" in screen_text(app)


async def test_undoing_an_import_says_so_in_one_line_and_leaves_the_plan(
    db_path: Path,
) -> None:
    """Imported the wrong file, Ctrl+Z: it said "3.2: archived; 3.1: archived;
    recommendation 3: archived; and 9 more" and stayed on the archived plan's empty
    list under its title. Now one line, and the screen goes where the plans are."""
    fixture = Path(__file__).parents[1] / "fixtures" / "southwark_2017.csv"
    async with running(db_path) as (app, pilot):
        said = listen(app)
        await pilot.press("i", *str(fixture), "enter")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert said[-1] == (
            "Undone — import southwark_2017.csv: the plan, 6 recommendations, 11 actions"
            " archived; importing the file again brings it back"
        )
        assert isinstance(app.screen, EmptyScreen)
    assert Store.open(db_path).plans() == []


async def test_palette_new_plan_and_rename_plan(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("ctrl+p", *"new plan")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"Ofsted 2027", "enter")
        await settle(pilot)
        assert app.screen.plan.title == "Ofsted 2027"  # type: ignore[attr-defined]
        await pilot.press("ctrl+p", *"rename plan")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*" (SEND)", "enter")
        await settle(pilot)
        assert app.screen.plan.title == "Ofsted 2027 (SEND)"  # type: ignore[attr-defined]
    s = Store.open(db)
    assert sorted(p.title for p in s.plans()) == ["Ofsted 2027 (SEND)", "Test plan"]
    s.close()


async def test_a_write_seen_while_a_main_screen_is_still_unbuilt_is_shown_once_built(
    db: Path,
) -> None:
    """The file poll can fire between a main screen's creation and its first draw: the
    unbuilt screen has nothing to refresh, the drawn one shows the other writer's edit."""
    async with running(db) as (app, pilot):
        assert isinstance(app.screen, MainScreen)
        MainScreen(app.screen.plan).refresh_from_file()  # no widgets yet: nothing to do
        set_status_elsewhere(db, "2.1", "blocked")
        app.check_other_writers()
        await settle(pilot)
        assert "Blocked" in screen_text(app)


def history_lines(text: str) -> list[str]:
    """The history pane's lines, newest first, spaces squeezed."""
    after = text.split("History", 1)[1]
    return [" ".join(line.split()) for line in after.splitlines() if line.strip()]


async def test_an_undone_edit_and_its_undo_are_both_in_the_history_pane(db: Path) -> None:
    """In the weekly review, "s b" then Ctrl+Z ("Undone — 1.1: status Blocked → In
    progress"): the history listed neither the change nor its undo. An undo is an edit."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("s", "b")
        await settle(pilot)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert said[-1] == "Undone — 1.1: status Blocked → In progress"
        lines = history_lines(body(app))
        assert lines[:2] == [
            "24 Nov 2026 undone status Blocked → In progress",
            "24 Nov 2026 status In progress → Blocked",  # said once
        ]
        await pilot.press("ctrl+y")  # and a redo, newest first again
        await settle(pilot)
        assert history_lines(body(app))[0] == "24 Nov 2026 redone status In progress → Blocked"
    assert row(db, "1.1").status == "blocked"  # type: ignore[attr-defined]


async def test_an_undone_update_is_named_by_its_date_and_stays_in_history(db: Path) -> None:
    """Undoing an added note said "Undone — update on 1.1: archived"."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("u", *"Met the team", "enter")
        await settle(pilot)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert said[-1] == "Undone — 1.1: update of 24 Nov 2026 removed"
        lines = history_lines(str(app.screen.query_one("#detail-body").render()))
        assert lines[0].startswith("24 Nov 2026 undone update removed")
        assert lines[1] == "24 Nov 2026 update added: Met the team"  # which one, once
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert said[-1] == "Redone — 1.1: update of 24 Nov 2026 added"


async def test_a_slow_detail_read_begun_before_an_undo_does_not_paint_over_it(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen in tmux: "s b" then Ctrl+Z left the detail pane saying "Status: Blocked" while
    the file (and the list) said In progress: a read begun after "s b" ended last."""
    import tui.screens.main as main_screen

    def slow_while_blocked(store: Store, action_id: int) -> object:
        detail = read_detail(store, action_id)
        if detail.action.status == "blocked":  # read before the undo, answered after it
            time.sleep(0.6)
        return detail

    monkeypatch.setattr(main_screen, "read_detail", slow_while_blocked)
    async with running(db) as (app, pilot):
        await pilot.press("s", "b")
        await pilot.pause(0.1)
        await pilot.press("ctrl+z")
        await settle(pilot)
        await pilot.pause(1.0)  # every slow read has ended
        await settle(pilot)
        assert row(db, "1.1").status == "in_progress"  # type: ignore[attr-defined]
        assert "Status: In progress" in screen_text(app)


async def test_an_archived_action_brought_back_is_worded_as_the_user_would(db: Path) -> None:
    """Archived in an earlier run, brought back with Ctrl+Z: the confirm said "It
    restores 2.2: restored" and the history "undone  created"."""
    s = Store.open(db)
    s.archive_action(s.find_action("2.2").id)
    s.close()
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert "It brings back 2.2 (archived by mistake?)" in app.screen.title_text
        await pilot.press("y")
        await settle(pilot)
        assert said[-1] == "Undone — 2.2: archive undone"
        assert "2.2" in refs(app)
        history = screen_text(app).split("History", 1)[1]
        assert "archive undone" in history and "created" not in history.split("\n", 2)[1]


async def test_a_text_edit_says_old_and_new_text(db: Path) -> None:
    """The toast said only "1.1: text edited", and the history cut the old text short
    with no "…": both now say old → new, as other edits do, each changed part whole."""
    long = "Write the strategy with partners across the county and its districts"
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("e", "ctrl+u", *long, "enter")
        await settle(pilot)
        assert said[-1] == f"1.1: text “Write the strategy” → “{long}”"
        await pilot.press("e", "ctrl+u", *"Agree the strategy", "enter")
        await settle(pilot)
        assert said[-1] == f"1.1: text “{long}” → “Agree the strategy”"
        detail = read_detail(app.store, app.store.find_action("1.1").id)
        lines = [line.plain for line in render_detail(detail, app.store.today())]
        history = lines[lines.index("History") + 1 :]
        assert history[0].endswith(f"text “{long}” → “Agree the strategy”")


def test_an_undo_of_a_re_dating_says_the_due_date_only() -> None:
    """A first deadline records the baseline beside it: the message names the due date
    the user sees, never the stored "original_due"."""
    from store.models import Change
    from tui.words import already_words

    due = {"due": "2026-12-31", "due_text": "31/12/2026"}
    changes = [
        Change(entity="action", entity_id=1, field="due", before=due, after=None),
        Change(entity="action", entity_id=1, field="original_due", before=None, after=None),
    ]
    said = already_words(changes, {("action", 1): "1.1"})
    assert said == "1.1's due date is already 31 Dec 2026"


async def test_done_in_the_tui_clears_the_rag_and_one_undo_brings_both_back(db: Path) -> None:
    """s d on a Red action: the list says Done with no RAG (a paper must not read
    "Done / Red"); Ctrl+Z restores "In progress" and Red together."""
    async with running(db) as (app, pilot):
        await pilot.press("s", "d")
        await settle(pilot)
        line = next(line for line in list_text(app).splitlines() if " 1.1 " in line)
        assert re.search(r"Done +- ", line)
        await pilot.press("ctrl+z")
        await settle(pilot)
        line = next(line for line in list_text(app).splitlines() if " 1.1 " in line)
        assert re.search(r"In progress +R ", line)


def status_in(db: Path, title: str, ref: str) -> str:
    with sqlite3.connect(db) as conn:
        return str(
            conn.execute(
                "SELECT a.status FROM actions a JOIN plans p ON p.id = a.plan_id"
                " WHERE p.title = ? AND a.ref = ?",
                (title, ref),
            ).fetchone()[0]
        )


async def test_undo_and_redo_take_back_only_the_plan_on_screen(db: Path) -> None:
    """The user check: 1.1 set Done in one plan, then 1.1 Blocked in another; the second
    Ctrl+Z undid the first plan's status, off screen, with a toast that named no plan.
    Ctrl+Z and Ctrl+Y now act on the plan on screen only; the other plan's edit waits
    for its own plan, and Ctrl+Z there takes it back."""
    from tests.conftest import small_plan

    s = Store.open(db)
    s.merge_plans([small_plan("Another plan")], "second")
    s.close()
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("s", "d")  # 1.1 of "Another plan", shown first
        await pilot.press("p", *"test", "enter")
        await settle(pilot)
        await pilot.press("s", "b")  # 1.1 of "Test plan"
        await settle(pilot)
        await pilot.press("ctrl+z")
        await settle(pilot)
        await pilot.press("ctrl+z")  # next in this plan: its import, of an earlier run
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.title_text.startswith("Undo an edit made elsewhere"), (
            app.screen.title_text
        )
        assert "plan Test plan: archived" in app.screen.title_text
        await pilot.press("n")
        await settle(pilot)
        assert status_in(db, "Test plan", "1.1") == "in_progress"
        assert status_in(db, "Another plan", "1.1") == "done"
        await pilot.press("p", *"another", "enter")
        await settle(pilot)
        await pilot.press("ctrl+y")  # the undo made in "Test plan" is not redone here
        await settle(pilot)
        assert said[-1] == "Nothing to redo in this plan"
        assert status_in(db, "Test plan", "1.1") == "in_progress"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert said[-1] == "Undone — 1.1: RAG none → Red, status Done → In progress"
        assert status_in(db, "Another plan", "1.1") == "in_progress"


def test_the_history_shows_an_update_added_in_the_words_first_typed(db: Path) -> None:
    """After `U` corrected "Mt the team", the history's line for the add read "update
    added: Met the team": words nobody had typed then. Each line says what happened
    when: the add in its first words, then each correction, newest first; an update
    undo of a correction says the words it put back."""
    s = Store.open(db)
    action = s.find_action("1.1").id
    update = s.add_update(action, "Mt the team")
    s.correct_update(update, "Met the team")
    s.correct_update(update, "Met the whole team")
    s.undo()
    lines = [line.plain for line in render_detail(read_detail(s, action), s.today())]
    s.close()
    history = [line.split("  ", 1)[1] for line in lines if "update " in line]
    assert history == [
        "undone  update text “Met the whole team” → “Met the team”",
        "update text “Met the team” → “Met the whole team”",
        "update text “Mt the team” → “Met the team”",
        "update added: Mt the team",
    ]


NOTE = "Mt the partnership board and agreed the strategy for Janaury"
LONG_NOTE = (
    "Walked the referral form through with the panel; they asked for a shorter consent "
    "secton, which the Mosaic team will build before the practice group signs it off"
)


@pytest.mark.parametrize(
    ("typed", "fixed", "toast"),
    [
        (  # two typos, the second near the end: cut at 30 cells, "January" went unseen
            NOTE,
            NOTE.replace("Mt", "Met").replace("Janaury", "January"),
            f"text “{NOTE}” → “{NOTE.replace('Mt', 'Met').replace('Janaury', 'January')}”",
        ),
        (  # one typo in a long note: the words around it, the rest left off with "…"
            LONG_NOTE,
            LONG_NOTE.replace("secton", "section"),
            "text “…consent secton, which the…” → “…consent section, which the…”",
        ),
    ],
)
async def test_a_correction_toast_shows_every_changed_word_whole(
    db: Path, typed: str, fixed: str, toast: str
) -> None:
    """The toast cut both texts 30 cells after their first difference: a second typo
    fixed near the end was not seen. Now what changed reads whole in each, and "…"
    stands only for unchanged words left off."""
    s = Store.open(db)
    update = s.add_update(s.find_action("2.1").id, typed)
    s.close()
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("colon", *"2.1", "enter")
        await settle(pilot)
        await pilot.press("U")  # 2.1's one update: straight to its text
        await settle(pilot)
        await pilot.press("f7", *fixed, "enter")  # all of it selected, typed over
        await settle(pilot)
    assert said[-1] == f"2.1: update of 24 Nov 2026 {toast}"
    s = Store.open(db)
    assert [u.text for u in s.action_detail(s.find_action("2.1").id).updates] == [fixed]
    s.close()
    del update


async def test_the_updates_to_correct_are_listed_with_dates_and_texts_in_columns(
    db: Path,
) -> None:
    """`U`'s list of updates read "12 Nov 2026 Chased the panel" over "1 Sep 2026 Mosaic
    form drafted": each text began where its date happened to end. The dates end in one
    column, the texts start in the next but one."""
    s = Store.open(db)
    s.add_update(s.find_action("1.1").id, "Chased the panel", dt.date(2026, 11, 12))
    s.close()
    async with running(db) as (app, pilot):
        await pilot.press("U")
        await settle(pilot)
        listed = [  # the picker's rows, inside its list's edges
            line[line.index("▊") : line.index("▎")]
            for line in screen_text(app).splitlines()
            if "▊" in line and "▎" in line
        ]
    chased = next(line for line in listed if "Chased the panel" in line)
    drafted = next(line for line in listed if "Mosaic form drafted" in line)
    assert chased.index("Chased") == drafted.index("Mosaic"), (chased, drafted)
    assert chased.index("2026") == drafted.index("2026"), (chased, drafted)


async def test_a_mistyped_update_is_corrected_after_later_edits(db: Path) -> None:
    """'Mt the team' seen after the status was set since: undo reached the note only
    through the later edit. `U` picks the update and corrects its text, one edit (Ctrl+Z
    takes it back), the later status kept, the old text in history, nothing deleted."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("u", *"Mt the team", "enter")
        await settle(pilot)
        await pilot.press("s", "b")  # a later edit
        await settle(pilot)
        await pilot.press("U")  # 1.1 has two updates: pick one, by its words
        await settle(pilot)
        await pilot.press(*"mt the", "enter")
        await settle(pilot)
        await pilot.press("home", "right", "e", "enter")
        await settle(pilot)
        assert said[-1] == "1.1: update of 24 Nov 2026 text “Mt the team” → “Met the team”"
        s = Store.open(db)
        detail = s.action_detail(s.find_action("1.1").id)
        s.close()
        assert [u.text for u in detail.updates] == ["Met the team", "Mosaic form drafted"]
        assert detail.action.status == "blocked"
        assert "update text “Mt the team” → “Met the team”" in detail_text(app)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert said[-1] == "Undone — 1.1: update of 24 Nov 2026 text “Met the team” → “Mt the team”"
        assert row(db, "1.1").status == "blocked"  # type: ignore[attr-defined]
