"""A trust's plan: a banner per school in a Word heading style over its own table, each
school numbering its areas for improvement afresh ("AFI 1" in every school)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from importers import ImportOptions, load
from tests.importers.test_import_word import word_file, word_table

TODAY = ImportOptions(today=dt.date(2026, 12, 5))
HEADER = ("Ref", "Action", "Lead", "Deadline")
SCHOOLS = [
    # over 80 characters: a heading by its style, not its length
    "Oakwood Primary School — inspected 14–15 May 2026 (Requires improvement, re-visit due)",
    "Riverside Academy — inspected 24–25 June 2026 (Requires improvement)",
]


def _trust_plan(doc: Any) -> None:
    doc.add_heading("Northfield Learning Trust: Combined Action Plan", 0)
    doc.add_paragraph("Owner: Dev Walia, Trust School Improvement Lead.")
    for banner in SCHOOLS:
        school = banner.split()[0]
        doc.add_heading(banner, level=1)
        table = word_table(
            doc,
            [
                HEADER,
                (f"AFI 1: Leaders at {school} should sequence the curriculum.", "", "", ""),
                ("1.1", f"Map the {school} curriculum.", "Jo Price", "31/12/2026"),
                ("1.2", f"Deep dives in history at {school}.", "Sam Bell", "28/02/2027"),
                (f"AFI 2: Leaders at {school} should improve attendance.", "", "", ""),
                ("2.1", f"Weekly attendance meetings at {school}.", "Lucy Hart", "31/01/2027"),
            ],
        )
        for row in (1, 4):
            table.rows[row].cells[0].merge(table.rows[row].cells[3])


def test_each_schools_banner_is_the_section_of_its_actions_the_first_too(
    tmp_path: Path,
) -> None:
    (plan,) = load(word_file(tmp_path, _trust_plan), TODAY).plans
    assert "Oakwood" not in plan.notes  # no school's banner reads as the plan's note
    sections = [a.fields.get("Section") for r in plan.recommendations for a in r.actions]
    assert sections == [SCHOOLS[0]] * 3 + [SCHOOLS[1]] * 3


def test_areas_numbered_afresh_in_each_school_keep_their_numbers_named_by_the_school(
    tmp_path: Path,
) -> None:
    (plan,) = load(word_file(tmp_path, _trust_plan), TODAY).plans
    assert [r.ref for r in plan.recommendations] == ["OPS1", "OPS2", "RA1", "RA2"]
    assert [a.ref for a in plan.recommendations[2].actions] == ["1.1", "1.2"]
    assert plan.recommendations[2].fields["Heading"] == (
        "AFI 1: Leaders at Riverside should sequence the curriculum."
    )


# A second reader's plan: a school's plan whose title is its first paragraph, a long line
# in Heading 1, over the first table. The title heads the plan, not that table's actions.
def _titled_plan(doc: Any) -> None:
    doc.add_heading(
        "Ashby Primary School – Post-Ofsted Action Plan 2026/27 (inspection of 5–6 March"
        " 2026, judged Requires Improvement)",
        level=1,
    )
    word_table(doc, [HEADER, ("1.1", "Improve early reading.", "Jo Hart", "31/12/2026")])
    doc.add_heading("Actions carried over", level=2)
    word_table(doc, [HEADER, ("2.1", "Audit SEND support plans.", "Ann Cole", "31/03/2027")])


def test_a_long_heading_that_is_the_plans_title_is_no_section(tmp_path: Path) -> None:
    (plan,) = load(word_file(tmp_path, _titled_plan), TODAY).plans
    assert plan.title.startswith("Ashby Primary School – Post-Ofsted Action Plan 2026/27")
    sections = {a.ref: a.fields.get("Section") for r in plan.recommendations for a in r.actions}
    assert sections == {"1.1": None, "2.1": "Actions carried over"}
