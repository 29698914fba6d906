"""Rules found on the eighteenth hold-out set: a monthly tracker whose sheets ("Oct 26",
"Nov 26", "Dec 26") are snapshots of one plan; a RAG column per month ("RAG Oct", "RAG
Nov", "RAG Dec"). Each on a small file written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from tests.importers.test_import_rules import actions, plan_of, result_of, write, write_workbook

HEADER = ["Ref", "Action", "Lead", "Status", "Monthly update"]


def tracker(path: Path, months: list[tuple[str, list[list[str]]]]) -> Path:
    """A workbook of a cover sheet, then one sheet per month, in the order given."""
    book = Workbook()
    book.active.title = "Cover"
    book.active.append(["Each monthly sheet is a snapshot; the latest is current."])
    for name, rows in months:
        sheet = book.create_sheet(name)
        for row in [["Kirkby Council – recovery plan"], [], HEADER, *rows]:
            sheet.append(row)
    book.save(path)
    return path


OCT = [
    ["A1", "Recruit two officers.", "Jo Bell", "In progress", "Interviews held."],
    ["A2", "Triage every request.", "Kim Moss", "Not started", ""],
    ["A3", "Withdraw the paper form.", "Kim Moss", "Not started", "Form still in use."],
]
NOV = [
    ["A1", "Recruit two officers.", "Jo Bell", "Complete", "Both started."],
    ["A2", "Triage every request.", "Kim Moss", "In progress", "148 of 212 triaged."],
    ["A4", "Name a contact per directorate.", "Kim Moss", "Not started", "Added in November."],
]
DEC = [
    ["A1", "Recruit two officers.", "Jo Bell", "Complete", "Both started."],
    ["A2", "Triage every request.", "Kim Moss", "Complete", "All written to."],
    ["A4", "Name a contact per directorate.", "Kim Moss", "In progress", ""],
]


def test_the_latest_month_is_the_plan_and_earlier_months_its_dated_history(
    tmp_path: Path,
) -> None:
    # sheet order is not date order: the names say which month is latest
    path = tracker(tmp_path / "t.xlsx", [("Dec 26", DEC), ("Oct 26", OCT), ("Nov 26", NOV)])
    result = result_of(path)
    assert result.sheet.startswith("'Dec 26' (the latest of 3 snapshots")
    by_ref = {a.ref: a for a in actions(result.plans[0])}
    assert by_ref["A2"].status == "done"  # December's status
    # each month's update dated at its end; a month repeating the last adds nothing
    assert [(u.date, u.text) for u in by_ref["A1"].updates] == [
        (dt.date(2026, 10, 31), "Interviews held."),
        (dt.date(2026, 11, 30), "Both started."),
    ]
    assert [(u.date, u.text) for u in by_ref["A2"].updates] == [
        (dt.date(2026, 11, 30), "148 of 212 triaged."),
        (dt.date(2026, 12, 31), "All written to."),
    ]
    # an action new in November starts then
    assert [u.date for u in by_ref["A4"].updates] == [dt.date(2026, 11, 30)]
    # an earlier month's status is kept where the next month changed it
    assert by_ref["A1"].fields["Status (as written) (Oct 26)"] == "In progress"


def test_an_action_the_latest_month_no_longer_lists_is_kept(tmp_path: Path) -> None:
    path = tracker(tmp_path / "t.xlsx", [("Oct 26", OCT), ("Nov 26", NOV), ("Dec 26", DEC)])
    gone = {a.ref: a for a in actions(result_of(path).plans[0])}["A3"]
    assert gone.fields["Last listed"] == "Oct 26"
    assert [(u.date, u.text) for u in gone.updates] == [
        (dt.date(2026, 10, 31), "Form still in use.")
    ]


def test_month_sheets_of_different_actions_are_parts_not_snapshots(tmp_path: Path) -> None:
    """Sheets named by month whose refs differ (a plan split by month) are one plan."""
    later = [[f"B{r[0][1:]}", *r[1:]] for r in NOV]
    path = tracker(tmp_path / "t.xlsx", [("Oct 26", OCT), ("Nov 26", later)])
    refs = [a.ref for a in actions(result_of(path).plans[0])]
    assert refs == ["A1", "A2", "A3", "B1", "B2", "B4"]


def test_the_latest_month_with_a_rating_is_the_rag_and_the_others_stay_fields(
    tmp_path: Path,
) -> None:
    rows = [
        ["Key: Blue = complete."],
        ["Ref", "Action", "Owner", "RAG Oct", "RAG Nov", "RAG Dec"],
        ["1.1", "Recruit two trustees.", "Dev Kapoor", "Amber", "Green", "Blue"],
        ["1.2", "Set up an audit committee.", "Lena Marsh", "Red", "Amber", ""],
        ["1.3", "Agree a three-year budget.", "Lena Marsh", "Amber", "Amber", "Red"],
    ]
    by_ref = {a.ref: a for a in actions(plan_of(write(tmp_path, rows)))}
    assert (by_ref["1.3"].status, by_ref["1.3"].rag) == ("in_progress", "red")
    # a blank December leaves November's rating standing: nobody re-rated it
    assert by_ref["1.2"].rag == "amber"
    # the legend's Blue closes the action
    assert (by_ref["1.1"].status, by_ref["1.1"].rag) == ("done", None)
    assert by_ref["1.2"].fields == {"RAG Oct": "Red", "RAG Nov": "Amber"}


def test_monthly_status_columns_dated_in_full_are_read_in_date_order(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Status Jan 2027", "Status Dec 2026"],
        ["1.1", "Publish the access guide.", "Sam Lee", "", "Complete"],
        ["1.2", "Train front-of-house staff.", "Sam Lee", "On hold", "In progress"],
    ]
    by_ref = {a.ref: a for a in actions(plan_of(write(tmp_path, rows)))}
    assert by_ref["1.1"].status == "done"
    assert by_ref["1.2"].status == "blocked"  # January is later, though written first
    assert by_ref["1.2"].fields["Status Dec 2026"] == "In progress"


def test_snapshots_without_refs_match_actions_by_their_words(tmp_path: Path) -> None:
    """A plan numbering nothing: November inserts an action above the others, and
    each history stays with its action, not with the row number."""
    header = ["Action", "Lead", "Status", "Monthly update"]
    oct_rows = [
        ["Recruit two officers.", "Jo Bell", "In progress", "Interviews held."],
        ["Triage every request.", "Kim Moss", "In progress", "148 triaged."],
    ]
    nov_rows = [["Name a contact per directorate.", "Kim Moss", "Not started", "Added."]]
    nov_rows += [r[:3] + [f"{r[3]} Still going."] for r in oct_rows]
    sheets = {"Oct 26": [header, *oct_rows], "Nov 26": [header, *nov_rows]}
    plan = result_of(write_workbook(tmp_path, sheets, name="t.xlsx")).plans[0]
    history = {a.text: [u.text for u in a.updates] for a in actions(plan)}
    assert history == {
        "Name a contact per directorate.": ["Added."],
        "Recruit two officers.": ["Interviews held.", "Interviews held. Still going."],
        "Triage every request.": ["148 triaged.", "148 triaged. Still going."],
    }
