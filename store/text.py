"""User text as it is stored, shown in a terminal and written to a file.

One rule for line breaks everywhere: Word's manual line break (Shift+Enter) is a
vertical tab and its page break a form feed, and text pasted from Word keeps them;
a carriage return (with its line feed or without) comes from Windows and old Macs.
Unicode's line breaking rules (UAX #14) hold each a mandatory break, so each is
stored as the line feed when text enters the store and written as a line break.

A plan title holding ``ESC ] 0 ; … BEL`` set the terminal's title from the
TUI header and from ``actionplan list``. Whole sequences (CSI, OSC) are
removed, then any other C0/C1 control character except the newline; what
is stored is unchanged, only what is shown. A tab or an information separator
(which Python's ``str.split`` takes for whitespace) is shown as a space, so the
words it parts stay two words.
"""

from __future__ import annotations

import re

_LINE_BREAK = re.compile(r"\r\n|[\r\x0b\x0c]")
# The information separators, whitespace to ``str.split`` though no line break: removed
# outright, one would run the two words it parts into one. A terminal is sent a tab as
# a space too: it would jump to the next tab stop, not part two words.
_SEPARATOR = re.compile(r"[\x1c-\x1f]")
_SPACING = re.compile(r"[\t\x1c-\x1f]")
# An OSC sequence only with its terminator: a stray "ESC ]" loses its ESC alone, not
# the words after it up to the end of the text.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
# What XML 1.0 (an .xlsx or .docx file) cannot hold once line breaks are line feeds and
# separators spaces; the tab it holds (a spreadsheet cell shows one).
_UNWRITABLE = re.compile(r"[\x00-\x08\x0e-\x1b]")


def unified(text: str) -> str:
    """``text`` with every line break the line feed, as the store holds it."""
    return text if text.isprintable() else _LINE_BREAK.sub("\n", text)


def printable(value: object, one_line: bool = False) -> str:
    """``value`` as text a terminal shows literally; ``one_line`` folds all whitespace."""
    text = str(value)
    if not text.isprintable():  # nearly every title and name has nothing to remove
        text = _CONTROL.sub("", _SPACING.sub(" ", unified(text)))
    return " ".join(text.split()) if one_line else text


def writable(text: str) -> str:
    """``text`` as a file written in XML can hold it: every line break the line feed, a
    separator a space, and any other control character XML 1.0 refuses dropped alone."""
    if text.isprintable():
        return text
    return _UNWRITABLE.sub("", _SEPARATOR.sub(" ", unified(text)))
