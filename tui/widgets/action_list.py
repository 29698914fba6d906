"""The action list: a virtual list that draws only the rows on screen.

It holds the ordered ids of the matching actions (cheap even at 100,000) and
a cache of full rows; rows it lacks are asked for with a ``NeedRows``
message, so the widget itself never touches the database.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections import OrderedDict
from dataclasses import dataclass, replace

from rich.cells import set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.models import ActionRow
from store.wording import shown_rag
from tui.listing import position, screen_window
from tui.names import leads_in
from tui.safe import clip_words, fit, plain

STATUS_TEXT = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "blocked": "Blocked",
    "done": "Done",
    "dropped": "Dropped",
}
RAG_TEXT = {"red": "R", "amber": "A", "green": "G", "blue": "B"}  # Blue: done, a BRAG plan
RAG_STYLE = {
    "red": Style(color="white", bgcolor="red3", bold=True),
    "amber": Style(color="black", bgcolor="dark_orange"),
    "green": Style(color="white", bgcolor="green4"),
    "blue": Style(color="white", bgcolor="blue3"),
}
OVERDUE = Style(color="bright_red", bold=True)
DONE = Style(color="grey58")
PLAIN = Style()
BOLD = Style(bold=True)
MISSING = Style(color="yellow", bold=True)
MISSING_MARK = "?"  # not in the plan's latest file (kept): the detail says which file
NOTE = Style(italic=True)  # what the list says when it is empty
DONE_BOLD = DONE + BOLD
STATUS_SHORT = {
    "not_started": "Not yet",
    "in_progress": "In prog",
    "blocked": "Blocked",
    "done": "Done",
    "dropped": "Dropped",
}
MIN_TEXT = 25  # the action's text is what the user needs: never fewer cells than this
ROOMY_TEXT = 30  # optional columns are added only while the text keeps this many
BLOCK = 100  # rows fetched per request: a few screens' worth
CACHED_ROWS = 3000  # rows kept (most recently drawn): scrolling 100,000 stays small


class RowCache(OrderedDict[int, ActionRow]):
    """The rows fetched, least recently used dropped past ``CACHED_ROWS`` (as Toolong
    keeps its lines): scrolling through 100,000 actions kept every row (~1.5 KB
    each); a dropped row is fetched again when it comes back on screen."""

    def __setitem__(self, action_id: int, row: ActionRow) -> None:
        super().__setitem__(action_id, row)
        self.move_to_end(action_id)
        while len(self) > CACHED_ROWS:
            self.popitem(last=False)

    def get(self, action_id: int, default: ActionRow | None = None) -> ActionRow | None:  # type: ignore[override]
        row = super().get(action_id)
        if row is None:
            return default
        self.move_to_end(action_id)  # drawn: used recently
        return row


@dataclass(frozen=True)
class Columns:
    """Cells of each column for one list width; 0 hides a column."""

    ref: int
    text: int
    leads: int = 0
    responsible: int = 0  # a list filtered to a person: who is responsible officer
    due: int = 10  # "31 Oct 26" (short) or 12: "31 Oct 2026"
    status: int = 8  # "In prog" (short) or 12: "In progress"
    rag: int = 4
    updated: int = 0

    @property
    def long_due(self) -> bool:
        """Is there room for the four-digit year?"""
        return self.due >= 12

    @property
    def long_status(self) -> bool:
        """Is there room for the status in full?"""
        return self.status >= 12


LEAD_CELLS = 11  # the lead at its shortest: "Kitchen", "Prevention", "GMP +1"
# Optional widenings, most useful first, each taken while the text keeps ROOMY_TEXT;
# the first that does not fit ends them, so a wider list never shows fewer columns.
# The lead comes before them all (a meeting triages by whose each action is), in
# LEAD_CELLS while the text keeps MIN_TEXT; then the age of the last update ("Upd" is
# how stale an action is) and the status in full (a committee reads "Not started");
# then the lead wider (its name in full more often), the due date's year last.
WIDENINGS: list[tuple[str, int]] = [
    ("updated", 6),
    ("status", 12),
    ("leads", 14),
    ("leads", 18),
    ("due", 12),
]
# The status in full is worth the text's cells down to MIN_TEXT, not ROOMY_TEXT: at 80
# columns "Not yet" / "In prog" made a reader stop and guess, 4 cells of the text did
# not (a user check): it comes with the Upd column, where that fits.
TEXT_KEPT = {"status": MIN_TEXT}


def columns_for(
    width: int, ref_width: int, leads: bool = True, responsible: bool = False
) -> Columns:
    """The columns for a list ``width`` cells wide whose longest ref is ``ref_width``:
    the Ref column as wide as that ref, the lead (unless ``leads`` is False: the list
    is one lead's), the responsible officer beside it where ``responsible`` (the list
    is one person's, found as responsible officer too), the text the rest, optional
    columns (in the order of ``WIDENINGS``) while the text keeps room."""
    cols = Columns(ref=max(4, ref_width + 1), text=0)
    fixed = 2 + cols.ref + cols.due + cols.status + cols.rag
    if leads and width - fixed - LEAD_CELLS >= MIN_TEXT:
        cols = replace(cols, leads=LEAD_CELLS)
        fixed += LEAD_CELLS
        if responsible and width - fixed - LEAD_CELLS >= MIN_TEXT:
            cols = replace(cols, responsible=LEAD_CELLS)
            fixed += LEAD_CELLS
    for name, cells in WIDENINGS:
        extra = cells - getattr(cols, name)
        if name == "leads" and not cols.leads:
            continue  # one lead's list, or too narrow for even the shortest
        if width - fixed - extra < TEXT_KEPT.get(name, ROOMY_TEXT):
            break
        cols = replace(cols, **{name: cells})
        fixed += extra
    return replace(cols, text=max(MIN_TEXT, width - fixed))


UNDATED_AGE = "n.d."  # "no date": updates there are, but none says when (5 cells)


def age(last: dt.date | None, today: dt.date, undated: bool = False) -> str:
    """How long since the last update: "today", "3d", "5w"; "n.d." when the updates
    carry no date, "—" when there are none."""
    if last is None:
        return UNDATED_AGE if undated else "—"
    days = (today - last).days
    if days <= 0:  # "0d" made a reader stop and work it out (a user check)
        return "today"
    if days < 14:
        return f"{days}d"
    if days < 120:
        return f"{days // 7}w"
    return f"{days // 30}mo" if days < 365 else f"{days // 365}y"


class ActionList(ScrollView, can_focus=True):
    """Ordered actions, one line each, with a cursor."""

    BINDINGS = [
        Binding("up,k", "cursor(-1)", "Up", show=False),
        Binding("down,j", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
        Binding("enter", "select", "Open", show=False),
    ]
    # Repainted by hand: a move inside the screen redraws two lines, not forty.
    cursor: reactive[int] = reactive(0, always_update=True, repaint=False)

    @dataclass
    class Highlighted(Message):
        """The cursor is on this action (None when the list is empty)."""

        action_id: int | None

    @dataclass
    class Selected(Message):
        """Enter on an action."""

        action_id: int

    @dataclass
    class Scrolled(Message):
        """Lines ``first``..``last`` (counted from 1) of ``total`` are on screen."""

        first: int
        last: int
        total: int

    @dataclass
    class ColumnsChanged(Message):
        """The columns were fitted to a new width: the header follows."""

        columns: Columns

    @dataclass
    class NeedRows(Message):
        """Rows for these ids are needed to draw the screen."""

        ids: list[int]

    def __init__(self, today: dt.date, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.today = today
        self.ids: list[int] = []
        self.rows = RowCache()
        self._asked: set[int] = set()
        self.ref_width = 5
        self.columns = columns_for(80, self.ref_width)
        self.leads_shown = True  # False while the list is one lead's: the column says nothing
        self.responsible_shown = False  # True while the list is one person's, some as resp.
        # plans rating in BRAG (``Store.rates_blue``): their done actions show "B" (Blue),
        # as the papers print them and the RAG menu's "b Blue (complete)" sets them
        self.blue_plans: frozenset[int] = frozenset()
        self.empty_words = ""  # said in the list while it has no rows

    def set_ref_width(self, cells: int) -> None:
        """The longest ref in the plan: the Ref column is as wide as it."""
        if cells != self.ref_width:
            self.ref_width = cells
            self._fit_columns()

    def show_leads(self, shown: bool, responsible: bool = False) -> None:
        """Show the Lead column, or not (a list filtered to one lead), and the
        Responsible column beside it, or not (a list filtered to a person found as
        responsible officer)."""
        if (shown, responsible) != (self.leads_shown, self.responsible_shown):
            self.leads_shown, self.responsible_shown = shown, responsible
            self._fit_columns()

    def _fit_columns(self) -> None:
        cols = columns_for(
            self.size.width, self.ref_width, self.leads_shown, self.responsible_shown
        )
        if cols != self.columns:
            self.columns = cols
            self.post_message(self.ColumnsChanged(cols))
            self.refresh()

    # ---------------------------------------------------------------- data
    def show(
        self, ids: list[int], keep: int | None = None, rows: list[ActionRow] | None = None
    ) -> None:
        """New contents (with some rows already fetched); the cursor goes to ``keep``."""
        self.ids = ids
        self._asked.clear()
        for row in rows or []:
            self.rows[row.id] = row
        # The list's own size never depends on its length: setting this without the
        # reactive's layout pass of the whole screen saves ~8 ms of every search
        # keystroke and filter (scrolling reads it directly; the scrollbar is hidden).
        self.set_reactive(ActionList.virtual_size, Size(self.size.width, len(ids)))
        index = position(ids, keep)
        self.cursor = index
        self._scroll_cursor_into_view(center=keep is not None)
        # fetch ahead once this screen is drawn, so the first page move finds its rows
        self.call_after_refresh(self._request, index)
        self._post_window()
        self.refresh()

    def say_when_empty(self, words: str) -> None:
        """What the list says while it is empty: why (the filters), not a blank box."""
        if words != self.empty_words:
            self.empty_words = words
            if not self.ids:
                self.refresh()

    def add_rows(self, rows: list[ActionRow]) -> None:
        """Rows fetched for ``NeedRows``; redraw if any of them is on screen (most are
        fetched ahead, and a redraw for nothing doubled the cost of a page move)."""
        for row in rows:
            self.rows[row.id] = row
            self._asked.discard(row.id)
        top = int(self.scroll_y)
        on_screen = set(self.ids[top : top + self.size.height])
        if any(row.id in on_screen for row in rows):
            self.refresh()

    def forget(self, action_ids: list[int]) -> None:
        """Drop cached rows that changed, so they are fetched again."""
        for action_id in action_ids:
            self.rows.pop(action_id, None)
        self.refresh()

    @property
    def current(self) -> int | None:
        """The id under the cursor."""
        return self.ids[self.cursor] if 0 <= self.cursor < len(self.ids) else None

    # ---------------------------------------------------------------- keys
    def action_cursor(self, delta: int) -> None:
        self.cursor = max(0, min(len(self.ids) - 1, self.cursor + delta))

    def action_page(self, direction: int) -> None:
        self.action_cursor(direction * max(1, self.size.height - 1))

    def action_jump(self, index: int) -> None:
        self.cursor = max(0, len(self.ids) - 1) if index < 0 else 0

    def action_select(self) -> None:
        if self.current is not None:
            self.post_message(self.Selected(self.current))

    def watch_cursor(self, old: int, new: int) -> None:
        top = self.scroll_offset.y
        self._scroll_cursor_into_view()
        if self.ids:  # keep a screen ahead of the cursor fetched, in both directions
            height = max(1, self.size.height)
            self._request(min(len(self.ids) - 1, new + height))
            self._request(max(0, new - height))
        if self.scroll_offset.y == top:
            self.refresh_line(old)
            self.refresh_line(new)
        else:
            self.refresh()
        self.post_message(self.Highlighted(self.current))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._post_window()

    def on_resize(self) -> None:
        self._fit_columns()
        self._post_window()

    def _post_window(self) -> None:
        """Where the screen is in the list: shown instead of a scrollbar, which costs a
        fifth of every page move to draw."""
        top, total = int(self.scroll_y), len(self.ids)
        last = min(total, top + max(1, self.size.height))
        self.post_message(self.Scrolled(min(top + 1, last), last, total))

    def _scroll_cursor_into_view(self, center: bool = False) -> None:
        """Forced: Textual scrolls only a widget whose last layout needed a scrollbar,
        so a list that grew from a screenful (a filter cleared by ``:``) kept its
        cursor below the screen."""
        height = max(1, self.size.height)
        top = int(self.scroll_y)
        if center:
            top, _ = screen_window(len(self.ids), self.cursor, height)  # as the rows were read
            self.scroll_to(y=top, animate=False, force=True)
        elif self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, force=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, force=True)

    # ------------------------------------------------------------- drawing
    def render_line(self, y: int) -> Strip:
        index = int(self.scroll_y) + y
        width = self.size.width
        if not self.ids:
            return self._empty_line(y, width)
        if index >= len(self.ids):
            return Strip.blank(width, PLAIN)
        row = self.rows.get(self.ids[index])
        if row is None:
            self._request(index)
            return Strip([Segment(set_cell_size("  …", width), PLAIN)])
        strip = Strip(self._segments(row, width))
        if index == self.cursor:
            highlight = Style(reverse=True) if self.has_focus else Style(underline=True)
            strip = strip.apply_style(highlight)
        return strip

    def _empty_line(self, y: int, width: int) -> Strip:
        """Line ``y`` of the empty list: its words wrapped, after a blank line."""
        lines = textwrap.wrap(plain(self.empty_words, one_line=True), max(10, width - 4))
        if 1 <= y <= len(lines):
            return Strip([Segment(set_cell_size("  " + lines[y - 1], width), NOTE)])
        return Strip.blank(width, PLAIN)

    def _request(self, index: int) -> None:
        """Ask for the block holding ``index`` and the next one, once each."""
        first = index // BLOCK * BLOCK
        window = self.ids[first : first + 2 * BLOCK]
        wanted = [i for i in window if i not in self.rows and i not in self._asked]
        if wanted:
            self._asked.update(wanted)
            self.post_message(self.NeedRows(wanted))

    def _segments(self, row: ActionRow, width: int) -> list[Segment]:
        cols = self.columns
        done = row.status in ("done", "dropped")
        base = DONE if done else PLAIN
        # a dropped one is unrated; a done one of a BRAG plan is Blue
        rag = shown_rag(row.status, row.rag, row.plan_id in self.blue_plans) or ""
        status = (STATUS_TEXT if cols.long_status else STATUS_SHORT)[row.status]
        segments = [
            *row_marks(row),
            Segment(fit(row.ref, cols.ref), DONE_BOLD if done else BOLD),
            Segment(fit(row.text, cols.text), base),
        ]
        if cols.leads:
            segments.append(Segment(lead_cell(row.leads, cols.leads), base))
        if cols.responsible:
            segments.append(Segment(lead_cell(row.responsible, cols.responsible), base))
        segments += [
            Segment(fit(_due(row, cols), cols.due), OVERDUE if row.overdue else base),
            Segment(fit(status, cols.status), base),
            Segment(fit(" " + RAG_TEXT.get(rag, "-"), cols.rag), RAG_STYLE.get(rag, base)),
        ]
        if cols.updated:
            # our own words, 5 cells at most, in the RAG column's spare cells' stead: "today"
            # whole and a space before the list's edge ("A  today ")
            said = age(row.last_update, self.today, row.undated_updates)
            segments.append(Segment(said.ljust(cols.updated), base))
        return segments


def row_marks(row: ActionRow) -> list[Segment]:
    """The two cells before the ref: "!" overdue, "?" not in the plan's latest file."""
    if not row.missing_from:
        return [Segment("! ", OVERDUE) if row.overdue else Segment("  ", PLAIN)]
    if row.overdue:
        return [Segment("!", OVERDUE), Segment(MISSING_MARK, MISSING)]
    return [Segment(MISSING_MARK + " ", MISSING)]


def lead_cell(leads: list[str], width: int) -> str:
    """The first lead, with "+N" for the others, in ``width`` cells ("Ann Lee +1"),
    shortened as ``tui.names.leads_in`` says."""
    if not leads:
        return fit("—", width)
    return set_cell_size(leads_in(leads, width - 1), width - 1) + " "


def _due(row: ActionRow, cols: Columns) -> str:
    if row.due:
        return row.due.strftime("%d %b %Y" if cols.long_due else "%d %b %y")
    return clip_words(row.due_text, cols.due - 1) or "—"


def header_line(cols: Columns) -> str:
    """Column titles matching ``ActionList`` rows."""
    line = "  " + fit("Ref", cols.ref) + fit("Action", cols.text)
    if cols.leads:
        line += fit("Lead", cols.leads)
    if cols.responsible:
        line += fit("Resp.", cols.responsible)  # "Responsible" would be cut
    line += fit("Due", cols.due) + fit("Status", cols.status) + fit("RAG", cols.rag)
    return line + (fit("Upd", cols.updated) if cols.updated else "")
