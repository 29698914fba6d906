"""Two tables side by side on one sheet, a blank column between them, each under its own
banner and header row: the plan's two parts, read one after the other, left first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from importers.explain import explain_file
from tests.importers.test_import_rules import OPTIONS, actions, plan_of

HEADER = ["Ref", "Action", "Lead", "Target date", "Status", "Progress"]
LEFT = [
    ["1.1", "Complete fire risk assessments for every block.", "Head of Compliance",
     dt.date(2027, 3, 31), "In progress", "14/11/2026 – 188 assessments in date."],
    ["1.2", "Survey the condition of every home.", "Head of Assets", dt.date(2027, 9, 30),
     "Not started", ""],
    ["1.3", "Report building safety to the Board monthly.", "Director of Property",
     dt.date(2026, 9, 30), "Complete", "24/09/2026 – On every Board agenda."],
]  # fmt: skip
RIGHT = [
    ["2.1", "Publish the tenant satisfaction measures.", "Head of Insight",
     dt.date(2026, 11, 30), "Complete", "18/11/2026 – Published on the website."],
    ["2.2", "Set up a tenant scrutiny panel.", "Director of Customer Services",
     dt.date(2027, 2, 28), "In progress", ""],
]  # fmt: skip


def _side_by_side_book(tmp_path: Path) -> Path:
    """A title, then 'Standard 1 – …' merged over A:F and 'Standard 2 – …' over H:M, the
    same header twice with column G blank, the right table a row shorter, a key below."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Improvement plan"
    sheet.append(["Kestrel Homes – Regulatory Improvement Plan"])
    sheet.append([])
    sheet.append(["Standard 1 – Safety and Quality", *[None] * 6, "Standard 2 – Transparency"])
    sheet.merge_cells("A3:F3")
    sheet.merge_cells("H3:M3")
    sheet.append([*HEADER, None, *HEADER])
    for i, row in enumerate(LEFT):
        sheet.append([*row, None, *(RIGHT[i] if i < len(RIGHT) else [])])
    sheet.append([])
    sheet.append(["Key: Complete = done; In progress = under way."])
    path = tmp_path / "side_by_side.xlsx"
    book.save(path)
    return path


# Seen in hold-out 257 (a housing association's plan for the Regulator of Social Housing):
# read as one wide table, each left row took the right row's ref, lead and progress.
def test_two_tables_side_by_side_are_read_one_after_the_other(tmp_path: Path) -> None:
    plan = plan_of(_side_by_side_book(tmp_path))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Safety and Quality"),
        ("2", "Transparency"),
    ]
    assert [(a.ref, a.text, a.leads, a.due, a.status) for a in actions(plan)] == [
        ("1.1", "Complete fire risk assessments for every block.", ["Head of Compliance"],
         dt.date(2027, 3, 31), "in_progress"),
        ("1.2", "Survey the condition of every home.", ["Head of Assets"],
         dt.date(2027, 9, 30), "not_started"),
        ("1.3", "Report building safety to the Board monthly.", ["Director of Property"],
         dt.date(2026, 9, 30), "done"),
        ("2.1", "Publish the tenant satisfaction measures.", ["Head of Insight"],
         dt.date(2026, 11, 30), "done"),
        ("2.2", "Set up a tenant scrutiny panel.", ["Director of Customer Services"],
         dt.date(2027, 2, 28), "in_progress"),
    ]  # fmt: skip
    # each action's progress its own row's, never the row beside it
    assert [[u.text for u in a.updates] for a in actions(plan)] == [
        ["14/11/2026 – 188 assessments in date."],
        [],
        ["24/09/2026 – On every Board agenda."],
        ["18/11/2026 – Published on the website."],
        [],
    ]
    assert "Key: Complete = done; In progress = under way." in plan.notes


def test_explain_says_the_tables_beside_each_other_were_read_one_after_another(
    tmp_path: Path,
) -> None:
    lines = explain_file(_side_by_side_book(tmp_path), OPTIONS)
    assert (
        "  read: 2 tables side by side on rows 3–7 read one after another, left first"
        " (the next from column H)"
    ) in lines
    # the columns the right table moved out of are no empty columns of the plan's
    assert not [line for line in lines if "'Column " in line]


def test_a_blank_spacer_column_in_one_header_keeps_one_table(tmp_path: Path) -> None:
    """'Ref | Action | Lead', a blank column, then 'Target date | Status': one set of
    roles, so one table; each action keeps its date and status across the gap."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Ref", "Action", "Lead", None, "Target date", "Status"])
    sheet.append(["1", "Publish the fees policy.", "Ann Lee", None, dt.date(2027, 1, 31),
                  "In progress"])  # fmt: skip
    sheet.append(["2", "Train the councillors.", "Raj Shah", None, dt.date(2027, 3, 31),
                  "Not started"])  # fmt: skip
    path = tmp_path / "spacer.xlsx"
    book.save(path)
    assert [(a.text, a.leads, a.due, a.status) for a in actions(plan_of(path))] == [
        ("Publish the fees policy.", ["Ann Lee"], dt.date(2027, 1, 31), "in_progress"),
        ("Train the councillors.", ["Raj Shah"], dt.date(2027, 3, 31), "not_started"),
    ]


def test_a_table_beside_in_another_order_is_read_by_its_own_captions(tmp_path: Path) -> None:
    """The right table's "Owner" and "Due" after its status: each cell under its own
    caption, as a later table of the plan's with a header of its own is read."""
    book = Workbook()
    sheet = book.active
    sheet.append(["Priority 1 – Homes", None, None, None, None, None, "Priority 2 – Voice"])
    sheet.append(["Ref", "Action", "Lead", "Target date", "Status", None,
                  "Ref", "Action", "Owner", "Status", "Due"])  # fmt: skip
    sheet.append([
        "1.1", "Fix the roofs.", "Ann Lee", dt.date(2027, 1, 31), "In progress", None,
        "2.1", "Set up a panel.", "Raj Shah", "Complete", dt.date(2026, 10, 31),
    ])  # fmt: skip
    path = tmp_path / "beside.xlsx"
    book.save(path)
    plan = plan_of(path)
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "Homes"), ("2", "Voice")]
    assert [(a.ref, a.text, a.leads, a.due, a.status) for a in actions(plan)] == [
        ("1.1", "Fix the roofs.", ["Ann Lee"], dt.date(2027, 1, 31), "in_progress"),
        ("2.1", "Set up a panel.", ["Raj Shah"], dt.date(2026, 10, 31), "done"),
    ]
