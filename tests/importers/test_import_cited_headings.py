"""A heading that cites a source in brackets between its number and its words ("Must do 1
(Regulation 12): The trust must …"): the citation is not the recommendation's text, and
the heading as written stays with it."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import plan_of, write


def test_a_citation_after_the_heading_number_is_not_the_text(tmp_path: Path) -> None:
    must1 = "Must do 1 (Regulation 12): The trust must ensure ligature checks."
    must2 = "Must do 2 (Reg 18) – The trust must ensure safe staffing."
    rows = [
        ["Requirement", "Action", "Executive lead", "Completion date"],
        [must1, "Review every ward's assessment.", "Chief Nurse", "31/12/2026"],
        ["", "Audit the checks monthly.", "Chief Nurse", "31/03/2027"],
        [must2, "Recruit eight nurses.", "Director of Workforce", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [
        ("1", "The trust must ensure ligature checks."),
        ("2", "The trust must ensure safe staffing."),
    ]
    # nothing lost: the regulation stays in the heading as written
    assert plan.recommendations[0].fields["Heading"] == must1


def test_a_bracket_that_is_the_text_stays(tmp_path: Path) -> None:
    heading = "Recommendation 3 (urgent) the trust must review seclusion."
    rows = [
        ["Recommendation", "Action", "Lead", "Due"],
        [heading, "Review every seclusion record.", "Medical Director", "31/12/2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    # no separator after the bracket: it is not a citation, and the words stay whole
    assert plan.recommendations[0].text == "(urgent) the trust must review seclusion."
