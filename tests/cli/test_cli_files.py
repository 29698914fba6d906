"""The command line and the TUI's start refuse files that are not ours, untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli_contract import run
from tests.store.test_store_trust import MAKERS, REFUSAL, snapshot

CSV = "Recommendation,Action,Lead,Due\n1,Write the strategy,Marina Kitchen,March 2027\n"


def start_tui(db: Path) -> subprocess.CompletedProcess[str]:
    """The TUI's start path up to the first frame: the file is opened and read."""
    code = f"from pathlib import Path; from tui import run; run(Path({str(db)!r}))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("kind", MAKERS)
def test_list_dry_run_and_the_tui_leave_a_foreign_file_byte_for_byte(
    tmp_path: Path, kind: str
) -> None:
    db = tmp_path / "places.sqlite"
    MAKERS[kind](db)
    plan = tmp_path / "plan.csv"
    plan.write_text(CSV)
    before = snapshot(tmp_path)
    for out in (
        run("list", "--db", db),
        run("import", str(plan), "--dry-run", "--db", db),
        start_tui(db),
    ):
        assert out.returncode == 1
        assert out.stderr.count("\n") == 1 and REFUSAL[kind] in out.stderr, out.stderr
        assert "upgrading" not in out.stderr
        assert snapshot(tmp_path) == before


def test_export_and_update_refuse_a_foreign_file_too(tmp_path: Path) -> None:
    db = tmp_path / "places.sqlite"
    MAKERS["foreign-wal"](db)
    before = snapshot(tmp_path)
    assert run("export", "--format", "json", "--db", db).returncode == 1
    assert run("update", "1.1", "--status", "done", "--db", db).returncode == 1
    assert snapshot(tmp_path) == before
