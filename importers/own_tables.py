"""A later table of a plan read by its own header row.

A plan may hold more than one table, each under a header row of its own, its captions
other words in another order: a housing association's open actions, then its
"Completed actions" under "Ref | Date completed | Action | Lead | Evidence"; an audit
tracker, then the actions added since the last report under "Ref | Audit | Agreed
action | Owner | Priority | Due date"; a SAR plan stitched from each agency's Word table.
The grid is read by the first table's header, so the rows under a later header of its
own are put in the first's columns: each caption's column under the first header's
column of the same caption or field, a caption naming neither in a column of its own
after them (its caption written into the first header's row, the only header naming
it). The later header row moves with its rows, so that each cell stays under its own
caption. Rows under the first header written again go on in the first's columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TypeVar

from importers.assign import says_when_done
from importers.columns import best_field, header_score
from importers.locate import header_rows
from importers.read import Grid, Sheet

# The fields naming people: a table's one column of people matches the first table's
# one column of people, whatever each calls it ("Responsible officer" beside "Lead").
_PEOPLE = frozenset({"lead", "responsible"})

T = TypeVar("T")

CAPTION_CHARS = 40  # a caption is a few words; a longer cell is a row's value
_DIGIT = re.compile(r"\d")  # a day, a figure, a ref: a row's value, no caption


@dataclass
class _Table:
    """A later table: its header row and where its rows' cells go (column → column)."""

    header: int  # 0-based row
    to: dict[int, int]


def read_by_own_headers(sheet: Sheet, index: int) -> Sheet:
    """The sheet with each later table that opens with a header row of its own put in
    the columns of the first header (row ``index``), and those header rows noted
    (``Sheet.own_headers``); the sheet itself where there is none."""
    grid = sheet.grid
    if index >= len(grid) or header_rows(grid, index)[1] != 1:
        return sheet  # a header over two rows: its captions are not matched here
    captions = list(grid[index])
    fields = _fields(captions)
    tables = _later_tables(grid, index, captions, fields)
    if not any(t.to for t in tables):
        return sheet
    width = len(captions)
    moves = _moves(grid, tables)
    rows = [_moved(row, moves.get(i), width) for i, row in enumerate(grid)]
    rows[index] = captions
    return replace(
        sheet,
        grid=rows,
        fills=_by_column(sheet.fills, moves),
        indents=_by_column(sheet.indents, moves),
        notes=_by_column(sheet.notes, moves),
        written=_by_column(sheet.written, moves),
        carried={
            i: {moves[i].get(c, c) if i in moves else c for c in cols}
            for i, cols in sheet.carried.items()
        },  # fmt: skip
        own_headers=frozenset(t.header for t in tables if t.to),
        how=_how(sheet, [t.header for t in tables if t.to]),
    )


def _how(sheet: Sheet, headers: list[int]) -> str:
    """What ``--explain`` says of the tables read by their own header rows."""
    where = ", ".join(sheet.where(i) for i in headers)
    said = (
        f"the table under {where} read by its own header"
        if len(headers) == 1
        else (f"the tables under {where} read each by its own header")
    )
    return "; ".join(part for part in (sheet.how, said) if part)


def _later_tables(
    grid: Grid, index: int, captions: list[str], fields: list[str | None]
) -> list[_Table]:
    """Each row under the header that opens a table of its own, and where its columns
    go; ``captions`` and ``fields`` grow by the captions naming nothing of the first's.
    The first header written again opens a table in the first's columns (none moved)."""
    first = list(grid[index])
    tables: list[_Table] = []
    # no row opens a table before the first that does: each row is asked once, not twice
    opening = _first_opening(grid, index)
    blank = _blank_columns(grid, index, opening)
    rows_above = False  # the table above has rows of its own: a row right under a
    # header naming the columns better ("Add the recommendation number") opens none
    for i in range(index + 1, len(grid)):
        row = grid[i]
        if list(row) == first:
            tables.append(_Table(i, {}))
        elif rows_above and i >= opening and opens_a_table(row):
            to = _columns_to(row, captions, fields, (_used_columns(grid, i), blank))
            tables.append(_Table(i, {} if all(s == t for s, t in to.items()) else to))
        else:
            rows_above = rows_above or sum(1 for c in row if c.strip()) >= 2
            continue
        rows_above = False
    return tables


def opens_a_table(row: list[str]) -> bool:
    """A header row of a table of the plan's own: three captions or more, short and
    holding no figure, most naming a field, the refs ("Ref", "No.", "Action ref") and an
    action or recommendation among them. A table with no refs (a school's "Monitoring
    activity | Who | When" under each priority, a summary's "Priority | Actions | Signed
    off" over counts) holds no actions of the plan's, whatever its captions."""
    cells = [text for c in row if (text := c.strip())]
    if len(cells) < 3 or any(len(c) > CAPTION_CHARS or _DIGIT.search(c) for c in cells):
        return False
    fields = [best_field(c) for c in cells]
    named = sum(1 for f in fields if f)
    return 3 * named >= 2 * len(cells) and "ref" in fields and header_score(list(row)) > 0


def _used_columns(grid: Grid, header: int) -> set[int]:
    """The columns the table under ``header`` writes in, its header's or its rows'
    (to the next row opening a table)."""
    used: set[int] = set()
    for row in grid[header:]:
        if row is not grid[header] and opens_a_table(row):
            break
        used |= {c for c, cell in enumerate(row) if cell.strip()}
    return used


def _first_opening(grid: Grid, index: int) -> int:
    """The first row under the header ``index`` that opens a table (the grid's length
    with none)."""
    return next((i for i in range(index + 1, len(grid)) if opens_a_table(grid[i])), len(grid))


def _blank_columns(grid: Grid, index: int, end: int) -> list[int]:
    """The columns after the first header's last caption with nothing under it up to
    the row ``end`` that opens a table (a narrower table made as wide as the others):
    free for a later table's own captions."""
    rows = grid[index:end]
    last = max((c for c, cell in enumerate(grid[index]) if cell.strip()), default=-1)
    return [
        c
        for c in range(last + 1, len(grid[index]))
        if all(c >= len(row) or not row[c].strip() for row in rows)
    ]


def _columns_to(
    header: list[str],
    captions: list[str],
    fields: list[str | None],
    free: tuple[set[int], list[int]],
) -> dict[int, int]:
    """Where each used column of a later header goes among ``captions``: the column of
    the same caption, else of the same field not yet taken, else a blank one of the
    first table's, else a new one (added)."""
    used, blank = free
    theirs = _fields(list(header))
    to: dict[int, int] = {}
    taken: set[int] = set()
    for col in sorted(used):  # the same caption, else the same field
        caption = header[col].strip() if col < len(header) else ""
        target = _same(caption, captions, taken) if caption else None
        if target is None and caption and theirs[col] is not None:
            target = next(
                (t for t, f in enumerate(fields) if f == theirs[col] and t not in taken), None
            )
        if target is not None:
            to[col] = target
            taken.add(target)
    for col in sorted(used - set(to)):
        caption = header[col].strip() if col < len(header) else ""
        # where the first's caption names no field, the column stays ("Good practice",
        # then "Recommendations" over the next part's column of the same place)
        target = col if col < len(fields) and fields[col] is None and col not in taken else None
        if target is None and blank:
            target = blank[0]
        if target is not None and target in blank:  # a blank column of the first's: named
            blank.remove(target)
            captions[target], fields[target] = caption, theirs[col] if caption else None
        if target is None:
            captions.append(caption)
            fields.append(theirs[col] if caption else None)
            target = len(captions) - 1
        to[col] = target
        taken.add(target)
    return to


def _same(caption: str, captions: list[str], taken: set[int]) -> int | None:
    key = " ".join(caption.casefold().split())
    return next(
        (
            t
            for t, c in enumerate(captions)
            if " ".join(c.casefold().split()) == key and t not in taken
        ),
        None,
    )


def _fields(header: list[str]) -> list[str | None]:
    """The field each caption names (None for a blank or unknown one): a date the work
    was done "done" ("Date completed", never the deadline), a lone column of people
    "people"."""
    fields = [_field(cell) for cell in header]
    people = [col for col, field in enumerate(fields) if field in _PEOPLE]
    if len(people) == 1:
        fields[people[0]] = "people"
    return fields


def _field(caption: str) -> str | None:
    if not caption.strip():
        return None
    return "done" if says_when_done(caption) else best_field(caption)


def _moves(grid: Grid, tables: list[_Table]) -> dict[int, dict[int, int]]:
    """By row, where its cells go: the rows from a later table's header to the next
    table's, but a lone cell in the first column (a heading or a note across the page)."""
    moves: dict[int, dict[int, int]] = {}
    ends = [t.header for t in tables[1:]] + [len(grid)]
    for table, end in zip(tables, ends, strict=True):
        for i in range(table.header, end) if table.to else ():
            filled = [c for c, cell in enumerate(grid[i]) if cell.strip()]
            if filled and filled != [0]:
                moves[i] = table.to
    return moves


def _moved(row: list[str], to: dict[int, int] | None, width: int) -> list[str]:
    if to is None:
        return [*row, *[""] * (width - len(row))] if len(row) < width else row
    cells = [""] * width
    for col, cell in enumerate(row):
        if col in to:
            cells[to[col]] = cell
    return cells


def _by_column(
    cells: dict[int, dict[int, T]], moves: dict[int, dict[int, int]]
) -> dict[int, dict[int, T]]:
    """A sheet's cell marks (fills, indents, notes) kept with their cells' moves."""
    return {
        i: {moves[i].get(c, c): v for c, v in by_col.items()} if i in moves else by_col
        for i, by_col in cells.items()
    }


def first_table_header(grid: Grid, index: int) -> int:
    """The header row of the plan's first table, where the header found (row ``index``,
    the best worded) opens a later one: a table above it under a header row of its own,
    rows of its own under it, is the plan's first (each agency's table, the council's
    "Ref | Action | Lead" over its rows, then the trust's "No. | Action agreed | Agency
    lead | … | RAG"), and every table is read by its own header from there."""
    if not opens_a_table(grid[index]):
        return index
    for j in range(index):
        if opens_a_table(grid[j]) and _rows_under(grid, j, index):
            return j
    return index


def _rows_under(grid: Grid, header: int, end: int) -> bool:
    """Whether a row of two cells or more stands between the header and ``end``."""
    return any(sum(1 for c in row if c.strip()) >= 2 for row in grid[header + 1 : end])
