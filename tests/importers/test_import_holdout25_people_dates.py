"""Rules found on the twenty-fifth hold-out set: the full stop of an abbreviated
surname ("Dan C.") is part of the name as written."""

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
