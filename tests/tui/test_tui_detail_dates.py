"""The detail pane shows an imported date field as the rest of the screen writes dates."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store import Store
from tests.conftest import small_plan
from tests.tui.test_tui_main import detail_text, running
from tui.widgets.detail import read_detail, render_detail


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


async def test_a_kept_due_column_is_labelled_as_the_plans_not_a_second_due(db_path: Path) -> None:
    """A plan's own 'Due' column kept beside the built-in due showed two 'Due' lines
    ('Due: Sat 31 Oct 2026' and 'Due: 31/03/2026'): the kept one is labelled as the
    workbook heads it, 'Due (plan column)', in the detail pane and the weekly review."""
    plan = small_plan()
    plan.recommendations[0].actions[0].fields.update({"Due": "31/03/2026", "Status": "G"})
    s = Store.open(db_path)
    s.merge_plans([plan], "test import")
    review = render_detail(read_detail(s, s.find_action("1.1").id), s.today())
    s.close()
    async with running(db_path) as (app, _):
        detail = detail_text(app)
    for lines in (detail.splitlines(), [line.plain for line in review]):
        assert len([line for line in lines if line.startswith("Due:")]) == 1
        assert "Due (plan column): 31/03/2026" in lines
        assert "Status (plan column): G" in lines
