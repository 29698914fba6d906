"""One-key choice: `s` then `d` marks done, `r` then `a` sets amber."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.events import Key
from textual.widgets import Static

from tui.dialogs.base import Dialog, dialog_css
from tui.keys import dropped_after
from tui.safe import plain


class ChoiceDialog(Dialog[str]):
    """Shows the keys; the first matching key press dismisses with its value."""

    DEFAULT_CSS = dialog_css("ChoiceDialog")

    def __init__(
        self, title: str, choices: list[tuple[str, str, str]], default: str | None = None
    ) -> None:
        super().__init__()
        self.title_text = title
        self.choices = choices  # (key, value, label)
        self.default = default  # the key Enter stands for, shown beside it

    def compose(self) -> ComposeResult:
        body = Text()
        for key, _, label in self.choices:
            body.append(f" {key} ", style="reverse bold")
            body.append(f"  {label}")
            body.append("  (or Enter)\n" if key == self.default else "\n")
        with Vertical():
            yield Static(plain(self.title_text), classes="title", markup=False)
            yield Static(body)
            yield Static("Press a key; any other key closes this unchanged", classes="hint")

    def on_key(self, event: Key) -> None:
        """An option's key chooses it; any other key closes the menu and does nothing
        else (typing "staffing" must not reach "n" for Not started)."""
        event.stop()
        event.prevent_default()
        chosen = self.default if event.key == "enter" and self.default else None
        shown = event.character if event.is_printable else event.key
        value = next(
            (v for key, v, _ in self.choices if key in (event.character, event.key, chosen)),
            None,
        )
        if value is not None and not (event.is_printable and self._word_goes_on()):
            self.dismiss(value)
            return
        if event.key == "escape":
            self.escaped()
            return
        dropped = self._drop_typed_ahead()
        if value is not None:
            why = f"{shown!r} had letters typed straight after it: a word, not a choice"
            self.notify(f"{self._closed_unchanged()} ({why}){dropped_after(dropped)}", markup=False)
        else:
            after = dropped_after(dropped)
            self.notify(
                f"{self._closed_unchanged()} ({shown!r} is not a choice){after}", markup=False
            )
        self.dismiss(None)

    def _word_goes_on(self) -> bool:
        """Were letters typed straight after this key, before it was read ("rationale"
        at once: "r" opened RAG, "a" would set Amber)? Then the key is in a word."""
        goes_on = getattr(self.app, "letters_typed_ahead", None)  # tui.typeahead
        return bool(goes_on is not None and goes_on())

    def _drop_typed_ahead(self) -> int:
        """The keys typed ahead behind this one are the rest of a word: dropped, so
        none runs as a list key ("quarterly": "a" then added an action "rterly")."""
        drop = getattr(self.app, "drop_typed_ahead", None)  # tui.typeahead
        return int(drop()) if drop is not None else 0

    def _closed_unchanged(self) -> str:
        """What closing unchanged means: a question was answered no ("Throw away what
        you typed? — no"), a menu changed nothing."""
        if self.title_text.endswith("?"):
            return f"{self.title_text} — no"
        return f"{self.title_text}: no change"


STATUS_CHOICES = [
    ("n", "not_started", "Not started"),
    ("p", "in_progress", "In progress"),
    ("b", "blocked", "Blocked"),
    ("d", "done", "Done"),
    ("x", "dropped", "Dropped"),
]
RAG_CHOICES = [
    ("r", "red", "Red"),
    ("a", "amber", "Amber"),
    ("g", "green", "Green"),
    ("-", "none", "None"),
]
