"""Due-date entry: type what was said, see the date understood, Tab to say why it
moved, Enter saves."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from store.calendar_words import misspelt_date_word
from store.wording import days_words, weekday_day
from tui.dialogs.base import Dialog, dialog_css
from tui.safe import plain

if TYPE_CHECKING:
    from importers.dates import Deadline

DueResult = tuple["Deadline", str, str]  # the date understood, as typed, and why it moved


class DueDialog(Dialog[DueResult]):
    """Shows the parsed date as you type; refuses what it cannot read.

    The box opens empty with the deadline in force shown above it: a word
    typed by mistake after "d" is then not understood (and refused) instead of
    being read as the old deadline with a few letters after it. Tab reaches
    an optional reason ("Awaiting the new finance system"): a committee's
    exceptions say why a date slipped, not only by how much.
    """

    DEFAULT_CSS = dialog_css("DueDialog")

    def __init__(self, title: str, now: str, today: dt.date, typed: str = "") -> None:
        """``title`` names the action ("Due date for 2.1"): the dialog covers its row;
        ``now`` is the deadline in force, in words; ``typed`` re-opens what was typed."""
        super().__init__()
        self.title_text, self.now, self.current, self.today = title, now, typed, today

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.title_text), classes="title", markup=False)
            yield Static(f"Now: {self.now}", id="now", markup=False)
            yield Input(self.current, placeholder="31/3, March 2027, eom, next fri, +2w, Q4 …")
            yield Static("", id="parsed", markup=False)
            yield Input(placeholder="Reason for the change (optional)", id="reason")
            yield Static(
                "Enter saves · Tab: reason (optional) · 'ongoing' or 'none' clears"
                " · empty keeps · Esc cancels",
                classes="hint",
            )

    def on_mount(self) -> None:
        self._preview(self.current)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "reason":
            self._preview(event.value)

    def _preview(self, value: str) -> None:
        label = self.query_one("#parsed", Static)
        if not value.strip():
            label.set_class(False, "error")
            label.update("→ type the new date")
            return
        parsed = parse_due(value, self.today)
        past = not isinstance(parsed, str) and parsed.due is not None and parsed.due < self.today
        label.set_class(isinstance(parsed, str) or past, "error")
        if isinstance(parsed, str):
            label.update(f"→ {parsed or 'not understood yet'}")
        elif parsed.due is None:
            label.update("→ no due date (ongoing)")
        else:
            said = f"{weekday_day(parsed.due)}{self._past(parsed.due)}{self._this_week(value)}"
            label.update(f"→ {said}")

    def _this_week(self, value: str) -> str:
        """ "next friday" is read as the Friday of next week; typed on a Monday some mean
        this week's, so that day is said beside it: " (next week's; 'friday' is Fri 11
        Dec)". Nothing where both are one day (at the weekend) or for other wording."""
        words = value.split()
        if len(words) != 2 or words[0].lower() != "next":
            return ""
        meant, alone = parse_due(value, self.today), parse_due(words[1], self.today)
        if isinstance(alone, str) or isinstance(meant, str) or alone.precision != "day":
            return ""
        if alone.due is None or alone.due == meant.due:
            return ""
        return f" (next week's; {words[1]!r} is {alone.due:%a} {alone.due.day} {alone.due:%b})"

    def _past(self, due: dt.date) -> str:
        """A day gone by, said: "31/1/26" typed in December for next January read as
        this year's, the action overdue at once, and the preview did not show it."""
        if due >= self.today:
            return ""
        return f" — {days_words((self.today - due).days)} ago: overdue at once"

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in either box saves the date with the reason, if one was typed."""
        event.stop()
        typed = self.query_one("Input", Input).value
        reason = " ".join(self.query_one("#reason", Input).value.split())
        if not typed.strip():
            if reason:  # a reason alone would be lost: say so rather than close
                self.notify("Type the new date first, or Esc to cancel", severity="warning")
                return
            self.dismiss(None)  # nothing typed: the deadline stays as it is
            return
        parsed = parse_due(typed, self.today)
        if isinstance(parsed, str):
            self.notify(parsed or "That date was not understood", severity="warning", markup=False)
            return
        self.dismiss((parsed, typed.strip(), reason))


def parse_due(value: str, today: dt.date) -> Deadline | str:
    """The date typed, or why it is refused ("" when it is simply not understood)."""
    # Imported here: the importer package is not needed until a date is typed,
    # and keeping it off the start-up path saves ~50 ms of first paint.
    from importers.dates import NotADate, read_due_input

    if slip := misspelt_date_word(value):  # "31 Janaury 2027" read as the year alone
        return slip
    try:
        return read_due_input(value, today)
    except NotADate as refused:
        return refused.reason or ""
