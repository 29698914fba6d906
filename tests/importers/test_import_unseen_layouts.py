"""Rules found on plans the importer was not built on (hold-out 4), each on a small file."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import plan_of, write, write_workbook


def test_letters_in_a_no_column_beside_the_ref_are_the_actions_refs(tmp_path: Path) -> None:
    """ "Ref" 1 written once per block, "No." a, b, c on every row: actions 1a, 1b, 2a."""
    path = write(
        tmp_path,
        [
            ["Ref", "Recommendation", "No.", "Action", "Lead"],
            ["1", "Hear people's voices.", "a", "Review the template.", "Gwen Morgan"],
            ["", "", "b", "Audit 30 plans each quarter.", "Rhodri Ellis"],
            ["2", "Reduce waiting times.", "a", "Clear the backlog.", "Sian Pugh"],
        ],
    )
    plan = plan_of(path)
    assert [r.ref for r in plan.recommendations] == ["1", "2"]
    assert [[a.ref for a in r.actions] for r in plan.recommendations] == [["1a", "1b"], ["2a"]]
    assert plan.recommendations[0].actions[1].text == "Audit 30 plans each quarter."


def test_a_numbered_heading_above_the_first_table_is_recommendation_1(tmp_path: Path) -> None:
    """ "1. Strengthen …" just above the header, "2. …" and "3. …" between the blocks:
    recommendation 1 keeps its text; it is no title row."""
    path = write(
        tmp_path,
        [
            ["Tarnside Council – focused visit action plan", "", ""],
            ["1. Strengthen oversight of the MASH.", "", ""],
            ["Ref", "Action", "Lead"],
            ["1.1", "Audit threshold decisions every month.", "Owen Pryce"],
            ["2. Improve plans for children in need.", "", ""],
            ["2.1", "Deliver planning workshops.", "Hannah Ives"],
            ["3. Visit children in line with their plans.", "", ""],
            ["3.1", "Publish a weekly visits dashboard.", "Marie Dunn"],
        ],
    )
    plan = plan_of(path)
    assert plan.title == "Tarnside Council – focused visit action plan"
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [
        ("1", "Strengthen oversight of the MASH."),
        ("2", "Improve plans for children in need."),
        ("3", "Visit children in line with their plans."),
    ]
    assert [a.ref for r in plan.recommendations for a in r.actions] == ["1.1", "2.1", "3.1"]


def test_a_role_abbreviation_in_a_key_sheet_resolves_to_the_role(tmp_path: Path) -> None:
    """ "DCFO | Deputy Chief Fire Officer" on a Key sheet: a lead written DCFO is the role;
    four capitals are no person's initials, but they spell the words out."""
    sheets = {
        "Action Plan": [
            ["Ref", "Action", "Owner", "Due"],
            ["1.1", "Agree a data-sharing arrangement.", "DCFO", "31/03/2026"],
            ["1.2", "Publish debrief learning.", "PH", "30/06/2026"],
        ],
        "Key": [
            ["Initials", "Name", "Role"],
            ["PH", "Paul Hendry", "Group Commander, Prevention"],
            ["DCFO", "Deputy Chief Fire Officer", "Chief Officer Group"],
        ],
    }
    plan = plan_of(write_workbook(tmp_path, sheets))
    leads = [a.leads for r in plan.recommendations for a in r.actions]
    assert leads == [["Deputy Chief Fire Officer"], ["Paul Hendry"]]


def test_an_action_log_headed_description_keeps_every_row(tmp_path: Path) -> None:
    """A RAID action log ("Action ID | Date raised | Description | Owner …") under two
    title rows: the header is the log's, and every row is an action, none a heading."""
    path = write(
        tmp_path,
        [
            ["Digital Customer Programme – Action Log", "", "", "", "", ""],
            ["Extract taken 28/11/2025 from the RAID log", "", "", "", "", ""],
            ["Action ID", "Date raised", "Description", "Owner", "Target", "Comments"],
            ["ACT-001", "02/06/2025", "Agree the data migration approach.", "JB", "31/07/2025", ""],
            ["ACT-002", "16/06/2025", "Book accessibility testing.", "RT", "w/c 17 Nov 2025", ""],
            [
                "ACT-003",
                "26/08/2025",
                "Run two research sessions.",
                "DL",
                "End of October 2025",
                "Findings are in the research repository.",
            ],
        ],
        delimiter=";",
    )
    plan = plan_of(path)
    assert [(a.ref, a.text) for r in plan.recommendations for a in r.actions] == [
        ("ACT-001", "Agree the data migration approach."),
        ("ACT-002", "Book accessibility testing."),
        ("ACT-003", "Run two research sessions."),
    ]
    assert plan.recommendations[0].actions[2].updates[0].text == (
        "Findings are in the research repository."
    )
