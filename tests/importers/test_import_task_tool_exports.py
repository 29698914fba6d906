"""Task tools' exports (Jira, Microsoft Planner, and their kin): opaque IDs are refs, never
the wording; a column of parent IDs groups the items; who recorded an item is a field.
Each rule on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_JIRA_HEADER = [
    "Summary", "Issue key", "Issue id", "Status", "Assignee", "Due date", "Parent",
    "Parent summary", "Comment",
]  # fmt: skip
_JIRA = [
    _JIRA_HEADER,
    ["Label every field of the garden waste form", "WEB-4", "10234", "Done", "Priya Nair",
     "31/Oct/25", "WEB-1", "Forms", "29/Oct/25 4:40 PM;priya.nair;Labels added and retested."],
    ["Let keyboard users pay by direct debit", "WEB-5", "10235", "In Progress", "Priya Nair",
     "28/Nov/25", "WEB-1", "Forms", ""],
    ["Replace the agenda PDFs with accessible pages", "WEB-8", "10238", "To Do", "Sophie Grant",
     "19/Dec/25", "WEB-2", "Documents", ""],
    ["Tag the maps PDF for screen readers", "WEB-9", "10239", "Cancelled", "Sophie Grant",
     "", "WEB-2", "Documents", ""],
]  # fmt: skip


def test_parent_ids_in_blocks_group_the_items_they_share_the_form_of(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _JIRA))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("WEB-1", "Forms"),
        ("WEB-2", "Documents"),
    ]
    assert [a.ref for a in actions(plan)] == ["WEB-4", "WEB-5", "WEB-8", "WEB-9"]
    # The tool's internal number is kept, as a field, not glued onto the ref
    assert actions(plan)[0].fields["Issue id"] == "10234"


def test_the_summary_on_every_row_is_the_action_not_a_longer_sparse_comment(
    tmp_path: Path,
) -> None:
    first = actions(plan_of(write(tmp_path, _JIRA)))[0]
    assert first.text == "Label every field of the garden waste form"
    (update,) = first.updates
    assert (update.date, update.text) == (dt.date(2025, 10, 29), _JIRA[1][8])


def test_a_day_with_a_named_month_between_slashes_is_that_day(tmp_path: Path) -> None:
    first, _, _, last = actions(plan_of(write(tmp_path, _JIRA)))
    assert (first.due, first.due_text) == (dt.date(2025, 10, 31), "31/Oct/25")
    assert last.due is None


_PLANNER = [
    ["Task ID", "Task Name", "Bucket Name", "Progress", "Assigned To", "Created By",
     "Completed By", "Due date", "Description"],
    ["AAMkQ1x7Rt0YkVn2bq9E2Fz7tWmL", "Review every polling station for access",
     "Polling stations", "In progress", "Gareth Lloyd", "Helen Shaw", "", "2026-01-30",
     "Use the Electoral Commission checklist."],
    ["BBnRt4Yh8sLqW0pZc6VdX1eJk3Mu", "Appoint presiding officers and poll clerks", "Staffing",
     "Completed", "Amira Hassan;Gareth Lloyd", "Helen Shaw", "Amira Hassan", "2026-02-27", ""],
    ["CCp9Wq2Ls7Xk4Nd1Rf5Tg8Hj0Yb6", "Order the voter identification signs", "Polling stations",
     "Not started", "Gareth Lloyd", "Helen Shaw", "", "2025-11-14", ""],
]  # fmt: skip


def test_opaque_task_ids_are_the_refs_and_the_task_name_the_action(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _PLANNER))
    assert [(a.ref, a.text) for a in actions(plan)] == [(row[0], row[1]) for row in _PLANNER[1:]]
    # Buckets come back between tasks: a field of each task, not the grouping
    assert [r.ref for r in plan.recommendations] == ["1"]
    assert actions(plan)[2].fields["Bucket Name"] == "Polling stations"


def test_who_created_or_completed_a_task_is_a_field_not_who_does_it(tmp_path: Path) -> None:
    first, second, _ = actions(plan_of(write(tmp_path, _PLANNER)))
    assert (second.leads, second.responsible) == (["Amira Hassan", "Gareth Lloyd"], [])
    assert second.fields["Created By"] == "Helen Shaw"
    assert second.fields["Completed By"] == "Amira Hassan"
    # A "Description" filled on one row of three is a note of that task, not the actions
    assert first.fields["Description"] == "Use the Electoral Commission checklist."


_JIRA_WITH_EPICS = [
    ["Issue key", "Issue id", "Issue Type", "Summary", "Status", "Assignee", "Parent"],
    ["WEB-1", "10231", "Epic", "Forms and online transactions", "In Progress", "Priya Nair",
     ""],
    ["WEB-2", "10232", "Epic", "Documents and PDFs", "To Do", "Sophie Grant", ""],
    ["WEB-3", "10233", "Story", "Label every field of the garden waste form", "Done",
     "Priya Nair", "WEB-1"],
    ["WEB-4", "10234", "Story", "Replace the agenda PDFs with accessible pages", "To Do",
     "Sophie Grant", "WEB-2"],
    ["WEB-5", "10235", "Task", "Let keyboard users pay by direct debit", "In Progress",
     "Priya Nair", "WEB-1"],
]  # fmt: skip


def test_a_row_that_other_rows_name_as_parent_is_their_recommendation(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _JIRA_WITH_EPICS))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    assert recs == [
        ("WEB-1", "Forms and online transactions", ["WEB-3", "WEB-5"]),
        ("WEB-2", "Documents and PDFs", ["WEB-4"]),
    ]
    # The epic's own cells are kept with its recommendation: nothing of the row is lost
    assert plan.recommendations[0].fields["Issue Type"] == "Epic"
    assert plan.recommendations[1].fields["Status"] == "To Do"


_ASANA = [
    ["Task ID", "Created At", "Name", "Section/Column", "Assignee", "Due Date", "Notes",
     "Parent task"],
    ["1204567890123401", "2025-09-01", "Review the polling station access audits",
     "Polling stations", "Gareth Lloyd", "2026-01-30", "", ""],
    ["1204567890123402", "2025-09-01", "Send the postal vote refresh notices",
     "Postal votes", "Priya Desai", "2025-10-31", "Printed by the supplier.", ""],
    ["1204567890123403", "2025-09-02", "Recruit presiding officers and poll clerks",
     "Staffing", "Amira Hassan", "2026-02-27", "", ""],
]  # fmt: skip


def test_a_long_numeric_task_id_is_kept_as_written_not_numbered_under_1(tmp_path: Path) -> None:
    first, second, _ = actions(plan_of(write(tmp_path, _ASANA)))
    assert (first.ref, first.text) == (
        "1204567890123401",
        "Review the polling station access audits",
    )
    # An empty "Parent task" column is no action column; the creation day is no deadline
    assert first.due == dt.date(2026, 1, 30)
    # Asana's "Notes" is the text of the task itself, its description: a field, not news
    assert (second.updates, second.fields["Notes"]) == ([], "Printed by the supplier.")


def test_a_header_written_again_over_each_group_is_found_above_the_first(
    tmp_path: Path,
) -> None:
    header = ["Name", "Person", "Status", "Item ID"]
    rows = [
        ["Elections readiness 2026"],
        header,
        ["Review every polling station for accessibility", "Gareth Lloyd", "Working on it",
         "1842003311"],
        ["Order the voter identification signs now", "Gareth Lloyd", "Done", "1842003312"],
        [],
        ["Postal votes"],
        header,
        ["Send the postal vote refresh notices", "Priya Desai", "Stuck", "1842003313"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.ref, a.status) for a in found] == [
        ("1842003311", "in_progress"),
        ("1842003312", "done"),
        ("1842003313", "blocked"),
    ]


_PLANNER_CHECKLISTS = [
    ["Task ID", "Task Name", "Progress", "Assigned To", "Completed Checklist Items",
     "Checklist Items"],
    ["AAMkQ1x7Rt0YkVn2bq9E2Fz7tWmL", "Review every polling station for access", "Completed",
     "Gareth Lloyd", "3/3", "Ramps;Doors;Signs"],
    ["BBnRt4Yh8sLqW0pZc6VdX1eJk3Mu", "Appoint presiding officers and poll clerks",
     "In progress", "Amira Hassan", "", ""],
    ["CCp9Wq2Ls7Xk4Nd1Rf5Tg8Hj0Yb6", "Order the voter identification signs", "In progress",
     "Gareth Lloyd", "1/2", "Quote;Order"],
    ["DDx3Lm8Qr1Vt6Yc0Wn4Zp7Ks2Hf5", "Book the count venue", "Not started", "Amira Hassan",
     "", ""],
]  # fmt: skip


def test_checklist_counts_written_on_some_tasks_are_a_field_never_the_grouping(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _PLANNER_CHECKLISTS))
    # "3/3", "1/2" with blanks between are counts of done items, not refs merged down
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "")]
    first, second, third, _ = actions(plan)
    assert first.fields["Completed Checklist Items"] == "3/3"
    assert third.fields["Checklist Items"] == "Quote;Order"
    # A blank is a task with no checklist: nothing is carried down from the task above
    assert not second.fields.get("Completed Checklist Items")


def test_counts_done_of_a_total_in_any_plan_are_a_field_not_refs(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Steps done"],
        ["1.1", "Publish the new complaints policy", "Jo Baines", "2/3"],
        ["1.2", "Train the front-line staff on the policy", "Jo Baines", ""],
        ["2.1", "Report complaint numbers to the board", "Sam Okafor", "0/2"],
        ["2.2", "Survey complainants on their experience", "Sam Okafor", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "2.1", "2.2"]
    assert "0/2" not in [r.ref for r in plan.recommendations]
    assert actions(plan)[2].fields["Steps done"] == "0/2"
    assert all(not a.updates for a in actions(plan))


def test_sparse_points_that_go_down_and_up_are_a_field_not_blocks(tmp_path: Path) -> None:
    rows = [
        ["Issue key", "Summary", "Status", "Assignee", "Story Points"],
        ["WEB-4", "Label every field of the garden waste form", "Done", "Priya Nair", "3"],
        ["WEB-5", "Let keyboard users pay by direct debit", "In Progress", "Priya Nair", ""],
        ["WEB-8", "Replace the agenda PDFs with accessible pages", "To Do", "Sophie Grant", "1"],
        ["WEB-9", "Tag the maps PDF for screen readers", "To Do", "Sophie Grant", ""],
        ["WEB-11", "Caption the council meeting videos", "To Do", "Sophie Grant", "5"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "")]
    found = actions(plan)
    assert [a.ref for a in found] == ["WEB-4", "WEB-5", "WEB-8", "WEB-9", "WEB-11"]
    assert found[2].fields["Story Points"] == "1"
    # A task with no points has none: the 3 above is not carried down to it
    assert not found[1].fields.get("Story Points")
