"""Rules found on the sixth hold-out set (review, audit and programme plans): each on a
small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from importers import stages
from importers.explain import explain
from tests.importers.test_import_rules import (
    OPTIONS,
    actions,
    plan_of,
    result_of,
    write,
    write_workbook,
)

_TRACKER = [
    ["Improvement and recovery plan – milestone tracker"],
    ["Ref", "Milestone", "SRO", "Target date", "Status"],
    ["FS-01", "Set a balanced budget without exceptional support.", "Rhys Thomas", "Feb-26",
     "On track"],
    ["FS-02", "Sell surplus assets to reduce borrowing by £40m.", "Rhys Thomas", "2025/26",
     "At risk"],
    ["FS-03", "Adopt a revised Minimum Revenue Provision policy.", "Amara Bello", "31/12/2024",
     "Complete"],
]  # fmt: skip


def test_a_milestone_column_is_the_action_of_a_programme_tracker(tmp_path: Path) -> None:
    first, second, third = actions(plan_of(write(tmp_path, _TRACKER)))
    assert (first.ref, first.text) == ("FS-01", _TRACKER[2][1])
    assert (second.leads, second.due_text, second.rag) == (["Rhys Thomas"], "2025/26", "amber")
    assert third.status == "done"


def test_key_milestones_beside_an_action_column_are_a_field(tmp_path: Path) -> None:
    rows = [
        ["Recommendation", "Action to take", "Lead agency", "Key milestones", "Target date"],
        ["1. Train frontline staff.", "Map the training offer.", "Police", "Template agreed.",
         "31.10.25"],
        ["", "Commission economic abuse training.", "Council", "Provider appointed.", "Mar-26"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert first.text == "Map the training offer."
    assert second.fields["Key milestones"] == "Provider appointed."


def test_a_header_no_words_name_is_found_from_the_cells_under_it(tmp_path: Path) -> None:
    rows = [
        ["Hartsfield Borough Council – recovery tracker"],
        ["Position at 31 October 2025"],
        ["Code", "Deliverable", "Who", "When"],
        ["FS-01", "Set a balanced budget without exceptional support.", "Rhys Thomas", "Feb-26"],
        ["FS-02", "Sell surplus assets to reduce borrowing by £40m.", "Rhys Thomas", "2025/26"],
        ["GOV-01", "Adopt a new constitution and scheme of delegation.", "Amara Bello", "Jul-25"],
    ]
    path = write(tmp_path, rows)
    plan = plan_of(path)
    assert plan.title == "Hartsfield Borough Council – recovery tracker"
    texts = [a.text for a in actions(plan)]
    assert texts == [row[1] for row in rows[3:]]
    # the cells of the header row stay the column names
    assert actions(plan)[0].fields["Code"] == "FS-01"
    said = "\n".join(explain(stages(path, OPTIONS)))
    assert "header: row 3 (no cell worded like a header" in said
    assert "no column is headed like an action: used 'Deliverable'" in said


_CQC_HEADER = ["CQC ref", "Requirement", "Action", "Lead", "Due"]


_TITLE = ["Kingsmere Hospitals NHS Trust – CQC quality improvement plan"]


_MEDICINE: list[list[object]] = [  # the ref and requirement as merged cells read
    ["MD1", "Assess falls risk on time.", "Introduce a falls assessment.", "Jo Marsh", "Dec-25"],
    ["MD1", "Assess falls risk on time.", "Audit compliance monthly.", "Jo Marsh", "Q3 2025/26"],
    ["MD2", "Store medicines correctly.", "Fit fridge monitoring.", "Amir Patel", "Mar-26"],
]  # fmt: skip


def _directorates(tmp_path: Path, surgery: list[list[object]]) -> Path:
    sheets = {
        "Summary": [["Directorate", "Actions", "Complete"], ["Medicine", 2, 0]],
        "Medicine": [_TITLE, ["Directorate: Medicine"], _CQC_HEADER, *_MEDICINE],
        "Surgery": [_TITLE, ["Directorate: Surgery"], _CQC_HEADER, *surgery],
        "Key": [["Initials", "Name"], ["JM", "Jo Marsh"]],
    }
    return write_workbook(tmp_path, sheets, name="qip.xlsx")


def test_sheets_sharing_the_plans_header_are_one_plan_in_sheet_order(tmp_path: Path) -> None:
    surgery: list[list[object]] = [
        ["MD3", "Complete the WHO checklist.", "Re-launch the checklist.", "Tom Ellis", "Oct-25"],
        ["MD3", "Complete the WHO checklist.", "Observe 20 cases a month.", "JM", "Ongoing"],
        ["SD1", "Send discharge summaries in time.", "Add it to the dashboard.", "JM", "Weekly"],
    ]  # fmt: skip
    path = _directorates(tmp_path, surgery)
    result = result_of(path)
    (plan,) = result.plans
    # numbering carries across the sheets, each recommendation keeps its own ref
    assert [r.ref for r in plan.recommendations] == ["MD1", "MD2", "MD3", "SD1"]
    assert [a.ref for a in actions(plan)] == ["MD1.1", "MD1.2", "MD2.1", "MD3.1", "MD3.2", "SD1.1"]
    # each action says which sheet it sits on; the Key sheet still resolves initials
    assert [a.fields["Sheet"] for a in actions(plan)] == ["Medicine"] * 3 + ["Surgery"] * 3
    assert actions(plan)[5].leads == ["Jo Marsh"]
    # the summary names the sheets used, and a warning the row on its own sheet
    assert result.sheet.startswith("'Medicine, Surgery' (2 sheets with the same header")
    assert "row 6 of 'Surgery': deadline 'Weekly' has no date" in result.warnings
    # --sheet reads the one sheet named; --header-row still reads the sheets alike
    named = result_of(path, OPTIONS.model_copy(update={"sheet": "Surgery"}))
    assert [a.ref for a in actions(named.plans[0])] == ["MD3.1", "MD3.2", "SD1.1"]
    header = result_of(path, OPTIONS.model_copy(update={"header_row": 3}))
    assert len(actions(header.plans[0])) == 6


def test_sheets_repeating_each_others_rows_are_versions_not_parts(tmp_path: Path) -> None:
    path = _directorates(tmp_path, _MEDICINE)  # last month's copy of the plan
    assert [a.ref for a in actions(plan_of(path))] == ["MD1.1", "MD1.2", "MD2.1"]
