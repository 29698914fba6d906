"""A Strict Open XML workbook read as its transitional save.

Excel's "Strict Open XML Spreadsheet" save (ISO/IEC 29500 Strict) writes the same parts
as an ordinary .xlsx but names every namespace and relationship type under
http://purl.oclc.org/ooxml/ instead of http://schemas.openxmlformats.org/. openpyxl knows
only the transitional names and finds no sheet at all in a Strict package. The standard
pairs each Strict namespace with one transitional namespace, so the package is
rewritten in memory, name for name, before openpyxl reads it. Date cells Strict stores
as ISO 8601 values (t="d") openpyxl already reads as dates. Pure: no openpyxl here.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

_STRICT = b"http://purl.oclc.org/ooxml/"
_TRANSITIONAL = b"http://schemas.openxmlformats.org/"

# Strict namespace -> transitional namespace. A relationship type is its namespace
# and a name ('.../relationships/worksheet'), so it follows its namespace's entry.
STRICT_TO_TRANSITIONAL: dict[bytes, bytes] = {
    _STRICT + strict: _TRANSITIONAL + transitional
    for strict, transitional in (
        (b"spreadsheetml/main", b"spreadsheetml/2006/main"),
        (b"officeDocument/relationships", b"officeDocument/2006/relationships"),
        (b"officeDocument/sharedTypes", b"officeDocument/2006/sharedTypes"),
        (b"officeDocument/docPropsVTypes", b"officeDocument/2006/docPropsVTypes"),
        (b"officeDocument/extendedProperties", b"officeDocument/2006/extended-properties"),
        (b"officeDocument/customProperties", b"officeDocument/2006/custom-properties"),
        (b"officeDocument/math", b"officeDocument/2006/math"),
        (b"drawingml/main", b"drawingml/2006/main"),
        (b"drawingml/chart", b"drawingml/2006/chart"),
        (b"drawingml/chartDrawing", b"drawingml/2006/chartDrawing"),
        (b"drawingml/spreadsheetDrawing", b"drawingml/2006/spreadsheetDrawing"),
        (b"drawingml/picture", b"drawingml/2006/picture"),
        (b"drawingml/diagram", b"drawingml/2006/diagram"),
    )
}
# Longest first: 'drawingml/chartDrawing' before 'drawingml/chart'.
_ORDER = sorted(STRICT_TO_TRANSITIONAL, key=len, reverse=True)


def is_strict(path: Path) -> bool:
    """Whether the package's own relationships name its parts in Strict terms (the
    workbook itself is found through them, so they decide whether openpyxl sees it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return _STRICT in archive.read("_rels/.rels")
    except (KeyError, OSError, zipfile.BadZipFile):
        return False


def transitional(path: Path) -> Path | io.BytesIO:
    """The workbook as openpyxl can read it: the file itself, or a Strict package
    rewritten in memory with its transitional names (its size already checked)."""
    if not is_strict(path):
        return path
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith((".xml", ".rels")):
                data = _renamed(data)
            target.writestr(info, data)
    out.seek(0)
    return out


def _renamed(data: bytes) -> bytes:
    if _STRICT not in data:
        return data
    for strict in _ORDER:
        data = data.replace(strict, STRICT_TO_TRANSITIONAL[strict])
    return data
