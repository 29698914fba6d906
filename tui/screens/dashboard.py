"""The dashboard: progress per recommendation, overdue per lead, counts, a timeline.

Enter on a recommendation or a lead returns to the main screen filtered to
it; Esc returns as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import set_cell_size
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store import dashboard
from store.chase import LeadChase, chase_by_lead
from store.models import CountRow, PlanInfo, RecommendationRow, TimelinePoint
from tui.names import short_name
from tui.safe import plain
from tui.watch import ReportsFailures
from tui.widgets.action_list import STATUS_TEXT
from tui.widgets.key_bar import KeyBar
from tui.widgets.trend import Trend

BAR = 20


@dataclass
class DashboardChoice:
    """What the user picked: ("recommendation", id) or ("lead", name); ``overdue``: the
    lead was picked from "Overdue by lead", whose row counts the actions
    ``store.dashboard.lead_overdue`` lists (``NO_LEAD``: those no one is named to lead)."""

    kind: str
    value: int | str
    overdue: bool = False


@dataclass
class _Numbers:
    recs: list[RecommendationRow]
    leads: list[CountRow]
    statuses: list[CountRow]
    rags: list[CountRow]
    timeline: list[TimelinePoint]
    chase: list[LeadChase]


def bar(done: int, total: int, size: int = BAR) -> Text:
    """A progress bar with its percentage, readable without colour."""
    share = done / total if total else 0.0
    filled = round(share * size)
    line = Text("█" * filled, style="green")
    line.append("░" * (size - filled), style="grey42")
    line.append(f" {share:4.0%}")
    return line


def _rec_line(r: RecommendationRow, width: int) -> Text:
    """A recommendation's progress on one line where it fits, else its text on one
    line and a shorter bar under it: at 80 columns the one line wrapped into three,
    the bar between the words."""
    counts = Text(f"  {r.done}/{r.counted}" + (f" ({r.dropped} dropped)" if r.dropped else ""))
    if r.overdue:
        counts.append(f"  ! {r.overdue} overdue", style="bold red")
    wide = width >= 5 + 39 + BAR + 5 + len(counts)  # ref, text, bar and share, counts
    room = 38 if wide else max(10, width - 6)
    line = Text(f"{plain(r.ref, True):>4} ", style="bold")
    text = plain(r.text, True)
    line.append(text if len(text) <= room else text[: room - 1] + "…")
    if wide:
        line.append(" " * (room + 1 - min(len(text), room)))
        size = BAR
    else:
        line.append("\n     ")
        size = max(5, min(BAR, width - 5 - 5 - len(counts)))
    line.append_text(bar(r.done, r.counted, size))
    line.append_text(counts)
    return line


CHASING = "Chasing: sent, replied (c chases)"
NO_LEAD_NAMED = "No lead named"  # "TBC", "N/A" or no lead at all: no one to count against


def _lead_name(label: str) -> Text:
    """A row's lead in 31 cells; the row of actions no one is named to lead in italics,
    as no one's name."""
    if label == dashboard.NO_LEAD:
        return Text(set_cell_size(NO_LEAD_NAMED, 31), style="italic")
    return Text(set_cell_size(short_name(plain(label, True), 30), 31))


class DashboardScreen(ReportsFailures, Screen[DashboardChoice]):
    """Numbers a programme manager would rather look at than read."""

    TITLE = "Dashboard"
    BINDINGS = [
        Binding("escape", "close", "Back", id="dashboard_back"),
        # the lists' own Enter opens; bound here too so that `?` lists it (it lists the
        # keys of tui's widgets, and the lists are Textual's)
        Binding(
            "enter",
            "open",
            "Open",
            show=False,
            tooltip="Open the highlighted recommendation or lead's actions",
        ),
        Binding(
            "c", "chase_lead", "Chase", tooltip="Chase the highlighted lead…", id="dashboard_chase"
        ),
    ]

    def __init__(self, plan: PlanInfo) -> None:
        super().__init__()
        self.plan = plan
        self._recs: list[RecommendationRow] = []  # drawn again to a new width on resize
        self._chase_counts = (0, 0)  # leads chased, leads not replied: said in the heading

    def compose(self) -> ComposeResult:
        yield Static("", id="dashboard-title", markup=False)
        with Horizontal(id="dashboard"):
            with Vertical(id="dash-left"):
                yield Static("Progress by recommendation (Enter opens)", classes="dash-heading")
                yield OptionList(id="dash-recs")
                yield Static("Overdue by lead (Enter opens)", classes="dash-heading")
                yield OptionList(id="dash-leads")
                yield Static(CHASING, id="dash-chase-heading", classes="dash-heading")
                yield OptionList(id="dash-chase")
            with Vertical(id="dash-right"):
                yield Static("", id="dash-counts")
                yield Static("Open (last 12 weeks)", classes="dash-heading")
                yield Trend(id="spark-open")
                yield Static("Done", classes="dash-heading")
                yield Trend(id="spark-done")
                yield Static("Overdue", classes="dash-heading")
                yield Trend(id="spark-overdue")
                yield Static("", id="dash-timeline")
        yield KeyBar()

    def on_mount(self) -> None:
        title = plain(self.plan.title, one_line=True)
        self.query_one("#dashboard-title", Static).update(f" Dashboard — {title}")
        self.query_one("#dash-recs", OptionList).focus()
        self._load()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _load(self) -> None:
        store = self.app.store  # type: ignore[attr-defined]
        numbers = _Numbers(
            recs=store.recommendations(self.plan.id),
            leads=dashboard.overdue_by_lead(store, self.plan.id),
            statuses=dashboard.status_counts(store, self.plan.id),
            rags=dashboard.rag_counts(store, self.plan.id),
            timeline=dashboard.timeline(store, self.plan.id),
            chase=chase_by_lead(store, self.plan.id),
        )
        self.app.call_from_thread(self._show, numbers)

    def _show(self, n: _Numbers) -> None:
        self._recs = n.recs
        self._show_recs()
        recs = self.query_one("#dash-recs", OptionList)
        leads = self.query_one("#dash-leads", OptionList)
        leads.clear_options()
        for row in n.leads:
            line = _lead_name(row.label)
            line.append("▇" * min(row.count, 30) + f" {row.count}", style="red")
            leads.add_option(Option(line, id=f"lead:{row.label}"))
        if not n.leads:
            leads.add_option(Option(Text("Nothing overdue", style="green"), disabled=True))
            leads.styles.height = 3  # one line: its room goes to the chasing panel below
        recs.highlighted = 0 if recs.option_count else None
        leads.highlighted = 0 if n.leads else None
        self._chasing(n.chase)
        self.query_one("#dash-counts", Static).update(_counts(n.statuses, n.rags))
        self._timeline(n.timeline)

    def _show_recs(self) -> None:
        recs = self.query_one("#dash-recs", OptionList)
        width = recs.scrollable_content_region.width  # less a scrollbar still to come
        if not recs.show_vertical_scrollbar:
            width -= recs.styles.scrollbar_size_vertical
        at = recs.highlighted
        recs.clear_options()
        recs.add_options(Option(_rec_line(r, width), id=f"rec:{r.id}") for r in self._recs)
        recs.highlighted = at

    def on_resize(self) -> None:
        if self._recs:
            self.call_after_refresh(self._show_recs)  # once the panes have their new widths
        self.call_after_refresh(self._say_chase_hidden)

    def _chasing(self, rows: list[LeadChase]) -> None:
        """Leads to chase first (no reply yet, the longest waiting first), then those who
        replied: at 80x24 the panel showed 2 of 6, the two who replied off screen."""
        chase = self.query_one("#dash-chase", OptionList)
        chase.clear_options()
        waiting = sorted((r for r in rows if not r.replies), key=lambda r: r.last_sent or "")
        replied = [r for r in rows if r.replies]
        for row in waiting + replied:
            # "Chief Operating Offi…", never cut unseen ("Chief Operating Office")
            line = Text(set_cell_size(short_name(plain(row.lead, True), 22), 23))
            line.append(f"{row.packs} sent, {row.replies} replied")
            chase.add_option(Option(line, id=f"chase:{row.lead}"))
        if not rows:
            chase.add_option(Option(Text("No update requests sent yet"), disabled=True))
        self._chase_counts = (len(rows), len(waiting))
        self.call_after_refresh(self._say_chase_hidden)

    def _say_chase_hidden(self) -> None:
        """The heading says how many leads the panel cannot show ("+4 more ↓")."""
        total, waiting = self._chase_counts
        shown = self.query_one("#dash-chase", OptionList).scrollable_content_region.height
        more = f", +{total - shown} more ↓" if total > shown > 0 else ""
        # one line at 80 columns
        heading = f"Chasing: {waiting} of {total} not replied{more}" if total else CHASING
        self.query_one("#dash-chase-heading", Static).update(heading)

    def _timeline(self, points: list[TimelinePoint]) -> None:
        names = ("open", "done", "overdue")
        # one top for the three, the plan's actions: a count that never changed is a
        # line at its share of them ("overdue 4" of 11 low down, not a full bar)
        top = max((max(p.open + p.done, p.overdue) for p in points), default=1)
        for name in names:
            self.query_one(f"#spark-{name}", Trend).show([getattr(p, name) for p in points], top)
        if points:
            first, last = points[0], points[-1]
            began = " (plan recorded)" if first.start else ""
            summary = (
                f"{first.date:%d %b}{began} → {last.date:%d %b}: open {first.open} → {last.open}, "
                f"done {first.done} → {last.done}, overdue {first.overdue} → {last.overdue}"
            )
            self.query_one("#dash-timeline", Static).update(summary)

    @on(OptionList.OptionSelected)
    def _opened(self, event: OptionList.OptionSelected) -> None:
        kind, _, value = (event.option.id or "").partition(":")
        if kind == "rec":
            self.dismiss(DashboardChoice("recommendation", int(value)))
        elif kind in ("lead", "chase"):
            self.dismiss(DashboardChoice("lead", value, overdue=kind == "lead"))

    def action_chase_lead(self) -> None:
        """Chase the lead highlighted in either list (all leads when none is)."""
        focused = self.focused
        lead = ""
        if isinstance(focused, OptionList) and focused.highlighted is not None:
            kind, _, name = (focused.get_option_at_index(focused.highlighted).id or "").partition(
                ":"
            )
            lead = name if kind in ("lead", "chase") else ""
        self.app.chase_leads(self.plan, lead)  # type: ignore[attr-defined]

    def action_open(self) -> None:
        focused = self.focused
        if isinstance(focused, OptionList) and focused.highlighted is not None:
            focused.action_select()

    def action_close(self) -> None:
        self.dismiss(None)


def _counts(statuses: list[CountRow], rags: list[CountRow]) -> Table:
    table = Table(title="Actions by status and RAG", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for row in statuses:
        table.add_row(STATUS_TEXT[row.label], str(row.count))
    table.add_row("", "")
    for row in rags:
        table.add_row(f"RAG {row.label}", str(row.count))
    return table
