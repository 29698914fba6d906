"""Files a database or a web system wrote, not a person in a spreadsheet: a query's
result saved as CSV writes each empty cell as the database's null ("NULL"), a web
tracker's export may write each line break inside a cell in characters of its own.
Each rule on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

# Seen in hold-out 242: an internal audit tracker saved from SQL Server Management
# Studio's "Save Results As", "NULL" in every empty cell. Written here in other words.

_AUDIT_HEADER = [
    "Ref", "Priority", "Agreed action", "Action owner", "Due date", "Revised due date",
    "Status", "Latest update",
]  # fmt: skip


def test_a_database_null_in_a_cell_is_an_empty_cell(tmp_path: Path) -> None:
    rows = [
        _AUDIT_HEADER,
        ["FIN-01", "High", "Reconcile the payroll control account monthly.", "Payroll Manager",
         "2026-09-30", "NULL", "Implemented", "12/09/2026 – September reconciled."],
        ["FIN-02", "NULL", "Remove NULL cost codes from the ledger extract.", "NULL",
         "2026-10-31", "2027-01-31", "Not implemented", "NULL"],
        ["FIN-03", "Low", "Review the write-off policy.", "Head of Finance", "2026-12-31",
         "null", "Not yet due", "(null)"],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    # no revised date: the due date stands
    assert (first.due, third.due) == (dt.date(2026, 9, 30), dt.date(2026, 12, 31))
    assert second.due == dt.date(2027, 1, 31)
    # no owner, no update, no priority: nothing, rather than the word NULL
    assert second.leads == [] and second.updates == [] and third.updates == []
    assert "NULL" not in second.fields.values()
    # the word inside the user's text is theirs, kept as written
    assert second.text == "Remove NULL cost codes from the ledger extract."
    assert [a.ref for a in (first, second, third)] == ["FIN-01", "FIN-02", "FIN-03"]
