"""Next month's copy of a stored plan opened in the import workbench: before anything is
written it offers to merge the file into that plan (what ``import --plan N`` does) or to
import it as a new plan, the merge by Enter. It imported a second plan without a word,
while the command line hinted ``--plan``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from textual.widgets import Static

from importers import ImportOptions
from importers.apply import import_files
from store import Store
from tests.tui.test_tui_main import running, settle
from tests.tui.test_tui_stray_keys import listen
from tests.tui.test_tui_workbench import counts, open_workbench
from tui.dialogs.choice import ChoiceDialog
from tui.screens.main import MainScreen
from tui.screens.workbench import WorkbenchScreen

NOVEMBER = "Heathbury Audit Actions – November 2026"
HEADER = "Ref,Action,Lead,Due,Status,Latest update\n"
ROWS = (
    "1.1,Review the contracts register,Ann Lee,31/01/2027,In progress,Register drafted\n"
    "1.2,Train every budget holder on the new controls,Jo Pike,28/02/2027,Not started,\n"
    "1.3,Report the findings to the audit committee,Ann Lee,31/03/2027,Not started,\n"
)
# December's file: 1.2 under way, with its first update
DECEMBER_ROWS = ROWS.replace(
    "Jo Pike,28/02/2027,Not started,", "Jo Pike,28/02/2027,In progress,Two sessions booked"
)


def write(path: Path, title: str, rows: str = ROWS) -> Path:
    path.write_text((f"{title},,,,,\n" if title else "") + HEADER + rows)
    return path


def stored_november(db: Path, tmp_path: Path) -> None:
    with Store.open(db) as store:
        options = ImportOptions(today=store.today())
        import_files(store, [write(tmp_path / "nov.csv", NOVEMBER)], options)


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def dialog_text(screen: object) -> str:
    assert isinstance(screen, ChoiceDialog)
    return "\n".join(str(s.render()) for s in screen.query(Static))


async def test_next_months_file_offers_the_merge_and_enter_merges(
    db_path: Path, tmp_path: Path
) -> None:
    stored_november(db_path, tmp_path)
    december = write(tmp_path / "dec.csv", NOVEMBER.replace("November", "December"), DECEMBER_ROWS)
    async with running(db_path) as (app, pilot):
        said = listen(app)
        await open_workbench(pilot, december)
        # said before Ctrl+S, under the counts
        assert counts(app).splitlines()[1:] == [
            "Next month's copy of plan 1? Ctrl+S asks: merge into it or a new plan"
        ]
        await pilot.press("ctrl+s")
        await settle(pilot)
        shown = dialog_text(app.screen)
        assert (
            f"dec.csv looks like next month's copy of plan 1 ({NOVEMBER!r}):"
            " its title but for its dates" in shown
        )
        assert " m   Merge into plan 1, as import --plan 1  (or Enter)" in shown
        assert " n   Import as a new plan" in shown
        assert rows(db_path, "SELECT COUNT(*) FROM plans") == [(1,)]  # nothing written yet
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert said[-1] == "Imported dec.csv: 0 new, 1 changed, 1 new updates"
    assert rows(db_path, "SELECT title, notes FROM plans") == [(NOVEMBER, "")]
    assert rows(db_path, "SELECT ref, status FROM actions ORDER BY ref") == [
        ("1.1", "in_progress"),
        ("1.2", "in_progress"),
        ("1.3", "not_started"),
    ]
    assert rows(db_path, "SELECT text FROM updates ORDER BY id")[-1] == ("Two sessions booked",)


async def test_n_imports_next_months_file_as_a_new_plan(db_path: Path, tmp_path: Path) -> None:
    stored_november(db_path, tmp_path)
    december = write(tmp_path / "dec.csv", NOVEMBER.replace("November", "December"))
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, december)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert rows(db_path, "SELECT title FROM plans ORDER BY id") == [
        (NOVEMBER,),
        (NOVEMBER.replace("November", "December"),),
    ]
    assert rows(db_path, "SELECT COUNT(*) FROM actions") == [(6,)]


async def test_a_file_holding_most_of_a_plans_actions_is_offered_and_esc_writes_nothing(
    db_path: Path, tmp_path: Path
) -> None:
    """No title row (the plan would be titled "tracker"), but its refs and texts are the
    stored plan's: next month's copy all the same."""
    stored_november(db_path, tmp_path)
    tracker = write(tmp_path / "tracker.csv", "", DECEMBER_ROWS)
    async with running(db_path) as (app, pilot):
        said = listen(app)
        await open_workbench(pilot, tracker)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert (
            f"tracker.csv looks like next month's copy of plan 1 ({NOVEMBER!r}):"
            " 3 of the file's 3 actions are that plan's, ref and text alike"
            in dialog_text(app.screen)
        )
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, WorkbenchScreen)  # back, nothing written
        assert said[-1] == "Nothing imported: Ctrl+S asks again"
    assert rows(db_path, "SELECT COUNT(*) FROM plans") == [(1,)]
    assert rows(db_path, "SELECT COUNT(*) FROM updates") == [(1,)]


async def test_a_file_like_no_stored_plan_imports_at_once(db_path: Path, tmp_path: Path) -> None:
    stored_november(db_path, tmp_path)
    other = write(
        tmp_path / "estates.csv",
        "Estates Action Log",
        "E1,Replace the fire doors,Sam Reid,30/04/2027,Not started,\n",
    )
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, other)
        assert "Next month" not in counts(app)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert rows(db_path, "SELECT title FROM plans ORDER BY id") == [
        (NOVEMBER,),
        ("Estates Action Log",),
    ]
