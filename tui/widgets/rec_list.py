"""The recommendations pane: "All" and each recommendation with its progress.

Drawn line by line like the action list, so a plan with thousands of
recommendations costs no more than one with ten.
"""

from __future__ import annotations

import os
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

LINES = 2  # each entry: its text, then its counts ...
WRAPPED = 3  # ... or, where a text is longer than its line, two lines of it, then its counts
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
        self.lines = LINES  # of each entry, the same for all
        self._apart: dict[int, int] = {}  # where each text parts from every other's opening

    def show(self, recs: list[RecommendationRow], total: int, overdue: int) -> None:
        """New contents; the cursor stays on the same entry where possible."""
        self.recs, self.total, self.overdue = recs, total, overdue
        self._apart = parting_points(recs)
        self._size_entries()
        self.set_reactive(RecList.cursor, min(self.cursor, len(recs)))
        self.refresh()

    def on_resize(self) -> None:
        self._size_entries()

    def _size_entries(self) -> None:
        """Two lines of text per entry where one line cuts a text, else one."""
        width = self.scrollable_content_region.width  # beside a scrollbar
        cut = any(cell_len(_ref(r)) + cell_len(plain(r.text, True)) >= width for r in self.recs)
        self.lines = WRAPPED if cut else LINES
        self.virtual_size = Size(width, (len(self.recs) + 1) * self.lines)

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
        self.action_move(step * max(1, self.size.height // self.lines - 1))

    def action_jump(self, index: int) -> None:
        self.cursor = len(self.recs) if index < 0 else 0

    def action_select(self) -> None:
        current = self.current
        self.post_message(self.Selected(current.id if current else None))

    def watch_cursor(self) -> None:
        lines = self.lines
        top, height = int(self.scroll_y), max(lines, self.size.height)
        line = self.cursor * lines
        if line < top:
            self.scroll_to(y=line, animate=False)
        elif line + lines > top + height:
            self.scroll_to(y=line + lines - height, animate=False)
        self.refresh()
        current = self.current
        self.post_message(self.Chosen(current.id if current else None))

    def render_line(self, y: int) -> Strip:
        line = int(self.scroll_y) + y
        index, part = divmod(line, self.lines)
        width = self.scrollable_content_region.width
        if index > len(self.recs):
            return Strip.blank(width, PLAIN)
        segments = self._segments(index, part, width)
        strip = Strip(segments).crop_extend(0, width, PLAIN)
        if index == self.cursor:
            strip = strip.apply_style(Style(reverse=True) if self.has_focus else Style(bold=True))
        return strip

    def _segments(self, index: int, part: int, width: int) -> list[Segment]:
        last = part == self.lines - 1  # the counts
        if index == 0:
            if part == 0:
                return [Segment(" All actions", BOLD)]
            counts = [Segment(f"   {self.total:,} actions", DIM), *_late(self.overdue)]
            return counts if part == 1 else []  # under its name, as one entry of two lines
        rec = self.recs[index - 1]
        ref = _ref(rec)
        indent = min(cell_len(ref), INDENT)
        first = width - cell_len(ref)
        said = text_lines(plain(rec.text, True), first, width - indent, self._apart.get(rec.id, 0))
        if part > 0 and not said[1]:
            # a text on one line has its counts straight under it and the spare line
            # last: under a blank line they sat against the next entry, read as its own
            if part > 1:
                return []
            last = True
        if last:
            return self._tally(rec, width)
        room = first if part == 0 else width - indent
        text = fit(said[part], room) if room > 1 else ""  # cut with "…": cut bare, "…the
        if part == 0:  # emergency department" looked whole
            return [Segment(ref, BOLD), Segment(text, PLAIN)]
        return [Segment(" " * indent, PLAIN), Segment(text, PLAIN)]

    def _tally(self, rec: RecommendationRow, width: int) -> list[Segment]:
        """ "2/3 done  ! 1 overdue": the dropped are out of the count, said after the
        overdue where they fit."""
        tally = [Segment(f"   {rec.done}/{rec.counted} done", DIM), *_late(rec.overdue)]
        dropped = f"  {rec.dropped} dropped"
        room = width - sum(cell_len(seg.text) for seg in tally)
        if rec.dropped and cell_len(dropped) <= room:  # whole or not at all: "1 d" or
            tally.append(Segment(dropped, DIM))  # "1 …" said nothing (the dashboard has it)
        return tally


INDENT = 4  # the most a second line of text is set in, under the text after the ref


def _ref(rec: RecommendationRow) -> str:
    return " " + plain(rec.ref, True) + " "


def text_lines(text: str, first: int, second: int, apart: int) -> tuple[str, str]:
    """``text`` on two lines of ``first`` and ``second`` cells (the second cut later with
    "…"). Where the words that tell it from another recommendation would not show in
    the first third of the second line ("The local authority should ensure that …" opening
    several), the second line skips to them: "…all children in care have a plan"."""
    words = text.split(" ")
    taken = 0
    while taken < len(words) and cell_len(" ".join(words[: taken + 1])) < first:
        taken += 1
    if taken == 0:  # one word longer than the line: cut in it, not before it
        return text, ""
    opening = " ".join(words[:taken])
    rest = " ".join(words[taken:])
    if apart > len(opening) + 1 + second // 3:
        rest = "…" + text[apart:]
    return opening, rest


def parting_points(recs: list[RecommendationRow]) -> dict[int, int]:
    """For each recommendation, where its text (one line, as shown) parts from the
    opening it shares with another's, at the start of that word: 39 for "The local
    authority should ensure that children …" beside "… that care leavers …"."""
    texts = sorted((_lowered_in_place(plain(r.text, True)), r.id) for r in recs)
    found: dict[int, int] = {}
    for n, (text, rec_id) in enumerate(texts):
        shared = max(
            (_shared(text, texts[m][0]) for m in (n - 1, n + 1) if 0 <= m < len(texts)),
            default=0,
        )
        found[rec_id] = text.rfind(" ", 0, shared + 1) + 1 if shared < len(text) else 0
    return found


def _lowered_in_place(text: str) -> str:
    """``text`` lower-cased letter by letter, each keeping its one place: "İ" lowers to
    two characters, which would move every point after it off the text it is used on."""
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def _shared(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` open with alike."""
    return len(os.path.commonprefix([a, b]))


def _late(overdue: int) -> list[Segment]:
    return [Segment(f"  ! {overdue:,} overdue", RED)] if overdue else []
