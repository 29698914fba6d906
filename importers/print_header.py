"""Excel's print header and footer (Page Layout > Header & Footer), read as a Word
document's page header and footer are: a plan kept in Excel may print its title and the
day its progress is as at ("Position as at 30 November 2026") only there, printed on
every page and in no cell. The header's lines are the sheet's title rows, above its
table, so a position date there years the progress lines ("04/11 – …") as a title row's
would; the footer's lines are rows below it, kept in the plan's notes.

Excel writes each as one string of codes (``&L`` left section, ``&C`` centre, ``&R``
right, ``&"Arial,Bold"`` a font, ``&12`` a size, ``&P`` the page number, ``&N`` the
count of pages, ``&D`` the day printed, ``&&`` an ampersand): each section is read as a
line, the codes taken out, a page number ("Page &P of &N") no text.
"""

from __future__ import annotations

import re
from typing import Any

from importers.page_breaks import is_page_number

# The codes that open a section: left, centre, right
_SECTIONS = re.compile(r"&([LCR])")
# "Page &P of &N", "&P / &N", "&P": a page number, no words of the plan
_PAGE_NUMBER = re.compile(r"(?:\bpage\s*)?&P(?:\s*(?:of|/)\s*&N)?", re.IGNORECASE)
# A code printing what the sheet is when printed, never a word of it: the count of
# pages, the day and time printed, the file's path, name and sheet, a picture
_FIELD = re.compile(r"&[PNDTZFAG]")
# A code setting how the text looks: a font ('&"Arial,Bold"'), a size ('&12'), a
# colour ('&KFF0000', '&K01+000'), bold, italic, underline, struck, super/subscript
_FORMAT = re.compile(r'&"[^"]*"|&\d+|&K(?:[0-9A-Fa-f]{6}|\d\d[+-]\d{3})|&[BIUESXY]')
_AMPERSAND = "\ue001"  # where "&&" stood while the codes are taken out (private use)
_LEFT_AT_THE_ENDS = " \t|–—-"


def print_lines(code: str) -> list[str]:
    """The lines one header or footer prints, left section, centre, right, each as
    shown: '&LCouncil&RPosition as at 30 November 2026' is "Council" and "Position as
    at 30 November 2026"; 'Page &P of &N' is none."""
    code = code.replace("&&", _AMPERSAND)
    pieces = _SECTIONS.split(code)
    # the text before any section code is the centre's (Excel's default)
    sections = [pieces[0], *pieces[2::2]]
    return [line for line in map(_shown, sections) if line and not is_page_number(line)]


def _shown(section: str) -> str:
    """A section's text as printed, its page number and codes taken out."""
    text = _FIELD.sub(" ", _PAGE_NUMBER.sub(" ", _FORMAT.sub("", section)))
    lines = (" ".join(line.split()) for line in text.replace(_AMPERSAND, "&").splitlines())
    return "\n".join(line for line in lines if line).strip(_LEFT_AT_THE_ENDS)


def sheet_print_lines(ws: Any) -> tuple[list[str], list[str]]:
    """The lines a sheet prints above and below its cells: the first page's own header
    first where it has one, then every page's (and even pages' own), each line once.
    A sheet read for its text only (too large to load whole) has none."""
    setup = getattr(ws, "HeaderFooter", None)
    if setup is None:
        return [], []
    first = ["first"] if setup.differentFirst else []
    even = ["even"] if setup.differentOddEven else []
    kinds = [*first, "odd", *even]
    header = _lines_once(getattr(setup, f"{kind}Header") for kind in kinds)
    footer = _lines_once(getattr(setup, f"{kind}Footer") for kind in kinds)
    return header, [line for line in footer if line not in header]


def _lines_once(items: Any) -> list[str]:
    """The lines of each header or footer in turn, a line printed again read once."""
    seen: dict[str, None] = {}
    for item in items:
        for line in print_lines(str(item) if item is not None else ""):
            seen.setdefault(line, None)
    return list(seen)
