"""Chase leads from the TUI: the palette entry, the dashboard's leads, the review's replies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from textual.widgets import Input, OptionList

from actionplan.cli import main
from store import Store
from tests.cli.test_cli_next_month import _missing_33
from tests.conftest import small_plan
from tests.tui.test_tui_main import running, screen_text, settle
from tests.tui.test_tui_review import body
from tests.tui.test_tui_stray_keys import listen
from tui import open_app
from tui.dialogs.chase_dialog import ChaseDialog
from tui.dialogs.choice import ChoiceDialog

BOOK = "Update request - Marina Kitchen - 2026-11-24.xlsx"


def packs(db: Path) -> list[tuple[str, int]]:
    """(lead, number of actions) of every pack recorded."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT p.lead, count(*) FROM chase_packs p JOIN chase_pack_actions a"
            " ON a.pack_id = p.id GROUP BY p.id ORDER BY p.lead"
        ).fetchall()


async def test_palette_chase_leads_writes_one_leads_request(db: Path, tmp_path: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("ctrl+p", *"chase leads")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChaseDialog)
        dialog.query_one("#folder", Input).value = str(tmp_path)
        await pilot.press(*"mar", "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ChaseDialog)
    assert packs(db) == [("Marina Kitchen", 2)]
    sheet = load_workbook(tmp_path / BOOK).worksheets[0]
    assert [r[0] for r in sheet.iter_rows(min_row=6, values_only=True)] == ["1.1", "2.2"]


async def test_chasing_from_a_list_filtered_to_one_lead_proposes_that_lead(
    db: Path, tmp_path: Path
) -> None:
    """The list filtered to Marina Kitchen, C opened with the lead empty ("every lead"):
    Enter then wrote every lead a request. Her name is proposed; another can be typed."""
    async with running(db) as (app, pilot):
        await pilot.press("f", *"marina", "enter")
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChaseDialog)
        assert dialog.query_one("#lead", Input).value == "Marina Kitchen"
        dialog.query_one("#folder", Input).value = str(tmp_path)
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert packs(db) == [("Marina Kitchen", 2)]


async def test_a_list_filtered_to_a_responsible_officer_proposes_and_chases_them(
    db: Path, tmp_path: Path
) -> None:
    """Bill Basra is responsible for 1.1 but leads no open action: `chase --lead "Bill
    Basra"` writes him a pack, the TUI refused him ("lead: no lead with open actions is
    called …"). His name is proposed and chased, as on the command line."""
    async with running(db) as (app, pilot):
        await pilot.press("f", *"bill", "enter")
        await settle(pilot)
        assert app.screen.person_shown == "Bill Basra"
        await pilot.press("C")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChaseDialog)
        assert dialog.query_one("#lead", Input).value == "Bill Basra"
        dialog.query_one("#folder", Input).value = str(tmp_path)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ChaseDialog)
    assert packs(db) == [("Bill Basra", 1)]


async def test_the_dialog_names_the_responsible_officers_it_accepts(
    db: Path, tmp_path: Path
) -> None:
    """A responsible officer typed in the dialog is chased; the dialog lists them beside
    the leads, and its refusal names them among the choices."""
    async with running(db) as (app, pilot):
        await pilot.press("C")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChaseDialog)
        shown = " ".join(screen_text(app).split())
        assert "2 leads have open actions; 1 responsible officer too (Bill Basra)" in shown
        await pilot.press(*"nobody", "ctrl+s")
        await settle(pilot)
        refusal = " ".join(screen_text(app).split())
        assert "no lead or responsible officer with open actions is called 'nobody'" in refusal
        assert "Bill Basra" in refusal
        dialog.query_one("#folder", Input).value = str(tmp_path)
        await pilot.press("ctrl+u", *"Bill Basra", "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ChaseDialog)
    assert packs(db) == [("Bill Basra", 1)]


async def test_the_proposed_lead_can_be_changed(db: Path, tmp_path: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("f", *"marina", "enter")
        await settle(pilot)
        await pilot.press("C")
        await settle(pilot)
        app.screen.query_one("#folder", Input).value = str(tmp_path)
        await pilot.press("ctrl+u", *"jane", "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ChaseDialog)
    assert packs(db) == [("Jane Humphreys", 1)]


async def test_a_new_folder_is_made_as_the_command_line_makes_it(db: Path, tmp_path: Path) -> None:
    """ "~/chase-december" typed in the dialog: it said "no such folder" where
    ``chase -o`` makes it; now both make it (its parent exists) and write there."""
    async with running(db) as (app, pilot):
        await pilot.press("C")
        await settle(pilot)
        app.screen.query_one("#folder", Input).value = str(tmp_path / "chase-december")
        await pilot.press(*"mar", "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ChaseDialog)
    assert (tmp_path / "chase-december" / BOOK).is_file()


async def test_the_dialog_chases_overdue_actions_only(db: Path, tmp_path: Path) -> None:
    """ "overdue" in the days field, as `chase --overdue`: Marina's 1.1, not 2.2 (March)."""
    async with running(db) as (app, pilot):
        await pilot.press("C")
        await settle(pilot)
        app.screen.query_one("#days", Input).value = "overdue"
        app.screen.query_one("#folder", Input).value = str(tmp_path)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, ChaseDialog)
    assert packs(db) == [("Marina Kitchen", 1)]


async def test_a_lead_with_nothing_in_the_window_keeps_the_dialog_open(
    db: Path, tmp_path: Path
) -> None:
    """Jane's one open action is undated: "Chase failed: lead: no lead with open actions
    is called 'Jane Humphreys'" closed the dialog and lost what was typed."""
    async with running(db) as (app, pilot):
        await pilot.press("C")
        await settle(pilot)
        app.screen.query_one("#days", Input).value = "0"
        app.screen.query_one("#folder", Input).value = str(tmp_path)
        await pilot.press(*"jane", "ctrl+s")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChaseDialog)
        said = str(dialog.query_one("#problem").render())
        assert said == "Jane Humphreys has no open action due in that window"
        assert dialog.query_one("#lead", Input).value == "jane"
    assert packs(db) == []


async def test_the_dialog_proposes_the_folder_the_app_was_started_in(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Started in a folder, `C` proposed the home folder where `x` proposes this one."""
    monkeypatch.chdir(tmp_path)
    async with running(db) as (app, pilot):
        await pilot.press("C")
        await settle(pilot)
        assert app.screen.query_one("#folder", Input).value == str(tmp_path)


async def test_the_dialog_stays_open_on_a_missing_folder(db: Path, tmp_path: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("C")
        await settle(pilot)
        app.screen.query_one("#folder", Input).value = str(tmp_path / "missing" / "deeper")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ChaseDialog)
        assert "no such folder" in str(app.screen.query_one("#problem").render())
    assert packs(db) == []


async def test_dashboard_chases_its_lead_and_counts_packs_and_replies(
    db: Path, tmp_path: Path
) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("D")
        await settle(pilot)
        leads = app.screen.query_one("#dash-leads", OptionList)
        leads.focus()  # Marina Kitchen, the one lead with an overdue action
        await pilot.press("c")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChaseDialog)
        assert dialog.query_one("#lead", Input).value == "Marina Kitchen"
        dialog.query_one("#folder", Input).value = str(tmp_path)
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert packs(db) == [("Marina Kitchen", 2)]
    book = load_workbook(tmp_path / BOOK)
    book.worksheets[0]["J6"] = "June 2027"
    book.worksheets[0]["K6"] = "Consultation extended"
    book.save(tmp_path / "reply.xlsx")
    assert main(["import", str(tmp_path / "reply.xlsx"), "--db", str(db)]) == 0
    async with running(db) as (app, pilot):
        await pilot.press("D")
        await settle(pilot)
        chase = app.screen.query_one("#dash-chase", OptionList)
        line = str(chase.get_option_at_index(0).prompt)
        assert line.startswith("Marina Kitchen") and "1 sent, 1 replied" in line
        await pilot.press("escape", "w")
        await settle(pilot)
        assert (
            "Replies received since the last review: Marina Kitchen, 24 Nov 2026:"
            " due 31 Oct 2026 → 30 Jun 2027 (June 2027); update added (24 Nov 2026)"
        ) in body(app).replace("\n", " ")


async def test_a_long_plan_title_is_cut_with_an_ellipsis_at_80_columns(db_path: Path) -> None:
    """The title was cut at 78 characters and wrapped, ending "(CQC Loc" with no mark
    that more was cut: one line now, ending "…" where it is cut."""
    title = (
        "Brackwater Council – Adult Social Care Improvement Plan (CQC Local Authority Assessment)"
    )
    s = Store.open(db_path)
    s.merge_plans([small_plan(title)], "test import")
    s.close()
    app = open_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert screen_text(app).splitlines()[0].rstrip().endswith("Authority A…")  # the title bar
        await pilot.press("C")
        await settle(pilot)
        assert isinstance(app.screen, ChaseDialog)
        lines = [line for line in screen_text(app).splitlines() if "█" in line]  # the dialog
        heading = next(line for line in lines if "Chase leads —" in line)
        assert "Improvement Plan…" in heading
        assert not any("Authority" in line or "(CQC" in line for line in lines)


async def test_undoing_a_merged_reply_says_whose_reply_and_what_it_takes_back(
    db: Path, tmp_path: Path
) -> None:
    """Ctrl+Z after a reply asked "It restores reply on 1.1: archived; 1.1: update of 24
    Nov 2026 removed; …": our bookkeeping row named beside the lead's words."""
    assert main(["chase", "--db", str(db), "--lead", "mar", "-o", str(tmp_path)]) == 0
    book = load_workbook(tmp_path / BOOK)
    for cell, value in {"H6": "Blocked", "K6": "Awaiting sign-off", "K7": "Booked"}.items():
        book.worksheets[0][cell] = value
    book.save(tmp_path / "reply.xlsx")
    assert main(["import", str(tmp_path / "reply.xlsx"), "--db", str(db)]) == 0
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        first, second = app.screen.title_text.splitlines()
        assert first.startswith("Undo the reply from Marina Kitchen (")
        assert second == "It removes 2 updates and restores 1 status (1.1, 2.2)."
        await pilot.press("y")
        await settle(pilot)
        assert said[-1] == (
            "Undone — the reply from Marina Kitchen: 2 updates removed and 1 status"
            " restored (1.1, 2.2)"
        )


async def test_the_dialog_chases_actions_missing_from_the_latest_file_when_ticked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`chase --include-missing` chases 3.3, which December's file no longer lists; the
    dialog could not, and only said "1 action left out". It offers it now, unticked as
    the command line's default: Enter, Enter, Space ticks it, Enter, Enter writes."""
    db = _missing_33(tmp_path, monkeypatch)
    for folder, keys in (("plain", ()), ("ticked", ("space",))):
        app = open_app(db)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            await pilot.press("C")
            await settle(pilot)
            assert isinstance(app.screen, ChaseDialog)
            shown = screen_text(app)
            assert "Also the 1 open action not in the plan's latest file" in shown
            assert "Space ticks" in shown
            app.screen.query_one("#folder", Input).value = str(tmp_path / folder)
            said = listen(app)
            await pilot.press("enter", "enter", *keys, "enter", "enter")
            await settle(pilot)
            assert not isinstance(app.screen, ChaseDialog)
            gone = "1 action left out: not in the plan's latest file (the dialog's tick box"
            assert (gone in said[-1]) == (folder == "plain"), said
    leads = {
        f: sorted(p.name.split(" - ")[1] for p in (tmp_path / f).iterdir())
        for f in ("plain", "ticked")
    }
    assert leads == {"plain": ["Ann Lee", "Bob Ray"], "ticked": ["Ann Lee", "Bob Ray", "Cat Dee"]}


async def test_a_plan_with_nothing_missing_offers_no_tick_box(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("C")
        await settle(pilot)
        assert isinstance(app.screen, ChaseDialog)
        assert "not in the plan's latest file" not in screen_text(app)


async def test_at_80x24_the_chasing_panel_shows_who_to_chase_first_and_how_many_more(
    db: Path,
) -> None:
    """The panel showed 2 of 6 leads in name order, the two who replied off screen and
    nothing saying more were below. Those with no reply come first, the longest
    waiting first, and the heading says how many the panel cannot show."""
    leads = ["Ann Ash", "Bo Birch", "Cy Cedar", "Di Dogwood", "Ed Elm", "Flo Fir"]
    with sqlite3.connect(db) as conn:
        for n, lead in enumerate(leads):
            conn.execute(
                "INSERT INTO chase_packs (id, plan_id, lead, created_at) VALUES (?, 1, ?, ?)",
                (f"p{n}", lead, f"2026-11-{10 + n:02d}T09:00:00"),
            )
        for pack in ("p0", "p1"):  # Ann and Bo replied
            conn.execute(
                "INSERT INTO chase_replies (pack_id, action_id, answer, filled_on, summary,"
                " created_at, updated_at) VALUES (?, 1, 'x', '2026-11-20', 'ok', ?, ?)",
                (pack, "2026-11-20T09:00:00", "2026-11-20T09:00:00"),
            )
    async with open_app(db).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        chase = pilot.app.screen.query_one("#dash-chase", OptionList)
        shown = chase.scrollable_content_region.height
        first = [str(chase.get_option_at_index(i).prompt).split("  ")[0] for i in range(4)]
        assert first == ["Cy Cedar", "Di Dogwood", "Ed Elm", "Flo Fir"]
        assert 0 < shown < 6
        assert f"Chasing: 4 of 6 not replied, +{6 - shown} more ↓" in screen_text(pilot.app)
