"""Grouping rules found on the twelfth hold-out set (a charity's plan whose workstream
column is written once per block as "1. Governance …", a DSPT plan whose "Standard N –"
banners number the evidence items under them beside a per-row "Requirement not met"):
each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.corpus import PLANS, score_plan
from tests.importers.test_import_rules import actions, plan_of, write

_HEADER = ["Area", "Ref", "Action required", "Lead", "Deadline"]
_ACTIONS = [
    ["KP1.1", "Adopt a conflicts of interest policy.", "Helen Ward", "31/12/2025"],
    ["KP1.2", "Minute every board decision.", "Company Secretary", "Dec-25"],
    ["KP2.1", "Introduce dual authorisation for payments.", "Treasurer", "28/02/2026"],
    ["KP4.1", "File the overdue accounts.", "Treasurer", "31/01/2026"],
]


def _area_plan(tmp_path: Path, areas: list[str]) -> Path:
    return write(tmp_path, [_HEADER, *([a, *row] for a, row in zip(areas, _ACTIONS, strict=True))])


@pytest.mark.parametrize(
    "areas",
    [
        ["1. Governance", "", "2. Finance", "4. Reporting"],  # written once per block
        ["1. Governance", "1. Governance", "2. Finance", "4. Reporting"],  # merged down
    ],
)
def test_a_numbered_column_written_once_per_block_is_the_recommendation(
    tmp_path: Path, areas: list[str]
) -> None:
    plan = plan_of(_area_plan(tmp_path, areas))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # the plan's own numbers and words, not "KP1", "KP2" taken off the action IDs
    assert recs == [
        ("1", "Governance", ["KP1.1", "KP1.2"]),
        ("2", "Finance", ["KP2.1"]),
        ("4", "Reporting", ["KP4.1"]),
    ]


def test_numbers_that_fall_back_head_no_recommendation(tmp_path: Path) -> None:
    areas = ["1. Governance", "2. Finance", "1. Governance", "3. Reporting"]
    plan = plan_of(_area_plan(tmp_path, areas))
    assert [r.ref for r in plan.recommendations] == ["KP1", "KP2", "KP4"]
    assert [a.fields["Area"] for a in actions(plan)] == areas


def _standards_plan(tmp_path: Path, refs: list[str]) -> Path:
    rows = [
        ["Evidence item", "Requirement not met", "Improvement action", "Owner", "Target date"],
        ["Standard 2 – Staff training", "", "", "", ""],
        [refs[0], "Training records are incomplete.", "Audit the records.", "Jo Marsh", "Mar-26"],
        [refs[1], "Induction is not recorded.", "Record inductions.", "Jo Marsh", "Apr-26"],
        ["Standard 5 – Incidents", "", "", "", ""],
        [refs[2], "Near misses go unreported.", "Add a near-miss category.", "Raj Patel", "May-26"],
    ]
    return write(tmp_path, rows)


def test_banners_that_number_the_actions_group_them_beside_a_requirement_per_row(
    tmp_path: Path,
) -> None:
    plan = plan_of(_standards_plan(tmp_path, ["2.1.1", "2.3.2", "5.1.1"]))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    assert recs == [("2", "Staff training", ["2.1.1", "2.3.2"]), ("5", "Incidents", ["5.1.1"])]
    assert [a.fields["Requirement not met"] for a in actions(plan)] == [
        "Training records are incomplete.",
        "Induction is not recorded.",
        "Near misses go unreported.",
    ]


def test_a_requirement_per_row_under_no_grouping_is_one_recommendation_each(
    tmp_path: Path,
) -> None:
    rows = [
        ["Evidence item", "Requirement not met", "Improvement action", "Owner", "Target date"],
        ["2.1.1", "Training records are incomplete.", "Audit the records.", "Jo Marsh", "Mar-26"],
        ["5.1.1", "Near misses go unreported.", "Add a near-miss category.", "Raj Patel", "May-26"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.text for r in plan.recommendations] == [rows[1][1], rows[2][1]]


@pytest.mark.parametrize(
    "name", ["charity_commission_plan_ashford_valley.csv", "dspt_improvement_plan_harrowfield.csv"]
)
def test_the_hold_out_plans_these_rules_came_from_import_fully_right(name: str) -> None:
    score = score_plan(PLANS / "holdout12" / name)
    assert (score.right, score.recs_right) == (score.expected, score.recs_expected)
    assert score.lost == []
