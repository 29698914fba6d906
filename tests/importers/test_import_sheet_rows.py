"""Sheets read as one plan: every place that names a row names its sheet and its row
there ("row 5 of 'Surgery'"), never a count running on through the joined sheets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from importers.explain import explain_file
from importers.read import read_sheets
from importers.workbench import preview, read_source
from tests.importers.test_import_rules import OPTIONS, actions, failure, plan_of, result_of

HEADER = ["Ref", "Action", "Lead", "Due date", "Status"]


def two_directorates(path: Path, surgery_due: str = "31/07/2025") -> Path:
    book = Workbook()
    book.remove(book.active)
    medicine = [
        ["MD1", "Review staffing rotas", "Jo Marsh", "31/03/2025", "On track"],
        ["MD2", "Train ward staff", "Priya Shah", "31/05/2025", "Not started"],
    ]
    surgery = [
        ["SD1", "Audit the theatre checklist", "Sam Lee", "30/06/2025", "On track"],
        ["SD1", "Run consent training", "Sam Lee", surgery_due, "Delayed"],
    ]
    for name, rows in (("Medicine", medicine), ("Surgery", surgery)):
        sheet = book.create_sheet(name)
        for row in [["Trust action plan"], [], HEADER, *rows]:
            sheet.append(row)
    book.save(path)
    return path


def test_a_bad_date_on_the_second_sheet_names_its_row_there(tmp_path: Path) -> None:
    """Row 5 of 'Surgery' is row 10 of the sheets read one after the other."""
    path = two_directorates(tmp_path / "plan.xlsx", surgery_due="30/02/2027")
    assert result_of(path).warnings == ["row 5 of 'Surgery': deadline '30/02/2027' has no date"]
    lines = explain_file(path, OPTIONS)
    assert "    row 5 of 'Surgery': deadline '30/02/2027' has no date" in lines
    assert "  header: row 3 of 'Medicine'" in lines


def test_the_workbench_names_the_header_row_on_its_sheet(tmp_path: Path) -> None:
    path = two_directorates(tmp_path / "plan.xlsx")
    shown = preview(read_source(path, OPTIONS), OPTIONS)
    assert "header row 3 of 'Medicine'" in shown.notes
    assert shown.sheet is not None
    assert [shown.sheet.where(i) for i in (2, 5, 9)] == [
        "row 3 of 'Medicine'",
        "row 1 of 'Surgery'",
        "row 5 of 'Surgery'",
    ]


# Seen in hold-out 201: a peer challenge plan whose long actions run on into the row
# below mid-sentence, that row holding only the rest of the words in the Action column.


def test_an_action_run_on_into_the_row_below_is_one_action(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    rows = [
        "Ref,Action,Lead,Due,Status",
        "1.1,Hire two more surveyors for the north and,Sam Reid,31/03/2027,On track",
        ",south areas so that inspections start sooner.,,,",
        "1.2,Buy a scheduling tool.,Amy Lee,30/11/2026,Complete",
        ",Then train the schedulers to use it.,,,",
        "1.3,Ring every tenant back within one working,Tom Hale,31/01/2027,Not started",
        ",day of a missed appointment.,,,",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    found = [a for r in result_of(path).plans[0].recommendations for a in r.actions]
    # the lower-case rest under a sentence broken off is the same action's wording; a
    # sentence of its own under a finished one is not
    assert [(a.ref, a.text, a.leads) for a in found] == [
        (
            "1.1",
            "Hire two more surveyors for the north and south areas so that inspections"
            " start sooner.",
            ["Sam Reid"],
        ),
        ("1.2", "Buy a scheduling tool.", ["Amy Lee"]),
        ("1.2b", "Then train the schedulers to use it.", ["Amy Lee"]),
        (
            "1.3",
            "Ring every tenant back within one working day of a missed appointment.",
            ["Tom Hale"],
        ),
    ]


def test_a_sheet_read_alone_names_its_rows_as_the_file_does(tmp_path: Path) -> None:
    sheet = read_sheets(two_directorates(tmp_path / "plan.xlsx"))[0]
    assert (sheet.where(4), sheet.row_of(4)) == ("row 5", ("", 5))


def test_a_row_too_wide_names_its_sheet_in_a_workbook_of_several(tmp_path: Path) -> None:
    path = two_directorates(tmp_path / "plan.xlsx")
    book = Workbook()
    book.remove(book.active)
    book.create_sheet("Medicine").append(HEADER)
    surgery = book.create_sheet("Surgery")
    surgery.append(HEADER)
    surgery.append(["x"] * 201)
    book.save(path)
    assert failure(path) == "plan.xlsx, sheet 'Surgery': row 2 has more than 200 columns"


def _struck_then(old: str, new: str) -> CellRichText:
    """A cell's rich text: the old wording struck through, the new typed after it."""
    return CellRichText(TextBlock(InlineFont(strike=True), old), f" {new}")


# Seen in hold-out 253 (a council programme's action log): superseded wording struck
# through in the cell's rich text, as in a Word cell, and the new wording typed after it.
def test_excel_struck_text_is_read_as_word_struck_text(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["ID", "Action", "Owner", "Due date", "Status"])
    sheet.append(["A-1", "Confirm the services.", "Martin Cole", "", "Open"])
    sheet.append(["A-2", "Audit the team.", "", "", "Open"])
    sheet.append(["A-3", "Book the venues.", "Sophie Klein", "31/10/2026", ""])
    sheet["B2"] = CellRichText("Confirm the ", TextBlock(InlineFont(strike=True), "three"),
                               " four services.")  # fmt: skip
    sheet["D2"] = _struck_then("30/09/2026", "31/10/2026")
    sheet["C3"] = _struck_then("Alan Pryce", "Gemma Lowe")
    sheet["E4"] = _struck_then("On hold", "In progress")
    book.save(path := tmp_path / "log.xlsx")

    found = actions(plan_of(path))
    # the struck word is kept between "~~", as Word's struck text is
    assert found[0].text == "Confirm the ~~three~~ four services."
    # the struck date is the baseline, the other the deadline
    assert (found[0].due, found[0].original_due) == (dt.date(2026, 10, 31), dt.date(2026, 9, 30))
    # a struck owner is nobody's: only the new one leads
    assert found[1].leads == ["Gemma Lowe"]
    # a struck status is overtaken: "On hold" no longer holds
    assert found[2].status == "in_progress"
