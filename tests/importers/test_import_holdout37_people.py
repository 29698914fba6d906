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
