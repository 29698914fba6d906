"""A whole number as its cell's custom number format shows it, where the format writes
the number as a code: '"AP"00' shows the stored 1 as "AP01", '000' shows 7 as "007".

The reader sees the code, never the number under it (Excel stores the number, the
cells hold no letters), so a ref, an ID or a count kept this way is read as shown.
Only formats of this one kind are read so: digit placeholders (0, # or ?) with text
typed around them that holds a letter or figure, or with the number padded by zeros.
Amounts (a thousands separator, decimal places, a currency code), percentages,
fractions, scientific and conditional formats are no code: they read as before.
Pure: no openpyxl here.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

# A format's pieces: quoted text, an escaped character, a [code], a space the width of
# a character ("_)"), a fill ("*-"), a digit placeholder, or any other character
_PIECE = re.compile(
    r'"(?P<quoted>[^"]*)"?|\\(?P<escaped>.)|(?P<code>\[[^\]]*\])|_.|\*.|(?P<digit>[0#?])|.',
    re.S,
)
# Characters Excel shows as typed without quotes; any other is a code of its own
# ("." decimals, "," thousands, "%", "/" a fraction, "E" scientific, "@" text, letters)
_AS_TYPED = frozenset("$-+():!^&'~{}<>= ")
# A colour ("[Red]", "[Color10]") or a locale with no currency ("[$-809]"): no text shown
_SILENT_CODE = re.compile(r"\[(?:[a-z]+\d*|\$-[0-9a-f]+)\]", re.I)


class Piece(NamedTuple):
    """Text a format shows as typed, or a digit placeholder (0, # or ?)."""

    text: str
    digit: bool = False


def coded_number(value: float, number_format: object) -> str | None:
    """The text a custom format shows for this number, if the format writes it as a
    code; None for any other format (the number is read as stored)."""
    if not isinstance(number_format, str) or not math.isfinite(value):
        return None
    section, signed = format_section(number_format, value)
    pieces = _pieces(section)
    if pieces is None or not _a_code(pieces):
        return None
    shown = _filled(pieces, _whole(abs(value))).strip()
    return f"-{shown}" if signed else shown


def format_section(number_format: str, value: float) -> tuple[str, bool]:
    """The section of a format that shows this value ("positive;negative;zero"), and
    whether Excel puts a minus before it (a negative number with no section of its own)."""
    sections = _sections(number_format)
    if value < 0 and len(sections) > 1:
        return sections[1], False
    if value == 0 and len(sections) > 2:
        return sections[2], False
    return sections[0], value < 0


def _sections(number_format: str) -> list[str]:
    """A format split at its semicolons, a quoted or escaped one kept in its section."""
    sections, current = [], ""
    for m in _PIECE.finditer(number_format):
        if m[0] == ";":
            sections.append(current)
            current = ""
        else:
            current += m[0]
    return [*sections, current]


def _pieces(section: str) -> list[Piece] | None:
    """A section's shown text and placeholders, or None where it holds any code that
    shows more than a whole number (decimals, thousands, a currency, a condition)."""
    pieces: list[Piece] = []
    for m in _PIECE.finditer(section):
        piece = _piece(m)
        if piece is None:
            return None
        pieces.append(piece)
    return pieces


def _piece(m: re.Match[str]) -> Piece | None:
    """One piece of a format as shown, or None for a code that is no part of a code."""
    if m["quoted"] is not None or m["escaped"] is not None:
        return Piece(m["quoted"] if m["quoted"] is not None else m["escaped"])
    if m["code"] is not None:
        return Piece("") if _SILENT_CODE.fullmatch(m["code"]) else None
    if m["digit"] is not None:
        return Piece(m["digit"], digit=True)
    if m[0].startswith("_"):
        return Piece(" ")
    if m[0].startswith("*"):
        return Piece("")
    return Piece(m[0]) if m[0] in _AS_TYPED else None


def _a_code(pieces: list[Piece]) -> bool:
    """Text with a letter or figure typed around the number, or the number padded with
    zeros: what makes a number a code. A currency sign alone ('"£"0') is no code."""
    typed = "".join(p.text for p in pieces if not p.digit)
    zeros = sum(1 for p in pieces if p.digit and p.text == "0")
    return any(c.isalnum() for c in typed) or zeros >= 2


def _whole(value: float) -> int:
    """A number rounded to whole as Excel shows it: halves away from zero (2.5 is 3),
    reading the float as typed (repr), not its binary value."""
    return int(Decimal(repr(value)).quantize(Decimal(1), ROUND_HALF_UP))


def _filled(pieces: list[Piece], number: int) -> str:
    """The pieces with the number's digits put in the placeholders from the right: a
    "0" shows a zero where no digit is left, "?" a space, "#" nothing; digits beyond
    the placeholders all go into the first."""
    digits = str(number) if number else ""
    places = [i for i, p in enumerate(pieces) if p.digit]
    shown = [p.text for p in pieces]
    for n, i in enumerate(reversed(places)):
        at = len(digits) - 1 - n
        filler = {"0": "0", "?": " ", "#": ""}[pieces[i].text]
        shown[i] = digits[at] if at >= 0 else filler
    if places and len(digits) > len(places):
        shown[places[0]] = digits[: len(digits) - len(places) + 1]
    return "".join(shown)
