"""The plan as it will import: each recommendation, then its actions with ref, text,
leads, due date and status.

Rows are made off the UI thread (``plan_rows``) and swapped in whole; the
widget draws only the lines on screen, so a 5,000-action plan is as quick to
show as a short one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.docs import ActionDoc, PlanDoc
from store.wording import people
from tui.safe import fit
from tui.widgets.action_list import STATUS_SHORT, STATUS_TEXT

REC = Style(bold=True, color="cyan")
HEAD = Style(bold=True, dim=True)
PLAIN = Style()
CURSOR = Style(reverse=True)
LEADS_FROM = 70  # widths from which the leads get a column
LONG_FROM = 56  # ... and the due date's full year and the status in full


@dataclass(frozen=True)
class PlanRow:
    """One line of the preview: a recommendation (no status) or an action."""

    ref: str
    text: str
    leads: str = ""
    due: str = ""
    status: str = ""
    is_recommendation: bool = False


def plan_rows(plans: list[PlanDoc]) -> list[PlanRow]:
    """Every recommendation and action of ``plans``, in import order."""
    rows: list[PlanRow] = []
    for plan in plans:
        for rec in plan.recommendations:
            rows.append(PlanRow(rec.ref, rec.text or "(no text)", is_recommendation=True))
            rows += [_action_row(a) for a in rec.actions]
    return rows


def _action_row(action: ActionDoc) -> PlanRow:
    return PlanRow(
        ref=action.ref,
        text=action.text,
        leads=people(action.leads),
        due=action.due.isoformat() if action.due else action.due_text or "—",
        status=action.status,
    )


class PlanPreview(ScrollView, can_focus=True):
    """Recommendations and actions, one line each, under a line of column names."""

    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "move(-1_000_000)", "First", show=False),
        Binding("end", "move(1_000_000)", "Last", show=False),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.rows: list[PlanRow] = []
        self.ref_width = 5
        self.cursor = 0

    def show(self, rows: list[PlanRow]) -> None:
        """New contents; the view stays where it was as far as the new rows allow."""
        self.rows = rows
        self.ref_width = min(10, max((len(r.ref) for r in rows), default=3) + 2)
        self.cursor = min(self.cursor, max(0, len(rows) - 1))
        self.virtual_size = Size(0, len(rows) + 1)
        self.refresh()

    def action_move(self, step: int) -> None:
        self.cursor = max(0, min(len(self.rows) - 1, self.cursor + step))
        body = max(1, self.size.height - 1)
        top = int(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + body:
            self.scroll_to(y=self.cursor - body + 1, animate=False)
        self.refresh()

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.size.height - 2))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if y == 0:
            heading = PlanRow("Ref", "Text", "Leads", "Due", "Status")
            return Strip(self._segments(heading, width, HEAD)).extend_cell_length(width)
        index = int(self.scroll_y) + y - 1
        if index >= len(self.rows):
            return Strip.blank(width)
        row = self.rows[index]
        strip = Strip(self._segments(row, width, REC if row.is_recommendation else PLAIN))
        if index == self.cursor and self.has_focus:
            strip = strip.apply_style(CURSOR)
        return strip.crop(0, width).extend_cell_length(width)

    def _segments(self, row: PlanRow, width: int, style: Style) -> list[Segment]:
        if row.is_recommendation:
            heading = fit(row.text, max(2, width - self.ref_width))
            return [Segment(fit(row.ref, self.ref_width) + heading, style)]
        long = width >= LONG_FROM
        leads = 16 if width >= LEADS_FROM else 0
        due_width, status_width = (12, 12) if long else (10, 8)
        text = max(10, width - 2 - self.ref_width - leads - due_width - status_width)
        line = "  " + fit(row.ref, self.ref_width) + fit(row.text, text)
        if leads:
            line += fit(row.leads, leads)
        line += fit(_due(row.due, long), due_width) + fit(_status(row.status, long), status_width)
        return [Segment(line, style)]


def _due(value: str, long: bool) -> str:
    """An ISO date as "31 Mar 2024" (or "31 Mar 24"); a deadline without a date as written."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return day.strftime("%d %b %Y" if long else "%d %b %y")


def _status(value: str, long: bool) -> str:
    return (STATUS_TEXT if long else STATUS_SHORT).get(value, value)
