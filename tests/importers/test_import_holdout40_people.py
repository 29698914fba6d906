"""Rules found on the fortieth hold-out set (a council's plan after an Ofsted focused
visit, one lead written "Head of MASH / Designated Nurse"): each on a small file of
its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_spaced_slash_between_two_whole_posts_names_two_leads(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Agree the health offer.", "Head of MASH / Designated Nurse", "31/01/2027"],
        ["1.2", "Review the early offer.", "Head of Early Help / Prevention", "31/01/2027"],
        ["1.3", "Train the staff.", "Head of Learning & Development", "31/03/2027"],
        [
            "1.4",
            "Plan the training.",
            "Head of Finance / Democratic Services Manager",
            "31/03/2027",
        ],
    ]
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    assert leads == [
        ["Head of MASH", "Designated Nurse"],
        ["Head of Early Help / Prevention"],
        ["Head of Learning & Development"],
        ["Head of Finance / Democratic Services Manager"],
    ]
