"""Undated notes on screen: shown as "undated", last, and of unknown age in the review."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import added_weeks_ago
from tests.tui.test_tui_main import list_text, running, settle
from tests.tui.test_tui_review import body
from tui.widgets.detail import DetailPane


def lines_by_ref(app: object) -> dict[str, str]:
    """The list's lines on screen, by the ref each shows."""
    lines = [line for line in list_text(app).splitlines() if line.strip()]  # type: ignore[arg-type]
    return {line.split()[0].lstrip("!"): line for line in lines}


def detail_text(app: object) -> str:
    pane = app.screen.query_one(DetailPane)  # type: ignore[attr-defined]
    return str(pane.query_one("#detail-body").render())


async def test_undated_notes_read_undated_below_dated_ones(undated_db: Path) -> None:
    added_weeks_ago(undated_db)  # 2.1: in the app 8 weeks, its notes undated
    async with running(undated_db) as (app, pilot):
        shown = detail_text(app)
        # each day right-aligned (tests/tui/test_tui_user_check35.py): the texts in one column
        assert "1 Sep 2026  Mosaic form drafted\n    undated  Reported to the board" in shown
        assert "24 Nov 2026" not in shown.split("Updates", 1)[1].split("History", 1)[0]
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("enter")  # 1.1 (overdue) first, then 2.1
        await settle(pilot)
        assert "2.1  Monthly audits" in body(app)
        assert "Why it is here: no dated update" in body(app)
        assert "undated  Audit yet to be scheduled" in body(app)


async def test_the_upd_column_says_no_date_when_the_only_updates_are_undated(
    undated_db: Path,
) -> None:
    """2.1's one update has no date: its age reads "n.d." (no date), not "—" as for an
    action with no updates at all (2.2)."""
    async with running(undated_db) as (app, pilot):
        lines = lines_by_ref(app)
        assert lines["2.1"].rstrip().endswith(" n.d.")
        assert lines["2.2"].rstrip().endswith(" —")


async def test_the_upd_column_says_none_when_the_only_update_was_undone(
    undated_db: Path,
) -> None:
    """2.2's one note, added and then undone, read "n.d." (undated notes) in the Upd
    column: the removed note still counted. It has no live update: "—"."""
    from store import Store

    with Store.open(undated_db) as s:
        action = s.find_action("2.2")
        s.add_update(action.id, "Peer review booked")
        s.undo()
        assert s.find_action("2.2").undated_updates is False
    async with running(undated_db) as (app, _):
        lines = lines_by_ref(app)
        assert lines["2.2"].rstrip().endswith(" —")
