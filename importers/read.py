"""Bytes to a grid of clean text cells: encodings, delimiters, Excel.

Everything here is about getting the cells a person would see; what the
cells mean is decided later (``layout``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from importers.errors import ImportFailure

Grid = list[list[str]]
# Whole escape sequences (CSI and OSC) first, then any other control character.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
_DELIMITERS = (",", ";", "\t")
XLSX_MAGIC = b"PK\x03\x04"
READ_ONLY_ABOVE = 20 * 1024 * 1024


def clean(text: str) -> str:
    """Strip, unify newlines, drop control characters (ESC sequences whole)."""
    if text.isprintable():  # most cells: no newline, tab or control character at all
        return text.strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def read_grid(path: Path, encoding: str | None = None, sheet: str | None = None) -> Grid:
    """The file's cells as rows of equal length, cleaned."""
    data = _read_bytes(path)
    if data.startswith(XLSX_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path, sheet)
    else:
        rows = _text_rows(path, data, encoding)
    width = max((len(r) for r in rows), default=0)
    grid = [[clean(c) for c in r] + [""] * (width - len(r)) for r in rows]
    return grid


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise ImportFailure(f"{path}: no such file")
    if path.is_dir():
        raise ImportFailure(f"{path}: is a directory, not a plan file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFailure(f"{path}: cannot read ({exc.strerror})") from None


def decode(data: bytes, encoding: str | None, name: str) -> str:
    """Text from bytes: the named encoding, else UTF-8 (BOM or not), UTF-16, cp1252."""
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise ImportFailure(f"{name}: cannot decode as {encoding} ({exc})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    for candidate in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _looks_utf16(data: bytes) -> bool:
    sample = data[:2000]
    return len(sample) >= 4 and sample.count(b"\x00") > len(sample) // 3


def _text_rows(path: Path, data: bytes, encoding: str | None) -> Grid:
    if (
        b"\x00" in data[:4096]
        and not _looks_utf16(data)
        and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    ):
        raise ImportFailure(f"{path.name}: binary file, not a CSV or Excel table")
    text = decode(data, encoding, path.name)
    if "\x00" in text:
        raise ImportFailure(f"{path.name}: binary file, not a CSV or Excel table")
    delimiter = choose_delimiter(text)
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ImportFailure(f"{path.name}: not a readable CSV ({exc})") from None


def choose_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the most consistent columns.

    csv.Sniffer guesses wrong on plans full of commas inside quoted prose, so
    each candidate is scored by parsing: first how often the commonest width
    repeats (in steps of a tenth), then that width. Consistency comes first
    because prose full of another delimiter also splits into many cells.
    """
    sample = text[:20000]
    best, best_score = ",", (-1, -1)
    for delimiter in _DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))[:50]
        except csv.Error:
            continue
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        score = (round(10 * widths.count(common) / len(widths)), min(common, 30))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _xlsx_rows(path: Path, sheet: str | None) -> Grid:
    try:
        return _workbook_rows(path, sheet)
    except ImportFailure:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ImportFailure(f"{path.name}: not a readable Excel file ({reason})") from None


def _workbook_rows(path: Path, sheet: str | None) -> Grid:
    from openpyxl import load_workbook

    # read_only mode hides merged ranges; small files load fully to see them.
    read_only = path.stat().st_size > READ_ONLY_ABOVE
    book = load_workbook(path, read_only=read_only, data_only=True)
    if sheet is not None and sheet not in book.sheetnames:
        names = ", ".join(book.sheetnames)
        raise ImportFailure(f"{path.name}: no sheet named {sheet!r} (sheets: {names})")
    ws = book[sheet] if sheet else book.worksheets[0]
    rows = [[_cell_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
    if not read_only:
        _fill_merged(ws, rows)
    return rows


def _fill_merged(ws: object, rows: Grid) -> None:
    """A merged range reads as its top-left value in every row it spans.

    Spanning columns within one row is a banner or a wide cell: the value is
    kept once (the row then still looks like one cell, which is what it is).
    """
    for merged in ws.merged_cells.ranges:  # type: ignore[attr-defined]
        value = rows[merged.min_row - 1][merged.min_col - 1]
        for r in range(merged.min_row + 1, merged.max_row + 1):
            if r - 1 < len(rows) and merged.min_col - 1 < len(rows[r - 1]):
                rows[r - 1][merged.min_col - 1] = value


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
