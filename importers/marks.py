"""Typed list marks: "• ", "- ", "* ", "– " leading an action or update cell.

Plans written as lists in a spreadsheet put a bullet before each action and each
update ("• Publish a hazards policy …", "- 12/09/2026 – Agreement signed"): a
mark of layout, no word of the text. A mark is one of those signs at a line's
start with a space after it, so a minus ("-5%") or a hyphenated word
("-based") is never taken. A cell that opens with a mark loses it on every line
that opens with the same one ("- 03/10/2026 – …" and "- 27/10/2026 – …");
a cell that opens with words keeps its list ("Steps:" then "- …" lines).

A cell whose every line opens with an arrow ("→ QA panel meets weekly." over "→ 48
plans reviewed.") is a log of entries, one per line; the arrow is no list mark and stays.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The Symbol and Wingdings fonts' bullets ("\uf0b7" •, "\uf0a7" ▪, "\uf0d8" ➢) are
# private-use characters: a PDF converted to Word or Excel leaves them typed before
# each line ("\uf0b7 08/09/2026 – …"). They are the characters Word's bullet lists
# are defined with (``word_numbers`` draws them as "•"): a mark like "•".
_SYMBOL_FONT_BULLETS = "\uf0b7\uf0a7\uf0d8"
_MARKS = f"•·▪◦‣*\\-–—{_SYMBOL_FONT_BULLETS}"
_OPENING_MARK = re.compile(rf"^[ \t]*([{_MARKS}])[ \t]+(?=\S)")


def without_list_marks(text: str) -> str:
    """The cell with its list marks taken off, when it opens with one."""
    m = _OPENING_MARK.match(text)
    if m is None:  # most cells: no mark to take
        return text
    return _same_mark(m[1], re.MULTILINE).sub("", text)


def _same_mark(mark: str, flags: int = 0) -> re.Pattern[str]:
    """The mark a cell opened with, at a line's start with a space after it."""
    return re.compile(rf"^[ \t]*{re.escape(mark)}[ \t]+(?=\S)", flags)


# A running number opening an entry of a log ("1) 08/10/2026 – …" over "2) 05/11/2026 –
# …", "(1) …", "1. …"): written to tell the entries apart, it stays in the entry's text,
# but the date after it is the entry's.
_NUMBER = r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])"
_ENTRY_NUMBER = re.compile(rf"^{_NUMBER}[ \t]+(?=\S)")
_ENTRY_NUMBER_ALONE = re.compile(_NUMBER)


def is_entry_number(text: str) -> bool:
    """Whether ``text`` is only an entry's running number ("1.", "(2)", "3)")."""
    return _ENTRY_NUMBER_ALONE.fullmatch(text) is not None


def without_entry_number(line: str) -> str:
    """The line without the running number that opens it ("1) 08/10/2026 – …" gives
    "08/10/2026 – …"); a line with none as it is."""
    return _ENTRY_NUMBER.sub("", line, count=1)


# A pictograph opening a line ("📅 18/11/2026 – …", "✅ 02/11/2026 – …"), as notes typed
# in Teams or on a phone mark each entry: a picture, no word, so the date after it still
# opens the entry; the picture stays in the entry's text. A pictograph is a character
# Unicode calls "other symbol" (emoji, ✓, ☑), with the joiners, variation selectors and
# skin tones that build one emoji from several characters.
_PICTOGRAPH_GLUE = frozenset("\u200d\ufe0e\ufe0f") | {chr(c) for c in range(0x1F3FB, 0x1F400)}


def _is_pictograph_part(char: str) -> bool:
    """Whether ``char`` draws, or is glued into, a pictograph."""
    return unicodedata.category(char) == "So" or char in _PICTOGRAPH_GLUE


def without_leading_pictographs(line: str) -> str:
    """The line without the pictographs (and spaces) that open it ("📅 18/11/2026 – …"
    gives "18/11/2026 – …"); a line opened by none as it is."""
    start = len(line) - len(line.lstrip(" \t"))
    end = start
    while end < len(line) and _is_pictograph_part(line[end]):
        end += 1
    return line if end == start else line[end:].lstrip(" \t")


def listed_items(text: str) -> list[str]:
    """The items of a typed list filling the cell, marks off: two lines or more, every
    one opened by the same mark ("• Appoint …" over "• Set up …"); else none."""
    if "\n" not in text:  # most cells: one line, no list
        return []
    lines = [line for line in text.split("\n") if line.strip()]
    m = _OPENING_MARK.match(lines[0]) if len(lines) >= 2 else None
    if m is None:
        return []
    same = _same_mark(m[1])
    items = [same.sub("", line, count=1) for line in lines]
    return [] if any(item == line for item, line in zip(items, lines, strict=True)) else items


# An arrow opening a line starts an entry of a running log ("→ QA panel meets weekly."
# over "→ 48 plans reviewed."): written to start each entry, it is no typed bullet and
# stays in the text. Points under typed bullets ("- …" lines) stay one note.
_ARROW = re.compile(r"^[ \t]*(?:[→➔➜⇒]|-+>|=>)[ \t]+(?=\S)")


def is_arrow_log(text: str) -> bool:
    """Two lines or more, every one opened by an arrow: a log, one entry a line."""
    lines = [line for line in text.split("\n") if line.strip()]
    return len(lines) >= 2 and all(_ARROW.match(line) for line in lines)


# A typed rule line ("----------", "______", "=====", or asterisks "* * *", "***") is a
# writer's mark between the entries stacked in one cell: no part of either entry, as a
# table's border is not.
_RULE_LINE = re.compile(r"^[ \t]*(?:[-_=]{3,}|\*(?:[ \t]*\*){2,})[ \t]*$")


def is_rule_line(line: str) -> bool:
    """A line of only dashes, underscores or equals signs, three or more, or of three or
    more asterisks, spaced or not."""
    return _RULE_LINE.match(line) is not None


_RULE_LINE_IN = re.compile(_RULE_LINE.pattern, re.MULTILINE)  # any line of a cell


@lru_cache(maxsize=4096)
def has_rule_line(text: str) -> bool:
    """Whether some line of the cell is a typed rule line (one search of the cell: asked
    of every progress cell of every row, and read once per distinct cell: plans repeat
    their progress cells)."""
    return _RULE_LINE_IN.search(text) is not None


# A numbered list's first item ("1. Introduce …", "1) Introduce …"): its number and mark
_FIRST_ITEM = re.compile(r"^\s*(?P<n>\d{1,2})(?P<mark>[.)])\s+(?=\S)")


def list_item(line: str) -> tuple[str, str] | None:
    """A numbered list item's number and mark ("2) Roster …" → ("2", ")")); None for a
    line no number opens."""
    m = _FIRST_ITEM.match(line)
    return (m["n"], m["mark"]) if m else None


def opens_a_numbered_list(text: str) -> bool:
    """The cell opens a list numbered in it: "1. Introduce …" with "2. Roster …" later
    on, at a line's start or after a sentence, the same mark after the next number."""
    m = _FIRST_ITEM.match(text)
    if m is None:  # most cells: no number opening them
        return False
    item = rf"{int(m['n']) + 1}{re.escape(m['mark'])}\s+\S"
    return re.search(rf"(?:^|[.;:!?]\s)\s*{item}", text[m.end() :], re.MULTILINE) is not None
