"""OpenDocument spreadsheets (.ods) and old Excel files (.xls), read by calamine."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest

from importers import ImportFailure, ImportOptions, load, read
from importers.read import read_sheets
from tests.fixtures.plans.writers import ODS_CONTENT, ODS_MANIFEST, ODS_MIME
from tests.importers.corpus import COPIES, PLANS
from tests.importers.test_import_word import assert_refused_in_one_line

TODAY = ImportOptions(today=dt.date(2026, 12, 2))
STRING = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'


@pytest.mark.parametrize("suffix", [".ods", ".xls"])
def test_an_ods_or_xls_copy_imports_the_same_plan_as_its_csv(suffix: str) -> None:
    """Banner rows merged across, a lead merged down two rows (calamine reports no
    .ods merges: they are read from the XML; .xls merges it reports)."""
    stem = "council_improvement_marshfield"
    from_ods = load(COPIES / f"{stem}{suffix}", TODAY).plans
    assert from_ods == load(PLANS / f"{stem}.csv", TODAY).plans
    actions = {a.ref: a for r in from_ods[0].recommendations for a in r.actions}
    assert actions["2.02"].leads == actions["2.03"].leads == ["Principal Social Worker"]


def ods_file(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "plan.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", ODS_MIME)
        archive.writestr("content.xml", ODS_CONTENT.format(name=quoteattr("Plan"), rows=rows))
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    return path


def test_cells_keep_their_place_and_values_read_as_shown(tmp_path: Path) -> None:
    row = (
        "<table:table-row><table:table-cell/>"
        + STRING.format("Action")
        + '<table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p>'
        "</table:table-cell>"
        '<table:table-cell office:value-type="date" office:date-value="2027-03-31">'
        "<text:p>31/03/27</text:p></table:table-cell></table:table-row>"
    )
    blank = '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
    (sheet,) = read_sheets(ods_file(tmp_path, blank + row))
    assert sheet.grid[2] == ["", "Action", "3", "2027-03-31"]  # row 3, column B: as in the file


def test_repeats_past_the_limits_are_refused_before_calamine_expands_them(
    tmp_path: Path,
) -> None:
    """One XML row can stand for a million rows, one cell for 16,384 columns."""
    million = '<table:table-row table:number-rows-repeated="300000">'
    rows = f"{million}{STRING.format('x')}</table:table-row>"
    with pytest.raises(ImportFailure, match="plan.ods: more than 250,000 rows or 2,000,000 cells"):
        read_sheets(ods_file(tmp_path, rows))
    wide = STRING.format("x").replace(
        "<table:table-cell", '<table:table-cell table:number-columns-repeated="16384"', 1
    )
    with pytest.raises(ImportFailure, match="plan.ods: row 1 has more than 200 columns"):
        read_sheets(ods_file(tmp_path, f"<table:table-row>{wide}</table:table-row>"))


def test_blank_rows_repeated_to_the_sheet_end_cost_nothing(tmp_path: Path) -> None:
    """LibreOffice writes the empty rest of a sheet as one row repeated a million times."""
    rows = f"<table:table-row>{STRING.format('Action')}</table:table-row>"
    rows += (
        '<table:table-row table:number-rows-repeated="1048575">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    (sheet,) = read_sheets(ods_file(tmp_path, rows))
    assert sheet.grid == [["Action"]]


def test_a_damaged_ods_or_xls_is_one_line_and_exit_1(tmp_path: Path) -> None:
    ods = tmp_path / "plan.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", ODS_MIME)
        archive.writestr("content.xml", "<office:document-content")
    xls = tmp_path / "plan.xls"
    xls.write_bytes(read.OLE_MAGIC + b"\x00" * 600)
    assert_refused_in_one_line(
        tmp_path,
        (ods, "plan.ods: not a readable OpenDocument spreadsheet"),
        (xls, "plan.xls: not a readable Excel 97-2003 file"),
    )


# Seen in hold-out 246 (a Freedom to Speak Up plan kept in LibreOffice Calc): each progress
# line's date parted from its words by a tab or two spaces, which LibreOffice keeps as
# elements (text:tab, text:s); calamine drops a tab, and the lines were read undated.
SHEETS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3">
<office:automatic-styles>
<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/>
</style:style>
<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>
</style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>
</office:document-content>
"""


def ods_sheets(tmp_path: Path, sheets: list[tuple[str, bool, list[list[str]]]]) -> Path:
    """A workbook of these sheets in order, each (name, hidden, rows of cells' XML)."""
    tables = "".join(
        f"<table:table table:name={quoteattr(name)}"
        f' table:style-name="{"ta2" if hidden else "ta1"}">'
        + "".join(f"<table:table-row>{''.join(cells)}</table:table-row>" for cells in rows)
        + "</table:table>"
        for name, hidden, rows in sheets
    )
    path = tmp_path / "plan.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", ODS_MIME)
        archive.writestr("content.xml", SHEETS.format(tables=tables))
        archive.writestr("META-INF/manifest.xml", ODS_MANIFEST)
    return path


HEADER = [STRING.format(c) for c in ("Ref", "Action", "Lead", "Status", "Progress")]


def row(ref: str, action: str, status: str, progress: str = "") -> list[str]:
    return [STRING.format(c) for c in (ref, action, "Chief Nurse", status, progress)]


def test_a_tab_or_run_of_spaces_after_a_progress_lines_date_parts_it_as_a_space(
    tmp_path: Path,
) -> None:
    board = "22/09/2026<text:tab/>Strategy approved by the Board."
    champions = (
        "04/11/2026 <text:s/>26 champions recruited.<text:line-break/>"
        "18/11/2026<text:tab/>Champions' <text:span>induction</text:span> held."
    )
    rows = [
        HEADER,
        row("1.1", "Agree a strategy with the Board.", "Complete", board),
        row("1.2", "Relaunch the champions network.", "In progress", champions),
    ]
    (plan,) = load(ods_sheets(tmp_path, [("Plan", False, rows)]), TODAY).plans
    first, second = (a for r in plan.recommendations for a in r.actions)
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 9, 22), "22/09/2026 Strategy approved by the Board.")
    ]
    assert [(u.date, u.text) for u in second.updates] == [
        (dt.date(2026, 11, 4), "04/11/2026  26 champions recruited."),  # two, as typed
        (dt.date(2026, 11, 18), "18/11/2026 Champions' induction held."),
    ]


def test_a_cell_reads_its_tabs_spaces_and_line_breaks_as_the_white_space_they_show(
    tmp_path: Path,
) -> None:
    cells = [
        STRING.format('a<text:tab/>b <text:s text:c="3"/>c<text:line-break/>d'),
        STRING.format("e<text:tab/>f").replace(
            "<table:table-cell", '<table:table-cell table:number-columns-repeated="2"'
        ),
    ]
    (sheet,) = read_sheets(ods_sheets(tmp_path, [("Plan", False, [cells])]))
    assert sheet.grid == [["a b    c\nd", "e f", "e f"]]


# Seen in hold-out 246: the plan's older working copy, one more action and July's
# statuses, kept first in the workbook and hidden (Sheet > Hide Sheet) was joined in.
def test_a_hidden_sheet_is_no_part_of_the_plan(tmp_path: Path) -> None:
    older = [
        HEADER,
        row("1.1", "Agree a strategy with the Board.", "Not started"),
        row("1.2", "Appoint a second Guardian.", "Not started"),
    ]
    shown = [HEADER, row("1.1", "Agree a strategy with the Board.", "Complete")]
    path = ods_sheets(tmp_path, [("Action plan_2", True, older), ("Action plan", False, shown)])
    (plan,) = load(path, TODAY).plans
    assert [(a.ref, a.status) for r in plan.recommendations for a in r.actions] == [("1.1", "done")]
    assert "1.2 | Appoint a second Guardian. | Chief Nurse | Not started" in plan.notes


def _shape_in(cell: str, *lines: str, kind: str = "custom-shape") -> str:
    """``cell`` with a shape anchored to it (Anchor > To Cell, as Calc saves one): the
    shape's element is written inside the cell's, before the cell's own paragraph."""
    paras = "".join(f"<text:p>{line}</text:p>" for line in lines)
    if kind == "frame":  # a text box: its paragraphs in a frame's text box
        paras = f"<draw:text-box>{paras}</draw:text-box>"
    shape = f'<draw:{kind} draw:name="Shape 1">{paras}</draw:{kind}>'
    return cell.replace("><text:p>", f">{shape}<text:p>", 1)


# Calc writes a shape anchored to a cell inside that cell's element, and calamine read
# the shape's words as the cell's: a "DRAFT" stamp over a status cell made it
# "DRAFT\nComplete", a key's text box its cell "Green = complete …\nIn progress".
def test_a_shape_anchored_to_a_cell_is_no_part_of_its_text_but_the_sheets_words(
    tmp_path: Path,
) -> None:
    rows = [
        HEADER,
        row("1.1", "Agree a strategy with the Board.", "Complete"),
        row("1.2", "Relaunch the champions network.", "Green"),
        row("1.3", "Recruit a second Guardian.", "Red"),
    ]
    rows[1][3] = _shape_in(rows[1][3], "DRAFT")
    key = ("Key", "Green = complete", "Red = not started")
    rows[2][4] = _shape_in(STRING.format(""), *key, kind="frame")
    (plan,) = load(ods_sheets(tmp_path, [("Plan", False, rows)]), TODAY).plans
    assert [(a.ref, a.status, a.rag) for r in plan.recommendations for a in r.actions] == [
        ("1.1", "done", None),
        ("1.2", "done", "green"),  # by the key in the text box
        ("1.3", "not_started", "red"),
    ]
    assert [a.updates for r in plan.recommendations for a in r.actions] == [[], [], []]
    assert "DRAFT" in plan.notes.splitlines()
    assert "Key\nGreen = complete\nRed = not started" in plan.notes
