"""Committee reports show a note with no date as "undated", never as the day of export."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from openpyxl import load_workbook

from importers import ImportOptions, load
from reports import export
from store import Store
from tests.conftest import TODAY
from tests.reports.test_report_formats import parse


def test_html_shows_the_latest_dated_note_and_undated_ones_as_undated(undated_store: Store) -> None:
    text = " ".join(parse(export(undated_store, "html")).parts)
    assert "1 Sep 2026: Mosaic form drafted" in text  # dated beats undated for "latest"
    assert "undated: Audit yet to be scheduled" in text
    assert "24 Nov 2026" not in text.split("Recommendation 1", 1)[1]


def test_xlsx_lists_every_note_with_undated_last(undated_store: Store) -> None:
    actions = load_workbook(io.BytesIO(export(undated_store, "xlsx")))["Actions"]
    header = [c.value for c in actions[1]]
    dated, latest, every = (
        header.index(n) + 1 for n in ("Latest update date", "Latest update", "All updates")
    )
    rows = {actions.cell(row=r, column=4).value: r for r in range(2, actions.max_row + 1)}
    strategy, audits = rows["1.1"], rows["2.1"]
    assert actions.cell(row=strategy, column=dated).value == dt.datetime(2026, 9, 1)
    assert actions.cell(row=strategy, column=every).value == (
        "1 Sep 2026: Mosaic form drafted\nundated: Reported to the board"
    )
    assert actions.cell(row=audits, column=dated).value == "undated"
    assert actions.cell(row=audits, column=latest).value == "Audit yet to be scheduled"


def test_our_csv_reads_back_undated_notes_undated(undated_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_bytes(export(undated_store, "csv"))
    (reimported,) = load(path, ImportOptions(today=TODAY)).plans
    assert reimported == undated_store.export().plans[0]
    audits = reimported.recommendations[1].actions[0]
    assert [(u.date, u.text) for u in audits.updates] == [(None, "Audit yet to be scheduled")]
