"""A meeting's leftovers: what the user sees after the lead filter and in the search box."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc
from tests.tui.test_tui_main import bar_text, list_text, refs, running, screen_text, settle
from tests.tui.test_tui_trust import toasts
from tui import open_app
from tui.app import ActionPlanApp
from tui.widgets.action_list import ActionList


def long_plan(db_path: Path) -> Path:
    """1,200 actions, one in eight Ann Lee's (1.7, 1.15 … 1.1199), the rest Bob Ray's."""
    actions = [
        ActionDoc(ref=f"1.{i}", text=f"Action {i}", leads=["Ann Lee" if i % 8 == 7 else "Bob Ray"])
        for i in range(1, 1201)
    ]
    doc = PlanDoc(title="Long plan", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    s = Store.open(db_path)
    s.merge_plans([doc], "long")
    s.close()
    return db_path


async def test_a_lead_chosen_far_down_the_list_opens_with_its_rows_drawn(db_path: Path) -> None:
    """The list read while a name is highlighted holds the rows around the cursor: on
    Enter the rows the user is on are drawn at once, none "…" waiting for a second read."""
    async with running(long_plan(db_path)) as (app, pilot):
        await pilot.press("end", "up")  # 1.1199, Ann Lee's, the foot of her list too
        await settle(pilot)
        main = app.screen
        await pilot.press("f", *"ann")
        await settle(pilot)  # her list is read while her name is highlighted
        asked: list[list[int]] = []
        main._fetch_rows = asked.append  # type: ignore[attr-defined,method-assign]
        await pilot.press("enter")
        await settle(pilot)
        actions = app.screen.query_one(ActionList)
        assert actions.current == actions.ids[-1] and len(actions.ids) == 150
        shown = screen_text(app)
        assert "  …" not in shown
        top = int(actions.scroll_y)
        for index in (top, actions.cursor, top + actions.size.height - 1):
            assert f"┃  {actions.rows[actions.ids[index]].ref} " in shown
        assert asked == []  # nothing was left to read


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_ctrl_c_in_the_search_says_how_to_quit_and_copies_what_is_selected(
    db: Path, size: tuple[int, int]
) -> None:
    """Ctrl+C in the search box copied nothing and said nothing (the box took it as
    "copy"): a user pressing it to cancel or quit got no word. With nothing selected it
    says how to quit and the search stays as typed; with text selected it copies it."""
    async with open_app(db).run_test(size=size, notifications=True) as pilot:
        app = pilot.app
        await settle(pilot)
        await pilot.press("slash", *"audit")
        await settle(pilot)
        await pilot.press("ctrl+c")
        await settle(pilot)
        assert toasts(app) == ["Press ctrl+q to quit (Esc clears the search)"]
        search = app.screen.query_one("#search", Input)
        assert search.value == "audit" and search.has_focus and app.is_running
        assert "search: audit" in bar_text(app)
        app.clear_notifications()
        await pilot.press("shift+home", "ctrl+c")
        await settle(pilot)
        assert app.clipboard == "audit" and toasts(app) == []


def list_header(app: ActionPlanApp) -> str:
    return str(app.screen.query_one("#list-header", Static).render())


async def test_a_person_filter_keeps_the_lead_column_while_others_lead_some_actions(
    db: Path,
) -> None:
    """Bill Basra leads 1.2 and is responsible officer for 1.1, which Marina Kitchen
    leads: his list keeps the Lead column, naming her on 1.1. Marina leads both of hers
    (1.1, 2.2): the column would only repeat her name, so it goes."""
    async with running(db) as (app, pilot):
        await pilot.press("f", *"bill basra", "enter")
        await settle(pilot)
        assert refs(app) == ["1.1", "1.2"]
        assert "Lead" in list_header(app)
        lines = list_text(app).splitlines()
        assert "M Kitchen" in lines[0] and "Bill Basra" in lines[1]
        await pilot.press("f", *"marina", "enter")
        await settle(pilot)
        assert refs(app) == ["1.1", "2.2"]
        assert "Lead" not in list_header(app) and "Kitchen" not in list_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert "Lead" in list_header(app)


async def test_the_person_filter_is_named_for_what_it_matches_everywhere(db: Path) -> None:
    """The "f" filter lists the actions a person leads or is responsible officer for.
    Bill Basra's list holds 1.1, which Marina Kitchen leads: the bar said "lead: Bill
    Basra" over it. At 80 columns the key bar, the picker, the filter bar and the help
    say "person"."""
    async with open_app(db).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await settle(pilot)
        shown = screen_text(app)
        assert " f Person " in shown.splitlines()[-1]
        assert " f person · " in shown and " f lead " not in shown
        await pilot.press("f")
        await settle(pilot)
        assert "Filter by person (lead or responsible officer)" in screen_text(app)
        await pilot.press(*"bill basra", "enter")
        await settle(pilot)
        assert refs(app) == ["1.1", "1.2"]
        assert "Filters: person: Bill Basra   (Esc clears)" in bar_text(app)
        assert "lead:" not in bar_text(app)
        await pilot.press("question_mark")
        await settle(pilot)
        assert "f               Filter by person (lead or responsible officer)" in (
            screen_text(app)
        )
