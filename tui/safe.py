"""User text on screen: always data, never markup or terminal control."""

from __future__ import annotations

from rich.text import Text

from store.text import printable as plain

__all__ = ["plain", "text"]


def text(value: object, style: str = "", one_line: bool = False) -> Text:
    """A Rich Text that shows ``value`` exactly: brackets are never markup."""
    return Text(plain(value, one_line), style=style)
