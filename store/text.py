"""User text made safe for a terminal: no escape sequence or control character.

A plan title holding ``ESC ] 0 ; … BEL`` set the terminal's title from the
TUI header and from ``actionplan list``. Whole sequences (CSI, OSC) are
removed, then any other C0/C1 control character except the newline; what
is stored is unchanged, only what is shown.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x09\x0b-\x1f\x7f-\x9f]"
)


def printable(value: object, one_line: bool = False) -> str:
    """``value`` as text a terminal shows literally; ``one_line`` folds all whitespace."""
    text = str(value)
    if not text.isprintable():  # nearly every title and name has nothing to remove
        text = _CONTROL.sub("", text)
    return " ".join(text.split()) if one_line else text
