"""A triage meeting's keys, checked by a user: what they must never lose or be told wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.tui.test_tui_main import bar_text, settle
from tui import open_app
from tui.widgets.action_list import ActionList
from tui.widgets.detail import DetailPane


async def _filter_open_and_leave_detail(pilot: Pilot[object]) -> None:
    await settle(pilot)
    await pilot.press("f", *"marina", "enter")
    await settle(pilot)
    await pilot.press("o")
    await settle(pilot)
    await pilot.press("enter")  # the detail: beside the list (wide) or instead of it
    await settle(pilot)
    assert pilot.app.screen.query_one(DetailPane).has_focus
    await pilot.press("escape")
    await settle(pilot)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_esc_in_the_detail_leaves_it_and_keeps_the_filters(
    db: Path, size: tuple[int, int]
) -> None:
    """At 160x48 Esc in the detail (beside the list) cleared the lead and "overdue only"
    ("4 of 4 actions … No filters"); at 80x24 it went back keeping them. Esc in the
    detail only leaves it, at every width: the filter line still names both."""
    async with open_app(db).run_test(size=size) as pilot:
        await _filter_open_and_leave_detail(pilot)
        bar = bar_text(pilot.app)  # type: ignore[arg-type]
        assert "person: Marina Kitchen" in bar and "overdue only" in bar
        assert "1 of 4 actions" in bar
        assert pilot.app.screen.query_one(ActionList).has_focus
