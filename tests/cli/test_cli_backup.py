"""``actionplan backup`` and ``restore``: the whole database, history and chase packs too."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from store import Store
from tests.cli.test_cli_chase import fill, run
from tests.conftest import as_from_a_newer_version

KEPT = (
    "SELECT id, batch_id, entity, entity_id, field, before, after FROM changes ORDER BY id",
    "SELECT id, label, undone FROM batches ORDER BY id",
    "SELECT id, lead, plan_id FROM chase_packs ORDER BY id",
    "SELECT pack_id, action_id, status, rag, due FROM chase_pack_actions ORDER BY 1, 2",
    "SELECT id, action_id, archived FROM chase_replies ORDER BY id",
    "SELECT id, action_id, date, text FROM updates ORDER BY id",
)


def rows(db: Path) -> list[list[tuple[object, ...]]]:
    """What the JSON export loses: history, chase packs and the replies merged."""
    conn = sqlite3.connect(db)
    try:
        return [conn.execute(query).fetchall() for query in KEPT]
    finally:
        conn.close()


def cut_in_half(db: Path) -> bytes:
    """``db`` cut short, as a laptop dying mid-write leaves it: what is left of it."""
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    return db.read_bytes()


def with_history(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An edit, a pack sent to Marina Kitchen and her reply merged."""
    assert run(capsys, "update", "2.1", "--db", db, "--rag", "amber")[0] == 0
    assert run(capsys, "chase", "--db", db, "--lead", "mar", "-o", tmp_path)[0] == 0
    pack = tmp_path / "Update request - Marina Kitchen - 2026-11-24.xlsx"
    reply = fill(pack, tmp_path / "reply.xlsx", {"K7": "Booked for January"})
    assert run(capsys, "import", reply, "--db", db)[0] == 0


def test_backup_then_restore_gives_back_history_packs_and_replies(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_history(db, tmp_path, capsys)
    before = rows(db)
    assert before[2] and before[4]  # a pack and a reply row to keep
    code, out, err = run(capsys, "backup", "--db", db)
    copy = db.with_name(f"{db.stem}-2026-11-24.db")
    assert (code, out, err) == (0, f"backed up {db} to {copy}\n", "")
    assert copy.stat().st_mode & 0o777 == 0o600
    assert run(capsys, "update", "1.1", "--db", db, "--status", "done")[0] == 0
    after_edit = rows(db)
    code, out, err = run(capsys, "restore", copy, "--db", db)
    kept = db.with_name(f"{db.stem}-2026-11-24-before-restore.db")
    assert (code, err) == (0, "")
    assert out == f"restored {db} from {copy}; the one it replaced is kept as {kept}\n"
    assert rows(db) == before and rows(kept) == after_edit
    assert Store.open(db).find_action("1.1").status == "in_progress"


def test_a_backup_never_replaces_a_file(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.db"
    target.write_text("a file of mine")
    code, out, err = run(capsys, "backup", target, "--db", db)
    assert (code, out) == (1, "")
    assert err == (
        f"actionplan: {target}: exists already; a backup never replaces a file"
        " (name another: actionplan backup FILE)\n"
    )
    assert target.read_text() == "a file of mine"


def test_a_backup_is_consistent_while_the_app_has_the_database_open(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The TUI holds the file open (WAL) and a write is under way: the backup does not
    wait for it and holds what was saved, not the half-made change."""
    store = Store.open(db)
    store.set_rag(store.find_action("2.1").id, "amber")  # saved
    writer = sqlite3.connect(db)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE actions SET text = 'half-made' WHERE ref = '1.1'")
    started = time.monotonic()
    assert run(capsys, "backup", tmp_path / "copy.db", "--db", db)[0] == 0
    assert time.monotonic() - started < 2
    writer.rollback()
    writer.close()
    store.close()
    copy = Store.open(tmp_path / "copy.db")
    assert copy.find_action("2.1").rag == "amber" and copy.find_action("1.1").text != "half-made"


def newer(path: Path) -> None:
    """A database a later actionplan wrote: a migration this version does not know."""
    Store.open(path).close()
    as_from_a_newer_version(path)


def another_program(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.close()


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda p: p.write_text("Ref,Action\n1,Do it\n"), "not an actionplan database or corrupt"),
        (another_program, "not an actionplan database (another program's: 1 tables"),
        (newer, "written by a newer version of actionplan, which this one cannot open"),
    ],
)
def test_restore_refuses_a_file_it_cannot_open_and_changes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, said: str
) -> None:
    source = tmp_path / "backup.db"
    make(source)  # type: ignore[operator]
    files = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    code, out, err = run(capsys, "restore", source, "--db", db)
    assert (code, out) == (1, "")
    assert err.startswith(f"actionplan: {source}: {said}")
    assert err.endswith("; nothing was changed\n") and err.count("\n") == 1
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == files


def test_restore_refuses_while_the_app_has_the_database_open(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "backup", tmp_path / "copy.db", "--db", db)[0] == 0
    store = Store.open(db)
    store.plans()
    code, _, err = run(capsys, "restore", tmp_path / "copy.db", "--db", db)
    store.close()
    assert code == 1
    assert err == (
        f"actionplan: {db}: in use by another program (close actionplan there first);"
        " nothing was changed\n"
    )
    assert not list(tmp_path.glob("*before-restore*"))


def test_a_damaged_database_says_how_to_restore_it_and_restore_puts_a_backup_back(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A laptop died mid-write: plan.db cut to half its size. Every command said only
    "not an actionplan database or corrupt (database disk image is malformed)", and
    `restore` refused the damaged file it was asked to replace."""
    assert run(capsys, "backup", "--db", db)[0] == 0
    copy = db.with_name(f"{db.stem}-2026-11-24.db")
    assert run(capsys, "update", "1.1", "--db", db, "--status", "blocked")[0] == 0
    with Store.open(db) as store:  # as SQLite leaves it: its WAL written into the file
        store.plans()
    damaged = cut_in_half(db)
    for command in (["list"], ["update", "1.1", "--status", "done"], ["backup"]):
        code, out, err = run(capsys, *command, "--db", db)
        assert (code, out) == (1, "")
        assert err == (
            f"actionplan: {db}: not an actionplan database or corrupt (database disk image is"
            f" malformed); to recover, restore a backup: actionplan restore {copy} --db {db}"
            " (the newest beside it)\n"
        )
    code, out, err = run(capsys, "restore", copy, "--db", db)
    kept = db.with_name(f"{db.stem}-2026-11-24-before-restore.db")
    assert (code, err) == (0, "")
    assert out == f"restored {db} from {copy}; the one it replaced is kept as {kept}\n"
    assert kept.read_bytes() == damaged and kept.stat().st_mode & 0o777 == 0o600
    assert Store.open(db).find_action("1.1").status == "in_progress"


def test_a_damaged_database_with_no_backup_beside_it_says_where_backups_go(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cut_in_half(db)
    code, _, err = run(capsys, "list", "--db", db)
    assert code == 1
    assert err.endswith(
        f"; to recover, restore a backup: actionplan restore BACKUP --db {db} (none is"
        f" beside it: actionplan backup writes them there, as {db.stem}-YYYY-MM-DD.db)\n"
    )
