"""Rules found on the twenty-sixth hold-out set (an Airtable export): a date column a
US-locale tool wrote month first ("10/30/2026") is read month first throughout; a
column of places or units ("Block A", "Phase 2") names no one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers import stages
from importers.explain import explain
from tests.importers.test_import_rules import OPTIONS, actions, plan_of, result_of, write

D = dt.date


HEADER = ["Action ID", "Action", "Owner", "Due", "Latest update"]


def _plan(tmp_path: Path, dues: list[str], updates: list[str] | None = None) -> Path:
    notes = updates or [""] * len(dues)
    rows = [
        [f"EG-{i:03}", f"Agree step {i} with the residents.", "Hannah Cole", due, note]
        for i, (due, note) in enumerate(zip(dues, notes, strict=True), 1)
    ]
    return write(tmp_path, [HEADER, *rows])


def test_a_column_written_month_first_is_read_month_first_throughout(tmp_path: Path) -> None:
    # "1/5/2027" alone could be 1 May: the column's "10/30/2026" says it is 5 January
    path = _plan(tmp_path, ["10/30/2026", "1/5/2027", "12/18/2026", "TBC"])
    assert [a.due for a in actions(plan_of(path))] == [
        D(2026, 10, 30),
        D(2027, 1, 5),
        D(2026, 12, 18),
        None,
    ]
    assert [a.due_text for a in actions(plan_of(path))][:2] == ["10/30/2026", "1/5/2027"]


def test_explain_says_the_column_was_read_month_first(tmp_path: Path) -> None:
    path = _plan(tmp_path, ["10/30/2026", "1/5/2027"])
    lines = "\n".join(explain(stages(path, OPTIONS)))
    assert "'Due' read month first, as US dates: '10/30/2026'" in lines
    assert "month first, as US dates" in next(x for x in lines.splitlines() if "'Due' ->" in x)
    assert any("month first" in w for w in result_of(path).warnings)


def test_a_column_with_both_kinds_stays_day_first(tmp_path: Path) -> None:
    # "30/10/2026" can only be a UK day: the column is day first, "10/30/2026" no date
    path = _plan(tmp_path, ["30/10/2026", "10/30/2026", "1/5/2027"])
    found = [(a.due, a.due_text) for a in actions(plan_of(path))]
    assert found == [
        (D(2026, 10, 30), "30/10/2026"),
        (None, "10/30/2026"),
        (D(2027, 5, 1), "1/5/2027"),
    ]
    assert not any("month first" in w for w in result_of(path).warnings)


def test_a_column_of_ambiguous_dates_stays_day_first(tmp_path: Path) -> None:
    path = _plan(tmp_path, ["1/5/2027", "3/4/2027"])
    assert [a.due for a in actions(plan_of(path))] == [D(2027, 5, 1), D(2027, 4, 3)]


def test_an_update_line_keeps_the_uk_reading_beside_a_month_first_column(
    tmp_path: Path,
) -> None:
    news = ["Tenders back.", "03/11/2026 - draft agreed by the residents' panel at its meeting"]
    path = _plan(tmp_path, ["10/30/2026", "1/5/2027"], news)
    (update,) = actions(plan_of(path))[1].updates
    assert update.date == D(2026, 11, 3)  # 3 November: one cell alone is read the UK way


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
