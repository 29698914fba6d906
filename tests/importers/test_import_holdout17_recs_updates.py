"""Rules found on the seventeenth hold-out set, part B: recommendations numbered in
brackets at the end of their text, a ref-headed column of sentences, unnumbered section
rows that alone group a plan; update lines signed with initials and a day, or labelled
with a quarter. Each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_recommendation_numbered_in_brackets_at_its_end_takes_that_ref(
    tmp_path: Path,
) -> None:
    rows = [
        ["ID", "Recommendation", "Action", "Owner", "Deadline"],
        ["L1", "Agree one protocol. (Rec 1)", "Draft the protocol.", "Jo Bell", "31/03/2026"],
        ["L2", "Agree one protocol. (Rec 1)", "Sign the protocol.", "Jo Bell", "30/04/2026"],
        ["L3", "Train reserve tracers. (Rec 4)", "Train 20 staff.", "Kim Moss", "30/06/2026"],
        ["L4", "Translate letters. (Recommendation 7)", "Translate.", "Kim Moss", "30/06/2026"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # the bracket is the plan's own number (3 went elsewhere): taken off the text, never renumbered
    assert recs == [
        ("1", "Agree one protocol.", ["L1", "L2"]),
        ("4", "Train reserve tracers.", ["L3"]),
        ("7", "Translate letters.", ["L4"]),
    ]
    assert plan.recommendations[1].fields["Heading"] == "Train reserve tracers. (Rec 4)"


def test_a_ref_headed_column_of_sentences_down_each_block_is_the_recommendation(
    tmp_path: Path,
) -> None:
    item_1 = "Reduce the time households spend in temporary accommodation."
    item_2 = "Improve the quality of homelessness assessments."
    rows = [
        ["REF", "PLAN ITEM", "ACTION WE WILL TAKE", "LEAD OFFICER", "TARGET DATE"],
        ["1", item_1, "1.1 Review every case in bed and breakfast.", "Jo Bell", "31/10/2026"],
        ["1", item_1, "1.2 Convert 40 flats for temporary use.", "Kim Moss", "31/03/2027"],
        ["2", item_2, "2.1 Introduce a single assessment form.", "Kim Moss", "31/12/2026"],
        ["2", item_2, "2.2 Audit 20 assessments a month.", "Jo Bell", "31/03/2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # an "item" is no ref when it is a sentence: the REF column beside it numbers the blocks
    assert recs == [("1", item_1, ["1.1", "1.2"]), ("2", item_2, ["2.1", "2.2"])]


def test_lines_signed_with_initials_and_a_day_are_updates_in_the_position_dates_year(
    tmp_path: Path,
) -> None:
    rows = [
        ["Position at 15 January 2027."],
        ["Ref", "Action", "Lead", "Target date", "Progress update"],
        ["1.1", "Convert 40 flats.", "Amir Mahmood", "31/03/2027",
         "AM 12/11: 22 flats handed over.\nRF 08/01: void works on a further 10 under way."],
        ["1.2", "Review every case.", "Jo Bell", "31/10/2026", "JS 04/11: all 86 cases reviewed."],
        ["1.3", "Audit the files.", "Jo Bell", "31/10/2026", "Audit begun; no findings yet."],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    updates = {a.ref: [(u.date, u.text) for u in a.updates] for a in actions(plan)}
    # one update per signed line, its text as written; a day after the position is last year's
    assert updates == {
        "1.1": [
            (dt.date(2026, 11, 12), "AM 12/11: 22 flats handed over."),
            (dt.date(2027, 1, 8), "RF 08/01: void works on a further 10 under way."),
        ],
        "1.2": [(dt.date(2026, 11, 4), "JS 04/11: all 86 cases reviewed.")],
        "1.3": [(None, "Audit begun; no findings yet.")],
    }


def test_lines_signed_with_initials_and_no_position_date_are_undated_updates(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Progress update"],
        ["1.1", "Convert 40 flats.", "Amir Mahmood", "31/03/2027",
         "AM 12/11: 22 flats handed over.\nRF 25/11: void works under way."],
        ["1.2", "Review every case.", "Jo Bell", "31/10/2026", "JS 04/11: all cases reviewed."],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # which year is unsaid: no date is guessed, but each signed line is news of its own
    assert [(u.date, u.text) for u in actions(plan)[0].updates] == [
        (None, "AM 12/11: 22 flats handed over."),
        (None, "RF 25/11: void works under way."),
    ]


def test_unnumbered_section_rows_that_alone_group_the_plan_are_its_recommendations(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target", "Status"],
        ["Organisation and supply chains", "", "", "", ""],
        ["MS01", "Map the riskiest contracts.", "Head of Buying", "30/06/2026", "Complete"],
        ["MS02", "Add clauses to the standard terms.", "Head of Legal", "30/09/2026", "On track"],
        ["Policies", "", "", "", ""],
        ["MS03", "Review the whistleblowing policy.", "Jo Bell", "31/12/2026", "On track"],
        ["Training", "", "", "", ""],
        ["MS04", "Make e-learning mandatory.", "HR Manager", "31/03/2027", "Not started"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # the plan numbers none: numbered in order, their text as written
    assert recs == [
        ("1", "Organisation and supply chains", ["MS01", "MS02"]),
        ("2", "Policies", ["MS03"]),
        ("3", "Training", ["MS04"]),
    ]


def test_lines_labelled_with_a_quarter_are_updates_at_its_end_in_the_headers_year(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target", "Progress 2026/27"],
        ["MS01", "Send a questionnaire to 40 suppliers.", "Jo Bell", "30/09/2026",
         "Q1: questionnaire drafted.\nQ2: sent to the 40 suppliers; 33 returned."],
        ["MS02", "Report referrals every quarter.", "Kim Moss", "31/03/2027", "Q3: 4 referrals."],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    updates = {a.ref: [(u.date, u.text) for u in a.updates] for a in actions(plan)}
    # financial quarters, as for deadlines: Q1 2026/27 ends 30 June 2026
    assert updates == {
        "MS01": [
            (dt.date(2026, 6, 30), "Q1: questionnaire drafted."),
            (dt.date(2026, 9, 30), "Q2: sent to the 40 suppliers; 33 returned."),
        ],
        "MS02": [(dt.date(2026, 12, 31), "Q3: 4 referrals.")],
    }
