"""Rules found on the twenty-ninth and thirtieth hold-out sets (audit and performance
system exports): a note dated by the column headed as it plus "Date"; a "Progress"
column of percentages is how far the action is, never its news; "Due Date" beside
"Original Due Date" is the deadline, the original its baseline; a "Code" column of
keys is the action's ref."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

D = dt.date
HEADER = [
    "Audit Code",
    "Action Code",
    "Agreed Action",
    "Assigned To",
    "Original Due Date",
    "Due Date",
    "Progress",
    "Status",
    "Latest Note",
    "Latest Note Date",
]
ROWS = [
    ["AU-1", "AU-1/A01", "Approve starters first.", "Karen Lowe", "30-Sep-2026", "30-Nov-2026"]
    + ["100%", "Completed", "Approval step live.", "17-Nov-2026"],
    ["AU-1", "AU-1/A02", "Reconcile the leavers.", "Karen Lowe", "30-Sep-2026", "31-Dec-2026"]
    + ["60%", "In Progress", "Report agreed.", "24-Nov-2026"],
    ["AU-2", "AU-2/A01", "Verify bank changes.", "Sana Iqbal", "31-Oct-2026", "31-Oct-2026"]
    + ["50%", "In Progress", "Call-back in use.", "05-Nov-2026"],
    ["AU-2", "AU-2/A02", "Rewrite the procedures.", "Owen Moss", "31-Dec-2026", "31-Dec-2026"]
    + ["0%", "Not Started", "", ""],
]


def test_a_note_is_dated_by_the_column_headed_as_it_plus_date(tmp_path: Path) -> None:
    got = [
        [(u.date, u.text) for u in a.updates]
        for a in actions(plan_of(write(tmp_path, [HEADER, *ROWS])))
    ]
    assert got == [
        [(D(2026, 11, 17), "Approval step live.")],
        [(D(2026, 11, 24), "Report agreed.")],
        [(D(2026, 11, 5), "Call-back in use.")],
        [],
    ]


def test_a_progress_column_of_percentages_is_no_update(tmp_path: Path) -> None:
    done = actions(plan_of(write(tmp_path, [HEADER, *ROWS])))
    assert all("%" not in u.text for a in done for u in a.updates)


def test_the_due_date_beside_an_original_one_is_the_deadline(tmp_path: Path) -> None:
    dues = [a.due for a in actions(plan_of(write(tmp_path, [HEADER, *ROWS])))]
    assert dues == [D(2026, 11, 30), D(2026, 12, 31), D(2026, 10, 31), D(2026, 12, 31)]


def test_a_code_column_of_keys_is_the_ref_and_block_codes_group(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, [HEADER, *ROWS]))
    assert [a.ref for a in actions(plan)] == ["AU-1/A01", "AU-1/A02", "AU-2/A01", "AU-2/A02"]
    assert [r.ref for r in plan.recommendations] == ["AU-1", "AU-2"]


def test_a_code_column_alone_is_the_ref(tmp_path: Path) -> None:
    rows = [
        ["Priority", "Code", "Improvement Action", "Assigned To", "Due Date"],
        ["Priority 1: Economy", "IA-0412", "Adopt the strategy.", "Nadia Rahman", "31/10/2026"],
        ["Priority 1: Economy", "IA-0415", "Launch a grant.", "Tom Whitfield", "31/03/2027"],
        ["Priority 2: Safety", "IA-0431", "Extend the cameras.", "Gareth Moss", "31/01/2027"],
    ]
    refs = [a.ref for a in actions(plan_of(write(tmp_path, rows)))]
    assert refs == ["IA-0412", "IA-0415", "IA-0431"]


def test_a_note_date_left_blank_on_a_row_heads_no_block(tmp_path: Path) -> None:
    """A blank note between two dated ones leaves the date column looking written once
    per block; a day ("24-Nov-2026") is no heading, so the audit codes still group."""
    last = [*ROWS[3][:8], "Half rewritten.", "27-Nov-2026"]
    rows = [ROWS[0], ROWS[1], [*ROWS[2][:8], "", ""], last]
    plan = plan_of(write(tmp_path, [HEADER, *rows]))
    assert [r.ref for r in plan.recommendations] == ["AU-1", "AU-2"]
