"""Reading a lead's filled-in update request (see ``reports.chase_pack``).

A reply is recognised by the hidden sheet its pack carries, whatever the
file is now called, before the plan importer sees it. Reading is pure: the
cells become ``store.chase.Answer`` values (status and RAG words read as the
plan's lists and our vocabulary read them, New due as any deadline wording
we parse); matching them to the database is ``store.chase``'s work.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importers.dates import NotADate, day_nearest, read_due_input, typed_wording
from importers.errors import ImportFailure
from importers.read import (
    ODS_CELL,
    ODS_ROW,
    REPLY_SHEET,
    XLSX_MAGIC,
    _expanded_size,
    check_archive,
    check_source,
    excel_unescaped,
)
from importers.vocab import read_rag, read_status
from store.chase import Answer, Reply
from store.models import RAGS, STATUS_LABELS, STATUSES, Rag, Status
from store.wording import day

PACK_SHEET = REPLY_SHEET  # the hidden sheet that marks a pack and its replies
PACK_MARKER = "actionplan reply pack"
HEADER_ROW = 5
REPLY_DATE_CELL = "D3"
# The cell between the date's label (B3) and its cell: a date typed right of the
# label, where a reader looks for it, is the date as much as one in D3
BESIDE_DATE_LABEL = "C3"
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
    reply_date_cell: str = REPLY_DATE_CELL  # where the date filled was read


def is_reply(path: Path) -> bool:
    """Does ``path`` look like a filled pack, as .xlsx or as the .ods LibreOffice offers
    to save? Reads only the zip's sheet list (an .ods: its small content part)."""
    try:
        check_source(path)
        with path.open("rb") as f:
            if f.read(4) != XLSX_MAGIC:
                return False
        with zipfile.ZipFile(path) as archive:
            part, mark = (
                (ODS_PART, f'table:name="{PACK_SHEET}"')
                if _is_ods(archive)
                else ("xl/workbook.xml", f'name="{PACK_SHEET}"')
            )
            info = archive.getinfo(part)
            if info.file_size > _WORKBOOK_PART_LIMIT:  # a pack is small; a big file is a plan
                return False
            return mark.encode() in archive.read(info)
    except (ImportFailure, OSError, KeyError, zipfile.BadZipFile):
        return False


ODS_PART = "content.xml"
Grid = list[list[Any]]


def _is_ods(archive: zipfile.ZipFile) -> bool:
    """An OpenDocument zip (an .xlsx has no content.xml; both are zips)."""
    names = set(archive.namelist())
    return ODS_PART in names and "xl/workbook.xml" not in names


def read_reply(path: Path) -> RawReply:
    """The pack's facts and every row under the header, as cell values."""
    from openpyxl.utils.cell import coordinate_to_tuple

    check_source(path)
    try:
        with zipfile.ZipFile(path) as archive:
            ods = _is_ods(archive)
        main, pack, modified = _ods_grids(path) if ods else _xlsx_grids(path)
    except ImportFailure:
        raise
    except Exception as exc:  # openpyxl and calamine raise many kinds on damaged files
        raise ImportFailure(f"{path.name}: not a readable reply workbook ({exc})") from None
    facts = _facts(path.name, pack)
    _check_header(path.name, main)
    date_cell = REPLY_DATE_CELL
    for cell in (REPLY_DATE_CELL, BESIDE_DATE_LABEL):  # D3 first: the yellow cell
        row, col = coordinate_to_tuple(cell)
        value = _at(main, row - 1, col - 1)
        # C3 dates the reply only where it reads as a date: a name or a tick typed
        # there ("Jane Smith", "✓") is no date, ignored as it was before
        if _filled(value) and (cell == REPLY_DATE_CELL or _reads_as_a_date(value)):
            date_cell = cell
            break
    row, col = coordinate_to_tuple(date_cell)
    return RawReply(
        source=path.name,
        pack_id=str(facts.get("pack", "")),
        made=_iso_day(path.name, facts.get("made")),
        reply_date=_at(main, row - 1, col - 1),
        reply_date_cell=date_cell,
        modified=modified,
        rows=_rows(main),
        status_words=_words(pack, 3, 4, STATUSES),
        rag_words=_words(pack, 6, 7, RAGS),
    )


def _xlsx_grids(path: Path) -> tuple[Grid, Grid, dt.datetime | None]:
    """The first sheet's and the pack sheet's values, and when the file was saved."""
    from openpyxl import load_workbook

    _expanded_size(path)  # refuses a decompression bomb before openpyxl inflates it
    with path.open("rb") as f:  # a file object: openpyxl then ignores the name's suffix
        book = load_workbook(f, data_only=False)
    grids = [[list(r) for r in ws.iter_rows(values_only=True)]
             for ws in (book.worksheets[0], book[PACK_SHEET])]  # fmt: skip
    return grids[0], grids[1], book.properties.modified


def _ods_grids(path: Path) -> tuple[Grid, Grid, dt.datetime | None]:
    """The same from an OpenDocument file (a pack LibreOffice saved in its own format)."""
    from python_calamine import CalamineWorkbook

    check_archive(path, lambda name: name == ODS_PART, ODS_ROW, ODS_CELL)
    book = CalamineWorkbook.from_path(str(path))
    main = book.get_sheet_by_name(book.sheet_names[0]).to_python()
    pack = book.get_sheet_by_name(PACK_SHEET).to_python()
    return main, pack, _ods_saved(path)


def _ods_saved(path: Path) -> dt.datetime | None:
    """When an .ods was last saved (its meta.xml's dc:date), if it says."""
    with zipfile.ZipFile(path) as archive:
        if "meta.xml" not in archive.namelist() or archive.getinfo("meta.xml").file_size > 2**20:
            return None
        found = re.search(rb"<dc:date>([^<]{10,32})</dc:date>", archive.read("meta.xml"))
    try:
        return dt.datetime.fromisoformat(found.group(1).decode()) if found else None
    except ValueError:
        return None


def _at(grid: Grid, row: int, col: int) -> Any:
    """The value at 0-based ``row``, ``col``; None past the grid's edge."""
    return grid[row][col] if row < len(grid) and col < len(grid[row]) else None


def _reads_as_a_date(value: object) -> bool:
    """A date cell, or text a day can be read in ("3/12", "3 Dec 2026"), any year."""
    if isinstance(value, dt.date):
        return True
    if not isinstance(value, str):
        return False
    some_day = dt.date(2000, 1, 1)  # whether a day is read, not which: any year does
    if day_nearest(value, some_day, some_day) is not None:
        return True
    try:
        read_due_input(value.strip(), some_day)
    except NotADate as refused:
        return refused.reason is not None  # "30/02/2026": a date, one that does not exist
    return True


def _filled(value: object) -> bool:
    """A cell holding something: a date, a number, or text other than spaces."""
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _facts(source: str, grid: Grid) -> dict[str, object]:
    facts = {str(r[0]): _at(grid, n, 1) for n, r in enumerate(grid) if r and r[0]}
    if facts.get("marker") != PACK_MARKER:
        raise ImportFailure(f"{source}: the pack's hidden sheet was changed")
    return facts


def _iso_day(source: str, value: object) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ImportFailure(f"{source}: the pack's hidden sheet was changed (made)") from None


def _check_header(source: str, grid: Grid) -> None:
    found = tuple(str(_at(grid, HEADER_ROW - 1, c) or "") for c in range(len(COLUMNS)))
    if found != COLUMNS:
        raise ImportFailure(
            f"{source}: row {HEADER_ROW}: the column headings were changed; expected"
            f" {', '.join(COLUMNS)}"
        )


def _rows(grid: Grid) -> list[tuple[int, list[Any]]]:
    rows = []
    for n in range(HEADER_ROW + 1, len(grid) + 1):  # n: the row's number on the sheet
        cells = [_text(_at(grid, n - 1, c)) for c in range(len(COLUMNS))]
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


def _words(grid: Grid, word_col: int, code_col: int, codes: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in range(len(grid)):
        word, code = _at(grid, n, word_col), _at(grid, n, code_col)
        if isinstance(word, str) and code in codes:
            out[word.strip().casefold()] = code
    return out


# ------------------------------------------------------------ resolving
def resolve(raw: RawReply, made: dt.date, today: dt.date) -> Reply:
    """The reply's values: the day it was filled and each row's answer.

    ``made`` is the day the database recorded the pack (not what the file says).
    """
    filled_on, note = filled_date(raw, made, today)
    answers = [_answer(raw, n, cells, filled_on) for n, cells in raw.rows]
    return Reply(
        source=raw.source,
        pack_id=raw.pack_id,
        filled_on=filled_on,
        answers=answers,
        filled_note=note,
    )


def filled_date(raw: RawReply, made: dt.date, today: dt.date) -> tuple[dt.date, str]:
    """The date the lead wrote in the reply; else the day the file was last saved when
    that is after the pack was made (not before: the pack's own save); else today.

    With it, what to say when the date is not the one the reply gives: a day outside
    the pack's day to today (a clock ahead, a typo, a set ``ACTIONPLAN_TODAY``) is
    recorded as the nearest day in it, not refused: the rows are still the lead's
    answer, and an update dated after today would read as news from the future."""
    given = _given_date(raw, made, today)
    if given is not None:
        said = f"cell {raw.reply_date_cell} (date filled): {_as_read(raw.reply_date, given)}"
        return _within(given, made, today, said)
    saved = raw.modified.date() if raw.modified else None
    if saved is not None and saved > today:
        return _within(saved, made, today, f"date filled {day(saved)} (the day the file was saved)")
    return (saved if saved is not None and made < saved else today), ""


def _given_date(raw: RawReply, made: dt.date, today: dt.date) -> dt.date | None:
    """The date cell's day; one written without a year is the one nearest the pack's
    day to today ("2/12" read on 4 December is this 2 December, not next year's)."""
    given = raw.reply_date
    if isinstance(given, dt.datetime):
        return given.date()
    if isinstance(given, dt.date):
        return given
    if not isinstance(given, str) or not given.strip():
        return None
    nearest = day_nearest(given, made, today)
    if nearest is not None:
        return nearest
    return _due(raw.source, HEADER_ROW - 2, "Date you filled this in", given, today)[0]


def _as_read(written: object, read: dt.date) -> str:
    """What the lead wrote beside what it was read as, "'3/12' (3 Dec 2026)": a day
    and month alone read as another year, or in another order, is seen at once. A
    date cell has no wording of its own: its day alone."""
    if isinstance(written, str) and written.strip():
        return f"{written.strip()!r} ({day(read)})"
    return day(read)


def _within(given: dt.date, made: dt.date, today: dt.date, said: str) -> tuple[dt.date, str]:
    """``given``, or the nearest day from the pack's to today and a line saying so."""
    if made <= given <= today:
        return given, ""
    kept = min(max(given, made), today)
    side = "after today" if given > today else f"before the pack's day ({day(made)})"
    return kept, f"{said} is {side}; recorded as {day(kept)}"


def _answer(raw: RawReply, line: int, cells: list[Any], filled_on: dt.date) -> Answer:
    ref = str(cells[0] or "")
    status, rag, due, progress = cells[7:11]
    action_id, pack_id, check = (str(c or "") for c in cells[11:14])
    filled = [_fingerprint_part(c) for c in (status, rag, due, progress)]
    read = _status(raw, status) if status else None
    rating = _rag(raw, rag) if rag else None
    read_due = _new_due(raw.source, line, ref, due, filled_on) if due else None
    return Answer(
        line=line,
        ref=ref,
        action_id=action_id,
        pack_id=pack_id,
        check=check,
        status=read,
        status_unread=_as_written(status) if status and read is None else "",
        status_hint=_hint(status, _status_words(raw)) if status and read is None else "",
        rag=rating,
        rag_unread=_as_written(rag) if rag and rating is None else "",
        rag_hint=_hint(rag, _rag_words(raw)) if rag and rating is None else "",
        due=read_due,
        due_unread=str(due).strip() if due and read_due is None else "",
        due_why=_why_not_a_date(due, filled_on) if due and read_due is None else "",
        # Excel saves a line break pasted from Word as '_x000B_': the lead's lines
        progress=excel_unescaped(str(progress or "")),
        fingerprint=hashlib.sha256(json.dumps(filled).encode()).hexdigest()[:24],
    )


def _as_written(value: object) -> str:
    """A cell as the lead saw it: a date Excel stored as a date shows as one."""
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return str(value).strip()


_DATE_LIKE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")


def _hint(value: object, words: list[str]) -> str:
    """The obvious reading of a New status or RAG no word reads, to say, never to apply:
    a date belongs under New due; a close misspelling ("In Progres") names the word
    it is closest to. Empty when neither is obvious."""
    text = _as_written(value)
    if isinstance(value, dt.date) or _DATE_LIKE.fullmatch(text):
        return "a date: put it under New due"
    by_key = {w.casefold(): w for w in words}
    close = difflib.get_close_matches(text.casefold(), list(by_key), n=1, cutoff=0.75)
    return f"did you mean {by_key[close[0]]}?" if close else ""


def _status_words(raw: RawReply) -> list[str]:
    """The status words the pack's list offers, then the app's own labels."""
    return [*(w for w in raw.status_words), *STATUS_LABELS.values()]


def _rag_words(raw: RawReply) -> list[str]:
    return [*(w for w in raw.rag_words), "Red", "Amber", "Green"]


def _fingerprint_part(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    return " ".join(str(value or "").split())


def _status(raw: RawReply, word: object) -> Status | None:
    """The status a New status word names; None for one no list or vocabulary reads
    ("In Progres"): the row is kept, as the importer keeps a status word it lacks."""
    text = str(word).strip()
    labels = {label.casefold(): s for s, label in STATUS_LABELS.items()}
    found = raw.status_words.get(text.casefold()) or labels.get(text.casefold())
    return found or read_status(text)[0]


def _rag(raw: RawReply, word: object) -> Rag | None:
    """The RAG a New RAG word names; None for one no list or vocabulary reads ("Amebr"):
    the row is kept and its RAG too, as for a status word no one reads."""
    text = str(word).strip()
    return raw.rag_words.get(text.casefold()) or read_rag(text)[0]


def _new_due(
    source: str, line: int, ref: str, value: object, today: dt.date
) -> tuple[dt.date | None, str, str] | None:
    """The deadline a New due gives; None for wording no date reads ("when the panel
    meets"): the pack invites any wording, so the row is kept and its due too, as for
    a status word no one reads, and no other lead's reply is held up."""
    try:
        return _due(source, line, f"ref {ref}: New due", value, today)
    except ImportFailure:
        return None


def _why_not_a_date(value: object, today: dt.date) -> str:
    """Why a New due is not read, where the reader says ("30 February 2027 does not exist")."""
    try:
        read_due_input(str(value).strip(), today)
    except NotADate as refused:
        return refused.reason or ""
    return ""


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
    return deadline.due, typed_wording(text), deadline.precision
