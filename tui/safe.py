"""User text on screen: always data, never markup or terminal control."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.text import Text

from store.text import printable as plain

__all__ = ["clip", "fit", "plain", "text"]


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
