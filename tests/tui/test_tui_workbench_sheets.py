"""The workbench on sheets read as one plan: the source grid numbers each sheet's rows as
that sheet does, and names the sheet and row under the cursor."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_sheet_rows import two_directorates
from tests.tui.test_tui_main import running, settle
from tests.tui.test_tui_workbench import grid_lines, open_workbench
from tui.widgets.source_grid import SourceGrid


async def test_the_grid_numbers_each_sheets_rows_and_names_the_cursors(
    db_path: Path, tmp_path: Path
) -> None:
    path = two_directorates(tmp_path / "plan.xlsx")
    async with running(db_path) as (app, pilot):
        await open_workbench(pilot, path)
        lines = grid_lines(app, 12)
        # rows 1-5 of 'Medicine', then 'Surgery' from its own row 1 (not row 6)
        assert [line[2:4].strip() for line in lines[2:12]] == [
            *"12345",
            *"12345",
        ]
        assert lines[7].startswith("   1 Trust action plan")
        grid = app.screen.query_one(SourceGrid)
        assert grid.border_subtitle == "row 1 of 'Medicine'"
        await pilot.press(*["down"] * 9)
        await settle(pilot)
        assert grid.border_subtitle == "row 5 of 'Surgery'"
