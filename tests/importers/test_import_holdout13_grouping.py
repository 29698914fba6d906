"""Grouping rules found on the thirteenth hold-out set (a custody inspection plan whose
"CoC 1" causes of concern are merged down beside the inspectorate's "Rec no." R1, R2 …
on every row; an ITE plan whose improvement points lead with their own "IP1 –"): each
on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import plan_of, write


def test_a_ref_per_row_under_a_merged_cause_of_concern_is_the_actions_ref(
    tmp_path: Path,
) -> None:
    cause_1 = (
        "Risk assessments were not reviewed at shift handover, and checks on detained"
        " people were not always made as often as set."
    )
    cause_2 = (
        "Children were held overnight without the local authority being asked for"
        " accommodation, and appropriate adults took hours to arrive."
    )
    rows = [
        ["Ref", "Cause of concern", "Rec no.", "Action to be taken", "Owner", "Target date"],
        ["CoC 1", cause_1, "R1", "Brief every sergeant on the handover.", "Inspector", "Dec-26"],
        ["CoC 1", cause_1, "R2", "Dip sample 20 custody records a month.", "Inspector", "Jan-27"],
        ["CoC 2", cause_2, "R3", "Agree a protocol with the councils.", "Ellery", "Mar-27"],
        ["CoC 2", cause_2, "R4", "Commission an appropriate adult service.", "Ellery", "Apr-27"],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # the cause of concern is the recommendation ("CoC 2" → 2, like "AFI 4" → 4), and
    # the recommendation numbers that change on every row are its actions' refs
    assert recs == [("1", cause_1, ["R1", "R2"]), ("2", cause_2, ["R3", "R4"])]
    assert plan.recommendations[1].fields["Ref (as written)"] == "CoC 2"


def test_a_recommendation_cell_leading_with_its_code_gives_its_ref(tmp_path: Path) -> None:
    point_1 = "IP1 – Make sure the curriculum sets out what trainees learn."
    point_2 = "IP2 – Make sure mentors know the curriculum."
    rows = [
        ["Ofsted improvement point", "Ref", "Action", "Lead", "Deadline"],
        [point_1, "1(a)", "Rewrite the curriculum for each subject.", "Jo Barnes", "Dec-26"],
        [point_1, "1(b)", "Train subject leads.", "Jo Barnes", "Sept 26"],
        [point_2, "2(a)", "Train every mentor.", "Michael Osei", "Oct-26"],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    assert recs == [
        ("IP1", "Make sure the curriculum sets out what trainees learn.", ["1(a)", "1(b)"]),
        ("IP2", "Make sure mentors know the curriculum.", ["2(a)"]),
    ]
