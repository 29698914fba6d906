"""A day of the month and a year written out in words, as a deed or a solicitor's letter
writes a date: "the fifteenth day of January 2027", "the thirtieth day of June two
thousand and twenty-seven", "Thirty-first March 2027".

The patterns are pieces for ``importers.dates`` to build its readings from: lower case
(the deadline reader lowers its words first; the news reader asks for any case), no
named groups, so a pattern may hold them more than once. ``day_number`` and
``year_number`` turn the words a piece matched into figures.
"""

from __future__ import annotations

import re

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ALONE = (
    *_UNITS,
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
)
# "thirty-second" is read as 32 so that it names no day, as "32 March" names none:
# never the "second" at its end
_TENS = {"twenty": 20, "thirty": 30}
_DAYS: dict[str, int] = (
    {word: n for n, word in enumerate(_ALONE, 1)}
    | {
        f"{tens} {unit}": value + n
        for tens, value in _TENS.items()
        for n, unit in enumerate(_UNITS, 1)
    }
    | {"thirtieth": 30}
)
# The tens and the unit joined by a hyphen or a space ("twenty-first", "Twenty First")
_JOIN = r"(?:\s*-\s*|\s+)"
# No word or hyphen just before: the "second" of "thirty-second" opens no day
_OPENS = r"(?<![\w-])"
DAY_WORDS = (
    _OPENS
    + r"(?:(?:twenty|thirty)"
    + _JOIN
    + "(?:"
    + "|".join(_UNITS)
    + ")|"
    + "|".join(sorted((*_ALONE, "thirtieth"), key=len, reverse=True))
    + r")\b"
)

_NUMBER_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_NUMBER_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_NUMBERS: dict[str, int] = (
    {word: n for n, word in enumerate(_NUMBER_UNITS, 1)}
    | {word: n for n, word in enumerate(_NUMBER_TEENS, 10)}
    | {word: 20 + 10 * n for n, word in enumerate(_NUMBER_TENS)}
    | {
        f"{tens} {unit}": 20 + 10 * t + u
        for t, tens in enumerate(_NUMBER_TENS)
        for u, unit in enumerate(_NUMBER_UNITS, 1)
    }
)
_NUMBER_1_TO_99 = (
    r"(?:(?:"
    + "|".join(_NUMBER_TENS)
    + r")(?:"
    + _JOIN
    + "(?:"
    + "|".join(_NUMBER_UNITS)
    + "))?|"
    + "|".join(sorted((*_NUMBER_TEENS, *_NUMBER_UNITS), key=len, reverse=True))
    + ")"
)
# A year of this century in words, as a deed writes it: "two thousand and twenty-seven",
# "two thousand twenty seven", "two thousand"
YEAR_WORDS = r"\btwo\s+thousand(?:\s+(?:and\s+)?" + _NUMBER_1_TO_99 + r")?\b"
_TWO_THOUSAND = re.compile(r"two\s+thousand(?:\s+and)?\s*")


def _spaced(words: str) -> str:
    return " ".join(words.lower().replace("-", " ").split())


def day_number(words: str) -> int:
    """The day a matched ``DAY_WORDS`` names: "Twenty-first" → 21 ("thirty-second" → 32,
    which no month has)."""
    return _DAYS[_spaced(words)]


def year_number(words: str) -> int:
    """The year a matched ``YEAR_WORDS`` names: "two thousand and twenty-seven" → 2027."""
    rest = _spaced(_TWO_THOUSAND.sub("", words.lower(), count=1))
    return 2000 + (_NUMBERS[rest] if rest else 0)
