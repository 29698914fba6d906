"""Rules found on the thirty-ninth hold-out set (a children's home's Ofsted plan keying
owners as "RM = Registered Manager (Dawn Pike)"; a youth justice plan writing leads as a
name then a body or post in brackets, with a "Done" column of ticks): each on a small
file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


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


def test_a_post_with_a_qualifier_stays_whole_beside_names_with_bodies(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Agree an intelligence protocol.", "Priya Nair (Police)", "31/01/2027"],
        ["1.2", "Train all nurses.", "Director of Nursing (Acute)", "31/01/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found] == [["Priya Nair (Police)"], ["Director of Nursing (Acute)"]]


def test_a_tick_in_a_done_column_makes_the_action_done(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due", "RAG", "Done"],
        ["1.1", "Audit assessments.", "Sam Ortiz", "31/12/2026", "G", ""],
        ["1.2", "Train case managers.", "Sam Ortiz", "30/11/2026", "G", "✓"],
        ["1.3", "Agree a protocol.", "Sam Ortiz", "31/01/2027", "A", "x"],
        ["1.4", "Review the board.", "Sam Ortiz", "31/01/2027", "", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    found = actions(plan)
    # the tick closes the action; the RAG cell stays the RAG (README reading 2)
    assert [(a.status, a.rag) for a in found] == [
        ("in_progress", "green"),
        ("done", "green"),
        ("done", "amber"),
        ("not_started", None),
    ]
    assert found[1].fields["Done"] == "✓"


def test_a_done_column_of_sentences_is_no_tick_column(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due", "Completed"],
        ["1.1", "Audit assessments.", "Sam Ortiz", "31/12/2026", "First audits begun in May."],
        ["1.2", "Train case managers.", "Sam Ortiz", "30/11/2026", "Not yet; booked for March."],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the header alone closes nothing: the cells are notes, kept under their header
    assert [(a.status, a.fields["Completed"]) for a in found] == [
        ("not_started", "First audits begun in May."),
        ("not_started", "Not yet; booked for March."),
    ]
