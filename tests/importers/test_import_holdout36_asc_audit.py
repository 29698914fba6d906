"""Rules found on the thirty-sixth hold-out set (a council's plan after CQC's assessment
of its adult social care, leads written "AD Operations (Tom Reid)"; an internal audit
tracker whose comments open "Oct 26 follow-up: …"): each on a small file of its own,
written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_posts_acronym_and_its_area_before_a_bracketed_name_is_the_holder(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Our action", "Lead", "Timescale"],
        ["1.1", "Set up a duty team.", "AD Operations (Tom Reid)", "31/03/2027"],
        ["1.2", "Clear the enquiry backlog.", "AD Safeguarding (Simon Moss)", "31/01/2027"],
        ["1.3", "Audit case files.", "Principal Social Worker (Priya Kaur)", "28/02/2027"],
        ["1.4", "Retrain the duty team.", "AD Operations (Tom Reid) / HoS Quality (Ann Lowe)", ""],
    ]
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Tom Reid"]
    assert second.leads == ["Simon Moss"]
    assert third.leads == ["Priya Kaur"]
    assert fourth.leads == ["Tom Reid", "Ann Lowe"]
    # the cell as written is kept beside the name read from it
    assert first.fields["Lead (as written)"] == "AD Operations (Tom Reid)"
