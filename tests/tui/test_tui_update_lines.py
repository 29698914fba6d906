"""An update too long for one line hangs under its own text, not under its date, in the
detail pane and in the weekly review, at 80x24 and at 160x48."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store import Store
from store.docs import UpdateDoc
from tests.conftest import added_weeks_ago, small_plan
from tests.tui.test_tui_main import screen_text, settle
from tui import open_app
from tui.app import ActionPlanApp

NOTE = (
    "Walked the new referral form through with the [TBC] panel and two locality teams; "
    "they asked for a shorter consent section, which the Mosaic team will build before "
    "the practice group signs it off in January, with a further trial in the west locality."
)


def plan_with_a_long_note(db_path: Path) -> None:
    """1.1 (overdue, first in the review) has a note dated 20 Nov 2026 of several lines."""
    plan = small_plan()
    plan.recommendations[0].actions[0].updates.append(
        UpdateDoc(date=dt.date(2026, 11, 20), text=NOTE)
    )
    store = Store.open(db_path)
    store.merge_plans([plan], "test import")
    store.close()
    added_weeks_ago(db_path)


def note_as_shown(app: ActionPlanApp) -> tuple[list[str], list[str]]:
    """The note's pieces as on screen, line by line, and what stands under its date
    on each line after the first."""
    shown = screen_text(app).splitlines()
    first = next(n for n, line in enumerate(shown) if "20 Nov 2026  Walked" in line)
    date, column = shown[first].index("20 Nov 2026"), shown[first].index("Walked")
    pieces: list[str] = []
    for line in shown[first : first + 12]:
        if " ".join(pieces) == NOTE:
            break
        piece = line[column:].replace("┃", "│").split("│")[0]  # up to the pane's edge
        pieces.append(piece.strip(" ▁▇█▎▊"))
    return pieces, [line[date:column] for line in shown[first + 1 : first + len(pieces)]]


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_long_update_hangs_under_its_text_in_the_detail(
    db_path: Path, size: tuple[int, int]
) -> None:
    """Its second and later lines started at the pane's left edge, under the date,
    so the dates no longer stood out down the list of updates; '[TBC]' reads as written."""
    plan_with_a_long_note(db_path)
    app = open_app(db_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        if size == (80, 24):  # the detail stands in for the list: open it, read to its end
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("end")
            await settle(pilot)
        pieces, under_date = note_as_shown(app)
    assert " ".join(pieces) == NOTE
    assert under_date and not "".join(under_date).strip()


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_a_long_update_hangs_under_its_text_in_the_weekly_review(
    db_path: Path, size: tuple[int, int]
) -> None:
    plan_with_a_long_note(db_path)
    app = open_app(db_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        pieces, under_date = note_as_shown(app)
    assert " ".join(pieces) == NOTE
    assert under_date and not "".join(under_date).strip()
