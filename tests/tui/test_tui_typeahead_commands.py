"""Typed ahead fast, a meeting's commands all land: a menu's choice followed by the
next command is a command sequence, not a word; a word refused never becomes a search."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from store import Store
from store.models import ActionQuery
from tests.tui.test_tui_main import bar_text, burst, row, running, settle
from tests.tui.test_tui_stray_keys import batches_after, fields, first_update, last_batch, listen
from tui.screens.main import MainScreen

# The user check's triage of one action, typed at ~80 ms a key on a busy laptop
TRIAGE = ["s", "b", "r", "g", "d", *"31/1/2027", "enter", "u", *"Monthly report", "enter"]


async def test_status_rag_due_and_update_typed_at_once_all_land(db: Path) -> None:
    """ "b" had "r g d 3 1" typed straight after it and was refused as a word: the due
    and the update were lost and "Monthly report" became a search. Each choice here is
    followed by the next command ("r" and its choice "g", "d" and its text): all land."""
    async with running(db) as (app, pilot):
        said = listen(app)
        burst(app, TRIAGE)
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert "search" not in bar_text(app).split("(")[0]  # the bar's words, not its key hints
    assert said == [
        "1.1: status In progress → Blocked",
        "1.1: RAG Red → Green",
        "1.1: due 31 Oct 2026 → 31 Jan 2027",
        "1.1: update added",
    ]
    action = row(db, "1.1")
    assert (action.status, action.rag, str(action.due)) == ("blocked", "green", "2027-01-31")  # type: ignore[attr-defined]
    assert first_update(db, "1.1") == "Monthly report"


@pytest.mark.parametrize("word", ["rationale", "spring", "rag", "quarterly"])
async def test_a_choice_followed_by_what_is_no_command_is_still_a_word(db: Path, word: str) -> None:
    """ "rationale": "a", then "t" is no command here; "spring": "p", "r" (RAG), then "i"
    is no RAG; "rag": "g" is no command here. The word + Enter changes nothing."""
    before, first = fields(db), last_batch(db)
    async with running(db) as (app, pilot):
        said = listen(app)
        burst(app, [*word, "enter"])
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert "search" not in bar_text(app).split("(")[0]
        assert any("dropped" in message for message in said), said
    assert fields(db) == before and batches_after(db, first) == []


async def test_keys_typed_on_after_a_refused_word_never_become_a_search(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rest of the burst, typed after the word was refused, was read on the list:
    "Monthly report" became a search. Keys typed on straight after (less than the gap
    between two keys of one burst) are dropped too, and the toast says how many."""
    monkeypatch.setattr("tui.typeahead.BURST_GAP", 3.0)  # a slow test machine is one burst
    before = fields(db)
    async with running(db) as (app, pilot):
        said = listen(app)
        burst(app, [*"rationale"])
        await settle(pilot)
        burst(app, [*"Monthly report", "enter"])  # typed on, read after the refusal
        await settle(pilot)
        await pilot.pause(3.2)
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert "search" not in bar_text(app).split("(")[0]
        assert said[-1] == "15 more typed keys dropped (typed on straight after)"
    assert fields(db) == before


async def test_a_dialog_opening_late_takes_away_only_the_waiting_toast(db: Path) -> None:
    """A dialog that waited on a busy file cleared every toast as it opened: the keys
    dropped toast went within a second. Only "waiting for the file…" goes now."""
    async with running(db) as (app, pilot):
        app.notify(
            "Status of 1.1: no change ('b' was in a word, not a choice); 3 typed keys dropped"
        )
        app.expect_dialog()
        app._dialog.said = True  # the file was busy: "waiting for the file…" was said
        app.notify("waiting for the file…")
        await pilot.pause()
        app.dialog_opened()
        await pilot.pause()
        shown = [toast.message for toast in app._notifications]
        assert shown == [
            "Status of 1.1: no change ('b' was in a word, not a choice); 3 typed keys dropped"
        ]


async def test_a_rag_on_a_done_action_is_refused_and_said(db: Path) -> None:
    """ "r a" on a Done action set "Done / Amber" silently, where marking it done clears
    its RAG so that no paper says it. Now nothing is written and the toast says why;
    "r -" still clears a rating; typed straight after "s d" it is refused too."""
    first = last_batch(db)
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("down")  # 1.2, Done and unrated
        await settle(pilot)
        await pilot.press("r", "a")
        await settle(pilot)
        assert said[-1] == "1.2 is Done: a done action has no RAG rating (nothing changed)"
        await pilot.press("up")  # 1.1, In progress and Red
        await settle(pilot)
        burst(app, ["s", "d", "r", "g"])
        await settle(pilot)
        assert said[-2:] == [
            "1.1: status In progress → Done, RAG Red → none",
            "1.1 is Done: a done action has no RAG rating (nothing changed)",
        ]
    assert (row(db, "1.2").rag, row(db, "1.1").rag) == (None, None)  # type: ignore[attr-defined]
    assert batches_after(db, first) == [[("1.1", "status"), ("1.1", "rag")]]


async def test_two_updates_typed_at_once_with_a_move_between_both_land(db: Path) -> None:
    """User check, 5 Dec 2026: "u", a note, Enter, "j", "u", a second note, Enter sent in
    one burst (tmux send-keys) saved only the first note, and the toast said "20 typed
    keys dropped: the rest of a word typed with no dialog open, not keys for Progress
    update for MD21". "j" straight after the Enter that saved is the list's next command
    (a move), so "u" opens the next action's update, which takes the second note."""
    async with running(db) as (app, pilot):
        said = listen(app)
        burst(app, ["u", *"First note", "enter", "j", "u", *"Second note", "enter"])
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert said == ["1.1: update added", "1.2: update added"]
    assert (first_update(db, "1.1"), first_update(db, "1.2")) == ("First note", "Second note")


async def test_two_updates_at_once_land_on_two_actions_when_the_list_reads_slowly(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Flaky under load: the list re-read after the first note took longer than a key
    waits for it (KEY_SECONDS), so "j" moved the cursor before the list was drawn, the
    drawing put it back on 1.1, and the second note landed on 1.1 too. A key waits for
    the list however long it takes to read (here a loaded machine's 0.8 s)."""
    from tui.screens import main

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(0.8)  # in the reading thread: a loaded machine, not the test waiting
        return read_listing(*args, **kwargs)  # type: ignore[arg-type]

    read_listing = main.read_listing
    async with running(db) as (app, pilot):
        said = listen(app)
        monkeypatch.setattr(main, "read_listing", slow)
        burst(app, ["u", *"First note", "enter", "j", "u", *"Second note", "enter"])
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert said == ["1.1: update added", "1.2: update added"]
    assert (first_update(db, "1.1"), first_update(db, "1.2")) == ("First note", "Second note")


WORDS_AFTER = [
    [*"just a note", "enter"],  # on the list, no dialog open before it
    ["s", "p", *"just a note", "enter"],  # after a menu's choice
    ["u", *"Board paper", "enter", *"just a note", "enter"],  # Enter taken for a new line
]


@pytest.mark.parametrize("keys", WORDS_AFTER)
async def test_a_word_typed_with_no_dialog_open_is_still_dropped(db: Path, keys: list[str]) -> None:
    """ "just" on the list: "j" moves, "u" opens an update, "st a note" is the word's
    rest, not a note; after a choice, or after the Enter that saved a note (typed as if
    it were a new line), the same: no update "st a note" on the next action."""
    async with running(db) as (app, pilot):
        said = listen(app)
        burst(app, keys)
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert any("dropped" in message for message in said), said
    with Store.open(db) as store:
        notes = [
            u.text
            for a in store.iter_actions(ActionQuery())
            for u in store.action_detail(a.id).updates
        ]
    assert not [note for note in notes if "a note" in note]
