"""The recommendations pane: "All" and each recommendation with its progress.

Drawn line by line like the action list, so a plan with thousands of
recommendations costs no more than one with ten.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.models import RecommendationRow
from tui.safe import fit, plain

LINES = 2  # each entry: its text, then its counts
BOLD = Style(bold=True)
DIM = Style(dim=True)
PLAIN = Style()  # every segment styled: the NO_COLOR filter reads each style
RED = Style(color="bright_red", bold=True)


class RecList(ScrollView, can_focus=True):
    """Recommendations; moving the cursor filters the action list."""

    BINDINGS = [
        Binding("up,k", "move(-1)", "Up", show=False),
        Binding("down,j", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("home", "jump(0)", show=False),
        Binding("end", "jump(-1)", show=False),
        Binding("enter", "select", "Open", show=False),
    ]
    cursor: reactive[int] = reactive(0)

    @dataclass
    class Chosen(Message):
        """A recommendation (None for "All") is under the cursor."""

        rec_id: int | None

    @dataclass
    class Selected(Message):
        """Enter on an entry: drill into its actions."""

        rec_id: int | None

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.recs: list[RecommendationRow] = []
        self.total = 0
        self.overdue = 0

    def show(self, recs: list[RecommendationRow], total: int, overdue: int) -> None:
        """New contents; the cursor stays on the same entry where possible."""
        self.recs, self.total, self.overdue = recs, total, overdue
        self.virtual_size = Size(self.size.width, (len(recs) + 1) * LINES)
        self.set_reactive(RecList.cursor, min(self.cursor, len(recs)))
        self.refresh()

    def point_at(self, rec_id: int) -> None:
        """Put the cursor on recommendation ``rec_id`` without choosing it again (a plan
        reopened filtered to it)."""
        index = next((i for i, r in enumerate(self.recs, 1) if r.id == rec_id), None)
        if index is not None and index != self.cursor:
            self.set_reactive(RecList.cursor, index)
            self.refresh()

    @property
    def current(self) -> RecommendationRow | None:
        """The recommendation under the cursor (None for "All")."""
        return self.recs[self.cursor - 1] if self.cursor > 0 else None

    def action_move(self, step: int) -> None:
        self.cursor = max(0, min(len(self.recs), self.cursor + step))

    def action_page(self, step: int) -> None:
        self.action_move(step * max(1, self.size.height // LINES - 1))

    def action_jump(self, index: int) -> None:
        self.cursor = len(self.recs) if index < 0 else 0

    def action_select(self) -> None:
        current = self.current
        self.post_message(self.Selected(current.id if current else None))

    def watch_cursor(self) -> None:
        top, height = int(self.scroll_y), max(LINES, self.size.height)
        line = self.cursor * LINES
        if line < top:
            self.scroll_to(y=line, animate=False)
        elif line + LINES > top + height:
            self.scroll_to(y=line + LINES - height, animate=False)
        self.refresh()
        current = self.current
        self.post_message(self.Chosen(current.id if current else None))

    def render_line(self, y: int) -> Strip:
        line = int(self.scroll_y) + y
        index, part = divmod(line, LINES)
        width = self.size.width
        if index > len(self.recs):
            return Strip.blank(width, PLAIN)
        segments = self._segments(index, part, width)
        strip = Strip(segments).crop_extend(0, width, PLAIN)
        if index == self.cursor:
            strip = strip.apply_style(Style(reverse=True) if self.has_focus else Style(bold=True))
        return strip

    def _segments(self, index: int, part: int, width: int) -> list[Segment]:
        if index == 0:
            if part == 0:
                return [Segment(" All actions", BOLD)]
            return [Segment(f"   {self.total:,} actions", DIM), *_late(self.overdue)]
        rec = self.recs[index - 1]
        if part == 0:  # cut with "…": cut bare, "…the emergency department" looked whole
            ref = " " + plain(rec.ref, True) + " "
            room = width - cell_len(ref)
            return [Segment(ref, BOLD), Segment(fit(rec.text, room) if room > 1 else "", PLAIN)]
        return [Segment(f"   {rec.done}/{rec.total} done", DIM), *_late(rec.overdue)]


def _late(overdue: int) -> list[Segment]:
    return [Segment(f"  ! {overdue:,} overdue", RED)] if overdue else []
