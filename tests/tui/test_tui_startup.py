"""Start-up stays light: the app opens without the libraries only some keys need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from actionplan.demo import write_demo_database

HEAVY = ["pydantic", "openpyxl", "sqlite_utils", "importers", "reports"]
# what only some keys open: imported when first opened (~30 ms of the first paint)
LATER = [
    "textual.widgets._text_area",
    "textual.widgets._sparkline",
    "store.chase",
    "tui.screens.dashboard",
    "tui.screens.empty",
    "tui.dialogs.action_form",
    "tui.dialogs.chase_dialog",
    "tui.dialogs.export_dialog",
    "tui.dialogs.help",
    "tui.dialogs.text",
]


def imported_on_opening(db: Path, modules: list[str]) -> str:
    """Which of ``modules`` opening the app on ``db`` imports, in a fresh interpreter."""
    code = (
        "import sys; from pathlib import Path; from tui import open_app;"
        f" app = open_app(Path({str(db)!r})); app.store.close();"
        f" print([m for m in {modules!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_opening_the_app_imports_none_of_the_heavy_libraries(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    write_demo_database(db)
    assert imported_on_opening(db, HEAVY) == "[]"


def test_opening_the_app_imports_no_dialog_or_screen_that_is_not_shown(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    write_demo_database(db)
    assert imported_on_opening(db, LATER) == "[]"


def test_an_empty_file_at_its_own_default_path_is_claimed_one_named_is_refused(
    tmp_path: Path,
) -> None:
    """A first start killed before its first write leaves an empty file at the TUI's own
    path: the next start makes the database there; an empty file named with --db (maybe
    the plan meant for import) is still refused, untouched."""
    from store import DatabaseError
    from tui import open_app

    db = tmp_path / "plans.db"
    db.touch()
    with pytest.raises(DatabaseError, match="no such database"):
        open_app(db, explicit=True)
    assert db.read_bytes() == b""
    app = open_app(db)
    app.store.close()
    assert db.stat().st_size > 0
