"""Rules found on the seventeenth hold-out set (a Microsoft Project programme whose WBS
outline puts summary tasks over their sub-tasks; an NHS education plan's "Timeline" in
financial years "FY26/27"; a water company's tracker rated "Amber/Red" and due in "AMP8
Year 2"): each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_summary_tasks_of_a_work_breakdown_are_the_recommendations(tmp_path: Path) -> None:
    rows = [
        ["ID", "WBS", "Task Name", "Start", "Finish", "Predecessors", "Resource Names",
         "% Complete"],
        ["1", "1", "Fire doors", "Mon 01/06/26", "Fri 11/09/26", "", "", "60%"],
        ["2", "1.1", "Survey the doors", "Mon 01/06/26", "Fri 19/06/26", "",
         "Tom Okafor[50%]", "100%"],
        ["3", "1.2", "Replace the doors", "Mon 22/06/26", "Fri 11/09/26", "2",
         "Tom Okafor,Apex Doors Ltd", "20%"],
        ["4", "2", "Resident engagement", "Mon 02/11/26", "Thu 24/12/26", "", "", "0%"],
        ["5", "2.1", "Refresh the strategy", "Mon 02/11/26", "Fri 11/12/26", "3",
         "Ann Lee", "0%"],
        ["6", "2.2", "Collect evacuation plans", "Mon 30/11/26", "Thu 24/12/26", "5",
         "Ann Lee[25%]", "0%"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # the WBS is the ref, Project's row ID (counting summary rows too) and the
    # predecessors (rows a task waits for) are fields; summary rows are no actions
    assert recs == [
        ("1", "Fire doors", ["1.1", "1.2"]),
        ("2", "Resident engagement", ["2.1", "2.2"]),
    ]
    first, second = actions(plan)[:2]
    # a share of someone's time is no part of their name
    assert first.leads == ["Tom Okafor"]
    assert second.leads == ["Tom Okafor", "Apex Doors Ltd"]
    assert second.due == dt.date(2026, 9, 11)  # Finish, not Start
    assert second.fields["Predecessors"] == "2"
    # the summary row's rolled-up cells stay with its recommendation
    assert plan.recommendations[0].fields["% Complete"] == "60%"
