"""A workbook laid out on its side: the labels down column A, each action a column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment

from importers.explain import explain_file
from tests.importers.test_import_rules import OPTIONS, actions, failure, plan_of

LABELS = ("Action ref", "Action", "Lead officer", "Target date", "Status", "Progress update")


def _sideways_book(tmp_path: Path) -> Path:
    """Two recommendations, each a banner merged across over its labels down column A
    and an action a column to the right; the second's lead merged across its two
    actions, a blank row between the blocks and a key line below."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Action plan"
    sheet.append(["Hartfield Council – Planning peer challenge action plan"])
    sheet.append([])
    blocks: list[tuple[str, list[tuple[object, ...]]]] = [
        ("Recommendation 1: Clear the backlog of old applications.", [
            ("1.1", "Hire two agency planners.", "Ann Lee", dt.date(2026, 12, 31), "On track",
             "14/11/2026 – Both planners started."),
            ("1.2", "Publish the monthly figures.", "Raj Shah", dt.date(2026, 10, 31),
             "Complete", ""),
        ]),
        ("Recommendation 2: Train the planning committee.", [
            ("2.1", "Revise the speaking rules.", "Kim Ford", dt.date(2027, 1, 31), "At risk",
             ""),
            ("2.2", "Run a refresher each May.", None, dt.date(2027, 5, 31), "Not started",
             ""),
        ]),
    ]  # fmt: skip
    for banner, columns in blocks:
        sheet.append([banner])
        sheet.merge_cells(f"A{sheet.max_row}:C{sheet.max_row}")
        for i, label in enumerate(LABELS):
            sheet.append([label, *(column[i] for column in columns)])
        sheet.append([])
    sheet.merge_cells("B14:C14")  # the second block's lead over both its actions
    sheet["B16"].comment = Comment("Chair asked for a firm date.", "Ann Lee")
    sheet.append(["Status: Complete / On track / At risk / Not started."])
    path = tmp_path / "sideways.xlsx"
    book.save(path)
    return path


def test_a_sheet_on_its_side_is_read_a_column_an_action(tmp_path: Path) -> None:
    """No header row across, but labels down column A over each block: each column to
    their right is an action, its cells read under the labels; the banner over a block
    is its recommendation and a lead merged across two actions is each one's."""
    plan = plan_of(_sideways_book(tmp_path))
    assert plan.title == "Hartfield Council – Planning peer challenge action plan"
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Clear the backlog of old applications."),
        ("2", "Train the planning committee."),
    ]
    assert [(a.ref, a.text, a.leads, a.due, a.status, a.rag) for a in actions(plan)] == [
        ("1.1", "Hire two agency planners.", ["Ann Lee"], dt.date(2026, 12, 31),
         "in_progress", None),
        ("1.2", "Publish the monthly figures.", ["Raj Shah"], dt.date(2026, 10, 31), "done",
         None),
        ("2.1", "Revise the speaking rules.", ["Kim Ford"], dt.date(2027, 1, 31),
         "in_progress", "amber"),
        ("2.2", "Run a refresher each May.", ["Kim Ford"], dt.date(2027, 5, 31),
         "not_started", None),
    ]  # fmt: skip
    first = actions(plan)[0]
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 11, 14), "14/11/2026 – Both planners started.")
    ]
    assert "Status: Complete / On track / At risk / Not started." in plan.notes


def test_a_note_on_a_sheet_on_its_side_is_kept(tmp_path: Path) -> None:
    """A cell's note is words the user wrote into the plan: read upright, the sheet's
    rows are no longer where the note was, and the note is kept in the plan's notes."""
    plan = plan_of(_sideways_book(tmp_path))
    assert "Note on row 16: Chair asked for a firm date." in plan.notes


def test_explain_says_the_sheet_was_read_on_its_side(tmp_path: Path) -> None:
    """--explain says how the rows were read, so a wrong turn can be seen and corrected."""
    lines = "\n".join(explain_file(_sideways_book(tmp_path), OPTIONS))
    assert "on their side read upright" in lines


def test_labels_down_column_a_with_one_value_each_are_still_refused(tmp_path: Path) -> None:
    """One record of labels and values (a form of one item) is no plan on its side: the
    refusal stays the one-line 'no header row' error."""
    book = Workbook()
    sheet = book.active
    for label, value in zip(LABELS, ("1", "Hire a planner.", "Ann Lee"), strict=False):
        sheet.append([label, value])
    path = tmp_path / "record.xlsx"
    book.save(path)
    assert "no header row found" in failure(path)
