"""Excel's form control check boxes (Developer > Insert > Check Box) drawn over a
"Completed" column (hold-out 255's school plan): a box linked to no cell keeps its state
only in the sheet's drawing, the cell under it empty, yet the plan says the action is done
by ticking it. Each box reads as the box it shows in its cell, ticked ☑ or empty ☐."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write_workbook

SHEET = "xl/worksheets/sheet1.xml"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"
XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
ROWS: list[list[object]] = [
    ["Ref", "Action", "Lead", "By when", "Completed", "Monitoring notes"],
    ["1.1", "Train staff in phonics.", "L Greaves", dt.date(2026, 10, 31), None, "All attended."],
    ["1.2", "Assess phonics termly.", "L Greaves", dt.date(2026, 12, 18), None, "17 in catch-up."],
    ["1.3", "Buy reading books.", "Sam Whitfield", dt.date(2026, 11, 30), None, None],
]  # fmt: skip
# (0-based row, 0-based column, ticked, the cell the box is linked to or None)
Box = tuple[int, int, bool, str | None]
UNLINKED: list[Box] = [(1, 4, True, None), (2, 4, False, None), (3, 4, False, None)]


def with_boxes(path: Path, boxes: list[Box], ctrl_props: bool = True) -> Path:
    """The workbook with check boxes as Excel saves them: always a VML drawing (the
    box's x:Anchor and x:Checked); since Excel 2010 also the sheet's <controls>, each
    anchored by its from-cell, with a ctrlProp part holding checked="Checked"."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    rels = [f'<Relationship Id="rId1" Type="{RELS}/vmlDrawing" Target="../drawings/d1.vml"/>']
    parts["xl/drawings/d1.vml"] = _vml(boxes).encode()
    controls = ""
    for i, (row, col, ticked, link) in enumerate(boxes if ctrl_props else [], start=2):
        linked = f' fmlaLink="{link}"' if link else ""
        state = ' checked="Checked"' if ticked else ""
        parts[f"xl/ctrlProps/ctrlProp{i}.xml"] = (
            f'<formControlPr xmlns="{X14}" objectType="CheckBox"{state}{linked}/>'
        ).encode()
        prop = f"../ctrlProps/ctrlProp{i}.xml"
        rels.append(f'<Relationship Id="rId{i}" Type="{RELS}/ctrlProp" Target="{prop}"/>')
        controls += (
            f'<control shapeId="{1023 + i}" r:id="rId{i}"><controlPr><anchor><from>'
            f"<xdr:col>{col}</xdr:col><xdr:colOff>152400</xdr:colOff>"
            f"<xdr:row>{row}</xdr:row><xdr:rowOff>38100</xdr:rowOff></from></anchor>"
            "</controlPr></control>"
        )
    parts["xl/worksheets/_rels/sheet1.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    ).encode()
    tail = f'<legacyDrawing xmlns:r="{RELS}" r:id="rId1"/>'
    if controls:
        tail += f'<controls xmlns:r="{RELS}" xmlns:xdr="{XDR}">{controls}</controls>'
    parts[SHEET] = parts[SHEET].replace(b"</worksheet>", f"{tail}</worksheet>".encode())
    out = path.with_name(f"boxed-{path.name}")
    with zipfile.ZipFile(out, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return out


def _vml(boxes: list[Box]) -> str:
    """The legacy drawing: one shape a box, anchored 'col, dx, row, dy, …' (0-based).
    Excel's VML is not always well-formed XML: a bare <br> inside a shape's text."""
    shapes = ""
    for row, col, ticked, link in boxes:
        shapes += (
            '<v:shape type="#_x0000_t201"><v:textbox><div>Tick<br></div></v:textbox>'
            f'<x:ClientData ObjectType="Checkbox"><x:Anchor>{col}, 16, {row}, 3, {col}, 40, '
            f"{row}, 18</x:Anchor>{'<x:Checked>1</x:Checked>' if ticked else ''}"
            f"{f'<x:FmlaLink>{link}</x:FmlaLink>' if link else ''}<x:NoThreeD/></x:ClientData>"
            "</v:shape>"
        )
    return (
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:x="urn:schemas-microsoft-com:office:excel">'
        f"{shapes}</xml>"
    )


def test_an_unlinked_check_box_ticked_over_completed_makes_the_action_done(
    tmp_path: Path,
) -> None:
    """Ticked: done. Empty: not done, in progress where the notes report progress, else
    not started (the "Done" column's empty box ☐). The box is kept as it shows."""
    path = with_boxes(write_workbook(tmp_path, {"Plan": ROWS}), UNLINKED)
    found = actions(plan_of(path))
    assert [(a.ref, a.status, a.fields.get("Completed")) for a in found] == [
        ("1.1", "done", "☑"),
        ("1.2", "in_progress", "☐"),
        ("1.3", "not_started", "☐"),
    ]


def test_boxes_only_in_the_legacy_vml_drawing_read_the_same(tmp_path: Path) -> None:
    """Excel 2007 (and any program writing only the legacy drawing) keeps the boxes in
    VML alone: its x:Anchor places the box, x:Checked ticks it."""
    path = with_boxes(write_workbook(tmp_path, {"Plan": ROWS}), UNLINKED, ctrl_props=False)
    assert [a.status for a in actions(plan_of(path))] == ["done", "in_progress", "not_started"]


def test_a_box_linked_to_a_cell_adds_nothing_to_what_the_cell_says(tmp_path: Path) -> None:
    """A box linked to a cell writes TRUE / FALSE there, read as a checkbox column is;
    the box drawn over another cell (here a blank one) says nothing of its own."""
    answers = (True, False, False)
    rows = [ROWS[0] + ["Done?"], *(r + [a] for r, a in zip(ROWS[1:], answers, strict=True))]
    linked: list[Box] = [(r, 4, r == 1, f"$G${r + 1}") for r in (1, 2, 3)]
    path = with_boxes(write_workbook(tmp_path, {"Plan": rows}), linked)
    found = actions(plan_of(path))
    assert [a.status for a in found] == ["done", "not_started", "not_started"]
    assert [a.fields.get("Completed") for a in found] == [None, None, None]
