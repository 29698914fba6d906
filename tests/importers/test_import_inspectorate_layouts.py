"""Rules found on inspectorate plans the importer was not built on (hold-out 5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from importers.explain import explain_file
from tests.importers.test_import_rules import OPTIONS, actions, plan_of, write, write_workbook

# An HM Inspectorate of Prisons response: the report paragraph and the concern written
# once on each block's first row, the actions lettered in their text.
PRISON_ROWS = [
    ["Para", "Concern", "Response", "Action", "Responsible"],
    ["1.08", "Too many prisoners felt unsafe.", "Accepted", "a) Meet weekly.", "Governor"],
    ["", "", "", "b) Open a CSIP referral within 72 hours.", "Head of Safety"],
    ["1.09", "Use of force was not justified.", "Accepted", "a) Review the footage.", "Governor"],
    ["2.14", "Prisoners were locked up.", "Partly accepted", "a) Unlock workers.", "Governor"],
]


@pytest.mark.parametrize("header", ["Para", "Ref", "No."])
def test_paragraph_numbers_written_once_per_block_are_the_recommendations(
    tmp_path: Path, header: str
) -> None:
    """ "1.08" over a block of lettered actions is one recommendation's ref, whatever the
    column is headed: never recommendation 1 with actions 8 and 9, nor refs like "1ab"."""
    path = write(tmp_path, [[header, *PRISON_ROWS[0][1:]], *PRISON_ROWS[1:]])
    plan = plan_of(path)
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1.08", "Too many prisoners felt unsafe."),
        ("1.09", "Use of force was not justified."),
        ("2.14", "Prisoners were locked up."),
    ]
    assert [a.ref for a in actions(plan)] == ["1.08a", "1.08b", "1.09a", "2.14a"]
    assert actions(plan)[1].text == "Open a CSIP referral within 72 hours."
    assert actions(plan)[1].fields["Response"] == "Accepted"


def test_a_bilingual_recommendation_heading_gives_its_wording(tmp_path: Path) -> None:
    """ "Argymhelliad / Recommendation R1: Raise standards" (Welsh first, as in the header
    "Cyf / Ref") is recommendation R1 worded "Raise standards"."""
    path = write(
        tmp_path,
        [
            ["Cyf / Ref", "Cam gweithredu / Action step", "Arweinydd / Lead"],
            ["Argymhelliad / Recommendation R1: Raise standards in literacy", "", ""],
            ["R1.1", "Set a writing task every half term.", "Head Teacher"],
            ["Argymhelliad / Recommendation R2: Improve teaching", "", ""],
            ["R2.1", "Agree a teaching policy.", "Head Teacher"],
        ],
    )
    plan = plan_of(path)
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("R1", "Raise standards in literacy"),
        ("R2", "Improve teaching"),
    ]
    assert [a.ref for a in actions(plan)] == ["R1.1", "R2.1"]


def test_a_bilingual_heading_numbered_in_both_languages_gives_its_wording(
    tmp_path: Path,
) -> None:
    """ "Maes i'w wella 1 / Area for improvement 1: …" (the number after each language's
    label) is area 1, worded as after the colon; not a heading with no text."""
    path = write(
        tmp_path,
        [
            ["Cyf / Ref", "Cam gweithredu / Action", "Arweinydd / Lead"],
            ["Maes i'w wella 1 / Area for improvement 1: Record the child's voice.", "", ""],
            ["1.1", "Launch a voice of the child toolkit.", "Gwen Pryce"],
            ["Maes i'w wella 3 / Area for improvement 3: Use performance data.", "", ""],
            ["3.1", "Build a front door dashboard.", "Steffan Davies"],
        ],
    )
    plan = plan_of(path)
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Record the child's voice."),
        ("3", "Use performance data."),
    ]
    assert [a.ref for a in actions(plan)] == ["1.1", "3.1"]


def test_a_caption_with_no_value_under_it_heads_a_section(tmp_path: Path) -> None:
    """ "The Head of the PDU should:" above the actions, not above a value: its words are
    kept on the actions it heads, not dropped."""
    path = write(
        tmp_path,
        [
            ["Rec no.", "Recommendation", "Action", "Lead"],
            ["The Head of Severn Vale PDU should:", "", "", ""],
            ["1", "Improve risk assessments.", "Introduce a checklist.", "Rachel Tembo"],
            ["The Regional Probation Director should:", "", "", ""],
            ["2", "Reduce caseloads.", "Recruit four officers.", "Mark Osei"],
        ],
    )
    first, second = actions(plan_of(path))
    assert first.fields["Section"] == "The Head of Severn Vale PDU should:"
    assert second.fields["Section"] == "The Regional Probation Director should:"


def test_roman_numerals_number_actions_within_their_recommendation(tmp_path: Path) -> None:
    """ "i", "ii", "iii", "iv" under "Area of weakness 2" are 2i … 2iv; a numeral of two
    letters or more is kept as written too, since "2iii" cannot be read back."""
    path = write(
        tmp_path,
        [
            ["Ref", "What we will do", "Lead(s)"],
            ["Area of significant weakness 2: EHC plans", "", ""],
            ["i", "Recruit four coordinators.", "Sarah Okafor"],
            ["ii", "Set up a quality panel.", "Dan Pryce"],
            ["iii", "Return health advice within six weeks.", "Dan Pryce"],
            ["iv", "Co-produce a plan template.", "Sarah Okafor"],
        ],
    )
    done = actions(plan_of(path))
    assert [a.ref for a in done] == ["2i", "2ii", "2iii", "2iv"]
    assert [a.fields.get("Ref (as written)") for a in done] == [None, "ii", "iii", "iv"]


# A care home's CQC action plan form: the regulation and how it was not met written on
# each regulation's first row only, no action numbers, the date each action will be done.
CQC_FORM_ROWS = [
    [
        "Regulation",
        "How the regulation was not being met",
        "What action are you going to take?",
        "Who is responsible for the action?",
        "Date actions will be completed",
    ],
    [
        "Regulation 12 HSCA RA Regulations 2014 Safe care and treatment",
        "Risks were not assessed.",
        "Review every risk assessment.",
        "Registered Manager – Joy Mensah",
        "30/11/2026",
    ],
    ["", "", "Write a protocol for each medicine.", "Clinical Lead – Nia Bowen", "31/10/2026"],
    [
        "Regulation 17 HSCA RA Regulations 2014 Good governance",
        "Audits missed the concerns.",
        "Introduce a monthly audit schedule.",
        "Registered Manager – Joy Mensah",
        "30/11/2026",
    ],
    ["", "", "Analyse incidents each month.", "Deputy Manager – Paul Reid", "31/12/2026"],
    [
        "",
        "",
        "Carry out a provider visit each quarter.",
        "Area Manager – Kath Bolt",
        "Immediate and ongoing",
    ],
]


def test_regulation_blocks_of_a_cqc_form_are_the_recommendations(tmp_path: Path) -> None:
    """ "Regulation 12 HSCA …" merged down its block is recommendation 12, the words after
    the number its text; the dates are deadlines, never the actions' refs."""
    plan = plan_of(write(tmp_path, CQC_FORM_ROWS))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("12", "HSCA RA Regulations 2014 Safe care and treatment"),
        ("17", "HSCA RA Regulations 2014 Good governance"),
    ]
    assert [a.ref for a in actions(plan)] == ["12.1", "12.2", "17.1", "17.2", "17.3"]
    assert [str(a.due) for a in actions(plan)] == [
        "2026-11-30",
        "2026-10-31",
        "2026-11-30",
        "2026-12-31",
        "None",
    ]


# A requirements form with no header row: per item a left cell of label lines beside
# the requirement's wording, a labelled row of the provider's news under it and a row
# naming the section over the items it heads.
FORM_SECTIONS = [
    "Requirements under The Children's Homes (England) Regulations 2015",
    "Requirements under The Care Standards Act 2000",
]
FORM_ITEMS = [
    (
        ["Requirement 1", "Regulation: 12(2)(a)", "Timescale: 31/03/2027"],
        "The registered person must ensure that staff record each restraint within 24 hours.",
        "Action taken:",
        "Records audited weekly by the deputy manager.",
    ),
    (
        ["Requirement 2", "Regulation: 13(1)", "Timescale:", "Immediate"],
        "The registered person must ensure that the location risk assessment is reviewed.",
        "Action taken:",
        "Reviewed with the police liaison officer and the placing authorities.",
    ),
]


def _form_docx(tmp_path: Path) -> Path:
    from tests.importers.test_import_word import word_file

    def build(doc: Any) -> None:
        doc.add_paragraph("Oakfield children's home: inspection requirements")
        table = doc.add_table(rows=3 * len(FORM_ITEMS), cols=2)
        for n, (section, (labels, wording, label, news)) in enumerate(
            zip(FORM_SECTIONS, FORM_ITEMS, strict=True)
        ):
            table.cell(3 * n, 0).merge(table.cell(3 * n, 1)).text = section
            table.cell(3 * n + 1, 0).text = "\n".join(labels)
            table.cell(3 * n + 1, 1).text = wording
            table.cell(3 * n + 2, 0).merge(table.cell(3 * n + 2, 1)).text = f"{label}\n{news}"
        doc.add_paragraph("Signed: Registered manager, 30 November 2026")

    return word_file(tmp_path, build)


def _form_rows() -> list[list[str]]:
    """The form in a sheet: label cells in column A, their values and wording in B."""
    rows = [["Oakfield children's home: inspection requirements", ""]]
    for section, (labels, wording, label, news) in zip(FORM_SECTIONS, FORM_ITEMS, strict=True):
        rows += [[section, ""], [labels[0], wording]]
        rows += [["Regulation:", labels[1].split(": ")[1]], ["Timescale:", labels[-1][-10:]]]
        rows.append([label, news])
    return [*rows, ["Signed: Registered manager, 30 November 2026", ""]]


@pytest.mark.parametrize("kind", ["docx", "csv", "xlsx", "xlsx behind a cover sheet"])
def test_a_form_with_no_header_row_reads_each_numbered_item_as_an_action(
    tmp_path: Path, kind: str
) -> None:
    """ "Requirement 1" over "Regulation: …" and "Timescale: …" beside the wording, then
    "Action taken:" and the news: the item is action 1 (the report's own number), its
    timescale the deadline, its labels fields, the news an undated update, the section
    rows fields of the items under them, the signature below a note."""
    if kind == "docx":
        path = _form_docx(tmp_path)
    elif kind == "csv":
        path = write(tmp_path, _form_rows())
    else:
        cover = {"Cover": [["Oakfield"], ["Inspected 3 October 2026"]]} if "cover" in kind else {}
        path = write_workbook(tmp_path, {**cover, "Requirements": _form_rows()})
    plan = plan_of(path)
    first, second = actions(plan)
    assert [(a.ref, a.text) for a in (first, second)] == [
        ("1", FORM_ITEMS[0][1]),
        ("2", FORM_ITEMS[1][1]),
    ]
    assert (first.due, second.due, second.due_text) == (dt.date(2027, 3, 31), None, "Immediate")
    assert (first.fields["Regulation"], second.fields["Regulation"]) == ("12(2)(a)", "13(1)")
    assert [a.fields["Section"] for a in (first, second)] == FORM_SECTIONS
    assert [(u.date, u.text) for u in second.updates] == [(None, FORM_ITEMS[1][3])]
    assert "Signed: Registered manager" in plan.notes
    assert "form layout: 2 items ('Requirement 1' …)" in " ".join(explain_file(path, OPTIONS))


def test_a_form_in_a_sheet_may_put_each_label_and_its_value_on_rows_of_their_own(
    tmp_path: Path,
) -> None:
    """Column A "Area for improvement 1" beside the wording, then "Ref: Standard 4.1"
    and "To be completed by:" alone over its date, and the response beside its long
    label: the same action as the Word form's, the date read from the row under its
    label, the response one update; "Name of person completing the QIP:" below is a note."""
    response = "Response by the registered person detailing the actions taken:"
    rows = [
        ["Quality Improvement Plan", ""],
        ["Area for improvement 1", "The registered person shall ensure that falls are reviewed."],
        ["Ref: Standard 4.1", ""],
        ["To be completed by:", ""],
        ["31 January 2027", ""],
        [response, "Post-falls huddle introduced."],
        ["Area for improvement 2", "The registered person shall ensure that fire doors close."],
        ["Ref: Standard 6.2", ""],
        ["To be completed by:", ""],
        ["Immediate and ongoing", ""],
        [response, "Door closers repaired by Estates."],
        ["Name of person completing the QIP:", "Registered Manager"],
    ]
    plan = plan_of(write(tmp_path, rows))
    first, second = actions(plan)
    assert (first.ref, first.due, first.fields["Ref"]) == (
        "1",
        dt.date(2027, 1, 31),
        "Standard 4.1",
    )
    assert (second.ref, second.due, second.due_text) == ("2", None, "Immediate and ongoing")
    assert [(u.date, u.text) for u in first.updates] == [(None, "Post-falls huddle introduced.")]
    assert "Name of person completing the QIP:" in plan.notes


# An RQIA quality improvement plan as a nursing home returns it: the areas under the
# regulations numbered 1, 2, then those under the care standards numbered from 1 again.
QIP_SECTIONS = [
    "Action required to ensure compliance with The Nursing Homes Regulations (NI) 2005",
    "Action required to ensure compliance with the Care Standards for Nursing Homes (2015)",
]
QIP_AREAS = [
    [
        ("Regulation 13 (1) (a)", "With immediate effect", "Falls are managed safely.", "Done."),
        ("Regulation 27 (4) (d)", "\n30 November 2026", "Fire doors are kept shut.", "Gone."),
    ],
    [
        ("Standard 4", "\n31 December 2026", "Care plans are reviewed monthly.", "Dates set."),
        ("Standard 12", "\n31 January 2027", "Modified diets are served as set.", "Cook checks."),
    ],
]


def _qip_numbered_afresh(tmp_path: Path) -> Path:
    from tests.importers.test_import_word import word_file

    response = "Response by registered person detailing the actions taken:"

    def build(doc: Any) -> None:
        doc.add_paragraph("Quality Improvement Plan")
        table = doc.add_table(rows=2 + 2 * sum(map(len, QIP_AREAS)), cols=2)
        r = 0
        for section, areas in zip(QIP_SECTIONS, QIP_AREAS, strict=True):
            table.cell(r, 0).merge(table.cell(r, 1)).text = section
            for n, (ref, by, wording, news) in enumerate(areas, start=1):
                by = by if by.startswith("\n") else f" {by}"
                left = f"Area for improvement {n}\nRef: {ref}\nStated: First time"
                table.cell(r + 1, 0).text = f"{left}\nTo be completed by:{by}"
                table.cell(r + 1, 1).text = wording
                table.cell(r + 2, 0).merge(table.cell(r + 2, 1)).text = f"{response}\n{news}"
                r += 2
            r += 1
        doc.add_paragraph("Name of person completing the QIP: Registered Manager")

    return word_file(tmp_path, build)


def test_a_forms_items_numbered_afresh_under_each_section_row_are_grouped_by_it(
    tmp_path: Path,
) -> None:
    """Areas for improvement 1, 2 under the regulations' section row and 1, 2 again under
    the standards': the plan imports (never refused as "not a plan"), each section row a
    recommendation worded as written, its areas its actions numbered inside it (`2.1`,
    never a second action 1), each with its deadline, its "Ref" and its response."""
    path = _qip_numbered_afresh(tmp_path)
    plan = plan_of(path)
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", QIP_SECTIONS[0]),
        ("2", QIP_SECTIONS[1]),
    ]
    found = actions(plan)
    assert [(a.ref, a.text) for a in found] == [
        ("1.1", "Falls are managed safely."),
        ("1.2", "Fire doors are kept shut."),
        ("2.1", "Care plans are reviewed monthly."),
        ("2.2", "Modified diets are served as set."),
    ]
    assert [a.due for a in found] == [
        None,
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 31),
        dt.date(2027, 1, 31),
    ]
    assert [a.fields["Ref"] for a in found] == [
        "Regulation 13 (1) (a)",
        "Regulation 27 (4) (d)",
        "Standard 4",
        "Standard 12",
    ]
    assert [[(u.date, u.text) for u in a.updates] for a in found][2] == [(None, "Dates set.")]
    assert "Name of person completing the QIP" in plan.notes
    explained = " ".join(explain_file(path, OPTIONS))
    assert "4 items ('Area for improvement 1' …), numbered afresh under each section row" in (
        explained
    )


# A provider's plan published one requirement at a time and saved into Word: no table,
# per item a heading, then the same labelled sections under each, the actions a numbered
# list and the other sections numbered to match or pointing at the actions by number.
PARAGRAPH_FORM = [
    "Riverside Hospice – CQC action plan",
    "Must do 1",
    "Issues identified",
    "The provider must ensure that care plans are kept up to date.",
    "Actions to be taken",
    "1. Introduce a single care plan template.",
    "2. Audit 20 care plans each quarter.",
    "Person responsible",
    "• Director of Care",
    "• Ward Manager, Inpatient Unit",
    "Target completion date",
    "1. 31 July 2026",
    "2. 30 September 2026",
    "Progress to date",
    "1-2 Complete and evidenced in the October audit -14/10/2026.",
    "Must do 2",
    "Issues identified",
    "The provider must ensure that medicines are managed safely.",
    "Actions to be taken",
    "1. Assess every nurse's competency with syringe drivers.",
    "Person responsible",
    "• Lead Pharmacist",
    "Target completion date",
    "1. 31 December 2026",
    "Progress to date",
    "1 On hold until the new pharmacist starts.",
]


def test_a_form_written_as_paragraphs_reads_each_numbered_line_as_an_action(
    tmp_path: Path,
) -> None:
    """ "Must do 1" over labelled sections: the item is a recommendation worded by the
    section before its actions, each numbered action one of its actions led by every
    bullet of "Person responsible", due on the date of its own number, and a progress
    line is the update (dated by the day after its closing dash, glued or not) of the
    actions its number or range names, its state after the number their status."""
    from tests.importers.test_import_word import word_file

    def build(doc: Any) -> None:
        for line in PARAGRAPH_FORM:
            doc.add_paragraph(line)

    path = word_file(tmp_path, build)
    plan = plan_of(path)
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", PARAGRAPH_FORM[3]),
        ("2", PARAGRAPH_FORM[17]),
    ]
    first, second, third = actions(plan)
    assert [(a.ref, a.text) for a in (first, second, third)] == [
        ("1.1", "Introduce a single care plan template."),
        ("1.2", "Audit 20 care plans each quarter."),
        ("2.1", "Assess every nurse's competency with syringe drivers."),
    ]
    assert [a.leads for a in (first, third)] == [
        ["Director of Care", "Ward Manager, Inpatient Unit"],
        ["Lead Pharmacist"],
    ]
    assert [a.due for a in (first, second, third)] == [
        dt.date(2026, 7, 31),
        dt.date(2026, 9, 30),
        dt.date(2026, 12, 31),
    ]
    news = (dt.date(2026, 10, 14), PARAGRAPH_FORM[14])
    assert [[(u.date, u.text) for u in a.updates] for a in (first, second)] == [[news]] * 2
    assert [a.status for a in (first, second, third)] == ["done", "done", "blocked"]
    assert "form layout, paragraphs: 2 items ('Must do 1' …)" in " ".join(
        explain_file(path, OPTIONS)
    )


def paragraph_form(tmp_path: Path, lines: list[str]) -> Any:
    """The plan of a form written as paragraphs, a line a row of a one-column CSV."""
    return plan_of(write(tmp_path, [[line] for line in lines]))


def unnumbered_form(date: str, progress: str) -> list[str]:
    return [
        "Must do 1",
        "Issues identified",
        "Medicines were not stored safely.",
        "Actions to be taken",
        "1. Introduce daily fridge temperature checks",
        "2. Train all nurses in medicines storage",
        "3. Audit storage monthly",
        "Person responsible",
        "Ward Manager",
        "Target completion date",
        date,
        "Progress to date",
        "Checks started in October",
        "Must do 2",
        "Issues identified",
        "Records were incomplete.",
        "Actions to be taken",
        "1. Review the record template",
        "2. Audit ten records a month",
        "Person responsible",
        "Matron",
        "Target completion date",
        "30 April 2027",
        "Progress to date",
        progress,
    ]


def test_a_date_or_a_count_opening_a_paragraph_forms_line_points_at_no_action(
    tmp_path: Path,
) -> None:
    """A section is numbered to match the actions only where its numbers start at 1
    and rise, as a list's do, and a day is no number: "3 March 2027" under "Target
    completion date" is every action's deadline, and "2 audits done so far" is news of
    both actions of its item that states no status of action 2's."""
    plan = paragraph_form(tmp_path, unnumbered_form("3 March 2027", "2 audits done so far"))
    found = actions(plan)
    assert [a.due for a in found] == [dt.date(2027, 3, 3)] * 3 + [dt.date(2027, 4, 30)] * 2
    assert [[u.text for u in a.updates] for a in found[3:]] == [["2 audits done so far"]] * 2
    assert {a.status for a in found} == {"not_started"}


def test_a_value_the_same_in_every_item_of_a_paragraph_form_is_no_label(
    tmp_path: Path,
) -> None:
    """A short line under two items is a section's label, unless it always sits straight
    under the same other label: then it is that section's value ("Ward Manager" as the
    person responsible for both items), and each action is led by it."""
    lines = unnumbered_form("31 March 2027", "Audits started")
    lines[20] = "Ward Manager"  # item 2's person responsible, as item 1's
    found = actions(paragraph_form(tmp_path, lines))
    assert [a.leads for a in found] == [["Ward Manager"]] * 5
    assert [a.due for a in found] == [dt.date(2027, 3, 31)] * 3 + [dt.date(2027, 4, 30)] * 2


def test_a_heading_shaped_line_inside_a_paragraph_forms_item_is_its_text(
    tmp_path: Path,
) -> None:
    """Each item runs to the next heading of its own label: "Regulation 12", cited under
    "Issues identified" in every item, is part of the requirement, heading nothing."""
    lines = unnumbered_form("31 March 2027", "Audits started")
    lines[2:2] = ["Regulation 12"]
    lines[16:16] = ["Regulation 12"]
    plan = paragraph_form(tmp_path, lines)
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Regulation 12\nMedicines were not stored safely."),
        ("2", "Regulation 12\nRecords were incomplete."),
    ]
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "1.3", "2.1", "2.2"]


# Seen in hold-out 134: a SEND written statement of action written as prose, each
# action a bullet opened by its ref with its lead, deadline and progress labelled below.
PROSE_PLAN = [
    ("Written Statement of Action – progress report", None),
    ("Area of weakness 1: The timeliness of EHC plans.", "Heading 2"),
    ("Only 38% of plans were issued within 20 weeks.", None),
    ("What we will do:", None),
    ("1.1 Clear the backlog of assessments.", "List Bullet"),
    ("Lead: Head of SEND Assessment (Nadia Rahman)", None),
    ("By: end of January 2027", None),
    ("Progress: 21/10/2026 – Backlog down from 212 to 131.", None),
    ("1.2 Recruit three educational psychologists.", "List Bullet"),
    ("Lead: Principal Educational Psychologist", None),
    ("By: Summer term 2027", None),
    ("Area of weakness 2: Waiting times for autism assessment.", "Heading 2"),
    ("What we will do:", None),
    ("2.1 Publish waiting-time data monthly.", "List Bullet"),
    ("Lead: Local Offer Manager", None),
    ("By: 30/11/2026", None),
    ("Progress: Complete. First data published in October.", None),
    ("Next report to the Board: February 2027.", None),
]


def test_a_plan_in_prose_reads_each_bulleted_ref_as_an_action_and_its_labelled_lines(
    tmp_path: Path,
) -> None:
    """ "Area of weakness 1: …" headings over bullets "1.1 …", each followed by its own
    "Lead:", "By:" and "Progress:" lines: each heading a recommendation worded after
    its number, each bullet an action led, due and updated by the lines under it; the
    line closing the paper is a note, no action's news."""
    from tests.importers.test_import_word import word_file

    def build(doc: Any) -> None:
        for line, style in PROSE_PLAN:
            doc.add_paragraph(line, style=style)

    path = word_file(tmp_path, build)
    plan = plan_of(path)
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "The timeliness of EHC plans."),
        ("2", "Waiting times for autism assessment."),
    ]
    found = actions(plan)
    assert [(a.ref, a.text) for a in found] == [
        ("1.1", "Clear the backlog of assessments."),
        ("1.2", "Recruit three educational psychologists."),
        ("2.1", "Publish waiting-time data monthly."),
    ]
    assert [a.leads for a in found] == [
        ["Nadia Rahman"],
        ["Principal Educational Psychologist"],
        ["Local Offer Manager"],
    ]
    assert [a.due for a in found] == [
        dt.date(2027, 1, 31),
        dt.date(2027, 7, 31),
        dt.date(2026, 11, 30),
    ]
    assert [[(u.date, u.text) for u in a.updates] for a in found] == [
        [(dt.date(2026, 10, 21), "21/10/2026 – Backlog down from 212 to 131.")],
        [],
        [(None, "Complete. First data published in October.")],
    ]
    assert [a.status for a in found] == ["not_started", "not_started", "done"]
    assert "Next report to the Board: February 2027." in (plan.notes or "")
    assert "each action a line opened by its ref" in " ".join(explain_file(path, OPTIONS))


# Seen in hold-out 159: a care home's compliance plan, each requirement a numbered
# label over its parts, the numbers running on across the outcomes.
NUMBERED_LABELS_PLAN = [
    "Provider's response to inspection report",
    "Outcome 02: Governance and Management",
    "Theme:",
    "Governance, Leadership and Management",
    "1. Action Required:",
    "Under Regulation 23(c) you are required to: Put in place management systems.",
    "Please state the actions you have taken or are planning to take:",
    "Monthly audits of falls will be reviewed at the quality meeting.",
    "Proposed Timescale: 31/01/2027",
    "Outcome 05: Documentation",
    "2. Action Required:",
    "Under Regulation 21(1) you are required to: Keep the records in the centre.",
    "Please state the actions you have taken or are planning to take:",
    "All staff files have been audited.",
    "Proposed Timescale: Completed",
    "3. Action Required:",
    "Under Regulation 21(6) you are required to: Keep records safe.",
    "Please state the actions you have taken or are planning to take:",
    "A locked filing cabinet will be installed.",
    "Proposed Timescale: 30/11/2026",
]


def test_numbered_labels_over_their_parts_are_actions_answered_under_a_prompt(
    tmp_path: Path,
) -> None:
    """ "1. Action Required:" opens each requirement, its number running on across the
    "Outcome 02: …" headings; the answer under "Please state the actions …:" is the
    action, the requirement under the opening label a field, "Proposed Timescale" the
    deadline ("Completed" done, no date)."""
    from tests.importers.test_import_word import word_file

    def build(doc: Any) -> None:
        for line in NUMBERED_LABELS_PLAN:
            doc.add_paragraph(line)

    plan = plan_of(word_file(tmp_path, build))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("02", "Governance and Management"),
        ("05", "Documentation"),
    ]
    found = actions(plan)
    assert [(a.ref, a.text) for a in found] == [
        ("1", "Monthly audits of falls will be reviewed at the quality meeting."),
        ("2", "All staff files have been audited."),
        ("3", "A locked filing cabinet will be installed."),
    ]
    assert [a.due for a in found] == [dt.date(2027, 1, 31), None, dt.date(2026, 11, 30)]
    assert [a.status for a in found] == ["not_started", "done", "not_started"]
    assert found[2].fields["Action Required"] == (
        "Under Regulation 21(6) you are required to: Keep records safe."
    )


# Seen in hold-out 127: a fire service's improvement plan pasted from Word into a sheet,
# each area for improvement a small form of its own over its own copy of the header.


def _captioned_blocks() -> list[list[object]]:
    """Two blocks, each captions over their values, the wording, then the header again."""
    rows: list[list[object]] = [["HMICFRS Improvement Plan"], []]
    for ref, wording in (("E1", "‘Train staff in prevention.’"), ("P1", "‘Hear staff.’")):
        rows += [
            ["Area for improvement:", "Background information:", ""],
            [f"Ref No. {ref}", f"Background to {ref}: crews were not trained.", ""],
            [wording],
            ["Ref:", "Action:", "Achievements:"],
            [f"{ref}.1", "Review the policy.", "Draft ready."],
            [f"{ref}.2", "Train the crews.", ""],
        ]
    return rows


def test_captions_over_their_values_before_each_headers_copy_open_a_recommendation(
    tmp_path: Path,
) -> None:
    """The caption row written over every block names the values under it: "Ref No. E1"
    is the recommendation's ref, the background its field, the quoted line its text; none
    of those rows is an action."""
    plan = plan_of(write(tmp_path, _captioned_blocks()))
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("E1", "‘Train staff in prevention.’", ["E1.1", "E1.2"]),
        ("P1", "‘Hear staff.’", ["P1.1", "P1.2"]),
    ]
    fields = plan.recommendations[1].fields
    assert fields["Background information"] == "Background to P1: crews were not trained."
    assert fields["Area for improvement"] == "Ref No. P1"


def test_captions_over_the_same_values_over_every_headers_copy_are_a_page_header(
    tmp_path: Path,
) -> None:
    """The same caption row and values written over each printed page's header open no
    block: the plan is not split by page, and the copies are no actions."""
    head = [["Service:", "Last updated:", "", "", ""], ["Children's Services", "12/11/2026"]]
    header = ["Ref", "Action", "Lead", "Target date", "Status"]
    rows = [
        *head, header,
        ["1.1", "Refresh the safeguarding policy", "Jo Reid", "31/03/2027", "Not started"],
        ["1.2", "Launch the new case audit tool", "Sam Patel", "30/04/2027", "In progress"],
        ["1.3", "Recruit two social workers", "Amy Lee", "31/05/2027", "In progress"],
        *head, header,
        ["1.4", "Train all managers in supervision", "Tom Bell", "30/06/2027", "Not started"],
        ["2.1", "Publish the annual report", "Kate Ellis", "31/07/2027", "Not started"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, [r + [""] * (5 - len(r)) for r in rows]))
    assert [(r.ref, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", ["1.1", "1.2", "1.3", "1.4"]),
        ("2", ["2.1"]),
    ]


# Seen in hold-out 226 (a police force's plan answering its inspection's areas for
# improvement): the reply, headed "Our response", between what was found and the end
# state sought, is the work the body will do.
def test_our_response_beside_an_area_for_improvement_is_its_one_action(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Area for improvement", "What the review found", "Our response",
         "What success looks like", "Lead", "Target", "Progress"],
        ["AD1", "The service should answer the phone within a minute.",
         "Half of all calls waited longer than two minutes at lunchtime, when the team was "
         "smallest.", "Stagger the team's lunch breaks across three hours.",
         "Nine in ten calls answered within a minute.", "Head of Contact", "31/01/2027",
         "14/11/2026 – New rota agreed."],
        ["AD2", "The service should keep its records up to date.",
         "A third of the files we read had no note for over a month.",
         "Set a weekly file check for every team leader.", "No file without a monthly note.",
         "Head of Quality", "31/03/2027", ""],
        ["AD3", "The service should tell residents how complaints end.",
         "Residents were rarely told the outcome of their complaint, and some complained "
         "again to find out.", "Send every complainant a closing letter.",
         "Every complaint closed with a letter.", "Head of Contact", "28/02/2027", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # each area for improvement is a recommendation, numbered by its ref; the reply its
    # one action; what was found and what success looks like kept as fields
    assert [(r.ref, r.text) for r in plan.recommendations] == [(r[0], r[1]) for r in rows[1:]]
    found = actions(plan)
    assert [(a.ref, a.text) for a in found] == [(f"{r[0]}.1", r[3]) for r in rows[1:]]
    assert found[0].fields["What the review found"] == rows[1][2]
    assert found[2].fields["What success looks like"] == rows[3][4]
    assert [u.date for u in found[0].updates] == [dt.date(2026, 11, 14)]


# Seen in hold-out 249 (a Scottish care home's plan after a Care Inspectorate
# inspection): a heading "Areas for improvement" over the areas' own headings, each
# heading followed by the report's "This is to ensure …" paragraph and its actions.
def test_a_heading_over_the_recommendations_headings_is_kept_on_each_of_them(
    tmp_path: Path,
) -> None:
    rows = [
        ["Action", "Person responsible", "Timescale"],
        ["Requirement 1: By 31 January 2027, the provider must give medication safely.", "", ""],
        ["This is to comply with Regulation 4(1)(a) of SSI 2011/210.", "", ""],
        ["Audit medication records weekly.", "Home Manager", "30/11/2026"],
        ["Areas for improvement", "", ""],
        ["Area for improvement 1: The provider should offer activity every day.", "", ""],
        ["This is to ensure that care is consistent with the Standards (HSCS 1.25).", "", ""],
        ["Appoint a second activities coordinator.", "Home Manager", "31/10/2026"],
        ["Area for improvement 2: The provider should train staff in dementia care.", "", ""],
        ["This is to ensure that staff are trained, competent and skilled (HSCS 3.14).", "", ""],
        ["Enrol every carer on dementia training.", "Depute Manager", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = plan.recommendations
    assert [r.ref for r in recs] == ["R1", "AfI1", "AfI2"]
    # the heading heads both areas, as a reader sees it, and each keeps its own paragraph
    assert [r.fields.get("Section") for r in recs] == [
        None,
        "Areas for improvement",
        "Areas for improvement",
    ]
    assert actions(plan)[1].fields["Section"] == rows[6][0]
