"""Exports never destroy a file: not the database, not an existing file, not on a full disk."""

from __future__ import annotations

import errno
import io
import json
import os
import stat
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reports import ReportError, export, files
from reports.files import ExistingFileError, write_export
from store import Store
from tests.cli.test_cli_contract import run
from tests.conftest import small_plan


def test_export_refuses_to_write_over_the_database(db: Path) -> None:
    before = db.read_bytes()
    link = db.parent / "other-name.db"
    link.symlink_to(db)
    for target in (db, link, Path(f"{db}-wal")):
        out = run("export", "--format", "json", "-o", target, "--force", "--db", db)
        assert out.returncode == 1
        assert "is the database itself" in out.stderr and out.stderr.count("\n") == 1
    assert db.read_bytes() == before
    assert json.loads(run("export", "--format", "json", "--db", db).stdout)["plans"]


def test_export_keeps_an_existing_file_unless_forced(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "committee.html"
    target.write_text("last month's report")
    out = run("export", "--format", "html", "-o", target, "--db", db)
    assert out.returncode == 1
    assert out.stderr == f"actionplan: {target}: already exists; add --force to replace it\n"
    assert target.read_text() == "last month's report"
    out = run("export", "--format", "html", "-o", target, "--force", "--db", db)
    assert out.returncode == 0, out.stderr
    assert "Write the strategy" in target.read_text()


def test_an_export_is_owner_only_whatever_the_umask(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"
    old = os.umask(0)
    try:
        assert run("export", "--format", "csv", "-o", target, "--db", db).returncode == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_full_disk_leaves_the_old_file_whole_and_no_scraps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    target.write_text("the old report")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(ReportError, match=r"\(No space left on device\); nothing was written"):
        write_export(target, b"x" * 100_000, tmp_path / "plans.db", replace=True)
    assert target.read_text() == "the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_a_file_made_while_exporting_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name is claimed by a hard link, which fails if the file appeared meanwhile."""
    target = tmp_path / "report.md"
    real = files._move_into_place

    def someone_else_first(temporary: str, target_: Path, replace: bool) -> None:
        target_.write_text("theirs")
        real(temporary, target_, replace)

    monkeypatch.setattr(files, "_move_into_place", someone_else_first)
    with pytest.raises(ExistingFileError):
        write_export(target, b"ours", tmp_path / "plans.db")
    assert target.read_text() == "theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["report.md"]


def test_xlsx_drops_what_xml_cannot_hold_and_keeps_the_rest(store: Store) -> None:
    action = store.find_action("1.1")
    store.add_update(action.id, "Vertical\x0btab and bell\x07 pasted from Word")
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))
    ws = book["Actions"]
    header = [c.value for c in ws[1]]
    latest = ws.cell(row=2, column=header.index("Latest update") + 1).value
    assert latest == "Vertical\ntab and bell pasted from Word"


def test_list_never_sends_control_characters_to_the_terminal(db_path: Path) -> None:
    s = Store.open(db_path)
    s.merge_plans([small_plan("Plan \x1b]0;pwned\x07 title")], "import")
    first = s.find_action("1.1").id
    s.set_text(first, "Write \x1b[2J\x1b[31mthe\x1b[0m strategy\x9b")
    s.set_people(first, ["Marina \x1bKitchen"], [])
    s.close()
    out = run("list", "--db", db_path)
    assert out.returncode == 0, out.stderr
    assert not any(ord(c) < 32 and c != "\n" or 0x7F <= ord(c) <= 0x9F for c in out.stdout)
    line = next(x for x in out.stdout.splitlines() if x[2:].startswith("1.1"))  # after "!"
    assert line.endswith("Marina Kitchen           Write the strategy")
