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
from tests.importers.test_import_rules import actions, plan_of
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
