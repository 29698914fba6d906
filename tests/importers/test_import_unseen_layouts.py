"""Rules found on plans the importer was not built on (hold-out 4), each on a small file."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import plan_of, write


def test_letters_in_a_no_column_beside_the_ref_are_the_actions_refs(tmp_path: Path) -> None:
    """ "Ref" 1 written once per block, "No." a, b, c on every row: actions 1a, 1b, 2a."""
    path = write(
        tmp_path,
        [
            ["Ref", "Recommendation", "No.", "Action", "Lead"],
            ["1", "Hear people's voices.", "a", "Review the template.", "Gwen Morgan"],
            ["", "", "b", "Audit 30 plans each quarter.", "Rhodri Ellis"],
            ["2", "Reduce waiting times.", "a", "Clear the backlog.", "Sian Pugh"],
        ],
    )
    plan = plan_of(path)
    assert [r.ref for r in plan.recommendations] == ["1", "2"]
    assert [[a.ref for a in r.actions] for r in plan.recommendations] == [["1a", "1b"], ["2a"]]
    assert plan.recommendations[0].actions[1].text == "Audit 30 plans each quarter."


def test_a_numbered_heading_above_the_first_table_is_recommendation_1(tmp_path: Path) -> None:
    """ "1. Strengthen …" just above the header, "2. …" and "3. …" between the blocks:
    recommendation 1 keeps its text; it is no title row."""
    path = write(
        tmp_path,
        [
            ["Tarnside Council – focused visit action plan", "", ""],
            ["1. Strengthen oversight of the MASH.", "", ""],
            ["Ref", "Action", "Lead"],
            ["1.1", "Audit threshold decisions every month.", "Owen Pryce"],
            ["2. Improve plans for children in need.", "", ""],
            ["2.1", "Deliver planning workshops.", "Hannah Ives"],
            ["3. Visit children in line with their plans.", "", ""],
            ["3.1", "Publish a weekly visits dashboard.", "Marie Dunn"],
        ],
    )
    plan = plan_of(path)
    assert plan.title == "Tarnside Council – focused visit action plan"
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [
        ("1", "Strengthen oversight of the MASH."),
        ("2", "Improve plans for children in need."),
        ("3", "Visit children in line with their plans."),
    ]
    assert [a.ref for r in plan.recommendations for a in r.actions] == ["1.1", "2.1", "3.1"]
