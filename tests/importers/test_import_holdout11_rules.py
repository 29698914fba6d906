"""A rule found on the eleventh hold-out set (a CIPFA FM Code plan whose standards' letters
"A", "C", "F" and wording are merged down each block, a Best Value plan whose "WS1" and
workstream name are merged the same way): each case on a small file written by the test.
A merged cell reads as its value repeated down the rows it spans, as these CSVs write it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_STANDARDS = [
    ["Std", "FM Code standard", "Assessment", "Action ID", "Improvement action", "Lead"],
    ["A", "Services provide value for money", "Partial", "FM-01", "Add a VfM section.", "CFO"],
    ["A", "Services provide value for money", "Partial", "FM-02", "Benchmark unit costs.", "CFO"],
    ["C", "Governance and internal control", "Compliant", "FM-03", "Review the rules.", "HoF"],
    ["F", "A financial resilience assessment", "Partial", "FM-04", "Run the index.", "DCFO"],
    ["F", "A financial resilience assessment", "Partial", "FM-05", "Report it.", "DCFO"],
]


def test_lettered_codes_rising_down_blocks_beside_their_wording_are_recommendations(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _STANDARDS))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    assert recs == [
        ("A", "Services provide value for money", ["FM-01", "FM-02"]),
        ("C", "Governance and internal control", ["FM-03"]),
        ("F", "A financial resilience assessment", ["FM-04", "FM-05"]),
    ]
    # the standard's rating, merged down the block too, stays on each action
    assert [a.fields["Assessment"] for a in actions(plan)][:3] == ["Partial"] * 2 + ["Compliant"]


def test_numbered_workstream_codes_down_blocks_give_the_workstreams_their_names(
    tmp_path: Path,
) -> None:
    rows = [
        ["WS", "Workstream", "Ref", "Milestone", "Director"],
        ["WS1", "Governance and culture", "WS1.1", "Adopt a new constitution.", "Amy Lowe"],
        ["WS1", "Governance and culture", "WS1.2", "Train all members.", "Amy Lowe"],
        ["WS2", "Financial sustainability", "WS2.1", "Agree a balanced budget.", "Raj Shah"],
        ["WS4", "Regeneration and place", "WS4.1", "Reset the town centre scheme.", "Raj Shah"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("WS1", "Governance and culture"),
        ("WS2", "Financial sustainability"),
        ("WS4", "Regeneration and place"),
    ]
    assert [a.ref for a in actions(plan)] == ["WS1.1", "WS1.2", "WS2.1", "WS4.1"]


def test_codes_in_no_rising_sequence_beside_their_names_stay_fields_of_the_actions(
    tmp_path: Path,
) -> None:
    """Budget codes "C310", then "C105", each with its service's name: codes, but not a
    sequence the plan numbered (they fall), so they group nothing: one recommendation."""
    rows = [
        ["Code", "Service", "Action", "Lead"],
        ["C310", "Children's services", "Review the front door.", "Amy Lowe"],
        ["C310", "Children's services", "Audit the plans.", "Amy Lowe"],
        ["C105", "Adult social care", "Clear the waiting list.", "Raj Shah"],
        ["C105", "Adult social care", "Publish the strategy.", "Raj Shah"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "")]
    assert [a.fields["Code"] for a in actions(plan)] == ["C310", "C310", "C105", "C105"]
    assert actions(plan)[2].fields["Service"] == "Adult social care"
