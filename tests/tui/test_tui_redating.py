"""Re-dating an action with a reason: the due dialog's second box, Tab to reach it."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from reports import markdown_report
from reports.model import build_report
from store import Store
from tests.tui.test_tui_main import detail_text, running, settle

REASON = "Awaiting the new finance system go-live"


async def test_a_deadline_moved_with_a_reason_keeps_it_and_the_papers_say_it(db: Path) -> None:
    """1.1 moved from 31 Oct 2026 to 31 Jan 2027 could carry no reason: the paper's
    Why said only 'slipped +92 days'. Tab reaches a reason box; Enter saves both in
    one edit, the reason an update; the detail and the paper's Why say it."""
    async with running(db) as (app, pilot):
        await pilot.press("d", "ctrl+u", *"31/1/27", "tab", *REASON, "enter")
        await settle(pilot)
        detail = detail_text(app)
    assert f"Why moved: {REASON}" in detail
    with sqlite3.connect(db) as conn:
        due = conn.execute("SELECT due FROM actions WHERE ref = '1.1'").fetchone()
        updates = conn.execute(
            "SELECT u.date, u.text FROM updates u JOIN actions a ON a.id = u.action_id"
            " WHERE a.ref = '1.1' ORDER BY u.id DESC"
        ).fetchall()
        batches = conn.execute("SELECT count(DISTINCT batch_id) FROM changes").fetchone()
    assert due == ("2027-01-31",)
    assert updates[0][1] == REASON  # dated today, as every update typed
    assert batches == (2,)  # the import, then one edit holding the date and its reason
    s = Store.open(db)
    paper = markdown_report.render(build_report(s, None, None))
    history = s.action_history(s.find_action("1.1").id)
    s.close()
    assert f"slipped +92 days ({REASON})" in paper
    assert len(history[0].changes) >= 2  # one undo takes back the date and the reason


async def test_a_deadline_moved_without_a_reason_adds_no_update(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("d", "ctrl+u", *"31/1/27", "enter")
        await settle(pilot)
        detail = detail_text(app)
    assert "Why moved" not in detail
    s = Store.open(db)
    action = s.find_action("1.1")
    assert action.due == dt.date(2027, 1, 31)
    assert [u.text for u in s.action_detail(action.id).updates] == ["Mosaic form drafted"]
    s.close()
