"""Each importer rule on a small file of its own."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import Workbook

from importers import ImportFailure, ImportOptions, load
from importers.own_csv import OWN_CSV_HEADER, plan_rows
from store.models import ActionDoc, ExportDoc, PlanDoc, RecommendationDoc, UpdateDoc
from tests.conftest import TODAY

OPTIONS = ImportOptions(today=TODAY)
ROWS = [
    ["Improvement plan – £2m programme"],
    ["Recommendation", "Action", "Lead", "Deadline", "Progress"],
    [
        "1. Improve early help",
        "Write the strategy",
        "Marina Kitchen",
        "March 2027",
        "Draft\nshared",
    ],
    ["", "Train staff", "Bill Basra", "Q4 2026/27", ""],
]


def write(
    tmp_path: Path,
    rows: list[list[str]],
    encoding: str = "utf-8",
    delimiter: str = ",",
    name: str = "plan.csv",
) -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter).writerows(rows)
    path = tmp_path / name
    path.write_bytes(out.getvalue().encode(encoding))
    return path


def plan_of(path: Path, options: ImportOptions = OPTIONS) -> PlanDoc:
    (plan,) = load(path, options).plans
    return plan


def texts(plan: PlanDoc) -> list[tuple[str, str]]:
    return [(a.ref, a.text) for r in plan.recommendations for a in r.actions]


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [
        ("utf-8", ","),
        ("utf-8-sig", ","),
        ("utf-16", "\t"),
        ("cp1252", ","),
        ("utf-8", ";"),
        ("utf-8", "\t"),
    ],
)
def test_encodings_and_delimiters_read_the_same(
    tmp_path: Path, encoding: str, delimiter: str
) -> None:
    plan = plan_of(write(tmp_path, ROWS, encoding, delimiter))
    assert plan.title == "Improvement plan – £2m programme"
    assert texts(plan) == [("1.1", "Write the strategy"), ("1.2", "Train staff")]
    first, second = plan.recommendations[0].actions
    assert first.updates[0].text == "Draft\nshared"  # quoted multi-line cell
    assert (first.due, second.due) == (dt.date(2027, 3, 31), dt.date(2027, 3, 31))
    assert plan.recommendations[0].text == "Improve early help"


def test_ragged_rows_and_control_characters(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead"],
        ["\x1b[31mRed\x1b[0m alert\x07", "Jo Bloggs", "extra cell"],
        ["Short row", "Al Smith"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert texts(plan) == [("1.1", "Red alert"), ("1.2", "Short row")]
    assert plan.recommendations[0].actions[0].fields == {"Column 3": "extra cell"}


def test_xlsx_with_merged_lead_and_sheet_choice(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Cover"
    book.active["A1"] = "Nothing here"
    ws = book.create_sheet("Plan")
    ws.append(["Recommendation", "Action", "Lead", "Due"])
    ws.append(["Improve oversight", "Audit cases", "Sarah McLeod", dt.datetime(2027, 1, 31)])
    ws.append([None, "Review workloads", None, "Feb 2027"])
    ws.append([None, "Report to CMT", None, 2027])
    ws.merge_cells("C2:C4")
    ws.merge_cells("A2:A4")
    path = tmp_path / "plan.xlsx"
    book.save(path)
    plan = plan_of(path, ImportOptions(today=TODAY, sheet="Plan"))
    actions = plan.recommendations[0].actions
    assert [a.leads for a in actions] == [["Sarah McLeod"]] * 3
    assert [a.due for a in actions] == [
        dt.date(2027, 1, 31),
        dt.date(2027, 2, 28),
        dt.date(2027, 12, 31),
    ]
    with pytest.raises(ImportFailure, match="no sheet named 'Nope' \\(sheets: Cover, Plan\\)"):
        load(path, ImportOptions(today=TODAY, sheet="Nope"))


def test_banners_and_repeated_headers(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead"],
        ["Theme: Early help"],
        ["1.1", "Write the strategy", "Jo Bloggs"],
        ["Ref", "Action", "Lead"],
        ["Theme: Workforce"],
        ["2.1", "Recruit social workers", "Al Smith"],
    ]
    plan = plan_of(write(tmp_path, rows))
    found = [a for r in plan.recommendations for a in r.actions]
    assert [(a.ref, a.fields.get("Theme")) for a in found] == [
        ("1.1", "Early help"),
        ("2.1", "Workforce"),
    ]


def test_one_row_per_recommendation(tmp_path: Path) -> None:
    rows = [
        ["Recommendation", "Lead officer", "Target date", "RAG", "Progress update"],
        ["Improve supervision", "Jo Bloggs", "31/03/2027", "A", "Started"],
        ["Reduce caseloads", "Al Smith", "2027-06-30", "red", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Improve supervision"),
        ("2", "Reduce caseloads"),
    ]
    first = plan.recommendations[0].actions[0]
    assert (first.text, first.leads, first.due, first.rag) == (
        "Improve supervision",
        ["Jo Bloggs"],
        dt.date(2027, 3, 31),
        "amber",
    )
    assert first.updates[0].text == "Started"


def test_numbering_leading_the_text(tmp_path: Path) -> None:
    rows = [
        ["Recommendation", "Action"],
        ["Recommendation 3: Improve QA", "1. Interim manager appointed"],
        ["", "2.1.1. Social Care to review audits"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert plan.recommendations[0].ref == "3"
    assert texts(plan) == [
        ("3.1", "Interim manager appointed"),
        ("2.1.1", "Social Care to review audits"),
    ]


def test_aliases_resolve_above_their_definition_and_spellings_merge(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Responsible"],
        ["Draft the plan", "MK", "bill  basra"],
        ["Agree the plan", "MK / BB", ""],
        ["Publish the plan", "Marina Kitchen (MK) & Bill Basra (BB)", "Learning and Development"],
    ]
    result = load(write(tmp_path, rows), OPTIONS)
    actions = result.plans[0].recommendations[0].actions
    assert [a.leads for a in actions] == [
        ["Marina Kitchen"],
        ["Marina Kitchen", "Bill Basra"],
        ["Marina Kitchen", "Bill Basra"],
    ]
    assert actions[0].responsible == ["Bill Basra"]
    assert actions[2].responsible == ["Learning and Development"]  # a role is not split
    assert not any("not a known name" in w for w in result.warnings)


def test_explicit_mapping_and_header_row(tmp_path: Path) -> None:
    rows = [
        ["Plan for 2027"],
        ["notes"],
        ["Owner", "Thing to do", "Colour"],
        ["Jo Bloggs", "Write it", "Green"],
    ]
    path = write(tmp_path, rows)
    options = ImportOptions(
        today=TODAY,
        header_row=3,
        mapping={"Thing to do": "action", "owner": "responsible", "Colour": "rag"},
    )
    action = plan_of(path, options).recommendations[0].actions[0]
    assert (action.text, action.responsible, action.leads, action.rag) == (
        "Write it",
        ["Jo Bloggs"],
        [],
        "green",
    )
    with pytest.raises(ImportFailure, match="unknown field"):
        load(path, ImportOptions(today=TODAY, mapping={"Owner": "boss"}))
    with pytest.raises(ImportFailure, match="no column named 'Budget'"):
        load(path, ImportOptions(today=TODAY, header_row=3, mapping={"Budget": "action"}))


HOSTILE = [
    "=1+1",
    "+44",
    "@x",
    "-1",
    "- bullet",
    "'=y",
    "[bold]x[/]",
    "two\nlines",
    "🎉 done",
    "שלום",
]


def hostile_plan() -> PlanDoc:
    return PlanDoc(
        title="Round [trip]",
        notes="=notes",
        fields={"Columns": "-x"},
        recommendations=[
            RecommendationDoc(
                ref="1",
                text="=rec",
                fields={"k": "@v"},
                actions=[
                    ActionDoc(
                        ref=f"1.{i}",
                        text=t,
                        leads=[f"Person {i}"],
                        due=dt.date(2027, 1, i),
                        due_text=t,
                        due_precision="day",
                        status="blocked",
                        rag="red",
                        fields={"Note": t},
                        updates=[UpdateDoc(date=TODAY, text=t, status="done")],
                    )
                    for i, t in enumerate(HOSTILE, 1)
                ],
            )
        ],
    )


def test_our_csv_round_trips_exactly(tmp_path: Path) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(OWN_CSV_HEADER)
    writer.writerows(plan_rows(hostile_plan()))
    assert "\n=1+1" not in out.getvalue() and ",=1+1" not in out.getvalue()
    path = tmp_path / "export.csv"
    path.write_text(out.getvalue(), encoding="utf-8-sig")
    assert plan_of(path) == hostile_plan()


def test_our_json_round_trips_exactly(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(ExportDoc(plans=[hostile_plan()]).model_dump_json())
    assert plan_of(path) == hostile_plan()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (b"Action,Lead\n", "has no rows under it"),
        (b"the quick brown fox\njumps over the lazy dog\n", "no header row found"),
        (b"Name,Date,Amount\nJo,2020-01-01,3\n", "no header row found"),
        (b'{"format": "actionplan/1", "plans": [{"title": ""}]}', "not an actionplan export"),
        (b"Lead,Deadline\nJo,May 2027\n", "no header row found"),
    ],
)
def test_bad_input_is_one_line_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFailure) as error:
        load(path, OPTIONS)
    assert message in str(error.value) and "bad.csv" in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ImportFailure, match="no such file"):
        load(tmp_path / "missing.csv", OPTIONS)
    with pytest.raises(ImportFailure, match="is a directory"):
        load(tmp_path, OPTIONS)
