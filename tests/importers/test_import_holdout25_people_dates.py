"""Rules found on the twenty-fifth hold-out set: the full stop of an abbreviated
surname ("Dan C.") is part of the name as written; a post with its unit after a comma
and its holder after a dash ("Clinical Director, Emergency Medicine – Mr Sam Iqbal")
is one person."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_an_abbreviated_surname_keeps_its_full_stop(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Deadline"],
        ["T1-01", "Audit every apprentice's off-the-job training.", "Dan C.", "18/12/2026"],
        ["T1-02", "Hold three-way progress reviews.", "Priya S.; Mo R.", "29/01/2027"],
        ["T1-03", "Publish the quality report.", "Lena Ward.", "26/02/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows, encoding="cp1252", delimiter=";"))
    # a full stop after one capital letter marks the abbreviation; after a whole
    # surname it is only punctuation
    assert [a.leads for a in actions(plan)] == [["Dan C."], ["Priya S.", "Mo R."], ["Lena Ward"]]


def test_a_post_of_a_unit_then_a_dash_and_its_holder_is_one_person(tmp_path: Path) -> None:
    leads = [
        "Clinical Director, Emergency Medicine – Mr Sam Iqbal",
        "Kelly Dunn – Rota Coordinator, Acute Medicine",
        "Matron, Surgery – Amy Ross; Head of Nursing, Medicine – Jo Pike",
        "Jane Smith, Head of HR – Tom Birch",
    ]
    rows = [["Ref", "Action", "Responsible", "Due date"]] + [
        [f"1.{i}", f"Action number {i}.", lead, "31/01/2027"] for i, lead in enumerate(leads, 1)
    ]
    plan = plan_of(write(tmp_path, rows))
    # the comma leads only to the post's unit; before a second person or a second
    # post it still parts two leads
    assert [a.leads for a in actions(plan)] == [
        ["Mr Sam Iqbal"],
        ["Kelly Dunn"],
        ["Amy Ross", "Jo Pike"],
        ["Jane Smith", "Tom Birch"],
    ]
