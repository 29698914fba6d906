"""Rules found on the thirty-seventh hold-out set (a maternity service's plan after a
CQC inspection, responsible people written "Digital Midwife (Laura Wynn)"; a school's
post-Ofsted plan, leads written "Ms L Kerr (SENCo)"): each on a small file of its own,
written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_clinical_or_school_post_before_a_bracketed_name_is_the_holder(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Launch the digital record.", "Digital Midwife (Laura Wynn)", "31/01/2027"],
        ["1.2", "Audit the wards.", "Clinical Psychologist (Mary Dunn)", "31/03/2027"],
        ["1.3", "Review the formulary.", "Ward Pharmacist (Omar Haddad)", "30/04/2027"],
        ["1.4", "Support new families.", "Health Visitor (Jo Price)", "30/04/2027"],
        ["1.5", "Plan the reading catch-up.", "Class Tutor (Ben Cole)", "31/05/2027"],
    ]
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    assert leads == [["Laura Wynn"], ["Mary Dunn"], ["Omar Haddad"], ["Jo Price"], ["Ben Cole"]]


def test_a_name_then_its_posts_short_form_in_brackets_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["2.1", "Review the SEN register.", "Ms L Kerr (SENCo)", "31/01/2027"],
        ["2.2", "Train the teaching assistants.", "Mr J Owusu (DHT)\nMs L Kerr (SENCo)", ""],
        ["2.3", "Map the provision.", "Ms L Kerr (SENDCo) / Mrs R Patel (HT)", ""],
        ["2.4", "Agree the new policy.", "Head of Learning (Acute)", ""],
    ]
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Ms L Kerr"]
    assert second.leads == ["Mr J Owusu", "Ms L Kerr"]
    assert third.leads == ["Ms L Kerr", "Mrs R Patel"]
    # a qualifier after a post is no short form of a post: it stays
    assert fourth.leads == ["Head of Learning (Acute)"]
    # the cell as written is kept beside the name read from it
    assert first.fields["Lead (as written)"] == "Ms L Kerr (SENCo)"
