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
