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
