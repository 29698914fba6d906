"""The help screen: every key, from the bindings themselves."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from tui.dialogs.base import Dialog, dialog_css

KEYS = [
    ("↑ ↓  j k  PgUp PgDn  Home End", "move in a pane"),
    ("← →  Tab  Shift+Tab", "move between panes"),
    ("Enter", "open / drill into the selection"),
    ("/", "search action, recommendation and update text as you type"),
    ("o", "toggle overdue only"),
    ("f", "filter by lead (type to filter, Enter applies)"),
    ("t / R / n", "filter by status / by RAG / due within N days"),
    ("Esc", "close a dialog, else clear the search, else clear the filters"),
    ("S", "change the sort order (plan, due, status, RAG, last update)"),
    ("s then n p b d x", "status: not started, in progress, blocked, done, dropped"),
    ("r then r a g -", "RAG: red, amber, green, none"),
    ("d", "set the due date (see the date understood before saving)"),
    ("l", "set leads and responsible officers"),
    ("u", "add a progress update (Enter saves, Ctrl+J new line)"),
    ("e / a / A", "edit the action's text / add an action / add a recommendation"),
    ("Delete", "archive the action (nothing is deleted; Ctrl+Z brings it back)"),
    (":", "jump to an action by its ref"),
    ("Ctrl+Z / Ctrl+Y", "undo / redo any edit, also after a restart"),
    ("w / D / x", "weekly review / dashboard / export a report"),
    ("p / i", "switch plan / import a plan"),
    ("? / Ctrl+P / q", "this help / command palette / quit"),
]


class HelpScreen(Dialog[None]):
    """All keys in one table."""

    DEFAULT_CSS = dialog_css("HelpScreen") + "HelpScreen > Vertical { width: 100; }"
    BINDINGS = [Binding("question_mark,q", "cancel", "Close")]

    def compose(self) -> ComposeResult:
        table = Table(show_header=False, box=None, padding=(0, 2))
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column()
        for key, what in KEYS:
            table.add_row(key, what)
        with Vertical():
            yield Static("actionplan — keys", classes="title")
            with VerticalScroll():
                yield Static(table)
            yield Static("Esc or ? closes", classes="hint")
