"""Columns and the rows around the table: which column is the action, a field, the
people or a body; headers found from their cells; sheets read as one plan or as monthly
snapshots; titles, notes, sign-offs and totals above and below the table.

Each rule on a small plan the test writes itself. The tests were first written with the
blind hold-out set whose plans showed the rule; a comment over each group says which."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from importers import stages
from importers.explain import explain
from importers.group import names_the_document
from importers.locate import NOTE_TEST_BATCH
from importers.vocab import is_grade
from tests.importers.test_import_rules import (
    OPTIONS,
    actions,
    plan_of,
    result_of,
    write,
    write_workbook,
)

D = dt.date
Row = list[object]


# Seen in hold-out 6 (these tests were in test_import_holdout6_rules.py):
# Rules found on the sixth hold-out set (review, audit and programme plans): each on a
# small file of its own, written by the test.


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


# Seen in hold-out 235 (a plan split over two sheets by year, its first column a list's ID
# left blank on the title rows, so that they sit in the second column, under the table's):
# the second sheet's title rows are no actions, and a recommendation carried over stays one.


def test_title_rows_over_a_later_sheets_header_are_no_actions(tmp_path: Path) -> None:
    header = ["Item", "Rec", "Recommendation", "No.", "Action", "Owner", "Due"]
    rent = "Collect rent arrears sooner."

    title, position = "Ashdown Housing – tenancy audit plan", "Progress reported 1 December 2026"

    def year(name: str, rows: list[list[object]]) -> list[list[object]]:
        return [["", title], ["", name], ["", position], [], header, *rows]

    sheets = {
        "Year one": year("Delivery in 2025/26", [
            [7, "1", "Answer repairs calls in a day.", "1.1", "Staff the phones till 6pm.",
             "Repairs Manager", "31/03/2026"],
            [8, "2", rent, "2.1", "Send a letter on the first missed week.", "Income Manager",
             "31/03/2026"],
        ]),
        "Year two": year("Delivery in 2026/27", [
            [9, "2", rent, "2.2", "Visit every tenant eight weeks behind.", "Income Manager",
             "31/03/2027"],
            [10, "3", "Check gas safety on time.", "3.1", "Book checks two months ahead.",
             "Gas Manager", "31/03/2027"],
        ]),
    }  # fmt: skip
    plan = plan_of(write_workbook(tmp_path, sheets))
    recs = [(r.ref, [a.ref for a in r.actions]) for r in plan.recommendations]
    assert recs == [("1", ["1.1"]), ("2", ["2.1", "2.2"]), ("3", ["3.1"])]
    assert plan.title == title
    assert actions(plan)[2].fields["Section"] == "Delivery in 2026/27"


def test_sheets_repeating_each_others_rows_are_versions_not_parts(tmp_path: Path) -> None:
    path = _directorates(tmp_path, _MEDICINE)  # last month's copy of the plan
    assert [a.ref for a in actions(plan_of(path))] == ["MD1.1", "MD1.2", "MD2.1"]


# Seen in hold-out 246 (an older working copy of the plan, one more action and July's
# statuses, kept first in the workbook and hidden from its tabs): it was joined in.


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_a_hidden_sheet_is_no_part_of_the_plan_and_its_words_are_kept(
    tmp_path: Path, state: str
) -> None:
    header = ["Ref", "Action", "Lead", "Status"]
    rows = [
        ["1.1", "Agree a speaking up strategy with the Board.", "Chief Nurse"],
        ["1.2", "Give the Guardian three days a week.", "Chief People Officer"],
    ]
    older = [["Working copy, July 2026"], header, *(r + ["Not started"] for r in rows)]
    older.append(["1.3", "Appoint a second Guardian.", "Chief People Officer", "Not started"])
    shown = [["Position, November 2026"], header, *(r + ["Complete"] for r in rows)]
    path = write_workbook(tmp_path, {"Action plan_2": older, "Action plan": shown})
    book = load_workbook(path)
    book["Action plan_2"].sheet_state = state
    book.save(path)
    result = result_of(path)
    (plan,) = result.plans
    assert [(a.ref, a.status) for a in actions(plan)] == [("1.1", "done"), ("1.2", "done")]
    assert "1.3 | Appoint a second Guardian. | Chief People Officer | Not started" in plan.notes
    assert result.sheet == "'Action plan' (the only sheet shown, 1 hidden)"
    # named with --sheet, the hidden sheet is read: the user chose it
    named = plan_of(path, OPTIONS.model_copy(update={"sheet": "Action plan_2"}))
    assert [a.ref for a in actions(named)] == ["1.1", "1.2", "1.3"]


# Seen in hold-out 7 (these tests were in test_import_holdout7_rules.py):
# Rules found on the seventh hold-out set (enforcement notices, a school plan, a project
# sheet export): each on a small file of its own, written by the test.


def test_a_support_column_beside_the_lead_names_the_responsible(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Support required", "Support", "When"],
        ["i", "Buy a validated phonics programme.", "Head Teacher",
         "Budget of £6,000 agreed by the governing body.", "Reading Lead", "Summer 2 2026"],
        ["ii", "Assess every pupil every six weeks.", "Reading Lead",
         "Cover for two afternoons a term for the assessments.", "Early Years Lead",
         "Half termly"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Head Teacher"], ["Reading Lead"])
    assert second.responsible == ["Early Years Lead"]
    assert second.fields["Support required"] == rows[2][3]


# Seen in hold-out 9 (these tests were in test_import_holdout9_rules.py):
# Rules found on the ninth hold-out set (an ICO audit action plan in Word headed "Scope
# area A –" over each table, a Cyber Assessment Framework plan whose "Contributing outcome"
# is written once per block, a fire risk assessment's totals row): each on a small file of
# its own, written by the test.


def test_a_totals_row_naming_what_it_counts_is_a_note(tmp_path: Path) -> None:
    rows = [
        ["Item", "Action required", "Priority", "Action by"],
        ["4.1", "Remove the daisy-chained extension leads.", "H", "Paul Hendry"],
        ["4.2", "Commission an inspection of the fixed wiring.", "M", "Jackie Ward"],
        ["Total actions: 2", "", "H: 1, M: 1", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.ref for a in actions(plan)] == ["4.1", "4.2"]
    assert "Total actions: 2" in plan.notes


# Seen in hold-out 15 (these tests were in test_import_holdout15_headers.py):
# Header rules found on the fifteenth hold-out set (a NICE baseline assessment with
# "Timescale" merged over "Original" | "Revised", a GPhC improvement plan with "Progress"
# merged over "Q2 2026/27" | "Q3 2026/27", every other header cell merged down both rows):
# each on a small file of its own, written by the test.


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


# Seen in hold-out 18 (these tests were in test_import_holdout18_marks_owners.py):
# Rules found on the eighteenth hold-out set: actions and updates typed as bulleted lists,
# Excel's text marker in a CSV export, owners written "Name, Team", and a sign-off row
# below the table. Each on a small file of its own, written by the test.


def test_a_bullet_before_an_action_or_update_is_a_list_mark_not_text(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due", "Progress"],
        ["1.1", "• Publish the hazards policy.", "Jo Bell", "31/03/2027",
         "• Policy approved by the Board."],
        ["1.2", "- Sign placement agreements.", "Jo Bell", "31/03/2027",
         "- 03/10/2026 – Trust A confirmed.\n- 27/10/2026 – Trust B confirmed."],
        ["1.3", "Cut waiting times by -5% a year.", "Kim Moss", "31/03/2027",
         "Steps so far:\n- 14/11/2026 – Template agreed."],
        ["1.4", "-5% on last year's spend, a non-negotiable target.", "Kim Moss", "31/03/2027",
         "Steps:\n- survey sent\n- replies in"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    got = {a.ref: (a.text, [(u.date, u.text) for u in a.updates]) for a in actions(plan)}
    assert got == {
        "1.1": ("Publish the hazards policy.", [(None, "Policy approved by the Board.")]),
        # two bulleted dated lines are two updates, each dated, the bullets gone
        "1.2": (
            "Sign placement agreements.",
            [
                (dt.date(2026, 10, 3), "03/10/2026 – Trust A confirmed."),
                (dt.date(2026, 10, 27), "27/10/2026 – Trust B confirmed."),
            ],
        ),
        # a dated bulleted line inside a list is dated news too
        "1.3": (
            "Cut waiting times by -5% a year.",
            [(None, "Steps so far:"), (dt.date(2026, 11, 14), "14/11/2026 – Template agreed.")],
        ),
        # a minus is no bullet, and a list under a lead-in stays the list it is
        "1.4": (
            "-5% on last year's spend, a non-negotiable target.",
            [(None, "Steps:\n- survey sent\n- replies in")],
        ),
    }


def test_excels_text_marker_before_a_ref_or_number_is_not_part_of_it(tmp_path: Path) -> None:
    rows = [
        ["Rec no.", "Recommendation", "Ref", "Action", "Lead", "Due"],
        ["'1", "Improve risk assessment.", "'1/1", "Reissue the guidance.", "Jo Bell",
         "31/03/2027"],
        ["", "", "'1/2", "Dip-sample 50 calls a month.", "Jo Bell", "31/03/2027"],
        ["'2", "Review supervisor training.", "'2/1", "Rewrite the module on the '90s cases.",
         "Kim Moss", "31/03/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["1", "2"]
    # the apostrophe kept Excel from making 1/1 a date: the ref is 1/1, and a word keeps its own
    assert [a.text for a in actions(plan)][-1] == "Rewrite the module on the '90s cases."
    assert all("'" not in a.ref for a in actions(plan))


def test_an_apostrophe_is_the_text_marker_only_before_a_whole_cell_of_digits(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "'tis the '90", "Jo Bell", "31/03/2027"],
        ["1.2", "'3/2", "Jo Bell", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    # a cell that opens with a word's apostrophe keeps every apostrophe it has, the one
    # before a number further on too; a cell that is the marker and a value loses it
    assert [a.text for a in actions(plan)] == ["'tis the '90", "3/2"]


def test_a_sign_off_row_below_the_table_is_a_note_not_an_action(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Shortcoming", "Remedial action", "Owner", "Deadline"],
        ["1/1", "Inspections late.", "Load the planner.", "Jo Baines", "30/09/2026"],
        ["1/2", "", "Report inspections due.", "Jo Baines", "Ongoing"],
        ["", "", "", "", ""],
        ["Signed: Transport Manager", "", "Date: 30/11/2026", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.text for a in actions(plan)] == ["Load the planner.", "Report inspections due."]
    assert "Signed: Transport Manager" in plan.notes and "Date: 30/11/2026" in plan.notes


def test_a_banner_closing_a_batch_of_note_tests_heads_the_rows_after_it(
    tmp_path: Path,
) -> None:
    # The note tests are asked from the last row of each batch back: a banner that may
    # be a note, last of its batch, still heads the actions of the next batch, and the
    # sign-off below the table is still the plan's note.
    rows = [["Ref", "Action", "Owner", "Deadline"]]
    first = range(1, NOTE_TEST_BATCH - 1)  # the header and these fill the batch but one
    rows += [[f"1.{n}", f"Review the rota, part {n}.", "Jo Baines", "30/09/2026"] for n in first]
    rows += [["Theme 2: Workforce", "", "", ""]]
    rows += [["2.1", "Train the staff.", "Jo Baines", "30/09/2026"]]
    rows += [["", "", "", ""], ["Signed: Transport Manager", "", "Date: 30/11/2026", ""]]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", ""), ("2", "Workforce")]
    assert [a.text for a in plan.recommendations[1].actions] == ["Train the staff."]
    assert len(actions(plan)) == NOTE_TEST_BATCH - 1
    assert plan.notes == "Signed: Transport Manager Date: 30/11/2026"


# Seen in hold-out 106: a form's block below the table for who answers for the plan.


def test_a_representatives_block_below_the_table_is_notes(tmp_path: Path) -> None:
    rows = [
        ["Improvement needed", "Standard", "Service action", "Responsible officer", "Timescale"],
        ["Staff must finish training.", "7.1", "Protect time.", "Head of Nursing", "31/03/2027"],
        ["Managers must be seen.", "Leadership", "Walk the ward weekly.", "Manager", "Immediate"],
        ["Service representative", "", "", "", ""],
        ["Name (print):", "Dr Rhian Powell", "", "", ""],
        ["Job role:", "Director of Nursing, Unscheduled Care Group", "", "", ""],
        ["Date:", "06/11/2026", "", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.text for a in actions(plan)] == ["Protect time.", "Walk the ward weekly."]
    assert "Name (print): Dr Rhian Powell" in plan.notes and "Date: 06/11/2026" in plan.notes


# Seen in hold-out 56: a small table of counts by priority below the plan.
def test_a_table_of_counts_below_the_plan_is_notes_not_actions(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Finding", "Action required", "Priority", "Responsible"],
        ["1.1", "Policy out of date.", "Re-adopt the policy.", "High", "Head teacher"],
        ["1.2", "No fire drill.", "Hold a fire drill", "Low", "Site Manager"],
        ["", "", "", "", ""],
        ["Priority", "Actions", "Signed off", "", ""],
        ["High", "1", "0", "", ""],
        ["Low", "1", "1", "", ""],
        ["Total", "2", "1", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2"]
    assert "Priority Actions Signed off" in plan.notes and "Total 2 1" in plan.notes


# Seen in hold-out 243: a fire service's summary of its actions by colour per area above
# the plan, each summary row named as the plan's own area headings below are.
def test_a_table_of_counts_above_the_header_is_notes_not_the_areas(tmp_path: Path) -> None:
    rows = [
        ["Harbour Trust – service plan"],
        ["Where we are"],
        ["Theme", "Green", "Amber", "Red", "Total"],
        ["Theme 1 – Boats", "1", "1", "0", "2"],
        ["Theme 2 – Quays", "0", "0", "1", "1"],
        ["Total", "1", "1", "1", "3"],
        [],
        ["The plan"],
        ["Ref", "Action", "Owner", "RAG"],
        ["Theme 1 – The trust should keep its boats afloat."],
        ["1.1", "Caulk the hulls.", "Mo Finn", "Green"],
        ["1.2", "Replace the oars.", "Mo Finn", "Amber"],
        ["Theme 2 – The trust should repair its quays."],
        ["2.1", "Rebuild the east wall.", "Lu Park", "Red"],
    ]
    plan = plan_of(write(tmp_path, rows))
    # the areas are the headings over the rows, numbered as written, not the counts' rows
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", "The trust should keep its boats afloat.", ["1.1", "1.2"]),
        ("2", "The trust should repair its quays.", ["2.1"]),
    ]
    assert "Theme 1 – Boats 1 1 0 2" in plan.notes and "Total 1 1 1 3" in plan.notes


# Seen in hold-out 186: an at-a-glance list of the plan's sections above the header, each
# line the section's heading with a count of its actions.
def test_a_list_above_the_header_previewing_the_headings_with_counts_is_notes(
    tmp_path: Path,
) -> None:
    rows = [
        ["Riverside Library – service improvement plan"],
        ["The plan in brief"],
        ["Theme 1 – Opening hours (2 actions)"],
        ["Theme 2 – Digital lending – 1 action"],
        ["Ref", "Action", "Owner", "Due"],
        ["Theme 1 – Opening hours"],
        ["1.1", "Open on Sunday afternoons.", "Branch Manager", "31/03/2027"],
        ["1.2", "Survey users on evening hours.", "Branch Manager", "31/01/2027"],
        ["Theme 2 – Digital lending"],
        ["2.1", "Add e-audiobooks to the catalogue.", "Digital Officer", "28/02/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", "Opening hours", ["1.1", "1.2"]),
        ("2", "Digital lending", ["2.1"]),
    ]
    assert "Theme 1 – Opening hours (2 actions)" in plan.notes
    assert "Theme 2 – Digital lending – 1 action" in plan.notes


def test_a_contents_list_with_page_numbers_above_the_header_is_notes(tmp_path: Path) -> None:
    # A contents page copied above the table: each heading with the page it is on
    # after a tab (read as a space) or dot leaders, the same headings over their rows.
    rows = [
        ["Millbrook Leisure Trust – recovery plan"],
        ["Contents"],
        ["Foreword 2"],
        ["Aim 1: Bring the pools back into use 3"],
        ["Aim 2: Grow junior membership ....... 4"],
        ["Ref", "Action", "Owner", "Due"],
        ["Aim 1: Bring the pools back into use"],
        ["1.1", "Reline the learner pool.", "Facilities Manager", "31/03/2027"],
        ["Aim 2: Grow junior membership"],
        ["2.1", "Offer a free junior swim each half term.", "Sales Lead", "28/02/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", "Bring the pools back into use", ["1.1"]),
        ("2", "Grow junior membership", ["2.1"]),
    ]
    assert "Aim 1: Bring the pools back into use 3" in plan.notes


def test_a_heading_row_with_only_a_rating_beside_it_is_the_recommendation(
    tmp_path: Path,
) -> None:
    # Each theme rated as a whole on its heading row, above its actions' own ratings.
    rows = [
        ["Ref", "Action", "Owner", "Due", "Status", "RAG"],
        ["Theme 1 – Safer car parks", "", "", "", "", "Red"],
        ["1.1", "Light the lower deck.", "Parking Manager", "31/03/2027", "Delayed", "Amber"],
        ["1.2", "Fit help points on every level.", "Parking Manager", "30/06/2027", "", ""],
        ["Theme 2 – Cleaner streets", "", "", "", "", "Green"],
        ["2.1", "Empty town centre bins daily.", "Waste Lead", "31/01/2027", "On track", "Green"],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = plan.recommendations
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in recs] == [
        ("1", "Safer car parks", ["1.1", "1.2"]),
        ("2", "Cleaner streets", ["2.1"]),
    ]
    assert [r.fields.get("RAG") for r in recs] == ["Red", "Green"]
    assert [a.rag for a in actions(plan)] == ["amber", None, "green"]


def test_actions_appended_under_a_banner_at_the_foot_join_the_recommendation_they_number(
    tmp_path: Path,
) -> None:
    # New actions agreed at a review, added at the bottom and numbered on from their
    # recommendation's last action rather than slotted in under it.
    rows = [
        ["Ref", "Action", "Owner", "Due"],
        ["Recommendation 1: Cut the backlog of repairs"],
        ["1.1", "Hire two more plumbers.", "Repairs Manager", "31/01/2027"],
        ["1.2", "Open Saturday appointments.", "Repairs Manager", "28/02/2027"],
        ["Recommendation 2: Answer complaints on time"],
        ["2.1", "Track every complaint on one log.", "Complaints Lead", "31/12/2026"],
        ["Actions added at the March review"],
        ["1.3", "Text tenants the day before a visit.", "Repairs Manager", "30/04/2027"],
        ["2.2", "Report late replies to the board.", "Complaints Lead", "31/05/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", ["1.1", "1.2", "1.3"]),
        ("2", ["2.1", "2.2"]),
    ]


def test_rows_listed_under_progress_banners_take_their_state_and_rejoin_their_recommendation(
    tmp_path: Path,
) -> None:
    # An exception report: no status column, the actions sorted under banners naming
    # their progress, each row naming its recommendation, which so comes back.
    rows = [
        ["Recommendation", "Ref", "Action", "Owner", "Due"],
        ["BEHIND PLAN"],
        [
            "Recommendation 1: Record stock checks.",
            "1.2",
            "Log every check.",
            "Stores Lead",
            "31/01/2027",
        ],
        ["ON TRACK"],
        [
            "Recommendation 2: Sign keys out.",
            "2.1",
            "Buy a key safe.",
            "Site Manager",
            "28/02/2027",
        ],
        [
            "Recommendation 1: Record stock checks.",
            "1.1",
            "Count stock monthly.",
            "Stores Lead",
            "31/03/2027",
        ],
        ["COMPLETED"],
        [
            "Recommendation 2: Sign keys out.",
            "2.2",
            "Issue a key register.",
            "Site Manager",
            "31/10/2026",
        ],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", ["1.2", "1.1"]),
        ("2", ["2.1", "2.2"]),
    ]
    states = {a.ref: (a.status, a.rag) for a in actions(plan)}
    assert states == {
        "1.2": ("in_progress", "red"),
        "1.1": ("in_progress", None),
        "2.1": ("in_progress", None),
        "2.2": ("done", None),
    }


# Seen in hold-out 239 (a landlord's damp and mould plan): the rows sorted under progress
# banners, the recommendation's code in a column of its own beside its words, both on every
# row, so the code comes back under each banner.


def test_a_rec_code_column_beside_its_words_rejoins_the_recommendation_met_again(
    tmp_path: Path,
) -> None:
    stock, keys = "Record stock checks.", "Sign keys out."
    rows = [
        ["Rec", "Recommendation", "Ref", "Action", "Owner"],
        ["Done"],
        ["S1", stock, "S1.1", "Count stock monthly.", "Stores Lead"],
        ["S2", keys, "S2.1", "Buy a key safe.", "Site Manager"],
        ["Under way"],
        ["S1", stock, "S1.2", "Log every check.", "Stores Lead"],
        ["S2", keys, "S2.2", "Issue a key register.", "Site Manager"],
        ["Not started"],
        ["S2", keys, "S2.3", "Audit the key register.", "Site Manager"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("S1", stock, ["S1.1", "S1.2"]),
        ("S2", keys, ["S2.1", "S2.2", "S2.3"]),
    ]
    assert [a.status for a in actions(plan)] == [
        "done",
        "in_progress",
        "done",
        "in_progress",
        "not_started",
    ]
    # near miss: a band beside other words when it comes back ("P1" by stock checks, then
    # by keys) pairs with no one recommendation; it stays a field of each action
    bands = ["P1", "P2", "P2", "P1", "P1"]
    for row, band in zip([rows[i] for i in (2, 3, 5, 6, 8)], bands, strict=True):
        row[0] = band
    near = actions(plan_of(write(tmp_path, rows)))
    assert [a.fields["Rec"] for a in near] == ["P1", "P2", "P2", "P1", "P1"]


# Seen in hold-out 186: a second table typed under the plan with a header of its own.
def test_a_table_of_other_columns_below_the_plan_ends_it_and_is_notes(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Due", "Status"],
        ["1.1", "Replace the fire doors on the stairwell.", "Estates", "31/01/2027", "On track"],
        ["1.2", "Test the alarm every week.", "Caretaker", "Ongoing", "Complete"],
        ["", "", "", "", ""],
        ["Issues raised by staff", "", "", "", ""],
        ["Issue", "Raised by", "Effect", "", ""],
        ["The side gate is left open at night.", "Cleaning team", "Intruders could enter.", "", ""],
        ["Extinguishers are not signed.", "Reception", "Delay in an emergency.", "", ""],
        ["Issues are reviewed at each site meeting.", "", "", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2"]
    assert [r.text for r in plan.recommendations if r.text] == []
    for words in ("Issues raised by staff", "Issue Raised by Effect", "The side gate is left"):
        assert words in plan.notes


def test_short_action_rows_straight_on_or_naming_people_never_head_another_table(
    tmp_path: Path,
) -> None:
    rows = [
        ["Action", "Lead", "Support"],
        ["Audit the files", "Ann Lee", "Finance"],
        ["Agree scope", "AL / TR", "TR"],
        ["Consult staff", "Tom Reid", ""],
        ["", "", ""],
        ["Train managers", "Ann Lee", "HR team"],
        ["Publish", "Tom Reid", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.text for a in actions(plan)] == [
        "Audit the files",
        "Agree scope",
        "Consult staff",
        "Train managers",
        "Publish",
    ]
    assert [a.leads for a in actions(plan)][-2:] == [["Ann Lee"], ["Tom Reid"]]


def test_short_words_below_the_plan_with_no_counts_stay_an_action(tmp_path: Path) -> None:
    rows = [
        ["Action", "Owner", "Priority"],
        ["Re-adopt the health and safety policy.", "Head teacher", "High"],
        ["Fit locks", "Site Manager", "Low"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.text for a in actions(plan)][-1] == "Fit locks"


# Seen in hold-out 18 (these tests were in test_import_holdout18_snapshots.py):
# Rules found on the eighteenth hold-out set: a monthly tracker whose sheets ("Oct 26",
# "Nov 26", "Dec 26") are snapshots of one plan; a RAG column per month ("RAG Oct", "RAG
# Nov", "RAG Dec"). Each on a small file written by the test.


HEADER = ["Ref", "Action", "Lead", "Status", "Monthly update"]


def tracker(path: Path, months: list[tuple[str, list[list[str]]]]) -> Path:
    """A workbook of a cover sheet, then one sheet per month, in the order given."""
    book = Workbook()
    book.active.title = "Cover"
    book.active.append(["Each monthly sheet is a snapshot; the latest is current."])
    for name, rows in months:
        sheet = book.create_sheet(name)
        for row in [["Kirkby Council – recovery plan"], [], HEADER, *rows]:
            sheet.append(row)
    book.save(path)
    return path


OCT = [
    ["A1", "Recruit two officers.", "Jo Bell", "In progress", "Interviews held."],
    ["A2", "Triage every request.", "Kim Moss", "Not started", ""],
    ["A3", "Withdraw the paper form.", "Kim Moss", "Not started", "Form still in use."],
]
NOV = [
    ["A1", "Recruit two officers.", "Jo Bell", "Complete", "Both started."],
    ["A2", "Triage every request.", "Kim Moss", "In progress", "148 of 212 triaged."],
    ["A4", "Name a contact per directorate.", "Kim Moss", "Not started", "Added in November."],
]
DEC = [
    ["A1", "Recruit two officers.", "Jo Bell", "Complete", "Both started."],
    ["A2", "Triage every request.", "Kim Moss", "Complete", "All written to."],
    ["A4", "Name a contact per directorate.", "Kim Moss", "In progress", ""],
]


def test_the_latest_month_is_the_plan_and_earlier_months_its_dated_history(
    tmp_path: Path,
) -> None:
    # sheet order is not date order: the names say which month is latest
    path = tracker(tmp_path / "t.xlsx", [("Dec 26", DEC), ("Oct 26", OCT), ("Nov 26", NOV)])
    result = result_of(path)
    assert result.sheet.startswith("'Dec 26' (the latest of 3 snapshots")
    by_ref = {a.ref: a for a in actions(result.plans[0])}
    assert by_ref["A2"].status == "done"  # December's status
    # each month's update dated at its end; a month repeating the last adds nothing
    assert [(u.date, u.text) for u in by_ref["A1"].updates] == [
        (dt.date(2026, 10, 31), "Interviews held."),
        (dt.date(2026, 11, 30), "Both started."),
    ]
    assert [(u.date, u.text) for u in by_ref["A2"].updates] == [
        (dt.date(2026, 11, 30), "148 of 212 triaged."),
        (dt.date(2026, 12, 31), "All written to."),
    ]
    # an action new in November starts then
    assert [u.date for u in by_ref["A4"].updates] == [dt.date(2026, 11, 30)]
    # an earlier month's status is kept where the next month changed it
    assert by_ref["A1"].fields["Status (as written) (Oct 26)"] == "In progress"


def test_an_action_the_latest_month_no_longer_lists_is_kept(tmp_path: Path) -> None:
    path = tracker(tmp_path / "t.xlsx", [("Oct 26", OCT), ("Nov 26", NOV), ("Dec 26", DEC)])
    gone = {a.ref: a for a in actions(result_of(path).plans[0])}["A3"]
    assert gone.fields["Last listed"] == "Oct 26"
    assert [(u.date, u.text) for u in gone.updates] == [
        (dt.date(2026, 10, 31), "Form still in use.")
    ]


def test_month_sheets_of_different_actions_are_parts_not_snapshots(tmp_path: Path) -> None:
    """Sheets named by month whose refs differ (a plan split by month) are one plan."""
    later = [[f"B{r[0][1:]}", *r[1:]] for r in NOV]
    path = tracker(tmp_path / "t.xlsx", [("Oct 26", OCT), ("Nov 26", later)])
    refs = [a.ref for a in actions(result_of(path).plans[0])]
    assert refs == ["A1", "A2", "A3", "B1", "B2", "B4"]


def test_the_latest_month_with_a_rating_is_the_rag_and_the_others_stay_fields(
    tmp_path: Path,
) -> None:
    rows = [
        ["Key: Blue = complete."],
        ["Ref", "Action", "Owner", "RAG Oct", "RAG Nov", "RAG Dec"],
        ["1.1", "Recruit two trustees.", "Dev Kapoor", "Amber", "Green", "Blue"],
        ["1.2", "Set up an audit committee.", "Lena Marsh", "Red", "Amber", ""],
        ["1.3", "Agree a three-year budget.", "Lena Marsh", "Amber", "Amber", "Red"],
    ]
    by_ref = {a.ref: a for a in actions(plan_of(write(tmp_path, rows)))}
    assert (by_ref["1.3"].status, by_ref["1.3"].rag) == ("in_progress", "red")
    # a blank December leaves November's rating standing: nobody re-rated it
    assert by_ref["1.2"].rag == "amber"
    # the legend's Blue closes the action
    assert (by_ref["1.1"].status, by_ref["1.1"].rag) == ("done", None)
    assert by_ref["1.2"].fields == {"RAG Oct": "Red", "RAG Nov": "Amber"}


# Seen in hold-out 75: a school plan rating each action once per half-term review, "RAG
# HT1" | "RAG HT2", HT2 left blank where the action was not re-rated, under its key.


def test_the_latest_half_term_rating_rates_the_action(tmp_path: Path) -> None:
    rows = [
        ["Key: Green = achieved; Amber = in progress; Red = not yet started"],
        ["Ref", "Action", "Lead", "RAG HT1", "RAG HT2"],
        ["1.1", "Rewrite the curriculum maps.", "Rachel Dawson", "Amber", "Green"],
        ["1.2", "Train heads of department.", "Rachel Dawson", "Red", "Amber"],
        ["1.3", "Issue one-page profiles.", "Sophie Khan", "Amber", ""],
        ["1.4", "Train teaching assistants.", "Sophie Khan", "", "Red"],
        ["1.5", "Review the assessment calendar.", "Mark Allen", "", ""],
    ]
    found = [(a.status, a.rag) for a in actions(plan_of(write(tmp_path, rows)))]
    assert found == [
        ("done", "green"),  # HT2 is the later review; the key makes Green achieved
        ("in_progress", "amber"),
        ("in_progress", "amber"),  # not re-rated at HT2: HT1's rating stands
        ("not_started", "red"),
        ("not_started", None),
    ]


@pytest.mark.parametrize("periods", [("RAG Q1", "RAG Q2"), ("RAG Autumn", "RAG Spring")])
def test_a_rating_per_quarter_or_term_is_read_by_the_latest(
    tmp_path: Path, periods: tuple[str, str]
) -> None:
    rows = [
        ["Ref", "Action", "Owner", *periods],
        ["1.1", "Publish the access guide.", "Sam Lee", "Red", "Green"],
        ["1.2", "Train front-of-house staff.", "Sam Lee", "Amber", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.rag for a in found] == ["green", "amber"]
    assert found[0].fields[periods[0]] == "Red"  # the earlier rating kept under its header


def test_monthly_status_columns_dated_in_full_are_read_in_date_order(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Status Jan 2027", "Status Dec 2026"],
        ["1.1", "Publish the access guide.", "Sam Lee", "", "Complete"],
        ["1.2", "Train front-of-house staff.", "Sam Lee", "On hold", "In progress"],
    ]
    by_ref = {a.ref: a for a in actions(plan_of(write(tmp_path, rows)))}
    assert by_ref["1.1"].status == "done"
    assert by_ref["1.2"].status == "blocked"  # January is later, though written first
    assert by_ref["1.2"].fields["Status Dec 2026"] == "In progress"


def test_snapshots_without_refs_match_actions_by_their_words(tmp_path: Path) -> None:
    """A plan numbering nothing: November inserts an action above the others, and
    each history stays with its action, not with the row number."""
    header = ["Action", "Lead", "Status", "Monthly update"]
    oct_rows = [
        ["Recruit two officers.", "Jo Bell", "In progress", "Interviews held."],
        ["Triage every request.", "Kim Moss", "In progress", "148 triaged."],
    ]
    nov_rows = [["Name a contact per directorate.", "Kim Moss", "Not started", "Added."]]
    nov_rows += [r[:3] + [f"{r[3]} Still going."] for r in oct_rows]
    sheets = {"Oct 26": [header, *oct_rows], "Nov 26": [header, *nov_rows]}
    plan = result_of(write_workbook(tmp_path, sheets, name="t.xlsx")).plans[0]
    history = {a.text: [u.text for u in a.updates] for a in actions(plan)}
    assert history == {
        "Name a contact per directorate.": ["Added."],
        "Recruit two officers.": ["Interviews held.", "Interviews held. Still going."],
        "Triage every request.": ["148 triaged.", "148 triaged. Still going."],
    }


# Seen in hold-out 23 (these tests were in test_import_holdout23_rules.py):
# Rules found on the twenty-third hold-out set: a visit's date labelled with the words
# naming which visit it was ("Date of Mental Health Act monitoring visit: 14 October
# 2026") dates "Within 4 weeks of the visit"; a column of grades ("Major NC", "Minor
# NC") names no one.


@pytest.mark.parametrize("header", ["Type", "Grade", "Severity", "Classification"])
def test_a_column_of_grades_names_no_one_whatever_its_header(tmp_path: Path, header: str) -> None:
    rows = [
        ["Finding ID", header, "Corrective action", "Owner", "Due"],
        ["NC-01", "Major NC", "Rewrite the Statement of Applicability.", "Ruth Adair",
         "2026-11-30"],
        ["NC-02", "Minor NC", "Automate account disablement.", "Sam Oduya", "2027-01-08"],
        ["NC-03", "Minor NC", "Revise the internal audit programme.", "Leona McBride",
         "2026-12-18"],
        ["OBS-01", "OBS", "Review the asset register quarterly.", "Sam Oduya", "2027-02-26"],
        ["OBS-02", "OBS", "Add suppliers to the risk register.", "Dev Kapoor", "2027-03-31"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.ref, a.leads, a.responsible) for a in found] == [
        ("NC-01", ["Ruth Adair"], []),
        ("NC-02", ["Sam Oduya"], []),
        ("NC-03", ["Leona McBride"], []),
        ("OBS-01", ["Sam Oduya"], []),
        ("OBS-02", ["Dev Kapoor"], []),
    ]
    # the grade is kept on each action, as written
    assert [a.fields[header] for a in found] == ["Major NC", "Minor NC", "Minor NC", "OBS", "OBS"]


@pytest.mark.parametrize(
    ("cell", "grade"),
    [("Major NC", True), ("High Risk", True), ("Minor", True), ("Sarah Low", False),
     ("Critical Care Outreach Team", False), ("Ruth Adair", False)],
)  # fmt: skip
def test_a_grade_is_a_grade_word_and_at_most_one_word_after(cell: str, grade: bool) -> None:
    assert is_grade(cell) is grade


def test_a_caption_whose_value_only_names_the_document_is_the_title(tmp_path: Path) -> None:
    rows = [
        ["Brackenfield Hospitals NHS Foundation Trust"],
        ["Section 29A Warning Notice – Emergency Department: action plan"],
        ["Ward: Elm Ward"],
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Review the policy.", "Jane Smith", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert plan.title == (
        "Brackenfield Hospitals NHS Foundation Trust – Section 29A Warning Notice – "
        "Emergency Department: action plan"
    )
    # a caption with a value of its own is the plan's: in its notes, no field of an action
    assert "Ward: Elm Ward" in plan.notes
    assert "Ward" not in actions(plan)[0].fields


def test_a_title_line_of_prose_before_a_colon_is_no_caption(tmp_path: Path) -> None:
    """ "Action Plan Submitted 20 October 2026. POSITION AS AT: November 2026" is a line
    of the title block, kept in the plan's notes; it would only repeat itself as a field
    on every action."""
    rows = [
        ["ESTABLISHMENT: HMP Corvenham"],
        ["Action Plan Submitted 20 October 2026. POSITION AS AT: November 2026"],
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Review the policy.", "Jane Smith", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert "POSITION AS AT: November 2026" in plan.notes
    assert plan.title == "ESTABLISHMENT: HMP Corvenham"  # the first title row: the title
    assert actions(plan)[0].fields == {}


@pytest.mark.parametrize(
    ("value", "names_it"),
    [("action plan", True), ("Quality Improvement Plan", True), ("provider action statement",
     True), ("Elm Ward", False), ("plan agreed by the board", False), ("14 October 2026", False),
     ("areas for improvement action plan", True), ("Children's services plan", False)],
)  # fmt: skip
def test_a_value_naming_the_document(value: str, names_it: bool) -> None:
    assert names_the_document(value) is names_it


# Seen in hold-out 24 (these tests were in test_import_holdout24_rules.py):
# Rules found on the twenty-fourth hold-out set: a sign-off row naming who prepared the
# plan, progress lines dated by the week they end ("w/e 13/11/26 – …") and comment lines
# signed with a name and a date and time ("Grace Okafor (12/10/2026 09:14): …"). Each on
# a small file of its own, written by the test.


def test_a_prepared_by_row_below_the_table_is_a_sign_off_note(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Action owner", "Compliance date", "Status"],
        ["1.1", "Survey the curved platforms.", "Route Safety Manager", "31.10.2026", "Open"],
        ["1.2", "Brief all guards.", "Driver Manager", "31.01.2027", "Open"],
        ["", "", "", "", ""],
        ["Prepared by: Head of Safety Assurance", "Date: 30/11/2026", "", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows, delimiter=";"))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2"]
    assert "Prepared by: Head of Safety Assurance" in plan.notes
    assert "Date: 30/11/2026" in plan.notes


# Seen in hold-out 67 (a fire service's HMICFRS plan with a glossary below the table).


def test_a_glossary_below_the_table_is_notes_not_actions(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Refresh the CRMP risk model.", "Area Manager", "31/03/2027"],
        ["1.2", "Brief the NFCC regional lead.", "Area Manager", "31/01/2027"],
        ["ICT", "Upgrade the mobile data terminals", "", ""],  # spells out no "ICT"
        ["", "", "", ""],
        ["AFI", "Area for improvement", "", ""],
        ["CRMP", "Community Risk Management Plan", "", ""],
        ["NFCC", "National Fire Chiefs Council", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows, delimiter=";"))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "ICT"]
    assert "Community Risk Management Plan" in plan.notes
    assert "AFI" in plan.notes


# Seen in hold-out 26 (these tests were in test_import_holdout26_airtable.py):
# Rules found on the twenty-sixth hold-out set (an Airtable export): a date column a
# US-locale tool wrote month first ("10/30/2026") is read month first throughout; a
# column of places or units ("Block A", "Phase 2") names no one.


def test_a_column_of_blocks_and_phases_is_a_field_not_the_people(tmp_path: Path) -> None:
    rows = [
        ["Action ID", "Action", "Blocks", "Owner", "Due"],
        ["EG-001", "Agree the local lettings policy.", "Block A, Block C", "Hannah Cole", ""],
        ["EG-002", "Assess every secure tenant.", "Block A", "Priya Nair", ""],
        ["EG-003", "Procure the enabling works.", "Zone B, Wing C", "Tom Ashworth", ""],
        ["EG-004", "Hold drop-in sessions.", "Block B", "Marcus Reid", ""],
        ["EG-005", "Submit the planning application.", "Phase 2, Site 3", "Sofia Grant", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Hannah Cole"], []),
        (["Priya Nair"], []),
        (["Tom Ashworth"], []),
        (["Marcus Reid"], []),
        (["Sofia Grant"], []),
    ]
    assert [a.fields.get("Blocks") for a in found][:3] == [
        "Block A, Block C",
        "Block A",
        "Zone B, Wing C",
    ]


# Seen in hold-out 29 (these tests were in test_import_holdout29_system_exports.py):
# Rules found on the twenty-ninth and thirtieth hold-out sets (audit and performance
# system exports): a note dated by the column headed as it plus "Date"; a "Progress"
# column of percentages is how far the action is, never its news; "Due Date" beside
# "Original Due Date" is the deadline, the original its baseline; a "Code" column of
# keys is the action's ref.


EXPORT_HEADER = [
    "Audit Code",
    "Action Code",
    "Agreed Action",
    "Assigned To",
    "Original Due Date",
    "Due Date",
    "Progress",
    "Status",
    "Latest Note",
    "Latest Note Date",
]
EXPORT_ROWS = [
    ["AU-1", "AU-1/A01", "Approve starters first.", "Karen Lowe", "30-Sep-2026", "30-Nov-2026"]
    + ["100%", "Completed", "Approval step live.", "17-Nov-2026"],
    ["AU-1", "AU-1/A02", "Reconcile the leavers.", "Karen Lowe", "30-Sep-2026", "31-Dec-2026"]
    + ["60%", "In Progress", "Report agreed.", "24-Nov-2026"],
    ["AU-2", "AU-2/A01", "Verify bank changes.", "Sana Iqbal", "31-Oct-2026", "31-Oct-2026"]
    + ["50%", "In Progress", "Call-back in use.", "05-Nov-2026"],
    ["AU-2", "AU-2/A02", "Rewrite the procedures.", "Owen Moss", "31-Dec-2026", "31-Dec-2026"]
    + ["0%", "Not Started", "", ""],
]


def test_a_note_is_dated_by_the_column_headed_as_it_plus_date(tmp_path: Path) -> None:
    got = [
        [(u.date, u.text) for u in a.updates]
        for a in actions(plan_of(write(tmp_path, [EXPORT_HEADER, *EXPORT_ROWS])))
    ]
    assert got == [
        [(D(2026, 11, 17), "Approval step live.")],
        [(D(2026, 11, 24), "Report agreed.")],
        [(D(2026, 11, 5), "Call-back in use.")],
        [],
    ]


def test_a_progress_column_of_percentages_is_no_update(tmp_path: Path) -> None:
    done = actions(plan_of(write(tmp_path, [EXPORT_HEADER, *EXPORT_ROWS])))
    assert all("%" not in u.text for a in done for u in a.updates)


def test_the_due_date_beside_an_original_one_is_the_deadline(tmp_path: Path) -> None:
    dues = [a.due for a in actions(plan_of(write(tmp_path, [EXPORT_HEADER, *EXPORT_ROWS])))]
    assert dues == [D(2026, 11, 30), D(2026, 12, 31), D(2026, 10, 31), D(2026, 12, 31)]


def test_a_code_column_of_keys_is_the_ref_and_block_codes_group(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, [EXPORT_HEADER, *EXPORT_ROWS]))
    assert [a.ref for a in actions(plan)] == ["AU-1/A01", "AU-1/A02", "AU-2/A01", "AU-2/A02"]
    assert [r.ref for r in plan.recommendations] == ["AU-1", "AU-2"]


def test_a_code_column_alone_is_the_ref(tmp_path: Path) -> None:
    rows = [
        ["Priority", "Code", "Improvement Action", "Assigned To", "Due Date"],
        ["Priority 1: Economy", "IA-0412", "Adopt the strategy.", "Nadia Rahman", "31/10/2026"],
        ["Priority 1: Economy", "IA-0415", "Launch a grant.", "Tom Whitfield", "31/03/2027"],
        ["Priority 2: Safety", "IA-0431", "Extend the cameras.", "Gareth Moss", "31/01/2027"],
    ]
    refs = [a.ref for a in actions(plan_of(write(tmp_path, rows)))]
    assert refs == ["IA-0412", "IA-0415", "IA-0431"]


def test_a_note_date_left_blank_on_a_row_heads_no_block(tmp_path: Path) -> None:
    """A blank note between two dated ones leaves the date column looking written once
    per block; a day ("24-Nov-2026") is no heading, so the audit codes still group."""
    last = [*EXPORT_ROWS[3][:8], "Half rewritten.", "27-Nov-2026"]
    rows = [EXPORT_ROWS[0], EXPORT_ROWS[1], [*EXPORT_ROWS[2][:8], "", ""], last]
    plan = plan_of(write(tmp_path, [EXPORT_HEADER, *rows]))
    assert [r.ref for r in plan.recommendations] == ["AU-1", "AU-2"]


# Seen in hold-out 30 (these tests were in test_import_holdout30_rules.py):
# Rules found on the thirtieth hold-out set (a landlord's regulatory notice plan whose
# "Step" column holds bare letters under "Outcome 1 – …" banners; a programme's RAID log
# whose "Raised by" column holds the initials of who logged each item): each on a small
# file written by the test.


def test_who_raised_an_item_is_a_field_not_the_responsible(tmp_path: Path) -> None:
    rows = [
        ["ID", "Action", "Owner", "Raised by", "Due"],
        ["A-001", "Agree the cutover plan.", "Dana Holt", "PM", "30/11/2026"],
        ["A-002", "Test the data migration.", "Sam Reid", "TL", "15/12/2026"],
        ["A-003", "Brief the board on the go-live.", "Dana Holt", "SRO", "31/01/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    found = [(a.ref, a.leads, a.responsible, a.fields.get("Raised by")) for a in actions(plan)]
    assert found == [
        ("A-001", ["Dana Holt"], [], "PM"),
        ("A-002", ["Sam Reid"], [], "TL"),
        ("A-003", ["Dana Holt"], [], "SRO"),
    ]


# Seen in hold-out 34 (these tests were in test_import_holdout34_well_led.py):
# Rules found on the thirty-fourth hold-out set (an NHS trust's well-led action plan with
# an "Assurance committee" column and "JW 14/11/26: …" update lines) and two left over from
# the thirty-third (a fire service's "Cause of concern 1:" heading, a SEND plan's "→ …"
# update lines): each on a small file of its own, written by the test.


def test_a_committee_that_receives_assurance_is_no_one_responsible(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Executive lead", "Assurance committee", "Target"],
        ["1.1", "Introduce SPC charts.", "Chief Nurse", "Quality Committee", "Dec-26"],
        ["1.2", "Train the board.", "Chief Nurse", "Quality Committee", "Jan-27"],
        ["2.1", "Appoint a guardian.", "Chief People Officer", "People Committee", "Oct-26"],
        ["3.1", "Rewrite the BAF.", "Director of Corporate Affairs", "Audit Committee", "Nov-26"],
    ]
    first, *_, last = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Chief Nurse"], [])
    assert (last.leads, last.responsible) == (["Director of Corporate Affairs"], [])
    # the committee is kept as a field of the action
    assert first.fields["Assurance committee"] == "Quality Committee"


# Seen in hold-out 216: a college's QAA review plan with the template's "Action by"
# (who does the work) and "Reported to" (Academic Board, Quality Committee, Senior
# Management Team): the body the work is reported to leads nothing, though its cells,
# not all of them boards or committees, read as names.


@pytest.mark.parametrize("header", ["Reported to", "Reporting to", "Reports to", "Report to"])
def test_the_body_the_work_is_reported_to_is_no_one_at_work(tmp_path: Path, header: str) -> None:
    rows = [
        ["Ref", "Action", "By whom", header, "Deadline"],
        ["1.1", "Re-let the void flats.", "Voids Manager", "Housing Committee", "30/11/2026"],
        ["1.2", "Survey every tower block.", "Head of Assets", "Leadership Team", "31/01/2027"],
        ["2.1", "Publish the repairs charter.", "Head of Repairs", "Tenants Panel", "31/12/2026"],
        ["2.2", "Train the call centre.", "Call Centre Manager", "Leadership Team", "28/02/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Voids Manager"], []),
        (["Head of Assets"], []),
        (["Head of Repairs"], []),
        (["Call Centre Manager"], []),
    ]
    assert found[1].fields[header] == "Leadership Team"  # kept as written


# Seen by a second reader (session 28): the plan's only people column headed by the
# person first, then whom they report to: the person leads; only a header that is the
# body alone ("Reported to") is a field.
@pytest.mark.parametrize(
    "header",
    [
        "Responsible officer / reports to",
        "Responsible Officer (reporting to)",
        "Responsible person - reports to",
    ],
)
def test_the_person_named_before_whom_they_report_to_leads(tmp_path: Path, header: str) -> None:
    rows = [
        ["Ref", "Action", header, "Target date", "Status"],
        ["1", "Refresh the safeguarding training offer", "Jane Smith", "31/03/2027", "On track"],
        ["2", "Audit the missing children protocol", "Tom Jones", "30/06/2027", "Not started"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Jane Smith"], ["Tom Jones"]]


# Seen in hold-out 75: a secondary academy's post-inspection plan naming beside the staff
# "Lead" the governor linked to each priority, who holds leaders to account.


@pytest.mark.parametrize("header", ["Link governor", "Governor link", "Link trustee"])
def test_the_board_member_linked_to_an_area_is_no_one_responsible(
    tmp_path: Path, header: str
) -> None:
    rows = [
        ["Ref", "Action", "Lead", header, "Deadline"],
        ["1.1", "Rewrite the curriculum maps.", "Rachel Dawson", "Mrs Janet Pike", "18/12/2026"],
        ["1.2", "Train heads of department.", "Mark Allen", "Mrs Janet Pike", "31/03/2027"],
        ["2.1", "Issue one-page profiles.", "Sophie Khan", "Dr Lena Shaw", "23/10/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Rachel Dawson"], []),
        (["Mark Allen"], []),
        (["Sophie Khan"], []),
    ]
    assert found[2].fields[header] == "Dr Lena Shaw"  # kept as written


# Seen in hold-out 101: a university's audit tracker exported from its tracking system,
# each audit's name ("Research Grant Costing") on every row of its recommendations.


@pytest.mark.parametrize("header", ["Audit", "Audit title", "Review", "Service area"])
def test_a_column_naming_what_was_examined_is_no_one_responsible(
    tmp_path: Path, header: str
) -> None:
    rows = [
        [header, "Action ID", "Recommendation", "Action owner", "Agreed date"],
        ["Research Grant Costing", "UA25-07.2", "Cost all bids.", "Helen Price", "31/12/2026"],
        ["Research Grant Costing", "UA25-07.5", "Approve timesheets.", "Helen Price", "30/09/2026"],
        ["IT Disaster Recovery", "UA26-06.1", "Test the plan.", "Rachel Byrne", "28/02/2027"],
        ["IT Disaster Recovery", "UA26-06.2", "Agree objectives.", "Liam Walsh", "31/01/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [(a.leads, a.responsible) for a in actions(plan)][1:3] == [
        (["Helen Price"], []),
        (["Rachel Byrne"], []),
    ]
    # the audit's name titles the recommendation its refs make
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("UA25-07", "Research Grant Costing"),
        ("UA26-06", "IT Disaster Recovery"),
    ]


# Seen in hold-out 36 (these tests were in test_import_holdout36_rules.py):
# Rules found on the thirty-sixth hold-out set (an area SEND priority action plan with a
# "Lead agency" column of bodies beside its "Named lead" and banners numbering the priority
# actions in words): each on a small file of its own, written by the test.


_AGENCY_HEADER = ["Ref", "Action", "Lead agency", "Named lead", "Target"]


def test_a_column_of_bodies_beside_named_people_is_a_field(tmp_path: Path) -> None:
    rows = [
        _AGENCY_HEADER,
        ["1.1", "Clear the assessment backlog.", "LA", "Rachel Osei", "31/01/2027"],
        ["1.2", "Audit new plans monthly.", "LA / ICB", "Rachel Osei", "31/10/2026"],
        ["1.3", "Agree health advice turnaround.", "ICB", "Dr Ewan Kerr", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    found = [(a.ref, a.leads, a.responsible) for a in actions(plan)]
    assert found == [
        ("1.1", ["Rachel Osei"], []),
        ("1.2", ["Rachel Osei"], []),
        ("1.3", ["Dr Ewan Kerr"], []),
    ]
    # the body is kept on each action, as written
    assert [a.fields.get("Lead agency") for a in actions(plan)] == ["LA", "LA / ICB", "ICB"]


# Seen in hold-out 100: an ICB's SEND written statement of action, its "Health lead" a
# name and the post in brackets, beside "Partners" LA / PCF.


def test_bodies_beside_names_with_their_posts_in_brackets_are_a_field(tmp_path: Path) -> None:
    dco, hcc = "Dr Hannah Gill (Designated Clinical Officer)", "Priya Raman (Head of CAMHS)"
    rows = [
        ["Ref", "Action", "Health lead", "Partners", "Timescale"],
        ["1.1", "Issue a template.", dco, "LA", "Sep 2026"],
        ["1.2", "Audit 20 advices.", dco, "LA, PCF", "Ongoing"],
        ["2.1", "Agree the outcomes.", hcc, "PCF", "Q3 2026/27"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found][1:] == [
        (["Dr Hannah Gill"], []),
        (["Priya Raman"], []),
    ]
    assert found[1].fields["Partners"] == "LA, PCF"  # kept as written


# Seen in hold-out 112: a Safeguarding Adults Board's SAR plan, its "Agency" column of
# bodies written out beside the lead officer's full name; a body named after its place
# ("Thornleigh Homes") may read as a name, but the column mostly names no one.


def test_bodies_written_out_beside_full_names_are_a_field(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Agency", "Lead officer", "Target date"],
        [
            "1.1",
            "Relaunch the protocol.",
            "Thornleigh SAB Business Unit",
            "Helen Marsh",
            "Dec 2026",
        ],
        ["1.2", "Audit the meetings.", "Adult Social Care", "Daniel Okoro", "Mar 2027"],
        ["1.3", "Update the induction.", "Thornleigh Homes", "Priya Nair", "Sep 2026"],
        ["2.1", "Train the nurses.", "Thornleigh Community Health", "Sarah Whitfield", "Mar 2027"],
        [
            "2.2",
            "Revise the policy.",
            "Thornleigh NHS Foundation Trust",
            "James Carter",
            "Dec 2026",
        ],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found][:3] == [
        (["Helen Marsh"], []),
        (["Daniel Okoro"], []),
        (["Priya Nair"], []),
    ]
    assert found[0].fields["Agency"] == "Thornleigh SAB Business Unit"  # kept as written


def test_a_column_of_bodies_alone_is_still_the_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead agency", "Target"],
        ["1.1", "Clear the assessment backlog.", "LA", "31/01/2027"],
        ["1.2", "Audit new plans monthly.", "Police / ICB", "31/10/2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [["LA"], ["Police", "ICB"]]


# Seen in hold-out 38 (these tests were in test_import_holdout38_rules.py):
# Rules found on the thirty-eighth hold-out set (a police force's inspection plan with a
# "Governance" column of boards and an "Open/Closed" column beside the RAG): each on a
# small file of its own, written by the test.


_GOVERNANCE_HEADER = ["Ref", "Action", "Owner", "Governance", "RAG", "Open/Closed"]


def test_a_column_of_boards_is_a_field_not_the_responsible(tmp_path: Path) -> None:
    rows = [
        _GOVERNANCE_HEADER,
        ["R1.1", "Add a risk field.", "DCI Sarah Hughes", "Public Protection Board", "G", "Open"],
        ["R1.2", "Train officers.", "T/DI Paul Rees", "Strategic Safeguarding Board", "A", "Open"],
        ["R2.1", "Staff the hub.", "DCI Sarah Hughes", "Strategic Safeguarding Board", "", "Open"],
    ]
    first, *_ = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["DCI Sarah Hughes"], [])
    # the board is kept as a field of the action
    assert first.fields["Governance"] == "Public Protection Board"


def test_bodies_under_a_people_header_are_still_no_one(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead", "Responsible", "Due"],
        ["1.1", "Publish the strategy.", "Jo Bell", "Health and Wellbeing Board", "Dec 2026"],
        ["1.2", "Audit the plans.", "Sam Price", "Quality Committee", "Jan 2027"],
        ["1.3", "Hear from parents.", "Jo Bell", "Parent Carer Forum", "Feb 2027"],
    ]
    first, *_, last = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Jo Bell"], [])
    assert last.fields["Responsible"] == "Parent Carer Forum"


# Seen in hold-out 45 (these tests were in test_import_holdout45_rules.py):
# Rules found on the forty-fifth hold-out set (a council's CQC adult social care plan
# whose leads are "Head of Commissioning: Sara Khan", an auditor's follow-up whose
# officers carry a phone extension, a SEND written statement of action and a fire
# service's "Position @ 12/11/26" updates): each on a small file of its own, written by
# the test.


def test_a_partners_column_of_bodies_beside_keyed_initials_is_a_field(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path,
        {
            "WSOA": [
                ["Ref", "Action", "Named lead", "Partners", "Target"],
                ["1.1", "Recruit EHC coordinators.", "JB", "LA", "31/12/2026"],
                ["1.2", "Set up a quality panel.", "JB", "LA, ICB, PCF", "31/01/2027"],
                ["1.3", "Commission assessments.", "MT", "ICB", "31/03/2027"],
            ],
            "Glossary": [
                ["Initials", "Name", "Role"],
                ["JB", "Jo Barker", "Head of SEND"],
                ["MT", "Dr Mel Turner", "Designated Clinical Officer"],
            ],
        },
    )
    plan = plan_of(path)
    assert [(a.leads, a.responsible) for a in actions(plan)] == [
        (["Jo Barker"], []),
        (["Jo Barker"], []),
        (["Dr Mel Turner"], []),
    ]
    # the partners are kept as a field
    assert actions(plan)[1].fields["Partners"] == "LA, ICB, PCF"


# Seen in hold-out 50: a template's prompts in brackets under the header.


def test_a_row_of_prompts_under_the_header_is_no_action(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action we will take", "Owner", "Target date"],
        ["", "(SMART action)", "(named person)", "(dd/mm/yyyy)"],
        ["1.1", "Run a monthly search for overdue monitoring.", "Amira Khan", "30/11/2026"],
        ["1.2", "Introduce a weekly signed checklist.", "Lisa Moore", "31/12/2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2"]
    # nothing lost: the prompts stay with the plan as a note
    assert "(SMART action) (named person) (dd/mm/yyyy)" in plan.notes


# Seen in hold-outs 100 and 106: a template's guidance under its header, not in brackets.


def test_a_row_of_guidance_under_the_header_is_no_action(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Monitoring", "Target date"],
        [
            "",
            "How will the issue be addressed? State it in a measurable way.",
            "A single person should have responsibility for each action.",
            "How and when will progress be measured?",
            "",
        ],
        ["1.1", "Run a monthly search for overdue cases.", "Amira Khan", "Audit", "30/11/2026"],
        ["1.2", "Introduce a weekly signed checklist.", "Lisa Moore", "Audit", "31/12/2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2"]
    assert "A single person should have responsibility for each action." in plan.notes


def test_guidance_naming_the_columns_better_leaves_the_header_above(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Evidence", "Lead/Ownership", "Target Date"],
        [
            "Add the recommendation number",
            "Additional action required",
            "Evidence and assurance",
            "Roles no names",
            "Realistic target date",
        ],
        ["1.1", "Run a monthly search for overdue cases.", "Audit", "Head of Safety", "30/11/2026"],
        ["1.2", "Introduce a weekly signed checklist.", "Checklist", "Head of Care", "31/12/2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(a.ref, a.leads) for a in actions(plan)] == [
        ("1.1", ["Head of Safety"]),
        ("1.2", ["Head of Care"]),
    ]
    assert "Roles no names" in plan.notes


def test_a_first_action_saying_must_and_should_is_kept(tmp_path: Path) -> None:
    # CQC plans say "must" and "should" all through; only a cell's opening guides.
    rows = [
        ["Recommendation", "Action", "Lead", "Target date", "Progress"],
        [
            "The trust must ensure all staff complete sepsis training",
            "Staff should attend the sepsis study day",
            "Lead nurse for sepsis",
            "Ongoing",
            "Progress reported monthly to the quality committee",
        ],
        ["The trust must check fridges daily", "Introduce a checklist", "Ward managers", "", ""],
        ["The trust should review its letters", "Audit twenty letters", "Director", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(a.text, a.leads) for a in actions(plan)][0] == (
        "Staff should attend the sepsis study day",
        ["Lead nurse for sepsis"],
    )
    assert len(actions(plan)) == 3


# Seen in hold-out 63: a form's row of column numbers under the header.


def test_a_row_of_column_numbers_under_the_header_is_no_action(tmp_path: Path) -> None:
    rows: list[Row] = [
        ["Ref", "Action", "Lead officer", "Target date", "RAG"],
        [1, 2, 3, 4, 5],
        ["1.1", "Run a monthly audit of case files.", "Amira Khan", "30/11/2026", "Green"],
        ["1.2", "Introduce a weekly signed checklist.", "Lisa Moore", "31/12/2026", "Amber"],
    ]
    plan = plan_of(write_workbook(tmp_path, {"Plan": rows}))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2"]
    assert len(plan.recommendations) == 1
    # nothing lost: the numbers stay with the plan as a note
    assert "1 2 3 4 5" in plan.notes


# Seen in hold-out 80: a sheet tool's column types kept under the header.


def test_a_row_of_column_types_under_the_header_is_no_action(tmp_path: Path) -> None:
    rows = [
        ["Task Name", "Assigned To", "End Date", "Status", "Modified By"],
        ["Text/Number", "Contact List", "Date", "Dropdown List", "Modified By"],
        ["Audit case files monthly.", "Amira Khan", "30/11/2026", "Complete", "Amira Khan"],
        ["Introduce a weekly checklist.", "Lisa Moore", "31/12/2026", "In Progress", "Lisa Moore"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(a.ref, a.leads) for a in actions(plan)] == [
        ("1.1", ["Amira Khan"]),
        ("1.2", ["Lisa Moore"]),
    ]
    # nothing lost: the types stay with the plan as a note
    assert "Text/Number Contact List Date Dropdown List Modified By" in plan.notes


# Seen in hold-out 50: "As above" typed in the Lead and Target cells; in hold-out 137 a
# typist's ditto mark '"' alone in the Owner and Target date cells.


@pytest.mark.parametrize(
    "said",
    [
        ("As above", "As above.", "Same as above", "Ditto"),
        ('"', '"', "〃", "″"),
        ("”", "do.", "do.", '"'),
    ],
)
def test_as_above_in_a_lead_or_target_cell_carries_down_the_row_above(
    tmp_path: Path, said: tuple[str, str, str, str]
) -> None:
    """Words ("As above", "Ditto") or a ditto mark filling the cell ('"', "〃", "”",
    "″", "do.")."""
    lead_12, due_12, lead_13, due_21 = said
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Hold the session.", "Mark Doyle", "31/12/2026"],
        ["1.2", "Pair each member.", lead_12, due_12],
        ["1.3", "Add an agenda item.", lead_13, "31/01/2027"],
        ["2.1", "Train the managers.", "Kelly Dunn", due_21],
    ]
    got = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.due) for a in got] == [
        (["Mark Doyle"], D(2026, 12, 31)),
        (["Mark Doyle"], D(2026, 12, 31)),
        (["Mark Doyle"], D(2027, 1, 31)),
        (["Kelly Dunn"], D(2027, 1, 31)),
    ]
    # the cell as written is kept beside the value carried down
    assert got[1].fields["Lead (as written)"] == lead_12
    assert got[1].fields["Target date (as written)"] == due_12


def test_do_without_its_dot_is_no_ditto(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Hold the session.", "Mark Doyle", "31/12/2026"],
        ["1.2", "Pair each member.", "Do", "31/01/2027"],
    ]
    assert actions(plan_of(write(tmp_path, rows)))[1].leads != ["Mark Doyle"]


# Seen in hold-out 93: a case review plan's cross-reference row, "See action 1.2 – …",
# its lead, date and status cells "As 1.2".


def test_a_cell_pointing_at_another_action_names_nobody_and_no_date(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "By when", "Status"],
        ["1.2", "Audit 20 neglect cases.", "Jane Morley", "31/12/2026", "In progress"],
        ["2.2", "See action 1.2 – the audit samples fathers.", "As 1.2", "As 1.2", "As 1.2"],
        ["2.3", "Launch training.", "See action 1.2", "31/03/2027", "In progress"],
    ]  # fmt: skip
    got = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.due, a.status) for a in got] == [
        (["Jane Morley"], D(2026, 12, 31), "in_progress"),
        ([], None, "not_started"),
        ([], D(2027, 3, 31), "in_progress"),
    ]
    # the cell as written is kept
    assert got[1].fields["Lead (as written)"] == "As 1.2"


def test_a_column_of_progress_bars_is_the_percent_complete_not_news(tmp_path: Path) -> None:
    rows = [["Ref", "Action", "Lead", "Target date", "Progress bar", "Update"]] + [
        [f"1.{n}", f"Carry out step {n}.", "Jo Bell", "31/03/2027", bar, ""]
        for n, bar in enumerate(["░░░░░░░░░░ 0%", "██████░░░░ 60%", "██████████ 100%"], 1)
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.status for a in found] == ["not_started", "in_progress", "done"]
    assert [list(a.updates) for a in found] == [[], [], []]


# Seen in hold-out 76 (an ICB's SEND plan: progress drawn only as Harvey balls, under a
# key above the table giving each ball its percentage).


def test_a_column_of_marks_a_key_gives_percentages_is_the_percent_complete(
    tmp_path: Path,
) -> None:
    rows = [
        ["Health actions", "", "", "", "", ""],
        ["Progress (Harvey balls): ○ = 0%; ◔ = 25%; ◑ = 50%; ◕ = 75%; ● = 100%"] + [""] * 5,
        ["Ref", "Action", "Lead", "Due", "Progress", "Update"],
        ["1.1", "Commission more capacity.", "Jo Bell", "31/12/2026", "◑",
         "14/10/2026 – Contract awarded; first clinics in November."],
        ["1.2", "Publish waiting times.", "Jo Bell", "30/09/2026", "●",
         "28/09/2026 – First monthly figures published on the Local Offer."],
        ["1.3", "Train the therapists.", "Kim Moss", "28/02/2027", "○", ""],
        ["1.4", "Audit 30 advices.", "Kim Moss", "31/12/2026", "◔",
         "21/10/2026 – Audit template agreed with the SEND team."],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # each ball is the percentage its key gives it, read as a % complete is; no RAG
    assert [(a.status, a.rag) for a in found] == [
        ("in_progress", None),
        ("done", None),
        ("not_started", None),
        ("in_progress", None),
    ]
    # the ball is no news: only the dated line is an update; the mark is kept as written
    assert [len(a.updates) for a in found] == [1, 1, 0, 1]
    assert found[0].fields["Progress"] == "◑"


# Seen in hold-out 104 (an elective recovery programme exported from Smartsheet).
def test_harvey_balls_exported_by_name_are_the_percent_complete(tmp_path: Path) -> None:
    """Smartsheet writes its Harvey balls as their names: no key, the name says the fill."""
    rows = [
        ["Task Name", "Assigned To", "End Date", "Progress", "Comments"],
        ["Commission more capacity.", "Jo Bell", "31/12/2026", "Half",
         "14/10/2026 – Contract awarded."],
        ["Publish waiting times.", "Jo Bell", "30/09/2026", "Full", ""],
        ["Train the therapists.", "Kim Moss", "28/02/2027", "Empty", ""],
        ["Audit 30 advices.", "Kim Moss", "31/12/2026", "Three Quarter", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.status for a in found] == ["in_progress", "done", "not_started", "in_progress"]
    assert [len(a.updates) for a in found] == [1, 0, 0, 0]
    assert found[3].fields["Progress"] == "Three Quarter"


# Seen in hold-out 66 (a housing association's "You said, we did" plan): headers
# written as first-person phrases rather than nouns.


def test_we_will_is_the_action_and_we_did_its_news_beside_you_said(tmp_path: Path) -> None:
    rows = [
        ["Tenant report – repairs"],
        ["Ref", "You said", "We will", "Lead", "Target", "We did"],
        ["1.1", "Repairs take too long.", "Text tenants the day before each visit.",
         "Head of Repairs", "31/01/2027", "Texts live."],
        # a cell that says "we will" or "we did" is data, not a second header
        ["1.2", "We did not hear back.", "We will call every caller back within a day.",
         "Customer Services", "31/03/2027", ""],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.text, first.leads, first.due) == (rows[2][2], ["Head of Repairs"], D(2027, 1, 31))
    assert [u.text for u in first.updates] == ["Texts live."]
    assert first.fields["You said"] == "Repairs take too long."
    assert (second.text, second.fields["You said"]) == (rows[3][2], "We did not hear back.")


# Seen in hold-out 132 (a landlord's "What we will improve" beside the Code's requirement).


def test_what_we_will_do_in_any_verb_heads_the_action(tmp_path: Path) -> None:
    rows = [
        ["Issue raised by residents at the panel", "What we will improve", "Owner"],
        ["Residents were not told how long a complaint would take to answer.",
         "Add response times to the letter.", "Amy Lee"],
        ["Residents could not find the complaints form on the website at all.",
         "Put the form on the home page.", "Dev Halai"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [a.text for a in actions(plan)] == [rows[1][1], rows[2][1]]
    assert actions(plan)[0].fields[rows[0][0]] == rows[1][0]


# Seen in hold-out 168 (an area SEND plan: "What we have done already | What's next |
# Lead | By when"): what comes next is the plan's action, unless an "Action" column is beside.


def test_whats_next_heads_the_action_where_no_column_says_action(tmp_path: Path) -> None:
    rows = [
        ["Finding", "What we have done already", "What's next", "Lead", "By when"],
        ["Plans are late.", "Two staff in post.", "Recruit four coordinators.", "Amy Lee",
         "31/12/2026"],
        ["Plans are vague.", "", "Train every coordinator.", "Dev Halai", "31/03/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [a.text for a in actions(plan)] == [rows[1][2], rows[2][2]]
    beside = [
        ["Action", "What's next", "Lead"],
        [rows[1][2], "Advertise the posts in January.", "Amy Lee"],
        [rows[2][2], "Book the trainer for the spring.", "Dev Halai"],
    ]
    plan = plan_of(write(tmp_path, beside, name="beside.csv"))
    assert [a.text for a in actions(plan)] == [rows[1][2], rows[2][2]]


# Seen in hold-out 70 (a fire risk assessment typing each item's finding and action into
# one cell, "Finding: Fire door … wedged open." over "Action required: Remove the wedge …").


def test_a_labelled_finding_and_action_in_one_cell_give_the_action_alone(
    tmp_path: Path,
) -> None:
    rows = [
        ["Item", "Finding and action required", "Responsible"],
        ["F01", "Finding: Fire door wedged open.\nAction required: Remove the wedge.", "Sam Reid"],
        ["F02", "Issue: Exit blocked by bins. Action: Move the bins.", "Sam Reid"],
        ["F03", "Observation: No PEEPs.\nRecommended action: Prepare PEEPs.", "Sam Reid"],
        ["F04", "Finding: Fire blanket missing.", "Sam Reid"],
        ["F05", "Action required: Fit a fire blanket.", "Sam Reid"],
        ["F06", "Finding: Alarm tests not recorded, action required: restart", "Sam Reid"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.text for a in found] == [
        "Remove the wedge.",
        "Move the bins.",  # the parts on one line, the finding a full sentence
        "Prepare PEEPs.",
        "Finding: Fire blanket missing.",  # no action part: the cell is the action
        "Action required: Fit a fire blanket.",  # no finding: the label stays
        "Finding: Alarm tests not recorded, action required: restart",  # one sentence
    ]
    as_written = found[0].fields["Finding and action required (as written)"]
    assert as_written == "Finding: Fire door wedged open.\nAction required: Remove the wedge."


# Seen in hold-out 72 (an ILACS improvement plan): Ofsted's points worded only on a first
# sheet "Ofsted recommendations" (No. | wording); the plan's "Rec" column holds the number.

_PLAN_SHEET: list[Row] = [
    ["Rec = number of the Ofsted recommendation on the 'Ofsted recommendations' sheet."],
    [],
    ["Rec", "Action ref", "Action", "Lead", "Target date"],
    [1, "1.1", "Relaunch the supervision policy.", "Sarah Quinn", D(2026, 10, 31)],
    [1, "1.2", "Audit management oversight monthly.", "Sarah Quinn", D(2027, 3, 31)],
    [2, "2.1", "Introduce a single assessment template.", "Louise Marsh", D(2026, 11, 30)],
]
_WORDING = [
    "Leaders should make sure that management oversight of practice is purposeful.",
    "Leaders should improve the quality and timeliness of assessments and plans.",
]


def test_recommendations_numbered_in_the_plan_take_their_wording_from_a_list_sheet(
    tmp_path: Path,
) -> None:
    listed: list[Row] = [
        ["Ofsted ILACS inspection, March 2026: what needs to improve"],
        [],
        ["No.", "Ofsted recommendation"],
        [1, _WORDING[0]],
        [2, _WORDING[1]],
    ]
    path = write_workbook(
        tmp_path, {"Ofsted recommendations": listed, "Improvement plan": _PLAN_SHEET}
    )
    plan = plan_of(path)
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", _WORDING[0]),
        ("2", _WORDING[1]),
    ]
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "2.1"]
    # the list sheet's title and header are kept with the notes
    assert "Ofsted ILACS inspection, March 2026: what needs to improve" in plan.notes
    assert "No. | Ofsted recommendation" in plan.notes


def test_a_key_or_summary_sheet_words_no_recommendation(tmp_path: Path) -> None:
    key: list[Row] = [["Key"], [1, "Not started"], [2, "On track"]]
    summary: list[Row] = [["Rec", "Actions", "Complete"], [1, 2, 1], [2, 1, 0]]
    path = write_workbook(
        tmp_path, {"Key": key, "Summary": summary, "Improvement plan": _PLAN_SHEET}
    )
    plan = plan_of(path)
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", ""), ("2", "")]
    # both sheets are kept in the notes as the sheets they are, not as a list's rows
    assert "Key:\nKey\n1 | Not started\n2 | On track\nSummary:\nRec | Actions" in plan.notes


# Seen in hold-out 74 (a transformation programme's action log): "Contributors" beside
# "Action owner", the people who help the owner do the work.


def test_contributors_beside_the_owner_are_the_responsible(tmp_path: Path) -> None:
    rows = [
        ["ID", "Action", "Action owner", "Contributors", "Due date"],
        ["T-1", "Move the top 20 transactions online.", "Head of Digital",
         "Head of Customer Services", "31/03/2027"],
        ["T-2", "Replace the contact centre telephony.", "Head of Digital",
         "ICT Manager;#Procurement Lead", "30/06/2027"],
        ["T-3", "Launch a webchat pilot.", "Director of Resources", "", "31/05/2027"],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Head of Digital"], ["Head of Customer Services"])
    assert second.responsible == ["ICT Manager", "Procurement Lead"]
    assert (third.leads, third.responsible) == (["Director of Resources"], [])


# A reviewer's plan: given names that are months in a "Who / when" column.


def test_a_given_name_that_is_a_month_is_a_lead_not_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Who / when", "Progress"],
        ["1", "Review the lone working policy", "Tom Reid\nApril Jones\n31/12/2026", "Draft"],
        ["2", "Train staff in lone working", "May Smith\n31/01/2027", "Sessions booked"],
        ["3", "Audit alarm use", "Mark Dyer\nEnd June", "Not started"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.due, a.due_text) for a in found[:2]] == [
        (["Tom Reid", "April Jones"], dt.date(2026, 12, 31), "31/12/2026"),
        (["May Smith"], dt.date(2027, 1, 31), "31/01/2027"),
    ]
    assert (found[2].leads, found[2].due_text) == (["Mark Dyer"], "End June")


# Seen in hold-out 116: a scrutiny tracker's "Origin", the code of the committee that
# made each recommendation (CRP, PPL).


@pytest.mark.parametrize("header", ["Origin", "Source", "Referred by"])
def test_where_an_item_came_from_is_no_one_responsible(tmp_path: Path, header: str) -> None:
    rows = [
        ["Reference", header, "Recommendation", "Lead Officer", "Target date"],
        ["SR 01", "CRP", "Publish the slippage summary.", "Dana Holt", "30/11/2026"],
        ["SR 02", "PPL", "Review the charging policy.", "Sam Reid", "31/12/2026"],
        ["SR 03", "PLC", "Set out a timetable for LEDs.", "Dana Holt", "31/01/2027"],
        ["SR 04", "CRP", "Offer carers' assessments sooner.", "Sam Reid", "28/02/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    found_people = [(a.leads, a.responsible) for a in found[:2]]
    assert found_people == [(["Dana Holt"], []), (["Sam Reid"], [])]
    assert found[1].fields[header] == "PPL"  # kept as written


# Seen in hold-out 116 too: a programme board's action log naming each action's
# "Project" on every row, coming back between others.


@pytest.mark.parametrize("header", ["Project", "Workstream", "Programme", "Project name"])
def test_the_project_an_action_belongs_to_is_no_one_responsible(
    tmp_path: Path, header: str
) -> None:
    rows = [
        ["ID", "Date raised", header, "Description", "Owner", "Due date"],
        ["A03", "14/07/2026", "Customer Access", "Agree the telephony scope.", "Sarah Reid",
         "30/09/2026"],
        ["A05", "14/07/2026", "Digital Workplace", "Produce a device schedule.", "Tom Hale",
         "31/10/2026"],
        ["A06", "04/08/2026", "Estates Review", "Close the depot office.", "Priya Nair",
         "08/09/2026"],
        ["A07", "04/08/2026", "Customer Access", "Map the top 20 contacts.", "Sarah Reid",
         "30/11/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.ref, a.leads, a.responsible) for a in found[:2]] == [
        ("A03", ["Sarah Reid"], []),
        ("A05", ["Tom Hale"], []),
    ]
    assert found[3].fields[header] == "Customer Access"  # kept as written


# An area SEND partnership's priority action plan: the inspection's "Area for priority
# action" merged down over the plan's own "Action" column.


def test_an_area_for_column_beside_the_action_is_the_recommendation(tmp_path: Path) -> None:
    area = "Leaders should reduce the time families wait for an assessment."
    rows = [
        ["Ref", "Area for priority action", "Action", "Lead officer", "Target date"],
        ["1.1", area, "Commission extra assessment capacity.", "Head of Commissioning",
         D(2027, 3, 31)],
        ["1.2", None, "Launch a waiting-well offer for families.", "Designated Clinical Officer",
         D(2026, 11, 30)],
    ]  # fmt: skip
    plan = plan_of(write_workbook(tmp_path, {"PAP": rows}, merged=["B2:B3"]))
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", area)]
    first, second = actions(plan)
    assert (first.ref, first.text) == ("1.1", "Commission extra assessment capacity.")
    assert second.text == "Launch a waiting-well offer for families."


# Seen in hold-out 122: an RQIA quality improvement plan's "Designated department",
# filled with a department or a post ("Estates", "Ward Sister"), and no other people.


def test_a_designated_department_column_is_the_lead(tmp_path: Path) -> None:
    rows = [
        ["Reference number", "Recommendations", "Designated department", "Action required",
         "Date for completion"],
        ["1", "It is recommended that damaged flooring is replaced.", "Estates",
         "Replace the flooring in the sluice.", "31/03/2027"],
        ["2", "It is recommended that the kitchen is cleaned daily.", "Domestic Services",
         "Add the kitchen to the daily schedule.", "31/12/2026"],
        ["3", "It is recommended that sharps boxes are labelled.", "Ward Sister",
         "Audit the labels weekly.", "31/12/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Estates"], ["Domestic Services"], ["Ward Sister"]]


# Seen in hold-out 154: a council's tracker headed by the question words, "What?" the
# action on every row and "How?" the way it will be done; hold-out 144's "What?" written
# once over a block of "How?" steps names the group instead.


def test_what_beside_how_is_the_action(tmp_path: Path) -> None:
    rows = [
        ["NOS", "What?", "Who?", "How?", "When?", "Success measures"],
        ["1.1", "Revise the practice standards for assessments.", "Head of Service",
         "Briefings at team meetings", "Dec 2026", "85% of assessments in 20 days"],
        ["1.2", "Report weekly on assessment timeliness.", "Service Manager Performance",
         "Weekly dashboard to team managers", "Jan 2027", "Dashboard used at every meeting"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.ref, first.text) == ("1.1", "Revise the practice standards for assessments.")
    assert first.fields["How?"] == "Briefings at team meetings"
    assert (second.text, second.leads) == (rows[2][1], ["Service Manager Performance"])


def test_what_written_once_over_its_how_steps_is_the_group(tmp_path: Path) -> None:
    rows = [
        ["No", "What?", "How?", "Who by?", "When?"],
        ["1.", "Improve planning decision times", "Review the scheme of delegation",
         "Jane Ashworth", "31/03/2027"],
        ["", "", "Introduce planning performance agreements", "Jane Ashworth", "31/01/2027"],
        ["2.", "Improve benefit processing times", "Appoint a permanent Benefits Manager",
         "Paul Mercer", "30/06/2027"],
        ["", "", "Clear the backlog of changes", "Paul Mercer", "31/01/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [r.text for r in plan.recommendations] == [rows[1][1], rows[3][1]]
    assert [a.text for a in actions(plan)] == [rows[i][2] for i in range(1, 5)]


# Seen in hold-out 156 (an RQIA review action plan, .ods): "Reference number",
# "Recommendations" and "Priority" ("Priority 1", "Priority 1", "Priority 2") written on
# each block's first row only, the actions under them unnumbered.


def test_a_priority_grade_beside_the_reference_number_is_a_field(tmp_path: Path) -> None:
    head = [
        "Reference number",
        "Recommendations",
        "Priority",
        "Action required",
        "Responsible person",
        "Date for completion",
    ]
    rows = [
        head,
        ["1", "The Trust should review care plans.", "Priority 1", "Audit review dates.",
         "Assistant Director", "31 December 2026"],
        ["", "", "", "Add a review prompt.", "Head of Information", "31 March 2027"],
        ["2", "The Trust should cut waiting times.", "Priority 1", "Recruit two therapists.",
         "Head of Psychology", "June 2027"],
        ["", "", "", "Start group sessions.", "Head of Psychology", "December 2026"],
        ["3", "The Trust should support carers.", "Priority 2", "Train coordinators.",
         "Carers Lead", "31 January 2027"],
        ["", "", "", "Record each offer.", "Head of Information", "31 March 2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    got = [(r.ref, [(a.ref, a.text) for a in r.actions]) for r in plan.recommendations]
    assert got == [
        ("1", [("1.1", "Audit review dates."), ("1.2", "Add a review prompt.")]),
        ("2", [("2.1", "Recruit two therapists."), ("2.2", "Start group sessions.")]),
        ("3", [("3.1", "Train coordinators."), ("3.2", "Record each offer.")]),
    ]
    assert plan.recommendations[1].text == "The Trust should cut waiting times."
    assert actions(plan)[2].fields["Priority"] == "Priority 1"


# Seen in hold-out 158 (an acute trust's CQC must-do / should-do plan): "Action required
# by CQC" written on each block's first row only, beside "CQC ref" MD1, and "Our action"
# on every row: two columns headed like an action, the one written once per block the
# requirement.


def test_an_action_column_written_once_per_block_is_the_requirement(tmp_path: Path) -> None:
    rows = [
        ["CQC ref", "Action required by CQC", "Action no.", "Our action", "Lead", "Target",
         "Status"],
        ["MD1", "The trust must ensure that patients are assessed on time (Regulation 12).",
         "MD1.1", "Introduce a rapid assessment nurse at the front door.", "Dan Mercer",
         "end-Dec 26", "In progress"],
        ["", "", "MD1.2", "Audit triage times weekly and report the exceptions.", "Dan Mercer",
         "end-Oct 26", "Complete"],
        ["SD1", "The trust should ensure that complaints are answered on time.", "SD1.1",
         "Clear the backlog of complaints open beyond 60 days.", "Priya Chauhan",
         "end-Jan 27", "In progress"],
        ["", "", "SD1.2", "Report complaints response times to the committee.",
         "Priya Chauhan", "end-Mar 27", "Not started"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    got = [(r.ref, r.text, [(a.ref, a.text) for a in r.actions]) for r in plan.recommendations]
    assert got == [
        ("MD1", rows[1][1], [("MD1.1", rows[1][3]), ("MD1.2", rows[2][3])]),
        ("SD1", rows[3][1], [("SD1.1", rows[3][3]), ("SD1.2", rows[4][3])]),
    ]


# Seen in hold-out 182: a trust's CQC plan with the must-do number and wording merged
# down over the trust's own actions ("MD | Must-do action (CQC) | Ref | Action").


def test_an_action_column_merged_down_its_block_is_the_requirement(tmp_path: Path) -> None:
    first = "The provider must ensure that medicines are stored at safe temperatures."
    second = "The provider must ensure that care records are kept up to date."
    rows = [
        ["No", "Action required by the inspectors", "Ref", "Action", "Lead", "Target date"],
        ["1", first, "1.1", "Fit temperature loggers to every medicines fridge.",
         "Chief Pharmacist", D(2027, 1, 31)],
        [None, None, "1.2", "Check fridge logs at each weekly ward audit.", "Matron",
         D(2026, 12, 31)],
        ["2", second, "2.1", "Train ward staff in the new records system.", "Head of Nursing",
         D(2027, 2, 28)],
        [None, None, "2.2", "Audit ten care records on each ward every month.", "Matron",
         D(2027, 3, 31)],
    ]  # fmt: skip
    merged = ["A2:A3", "B2:B3", "A4:A5", "B4:B5"]
    plan = plan_of(write_workbook(tmp_path, {"Plan": rows}, merged=merged))
    got = [(r.ref, r.text, [(a.ref, a.text) for a in r.actions]) for r in plan.recommendations]
    assert got == [
        ("1", first, [("1.1", rows[1][3]), ("1.2", rows[2][3])]),
        ("2", second, [("2.1", rows[3][3]), ("2.2", rows[4][3])]),
    ]


# Seen in hold-out 159 (a GP practice's survey plan closing with "Next review with the
# Patient Group: 14 January 2027" in its Objective column, below the last action).


def test_a_labelled_date_below_the_table_is_a_note(tmp_path: Path) -> None:
    rows = [
        ["", "Objective", "Actions", "Date By", "Owner"],
        ["1a", "To improve access", "Review the telephone guidance.", "30/6/26", "BK"],
        ["1b", "", "Promote online booking in the waiting room.", "31/10/26", "SH"],
        ["", "", "", "", ""],
        ["", "Next review with the Patient Group: 14 January 2027", "", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows, delimiter=";"))
    assert [r.text for r in plan.recommendations] == ["To improve access"]
    assert [a.ref for a in actions(plan)] == ["1a", "1b"]
    assert "Next review with the Patient Group: 14 January 2027" in plan.notes


# Seen in hold-out 159: NHS England's maternity assessment tool, its "Link to Maternity
# safety actions" column beside "What further action do we need to take?", and "Who and
# by when?" holding the post on one line and the month on the next.


def test_a_column_linking_to_another_frameworks_actions_is_no_action(tmp_path: Path) -> None:
    rows = [
        ["Link to Maternity safety actions", "What further action do we need to take?", "Lead"],
        ["Safety action 1, 2, 9", "Report the dashboard to the board monthly.", "Chief Nurse"],
        ["Safety action 10", "Share every investigation with the LMNS.", "Head of Governance"],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.text, second.text) == (rows[1][1], rows[2][1])
    assert first.fields["Link to Maternity safety actions"] == "Safety action 1, 2, 9"


def test_who_and_by_when_gives_the_lead_and_the_deadline_a_line_each(tmp_path: Path) -> None:
    rows = [
        ["Action", "Who and by when?", "Resources needed"],
        ["Report the dashboard monthly.", "Director of Midwifery\nJanuary 2027", ""],
        ["Share every investigation.", "Head of Maternity Governance\nDecember 2026", ""],
        ["Recruit a specialist midwife.", "Director of Midwifery\nJune 2027", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.due) for a in found] == [
        (["Director of Midwifery"], D(2027, 1, 31)),
        (["Head of Maternity Governance"], D(2026, 12, 31)),
        (["Director of Midwifery"], D(2027, 6, 30)),
    ]


# Seen in hold-out 165 (a care home's CQC improvement and action plan): the inspector's
# "CQC Action Requirements and Recommendations" beside the provider's "Improvement and
# Action Plan (and Evidence)", the finding on the first row of its block only.


def test_action_requirements_are_the_requirement_and_the_action_plan_the_action(
    tmp_path: Path,
) -> None:
    rows = [
        ["CQC Action Requirements and Recommendations", "Oak Care Improvement and Action "
         "Plan (and Evidence)", "By Whom", "By When"],
        ["Staff did not always use protective equipment.", "Refresher training for all "
         "staff.", "Registered Manager", "31/10/2026"],
        ["", "Spot checks of practice each week.", "Registered Manager", "30/11/2026"],
        ["Medicines were not always managed safely.", "Weekly medicines audit.",
         "Shift Leaders", "31/10/2026"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    got = [(r.ref, r.text, [(a.ref, a.text) for a in r.actions]) for r in plan.recommendations]
    # a new finding starts a new recommendation, numbered by position
    assert got == [
        ("1", rows[1][0], [("1.1", rows[1][1]), ("1.2", rows[2][1])]),
        ("2", rows[3][0], [("2.1", rows[3][1])]),
    ]


# Seen in a user's check (an NHS trust's CQC plan of 150 actions): a totals row under the
# table, "Total" in its first cell, its count worded in the action column ("2 actions")
# and a formula left blank, became one more action, its blank lead, date and evidence
# filled from the last action as merged cells are.


def _cqc_plan_with_totals_row(tmp_path: Path) -> Path:
    rows: list[Row] = [
        ["Ref", "CQC finding", "Action", "Executive lead", "Target date", "% complete",
         "BRAG", "Evidence"],
        ["MD1.1", "The trust must ensure patients are triaged within 15 minutes.",
         "Audit the triage standard operating procedure.", "Nadia Rahman", "15/10/2026",
         0.5, "A", "Audit report"],
        ["MD1.2", None, "Recruit two triage nurses for the evening shift.", "Nadia Rahman",
         "30/11/2026", 0.25, "G", "Minutes"],
        ["MD2.1", "The trust must ensure safeguarding training is completed.",
         "Book level 3 safeguarding training for all ward sisters.", "Owen Pryce",
         "28/09/2026", 1, "B", "Training records"],
        [],
        ["Total", None, "3 actions", None, None, "=AVERAGE(F2:F4)", "B: 1  R: 0", None],
    ]  # fmt: skip
    return write_workbook(tmp_path, {"Action plan": rows}, ["B2:B3"], "cqc.xlsx")


def test_a_totals_row_labelled_total_under_the_table_is_a_note(tmp_path: Path) -> None:
    plan = plan_of(_cqc_plan_with_totals_row(tmp_path))
    assert [a.ref for a in actions(plan)] == ["MD1.1", "MD1.2", "MD2.1"]
    assert "Total 3 actions B: 1  R: 0" in plan.notes
    # the actions' codes name their recommendations, the totals row in none of them
    assert [r.ref for r in plan.recommendations] == ["MD1", "MD2"]


def test_a_row_of_counts_alone_under_the_table_is_a_note(tmp_path: Path) -> None:
    """No "Total" label: the count worded in the action column and a percentage, the
    rest blank. It was a third action, "MD1.2b", led by the last action's lead."""
    rows: list[Row] = [
        ["Ref", "CQC finding", "Action", "Executive lead", "Target date", "% complete"],
        ["MD1.1", "The trust must ensure patients are triaged within 15 minutes.",
         "Audit the triage standard operating procedure.", "Nadia Rahman", "15/10/2026", 0.5],
        ["MD1.2", None, "Recruit two triage nurses for the evening shift.", "Owen Pryce",
         "30/11/2026", 0.25],
        [],
        [None, None, "2 actions", None, None, "38%"],
    ]  # fmt: skip
    plan = plan_of(write_workbook(tmp_path, {"Action plan": rows}, ["B2:B3"], "cqc.xlsx"))
    assert [(a.ref, a.leads) for a in actions(plan)] == [
        ("MD1.1", ["Nadia Rahman"]),
        ("MD1.2", ["Owen Pryce"]),
    ]
    assert "2 actions 38%" in plan.notes


def test_a_lead_written_on_every_row_beside_merged_findings_is_not_carried_down(
    tmp_path: Path,
) -> None:
    """Findings merged down their actions, one last finding cell left unmerged and blank:
    the leads, written on every row, are no column written once per block, so the last
    action's blank lead stays blank instead of taking the lead above."""
    rows: list[Row] = [
        ["Ref", "CQC finding", "Action", "Executive lead", "Target date"],
        ["MD1.1", "The trust must ensure patients are triaged within 15 minutes.",
         "Audit the triage standard operating procedure.", "Nadia Rahman", "15/10/2026"],
        ["MD1.2", None, "Recruit two triage nurses for the evening shift.", "Owen Pryce",
         "30/11/2026"],
        ["MD1.3", None, "Report triage times to the Quality Committee.", "Nadia Rahman",
         "31/12/2026"],
        ["MD1.4", None, "Agree who leads the triage review.", None, "31/01/2027"],
    ]  # fmt: skip
    plan = plan_of(write_workbook(tmp_path, {"Action plan": rows}, ["B2:B4"], "cqc.xlsx"))
    assert [(a.ref, a.leads) for a in actions(plan)] == [
        ("MD1.1", ["Nadia Rahman"]),
        ("MD1.2", ["Owen Pryce"]),
        ("MD1.3", ["Nadia Rahman"]),
        ("MD1.4", []),
    ]


# Seen in hold-out 217 (a housing association's consumer standards self-assessment): the
# regulator's requirement quoted on every row beside what the association will do to
# strengthen its compliance, no column headed like an action.


def test_the_work_to_do_is_the_action_beside_a_quoted_requirement(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Requirement", "Met?", "Building on it", "Lead", "Due"],
        ["1. Food safety"],
        ["1.1", "Schools must label every dish that contains one of the 14 allergens.",
         "Yes", "Print the allergen chart on every menu board.", "Catering Manager",
         "31/01/2027"],
        ["1.2", "Schools should keep fridge temperature records for two years.", "Partial",
         "Move the fridge logs to the tablet app.", "Kitchen Supervisor", "28/02/2027"],
        ["2. Healthy eating"],
        ["2.1", "Schools must offer a portion of vegetables with every main meal.", "Yes",
         "Add a salad bar to the junior hall.", "Catering Manager", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # what the school will do is each action; the standard it answers stays beside it
    assert [(a.ref, a.text) for a in found] == [
        ("1.1", rows[2][3]),
        ("1.2", rows[3][3]),
        ("2.1", rows[5][3]),
    ]
    assert [a.fields.get("Requirement") for a in found] == [rows[2][1], rows[3][1], rows[5][1]]


def test_a_column_of_duties_loses_the_action_to_the_work_beside_it(tmp_path: Path) -> None:
    rows = [
        ["Standard", "Planned change", "Owner", "By"],
        ["Every tenant who reports damp must be visited within ten working days of the "
         "report.", "Book the visit on the first call.", "Repairs Manager", "31/12/2026"],
        ["Landlords should tell tenants how long a repair will take before work starts.",
         "Text the tenant the repair's date.", "Contact Centre Lead", "31/01/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the longer column quotes the standard; the shorter one is what will be done
    assert [a.text for a in found] == [rows[1][1], rows[2][1]]
    assert [a.fields.get("Standard") for a in found] == [rows[1][0], rows[2][0]]


def test_a_header_naming_strengthening_is_the_work_whatever_its_cells_open_with(
    tmp_path: Path,
) -> None:
    rows = [
        ["Requirement", "Further strengthening", "Lead"],
        ["Providers must publish their complaints data each year.",
         "Quarterly complaints figures on the website as well.", "Complaints Lead"],
        ["Providers must train staff in complaint handling.",
         "Refresher course for every team leader by spring.", "Learning Partner"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.text for a in found] == [rows[1][1], rows[2][1]]


# Seen in hold-out 225 (a fire station's audit plan): the crew that does the work in a
# column headed by the crew's word, its colour names beside a RAG column.


def test_a_shift_column_names_the_crews_responsible_beside_the_lead(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead", "Shift", "Due", "RAG"],
        ["1", "Restock the first aid boxes in every van.", "Omar Haddad", "Red Shift",
         "30/11/2026", "Amber"],
        ["2", "Walk the yard for trip hazards each morning.", "Lena Sorel", "Green Shift",
         "31/12/2026", "Red"],
        ["3", "Log every vehicle check on the tablet.", "Omar Haddad", "All shifts",
         "31/01/2027", "Green"],
        ["4", "Brief new starters on manual handling.", "Lena Sorel", "Night shift",
         "28/02/2027", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Omar Haddad"], ["Red Shift"]),
        (["Lena Sorel"], ["Green Shift"]),
        (["Omar Haddad"], ["All shifts"]),
        (["Lena Sorel"], ["Night shift"]),
    ]
    # the rating is the RAG column's alone: "Green Shift" names a crew, rates nothing
    assert [a.rag for a in found] == ["amber", "red", "green", None]


def test_a_crew_column_alone_is_the_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Crew", "Target date"],
        ["A1", "Clear the gullies on the ring road.", "Crew 2", "30/11/2026"],
        ["A2", "Grit the school routes before 7am.", "Crew 5", "31/12/2026"],
        ["A3", "Repaint the faded give-way lines.", "All crews", "31/03/2027"],
    ]
    assert [a.leads for a in actions(plan_of(write(tmp_path, rows)))] == [
        ["Crew 2"],
        ["Crew 5"],
        ["All crews"],
    ]


def test_a_shift_header_over_sentences_is_a_field(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Shift", "Due"],
        ["1", "Move the booking form online.", "Ada Byrne", "From paper to an online form.",
         "30/11/2026"],
        ["2", "Publish the charges.", "Ada Byrne", "From a leaflet to the website.",
         "31/12/2026"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Ada Byrne"], [])
    assert second.fields["Shift"] == "From a leaflet to the website."


# Seen in hold-out 225: a council's audit tracker whose officers are keyed by a code
# ("Officer code" | FIN02) beside the name a formula looks up from it. The code is the
# workbook's key to its list of officers, no one; the named column is the lead.


@pytest.mark.parametrize("header", ["Owner code", "Officer ID", "Staff no."])
def test_a_column_of_codes_keying_the_people_is_no_one(tmp_path: Path, header: str) -> None:
    rows = [
        ["Ref", "Action", header, "Responsible person", "Deadline"],
        ["1", "Clear the void backlog.", "HSG01", "Maya Quinn", "31/12/2026"],
        ["2", "Recycle the depot's tyres.", "ENV04", "Owen Pryce", "31/01/2027"],
        ["3", "Survey the tower blocks.", "HSG01", "Maya Quinn", "28/02/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Maya Quinn"], []),
        (["Owen Pryce"], []),
        (["Maya Quinn"], []),
    ]
    assert found[1].fields[header] == "ENV04"  # kept as written


def test_initials_under_a_code_header_still_name_people(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead code", "Deadline"],
        ["1", "Clear the void backlog.", "MQ", "31/12/2026"],
        ["2", "Recycle the depot's tyres.", "OP", "31/01/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["MQ"], ["OP"]]
