"""A new recommendation in one form: its text, its ref, and its first actions.

Enter in the text or the ref saves (a recommendation is often just its text);
the actions field takes one action per line, so Enter there starts the next
one. Ctrl+S saves from any field, Tab and Shift+Tab move between them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static, TextArea

from tui.dialogs.base import Dialog, form_css


@dataclass
class RecDraft:
    """What the form gives back: ready for ``Store.add_recommendation``."""

    text: str
    ref: str
    actions: list[str] = field(default_factory=list)


class RecForm(Dialog[RecDraft]):
    """Text, ref (proposed from the plan's numbering, editable) and first actions."""

    CLOSES_ON_A_WORD = "New recommendation"  # see Dialog: "a" then "greed at SLT" is a word
    DEFAULT_CSS = form_css("RecForm") + (
        "RecForm TextArea { height: 6; }\nRecForm .label { color: $text-muted; }"
    )
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Save the new recommendation", priority=True)
    ]

    def __init__(self, ref: str, draft: RecDraft | None = None) -> None:
        """``ref`` is the ref proposed for it; ``draft`` what was typed before (a save
        that was refused opens the form again with it)."""
        super().__init__()
        self.holds_typing = draft is not None
        self.ref = ref
        self.draft = draft or RecDraft("", ref)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("New recommendation", classes="title")
            yield Input(self.draft.text, placeholder="what was recommended", id="text")
            yield Static("Ref", classes="label")
            yield Input(self.draft.ref, placeholder="e.g. 4", id="ref")
            yield Static("First actions, one per line (optional)", classes="label")
            yield TextArea(
                "\n".join(self.draft.actions), id="actions", soft_wrap=True, show_line_numbers=False
            )
            yield Static(
                "Enter in the text saves · Tab next field · Ctrl+S saves from any field · "
                "Esc cancels",
                classes="hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        text = self.query_one("#text", Input).value.strip()
        if not text:
            self.notify("Type the recommendation's text first", severity="warning")
            self.query_one("#text", Input).focus()
            return
        ref = self.query_one("#ref", Input).value.strip() or self.ref
        lines = self.query_one("#actions", TextArea).text.splitlines()
        self.dismiss(RecDraft(text, ref, [line.strip() for line in lines if line.strip()]))
