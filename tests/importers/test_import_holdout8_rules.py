"""Rules found on the eighth hold-out set (a food law audit plan, a coroner's report
response in Word): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document

from tests.importers.test_import_rules import actions, plan_of
from tests.importers.test_import_word import word_file, word_table

_HEADER = ["No.", "Action", "Owner", "Target date"]


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
