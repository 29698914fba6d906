"""The paragraphs a Word document marks as its headings.

An author marks a heading either with Word's heading styles ("Heading 2", or any
style of an outline level) or by setting a short line in bold on its own. The mark
is the evidence a response document gives of its sections: a standard's heading
("Safety and quality: stock condition and repairs") over its sub-headings, bullets
and table, as against the caption repeated over every table ("What we will do
next") and the bullets under it (see ``word.headings_brought_down``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from importers.word_numbers import W, val

_HEADING_NAME = re.compile(r"heading [1-9]", re.IGNORECASE)
BODY_LEVEL = 9  # Word's outline level of body text: no heading
BOLD_HEADING_CHARS = 100  # a bold line heading a section is a line, not a bold sentence


class MarkedHeading(str):
    """A paragraph the document marks as a heading (a heading style, or a short line
    all in bold standing alone)."""


class StyledHeading(MarkedHeading):
    """A heading marked by Word's heading styles or an outline level: the author's own
    sections, where a line merely set in bold may be a sub-heading inside one."""


class HeadingStyles:
    """The document's paragraph styles that mark a heading, and those set in bold."""

    def __init__(self, styles_xml: Any | None) -> None:
        self.headings: set[str] = set()
        self.bold: set[str] = set()
        if styles_xml is None:
            return
        styles = {val(s, "styleId") or "": s for s in styles_xml.iterfind(f"{W}style")}
        for style_id in styles:
            if inherits(styles, style_id, _heads):
                self.headings.add(style_id)
            if inherits(styles, style_id, _bold_style):
                self.bold.add(style_id)

    def mark(self, p: Any, text: str) -> type[MarkedHeading] | None:
        """How paragraph ``p`` (a ``w:p``), reading ``text``, is marked a heading: by a
        heading style, by bold alone, or None: not."""
        if not text or "\n" in text:
            return None
        style = val(p.find(f"{W}pPr/{W}pStyle")) or ""
        if style in self.headings or _outline_level(p.find(f"{W}pPr")) < BODY_LEVEL:
            return StyledHeading
        if len(text) <= BOLD_HEADING_CHARS and self._all_bold(p, style):
            return MarkedHeading
        return None

    def _all_bold(self, p: Any, style: str) -> bool:
        """Every run with text set in bold, by itself or by the paragraph's style."""
        runs = [r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t"))]
        if not runs:
            return False
        return all(is_on(r.find(f"{W}rPr/{W}b"), style in self.bold) for r in runs)


def inherits(styles: dict[str, Any], style_id: str, test: Callable[[Any], bool | None]) -> bool:
    """Whether the style or one it is based on passes ``test`` (at most 10 deep)."""
    for _ in range(10):
        style = styles.get(style_id)
        if style is None:
            return False
        found = test(style)
        if found is not None:
            return bool(found)
        style_id = val(style.find(f"{W}basedOn")) or ""
    return False


def _heads(style: Any) -> bool | None:
    """A heading style by its name ("heading 2") or its outline level; None: unsaid."""
    if style.get(f"{W}type") != "paragraph":
        return False
    name = val(style.find(f"{W}name")) or ""
    if _HEADING_NAME.fullmatch(name):
        return True
    level = style.find(f"{W}pPr/{W}outlineLvl")
    return None if level is None else _outline_level(style.find(f"{W}pPr")) < BODY_LEVEL


def _bold_style(style: Any) -> bool | None:
    b = style.find(f"{W}rPr/{W}b")
    return None if b is None else is_on(b, False)


def _outline_level(ppr: Any | None) -> int:
    level = val(ppr.find(f"{W}outlineLvl")) if ppr is not None else None
    return int(level) if level is not None and level.isdigit() else BODY_LEVEL


def is_on(toggle: Any | None, default: bool) -> bool:
    """A toggle property (``w:b``): on unless its value says off; ``default`` unset."""
    if toggle is None:
        return default
    return val(toggle) not in ("0", "false", "off")
