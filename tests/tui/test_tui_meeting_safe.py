"""A triage meeting's keys, checked by a user: what they must never lose or be told wrong."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
from textual.pilot import Pilot

from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc
from tests.conftest import small_plan
from tests.tui.test_tui_main import bar_text, detail_text, list_text, refs, settle
from tests.tui.test_tui_stray_keys import listen
from tests.tui.test_tui_trust import toasts
from tui import open_app
from tui.presence import presence_path
from tui.widgets.action_list import ActionList
from tui.widgets.detail import DetailPane


async def _filter_open_and_leave_detail(pilot: Pilot[object]) -> None:
    await settle(pilot)
    await pilot.press("f", *"marina", "enter")
    await settle(pilot)
    await pilot.press("o")
    await settle(pilot)
    await pilot.press("enter")  # the detail: beside the list (wide) or instead of it
    await settle(pilot)
    assert pilot.app.screen.query_one(DetailPane).has_focus
    await pilot.press("escape")
    await settle(pilot)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_esc_in_the_detail_leaves_it_and_keeps_the_filters(
    db: Path, size: tuple[int, int]
) -> None:
    """At 160x48 Esc in the detail (beside the list) cleared the lead and "overdue only"
    ("4 of 4 actions … No filters"); at 80x24 it went back keeping them. Esc in the
    detail only leaves it, at every width: the filter line still names both."""
    async with open_app(db).run_test(size=size) as pilot:
        await _filter_open_and_leave_detail(pilot)
        bar = bar_text(pilot.app)  # type: ignore[arg-type]
        assert "person: Marina Kitchen" in bar and "overdue only" in bar
        assert "1 of 4 actions" in bar
        assert pilot.app.screen.query_one(ActionList).has_focus


def redate_elsewhere(db: Path, ref: str, due: dt.date) -> None:
    """`actionplan update REF --due …` from another terminal."""
    s = Store.open(db)
    s.set_due(s.find_action(ref).id, due, "", "day")
    s.close()


async def test_an_action_edited_elsewhere_out_of_the_filters_stays_till_you_move(
    db: Path,
) -> None:
    """Re-dated from another terminal off "overdue only", the action under the cursor
    vanished within a second, unsaid, the cursor jumping; the same edit in the app keeps
    it, saying so. An edit made elsewhere is kept in view the same way, and named."""
    async with open_app(db).run_test(size=(160, 48)) as pilot:
        app = pilot.app
        await settle(pilot)
        await pilot.press("f", *"marina", "enter")
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert refs(app) == ["1.1"]
        redate_elsewhere(db, "1.1", dt.date(2027, 3, 31))
        app.check_other_writers()
        await settle(pilot)
        assert refs(app) == ["1.1"]
        actions = app.screen.query_one(ActionList)
        assert actions.rows[actions.current].ref == "1.1"  # type: ignore[index]
        assert "1.1 no longer matches (shown till you move)" in bar_text(app)
        assert "31 Mar 2027" in list_text(app)


async def test_overdue_only_follows_a_switch_of_plan_or_a_toast_says_it_was_cleared(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "p" to another plan dropped "overdue only", unsaid (back on the first plan it came
    back). It follows the user as the person filter does: kept where the plan has
    overdue actions; where it has none, cleared and a toast says so."""
    calm = small_plan("Calm plan")
    first = calm.recommendations[0].actions[0]
    calm.recommendations[0].actions[0] = first.model_copy(update={"due": dt.date(2027, 10, 31)})
    s = Store.open(db)
    s.merge_plans([small_plan("Zeta plan"), calm], "test")
    s.close()
    monkeypatch.setattr("tui.toasts.TOAST_SECONDS", 0.01)  # gone before a late settle ends
    async with open_app(db).run_test(size=(160, 48), notifications=True) as pilot:
        app = pilot.app
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        await pilot.press("p", *"Zeta", "enter")
        await settle(pilot)
        assert app.screen.plan.title == "Zeta plan"  # type: ignore[attr-defined]
        assert "overdue only" in bar_text(app) and refs(app) == ["1.1"]
        said = listen(app)
        await pilot.press("p", *"Calm", "enter")
        await settle(pilot)
        assert app.screen.plan.title == "Calm plan"  # type: ignore[attr-defined]
        assert "overdue only" not in bar_text(app) and len(refs(app)) == 4
    # every toast heard as it was said: read off the screen after the settle, a toast of
    # TOAST_SECONDS had gone on a loaded machine, where the settle took longer
    assert "No overdue actions in Calm plan: overdue filter cleared" in said


async def test_at_160x48_the_detail_names_its_action_once(db_path: Path) -> None:
    """A title of three lines in the detail beside the list was pinned cut to two and
    repeated whole below: "CoC3.1  Action CoC3.1: …" read twice at the pane's top. A
    pane that tall pins the title whole, once."""
    text = "Action CoC3.1: deliver the service does not make sure it has enough (step 1)"
    doc = PlanDoc(
        title="Plan",
        recommendations=[
            RecommendationDoc(ref="CoC3", actions=[ActionDoc(ref="CoC3.1", text=text)])
        ],
    )
    s = Store.open(db_path)
    s.merge_plans([doc], "test")
    s.close()
    async with open_app(db_path).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        shown = detail_text(pilot.app)  # type: ignore[arg-type]
        assert shown.count("(step 1)") == 1 and shown.count("CoC3.1  Action") == 1
        assert "…" not in shown.split("Recommendation:")[0]


async def test_at_80x24_a_post_cut_in_the_lead_column_looks_cut(db_path: Path) -> None:
    """'AM Response (S. Okoro)' showed as 'A Response' and two leads as 'AP +1': a post
    shortened as if a person's name ("M Kitchen", "MK") reads as another word. Cut, it
    ends "…", the "+1" kept."""
    doc = PlanDoc(
        title="Plan",
        recommendations=[
            RecommendationDoc(
                ref="1",
                actions=[
                    ActionDoc(ref="1.1", text="Review cover", leads=["AM Response (S. Okoro)"]),
                    ActionDoc(
                        ref="1.2",
                        text="Home safety visits",
                        leads=["AM Prevention (L. Grant)", "Head of People (R. Finch)"],
                    ),
                ],
            )
        ],
    )
    s = Store.open(db_path)
    s.merge_plans([doc], "test")
    s.close()
    async with open_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        rows = list_text(pilot.app).splitlines()  # type: ignore[arg-type]
        first = next(r for r in rows if "1.1 " in r)
        second = next(r for r in rows if "1.2 " in r)
        assert "AM Respon…" in first and "A Response" not in first
        assert "AM Pre… +1" in second and "AP +1" not in second


async def test_a_second_window_on_the_same_file_says_so_once(db: Path) -> None:
    """Two windows on one plan.db kept both's edits, unsaid; an undo undid only its
    own. Opened while another window has the file, the app says so in a toast; a
    window that crashed (its process gone) left a stale mark, ignored and removed."""
    gone = subprocess.Popen(["true"])
    gone.wait()
    stale = presence_path(db, pid=gone.pid)
    stale.touch()
    async with open_app(db).run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        assert toasts(pilot.app) == [] and not stale.exists()  # type: ignore[arg-type]
        assert presence_path(db).exists()  # this window's mark, for the next one
    assert not presence_path(db).exists()
    other = presence_path(db, pid=os.getppid())  # a window still running
    other.touch()
    async with open_app(db).run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        said = f"{db.name} is open in another actionplan window; edits from both are kept,"
        assert toasts(pilot.app) == [said + " undo only undoes yours"]  # type: ignore[arg-type]
    assert other.exists()  # the other window's own, never removed by this one
