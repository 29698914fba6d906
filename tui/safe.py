"""User text on screen: always data, never markup or terminal control."""

from __future__ import annotations

import re

from rich.text import Text

_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x09\x0b-\x1f\x7f-\x9f]"
)


def plain(value: object, one_line: bool = False) -> str:
    """Text with escape sequences and control characters removed."""
    text = _CONTROL.sub("", str(value))
    return " ".join(text.split()) if one_line else text


def text(value: object, style: str = "", one_line: bool = False) -> Text:
    """A Rich Text that shows ``value`` exactly: brackets are never markup."""
    return Text(plain(value, one_line), style=style)
