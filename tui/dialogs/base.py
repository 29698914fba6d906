"""The look every dialog shares: a centred panel over the screen."""

from __future__ import annotations

import time
from typing import TypeVar

from textual._time import time as get_time  # the clock Textual stamps key events with
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input

from tui.watch import ReportsFailures

T = TypeVar("T")

DIALOG_CSS = """
{name} {{ align: center middle; background: $background 60%; }}
{name} > Vertical {{
    width: 84; max-width: 95%; height: auto; max-height: 90%;
    border: thick $primary; background: $panel; padding: 1 2;
}}
{name} .title {{ text-style: bold; margin-bottom: 1; }}
{name} .hint {{ color: $text-muted; margin-top: 1; }}
{name} .error {{ color: $error; }}
"""

# Ctrl+C in a dialog: a field took it as "copy" (nothing selected: nothing happened)
# and a list of choices read it as a wrong choice; "q asks first" is untrue here.
QUIT_HINT = "Press ctrl+q to quit (Esc closes this dialog)"
# seconds: keys this close are one burst of typing (a reader of a prompt is slower)
ESCAPE_TYPING_GAP = 0.6
ESCAPE_GRACE = 0.5  # seconds: an Escape this soon after one that closed a dialog is its twin


def closed_by_escape_just_now() -> bool:
    """Did Escape close a dialog less than ``ESCAPE_GRACE`` ago? Then another Escape is
    the habit of pressing it twice to be sure, not a wish to leave the screen below."""
    return time.monotonic() - Dialog.escaped_at < ESCAPE_GRACE


DISCARD_CHOICES = [("y", "discard", "Yes, throw away what I typed"), ("n", "keep", "No, go back")]


def dialog_css(name: str) -> str:
    """The shared dialog CSS for a dialog class named ``name``."""
    return DIALOG_CSS.format(name=name)


def form_css(name: str) -> str:
    """``dialog_css`` plus one-line inputs, so a form of several fields fits 80x24; the
    focused field is bold as well as lighter (seen without colour too)."""
    return dialog_css(name) + (
        f"{name} Input {{ border: none; height: 1; padding: 0 1; background: $boost; }}\n"
        f"{name} Input:focus {{ border: none; background: $accent 30%; text-style: bold; }}\n"
    )


class Dialog(ReportsFailures, ModalScreen[T]):
    """A modal that Esc closes with None, asking first if the user typed something."""

    BINDINGS = [
        Binding("escape", "cancel", "Close", show=True),
        Binding("ctrl+c", "copy_or_hint", "Copy", show=False, priority=True),
    ]
    ASK_BEFORE_DISCARDING = True  # False where typing only filters (pickers)
    # A form its letter key opens for new text (New action "a", New recommendation
    # "A"): a lowercase letter typed straight on from that key, in one burst, shows
    # the key began a word typed with no dialog open ("agreed at SLT"), and the form
    # closes with the word (tui.typeahead), never holding "greed at SLT" as text.
    CLOSES_ON_A_WORD = ""  # the form's name where it does: "New action"
    # Fields holding a proposal that typing replaces (a date offered): selected on focus.
    REPLACED_BY_TYPING: tuple[str, ...] = ()
    escaped_at = 0.0  # when Escape last closed a dialog (any dialog): see closed_by_escape_just_now

    def escaped(self) -> None:
        """Close with None, as Escape does, remembering when (``closed_by_escape_just_now``)."""
        Dialog.escaped_at = time.monotonic()
        self.dismiss(None)

    def __init__(self) -> None:
        super().__init__()
        self.ready = False  # True once its field has focus: see tui.typeahead
        self._typed_from: list[str] = []
        # Opened again with what the user typed (a refused save, "n" to "Save it?"): its
        # fields hold typing from the start, so Esc asks as it did before.
        self.holds_typing = False

    def on_mount(self) -> None:
        for field in self.query(Input):
            # typing adds to the text, never replaces it, but where a value is only proposed
            field.select_on_focus = field.id in self.REPLACED_BY_TYPING
            field.cursor_position = len(field.value)

    def on_screen_resume(self) -> None:
        self.call_later(self._now_ready)  # after Textual's own handler has given focus

    def _now_ready(self) -> None:
        self.ready = True
        opened = getattr(self.app, "dialog_opened", None)  # tui.typeahead: stop waiting
        if opened is not None:
            opened()
        if not self._typed_from:
            self._typed_from = self._field_values()

    def _field_values(self) -> list[str]:
        # TextArea by its name: its module (~10 ms to import) is left to the dialogs with one
        return [field.value for field in self.query(Input)] + [
            str(getattr(area, "text", "")) for area in self.query("TextArea")
        ]

    def has_typing(self) -> bool:
        """Has the user typed into any field since the dialog opened?"""
        if self.holds_typing:
            return True
        return bool(self._typed_from) and self._field_values() != self._typed_from

    def action_copy_or_hint(self) -> None:
        """Ctrl+C copies the text selected in a field, as the field would; with none
        selected it says, in one line, how to quit."""
        field = self.focused
        if getattr(field, "selected_text", ""):
            field.action_copy()  # type: ignore[union-attr]
            return
        self.notify(QUIT_HINT, markup=False)

    def action_cancel(self) -> None:
        if not (self.ASK_BEFORE_DISCARDING and self.has_typing()):
            self.escaped()
            return
        from tui.dialogs.discard import TYPED, DiscardDialog  # a Dialog too

        box = self.focused
        # typing going on up to the Esc (typed within the gap before it) goes on after it
        # (tui.typeahead: the last key before Esc went into a text box, and when; the
        # keys' own times, so a busy app does not make a burst look slow)
        typed_at = float(getattr(self.app, "text_typed_at", 0.0))
        escape_at = float(getattr(self.app, "escape_at", 0.0)) or get_time()
        burst = bool(typed_at) and 0 <= escape_at - typed_at < ESCAPE_TYPING_GAP
        typing_until = escape_at if burst else 0.0

        def chosen(answer: str | None) -> None:
            if answer == "discard":
                self.dismiss(None)
            elif answer and answer.startswith(TYPED) and box is not None:
                put_back(box, answer.removeprefix(TYPED))

        self.app.push_screen(DiscardDialog(typing_until), chosen)


def put_back(box: Widget, text: str) -> None:
    """Type ``text`` into ``box`` (an Input or a TextArea) at its cursor."""
    if isinstance(box, Input):
        box.insert_text_at_cursor(text)
    else:
        insert = getattr(box, "insert", None)  # a TextArea, imported only where used
        if insert is not None:
            insert(text)
    box.focus()
