"""Rules found on the nineteenth hold-out set, from a trust's answer to a warning
notice: one owner cell labelling an executive and an operational owner ("Exec: …" over
"Op: …"), and a deadline cell giving the day the work was done ("Immediate (completed
05/10/2026)"). Each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers.dates import parse_deadline
from tests.importers.test_import_rules import actions, plan_of, write

D = dt.date
_PLAN = [
    ["Ref", "Action", "Owner", "Deadline", "Status"],
    ["1.1", "Staff the discharge lounge at weekends.",
     "Exec: Director of Operations\nOp: Site Manager", "Immediate (completed 02/11/2026)",
     "Complete"],
    ["1.2", "Audit weekend discharges monthly.",
     "Accountable: Medical Director; Delivery lead: Clinical Audit Lead", "31/01/2027",
     "In progress"],
    ["1.3", "Publish the weekend rota.", "Site Manager", "30/11/2026 (done 20/11/2026)",
     "Complete"],
    ["1.4", "Brief the bed managers.", "NB: Karen Thomas", "Done 20/11/2026", "Complete"],
]  # fmt: skip


def test_labelled_lines_of_one_owner_cell_are_the_lead_and_the_responsible(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _PLAN))
    assert [(a.leads, a.responsible) for a in actions(plan)] == [
        (["Director of Operations"], ["Site Manager"]),
        (["Medical Director"], ["Clinical Audit Lead"]),
        (["Site Manager"], []),
        # a label that names no role labels nothing: the cell is read as ever
        (["NB: Karen Thomas"], []),
    ]
    # the cell as written is kept
    assert actions(plan)[0].fields["Owner (as written)"] == (
        "Exec: Director of Operations\nOp: Site Manager"
    )


def test_the_day_work_was_done_is_no_deadline(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _PLAN))
    assert [(a.due, a.due_text) for a in actions(plan)] == [
        (None, "Immediate (completed 02/11/2026)"),
        (D(2027, 1, 31), "31/01/2027"),
        (D(2026, 11, 30), "30/11/2026 (done 20/11/2026)"),
        (None, "Done 20/11/2026"),
    ]


def test_a_completion_still_to_come_is_the_deadline() -> None:
    assert parse_deadline("To be completed 31/03/2027").due == D(2027, 3, 31)
    assert parse_deadline("Completed on 5 Oct 2026").due is None  # nor its month
