"""Excel's form control check boxes (Developer > Insert > Check Box) read as the box
each shows in the cell it is drawn over.

A box linked to no cell keeps its state only in the sheet's drawing: the cell under it
is empty, yet the plan says "done" by ticking it (hold-out 255's school plan, a
"Completed" column of boxes). Excel writes each box in the legacy VML drawing (its
x:Anchor and x:Checked) and, since Excel 2010, in the sheet's <controls> too (anchored
by its from-cell) with a ctrlProp part holding checked="Checked". A ticked box reads as
"☑" and an empty one as "☐", the boxes the rules already read in a "Done" column. A
box linked to a cell adds nothing: Excel writes its state there, TRUE or FALSE, and
the cell is read as any checkbox column is. A box shown half-ticked ("Mixed") says
neither and is left out.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree
from xml.etree.ElementTree import iterparse

from importers.unsaved_formulas import local_name, resolved, sheet_titles

Cell = tuple[int, int]  # (row, column), 0-based as the drawing anchors them
TICKED, EMPTY = "☑", "☐"
# VML as Excel writes it is not always well-formed XML (a bare <br> in a shape's text),
# so each check box's client data is found by pattern, not parsed.
_VML_BOX = re.compile(
    r"<(?:\w+:)?ClientData\b[^>]*ObjectType=[\"']Checkbox[\"'][^>]*>(.*?)</(?:\w+:)?ClientData>",
    re.DOTALL | re.IGNORECASE,
)


def boxes_shown(path: Path) -> dict[str, dict[Cell, str]]:
    """By sheet title, what each check box linked to no cell shows in the cell it is
    drawn over: "☑" or "☐". A package with no box costs one look at its part names;
    one not laid out as Excel lays it out (broken XML, a missing part) shows none."""
    try:
        return _boxes_shown(path)
    except (KeyError, ValueError, SyntaxError):  # ParseError is a SyntaxError
        return {}


def with_boxes_shown(rows: list[list[str]], shown: dict[Cell, str], width: int) -> None:
    """Each box written into the cell it is drawn over, if that cell is empty: a cell
    with text keeps it (the box is drawn over words it does not replace)."""
    for (row, column), mark in shown.items():
        if row >= len(rows) or column >= width:
            continue
        cells = rows[row]
        cells.extend([""] * (column + 1 - len(cells)))
        if not cells[column].strip():
            cells[column] = mark


def _boxes_shown(path: Path) -> dict[str, dict[Cell, str]]:
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if not any(n.endswith(".vml") or "/ctrlProps/" in n for n in names):
            return {}
        found: dict[str, dict[Cell, str]] = {}
        for part, title in sheet_titles(archive).items():
            shown = _sheet_boxes(archive, part, names)
            if shown:
                found[title] = shown
    return found


def _sheet_boxes(archive: zipfile.ZipFile, part: str, names: set[str]) -> dict[Cell, str]:
    """One sheet's boxes: the VML drawing's, then the <controls> list's over them (the
    newer record, where a program kept both)."""
    rels = f"{posixpath.dirname(part)}/_rels/{posixpath.basename(part)}.rels"
    if rels not in names:
        return {}
    targets = relationships(archive, rels, posixpath.dirname(part))
    shown: dict[Cell, str] = {}
    for target, kind in targets.values():
        if kind == "vmlDrawing" and target in names:
            shown.update(_vml_boxes(archive.read(target).decode("utf-8", "replace")))
    props = {rid: t for rid, (t, kind) in targets.items() if kind == "ctrlProp" and t in names}
    if props:
        shown.update(_control_boxes(archive, part, props))
    return shown


def relationships(archive: zipfile.ZipFile, rels: str, folder: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (the part it names, its type's last word)."""
    return {
        rel.get("Id", ""): (
            resolved(folder, rel.get("Target", "")),
            rel.get("Type", "").rpartition("/")[2],
        )
        for rel in ElementTree.fromstring(archive.read(rels))
    }


def _vml_boxes(vml: str) -> dict[Cell, str]:
    """The legacy drawing's check boxes linked to no cell, by the cell at their top
    left: x:Anchor 'column, dx, row, dy, …' (or x:Row and x:Column), x:Checked 1."""
    shown: dict[Cell, str] = {}
    for box in _VML_BOX.finditer(vml):
        data = box[1]
        cell = _vml_cell(data)
        checked = _vml_value(data, "Checked") or "0"
        if cell is None or _vml_value(data, "FmlaLink") or checked not in ("0", "1"):
            continue
        shown[cell] = TICKED if checked == "1" else EMPTY
    return shown


def _vml_cell(data: str) -> Cell | None:
    """The cell a VML shape's top left corner is in."""
    anchor = (_vml_value(data, "Anchor") or "").split(",")
    if len(anchor) >= 4 and anchor[0].strip().isdigit() and anchor[2].strip().isdigit():
        return int(anchor[2]), int(anchor[0])
    row, column = _vml_value(data, "Row"), _vml_value(data, "Column")
    if row and column and row.isdigit() and column.isdigit():
        return int(row), int(column)
    return None


def _vml_value(data: str, name: str) -> str | None:
    """One x:Name element's text in a shape's client data."""
    found = re.search(rf"<(?:\w+:)?{name}\b[^>]*>(.*?)</(?:\w+:)?{name}>", data, re.DOTALL)
    return found[1].strip() if found else None


def _control_boxes(archive: zipfile.ZipFile, part: str, props: dict[str, str]) -> dict[Cell, str]:
    """The sheet's <controls> check boxes linked to no cell, by their from-cell, each
    read from its ctrlProp part (objectType="CheckBox", checked="Checked")."""
    shown: dict[Cell, str] = {}
    for rid, cell in _control_cells(archive, part).items():
        if rid not in props:
            continue
        prop = ElementTree.fromstring(archive.read(props[rid]))
        checked = prop.get("checked", "Unchecked")
        if prop.get("objectType") != "CheckBox" or prop.get("fmlaLink") or checked == "Mixed":
            continue
        shown[cell] = TICKED if checked == "Checked" else EMPTY
    return shown


def _control_cells(archive: zipfile.ZipFile, part: str) -> dict[str, Cell]:
    """Each <control>'s relationship id and the cell its anchor's <from> is in. The
    sheet is streamed: its rows are cleared as they pass, the list comes after them."""
    cells: dict[str, Cell] = {}
    with archive.open(part) as xml:
        for _, element in iterparse(xml):
            tag = local_name(element.tag)
            if tag == "row":
                element.clear()
            elif tag == "control":
                cell = _from_cell(element)
                rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), "")
                if cell is not None and rid:
                    cells[rid] = cell
    return cells


def _from_cell(control: ElementTree.Element) -> Cell | None:
    """The (row, column) of a control anchor's <from>."""
    for start in control.iter():
        if local_name(start.tag) == "from":
            values = {local_name(e.tag): (e.text or "").strip() for e in start}
            row, column = values.get("row", ""), values.get("col", "")
            return (int(row), int(column)) if row.isdigit() and column.isdigit() else None
    return None
