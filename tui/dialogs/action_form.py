"""A new action in one form: text, recommendation, leads, responsible, due, status.

Tab and Shift+Tab move between fields, Enter moves on (and saves from the last
field), Ctrl+S saves from any field. Enter in the first field therefore never
saves: a word typed by mistake after "a" creates nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Select, Static

from store.apply import person_key
from store.models import STATUS_LABELS, RecommendationRow
from store.wording import weekday_day
from tui.dialogs.base import Dialog, form_css
from tui.dialogs.due import parse_due
from tui.dialogs.form_select import FormSelect
from tui.dialogs.people import NameInput, NameSuggester, ask_about_people, people_question, split
from tui.safe import plain


@dataclass
class ActionDraft:
    """What the form gives back: ready for ``Store.add_action``."""

    rec_id: int
    text: str
    fields: dict[str, Any] = field(default_factory=dict)


def status_from(typed: str) -> str | None:
    """A status from its words or their start ("in", "done", "blo"); None if unclear."""
    wanted = " ".join(typed.casefold().replace("_", " ").split())
    fits = [s for s, label in STATUS_LABELS.items() if label.casefold().startswith(wanted)]
    return fits[0] if wanted and len(fits) == 1 else None


class ActionForm(Dialog[ActionDraft]):
    """One form for a new action; the recommendation defaults to ``rec_id``."""

    CLOSES_ON_A_WORD = "New action"  # see Dialog: "a" then "greed at SLT" is a word
    DEFAULT_CSS = form_css("ActionForm")
    BINDINGS = [Binding("ctrl+s", "save", "Save", tooltip="Save the new action", priority=True)]

    def __init__(
        self,
        recs: list[RecommendationRow],
        rec_id: int,
        people: list[str],
        today: dt.date,
        known: Collection[str] = frozenset(),
    ) -> None:
        super().__init__()
        self.recs, self.rec_id, self.people, self.today = recs, rec_id, people, today
        self.known = known  # names and aliases as person_key: a name not here is new

    def compose(self) -> ComposeResult:
        options = [(plain(f"{r.ref}  {r.text}", one_line=True)[:60], r.id) for r in self.recs]
        with Vertical():
            yield Static("New action", classes="title")
            yield Input(placeholder="what will be done", id="text")
            yield FormSelect(options, value=self.rec_id, allow_blank=False, id="rec")
            yield NameInput(placeholder="leads; separated by ;", id="leads",
                            suggester=NameSuggester(self.people))  # fmt: skip
            yield NameInput(placeholder="responsible officers", id="responsible",
                            suggester=NameSuggester(self.people))  # fmt: skip
            yield Input(placeholder="due: 31/3, March 2027, eom, Q4 … (empty: none)", id="due")
            yield Static("→ no due date", id="parsed", markup=False)
            yield NameInput("Not started", id="status",
                            suggester=_StatusSuggester())  # fmt: skip
            yield Static(
                "Tab/Shift+Tab move (Tab, → take a suggestion) · Enter next field (saves on "
                "the last) · Ctrl+S saves · Esc cancels",
                classes="hint",
            )

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "due":
            self.query_one("#parsed", Static).update(self._due_words(event.value))

    def _due_words(self, typed: str) -> str:
        if not typed.strip():
            return "→ no due date"
        parsed = parse_due(typed, self.today)
        if isinstance(parsed, str):
            return f"→ {parsed or 'not understood yet'}"
        return "→ " + (weekday_day(parsed.due) if parsed.due else "no due date")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "status":
            self.action_save()
        elif isinstance(event.input, NameInput):
            event.input.action_accept_and_next()  # moving on takes the suggestion, as Tab
        else:
            self.focus_next()

    def on_form_select_submitted(self, event: FormSelect.Submitted) -> None:
        event.stop()
        self.focus_next()

    def action_save(self) -> None:
        draft, problem = self._draft()
        if draft is None:
            self.notify(problem, severity="warning", markup=False)
            return
        named = (draft.fields.get("leads", []), draft.fields.get("responsible", []))
        known = self.known or {person_key(n) for n in self.people}
        question = people_question("the new action", ([], []), named, known)
        if question is None:
            self.dismiss(draft)
        else:
            ask_about_people(self, question, lambda: self.dismiss(draft))

    def _draft(self) -> tuple[ActionDraft | None, str]:
        value = {i.id: i.value.strip() for i in self.query(Input) if i.id}
        if not value["text"]:
            return None, "Type the action's text first"
        status = status_from(value["status"])
        if status is None:
            return None, f"Status {value['status']!r}: use Not started, In progress, Blocked…"
        fields: dict[str, Any] = {"status": status}
        for role in ("leads", "responsible"):
            if names := split(value[role]):
                fields[role] = names
        if value["due"]:
            parsed = parse_due(value["due"], self.today)
            if isinstance(parsed, str):
                return None, f"Due {value['due']!r}: {parsed or 'not understood'}"
            from importers.dates import typed_wording  # off the start-up path, as in parse_due

            fields["due"] = {
                "due": parsed.due.isoformat() if parsed.due else None,
                "due_text": typed_wording(value["due"]),
                "due_precision": parsed.precision if parsed.due else "open",
            }
        rec_id = self.query_one("#rec", Select).value
        return ActionDraft(int(rec_id), value["text"], fields), ""  # type: ignore[arg-type]


class _StatusSuggester(NameSuggester):
    def __init__(self) -> None:
        super().__init__(list(STATUS_LABELS.values()))
