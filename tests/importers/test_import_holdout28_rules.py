"""Rules found on the twenty-eighth hold-out set: a post and the unit it serves after a
dash ("Matron – Delivery Suite") names no one, it is one post; a code column filled on a
few rows ("Evidence ref") never takes the ref from a number written on every row."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_post_and_its_unit_after_a_dash_stays_one_post(tmp_path: Path) -> None:
    owners = [
        "Matron – Delivery Suite",
        "Ward Manager – Willow Ward",
        "Theatre Manager – Main Theatres",
        "Practice Manager – Sian Hughes",  # a full name after the dash: the person
    ]
    rows = [["Ref", "Action", "Owner", "Due"]]
    rows += [[str(i), f"Audit step {i} of the pathway.", o, ""] for i, o in enumerate(owners, 1)]
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    assert leads == [
        ["Matron – Delivery Suite"],
        ["Ward Manager – Willow Ward"],
        ["Theatre Manager – Main Theatres"],
        ["Sian Hughes"],
    ]
