"""Saved mappings ("profiles"): a user's corrections to one plan's import, kept by name
and applied again to the next file whose header row is the same.

The monthly update of a plan arrives with the same columns; the ``--map`` and
``--header-row`` corrections made once are saved under a name in the user
config directory (``ACTIONPLAN_CONFIG_DIR`` overrides it) and found again by
the header row's text. One JSON file per profile, readable and editable.

    save_profile("wsx", options, headers)      # after a successful import
    match_profile(headers)                     # the saved profile for these headers, or None
    find_profile(sheets, options)              # the profile whose header row a file holds
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from importers.errors import ImportFailure
from importers.locate import HEADER_SEARCH_ROWS, header_rows
from importers.read import Sheet
from store.opening import make_private_dirs

if TYPE_CHECKING:
    from importers import ImportOptions

_NAME = re.compile(r"^[\w][\w .-]{0,63}$")


class Profile(BaseModel):
    """One saved mapping: the header row it was made for and the corrections."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    headers: list[str]  # the header row as read when it was saved
    mapping: dict[str, str] = Field(default_factory=dict)  # column header -> field
    header_row: int | None = None
    sheet: str | None = None
    saved: dt.date | None = None

    @property
    def signature(self) -> list[str]:
        return signature(self.headers)

    def summary(self) -> str:
        """ "2 column roles, header row 4": what applying it changes."""
        roles = len(self.mapping)
        parts = [f"{roles} column role" + ("" if roles == 1 else "s")]
        if self.header_row is not None:
            parts.append(f"header row {self.header_row}")
        if self.sheet is not None:
            parts.append(f"sheet {self.sheet!r}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Applied:
    """A profile applied to one file, and where its header row was found."""

    profile: Profile
    header_row: int  # 1-based, in the file being imported (0: its header was not found)
    forced: bool  # named with --profile rather than found by its headers

    def message(self) -> str:
        return f"profile {self.profile.name!r} applied: {self.profile.summary()}"


def signature(headers: list[str]) -> list[str]:
    """Header cells compared without case, spacing or trailing blank columns."""
    cells = [" ".join(h.casefold().split()) for h in headers]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def profiles_dir() -> Path:
    """Where profiles live: ``ACTIONPLAN_CONFIG_DIR``, else the user config directory."""
    from store.opening import config_dir

    return config_dir() / "profiles"


def save_profile(
    name: str, options: ImportOptions, headers: list[str], today: dt.date | None = None
) -> Path:
    """Save the corrections in ``options`` under ``name`` for files with these headers."""
    return write_profile(make_profile(name, options, headers, today))


def make_profile(
    name: str, options: ImportOptions, headers: list[str], today: dt.date | None = None
) -> Profile:
    """The profile of these corrections, checked, not yet saved."""
    check_name(name)
    if not signature(headers):
        raise ImportFailure(f"profile {name!r}: no header row to recognise the next file by")
    return Profile(
        name=name,
        headers=headers,
        mapping=dict(options.mapping),
        header_row=options.header_row,
        sheet=options.sheet,
        saved=today,
    )


def write_profile(profile: Profile) -> Path:
    """Write the profile's file (replacing one of the same name) and return its path."""
    folder = profiles_dir()
    make_private_dirs(folder)  # like the data folder: owner-only, whatever the umask
    path = folder / f"{profile.name}.json"
    scratch = path.with_suffix(".json.tmp")
    scratch.write_text(profile.model_dump_json(indent=1) + "\n", encoding="utf-8")
    scratch.replace(path)  # a crash leaves the old profile or the new one, never half of one
    return path


def check_name(name: str) -> None:
    """A profile name is a file name: letters, digits, spaces, '.', '-', '_'."""
    if not _NAME.match(name) or name.endswith((".", " ")):
        raise ImportFailure(
            f"profile name {name!r}: use letters, digits, spaces, '.', '-' or '_' (64 at most)"
        )


def load_profiles() -> list[Profile]:
    """Every saved profile, by name; a file that is not a profile is one line naming it."""
    folder = profiles_dir()
    if not folder.is_dir():
        return []
    return [_read_profile(path) for path in sorted(folder.glob("*.json"))]


def _read_profile(path: Path) -> Profile:
    try:
        return Profile.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"]) or "file"
        raise ImportFailure(f"{path}: not a readable profile ({where}: {error['msg']})") from None
    except OSError as exc:
        raise ImportFailure(f"{path}: cannot read ({exc.strerror})") from None


def get_profile(name: str) -> Profile:
    """The profile saved under ``name`` (``--profile NAME``)."""
    profiles = load_profiles()
    found = next((p for p in profiles if p.name == name), None)
    if found is None:
        known = ", ".join(p.name for p in profiles) or "none saved"
        raise ImportFailure(f"no profile named {name!r} (profiles: {known})")
    return found


def match_profile(headers: list[str]) -> Profile | None:
    """The saved profile made for this header row, if any (the newest of several)."""
    wanted = signature(headers)
    matches = [p for p in load_profiles() if wanted and p.signature == wanted]
    return max(matches, key=lambda p: p.saved or dt.date.min, default=None)


def find_profile(sheets: list[Sheet], forced: str | None = None) -> Applied | None:
    """The profile (``forced``, else any saved one) whose header row one of the sheets
    holds within the rows a header is searched in, and where that row is."""
    profiles = [get_profile(forced)] if forced else load_profiles()
    for profile in sorted(profiles, key=lambda p: p.saved or dt.date.min, reverse=True):
        row = _header_row_of(profile, sheets)
        if row is not None:
            return Applied(profile, row, forced is not None)
    return Applied(profiles[0], 0, True) if forced else None


def _header_row_of(profile: Profile, sheets: list[Sheet]) -> int | None:
    wanted = profile.signature
    for sheet in sheets:
        if profile.sheet is not None and sheet.name != profile.sheet:
            continue
        for i in range(min(len(sheet.grid), HEADER_SEARCH_ROWS)):
            if signature(header_rows(sheet.grid, i)[0]) == wanted:
                return i + 1
    return None


def with_profile(options: ImportOptions, applied: Applied) -> ImportOptions:
    """The import options with the profile's corrections under the user's own flags."""
    profile = applied.profile
    header_row = options.header_row
    if header_row is None and profile.header_row is not None:
        header_row = applied.header_row or profile.header_row
    return options.model_copy(
        update={
            "mapping": {**profile.mapping, **options.mapping},
            "header_row": header_row,
            "sheet": options.sheet or profile.sheet,
        }
    )


def describe(profile: Profile) -> str:
    """One line for ``actionplan profiles``: name, the header row it matches, its roles."""
    cells = [h for h in profile.headers if h.strip()]
    shown = " | ".join(" ".join(h.split()) for h in cells[:4]) + (" | …" if len(cells) > 4 else "")
    roles = ", ".join(f"{column}={field}" for column, field in profile.mapping.items())
    extra = f"; header row {profile.header_row}" if profile.header_row is not None else ""
    return f"{profile.name}: {len(cells)} columns ({shown}); {roles or 'no column roles'}{extra}"
