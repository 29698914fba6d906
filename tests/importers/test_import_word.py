"""Word plans (.docx): every table read as a sheet, through the same pipeline as CSV."""

from __future__ import annotations

import copy
import datetime as dt
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from importers import ImportFailure, ImportOptions, load, read
from importers.explain import explain_file
from importers.read import read_sheets
from store.docs import PlanDoc
from tests.cli.test_cli_contract import run
from tests.importers.corpus import COPIES, PLANS

TODAY = ImportOptions(today=dt.date(2026, 12, 2))


@pytest.mark.parametrize("stem", ["council_improvement_marshfield", "council_ilacs_redbrook"])
def test_a_word_copy_imports_the_same_plan_as_its_csv(stem: str) -> None:
    """Marshfield: banner rows merged across, a lead merged down two rows, the table
    split over a page with its header repeated. Redbrook: a heading and a table of
    the same shape per recommendation. Both: title paragraphs, a note below."""
    from_csv = load(PLANS / f"{stem}.csv", TODAY).plans
    from_word = load(COPIES / f"{stem}.docx", TODAY).plans
    assert from_word == from_csv
    assert sum(len(r.actions) for r in from_word[0].recommendations) == 8


def test_a_table_split_across_pages_is_one_table_and_its_repeated_header_is_read_once() -> None:
    path = COPIES / "council_improvement_marshfield.docx"
    explained = explain_file(path, TODAY)
    assert explained[2] == (
        "  read: 2 tables of 7 columns read as one;"
        " the header repeated at the top of 1 of them read once"
    )
    (sheet,) = read_sheets(path)
    headers = [row for row in sheet.grid if row[0] == "Ref"]
    assert headers == [
        [
            *("Ref", "Improvement action", "Lead\nofficer", "Target\ndate"),
            *("Revised\ntarget date", "Status", "Latest update\n(Improvement Board)"),
        ]
    ]
    assert [row[0] for row in sheet.grid if row[0][:1].isdigit()] == [
        *("1.01", "1.02", "1.03", "2.01", "2.02", "2.03", "3.01", "3.02")
    ]


def word_file(tmp_path: Path, build: Callable[[Any], None], name: str = "plan.docx") -> Path:
    """The Word document ``build`` writes into a new one, saved as ``name``."""
    doc = Document()
    build(doc)
    path = tmp_path / name
    doc.save(str(path))
    return path


def word_table(doc: Any, rows: Sequence[Sequence[str]]) -> Any:
    """A table of these rows (as wide as the first) added to ``doc``, one string a cell."""
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    return table


def test_the_page_header_is_the_title_and_its_school_year_dates_the_terms(
    tmp_path: Path,
) -> None:
    """A school's template writes the plan's name and year only in Word's page header:
    read as the title, its year names the year of a term written without one."""

    def build(doc: Any) -> None:
        header = doc.sections[0].header.paragraphs[0]
        header.text = "Brookfield Infant School | School Improvement Plan 2024/25 | Summer review"
        doc.add_heading("Priority 1: Early reading", 2)
        rows = [
            ["Ref", "Action", "Lead", "Timescale"],
            ["1.1", "Train every adult in the phonics scheme.", "Nia Brooks", "Autumn term"],
            ["1.2", "Buy decodable books for Reception.", "Nia Brooks", "By end of Summer term"],
        ]
        word_table(doc, rows)

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert "School Improvement Plan 2024/25" in plan.title
    actions = plan.recommendations[0].actions
    # the plan's own school year, not the next terms after the import (2026 and 2027)
    assert [a.due for a in actions] == [dt.date(2024, 12, 31), dt.date(2025, 7, 31)]


def test_captions_only_in_the_page_header_are_the_header_of_a_table_with_none(
    tmp_path: Path,
) -> None:
    """An audit follow-up appendix prints its column captions in a one-row table in the
    page header, so they head every page, and its body's table has no header row: the
    captions are the table's header, so its actions are read under them, not refused."""
    captions = ["Ref", "Agreed action", "Responsible officer", "Target date", "Status"]

    def build(doc: Any) -> None:
        header = doc.sections[0].header
        header.paragraphs[0].text = "Audit and Governance Committee, 14 January 2027"
        caps = header.add_table(1, len(captions), doc.sections[0].page_width)
        for j, caption in enumerate(captions):
            caps.cell(0, j).text = caption
        doc.add_paragraph("Appendix B – Follow-up of internal audit recommendations")
        word_table(
            doc,
            [
                [
                    "PAY-01",
                    "Payroll will not process a form without a manager's authorisation.",
                    "Payroll Manager",
                    "31/10/2026",
                    "Implemented",
                ],
                [
                    "PAY-02",
                    "Check a sample of overtime claims against rotas each month.",
                    "Head of HR",
                    "31/12/2026",
                    "Not yet due",
                ],
            ],
        )

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    actions = [a for rec in plan.recommendations for a in rec.actions]
    assert [(a.ref, a.text, a.leads, a.due, a.status) for a in actions] == [
        (
            "PAY-01",
            "Payroll will not process a form without a manager's authorisation.",
            ["Payroll Manager"],
            dt.date(2026, 10, 31),
            "done",
        ),
        (
            "PAY-02",
            "Check a sample of overtime claims against rotas each month.",
            ["Head of HR"],
            dt.date(2026, 12, 31),
            "not_started",
        ),
    ]
    # the captions head the table, no title line of the plan's
    assert "Responsible officer" not in plan.title


def _page_fields(paragraph: Any) -> None:
    """ "Page {PAGE} of {NUMPAGES}" as Word writes it: a complex field, then a simple one,
    each holding the figure Word last showed."""
    w = nsdecls("w")
    paragraph.add_run("Page ")
    for xml in (
        f'<w:r {w}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {w}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {w}><w:t>2</w:t></w:r>",
        f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
        f'<w:r {w}><w:t xml:space="preserve"> of </w:t></w:r>',
        f'<w:fldSimple {w} w:instr=" NUMPAGES "><w:r><w:t>7</w:t></w:r></w:fldSimple>',
    ):
        paragraph._p.append(parse_xml(xml))


def test_the_page_footer_is_kept_as_notes_and_its_page_number_is_no_text(
    tmp_path: Path,
) -> None:
    """A template may keep a plan's version and owner only in Word's page footer: its
    words are the plan's notes, as rows below the table are; the page number is none."""

    def build(doc: Any) -> None:
        footer = doc.sections[0].footer
        footer.paragraphs[0].text = "Issue 4 – progress as at 15 January 2027"
        footer.add_paragraph("Plan owner: Carys Lloyd, Head of Libraries")
        _page_fields(footer.add_paragraph())
        doc.add_paragraph("Library service improvement plan")
        rows = [
            ["Ref", "Action", "Lead", "Deadline"],
            ["1", "Extend Saturday opening.", "Carys Lloyd", "31/03/2027"],
        ]
        word_table(doc, rows)

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert "Issue 4 – progress as at 15 January 2027" in plan.notes
    assert "Plan owner: Carys Lloyd, Head of Libraries" in plan.notes
    assert "Page" not in plan.notes  # the page's number, no words of the plan
    assert [a.text for r in plan.recommendations for a in r.actions] == ["Extend Saturday opening."]


def test_merged_cells_repeat_down_and_are_kept_once_across(tmp_path: Path) -> None:
    """As .xlsx merged cells read: the value in every row it spans, once per row."""

    def build(doc: object) -> None:
        table = doc.add_table(rows=4, cols=3)  # type: ignore[attr-defined]
        for j, text in enumerate(["Recommendation", "Action", "Lead"]):
            table.cell(0, j).text = text
        table.cell(1, 0).merge(table.cell(2, 0)).text = "Improve supervision"
        table.cell(1, 1).text = "Write the policy"
        table.cell(2, 1).text = "Train managers"
        table.cell(1, 2).text = table.cell(2, 2).text = "Ann Lead"
        table.cell(3, 0).merge(table.cell(3, 2)).text = "Key: AL = Ann Lead"

    (sheet,) = read_sheets(word_file(tmp_path, build))
    assert sheet.grid == [
        ["Recommendation", "Action", "Lead"],
        ["Improve supervision", "Write the policy", "Ann Lead"],
        ["Improve supervision", "Train managers", "Ann Lead"],
        ["Key: AL = Ann Lead", "", ""],
    ]


# Seen in hold-out 151 (a council's housing improvement plan after a C3 judgement, in
# Word): the consumer standard merged down its actions in the first column, no refs.
# python-docx gives the merged text on every row, so only the XML tells it from typing.


def test_a_first_column_merged_down_in_word_groups_the_plan(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        table = word_table(
            doc,
            [
                ["Consumer Standard", "Action", "Lead Officer", "Target Date"],
                ["Safety and Quality", "Survey every home.", "Amy Lee", "31/03/2027"],
                ["", "Check every gas supply.", "Tom Bell", "31/12/2026"],
                ["Tenancy Standard", "Set up a scrutiny panel.", "Jo Hart", "31/01/2027"],
                ["", "Publish the satisfaction measures.", "Jo Hart", "30/11/2026"],
                ["", "Review the complaints policy.", "Sam Reid", "31/12/2026"],
            ],
        )
        table.cell(1, 0).merge(table.cell(2, 0))
        table.cell(3, 0).merge(table.cell(5, 0))

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Safety and Quality"),
        ("2", "Tenancy Standard"),
    ]
    refs = [a.ref for r in plan.recommendations for a in r.actions]
    assert refs == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert plan.recommendations[1].actions[2].leads == ["Sam Reid"]


def test_a_first_column_typed_on_every_row_in_word_stays_a_field(tmp_path: Path) -> None:
    """The same table with the standard typed again on each row, no cell merged: a field."""
    rows = [
        ["Consumer Standard", "Action", "Lead Officer", "Target Date"],
        ["Safety and Quality", "Survey every home.", "Amy Lee", "31/03/2027"],
        ["Safety and Quality", "Check every gas supply.", "Tom Bell", "31/12/2026"],
        ["Tenancy Standard", "Set up a scrutiny panel.", "Jo Hart", "31/01/2027"],
        ["Tenancy Standard", "Publish the satisfaction measures.", "Jo Hart", "30/11/2026"],
    ]
    (plan,) = load(word_file(tmp_path, lambda doc: word_table(doc, rows)), TODAY).plans
    assert len(plan.recommendations) == 1
    assert plan.recommendations[0].actions[2].fields["Consumer Standard"] == "Tenancy Standard"


def numbered(paragraph: object, num_id: int, level: int = 0) -> object:
    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    ppr.append(
        parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph


def add_list(doc: object, num_id: int, levels: list[tuple[str, str]]) -> None:
    """A list definition as Word writes one: a format and a text pattern per level."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    numbering = doc.part.numbering_part.element  # type: ignore[attr-defined]
    numbering.insert(
        0,
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{num_id}">{lvls}</w:abstractNum>'
        ),
    )
    numbering.append(
        parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'
        )
    )


def test_list_numbers_and_bullets_word_draws_are_kept_in_the_text(tmp_path: Path) -> None:
    """Word keeps "a)", "1." and "•" out of the text runs; a reader sees them."""

    def build(doc: object) -> None:
        add_list(doc, 71, [("decimal", "%1."), ("lowerLetter", "%2)")])
        add_list(doc, 72, [("bullet", "\uf0b7")])  # a Symbol-font bullet
        numbered(doc.add_paragraph("Leadership"), 71)  # type: ignore[attr-defined]
        table = doc.add_table(rows=2, cols=2)  # type: ignore[attr-defined]
        table.cell(0, 0).text, table.cell(0, 1).text = "Action", "Lead"
        cell = table.cell(1, 0)
        cell.text = "Improve audits:"
        numbered(cell.add_paragraph("monthly"), 71, 1)
        numbered(cell.add_paragraph("moderated"), 71, 1)
        numbered(cell.add_paragraph("reported to the board"), 72)
        table.cell(1, 1).text = "Ann Lead"
        numbered(doc.add_paragraph("Quality"), 71)  # type: ignore[attr-defined]

    (sheet,) = read_sheets(word_file(tmp_path, build))
    assert [row[0] for row in sheet.grid] == [
        "1. Leadership",
        "Action",
        "Improve audits:\na) monthly\nb) moderated\n• reported to the board",
        "2. Quality",
    ]


def test_title_paragraphs_are_the_title_block_and_the_rest_notes(tmp_path: Path) -> None:
    def build(doc: object) -> None:
        doc.add_heading("Riverton SEND Written Statement of Action", 0)  # type: ignore[attr-defined]
        doc.add_paragraph("Version 4, agreed by the SEND Board")  # type: ignore[attr-defined]
        table = doc.add_table(rows=2, cols=3)  # type: ignore[attr-defined]
        for j, text in enumerate(["Action", "Lead", "By when"]):
            table.cell(0, j).text = text
        for j, text in enumerate(["Publish the local offer", "Jo Smith", "March 2027"]):
            table.cell(1, j).text = text
        doc.add_paragraph("Signed off by the Director of Education")  # type: ignore[attr-defined]

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert plan.title == "Riverton SEND Written Statement of Action"
    assert "Version 4, agreed by the SEND Board" in plan.notes
    assert "Signed off by the Director of Education" in plan.notes
    (action,) = plan.recommendations[0].actions
    assert (action.text, action.leads, action.due) == (
        "Publish the local offer",
        ["Jo Smith"],
        dt.date(2027, 3, 31),
    )


def test_a_paragraph_spelling_out_a_role_resolves_its_short_form(tmp_path: Path) -> None:
    """An IPC plan's "Lead abbreviations:" paragraph above the table: a lead written
    DIPC is the Director of Infection Prevention and Control, the cell kept as written."""

    def build(doc: object) -> None:
        doc.add_paragraph("IPC board assurance framework – action plan")  # type: ignore[attr-defined]
        doc.add_paragraph(  # type: ignore[attr-defined]
            "Lead abbreviations: Director of Infection Prevention and Control (DIPC); "
            "Deputy Director of Estates and Facilities (DDEF)"
        )
        rows = [
            ["Ref", "Mitigating action", "Lead", "By when"],
            ["1.1", "Add a standing item on IPC risks.", "DIPC", "30/09/2025"],
            ["1.2", "Revise the cleaning schedules.", "DDEF\nDeputy Chief Nurse", "Jan 2026"],
        ]
        word_table(doc, rows)

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    assert [a.leads for a in found] == [
        ["Director of Infection Prevention and Control"],
        ["Deputy Director of Estates and Facilities", "Deputy Chief Nurse"],
    ]
    assert found[0].fields["Lead (as written)"] == "DIPC"


def test_a_table_of_another_shape_is_a_sheet_of_its_own(tmp_path: Path) -> None:
    """A key of initials in a two-column table is read like a workbook's key sheet."""

    def build(doc: object) -> None:
        word_table(
            doc,
            [
                ["Action", "Lead", "Due"],
                ["Audit files", "KT", "May 2027"],
                ["Train staff", "KT", "June 2027"],
            ],
        )
        key = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
        key.cell(0, 0).text, key.cell(0, 1).text = "KT", "Karen Thomas"

    path = word_file(tmp_path, build)
    assert [s.name for s in read_sheets(path)] == ["plan.docx", "Table 2"]
    (plan,) = load(path, TODAY).plans
    assert [a.leads for a in plan.recommendations[0].actions] == [
        ["Karen Thomas"],
        ["Karen Thomas"],
    ]
    assert plan.notes == "Table 2:\nKT | Karen Thomas"  # and its words stay with the plan


# Seen in hold-out 139: an HMPPS action plan's categorisation key (Term | Definition |
# Additional comment) above its one table a row per concern, "Concern" | "Response".


def test_a_key_table_above_the_concerns_is_a_note_and_each_response_answers_its_concern(
    tmp_path: Path,
) -> None:
    def build(doc: object) -> None:
        word_table(
            doc,
            [
                ["Term", "Definition", "Additional comment"],
                ["Agreed", "All of the concern is agreed with.", "Say how it will be done."],
                ["Not Agreed", "The concern is not agreed.", "Say why not."],
            ],
        )
        word_table(
            doc,
            [
                ["No.", "Concern", "Agreed / Partly Agreed / Not Agreed", "Response",
                 "Responsible Owner", "Target Date"],
                ["1", "Too many prisoners were locked in their cells. (1.12)", "Agreed",
                 "A revised regime will give every prisoner seven hours unlocked.",
                 "Governor", "31 March 2027"],
                ["2", "Many cells designed for one prisoner were shared. (1.13)",
                 "Not Agreed", "Cell sharing is set by the national population pressures.",
                 "", ""],
                ["3", "Release planning did not start early enough. (1.14)", "Agreed",
                 "A pre-release team will see every prisoner twelve weeks before release.",
                 "Head of Reducing Reoffending", "30 June 2027"],
            ],
        )  # fmt: skip

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    recs = plan.recommendations
    assert [(r.ref, r.text) for r in recs][0] == (
        "1",
        "Too many prisoners were locked in their cells. (1.12)",
    )
    assert [[a.text for a in r.actions] for r in recs][2] == [
        "A pre-release team will see every prisoner twelve weeks before release."
    ]
    assert recs[0].actions[0].leads == ["Governor"]
    assert "Table 1:\nTerm | Definition | Additional comment" in plan.notes


def test_a_plan_read_from_another_table_keeps_the_rest_of_the_document_in_its_notes(
    tmp_path: Path,
) -> None:
    """The widest run of rows is no plan here: the plan is the small table headed
    "Action | Lead", and every word of the rest of the document stays with it."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Service review notes")
        word_table(
            doc,
            [
                ["Area", "Detail", "Who"],
                ["Kitchens", "Deep clean", "Facilities"],
                ["Wards", "Bed audit", "Matrons"],
                ["Theatres", "Kit check", "Surgeons"],
            ],
        )
        word_table(
            doc,
            [
                ["Action", "Lead"],
                ["Write the new rota policy for all wards", "Ann Lee"],
                ["Train the ward managers on the new rota", "Raj Patel"],
            ],
        )

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert [a.leads for r in plan.recommendations for a in r.actions] == [
        ["Ann Lee"],
        ["Raj Patel"],
    ]
    assert plan.notes == (
        "Service review notes\nArea | Detail | Who\nKitchens | Deep clean | Facilities\n"
        "Wards | Bed audit | Matrons\nTheatres | Kit check | Surgeons"
    )


def test_a_damaged_or_old_word_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    damaged = tmp_path / "plan.docx"
    damaged.write_bytes(b"PK\x03\x04 this is not really a zip")
    old = tmp_path / "plan.doc"
    old.write_bytes(read.OLE_MAGIC + b"\x00" * 600)
    empty_zip = tmp_path / "empty.docx"
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("word/document.xml", "<not-word/>")
    assert_refused_in_one_line(
        tmp_path,
        (damaged, "plan.docx: not a readable Word file"),
        (old, "plan.doc: a Word 97-2003 document; save it as .docx and import that"),
        (empty_zip, "empty.docx: not a readable Word file"),
    )


def assert_refused_in_one_line(tmp_path: Path, *cases: tuple[Path, str]) -> None:
    """Each file's import exits 1 with its message on one line and creates no database."""
    db = tmp_path / "plans.db"
    for path, message in cases:
        out = run("import", path, "--db", db)
        assert out.returncode == 1
        assert out.stderr.count("\n") == 1 and message in out.stderr, out.stderr
    assert not db.exists()


def test_a_document_past_the_row_limit_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def build(doc: object) -> None:
        doc.add_table(rows=30, cols=2)  # type: ignore[attr-defined]

    path = word_file(tmp_path, build)
    monkeypatch.setattr(read, "MAX_ROWS", 29)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("python-docx was asked to parse a document past the limits")

    monkeypatch.setattr("docx.Document", never)
    with pytest.raises(ImportFailure, match="plan.docx: more than 29 rows or"):
        read_sheets(path)
    monkeypatch.setattr(read, "MAX_XLSX_EXPANDED", 100)
    with pytest.raises(ImportFailure, match=r"plan.docx: expands to \d+ MB, more than the 0 MB"):
        read_sheets(path)


def test_rows_in_a_repeating_section_and_a_text_box_stored_twice_are_read_once(
    tmp_path: Path,
) -> None:
    """A form's repeating section wraps rows in a content control; a text box is
    stored for new Word (mc:Choice) and again for old Word (mc:Fallback)."""
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    boxed = (
        f'<w:p {nsdecls("w")} xmlns:mc="{mc}"><w:r><w:t>Plan owner: </w:t></w:r><w:r>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r>'
        "<w:t>Jo Smith</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback>"
        "<w:txbxContent><w:p><w:r><w:t>Jo Smith</w:t></w:r></w:p></w:txbxContent>"
        "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )

    def build(doc: object) -> None:
        doc.element.body.insert(0, parse_xml(boxed))  # type: ignore[attr-defined]
        table = doc.add_table(rows=2, cols=2)  # type: ignore[attr-defined]
        table.cell(0, 0).text, table.cell(0, 1).text = "Action", "Lead"
        table.cell(1, 0).text, table.cell(1, 1).text = "Audit files", "Ann Lead"
        row = table.rows[1]._tr
        section = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtContent/></w:sdt>")
        row.addprevious(section)
        section[0].append(row)

    (sheet,) = read_sheets(word_file(tmp_path, build))
    assert sheet.grid == [
        ["Plan owner: Jo Smith", ""],
        ["Action", "Lead"],
        ["Audit files", "Ann Lead"],
    ]


# Seen in hold-out 74: a plan published as a PDF and converted back to Word.


def printed_lines(cell: Any, *lines: str) -> None:
    """A cell as a PDF converter rebuilds it: a paragraph per printed line."""
    cell.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def test_a_symbol_font_bullet_typed_before_a_line_is_a_list_mark(tmp_path: Path) -> None:
    """The converter leaves the Symbol font's bullet (U+F0B7) and a space before each
    step and each progress entry: a mark like "• ", no part of the text; an entry it
    opens with a date is that day's news."""

    def build(doc: Any) -> None:
        table = word_table(doc, [["Ref", "Action", "Lead", "Target date", "Progress"]] * 2)
        for j, text in enumerate(["1.1", "", "Sarah Marsh", "31/03/2027", ""]):
            table.cell(1, j).text = text
        printed_lines(table.cell(1, 1), "\uf0b7 Survey every home.", "\uf0b7 Book repairs.")
        printed_lines(
            table.cell(1, 4),
            "\uf0b7 30/10/2026 – 212 of 340 homes surveyed.",
            "\uf0b7 02/11/2026 – Repairs booked.",
        )

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    (action,) = plan.recommendations[0].actions
    assert action.text == "Survey every home.\nBook repairs."
    assert [(u.date, u.text) for u in action.updates] == [
        (dt.date(2026, 10, 30), "30/10/2026 – 212 of 340 homes surveyed."),
        (dt.date(2026, 11, 2), "02/11/2026 – Repairs booked."),
    ]


def test_a_cells_lines_broken_mid_sentence_are_one_sentence(tmp_path: Path) -> None:
    """The converter writes a paragraph per printed line: a line carrying on the
    sentence above (no full stop above, a lower-case word opening it) joins it with a
    space; a line after a full stop, or a list's letter, stays a line of its own."""

    def build(doc: Any) -> None:
        table = word_table(doc, [["Ref", "Action", "Lead"]] * 2)
        table.cell(1, 0).text, table.cell(1, 2).text = "1.1", "Karen Whitlock"
        printed_lines(
            table.cell(1, 1),
            "Complete fire risk assessments of all 14",
            "blocks of flats.",
            "Publish the results:",
            "a) to residents",
        )

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    (action,) = plan.recommendations[0].actions
    assert action.text == (
        "Complete fire risk assessments of all 14 blocks of flats.\n"
        "Publish the results:\na) to residents"
    )


def test_pasted_ligatures_are_their_letters_and_line_end_hyphens_join_a_word(
    tmp_path: Path,
) -> None:
    """A PDF's ligatures pasted as one character ("ﬁ", "ﬂ", "ﬃ") are the letters they
    draw, in the header and the names too; a lower-case word the printed line's end broke
    with a hyphen ("imple-" over "mentation") is one word, kept as printed in a note.
    A suspended hyphen ("short-" over "and long-term") stays two words."""

    def build(doc: Any) -> None:
        table = word_table(doc, [["Ref", "Agreed action", "Responsible ofﬁcer"]] * 3)
        table.cell(1, 0).text, table.cell(1, 2).text = "1.1", "Rhian Griﬃths"
        printed_lines(
            table.cell(1, 1),
            "Refresh the ﬁnancial strategy, including the imple-",
            "mentation timetable and a ﬂexible reserve.",
        )
        table.cell(2, 0).text, table.cell(2, 2).text = "1.2", "Chief Finance Ofﬁcer"
        printed_lines(
            table.cell(2, 1), "Set the savings targets for the short-", "and long-term plan."
        )

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    first, second = plan.recommendations[0].actions
    assert first.text == (
        "Refresh the financial strategy, including the implementation timetable and a "
        "flexible reserve."
    )
    assert (first.leads, second.leads) == (["Rhian Griffiths"], ["Chief Finance Officer"])
    assert second.text == "Set the savings targets for the short- and long-term plan."
    assert "imple-mentation" in plan.notes


def test_a_row_broken_over_a_page_goes_on_under_the_next_pages_header(
    tmp_path: Path,
) -> None:
    """A table a page, the header again on each as an ordinary row, the page's number
    and the running header between them; the first row under page 2's header has no
    ref, lead, date or status and carries on mid-sentence: the rest of the action
    above (its text and its progress), not an action. The page lines are notes."""
    header = ["Ref", "Action", "Lead officer", "Target date", "Progress"]
    running = "Hartmoor District Council | Housing Improvement Plan"

    def build(doc: Any) -> None:
        doc.add_paragraph("Housing Improvement Plan")
        word_table(
            doc,
            [
                header,
                [
                    "1.1",
                    "Bring the safety records into one",
                    "Dan Nwosu",
                    "31/12/2026",
                    "05/10/2026 – Asbestos register moved;",
                ],
            ],
        )
        for line in ("Page 1 of 3", running):
            doc.add_paragraph(line)
        word_table(
            doc,
            [
                header,
                [
                    "",
                    "system, checked against the stock list.",
                    "",
                    "",
                    "lift records follow in December.",
                ],
                ["1.2", "Rewrite the damp policy.", "Sam Marsh", "31/01/2027", ""],
            ],
        )
        for line in ("Page 2 of 3", running):
            doc.add_paragraph(line)
        word_table(
            doc, [header, ["1.3", "train officers to spot damp.", "Sam Marsh", "28/02/2027", ""]]
        )
        doc.add_paragraph("Page 3 of 3")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    first, second, third = plan.recommendations[0].actions
    assert (first.ref, first.text, first.leads, first.due) == (
        "1.1",
        "Bring the safety records into one system, checked against the stock list.",
        ["Dan Nwosu"],
        dt.date(2026, 12, 31),
    )
    assert [(u.date, u.text) for u in first.updates] == [
        (
            dt.date(2026, 10, 5),
            "05/10/2026 – Asbestos register moved; lift records follow in December.",
        )
    ]
    # a row with its own ref is an action, whatever its case
    assert [(a.ref, a.text) for a in (second, third)] == [
        ("1.2", "Rewrite the damp policy."),
        ("1.3", "train officers to spot damp."),
    ]
    assert "Section" not in second.fields and "Section" not in third.fields
    for line in ("Page 1 of 3", "Page 2 of 3", running):
        assert line in plan.notes


def test_areas_listed_in_the_introduction_and_again_over_each_table_number_the_tables(
    tmp_path: Path,
) -> None:
    """The introduction lists the areas as numbered paragraphs, then each area is written
    again over its own table: each table's area is its recommendation, with its own
    number; the introduction's list is notes, not areas with no actions."""
    header = ["Ref", "Action", "Lead", "Timescale"]
    areas = ["1. Weak strategic leadership of the reforms.", "2. Plans are late."]

    def build(doc: Any) -> None:
        doc.add_paragraph("Written Statement of Action (v9) October 2026")
        doc.add_paragraph("This plan tackles the following areas for improvement.")
        for area in areas:
            doc.add_paragraph(area)
        doc.add_paragraph(areas[0])
        word_table(doc, [header, ["1.1", "Set up a board.", "Head of SEND", "31/12/2026"]])
        doc.add_paragraph(areas[1])
        word_table(doc, [header, ["2.1", "Clear the backlog.", "EHC Manager", "31/01/2027"]])

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", "Weak strategic leadership of the reforms.", ["1.1"]),
        ("2", "Plans are late.", ["2.1"]),
    ]
    for area in areas:
        assert area in plan.notes


# Seen in hold-out 256 (a council's corporate peer challenge action plan as Appendix A of
# a cabinet report, in Word): the report's numbered sections sit above the appendix's
# table, whose recommendations are merged down their actions in a column of their own.


def test_a_reports_numbered_sections_above_a_table_naming_its_recommendations_are_notes(
    tmp_path: Path,
) -> None:
    """The table gives each recommendation, merged down its actions: the report's
    numbered sections and paragraphs above it are notes, never recommendations with no
    actions, and the table's recommendations keep their own numbers."""
    report = [
        "1. Purpose of the report",
        "1.1 To update Cabinet on progress against the peer challenge action plan.",
        "2. Recommendations",
        "2.1 That Cabinet notes the progress made against the action plan.",
        "3. Background",
    ]
    recs = ["1. Set a medium-term financial strategy.", "2. Strengthen performance reports."]
    below = ["4. Financial implications", "4.1 The actions are funded from existing budgets."]

    def build(doc: Any) -> None:
        doc.add_paragraph("Corporate Peer Challenge – progress report")
        for line in report:
            doc.add_paragraph(line)
        doc.add_paragraph("Appendix A – Corporate Peer Challenge Action Plan")
        table = word_table(
            doc,
            [
                ["No.", "Recommendation", "Action", "Lead officer", "Timescale"],
                ["1.1", recs[0], "Refresh the savings options.", "Director of Finance", "Feb 2027"],
                ["1.2", "", "Hold a Star Chamber.", "Chief Executive", "Oct 2026"],
                ["2.1", recs[1], "Publish a monthly dashboard.", "Head of Policy", "Dec 2026"],
                ["2.2", "", "Train members on the data.", "Head of Policy", "Mar 2027"],
            ],
        )
        table.cell(1, 1).merge(table.cell(2, 1))
        table.cell(3, 1).merge(table.cell(4, 1))
        for line in below:
            doc.add_paragraph(line)

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", "Set a medium-term financial strategy.", ["1.1", "1.2"]),
        ("2", "Strengthen performance reports.", ["2.1", "2.2"]),
    ]
    for line in [*report, *below]:
        assert line in plan.notes


def test_a_progress_row_under_each_action_holds_its_news_and_is_no_action(
    tmp_path: Path,
) -> None:
    """No progress column: under each action a row labelled "Progress" in the first
    column, its entries merged across the rest of the table (empty where there is no news
    yet). Seen in hold-out 80 (a Housing Ombudsman plan)."""

    def build(doc: Any) -> None:
        rows = [
            ["Ref", "Action", "Lead", "Target", "Status"],
            ["1.1", "Appoint a complaints lead.", "Ellen Marsh", "30/09/2026", "Complete"],
            ["Progress"],
            ["1.2", "Review open complaints weekly.", "Gary Holt", "31/12/2026", "On track"],
            ["Progress:"],
            ["1.3", "Report to the Housing Board.", "Gary Holt", "31/03/2027", "Not started"],
            ["Progress"],
        ]
        table = doc.add_table(rows=len(rows), cols=5)
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                table.cell(i, j).text = text
        news = {2: "30/09/2026 – Lead appointed.", 4: "12/11/2026 – Review in place.\n"
                "14/10/2026 – Terms agreed."}  # fmt: skip
        for i in (2, 4, 6):
            table.cell(i, 1).merge(table.cell(i, 4)).text = news.get(i, "")
        doc.add_paragraph("Next review: Housing Board, 14 January 2027.")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    actions = [a for rec in plan.recommendations for a in rec.actions]
    assert [a.ref for a in actions] == ["1.1", "1.2", "1.3"]
    assert [[(u.date, u.text) for u in a.updates] for a in actions] == [
        [(dt.date(2026, 9, 30), "30/09/2026 – Lead appointed.")],
        [
            (dt.date(2026, 11, 12), "12/11/2026 – Review in place."),
            (dt.date(2026, 10, 14), "14/10/2026 – Terms agreed."),
        ],
        [],
    ]
    assert "Progress" not in plan.notes and "Next review" in plan.notes
    assert all("Section" not in a.fields for a in actions)


# Seen in hold-out 81 (an acute trust's CQC must-do plan): a moved target keeps the old
# date struck through in its cell, the new one typed after it.
def test_a_date_struck_through_is_the_baseline_and_the_other_the_deadline(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Target date"],
                ["MD1.1", "Roster a triage nurse on every shift.", "Chief Nurse", "31/10/2026"],
                ["MD1.2", "Introduce streaming at the front door.", "Chief Nurse", ""],
            ],
        )
        para = table.cell(2, 3).paragraphs[0]
        para.add_run("30/11/2026").font.strike = True
        para.add_run(" 31/01/2027")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    assert [(a.due, a.original_due) for a in found] == [
        (dt.date(2026, 10, 31), None),
        (dt.date(2027, 1, 31), dt.date(2026, 11, 30)),
    ]
    # the struck date is kept, marked as plain text marks a strikethrough
    assert found[1].due_text == "~~30/11/2026~~ 31/01/2027"


# Seen in hold-out 244 (an academy's Word plan a year into use): an action split in two,
# the old row's number and wording struck through and kept for the record.
def test_a_ref_struck_through_is_the_ref_and_the_struck_wording_kept(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Status"],
                ["4.1", "", "Mr J. Hale", "Superseded by 4.1a/b"],
                ["4.1a", "Run a breakfast club.", "Mr J. Hale", "On track"],
                ["4.1b", "Run a homework club.", "Mr J. Hale", "Not started"],
            ],
        )
        table.cell(1, 0).paragraphs[0].runs[0].font.strike = True
        table.cell(1, 1).paragraphs[0].add_run("Run a club after school.").font.strike = True

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    # a ref is an identifier: the struck number is 4.1, beside its parts 4.1a and 4.1b
    assert [a.ref for a in found] == ["4.1", "4.1a", "4.1b"]
    assert found[0].fields["Ref (as written)"] == "~~4.1~~"
    # the wording struck through is kept, as written with its marks
    assert found[0].text == "~~Run a club after school.~~"


# Seen in hold-out 238 (a landlord's Word tracker): a finished action's status is only a
# tick put in with Insert > Symbol, stored as Wingdings' code with no text, or typed in
# that font as its private-use character.
def test_a_wingdings_tick_inserted_as_a_symbol_is_a_tick_and_the_action_done(
    tmp_path: Path,
) -> None:
    def build(doc: Any) -> None:
        table = word_table(
            doc,
            [
                ["No.", "Action", "Lead", "Status"],
                ["1.1", "Survey every tower block for damp.", "Mina Orsett", ""],
                ["1.2", "Write to every tenant about the survey.", "Mina Orsett", ""],
                ["1.3", "Train call handlers on mould reports.", "Mina Orsett", "Not started"],
            ],
        )
        symbol = f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'
        table.cell(1, 3).paragraphs[0]._p.append(parse_xml(symbol))
        typed = table.cell(2, 3).paragraphs[0].add_run("\uf0fc")
        typed.font.name = "Wingdings"
        doc.add_paragraph("Key: ✓ = complete")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    assert [a.status for a in found] == ["done", "done", "not_started"]
    # kept as written, as the tick the symbol shows
    assert [a.fields.get("Status (as written)") for a in found] == ["✔", "✔", "Not started"]


def test_a_wingdings_circle_typed_in_a_word_cell_is_the_circle_it_draws(tmp_path: Path) -> None:
    """A lower-case "l" in Wingdings is the font's filled circle on the page, as in a
    workbook: kept as the "●" the reader sees, never the letter "l"."""

    def build(doc: Any) -> None:
        table = word_table(
            doc,
            [
                ["No.", "Action", "Lead", "RAG"],
                ["1.1", "Survey every tower block for damp.", "Mina Orsett", ""],
            ],
        )
        typed = table.cell(1, 3).paragraphs[0].add_run("l")
        typed.font.name = "Wingdings"

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    (found,) = [a for r in plan.recommendations for a in r.actions]
    assert found.fields.get("RAG (as written)") == "●"


def hidden_run(text: str, vanish: str = "<w:vanish/>") -> Any:
    """A run of ``text`` formatted hidden, as Word's Font > Hidden stores it."""
    return parse_xml(f"<w:r {nsdecls('w')}><w:rPr>{vanish}</w:rPr><w:t>{text}</w:t></w:r>")


def _template_left_in(doc: Any) -> None:
    """A trust's action statement filled in from a template whose guidance is hidden
    text: a guidance row, a guidance line by a character style and one by a paragraph
    style, a note after a header; dates typed with non-breaking hyphens."""
    guidance = doc.styles.add_style("Guidance", WD_STYLE_TYPE.CHARACTER)
    guidance.font.hidden = True
    doc.styles.add_style("Template note", WD_STYLE_TYPE.PARAGRAPH).font.hidden = True
    doc.add_paragraph("Provider action statement – Ashby Ward")
    doc.add_paragraph().add_run("Guidance: give post titles.", style="Guidance")
    doc.add_paragraph("Delete this line before returning.", style="Template note")
    table = word_table(
        doc,
        [
            ["Ref", "Action planned", "Responsible person", "Timescale"],
            ["", "", "", ""],
            ["1.1", "Read patients their rights.", "Ward Manager", ""],
            ["1.2", "Audit the rights records.", "Matron", "31/01/2027"],
        ],
    )
    table.cell(0, 2).paragraphs[0]._p.append(hidden_run(" (post title, not a name)"))
    for j, text in enumerate(("1.x", "What will be done", "Post title", "dd-mm-yyyy")):
        table.cell(1, j).paragraphs[0]._p.append(hidden_run(text))
    date = f"<w:r {nsdecls('w')}><w:t>31</w:t><w:noBreakHyphen/><w:t>10</w:t>"
    table.cell(2, 3).paragraphs[0]._p.append(
        parse_xml(f"{date}<w:noBreakHyphen/><w:t>2026</w:t></w:r>")
    )
    # hidden turned off again on the run itself: shown, so read
    table.cell(3, 1).paragraphs[0]._p.append(
        hidden_run(" Report to the multi", '<w:vanish w:val="0"/>')
    )
    soft = f"<w:r {nsdecls('w')}><w:softHyphen/><w:t>disciplinary team.</w:t></w:r>"
    table.cell(3, 1).paragraphs[0]._p.append(parse_xml(soft))


# Seen in hold-out 246 (a trust's CQC Mental Health Act action statement): the template's
# guidance, formatted hidden so Word neither shows nor prints it, was left in the file.
def test_hidden_text_is_no_word_of_the_plan(tmp_path: Path) -> None:
    (plan,) = load(word_file(tmp_path, _template_left_in), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    # the guidance row, every cell hidden, shows empty: no action
    assert [(a.ref, a.leads, a.due) for a in found] == [
        ("1.1", ["Ward Manager"], dt.date(2026, 10, 31)),
        ("1.2", ["Matron"], dt.date(2027, 1, 31)),
    ]
    # the optional hyphen shows only where a line breaks; a run unhidden is read
    assert found[1].text == "Audit the rights records. Report to the multidisciplinary team."
    assert "Responsible person (as written)" not in found[0].fields
    for words in ("Guidance", "Delete this line", "post title, not a name", "1.x"):
        assert words not in plan.notes + plan.title + str(found[0].fields)


REVISION = 'w:author="Dana Whitlow" w:date="2026-12-02T14:00:00Z"'


def tracked(kind: str, text: str = "") -> str:
    """Words a tracked change holds: ``kind`` 'ins', 'del', 'moveTo' or 'moveFrom'; a
    deletion's words are ``w:delText``, as Word writes them."""
    tag = "delText" if kind == "del" else "t"
    words = f'<w:r><w:{tag} xml:space="preserve">{text}</w:{tag}></w:r>' if text else ""
    return f'<w:{kind} w:id="7" {REVISION}>{words}</w:{kind}>'


def tracked_paragraph(content: str, mark: str = "") -> Any:
    """A paragraph of ``content``; ``mark``: its paragraph mark moved away ('moveFrom'),
    deleted ('del') or moved here ('moveTo'), as Word marks a paragraph moved whole."""
    props = f'<w:pPr><w:rPr><w:{mark} w:id="8" {REVISION}/></w:rPr></w:pPr>' if mark else ""
    return parse_xml(f"<w:p {nsdecls('w')}>{props}{content}</w:p>")


def moved_paragraph(kind: str, text: str) -> Any:
    """A paragraph moved whole with tracking on, at its old place ('moveFrom') or its
    new ('moveTo'): its words inside the move's named range."""
    start = f'<w:{kind}RangeStart w:id="9" w:name="move1" {REVISION}/>'
    end = f'<w:{kind}RangeEnd w:id="9"/>'
    return tracked_paragraph(start + tracked(kind, text) + end, kind)


def tracked_cell(cell: Any, *paragraphs: Any) -> None:
    """The cell holding these paragraphs in place of its own."""
    for p in cell._tc.xpath("./w:p"):
        cell._tc.remove(p)
    for p in paragraphs:
        cell._tc.append(p)


def row_tracked(row: Any, mark: str, words: str) -> None:
    """A table row marked deleted ('del': deleted, or the old place of a row moved) or
    inserted ('ins') with tracking on, its cells' words and paragraph marks in the change
    ``words`` ('del', 'moveFrom' or 'moveTo')."""
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:{mark} {nsdecls("w")} w:id="6" {REVISION}/>'))
    for cell in row.cells:
        text = cell.text
        tracked_cell(cell, tracked_paragraph(tracked(words, text) if text else "", words))


def body_paragraph(doc: Any, paragraph: Any) -> None:
    """``paragraph`` added at the end of the document's body, before its section."""
    anchor = doc.add_paragraph()._p
    anchor.addprevious(paragraph)
    anchor.getparent().remove(anchor)


def _circulated_with_changes(doc: Any) -> None:
    """A trust's CQC action plan sent to its committee with Track Changes on: action 1.3
    moved up from the foot of the table (its old row marked deleted, its words moved
    from), a dropped action's row deleted, a progress line moved to the top of its cell,
    a status retyped, and two lines of the preamble joined by deleting a paragraph mark."""
    doc.add_paragraph("CQC Action Plan – Urgent and Emergency Care")
    body_paragraph(
        doc,
        tracked_paragraph(
            '<w:r><w:t xml:space="preserve">Changes since the November meeting are </w:t></w:r>',
            "del",
        ),
    )
    doc.add_paragraph("shown as tracked changes.")
    body_paragraph(doc, moved_paragraph("moveFrom", "Draft 2 for the Quality Committee."))
    sepsis = [
        "1.3",
        "Add the sepsis tool to the triage record.",
        "Medical Director",
        "Not started",
        "",
    ]
    table = word_table(
        doc,
        [
            ["Ref", "Action", "Executive lead", "Status", "Progress update"],
            [
                "1.1",
                "Audit the time to triage every week.",
                "Chief Operating Officer",
                "In progress",
                "",
            ],
            sepsis,
            ["1.2", "Show the wait for triage in the waiting room.", "Chief Nurse", "", ""],
            ["1.4", "Open a second triage room.", "Director of Estates", "On hold", ""],
            sepsis,
        ],
    )
    week_47 = "25/11/2026 – Week 47: 84% triaged within 15 minutes."
    tracked_cell(
        table.cell(1, 4),
        moved_paragraph("moveTo", week_47),
        tracked_paragraph(
            "<w:r><w:t>04/11/2026 – Week 44: 71% triaged within 15 minutes.</w:t></w:r>"
        ),
        moved_paragraph("moveFrom", week_47),
    )
    tracked_cell(
        table.cell(3, 3),
        tracked_paragraph(tracked("del", "In progress") + tracked("ins", "Complete")),
    )
    row_tracked(table.rows[2], "ins", "moveTo")
    row_tracked(table.rows[4], "del", "del")
    row_tracked(table.rows[5], "del", "moveFrom")


# Seen in hold-out 269 (a trust's CQC action plan circulated with tracked changes on): Word
# keeps a moved row or line twice, at its old place (w:moveFrom) and its new (w:moveTo).
def test_a_plan_with_tracked_changes_reads_as_it_stands_with_them_accepted(
    tmp_path: Path,
) -> None:
    (plan,) = load(word_file(tmp_path, _circulated_with_changes), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    # the moved action once, where it now stands; the deleted row no action
    assert [(a.ref, a.status) for a in found] == [
        ("1.1", "in_progress"),
        ("1.3", "not_started"),
        ("1.2", "done"),
    ]
    assert [u.text for u in found[0].updates] == [
        "25/11/2026 – Week 47: 84% triaged within 15 minutes.",
        "04/11/2026 – Week 44: 71% triaged within 15 minutes.",
    ]
    assert "Changes since the November meeting are shown as tracked changes." in plan.notes
    for words in ("Draft 2", "Open a second triage room", "In progress"):
        assert words not in plan.notes + plan.title + str(found[2].fields)


def control(text: str, *, prompt: bool, inline: bool = False) -> Any:
    """A content control holding ``text``; with ``prompt`` it still shows its placeholder
    (Word's flag), as a template's box nobody filled in does."""
    flag = "<w:showingPlcHdr/>" if prompt else ""
    run = f"<w:r><w:t>{text}</w:t></w:r>"
    content = run if inline else f"<w:p>{run}</w:p>"
    return parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtPr>{flag}<w:text/></w:sdtPr>"
        f"<w:sdtContent>{content}</w:sdtContent></w:sdt>"
    )


def in_control(cell: Any, text: str, *, prompt: bool = False) -> None:
    """The cell's text inside a block content control in place of its own paragraph."""
    tc = cell._tc
    for p in tc.xpath("./w:p"):
        tc.remove(p)
    tc.append(control(text, prompt=prompt))


def test_a_content_control_left_at_its_prompt_is_an_empty_cell(tmp_path: Path) -> None:
    """A template of content controls: the text typed in a control is the cell's; a
    control nobody filled in shows Word's grey prompt, which is no lead and no news."""

    def build(doc: Any) -> None:
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Owner", "Status", "Progress"],
                ["1.1", "Recruit two school crossing patrols.", "", "", ""],
                ["1.2", "Repaint the zebra crossing on Mill Lane.", "", "", ""],
            ],
        )
        in_control(table.cell(1, 2), "Road Safety Manager")
        in_control(table.cell(1, 4), "Advert placed 3 November.")
        in_control(table.cell(2, 2), "Name the owner.", prompt=True)
        in_control(table.cell(2, 4), "Click or tap here to enter text.", prompt=True)
        # the status a drop-down inline in the cell's line: chosen, and left at its prompt
        for row, (shown, prompt) in [(1, ("In progress", False)), (2, ("Choose an item.", True))]:
            inline = control(shown, prompt=prompt, inline=True)
            table.cell(row, 3).paragraphs[0]._p.append(inline)

    result = load(word_file(tmp_path, build), TODAY)
    crossing, zebra = (a for r in result.plans[0].recommendations for a in r.actions)
    assert crossing.leads == ["Road Safety Manager"]
    assert [u.text for u in crossing.updates] == ["Advert placed 3 November."]
    assert (crossing.status, zebra.status) == ("in_progress", "not_started")
    assert (zebra.leads, zebra.updates, zebra.fields) == ([], [], {})
    assert (
        "3 content controls left at Word's prompt read as empty: 'Name the owner.',"
        " 'Choose an item.', 'Click or tap here to enter text.'"
    ) in result.warnings


STATUS_LIST = ("Not started", "On track", "Delayed", "On hold", "Complete")


def legacy_field(kind: str, data: str, shown: str = "") -> list[Any]:
    """A Word 97–2003 form field's runs, as the Forms toolbar inserts one: its form data
    (``w:ffData``) in the field's opening, the field code, and the text it shows, if any,
    between its separator and its end."""
    w = nsdecls("w")
    runs = [
        f'<w:r {w}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="F"/><w:enabled/>'
        f"{data}</w:ffData></w:fldChar></w:r>",
        f'<w:r {w}><w:instrText xml:space="preserve"> {kind} </w:instrText></w:r>',
        f'<w:r {w}><w:fldChar w:fldCharType="separate"/></w:r>',
        *([f"<w:r {w}><w:t>{shown}</w:t></w:r>"] if shown else []),
        f'<w:r {w}><w:fldChar w:fldCharType="end"/></w:r>',
    ]
    return [parse_xml(run) for run in runs]


def form_drop_down(choice: str = "") -> list[Any]:
    """A legacy drop-down of ``STATUS_LIST``: the entry chosen is kept only as its place in
    the list (``w:result``, a number), none written for the list's default, and the field
    shows no text of its own (Word draws the entry)."""
    entries = "".join(f'<w:listEntry w:val="{e}"/>' for e in STATUS_LIST)
    return legacy_field("FORMDROPDOWN", f"<w:ddList>{choice}{entries}</w:ddList>")


# Seen in hold-out 242 (a safeguarding adults board's plan, a protected Word form): Word
# 97–2003 form fields, whose chosen entry Word keeps as a number and draws on the page.
def test_a_legacy_drop_down_form_field_reads_as_the_entry_it_shows(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead officer", "Status"],
                ["1.1", "Refresh the self-neglect guidance.", "SAB Business Manager", ""],
                ["1.2", "Audit 20 closed cases.", "Principal Social Worker", ""],
                ["1.3", "Add a prompt to the GP template.", "", ""],
                ["1.4", "Brief housing officers.", "Tenancy Services Manager", ""],
                ["1.5", "Publish a seven-minute briefing.", "SAB Business Manager", ""],
            ],
        )
        chosen = {
            1: '<w:result w:val="4"/>',  # Complete
            2: '<w:result w:val="2"/>',  # Delayed
            3: "",  # never changed: the list's first entry
            4: '<w:default w:val="3"/>',  # no choice made: the field's default, On hold
        }
        for row, choice in chosen.items():
            table.cell(row, 3).paragraphs[0]._p.extend(form_drop_down(choice))
        # a legacy text field shows what was typed in it, Word's blank spaces when nothing
        typed = legacy_field("FORMTEXT", "<w:textInput/>", "Named GP for Adult Safeguarding")
        table.cell(3, 2).paragraphs[0]._p.extend(typed)
        # a content control's drop-down shows its chosen item's words
        table.cell(5, 3).paragraphs[0]._p.append(
            parse_xml(
                f"<w:sdt {nsdecls('w')}><w:sdtPr><w:dropDownList>"
                '<w:listItem w:displayText="Complete" w:value="5"/></w:dropDownList></w:sdtPr>'
                "<w:sdtContent><w:r><w:t>Complete</w:t></w:r></w:sdtContent></w:sdt>"
            )
        )

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    assert [(a.status, a.rag) for a in found] == [
        ("done", None),
        ("in_progress", "amber"),
        ("not_started", None),
        ("blocked", None),
        ("done", None),
    ]
    assert found[2].leads == ["Named GP for Adult Safeguarding"]


def form_check_boxes(cell: Any, saved: dict[str, str]) -> None:
    """A Status cell of legacy check-box form fields (FORMCHECKBOX), one a line, each
    before its label: the template ticks 'Not started' by default (``w:default``), and what
    Word saves of a box's tick is ``saved[label]`` (its ``w:checked``, if any). The boxes
    hold no text: Word draws them from the field's data."""
    labels = ("Not started", "On track", "Delayed", "Complete")
    for n, label in enumerate(labels):
        default = f'<w:default w:val="{int(label == "Not started")}"/>'
        box = f"<w:checkBox>{default}{saved.get(label, '')}</w:checkBox>"
        words = f"<w:r {nsdecls('w')}><w:t xml:space='preserve'> {label}</w:t></w:r>"
        p = cell.paragraphs[0]._p if n == 0 else cell.add_paragraph()._p
        p.extend([*legacy_field("FORMCHECKBOX", box), parse_xml(words)])


# Seen in hold-out 269 (a police force's PEEL plan on its commissioner's protected form):
# Word 97–2003 check-box form fields, their ticks kept only as the fields' data.
def test_the_ticked_legacy_check_box_form_field_is_the_status(tmp_path: Path) -> None:
    untick_default = '<w:checked w:val="0"/>'
    saved = [
        {"Delayed": "<w:checked/>", "Not started": untick_default},
        {},  # left as the template ticked it
        {"Complete": '<w:checked w:val="true"/>', "Not started": '<w:checked w:val="false"/>'},
        {"On track": '<w:checked w:val="1"/>', "Not started": untick_default},
    ]

    def build(doc: Any) -> None:
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Status"],
                ["1.1", "Add Victims' Code prompts to the crime system.", "Head of Digital", ""],
                ["1.2", "Offer call-backs to waiting callers.", "Head of Contact", ""],
                ["1.3", "Publish monthly 101 answer times.", "Head of Performance", ""],
                ["1.4", "Recruit 12 more call handlers.", "Head of Contact", ""],
            ],
        )
        for row, boxes in enumerate(saved, start=1):
            form_check_boxes(table.cell(row, 3), boxes)

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    assert [(a.status, a.rag) for a in found] == [
        ("in_progress", "amber"),
        ("not_started", None),
        ("done", None),
        ("in_progress", None),
    ]
    # every choice the form offered is kept as it was printed, the ticked one marked
    as_written = "☐ Not started\n☐ On track\n☒ Delayed\n☐ Complete"
    assert found[0].fields["Status (as written)"] == as_written


# Seen in hold-out 104 (a plan after an HSE visit, sent round in an Outlook e-mail).
def _emailed_plan(doc: Any) -> None:
    for line in (
        "From: Sam Hollis <sam.hollis@ashdown.gov.uk>",
        "Sent: 13 November 2026 16:42",
        "To: Leisure Health and Safety Group",
        "Subject: RE: HSE visit action plan",
        "Hi all,",
    ):
        doc.add_paragraph(line)
    word_table(
        doc,
        [
            ["Ref", "Action", "Who / when", "Status"],
            ["1.1", "Rewrite the pool safety operating procedure.", "Mark Dyer\n30/11/2026",
             "Complete"],
            ["1.2", "Carry out an emergency drill at each pool monthly.", "Mark Dyer\nOngoing",
             "In progress"],
            ["1.3", "Train all duty managers in legionella awareness.",
             "Nadia Rahman & Tom Ellis\nend of Jan 2027", "Not started"],
        ],
    )  # fmt: skip
    doc.add_paragraph("Kind regards")


def test_a_who_and_when_cell_gives_the_lead_and_the_deadline(tmp_path: Path) -> None:
    """ "Who / when": the name on one line, the target on the next."""
    (plan,) = load(word_file(tmp_path, _emailed_plan), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    assert [a.leads for a in found] == [["Mark Dyer"], ["Mark Dyer"], ["Nadia Rahman", "Tom Ellis"]]
    assert [(a.due, a.due_text) for a in found] == [
        (dt.date(2026, 11, 30), "30/11/2026"),
        (None, "Ongoing"),
        (dt.date(2027, 1, 31), "end of Jan 2027"),
    ]


def test_an_emails_header_block_is_notes_and_its_subject_the_title(tmp_path: Path) -> None:
    (plan,) = load(word_file(tmp_path, _emailed_plan), TODAY).plans
    assert plan.title == "HSE visit action plan"
    assert "Sent: 13 November 2026 16:42" in plan.notes
    assert "Subject: RE: HSE visit action plan" in plan.notes
    first = plan.recommendations[0].actions[0]
    assert not {"From", "Sent", "To", "Subject"} & first.fields.keys()


def shade(cell: Any, fill: str) -> None:
    """Shade a Word table cell as a plan's author does, from the Shading button."""
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    )


# Seen in hold-out 103 (a metropolitan borough's ILACS plan): the RAG not written but
# shown by Word's cell shading of a blank RAG cell, read through the plan's key.
def test_a_word_cells_shading_is_its_rag_as_a_workbooks_fill_is(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("ILACS improvement plan")
        doc.add_paragraph("RAG key (shown by the shading of the RAG cell): Blue = complete;"
                          " Green = on track; Amber = some slippage; Red = off track.")  # fmt: skip
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Timescale", "RAG"],
                ["1.1", "Audit 40 supervision records a quarter.", "Sarah Pickering",
                 "31/12/2026", ""],
                ["1.2", "Train all team managers.", "Sarah Pickering", "30/09/2026", ""],
                ["1.3", "Refresh the threshold document.", "Sarah Pickering", "31/03/2027", ""],
                ["1.4", "Launch the practice model.", "Sarah Pickering", "31/03/2027", ""],
            ],
        )  # fmt: skip
        shade(table.cell(1, 4), "00B050")
        shade(table.cell(2, 4), "0070C0")
        shade(table.cell(3, 4), "FFC000")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    # green on track, blue complete (done, no RAG), amber; an unshaded cell not started
    assert [(a.status, a.rag) for a in found] == [
        ("in_progress", "green"),
        ("done", None),
        ("in_progress", "amber"),
        ("not_started", None),
    ]


def highlighted(cell: Any, text: str, colour: str | None, plain: str = "") -> None:
    """Type ``text`` in a cell and run Word's text highlighter over it (none: plain),
    then ``plain`` after it unhighlighted."""
    run = cell.paragraphs[0].add_run(text)
    if colour:
        run._r.get_or_add_rPr().append(parse_xml(f'<w:highlight {nsdecls("w")} w:val="{colour}"/>'))
    cell.paragraphs[0].add_run(plain)


# Seen in hold-out 255 (an acute trust's CQC quality improvement plan): no RAG column,
# each progress update run over with Word's text highlighter, the colours keyed above.
def test_a_cells_text_highlighted_in_one_colour_rates_it_as_its_shading_would(
    tmp_path: Path,
) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Urgent care quality improvement plan")
        doc.add_paragraph(
            "Key: each progress update is highlighted to show its rating – Green: "
            "completed; Amber: on track, not yet completed; Red: behind plan."
        )
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Target date", "Progress update"],
                ["1.1", "Put a triage nurse at the front door.", "Kate Ellery", "31/10/2026", ""],
                ["1.2", "Recruit six triage nurses.", "Simon Adair", "31/01/2027", ""],
                ["1.3", "Open a second majors area.", "Kate Ellery", "31/03/2027", ""],
                ["1.4", "Audit sepsis screening.", "Simon Adair", "31/03/2027", ""],
                ["1.5", "Review the discharge lounge.", "Kate Ellery", "31/03/2027", ""],
            ],
        )  # fmt: skip
        highlighted(table.cell(1, 4), "Rota in place from 6 October.", "green")
        highlighted(table.cell(2, 4), "Four appointed; two posts out to advert.", "yellow")
        highlighted(table.cell(3, 4), "Building work delayed to the spring.", "red")
        highlighted(table.cell(4, 4), "Audit tool agreed.", None)
        highlighted(table.cell(5, 4), "Urgent:", "red", " terms of reference out for comment.")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    # green done (the key's "completed"), yellow the key's Amber, red behind plan; the
    # update not highlighted rates nothing, nor one with a word highlighted for emphasis;
    # every update's words kept
    assert [(a.ref, a.status, a.rag) for a in found] == [
        ("1.1", "done", "green"),
        ("1.2", "in_progress", "amber"),
        ("1.3", "in_progress", "red"),
        ("1.4", "not_started", None),
        ("1.5", "not_started", None),
    ]
    assert [u.text for u in found[1].updates] == ["Four appointed; two posts out to advert."]


_SHAPE_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


OVAL = ("ellipse", "v:oval")
UP_ARROW = ("upArrow", 'v:shape type="#_x0000_t68"')  # Insert > Shapes > Arrow: Up
DOWN_ARROW = ("downArrow", 'v:shape type="#_x0000_t67"')


def drawn_oval(
    cell: Any,
    rgb: str,
    theme: str = "",
    old_word: bool = False,
    shape: tuple[str, str] = OVAL,
    tone: str = "",
    no_copy: bool = False,
) -> None:
    """Draw an oval filled ``rgb`` floated in a cell (Insert > Shapes > Oval) as Word 2010+
    saves it: the DrawingML shape in mc:Choice and a VML copy in mc:Fallback. A theme
    colour (``theme``, "accent6"; ``tone`` its shade, '<a:lumMod val="75000"/>') is named
    in the Choice, its RGB only in the VML copy ("#70ad47 [3209]"); ``old_word``: the VML
    alone, as Word 2007 saves it; ``no_copy``: the DrawingML alone, no VML copy; ``shape``
    another shape's DrawingML geometry and VML element."""
    geometry, vml_element = shape
    named = f'<a:schemeClr val="{theme}">{tone}</a:schemeClr>'
    fill = named if theme else f'<a:srgbClr val="{rgb}"/>'
    vml_fill = f"#{rgb.lower()}" + (" [3209]" if theme else "")
    oval = (
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>95250</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="180000" cy="180000"/><wp:wrapNone/><wp:docPr id="1" name="Oval 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr/><wps:spPr>'
        f'<a:prstGeom prst="{geometry}"><a:avLst/></a:prstGeom>'
        f"<a:solidFill>{fill}</a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr><wps:bodyPr/>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor>"
    )
    vml = (
        f'<w:pict><{vml_element} style="position:absolute;width:14.2pt;height:14.2pt" '
        f'fillcolor="{vml_fill}" stroked="f"/></w:pict>'
    )
    shape = (
        vml
        if old_word
        else f"<w:drawing>{oval}</w:drawing>"
        if no_copy
        else f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{oval}</w:drawing>'
        f"</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent>"
    )
    run = f"<w:r {nsdecls('w', 'wp', 'a')} {_SHAPE_NS}>{shape}</w:r>"
    cell.paragraphs[0]._p.append(parse_xml(run))


# Seen in hold-out 259 (an acute trust's CQC quality improvement plan): each RAG cell holds
# no text but an oval drawn in it (Insert > Shapes > Oval) filled blue, green, amber or red,
# keyed in a line above the table.
def test_an_oval_drawn_in_a_cell_rates_it_as_its_shading_would(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Urgent and emergency care: CQC quality improvement plan")
        doc.add_paragraph(
            "RAG key: each action's rating is the coloured circle in its RAG cell – blue: "
            "complete; green: on track; amber: at risk; red: off track; no circle: not yet "
            "started."
        )
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Target date", "RAG"],
                ["MD1.1", "Open a handover area.", "Head of Nursing", "30/11/2026", ""],
                ["MD1.2", "Report handover times hourly.", "Patient Flow Lead", "31/01/2027", ""],
                ["MD1.3", "Agree an escalation protocol.", "Patient Flow Lead", "31/12/2026", ""],
                ["MD1.4", "Train band 5 nurses in triage.", "Practice Educator", "31/03/2027", ""],
                ["MD1.5", "Refurbish a quiet room.", "Head of Estates", "28/02/2027", ""],
                ["MD1.6", "Audit triage times weekly.", "ED Matron", "31/01/2027", ""],
                ["MD1.7", "Report training by staff group.", "Head of Nursing", "31/01/2027", ""],
            ],
        )  # fmt: skip
        drawn_oval(table.cell(1, 4), "0070C0")
        drawn_oval(table.cell(2, 4), "00B050")
        drawn_oval(table.cell(3, 4), "FFC000")
        drawn_oval(table.cell(4, 4), "FF0000")
        drawn_oval(table.cell(6, 4), "70AD47", theme="accent6")  # Green, Accent 6
        drawn_oval(table.cell(7, 4), "FFC000", old_word=True)

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    # blue complete (done, no RAG), green / amber / red rated; no circle not yet started
    assert [(a.ref, a.status, a.rag) for a in found] == [
        ("MD1.1", "done", None),
        ("MD1.2", "in_progress", "green"),
        ("MD1.3", "in_progress", "amber"),
        ("MD1.4", "in_progress", "red"),
        ("MD1.5", "not_started", None),
        ("MD1.6", "in_progress", "green"),
        ("MD1.7", "in_progress", "amber"),
    ]


CONNECTOR = ("flowChartConnector", 'v:shape type="#_x0000_t120"')  # Flowchart: Connector


def test_a_lamp_filled_in_a_theme_colour_rates_as_the_documents_theme_shows_it(
    tmp_path: Path,
) -> None:
    """A flowchart connector (a circle) filled in a theme colour rates the cell as its RGB
    does: read from Word's VML copy, where Word writes it ("#f79646 [3209]"), else through
    the document's own theme (word/theme/theme1.xml, here Office 2007's: accent 6 orange,
    accent 2 red, accent 3 green), a darker or lighter shade of it (lumMod, lumOff) too."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Key: green on track; amber at risk; red off track.")
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Target date", "RAG"],
                ["1.1", "Open a handover area.", "Head of Nursing", "30/11/2026", ""],
                ["1.2", "Report handover times hourly.", "Flow Lead", "31/01/2027", ""],
                ["1.3", "Agree an escalation protocol.", "Flow Lead", "31/12/2026", ""],
                ["1.4", "Train band 5 nurses in triage.", "Educator", "31/03/2027", ""],
                ["1.5", "Audit triage times weekly.", "ED Matron", "31/01/2027", ""],
                ["1.6", "Report training by staff group.", "Educator", "31/01/2027", ""],
            ],
        )
        drawn_oval(table.cell(1, 4), "F79646", theme="accent6", shape=CONNECTOR)
        drawn_oval(table.cell(2, 4), "", theme="accent3", shape=CONNECTOR, no_copy=True)
        darker = '<a:lumMod val="75000"/>'  # Red, Accent 2, Darker 25%
        drawn_oval(table.cell(3, 4), "", theme="accent2", tone=darker, no_copy=True)
        lighter = '<a:lumMod val="60000"/><a:lumOff val="40000"/>'  # Lighter 40%
        drawn_oval(table.cell(4, 4), "", theme="accent6", tone=lighter, no_copy=True)
        drawn_oval(table.cell(5, 4), "", theme="accent1", shape=UP_ARROW, no_copy=True)
        drawn_oval(table.cell(6, 4), "FF0000", shape=CONNECTOR, old_word=True)  # Word 2007

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    assert [(a.ref, a.rag) for a in found] == [
        ("1.1", "amber"),
        ("1.2", "green"),
        ("1.3", "red"),
        ("1.4", "amber"),
        ("1.5", None),  # an arrow is a trend, whatever its colour
        ("1.6", "red"),
    ]


# A post-Ofsted LEA plan: each key issue headed "RECOMMENDATIONS FOR KEY ISSUES: A" (one
# "RECOMMENDATION FOR KEY ISSUES: B", singular), its wording the next paragraph.


def test_a_label_colon_and_letter_heads_the_wording_on_the_next_line(tmp_path: Path) -> None:
    header = ["Activities", "Lead", "Involving", "Timescale"]
    issues = [
        ("RECOMMENDATIONS FOR KEY ISSUES: A", "Raise standards at key stage 2.", [
            ["1. Write the strategy.", "Head of Service", "Advisers\nHeadteachers", "March 2027"],
            ["2. Train the advisers.", "Lead Adviser", "Trainers", "May 2027"]]),
        ("RECOMMENDATION FOR KEY ISSUES: B", "Analyse the data on children in care.", [
            ["1. Build a dashboard.", "Data Manager", "Virtual school", "June 2027"],
            ["2. Publish the annual report.", "Virtual School Head", "Data Manager",
             "July 2027"]]),
    ]  # fmt: skip

    def build(doc: Any) -> None:
        doc.add_paragraph("ACTION PLAN")
        for heading, wording, rows in issues:
            doc.add_paragraph(heading)
            doc.add_paragraph(wording)
            word_table(doc, [header, *rows])

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("A", issues[0][1]),
        ("B", issues[1][1]),
    ]
    first, second = plan.recommendations[0].actions
    assert (first.ref, first.text) == ("A.1", "Write the strategy.")
    assert (first.leads, first.responsible) == (["Head of Service"], ["Advisers", "Headteachers"])
    assert [a.ref for a in plan.recommendations[1].actions] == ["B.1", "B.2"]


# Seen in hold-out 134 (an audit committee's report on agreed audit recommendations): each
# recommendation a small two-column table of its own, no header row, the same labels in
# each, a heading per audit over its tables.


def test_tables_of_label_value_rows_alike_are_a_list_of_records(tmp_path: Path) -> None:
    records = [
        ("R1 Starters should not be paid before checks.", "Hold new starters.",
         "Helen Gray – Payroll Manager", "30/09/2026", "Implemented", "Live from September."),
        ("R2 Leavers should be removed in the month they leave.", "Reconcile leavers monthly.",
         "Mark Fenwick – HR Lead", "30/11/2026", "Not implemented", ""),
        ("R3 Card limits should be reviewed.", "Review all card limits.",
         "Priya Nandra – Procurement Manager", "31/12/2026", "Partially implemented",
         "12/11/2026 – 48 of 86 cards reviewed."),
    ]  # fmt: skip
    labels = ["Recommendation", "Agreed action", "Officer", "Date", "Status", "Update"]

    def build(doc: Any) -> None:
        doc.add_paragraph("Audit Committee – progress on audit recommendations")
        for n, values in enumerate(records):
            if n in (0, 2):
                doc.add_paragraph(["Payroll – Limited assurance", "Cards – Reasonable"][n // 2])
            word_table(doc, list(zip(labels, values, strict=True)))
            doc.add_paragraph("")
        doc.add_paragraph("Recommendations are closed when Internal Audit has seen evidence.")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("R1", "Starters should not be paid before checks."),
        ("R2", "Leavers should be removed in the month they leave."),
        ("R3", "Card limits should be reviewed."),
    ]
    found = [a for r in plan.recommendations for a in r.actions]
    assert [a.text for a in found] == ["Hold new starters.", "Reconcile leavers monthly.",
                                       "Review all card limits."]  # fmt: skip
    assert [a.leads for a in found] == [["Helen Gray"], ["Mark Fenwick"], ["Priya Nandra"]]
    assert [a.due for a in found] == [
        dt.date(2026, 9, 30),
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 31),
    ]
    assert [a.status for a in found] == ["done", "not_started", "in_progress"]
    # the blank "Update" is no heading: the audit over each table is a field of its actions
    assert [a.fields.get("Section") for a in found] == [
        "Payroll – Limited assurance",
        "Payroll – Limited assurance",
        "Cards – Reasonable",
    ]
    assert [[u.text for u in a.updates] for a in found][1:] == [
        [],
        ["12/11/2026 – 48 of 86 cards reviewed."],
    ]


def _plan_with_log(doc: Any, log: Sequence[Sequence[str]]) -> None:
    doc.add_paragraph("Student voice action plan")
    word_table(
        doc,
        [
            ("Ref", "Action", "Lead", "Target"),
            ("1.1", "Return marked work within 15 working days.", "Ann Lead", "31/01/2027"),
            ("1.2", "Publish marking criteria for every module.", "Ben Lead", "31/03/2027"),
        ],
    )
    doc.add_paragraph("Progress log")
    word_table(doc, log)


def test_a_closing_progress_log_table_dates_the_news_of_the_actions_its_refs_name(
    tmp_path: Path,
) -> None:
    """A later table 'Ref | Date | Update' is the plan's progress log: each row an update
    of the action it names, dated by its date cell; a row naming no action stays in the
    notes."""
    log = [
        ("Ref", "Date", "Update"),
        ("1.1", "09/10/2026", "Turnaround policy approved by Senate."),
        ("1.2", "21/10/2026", "Criteria templates issued."),
        ("1.1", "12/11/2026", "Monitoring shows 88% returned on time."),
        ("9.9", "13/11/2026", "Room bookings moved online."),
    ]
    path = word_file(tmp_path, lambda doc: _plan_with_log(doc, log))
    (plan,) = load(path, TODAY).plans
    first, second = plan.recommendations[0].actions
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 10, 9), "Turnaround policy approved by Senate."),
        (dt.date(2026, 11, 12), "Monitoring shows 88% returned on time."),
    ]
    assert [(u.date, u.text) for u in second.updates] == [
        (dt.date(2026, 10, 21), "Criteria templates issued.")
    ]
    assert "9.9 | 13/11/2026 | Room bookings moved online." in plan.notes
    assert "Turnaround policy" not in plan.notes
    assert any(
        line.startswith("  progress log: 'Table 2': 3 rows") for line in explain_file(path, TODAY)
    )


def test_a_version_table_numbered_like_the_actions_is_no_progress_log(tmp_path: Path) -> None:
    log = [
        ("Version", "Date", "Change"),
        ("1.1", "09/10/2026", "Draft for the committee."),
        ("1.2", "21/10/2026", "Leads added."),
    ]
    (plan,) = load(word_file(tmp_path, lambda doc: _plan_with_log(doc, log)), TODAY).plans
    assert [a.updates for a in plan.recommendations[0].actions] == [[], []]
    assert "1.1 | 09/10/2026 | Draft for the committee." in plan.notes


def test_a_plan_table_headed_by_outcomes_and_updates_is_no_progress_log(tmp_path: Path) -> None:
    """'Ref | Outcome | Lead | RAG | Update' is the plan's table though its header reads
    like a log's (a ref, news, no action): no column of days below, no dated entries."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Westbridge SEND Improvement Plan")
        word_table(
            doc,
            [
                ("Ref", "Outcome", "Lead", "RAG", "Update"),
                (
                    "1.1",
                    "Children's needs are identified early in the early years",
                    "Karen Holt",
                    "Amber",
                    "Screening tool agreed 01/10/2026",
                ),
                (
                    "1.2",
                    "EHC plans are issued within 20 weeks",
                    "Amir Shah",
                    "Red",
                    "Timeliness 41%; recovery plan agreed",
                ),
                (
                    "2.1",
                    "Families say they are listened to",
                    "Jo Bates",
                    "Green",
                    "Co-production charter signed",
                ),
                (
                    "2.2",
                    "Annual reviews are held on time",
                    "Jo Bates",
                    "Amber",
                    "Backlog down to 120",
                ),
            ],
        )
        doc.add_paragraph("Document control")
        word_table(
            doc,
            [
                ("Version", "Date", "Author"),
                ("0.1", "01/09/2026", "Karen Holt"),
                ("1.0", "01/10/2026", "Karen Holt"),
            ],
        )

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert plan.title == "Westbridge SEND Improvement Plan"
    assert [a.ref for r in plan.recommendations for a in r.actions] == ["1.1", "1.2", "2.1", "2.2"]
    assert "0.1 | 01/09/2026 | Karen Holt" in plan.notes


# Seen in hold-out 141 (a Safeguarding Adults Board's SAR learning plan): each action a
# two-column form table of its own under a 'Recommendation N: …' heading, several tables
# under each heading; a lead agency beside the lead officer.


def test_a_templates_pages_answering_its_questions_are_records(tmp_path: Path) -> None:
    # a regulator's template: a page per breach, its prompts down the left, long or
    # worded as questions, the same answer to one of them on every page
    prompts = [
        "Regulation",
        "Please describe clearly the action you are going to take to meet the regulation"
        " and what you intend to achieve",
        "Who is responsible for the action?",
        "How are you going to ensure that the improvements are sustainable?",
        "Who is responsible?",
        "Date actions will be completed:",
    ]
    answers = [
        ("Regulation 9 Person-centred care", "Introduce personalised care plans.",
         "Chief Nurse", "Weekly audit to the Quality Committee.", "Head of Nursing",
         "31/01/2027"),
        ("Regulation 10 Dignity and respect", "Install privacy screens.",
         "Director of Operations", "Weekly audit to the Quality Committee.", "Matron",
         "30/11/2026"),
    ]  # fmt: skip

    def build(doc: Any) -> None:
        doc.add_paragraph("Report on actions you plan to take")
        word_table(doc, [["Account number", "RK9"], ["Trust name", "Calderbrook NHS Trust"]])
        for values in answers:
            word_table(doc, list(zip(prompts, values, strict=True)))
            doc.add_paragraph("")
        word_table(doc, [["Completed by:", "Dr Helen Marsh"], ["Date", "06/11/2026"]])

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    (rec,) = plan.recommendations
    assert rec.text == ""  # the same answer on every page groups nothing
    assert [a.text for a in rec.actions] == [
        "Introduce personalised care plans.",
        "Install privacy screens.",
    ]
    assert [a.leads for a in rec.actions] == [["Chief Nurse"], ["Director of Operations"]]
    assert [a.due for a in rec.actions] == [dt.date(2027, 1, 31), dt.date(2026, 11, 30)]
    assert [a.fields.get("Who is responsible?") for a in rec.actions] == [
        "Head of Nursing",
        "Matron",
    ]


def test_records_under_numbered_headings_belong_to_the_heading_above(tmp_path: Path) -> None:
    labels = ["Action ref", "Action", "Lead agency", "Lead officer", "Target date", "Status"]
    actions = {
        "Recommendation 1: Partners should share a self-neglect approach.": [
            ("1.1", "Publish a guide.", "Northmoor Council ASC", "Lisa Crane", "31/08/2026"),
            ("1.2", "Deliver briefings.", "SAB Business Unit", "Martin Obi", "31/12/2026"),
            ("1.3", "Audit 20 cases.", "SAB Business Unit", "Martin Obi", "30/06/2027"),
        ],
        "Recommendation 2: Practitioners should record capacity.": [
            ("2.1", "Add a prompt.", "Northmoor Council ASC", "Lisa Crane", "30/09/2026"),
            ("2.2", "Run training.", "Northmoor ICB", "Dr Helen Marsh", "31/01/2027"),
        ],
    }

    def build(doc: Any) -> None:
        doc.add_paragraph("Safeguarding Adults Review – learning and improvement plan")
        for heading, rows in actions.items():
            doc.add_heading(heading, level=2)
            for values in rows:
                word_table(doc, list(zip(labels, [*values, "Not started"], strict=True)))

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Partners should share a self-neglect approach."),
        ("2", "Practitioners should record capacity."),
    ]
    assert [[a.ref for a in r.actions] for r in plan.recommendations] == [
        ["1.1", "1.2", "1.3"],
        ["2.1", "2.2"],
    ]
    found = [a for r in plan.recommendations for a in r.actions]
    # the agency is the officer's organisation: a field, the officer the lead
    assert [(a.leads, a.responsible) for a in found[:2]] == [(["Lisa Crane"], []),
                                                              (["Martin Obi"], [])]  # fmt: skip
    assert found[0].fields.get("Lead agency") == "Northmoor Council ASC"


def test_a_requirement_opening_each_tables_header_row_heads_its_rows(tmp_path: Path) -> None:
    """No heading paragraph and no 'Action' caption: each table's header row opens with
    the requirement itself beside the captions. That sentence heads the table's rows as
    their recommendation, and the column under it holds the actions."""
    captions = ["Lead", "Target date", "Status"]
    must = "MD1 – The trust must ensure that patients are screened for sepsis."
    should = "SD1 – The trust should ensure that staff complete safeguarding training."

    def build(doc: Any) -> None:
        doc.add_paragraph("CQC inspection: Must do and Should do action plan")
        word_table(
            doc,
            [
                [must, *captions],
                ["Add a sepsis prompt to triage.", "Kate Ellis", "31/10/2026", "Complete"],
                ["Audit sepsis screening weekly.", "Kate Ellis", "31/01/2027", "On track"],
            ],
        )
        doc.add_paragraph("")
        word_table(
            doc,
            [[should, *captions], ["Book staff training.", "Tom Hale", "28/02/2027", "On track"]],
        )

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [(r.ref, r.text, [(a.ref, a.text) for a in r.actions]) for r in plan.recommendations]
    assert found == [
        (
            "MD1",
            "The trust must ensure that patients are screened for sepsis.",
            [
                ("MD1.1", "Add a sepsis prompt to triage."),
                ("MD1.2", "Audit sepsis screening weekly."),
            ],
        ),
        (
            "SD1",
            "The trust should ensure that staff complete safeguarding training.",
            [("SD1.1", "Book staff training.")],
        ),
    ]
    first = plan.recommendations[0].actions[0]
    assert first.leads == ["Kate Ellis"] and first.due == dt.date(2026, 10, 31)


def test_a_sentence_opening_the_only_tables_header_row_heads_its_rows(tmp_path: Path) -> None:
    """One table, its header row opened by a requirement with no ref: the column under
    it holds the actions, and the requirement heads them, kept on each as its section."""
    wording = "The provider must make sure that medicines are stored at the right temperature."

    def build(doc: Any) -> None:
        doc.add_paragraph("Action plan following inspection")
        word_table(
            doc,
            [
                [wording, "Lead", "Due date", "Progress"],
                ["Fit fridge thermometers.", "Omar Haddad", "31/01/2027", ""],
                ["Audit storage monthly.", "Omar Haddad", "31/03/2027", ""],
            ],
        )

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    (rec,) = plan.recommendations
    assert [a.text for a in rec.actions] == ["Fit fridge thermometers.", "Audit storage monthly."]
    assert all(a.fields["Section"] == wording for a in rec.actions)
    assert rec.actions[1].leads == ["Omar Haddad"] and rec.actions[1].due == dt.date(2027, 3, 31)
    assert plan.title == "Action plan following inspection"


def test_a_long_caption_over_the_actions_is_no_requirement_heading(tmp_path: Path) -> None:
    """A caption naming the actions' column in a phrase ("What the peer team told us in
    March 2026") has no full stop and no ref: it is no requirement heading the rows, so
    no action is given it as a made-up "Section"."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Corporate peer challenge: our response")
        word_table(
            doc,
            [
                ["What the peer team told us in March 2026", "Lead", "Timescale", "Progress"],
                ["Set out a clear vision for the place", "Chief executive", "31/03/2027", ""],
                ["Strengthen the financial plan", "Section 151 officer", "30/06/2027", ""],
            ],
        )

    # the row is then a header as written, no caption of it naming the action: the user
    # is told so (and may --map the column) rather than given a field the plan never had
    with pytest.raises(ImportFailure, match="not a plan"):
        load(word_file(tmp_path, build), TODAY)


def test_bulleted_paragraphs_between_tables_reach_the_next_action(tmp_path: Path) -> None:
    """Paragraphs between two tables where only the last heads the next one (a
    standard's heading, its findings as bullets, then the table) are kept: the lines
    passed over are a field of the next table's first action, no word lost."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Our response to the inspection")
        for area, found, done, rows in [
            ("Repairs", "Repairs were slow", "Hired more surveyors", ["Clear the backlog"]),
            ("Safety", "Checks were overdue in 40 blocks", "Merged our records", ["Audit data"]),
        ]:
            doc.add_paragraph(area)
            doc.add_paragraph(found, style="List Bullet")
            doc.add_paragraph(done, style="List Bullet")
            word_table(doc, [["What we will do", "When"], *[[r, "Dec-26"] for r in rows]])

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    actions = [a for r in plan.recommendations for a in r.actions]
    assert [a.text for a in actions] == ["Clear the backlog", "Audit data"]
    kept = actions[1].fields["Paragraphs above"]
    assert "Checks were overdue in 40 blocks" in kept
    assert "Safety" in kept


def heading_paragraph(doc: Any, text: str, level: int, marked_by: str) -> None:
    """A heading as authors mark one: Word's heading style, or a short line in bold."""
    if marked_by == "style":
        doc.add_heading(text, level=level)
    else:
        doc.add_paragraph().add_run(text).bold = True


# Two sections of a response document as read: each its ref, its heading, its actions
TWO_SECTIONS = [
    ("1", "Quality: repairs", ["Clear the backlog"]),
    ("2", "Safety: fire checks", ["Audit the data"]),
]


def sections_read(plan: PlanDoc) -> list[tuple[str, str, list[str]]]:
    """Each recommendation's ref and text, and its actions' texts, as the plan reads."""
    return [(r.ref, r.text, [a.text for a in r.actions]) for r in plan.recommendations]


@pytest.mark.parametrize("marked_by", ["style", "bold"])
def test_the_heading_over_a_tables_section_heads_it_not_its_caption_or_bullets(
    tmp_path: Path, marked_by: str
) -> None:
    """A response document heads each section ("Safety: fire checks"), then sub-headings
    and bullets, then the same caption over every table ("What we will do next"): the
    section's heading is the recommendation, the bullets are kept."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Our response to the regulator")
        for area, found, done, action in [
            ("Quality: repairs", "Repairs were slow", "Hired surveyors", "Clear the backlog"),
            ("Safety: fire checks", "Checks were overdue", "Merged records", "Audit the data"),
        ]:
            heading_paragraph(doc, area, 2, marked_by)
            heading_paragraph(doc, "What we found", 3, marked_by)
            doc.add_paragraph(found, style="List Bullet")
            heading_paragraph(doc, "What we have done", 3, marked_by)
            doc.add_paragraph(done, style="List Bullet")
            heading_paragraph(doc, "What we will do next", 3, marked_by)
            word_table(doc, [["What we will do", "When"], [action, "Dec-26"]])

    path = word_file(tmp_path, build)
    (plan,) = load(path, TODAY).plans
    assert sections_read(plan) == TWO_SECTIONS
    kept = plan.notes + "".join(
        v for r in plan.recommendations for a in r.actions for v in a.fields.values()
    )
    for words in ("Repairs were slow", "Checks were overdue", "Merged records", "What we found"):
        assert words in kept


def test_a_bold_line_inside_a_styled_section_does_not_head_its_table(tmp_path: Path) -> None:
    """A section headed in Word's heading style ("Quality: repairs") may hold a line the
    author only set in bold ("Why this matters"), used in that section alone: the styled
    heading is the recommendation, the bold line is kept as a note."""

    def build(doc: Any) -> None:
        doc.add_heading("Our response to the regulator", level=1)
        for area, why, action in [
            ("Quality: repairs", "Why this matters", "Clear the backlog"),
            ("Safety: fire checks", "", "Audit the data"),
        ]:
            doc.add_heading(area, level=2)
            if why:
                doc.add_paragraph().add_run(why).bold = True
            doc.add_paragraph(f"{area} had gaps", style="List Bullet")
            doc.add_paragraph().add_run("What we will do next").bold = True
            word_table(doc, [["What we will do", "When"], [action, "Dec-26"]])

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert sections_read(plan) == TWO_SECTIONS
    assert "Why this matters" in plan.notes


# Seen in hold-out 175 (a SEND partnership's priorities numbered with keycap emoji, as its
# newsletters do, "1️⃣ Identifying needs early" over the priority's table of "1.1", "1.2").
KEYCAP = "\ufe0f\u20e3"  # after a digit: the keycap emoji "1️⃣"


def test_a_keycap_digit_opening_a_heading_is_its_number(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        doc.add_heading("Eastby Early Help Partnership – Improvement Plan", level=1)
        for n, words in [("1", "Families first"), ("2", "Single front door"), ("10", "Data")]:
            keycaps = "🔟" if n == "10" else n + KEYCAP
            doc.add_heading(f"{keycaps} {words}", level=2)
            word_table(doc, [
                ["Ref", "Action", "Lead", "By when"],
                [f"{n}.1", "Map the early help offer.", "Early Help Lead", "31/01/2027"],
                [f"{n}.2", "Train the family workers.", "Early Help Lead", "31/03/2027"],
            ])  # fmt: skip

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    # a person reads "1️⃣" as 1 and "🔟" as 10: the heading's number, its words the text
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Families first"),
        ("2", "Single front door"),
        ("10", "Data"),
    ]
    assert [a.ref for a in plan.recommendations[2].actions] == ["10.1", "10.2"]


def _password_protected(path: Path) -> Path:
    """An OLE container as Office saves a .xlsx or .docx with a password: a 512-byte
    header, then a directory sector of 128-byte entries naming the root and the two
    streams that hold the encryption and the encrypted package."""
    header = bytearray(512)
    header[:8] = read.OLE_MAGIC
    header[26:28] = (3).to_bytes(2, "little")  # major version 3: 512-byte sectors
    header[28:30] = b"\xfe\xff"  # little-endian
    header[30:32] = (9).to_bytes(2, "little")  # sector size 2^9
    header[48:52] = (0).to_bytes(4, "little")  # the directory starts at sector 0
    directory = bytearray()
    for name, kind in (("Root Entry", 5), ("EncryptionInfo", 2), ("EncryptedPackage", 2)):
        entry = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        entry[: len(encoded)] = encoded
        entry[64:66] = len(encoded).to_bytes(2, "little")
        entry[66] = kind
        directory += entry
    directory += bytes(512 - len(directory))
    path.write_bytes(bytes(header) + bytes(directory))
    return path


def test_a_password_protected_workbook_or_document_says_how_to_open_it(
    tmp_path: Path,
) -> None:
    """The user is told the file is password-protected and how to remove the password,
    never that it is an unreadable Excel 97-2003 file."""
    assert_refused_in_one_line(
        tmp_path,
        (
            _password_protected(tmp_path / "tracker.xlsx"),
            "tracker.xlsx is password-protected: open it in Excel, remove the password"
            " (File > Info > Protect Workbook), save, and import again",
        ),
        (
            _password_protected(tmp_path / "plan.docx"),
            "plan.docx is password-protected: open it in Word, remove the password"
            " (File > Info > Protect Document), save, and import again",
        ),
    )


def test_a_data_row_two_tables_both_open_with_is_kept_in_each(tmp_path: Path) -> None:
    """Each school's table repeats the header, then opens with the same action: only
    the header is the repeat; the second table's first action is the user's row."""
    header = ["Ref", "Action", "Lead", "Due date", "Status"]
    same = ["AFI 1", "Improve attendance", "J. Smith", "31/03/2027", "On track"]

    def build(doc: Any) -> None:
        doc.add_paragraph("Attendance improvement plan")
        word_table(doc, [header, same, ["AFI 2", "Reduce exclusions", "K. Jones", "", ""]])
        doc.add_paragraph("")
        word_table(doc, [header, same, ["AFI 3", "Raise reading", "P. Brown", "", ""]])

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    actions = [a.text for r in plan.recommendations for a in r.actions]
    assert actions == [
        "Improve attendance",
        "Reduce exclusions",
        "Improve attendance",
        "Raise reading",
    ]


def test_each_table_is_read_by_its_own_header_row_whatever_its_column_order(
    tmp_path: Path,
) -> None:
    """A plan stitched from each service's own table: the second table's captions are
    other words in another order, so its rows are read by its own header (its deadline,
    status and news where it writes them, its one people column the lead); a table with
    no header row after it goes on in its columns."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Riverside Leisure Trust – Improvement plan", style="Title")
        doc.add_heading("Priority 1: Pool safety", 2)
        word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Target date", "Status", "Progress"],
                ["1.1", "Retrain every lifeguard.", "Pool Manager", "31/01/2027",
                 "In progress", "02/11/2026 – Half the team retrained."],
            ],
        )  # fmt: skip
        doc.add_heading("Priority 2: Gym equipment", 2)
        word_table(
            doc,
            [
                ["No.", "What we will do", "Responsible officer", "Status", "By when", "Update"],
                ["2.1", "Replace the worn treadmills.", "Gym Supervisor", "Complete",
                 "30/09/2026", "15/09/2026 – Six new treadmills fitted."],
            ],
        )  # fmt: skip
        word_table(
            doc,
            [
                ["2.2", "Service the rowing machines.", "Gym Supervisor", "Delayed",
                 "31/12/2026", "20/11/2026 – Parts on order."],
            ],
        )  # fmt: skip

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    assert [(a.ref, a.leads, a.due, a.status, a.rag) for a in found] == [
        ("1.1", ["Pool Manager"], dt.date(2027, 1, 31), "in_progress", None),
        ("2.1", ["Gym Supervisor"], dt.date(2026, 9, 30), "done", None),
        ("2.2", ["Gym Supervisor"], dt.date(2026, 12, 31), "in_progress", "amber"),
    ]
    assert [u.text for u in found[1].updates] == ["15/09/2026 – Six new treadmills fitted."]
    assert [u.date for u in found[2].updates] == [dt.date(2026, 11, 20)]


def test_a_plan_table_inside_a_one_column_frame_is_the_plan(tmp_path: Path) -> None:
    """A report template boxing each part: the body one one-column table, its first row
    the title lines, the next holding the plan's table inside the cell, the last a key.
    The table inside the frame is the plan, read as if it stood alone; the frame's other
    rows are its paragraphs (the title, notes)."""

    def build(doc: Any) -> None:
        doc.add_paragraph("RESTRICTED")
        frame = doc.add_table(rows=3, cols=1)
        frame.cell(0, 0).text = "Kelby Borough Council – Waste collection audit: action plan"
        frame.cell(0, 0).add_paragraph("Report issued 4 August 2026.")
        inner = frame.cell(1, 0).add_table(rows=4, cols=4)
        rows = [
            ["No.", "Agreed action", "Officer", "Due"],
            [
                "1.1",
                "Reconcile the round sheets to the tonnage returns.",
                "Waste Manager",
                "31/01/2027",
            ],
            [
                "1.2",
                "Review the missed-bin complaints each week.",
                "Depot Supervisor",
                "30/11/2026",
            ],
            ["2.1", "Retender the vehicle hire contract.", "Fleet Manager", "30/06/2027"],
        ]
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                inner.cell(i, j).text = text
        frame.cell(2, 0).text = "Key: H high priority; M medium priority."

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [(a.ref, a.text, a.leads, a.due) for r in plan.recommendations for a in r.actions]
    assert found == [
        ("1.1", "Reconcile the round sheets to the tonnage returns.", ["Waste Manager"],
         dt.date(2027, 1, 31)),
        ("1.2", "Review the missed-bin complaints each week.", ["Depot Supervisor"],
         dt.date(2026, 11, 30)),
        ("2.1", "Retender the vehicle hire contract.", ["Fleet Manager"], dt.date(2027, 6, 30)),
    ]  # fmt: skip
    assert "Key: H high priority; M medium priority." in plan.notes


def test_a_table_on_its_side_is_read_a_column_an_action(tmp_path: Path) -> None:
    """Each priority's table turned to fit the page: the labels down the first column
    and one column per action to the right, a label's cell merged across the actions it
    holds for all of them. Each column is an action, its cells read under the labels as
    a header's columns are; a one-action table beside them is turned the same way."""
    labels = ["No.", "What we will do", "Who", "By when", "Status", "Progress"]

    def side_table(doc: Any, columns: Sequence[Sequence[str]]) -> Any:
        return word_table(doc, [list(row) for row in zip(labels, *columns, strict=True)])

    def build(doc: Any) -> None:
        doc.add_paragraph("Fenwick Primary School – Improvement Plan 2026/27")
        doc.add_heading("Priority 1: Raise attendance to the national average.", level=2)
        table = side_table(
            doc,
            [
                ["1.1", "Call home on the first morning of absence.", "", "31/10/2026",
                 "Complete", "Calls made since September."],
                ["1.2", "Hold a meeting with every persistently absent family.", "",
                 "31/01/2027", "On track", ""],
            ],
        )  # fmt: skip
        merged = table.cell(2, 1).merge(table.cell(2, 2))
        merged.text = "Attendance Officer"
        doc.add_heading("Priority 2: Improve reading in Key Stage 1.", level=2)
        side_table(
            doc,
            [["2.1", "Train every teaching assistant in phonics.", "Reading Lead",
              "31/03/2027", "Not started", ""]],
        )  # fmt: skip

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Raise attendance to the national average."),
        ("2", "Improve reading in Key Stage 1."),
    ]
    found = [
        (a.ref, a.text, a.leads or a.responsible, a.due, a.status)
        for r in plan.recommendations
        for a in r.actions
    ]
    assert found == [
        ("1.1", "Call home on the first morning of absence.", ["Attendance Officer"],
         dt.date(2026, 10, 31), "done"),
        ("1.2", "Hold a meeting with every persistently absent family.", ["Attendance Officer"],
         dt.date(2027, 1, 31), "in_progress"),
        ("2.1", "Train every teaching assistant in phonics.", ["Reading Lead"],
         dt.date(2027, 3, 31), "not_started"),
    ]  # fmt: skip
    first = plan.recommendations[0].actions[0]
    assert [u.text for u in first.updates] == ["Calls made since September."]


def test_a_rag_key_below_the_plan_is_no_table_on_its_side(tmp_path: Path) -> None:
    """Seen by a second reader (session 28): a RAG key written across ("RAG" | "Red" |
    "Amber" | "Green", then what each means and what is done) under an upright plan was
    turned into three actions led by "Off track", and the plan's title lost. A first row
    of ratings across is a key, kept as the plan's note."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Falls improvement plan – November 2026")
        word_table(
            doc,
            [
                ["Action", "Lead", "RAG"],
                ["Refresh the falls policy", "Jane Smith", "Green"],
                ["Audit the falls reporting", "Jane Smith", "Amber"],
                ["Train the bank staff", "Tom Jones", "Red"],
            ],
        )
        doc.add_paragraph("RAG key")
        word_table(
            doc,
            [
                ["RAG", "Red", "Amber", "Green"],
                ["Description", "Off track", "At risk", "On track"],
                ["Action", "Escalate to the Board", "Review at the monthly meeting", "None needed"],
            ],
        )  # fmt: skip

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert plan.title == "Falls improvement plan – November 2026"
    assert [(a.text, a.leads, a.rag) for r in plan.recommendations for a in r.actions] == [
        ("Refresh the falls policy", ["Jane Smith"], "green"),
        ("Audit the falls reporting", ["Jane Smith"], "amber"),
        ("Train the bank staff", ["Tom Jones"], "red"),
    ]
    assert "Escalate to the Board" in plan.notes


def commented(doc: Any, cell: Any, author: str, *paragraphs: str) -> None:
    """A Word comment (Review > New Comment) on the cell's words, a paragraph a line,
    stamped with a day that is no day of the news."""
    note = doc.add_comment(cell.paragraphs[0].runs, text=paragraphs[0], author=author, initials="X")
    for line in paragraphs[1:]:
        note.add_paragraph(line)
    note._comment_elm.set(qn("w:date"), "2026-11-26T16:30:00Z")


def test_a_word_comment_on_the_status_is_the_news_as_an_excel_note_on_it_is(
    tmp_path: Path,
) -> None:
    """Seen in hold-out 250 (a school's post-inspection plan): no progress column, the
    approved plan left as it was, and each review's progress a Word comment on the
    action's Status word, a dated paragraph an entry. Read as an Excel note on the Status
    cell is: an update per dated paragraph, the comment's author and stamp no lead and no
    date. A governor's question on the wording is no news but kept with the action."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Brackley Fields Primary School – Post-Inspection Action Plan")
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "By when", "Status"],
                ["1.1", "Train all staff in phonics.", "Mrs Harriet Cole", "31/10/2026",
                 "Complete"],
                ["1.2", "Run daily catch-up phonics.", "Mrs Harriet Cole", "31/12/2026",
                 "In progress"],
                ["1.3", "Review the plans with governors.", "Mr Daniel Frost", "31/07/2027",
                 "Not started"],
            ],
        )  # fmt: skip
        head = "Mrs Jo Pennington"
        commented(doc, table.cell(1, 4), head, "30/10/2026 – All 24 staff trained.")
        commented(
            doc,
            table.cell(2, 4),
            head,
            "05/11/2026 – 18 pupils in daily catch-up groups.",
            "26/11/2026 – 11 of the 18 now at the expected phase.",
        )
        commented(doc, table.cell(3, 1), "Mr Ian Royle", "Can the link governor join this review?")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    actions = [a for rec in plan.recommendations for a in rec.actions]
    assert [(a.ref, a.text, a.leads) for a in actions] == [
        ("1.1", "Train all staff in phonics.", ["Mrs Harriet Cole"]),
        ("1.2", "Run daily catch-up phonics.", ["Mrs Harriet Cole"]),
        ("1.3", "Review the plans with governors.", ["Mr Daniel Frost"]),
    ]
    assert [[(u.date, u.text) for u in a.updates] for a in actions] == [
        [(dt.date(2026, 10, 30), "30/10/2026 – All 24 staff trained.")],
        [
            (dt.date(2026, 11, 5), "05/11/2026 – 18 pupils in daily catch-up groups."),
            (dt.date(2026, 11, 26), "26/11/2026 – 11 of the 18 now at the expected phase."),
        ],
        [],
    ]
    assert actions[2].fields["Note on Action"] == "Can the link governor join this review?"
    assert all(a.responsible == [] for a in actions)


def test_a_word_comment_on_no_table_cell_is_kept_in_the_plans_notes(tmp_path: Path) -> None:
    """A comment on the title, outside the plan's table, belongs to no action: kept with
    the plan's notes, so no word of it is lost, and no action's news."""

    def build(doc: Any) -> None:
        title = doc.add_paragraph("Attendance plan 2026/27")
        word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "By when", "Status"],
                ["1.1", "Call on the first day of absence.", "Mrs Karen Lowry", "30/11/2026",
                 "Complete"],
            ],
        )  # fmt: skip
        doc.add_comment(title.runs, text="12/11/2026 – Title agreed by governors.", author="IR")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    (action,) = plan.recommendations[0].actions
    assert action.updates == [] and "Note on Action" not in action.fields
    assert "12/11/2026 – Title agreed by governors." in plan.notes


def test_a_word_comment_on_a_table_outside_the_plan_is_kept_in_its_notes(
    tmp_path: Path,
) -> None:
    """A sign-off table under the plan is kept in the plan's notes, and so is the comment
    on one of its cells: no word of it lost."""

    def build(doc: Any) -> None:
        word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "By when", "Status"],
                ["1.1", "Call on the first day of absence.", "Mrs Karen Lowry", "30/11/2026",
                 "Complete"],
            ],
        )  # fmt: skip
        doc.add_paragraph("")
        sign_off = word_table(doc, [["Approved by", "Date"], ["Chair of governors", "12/11/2026"]])
        commented(doc, sign_off.cell(1, 0), "IR", "Approved at governors, 12 November 2026.")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert "Chair of governors" in plan.notes
    assert "Approved at governors, 12 November 2026." in plan.notes


# Seen in hold-out 250: a designed document, each priority and its table in a text box.
_BOX_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
_NEW_WORD_BOX = (
    '<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent/>'
    "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
)
_OLD_WORD_BOX = "<w:pict><v:shape><v:textbox><w:txbxContent/></v:textbox></v:shape></w:pict>"


def in_text_box(doc: Any, parts: Sequence[Any], *, old_word_only: bool = False) -> None:
    """``parts`` (paragraphs and tables of the body) moved into a text box anchored to a
    new empty paragraph: as Word 2010 and later save one, the shape in mc:Choice and a
    VML copy for Word 2007 in mc:Fallback, each holding the parts; or the VML box alone,
    as Word 2007 saved it."""
    box = (
        _OLD_WORD_BOX
        if old_word_only
        else f"<mc:AlternateContent>{_NEW_WORD_BOX}<mc:Fallback>{_OLD_WORD_BOX}"
        "</mc:Fallback></mc:AlternateContent>"
    )
    run = parse_xml(f"<w:r {nsdecls('w')} {_BOX_NS}>{box}</w:r>")
    doc.add_paragraph()._p.append(run)
    for part in parts:
        part.getparent().remove(part)
    for content in run.iter(f"{{{run.nsmap['w']}}}txbxContent"):
        for part in parts:
            content.append(copy.deepcopy(part))


def test_a_priority_and_its_table_in_a_text_box_are_read_once_where_it_is_anchored(
    tmp_path: Path,
) -> None:
    """Each priority's bold line and table inside a text box, stored twice by Word (the
    shape and an old Word copy): the box is read once where it stands in the body, its
    bold line the priority over its table's actions; a box saved by old Word alone too.
    Hidden text in a box is no word of the plan, as in the body."""
    header = ["Ref", "Action", "Lead", "Timescale"]
    priorities = [
        ("Priority 1: Cut the wait for an EHC plan.", ["1.1", "Recruit coordinators.", "Lou Barr",
                                                        "31/12/2026"]),
        ("Priority 2: Improve EHC plans.", ["2.1", "Audit 20 plans a month.", "Mark Tenn",
                                            "31/03/2027"]),
    ]  # fmt: skip

    def build(doc: Any) -> None:
        doc.add_paragraph("Oakley SEND Partnership – Priority Action Plan")
        for n, (heading, row) in enumerate(priorities):
            line = doc.add_paragraph()
            line.add_run(heading).bold = True
            guidance = doc.add_paragraph()
            guidance.add_run("Guidance: one priority a box.").font.hidden = True
            table = word_table(doc, [header, row])
            parts = [line._p, guidance._p, table._tbl, doc.add_paragraph()._p]
            in_text_box(doc, parts, old_word_only=n == 1)
        doc.add_paragraph("Key: Blue complete; Green on track.")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    assert plan.title == "Oakley SEND Partnership – Priority Action Plan"
    found = [
        (r.ref, r.text, a.ref, a.text, a.leads, a.due)
        for r in plan.recommendations
        for a in r.actions
    ]
    assert found == [
        ("1", "Cut the wait for an EHC plan.", "1.1", "Recruit coordinators.", ["Lou Barr"],
         dt.date(2026, 12, 31)),
        ("2", "Improve EHC plans.", "2.1", "Audit 20 plans a month.", ["Mark Tenn"],
         dt.date(2027, 3, 31)),
    ]  # fmt: skip
    assert "Key: Blue complete; Green on track." in plan.notes
    assert "Guidance" not in plan.notes + str(plan.recommendations)  # hidden in the box too


# Seen in hold-out 257 (cqc_brackenford): a trust's Word plan gives the target dates the
# Quality Committee revised only in real footnotes (References > Insert Footnote): a mark
# in the date's cell, the words in word/footnotes.xml at the page's foot.


def footnoted(doc: Any, paragraph: Any, words: str) -> None:
    """A Word footnote on the end of ``paragraph``: its mark there, its words in the
    document's footnotes part (python-docx writes no footnotes, so the part is added)."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    w = nsdecls("w")
    try:
        part = doc.part.part_related_by(RT.FOOTNOTES)
    except KeyError:
        blob = (
            f'<w:footnotes {w}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
            "<w:separator/></w:r></w:p></w:footnote></w:footnotes>"
        ).encode()
        content_type = (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
        )
        part = Part(PackURI("/word/footnotes.xml"), content_type, blob, doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
    n = part.blob.count(b"<w:footnote ")  # the separator is id -1: the next id is the count
    note = (
        f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {words}</w:t></w:r></w:p></w:footnote>'
    )
    part._blob = part.blob.replace(b"</w:footnotes>", note.encode() + b"</w:footnotes>")
    paragraph._p.append(
        parse_xml(
            f'<w:r {w}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{n}"/></w:r>'
        )
    )


def test_a_footnote_revising_a_target_date_sets_the_deadline_and_other_footnotes_are_kept(
    tmp_path: Path,
) -> None:
    """The footnote's mark is no word of its cell; a footnote on a date saying it was
    revised gives the deadline in force, the cell's date the baseline; a footnote on the
    action's wording is a note on it, and one on the title the plan's note."""

    def build(doc: Any) -> None:
        title = doc.add_paragraph("Brackenford Trust – CQC Action Plan")
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Target date", "Status"],
                ["1.1", "Audit time to initial assessment weekly", "Amira Hassan", "30/11/2026",
                 "In progress"],
                ["1.2", "Fit temperature monitoring to every fridge", "Helen Oduya", "31/12/2026",
                 "In progress"],
                ["1.3", "Recruit four nurse practitioners", "Paul Kerrigan", "31/03/2027",
                 "In progress"],
            ],
        )  # fmt: skip
        footnoted(doc, title, "Position reported to the Quality Committee on 24 November 2026.")
        footnoted(
            doc,
            table.cell(1, 3).paragraphs[0],
            "Revised target date 31/01/2027, agreed by the Quality Committee on 15/10/2026.",
        )
        footnoted(doc, table.cell(2, 1).paragraphs[0], "Action added after the August visit.")

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    first, second, third = plan.recommendations[0].actions
    assert (first.due, first.original_due) == (dt.date(2027, 1, 31), dt.date(2026, 11, 30))
    assert (third.due, third.original_due) == (dt.date(2027, 3, 31), None)
    assert second.text == "Fit temperature monitoring to every fridge"
    assert second.fields["Note on Action"] == "Action added after the August visit."
    assert "Position reported to the Quality Committee on 24 November 2026." in plan.notes
    assert plan.title == "Brackenford Trust – CQC Action Plan"


def test_a_trend_arrow_drawn_in_a_cell_rates_nothing(tmp_path: Path) -> None:
    """An arrow drawn in a direction-of-travel column (a green up arrow, a red down one)
    says which way a measure moves, not how the action stands: only a shape that fills
    the cell's place as a lamp (an oval, a rectangle) rates it as shading would."""

    def build(doc: Any) -> None:
        table = word_table(
            doc,
            [
                ["Ref", "Action", "Lead", "Status", "Direction of travel"],
                ["1.1", "Open a handover area.", "Head of Nursing", "In progress", ""],
                ["1.2", "Report handover times hourly.", "Patient Flow Lead", "In progress", ""],
                ["1.3", "Agree an escalation protocol.", "Patient Flow Lead", "In progress", ""],
            ],
        )  # fmt: skip
        drawn_oval(table.cell(1, 4), "00B050", shape=UP_ARROW)
        drawn_oval(table.cell(2, 4), "FF0000", shape=DOWN_ARROW)
        drawn_oval(table.cell(3, 4), "00B050", shape=UP_ARROW)

    (plan,) = load(word_file(tmp_path, build), TODAY).plans
    found = [a for r in plan.recommendations for a in r.actions]
    assert [(a.ref, a.status, a.rag) for a in found] == [
        ("1.1", "in_progress", None),
        ("1.2", "in_progress", None),
        ("1.3", "in_progress", None),
    ]
