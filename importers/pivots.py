"""A plan laid out as a pivot table over its action list and copied or exported with it
(Excel's PivotTable, Power BI's "Export data" of a matrix).

Excel labels an empty value of a pivot's row field "(blank)" (Power BI "(Blank)"): in a
pivot's rows the label stands for an empty cell, as a database's null does, and read as
words it makes "(blank)" a lead or an update. Elsewhere the word is the author's own (a
RAG key's "(blank) | Not yet started" says what an empty cell means), so only a sheet
that shows a pivot's marks reads it empty: a "Grand Total" row, or a value field's
caption ("Count of Action ref", "Sum of …").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # read.py reads every sheet through this module
    from importers.read import Sheet

_BLANK_LABELS = frozenset({"(blank)", "(Blank)"})
_GRAND_TOTAL = re.compile(r"^\s*grand\s+total\s*$", re.IGNORECASE)
_VALUE_FIELD = re.compile(r"^\s*(?:count|sum|average|min|max)\s+of\s+\S", re.IGNORECASE)
_CAPTION_ROWS = 30  # as the header is searched for (locate.HEADER_SEARCH_ROWS)


def pivot_blanks_emptied(sheet: Sheet) -> Sheet:
    """The sheet with each "(blank)" cell read as the empty cell it stands for, where the
    sheet is a pivot's; the sheet unchanged otherwise."""
    grid = sheet.grid
    if not any(c in _BLANK_LABELS for row in grid for c in row) or not _a_pivots(grid):
        return sheet
    return replace(sheet, grid=[["" if c in _BLANK_LABELS else c for c in row] for row in grid])


def _a_pivots(grid: list[list[str]]) -> bool:
    """A "Grand Total" row, or a value field's caption in the rows a header is sought in."""
    firsts = (next((c for c in row if c), "") for row in grid)
    if any(_GRAND_TOTAL.match(c) for c in firsts):
        return True
    return any(_VALUE_FIELD.match(c) for row in grid[:_CAPTION_ROWS] for c in row)
