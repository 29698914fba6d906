"""Leftovers a programme manager met on Monday 7 December 2026: the date saved, the text
on screen, the rows shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import OptionList

from actionplan.demo import write_demo_database
from store import Store
from store.docs import ActionDoc, PlanDoc
from tests.conftest import small_plan
from tests.tui.test_tui_main import bar_text, detail_text, list_text, refs, running, settle
from tui.app import ActionPlanApp


@pytest.fixture
def monday(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """Today is Monday 7 December 2026, as in the user check."""
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-12-07")
    return dt.date(2026, 12, 7)


def _parsed(app: ActionPlanApp) -> str:
    return str(app.screen.query_one("#parsed").render())


def _saved_due(db: Path, ref: str) -> tuple[dt.date | None, str]:
    s = Store.open(db)
    try:
        action = s.find_action(ref)
        return action.due, action.due_text
    finally:
        s.close()


async def test_q1_typed_in_december_saves_next_junes_quarter_end(db: Path, monday: dt.date) -> None:
    """ "Q1" typed on 7 Dec 2026 read 30 Jun 2026, six months gone, the action overdue at
    once. A quarter typed without its year is the next one not yet past: Q1 2027/28."""
    async with running(db) as (app, pilot):
        await pilot.press("d", *"Q1")
        await settle(pilot)
        preview = _parsed(app)
        await pilot.press("enter")
        await settle(pilot)
    assert preview == "→ Wednesday 30 June 2027", preview
    assert _saved_due(db, "1.1") == (dt.date(2027, 6, 30), "Q1")


async def test_next_friday_shows_the_day_read_and_the_coming_friday_beside_it(
    db: Path, monday: dt.date
) -> None:
    """ "next friday" on a Monday is the Friday of next week (18 Dec), as the box reads
    it; a user who meant this week's Friday sees that day too before saving."""
    async with running(db) as (app, pilot):
        await pilot.press("d", *"next friday")
        await settle(pilot)
        preview = _parsed(app)
        await pilot.press("enter")
        await settle(pilot)
    assert preview == "→ Friday 18 December 2026 (next week's; 'friday' is Fri 11 Dec)", preview
    assert _saved_due(db, "1.1") == (dt.date(2026, 12, 18), "")


async def test_friday_alone_shows_no_second_day(db: Path, monday: dt.date) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("d", *"friday")
        await settle(pilot)
        assert _parsed(app) == "→ Friday 11 December 2026"


def _with_tbc_lead(db: Path) -> None:
    """``small_plan`` with an overdue action led by "[TBC]" and one with no lead."""
    doc = small_plan()
    later = [
        ActionDoc(
            ref="2.3",
            text="Commission advocacy",
            leads=["[TBC]"],
            due=dt.date(2026, 11, 1),
            status="in_progress",
        ),
        ActionDoc(ref="2.4", text="Map referral routes", due=dt.date(2026, 11, 2)),
    ]
    second = doc.recommendations[1]
    recs = [doc.recommendations[0], second.model_copy(update={"actions": second.actions + later})]
    s = Store.open(db)
    s.merge_plans([PlanDoc(title=doc.title, recommendations=recs)], "test import")
    s.close()


async def test_a_placeholder_lead_is_no_person_in_the_person_filter(db_path: Path) -> None:
    """The person filter listed "[TBC]" first among the people; it is no one. The action
    still reads "[TBC]" as written, in the list and the detail."""
    _with_tbc_lead(db_path)
    async with running(db_path) as (app, pilot):
        await pilot.press(":", *"2.3", "enter")
        await settle(pilot)
        listed = list_text(app)
        detail = detail_text(app)
        await pilot.press("f")
        await settle(pilot)
        picker = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
    assert picker == ["Bill Basra", "Jane Humphreys", "Marina Kitchen"], picker
    assert "[TBC]" in next(line for line in listed.splitlines() if "2.3" in line)
    assert "Leads: [TBC]" in detail


async def _dashboard_leads(app: ActionPlanApp, pilot: object) -> list[str]:
    await pilot.press("D")  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]
    leads = app.screen.query_one("#dash-leads", OptionList)
    leads.focus()
    await settle(pilot)  # type: ignore[arg-type]
    return [" ".join(str(o.prompt).split()) for o in leads.options]


async def test_overdue_by_lead_counts_a_placeholder_lead_as_no_lead(db_path: Path) -> None:
    """ "[TBC]" had a row of its own in "Overdue by lead"; it and an action with no lead
    are counted under "No lead named", last, and Enter there lists those two."""
    _with_tbc_lead(db_path)
    async with running(db_path) as (app, pilot):
        rows = await _dashboard_leads(app, pilot)
        await pilot.press("end", "enter")
        await settle(pilot)
        bar, opened = bar_text(app), refs(app)
    assert rows == ["Marina Kitchen ▇ 1", "No lead named ▇▇ 2"], rows
    assert "no lead named" in bar and "overdue only" in bar, bar
    assert opened == ["2.3", "2.4"]


async def test_a_leads_overdue_count_is_the_rows_enter_opens(
    tmp_path: Path, monday: dt.date
) -> None:
    """Bill Basra's row said 1 overdue and Enter listed 2: the list took in the action
    he is responsible officer for. Every row now opens as many rows as it counts: the
    actions the person leads, overdue ("lead: Bill Basra" on the bar)."""
    db = tmp_path / "demo.db"
    write_demo_database(db)
    async with running(db) as (app, pilot):
        rows = await _dashboard_leads(app, pilot)
        basra = next(n for n, r in enumerate(rows) if r.startswith("Bill Basra"))
        app.screen.query_one("#dash-leads", OptionList).highlighted = basra
        await pilot.press("enter")
        await settle(pilot)
        bar, opened = bar_text(app), refs(app)
    assert rows[basra] == "Bill Basra ▇ 1"
    assert "lead: Bill Basra" in bar and "overdue only" in bar, bar
    assert opened == ["1.4"]


async def test_the_list_sorts_by_lead_placeholders_with_no_lead_last(db_path: Path) -> None:
    """`S` had no lead order: a chair going round the room by lead could not. After last
    update comes "sorted by lead" (on the bar), by the first lead's name, an action led by
    "[TBC]" or no one after everyone named."""
    _with_tbc_lead(db_path)
    async with running(db_path) as (app, pilot):
        await pilot.press(*"SSSSS")
        await settle(pilot)
        bar, order = bar_text(app), refs(app)
    assert "sorted by lead" in bar, bar
    assert order == ["1.2", "2.1", "1.1", "2.2", "2.3", "2.4"]
