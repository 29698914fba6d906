"""The list numbers and bullets Word draws before a paragraph ("a)", "1.", "•").

Word does not store them in the text: a paragraph names a list (``numId``) and
a level, and the number part says how that level is drawn (``%1.``, ``(%1)``,
``%1.%2``) and counted. python-docx reads the parts but draws no numbers, and
docx2python draws every number as ``1)`` and every bullet as ``--``, so neither
gives the text the reader sees; this module counts them as Word does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = (
    *((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc")),
    *((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")),
)


@dataclass(frozen=True)
class Level:
    """How one level of a list is drawn: its format, its text pattern, where it starts."""

    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """The document's lists, and the counters as the paragraphs are read in order."""

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)  # numId -> levels
    style_lists: dict[str, tuple[str, int]] = field(default_factory=dict)  # styleId -> list
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, paragraph: Any) -> str:
        """The number or bullet Word draws before ``paragraph`` (a ``w:p``), else ""."""
        found = self._list_of(paragraph)
        if found is None or found[0] not in self.levels:
            return ""
        num_id, ilvl = found
        levels = self.levels[num_id]
        counts = self._count(num_id, ilvl, levels)
        return _PLACEHOLDER.sub(lambda m: _draw(levels, counts, int(m[1]) - 1), _text(levels, ilvl))

    def _list_of(self, paragraph: Any) -> tuple[str, int] | None:
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id = val(num_pr.find(f"{W}numId"))
            return (
                None if num_id in (None, "0") else (num_id, int(val(num_pr.find(f"{W}ilvl")) or 0))
            )
        style = val(paragraph.find(f"{W}pPr/{W}pStyle"))
        return self.style_lists.get(style or "")

    def _count(self, num_id: str, ilvl: int, levels: dict[int, Level]) -> dict[int, int]:
        counts = self.counters.setdefault(num_id, {})
        start = levels.get(ilvl, Level()).start
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else start
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]  # "1.2" then "2." then "2.1": a new parent restarts its children
        return counts


def _text(levels: dict[int, Level], ilvl: int) -> str:
    level = levels.get(ilvl, Level())
    if level.fmt != "bullet":
        return level.text
    # Symbol and Wingdings bullets are private-use characters no other font draws.
    drawable = level.text and not any("\uf000" <= c <= "\uf0ff" for c in level.text)
    return level.text if drawable else "•"


def _draw(levels: dict[int, Level], counts: dict[int, int], ilvl: int) -> str:
    level = levels.get(ilvl, Level())
    return number_text(counts.get(ilvl, level.start), level.fmt)


def number_text(n: int, fmt: str) -> str:
    """``n`` drawn in a Word number format (decimal, lowerLetter, upperRoman, ...)."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)  # Word: y, z, aa, bb
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(n)
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def read_numbering(numbering_xml: Any | None, styles_xml: Any | None) -> Numbering:
    """The lists of a document from its numbering and styles parts (either may be absent)."""
    numbering = Numbering()
    if numbering_xml is None:
        return numbering
    abstract = {
        val(a, "abstractNumId"): _levels(a) for a in numbering_xml.iterfind(f"{W}abstractNum")
    }
    for num in numbering_xml.iterfind(f"{W}num"):
        levels = dict(abstract.get(val(num.find(f"{W}abstractNumId")), {}))
        for override in num.iterfind(f"{W}lvlOverride"):
            ilvl = int(val(override, "ilvl") or 0)
            start = val(override.find(f"{W}startOverride"))
            if start is not None and start.isdigit():
                old = levels.get(ilvl, Level())
                levels[ilvl] = Level(old.fmt, old.text, int(start))
        numbering.levels[val(num, "numId") or ""] = levels
    if styles_xml is not None:
        numbering.style_lists = _style_lists(styles_xml)
    return numbering


def _levels(abstract: Any) -> dict[int, Level]:
    levels = {}
    for lvl in abstract.iterfind(f"{W}lvl"):
        start = val(lvl.find(f"{W}start")) or "1"
        levels[int(val(lvl, "ilvl") or 0)] = Level(
            fmt=val(lvl.find(f"{W}numFmt")) or "decimal",
            text=val(lvl.find(f"{W}lvlText")) or "",
            start=int(start) if start.isdigit() else 1,
        )
    return levels


def _style_lists(styles_xml: Any) -> dict[str, tuple[str, int]]:
    """Paragraph styles that number their paragraphs ("List Number", "List Bullet")."""
    lists = {}
    for style in styles_xml.iterfind(f"{W}style"):
        num_pr = style.find(f"{W}pPr/{W}numPr")
        num_id = val(num_pr.find(f"{W}numId")) if num_pr is not None else None
        if num_pr is not None and num_id not in (None, "0"):
            ilvl = val(num_pr.find(f"{W}ilvl")) or "0"
            lists[val(style, "styleId") or ""] = (num_id or "", int(ilvl))
    return lists


def val(element: Any | None, name: str = "val") -> str | None:
    """The ``w:`` attribute ``name`` of a WordprocessingML element; None: no element or
    no such attribute."""
    if element is None:
        return None
    value = element.get(f"{W}{name}")
    return None if value is None else str(value)
