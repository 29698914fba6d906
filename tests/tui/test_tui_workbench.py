"""The import workbench driven by keys: what it shows, what each correction changes, and
what reaches the database (only Ctrl+S writes, all of the plan or none of it)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from bench.synth import write_csv
from importers.profiles import load_profiles
from store import Store
from store.merge_report import plan_notes
from store.models import ImportReport
from tests.tui.test_tui_main import running, screen_text, settle
from tests.tui.test_tui_stray_keys import listen
from tui import open_app
from tui.app import ActionPlanApp
from tui.dialogs.path import PathDialog, complete_path
from tui.screens.main import MainScreen
from tui.screens.workbench import WorkbenchScreen, imported_words
from tui.widgets.key_bar import KeyBar
from tui.widgets.plan_preview import PlanPreview
from tui.widgets.source_grid import Column, SourceGrid

FIXTURES = Path(__file__).parent.parent / "fixtures"
SOUTHWARK = FIXTURES / "southwark_2017.csv"  # header on row 3; 6 recommendations, 11 actions


async def open_workbench(pilot: Pilot[object], path: Path) -> WorkbenchScreen:
    await pilot.press("i", *str(path), "enter")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, WorkbenchScreen)
    return screen


def counts(app: ActionPlanApp) -> str:
    return str(app.screen.query_one("#wb-counts", Static).render())


def grid_lines(app: ActionPlanApp, lines: int = 12) -> list[str]:
    grid = app.screen.query_one(SourceGrid)
    return ["".join(s.text for s in grid.render_line(y)) for y in range(lines)]


def plan_lines(app: ActionPlanApp, lines: int = 12) -> list[str]:
    plan = app.screen.query_one(PlanPreview)
    return ["".join(s.text for s in plan.render_line(y)) for y in range(lines)]


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


async def test_the_workbench_shows_the_source_the_plan_and_what_was_unsure(
    db_path: Path,
) -> None:
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, SOUTHWARK)
        grid = grid_lines(app)
        assert grid[0].split()[:2] == ["Recommendation", "Action"]  # each column's name…
        assert grid[1].split()[:2] == ["recommendation", "action"]  # …over its role
        assert grid[4].startswith("▶  3 Recommendation")  # the header row, marked
        assert counts(app) == "6 recommendations · 11 actions · 11 updates"
        plan = plan_lines(app)
        assert plan[1].startswith("1     Ensure that prompt decisions")
        assert "1.1   Introduce enhanced" in plan[2] and "30 Apr 2018" in plan[2]
        unsure = str(app.screen.query_one("#wb-unsure", Static).render())
        assert "row 14: RAG '?????' not understood" in unsure
        assert "same as: actionplan import southwark_2017.csv" in unsure
        keys = str(app.screen.query_one(KeyBar).render())
        assert "⏎ Role  h Header row  ^s Import  S Save profile  esc Leave" in keys
        # only the workbench's own keys: the app's (Review does nothing here) are not offered
        assert keys.split() == [*"⏎ Role h Header row ^s Import S Save profile esc Leave".split(),
                                "?", "Help", "^p", "palette"]  # fmt: skip
    assert rows(db_path, "SELECT COUNT(*) FROM actions") == [(0,)]


async def test_a_role_change_recounts_and_ctrl_s_imports_with_it(db_path: Path) -> None:
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, SOUTHWARK)
        await pilot.press(*["right"] * 5, "enter")  # "Key points to note": the updates
        await settle(pilot)
        menu = app.screen.query_one(OptionList)
        assert menu.highlighted is not None
        assert str(menu.get_option_at_index(menu.highlighted).prompt) == "update"  # its role now
        await pilot.press(*"extra", "enter")
        await settle(pilot)
        assert counts(app) == "6 recommendations · 11 actions · 0 updates"
        assert grid_lines(app)[1].split()[-1] == "extra"
        unsure = str(app.screen.query_one("#wb-unsure", Static).render())
        assert "--map 'Key points to note=extra'" in unsure
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)  # the imported plan is open
        assert "Southwark" in app.screen.plan.title
    assert rows(db_path, "SELECT COUNT(*) FROM actions") == [(11,)]
    assert rows(db_path, "SELECT COUNT(*) FROM updates") == [(0,)]
    kept = rows(db_path, "SELECT fields FROM actions WHERE ref = '2.1'")[0][0]
    assert "Key points to note" in str(kept)  # not an update, but not lost either


async def test_at_80x24_the_role_menu_shows_the_columns_role_and_its_hint(
    db_path: Path,
) -> None:
    """The menu opened on "Key points to note", whose role is update (12th of 15): at
    80x24 the dialog was cut at 90% of the screen, so "update" and the hint were drawn
    below it, out of sight, and the menu seemed to start on "action"."""
    app = open_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await open_workbench(pilot, SOUTHWARK)
        await pilot.press(*["right"] * 5, "enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "Role of Key points to note" in shown
        assert "▊ update " in shown.replace("▊  ", "▊ ")  # in the list, on screen
        assert "Enter chooses · Esc cancels" in shown


async def test_next_months_file_says_what_it_changed_and_what_it_kept(db_path: Path) -> None:
    """Southwark imported, 1.1 marked Done in the app, the file imported again from the
    workbench: the toast says the file changed nothing and kept the user's status (it
    said only "Imported southwark_2017.csv", and the file put the old status back)."""
    async with running(db_path) as (app, pilot):
        said = listen(app)
        await open_workbench(pilot, SOUTHWARK)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert said[-1] == "Imported southwark_2017.csv: 11 actions in a new plan"
        with Store.open(db_path) as s:
            first = s.find_action("1.1")
            s.set_status(first.id, "blocked")
        await open_workbench(pilot, SOUTHWARK)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert said[-1] == (
            "Imported southwark_2017.csv: 0 new, 0 changed, 0 new updates;"
            " kept as changed here since the last import: 1.1 status"
        )
    with Store.open(db_path) as s:
        assert s.find_action("1.1").status == "blocked"


async def test_marking_the_header_row_recounts(db_path: Path) -> None:
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, SOUTHWARK)
        await pilot.press("h")  # on row 1, the title: now the header
        await settle(pilot)
        assert grid_lines(app)[2].startswith("▶  1 Southwark")
        assert not grid_lines(app)[4].startswith("▶")
        # the user's header is the only one: every row under it is a row of the table,
        # the table's own header (row 3, again on row 9) among them, shown as the actions
        # "Recommendation" that tell the user the mark is wrong (it was taken as a header
        # again, and the plan showed fields from a header the grid did not mark)
        assert counts(app) == "1 recommendation · 12 actions · 0 updates"
        plan = plan_lines(app, 8)
        assert plan[2].split()[:2] == ["1.1", "Recommendation"]
        await pilot.press("down", "down", "h")  # back to row 3
        await settle(pilot)
        assert counts(app) == "6 recommendations · 11 actions · 11 updates"


async def test_a_correction_that_leaves_no_action_column_says_so_and_imports_nothing(
    db_path: Path,
) -> None:
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, SOUTHWARK)
        await pilot.press("end", "h")  # the last row, an action, as the header
        await settle(pilot)
        assert counts(app).startswith("Nothing to import: header on row 16 has no action")
        assert grid_lines(app, 20)[17].startswith("▶ 16 ")  # still marked where the user said
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)
    assert rows(db_path, "SELECT COUNT(*) FROM plans") == [(0,)]


async def test_esc_leaves_without_writing_and_asks_first_after_a_correction(
    db_path: Path,
) -> None:
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, SOUTHWARK)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, WorkbenchScreen)
        await open_workbench(pilot, SOUTHWARK)
        await pilot.press("h", "escape")
        await settle(pilot)
        assert "Leave without importing?" in str(app.screen.query_one(".title", Static).render())
        await pilot.press("y")
        await settle(pilot)
        assert not isinstance(app.screen, WorkbenchScreen)
    assert rows(db_path, "SELECT COUNT(*) FROM plans") == [(0,)]


async def test_cells_are_shown_as_written_never_as_markup(db_path: Path, tmp_path: Path) -> None:
    plan = tmp_path / "brackets.csv"
    plan.write_text(
        "Ref,Action,Lead,Deadline\n"
        "1.1,Agree [TBC] now,[/bold] Jo Bloggs,March 2027\n"
        "1.2,[b]Review[/b] \x1b[31mcases,Ann Lee,June 2027\n"
    )
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, plan)
        grid = "\n".join(grid_lines(app))
        assert "Agree [TBC] now" in grid and "[/bold] Jo Bloggs" in grid
        assert "\x1b" not in grid
        preview = "\n".join(plan_lines(app))
        assert "Agree [TBC] now" in preview and "[b]Review[/b] " in preview


async def test_tab_completes_the_path(db_path: Path) -> None:
    async with running(db_path) as (app, pilot):
        await pilot.press("i", *str(FIXTURES / "southw"), "tab")
        await settle(pilot)
        assert isinstance(app.screen, PathDialog)
        assert app.screen.query_one(Input).value == str(SOUTHWARK)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)


def test_completion_stops_where_the_names_part_and_lists_them(tmp_path: Path) -> None:
    for name in ("plan-2024.csv", "plan-2025.xlsx", "notes.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "plans").mkdir()
    assert complete_path(f"{tmp_path}/pl") == (
        f"{tmp_path}/plan",
        ["plan-2024.csv", "plan-2025.xlsx", "plans/"],
    )
    assert complete_path(f"{tmp_path}/n") == (f"{tmp_path}/notes.txt", [])
    assert complete_path(f"{tmp_path}/zz") == (f"{tmp_path}/zz", [])


async def test_a_recount_overtaken_by_a_newer_correction_is_dropped(db_path: Path) -> None:
    async with running(db_path) as (app, pilot):
        screen = await open_workbench(pilot, SOUTHWARK)
        stale = screen.shown
        assert stale is not None
        await pilot.press("h")  # row 1 as header: a newer run
        await settle(pilot)
        screen._show(screen.generation - 1, stale, [])  # the older run reports late
        assert counts(app) == "1 recommendation · 12 actions · 0 updates"  # row 1's, kept


async def test_a_5000_row_file_draws_only_the_screen(db_path: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    write_csv(big, 5000)
    async with running(db_path) as (app, pilot):
        screen = await open_workbench(pilot, big)
        assert counts(app) == "250 recommendations · 5000 actions · 5000 updates"
        assert len(screen.query("*")) < 30  # no widget per row or cell
        await pilot.press("end")
        height = screen.query_one(SourceGrid).size.height
        assert grid_lines(app, height)[-1].startswith("  5002  ")  # the last row, on screen
        await pilot.press("right", "right", "right", "enter", *"ignore", "enter")
        await settle(pilot)
        assert counts(app).startswith("250 recommendations · 5000 actions")
    assert rows(db_path, "SELECT COUNT(*) FROM actions") == [(0,)]


async def test_a_file_that_cannot_be_read_says_why_and_offers_no_import(
    db_path: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "plan.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, broken)
        assert counts(app).startswith("Cannot read the file: plan.xlsx")
        unsure = str(app.screen.query_one("#wb-unsure", Static).render())
        assert unsure.startswith("Cannot read the file: plan.xlsx: not a readable Excel file")
        assert unsure.endswith("Nothing was imported. Esc goes back; i opens another file.")
        keys = str(app.screen.query_one(KeyBar).render())
        assert "Import" not in keys
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)
    assert rows(db_path, "SELECT COUNT(*) FROM plans") == [(0,)]


async def test_s_saves_the_corrections_and_the_next_opening_applies_them(db_path: Path) -> None:
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, SOUTHWARK)
        await pilot.press(*["right"] * 5, "enter", *"extra", "enter")
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        assert app.screen.query_one(Input).value == "southwark_2017"  # proposed from the file
        await pilot.press("enter")
        await settle(pilot)
        (saved,) = load_profiles()
        assert (saved.name, saved.mapping) == ("southwark_2017", {"Key points to note": "extra"})
        await pilot.press("escape", "y")
        await settle(pilot)
        await open_workbench(pilot, SOUTHWARK)  # next month's copy, same columns
        assert counts(app) == "6 recommendations · 11 actions · 0 updates"
        assert app.screen.query_one(SourceGrid).columns[5] == Column("Key points to note", "extra")
        unsure = str(app.screen.query_one("#wb-unsure", Static).render())
        assert "profile 'southwark_2017' applied: 1 column role" in unsure
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert rows(db_path, "SELECT COUNT(*) FROM actions") == [(11,)]
    assert rows(db_path, "SELECT COUNT(*) FROM updates") == [(0,)]


async def test_i_in_the_workbench_opens_the_other_file_instead(db_path: Path) -> None:
    westshire = FIXTURES / "plans" / "council_ilacs_westshire.csv"
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, SOUTHWARK)
        depth = len(app.screen_stack)
        await open_workbench(pilot, westshire)
        assert len(app.screen_stack) == depth
        assert counts(app) == "4 recommendations · 9 actions · 7 updates"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and len(app.screen_stack) == depth
    assert rows(db_path, "SELECT COUNT(*) FROM actions") == [(9,)]


async def test_keys_typed_while_the_import_runs_do_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+S on 20,000 rows imports for ~8 s: a "p" typed meanwhile opened Switch plan
    behind the user's back. Keys typed until the import is done do nothing (once said);
    the imported plan then opens with no dialog over it."""
    import importers.apply

    running_import, release = threading.Event(), threading.Event()
    real = importers.apply.import_files

    def slow(*args: Any, **kwargs: Any) -> Any:
        running_import.set()
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(importers.apply, "import_files", slow)
    async with running(db_path) as (app, pilot):
        said = listen(app)
        workbench = await open_workbench(pilot, SOUTHWARK)
        await pilot.press("ctrl+s")
        while not running_import.is_set():
            await pilot.pause(0.01)
        await pilot.press("p", "w", "question_mark", "enter", "h")
        await pilot.pause()
        assert app.screen is workbench
        assert workbench.mapping == {} and workbench.header_row is None
        release.set()
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert "Southwark" in app.screen.plan.title
        assert (
            said.count("Importing southwark_2017.csv: keys typed until it is done do nothing") == 1
        )


def test_the_toast_says_the_plans_notes_changed_once() -> None:
    """Next month's "Position at …" above the table changed the plan's notes only."""
    notes = plan_notes("Position at 20 November 2026.", "Position at 18 December 2026.")
    report = ImportReport(plan_title="Plan", plan_created=False, changes=[notes])
    assert imported_words(Path("plan.csv"), [report]) == (
        "Imported plan.csv: 0 new, 0 changed, 0 new updates; the plan's notes changed"
    )


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_file_imported_again_says_the_plan_it_merges_into_and_what_changes(
    db_path: Path, size: tuple[int, int]
) -> None:
    """The same plan imported a second time read "6 recommendations · 11 actions" as if
    new; it says the plan it merges into and the dry run's counts (0 new, 0 changed)."""
    s = Store.open(db_path)
    s.close()
    async with open_app(db_path).run_test(size=size) as pilot:
        await settle(pilot)
        await open_workbench(pilot, SOUTHWARK)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert rows(db_path, "SELECT id FROM plans") == [(1,)]
        await open_workbench(pilot, SOUTHWARK)
        said = " ".join(counts(pilot.app).split())
        assert said.startswith("Merges into plan 1 (")
        assert said.endswith("0 new actions, 0 changed, 0 new updates")
        assert rows(db_path, "SELECT count(*) FROM actions") == [(11,)]  # a dry run only


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_word_letter_says_why_in_full_and_offers_no_command(
    db_path: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    """A Word letter, not a plan: the reason wrapped in full above the table (at 80x24 it
    was cut mid-sentence under the table's header), and no "Unsure: nothing" nor
    "same as: actionplan import …" for a file that cannot be imported."""
    from docx import Document

    letter = Document()
    letter.add_paragraph("Dear Ms Patel, thank you for your letter about the roof repairs.")
    letter.save(str(tmp_path / "letter.docx"))
    async with open_app(db_path).run_test(size=size) as pilot:
        await settle(pilot)
        await open_workbench(pilot, tmp_path / "letter.docx")
        said = " ".join(counts(pilot.app).split())
        assert said.endswith("(a plan is a table with columns such as Action, Lead, Deadline)")
        assert "Deadline)" in screen_text(pilot.app)
        unsure = str(pilot.app.screen.query_one("#wb-unsure", Static).render())
        assert unsure == "Nothing was imported. Esc goes back; i opens another file."
