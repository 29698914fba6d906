"""SVG snapshots of key screens on a fixed today (24 Nov 2026): 160x48, and the first
screen at 80x24, 120x40 and 200x60."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from actionplan.demo import write_demo_database
from tests.tui.test_tui_main import workers_done
from tui import open_app
from tui.app import ActionPlanApp

SIZE = (160, 48)


def demo_app(tmp_path: Path) -> ActionPlanApp:
    path = tmp_path / "demo.db"
    write_demo_database(path)
    return open_app(path)


async def wait(pilot: Any) -> None:
    for _ in range(3):
        await pilot.pause()
        await workers_done(pilot)


def pressing(*keys: str) -> Any:
    """A ``run_before`` that waits for the first screen, presses ``keys`` and waits."""

    async def run_before(pilot: Any) -> None:
        await wait(pilot)
        await pilot.press(*keys)
        await wait(pilot)

    return run_before


def test_main_screen(snap_compare: Any, tmp_path: Path) -> None:
    """The first screen: all 39 demo actions, 10 overdue marked with "!", the detail of 1.1."""
    assert snap_compare(demo_app(tmp_path), terminal_size=SIZE, run_before=wait)


def test_detail_of_an_overdue_action(snap_compare: Any, tmp_path: Path) -> None:
    """Overdue only, second row: the detail shows the deadline as written and days overdue."""
    assert snap_compare(demo_app(tmp_path), terminal_size=SIZE, run_before=pressing("o", "down"))


def test_help_screen(snap_compare: Any, tmp_path: Path) -> None:
    """The help lists every key of the contract."""
    assert snap_compare(
        demo_app(tmp_path), terminal_size=SIZE, run_before=pressing("question_mark")
    )


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 60)])
def test_main_screen_at_every_size(
    snap_compare: Any, tmp_path: Path, size: tuple[int, int]
) -> None:
    """80x24 and 120x40: the list alone, with its text, lead, due date and status, and "? Help"
    on the key bar; 200x60: recommendations, list and detail side by side."""
    assert snap_compare(demo_app(tmp_path), terminal_size=size, run_before=wait)


def test_detail_opened_at_80x24(snap_compare: Any, tmp_path: Path) -> None:
    """At 80x24 Enter opens the detail in the list's place, its ref and title pinned on top."""
    assert snap_compare(
        demo_app(tmp_path), terminal_size=(80, 24), run_before=pressing("down", "enter")
    )


def test_import_workbench(snap_compare: Any, tmp_path: Path) -> None:
    """The workbench at 120x40 on a published ILACS plan: the source with header row 4
    marked and each column's role over its name, the plan as it will import
    ("4 recommendations · 9 actions · 7 updates"), and the two deadlines it could not date."""
    plan = Path(__file__).parent.parent / "fixtures" / "plans" / "council_ilacs_westshire.csv"
    assert snap_compare(
        demo_app(tmp_path), terminal_size=(120, 40), run_before=pressing("i", *str(plan), "enter")
    )
