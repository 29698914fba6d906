"""The look every dialog shares: a centred panel over the screen."""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen

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


def dialog_css(name: str) -> str:
    """The shared dialog CSS for a dialog class named ``name``."""
    return DIALOG_CSS.format(name=name)


class Dialog(ModalScreen[T]):
    """A modal that Esc closes with None."""

    BINDINGS = [Binding("escape", "cancel", "Close", show=True)]

    def __init__(self) -> None:
        super().__init__()
        self.ready = False  # True once its field has focus: see tui.typeahead

    def on_screen_resume(self) -> None:
        self.call_later(self._now_ready)  # after Textual's own handler has given focus

    def _now_ready(self) -> None:
        self.ready = True

    def action_cancel(self) -> None:
        self.dismiss(None)
