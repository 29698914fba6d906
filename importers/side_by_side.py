"""Part of stage 2, locate: tables laid side by side on one sheet, read one after another.

A plan in parts may be kept as tables beside each other on one sheet, so that it prints
on one landscape page: a housing association's 'Standard 1 – …' over "Ref | Action |
Lead | Target date | Status | Progress" in A:G, 'Standard 2 – …' over the same header in
I:O, column H blank. Read as one wide table, each left row is joined to the right row
beside it: its ref, lead and progress taken from the other table, the right table's own
actions lost, neither banner a recommendation.

Evidence the header row is two tables' or more: a run of wholly empty columns (blank in
the header row and in every row of the table under it) splits its captions into groups
that each read as a complete header on its own (an action or recommendation column and
two other fields: a count beside the table, "Status | Actions", is no table), the
groups naming the same text column and another field again ("Ref", "Action", "Lead"
twice). A header with a blank spacer column but one set of fields ("Ref | Action |
Lead", a gap, "Target date | Status") is one table.

The sheet is then read as if each table stood under the one on its left, a blank row
between: its banner rows above its header, its rows under it, each table in the first's
columns; the rows above the banners and below the tables stay where they are. Its rows
are counted as read so: the right table's after the left's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from importers.columns import caption_field, header_score
from importers.locate import HEADER_SEARCH_ROWS
from importers.read import Grid, Sheet

T = TypeVar("T")
_TEXT = frozenset({"action", "recommendation"})
GAP_ROWS = 1  # the blank row put between one table and the next, as tables stacked have
MIN_FIELDS = 3  # a header is three columns at least, as a table of the plan's own opens
Place = Callable[[int, int], tuple[int, int]]  # a cell's (row, column) to where it goes


@dataclass(frozen=True)
class _Split:
    """Where the tables stand: rows ``top``…``end`` (0-based, inclusive: the banners, the
    header, the rows), and the columns each table starts at, left first."""

    top: int
    end: int
    starts: tuple[int, ...]

    @property
    def height(self) -> int:
        return self.end - self.top + 1

    def table_of(self, column: int) -> int:
        """Which table a column of the block belongs to (the gap's to the left one)."""
        return sum(1 for s in self.starts[1:] if column >= s)

    def place(self, row: int, column: int) -> tuple[int, int]:
        """Where a cell of the sheet stands once the tables are one under another."""
        if row < self.top:
            return row, column
        if row > self.end:
            return row + (len(self.starts) - 1) * (self.height + GAP_ROWS), column
        k = self.table_of(column)
        if k == 0:
            return row, column
        return row + k * (self.height + GAP_ROWS), column - self.starts[k] + self.starts[0]


def tables_stacked(sheet: Sheet) -> Sheet:
    """The sheet with tables laid side by side put one under another, left first; the
    sheet itself where its header row heads one table."""
    if sheet.numbers or not sheet.grid:  # a sample of a large CSV is read as it comes
        return sheet
    split = _side_by_side(sheet.grid)
    if split is None:
        return sheet
    return _stacked(sheet, split)


def _side_by_side(grid: Grid) -> _Split | None:
    """The first early header row that heads tables side by side, and where they stand."""
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        blank = {c for c, cell in enumerate(row) if not cell.strip()}
        if header_score(row) <= 0 or len(_table_starts(row, blank)) < 2:
            continue  # split by none of its blank captions: no column under it need be read
        end = _run_end(grid, index)
        starts = _table_starts(row, _empty_columns(grid, index, end))
        if len(starts) < 2:
            continue
        end = _tables_end(grid, end, starts[1])
        starts = _table_starts(row, _empty_columns(grid, index, end))
        if len(starts) >= 2:
            return _Split(_banner_top(grid, index, starts[1]), end, tuple(starts))
    return None


def _blank(row: list[str]) -> bool:
    return not any(cell.strip() for cell in row)


def _run_end(grid: Grid, start: int) -> int:
    """The last of the filled rows from ``start`` on."""
    i = start
    while i + 1 < len(grid) and not _blank(grid[i + 1]):
        i += 1
    return i


def _tables_end(grid: Grid, end: int, right: int) -> int:
    """The tables' last row, run on past a blank row wherever a table to the right (from
    column ``right``) goes on below it; rows filled on the left alone after a blank row
    (a key, a note) are below the tables."""
    for i in range(end + 1, len(grid)):
        if i > end and any(cell.strip() for cell in grid[i][right:]):
            end = _run_end(grid, i)
    return end


def _empty_columns(grid: Grid, header: int, end: int) -> set[int]:
    """The columns blank from the header row down to the last row of the block."""
    rows = grid[header : end + 1]
    return {c for c in range(len(grid[header])) if not any(r[c].strip() for r in rows)}


def _table_starts(header: list[str], empty: set[int]) -> list[int]:
    """The first column of each table the empty columns split the header into: pieces
    taken left to right until their captions read as a complete header, a last piece
    that does not joined to the table before it; one start where the tables do not name
    the same text column and another field again (a spacer column inside one table)."""
    starts: list[int] = []
    open_at: int | None = None
    for start, stop in _pieces(len(header), empty):
        open_at = start if open_at is None else open_at
        if _complete(header[open_at:stop]):
            starts.append(open_at)
            open_at = None
    if len(starts) < 2:
        return starts
    ends = [*starts[1:], len(header)]
    fields = [_fields(header[a:b]) for a, b in zip(starts, ends, strict=True)]
    return starts if all(_repeats(fields[0], f) for f in fields[1:]) else starts[:1]


def _pieces(width: int, empty: set[int]) -> list[tuple[int, int]]:
    """The runs of columns between empty ones (start, stop)."""
    pieces: list[tuple[int, int]] = []
    start: int | None = None
    for c in range(width + 1):
        if c < width and c not in empty:
            start = c if start is None else start
        elif start is not None:
            pieces.append((start, c))
            start = None
    return pieces


def _complete(cells: list[str]) -> bool:
    """Captions that read as a header on their own: an action or recommendation column
    and two other fields at least (a count beside the table, "Status | Actions", is none)."""
    return header_score(cells) > 0 and len(_fields(cells)) >= MIN_FIELDS


def _fields(cells: list[str]) -> set[str]:
    return {f for cell in cells if cell and (f := caption_field(cell))}


def _repeats(first: set[str], other: set[str]) -> bool:
    """A second table's header names the first's text column and another field again."""
    shared = first & other
    return bool(shared & _TEXT) and len(shared) >= 2


def _banner_top(grid: Grid, header: int, right: int) -> int:
    """The first of the filled rows right above the header that write in a table to the
    right (its banner): each table's banner goes with it."""
    top = header
    while top > 0 and any(cell.strip() for cell in grid[top - 1][right:]):
        top -= 1
    return top


def _stacked(sheet: Sheet, split: _Split) -> Sheet:
    """The sheet read with its tables one under another: its grid and every cell's
    colour, indent, note and merge moved with the cell."""
    rows = len(sheet.grid) + (len(split.starts) - 1) * (split.height + GAP_ROWS)
    grid = [[""] * len(sheet.grid[0]) for _ in range(rows)]
    for r, row in enumerate(sheet.grid):
        for c, cell in enumerate(row):
            if cell:
                to_row, to_col = split.place(r, c)
                grid[to_row][to_col] = cell
    stacked = replace(
        sheet,
        grid=grid,
        fills=_moved(sheet.fills, split.place),
        indents=_moved(sheet.indents, split.place),
        notes=_moved(sheet.notes, split.place),
        names_written=_moved(sheet.names_written, split.place),
        written=_moved(sheet.written, split.place),
        carried=_carried(sheet, split),
        spanned=_spanned(sheet, split),
        table_headings=frozenset(split.place(r, 0)[0] for r in sheet.table_headings),
        how=_how(sheet, split),
    )
    return _narrowed(stacked)


def _narrowed(sheet: Sheet) -> Sheet:
    """The sheet without the columns the tables moved out of: each would be read as an
    empty column of the plan's."""
    used = [c for row in sheet.grid for c, cell in enumerate(row) if cell]
    width = max([*used, *(c for row in sheet.fills.values() for c in row)], default=0) + 1
    return replace(
        sheet,
        grid=[row[:width] for row in sheet.grid],
        spanned={
            r: kept
            for r, cols in sheet.spanned.items()
            if (kept := {c: o for c, o in cols.items() if c < width})
        },  # fmt: skip
    )


def _moved(cells: dict[int, dict[int, T]], place: Place) -> dict[int, dict[int, T]]:
    """Each cell's value moved to where its cell now stands."""
    out: dict[int, dict[int, T]] = {}
    for r, columns in cells.items():
        for c, value in columns.items():
            to_row, to_col = place(r, c)
            out.setdefault(to_row, {})[to_col] = value
    return out


def _carried(sheet: Sheet, split: _Split) -> dict[int, set[int]]:
    out: dict[int, set[int]] = {}
    for r, columns in sheet.carried.items():
        for c in columns:
            to_row, to_col = split.place(r, c)
            out.setdefault(to_row, set()).add(to_col)
    return out


def _spanned(sheet: Sheet, split: _Split) -> dict[int, dict[int, int]]:
    """A merged range's cells, each naming the column it spans from as it now stands."""
    out: dict[int, dict[int, int]] = {}
    for r, columns in sheet.spanned.items():
        for c, origin in columns.items():
            to_row, to_col = split.place(r, c)
            out.setdefault(to_row, {})[to_col] = split.place(r, origin)[1]
    return out


def _how(sheet: Sheet, split: _Split) -> str:
    """What ``--explain`` says of the tables read one after another."""
    letters = ", ".join(_column_letter(s) for s in split.starts[1:])
    said = (
        f"{len(split.starts)} tables side by side on rows {split.top + 1}–{split.end + 1}"
        f" read one after another, left first (the next from column {letters})"
    )
    return "; ".join(part for part in (sheet.how, said) if part)


def _column_letter(index: int) -> str:
    """Column ``index`` (0-based) as a spreadsheet names it: 0 → "A", 27 → "AB"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
