"""Rules found on the sixteenth hold-out set (a Section 11 self-audit and a school's SFVS
plan whose update columns are headed by a meeting and its date; a care home's plan with
"Standard 2: Medication" merged down each block; an Asana export whose sections are the
plan's priorities): each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_column_headed_by_a_meeting_and_its_date_holds_that_days_progress(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Board 12.01.26", "SMT Feb 26", "RAG"],
        ["1.1", "Report to every Board meeting.", "Jo Bell", "31/03/2026",
         "Forward plan amended.", "Report taken in February.", "G"],
        ["1.2", "Name a safeguarding champion.", "Jo Bell", "April 2026",
         "Candidate identified.", "", "A"],
        ["1.3", "Publish the annual report.", "Kim Moss", "Sept 2026", "", "", "R"],
        ["1.4", "Update the governance chart.", "Kim Moss", "31/03/2026",
         "Draft chart shared.", "Chart approved at SMT.", "G"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    updates = {a.ref: [(u.date, u.text) for u in a.updates] for a in actions(plan)}
    # a day in the header is that day; a month alone its last day, as "Update Jan 2024"
    assert updates == {
        "1.1": [
            (dt.date(2026, 1, 12), "Forward plan amended."),
            (dt.date(2026, 2, 28), "Report taken in February."),
        ],
        "1.2": [(dt.date(2026, 1, 12), "Candidate identified.")],
        "1.3": [],
        "1.4": [
            (dt.date(2026, 1, 12), "Draft chart shared."),
            (dt.date(2026, 2, 28), "Chart approved at SMT."),
        ],
    }


def test_a_dated_header_over_names_or_a_year_over_sentences_is_no_update(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Panel 12.01.26", "2026/27"],
        ["1.1", "Report to every Board meeting.", "Jo Bell", "31/03/2026",
         "Jo Bell", "Reports written each term."],
        ["1.2", "Name a safeguarding champion.", "Jo Bell", "April 2026",
         "Kim Moss", "Champion chosen by the Board."],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    first = actions(plan)[0]
    # who sat on the panel is no news; a year is the plan's period, not a day's progress
    assert first.updates == []
    assert first.responsible == ["Jo Bell"]
    assert first.fields["2026/27"] == "Reports written each term."
