"""A tree query's numbered title columns read as one title column, each row's level
its cell's indent.

A work tracker's tree query (Azure DevOps' "Work items and direct links") writes its
hierarchy as ONE TITLE COLUMN PER LEVEL: "Title 1" holds the Epic's title with "Title
2" empty, "Title 2" each child's with "Title 1" empty. Read as one "Title" column whose
cells are indented by their level, the plan is the parent rows over indented rows that
a Smartsheet or Project export makes (``group._parents_of_indented_rows``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from importers.cells import MARK_CHARS

if TYPE_CHECKING:  # read.py reads every sheet through this module
    from importers.read import Sheet

# "Title 1", "Title 2": one caption numbered from 1, a column per level
_NUMBERED = re.compile(r"^(?P<caption>[A-Za-z][A-Za-z ]*?)\s*(?P<number>\d)$")
# the caption names each row's wording, as a tree query's title columns do; numbered
# columns of another kind ("Year 1" | "Year 2" ticked, "Phase 1" | "Phase 2") are no tree
_WORDING = re.compile(r"\b(?:title|name|task|action|summary)\b", re.IGNORECASE)
_SEARCH_ROWS = 30  # as the header is searched for (locate.HEADER_SEARCH_ROWS)

T = TypeVar("T")
Span = tuple[int, int]  # the first numbered column and how many levels


def levels_read_as_indent(sheet: Sheet) -> Sheet:
    """The sheet with a tree query's numbered title columns read as one column, each
    row's level its indent; the sheet unchanged when it holds no tree query."""
    for index, row in enumerate(sheet.grid[:_SEARCH_ROWS]):
        found = _numbered_captions(row)
        if found is not None and _a_tree(sheet.grid[index + 1 :], found[0]):
            return _merged(sheet, index, *found)
    return sheet


def _numbered_captions(row: list[str]) -> tuple[Span, str] | None:
    """Where the row holds one caption naming wording numbered 1, 2, … in adjacent cells
    (two at least), and that caption ("Title" of "Title 1")."""
    for first, cell in enumerate(row):
        m = _NUMBERED.match(cell)
        if m is None or m["number"] != "1" or not _WORDING.search(m["caption"]):
            continue
        caption, levels = m["caption"], 1
        while first + levels < len(row) and row[first + levels] == f"{caption} {levels + 1}":
            levels += 1
        if levels >= 2:
            return (first, levels), caption
    return None


def _level(row: list[str], span: Span) -> int | None:
    """The level of the one numbered column the row fills (1 for the first), None when it
    fills none or several."""
    first, levels = span
    filled = [n for n in range(levels) if row[first + n]]
    return filled[0] + 1 if len(filled) == 1 else None


def _distinct_wording(cells: list[str]) -> bool:
    """The cells are wording, one item's each: no mark ("X", "✓") and mostly distinct,
    not one value ticked or repeated down the rows."""
    return all(len(c.strip()) > MARK_CHARS for c in cells) and len(set(cells)) * 2 > len(cells)


def _a_tree(rows: list[list[str]], span: Span) -> bool:
    """Every written row fills exactly one of the numbered columns with distinct
    wording, the first row the top level, each row at most one level below the row
    before, every level used: the rows of a tree written one column per level, not
    numbered columns of one kind."""
    written = [row for row in rows if any(row)]
    levels = [level for row in written if (level := _level(row, span)) is not None]
    if not levels or len(levels) < len(written) or levels[0] != 1:
        return False  # a row at no one level
    first, count = span
    if not _distinct_wording([c for row in written for c in row[first : first + count] if c]):
        return False
    rises = all(b <= a + 1 for a, b in zip(levels, levels[1:], strict=False))
    return rises and set(levels) == set(range(1, span[1] + 1))


def _merged(sheet: Sheet, header: int, span: Span, title: str) -> Sheet:
    first, levels = span
    grid, indents = [], dict(_shifted(sheet.indents, span))
    for i, row in enumerate(sheet.grid):
        cells = row[first : first + levels]
        if i == header:
            text = title
        else:
            text = next((c for c in cells if c), "")
            level = _level(row, span) if i > header else None
            if level is not None and level > 1:
                indents.setdefault(i, {})[first] = level - 1
        grid.append([*row[:first], text, *row[first + levels :]])
    how = f"a tree query's {levels} numbered {title!r} columns read as one, a level each"
    return replace(
        sheet,
        grid=grid,
        how=sheet.how or how,
        indents=indents,
        fills=_shifted(sheet.fills, span),
        notes=_shifted(sheet.notes, span),
        written=_shifted(sheet.written, span),
    )


def _shifted(by_row: dict[int, dict[int, T]], span: Span) -> dict[int, dict[int, T]]:
    """Each row's cells by their column once the numbered columns are one."""
    first, levels = span

    def column(col: int) -> int:
        return col if col <= first else max(first, col - levels + 1)

    return {row: {column(c): v for c, v in cells.items()} for row, cells in by_row.items()}
