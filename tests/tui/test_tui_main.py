"""The main screen driven by keys: the database after each key and the text on screen."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import threading
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from rich.console import Console
from textual import events
from textual.pilot import Pilot
from textual.widgets import OptionList
from textual.worker import WorkerCancelled

from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc
from store.models import ActionQuery, RecommendationRow
from tests.conftest import small_plan
from tui import open_app, typeahead
from tui.app import ActionPlanApp
from tui.widgets.action_list import ActionList
from tui.widgets.detail import DetailPane
from tui.widgets.filter_bar import FilterBar

HOSTILE = [
    "[/]",
    "[@click=app.quit]quit[/]",
    "\x1b[31mred\x1b[0m alert",
    "\x1b]8;;http://x\x07link\x1b]8;;\x07",
    "[bold]x[/bold]",
]


def plan_with_hostile_titles() -> object:
    doc = small_plan()
    extra = RecommendationDoc(
        ref="3",
        text="[TBC] hostile",
        actions=[
            ActionDoc(ref=f"3.{i}", text=t, leads=["[/] Lead"]) for i, t in enumerate(HOSTILE, 1)
        ],
    )
    return doc.model_copy(update={"recommendations": [*doc.recommendations, extra]})


async def settle(pilot: Pilot[object]) -> None:
    """Let workers finish, the keys typed ahead be handed on, and the screen catch up
    (no sleeping)."""
    for _ in range(3):
        await pilot.pause()
        await workers_done(pilot)
    # keys typed ahead are handed on by the app's own timers (tui.typeahead), which a
    # pause does not wait for: on a loaded machine a settle ended with "agreed at SLT"
    # still held, nothing said yet and New action still open
    deadline = time.monotonic() + typeahead.FILE_SECONDS + 1
    while getattr(pilot.app, "_held", None) and time.monotonic() < deadline:
        await pilot.pause()
        await workers_done(pilot)
    # the keys let go last start work of their own (a dialog, a save in a worker): on a
    # machine at load 5-8 one pause left the second of two notes typed ahead unsaved
    for _ in range(3):
        await pilot.pause()
        await workers_done(pilot)


async def workers_done(pilot: Pilot[object]) -> None:
    """Wait for the app's workers. One cancelled by a newer worker of its exclusive group (a
    refresh superseded by the next, likelier on a loaded machine) is not an error: wait on."""
    for _ in range(4):
        try:
            await pilot.app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            await pilot.pause()
    await pilot.app.workers.wait_for_complete()


@asynccontextmanager
async def running(db: Path) -> AsyncIterator[tuple[ActionPlanApp, Pilot[object]]]:
    app = open_app(db)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        yield app, pilot


def bar_text(app: ActionPlanApp) -> str:
    return str(app.screen.query_one(FilterBar).render())


def list_text(app: ActionPlanApp) -> str:
    actions = app.screen.query_one(ActionList)
    return "\n".join("".join(s.text for s in actions.render_line(y)) for y in range(20))


def screen_text(app: ActionPlanApp) -> str:
    """The lines the terminal was last sent (cached lines, not a fresh render)."""
    console = Console(width=app.size.width, file=io.StringIO(), record=True, force_terminal=True)
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text()


def detail_text(app: ActionPlanApp) -> str:
    """The detail as the pane shows it: the ref and title pinned at its top, then the rest."""
    pane = app.screen.query_one(DetailPane)
    return f"{pane.query_one('#detail-head').render()}\n{pane.query_one('#detail-body').render()}"


def refs(app: ActionPlanApp) -> list[str]:
    actions = app.screen.query_one(ActionList)
    return [actions.rows[i].ref for i in actions.ids if i in actions.rows]


def row(db: Path, ref: str) -> object:
    s = Store.open(db)
    try:
        return s.find_action(ref)
    finally:
        s.close()


async def test_opens_on_the_action_list_with_counts(db: Path) -> None:
    async with running(db) as (app, _):
        assert isinstance(app.focused, ActionList)
        assert "4 of 4 actions" in bar_text(app)
        assert "1 overdue" in bar_text(app)
        assert refs(app) == ["1.1", "1.2", "2.1", "2.2"]
        text = list_text(app)
        assert "! 1.1" in text  # overdue marked with a symbol, not only colour
        assert "In prog" in text and " R " in text  # status and RAG as words/letters
        assert app.screen.query_one("#middle").border_subtitle == "1–4 of 4"  # where you are


async def test_the_first_screen_counts_every_action_before_the_counts_are_read(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up reads the plans without their counts (the recommendations bring them
    later); the first screen still says "4 of 4 actions", never "4 of 0"."""
    app = open_app(db)
    counted = threading.Event()
    read = app.store.recommendations

    def late(plan_id: int) -> list[RecommendationRow]:
        counted.wait(5)
        return read(plan_id)

    monkeypatch.setattr(app.store, "recommendations", late)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert "4 of 4 actions" in bar_text(app)
        counted.set()
        await settle(pilot)
        assert "4 of 4 actions" in bar_text(app)


async def test_overdue_toggle_and_escape(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("o")
        await settle(pilot)
        assert "1 of 4 actions" in bar_text(app) and "overdue only" in bar_text(app)
        assert refs(app) == ["1.1"]
        assert app.screen.query_one("#middle").border_subtitle == "1–1 of 1"
        await pilot.press("o")
        await settle(pilot)
        assert refs(app) == ["1.1", "1.2", "2.1", "2.2"]
        await pilot.press("o", "escape")
        await settle(pilot)
        assert "4 of 4 actions" in bar_text(app) and "No filters" in bar_text(app)


async def test_triage_flow_lead_status_update_undo(db: Path) -> None:
    """Overdue → lead filter → mark done → record an update → undo the update."""
    async with running(db) as (app, pilot):
        await pilot.press("f")
        await settle(pilot)
        await pilot.press(*"marina", "enter")
        await settle(pilot)
        assert refs(app) == ["1.1", "2.2"]
        assert "person: Marina Kitchen" in bar_text(app)
        await pilot.press("s", "d")
        await settle(pilot)
        assert row(db, "1.1").status == "done"  # type: ignore[attr-defined]
        await pilot.press("u", *"Signed off at CMT", "enter")
        await settle(pilot)
        s = Store.open(db)
        detail = s.action_detail(s.find_action("1.1").id)
        assert detail.updates[0].text == "Signed off at CMT"
        assert detail.updates[0].date == dt.date(2026, 11, 24)
        s.close()
        assert "Signed off at CMT" in str(
            app.screen.query_one(DetailPane).query_one("#detail-body").render()
        )
        await pilot.press("ctrl+z")
        await settle(pilot)
        s = Store.open(db)
        assert s.action_detail(s.find_action("1.1").id).updates[0].text == "Mosaic form drafted"
        assert s.find_action("1.1").status == "done"
        s.close()


async def test_a_name_typed_whole_in_the_person_filter_is_the_one_enter_chooses(
    db: Path,
) -> None:
    """`f` then "HT" among leads "DHT" and "HT" listed DHT first, and Enter filtered the
    deputy's actions. What was typed, whole (case aside), is first, then names starting
    with it, then the rest."""
    s = Store.open(db)
    s.set_people(s.find_action("1.1").id, ["HT"], [])
    s.set_people(s.find_action("2.1").id, ["DHT"], [])
    s.set_people(s.find_action("2.2").id, ["HTLC Chair"], [])
    s.close()
    async with running(db) as (app, pilot):
        await pilot.press("f")
        await settle(pilot)
        await pilot.press(*"ht")
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert shown == ["HT", "HTLC Chair", "DHT"]
        await pilot.press("enter")
        await settle(pilot)
        assert refs(app) == ["1.1"]
        assert "person: HT" in bar_text(app)


async def test_a_lead_chosen_in_the_picker_shows_exactly_that_leads_actions(db: Path) -> None:
    """The list is read while the name is highlighted; a write meanwhile is not missed."""
    async with running(db) as (app, pilot):
        await pilot.press("f")
        await settle(pilot)
        await pilot.press(*"marina")  # Marina Kitchen highlighted: her list is read
        await settle(pilot)
        other = app.store.find_action("2.1")
        app.store.set_people(other.id, leads=["Marina Kitchen"], responsible=[])
        await pilot.press("enter")
        await settle(pilot)
        assert refs(app) == ["1.1", "2.1", "2.2"]
        await pilot.press("escape", "f")  # the same choice again, nothing written since
        await settle(pilot)
        await pilot.press(*"marina", "enter")
        await settle(pilot)
        assert refs(app) == ["1.1", "2.1", "2.2"]
        assert "person: Marina Kitchen" in bar_text(app)


def burst(app: ActionPlanApp, keys: list[str]) -> None:
    """Keys arriving at once, as when typed ahead while the app was busy."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def test_keys_typed_at_once_reach_the_dialogs_they_open(db: Path) -> None:
    """Nothing typed ahead is lost, nor read as a key of the list ("a" adds an action)."""
    async with running(db) as (app, pilot):
        burst(app, ["f", *"marina", "enter"])  # a dialog that opens after a read
        await settle(pilot)
        assert "person: Marina Kitchen" in bar_text(app)
        burst(app, ["s", "d"])  # then a one-key choice
        await settle(pilot)
        assert row(db, "1.1").status == "done"  # type: ignore[attr-defined]
        burst(app, ["u", *"a quick note", "enter"])  # then typing
        await settle(pilot)
        # the search box, Enter back to the list (a focus move), and an update at once
        burst(app, ["slash", *"quick", "enter", "u", *"and another", "enter"])
        await settle(pilot)
        assert "search: quick" in bar_text(app)
    s = Store.open(db)
    detail = s.action_detail(s.find_action("1.1").id)
    assert [u.text for u in detail.updates[:2]] == ["and another", "a quick note"]
    assert s.count_actions(ActionQuery())[0] == 4  # nothing added by a stray "a"
    s.close()


async def test_status_and_rag_keys(db: Path) -> None:
    async with running(db) as (app, pilot):
        for key, status in (
            ("n", "not_started"),
            ("b", "blocked"),
            ("x", "dropped"),
            ("d", "done"),
            ("p", "in_progress"),  # last: a done action takes no RAG (bcac3903)
        ):
            # Dropped asks why, optionally: Enter alone skips
            await pilot.press("s", key, *(["enter"] if key == "x" else []))
            await settle(pilot)
            assert row(db, "1.1").status == status  # type: ignore[attr-defined]
        await pilot.press("s", "p")  # a done action has no RAG: rated in progress
        for key, rag in (("a", "amber"), ("g", "green"), ("-", None), ("r", "red")):
            await pilot.press("r", key)
            await settle(pilot)
            assert row(db, "1.1").rag == rag  # type: ignore[attr-defined]
        await pilot.press("s", "escape")  # Esc closes a dialog without a change
        await settle(pilot)
        assert row(db, "1.1").status == "in_progress"  # type: ignore[attr-defined]


async def test_done_again_on_a_done_action_says_so_and_writes_nothing(db: Path) -> None:
    """Setting Done on an action already Done (rated Green) is no completion: the
    toast says it already is, and the status, the RAG and the history stay as they were."""
    s = Store.open(db)
    one = s.find_action("1.1").id
    s.set_status(one, "done")
    s.set_rag(one, "green")
    edits = len(s.action_history(one))
    s.close()
    async with running(db) as (app, pilot):
        await pilot.press("s", "d")
        await settle(pilot)
        said = [str(n.message) for n in app._notifications]
        assert said[-1] == "1.1 is already Done"
    s = Store.open(db)
    try:
        after = s.find_action("1.1")
        assert (after.status, after.rag) == ("done", "green")
        assert len(s.action_history(one)) == edits
    finally:
        s.close()


async def test_done_then_reopened_is_rated_again_as_before_and_one_undo_takes_it_back(
    db: Path,
) -> None:
    """`s d` on an Amber action clears its RAG; `s p` reopens it rated Amber again (from
    history), said in the toast, so the paper never shows a live action unrated."""
    s = Store.open(db)
    s.set_rag(s.find_action("1.1").id, "amber")
    s.close()
    async with running(db) as (app, pilot):
        await pilot.press("s", "d")
        await settle(pilot)
        assert (row(db, "1.1").status, row(db, "1.1").rag) == ("done", None)  # type: ignore[attr-defined]
        await pilot.press("s", "p")
        await settle(pilot)
        assert (row(db, "1.1").status, row(db, "1.1").rag) == ("in_progress", "amber")  # type: ignore[attr-defined]
        said = [str(n.message) for n in app._notifications]
        assert any("RAG none → Amber" in m for m in said), said
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert (row(db, "1.1").status, row(db, "1.1").rag) == ("done", None)  # type: ignore[attr-defined]


async def test_dropping_unrates_the_action_and_a_rating_is_refused_until_reopened(
    db: Path,
) -> None:
    """`s x` on a Red action clears its RAG as done does (no paper says "Dropped /
    Red"); `r g` then writes nothing and says why; `s p` reopens it rated Red again."""
    async with running(db) as (app, pilot):
        await pilot.press("s", "x", "enter")  # no reason given
        await settle(pilot)
        assert (row(db, "1.1").status, row(db, "1.1").rag) == ("dropped", None)  # type: ignore[attr-defined]
        await pilot.press("r", "g")
        await settle(pilot)
        assert row(db, "1.1").rag is None  # type: ignore[attr-defined]
        said = [str(n.message) for n in app._notifications]
        assert said[-1] == "1.1 is Dropped: a dropped action has no RAG rating (nothing changed)"
        assert "1.1: status In progress → Dropped, RAG Red → none" in said
        await pilot.press("s", "p")
        await settle(pilot)
        assert (row(db, "1.1").status, row(db, "1.1").rag) == ("in_progress", "red")  # type: ignore[attr-defined]


async def test_a_deadline_in_words_is_cut_at_a_word_never_mid_number(db: Path) -> None:
    """At 160 columns (the detail pane open) the Due column showed "Easter 2027" as
    "Easter 20", which reads as a year; cut, a wording ends at a whole word with "…"."""
    s = Store.open(db)
    s.set_due(s.find_action("2.1").id, None, "Easter 2027", None)
    s.set_due(s.find_action("2.2").id, None, "Each half term", None)
    s.close()
    async with running(db) as (app, pilot):
        shown = list_text(app)
    rows = {line.split()[0]: line for line in shown.splitlines() if line.strip()[:2] == "2."}
    assert "Easter…" in rows["2.1"] and "Easter 20" not in rows["2.1"], rows["2.1"]
    assert "Each…" in rows["2.2"], rows["2.2"]  # "Each half" and "…" need 10 cells


async def test_due_date_entry_shows_the_date_and_keeps_the_old_one(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("d", "ctrl+u", *"end of month")
        await settle(pilot)
        assert "Monday 30 November 2026" in str(app.screen.query_one("#parsed").render())
        await pilot.press("enter")
        await settle(pilot)
        s = Store.open(db)
        action = s.find_action("1.1")
        assert (action.due, action.due_text) == (dt.date(2026, 11, 30), "")  # stale next month
        assert [e.due for e in s.action_detail(action.id).earlier_due] == [dt.date(2026, 10, 31)]
        s.close()


@pytest.mark.parametrize(
    ("typed", "shown", "kept", "aside"),
    [
        ("next Friday", "Due: Fri 4 Dec 2026", "", False),
        ("in 2 weeks", "Due: Tue 8 Dec 2026", "", False),
        ("end of Q4", "Due: Wed 31 Mar 2027  (as written: end of Q4)", "end of Q4", True),
        ("end of jan", "Due: Sun 31 Jan 2027  (as written: end of jan)", "end of jan", True),
        ("jan 27", "Due: Sun 31 Jan 2027  (as written: jan 27)", "jan 27", True),
        ("31/1/27", "Due: Sun 31 Jan 2027", "31/1/27", False),
        ("Spring term 2027", "(as written: Spring term 2027)", "Spring term 2027", True),
    ],
)
async def test_a_due_typed_keeps_its_wording_unless_it_counts_from_today(
    db: Path, typed: str, shown: str, kept: str, aside: bool
) -> None:
    """The user typed "end of jan" and the detail kept no "(as written)": the wording
    a person types is kept as an import keeps a plan's, and shown unless it is only
    the date again ("31/1/27"). "next Friday" is stale a week later: the date alone."""
    async with running(db) as (app, pilot):
        await pilot.press("d", "ctrl+u", *typed, "enter")
        await settle(pilot)
        detail = str(app.screen.query_one(DetailPane).query_one("#detail-body").render())
        assert shown in detail and ("as written" in detail) == aside
        assert row(db, "1.1").due_text == kept  # type: ignore[attr-defined]


async def test_an_unreadable_date_is_refused_and_nothing_saved(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("d", "ctrl+u", *"whenever", "enter")
        await settle(pilot)
        assert "not understood" in str(app.screen.query_one("#parsed").render())
        await pilot.press("escape")
        await settle(pilot)
        assert row(db, "1.1").due == dt.date(2026, 10, 31)  # type: ignore[attr-defined]


async def test_a_date_that_does_not_exist_is_named_and_nothing_saved(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("d", "ctrl+u", *"30/02/2027", "enter")
        await settle(pilot)
        shown = str(app.screen.query_one("#parsed").render())
        assert shown == "→ 30 February 2027 does not exist"
        await pilot.press("escape")
        await settle(pilot)
        assert row(db, "1.1").due == dt.date(2026, 10, 31)  # type: ignore[attr-defined]


async def test_a_month_mistyped_is_named_never_read_as_the_year_alone(db: Path) -> None:
    """ "31 Janaury 2027" showed "→ Friday 31 December 2027" and Enter saved it: the
    month's slip names the month meant, and nothing is saved."""
    async with running(db) as (app, pilot):
        await pilot.press("d", "ctrl+u", *"31 Janaury 2027")
        await settle(pilot)
        shown = str(app.screen.query_one("#parsed").render())
        assert shown == "→ 'Janaury' is not a month (January?)"
        await pilot.press("enter", "escape")
        await settle(pilot)
        assert row(db, "1.1").due == dt.date(2026, 10, 31)  # type: ignore[attr-defined]


async def test_a_day_gone_by_is_said_before_it_is_saved(db: Path) -> None:
    """ "31/1/26" typed on 24 Nov 2026 for next January showed "→ Saturday 31 January
    2026" alone: saved, the action was overdue at once. The preview says the day has
    gone by; Enter still saves it (a deadline may be recorded late)."""
    async with running(db) as (app, pilot):
        await pilot.press("d", "ctrl+u", *"31/1/26")
        await settle(pilot)
        shown = str(app.screen.query_one("#parsed").render())
        assert shown == "→ Saturday 31 January 2026 — 297 days ago: overdue at once"
        await pilot.press("enter")
        await settle(pilot)
        assert row(db, "1.1").due == dt.date(2026, 1, 31)  # type: ignore[attr-defined]


async def test_search_is_incremental_over_update_text(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("slash", *"mosa")
        await settle(pilot)
        assert refs(app) == ["1.1"] and "1 of 4 actions" in bar_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert refs(app) == ["1.1", "1.2", "2.1", "2.2"]


async def test_a_word_typed_in_one_burst_draws_only_lists_true_to_the_box(db: Path) -> None:
    """Keys faster than a search are coalesced: one or two lists are drawn for 14 keys
    (the first key, then the rest as one paste), and every list drawn is the search of
    the text the box showed at that moment."""
    from textual.widgets import Input

    from tui.listing import Listing
    from tui.screens.main import MainScreen

    async with running(db) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, MainScreen)
        search = screen.query_one("#search", Input)
        drawn: list[tuple[str, list[int]]] = []
        show = screen._show_index

        def spy(listing: Listing) -> None:
            drawn.append((search.value, listing.ids))
            show(listing)

        screen._show_index = spy  # type: ignore[method-assign]
        burst(app, ["slash", *"monthly audits"])
        await settle(pilot)
        assert search.value == "monthly audits"
        assert refs(app) == ["2.1"] and "1 of 4 actions" in bar_text(app)
        assert "search: monthly audits" in bar_text(app)
        assert 1 <= len(drawn) <= 2  # the keys after the first go in as one paste
        for text, ids in drawn:
            query = ActionQuery(plan_id=screen.plan.id, text=text)
            assert ids == app.store.action_index(query).ids, text


async def test_a_slow_search_never_holds_back_what_was_typed(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The box and its list are drawn together, but a search slower than the hold
    does not keep the typed letter off the screen: it is drawn, then the list."""
    from textual.strip import Strip
    from textual.widgets import Input

    from tui.hold import HOLD_SECONDS

    async with running(db) as (app, pilot):
        search = app.screen.query_one("#search", Input)
        answered = threading.Event()
        index = app.store.action_index

        def slow(query: ActionQuery) -> object:
            answered.wait(5)
            return index(query)

        drawn: list[str] = []
        render = search.render_line

        def spy(y: int) -> Strip:
            strip = render(y)
            drawn.append(strip.text)
            return strip

        search.render_line = spy  # type: ignore[method-assign]
        monkeypatch.setattr(app.store, "action_index", slow)
        await pilot.press("slash", "k")  # no "k" in the box's placeholder
        await asyncio.sleep(HOLD_SECONDS * 3)
        await pilot.pause()
        assert any("k" in line for line in drawn)
        answered.set()
        await settle(pilot)
        assert "search: k" in bar_text(app)


async def test_edit_add_and_jump(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("e", "ctrl+u", *"Write and publish the strategy", "enter")
        await settle(pilot)
        assert row(db, "1.1").text == "Write and publish the strategy"  # type: ignore[attr-defined]
        await pilot.press("a", *"Brief the lead member", "ctrl+s")
        await settle(pilot)
        assert row(db, "1.3").text == "Brief the lead member"  # type: ignore[attr-defined]
        await pilot.press("A", *"Improve recruitment", "enter")
        await settle(pilot)
        s = Store.open(db)
        assert [r.text for r in s.recommendations(s.plans()[0].id)][-1] == "Improve recruitment"
        s.close()
        await pilot.press("colon", *"2.2", "enter")
        await settle(pilot)
        actions = app.screen.query_one(ActionList)
        assert actions.rows[actions.current].ref == "2.2"  # type: ignore[index]


async def test_leads_dialog_sets_both_roles(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("l", "ctrl+u", *"Jane Humphreys; New Officer", "enter", "y")  # new
        await settle(pilot)
        action = row(db, "1.1")
        assert action.leads == ["Jane Humphreys", "New Officer"]  # type: ignore[attr-defined]
        assert action.responsible == ["Bill Basra"]  # type: ignore[attr-defined]


async def test_undo_and_redo_across_a_restart(db: Path) -> None:
    async with running(db) as (_, pilot):
        await pilot.press("r", "g")
        await settle(pilot)
    assert row(db, "1.1").rag == "green"  # type: ignore[attr-defined]
    async with running(db) as (_, pilot):
        await pilot.press("ctrl+z", "y")  # an earlier run's edit: undone once confirmed
        await settle(pilot)
        assert row(db, "1.1").rag == "red"  # type: ignore[attr-defined]
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert row(db, "1.1").rag == "green"  # type: ignore[attr-defined]


async def test_hostile_titles_show_verbatim_and_do_nothing(db_path: Path) -> None:
    s = Store.open(db_path)
    s.merge_plans([plan_with_hostile_titles()], "hostile")  # type: ignore[list-item]
    s.close()
    async with running(db_path) as (app, pilot):
        await pilot.press("end")
        await settle(pilot)
        text = list_text(app)
        assert "[/]" in text and "[@click=app.quit" in text and "[bold]x[/bold]" in text
        assert "\x1b" not in text and "red alert" in text
        await pilot.press("up", "up", "up")
        await settle(pilot)
        assert app.is_running  # the click action in the title did not quit the app
        detail = detail_text(app)
        assert "[@click=app.quit]quit[/]" in detail and "[/] Lead" in detail
        await pilot.press("f")  # the lead picker lists names as written too
        await settle(pilot)
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert "[/] Lead" in prompts


async def test_a_failed_write_is_reported_and_the_text_kept(db: Path) -> None:
    async with running(db) as (app, pilot):
        store = app.store
        assert store is not None
        store._conn.execute("PRAGMA query_only = 1")  # the write connection
        await pilot.press("u", *"Said in the meeting", "enter")
        await settle(pilot)
        from tui.dialogs.text import NoteDialog

        assert isinstance(app.screen, NoteDialog)  # re-opened for a retry
        assert app.screen.query_one("TextArea").text == "Said in the meeting"  # type: ignore[attr-defined]
        store._conn.execute("PRAGMA query_only = 0")
        await pilot.press("enter")
        await settle(pilot)
    s = Store.open(db)
    assert s.action_detail(s.find_action("1.1").id).updates[0].text == "Said in the meeting"
    s.close()


async def test_plan_switching(db: Path) -> None:
    s = Store.open(db)
    s.merge_plans([small_plan("Another plan")], "second")
    s.close()
    async with running(db) as (app, pilot):
        assert app.screen.plan.title == "Another plan"  # type: ignore[attr-defined]
        await pilot.press("p", *"test", "enter")
        await settle(pilot)
        assert app.screen.plan.title == "Test plan"  # type: ignore[attr-defined]
        assert "4 of 4 actions" in bar_text(app)
        await pilot.press("p", *"another", "enter")  # and back again
        await settle(pilot)
        assert app.screen.plan.title == "Another plan"  # type: ignore[attr-defined]


async def test_paging_a_long_plan_draws_every_row(db_path: Path) -> None:
    """Rows beyond the first screen are fetched as the list moves: none stays a "…"."""
    actions = [ActionDoc(ref=f"1.{i}", text=f"Action number {i}") for i in range(1, 601)]
    doc = PlanDoc(title="Long plan", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    s = Store.open(db_path)
    s.merge_plans([doc], "long")
    s.close()
    async with running(db_path) as (app, pilot):
        actions = app.screen.query_one(ActionList)
        for keys in (["pagedown"] * 5, ["end"], ["pageup"] * 3):
            await pilot.press(*keys)
            await settle(pilot)
            shown = screen_text(app)
            assert "  …" not in shown
            top = int(actions.scroll_y)
            for index in (top, actions.cursor, top + actions.size.height - 1):
                ref = actions.rows[actions.ids[index]].ref
                assert f"┃  {ref} " in shown  # the focused list's heavy border


async def test_the_empty_screen_names_every_format_and_ctrl_n_starts_a_plan(
    db_path: Path,
) -> None:
    """It said "CSV or Excel file" (Word and OpenDocument import too) and nothing of
    starting a plan by hand; Ctrl+N, as it says, opens the new plan."""
    async with running(db_path) as (app, pilot):
        welcome = str(app.screen.query_one("#welcome").render())
        assert "Excel, Word, CSV or OpenDocument" in welcome and "Ctrl+N" in welcome
        await pilot.press("ctrl+n", *"Ofsted 2027", "enter")
        await settle(pilot)
        assert app.screen.plan.title == "Ofsted 2027"  # type: ignore[attr-defined]


async def test_empty_database_import_flow(db_path: Path) -> None:
    fixture = Path(__file__).parent.parent / "fixtures" / "southwark_2017.csv"
    async with running(db_path) as (app, pilot):
        assert "No plans yet" in str(app.screen.query_one("#welcome").render())
        await pilot.press("i", *str(fixture), "enter")
        await settle(pilot)
        counts = str(app.screen.query_one("#wb-counts").render())
        assert counts == "6 recommendations · 11 actions · 11 updates"
        assert Store.open(db_path).plans() == []  # the workbench wrote nothing
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "11 of 11 actions" in bar_text(app)
    s = Store.open(db_path)
    assert s.count_actions(ActionQuery())[0] == 11
    s.close()


async def test_the_tui_and_a_cli_update_write_the_same_file(db: Path) -> None:
    import subprocess
    import sys

    async with running(db) as (app, pilot):
        other = subprocess.run(
            [
                sys.executable,
                "-m",
                "actionplan.cli",
                "update",
                "2.1",
                "--note",
                "From the shell",
                "--db",
                str(db),
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert other.returncode == 0, other.stderr
        await pilot.press("u", *"From the meeting", "enter")
        await settle(pilot)
        await pilot.press("o")  # the list re-reads: the shell's write is seen, nothing lost
        await settle(pilot)
        assert refs(app) == ["1.1"]
    s = Store.open(db)
    assert s.action_detail(s.find_action("2.1").id).updates[0].text == "From the shell"
    assert s.action_detail(s.find_action("1.1").id).updates[0].text == "From the meeting"
    s.close()


async def test_an_update_made_today_reads_today_in_the_list(db: Path) -> None:
    """The list's Upd column said "0d" for a note added a moment ago: it reads "today"."""
    async with running(db) as (app, pilot):
        await pilot.press("u", *"Met the head of service", "enter")
        await settle(pilot)
        line = next(line for line in list_text(app).splitlines() if " 1.1 " in line)
    assert line.split()[-1] == "today", line


def test_update_age_fits_its_column() -> None:
    from tui.widgets.action_list import age

    today = dt.date(2026, 11, 24)
    ages = [age(today - dt.timedelta(days=d), today) for d in (0, 13, 14, 119, 120, 365, 4800)]
    assert ages == ["today", "13d", "2w", "17w", "4mo", "1y", "13y"]
    assert age(None, today) == "—"


async def test_editing_keys_wait_for_an_action(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("slash", *"zzzz", "enter")
        await settle(pilot)
        assert "0 of 4 actions" in bar_text(app)
        assert app.screen.check_action("set_status", ()) is None  # shown as unavailable
        await pilot.press("s")
        await settle(pilot)
        from tui.screens.main import MainScreen

        assert isinstance(app.screen, MainScreen)  # no dialog for nothing


async def test_scrolling_a_long_list_keeps_a_bounded_row_cache(
    tmp_path: Path, monkeypatch: object
) -> None:
    """Paging through every action keeps only the recently drawn rows; rows dropped
    are read again, and drawn right, when they come back on screen."""
    import pytest

    from bench.synth import synthetic_plan
    from tui.widgets import action_list

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(action_list, "CACHED_ROWS", 300)
    db = tmp_path / "long.db"
    with Store.open(db) as s:
        s.merge_plans([synthetic_plan(1200, 0)], "import")
    async with running(db) as (app, pilot):
        actions = app.screen.query_one(ActionList)
        for _ in range(40):
            await pilot.press("pagedown")
            await settle(pilot)
            assert len(actions.rows) <= 300
        last = actions.rows.get(actions.ids[-1])
        assert last is not None and last.ref == "60.20"  # the end was reached and read
        await pilot.press("home")
        await settle(pilot)
        assert list_text(app).splitlines()[0].split()[0] == "1.1"


async def test_j_and_k_in_the_detail_show_the_next_and_previous_action(db: Path) -> None:
    """With an action's detail open (the list filtered to one lead), j shows the next
    action of the list and k the previous one, the list's cursor following; neither
    starts a search for the letter. The key bar says so."""
    async with running(db) as (app, pilot):
        await pilot.press("f")
        await settle(pilot)
        await pilot.press(*"marina", "enter")
        await settle(pilot)
        await pilot.press("enter")  # the detail of 1.1
        await settle(pilot)
        assert isinstance(app.focused, DetailPane)
        assert detail_text(app).startswith("1.1  Write the strategy")
        await pilot.press("j")
        await settle(pilot)
        assert detail_text(app).startswith("2.2  Peer review [TBC]")
        assert app.screen.query_one(ActionList).current == app.store.find_action("2.2").id
        assert "search" not in bar_text(app) and not app.screen.query_one("#search").display
        assert isinstance(app.focused, DetailPane)
        assert refs(app) == ["1.1", "2.2"]
        keys = screen_text(app).splitlines()[-1]
        assert "j Next" in keys and "k Previous" in keys
        await pilot.press("k")
        await settle(pilot)
        assert detail_text(app).startswith("1.1  Write the strategy")
        assert app.screen.query_one(ActionList).current == app.store.find_action("1.1").id
        await pilot.press("question_mark")  # the help says it too
        await settle(pilot)
        console = Console(width=200, file=io.StringIO(), record=True)
        console.print(app.screen.table)  # type: ignore[attr-defined]
        assert "Show the next action of the list" in console.export_text()


async def test_the_detail_keeps_people_written_surname_first_apart(db: Path) -> None:
    """ "Leads: HOLT, Karen, PATEL, Divya" read as four names: people are joined by "; "."""
    s = Store.open(db)
    s.set_people(s.find_action("1.1").id, leads=["HOLT, Karen", "PATEL, Divya"], responsible=[])
    s.close()
    async with running(db) as (app, pilot):
        assert "Leads: HOLT, Karen; PATEL, Divya" in detail_text(app)


@pytest.mark.parametrize(
    ("written", "aside"),
    [
        ("31/10/2026", ""),
        ("Sat 31st October 2026", ""),
        ("October 31, 2026", ""),
        ("November 2026", "  (as written: November 2026)"),
        ("end of term", "  (as written: end of term)"),
        ("31/10/2026 (revised)", "  (as written: 31/10/2026 (revised))"),
    ],
)
async def test_the_due_line_gives_the_wording_only_when_it_says_more_than_the_date(
    db_path: Path, written: str, aside: str
) -> None:
    """A plain day-month-year cell is the date again: "Due: Sat 31 Oct 2026 (as
    written: 31/10/2026)" said it twice. A month, a term or a revised wording says
    something the date does not, and is shown beside it."""
    due = dt.date(2026, 10, 31)
    action = ActionDoc(ref="1.1", text="Write it", due=due, due_text=written)
    plan = PlanDoc(title="P", recommendations=[RecommendationDoc(ref="1", actions=[action])])
    s = Store.open(db_path)
    s.merge_plans([plan], "test")
    s.close()
    async with running(db_path) as (app, pilot):
        detail = str(app.screen.query_one(DetailPane).query_one("#detail-body").render())
        line = next(x for x in detail.splitlines() if x.startswith("Due:"))
        assert line.split("  !")[0] == f"Due: Sat 31 Oct 2026{aside}"
