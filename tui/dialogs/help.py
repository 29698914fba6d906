"""The help screen: every key, read from the bindings themselves (tui.keys)."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from tui.dialogs.base import Dialog, dialog_css
from tui.keys import KeyHelp

HEADINGS = {"widget": "In the list", "screen": "On this screen", "app": "Everywhere"}


class HelpScreen(Dialog[None]):
    """All keys of the screen it was opened over, grouped by where they work."""

    DEFAULT_CSS = dialog_css("HelpScreen") + "HelpScreen > Vertical { width: 100; }"
    BINDINGS = [Binding("question_mark,q", "cancel", "Close")]

    def __init__(self, keys: list[KeyHelp]) -> None:
        super().__init__()
        self.keys = keys

    def compose(self) -> ComposeResult:
        self.table = table = Table(show_header=False, box=None, padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        where = None
        for key in self.keys:
            if key.where != where:
                where = key.where
                table.add_row(HEADINGS[where], "", style="underline")
            table.add_row("  " + "  ".join(key.keys), key.what)
        with Vertical():
            yield Static("actionplan — keys", classes="title")
            with VerticalScroll():
                yield Static(table)
            yield Static("Esc or ? closes", classes="hint")
