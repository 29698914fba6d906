"""The command line and the TUI's start refuse files that are not ours, untouched."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli_contract import run
from tests.cli.test_cli_user_check_7dec import _word_plan
from tests.conftest import as_before_search_prefixes
from tests.store.test_store_trust import MAKERS, REFUSAL, snapshot

CSV = "Recommendation,Action,Lead,Due\n1,Write the strategy,Marina Kitchen,March 2027\n"


def start_tui(db: Path, explicit: bool = False) -> subprocess.CompletedProcess[str]:
    """The TUI's start path up to the first frame: the file is opened and read
    (``explicit``: the path named with --db)."""
    opened = f"run(Path({str(db)!r}), None, {explicit})"
    code = f"from pathlib import Path; from tui import run; {opened}"
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


def empty_sqlite(path: Path) -> None:
    sqlite3.connect(path).execute("VACUUM").connection.close()


NO_DATABASE: dict[str, Callable[[Path], None]] = {
    "missing": lambda p: None,
    "empty": lambda p: p.touch(),
    "sqlite without tables": empty_sqlite,
}
READING = (
    ("plans",),
    ("list",),
    ("list", "--json"),
    ("export", "--format", "md"),
    ("export", "--format", "json"),
    ("update", "1.1", "--status", "done"),
)


@pytest.mark.parametrize("kind", NO_DATABASE)
def test_a_command_that_does_not_import_never_makes_a_database(tmp_path: Path, kind: str) -> None:
    """``--db empty.csv plans`` said "0 plans" and left a 212 KB database, mode 600."""
    db = tmp_path / "empty.csv"
    NO_DATABASE[kind](db)
    if db.exists():
        db.chmod(0o644)
    before = modes_and_bytes(tmp_path)
    for command in READING:
        out = run(*command, "--db", db)
        assert out.returncode == 1, (command, out.stdout)
        assert out.stdout == ""
        assert out.stderr.count("\n") == 1, out.stderr
        assert f"{db}: no such database" in out.stderr and "(import a plan first)" in out.stderr
        assert modes_and_bytes(tmp_path) == before
    if kind != "missing":  # the TUI's first start on a missing path makes its database
        out = start_tui(db, explicit=True)
        assert out.returncode == 1 and f"{db}: no such database" in out.stderr, out.stderr
        assert modes_and_bytes(tmp_path) == before


def test_import_still_makes_the_database_in_an_empty_file(tmp_path: Path) -> None:
    db = tmp_path / "plans.db"
    db.touch()
    plan = tmp_path / "plan.csv"
    plan.write_text(CSV)
    assert run("import", plan, "--db", db).returncode == 0
    out = run("plans", "--db", db)
    assert out.returncode == 0 and "1 plan" in out.stdout


def modes_and_bytes(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {p.name: (p.stat().st_mode, p.read_bytes()) for p in sorted(folder.iterdir())}


def _letter(path: Path, tables: list[list[str]]) -> Path:
    """A Word document of paragraphs, with a one-row table for each of ``tables``."""
    from docx import Document

    document = Document()
    document.add_paragraph("Dear Ms Patel,")
    document.add_paragraph("We will respond by 31 December 2026.")
    for cells in tables:
        table = document.add_table(rows=2, cols=len(cells))
        for cell, text in zip(table.rows[0].cells, cells, strict=True):
            cell.text = text
    document.save(str(path))
    return path


def _formulas_only(path: Path) -> Path:
    """A workbook a program wrote with formulas and never opened in Excel: no values."""
    from openpyxl import Workbook

    book = Workbook()
    for row in range(1, 4):
        book.active.append([f"=ROW()*{row}+SUM(A1:A1)"] * 3)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("name", "make", "said"),
    [
        (
            "letter.docx",
            lambda p: _letter(p, []),
            "no table found in letter.docx (a plan is a table with columns such as Action,"
            " Lead, Deadline)",
        ),
        (
            "contacts.docx",
            lambda p: _letter(p, [["Name", "Role", "Phone"]]),
            "contacts.docx: its one table is not a plan (first row 'Name, Role, Phone';"
            " expected columns such as Action, Lead, Deadline)",
        ),
        (
            "two.docx",
            lambda p: _letter(p, [["Name", "Role"], ["Date", "Item", "Cost"]]),
            "two.docx: none of its 2 tables is a plan (first rows: table 1 'Name, Role';"
            " table 2 'Date, Item, Cost'; expected columns such as Action, Lead, Deadline)",
        ),
        (
            "formulas.xlsx",
            _formulas_only,
            "formulas.xlsx: its cells are formulas with no saved values; open it in Excel"
            " and save it, then import again",
        ),
    ],
)
def test_a_file_with_no_plan_says_what_it_is_on_one_line(
    tmp_path: Path, name: str, make: Callable[[Path], Path], said: str
) -> None:
    """A letter said "no header row found in the first 30 rows", a workbook of formulas
    "the file is empty": now what the file holds, one line, exit 1, no database made
    and a database there left byte for byte."""
    source = make(tmp_path / name)
    fresh, kept = tmp_path / "fresh.db", tmp_path / "plans.db"
    plan = tmp_path / "plan.csv"
    plan.write_text(CSV)
    assert run("import", plan, "--db", kept).returncode == 0
    before = kept.read_bytes()
    for db in (fresh, kept):
        out = run("import", source, "--db", db)
        assert (out.returncode, out.stdout, out.stderr) == (1, "", f"actionplan: {said}\n")
    assert not fresh.exists() and kept.read_bytes() == before


def test_a_word_table_named_with_sheet_that_is_no_plan_names_the_table_that_is(
    tmp_path: Path,
) -> None:
    """`--sheet "Table 2"` on a document whose table 1 is the plan said "none of its 2
    tables is a plan": now that table 2 is not one and table 1 is, one line, exit 1,
    the database left byte for byte. `--sheet "Table 1"` said "a Word document has no
    sheets … name one of its other tables (Table 2)": table 1 is the plan's."""
    source = _word_plan(tmp_path / "plan.docx", ["Name", "Role", "Phone"])
    db = tmp_path / "plans.db"
    plan = tmp_path / "plan.csv"
    plan.write_text(CSV)
    assert run("import", plan, "--db", db).returncode == 0
    before = db.read_bytes()
    out = run("import", source, "--sheet", "Table 2", "--db", db)
    said = (
        "plan.docx: Table 2 is not a plan (first row 'Name, Role, Phone'); table 1 is:"
        " leave out --sheet to import it"
    )
    assert (out.returncode, out.stdout, out.stderr) == (1, "", f"actionplan: {said}\n")
    out = run("import", source, "--sheet", "Table 1", "--db", db)
    said = "plan.docx: Table 1 is read into the plan: leave out --sheet"
    assert (out.returncode, out.stdout, out.stderr) == (1, "", f"actionplan: {said}\n")
    assert db.read_bytes() == before


@pytest.fixture
def read_only_db(tmp_path: Path) -> Iterator[Path]:
    """A database the user may read but not write: mode 0444, and for root (who
    ignores modes) the immutable attribute, as on a colleague's read-only share."""
    db = tmp_path / "ro.db"
    plan = tmp_path / "plan.csv"
    plan.write_text("Ref,Action,Lead,Due\n1.1,Audit case files,Ann Lee,31/12/2026\n")
    assert run("import", plan, "--db", db).returncode == 0
    db.chmod(0o444)
    immutable = os.geteuid() == 0
    if immutable and subprocess.run(["chattr", "+i", str(db)], capture_output=True).returncode:
        pytest.skip("root ignores file modes and this file system has no immutable files")
    try:
        yield db
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(db)], check=True)


def test_a_read_only_database_is_read_and_dry_run_leaving_nothing_beside_it(
    read_only_db: Path, tmp_path: Path
) -> None:
    """`import --dry-run` was refused ("database is read-only") though it writes
    nothing; `plans` and `list` left empty ro.db-wal and ro.db-shm beside the file."""
    plan = tmp_path / "next.csv"
    plan.write_text("Ref,Action,Lead,Due\n1.1,Audit case files,Ann Lee,31/01/2027\n")
    dry = run("import", plan, "--db", read_only_db, "--dry-run", "--plan", "plan")
    assert dry.returncode == 0, dry.stderr
    assert (
        "  changed 1.1 due: 31 Dec 2026 ('31/12/2026') → 31 Jan 2027 ('31/01/2027')" in dry.stdout
    )
    plans = run("plans", "--db", read_only_db)
    assert plans.returncode == 0 and plans.stdout.endswith("1 plan\n")
    assert run("list", "--db", read_only_db).stdout.endswith("1 action, 0 overdue\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["next.csv", "plan.csv", "ro.db"]
    real = run("import", plan, "--db", read_only_db, "--plan", "plan")
    assert real.returncode == 1 and "read-only" in real.stderr


def test_export_to_a_file_and_a_refused_import_leave_a_read_only_database_alone(
    read_only_db: Path, tmp_path: Path
) -> None:
    """`export -o` (which records the export) and a real `import` opened the file for
    writing; SQLite fell back to reading and left ro.db-wal and ro.db-shm beside it.
    The paper is written, the export is said not to be remembered, the import is
    refused, and the folder holds what it held, byte for byte."""
    before = snapshot(tmp_path)
    paper = run("export", "--db", read_only_db, "--format", "md", "-o", tmp_path / "c.md")
    assert paper.returncode == 0, paper.stderr
    assert "note: the export was not remembered" in paper.stderr
    imported = run("import", tmp_path / "plan.csv", "--db", read_only_db, "--plan", "plan")
    assert imported.returncode == 1 and "read-only; nothing was saved" in imported.stderr
    after = snapshot(tmp_path)
    assert "Audit case files" in after.pop("c.md").decode()
    assert after == before


def test_a_read_only_database_is_backed_up_leaving_nothing_beside_it(
    read_only_db: Path, tmp_path: Path
) -> None:
    """User check 5 Dec 2026: `backup` of a read-only database failed and blamed the
    destination ("…/b1.db: cannot write the copy (unable to open database file)"). The
    source is only read: the copy is made, whole, and nothing is left beside the source."""
    copies = tmp_path / "copies"
    copies.mkdir()
    done = run("backup", "--db", read_only_db, copies / "b1.db")
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    assert done.stdout == f"backed up {read_only_db} to {copies / 'b1.db'}\n"
    assert run("list", "--db", copies / "b1.db").stdout.endswith("1 action, 0 overdue\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copies", "plan.csv", "ro.db"]


@pytest.fixture
def db_in_read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A writable database in a folder the user cannot write (a read-only share):
    mode 0555, and for root the immutable attribute."""
    folder = tmp_path / "share"
    folder.mkdir()
    db = folder / "plans.db"
    plan = tmp_path / "plan.csv"
    plan.write_text("Ref,Action,Lead,Due\n1.1,Audit case files,Ann Lee,31/12/2026\n")
    assert run("import", plan, "--db", db).returncode == 0
    folder.chmod(0o555)
    root = os.geteuid() == 0
    if root and subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("root ignores folder modes and this file system has no immutable files")
    try:
        yield db
    finally:
        if root:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_a_database_in_a_read_only_folder_is_exported_and_left_alone(
    db_in_read_only_folder: Path, tmp_path: Path
) -> None:
    """`export -o` failed: "cannot open database … its folder is read-only"; reading
    needs no file beside the database, so the paper is written and the folder kept."""
    before = snapshot(db_in_read_only_folder.parent)
    paper = run("export", "--db", db_in_read_only_folder, "--format", "md", "-o", tmp_path / "c.md")
    assert paper.returncode == 0, paper.stderr
    assert "Audit case files" in (tmp_path / "c.md").read_text()
    update = run("update", "1.1", "--status", "done", "--db", db_in_read_only_folder)
    assert update.returncode == 1 and "read-only; nothing was saved" in update.stderr
    assert snapshot(db_in_read_only_folder.parent) == before


def test_a_write_waiting_for_another_program_says_so_and_a_dry_run_does_not_wait(
    tmp_path: Path,
) -> None:
    """`update` sat silent for 8 s behind another program's write, then failed; it says
    it is waiting once the wait passes a second. A dry run needs no write lock."""
    db = tmp_path / "p.db"
    plan = tmp_path / "plan.csv"
    plan.write_text("Ref,Action,Lead,Due\n1.1,Audit case files,Ann Lee,31/12/2026\n")
    assert run("import", plan, "--db", db, "--plan", "P").returncode == 0
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program, mid-write
    try:
        dry = run("import", plan, "--db", db, "--plan", "P", "--dry-run")
        assert dry.returncode == 0 and dry.stderr == "", dry.stderr
        update = subprocess.Popen(
            [sys.executable, "-m", "actionplan.cli", "update", "1.1", "--status", "done",
             "--db", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        time.sleep(2.5)
    finally:
        other.execute("ROLLBACK")
        other.close()
    out, err = update.communicate(timeout=60)
    assert update.returncode == 0, err
    assert err == f"waiting for {db}: in use by another program…\n"
    assert out == "1.1: status Not started → Done\n"
