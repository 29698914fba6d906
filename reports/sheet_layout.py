"""Row heights and print setup that hold in Excel and in LibreOffice.

LibreOffice does not grow a row to fit wrapped text when it opens an .xlsx:
a row left at the default height draws its lines over the next row's. So
every row we wrap gets an explicit height, from the text's lines at the
column's width. Pure: openpyxl only.
"""

from __future__ import annotations

import textwrap
from typing import Any

from openpyxl.utils import get_column_letter

from store.text import writable

LINE_POINTS = 15.0  # one line of 11-point Calibri, as Excel spaces it
MAX_ROW_POINTS = 409.0  # the tallest row Excel allows
# A column width counts "0"s; words are narrower on average. 1.1 characters per
# unit is what LibreOffice drew here with its stand-in for Calibri (the wider of
# the two), so Excel has room to spare rather than lines drawn over the next row.
CHARACTERS_PER_WIDTH = 1.1


def lines_at(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    chars = max(1, int(width * CHARACTERS_PER_WIDTH))
    return sum(max(1, len(textwrap.wrap(part, chars))) for part in text.split("\n"))


def fit_rows(ws: Any, first: int, last: int, min_lines: int = 1) -> None:
    """Give each row from ``first`` to ``last`` the height its tallest wrapped, visible
    cell needs (a cell that does not wrap draws one line, whatever its length), and
    at least ``min_lines``: a fixed height does not grow as someone types."""
    widths = _visible_widths(ws)
    for row in ws.iter_rows(min_row=first, max_row=last):
        lines = [
            lines_at(str(c.value), widths[c.column]) for c in row
            if c.column in widths and c.value not in (None, "") and c.alignment.wrap_text
        ]  # fmt: skip
        if lines:  # a row with nothing wrapped keeps the height its font gives it
            tallest = max(*lines, min_lines)
            ws.row_dimensions[row[0].row].height = min(MAX_ROW_POINTS, tallest * LINE_POINTS + 3)


def _visible_widths(ws: Any) -> dict[int, float]:
    """Each column's width by number, hidden columns left out (their text is never drawn)."""
    out: dict[int, float] = {}
    for col in range(1, ws.max_column + 1):
        dims = ws.column_dimensions[get_column_letter(col)]
        if not dims.hidden:
            out[col] = dims.width or 8.43  # Excel's default width
    return out


def print_landscape(ws: Any, title: str, title_rows: str | None = None, grid: bool = False) -> None:
    """Landscape A4, one page wide with narrow side margins, ``title`` at the top
    of each page and "Page 2 of 5" at its foot; ``title_rows`` ("1:1") repeat at
    the top of every printed page; ``grid`` prints the cell borders."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    # Excel's own top and bottom: room for the title above and the page number below.
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_options.gridLines = grid  # cells a reader can follow across a wide page
    if title_rows:
        ws.print_title_rows = title_rows
    # "&" starts a code in a header ("&P" is the page number): the title's own are doubled.
    ws.oddHeader.left.text = writable(title[:200]).replace("&", "&&")
    ws.oddFooter.right.text = "Page &P of &N"
