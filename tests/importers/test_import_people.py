"""Who a plan names: owners, leads and the responsible; posts and their holders, names
with a team, a body or a post beside them, and initials a key defines.

Each rule on a small plan the test writes itself. The tests were first written with the
blind hold-out set whose plans showed the rule; a comment over each group says which."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from importers import load
from importers.people import looks_like_names, names_a_person
from tests.importers.helpers import headings_with_owner_and_date, updates_of
from tests.importers.test_import_rules import (
    OPTIONS,
    actions,
    plan_of,
    write,
    write_workbook,
)
from tests.importers.test_import_word import word_file, word_table

D = dt.date


# Seen in hold-out 16 (these tests were in test_import_holdout16_people_status.py):
# Rules found on the sixteenth hold-out set (a settlement plan whose leads are "Head of
# Compliance (Leila Haddad)", an equality plan with "Amara Osei – Equalities Officer" and
# "75%" in its status column, a school plan's "Part done"): each on a small file of its
# own, written by the test.


def test_a_post_with_its_holder_in_brackets_or_after_a_dash_is_the_holder(
    tmp_path: Path,
) -> None:
    two_posts = "Head of Safer Gambling (Priya Shah) / Head of Financial Crime (Daniel Frost)"
    rows = [
        ["Ref", "Action", "Owner", "Due", "Status"],
        ["A1", "Refresh the AML risk assessment.", "MLRO (Daniel Frost)", "Sep-26", "Done"],
        ["A2", "Review every high-risk customer.", two_posts, "Oct-26", "On track"],
        ["A3", "Audit the care plans.", "Sandra Okafor – Registered Manager", "Nov-26", ""],
        ["A4", "Retrain the nurses.", "Director of Nursing (Acute)", "Dec-26", ""],
    ]
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Daniel Frost"]
    assert second.leads == ["Priya Shah", "Daniel Frost"]
    assert third.leads == ["Sandra Okafor"]
    assert fourth.leads == ["Director of Nursing (Acute)"]  # a qualifier, no holder
    # the cell as written is kept beside the names read from it
    assert first.fields["Owner (as written)"] == "MLRO (Daniel Frost)"
    assert second.fields["Owner (as written)"] == two_posts


# Seen in hold-out 67 (a safeguarding adults board's SAR plan whose "Lead agency" column
# writes each agency out in capitalised words, "Adult Social Care", as a name is written).


def test_agencies_written_out_beside_named_leads_are_a_field(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead agency", "Named lead", "Target"],
        ["1.1", "Deliver capacity training.", "Adult Social Care", "Jo Baines", "31/01/2027"],
        ["1.2", "Audit declined care cases.", "Community Health", "Dawn Lacey", "31/03/2027"],
        ["1.3", "Review the escalation policy.", "Public Health", "Mark Owen", "31/03/2027"],
        ["1.4", "Brief the GP practices.", "Integrated Care Board", "Kate Fisher", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Jo Baines"], []),
        (["Dawn Lacey"], []),
        (["Mark Owen"], []),
        (["Kate Fisher"], []),
    ]
    assert found[0].fields["Lead agency"] == "Adult Social Care"  # kept as written
    # the word opening a service is no given name; after a given name it is a surname
    assert names_a_person("Adult Social Care") is False
    assert names_a_person("Tom Community") is True


# Seen in hold-out 97 (a safeguarding partnership's plan: "Lead agency" beside "Lead
# officer", the officer a post, the agency "Children's Social Care").


def test_agencies_beside_lead_officers_named_by_post_are_a_field(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead agency", "Lead officer", "Timescale"],
        ["1.1", "Add a baby section.", "Children's Social Care", "Principal Social Worker",
         "31/12/2026"],
        ["1.2", "Brief health visitors.", "Oakshire Community Health", "Named Nurse",
         "31/01/2027"],
        ["1.3", "Audit ten cases.", "Partnership", "Partnership Business Manager",
         "30/06/2027"],
        ["1.4", "Record every adult.", "Police", "Detective Inspector (MASH)", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Principal Social Worker"], []),
        (["Named Nurse"], []),
        (["Partnership Business Manager"], []),
        (["Detective Inspector (MASH)"], []),
    ]
    assert found[0].fields["Lead agency"] == "Children's Social Care"  # kept as written
    # a service in the possessive, or a place before a service, names no one
    assert names_a_person("Children's Social Care") is False
    assert names_a_person("Oakshire Community Health") is False


# Seen in hold-out 99 (a JTAI action plan: "Lead agency" of a place and its body,
# "Wexcombe Council", "Wessex Police", "Wexcombe ICB", beside "Named lead" of people).


def test_a_place_then_its_body_beside_named_leads_is_a_field(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead agency", "Named lead", "By when"],
        ["1.1", "Roll out the neglect tool.", "Oakshire Council", "Karen Oduya", "31/01/2027"],
        ["1.2", "Audit 20 neglect cases.", "Partnership", "Stephen Lowe", "31/03/2027"],
        ["1.3", "Amend the procedure.", "Oakshire ICB", "Dr Amira Haddad", "30/11/2026"],
        ["1.4", "Train officers.", "Wessex Police", "DI Tom Brennan", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Karen Oduya"], []),
        (["Stephen Lowe"], []),
        (["Dr Amira Haddad"], []),
        (["DI Tom Brennan"], []),
    ]
    assert found[3].fields["Lead agency"] == "Wessex Police"  # kept as written
    # no surname is a body's word: a place, then its body, names no one
    assert names_a_person("Oakshire Council") is False
    assert names_a_person("Oakshire ICB") is False
    assert names_a_person("Tom Police") is False


# Seen in hold-out 141 (a SAR learning plan: "Lead agency" | Northmoor Council ASC, a place,
# its body and the service after it, on most actions beside "Lead officer" of people).


def test_a_place_its_body_and_a_service_beside_named_leads_is_a_field(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead agency", "Lead officer", "Target date"],
        ["1.1", "Publish the guide.", "Northmoor Council ASC", "Lisa Crane", "31/08/2026"],
        ["1.2", "Add a prompt.", "Northmoor Council ASC", "Lisa Crane", "30/09/2026"],
        ["1.3", "Review tenancies.", "Northmoor Homes", "Gareth Doyle", "31/01/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Lisa Crane"], []),
        (["Lisa Crane"], []),
        (["Gareth Doyle"], []),
    ]
    assert found[0].fields["Lead agency"] == "Northmoor Council ASC"  # kept as written
    assert names_a_person("Northmoor Council ASC") is False


# Seen in hold-out 109 (a SEND written statement of action: "Partner agencies" of bodies,
# "Council, ICB, Parent Carer Forum", beside "Lead officer" written "Name (Post)").


def test_partner_agencies_with_a_forum_beside_named_leads_are_a_field(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead officer", "Partner agencies", "Timescale"],
        ["1.1", "Set up the Board.", "Rachel Dunmore (Director of Education)",
         "Council, ICB, Parent Carer Forum", "September 2026"],
        ["1.2", "Build a dashboard.", "Karen Lister (Head of Performance)", "Council, ICB",
         "March 2027"],
        ["1.3", "Fund the forum.", "Simon Hale (Head of Commissioning)",
         "Council, Parent Carer Forum", "October 2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Rachel Dunmore"], []),
        (["Karen Lister"], []),
        (["Simon Hale"], []),
    ]
    assert found[0].fields["Partner agencies"] == "Council, ICB, Parent Carer Forum"
    # a forum is a body that meets, as a board or a panel is, never a person
    assert names_a_person("Parent Carer Forum") is False


# Seen in hold-out 18 (these tests were in test_import_holdout18_marks_owners.py):
# Rules found on the eighteenth hold-out set: actions and updates typed as bulleted lists,
# Excel's text marker in a CSV export, owners written "Name, Team", and a sign-off row
# below the table. Each on a small file of its own, written by the test.


def test_a_name_a_comma_and_a_team_is_one_person_in_that_team(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Deadline"],
        ["1.1", "Load the inspection planner.", "Jo Baines, Fleet Services", "30/09/2026"],
        ["1.2", "Train every driver.", "Mel Hargreaves, HR & Workforce Development",
         "31/10/2026"],
        ["1.3", "Audit the sheets monthly.", "Ravi Sandhu, Transport Management", "31/12/2026"],
        ["1.4", "Buy a brake tester.", "Sarah Kemp", "31/01/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    got = [(a.leads, a.fields.get("Owner (as written)")) for a in actions(plan)]
    # the team is where the person works, not a second lead; the cell as written is kept
    assert got == [
        (["Jo Baines"], "Jo Baines, Fleet Services"),
        (["Mel Hargreaves"], "Mel Hargreaves, HR & Workforce Development"),
        (["Ravi Sandhu"], "Ravi Sandhu, Transport Management"),
        (["Sarah Kemp"], None),
    ]


# Seen in hold-out 121: a SEND written statement of action whose leads are written as the
# name, a comma and the short name of the partner the person works for.
def test_a_name_a_comma_and_the_bodys_short_name_is_one_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead(s)", "By when"],
        ["1.1", "Recruit coordinators.", "Jo Baines, LA", "31/03/2027"],
        ["1.2", "Set up a panel.", "Jo Baines, LA; Dr Imran Shah, ICB", "31/12/2026"],
        ["1.3", "Support families.", "Dr Olu Adebayo, NHSE; Maria Costa, PCF", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    got = [(a.leads, a.fields.get("Lead(s) (as written)")) for a in actions(plan)]
    # LA, ICB: bodies' short names; NHSE, PCF: no initials of the name before them
    assert got == [
        (["Jo Baines"], "Jo Baines, LA"),
        (["Jo Baines", "Dr Imran Shah"], "Jo Baines, LA; Dr Imran Shah, ICB"),
        (["Dr Olu Adebayo", "Maria Costa"], "Dr Olu Adebayo, NHSE; Maria Costa, PCF"),
    ]


def test_two_names_or_surname_first_keep_their_own_comma_rules(tmp_path: Path) -> None:
    two_names = [
        ["Ref", "Action", "Owner", "Deadline"],
        ["1.1", "Load the planner.", "Jane Smith, Tom Jones", "30/09/2026"],
        ["1.2", "Train every driver.", "Jo Baines, Fleet Services", "31/10/2026"],
    ]
    leads = [a.leads for a in actions(plan_of(write(tmp_path, two_names, name="a.csv")))]
    # one cell naming two people is a list: the column is not written "Name, Team"
    assert leads == [["Jane Smith", "Tom Jones"], ["Jo Baines", "Fleet Services"]]
    surname_first = [
        ["Ref", "Action", "Owner", "Deadline"],
        ["1.1", "Load the planner.", "Howells, Sian", "30/09/2026"],
        ["1.2", "Train every driver.", "Pritchard, Owen", "31/10/2026"],
    ]
    leads = [a.leads for a in actions(plan_of(write(tmp_path, surname_first, name="b.csv")))]
    assert leads == [["Howells, Sian"], ["Pritchard, Owen"]]


# Seen in hold-out 19 (these tests were in test_import_holdout19_labelled_owners.py):
# Rules found on the nineteenth hold-out set, from a trust's answer to a warning
# notice: one owner cell labelling an executive and an operational owner ("Exec: …" over
# "Op: …"), and a deadline cell giving the day the work was done ("Immediate (completed
# 05/10/2026)"). Each on a small file of its own, written by the test.


_PLAN = [
    ["Ref", "Action", "Owner", "Deadline", "Status"],
    ["1.1", "Staff the discharge lounge at weekends.",
     "Exec: Director of Operations\nOp: Site Manager", "Immediate (completed 02/11/2026)",
     "Complete"],
    ["1.2", "Audit weekend discharges monthly.",
     "Accountable: Medical Director; Delivery lead: Clinical Audit Lead", "31/01/2027",
     "In progress"],
    ["1.3", "Publish the weekend rota.", "Site Manager", "30/11/2026 (done 20/11/2026)",
     "Complete"],
    ["1.4", "Brief the bed managers.", "NB: Karen Thomas", "Done 20/11/2026", "Complete"],
]  # fmt: skip


def test_labelled_lines_of_one_owner_cell_are_the_lead_and_the_responsible(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _PLAN))
    assert [(a.leads, a.responsible) for a in actions(plan)] == [
        (["Director of Operations"], ["Site Manager"]),
        (["Medical Director"], ["Clinical Audit Lead"]),
        (["Site Manager"], []),
        # a label that names no role labels nothing: the cell is read as ever
        (["NB: Karen Thomas"], []),
    ]
    # the cell as written is kept
    assert actions(plan)[0].fields["Owner (as written)"] == (
        "Exec: Director of Operations\nOp: Site Manager"
    )


# Seen in hold-out 93: a peer challenge plan's lead cell, the lead officer over the
# deputy who stands in for them.
def test_a_deputy_line_under_the_lead_names_the_responsible(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Agree a council plan.", "Lead: Claire Hunt\nDeputy: Omar Said", "31/03/2027"],
        ["1.2", "Hold joint sessions.", "Lead: Claire Hunt", "31/01/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Claire Hunt"], ["Omar Said"]),
        (["Claire Hunt"], []),
    ]


# Seen in hold-out 56: a written statement of action's owner cell "A: Jo Baines" over
# "R: Sam Reid", the header saying what the letters mean.


def test_letters_the_header_defines_label_the_lead_and_the_responsible(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Owner (A = accountable, R = responsible)", "Due"],
        ["1.1", "Publish the self-evaluation.", "A: Jo Baines\nR: Sam Reid, Amir Hussain",
         "31/12/2026"],
        ["1.2", "Build the dashboard.", "Jo Baines", "31/03/2027"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Jo Baines"], ["Sam Reid", "Amir Hussain"])
    assert first.fields["Owner (A = accountable, R = responsible) (as written)"] == (
        "A: Jo Baines\nR: Sam Reid, Amir Hussain"
    )
    assert (second.leads, second.responsible) == (["Jo Baines"], [])


def test_letters_no_header_defines_label_nothing(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Due"],
        ["1.1", "Publish the self-evaluation.", "A: Jo Baines\nR: Sam Reid", "31/12/2026"],
    ]
    (only,) = actions(plan_of(write(tmp_path, rows)))
    assert only.responsible == []


# Seen in hold-out 55: a trust's well-led plan names each finding's executive lead once,
# in a line above its table, the table naming only the action owner.


def test_a_labelled_lead_line_above_a_table_leads_its_actions(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Action plan")
        for ref, lead, owner in [("F1", "Dr Ann Lee, Chief Nurse", "Tom Reid"),
                                 ("F2", "Mark Jones", "Sian Hughes")]:  # fmt: skip
            doc.add_paragraph(f"{ref} – A finding about {owner.split()[0]}'s service.")
            doc.add_paragraph(f"Executive lead: {lead}")
            rows = [
                ["Ref", "Action", "Action owner", "Due"],
                [f"{ref}/1", "Publish the framework.", owner, "31/12/2026"],
                [f"{ref}/2", "Audit the registers.", lead.split(",")[0], ""],
            ]
            word_table(doc, rows)

    found = actions(plan_of(word_file(tmp_path, build)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Dr Ann Lee"], ["Tom Reid"]),
        (["Dr Ann Lee"], ["Dr Ann Lee"]),
        (["Mark Jones"], ["Sian Hughes"]),
        (["Mark Jones"], ["Mark Jones"]),
    ]
    # the line stays as written
    assert found[0].fields["Executive lead"] == "Dr Ann Lee, Chief Nurse"


# Seen in hold-out 247: a trust's must-do and should-do plan names the same executive over
# the first table and again over later ones; over those it was taken for the title again.


def test_the_first_tables_lead_line_written_again_over_a_later_table_leads_it(
    tmp_path: Path,
) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Harrowfield Trust – CQC action plan")
        for heading, lead, owner in [
            ("Must do 1 (Regulation 12): The trust must screen every patient for sepsis.",
             "Dr Helen Okonjo, Chief Nurse", "Deputy Director of Nursing"),
            ("Must do 2 (Regulation 17): The trust must act on risks to waiting patients.",
             "Marcus Thorne, Chief Operating Officer", "Head of Business Intelligence"),
            ("Should do 1: The trust should record nutrition needs on admission.",
             "Dr Helen Okonjo, Chief Nurse", "Lead Dietitian"),
        ]:  # fmt: skip
            doc.add_paragraph().add_run(heading).bold = True
            doc.add_paragraph(f"Executive lead: {lead}")
            word_table(doc, [["Action", "Lead", "Target date"],
                             ["Publish the procedure.", owner, "31/12/2026"]])  # fmt: skip

    found = actions(plan_of(word_file(tmp_path, build)))
    assert [(a.ref, a.leads, a.responsible) for a in found] == [
        ("MD1.1", ["Dr Helen Okonjo"], ["Deputy Director of Nursing"]),
        ("MD2.1", ["Marcus Thorne"], ["Head of Business Intelligence"]),
        ("SD1.1", ["Dr Helen Okonjo"], ["Lead Dietitian"]),
    ]


def test_the_day_work_was_done_is_no_deadline(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _PLAN))
    assert [(a.due, a.due_text) for a in actions(plan)] == [
        (None, "Immediate (completed 02/11/2026)"),
        (D(2027, 1, 31), "31/01/2027"),
        (D(2026, 11, 30), "30/11/2026 (done 20/11/2026)"),
        (None, "Done 20/11/2026"),
    ]


# Seen in hold-out 19 (these tests were in test_import_holdout19_people.py):
# A rule found on the nineteenth hold-out set (a school's plan whose leads are initials
# with the post in brackets, "SB (SENDCo)", named on a "Staff key" sheet).


def test_initials_with_their_post_in_brackets_are_the_person_the_key_names(
    tmp_path: Path,
) -> None:
    plan_rows: list[list[object]] = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Write a support profile for every pupil.", "SB (SENDCo)", "31/12/2026"],
        ["1.2", "Train staff on adaptive teaching.", "HT / SB (SENDCo)", "31/01/2027"],
        ["1.3", "Audit the reading curriculum.", "KM (DHT)", "28/02/2027"],
    ]
    key: list[list[object]] = [
        ["Initials", "Name", "Role"],
        ["HT", "Helen Dale", "Headteacher"],
        ["KM", "Kamal Mir", "Deputy Headteacher (DHT)"],
        ["SB", "Sam Bell", "SENDCo"],
    ]
    path = write_workbook(tmp_path, {"Plan": plan_rows, "Staff key": key}, name="qip.xlsx")
    plan = plan_of(path)
    assert [a.leads for a in actions(plan)] == [
        ["Sam Bell"],
        ["Helen Dale", "Sam Bell"],
        ["Kamal Mir"],
    ]
    # the cell as written is kept with the action
    assert "SB (SENDCo)" in actions(plan)[0].fields.values()


# Seen in hold-out 20 (these tests were in test_import_holdout20_people_dates.py):
# Rules found on the twentieth hold-out set (a CQC requirement notice plan, a SEND
# priority action plan and a housing consumer standards plan writing each lead as a name
# then the post in brackets; an ICB recovery plan revising deadlines with an arrow): each
# on a small file of its own, written by the test.


def test_a_name_then_the_post_in_brackets_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit every MAR chart.", "Karen Dunne (Registered Manager)", "31/12/2026"],
        ["1.2", "Train all carers.", "Care coordinators", "31/01/2027"],
        ["1.3", "Review agency use.", "Tom Hale (Nominated Individual)", "31/01/2027"],
        ["1.4", "Share data with schools.",
         "Dr Imran Shah (Designated Clinical Officer) / "
         "Paul Mercer (Assistant Director, Education)",
         "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the bracket says which post the person holds: the lead is the person
    assert [a.leads for a in found] == [
        ["Karen Dunne"],
        ["Care coordinators"],
        ["Tom Hale"],
        ["Dr Imran Shah", "Paul Mercer"],
    ]


# Seen in hold-out 115: a care home's and a Welsh school's plans writing staff as
# "Fiona Baird (Manager)", "Mr Huw Jenkins (Literacy Lead)" beside a team ("Unit
# Seniors") and a post in Welsh and English ("Pennaeth / Headteacher").


def test_names_then_posts_beside_a_team_or_joined_posts_are_the_people(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Review every plan.", "Fiona Baird (Manager)", "31/12/2026"],
        ["1.2", "Audit the medicines.", "Unit Seniors", "31/01/2027"],
        ["1.3", "Fit new signage.", "Owen Pryce (Maintenance)", "31/01/2027"],
        ["1.4", "Hold a parents' workshop.", "Pennaeth / Headteacher", "31/03/2027"],
        ["1.5", "Walk the classes.",
         "Mrs Sian Lloyd (Deputy Headteacher); Pennaeth / Headteacher", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Fiona Baird"],
        ["Unit Seniors"],
        ["Owen Pryce"],
        ["Pennaeth / Headteacher"],
        ["Mrs Sian Lloyd", "Pennaeth / Headteacher"],
    ]
    assert "Fiona Baird (Manager)" in found[0].fields.values()


def test_names_then_posts_beside_addresses_and_noted_posts_are_the_people(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Due"],
        ["1.1", "Survey every flat.", "Priya Shah (Head of Income)", "31/12/2026"],
        ["1.2", "Phone every tenant.", "l.grant@example.org", "31/01/2027"],
        ["1.3", "Write to tenants.", "Amy Lee <a.lee@example.org>", "31/01/2027"],
        ["1.4", "Check the rent accounts.", "Lettings Manager (interim)", "28/02/2027"],
        ["1.5", "Fix the lifts.",
         "Head of Estates (vacant post – covered by Tom Hale)", "31/03/2027"],
        ["1.6", "Report to the board.", "Owen Pryce (Director of Homes)", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the other cells' brackets and addresses are read by rules of their own, so the
    # column still writes its people "Name (Post)": the lead is the person
    assert [a.leads for a in found] == [
        ["Priya Shah"],
        ["l.grant@example.org"],
        ["Amy Lee"],
        ["Lettings Manager (interim)"],
        ["Tom Hale"],
        ["Owen Pryce"],
    ]
    assert found[0].fields["Owner (as written)"] == "Priya Shah (Head of Income)"


# Seen in hold-out 119: an audit findings action plan's leads "Helen Ashby (Chief
# Accountant)", "Sunil Mehta (Capital Accountant)", two joined by " / ".


def test_an_accountant_in_brackets_after_a_name_is_a_post(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Agreed action", "Lead officer", "Target date"],
        ["1.1", "Reconcile the bank daily.", "Helen Ashby (Chief Accountant)", "31/12/2026"],
        ["1.2", "Revalue the depots.",
         "Helen Ashby (Chief Accountant) / Sunil Mehta (Capital Accountant)", "31/01/2027"],
        ["1.3", "Review the asset register.", "Sunil Mehta (Capital Accountant)", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Helen Ashby"],
        ["Helen Ashby", "Sunil Mehta"],
        ["Sunil Mehta"],
    ]


# Seen in hold-out 126: a children's home's plan writing 'By whom' as "Dawn Pike
# (Registered Manager)", "Helen Marsh (Responsible Individual)", two joined by " / ".


def test_a_responsible_individual_in_brackets_after_a_name_is_a_post(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action to be taken", "By whom", "By when"],
        ["1.1", "Review every risk assessment.", "Dawn Pike (Registered Manager)", "14/10/2026"],
        ["1.2", "Check supervision records.", "Helen Marsh (Responsible Individual)",
         "31/12/2026"],
        ["1.3", "Keep a notification log.",
         "Dawn Pike (Registered Manager) / Tom Reyes (Deputy Manager)", "31/10/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the care provider's statutory post, as the Nominated Individual is, says who Helen is
    assert [a.leads for a in found] == [["Dawn Pike"], ["Helen Marsh"], ["Dawn Pike", "Tom Reyes"]]
    assert "Helen Marsh (Responsible Individual)" in found[1].fields.values()


# Seen in hold-out 120: an acute trust's CQC plan led by "Practice Educator (ED)", the
# bracket the department the post sits in (the emergency department).


def test_an_educator_is_a_post_and_keeps_its_department_in_brackets(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Train every triage nurse.", "Practice Educator (ED)", "31/12/2026"],
        ["1.2", "Refresh the sepsis e-learning.", "Clinical Educator (AMU)", "31/01/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Practice Educator (ED)"], ["Clinical Educator (AMU)"]]


def test_one_name_then_body_among_posts_is_no_habit(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Supported by", "Due"],
        ["1a", "Train case managers.", "Operations Manager", "Rachel Owen (Probation)", "Jun-24"],
        ["1b", "Audit ten cases.", "Quality Officer", "Operations Manager", "Jun-24"],
        ["1c", "Agree a protocol.", "Head of Service", "Virtual School and Eastfield College",
         "Jun-24"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # written so once, beside posts and bodies, the bracket stays with the name
    assert found[0].responsible == ["Rachel Owen (Probation)"]


def test_a_bracket_of_initials_or_a_qualifier_still_reads_as_before(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit every MAR chart.", "Jackie Wood (JW)", "31/12/2026"],
        ["1.2", "Train all nurses.", "Director of Nursing (Acute)", "31/01/2027"],
        ["1.3", "Review the rota.", "JW", "31/01/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Jackie Wood"],
        ["Director of Nursing (Acute)"],
        ["Jackie Wood"],
    ]


# Seen in hold-out 21 (these tests were in test_import_holdout21_rules.py):
# Rules found on the twenty-first hold-out set (a patient safety plan whose owners are
# "Matron, Medicine (Claire Dunn)", …): each on a small file of its own, written by the
# test.


def test_a_post_with_a_comma_before_its_holder_in_brackets_names_the_holder(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Action owner", "Due"],
        ["SA1", "Audit the sepsis screening.", "Matron, Medicine (Claire Dunn)", "Nov-26"],
        ["SA2", "Refresh the escalation policy.", "Head of Nursing, Medicine (Amy Ross)", ""],
        ["SA3", "Train the ward staff.", "Jane Smith, Head of HR (Tom Birch)", ""],
    ]
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Claire Dunn"]
    assert second.leads == ["Amy Ross"]
    assert third.leads == ["Jane Smith", "Tom Birch"]  # a name before the comma: two people
    assert first.fields["Action owner (as written)"] == "Matron, Medicine (Claire Dunn)"


def test_a_post_and_its_unit_after_a_comma_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1a", "Brief every officer.", "Detective Inspector, Safeguarding", "14/01/2027"],
        ["1b", "Share the referral pathway.", "EDT Manager, Police", "15/04/2027"],
        ["1c", "Report to the Board.", "Chief Executive, Leader of the Council", "08/07/2027"],
        ["1d", "Audit custody records.", "Chief Superintendent, Criminal Justice", "31/03/2027"],
    ]  # fmt: skip
    rank, agency, posts, service = actions(plan_of(write(tmp_path, rows)))
    # the comma leads from a post to the unit it serves: one post, kept whole
    assert rank.leads == ["Detective Inspector, Safeguarding"]
    # a service written in two capitalised words is no person ("Criminal Justice")
    assert service.leads == ["Chief Superintendent, Criminal Justice"]
    # a body that works beside the post, or a second post, is still another lead
    assert agency.leads == ["EDT Manager", "Police"]
    assert posts.leads == ["Chief Executive", "Leader of the Council"]


# Seen in hold-out 168 (an ILACS plan's 'Head of Service, Children with Disabilities / Head
# of Transitions (Adults)'): a post with its unit, then a slash and another post.


def test_a_post_and_its_unit_joined_by_a_slash_to_a_post_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Agree a joint pathway.",
         "Head of Service, Children with Disabilities / Head of Transitions (Adults)",
         "31/03/2027"],
        ["2", "Share the referral pathway.", "EDT Manager, Police / Head of MASH", "15/04/2027"],
    ]  # fmt: skip
    joint, agency = actions(plan_of(write(tmp_path, rows)))
    assert joint.leads == [rows[1][2]]
    # a body that works beside the post is still another lead
    assert agency.leads[0] == "EDT Manager"


def test_a_presidents_post_joined_by_a_slash_to_a_post_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Report back to the student body.",
         "Guild President / Director of Student Life", "31/03/2027"],
        ["2", "Agree the club grants.", "Vice-President (Sport) and Sports Manager",
         "30/04/2027"],
    ]  # fmt: skip
    report, grants = actions(plan_of(write(tmp_path, rows)))
    # a students' union's president is a post, as a chair is: one person's two hats
    assert report.leads == ["Guild President / Director of Student Life"]
    assert grants.leads == ["Vice-President (Sport) and Sports Manager"]


def test_a_line_break_parts_two_posts_that_a_comma_would_join(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Supported by", "Target"],
        ["1", "Set up an inclusion panel.", "Head of Inclusion",
         "Educational psychologists\nSEND caseworkers", "31/12/2026"],
        ["2", "Share attendance data.", "Head of Inclusion",
         "Educational psychologists, SEND caseworkers", "31/03/2027"],
    ]  # fmt: skip
    lines, comma = actions(plan_of(write(tmp_path, rows)))
    # a line each: two, however the second reads after the first
    assert lines.responsible == ["Educational psychologists", "SEND caseworkers"]
    # after a comma the team may be the post's unit, as before: one, kept whole
    assert comma.responsible == ["Educational psychologists, SEND caseworkers"]


# Seen in hold-out 100 (a review's plan for two trusts): a post, a comma, then the
# organisation it belongs to named in full.


def test_a_post_and_its_organisation_after_a_comma_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Agree a transfer protocol.",
         "Director of Operations, Ashdown Community Health Services", ""],
        ["2", "Audit the discharges.",
         "Chief Nurse, Northmere Partnership NHS Foundation Trust", ""],
        ["3", "Review the rota.", "Director of Nursing, Fleet Services", ""],
    ]  # fmt: skip
    ashdown, northmere, team = actions(plan_of(write(tmp_path, rows)))
    assert ashdown.leads == ["Director of Operations, Ashdown Community Health Services"]
    assert northmere.leads == ["Chief Nurse, Northmere Partnership NHS Foundation Trust"]
    # a team's name, no name of its own before it, is still another lead
    assert team.leads == ["Director of Nursing", "Fleet Services"]


# Seen in hold-out 106: two posts, each with its service and organisation after commas.


def test_posts_with_their_organisations_joined_by_and_are_one_lead(tmp_path: Path) -> None:
    both = (
        "Clinical Director, Adult Mental Health Services, Ashdown Partnership NHS Foundation"
        " Trust and Head of Forensic Services, Ashdown Partnership NHS Foundation Trust (APFT)"
    )
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Publish revised referral guidance.", both, ""],
        ["2", "Review the rota.", "Director of Nursing, Fleet Services", ""],
    ]
    posts, team = actions(plan_of(write(tmp_path, rows)))
    assert posts.leads == [both]
    assert team.leads == ["Director of Nursing", "Fleet Services"]


# Seen in hold-out 23 (these tests were in test_import_holdout23_rules.py):
# Rules found on the twenty-third hold-out set: a visit's date labelled with the words
# naming which visit it was ("Date of Mental Health Act monitoring visit: 14 October
# 2026") dates "Within 4 weeks of the visit"; a column of grades ("Major NC", "Minor
# NC") names no one.


_CODED = [
    ["Finding ID", "Class", "Corrective action", "Owner", "Due"],
    ["F-01", "NC", "Rewrite the Statement of Applicability.", "Ruth Adair", "2026-11-30"],
    ["F-02", "NC", "Automate account disablement.", "Sam Oduya", "2027-01-08"],
    ["F-03", "OFI", "Revise the internal audit programme.", "Leona McBride", "2026-12-18"],
    ["F-04", "OBS", "Review the asset register quarterly.", "Sam Oduya", "2027-02-26"],
]


def test_codes_a_key_explains_as_things_are_no_ones_initials(tmp_path: Path) -> None:
    key = "Finding types: NC = nonconformity; OFI = opportunity for improvement; OBS = observation"
    found = actions(plan_of(write(tmp_path, [[key], *_CODED])))
    assert [(a.leads, a.responsible, a.fields.get("Class")) for a in found] == [
        (["Ruth Adair"], [], "NC"),
        (["Sam Oduya"], [], "NC"),
        (["Leona McBride"], [], "OFI"),
        (["Sam Oduya"], [], "OBS"),
    ]


def test_a_grade_header_over_codes_heads_a_field(tmp_path: Path) -> None:
    rows = [["Finding ID", "Grade", *_CODED[0][2:]], *_CODED[1:]]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.responsible, a.fields.get("Grade")) for a in found] == [
        ([], "NC"),
        ([], "NC"),
        ([], "OFI"),
        ([], "OBS"),
    ]


# Seen in hold-out 113: an ambulance trust's CQC tracker names the core service each
# must-do applies to by its short name, "EUC" / "EOC", once per block beside the
# requirement; its title says "2025 inspection of EUC and EOC".

_SERVICES = [
    ["Ref", "{header}", "Requirement", "Action", "Action owner", "Target date"],
    ["MD1", "EUC", "The trust must train staff.", "Protect days.", "Sam Petrie", "31/03/2026"],
    ["", "", "", "Publish compliance.", "Sam Petrie", "30/09/2026"],
    ["MD2", "EOC", "The trust must staff the EOC.", "Recruit.", "Liam Kerr", "30/11/2026"],
    ["MD3", "EUC", "The trust must clean vans.", "Deep clean.", "Carl Tindall", "31/12/2026"],
]


def _services_under(header: str, title: str) -> list[list[str]]:
    head = [cell.format(header=header) for cell in _SERVICES[0]]
    return [[title], head, *_SERVICES[1:]]


def test_a_core_service_column_of_codes_is_a_field(tmp_path: Path) -> None:
    rows = _services_under("Core service", "CQC Must Do and Should Do action plan")
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible, a.fields.get("Core service")) for a in found] == [
        (["Sam Petrie"], [], "EUC"),
        (["Sam Petrie"], [], "EUC"),
        (["Liam Kerr"], [], "EOC"),
        (["Carl Tindall"], [], "EUC"),
    ]


def test_codes_the_title_names_as_what_the_plan_covers_are_no_ones_initials(
    tmp_path: Path,
) -> None:
    rows = _services_under("Site", "Action plan – 2025 inspection of EUC and EOC")
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.responsible, a.fields.get("Site")) for a in found] == [
        ([], "EUC"),
        ([], "EUC"),
        ([], "EOC"),
        ([], "EUC"),
    ]


def test_initials_the_title_does_not_name_still_name_people(tmp_path: Path) -> None:
    rows = _services_under("Support", "Action plan – 2025 inspection of EUC and EOC")
    for row, initials in zip(rows[2:], ["KT", "KT", "JW", "JW"], strict=True):
        row[1] = initials
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.responsible for a in found] == [["KT"], ["KT"], ["JW"], ["JW"]]


# Seen in hold-out 25 (these tests were in test_import_holdout25_people_dates.py):
# Rules found on the twenty-fifth hold-out set: the full stop of an abbreviated
# surname ("Dan C.") is part of the name as written; a post with its unit after a comma
# and its holder after a dash ("Clinical Director, Emergency Medicine – Mr Sam Iqbal")
# is one person; a label whose last word is the event, with a day ("GIRFT deep dive
# visit: 16/06/2026"), dates "Within 6 months of visit".


def test_an_abbreviated_surname_keeps_its_full_stop(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Deadline"],
        ["T1-01", "Audit every apprentice's off-the-job training.", "Dan C.", "18/12/2026"],
        ["T1-02", "Hold three-way progress reviews.", "Priya S.; Mo R.", "29/01/2027"],
        ["T1-03", "Publish the quality report.", "Lena Ward.", "26/02/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows, encoding="cp1252", delimiter=";"))
    # a full stop after one capital letter marks the abbreviation; after a whole
    # surname it is only punctuation
    assert [a.leads for a in actions(plan)] == [["Dan C."], ["Priya S.", "Mo R."], ["Lena Ward"]]


def test_a_post_of_a_unit_then_a_dash_and_its_holder_is_one_person(tmp_path: Path) -> None:
    leads = [
        "Clinical Director, Emergency Medicine – Mr Sam Iqbal",
        "Kelly Dunn – Rota Coordinator, Acute Medicine",
        "Matron, Surgery – Amy Ross; Head of Nursing, Medicine – Jo Pike",
        "Jane Smith, Head of HR – Tom Birch",
    ]
    rows = [["Ref", "Action", "Responsible", "Due date"]] + [
        [f"1.{i}", f"Action number {i}.", lead, "31/01/2027"] for i, lead in enumerate(leads, 1)
    ]
    plan = plan_of(write(tmp_path, rows))
    # the comma leads only to the post's unit; before a second person or a second
    # post it still parts two leads
    assert [a.leads for a in actions(plan)] == [
        ["Mr Sam Iqbal"],
        ["Kelly Dunn"],
        ["Amy Ross", "Jo Pike"],
        ["Jane Smith", "Tom Birch"],
    ]


# Seen in hold-out 26 (these tests were in test_import_holdout26_airtable.py):
# Rules found on the twenty-sixth hold-out set (an Airtable export): a date column a
# US-locale tool wrote month first ("10/30/2026") is read month first throughout; a
# column of places or units ("Block A", "Phase 2") names no one.


def test_a_place_and_its_letter_or_number_is_no_name() -> None:
    assert not looks_like_names(["Block A, Block C", "Zone B", "Wing IV"])
    assert looks_like_names(["Tom Ward", "Sian Block", "Hannah Cole"])


# Seen in hold-out 27 (these tests were in test_import_holdout27_rules.py):
# Rules found on the twenty-seventh hold-out set: progress lines opened by the day of the
# week ("Mon 02/11/2026 – …") or by a news word ("Position 16/11/2026: …"). Each on a small
# file of its own, written by the test.


def test_a_second_name_ending_in_a_place_word_is_a_second_person(tmp_path: Path) -> None:
    """ "Sam Reid, Lucy Ward" among names alone is two people: Ward is a surname as
    often as a ward, so the one cell shows no habit of a name then a team."""
    rows = [
        ["Ref", "Milestone", "Delivery lead", "Due"],
        ["2.1", "See 78% of patients within four hours.", "Sam Reid", "31/03/2027"],
        ["2.2", "Open the emergency care unit.", "Sam Reid, Lucy Ward", "31/01/2027"],
        ["2.3", "Cut handover delays.", "Tom Hale", "31/12/2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    people = {a.ref: sorted(a.leads + a.responsible) for a in actions(plan)}
    assert people["2.2"] == ["Lucy Ward", "Sam Reid"]


def test_wards_after_the_comma_on_several_cells_are_teams(tmp_path: Path) -> None:
    """ "Jo Baines, Cedar Ward" beside "Amy Lee, Elm Ward": the column writes each person
    then where they work, so each cell is one person."""
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit the drug charts.", "Jo Baines, Cedar Ward", "31/03/2027"],
        ["1.2", "Train the night staff.", "Amy Lee, Elm Ward", "31/01/2027"],
        ["1.3", "Fix the call bells.", "Tom Hale", "31/12/2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [["Jo Baines"], ["Amy Lee"], ["Tom Hale"]]


# Seen in hold-out 28 (these tests were in test_import_holdout28_rules.py):
# Rules found on the twenty-eighth hold-out set: a post and the unit it serves after a
# dash ("Matron – Delivery Suite") names no one, it is one post; a code column filled on a
# few rows ("Evidence ref") never takes the ref from a number written on every row.


def test_a_post_and_its_unit_after_a_dash_stays_one_post(tmp_path: Path) -> None:
    owners = [
        "Matron – Delivery Suite",
        "Ward Manager – Willow Ward",
        "Theatre Manager – Main Theatres",
        "Head of Service – Front Door",  # hold-out 96: children's services' front door
        "Consultant Obstetrician – Maternal Medicine",  # hold-out 100: a post's specialty
        "Practice Manager – Sian Hughes",  # a full name after the dash: the person
    ]
    rows = [["Ref", "Action", "Owner", "Due"]]
    rows += [[str(i), f"Audit step {i} of the pathway.", o, ""] for i, o in enumerate(owners, 1)]
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    assert leads == [
        ["Matron – Delivery Suite"],
        ["Ward Manager – Willow Ward"],
        ["Theatre Manager – Main Theatres"],
        ["Head of Service – Front Door"],
        ["Consultant Obstetrician – Maternal Medicine"],
        ["Sian Hughes"],
    ]


# Seen in hold-out 33 (these tests were in test_import_holdout33_rules.py):
# Rules found on the thirty-third hold-out set (an ILACS plan whose leads are "J.
# Okafor, Head of Children in Care", a CQC plan whose leads are posts keyed to their
# holders): each on a small file of its own, written by the test.


def test_an_initial_and_surname_then_a_comma_and_a_post_is_one_person(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit the care plans.", "J. Okafor, Head of Children in Care", "Nov-26"],
        ["1.2", "Refresh the pathway plans.", "K Lowe, Service Manager, Leaving Care", "Dec-26"],
        ["1.3", "Hold the panel.", "J. Okafor, K. Lowe", "Jan-27"],
    ]
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["J. Okafor"]
    assert second.leads == ["K Lowe"]
    assert third.leads == ["J. Okafor", "K. Lowe"]  # a name after the comma: two people
    # the post stays in the cell as written
    assert first.fields["Lead (as written)"] == "J. Okafor, Head of Children in Care"


# Seen in hold-outs 50 and 52: a name over its post, or a post over its holder's name.


def test_a_name_and_its_post_on_two_lines_is_one_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit the wards.", "Kate Ellis\nWard Manager, Beech Ward", "Nov-26"],
        ["2", "Cost the savings.", "Director of Finance\nAmy Clarke", "Dec-26"],
        ["3", "Report the waits.", "Helen Grant\nHead of Nursing, Community Services", "Jan-27"],
        ["4", "Hold the panel.", "Kate Ellis\nTom Jones", "Feb-27"],
        ["5", "Agree the budget.", "Head of HR\nDirector of Finance", "Mar-27"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Kate Ellis"],
        ["Amy Clarke"],
        ["Helen Grant"],
        ["Kate Ellis", "Tom Jones"],  # two names on two lines: two people
        ["Head of HR", "Director of Finance"],  # two posts: two posts
    ]
    # the post stays in the cell as written
    assert actions(plan)[1].fields["Lead (as written)"] == "Director of Finance\nAmy Clarke"


def test_a_post_over_a_name_each_leading_alone_elsewhere_is_two_leads(tmp_path: Path) -> None:
    """The post leads one action on its own and the name another: the plan names them
    apart, so the cell of both, one a line, names two leads, not a person and her post."""
    rows = [
        ["Ref", "Action", "Lead officer", "Due"],
        ["4.1", "Adopt the ASB policy.", "Neighbourhoods Manager", "Feb-27"],
        ["4.2", "Agree the hate crime protocol.", "Jonah Okoro", "Mar-27"],
        ["4.3", "Publish the estate plans.", "Neighbourhoods Manager\nJonah Okoro", "Dec-27"],
        ["4.4", "Cost the savings.", "Director of Finance\nAmy Clarke", "Dec-27"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)][2:] == [
        ["Neighbourhoods Manager", "Jonah Okoro"],
        ["Amy Clarke"],  # neither line leads alone elsewhere: the person and her post
    ]


# Seen in hold-out 52: a council's leads written post, comma, name.


def test_a_post_then_a_comma_and_a_name_is_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Screen the concerns.", "Head of Safeguarding, Lisa Marsh", "Nov-26"],
        ["2", "Clear the reviews.", "Assistant Director Operations, Mark Ellis", "Dec-26"],
        ["3", "Hold the panel.", "Head of HR, Jane Smith, Tom Jones", "Jan-27"],
        ["4", "Co-produce the offer.", "Head of SEND, Parent Carer Forum", "Feb-27"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Lisa Marsh"],
        ["Mark Ellis"],
        ["Head of HR", "Jane Smith", "Tom Jones"],  # two names after the post: a list
        ["Head of SEND", "Parent Carer Forum"],  # a body after the comma, no holder
    ]
    first = actions(plan)[0]
    assert first.fields["Lead (as written)"] == "Head of Safeguarding, Lisa Marsh"


# Seen in hold-out 52: a police plan's delivery leads written rank, name, comma, post.


def test_a_rank_and_a_name_then_a_comma_and_a_post_is_one_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Train the staff.", "DCI Nadia Khan, Head of Public Protection", "Nov-26"],
        ["1.2", "Audit the records.", "Det Supt Amy Cole, Head of Crime", "Dec-26"],
        ["1.3", "Report to the board.", "ACC Priya Sandhu, DCC Mark Ellery", "Jan-27"],
        ["1.4", "Brief the teams.", "Di Reed, Head of Crime", "Feb-27"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["DCI Nadia Khan"],  # the rank kept, as a title is
        ["Det Supt Amy Cole"],
        ["ACC Priya Sandhu", "DCC Mark Ellery"],  # a ranked name after the comma: two
        # "Di" is a given name, never the rank DI: "Di Reed" as written, and since
        # hold-out 127 a full name then one person's post is that person
        ["Di Reed"],
    ]
    first = actions(plan)[0]
    assert first.fields["Lead (as written)"] == "DCI Nadia Khan, Head of Public Protection"


def test_a_key_row_of_an_abbreviation_a_post_and_a_name_resolves_to_the_person(
    tmp_path: Path,
) -> None:
    sheets = {
        "Improvement Plan": [
            ["Ref", "Action", "Exec lead", "Due"],
            ["1.1", "Staff a triage nurse.", "CNO", "31/10/2026"],
            ["1.2", "Report triage times.", "COO", "31/12/2026"],
            ["1.3", "Audit the training.", "DCFO", "31/01/2027"],
            ["1.4", "Review the rota.", "DPH", "28/02/2027"],
        ],
        "Key": [
            ["Abbreviation", "Post", "Name"],
            ["CNO", "Chief Nurse", "Helen Ward"],
            ["COO", "Chief Operating Officer", "Mark Ellison"],
            ["DCFO", "Deputy Chief Fire Officer", "Dr Sam Price"],
            ["DPH", "Director of Public Health", "Chief Officer Group"],
        ],
    }
    plan = plan_of(write_workbook(tmp_path, sheets))
    cno, coo, dcfo, dph = actions(plan)
    assert cno.leads == ["Helen Ward"]  # "Chief Nurse" does not spell CNO: the name does it
    assert coo.leads == ["Mark Ellison"]  # the post spells COO, but the key names its holder
    assert dcfo.leads == ["Dr Sam Price"]
    assert dph.leads == ["Director of Public Health"]  # a group, not a person: the post
    assert coo.fields["Exec lead (as written)"] == "COO"


def test_a_key_row_of_a_post_with_its_holder_in_brackets_resolves_to_the_holder(
    tmp_path: Path,
) -> None:
    """A trust's Key sheet writes each executive as "post (holder)" in one cell: the
    initials mean the holder, whether or not they spell the post (DG is no DDG)."""
    sheets = {
        "Action Plan": [
            ["Ref", "Action", "Executive lead", "Target date"],
            ["MD1.1", "Audit the triage standard operating procedure.", "DoN", "15/10/2026"],
            ["MD1.2", "Report triage times to the Quality Committee.", "DG", "30/11/2026"],
            ["MD1.3", "Recruit two triage nurses for the evening shift.", "MD", "31/12/2026"],
            ["MD1.4", "Review the rota for the ambulance handover area.", "COO", "31/01/2027"],
        ],
        "Key": [
            ["Initials", "Name / role"],
            ["DoN", "Director of Nursing (Nadia Rahman)"],
            ["DG", "Deputy Director of Governance (Owen Pryce)"],
            ["MD", "Medical Director (Dr Anil Kapoor)"],
            ["COO", "Chief Operating Officer (Gareth Lowe)"],
        ],
    }
    plan = plan_of(write_workbook(tmp_path, sheets))
    leads = [a.leads for a in actions(plan)]
    assert leads == [["Nadia Rahman"], ["Owen Pryce"], ["Dr Anil Kapoor"], ["Gareth Lowe"]]
    assert actions(plan)[1].fields["Executive lead (as written)"] == "DG"
    assert "Director of Nursing (Nadia Rahman)" in plan.notes  # the post, with the key


def test_a_key_of_initials_keeps_the_title_before_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Who", "By when"],
        ["1", "Train all staff in phonics.", "AC", "31/12/2026"],
        ["2", "Run keep-up sessions.", "DH/LW", "28/02/2027"],
        ["", "", "", ""],
        ["Key", "", "", ""],
        ["AC – Mrs Anna Clarke, Headteacher", "", "", ""],
        ["DH – Mr David Hughes, Deputy Headteacher", "", "", ""],
        ["LW = Miss Laura Wynn", "", "", ""],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Mrs Anna Clarke"]  # "AC": the title is no initial, but kept
    assert second.leads == ["Mr David Hughes", "Miss Laura Wynn"]


# Seen in hold-out 35 (these tests were in test_import_holdout35_people.py):
# Rules found on the thirty-fifth hold-out set (a GP practice's CQC plan whose
# responsible people are "Dr Ruth Adeyemi, GP Partner", and a SEND written statement of
# action whose leads are "LA: Jo Baines; ICB: Dr Imran Shah"): each on a small file of
# its own, written by the test.


def test_a_name_then_a_comma_and_a_partner_post_is_one_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Person responsible", "Due"],
        ["1", "Recall overdue monitoring.", "Dr Ruth Adeyemi, GP Partner", "Nov-26"],
        ["2", "Audit the cold chain.", "Kerry Bell, Lead Nurse", "Dec-26"],
        ["3", "Refresh the complaints leaflet.", "Sian Hughes, Practice Manager", "Jan-27"],
        ["4", "Review the payroll controls.", "Tom Birch, HR Business Partner", "Feb-27"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Dr Ruth Adeyemi"],
        ["Kerry Bell"],
        ["Sian Hughes"],
        ["Tom Birch"],
    ]
    # the post stays in the cell as written
    assert actions(plan)[0].fields["Person responsible (as written)"] == (
        "Dr Ruth Adeyemi, GP Partner"
    )


def test_a_titled_name_then_a_comma_and_a_post_is_one_person_in_any_column(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Recall overdue monitoring.", "Dr Ruth Adeyemi, GP Partner", "Nov-26"],
        ["2", "Hold the clinical meeting.", "Dr Ruth Adeyemi, Dr Sam Lee", "Dec-26"],
        ["3", "Agree the budget.", "Jane Smith, Tom Jones", "Jan-27"],
    ]
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Dr Ruth Adeyemi"]
    assert second.leads == ["Dr Ruth Adeyemi", "Dr Sam Lee"]  # a name after the comma
    assert third.leads == ["Jane Smith", "Tom Jones"]


# Seen in hold-out 127: a police force's tracker, its leads rank and name ("Ch Supt
# Andrew Pell") and, once, a civilian's name and post ("Jo Castell, Director of People").


def test_a_plain_name_then_a_comma_and_one_persons_post_is_one_person_alone(
    tmp_path: Path,
) -> None:
    rows = [
        ["ID", "Recommendation", "Force lead", "Target date"],
        ["7240", "Review the vetting backlog.", "Supt Gareth Lowe", "31/12/2026"],
        ["7242", "Audit the case files.", "Det Supt Helen Marr", "31/01/2027"],
        ["7243", "Refresh the wellbeing offer.", "Jo Castell, Director of People", "28/02/2027"],
        ["7244", "Agree the budget.", "Jane Smith, Tom Jones", "31/03/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # one cell so written among ranks and names: a comma parts two names, but a full
    # name then one person's post is that person, the post kept as written
    assert found[2].leads == ["Jo Castell"]
    assert found[2].fields["Force lead (as written)"] == "Jo Castell, Director of People"
    assert found[3].leads == ["Jane Smith", "Tom Jones"]


def test_a_surname_that_is_also_a_places_word_before_a_post_is_still_one_person(
    tmp_path: Path,
) -> None:
    # an audit tracker's officers, "Name, Post" on every row; "Ward" is a hospital's
    # word as often as a surname, but a ward holds no post: Helen Ward leads
    rows = [
        ["Ref", "Agreed action", "Responsible officer", "Target date"],
        ["1.1", "Reconcile the supplier file.", "Mark Dunne, Head of Finance", "31/03/2027"],
        ["1.2", "Test the continuity plan.", "Helen Ward, Director of Place", "31/03/2027"],
        ["1.3", "Review the ward rota.", "Beech Ward, Ward Manager", "31/03/2027"],
        ["1.4", "Agree the budget.", "Sam Hall, Tom Reid", "31/03/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert found[0].leads == ["Mark Dunne"]
    assert found[1].leads == ["Helen Ward"]
    assert found[1].fields["Responsible officer (as written)"] == "Helen Ward, Director of Place"
    # a ward's own post after its name names the unit, not a person called Beech Ward
    assert found[2].leads != ["Beech Ward"]
    assert found[3].leads == ["Sam Hall", "Tom Reid"]


# Left open by earlier sessions: a trust's leads written as the ward or unit, a comma, then
# its post ("Elm Ward, Matron"): the ward's matron, one lead as written, no one named Elm
# Ward. A given name before "Ward" is still a person ("Helen Ward, Director of Place").
def test_a_ward_or_unit_then_its_post_is_one_lead_as_written(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Audit the falls risk assessments.", "Elm Ward, Matron", "31/01/2027"],
        ["1.2", "Refresh the handover checklist.", "Cedar Unit, Ward Manager", "28/02/2027"],
        ["1.3", "Audit discharges.", "Maternity Service, Head of Midwifery", "31/03/2027"],
        ["1.4", "Check the resuscitation trolley log.", "Ward 7, Charge Nurse", "31/03/2027"],
        ["1.5", "Agree the estates budget.", "Helen Ward, Director of Place", "31/03/2027"],
        ["1.6", "Train the night staff.", "Jo Baines", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Elm Ward, Matron"],
        ["Cedar Unit, Ward Manager"],
        ["Maternity Service, Head of Midwifery"],
        ["Ward 7, Charge Nurse"],
        ["Helen Ward"],
        ["Jo Baines"],
    ]


# Seen by a second reader (session 28): a person surnamed Ward before a post no ward
# holds, and a team or department before a post held by many or another service's.
def test_a_surname_ward_or_a_team_before_a_post_is_no_unit_and_its_post(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1", "Refresh the falls policy", "Siobhan Ward, Director of Nursing", "31/03/2027"],
        ["2", "Review the staffing tool", "Aisha Ward, Head of Nursing", "31/03/2027"],
        ["3", "Refresh the safeguarding training", "Safeguarding Team, Ward Managers", "31/03/2027"],  # noqa: E501
        ["4", "Replace the gel dispensers", "Estates Department, Infection Control Nurse", "31/01/2027"],  # noqa: E501
        ["5", "Review behaviour policy", "Pastoral Team, Heads of Year", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Siobhan Ward"],
        ["Aisha Ward"],
        ["Safeguarding Team", "Ward Managers"],
        ["Estates Department", "Infection Control Nurse"],
        ["Pastoral Team", "Heads of Year"],
    ]


def test_a_team_before_or_after_the_comma_is_no_name_nor_post(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1", "Refresh the policy.", "Business Support, Team Manager", "31/03/2027"],
        ["2", "Launch the audit tool.", "Early Help, Head of Service", "30/04/2027"],
        ["3", "Recruit two social workers.", "Workforce Development, Lead Officer", "May 27"],
        ["4", "Train the managers.", "Jo Reid, Senior Leadership Team", "30/06/2027"],
        ["5", "Publish the report.", "Jo Reid, Amy Lee", "31/07/2027"],
        ["6", "Set up the panel.", "Corporate Parenting, Chair", "31/07/2027"],
        ["7", "Agree the budget.", "Kirsty Marsh, Deputy Director", "31/07/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # a team's name is no person's, and a team is no one person's post: both kept
    assert found[0].leads == ["Business Support", "Team Manager"]
    assert found[3].leads == ["Jo Reid", "Senior Leadership Team"]
    assert found[6].leads == ["Kirsty Marsh"]


def test_an_agency_label_before_a_colon_is_no_part_of_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead(s)", "Complete by"],
        ["1.1", "Add capacity to the SEND team.", "LA: Jo Baines", "Jul 27"],
        ["1.2", "Audit EHC plans monthly.", "LA: Jo Baines; ICB: Dr Imran Shah", "Mar 27"],
        ["1.3", "Co-produce the Local Offer.", "PCF: Amy Lee\nHealth: Sam Reid", "Apr 27"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Jo Baines"],
        ["Jo Baines", "Dr Imran Shah"],
        ["Amy Lee", "Sam Reid"],
    ]
    # the agency stays in the cell as written
    assert actions(plan)[1].fields["Lead(s) (as written)"] == "LA: Jo Baines; ICB: Dr Imran Shah"


# Seen in hold-out 90 (a SEND priority action plan): a shared lead written "Joint: …".
def test_a_label_before_names_parted_by_a_slash_is_no_part_of_the_first(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Complete by"],
        ["1.1", "Agree the commissioning plan.", "Joint: Karen Ellis / Dr Helen Marsh", "Mar 27"],
        ["1.2", "Audit EHC plans monthly.", "ICB: Tom Reid / Amy Lee", "Jun 27"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Karen Ellis", "Dr Helen Marsh"],
        ["Tom Reid", "Amy Lee"],
    ]
    assert actions(plan)[0].fields["Lead (as written)"] == "Joint: Karen Ellis / Dr Helen Marsh"


# Seen in hold-out 36 (these tests were in test_import_holdout36_asc_audit.py):
# Rules found on the thirty-sixth hold-out set (a council's plan after CQC's assessment
# of its adult social care, leads written "AD Operations (Tom Reid)"; an internal audit
# tracker whose comments open "Oct 26 follow-up: …"): each on a small file of its own,
# written by the test.


def test_a_posts_acronym_and_its_area_before_a_bracketed_name_is_the_holder(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Our action", "Lead", "Timescale"],
        ["1.1", "Set up a duty team.", "AD Operations (Tom Reid)", "31/03/2027"],
        ["1.2", "Clear the enquiry backlog.", "AD Safeguarding (Simon Moss)", "31/01/2027"],
        ["1.3", "Audit case files.", "Principal Social Worker (Priya Kaur)", "28/02/2027"],
        ["1.4", "Retrain the duty team.", "AD Operations (Tom Reid) / HoS Quality (Ann Lowe)", ""],
    ]
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Tom Reid"]
    assert second.leads == ["Simon Moss"]
    assert third.leads == ["Priya Kaur"]
    assert fourth.leads == ["Tom Reid", "Ann Lowe"]
    # the cell as written is kept beside the name read from it
    assert first.fields["Lead (as written)"] == "AD Operations (Tom Reid)"


# Seen in hold-out 37 (these tests were in test_import_holdout37_people.py):
# Rules found on the thirty-seventh hold-out set (a maternity service's plan after a
# CQC inspection, responsible people written "Digital Midwife (Laura Wynn)"; a school's
# post-Ofsted plan, leads written "Ms L Kerr (SENCo)"): each on a small file of its own,
# written by the test.


def test_a_clinical_or_school_post_before_a_bracketed_name_is_the_holder(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Launch the digital record.", "Digital Midwife (Laura Wynn)", "31/01/2027"],
        ["1.2", "Audit the wards.", "Clinical Psychologist (Mary Dunn)", "31/03/2027"],
        ["1.3", "Review the formulary.", "Ward Pharmacist (Omar Haddad)", "30/04/2027"],
        ["1.4", "Support new families.", "Health Visitor (Jo Price)", "30/04/2027"],
        ["1.5", "Plan the reading catch-up.", "Class Tutor (Ben Cole)", "31/05/2027"],
    ]
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    assert leads == [["Laura Wynn"], ["Mary Dunn"], ["Omar Haddad"], ["Jo Price"], ["Ben Cole"]]


def test_a_name_then_its_posts_short_form_in_brackets_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["2.1", "Review the SEN register.", "Ms L Kerr (SENCo)", "31/01/2027"],
        ["2.2", "Train the teaching assistants.", "Mr J Owusu (DHT)\nMs L Kerr (SENCo)", ""],
        ["2.3", "Map the provision.", "Ms L Kerr (SENDCo) / Mrs R Patel (HT)", ""],
        ["2.4", "Agree the new policy.", "Head of Learning (Acute)", ""],
    ]
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Ms L Kerr"]
    assert second.leads == ["Mr J Owusu", "Ms L Kerr"]
    assert third.leads == ["Ms L Kerr", "Mrs R Patel"]
    # a qualifier after a post is no short form of a post: it stays
    assert fourth.leads == ["Head of Learning (Acute)"]
    # the cell as written is kept beside the name read from it
    assert first.fields["Lead (as written)"] == "Ms L Kerr (SENCo)"


# Seen in hold-out 38 (these tests were in test_import_holdout38_rules.py):
# Rules found on the thirty-eighth hold-out set (a police force's inspection plan with a
# "Governance" column of boards and an "Open/Closed" column beside the RAG): each on a
# small file of its own, written by the test.


def test_an_agency_label_of_words_names_the_person_after_it(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead agency: lead officer", "Timescale"],
        ["2.1", "Map the pathway.", "Social care: Maria Costa", "March 2027"],
        [
            "2.2",
            "Train the teams.",
            "Health (ICB): Dr Lena Ross; Social care: Maria Costa",
            "May 2027",
        ],
        ["2.3", "Publish the offer.", "Local Authority (LA): Jo Baines", "June 2027"],
        ["2.4", "Write to parents.", "Please note: Karen Thomas", "July 2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Maria Costa"],
        ["Dr Lena Ross", "Maria Costa"],
        ["Jo Baines"],
        ["Please note: Karen Thomas"],  # a remark's label labels no body
    ]
    assert actions(plan)[0].fields["Lead agency: lead officer (as written)"] == (
        "Social care: Maria Costa"
    )


def test_a_key_of_code_holder_and_post_names_the_holder(tmp_path: Path) -> None:
    rows = [
        ["Ref", "What we will do", "Who", "When"],
        ["1a", "Train all staff in phonics.", "RL", "02/11/2026"],
        ["1b", "Report to governors.", "HT", "22/03/2027"],
        ["2a", "Rewrite the curriculum maps.", "DHT", "04/01/2027"],
        ["2b", "Adapt the maps for pupils with SEND.", "SENCo", "19/04/2027"],
        [],
        ["Key to staff"],
        ["HT = Joanne Patel (Headteacher)"],
        ["DHT = Ravi Kumar (Deputy Headteacher)"],
        ["SENCo = Ellie Ward (SENCo)"],
        ["RL = Ben Ashford (Reading Lead)"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # the key names who holds each post, the name first: the lead is that person
    assert [a.leads for a in found] == [
        ["Ben Ashford"],
        ["Joanne Patel"],
        ["Ravi Kumar"],
        ["Ellie Ward"],
    ]
    assert found[0].fields["Who (as written)"] == "RL"


def test_two_keyed_codes_joined_by_a_slash_are_two_people(tmp_path: Path) -> None:
    rows = [
        ["Ref", "What we will do", "Who", "When"],
        ["3a", "Meet the families.", "HT", "05/10/2026"],
        ["3b", "Start a breakfast club.", "HT/SENCo", "07/12/2026"],
        ["3c", "Run a nurture group.", "SENCo & HT", "07/12/2026"],
        [],
        ["HT = Joanne Patel (Headteacher)"],
        ["SENCo = Ellie Ward (SENCo)"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # "SENCo" alone reads as a post, but the key names the holder of each code
    assert [a.leads for a in found] == [
        ["Joanne Patel"],
        ["Joanne Patel", "Ellie Ward"],
        ["Ellie Ward", "Joanne Patel"],
    ]
    assert found[1].fields["Who (as written)"] == "HT/SENCo"


def test_a_post_with_keyed_initials_in_brackets_is_their_holder(tmp_path: Path) -> None:
    rows = [
        ["Staff key: AC = Mrs Anna Clarke; JT = Mr James Turner; RH = Mrs Rachel Hughes."],
        [],
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.1", "Introduce daily number fluency sessions.", "Maths lead (JT)", "31/12/2026"],
        ["1.2", "Match reading books.", "Maths lead (JT) / SENCo (RH)", "28/02/2027"],
        ["1.3", "Report to governors each term.", "Headteacher (AC)", "31/07/2027"],
        ["1.4", "Review the curriculum map.", "Director of Nursing (Acute)", "31/07/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the key gives the initials to a person: the bracket says who holds the post
    assert [a.leads for a in found] == [
        ["Mr James Turner"],
        ["Mr James Turner", "Mrs Rachel Hughes"],
        ["Mrs Anna Clarke"],
        ["Director of Nursing (Acute)"],
    ]
    assert found[0].fields["Lead (as written)"] == "Maths lead (JT)"


# Seen in hold-out 39 (these tests were in test_import_holdout39_rules.py):
# Rules found on the thirty-ninth hold-out set (a children's home's Ofsted plan keying
# owners as "RM = Registered Manager (Dawn Pike)"; a youth justice plan writing leads as a
# name then a body or post in brackets, with a "Done" column of ticks): each on a small
# file of its own, written by the test.


def test_a_key_of_code_post_and_holder_names_the_holder(tmp_path: Path) -> None:
    rows = [
        ["Key to owners: RM = Registered Manager (Dawn Pike); DM = Deputy Manager (Tom Reyes); "
         "DCS = Director of Children's Services"],
        [],
        ["No.", "Action to be taken", "Owner", "Target date"],
        ["6a", "Review every placement plan.", "RM", "30/11/2026"],
        ["6b", "Hold a weekly house meeting.", "DM / RM", "31/10/2026"],
        ["6c", "Report to the council.", "DCS", "31/12/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the key says who holds each post: RM is Dawn Pike; a post with no holder stays the post
    assert [a.leads for a in found] == [
        ["Dawn Pike"],
        ["Tom Reyes", "Dawn Pike"],
        ["Director of Children's Services"],
    ]


def test_every_code_of_a_key_line_names_its_holder(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Support", "By when"],
        ["1.1", "Audit the reading books.", "HoT", "Reading Lead", "31/10/2026"],
        ["1.2", "Start a nurture group.", "SENCo & DHT", "Class teachers", "30/11/2026"],
        ["1.3", "Meet the families.", "DHT/HoT", "CoGB", "31/12/2026"],
        [],
        ["Key to leads: HoT = Head of Teaching (Mrs Jo Marsh); DHT = Deputy Headteacher "
         "(Mr Ravi Kumar); SENCo = SEN Coordinator (Ms Ellie Ward); CoGB = Chair of the "
         "Governing Board (Cllr Sam Reid); TA = Teaching Assistant"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # each code the one line spells out is the holder in its brackets, not only the first
    assert [a.leads for a in found] == [
        ["Mrs Jo Marsh"],
        ["Ms Ellie Ward", "Mr Ravi Kumar"],
        ["Mr Ravi Kumar", "Mrs Jo Marsh"],
    ]
    assert found[2].responsible == ["Cllr Sam Reid"]
    assert found[1].fields["Lead (as written)"] == "SENCo & DHT"


def test_a_key_line_post_with_a_comma_still_names_its_holder(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "By when"],
        ["1.1", "Audit every child in need plan.", "ADSC", "31/12/2026"],
        ["1.2", "Publish the practice dashboard.", "ADQ", "31/01/2027"],
        ["1.3", "Refresh the supervision policy.", "DCS / ADSC", "28/02/2027"],
        [],
        ["Key to leads: DCS – Director of Children's Services (Rebecca Stainton); ADSC – "
         "Assistant Director, Social Care (Marcus Fenn); ADQ – Assistant Director, Quality "
         "and Performance (Yasmin Choudhury); PSW – Principal Social Worker (Owen Gallagher)"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a comma inside a post ("Assistant Director, Social Care") does not end its definition
    assert [a.leads for a in found] == [
        ["Marcus Fenn"],
        ["Yasmin Choudhury"],
        ["Rebecca Stainton", "Marcus Fenn"],
    ]
    assert found[0].fields["Lead (as written)"] == "ADSC"


def test_a_keyed_code_with_its_portfolio_in_brackets_is_the_post_with_it(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Accountable", "Responsible officer", "Target date"],
        ["R-01", "Review the crewing model.", "ACOO (Protection)", "WM Lee Hart", "31/12/2026"],
        ["R-02", "Refresh the risk register.", "ACOO", "WM Lee Hart", "31/01/2027"],
        [],
        ["Key: ACOO – Assistant Chief Operating Officer; WM – Watch Manager"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the key spells the code out; the bracket is the post's portfolio and stays with it
    assert [a.leads for a in found] == [
        ["Assistant Chief Operating Officer (Protection)"],
        ["Assistant Chief Operating Officer"],
    ]
    assert found[0].fields["Accountable (as written)"] == "ACOO (Protection)"


def test_a_post_code_with_its_remit_in_brackets_keeps_the_remit(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Test the flood pumps.", "GM (Rescue)", "31/12/2026"],
        ["2", "Refresh the budget.", "PK (Finance)", "31/01/2027"],
        ["3", "Audit the EHC plans.", "RT (SENDCo)", "28/02/2027"],
        ["4", "Sign off the report.", "Omar Diaz (OD)", "31/03/2027"],
        ["5", "Staff the nursery.", "PK (Nursery)", "31/03/2027"],
        [],
        ["Key: PK – Priya Kapoor; RT – Rob Tate"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a code no key gives a person is a post, its remit kept with it, never dropped as
    # the post of a person the capitals would be the initials of
    assert [a.leads for a in found] == [
        ["GM (Rescue)"],
        ["Priya Kapoor"],  # the key's person, where she works in brackets
        ["Rob Tate"],  # a post's short form in brackets is the person's post
        ["Omar Diaz"],  # a name with its own initials
        ["Priya Kapoor"],  # the class or phase she teaches
    ]


def test_a_post_code_keeps_a_remit_of_two_words_as_it_keeps_one(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Review the crewing model.", "SM (Operational Readiness)", "31/12/2026"],
        ["2", "Test the fleet's radios.", "WM (Technical Support)", "31/01/2027"],
        ["3", "Agree the cover rota.", "GM (Regional Cover)", "28/02/2027"],
        ["4", "Rehearse the flood plan.", "AM (Flooding)", "28/02/2027"],
        ["5", "Publish the risk plan.", "ACO (Strategic Planning)", "31/03/2027"],
        ["6", "Train the new crews.", "DM (Tariq Holt)", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the post and the work it covers, however many words the remit runs to: no one
    # called "Operational Readiness" leads the action, and the station manager is kept
    assert [a.leads for a in found] == [
        ["SM (Operational Readiness)"],
        ["WM (Technical Support)"],
        ["GM (Regional Cover)"],
        ["AM (Flooding)"],
        ["ACO (Strategic Planning)"],
        ["Tariq Holt"],  # a person's name in brackets is still who holds the post
    ]


def test_a_fire_rank_with_its_remit_is_a_post_and_no_unknown_person(tmp_path: Path) -> None:
    """ADO (Assistant Divisional Officer), a fire service's older rank, is written as GM,
    SM or DCI are: with its remit in brackets it is the post, one lead as written, never
    the holder "Urban Response" nor a person whose initials ADO would be; before a full
    name it is the rank, kept with the name as "GM Dale Hurst" keeps his."""
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Review the crewing of the rescue pumps.", "ADO (Urban Response)", "31/12/2026"],
        ["2", "Test the flood pumps.", "GM (Urban Response)", "31/01/2027"],
        ["3", "Agree the cover rota.", "ADO Rob Hale", "28/02/2027"],
        ["4", "Refresh the control room's procedures.", "SDO (Fire Control)", "28/02/2027"],
        ["5", "Publish the risk plan.", "WM (Tariq Holt)", "31/03/2027"],
    ]  # fmt: skip
    path = write(tmp_path, rows)
    found = actions(plan_of(path))
    assert [a.leads for a in found] == [
        ["ADO (Urban Response)"],
        ["GM (Urban Response)"],
        ["ADO Rob Hale"],
        ["SDO (Fire Control)"],
        ["Tariq Holt"],  # a person's name in brackets is still who holds the post
    ]
    assert not any("known name" in w for w in load(path, OPTIONS).warnings)


def test_a_name_then_a_body_or_post_in_brackets_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit assessments.", "Sam Ortiz (YJS)", "31/12/2026"],
        ["1.2", "Agree an intelligence protocol.", "Priya Nair (Police)", "31/01/2027"],
        ["1.3", "Review the board's terms.", "Gareth Bowen (Board chair)", "31/01/2027"],
        ["1.4", "Track school attendance.", "Priya Nair (Education)", "31/03/2027"],
        ["1.5", "Add a diversity section.", "Tess Ward (YJS)", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the bracket says where the person sits or what they hold: the lead is the person
    assert [a.leads for a in found] == [
        ["Sam Ortiz"],
        ["Priya Nair"],
        ["Gareth Bowen"],
        ["Priya Nair"],
        ["Tess Ward"],
    ]


def test_a_name_then_the_site_service_they_sit_in_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Fit window restrictors.", "Owen Pryce (Maintenance)", "31/10/2026"],
        ["1.2", "Review falls assessments.", "Grace Mensah (Clinical Lead)", "31/10/2026"],
        ["1.3", "Update the staff files.", "HR Administrator", "30/11/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a home's maintenance team is where the person sits, as a post would be: one habit
    assert [a.leads for a in found] == [["Owen Pryce"], ["Grace Mensah"], ["HR Administrator"]]


def test_a_post_with_a_qualifier_stays_whole_beside_names_with_bodies(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Agree an intelligence protocol.", "Priya Nair (Police)", "31/01/2027"],
        ["1.2", "Train all nurses.", "Director of Nursing (Acute)", "31/01/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Priya Nair (Police)"], ["Director of Nursing (Acute)"]]


# Seen in hold-out 42 (these tests were in test_import_holdout42_rules.py):
# Rules found on the forty-second hold-out set (a written statement of action writing
# leads as "Jo Baines, AD SEND (LA)"; a mental health trust's plan whose banners read
# "Must-do 1 (acute wards): The trust must …"): each on a small file of its own, written
# by the test.


def test_a_name_then_a_posts_acronym_and_area_after_a_comma_is_the_person(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.1", "Set a plan quality standard.", "Jo Baines, AD SEND (LA)", "31/12/2026"],
        ["1.2", "Audit 30 plans.", "Mark Keane, Head of Inclusion (LA)", "31/01/2027"],
        ["1.3", "Agree advice times.", "Dr Lena Ross, Designated Clinical Officer (ICB)", ""],
        ["1.4", "Review annual reviews.", "Jo Baines, AD SEND (LA)", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the comma says what the person does: "AD SEND" is her post, not a second lead
    assert [a.leads for a in found] == [
        ["Jo Baines"],
        ["Mark Keane"],
        ["Dr Lena Ross"],
        ["Jo Baines"],
    ]
    assert found[0].fields["Lead (as written)"] == "Jo Baines, AD SEND (LA)"


def test_an_initial_and_surname_then_a_posts_acronym_and_area_is_one_person(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.1", "Set a plan quality standard.", "J. Baines, AD SEND (LA)", "31/12/2026"],
        ["1.2", "Audit 30 plans.", "J. Baines, JB", "31/01/2027"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["J. Baines"]
    # an acronym alone after the comma may be someone's initials: two leads as ever
    assert second.leads == ["J. Baines", "JB"]


# Seen in hold-out 44 (these tests were in test_import_holdout44_school.py):
# Rules found on the forty-fourth hold-out set (a school's post-Ofsted plan, staff
# leads written "OG – Owen Grant", progress a number on a key printed above the table):
# each on a small file of its own, written by the test.


def test_initials_a_dash_and_the_name_they_fit_name_the_person(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Staff lead", "By when"],
        ["1a", "Map the curriculum.", "OG – Owen Grant", "31/01/2027"],
        ["1b", "Train the staff.", "Lucy Bell - LB", "31/03/2027"],
        ["1c", "Review the fleet.", "JB – Fleet Services", "31/03/2027"],
    ]
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Owen Grant"]
    assert second.leads == ["Lucy Bell"]
    # a dash before words the initials do not name is no definition: kept as written
    assert third.leads == ["JB – Fleet Services"]
    # the cell as written is kept beside the name read from it
    assert first.fields["Staff lead (as written)"] == "OG – Owen Grant"


# Seen in hold-out 45 (these tests were in test_import_holdout45_rules.py):
# Rules found on the forty-fifth hold-out set (a council's CQC adult social care plan
# whose leads are "Head of Commissioning: Sara Khan", an auditor's follow-up whose
# officers carry a phone extension, a SEND written statement of action and a fire
# service's "Position @ 12/11/26" updates): each on a small file of its own, written by
# the test.


def test_a_post_then_a_colon_then_a_name_names_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Clear the waiting list.", "AD Operations: Mark Ellis", "Mar 27"],
        ["2", "Expand reablement.", "Head of Commissioning: Sara Khan", "Apr 27"],
        ["3", "Publish easy-read leaflets.", "Head of Quality and Performance: Ruth Bell", ""],
        ["4", "Train staff.", "Principal Social Worker: Leon Tate", "Feb 27"],
        ["5", "Review the register.", "Head of Commissioning: Update due", "Feb 27"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)][:4] == [
        ["Mark Ellis"],
        ["Sara Khan"],
        ["Ruth Bell"],
        ["Leon Tate"],
    ]
    # no name after the colon: the cell is read as ever, not cut to a remark
    assert actions(plan)[4].leads != ["Update due"]
    # the post stays in the cell as written
    assert actions(plan)[1].fields["Lead (as written)"] == "Head of Commissioning: Sara Khan"


def test_a_phone_extension_in_brackets_is_no_part_of_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Recommendation", "Responsible officer", "Agreed date"],
        ["R-1", "Reconcile the asset register.", "Dan Rhodes (ext. 4471)", "31/03/2027"],
        ["R-2", "Refresh the fraud policy.", "Lisa Moore (01632 960123)", "30/04/2027"],
        ["R-3", "Test the payroll controls.", "Peter Barr (x4218); Dan Rhodes", "31/05/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Dan Rhodes"],
        ["Lisa Moore"],
        ["Peter Barr", "Dan Rhodes"],
    ]
    # the extension stays in the cell as written
    assert actions(plan)[0].fields["Responsible officer (as written)"] == "Dan Rhodes (ext. 4471)"


def test_a_phone_extension_without_brackets_is_no_part_of_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead officer", "Target date"],
        ["1.1", "Complete the stock condition surveys.", "Tom Hale x4412", "31/03/2027"],
        ["1.2", "Clear the fire risk actions.", "Chris Foulkes ext 4127", "31/12/2026"],
        ["1.3", "Agree a damp policy.", "Tom Hale ext. 4412; Amy Lee x4630", "31/10/2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Tom Hale"],
        ["Chris Foulkes"],
        ["Tom Hale", "Amy Lee"],
    ]
    # the extension stays in the cell as written
    assert actions(plan)[0].fields["Lead officer (as written)"] == "Tom Hale x4412"


# Seen in hold-out 145 (a university's QAA review plan): an "Acronyms" row of
# definitions one a cell, "ARO: Academic Registry Office" | "QEO: Quality Enhancement
# Office", read as one line: the next short form is no word of the name before it.


def test_definitions_side_by_side_in_a_key_row_each_define_one(tmp_path: Path) -> None:
    rows = [
        ["Acronyms", "", "", ""],
        ["ARO: Academic Registry Office", "QEO: Quality Enhancement Office",
         "HR: Human Resources", "FBS: Faculty of Business Studies"],
        ["", "", "", ""],
        ["Ref", "Action", "Responsible Department", "Status"],
        ["1", "Publish a prior learning policy.", "ARO", "Ongoing"],
        ["2", "Train admissions staff.", "ARO, HR", "Not Started"],
        ["3", "Build a register of external advisers.", "QEO", "In Progress"],
        ["4", "Brief programme teams.", "FBS", "Not Started"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Academic Registry Office"],
        ["Academic Registry Office", "Human Resources"],
        ["Quality Enhancement Office"],
        ["Faculty of Business Studies"],
    ]


def test_an_email_address_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Recommendation", "Responsible officer", "Agreed date"],
        ["R-1", "Reconcile the asset register.", "Amy Lee (amy.lee@council.gov.uk)", "31/03/2027"],
        ["R-2", "Refresh the fraud policy.", "Tom Bell, t.bell@council.gov.uk", "30/04/2027"],
        [
            "R-3",
            "Test the payroll controls.",
            "Ravi Shah ravi@council.gov.uk; Amy Lee",
            "31/05/2027",
        ],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [["Amy Lee"], ["Tom Bell"], ["Ravi Shah", "Amy Lee"]]
    # the address stays in the cell as written
    written = actions(plan)[0].fields["Responsible officer (as written)"]
    assert written == "Amy Lee (amy.lee@council.gov.uk)"


# Seen in hold-out 46 (these tests were in test_import_holdout46_people.py):
# Rules found on the forty-sixth hold-out set: leads written as a full name, a comma
# and the post, two such joined by "; ". On a small file written by the test.


def test_names_with_posts_joined_by_semicolons_are_the_people_named(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead officer", "Target"],
        ["1a", "Hold two member workshops.", "Mark Ellis, Chief Executive", "31/12/2026"],
        ["1b", "Align every service plan.",
         "Mark Ellis, Chief Executive; Helen Grant, Director of Place", "31/05/2027"],
        ["2a", "Review the budget.", "Priya Nair, Director of Resources\nTom Kerr",
         "31/03/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    got = [(a.leads, a.fields.get("Lead officer (as written)")) for a in actions(plan)]
    # each post says what its person does, no second lead; the cell as written is kept
    assert got == [
        (["Mark Ellis"], "Mark Ellis, Chief Executive"),
        (["Mark Ellis", "Helen Grant"],
         "Mark Ellis, Chief Executive; Helen Grant, Director of Place"),
        (["Priya Nair", "Tom Kerr"], "Priya Nair, Director of Resources\nTom Kerr"),
    ]  # fmt: skip


def test_a_second_name_after_the_comma_still_splits_a_semicolon_cell(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Deadline"],
        ["1.1", "Load the planner.", "Jane Smith, Tom Jones; Jo Baines, Fleet Services",
         "30/09/2026"],
        ["1.2", "Train every driver.", "Jo Baines, Fleet Services", "31/10/2026"],
    ]  # fmt: skip
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    # a name after a comma makes the column a list, as in one part so in the other
    assert leads[0] == ["Jane Smith", "Tom Jones", "Jo Baines", "Fleet Services"]


# Seen in hold-out 49: leads written with their pronouns in brackets.


def test_pronouns_in_brackets_are_no_part_of_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit supervision.", "Karen Lowe (she/her)", "31/03/2027"],
        ["2", "Refresh the offer.", "Tom Birch (he/him); Sam Reid (they/them)", "30/04/2027"],
        ["3", "Train the staff.", "Amina Yusuf (she/they)", "31/05/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Karen Lowe"],
        ["Tom Birch", "Sam Reid"],
        ["Amina Yusuf"],
    ]
    # the pronouns stay in the cell as written
    assert actions(plan)[0].fields["Lead (as written)"] == "Karen Lowe (she/her)"


# Seen in hold-out 57: an ICB's audit tracker naming each lead with their NHS pay band.


def test_a_pay_band_or_grade_in_brackets_is_no_part_of_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit supervision.", "Jane Hall (Band 8b)", "31/03/2027"],
        ["2", "Refresh the offer.", "Tom Bell (Grade 7); Amy Lee (SO1)", "30/04/2027"],
        ["3", "Train the staff.", "Director of Nursing (Band 9)", "31/05/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Jane Hall"],
        ["Tom Bell", "Amy Lee"],
        ["Director of Nursing (Band 9)"],  # a post's bracket is no name's to drop
    ]
    # the band stays in the cell as written
    assert actions(plan)[0].fields["Lead (as written)"] == "Jane Hall (Band 8b)"


# Seen in hold-out 61: owners written "name / post" in an ICO audit plan.


def test_a_name_a_slash_and_a_post_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Due"],
        ["A1", "Review retention.", "Tom Bell / Records Manager", "31/03/2027"],
        ["A2", "Patch the servers.", "Tom Bell / Records Manager; Raj Patel / Head of ICT", ""],
        ["A3", "Refresh the policy.", "Head of HR / Records Manager", "31/05/2027"],
        ["A4", "Train the staff.", "Jane Smith / Raj Patel", "30/06/2027"],
        ["A5", "Audit the files.", "Rheolwr Sicrwydd Ansawdd / Quality Assurance Manager", ""],
        ["A6", "Report.", "Prif Weithredwr Cynorthwyol / Assistant Chief Executive", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Tom Bell"],
        ["Tom Bell", "Raj Patel"],
        ["Head of HR / Records Manager"],  # two posts stay whole
        ["Jane Smith", "Raj Patel"],
        ["Rheolwr Sicrwydd Ansawdd / Quality Assurance Manager"],  # a post in Welsh too
        ["Prif Weithredwr Cynorthwyol / Assistant Chief Executive"],
    ]
    # the post stays in the cell as written
    assert actions(plan)[0].fields["Owner (as written)"] == "Tom Bell / Records Manager"


# Seen in hold-out 251: a Welsh care home's plan with every cell in Welsh and English,
# the Welsh line over the English one, and the provider's statutory post written
# "Unigolyn Cyfrifol / Responsible Individual".


def test_a_column_of_posts_in_two_languages_leads_one_post_a_cell(tmp_path: Path) -> None:
    """Each cell is one post written twice, never two leads a line each, nor the Welsh
    post ("Unigolyn Cyfrifol", shaped like a name) read as a person."""
    rm, dm = "Rheolwr Cofrestredig\nRegistered Manager", "Dirprwy Reolwr\nDeputy Manager"
    ri = "Unigolyn Cyfrifol / Responsible Individual"
    rows = [
        ["Cyf / Ref", "Cam gweithredu / Action", "Cyfrifoldeb / Responsibility"],
        ["1", "Adolygu pob cynllun.\nReview every plan.", rm],
        ["2", "Gosod dyddiadau.\nSet the dates.", dm],
        ["3", "Archwilio sampl.\nAudit a sample.", ri],
        ["4", "Hyfforddi staff.\nTrain staff.", rm],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [[rm], [dm], [ri], [rm]]


def test_names_or_english_posts_paired_in_every_cell_are_read_as_ever(tmp_path: Path) -> None:
    """A name over its post, or two English posts sharing their words, in every cell of
    a column headed in two languages is no post in two languages: the person, or both
    posts, lead as before; nor two posts a cell under an English header."""
    named = [["Tom Bell / Records Manager"], ["Jo Hart / Finance Manager"]]
    joint = [["Head of HR\nRecords Manager"], ["Head of Finance\nFinance Manager"]]
    apart = [["Head of HR\nRecords Manager"], ["Head of Audit\nData Manager"]]
    for header, cells, leads in (
        ("Cyfrifoldeb / Responsibility", named, [["Tom Bell"], ["Jo Hart"]]),
        (
            "Cyfrifoldeb / Responsibility",
            joint,
            [["Head of HR", "Records Manager"], ["Head of Finance", "Finance Manager"]],
        ),
        ("Lead", apart, [["Head of HR", "Records Manager"], ["Head of Audit", "Data Manager"]]),
    ):
        rows = [["Ref", "Action", header]]
        rows += [[str(i), f"Do task {i}.", cell[0]] for i, cell in enumerate(cells, 1)]
        plan = plan_of(write(tmp_path, rows))
        assert [a.leads for a in actions(plan)] == leads


# Seen in hold-out 62: a Welsh notice's leads, "Rhodri ap Iorwerth & Siân Pugh".


def test_names_with_a_particle_joined_by_an_ampersand_are_two_people(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit the rota.", "Rhodri ap Iorwerth & Siân Pugh", "31/03/2027"],
        ["2", "Refresh the policy.", "Dafydd ab Owain", "30/04/2027"],
        ["3", "Train the staff.", "Head of Learning & Development", "31/05/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Rhodri ap Iorwerth", "Siân Pugh"],
        ["Dafydd ab Owain"],
        ["Head of Learning & Development"],
    ]


# Seen in hold-outs 59 and 61: leads written with their professional letters after
# the name.


def test_letters_after_a_name_are_no_part_of_it(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit triage.", "Kate Ellis RGN", "31/03/2027"],
        ["2", "Refresh the offer.", "Dr Helen Ward FRCOG / Tom Hale MSc RGN", "30/04/2027"],
        ["3", "Test the alarms.", "Mark Bishop TechIOSH; Gail Rhodes MIFireE", "31/05/2027"],
        ["4", "Train the staff.", "Sarah McLeod", "30/06/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Kate Ellis"],
        ["Dr Helen Ward", "Tom Hale"],  # Ward may be a place, here a surname
        ["Mark Bishop", "Gail Rhodes"],
        ["Sarah McLeod"],  # a surname with an inner capital is no letters
    ]
    # the letters stay in the cell as written
    assert actions(plan)[0].fields["Lead (as written)"] == "Kate Ellis RGN"


# Seen in hold-out 112: a DHR action plan's "Lead Agency" column, the ICB written with
# its place's two words before it.


def test_a_place_then_a_bodys_initials_is_one_body(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead Agency", "Due"],
        ["1", "Extend the training offer.", "Dene Valley ICB", "31/03/2027"],
        ["2", "Review the protocol.", "Wessex Police and Dene Valley CCG", "30/04/2027"],
        ["3", "Audit the records.", "Harcombe District Council", "31/05/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Dene Valley ICB"],
        ["Wessex Police", "Dene Valley CCG"],
        ["Harcombe District Council"],
    ]
    assert names_a_person("Dene Valley ICB") is False


# Seen in hold-outs 49, 50 and 52: leads written with their agency or service beside the
# name, after a spaced dash either way round or in square brackets before it.


def test_an_agency_beside_a_name_after_a_dash_or_in_square_brackets_is_no_part_of_it(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit EHC plans.", "LA – Jo Baines; Health – Dr Imran Shah", "31/03/2027"],
        ["2", "Refresh the offer.", "Jo Baines – LA", "30/04/2027"],
        ["3", "Test payroll.", "Tom Birch - HR", "31/05/2027"],
        ["4", "Share the data.", "[LA] Jo Baines\n[Police] DI Sarah Lund", "30/06/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Jo Baines", "Dr Imran Shah"],
        ["Jo Baines"],
        ["Tom Birch"],
        ["Jo Baines", "DI Sarah Lund"],
    ]
    # the agency stays in the cell as written
    assert actions(plan)[2].fields["Lead (as written)"] == "Tom Birch - HR"


def test_a_service_in_square_brackets_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Reconcile the accounts.", "Amy Lee [Revenues]", "31/03/2027"],
        ["2", "Test payroll.", "Priya Shah [Payroll]; Tom Bell [HR]", "30/04/2027"],
        ["3", "Refresh the policy.", "Head of HR [Corporate]", "31/05/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Amy Lee"],
        ["Priya Shah", "Tom Bell"],
        ["Head of HR [Corporate]"],  # after a post the bracket stays
    ]
    # the service stays in the cell as written
    assert actions(plan)[0].fields["Lead (as written)"] == "Amy Lee [Revenues]"


def test_a_word_after_a_dash_that_may_be_a_surname_stays_with_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit EHC plans.", "Jo Baines - Smith", "31/03/2027"],
        ["2", "Refresh the offer.", "Tom Birch", "30/04/2027"],
    ]
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    assert leads[0] != ["Jo Baines"]


# Seen in hold-outs 50 and 52: a post with its team in brackets, a dash, then its holder.


def test_a_post_with_its_team_in_brackets_then_a_dash_names_the_holder(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit the cases.", "Service Manager (Prevention) – Leanne Ford", "31/03/2027"],
        ["2", "Screen for need.", "Speech and Language Therapist (Health) – Omar Haddad",
         "30/04/2027"],
        ["3", "Visit the academy.", "Trust SIP – Mark Dean", "31/05/2027"],
        ["4", "Check the quality.", "Service Manager (Prevention) - Quality", "30/06/2027"],
    ]  # fmt: skip
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    assert leads[:3] == [["Leanne Ford"], ["Omar Haddad"], ["Mark Dean"]]
    # neither side a name: the post stays whole
    assert leads[3] == ["Service Manager (Prevention) - Quality"]


# Seen in hold-out 52: a school's staff written with the class or phase they teach.


def test_a_class_or_phase_in_brackets_after_a_name_is_no_part_of_it(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1a", "Model phonics daily.", "Miss Clare Doyle (Y2)", "31/03/2027"],
        ["1b", "Moderate the writing.", "Mr Tom Hughes (Y6); Ms Jo Reid (Year 5/6)", "30/04/2027"],
        ["1c", "Plan the outdoor area.", "Mrs Anita Kaur (EYFS)", "31/05/2027"],
        ["1d", "Lead the review.", "Mrs Anna Lyle (HoS)", "30/06/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Miss Clare Doyle"],
        ["Mr Tom Hughes", "Ms Jo Reid"],
        ["Mrs Anita Kaur"],
        ["Mrs Anna Lyle"],
    ]
    # the class stays in the cell as written
    assert actions(plan)[0].fields["Lead (as written)"] == "Miss Clare Doyle (Y2)"


# Seen in hold-out 49: people written as an initial, a full stop and the surname.


def test_initials_dotted_onto_surnames_joined_by_a_slash_are_two_people(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Finding", "Owner", "Due"],
        ["R1", "Reconcile the ledger.", "M.Hale / S.Tate", "31/03/2027"],
        ["R2", "Review access rights.", "S.Tate", "30/04/2027"],
        ["R3", "Refresh the policy.", "Head of Learning & Development", "31/05/2027"],
    ]
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    assert leads == [["M.Hale", "S.Tate"], ["S.Tate"], ["Head of Learning & Development"]]


# Seen in hold-out 56: an area for improvement's heading row carries its owner.
def test_the_owner_on_a_heading_row_leads_the_actions_under_it(tmp_path: Path) -> None:
    plan = headings_with_owner_and_date(tmp_path)
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "The service should target its prevention work."),
        ("2", "The service should learn from incidents."),
    ]
    assert [(a.ref, a.leads) for a in actions(plan)] == [
        ("1.1", ["AM Lisa Ward"]),
        ("1.2", ["AM Lisa Ward"]),
        ("2.1", ["GM Paul Reid"]),
    ]


# Seen in hold-out 61: a GP practice writes its leads and its key's initials with full stops.
def test_dotted_initials_are_the_people_the_key_names(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead", "Target date"],
        ["1.1", "Recall patients overdue monitoring.", "A.B.", "31/10/2026"],
        ["1.2", "Run the search monthly.", "A.B. / C.D", "31/12/2026"],
        ["1.3", "Log the fridge temperatures.", "J.R. Smith", "30/09/2026"],
        [],
        ["Key: A.B. = Dr Amy Bell (GP Partner); C.D. = Carl Dunn (Lead Nurse)"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # "A.B." is AB written with full stops; before a surname they are a name's initials
    assert [a.leads for a in found] == [
        ["Dr Amy Bell"],
        ["Dr Amy Bell", "Carl Dunn"],
        ["J.R. Smith"],
    ]


# Seen in hold-out 60: an address book's "Ellis, Mark (Place)", two joined by "; ".
def test_an_outlook_name_is_the_surname_first_name_without_its_directorate(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead officer", "Target"],
        ["1.1", "Refresh the corporate plan.", "Akhtar, Jamal (Chief Executive's Office)", "Q4"],
        ["1.2", "Set up a residents' panel.", "Ellis, Mark (Place); Kaur, Ruby (HR & OD)", "Q3"],
        ["1.3", "Publish the budget.", "Grant, Helen", "Q2"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Akhtar, Jamal"],
        ["Ellis, Mark", "Kaur, Ruby"],
        ["Grant, Helen"],
    ]
    # the directorate stays in the cell as written
    assert found[1].fields["Lead officer (as written)"] == rows[2][2]


# Seen in hold-out 137: NHSmail's directory form, the surname in capitals and the
# organisation in capitals in brackets, pasted into an owner cell.
def test_a_directory_name_in_capitals_is_one_person_wherever_it_stands(
    tmp_path: Path,
) -> None:
    trust = "(WESTBRIDGE HOSPITALS NHS FOUNDATION TRUST)"
    rows = [
        ["Ref", "Action", "Owner", "Due date"],
        ["1.1", "Introduce a triage system.", f"HOLT, Karen {trust}", "31/10/2026"],
        ["1.2", "Staff the triage unit.", f"HOLT, Karen {trust}; PATEL, Divya {trust}", "Q3"],
        ["1.3", "Report to the board.", "Head of Midwifery", "Q4"],
        ["1.4", "Recruit a lead.", "Jo Castell, Director of People", "Q4"],
        ["1.5", "Share the learning.", "Business Support, Team Manager", "Q4"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["HOLT, Karen"],
        ["HOLT, Karen", "PATEL, Divya"],
        ["Head of Midwifery"],
        ["Jo Castell"],
        ["Business Support", "Team Manager"],
    ]
    # the organisation stays in the cell as written
    assert found[0].fields["Owner (as written)"] == rows[1][2]


def test_a_column_written_surname_in_capitals_first_keeps_each_person_whole(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Due date"],
        ["1.1", "Introduce a triage system.", "HOLT, Karen", "31/10/2026"],
        ["1.2", "Staff the triage unit.", "O'NEILL, Siobhan; PATEL, Divya", "Q3"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["HOLT, Karen"], ["O'NEILL, Siobhan", "PATEL, Divya"]]


# Seen in hold-out 62: a Welsh school's "Responsibility" column of "Mrs Eleri Morgan
# (Pennaeth)": a titled name, then the post in Welsh in brackets.
def test_a_responsibility_column_of_titled_names_and_posts_names_the_people(
    tmp_path: Path,
) -> None:
    rows = [
        ["No.", "Action", "Responsibility", "Timescale"],
        ["1.1", "Plan a daily oracy session in every class.",
         "Mr Huw Rees (Arweinydd y Gymraeg)", "July 2027"],
        ["1.2", "Train all support staff.",
         "Mrs Ann Price (Dirprwy Bennaeth) / Mrs Cerys Bowen (Pennaeth)", "July 2027"],
        ["1.3", "Track pupils' progress each term, using the new tracker.",
         "Mrs Cerys Bowen (Pennaeth)", "July 2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the title shows where the name ends: the bracket is the post, in any language
    assert [a.leads for a in found] == [
        ["Mr Huw Rees"],
        ["Mrs Ann Price", "Mrs Cerys Bowen"],
        ["Mrs Cerys Bowen"],
    ]
    assert found[1].fields["Responsibility (as written)"] == rows[2][2]


# Seen in hold-out 63 (an internal audit follow-up report): with no officer column,
# each action cell closes with a labelled line naming its officer.


def test_a_labelled_officer_line_closing_the_action_cell_is_its_lead(tmp_path: Path) -> None:
    rows = [
        ["No.", "Agreed management action", "Follow-up status"],
        ["1", "Write an arrears procedure.\nResponsible officer: Rents Manager", "Open"],
        ["2", "Publish the procedure.\nAction owner: Priya Shah", "Open"],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.text) == (["Rents Manager"], "Write an arrears procedure.")
    assert (second.leads, second.text) == (["Priya Shah"], "Publish the procedure.")
    assert first.fields["Agreed management action (as written)"].endswith("Rents Manager")


# Seen in hold-out 63: lead officers written as a post's short form then the name.
def test_a_posts_short_form_before_a_name_is_no_part_of_it_but_a_rank_is(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead officer", "Target date"],
        ["1.1", "Introduce a supervision template.", "HoS Karen Lowe", "31/10/2026"],
        ["1.2", "Audit case files monthly.", "AD Jo Baines / TM Sam Reid", "31/12/2026"],
        ["1.3", "Review the missing protocol.", "DCI Nadia Khan", "31/01/2027"],
        ["1.4", "Refresh the partnership offer.", "AD Operations", "28/02/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Karen Lowe"],
        ["Jo Baines", "Sam Reid"],
        ["DCI Nadia Khan"],
        ["AD Operations"],
    ]
    # the post stays in the cell as written
    assert found[0].fields["Lead officer (as written)"] == "HoS Karen Lowe"


# Seen in hold-out 226: a police force's chief officer team, police staff among its ranks.
def test_an_assistant_or_deputy_chief_officers_grade_is_kept_as_a_rank(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Strategic lead", "Target date"],
        ["1", "Move the control room.", "ACO Lena Moss", "31/10/2026"],
        ["2", "Buy new radios.", "DCO Sam Hale / ACC Tom Rudd", "31/12/2026"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["ACO Lena Moss"], ["DCO Sam Hale", "ACC Tom Rudd"]]


# Seen in hold-out 64: a fire risk plan names the service, then its person in brackets.
def test_a_service_then_a_full_name_in_brackets_names_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Responsible", "Target date"],
        ["1.1", "Repair the fire door.", "Facilities Management (Sam Reid)", "31/10/2026"],
        ["1.2", "Train the wardens.", "Corporate Health and Safety (Gail Rhodes)", "31/12/2026"],
        ["1.3", "Test the alarm weekly.", "Jane Hall (Band 8b)", "31/01/2027"],
        ["1.4", "Review the evacuation plan.", "Director of Estates (Acute)", "28/02/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Sam Reid"],
        ["Gail Rhodes"],
        ["Jane Hall"],
        ["Director of Estates (Acute)"],
    ]
    # the service stays in the cell as written
    assert found[0].fields["Responsible (as written)"] == rows[1][2]


# Seen in hold-out 63 (a PEEL AFI tracker): each heading closes with its senior lead in
# brackets, the table naming only each action's owner.


def test_a_bracketed_lead_closing_a_heading_leads_every_action_under_it(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Action owner"],
        ["AFI 1 – The force should answer calls faster. (Lead: Supt Mark Hale)", "", ""],
        ["1", "Recruit 24 call handlers.", "Insp Leon Grant"],
        ["2", "Publish answer times.", "Ch Insp Raj Bhatt"],
        ["AFI 2 – The force should supervise investigations.", "", ""],
        ["1", "Train all sergeants.", "DI Paul Rees"],
    ]
    plan = plan_of(write(tmp_path, rows))
    first, second = plan.recommendations
    assert first.text == "The force should answer calls faster."
    assert first.fields["Heading"].endswith("(Lead: Supt Mark Hale)")
    assert [(a.leads, a.responsible) for a in first.actions] == [
        (["Supt Mark Hale"], ["Insp Leon Grant"]),
        (["Supt Mark Hale"], ["Ch Insp Raj Bhatt"]),
    ]
    # the next heading names no lead: its table's owner leads
    assert [(a.leads, a.responsible) for a in second.actions] == [(["DI Paul Rees"], [])]


# Seen in hold-out 63: an LGA peer challenge plan writes the supporting officer in the
# lead cell.
def test_a_lead_supported_by_another_names_the_lead_and_the_responsible(
    tmp_path: Path,
) -> None:
    rows = [
        ["Rec", "Action", "Lead officer", "Timescale"],
        ["1.1", "Refresh the medium term financial plan.",
         "Director of Resources, supported by Head of Finance", "31/12/2026"],
        ["1.2", "Publish the council plan.", "Head of Communities", "31/03/2027"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Director of Resources"], ["Head of Finance"])
    assert (second.leads, second.responsible) == (["Head of Communities"], [])
    assert first.fields["Lead officer (as written)"] == rows[1][2]


# Seen in hold-out 107 (a district council's internal audit follow-up log): the
# accountable post with the officer it delegates the work to in brackets.
def test_a_post_delegating_to_an_officer_leads_and_the_officer_is_responsible(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Responsible officer", "Target date"],
        ["14", "Reconcile the payroll monthly.",
         "Payroll Manager (delegated to Sam Patel)", "31/12/2026"],
        ["15", "Renew the shared services agreement.", "Head of Shared Services", "31/03/2027"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Payroll Manager"], ["Sam Patel"])
    assert (second.leads, second.responsible) == (["Head of Shared Services"], [])
    assert first.fields["Responsible officer (as written)"] == rows[1][2]


# Found by a second reader: a deputy written as no one ("vacant", "TBC") is no one.
def test_a_deputy_written_as_vacant_is_no_one(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1", "Refresh the attendance policy.", "Amy Cole (deputy: vacant)", "31/03/2027"],
        ["2", "Improve phonics outcomes.", "Tom Hale (deputy: n/a)", "31/01/2027"],
        ["3", "Review the SEND offer.", "Dev Kapoor (deputy: Head of Inclusion)", "28/02/2027"],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Amy Cole"], [])
    assert first.fields["Lead (as written)"] == "Amy Cole (deputy: vacant)"
    assert (second.leads, second.responsible) == (["Tom Hale"], [])
    assert third.responsible == ["Head of Inclusion"]


# Seen in hold-out 204 (a safeguarding partnership's review plan): each agency's lead
# officer with the deputy who covers in their absence in brackets, "(deputy: …)".
def test_a_deputy_in_brackets_after_the_lead_is_responsible(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1", "Relaunch the neglect toolkit.", "Kate Ellis (deputy: Omar Said)", "31/12/2026"],
        ["2", "Audit the toolkit's use.", "Head of Early Help (Deputy: Sam Obi)", "31/03/2027"],
        ["3", "Brief the GP leads.", "Ruth Bell (Deputy Director)", "31/03/2027"],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Kate Ellis"], ["Omar Said"])
    assert (second.leads, second.responsible) == (["Head of Early Help"], ["Sam Obi"])
    assert first.fields["Lead (as written)"] == rows[1][2]
    # near miss: a post in brackets, no label's colon, names no deputy
    assert third.responsible == []


# Seen in hold-out 107 (a SEND priority action plan): a post whose bracket names the body
# it sits in, "Head of Children's Commissioning (ICB)", beside another post of that body.
def test_a_body_in_brackets_after_a_post_stays_and_defines_no_initials(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "By"],
        ["1.1", "Agree a turnaround for health advice.",
         "Designated Clinical Officer (ICB)", "31/12/2026"],
        ["1.2", "Commission extra assessments.",
         "Head of Children's Commissioning (ICB)", "31/03/2027"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Designated Clinical Officer (ICB)"]
    assert second.leads == ["Head of Children's Commissioning (ICB)"]


# Seen in hold-out 63 (a CQC warning notice plan): the header block names the owners by
# role and the Lead cells point back to them by that role.
def test_a_lead_cell_naming_a_role_the_header_block_defines_is_its_holder(
    tmp_path: Path,
) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Warning notice: action plan")
        doc.add_paragraph("Executive lead: Dr Helen Marsh, Chief Nurse")
        doc.add_paragraph("Operational lead: Kate Ellis, Deputy Chief Nurse")
        doc.add_paragraph("Accountable Emergency Officer: Sam Reid, Director of Operations")
        rows = [
            ["Ref", "Action", "Lead", "Timescale"],
            ["WN1.1", "Roster a triage nurse on every shift.", "Operational lead", "Weekly"],
            ["WN1.2", "Report triage times to the board.", "Executive lead", "Monthly"],
            ["WN1.3", "Audit the sepsis pathway.",
             "Executive lead; Operational lead", "Monthly"],
            ["WN1.4", "Replace paper charts.", "Dr Sam Obi, Clinical Director", "Monthly"],
            ["WN1.5", "Brief the board.", "Clinical lead", "Monthly"],
            ["WN1.6", "Test the major incident plan.", "Accountable Emergency Officer",
             "Monthly"],
        ]  # fmt: skip
        word_table(doc, rows)

    found = actions(plan_of(word_file(tmp_path, build)))
    assert [a.leads for a in found] == [
        ["Kate Ellis"],
        ["Dr Helen Marsh"],
        ["Dr Helen Marsh", "Kate Ellis"],
        ["Dr Sam Obi"],
        ["Clinical lead"],  # a role the header block does not define stays as written
        ["Accountable Emergency Officer"],  # a post stays the post
    ]
    assert found[2].fields["Lead (as written)"] == "Executive lead; Operational lead"


# Seen in hold-out 65 (an ILACS plan): a full name, a spaced dash, then the post's short
# form and the area it covers.
def test_a_name_a_dash_and_a_posts_short_form_with_its_area_is_the_person(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["2.1", "Audit return interviews.", "Tom Reid – AD Children's Social Care", "31/10/2026"],
        ["2.2", "Refresh the offer.", "Karen Lowe – HoS Safeguarding", "31/12/2026"],
        ["2.3", "Tender the advice line.", "Jane Hall – JP Morgan", "31/01/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # "JP Morgan" could be a name: no area a post covers, so the cell stays whole
    assert [a.leads for a in found] == [["Tom Reid"], ["Karen Lowe"], ["Jane Hall – JP Morgan"]]
    assert found[0].fields["Lead (as written)"] == rows[1][2]


# Seen in hold-outs 65 and 66 (a CQC must-do plan, an ICO audit plan): an initial and a
# surname, then the post in brackets.
def test_an_initial_and_surname_then_a_post_in_brackets_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Due"],
        ["1", "Audit the fridge logs.", "K Ellis (Matron)", "31/10/2026"],
        ["2", "Review the rota.", "Dr A Khan (Clinical Director)", "31/12/2026"],
        ["3", "Patch the servers.", "M. Evans (Head of ICT)", "31/01/2027"],
        ["4", "Record the risks.", "R. Hughes (SIRO)", "28/02/2027"],
        ["5", "Cover the night shifts.", "A Team (Service Manager)", "31/03/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["K Ellis"],
        ["Dr A Khan"],
        ["M. Evans"],
        ["R. Hughes"],
        ["A Team (Service Manager)"],  # a team, no initial and surname: the bracket stays
    ]
    assert found[0].fields["Owner (as written)"] == "K Ellis (Matron)"


# Seen in hold-out 95 (a care home's quality improvement plan): every owner a full name,
# then the post, one of them a surname that is also a place's word.
def test_a_column_of_names_then_posts_holds_a_surname_that_is_a_place_word(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Due"],
        ["M1", "Audit the MAR charts.", "Grace Mensah (Clinical Lead)", "31/10/2026"],
        ["M2", "Train the seniors.", "Lisa Ward (Training Coordinator)", "31/12/2026"],
        ["M3", "Check the audits.", "Amir Khan (Area Quality Manager)", "31/01/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Grace Mensah"], ["Lisa Ward"], ["Amir Khan"]]
    assert found[0].fields["Owner (as written)"] == "Grace Mensah (Clinical Lead)"


# Seen in hold-out 65 (a CQC local authority assessment plan): two holders of one post.
def test_a_job_share_names_both_holders_and_no_one_else(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Publish the carers offer.", "Amy Lee / Tom Bell (job share)", "31/10/2026"],
        ["1.2", "Audit the reviews.", "Priya Shah (Job-share)", "31/12/2026"],
        ["1.3", "Staff the front door.", "Head of Housing (job share)", "31/01/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Amy Lee", "Tom Bell"],
        ["Priya Shah"],
        ["Head of Housing (job share)"],  # a post, no name before the bracket: kept whole
    ]
    assert found[0].fields["Lead (as written)"] == rows[1][2]


# Seen in hold-out 65 (an internal audit tracker): officers written surname, comma, then
# the initial and its full stop.
def test_a_surname_a_comma_and_an_initial_is_one_person_as_written(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Officer", "Due"],
        ["1.1", "Reconcile the ledger.", "Lowe, K.", "31/10/2026"],
        ["1.2", "Review the write-offs.", "Lowe, K.; Birch, T.", "31/12/2026"],
    ]
    found = actions(plan_of(write(tmp_path, rows, name="a.csv")))
    assert [a.leads for a in found] == [["Lowe, K."], ["Lowe, K.", "Birch, T."]]
    # beside a cell of two full names the comma is a list's, as ever
    mixed = [rows[0], rows[1], ["1.3", "Close the account.", "Jane Hall, Tom Reid", ""]]
    found = actions(plan_of(write(tmp_path, mixed, name="b.csv")))
    assert found[1].leads == ["Jane Hall", "Tom Reid"]


# Seen in hold-out 68 (a children's improvement board plan): each lead on its own typed
# bullet line.
def test_a_typed_bullet_before_each_name_is_no_part_of_it(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit the front door.", "• Siobhán O'Neill\n• Tom Reid", "31/10/2026"],
        ["1.2", "Refresh the offer.", "- Karen McBride", "31/12/2026"],
        ["1.3", "Review the pathway.", "Amy Cole-Hart", "31/01/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Siobhán O'Neill", "Tom Reid"],
        ["Karen McBride"],
        ["Amy Cole-Hart"],  # a hyphen inside a name is no mark
    ]
    assert found[0].fields["Lead (as written)"] == rows[1][2]


# Seen in hold-out 68 (a school improvement plan): the staff key below the table gives
# each name's initials in square brackets.
def test_initials_in_square_brackets_after_a_name_are_defined_by_it(tmp_path: Path) -> None:
    rows = [
        ["Ref", "What we will do", "Who", "When"],
        ["1.1", "Train all staff in phonics.", "AB", "02/11/2026"],
        ["1.2", "Report to governors.", "PN+TH", "22/03/2027"],
        ["1.3", "Check the payroll.", "HR", "04/01/2027"],
        [],
        ["Key to staff: Amy Bell [AB], Headteacher; Tom Hale [TH], Deputy Headteacher; "
         "Priya Nair [PN], English lead. Payroll queries: Tom Bell [HR]"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Amy Bell"],
        ["Priya Nair", "Tom Hale"],
        ["HR"],  # a service in square brackets defines nothing: not Tom Bell's initials
    ]


# Seen in hold-out 70 (an ICB quality improvement plan): each lead written as a staff
# directory lists people, the name, a spaced bar, then the team.
def test_a_name_a_bar_and_the_team_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Change idea", "Lead", "Due"],
        ["1.1", "Offer a medication review.", "Dr Amir Khan | Primary Care", "31/03/2027"],
        ["1.2", "Train care home nurses.", "Kate Ellis | Nursing & Quality", "30/06/2027"],
        ["1.3", "Audit falls.", "Dr Sam Obi | Urgent & Emergency Care", "31/05/2027"],
        ["1.4", "Review the audit.", "Jo Hart | Tom Reid", "31/05/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found[:3]] == [["Dr Amir Khan"], ["Kate Ellis"], ["Dr Sam Obi"]]
    # the team stays in the cell as written; a name after the bar is no team
    assert found[1].fields["Lead (as written)"] == "Kate Ellis | Nursing & Quality"
    assert found[3].leads != ["Jo Hart"]


# Seen in hold-out 71 (a university's QAA review plan): titled names, the post in
# brackets, one surname a place word ("Ward") and two people joined by "and".
def test_a_titled_name_then_its_post_in_brackets_is_the_person(tmp_path: Path) -> None:
    both = "Professor Helen Marsh (Director of Academic Quality) and Dr Sam Obi (Dean of Students)"
    rows = [
        ["Ref", "Action", "Lead", "Completion date"],
        ["1.1", "Build a dashboard.", "Professor Ruth Adeyemi (PVC Education)", "July 2027"],
        ["1.2", "Review programmes.", "Professor Lena Ward (Dean of Science)", "July 2027"],
        ["1.3", "Train representatives.", both, "July 2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Professor Ruth Adeyemi"],
        ["Professor Lena Ward"],
        ["Professor Helen Marsh", "Dr Sam Obi"],
    ]
    assert found[2].fields["Lead (as written)"] == both


# Seen in hold-out 71 (a mental health trust's CQC must-do plan): operational leads
# written as their ward, unit or service, a spaced dash, then the person.
def test_a_unit_a_dash_then_a_person_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit seclusion records.", "Cedar PICU – Amy Lee", "31/03/2027"],
        ["2", "Check fridge temperatures.", "Pharmacy – Omar Haddad", "31/03/2027"],
        ["3", "Audit care plans.", "Beech Ward – Kate Ellis", "31/03/2027"],
        ["4", "Review the audit.", "Jo Hart – Tom Reid", "31/03/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found[:3]] == [["Amy Lee"], ["Omar Haddad"], ["Kate Ellis"]]
    # the unit stays in the cell as written; a name before the dash is no unit
    assert found[1].fields["Lead (as written)"] == "Pharmacy – Omar Haddad"
    assert found[3].leads != ["Tom Reid"]


# Seen in hold-out 74 (a transformation programme's action log exported from a
# SharePoint list): people and choice columns in SharePoint's multi-value form, the
# values parted by ";#", a choice column's with the mark at both ends too.


def test_values_parted_by_sharepoints_mark_are_people_as_a_comma_parts_them(
    tmp_path: Path,
) -> None:
    rows = [
        ["ID", "Action", "Action owner", "Contributors", "Due date", "Benefits"],
        ["TFP-003", "Move the top 20 transactions online.", "Grace Okafor",
         "Priya Desai;#Mark Fenton", "31/03/2027", ";#Cashable saving;#Customer experience;#"],
        ["TFP-005", "Replace the contact centre telephony.", "Grace Okafor;#Tom Reid",
         ";#Jo Lambert;#", "30/06/2027", ";#Cashable saving;#"],
        ["TFP-008", "Launch a webchat pilot.", "Tom Reid", "", "31/05/2027", ""],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows, delimiter="\t")))
    assert (first.leads, first.responsible) == (["Grace Okafor"], ["Priya Desai", "Mark Fenton"])
    assert (second.leads, second.responsible) == (["Grace Okafor", "Tom Reid"], ["Jo Lambert"])
    assert (third.leads, third.responsible) == (["Tom Reid"], [])
    # a choice column is a field, kept as written
    assert first.fields["Benefits"] == ";#Cashable saving;#Customer experience;#"


# Seen in hold-out 104 (a Microsoft Lists list exported with its people in claims form).
def test_sharepoints_claims_prefix_is_no_part_of_the_person(tmp_path: Path) -> None:
    claims = "i:0#.f|membership|"
    rows = [
        ["ID", "Title", "Assigned To", "Due Date"],
        ["4", "Map the eligibility process.", f"{claims}anna.kowalski@castlebrook.gov.uk",
         "30/11/2026"],
        ["5", "Publish a decision letter.",
         f"{claims}anna.kowalski@castlebrook.gov.uk;{claims}tom.reid@castlebrook.gov.uk",
         "31/12/2026"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["anna.kowalski@castlebrook.gov.uk"]
    assert second.leads == ["anna.kowalski@castlebrook.gov.uk", "tom.reid@castlebrook.gov.uk"]
    assert first.fields["Assigned To (as written)"] == rows[1][2]


# Seen in hold-out 133 (a ClickUp list exported to CSV): the people a task is given to
# written as the tool's bracketed list, "[Tom Reeve, Helen Okafor]", one "[Priya Shah]".
def test_a_cell_wholly_in_square_brackets_listing_names_is_those_people(tmp_path: Path) -> None:
    rows = [
        ["Task Name", "Assignees", "Due Date", "Action No"],
        ["Publish the council plan refresh.", "[Priya Shah]", "30/10/2026", "2"],
        ["Introduce a quarterly performance report.", "[Tom Reeve, Helen Okafor]",
         "18/12/2026", "3"],
        ["Review the constitution.", "[Mark Doyle]", "31/03/2027", "5"],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Priya Shah"]
    assert sorted(second.leads) == ["Helen Okafor", "Tom Reeve"]
    assert third.leads == ["Mark Doyle"]
    assert looks_like_names(["[LA] Jo Baines"]) and not names_a_person("[TBC]")


def test_a_column_of_the_kinds_its_header_lists_names_no_one(tmp_path: Path) -> None:
    """ "Must Do / Should Do" over "Must Do" and "Should Do": the type of requirement,
    picked from the header's list, kept as a field; never the responsible person."""
    rows = [
        ["Ref", "Must Do / Should Do", "Action to be taken", "Lead", "Target date"],
        ["MD01", "Must Do", "Review every blanket restriction.", "Jo Stennett", "Oct 2026"],
        ["MD01", "Must Do", "Add a restrictive practice register.", "Carol Kettle", "Jan 2027"],
        ["MD02", "Must Do", "Introduce an observation chart.", "Ben Wragg", "Sep 2026"],
        ["SD01", "Should Do", "Involve patients in their care plans.", "Jo Stennett", "Mar 2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Jo Stennett"], []),
        (["Carol Kettle"], []),
        (["Ben Wragg"], []),
        (["Jo Stennett"], []),
    ]
    assert [a.fields["Must Do / Should Do"] for a in found] == [
        "Must Do", "Must Do", "Must Do", "Should Do"
    ]  # fmt: skip


def _strategy_rows(role_header: str) -> list[list[str]]:
    return [
        ["Ref", "Action", "Owner (partnership / sub-group)", role_header, "Timescale"],
        ["Priority 1: Best start in life", "", "", "", ""],
        ["Reporting lead: Sarah Quinn, Health Improvement Manager", "Sponsor: Cllr Amy Doyle",
         "", "", ""],
        ["1.1", "Offer an opt-out referral.", "Tobacco Control Partnership", "Drive", "March 2027"],
        ["1.2", "Extend peer support.", "Best Start in Life Group", "Sponsor", "December 2026"],
        ["Priority 2: Good work", "", "", "", ""],
        ["Reporting lead: Tom Achebe, Head of Economic Inclusion", "Sponsor: Cllr Mark Ellery",
         "", "", ""],
        ["2.1", "Expand the Work Well service.", "Work and Health Board", "Observe", "2026/27"],
    ]  # fmt: skip


def test_a_labelled_reporting_lead_row_under_a_banner_leads_its_block(tmp_path: Path) -> None:
    """ "Reporting lead: Sarah Quinn, …" | "Sponsor: …" under "Priority 1: …": the
    theme's lead leads each of its actions (no action of its own); the HWB role
    column's "Drive" / "Sponsor" / "Observe" name a role, no one: a field."""
    plan = plan_of(write(tmp_path, _strategy_rows("HWB role (drive / sponsor / observe)")))
    found = actions(plan)
    assert [(a.ref, a.leads) for a in found] == [
        ("1.1", ["Sarah Quinn"]),
        ("1.2", ["Sarah Quinn"]),
        ("2.1", ["Tom Achebe"]),
    ]
    assert [a.fields["HWB role (drive / sponsor / observe)"] for a in found] == [
        "Drive", "Sponsor", "Observe"
    ]  # fmt: skip
    assert found[0].fields["Sponsor"] == "Cllr Amy Doyle"


def test_a_column_of_raci_like_words_names_no_one(tmp_path: Path) -> None:
    """ "Drive", "Sponsor", "Observe" under a header that lists no choices are still
    how a body takes part, never a person."""
    found = actions(plan_of(write(tmp_path, _strategy_rows("Board role"))))
    assert [a.leads for a in found] == [["Sarah Quinn"], ["Sarah Quinn"], ["Tom Achebe"]]


def test_a_name_marked_to_be_confirmed_is_the_name(tmp_path: Path) -> None:
    """ "Mark Ingle (tbc)": the bracket says the name is not yet confirmed, no part of
    it; the lead is Mark Ingle and the cell is kept as written."""
    rows = [
        ["Ref", "Action", "Lead Executive", "Due"],
        ["4.12", "Assess risk at booking.", "Lucy Wendover/ Mark Ingle (tbc)", "31/03/2026"],
        ["4.13", "Give accurate information.", "Sian Dobbs (TBC)", "30/06/2026"],
        ["4.14", "Plot fetal growth.", "Kwame Osei (to be confirmed)", "31/12/2026"],
        ["4.15", "Review birth options.", "Lucy Wendover", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Lucy Wendover", "Mark Ingle"],
        ["Sian Dobbs"],
        ["Kwame Osei"],
        ["Lucy Wendover"],
    ]
    assert found[0].fields["Lead Executive (as written)"] == "Lucy Wendover/ Mark Ingle (tbc)"


# Seen in hold-out 86 (a council's CQC adult social care plan): a post left vacant,
# written in the lead cell with the person covering it.
def test_a_vacant_post_written_with_who_covers_it_is_led_by_that_person(
    tmp_path: Path,
) -> None:
    vacant = "Head of Assessment (vacant – covered by Amy Doyle)"
    rows = [
        ["Ref", "Action", "Lead officer", "Target date"],
        ["1.1", "Clear the waiting list.", vacant, "31/03/2027"],
        ["1.2", "Publish the offer.", "Head of Finance – vacant, interim cover: Sam Lee", ""],
        ["1.3", "Review the pathway.", "Service Manager (covered by the team)", ""],
    ]
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, second.leads) == (["Amy Doyle"], ["Sam Lee"])
    # the post as written stays beside the person read from it
    assert first.fields["Lead officer (as written)"] == vacant
    # cover by no named person names no one new: the cell stays as written
    assert third.leads == ["Service Manager (covered by the team)"]


# Seen in hold-out 135 (a council's Housing Ombudsman Code plan): a post-holder away,
# written with who covers, in a column whose other cells are names alone.
def test_a_post_holder_away_written_with_who_covers_is_led_by_the_cover(
    tmp_path: Path,
) -> None:
    away = "Jo Parkes (on secondment – cover: Amir Shah)"
    rows = [
        ["Code ref", "Action", "Owner", "Target"],
        ["1.2", "Train contact centre staff.", away, "31/12/2026"],
        ["1.3", "Add a prompt to the CRM.", "Rob Lindqvist", "31/01/2027"],
        ["4.2", "Give the team access to repairs.", away, "31/12/2026"],
        ["5.6", "Acknowledge in time.", "Jo Parkes (maternity leave; covering: Amir Shah)", ""],
        ["5.8", "Agree extensions in writing.", "Head of Housing (acting: Amir Shah)", ""],
        ["6.4", "Send stage 1 responses on time.", "Kate Ellis (covering maternity leave)", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Amir Shah"],
        ["Rob Lindqvist"],
        ["Amir Shah"],
        ["Amir Shah"],
        ["Amir Shah"],
        ["Kate Ellis"],  # near-miss: she covers; no one else is named
    ]
    assert found[0].fields["Owner (as written)"] == away  # the cell as written is kept


def test_covering_with_no_absence_before_it_is_the_person_named_first(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Refresh the supervision policy", "Amir Shah (covering: Jo Parkes)", "31/12/2026"],
        ["1.2", "Audit of supervision", "Sam Lee (covering: Maternity Leave)", "31/01/2027"],
        ["1.3", "Publish the supervision audit", "Karen Holt", "28/02/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # Amir covers for Jo; an absence is no person
    assert [a.leads for a in found] == [["Amir Shah"], ["Sam Lee"], ["Karen Holt"]]


# Seen in hold-out 92 (a council's attendance plan writing "School attendance team (SAT)"
# once in its Responsibility column and "SAT" after): a short form a people cell defines
# holds on every row.


def test_a_short_form_after_a_team_in_a_people_cell_resolves_on_later_rows(
    tmp_path: Path,
) -> None:
    rows = [
        ["Action", "Responsibility"],
        ["Train schools in the new approach.", "School attendance team (SAT)"],
        ["Name a champion in each school.", "Schools"],
        ["Trial support meetings in ten schools.", "SAT"],
    ]
    leads = [a.leads for a in actions(plan_of(write(tmp_path, rows)))]
    assert leads == [["School attendance team"], ["Schools"], ["School attendance team"]]


# Seen in hold-out 92 (a university's plan whose executive column reads "PVC(E)", "PVC(R)",
# spelled out in a list above the table): a letter glued in brackets to a short form is
# part of it, telling two posts apart.


def test_a_short_form_with_a_glued_bracket_letter_is_one_post_that_a_key_spells_out(
    tmp_path: Path,
) -> None:
    rows = [
        ["PVC(E) - Pro-Vice-Chancellor (Education)"],
        ["PVC(R) - Pro-Vice-Chancellor (Research)"],
        ["Ref", "Action agreed", "Action lead", "VCE"],
        ["1.1", "Extend the peer mentoring scheme.", "Student Services", "PVC(E)"],
        ["1.2", "Train supervisors as reviewers.", "Graduate School", "PVC(R)"],
        ["1.3", "Share the transition model.", "Academic Quality", "PVC(E)"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.responsible for a in found] == [
        ["Pro-Vice-Chancellor (Education)"],
        ["Pro-Vice-Chancellor (Research)"],
        ["Pro-Vice-Chancellor (Education)"],
    ]


# Seen in hold-out 95 (a Safeguarding Adults Board's SAR action plan): 'Relevant
# Agencies', the only column saying whose the action is, a list of services.


def test_a_relevant_agencies_column_alone_names_the_leads(tmp_path: Path) -> None:
    rows = [
        ["Action", "Relevant Agencies", "Timescale"],
        ["Relaunch the protocol.", "ASC, Housing, Fire and Rescue", "31/12/2026"],
        ["Audit the cases.", "All partner agencies", "31/03/2027"],
        ["Add the figures.", "Fire and Rescue", "30/06/2027"],
    ]
    relaunch, audit, figures = actions(plan_of(write(tmp_path, rows)))
    assert sorted(relaunch.leads) == ["ASC", "Fire and Rescue", "Housing"]
    assert (audit.leads, figures.leads) == (["All partner agencies"], ["Fire and Rescue"])


# Seen in hold-out 114 (a SAR plan's 'Agencies' cells, one agency a line, the lead
# marked '(lead)' after its name).
def test_the_agency_marked_lead_leads_and_the_others_in_the_cell_are_responsible(
    tmp_path: Path,
) -> None:
    rows = [
        ["No.", "Action", "Agencies", "Target date"],
        ["1.1", "Relaunch the self-neglect protocol.",
         "Adult Social Care (lead)\nWexshire Fire and Rescue Service\nWexmoor Housing",
         "31/10/2026"],
        ["1.2", "Audit the risk management meetings.", "SAB Business Unit", "31/03/2027"],
        ["1.3", "Add self-neglect cases to the dashboard.",
         "Adult Social Care\nSAB Business Unit (Lead)", "31/12/2026"],
    ]  # fmt: skip
    relaunch, audit, dashboard = actions(plan_of(write(tmp_path, rows)))
    assert (relaunch.leads, relaunch.responsible) == (
        ["Adult Social Care"],
        ["Wexshire Fire and Rescue Service", "Wexmoor Housing"],
    )
    assert relaunch.fields["Agencies (as written)"] == rows[1][2]
    # a lone agency, unmarked, leads; the mark is found wherever it sits in the cell
    assert (audit.leads, audit.responsible) == (["SAB Business Unit"], [])
    assert (dashboard.leads, dashboard.responsible) == (
        ["SAB Business Unit"],
        ["Adult Social Care"],
    )


def test_a_comma_parts_no_entries_of_a_cell_marking_its_lead(tmp_path: Path) -> None:
    """The mark's entries are one a line (or parted by ";"): a comma is part of one, in
    a name written surname first or a name followed by its team."""
    head = ["Ref", "Action", "Lead", "Due"]
    surnames = [
        head,
        ["1", "Publish the policy", "Smith, Jane (lead)", "31/03/2027"],
        ["2", "Train managers", "Bell, Tom", "30/04/2027"],
    ]
    policy, _ = actions(plan_of(write(tmp_path, surnames, name="surnames.csv")))
    assert (policy.leads, policy.responsible) == (["Smith, Jane"], [])
    teams = [
        head,
        ["1", "Publish the policy", "Jo Baines, Fleet Services (lead)", "31/03/2027"],
        ["2", "Train managers", "Tom Bell, Housing Services", "30/04/2027"],
        ["3", "Audit files", "Amy Lee, Finance", "30/06/2027"],
    ]
    policy, *_ = actions(plan_of(write(tmp_path, teams, name="teams.csv")))
    assert (policy.leads, policy.responsible) == (["Jo Baines"], [])
    assert policy.fields["Lead (as written)"] == "Jo Baines, Fleet Services (lead)"


# Seen in hold-out 117 (a transformation board's action log typed in its Teams channel):
# owners written as @-mentions, "@Priya Shah", and a handed-over action with an arrow
# from the old owner to the new, "@Tom Bell → @Amy Lee".


def test_an_at_mention_names_the_person_and_after_an_arrow_the_new_owner(
    tmp_path: Path,
) -> None:
    rows = [
        ["ID", "Action", "Owner", "Due"],
        ["AL-041", "Bring the options appraisal to the board.", "@Priya Shah", "09/12/2026"],
        ["AL-044", "Agree the hub's opening hours.", "@Tom Bell → @Amy Lee", "31/10/2026"],
        ["AL-045", "Book the staff briefings.", "Ruth Bell -> Mark Ellis; @Jo Ray", "30/11/2026"],
        ["AL-046", "Send the survey.", "survey@ashdown.gov.uk", "30/11/2026"],
    ]  # fmt: skip
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Priya Shah"]
    assert second.leads == ["Amy Lee"]
    assert second.fields["Owner (as written)"] == "@Tom Bell → @Amy Lee"  # the old owner kept
    assert third.leads == ["Mark Ellis", "Jo Ray"]
    # near miss: an email's "@" follows a word and is part of the address
    assert fourth.leads == ["survey@ashdown.gov.uk"]


# Found by a second reader: a post after "now" is the owner's promotion, no handover;
# only a person's name after "now" hands the action over.
def test_a_post_after_now_leaves_the_person_the_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Agree the financial strategy.", "Sam Patel (now Director of Finance)", "31/03/2027"],
        ["2", "Review the SEND register.", "Karen Lowe (now Headteacher)", "31/01/2027"],
        ["3", "Close the payroll finding.", "Priya Shah (now CEO)", "28/02/2027"],
        ["4", "Survey the tower blocks.", "Ruth Bell (now Mark Ellis)", "31/10/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the person leads, the cell as written; never the post alone
    assert [a.leads[0].split(" (")[0] for a in found[:3]] == [
        "Sam Patel",
        "Karen Lowe",
        "Priya Shah",
    ]
    assert found[3].leads == ["Mark Ellis"]


# Seen in hold-out 204 (a housing association's consumer standards plan): an action that
# changed hands keeps its first owner, the owner now in brackets after "now".
def test_an_owner_now_in_brackets_after_the_first_owns_the_action(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Due"],
        ["1", "Survey the tower blocks.", "Ruth Bell (now Mark Ellis)", "31/10/2026"],
        ["2", "Train the call handlers.", "Head of Repairs (now: Jo Ray); Amy Lee", "30/11/2026"],
        ["3", "Publish the damp policy.", "Sam Reid (now left)", "30/11/2026"],
        ["4", "Audit the voids.", "Tom Hale", "31/12/2026"],
    ]  # fmt: skip
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Mark Ellis"]
    assert first.fields["Owner (as written)"] == "Ruth Bell (now Mark Ellis)"  # the old kept
    assert second.leads == ["Jo Ray", "Amy Lee"]
    # near miss: "now" with no one after it hands nothing over
    assert third.leads[0].startswith("Sam Reid")  # read as before the rule
    assert fourth.leads == ["Tom Hale"]


# Seen in hold-out 117 (a local area's SEND written statement of action): joint leads
# joined by "with", "Jo Baines with Dr Imran Shah", "Karen Lowe with PCF".


def test_with_between_names_or_bodies_joins_two_leads(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead(s)", "Timescale"],
        ["1.1", "Publish the local offer.", "Jo Baines with Dr Imran Shah", "31/12/2026"],
        ["1.2", "Co-produce the charter.", "Karen Lowe with PCF", "31/03/2027"],
        ["1.3", "Audit EHCPs.", "Head of SEND with responsibility for EHCPs", "31/03/2027"],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Jo Baines", "Dr Imran Shah"]
    assert second.leads == ["Karen Lowe", "PCF"]
    # near miss: a post with its remit is one lead, as written
    assert third.leads == ["Head of SEND with responsibility for EHCPs"]


# Seen in hold-out 218 (a council's CQC adult social care plan): "with" written short,
# "w/", between two officers who lead together, once a person and a body.


def test_w_slash_is_with_written_short_and_joins_two_leads(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1.1", "Reopen the day centre.", "Priya Nair w/ Owen Tate", "31/12/2026"],
        ["1.2", "Co-produce the leaflet.", "Owen Tate w/ Carers Voice Eastvale", "31/03/2027"],
        ["1.3", "Audit the reviews.", "Head of Quality w/ responsibility for reviews", ""],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    # two leads in the order written, neither the responsible
    assert (first.leads, first.responsible) == (["Priya Nair", "Owen Tate"], [])
    assert second.leads == ["Owen Tate", "Carers Voice Eastvale"]
    assert first.fields["Lead (as written)"] == "Priya Nair w/ Owen Tate"
    # near miss: a post with its remit is one lead, as written
    assert third.leads == ["Head of Quality w/ responsibility for reviews"]


# Seen in hold-out 117 (a police force's HMICFRS PEEL plan): owners written as the rank
# and the unit the officer heads, with no name, "DCI PPU", "DI CID", "Supt Crime".


def test_a_rank_and_a_units_initials_are_one_post(tmp_path: Path) -> None:
    rows = [
        ["AFI", "Action ref", "Action", "Action owner", "Target date"],
        ["AFI 1", "1.1", "Set a first review target.", "Supt Crime", "31/10/2026"],
        ["AFI 1", "1.2", "Run file quality dip samples.", "DCI PPU", "31/03/2027"],
        ["AFI 1", "1.3", "Train new investigators.", "DI CID", "31/03/2027"],
        ["AFI 1", "1.4", "Audit the notices.", "JH SMcL", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Supt Crime"], ["DCI PPU"], ["DI CID"], ["JH", "SMcL"]]
    # near miss: where a key defines both as people's initials, they are two people
    keyed = [["Key: DS = Dan Shaw, JAB = Jo Ann Bell"], *rows[:2]]
    keyed[2] = [*rows[1][:3], "DS JAB", rows[1][4]]
    (only,) = actions(plan_of(write(tmp_path, keyed)))
    assert only.leads == ["Dan Shaw", "Jo Ann Bell"]


# Seen in hold-out 125 (an internal audit tracker: "Responsible officer | … | Officer
# update"): a header whose last word names news is the news column, never the people,
# whatever people word comes before it.


@pytest.mark.parametrize("news", ["Officer update", "Lead officer comments", "Manager's response"])
def test_news_written_by_people_is_the_update_not_the_lead(tmp_path: Path, news: str) -> None:
    rows = [
        ["Rec ID", "Agreed action", "Responsible officer", "Agreed date", news],
        ["IA-04.1", "Review every cardholder's limits.", "Head of Finance", "31/03/2027",
         "Limits reviewed for all 212 cardholders; 37 reduced."],
        ["IA-04.2", "Refresh the purchase card policy.", "Head of Finance", "30/06/2027",
         "14/11/2026 – Draft policy out for comment."],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Head of Finance"], [])
    assert updates_of(first) == [(None, "Limits reviewed for all 212 cardholders; 37 reduced.")]
    assert updates_of(second) == [
        (dt.date(2026, 11, 14), "14/11/2026 – Draft policy out for comment.")
    ]


# Seen in hold-out 138 (a county council's overdue audit recommendations): the news
# column headed by whose news it is and the month it reports, "Officer update (October
# 2026)"; its cells are the auditor's follow-up words and news, with commas.


@pytest.mark.parametrize(
    "news",
    ["Officer update (October 2026)", "Officer update Oct 2026", "Manager's comments (Oct-26)"],
)
def test_news_from_people_dated_by_its_header_is_the_update(tmp_path: Path, news: str) -> None:
    rows = [
        ["Rec Ref", "Recommendation", "Responsible Officer", "Revised Target Date", news],
        ["IA-07.1", "Verify bank detail changes.", "Head of Transactional Services", "31/12/2026",
         "Partially implemented – call-back procedure issued; system control due in December."],
        ["IA-07.2", "Review duplicate payments.", "Accounts Payable Manager", "30/11/2026",
         "Inspections resumed in September after the vacancy was filled."],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Head of Transactional Services"], [])
    assert first.status == "in_progress"
    assert updates_of(first) == [(dt.date(2026, 10, 31), rows[1][4])]
    assert (second.leads, updates_of(second)) == (
        ["Accounts Payable Manager"],
        [(dt.date(2026, 10, 31), rows[2][4])],
    )


def test_a_column_of_sentences_naming_no_one_is_never_the_people(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Officer", "Responsible officer", "Due"],
        ["1", "Verify bank detail changes.", "Call-back procedure issued, control due soon.",
         "Head of Finance", "31/12/2026"],
        ["2", "Review duplicate payments.", "Report specification agreed with the supplier.",
         "Payroll Manager", "30/11/2026"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, second.leads) == (["Head of Finance"], ["Payroll Manager"])
    assert first.fields["Officer"] == rows[1][2]


# Seen in hold-out 131 (a mental health trust's CQC plan): a lead who changed during the
# plan written as the new holder, then in brackets the hand-over day and the old holder.


def test_a_note_in_brackets_on_the_post_holder_is_no_part_of_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit observations.", "Dr Ravi Menon (from 01/10/2026; previously Dr Sarah Hill)",
         "31/03/2027"],
        ["2", "Refresh the policy.", "Amy Lee (since October); Tom Bell (interim)", "30/04/2027"],
        ["3", "Train the staff.", "Jo Hart (acting until March)", "31/05/2027"],
        ["4", "Review the rota.", "Head of Nursing (interim)", "31/05/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Dr Ravi Menon"],
        ["Amy Lee", "Tom Bell"],
        ["Jo Hart"],
        ["Head of Nursing (interim)"],  # after a post the bracket stays
    ]
    first = actions(plan)[0]
    # the old holder is no second lead, and the note stays in the cell as written
    assert first.responsible == []
    assert first.fields["Lead (as written)"] == rows[1][2]
    assert first.due == D(2027, 3, 31)


# Seen in hold-out 244 (trackers a year into use): a lead who changed written as the new
# holder, then "(was …)" and the old one.


def test_a_lead_then_was_and_the_old_lead_in_brackets_is_the_new_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Clear the leaf drains.", "Nadia Brook (was Owen Pryce)", "31/03/2027"],
        ["2", "Grit the school routes.", "Mr K. Lyle (was Mrs J. Dunn)", "30/04/2027"],
        ["3", "Mend the footbridge.", "Highways Manager (was Bridges Manager)", "30/04/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Nadia Brook"],
        ["Mr K. Lyle"],
        ["Highways Manager (was Bridges Manager)"],  # after a post the bracket stays
    ]
    # the old lead is no second lead nor the responsible, and stays in the cell as written
    assert found[0].responsible == []
    assert found[0].fields["Lead (as written)"] == rows[1][2]


# Seen in hold-out 131 (an internal audit follow-up tracker): the responsible officer
# written as an e-mail's recipients, the owner then "cc" and a colleague copied in.


def test_people_copied_in_after_cc_are_neither_lead_nor_responsible(tmp_path: Path) -> None:
    rows = [
        ["Rec ID", "Agreed action", "Responsible officer", "Agreed date"],
        ["IA-07.1", "Run the duplicate payment report.", "Karen Lowe cc Tom Hale", "31/03/2027"],
        ["IA-07.2", "Call back each supplier.", "Tom Hale cc: Karen Lowe, Dev Mistry",
         "30/06/2027"],
        ["IA-07.3", "Report the recoveries.", "Rachel Stone (cc Dev Mistry)", "30/09/2027"],
        ["IA-07.4", "Close the old accounts.", "Wexshire CC", "30/09/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Karen Lowe"],
        ["Tom Hale"],
        ["Rachel Stone"],
        ["Wexshire CC"],  # a council's "CC", no colon: no one copied in
    ]
    assert all(a.responsible == [] for a in found)
    # the ones copied in stay in the cell as written
    assert found[0].fields["Responsible officer (as written)"] == "Karen Lowe cc Tom Hale"


# Seen in hold-out 141 (an adult social care CQC assessment plan): a lead acting for a
# post-holder written with "obo" (on behalf of) and the post, beside plain names.


def test_a_lead_on_behalf_of_a_post_is_the_person_alone(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Clear the waiting list.", "Amy Lee obo Director of Adult Social Care",
         "31/03/2027"],
        ["1.2", "Agree a carers' offer.", "Tom Hale o.b.o. Principal Social Worker",
         "31/03/2027"],
        ["1.3", "Audit DoLS.", "Joanne Price on behalf of the Director of ASC", "30/06/2027"],
        ["1.4", "Publish the offer.", "Rachel Stone (obo Head of Commissioning)", "30/06/2027"],
        ["1.5", "Review the front door.", "Dev Mistry", "30/06/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Amy Lee"],
        ["Tom Hale"],
        ["Joanne Price"],
        ["Rachel Stone"],
        ["Dev Mistry"],
    ]
    assert all(a.responsible == [] for a in found)  # the post acted for is no second lead
    assert found[0].fields["Lead (as written)"] == "Amy Lee obo Director of Adult Social Care"


# Seen in hold-out 198 (an auditor's statutory recommendations plan): a lead signing
# "pp" (per procurationem) for a post-holder, as "obo" is written.


def test_a_lead_signing_pp_for_a_post_is_the_person_alone(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Recommendation", "Lead", "Target date"],
        ["1.1", "Set a balanced budget.", "Kerry Walsh pp Director of Finance", "31/03/2027"],
        ["1.2", "Rebuild the reserves.", "Sam Okoro p.p. Director of Finance", "31/03/2027"],
        ["1.3", "Review the PP grant.", "Dev Mistry", "30/06/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Kerry Walsh"], ["Sam Okoro"], ["Dev Mistry"]]
    assert all(a.responsible == [] for a in found)  # the post signed for is no second lead
    assert found[0].fields["Lead (as written)"] == "Kerry Walsh pp Director of Finance"


# Seen in hold-out 198 (a CQC maternity plan): one "Who" column saying of each name
# whether they are to lead or to support.


def test_names_said_to_lead_or_to_support_are_the_lead_and_the_responsible(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Who", "Target date", "Status"],
        ["1.1", "Fill the vacancies.", "Helen Marsh to lead, Amy Ross to support", "31/03/2027",
         "On track"],
        ["1.2", "Audit the triage.", "Dr Sam Obi to lead", "31/03/2027", "On track"],
        ["1.3", "Train the staff.", "Kate Ellis", "30/06/2027", "Complete"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Helen Marsh"], ["Dr Sam Obi"], ["Kate Ellis"]]
    assert [a.responsible for a in found] == [["Amy Ross"], [], []]
    assert found[0].fields["Who (as written)"] == "Helen Marsh to lead, Amy Ross to support"


# Seen in hold-out 198 (a school's post-Ofsted plan): no people column; the lead's
# initials close each action in square brackets, spelt out in a key under the table.


def test_initials_in_brackets_closing_an_action_are_its_leads_through_the_key(
    tmp_path: Path,
) -> None:
    rows = [
        ["No.", "Action", "By when", "Status"],
        ["1.1", "Write progression maps for history and geography. [SW]", "31/03/2027",
         "In progress"],
        ["1.2", "Buy new science resources. [SW/RH]", "31/03/2027", "Not started"],
        ["1.3", "Review the art curriculum.", "30/06/2027", "Complete"],
        [],
        ["Key to leads: SW = Sara Whitlock; RH = Rachel Hughes"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.text for a in found] == [
        "Write progression maps for history and geography.",
        "Buy new science resources.",
        "Review the art curriculum.",
    ]
    assert [sorted(a.leads) for a in found] == [
        ["Sara Whitlock"],
        ["Rachel Hughes", "Sara Whitlock"],
        [],
    ]
    assert found[0].fields["Action (as written)"] == (
        "Write progression maps for history and geography. [SW]"
    )


# Seen in hold-out 131 (an ILACS focused visit plan): leads written as an e-mail
# signature writes a person, the name, a vertical bar, then the post; two a line each.


def test_a_name_then_a_bar_and_the_post_is_the_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Reissue the threshold guidance.", "Amira Shah | Head of Service, Front Door",
         "31/03/2027"],
        ["1.2", "Audit MASH decisions.", "Gemma Boyd | Service Manager, MASH", "30/04/2027"],
        ["1.3", "Train the partners.",
         "Amira Shah | Head of Service, Front Door\nGemma Boyd | Service Manager, MASH",
         "31/05/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Amira Shah"],
        ["Gemma Boyd"],  # the post's unit, "MASH", no second lead
        ["Amira Shah", "Gemma Boyd"],
    ]
    assert found[1].responsible == []
    assert found[1].fields["Lead (as written)"] == "Gemma Boyd | Service Manager, MASH"


# Seen in hold-out 131 (a SEND local area plan): a co-lead column beside the lead naming
# the parent carer forum's representative who leads the action jointly, blank on some rows.


@pytest.mark.parametrize("header", ["Co-lead (parent carer forum)", "Joint lead", "Co-owner"])
def test_a_co_lead_column_names_more_leads_never_the_responsible(
    tmp_path: Path, header: str
) -> None:
    rows = [
        ["Ref", "Action", "Lead", header, "End"],
        ["1.1", "Cut the assessment waits.", "Joanne Baker", "Lucy Harding", "31/03/2027"],
        ["1.2", "Publish the provision guide.", "Nina Carter", "", "31/12/2026"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    # the lead first, then the co-lead
    assert (first.leads, first.responsible) == (["Joanne Baker", "Lucy Harding"], [])
    assert (second.leads, second.responsible) == (["Nina Carter"], [])
    # beside a responsible column of its own, that column keeps its people
    helpers = ["Support", "Sam Reid", ""]
    with_support = [[*row[:4], who, row[4]] for row, who in zip(rows, helpers, strict=True)]
    (first, _) = actions(plan_of(write(tmp_path, with_support)))
    assert (first.leads, first.responsible) == (["Joanne Baker", "Lucy Harding"], ["Sam Reid"])
    # a co-lead column with no lead column beside it is the lead
    alone = [[row[0], row[1], row[3], row[4]] for row in rows]
    (first, _) = actions(plan_of(write(tmp_path, alone)))
    assert first.leads == ["Lucy Harding"]


# Seen in hold-out 142 (a district council's internal audit tracker): an owner who has
# left kept in the owner cell marked "(left)" before the officer who took the action over.


def test_an_owner_marked_as_left_beside_a_successor_is_no_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Agreed action", "Action owner", "Target date"],
        ["1.1", "Remove payroll access.", "Sam Lee (left) / Rachel Price", "30/09/2026"],
        ["1.2", "Review purchase card limits.", "Hannah Ward (left) / Jo Bates", "31/12/2026"],
        ["1.3", "Update the procedure notes.", "Colin Marsh (left)", "31/01/2027"],
        ["1.4", "Test the request log.", "Mohammed Khan", "30/06/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the successor leads; a leaver named alone stays the lead, as "(Inactive)" does
    assert [a.leads for a in found] == [
        ["Rachel Price"], ["Jo Bates"], ["Colin Marsh"], ["Mohammed Khan"],
    ]  # fmt: skip
    assert found[0].fields["Action owner (as written)"] == "Sam Lee (left) / Rachel Price"


def test_a_leaver_is_parted_from_a_successor_never_at_a_comma(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Action owner", "Due"],
        ["1.1", "Refresh the complaints policy", "Lee, Sam (left); Bates, Jo", "31/12/2026"],
        ["1.2", "Publish the annual report", "Howells, Sian", "31/01/2027"],
        ["1.3", "Train front-line staff", "Price, Tom", "28/02/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the comma is inside "Surname, Given", no joiner between people
    assert [a.leads for a in found] == [["Bates, Jo"], ["Howells, Sian"], ["Price, Tom"]]
    rows = [
        ["Ref", "Action", "Action owner", "Due"],
        ["1.1", "Refresh the policy", "Sam Lee (left), Head of Quality / Jo Bates", "31/12/2026"],
        ["1.2", "Publish the report", "Amy Doyle", "31/01/2027"],
    ]  # fmt: skip
    # nor between a leaver and the post the leaver held
    assert actions(plan_of(write(tmp_path, rows)))[0].leads == ["Jo Bates"]


# Seen in hold-out 142 (an ILACS improvement plan) and hold-out 140 (an academy trust's
# governance review plan): a post and the team it sits in, "Service Manager, MASH", is one
# lead; two posts parted by a comma, "Chair of Trustees, Governance Professional", two.


def test_a_post_and_its_teams_acronym_is_one_lead_and_two_posts_are_two(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Review contacts held in the hub.", "Service Manager, MASH", "31/12/2026"],
        ["2", "Appoint a clerk.", "Chair of Trustees, Governance Professional", "31/03/2027"],
        ["3", "Agree the escalation route.", "Designated Nurse, ICB", "31/03/2027"],
        ["4", "Brief the managers.", "Head of Service, Children in Care", "30/06/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Service Manager, MASH"],  # four capitals: a team's initials, no person's
        ["Chair of Trustees", "Governance Professional"],
        ["Designated Nurse", "ICB"],  # a partner body beside the post
        ["Head of Service, Children in Care"],
    ]


# Seen in hold-out 143 (an acute trust's CQC must-do plan): a post and the service it
# sits in, "Head of Nursing, Children's Services", one lead.


def test_a_post_and_the_service_it_sits_in_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Audit the ward's escalations.", "Head of Nursing, Children's Services", ""],
        ["2", "Review the triage tool.", "Clinical Lead, Emergency Department", ""],
        ["3", "Agree the review panel.", "Service Manager, Adult Social Care", ""],
        ["4", "Brief the fleet.", "Director of Nursing, Fleet Services", ""],
        ["5", "Appoint a clerk.", "Chair of Trustees, Governance Professional", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Head of Nursing, Children's Services"],  # named for whom it serves: a department
        ["Clinical Lead, Emergency Department"],  # no post's word after the comma
        ["Service Manager, Adult Social Care"],
        ["Director of Nursing", "Fleet Services"],  # a team's name may lead beside the post
        ["Chair of Trustees", "Governance Professional"],  # a post's word: a second post
    ]


# Seen in hold-outs 217 and 223 (an independent investigation's plan, a CAMHS review's
# response): a bare post, then the service it belongs to after a comma, no one named.


def test_a_bare_post_and_its_service_after_a_comma_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Refresh the referral form.", "Operations Manager, Community Wellbeing Services", ""],
        ["2", "Publish the waiting times.", "Data Analyst, Housing and Neighbourhood Services", ""],
        ["3", "Brief the fleet.", "Director of Nursing, Fleet Services", ""],
        ["4", "Audit the depots.", "Head of Estates, Transport Services", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Operations Manager, Community Wellbeing Services"],  # the service's own manager
        ["Data Analyst, Housing and Neighbourhood Services"],
        ["Director of Nursing", "Fleet Services"],  # a post with its field, then a team
        ["Head of Estates", "Transport Services"],
    ]


def test_professional_is_a_post_only_as_the_last_word(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Refresh the CPD offer.", "Head of Service, Professional Development", "31/12/2026"],
        ["2", "Audit vetting.", "Detective Inspector, Professional Standards", "31/03/2027"],
        ["3", "Appoint a clerk.", "Chair of Trustees, Governance Professional", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # "Professional Standards" is a field of work, the post's unit
    assert [a.leads for a in found] == [
        ["Head of Service, Professional Development"],
        ["Detective Inspector, Professional Standards"],
        ["Chair of Trustees", "Governance Professional"],
    ]


# Seen in hold-out 173: "Module Lead, Paramedic Practice", a module lead and the field
# the module teaches.


def test_a_professions_word_before_a_field_names_the_field_not_a_post(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Revise the placement handbook.", "Programme Lead, Midwife Education", "31/12/2026"],
        ["2", "Map the mentor standards.", "Module Lead, Teacher Training", "31/03/2027"],
        ["3", "Agree the rota.", "Ward Manager, Lead Nurse", "31/03/2027"],
        ["4", "Audit the birth plans.", "Head of Midwifery, Consultant Midwife", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # "Midwife Education" is what the course teaches: the post's field, one lead kept whole
    assert [a.leads for a in found] == [
        ["Programme Lead, Midwife Education"],
        ["Module Lead, Teacher Training"],
        ["Ward Manager", "Lead Nurse"],  # a post's word ends it: a second post
        ["Head of Midwifery", "Consultant Midwife"],
    ]


# A second reader's plan: the field after a post's comma is a team where the plan names
# it leading alone elsewhere, or where the post names its own field ("Head of Nursing").


def test_a_field_leading_alone_elsewhere_is_a_second_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Deliver the sepsis e-learning.", "Nurse Education", "31/01/2027"],
        ["2", "Review the wound care pathway.", "Ward Manager, Nurse Education", "31/03/2027"],
        ["3", "Refresh preceptorship packs.", "Practice Education", "28/02/2027"],
        ["4", "Audit falls training uptake.", "Matron, Practice Education", "31/03/2027"],
        ["5", "Run simulation training.", "Head of Nursing, Nurse Training", "31/03/2027"],
        ["6", "Review the OSCE.", "Module Lead, Paramedic Practice", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Nurse Education"],
        ["Ward Manager", "Nurse Education"],  # the team leads row 1 alone
        ["Practice Education"],
        ["Matron", "Practice Education"],
        ["Head of Nursing", "Nurse Training"],  # the post names its own field
        ["Module Lead, Paramedic Practice"],  # the field the module teaches
    ]


def test_a_partner_bodys_short_name_after_a_post_is_no_team(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Agree the regional offer.", "Regional Lead, NHSE", "31/12/2026"],
        ["2", "Share outbreak data.", "Director of Public Health, UKHSA", "31/03/2027"],
        ["3", "Review contacts held in the hub.", "Service Manager, MASH", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a national body works beside the post; a team's initials are where it sits
    assert [a.leads for a in found] == [
        ["Regional Lead", "NHSE"],
        ["Director of Public Health", "UKHSA"],
        ["Service Manager, MASH"],
    ]


# Seen in hold-out 149 (an NHS trust's published CQC plan whose operational lead is
# "Redacted" on every row).


@pytest.mark.parametrize(
    "written", ["Redacted", "[Redacted]", "Withheld", "Name withheld", "Removed"]
)
def test_a_name_blanked_out_of_a_published_plan_is_no_one(tmp_path: Path, written: str) -> None:
    rows = [
        ["Ref", "Action", "Executive lead", "Operational lead", "Due"],
        ["1.1", "Introduce triage.", "Chief Nurse", written, "31/12/2026"],
        ["1.2", "Check the trolleys.", "Medical Director", "Jo Baines", "30/09/2026"],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Chief Nurse"], [])
    assert first.fields["Operational lead (as written)"] == written  # kept as written
    assert second.responsible == ["Jo Baines"]


# Seen in hold-out 149 (a college's HE Review plan naming each post with its holder's
# initials: "Clerk to the Corporation (DW)", "Dean of Higher Education (RM)").


def test_a_post_linked_by_of_or_to_keeps_initials_that_are_not_its_own(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Person Responsible", "Deadline"],
        ["1.1", "Review the terms of reference.", "Clerk to the Corporation (DW)", "09/12/2026"],
        ["1.2", "Set up a sub-group.", "Dean of Higher Education (RM)", "17/09/2026"],
        ["1.3", "Train the leaders.", "Jackie Wood (JW)", "31/12/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Clerk to the Corporation (DW)"],  # the post as written: DW is no initials of it
        ["Dean of Higher Education (RM)"],
        ["Jackie Wood"],  # after a name the bracket is its initials
    ]


# Seen in hold-out 149 (an area SEND accelerated progress plan whose leads are written
# with their body in brackets, "Jo Farrant (LA)", "Rachel Obi (Health)", and one row led
# by two posts so written, "Head of SEND (LA) / Designated Clinical Officer (ICB)").


def test_posts_with_their_bodies_keep_a_name_and_body_column_and_define_nothing(
    tmp_path: Path,
) -> None:
    posts = "Head of SEND (LA) / Designated Clinical Officer (ICB)"
    rows = [
        ["Ref", "Action", "Lead", "Deadline"],
        ["2.1", "Clear the backlog.", "Jo Farrant (LA)", "Dec 2026"],
        ["2.2", "Set up the QA panel.", posts, "June 2026"],
        ["2.3", "Agree the health template.", "Dr Amir Qureshi (ICB)", "Oct 2026"],
        ["4.2", "Reduce the wait.", "Rachel Obi (Health)", "Dec 2026"],
        ["4.3", "Train health visitors.", "Rachel Obi (Health)", "Nov 2026"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Jo Farrant"],
        [posts],  # "(LA)" is the body, not Jo Farrant's initials: the posts as written
        ["Dr Amir Qureshi"],
        ["Rachel Obi"],  # the column's habit: a name, then the body in brackets
        ["Rachel Obi"],
    ]
    assert found[3].fields["Lead (as written)"] == "Rachel Obi (Health)"


# Seen in hold-out 155 (a council's CQC assessment plan: all of an action's officers in
# one cell, "Karen Doyle (L), Tom Reid (S)", under a title row keying the marks).


def test_marks_a_key_defines_after_each_name_give_each_its_role(tmp_path: Path) -> None:
    rows = [
        ["Adult social care improvement plan"],
        ["Officers: (L) lead officer; (S) supporting officer."],
        ["Ref", "Action", "Officers", "Target date"],
        ["1.1", "Run weekend triage clinics.", "Karen Doyle (L), Tom Reid (S), Jo Pike (S)",
         "31/03/2027"],
        ["1.2", "Extend the trusted assessor scheme.", "Karen Doyle (L)", "31/10/2026"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Karen Doyle"], ["Tom Reid", "Jo Pike"])
    assert first.fields["Officers (as written)"] == "Karen Doyle (L), Tom Reid (S), Jo Pike (S)"
    assert (second.leads, second.responsible) == (["Karen Doyle"], [])


def test_a_comma_inside_a_marked_name_written_surname_first_parts_nothing(tmp_path: Path) -> None:
    rows = [
        ["Officers: (L) lead officer; (S) supporting officer."],
        ["Ref", "Action", "Officers", "Target date"],
        ["1.1", "Run weekend triage clinics.", "Doyle, Karen (L)\nReid, Tom (S)", "31/03/2027"],
        ["1.2", "Extend the trusted assessor scheme.", "Doyle, Karen (L)", "31/10/2026"],
        ["1.3", "Audit enquiries each quarter.", "Pike, Jo (L)", "31/12/2026"],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    # each "Surname, Given" one person, kept as written, as the column writes them
    assert (first.leads, first.responsible) == (["Doyle, Karen"], ["Reid, Tom"])
    assert (second.leads, second.responsible) == (["Doyle, Karen"], [])
    assert (third.leads, third.responsible) == (["Pike, Jo"], [])


def test_marks_no_key_defines_are_left_as_written(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Officers", "Target date"],
        ["1.1", "Run weekend triage clinics.", "Karen Doyle (L), Tom Reid (S)", "31/03/2027"],
    ]
    (only,) = actions(plan_of(write(tmp_path, rows)))
    assert only.responsible == []


# Seen in hold-out 161 (a fire service's HMICFRS plan): a post naming the fields it
# covers, commas between them and "and" before the last, then the post's word.


def test_a_post_listing_its_fields_before_its_word_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Target date"],
        ["5.1", "Run taster days.", "Equality, Diversity and Inclusion Manager", "30/11/2026"],
        ["5.2", "Set up staff networks.", "Finance, Audit, Risk and Assurance Lead", "31/01/2027"],
        ["5.3", "Brief the board.", "Amy Lee, Diversity and Inclusion Manager", "31/03/2027"],
        ["5.4", "Audit the networks.", "Jo Pike, Tom Reid and Sam Hart", "31/03/2027"],
    ]  # fmt: skip
    fields, more, named, people = actions(plan_of(write(tmp_path, rows)))
    # the words before the commas are the post's fields, not leads of their own
    assert fields.leads == ["Equality, Diversity and Inclusion Manager"]
    assert more.leads == ["Finance, Audit, Risk and Assurance Lead"]
    # a person's name before the comma is no field: the name and the post held
    assert named.leads == ["Amy Lee"]
    assert people.leads == ["Jo Pike", "Tom Reid", "Sam Hart"]


# Seen in hold-out 159 (a GP practice's survey plan: "ALL" in its Owner column, as the
# practice gives an action to every member of staff).


def test_all_in_the_owner_column_is_the_lead_as_written(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Actions", "Date By", "Owner"],
        ["1", "Promote online booking in the waiting room.", "30/6/26", "ALL"],
        ["2", "Review the telephone guidance.", "31/10/26", "BK/LM"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [["ALL"], ["BK", "LM"]]


# Seen in hold-out 165 (a care home's CQC plan): a "Key for Persons Responsible" of
# posts' initials, spaced as typed ("HSO= Health and Safety Officer"), above the table.


def test_a_key_of_posts_with_small_links_resolves_their_initials(tmp_path: Path) -> None:
    rows = [
        ["Key for Persons Responsible:"],
        ["RM = Registered Manager"],
        ["HSO= Health and Safety Officer"],
        ["QCC= Quality and Compliance Consultant"],
        ["HR= Human Resources Department"],
        [],
        ["Ref", "Action", "By Whom", "By When"],
        ["1", "Reorganise the laundry.", "HSO", "30/11/2026"],
        ["2", "Complete a mock inspection.", "QCC / RM", "31/01/2027"],
        ["3", "Audit all staff files.", "HR", "30/11/2026"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # the links belong to the post; a unit's kind the initials leave unsaid is kept
    assert [a.leads for a in found] == [
        ["Health and Safety Officer"],
        ["Quality and Compliance Consultant", "Registered Manager"],
        ["Human Resources Department"],
    ]


# Seen in hold-out 228 (an adult learning service's plan): a labelled key line below the
# table spells out the leads' codes, some of posts renamed or worded in another order.


def test_a_labelled_key_line_of_posts_defines_codes_that_do_not_fit(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Run a summer reading club.", "HoS", "31/07/2027"],
        ["2", "Open a drop-in for parents.", "SFL", "31/03/2027"],
        ["3", "Hold a careers fair.", "CEG/DM", "30/06/2027"],
        [],
        [
            "Key to leads: HoS – Head of Lifelong Learning; SFL – Family Support Lead; "
            "CEG – Careers, Employability and Guidance Officer; DM – Data Manager."
        ],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # the key's label and its every part a code and a post: each code is its post
    assert [a.leads for a in found] == [
        ["Head of Lifelong Learning"],
        ["Family Support Lead"],
        ["Careers, Employability and Guidance Officer", "Data Manager"],
    ]
    assert found[2].fields["Lead (as written)"] == "CEG/DM"


def test_an_unlabelled_or_mixed_line_defines_no_code_that_does_not_fit(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Run a summer reading club.", "HoS", "31/07/2027"],
        ["2", "Open a drop-in for parents.", "SFL", "31/03/2027"],
        [],
        ["Note: HoS – Head of Lifelong Learning"],
        ["Key to leads: SFL – Family Support Lead; see the minutes for the rest."],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["HoS"], ["SFL"]]


# Seen in hold-out 228 (a university's plan after an OfS assessment): a Dean written with
# the school the Dean heads after a comma, as "Director, Estates" is written.


def test_a_dean_and_the_school_after_a_comma_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Refresh the placement handbook.", "Dean, Medical School", "31/03/2027"],
        ["2", "Publish the research strategy.", "Dean, Graduate College", "31/07/2027"],
        ["3", "Audit the library loans.", "Dean Walsh, Head of Libraries", "31/07/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # "Dean" alone before the comma is the post; with a surname it is a person
    assert [a.leads for a in found] == [
        ["Dean, Medical School"],
        ["Dean, Graduate College"],
        ["Dean Walsh"],
    ]


def test_a_bare_post_and_the_team_it_heads_after_a_comma_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Move payslips online.", "Head, Payroll Team", "31/03/2027"],
        ["2", "Retender the fleet lease.", "Director of Place, Fleet Team", "31/07/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a post naming its own field ("Director of Place") has a team leading beside it
    assert [a.leads for a in found] == [
        ["Head, Payroll Team"],
        ["Director of Place", "Fleet Team"],
    ]


def test_a_surname_first_column_still_reads_dean_as_a_given_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Refresh the placement handbook.", "Walsh, Dean", "31/03/2027"],
        ["2", "Publish the research strategy.", "Hughes, Sian", "31/07/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Walsh, Dean"], ["Hughes, Sian"]]


# Seen in hold-out 169: a university's plan leads by posts, one with its portfolio in
# brackets ("Associate Deans (Education)"), beside posts alone.
def test_a_universitys_post_with_its_portfolio_in_brackets_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Name a tutor for each student.", "Associate Deans (Education)", "31/03/2027"],
        ["1.2", "Review course structures.", "Associate Deans (Education)", "31/07/2027"],
        ["1.3", "Offer evening timetables.", "Academic Registrar", "31/03/2027"],
        ["1.4", "Report to Senate.", "Pro Vice-Chancellor (Research)", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # "Associate Deans" is a post, not a person's name: its bracket is part of it
    assert [a.leads for a in found] == [
        ["Associate Deans (Education)"],
        ["Associate Deans (Education)"],
        ["Academic Registrar"],
        ["Pro Vice-Chancellor (Research)"],
    ]


# Seen in hold-out 171: a fire service's plan names two posts sharing an action,
# "Group Manager Prevention in conjunction with Head of Corporate Communications".
def test_posts_in_conjunction_with_each_other_are_two_leads(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Target the visits.", "Group Manager Prevention in conjunction with "
         "Head of Corporate Communications", "31/03/2027"],
        ["1.2", "Map the data.", "Head of Digital jointly with Jo Baines", "31/03/2027"],
        ["1.3", "Agree the offer.", "Head of SEND and Inclusion", "31/03/2027"],
        ["1.4", "Report to Board.", "Head of People in conjunction with partners", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # no post's title holds "in conjunction with"; a side that is no post nor name stays
    assert [a.leads for a in found] == [
        ["Group Manager Prevention", "Head of Corporate Communications"],
        ["Head of Digital", "Jo Baines"],
        ["Head of SEND and Inclusion"],
        ["Head of People in conjunction with partners"],
    ]


# Seen in hold-out 177: a programme log writes a shared action's owners as a phrase,
# "Shared between Priya Nair and Tom Ashby", posts and three names alike.
def test_owners_shared_between_are_each_a_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Move the servers.", "Shared between Ana Lopes and Rob Hale", "31/03/2027"],
        ["1.2", "Buy the laptops.", "Shared between Head of ICT and Head of Finance",
         "31/03/2027"],
        ["1.3", "Train the staff.", "Split between Jo Baines, Amy Lee and Tom Reid", "31/03/2027"],
        ["1.4", "Agree the offer.", "Shared between partners", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the phrase names who share the action, no part of the first one's name
    assert [a.leads for a in found] == [
        ["Ana Lopes", "Rob Hale"],
        ["Head of ICT", "Head of Finance"],
        ["Jo Baines", "Amy Lee", "Tom Reid"],
        ["Shared between partners"],  # no post nor name shares it: kept as written
    ]


# Seen in hold-out 177: a council's plan marks two posts that share an action by closing
# them with "(joint)": "Head of Commissioning / Head of Adult Social Work (joint)".
def test_posts_parted_by_a_slash_and_marked_joint_are_two_leads(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Map the market.", "Head of Housing / Head of Planning (joint)", "31/03/2027"],
        ["1.2", "Set the budget.", "Director of Resources / S151 Officer", "31/03/2027"],
        ["1.3", "Agree the rota.", "Ward Manager / Matron (jointly)", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # "(joint)" says two officers share it; without it a slash may be one person's two hats
    assert [a.leads for a in found] == [
        ["Head of Housing", "Head of Planning"],
        ["Director of Resources / S151 Officer"],
        ["Ward Manager", "Matron"],
    ]


# Seen in hold-out 228: a town council's plan leads an action by its clerk and its finance
# officer's short form joined by "/", the short form keyed below the table. A clerk is a
# post, so the cell is a post joined to a post: one lead as written, however the key reads.
def test_a_clerk_joined_to_a_keyed_post_by_a_slash_stays_one_lead(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead", "Due"],
        ["1", "Renew the hall's lease.", "Parish Clerk / CFO", "31/03/2027"],
        ["2", "Reclaim the VAT.", "CFO", "31/03/2027"],
        ["3", "Book the auditor.", "Parish Clerk", "31/03/2027"],
        ["", "", "", ""],
        ["CFO – Chief Finance Officer", "", "", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Parish Clerk / CFO"],  # one person's two hats, as "Director of Resources / S151"
        ["Chief Finance Officer"],  # the key still spells out the code alone
        ["Parish Clerk"],
    ]


# Seen in hold-out 170: a young offender institution's plan writes its contracted services'
# posts with the provider in brackets, "Head of Healthcare (Spire Health Partnership)" and
# "Education Manager (Novus Cambria)", the second shaped as a person's name.
def test_a_column_of_posts_with_their_providers_keeps_a_name_shaped_provider(
    tmp_path: Path,
) -> None:
    rows = [
        ["No.", "Action", "Responsible Owner", "Target Date"],
        ["1", "Recruit a psychologist.", "Head of Healthcare (Spire Health Partnership)",
         "31/01/2027"],
        ["2", "Train teachers in SEND.", "Education Manager (Novus Cambria)", "31/03/2027"],
        ["3", "Rebuild timetables.", "Head of Learning and Skills", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Head of Healthcare (Spire Health Partnership)"],
        ["Education Manager (Novus Cambria)"],  # the post and its provider, not a holder
        ["Head of Learning and Skills"],
    ]


def test_a_bracket_named_as_a_person_elsewhere_is_the_holder_beside_providers(
    tmp_path: Path,
) -> None:
    rows = [
        ["No.", "Action", "Responsible Owner", "Target Date"],
        ["1", "Recruit a psychologist.", "Head of Healthcare (Spire Health Partnership)",
         "31/01/2027"],
        ["2", "Clear the backlog.", "Head of SEND Assessment (Nadia Rahman)", "31/03/2027"],
        ["3", "Track each case.", "Nadia Rahman and Chris Doyle", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the plan names Nadia Rahman as a person: its brackets hold holders too
    assert [a.leads for a in found] == [
        ["Head of Healthcare (Spire Health Partnership)"],
        ["Nadia Rahman"],
        ["Nadia Rahman", "Chris Doyle"],
    ]


# A second reader's plan: one provider in brackets must not make every person in brackets
# in the column a provider; a bracket opened by a common given name is a holder.


def test_a_given_name_in_brackets_is_a_holder_beside_a_provider(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Review the safeguarding audit.",
         "Head of Safeguarding (Medway Community Healthcare Trust)", "31/01/2027"],
        ["2", "Recruit a named nurse.", "Named Nurse (Anna Clarke)", "31/03/2027"],
        ["3", "Refresh the LADO guidance.", "LADO (Peter Hughes)", "28/02/2027"],
        ["4", "Train teachers in SEND.", "Education Manager (Novus Cambria)", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Head of Safeguarding (Medway Community Healthcare Trust)"],
        ["Anna Clarke"],
        ["Peter Hughes"],
        ["Education Manager (Novus Cambria)"],  # no given name: the provider
    ]
    assert found[1].fields["Lead (as written)"] == "Named Nurse (Anna Clarke)"


# A council writes one post several times, each officer told apart by the work they
# cover in brackets; a remit of two capitalised words is shaped as a person's name.


def test_a_post_written_with_its_remit_keeps_a_name_shaped_remit(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Inspect the casinos.", "Licensing Officer (Gambling Premises)", "31/01/2027"],
        ["2", "Test every meter.", "Licensing Officer (Taxi Licences)", "31/03/2027"],
        ["3", "Train the new staff.", "Licensing Officer (Sarah Cole)", "31/03/2027"],
        ["4", "Audit the policy.", "Head of Compliance (Leila Haddad)", "28/02/2027"],
        ["5", "Staff the wards.", "Director of Nursing (Acute)", "28/02/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Licensing Officer (Gambling Premises)"],
        ["Licensing Officer (Taxi Licences)"],  # the post's remit, no holder named
        ["Sarah Cole"],  # a common given name: the holder
        ["Leila Haddad"],  # another post: its bracket still names its holder
        ["Director of Nursing (Acute)"],
    ]


# Issue 17 (import speed): each distinct lead or responsible cell is read once and its
# reading reused on later rows, where the reading needs nothing else of the row.


def test_a_lead_cell_repeated_on_many_rows_reads_the_same_on_each(tmp_path: Path) -> None:
    supported = "Director of Resources, supported by Head of Finance"
    rows = [
        ["Ref", "Action", "Lead", "Responsible", "Due"],
        ["1", "Audit the payroll.", "Jo Reid", "Sam Patel", "Sep-26"],
        ["2", "Refresh the budget.", "Jo Reid", "Sam Patel", "Oct-26"],
        ["3", "Close the ledger.", supported, "", "Nov-26"],
        ["4", "Train the team.", supported, "Amir Khan", "Dec-26"],
        ["5", "Review the policy.", "Reid, Jo", "", "Jan-27"],
        ["6", "Publish the policy.", "Reid, Jo", "", "Feb-27"],
    ]
    first, second, third, fourth, fifth, sixth = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Jo Reid"], ["Sam Patel"])
    assert (second.leads, second.responsible) == (["Jo Reid"], ["Sam Patel"])
    # "supported by" names the responsible only where the row's own cell is blank
    assert (third.leads, third.responsible) == (["Director of Resources"], ["Head of Finance"])
    assert fourth.responsible == ["Amir Khan"]
    assert third.fields["Lead (as written)"] == supported
    # a cell reworded keeps its wording on every row it is on, not only the first
    assert fifth.fields["Lead (as written)"] == sixth.fields["Lead (as written)"] == "Reid, Jo"


# Seen in a user check (5 Dec 2026, an internal audit tracker): surnames with an
# apostrophe after an initial and its full stop were joined to the initial ("JO’Neill").
def test_an_initial_before_a_surname_with_an_apostrophe_stays_apart(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Responsible officer", "Due"],
        ["1.1", "Run the duplicate payment report.", "Head of Finance (J. O’Neill)", ""],
        ["1.2", "Verify bank detail changes.", "J. O'Neill", ""],
        ["1.3", "Review the leavers list.", "HR Manager (P. D'Souza)", ""],
        ["1.4", "Reconcile the ledger.", "J. McDonald", ""],
        ["1.5", "Close the account.", "A. De Souza / T. Smith-Jones", ""],
        ["1.6", "Train the team.", "K. Ní Bhriain", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Head of Finance (J. O’Neill)"],
        ["J. O'Neill"],
        ["HR Manager (P. D'Souza)"],
        ["J. McDonald"],
        ["A. De Souza", "T. Smith-Jones"],
        ["K. Ní Bhriain"],
    ]


def test_a_surname_with_an_apostrophe_a_comma_and_an_initial_is_one_person(
    tmp_path: Path,
) -> None:
    """ "O'Brien, K." is one person as written, full stop kept, even in a column whose
    other cells are written otherwise: an initial alone after the comma is nobody."""
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Reconcile the ledger.", "J. Smith", ""],
        ["1.2", "Review the write-offs.", "O'Brien, K.", ""],
        ["1.3", "Chase the debtors.", "O’Brien, K.; Lowe, T.", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["J. Smith"], ["O'Brien, K."], ["O’Brien, K.", "Lowe, T."]]


# Seen in hold-out 181 (a borough council's scrutiny action plan, "Lead Member | Lead
# Officer"), beside hold-outs 51 and 54 (LGA peer challenge plans, "Lead officer | Lead
# member"): a council's two lines of accountability in two columns both headed "lead"
# (README reading 21). The plan writes the accountable one first.


def _member_and_officer(tmp_path: Path, member_first: bool) -> list[Any]:
    """A scrutiny plan's two people columns, the member's first or the officer's."""
    member = ["Lead Member", "Cabinet Member for Housing", "Cabinet Member for Housing"]
    officer = ["Lead Officer", "Head of Housing Options", "Private Sector Housing Manager"]
    people = [member, officer] if member_first else [officer, member]
    rows = [
        ["Ref", "Recommended action", people[0][0], people[1][0], "Timescale"],
        ["1", "Publish the allocations policy in plain English.", people[0][1],
         people[1][1], "March 2027"],
        ["2", "Inspect every licensed house in multiple occupation.", people[0][2],
         people[1][2], "June 2027"],
    ]  # fmt: skip
    return actions(plan_of(write(tmp_path, rows)))


def test_a_member_column_written_before_the_officer_column_leads(tmp_path: Path) -> None:
    """ "Lead Member | Lead Officer": the Cabinet Member, put first, is accountable for the
    portfolio and leads; the officer doing the work is the responsible."""
    first = _member_and_officer(tmp_path, member_first=True)[0]
    assert (first.leads, first.responsible) == (
        ["Cabinet Member for Housing"],
        ["Head of Housing Options"],
    )


def test_an_officer_column_written_before_the_member_column_leads(tmp_path: Path) -> None:
    """ "Lead officer | Lead member" (a peer challenge plan the officers run): the officer,
    put first, leads and the member is the responsible, as before."""
    first = _member_and_officer(tmp_path, member_first=False)[0]
    assert (first.leads, first.responsible) == (
        ["Head of Housing Options"],
        ["Cabinet Member for Housing"],
    )


# Seen in hold-out 178 (a national park's yearly action plan, "Who will deliver it? Lead
# organisation (in bold) and partner organisations"): the lead on the cell's first line,
# its partners on the line under it, the bold lost in a CSV.
def test_a_lead_and_partners_column_leads_with_its_first_line(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead agency and supporting partners", "Target"],
        ["3.1", "Patrol the town centre on Friday nights.",
         "Wexshire Police\nCommunity Safety Team; Street Pastors", "31/03/2027"],
        ["3.2", "Fit CCTV at the bus station.", "Community Safety Team", "30/06/2027"],
        ["3.3", "Run a campaign on drink spiking.", "Wexshire Police; Licensing Team",
         "31/12/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Wexshire Police"], ["Community Safety Team", "Street Pastors"]),
        (["Community Safety Team"], []),  # a lone lead leads as ever
        (["Wexshire Police", "Licensing Team"], []),  # one line: no first line to tell
    ]
    assert found[0].fields["Lead agency and supporting partners (as written)"] == rows[1][2]


# Seen in hold-out 185 (a council's adult social care improvement plan after its CQC
# assessment, "Accountable director | Lead officer"): of two people columns both headed as
# the lead, the one whose header names the accountable or senior post leads (README
# reading 6), whichever the plan writes first and however long the other's cue.


def _accountable_beside_a_lead(tmp_path: Path, headers: tuple[str, str], senior: int) -> Any:
    """The first action of a trust's quality plan whose two people columns carry
    ``headers``, the senior post written under ``headers[senior]``."""
    posts = [["Chief Nurse", "Medical Director"], ["Matron for Surgery", "Clinical Lead"]]
    first, second = posts if senior == 0 else posts[::-1]
    rows = [
        ["Ref", "Action", headers[0], headers[1], "Due"],
        ["1", "Audit the sepsis screening on every surgical ward.", first[0], second[0],
         "March 2027"],
        ["2", "Publish the theatre list to patients a week ahead.", first[1], second[1],
         "June 2027"],
    ]  # fmt: skip
    return actions(plan_of(write(tmp_path, rows)))[0]


@pytest.mark.parametrize(
    ("headers", "senior"),
    [
        (("Accountable director", "Lead officer"), 0),
        (("Lead officer", "Accountable director"), 1),
        (("Lead manager", "SRO"), 1),
        (("Lead officer", "Senior responsible owner"), 1),
        (("Lead officer", "Strategic lead"), 1),
    ],
)
def test_the_column_headed_as_accountable_leads_over_a_plain_lead(
    tmp_path: Path, headers: tuple[str, str], senior: int
) -> None:
    """ "Accountable director | Lead officer": the director answers for the action and
    leads; the lead officer does the work, the responsible, whichever is written first."""
    first = _accountable_beside_a_lead(tmp_path, headers, senior)
    assert (first.leads, first.responsible) == (["Chief Nurse"], ["Matron for Surgery"])


# A second reader's plans against the rule above: the line under the lead must name
# another person or body of the lead's kind. A post beside a name (either way round), a
# bracket, a phone number or a department of the body above only says more of the lead.
def test_a_lead_and_partners_column_makes_no_partner_of_what_describes_the_lead(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead and support", "Target"],
        ["1", "Refresh the tobacco control plan.", "Director of Public Health\nDr Jo Bloggs",
         "31/03/2027"],
        ["2", "Review the homelessness strategy.", "Sam Patel\nHead of Housing Options",
         "30/06/2027"],
        ["3", "Run the winter vaccine campaign.", "Public Health Team\n(supported by ICB comms)",
         "31/01/2027"],
        ["4", "Map all warm spaces.", "Wexshire County Council\n(Public Health)", "31/03/2027"],
        ["5", "Train energy advisers.", "Citizens Advice Wexshire\nTel 01234 567890",
         "30/06/2027"],
        ["6", "Publish the JSNA chapter.", "Jo Reid, Head of Intelligence\nSam Patel, Analyst",
         "28/02/2027"],
        ["7", "Fund boiler repairs.", "Housing Team\nAll district councils", "31/01/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads[:1], a.responsible) for a in found] == [
        (["Dr Jo Bloggs"], []),  # the post over its holder: one person
        (["Sam Patel"], []),  # the holder over the post
        (["Public Health Team"], ["ICB comms"]),  # who supports it, in brackets
        (["Wexshire County Council"], []),
        (["Citizens Advice Wexshire"], []),
        (["Jo Reid"], ["Sam Patel"]),  # two people, each with a post after a comma
        (["Housing Team"], ["All district councils"]),  # bodies named by their kind
    ]
    assert found[1].fields["Lead and support (as written)"] == rows[2][2]


# Seen in hold-out 189 (a falls-prevention QI plan whose leads are written with their
# team: "Kate Ellis & team", "Chief Clinical Information Officer and team").


def test_a_lead_written_with_their_team_is_the_lead_alone(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit the falls risk assessments.", "Kate Ellis & team", "Sep-26"],
        ["1.2", "Build the falls dashboard.", "Chief Clinical Information Officer and team", ""],
        ["1.3", "Review the bed rails.", "Dr Amir Khan + team", "Oct-26"],
        ["1.4", "Train the ward staff.", "Priya Nair & Tom Hale", "Nov-26"],
    ]
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Kate Ellis"]
    assert second.leads == ["Chief Clinical Information Officer"]
    assert third.leads == ["Dr Amir Khan"]
    assert fourth.leads == ["Priya Nair", "Tom Hale"]  # two people, both leads
    assert first.fields["Lead (as written)"] == "Kate Ellis & team"


def test_a_person_or_body_joined_to_a_named_team_or_body_is_two(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Support", "Due"],
        ["1.1", "Visit every block.", "Sam Reid & Lettings Team", "n/a", "Sep-26"],
        ["1.2", "Hear from residents.", "Sam Reid",
         "Residents' Panel & Leaseholder Forum", "Oct-26"],
        ["1.3", "Report to the board.", "Health & Wellbeing Board", "n/a", "Nov-26"],
        ["1.4", "Train the officers.", "Learning & Development Team", "n/a", "Nov-26"],
        ["1.5", "Chase the arrears.", "Head of Income & Rents Team", "n/a", "Dec-26"],
        ["1.6", "Renew the licences.", "Fire Safety and Licensing Committee", "n/a", "Dec-26"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a team or a body named whole shares the work beside a person or another body
    assert [a.leads for a in found] == [
        ["Sam Reid", "Lettings Team"],
        ["Sam Reid"],
        ["Health & Wellbeing Board"],
        ["Learning & Development Team"],
        ["Head of Income & Rents Team"],
        ["Fire Safety and Licensing Committee"],
    ]
    assert found[1].responsible == ["Residents' Panel", "Leaseholder Forum"]
    assert found[0].fields["Lead (as written)"] == "Sam Reid & Lettings Team"


# Seen in hold-out 196 (an infection-control plan whose leads close with "et al.": "Lucy
# Fairweather et al.", "Dr Nadia Rahman, Sean Cole et al.").


def test_a_lead_closed_by_et_al_is_the_people_named(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit hand hygiene.", "Lucy Fairweather et al.", "Sep-26"],
        ["1.2", "Relaunch the campaign.", "Dr Nadia Rahman, Sean Cole et al", "Oct-26"],
        ["1.3", "Review the rota.", "Tom Hale", "Nov-26"],
    ]
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Lucy Fairweather"]
    assert second.leads == ["Dr Nadia Rahman", "Sean Cole"]
    assert third.leads == ["Tom Hale"]
    assert first.fields["Lead (as written)"] == "Lucy Fairweather et al."


# Found by hand (session 25): a lead typed "[bold]x[/]" (markup pasted from a chat tool)
# came out "[Bold]X[/]", the words changed and the cell kept nowhere. Title case is for
# a name typed in lower case, and only a cell of name-like words is one.


def test_only_a_name_typed_in_lower_case_is_title_cased(tmp_path: Path) -> None:
    cells = ["[bold]x[/]", "bill basra", "jo o'neill-smith", "team 2", "housing (north)"]
    rows = [["Ref", "Action", "Lead officer", "Due date"]] + [
        [f"1.{n}", f"Do thing {n}.", cell, "31/03/2027"] for n, cell in enumerate(cells, 1)
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["[bold]x[/]"],  # markup, not a name: kept as typed
        ["Bill Basra"],  # a name typed in lower case
        ["Jo O'Neill-Smith"],  # a name's apostrophe and hyphen
        ["team 2"],  # a number is no part of a name
        ["housing (north)"],  # nor is a bracket
    ]
    # the case of a name is all that changed: its words are all in the lead, none lost
    assert [a.fields for a in found] == [{}] * len(cells)


# Seen in hold-out 190: a college's review plan led by "Programme Leader, Computing", a
# "Leader" as a "Lead" is, and the subject it leads after the comma.


def test_a_leader_and_the_subject_it_leads_after_a_comma_is_one_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Add a week of work experience.", "Course Leader, Engineering", "31/05/2027"],
        ["2", "Rewrite the module handbooks.", "Subject Leader, Geography", "31/01/2027"],
        ["3", "Tell the governors.", "Team Leader, Chief Executive", "31/03/2027"],
    ]
    course, subject, two = actions(plan_of(write(tmp_path, rows)))
    assert course.leads == ["Course Leader, Engineering"]
    assert subject.leads == ["Subject Leader, Geography"]
    assert two.leads == ["Team Leader", "Chief Executive"]  # a second post: two leads


# A second reader's plan against the rule above: names typed in lower case beside a
# bracket, a dash or another name, and a post with a number, all led in lower case. The
# names in such a cell are capitalised, the rest kept as typed; a post's small words
# stay small.


def test_the_names_of_a_lower_case_cell_are_capitalised_beside_other_words(
    tmp_path: Path,
) -> None:
    cells = ["bill basra (hr)", "jo smith – senco", "priya shah / tom hale", "head of year 9"]
    rows = [["Ref", "Action", "Lead officer", "Due date"]] + [
        [f"1.{n}", f"Do thing {n}.", cell, "31/03/2027"] for n, cell in enumerate(cells, 1)
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Bill Basra (hr)"],  # the name before the bracket; what it holds as typed
        ["Jo Smith – senco"],  # the name before the dash
        ["Priya Shah / Tom Hale"],  # each name
        ["Head of Year 9"],  # a post: its small word stays small
    ]


# Seen in hold-out 197 (a parliament's Public Accounts Committee tracker): "Comment from
# Responsible Minister or Entity Head" beside the committee's own "Progress"


def test_a_comment_from_someone_named_by_post_is_no_people_column(tmp_path: Path) -> None:
    rows = [
        ["Recommendation", "Comment from Responsible Minister or Entity Head", "Progress"],
        ["The Government should publish the business case.",
         "The business case will be released once negotiations conclude.",
         "Summary business case tabled in June."],
        ["The Department should report quarterly on the costs.",
         "Quarterly reports will commence from the September quarter.", ""],
        ["The Health Service should publish monthly reports.", "TBC", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # what the Minister wrote back, kept as written: no lead, nor news of the work
    assert [(a.leads, a.responsible) for a in found] == [([], [])] * 3
    assert found[0].fields["Comment from Responsible Minister or Entity Head"] == (
        "The business case will be released once negotiations conclude."
    )
    assert [u.text for u in found[0].updates] == ["Summary business case tabled in June."]


# Seen in hold-out 212 (a port health authority's and a crematorium's plans): a lead away
# on leave written with the leave and the day they are back in brackets, and a
# part-time officer with the days they work.


def test_a_note_of_when_the_lead_is_away_or_at_work_is_no_part_of_the_name(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit the invoices.", "Priya Shah (annual leave until 11/01/2027)", "31/03/2027"],
        ["2", "Brief the panel.", "Tom Bell (A/L 18/12/2026 - 05/01/2027)", "31/01/2027"],
        ["3", "Update the register.", "Jo Hart (off sick, back 14 Dec)", "31/01/2027"],
        ["4", "Book the venue.", "Amy Lee (Tues & Weds)", "28/02/2027"],
        ["5", "Check the stock.", "Sam Reid (part time, Mondays to Wednesdays)", "28/02/2027"],
        ["6", "Print the leaflets.", "Omar Dunne (Mon, Thu, Fri); Kate Ellis", "28/02/2027"],
        ["7", "Agree the budget.", "Finance Manager (Wed–Fri)", "31/03/2027"],
        ["8", "Answer the letter.", "Amy Lee (AL)", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the leave's days are no deadline, and the working days' "&" and commas part no one
    assert [a.leads for a in found] == [
        ["Priya Shah"],
        ["Tom Bell"],
        ["Jo Hart"],
        ["Amy Lee"],
        ["Sam Reid"],
        ["Omar Dunne", "Kate Ellis"],
        ["Finance Manager"],  # a post-holder's days are no part of the post either
        ["Amy Lee"],  # initials, no leave: "AL" with no slash defines them
    ]
    assert [a.due for a in found[:2]] == [D(2027, 3, 31), D(2027, 1, 31)]
    assert found[1].fields["Lead (as written)"] == "Tom Bell (A/L 18/12/2026 - 05/01/2027)"
    assert found[3].fields["Lead (as written)"] == "Amy Lee (Tues & Weds)"


# Seen in hold-out 212 (a mental health trust's reply to a coroner): two officers either
# of whom may take the action forward, joined by "and/or".
def test_people_or_posts_joined_by_and_or_are_each_a_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit the care plans.", "Dr Amir Khan and/or Jo Baines", "31/03/2027"],
        ["2", "Revise the policy.", "Head of Quality and/or Associate Director of Nursing",
         "31/03/2027"],
        ["3", "Brief the ward teams.", "Kate Ellis &/or Ward Manager", "31/03/2027"],
        ["4", "Report to the board.", "Head of Finance and Performance", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # either may act, so each leads; no post's own title holds "and/or"
    assert [(a.leads, a.responsible) for a in found] == [
        (["Dr Amir Khan", "Jo Baines"], []),
        (["Head of Quality", "Associate Director of Nursing"], []),
        (["Kate Ellis", "Ward Manager"], []),
        (["Head of Finance and Performance"], []),
    ]
    assert found[0].fields["Lead (as written)"] == "Dr Amir Khan and/or Jo Baines"


# Seen in hold-out 221: leads written as initials, a hyphen and the team's code ("JB-ASC",
# "JB-ASC / SH-QPA") over a key of the initials below the table.


def test_initials_with_their_team_code_after_a_hyphen_are_the_keyed_person(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit home care visits.", "AB-HC", "31/12/2026"],
        ["2", "Train the duty team.", "CD-OPS / AB-HC", "31/01/2027"],
        ["3", "Report to members.", "XY-OPS", "31/03/2027"],
        [],
        ["Key to initials:"],
        ["AB = Alan Bright, Home Care Manager"],
        ["CD = Cara Dunn, Duty Manager"],
        ["Team codes: HC = Home Care; OPS = Operations"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the key names the initials; the code after the hyphen is their team, no second lead;
    # initials the key does not give stay as written
    assert [a.leads for a in found] == [["Alan Bright"], ["Cara Dunn", "Alan Bright"], ["XY-OPS"]]
    assert found[1].fields["Lead (as written)"] == "CD-OPS / AB-HC"


# Asked by the lead (session 29): two keyed initials joined by a hyphen, "AB-CD", are two
# officers leading together, as "AB / CD" are.


def test_two_keyed_initials_joined_by_a_hyphen_are_two_leads(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit home care visits.", "AB-CD", "31/12/2026"],
        ["2", "Train the duty team.", "CD-AB", "31/01/2027"],
        ["3", "Report to members.", "AB-HC", "31/03/2027"],
        ["4", "Brief the panel.", "ASC-AB", "31/03/2027"],
        [],
        ["Key to initials:"],
        ["AB = Alan Bright, Home Care Manager"],
        ["CD = Cara Dunn, Duty Manager"],
        ["Team codes: HC = Home Care; ASC = Adult Social Care"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # each side the key's person, in the order written; a team's code is no second lead,
    # and a pair whose first side the key gives no one stays as written
    assert [a.leads for a in found] == [
        ["Alan Bright", "Cara Dunn"],
        ["Cara Dunn", "Alan Bright"],
        ["Alan Bright"],
        ["ASC-AB"],
    ]
    assert found[0].fields["Lead (as written)"] == "AB-CD"


def test_initials_keyed_in_brackets_after_names_join_by_a_hyphen(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Audit home care visits.", "AB-CD", "31/12/2026"],
        ["2", "Train the duty team.", "AB", "31/01/2027"],
        [],
        ["Key to leads: Alan Bright (AB); Cara Dunn (CD)"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Alan Bright", "Cara Dunn"], ["Alan Bright"]]


# Seen in hold-out 230 (a police force's PEEL plan, "Force lead | Deputy", and a peer
# challenge plan, "Responsible officer | Portfolio holder"): a column header naming the
# deputy, or the elected member who holds the portfolio, says the person's part.


def test_a_deputy_column_beside_the_lead_is_the_responsible(tmp_path: Path) -> None:
    """ "Lead | Deputy": the deputy stands in for the lead and runs the work day to day;
    a deputy post left empty ("Vacant post") names no one."""
    rows = [
        ["Ref", "Action", "Area lead", "Deputy", "Target date"],
        ["1.1", "Open a second custody suite.", "Supt Alan Firth", "Insp Mia Dove", "31/03/2027"],
        ["1.2", "Audit the property store.", "Supt Alan Firth", "Vacant post", "30/06/2027"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Supt Alan Firth"], ["Insp Mia Dove"])
    assert (second.leads, second.responsible) == (["Supt Alan Firth"], [])
    assert second.fields["Deputy (as written)"] == "Vacant post"


def test_a_portfolio_holder_leads_beside_a_responsible_officer(tmp_path: Path) -> None:
    """ "Responsible officer | Portfolio holder": the header says the officer is the
    responsible, so the Cabinet Member holding the portfolio leads, though written after."""
    rows = [
        ["Ref", "Action", "Responsible officer", "Portfolio holder", "Timescale"],
        ["2.1", "Let the leisure contract.", "Head of Leisure", "Cllr Rhys Ambler",
         "Mar 2027"],
        ["2.2", "Close the depot.", "Fleet Manager", "Cllr Rhys Ambler", "Jun 2027"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Cllr Rhys Ambler"], ["Head of Leisure"])
    assert (second.leads, second.responsible) == (["Cllr Rhys Ambler"], ["Fleet Manager"])


# Seen in hold-out 230 (a force's "Deputy" column and a council's officers column, each
# writing "Name (Post)" beside ranked names, "tbc", "Vacant post" and a post "(interim)").


def test_plain_cells_and_a_post_held_for_now_break_no_name_then_post_habit(
    tmp_path: Path,
) -> None:
    """The column writes its people "Name (Post)"; a ranked name, names a line each, "tbc"
    and a post "(acting)" have nothing the habit misreads, so the posts are still dropped."""
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Map the night rota.", "Olu Fenwick (Head of Rostering)", "31/12/2026"],
        ["1.2", "Buy two vans.", "T/Insp Gale Morrow", "31/01/2027"],
        ["1.3", "Retrain the control room.", "Bea Lantern (Control Room Manager)", "31/01/2027"],
        ["1.4", "Clear the backlog.", "tbc", "28/02/2027"],
        ["1.5", "Set the budget.", "Head of Finance (acting)", "31/03/2027"],
        ["1.6", "Walk the beats.", "Insp Cal Brody\nSgt Neve Park", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Olu Fenwick"],
        ["T/Insp Gale Morrow"],
        ["Bea Lantern"],
        [],
        ["Head of Finance (acting)"],
        ["Insp Cal Brody", "Sgt Neve Park"],
    ]


def test_names_defining_their_initials_show_no_name_then_post_habit(tmp_path: Path) -> None:
    """ "Ola Brink (OB)" defines initials, no post: beside it one "Cy Tate (Police)" is a
    lone row so written, kept whole, though "OB" alone no longer breaks a habit."""
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Map the night rota.", "Ola Brink (OB)", "31/12/2026"],
        ["1.2", "Buy two vans.", "OB", "31/01/2027"],
        ["1.3", "Share the rota.", "Ned Rowe (NR)", "31/01/2027"],
        ["1.4", "Walk the beats.", "NR and Cy Tate (Police)", "31/03/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert found[3].leads == ["Ned Rowe", "Cy Tate (Police)"]


# Seen in hold-out 230 (an NHS trust's "Accountable | Responsible | Support" columns).


def test_a_support_column_beside_a_responsible_column_adds_more_responsible(
    tmp_path: Path,
) -> None:
    """Who helps the manager who delivers is responsible too, after that manager."""
    rows = [
        ["Ref", "Action", "Accountable", "Responsible", "Support", "Target date"],
        ["1.1", "Fit new bed sensors.", "Chief Nurse", "Amir Lowe", "Facilities team",
         "31/01/2027"],
        ["1.2", "Audit the sensors.", "Chief Nurse", "Amir Lowe", "Ola Brink & Cy Tate",
         "31/03/2027"],
        ["1.3", "Report falls monthly.", "Chief Nurse", "Amir Lowe", "", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Chief Nurse"], ["Amir Lowe", "Facilities team"]),
        (["Chief Nurse"], ["Amir Lowe", "Ola Brink", "Cy Tate"]),
        (["Chief Nurse"], ["Amir Lowe"]),
    ]


def test_a_post_or_team_joined_after_a_name_and_its_post_is_another_lead(
    tmp_path: Path,
) -> None:
    """In a "Name (Post)" column the bracket is the person's post: a post or a team after
    "/", "&" or on the next line is someone else, not a second post of theirs."""
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Relay the bowling green.", "Ola Brink (Head of Parks) & Grounds team",
         "31/12/2026"],
        ["1.2", "Buy two gritters.", "Ned Rowe (Fleet Manager) / Depot Supervisor",
         "31/01/2027"],
        ["1.3", "Add food waste rounds.", "Cy Tate (Head of Waste)\nRecycling team",
         "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Ola Brink", "Grounds team"],
        ["Ned Rowe", "Depot Supervisor"],
        ["Cy Tate", "Recycling team"],
    ]


# Seen in hold-out 225: a tracker whose officer's name is looked up by a formula, left
# "#N/A" where the officer has left the list, and whose RAG formula gives "#VALUE!".


@pytest.mark.parametrize("error", ["#N/A", "#REF!", "#NAME?"])
def test_an_excel_error_value_names_no_one(tmp_path: Path, error: str) -> None:
    rows: list[list[object]] = [
        ["Ref", "Action", "Owner", "Deadline", "RAG"],
        ["1", "Clear the void backlog.", "Maya Quinn", D(2026, 12, 31), "Green"],
        ["2", "Recycle the depot's tyres.", error, D(2027, 1, 31), "#VALUE!"],
        ["3", "Survey the tower blocks.", "Owen Pryce", "#DIV/0!", "Amber"],
    ]  # fmt: skip
    found = actions(plan_of(write_workbook(tmp_path, {"Plan": rows})))
    assert [a.leads for a in found] == [["Maya Quinn"], [], ["Owen Pryce"]]
    assert [a.rag for a in found] == ["green", None, "amber"]
    assert [a.due for a in found] == [D(2026, 12, 31), D(2027, 1, 31), None]
    assert found[1].fields["Owner (as written)"] == error  # the broken formula shows


def test_a_surname_ending_as_strategic_does_is_still_a_name(tmp_path: Path) -> None:
    """ "Strategic" is no word of a name, but its ending is no sign of one: a surname
    written without its accent ("Begic" for Begić) names the holder of the post."""
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Train the new crews.", "DM (Amra Begic)", "31/03/2027"],
        ["2", "Publish the risk plan.", "ACO (Strategic Planning)", "31/03/2027"],
        ["3", "Audit the fleet.", "WM (Edin Pregic)", "30/04/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [
        ["Amra Begic"],
        ["ACO (Strategic Planning)"],
        ["Edin Pregic"],
    ]


# Seen in hold-out 264: a school's plan whose staff key tells two staff with the same
# initials apart by a digit, "JB1 = Jo Baines (Headteacher); JB2 = James Bell (…)".


def test_initials_told_apart_by_a_digit_resolve_through_the_key(tmp_path: Path) -> None:
    key = (
        "Staff key: JB1 = Jo Baines (Headteacher); JB2 = James Bell (Deputy Headteacher); "
        "SO = Sarah Okafor (SENCo)."
    )
    rows = [
        [key],
        [],
        ["Ref", "Action", "Lead", "Support", "By when"],
        ["1.1", "Train all staff in phonics.", "SO", "JB2", "31/12/2026"],
        ["1.2", "Report to governors each term.", "JB1", "JB2 / SO", "31/07/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # the digit only tells the two apart: each code is the person the key gives it to
    assert [a.leads for a in found] == [["Sarah Okafor"], ["Jo Baines"]]
    assert [a.responsible for a in found] == [["James Bell"], ["James Bell", "Sarah Okafor"]]
    assert found[1].fields["Lead (as written)"] == "JB1"


def test_a_keyed_code_with_a_digit_that_names_no_person_stays_as_written(
    tmp_path: Path,
) -> None:
    rows = [
        ["Key: KS2 = Key Stage Two; SO = Sarah Okafor."],
        [],
        ["Ref", "Action", "Lead", "By when"],
        ["1.1", "Match reading books to the phonics scheme.", "KS2", "31/12/2026"],
        ["1.2", "Train all staff in phonics.", "SO", "31/07/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # a stage of school is no one, however well its initials fit the words
    assert [a.leads for a in found] == [["KS2"], ["Sarah Okafor"]]


# Suspected on reading session 38's change (no hold-out yet): a school's key writes its
# terms' short forms with a digit too ("PP1 = Pupil Premium", "SEF1 = Self Evaluation
# Form", "AP3 = Alternative Provision"). The digit tells two staff with the same
# initials apart; a code no other person shares is no such code, and no one.

TERMS_AND_STAFF = [
    ("PP1", "Pupil Premium"),
    ("SEF1", "Self Evaluation Form"),
    ("AP3", "Alternative Provision"),
    ("JB1", "Jo Baines"),
    ("JB2", "James Bell"),
]
LEADS = ["PP1", "SEF1", "AP3", "JB1", "JB2 / JB1"]


def _plan_rows(leads: list[str]) -> list[list[str]]:
    header = ["Ref", "Action", "Lead", "By when"]
    texts = [
        "Track the attendance of disadvantaged pupils.",
        "Rewrite the self evaluation before the spring term.",
        "Review the places bought at the pupil referral unit.",
        "Report to governors each term.",
        "Check the catch-up tutoring reaches every pupil it should.",
    ]
    pairs = enumerate(zip(texts[: len(leads)], leads, strict=True), 1)
    return [header, *([f"1.{i}", text, lead, "31/12/2026"] for i, (text, lead) in pairs)]


def _leads_and_written(plan: Any) -> list[tuple[list[str], str | None]]:
    return [(a.leads, a.fields.get("Lead (as written)")) for a in actions(plan)]


EXPECTED_LEADS = [
    (["PP1"], None),
    (["SEF1"], None),
    (["AP3"], None),
    (["Jo Baines"], "JB1"),
    (["James Bell", "Jo Baines"], "JB2 / JB1"),
]


def test_a_term_keyed_with_a_digit_is_no_one_in_a_key_line(tmp_path: Path) -> None:
    key = "Key: " + "; ".join(f"{code} = {meaning}" for code, meaning in TERMS_AND_STAFF) + "."
    rows = [[key], [], *_plan_rows(LEADS)]
    # the funding, the form and the provision stay as written; the two staff resolve
    assert _leads_and_written(plan_of(write(tmp_path, rows))) == EXPECTED_LEADS


def test_a_term_keyed_with_a_digit_is_no_one_in_key_rows_below(tmp_path: Path) -> None:
    below = [["Key", "", "", ""]] + [
        [f"{code} = {meaning}", "", "", ""] for code, meaning in TERMS_AND_STAFF
    ]
    rows = [*_plan_rows(LEADS), ["", "", "", ""], *below]
    assert _leads_and_written(plan_of(write(tmp_path, rows))) == EXPECTED_LEADS


def test_a_term_keyed_with_a_digit_is_no_one_on_a_key_sheet(tmp_path: Path) -> None:
    sheets = {
        "Plan": _plan_rows(LEADS),
        "Key": [["Code", "Meaning"]] + [[code, meaning] for code, meaning in TERMS_AND_STAFF],
    }
    # a Key sheet's JB1 and JB2 are the two staff, as the key line's are
    assert _leads_and_written(plan_of(write_workbook(tmp_path, sheets))) == EXPECTED_LEADS


def test_a_code_with_a_digit_no_one_else_shares_stays_as_written(tmp_path: Path) -> None:
    rows = [
        ["Key: SO1 = Sarah Okafor; JB = Jo Baines."],
        [],
        *_plan_rows(["SO1", "JB"]),
    ]
    # the digit tells no two people apart here: SO1 may be anything the plan numbers
    assert [a.leads for a in actions(plan_of(write(tmp_path, rows)))] == [["SO1"], ["Jo Baines"]]


def test_plain_initials_keyed_to_a_team_or_a_term_are_what_the_key_spells_out(
    tmp_path: Path,
) -> None:
    rows = [
        ["Key: SLT = Senior Leadership Team; PP = Pupil Premium; JB = Jo Baines."],
        [],
        *_plan_rows(["SLT", "PP", "JB"]),
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # no digit to tell anyone apart: the key spells the code out, as "HT – Head Teacher"
    assert [a.leads for a in found] == [
        ["Senior Leadership Team"],
        ["Pupil Premium"],
        ["Jo Baines"],
    ]
    assert found[0].fields["Lead (as written)"] == "SLT"


# Seen in hold-out 274: an audit tracker's officers written "Surname, Forename" as the
# address book shows them, the same comma parting two or three people on one action; and
# a trust's operational leads written with the surname they had before marriage.


def test_surname_first_people_parted_by_the_same_comma_pair_off(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Agreed action", "Responsible officer", "Target date"],
        ["PAY-01", "Reject unsigned forms.", "Okafor, Grace", "30/09/2026"],
        ["PAY-02", "Check overtime claims.", "Okafor, Grace, Reid, Tom", "31/12/2026"],
        ["PAY-03", "Sign off exception reports.", "Reid, Tom", "31/03/2027"],
        ["BC-01", "Test the plan.", "Hughes, Sian, Patel, Anika, Reid, Tom", "31/01/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # one person a pair, as the column writes one person a cell
    assert [a.leads for a in found] == [
        ["Okafor, Grace"],
        ["Okafor, Grace", "Reid, Tom"],
        ["Reid, Tom"],
        ["Hughes, Sian", "Patel, Anika", "Reid, Tom"],
    ]


def test_given_names_listed_with_commas_stay_one_person_each(tmp_path: Path) -> None:
    odd = [["Grace, Tom, Ann"], ["Okafor, Grace"]]
    given_first = [["Tom, Sarah, Lucy, Ann"], ["Tom, Sarah"]]
    never_alone = [["Okafor, Grace, Reid, Tom"], ["Lowe, Karen, Birch, Sam"]]
    got = []
    for n, cells in enumerate((odd, given_first, never_alone)):
        rows = [["Ref", "Action", "Owner", "Deadline"]] + [
            [f"1.{i}", "Do it.", cell[0], "30/09/2026"] for i, cell in enumerate(cells, 1)
        ]
        got.append(actions(plan_of(write(tmp_path, rows, name=f"{n}.csv")))[0].leads)
    # no column habit to pair them: the comma parts the people as ever
    assert got == [
        ["Grace", "Tom", "Ann"],
        ["Tom", "Sarah", "Lucy", "Ann"],
        ["Okafor", "Grace", "Reid", "Tom"],
    ]


def test_a_surname_before_marriage_is_no_part_of_the_person(tmp_path: Path) -> None:
    cells = [
        "Kate Ellis (née Morgan)",
        "Sarah Quinn (nee Hollis)",
        "Helen Marsh née Ward",
        "Dr Jo Barker (née Smith) / Tom Hale",
        "Tom Hart (né Hale)",
        "Renée Hall",
    ]
    rows = [["Ref", "Action", "Exec lead", "Operational lead", "Target date"]] + [
        [f"1.{i}", "Audit triage.", "Chief Nurse", cell, "31/12/2026"]
        for i, cell in enumerate(cells, 1)
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.responsible for a in found] == [
        ["Kate Ellis"],
        ["Sarah Quinn"],
        ["Helen Marsh"],
        ["Dr Jo Barker", "Tom Hale"],
        ["Tom Hart"],
        ["Renée Hall"],
    ]
    # the cell as written stays on the action, the old name with it
    assert found[0].fields["Operational lead (as written)"] == "Kate Ellis (née Morgan)"


# Seen in hold-out 274 (a care home's CQC action plan): "Lead: … / Support: …" on one
# line, a slash parting the labelled parts, names or posts.
def test_labelled_parts_parted_by_a_slash_name_the_lead_and_the_responsible(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Responsible person", "Target date"],
        ["1.1", "Audit the MAR charts.", "Lead: Helen Marsh / Support: Grace Mensah", "31/12/2026"],
        ["1.2", "Review the rota.", "Lead: Nominated Individual / Support: Registered Manager",
         "31/01/2027"],
        ["1.3", "Retrain the staff.", "Lead: Grace Mensah / Support: Kemi Adeyemi & Tom Hale",
         "28/02/2027"],
        ["1.4", "Check the call bells.", "Helen Marsh / Grace Mensah", "28/02/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Helen Marsh"], ["Grace Mensah"]),
        (["Nominated Individual"], ["Registered Manager"]),
        (["Grace Mensah"], ["Kemi Adeyemi", "Tom Hale"]),
        # no label: two leads, as ever
        (["Helen Marsh", "Grace Mensah"], []),
    ]
    assert found[0].fields["Responsible person (as written)"] == (
        "Lead: Helen Marsh / Support: Grace Mensah"
    )


# Seen in hold-out 274 (a council's improvement and recovery plan): a role held jointly
# written as its label, a colon and its holders.
def test_a_joint_roles_label_names_each_holder_a_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Set up the board.", "Co-Chairs: Cllr Amy Doyle and Joanne Reeves", "30/09/2026"],
        ["1.2", "Merge the teams.", "Co-leads: Helen Grant / Tom Reid", "31/12/2026"],
        ["1.3", "Set the budget.", "Joint statutory officers: Section 151 Officer / Monitoring "
         "Officer", "31/03/2027"],
        ["1.4", "Redesign services.", "Co-Directors of Transformation: Jo Barker and Dev Kapoor",
         "31/03/2027"],
        ["1.5", "Publish the plan.", "Coordinator: Jo Barker", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.leads, a.responsible) for a in found] == [
        (["Cllr Amy Doyle", "Joanne Reeves"], []),
        (["Helen Grant", "Tom Reid"], []),
        (["Section 151 Officer", "Monitoring Officer"], []),
        (["Jo Barker", "Dev Kapoor"], []),
        (["Jo Barker"], []),
    ]
    assert found[0].fields["Lead (as written)"] == "Co-Chairs: Cllr Amy Doyle and Joanne Reeves"


# Seen in hold-out 274 (a fire service's HMICFRS plan): a lead not yet named, written
# with the reason or the holder to come.
def test_vacant_or_tbc_with_a_reason_names_no_one(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Refresh the risk model.", "Vacant – recruitment under way", "31/12/2026"],
        ["1.2", "Audit the premises.", "TBC – new Head of Protection starts 05/01/2027",
         "31/03/2027"],
        ["1.3", "Review the crewing.", "TBC (pending the Q4 restructure)", "31/03/2027"],
        ["1.4", "Train the crews.", "Vacant post – interim arrangements being agreed",
         "31/03/2027"],
        ["1.5", "Brief the staff.", "Vacant – covered by Amy Doyle", "31/03/2027"],
        ["1.6", "Survey the public.", "TBC – Jo Barker", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [[], [], [], [], ["Amy Doyle"], ["Jo Barker"]]
    # the wording stays where the user sees it, and the day in it is no deadline
    assert found[1].fields["Lead (as written)"] == "TBC – new Head of Protection starts 05/01/2027"
    assert found[1].due == D(2027, 3, 31)
