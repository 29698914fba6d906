"""Leads and responsible officers: names separated by ";", completed as you type."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.suggester import Suggester
from textual.widgets import Input, Static

from tui.dialogs.base import Dialog, dialog_css

People = tuple[list[str], list[str]]


class NameSuggester(Suggester):
    """Completes the name being typed after the last ";" from known people."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.names = names

    async def get_suggestion(self, value: str) -> str | None:
        head, _, last = value.rpartition(";")
        typed = last.strip().casefold()
        if not typed:
            return None
        for name in self.names:
            if name.casefold().startswith(typed):
                prefix = f"{head}; " if head else ""
                return prefix + name
        return None


def split(value: str) -> list[str]:
    """Names typed into one box."""
    return [n.strip() for n in value.split(";") if n.strip()]


class PeopleDialog(Dialog[People]):
    """Two boxes; → accepts a suggestion; a new name creates a new person."""

    DEFAULT_CSS = dialog_css("PeopleDialog")

    def __init__(self, leads: list[str], responsible: list[str], known: list[str]) -> None:
        super().__init__()
        self.leads, self.responsible, self.known = leads, responsible, known

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Leads and responsible officers", classes="title")
            yield Static("Leads")
            yield Input("; ".join(self.leads), id="leads", suggester=NameSuggester(self.known))
            yield Static("Responsible")
            yield Input(
                "; ".join(self.responsible), id="responsible", suggester=NameSuggester(self.known)
            )
            yield Static(
                "Separate names with ; · → accepts a suggestion · Tab next box · "
                "Enter saves · Esc cancels",
                classes="hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        leads = split(self.query_one("#leads", Input).value)
        responsible = split(self.query_one("#responsible", Input).value)
        self.dismiss((leads, responsible))
