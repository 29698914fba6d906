"""A plan rating in BRAG: the RAG menu offers Blue, which is complete (done)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from actionplan.cli import main
from store import Store
from tests.conftest import small_plan
from tests.tui.test_tui_main import row, running, screen_text, settle
from tests.tui.test_tui_stray_keys import listen
from tui.dialogs.choice import ChoiceDialog


def holding(db_path: Path, brag: str | None) -> Path:
    """``small_plan`` with 2.1's kept rating cell written ``brag`` (None: no such cell)."""
    plan = small_plan()
    if brag is not None:
        plan.recommendations[1].actions[0].fields["BRAG (as written)"] = brag
    s = Store.open(db_path)
    s.merge_plans([plan], "test import")
    s.close()
    return db_path


async def test_a_brag_plan_offers_blue_complete_which_marks_the_action_done(
    db_path: Path,
) -> None:
    """The user's BRAG plan (Blue read as done on import) had no Blue in the RAG menu."""
    db = holding(db_path, "B")
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert " b   Blue (complete)" in screen_text(app)
        await pilot.press("b")
        await settle(pilot)
        assert said[-1] == "1.1: status In progress → Done, RAG Red → none"
    action = row(db, "1.1")
    assert (action.status, action.rag) == ("done", None)  # type: ignore[attr-defined]


async def test_a_plan_rating_only_red_amber_green_has_no_blue(db_path: Path) -> None:
    db = holding(db_path, None)
    async with running(db) as (app, pilot):
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert "Blue" not in screen_text(app)
        await pilot.press("b")  # no choice here: nothing changes
        await settle(pilot)
    assert row(db, "1.1").status == "in_progress"  # type: ignore[attr-defined]


async def test_the_weekly_review_offers_blue_as_the_list_does_and_help_says_so(
    db_path: Path,
) -> None:
    """The review's RAG menu offered only r/a/g/- while the list's offered b Blue."""
    db = holding(db_path, "B")
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("?")
        await settle(pilot)
        assert "r, a, g or - (b Blue in a BRAG plan)" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert "1.1  Write the strategy" in str(app.screen.query_one("#review-item").render())
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert " b   Blue (complete)" in screen_text(app)
        await pilot.press("b")
        await settle(pilot)
        assert said[-1] == "1.1: status In progress → Done, RAG Red → none"
    assert row(db, "1.1").status == "done"  # type: ignore[attr-defined]


async def test_the_list_shows_a_brag_plans_done_action_as_blue(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The list showed "-" where the papers print Blue: one model, the done action of a
    BRAG plan is Blue in the TUI's RAG column ("B") and in `actionplan list`."""
    db = holding(db_path, "B")
    s = Store.open(db)
    s.set_status(s.find_action("1.2").id, "done")  # done already; 2.2 Amber stays
    s.close()
    async with running(db) as (app, pilot):
        await settle(pilot)
        lines = screen_text(app).splitlines()
    done = next(x for x in lines if " 1.2 " in x)
    assert re.search(r"Done +B ", done), done
    assert main(["list", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Blue" in next(x for x in out if x[2:].startswith("1.2 "))
    assert "Amber" in next(x for x in out if x[2:].startswith("2.2 "))


async def test_a_plan_without_brag_lists_done_actions_unrated(db_path: Path) -> None:
    db = holding(db_path, None)
    async with running(db) as (app, pilot):
        await settle(pilot)
        lines = screen_text(app).splitlines()
    assert re.search(r"Done +- ", next(x for x in lines if " 1.2 " in x))
