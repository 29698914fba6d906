"""The plan's title from the rows above the table.

Plans are matched on re-import by their title, and many open with the
organisation alone, so a council's audit plan and its ICO plan both came out as
"Harcourt District Council" and the second import merged into the first."""

from __future__ import annotations

from pathlib import Path

from importers import load
from store import Store
from tests.importers.test_import_rules import OPTIONS, plan_of, write

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
