"""Rules found on the thirty-fifth hold-out set (a police force's PEEL tracker with
"PEEL Board 04/11/26 – …" update lines): each on a small file of its own, written by the
test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_line_opened_by_a_meeting_and_a_full_date_is_that_days_update(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Update"],
        ["1.1", "Recruit call handlers.", "ACC Jo Price",
         "PEEL Board 07/10/26 – draft policy consulted on.\n"
         "PEEL Board 04/11/26 – policy approved by chief officers."],
        ["1.2", "Train supervisors.", "ACC Jo Price",
         "Quality Committee 12/11/2026: first report received."],
        ["1.3", "Audit the logs.", "ACC Jo Price", "By 31/03/27 – all staff trained."],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 10, 7), "PEEL Board 07/10/26 – draft policy consulted on."),
        (dt.date(2026, 11, 4), "PEEL Board 04/11/26 – policy approved by chief officers."),
    ]
    assert [(u.date, u.text) for u in second.updates] == [
        (dt.date(2026, 11, 12), "Quality Committee 12/11/2026: first report received.")
    ]
    # a capitalised word alone names no meeting: "By" says when, the update is undated
    assert [u.date for u in third.updates] == [None]


def test_a_line_opened_as_at_a_date_is_that_days_update(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Agreed action", "Responsible officer", "Latest position"],
        ["1", "Audit consent forms.", "Deputy Chief Nurse",
         "As at 15/11/2026: Q2 audit done in 4 of 7 specialties."],
    ]  # fmt: skip
    (action,) = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in action.updates] == [
        (dt.date(2026, 11, 15), "As at 15/11/2026: Q2 audit done in 4 of 7 specialties.")
    ]


def test_a_note_ending_with_a_bracketed_full_date_is_that_days_update(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Progress"],
        ["1.1", "Train managers.", "Head of Service",
         "22 of 31 managers trained; two further dates booked (14.11.26)"],
        ["1.2", "Audit cases.", "Head of Service", "First audit completed (07.11)"],
    ]  # fmt: skip
    dated, day_alone = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in dated.updates] == [
        (dt.date(2026, 11, 14), "22 of 31 managers trained; two further dates booked (14.11.26)")
    ]
    # a bracket of a day and month alone leaves the year unsaid: it dates nothing
    assert [u.date for u in day_alone.updates] == [None]
