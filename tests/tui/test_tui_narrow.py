"""At 80x24: every filter in force named, an empty list that says why, hints that fit,
text cut with "…", and the workbench's error screen taking a typed path as a path."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from tests.tui.test_tui_main import screen_text, settle
from tests.tui.test_tui_workbench import open_workbench
from tui import open_app, toasts
from tui.app import ActionPlanApp
from tui.dialogs.base import ESCAPE_TYPING_GAP
from tui.dialogs.path import PathDialog
from tui.keys import key_help
from tui.widgets.action_list import ActionList
from tui.widgets.detail import DetailPane

MUST_DO = "The trust must ensure that patients arriving at the emergency department are triaged"


def must_do_plan() -> PlanDoc:
    """A CQC must-do plan: MD1 has two actions led by Kate Ellis, neither overdue."""
    action = ActionDoc(ref="MD1.1", text="Roster a streaming nurse", leads=["Kate Ellis"])
    return PlanDoc(
        title="Calderbrook CQC must-do plan",
        recommendations=[
            RecommendationDoc(
                ref="MD1",
                text=MUST_DO,
                actions=[
                    action.model_copy(update={"due": dt.date(2027, 3, 31), "status": "done"}),
                    action.model_copy(update={"ref": "MD1.2", "text": "Audit triage times"}),
                ],
            ),
            RecommendationDoc(
                ref="MD2",
                text="The trust must screen mental health risk",
                actions=[ActionDoc(ref="MD2.1", text="Add a screening tool", leads=["Tom Reid"])],
            ),
        ],
    )


@asynccontextmanager
async def at_80x24(
    db_path: Path, plan: PlanDoc | None = None
) -> AsyncIterator[tuple[ActionPlanApp, Pilot[object]]]:
    """The app at 80x24 on ``plan`` (the must-do plan unless another is given)."""
    store = Store.open(db_path)
    store.merge_plans([plan or must_do_plan()], "test import")
    store.close()
    app = open_app(db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        yield app, pilot


def lines(app: ActionPlanApp) -> list[str]:
    return [line.rstrip() for line in screen_text(app).splitlines()]


async def test_every_filter_is_named_and_an_empty_list_says_why(db_path: Path) -> None:
    async with at_80x24(db_path) as (app, pilot):
        await pilot.press("g", "down", "enter")
        await settle(pilot)
        await pilot.press("f", *"Kate", "enter")
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        shown = lines(app)
        assert shown[1] == " 0 of 3 actions  ·  0 overdue"
        assert shown[2] == " Filters: rec MD1 · person: Kate Ellis · overdue only   (Esc clears)"
        assert shown[6].strip("┃ ") == (
            "No actions in MD1 match: person Kate Ellis, overdue only. Esc clears the"
        )
        assert shown[7].strip("┃ ") == "filters."
        await pilot.press("escape")  # clears the lead and overdue: MD1's actions again
        await settle(pilot)
        shown = lines(app)
        assert shown[1] == " 2 of 3 actions  ·  0 overdue   Filters: rec MD1   (Esc clears)"
        assert "MD1.1" in screen_text(app) and "No actions" not in screen_text(app)


async def test_a_filter_line_too_long_for_80_columns_breaks_between_its_parts(
    db_path: Path,
) -> None:
    """Three filters at 80 columns broke the line inside its hint: "(Esc" at the end of
    one line, "clears)" alone on the next. Each filter and the hint now read whole."""
    async with at_80x24(db_path) as (app, pilot):
        await pilot.press("f", *"Kate", "enter")
        await settle(pilot)
        await pilot.press("t", "n", "o")
        await settle(pilot)
        shown = lines(app)
        bar = shown[2 : next(n for n, line in enumerate(shown) if line.startswith("┏"))]
    for said in ("person: Kate Ellis", "status: Not started", "overdue only"):
        assert any(said in line for line in bar), bar
    assert "(Esc clears" in shown[1] + "".join(bar), bar
    assert all(line.count("(Esc") == line.count("clears") for line in shown[1:3]), bar


async def test_the_filter_keys_fit_and_cut_text_ends_with_an_ellipsis(db_path: Path) -> None:
    async with at_80x24(db_path) as (app, pilot):
        shown = lines(app)
        assert shown[1] == " 3 of 3 actions  ·  0 overdue   No filters"
        # "t filter status", not "t status" beside the key bar's "s Status" (which sets it)
        assert (
            shown[2]
            == " o overdue · f person · t filter status · R filter RAG · n due soon · / search"
        )
        await pilot.press("g")
        await settle(pilot)
        shown = lines(app)
        md1 = next(n for n, line in enumerate(shown) if "MD1 " in line)
        # longer than its line, the text goes on to a second (cut there with "…" if need be)
        assert shown[md1].startswith("┃ MD1 The trust must ensure that patients arriving at")
        assert shown[md1 + 1].strip("┃ ") == "are triaged"


async def test_a_path_typed_on_the_workbench_error_goes_into_the_file_prompt(
    db_path: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "plan.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    async with at_80x24(db_path) as (app, pilot):
        await open_workbench(pilot, broken)
        shown = lines(app)
        assert "Nothing was imported. Esc goes back; i opens another file." in screen_text(app)
        assert shown[-1].startswith(" esc Leave  i Another file ")  # the key the message names
        again = tmp_path / "plans" / "plan.csv"  # "p" is Switch plan elsewhere
        await pilot.press(*str(again))
        await settle(pilot)
        assert isinstance(app.screen, PathDialog)  # not "Switch plan"
        assert app.screen.query_one(Input).value == str(again)
        await pilot.pause(ESCAPE_TYPING_GAP)  # done typing: "y" answers, never types on
        await pilot.press("escape", "y", "i")  # "Throw away what you typed?" y
        await settle(pilot)
        assert isinstance(app.screen, PathDialog) and app.screen.query_one(Input).value == ""


def long_plan() -> PlanDoc:
    """Two actions whose detail runs well past 24 lines: twenty notes each."""
    notes = [
        UpdateDoc(date=dt.date(2026, 10, d), text=f"Note {d} on progress") for d in range(1, 21)
    ]
    actions = [
        ActionDoc(ref=ref, text=text, leads=["Kate Ellis"], updates=notes)
        for ref, text in (("A1", "Test the continuity plan"), ("A2", "Patch the servers"))
    ]
    return PlanDoc(
        title="Audit tracker",
        recommendations=[RecommendationDoc(ref="A", text="Live", actions=actions)],
    )


async def test_opening_another_action_shows_its_detail_from_the_top(db_path: Path) -> None:
    """Read to the foot of one action's detail, then open the next: the detail kept
    its scroll, so its top line was a note and its fields were off-screen."""
    async with at_80x24(db_path, long_plan()) as (app, pilot):
        await pilot.press("enter", "end")
        await settle(pilot)
        detail = app.screen.query_one(DetailPane)
        assert detail.scroll_y > 0 and "Recommendation: A" not in screen_text(app)
        await pilot.press("escape", "down", "enter")
        await settle(pilot)
        assert detail.scroll_y == 0
        assert "A2  Patch the servers" in screen_text(app)
        assert "Recommendation: A  Live" in screen_text(app)


async def test_the_ref_and_title_stay_in_view_while_the_detail_scrolls(db_path: Path) -> None:
    """Scrolled down to read an action's notes and history at 80x24, the detail no longer
    said which action it was: its ref and title had scrolled away with its top."""
    async with at_80x24(db_path, long_plan()) as (app, pilot):
        await pilot.press("enter", "end")
        await settle(pilot)
        shown = lines(app)
        assert app.screen.query_one(DetailPane).scroll_y > 0
        assert "Recommendation: A" not in screen_text(app) and "Note 1 on progress" in shown[-6]
        assert shown[4] == "┃ A1  Test the continuity plan" + " " * 49 + "┃"
        await pilot.press("pageup")
        await settle(pilot)
        assert lines(app)[4] == shown[4]


async def test_a_long_title_is_cut_in_the_pinned_head_and_whole_in_the_body(
    db_path: Path,
) -> None:
    """Two lines at most stay pinned, the second ending "…"; the title is whole below."""
    words = "Test the business continuity plan for every service " * 4
    plan = long_plan()
    first = plan.recommendations[0].actions[0].model_copy(update={"text": words.strip()})
    rec = plan.recommendations[0].model_copy(update={"actions": [first]})
    async with at_80x24(db_path, plan.model_copy(update={"recommendations": [rec]})) as (
        app,
        pilot,
    ):
        await pilot.press("enter")
        await settle(pilot)
        shown = lines(app)
        assert shown[4].startswith("┃ A1  Test the business continuity plan")
        assert shown[5].rstrip("┃ ").endswith("…")  # the second line, cut
        assert shown[6].startswith("┃ A1  Test the business")  # the body, whole
        body = str(app.screen.query_one(DetailPane).query_one("#detail-body").render())
        assert body.startswith("A1  " + words.strip() + "\n")
        await pilot.press("end")
        await settle(pilot)
        assert lines(app)[4:6] == shown[4:6]


async def test_the_due_date_dialog_names_the_action_it_covers(db_path: Path) -> None:
    """It said only "Due date / Now: …" over the row it was for; the update dialog
    ("Progress update for MD1.1") already named its action."""
    async with at_80x24(db_path) as (app, pilot):
        await pilot.press("d")
        await settle(pilot)
        shown = screen_text(app)
        assert "Due date for MD1.1" in shown and "Now: 31 Mar 2027" in shown


async def test_a_toast_leaves_the_rows_being_read_in_view_and_soon_goes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80x24 a toast stood four rows high over the list's last rows (or the detail's
    notes) for five seconds. Now it is a line over the key bar and goes soon; an error
    stays until a key is pressed once it could be read."""
    monkeypatch.setattr(toasts, "TOAST_SECONDS", 1.0)
    monkeypatch.setattr(toasts, "ERROR_READ_SECONDS", 0.2)
    store = Store.open(db_path)
    store.merge_plans([must_do_plan()], "test import")
    store.close()
    app = open_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        rows = lines(app)[:22]
        await pilot.press("down", "s", "b")
        await settle(pilot)
        [toast] = app.screen.query("Toast")
        assert "MD1.2: status" in str(toast.render()) and toast.region.y >= 22
        blocked = rows[6].replace("Not started", "Blocked    ")
        assert lines(app)[:22] == rows[:6] + [blocked] + rows[7:]
        await pilot.pause(1.2)
        assert not app.screen.query("Toast")
        app.store._conn.execute("PRAGMA query_only = 1")  # the write connection
        await pilot.press("s", "p")
        await settle(pilot)
        await pilot.pause(1.2)
        [error] = app.screen.query("Toast")
        assert "Not saved" in str(error.render())
        await pilot.press("up")
        await settle(pilot)
        assert not app.screen.query("Toast")


async def test_reading_an_error_takes_it_away_and_leaves_later_toasts(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key that said an error was read cleared every toast, the news shown after it
    too; and a toast read its text as markup: a title "[bold]x[/]" lost its brackets."""
    monkeypatch.setattr(toasts, "ERROR_READ_SECONDS", 0.2)
    monkeypatch.setattr(toasts, "TOAST_SECONDS", 30.0)
    store = Store.open(db_path)
    store.merge_plans([must_do_plan()], "test import")
    store.close()
    app = open_app(db_path)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        app.notify("Not saved: the database is read-only", severity="error")
        app.notify("Imported '[bold]x[/]'")
        await settle(pilot)
        await pilot.pause(0.3)
        await pilot.press("up")
        await settle(pilot)
        shown = [str(t.render()) for t in app.screen.query("Toast")]
        assert len(shown) == 1 and "Imported '[bold]x[/]'" in shown[0]


async def test_the_detail_key_bar_starts_with_esc_back_at_80_columns(db_path: Path) -> None:
    """The detail shown in the list's place names the way back first (the bar is cut at
    the right, where a back hint would go unseen); Esc then shows the list again."""
    async with at_80x24(db_path) as (app, pilot):
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(DetailPane).has_focus
        assert lines(app)[-1].startswith(" esc Back  j Next  k Previous")
        await pilot.press("escape")
        await settle(pilot)
        assert not app.screen.query_one(DetailPane).has_focus
        assert "esc Back" not in lines(app)[-1]


async def test_esc_in_the_detail_beside_the_list_goes_back_to_it_and_keeps_the_filters(
    db_path: Path,
) -> None:
    """Wide, Esc in the detail cleared the filters, as on the list: a meeting's lead and
    overdue filters went with a key pressed to leave the detail. It goes back to the
    list, the filters kept; Esc on the list then clears them."""
    store = Store.open(db_path)
    store.merge_plans([must_do_plan()], "test import")
    store.close()
    async with open_app(db_path).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        await pilot.press("o", "right")
        await settle(pilot)
        assert pilot.app.screen.query_one(DetailPane).has_focus
        assert "esc Back" in lines(pilot.app)[-1]
        await pilot.press("escape")
        await settle(pilot)
        assert "overdue only" in lines(pilot.app)[1]
        assert pilot.app.screen.query_one(ActionList).has_focus
        await pilot.press("escape")
        await settle(pilot)
        assert "No filters" in lines(pilot.app)[1]


async def test_the_plan_key_is_on_the_list_key_bar_only_when_there_is_another_plan(
    db_path: Path,
) -> None:
    """'p' was found only in '?': with two plans the list's bar shows "p Plan" at 80
    columns, and p opens the switch; with one plan there is nothing to switch to."""
    async with at_80x24(db_path) as (app, pilot):
        assert " p Plan " not in lines(app)[-1]
    store = Store.open(db_path)
    store.merge_plans([must_do_plan().model_copy(update={"title": "Other plan"})], "test")
    store.close()
    async with open_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert " p Plan " in lines(pilot.app)[-1]
        await pilot.press("p")
        await settle(pilot)
        assert "Switch plan" in screen_text(pilot.app)


MEETING_KEYS = " u Update  s Status  f Person  o Overdue "


async def test_the_keys_a_meeting_needs_lead_the_list_key_bar_at_80_columns(
    db_path: Path,
) -> None:
    """With two plans "p Plan" pushed "u Update" past column 80, out of sight: the
    bar now opens with Update, Status, Person and Overdue and ends with "? Help", with
    one plan or two, and every key cut from it is still listed by "?"."""
    async with at_80x24(db_path) as (app, pilot):
        bar = lines(app)[-1]
        assert bar.startswith(MEETING_KEYS) and bar.endswith("? Help")
    store = Store.open(db_path)
    store.merge_plans([must_do_plan().model_copy(update={"title": "Other plan"})], "test")
    store.close()
    async with open_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        bar = lines(pilot.app)[-1]
        assert bar.startswith(MEETING_KEYS + " p Plan ") and bar.endswith("? Help")
        helped = {h.label for h in key_help(pilot.app, pilot.app.screen)}
        assert {"Recs", "Undo", "Review", "Quit", "Edit", "Leads"} <= helped
        assert not {"Recs", "Undo", "Review", "Quit"} & set(bar.split())


async def test_the_days_typed_for_due_soon_replace_the_14_proposed(db_path: Path) -> None:
    """'Due within how many days?' held 14 with the cursor after it: a manager typing 7
    had the list 'due within 147 days'. The 14 is a proposal, selected as it opens:
    what is typed replaces it, and Enter alone takes it."""
    async with at_80x24(db_path) as (app, pilot):
        await pilot.press("n", "7", "enter")  # typed in one burst
        await settle(pilot)
        assert "Filters: due within 7 days" in screen_text(app)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "Filters: due within 14 days" in screen_text(app)
