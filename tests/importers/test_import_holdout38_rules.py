"""Rules found on the thirty-eighth hold-out set (a police force's inspection plan with a
"Governance" column of boards and an "Open/Closed" column beside the RAG): each on a
small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_HEADER = ["Ref", "Action", "Owner", "Governance", "RAG", "Open/Closed"]


def test_a_column_of_boards_is_a_field_not_the_responsible(tmp_path: Path) -> None:
    rows = [
        _HEADER,
        ["R1.1", "Add a risk field.", "DCI Sarah Hughes", "Public Protection Board", "G", "Open"],
        ["R1.2", "Train officers.", "T/DI Paul Rees", "Strategic Safeguarding Board", "A", "Open"],
        ["R2.1", "Staff the hub.", "DCI Sarah Hughes", "Strategic Safeguarding Board", "", "Open"],
    ]
    first, *_ = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["DCI Sarah Hughes"], [])
    # the board is kept as a field of the action
    assert first.fields["Governance"] == "Public Protection Board"


def test_bodies_under_a_people_header_are_still_no_one(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead", "Responsible", "Due"],
        ["1.1", "Publish the strategy.", "Jo Bell", "Health and Wellbeing Board", "Dec 2026"],
        ["1.2", "Audit the plans.", "Sam Price", "Quality Committee", "Jan 2027"],
        ["1.3", "Hear from parents.", "Jo Bell", "Parent Carer Forum", "Feb 2027"],
    ]
    first, *_, last = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.responsible) == (["Jo Bell"], [])
    assert last.fields["Responsible"] == "Parent Carer Forum"


def test_open_with_a_rating_is_under_way_and_closed_is_done(tmp_path: Path) -> None:
    rows = [
        _HEADER,
        ["R1.1", "Add a risk field.", "DCI Sarah Hughes", "Public Protection Board", "G", "Open"],
        ["R1.2", "Train officers.", "T/DI Paul Rees", "Strategic Safeguarding Board", "", "Open"],
        ["R2.1", "Staff the hub.", "DCI Sarah Hughes", "Safeguarding Board", "G", "Closed"],
    ]
    rated, unrated, closed = actions(plan_of(write(tmp_path, rows)))
    assert (rated.status, rated.rag) == ("in_progress", "green")
    assert (unrated.status, unrated.rag) == ("not_started", None)
    assert (closed.status, closed.rag) == ("done", "green")


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
