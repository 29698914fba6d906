"""The plan's title from the rows above the table.

Plans are matched on re-import by their title, and many open with the
organisation alone, so a council's audit plan and its ICO plan both came out as
"Harcourt District Council" and the second import merged into the first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers import load
from store import Store
from store.docs import PlanDoc
from tests.importers.test_import_rules import OPTIONS, actions, plan_of, write, write_workbook

_TABLE = [
    ["Ref", "Action", "Lead", "Due"],
    ["1.1", "Review the policy.", "Jane Smith", "31/03/2026"],
]


def test_an_organisation_alone_is_joined_with_the_row_naming_the_plan(tmp_path: Path) -> None:
    rows = [["Harcourt District Council"], ["Annual Governance Statement – action plan"], *_TABLE]
    plan = plan_of(write(tmp_path, rows))
    assert plan.title == "Harcourt District Council – Annual Governance Statement – action plan"


def test_a_first_row_naming_the_plan_stays_the_title(tmp_path: Path) -> None:
    rows = [["Harcourt District Council – ICO audit action plan"], ["Position at 30 June"], *_TABLE]
    plan = plan_of(write(tmp_path, rows))
    assert plan.title == "Harcourt District Council – ICO audit action plan"
    assert plan.notes == "Position at 30 June"


def test_two_plans_of_one_council_import_as_two_plans(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "plans.db")
    for name, second in [("ags.csv", "Annual Governance Statement"), ("ico.csv", "ICO audit")]:
        rows = [["Harcourt District Council"], [f"{second} – action plan"], *_TABLE]
        store.merge_plans(load(write(tmp_path, rows, name=name), OPTIONS).plans, name)
    assert sorted(p.title for p in store.plans()) == [
        "Harcourt District Council – Annual Governance Statement – action plan",
        "Harcourt District Council – ICO audit – action plan",
    ]


def test_a_second_row_with_a_position_date_is_not_joined(tmp_path: Path) -> None:
    """Next month's version says "position at 30 November": joined, the title would
    change every month and the re-import would not find its plan."""
    store = Store.open(tmp_path / "plans.db")
    for name, day in [("oct.csv", "31 October 2026"), ("nov.csv", "30 November 2026")]:
        rows = [["Hafren Council"], [f"Audit Wales tracker – position at {day}"], *_TABLE]
        store.merge_plans(load(write(tmp_path, rows, name=name), OPTIONS).plans, name)
    assert [p.title for p in store.plans()] == ["Hafren Council"]


def test_the_inspections_month_in_brackets_is_part_of_the_title(tmp_path: Path) -> None:
    """ "(May 2026)" dates the inspection the plan answers, in every month's version; the
    committee must see which inspection the paper is about."""
    second = "CQC inspection of urgent and emergency care (May 2026) – Must do action plan"
    rows = [["Rivermead Hospitals NHS Foundation Trust"], [second], *_TABLE]
    plan = plan_of(write(tmp_path, rows))
    assert plan.title == f"Rivermead Hospitals NHS Foundation Trust – {second}"


_WEEKLY = [
    ["Ref", "Action", "Lead", "Due", "Progress"],
    ["1.1", "Rewrite the lettings policy.", "Mo Kaur", "31/03/2027",
     "17/11 – Draft to tenants' panel"],
    ["1.2", "Check every void property.", "Ivy Dunn", "30/04/2027", ""],
]  # fmt: skip


def _title_notes_and_news(plan: PlanDoc) -> tuple[str, str, list[tuple[dt.date | None, str]]]:
    first = actions(plan)[0]
    return plan.title, plan.notes, [(u.date, u.text) for u in first.updates]


def test_a_row_of_the_day_alone_is_the_position_date_not_the_title(tmp_path: Path) -> None:
    """ "As at 1 Dec 2026" changes every month: as the title, each month's file would be
    a plan of its own; it is the day the news is as at, kept as written."""
    above = [["Housing Repairs Improvement Plan"], ["As at 1 Dec 2026"], []]
    for path in (
        write(tmp_path, above + _WEEKLY),
        write_workbook(tmp_path, {"Plan": [row or [None] for row in above + _WEEKLY]}),
    ):
        plan = plan_of(path)
        assert _title_notes_and_news(plan) == (
            "Housing Repairs Improvement Plan",
            "As at 1 Dec 2026",
            [(dt.date(2026, 11, 17), "17/11 – Draft to tenants' panel")],
        ), path.name
        assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "")], path.name


def test_a_position_row_alone_or_first_never_titles_the_plan(tmp_path: Path) -> None:
    only = plan_of(write(tmp_path, [["As of 30/11/2026"], [], *_WEEKLY], name="repairs.csv"))
    assert (only.title, only.notes) == ("repairs", "As of 30/11/2026")
    first = [["Position as at 30 November 2026"], ["Housing Repairs Improvement Plan"], []]
    plan = plan_of(write(tmp_path, first + _WEEKLY))
    assert _title_notes_and_news(plan) == (
        "Housing Repairs Improvement Plan",
        "Position as at 30 November 2026",
        [(dt.date(2026, 11, 17), "17/11 – Draft to tenants' panel")],
    )
