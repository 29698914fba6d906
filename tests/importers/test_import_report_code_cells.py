"""A report's code and title in one merged cell ("IA25/04 Payroll (Limited)") over a
block of findings, with "Rec" numbered afresh in each report: the reports are the
recommendations and the per-row recommendation is a field of each action."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import plan_of, write


def test_a_code_leading_a_merged_report_cell_is_the_recommendation_ref(
    tmp_path: Path,
) -> None:
    payroll, cards = "IA25/04 Payroll (Limited)", "IA25/12 Procurement cards (Reasonable)"
    rows = [
        ["Report", "Rec", "Recommendation", "Agreed action", "Responsible officer",
         "Follow-up status"],
        [payroll, "1", "Starters should be approved before payment.",
         "Introduce an e-form approval.", "Payroll Manager", "Implemented"],
        [payroll, "2", "Overtime should be authorised.", "Block unauthorised claims.",
         "Head of HR", "Partly implemented"],
        [payroll, "4", "Leavers' pay should be checked.", "Second check every leaver.",
         "Payroll Manager", "Implemented"],
        [cards, "1", "Receipts should be uploaded.", "Require a receipt before coding.",
         "Finance Manager", "Not implemented"],
        [cards, "3", "Leavers' cards should be cancelled.", "Cancel on the last day.",
         "Finance Manager", "Implemented"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("IA25/04", "Payroll (Limited)"),
        ("IA25/12", "Procurement cards (Reasonable)"),
    ]
    actions = [a for r in plan.recommendations for a in r.actions]
    # the plan's own numbers under each report, gaps kept
    assert [a.ref for a in actions] == [
        "IA25/04.1", "IA25/04.2", "IA25/04.4", "IA25/12.1", "IA25/12.3",
    ]  # fmt: skip
    # nothing lost: the per-row recommendation and the cell as written stay
    assert actions[0].fields["Recommendation"] == "Starters should be approved before payment."
    assert plan.recommendations[0].fields["Heading"] == payroll


def test_a_report_code_on_its_first_row_only_groups_the_recommendations_below(
    tmp_path: Path,
) -> None:
    """A CSV tracker writes the report once, blank below, and the per-row
    "Recommendation" is what is acted on (no action column of its own)."""
    rows = [
        ["Report", "Rec", "Recommendation", "Responsible officer", "Status"],
        ["IA25/04 Payroll (Limited)", "1", "Leavers should be removed promptly.",
         "Amy Clarke", "Implemented"],
        ["", "2", "Overtime should be authorised.", "Amy Clarke", "Partially implemented"],
        ["", "4", "Exception reports should be signed.", "Amy Clarke", "Not yet due"],
        ["IA26/02 Theatre stock (Limited)", "1", "Stock should be counted quarterly.",
         "Sophie Lang", "Implemented"],
        ["", "3", "Consignment stock should be reconciled.", "Tom Reilly", "Not yet due"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows, delimiter=";"))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("IA25/04", "Payroll (Limited)"),
        ("IA26/02", "Theatre stock (Limited)"),
    ]
    actions = [a for r in plan.recommendations for a in r.actions]
    assert [a.ref for a in actions] == [
        "IA25/04.1", "IA25/04.2", "IA25/04.4", "IA26/02.1", "IA26/02.3",
    ]  # fmt: skip
    assert actions[1].text == "Overtime should be authorised."


def test_a_case_code_with_slashes_and_its_matter_groups_the_recommendations_below(
    tmp_path: Path,
) -> None:
    """An investigation's case reference ("IX/00412/26", letters, a slash, the case
    number and the year) and its matter on each block's first row, "Rec" afresh in each."""
    rows = [
        ["Case", "Rec", "Learning recommendation", "Owner", "Status"],
        ["IX/00412/26 Death following police contact, Harbour Street", "1",
         "Remind custody staff of rousing checks.", "Custody Command", "Implemented"],
        ["", "2", "Review cell CCTV at each handover.", "Custody Command", "In progress"],
        ["IX/00587/26 Use of Taser on a child, Millbrook", "1",
         "Include children's needs in Taser training.", "Training Unit", "In progress"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("IX/00412/26", "Death following police contact, Harbour Street"),
        ("IX/00587/26", "Use of Taser on a child, Millbrook"),
    ]
    actions = [a for r in plan.recommendations for a in r.actions]
    assert [a.ref for a in actions] == ["IX/00412/26.1", "IX/00412/26.2", "IX/00587/26.1"]
    assert actions[1].text == "Review cell CCTV at each handover."
