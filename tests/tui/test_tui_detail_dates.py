"""The detail pane shows an imported date field as the rest of the screen writes dates."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store import Store
from tests.conftest import small_plan
from tests.tui.test_tui_main import detail_text, running


async def test_an_imported_iso_date_field_shows_as_a_day_and_is_stored_as_it_was(
    db_path: Path,
) -> None:
    """A workbook's date cell is kept as "2026-11-01": the detail said "Target date:
    2026-11-01" beside "Due: 31 Oct 2026". It shows "1 Nov 2026"; words stay as written."""
    plan = small_plan()
    first = plan.recommendations[0].actions[0]
    first.fields.update({"Target date": "2026-11-01", "Review": "2026-13-01 or later"})
    s = Store.open(db_path)
    s.merge_plans([plan], "test import")
    s.close()
    async with running(db_path) as (app, _):
        detail = detail_text(app)
    assert "Target date: 1 Nov 2026" in detail
    assert "Review: 2026-13-01 or later" in detail  # not a date alone: as written
    with sqlite3.connect(db_path) as conn:
        (fields,) = conn.execute("SELECT fields FROM actions WHERE ref = '1.1'").fetchone()
    assert '"Target date": "2026-11-01"' in fields
