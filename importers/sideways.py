"""Part of stage 2, locate: a sheet laid out on its side, read upright.

A plan printed a recommendation to a landscape page may be kept on its side in the
workbook: a banner row ("Recommendation 1: …" merged across), then the labels down
column A ("Action ref", "Action", "Lead officer", "Target date", …) and each action a
column to the right, a block per recommendation, a blank row between. Such a sheet has
no header row across. ``importers.word`` reads a Word table so turned upright; the
sheet is read the same way, as the document it would be: each run of labels down
column A a table, every other row a paragraph (the title, the banner heading the
block under it, the notes below), and those blocks made a sheet as a Word document's
are, so the rules for tables on their side and the headings over them are the same.
"""

from __future__ import annotations

from dataclasses import replace

from importers.columns import caption_field
from importers.headings import split_rec_heading
from importers.read import Grid, Sheet
from importers.word import Block, TableRow, tables_on_their_side, word_sheets

MIN_LABELS = 3  # the action's label and two more, as a header is three columns at least


def read_sideways(sheet: Sheet) -> Sheet | None:
    """The sheet read upright when its labels run down column A, an action a column to
    their right (two side by side in one block at least); None when it is not so laid
    out. Asked only of a sheet with no header row across."""
    if sheet.numbers or not sheet.grid:  # a sample of a large CSV is read as a table
        return None
    blocks = _blocks(sheet)
    if not tables_on_their_side(blocks):
        return None
    upright = word_sheets(blocks, sheet.name)[0]
    return replace(upright, grid=_padded(upright.grid), hidden=sheet.hidden)


def _padded(grid: Grid) -> Grid:
    """The rows made as wide as the widest, as every sheet's are read (a paragraph is one
    cell, a table row its table's width)."""
    width = max((len(row) for row in grid), default=0)
    return [[*row, *[""] * (width - len(row))] for row in grid]


def _is_label(cell: str) -> bool:
    """A caption naming a plan's field ("Lead officer"); a banner opening with an item's
    number ("Recommendation 2: …") heads a block and is no label of it."""
    return bool(cell) and caption_field(cell) is not None and split_rec_heading(cell)[0] is None


def _label_runs(grid: Grid) -> dict[int, range]:
    """The runs of consecutive rows labelled in column A, by their first row."""
    runs: dict[int, range] = {}
    start: int | None = None
    for i, row in enumerate([*grid, []]):
        if row and _is_label(row[0]):
            start = i if start is None else start
            continue
        if start is not None and i - start >= MIN_LABELS:
            runs[start] = range(start, i)
        start = None
    return runs


def _blocks(sheet: Sheet) -> list[Block]:
    """The sheet as a document's blocks: each run of labels a table, each other row a
    paragraph of its cells (a blank row an empty one)."""
    runs = _label_runs(sheet.grid)
    blocks: list[Block] = []
    i = 0
    while i < len(sheet.grid):
        if i in runs:
            blocks.append(_table(sheet, runs[i]))
            i = runs[i].stop
            continue
        blocks.append(" ".join(cell for cell in sheet.grid[i] if cell))
        i += 1
    return [*blocks, *_notes(sheet)]


def _notes(sheet: Sheet) -> list[str]:
    """The cells' notes as lines below the plan: read upright, no row is where its
    note was, and a note is words the user wrote into the plan, kept as the notes of
    a row that is no action's own are."""
    return [
        f"Note on {sheet.where(row)}: {note}"
        for row, notes in sorted(sheet.notes.items())
        for _, note in sorted(notes.items())
    ]


def _table(sheet: Sheet, run: range) -> Grid:
    """The run's rows as a Word table's, as wide as their cells reach: each row with
    its cells' RAG fills, the cells merged down into it and those merged across."""
    width = max(_reach(sheet, i) for i in run)
    rows: Grid = []
    for i in run:
        row = TableRow(sheet.grid[i][:width])
        row.fills = {c: rag for c, rag in sheet.fills.get(i, {}).items() if c < width}
        row.carried = {c for c in sheet.carried.get(i, set()) if c < width}
        row.spanned = {c: o for c, o in sheet.spanned.get(i, {}).items() if c < width}
        rows.append(row)
    return rows


def _reach(sheet: Sheet, i: int) -> int:
    """How many columns row ``i`` fills: to its last cell written or merged across."""
    row = sheet.grid[i]
    written = max((c + 1 for c, cell in enumerate(row) if cell), default=0)
    return max([written, *(c + 1 for c in sheet.spanned.get(i, {}))])
