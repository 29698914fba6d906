"""An audit system's follow-up history: a row per follow-up of each recommendation, its
ID and wording repeated on each, the status, owner, revised date and response as they
stood that day (hold-out 250's district council report). Each on a small CSV written
by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.helpers import updates_of
from tests.importers.test_import_rules import actions, plan_of, write

HEADER = [
    *("Audit", "Assurance", "Rec ID", "Priority", "Recommendation", "Agreed action"),
    *("Action owner", "Original due date", "Revised due date", "Follow-up date"),
    *("Status", "Follow-up response"),
]
PAYROLL = ("Payroll", "Limited")
STORES = ("Stores", "Reasonable")
PY01 = (
    *(*PAYROLL, "PY01", "High", "Starters are paid before a contract is signed."),
    "Check for a signed contract before the first pay run.",
)
PY02 = (
    *(*PAYROLL, "PY02", "Medium", "Overtime claims are not authorised."),
    "Authorise every overtime claim before it is paid.",
)


def _history(tmp_path: Path, py02_second: tuple[str, ...] = PY02) -> Path:
    """Two audits' recommendations, PY01 and PY02 followed up twice (PY02 handed to a
    new owner and its date revised at the second), PY03 and ST02 not yet followed up."""
    rows = [
        ["Follow-up history exported 01/12/2026", *[""] * 11],
        HEADER,
        [*PY01, "Amy Clarke", "31/07/2026", "", "14/08/2026", "Partially implemented",
         "Checklist drafted; not yet in use."],
        [*PY01, "Amy Clarke", "31/07/2026", "", "12/11/2026", "Implemented",
         "Checklist in use; 12 starters tested."],
        [*PY02, "Amy Clarke", "30/09/2026", "", "14/08/2026", "Not yet due",
         "Approval route agreed."],
        [*py02_second, "Tom Reid", "30/09/2026", "31/01/2027", "12/11/2026",
         "Partially implemented", "Approval live in two of four divisions."],
        [*PAYROLL, "PY03", "Low", "Leavers' final pay is not checked.",
         "Check every leaver's final pay.", "Sam Kerr", "31/03/2027", "", "", "Not yet due", ""],
        [*STORES, "ST01", "High", "Stock is not counted.",
         "Count the stock at each depot every quarter.", "Jo Bell", "30/09/2026", "",
         "12/11/2026", "Implemented", "First count done in October."],
        [*STORES, "ST02", "Medium", "Stock records are not reconciled.",
         "Reconcile the stock records to the ledger each month.", "Jo Bell", "31/12/2026",
         "", "", "Not yet due", ""],
    ]  # fmt: skip
    return write(tmp_path, rows, encoding="utf-8-sig")


def test_rows_of_one_id_and_wording_dated_apart_are_one_actions_follow_ups(
    tmp_path: Path,
) -> None:
    plan = plan_of(_history(tmp_path))
    py01, py02, py03, st01, st02 = actions(plan)
    # one action per Rec ID, its ref as written
    assert [a.ref for a in (py01, py02, py03, st01, st02)] == [
        *("PY01", "PY02", "PY03", "ST01", "ST02")
    ]
    # the latest follow-up gives the status, the owner and the revised date
    assert (py01.status, py01.leads, py01.due) == ("done", ["Amy Clarke"], dt.date(2026, 7, 31))
    assert (py02.status, py02.leads, py02.due) == (
        *("in_progress", ["Tom Reid"]),
        dt.date(2027, 1, 31),
    )
    assert py02.original_due == dt.date(2026, 9, 30)
    # each follow-up's response one update, dated by its follow-up date, oldest first
    assert updates_of(py01) == [
        (dt.date(2026, 8, 14), "Checklist drafted; not yet in use."),
        (dt.date(2026, 11, 12), "Checklist in use; 12 starters tested."),
    ]
    assert updates_of(py02) == [
        (dt.date(2026, 8, 14), "Approval route agreed."),
        (dt.date(2026, 11, 12), "Approval live in two of four divisions."),
    ]
    assert updates_of(st01) == [(dt.date(2026, 11, 12), "First count done in October.")]
    assert updates_of(py03) == []
    # what an earlier follow-up said that a later one changed is kept, named by its day
    assert py02.fields["Action owner (14/08/2026)"] == "Amy Clarke"
    assert py02.fields["Status (14/08/2026)"] == "Not yet due"
    assert py01.fields["Status (14/08/2026)"] == "Partially implemented"
    # the audits named on every row group the recommendations (README reading 20)
    assert [(r.ref, r.text, len(r.actions)) for r in plan.recommendations] == [
        ("1", "Payroll", 3),
        ("2", "Stores", 2),
    ]


def test_a_repeated_id_with_other_wording_is_two_actions_not_one_history(
    tmp_path: Path,
) -> None:
    other = (*PY02[:-1], "Report unauthorised overtime to the Head of HR.")
    plan = plan_of(_history(tmp_path, py02_second=other))
    texts = [a.text for a in actions(plan)]
    assert texts.count("Authorise every overtime claim before it is paid.") == 1
    assert texts.count("Report unauthorised overtime to the Head of HR.") == 1
    # PY01's rows, alike and dated apart, are still one action's history
    assert texts.count("Check for a signed contract before the first pay run.") == 1


def test_rows_of_one_id_and_wording_not_dated_apart_are_left_as_rows(tmp_path: Path) -> None:
    rows = [
        HEADER,
        [*PY01, "Amy Clarke", "31/07/2026", "", "", "Not yet due", "Checklist drafted."],
        [*PY01, "Tom Reid", "31/07/2026", "", "", "Not yet due", "Payroll team briefed."],
        [*PY02, "Amy Clarke", "30/09/2026", "", "12/11/2026", "Implemented", "Approval live."],
    ]
    texts = [a.text for a in actions(plan_of(write(tmp_path, rows)))]
    # no day tells which row is the later: nothing is merged, nothing is lost
    assert texts.count("Check for a signed contract before the first pay run.") == 2
