"""Rules found on the forty-fourth hold-out set (a school's post-Ofsted plan, staff
leads written "OG – Owen Grant", progress a number on a key printed above the table):
each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_column_of_numbers_a_printed_key_defines_is_the_status(tmp_path: Path) -> None:
    rows = [
        ["Progress key: 1 = not started; 2 = started; 3 = on track; 4 = complete"],
        [],
        ["No.", "Action", "Staff lead", "Progress (1-4)", "Notes"],
        ["1a", "Map the curriculum.", "Owen Grant", "3", "Science maps complete."],
        ["1b", "Train the staff.", "Owen Grant", "4", "Training delivered."],
        ["1c", "Hold deep dives.", "Owen Grant", "2", ""],
        ["1d", "Report to governors.", "Owen Grant", "1", ""],
        ["2a", "Issue pupil profiles.", "Lucy Bell", "3", ""],
    ]
    plan_actions = actions(plan_of(write(tmp_path, rows)))
    statuses = [a.status for a in plan_actions]
    assert statuses == ["in_progress", "done", "in_progress", "not_started", "in_progress"]
    # the numbers are the status, never news of their own
    assert [[u.text for u in a.updates] for a in plan_actions][:2] == [
        ["Science maps complete."], ["Training delivered."]
    ]  # fmt: skip
    assert [a.updates for a in plan_actions][2:] == [[], [], []]
