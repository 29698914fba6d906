"""A delimited text file cut short: a copy, download or save that stopped part-way.

Such a file still parses: its last row simply has fewer cells, or a quoted cell
runs on to the end of the file. Imported onto a stored plan it would overwrite
the cut row's action with what is left of it and mark every action after it
missing, so it is refused in one line before anything is written.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator

from importers.errors import ImportFailure

# The header's cell naming the action ("Action", "Agreed action", "Actions to be taken"),
# not a cell about it ("Action owner", "Action by", "Action due date", "Action ref").
_ACTION = re.compile(r"\bactions?\b", re.IGNORECASE)
_ABOUT_THE_ACTION = re.compile(
    r"\b(?:owner|lead|by|date|due|status|ref|no|number|update|progress)\b", re.IGNORECASE
)
# The header is looked for among the first rows only (a title or two above it).
_HEADER_WITHIN = 30


class Records:
    """CSV rows read from lines, remembering what tells a file cut short.

    The raw text of the last record (to see whether it ends inside a quoted cell, or
    without a line break), the widths of the rows above it and the column of the
    header's action text.
    """

    def __init__(self, lines: Iterable[str], delimiter: str) -> None:
        self._lines = iter(lines)
        self._delimiter = delimiter
        self._current: list[str] = []  # the raw lines of the record being read
        self.count = 0
        self.last: list[str] = []
        self.last_raw = ""
        self._widths_above: set[int] = set()
        self.action_column: int | None = None

    def _tracked(self) -> Iterator[str]:
        for line in self._lines:
            self._current.append(line)
            yield line

    def __iter__(self) -> Iterator[list[str]]:
        for row in csv.reader(self._tracked(), delimiter=self._delimiter):
            if self.count and self.last:  # a blank line has no width
                self._widths_above.add(len(self.last))
            self.count += 1
            self.last = row
            self.last_raw = "".join(self._current)
            self._current.clear()
            if self.action_column is None and self.count <= _HEADER_WITHIN:
                self.action_column = _action_column(row)
            yield row

    def check(self, name: str) -> None:
        """Refuse a file whose last record shows it was cut short."""
        if not self.count:
            return
        ends_in_quotes = _ends_inside_quotes(self.last_raw, self._delimiter)
        no_line_break = not self.last_raw.endswith(("\n", "\r"))
        # Only a file whose rows are all one width (as a spreadsheet pads them) shows
        # a short row: one that drops trailing empty cells is ragged throughout. And
        # only a row that stops before its action's text is cut for sure: a row typed
        # by hand lacks its trailing empty cell ("3,Check the resus trolleys,Amy
        # Patel,31/01/2027" under five columns), a footnote of one cell ends the file
        # ("Updated by JS 01/12/2026"), each with no line break after it.
        widths = self._widths_above
        action = self.action_column
        stops_short = (
            no_line_break
            and len(widths) == 1
            and action is not None
            and 2 <= len(self.last) <= action
        )
        if ends_in_quotes or stops_short:
            raise ImportFailure(
                f"{name}: row {self.count} ends part-way (the file looks cut short); "
                "nothing imported"
            )


def _ends_inside_quotes(record: str, delimiter: str) -> bool:
    """Whether a record's text ends inside a quoted cell, as the csv module reads one.

    A quote opens a quoted cell only at the cell's start; inside, a doubled quote is
    one quote and a single one closes it (text after the close joins the cell).
    """
    state = "start"
    for ch in record:
        if state == "quoted":
            if ch == '"':
                state = "closing"
        elif ch == delimiter or ch in "\r\n":
            state = "start"
        elif state == "start" and ch == '"':
            state = "quoted"
        elif state == "closing" and ch == '"':
            state = "quoted"
        else:
            state = "field"
    return state == "quoted"


def _action_column(row: list[str]) -> int | None:
    """The column of a header's action text ("Action", "Agreed action"), if the row is
    a header naming one."""
    for i, cell in enumerate(row):
        if _ACTION.search(cell) and not _ABOUT_THE_ACTION.search(cell) and len(cell) <= 40:
            return i
    return None
