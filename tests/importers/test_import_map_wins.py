"""A user's --map always wins over an inferred rule: a column the user mapped keeps the
role they gave it, however the rows would group the plan without them (the lead's
ruling, session 34). One test per family of grouping rules read from the rows."""

from __future__ import annotations

from pathlib import Path

from importers import ImportOptions
from tests.importers.test_import_rules import TODAY, actions, plan_of, write


def mapped(**mapping: str) -> ImportOptions:
    return ImportOptions(today=TODAY, mapping={k.replace("_", " "): v for k, v in mapping.items()})


# A numbered text written once per block heads the blocks (``_numbered_column_heads_the_blocks``)
NUMBERED_BLOCKS = [
    ["Requirement", "Action", "Lead", "Target date"],
    [
        "1. Governance and decision-making",
        "Refresh the scheme of delegation.",
        "Jo Marsh",
        "30/11/2026",
    ],
    ["", "Train members on decision-making.", "Jo Marsh", "31/12/2026"],
    ["2. Financial controls", "Reconcile the ledgers monthly.", "Amy Pond", "31/10/2026"],
    ["", "Review the purchase card policy.", "Amy Pond", "30/11/2026"],
]


def test_a_numbered_column_mapped_to_extra_is_a_field_not_the_grouping(tmp_path: Path) -> None:
    path = write(tmp_path, NUMBERED_BLOCKS)
    unmapped = plan_of(path)
    assert [r.text for r in unmapped.recommendations] == [
        "Governance and decision-making",
        "Financial controls",
    ]
    plan = plan_of(path, mapped(Requirement="extra"))
    assert "Financial controls" not in [r.text for r in plan.recommendations]
    found = actions(plan)
    assert len(found) == 4
    assert [a.fields.get("Requirement") for a in found] == [
        "1. Governance and decision-making",
        None,
        "2. Financial controls",
        None,
    ]


# Text changing exactly where the recommendation ref does is its text
# (``_text_constant_within_groups``)
THEMED = [
    ["Rec ref", "Theme", "Action", "Lead", "Target date"],
    ["1", "Assessing needs", "Review every assessment.", "Jo Marsh", "30/11/2026"],
    ["1", "Assessing needs", "Audit ten assessments a month.", "Jo Marsh", "31/12/2026"],
    ["2", "Planning care", "Rewrite the care plan template.", "Amy Pond", "31/10/2026"],
    ["2", "Planning care", "Train the key workers.", "Amy Pond", "30/11/2026"],
]


def test_a_theme_mapped_to_extra_is_no_recommendations_text(tmp_path: Path) -> None:
    path = write(tmp_path, THEMED)
    assert [r.text for r in plan_of(path).recommendations] == ["Assessing needs", "Planning care"]
    plan = plan_of(path, mapped(Theme="extra"))
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", ""), ("2", "")]
    assert [a.fields.get("Theme") for a in actions(plan)] == [
        "Assessing needs",
        "Assessing needs",
        "Planning care",
        "Planning care",
    ]


# An internal audit tracker: each report's code and name written once over its block, a
# finding on every row, "Rec no." starting again in each report, with a gap
AUDIT_TRACKER = [
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


def test_numbers_restarting_in_each_block_mapped_to_extra_are_no_refs(tmp_path: Path) -> None:
    """Unmapped, "Rec no." numbers the actions in their report (IA25/11.3, the gap
    kept, ``_numbers_restarting_in_each_group``); mapped to extra it is a field."""
    path = write(tmp_path, AUDIT_TRACKER)
    assert [a.ref for a in actions(plan_of(path))][-1] == "IA25/11.3"
    found = actions(plan_of(path, mapped(**{"Rec no.": "extra"})))
    assert [a.ref for a in found] == ["IA25/07.1", "IA25/07.2", "IA25/11.1", "IA25/11.2"]
    assert [a.fields.get("Rec no.") for a in found] == ["1", "2", "1", "3"]


def test_a_finding_mapped_as_the_recommendation_stays_the_recommendation(
    tmp_path: Path,
) -> None:
    """Unmapped, the finding on every row beside the report's blocks is a field of each
    action (``_findings_beside_worded_blocks``); mapped, each finding is a recommendation."""
    path = write(tmp_path, AUDIT_TRACKER)
    assert len(plan_of(path).recommendations) == 2
    plan = plan_of(path, mapped(**{"Finding / recommendation": "recommendation"}))
    assert [r.text for r in plan.recommendations] == [
        "Starters paid before a contract.",
        "Overtime approved by the claimant's peers.",
        "Receipts missing.",
        "Leavers' cards left active.",
    ]
    assert actions(plan)[0].fields["Audit (assurance)"] == "Payroll (Limited assurance)"


# A report's code and title over each block of findings is the recommendation
# (``_report_codes_over_findings``)
REPORT_BLOCKS = [
    ["Report", "Recommendation", "Action", "Lead", "Target date"],
    ["IA25/04 Payroll (Limited)", "Starters are not checked.", "Check every starter.",
     "Jo Marsh", "30/11/2026"],
    ["IA25/04 Payroll (Limited)", "Overtime paid unapproved.", "Approve overtime first.",
     "Jo Marsh", "31/12/2026"],
    ["IA25/07 Procurement (Reasonable)", "Waivers are not recorded.", "Record every waiver.",
     "Amy Pond", "31/10/2026"],
    ["IA25/07 Procurement (Reasonable)", "Contracts register out of date.",
     "Update the contracts register.", "Amy Pond", "30/11/2026"],
]  # fmt: skip


def test_a_recommendation_column_the_user_mapped_is_never_made_a_field(tmp_path: Path) -> None:
    path = write(tmp_path, REPORT_BLOCKS)
    assert [r.ref for r in plan_of(path).recommendations] == ["IA25/04", "IA25/07"]
    plan = plan_of(path, mapped(Recommendation="recommendation"))
    assert [r.text for r in plan.recommendations] == [row[1] for row in REPORT_BLOCKS[1:]]
    assert actions(plan)[0].fields["Report"] == "IA25/04 Payroll (Limited)"


# A task tool's parent links: the rows other rows name as parent are the recommendations
# (``_parent_rows``)
JIRA_WITH_EPICS = [
    ["Issue key", "Issue id", "Issue Type", "Summary", "Status", "Assignee", "Parent"],
    ["WEB-1", "10231", "Epic", "Forms and online transactions", "In Progress", "Priya Nair",
     ""],
    ["WEB-2", "10232", "Epic", "Documents and PDFs", "To Do", "Sophie Grant", ""],
    ["WEB-3", "10233", "Story", "Label every field of the garden waste form", "Done",
     "Priya Nair", "WEB-1"],
    ["WEB-4", "10234", "Story", "Replace the agenda PDFs with accessible pages", "To Do",
     "Sophie Grant", "WEB-2"],
    ["WEB-5", "10235", "Task", "Let keyboard users pay by direct debit", "In Progress",
     "Priya Nair", "WEB-1"],
]  # fmt: skip


def test_a_parent_column_mapped_to_extra_groups_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, JIRA_WITH_EPICS)
    assert [r.ref for r in plan_of(path).recommendations] == ["WEB-1", "WEB-2"]
    found = actions(plan_of(path, mapped(Parent="extra")))
    assert [a.ref for a in found] == ["WEB-1", "WEB-2", "WEB-3", "WEB-4", "WEB-5"]
    assert [a.fields.get("Parent") for a in found] == [None, None, "WEB-1", "WEB-2", "WEB-1"]
