"""The command line and the TUI's start refuse files that are not ours, untouched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli_contract import run
from tests.conftest import as_before_search_prefixes
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


def test_a_dry_run_on_an_older_file_upgrades_a_copy_not_the_file(db: Path, tmp_path: Path) -> None:
    """The dry run says what the import would do, and neither migrates nor backs up."""
    as_before_search_prefixes(db)
    plan = tmp_path / "plan.csv"
    plan.write_text(CSV)
    before = data_files(tmp_path)
    out = run("import", plan, "--dry-run", "--db", db)
    assert out.returncode == 0, out.stderr
    assert "would import" in out.stdout and "dry run: nothing was written" in out.stdout
    assert "upgrading" not in out.stderr
    assert data_files(tmp_path) == before


def data_files(folder: Path) -> dict[str, bytes]:
    """The folder's files but ``-shm``: SQLite's shared-memory index, which every
    reader of a WAL file updates (read marks), holds no data."""
    return {k: v for k, v in snapshot(folder).items() if not k.endswith("-shm")}


def test_a_dry_run_on_an_empty_file_leaves_it_empty(tmp_path: Path) -> None:
    db = tmp_path / "plans.db"
    db.touch()
    plan = tmp_path / "plan.csv"
    plan.write_text(CSV)
    out = run("import", plan, "--dry-run", "--db", db)
    assert out.returncode == 0, out.stderr
    assert db.read_bytes() == b""
