"""Rules found on the twenty-first hold-out set: a self-assessment whose Code section is
written once over its block beside the Code requirement quoted on every row, and an
inspection plan whose requirement is merged down its actions under full-width theme rows.
Each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.importers.test_import_rules import actions, plan_of, write
from tests.importers.test_import_word import word_file


def test_a_labelled_block_column_wins_over_a_requirement_quoted_on_every_row(
    tmp_path: Path,
) -> None:
    rows = [
        ["Code section", "Provision", "Code requirement", "Action", "Owner", "Target date"],
        ["Section 1: Definition of a complaint", "1.2",
         "Landlords must tell a service request from a complaint.",
         "Add the definition to the policy.", "Complaints Manager", "31/12/2026"],
        ["", "1.3", "Landlords must keep service requests open.",
         "Add a check to the repairs system.", "Head of Repairs", "31/03/2027"],
        ["Section 3: Accessibility and awareness", "3.1",
         "Landlords must offer different channels.",
         "Add a complaint form to the app.", "Digital Manager", "31/01/2027"],
        ["", "3.5", "Landlords must allow a representative.",
         "Add a consent form.", "Complaints Manager", "28/02/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # the sections are the plan's grouping (never renumbered); the provisions the refs
    assert recs == [
        ("1", "Definition of a complaint", ["1.2", "1.3"]),
        ("3", "Accessibility and awareness", ["3.1", "3.5"]),
    ]
    # the requirement, a new text on every row, is kept as a field of each action
    assert actions(plan)[1].fields["Code requirement"] == (
        "Landlords must keep service requests open."
    )


_THEMED = [
    ("Quality of the patient experience", [
        ("The practice must display its complaints procedure.",
         [("Print the procedure in both languages.", "Practice Manager – Sian Hughes",
           "Completed")]),
        ("The practice must tell patients what changed after feedback.",
         [("Review survey results each quarter.", "Practice Manager – Sian Hughes",
           "31/12/2026"),
          ("Display a 'You said, we did' poster.", "Practice Manager – Sian Hughes",
           "January 2027")]),
    ]),
    ("Delivery of safe and effective care", [
        ("The practice must check the emergency drugs weekly.",
         [("Introduce a weekly checklist.", "Lead Dental Nurse – Megan Lloyd", "31/10/2026"),
          ("Replace the out-of-date oxygen mask.", "Principal Dentist – Dr Rhys Evans",
           "Immediate")]),
    ]),
]  # fmt: skip


def _improvement_plan(tmp_path: Path) -> Path:
    """An inspectorate's improvement plan in Word: theme rows merged across the table,
    each "Improvement needed" merged down over its actions."""

    def build(doc: Any) -> None:
        rows = sum(1 + sum(len(acts) for _, acts in needs) for _, needs in _THEMED)
        table = doc.add_table(rows=rows + 1, cols=4)
        for j, text in enumerate(["Improvement needed", "Service action",
                                  "Responsible officer", "Timescale"]):  # fmt: skip
            table.cell(0, j).text = text
        i = 1
        for theme, needs in _THEMED:
            table.cell(i, 0).merge(table.cell(i, 3)).text = theme
            i += 1
            for need, acts in needs:
                table.cell(i, 0).merge(table.cell(i + len(acts) - 1, 0)).text = need
                for act in acts:
                    for j, text in enumerate(act, start=1):
                        table.cell(i, j).text = text
                    i += 1

    return word_file(tmp_path, build)


def test_an_improvement_needed_column_under_theme_rows_is_the_recommendation(
    tmp_path: Path,
) -> None:
    plan = plan_of(_improvement_plan(tmp_path))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # the inspector's requirements, in order (the plan numbers none): not the themes
    assert recs == [
        ("1", "The practice must display its complaints procedure.", ["1.1"]),
        ("2", "The practice must tell patients what changed after feedback.", ["2.1", "2.2"]),
        ("3", "The practice must check the emergency drugs weekly.", ["3.1", "3.2"]),
    ]
    # the theme row is kept on the actions under it
    assert actions(plan)[3].fields["Section"] == "Delivery of safe and effective care"


def test_a_post_a_dash_and_a_name_names_the_person(tmp_path: Path) -> None:
    plan = plan_of(_improvement_plan(tmp_path))
    # "Practice Manager – Sian Hughes" names her as "Sian Hughes – Practice Manager" would
    assert [a.leads for a in actions(plan)] == [
        ["Sian Hughes"], ["Sian Hughes"], ["Sian Hughes"], ["Megan Lloyd"], ["Dr Rhys Evans"],
    ]  # fmt: skip
    # "Completed" as the timescale: done, no date
    first = actions(plan)[0]
    assert (first.status, first.due) == ("done", None)
