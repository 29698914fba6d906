"""Typed list marks: "• ", "- ", "* ", "– " leading an action or update cell.

Plans written as lists in a spreadsheet put a bullet before each action and each
update ("• Publish a hazards policy …", "- 12/09/2026 – Agreement signed"): a
mark of layout, no word of the text. A mark is one of those signs at a line's
start with a space after it, so a minus ("-5%") or a hyphenated word
("-based") is never taken. A cell that opens with a mark loses it on every line
that opens with the same one ("- 03/10/2026 – …" and "- 27/10/2026 – …");
a cell that opens with words keeps its list ("Steps:" then "- …" lines).
"""

from __future__ import annotations

import re

_MARKS = "•·▪◦‣*\\-–—"
_OPENING_MARK = re.compile(rf"^[ \t]*([{_MARKS}])[ \t]+(?=\S)")


def without_list_marks(text: str) -> str:
    """The cell with its list marks taken off, when it opens with one."""
    m = _OPENING_MARK.match(text)
    if m is None:  # most cells: no mark to take
        return text
    same = re.compile(rf"^[ \t]*{re.escape(m[1])}[ \t]+(?=\S)", re.MULTILINE)
    return same.sub("", text)
