"""The application: shows the right screen for an open store, holds global keys.

Dialogs and the screens that are not the first are imported when first opened:
importing every one at start-up was ~25 ms of the first paint.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from textual import work
from textual.actions import ActionParseResult
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.reactive import reactive
from textual.screen import Screen

from store import Store, StoreError
from store.models import PlanInfo
from tui import collect_from_now_on
from tui.chase_flow import ChaseFlow
from tui.commands import ActionPlanCommands
from tui.keys import READ_ONLY, WRITE_ACTIONS, action_name, dropped_after, key_help
from tui.listing import Listing
from tui.place import Place
from tui.toasts import Toasts
from tui.typeahead import InOrderKeys
from tui.watch import FileWatch
from tui.workflows import Workflows


class ActionPlanApp(Toasts, InOrderKeys, FileWatch, Workflows, ChaseFlow, App[str]):
    """Keyboard-driven action plans over one SQLite file."""

    read_only: reactive[bool] = reactive(False)  # the file refuses writes: said on screen
    CSS_PATH = "app.tcss"
    TITLE = "actionplan"
    COMMANDS = App.COMMANDS | {ActionPlanCommands}
    BINDINGS = [
        Binding(
            "q",
            "ask_quit",
            "Quit",
            tooltip="Quit, after y (all is saved; Ctrl+Q quits at once)",
            id="quit",
        ),
        Binding("question_mark,f1", "help", "Help", tooltip="Show every key", id="help"),
        Binding("p", "switch_plan", "Plan", tooltip="Switch plan", show=False, id="switch_plan"),
        Binding("i", "import", "Import", tooltip="Import a plan…", show=False, id="import"),
        Binding("w", "review", "Review", tooltip="Weekly review", id="review"),
        Binding("D", "dashboard", "Dashboard", tooltip="Dashboard", show=False, id="dashboard"),
        Binding("x", "export", "Export", tooltip="Export a report", show=False, id="export"),
        Binding("C", "chase", "Chase", tooltip="Chase leads…", show=False, id="chase"),
        Binding("ctrl+n", "new_plan", "New plan", tooltip="New plan", show=False, id="new_plan"),
        Binding(
            "ctrl+r",
            "rename_plan",
            "Rename plan",
            tooltip="Rename plan",
            show=False,
            id="rename_plan",
        ),
    ]

    def __init__(
        self,
        store: Store,
        plans: list[PlanInfo],
        first: Listing | None,
        place: Place | None = None,
    ) -> None:
        """An open store, its plans, and the first list (of ``place``, where the user
        left the file, else of the first plan): see ``tui.open_app``."""
        super().__init__()
        self.store = store
        self._went_read_only = False  # made read-only while open (``check_writable``)
        self._plans = plans
        self._first = first
        self.places: dict[int, Place] = {}
        self._presence: Path | None = None  # the file telling other windows this one is open
        if place is not None and place.query.plan_id is not None:
            self.places[place.query.plan_id] = place

    def get_default_screen(self) -> Screen[None]:
        """The first plan's screen is the app's first screen: no blank screen is drawn
        and then replaced at start-up."""
        return self.plan_screen(self._plans, None, self._first)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """App-wide keys show (and work) only where they do something."""
        return self.plan_key_works(action)

    def on_mount(self) -> None:
        self.call_after_refresh(collect_from_now_on)
        self.watch_file()
        self.say_if_read_only()
        from tui.presence import announce

        self._presence = announce(Path(self.store.path))
        self.say_if_open_elsewhere()

    @work(thread=True, exit_on_error=False)
    def say_if_open_elsewhere(self) -> None:
        """Once, on opening: another window on the same file is told of, as its edits
        appear here (and ours there) and Ctrl+Z undoes only this window's."""
        from tui.presence import others_open

        db = Path(self.store.path)
        if others_open(db):
            said = (
                f"{db.name} is open in another actionplan window; edits from both are kept,"
                " undo only undoes yours"
            )
            self.call_from_thread(self.notify, said, markup=False, timeout=10)

    @work(thread=True, exit_on_error=False)
    def say_if_read_only(self) -> None:
        """Once, on opening: the user should not first find out on a save. The plan's
        title line then says it for as long as the app is open."""
        if self.store.refuses_writes():
            self.call_from_thread(self._now_read_only)

    def _now_read_only(self) -> None:
        self.read_only = True
        self.notify(READ_ONLY, severity="warning", markup=False)

    def check_writable(self) -> None:
        """The file made read-only while open (``chmod 444``, ``chattr +i``): SQLite
        keeps taking edits into the -wal file beside it, with no error, so nothing told
        the user. Checked after every save and each second: said once, with where the
        edits since are kept, and further edits refused as on a file opened read-only;
        made writable again, said, and edits go on."""
        writable = self.store.file_writable()
        name = Path(self.store.path).name
        if not writable and not self.read_only:
            self.read_only = self._went_read_only = True
            said = (
                f"{name} was made read-only: edits refused until it is writable again (any"
                f" made meanwhile are kept in {name}-wal beside it: keep the two together)"
            )
            self.notify(said, severity="error", markup=False, timeout=15)
        elif writable and self._went_read_only:
            self.read_only = self._went_read_only = False
            self.notify(f"{name} is writable again: edits are saved", markup=False)

    async def run_action(
        self,
        action: str | ActionParseResult,
        default_namespace: DOMNode | None = None,
        namespaces: Mapping[str, DOMNode] | None = None,
    ) -> bool:
        """Every key and palette command comes here: on a read-only file an edit is
        refused before its dialog opens, not after the user has typed it in."""
        name = action_name(action) if isinstance(action, str) else action[1]
        if self.read_only and name in WRITE_ACTIONS:
            # the keys typed after it were for its dialog: dropped, never list keys
            dropped = self.drop_typed_ahead(word=False)
            self.notify(f"{READ_ONLY}{dropped_after(dropped)}", severity="warning", markup=False)
            self.edit_refused(READ_ONLY)  # and the text typed on for it, while this is said
            return True
        return await super().run_action(action, default_namespace, namespaces)

    def on_unmount(self) -> None:
        from tui.presence import withdraw

        withdraw(self._presence)
        self.save_place()
        self.store.close()

    def action_help(self) -> None:
        from tui.dialogs.help import HelpScreen

        focused = self.focused
        ours = (
            focused if focused is not None and type(focused).__module__.startswith("tui.") else None
        )
        self.push_screen(HelpScreen(key_help(self, self.screen, ours)))

    def action_new_plan(self) -> None:
        from tui.dialogs.text import TextDialog

        def chosen(title: str | None) -> None:
            if title:
                self._plan_write(lambda: self.store.create_plan(title), title, "created")

        self.push_screen(TextDialog("New plan title"), chosen)

    def action_rename_plan(self) -> None:
        from tui.dialogs.text import TextDialog

        plan = self.current_plan()
        if plan is None:
            self.notify("Open a plan first", severity="warning")
            return

        def chosen(title: str | None) -> None:
            if title:
                self._plan_write(lambda: self.store.rename_plan(plan.id, title), title, "renamed")

        self.push_screen(TextDialog(f"Rename plan {plan.title}"[:80], plan.title), chosen)

    @work(thread=True, group="write", exit_on_error=False)
    def _plan_write(self, write: Callable[[], object], title: str, done: str) -> None:
        try:
            write()
            plans = self.store.plans()
        except StoreError as exc:
            self.call_from_thread(self.notify, f"Not saved: {exc}", severity="error", markup=False)
            return
        self.call_from_thread(self.notify, f"Plan {done}: {title}", markup=False)
        self.call_from_thread(self.show_plans, plans, title)

    def action_switch_plan(self) -> None:
        self.expect_dialog()
        query = getattr(self.screen, "query_state", None)
        overdue = bool(query and query.overdue)
        self._choose_plan(getattr(self.screen, "person_shown", None), overdue)

    @work(thread=True, exclusive=True, group="plans", exit_on_error=False)
    def _choose_plan(self, person: str | None, overdue: bool) -> None:
        from tui.dialogs.picker import PickerDialog

        try:
            plans = self.store.plans()  # counted over every action: off the UI thread
        except StoreError as exc:  # the picker will not open: drop the keys typed for it
            self.call_from_thread(self.dialog_abandoned, str(exc))
            return
        titles = [p.title for p in plans]

        def chosen(title: str | None) -> None:
            if title and (person or overdue):  # followed into the plan chosen, if there
                self.follow_filters(plans, title, person, overdue)
            elif title:
                self.show_plans(plans, title)

        self.call_from_thread(self.push_screen, PickerDialog("Switch plan", titles), chosen)

    def action_import(self, typed: str = "") -> None:
        """The file prompt, holding ``typed`` when a path was begun before it opened."""
        from tui.dialogs.path import PathDialog

        title = "Import a plan (CSV, Excel, Word, OpenDocument or an actionplan export)"
        self.push_screen(PathDialog(title, typed), self.open_workbench)

    def current_plan(self) -> PlanInfo | None:
        """The plan on the main screen, if one is shown."""
        return getattr(self.screen, "plan", None)
