"""A task tool's board exported to a sheet (hold-out 25's kind): a header worded as the
tool words it ("Name | Person | Status | Date"), short item names, groups named on a
row of their own above the header written again. Each rule on a small file of its own,
written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers import stages
from importers.explain import explain
from tests.importers.test_import_rules import OPTIONS, actions, failure, plan_of, write

_BOARD_HEADER = ["Name", "Person", "Status", "Date", "Item ID"]
_SHORT_NAMES = [
    ["Library refurbishment board"],
    _BOARD_HEADER,
    ["Roof repairs", "Jo Baines", "Working on it", "2026-12-11", "2081100101"],
    ["New shelving order", "Sam Okafor", "Done", "2026-10-30", "2081100102"],
    ["Reopening event", "Jo Baines", "", "2027-01-22", "2081100103"],
]  # fmt: skip


def test_a_header_naming_a_plans_columns_is_found_above_short_item_names(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, _SHORT_NAMES)
    found = actions(plan_of(path))
    # "Name" heads no plan column by its word: the column naming each item anew is the action
    assert [(a.ref, a.text, a.leads, a.due) for a in found] == [
        ("2081100101", "Roof repairs", ["Jo Baines"], dt.date(2026, 12, 11)),
        ("2081100102", "New shelving order", ["Sam Okafor"], dt.date(2026, 10, 30)),
        ("2081100103", "Reopening event", ["Jo Baines"], dt.date(2027, 1, 22)),
    ]
    assert [a.status for a in found] == ["in_progress", "done", "not_started"]
    said = "\n".join(explain(stages(path, OPTIONS)))
    assert "header: row 2 (no cell worded like the action: labels naming a plan's" in said


def test_a_boards_default_columns_name_enough_of_a_plan(tmp_path: Path) -> None:
    # "Status" and "Date" are a plan's columns; "Name" and "Person" are the tool's words
    rows = [row[:4] for row in _SHORT_NAMES]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.text, a.leads, a.status) for a in found] == [
        ("Roof repairs", ["Jo Baines"], "in_progress"),
        ("New shelving order", ["Sam Okafor"], "done"),
        ("Reopening event", ["Jo Baines"], "not_started"),
    ]


def test_a_row_naming_one_plan_column_is_still_no_header(tmp_path: Path) -> None:
    # "Date" alone is worded like a plan's column: names and amounts make no plan
    rows = [["Name", "Date", "Amount"], ["Jo Baines", "2026-12-11", "3"],
            ["Sam Okafor", "2026-10-30", "4"]]  # fmt: skip
    assert "no header row" in failure(write(tmp_path, rows))


_GROUPED_BOARD = [
    ["Library refurbishment board"],
    ["Building works"],
    _BOARD_HEADER,
    ["Roof repairs", "Jo Baines", "Working on it", "2026-12-11", "2081100101"],
    ["Lift replacement", "Jo Baines", "Stuck", "2027-02-26", "2081100102"],
    [],
    ["Reopening"],
    _BOARD_HEADER,
    ["Reopening event", "Sam Okafor", "", "2027-01-22", "2081100103"],
]  # fmt: skip


def test_each_groups_name_over_its_copy_of_the_header_is_a_recommendation(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _GROUPED_BOARD))
    # The first group's name sits above the first header, as the others do: it heads
    # that group's items, not the plan; the row above it is the plan's title
    assert plan.title == "Library refurbishment board"
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", "Building works", ["2081100101", "2081100102"]),
        ("2", "Reopening", ["2081100103"]),
    ]
    assert [a.status for a in actions(plan)] == ["in_progress", "blocked", "not_started"]


def test_a_title_over_a_header_repeated_after_a_page_break_stays_the_title(
    tmp_path: Path,
) -> None:
    # The copy of the header follows an item, not a name of its own: no groups here
    rows = [*_SHORT_NAMES[:4], _BOARD_HEADER, *_SHORT_NAMES[4:]]
    plan = plan_of(write(tmp_path, rows))
    assert plan.title == "Library refurbishment board"
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "")]
    assert len(actions(plan)) == 3


def test_a_date_set_on_some_items_wins_over_the_end_of_their_timeline(tmp_path: Path) -> None:
    rows = [
        ["Name", "Person", "Status", "Timeline", "Date", "Item ID"],
        ["Roof repairs", "Jo Baines", "Working on it", "2026-10-01 - 2026-12-18", "",
         "2081100101"],
        ["Lift replacement", "Jo Baines", "Stuck", "2026-09-14 - 2026-11-30", "2026-12-11",
         "2081100102"],
        ["Reopening event", "Sam Okafor", "", "2027-01-18 - 2027-01-22", "", "2081100103"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [
        dt.date(2026, 12, 18),  # no date set: the timeline's end
        dt.date(2026, 12, 11),  # the date set for the item
        dt.date(2027, 1, 22),
    ]
    # The timeline beside the date set is kept as written
    assert found[1].fields["Timeline"] == "2026-09-14 - 2026-11-30"


def test_a_start_date_beside_a_timeline_is_never_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Task", "Owner", "Timeline", "Start date"],
        ["Roof repairs", "Jo Baines", "2026-10-01 - 2026-12-18", "2026-10-01"],
        ["Lift replacement", "Jo Baines", "2026-09-14 - 2026-11-30", "2026-09-14"],
    ]
    assert [a.due for a in actions(plan_of(write(tmp_path, rows)))] == [
        dt.date(2026, 12, 18),
        dt.date(2026, 11, 30),
    ]
