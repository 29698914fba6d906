"""Chase leads: which lead (or all), how far ahead, whether to include actions the
plan's latest file no longer lists, and the folder for the requests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Checkbox, Input, Static

from store import StoreError
from store.apply import match_lead
from store.chase import Window, none_in
from store.models import ActionRow
from tui.dialogs.base import Dialog, dialog_css
from tui.dialogs.people import NameSuggester
from tui.safe import plain

# whom a name typed in the dialog is of, as its refusal says ("no lead or responsible
# officer with open actions is called 'Tom'")
WHO = "lead or responsible officer with open actions"
OFFICERS_NAMED = 3  # the responsible officers named in the dialog, then "…"


@dataclass(frozen=True)
class ChaseChoice:
    """What to chase: one person's full name (a lead or a responsible officer) or None
    for every lead; a window; a folder."""

    lead: str | None
    window: Window
    folder: Path


class TickBox(Checkbox):
    """Space ticks it; Enter moves on, as it does from the dialog's other fields."""

    BINDINGS = [
        Binding("space", "toggle_button", "Tick", show=False),
        Binding("enter", "app.focus_next", "Next field", show=False),
    ]
    BUTTON_INNER = " "  # the X only when ticked: seen without colour too

    def watch_value(self) -> None:
        super().watch_value()
        self.BUTTON_INNER = "X" if self.value else " "
        self.refresh()


class ChaseDialog(Dialog[ChaseChoice]):
    """Three fields (four when actions are missing from the plan's latest file); Enter
    moves on and writes from the last, Ctrl+S from any."""

    DEFAULT_CSS = (
        dialog_css("ChaseDialog")
        + """
    ChaseDialog Input { border: none; height: 1; padding: 0 1; background: $boost; }
    ChaseDialog Input:focus { border: none; background: $accent 30%; text-style: bold; }
    ChaseDialog .label { margin-top: 1; }
    ChaseDialog .title { text-wrap: nowrap; text-overflow: ellipsis; }
    ChaseDialog TickBox { border: none; height: 1; padding: 0 1; margin-top: 1;
                          background: $boost; width: 100%; }
    ChaseDialog TickBox:focus { border: none; background: $accent 30%; text-style: bold; }
    """
    )
    BINDINGS = [
        Binding("ctrl+s", "save", "Write", tooltip="Write the update requests", priority=True)
    ]

    def __init__(
        self,
        plan_title: str,
        actions: dict[str, list[ActionRow]],
        today: dt.date,
        folder: Path,
        lead: str = "",
        people: dict[str, list[ActionRow]] | None = None,
    ) -> None:
        super().__init__()
        self.plan_title, self.folder, self.lead = plan_title, folder, lead
        # each lead's open actions, those the plan's latest file no longer lists included
        self.actions, self.today = actions, today
        self.leads = list(actions)
        # and each responsible officer's: one is chased by name as ``chase --lead`` does
        self.people = {**actions, **(people or {})}
        self.officers = [name for name in self.people if name not in actions]
        self.missing = len({r.id for rows in actions.values() for r in rows if r.missing_from})

    def compose(self) -> ComposeResult:
        with Vertical():
            # one line, cut with "…" at the dialog's width (cut at 78 characters, it was
            # wrapped at 80 columns and ended "(CQC Loc")
            title = f"Chase leads — {plain(self.plan_title, True)}"
            yield Static(title, classes="title", markup=False)
            yield Static(self._whom(), markup=False)
            yield Input(self.lead, placeholder="a name or its start", id="lead",
                        suggester=NameSuggester(list(self.people)))  # fmt: skip
            yield Static(
                'Only actions due within this many days, or "overdue" (empty: all):',
                classes="label",
            )
            yield Input(placeholder="e.g. 30, or overdue", id="days")
            if self.missing:  # as ``chase --include-missing``: left out unless ticked
                yield TickBox(_missing_words(self.missing), id="missing")
            yield Static("Folder for the workbooks:", classes="label")
            yield Input(str(self.folder), id="folder")
            yield Static("", id="problem", classes="error", markup=False)
            yield Static(
                "Tab moves · Enter next field (writes on the last)"
                + (" · Space ticks" if self.missing else "")
                + " · Ctrl+S writes · Esc cancels",
                classes="hint",
            )

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "folder":
            self.action_save()
        else:
            self.focus_next()

    def action_save(self) -> None:
        choice, problem = self._choice()
        if choice is None:
            self.query_one("#problem", Static).update(problem)
        else:
            self.dismiss(choice)

    def _choice(self) -> tuple[ChaseChoice | None, str]:
        value = {i.id: i.value.strip() for i in self.query(Input) if i.id}
        lead = None
        if value["lead"]:
            try:
                lead = match_lead(self.people, value["lead"], WHO)
            except StoreError as exc:
                return None, str(exc)
        window = window_from(value["days"])
        if window is None:
            return None, f"Days: {value['days']!r} is not a number of days (0 or more) nor overdue"
        window = replace(window, with_missing=self._with_missing())
        if not self._any_in(window, lead):  # said here, so what was typed stays
            said = none_in(window, lead)
            return None, said[:1].upper() + said[1:]
        folder = Path(value["folder"] or ".").expanduser()
        if folder.exists() and not folder.is_dir():
            return None, f"{folder}: is a file, not a folder"
        if not folder.is_dir() and not folder.parent.is_dir():  # else it is made, as -o does
            return None, f"{folder}: no such folder (nor {folder.parent})"
        return ChaseChoice(lead, window, folder), ""

    def _whom(self) -> str:
        """Who can be chased: "4 leads have open actions; 3 responsible officers too
        (Tom Reid, …). Lead or responsible officer (empty: every lead):"."""
        leads = f"{len(self.leads)} lead{'s' * (len(self.leads) != 1)} have open actions"
        if not self.officers:
            return f"{leads}. Lead (empty: every lead):"
        n = len(self.officers)
        named = ", ".join(plain(name, True) for name in self.officers[:OFFICERS_NAMED])
        more = ", …" if n > OFFICERS_NAMED else ""
        officers = f"{n} responsible officer{'s' * (n != 1)} too ({named}{more})"
        return f"{leads}; {officers}. Lead or responsible officer (empty: every lead):"

    def _with_missing(self) -> bool:
        return any(box.value for box in self.query(TickBox))

    def _any_in(self, window: Window, lead: str | None) -> bool:
        """Has ``lead`` (None: any lead) an open action in ``window``?"""
        leads = [lead] if lead else self.leads
        return any(window.holds(row, self.today) for name in leads for row in self.people[name])


def _missing_words(n: int) -> str:
    """The tick box's label: "Also the 1 open action not in the plan's latest file"."""
    return f"Also the {n} open action{'s' * (n != 1)} not in the plan's latest file"


def window_from(typed: str) -> Window | None:
    """ "30": due within 30 days; "overdue" (or a start of it): overdue only; nothing:
    every open action. None for anything else."""
    if not typed:
        return Window()
    if typed.isdigit():
        return Window(due_within=int(typed))
    if "overdue".startswith(typed.casefold()) and len(typed) >= 3:
        return Window(overdue=True)
    return None
