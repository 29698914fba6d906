"""What the TUI's workbench asks of the importer: a file read once, re-run with each
correction exactly as the CLI's ``--map`` and ``--header-row`` would run it."""

from __future__ import annotations

import json
from pathlib import Path

from importers import ImportOptions, load
from importers.workbench import column_key, mapping_for_header, preview, read_source
from reports import export
from store import Store
from tests.conftest import TODAY, small_plan
from tests.importers.test_import_rules import actions, write

OPTIONS = ImportOptions(today=TODAY)
ROWS = [
    ["Action plan 2026"],
    ["Ref", "Action", "", "Lead", "Notes"],
    ["1.1", "Agree the protocol", "Para 12", "Jo Bloggs", "[TBC]"],
    ["1.2", "Train the staff", "Para 14", "Ann Lee", "see above"],
]


def test_a_correction_gives_what_the_same_flags_give_the_cli(tmp_path: Path) -> None:
    path = write(tmp_path, ROWS)
    source = read_source(path, OPTIONS)
    options = ImportOptions(today=TODAY, mapping={"Notes": "update", "Column 3": "ignore"})
    shown = preview(source, options)
    assert shown.plans == load(path, options).plans
    assert shown.counts == "1 recommendation · 2 actions · 2 updates"
    assert shown.roles[2] == "ignore" and shown.roles[4] == "update"
    assert [a.updates[0].text for a in actions(shown.plans[0])] == ["[TBC]", "see above"]


def test_a_column_without_a_header_is_named_by_its_number(tmp_path: Path) -> None:
    headers = ["Ref", "Action", "", "Lead", "Lead"]
    assert [column_key(headers, i) for i in range(5)] == [
        "Ref",
        "Action",
        "Column 3",
        "Column 4",  # two columns say "Lead": only the number tells them apart
        "Column 5",
    ]


def test_a_header_row_that_cannot_be_the_header_is_a_result_not_an_error(
    tmp_path: Path,
) -> None:
    source = read_source(write(tmp_path, ROWS), OPTIONS)
    shown = preview(source, ImportOptions(today=TODAY, header_row=4))
    assert shown.plans == [] and shown.header_index == 3
    assert shown.counts.startswith("Nothing to import: header on row 4 has no action or")
    assert shown.sheet is not None and shown.sheet.grid[0] == ["Action plan 2026", "", "", "", ""]


def test_corrections_follow_their_column_names_to_a_new_header_row(tmp_path: Path) -> None:
    sheet = read_source(write(tmp_path, ROWS), OPTIONS).sheets[0]
    mapping = {"Notes": "update", "Column 3": "ignore", "Lead": "responsible"}
    assert mapping_for_header(mapping, sheet, 1) == mapping
    assert mapping_for_header(mapping, sheet, 0) == {"Column 3": "ignore"}  # no "Notes" there


def test_an_actionplan_export_is_read_as_written(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "plans.db")
    store.merge_plans([small_plan()], "test")
    path = tmp_path / "plans.json"
    path.write_bytes(export(store, "json", None))
    shown = preview(read_source(path, OPTIONS), OPTIONS)
    assert shown.counts == "2 recommendations · 4 actions · 1 update"
    assert shown.sheet is None and shown.notes[0].startswith("an actionplan export")
    assert json.loads(path.read_text())["plans"][0]["title"] == shown.plans[0].title
