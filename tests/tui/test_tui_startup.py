"""Start-up stays light: the app opens without the libraries only some keys need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from actionplan.demo import write_demo_database

HEAVY = ["pydantic", "openpyxl", "sqlite_utils", "importers", "reports"]


def test_opening_the_app_imports_none_of_the_heavy_libraries(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    write_demo_database(db)
    code = (
        "import sys; from pathlib import Path; from tui import open_app;"
        f" app = open_app(Path({str(db)!r})); app.store.close();"
        f" print([m for m in {HEAVY!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
