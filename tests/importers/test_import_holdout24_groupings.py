"""Rules found on the twenty-fourth hold-out set: a priority band column ("P1 – within 1
month") is never the grouping, so the site rows written across the sheet are."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tests.importers.test_import_rules import actions, plan_of


def _schedule(tmp_path: Path) -> Path:
    """A remedial action schedule: a site row across the sheet over its numbered items,
    each ranked by a priority band that comes back from site to site."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Item No.", "Remedial action required", "Priority", "Responsible", "Target date"])
    rows = [
        ("North School",),
        (1, "Replace the tank lid.", "P1 – within 1 month", "Site Manager", "16/10/2026"),
        (2, "Flush little-used outlets weekly.", "P2 – within 3 months", "Site Manager",
         "18/12/2026"),
        ("South School",),
        (3, "Raise the calorifier set point.", "P1 – within 1 month", "Contractor",
         "16/10/2026"),
        (4, "Descale the shower heads.", "P3 – within 6 months", "Estates Team",
         "31/03/2027"),
    ]  # fmt: skip
    for row in rows:
        ws.append(list(row))
        if len(row) == 1:
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=5)
    path = tmp_path / "schedule.xlsx"
    wb.save(path)
    return path


def test_a_priority_band_column_is_a_field_and_the_site_rows_group(tmp_path: Path) -> None:
    plan = plan_of(_schedule(tmp_path))
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [("1", "North School"), ("2", "South School")]
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "2.3", "2.4"]
    # the band stays with each action, as a field
    assert "P3 – within 6 months" in str(actions(plan)[3].fields)
