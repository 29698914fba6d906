"""A key written only in a drop-down's messages (Excel's data validation).

A tracker whose RAG column is a drop-down list ("G,A,R") may say what its letters
mean only in the input message Excel shows when a RAG cell is selected, or in the
error alert it shows when something else is typed there. Seen in hold-out 259: an
internal audit tracker whose input message was its only key, "G = Implemented
(evidence seen by Internal Audit)".
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from tests.importers.test_import_rules import actions, plan_of

_HEADER = ["Ref", "Agreed action", "Action owner", "Target date", "RAG", "Comments"]
_ROWS = [
    ["PAY-01", "Check each new starter's first pay.", "Payroll Manager", "31/07/2026", "G", ""],
    ["PAY-02", "Approve bank detail changes twice.", "Payroll Manager", "31/08/2026", "A", ""],
    ["PAY-03", "Report overtime to heads of service.", "HR Partner", "30/09/2026", "R", ""],
    ["PAY-04", "Archive payroll records over six years.", "Payroll Manager", "31/03/2027", "", ""],
]
_KEY = (
    "G = Implemented (evidence seen by Internal Audit)\n"
    "A = In progress: within the agreed or revised date\n"
    "R = Overdue: target date passed\n"
    "Blank = not yet due"
)


def _tracker(tmp_path: Path, rule: DataValidation) -> Path:
    """A tracker whose RAG cells carry ``rule``, its key written nowhere else."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Tracker"
    sheet.append(["Internal Audit: Recommendations Tracker"])
    sheet.append(_HEADER)
    for row in _ROWS:
        sheet.append(row)
    sheet.add_data_validation(rule)
    rule.add(f"E3:E{2 + len(_ROWS)}")
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    return path


def _statuses(path: Path) -> list[tuple[str, str, str | None]]:
    return [(a.ref, a.status, a.rag) for a in actions(plan_of(path))]


def test_a_drop_downs_input_message_is_the_key_to_its_letters(tmp_path: Path) -> None:
    rule = DataValidation(
        type="list", formula1='"G,A,R"', allow_blank=True, showInputMessage=True,
        promptTitle="RAG status", prompt=_KEY,
    )  # fmt: skip
    assert _statuses(_tracker(tmp_path, rule)) == [
        ("PAY-01", "done", "green"),
        ("PAY-02", "in_progress", "amber"),
        ("PAY-03", "in_progress", "red"),
        ("PAY-04", "not_started", None),
    ]


def test_a_drop_downs_error_alert_is_the_key_to_its_letters(tmp_path: Path) -> None:
    rule = DataValidation(
        type="list", formula1='"G,A,R"', allow_blank=True, showErrorMessage=True,
        errorTitle="Choose G, A or R", error=_KEY,
    )  # fmt: skip
    assert _statuses(_tracker(tmp_path, rule))[0] == ("PAY-01", "done", "green")


def test_a_message_the_drop_down_never_shows_is_no_key(tmp_path: Path) -> None:
    # Excel keeps the words of a message whose "Show input message" box was cleared,
    # but no user sees them: the letters then mean what they mean anywhere
    rule = DataValidation(
        type="list", formula1='"G,A,R"', showInputMessage=False, prompt=_KEY,
    )  # fmt: skip
    assert _statuses(_tracker(tmp_path, rule))[0] == ("PAY-01", "in_progress", "green")
