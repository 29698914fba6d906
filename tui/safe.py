"""User text on screen: always data, never markup or terminal control."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text

from store.text import printable as plain

__all__ = ["clip", "clip_words", "fit", "plain", "text"]


def text(value: object, style: str = "", one_line: bool = False) -> Text:
    """A Rich Text that shows ``value`` exactly: brackets are never markup."""
    return Text(plain(value, one_line), style=style)


def fit(value: str, width: int) -> str:
    """One line of user text, cut (with "…") or padded to exactly ``width`` cells."""
    if value.isascii() and value.isprintable():  # most cells: one cell per character
        flat = " ".join(value.split())
        return flat[: width - 2] + "… " if len(flat) > width - 1 else flat.ljust(width)
    flat = plain(value, one_line=True)
    if cell_len(flat) > width - 1:
        flat = set_cell_size(flat, width - 2) + "…"
    return set_cell_size(flat, width - 1) + " "


def clip(value: str, width: int) -> str:
    """One line of user text, cut to at most ``width`` cells ending "…" (never padded)."""
    flat = plain(value, one_line=True)
    if cell_len(flat) <= width:
        return flat
    return set_cell_size(flat, width - 1).rstrip() + "…"


def clip_words(value: str, width: int) -> str:
    """One line of user text in at most ``width`` cells, cut after a whole word with
    "…" (never padded): a cut word can mislead, "Easter 2027" cut to "Easter 20" reads
    as a year. A first word too long for the room is cut itself, unless it holds a
    digit ("31/12/2026"): then "…" alone, never part of a number."""
    flat = plain(value, one_line=True)
    if cell_len(flat) <= width:
        return flat
    kept = ""
    for word in flat.split(" "):
        longer = f"{kept} {word}" if kept else word
        if cell_len(longer) + 1 > width:
            break
        kept = longer
    if kept:
        return kept.rstrip(" ,;:-–/") + "…"
    first = flat.split(" ")[0]
    if width < 2 or any(c.isdigit() for c in first):
        return "…"[:width]
    return set_cell_size(first, width - 1) + "…"
