"""Trusting the file: only our databases are opened, and they stay private.

Every refusal is checked byte for byte, and for the files SQLite would put
beside it: a refused file must be exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from store import DatabaseError, InvalidValueError, NewerDatabaseError, Store
from tests.conftest import as_from_a_newer_version, small_plan

Snapshot = dict[str, bytes]


def snapshot(folder: Path) -> Snapshot:
    """Every file in the folder and its bytes: side files count too."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def another_programs_database(path: Path, wal: bool) -> None:
    """A browser-history-like SQLite file (Firefox keeps places.sqlite in WAL)."""
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()


def newer_database(path: Path) -> None:
    Store.open(path).close()
    as_from_a_newer_version(path)


def corrupt_database(path: Path) -> None:
    """A real SQLite header on a damaged body, and a file that is not SQLite at all."""
    Store.open(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))


MAKERS: dict[str, Callable[[Path], None]] = {
    "foreign": lambda p: another_programs_database(p, wal=False),
    "foreign-wal": lambda p: another_programs_database(p, wal=True),
    "newer": newer_database,
    "corrupt": corrupt_database,
    "not-sqlite": lambda p: p.write_bytes(b"plan,notes\n1,hello\n" * 50),
}
REFUSAL = {
    "foreign": "not an actionplan database",
    "foreign-wal": "not an actionplan database",
    "newer": "newer version",
    "corrupt": "corrupt",
    "not-sqlite": "not an actionplan database or corrupt",
}


@pytest.mark.parametrize("kind", MAKERS)
def test_a_file_that_is_not_ours_is_refused_and_left_byte_for_byte(
    db_path: Path, kind: str
) -> None:
    MAKERS[kind](db_path)
    before = snapshot(db_path.parent)
    with pytest.raises(DatabaseError, match=REFUSAL[kind]):
        Store.open(db_path)
    assert snapshot(db_path.parent) == before


def test_another_programs_database_is_named_as_such(db_path: Path) -> None:
    another_programs_database(db_path, wal=True)
    with pytest.raises(DatabaseError) as refused:
        Store.open(db_path)
    assert str(refused.value) == (
        f"{db_path}: not an actionplan database (another program's: 1 tables, moz_places);"
        " nothing was changed"
    )
    assert not isinstance(refused.value, NewerDatabaseError)


def test_an_existing_empty_file_becomes_an_owner_only_database(db_path: Path) -> None:
    db_path.touch()
    db_path.chmod(0o644)
    s = Store.open(db_path)
    s.merge_plans([small_plan()], "import")
    s.close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert [p.title for p in Store.open(db_path).plans()] == ["Test plan"]


def test_an_empty_sqlite_file_becomes_a_database_without_a_backup(db_path: Path) -> None:
    sqlite3.connect(db_path).execute("VACUUM").connection.close()
    Store.open(db_path).close()
    assert [p.name for p in db_path.parent.iterdir() if "backup" in p.name] == []


def test_a_symlinked_database_is_refused_unless_named(db: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(db)
    with pytest.raises(DatabaseError, match="is a symlink; name it with --db"):
        Store.open(link)
    s = Store.open(link, explicit=True)
    assert [p.title for p in s.plans()] == ["Test plan"]
    s.close()


def test_a_dangling_symlink_is_not_followed_to_create_a_file(tmp_path: Path) -> None:
    link = tmp_path / "plans.db"
    target = tmp_path / "elsewhere.db"
    link.symlink_to(target)
    with pytest.raises(DatabaseError, match="symlink"):
        Store.open(link)
    assert not target.exists()


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_a_file_another_user_owns_is_refused_unless_named(db: Path) -> None:
    os.chown(db, 65534, 65534)
    before = snapshot(db.parent)
    with pytest.raises(DatabaseError, match="owned by another user"):
        Store.open(db)
    assert snapshot(db.parent) == before
    Store.open(db, explicit=True).close()


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "plans.db"
    os.mkfifo(fifo)
    with pytest.raises(DatabaseError, match="not a regular file"):
        Store.open(fifo, explicit=True)


def test_the_backup_is_private_from_its_first_byte(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under umask 000, with chmod forbidden, the pre-migration copy is still 0600:
    it was created with that mode, not narrowed after the copy."""
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_reviews'")
        conn.execute("DROP TABLE review_items")
        conn.execute("DROP TABLE reviews")
    conn.close()

    def no_chmod(*args: object, **kwargs: object) -> None:
        raise AssertionError("chmod after the fact")

    old_umask = os.umask(0)
    monkeypatch.setattr(os, "chmod", no_chmod)
    try:
        Store.open(db).close()
    finally:
        os.umask(old_umask)
    (backup,) = db.parent.glob("plans.db.backup-*")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_the_data_folders_are_owner_only_under_umask_000(tmp_path: Path) -> None:
    code = "import os; os.umask(0); from actionplan.cli import default_db; print(default_db())"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "home" / ".local" / "share")}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == str(tmp_path / "home/.local/share/actionplan/actionplan.db")
    modes = {
        p.name: stat.S_IMODE(p.stat().st_mode)
        for p in (tmp_path / "home", tmp_path / "home/.local", tmp_path / "home/.local/share")
    }
    modes["actionplan"] = stat.S_IMODE((tmp_path / "home/.local/share/actionplan").stat().st_mode)
    assert modes == {".local": 0o700, "share": 0o700, "actionplan": 0o700, "home": 0o700}


def test_an_undone_import_can_be_imported_again_and_undone_again(store: Store) -> None:
    store.undo()  # the fixture's import
    assert store.plans() == []
    (report,) = store.merge_plans([small_plan()], "import again")
    assert report.plan_created and report.actions_created == 4
    (plan,) = store.plans()
    assert (plan.title, plan.actions) == ("Test plan", 4)
    assert [store.find_action(r).text for r in ("1.1", "2.2")] == [
        "Write the strategy",
        "Peer review [TBC]",
    ]
    store.undo()
    assert store.plans() == []
    store.redo()
    assert [p.actions for p in store.plans()] == [4]


def test_a_new_plan_may_take_an_archived_title_but_not_a_live_one(store: Store) -> None:
    with pytest.raises(InvalidValueError, match="'test PLAN' is taken; choose another title"):
        store.create_plan("test PLAN")
    store.undo()
    plan_id = store.create_plan("Test plan")
    assert [(p.id, p.title, p.actions) for p in store.plans()] == [(plan_id, "Test plan", 0)]


def test_a_copy_of_the_file_made_while_the_app_is_open_holds_every_saved_edit(
    store: Store, db_path: Path, tmp_path: Path
) -> None:
    """Copying plan.db (not plan.db-wal) to a shared drive while the TUI is open: the
    copy has the edit the app said was saved, an update added and an undo too."""
    action = store.find_action("1.1").id
    store.set_status(action, "blocked")
    store.add_update(action, "Escalated to the board")
    store.set_rag(action, "green")
    store.undo()
    copy = tmp_path / "share" / "plan.db"
    copy.parent.mkdir()
    copy.write_bytes(db_path.read_bytes())  # the main file alone, as `cp` or Explorer
    with sqlite3.connect(copy) as conn:
        row = conn.execute("SELECT status, rag FROM actions WHERE ref = '1.1'").fetchone()
        notes = [r[0] for r in conn.execute("SELECT text FROM updates ORDER BY id")]
    conn.close()
    assert row == ("blocked", "red")
    assert "Escalated to the board" in notes
