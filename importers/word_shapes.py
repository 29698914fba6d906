"""Shapes drawn in a Word table cell: the cell's colour, as its shading is.

Some plans write nothing in a RAG cell but draw a shape in it (Insert > Shapes > Oval,
filled blue, green, amber or red, floated in the cell) and key the colours in a line
over the table. To a reader the cell shows the shape's colour as a shaded cell shows
its own, so a cell whose shapes are filled solid in a rating's colour is read as shaded
in that colour: the fill → RAG rules and the plan's key then apply alike.

Word 2010 and later save a shape twice, inside ``mc:AlternateContent``: the DrawingML
shape (``wps:wsp``) in its ``mc:Choice`` and a VML copy (``v:oval``; ``v:shape`` of the
shape's type for the others, "#_x0000_t120" a flowchart connector) in its
``mc:Fallback`` for Word 2007. They are one shape, read once: the Choice's solid fill
where it is an RGB; else the copy's ``fillcolor``, where Word writes the RGB of a theme
colour the Choice only names ("accent6", shaded by lumMod); else, no copy read, that
theme colour as the document's theme (``word/theme/theme1.xml``) shows it. A shape saved
by Word 2007 (VML alone) or with no copy (DrawingML alone) is read as it is. Only a
lamp (an oval or a box) stands in for the cell's colour: an arrow drawn in a
direction-of-travel column is a trend. Shapes of no rating's colour (a grey
lamp of a drawn traffic light) say nothing; shapes of two ratings' colours in one cell
rate it neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from importers.colours import rag_of_rgb, scheme_rgb
from importers.word_boxes import MC
from importers.word_numbers import W

WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
V = "{urn:schemas-microsoft-com:vml}"
# The shapes a plan draws as a lamp, standing in for the cell's colour: ovals and boxes.
# An arrow (a green up arrow in a direction-of-travel column), a star or a freeform says
# something of its own, a trend or a mark, and rates nothing (Word saves those in VML as
# a ``v:shape`` of the arrow's type, so that element is never one).
_LAMPS = frozenset(
    ("ellipse", "rect", "roundRect", "flowChartConnector", "flowChartProcess",
     "flowChartAlternateProcess")
)  # fmt: skip
_VML_SHAPES = tuple(f"{V}{name}" for name in ("oval", "rect", "roundrect", "shape"))
# A VML ``v:shape`` is drawn as its type, "#_x0000_t120" the preset numbered 120: the
# lamps' numbers (1 rectangle, 2 rounded, 3 ellipse, 109 flowchart process, 120
# connector, 176 alternate process); an arrow (68 up, 67 down) or a freeform is none
_VML_LAMP_TYPES = frozenset(("1", "2", "3", "109", "120", "176"))
_VML_TYPE = re.compile(r"#?_x0000_t(\d+)$")
_VML_COLOUR = re.compile(r"#?([0-9a-fA-F]{6})\b")
_PERCENT = 100_000.0  # DrawingML writes a fraction in thousandths of a percent


def shape_rgb(tc: Any, theme: dict[str, str] | None = None) -> str | None:
    """The RGB of the rating's colour the shapes drawn in a cell (``w:tc``) are filled
    with, or None where they show no rating's colour, or two ratings' colours. ``theme``:
    the document's theme colours by name, for a shape filled in one with no RGB copy."""
    rated = {rgb: rag for rgb in _drawn_fills(tc, theme or {}) if (rag := rag_of_rgb(rgb))}
    return next(iter(rated)) if len(set(rated.values())) == 1 else None


def _drawn_fills(tc: Any, theme: dict[str, str]) -> Iterator[str]:
    """The solid fills of the shapes drawn in the cell's own paragraphs (a table inside
    it has cells of its own), each shape once."""
    for drawn in (*tc.iter(f"{MC}AlternateContent"), *tc.iter(f"{W}pict", f"{W}drawing")):
        if _in_cell(drawn, tc) and not _an_alternate(drawn, tc):
            yield from _fills(drawn, theme)


def _fills(drawn: Any, theme: dict[str, str]) -> list[str]:
    """The fills of one shape: a ``w:drawing`` (DrawingML), a ``w:pict`` (VML), or the
    two alternates of ``mc:AlternateContent``: its Choice's RGB fills, else its VML
    copy's (Word's own RGB of a theme colour), else its Choice's theme colours."""
    if drawn.tag == f"{W}drawing":
        return _drawingml_fills(drawn, theme)
    if drawn.tag == f"{W}pict":
        return _vml_fills(drawn)
    choice, fallback = drawn.find(f"{MC}Choice"), drawn.find(f"{MC}Fallback")
    fills = _drawingml_fills(choice, {}) if choice is not None else []
    fills = fills or (_vml_fills(fallback) if fallback is not None else [])
    return fills or (_drawingml_fills(choice, theme) if choice is not None else [])


def _drawingml_fills(branch: Any, theme: dict[str, str]) -> list[str]:
    """The solid fills of the DrawingML lamp shapes in ``branch``: an RGB as written, a
    theme colour as ``theme`` shows it (none without it)."""
    lamps = (sp for sp in branch.iterfind(f".//{WPS}spPr") if _geometry(sp) in _LAMPS)
    fills = (c for sp in lamps for c in sp.iterfind(f"{A}solidFill/*"))
    return [rgb for colour in fills if (rgb := _drawingml_rgb(colour, theme))]


def _drawingml_rgb(colour: Any, theme: dict[str, str]) -> str:
    """The RGB of a DrawingML colour: ``a:srgbClr``'s value, or ``a:schemeClr``'s theme
    colour shaded by its lumMod and lumOff; "" for any other (a system colour, a preset)."""
    if colour.tag == f"{A}srgbClr":
        return str(colour.get("val") or "")
    if colour.tag != f"{A}schemeClr" or not theme:
        return ""
    mod, off = (_fraction(colour.find(f"{A}{name}")) for name in ("lumMod", "lumOff"))
    return scheme_rgb(theme, str(colour.get("val") or ""), 1.0 if mod is None else mod, off or 0.0)


def _fraction(element: Any | None) -> float | None:
    """A DrawingML percentage as a fraction: "75000" (thousandths of a percent, as Word
    writes it) or "75%" (Strict); None where absent or unreadable."""
    value = "" if element is None else str(element.get("val") or "")
    try:
        return float(value[:-1]) / 100 if value.endswith("%") else int(value) / _PERCENT
    except ValueError:
        return None


def _geometry(sp_pr: Any) -> str | None:
    """The preset a DrawingML shape is drawn as ("ellipse", "upArrow"); None freeform."""
    preset = sp_pr.find(f"{A}prstGeom")
    return None if preset is None else preset.get("prst")


def _vml_fills(branch: Any) -> list[str]:
    """The fill colours of the filled VML shapes in ``branch`` ("#00b050", or
    "#70ad47 [3209]" for a theme colour)."""
    fills = []
    for shape in branch.iter(*_VML_SHAPES):
        match = _VML_COLOUR.match(shape.get("fillcolor") or "")
        filled = shape.get("filled", "t") not in ("f", "false")
        if match and filled and _vml_lamp(shape):
            fills.append(match[1].upper())
    return fills


def _vml_lamp(shape: Any) -> bool:
    """Whether a VML shape is a lamp: an oval or a box, or a ``v:shape`` of a lamp's
    type (a flowchart connector); a ``v:shape`` of another type, an arrow, is none."""
    if shape.tag != f"{V}shape":
        return True
    found = _VML_TYPE.match(shape.get("type") or "")
    return found is not None and found[1] in _VML_LAMP_TYPES


def _in_cell(element: Any, tc: Any) -> bool:
    """Whether ``element``'s nearest cell is ``tc`` (not a cell of a table inside it)."""
    return next(element.iterancestors(f"{W}tc"), None) is tc


def _an_alternate(element: Any, tc: Any) -> bool:
    """Whether ``element`` is inside an ``mc:AlternateContent`` of the cell (read there)."""
    return any(a.tag == f"{MC}AlternateContent" for a in _up_to(element, tc))


def _up_to(element: Any, tc: Any) -> Iterator[Any]:
    """The ancestors of ``element`` below ``tc``."""
    for ancestor in element.iterancestors():
        if ancestor is tc:
            return
        yield ancestor
