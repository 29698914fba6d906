"""Deadlines counted from the inspection the plan dates ("Within 28 days" after "the
GPhC inspection on 08/07/2026"), found on the fifteenth hold-out set: the day only when
the plan prints the date it counts from above the table, the wording always kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers.counted import counted_deadline, event_dates
from tests.importers.test_import_rules import actions, result_of, write

D = dt.date
_HEADER = ["Action", "Lead", "By when"]


def test_within_days_weeks_and_months_count_from_the_inspection_printed_above(
    tmp_path: Path,
) -> None:
    rows = [
        ["Improvement action plan following the GPhC inspection on 08/07/2026"],
        ["Superintendent pharmacist: Amira Khan. Reviewed 15/12/2026."],
        _HEADER,
        ["Review and update all SOPs.", "Amira Khan", "Within 28 days"],
        ["Enrol two team members on a course.", "Lucy Price", "within 4 weeks of visit"],
        ["Complete the patient safety report.", "Amira Khan", "Within 3 months"],
        ["Date check all stock.", "Lucy Price", "Within 28 days of the report"],
    ]
    result = result_of(write(tmp_path, rows))
    (plan,) = result.plans
    dues = [(a.due, a.due_text) for a in actions(plan)]
    assert dues == [
        (D(2026, 8, 5), "Within 28 days"),
        (D(2026, 8, 5), "within 4 weeks of visit"),
        (D(2026, 10, 8), "Within 3 months"),
        # the report's date is not printed: no date, never the inspection's count
        (None, "Within 28 days of the report"),
    ]
    assert [w for w in result.warnings if "deadline" in w] == [
        "row 7: deadline 'Within 28 days of the report' has no date"
    ]


def test_with_no_event_date_printed_within_gives_no_date(tmp_path: Path) -> None:
    rows = [
        ["Action plan after the HTA site visit – reviewed 15/12/2026"],
        _HEADER,
        ["Audit every freezer.", "Sanjay Mehta", "Within 4 weeks of visit"],
    ]
    (action,) = actions(result_of(write(tmp_path, rows)).plans[0])
    assert (action.due, action.due_text) == (None, "Within 4 weeks of visit")


@pytest.mark.parametrize(
    ("above", "wording", "due"),
    [
        (["Date of inspection: 08/07/2026"], "Within 28 days", D(2026, 8, 5)),
        (["Inspection date – 8 July 2026"], "within two weeks", D(2026, 7, 22)),
        (["Assessment date: 31/01/2027"], "Within 1 month of the assessment", D(2027, 2, 28)),
        (["Date of the site visit: 3rd June 2026"], "Within 6 weeks of inspection", D(2026, 7, 15)),
        # two inspection dates: which one counts is not written
        (["Date of inspection: 08/07/2026", "Inspection date: 09/07/2026"], "Within 28 days", None),
        # an inspection and a report: "Within 28 days" names neither
        (["Date of inspection: 08/07/2026", "Report date: 01/09/2026"], "Within 28 days", None),
        (
            ["Date of inspection: 08/07/2026", "Report date: 01/09/2026"],
            "Within 28 days of the report",
            D(2026, 9, 29),
        ),  # fmt: skip
        (["Reviewed 15/12/2026"], "Within 28 days", None),  # a review starts no count
        (["Date of inspection: July 2026"], "Within 28 days", None),  # a month is no day
        (["Date of inspection: 08/07/2026"], "Within budget", None),
    ],
)
def test_the_day_counted_and_when_there_is_none(
    above: list[str], wording: str, due: dt.date | None
) -> None:
    assert counted_deadline(wording, event_dates(above)) == due
