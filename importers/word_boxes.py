"""Word's text boxes, and the copies Word stores of them for older versions.

A designed document sets its parts in text boxes: a priority's bold line and its
table in a coloured box anchored to an empty paragraph. The box's content
(``w:txbxContent``) sits inside that paragraph's run, in a DrawingML shape
(``w:drawing``) or a VML one (``w:pict``). Word 2010 and later save the shape inside
``mc:AlternateContent``: the shape in its ``mc:Choice`` and a VML copy of the same box
in its ``mc:Fallback`` for Word 2007, so every word and table of the box is stored
twice. Word shows one branch: the first Choice it understands, else the Fallback
(ECMA-376 Part 3); the reader reads the first Choice, and the Fallback only where
there is no Choice, so a box is read once.

A box holding a table, or more than one line, is read as the document's own
paragraphs and tables where it is anchored (after its paragraph's own words): a
table cannot be a line of a paragraph, and the box's lines are headings and notes
as the body's are. A box of one line stays text of its paragraph, where it stood:
a value set in a box beside its label ("Plan owner: [Jo Smith]").
"""

from __future__ import annotations

from itertools import takewhile
from typing import Any

from importers.word_numbers import W

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
BOX = f"{W}txbxContent"
_BRANCHES = (f"{MC}Choice", f"{MC}Fallback")


def unshown(p: Any) -> list[Any]:
    """The branches of the ``mc:AlternateContent`` in paragraph ``p`` Word does not
    show: every Choice after the first, and the Fallback where there is a Choice."""
    hidden: list[Any] = []
    for alternate in p.iter(f"{MC}AlternateContent"):
        branches = [b for b in alternate if b.tag in _BRANCHES]
        hidden += branches[1:]
    return hidden


def boxes_read_apart(p: Any, hidden: list[Any]) -> list[Any]:
    """The text boxes anchored in paragraph ``p`` read as blocks where it stands: those
    shown (in no ``hidden`` branch), not inside another box (read with it), holding a
    table or more than one line. In document order."""
    return [box for box in _shown_boxes(p, hidden) if _holds_blocks(box)]


def _shown_boxes(p: Any, hidden: list[Any]) -> list[Any]:
    """The outermost text boxes of ``p`` in no ``hidden`` branch."""
    found = []
    for box in p.iter(BOX):
        way = list(takewhile(lambda a: a is not p, box.iterancestors()))
        if not any(a.tag == BOX or any(a is h for h in hidden) for a in way):
            found.append(box)
    return found


def _holds_blocks(box: Any) -> bool:
    """A box holding a table, or more than one paragraph with words."""
    if next(box.iter(f"{W}tbl"), None) is not None:
        return True
    lines = [p for p in box.iter(f"{W}p") if "".join(t.text or "" for t in p.iter(f"{W}t"))]
    return len(lines) > 1
