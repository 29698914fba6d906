"""A Word table pasted into Excel: each paragraph of a Word cell on a row of its own, the
cells of one paragraph (Ref, Action, Lead, Date, Status) merged down over those rows
(hold-out 271's ILACS plan). Each on a small workbook written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers import stages
from importers.explain import explain
from tests.importers.helpers import updates_of
from tests.importers.test_import_rules import OPTIONS, actions, plan_of, write_workbook

HEADER: list[object] = ["Ref", "Action", "Lead officer", "Target date", "Status", "Progress update"]
AUDIT = "Audit 40 assessments a month."
LINES = [
    "05/09/2026 – Audit tool agreed.",
    "03/10/2026 – 38 assessments audited in September.",
    "07/11/2026 – 42 audited in October.",
]
DUE = dt.datetime(2027, 3, 31)


def _rows() -> list[list[object]]:
    """1.1 on one row; 1.2 over three rows, a progress paragraph each; 1.3 over two, a
    lead each."""
    return [
        HEADER,
        ["1.1", "Publish a weekly timeliness report.", "Karen Doyle", DUE, "Complete",
         "14/10/2026 – Report live."],
        ["1.2", AUDIT, "Tom Hale", DUE, "On track", LINES[0]],
        ["1.2", AUDIT, "Tom Hale", DUE, "On track", LINES[1]],
        ["1.2", AUDIT, "Tom Hale", DUE, "On track", LINES[2]],
        ["1.3", "Train every social worker.", "Tom Hale", DUE, "Delayed",
         "20/10/2026 – Trainer booked."],
        ["1.3", "Train every social worker.", "Amy Reid", DUE, "Delayed",
         "11/11/2026 – Two sessions moved."],
    ]  # fmt: skip


MERGED = ("A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:E5", "A6:A7", "B6:B7", "D6:D7", "E6:E7")


def test_rows_under_one_merged_ref_are_one_action_with_each_rows_paragraph(
    tmp_path: Path,
) -> None:
    path = write_workbook(tmp_path, {"Plan": _rows()}, MERGED)
    plan = plan_of(path)
    one, two, three = actions(plan)
    # one action a merged ref, its ref as written (no "1.2.3")
    assert [a.ref for a in (one, two, three)] == ["1.1", "1.2", "1.3"]
    # each progress paragraph one update of the action, dated by its own day
    assert updates_of(two) == [
        (dt.date(2026, 9, 5), LINES[0]),
        (dt.date(2026, 10, 3), LINES[1]),
        (dt.date(2026, 11, 7), LINES[2]),
    ]
    assert (two.text, two.leads, two.due) == (AUDIT, ["Tom Hale"], dt.date(2027, 3, 31))
    # a Lead cell of two names, a line each, is two leads
    assert three.leads == ["Tom Hale", "Amy Reid"]
    assert len(updates_of(three)) == 2
    said = explain(stages(path, OPTIONS))
    assert any("merged rows: 3 rows under a 'Ref' merged down" in line for line in said)


def test_a_ref_typed_again_on_each_row_is_no_merge_and_its_rows_stay_apart(
    tmp_path: Path,
) -> None:
    plan = plan_of(write_workbook(tmp_path, {"Plan": _rows()}))
    assert len(actions(plan)) > 3  # rows of one ID whose update differs are read apart


def test_a_recommendation_merged_over_its_actions_leaves_each_action_its_own(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Recommendation", "Ref", "Action", "Lead officer", "Target date", "Status"],
        ["Improve assessments", "1.1", "Publish a weekly report.", "Karen Doyle", DUE, "Complete"],
        [None, "1.2", AUDIT, "Tom Hale", DUE, "On track"],
        [None, "1.3", "Train every social worker.", "Amy Reid", DUE, "Delayed"],
    ]
    plan = plan_of(write_workbook(tmp_path, {"Plan": rows}, ("A2:A4", "D3:D4")))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "1.3"]
    assert [a.leads for a in actions(plan)] == [["Karen Doyle"], ["Tom Hale"], ["Tom Hale"]]
