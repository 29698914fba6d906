"""Rules found on the forty-sixth hold-out set: leads written as a full name, a comma
and the post, two such joined by "; ". On a small file written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


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
