"""OpenDocument spreadsheets (.ods) and Excel 97-2003 workbooks (.xls), read by calamine.

python-calamine reads both (and fast), but tells merged ranges only for
.xlsx and .xls: for .ods it gives none, so the vertical merges are read here
from the sheet's XML (``table:number-rows-spanned``) and filled down as
``read`` does for .xlsx; the same pass reads each .ods cell's background colour
as a RAG rating (calamine gives no styles) and each cell's note (an annotation, which
calamine skips). Cells merged across columns arrive once, in the
first column, in every format.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

from importers import colours
from importers import read as limits
from importers.errors import ImportFailure
from importers.read import (
    MAX_COLUMNS,
    ODS_CELL,
    ODS_ROW,
    Carried,
    Fills,
    Notes,
    Sheet,
    bounded,
    cell_text,
    check_archive,
    clean,
    fill_down,
    sheet_label,
    unreadable,
)

T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
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
        label = "OpenDocument spreadsheet" if kind == "ods" else "Excel 97-2003 file"
        raise unreadable(path, label, exc) from None


def _sheets(path: Path, kind: str) -> list[Sheet]:
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    book = CalamineWorkbook.from_path(str(path))
    scan = _scan(path) if kind == "ods" else _Scan(path.name)
    shown = {m.name for m in book.sheets_metadata if m.visible == SheetVisibleEnum.Visible}
    sheets = []
    for name in book.sheet_names:
        ws = book.get_sheet_by_name(name)
        rows = bounded(_rows(ws), sheet_label(path, name, len(book.sheet_names)))
        fills = scan.fills.get(name, {})  # .xls colours are not read
        carried: Carried = {}
        for merge in scan.merges.get(name, []) if kind == "ods" else _xls_merges(ws):
            fill_down(rows, *merge, fills, carried)
        _with_shown_spaces(rows, scan.spaced.get(name, {}))
        notes = scan.notes.get(name, {})
        hidden = name not in shown  # LibreOffice's Hide Sheet: its table style display="false"
        drawn = scan.drawn.get(name, [])
        sheets.append(
            Sheet(name, rows, fills=fills, notes=notes, carried=carried, hidden=hidden,
                  drawn_texts=drawn)
        )  # fmt: skip
    return sheets


def _rows(ws: Any) -> Any:
    """Rows from the sheet's first cell (A1), so row numbers and merges are the sheet's
    own (``iter_rows`` starts at the first filled column)."""
    for row in ws.to_python(skip_empty_area=False):
        yield [cell_text(v) for v in row[: MAX_COLUMNS + 1]]


def _with_shown_spaces(rows: list[list[str]], spaced: Notes) -> None:
    """Each cell holding a tab or line break element in ``rows`` as the scan read it
    (calamine drops both: "22/09/2026<tab/>Strategy …" came as "22/09/2026Strategy …")."""
    for r, cells in spaced.items():
        for c, text in cells.items():
            if r < len(rows) and c < len(rows[r]):
                rows[r][c] = text


def _xls_merges(ws: Any) -> list[Merge]:
    ranges = ws.merged_cell_ranges or []
    return [(r0, c0, r1 - r0 + 1) for (r0, c0), (r1, _) in ranges if r1 > r0]


def _scan(path: Path) -> _Scan:
    """The workbook's XML read once for what calamine does not tell: cells spanning rows,
    cells coloured as a RAG rating; and, before calamine expands them, repeats past
    the limits refused: one XML row can say "this row, 1,000,000 times", one cell
    "this value, 16,384 times"."""
    scan = _Scan(path.name)
    with zipfile.ZipFile(path) as archive:
        if "styles.xml" in archive.namelist():  # named styles ("Bad", "Good") live here
            with archive.open("styles.xml") as part:
                for _, element in iterparse(part, events=("start",)):
                    scan.styles.start(element)
        with archive.open("content.xml") as part:
            for event, element in iterparse(part, events=("start", "end")):
                if event == "start":
                    scan.start(element)
                elif element.tag == f"{T}table-row":
                    scan.end_row(element)
                    element.clear()
                elif element.tag == f"{OFFICE}annotation":
                    scan.note(element)
                elif element.tag.startswith(DRAW):
                    scan.end_shape(element)
                elif element.tag == f"{T}table-cell":
                    scan.end_cell(element)
    return scan


STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
# The elements LibreOffice keeps a cell's white space in, read as the white space they
# show: a tab typed or pasted into the cell parts words as a space does (the cell's text
# is read, not laid out on tab stops), a run of spaces keeps its count, a line break
# (Ctrl+Enter inside a paragraph) starts a line.
_TAB, _SPACES, _BREAK = f"{TEXT}tab", f"{TEXT}s", f"{TEXT}line-break"


def shown_text(cell: Any) -> str:
    """A cell's text as LibreOffice shows it: its paragraphs one a line, each with its
    tabs, runs of spaces and line breaks as white space (its note, an annotation, is
    no part of it)."""
    return "\n".join(_inline(p) for p in cell.iterfind(f"{TEXT}p"))


def _count(value: str) -> int:
    """A run of spaces' count (text:c), at least one; a count past a line's width is a
    damaged file's, read as one line's worth."""
    return min(max(int(value), 1), 1000) if value.isdigit() else 1


def _inline(element: Any) -> str:
    out = [element.text or ""]
    for child in element:
        if child.tag == _TAB:
            out.append(" ")
        elif child.tag == _SPACES:
            out.append(" " * _count(child.get(f"{TEXT}c", "1")))
        elif child.tag == _BREAK:
            out.append("\n")
        elif child.tag != f"{OFFICE}annotation":  # a span, a link: their words
            out.append(_inline(child))
        out.append(child.tail or "")
    return "".join(out)


class _CellStyles:
    """Each cell style's background as a RAG colour, a style without one taking its
    parent's (an automatic style over the named "Bad" style)."""

    def __init__(self) -> None:
        self.background: dict[str, str] = {}
        self.parent: dict[str, str] = {}
        self.current = ""
        self.rags: dict[str, str | None] = {}  # each style's RAG, worked out once

    def start(self, element: Any) -> None:
        if element.tag == f"{STYLE}style":
            self.current = element.get(f"{STYLE}name", "")
            if parent := element.get(f"{STYLE}parent-style-name"):
                self.parent[self.current] = parent
        elif element.tag == f"{STYLE}table-cell-properties":
            colour = element.get(f"{FO}background-color", "")
            if colour.startswith("#"):
                self.background[self.current] = colour[1:]

    def rag(self, name: str) -> str | None:
        if name not in self.rags:
            self.rags[name] = self._resolve(name)
        return self.rags[name]

    def _resolve(self, name: str | None) -> str | None:
        for _ in range(8):  # a chain of parents, never a loop
            if name is None or name in self.background:
                break
            name = self.parent.get(name)
        return colours.rag_of_rgb(self.background[name]) if name in self.background else None


class _Scan:
    def __init__(self, name: str) -> None:
        self.name = name
        self.merges: dict[str, list[Merge]] = {}
        # The words of each sheet's shapes and text boxes, a shape's a string
        self.drawn: dict[str, list[str]] = {}
        self.shape_depth = 0  # how many shapes the element being read lies in
        self.fills: dict[str, Fills] = {}
        self.notes: dict[str, Notes] = {}
        # The text cells holding a tab or line break element, read here (calamine drops both)
        self.spaced: dict[str, Notes] = {}
        self.cell_column = 0  # the column of the cell being read
        self.cell_repeats = 1  # how many columns the cell being read fills
        self.cell_spaced = False  # whether it holds a tab or line break element
        self.styles = _CellStyles()
        self.sheet, self.row, self.column = "", 0, 0
        self.filled_in_row = self.filled = 0

    def start(self, element: Any) -> None:
        tag = element.tag
        if tag.startswith(STYLE):
            self.styles.start(element)
        elif tag == f"{T}table":
            self.sheet, self.row = element.get(f"{T}name", ""), 0
        elif tag == f"{T}table-row":
            self.column = self.filled_in_row = 0
        elif tag == _TAB or tag == _BREAK:
            self.cell_spaced = True
        elif tag.startswith(DRAW):
            # Calc writes a shape anchored to a cell inside the cell, and calamine reads its
            # words as the cell's: the cell is read here, from its own paragraphs only
            self.shape_depth += 1
            self.cell_spaced = True
        elif tag in (f"{T}table-cell", f"{T}covered-table-cell"):
            spanned = int(element.get(f"{T}number-rows-spanned", "1"))
            if spanned > 1:
                self.merges.setdefault(self.sheet, []).append((self.row, self.column, spanned))
            repeated = int(element.get(f"{T}number-columns-repeated", "1"))
            self.cell_column, self.cell_repeats, self.cell_spaced = self.column, repeated, False
            self._colour(element.get(f"{T}style-name"), repeated)
            self.column += repeated
            if element.get(f"{OFFICE}value-type") is not None:
                self.filled_in_row += repeated
                if self.column > limits.MAX_COLUMNS:
                    raise ImportFailure(
                        f"{self.name}: row {self.row + 1} has more than"
                        f" {limits.MAX_COLUMNS} columns"
                    )

    def _colour(self, style: str | None, repeated: int) -> None:
        rag = self.styles.rag(style) if style else None
        if rag and self.column < MAX_COLUMNS:
            row = self.fills.setdefault(self.sheet, {}).setdefault(self.row, {})
            for column in range(self.column, min(self.column + repeated, MAX_COLUMNS)):
                row[column] = rag

    def note(self, element: Any) -> None:
        """The annotation on the cell being read: its paragraphs, one a line (its
        author and date, kept apart in the file, are no part of what it says)."""
        lines = ["".join(p.itertext()) for p in element.iter(f"{TEXT}p")]
        text = clean("\n".join(lines))
        if text and self.cell_column < MAX_COLUMNS:
            self.notes.setdefault(self.sheet, {}).setdefault(self.row, {})[self.cell_column] = text

    def end_shape(self, element: Any) -> None:
        """A shape's or text box's words, its paragraphs a line each, the sheet's words
        (read for a key, kept in the notes) and no cell's; a group's shapes are read with
        it."""
        self.shape_depth -= 1
        if self.shape_depth:
            return
        lines = (clean(_inline(p)) for p in element.iter(f"{TEXT}p"))
        if text := "\n".join(line for line in lines if line):
            self.drawn.setdefault(self.sheet, []).append(text)

    def end_cell(self, element: Any) -> None:
        """A text cell with a tab, a line break or a shape in it, read as LibreOffice
        shows it."""
        if not self.cell_spaced or element.get(f"{OFFICE}value-type") != "string":
            return
        text = shown_text(element)
        end = min(self.cell_column + self.cell_repeats, MAX_COLUMNS)
        row = self.spaced.setdefault(self.sheet, {}).setdefault(self.row, {})
        for column in range(self.cell_column, end):
            row[column] = text

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
        spaced = self.spaced.get(self.sheet, {})
        if repeated > 1 and (first := self.row - repeated) in spaced:
            for row in range(first + 1, self.row):  # the same row again, as calamine repeats it
                spaced[row] = dict(spaced[first])
