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


def history_as_shown(app: ActionPlanApp) -> list[str]:
    """The detail's History lines as on screen, up to the pane's edge, to the first blank."""
    shown = screen_text(app).splitlines()
    first = next(n for n, line in enumerate(shown) if line.rstrip(" │┃").endswith("History"))
    column = shown[first].index("History")
    lines = []
    for line in shown[first + 1 :]:
        piece = line[column:].replace("┃", "│").split("│")[0].rstrip(" ▁▇█▎▊")
        if not piece or piece[0] in "━─╰┗":  # a blank line or the pane's bottom edge
            break
        lines.append(piece)
    return lines


async def test_a_long_history_line_hangs_under_its_text_in_the_detail(db_path: Path) -> None:
    """A history line's second line ("update added: Walked the new …" wrapped) started at
    the pane's left edge, under the date, as updates once did: each date now stands alone
    down the left, each entry's later lines under its own text."""
    plan_with_a_long_note(db_path)
    store = Store.open(db_path)
    store.add_update(store.find_action("1.1").id, "Consent section shortened by the Mosaic team")
    store.close()
    app = open_app(db_path)
    async with app.run_test(size=(160, 48)) as pilot:  # the pane beside the list: narrow
        await settle(pilot)
        lines = history_as_shown(app)
    dated = [n for n, line in enumerate(lines) if line[:11].strip()]
    text_at = lines[0].index("  ", 10) + 2  # after the date and its two spaces
    assert len(lines) > len(dated), lines  # some entry takes two lines
    for n, line in enumerate(lines):
        if n not in dated:
            assert not line[:text_at].strip() and line[text_at] != " ", lines
