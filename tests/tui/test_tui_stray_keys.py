"""Nothing changes by accident: words typed with no dialog open, menus, Esc in dialogs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from store import Store
from tests.tui.test_tui_main import bar_text, burst, refs, row, running, screen_text, settle
from tui import open_app, typeahead
from tui.app import ActionPlanApp
from tui.dialogs.base import ESCAPE_TYPING_GAP, Dialog
from tui.dialogs.choice import ChoiceDialog
from tui.screens.main import MainScreen
from tui.typeahead import WAITING

WORDS = [
    "staffing",
    "overdue",
    "update",
    "review",
    "dashboard",
    "deadline",
    "escalate",
    "safeguarding",
    "leads",
    "the",
    "quarterly",
]


def listen(app: ActionPlanApp) -> list[str]:
    """Every toast the app shows from now on, in order, but "waiting for the file…":
    that one says only that this machine was slow to write, which a loaded CI runner is."""
    said: list[str] = []
    notify = app.notify

    def record(message: str, *args: object, **kwargs: object) -> None:
        if str(message) != WAITING:
            said.append(str(message))
        notify(message, *args, **kwargs)  # type: ignore[arg-type]

    app.notify = record  # type: ignore[method-assign]
    return said


def fields(db: Path) -> dict[str, tuple[object, ...]]:
    """Each action's status, RAG and due, by ref."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT ref, status, rag, due, due_text FROM actions").fetchall()
    return {r[0]: tuple(r[1:]) for r in rows}


def words_of(db: Path) -> dict[str, tuple[object, ...]]:
    """Each action's text and people, by ref."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT a.ref, a.text, group_concat(p.name || ':' || ap.role) FROM actions a"
            " LEFT JOIN action_people ap ON ap.action_id = a.id"
            " LEFT JOIN people p ON p.id = ap.person_id GROUP BY a.id"
        ).fetchall()
    return {r[0]: tuple(r[1:]) for r in rows}


def batches_after(db: Path, first: int) -> list[list[tuple[str, str]]]:
    """The (action ref, field) pairs of each edit recorded after batch ``first``."""
    with sqlite3.connect(db) as conn:
        ids = [b for (b,) in conn.execute("SELECT id FROM batches WHERE id > ?", (first,))]
        return [
            conn.execute(
                "SELECT a.ref, c.field FROM changes c JOIN actions a ON a.id = c.entity_id"
                " WHERE c.batch_id = ? AND c.entity = 'action'",
                (b,),
            ).fetchall()
            for b in ids
        ]


def last_batch(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT coalesce(max(id), 0) FROM batches").fetchone()[0])


async def back_to_main(app: ActionPlanApp, pilot: object) -> None:
    """Close whatever the word left open, throwing away what it typed."""
    for _ in range(6):
        if isinstance(app.screen, MainScreen):
            return
        screen = app.screen
        key = (
            "y" if isinstance(screen, ChoiceDialog) and "Throw away" in screen.title_text else None
        )
        if key:  # a "y" read off the prompt: typed on from the word it would be typing
            await pilot.pause(ESCAPE_TYPING_GAP)  # type: ignore[attr-defined]
        await pilot.press(key or "escape")  # type: ignore[attr-defined]
        await settle(pilot)  # type: ignore[arg-type]
    raise AssertionError(f"stuck on {app.screen!r}")


async def test_common_words_and_enter_change_no_status_rag_or_due(db: Path) -> None:
    """The meeting test: each word + Enter typed on the main screen. No status, RAG,
    due date, text or person changes, and every change that is made (an update, say) is
    announced by ref."""
    before, first, texts = fields(db), last_batch(db), words_of(db)
    async with running(db) as (app, pilot):
        said = listen(app)
        for word in WORDS:
            await pilot.press(*word, "enter")
            await settle(pilot)
            await back_to_main(app, pilot)
            await pilot.press("escape")  # clear a search the word started
            await settle(pilot)
    assert fields(db) == before  # nor was any action added ("a" opens a form now)
    assert words_of(db) == texts  # "escalate" and "leads" ran onto the text and a name
    for changes in batches_after(db, first):
        for ref, field in changes:
            assert any(s.startswith(f"{ref}: ") for s in said), (ref, field, said)


async def test_a_choice_menu_closes_on_a_key_that_is_not_an_option(db: Path) -> None:
    """ "s" then "t" closes the status menu; "t" does nothing else, and says so."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("s", "t")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert row(db, "1.1").status == "in_progress"  # type: ignore[attr-defined]
        assert said == ["Status of 1.1: no change ('t' is not a choice)"]
        await pilot.press("s", "d")
        await settle(pilot)
        assert row(db, "1.1").status == "done"  # type: ignore[attr-defined]
        assert said[-1] == "1.1: status In progress → Done, RAG Red → none"
        await pilot.press("r", "g")  # a done action has no RAG: nothing written
        await settle(pilot)
        assert said[-1] == "1.1 is Done: a done action has no RAG rating (nothing changed)"


async def test_q_asks_first_so_a_word_typed_by_mistake_never_closes_the_app(db: Path) -> None:
    """ "quarterly" typed with no text box open closed the app mid-meeting ("q" quit
    at once); now "q" asks, "u" closes the question, and "q" "y" quits."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("q", "u")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, MainScreen)
        assert said == ["Quit actionplan? — no ('u' is not a choice)"]
        await pilot.press("q", "enter")  # Enter is "n", shown beside it: no complaint
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, MainScreen)
        assert len(said) == 1
        await pilot.press("q", "y")
        await settle(pilot)
        assert not app.is_running


async def test_edit_opens_with_the_cursor_at_the_end(db: Path) -> None:
    """ "e" then typing adds to the text; it never replaces it."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("e", *" now", "enter")
        await settle(pilot)
        assert row(db, "1.1").text == "Write the strategy now"  # type: ignore[attr-defined]
        assert said == ["1.1: text “Write the strategy” → “Write the strategy now”"]


async def test_letters_typed_onto_the_texts_last_word_are_asked_about(db: Path) -> None:
    """ "escalate" + Enter on the list: "e" opened the text, "scalate" ran onto its
    last word and Enter saved "Write the strategyscalate". Now it asks; "n" goes back
    to the text as typed, and a "y" saves it."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press(*"escalate", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.title_text == (
            "What you typed runs onto the last word of 1.1: “…Write the strategyscalate”. Save it?"
        )
        assert row(db, "1.1").text == "Write the strategy"  # type: ignore[attr-defined]
        await pilot.press("n")
        await settle(pilot)
        assert app.screen.query_one(Input).value == "Write the strategyscalate"
        await pilot.press("enter", "y")
        await settle(pilot)
        assert row(db, "1.1").text == "Write the strategyscalate"  # type: ignore[attr-defined]
        assert said == ["1.1: text “Write the strategy” → “Write the strategyscalate”"]


async def test_letters_typed_onto_a_text_ending_in_a_full_stop_are_asked_about(
    db: Path,
) -> None:
    """Most texts end in ".": "escalate" on the list saved "…authorisation.scalate"
    without asking, the guard fired only after a letter or digit. Letters that are all
    the editor got since it opened are asked about whatever the text ends in."""
    s = Store.open(db)
    s.set_text(s.find_action("1.1").id, "Introduce dual authorisation.")
    s.close()
    async with running(db) as (app, pilot):
        await pilot.press(*"escalate", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert "“…dual authorisation.scalate”. Save it?" in app.screen.title_text
        await pilot.press("n", "escape", "y")
        await settle(pilot)
    assert row(db, "1.1").text == "Introduce dual authorisation."  # type: ignore[attr-defined]


async def test_leads_typed_as_a_word_do_not_make_a_new_person(db: Path) -> None:
    """ "leads" + Enter on the list: "l" opened the leads at their end, "eads" ran onto
    the last name and Enter saved 1.1's lead as "Marina Kitcheneads", a new person.
    Now it asks; "n" goes back to the leads as typed, Esc and "y" throw them away."""
    async with running(db) as (app, pilot):
        await pilot.press(*"leads", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.title_text == (
            "What you typed runs onto the last word of 1.1's leads: “…Marina Kitcheneads”. Save it?"
        )
        await pilot.press("n")
        await settle(pilot)
        assert app.screen.query_one("#leads", Input).value == "Marina Kitcheneads"
        await pilot.press("escape", "y")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert row(db, "1.1").leads == ["Marina Kitchen"]  # type: ignore[attr-defined]


async def test_due_and_leads_are_announced_old_to_new(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("d", *"30/11/2026", "enter")
        await settle(pilot)
        await pilot.press("l", *"; Ann Lee", "enter", "y")  # "y": Ann Lee is a new person
        await settle(pilot)
        await pilot.press("u", *"Draft sent", "enter")
        await settle(pilot)
    assert said == [
        "1.1: due 31 Oct 2026 → 30 Nov 2026",
        "1.1: leads Marina Kitchen → Marina Kitchen; Ann Lee",
        "1.1: update added",
    ]


async def test_unbound_letters_start_a_search(db: Path) -> None:
    async with running(db) as (app, pilot):
        await pilot.press(*"vmonthly")
        await settle(pilot)
        search = app.screen.query_one("#search", Input)
        assert search.value == "vmonthly" and search.has_focus
        await pilot.press(*["backspace"] * 8, *"monthly")
        await settle(pilot)
        assert refs(app) == ["2.1"]


async def test_escape_with_typed_text_asks_first(db: Path) -> None:
    """Esc in the update box after typing asks; "n" goes back to the text, "y" discards."""
    async with running(db) as (app, pilot):
        await pilot.press("u", *"Half a note", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, Dialog)
        await pilot.press(*" more", "escape")
        await pilot.pause(ESCAPE_TYPING_GAP)  # "y" read off the prompt, not typed on
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("u", "escape")  # nothing typed: closes at once
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


async def test_the_discard_question_says_another_key_goes_back_into_the_text(db: Path) -> None:
    """It said "any other key closes this unchanged": "u" pressed to go back to the note
    was typed into it ("… [TBC]u"). The key goes back into the box, and it says so."""
    async with running(db) as (app, pilot):
        await pilot.press("u", *"Half a note", "escape")
        await pilot.pause(ESCAPE_TYPING_GAP)
        await settle(pilot)
        assert "any other key goes back to your text, a letter typed in it" in screen_text(app)
        assert "closes this unchanged" not in screen_text(app)
        await pilot.press("u")
        await settle(pilot)
        assert app.screen.query_one(TextArea).text == "Half a noteu"


async def test_no_color_starts_and_shows_focus_by_line_weight(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NO_COLOR=1 used to end in a traceback at the first frame; the focused pane is
    drawn with a heavy border, which shows without colour."""
    monkeypatch.setenv("NO_COLOR", "1")
    async with running(db) as (app, pilot):
        assert app.no_color
        lines = screen_text(app).splitlines()
        assert "┏" in lines[2] and "╭" in lines[2]  # the list heavy, the others light
        await pilot.press("right")
        await settle(pilot)
        assert "┏" in screen_text(app).splitlines()[2]
        await pilot.press("question_mark", "escape", "w")
        await settle(pilot)
        assert "Weekly review" in screen_text(app)


async def test_a_opens_one_form_and_enter_in_the_text_never_saves(db: Path) -> None:
    """ "a" + a word + Enter moves to the next field; Tab through the fields, Ctrl+S
    saves; the new action follows the recommendation's numbering with its fields."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("a", *"Staffing", "enter")  # a capital: text, not a word's rest
        await settle(pilot)
        assert isinstance(app.screen, Dialog) and "1.3" not in fields(db)
        await pilot.press("tab", *"Ann Lee", "tab", "tab", *"31/3/2027", "ctrl+s", "y")  # new
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert said[-1] == "1.3: action added"
        new = row(db, "1.3")
        assert new.text == "Staffing" and new.leads == ["Ann Lee"]  # type: ignore[attr-defined]
        assert str(new.due) == "2027-03-31" and new.status == "not_started"  # type: ignore[attr-defined]


async def test_enter_moves_through_every_field_of_the_form_and_saves_from_the_last(
    db: Path,
) -> None:
    """Enter on the recommendation moves on as the hint says (it opened the list, and
    Enter there chose and reopened it: the form could not be finished with Enter)."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("a", *"Hold a listening event", "enter", "enter")
        await pilot.press(*"Ann Lee", "enter", "enter", *"31/3/2027", "enter", "enter", "y")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert said[-1] == "1.3: action added"
        new = row(db, "1.3")
        assert new.text == "Hold a listening event" and new.leads == ["Ann Lee"]  # type: ignore[attr-defined]
        assert str(new.due) == "2027-03-31"  # type: ignore[attr-defined]


async def test_a_after_a_new_recommendation_adds_to_it(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("A", *"Improve recruitment", "enter")
        await settle(pilot)
        await pilot.press("a", *"Launch a campaign", *["tab"] * 5, "enter")  # saved from status
        await settle(pilot)
        assert said[-1] == "3.1: action added"
        assert row(db, "3.1").text == "Launch a campaign"  # type: ignore[attr-defined]


async def test_a_suggestion_taken_whole_is_not_asked_about(db: Path) -> None:
    """1.1's lead was "Marina Kit" (typed short); l, Ctrl+U, "Marina Kitc", →, Enter
    asked whether letters ran onto the last word, though "Marina Kitchen" was taken
    whole from the suggestion. A known person is saved without a question."""
    s = Store.open(db)
    try:
        s.set_people(s.find_action("1.1").id, ["Marina Kit"], ["Bill Basra"])
    finally:
        s.close()
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("l", "ctrl+u", *"Marina Kitc", "right", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert said == ["1.1: leads Marina Kit → Marina Kitchen"]
    assert row(db, "1.1").leads == ["Marina Kitchen"]  # type: ignore[attr-defined]


async def test_enter_on_a_question_takes_the_answer_shown_as_enters(db: Path) -> None:
    """Enter on "…runs onto the last word… Save it?" said "('enter' is not a choice)":
    it is the "n" answer, shown beside it, and goes back to the names quietly."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press(*"leads", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one("#leads", Input).value == "Marina Kitcheneads"
        assert said == []


async def test_ctrl_c_on_the_list_says_plainly_how_to_quit(db: Path) -> None:
    """Textual's own toast showed its markup as written: "Press [b]ctrl+q[/b] to quit
    the app". Said plainly now; the app stays open."""
    from tests.tui.test_tui_trust import running as with_toasts
    from tests.tui.test_tui_trust import toasts

    async with with_toasts(db) as (app, pilot):
        await pilot.press("ctrl+c")
        await settle(pilot)
        assert toasts(app) == ["Press ctrl+q to quit (q asks first)"]
        assert isinstance(app.screen, MainScreen)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
# a picker, an empty text box (the due-soon box holds its 14 selected: Ctrl+C copies it), choices
@pytest.mark.parametrize("keys", [("f",), ("colon",), ("s",)])
async def test_ctrl_c_in_a_dialog_says_how_to_quit_and_keeps_the_dialog(
    db: Path, keys: tuple[str, ...], size: tuple[int, int]
) -> None:
    """Ctrl+C in a dialog did nothing and said nothing (its field took it as "copy" with
    nothing selected); in a list of choices it closed the dialog as a wrong choice. It
    says in one line how to quit, and the dialog stays open as it was."""
    from tests.tui.test_tui_trust import toasts

    async with open_app(db).run_test(size=size, notifications=True) as pilot:
        app = pilot.app
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)
        dialog = app.screen
        await pilot.press("ctrl+c")
        await settle(pilot)
        assert toasts(app) == ["Press ctrl+q to quit (Esc closes this dialog)"]
        assert app.screen is dialog and app.is_running


async def test_escape_pressed_twice_to_cancel_a_menu_keeps_the_overdue_filter(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a triage of the overdue list, "s" then Esc Esc (pressed twice to be sure) closed
    the status menu and then cleared the filter, throwing the meeting back to the whole
    plan. The second Esc is the first one's twin: the filter stays and the app says how to
    clear it; an Esc on its own still clears, and with nothing to clear nothing is said."""
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("o")
        await settle(pilot)
        assert refs(app) == ["1.1"]
        await pilot.press("s")
        await settle(pilot)  # the menu on screen, as the user sees it before Esc Esc
        # pressed at once, however slowly a loaded machine runs the test between the two
        monkeypatch.setattr("tui.dialogs.base.ESCAPE_GRACE", 60.0)
        await pilot.press("escape", "escape")
        await settle(pilot)
        assert refs(app) == ["1.1"]
        assert said[-1] == "Filters and search kept: Esc again, after a moment, clears them"
        monkeypatch.setattr("tui.dialogs.base.ESCAPE_GRACE", 0.0)  # a pause since then
        await pilot.press("escape")
        await settle(pilot)
        assert refs(app) == ["1.1", "1.2", "2.1", "2.2"]
        monkeypatch.setattr("tui.dialogs.base.ESCAPE_GRACE", 60.0)
        said.clear()
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("escape", "escape")  # nothing left to clear: nothing said
        await settle(pilot)
        assert not any("kept" in message for message in said)


@pytest.mark.parametrize("word", ["quarterly", "oak", "rationale", "spring", "staffing", "gap"])
async def test_a_word_typed_at_once_on_the_list_creates_changes_and_quits_nothing(
    db: Path, word: str
) -> None:
    """The user check typed "quarterly" + Enter as one burst: "q" asked to quit, "u"
    closed that, "a" opened New action with "rterly" and Enter went on to save it.
    Now the rest of a word is dropped once the word shows itself: a menu given a key
    that is not its choice, or a choice with letters typed straight after it
    ("rationale": "a" is not Amber), or a dialog opened by a letter inside the word
    ("oak": "a" opens New action empty). No row changes, none is added, and the app
    is still open."""
    before, texts, first = fields(db), words_of(db), last_batch(db)
    async with running(db) as (app, pilot):
        said = listen(app)
        burst(app, [*word, "enter"])
        await settle(pilot)
        assert app.is_running
        screen = app.screen
        assert not (isinstance(screen, Dialog) and screen.has_typing())  # nor the word's rest
        await back_to_main(app, pilot)
        assert any("dropped" in message for message in said), said
    assert fields(db) == before and words_of(db) == texts
    assert batches_after(db, first) == []


async def test_quarterly_at_once_says_the_question_was_answered_no_and_keys_dropped(
    db: Path,
) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        burst(app, [*"quarterly", "enter"])
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert said == ["Quit actionplan? — no ('u' is not a choice); 8 typed keys dropped"]


async def test_escape_asks_in_the_text_editor_opened_again_with_what_was_typed(db: Path) -> None:
    """ "escalate" + Enter asked "…runs onto the last word… Save it?"; "n" went back to
    "Text of 1.1" holding the typed text, and Esc there threw it away without asking
    (the update dialog asks). Esc asks in every dialog holding typing: "n" keeps it."""
    async with running(db) as (app, pilot):
        await pilot.press(*"escalate", "enter")
        await settle(pilot)
        await pilot.press("n", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        assert app.screen.title_text == "Throw away what you typed?"
        await pilot.press("n")
        await settle(pilot)
        assert app.screen.query_one(Input).value == "Write the strategyscalate"
        await pilot.press("escape", "y")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert row(db, "1.1").text == "Write the strategy"  # type: ignore[attr-defined]


def first_update(db: Path, ref: str) -> str:
    s = Store.open(db)
    try:
        return s.action_detail(s.find_action(ref).id).updates[0].text
    finally:
        s.close()


async def test_a_key_not_a_choice_after_escape_goes_back_into_the_box(db: Path) -> None:
    """Interrupted, the user pressed Esc and typed on without looking: "Throw away what
    you typed?" took the "5" ("not a choice") and "Backlog now 2" + "50 after…" was
    saved as "Backlog now 20 after…". A key that is not the prompt's goes into the box."""
    async with running(db) as (app, pilot):
        await pilot.press("u", *"Backlog now 2", "escape", *"50 after the Dec panel")
        await settle(pilot)
        assert not isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert first_update(db, "1.1") == "Backlog now 250 after the Dec panel"


async def test_y_typed_on_straight_after_escape_is_typing_not_yes(db: Path) -> None:
    """Carrying on with "yesterday…" after Esc, the "y" threw the note away and "e" opened
    "Text of 1.3". A burst of typing under way when the prompt opened is typing."""
    async with running(db) as (app, pilot):
        # at once, as typed: a loaded machine spaces pilot.press's keys past the typing gap
        burst(app, ["u", *"Backlog now 2", "escape", "y"])
        await settle(pilot)
        assert not isinstance(app.screen, ChoiceDialog)
        await pilot.press(*"esterday at the panel", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert first_update(db, "1.1") == "Backlog now 2yesterday at the panel"


async def test_a_choice_inside_a_word_says_how_many_typed_keys_were_dropped(db: Path) -> None:
    """ "rationale" at once: "r" opened the RAG menu and "a" (Amber) had letters typed
    straight after it. The toast counted them as "7 more keys … they were dropped";
    now in the words every such toast uses."""
    async with running(db) as (app, pilot):
        said = listen(app)
        burst(app, [*"rationale"])
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert said == [
            "RAG rating of 1.1: no change ('a' was in a word, not a choice); 7 typed keys dropped"
        ]


@pytest.mark.parametrize("sentence", ["other words about it", "on track now", "Sort it out"])
async def test_a_sentence_typed_at_once_on_the_list_leaves_the_view_as_it_was(
    db: Path, sentence: str
) -> None:
    """User check: typing "other words…" on the list with no dialog open, "o" showed only
    the overdue actions before "t" showed the sentence for a word and its rest was
    dropped; the list stayed filtered. Once the word shows itself, the filters and the
    order its first letters set are put back: all four actions, in plan order, no
    "overdue only" on the bar. A single "o" still filters at once."""
    async with running(db) as (app, pilot):
        said = listen(app)
        burst(app, [*sentence])
        await settle(pilot)
        await back_to_main(app, pilot)
        assert refs(app) == ["1.1", "1.2", "2.1", "2.2"]
        assert "overdue only" not in bar_text(app)
        assert any("dropped" in message for message in said), said
        # a pause, as after reading the toast: a key typed straight on from the burst
        # goes with it (the menu the word opened closes with it now, so no Esc is waited on)
        await pilot.pause(typeahead.BURST_GAP)
        await pilot.press("o")
        await settle(pilot)
        assert refs(app) == ["1.1"] and "overdue only" in bar_text(app)


@pytest.mark.parametrize("at_once", [True, False])
async def test_a_sentence_typed_in_the_weekly_review_leaves_no_menu_open(
    db: Path, at_once: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "agreed at SLT" typed ahead in the weekly review: "r" inside the word opened the
    RAG menu, the rest was dropped ("10 typed keys dropped") but the menu stayed open,
    so the next "a" would set Amber. A dialog opened by a letter inside a word is
    closed with the word: nothing changed, nothing open, and the toast says so. Typed
    key by key, the menu refused "e" and the next "e" opened the text, "d at SLT" typed
    into it: a menu opened inside a word drops the rest of its burst as it comes."""
    from tui.screens.review import ReviewScreen

    before, texts, first = fields(db), words_of(db), last_batch(db)
    async with running(db) as (app, pilot):
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        said = listen(app)
        if at_once:
            burst(app, [*"agreed at SLT"])
        else:  # typed key by key, each read before the next (a slow test: a wide gap)
            monkeypatch.setattr(typeahead, "BURST_GAP", 5.0)
            await pilot.press(*"agreed at SLT")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen), app.screen
        assert said and "RAG rating" in said[0], said
        monkeypatch.setattr(typeahead, "BURST_GAP", 0.3)
        await pilot.pause(0.4)
        await pilot.press("a")  # the next key is the user's again: no Amber
        await settle(pilot)
    assert fields(db) == before and words_of(db) == texts
    assert batches_after(db, first) == []


@pytest.mark.parametrize("at_once", [True, False])
async def test_a_sentence_typed_on_the_list_opens_no_new_action(
    db: Path, at_once: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "agreed at SLT" on the list opened New action holding "greed at SLT": "a" began
    a word, and its rest ran into the form. A lowercase letter typed straight on from
    "a" (in one burst, typed ahead or not) is a word's: the form closes with nothing
    added, the rest of the burst is dropped, and the toast says so. "a" then an action's
    text typed after a look at the form ("Brief the lead member") is unchanged."""
    before, texts, first = fields(db), words_of(db), last_batch(db)
    async with running(db) as (app, pilot):
        said = listen(app)
        if at_once:
            burst(app, [*"agreed at SLT"])
        else:  # typed key by key, each read before the next (a slow test: a wide gap)
            monkeypatch.setattr(typeahead, "BURST_GAP", 5.0)
            await pilot.press(*"agreed at SLT")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen), app.screen
        assert any("dropped" in message for message in said), said
    assert fields(db) == before and words_of(db) == texts
    assert batches_after(db, first) == []
