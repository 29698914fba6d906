"""Names in lead and responsible cells: splitting, initials and aliases.

"Marina Kitchen (MK)" anywhere in a plan teaches that MK means Marina
Kitchen everywhere in it, so aliases are collected from every people cell
before any is resolved.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DEFINES = re.compile(r"([A-Z][\w'’\-]*(?:[ \-]+[A-Z][\w'’\-]*)+)\s*\(([A-Z][A-Za-z]{0,4})\)")
_SPLIT = re.compile(r"\s*(?:/|&|;|,|\+|\n)\s*")
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_INITIALS = re.compile(r"^[A-Z](?:[A-Za-z]{0,3}[A-Z])?$")
_HYPHEN = re.compile(r"(?<=\w)\s*-\s+(?=\w)|(?<=\w)\s+-\s*(?=\w)")
_NOT_PEOPLE = {"n/a", "na", "tbc", "tba", "none", "-", "?", "all", "various"}
_PAREN_ALIAS = re.compile(r"\s*\([A-Z][A-Za-z]{0,4}\)\s*")


def collect_aliases(cells: list[str]) -> dict[str, str]:
    """Every "Full Name (XY)" in these cells, as alias → full name."""
    aliases: dict[str, str] = {}
    for cell in cells:
        for name, alias in _DEFINES.findall(cell):
            aliases.setdefault(alias, tidy(name))
    return aliases


def tidy(name: str) -> str:
    """Whitespace collapsed, "Butlin- Moran" joined, trailing punctuation dropped."""
    name = _HYPHEN.sub("-", " ".join(name.split()))
    return name.strip(" .,:;")


@lru_cache(maxsize=8192)
def split_names(cell: str) -> tuple[str, ...]:
    """The names a cell lists, aliases still unresolved."""
    if cell.strip().lower() in _NOT_PEOPLE:
        return ()
    parts: list[str] = []
    for piece in _SPLIT.split(_PAREN_ALIAS.sub(" ", cell + " ").strip()):
        parts.extend(_split_and(piece))
    out: list[str] = []
    for part in parts:
        out.extend(_split_initials(tidy(part)))
    return tuple(p for p in out if p and p.lower() not in _NOT_PEOPLE)


def _split_and(piece: str) -> list[str]:
    """Split on " and " only between two names, never inside "Learning and Development"."""
    sides = _AND.split(piece)
    if len(sides) > 1 and all(_is_full_name(s) or is_initials(s) for s in sides):
        return sides
    return [piece]


def _split_initials(piece: str) -> list[str]:
    """ "JH SMcL" is two people; "Jenny Butlin-Moran" is one."""
    tokens = piece.split()
    if len(tokens) > 1 and all(is_initials(t) for t in tokens):
        return tokens
    return [piece]


def _is_full_name(text: str) -> bool:
    tokens = text.strip().split()
    return 2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens)


def is_initials(text: str) -> bool:
    """Short upper-case abbreviations such as MK, BB, SMcL.

    Four or five capitals with no small letter ("BILL", "BASRA") are a name
    typed in capitals, not initials.
    """
    text = text.strip()
    if not _INITIALS.match(text) or sum(c.isupper() for c in text) < 2:
        return False
    return len(text) <= 3 or not text.isupper()


def resolve(
    names: tuple[str, ...] | list[str], aliases: dict[str, str]
) -> tuple[list[str], list[str]]:
    """Names with aliases replaced, and the initials that no alias explains."""
    resolved: list[str] = []
    unknown: list[str] = []
    for name in names:
        full = aliases.get(name, name)
        if full == name and is_initials(name):
            unknown.append(name)
        if full not in resolved:
            resolved.append(full)
    return resolved, unknown


def looks_like_names(values: list[str]) -> bool:
    """Most cells hold only people's names (one per line or separated)."""
    filled = [v for v in values if v.strip()]
    if not filled:
        return False
    good = sum(
        all(_is_full_name(n) or is_initials(n) for n in split_names(v))
        and bool(split_names(v))
        and not re.search(r"[.!?:]\s|\d", v)
        for v in filled
    )
    return good >= 0.7 * len(filled)


def canonical(names: list[str], spelling: dict[str, str]) -> list[str]:
    """One spelling per person across the plan: the first one met."""
    out = []
    for name in names:
        key = " ".join(name.split()).casefold()
        # all lower case is a typing habit, not a spelling: "bill basra" is Bill Basra
        spelling.setdefault(key, name.title() if name.islower() else name)
        out.append(spelling[key])
    return out
