"""A meeting's leftovers: what the user sees after the lead filter and in the search box."""

from __future__ import annotations

from pathlib import Path

from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc
from tests.tui.test_tui_main import running, screen_text, settle
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
