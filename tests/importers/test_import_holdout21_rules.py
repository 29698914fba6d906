"""Rules found on the twenty-first hold-out set (a patient safety plan whose owners are
"Matron, Medicine (Claire Dunn)", …): each on a small file of its own, written by the
test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.importers.test_import_rules import actions, plan_of
from tests.importers.test_import_word import word_file, word_table


def _fire_risk_plan(tmp_path: Path) -> Path:
    """A title, a details table of label | value rows, a priority key, then the plan."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Fire Risk Assessment – Action Plan")
        word_table(doc, [["Responsible person", "Harbour Homes Ltd"],
                         ["Date of assessment", "14/10/2026"],
                         ["Review date", "14/10/2027"]])  # fmt: skip
        doc.add_paragraph(
            "Priority: 1 = act immediately; 2 = within one month; 3 = within three months."
        )
        word_table(doc, [
            ["Ref", "Action required", "Priority", "Timescale", "Responsible"],
            ["F1", "Repair the bin store door closer.", "1", "Immediate", "Site Manager"],
            ["F2", "Replace the flat door seals.", "2", "Within 1 month", "Site Manager"],
            ["F3", "Test the emergency lighting.", "3", "Within 3 months", "Site Manager"],
            ["F4", "Seal the riser penetrations.", "2", "Within 28 days", "Site Manager"],
        ])  # fmt: skip

    return word_file(tmp_path, build, "fra.docx")


def test_a_timescale_counts_from_the_date_in_a_details_table_above_the_plan(
    tmp_path: Path,
) -> None:
    plan = plan_of(_fire_risk_plan(tmp_path))
    assert [a.due for a in actions(plan)] == [
        None,  # "Immediate" gives no day
        dt.date(2026, 11, 14),
        dt.date(2027, 1, 14),
        dt.date(2026, 11, 11),
    ]
    assert "Date of assessment | 14/10/2026" in plan.notes  # the table is kept


def test_a_key_to_a_columns_codes_is_a_note_not_a_heading(tmp_path: Path) -> None:
    plan = plan_of(_fire_risk_plan(tmp_path))
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "")]
    assert "1 = act immediately; 2 = within one month" in plan.notes
