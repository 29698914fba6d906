"""Rules found on the seventh hold-out set (enforcement notices, a school plan, a project
sheet export): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_support_column_beside_the_lead_names_the_responsible(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Support required", "Support", "When"],
        ["i", "Buy a validated phonics programme.", "Head Teacher",
         "Budget of £6,000 agreed by the governing body.", "Reading Lead", "Summer 2 2026"],
        ["ii", "Assess every pupil every six weeks.", "Reading Lead",
         "Cover for two afternoons a term for the assessments.", "Early Years Lead",
         "Half termly"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Head Teacher"], ["Reading Lead"])
    assert second.responsible == ["Early Years Lead"]
    assert second.fields["Support required"] == rows[2][3]
