"""A plan pasted into a Word report as an Excel worksheet object (word/embeddings/*.xlsx):
the document holds only the object's picture, the workbook holds the plan."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from openpyxl import Workbook

from importers import ImportFailure, ImportOptions, load
from importers.explain import explain_file

TODAY = ImportOptions(today=dt.date(2026, 12, 2))
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
OBJECT_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def _workbook() -> bytes:
    """The tracker as its author keeps it in Excel: a cover sheet, then the plan, the
    sheet shown when the workbook was pasted."""
    book = Workbook()
    book.active.title = "Cover"
    book.active.append(["Kept by the Head of Housing"])
    plan = book.create_sheet("Action plan")
    plan.append(["Recommendation 1: Publish the complaints policy"])
    plan.merge_cells("A1:D1")
    plan.append(["Ref", "Action", "Lead officer", "Target date"])
    plan.append(["1.1", "Publish the policy on the website", "Rachel Okoro", dt.date(2026, 9, 30)])
    plan.cell(3, 4).number_format = "dd/mm/yyyy"
    book.active = 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _report(
    path: Path, uri: str, content_type: str, rel: str, prog_id: str, blob: bytes = b""
) -> Path:
    """A report to Cabinet whose appendix is an object pasted between its paragraphs."""
    doc = Document()
    doc.add_paragraph("Report to Cabinet")
    doc.add_paragraph("1.1 To update Cabinet on the improvement plan.")
    part = doc.part
    blob = blob or (_workbook() if uri.endswith(".xlsx") else b"\xd0\xcf\x11\xe0" + bytes(60))
    rid = part.relate_to(Part(PackURI(uri), content_type, blob, part.package), rel)
    doc.add_paragraph()._p.append(
        parse_xml(
            f'<w:r {OBJECT_NS}><w:object><v:shape id="s1" o:ole=""/>'
            f'<o:OLEObject Type="Embed" ProgID="{prog_id}" ShapeID="s1" r:id="{rid}"/>'
            "</w:object></w:r>"
        )
    )
    doc.add_paragraph("Contact officer: Rachel Okoro")
    doc.save(str(path))
    return path


def test_a_worksheet_object_pasted_into_a_report_is_its_plan(tmp_path: Path) -> None:
    path = _report(
        tmp_path / "report.docx",
        "/word/embeddings/Microsoft_Excel_Worksheet.xlsx",
        XLSX,
        RT.PACKAGE,
        "Excel.Sheet.12",
    )
    (plan,) = load(path, TODAY).plans
    (rec,) = plan.recommendations
    (action,) = rec.actions
    assert (rec.ref, rec.text) == ("1", "Publish the complaints policy")
    assert (action.ref, action.text, action.leads, action.due) == (
        "1.1",
        "Publish the policy on the website",
        ["Rachel Okoro"],
        dt.date(2026, 9, 30),
    )
    assert plan.title == "Report to Cabinet"
    assert "1.1 To update Cabinet on the improvement plan." in plan.notes
    assert "Contact officer: Rachel Okoro" in plan.notes
    # the cover sheet is not what the object shows: none of its words are read
    assert "Head of Housing" not in plan.notes
    assert any(
        "the workbook embedded in the document ('Microsoft_Excel_Worksheet.xlsx'),"
        " its sheet 'Action plan'" in line
        for line in explain_file(path, TODAY)
    )


def test_an_old_excel_object_is_named_when_no_table_is_found(tmp_path: Path) -> None:
    path = _report(
        tmp_path / "report.docx",
        "/word/embeddings/oleObject1.bin",
        "application/vnd.openxmlformats-officedocument.oleObject",
        RT.OLE_OBJECT,
        "Excel.Sheet.8",
    )
    try:
        load(path, TODAY)
    except ImportFailure as failure:
        assert "an Excel object in the old format (oleObject1.bin)" in str(failure)
    else:
        raise AssertionError("a report with no table imported")


def test_a_damaged_workbook_object_beside_the_plan_table_refuses_nothing(tmp_path: Path) -> None:
    # an appendix pasted as an object that no longer opens: the plan in the report's
    # own table is still the plan, not a refusal over the appendix
    path = _report(
        tmp_path / "report.docx",
        "/word/embeddings/Microsoft_Excel_Worksheet.xlsx",
        XLSX,
        RT.PACKAGE,
        "Excel.Sheet.12",
        blob=b"PK\x03\x04 cut short",
    )
    doc = Document(str(path))
    table = doc.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Ref", "Action", "Lead"], strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ["1", "Publish the policy", "Rachel Okoro"], strict=True
    ):
        cell.text = text
    doc.save(str(path))
    (plan,) = load(path, TODAY).plans
    (action,) = [a for r in plan.recommendations for a in r.actions]
    assert (action.text, action.leads) == ("Publish the policy", ["Rachel Okoro"])


def test_the_embedded_workbook_is_opened_once(tmp_path: Path, monkeypatch: Any) -> None:
    # the sheet the object shows comes from the one read of the workbook: a large
    # workbook pasted into a report costs the import one load, not two
    import openpyxl

    opened: list[object] = []
    load_workbook = openpyxl.load_workbook

    def counted(*args: Any, **kwargs: Any) -> Any:
        opened.append(args[0])
        return load_workbook(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", counted)
    path = _report(
        tmp_path / "report.docx",
        "/word/embeddings/Microsoft_Excel_Worksheet.xlsx",
        XLSX,
        RT.PACKAGE,
        "Excel.Sheet.12",
    )
    (plan,) = load(path, TODAY).plans
    assert [r.text for r in plan.recommendations] == ["Publish the complaints policy"]
    assert len(opened) == 1
