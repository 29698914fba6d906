"""Rules found on the nineteenth hold-out set, from an ombudsman remedies tracker: each
complaint's finding written on every row beside what was agreed to put it right, an
"Officer" column, deadlines counted from a date column on the row ("Within 1 month of
final decision") and the ombudsman's status words ("Complied"). Each on a small file
of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers.counted import counted_deadline, row_dates
from tests.importers.test_import_rules import actions, plan_of, write

D = dt.date
_FINDING_A = "The landlord took nine months to repair a leaking roof."
_FINDING_B = "The landlord did not reply to two stage 2 complaints."
_TRACKER = [
    ["Case", "Determination date", "Finding", "Agreed remedy", "Officer", "Deadline",
     "Status"],
    ["HOS-1", "10/03/2026", _FINDING_A, "Apologise to the resident in writing.",
     "Repairs Manager", "Within 4 weeks of determination", "Complied"],
    ["HOS-1", "10/03/2026", _FINDING_A, "Pay the resident £400 for the distress caused.",
     "Repairs Manager", "Within 2 months of the determination date",
     "Evidence sent, awaiting confirmation"],
    ["HOS-2", "31/01/2026", _FINDING_B, "Review how stage 2 complaints are logged.",
     "Complaints Officer", "Within 3 months of determination", "Risk accepted"],
    ["HOS-2", "31/01/2026", _FINDING_B, "Train complaint handlers on the new code.",
     "Complaints Officer", "31/07/2026", "Partially complied"],
]  # fmt: skip


def test_prose_new_on_every_row_beside_a_repeated_finding_is_the_action(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _TRACKER))
    # the finding groups the remedies; each remedy agreed is an action of its own
    assert [(r.ref, r.text, [a.text for a in r.actions]) for r in plan.recommendations] == [
        ("HOS-1", _FINDING_A, ["Apologise to the resident in writing.",
                               "Pay the resident £400 for the distress caused."]),
        ("HOS-2", _FINDING_B, ["Review how stage 2 complaints are logged.",
                               "Train complaint handlers on the new code."]),
    ]  # fmt: skip


def test_officer_heads_the_lead(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _TRACKER))
    assert [a.leads for a in actions(plan)] == [
        ["Repairs Manager"],
        ["Repairs Manager"],
        ["Complaints Officer"],
        ["Complaints Officer"],
    ]


def test_within_a_time_of_an_event_counts_from_the_rows_column_of_that_name(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _TRACKER))
    assert [(a.due, a.due_text) for a in actions(plan)] == [
        (D(2026, 4, 7), "Within 4 weeks of determination"),
        (D(2026, 5, 10), "Within 2 months of the determination date"),
        (D(2026, 4, 30), "Within 3 months of determination"),  # 31 Jan + 3 months
        (D(2026, 7, 31), "31/07/2026"),
    ]


def test_a_row_date_of_that_name_only() -> None:
    dated = row_dates(["Decision date", "Deadline"], ["14/08/2026", "Within 1 month"])
    assert counted_deadline("Within 1 month of decision", {}, dated) == D(2026, 9, 14)
    assert counted_deadline("Within 1 month of final decision", {}, dated) is None
    # no column and no date above the table dates the review: no date (the wording kept)
    assert counted_deadline("Within 1 month of the review", {}, dated) is None
    assert counted_deadline("Within 1 month of the report", {"report": D(2026, 7, 1)}, dated) == D(
        2026, 8, 1
    )


def test_an_ombudsmans_status_words(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _TRACKER))
    # complied is done; sent but not yet confirmed is still open; a risk accepted is
    # work that will not be done
    assert [a.status for a in actions(plan)] == ["done", "in_progress", "dropped", "in_progress"]
