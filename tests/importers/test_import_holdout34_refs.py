"""Rules found on the thirty-fourth hold-out set (a care home's CQC action plan that
letters its actions in a column headed "Action"; an auditor's follow-up whose IDs carry
the report's year): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_bare_letters_under_an_action_header_are_the_actions_own_refs(tmp_path: Path) -> None:
    rows = [
        ["Requirement 1: Medicines were not always managed safely.", "", "", ""],
        ["Action", "What we will do", "Person responsible", "Completion date"],
        ["a", "Audit medicines weekly.", "Sunita Ahmed", "07/12/2026"],
        ["b", "Retrain the nurses.", "Sunita Ahmed", "11/01/2027"],
        ["Requirement 2: Audits did not find the shortfalls.", "", "", ""],
        ["a", "Hold a monthly governance meeting.", "Jane Cole", "30/11/2026"],
        ["b", "Rewrite the care plan audit.", "Jane Cole", "04/01/2027"],
        ["c", "Ask relatives for feedback.", "Jane Cole", "28/02/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["1", "2"]
    assert [(a.ref, a.text) for a in actions(plan)] == [
        ("1a", "Audit medicines weekly."),
        ("1b", "Retrain the nurses."),
        ("2a", "Hold a monthly governance meeting."),
        ("2b", "Rewrite the care plan audit."),
        ("2c", "Ask relatives for feedback."),
    ]


def test_an_id_prefix_that_is_the_reports_year_groups_nothing(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Year", "Recommendation", "Responsible officer", "Due"],
        ["AAR24/01", "2023/24", "Strengthen the financial plan.", "Jo Patel", "31/03/2026"],
        ["AAR24/02", "2023/24", "Publish the contracts register.", "Lisa Hart", "31/01/2027"],
        ["AAR25/01", "2024/25", "Test the disaster recovery plan.", "Gary Cross", "28/02/2027"],
        ["AAR26/01", "2025/26", "Refresh the anti-fraud policy.", "Rob Turner", "31/12/2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    # one list of actions: the IDs are filed by report year, no recommendation named
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "")]
    assert [a.ref for a in actions(plan)] == ["AAR24/01", "AAR24/02", "AAR25/01", "AAR26/01"]


def test_an_id_prefix_numbered_from_one_beside_a_year_still_groups(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Year", "Recommendation", "Responsible officer", "Due"],
        ["R1/01", "2023/24", "Strengthen the financial plan.", "Jo Patel", "31/03/2026"],
        ["R1/02", "2023/24", "Publish the contracts register.", "Lisa Hart", "31/01/2027"],
        ["R2/01", "2024/25", "Test the disaster recovery plan.", "Gary Cross", "28/02/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["R1", "R2"]
    assert [a.ref for a in actions(plan)] == ["R1/01", "R1/02", "R2/01"]
