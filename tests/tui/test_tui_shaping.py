"""Shaping a plan by keys: the database after each key press, and what was announced."""

from __future__ import annotations

from pathlib import Path

from store import Store
from store.models import ActionQuery
from tests.tui.test_tui_main import refs, running, settle
from tests.tui.test_tui_stray_keys import listen
from tui.app import ActionPlanApp
from tui.widgets.action_list import ActionList


def layout(db: Path) -> list[tuple[str, str, str]]:
    """(recommendation ref, action ref, text) of every live action, in plan order."""
    s = Store.open(db)
    try:
        return [(a.recommendation_ref, a.ref, a.text) for a in s.list_actions(ActionQuery())]
    finally:
        s.close()


def current_ref(app: ActionPlanApp) -> str:
    actions = app.screen.query_one(ActionList)
    return actions.rows[actions.current].ref  # type: ignore[index]


async def test_move_action_from_the_palette_keeps_ref_and_undoes(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("ctrl+p", *"move action")
        await settle(pilot)
        await pilot.press("enter")  # the palette's first hit: "Move action…"
        await settle(pilot)
        await pilot.press(*"oversight", "enter")
        await settle(pilot)
        assert layout(db)[-1] == ("2", "1.1", "Write the strategy")
        assert said[-1] == "1.1: moved from recommendation 1 to 2 (its ref stays; # renumbers)"
        assert current_ref(app) == "1.1"
        assert refs(app) == ["1.2", "2.1", "2.2", "1.1"]
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert layout(db)[0] == ("1", "1.1", "Write the strategy")
        assert said[-1] == "Undone — 1.1: moved"


async def test_ctrl_arrows_reorder_within_a_recommendation(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("down", "ctrl+up")
        await settle(pilot)
        assert [r for _, r, _ in layout(db)] == ["1.2", "1.1", "2.1", "2.2"]
        assert said[-1] == "1.2: moved before 1.1 (refs stay; # renumbers)"
        assert current_ref(app) == "1.2"
        await pilot.press("ctrl+up")  # first already: nothing moves
        await settle(pilot)
        assert said[-1] == "1.2: already first in recommendation 1"
        await pilot.press("ctrl+down")
        await settle(pilot)
        assert [r for _, r, _ in layout(db)] == ["1.1", "1.2", "2.1", "2.2"]


async def test_renumber_lists_the_changes_then_renumbers_in_one_undo(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("down", "ctrl+up")
        await settle(pilot)
        await pilot.press("number_sign")
        await settle(pilot)
        shown = "\n".join(str(s.render()) for s in app.screen.query("Static"))
        assert " r   Recommendation 1: 2 refs change (1.2 → 1.1, 1.1 → 1.2)" in shown
        assert " p   The whole plan: 2 refs change (1.2 → 1.1, 1.1 → 1.2)" in shown
        await pilot.press("r")
        await settle(pilot)
        assert [(r, t) for _, r, t in layout(db)][:2] == [
            ("1.1", "Train head teachers"),
            ("1.2", "Write the strategy"),
        ]
        assert said[-1] == "Renumbered 2 refs (1.2 → 1.1, 1.1 → 1.2); Ctrl+Z undoes it in one step"
        assert refs(app)[:2] == ["1.1", "1.2"]
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert [(r, t) for _, r, t in layout(db)][:2] == [
            ("1.2", "Train head teachers"),
            ("1.1", "Write the strategy"),
        ]


async def test_renumber_says_so_when_nothing_would_change(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("number_sign")
        await settle(pilot)
        assert said[-1] == "Every ref already follows its recommendation's numbering"
        assert app.screen.__class__.__name__ == "MainScreen"


async def test_new_recommendation_form_adds_it_with_its_first_actions(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("ctrl+p", *"new recommendation")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"Improve recruitment", "tab", "tab")  # the ref proposed: 3
        await pilot.press(*"Advertise posts", "enter", *"Hold interviews", "ctrl+s")
        await settle(pilot)
        assert layout(db)[-2:] == [("3", "3.1", "Advertise posts"), ("3", "3.2", "Hold interviews")]
        assert said[-1] == "Recommendation 3 added, with 2 actions (a adds an action to it)"
        await pilot.press("ctrl+z")  # the recommendation and its actions: one step
        await settle(pilot)
        assert len(layout(db)) == 4


async def test_a_taken_recommendation_ref_is_refused_and_the_form_reopens(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("A", *"Improve recruitment", "tab", "ctrl+u", "2", "enter")
        await settle(pilot)
        assert said[-1] == "Not saved: recommendation ref: 2 is taken in this plan"
        text = app.screen.query_one("#text")
        assert text.value == "Improve recruitment"  # type: ignore[attr-defined]
        await pilot.press("tab", "ctrl+u", *"2a", "enter")
        await settle(pilot)
    assert len(layout(db)) == 4
    s = Store.open(db)
    assert [r.ref for r in s.recommendations(s.plans()[0].id)] == ["1", "2", "2a"]
    s.close()


async def test_tab_takes_the_suggested_lead_and_a_new_one_is_asked_about(db: Path) -> None:
    """ "Bill B" + Tab in the new action's leads saved a new person "Bill B" (only →
    took the suggestion "Bill Basra"). Tab takes it now; a name no one on an action has
    is asked about before saving, Enter (shown as "n"'s) goes back to the names."""
    from textual.widgets import Input

    from tui.dialogs.action_form import ActionForm
    from tui.dialogs.choice import ChoiceDialog

    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("a")
        await settle(pilot)
        await pilot.press(*"Brief governors", "tab", "tab", *"Bill B", "tab")
        await settle(pilot)
        assert app.screen.query_one("#leads", Input).value == "Bill Basra"
        await pilot.press(*"Zed Newman", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.title_text == (
            "New person on the new action's responsible officers: 'Zed Newman', not on any"
            " action yet. Save it?"
        )
        assert "(or Enter)" in str(app.screen.query("Static")[1].render())
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ActionForm)
        assert app.screen.focused is app.screen.query_one("#responsible", Input)
        assert not any("not a choice" in s for s in said)
        await pilot.press("ctrl+s", "y")
        await settle(pilot)
    added = Store.open(db)
    try:
        new = added.find_action("1.3")
    finally:
        added.close()
    assert (new.text, new.leads, new.responsible) == (
        "Brief governors",
        ["Bill Basra"],
        ["Zed Newman"],
    )
