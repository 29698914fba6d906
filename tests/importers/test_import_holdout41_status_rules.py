"""Status rules found on the forty-first hold-out set (a trust's CQC plan telling its
progress only in a "Compliance" column; a school's plan with a "Done" column of Word
check boxes): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


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
