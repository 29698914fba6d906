"""Part of stage 2, locate: a row's actions in numbered column groups, read a row each.

A form that asks for up to three actions for each recommendation downloads each
response as one row, the actions across it in groups of columns that repeat one set
of captions with a running number: 'Action 1 | Action 1 - Responsible officer | Action 1
- Target date | Action 2 | … | Action 3 - Target date' (a Microsoft Form's download; a
tracker's "Action 1 | Officer 1 | Date 1 | Action 2 | Officer 2 | Date 2"). Read as one
wide table, only one group is the action and the others' words are lost.

Evidence: two groups or more, numbered 1, 2, … in the header row, each naming the same
captions once its number is taken out, among them an action and another field (who or
when): a run of "Update 1 | Update 2" names no action and is one series of news, as
before. Each row under the header is then read as one row per group it fills, its
other cells written again on each, the group's cells under the captions without their
number; a group left blank is no action, and a row filling none is read once as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from importers.columns import caption_field, header_score
from importers.locate import HEADER_SEARCH_ROWS
from importers.read import Grid, Sheet

T = TypeVar("T")

# The running number of a group: a number standing alone in the caption ("Action 2",
# "Action 2 - Target date"); "Q1" or "2026/27" are no group's number
_NUMBER = re.compile(r"(?<![\w./-])(\d{1,2})(?![\w./])")
_OTHER_FIELD = frozenset({"lead", "responsible", "co_lead", "support", "due", "status"})


@dataclass(frozen=True)
class _Groups:
    """The header row, its captions without the number, and each group's columns by
    caption (the first group's columns are where every group is read)."""

    header: int
    captions: tuple[str, ...]
    columns: tuple[tuple[int, ...], ...]  # columns[n][k]: group n's column of caption k

    def sources(self, group: int, width: int) -> list[int]:
        """The column each column of the row read for ``group`` takes its cell from:
        the first group's columns the group's own, the other groups' none (-1)."""
        out = list(range(width))
        for n, cols in enumerate(self.columns):
            for k, c in enumerate(cols):
                out[c] = self.columns[group][k] if n == 0 else -1
        return out

    def filled(self, row: list[str]) -> list[int]:
        """The groups a row writes in (any of its cells filled)."""
        return [
            n
            for n, cols in enumerate(self.columns)
            if any(c < len(row) and row[c].strip() for c in cols)
        ]


def _numbered(caption: str) -> tuple[int, str] | None:
    """(2, "Action - Target date") for "Action 2 - Target date"; None for a caption
    with no number or more than one."""
    numbers = _NUMBER.findall(caption)
    if len(numbers) != 1:
        return None
    plain = " ".join(_NUMBER.sub(" ", caption).split())
    return int(numbers[0]), plain


def _groups_in(row: list[str]) -> tuple[tuple[str, ...], tuple[tuple[int, ...], ...]] | None:
    """The captions and columns of the numbered groups a header row holds: groups 1, 2,
    … in order, each the same captions, one of them the action and one who or when."""
    by_number: dict[int, dict[str, int]] = {}
    for c, cell in enumerate(row):
        found = _numbered(cell) if cell.strip() else None
        if found is not None and found[1]:
            by_number.setdefault(found[0], {}).setdefault(found[1].casefold(), c)
    numbers = sorted(by_number)
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return None
    keys = list(by_number[1])
    if any(set(by_number[n]) != set(keys) for n in numbers):
        return None
    plain = {k: _numbered(row[by_number[1][k]]) for k in keys}
    fields = {caption_field(p[1]) for p in plain.values() if p is not None}
    if "action" not in fields or not fields & _OTHER_FIELD:
        return None
    captions = tuple(p[1] for p in plain.values() if p is not None)
    return captions, tuple(tuple(by_number[n][k] for k in keys) for n in numbers)


def _find(grid: Grid) -> _Groups | None:
    """The first header row near the top that holds numbered groups."""
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        if header_score(row) <= 0:
            continue
        found = _groups_in(row)
        if found is not None:
            return _Groups(index, *found)
    return None


def _words_above_kept(grid: Grid, groups: _Groups) -> bool:
    """No row above the header writes in a later group's columns (a banner there would
    be lost once the groups are read in the first's)."""
    later = {c for cols in groups.columns[1:] for c in cols}
    return not any(
        c in later and cell.strip() for row in grid[: groups.header] for c, cell in enumerate(row)
    )


def groups_read_as_rows(sheet: Sheet) -> Sheet:
    """The sheet with each row's numbered groups read a row each; the sheet itself where
    its header holds no numbered groups of actions."""
    if sheet.numbers or not sheet.grid:  # a sample of a large CSV is read as it comes
        return sheet
    groups = _find(sheet.grid)
    if groups is None or not _words_above_kept(sheet.grid, groups):
        return sheet
    copies = _copies(sheet.grid, groups)
    if len(copies) == len(sheet.grid):
        return sheet  # no row fills a second group: nothing to read apart
    return _read_apart(sheet, groups, copies)


def _copies(grid: Grid, groups: _Groups) -> list[tuple[int, int]]:
    """Each row of the sheet as read: (the row it is read from, the group it reads)."""
    out: list[tuple[int, int]] = []
    for r, row in enumerate(grid):
        filled = groups.filled(row) if r > groups.header else []
        out += [(r, n) for n in filled] or [(r, 0)]
    return out


def _read_apart(sheet: Sheet, groups: _Groups, copies: list[tuple[int, int]]) -> Sheet:
    """The sheet read a row per copy, the later groups' columns gone: its grid and every
    cell's colour, indent, note and merge read with the cell."""
    width = max(len(row) for row in sheet.grid)
    sources = [groups.sources(n, width) for n in range(len(groups.columns))]
    kept = [c for c in range(width) if sources[0][c] >= 0]

    def source(i: int, j: int) -> tuple[int, int]:
        r, n = copies[i]
        return r, sources[n][kept[j]]

    grid = [
        [_cell(sheet.grid, *source(i, j)) for j in range(len(kept))] for i in range(len(copies))
    ]
    for k, caption in enumerate(groups.captions):
        grid[groups.header][kept.index(groups.columns[0][k])] = caption
    first = {r: i for i, (r, _) in reversed(list(enumerate(copies)))}
    return replace(
        sheet,
        grid=grid,
        fills=_copied(sheet.fills, len(copies), len(kept), source),
        indents=_copied(sheet.indents, len(copies), len(kept), source),
        notes=_copied(sheet.notes, len(copies), len(kept), source),
        names_written=_copied(sheet.names_written, len(copies), len(kept), source),
        written=_copied(sheet.written, len(copies), len(kept), source),
        carried={
            i: cols
            for i in range(len(copies))
            if (cols := {j for j in range(len(kept)) if _in(sheet.carried, *source(i, j))})
        },
        spanned=_spanned(
            sheet.spanned, copies, [[sources[n][c] for c in kept] for n in range(len(sources))]
        ),
        table_headings=frozenset(first[r] for r in sheet.table_headings if r in first),
        own_headers=frozenset(first[r] for r in sheet.own_headers if r in first),
        how=_how(sheet, groups, copies),
    )


def _spanned(
    spanned: dict[int, dict[int, int]], copies: list[tuple[int, int]], read: list[list[int]]
) -> dict[int, dict[int, int]]:
    """A merged range's cells, each naming the column it spans from as it now stands on
    the copy (``read[n][j]``: the column group ``n``'s copy reads at ``j``); a merge
    from a column the copy does not read spans nothing."""
    out: dict[int, dict[int, int]] = {}
    for i, (r, n) in enumerate(copies):
        at = {c: j for j, c in enumerate(read[n]) if c >= 0}
        for c, origin in spanned.get(r, {}).items():
            if c in at and origin in at:
                out.setdefault(i, {})[at[c]] = at[origin]
    return out


def _cell(grid: Grid, r: int, c: int) -> str:
    row = grid[r]
    return row[c] if 0 <= c < len(row) else ""


def _in(cells: dict[int, set[int]], r: int, c: int) -> bool:
    return c in cells.get(r, set())


def _copied(
    cells: dict[int, dict[int, T]],
    rows: int,
    width: int,
    source: Callable[[int, int], tuple[int, int]],
) -> dict[int, dict[int, T]]:
    """Each cell's value where the cell it is read from now stands (once a copy)."""
    out: dict[int, dict[int, T]] = {}
    for i in range(rows):
        for j in range(width):
            r, c = source(i, j)
            if c in cells.get(r, {}):
                out.setdefault(i, {})[j] = cells[r][c]
    return out


def _how(sheet: Sheet, groups: _Groups, copies: list[tuple[int, int]]) -> str:
    """What ``--explain`` says of the groups read a row each."""
    said = (
        f"{len(groups.columns)} numbered column groups ({', '.join(groups.captions)}) on"
        f" row {groups.header + 1} read a row each: {len(copies) - len(sheet.grid)} rows more"
    )
    return f"{sheet.how}; {said}" if sheet.how else said
