"""The export dialog: formats from reports, 'since' from the last export before today, a
short default name in the working folder, and a dialog that stays open on a bad path."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static

from actionplan.cli import main
from reports import FORMATS
from store import Store
from store.exports import default_since, record_export
from store.models import ReviewThresholds
from store.review import finish_review, mark_reviewed, start_review
from tests.conftest import small_plan
from tests.tui.test_tui_main import running, settle
from tests.tui.test_tui_stray_keys import listen, screen_text
from tui import open_app
from tui.app import ActionPlanApp
from tui.dialogs.export_dialog import ExportDialog, since_from


@pytest.fixture
def working(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder the user started the TUI in (the CLI writes there), here the test's own."""
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


def field(app: ActionPlanApp, name: str) -> str:
    return str(app.screen.query_one(f"#{name}", Input).value)


def error(app: ActionPlanApp) -> str:
    return str(app.screen.query_one("#error", Static).render())


def on(day: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACTIONPLAN_TODAY", day)


def test_since_is_the_last_export_before_today_a_review_only_before_any_export(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A review is not a board paper: the morning's review made the afternoon's paper
    "Changes since 5 Dec 2026", "Period covered: 5 December 2026 to 5 December 2026"."""
    s = Store.open(db)
    plan_id = s.plans()[0].id
    assert default_since(s, plan_id) is None
    on("2026-09-30", monkeypatch)
    first = start_review(s, plan_id, ReviewThresholds())
    mark_reviewed(s, first.id, first.items[0].action.id, 1)
    finish_review(s, first.id)
    assert default_since(s, plan_id) is None  # that review was today
    on("2026-10-01", monkeypatch)
    assert default_since(s, plan_id) == dt.date(2026, 9, 30)  # no paper yet: the review
    on("2026-10-15", monkeypatch)
    record_export(s, [plan_id], "html", Path("/tmp/x.html"))
    on("2026-10-20", monkeypatch)
    started = start_review(s, plan_id, ReviewThresholds())
    mark_reviewed(s, started.id, started.items[0].action.id, 1)
    finish_review(s, started.id)
    assert default_since(s, plan_id) == dt.date(2026, 10, 15)  # the last paper
    on("2026-10-21", monkeypatch)
    assert default_since(s, plan_id) == dt.date(2026, 10, 15)
    s.close()


async def test_the_dialog_warns_when_the_period_is_under_a_week(
    db: Path, working: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on("2026-12-01", monkeypatch)
    with Store.open(db) as s:
        record_export(s, [s.plans()[0].id], "docx", working / "paper.docx")
    on("2026-12-05", monkeypatch)
    async with running(db) as (app, pilot):
        await pilot.press("x")
        await settle(pilot)
        assert field(app, "since") == "1 Dec 2026"
        warning = str(app.screen.query_one("#short", Static).render())
        assert warning == "Covers only 4 days (from 1 Dec 2026): is that the last board paper?"
        await pilot.press("tab", *"1 Nov 2026")  # the proposal is selected: typing replaces it
        await settle(pilot)
        assert field(app, "since") == "1 Nov 2026"
        assert str(app.screen.query_one("#short", Static).render()) == ""


def test_a_review_left_with_nothing_reviewed_is_not_what_the_paper_is_since(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened and left with Esc (0 of 3 reviewed) on 2 Dec: the paper still offers the
    changes since the last real review (20 Oct), not since today."""
    s = Store.open(db)
    plan_id = s.plans()[0].id
    on("2026-10-20", monkeypatch)
    real = start_review(s, plan_id, ReviewThresholds())
    mark_reviewed(s, real.id, real.items[0].action.id, 1)
    finish_review(s, real.id)
    on("2026-12-02", monkeypatch)
    finish_review(s, start_review(s, plan_id, ReviewThresholds()).id)
    assert default_since(s, plan_id) == dt.date(2026, 10, 20)
    s.close()


def test_a_cli_export_to_a_file_is_remembered(db: Path, tmp_path: Path) -> None:
    assert main(["--db", str(db), "export", "--format", "md", "-o", str(tmp_path / "p.md")]) == 0
    rows = sqlite3.connect(db).execute("SELECT plan_id, at, format, path FROM exports").fetchall()
    assert [(r[0], r[1][:10], r[2], r[3]) for r in rows] == [
        (1, "2026-11-24", "md", str(tmp_path / "p.md"))
    ]


def test_since_reads_a_day_as_people_write_it() -> None:
    today = dt.date(2026, 12, 7)
    assert since_from("30 Sep 2026", today) == since_from("2026-09-30", today)
    assert since_from(" 30/09/2026 ", today) == dt.date(2026, 9, 30)
    assert since_from("", today) is None
    with pytest.raises(ValueError, match="write a day, e.g. 30 Sep 2026"):
        since_from("last Tuesday", today)


def test_since_reads_a_day_as_the_due_box_does_and_without_a_year_the_last_one() -> None:
    """'1 nov' typed on 7 Dec was refused ("write a day"), though the due box and
    `export --since` read it; it is this 1 November, the period being behind today."""
    today = dt.date(2026, 12, 7)
    assert since_from("1 nov", today) == dt.date(2026, 11, 1)
    assert since_from("10/12", today) == dt.date(2025, 12, 10)
    with pytest.raises(ValueError, match="1 Jan 2027 is after today"):
        since_from("1 January 2027", today)


async def test_the_dialog_offers_every_format_and_a_short_name_in_the_working_folder(
    db: Path, working: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    on("2026-09-30", monkeypatch)
    s = Store.open(db)
    done = start_review(s, s.plans()[0].id, ReviewThresholds())
    mark_reviewed(s, done.id, done.items[0].action.id, 1)
    finish_review(s, done.id)
    s.close()
    on("2026-11-24", monkeypatch)
    async with running(db) as (app, pilot):
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert app.screen.formats == list(FORMATS)  # one list, wherever a format is added
        assert field(app, "since") == "30 Sep 2026"
        # the Word paper is what a committee is sent
        assert field(app, "path") == str(working / "test-plan-2026-11-24.docx")
        app.screen.query_one("#format", Select).value = "xlsx"
        await settle(pilot)
        assert field(app, "path") == str(working / "test-plan-2026-11-24.xlsx")


async def test_export_writes_the_file_and_the_next_since_is_not_today(
    db: Path, working: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user check: after an export the next one proposed today, so the paper written
    again after a typo was fixed covered today only. An export made today is passed
    over: the same day is proposed again; the next day, the export's day."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("x")
        await settle(pilot)
        assert field(app, "since") == ""  # no review, no export yet
        app.screen.query_one("#format", Select).value = "md"
        await settle(pilot)
        await pilot.press("tab", *"01 Nov 2026", "enter")
        await settle(pilot)
        target = working / "test-plan-2026-11-24.md"
        assert said[-1] == f"Wrote {target.name} ({target.stat().st_size:,} bytes) in {working}"
        assert "Test plan" in target.read_text()
        await pilot.press("x")
        await settle(pilot)
        assert field(app, "since") == ""  # not 24 Nov 2026, today: the same as the first
    on("2026-11-25", monkeypatch)
    async with running(db) as (app, pilot):
        await pilot.press("x")
        await settle(pilot)
        assert field(app, "since") == "24 Nov 2026"


async def test_at_80_columns_the_export_toast_shows_the_file_name_whole(
    db_path: Path, working: Path
) -> None:
    """ "Wrote /tmp/…/childrens-services-improvement-202" then "6-11-24.docx": the whole
    path first, the toast broke it inside the file's name. The name comes first, whole
    on its line, then its size and folder."""
    s = Store.open(db_path)
    s.merge_plans([small_plan("Children's Services Improvement Plan")], "test import")
    s.close()
    app = open_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        said = listen(app)
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        shown = screen_text(app)
    name = "childrens-services-improvement-2026-11-24.docx"
    size = (working / name).stat().st_size
    assert said[-1] == f"Wrote {name} ({size:,} bytes) in {working}"
    assert name in shown


async def test_enter_on_the_format_moves_on_and_a_day_typed_replaces_the_proposed_one(
    db: Path, working: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user check: Enter on the format wrote the file at once, and the day typed next
    searched the format list; typed into "Changes since" it ran onto the day proposed
    ("5 Dec 20261/12/2026"). Enter on the format moves to "Changes since" (as on every
    form's drop-down), whose proposed day is selected, so a day typed replaces it; Enter
    there writes the paper since that day."""
    s = Store.open(db)
    on("2026-11-20", monkeypatch)
    record_export(s, [s.plans()[0].id], "md", working / "old.md")  # proposes 20 Nov 2026
    s.close()
    on("2026-11-24", monkeypatch)
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("x")
        await settle(pilot)
        assert "Enter on the format, Tab: next field" in screen_text(app)
        assert field(app, "since") == "20 Nov 2026"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog) and list(working.glob("*.docx")) == []
        assert app.screen.focused is app.screen.query_one("#since", Input)
        await pilot.press(*"1/11/2026")
        await settle(pilot)
        assert field(app, "since") == "1/11/2026"
        await pilot.press("enter")
        await settle(pilot)
        target = working / "test-plan-2026-11-24.docx"
        assert said[-1] == f"Wrote {target.name} ({target.stat().st_size:,} bytes) in {working}"


async def test_a_bad_since_or_folder_keeps_the_dialog_open_with_the_reason(
    db: Path, working: Path, tmp_path: Path
) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("x")
        await settle(pilot)
        app.screen.query_one("#since", Input).value = "someday"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert error(app).startswith("since 'someday': write a day")
        assert app.focused is app.screen.query_one("#since", Input)  # to mend it at once
        app.screen.query_one("#since", Input).value = ""
        app.screen.query_one("#path", Input).value = str(tmp_path / "nowhere" / "p.html")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        missing = tmp_path / "nowhere"
        assert error(app) == f"{missing / 'p.html'}: folder {missing} does not exist"
    assert list(working.iterdir()) == []


def test_a_database_that_refuses_writes_still_exports_and_says_so(db: Path) -> None:
    s = Store.open(db)
    s._conn.execute("PRAGMA query_only = 1")  # as a read-only file would (root ignores modes)
    note = record_export(s, [1], "md", Path("/tmp/p.md"))
    assert note.startswith("the export was not remembered (") and "read-only" in note
    assert default_since(s, 1) is None
    s.close()


async def test_exporting_with_the_list_filtered_says_the_paper_is_the_whole_plan(
    db: Path, working: Path
) -> None:
    """The user check filtered the list to one lead, pressed `x` and the dialog said
    nothing of it: the paper, the whole plan's, could be taken for that lead's. The
    dialog names the filter the paper does not follow; with none, says nothing."""
    async with running(db) as (app, pilot):
        await pilot.press("x")
        await settle(pilot)
        assert not app.screen.query("#whole")
        await pilot.press("escape", "f", *"marina", "enter")
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        whole = str(app.screen.query_one("#whole", Static).render())
    assert whole == "The whole plan: the list's filter (person: Marina Kitchen) is not applied"
