"""The staged importer's inference rules (docs/import-rules.md), one small plan each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers import ImportOptions, stages
from importers.explain import explain_file
from tests.conftest import TODAY
from tests.importers.test_import_rules import actions, plan_of, result_of, write, write_workbook

D = dt.date
OPTIONS = ImportOptions(today=TODAY)


def test_headings_that_do_not_say_recommendation_keep_their_own_refs(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Target date"],
        ["Area for improvement 3: Supervision is not regular enough"],
        ["Audit supervision records", "Jane Smith", "31/03/2024"],
        ["Area for improvement 4: Plans lack detail"],
        ["Retrain staff on plans", "Raj Patel", "30/06/2024"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("3", "Supervision is not regular enough"),
        ("4", "Plans lack detail"),
    ]
    assert [a.ref for a in actions(plan)] == ["3.1", "4.1"]


def test_must_do_codes_and_afi_numbers(tmp_path: Path) -> None:
    rows = [
        ["Action", "Owner", "Due"],
        ["Must do MD2: Staffing levels must be safe"],
        ["Agree the rota", "Ward manager", "Mar 2024"],
        ["AFI 4 - Learning from incidents"],
        ["Share lessons monthly", "Head of Quality", "Apr 2024"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["MD2", "4"]


def test_banners_that_recur_with_a_sequence_are_recommendations(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Due"],
        ["2. Leadership and management"],
        ["Appoint a permanent director", "Chief Executive", "Dec 2024"],
        ["3. Quality of practice"],
        ["Launch the practice framework", "Principal Social Worker", "Jan 2025"],
    ]
    plan = plan_of(write(tmp_path, rows))
    # never renumbered: a plan whose recommendations start at 2 keeps 2
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("2", "Leadership and management"),
        ("3", "Quality of practice"),
    ]


def test_a_ref_column_written_once_per_block_is_the_recommendation_ref(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due date"],
        ["2", "2.1.1. Social care to audit thresholds", "Jo Bloggs", "31/01/2024"],
        ["", "2.1.2. Share the findings", "Jo Bloggs", "28/02/2024"],
        ["3", "3.1 Review the front door", "Sam Lee", "31/03/2024"],
        ["", "3.2 Publish the review", "Sam Lee", "30/04/2024"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["2", "3"]
    assert [(a.ref, a.text) for a in actions(plan)] == [
        ("2.1.1", "Social care to audit thresholds"),
        ("2.1.2", "Share the findings"),
        ("3.1", "Review the front door"),
        ("3.2", "Publish the review"),
    ]


def test_an_inspection_ref_is_kept_as_a_field_not_used_as_the_action_ref(tmp_path: Path) -> None:
    rows = [
        ["Ofsted Ref", "Action", "Lead"],
        ["Para 45", "Audit the front door", "Jo Bloggs"],
        ["Para 47, 48", "Train managers", "Sam Lee"],
    ]
    result = result_of(write(tmp_path, rows))
    found = actions(result.plans[0])
    assert [a.ref for a in found] == ["1.1", "1.2"]
    assert [a.fields["Ofsted Ref"] for a in found] == ["Para 45", "Para 47, 48"]
    assert ("Ofsted Ref", "extra") in result.mapping


def test_a_column_of_ids_is_the_ref_and_the_prose_is_the_action(tmp_path: Path) -> None:
    rows = [
        ["Action No", "Recommendation", "Agreed action", "Owner", "Agreed date"],
        ["A-001", "Payroll controls", "Reconcile payroll monthly", "Payroll Manager", "Q1 2024/25"],
        ["A-002", "Leavers process", "Remove leavers within 5 days", "HR Manager", "Q2 2024/25"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [(a.ref, a.text, a.due) for a in actions(plan)] == [
        ("A-001", "Reconcile payroll monthly", D(2024, 6, 30)),
        ("A-002", "Remove leavers within 5 days", D(2024, 9, 30)),
    ]


def test_a_revised_date_wins_and_the_original_is_kept(tmp_path: Path) -> None:
    rows = [
        ["Action", "Target date", "Revised target date"],
        ["Write the strategy", "31/03/2024", "30/09/2024"],
        ["Train staff", "30/06/2024", ""],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.due, first.due_text) == (D(2024, 9, 30), "30/09/2024")
    # the original in figures is the baseline itself, no field beside it
    assert "Target date" not in first.fields
    assert second.due == D(2024, 6, 30)
    # the plan's own original date is the action's baseline; no revision, no baseline of its own
    assert (first.original_due, second.original_due) == (D(2024, 3, 31), None)


def test_a_deadline_revised_from_an_earlier_one_keeps_that_as_original(tmp_path: Path) -> None:
    rows = [
        ["Action", "Target date"],
        ["Write the strategy", "Dec 2024 (revised from Jun 2024)"],
        ["Train staff", "Sep 2024"],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.due, first.original_due) == (D(2024, 12, 31), D(2024, 6, 30))
    assert (second.due, second.original_due) == (D(2024, 9, 30), None)


def test_status_words_percentages_and_emoji(tmp_path: Path) -> None:
    rows = [
        ["Action", "Status", "RAG", "% complete"],
        ["One", "Slipped", "", ""],
        ["Two", "Superseded", "", ""],
        ["Three", "", "🟢", "50%"],
        ["Four", "", "Blue", ""],
        ["Five", "", "", "100%"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.status, a.rag) for a in found] == [
        ("in_progress", "red"),
        ("dropped", None),
        ("in_progress", "green"),
        ("done", None),
        ("done", None),
    ]
    # the wording is kept beside its meaning
    assert found[0].fields["Status (as written)"] == "Slipped"
    assert found[3].fields["RAG (as written)"] == "Blue"


def test_a_legend_in_the_file_overrides_the_default_meaning(tmp_path: Path) -> None:
    rows = [
        ["Action", "RAG"],
        ["Write the strategy", "Green"],
        ["Train staff", "Amber"],
        [""],
        ["Key: Green = Complete, Amber = On track, Red = Off track"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(a.status, a.rag) for a in actions(plan)] == [
        ("done", "green"),
        ("in_progress", "amber"),
    ]
    # the legend below the table is kept with the plan, not lost as a banner
    assert "Key: Green = Complete" in plan.notes


def test_updates_are_dated_by_their_header_or_their_paragraphs_or_not_at_all(
    tmp_path: Path,
) -> None:
    rows = [
        ["Action", "Update Jan 2024", "Commentary"],
        ["One", "Started", "12/02/24 – met the leads\nagreed a plan\n03/03/24 – plan signed off"],
    ]
    (action,) = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in action.updates] == [
        (D(2024, 1, 31), "Started"),
        (D(2024, 2, 12), "12/02/24 – met the leads\nagreed a plan"),
        (D(2024, 3, 3), "03/03/24 – plan signed off"),
    ]


def test_a_key_sheet_resolves_initials_and_the_plan_sheet_is_chosen(tmp_path: Path) -> None:
    sheets: dict[str, list[list[object]]] = {
        "Summary": [["Improvement plan summary"], ["Total actions", 2]],
        "Action plan": [
            ["Action", "Lead", "Due"],
            ["Audit cases", "KT", "Mar 2024"],
            ["Train staff", "Raj Patel (RP)", "Apr 2024"],
        ],
        "Key": [["Karen Thomas (KT)"]],
    }
    path = write_workbook(tmp_path, sheets)
    found = actions(plan_of(path))
    assert [a.leads for a in found] == [["Karen Thomas"], ["Raj Patel"]]
    explained = "\n".join(explain_file(path, OPTIONS))
    assert "sheet: 'Action plan'" in explained
    assert result_of(path).sheet.startswith("'Action plan' (best header")


def test_explain_shows_each_stage_and_writes_nothing(tmp_path: Path) -> None:
    rows = [
        ["Children's services improvement plan"],
        ["Ref", "Action", "Lead", "Due date"],
        ["2", "2.1 Audit thresholds", "Jo Bloggs", "31/01/2024"],
        ["", "2.2 Share the findings", "Jo Bloggs", "30/02/2024"],
    ]
    path = write(tmp_path, rows)
    lines = explain_file(path, OPTIONS)
    text = "\n".join(lines)
    assert "header: row 2" in text
    assert "'Ref' -> recommendation ref (changes only between groups; 1 values)" in text
    assert "2.1  Audit thresholds · lead Jo Bloggs · due 31 Jan 2024" in text
    assert "counts: 1 recommendation · 2 actions · 0 updates" in text
    assert "deadline '30/02/2024' has no date" in text
    assert stages(path, OPTIONS).plan.recommendations[0].ref == "2"


def test_keys_below_the_table_and_in_cells_spell_out_initials(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Start", "Finish"],
        ["", "Finding 1: Information was not shared"],
        ["1.1", "Issue a briefing", "DCS", "Jan 2025", "Mar 2025"],
        ["1.2", "Agree a protocol", "Ch Supt Amy Lowe (AL)", "Feb 2025", "Jun 2025"],
        ["1.3", "Audit the protocol", "AL", "Jun 2025", "Sep 2025"],
        [""],
        ["Abbreviations: DCS – Director of Children's Services; NB – see note"],
    ]
    plan = plan_of(write(tmp_path, rows))
    # a heading alone in the action column still heads its block
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "Information was not shared")]
    found = actions(plan)
    assert [a.leads for a in found] == [
        ["Director of Children's Services"],
        ["Ch Supt Amy Lowe"],
        ["Ch Supt Amy Lowe"],
    ]
    # "Finish" is the deadline, "Start" only a field
    assert [a.due for a in found] == [D(2025, 3, 31), D(2025, 6, 30), D(2025, 9, 30)]
    assert found[0].fields["Start"] == "Jan 2025"


def test_lettered_actions_under_breaches_and_who_monitors(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Delivery lead", "Monitoring (who/when)", "Timescales", ""],
        ["", "", "", "", "Original", "Revised"],
        ["Breach 1 – Regulation 12: Safe care and treatment"],
        ["a) Move records to the electronic system", "Maria Costa", "Field Supervisor",
         "JB – termly", "29/02/2024", "31/03/2024"],
        ["(b) Check every care worker's competency", "Maria Costa", "", "JB – termly",
         "31/03/2024", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    (rec,) = plan.recommendations
    assert (rec.ref, rec.text) == ("1", "Regulation 12: Safe care and treatment")
    first, second = rec.actions
    assert (first.ref, first.text) == ("1a", "Move records to the electronic system")
    assert (second.ref, second.text) == ("1b", "Check every care worker's competency")
    # a second lead column is the responsible one; who monitors is kept as a field
    assert (first.leads, first.responsible) == (["Maria Costa"], ["Field Supervisor"])
    assert first.fields["Monitoring (who/when)"] == "JB – termly"
    # the revised timescale wins, the original (in figures) is its baseline
    assert (first.due, first.original_due) == (D(2024, 3, 31), D(2024, 2, 29))
    assert "Timescales Original" not in first.fields
    assert second.due == D(2024, 3, 31)
