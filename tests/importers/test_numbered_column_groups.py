"""A row per recommendation with its actions in numbered column groups across it:
'Action 1 | Action 1 - Responsible officer | Action 1 - Target date | Action 2 | …', as a
Microsoft Form asking for up to three actions downloads its responses. Each filled group
is one action of the row's recommendation; a blank group is none. Forms' own columns
('ID | Start time | Completion time | Email | Name') are the response's, fields."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write_workbook

D = dt.date
GROUPS = [
    f"Action {n}{part}"
    for n in (1, 2, 3)
    for part in ("", " - Responsible officer", " - Target date")
]
QUESTIONS = ["Recommendation number", "Recommendation", "Priority", *GROUPS]
FORMS_OWN = ["ID", "Start time", "Completion time", "Email", "Name"]
RECS = [
    ["1", "Bank detail changes should be verified by a call-back.", "High",
     "Write a call-back procedure.", "Marion Fenwick", D(2026, 12, 18),
     "Add a second-person check of bank detail changes.", "Tariq Malik", D(2027, 1, 29),
     "Train creditors staff on mandate fraud.", "Marion Fenwick", D(2027, 2, 26)],
    ["2", "Invoices should be matched to a purchase order.", "Medium",
     "Switch on three-way matching.", "Tariq Malik", D(2027, 3, 31),
     "Report monthly on invoices paid without an order.", "Helen Okoro", D(2027, 1, 31),
     None, None, None],
    ["3", "Dormant suppliers should be removed.", "Low",
     "Deactivate dormant suppliers.", "Tariq Malik", D(2027, 2, 26),
     None, None, None, None, None, None],
]  # fmt: skip
RESPONDENTS = [
    [1, dt.datetime(2026, 11, 10, 9, 4), dt.datetime(2026, 11, 10, 9, 12),
     "helen.okoro@brightwell.gov.uk", "Helen Okoro"],
    [2, dt.datetime(2026, 11, 11, 9, 8), dt.datetime(2026, 11, 11, 9, 16),
     "marion.fenwick@brightwell.gov.uk", "Marion Fenwick"],
    [3, dt.datetime(2026, 11, 12, 9, 12), dt.datetime(2026, 11, 12, 9, 20),
     "helen.okoro@brightwell.gov.uk", "Helen Okoro"],
]  # fmt: skip
EXPECTED = [
    ("1.1", "Write a call-back procedure.", ["Marion Fenwick"], D(2026, 12, 18)),
    ("1.2", "Add a second-person check of bank detail changes.", ["Tariq Malik"], D(2027, 1, 29)),
    ("1.3", "Train creditors staff on mandate fraud.", ["Marion Fenwick"], D(2027, 2, 26)),
    ("2.1", "Switch on three-way matching.", ["Tariq Malik"], D(2027, 3, 31)),
    ("2.2", "Report monthly on invoices paid without an order.", ["Helen Okoro"], D(2027, 1, 31)),
    ("3.1", "Deactivate dormant suppliers.", ["Tariq Malik"], D(2027, 2, 26)),
]


def test_each_filled_numbered_group_is_an_action_of_its_rows_recommendation(
    tmp_path: Path,
) -> None:
    plan = plan_of(write_workbook(tmp_path, {"Sheet1": [QUESTIONS, *RECS]}))
    assert [(r.ref, r.text) for r in plan.recommendations] == [(r[0], r[1]) for r in RECS]
    assert [(a.ref, a.text, a.leads, a.due) for a in actions(plan)] == EXPECTED
    assert {a.fields["Priority"] for a in plan.recommendations[0].actions} == {"High"}


def test_forms_own_columns_are_fields_not_the_ref_nor_who_does_the_work(
    tmp_path: Path,
) -> None:
    rows = [
        [*FORMS_OWN, *QUESTIONS],
        *([*who, *rec] for who, rec in zip(RESPONDENTS, RECS, strict=True)),
    ]
    plan = plan_of(write_workbook(tmp_path, {"Sheet1": rows}))
    got = [(a.ref, a.text, a.leads, a.due) for a in actions(plan)]
    assert got == EXPECTED
    assert all(a.responsible == [] for a in actions(plan))
    first = plan.recommendations[0].actions[0]
    assert first.fields["Name"] == "Helen Okoro"
    assert first.fields["Email"] == "helen.okoro@brightwell.gov.uk"
    assert first.fields["ID"] == "1"


def test_a_forms_time_stamp_is_kept_with_a_space_between_its_day_and_time(
    tmp_path: Path,
) -> None:
    """A workbook's date-time reads as people write it, '2026-11-10 09:04:00', not ISO's
    '2026-11-10T09:04:00', whose day runs into the hour as one word and is lost to search."""
    rows = [[*FORMS_OWN, *QUESTIONS], [*RESPONDENTS[0], *RECS[0]]]
    first = plan_of(write_workbook(tmp_path, {"Sheet1": rows})).recommendations[0].actions[0]
    assert first.fields["Start time"] == "2026-11-10 09:04:00"
    assert first.fields["Completion time"] == "2026-11-10 09:12:00"
