"""Rules found on the seventeenth hold-out set, part B: recommendations numbered in
brackets at the end of their text, a ref-headed column of sentences, unnumbered section
rows that alone group a plan; update lines signed with initials and a day, or labelled
with a quarter. Each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import plan_of, write


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
