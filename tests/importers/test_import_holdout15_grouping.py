"""Grouping rules found on the fifteenth hold-out set (an HTA CAPA plan whose standards
"GQ1(a)", "T1(c)", "C1(b)" are merged down each shortfall, majors first, so in no rising
order; a GPhC plan whose dotted standards "1.2", "1.1", "4.3" are merged down beside the
inspector's finding, its actions lettered "a)", "b)"): each on a small file of its own,
written by the test. A merged cell reads as its value repeated down the rows it spans."""

from __future__ import annotations

from pathlib import Path

from importers import load
from tests.importers.test_import_rules import actions, plan_of, write
from tests.importers.test_import_word import TODAY, word_file, word_table

_TRACE = "Samples in two freezers could not be traced to consent records."
_SOPS = "The documented procedures for the biobank had not been reviewed since 2019."
_CONSENT = "The consent form did not say that samples may be used in future research."


def test_standards_in_no_order_beside_the_finding_are_the_recommendations_refs(
    tmp_path: Path,
) -> None:
    rows = [
        ["Standard", "Inspection findings", "Level", "CAPA no.", "Action(s) to be taken"],
        ["T1(c)", _TRACE, "Major", "CAPA-01", "Audit every sample in freezers F3 and F4."],
        ["T1(c)", _TRACE, "Major", "CAPA-02", "Make the location a required field."],
        ["GQ1(a)", _SOPS, "Major", "CAPA-03", "Review and reissue all 14 SOPs."],
        ["C1(b)", _CONSENT, "Minor", "CAPA-04", "Revise the consent form."],
        ["C1(b)", _CONSENT, "Minor", "CAPA-05", "Submit it for ethics approval."],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # the standard as written, the finding its text, the CAPA IDs the actions' own
    assert recs == [
        ("T1(c)", _TRACE, ["CAPA-01", "CAPA-02"]),
        ("GQ1(a)", _SOPS, ["CAPA-03"]),
        ("C1(b)", _CONSENT, ["CAPA-04", "CAPA-05"]),
    ]
    assert [a.fields["Level"] for a in actions(plan)][2:4] == ["Major", "Minor"]


def test_dotted_standards_beside_the_finding_number_their_lettered_actions(
    tmp_path: Path,
) -> None:
    near_miss = "Near misses were not recorded or reviewed, so the team could not learn."
    fridge = "Fridge temperatures were not recorded every day."
    sops = "The SOPs were out of date and team members had not signed them."
    rows = [
        ["Standard", "What the inspector found", "Action(s) we will take", "Who"],
        ["1.2", near_miss, "a) Start a near miss log at the bench.", "Daniel Moss"],
        ["1.2", near_miss, "b) Hold a monthly review of near misses.", "Daniel Moss"],
        ["1.1", sops, "a) Review and update all SOPs.", "Amira Khan"],
        ["4.3", fridge, "a) Record the fridge temperature daily.", "Lucy Price"],
        ["4.3", fridge, "b) Write an out of range procedure.", "Lucy Price"],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    # "1.2" is one standard, never recommendation 1 with action 2; "a)" is relative to it
    assert recs == [
        ("1.2", near_miss, ["1.2a", "1.2b"]),
        ("1.1", sops, ["1.1a"]),
        ("4.3", fridge, ["4.3a", "4.3b"]),
    ]
    assert actions(plan)[0].text == "Start a near miss log at the bench."


def test_codes_in_no_order_beside_a_name_stay_fields_of_the_actions(tmp_path: Path) -> None:
    """A cost centre "C310" then "C105", each with its service's name, not a finding:
    nothing the plan answers, so one recommendation and the codes kept on the actions."""
    rows = [
        ["Code", "Service", "Action", "Lead"],
        ["C310", "Children's services", "Review the front door.", "Amy Lowe"],
        ["C310", "Children's services", "Audit the plans.", "Amy Lowe"],
        ["C105", "Adult social care", "Clear the waiting list.", "Raj Shah"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "")]
    assert [a.fields["Code"] for a in actions(plan)] == ["C310", "C310", "C105"]


def _audit_plan(doc: object) -> None:
    """A clinical audit plan: bold "i." … "iii." paragraphs over a table each, the first
    above the first table, a "Finding:" paragraph under two of them."""
    doc.add_paragraph("Clinical audit action plan: consent re-audit")  # type: ignore[attr-defined]
    recs = [
        ("i", "Record the risks on every form in full", "abbreviations on 41 of 120 forms."),
        ("ii", "Give patients a copy of their consent form", "copies on 62 of 120 forms."),
        ("iii", "Re-audit to show that the changes have worked", None),
    ]
    for no, wording, finding in recs:
        doc.add_paragraph().add_run(f"{no}. {wording}").bold = True  # type: ignore[attr-defined]
        if finding:
            doc.add_paragraph(f"Finding: {finding}")  # type: ignore[attr-defined]
        steps = [[f"Step {i} of {no}.", "Ruth Adebayo", "31/12/2026"] for i in (1, 2)]
        word_table(doc, [["Action required", "Responsible", "Timescale"], *steps])


def test_roman_numbered_paragraphs_over_word_tables_are_the_recommendations(
    tmp_path: Path,
) -> None:
    (plan,) = load(word_file(tmp_path, _audit_plan), TODAY).plans
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    assert recs == [
        ("i", "Record the risks on every form in full", ["i.1", "i.2"]),
        ("ii", "Give patients a copy of their consent form", ["ii.1", "ii.2"]),
        ("iii", "Re-audit to show that the changes have worked", ["iii.1", "iii.2"]),
    ]
    assert plan.title == "Clinical audit action plan: consent re-audit"
    # the finding stays with its recommendation's actions, and with no other's
    first, _, last = plan.recommendations
    assert first.actions[1].fields["Finding"] == "abbreviations on 41 of 120 forms."
    assert "Finding" not in last.actions[0].fields


def test_letters_that_happen_to_be_numerals_head_nothing(tmp_path: Path) -> None:
    """Rows lettered "i.", "v." (of a list a … z) are numerals among letters, never
    "ii": no roman sequence, so no recommendations "i" and "v"."""
    rows = [
        ["Action", "Lead"],
        ["i. Review the front door.", ""],
        ["Audit the plans.", "Amy Lowe"],
        ["v. Clear the waiting list.", ""],
        ["Publish the strategy.", "Raj Shah"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["1"]
    # the lettered rows are kept as sections over the actions below them
    assert [(a.ref, a.fields["Section"]) for a in actions(plan)] == [
        ("1.1", "i. Review the front door."),
        ("1.2", "v. Clear the waiting list."),
    ]
