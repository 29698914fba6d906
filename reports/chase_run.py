"""Chasing leads end to end: choose the actions, record the packs, write the files.

Shared by ``actionplan chase`` and the TUI's "Chase leads…". Every target is
checked before anything is recorded or written; each file is written as
exports are (temporary file, then renamed; never over the database; an
existing file only when asked).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from reports import ReportError
from reports.chase_pack import PlanWords, pack_lines, plan_words, render_text, render_workbook
from reports.files import check_target, write_export
from store import Store
from store.chase import (
    Pack,
    Window,
    known_names,
    none_in,
    open_actions_by_lead,
    open_actions_of,
    person_called,
    record_packs,
)
from store.errors import StoreError
from store.models import ActionRow

REPLY_DAYS = 7


@dataclass(frozen=True)
class ChaseRequest:
    """What to chase: plans (a pack per lead in each), one lead (a unique start of the
    name) or all, a window."""

    plan_ids: tuple[int, ...]
    folder: Path
    lead: str | None = None
    window: Window = Window()
    reply_by: dt.date | None = None
    text: bool = False
    replace: bool = False


@dataclass(frozen=True)
class WrittenPack:
    """A pack written: to whom, for which plan, where, how many actions (and overdue)."""

    lead: str
    plan_title: str
    files: list[Path]
    actions: int
    overdue: int


Groups = dict[int, dict[str, list[ActionRow]]]  # plan id → lead → their actions


def chase(store: Store, database: Path, request: ChaseRequest) -> list[WrittenPack]:
    """One workbook (and with ``text`` an email body) per lead with open actions, in
    each plan asked for. Every file is checked before any pack is recorded."""
    groups = leads_to_chase(store, request)
    today = store.today()
    titles = _titles(store, request.plan_ids)
    stems = {
        (plan_id, lead): _stem(lead, titles[plan_id], today)
        for plan_id, leads in groups.items()
        for lead in leads
    }
    targets = {key: _targets(request, stem) for key, stem in _unique(stems).items()}
    if targets:
        _check_folder(request.folder)
    for paths in targets.values() if request.folder.is_dir() else ():  # else none is there
        for path in paths:
            check_target(path, database, request.replace)
    reply_by = request.reply_by or today + dt.timedelta(days=REPLY_DAYS)
    written = []
    for plan_id, leads in groups.items():
        packs = record_packs(store, plan_id, leads, reply_by)
        _make_folder(request.folder)  # once the packs are recorded: a refusal leaves none
        words = plan_words(store, plan_id)
        for pack in packs:
            files = targets[plan_id, pack.lead]
            _write_pack(store, database, request, pack, words, files)
            overdue = sum(a.overdue for a in pack.actions)
            written.append(
                WrittenPack(pack.lead, pack.plan_title, files, len(pack.actions), overdue)
            )
    return written


def _write_pack(
    store: Store,
    database: Path,
    request: ChaseRequest,
    pack: Pack,
    words: PlanWords,
    files: list[Path],
) -> None:
    lines = pack_lines(store, pack)
    book, *text = files
    write_export(book, render_workbook(pack, lines, words), database, request.replace)
    if text:
        body = render_text(pack, lines, book.name).encode()
        write_export(text[0], body, database, request.replace)


def _titles(store: Store, plan_ids: tuple[int, ...]) -> dict[int, str | None]:
    """Each plan's title for the file names when several plans are chased, else None."""
    if len(plan_ids) < 2:
        return dict.fromkeys(plan_ids)
    return {p.id: p.title for p in store.plans(counts=False) if p.id in plan_ids}


def _check_folder(folder: Path) -> None:
    """The folder the packs go to is one, or can be made: its parent exists, as
    ``-o ~/chase`` in the README asks; a deeper typo is refused before anything."""
    if folder.is_dir():
        return
    if folder.exists():
        raise ReportError(f"{folder}: is a file, not a folder")
    if not folder.parent.is_dir():
        raise ReportError(f"{folder}: no such folder (nor {folder.parent})")


def _make_folder(folder: Path) -> None:
    """The folder made (owner-only: the packs name staff) only when packs are written:
    a chase refused on the way (a locked database) left an empty folder behind."""
    if folder.is_dir():
        return
    try:
        folder.mkdir(mode=0o700)
    except OSError as exc:
        raise ReportError(f"{folder}: cannot make the folder ({exc.strerror})") from None
    folder.chmod(0o700)  # whatever the umask


def leads_to_chase(store: Store, request: ChaseRequest) -> Groups:
    """Each plan's leads with open actions in the window (one person's when
    ``request.lead`` names one), plans with none left out."""
    if request.lead is not None:
        return _one_persons(store, request, request.lead)
    groups = {p: open_actions_by_lead(store, p, request.window) for p in request.plan_ids}
    return {p: g for p, g in groups.items() if g}


def _one_persons(store: Store, request: ChaseRequest, given: str) -> Groups:
    """The person ``given`` names, read as ``list --lead`` reads it, with the open actions
    in the window they lead or are the responsible officer for: what ``list --lead``
    shows them, so a responsible officer who leads nothing is chased too. One with open
    actions but none in the window is told so."""
    plan = request.plan_ids[0] if len(request.plan_ids) == 1 else None
    name = person_called(store.person_named(given, plan), known_names(store))
    groups: Groups = {}
    for plan_id in request.plan_ids:
        rows = open_actions_of(store, plan_id, name, request.window)
        if rows:
            groups[plan_id] = {name: rows}
    if not groups:
        raise ReportError(none_in(request.window, name))
    return groups


def missing_left_out(store: Store, request: ChaseRequest) -> int:
    """How many open actions in the window (of the lead asked for) were left out as
    the plan's latest file no longer lists them: said, so none vanishes unseen."""
    if request.window.with_missing:
        return 0
    wider = replace(request, window=replace(request.window, with_missing=True))
    try:
        groups = leads_to_chase(store, wider)
    except (ReportError, StoreError):
        return 0
    return len(
        {r.id for g in groups.values() for rows in g.values() for r in rows if r.missing_from}
    )


def _stem(lead: str, plan: str | None, today: dt.date) -> str:
    """The pack's file name without its suffix; the plan's title in it when several plans
    are chased (a lead of two plans gets a pack for each)."""
    title = _safe(plan, 40) if plan else ""
    named = f" - {title}" if title else ""
    return f"Update request - {_safe(lead) or 'lead'}{named} - {today.isoformat()}"


def _unique(stems: dict[tuple[int, str], str]) -> dict[tuple[int, str], str]:
    """Each pack's name its own: a name two packs would share (titles alike in their
    first 40 characters, leads alike once made safe) carries the plan's id, and a
    number after that when the plan's own packs still clash. Letter case aside, as a
    folder on Windows or macOS would see them."""
    shared = Counter(stem.casefold() for stem in stems.values())
    named = {
        key: f"{stem} (plan {key[0]})" if shared[stem.casefold()] > 1 else stem
        for key, stem in stems.items()
    }
    seen: Counter[str] = Counter()
    unique = {}
    for key, stem in named.items():
        seen[stem.casefold()] += 1
        unique[key] = stem if seen[stem.casefold()] == 1 else f"{stem} ({seen[stem.casefold()]})"
    return unique


def _targets(request: ChaseRequest, stem: str) -> list[Path]:
    """The pack's files: the workbook, and the email body with ``text``."""
    book = request.folder / f"{stem}.xlsx"
    return [book, request.folder / f"{stem}.txt"] if request.text else [book]


def _safe(name: str, limit: int = 60) -> str:
    """A name as a file name: letters, digits, spaces, dots, apostrophes and hyphens. A
    comma or semicolon is a pause between words, a space ("MILLER, Aaron" is "MILLER
    Aaron", not "MILLER- Aaron"); any other character is a hyphen ("Finance/HR")."""
    name = name.replace("\u2019", "'")  # "Children’s" as "Children's", not "Children-s"
    kept = "".join(c if c.isalnum() or c in " .'-" else " " if c in ",;" else "-" for c in name)
    return _cut(" ".join(kept.split()), limit)


def _cut(name: str, limit: int) -> str:
    """``name`` in at most ``limit`` characters, cut at the last space that fits
    ("Brackenford Council - Children's", not "… Children's Service"), a word longer
    than the limit cut where it must; no space, dot or hyphen left at the end (Windows
    drops a trailing dot or space from a file name)."""
    if len(name) > limit:
        words = name[: limit + 1].rsplit(" ", 1)[0]
        name = words if " " in name[: limit + 1] else name[:limit]
    return name.rstrip(" .-")
