"""Rules found on the twenty-third hold-out set: a visit's date labelled with the words
naming which visit it was ("Date of Mental Health Act monitoring visit: 14 October
2026") dates "Within 4 weeks of the visit"; a column of grades ("Major NC", "Minor
NC") names no one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from importers.counted import counted_deadline, event_dates
from importers.group import names_the_document
from importers.vocab import is_grade
from tests.importers.test_import_rules import actions, plan_of, write
from tests.importers.test_import_word import word_file, word_table

D = dt.date


def _statement(tmp_path: Path, above: list[str]) -> Path:
    """A provider action statement in Word: paragraphs above one table."""

    def build(doc: Any) -> None:
        for text in above:
            doc.add_paragraph(text)
        word_table(doc, [
            ["No.", "Action planned", "Responsible person", "Timescale"],
            ["1", "Repeat and record section 132 rights.", "Kerry Doyle",
             "Within 4 weeks of the visit"],
            ["2", "Offer every patient a copy of their care plan.", "Jo Fenwick",
             "Within 3 months of the visit"],
            ["3", "Display a notice at the ward entrance.", "Kerry Doyle", "Immediate"],
            ["4", "Replace the section 17 leave form.", "Jo Fenwick", "31/01/2027"],
        ])  # fmt: skip

    return word_file(tmp_path, build)


def test_a_visit_named_by_several_words_dates_the_times_counted_from_it(
    tmp_path: Path,
) -> None:
    above = [
        "Provider Action Statement",
        "Date of Mental Health Act monitoring visit: 14 October 2026",
        "Signed on behalf of the provider: Director of Nursing. Date: 4 November 2026.",
    ]
    dues = [(a.due, a.due_text) for a in actions(plan_of(_statement(tmp_path, above)))]
    # counted from the visit, never from the day the statement was signed
    assert dues == [
        (D(2026, 11, 11), "Within 4 weeks of the visit"),
        (D(2027, 1, 14), "Within 3 months of the visit"),
        (None, "Immediate"),
        (D(2027, 1, 31), "31/01/2027"),
    ]


@pytest.mark.parametrize(
    ("above", "due"),
    [
        (["Date of Mental Health Act monitoring visit: 14 October 2026"], D(2026, 11, 11)),
        (["Date of the unannounced focused inspection – 14/10/2026"], D(2026, 11, 11)),
        # a bare "Date:" names no event
        (["Date: 14 October 2026"], None),
        # the date of another event about the visit: a response, a report
        (["Date of response to the monitoring visit: 14 October 2026"], None),
        (["Date of report following the visit: 14 October 2026"], None),
        (["Date of Mental Health Act monitoring report: 14 October 2026"], None),
    ],
)
def test_only_a_label_ending_in_the_event_word_dates_that_event(
    above: list[str], due: dt.date | None
) -> None:
    assert counted_deadline("Within 4 weeks of the visit", event_dates(above)) == due


@pytest.mark.parametrize("header", ["Type", "Grade", "Severity", "Classification"])
def test_a_column_of_grades_names_no_one_whatever_its_header(tmp_path: Path, header: str) -> None:
    rows = [
        ["Finding ID", header, "Corrective action", "Owner", "Due"],
        ["NC-01", "Major NC", "Rewrite the Statement of Applicability.", "Ruth Adair",
         "2026-11-30"],
        ["NC-02", "Minor NC", "Automate account disablement.", "Sam Oduya", "2027-01-08"],
        ["NC-03", "Minor NC", "Revise the internal audit programme.", "Leona McBride",
         "2026-12-18"],
        ["OBS-01", "OBS", "Review the asset register quarterly.", "Sam Oduya", "2027-02-26"],
        ["OBS-02", "OBS", "Add suppliers to the risk register.", "Dev Kapoor", "2027-03-31"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.ref, a.leads, a.responsible) for a in found] == [
        ("NC-01", ["Ruth Adair"], []),
        ("NC-02", ["Sam Oduya"], []),
        ("NC-03", ["Leona McBride"], []),
        ("OBS-01", ["Sam Oduya"], []),
        ("OBS-02", ["Dev Kapoor"], []),
    ]
    # the grade is kept on each action, as written
    assert [a.fields[header] for a in found] == ["Major NC", "Minor NC", "Minor NC", "OBS", "OBS"]


@pytest.mark.parametrize(
    ("cell", "grade"),
    [("Major NC", True), ("High Risk", True), ("Minor", True), ("Sarah Low", False),
     ("Critical Care Outreach Team", False), ("Ruth Adair", False)],
)  # fmt: skip
def test_a_grade_is_a_grade_word_and_at_most_one_word_after(cell: str, grade: bool) -> None:
    assert is_grade(cell) is grade


def test_a_caption_whose_value_only_names_the_document_is_the_title(tmp_path: Path) -> None:
    rows = [
        ["Brackenfield Hospitals NHS Foundation Trust"],
        ["Section 29A Warning Notice – Emergency Department: action plan"],
        ["Ward: Elm Ward"],
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Review the policy.", "Jane Smith", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert plan.title == (
        "Brackenfield Hospitals NHS Foundation Trust – Section 29A Warning Notice – "
        "Emergency Department: action plan"
    )
    # a caption with a value of its own is still a field of every action
    assert actions(plan)[0].fields == {"Ward": "Elm Ward"}


@pytest.mark.parametrize(
    ("value", "names_it"),
    [("action plan", True), ("Quality Improvement Plan", True), ("provider action statement",
     True), ("Elm Ward", False), ("plan agreed by the board", False), ("14 October 2026", False)],
)  # fmt: skip
def test_a_value_naming_the_document(value: str, names_it: bool) -> None:
    assert names_the_document(value) is names_it
