"""Rules found on the twenty-first hold-out set (a patient safety plan whose owners are
"Matron, Medicine (Claire Dunn)", …): each on a small file of its own, written by the
test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_post_with_a_comma_before_its_holder_in_brackets_names_the_holder(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Action owner", "Due"],
        ["SA1", "Audit the sepsis screening.", "Matron, Medicine (Claire Dunn)", "Nov-26"],
        ["SA2", "Refresh the escalation policy.", "Head of Nursing, Medicine (Amy Ross)", ""],
        ["SA3", "Train the ward staff.", "Jane Smith, Head of HR (Tom Birch)", ""],
    ]
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Claire Dunn"]
    assert second.leads == ["Amy Ross"]
    assert third.leads == ["Jane Smith", "Tom Birch"]  # a name before the comma: two people
    assert first.fields["Action owner (as written)"] == "Matron, Medicine (Claire Dunn)"
