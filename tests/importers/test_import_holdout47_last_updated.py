"""Rule found on the forty-seventh hold-out set: a "Last updated" column of days beside
the plan's one progress column dates that row's progress, as "Latest Note Date" dates
"Latest Note"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.importers.test_import_rules import actions, plan_of, write

D = dt.date


def _updates(
    tmp_path: Path, dating: str, progress: list[str]
) -> list[list[tuple[dt.date | None, str]]]:
    rows = [
        ["Ref", "Action", "Lead officer", "Target date", "Status", "Progress", dating],
        ["1.1", "Audit supervision.", "Karen Hollis", "31/12/2026", "Complete", progress[0]]
        + ["20/11/2026"],
        ["1.2", "Set a standard.", "Karen Hollis", "31/03/2027", "On track", progress[1]]
        + ["18/11/2026"],
        ["1.3", "Train managers.", "Tom Ashworth", "31/03/2027", "Delayed", progress[2], ""],
    ]
    return [[(u.date, u.text) for u in a.updates] for a in actions(plan_of(write(tmp_path, rows)))]


@pytest.mark.parametrize(
    "dating", ["Last updated", "Date updated", "Updated on", "Date of last update"]
)
def test_a_last_updated_day_dates_the_rows_progress(tmp_path: Path, dating: str) -> None:
    got = _updates(tmp_path, dating, ["Audits running.", "Draft out.", "Trainer withdrew."])
    assert got == [
        [(D(2026, 11, 20), "Audits running.")],
        [(D(2026, 11, 18), "Draft out.")],
        [(None, "Trainer withdrew.")],
    ]


def test_a_line_with_its_own_date_keeps_it(tmp_path: Path) -> None:
    cell = "Draft out.\n02/10/2026: Standard agreed at board."
    got = _updates(tmp_path, "Last updated", ["Audits running.", cell, "Trainer withdrew."])
    assert got[1] == [
        (D(2026, 11, 18), "Draft out."),
        (D(2026, 10, 2), "02/10/2026: Standard agreed at board."),
    ]


def test_beside_two_update_columns_it_dates_neither(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead officer", "Target date", "Progress", "Comments", "Last updated"],
        ["1.1", "Audit supervision.", "Karen Hollis", "31/12/2026", "Audits running."]
        + ["Board pleased.", "20/11/2026"],
        ["1.2", "Set a standard.", "Karen Hollis", "31/03/2027", "Draft out."]
        + ["Managers asked.", "18/11/2026"],
    ]
    done = actions(plan_of(write(tmp_path, rows)))
    assert [[u.date for u in a.updates] for a in done] == [[None, None], [None, None]]
