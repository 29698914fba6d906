"""Rules found on the thirty-ninth hold-out set (a children's home's Ofsted plan keying
owners as "RM = Registered Manager (Dawn Pike)"; a youth justice plan writing leads as a
name then a body or post in brackets, with a "Done" column of ticks): each on a small
file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


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
