"""Rules found on the eighth hold-out set (a food law audit plan, a coroner's report
response in Word): each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.document import Document

from importers.columns import scores
from tests.importers.helpers import updates_of
from tests.importers.test_import_rules import actions, plan_of, write
from tests.importers.test_import_word import word_file, word_table

_HEADER = ["No.", "Action", "Owner", "Target date"]


def test_an_action_taken_to_date_column_holds_the_progress_updates(tmp_path: Path) -> None:
    rows = [
        ["Rec no.", "Recommendation", "Planned improvement actions", "Officer", "Timescale",
         "Action taken to date"],
        ["1", "Publish the Food Service Plan.", "a) Draft the plan from the FSA template.",
         "Karen Price", "31/08/2025",
         "14/07/25 – draft circulated to managers.\n05/08/25 – final draft signed off."],
        ["", "", "b) Put the plan to Licensing Committee.", "Karen Price", "30/09/2025",
         "Approved by Licensing Committee on 18 September 2025."],
        ["", "", "c) Report on the plan every year.", "Karen Price", "Annually", ""],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    # the planned actions stay the actions; what was done is their news
    assert first.text == "Draft the plan from the FSA template."
    assert updates_of(first) == [
        (dt.date(2025, 7, 14), "14/07/25 – draft circulated to managers."),
        (dt.date(2025, 8, 5), "05/08/25 – final draft signed off."),
    ]
    assert updates_of(second) == [(None, "Approved by Licensing Committee on 18 September 2025.")]
    assert updates_of(third) == []


def test_dated_sentences_in_one_paragraph_are_updates_of_their_own(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Action taken to date"],
        ["1.1", "Draft the plan.", "Karen Price",
         "14/07/25 – draft circulated to managers. 05/08/25 – final draft signed off."],
        ["1.2", "Approve the plan.", "Karen Price",
         "Approved in September 2025. March 2026 is the review."],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert updates_of(first) == [
        (dt.date(2025, 7, 14), "14/07/25 – draft circulated to managers."),
        (dt.date(2025, 8, 5), "05/08/25 – final draft signed off."),
    ]
    # a date running on in a sentence, with no dash or colon, opens no news of its own
    assert updates_of(second) == [(None, rows[2][3])]


def test_headers_of_work_done_are_updates_and_work_to_come_is_the_action() -> None:
    done = ["Action taken to date", "Actions taken", "Work undertaken so far",
            "What has been done", "Steps taken"]  # fmt: skip
    to_come = ["Action to be taken", "Action required", "Action we will take", "Actions"]
    assert [max(scores(h), key=scores(h).__getitem__) for h in done] == ["update"] * len(done)
    assert [max(scores(h), key=scores(h).__getitem__) for h in to_come] == ["action"] * 4


def test_a_column_of_dates_the_work_was_done_is_no_update(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due", "Date action taken"],
        ["1.1", "Draft the plan.", "Karen Price", "31/08/2025", "14/07/2025"],
        ["1.2", "Approve the plan.", "Karen Price", "30/09/2025", "18/09/2025"],
    ]
    first, _ = actions(plan_of(write(tmp_path, rows)))
    assert first.updates == []
    assert first.fields["Date action taken"] == "14/07/2025"


def test_a_labelled_paragraph_above_the_first_table_is_its_recommendation(
    tmp_path: Path,
) -> None:
    def build(doc: Document) -> None:
        doc.add_paragraph("Marlow NHS Trust: response to the coroner")
        doc.add_paragraph("Matter of concern 1: Deterioration was not escalated")
        word_table(doc, [_HEADER,
                         ["i", "Add an escalation alert.", "Medical Director", "31.10.25"],
                         ["ii", "Train the nurses.", "Matron", "Nov-25"]])  # fmt: skip
        doc.add_paragraph("Matter of concern 2: Handover did not pass on the sepsis screen")
        word_table(doc, [_HEADER,
                         ["i", "Introduce an SBAR form.", "Medical Director", "30/09/2025"],
                         ["ii", "Audit handovers.", "Medical Director", "Dec-25"]])  # fmt: skip

    plan = plan_of(word_file(tmp_path, build))
    assert plan.title == "Marlow NHS Trust: response to the coroner"
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Deterioration was not escalated"),
        ("2", "Handover did not pass on the sepsis screen"),
    ]
    assert [a.ref for a in actions(plan)] == ["1i", "1ii", "2i", "2ii"]


def test_refs_numbered_afresh_under_each_heading_are_the_actions_refs(tmp_path: Path) -> None:
    def build(doc: Document) -> None:
        doc.add_paragraph("Matter of concern 1: Escalation was late")
        word_table(
            doc, [_HEADER, ["i", "Add an escalation alert.", "Medical Director", "31.10.25"]]
        )
        doc.add_paragraph("Matter of concern 2: Handover lost the sepsis screen")
        word_table(doc, [_HEADER,
                         ["i", "Introduce an SBAR form.", "Medical Director", "30/09/2025"],
                         ["ii", "Audit handovers.", "Matron", "Dec-25"]])  # fmt: skip

    plan = plan_of(word_file(tmp_path, build))
    # "i" under concern 1 then "i" under concern 2 is no value merged down one block
    assert [r.ref for r in plan.recommendations] == ["1", "2"]
    assert [a.ref for a in actions(plan)] == ["1i", "2i", "2ii"]


def test_numbered_title_paragraphs_with_no_heading_below_stay_the_title(tmp_path: Path) -> None:
    def build(doc: Document) -> None:
        doc.add_paragraph("Version 2 – agreed by the Patient Safety Group")
        doc.add_paragraph("Version 3 – with the October updates")
        word_table(
            doc, [_HEADER, ["1", "Add an escalation alert.", "Medical Director", "31.10.25"]]
        )

    plan = plan_of(word_file(tmp_path, build))
    assert plan.title == "Version 2 – agreed by the Patient Safety Group"
    assert "Version 3 – with the October updates" in plan.notes
    assert [r.text for r in plan.recommendations] == [""]
