"""Rules found on the nineteenth hold-out set, about how rows group and what a column
holds: an inspection's points written as bulleted banner rows (the bullet is no word of
the recommendation), a column headed by a review word and a period ("Evaluation (Autumn
term)") holding that period's news, an audit tracker's report blocks merged down beside
a finding on every row, and a number column restarting in each block. Each on a small
file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_bulleted_banner_row_is_the_recommendation_without_its_bullet(
    tmp_path: Path,
) -> None:
    rows = [
        ["What we will do", "Who", "By when"],
        ["• Leaders should ensure the curriculum sets out what pupils learn.", "", ""],
        ["Rewrite the history curriculum map.", "Liam Adeyemi", "31/12/2026"],
        ["Train subject leaders.", "Liam Adeyemi", "28/02/2027"],
        ["• Leaders should ensure pupils' attendance improves.", "", ""],
        ["Meet every family of a persistent absentee.", "Kate Morley", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Leaders should ensure the curriculum sets out what pupils learn."),
        ("2", "Leaders should ensure pupils' attendance improves."),
    ]


def test_a_review_of_a_term_is_undated_news(tmp_path: Path) -> None:
    rows = [
        ["Ref", "What we will do", "Who", "By when", "Evaluation (Autumn term)"],
        ["1.1", "Rewrite the history curriculum map.", "Liam Adeyemi", "31/12/2026",
         "Both maps rewritten and shared with staff on the INSET day."],
        ["1.2", "Train subject leaders.", "Liam Adeyemi", "28/02/2027",
         "First of three sessions delivered."],
        ["1.3", "Review art and music.", "Kate Morley", "31/07/2027", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # a term with no year dates nothing: the updates are kept, undated
    assert [[(u.date, u.text) for u in a.updates] for a in actions(plan)] == [
        [(None, "Both maps rewritten and shared with staff on the INSET day.")],
        [(None, "First of three sessions delivered.")],
        [],
    ]


def _audit_tracker(tmp_path: Path) -> Path:
    """Each report's code and name written once over its block (as merged cells read),
    a finding on every row, and "Rec no." starting again in each report, with a gap."""
    rows = [
        ["Report ref", "Audit (assurance)", "Rec no.", "Finding / recommendation",
         "Agreed management action", "Responsible officer", "Status"],
        ["IA25/07", "Payroll (Limited assurance)", "1", "Starters paid before a contract.",
         "Set up no starter without a signed contract.", "Jo Bell", "Implemented"],
        ["", "", "2", "Overtime approved by the claimant's peers.",
         "Restrict overtime approval to line managers.", "Kim Moss", "Partially implemented"],
        ["IA25/11", "Procurement cards (Limited assurance)", "1", "Receipts missing.",
         "Require a receipt upload before coding.", "Jo Bell", "Not implemented"],
        ["", "", "3", "Leavers' cards left active.",
         "Cancel cards on the leaver's last day.", "Kim Moss", "Risk accepted"],
    ]  # fmt: skip
    return write(tmp_path, rows)


def test_report_blocks_group_the_plan_and_a_finding_on_every_row_is_a_field(
    tmp_path: Path,
) -> None:
    plan = plan_of(_audit_tracker(tmp_path))
    assert [(r.ref, r.text, len(r.actions)) for r in plan.recommendations] == [
        ("IA25/07", "Payroll (Limited assurance)", 2),
        ("IA25/11", "Procurement cards (Limited assurance)", 2),
    ]
    assert [a.fields.get("Finding / recommendation") for a in actions(plan)] == [
        "Starters paid before a contract.",
        "Overtime approved by the claimant's peers.",
        "Receipts missing.",
        "Leavers' cards left active.",
    ]


def test_a_number_restarting_in_each_block_numbers_the_action_in_it(tmp_path: Path) -> None:
    plan = plan_of(_audit_tracker(tmp_path))
    # the plan's own numbers, the gap kept: recommendation 2 of IA25/11 is not in the plan
    assert [a.ref for a in actions(plan)] == ["IA25/07.1", "IA25/07.2", "IA25/11.1", "IA25/11.3"]


def test_risk_accepted_is_dropped(tmp_path: Path) -> None:
    plan = plan_of(_audit_tracker(tmp_path))
    # management decided not to act on the finding: the action will not be done
    assert [a.status for a in actions(plan)] == ["done", "in_progress", "not_started", "dropped"]
