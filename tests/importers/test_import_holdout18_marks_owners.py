"""Rules found on the eighteenth hold-out set: actions and updates typed as bulleted lists,
Excel's text marker in a CSV export, owners written "Name, Team", and a sign-off row
below the table. Each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_bullet_before_an_action_or_update_is_a_list_mark_not_text(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due", "Progress"],
        ["1.1", "• Publish the hazards policy.", "Jo Bell", "31/03/2027",
         "• Policy approved by the Board."],
        ["1.2", "- Sign placement agreements.", "Jo Bell", "31/03/2027",
         "- 03/10/2026 – Trust A confirmed.\n- 27/10/2026 – Trust B confirmed."],
        ["1.3", "Cut waiting times by -5% a year.", "Kim Moss", "31/03/2027",
         "Steps so far:\n- 14/11/2026 – Template agreed."],
        ["1.4", "-5% on last year's spend, a non-negotiable target.", "Kim Moss", "31/03/2027",
         "Steps:\n- survey sent\n- replies in"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    got = {a.ref: (a.text, [(u.date, u.text) for u in a.updates]) for a in actions(plan)}
    assert got == {
        "1.1": ("Publish the hazards policy.", [(None, "Policy approved by the Board.")]),
        # two bulleted dated lines are two updates, each dated, the bullets gone
        "1.2": (
            "Sign placement agreements.",
            [
                (dt.date(2026, 10, 3), "03/10/2026 – Trust A confirmed."),
                (dt.date(2026, 10, 27), "27/10/2026 – Trust B confirmed."),
            ],
        ),
        # a dated bulleted line inside a list is dated news too
        "1.3": (
            "Cut waiting times by -5% a year.",
            [(None, "Steps so far:"), (dt.date(2026, 11, 14), "14/11/2026 – Template agreed.")],
        ),
        # a minus is no bullet, and a list under a lead-in stays the list it is
        "1.4": (
            "-5% on last year's spend, a non-negotiable target.",
            [(None, "Steps:\n- survey sent\n- replies in")],
        ),
    }


def test_excels_text_marker_before_a_ref_or_number_is_not_part_of_it(tmp_path: Path) -> None:
    rows = [
        ["Rec no.", "Recommendation", "Ref", "Action", "Lead", "Due"],
        ["'1", "Improve risk assessment.", "'1/1", "Reissue the guidance.", "Jo Bell",
         "31/03/2027"],
        ["", "", "'1/2", "Dip-sample 50 calls a month.", "Jo Bell", "31/03/2027"],
        ["'2", "Review supervisor training.", "'2/1", "Rewrite the module on the '90s cases.",
         "Kim Moss", "31/03/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["1", "2"]
    # the apostrophe kept Excel from making 1/1 a date: the ref is 1/1, and a word keeps its own
    assert [a.text for a in actions(plan)][-1] == "Rewrite the module on the '90s cases."
    assert all("'" not in a.ref for a in actions(plan))


def test_a_sign_off_row_below_the_table_is_a_note_not_an_action(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Shortcoming", "Remedial action", "Owner", "Deadline"],
        ["1/1", "Inspections late.", "Load the planner.", "Jo Baines", "30/09/2026"],
        ["1/2", "", "Report inspections due.", "Jo Baines", "Ongoing"],
        ["", "", "", "", ""],
        ["Signed: Transport Manager", "", "Date: 30/11/2026", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.text for a in actions(plan)] == ["Load the planner.", "Report inspections due."]
    assert "Signed: Transport Manager" in plan.notes and "Date: 30/11/2026" in plan.notes
