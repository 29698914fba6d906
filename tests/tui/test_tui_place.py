"""The user's place: a plan reopens as it was left, after a restart or a switch of plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import Store
from tests.conftest import small_plan
from tests.tui.test_tui_main import bar_text, detail_text, refs, running, settle
from tui import open_app
from tui.app import ActionPlanApp
from tui.place import load_place
from tui.widgets.action_list import ActionList


def selected(app: ActionPlanApp) -> str:
    current = app.screen.query_one(ActionList).current
    assert current is not None
    return app.store.action(current).ref


async def test_the_app_reopens_on_the_plan_filter_and_action_left(db: Path) -> None:
    """Left on the second plan, filtered to a lead with 2.2 selected: reopened, the
    same plan, filter and action are shown (the first plan, unfiltered, on 1.1 was)."""
    s = Store.open(db)
    s.merge_plans([small_plan("Zeta plan")], "test")
    s.close()
    async with running(db) as (app, pilot):
        await pilot.press("p", *"Zeta", "enter")
        await settle(pilot)
        await pilot.press("f", *"marina", "enter")
        await settle(pilot)
        await pilot.press("down")
        await settle(pilot)
        assert (refs(app), selected(app)) == (["1.1", "2.2"], "2.2")
    async with open_app(db).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        app = pilot.app
        assert app.screen.plan.title == "Zeta plan"  # type: ignore[attr-defined]
        assert "person: Marina Kitchen" in bar_text(app)
        assert (refs(app), selected(app)) == (["1.1", "2.2"], "2.2")


async def test_switching_back_to_a_plan_restores_its_filter_and_selection(db: Path) -> None:
    s = Store.open(db)
    s.merge_plans([small_plan("Zeta plan")], "test")
    s.close()
    async with running(db) as (app, pilot):
        await pilot.press("o")  # overdue only: 1.1
        await pilot.press("S")  # sorted by due
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        left_on = selected(app)
        await pilot.press("p", *"Zeta", "enter")
        await settle(pilot)
        assert "No filters" in bar_text(app) and selected(app) == "1.1"
        await pilot.press("p", *"Test plan", "enter")
        await settle(pilot)
        assert "sorted by due" in bar_text(app)
        assert selected(app) == left_on != "1.1"


async def test_the_sort_label_uses_the_words_help_uses(db: Path) -> None:
    """Help says "RAG" and "last update"; the filter bar says the same, not "rag" or
    "updated"."""
    async with running(db) as (app, pilot):
        sort = next(b for b in app.screen.BINDINGS if getattr(b, "id", None) == "sort")
        assert "RAG, last update" in str(getattr(sort, "tooltip", ""))
        await pilot.press("S", "S", "S")
        await settle(pilot)
        assert "sorted by RAG" in bar_text(app)
        await pilot.press("S")
        await settle(pilot)
        assert "sorted by last update" in bar_text(app)


async def test_filters_kept_from_last_time_are_said_once_and_esc_clears_them(db: Path) -> None:
    """Left with "overdue only" on, the app reopens at 80x24 saying so (the list showed
    "0 of 12" with no sign why), once; Esc on the list clears the kept filter."""
    async with running(db) as (app, pilot):
        await pilot.press("o")
        await settle(pilot)
    async with open_app(db).run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app = pilot.app
        said = [str(n.message) for n in app._notifications if "kept from" in str(n.message)]
        assert said == ["Filters kept from last time: overdue only — Esc clears"]
        await pilot.press("escape")
        await settle(pilot)
        assert "No filters" in bar_text(app)
        assert len(refs(app)) == 4


async def test_no_word_about_kept_filters_when_none_were_kept(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("S")  # a sort hides nothing: nothing to warn of
        await settle(pilot)
    async with open_app(db).run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        said = [str(n.message) for n in pilot.app._notifications]
        assert "sorted by due" in bar_text(pilot.app)
        assert not [t for t in said if "kept from last time" in t]


async def test_an_action_edited_out_of_the_filters_stays_until_the_user_moves(db: Path) -> None:
    """Triage on "overdue only": re-dating 1.1 took it off the list at once ("No actions
    match…"), so its RAG, next, needed Esc and ":1.1". It stays, marked, for a second
    edit; the filters asked again show exactly what they match."""
    from tests.tui.test_tui_main import bar_text, refs, row, running, settle

    async with running(db) as (app, pilot):
        await pilot.press("o")
        await settle(pilot)
        assert refs(app) == ["1.1"]
        await pilot.press("d", *"31 jan 2027", "enter")
        await settle(pilot)
        assert refs(app) == ["1.1"]
        assert "0 of 4 actions" in bar_text(app)
        assert "1.1 no longer matches (shown till you move)" in bar_text(app)
        await pilot.press("r", "g")
        await settle(pilot)
        assert row(db, "1.1").rag == "green"  # type: ignore[attr-defined]
        assert row(db, "1.1").due.isoformat() == "2027-01-31"  # type: ignore[attr-defined]
        await pilot.press("o", "o")  # off and on again: asked again, the filter holds
        await settle(pilot)
        assert refs(app) == []
        assert "no longer matches" not in bar_text(app)


async def test_an_action_kept_out_of_the_filters_goes_when_the_cursor_moves_off(
    db: Path,
) -> None:
    from tests.tui.test_tui_main import bar_text, refs, row, running, settle

    async with running(db) as (app, pilot):
        await pilot.press("t", "p")  # in progress: 1.1 and 2.1
        await settle(pilot)
        assert refs(app) == ["1.1", "2.1"]
        await pilot.press("s", "d")
        await settle(pilot)
        assert row(db, "1.1").status == "done"  # type: ignore[attr-defined]
        assert refs(app) == ["1.1", "2.1"]
        await pilot.press("down")
        await settle(pilot)
        assert refs(app) == ["2.1"]
        assert "no longer matches" not in bar_text(app)
        assert app.screen.query_one("ActionList").current == row(db, "2.1").id  # type: ignore[attr-defined]


async def test_clearing_a_filter_keeps_the_cursor_on_the_same_action(db: Path) -> None:
    """Filtered to a lead, on 2.2, the detail opened and closed, Esc clears the filter:
    the whole plan shows with 2.2 still selected and Enter opens 2.2 (it opened 1.1)."""
    async with open_app(db).run_test(size=(80, 24)) as pilot:
        app = pilot.app
        await settle(pilot)
        await pilot.press("f", *"marina", "enter")
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert "No filters" in bar_text(app)
        assert selected(app) == "2.2"
        await pilot.press("enter")
        await settle(pilot)
        assert detail_text(app).startswith("2.2")


async def test_the_place_is_written_once_the_cursor_rests_not_only_on_quitting(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user check closed the terminal (no quit) on MD2.3 and reopened at the top:
    the place was written only as the app closed. It is written once the cursor rests,
    so a closed terminal or a killed app reopens on the action the user was on."""
    monkeypatch.setattr("tui.workflows.PLACE_REST_SECONDS", 0.05)
    async with running(db) as (app, pilot):
        await pilot.press("down", "down")
        await settle(pilot)
        await pilot.pause(0.2)
        assert selected(app) == "2.1"
        place = load_place(db)  # read while the app is still open
        assert place is not None
        assert place.action_id == app.store.find_action("2.1").id


async def test_switching_plan_keeps_the_person_filter_while_they_have_actions_there(
    db: Path,
) -> None:
    """'p' cleared the person filter: a PM following one person across two plans lost
    them. The person stays filtered in the plan switched to where they have actions
    there (written as a post held by them too: 'Director (Marina Kitchen)'); where
    they have none, the filter is cleared and a toast says so."""
    zeta = small_plan("Zeta plan")
    for rec in zeta.recommendations:
        rec.actions[:] = [
            a.model_copy(
                update={
                    "leads": [
                        "Director (Marina Kitchen)" if lead == "Marina Kitchen" else "Omar Reid"
                        for lead in a.leads
                    ],
                    "responsible": [],
                }
            )
            for a in rec.actions
        ]
    s = Store.open(db)
    s.merge_plans([zeta], "test")
    s.close()
    async with running(db) as (app, pilot):
        await pilot.press("f", *"marina", "enter")
        await settle(pilot)
        await pilot.press("p", *"Zeta", "enter")
        await settle(pilot)
        assert app.screen.plan.title == "Zeta plan"  # type: ignore[attr-defined]
        assert "person: Marina Kitchen" in bar_text(app)
        assert refs(app) == ["1.1", "2.2"]
        await pilot.press("p", *"Test plan", "enter")
        await settle(pilot)
        await pilot.press("f", *"jane", "enter")
        await settle(pilot)
        await pilot.press("p", *"Zeta", "enter")
        await settle(pilot)
        assert app.screen.plan.title == "Zeta plan"  # type: ignore[attr-defined]
        assert "person:" not in bar_text(app) and len(refs(app)) == 4
        said = [str(n.message) for n in app._notifications]
        assert "Jane Humphreys has no actions in Zeta plan: person filter cleared" in said
