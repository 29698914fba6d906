"""Rules found on the sixteenth hold-out set (a Section 11 self-audit and a school's SFVS
plan whose update columns are headed by a meeting and its date; a care home's plan with
"Standard 2: Medication" merged down each block; an Asana export whose sections are the
plan's priorities): each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_ASANA = [
    ["Task ID", "Name", "Section/Column", "Assignee", "Due Date", "Notes", "Comments"],
    ["1208840000001101", "Agree the terms of reference of the board",
     "Priority 1: Partnership and governance", "Hannah Price", "2026-03-31", "", ""],
    ["1208840000001108", "Publish the local definition of serious violence",
     "Priority 1: Partnership and governance", "Hannah Price", "2026-05-31",
     "Definition includes domestic abuse.", "12/05/26 – agreed by the board."],
    ["1208840000001122", "Sign the information sharing agreement",
     "Priority 2: Data sharing", "Sofia Marin", "2026-06-30", "", ""],
    ["1208840000001164", "Fund a youth worker in the emergency department",
     "Priority 4: Early intervention", "Sofia Marin", "2026-09-30",
     "Funding agreed; recruitment under way.", ""],
]  # fmt: skip


def test_a_task_tools_sections_in_blocks_are_the_recommendations(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _ASANA))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    assert recs == [
        ("1", "Partnership and governance", ["1208840000001101", "1208840000001108"]),
        ("2", "Data sharing", ["1208840000001122"]),
        ("4", "Early intervention", ["1208840000001164"]),
    ]


def test_a_task_tools_notes_are_the_tasks_description_not_news(tmp_path: Path) -> None:
    _, second, _, fourth = actions(plan_of(write(tmp_path, _ASANA)))
    assert fourth.updates == []
    assert fourth.fields["Notes"] == "Funding agreed; recruitment under way."
    # the comments column is news still, dated by the date it opens with
    assert [(u.date, u.text) for u in second.updates] == [
        (dt.date(2026, 5, 12), "12/05/26 – agreed by the board.")
    ]
