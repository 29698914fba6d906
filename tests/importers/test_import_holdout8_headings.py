"""Rules found on the eighth hold-out set's heading rows (a WRES plan's "Indicator 2 –"
banners, a Code self-assessment's "Section 1 –", a tracker's "IEA 1 –"): each on a small
file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_HEADER = ["Action", "Lead", "Deadline"]


def test_labelled_banners_numbered_with_gaps_keep_their_numbers(tmp_path: Path) -> None:
    rows = [
        _HEADER,
        ["Indicator 2 – Shortlisting to appointment", "", ""],
        ["Put a diverse member on every interview panel.", "Chief People Officer", "Jun-25"],
        ["Remove names from shortlisting forms.", "Head of Recruitment", "Jul-25"],
        ["Indicator 5 – Abuse from patients", "", ""],
        ["Launch a zero-tolerance campaign.", "Director of Nursing", "Sep-25"],
        ["Indicator 9 – Board membership", "", ""],
        ["Use a diverse recruitment partner.", "Trust Chair", "Dec-25"],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [
        ("2", "Shortlisting to appointment"),
        ("5", "Abuse from patients"),
        ("9", "Board membership"),
    ]
    assert [a.ref for a in actions(plan)] == ["2.1", "2.2", "5.1", "9.1"]


def test_a_label_whose_numbers_fall_back_heads_no_recommendation(tmp_path: Path) -> None:
    rows = [
        _HEADER,
        ["Stage 1 – Draft", "", ""],
        ["Draft the policy.", "Policy Officer", "Jun-25"],
        ["Stage 2 – Consult", "", ""],
        ["Consult the residents' panel.", "Policy Officer", "Jul-25"],
        ["Stage 1 – Draft", "", ""],
        ["Draft the guidance.", "Policy Officer", "Sep-25"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["1"]
    # the rows are kept as written on the actions below them
    assert [a.fields["Section"] for a in actions(plan)] == [rows[1][0], rows[3][0], rows[5][0]]


def _provisions(first_header: str) -> list[list[str]]:
    return [
        [first_header, "Gap identified", "Action", "Owner"],
        ["Section 1 – Definition of a complaint", "", "", ""],
        ["1.6", "Requests are not logged.", "Update the complaints policy.", "Rachel Kaur"],
        ["1.7", "Refusals are not recorded.", "Record every refusal.", "Rachel Kaur"],
        ["Section 3 – Accessibility", "", "", ""],
        ["3.4", "The website says nothing.", "Add the Ombudsman's details.", "Dev Halai"],
    ]


def test_codes_numbered_under_their_heading_are_the_action_refs(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _provisions("Code provision")))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Definition of a complaint"),
        ("3", "Accessibility"),
    ]
    assert [a.ref for a in actions(plan)] == ["1.6", "1.7", "3.4"]


def test_a_report_pointer_numbered_like_the_headings_stays_a_field(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _provisions("Inspection para")))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "3.1"]
    assert [a.fields["Inspection para"] for a in actions(plan)] == ["1.6", "1.7", "3.4"]


def test_a_letter_after_the_heading_number_is_the_action_ref(tmp_path: Path) -> None:
    # An EDS22 plan: the "Outcome" column holds the outcome's code, not a measure.
    rows = [
        ["Outcome", "What we will do", "Executive lead", "By when"],
        ["Domain 1: Commissioned or provided services", "", "", ""],
        ["1A", "Publish easy read appointment letters.", "Chief Operating Officer", "31.03.26"],
        ["1B", "Record reasonable adjustments.", "Chief Nurse", "Q4 2025/26"],
        ["Domain 2: Workforce health and well-being", "", "", ""],
        ["2A", "Offer a menopause support service.", "Director of People", "Spring 2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["1", "2"]
    assert [a.ref for a in actions(plan)] == ["1A", "1B", "2A"]
