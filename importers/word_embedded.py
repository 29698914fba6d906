"""Workbooks pasted into a Word document as objects (Paste Special > Microsoft Excel
Worksheet Object). Word shows only a picture of the object and keeps the whole workbook
as a part of the document (word/embeddings/*.xlsx or *.xlsm), so none of the plan's words
are in the document's text: the sheet the object shows is read with the workbook reader
and stands where the object sits, as a table of the document would.

An object Word keeps in the old OLE format (word/embeddings/oleObject1.bin: an Excel
97-2003 sheet, or any other program's object) is not read: it is named when the document
holds no plan table, so the user knows where the plan is and how to get it out."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from importers.errors import ImportFailure
from importers.read import Sheet, xlsx_sheets
from importers.word_numbers import W

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
EMBEDDINGS = "/word/embeddings/"
O_NS = "urn:schemas-microsoft-com:office:office"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True)
class Embedded:
    """The sheet an embedded workbook shows, and the name of the workbook's part."""

    name: str
    sheet: Sheet

    def how(self) -> str:
        """How the table was read, for ``import --explain``."""
        return (
            f"the table where the object sits read from the workbook embedded in the"
            f" document ({self.name!r}), its sheet {self.sheet.name!r}"
        )


def embedded_sheets(document: Any, name: str) -> dict[Any, list[Embedded]]:
    """Each body paragraph holding an embedded workbook's object, with the sheet each of
    its workbooks shows. ``name``: the document's, to say which file a failure is in."""
    workbooks = {
        rid: rel.target_part
        for rid, rel in document.part.rels.items()
        if not rel.is_external and _is_workbook(str(rel.target_part.partname))
    }
    if not workbooks:  # most documents: no second pass over the body
        return {}
    # a document with a table of its own may hold its plan there: an object that cannot
    # be read beside it is skipped, never the reason the document is refused
    beside_a_table = document.element.body.find(f".//{W}tbl") is not None
    found: dict[Any, list[Embedded]] = {}
    for element in document.element.body.xpath(".//*[@r:id]"):
        part = workbooks.get(element.get(R_ID))
        paragraph = next(element.iterancestors(f"{W}p"), None)
        read = (
            _read(part, name, beside_a_table)
            if part is not None and paragraph is not None
            else None
        )
        if read is not None:
            found.setdefault(paragraph, []).append(read)
    return found


def _is_workbook(partname: str) -> bool:
    return partname.startswith(EMBEDDINGS) and partname.lower().endswith(WORKBOOK_SUFFIXES)


def _read(part: Any, document: str, beside_a_table: bool) -> Embedded | None:
    """The sheet the workbook was showing when it was pasted (its active sheet: the one
    the object's picture shows), read as any workbook's sheet is; None for a workbook of
    charts alone (a chart object's), which has no sheet of cells."""
    name = PurePosixPath(str(part.partname)).name
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(part.blob)
        try:
            sheets = xlsx_sheets(path, None)
        except ImportFailure as failure:
            if beside_a_table:
                return None
            raise ImportFailure(f"{document}: its embedded workbook {failure}") from None
    sheet = next((s for s in sheets if s.active), sheets[0] if sheets else None)
    return Embedded(name, sheet) if sheet is not None else None


def old_excel_objects(path: Path) -> list[str]:
    """The part names of the document's Excel objects kept in the old OLE format
    (ProgID 'Excel.Sheet.8', 'Excel.Sheet.5'…, stored as oleObjectN.bin): not read."""
    from docx import Document

    document = Document(str(path))
    rels = document.part.rels
    names = []
    for ole in document.element.body.iter(f"{{{O_NS}}}OLEObject"):
        rel = rels.get(ole.get(R_ID) or "")
        if (ole.get("ProgID") or "").startswith("Excel.") and rel is not None:
            partname = str(rel.target_part.partname) if not rel.is_external else ""
            if partname.lower().endswith(".bin"):
                names.append(PurePosixPath(partname).name)
    return names


def old_objects_told(path: Path) -> str:
    """What to add to "no table found" where the plan may be in such an object."""
    names = ", ".join(old_excel_objects(path))
    return (
        f"; it holds an Excel object in the old format ({names}), which is not read:"
        " open it in Excel, save it as a workbook (.xlsx) and import that"
        if names
        else ""
    )
