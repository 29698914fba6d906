"""Deciding whether a file is ours before one byte of it is written.

A file is an actionplan database only if it records actionplan migrations,
or is new or empty (then it becomes one, owner-only). Another program's
database, one from a newer actionplan, or a damaged file is refused with one
line and left exactly as it was: the decision reads the file without SQLite
writing anything (no journal-mode switch, no ``-wal``/``-shm`` beside it).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

from store.errors import DamagedDatabaseError, DatabaseError, NewerDatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_TABLE = "_sqlite_migrations"
# The files SQLite keeps beside a database, named after it: the write-ahead log, its
# shared-memory index, and the rollback journal of a file not (yet) in WAL mode
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")


def side_file(path: Path, suffix: str) -> Path:
    """The side file ``suffix`` (one of ``SIDE_FILE_SUFFIXES``) of the database at ``path``."""
    return path.with_name(path.name + suffix)


def remove_side_files(path: Path) -> None:
    """Delete the database's side files: one left beside a replaced or removed file
    would be read as the new file's own (a stale log replayed into it)."""
    for suffix in SIDE_FILE_SUFFIXES:
        side_file(path, suffix).unlink(missing_ok=True)


def check_path(path: Path, explicit: bool) -> None:
    """Refuse a path we must not open: a folder, a missing folder, and, unless
    the user named it with ``--db``, a symlink or a file someone else owns
    (a file pre-made in a shared folder would collect our staff names)."""
    if path.is_dir():
        raise DatabaseError(f"{path}: is a directory, not a database file")
    if not path.parent.is_dir():
        raise DatabaseError(f"{path}: folder {path.parent} does not exist")
    try:
        info = path.lstat()
    except FileNotFoundError:
        return
    if not explicit and stat.S_ISLNK(info.st_mode):
        raise DatabaseError(f"{path}: is a symlink; name it with --db to open it anyway")
    if not explicit and info.st_uid != os.geteuid():
        raise DatabaseError(f"{path}: owned by another user; name it with --db to open it anyway")
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        raise DatabaseError(f"{path}: not a regular file")


def create_private(path: Path) -> bool:
    """True when the file is new or empty: it is then made owner-only (0600)
    before SQLite writes its first byte. A new file is created with that mode;
    an existing empty one holds nothing yet, so setting its mode leaks nothing."""
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        return _claim_if_empty(path)
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot create database ({exc.strerror})") from None
    os.close(fd)
    return True


def _is_empty(path: Path) -> bool:
    """An existing file that holds nothing yet: no bytes and no write-ahead log beside
    it (a database still all in its "-wal" file has an empty main file)."""
    return path.stat().st_size == 0 and not side_file(path, "-wal").exists()


def _claim_if_empty(path: Path) -> bool:
    if not _is_empty(path):
        return False
    try:
        os.chmod(path, 0o600)
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot make the file private ({exc.strerror})") from None
    return True


def no_database(path: Path) -> DatabaseError:
    """The refusal of a missing path by a command that does not create one."""
    return DatabaseError(f"{path}: no such database (import a plan first)")


def require_database(path: Path, known: list[str], migration_set: str) -> set[str]:
    """Refuse, reading only, an existing file that holds no actionplan database yet:
    empty, or an SQLite file without tables. A command that only reads must not
    make one there (``--db plan.csv`` on an empty export became a 212 KB database);
    other files are refused as ``applied_migrations`` refuses them, whose result this is."""
    if _is_empty(path):
        raise DatabaseError(f"{path}: no such database, the file is empty (import a plan first)")
    applied = applied_migrations(path, known, migration_set)
    if not applied:
        raise DatabaseError(
            f"{path}: no such database, an SQLite file without actionplan's tables"
            " (import a plan first)"
        )
    return applied


def cannot_open(path: Path, exc: sqlite3.Error) -> DatabaseError:
    """The one-line refusal for a file SQLite would not open, with the likely cause.

    A database in WAL mode needs its folder writable even to be read (SQLite
    makes a small "-shm" file beside it), so on a read-only disk or share the
    bare "unable to open database file" names no cause a user can act on.
    """
    message = f"{path}: cannot open database ({exc})"
    if not os.access(path.parent, os.W_OK):
        message += (
            f"; its folder {path.parent} is read-only, and SQLite must write a small"
            " file beside the database: copy it to a folder you can write to"
        )
    return DatabaseError(message)


def can_write(path: Path) -> bool:
    """Whether SQLite could save to the existing database at ``path``: the file is
    writable (not read-only, nor immutable for root, nor on a read-only disk), and so
    is its folder, where a write makes its "-wal" and "-shm" files unless both exist.
    Told "no", a command opens the file read-only: SQLite would otherwise open it
    read-only by itself and leave those two files beside it (or fail for want of them)."""
    if not os.access(path, os.W_OK):
        return False
    side_files = (side_file(path, "-wal"), side_file(path, "-shm"))
    return os.access(path.parent, os.W_OK) or all(os.access(p, os.W_OK) for p in side_files)


def applied_migrations(path: Path, known: list[str], migration_set: str) -> set[str]:
    """The actionplan migrations an existing file records, read without writing.

    Raises DatabaseError for a file that is not ours or is damaged, and
    NewerDatabaseError for one that records migrations this version lacks.
    """
    _check_header(path)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise cannot_open(path, exc) from None
    try:
        tables, applied = _tables_and_migrations(conn, migration_set)
    except sqlite3.DatabaseError as exc:
        said = f"{path}: not an actionplan database or corrupt ({exc})"
        raise DamagedDatabaseError(said, str(path)) from None
    finally:
        conn.close()
    if tables and not applied:
        raise DatabaseError(f"{path}: {_foreign(tables)}; nothing was changed")
    if applied - set(known):
        raise NewerDatabaseError(
            f"{path}: written by a newer version of actionplan; upgrade to open it"
        )
    return applied


class PlanTitle(NamedTuple):
    """A live plan's number and title."""

    id: int
    title: str


def plan_titles(path: Path) -> list[PlanTitle]:
    """The live plans of the file at ``path``, read without writing; none when there is
    no file yet or it holds no plans of ours (opening it says why, later)."""
    try:
        _check_header(path)
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except (DatabaseError, sqlite3.Error, OSError):
        return []
    try:
        rows = conn.execute("SELECT id, title FROM plans WHERE archived = 0 ORDER BY id")
        return [PlanTitle(int(i), str(t)) for i, t in rows]
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def plan_sources(path: Path, plan_ids: list[int]) -> dict[int, str]:
    """The file each of these plans of the file at ``path`` was first imported from,
    read without writing; none where the file cannot be read."""
    from store.reads import imported_from

    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return {}
    try:
        return imported_from(conn, plan_ids)
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot read ({exc.strerror})") from None
    if header != SQLITE_HEADER:
        raise DatabaseError(f"{path}: not an actionplan database or corrupt (not SQLite)")


def read_only_uri(path: Path, lasting: bool = False) -> str:
    """Read-only; ``immutable`` when no WAL file exists, because a read-only
    connection to a WAL-mode file would otherwise leave ``-wal`` and ``-shm``
    files beside another program's database. With a WAL file present its
    contents must be read, and then the two side files exist already.
    A ``lasting`` connection (the TUI's, open for hours) is never immutable:
    immutable tells SQLite nobody writes the file, so it takes no locks and
    would read pages its owner is half-way through writing."""
    uri = f"file:{quote(str(path.absolute()))}?mode=ro"
    return uri if lasting or side_file(path, "-wal").exists() else uri + "&immutable=1"


def _tables_and_migrations(
    conn: sqlite3.Connection, migration_set: str
) -> tuple[list[str], set[str]]:
    tables = [
        r[0]
        for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
    ]
    if MIGRATIONS_TABLE not in tables:
        return tables, set()
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", (migration_set,)
    )
    return tables, {r[0] for r in rows}


def _foreign(tables: list[str]) -> str:
    shown = ", ".join(tables[:3]) + (", …" if len(tables) > 3 else "")
    return f"not an actionplan database (another program's: {len(tables)} tables, {shown})"


def config_dir() -> Path:
    """Where the user's settings live (import profiles, the places the TUI was left):
    ``ACTIONPLAN_CONFIG_DIR``, else the user config directory."""
    if os.environ.get("ACTIONPLAN_CONFIG_DIR"):
        return Path(os.environ["ACTIONPLAN_CONFIG_DIR"]).expanduser()
    from platformdirs import user_config_path

    return user_config_path("actionplan", appauthor=False)


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents owner-only (0700), whatever the umask.

    ``Path.mkdir(parents=True, mode=...)`` gives the mode to the last folder
    only: under umask 000 ``~/.local/share`` came out 0777.
    """
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    for level in reversed(missing):
        try:
            level.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(level, 0o700)  # empty and just made by us: the umask may have widened it
