"""Lists exported from SharePoint or Microsoft Lists: the first row of captions is the
header, the "Title" column the actions, the list's own columns ("Modified", "Created By",
"Item Type", "Path") fields. Each rule on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.importers.test_import_rules import OPTIONS, actions, plan_of, write

_PATH = "sites/AdultSocialCare/Lists/Improvement Plan"
_LIST_HEADER = [
    "Title", "Ref", "Assigned To", "Due Date", "Status", "Latest Update", "Modified",
    "Created By", "Item Type", "Path",
]  # fmt: skip


def _item(title: str, ref: str, due: str, status: str, update: str = "") -> list[str]:
    return [
        title, ref, "Sam Reid", f"{due}T00:00:00Z", status, update, "2026-11-02T09:15:00Z",
        "Karen Doyle", "Item", _PATH,
    ]  # fmt: skip


# The same wording on two items (one action done for two findings), and news whose words
# read like captions ("In progress", "… findings to DMT"): rows of the list all the same
_LIST = [
    _LIST_HEADER,
    _item("Review every care package over twelve months old", "1.1", "2026-03-31", "Not started"),
    _item("Train every assessor in strengths-based practice", "1.2", "2026-04-30", "In progress",
          "Cohort 2 trained; findings to DMT"),
    _item("Publish the waiting list figures every month", "2.1", "2026-05-31", "In progress",
          "Audit 1 completed; findings to DMT"),
    _item("Train every assessor in strengths-based practice", "2.2", "2026-06-30", "Complete"),
    _item("Audit twenty case files against the new standard", "2.3", "2026-07-31", "Not started",
          "Audit 2 booked; findings to DMT"),
]  # fmt: skip


def test_a_lists_title_column_is_the_action_under_its_first_row(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _LIST))
    assert [(a.ref, a.text) for a in actions(plan)] == [
        ("1.1", "Review every care package over twelve months old"),
        ("1.2", "Train every assessor in strengths-based practice"),
        ("2.1", "Publish the waiting list figures every month"),
        ("2.2", "Train every assessor in strengths-based practice"),
        ("2.3", "Audit twenty case files against the new standard"),
    ]
    first = actions(plan)[0]
    assert first.due is not None and first.due.isoformat() == "2026-03-31"
    # the list's own columns are each item's fields, never its text nor its ref
    assert first.fields["Item Type"] == "Item"
    assert first.fields["Path"] == _PATH
    assert first.fields["Created By"] == "Karen Doyle"
    assert [u.text for u in actions(plan)[1].updates] == ["Cohort 2 trained; findings to DMT"]


# A title above the captions, no date on any row, the same news reading like captions:
# the sentences under "Title" tell the rows from a header
_NO_DATES = [
    ["Workforce action plan 2026/27", "", "", ""],
    ["Title", "Owner", "Status", "Latest Update"],
    ["Agree the new duty rota with staff side", "Sam Reid", "Not started", ""],
    ["Recruit two band 6 nurses for the night shift", "Amy Lee", "In progress",
     "Interviews held; findings to DMT"],
    ["Offer every leaver an exit interview in person", "Jo Pike", "Complete", ""],
    ["Offer every leaver an exit interview in person", "Sam Reid", "In progress",
     "Audit 1 completed; findings to DMT"],
]  # fmt: skip


def test_rows_holding_sentences_under_the_captions_are_never_the_header(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _NO_DATES))
    assert [(a.text, a.leads) for a in actions(plan)] == [
        ("Agree the new duty rota with staff side", ["Sam Reid"]),
        ("Recruit two band 6 nurses for the night shift", ["Amy Lee"]),
        ("Offer every leaver an exit interview in person", ["Jo Pike"]),
        ("Offer every leaver an exit interview in person", ["Sam Reid"]),
    ]
    assert plan.title == "Workforce action plan 2026/27"
    assert [u.text for u in actions(plan)[1].updates] == ["Interviews held; findings to DMT"]


def test_a_lists_several_people_surname_first_are_one_person_a_pair(tmp_path: Path) -> None:
    rows = [
        ["Title", "Assigned To", "Status"],
        ["Refresh the safeguarding training for all ward staff", "Lowry, Megan", "In progress"],
        ["Agree the escalation route for night shifts with the bed bureau",
         "Osei, Daniel;#Lowry, Megan", "Not started"],
        ["Audit the handover notes of ten patients every month", "Hart, Fiona", "Complete"],
    ]  # fmt: skip
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    # ";#" parts the people; the comma inside each "Surname, Given" parts nothing
    assert leads == [["Lowry, Megan"], ["Osei, Daniel", "Lowry, Megan"], ["Hart, Fiona"]]


# Under a header worded like no plan's ("Title"), rows whose cells read like captions
# ("In progress", "… findings to DMT"), and no column all dates or all sentences to tell
# them from a header by their kinds
_LOG = [
    ["Estates action log", "", "", ""],
    ["Title", "Owner", "Status", "Latest Update"],
    ["Replace the fire doors on Ward 3 and Ward 4", "Sam Reid", "Not started", ""],
    ["Boiler service", "Amy Lee", "In progress", "Contractor booked; findings to DMT"],
    ["Repaint the stairwells in the outpatients block", "Jo Pike", "Complete", ""],
    ["Roof survey", "Sam Reid", "In progress", "Audit 1 completed; findings to DMT"],
    ["Check every emergency light in the main building", "Jo Pike", "Not started", ""],
]  # fmt: skip


def test_every_row_under_a_given_header_row_is_data_never_a_header_again(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _LOG), OPTIONS.model_copy(update={"header_row": 2}))
    assert [(a.text, a.leads) for a in actions(plan)] == [
        ("Replace the fire doors on Ward 3 and Ward 4", ["Sam Reid"]),
        ("Boiler service", ["Amy Lee"]),
        ("Repaint the stairwells in the outpatients block", ["Jo Pike"]),
        ("Roof survey", ["Sam Reid"]),
        ("Check every emergency light in the main building", ["Jo Pike"]),
    ]
    # its cells under the header's own captions, never named by a row above it
    boiler = actions(plan)[1]
    assert boiler.status == "in_progress"
    assert [u.text for u in boiler.updates] == ["Contractor booked; findings to DMT"]


# A list exported by its fields' internal names (PnP PowerShell's Export-Csv, Power
# Automate's "Create CSV table"): each space of a caption written "_x0020_", a '/' as
# "_x002f_" ('&' as "_x0026_"), the item's wording under the list's own "Title"
_INTERNAL_NAMES = [
    ["ID", "Title", "Rec_x0020_No", "Action_x0020_Owner", "Supporting_x0020_Officer",
     "Target_x0020_Date", "Team_x002f_Service", "Modified"],
    ["3", "Triage every new referral within five working days of receipt", "R1",
     "Okafor, Grace", "Kemi Adeyemi", "31/12/2026", "Adults & Health", "18/11/2026"],
    ["4", "Clear the backlog of people waiting more than ninety days", "R1",
     "Lund, Martin", "", "31/03/2027", "", "25/11/2026"],
    ["7", "Offer every carer identified at discharge a carer's assessment", "R2",
     "Patel, Anjali", "Ruth Kimani", "31/01/2027", "", "20/11/2026"],
]  # fmt: skip


def test_columns_named_by_their_internal_names_read_as_their_captions(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _INTERNAL_NAMES))
    first = actions(plan)[0]
    assert (first.ref, first.text) == ("3", _INTERNAL_NAMES[1][1])
    assert (first.leads, first.responsible) == (["Okafor, Grace"], ["Kemi Adeyemi"])
    assert first.due is not None and first.due.isoformat() == "2026-12-31"
    assert first.fields["Team/Service"] == "Adults & Health"
    assert [r.ref for r in plan.recommendations] == ["R1", "R2"]
    # the names as the file writes them are kept with the plan's columns
    assert "Action Owner (Action_x0020_Owner) = lead" in plan.fields["Columns"]


def test_a_column_mapped_by_its_internal_name_is_the_one_read_decoded(tmp_path: Path) -> None:
    options = OPTIONS.model_copy(update={"mapping": {"Supporting_x0020_Officer": "lead"}})
    plan = plan_of(write(tmp_path, _INTERNAL_NAMES), options)
    assert actions(plan)[0].leads == ["Kemi Adeyemi"]


# Seen in hold-out 257: a programme's SharePoint list sent to its board by a Power
# Automate flow ("Get items", then "Create CSV table", columns left automatic): the
# list's internal names, the flow's own columns, people and choices as the JSON the
# connector returns. Written here in other words.
_USER = "#Microsoft.Azure.Connectors.SharePoint.SPListExpandedUser"
_CHOICE = "#Microsoft.Azure.Connectors.SharePoint.SPListExpandedReference"


def _person(name: str) -> dict[str, str]:
    email = name.lower().replace(" ", ".") + "@harbourne.gov.uk"
    return {
        "@odata.type": _USER, "Claims": f"i:0#.f|membership|{email}", "DisplayName": name,
        "Email": email, "Department": "Digital Services", "JobTitle": "Product Owner",
    }  # fmt: skip


def _flow_item(
    item: int, title: str, ref: str, owners: list[str], due: str, status: str
) -> list[str]:
    choice = {"@odata.type": _CHOICE, "Id": 1, "Value": status}
    author = json.dumps(_person("Maya Trent"))
    return [
        f'"{item + 3}"', str(item), str(item), title, ref,
        json.dumps([_person(o) for o in owners]), due, json.dumps(choice), "1",
        "", "2026-11-20T09:14:30Z", author, author, f"Lists/Roadmap/{item}_.000", "2.0",
    ]  # fmt: skip


_FLOW_HEADER = [
    "@odata.etag", "ItemInternalId", "ID", "Title", "ActionRef", "Owner", "DueDate",
    "Status", "Status#Id", "ProgressNotes", "Modified", "Author", "Editor", "{Identifier}",
    "{VersionNumber}",
]  # fmt: skip


def test_a_flows_export_reads_people_choices_and_the_lists_own_refs(tmp_path: Path) -> None:
    rows = [
        _FLOW_HEADER,
        _flow_item(7, "Move parking permits onto the online account", "RDM-007",
                   ["Ian Poole"], "2027-02-26", "In progress"),
        _flow_item(8, "Switch off the old booking system", "RDM-008",
                   ["Ian Poole", "Sara Quist"], "2027-03-31", "Not started"),
        _flow_item(9, "Publish the roadmap to staff", "RDM-009", ["Sara Quist"], "2026-12-18",
                   "Complete"),
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # the list's refs, never its item IDs; the owners by name, two people as two leads
    assert [(a.ref, a.leads, a.status) for a in actions(plan)] == [
        ("RDM-007", ["Ian Poole"], "in_progress"),
        ("RDM-008", ["Ian Poole", "Sara Quist"], "not_started"),
        ("RDM-009", ["Sara Quist"], "done"),
    ]
    first = actions(plan)[0]
    assert first.due == dt.date(2027, 2, 26)
    # who wrote the item is a field, never the grouping nor a person at work
    assert [r.text for r in plan.recommendations] == [""]
    assert first.responsible == [] and first.fields["Author"] == "Maya Trent"
    assert first.fields["ID"] == "7"


def test_the_rest_of_a_flows_person_record_is_kept_on_the_action(tmp_path: Path) -> None:
    rows = [
        _FLOW_HEADER,
        _flow_item(7, "Move parking permits onto the online account", "RDM-007",
                   ["Ian Poole"], "2027-02-26", "In progress"),
        _flow_item(8, "Switch off the old booking system", "RDM-008",
                   ["Sara Quist"], "2027-03-31", "Not started"),
    ]  # fmt: skip
    first = actions(plan_of(write(tmp_path, rows)))[0]
    # the owner is read by name; his job title and department stay visible beside it
    assert first.leads == ["Ian Poole"]
    owner = first.fields["Owner (as written)"]
    assert "JobTitle: Product Owner" in owner and "Department: Digital Services" in owner
    assert "Email: ian.poole@harbourne.gov.uk" in owner
    # the choice's own record too, its value read as the status
    assert first.status == "in_progress"
    assert "Value: In progress" in first.fields["Status (as written)"]


def test_a_report_authors_column_outside_a_list_export_is_the_lead(tmp_path: Path) -> None:
    """Only SharePoint's own 'Author' records who made the item: a committee tracker's
    'Report author' is the officer who does the work."""
    path = write(
        tmp_path,
        [
            ["Ref", "Action", "Report author", "Due date"],
            ["1.1", "Report the audit results to committee", "Jo Smith", "31/03/2027"],
        ],
    )
    assert [a.leads for a in actions(plan_of(path))] == [["Jo Smith"]]


def test_a_cell_nested_too_deep_for_json_is_kept_as_its_text(tmp_path: Path) -> None:
    deep = '[{"a": ' * 3000
    path = write(tmp_path, [["Ref", "Action", "Lead"], ["1.1", deep, "Jo Smith"]])
    assert [a.text for a in actions(plan_of(path))] == [deep.strip()]


# A list read through SharePoint's lists web service (GetListItems) writes a lookup as
# "ID;#value" and a person as "ID;#Surname, Given", several as "ID;#v;#ID;#v"
_WEB_SERVICE = [
    ["Title", "Area for improvement", "Action ref", "Lead officer", "Status", "Themes"],
    ["Clear the waiting list of people waiting more than 28 days.",
     "3;#Area for improvement 1: People wait too long for a Care Act assessment.", "1.1",
     "15;#Patel, Anika", "In progress", ";#Assessment;#"],
    ["Bring in a trusted assessor scheme with the two NHS trusts.",
     "3;#Area for improvement 1: People wait too long for a Care Act assessment.", "1.2",
     "15;#Patel, Anika;#22;#Brennan, Siobhan", "Delayed", ";#Assessment;#Partnerships;#"],
    ["Offer every carer identified a carer's assessment within 28 days.",
     "4;#Area for improvement 2: Unpaid carers are not offered a carer's assessment.", "2.1",
     "22;#Brennan, Siobhan", "Not started", ";#Carers;#"],
]  # fmt: skip


def test_a_web_service_lists_lookups_and_people_read_without_their_item_ids(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _WEB_SERVICE))
    # the lookup's item ID (3, 4) is no part of the area: its number and words are
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "People wait too long for a Care Act assessment."),
        ("2", "Unpaid carers are not offered a carer's assessment."),
    ]
    # a person per "ID;#value" pair, kept surname first; never the IDs 15 and 22
    assert [a.leads for a in actions(plan)] == [
        ["Patel, Anika"],
        ["Patel, Anika", "Brennan, Siobhan"],
        ["Brennan, Siobhan"],
    ]


def test_a_web_service_cell_read_without_its_ids_is_kept_as_written(tmp_path: Path) -> None:
    second = actions(plan_of(write(tmp_path, _WEB_SERVICE)))[1]
    # the IDs are the list's keys: the user still finds them on the action
    assert second.fields["Lead officer (as written)"] == "15;#Patel, Anika;#22;#Brennan, Siobhan"
    assert second.fields["Area for improvement (as written)"] == (
        "3;#Area for improvement 1: People wait too long for a Care Act assessment."
    )


def test_the_web_service_mark_inside_a_sentence_is_the_users_text(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Progress"],
        ["1.1", "Fix the 404;#anchor links in the help pages", "Jo Smith", ""],
        ["1.2", "Check rooms 3;#4;#5 then 6", "Jo Smith", ""],
    ]
    texts = [a.text for a in actions(plan_of(write(tmp_path, rows)))]
    # only a cell wholly written "ID;#value" pairs is the service's: ";#" in words stays
    assert texts == ["Fix the 404;#anchor links in the help pages", "Check rooms 3;#4;#5 then 6"]
