"""Rules found on the eighteenth hold-out set: action refs that name their recommendation
("R1-A2", "3/2", "Rec 3 Action 2", "Cond 1 Action 2", "R1 Action 1"). The prefix says which
recommendation each action answers; each rule on a small file of its own, written by the
test."""

from __future__ import annotations

from pathlib import Path

from store.docs import PlanDoc
from tests.importers.test_import_rules import plan_of, write


def _recs_of(plan: PlanDoc) -> list[tuple[str, str, list[str]]]:
    return [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]


def _recs(rows: list[list[str]], tmp_path: Path) -> list[tuple[str, str, list[str]]]:
    return _recs_of(plan_of(write(tmp_path, rows)))


def test_refs_with_a_slash_group_by_their_first_part(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Shortcoming identified", "Remedial action", "Owner", "Deadline"],
        ["1/1", "Inspections are late on 14% of vehicles.", "Load the planner.", "Jo Baines",
         "30/09/2026"],
        ["1/2", "", "Report inspections due every Monday.", "Jo Baines", "31/10/2026"],
        ["2/1", "Defect reports are not acted on.", "Buy a walkaround app.", "Ravi Sandhu",
         "31/12/2026"],
        ["2/2", "", "Train every driver again.", "Mel Hargreaves", "31/10/2026"],
        ["4/1", "The manager is not in control.", "Book a refresher course.", "Ravi Sandhu",
         "31/01/2027"],
    ]  # fmt: skip
    # "2/1" answers shortcoming 2, written once on its block's first row; 4 stays 4
    assert _recs(rows, tmp_path) == [
        ("1", "Inspections are late on 14% of vehicles.", ["1/1", "1/2"]),
        ("2", "Defect reports are not acted on.", ["2/1", "2/2"]),
        ("4", "The manager is not in control.", ["4/1"]),
    ]


def test_coded_refs_give_their_recommendation_its_code(tmp_path: Path) -> None:
    rows = [
        ["Ref", "ICO recommendation", "Action", "Action owner", "Target date"],
        ["R1-A1", "Clear the backlog of overdue requests.", "Recruit two officers.",
         "Hannah Pryce", "30/11/2026"],
        ["R1-A2", "", "Triage every overdue request.", "Hannah Pryce", "31/12/2026"],
        ["R2-A1", "Put adequate staffing in place.", "Buy redaction software.",
         "Marcus Oyelaran", "31/03/2027"],
        ["R2-A2", "", "Agree a permanent team.", "Claire Whitfield", "31/01/2027"],
    ]  # fmt: skip
    # the plan calls them R1 and R2: never made-up 1 and 2
    assert _recs(rows, tmp_path) == [
        ("R1", "Clear the backlog of overdue requests.", ["R1-A1", "R1-A2"]),
        ("R2", "Put adequate staffing in place.", ["R2-A1", "R2-A2"]),
    ]


def test_worded_refs_number_the_action_under_the_recommendation_they_name(
    tmp_path: Path,
) -> None:
    cond1 = "Condition 1 (SET 3.9): The provider must ensure enough placements."
    cond2 = "Condition 2 (SET 3.15): The provider must ensure qualified educators."
    rec1 = "Recommendation 1 (SET 4.4): The visitors recommend involving service users."
    rows = [
        ["Ref", "Condition / recommendation", "Action", "Lead", "Deadline"],
        ["Cond 1 Action 1", cond1, "Sign placement agreements.", "Fiona Hale", "30/09/2026"],
        ["Cond 1 Action 2", cond1, "Add two acute trusts.", "Fiona Hale", "31/10/2026"],
        ["Cond 2 Action 1", cond2, "Train 40 educators.", "Gareth Lyle", "31/12/2026"],
        ["R1 Action 1", rec1, "Recruit three service users.", "Fiona Hale", "31/03/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    recs = _recs_of(plan)
    # condition 1 and recommendation 1 both number 1: the refs' "R1" keeps them apart
    assert recs == [
        ("1", "The provider must ensure enough placements.", ["1.1", "1.2"]),
        ("2", "The provider must ensure qualified educators.", ["2.1"]),
        ("R1", "The visitors recommend involving service users.", ["R1.1"]),
    ]
    first = plan.recommendations[0]
    # nothing lost: the cell and the ref as written stay with them
    assert first.fields["Heading"] == cond1
    assert first.actions[0].fields["Ref (as written)"] == "Cond 1 Action 1"


def test_a_worded_ref_beside_a_recommendation_number_column(tmp_path: Path) -> None:
    rows = [
        ["Rec no.", "IOPC recommendation", "Action ref", "Force action", "Owner", "Target"],
        ["1", "Apply THRIVE to every call.", "Rec 1 Action 1", "Reissue the guidance.",
         "Laura Benn", "31/10/2026"],
        ["", "", "Rec 1 Action 2", "Dip-sample 50 calls a month.", "Marc Owusu", "30/11/2026"],
        ["2", "Review supervisors' training.", "Rec 2 Action 1", "Rewrite the module.",
         "Rachel Tierney", "31/01/2027"],
    ]  # fmt: skip
    assert _recs(rows, tmp_path) == [
        ("1", "Apply THRIVE to every call.", ["1.1", "1.2"]),
        ("2", "Review supervisors' training.", ["2.1"]),
    ]


def test_heading_rows_win_over_the_refs_prefix(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due by"],
        ["Workstream 1: Legal compliance", "", "", ""],
        ["R1-A1", "Publish a hazards policy.", "Kemi Okafor", "27/10/2026"],
        ["R1-A2", "Investigate every hazard in 10 days.", "Dan Whitlock", "31/10/2026"],
        ["Workstream 2: Finding damp", "", "", ""],
        ["R2-A1", "Survey the highest-risk homes.", "Sian Bevan", "30/06/2027"],
    ]  # fmt: skip
    # the plan numbered its workstreams itself: they stay 1 and 2, the refs as written
    assert _recs(rows, tmp_path) == [
        ("1", "Legal compliance", ["R1-A1", "R1-A2"]),
        ("2", "Finding damp", ["R2-A1"]),
    ]
