"""Chasing leads end to end: choose the actions, record the packs, write the files.

Shared by ``actionplan chase`` and the TUI's "Chase leads…". Every target is
checked before anything is recorded or written; each file is written as
exports are (temporary file, then renamed; never over the database; an
existing file only when asked).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reports import ReportError
from reports.chase_pack import pack_lines, plan_words, render_text, render_workbook
from reports.files import check_target, write_export
from store import Store
from store.apply import match_lead
from store.chase import Window, open_actions_by_lead, record_packs
from store.models import ActionRow

REPLY_DAYS = 7


@dataclass(frozen=True)
class ChaseRequest:
    """What to chase: a plan, one lead (a unique start of the name) or all, a window."""

    plan_id: int
    folder: Path
    lead: str | None = None
    window: Window = Window()
    reply_by: dt.date | None = None
    text: bool = False
    replace: bool = False


@dataclass(frozen=True)
class WrittenPack:
    """A pack written: to whom, where, how many actions (and overdue)."""

    lead: str
    files: list[Path]
    actions: int
    overdue: int


def chase(store: Store, database: Path, request: ChaseRequest) -> list[WrittenPack]:
    """One workbook (and with ``text`` an email body) per lead with open actions."""
    groups = leads_to_chase(store, request)
    today = store.today()
    targets = {lead: _targets(request, lead, today) for lead in groups}
    if groups:
        _ready_folder(request.folder)
    for paths in targets.values():
        for path in paths:
            check_target(path, database, request.replace)
    reply_by = request.reply_by or today + dt.timedelta(days=REPLY_DAYS)
    packs = record_packs(store, request.plan_id, groups, reply_by)
    words = plan_words(store, request.plan_id)
    written = []
    for pack in packs:
        lines = pack_lines(store, pack)
        book, *text = targets[pack.lead]
        write_export(book, render_workbook(pack, lines, words), database, request.replace)
        if text:
            body = render_text(pack, lines, book.name).encode()
            write_export(text[0], body, database, request.replace)
        overdue = sum(a.overdue for a in pack.actions)
        written.append(WrittenPack(pack.lead, targets[pack.lead], len(pack.actions), overdue))
    return written


def _ready_folder(folder: Path) -> None:
    """The folder the packs go to, made (owner-only: the packs name staff) when its
    parent exists, as ``-o ~/chase`` in the README asks; a deeper typo is refused."""
    if folder.is_dir():
        return
    if folder.exists():
        raise ReportError(f"{folder}: is a file, not a folder")
    if not folder.parent.is_dir():
        raise ReportError(f"{folder}: no such folder (nor {folder.parent})")
    try:
        folder.mkdir(mode=0o700)
    except OSError as exc:
        raise ReportError(f"{folder}: cannot make the folder ({exc.strerror})") from None
    folder.chmod(0o700)  # whatever the umask


def leads_to_chase(store: Store, request: ChaseRequest) -> dict[str, list[ActionRow]]:
    """Each lead's open actions (one lead's when ``request.lead`` names one)."""
    groups = open_actions_by_lead(store, request.plan_id, request.window)
    if request.lead is None:
        return groups
    name = match_lead(groups, request.lead)
    return {name: groups[name]}


def _targets(request: ChaseRequest, lead: str, today: dt.date) -> list[Path]:
    stem = f"Update request - {_safe(lead)} - {today.isoformat()}"
    book = request.folder / f"{stem}.xlsx"
    return [book, request.folder / f"{stem}.txt"] if request.text else [book]


def _safe(name: str) -> str:
    """A name as a file name: letters, digits, spaces, dots, apostrophes and hyphens."""
    kept = "".join(c if c.isalnum() or c in " .'-" else "-" for c in name)
    return " ".join(kept.split())[:60].strip(" .") or "lead"
