"""Invisible format characters: text as a reader sees it.

A cell pasted from an e-mail, Outlook or a web page carries characters that draw
nothing: a zero-width space inside a ref ("1.1\\u200b", "2\\u200b.1"), a left-to-right
mark before each part of a date Outlook copied ("\\u200e30/\\u200e11/\\u200e2026"), a
soft hyphen inside a word ("safe\\u00adguarding"), a word joiner after a name, a
byte-order mark opening a cell pasted from a text file. Left in, the ref is no ref, the
date no date and "Am\\u00adber" no RAG, though each looks right on screen.
"""

from __future__ import annotations

import re

# Unicode's format characters (category Cf) that draw nothing and shape nothing: the
# soft hyphen (shown only where a line breaks, and a cell's line is the reader's to
# break), the zero-width space, the word joiner and the invisible maths operators, the
# direction marks, embeddings, overrides and isolates (they order how text is drawn,
# never what it says: the text keeps the order it was typed in), the deprecated format
# characters and the byte-order mark (a zero-width no-break space inside text); and
# the zero-width non-joiner and joiner (U+200C, U+200D), kept where they shape (below).
# Not matched, because a reader sees what they do: the Arabic number signs drawn under
# digits, the tags that name a flag emoji (🏴 of Wales), the Mongolian vowel separator
# and the format characters of historic scripts and music.
_FORMAT = re.compile(r"[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
_JOINERS = "\u200c\u200d"


def without_invisibles(text: str) -> str:
    """``text`` without the format characters that draw nothing: "1.1\\u200b" → "1.1",
    "\\u200e30/\\u200e11/\\u200e2026" → "30/11/2026", "Am\\u00adber" → "Amber"."""
    # one scan of a plain class, the joiners' neighbours looked at only where one is
    return text if text.isascii() else _FORMAT.sub(_drawn, text)


def _drawn(m: re.Match[str]) -> str:
    """The character matched where a reader sees what it does, else nothing."""
    return m[0] if m[0] in _JOINERS and _shapes(m.string, m.start()) else ""


def _shapes(text: str, at: int) -> bool:
    """Whether the joiner at ``at`` sits between two characters of other scripts or
    emoji, which it joins into one emoji ("👩‍💻") or shapes (Persian, Indic letters);
    beside a Latin letter, a digit, a space or the text's edge it does nothing."""
    return 0 < at < len(text) - 1 and _foreign(text[at - 1]) and _foreign(text[at + 1])


def _foreign(char: str) -> bool:
    return not char.isascii() and not char.isspace()
