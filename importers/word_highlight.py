"""Word's text highlighter over a cell's words: the cell's colour, as its shading is.

Some plans have no RAG column and no shaded cells: the author runs Word's highlighter
(Home > Text Highlight Color, ``w:highlight``) over each progress update, green over
finished work, yellow for amber, red behind plan, and says so in a key. To a reader
the highlighted cell shows its colour as a shaded one does, so a cell whose words are
wholly or mostly highlighted in one colour (more than half its written characters)
is read as shaded in that colour: the fill → RAG rules and the plan's key then apply
alike. A word or two highlighted in a long cell is emphasis, not the cell's colour.

The highlighter offers 16 named colours, never an RGB; each is read as the RGB Word
paints it (ECMA-376 17.18.40, ST_HighlightColor).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from importers.word_numbers import W

HIGHLIGHT_RGB = {
    "black": "000000",
    "blue": "0000FF",
    "cyan": "00FFFF",
    "green": "00FF00",
    "magenta": "FF00FF",
    "red": "FF0000",
    "yellow": "FFFF00",
    "white": "FFFFFF",
    "darkBlue": "000080",
    "darkCyan": "008080",
    "darkGreen": "008000",
    "darkMagenta": "800080",
    "darkRed": "800000",
    "darkYellow": "808000",
    "darkGray": "808080",
    "lightGray": "C0C0C0",
}


def highlight_rgb(tc: Any) -> str | None:
    """The RGB of the highlight over most of a cell's (``w:tc``) written characters, or
    None where no one colour covers more than half of them."""
    written, by_colour = 0, Counter[str]()
    for run in tc.iter(f"{W}r"):
        # deleted text is ``w:delText`` and hidden runs are emptied: neither counts
        size = sum(len("".join((t.text or "").split())) for t in run.iterfind(f"{W}t"))
        written += size
        if (rgb := _run_highlight(run)) is not None:
            by_colour[rgb] += size
    if not by_colour:
        return None
    rgb, size = by_colour.most_common(1)[0]
    return rgb if size * 2 > written else None


def _run_highlight(run: Any) -> str | None:
    """The RGB of a run's highlight; None unhighlighted (or ``none``, a name unknown)."""
    mark = run.find(f"{W}rPr/{W}highlight")
    return None if mark is None else HIGHLIGHT_RGB.get(mark.get(f"{W}val") or "")
