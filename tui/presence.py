"""Whether another actionplan window has the same database open.

Each window puts a small empty file beside the database while it is open
(".plan.db.open-<host>-<pid>") and removes it on exit. A window opening the
file looks for the others': one whose process is gone (a crash, a killed
terminal) is stale, ignored and removed. Nothing is written to the database
itself, which other windows poll for changes. No Textual here.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from pathlib import Path

OTHER_HOST_HOURS = 24  # another computer's process cannot be asked: older is taken as stale


def _prefix(db: Path) -> str:
    return f".{db.name}.open-"


def presence_path(db: Path, host: str | None = None, pid: int | None = None) -> Path:
    """The file saying this window (``host``, ``pid``: this process's) has ``db`` open."""
    host = (host or socket.gethostname()).replace("-", "_")
    return db.with_name(f"{_prefix(db)}{host}-{pid if pid is not None else os.getpid()}")


def _alive(path: Path, db: Path, here: str) -> bool:
    """Is the window that wrote ``path`` still running (as far as can be told)?"""
    host, _, pid = path.name.removeprefix(_prefix(db)).rpartition("-")
    if host != here:
        age = dt.datetime.now() - dt.datetime.fromtimestamp(path.stat().st_mtime)
        return age < dt.timedelta(hours=OTHER_HOST_HOURS)
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, ValueError):
        return True  # another user's process, or a name not ours: kept as said
    return True


def others_open(db: Path) -> int:
    """How many other windows have ``db`` open; stale files are removed on the way."""
    own = presence_path(db)
    here = own.name.removeprefix(_prefix(db)).rpartition("-")[0]
    count = 0
    try:
        found = [p for p in db.parent.glob(_prefix(db) + "*") if p != own]
    except OSError:
        return 0
    for path in found:
        try:
            if _alive(path, db, here):
                count += 1
            else:
                path.unlink(missing_ok=True)
        except OSError:
            continue  # gone meanwhile, or a folder not ours to tidy
    return count


def announce(db: Path) -> Path | None:
    """Say this window has ``db`` open; the file to remove on exit (None: the folder
    does not take it, e.g. read-only; the other windows are then not told)."""
    path = presence_path(db)
    try:
        path.touch(mode=0o600)
    except OSError:
        return None
    return path


def withdraw(path: Path | None) -> None:
    """This window closes: its file goes (best effort)."""
    if path is not None:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
