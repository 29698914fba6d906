"""Text typed in a sheet's drawing (Insert > Text Box, a shape with words in it).

A plan may write its RAG key only in a text box floated over its title rows: no cell
holds any of it, and openpyxl drops the drawing's shapes when it loads the workbook.
Seen in hold-out 267: a fire and rescue service's HMICFRS plan whose key, "Green =
complete" / "Amber = in progress" / "Red = not started", was in a text box only.
"""

from __future__ import annotations

import io
import zipfile
from html import escape
from pathlib import Path

from openpyxl import Workbook

from tests.importers.test_import_rules import actions, plan_of

_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DRAWING_CT = "application/vnd.openxmlformats-officedocument.drawing+xml"

_HEADER = ["Ref", "Action", "Lead", "Target date", "RAG", "Update"]
_ROWS = [
    ["1.1", "Review the risk-based inspection programme.", "Head of Protection", "31/07/2026",
     "Green", "Programme agreed."],
    ["1.2", "Train crews in site-specific risk visits.", "Head of Response", "30/09/2026",
     "Amber", "Half the crews trained."],
    ["1.3", "Audit the risk information held on appliances.", "Head of Response", "31/03/2027",
     "Red", ""],
]  # fmt: skip
_KEY = ("RAG key", "Green = complete", "Amber = in progress", "Red = not started")


def _text_box(lines: tuple[str, ...]) -> str:
    """A drawing of one text box over columns H–J of the first rows, a paragraph a line,
    as Excel saves one."""
    paras = "".join(f"<a:p><a:r><a:t>{escape(line)}</a:t></a:r></a:p>" for line in lines)
    return (
        f'<xdr:wsDr xmlns:xdr="{_XDR}" xmlns:a="{_A}"><xdr:twoCellAnchor>'
        "<xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row>"
        "<xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0"
        "</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/>'
        '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/>'
        f"<xdr:txBody><a:bodyPr/><a:lstStyle/>{paras}</xdr:txBody></xdr:sp>"
        "<xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
    )


def _plan(tmp_path: Path, box: tuple[str, ...], also: str = "") -> Path:
    """A one-sheet plan with a text box holding ``box``, its words in no cell, and the
    drawing's anchors ``also`` after it."""
    book = Workbook()
    sheet = book.active
    sheet.title = "AFI action plan"
    sheet.append(["Fire and Rescue Service – HMICFRS Inspection: Improvement Plan"])
    sheet.append([])
    sheet.append(_HEADER)
    for row in _ROWS:
        sheet.append(row)
    raw = io.BytesIO()
    book.save(raw)
    path = tmp_path / "plan.xlsx"
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename).decode("utf-8")
            if info.filename == "xl/worksheets/sheet1.xml":
                link = f'<drawing xmlns:r="{_REL}" r:id="rId1"/>'
                data = data.replace("</worksheet>", f"{link}</worksheet>")
            elif info.filename == "[Content_Types].xml":
                name = "/xl/drawings/drawing1.xml"
                part = f'<Override PartName="{name}" ContentType="{_DRAWING_CT}"/>'
                data = data.replace("</Types>", f"{part}</Types>")
            out.writestr(info.filename, data)
        out.writestr(
            "xl/worksheets/_rels/sheet1.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/drawing" Target="../drawings/drawing1.xml"/>'
            "</Relationships>",
        )
        drawing = _text_box(box).replace("</xdr:wsDr>", f"{also}</xdr:wsDr>")
        out.writestr("xl/drawings/drawing1.xml", drawing)
    return path


def test_a_key_in_a_text_box_is_the_plans_key(tmp_path: Path) -> None:
    plan = plan_of(_plan(tmp_path, _KEY))
    assert [(a.ref, a.status, a.rag) for a in actions(plan)] == [
        ("1.1", "done", "green"),
        ("1.2", "in_progress", "amber"),
        ("1.3", "not_started", "red"),
    ]


def test_a_text_boxs_words_are_kept_in_the_plans_notes(tmp_path: Path) -> None:
    box = ("Draft for the Audit and Scrutiny Committee", "Owners to update by 1 December")
    plan = plan_of(_plan(tmp_path, box))
    assert "Draft for the Audit and Scrutiny Committee\nOwners to update by 1 December" in (
        plan.notes
    )
    # no key there: a Green rating is read as the rules read it with none
    assert [a.status for a in actions(plan)][0] == "in_progress"


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_SLICER_STAND_IN = (
    "This shape represents a table slicer. Table slicers are supported in Excel or later."
)


def _slicer() -> str:
    """A slicer as Excel saves one in the drawing: the slicer for Excel 2013 on, and a
    shape of its words for older programs to show instead."""
    return (
        f'<xdr:twoCellAnchor xmlns:mc="{_MC}"><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0'
        "</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to>"
        "<xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0"
        "</xdr:rowOff></xdr:to><mc:AlternateContent>"
        '<mc:Choice xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer"'
        ' Requires="sle15"><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>'
        '<xdr:cNvPr id="3" name="RAG"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
        "<xdr:xfrm/><a:graphic><a:graphicData"
        ' uri="http://schemas.microsoft.com/office/drawing/2010/slicer"/></a:graphic>'
        "</xdr:graphicFrame></mc:Choice><mc:Fallback>"
        '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="0" name=""/>'
        "<xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:lstStyle/>"
        f"<a:p><a:r><a:t>{_SLICER_STAND_IN}</a:t></a:r></a:p></xdr:txBody></xdr:sp>"
        "</mc:Fallback></mc:AlternateContent><xdr:clientData/></xdr:twoCellAnchor>"
    )


# Excel saves what older programs cannot show (a slicer, a timeline, a chart of the new
# kinds) with a stand-in shape of its own words under mc:Fallback: no words of the plan.
def test_a_stand_in_for_older_programs_is_no_text_box(tmp_path: Path) -> None:
    plan = plan_of(_plan(tmp_path, _KEY, also=_slicer()))
    assert "This shape represents a table slicer" not in plan.notes
    assert "RAG key\nGreen = complete" in plan.notes


def _form_control(name: str, label: str, row: int) -> str:
    """A form control's copy in the drawing, as Excel 2010 on saves one beside the VML
    shape Excel draws: hidden, its label in its words."""
    return (
        f'<mc:AlternateContent xmlns:mc="{_MC}"><mc:Choice'
        ' xmlns:a14="http://schemas.microsoft.com/office/drawing/2010/main" Requires="a14">'
        f'<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0'
        f"</xdr:colOff><xdr:row>{row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to>"
        f"<xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row + 1}</xdr:row>"
        '<xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr>'
        f'<xdr:cNvPr id="{1025 + row}" name="{name}" hidden="1"/><xdr:cNvSpPr/></xdr:nvSpPr>'
        "<xdr:spPr/><xdr:txBody><a:bodyPr/><a:lstStyle/>"
        f"<a:p><a:r><a:t>{label}</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/>"
        "</xdr:twoCellAnchor></mc:Choice><mc:Fallback/></mc:AlternateContent>"
    )


# A tracker's check boxes and buttons are drawn from the legacy VML drawing (their state
# read by importers.form_boxes); the copy Excel keeps in the drawing is hidden, and its
# labels ("Check Box 3", a button's "Add a new action") are no words the sheet shows.
def test_a_hidden_shape_such_as_a_form_controls_copy_is_not_read(tmp_path: Path) -> None:
    controls = "".join(_form_control(f"Check Box {n}", f"Check Box {n}", n + 2) for n in (1, 2, 3))
    controls += _form_control("Button 4", "Add a new action", 8)
    plan = plan_of(_plan(tmp_path, _KEY, also=controls))
    assert "Check Box" not in plan.notes
    assert "Add a new action" not in plan.notes
    assert "RAG key\nGreen = complete" in plan.notes
