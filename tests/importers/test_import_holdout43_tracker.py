"""Rules found on the forty-third hold-out set's audit tracker (a semicolon CSV of
audit recommendations): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_TRACKER = [
    ["Action ID", "Audit", "Assurance", "Recommendation", "Action owner"],
    ["AR26-03.1", "Procurement waivers", "Limited", "Record every waiver.", "Ravi Patel"],
    ["AR26-03.2", "Procurement waivers", "Limited", "Report waivers each quarter.", "Ravi Patel"],
    ["AR26-05.1", "Payroll overpayments", "Moderate", "Reconcile leavers.", "Jo Marsh"],
    ["AR26-07.1", "Safer staffing", "Limited", "Record agency shifts.", "Jo Marsh"],
    ["AR26-07.2", "Safer staffing", "Limited", "Publish the staffing report.", "Tom Sealey"],
]


def test_a_text_the_same_down_each_group_of_refs_is_its_title(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _TRACKER, delimiter=";"))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("AR26-03", "Procurement waivers"),
        ("AR26-05", "Payroll overpayments"),
        ("AR26-07", "Safer staffing"),
    ]
    # each action keeps its own ID and wording
    assert [a.ref for a in actions(plan)][:2] == ["AR26-03.1", "AR26-03.2"]
    assert actions(plan)[2].text == "Reconcile leavers."


def test_a_rating_that_comes_back_in_another_group_titles_none(tmp_path: Path) -> None:
    rows = [[row[0], *row[2:]] for row in _TRACKER]  # no Audit column
    plan = plan_of(write(tmp_path, rows, delimiter=";"))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("AR26-03", ""),
        ("AR26-05", ""),
        ("AR26-07", ""),
    ]
    assert actions(plan)[0].fields["Assurance"] == "Limited"
