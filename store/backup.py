"""The database copied whole, and put back: ``actionplan backup`` and ``restore``.

The JSON export carries the plans but not their history, the chase packs sent or
the replies merged; a backup is the database itself. It is written with SQLite's
online backup API in one step under a read transaction, so it is consistent even
while the TUI has the file open and is writing to it (WAL lets it read beside a
write). A backup never replaces a file. A restore first checks the file is an
actionplan database this version can open, keeps the current database as a dated
backup, then puts the file in place whole (atomically: a rename in its folder).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from shlex import quote

from store.core import is_busy
from store.errors import DamagedDatabaseError, DatabaseError, NewerDatabaseError
from store.opening import (
    applied_migrations,
    check_path,
    create_private,
    no_database,
    read_only_uri,
    remove_side_files,
    require_database,
)
from store.schema import BUSY_TIMEOUT_MS, MIGRATION_NAMES, MIGRATION_SET


def dated_name(db: Path, day: dt.date, note: str = "") -> Path:
    """ "actionplan-2026-12-02.db" beside "actionplan.db"; ``note`` after the date
    ("-before-restore")."""
    return db.with_name(f"{db.stem}-{day.isoformat()}{note}{db.suffix or '.db'}")


def backup(db: Path, target: Path) -> Path:
    """Write a consistent copy of the database ``db`` to ``target``, a new file.
    Refuses to replace a file; returns the copy."""
    _require_ours(db)
    source = _reader(db)
    try:
        _require_readable(source, db)
        return _backup_from(source, target)
    finally:
        source.close()


def _reader(db: Path) -> sqlite3.Connection:
    """A connection to copy ``db`` from. A file or folder the user cannot write (a
    colleague's read-only share) is opened read-only, immutable when no WAL file is
    beside it: an ordinary connection to it left ro.db-wal and ro.db-shm there, or
    failed where the folder is read-only, and the failure blamed the destination."""
    if os.access(db, os.W_OK) and os.access(db.parent, os.W_OK):
        return _connect(db)
    try:
        return sqlite3.connect(read_only_uri(db), uri=True)
    except sqlite3.Error as exc:
        raise _unreadable(db, exc) from None


def _require_readable(source: sqlite3.Connection, db: Path) -> None:
    """Read the source once before the copy, so a failure to read it names it, not the copy."""
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        if is_busy(exc):
            return  # a writer mid-commit: the copy waits for it, as ever
        raise _unreadable(db, exc) from None


def _unreadable(db: Path, exc: sqlite3.Error) -> DatabaseError:
    """The refusal when the source cannot be read: it names the source, not the copy."""
    return DatabaseError(f"{db}: cannot read the database ({exc}); nothing was written")


def _backup_from(source: sqlite3.Connection, target: Path) -> Path:
    if target.is_dir():
        raise DatabaseError(f"{target}: is a folder; name the backup file")
    if os.path.lexists(target):
        raise _taken(target)
    if not target.parent.is_dir():
        raise DatabaseError(f"{target}: folder {target.parent} does not exist")
    _copy_into(source, target, lambda temporary: _link(temporary, target))
    return target


def restore(db: Path, source: Path, day: dt.date) -> Path | None:
    """Put the database file ``source`` in place of ``db``, keeping the current one as a
    dated backup first (returned; None when there was none). ``source`` must be an
    actionplan database this version can open; ``db`` must be closed everywhere else."""
    if db.exists() and source.exists() and source.samefile(db):
        raise DatabaseError(f"{source}: is the database itself; nothing was changed")
    _require_restorable(source)
    if not (db.exists() and db.stat().st_size):
        check_path(db, explicit=True)
        _put_in_place(source, db)
        return None
    kept_as = dated_name(db, day, "-before-restore")  # "…-2.db" if taken, found as it is written
    try:
        _require_ours(db)
    except DamagedDatabaseError:  # what a restore is for: kept as it is, then replaced
        kept = _keep_bytes(db, free_name(kept_as))
        _put_in_place(source, db)
        return kept
    lock = _lock_alone(db)
    try:
        kept = _backup_from(lock, free_name(kept_as))
        _put_in_place(source, db)
    finally:
        lock.close()
    return kept


def _keep_bytes(db: Path, target: Path) -> Path:
    """Copy a damaged database byte for byte to ``target`` (owner-only): SQLite cannot
    read it to back it up, and what it still holds may yet be recovered by hand."""
    if not create_private(target):
        raise _taken(target)
    try:
        shutil.copyfile(db, target)
        _fsync(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            target.unlink()
        raise DatabaseError(
            f"{target}: cannot write ({exc.strerror}); nothing was changed"
        ) from None
    return target


def refusal_words(exc: Exception) -> str:
    """A refusal as the user is told it: a damaged database with how to restore it."""
    if isinstance(exc, DamagedDatabaseError):
        return f"{exc}; {restore_advice(Path(exc.path))}"
    return str(exc)


def restore_advice(db: Path) -> str:
    """What to do about the damaged database ``db``, in words for one line: restore the
    newest backup beside it (``actionplan backup``'s dated copies, or the copy made before
    a migration; not the one a restore replaced, which a restore moved away from), or,
    with none there, where backups go."""
    beside = [
        p
        for pattern in (f"{db.stem}-*{db.suffix or '.db'}", f"{db.name}.backup-*")
        for p in db.parent.glob(pattern)
        if p.is_file() and p != db and "-before-restore" not in p.name
    ]
    command = "to recover, restore a backup: actionplan restore"
    if beside:
        newest = max(beside, key=lambda p: p.stat().st_mtime)
        return f"{command} {quote(str(newest))} --db {quote(str(db))} (the newest beside it)"
    return (
        f"{command} BACKUP --db {quote(str(db))} (none is beside it: actionplan backup writes them"
        f" there, as {db.stem}-YYYY-MM-DD{db.suffix or '.db'})"
    )


def _require_ours(db: Path) -> None:
    if not db.exists():
        raise no_database(db)
    require_database(db, MIGRATION_NAMES, MIGRATION_SET)


def _require_restorable(source: Path) -> None:
    """Refuse, reading only, a file that is not an actionplan database, one from a newer
    version, or one SQLite finds damaged."""
    if not source.is_file():
        raise DatabaseError(f"{source}: no such file; nothing was changed")
    try:
        applied = applied_migrations(source, MIGRATION_NAMES, MIGRATION_SET)
    except NewerDatabaseError:
        raise DatabaseError(
            f"{source}: written by a newer version of actionplan, which this one cannot"
            " open; nothing was changed"
        ) from None
    except DatabaseError as exc:
        raise DatabaseError(_unchanged(str(exc))) from None
    if not applied:
        raise DatabaseError(f"{source}: not an actionplan database; nothing was changed")
    conn = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        verdict = str(exc)
    finally:
        conn.close()
    if verdict != "ok":
        raise DatabaseError(f"{source}: damaged ({verdict}); nothing was changed")


def _unchanged(message: str) -> str:
    return message if message.endswith("nothing was changed") else f"{message}; nothing was changed"


def _lock_alone(db: Path) -> sqlite3.Connection:
    """A connection holding ``db`` alone: leaving WAL mode needs every other connection
    closed, so a TUI or an import still using the file is told, not overwritten."""
    conn = _connect(db, timeout=1.0)
    try:
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        conn.execute("BEGIN")  # a read holds the file: no one writes until the copy is made
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        conn.close()
        if is_busy(exc):
            raise DatabaseError(
                f"{db}: in use by another program (close actionplan there first);"
                " nothing was changed"
            ) from None
        raise DatabaseError(f"{db}: {exc}; nothing was changed") from None
    if mode != "delete":
        conn.close()
        raise DatabaseError(f"{db}: in use by another program; nothing was changed")
    return conn


def _replace(db: Path) -> Callable[[Path], None]:
    return lambda temporary: os.replace(temporary, db)


def _put_in_place(source: Path, db: Path) -> None:
    """Copy ``source`` beside ``db`` and rename it over ``db`` in one step: a failure
    part-way leaves the database as it was."""
    reader = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        _copy_into(reader, db, _replace(db))
    finally:
        reader.close()
    remove_side_files(db)


def _copy_into(source: sqlite3.Connection, target: Path, place: Callable[[Path], None]) -> None:
    """Copy the database into a new owner-only file beside ``target``, on disk, then
    ``place`` it; the temporary file never outlives the call."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        create_private(temporary)
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one file, whatever the source's
        finally:
            copy.close()
        _fsync(temporary)
        place(temporary)
    except sqlite3.Error as exc:
        raise DatabaseError(
            f"{target}: cannot write the copy ({exc}); nothing was changed"
        ) from None
    except OSError as exc:
        raise DatabaseError(
            f"{target}: cannot write ({exc.strerror}); nothing was changed"
        ) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _link(temporary: Path, target: Path) -> None:
    """Claim ``target`` by a hard link, which fails if the name appeared meanwhile."""
    taken = _taken(target)
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise taken from None
    except OSError:  # a file system without hard links (a FAT or exFAT USB stick)
        if target.exists():
            raise taken from None
        os.replace(temporary, target)


def _taken(target: Path) -> DatabaseError:
    """The refusal, with the way out: a second backup the same day was refused and
    the user left to guess the file was theirs to name."""
    return DatabaseError(
        f"{target}: exists already; a backup never replaces a file"
        " (name another: actionplan backup FILE)"
    )


def free_name(path: Path) -> Path:
    """``path``, or "…-2.db", "…-3.db" when taken (two backups or restores in a day)."""
    n = 1
    found = path
    while os.path.lexists(found):
        n += 1
        found = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return found


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _connect(db: Path, timeout: float = BUSY_TIMEOUT_MS / 1000) -> sqlite3.Connection:
    try:
        return sqlite3.connect(db, timeout=timeout)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{db}: cannot open database ({exc})") from None
