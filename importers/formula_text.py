"""Excel's TEXT(value, format) for a formula worked out here (``importers.formulas``):
the number formats a script's formulas use to write a ref or a date into a cell,
'"IA-"&TEXT(ROW()-4,"000")' giving "IA-001", TEXT(H5,"dd/mm/yyyy") "30/09/2026".

Covered: digit placeholders (0, #, ?) with decimals, thousands and a percentage,
text around the number, and day, month and year codes. A format beyond these
(times, fractions, scientific, conditions, digits split by text) raises
``NotShown``: the formula is then not worked out rather than shown wrongly.
Pure: no openpyxl here.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from importers.number_formats import format_section

# Quoted text, an escaped character, a [code] (colour, locale), or one character
_PIECE = re.compile(r'"(?P<quoted>[^"]*)"|\\(?P<escaped>.)|(?P<code>\[[^\]]*\])|.', re.S)
_DATE_CODE = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d", re.I)
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1 Jan 1900 (Excel's 1900 leap day aside)


class NotShown(ValueError):
    """A format this module does not show."""


def formatted(value: float, number_format: str) -> str:
    """The number as TEXT shows it under the format."""
    section, negative = format_section(number_format, value)
    pieces = _pieces(section)
    codes = "".join(char for literal, char in pieces if literal is None)
    if codes.strip().lower() in ("general", ""):
        return general(value)
    if re.search(r"[hs]|am/pm", codes, re.I):
        raise NotShown(number_format)  # a time
    if re.search(r"[dy]", codes, re.I) or re.fullmatch(r"[^0#?]*m+[^0#?]*", codes, re.I):
        return _date_shown(serial_date(value), pieces)
    if re.search(r"e[+-]|/", codes, re.I):
        raise NotShown(number_format)  # scientific, a fraction
    shown = _number_shown(abs(value) if negative else value, pieces)
    return f"-{shown}" if negative else shown


def _pieces(section: str) -> list[tuple[str | None, str]]:
    """A section's pieces: (text shown as typed, "") or (None, a code character); a
    [colour] or [locale] code shows nothing and is left out."""
    pieces: list[tuple[str | None, str]] = []
    for m in _PIECE.finditer(section):
        if m["quoted"] is not None or m["escaped"] is not None:
            pieces.append((m["quoted"] if m["quoted"] is not None else m["escaped"], ""))
        elif m["code"] is None:
            pieces.append((None, m[0]))
    return pieces


def general(value: float) -> str:
    """A number as Excel's General format writes it into text: 3 not 3.0, up to 15
    significant figures."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.15g}".upper()


def serial_date(value: float) -> dt.date:
    """The day of an Excel date serial (1900 system)."""
    if not 0 <= value < 2958466:  # 31 Dec 9999
        raise NotShown(str(value))
    return _EXCEL_EPOCH + dt.timedelta(days=int(value))


def date_serial(day: dt.date) -> float:
    """An Excel date serial (1900 system) of a day."""
    return float((day - _EXCEL_EPOCH).days)


def _date_shown(day: dt.date, pieces: list[tuple[str | None, str]]) -> str:
    """The day as the date codes say, each run of code characters read as Excel reads
    it ("dd" the day's two digits, "mmm" the month's short name), the text kept."""
    out: list[str] = []
    run = ""
    for literal, char in [*pieces, ("", "")]:
        if literal is None and char.isalpha():
            run += char
            continue
        out.append(_DATE_CODE.sub(lambda c: _date_part(day, c[0].lower()), run))
        run = ""
        out.append(literal if literal is not None else char)
    return "".join(out)


def _date_part(day: dt.date, code: str) -> str:
    parts = {
        "yyyy": f"{day.year:04d}",
        "yy": f"{day.year % 100:02d}",
        "mmmm": day.strftime("%B"),
        "mmm": day.strftime("%b"),
        "mm": f"{day.month:02d}",
        "m": str(day.month),
        "dddd": day.strftime("%A"),
        "ddd": day.strftime("%a"),
        "dd": f"{day.day:02d}",
        "d": str(day.day),
    }
    return parts[code]


def _number_shown(value: float, pieces: list[tuple[str | None, str]]) -> str:
    """Digits placed as the placeholders say, the text around them kept."""
    places = [i for i, (literal, char) in enumerate(pieces) if literal is None and char in "0#?"]
    if not places:
        return _around(pieces)
    first, last = places[0], places[-1]
    body = "".join(char if literal is None else "\0" for literal, char in pieces[first : last + 1])
    if not re.fullmatch(r"[0#?,]*(?:\.[0#?]*)?", body):
        raise NotShown(body)  # text, a fraction or an exponent amid the digits
    scale = 100 ** sum(1 for literal, char in pieces if literal is None and char == "%")
    return _around(pieces[:first]) + _digits(value * scale, body) + _around(pieces[last + 1 :])


def _around(pieces: list[tuple[str | None, str]]) -> str:
    """The text a format shows before or after the number."""
    return "".join(char if literal is None else literal for literal, char in pieces)


def _digits(value: float, body: str) -> str:
    """The number under a run of placeholders such as "#,##0.00" or "000"."""
    whole, _, decimals = body.partition(".")
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-len(decimals)), ROUND_HALF_UP)
    integer, _, fraction = f"{rounded:f}".partition(".")
    integer = integer.lstrip("0").rjust(whole.count("0"), "0")
    if "," in whole:
        integer = f"{int(integer or 0):,}" if integer else ""
    shown_fraction = _fraction(fraction, decimals)
    return integer + ("." + shown_fraction if shown_fraction or "0" in decimals else "")


def _fraction(fraction: str, decimals: str) -> str:
    """The decimals kept: a "0" place always shows, a "#" place only a digit not 0."""
    keep = len(decimals)
    while keep and decimals[keep - 1] != "0" and fraction[keep - 1] == "0":
        keep -= 1
    return fraction[:keep]
