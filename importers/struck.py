"""Struck-through text, Word's or Excel's, kept between "~~" as plain text writes a
strikethrough, so the rules read the crossed-out words the same whatever the file."""

from __future__ import annotations

import re
from itertools import groupby
from typing import Any

from importers.symbol_fonts import drawn


def with_struck_marked(spans: list[tuple[bool, str]]) -> str:
    """The runs' text, struck text kept between "~~" as plain text writes a strikethrough:
    an author striking a moved date through keeps it on view beside the new one
    ("~~30/11/2026~~ 31/01/2027"), so the words stay and the mark says which is old."""
    out: list[str] = []
    for struck, group in groupby(spans, key=lambda span: span[0]):
        text = "".join(t for _, t in group)
        if struck and (word := text.strip()):
            start = text.index(word)
            text = f"{text[:start]}~~{word}~~{text[start + len(word) :]}"
        out.append(text)
    return "".join(out)


def rich_text_marked(value: list[Any], font: str | None = None) -> str:
    """An Excel cell's rich text (openpyxl's CellRichText: plain strings and TextBlocks,
    each with its run's font) as its text, the runs struck through marked as Word's are:
    an author crossing out a word, a date or an owner in a cell leaves it on view. A run
    in a symbol font is the marks it draws ("ü" in Wingdings "✔"); plain strings are in
    the cell's own ``font``."""
    spans = [
        (False, drawn(part, font))
        if isinstance(part, str)
        else (bool(part.font.strike), drawn(part.text or "", part.font.rFont or font))
        for part in value
    ]
    return with_struck_marked(spans)


# A struck run as with_struck_marked writes it: "~~" hard against its first and last word
_STRUCK_RUN = re.compile(r"~~(?=\S)[^~\n]*?(?<=\S)~~[ \t]*")


def without_struck(text: str) -> str:
    """The words of a cell not struck through ("~~On hold~~ In progress" → "In
    progress"): a crossed-out status or owner is one the author says no longer holds."""
    if "~~" not in text:
        return text
    return _STRUCK_RUN.sub("", text).strip()
