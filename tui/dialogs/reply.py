"""A lead's reply to an update request, shown before it is merged: what it would do
(the CLI's ``import --dry-run`` lines, conflicts among them), then one key merges."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from tui.dialogs.base import Dialog, dialog_css
from tui.safe import plain

MINE = "mine"  # merge, keeping the current value where the action changed since the pack
THEIRS = "theirs"  # merge, the reply's value winning there (the CLI's --theirs)
CLI_THEIRS = "(--theirs takes the reply)"  # the CLI's word in a conflict line
TUI_THEIRS = "(t takes the reply)"


class ReplyDialog(Dialog[str]):
    """The reply's summary and each action's line; Enter merges, t merges taking the
    reply's values in the conflicts, Esc merges nothing."""

    DEFAULT_CSS = dialog_css("ReplyDialog") + (
        "ReplyDialog VerticalScroll { height: auto; max-height: 12; }"  # fits 80x24
    )
    BINDINGS = [
        Binding("enter,m", "merge", "Merge", priority=True),
        Binding("t", "theirs", "Take the reply's", priority=True),
        Binding("up", "scroll(-1)", show=False),
        Binding("down", "scroll(1)", show=False),
    ]

    def __init__(self, head: str, lines: list[str], conflicts: int) -> None:
        """``head`` says whose reply to which pack; ``lines`` what merging it does."""
        super().__init__()
        self.head, self.lines, self.conflicts = head, lines, conflicts

    def compose(self) -> ComposeResult:
        body = "\n".join(plain(line, True).replace(CLI_THEIRS, TUI_THEIRS) for line in self.lines)
        keys = "Enter merges"
        if self.conflicts:  # a line each: at 80 columns one line cut a key in two
            keys += f", keeping the current value in {self._conflicts_words()}"
            keys += "\nt merges taking the reply's value in each"
        with Vertical():
            yield Static(plain(self.head), classes="title", markup=False)
            with VerticalScroll():
                yield Static(body, id="reply-lines", markup=False)
            yield Static(f"{keys} · Esc merges nothing", classes="hint", markup=False)

    def _conflicts_words(self) -> str:
        return "the conflict" if self.conflicts == 1 else f"the {self.conflicts} conflicts"

    def action_merge(self) -> None:
        self.dismiss(MINE)

    def action_theirs(self) -> None:
        if self.conflicts:
            self.dismiss(THEIRS)
        else:
            self.notify("No conflicts: Enter merges the reply", markup=False)

    def action_scroll(self, lines: int) -> None:
        self.query_one(VerticalScroll).scroll_relative(y=lines, animate=False)
