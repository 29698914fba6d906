"""A later table of a plan under a header row of its own is read by its own columns:
a spreadsheet's 'Completed actions' or 'Actions added since the last report' table, a
Word plan's table per lead agency, each in its own column order and width."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.importers.test_import_rules import actions, plan_of, write, write_workbook
from tests.importers.test_import_word import word_file, word_table


# Seen in hold-out 243 (a housing association's consumer standards plan, .ods): the
# open actions, notes between the tables, then 'Completed actions' in another order.
def test_a_completed_actions_table_in_another_column_order_is_read_by_its_own_header(
    tmp_path: Path,
) -> None:
    rows = [
        ["Fernhill Council – Scrutiny review action plan"],
        ["Open actions"],
        ["Ref", "Action", "Lead", "Target date", "Status", "Latest update"],
        ["1.1", "Publish the new fees policy.", "Head of Finance", "31/01/2027", "In progress",
         "Draft with the portfolio holder."],
        ["1.2", "Train ward councillors on the policy.", "Democratic Services Manager",
         "31/03/2027", "Not started", ""],
        [],
        ["Completed actions"],
        ["Ref", "Date completed", "Action", "Lead", "Evidence"],
        ["1.3", "14/10/2026", "Survey residents on the current fees.", "Head of Finance",
         "Survey report to Cabinet."],
    ]  # fmt: skip
    plan = plan_of(write_workbook(tmp_path, {"Plan": rows}))
    found = {a.ref: a for a in actions(plan)}
    assert sorted(found) == ["1.1", "1.2", "1.3"]
    done = found["1.3"]
    # the action its own 'Action' column holds, not the day done nor the lead
    assert done.text == "Survey residents on the current fees."
    assert done.leads == ["Head of Finance"]
    # a day under 'Date completed' says done; it is no deadline
    assert (done.status, done.due) == ("done", None)
    assert done.fields["Evidence"] == "Survey report to Cabinet."
    # the open table is read as before
    assert (found["1.1"].due, found["1.1"].status) == (dt.date(2027, 1, 31), "in_progress")


# Seen in hold-out 243 (a borough council's audit tracker, CSV): the tracker, then the
# actions added since the last report under a narrower header in another order.
def test_an_added_actions_table_in_another_order_and_width_is_read_by_its_own_header(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Due date", "Status", "Update"],
        ["A1", "Replace the depot's fuel tank.", "Fleet Manager", "31/12/2026", "In progress",
         "Contractor appointed."],
        ["A2", "Fit tracking to every gritter.", "Fleet Manager", "31/01/2027", "Not started",
         ""],
        ["", "", "", "", "", ""],
        ["Actions added since the last report", "", "", "", "", ""],
        ["Ref", "Owner", "Action", "Due date", "", ""],
        ["A3", "Transport Officer", "Review the pool car booking rules.", "28/02/2027", "", ""],
        ["", "", "", "", "", ""],
        ["Status is as reported by each owner.", "", "", "", "", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    added = {a.ref: a for a in actions(plan)}["A3"]
    assert added.text == "Review the pool car booking rules."
    assert added.leads == ["Transport Officer"]
    assert added.due == dt.date(2027, 2, 28)
    assert len(actions(plan)) == 3
    assert "Status is as reported by each owner." in plan.notes


# Seen in hold-out 243 (a safeguarding adults board's SAR plan): each recommendation
# answered in the lead agency's own Word table, of its own width and column order.
def test_word_tables_of_other_widths_each_under_its_own_header_are_one_plan(
    tmp_path: Path,
) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Safeguarding Adults Review 'Ann': action plan", style="Title")
        doc.add_heading("Recommendation 1: The council should review its escalation.", 2)
        word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Target date", "Status"],
                ["1.1", "Publish an escalation guide.", "Head of Safeguarding", "30/09/2026",
                 "Complete"],
            ],
        )  # fmt: skip
        doc.add_heading("Recommendation 2: The trust should record capacity decisions.", 2)
        word_table(
            doc,
            [
                ["No.", "Action agreed", "Agency lead", "Due by", "RAG", "Status"],
                ["2.1", "Add a capacity template to the record.", "Named Nurse", "31/01/2027",
                 "Amber", "Delayed"],
                ["2.2", "Audit capacity records quarterly.", "Named Nurse", "31/03/2027",
                 "Green", "On track"],
            ],
        )  # fmt: skip
        doc.add_heading("Recommendation 3: The police should share concerns within a day.", 2)
        word_table(
            doc,
            [
                ["Action ref", "What will be done", "Responsible officer", "Timescale",
                 "Evidence of impact", "Status"],
                ["3.1", "Flag adults at risk on the contact system.", "DI Public Protection",
                 "31/12/2026", "Flags raised on 40 contacts.", "Complete"],
            ],
        )  # fmt: skip

    plan = plan_of(word_file(tmp_path, build))
    assert [(r.ref, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", ["1.1"]),
        ("2", ["2.1", "2.2"]),
        ("3", ["3.1"]),
    ]
    first, delayed, _, police = actions(plan)
    # the first, narrower table's action is the plan's, never a note
    assert (first.text, first.leads, first.status) == (
        "Publish an escalation guide.",
        ["Head of Safeguarding"],
        "done",
    )
    # a column the first table lacks is read by its own caption: the trust's RAG
    assert (delayed.due, delayed.status, delayed.rag) == (
        dt.date(2027, 1, 31),
        "in_progress",
        "amber",
    )
    # the police's deadline and status where its own header puts them, its evidence kept
    assert (police.due, police.status, police.rag) == (dt.date(2026, 12, 31), "done", None)
    assert police.fields["Evidence of impact"] == "Flags raised on 40 contacts."


def test_a_narrower_table_with_no_refs_stays_a_note_beside_the_plan(tmp_path: Path) -> None:
    """A school's monitoring table under each priority ("Monitoring activity | Who |
    When") holds no actions of the plan: it stays in the notes."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Post-inspection action plan", style="Title")
        doc.add_heading("Priority 1: Early reading", 2)
        word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "By when", "Progress"],
                ["1.1", "Train staff in phonics.", "English lead", "31/12/2026", ""],
                ["1.2", "Buy decodable books.", "English lead", "31/01/2027", ""],
            ],
        )
        word_table(
            doc,
            [
                ["Monitoring activity", "Who", "When"],
                ["Phonics learning walks", "Headteacher", "Each half term"],
            ],
        )

    plan = plan_of(word_file(tmp_path, build))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2"]
    assert "Phonics learning walks | Headteacher | Each half term" in plan.notes
