"""The Textual TUI for actionplan."""

from __future__ import annotations

import sys
from pathlib import Path


def run(db_path: Path) -> None:
    """Run the app on ``db_path``; a database that cannot be opened exits 1 with its message."""
    from tui.app import ActionPlanApp

    app = ActionPlanApp(db_path)
    message = app.run()
    if app.return_code:
        print(f"actionplan: {message}", file=sys.stderr)
        raise SystemExit(app.return_code)
