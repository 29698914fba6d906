"""Pick one item from a list by typing part of it (lead filter, plan switch)."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.dialogs.base import Dialog, dialog_css
from tui.safe import plain, text

HINT = "Enter chooses · Esc cancels"
CHROME = 11  # the dialog's border, padding, title, filter box and hint, in rows


def ranked(items: list[str], typed: str) -> list[str]:
    """The items holding every word typed (case aside): the one that is what was typed
    first, then those that start with it, then the rest, each group in the list's
    order. "HT" typed among people listed "DHT", "HT" puts HT first, so Enter filters
    the head teacher, not the deputy."""
    words = typed.casefold().split()
    whole = " ".join(words)
    matches = [i for i in items if all(w in i.casefold() for w in words)]

    def rank(item: str) -> int:
        name = " ".join(item.casefold().split())
        return 0 if name == whole else 1 if name.startswith(whole) else 2

    return sorted(matches, key=rank) if words else matches


class PickerDialog(Dialog[str]):
    """Type to filter, ↑↓ to move, Enter to choose."""

    ASK_BEFORE_DISCARDING = False  # what is typed only filters the list

    DEFAULT_CSS = dialog_css("PickerDialog") + "PickerDialog OptionList { height: 14; }"
    BINDINGS = [
        Binding("down", "move(1)", show=False, priority=True),
        Binding("up", "move(-1)", show=False, priority=True),
    ]

    def __init__(
        self,
        title: str,
        items: list[str],
        on_highlight: Callable[[str], object] | None = None,
        current: str | None = None,
        columns: bool = False,
    ) -> None:
        """``on_highlight`` hears of each item the cursor rests on (to read ahead);
        the cursor starts on ``current`` when it is one of the items; ``columns``: the
        items are one line each, laid out in columns by spaces, shown as they are
        (else each item's runs of spaces and line breaks fold to one space)."""
        super().__init__()
        self.title_text, self.items = title, items
        self.on_highlight = on_highlight
        self.current = current
        self.columns = columns

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.title_text), classes="title", markup=False)
            yield Input(placeholder="type to filter")
            yield OptionList(id="choices")
            yield Static(HINT, classes="hint", markup=False)

    def on_mount(self) -> None:
        if self.columns:  # one line each, cut at the list's width with "…", whatever it is
            self.query_one(OptionList).styles.text_wrap = "nowrap"
            self.query_one(OptionList).styles.text_overflow = "ellipsis"
        self._fit()
        self._fill("")
        if self.current in self.matches:
            options = self.query_one(OptionList)
            options.highlighted = self.matches.index(self.current)
            # once laid out: before, the list has no height to scroll in, and at 80x24
            # a column's role ("update", 12th of 15) opened below the fold, unmarked
            self.call_after_refresh(options.scroll_to_highlight)

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        """The list as tall as the screen leaves room for (14 rows at most): at 80x24
        the dialog is cut at 90% of the screen, and the list's last rows (a column's
        role "update", the hint) were drawn below it, out of sight."""
        room = int(self.app.size.height * 0.9) - CHROME
        self.query_one(OptionList).styles.height = max(3, min(14, room))

    def _fill(self, typed: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        matches = ranked(self.items, typed)
        # Text, not str: OptionList reads a plain string as markup ("Jo [red]Bloggs")
        options.add_options(
            [Option(text(i, one_line=not self.columns), id=str(n)) for n, i in enumerate(matches)]
        )
        self.matches = matches
        options.highlighted = 0 if matches else None

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if step > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if self.on_highlight is not None and 0 <= event.option_index < len(self.matches):
            self.on_highlight(self.matches[event.option_index])

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not self.matches:  # an empty list and Enter doing nothing read as a hang
            said = f"Nothing matches “{plain(event.value, True)}”: Backspace to widen, Esc cancels"
            self.query_one(".hint", Static).update(said)
            return
        self._choose(self.query_one(OptionList).highlighted)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)
        self.query_one(".hint", Static).update(HINT)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        if index is not None and 0 <= index < len(self.matches):
            self.dismiss(self.matches[index])
