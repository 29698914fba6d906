"""Excel's values as a formula worked out here (``importers.formulas``) meets them:
how a text, a number, a logical and an empty cell convert into one another and
compare, and the functions generated sheets use. Pure: no workbook here.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

from importers.formula_text import NotShown, date_serial, formatted, general


class Unknown(Exception):
    """A formula not worked out here: its value is not known."""


@dataclass(frozen=True)
class ExcelError:
    """An error value Excel would show ("#DIV/0!", "#VALUE!")."""

    code: str


Value = str | float | bool | None | ExcelError  # None: an empty cell
Plain = str | float | bool | None  # a value that is no error


class Failed(Exception):
    """An Excel error value met while working out: it is the formula's value."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.error = ExcelError(code)


def number(value: Plain) -> float:
    """A value as arithmetic reads it: an empty cell 0, TRUE 1, "12" 12; other
    text is #VALUE!."""
    if value is None:
        return 0.0
    if isinstance(value, bool | float | int):
        return float(value)
    try:
        read = float(value.strip())
    except ValueError:
        raise Failed("#VALUE!") from None
    if not math.isfinite(read):  # "inf" and "nan" are words to Excel, not numbers
        raise Failed("#VALUE!")
    return read


def text(value: Plain) -> str:
    """A value as & and the text functions read it: 3 as "3", TRUE as "TRUE"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float | int):
        return general(float(value))
    return value


def truth(value: Plain) -> bool:
    """A value as IF reads it: a number not 0, the text "TRUE"; other text #VALUE!."""
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, float | int):
        return value != 0
    if value.strip().upper() in ("TRUE", "FALSE"):
        return value.strip().upper() == "TRUE"
    raise Failed("#VALUE!")


def compare(left: Plain, right: Plain) -> int:
    """-1, 0 or 1 as Excel orders two values: any number before any text before any
    logical, text without regard to case, an empty cell as the other side's empty
    (0, "" or FALSE)."""
    left, right = _blank_as(left, right), _blank_as(right, left)
    kinds = _kind(left), _kind(right)
    if kinds[0] != kinds[1]:
        return -1 if kinds[0] < kinds[1] else 1
    a = left.casefold() if isinstance(left, str) else left
    b = right.casefold() if isinstance(right, str) else right
    return int(a > b) - int(a < b)  # type: ignore[operator]


def _blank_as(value: Plain, other: Plain) -> str | float | bool:
    if value is not None:
        return value
    if isinstance(other, str):
        return ""
    return False if isinstance(other, bool) else 0.0


def _kind(value: str | float | bool) -> int:
    return 2 if isinstance(value, bool) else 1 if isinstance(value, str) else 0


_ARITHMETIC: dict[str, Callable[[float, float], object]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "^": lambda a, b: a**b,
}


def arithmetic(op: str, left: float, right: float) -> float:
    """+ - * / ^ as Excel works them: dividing by 0 is #DIV/0!, no finite result #NUM!."""
    if op == "/" and right == 0 or op == "^" and left == 0 and right < 0:
        raise Failed("#DIV/0!")
    try:
        result = _ARITHMETIC[op](left, right)
    except (OverflowError, ZeroDivisionError):
        raise Failed("#NUM!") from None
    if not isinstance(result, float | int) or not math.isfinite(result):
        raise Failed("#NUM!")  # a negative number to a fraction's power is complex
    return float(result)


def _whole(value: Plain) -> int:
    return int(number(value))  # Excel truncates a count toward zero


def _count(value: Plain) -> int:
    count = _whole(value)
    if count < 0:
        raise Failed("#VALUE!")
    return count


def _text_function(value: Plain, number_format: Plain) -> str:
    """TEXT(value, format): a number (or text that is one) as the format shows it;
    other text is returned as it is."""
    if isinstance(value, str):
        try:
            number(value)
        except Failed:
            return value
    try:
        return formatted(number(value), text(number_format))
    except NotShown:
        raise Unknown(f"TEXT format {number_format!r}") from None


def _date(year: Plain, month: Plain, day: Plain) -> float:
    """DATE(year, month, day) as a serial, a month or day past its end carried on
    (DATE(2026,13,1) is 1 Jan 2027), years 0-1899 counted from 1900."""
    y, m, d = _whole(year), _whole(month), _whole(day)
    y += 1900 if 0 <= y < 1900 else 0
    years, months = divmod(y * 12 + m - 1, 12)
    try:
        return date_serial(dt.date(years, months + 1, 1) + dt.timedelta(days=d - 1))
    except (ValueError, OverflowError):
        raise Failed("#NUM!") from None


def _logical(values: tuple[Plain, ...], combine: Callable[[list[bool]], bool]) -> bool:
    """AND and OR: their arguments' truth, empty cells left out."""
    truths = [truth(v) for v in values if v is not None]
    if not truths:
        raise Failed("#VALUE!")
    return combine(truths)


def _mid(value: Plain, start: Plain, count: Plain) -> str:
    first = _whole(start)
    if first < 1:
        raise Failed("#VALUE!")
    return text(value)[first - 1 : first - 1 + _count(count)]


def _trim(value: Plain) -> str:
    """TRIM: spaces at either end gone, each run inside one space (other white space kept)."""
    return " ".join(word for word in text(value).split(" ") if word)


# Each function worked out from its arguments' values: (fewest, most arguments, how)
Function = tuple[int, int, Callable[..., Plain]]
FUNCTIONS: dict[str, Function] = {
    "TEXT": (2, 2, _text_function),
    "AND": (1, 255, lambda *v: _logical(v, all)),
    "OR": (1, 255, lambda *v: _logical(v, any)),
    "NOT": (1, 1, lambda v: not truth(v)),
    "CONCAT": (1, 255, lambda *v: "".join(text(x) for x in v)),
    "CONCATENATE": (1, 255, lambda *v: "".join(text(x) for x in v)),
    "LEFT": (1, 2, lambda v, n=1.0: text(v)[: _count(n)]),
    "RIGHT": (1, 2, lambda v, n=1.0: text(v)[len(text(v)) - _count(n) :] if _count(n) else ""),
    "MID": (3, 3, _mid),
    "LEN": (1, 1, lambda v: float(len(text(v)))),
    "UPPER": (1, 1, lambda v: text(v).upper()),
    "LOWER": (1, 1, lambda v: text(v).lower()),
    "TRIM": (1, 1, _trim),
    "DATE": (3, 3, _date),
    "ISBLANK": (1, 1, lambda v: v is None),
}
