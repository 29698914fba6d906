"""Rows that repeat one action's ID and wording: what a tool's export writes once per
follow-up (``importers.follow_ups``) or once per person assigned
(``importers.per_person``). Both find such rows the same way and read the table again
with one row an action, so its columns are weighed as a plan writes them."""

from __future__ import annotations

from dataclasses import replace

from importers.cells import folded
from importers.locate import Line
from importers.read import Sheet

_ID_ROLES = ("ref", "recommendation_ref")  # the ID the rows of one action share
_TEXT_ROLES = frozenset({"recommendation", "action"})  # the wording they repeat


def id_and_wording(roles: dict[int, str]) -> tuple[int, tuple[int, ...]] | None:
    """The column of the ID (a ref, else a recommendation ref: an ID repeated on
    rows reads as a group's) and the columns of the wording; None without both."""
    ids = [c for role in _ID_ROLES for c, r in sorted(roles.items()) if r == role]
    texts = tuple(c for c, r in sorted(roles.items()) if r in _TEXT_ROLES)
    return (ids[0], texts) if ids and texts else None


def repeated_ids(lines: list[Line], id_column: int) -> dict[str, list[Line]]:
    """The data rows of each ID written on more than one, in the order of the file."""
    by_id: dict[str, list[Line]] = {}
    for line in lines:
        if line.kind == "data" and (ref := cell(line.cells, id_column).strip()):
            by_id.setdefault(ref, []).append(line)
    return {ref: rows for ref, rows in by_id.items() if len(rows) > 1}


def one_wording(rows: list[Line], texts: tuple[int, ...]) -> bool:
    """Whether the rows word one action alike (case and spacing aside)."""
    return len({tuple(folded(cell(r.cells, c)) for c in texts) for r in rows}) == 1


def without_rows(sheet: Sheet, dropped: set[int]) -> Sheet:
    """The sheet without the rows ``dropped`` (0-based), every row kept numbered as in
    the file: warnings name the row the user finds, and a row's colours and notes,
    kept by that number, stay with it."""
    kept = [i for i in range(len(sheet.grid)) if i not in dropped]
    return replace(sheet, grid=[sheet.grid[i] for i in kept], numbers=[i + 1 for i in kept])


def cell(cells: list[str], col: int) -> str:
    """The row's cell in column ``col``; a short row's missing cells are empty."""
    return cells[col] if col < len(cells) else ""
