"""Rules found on the twenty-sixth hold-out set (an Airtable export): a date column a
US-locale tool wrote month first ("10/30/2026") is read month first throughout; a
column of places or units ("Block A", "Phase 2") names no one."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


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
