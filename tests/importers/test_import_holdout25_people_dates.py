"""Rules found on the twenty-fifth hold-out set: the full stop of an abbreviated
surname ("Dan C.") is part of the name as written; a post with its unit after a comma
and its holder after a dash ("Clinical Director, Emergency Medicine – Mr Sam Iqbal")
is one person; a label whose last word is the event, with a day ("GIRFT deep dive
visit: 16/06/2026"), dates "Within 6 months of visit"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importers.test_import_rules import actions, plan_of, write


def _review(tmp_path: Path, above: list[str]) -> Path:
    rows = [[text] for text in above] + [
        ["No.", "Trust action", "Lead", "Timescale"],
        ["1", "Ring-fence elective beds.", "Kofi Osei", "Within 6 months of visit"],
        ["2", "Adopt enhanced recovery.", "Jo Hart", "31/03/2027"],
    ]
    return write(tmp_path, rows)


def test_a_label_naming_the_visit_dates_the_times_counted_from_it(tmp_path: Path) -> None:
    above = ["Ashcombe Hospitals – GIRFT review: action plan", "GIRFT deep dive visit: 16/06/2026"]
    dues = [a.due for a in actions(plan_of(_review(tmp_path, above)))]
    assert dues == [dt.date(2026, 12, 16), dt.date(2027, 3, 31)]


@pytest.mark.parametrize(
    "label",
    [
        "Date: 16/06/2026",  # no event named
        "Response to the visit: 16/06/2026",  # another event's date, about the visit
        "Agreed at the board after the visit: 16/06/2026",  # not a label of its own
    ],
)
def test_a_date_not_labelled_as_the_visit_dates_nothing(tmp_path: Path, label: str) -> None:
    above = ["GIRFT review: action plan", label]
    first = actions(plan_of(_review(tmp_path, above)))[0]
    assert (first.due, first.due_text) == (None, "Within 6 months of visit")
