"""Type-ahead that loses nothing: each key waits until the key before it has
done everything it set off.

Textual hands each key to the focused widget's queue and reads the next key at
once. A key that opens a dialog ("u", "s", "/", "f") or moves the focus (Enter
in the search box) does so only when its turn comes in that queue, and through
further messages, so keys typed in the same instant (or while the app was busy)
went to the wrong place: they were lost, or ran the list's own keys ("u" and an
update typed at once could add an action). Here a key is handed on only when
the key before it has been handled, every message it caused has been processed,
and a dialog it opened is ready for typing. Typed at human speed nothing waits.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeGuard

from textual import events
from textual._time import time as get_time  # the clock Textual stamps events with
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input

from store.schema import BUSY_TIMEOUT_MS
from tui.dialogs.base import Dialog
from tui.keys import dropped_after, keys_dropped

if TYPE_CHECKING:
    from textual.app import App

    _Base = App[str]
else:
    _Base = object

KEY_SECONDS = 0.5  # the longest a key waits for the one before it to settle
DIALOG_SECONDS = 1.0  # a dialog later than this waits on a busy file: keys wait on
FILE_SECONDS = BUSY_TIMEOUT_MS / 1000 + 2  # ... until SQLite gives up, and a little more
WAITING = "waiting for the file…"
SAVE_QUIET_SECONDS = 0.2  # a save not done by then waits on another program's lock
QUIT_KEYS = ("ctrl+q", "ctrl+c")
# Keys this close together are one burst of typing (80 ms a key is a fast typist; a
# pause to read a toast is longer): the burst of a word refused goes with it.
BURST_GAP = 0.3
# After an edit refused (a read-only file), while the refusal is on screen: the text
# the user goes on to type for the dialog that never opened is dropped, never a search
# ("Filters: search: Typed while read-only" a second after `u` was refused).
REFUSED_SECONDS = 5.0


def _text_box(widget: Widget | None) -> bool:
    """An Input or a TextArea: the TextArea by its class name, since importing it
    (~10 ms) is left to the dialogs that have one."""
    return isinstance(widget, Input) or any(
        cls.__name__ == "TextArea" for cls in type(widget).__mro__
    )


def _plain_input(widget: Widget | None) -> TypeGuard[Input]:
    """An Input that takes any text: a paste of several keys does what they would."""
    return (
        isinstance(widget, Input)
        and widget.type == "text"
        and not (widget.max_length or widget.restrict)
    )


@dataclass
class _DialogWait:
    """A dialog on its way (``expect_dialog``): keys wait for it."""

    due: float = 0.0  # until when keys wait for it (monotonic)
    expected_at: float = 0.0  # when it was promised, until it opens (0: none awaited)
    said: bool = False  # "waiting for the file…" was said: the file is busy


@dataclass
class _SaveWait:
    """Saves on their way: keys typed meanwhile wait for them."""

    count: int = 0
    since: float = 0.0  # when the last began (monotonic)
    said: bool = False  # "waiting for the file…" was said for them


@dataclass
class _Shut:
    """What runs that no key may interrupt ("Importing plan.xlsx")."""

    what: str = ""
    until: float = 0.0  # keys read before this (event time) were typed while it ran
    said: bool = False  # "keys typed until it is done do nothing" was said


@dataclass
class _Dropping:
    """Keys being dropped in one burst: counted while it lasts, the count said once."""

    until: float = 0.0  # a key typed before this (event time) runs on in the burst
    burst: int = 0  # keys of the burst dropped since the count was said
    timer: Timer | None = None  # says the count once the burst ends


@dataclass
class _WordDropped(_Dropping):
    """A word typed by mistake, dropped with the keys typed on straight after it."""

    at: float = 0.0  # when the word was dropped: Esc typed since is the user's


@dataclass
class _Refused(_Dropping):
    """An edit refused before its dialog opened: the typing meant for it is dropped."""

    said: str = ""  # the refusal, said again with the count of keys dropped


def _list_reading(screen: object) -> bool:
    """Is the screen's list being re-read (after a save)? A move typed meanwhile was undone
    when the rows came with the cursor kept on the action saved: "u … Enter j u …" sent at
    once put both notes on the first action."""
    return bool(getattr(screen, "list_reading", False))


def _view_of(screen: object) -> object:
    """What a screen shows that a letter can change at once (the list's filters and
    order, ``view_now``), or None for a screen that keeps none."""
    view_now = getattr(screen, "view_now", None)
    return view_now() if view_now is not None else None


class InOrderKeys(_Base):
    """Mixed into the App, before Textual's App."""

    def __init__(self) -> None:
        super().__init__()
        self._held: deque[events.Key] = deque()  # read, not yet handed on
        self._working: events.Key | None = None  # handed on, not yet back
        self._waiting_since = 0.0  # when the key in front began to wait
        self._release_queued = False
        self._typed_into: Widget | None = None  # the text box the last key was typed into
        self._dialog = _DialogWait()
        self._save = _SaveWait()
        self._shut = _Shut()
        self._dropping = _WordDropped()
        self._refused = _Refused()
        self._last_letter = False  # the last key handed on was a letter no text box took
        self._handed_at = 0.0  # when the last key was handed on (event time)
        self._word_screen: object | None = None  # the screen a word's letter was typed on
        # the screen a word's first letter was typed on, and its view then (filters,
        # order): put back when the letters turn out to be a word (``drop_typed_ahead``)
        self._word_start: tuple[object, object] | None = None
        # the last key handed on, when it was a letter no text box took: its time, its
        # character and the screen it was typed on (did it open a form? _began_a_word)
        self._opener: tuple[float, str, object] | None = None
        # when the last letters handed on in a row, none taken by a text box, were typed
        self._letters: deque[float] = deque(maxlen=4)
        # when the last key went into a text box, while no other key (but Esc) came
        # after it: typing under way when Esc was pressed (tui.dialogs.discard)
        self.text_typed_at = 0.0
        self.escape_at = 0.0  # when the last Esc was typed (Textual's event clock)
        # when the last command of a command sequence ended (a dialog's Enter, a menu's
        # choice read on as commands, a letter read as the next command): a letter
        # typed straight after it may be the next command, not a word (``_next_command``)
        self._commands_at = 0.0
        self._last_typed_at = 0.0  # when the last key handed on was typed

    def expect_dialog(self) -> None:
        """A dialog opens once a read off the UI thread is done: keys wait for it too,
        and while the file is busy (the read waits on SQLite) they go on waiting."""
        self._dialog.due = time.monotonic() + DIALOG_SECONDS
        self._dialog.expected_at = time.monotonic()

    def dialog_opened(self) -> None:
        """A dialog is ready for typing: no dialog is awaited any more."""
        self._dialog.expected_at = 0.0
        if self._dialog.said:
            self._dialog.said = False
            self._unsay_waiting()  # "waiting for the file…" is over; other toasts stay

    def _unsay_waiting(self) -> None:
        """Take "waiting for the file…" away, and only it: a toast said meanwhile (keys
        dropped, say) must stay its time. Clearing them all took it within a second."""
        for toast in [t for t in self._notifications if t.message == WAITING]:
            self._unnotify(toast)

    def dialog_abandoned(self, reason: str) -> None:
        """The promised dialog will not open (its read failed): the keys typed for it
        are dropped, never run as list keys, and the user is told."""
        self._dialog.expected_at = self._dialog.due = 0.0
        dropped = len(self._held)
        self._held.clear()
        said = f"{reason}{dropped_after(dropped)}"
        self.notify(said, severity="warning", markup=False, timeout=10)

    def drop_typed_ahead(self, word: bool = True) -> int:
        """A word typed by mistake has shown itself (a menu took a letter that is not
        its choice, or one with letters typed straight after it): the keys typed ahead
        behind it are dropped, and any on their way typed before now, never run as list
        keys nor taken as a dialog's text ("quarterly" added an action "rterly"). The
        view its first letters changed is put back ("other words": "o" showed only the
        overdue actions). ``word`` False: the keys go for another reason (a refused
        edit), and what the keys before them did was meant. Returns how many were
        waiting."""
        if word:
            self._put_view_back()
        dropped = len(self._held)
        last_typed = self._held[-1].time if self._held else 0.0
        self._held.clear()
        self._dropping.until = self._dropping.at = get_time()
        if dropped:  # typing ran on past the word: the rest of the burst goes too, keys
            # typed less than BURST_GAP after its last one; counted from when the drop was
            # read, a key typed once the burst had ended, read late, went as well
            self._dropping.until = max(self._dropping.until, last_typed + BURST_GAP)
        return dropped

    def edit_refused(self, said: str) -> None:
        """An edit was refused before its dialog opened (``said`` says why: the file is
        read-only). The text the user types on for that dialog, while the refusal is
        on screen, is dropped and counted, never run as list keys: its letters started
        a search ("search: Typed while read-only")."""
        self._refused.until = get_time() + REFUSED_SECONDS
        self._refused.said = said

    def _meant_for_refused(self, key: events.Key) -> bool:
        """Is ``key`` typing meant for the refused edit's dialog? A character (or the
        Enter that ends it) typed on the list while the refusal is on screen, the rest
        of its burst too, however long the note: dropped, and counted once it stops.
        Arrows, Esc and Ctrl keys stay the user's, and so does typing into a text box
        opened since (a search asked for with /)."""
        refused = self._refused
        if key.time >= refused.until or self._held or self._way_out(key):
            return False
        if isinstance(self.screen, Dialog) or _text_box(self.focused):
            return False
        if not key.is_printable and not (refused.burst and key.key == "enter"):
            return False
        self._count_dropped(refused, key, self._say_refused_dropped)
        return True

    def _say_refused_dropped(self) -> None:
        dropped, self._refused.burst = self._refused.burst, 0
        if dropped:
            why = "meant for the refused edit, not a search"
            said = f"{self._refused.said}; {keys_dropped(dropped)} ({why})"
            self.notify(said, severity="warning", markup=False)

    def letter_refused(self, key: events.Key) -> None:
        """A menu refused ``key`` (not its choice). When the menu's own key was typed
        straight on from a letter before it and ``key`` straight on from the menu's key,
        all in one burst, the menu was opened inside a word ("agreed" in the review: "g",
        "r" the RAG menu, "e"), and the word goes on being typed: the rest of its burst
        is dropped as it comes, never a command ("e" opened the text and "d at SLT" ran
        into it). A menu key typed on its own, then a wrong key, drops nothing more."""
        typed = [at for at in self._letters if at < key.time]  # the keys before it
        if len(typed) < 2:
            return
        before, menu = typed[-2:]
        if menu - before < BURST_GAP and key.time - menu < BURST_GAP:
            self._dropping.until = max(self._dropping.until, key.time + BURST_GAP)

    def stray_key(self, key: events.Key) -> None:
        """A question refused ``key`` (it answers nothing) and stays asked: the keys
        typed straight on behind it are the rest of a word, dropped as they come, never
        an answer ("my": "m" refused, then "y" replaced the file)."""
        self._dropping.until = max(self._dropping.until, key.time + BURST_GAP)

    def _way_out(self, key: events.Key) -> bool:
        """A key never dropped with a word: quitting, or Esc typed once the word was
        dropped (closing what the word left open)."""
        return key.key in QUIT_KEYS or (key.key == "escape" and key.time >= self._dropping.at)

    def _drop_burst(self, key: events.Key) -> None:
        """``key`` ran on from a dropped word, typed less than BURST_GAP after the key
        before it: dropped, never a search. Once the burst ends, the count is said."""
        self._count_dropped(self._dropping, key, self._say_burst_dropped)

    def _count_dropped(self, dropping: _Dropping, key: events.Key, say: Callable[[], None]) -> None:
        """``key`` dropped in ``dropping``'s burst, which now runs on past it; the count
        is said (``say``) once no key has come for BURST_GAP."""
        dropping.until = max(dropping.until, key.time + BURST_GAP)
        dropping.burst += 1
        if dropping.timer is not None:
            dropping.timer.stop()
        dropping.timer = self.set_timer(BURST_GAP, say)

    def _say_burst_dropped(self) -> None:
        dropped, self._dropping.burst = self._dropping.burst, 0
        if dropped:
            keys = "key" if dropped == 1 else "keys"
            said = f"{dropped} more typed {keys} dropped (typed on straight after)"
            self.notify(said, severity="warning", markup=False)

    def typed_ahead(self) -> list[events.Key]:
        """The keys typed ahead, not yet read, in order (does a word go on past the key
        just read, or the next commands?)."""
        return list(self._held)

    def read_on_as_commands(self) -> None:
        """The key being read (a menu's choice) is followed by the list's next commands,
        not by the rest of a word: the next key read is a command, not a word's letter."""
        self._last_letter = False
        self._commands_at = self._last_typed_at

    def save_started(self) -> None:
        """A save is on its way: keys typed from now wait for it, since a busy file
        makes it fail after ~8 s and reopen its dialog, where they landed ("locked
        noteulocked note"). A save still waiting after SAVE_QUIET_SECONDS says so."""
        self._save.count += 1
        self._save.since = started = time.monotonic()
        self.set_timer(SAVE_QUIET_SECONDS, lambda: self._say_save_waits(started))

    def save_ended(self, failed: bool) -> int:
        """The save is done. Failed, the keys typed while it waited (for the list, not
        the dialog that reopens with the text saved) are dropped: how many."""
        self._save.count = max(0, self._save.count - 1)
        dropped = len(self._held) if failed else 0
        if failed:
            self._held.clear()
        if not self._save.count and self._save.said:
            self._save.said = False
            self._unsay_waiting()
        self._release_later()
        return dropped

    def _say_save_waits(self, started: float) -> None:
        if self._save.count and self._save.since == started and not self._save.said:
            self._save.said = True
            self.notify(WAITING, markup=False, timeout=FILE_SECONDS)

    def _saving(self, key: events.Key) -> bool:
        """Must ``key`` wait for a save? Quitting never waits, nor does any key once
        SQLite itself would have given up (a save that never reported)."""
        waited = time.monotonic() - self._save.since
        return bool(self._save.count) and key.key not in QUIT_KEYS and waited < FILE_SECONDS

    def shut_keys(self, what: str) -> None:
        """``what`` (an import of 20,000 rows, ~8 s) runs: keys typed until it is done do
        nothing. A "p" typed meanwhile opened Switch plan behind the user's back."""
        self._shut.what, self._shut.said = what, False

    def open_keys(self) -> None:
        """It is done: keys typed while it ran (read only now) are dropped as well."""
        self._shut.what, self._shut.until = "", get_time()

    def _shut_out(self, key: events.Key) -> bool:
        """Is ``key`` typed while a ``shut_keys`` run ran? Ctrl+Q and Ctrl+C still quit."""
        if key.key in QUIT_KEYS or not (self._shut.what or key.time < self._shut.until):
            return False
        if self._shut.what and not self._shut.said:
            self._shut.said = True
            self.notify(f"{self._shut.what}: keys typed until it is done do nothing", markup=False)
        return True

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            if self._shut_out(event):
                return
            if not event.is_forwarded:  # read from the terminal
                if event.time < self._dropping.until and not self._way_out(event):
                    self._drop_burst(event)  # typed with a word whose rest was dropped
                    return
                if self._meant_for_refused(event):
                    return
                self._held.append(event)
                self._release_later()
                return
            if event is self._working:  # back from the widgets
                await super().on_event(event)  # its bindings run now
                self._working = None
                self._release_later()
                return
        await super().on_event(event)

    def _release_later(self) -> None:
        """Look again after what is already queued for the app (a focus move, say)."""
        if self._held and not self._release_queued:
            self._release_queued = True
            self.call_later(self._release)

    async def _release(self) -> None:
        self._release_queued = False
        if not self._held:
            return
        now = time.monotonic()
        if not self._waiting_since:
            self._waiting_since = now
        typing_on = self._typing_on(self._held[0])
        if not typing_on and self._key_waits(now - self._waiting_since):
            self.set_timer(0.001, self._release_later)
            return
        self._waiting_since = 0.0
        if self._waiting_for_file() or self._saving(self._held[0]):
            self.set_timer(0.005, self._release_later)
            return
        key = self._held[0]
        await self._dialog_ready()
        if not self._held or self._held[0] is not key:
            return  # dropped while waiting (``dialog_abandoned``)
        if self._dialog.expected_at and not isinstance(self.screen, Dialog):
            self.set_timer(0.05, self._release_later)  # the dialog is late: the file is busy
            return
        if self._opened_by_a_word() or self._began_a_word(key):
            return
        if typing_on and _plain_input(self.focused):
            self._paste_typed(self.focused)
            self._release_later()
            return
        self._held.popleft()
        into = self.focused if key.is_printable and _text_box(self.focused) else None
        command = into is None and self._next_command(key)
        if into is None and key.is_printable and self._last_letter and key.time < self._handed_at:
            self._word_screen = self.screen  # typed ahead straight after a letter: a word
        elif into is None and key.is_printable:  # a letter on its own: perhaps a word's first
            self._word_start = (self.screen, _view_of(self.screen))
        typed_on = self.screen
        await super().on_event(key)  # to the focused widget, or a priority binding
        self._working = key if key.is_forwarded else None
        self._typed_into = into
        if into is not None:
            self.text_typed_at = key.time
        elif key.key == "escape":
            self.escape_at = key.time
        else:
            self.text_typed_at = 0.0
        self._last_letter = into is None and key.is_printable and not command
        self._last_typed_at = key.time
        ended = key.key == "enter" and isinstance(typed_on, Dialog)  # its text, or its choice
        self._commands_at = key.time if command or ended else 0.0
        self._opener = (key.time, key.character or "", typed_on) if self._last_letter else None
        if self._last_letter:
            self._letters.append(key.time)
        else:
            self._letters.clear()
        self._handed_at = get_time()
        self._release_later()

    def _key_waits(self, waited: float) -> bool:
        """Does the key in front wait on, having waited ``waited`` seconds? For the key
        before it to settle, up to KEY_SECONDS; for the list being read, as long as a
        read can take (FILE_SECONDS): let go after KEY_SECONDS on a loaded machine, "j"
        moved the cursor, the list drawn then put it back, and the next note of
        "u … Enter j u … Enter" landed on the first action."""
        if _list_reading(self.screen):
            return waited < FILE_SECONDS
        return (self._busy() or not self._settled()) and waited < KEY_SECONDS

    def _next_command(self, key: events.Key) -> bool:
        """Is ``key``, a letter no text box takes, the next command of a command sequence,
        not a word's first letter? It is when typed straight on (in one burst) from the
        end of a command (a dialog's Enter, a menu's choice, a command before it) and it
        and the keys typed ahead behind it read as the list's commands: "u First note
        Enter j u Second note Enter" sent at once is two updates, where "j" then "u"
        read as a word ("just") dropped the second. A word typed with no dialog open
        before it ("just a note" on the list) is still a word."""
        if not (key.is_printable and self._commands_at) or isinstance(self.screen, Dialog):
            return False
        if key.time - self._commands_at >= BURST_GAP:
            return False
        from tui.dialogs.choice import read_as_commands  # with the menus, when first needed

        return read_as_commands([key, *self._held])

    def _put_view_back(self) -> None:
        """The view (filters, order) as it was before the word's first letter, where
        that letter was typed on a screen that keeps one (the list)."""
        start, self._word_start = self._word_start, None
        if start is None:
            return
        screen, view = start
        restore = getattr(screen, "restore_view", None)
        if view is not None and restore is not None and screen in self.screen_stack:
            restore(view)

    def _opened_by_a_word(self) -> bool:
        """Did a letter typed ahead in the middle of a word ("oak": "o" toggled a
        filter, "a" opened New action) open the dialog now on screen? Then the keys
        typed ahead behind it are the word's rest, not the dialog's text: dropped.
        A dialog key typed first ("u" and the update at once) keeps its keys."""
        word_screen, self._word_screen = self._word_screen, None
        if word_screen is None or word_screen is self.screen:
            return False
        if not isinstance(self.screen, Dialog) or self._held[0].time > self._handed_at:
            return False  # no dialog, or the key was typed after the letter was read
        dropped = self.drop_typed_ahead()
        # closed too: a menu left open after the word ("agreed" in the review: "r" opened
        # the RAG menu) took the next key as a choice, "a" setting Amber
        screen = self.screen
        screen.dismiss(None)
        name = getattr(screen, "title_text", "") or getattr(screen, "CLOSES_ON_A_WORD", "")
        self.notify(
            f"{keys_dropped(dropped)}: the rest of a word typed with no dialog open, not"
            f" keys for {name or 'this dialog'} (closed, nothing changed)",
            severity="warning",
            markup=False,
        )
        return True

    def _began_a_word(self, key: events.Key) -> bool:
        """Did the letter handed on last open a form for new text that takes no word
        (``Dialog.CLOSES_ON_A_WORD``), and is ``key`` a lowercase letter typed straight
        on from it, in one burst? "agreed at SLT" on the list: "a" opened New action
        and "greed at SLT" ran into it. Then the letter began a word: the form closes
        with nothing added, and ``key`` and the rest of its burst (typed ahead, or still
        coming) are dropped. An action's text typed once the form is seen, or starting
        with a capital ("a", "Brief the lead member"), is typed as ever."""
        opener, screen = self._opener, self.screen
        if opener is None or not isinstance(screen, Dialog) or not screen.CLOSES_ON_A_WORD:
            return False
        typed_at, letter, typed_on = opener
        char = key.character or ""
        if screen is typed_on or screen.has_typing() or not _text_box(self.focused):
            return False
        if not (char.isalpha() and char.islower()) or key.time - typed_at >= BURST_GAP:
            return False
        self._held.popleft()
        dropped = 1 + self.drop_typed_ahead()
        self._dropping.until = max(self._dropping.until, key.time + BURST_GAP)
        self._opener = None
        screen.dismiss(None)
        self.notify(
            f"{screen.CLOSES_ON_A_WORD} closed, nothing added: “{letter}{char}…” is a word"
            f" typed with no dialog open{dropped_after(dropped)}",
            severity="warning",
            markup=False,
        )
        return True

    def _paste_typed(self, box: Input) -> None:
        """Characters typed ahead into the box go in together, as a paste does: one
        insertion, one change and one search for a burst of keys, where each key was
        an insertion and a change (~0.6 ms each) and the search ran on the first
        letter. Queued behind the keys already sent to the box, so order is kept."""
        chars = []
        while self._held and self._typing_on(self._held[0]):
            key = self._held.popleft()
            chars.append(key.character or "")
            self.text_typed_at = key.time
        box.post_message(events.Paste("".join(chars)))

    def _typing_on(self, key: events.Key) -> bool:
        """A character typed straight after another into the same text box goes in
        at once: the box takes characters as they come, and what the last one set
        off (a search of the whole plan) need not be awaited. A burst of 16 keys
        then costs one frame, not 16. Any other key waits as usual."""
        return (
            key.is_printable
            and self._typed_into is not None
            and self.focused is self._typed_into
            and not self._dialog.expected_at
        )

    def _waiting_for_file(self) -> bool:
        """Is a promised dialog late (its read waits on a busy file)? Say so once; give
        up when SQLite itself would have (the read then fails and drops the keys)."""
        if not self._dialog.expected_at:
            return False
        if isinstance(self.screen, Dialog):  # it opened
            self.dialog_opened()
            return False
        waited = time.monotonic() - self._dialog.expected_at
        if waited > FILE_SECONDS:
            self.dialog_abandoned("The file stayed busy; the dialog did not open")
            return True
        if waited > DIALOG_SECONDS and not self._dialog.said:
            self._dialog.said = True
            self.notify(WAITING, markup=False, timeout=FILE_SECONDS)
        return True

    def _busy(self) -> bool:
        """Is the last key handed on still on its way through the widgets?"""
        if self._working is not None and self._working._stop_propagation:
            self._working = None  # a widget used it up (typing into a field)
        return self._working is not None

    def _settled(self) -> bool:
        """Has every message the last key caused been handled (the app's own included)?"""
        screen = self.screen
        pumps = [self, screen, *screen.walk_children()]
        return not any(pump.message_queue_size for pump in pumps)

    async def _dialog_ready(self) -> None:
        """Wait while a dialog is opening, or on its way (``expect_dialog``)."""
        until = self._dialog.due
        if isinstance(self.screen, Dialog) and not self.screen.ready:
            until = time.monotonic() + DIALOG_SECONDS
        while time.monotonic() < until:
            screen = self.screen
            if isinstance(screen, Dialog) and screen.ready:
                break
            await asyncio.sleep(0.002)
        self._dialog.due = 0.0
