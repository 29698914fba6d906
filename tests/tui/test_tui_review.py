"""Weekly review, dashboard, help and palette, driven by keys."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList

from actionplan.demo import write_demo_database
from store import Store, review
from tests.conftest import added_weeks_ago
from tests.tui.test_tui_main import bar_text, refs, running, screen_text, settle
from tests.tui.test_tui_stray_keys import listen
from tui import open_app
from tui.app import ActionPlanApp
from tui.commands import ActionPlanCommands
from tui.dialogs.help import HelpScreen
from tui.screens.main import MainScreen
from tui.screens.review import ReviewScreen
from tui.widgets.action_list import ActionList
from tui.widgets.trend import trend_lines


@pytest.fixture(autouse=True)
def weeks_in_the_app(request: pytest.FixtureRequest) -> None:
    """The plan has been in the app 8 weeks and 2.2 is under way too: its review holds
    1.1 (overdue, red), 2.1 and 2.2 (started, nothing heard since they were added)."""
    charts = any(word in request.node.name for word in ("trend", "dashboard"))
    if "db" in request.fixturenames and not charts:  # the charts: the plan's own history
        added_weeks_ago(request.getfixturevalue("db"), started=("2.2",))


def header(app: object) -> str:
    return str(app.screen.query_one("#review-header").render())  # type: ignore[attr-defined]


def body(app: object) -> str:
    return str(app.screen.query_one("#review-item").render())  # type: ignore[attr-defined]


async def test_review_queue_marking_done_resume_and_summary(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        assert "0 of 3 reviewed" in header(app)
        assert "Why it is here: overdue by 24 days; RAG red" in body(app)
        assert "1.1  Write the strategy" in body(app)
        await pilot.press("s", "d")  # the main screen's keys work here unchanged
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "1 of 3 reviewed" in header(app)
        assert "2.1  Monthly audits" in body(app)
        await pilot.press("escape")  # leave half way
        await settle(pilot)
    s = Store.open(db)
    assert s.find_action("1.1").status == "done"
    s.close()
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        assert "1 of 3 reviewed" in header(app) and "2.1  Monthly audits" in body(app)
        await pilot.press("left")
        await settle(pilot)
        assert "1.1  Write the strategy" in body(app)
        await pilot.press("right", "enter", "enter")
        await settle(pilot)
        summary = body(app)
        assert "Review complete" in summary
        assert "Reviewed: 3 of 3" in summary
        assert "Status changed: 1 (In progress → Done)" in summary
    s = Store.open(db)
    plan = s.plans()[0]
    assert review.start_review(s, plan.id, review.ReviewThresholds()).reviewed == 0  # a new one
    s.close()


async def test_the_summary_counts_rag_changes_and_notes_added_during_the_review(
    db: Path,
) -> None:
    """Red → Amber and a note added during the review: the summary said "Re-dated: 0
    Turned red: 0" and nothing of either."""
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        assert "1.1  Write the strategy" in body(app)
        await pilot.press("r", "a")
        await settle(pilot)
        await pilot.press("u", *"Draft to CMT on 8 Dec", "enter")
        await settle(pilot)
        await pilot.press("s", "b", "ctrl+z")  # undone: no change
        await settle(pilot)
        for _ in range(3):
            await pilot.press("enter")
            await settle(pilot)
        lines = [" ".join(line.split()) for line in body(app).splitlines()]
    assert lines[2:8] == [
        "Reviewed: 3 of 3",
        "Status changed: 0",
        "RAG changed: 1 (Red → Amber)",
        "Re-dated: 0",
        "Updates added: 1",
        "Still overdue: 1",
    ]


async def test_an_action_closed_during_the_review_no_longer_reads_overdue(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("s", "d")
        await settle(pilot)
        assert (
            "Why it is here: nothing outstanding now. Dealt with since it was queued:"
            " overdue by 24 days; RAG red; no update for 84 days" in body(app)
        )


async def test_why_it_is_here_is_said_once_as_it_holds_now(db: Path) -> None:
    """After an update it read "overdue by 24 days; RAG red; no update for 84 days (when
    queued); now overdue by 24 days; RAG red": the reasons that still hold, twice."""
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("u", *"Draft sent to the board", "enter")
        await settle(pilot)
        why = next(line for line in body(app).splitlines() if line.startswith("Why"))
        # "(no longer: no update …)" after "overdue" read as "no longer overdue"
        assert why == (
            "Why it is here: overdue by 24 days; RAG red. Dealt with since it was queued:"
            " no update for 84 days"
        )


async def test_arrows_browse_without_marking_and_the_review_resumes_at_the_first_gap(
    db: Path,
) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        await pilot.press("right", "right", "left", "right", "right")  # to the end and back
        await settle(pilot)
        assert "0 of 3 reviewed" in header(app) and "End of the queue" in body(app)
        await pilot.press("space")  # skips to the first not yet reviewed
        await settle(pilot)
        assert "Item 1 of 3" in body(app)
        await pilot.press("space", "enter")  # skip item 1, mark item 2
        await settle(pilot)
        assert "1 of 3 reviewed" in header(app) and "Item 3 of 3" in body(app)
        await pilot.press("escape")
        await settle(pilot)
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        assert "Item 1 of 3" in body(app) and "not yet reviewed" in body(app)
        await pilot.press("enter")  # item 2 was reviewed: Enter goes on to item 3
        await settle(pilot)
        assert "2 of 3 reviewed" in header(app)


async def test_actions_closed_since_the_last_review_appear_once(db: Path) -> None:
    s = Store.open(db)
    plan = s.plans()[0]
    review.finish_review(s, review.start_review(s, plan.id, review.ReviewThresholds()).id)
    s.set_status(s.find_action("2.2").id, "done")
    s.close()
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        assert "0 of 3 reviewed" in header(app)  # 2.2 left the queue when done: once more
        await pilot.press("right", "right")
        await settle(pilot)
        assert "2.2  Peer review [TBC]" in body(app)
        assert "Why it is here: closed since last review" in body(app)
        for _ in range(3):
            await pilot.press("enter")
            await settle(pilot)
        assert "Review complete" in body(app)
    s = Store.open(db)
    again = review.start_review(s, plan.id, review.ReviewThresholds())
    assert [it.action.ref for it in again.items if review.CLOSED in it.reasons] == []
    s.close()


async def test_dashboard_numbers_and_enter_opens_the_lead(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("D")
        await settle(pilot)
        assert app.screen.TITLE == "Dashboard"
        assert "Dashboard" in str(app.screen.query_one("#dashboard-title").render())
        recs = app.screen.query_one("#dash-recs")
        first = str(recs.get_option_at_index(0).prompt)  # type: ignore[attr-defined]
        assert "Improve early help" in first and "50%" in first and "1 overdue" in first
        leads = app.screen.query_one("#dash-leads")
        assert "Marina Kitchen" in str(leads.get_option_at_index(0).prompt)  # type: ignore[attr-defined]
        leads.focus()
        await pilot.press("enter")
        await settle(pilot)
        # as "Overdue by lead" counts them: her overdue actions (test_tui_user_check35.py)
        assert refs(app) == ["1.1"] and "lead: Marina Kitchen" in bar_text(app)


async def test_the_dashboards_help_lists_enter_that_its_headings_offer(db: Path) -> None:
    """ "Progress by recommendation (Enter opens)", but `?` listed only Esc and c."""
    async with running(db) as (app, pilot):
        await pilot.press("D", "question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        opens = [k for k in app.screen.keys if "⏎" in k.keys]
        assert [k.what for k in opens] == ["Open the highlighted recommendation or lead's actions"]
        await pilot.press("escape", "down", "enter")  # the key still opens it
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and refs(app) == ["2.1", "2.2"]


async def test_the_reviews_help_says_when_enter_finishes(db: Path) -> None:
    """`?` listed "⏎ Mark reviewed, go on" and "⏎ Finish now" on the first of three items:
    which does Enter do? The second says it is past the last item."""
    async with running(db) as (app, pilot):
        await pilot.press("w", "question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        enter = [k.what for k in app.screen.keys if "⏎" in k.keys]
        assert enter == ["Mark reviewed, go on", "Past the last item: finish the review"]


def chart_rows(app: ActionPlanApp, name: str) -> list[str]:
    return str(app.screen.query_one(f"#spark-{name}").render()).splitlines()


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_trend_charts_where_nothing_has_changed_are_lines_at_their_level(
    db: Path, size: tuple[int, int]
) -> None:
    """A plan just recorded (one point: open 3, done 1, overdue 1 of 4): the charts were
    three full solid blocks, read as a maximum. Each is now one line at its share of
    the plan's actions, nothing under it; a count of 0 is a line on the bottom row."""
    async with open_app(db).run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        app = pilot.app
        assert "overdue 1 → 1" in str(app.screen.query_one("#dash-timeline").render())
        opened, done = chart_rows(app, "open"), chart_rows(app, "done")
        assert len(opened) == 3 and set(opened[0]) == {"▂"} and set(opened[2]) == {" "}
        assert set(done[2]) == {"▆"} and set(done[0]) == set(done[1]) == {" "}
        assert all(set(row) != {"█"} for name in ("open", "done") for row in chart_rows(app, name))


def test_a_count_of_zero_all_along_is_a_line_on_the_bottom_row() -> None:
    """ "overdue 0 → 0" over 12 weeks: the bottom row's thinnest block, no bar."""
    assert trend_lines([0] * 12, 4, 6, 3) == [" " * 6, " " * 6, "▁" * 6]
    assert trend_lines([0, 2, 4], 4, 3, 2) == ["  █", "▁██"]


async def test_dashboard_progress_lines_fit_an_80_column_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80x24 each recommendation's line wrapped into three, the bar between its
    words; now its text takes one line and the bar the next. Widened to 160, one line."""
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-12-02")
    write_demo_database(tmp_path / "demo.db")
    app = open_app(tmp_path / "demo.db")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        for size, lines in (((80, 24), 2), ((160, 48), 1)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            recs = app.screen.query_one("#dash-recs", OptionList)
            first = recs.get_option_at_index(0).prompt
            assert isinstance(first, Text)
            shown = first.plain.splitlines()
            assert len(shown) == lines and "1/5" in shown[-1] and "2 overdue" in shown[-1]
            assert shown[0].startswith("   1 Ensure that all children")
            width = recs.scrollable_content_region.width
            assert all(len(line) <= width for line in shown), (width, shown)


def described(*classes: type) -> list[Binding]:
    return [b for c in classes for b in Binding.make_bindings(c.BINDINGS) if b.description]


def help_text(app: ActionPlanApp) -> str:
    """The whole help table (the screen shows what fits; the rest scrolls)."""
    console = Console(width=200, file=io.StringIO(), record=True)
    console.print(app.screen.table)  # type: ignore[attr-defined]
    return console.export_text()


async def test_help_shows_every_binding_with_its_key_and_tooltip(db: Path) -> None:
    """The help is compared with the bindings, not with a second hand-written list."""
    async with running(db) as (app, pilot):
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        shown = help_text(app)
        for binding in described(ActionPlanApp, MainScreen, ActionList):
            row = f"{app.get_key_display(binding)} "
            assert row in shown, binding
            assert (binding.tooltip or binding.description) in shown, binding
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, HelpScreen)


async def test_the_palette_offers_every_screen_and_app_binding(db: Path) -> None:
    async with running(db) as (app, pilot):
        provider = ActionPlanCommands(app.screen)
        offered = {str(hit.text): hit for hit in [h async for h in provider.discover()]}
        for binding in described(ActionPlanApp, MainScreen):
            assert (binding.tooltip or binding.description) in offered, binding


async def test_command_palette_runs_the_same_actions(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press("ctrl+p", *"overdue only")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert refs(app) == ["1.1"] and "overdue only" in bar_text(app)


def footer(app: ActionPlanApp) -> str:
    from tui.widgets.key_bar import KeyBar

    return str(app.screen.query_one(KeyBar).render())


async def test_every_key_the_footer_shows_works_there(db: Path) -> None:
    """ "w Review" on the dashboard's footer opens the review (it did nothing); on the
    review itself, where it would do nothing, it is not shown."""
    from tui.screens.dashboard import DashboardScreen
    from tui.screens.review import ReviewScreen

    async with running(db) as (app, pilot):
        await pilot.press("D")
        await settle(pilot)
        assert isinstance(app.screen, DashboardScreen) and "w Review" in footer(app)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert "0 of 3 reviewed" in header(app)
        assert "w Review" not in footer(app) and "q Quit" in footer(app)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and "w Review" in footer(app)


async def test_a_review_reopened_after_finishing_shows_none_of_its_own_work_as_new(
    db: Path,
) -> None:
    """1.1 closed (with an update) in a review, the review finished, a review opened
    straight after: it showed 1.1 as "closed since last review" and "Changed since the
    last review: status Done, update". Edits made in a review belong to it."""
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        assert "1.1  Write the strategy" in body(app)
        await pilot.press("s", "d")
        await settle(pilot)
        await pilot.press("u", *"Signed off at CMT", "enter")
        await settle(pilot)
        for _ in range(3):
            await pilot.press("enter")
            await settle(pilot)
        assert "Review complete" in body(app)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert "0 of 2 reviewed" in header(app)  # 2.1 and 2.2; 1.1 is not news
        assert "closed since last review" not in body(app)
        assert "Changed since the last review: nothing" in body(app)


async def test_the_review_complete_footer_names_only_the_keys_that_work_there(
    db: Path,
) -> None:
    """ "Review complete" kept the queue's footer: ← Back, → Next, ⏎ Reviewed, Space
    Skip and the edit keys, all doing nothing there. It names Esc, which returns to the
    plan, and the app's keys; past the last item Enter says it finishes the review."""
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        assert "⏎ Reviewed" in footer(app) and "→ Next" in footer(app)
        await pilot.press("right", "right", "right")
        await settle(pilot)
        assert "End of the queue" in body(app)
        keys = footer(app)
        assert "⏎ Finish review" in keys and "Reviewed" not in keys and "→ Next" not in keys
        await pilot.press("enter")
        await settle(pilot)
        assert "Review complete" in body(app)
        keys = footer(app)
        assert keys.split() == ["esc", "Leave", "review", "q", "Quit", "?", "Help", "^p", "palette"]
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


async def test_escape_pressed_twice_to_cancel_a_dialog_stays_in_the_review(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "s" then Esc Esc (the habit of pressing it twice to be sure) closed the status
    menu and then left the weekly review. The second Esc is the first one's twin: the
    review stays, and says how to leave; an Esc on its own still leaves."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        # pressed at once, however slowly a loaded machine runs the test between the two
        monkeypatch.setattr("tui.dialogs.base.ESCAPE_GRACE", 60.0)
        await pilot.press("s", "escape", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert said[-1] == "Still in the review: Esc again leaves it"
        monkeypatch.setattr("tui.dialogs.base.ESCAPE_GRACE", 0.0)  # a pause since then
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ReviewScreen)


async def test_the_reviews_key_bar_shows_update_and_status_at_80_columns(db: Path) -> None:
    """At 80 columns the bar ended "s Status …": "u Update", the key a review needs
    most, was cut. Update and Status follow the review's own keys now."""
    app = open_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        bar = screen_text(app).splitlines()[-1]
        assert bar.startswith(" ← Back  → Next  ⏎ Reviewed  u Update  s Status  space Skip")
        assert bar.rstrip().endswith("? Help")


async def test_the_review_title_keeps_its_count_at_80_columns(db_path: Path) -> None:
    """ "… Children's Services and Education Improvement Plan 2026-27 — 0 of 3 rev" was
    cut at 80x24: the count the user steers by goes before the plan's title."""
    from tests.conftest import small_plan
    from tests.tui.test_tui_main import screen_text

    s = Store.open(db_path)
    s.merge_plans([small_plan("Children's Services and Education Improvement Plan 2026-27")], "t")
    s.close()
    added_weeks_ago(db_path, started=("2.2",))
    app = open_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        top = screen_text(app).splitlines()[0]
        assert top.startswith(" Weekly review — 0 of 3 reviewed — Children's Services")
        assert top.rstrip().endswith("…")


async def test_the_detail_shows_the_title_once_after_an_empty_list(db: Path) -> None:
    """At 160x48, a search that found nothing ("No action selected") and then found 1.1
    showed "1.1  Write the strategy" twice: the pinned head, hidden meanwhile, had no
    width yet, was taken as cut, and the body repeated the title whole."""
    from tests.tui.test_tui_main import detail_text

    async with running(db) as (app, pilot):
        await pilot.press("/", *"zzz")
        await settle(pilot)
        assert "No action selected" in detail_text(app)
        await pilot.press("backspace", "backspace", "backspace")
        await settle(pilot)
        assert detail_text(app).count("Write the strategy") == 1
