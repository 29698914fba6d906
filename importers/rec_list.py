"""Recommendations numbered in the plan and worded on another sheet, or in a list above
the table.

A plan may give each row only the number of the inspector's recommendation it answers
("Rec" 1, 1, 2 …) and word the recommendations once, on a sheet of their own: a
two-column list of those numbers and their sentences ("No." | "Ofsted recommendation").
That list words the plan's recommendations. A key, a version log or a summary sheet
words none: its rows are no number beside a sentence, or its numbers are not the plan's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from importers.cells import is_sentence, unmarked
from importers.group import Group
from importers.headings import split_number, split_rec_heading
from importers.locate import PROSE_WORDS
from importers.profile import CODE
from importers.read import Sheet

_CODE_CHARS = 12  # "1", "R3", "2.1": a number, not a phrase


@dataclass(frozen=True)
class Listed:
    """The sheet whose list words the recommendations, and its other rows (its title,
    the list's header), which are kept with the plan's notes."""

    sheet: str
    other_rows: list[str]


def words_from_a_list(
    groups: list[Group], refs_given: set[str], sheets: list[Sheet]
) -> Listed | None:
    """Word each recommendation that has the plan's own ref and no text with the sentence
    another sheet's two-column list gives that ref, when one list words them all."""
    bare = [g for g in groups if not g.text and g.ref and g.ref in refs_given]
    if not bare or any(g.text for g in groups):  # the plan words its recommendations
        return None
    for sheet in sheets:
        listed = _numbered_sentences(sheet.grid)
        if all(_key(str(g.ref)) in listed for g in bare):
            for g in bare:
                g.text = listed[_key(str(g.ref))]
            return Listed(sheet.name, _rows_outside(sheet.grid, listed))
    return None


def words_from_the_rows_above(groups: list[Group], refs_given: set[str], rows: list[str]) -> bool:
    """Word each recommendation that has the plan's own ref and no text with the sentence
    a list in the rows above the table gives that ref ("Recommendation 1" over its
    wording, "Recommendation 1: The council should …", "1. The council should …"), when
    one list words them all. The rows stay the plan's notes; whether any was worded."""
    bare = [g for g in groups if not g.text and g.ref and g.ref in refs_given]
    if not bare or any(g.text for g in groups):
        return False
    for listed in _lists_in(rows):
        if all(_key(str(g.ref)) in listed for g in bare):
            for g in bare:
                g.text = listed[_key(str(g.ref))]
            return True
    return False


def _lists_in(rows: list[str]) -> Iterator[dict[str, str]]:
    """Each list of entries written one way (a label and number, or a number alone), each
    number with its wording: on its own row or on the row after it."""
    lists: dict[bool, dict[str, str]] = {}
    for at, row in enumerate(rows):
        entry = _listed_entry(row, rows[at + 1] if at + 1 < len(rows) else "")
        if entry is not None:
            labelled, ref, words = entry
            lists.setdefault(labelled, {}).setdefault(_key(ref), words)
    yield from lists.values()


def _listed_entry(row: str, after: str) -> tuple[bool, str, str] | None:
    """(labelled, ref, wording) of a list's entry: "Recommendation 1" with its sentence on
    this row or the next, or "1. " before a sentence; None for any other row."""
    ref, rest = split_rec_heading(row)
    if ref is not None:
        words = rest or (after if split_rec_heading(after)[0] is None else "")
        return (True, ref, words) if _worded(words) else None
    number, rest = split_number(row)
    return (False, number, rest) if number is not None and _worded(rest) else None


def _numbered_sentences(grid: list[list[str]]) -> dict[str, str]:
    """The rows of two filled cells, a number and a sentence: the number's wording."""
    listed: dict[str, str] = {}
    for cells in _filled_rows(grid):
        if len(cells) == 2 and _is_number(cells[0]) and _worded(cells[1]):
            listed.setdefault(_key(cells[0]), cells[1])
    return listed


def _rows_outside(grid: list[list[str]], listed: dict[str, str]) -> list[str]:
    """The sheet's rows that are not entries of the list, a bar between a row's cells."""
    entries = set(listed.items())
    return [
        " | ".join(cells)
        for cells in _filled_rows(grid)
        if not (len(cells) == 2 and (_key(cells[0]), cells[1]) in entries)
    ]


def _filled_rows(grid: list[list[str]]) -> Iterable[list[str]]:
    for row in grid:
        cells = [c.strip() for c in row if c.strip()]
        if cells:
            yield cells


def _is_number(cell: str) -> bool:
    return len(cell) <= _CODE_CHARS and bool(CODE.match(cell))


def _worded(cell: str) -> bool:
    return len(cell.split()) >= PROSE_WORDS and is_sentence(cell)


def _key(ref: str) -> str:
    """A ref as both places may write it: "1." and "1" alike."""
    return unmarked(ref.strip()).casefold()
