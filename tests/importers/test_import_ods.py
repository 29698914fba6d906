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
