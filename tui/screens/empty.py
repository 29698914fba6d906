"""A fresh, empty database: how to get a plan in."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Static

from tui.widgets.key_bar import KeyBar

WELCOME = Text.assemble(
    ("No plans yet\n\n", "bold"),
    "Press ",
    ("i", "bold reverse"),
    " to import an action plan: Excel, Word, CSV or OpenDocument\n",
    "(or an actionplan JSON export). You will see how the columns were read\n",
    "and what would be created before anything is saved. ",
    ("Ctrl+N", "bold reverse"),
    " starts an\nempty plan to type in.\n\n",
    "From a shell:  ",
    ("actionplan import plan.csv", "bold"),
    "\n\n",
    "Press ",
    ("?", "bold reverse"),
    " for help, ",
    ("q", "bold reverse"),
    " to quit.",
)


class EmptyScreen(Screen[None]):
    """Says how to import a plan; `i` opens the import dialog."""

    BINDINGS = [Binding("i", "app.import", "Import a plan", id="empty_import")]

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(WELCOME, id="welcome")
        yield KeyBar()
