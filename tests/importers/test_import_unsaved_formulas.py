"""Formulas a program saved with no value beside them (hold-out 253's audit tracker):
openpyxl, report generators and web apps write '<f>…</f>' alone, and Excel works the
value out only when it opens the file. The import works out the formulas such sheets
use, as Excel would show them; one it cannot is kept as text and said once."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from importers import ImportOptions, load
from importers.read import read_sheets
from tests.importers.test_import_rules import actions, plan_of

HEADER = ["Audit", "Ref", "Recommendation", "Owner", "Due date", "Status", "RAG"]
REF = '="IA-"&TEXT(ROW()-1,"000")'


def rag(row: int) -> str:
    """The generator's RAG: green when implemented, none before a start, red when due
    before the run day, else amber."""
    return (
        f'=IF(F{row}="Implemented","Green",IF(F{row}="Not started","",'
        f'IF(E{row}<DATE(2026,11,27),"Red","Amber")))'
    )


D = dt.date
ROWS = [
    ("Payroll", "Reconcile payroll to HR monthly.", "Dawn Hartley", D(2026, 9, 30), "Implemented"),
    ("Payroll", "Approve bank detail changes.", "Dawn Hartley", D(2026, 10, 31), "In progress"),
    ("Payroll", "Remove leavers within five days.", "Marcus Webb", D(2027, 1, 31), "In progress"),
    ("Payroll", "Review overtime claims over £500.", "Marcus Webb", D(2027, 3, 31), "Not started"),
]  # fmt: skip


def scripted(path: Path, rag_formula: object = rag) -> Path:
    """The tracker as a script writes it with openpyxl: formulas, no saved values."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(HEADER)
    for n, (audit, text, owner, due, status) in enumerate(ROWS, start=2):
        shown_rag = rag_formula(n) if callable(rag_formula) else rag_formula
        sheet.append([audit, REF, text, owner, due, status, shown_rag])
        sheet.cell(n, 5).number_format = "dd/mm/yyyy"
    book.save(path)
    return path


def test_a_formula_saved_with_no_value_reads_as_excel_shows_it(tmp_path: Path) -> None:
    plan = plan_of(scripted(tmp_path / "tracker.xlsx"))
    got = [(a.ref, a.text, a.rag) for a in actions(plan)]
    assert got == [
        ("IA-001", "Reconcile payroll to HR monthly.", "green"),
        ("IA-002", "Approve bank detail changes.", "red"),
        ("IA-003", "Remove leavers within five days.", "amber"),
        ("IA-004", "Review overtime claims over £500.", None),
    ]


def test_a_formula_not_worked_out_is_kept_and_said_once(tmp_path: Path) -> None:
    """A lookup into another sheet's range is beyond the formulas worked out: the RAG
    stays unrated, the formula's text is kept on the action, and one warning counts
    them by column."""
    path = scripted(tmp_path / "tracker.xlsx", "=VLOOKUP(F2,Lists!A:B,2,FALSE)")
    result = load(path, ImportOptions(today=dt.date(2026, 12, 5)))
    (plan,) = result.plans
    first = actions(plan)[0]
    assert (first.ref, first.rag) == ("IA-001", None)
    assert first.fields["Note on RAG"] == (
        "formula with no saved value, not worked out: =VLOOKUP(F2,Lists!A:B,2,FALSE)"
    )
    said = [w for w in result.warnings if "could not be worked out" in w]
    assert said == ["4 formulas in column G had no saved value and could not be worked out"
                    " (each kept as its cell's note)"]  # fmt: skip


def test_a_shared_formula_reads_in_each_cell_as_moved_there(tmp_path: Path) -> None:
    """A generator may write the RAG once and share it down the column ('<f
    t="shared" si="0"/>' in the cells below): each cell reads its own row."""
    path = scripted(tmp_path / "tracker.xlsx")
    shared = path.with_name("shared.xlsx")
    _rewritten(path, shared, _shared_rag)
    got = [(a.ref, a.rag) for a in actions(plan_of(shared))]
    assert got == [("IA-001", "green"), ("IA-002", "red"), ("IA-003", "amber"), ("IA-004", None)]


def _shared_rag(sheet_xml: str) -> str:
    """The RAG formulas written once in G2 and shared by G3:G5, no value saved."""

    def shared(match: re.Match[str]) -> str:
        row = int(match[1])
        first = f'<f t="shared" ref="G2:G5" si="0">{match[3]}</f>'
        formula = first if row == 2 else '<f t="shared" si="0"/>'
        return f'<c r="G{row}">{formula}<v></v></c>'

    changed, n = re.subn(_FORMULA_CELL.format(cell=r"G(\d+)"), shared, sheet_xml)
    assert n == 4 and changed.count('si="0"/>') == 3
    return changed


# A cell of a formula with no value as openpyxl writes it: '<c r="G2"><f>…</f><v></v></c>'
_FORMULA_CELL = r'<c r="{cell}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>'


def _rewritten(path: Path, out: Path, change: Callable[[str], str]) -> None:
    """The workbook with its sheet's XML changed."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = change(data.decode()).encode()
            target.writestr(info, data)


def test_a_saved_value_is_read_never_worked_out_again(tmp_path: Path) -> None:
    """Excel saved the value it showed: that value is read, even where working the
    formula out today would give another."""
    path = scripted(tmp_path / "tracker.xlsx")
    saved = path.with_name("saved.xlsx")
    _rewritten(path, saved, lambda xml: _with_saved(xml, {"B2": "IA-900", "G3": "Amber"}))
    got = [(a.ref, a.rag) for a in actions(plan_of(saved))][:2]
    assert got == [("IA-900", "green"), ("IA-002", "amber")]  # IA-002 due before: red if worked


def _with_saved(sheet_xml: str, values: dict[str, str]) -> str:
    """The sheet with a saved text value beside these cells' formulas, as Excel
    writes it ('<c … t="str"><f>…</f><v>IA-900</v></c>')."""
    for cell, value in values.items():
        saved = rf'<c r="{cell}"\1 t="str"><f>\2</f><v>{value}</v></c>'
        sheet_xml, n = re.subn(_FORMULA_CELL.format(cell=cell), saved, sheet_xml)
        assert n == 1, cell
    return sheet_xml


@pytest.mark.parametrize(
    ("formula", "shown"),
    [
        ('=CONCATENATE("IA-",TEXT(ROW()-1,"000"))', "IA-001"),
        ('=UPPER(LEFT(C2,3))&"-"&TEXT(E2,"dd/mm/yyyy")', "REC-30/09/2026"),
        ('=TEXT(E2,"d mmm yyyy")', "30 Sep 2026"),
        ("='Tracker'!$D$2", "Dawn Hartley"),
        ('=_xlfn.IFS(F2="Implemented","Done",TRUE,"Open")', "Done"),
        ('=IF(AND(ISBLANK(H2),NOT(F2="")),MID("xABCx",2,LEN("abc")),"no")', "ABC"),
    ],
)
def test_the_formulas_generated_sheets_use_are_worked_out(
    tmp_path: Path, formula: str, shown: str
) -> None:
    path = scripted(tmp_path / "tracker.xlsx")
    book = _loaded(path)
    book["Tracker"]["H1"] = "Note"
    book["Tracker"]["H2"] = None
    book["Tracker"]["I1"] = "Worked"
    book["Tracker"]["I2"] = formula
    book.save(path)
    (sheet,) = read_sheets(path)
    assert sheet.grid[1][8] == shown


def _loaded(path: Path) -> Workbook:
    from openpyxl import load_workbook

    return load_workbook(path)


def test_a_loop_of_references_is_kept_as_text_not_worked_out(tmp_path: Path) -> None:
    """Two cells each the other's formula have no value Excel could show: both read
    empty, each formula kept as its cell's note."""
    path = scripted(tmp_path / "tracker.xlsx")
    book = _loaded(path)
    book["Tracker"]["I2"], book["Tracker"]["I3"] = "=I3", '=I2&"x"'
    book.save(path)
    (sheet,) = read_sheets(path)
    assert all(not "".join(row[8:]) for row in sheet.grid)  # column I: nothing shown
    assert sheet.notes[2][8] == 'formula with no saved value, not worked out: =I2&"x"'
    assert sheet.formulas_kept == [8, 8]


def test_today_in_a_formula_is_the_apps_today(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-12-05")
    path = scripted(tmp_path / "tracker.xlsx")
    book = _loaded(path)
    book["Tracker"]["I2"] = '="Position at "&TEXT(TODAY(),"d mmmm yyyy")'
    book.save(path)
    (sheet,) = read_sheets(path)
    assert sheet.grid[1][8] == "Position at 5 December 2026"
