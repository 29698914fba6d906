"""Status rules found on the forty-first hold-out set (a trust's CQC plan telling its
progress only in a "Compliance" column; a school's plan with a "Done" column of Word
check boxes): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_compliance_column_is_the_status_where_no_status_column_is(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead", "Completion date", "Compliance"],
        ["1.1", "Roster a second triage nurse.", "Chief Nurse", "31/10/2026", "Compliant"],
        ["1.2", "Add sepsis screening.", "Medical Director", "31/01/2027", "Partially compliant"],
        ["1.3", "Train ED nurses.", "Chief Nurse", "31/03/2027", "Non-compliant"],
        ["1.4", "Fit keypad locks.", "Chief Operating Officer", "28/02/2027", "Not compliant"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # compliant is done, partially compliant under way, non-compliant not yet begun
    assert [a.status for a in found] == ["done", "in_progress", "not_started", "not_started"]


def test_beside_a_status_column_compliance_is_kept_as_a_field(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead", "Completion date", "Compliance", "Status"],
        ["1.1", "Roster a triage nurse.", "Chief Nurse", "31/10/2026", "Compliant", "Complete"],
        ["1.2", "Add sepsis checks.", "Chief Nurse", "31/01/2027", "Non-compliant", "In progress"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the status column rules; the compliance judgement stays, word for word
    assert [(a.status, a.fields["Compliance"]) for a in found] == [
        ("done", "Compliant"),
        ("in_progress", "Non-compliant"),
    ]


def test_a_compliance_column_of_answers_sets_no_status(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead", "Completion date", "Compliance"],
        ["1.1", "Roster a second triage nurse.", "Chief Nurse", "31/10/2026", "Yes"],
        ["1.2", "Add sepsis screening.", "Medical Director", "31/01/2027", "Partial"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a self-assessment's Yes / Partial says nothing of the action's progress: a field
    assert [(a.status, a.fields["Compliance"]) for a in found] == [
        ("not_started", "Yes"),
        ("not_started", "Partial"),
    ]


def test_word_check_boxes_in_a_done_column(tmp_path: Path) -> None:
    rows = [
        ["Step", "What we will do", "Who", "When", "Done", "Progress so far"],
        ["1.1", "Map the history curriculum.", "Mrs Ahmed", "23/10/2026", "☒", "Maps shared."],
        ["1.2", "Check sequencing in art.", "Mr Doyle", "18/12/2026", "☐", "Art review booked."],
        ["1.3", "Governors' learning walk.", "Mr Pryce", "26/03/2027", "☐", "-"],
        ["1.4", "Buy decodable books.", "Mrs Ahmed", "23/10/2026", "☑", ""],
        ["1.5", "Train teaching assistants.", "Miss Khan", "26/03/2027", "✅", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a ticked box is done; a box left empty is not: begun where progress is reported
    assert [a.status for a in found] == [
        "done",
        "in_progress",
        "not_started",
        "done",
        "done",
    ]
    assert found[1].fields["Done"] == "☐"


def test_an_empty_box_leaves_the_status_column_to_rule(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due", "Status", "Done", "Progress"],
        ["1.1", "Audit files.", "Sam Ortiz", "31/12/2026", "Not started", "☐", "Audit booked."],
        ["1.2", "Train staff.", "Sam Ortiz", "30/11/2026", "On hold", "☐", "Trainer ill."],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the box says only "not done": the status cell says how far the work is
    assert [a.status for a in found] == ["not_started", "blocked"]
