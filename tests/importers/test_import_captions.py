"""Caption rows inside the table ("Theme: Workforce", "The Head of Service should:"):
which actions they are a field of, by where they sit against the recommendation headings."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

HEADER = ["Ref", "Action", "Lead", "Due date"]


def fields_by_ref(path: Path) -> list[tuple[str, dict[str, str]]]:
    return [(a.ref, a.fields) for a in actions(plan_of(path))]


def test_a_caption_under_a_heading_is_a_field_of_that_recommendation_only(
    tmp_path: Path,
) -> None:
    """ "Theme: Workforce" under recommendation 1 says nothing of recommendation 2's
    actions, and the heading keeps its own words as the recommendation's text."""
    rows = [
        HEADER,
        ["Recommendation 1: Improve supervision"],
        ["Theme: Workforce"],
        ["1.1", "Audit supervision records monthly", "Jo Marsh", "31/03/2025"],
        ["1.2", "Train managers in reflective supervision", "Jo Marsh", "30/04/2025"],
        ["Recommendation 2: Strengthen quality assurance"],
        ["2.1", "Introduce a quarterly case audit programme", "Sam Lee", "30/06/2025"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.text for r in plan.recommendations] == [
        "Improve supervision",
        "Strengthen quality assurance",
    ]
    assert fields_by_ref(write(tmp_path, rows)) == [
        ("1.1", {"Theme": "Workforce"}),
        ("1.2", {"Theme": "Workforce"}),
        ("2.1", {}),
    ]


def test_a_caption_ending_in_a_colon_inside_a_recommendation_ends_with_it(
    tmp_path: Path,
) -> None:
    rows = [
        HEADER,
        ["Recommendation 1: Improve supervision"],
        ["1.1", "Audit supervision records monthly", "Jo Marsh", "31/03/2025"],
        ["The Head of Service should:"],
        ["1.2", "Train managers in reflective supervision", "Jo Marsh", "30/04/2025"],
        ["Recommendation 2: Strengthen quality assurance"],
        ["2.1", "Introduce a quarterly case audit programme", "Sam Lee", "30/06/2025"],
    ]
    assert fields_by_ref(write(tmp_path, rows)) == [
        ("1.1", {}),
        ("1.2", {"Section": "The Head of Service should:"}),
        ("2.1", {}),
    ]


def test_a_caption_above_headings_is_a_field_of_every_recommendation_under_it(
    tmp_path: Path,
) -> None:
    """A level above the headings: in force until the next caption of its kind."""
    rows = [
        HEADER,
        ["Theme: Workforce"],
        ["Recommendation 1: Improve supervision"],
        ["1.1", "Audit supervision records monthly", "Jo Marsh", "31/03/2025"],
        ["Recommendation 2: Recruit permanent social workers"],
        ["2.1", "Launch a recruitment campaign", "Ann Cole", "30/06/2025"],
        ["Theme: Quality"],
        ["Recommendation 3: Strengthen quality assurance"],
        ["3.1", "Introduce a quarterly case audit programme", "Sam Lee", "30/06/2025"],
    ]
    assert fields_by_ref(write(tmp_path, rows)) == [
        ("1.1", {"Theme": "Workforce"}),
        ("2.1", {"Theme": "Workforce"}),
        ("3.1", {"Theme": "Quality"}),
    ]
