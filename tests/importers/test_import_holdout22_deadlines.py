"""Deadline rules found on the twenty-second hold-out set (a nursery's Ofsted actions
writing "31.1.27", a food audit plan writing each deadline at the end of its action, a
care home's improvement plan giving each area's deadline on a labelled line above its
table): each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tests.importers.test_import_rules import actions, plan_of, write
from tests.importers.test_import_word import word_file, word_table

D = dt.date


def test_a_dotted_date_with_a_one_digit_day_or_month_is_a_day(tmp_path: Path) -> None:
    rows = [
        ["No", "Action", "Who", "When by"],
        ["1", "Observe every pre-school child.", "Priya", "31.1.27"],
        ["2", "Buy maths resources.", "Claire", "5.11.26"],
        ["3", "Follow the guidance.", "Claire", "1.2.13"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # "1.2.13" still reads as a paragraph number: both its first parts are one digit
    assert [a.due for a in found] == [D(2027, 1, 31), D(2026, 11, 5), None]
    assert [a.due_text for a in found] == ["31.1.27", "5.11.26", "1.2.13"]


def test_a_date_closing_the_action_is_its_deadline_without_a_date_column(
    tmp_path: Path,
) -> None:
    rows = [
        ["Standard", "Planned improvement actions (include date)", "Lead officer", "Status"],
        ["3.1", "Rewrite the service plan – by 31/08/2026.", "EH Manager", "Complete"],
        ["3.1", "Report each quarter, the first report by 31/12/2026.", "EH Manager", "Open"],
        ["3.1", "Review the enforcement policy – by end of March 2027", "EH Manager", "Open"],
        ["5.1", "Log approved by Regulatory Committee on 22 September 2026.", "EH Manager", ""],
        ["5.1", "Sampling in place since 12/05/2026", "EH Manager", "Complete"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # only when everything after the last "by" is the date: a date inside the
    # sentence ("since …", "approved by … on …") is not a deadline
    assert [a.due for a in found] == [D(2026, 8, 31), D(2026, 12, 31), D(2027, 3, 31), None, None]
    assert found[0].text == "Rewrite the service plan – by 31/08/2026."  # the text kept whole
    assert found[2].due_text == "end of March 2027"


def test_a_deadline_column_wins_over_a_date_in_the_action(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due date"],
        ["1", "Train the team – by 31/08/2026.", "Ann Lee", "30/09/2026"],
        ["2", "Audit the files – by 31/10/2026.", "Ann Lee", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2026, 9, 30), None]


def _improvement_plan(tmp_path: Path, areas: list[tuple[str, str, list[str]]]) -> Path:
    """Title paragraphs, then each area's paragraph, its labelled line and its table."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Rosedale Care Home")
        doc.add_paragraph("Quality Improvement Plan")
        doc.add_paragraph("Date of inspection: 9 September 2026")
        for n, (wording, line, rows) in enumerate(areas, 1):
            doc.add_paragraph(f"Area for improvement {n}: {wording}")
            doc.add_paragraph(line)
            word_table(
                doc, [["Action", "Person responsible"], *([a, "Clinical Lead"] for a in rows)]
            )

    return word_file(tmp_path, build)


def test_a_labelled_line_of_an_area_dates_every_action_under_it(tmp_path: Path) -> None:
    path = _improvement_plan(
        tmp_path,
        [
            (
                "The registered person shall ensure that falls are reviewed.",
                "Ref: Regulation 16 (2)(b) | Stated: Second time | "
                "To be completed by: 31 December 2026",
                ["Add a post-falls review to the checklist.", "Audit falls care plans monthly."],
            ),
            (
                "The registered person shall ensure that PPE is used.",
                "Ref: Regulation 13 (7) | Stated: First time | "
                "To be completed by: Immediate action required",
                ["Daily IPC walk-round."],
            ),
            (
                "The registered person shall ensure thickening agents are recorded.",
                "Timescale: 9 October 2026",
                ["Introduce an administration record."],
            ),
        ],
    )
    found = actions(plan_of(path))
    # "Immediate …" names no date; the inspection's date above the plan dates nothing
    assert [a.due for a in found] == [D(2026, 12, 31), D(2026, 12, 31), None, D(2026, 10, 9)]
    # each label of the barred line stays a field of its own
    assert found[0].fields["Ref"] == "Regulation 16 (2)(b)"
    assert found[0].fields["Stated"] == "Second time"
    assert found[2].fields["To be completed by"] == "Immediate action required"
