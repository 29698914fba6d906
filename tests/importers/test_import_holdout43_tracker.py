"""Rules found on the forty-third hold-out set's audit tracker (a semicolon CSV of
audit recommendations): each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store.docs import ActionDoc
from tests.importers.test_import_rules import actions, plan_of, write


def _updates(action: ActionDoc) -> list[tuple[dt.date | None, str]]:
    return [(u.date, u.text) for u in action.updates]


def test_entries_parted_by_a_double_slash_are_one_update_each(tmp_path: Path) -> None:
    rows = [
        ["Action ID", "Recommendation", "Action owner", "Due date", "Latest update"],
        ["A.1", "Report waivers each quarter.", "Ravi Patel", "31/12/2026",
         "01/10/26 - First report deferred. // 12/11/26 - Report drafted."],
        ["A.2", "Update the guidance.", "Ravi Patel", "31/08/2026",
         "Draft with legal // awaiting comments."],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows, delimiter=";")))
    assert _updates(first) == [
        (dt.date(2026, 10, 1), "01/10/26 - First report deferred."),
        (dt.date(2026, 11, 12), "12/11/26 - Report drafted."),
    ]
    # with no date after it the slashes part nothing: the note stays whole
    assert _updates(second) == [(None, "Draft with legal // awaiting comments.")]
