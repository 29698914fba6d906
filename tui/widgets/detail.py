"""The detail pane: everything about the selected action, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from importlib import import_module
from typing import TYPE_CHECKING

from rich.console import Console
from rich.text import Text
from textual.app import RenderResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from store.history import STEP_LABELS
from store.merge import ADD_ACTION, ADD_RECOMMENDATION
from store.models import ActionDetail, Change, HistoryEntry, UpdateRow
from store.wording import day, days_words, due_aside, people, slip_days, update_day
from tui.safe import clip, plain
from tui.widgets.action_list import STATUS_TEXT
from tui.widgets.hanging import HangingLines, hanging
from tui.words import field_change

if TYPE_CHECKING:
    from store.reads import ReadStore

HISTORY_SHOWN = 12
# Fields whose values read in words ("status Not started → Done", "due 31 Oct 2026 → …",
# the plan's own columns by name: "% complete 40% → 70%").
WORDED_FIELDS = frozenset(
    {"status", "rag", "due", "leads", "responsible", "text", "fields", "missing_from"}
)
# Labels of one-field edits, which the change beside them says in full: "RAG Red" before
# "RAG Green → Red" said the new value twice, "update" before "update added" said nothing.
RESTATED_LABELS = ("status", "RAG", "due date", "leads", "text", "update", "archive", "restore")
UPDATE_WORDS = 40  # cells of an added update's first words in its history line
HEAD_LINES = 2  # lines of the ref and title pinned over the scrolling detail, at least
HEAD_SHARE = 8  # a pane this many times taller pins more: at 160x48 a title of 3 lines
# beside the list was cut to 2 and repeated whole below it, the action named twice


class DetailHead(Widget):
    """The shown action's ref and title, pinned over the detail as it scrolls (reading
    its history at 80x24 scrolled them out of view): at most ``most`` lines (HEAD_LINES,
    more in a tall pane), a longer title cut with "…" (the body then holds it whole)."""

    def __init__(self, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.head = Text()
        self.most = HEAD_LINES

    class Measured(Message):
        """Laid out at a new width: whether the title is cut may have changed."""

    def show(self, head: Text) -> None:
        """Pin ``head`` (an empty Text hides the bar)."""
        self.head = head
        self.display = bool(head)
        self.refresh(layout=True)

    def on_resize(self) -> None:
        self.post_message(self.Measured())

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(pinned_lines(self.head, width, self.app.console, self.most)[0])

    def render(self) -> RenderResult:
        lines, _ = pinned_lines(self.head, self.content_size.width, self.app.console, self.most)
        return Text("\n", no_wrap=True).join(lines)


def pinned_lines(
    head: Text, width: int, console: Console, most: int = HEAD_LINES
) -> tuple[list[Text], bool]:
    """``head`` wrapped to ``width`` cells in at most ``most`` lines, the last cut with
    "…" when it does not fit; and whether it was cut."""
    if width < 2:
        return [head], True
    lines = list(head.wrap(console, width))
    if len(lines) <= most:
        return lines, False
    last = Text(" ").join(_trimmed(line) for line in lines[most - 1 :])
    last.truncate(width - 1)
    last.rstrip()
    last.append("…")
    return [*lines[: most - 1], last], True


class DetailPane(VerticalScroll, can_focus=True):
    """Full text, people, deadlines, fields, updates and history of one action."""

    # j and k are the list's Down and Up: here they step through the list, never
    # fall through to the screen as letters (which started a search for "j").
    # ↓ and ↑ keep scrolling the detail, as in any scrolled pane.
    # Esc first: where the detail stands in for the list (narrow), the way back must
    # survive on an 80-column key bar, which cuts hints off at the right.
    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Back to the list", id="detail_back"),
        Binding(
            "j",
            "step(1)",
            "Next",
            tooltip="Show the next action of the list (the list's cursor follows)",
            id="detail_next",
        ),
        Binding(
            "k",
            "step(-1)",
            "Previous",
            tooltip="Show the previous action of the list (the list's cursor follows)",
            id="detail_previous",
        ),
    ]

    @dataclass
    class Step(Message):
        """j or k in the detail: show the action ``delta`` places on in the list."""

        delta: int

    class Back(Message):
        """Esc in the detail: back to the list (shown again where the detail stood in
        for it). Never the screen's Esc, which clears the filters: at 160 columns Esc
        in the detail beside the list dropped a meeting's lead and overdue filters."""

    shown: int | None = None
    """The id of the action shown, None when none is."""

    def __init__(self, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._drawn: tuple[ActionDetail, dt.date] | None = None
        self._whole_title = False  # the pinned head is cut: the body opens with it whole

    def action_back(self) -> None:
        self.post_message(self.Back())

    def compose(self):  # type: ignore[no-untyped-def]
        yield DetailHead(id="detail-head")
        yield Static(Text("No action selected", style="dim"), id="detail-body")

    def show(self, detail: ActionDetail | None, today: dt.date) -> None:
        """Redraw for ``detail`` (None clears). Another action opens at its top; the same
        one redrawn after an edit keeps the place read to. Its ref and title stay in view."""
        action_id = detail.action.id if detail is not None else None
        if action_id != self.shown:
            self.scroll_home(animate=False, immediate=True)
        self.shown = action_id
        self._drawn = (detail, today) if detail is not None else None
        head = self.query_one(DetailHead)
        head.show(detail_head(detail) if detail is not None else Text())
        self._draw_body()

    def on_resize(self) -> None:
        """A width that cuts the pinned title (or no longer does) changes the body; a
        tall pane pins more of a long title (cut and repeated whole, it read twice)."""
        head = self.query_one(DetailHead)
        most = max(HEAD_LINES, self.size.height // HEAD_SHARE)
        if most != head.most:
            head.most = most
            head.refresh(layout=True)
        if self._drawn is not None and self._title_cut() != self._whole_title:
            self._draw_body()

    def on_detail_head_measured(self) -> None:
        """The head, hidden while no action was shown, has its width only now."""
        self.on_resize()

    def _title_cut(self) -> bool:
        """Is the pinned title cut? A head not laid out yet (width 0, just shown again
        after "No action selected") is taken as whole: its ``Measured`` says if not;
        taken as cut, the body repeated a title the head then showed whole."""
        head = self.query_one(DetailHead)
        width = head.content_size.width
        return width > 0 and pinned_lines(head.head, width, self.app.console, head.most)[1]

    def _draw_body(self) -> None:
        body = self.query_one("#detail-body", Static)
        if self._drawn is None:
            body.update(Text("No action selected", style="dim"))
            return
        detail, today = self._drawn
        self._whole_title = self._title_cut()
        head = [detail_head(detail), Text()] if self._whole_title else []
        body.update(HangingLines([*head, *detail_lines(detail, today)], self.app.console))

    def action_step(self, delta: int) -> None:
        self.post_message(self.Step(delta))


def _label(name: str) -> Text:
    return Text(f"{name}: ", style="bold cyan")


def _as_a_day(value: str) -> str:
    """A kept cell that is a date alone, as a workbook's date cell is kept ("2026-11-01"),
    written as the rest of the screen writes dates ("1 Nov 2026"); anything else as kept."""
    if len(value) != len("2026-11-01"):
        return value
    try:
        return day(dt.date.fromisoformat(value))
    except ValueError:
        return value


# The pane's own labels: a kept cell of the same name would read as a second one.
BUILT_IN_LABELS = frozenset(
    n.casefold()
    for n in ("Missing", "Recommendation", "Leads", "Responsible", "Due", "Original due",
              "Status", "RAG")
)  # fmt: skip
PLAN_COLUMN = " (plan column)"  # as the workbook heads such a column


def kept_label(name: str) -> str:
    """A kept cell's label: its plan's name, told apart where it is one of the pane's
    own ("Due (plan column): 31/03/2026" under "Due: Sat 19 Dec 2026"), as the
    workbook heads the column; two "Due" lines read as two deadlines."""
    return name + PLAN_COLUMN if name.strip().casefold() in BUILT_IN_LABELS else name


def _field(name: str, value: str, style: str = "") -> Text:
    line = _label(name)
    line.append(plain(value), style=style)
    return line


def read_detail(store: ReadStore, action_id: int) -> ActionDetail:
    """The action's detail as the pane shows it (read off the UI thread): a status or
    RAG cell kept as written whose value has been changed since the import is shown as
    "RAG (as imported): A (Amber)", never beside the new value as if it were current."""
    d = store.action_detail(action_id)
    if d.updates:  # an update's date is checked against its text's (reports.dated) by the
        import_module("reports.dated")  # importer's reader: both loaded here, off the UI
        import_module("importers.dates")  # thread, before render_detail asks them
    if not d.imported:  # status and RAG as imported: every wording still stands
        return d
    from reports.as_written import detail_fields

    now = {"status": d.action.status, "rag": d.action.rag}
    return replace(d, fields=detail_fields(d.fields, now, d.imported))


def _trimmed(line: Text) -> Text:
    trimmed = line.copy()
    trimmed.rstrip()
    return trimmed


def render_detail(d: ActionDetail, today: dt.date) -> list[Text]:
    """The detail as lines of Text, its ref and title first (the review screen's)."""
    return [detail_head(d), Text(), *detail_lines(d, today)]


def detail_head(d: ActionDetail) -> Text:
    """ "1.2  Agree an overarching outcomes framework with partners"."""
    head = Text()
    head.append(plain(d.action.ref, True) + "  ", style="bold")
    head.append(plain(d.action.text))
    return head


def detail_lines(d: ActionDetail, today: dt.date) -> list[Text]:
    """Everything of the detail below its ref and title."""
    a = d.action
    lines = []
    if a.missing_from:  # the plan's latest file no longer lists it: kept, but say so
        lines.append(_field("Missing", f"{plain(a.missing_from, True)} (kept)", "bold yellow"))
    lines.append(_field("Recommendation", f"{a.recommendation_ref}  {d.recommendation_text}"))
    lines.append(_field("Leads", people(a.leads) or "—"))
    lines.append(_field("Responsible", people(a.responsible) or "—"))
    lines.append(_due_line(d, today))
    moves = deadline_moves(d)
    if moves:
        lines.append(_field("Original due", moves, "yellow"))
    if d.redating_reason:  # said when the date was moved (the due dialog's reason)
        # a first date given where there was none moved nothing: worded as the papers
        # word it ("first dated … — reason"), never "Why moved"
        why = "Why dated" if d.first_dated else "Why moved"
        lines.append(_field(why, plain(d.redating_reason, True)))
    lines.append(_field("Status", STATUS_TEXT[a.status]))
    lines.append(
        _field("RAG", {"red": "Red", "amber": "Amber", "green": "Green"}.get(a.rag or "", "none"))
    )
    for name, value in d.fields.items():
        lines.append(_field(kept_label(name), _as_a_day(value)))
    lines += [Text(), Text(f"Updates ({len(d.updates)})", style="bold underline")]
    from reports.dated import date_prefix  # not on the start-up path (test_tui_startup)

    history = d.history[:HISTORY_SHOWN]
    wide = _stamp_width(d.updates, history)
    for u in d.updates:
        # a text opening with its own date ("12/11/2026 – …") is not dated twice, as in reports
        said = f"{update_day(u.date):>{wide}}  " if date_prefix(u) else ""
        stamp = Text(said, style="bold" if u.date else "dim")
        lines.append(hanging(stamp, Text(plain(u.text))))  # its lines under its text
    lines += [Text(), Text("History", style="bold underline")]
    lines += [_history_line(h, wide) for h in history]
    return lines


def _stamp_width(updates: list[UpdateRow], history: list[HistoryEntry]) -> int:
    """The cells of the widest day beside the updates and the history: each day is
    right-aligned to it (" 7 Dec 2026" under "12 Nov 2026"), so the texts beside them
    start in one column; "7 Dec 2026" left-aligned put its text a column to the left."""
    days = [update_day(u.date) for u in updates] + [_day(h.at) for h in history]
    return max(map(len, days), default=0)


def deadline_moves(d: ActionDetail) -> str | None:
    """One statement of how the deadline moved, every deadline it had in order:
    "31 Oct 2026 → 30 Nov 2026 → 16 Dec 2026 (+46 days), moved 2 times"."""
    a = d.action
    steps = [_deadline(e.due, e.due_text) for e in d.earlier_due]
    if a.original_due is not None and (not steps or steps[0] != day(a.original_due)):
        steps.insert(0, day(a.original_due))  # a plan's own original, before any re-dating
    steps.append(_deadline(a.due, a.due_text))
    steps = [s for n, s in enumerate(steps) if n == 0 or s != steps[n - 1]]
    if len(steps) < 2:
        return None
    if a.slip_days:
        how = f" ({slip_days(a.slip_days)})"
    else:
        how = " (back to the original)" if steps[0] == steps[-1] else ""
    times = len(steps) - 1
    return plain(" → ".join(steps), True) + how + f", moved {times} time{'s' * (times > 1)}"


def _deadline(due: dt.date | None, due_text: str) -> str:
    return day(due) if due else (due_text or "no date")


def _due_line(d: ActionDetail, today: dt.date) -> Text:
    a = d.action
    if a.due is None:
        return _field("Due", a.due_text or "no date (ongoing)")
    # "Wed 9 Dec 2026", as the lines under it write the day ("09" read as another date)
    line = _field("Due", f"{a.due:%a} {day(a.due)}", "bold red" if a.overdue else "")
    if wording := due_aside(a.due, a.due_text):  # "31/10/2026" would say the date twice
        line.append(f"  (as written: {plain(wording, True)})", style="dim")
    if a.overdue:
        line.append(f"  ! overdue by {days_words((today - a.due).days)}", style="bold red")
    return line


def _history_line(h: HistoryEntry, wide: int = 0) -> Text:
    """The entry's day (right-aligned in ``wide`` cells), then what changed, its later
    lines hanging under that (each piece of it opens with two spaces: the first two go
    with the day)."""
    stamp = f"{_day(h.at):>{wide}}"
    line = _history_text(h, Text(stamp, style="dim"))
    lead, said = line.divide([len(stamp) + 2])
    return hanging(lead, said)


def _history_text(h: HistoryEntry, line: Text) -> Text:
    said = [c for c in h.changes if c.field != "original_due"]  # the due change says it
    if h.label == "undone" and said and all(_unarchived(c) for c in said):
        return line.append("  archive undone", style="bold")  # it read "undone  created"
    if any(map(_creation, said)) and h.label not in STEP_LABELS:
        # the edit's label says where the action came from: one phrase, never the label
        # and "created" side by side ("demo plan  created", "import plan.csv  created")
        line.append("  " + _created_words(h.label), style="bold")
        said = [c for c in said if not _creation(c)]
    elif not (said and _restated(h.label)):
        line.append("  " + plain(h.label, True), style="bold")
    for c in said[:3]:
        if c.field == "archived" and c.entity == "update":  # an undone note: "removed"
            line.append("  update " + ("removed" if c.after else "added"))
            if said_then := h.update_texts.get(c.entity_id):  # "update added: Met the team"
                line.append(": " + _first_words(said_then, UPDATE_WORDS))
            continue
        if c.entity == "update":  # a corrected note: "update text “Mt …” → “Met …”"
            line.append("  update " + _worded(c))
            continue
        if c.field == "archived":
            line.append("  " + ("archived" if c.after else "created"))
            continue
        if c.field == "place":  # ids of a recommendation and a position: not for reading
            line.append("  moved")
            continue
        if c.field in WORDED_FIELDS:
            line.append("  " + _worded(c))
            continue
        line.append(f"  {c.field}: ")  # cut with "…": a cut text read as the whole one
        line.append(clip(_short(c.before), 30), style="dim")
        line.append(" → ")
        line.append(clip(_short(c.after), 30))
    return line


def _worded(c: Change) -> str:
    """``c`` in words; a text's change whole (each side already says only what changed,
    and the line hangs), others cut at 80 cells."""
    said = field_change(c.field, c.before, c.after)
    return said if c.field == "text" else clip(said, 80)


def _restated(label: str) -> bool:
    """Is ``label`` a one-field edit's, which its change says in full?"""
    return any(label == word or label.startswith(word + " ") for word in RESTATED_LABELS)


def _first_words(text: str, width: int) -> str:
    """The text whole when it fits ``width`` cells, else its first words and "…"."""
    flat = plain(text, one_line=True)
    if len(flat) <= width:
        return flat
    cut = flat[: width - 1].rsplit(" ", 1)[0] if " " in flat[: width - 1] else flat[: width - 1]
    return cut.rstrip(" ,;:.-–") + "…"


def _creation(c: Change) -> bool:
    """Is ``c`` an action's creation (recorded as "archived" true → false)?"""
    return c.entity == "action" and c.field == "archived" and bool(c.before) and not c.after


def _created_words(label: str) -> str:
    """Where an action came from, by the label of the edit that made it: "imported
    from plan.csv", "added" (in the app), else "created (demo plan)"."""
    label = plain(label, True)
    if label.startswith("import "):
        return "imported from " + label.removeprefix("import ")
    if label in (ADD_ACTION, ADD_RECOMMENDATION):
        return "added"
    return f"created ({label})"


def _unarchived(c: Change) -> bool:
    """Is ``c`` the action coming back from the archive?"""
    return c.entity == "action" and c.field == "archived" and not c.after


def _day(stamp: str) -> str:
    try:
        return day(dt.date.fromisoformat(stamp[:10]))
    except ValueError:
        return stamp[:10]


def _short(value: object) -> str:
    if isinstance(value, dict):
        return str(value.get("due") or value.get("due_text") or "none")
    if isinstance(value, list):
        return people(map(str, value)) or "none"
    return "none" if value is None else str(value)
