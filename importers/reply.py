"""Reading a lead's filled-in update request (see ``reports.chase_pack``).

A reply is recognised by the hidden sheet its pack carries, whatever the
file is now called, before the plan importer sees it. Reading is pure: the
cells become ``store.chase.Answer`` values (status and RAG words read as the
plan's lists and our vocabulary read them, New due as any deadline wording
we parse); matching them to the database is ``store.chase``'s work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importers.dates import NotADate, read_due_input
from importers.errors import ImportFailure
from importers.read import REPLY_SHEET, XLSX_MAGIC, _expanded_size, check_source
from importers.vocab import read_rag, read_status
from store.chase import Answer, Reply
from store.models import RAGS, STATUS_LABELS, STATUSES, Rag, Status

PACK_SHEET = REPLY_SHEET  # the hidden sheet that marks a pack and its replies
PACK_MARKER = "actionplan reply pack"
HEADER_ROW = 5
REPLY_DATE_CELL = "D3"
READ_ONLY = ("Ref", "Action", "Recommendation", "Due", "Status", "RAG", "Last update")
TO_FILL = ("New status", "New RAG", "New due", "Progress update")
HIDDEN = ("Action id", "Pack id", "Check")
COLUMNS = READ_ONLY + TO_FILL + HIDDEN
_WORKBOOK_PART_LIMIT = 4 * 1024 * 1024  # workbook.xml lists sheets: a few KB


@dataclass
class RawReply:
    """A reply's cells as found, before its words are read."""

    source: str
    pack_id: str
    made: dt.date
    reply_date: object
    modified: dt.datetime | None
    rows: list[tuple[int, list[Any]]]
    status_words: dict[str, Status] = field(default_factory=dict)
    rag_words: dict[str, Rag] = field(default_factory=dict)


def is_reply(path: Path) -> bool:
    """Does ``path`` look like a filled pack? Reads only the zip's sheet list."""
    try:
        check_source(path)
        with path.open("rb") as f:
            if f.read(4) != XLSX_MAGIC:
                return False
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("xl/workbook.xml")
            if info.file_size > _WORKBOOK_PART_LIMIT:
                return False
            return f'name="{PACK_SHEET}"'.encode() in archive.read(info)
    except (ImportFailure, OSError, KeyError, zipfile.BadZipFile):
        return False


def read_reply(path: Path) -> RawReply:
    """The pack's facts and every row under the header, as cell values."""
    check_source(path)
    _expanded_size(path)  # refuses a decompression bomb before openpyxl inflates it
    try:
        from openpyxl import load_workbook

        with path.open("rb") as f:  # a file object: openpyxl then ignores the name's suffix
            book = load_workbook(f, data_only=False)
        facts = _facts(book[PACK_SHEET])
        sheet = book.worksheets[0]
    except ImportFailure:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise ImportFailure(f"{path.name}: not a readable reply workbook ({exc})") from None
    _check_header(path.name, sheet)
    return RawReply(
        source=path.name,
        pack_id=str(facts.get("pack", "")),
        made=_iso_day(path.name, facts.get("made")),
        reply_date=sheet[REPLY_DATE_CELL].value,
        modified=book.properties.modified,
        rows=_rows(sheet),
        status_words=_words(book[PACK_SHEET], "D", "E", STATUSES),
        rag_words=_words(book[PACK_SHEET], "G", "H", RAGS),
    )


def _facts(ws: Any) -> dict[str, object]:
    facts = {str(r[0]): r[1] for r in ws.iter_rows(max_col=2, values_only=True) if r[0]}
    if facts.get("marker") != PACK_MARKER:
        raise ImportFailure(f"{ws.parent}: the pack's hidden sheet was changed")
    return facts


def _iso_day(source: str, value: object) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ImportFailure(f"{source}: the pack's hidden sheet was changed (made)") from None


def _check_header(source: str, ws: Any) -> None:
    found = tuple(str(c.value or "") for c in ws[HEADER_ROW][: len(COLUMNS)])
    if found != COLUMNS:
        raise ImportFailure(
            f"{source}: row {HEADER_ROW}: the column headings were changed; expected"
            f" {', '.join(COLUMNS)}"
        )


def _rows(ws: Any) -> list[tuple[int, list[Any]]]:
    rows = []
    values = ws.iter_rows(min_row=HEADER_ROW + 1, max_col=len(COLUMNS), values_only=True)
    for n, row in enumerate(values, HEADER_ROW + 1):
        cells = [_text(v) for v in row]
        if any(c not in ("", None) for c in cells):
            rows.append((n, cells))
    return rows


def _text(value: object) -> object:
    """Text trimmed; dates stay dates; whole numbers lose Excel's ".0"."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if value is None or isinstance(value, dt.date):
        return value
    return str(value)


def _words(ws: Any, word_col: str, code_col: str, codes: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for word, code in zip(ws[word_col], ws[code_col], strict=False):
        if isinstance(word.value, str) and code.value in codes:
            out[word.value.strip().casefold()] = code.value
    return out


# ------------------------------------------------------------ resolving
def resolve(raw: RawReply, made: dt.date, today: dt.date) -> Reply:
    """The reply's values: the day it was filled and each row's answer.

    ``made`` is the day the database recorded the pack (not what the file says).
    """
    filled_on = filled_date(raw, made, today)
    answers = [_answer(raw, n, cells, filled_on) for n, cells in raw.rows]
    return Reply(source=raw.source, pack_id=raw.pack_id, filled_on=filled_on, answers=answers)


def filled_date(raw: RawReply, made: dt.date, today: dt.date) -> dt.date:
    """The date the lead wrote in the reply; else the day the file was last saved when
    that is after the pack was made (not before: the pack's own save); else today."""
    given = raw.reply_date
    if isinstance(given, dt.datetime):
        given = given.date()
    if isinstance(given, str) and given.strip():
        given = _due(raw.source, HEADER_ROW - 2, "Date you filled this in", given, today)[0]
    if isinstance(given, dt.date):
        if not made <= given <= today:
            raise ImportFailure(
                f"{raw.source}: cell {REPLY_DATE_CELL} (date filled): {given:%d %b %Y} is not"
                f" between the pack's day ({made:%d %b %Y}) and today"
            )
        return given
    saved = raw.modified.date() if raw.modified else None
    return saved if saved is not None and made < saved <= today else today


def _answer(raw: RawReply, line: int, cells: list[Any], filled_on: dt.date) -> Answer:
    ref = str(cells[0] or "")
    status, rag, due, progress = cells[7:11]
    action_id, pack_id, check = (str(c or "") for c in cells[11:14])
    filled = [_fingerprint_part(c) for c in (status, rag, due, progress)]
    return Answer(
        line=line,
        ref=ref,
        action_id=action_id,
        pack_id=pack_id,
        check=check,
        status=_status(raw, line, ref, status) if status else None,
        rag=_rag(raw, line, ref, rag) if rag else None,
        due=_due(raw.source, line, f"ref {ref}: New due", due, filled_on) if due else None,
        progress=str(progress or ""),
        fingerprint=hashlib.sha256(json.dumps(filled).encode()).hexdigest()[:24],
    )


def _fingerprint_part(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return " ".join(str(value or "").split())


def _status(raw: RawReply, line: int, ref: str, word: object) -> Status:
    text = str(word).strip()
    labels = {label.casefold(): s for s, label in STATUS_LABELS.items()}
    found = raw.status_words.get(text.casefold()) or labels.get(text.casefold())
    found = found or read_status(text)[0]
    if found is None:
        raise ImportFailure(
            f"{raw.source}: row {line} (ref {ref}): New status {text!r} is not a status"
            f" (use one of {', '.join(STATUS_LABELS.values())})"
        )
    return found


def _rag(raw: RawReply, line: int, ref: str, word: object) -> Rag:
    text = str(word).strip()
    found = raw.rag_words.get(text.casefold()) or read_rag(text)[0]
    if found is None:
        raise ImportFailure(
            f"{raw.source}: row {line} (ref {ref}): New RAG {text!r} is not a RAG rating"
            " (use Red, Amber or Green)"
        )
    return found


def _due(
    source: str, line: int, what: str, value: object, today: dt.date
) -> tuple[dt.date | None, str, str]:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value, value.strftime("%d %b %Y"), "day"
    text = str(value).strip()
    try:
        deadline = read_due_input(text, today)
    except NotADate as refused:
        raise ImportFailure(
            f"{source}: row {line} ({what}): {refused.reason or f'cannot read a date in {text!r}'}"
        ) from None
    return deadline.due, text, deadline.precision
