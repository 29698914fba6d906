"""The TUI trusts nothing it cannot check: exports ask before replacing a file."""

from __future__ import annotations

import datetime as dt
import stat
import subprocess
import sys
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual import events
from textual._time import time as get_time
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from store import DatabaseError, Store
from store.models import ActionQuery
from tests.conftest import small_plan
from tests.tui.test_tui_main import bar_text, burst, list_text, refs, row, screen_text, settle
from tests.tui.test_tui_stray_keys import listen
from tui import open_app, typeahead
from tui.app import ActionPlanApp
from tui.dialogs.choice import ChoiceDialog
from tui.dialogs.export_dialog import ExportDialog
from tui.screens.main import MainScreen
from tui.widgets.action_list import ActionList


@asynccontextmanager
async def running(
    db: Path, read_only: bool = False
) -> AsyncIterator[tuple[ActionPlanApp, Pilot[object]]]:
    """The app at 160x48 with toasts shown (``run_test`` hides them by default);
    ``read_only``: as on a read-only file (root, running the tests, ignores file modes)."""
    app = open_app(db)
    if read_only:
        app.store._conn.execute("PRAGMA query_only = 1")
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await settle(pilot)
        yield app, pilot


def toasts(app: ActionPlanApp) -> list[str]:
    """The text of every toast on screen, as the user reads it."""
    return [" ".join(str(t.render()).split()) for t in app.screen.query("Toast")]


async def export_json_to(pilot: Pilot[object], target: Path) -> None:
    await pilot.press("x")
    await settle(pilot)
    pilot.app.screen.query_one("#format", Select).value = "json"
    pilot.app.screen.query_one("#path", Input).value = str(target)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_exporting_over_an_existing_file_asks_first(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_text("keep me")
    async with running(db) as (app, pilot):
        await export_json_to(pilot, target)
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.title_text == f"plan.json exists in {tmp_path}. Replace it?"
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text() == "keep me"
        assert isinstance(app.screen, ExportDialog)  # still open, for another name
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
        assert '"title": "Test plan"' in target.read_text()


async def test_exporting_over_the_database_is_refused_with_a_message(db: Path) -> None:
    before = db.read_bytes()
    async with running(db) as (app, pilot):
        await export_json_to(pilot, db)
        assert isinstance(app.screen, ExportDialog)  # open, with the reason on screen
        error = str(app.screen.query_one("#error", Static).render())
        assert error == f"{db}: is the database itself; choose another file"
    assert db.read_bytes()[:16] == before[:16] == b"SQLite format 3\x00"


async def test_control_characters_never_reach_the_header_or_a_toast(db_path: Path) -> None:
    s = Store.open(db_path)
    s.merge_plans([small_plan("Plan \x1b]0;pwned\x07 for\x1b[2J review")], "import")
    s.close()
    async with running(db_path) as (app, pilot):
        header = str(app.screen.query_one("#plan-title", Static).render())
        assert header == " Plan for review"
        app.notify("Imported \x1b]0;pwned\x07plan\x9b.csv", markup=False)
        await settle(pilot)
        assert toasts(app) == ["Imported plan.csv"]


async def test_a_write_from_another_process_shows_within_a_second_keeping_the_cursor(
    db: Path,
) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("down", "down")
        await settle(pilot)
        actions = app.screen.query_one(ActionList)
        on_2_1 = actions.current
        assert actions.rows[on_2_1].ref == "2.1"  # type: ignore[index]
        shell = subprocess.run(
            [sys.executable, "-m", "actionplan.cli", "update", "1.1", "--status", "done"]
            + ["--db", str(db)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert shell.returncode == 0, shell.stderr
        for _ in range(40):  # the poll runs every second; give a loaded machine time
            await pilot.pause(0.1)
            row = actions.rows.get(app.store.find_action("1.1").id)
            if row is not None and row.status == "done":
                break
        await settle(pilot)
        assert "Done" in list_text(app).splitlines()[0]
        assert actions.current == on_2_1


async def test_a_failed_worker_is_shown_in_one_line_and_logged(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "logs" / "actionplan.log"
    monkeypatch.setenv("ACTIONPLAN_LOG", str(log))
    async with running(db) as (app, pilot):

        def broken(action_id: int) -> None:
            raise RuntimeError("the disk said no\nsecond line")

        monkeypatch.setattr(app.store, "action_detail", broken)
        await pilot.press("down")
        await settle(pilot)
        assert f"Failed: the disk said no (details in {log})" in toasts(app)
    text = log.read_text()
    assert "worker" in text and "RuntimeError: the disk said no" in text
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def slow_people(app: ActionPlanApp, monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """``people()`` waits like a read behind another program's lock, until released."""
    released = threading.Event()
    real = app.store.people

    def waiting(plan_id: int | None = None) -> object:
        assert released.wait(30)
        if getattr(released, "fail", False):
            raise DatabaseError("plans.db: database is busy in another program; nothing was saved")
        return real(plan_id)

    monkeypatch.setattr(app.store, "people", waiting)
    monkeypatch.setattr(typeahead, "DIALOG_SECONDS", 0.2)
    return released


async def test_keys_typed_while_the_file_is_busy_wait_and_reach_the_dialog(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'f' and "basra" + Enter, typed while the read behind the lead picker waits:
    they wait (saying so), then filter by Bill Basra; none runs as a list key."""
    async with running(db) as (app, pilot):
        released = slow_people(app, monkeypatch)
        burst(app, ["f", *"basra", "enter"])
        for _ in range(100):  # up to 5 s: a loaded machine is slow to show the toast
            if typeahead.WAITING in toasts(app):
                break
            await pilot.pause(0.05)
        assert typeahead.WAITING in toasts(app)
        assert refs(app) == ["1.1", "1.2", "2.1", "2.2"]  # no list key ran ('a' adds)
        released.set()
        await settle(pilot)
        for _ in range(100):
            if "Bill Basra" in bar_text(app):
                break
            await pilot.pause(0.05)
        assert "person: Bill Basra" in bar_text(app)
        assert refs(app) == ["1.1", "1.2"]
        assert typeahead.WAITING not in toasts(app)
    assert Store.open(db).count_actions(ActionQuery()) == (4, 1)


async def test_keys_for_a_dialog_that_cannot_open_are_dropped_with_a_message(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with running(db) as (app, pilot):
        released = slow_people(app, monkeypatch)
        released.fail = True  # type: ignore[attr-defined]
        burst(app, ["f", *"bald", "enter"])
        await pilot.pause(0.3)
        released.set()
        await settle(pilot)
        for _ in range(20):
            if any("dropped" in t for t in toasts(app)):
                break
            await pilot.pause(0.05)
        assert (
            "plans.db: database is busy in another program; nothing was saved; 5 typed keys dropped"
        ) in toasts(app)
        assert refs(app) == ["1.1", "1.2", "2.1", "2.2"]
        assert "person:" not in bar_text(app)
    assert Store.open(db).count_actions(ActionQuery()) == (4, 1)


async def test_a_read_only_database_says_so_once_on_opening(db: Path) -> None:
    """Told on opening, not first on a save; a writable file says nothing."""
    async with running(db) as (app, pilot):
        assert not any("read-only" in t for t in toasts(app))
    async with running(db, read_only=True) as (app, pilot):
        assert [t for t in toasts(app) if "read-only" in t] == [
            "read-only: changes cannot be saved"
        ]


async def test_the_read_only_marker_shows_whole_behind_a_long_title_at_80_columns(
    db_path: Path,
) -> None:
    """At 80x24 a long plan title pushed "[read-only: changes cannot be saved]" off the
    title line: the marker always shows whole, and the title is cut ("…") instead."""
    title = "Tarnbury District Council – Internal Audit: Follow-up of Agreed Recommendations"
    with Store.open(db_path) as s:
        s.merge_plans([small_plan(title)], "test import")
    app = open_app(db_path)
    app.store._conn.execute("PRAGMA query_only = 1")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = screen_text(app).splitlines()[0]
    assert line.rstrip().endswith("[read-only: changes cannot be saved]")
    assert line.startswith(" Tarnbury District Council") and "…" in line


async def test_a_read_only_database_says_so_on_screen_and_refuses_edits_up_front(
    db: Path,
) -> None:
    """The TUI opened with a toast that went away, and an edit failed only at its save:
    the plan's title line says "read-only" for as long as the app is open, and s (a
    status) is refused before its dialog opens; reading keys still work."""
    async with running(db, read_only=True) as (app, pilot):
        title = str(app.screen.query_one("#plan-title", Static).render())
        assert title == " Test plan   [read-only: changes cannot be saved]"
        await pilot.press("s")
        await settle(pilot)
        assert not isinstance(app.screen, ChoiceDialog)
        assert toasts(app).count("read-only: changes cannot be saved") == 2
        await pilot.press("down")
        await settle(pilot)
        assert app.screen.query_one(ActionList).cursor == 1
    with Store.open(db) as s:
        assert s.find_action("1.1").status == "in_progress"


async def test_keys_typed_after_a_refused_edit_key_are_dropped_not_run_on_the_list(
    db: Path,
) -> None:
    """Read-only, "u" then "typed ahead note" at once: "u" was refused, then "t" opened
    the status filter and "p" Switch plan. The keys were for the dialog that could not
    open: they are dropped, and the toast says how many."""
    async with running(db, read_only=True) as (app, pilot):
        burst(app, ["u", *"typed ahead note", "enter"])
        await settle(pilot)
        assert len(app.screen_stack) == 1  # no dialog opened
        assert "No filters" in bar_text(app) and refs(app) == ["1.1", "1.2", "2.1", "2.2"]
        assert "read-only: changes cannot be saved; 17 typed keys dropped" in toasts(app)
        await pilot.pause(typeahead.BURST_GAP)  # a pause, as to read the toast: the burst is over
        await pilot.press("down")  # a key typed after that still works
        await settle(pilot)
        assert app.screen.query_one(ActionList).cursor == 1


async def test_a_key_typed_after_a_burst_read_late_is_not_dropped_with_it(db: Path) -> None:
    """The app was busy: a refused edit key and the keys typed on after it, a second ago,
    are read only now and dropped. A key typed now, long after that burst ended, is the
    user's next command: it moves the cursor, though the drop was read a moment ago."""
    app = open_app(db)
    app.store._conn.execute("PRAGMA query_only = 1")  # as a read-only file (root ignores modes)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await settle(pilot)
        typed_at = get_time() - 1.0  # typed a second ago, read only now
        for key in ["u", *"note"]:
            event = events.Key(key, key)
            event.time = typed_at
            app.post_message(event)
        await settle(pilot)
        assert "read-only: changes cannot be saved; 4 typed keys dropped" in toasts(app)
        await pilot.press("down")
        await settle(pilot)
        assert app.screen.query_one(ActionList).cursor == 1


async def test_one_key_dropped_is_one_typed_key(db: Path) -> None:
    """Every toast that drops keys typed ahead counts them in the same words: "1 typed
    key dropped" (it said "1 keys typed after it dropped" in one place, "1 typed
    key(s)" in another)."""
    async with running(db, read_only=True) as (app, pilot):
        burst(app, ["u", "x"])
        await settle(pilot)
        assert "read-only: changes cannot be saved; 1 typed key dropped" in toasts(app)


async def test_a_save_behind_a_busy_file_says_so_and_keeps_keys_out_of_its_dialog(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An update saved while another program held the write lock: the list showed ~8 s
    with no sign, then "Not saved" reopened the dialog, and "u locked note" typed for the
    list meanwhile landed in it ("locked noteulocked note"). Now the wait is said at
    once, and the dialog reopens with exactly the text saved; the keys are dropped."""
    from textual.widgets import TextArea

    from tui.dialogs.text import NoteDialog

    async with running(db) as (app, pilot):
        released = threading.Event()

        def busy(action_id: int, text: str, date: dt.date | None = None) -> None:
            assert released.wait(30)
            raise DatabaseError("plans.db: database is busy in another program; nothing was saved")

        monkeypatch.setattr(app.store, "add_update", busy)
        await pilot.press("u", *"locked note", "enter")
        for _ in range(100):
            if typeahead.WAITING in toasts(app):
                break
            await pilot.pause(0.02)
        assert typeahead.WAITING in toasts(app)
        burst(app, ["u", *"locked note"])
        await pilot.pause(0.2)
        assert not isinstance(app.screen, NoteDialog)  # the keys wait for the save
        released.set()
        await settle(pilot)
        assert isinstance(app.screen, NoteDialog)
        assert app.screen.query_one(TextArea).text == "locked note"
        assert len(app.screen_stack) == 2  # one dialog, over the list
        assert toasts(app) == [
            "Not saved: plans.db: database is busy in another program; nothing was saved; "
            "12 typed keys dropped"
        ]


async def test_a_file_made_read_only_while_open_is_said_at_the_next_save(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """User check: the file made immutable while the app was open went on taking edits,
    into its -wal file, with no word said. Now the first save after it says so, with
    where that change is kept; the title line says read-only and the next edit is
    refused. Made writable again, it is said, and edits go on."""
    async with running(db) as (app, pilot):
        said = listen(app)
        monkeypatch.setattr(app.store, "file_writable", lambda: False)
        await pilot.press("s", "d")
        await settle(pilot)
        name = db.name
        # Said beside the edit's own line; a loaded machine may show either first.
        assert (
            f"{name} was made read-only: edits refused until it is writable again (any"
            f" made meanwhile are kept in {name}-wal beside it: keep the two together)"
        ) in said
        assert row(db, "1.1").status == "done"  # type: ignore[attr-defined]
        assert "[read-only: changes cannot be saved]" in screen_text(app)
        before = len(said)
        await pilot.press("down", "s")
        await settle(pilot)
        assert "read-only: changes cannot be saved" in said[before:]
        assert isinstance(app.screen, MainScreen)
        monkeypatch.setattr(app.store, "file_writable", lambda: True)
        await pilot.pause(1.2)  # the file is looked at each second
        assert said[-1] == f"{name} is writable again: edits are saved"


async def type_slowly(app: ActionPlanApp, pilot: Pilot[object], text: str) -> None:
    """``text`` typed a key at a time, as a person types it, then Enter."""
    for char in text:
        key = {" ": "space", "-": "minus"}.get(char, char)
        app.post_message(events.Key(key, char))
        await pilot.pause(0.05)
    app.post_message(events.Key("enter", "\r"))
    await settle(pilot)


async def test_a_note_typed_a_second_after_a_refused_edit_is_dropped_not_a_search(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read-only: `u` refused, and the note typed a second later landed in the search
    box ("Filters: search: Typed while read-only"). Typed while the refusal is on
    screen, it is dropped and counted, never a search; arrows still move."""
    async with running(db, read_only=True) as (app, pilot):
        said = listen(app)
        await pilot.press("u")
        await settle(pilot)
        await pilot.pause(1.0)  # reads the refusal, then types the note anyway
        await type_slowly(app, pilot, "Typed while read-only")
        await pilot.pause(typeahead.BURST_GAP * 2)  # the typing stopped: the count is said
        await settle(pilot)
        assert "No filters" in bar_text(app) and refs(app) == ["1.1", "1.2", "2.1", "2.2"]
        assert said[-1] == (
            "read-only: changes cannot be saved; 22 typed keys dropped"
            " (meant for the refused edit, not a search)"
        )
        await pilot.press("down")
        await settle(pilot)
        assert app.screen.query_one(ActionList).cursor == 1
    # once the refusal is gone, a letter with no key of its own starts a search as ever
    monkeypatch.setattr(typeahead, "REFUSED_SECONDS", 0.2)
    async with running(db, read_only=True) as (app, pilot):
        await pilot.press("u")
        await settle(pilot)
        await pilot.pause(0.5)
        await type_slowly(app, pilot, "Mosaic")
        assert "search: Mosaic" in bar_text(app)
