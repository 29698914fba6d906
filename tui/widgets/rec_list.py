"""The recommendations pane: "All" and each recommendation with its progress."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.models import RecommendationRow
from tui.safe import plain

ALL = "all"


class RecList(OptionList):
    """Recommendations; moving the highlight filters the action list."""

    BINDINGS = [Binding("j", "cursor_down", show=False), Binding("k", "cursor_up", show=False)]

    @dataclass
    class Chosen(Message):
        """A recommendation (None for "All") was highlighted."""

        rec_id: int | None

    def show(self, recs: list[RecommendationRow], total: int, overdue: int) -> None:
        """Fill the list, keeping the highlighted entry where possible."""
        keep = self.highlighted
        self.clear_options()
        self.add_option(Option(_line("", "All actions", total, None, overdue), id=ALL))
        for r in recs:
            self.add_option(Option(_line(r.ref, r.text, r.total, r.done, r.overdue), id=str(r.id)))
        self.highlighted = keep if keep is not None and keep < self.option_count else 0

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        option_id = event.option.id
        self.post_message(self.Chosen(None if option_id in (None, ALL) else int(option_id)))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.screen.focus_next()


def _line(ref: str, text: str, total: int, done: int | None, overdue: int) -> Text:
    line = Text(no_wrap=True, overflow="ellipsis")
    if ref:
        line.append(plain(ref, True) + " ", style="bold")
    short = plain(text, True)
    line.append(short if len(short) <= 48 else short[:47] + "…")
    line.append("\n  ")
    line.append(f"{done}/{total} done" if done is not None else f"{total} actions", style="dim")
    if overdue:
        line.append(f"  ! {overdue} overdue", style="bold red")
    return line
