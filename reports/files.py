"""Writing an export to disk without destroying anything.

The bytes go to a private temporary file beside the target, are flushed to
disk, and only then take the target's name: a full disk or a crash leaves
the old file (or no file), never a truncated one. The database and its side
files are never a target, and an existing file is replaced only when the
user said so (``--force`` on the command line, a confirmation in the TUI).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reports import ReportError
from store.opening import SIDE_FILE_SUFFIXES, side_file


class ExistingFileError(ReportError):
    """The target exists and replacing it was not asked for."""


def write_export(target: Path, data: bytes, database: Path, replace: bool = False) -> None:
    """Write ``data`` to ``target`` atomically, owner-only (it holds staff names)."""
    check_target(target, database, replace)
    try:
        _write_then_rename(target, data, replace)
    except FileExistsError:
        raise ExistingFileError(f"{target}: already exists; add --force to replace it") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ReportError(f"{target}: cannot write ({reason}); nothing was written") from None


def check_target(target: Path, database: Path, replace: bool = False) -> None:
    """Refuse a target before the export is made (it may take seconds)."""
    if is_the_database(target, database):
        raise ReportError(f"{target}: is the database itself; choose another file")
    if target.is_dir():
        raise ReportError(f"{target}: is a directory; name a file")
    if target.exists() and not replace:
        raise ExistingFileError(f"{target}: already exists; add --force to replace it")
    if not target.parent.is_dir():
        raise ReportError(f"{target}: folder {target.parent} does not exist")


def is_the_database(target: Path, database: Path) -> bool:
    """True for the database file (by any name or link) and its journal files."""
    if target.exists() and database.exists() and os.path.samefile(target, database):
        return True
    resolved, db = target.resolve(), database.resolve()
    return resolved == db or any(resolved == side_file(db, s) for s in SIDE_FILE_SUFFIXES)


def _write_then_rename(target: Path, data: bytes, replace: bool) -> None:
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        _move_into_place(temporary, target, replace)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _move_into_place(temporary: str, target: Path, replace: bool) -> None:
    """Rename; without ``replace``, a hard link claims the name only if it is still
    free (a file created meanwhile is not overwritten)."""
    if replace:
        os.replace(temporary, target)
        return
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links
        if target.exists():
            raise FileExistsError(target) from None
        os.replace(temporary, target)
