"""Header rules found on the fifteenth hold-out set (a NICE baseline assessment with
"Timescale" merged over "Original" | "Revised", a GPhC improvement plan with "Progress"
merged over "Q2 2026/27" | "Q3 2026/27", every other header cell merged down both rows):
each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers.explain import explain_file
from tests.importers.test_import_rules import OPTIONS, actions, plan_of, write, write_workbook

D = dt.date


Row = list[object]


def test_a_group_merged_across_over_names_merged_down_is_one_header(tmp_path: Path) -> None:
    """The long "Does the organisation comply?" merged down both rows made the lower row
    look like data: it became an action and "Revised" a nameless "Column 5"."""
    rows: list[Row] = [
        ["Ref", "Does the organisation comply? (Yes/Partial/No)", "Action required to comply",
         "Action lead", "Timescale", None],
        [None, None, None, None, "Original", "Revised"],
        ["1", "Partial", "Roll out the screening tool to all wards.", "Dr Priya Nair",
         "31/12/2026", None],
        ["2", "No", "Add a prompt to the escalation screen.", "Mark Ellison",
         "31/10/2026", "31/01/2027"],
    ]  # fmt: skip
    path = write_workbook(
        tmp_path, {"Plan": rows}, ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1"], "qip.xlsx"
    )
    roll_out, prompt = actions(plan_of(path))
    assert [a.text for a in (roll_out, prompt)] == [
        "Roll out the screening tool to all wards.",
        "Add a prompt to the escalation screen.",
    ]
    # "Timescale Revised" wins over "Timescale Original", kept as the baseline
    assert (roll_out.due, roll_out.original_due) == (D(2026, 12, 31), None)
    assert (prompt.due, prompt.original_due) == (D(2027, 1, 31), D(2026, 10, 31))


def test_a_column_of_yes_partial_no_answers_is_a_field_not_the_ref(tmp_path: Path) -> None:
    """ "Does the organisation comply? (Yes/Partial/No)": its "No" read as a ref header
    made "Partial" the first action's ref. A self-assessment is a field, and not the
    action's status either."""
    rows: list[Row] = [
        ["Does the organisation comply? (Yes/Partial/No)", "Action required to comply",
         "Action lead", "Deadline", "Status"],
        ["Partial", "Roll out the screening tool to all wards.", "Dr Priya Nair", "Dec-26",
         "In progress"],
        ["No", "Add a prompt to the escalation screen.", "Mark Ellison", "Jan-27",
         "Not started"],
        ["Yes", "Share the tool with the urgent treatment centre.", "Jo Whitlock", "Sep-26",
         "Complete"],
    ]  # fmt: skip
    roll_out, prompt, share = actions(
        plan_of(write_workbook(tmp_path, {"Plan": rows}, [], "qip.xlsx"))
    )
    assert [a.ref for a in (roll_out, prompt, share)] == ["1.1", "1.2", "1.3"]
    compliance = "Does the organisation comply? (Yes/Partial/No)"
    assert [a.fields[compliance] for a in (roll_out, prompt, share)] == ["Partial", "No", "Yes"]
    assert [a.status for a in (roll_out, prompt, share)] == ["in_progress", "not_started", "done"]


def test_explain_names_the_day_within_28_days_counts_from(tmp_path: Path) -> None:
    """The user can check the date "Within 28 days" was given against the day it counts
    from; a plan that dates no inspection says nothing of it."""
    rows = [
        ["Improvement action plan following the GPhC inspection on 08/07/2026"],
        ["Action", "Who", "By when"],
        ["Review and update all SOPs.", "Amira Khan", "Within 28 days"],
    ]
    explained = "\n".join(explain_file(write(tmp_path, rows), OPTIONS))
    assert "'Within 28 days' and the like count from: inspection 8 Jul 2026" in explained
    assert "count from" not in "\n".join(explain_file(write(tmp_path, rows[1:]), OPTIONS))
