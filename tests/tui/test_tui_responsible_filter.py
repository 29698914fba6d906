"""A list filtered to a person found as responsible officer says so: `f` on Sarah
Okafor (responsible officer for 5 actions, lead of none) showed only the Leads
column, and she appeared nowhere in her own list. A Responsible column shows her, in
the TUI and in `actionplan list --lead`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from actionplan.cli import main
from store import Store
from tests.conftest import small_plan
from tests.tui.test_tui_main import screen_text, settle
from tui import open_app


def plan_db(db: Path) -> Path:
    """small_plan: Bill Basra is responsible officer for 1.1 (led by Marina Kitchen)
    and leads 1.2."""
    with Store.open(db) as s:
        s.merge_plans([small_plan()], "test")
    return db


async def test_the_person_filter_shows_the_responsible_officer_column(db_path: Path) -> None:
    plan_db(db_path)
    async with open_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "Resp." not in screen_text(pilot.app)  # no filter: no column
        await pilot.press("f", *"bill", "enter")
        await settle(pilot)
        lines = screen_text(pilot.app).splitlines()
    assert any("Lead" in x and "Resp." in x for x in lines)
    row = next(x for x in lines if "1.1 " in x)
    assert "M Kitchen" in row and "Bill Basra" in row  # the lead and who matched


async def test_a_list_of_one_lead_has_no_responsible_column(db_path: Path) -> None:
    """Filtered to Jane Humphreys, who leads her one action and is responsible for none:
    the Lead column goes (it says nothing) and no Responsible column comes."""
    plan_db(db_path)
    async with open_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"jane", "enter")
        await settle(pilot)
        shown = screen_text(pilot.app)
    assert "Resp." not in shown


def test_list_lead_shows_whom_it_found_as_responsible_officer(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_db(db_path)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["list", "--db", str(db_path), "--lead", "Bill Basra"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Leads" in lines[0] and "Responsible" in lines[0]
    first = next(x for x in lines if x[2:].startswith("1.1 "))
    assert "Kitchen" in first and "Bill Basra" in first
    assert all(len(x) <= 80 for x in lines)
    assert main(["list", "--db", str(db_path)]) == 0  # no --lead: no such column
    assert "Responsible" not in capsys.readouterr().out
