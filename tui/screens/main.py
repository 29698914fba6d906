"""The main screen: recommendations → actions → detail, filters and edits.

It owns the triage workflow: the query in force, the plan shown, and the
workers that read the store. Widgets below it only draw and post messages.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Key
from textual.widgets import Input, Static

from store import NotFoundError, SearchInterrupted, StoreError
from store.dashboard import lead_overdue
from store.models import (
    STATUS_LABELS,
    ActionDetail,
    ActionQuery,
    ActionRow,
    PlanInfo,
    RecommendationRow,
    SortKey,
)
from tui.dialogs.base import closed_by_escape_just_now
from tui.dialogs.choice import RAG_CHOICES, STATUS_CHOICES, ChoiceDialog
from tui.editing import EDIT_BINDINGS
from tui.hold import FrameHold
from tui.keys import READ_ONLY, shown_first
from tui.listing import SCREEN_ROWS, Listing, Stays, read_listing
from tui.place import Place, in_session
from tui.safe import clip, plain
from tui.shaping import SHAPE_BINDINGS, PlanShaping
from tui.widgets.action_list import ActionList, header_line
from tui.widgets.detail import DetailPane, read_detail
from tui.widgets.filter_bar import PERSON_FILTER, Filter, FilterBar
from tui.widgets.key_bar import KeyBar
from tui.widgets.rec_list import RecList
from tui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from tui.screens.dashboard import DashboardChoice

SORTS: list[SortKey] = ["plan", "due", "status", "rag", "updated", "lead"]
# the words help and the filter bar use for each sort, one place for both
SORT_WORDS: dict[SortKey, str] = {"rag": "RAG", "updated": "last update"}


def sort_word(key: SortKey) -> str:
    return SORT_WORDS.get(key, key)


# "14", "14 days", "2 weeks", "2w": the days of "due within" as a manager says them
DAYS_TYPED = re.compile(r"(\d{1,4})\s*(d|days?|w|wks?|weeks?)?", re.IGNORECASE)


def days_typed(value: str) -> int | None:
    """The days "due within" asks for, read from ``value`` ("2 weeks" is 14); None when
    it is no number of days ("two weeks": said, never taken as none)."""
    found = DAYS_TYPED.fullmatch(value.strip())
    if found is None:
        return None
    weeks = (found.group(2) or "d").lower().startswith("w")
    return int(found.group(1)) * (7 if weeks else 1)


NARROW = 140  # columns below which the panes collapse to the action list
CRAMPED = 100  # below this the recommendations open instead of the list, not beside it
REC_WORDS = 48  # cells of a recommendation's words on the filter bar


Wanted = tuple[ActionQuery, "int | None"]  # a list to read: the query, the action to keep


# The list's key bar, most needed first: at 80 columns the keys after these are cut.
KEY_BAR_FIRST = (
    "add_update", "set_status", "filter_lead", "overdue", "main_switch_plan", "set_rag",
    "set_due", "search", "undo",
)  # fmt: skip


# What Esc clears: every filter and the search, back to the plan's order (the
# recommendation picked on the left stays).
NO_FILTERS: dict[str, Any] = {
    "person": None,
    "lead": None,
    "no_lead": False,
    "overdue": False,
    "statuses": frozenset(),
    "rags": frozenset(),
    "due_within_days": None,
    "text": "",
    "sort": "plan",
}


def _people_cleared() -> dict[str, Any]:
    """No person, lead or "no lead named" filter: the one picked next stands alone."""
    return {"person": None, "lead": None, "no_lead": False}


class TitleLine(Static):
    """The plan's title line: while the file refuses writes, "[read-only: changes cannot
    be saved]" after the title, always whole. A long title is cut ("…") to leave it room:
    at 80 columns a council's title pushed the marker off the line."""

    def __init__(self, id: str) -> None:  # noqa: A002 (Textual's own name for it)
        super().__init__("", id=id, markup=False)
        self.title_text, self.read_only = "", False

    def show(self, title: str, read_only: bool) -> None:
        self.title_text, self.read_only = title, read_only
        self.refresh()

    def render(self) -> Text:
        marker = f"   [{READ_ONLY}]" if self.read_only else ""
        width = self.size.width or 10_000  # not laid out yet: the title whole
        room = max(width - 1 - cell_len(marker), 1)
        return Text(" " + clip(self.title_text, room) + marker)


class MainScreen(PlanShaping):
    """Triage and data entry over one plan."""

    BINDINGS = shown_first(
        [
            Binding("o", "toggle_overdue", "Overdue", tooltip="Toggle overdue only", id="overdue"),
            Binding("f", "filter_lead", "Person", tooltip=PERSON_FILTER, id="filter_lead"),
            Binding(
                "t",
                "filter_status",
                "Status filter",
                tooltip="Filter by status",
                show=False,
                id="filter_status",
            ),
            Binding(
                "R",
                "filter_rag",
                "RAG filter",
                tooltip="Filter by RAG",
                show=False,
                id="filter_rag",
            ),
            Binding(
                "n",
                "filter_due_soon",
                "Due soon",
                tooltip="Filter: due within N days",
                show=False,
                id="filter_due_soon",
            ),
            Binding(
                "slash",
                "search",
                "Search",
                tooltip="Search actions, recommendations and updates as you type",
                id="search",
            ),
            Binding(
                "escape",
                "clear",
                "Clear",
                tooltip="Close a pane, else clear the search, else clear the filters",
                show=False,
                id="clear",
            ),
            Binding(
                "S",
                "cycle_sort",
                "Sort",
                tooltip=f"Change the sort order ({', '.join(sort_word(k) for k in SORTS)})",
                show=False,
                id="sort",
            ),
            Binding(
                "colon",
                "jump",
                "Jump to ref",
                tooltip="Jump to an action by its ref",
                show=False,
                id="jump",
            ),
            *SHAPE_BINDINGS,
            Binding(
                "delete",
                "archive",
                "Archive",
                tooltip="Archive the action (nothing is deleted; Ctrl+Z brings it back)",
                show=False,
                id="archive",
            ),
            Binding(
                "g", "toggle_recs", "Recs", tooltip="Show or hide the recommendations", id="recs"
            ),
            # the app's own "p" is hidden: shown here, and only when there is a plan to switch to
            Binding("p", "switch_plan", "Plan", tooltip="Switch plan", id="main_switch_plan"),
            Binding(
                "left",
                "focus_pane(-1)",
                "Pane left",
                tooltip="Move to the pane on the left",
                show=False,
            ),
            Binding(
                "right",
                "focus_pane(1)",
                "Pane right",
                tooltip="Move to the pane on the right",
                show=False,
            ),
            *EDIT_BINDINGS,
        ],
        KEY_BAR_FIRST,
    )

    def __init__(
        self,
        plan: PlanInfo,
        first: Listing | None = None,
        places: dict[int, Place] | None = None,
        many_plans: bool = False,
    ) -> None:
        """``first``, when given, is the list already read (of the plan's place);
        ``places`` holds each plan's place (the app's): the plan opens as it was left,
        and its place is kept there as it changes; ``many_plans``: there is a plan to
        switch to (the key bar then shows the plan key)."""
        super().__init__()
        self.plan = plan
        self.many_plans = many_plans
        self._first = first
        self.places = places if places is not None else {}
        left = self.places.get(plan.id)
        self.query_state = in_session(left).query if left else ActionQuery(plan_id=plan.id)
        self._left_on = left.action_id if left else None
        self.last_rec_id: int | None = None  # created here: where "a" adds next
        # the plan's count until its recommendations are read: at start-up the plans are
        # read without counts, and ``first`` (the unfiltered list) is every action
        self.total = len(first.ids) if first is not None else plan.actions
        self.overdue = 0
        self._recs_due = True
        self._ahead: tuple[ActionQuery, int, Listing] | None = None  # query, writes, list
        self._wanted: Wanted | None = None  # the list to read next (None: the one shown)
        self._reading = False  # a list is being read (one at a time)
        self._detail_asked = 0  # detail reads asked for: only the newest one is shown
        self._hold = FrameHold(self)
        self._stays: Stays | None = None  # an action edited out of the filters, kept shown
        self._stays_ref = ""  # its ref, for the filter bar
        self._stays_out = False  # the list shows it though the filters no longer match
        # restored at start-up, the filters are named once: a list cut to "0 of 12" by
        # a filter set in an earlier session must not look like a plan without actions
        self._say_kept = first is not None and left is not None

    def compose(self) -> ComposeResult:
        yield TitleLine(id="plan-title")
        yield FilterBar(id="filters")
        with Horizontal(id="panes"):
            yield RecList(id="recs")
            with Vertical(id="middle"):
                yield Static("", id="list-header", markup=False)
                yield ActionList(self.store.today(), id="actions")
            yield DetailPane(id="detail")
        yield SearchBox(
            placeholder="search actions, recommendations and updates",
            id="search",
            select_on_focus=False,
        )
        yield KeyBar()

    def _show_title(self, read_only: bool) -> None:
        """The plan's title, and while the file refuses writes, that it does."""
        self.query_one("#plan-title", TitleLine).show(self.plan.title, read_only)

    def on_mount(self) -> None:
        columns = self.query_one(ActionList).columns
        self.query_one("#list-header", Static).update(header_line(columns))
        self.watch(self.app, "read_only", self._show_title)
        self.query_one("#search", Input).display = False
        self.query_one(ActionList).focus()
        self.learn_blue(self.plan.id)
        if self._first is None:
            self.reload(keep=self._left_on)
        else:
            self._show_index(self._first)
            self._first = None

    @on(ActionList.ColumnsChanged)
    def _columns_changed(self, event: ActionList.ColumnsChanged) -> None:
        self.query_one("#list-header", Static).update(header_line(event.columns))

    # ------------------------------------------------------------ reading
    def reload(self, keep: int | None = None) -> None:
        """Re-read counts, recommendations and the list (after any change)."""
        self._recs_due = True
        self._load_index(self.query_state, keep)

    @work(thread=True, exclusive=True, group="recs", exit_on_error=False)
    def _load_recs(self) -> None:
        recs = self.store.recommendations(self.plan.id)
        self.app.call_from_thread(self._show_recs, recs)

    def _show_recs(self, recs: list[RecommendationRow]) -> None:
        self.total = sum(r.total for r in recs)
        rec_list = self.query_one(RecList)
        rec_list.show(recs, self.total, sum(r.overdue for r in recs))
        if self.query_state.recommendation_id is not None:
            rec_list.point_at(self.query_state.recommendation_id)
        self._show_counts()
        if self._say_kept:  # after the recommendations: a recommendation filter is named
            self._say_kept = False
            self._say_kept_filters()

    def _say_kept_filters(self) -> None:
        """ "Filters kept from last time: overdue only — Esc clears", when any narrows."""
        kept = self.narrowing_filters()
        if kept:
            words = "; ".join(kept)
            self.notify(f"Filters kept from last time: {words} — Esc clears", markup=False)

    def _load_index(self, query: ActionQuery, keep: int | None) -> None:
        """Read and show the list for ``query``. One list is read at a time: asked
        again meanwhile (a word typed, a key per letter), the newer question replaces
        the waiting one and a running search is interrupted, so a burst of keys
        costs about one search and only the latest text's list is drawn. Until it is
        drawn the screen is held (``FrameHold``): the box and its list come together."""
        self._wanted = (query, keep)
        self._hold.start()
        if self._reading:
            self.store.interrupt_search()
            return
        self._reading = True
        self._read_index(self._wanted, self._stays, self._list_height())

    @property
    def list_reading(self) -> bool:
        """Is the list being read? A move typed now would be undone when it is drawn."""
        return self._reading

    def _list_height(self) -> int:
        """The rows the list shows (before its first layout: a tall terminal's)."""
        return self.query_one(ActionList).size.height or SCREEN_ROWS

    @work(thread=True, group="index", exit_on_error=False)
    def _read_index(self, wanted: Wanted, stays: Stays | None, height: int) -> None:
        listing: Listing | None = None
        try:
            listing = read_listing(self.store, *wanted, stays, height)
        except SearchInterrupted:
            pass  # a newer question is waiting
        finally:  # even after a failure (reported by tui.watch), or lists stop being read
            self.app.call_from_thread(self._index_read, wanted, listing)

    def _index_read(self, wanted: Wanted, listing: Listing | None) -> None:
        """On the UI thread: show the list if it is still the one wanted, else read
        the one wanted now (this one is out of date and is never drawn)."""
        if self._wanted is not None and self._wanted is not wanted:
            self._read_index(self._wanted, self._stays, self._list_height())
            return
        self._reading = False
        if listing is not None and self._wanted is wanted:
            self._wanted = None
            self._show_index(listing)
        else:  # the read failed (reported by tui.watch): draw what there is
            self._hold.release()

    def _show_index(self, listing: Listing) -> None:
        actions = self.query_one(ActionList)
        had_actions = bool(actions.ids)
        ids = listing.ids
        self._stays_out = listing.stays_out is not None
        actions.set_ref_width(listing.ref_width)
        # one lead's list: no column; one person's, some as responsible officer: theirs too
        actions.show_leads(listing.leads_column, listing.responsible_column)
        actions.show(ids, listing.keep, listing.rows)
        if had_actions != bool(ids):
            self.refresh_bindings()
        if self._recs_due:  # after the list is drawn: the list is what the user needs first
            self._recs_due = False
            self.call_after_refresh(self._load_recs)
        self.overdue = listing.overdue
        self._show_counts()
        if not ids:
            self.query_one(DetailPane).show(None, self.store.today())
        # once the widgets changed here have asked to be drawn: the next frame has them all
        self.call_after_refresh(self._hold.release)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The plan key shows only where there is another plan; else the app's "p" has it."""
        if action == "switch_plan":
            return self.many_plans
        return super().check_action(action, parameters)

    async def action_switch_plan(self) -> None:
        await self.app.run_action("switch_plan")

    def on_unmount(self) -> None:
        self._hold.release()  # never leave the app's drawing held by a screen that is gone

    def _show_counts(self) -> None:
        actions = self.query_one(ActionList)
        filters = self._filters()
        out = self._stays_ref if self._stays_out else ""
        matching = len(actions.ids) - bool(out)
        self.query_one(FilterBar).show(filters, matching, self.total, self.overdue, out)
        actions.say_when_empty(self._empty_words(filters))

    @on(ActionList.Scrolled)
    def _scrolled(self, event: ActionList.Scrolled) -> None:
        window = f"{event.first:,}–{event.last:,} of {event.total:,}" if event.total else ""
        middle = self.query_one("#middle")
        if middle.border_subtitle != window:  # setting it repaints the pane
            middle.border_subtitle = window

    @on(ActionList.NeedRows)
    def _need_rows(self, event: ActionList.NeedRows) -> None:
        self._fetch_rows(event.ids)

    @work(thread=True, group="rows", exit_on_error=False)
    def _fetch_rows(self, ids: list[int]) -> None:
        rows = self.store.actions_by_ids(ids)
        self.app.call_from_thread(self._add_rows, rows)

    def _add_rows(self, rows: list[ActionRow]) -> None:
        self.query_one(ActionList).add_rows(rows)  # on the UI thread: widgets live there

    @on(ActionList.Highlighted)
    def _highlighted(self, event: ActionList.Highlighted) -> None:
        self.places.pop(self.plan.id, None)  # the newest last: the plan to reopen on
        self.places[self.plan.id] = Place(self.query_state, event.action_id)
        self.app.place_moved()  # type: ignore[attr-defined]  # tui.workflows
        if self._stays is not None and event.action_id != self._stays[0]:
            self._stays = None  # moved off it: an action kept out of the filters goes
            if self._stays_out:
                self.reload(keep=event.action_id)
        if event.action_id is not None:  # drawn first, the cursor move is seen sooner
            self.call_after_refresh(self._load_detail, event.action_id)

    def _load_detail(self, action_id: int) -> None:
        """Read the action's detail off the UI thread; only the newest read is shown."""
        self._detail_asked += 1
        self._read_detail(action_id, self._detail_asked)

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def _read_detail(self, action_id: int, asked: int) -> None:
        try:
            detail = read_detail(self.store, action_id)
        except NotFoundError:
            return  # archived meanwhile (an undo); other failures are reported (tui.watch)
        self.app.call_from_thread(self._show_detail, detail, asked)

    def _show_detail(self, detail: ActionDetail, asked: int) -> None:
        # A cancelled worker's thread still runs to its end: a slow read begun before
        # an edit (or its undo) must not paint over the newer read's answer.
        if asked == self._detail_asked:
            self.query_one(DetailPane).show(detail, self.store.today())

    def refresh_from_file(self) -> None:
        """Another process wrote the file: re-read the list, counts and detail,
        keeping the cursor on the same action (cached rows may be out of date), shown
        till the cursor moves though it no longer matches the filters, as an edit here.
        A screen not yet composed has nothing to refresh: it reads the file when it mounts."""
        lists = self.query(ActionList)
        if not lists:
            return
        actions = lists.first()
        current = actions.current
        if current is not None:  # edited elsewhere out of the filters: kept and named, as
            self._keep_in_view(current)  # in the app (it vanished, the cursor jumping)
        actions.forget(list(actions.rows))
        self._ahead = None
        self.reload(keep=current)
        if current is not None:
            self._load_detail(current)

    @on(DetailPane.Step)
    def _detail_step(self, event: DetailPane.Step) -> None:
        """The list's cursor moves; its Highlighted shows that action's detail."""
        self.query_one(ActionList).action_cursor(event.delta)

    @on(DetailPane.Back)
    def _detail_back(self) -> None:
        self._open_pane(1)

    @on(ActionList.Selected)
    def _selected(self) -> None:
        self._open_pane(2)

    @on(RecList.Chosen)
    def _rec_chosen(self, event: RecList.Chosen) -> None:
        self.last_rec_id = None  # the recommendation highlighted now is the default
        self._requery(recommendation_id=event.rec_id)

    @on(RecList.Selected)
    def _rec_selected(self) -> None:
        self._open_pane(1)

    # ------------------------------------------------------------ filters
    def _requery(self, keep: int | None = None, **changes: Any) -> None:
        query = replace(self.query_state, **changes)
        if query == self.query_state and keep is None:
            return  # nothing changed (e.g. "All" highlighted again)
        self.query_state = query
        self._stays = None  # the filters asked again: the list is exactly what they match
        # the cursor stays on the action it was on while the new list still has it: a
        # filter cleared in a meeting must not send the user back to the first action
        stay = keep if keep is not None else self.query_one(ActionList).current
        if keep is None and self._ahead and self._ahead[:2] == (query, self.store.writes):
            self._wanted = None  # a list being read now is out of date
            ahead = self._ahead[2]  # read ahead while the choice was highlighted
            self._show_index(replace(ahead, keep=stay) if stay in ahead.ids else ahead)
        else:
            self._load_index(query, stay)

    def narrowing_filters(self) -> list[str]:
        """The filters in force that hide actions, in words ("person: Ann Lee")."""
        return [f.words for f in self._filters() if f.narrows]

    def _filters(self) -> list[Filter]:
        """The filters in force, in the order the bar names them."""
        q = self.query_state
        found = []
        if q.recommendation_id is not None:
            found.append(self._rec_filter(q.recommendation_id))
        if q.person:
            found.append(Filter(f"person: {q.person}"))
        if q.lead:
            found.append(Filter(f"lead: {q.lead}"))
        if q.no_lead:
            found.append(Filter("no lead named"))
        if q.statuses:
            found.append(
                Filter("status: " + ", ".join(STATUS_LABELS[s] for s in sorted(q.statuses)))
            )
        if q.rags:
            found.append(Filter("RAG: " + ", ".join(sorted(q.rags))))
        if q.overdue:
            found.append(Filter("overdue only"))
        if q.due_within_days is not None:
            found.append(Filter(f"due within {q.due_within_days} days"))
        if q.text:
            found.append(Filter(f"search: {q.text}"))
        if q.sort != "plan":
            found.append(Filter(f"sorted by {sort_word(q.sort)}", narrows=False))
        return found

    @property
    def person_shown(self) -> str | None:
        """The lead (or responsible officer) the list is filtered to, if any."""
        return self.query_state.person or self.query_state.lead

    def _rec_filter(self, rec_id: int) -> Filter:
        """ "recommendation MD1 The trust must ensure…", "rec MD1" where room is short."""
        rec = next((r for r in self.query_one(RecList).recs if r.id == rec_id), None)
        if rec is None:  # not read yet: named once the recommendations are
            return Filter("recommendation", ref="")
        ref = plain(rec.ref, one_line=True)
        words = clip(f"recommendation {ref} {rec.text}", REC_WORDS)
        return Filter(words, f"rec {ref}" if ref else "", ref=ref)

    def _empty_words(self, filters: list[Filter]) -> str:
        """Why the list is empty, said in the list: "No actions match: person Kate Ellis,
        overdue only. Esc clears the filters." (an empty box said nothing)."""
        rec = next((f for f in filters if f.ref is not None), None)
        cleared = [f.said for f in filters if f.ref is None and f.narrows]
        where = f" in {rec.ref}" if rec and rec.ref else ""
        if cleared:
            return f"No actions{where} match: {', '.join(cleared)}. Esc clears the filters."
        if rec is not None:
            return f"No actions{where or ' in this recommendation'} yet."
        return "No actions in this plan yet."

    def view_now(self) -> tuple[ActionQuery, int | None]:
        """The filters, the order and the action under the cursor: what a letter typed
        on the list changes at once ("o", "S"), kept while a word may be under way."""
        return self.query_state, self.query_one(ActionList).current

    def restore_view(self, view: tuple[ActionQuery, int | None]) -> None:
        """Back to ``view_now``'s view: the letters were a word typed by mistake."""
        query, current = view
        if query != self.query_state:
            self._requery(keep=current, **{f.name: getattr(query, f.name) for f in fields(query)})

    def action_toggle_overdue(self) -> None:
        self._requery(overdue=not self.query_state.overdue)

    def action_filter_lead(self) -> None:
        from tui.dialogs.picker import PickerDialog  # dialogs: imported when first opened

        def chosen(name: str | None) -> None:
            if name:
                self._requery(**{**_people_cleared(), "person": name})

        self.with_people(
            self.plan.id,
            lambda names: self.app.push_screen(
                PickerDialog(PERSON_FILTER, names, on_highlight=self._read_ahead_for), chosen
            ),
        )

    def _read_ahead_for(self, person: str) -> None:
        """While a name is highlighted, read the list it would show: Enter then shows it
        at once, in the frame that closes the dialog, instead of querying after it. Its
        rows are those around the cursor, where the list opens (the top's rows, read
        before, left the rows the user was on as "…" until a second read)."""
        query = replace(self.query_state, **{**_people_cleared(), "person": person})
        self._read_ahead(query, self.query_one(ActionList).current, self._list_height())

    @work(thread=True, exclusive=True, group="read-ahead", exit_on_error=False)
    def _read_ahead(self, query: ActionQuery, keep: int | None, height: int) -> None:
        writes = self.store.writes
        with suppress(StoreError):
            listing = read_listing(self.store, query, keep, height=height)
            self.app.call_from_thread(setattr, self, "_ahead", (query, writes, listing))

    def action_filter_status(self) -> None:
        choices = [*STATUS_CHOICES, ("-", "all", "Any status")]

        def chosen(value: str | None) -> None:
            if value:
                self._requery(statuses=frozenset() if value == "all" else frozenset({value}))

        self.app.push_screen(ChoiceDialog("Show only actions with status", choices), chosen)

    def action_filter_rag(self) -> None:
        choices = [*RAG_CHOICES[:3], ("n", "none", "Not rated"), ("-", "all", "Any RAG")]

        def chosen(value: str | None) -> None:
            if value:
                self._requery(rags=frozenset() if value == "all" else frozenset({value}))

        self.app.push_screen(ChoiceDialog("Show only actions rated", choices), chosen)

    def action_filter_due_soon(self) -> None:
        from tui.dialogs.text import TextDialog

        def chosen(value: str | None) -> None:
            if value and (days := days_typed(value)) is not None:
                self._requery(due_within_days=days)

        def check(value: str) -> str:
            if days_typed(value) is None:
                return f"“{value}” is not a number of days: type one (14), or weeks (2 weeks)"
            return ""

        title = "Due within how many days?"
        dialog = TextDialog(title, "14", enter="shows them", proposed=True, check=check)
        self.app.push_screen(dialog, chosen)

    def action_search(self) -> None:
        search = self.query_one("#search", Input)
        search.display = True
        self.set_focus(search)  # now, not later: the next keys typed are the search

    def on_key(self, event: Key) -> None:
        """A letter or digit with no key of its own starts a search with it: a word
        typed with no dialog open finds actions instead of changing them."""
        char = event.character
        if not (event.is_printable and char and char.isalnum()):
            return
        if event.key in self.active_bindings or isinstance(self.focused, Input):
            return
        event.stop()
        event.prevent_default()
        search = self.query_one("#search", Input)
        self.action_search()
        search.value = char
        search.cursor_position = 1

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if event.value != event.input.value:
            return  # typed on since: the change to the box's text is on its way (a burst
            # of keys is handled before its changes, so only its whole text is searched)
        self._requery(text=event.value)

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.query_one(ActionList).focus()

    def action_clear(self) -> None:
        if self.narrow and (self.has_class("-recs-open") or self.has_class("-detail-open")):
            self._open_pane(1)  # Esc closes the pane that was opened first
            return
        search = self.query_one("#search", Input)
        searching = search.display and (search.value or search.has_focus)
        if not searching and replace(self.query_state, **NO_FILTERS) == self.query_state:
            return  # nothing to clear
        if closed_by_escape_just_now():
            # the twin of an Esc that cancelled a dialog: clearing now would drop the
            # meeting's lead and overdue filters, and its place in the list
            self.notify(
                "Filters and search kept: Esc again, after a moment, clears them", markup=False
            )
            return
        if searching:
            search.value = ""
            search.display = False
            self.query_one(ActionList).focus()
            self._requery(text="")
            return
        self._requery(**NO_FILTERS)

    def action_cycle_sort(self) -> None:
        now = SORTS.index(self.query_state.sort)
        self._requery(sort=SORTS[(now + 1) % len(SORTS)])

    # ------------------------------------------------------------- panes
    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")
        self.set_class(self.size.width < CRAMPED, "-cramped")
        self.refresh_bindings()

    @property
    def narrow(self) -> bool:
        """Below NARROW columns the list has the width; the other panes open on demand."""
        return self.has_class("-narrow")

    def action_focus_pane(self, step: int) -> None:
        panes = [self.query_one(RecList), self.query_one(ActionList), self.query_one(DetailPane)]
        focused = next((i for i, p in enumerate(panes) if p.has_focus), 1)
        self._open_pane(max(0, min(2, focused + step)))

    def _open_pane(self, index: int) -> None:
        """Focus pane ``index`` (recs, list, detail); when narrow, show only that one
        beside the list (recs) or instead of it (detail)."""
        self.set_class(index == 0, "-recs-open")
        self.set_class(index == 2, "-detail-open")
        if index == 0:
            self.remove_class("-recs-hidden")  # wide: going to them brings them back
        panes = [self.query_one(RecList), self.query_one(ActionList), self.query_one(DetailPane)]
        panes[index].focus()

    def action_toggle_recs(self) -> None:
        """Narrow: open the recommendations beside the list, or close them. Wide: hide
        them (the list takes their width) or show them again."""
        if self.narrow:
            self._open_pane(1 if self.has_class("-recs-open") else 0)
        elif self.has_class("-recs-hidden"):
            self._open_pane(0)
        else:
            self.add_class("-recs-hidden")
            if self.query_one(RecList).has_focus_within:
                self._open_pane(1)

    def open_choice(self, choice: DashboardChoice | None) -> None:
        """Show what was picked on the dashboard: one recommendation or one lead."""
        if choice is None:
            return
        if choice.kind == "lead" and choice.overdue:  # the actions the row counted
            counted = lead_overdue(self.plan.id, str(choice.value))
            people = {**_people_cleared(), "lead": counted.lead, "no_lead": counted.no_lead}
            self._requery(**people, recommendation_id=None, overdue=True)
        elif choice.kind == "lead":
            people = {**_people_cleared(), "person": str(choice.value)}
            self._requery(**people, recommendation_id=None)
        else:
            self._requery(**_people_cleared(), recommendation_id=int(choice.value))
        self.query_one(ActionList).focus()

    # --------------------------------------------------------------- jump
    def action_jump(self) -> None:
        from tui.dialogs.text import TextDialog

        def chosen(ref: str | None) -> None:
            if ref:
                self._jump(ref)

        self.app.push_screen(
            TextDialog("Jump to action (ref)", placeholder="e.g. 2.1.1", enter="jumps"), chosen
        )

    @work(thread=True, exclusive=True, group="jump", exit_on_error=False)
    def _jump(self, ref: str) -> None:
        try:
            action = self.store.find_action(ref, self.plan.id)
        except StoreError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="warning", markup=False)
            return
        self.app.call_from_thread(self._show_action, action.id, action.ref)

    def _show_action(self, action_id: int, ref: str) -> None:
        """Go to the action, keeping the filters when it is among what they show; else
        clear them and say which (never silently)."""
        actions = self.query_one(ActionList)
        if action_id in actions.ids:
            actions.show(actions.ids, keep=action_id)
        else:
            cleared = "; ".join(self.narrowing_filters())
            self.notify(f"{ref} was hidden by the filters; cleared: {cleared}", markup=False)
            search = self.query_one("#search", Input)
            with search.prevent(Input.Changed):
                search.value = ""
            search.display = False
            self.query_state = ActionQuery(plan_id=self.plan.id, sort=self.query_state.sort)
            self._load_index(self.query_state, action_id)
        actions.focus()

    # -------------------------------------------------------------- edits
    def has_action(self) -> bool:
        return bool(self.query_one(ActionList).ids)

    def current_action(self) -> ActionRow | None:
        actions = self.query_one(ActionList)
        current = actions.current
        if current is None:
            self.notify("No action selected", severity="warning")
            return None
        row = actions.rows.get(current)
        return row if row is not None else self.store.action(current)

    def edited(self, action_id: int | None, message: str) -> None:
        self.notify(message, markup=False)
        actions = self.query_one(ActionList)
        if action_id is not None:
            self._keep_in_view(action_id)
            actions.forget([action_id])
        self.reload(keep=action_id if action_id is not None else actions.current)
        if action_id is not None and action_id == actions.current:
            self._load_detail(action_id)

    def _keep_in_view(self, action_id: int) -> None:
        """The action edited under the cursor stays in the list, at its place, until the
        cursor moves off it or the filters are asked again: re-dated off "overdue only" it
        left at once ("No actions match…"), and its RAG, next, needed Esc and ":6.1"."""
        actions = self.query_one(ActionList)
        if action_id != actions.current or not any(f.narrows for f in self._filters()):
            return
        if self._stays is None or self._stays[0] != action_id:
            row = actions.rows.get(action_id)
            self._stays, self._stays_ref = (action_id, actions.cursor), row.ref if row else ""

    def action_archive(self) -> None:
        if (a := self.current_action()) is None:
            return
        self.save(
            a.id,
            lambda: self.store.archive_action(a.id),
            f"{a.ref}: archived (Ctrl+Z brings it back)",
        )
