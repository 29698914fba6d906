"""Rules found on the twenty-first hold-out set (a patient safety plan whose owners are
"Matron, Medicine (Claire Dunn)", …): each on a small file of its own, written by the
test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.importers.test_import_rules import actions, plan_of, write
from tests.importers.test_import_word import word_file, word_table

_TRACKER = [
    ["Summary", "Issue key", "Issue id", "Issue Type", "Status", "Assignee", "Assignee Email",
     "Due date"],
    ["Remove leavers from payroll within five days.", "PAY-14", "10482", "Audit Action",
     "Done", "Amir Khan", "amir.khan@example.org", "31/Oct/26 12:00 AM"],
    ["Review administrator access every quarter.", "CYB-21", "10497", "Audit Action",
     "Awaiting Evidence", "Jess Brennan", "jess.brennan@example.org", "30/Nov/26 12:00 AM"],
    ["Agree a standard grant agreement.", "GRA-30", "10511", "Audit Action",
     "In Progress", "Sunil Nair", "sunil.nair@example.org", "15/Dec/26 12:00 AM"],
    ["Reconcile payroll to the ledger monthly.", "PAY-15", "10483", "Audit Action",
     "To Do", "Amir Khan", "amir.khan@example.org", ""],
]  # fmt: skip


def test_the_key_people_quote_is_the_ref_not_the_tools_own_number(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _TRACKER))
    assert [a.ref for a in actions(plan)] == ["PAY-14", "CYB-21", "GRA-30", "PAY-15"]
    assert actions(plan)[0].fields["Issue id"] == "10482"  # kept, as a field


def test_the_assignee_leads_and_an_item_type_or_an_email_names_no_one(tmp_path: Path) -> None:
    first, second, *_ = actions(plan_of(write(tmp_path, _TRACKER)))
    assert (first.leads, first.responsible) == (["Amir Khan"], [])
    assert second.leads == ["Jess Brennan"]
    assert first.fields["Issue Type"] == "Audit Action"


def test_awaiting_evidence_is_in_progress(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _TRACKER))
    assert [a.status for a in actions(plan)] == [
        "done",
        "in_progress",
        "in_progress",
        "not_started",
    ]


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
