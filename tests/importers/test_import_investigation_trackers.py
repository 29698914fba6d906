"""An accident investigator's recommendation tracker: RAIB's "summary of recommendation
status", each investigation's title, report number and event date MERGED down its
recommendations, the body each is addressed to as its "End implementer", RAIB's own
status words and its "RAIB concern" colour. Seen in hold-out 190 (a tramway operator's
tracker); each rule on a small workbook the test writes itself."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write_workbook

HEADER = [
    "Investigation title",
    "Report number",
    "Event date",
    "Rec number",
    "Recommendation (summary)",
    "Status of recommendation",
    "RAIB concern",
    "End implementer",
]
OPERATOR = "Harbour Tramways Ltd"


def _tracker(tmp_path: Path) -> Path:
    rows = [
        HEADER,
        ["Derailment of a tram on the curve at the Quay Street stop", "12/2026", "04/02/26", 1,
         "Renew the check rail on the Quay Street curve.", "Implemented", "", OPERATOR],
        [None, None, None, 2, "Review the track inspection regime.",
         "Implementation on-going", "", f"{OPERATOR}; Harbour City Council"],
        ["Passenger trapped in the doors and dragged at Mill Lane", "05/2025", "11/06/25", 1,
         "Modify the door obstacle detection.", "Implemented by alternative means", "",
         OPERATOR],
        [None, None, None, 2, "Brief drivers on dispatch at busy stops.",
         "Insufficient response", "Blue", OPERATOR],
        [None, None, None, 3, "Audit the platform CCTV.", "Progressing", "Red", OPERATOR],
    ]  # fmt: skip
    return write_workbook(
        tmp_path, {"Status": rows}, merged=["A2:A3", "B2:B3", "C2:C3", "A4:A6", "B4:B6", "C4:C6"]
    )


def test_a_report_number_beside_the_investigation_title_numbers_the_recommendation(
    tmp_path: Path,
) -> None:
    """ "Report number" 12/2026 merged down its rows, as the title beside it is: the
    report's number is the recommendation's ref (never a date) and the title its text,
    the rec numbers its actions'."""
    plan = plan_of(_tracker(tmp_path))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("12/2026", "Derailment of a tram on the curve at the Quay Street stop"),
        ("05/2025", "Passenger trapped in the doors and dragged at Mill Lane"),
    ]
    assert [a.ref for a in actions(plan)] == [
        "12/2026.1", "12/2026.2", "05/2025.1", "05/2025.2", "05/2025.3",
    ]  # fmt: skip


def test_the_end_implementer_leads(tmp_path: Path) -> None:
    plan = plan_of(_tracker(tmp_path))
    assert [a.leads for a in actions(plan)][:2] == [
        [OPERATOR],
        [OPERATOR, "Harbour City Council"],
    ]


def test_raibs_status_words_and_its_concern_colour(tmp_path: Path) -> None:
    """ "Implemented by alternative means" is done; "RAIB concern" is RAIB's judgement of
    the response, a field: its Blue completes nothing and its Red rates nothing."""
    plan = plan_of(_tracker(tmp_path))
    assert [(a.status, a.rag) for a in actions(plan)] == [
        ("done", None),
        ("in_progress", None),
        ("done", None),
        ("not_started", None),
        ("in_progress", None),
    ]
    assert actions(plan)[3].fields["RAIB concern"] == "Blue"
