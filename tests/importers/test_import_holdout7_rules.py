"""Rules found on the seventh hold-out set (enforcement notices, a school plan, a project
sheet export): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_N1 = "Regulation 17(1): the depot yard is not organised so that pedestrians can move safely."


_N2 = "Regulation 6(1): exposure to hand-arm vibration has not been reduced."


def test_notice_numbers_that_change_with_the_recommendation_are_its_ref(tmp_path: Path) -> None:
    rows = [
        ["Notice", "Contravention", "Ref", "Remedial action", "Owner", "Compliance date"],
        ["IN/312801", _N1, "1(a)", "Mark walkways across the yard.", "Depot Manager", "13/11/2026"],
        ["IN/312801", _N1, "1(b)", "Install a barrier at the gatehouse.", "Depot Manager",
         "13/11/2026"],
        ["IN/312802", _N2, "2(a)", "Replace the oldest hedge cutters.", "Grounds Manager",
         "04/12/2026"],
        ["IN/312802", _N2, "2(b)", "Fit trigger-time monitors to power tools.", "Grounds Manager",
         "04/12/2026"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [("IN/312801", _N1), ("IN/312802", _N2)]
    assert [a.ref for a in actions(plan)] == ["1(a)", "1(b)", "2(a)", "2(b)"]


def test_a_recommendation_numbered_in_its_own_text_keeps_that_number(tmp_path: Path) -> None:
    rows = [
        ["Notice", "Recommendation", "Action", "Owner"],
        ["IN/312801", "1. Make the yard safe for pedestrians.", "Mark walkways.", "Depot Manager"],
        ["IN/312801", "1. Make the yard safe for pedestrians.", "Fit a barrier.", "Depot Manager"],
        ["IN/312802", "2. Reduce exposure to vibration.", "Replace cutters.", "Grounds Manager"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["1", "2"]
    assert actions(plan)[0].fields["Notice"] == "IN/312801"


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
