"""Rules that read a column by what its cells hold, found on plans nobody tuned for
(the third hold-out set): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.importers.test_import_rules import actions, plan_of, write, write_workbook


def test_a_progress_rating_of_status_words_gives_the_status_and_keeps_the_wording(
    tmp_path: Path,
) -> None:
    rows = [
        ["Action ref", "What we will do", "Lead", "Progress rating", "Progress narrative"],
        ["A1", "Commission a provider.", "Jo Bloggs", "Paused", "Paused until the template."],
        ["A2", "Publish waiting times.", "Jo Bloggs", "Superseded", ""],
        ["A3", "Agree the strategy.", "Jo Bloggs", "Slipping", ""],
        ["A4", "Pool the budgets.", "Jo Bloggs", "Off track", ""],
        ["A5", "Send a newsletter.", "Jo Bloggs", "Paused", ""],
    ]
    paused, superseded, slipping, off_track, _ = actions(plan_of(write(tmp_path, rows)))
    assert (paused.status, paused.rag) == ("blocked", None)
    assert paused.fields["Progress rating (as written)"] == "Paused"
    # the rating is no news: only the narrative is an update
    assert [u.text for u in paused.updates] == ["Paused until the template."]
    assert (superseded.status, superseded.updates) == ("dropped", [])
    # no RAG column: the status words give the RAG, the wording is kept as written
    assert (slipping.status, slipping.rag) == ("in_progress", "amber")
    assert (off_track.status, off_track.rag) == ("in_progress", "red")
    assert off_track.fields["Progress rating (as written)"] == "Off track"


def test_a_progress_column_of_news_stays_the_updates(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Progress"],
        ["Commission a provider.", "Jo Bloggs", "Contract awarded in October"],
        ["Publish waiting times.", "Jo Bloggs", "Completed"],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert [u.text for u in first.updates] == ["Contract awarded in October"]
    assert [u.text for u in second.updates] == ["Completed"]


def test_status_words_beside_a_status_column_stay_the_updates(tmp_path: Path) -> None:
    rows = [
        ["Action", "Status", "Progress"],
        ["Commission a provider.", "Open", "On track"],
        ["Publish waiting times.", "Closed", "Completed"],
        ["Agree the strategy.", "Open", "On track"],
    ]
    first, second, _ = actions(plan_of(write(tmp_path, rows)))
    assert (first.status, [u.text for u in first.updates]) == ("not_started", ["On track"])
    assert (second.status, [u.text for u in second.updates]) == ("done", ["Completed"])


def test_a_progress_column_of_a_scales_few_phrases_is_a_rating_field_not_news(
    tmp_path: Path,
) -> None:
    good, some, little = "Good progress", "Some progress", "Little progress"
    rows = [
        ["Ref", "Action", "Status", "Self-assessed progress", "Progress update"],
        [
            "1.1",
            "Assess learners.",
            "Complete",
            good,
            "10/11/2026 – Reviews done for all learners.",
        ],
        ["1.2", "Observe teachers.", "On track", some, "18/11/2026 – 31 of 44 teachers seen."],
        ["1.3", "Train teachers.", "Not started", "", ""],
        ["2.1", "Review apprentices.", "On track", some, "05/11/2026 – Reviews held for 62%."],
        ["2.2", "Run forums.", "Behind", little, "20/11/2026 – Two of five forums held."],
        ["2.3", "Track hours.", "Complete", good, "16/11/2026 – Tracker live for all staff."],
        ["2.4", "Visit employers.", "Behind", little, "19/11/2026 – Eight of forty visits made."],
    ]
    first, _, third, _, fifth, *_ = actions(plan_of(write(tmp_path, rows)))
    # the judgement is kept as written, beside the status; only the dated line is news
    assert first.fields["Self-assessed progress"] == good
    assert [(str(u.date), u.text) for u in first.updates] == [
        ("2026-11-10", "10/11/2026 – Reviews done for all learners.")
    ]
    assert (first.status, third.status, third.updates) == ("done", "not_started", [])
    assert [u.text for u in fifth.updates] == ["20/11/2026 – Two of five forums held."]


def test_short_progress_that_repeats_on_a_small_plan_is_still_news(tmp_path: Path) -> None:
    # two actions at each stage write the same short news; it rates nothing on a scale
    # (a scale's steps end with what they rate: "Good progress", "Little progress")
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Progress"],
        ["1", "Refresh the lone working policy.", "Jo Bell", "31/03/2027", "Policy drafted"],
        ["2", "Refresh the uniform policy.", "Jo Bell", "31/03/2027", "Policy drafted"],
        ["3", "Train staff in lone working.", "Sam Reid", "31/05/2027", "Training booked"],
        ["4", "Train managers in supervision.", "Sam Reid", "31/05/2027", "Training booked"],
    ]  # fmt: skip
    first, *_, last = actions(plan_of(write(tmp_path, rows)))
    assert ([u.text for u in first.updates], first.fields) == (["Policy drafted"], {})
    assert [u.text for u in last.updates] == ["Training booked"]
    # one phrase on every row shows no scale either: "No update" is each action's news
    for row in rows[1:]:
        row[4] = "No update"
    assert [u.text for u in actions(plan_of(write(tmp_path, rows)))[0].updates] == ["No update"]


def test_an_issue_on_every_row_beside_the_agreed_action_is_a_field_of_the_action(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Audit", "Priority", "Issue identified", "Agreed action", "Responsible officer"],
        ["HR-01", "Recruitment", "1", "Checks missing.", "Introduce a checklist.", "Head of HR"],
        ["HR-02", "Recruitment", "2", "Notes not kept.", "Retain interview notes.", "Head of HR"],
        ["PR-01", "Procurement", "1", "Statements not reviewed.", "Approve statements.", "CFO"],
    ]
    plan = plan_of(write(tmp_path, rows))
    # nothing groups the rows: "Priority" 1, 2, 1 comes back, each issue is new
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "")]
    first, _, third = actions(plan)
    assert (first.ref, first.text) == ("HR-01", "Introduce a checklist.")
    assert first.fields["Issue identified"] == "Checks missing."
    assert (third.fields["Priority"], third.fields["Audit"]) == ("1", "Procurement")


@pytest.mark.parametrize("header", ["Recommendation", "CQC requirement", "Area for improvement"])
def test_a_recommendation_on_every_row_beside_its_action_stays_a_recommendation(
    tmp_path: Path, header: str
) -> None:
    rows = [
        [header, "Action", "Lead"],
        ["1. Improve supervision.", "Relaunch the supervision policy.", "Jo Bloggs"],
        ["2. Reduce caseloads.", "Recruit six social workers.", "Al Smith"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Improve supervision."),
        ("2", "Reduce caseloads."),
    ]


def test_recommendation_refs_beside_an_action_number_column_are_kept(tmp_path: Path) -> None:
    rows = [
        ["Ref", "What CQC told us", "Action No.", "Action", "Lead"],
        ["MD1", "Store medicines securely.", "MD1.1", "Fit fridge alarms.", "Amir Patel"],
        [None, None, "MD1.2", "Check fridges daily.", "Amir Patel"],
        ["SD3", "Assess ligature risks.", "SD3.1", "Assess the ED.", "Tom Carver"],
        [None, None, "SD3.2", "Fit new fixtures.", "Tom Carver"],
    ]
    merged = ("A2:A3", "B2:B3", "A4:A5", "B4:B5")
    plan = plan_of(write_workbook(tmp_path, {"Sheet": rows}, merged, "qip.xlsx"))
    # never renumbered: MD1 and SD3 stay, not 1 and 2
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("MD1", "Store medicines securely."),
        ("SD3", "Assess ligature risks."),
    ]
    assert [a.ref for a in actions(plan)] == ["MD1.1", "MD1.2", "SD3.1", "SD3.2"]


def test_a_ref_written_once_per_block_beside_action_numbers_is_the_recommendations(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action No.", "Action", "Lead"],
        ["MD2", "A-01", "Recruit nurses.", "Jo Bloggs"],
        ["", "A-02", "Use the staffing tool.", "Jo Bloggs"],
        ["SD1", "A-03", "Send discharge letters.", "Al Smith"],
        ["", "A-04", "Audit the letters.", "Al Smith"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, len(r.actions)) for r in plan.recommendations] == [("MD2", 2), ("SD1", 2)]
    assert [a.ref for a in actions(plan)] == ["A-01", "A-02", "A-03", "A-04"]


def test_a_labelled_recommendation_ref_keeps_its_label(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Area for improvement", "Action", "Owner"],
        ["AFI 3", "Answer 101 calls sooner.", "Add a call-back option.", "Jo Bloggs"],
        ["", "", "Recruit call handlers.", "Jo Bloggs"],
        ["AFI 5", "Record crime accurately.", "Train response officers.", "Al Smith"],
    ]
    three, five = plan_of(write(tmp_path, rows)).recommendations
    assert (three.ref, three.text) == ("3", "Answer 101 calls sooner.")
    # "AFI" is wording the user wrote: kept beside the ref it gave
    assert (three.fields["Ref (as written)"], five.fields["Ref (as written)"]) == ("AFI 3", "AFI 5")
