"""``actionplan backup`` and ``actionplan restore``: the database file copied whole."""

from __future__ import annotations

import argparse
from pathlib import Path

from store.backup import backup as backup_file
from store.backup import dated_name, free_name
from store.backup import restore as restore_file
from store.clock import today


def backup(db: Path, args: argparse.Namespace) -> int:
    """Copy the database to FILE (a folder: the dated name in it; none: beside it). A
    dated name already taken (a second backup that day) becomes "…-2.db"; a FILE the
    user named is never replaced."""
    dated = dated_name(db, today())
    if args.file is None or args.file.is_dir():
        target = free_name(args.file / dated.name if args.file else dated)
    else:
        target = args.file
    made = backup_file(db, target)
    print(f"backed up {db} to {made}")
    return 0


def restore(db: Path, args: argparse.Namespace) -> int:
    """Put FILE in place of the database, the current one kept as a dated backup."""
    kept = restore_file(db, args.file, today())
    print(
        f"restored {db} from {args.file}"
        + (f"; the one it replaced is kept as {kept}" if kept else "")
    )
    return 0
