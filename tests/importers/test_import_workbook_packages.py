"""Workbook packages read whatever way Excel saved them (hold-out 253): a Strict Open
XML save is the plan its ordinary save is, a package with no sheet is refused in one
line, and Excel's '_xHHHH_' escapes in a cell's text are the characters they stand for."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write_workbook

ROWS: list[list[object]] = [
    ["Ref", "Action", "Lead officer", "Target date", "Status"],
    ["1.1", "Agree a revised constitution.", "Helen Ashworth", dt.date(2026, 9, 30), "Complete"],
    ["1.2", "Train members in scrutiny.", "Craig Donnelly", dt.date(2027, 1, 31), "On track"],
]  # fmt: skip
_OLD = "http://schemas.openxmlformats.org/"
_NEW = "http://purl.oclc.org/ooxml/"
# The names Excel's 'Strict Open XML Spreadsheet' save writes for an ordinary save's.
STRICT = {
    f"{_OLD}spreadsheetml/2006/main": f"{_NEW}spreadsheetml/main",
    f"{_OLD}officeDocument/2006/relationships": f"{_NEW}officeDocument/relationships",
    f"{_OLD}drawingml/2006/main": f"{_NEW}drawingml/main",
}


def rewritten(path: Path, change: dict[str, str]) -> Path:
    """The workbook with each part's text changed (old -> new), written beside it."""
    out = path.with_name(f"changed-{path.name}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            text = source.read(info).decode("utf-8")
            for old, new in change.items():
                text = text.replace(old, new)
            target.writestr(info, text.encode("utf-8"))
    return out


def strict_save(path: Path) -> Path:
    """The workbook as Strict saves it: Strict names, date cells ISO 8601 values."""
    change = {**STRICT, "<workbook ": '<workbook conformance="strict" '}
    return rewritten(path, change)


def test_a_strict_open_xml_workbook_is_read_as_its_ordinary_save(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.iso_dates = True  # date cells t="d" '2026-09-30', as Strict stores them
    for row in ROWS:
        book.active.append(row)
    book.save(tmp_path / "plan.xlsx")
    strict = strict_save(tmp_path / "plan.xlsx")
    assert b"purl.oclc.org" in zipfile.ZipFile(strict).read("xl/workbook.xml")
    got = [(a.ref, a.text, a.leads, a.due) for a in actions(plan_of(strict))]
    assert got == [
        ("1.1", "Agree a revised constitution.", ["Helen Ashworth"], dt.date(2026, 9, 30)),
        ("1.2", "Train members in scrutiny.", ["Craig Donnelly"], dt.date(2027, 1, 31)),
    ]


def test_a_workbook_with_no_sheet_is_refused_in_one_line(tmp_path: Path) -> None:
    plan = write_workbook(tmp_path, {"Plan": ROWS})
    with zipfile.ZipFile(plan) as archive:  # the workbook's list of sheets emptied
        listed = archive.read("xl/workbook.xml").decode()
    start, end = listed.index("<sheets>"), listed.index("</sheets>") + len("</sheets>")
    empty = rewritten(plan, {listed[start:end]: "<sheets/>"})
    out = subprocess.run(
        [sys.executable, "-m", "actionplan.cli", "import", str(empty), "--dry-run",
         "--db", str(tmp_path / "plans.db")],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr
    assert "changed-plan.xlsx" in out.stderr and "no sheet" in out.stderr


def test_excels_carriage_return_escape_is_no_character_in_the_text(tmp_path: Path) -> None:
    progress = (
        "14/10/2026 – Risk model approved._x000D_\n"
        "18/11/2026 – 1,240 premises re-scored_x002C_ programme drafted."
    )
    rows = [ROWS[0] + ["Progress"], ROWS[1] + [progress]]
    (action,) = actions(plan_of(write_workbook(tmp_path, {"Plan": rows})))
    assert [(u.date, u.text) for u in action.updates] == [
        (dt.date(2026, 10, 14), "14/10/2026 – Risk model approved."),
        (dt.date(2026, 11, 18), "18/11/2026 – 1,240 premises re-scored, programme drafted."),
    ]


def test_a_word_line_break_pasted_as_a_vertical_tab_parts_the_updates(tmp_path: Path) -> None:
    """Word's Shift+Enter line break pastes into a cell as a vertical tab, which Excel
    saves as '_x000B_' with no line feed: each dated entry after one is its own update,
    and a break at the end or two together add nothing."""
    first = (
        "12/06/2026 – Agreed at the follow-up meeting._x000B_"
        "08/10/2026 – New starter checklist in use since July."
    )
    second = "14/10/2026 – Policy reissued._x000B__x000B_18/11/2026 – Sample approved._x000B_"
    rows = [ROWS[0] + ["Follow-up comments"], ROWS[1] + [first], ROWS[2] + [second]]
    one, two = actions(plan_of(write_workbook(tmp_path, {"Plan": rows})))
    assert [(u.date, u.text) for u in one.updates] == [
        (dt.date(2026, 6, 12), "12/06/2026 – Agreed at the follow-up meeting."),
        (dt.date(2026, 10, 8), "08/10/2026 – New starter checklist in use since July."),
    ]
    assert [(u.date, u.text) for u in two.updates] == [
        (dt.date(2026, 10, 14), "14/10/2026 – Policy reissued."),
        (dt.date(2026, 11, 18), "18/11/2026 – Sample approved."),
    ]
