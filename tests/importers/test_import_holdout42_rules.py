"""Rules found on the forty-second hold-out set (a written statement of action writing
leads as "Jo Baines, AD SEND (LA)"; a mental health trust's plan whose banners read
"Must-do 1 (acute wards): The trust must …"): each on a small file of its own, written
by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


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
