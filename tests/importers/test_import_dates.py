"""Deadline wording → due date and precision; never a guessed date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importers.dates import parse_deadline, parse_due_input, status_hint

D = dt.date
TODAY = D(2026, 11, 24)  # a Tuesday

DEADLINES = [
    ("February 2018", D(2018, 2, 28), "month"),
    ("Feb 2018", D(2018, 2, 28), "month"),
    ("Sept 2019", D(2019, 9, 30), "month"),
    ("October2017", D(2017, 10, 31), "month"),
    ("Oct19", D(2019, 10, 31), "month"),
    ("Feb-18", D(2018, 2, 28), "month"),
    ("March '18", D(2018, 3, 31), "month"),
    ("february 2020", D(2020, 2, 29), "month"),
    ("11/03/13", D(2013, 3, 11), "day"),
    ("5.9.2017", D(2017, 9, 5), "day"),
    ("11-03-2013", D(2013, 3, 11), "day"),
    ("2024-11-06", D(2024, 11, 6), "day"),
    ("end of April 2013", D(2013, 4, 30), "month"),
    ("by the end of March 2018", D(2018, 3, 31), "month"),
    ("by April 2013", D(2013, 4, 30), "month"),
    ("31st March 2018", D(2018, 3, 31), "day"),
    ("1 April 2019", D(2019, 4, 1), "day"),
    ("March 31, 2018", D(2018, 3, 31), "day"),
    ("Friday 31 March 2018", D(2018, 3, 31), "day"),
    ("Q3 2013/14", D(2013, 12, 31), "quarter"),
    ("Q4 2018/19", D(2019, 3, 31), "quarter"),
    ("Q1 2019/2020", D(2019, 6, 30), "quarter"),
    ("Q2 2019", D(2019, 6, 30), "quarter"),
    ("2019/20", D(2020, 3, 31), "year"),
    ("2019-20", D(2020, 3, 31), "year"),
    ("2019/2020", D(2020, 3, 31), "year"),
    ("2018", D(2018, 12, 31), "year"),
    ("Spring 2018", D(2018, 5, 31), "quarter"),
    ("Winter 2018", D(2019, 2, 28), "quarter"),
    ("Report to CMT in April 2013.", D(2013, 4, 30), "month"),
    ("Nov 2019 & ongoing", D(2019, 11, 30), "month"),
    ("To commence wef April 2013.", D(2013, 4, 30), "month"),
    ("Completed – first weekly report wef 11/03/13.", D(2013, 3, 11), "day"),
    ("Phase One Completed / Refresher Training September 2017", D(2017, 9, 30), "month"),
    ("Implementation planned for Nov 2013.", D(2013, 11, 30), "month"),
    ("December 2013.", D(2013, 12, 31), "month"),
    ("Timescale likely now to be March 2014.", D(2014, 3, 31), "month"),
    ("Jan 2019 onwards", D(2019, 1, 31), "month"),
]

NO_DATE = [
    "Ongoing",
    "TBC",
    "n/a",
    "Depended upon above",
    "Review dates to be confirmed",
    "Phase 2 of Catch 22 programme",
    "Completed",
    "In progress",
    "Timescale to be determined following CMT discussion.",
    "Monthly",
    "Quarterly",
    "Immediate",
    "",
    "-",
    "31/02/2018",
    "13/13/13",
    "40 workshops planned",
    "£2018 budget",
    "1.01",
    "2.1.1",
    "Catch 22",
    "Phase 2",
]

ENTRIES = [
    ("31/3", D(2027, 3, 31), "day"),
    ("30/11", D(2026, 11, 30), "day"),
    ("31/3/2027", D(2027, 3, 31), "day"),
    ("March 2027", D(2027, 3, 31), "month"),
    ("march", D(2027, 3, 31), "month"),
    ("December", D(2026, 12, 31), "month"),
    ("end of month", D(2026, 11, 30), "month"),
    ("eom", D(2026, 11, 30), "month"),
    ("end of next month", D(2026, 12, 31), "month"),
    ("next fri", D(2026, 11, 27), "day"),
    ("fri", D(2026, 11, 27), "day"),
    ("Tuesday", D(2026, 12, 1), "day"),
    ("+2w", D(2026, 12, 8), "day"),
    ("2w", D(2026, 12, 8), "day"),
    ("+10d", D(2026, 12, 4), "day"),
    ("10d", D(2026, 12, 4), "day"),
    ("+3m", D(2027, 2, 24), "day"),
    ("1y", D(2027, 11, 24), "day"),
    ("Q4", D(2027, 3, 31), "quarter"),
    ("Q1", D(2026, 6, 30), "quarter"),
    ("2027-03-31", D(2027, 3, 31), "day"),
    ("today", D(2026, 11, 24), "day"),
    ("tomorrow", D(2026, 11, 25), "day"),
    ("Q4 2026/27", D(2027, 3, 31), "quarter"),
    ("  end of April 2027 ", D(2027, 4, 30), "month"),
]


@pytest.mark.parametrize(("text", "due", "precision"), DEADLINES)
def test_deadline_phrases(text: str, due: dt.date, precision: str) -> None:
    assert parse_deadline(text) == (due, precision)


@pytest.mark.parametrize("text", NO_DATE)
def test_wording_without_a_date_never_gets_one(text: str) -> None:
    assert parse_deadline(text, TODAY) == (None, "open")


@pytest.mark.parametrize(("text", "due", "precision"), ENTRIES)
def test_what_people_type_in_meetings(text: str, due: dt.date, precision: str) -> None:
    assert parse_due_input(text, TODAY) == (due, precision)


@pytest.mark.parametrize("text", ["", "ongoing", "TBC", "-", "none"])
def test_open_words_clear_the_date(text: str) -> None:
    assert parse_due_input(text, TODAY) == (None, "open")


@pytest.mark.parametrize("text", ["soon", "whenever", "31/2", "asap", "next blursday"])
def test_what_is_not_understood_is_refused(text: str) -> None:
    assert parse_due_input(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Completed.", "done"),
        ("Complete", "done"),
        ("Completed – first weekly report", "done"),
        ("In progress", "in_progress"),
        ("Not started", "not_started"),
        ("Ongoing", None),
        ("Implementation planned for Nov 2013.", None),
        ("", None),
    ],
)
def test_status_words(text: str, status: str | None) -> None:
    assert status_hint(text) == status


@given(st.text(max_size=60))
def test_any_text_parses_without_error_to_a_real_date(text: str) -> None:
    for parsed in (parse_deadline(text), parse_due_input(text, TODAY)):
        if parsed is not None and parsed.due is not None:
            assert 1900 <= parsed.due.year <= 2200
