"""The detail pane shows a re-dated action's original deadline and its history in words."""

from __future__ import annotations

import datetime as dt

from store import Store
from tests.conftest import TODAY
from tui.widgets.detail import render_detail


def test_detail_shows_original_and_revised_deadline_and_history_in_words(store: Store) -> None:
    action_id = store.find_action("1.1").id
    store.set_due(action_id, dt.date(2026, 12, 16), "16 Dec 2026", "day")
    store.set_status(action_id, "blocked")
    shown = "\n".join(line.plain for line in render_detail(store.action_detail(action_id), TODAY))
    assert "Original due: 31 Oct 2026 → 16 Dec 2026 (+46 days), moved 1 time" in shown
    assert "due 31 Oct 2026 → 16 Dec 2026" in shown
    assert "status In progress → Blocked" in shown
    assert "2026-12-16" not in shown and "in_progress" not in shown
