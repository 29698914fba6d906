"""Typing text: one line (edit, add, jump) or a note with line breaks (update)."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static, TextArea

from tui.dialogs.base import Dialog, dialog_css
from tui.safe import plain


class TextDialog(Dialog[str]):
    """A one-line input; Enter returns the text (empty text is refused)."""

    DEFAULT_CSS = dialog_css("TextDialog")

    def __init__(
        self,
        title: str,
        value: str = "",
        placeholder: str = "",
        enter: str = "saves",
        proposed: bool = False,
        check: Callable[[str], str] | None = None,
    ) -> None:
        """``check`` reads the text at Enter and says what is wrong with it ("" if
        nothing): the dialog then stays open, the text kept, the reason under it."""
        super().__init__()
        self.title_text, self.value, self.placeholder = title, value, placeholder
        self.check = check
        self.enter = enter  # what Enter does, for the hint: "saves", "jumps"
        self.proposed = proposed  # ``value`` is offered, not text to add to
        self.only_added = True  # nothing but characters typed onto the end since opening
        self._last = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.title_text), classes="title", markup=False)
            yield Input(self.value, placeholder=self.placeholder, id="text")
            if self.check is not None:  # a line for what is wrong with the text
                yield Static("", classes="error", id="error", markup=False)
            yield Static(f"Enter {self.enter} · Esc cancels", classes="hint")

    def _now_ready(self) -> None:
        """A proposed value ("14" days) is selected once the field has focus, before a
        key typed ahead is let in: what is typed replaces it ("7", not "147")."""
        if self.proposed:
            self.query_one(Input).select_all()
        super()._now_ready()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Keep ``only_added`` (a word typed on the list runs onto the end so): a key
        that deletes or types inside the text, even once, makes it False."""
        self.only_added = self.only_added and event.value.startswith(self._last)
        self._last = event.value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value:
            self.notify("Type something first, or Esc to cancel", severity="warning")
        elif self.check is not None and (wrong := self.check(value)):
            self.query_one("#error", Static).update(plain(wrong))
        else:
            self.dismiss(value)


class NoteDialog(Dialog[str]):
    """A progress update: Enter saves, Ctrl+J (or Alt+Enter) starts a new line."""

    DEFAULT_CSS = dialog_css("NoteDialog") + "NoteDialog TextArea { height: 8; }"
    BINDINGS = [
        Binding("enter", "save", "Save", priority=True),
        Binding("ctrl+j,alt+enter", "newline", "New line", priority=True),
    ]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self.title_text, self.value = title, value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.title_text), classes="title", markup=False)
            yield TextArea(self.value, id="note", soft_wrap=True, show_line_numbers=False)
            yield Static("Enter saves · Ctrl+J new line · Esc cancels", classes="hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.move_cursor(area.document.end)

    def action_newline(self) -> None:
        self.query_one(TextArea).insert("\n")

    def action_save(self) -> None:
        text = self.query_one(TextArea).text.strip()
        if text:
            self.dismiss(text)
        else:
            self.notify("Type the update first, or Esc to cancel", severity="warning")
