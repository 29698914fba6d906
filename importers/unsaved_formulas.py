"""A workbook's formula cells saved with no value, found in its package and worked out.

openpyxl reads such a cell as empty whether asked for values (none was saved) or
formulas (then every formula comes back, saved value or not), so the cells are found
in the sheet's XML: a formula ('<f>') with no value ('<v>' absent, or empty in a
cell not typed as text: Excel writes an empty text result as t="str" '<v></v>').
Only the parts the size scan flagged are read (``read.UNSAVED_VALUE``): a workbook
Excel saved has none, and costs nothing more. A cell with a saved value is read as
saved, never worked out again.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.etree import ElementTree
from xml.etree.ElementTree import iterparse

from importers.formula_text import date_serial, serial_date
from importers.formulas import ExcelError, Here, Unknown, Value, evaluate

Cell = tuple[int, int]  # (row, column), 1-based as Excel counts
# A formula that refers to one whose value depends on another, so deep, is not
# worked out: a loop the guard missed, or a chain past what a sheet holds by design
MAX_DEPTH = 64


@dataclass
class Unsaved:
    """One sheet's formula cells saved with no value."""

    values: dict[Cell, Value] = field(default_factory=dict)  # worked out as Excel shows them
    kept: dict[Cell, str] = field(default_factory=dict)  # not worked out: the formula's text


def worked_out(path: Path, parts: Iterable[str], book: Any, today: dt.date) -> dict[str, Unsaved]:
    """Each sheet's formula cells with no saved value (in ``parts``), by sheet title,
    worked out with the values of the loaded workbook ``book`` (read for values)."""
    formulas = unsaved_formulas(path, frozenset(parts))
    cells = _Book(book, formulas, today)
    found: dict[str, Unsaved] = {}
    for title, by_cell in formulas.items():
        sheet = found.setdefault(title, Unsaved())
        for cell in sorted(by_cell):  # row by row: a running formula refers to the one above
            try:
                sheet.values[cell] = cells.value(title, *cell)
            except Unknown:
                sheet.kept[cell] = by_cell[cell]
    return found


def unsaved_formulas(path: Path, parts: frozenset[str]) -> dict[str, dict[Cell, str]]:
    """The formulas ("=…" as stored, a shared one as it reads in each cell) of the
    cells with no saved value in these sheet parts, by sheet title."""
    with zipfile.ZipFile(path) as archive:
        titles = sheet_titles(archive)
        found: dict[str, dict[Cell, str]] = {}
        for part in sorted(parts):
            if part in titles:
                with archive.open(part) as xml:
                    found[titles[part]] = _part_formulas(xml)
    return {title: cells for title, cells in found.items() if cells}


def local_name(tag: str) -> str:
    """A tag or attribute name without its namespace (a Strict package's differ)."""
    return tag.rpartition("}")[2]


def sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet part's sheet title: the workbook's sheets through its relationships."""
    workbook = _office_document(archive)
    folder = posixpath.dirname(workbook)
    rels = f"{folder}/_rels/{posixpath.basename(workbook)}.rels"
    targets = {
        rel.get("Id"): resolved(folder, rel.get("Target", ""))
        for rel in ElementTree.fromstring(archive.read(rels))
    }
    titles = {}
    for sheet in ElementTree.fromstring(archive.read(workbook)).iter():
        if local_name(sheet.tag) != "sheet":
            continue
        ids = [value for name, value in sheet.attrib.items() if name.endswith("}id")]
        if ids and ids[0] in targets:
            titles[targets[ids[0]]] = sheet.get("name", "")
    return titles


def _office_document(archive: zipfile.ZipFile) -> str:
    """The workbook part the package's root relationships name (xl/workbook.xml)."""
    for rel in ElementTree.fromstring(archive.read("_rels/.rels")):
        if rel.get("Type", "").endswith("/officeDocument"):
            return resolved("", rel.get("Target", ""))
    return "xl/workbook.xml"


def resolved(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target))


def _part_formulas(xml: IO[bytes]) -> dict[Cell, str]:
    """A sheet part's formula cells with no saved value, and their formulas."""
    from openpyxl.formula.translate import Translator

    found: dict[Cell, str] = {}
    shared: dict[str, Translator] = {}  # a shared formula's first cell, by its index
    row = column = 0
    for event, element in iterparse(xml, events=("start", "end")):
        tag = local_name(element.tag)
        if event == "start" and tag == "row":
            row, column = int(element.get("r") or row + 1), 0
        elif event == "end" and tag == "c":
            row, column = _position(element.get("r"), row, column)
            formula = _formula(element, (row, column), shared)
            if formula is not None and not _has_value(element):
                found[(row, column)] = formula
            element.clear()
        elif event == "end" and tag == "row":
            element.clear()
    return found


def _position(reference: str | None, row: int, column: int) -> Cell:
    """A cell's row and column: from its reference, else the one after the last."""
    from openpyxl.utils.cell import coordinate_to_tuple

    return coordinate_to_tuple(reference) if reference else (row, column + 1)


def _formula(element: Any, cell: Cell, shared: dict[str, Any]) -> str | None:
    """The cell's formula as it reads there: a shared formula's other cells hold only
    its index, and read as its first cell's formula moved to them."""
    from openpyxl.formula.translate import Translator
    from openpyxl.utils.cell import get_column_letter

    child = next((c for c in element if local_name(c.tag) == "f"), None)
    if child is None or child.get("t") == "dataTable":
        return None
    where = f"{get_column_letter(cell[1])}{cell[0]}"
    text = f"={child.text}" if child.text else None
    index = child.get("si")
    if child.get("t") != "shared" or index is None:
        return text
    if text is not None:
        shared[index] = Translator(text, origin=where)
        return text
    try:
        return str(shared[index].translate_formula(where)) if index in shared else None
    except Exception:  # noqa: BLE001 - openpyxl's translator raises several kinds
        return None


def _has_value(element: Any) -> bool:
    value = next((c for c in element if local_name(c.tag) == "v"), None)
    if value is None:
        return False
    return bool(value.text) or element.get("t") == "str"  # an empty text result


class _Book:
    """The workbook's values as a formula reads them: a saved value as saved (a date
    as Excel's serial number), a formula with none worked out once, on demand."""

    def __init__(self, book: Any, formulas: dict[str, dict[Cell, str]], today: dt.date) -> None:
        self.book = book
        self.formulas = formulas
        self.today = today
        self.titles = {title.casefold(): title for title in book.sheetnames}
        self.saved: dict[str, dict[Cell, Value]] = {}
        self.worked: dict[tuple[str, int, int], Value | Unknown] = {}
        self.open: list[tuple[str, int, int]] = []

    def value(self, sheet: str, row: int, column: int) -> Value:
        title = self.titles.get(sheet.casefold())
        if title is None:
            raise Unknown(f"no sheet {sheet!r}")
        if (row, column) in self.formulas.get(title, {}):
            return self._worked((title, row, column))
        if title not in self.saved:
            self.saved[title] = _saved_values(self.book[title])
        return self.saved[title].get((row, column))

    def _worked(self, key: tuple[str, int, int]) -> Value:
        if key not in self.worked:
            if key in self.open or len(self.open) >= MAX_DEPTH:
                raise Unknown("a loop of references")
            self.open.append(key)
            try:
                formula = self.formulas[key[0]][key[1:]]
                self.worked[key] = evaluate(formula, Here(*key), self, self.today)
            except Unknown as unknown:
                self.worked[key] = unknown
            finally:
                self.open.pop()
        found = self.worked[key]
        if isinstance(found, Unknown):
            raise found
        return found


def _saved_values(sheet: Any) -> dict[Cell, Value]:
    """A sheet's saved values by cell, as a formula reads them."""
    return {
        (cell.row, cell.column): _as_read(cell)
        for row in sheet.iter_rows()
        for cell in row
        if getattr(cell, "value", None) is not None
    }


def _as_read(cell: Any) -> Value:
    """A saved value as a formula reads it: a date or time as Excel's serial number,
    an error as the error, rich text as its text."""
    value = cell.value
    if getattr(cell, "data_type", "") == "e":
        return ExcelError(str(value))
    if isinstance(value, dt.datetime):
        return date_serial(value.date()) + _day_fraction(value.time())
    if isinstance(value, dt.date):
        return date_serial(value)
    if isinstance(value, dt.time):
        return _day_fraction(value)
    if isinstance(value, dt.timedelta):
        return value.total_seconds() / 86400
    if isinstance(value, bool | str):
        return value
    if isinstance(value, int | float):
        return float(value)
    return str(value)  # openpyxl's rich text: its words


def _day_fraction(time: dt.time) -> float:
    return (time.hour * 3600 + time.minute * 60 + time.second + time.microsecond / 1e6) / 86400


@dataclass(frozen=True)
class _WorkedCell:
    """A formula cell read as its worked-out value, under the cell's own number format."""

    value: object
    number_format: str


def worked_cell(cell: Any, unsaved: Unsaved) -> Any:
    """The cell as read: its worked-out value where it is a formula saved with none
    (a date format shows a serial number as the day, as Excel shows it), else itself."""
    at = (getattr(cell, "row", 0), getattr(cell, "column", 0))
    if at not in unsaved.values:
        return cell
    number_format = str(getattr(cell, "number_format", "General") or "General")
    return _WorkedCell(_cell_value(unsaved.values[at], number_format), number_format)


def _cell_value(value: Value, number_format: str) -> object:
    from openpyxl.styles.numbers import is_date_format

    if isinstance(value, ExcelError):
        return value.code
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and is_date_format(number_format):
        try:
            return serial_date(value)
        except ValueError:  # a number no day has: shown as the number
            return value
    return value


def not_worked_out(kept: Iterable[int]) -> str:
    """The warning for the formulas with no saved value not worked out, counted by
    column (0-based indexes): '3 formulas in column F had no saved value …'."""
    from openpyxl.utils.cell import get_column_letter

    counts = sorted(Counter(kept).items())
    parts = [f"{count} in column {get_column_letter(column + 1)}" for column, count in counts]
    first, many = counts[0][1], sum(count for _, count in counts)
    parts[0] = parts[0].replace(" in", " formula in" if first == 1 else " formulas in", 1)
    listed = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    kept_as = "kept as its cell's note" if many == 1 else "each kept as its cell's note"
    return f"{listed} had no saved value and could not be worked out ({kept_as})"
