"""Column names written as a tool's internal names read as the captions they escape.

A SharePoint list exported by its fields' internal names (PowerShell's
``Get-PnPListItem | Export-Csv``, a Power Automate "Create CSV table", the REST API)
heads each column with the name XML allows: every character a name may not hold
escaped as ``_xHHHH_``, its code in hex ("Action_x0020_Owner" for "Action Owner",
"Target_x0020_Date" for "Target Date", "Q_x0026_A" for "Q&A", "Yes_x002f_No" for
"Yes/No"). Read as written, no caption names a column and a plan's owners become its
actions; read decoded, the captions are the user's own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # read.py reads every sheet through this module
    from importers.read import Sheet

# XmlConvert.EncodeName's escape: "_x" the code in 4 hex digits (8 above the BMP) "_"
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_")
# a whole cell one such name: no space in it (the escape stands for each one)
_ESCAPED_NAME = re.compile(r"^\S*_x(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_\S*$")
# A Power Automate flow's own columns, written beside the list's by "Create CSV table":
# "@odata.etag", "ItemInternalId", "{Identifier}", "{Link}", "{VersionNumber}"
_FLOW_COLUMN = re.compile(r"^(?:@odata\.\w+|ItemInternalId|\{[A-Za-z]+\})$")
# A name run together as an internal name is ("ActionRef", "DueDate", "ProgressNotes"):
# letters only, a capital after a small letter where each word begins
_RUN_TOGETHER = re.compile(r"^[A-Z][a-z]+(?:[A-Z][a-z]+)+$")
_WORD_START = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SEARCH_ROWS = 30  # as the header is searched for (locate.HEADER_SEARCH_ROWS)
_LEAST = 2  # escaped names in one row: a row of column names, never a row of the plan
_SHOWN = 3  # of the names decoded, the ones --explain shows as written


def is_escaped_name(cell: str) -> bool:
    """The cell is one name with a character escaped as ``_xHHHH_`` ("Rec_x0020_No")."""
    return bool(_ESCAPED_NAME.match(cell))


def decoded_name(cell: str) -> str:
    """ "Action_x0020_Owner" read as "Action Owner"; a code no character has stays."""
    return _ESCAPE.sub(_character, cell)


def _flow_names(row: list[str]) -> dict[int, str]:
    """A row of column names a flow wrote (two of its own columns or more): each name
    run together as an internal name, read as its words ("ActionRef" → "Action Ref").
    The list's internal name is the name its author first typed with the spaces left
    out; the caption shown on the list has them. None in any other row."""
    if sum(bool(_FLOW_COLUMN.match(c)) for c in row) < _LEAST:
        return {}
    return {
        c: _WORD_START.sub(" ", cell)
        for c, cell in enumerate(row)
        if _RUN_TOGETHER.match(cell) and not _FLOW_COLUMN.match(cell)  # the flow's, as written
    }


def _character(m: re.Match[str]) -> str:
    code = int(m[1], 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m[0]


def names_decoded(sheet: Sheet) -> Sheet:
    """The sheet with its first row of escaped column names (two or more) read decoded,
    and ``how`` saying so with the names as written; the sheet unchanged without one."""
    for index, row in enumerate(sheet.grid[:_SEARCH_ROWS]):
        if flow := _flow_names(row):
            return _read_as(sheet, index, flow)
        escaped = [cell for cell in row if is_escaped_name(cell)]
        if len(escaped) >= _LEAST:
            grid = list(sheet.grid)
            grid[index] = [decoded_name(c) if is_escaped_name(c) else c for c in row]
            written = {c: cell for c, cell in enumerate(row) if is_escaped_name(cell)}
            how = sheet.how or _how(escaped)
            return replace(sheet, grid=grid, how=how, names_written={index: written})
    return sheet


def _read_as(sheet: Sheet, index: int, names: dict[int, str]) -> Sheet:
    """The sheet with row ``index``'s names read as ``names`` says (column → caption),
    the names as written kept and ``how`` saying so."""
    row = sheet.grid[index]
    grid = list(sheet.grid)
    grid[index] = [names.get(c, cell) for c, cell in enumerate(row)]
    written = {c: row[c] for c in names}
    shown = ", ".join(f"{row[c]!r} as {names[c]!r}" for c in list(names)[:_SHOWN])
    more = f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else ""
    how = sheet.how or f"column names a flow wrote as internal names read as words: {shown}{more}"
    return replace(sheet, grid=grid, how=how, names_written={index: written})


def _how(escaped: list[str]) -> str:
    shown = ", ".join(f"{c!r} as {decoded_name(c)!r}" for c in escaped[:_SHOWN])
    more = f" and {len(escaped) - _SHOWN} more" if len(escaped) > _SHOWN else ""
    return f"column names written as internal names ('_x0020_' a space) read decoded: {shown}{more}"
