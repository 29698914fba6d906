"""Each importer rule on a small file of its own, written by the test."""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from importers import ImportFailure, ImportOptions, ImportResult, load, stages
from importers.explain import explain
from importers.own_csv import OWN_CSV_HEADER, plan_rows
from store.docs import ActionDoc, ExportDoc, PlanDoc, RecommendationDoc, UpdateDoc
from tests.conftest import TODAY

D = dt.date
OPTIONS = ImportOptions(today=TODAY)


def write(
    tmp_path: Path,
    rows: list[list[str]],
    encoding: str = "utf-8",
    delimiter: str = ",",
    name: str = "plan.csv",
    newline: str = "\r\n",
) -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator=newline).writerows(rows)
    path = tmp_path / name
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def write_workbook(
    tmp_path: Path,
    sheets: dict[str, Sequence[Sequence[object]]],
    merged: Sequence[str] = (),
    name: str = "plan.xlsx",
) -> Path:
    """A workbook of these sheets in order; ``merged`` ranges apply to every sheet."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        for cells in merged:
            sheet.merge_cells(cells)
    path = tmp_path / name
    book.save(path)
    return path


def result_of(path: Path, options: ImportOptions = OPTIONS) -> ImportResult:
    return load(path, options)


def plan_of(path: Path, options: ImportOptions = OPTIONS) -> PlanDoc:
    (plan,) = load(path, options).plans
    return plan


def actions(plan: PlanDoc) -> list[ActionDoc]:
    return [a for r in plan.recommendations for a in r.actions]


def refs_and_texts(plan: PlanDoc) -> list[tuple[str, str]]:
    return [(a.ref, a.text) for a in actions(plan)]


def failure(path: Path, options: ImportOptions = OPTIONS) -> str:
    with pytest.raises(ImportFailure) as caught:
        load(path, options)
    message = str(caught.value)
    assert "\n" not in message and "\r" not in message, message
    assert path.name in message, message
    return message


# ------------------------------------------------------------ encodings, delimiters

ROWS = [
    ["Improvement plan – £2m programme"],
    ["Recommendation", "Action", "Lead", "Deadline", "Progress"],
    ["1. Improve early help – now", "Write the strategy (£5k)", "Marina Kitchen", "March 2027", ""],
    ["", "Train staff", "Bill Basra", "Q4 2026/27", "Draft\nshared, with “quotes”"],
]


def check_rows_plan(plan: PlanDoc) -> None:
    assert plan.title == "Improvement plan – £2m programme"
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "Improve early help – now")]
    assert refs_and_texts(plan) == [("1.1", "Write the strategy (£5k)"), ("1.2", "Train staff")]
    first, second = actions(plan)
    assert (first.leads, second.leads) == (["Marina Kitchen"], ["Bill Basra"])
    assert (first.due, first.due_precision) == (D(2027, 3, 31), "month")
    assert (second.due, second.due_precision) == (D(2027, 3, 31), "quarter")  # Q4 of 2026/27
    assert first.updates == []
    assert [(u.date, u.text) for u in second.updates] == [(None, "Draft\nshared, with “quotes”")]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ","),  # UTF-8 with BOM, as Excel saves "CSV UTF-8"
        ("utf-16", "\t"),  # Excel's "Unicode text": UTF-16 LE with BOM, tab separated
        ("utf-16-be", "\t"),
        ("utf-8", ";"),
        ("utf-8", "\t"),
    ],
)
def test_encodings_and_delimiters_give_the_same_plan(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    baseline = plan_of(write(tmp_path, ROWS, name="baseline.csv"))
    check_rows_plan(baseline)
    if encoding == "utf-16-be":
        # a big-endian BOM then big-endian text
        out = io.StringIO(newline="")
        csv.writer(out, delimiter=delimiter).writerows(ROWS)
        path = tmp_path / "plan.csv"
        path.write_bytes(b"\xfe\xff" + out.getvalue().encode("utf-16-be"))
    else:
        path = write(tmp_path, ROWS, encoding, delimiter)
    plan = plan_of(path)
    check_rows_plan(plan)
    assert plan == baseline


def test_cp1252_dash_and_pound(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Notes"],
        ["Spend £2,000 – on training", "Jo Bloggs", "Ofsted’s view"],
    ]
    path = write(tmp_path, rows, encoding="cp1252")
    assert b"\x96" in path.read_bytes() and b"\xa3" in path.read_bytes()  # – and £ in cp1252
    (action,) = actions(plan_of(path))
    assert action.text == "Spend £2,000 – on training"
    assert action.updates[0].text == "Ofsted’s view"
    (tmp_path / "utf8").mkdir()
    assert plan_of(path) == plan_of(write(tmp_path / "utf8", rows))
    # the same bytes read with the encoding given explicitly
    assert plan_of(path, ImportOptions(today=TODAY, encoding="cp1252")) == plan_of(path)


def test_a_mac_csv_ended_by_carriage_returns_keeps_its_dashes_and_apostrophes(
    tmp_path: Path,
) -> None:
    # Excel for Mac's "CSV (Macintosh)": Mac Roman bytes (en dash 0xD0, apostrophe 0xD5)
    # and every line ended by a carriage return alone.
    rows = [
        ["No.", "Action", "Owner", "Update"],
        ["7", "Tidy the depot’s yard.", "Mo Grant", "02/11/2026 – Skip booked – £90."],
        ["9", "Paint the ‘Way out’ sign.", "Mo Grant", ""],
    ]
    path = write(tmp_path, rows, encoding="mac_roman", newline="\r")
    assert b"\xd0" in path.read_bytes() and b"\n" not in path.read_bytes()
    first, second = actions(plan_of(path))
    assert first.text == "Tidy the depot’s yard."
    assert first.updates[0].text == "02/11/2026 – Skip booked – £90."
    assert second.text == "Paint the ‘Way out’ sign."


def test_mac_roman_punctuation_is_told_from_windows_letters_by_where_it_stands(
    tmp_path: Path,
) -> None:
    rows = [
        ["No.", "Action", "Owner", "Update"],
        ["7", "Check the pupils’ lockers.", "Mo Grant", "02/11/2026 – Lockers checked."],
    ]
    # Mac Roman saved with line feeds: "pupilsÕ", "2026 Ð Lockers" as Windows letters
    mac = write(tmp_path, rows, encoding="mac_roman", newline="\n")
    (action,) = actions(plan_of(mac))
    assert action.text == "Check the pupils’ lockers."
    assert action.updates[0].text == "02/11/2026 – Lockers checked."
    # a Windows file's capitals in their words stay letters
    (tmp_path / "win").mkdir()
    names = [["No.", "Action", "Owner"], ["7", "Check the lockers.", "Élodie MUÑOZ"]]
    (action,) = actions(plan_of(write(tmp_path / "win", names, encoding="cp1252")))
    assert action.leads == ["Élodie MUÑOZ"]


def test_a_dos_csv_keeps_its_accented_names_and_pounds(tmp_path: Path) -> None:
    # Excel's "CSV (MS-DOS)" writes code page 850: 'é' 0x82, 'ë' 0x89, '£' 0x9C, which
    # Windows-1252 shows as '‚', '‰', 'œ' ("Ren‚e Marchetti", "œ12,000").
    rows = [
        ["Ref", "Action", "Lead"],
        ["1.1", "Clear the backlog using £12,000 of contractor time.", "Renée Marchetti"],
        ["1.2", "Inspect new cafés within 28 days.", "Zoë Gallagher"],
        ["1.3", "Train Hans Müller.", "Ana Núñez"],
    ]
    path = write(tmp_path, rows, encoding="cp850")
    assert b"\x82" in path.read_bytes() and b"\x9c" in path.read_bytes()
    first, second, third = actions(plan_of(path))
    assert first.text == "Clear the backlog using £12,000 of contractor time."
    assert first.leads == ["Renée Marchetti"]
    assert second.text == "Inspect new cafés within 28 days."
    assert second.leads == ["Zoë Gallagher"]
    assert (third.text, third.leads) == ("Train Hans Müller.", ["Ana Núñez"])


def test_a_windows_csv_with_the_bytes_dos_uses_for_letters_stays_windows(
    tmp_path: Path,
) -> None:
    # 0x82 '‚', 0x85 '…', 0x96 '–', 0x92 '’' are 'é', 'à', 'û', 'Æ' in code page 850
    rows = [
        ["Ref", "Action", "Lead"],
        ["1.1", "Review the council’s ‚low‘ ratings… – then report.", "Renée Marchetti"],
    ]
    path = write(tmp_path, rows, encoding="cp1252")
    (action,) = actions(plan_of(path))
    assert action.text == "Review the council’s ‚low‘ ratings… – then report."
    assert action.leads == ["Renée Marchetti"]


def test_a_windows_csv_cut_to_carriage_returns_keeps_its_accented_names(
    tmp_path: Path,
) -> None:
    # Windows-1252 with lines a tool ended by a carriage return alone, no dash nor quote
    # to tell by: as Mac Roman "café" would be "cafÈ" and "Núñez" "N˙Òez", capitals and
    # marks inside small words, which no Mac file reads as
    rows = [
        ["No.", "Action", "Owner"],
        ["1", "Open the community café on Fridays.", "Ana Núñez"],
        ["2", "Agree the menu with the volunteers.", "Zoë Ash"],
    ]
    path = write(tmp_path, rows, encoding="cp1252", newline="\r")
    assert b"\n" not in path.read_bytes()
    first, second = actions(plan_of(path))
    assert (first.text, first.leads) == ("Open the community café on Fridays.", ["Ana Núñez"])
    assert second.leads == ["Zoë Ash"]


def garbled(text: str) -> str:
    """The text as Excel shows a UTF-8 file it opened as Windows-1252 ('’' → 'â€™')."""
    return text.encode("utf-8").decode("cp1252")


def test_text_garbled_by_excel_reading_utf8_as_windows_1252_reads_as_meant(
    tmp_path: Path,
) -> None:
    # A UTF-8 export opened in Excel as Windows-1252 and saved again as "CSV UTF-8": its
    # older text arrives garbled, lines typed afterwards right, one cell holding both.
    older = "15/10/2026 – £1.6m of proposals agreed."
    newer = "18/11/2026 – A further £0.5m identified."
    rows = [
        ["No.", "Action", "Lead", "Update"],
        [
            "1",
            garbled("Review the council’s reserves – set a ‘minimum’ balance."),
            garbled("Renée Okafor"),
            garbled(older) + "\n" + newer,
        ],
        # real text with 'Ã' and 'Â' in it, no garbled sequence: as written
        ["2", "Twin with São Paulo’s council – 5 visits.", "JOÃO Âlves", ""],
        # garbled twice (opened and saved so two times): read as meant too
        ["3", garbled(garbled("Zoë’s plan")), garbled("Aoife Ní Bhriain"), ""],
    ]
    path = write(tmp_path, rows, encoding="utf-8-sig")
    first, second, third = actions(plan_of(path))
    assert first.text == "Review the council’s reserves – set a ‘minimum’ balance."
    assert first.leads == ["Renée Okafor"]
    assert [(u.date, u.text) for u in first.updates] == [
        (D(2026, 10, 15), older),
        (D(2026, 11, 18), newer),
    ]
    assert (second.text, second.leads) == (
        "Twin with São Paulo’s council – 5 visits.",
        ["JOÃO Âlves"],
    )
    # 'í' garbled is 'Ã' and a soft hyphen, which draws nothing on its own
    assert (third.text, third.leads) == ("Zoë’s plan", ["Aoife Ní Bhriain"])


def test_a_sign_or_capital_typed_right_beside_punctuation_in_a_garbled_cell_stays(
    tmp_path: Path,
) -> None:
    """In a cell garbled before it was saved, a line typed right afterwards may hold a
    capital or sign straight before punctuation or a pound sign ('CAFÉ’S', '4×£500'):
    read as garbled they were 'CAFɒS' and '4ף500', a lone IPA or Hebrew letter no plan
    writes. A garbled word of another script is all such letters, so it still reads."""
    newer = "18/11/2026 – THE CAFÉ’S LEASE: 4×£500 agreed."
    rows = [
        ["No.", "Action", "Lead", "Update"],
        ["1", "Review the café lease.", garbled("Renée Okafor"),
         garbled("15/10/2026 – NO₂ at 40 μg/m³ – Олена to chair.") + "\n" + newer],
    ]  # fmt: skip
    (action,) = actions(plan_of(write(tmp_path, rows, encoding="utf-8-sig")))
    assert action.leads == ["Renée Okafor"]
    assert [u.text for u in action.updates] == [
        "15/10/2026 – NO₂ at 40 μg/m³ – Олена to chair.",
        newer,
    ]


def test_an_explicit_encoding_that_does_not_fit_is_a_failure(tmp_path: Path) -> None:
    path = write(tmp_path, [["Action", "Lead"], ["Café visit", "Zoë Smith"]])
    message = failure(path, ImportOptions(today=TODAY, encoding="ascii"))
    assert "cannot decode as ascii" in message
    message = failure(path, ImportOptions(today=TODAY, encoding="no-such-codec"))
    assert "cannot decode as no-such-codec" in message


def test_quoted_multi_line_cells_and_crlf_inside_cells(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Progress"],
        ['Write "the" strategy,\r\nthen share it', "Jo Bloggs", "line one\rline two"],
    ]
    (action,) = actions(plan_of(write(tmp_path, rows)))
    assert action.text == 'Write "the" strategy,\nthen share it'
    assert action.updates[0].text == "line one\nline two"


def test_ragged_rows(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Deadline"],
        ["Long row", "Jo Bloggs", "May 2027", "extra cell", "and another"],
        ["Short row", "Al Smith"],
        ["Normal row", "Al Smith", "June 2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert refs_and_texts(plan) == [
        ("1.1", "Long row"),
        ("1.2", "Short row"),
        ("1.3", "Normal row"),
    ]
    long, short, normal = actions(plan)
    assert long.fields == {"Column 4": "extra cell", "Column 5": "and another"}
    assert (long.leads, short.leads, normal.leads) == (["Jo Bloggs"], ["Al Smith"], ["Al Smith"])
    assert (long.due, short.due, normal.due) == (D(2027, 5, 31), None, D(2027, 6, 30))


def test_control_characters_and_escape_sequences_are_removed(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Progress"],
        [
            "\x1b[31mRed\x1b[0m alert\x07",
            "Jo\x08 Bloggs\x1b[2J",
            "\x1b]0;set title\x07Done\x1b]8;;http://x\x1b\\ ok\x9b",
        ],
    ]
    (action,) = actions(plan_of(write(tmp_path, rows)))
    assert action.text == "Red alert"
    assert action.leads == ["Jo Bloggs"]
    assert action.updates[0].text == "Done ok"
    dumped = ExportDoc(plans=[plan_of(write(tmp_path, rows, name="again.csv"))]).model_dump_json()
    assert "\\u001b" not in dumped and "\\u0007" not in dumped


def test_a_vertical_tab_or_form_feed_is_a_line_break_not_nothing(tmp_path: Path) -> None:
    """A vertical tab is Word's manual line break (Shift+Enter) pasted into a cell, a form
    feed its page break: each parts two lines, as Unicode's line breaking rules hold both
    a mandatory break, so the dated entries they part stay two updates."""
    rows = [
        ["Action", "Lead", "Progress"],
        ["Audit cases", "Jo Bloggs", "12/06/2026 – Agreed.\x0b08/10/2026 – Checklist in use."],
        ["Recruit", "Al Smith", "03/07/2026 – Template agreed.\x0c16/11/2026 – 11 plans updated."],
    ]
    audit, recruit = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in audit.updates] == [
        (D(2026, 6, 12), "12/06/2026 – Agreed."),
        (D(2026, 10, 8), "08/10/2026 – Checklist in use."),
    ]
    assert [(u.date, u.text) for u in recruit.updates] == [
        (D(2026, 7, 3), "03/07/2026 – Template agreed."),
        (D(2026, 11, 16), "16/11/2026 – 11 plans updated."),
    ]


def test_a_status_or_lead_parted_by_a_word_line_break_reads_as_if_typed_on_two_lines(
    tmp_path: Path,
) -> None:
    """A narrow Word table's cells wrapped by hand (Shift+Enter) and pasted into a sheet:
    the status, the lead and the date read as the same cells typed with Alt+Enter would,
    where dropping the break ran the words together ('Ontrack', 'Al SmithHead of HR')."""
    rows = [
        ["Ref", "Action", "Lead", "Due", "Status"],
        [
            "1.1",
            "Review the case audit.",
            "Al Smith\x0bHead of HR",
            "31/03/2026\x0b",
            "On\x0btrack",
        ],
        ["1.2", "Recruit staff.", "Jo Bloggs", "30/06/2026", "Not\x0bstarted"],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.leads, first.due, first.status) == (["Al Smith"], D(2026, 3, 31), "in_progress")
    assert second.status == "not_started"


# ----------------------------------------------------------------------- Excel


def workbook(tmp_path: Path) -> Path:
    book = Workbook()
    cover = book.active
    cover.title = "Cover"
    cover["A1"] = "Children's services improvement plan"
    ws = book.create_sheet("Plan")
    ws.append(["Recommendation", "Action", "Lead", "Due"])
    ws.append(["Improve oversight", "Audit cases", "Sarah McLeod", dt.datetime(2027, 1, 31)])
    ws.append([None, "Review workloads", None, "Feb 2027"])
    ws.append([None, "Report to CMT", None, 2027])
    ws.append(["Reduce caseloads", "Recruit", "Jo Bloggs", None])
    ws.merge_cells("C2:C4")  # one lead written for three actions
    ws.merge_cells("A2:A4")
    path = tmp_path / "plan.xlsx"
    book.save(path)
    return path


def test_xlsx_merged_lead_cell_covers_every_action_row(tmp_path: Path) -> None:
    plan = plan_of(workbook(tmp_path), ImportOptions(today=TODAY, sheet="Plan"))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Improve oversight"),
        ("2", "Reduce caseloads"),
    ]
    audit, review, report = plan.recommendations[0].actions
    assert [a.text for a in (audit, review, report)] == [
        "Audit cases",
        "Review workloads",
        "Report to CMT",
    ]
    assert [a.leads for a in (audit, review, report)] == [["Sarah McLeod"]] * 3
    assert [(a.due, a.due_precision) for a in (audit, review, report)] == [
        (D(2027, 1, 31), "day"),  # a real Excel date
        (D(2027, 2, 28), "month"),
        (D(2027, 12, 31), "year"),  # the number 2027
    ]
    assert plan.recommendations[1].actions[0].leads == ["Jo Bloggs"]


def test_a_table_that_starts_in_column_b_keeps_its_notes_below_as_notes(tmp_path: Path) -> None:
    """Column A left empty as a margin: the lines under the table are still notes, not
    actions (they were read as actions 1.2 and 1.3 when column A counted as the first)."""
    rows = [
        [None, "Improvement plan"],
        [None, "Action", "Lead", "Due"],
        [None, "Audit cases", "Sarah McLeod", "31/01/2027"],
        [None, "Last updated: 31 January 2027"],
        [None, "Approved by the improvement board"],
    ]
    plan = plan_of(write_workbook(tmp_path, {"Sheet": rows}))
    assert refs_and_texts(plan) == [("1.1", "Audit cases")]
    assert plan.notes == "Last updated: 31 January 2027\nApproved by the improvement board"


def test_a_two_row_header_with_names_merged_down_is_one_header(tmp_path: Path) -> None:
    """ "Action" merged down two rows, "Accountable" over "Lead | Responsible": the lower
    row, filled by the merges, scored best, so the top row became the plan's title."""
    rows = [
        ["Action", "Accountable", None, "Due date", "Status", "RAG"],
        [None, "Lead", "Responsible"],
        ["Audit cases", "Jane Smith", "Priya Shah", "31/03/2027", "On track", "G"],
    ]
    merged = ("A1:A2", "B1:C1", "D1:D2", "E1:E2", "F1:F2")
    plan = plan_of(write_workbook(tmp_path, {"Sheet": rows}, merged, "supervision.xlsx"))
    assert plan.title == "supervision"
    (audit,) = actions(plan)
    assert (audit.leads, audit.responsible) == (["Jane Smith"], ["Priya Shah"])
    assert (audit.text, audit.due, audit.status, audit.rag) == (
        "Audit cases", D(2027, 3, 31), "in_progress", "green"
    )  # fmt: skip


# Seen in hold-out 201: an NHS trust's plan with narrow columns, each header caption
# broken over two rows, one cell above the other and nothing merged.


def test_captions_broken_over_two_rows_are_one_header(tmp_path: Path) -> None:
    rows = [
        ["Repairs plan", "", "", "", "", ""],
        ["No.", "What we", "Named", "Finish", "Status", "Progress"],
        ["", "will do", "owner", "by", "", "to date"],
        ["1.1", "Hire two surveyors.", "Sam Reid", "31/03/2027", "On track", "One hired."],
        ["1.2", "Buy a scheduling tool.", "Amy Lee", "30/11/2026", "Complete", "Bought."],
    ]
    plan = plan_of(write(tmp_path, rows))
    # the lower row is no action: each column named by both halves of its caption
    assert [(a.ref, a.text) for a in actions(plan)] == [
        ("1.1", "Hire two surveyors."),
        ("1.2", "Buy a scheduling tool."),
    ]
    hire, buy = actions(plan)
    assert (hire.leads, hire.due, hire.status) == (["Sam Reid"], D(2027, 3, 31), "in_progress")
    assert [u.text for u in hire.updates] == ["One hired."]
    assert [u.text for u in buy.updates] == ["Bought."]


def test_xlsx_sheet_choice(tmp_path: Path) -> None:
    path = workbook(tmp_path)
    # the first sheet is a cover page with no table: the plan's sheet is found by its table
    assert len(actions(plan_of(path))) == 4
    assert len(actions(plan_of(path, ImportOptions(today=TODAY, sheet="Plan")))) == 4
    assert "no header row found" in failure(path, ImportOptions(today=TODAY, sheet="Cover"))
    message = failure(path, ImportOptions(today=TODAY, sheet="Nope"))
    assert "no sheet named 'Nope' (sheets: Cover, Plan)" in message


def test_a_damaged_xlsx_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 20)
    assert "not a readable Excel file" in failure(path)


@pytest.mark.parametrize("name", ["plan.xlsx", "plan.xls", "plan.ods"])
@pytest.mark.parametrize("delimiter", [",", "\t"])
def test_text_saved_under_a_workbook_name_is_read_as_text(
    tmp_path: Path, name: str, delimiter: str
) -> None:
    """ "Export to Excel" of a finance or case system often writes CSV or tab text as .xls."""
    path = tmp_path / name
    rows = [["Ref", "Action", "Lead", "Due"], ["1.1", "Write the strategy", "Ann Lee", "31/3/2027"]]
    path.write_text("\n".join(delimiter.join(row) for row in rows) + "\n", encoding="utf-8")
    result = result_of(path)
    assert result.read_as == "read as text: the file is not a workbook"
    (action,) = actions(result.plans[0])
    assert (action.ref, action.text, action.leads) == ("1.1", "Write the strategy", ["Ann Lee"])
    assert action.due == dt.date(2027, 3, 31)


def test_the_sheet_read_says_how_the_file_was_read(tmp_path: Path) -> None:
    """How the file was read is decided once, where it is read: the sheet carries it
    (the import said so by opening the file again and deciding anew)."""
    from importers.read import read_sheets

    path = tmp_path / "plan.xlsx"
    path.write_text("Ref,Action\n1.1,Write the strategy\n", encoding="utf-8")
    assert read_sheets(path)[0].read_as == "read as text: the file is not a workbook"
    assert read_sheets(path.rename(tmp_path / "plan.csv"))[0].read_as == ""


@pytest.mark.parametrize(
    ("data", "looks"),
    [
        (b"<html><body><table><tr><td>Action</td></tr></table></body></html>", "a web page"),
        (b"%PDF-1.4\n\x00\x01\x02", "a PDF document"),
        (b"\x00\x01\x02binary\x00" * 40, "binary data"),
    ],
)
def test_a_workbook_name_on_neither_workbook_nor_text_says_what_it_looks_like(
    tmp_path: Path, data: bytes, looks: str
) -> None:
    path = tmp_path / "plan.xls"
    path.write_bytes(data)
    message = failure(path)
    assert message.startswith("plan.xls: not a workbook, though named .xls: it looks like " + looks)
    assert "\n" not in message


def test_a_real_workbook_is_not_said_to_be_read_as_text(tmp_path: Path) -> None:
    assert result_of(workbook(tmp_path)).read_as == ""


# --------------------------------------------------------------- layout rules


@pytest.mark.parametrize(
    ("label", "refs"),
    [("Key issue {} –", ["2", "3"]), ("Must do MD{}", ["MD2", "MD3"]), ("{}.", ["2", "3"])],
)
def test_a_heading_written_in_two_cells_heads_its_block(
    tmp_path: Path, label: str, refs: list[str]
) -> None:
    """ "Key issue 2 –" in the first cell and the issue beside it: a recommendation, not an
    action whose lead is the issue's wording."""
    rows = [
        ["Action", "Lead", "Due", "Status"],
        [label.format(2), "Improve supervision"],
        ["2.1 Refresh the policy", "Jane Smith", "31/03/2027", "Complete"],
        [label.format(3), "Reduce caseloads"],
        ["3.1 Recruit six social workers", "Amy Jones", "30/09/2027", "On track"],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [(refs[0], "Improve supervision"), (refs[1], "Reduce caseloads")]
    assert refs_and_texts(plan) == [
        ("2.1", "Refresh the policy"),
        ("3.1", "Recruit six social workers"),
    ]


def test_a_legend_above_the_table_is_a_note_not_the_title_nor_a_field(tmp_path: Path) -> None:
    """It was the plan's title, and a field 'Key' on every action; it still sets G to done."""
    rows = [
        ["Key: Green = Complete, Amber = On track, Red = Off track"],
        ["Action", "Lead", "RAG"],
        ["Refresh the policy", "Jane Smith", "G"],
        ["Recruit six social workers", "Amy Jones", "R"],
    ]
    plan = plan_of(write(tmp_path, rows, name="supervision.csv"))
    assert plan.title == "supervision"
    assert plan.notes == "Key: Green = Complete, Amber = On track, Red = Off track"
    policy, recruit = actions(plan)
    assert (policy.status, policy.rag, recruit.status, recruit.rag) == (
        "done", "green", "in_progress", "red"
    )  # fmt: skip
    assert policy.fields == {"RAG (as written)": "G"}


@pytest.mark.parametrize(
    ("action_refs", "refs"),
    [
        (["2.1", "2.2.", "3.1)"], ["2.1", "2.2", "3.1"]),
        (["(a)", "b)", "a."], ["2a", "2b", "3a"]),  # a list marker is the letter
        (["", "", ""], ["2.1", "2.2", "3.1"]),
    ],
)
def test_a_recommendation_row_in_the_ref_column_heads_its_block(
    tmp_path: Path, action_refs: list[str], refs: list[str]
) -> None:
    """ "2" in the Ref column and the recommendation beside it, alone on its row: it was an
    action of one recommendation 1, with no lead and no date. "(a)" in the Ref column
    under it is action 2a ("(a)" as written before)."""
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["2", "Improve supervision"],
        [action_refs[0], "Refresh the policy", "Jane Smith", "31/03/2027"],
        [action_refs[1], "Train every manager", "Raj Patel", "30/06/2027"],
        ["3", "Reduce caseloads"],
        [action_refs[2], "Recruit six social workers", "Amy Jones", "30/09/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [("2", "Improve supervision"), ("3", "Reduce caseloads")]
    assert refs_and_texts(plan) == [
        (refs[0], "Refresh the policy"),
        (refs[1], "Train every manager"),
        (refs[2], "Recruit six social workers"),
    ]


def test_numbered_headings_over_lettered_actions_head_their_blocks(tmp_path: Path) -> None:
    """ "2. Improve supervision" alone on its row, then "(a) …", "(b) …": the number heads
    recommendation 2 (both were actions of one recommendation 1 before)."""
    rows = [
        ["Action", "Lead", "Due"],
        ["2. Improve supervision"],
        ["(a) Refresh the policy", "Jane Smith", "31/03/2027"],
        ["(b) Train every manager", "Raj Patel", "30/06/2027"],
        ["3. Reduce caseloads"],
        ["(a) Recruit six social workers", "Amy Jones", "30/09/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [("2", "Improve supervision"), ("3", "Reduce caseloads")]
    assert [a.ref for a in actions(plan)] == ["2a", "2b", "3a"]


@pytest.mark.parametrize(
    "key",
    [["JS = Jane Smith", "AJ = Amy Jones"], ["Key to staff: Jane Smith (JS), Amy Jones (AJ)"]],
)
def test_a_key_of_initials_above_the_table_is_a_note_not_the_title(
    tmp_path: Path, key: list[str]
) -> None:
    """The first key row was the plan's title; it still resolves the initials."""
    rows = [[line] for line in key] + [
        ["Action", "Lead"],
        ["Refresh the policy", "JS"],
        ["Recruit six social workers", "AJ"],
    ]
    plan = plan_of(write(tmp_path, rows, name="supervision.csv"))
    assert (plan.title, plan.notes) == ("supervision", "\n".join(key))
    assert [a.leads for a in actions(plan)] == [["Jane Smith"], ["Amy Jones"]]


def test_banner_rows_become_fields_of_the_actions_under_them(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead"],
        ["Theme: Early help"],
        ["1.1", "Write the strategy", "Jo Bloggs"],
        ["1.2", "Consult partners", "Jo Bloggs"],
        ["Theme: Workforce"],
        ["2.1", "Recruit social workers", "Al Smith"],
        ["Quality assurance"],
        ["2.2", "Audit files", "Al Smith"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(a.ref, a.fields) for a in actions(plan)] == [
        ("1.1", {"Theme": "Early help"}),
        ("1.2", {"Theme": "Early help"}),
        ("2.1", {"Theme": "Workforce"}),
        ("2.2", {"Theme": "Workforce", "Section": "Quality assurance"}),
    ]


def test_a_repeated_header_row_mid_file_is_skipped(tmp_path: Path) -> None:
    rows = [
        ["Action plan"],
        ["Action", "Lead", "Deadline"],
        ["Write the strategy", "Jo Bloggs", "May 2027"],
        ["Action plan"],  # the title again, after a page break
        ["Action", "Lead", "Deadline"],
        ["Recruit social workers", "Al Smith", "June 2027"],
    ]
    result = result_of(write(tmp_path, rows))
    (plan,) = result.plans
    assert (plan.title, plan.notes) == ("Action plan", "")
    assert refs_and_texts(plan) == [
        ("1.1", "Write the strategy"),
        ("1.2", "Recruit social workers"),
    ]
    assert not any(a.text in ("Action", "Action plan") for a in actions(plan))
    assert [a.due for a in actions(plan)] == [D(2027, 5, 31), D(2027, 6, 30)]


def test_one_recommendation_per_row_is_a_list_of_actions(tmp_path: Path) -> None:
    rows = [
        ["Recommendation", "Lead", "Deadline", "RAG", "Progress"],
        ["Improve supervision", "Jo Bloggs", "31/03/2027", "A", "Audit started"],
        ["Reduce caseloads", "Al Smith", "June 2027", "Red", ""],
        ["Publish the plan", "Al Smith", "2026-10-01", "G", "Published"],
    ]
    plan = plan_of(write(tmp_path, rows))
    # nothing groups the rows: a tracker of one item per row is one list of actions
    assert [(r.ref, r.text, len(r.actions)) for r in plan.recommendations] == [("1", "", 3)]
    first, second, third = actions(plan)
    assert [a.ref for a in (first, second, third)] == ["1.1", "1.2", "1.3"]
    # rated, with no status column: under way
    assert [a.status for a in (first, second, third)] == ["in_progress"] * 3
    assert (first.ref, first.text, first.leads, first.due, first.due_precision, first.rag) == (
        "1.1",
        "Improve supervision",
        ["Jo Bloggs"],
        D(2027, 3, 31),
        "day",
        "amber",
    )
    assert [(u.date, u.text) for u in first.updates] == [(None, "Audit started")]
    assert (second.text, second.rag, second.due, second.updates) == (
        "Reduce caseloads",
        "red",
        D(2027, 6, 30),
        [],
    )
    assert (third.rag, third.due) == ("green", D(2026, 10, 1))


def test_numbering_leading_the_text_becomes_the_ref(tmp_path: Path) -> None:
    rows = [
        ["Recommendation", "Action"],
        ["3. Improve quality assurance", "1. Interim manager appointed"],
        ["", "2.1.1. Social Care to review audits"],
        ["", "Unnumbered step"],
        ["Recommendation 4: Hear children's views", "1) Survey children"],
        ["Ofsted recommendation 5 - Reduce drift", "Track plans"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("3", "Improve quality assurance"),
        ("4", "Hear children's views"),
        ("5", "Reduce drift"),
    ]
    assert refs_and_texts(plan) == [
        ("3.1", "Interim manager appointed"),
        ("2.1.1", "Social Care to review audits"),
        ("3.3", "Unnumbered step"),
        ("4.1", "Survey children"),
        ("5.1", "Track plans"),
    ]


def test_a_number_that_is_part_of_the_text_is_kept(tmp_path: Path) -> None:
    rows = [["Action", "Lead"], ["2017 review to be published", "Jo Bloggs"]]
    (action,) = actions(plan_of(write(tmp_path, rows)))
    assert (action.ref, action.text) == ("1.1", "2017 review to be published")


# ------------------------------------------------------------------------ people


def test_an_alias_defined_below_its_first_use_resolves_everywhere(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Responsible"],
        ["Draft the plan", "MK", ""],
        ["Agree the plan", "MK / BB", "BB"],
        ["Consult", "Bill Basra", ""],
        ["Publish the plan", "Marina Kitchen (MK)", "Bill Basra (BB)"],
    ]
    result = result_of(write(tmp_path, rows))
    draft, agree, consult, publish = actions(result.plans[0])
    assert draft.leads == ["Marina Kitchen"]
    assert draft.fields["Lead (as written)"] == "MK"
    assert agree.leads == ["Marina Kitchen", "Bill Basra"]
    assert agree.responsible == ["Bill Basra"]
    assert consult.leads == ["Bill Basra"]
    assert publish.leads == ["Marina Kitchen"] and publish.responsible == ["Bill Basra"]
    assert result.aliases == {"MK": "Marina Kitchen", "BB": "Bill Basra"}
    assert not any("not a known name" in w for w in result.warnings)


def test_unknown_initials_are_kept_with_a_warning(tmp_path: Path) -> None:
    rows = [["Action", "Lead"], ["Draft", "SMcL"], ["Agree", "JH SMcL"], ["Sign", "JH SMcL"]]
    result = result_of(write(tmp_path, rows))
    found = actions(result.plans[0])
    assert [a.leads for a in found] == [["SMcL"], ["JH", "SMcL"], ["JH", "SMcL"]]
    # the same cell on another row is kept as written again, but warned about once
    assert [a.fields.get("Lead (as written)") for a in found] == [None, "JH SMcL", "JH SMcL"]
    assert result.warnings == [
        "row 2: lead 'SMcL' is not a known name",
        "row 3: lead 'JH' is not a known name",
    ]


def test_names_with_different_spacing_and_case_come_out_identical(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Responsible"],
        ["One", "Bill Basra", "marina kitchen"],
        ["Two", "bill  basra", "Marina   Kitchen"],
        ["Three", " Bill\tBasra ", "Marina kitchen"],
        ["Four", "BILL basra", "marina KITCHEN"],
        ["Five", "Learning and Development", "Jo Bloggs and Al Smith"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.leads for a in found[:4]] == [["Bill Basra"]] * 4
    assert [a.responsible for a in found[:4]] == [["Marina Kitchen"]] * 4
    assert found[4].leads == ["Learning and Development"]  # a team, not two people
    assert found[4].responsible == ["Jo Bloggs", "Al Smith"]


def test_a_name_in_capitals_is_the_same_person(tmp_path: Path) -> None:
    rows = [["Action", "Lead"], ["One", "Bill Basra"], ["Two", "BILL BASRA"]]
    result = result_of(write(tmp_path, rows))
    assert [a.leads for a in actions(result.plans[0])] == [["Bill Basra"], ["Bill Basra"]]
    assert result.warnings == []


# ----------------------------------------------------------------------- options


def mapping_file(tmp_path: Path) -> Path:
    rows = [
        ["Plan for 2027"],
        ["Owner", "Thing to do", "Colour", "Budget"],
        ["Jo Bloggs", "Write it", "Green", "£5k"],
    ]
    return write(tmp_path, rows)


def test_explicit_mapping(tmp_path: Path) -> None:
    path = mapping_file(tmp_path)
    # without help, "Thing to do" means nothing: no action column, no header
    assert "no header row found" in failure(path)
    options = ImportOptions(
        today=TODAY,
        header_row=2,
        mapping={"Thing to do": "action", "owner": "responsible", "COLOUR": "rag"},
    )
    result = result_of(path, options)
    (action,) = actions(result.plans[0])
    assert (action.text, action.responsible, action.leads, action.rag) == (
        "Write it",
        ["Jo Bloggs"],
        [],
        "green",
    )
    # the RAG cell's wording is kept beside its meaning
    assert action.fields == {"Budget": "£5k", "Colour (as written)": "Green"}
    assert ("Owner", "responsible") in result.mapping
    assert ("Thing to do", "action") in result.mapping


def test_mapping_overrides_what_a_header_suggests(tmp_path: Path) -> None:
    rows = [["Action", "Owner", "Deadline"], ["Write it", "Jo Bloggs", "May 2027"]]
    path = write(tmp_path, rows)
    assert actions(plan_of(path))[0].leads == ["Jo Bloggs"]
    (action,) = actions(plan_of(path, ImportOptions(today=TODAY, mapping={"Owner": "responsible"})))
    assert (action.leads, action.responsible) == ([], ["Jo Bloggs"])
    (action,) = actions(plan_of(path, ImportOptions(today=TODAY, mapping={"Deadline": "ignore"})))
    assert (action.due, action.fields) == (None, {"Deadline": "May 2027"})


def test_unknown_mapping_field_and_missing_column_are_failures(tmp_path: Path) -> None:
    path = mapping_file(tmp_path)
    message = failure(path, ImportOptions(today=TODAY, mapping={"Owner": "boss"}))
    assert "--map Owner=boss: unknown field" in message and "responsible" in message
    message = failure(path, ImportOptions(today=TODAY, header_row=2, mapping={"Budgte": "action"}))
    assert "no column named 'Budgte'" in message and "Owner" in message


def test_header_row_option(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead"],  # a decoy that looks like a header
        ["Summary of the plan", ""],
        ["Action", "Lead", "Deadline"],
        ["Write it", "Jo Bloggs", "May 2027"],
    ]
    path = write(tmp_path, rows)
    plan = plan_of(path, ImportOptions(today=TODAY, header_row=3))
    assert refs_and_texts(plan) == [("1.1", "Write it")]
    assert actions(plan)[0].due == D(2027, 5, 31)
    assert plan.title == "Action Lead"  # rows above the chosen header are its title rows
    assert "--header-row 99 is past the end of the file (4 rows)" in failure(
        path, ImportOptions(today=TODAY, header_row=99)
    )
    # a one-cell caption line given as the header: refused, naming the row and the way out
    assert "row 2 has no column headed like an action (its cells: Summary of the plan)" in failure(
        path, ImportOptions(today=TODAY, header_row=2)
    )


# ---------------------------------------------------------------- our own formats

HOSTILE = [
    "=1+1",
    "+44 20 7946 0000",
    "@x",
    "-1",
    "- bullet",
    "'=y",
    "''=z",
    "'plain quote",
    "[bold]x[/]",
    "two\nlines",
    "🎉 done",
    "שלום עולם",
    'comma, "quotes"',
    "\t=tab first",
]


def hostile_plan() -> PlanDoc:
    return PlanDoc(
        title="=Round [trip] 🎉",
        notes="@notes\nsecond line",
        fields={"Columns": "-x", "=k": "+v"},
        recommendations=[
            RecommendationDoc(
                ref="1",
                text="=rec",
                fields={"k": "@v"},
                actions=[
                    ActionDoc(
                        ref=f"1.{i}",
                        text=t,
                        leads=[f"Person {i}", t.strip()],
                        responsible=["Marina Kitchen"] if i % 2 else [],
                        due=D(2027, 1, i),
                        due_text=t.strip(),
                        due_precision="day",
                        status="blocked",
                        rag="red",
                        fields={"Note": t, t.strip(): "value"},
                        updates=[
                            UpdateDoc(date=D(2026, 1, i), text=t, status="done"),
                            UpdateDoc(date=TODAY, text="latest " + t),
                            UpdateDoc(date=None, text="undated " + t),
                        ],
                    )
                    for i, t in enumerate(HOSTILE, 1)
                ],
            ),
            RecommendationDoc(
                ref="2",
                text="שלום",
                actions=[ActionDoc(ref="2.1", text="Plain", status="done", due_text="Ongoing")],
            ),
        ],
    )


def own_csv(tmp_path: Path, docs: list[PlanDoc], encoding: str = "utf-8-sig") -> Path:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(OWN_CSV_HEADER)
    for doc in docs:
        writer.writerows(plan_rows(doc))
    path = tmp_path / "export.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8"])
def test_our_csv_round_trips_exactly(tmp_path: Path, encoding: str) -> None:
    path = own_csv(tmp_path, [hostile_plan()], encoding)
    text = path.read_bytes().decode(encoding)
    # formula-safe: no cell starts with = + @ or a tab
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t")), cell
    result = load(path, OPTIONS)
    assert result.plans == [hostile_plan()]
    assert result.mapping == [] and result.warnings == []


def test_our_csv_keeps_several_plans_apart(tmp_path: Path) -> None:
    other = hostile_plan().model_copy(update={"title": "Second plan"})
    path = own_csv(tmp_path, [hostile_plan(), other])
    assert load(path, OPTIONS).plans == [hostile_plan(), other]


def test_our_csv_round_trips_updates_full_of_semicolons(tmp_path: Path) -> None:
    note = "; ".join(f"item {i}" for i in range(13))  # 12 semicolons, minutes style
    doc = PlanDoc(
        title="Minutes",
        recommendations=[
            RecommendationDoc(
                ref="1",
                text="Rec",
                actions=[
                    ActionDoc(
                        ref=f"1.{i}", text=f"Action {i}", updates=[UpdateDoc(date=TODAY, text=note)]
                    )
                    for i in range(1, 6)
                ],
            )
        ],
    )
    assert load(own_csv(tmp_path, [doc]), OPTIONS).plans == [doc]


def test_our_csv_keeps_an_apostrophe_before_a_number(tmp_path: Path) -> None:
    # "'0" written as is would be read back as Excel's text marker before 0
    action = ActionDoc(ref="1.1", text="'12", due_text="'0")
    doc = PlanDoc(title="P", recommendations=[RecommendationDoc(ref="1", actions=[action])])
    assert load(own_csv(tmp_path, [doc]), OPTIONS).plans == [doc]


def test_our_csv_with_a_bad_cell_names_the_row(tmp_path: Path) -> None:
    rows = [list(OWN_CSV_HEADER), [""] * len(OWN_CSV_HEADER)]
    rows[1][0:5] = ["Plan", "1", "Rec", "1.1", "Act"]
    rows[1][OWN_CSV_HEADER.index("Status")] = "finished"
    message = failure(write(tmp_path, rows))
    assert "row 2" in message and "status" in message


def test_our_json_export_round_trips_exactly(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(ExportDoc(plans=[hostile_plan()]).model_dump_json(), encoding="utf-8")
    assert load(path, OPTIONS).plans == [hostile_plan()]
    # the JSON is recognised by its content too, whatever the file is called
    other = tmp_path / "export.txt"
    other.write_bytes(b"\n  " + path.read_bytes())
    assert load(other, OPTIONS).plans == [hostile_plan()]


def test_our_json_export_saved_with_a_bom_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(b"\xef\xbb\xbf" + ExportDoc(plans=[hostile_plan()]).model_dump_json().encode())
    assert load(path, OPTIONS).plans == [hostile_plan()]


def test_json_export_plan_choice(tmp_path: Path) -> None:
    other = hostile_plan().model_copy(update={"title": "Second plan"})
    path = tmp_path / "export.json"
    path.write_text(ExportDoc(plans=[hostile_plan(), other]).model_dump_json())
    assert load(path, ImportOptions(today=TODAY, plan_title="second PLAN")).plans == [other]
    assert "no plan titled 'Nope'" in failure(path, ImportOptions(today=TODAY, plan_title="Nope"))


# ------------------------------------------------------------------------ bad input


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"\xef\xbb\xbf\r\n   \r\n\r\n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(200), "binary file"),
        (b"Action,Lead,Deadline\r\n", "has no rows under it"),
        (b"Action,Lead,Deadline\r\n,,\r\n", "has no rows under it"),
        (b"the quick brown fox\njumps over the lazy dog\nagain and again\n", "no header row"),
        (b"Name,Date,Amount\nJo,2020-01-01,3\nAl,2021-02-02,4\n", "no header row"),
        (b"Lead,Deadline\nJo Bloggs,May 2027\n", "no header row"),
        (b'{"format": "actionplan/1", "plans": [', "not an actionplan export"),
        (b'{"format": "actionplan/1", "plans": [{"title": ""}]}', "not an actionplan export"),
        (b'{"format": "someone-else", "plans": []}', "not an actionplan export"),
        (b'{"plans": [{"title": "T", "extra": 1}]}', "not an actionplan export"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad input.csv"
    path.write_bytes(content)
    assert expected in failure(path)


def test_a_row_worded_like_a_header_with_nothing_under_it_is_a_row_of_the_table(
    tmp_path: Path,
) -> None:
    # 'Title' names no column, so the last row's captions score higher than the header
    path = write(
        tmp_path,
        [
            ["Title", "Action owner", "Due date", "Progress"],
            ["Review the tenancy audit findings with every housing officer", "Jane Smith",
             "31/03/2026", "On track"],
            ["Publish a revised complaints procedure for all residents", "Tom Jones",
             "30/06/2026", "Started"],
            ["Train each front-line officer in the new case system", "Ann Lee",
             "30/09/2026", "Not started"],
            ["Action plan", "Lead officer", "Status update", ""],
        ],
    )  # fmt: skip
    got = actions(plan_of(path))
    assert [(a.text, a.leads) for a in got] == [
        ("Review the tenancy audit findings with every housing officer", ["Jane Smith"]),
        ("Publish a revised complaints procedure for all residents", ["Tom Jones"]),
        ("Train each front-line officer in the new case system", ["Ann Lee"]),
        ("Action plan", ["Lead officer"]),
    ]
    assert [a.due for a in got[:3]] == [D(2026, 3, 31), D(2026, 6, 30), D(2026, 9, 30)]
    assert "Status update" in got[3].due_text + str(got[3].fields)
    said = "\n".join(explain(stages(path, OPTIONS)))
    assert "row 5 read like a header but has no rows under it" in said


def test_malformed_json_file(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('{"format": "actionplan/1",\n "plans": [{"title": "T",,}]}\n')
    assert "not an actionplan export" in failure(path)
    path.write_text("not json at all\nsecond line\n")
    assert "not an actionplan export" in failure(path)


def test_a_header_with_no_action_or_recommendation_column(tmp_path: Path) -> None:
    path = write(tmp_path, [["Name", "Date", "Amount"], ["Jo", "2020-01-01", "3"]])
    message = failure(path, ImportOptions(today=TODAY, header_row=1))
    assert "header on row 1 has no action or recommendation column" in message
    assert "(columns: Name, Date, Amount)" in message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in failure(tmp_path / "missing.csv")
    folder = tmp_path / "plans.csv"
    folder.mkdir()
    assert "is a directory" in failure(folder)


def test_failure_listing_columns_stays_one_line_with_multi_line_headers(tmp_path: Path) -> None:
    path = write(tmp_path, [["Name", "Date of\nbirth", "Amount"], ["Jo", "2020", "3"]])
    failure(path, ImportOptions(today=TODAY, header_row=1))


# -------------------------------------------------------------------- lossless


def test_two_extra_columns_with_the_same_header_both_keep_their_cells(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Budget", "Budget"],
        ["Write it", "Jo Bloggs", "£5k revenue", "£2k capital"],
    ]
    kept = ExportDoc(plans=[plan_of(write(tmp_path, rows))]).model_dump_json()
    assert "£5k revenue" in kept and "£2k capital" in kept


def test_a_two_row_header_repeated_after_a_page_break_is_read_as_the_header(
    tmp_path: Path,
) -> None:
    """Its second row ("Original | Revised") alone names no columns: it became an action
    "(row 6)" with 'Original' and 'Revised' as its dates' wording."""
    head = [["Action", "Lead", "Timescale", ""], ["", "", "Original", "Revised"]]
    rows = [
        *head,
        ["Audit cases", "Jane Smith", "31/03/2027", ""],
        ["Recruit six social workers", "Amy Jones", "30/06/2027", "30/09/2027"],
        *head,
        ["Review caseload weighting", "Jane Smith", "31/12/2027", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(a.text, a.due) for a in actions(plan)] == [
        ("Audit cases", D(2027, 3, 31)),
        ("Recruit six social workers", D(2027, 9, 30)),
        ("Review caseload weighting", D(2027, 12, 31)),
    ]


def test_a_banner_and_a_column_with_the_same_name_both_keep_their_text(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Summary"],
        ["Summary: the banner text"],
        ["Write it", "Jo Bloggs", "the cell text"],
    ]
    kept = ExportDoc(plans=[plan_of(write(tmp_path, rows))]).model_dump_json()
    assert "the banner text" in kept and "the cell text" in kept


# ---------------------------------------------------------------------- memory


def test_memory_is_collected_again_after_an_import_succeeds_or_fails(tmp_path: Path) -> None:
    """Imports pause the cycle collector; a long TUI session must get it back."""
    plan_of(write(tmp_path, [["Action", "Lead"], ["Write it", "Jo Bloggs"]]))
    assert gc.isenabled()
    failure(write(tmp_path, [["Nothing"], ["to see"]], name="bad.csv"))
    assert gc.isenabled()


# Seen in a user check (5 Dec 2026): a school's workbook opens with a cover sheet (the
# trust, the inspection's dates, the version approved) and keeps a key on its own sheet;
# the import dropped both, though nothing a user imports is to be lost.
def test_the_text_of_a_workbooks_other_sheets_is_kept_in_the_plans_notes(
    tmp_path: Path,
) -> None:
    cover = [
        ["Oakfield Academy Trust"],
        ["Post-Ofsted Action Plan"],
        ["Inspection: 14–15 May 2026"],
        [],
        ["Version 3, approved by Trust Board 2 Oct 2026"],
    ]
    plan = [
        ["Oakfield Academy – Post-Ofsted Action Plan 2026-27"],
        ["No.", "Action", "Lead", "Deadline"],
        ["1.1", "Map the history curriculum from EYFS to Y6", "DHT", "20/07/2026"],
        ["1.2", "Monitor delivery each half term", "Subject leaders", "18/12/2026"],
    ]
    key = [["Initials", "Name"], ["DHT", "Deputy Headteacher"]]
    found = plan_of(write_workbook(tmp_path, {"Cover": cover, "Action Plan": plan, "Key": key}))
    assert found.title == "Oakfield Academy – Post-Ofsted Action Plan 2026-27"
    assert [a.ref for a in actions(found)] == ["1.1", "1.2"]  # still the plan's sheet
    assert found.notes.splitlines() == [
        "Cover:",
        "Oakfield Academy Trust",
        "Post-Ofsted Action Plan",
        "Inspection: 14–15 May 2026",
        "Version 3, approved by Trust Board 2 Oct 2026",
        "Key:",
        "Initials | Name",
        "DHT | Deputy Headteacher",
    ]
