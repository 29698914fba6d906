"""The database file: permissions, migrations, refusals and concurrent writers."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from store import DatabaseError, NewerDatabaseError, Store
from store.core import Core
from store.models import ActionQuery
from store.opening import read_only_uri
from tests.conftest import (
    as_before_search_prefixes,
    as_before_undated_updates,
    as_from_a_newer_version,
    small_plan,
    undated_plan,
)


def test_a_new_database_is_owner_only(db_path: Path) -> None:
    Store.open(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_a_new_file_has_the_schema_and_records_sqlite_utils_would_give(tmp_path: Path) -> None:
    """A new file is given every migration at once, without sqlite-utils: the same
    tables, indexes and migration records as sqlite-utils' Migrations writes, so a
    later migration applies to it as to any other file."""
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

    from store import schema

    Store.open(tmp_path / "new.db").close()
    by_hand = sqlite3.connect(tmp_path / "new.db")
    by_sqlite_utils = sqlite3.connect(tmp_path / "old-way.db", isolation_level=None)
    schema._apply(by_sqlite_utils)  # the way every migration is applied to a file with data
    shape = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
    assert by_hand.execute(shape).fetchall() == by_sqlite_utils.execute(shape).fetchall()
    records = "SELECT id, migration_set, name FROM _sqlite_migrations ORDER BY id"
    assert by_hand.execute(records).fetchall() == by_sqlite_utils.execute(records).fetchall()
    assert [r[0] for r in by_hand.execute(records)] == list(range(1, len(schema.MIGRATIONS) + 1))
    db = sqlite_utils.Database(by_hand)
    assert {m.name for m in Migrations("actionplan").applied(db)} == set(schema.MIGRATION_NAMES)


def test_a_new_file_is_created_without_loading_sqlite_utils(tmp_path: Path) -> None:
    """Loading sqlite-utils took ~0.15 s of every import into a new file."""
    code = (
        "import sys; from pathlib import Path; from store import Store;"
        f" Store.open(Path({str(tmp_path / 'fresh.db')!r})).close();"
        " print('sqlite_utils' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    assert done.stdout.strip() == "False"


def test_a_first_start_that_fails_to_migrate_leaves_no_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An interrupted first start left a file no later start would open ("no such
    database"): the file it just made is removed when the first migration fails."""
    import store.schema

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(store.schema, "_migrate", interrupted)
    with pytest.raises(KeyboardInterrupt):
        Store.open(db_path)
    assert not db_path.exists()


def test_a_database_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    Store.open(db_path).close()
    as_from_a_newer_version(db_path)
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_migrating_an_existing_file_writes_a_backup_first(db_path: Path) -> None:
    """A file from before the reviews migration is backed up, then upgraded."""
    s = Store.open(db_path)
    s.create_plan("Kept plan")
    s.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_reviews'")
        conn.execute("DROP TABLE review_items")
        conn.execute("DROP TABLE reviews")
    upgraded = Store.open(db_path)
    assert [p.title for p in upgraded.plans()] == ["Kept plan"]
    upgraded.close()
    backups = list(db_path.parent.glob("plans.db.backup-*"))
    assert len(backups) == 1
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
    with sqlite3.connect(backups[0]) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        titles = [r[0] for r in conn.execute("SELECT title FROM plans")]
    assert "plans" in tables and "reviews" not in tables
    assert titles == ["Kept plan"]


def test_search_finds_the_same_actions_after_the_prefix_migration(db_path: Path) -> None:
    """A file searched without prefix indexes is re-indexed and finds what it found."""
    s = Store.open(db_path)
    s.merge_plans([small_plan()], "import")
    before = {t: s.action_ids(ActionQuery(text=t)) for t in ("m", "mo", "mosaic", "over")}
    s.close()
    as_before_search_prefixes(db_path)
    upgraded = Store.open(db_path)
    assert {t: upgraded.action_ids(ActionQuery(text=t)) for t in before} == before
    assert all(before.values())
    upgraded.close()
    with sqlite3.connect(db_path) as conn:
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'action_search'"
        ).fetchone()
    assert "prefix='1 2 3'" in sql
    assert len(list(db_path.parent.glob("plans.db.backup-*"))) == 1


def test_a_file_from_before_undated_updates_keeps_every_update(db_path: Path) -> None:
    """The rebuilt updates table keeps every row and id (history refers to them)."""
    s = Store.open(db_path)
    s.merge_plans([small_plan()], "import")
    first = s.find_action("1.1").id
    s.add_update(first, "Second note", dt.date(2026, 10, 5))
    s.add_update(first, "Withdrawn note", dt.date(2026, 10, 6))
    s.undo()  # archived, not deleted: it must survive the migration too
    s.close()
    as_before_undated_updates(db_path)
    before = _update_rows(db_path)
    assert len(before) == 3
    upgraded = Store.open(db_path)
    assert [(u.date, u.text) for u in upgraded.action_detail(first).updates] == [
        (dt.date(2026, 10, 5), "Second note"),
        (dt.date(2026, 9, 1), "Mosaic form drafted"),
    ]
    upgraded.merge_plans([undated_plan()], "import")
    upgraded.close()
    after = _update_rows(db_path)
    assert after[:3] == before
    assert [row[2:4] for row in after[3:]] == [
        (None, "Reported to the board"),
        (None, "Audit yet to be scheduled"),
    ]
    (backup,) = db_path.parent.glob("plans.db.backup-*")
    assert _update_rows(backup) == before


def _update_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM updates ORDER BY id").fetchall()


def test_a_corrupt_file_gives_a_clear_error_and_is_unchanged(db_path: Path) -> None:
    db_path.write_bytes(b"this is not a database at all" * 100)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="corrupt"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_a_missing_folder_and_a_directory_are_named(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        Store.open(tmp_path / "nowhere" / "plans.db")
    with pytest.raises(DatabaseError, match="is a directory"):
        Store.open(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_database_in_a_read_only_folder_says_the_folder_is_why(
    store: Store, db_path: Path
) -> None:
    store.close()
    db_path.parent.chmod(0o555)
    try:
        with pytest.raises(DatabaseError, match=f"its folder {db_path.parent} is read-only"):
            Store.open(db_path)
    finally:
        db_path.parent.chmod(0o755)


def test_a_read_only_disk_is_named_as_the_cause(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root can write anywhere, so stand in for a disk mounted read-only: SQLite
    cannot make its -shm file and the folder is not writable."""
    store.close()

    def refuse(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr("store.opening.os.access", lambda path, mode: False)
    monkeypatch.setattr("store.schema.sqlite3.connect", refuse)
    with pytest.raises(DatabaseError) as refused:
        Store.open(db_path)
    message = str(refused.value)
    assert "\n" not in message
    assert f"its folder {db_path.parent} is read-only" in message
    assert "copy it to a folder you can write to" in message


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_database_refuses_writes_clearly(store: Store, db_path: Path) -> None:
    store.close()
    db_path.chmod(0o400)
    s = Store.open(db_path)
    action = s.find_action("1.1")
    with pytest.raises(DatabaseError, match="read-only"):
        s.set_status(action.id, "done")
    assert s.action(action.id).status == "in_progress"


def test_a_store_held_open_on_a_read_only_file_sees_what_its_owner_writes_later(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The TUI on a colleague's read-only file was opened immutable: SQLite then takes
    no locks and trusts its cache, so the owner's later writes went unseen (or were read
    half-written). A one-off read command still opens it immutable, leaving no files."""
    from store import schema

    action = store.find_action("1.1")
    store.close()
    assert "immutable=1" in read_only_uri(db_path)  # no -wal: a one-off read leaves none
    assert "immutable" not in read_only_uri(db_path, lasting=True)
    monkeypatch.setattr(schema, "can_write", lambda path: False)  # root ignores modes
    reader = Store.open(db_path, lasting=True)
    assert reader.refuses_writes() and reader.action(action.id).status == "in_progress"
    owner = sqlite3.connect(db_path, isolation_level=None)
    owner.execute("UPDATE actions SET status = 'done' WHERE id = ?", (action.id,))
    owner.close()
    assert reader.action(action.id).status == "done"
    reader.close()


def test_a_write_refused_by_sqlite_is_reported_not_saved(store: Store) -> None:
    """Root ignores file modes, so make SQLite refuse writes the way a read-only file does."""
    action = store.find_action("1.1")
    store._conn.execute("PRAGMA query_only = 1")  # the write connection (reads have their own)
    with pytest.raises(DatabaseError, match="read-only; nothing was saved"):
        store.set_status(action.id, "done")
    store._conn.execute("PRAGMA query_only = 0")
    assert store.action(action.id).status == "in_progress"


def test_a_store_knows_it_cannot_write_before_a_save_tries(store: Store, db_path: Path) -> None:
    """A read-only open and a query-only connection both refuse; the file is unchanged."""
    assert not store.refuses_writes()
    store._conn.execute("PRAGMA query_only = 1")
    assert store.refuses_writes()
    store._conn.execute("PRAGMA query_only = 0")
    store.close()
    reader = sqlite3.connect(read_only_uri(db_path), uri=True, isolation_level=None)
    core = Core(reader, str(db_path))
    assert core.refuses_writes() and not reader.in_transaction
    reader.close()


def test_a_failed_write_rolls_back_everything(store: Store) -> None:
    action = store.find_action("1.1")
    with pytest.raises(RuntimeError):
        with store.writing("half") as w:
            w.execute("UPDATE actions SET status = 'done' WHERE id = ?", (action.id,))
            raise RuntimeError("power cut")
    assert store.action(action.id).status == "in_progress"


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from store import Store
    s = Store.open(Path(sys.argv[1]))
    action = s.find_action(sys.argv[2])
    for i in range(int(sys.argv[3])):
        s.add_update(action.id, f"{sys.argv[2]} note {i}")
    s.close()
    """
)


def test_two_processes_writing_at_once_lose_nothing(store: Store, db_path: Path) -> None:
    store.close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), ref, "40"],
            stderr=subprocess.PIPE,
            text=True,
        )
        for ref in ("1.1", "2.1")
    ]
    errors = [p.communicate(timeout=120)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    s = Store.open(db_path)
    for ref in ("1.1", "2.1"):
        notes = [u.text for u in s.action_detail(s.find_action(ref).id).updates]
        assert sorted(n for n in notes if "note" in n) == sorted(
            f"{ref} note {i}" for i in range(40)
        )
    assert s.count_actions(ActionQuery(text="note")) == (2, 1)
    s.close()


def test_a_writer_waits_out_a_short_lock(store: Store, db_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sqlite3, time
            c = sqlite3.connect({str(db_path)!r}, isolation_level=None)
            c.execute("BEGIN IMMEDIATE")
            print("locked", flush=True)
            time.sleep(2)
            c.execute("COMMIT")
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    action = store.find_action("1.2")
    assert store.set_rag(action.id, "green")  # waits about 2 s, then saves
    holder.wait(timeout=30)
    assert store.action(action.id).rag == "green"


def test_store_and_importers_never_import_textual() -> None:
    code = (
        "import sys, store, store.store, importers, actionplan.commands;"
        " print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_full_disk_is_reported_and_the_data_is_unchanged(store: Store, db_path: Path) -> None:
    """SQLite's max_page_count makes the file 'full' exactly as a full disk does."""
    from bench.synth import synthetic_plan

    before = store.export().model_dump_json()
    conn = store._conn  # the write connection: the file is full to writes
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(DatabaseError, match="disk is full; nothing was saved"):
        store.merge_plans([synthetic_plan(2000, 2)], "too big")
    assert store.export().model_dump_json() == before


def test_a_cached_list_sees_writes_from_another_process(store: Store, db_path: Path) -> None:
    query = ActionQuery(overdue=True)
    assert store.action_index(query).ids == [store.find_action("1.1").id]
    other = subprocess.run(
        [
            sys.executable,
            "-m",
            "actionplan.cli",
            "update",
            "1.1",
            "--status",
            "done",
            "--db",
            str(db_path),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert other.returncode == 0, other.stderr
    assert store.action_index(query).ids == []
