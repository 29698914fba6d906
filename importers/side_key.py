"""A key typed beside the table: a plan's legend, not a column of its rows.

An author may type the RAG key to the right of the table, two cells a row beside the
first action rows ("RAG key", then "Green" | "Complete", "Amber" | "In progress").
Read as columns, its cells would rate the first rows ("Complete" the status of the
row it sits beside). Evidence it is a key: the two columns have no header (or the
header cell is the key's caption), the block covers a few rows only, each row of it
is a colour and its meaning, a rating the table itself uses, and the table goes on
below it with those columns blank.

An author may type a count of the plan's actions beside the table the same way, a
summary of its Status column ("Summary at 20/11/2026", "Status" | "Actions", then
"Complete" | 3, "On track" | 4, "Total" | 11). Read as columns, its words would be the
statuses of the rows they sit beside and its counts refs. Evidence it is a count: an
empty column between it and the table, the block covers a few rows only (it may begin
above the header), each row of it past a caption and its own two captions a word and a
whole number, two of the words ones the table's own cells hold, and the table goes on
below it with those columns blank.

A key and a count may be stacked in the same two columns, a blank row between them
(the key's caption in the header row, its colours, a blank row, then "Summary at
27/11/2026" and a count per colour). Past an empty column the cells are a block of
their own: each run of rows between blank ones is read as a key or a count on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from importers import vocab
from importers.read import Sheet

MAX_KEY_ROWS = 8  # a key lists a few ratings; a column of the plan runs down it
MAX_COUNT_ROWS = 10  # a caption, two captions, a few counts and a total
COUNT_ABOVE_HEADER = 2  # rows above the header a count beside the table may begin on
_COUNT = re.compile(r"^\d{1,5}$")
_CAPTION = re.compile(r"^\s*(?:[a-z]+\s+){0,3}(?:key|legend|scale)\s*:?\s*$", re.IGNORECASE)


def is_key_caption(cell: str) -> bool:
    """A key's caption alone in its cell: "Key:", "RAG key", "Legend"."""
    return _CAPTION.match(cell) is not None


@dataclass(frozen=True)
class SideKey:
    """Where the key sits (0-based rows of the grid, its two columns) and its rows."""

    rows: tuple[int, ...]
    column: int  # the colours'; the meanings are in the next column
    cells: tuple[tuple[str, ...], ...]  # each row's cells as written, caption included
    legend: tuple[str, ...] = ()  # a key's entries ("Green = Complete"); a count has none

    @property
    def columns(self) -> tuple[int, int]:
        return (self.column, self.column + 1)

    def blank(self, index: int, row: list[str]) -> list[str]:
        """Row ``index`` of the grid with the key's cells blank."""
        if index not in self.rows:
            return row
        return [("" if c in self.columns else cell) for c, cell in enumerate(row)]

    def legend_texts(self) -> list[str]:
        """Each entry as a legend line reads it ("Green = Complete")."""
        return list(self.legend)

    def note_lines(self) -> list[str]:
        """The key as kept in the notes, a bar between a row's cells."""
        return [" | ".join(row) for row in self.cells]


def find_side_key(grid: list[list[str]], header_index: int) -> SideKey | None:
    """The first key (or count of actions) typed beside the table, or None. Found
    before the header's rows are counted: a caption right under the header is no
    sub-header."""
    width = max((len(row) for row in grid), default=0)
    for column in range(width - 1):
        key = (
            _key_at(grid, header_index, column)
            or _counts_at(grid, header_index, column)
            or _stacked_at(grid, header_index, column)
        )
        if key is not None:
            return key
    return None


def without_side_key(sheet: Sheet, key: SideKey) -> Sheet:
    """The sheet with the key's cells blank (and their fill colours gone): they are no
    part of the rows beside them."""
    grid = [key.blank(r, row) for r, row in enumerate(sheet.grid)]
    fills = {
        r: {c: rag for c, rag in colours.items() if r not in key.rows or c not in key.columns}
        for r, colours in sheet.fills.items()
    }
    return replace(sheet, grid=grid, fills=fills)


def _cell(row: list[str], column: int) -> str:
    return row[column].strip() if column < len(row) else ""


def _key_at(grid: list[list[str]], header_index: int, column: int) -> SideKey | None:
    pair = (column, column + 1)
    left, right = (_cell(grid[header_index], c) for c in pair)
    caption_row = [header_index] if _CAPTION.match(left) else []
    if right or (left and not caption_row):
        return None  # a headed column of the table
    body = range(header_index + 1, len(grid))
    filled = [r for r in body if any(_cell(grid[r], c) for c in pair)]
    if not filled or filled[-1] - filled[0] + 1 != len(filled) or len(filled) > MAX_KEY_ROWS:
        return None  # no block, one broken by gaps, or a column running down the table
    if not _table_goes_on_below(grid, filled[-1]):
        return None
    rows = caption_row + filled
    cells = [tuple(c for c in (_cell(grid[r], p) for p in pair) if c) for r in rows]
    if not _is_key(cells, grid, header_index + 1, pair):
        return None
    return SideKey(tuple(rows), column, tuple(cells), _entries(cells))


def _entries(cells: list[tuple[str, ...]]) -> tuple[str, ...]:
    """A key's rows as legend lines read them, its caption left out."""
    return tuple(" = ".join(row) for row in cells if len(row) == 2)


def _table_goes_on_below(grid: list[list[str]], last: int) -> bool:
    """Rows of the table below the block, blank in its columns: two at least."""
    below = [row for row in grid[last + 1 :] if any(c.strip() for c in row)]
    return len(below) >= 2


def _is_key(
    cells: list[tuple[str, ...]], grid: list[list[str]], first: int, pair: tuple[int, int]
) -> bool:
    """A caption at most on the first row, then two entries or more, each a colour and
    what it means, one colour at least rating a row of the table."""
    if cells and len(cells[0]) == 1 and _CAPTION.match(cells[0][0]):
        cells = cells[1:]
    if len(cells) < 2 or not all(len(row) == 2 and _is_entry(row) for row in cells):
        return False
    colours = {vocab.normal(left) for left, _ in cells}
    used = (
        vocab.normal(cell)
        for row in grid[first:]
        for c, cell in enumerate(row)
        if c not in pair and cell.strip()
    )
    return any(word in colours for word in used)


def _is_entry(row: tuple[str, ...]) -> bool:
    """A colour and what it means, read as "Green = Complete" is."""
    return vocab.is_legend(" = ".join(row))


def _counts_at(grid: list[list[str]], header_index: int, column: int) -> SideKey | None:
    """A count of the actions typed in this column and the next, after an empty one."""
    pair = (column, column + 1)
    first = max(0, header_index - COUNT_ABOVE_HEADER)
    if column == 0 or any(_cell(row, column - 1) for row in grid[first:]):
        return None  # no empty column between it and the table
    filled = [r for r in range(len(grid)) if any(_cell(grid[r], c) for c in pair)]
    if not filled or filled[0] < first or filled[-1] - filled[0] + 1 != len(filled):
        return None  # nothing, a column from the title rows down, or one broken by gaps
    if len(filled) > MAX_COUNT_ROWS or not _table_goes_on_below(grid, filled[-1]):
        return None
    cells = [tuple(c for c in (_cell(grid[r], p) for p in pair) if c) for r in filled]
    if not _is_count(cells, grid, filled[0], pair):
        return None
    return SideKey(tuple(filled), column, tuple(cells))


def _stacked_at(grid: list[list[str]], header_index: int, column: int) -> SideKey | None:
    """Keys and counts stacked in this column and the next, after an empty one, a blank
    row between each: one block of the sheet's, each run read on its own."""
    pair = (column, column + 1)
    first = max(0, header_index - COUNT_ABOVE_HEADER)
    if column == 0 or any(_cell(row, column - 1) for row in grid[first:]):
        return None  # no empty column between them and the table
    filled = [r for r in range(len(grid)) if any(_cell(grid[r], c) for c in pair)]
    if not filled or filled[0] < first or not _table_goes_on_below(grid, filled[-1]):
        return None
    runs = _runs(filled)
    if len(runs) < 2:
        return None  # one block: a key or a count as read above, or neither
    rows: list[int] = []
    cells: list[tuple[str, ...]] = []
    legend: list[str] = []
    for run in runs:
        block = [tuple(c for c in (_cell(grid[r], p) for p in pair) if c) for r in run]
        if len(run) <= MAX_KEY_ROWS and _is_key(block, grid, header_index + 1, pair):
            legend += _entries(block)
        elif not (len(run) <= MAX_COUNT_ROWS and _is_count(block, grid, first, pair)):
            return None  # a run neither key nor count: the columns are the table's
        rows += run
        cells += block
    return SideKey(tuple(rows), column, tuple(cells), tuple(legend))


def _runs(rows: list[int]) -> list[list[int]]:
    """Rows in runs of consecutive ones, a gap between each."""
    runs: list[list[int]] = []
    for r in rows:
        if runs and r == runs[-1][-1] + 1:
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


def _is_count(
    cells: list[tuple[str, ...]], grid: list[list[str]], first: int, pair: tuple[int, int]
) -> bool:
    """A caption (one cell) and two captions (words) at most, then two rows or more,
    each a word and a whole number, two words at least ones the table's cells hold."""
    rows = list(cells)
    if rows and len(rows[0]) == 1 and not _COUNT.match(rows[0][0]):
        rows = rows[1:]
    if rows and len(rows[0]) == 2 and not any(_COUNT.match(c) for c in rows[0]):
        rows = rows[1:]
    if len(rows) < 2 or not all(len(r) == 2 and _is_count_row(r) for r in rows):
        return False
    used = {
        vocab.normal(cell)
        for row in grid[first:]
        for c, cell in enumerate(row)
        if c not in pair and cell.strip()
    }
    return sum(vocab.normal(word) in used for word, _ in rows) >= 2


def _is_count_row(row: tuple[str, ...]) -> bool:
    word, count = row
    return not _COUNT.match(word) and bool(_COUNT.match(count))
