"""Leads and responsible officers: names separated by ";", completed as you type."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.suggester import Suggester
from textual.widgets import Input, Static

from store.apply import person_key
from tui.dialogs.base import Dialog, dialog_css
from tui.safe import clip
from tui.words import glued_on, glued_question, save_or_back

People = tuple[list[str], list[str]]


class NameSuggester(Suggester):
    """Completes the name being typed after the last ";" from known people."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.names = names

    async def get_suggestion(self, value: str) -> str | None:
        return self.suggest(value)

    def suggest(self, value: str) -> str | None:
        """The box's value with the last name completed, or None if no name fits."""
        head, _, last = value.rpartition(";")
        typed = last.strip().casefold()
        if not typed:
            return None
        for name in self.names:
            if name.casefold().startswith(typed):
                prefix = f"{head}; " if head else ""
                return prefix + name
        return None


class NameInput(Input):
    """A box of names: Tab and End, like →, take the suggestion shown before moving on.

    "Head of Perf" + Tab moved to the next box with the suggestion "Head of Performance
    and Intelligence" dropped, and saved "Head of Perf" as a new person."""

    BINDINGS = [Binding("tab", "accept_and_next", "Next field", show=False)]

    def accept_suggestion(self) -> None:
        """Complete the last name, as → does at the end of the text. Asked of the
        suggester itself, so a Tab typed before the suggestion was drawn takes it too."""
        suggester = self.suggester
        if not (self.cursor_at_end and self.selection.is_empty):
            return
        if isinstance(suggester, NameSuggester):
            suggestion = suggester.suggest(self.value)
        else:
            suggestion = self._suggestion or None
        if suggestion and len(suggestion) > len(self.value):
            self.value = suggestion
            self.cursor_position = len(suggestion)

    def action_accept_and_next(self) -> None:
        self.accept_suggestion()
        self.screen.focus_next()

    def action_end(self, select: bool = False) -> None:
        super().action_end(select)
        if not select:
            self.accept_suggestion()


def split(value: str) -> list[str]:
    """Names typed into one box."""
    return [n.strip() for n in value.split(";") if n.strip()]


def people_question(
    subject: str, before: People, after: People, known: Collection[str]
) -> tuple[str, str] | None:
    """(the question, the role asked about) when a saved name means no one on an action
    (``known``: their names and aliases as ``person_key``), else None. Letters run onto
    the last name ("leads" typed on the list: "Marina Kitchen" + "eads") are said so;
    any other new name is named as a new person, so "Head of Perf" is never saved
    by a key that meant to accept "Head of Performance and Intelligence"."""
    for role, old, new in (("leads", before[0], after[0]), ("responsible", before[1], after[1])):
        fresh = [n for n in new if person_key(n) not in known]
        if not fresh:
            continue
        joined = "; ".join(new)
        if glued_on("; ".join(old), joined) and fresh[-1] == new[-1]:
            shown = clip(joined[-30:], 40)
            return glued_question(f"{subject}'s {role}", shown), role
        many = "people" if len(fresh) > 1 else "person"
        names = ", ".join(f"'{clip(n, 40)}'" for n in fresh)
        field = "responsible officers" if role == "responsible" else role
        return f"New {many} on {subject}'s {field}: {names}, not on any action yet. Save it?", role
    return None


def ask_about_people(
    dialog: Dialog[Any], question: tuple[str, str], save: Callable[[], object]
) -> None:
    """Ask ``question`` over ``dialog``: "y" saves; "n" or Enter (the answer shown as
    Enter's) goes back to the names as typed."""
    from tui.dialogs.choice import ChoiceDialog

    text, role = question

    def answered(answer: str | None) -> None:
        if answer == "save":
            save()
        else:
            dialog.query_one(f"#{role}", Input).focus()

    dialog.app.push_screen(ChoiceDialog(text, save_or_back("names"), default="n"), answered)


class PeopleDialog(Dialog[People]):
    """Two boxes; →, End or Tab accepts a suggestion; a new name is asked about."""

    DEFAULT_CSS = dialog_css("PeopleDialog")

    def __init__(
        self,
        leads: list[str],
        responsible: list[str],
        names: list[str],
        known: Collection[str] = frozenset(),
        subject: str = "",
        before: People | None = None,
    ) -> None:
        super().__init__()
        self.leads, self.responsible, self.names = leads, responsible, names
        self.known = known or {person_key(n) for n in names}
        self.subject = subject or "the action"
        self.before = before or (leads, responsible)  # the action's, for letters run on

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Leads and responsible officers", classes="title")
            yield Static("Leads")
            yield NameInput("; ".join(self.leads), id="leads", suggester=NameSuggester(self.names))
            yield Static("Responsible")
            yield NameInput(
                "; ".join(self.responsible), id="responsible", suggester=NameSuggester(self.names)
            )
            yield Static(
                "Separate names with ; · → or Tab accepts a suggestion · Tab next box · "
                "Enter saves · Esc cancels",
                classes="hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = (
            split(self.query_one("#leads", Input).value),
            split(self.query_one("#responsible", Input).value),
        )
        question = people_question(self.subject, self.before, value, self.known)
        if question is None:
            self.dismiss(value)
        else:
            ask_about_people(self, question, lambda: self.dismiss(value))
