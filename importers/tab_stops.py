"""A table typed with tab stops, read as the table its columns line up.

A clerk with no table to hand types the plan as paragraphs on tab stops: a line of
captions 'Ref<tab>Action<tab>By whom<tab>By when<tab>Status', each action a line of
tab-separated columns, and wording too long for its column carried on in a paragraph of
its own opened by a tab ('<tab>and model financial regulations.'), lined up under the
column it continues. A header line of three columns or more that reads as captions,
with most lines under it of as many columns, is a table: its rows those tabbed lines up
to the first paragraph without a tab. A line opened by tabs continues the row above, each
of its words in the column as many tabs across (a tab stop is a column), joined with a
space; lines of fewer columns (a point's '1.<tab>Standing orders …') are rows whose other
cells are empty. The table ends at its last row and the words carried on into it: a
tabbed line after them lining up as no row (a note indented by a tab, 'Note: …' or laid
out unlike the rows, a sign-off 'Signed:<tab>…<tab>Date:<tab>…') is the paragraph it was
typed as. Anywhere else a tab is a space, as it always was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from importers.columns import header_score
from importers.dates import parse_deadline
from importers.read import Grid

Block = str | Grid
MIN_COLUMNS = 3  # 'Date:<tab>12 November' is a label and its value, no table's header
MIN_ROWS = 2  # lines of the header's columns under it: one may be a tabbed sentence


class TabbedLine(str):
    """A paragraph holding tabs, its text as ever read (a space for each tab), with its
    columns: a row where its run of lines is a table, else ``read``, the very block the
    paragraph always was (a heading mark and all). ``look``: how the paragraph is set
    out (its style, tab stops and indents), the same for lines typed as one table's."""

    read: str
    cells: tuple[str, ...]
    look: str

    @classmethod
    def of(cls, read: str, cells: Sequence[str], look: str = "") -> TabbedLine:
        line = cls(read)
        line.read, line.cells, line.look = read, tuple(cells), look
        return line


class TabbedTable(list[list[str]]):
    """A table drawn by tab stops, so that ``--explain`` can say so."""


def tab_tables(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with each run of tabbed lines that is a table made one, every other
    tabbed line the paragraph it was read as."""
    found: list[Block] = []
    i = 0
    while i < len(blocks):
        rows, read = _table_at(blocks, i)
        found.append(TabbedTable(rows) if rows else _as_read(blocks[i]))
        i += read
    return found


def _as_read(block: Block) -> Block:
    return block.read if isinstance(block, TabbedLine) else block


def _table_at(blocks: Sequence[Block], i: int) -> tuple[Grid, int]:
    """The rows of the table whose header is the tabbed line ``blocks[i]`` and how many
    blocks it takes; no rows, one block, where no table opens there."""
    header = blocks[i]
    if not isinstance(header, TabbedLine) or not _is_header(header.cells):
        return [], 1
    width = _width(header.cells)
    run = _tabbed_run(blocks, i + 1, width)
    lines = [line.cells for line in run[: _table_end(header, run, width)]]
    if not _mostly_rows(lines, width):
        return [], 1
    return _rows([header.cells, *lines], width), len(lines) + 1


def _tabbed_run(blocks: Sequence[Block], start: int, width: int) -> list[TabbedLine]:
    """The tabbed lines from ``start`` up to the first paragraph with no tab, or one of
    more columns than the captions (no row of this table)."""
    run: list[TabbedLine] = []
    for block in blocks[start:]:
        if not isinstance(block, TabbedLine) or _width(block.cells) > width:
            break
        run.append(block)
    return run


def _table_end(header: TabbedLine, lines: list[TabbedLine], width: int) -> int:
    """How many of the tabbed ``lines`` under the header are its table: up to its last
    row and the words carried on into that row. A line after them that lines up as no
    row (a note indented by a tab, a sign-off 'Signed:<tab>…<tab>Date:<tab>…') ends the
    table there: the clerk typed it under the plan, not in it, so it stays a paragraph."""
    room = _room(header.cells, [line.cells for line in lines], width)
    above, look = _padded(header.cells, width), header.look  # look: the row's paragraph's
    end, tail = 0, True  # tail: every line since the last row is that row's
    for n, line in enumerate(lines):
        cells = line.cells
        if not _width(cells):  # a line of only tabs: spacing, kept with the rows above
            end = n + 1 if tail else end
            continue
        opens = not _continues(cells, width, above)
        relaid = not opens and line.look != look
        stray = relaid or _stray(cells, opens, above, room, width)
        if not stray and (opens or tail):
            end, tail = n + 1, True
        else:
            tail = False
        above = _padded(cells, width) if opens else _carried_on(above, cells)
        look = line.look if opens else look
    return end


def _stray(
    cells: tuple[str, ...], opens: bool, above: list[str], room: list[int], width: int
) -> bool:
    """Whether a line lines up as no row of the table: opened by a label of its own
    ('Signed:', 'Approved by', 'Date:'; a row's captions are the header's), its words
    running past a column's stop, or, carried on, a sentence of its own where the row's
    words ended theirs ('register.' over '<tab>See the auditor's letter …') or one opened
    by a note's words, whatever the row's end ('<tab>Note: …', '<tab>See …')."""
    first = next(cell for cell in cells if cell)
    return (
        _LABEL.fullmatch(first) is not None
        or _overruns(cells, opens, room, width)
        or (not opens and (_new_sentence(cells, above) or _NOTE.match(first) is not None))
    )


# A label typed before its value, as a form's: words with no number (a ref has one)
# ending in a colon, or the words a sign-off opens with, colon or none.
_LABEL = re.compile(
    r"[^\d:]+:|(?:signed|signature|approved|agreed|authori[sz]ed)(?:\s+(?:by|off))?", re.I
)


# The words a note under a plan opens its sentence with (a capital: words of an action
# broken to fit its column carry on its sentence): its label, a cross-reference, where it
# comes from, who prepared or signed the plan; the words that make a row under a drawn
# table's last action a note (importers/locate.py).
_NOTE = re.compile(
    r"(?:Notes?|NB|N\.B\.|Please note|Please see|See|Source|Last updated|Updated"
    r"|Signed|Signature|Approved|Agreed|Authori[sz]ed"
    r"|(?:Prepared|Reviewed|Checked|Verified) by)(?!\w)"
)


def _room(header: tuple[str, ...], lines: list[tuple[str, ...]], width: int) -> list[int]:
    """The characters each column holds: its widest caption or cell on a row filling the
    columns, and a third more (a word more, a wider hand): the clerk broke wording that
    ran past a stop onto a line of its own, so the widest cell shows the column's width."""
    full = [header, *(c for c in lines if _full(c, width) and not _LABEL.fullmatch(c[0]))]
    widest = [max(len(c[n]) if n < len(c) else 0 for c in full) for n in range(width)]
    return [w + max(w // 3, 2) for w in widest]


def _overruns(cells: tuple[str, ...], opens: bool, room: list[int], width: int) -> bool:
    """Whether a cell runs past its column's stop: each before a tab, and words carried on
    (a row's last words may run on over the columns it leaves empty, a point's wording;
    the last column's to the margin)."""
    last = _width(cells) - 1
    return any(
        len(cell) > room[n]
        for n, cell in enumerate(cells[: width - 1])
        if cell and (n < last or not opens)
    )


def _new_sentence(cells: tuple[str, ...], above: list[str]) -> bool:
    """Whether the words carried on open a sentence under a cell that ended one."""
    n = next(n for n, cell in enumerate(cells) if cell)
    ended = n < len(above) and above[n].rstrip(")'\"’”").endswith((".", "!", "?"))
    return ended and cells[n][:1].isupper()


def _padded(cells: tuple[str, ...], width: int) -> list[str]:
    return [*cells[:width], *[""] * (width - len(cells))]


def _is_header(cells: tuple[str, ...]) -> bool:
    """A line of at least three columns whose words caption a plan's fields."""
    return _width(cells) >= MIN_COLUMNS and header_score(list(cells)) > 0


def _width(cells: tuple[str, ...]) -> int:
    """The columns a line fills, a tab typed after its last word none."""
    filled = [n for n, cell in enumerate(cells, 1) if cell]
    return filled[-1] if filled else 0


def _mostly_rows(lines: list[tuple[str, ...]], width: int) -> bool:
    """Whether most lines under the header that open a row fill its columns (a row's
    last cells may be empty, typed with their tabs)."""
    opening = [cells for cells in lines if cells and cells[0]]
    full = sum(1 for cells in opening if _full(cells, width))
    return full >= MIN_ROWS and 2 * full > len(opening)


def _full(cells: tuple[str, ...], width: int) -> bool:
    """A line opening a row that fills the columns (its last cells empty, tabs typed)."""
    return bool(cells and cells[0]) and (_width(cells) == width or len(cells) == width)


def _rows(lines: list[tuple[str, ...]], width: int) -> Grid:
    """The table's rows: each line a row of ``width`` cells, a line opened by a tab the
    rest of the row above (a line of only tabs spacing, no row)."""
    rows: Grid = []
    for cells in lines:
        if not _width(cells):
            continue
        if rows and _continues(cells, width, rows[-1]):
            rows[-1] = _carried_on(rows[-1], cells)
        else:
            rows.append(_padded(cells, width))
    return rows


def _continues(cells: tuple[str, ...], width: int, above: list[str]) -> bool:
    """A line opened by a tab, filling fewer columns than a row lacking only its first
    cell would: the wording of the row above carried on ('<tab>and model …'). Unless
    it gives a day of its own under the row above's day beside other words: an action
    numbered only by its recommendation, a cell left blank ('<tab>Adopt …<tab>RFO<tab>
    28/02/2027<tab>'), since words carried on never hold a second whole day."""
    filled = sum(1 for cell in cells if cell)
    if cells[0] or filled >= width - 1:
        return False
    return filled < 2 or not any(
        _day(cell) and _day(above[n]) for n, cell in enumerate(cells[:width])
    )


def _day(cell: str) -> bool:
    return parse_deadline(cell).precision == "day"


def _carried_on(row: list[str], cells: tuple[str, ...]) -> list[str]:
    """The row with each word of ``cells`` joined with a space to its column's cell."""
    return [
        " ".join(filter(None, [cell, cells[n] if n < len(cells) else ""]))
        for n, cell in enumerate(row)
    ]
