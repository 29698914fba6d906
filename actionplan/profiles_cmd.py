"""``actionplan profiles`` and ``import --save-profile``: the command line over
``importers.profiles`` (saved mappings, found again by a file's header row)."""

from __future__ import annotations

import argparse
import datetime as dt

from actionplan.commands import UserError
from importers import ImportFailure, ImportOptions, ImportResult
from importers.profiles import (
    check_name,
    describe,
    load_profiles,
    make_profile,
    profiles_dir,
    write_profile,
)


class ProfileError(UserError):
    """A profile that cannot be saved or read; ``str()`` is one line."""


def list_profiles(args: argparse.Namespace) -> int:
    """``actionplan profiles``: each saved profile on one line, then where they live."""
    del args
    try:
        profiles = load_profiles()
    except ImportFailure as exc:
        raise ProfileError(str(exc)) from None
    if not profiles:
        print("no saved profiles (save one: actionplan import FILE --map … --save-profile NAME)")
        return 0
    print("\n".join(describe(p) for p in profiles))
    print(f"({len(profiles)} in {profiles_dir()})")
    return 0


def check_save(args: argparse.Namespace) -> None:
    """Refuse ``--save-profile`` before any work when it cannot be done."""
    if not args.save_profile:
        return
    if len(args.files) > 1:
        raise ProfileError("--save-profile takes one FILE: the profile is of its header row")
    try:
        check_name(args.save_profile)
    except ImportFailure as exc:
        raise ProfileError(str(exc)) from None


def check_savable(result: ImportResult) -> ImportOptions:
    """The options the import applied; an actionplan export is read as written, with no
    header row to save a mapping of."""
    if result.options is None or not result.headers:
        raise ProfileError(f"--save-profile: {result.source} is read as written; no mapping")
    return result.options


def save_from(name: str, result: ImportResult, today: dt.date) -> str:
    """Save what this import applied (the user's flags and any profile's) as ``name``."""
    options = check_savable(result)
    try:
        profile = make_profile(name, options, result.headers, today)
        path = write_profile(profile)
    except ImportFailure as exc:
        raise ProfileError(str(exc)) from None
    except OSError as exc:
        raise ProfileError(
            f"{exc.filename or profiles_dir()}: cannot save ({exc.strerror})"
        ) from None
    return f"profile {name!r} saved: {profile.summary()} ({path})"
