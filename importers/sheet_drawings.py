"""The words typed in a sheet's drawing: its text boxes and shapes with text in them.

A plan may write its RAG key only in a text box (Insert > Text Box) floated over its
title rows ("Green = complete" / "Amber = in progress" / "Red = not started"), in no
cell (hold-out 267's fire and rescue plan). openpyxl drops a drawing's shapes when it
loads a workbook, so the sheet's drawing part is read here: each shape's text, a line
a paragraph, is the sheet's words as much as a cell's are. They are read as a key where
they are one, and kept with the plan's notes, so that none is lost.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from importers.form_boxes import relationships
from importers.unsaved_formulas import local_name, sheet_titles


def drawn_texts(path: Path) -> dict[str, list[str]]:
    """By sheet title, the text of each shape its drawing holds, in the drawing's order,
    its paragraphs a line each. A package with no drawing costs one look at its part
    names; one not laid out as Excel lays it out (broken XML, a missing part) has none."""
    try:
        return _drawn_texts(path)
    except (KeyError, ValueError, SyntaxError):  # ParseError is a SyntaxError
        return {}


def _drawn_texts(path: Path) -> dict[str, list[str]]:
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if not any(n.startswith("xl/drawings/drawing") for n in names):
            return {}
        found: dict[str, list[str]] = {}
        for part, title in sheet_titles(archive).items():
            texts = _sheet_texts(archive, part, names)
            if texts:
                found[title] = texts
    return found


def _sheet_texts(archive: zipfile.ZipFile, part: str, names: set[str]) -> list[str]:
    """The texts of the shapes in one sheet's drawings (a sheet links one, as Excel saves)."""
    rels = f"{posixpath.dirname(part)}/_rels/{posixpath.basename(part)}.rels"
    if rels not in names:
        return []
    targets = relationships(archive, rels, posixpath.dirname(part)).values()
    drawings = [t for t, kind in targets if kind == "drawing" and t in names]
    return [text for d in drawings for text in _shape_texts(archive.read(d))]


def _shape_texts(xml: bytes) -> list[str]:
    """Each shape's words (``xdr:sp`` with a ``txBody``, a grouped one too), blank
    paragraphs and shapes with no words left out."""
    texts = []
    for body in _text_bodies(ElementTree.fromstring(xml)):
        lines = (_paragraph(p) for p in body if local_name(p.tag) == "p")
        text = "\n".join(line for line in lines if line)
        if text:
            texts.append(text)
    return texts


def _text_bodies(element: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The text bodies under ``element``, as Excel reads them: not those of a stand-in
    (``mc:Fallback``) Excel saves for older programs beside what they cannot show ("This
    shape represents a table slicer …", a timeline's, a new kind of chart's), Excel's
    own words, not the plan's."""
    for child in element:
        name = local_name(child.tag)
        if name == "txBody":
            yield child
        elif name != "Fallback" and not _hidden(child):
            yield from _text_bodies(child)


def _hidden(shape: ElementTree.Element) -> bool:
    """Whether a shape or group is hidden (its ``cNvPr hidden``): it shows nothing, as
    the copy Excel keeps in the drawing of a form control's check box or button, which
    shows from the legacy VML drawing, its label ("Check Box 3") no word of the plan."""
    for properties in shape:
        if local_name(properties.tag).startswith("nv"):
            for own in properties:
                if local_name(own.tag) == "cNvPr":
                    return own.get("hidden") in ("1", "true")
    return False


def _paragraph(p: ElementTree.Element) -> str:
    """A paragraph's runs joined as shown (a line break ``a:br`` a space), trimmed."""
    parts = [
        (e.text or "") if local_name(e.tag) == "t" else " "
        for e in p.iter()
        if local_name(e.tag) in ("t", "br")
    ]
    return " ".join("".join(parts).split())
