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
_SEARCH_ROWS = 30  # as the header is searched for (locate.HEADER_SEARCH_ROWS)
_LEAST = 2  # escaped names in one row: a row of column names, never a row of the plan
_SHOWN = 3  # of the names decoded, the ones --explain shows as written


def is_escaped_name(cell: str) -> bool:
    """The cell is one name with a character escaped as ``_xHHHH_`` ("Rec_x0020_No")."""
    return bool(_ESCAPED_NAME.match(cell))


def decoded_name(cell: str) -> str:
    """ "Action_x0020_Owner" read as "Action Owner"; a code no character has stays."""
    return _ESCAPE.sub(_character, cell)


def _character(m: re.Match[str]) -> str:
    code = int(m[1], 16)
    return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m[0]


def names_decoded(sheet: Sheet) -> Sheet:
    """The sheet with its first row of escaped column names (two or more) read decoded,
    and ``how`` saying so with the names as written; the sheet unchanged without one."""
    for index, row in enumerate(sheet.grid[:_SEARCH_ROWS]):
        escaped = [cell for cell in row if is_escaped_name(cell)]
        if len(escaped) >= _LEAST:
            grid = list(sheet.grid)
            grid[index] = [decoded_name(c) if is_escaped_name(c) else c for c in row]
            written = {c: cell for c, cell in enumerate(row) if is_escaped_name(cell)}
            how = sheet.how or _how(escaped)
            return replace(sheet, grid=grid, how=how, names_written={index: written})
    return sheet


def _how(escaped: list[str]) -> str:
    shown = ", ".join(f"{c!r} as {decoded_name(c)!r}" for c in escaped[:_SHOWN])
    more = f" and {len(escaped) - _SHOWN} more" if len(escaped) > _SHOWN else ""
    return f"column names written as internal names ('_x0020_' a space) read decoded: {shown}{more}"
