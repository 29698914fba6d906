"""Part of stage 3, grouping: banners that name their groups and number them not.

An audit follow-up report sets each audit as a row merged across its table
("Payroll 2025/26 – Reasonable assurance", then "Procurement cards 2025/26 – Limited
assurance") over the rows of that audit's recommendations, each row's ID lettered by
it ("PAY-01", "PAY-02" under Payroll, "PC-01" … under Procurement cards). No number
and no label says the banners head recommendations, so without more they are read
as sections; the IDs say it instead: the author lettered every row by the name of
the banner over it ("PAY" of Payroll, "PC" of Procurement cards), so the banners are
the grouping the plan wrote. IDs lettered by something else, though they change where
the banners do (an ICO audit's "A1", "A4" under "Governance and accountability", "B2"
under "Records management": the report's own recommendations, lettered by its
sections' order), name no banner: those rows stay recommendations of their own.

Evidence, all of it, or none is taken (a false heading would regroup a whole plan):
two banners or more, each one cell of a few words with no number, no label, no
sentence, none written twice, and every data row under one of them; one column
whose cells under each banner are IDs opening with the same letters, letters that
shorten the banner's name and no other banner's IDs use, every ID new and none
dotted ("MD1.2" is numbered under "MD1", which groups it already); and one banner at
least over two rows (a caption over every single row names that row, not a group).
A note, a continuation row or a caption inside a block splits its IDs' letters
between two banners, so the whole reading fails and the banners stay sections.
"""

from __future__ import annotations

import re

from importers.headings import split_labelled_heading, split_number, split_rec_heading
from importers.locate import Line

# A row's own ID, lettered and numbered: "PAY-01", "PC1", "CY/02"; the letters are what
# the banner over it lettered it by. A dotted one ("MD1.2") is numbered under another
# row's ID ("MD1"), which groups it already.
_LETTERED_ID = re.compile(r"(?P<letters>[A-Za-z]{1,6})[-/ ]?\d{1,4}")
_MOST_WORDS = 12  # an audit's name and its assurance; more is a sentence or a note
_SENTENCE = re.compile(r"\w[.!?;]\s+\w|[.!?:;]$")


def names_over_lettered_ids(lines: list[Line]) -> frozenset[str]:
    """The words of the banners that head the plan's groups by name (see the module's
    docstring), or nothing where any of the evidence is missing."""
    blocks = _named_blocks(lines)
    if blocks is None or len(blocks) < 2 or all(len(rows) < 2 for _, rows in blocks):
        return frozenset()
    names = [name for name, _ in blocks]
    if len(set(names)) < len(names) or not all(map(_a_name, names)):
        return frozenset()
    width = min(len(row.cells) for _, rows in blocks for row in rows)
    if any(_lettered_by_their_banners(blocks, col) for col in range(width)):
        return frozenset(names)
    return frozenset()


def _named_blocks(lines: list[Line]) -> list[tuple[str, list[Line]]] | None:
    """Each banner with the data rows under it, to the next banner (a banner over no
    row, a closing line, is left out); None where a data row stands under none, or a
    banner fills more than one cell (a heading beside its rating or labelled cells)."""
    blocks: list[tuple[str, list[Line]]] = []
    for line in lines:
        if line.kind == "banner":
            if len({cell for cell in line.cells if cell}) != 1:
                return None
            blocks.append((line.text, []))
        elif line.kind == "data":
            if not blocks:
                return None
            blocks[-1][1].append(line)
    return [(name, rows) for name, rows in blocks if rows]


def _a_name(text: str) -> bool:
    """A few words naming something, as "Payroll 2025/26 – Reasonable assurance" does:
    no number or label opening it (other rules read those), no sentence, no "Label:
    value" (a theme of the rows below), no label waiting for its value."""
    return (
        len(text.split()) <= _MOST_WORDS
        and _SENTENCE.search(text.strip()) is None
        and ":" not in text
        and split_number(text)[0] is None
        and split_labelled_heading(text) is None
        and split_rec_heading(text)[0] is None
    )


def _lettered_by_their_banners(blocks: list[tuple[str, list[Line]]], col: int) -> bool:
    """Every cell of ``col`` an ID, all different, those under each banner opening with
    one set of letters that shortens the banner's name, a set no other banner's IDs
    open with."""
    ids = [row.cells[col].strip() for _, rows in blocks for row in rows]
    if len(set(ids)) < len(ids):
        return False
    letters_of: list[str] = []
    for name, rows in blocks:
        found = {_letters(row.cells[col].strip()) for row in rows}
        letters = found.pop() if len(found) == 1 else None
        if letters is None or not _shortens(letters, name):
            return False
        letters_of.append(letters)
    return len(set(letters_of)) == len(letters_of)


def _shortens(letters: str, name: str) -> bool:
    """Whether ``letters`` shorten ``name`` as an author codes a name: its first letter
    the name's, the others the name's letters in order ("PAY" of "Payroll", "PC" of
    "Procurement cards", "CY" of "Cyber security"); "B" of "Records management" not."""
    initial = name.lstrip()[:1].upper()
    rest = iter(name.upper()[1:])
    return letters[:1] == initial and all(letter in rest for letter in letters[1:])


def _letters(cell: str) -> str | None:
    m = _LETTERED_ID.fullmatch(cell)
    return m["letters"].upper() if m else None
