"""OpenDocument spreadsheets (.ods) and Excel 97-2003 workbooks (.xls), read by calamine.

python-calamine reads both (and fast), but tells merged ranges only for
.xlsx and .xls: for .ods it gives none, so the vertical merges are read here
from the sheet's XML (``table:number-rows-spanned``) and filled down as
``read`` does for .xlsx. Cells merged across columns arrive once, in the
first column, in every format.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from importers import read as limits
from importers.errors import ImportFailure
from importers.read import (
    MAX_COLUMNS,
    ODS_CELL,
    ODS_ROW,
    Sheet,
    bounded,
    cell_text,
    check_archive,
    fill_down,
    sheet_label,
)

T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
Merge = tuple[int, int, int]  # first row, column, rows spanned (0-based)


def read_calamine(path: Path, kind: str) -> list[Sheet]:
    """Every sheet of an .ods or .xls file as rows of text, merged cells filled down."""
    try:
        if kind == "ods":
            check_archive(path, lambda name: name == "content.xml", ODS_ROW, ODS_CELL)
        return _sheets(path, kind)
    except ImportFailure:
        raise
    except Exception as exc:  # calamine raises its own kinds on damaged files
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        label = "OpenDocument spreadsheet" if kind == "ods" else "Excel 97-2003 file"
        raise ImportFailure(f"{path.name}: not a readable {label} ({reason})") from None


def _sheets(path: Path, kind: str) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    merges = ods_merges(path) if kind == "ods" else {}
    sheets = []
    for name in book.sheet_names:
        ws = book.get_sheet_by_name(name)
        rows = bounded(_rows(ws), sheet_label(path, name, len(book.sheet_names)))
        for merge in merges.get(name, []) if kind == "ods" else _xls_merges(ws):
            fill_down(rows, *merge)
        sheets.append(Sheet(name, rows))
    return sheets


def _rows(ws: Any) -> Any:
    """Rows from the sheet's first cell (A1), so row numbers and merges are the sheet's
    own (``iter_rows`` starts at the first filled column)."""
    for row in ws.to_python(skip_empty_area=False):
        yield [cell_text(v) for v in row[: MAX_COLUMNS + 1]]


def _xls_merges(ws: Any) -> list[Merge]:
    ranges = ws.merged_cell_ranges or []
    return [(r0, c0, r1 - r0 + 1) for (r0, c0), (r1, _) in ranges if r1 > r0]


def ods_merges(path: Path) -> dict[str, list[Merge]]:
    """Cells spanning rows, by sheet (calamine does not report them for .ods); and,
    before calamine expands them, refuse repeats past the limits: one XML row can
    say "this row, 1,000,000 times", one cell "this value, 16,384 times"."""
    scan = _Scan(path.name)
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as part:
        for event, element in iterparse(part, events=("start", "end")):
            if event == "start":
                scan.start(element)
            elif element.tag == f"{T}table-row":
                scan.end_row(element)
                element.clear()
    return scan.merges


class _Scan:
    def __init__(self, name: str) -> None:
        self.name = name
        self.merges: dict[str, list[Merge]] = {}
        self.sheet, self.row, self.column = "", 0, 0
        self.filled_in_row = self.filled = 0

    def start(self, element: Any) -> None:
        tag = element.tag
        if tag == f"{T}table":
            self.sheet, self.row = element.get(f"{T}name", ""), 0
        elif tag == f"{T}table-row":
            self.column = self.filled_in_row = 0
        elif tag in (f"{T}table-cell", f"{T}covered-table-cell"):
            spanned = int(element.get(f"{T}number-rows-spanned", "1"))
            if spanned > 1:
                self.merges.setdefault(self.sheet, []).append((self.row, self.column, spanned))
            repeated = int(element.get(f"{T}number-columns-repeated", "1"))
            self.column += repeated
            if element.get(f"{OFFICE}value-type") is not None:
                self.filled_in_row += repeated
                if self.column > limits.MAX_COLUMNS:
                    raise ImportFailure(
                        f"{self.name}: row {self.row + 1} has more than"
                        f" {limits.MAX_COLUMNS} columns"
                    )

    def end_row(self, element: Any) -> None:
        repeated = int(element.get(f"{T}number-rows-repeated", "1"))
        self.row += repeated
        if not self.filled_in_row:
            return  # blank rows repeated to the sheet's end are never expanded
        self.filled += self.filled_in_row * repeated
        if self.row > limits.MAX_ROWS or self.filled > limits.MAX_CELLS:
            raise ImportFailure(
                f"{self.name}: more than {limits.MAX_ROWS:,} rows or"
                f" {limits.MAX_CELLS:,} cells; split the file"
            )
