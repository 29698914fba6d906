"""Asking for a file to import: a path, with Tab completing it as a shell does."""

from __future__ import annotations

import os
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from tui.dialogs.base import Dialog, dialog_css
from tui.safe import plain

SHOW_CANDIDATES = 8


def complete_path(typed: str) -> tuple[str, list[str]]:
    """``typed`` completed as far as the files it could name agree, and those names.

    "~/Dow" becomes "~/Downloads/" when one entry starts so; with several, the
    text grows to what they share and the names are listed (folders with "/").
    What the user typed is kept as typed ("~" is not expanded on screen).
    """
    head, sep, prefix = typed.rpartition(os.sep)
    folder = Path(os.path.expanduser(head + sep)) if sep else Path(".")
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name.casefold())
    except OSError:
        return typed, []
    names = [
        e.name + (os.sep if e.is_dir() else "")
        for e in entries
        if e.name.startswith(prefix) and (prefix.startswith(".") or not e.name.startswith("."))
    ]
    if not names:
        return typed, []
    shared = os.path.commonprefix(names)
    return typed + shared[len(prefix) :], names if len(names) > 1 else []


def file_problem(path: Path) -> str:
    """Why ``path`` cannot be imported as it stands, or "" when it names a file."""
    if not path.exists():
        return f"No such file: {path}"
    if path.is_dir():
        return f"{path} is a folder: Tab lists its files"
    return ""


class PathDialog(Dialog[Path]):
    """One line for a path; Tab completes it; Enter on an existing file opens it."""

    DEFAULT_CSS = dialog_css("PathDialog") + "PathDialog #candidates { color: $text-muted; }"
    BINDINGS = [Binding("tab", "complete", "Complete", priority=True, show=False)]

    def __init__(self, title: str, typed: str = "") -> None:
        """``typed``: the path as begun so far."""
        super().__init__()
        self.title_text = title
        self.typed = typed

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.title_text), classes="title", markup=False)
            yield Input(
                self.typed, placeholder="path to the file, e.g. ~/Downloads/action-plan.xlsx"
            )
            yield Static("", id="candidates", markup=False)
            yield Static("Tab completes · Enter opens · Esc cancels", classes="hint")

    def action_complete(self) -> None:
        field = self.query_one(Input)
        completed, names = complete_path(field.value)
        field.value = completed
        field.cursor_position = len(completed)
        shown = [plain(n, one_line=True) for n in names[:SHOW_CANDIDATES]]
        if len(names) > SHOW_CANDIDATES:
            shown.append(f"… {len(names) - SHOW_CANDIDATES} more")
        self.query_one("#candidates", Static).update("  ".join(shown))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = Path(event.value.strip()).expanduser()
        problem = file_problem(path) if event.value.strip() else "Type a path first"
        if problem:
            self.query_one("#candidates", Static).update(plain(problem, one_line=True))
            return
        self.dismiss(path)
