"""A reply's actions written as a numbered list in its cell, each step closed by its
owner and timescale in brackets (seen in hold-out 247: a cabinet's response to a
scrutiny review, 'Recommendation | Our response and actions')."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.importers.test_import_rules import actions, plan_of, write
from tests.importers.test_import_word import add_list, numbered, word_file

D = dt.date
HEADER = ["Recommendation", "Our response and actions"]
AGREED = (
    "Recommendation 1: The Council should stop using bed and breakfast for families.",
    "Agreed. We will:",
    [
        "Open a family hostel at Mill Lane (Head of Housing Options, March 2027)",
        "Report the numbers to every Scrutiny Panel (Housing Performance Manager, ongoing)",
    ],
)
PARTLY = (
    "Recommendation 2: The Council should inspect every property once a year.",
    "Partly agreed. A yearly inspection of short leases is not practical.",
    [
        "Inspect every property before first use"
        " (Head of Housing Options, completed November 2026)",
        "Inspect homes leased for a year or more yearly"
        " (Private Sector Housing Manager, Q1 2027/28)",
    ],
)


def _word_plan(tmp_path: Path) -> Path:
    """The response cell a lead-in line, then the steps as a list Word numbers, started
    again at 1 in each cell."""

    def build(doc: Any) -> None:
        add_list(doc, 81, [("decimal", "%1.")])
        add_list(doc, 82, [("decimal", "%1.")])
        doc.add_paragraph("Cabinet response to the scrutiny review")
        table = doc.add_table(rows=3, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = HEADER
        for row, (rec, lead_in, steps) in enumerate((AGREED, PARTLY), start=1):
            table.cell(row, 0).text = rec
            cell = table.cell(row, 1)
            cell.text = lead_in
            for step in steps:
                numbered(cell.add_paragraph(step), 80 + row)

    return word_file(tmp_path, build)


def test_each_numbered_step_of_a_response_is_an_action_led_and_dated_by_its_bracket(
    tmp_path: Path,
) -> None:
    found = actions(plan_of(_word_plan(tmp_path)))
    assert [(a.ref, a.text, a.leads, a.due, a.status) for a in found] == [
        ("1.1", "Open a family hostel at Mill Lane", ["Head of Housing Options"],
         D(2027, 3, 31), "not_started"),
        ("1.2", "Report the numbers to every Scrutiny Panel", ["Housing Performance Manager"],
         None, "not_started"),
        ("2.1", "Inspect every property before first use", ["Head of Housing Options"],
         None, "done"),
        ("2.2", "Inspect homes leased for a year or more yearly",
         ["Private Sector Housing Manager"], D(2027, 6, 30), "not_started"),
    ]  # fmt: skip


def test_a_response_opened_by_a_lead_in_and_a_colon_loses_no_recommendation(
    tmp_path: Path,
) -> None:
    """'Agreed. We will:' over the list is no label with the list its value."""
    plan = plan_of(_word_plan(tmp_path))
    assert [r.ref for r in plan.recommendations] == ["1", "2"]
    assert plan.recommendations[0].text == (
        "The Council should stop using bed and breakfast for families."
    )


def test_the_lead_in_is_the_response_and_the_step_is_kept_as_written(tmp_path: Path) -> None:
    found = actions(plan_of(_word_plan(tmp_path)))
    assert [a.fields["Response"] for a in found] == [AGREED[1]] * 2 + [PARTLY[1]] * 2
    assert found[1].due_text == "ongoing"
    assert found[0].fields["Our response and actions (as written)"] == (
        "Open a family hostel at Mill Lane (Head of Housing Options, March 2027)"
    )


def test_typed_step_numbers_split_a_response_cell_as_word_numbers_do(tmp_path: Path) -> None:
    rec, lead_in, steps = AGREED
    cell = "\n".join([lead_in, *(f"{n}. {step}" for n, step in enumerate(steps, start=1))])
    found = actions(plan_of(write(tmp_path, [HEADER, [rec, cell]])))
    assert [(a.ref, a.leads) for a in found] == [
        ("1.1", ["Head of Housing Options"]),
        ("1.2", ["Housing Performance Manager"]),
    ]


def test_a_numbered_list_whose_steps_name_no_owner_and_time_stays_one_action(
    tmp_path: Path,
) -> None:
    """Steps of one action ("1. Draft …", "2. Consult …") are its words, as before."""
    cell = "Agreed.\n1. Draft the policy (see appendix)\n2. Consult tenants (2026 survey)"
    found = actions(plan_of(write(tmp_path, [HEADER, [AGREED[0], cell]])))
    assert len(found) == 1 and "2. Consult tenants (2026 survey)" in found[0].text
