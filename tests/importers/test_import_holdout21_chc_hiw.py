"""Rules found on the twenty-first hold-out set: a self-assessment whose Code section is
written once over its block beside the Code requirement quoted on every row, and an
inspection plan whose requirement is merged down its actions under full-width theme rows.
Each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_labelled_block_column_wins_over_a_requirement_quoted_on_every_row(
    tmp_path: Path,
) -> None:
    rows = [
        ["Code section", "Provision", "Code requirement", "Action", "Owner", "Target date"],
        ["Section 1: Definition of a complaint", "1.2",
         "Landlords must tell a service request from a complaint.",
         "Add the definition to the policy.", "Complaints Manager", "31/12/2026"],
        ["", "1.3", "Landlords must keep service requests open.",
         "Add a check to the repairs system.", "Head of Repairs", "31/03/2027"],
        ["Section 3: Accessibility and awareness", "3.1",
         "Landlords must offer different channels.",
         "Add a complaint form to the app.", "Digital Manager", "31/01/2027"],
        ["", "3.5", "Landlords must allow a representative.",
         "Add a consent form.", "Complaints Manager", "28/02/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # the sections are the plan's grouping (never renumbered); the provisions the refs
    assert recs == [
        ("1", "Definition of a complaint", ["1.2", "1.3"]),
        ("3", "Accessibility and awareness", ["3.1", "3.5"]),
    ]
    # the requirement, a new text on every row, is kept as a field of each action
    assert actions(plan)[1].fields["Code requirement"] == (
        "Landlords must keep service requests open."
    )
