"""App-level workflows: which screen shows, import, export, review, dashboard.

Kept out of ``app.py`` so the App class stays a short list of keys.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from store import StoreError
from store.models import ActionQuery, PlanInfo
from tui.listing import Listing
from tui.safe import plain
from tui.screens.main import MainScreen

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen
    from textual.timer import Timer

    from store import Store
    from store.chase import Reply
    from tui.dialogs.export_dialog import ExportRequest
    from tui.place import Place

    _Base = App[str]
else:
    _Base = object


QUIT_HINT = "Press ctrl+q to quit (q asks first)"
PLACE_REST_SECONDS = 1.0  # the place is written once the cursor has rested this long


@dataclass(frozen=True)
class Followed:
    """The filters followed into another plan, and whether each finds actions there."""

    person: str | None
    theirs: bool  # the person leads or is responsible for an action there
    overdue: bool
    late: bool  # the plan has overdue actions (the person's, when followed)


class Workflows(_Base):
    """Mixed into the App: everything that spans screens."""

    store: Store
    places: dict[int, Place]  # each plan's place this session; the newest last
    _place_timer: Timer | None = None

    def show_plans(self, plans: list[PlanInfo], title: str | None) -> None:
        """Show the plan titled ``title`` (else the first), or the empty screen.

        The app's first screen cannot be switched away (Textual), so the first
        change of plan goes on top of it; later ones replace that one.
        """
        self._show_plan_screen(self.plan_screen(plans, title))

    def _show_plan_screen(self, screen: Screen[None]) -> None:
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    @work(thread=True, exclusive=True, group="plans", exit_on_error=False)
    def follow_filters(
        self, plans: list[PlanInfo], title: str, person: str | None, overdue: bool
    ) -> None:
        """Show the plan titled ``title`` filtered to ``person`` where they lead or are
        responsible for an action there (a PM follows one person across plans), and to
        "overdue only" where it has overdue actions (of theirs): a filter that finds
        nothing there is cleared, and a toast says so (never silently)."""
        plan = next(p for p in plans if p.title == title)
        try:  # read off the UI thread; the filters' own queries, so one rule
            theirs = bool(person) and bool(
                self.store.action_ids(ActionQuery(plan_id=plan.id, person=person))
            )
            mine = person if theirs else None
            late = overdue and bool(
                self.store.action_ids(ActionQuery(plan_id=plan.id, person=mine, overdue=True))
            )
        except StoreError:
            theirs = late = False
        followed = Followed(person, theirs, overdue, late)
        self.call_from_thread(self._show_following, plans, title, followed)

    def _show_following(self, plans: list[PlanInfo], title: str, followed: Followed) -> None:
        screen = self.plan_screen(plans, title)
        person, theirs = followed.person, followed.theirs
        if isinstance(screen, MainScreen):
            query = screen.query_state
            if person:
                query = replace(query, person=person if theirs else None)
            if followed.overdue:
                query = replace(query, overdue=followed.late)
            screen.query_state = query
        if person and not theirs:
            self.notify(f"{person} has no actions in {title}: person filter cleared", markup=False)
        if followed.overdue and not followed.late:
            whose = f" of {person}'s" if theirs else ""
            said = f"No overdue actions{whose} in {title}: overdue filter cleared"
            self.notify(said, markup=False)
        self._show_plan_screen(screen)

    def plan_screen(
        self, plans: list[PlanInfo], title: str | None, first: Listing | None = None
    ) -> Screen[None]:
        """The screen for the plan titled ``title``, else the plan last shown (at start-up
        drawn from ``first``, its list already read), as it was left: its filters and
        selected action; the empty screen when there are no plans."""
        if not plans:
            from tui.screens.empty import EmptyScreen

            return EmptyScreen()
        many = len(plans) > 1
        plan = next((p for p in plans if p.title == title), None)
        if plan is not None:
            return MainScreen(plan, None, self.places, many)
        last = next(reversed(self.places), None)
        plan = next((p for p in plans if p.id == last), plans[0])
        return MainScreen(plan, first if plan.id == last else None, self.places, many)

    def place_moved(self) -> None:
        """The user moved (another action, filter or plan): the place is written once it
        has rested PLACE_REST_SECONDS, not only on quitting, so that a terminal closed
        without quitting, or a killed app, reopens on the action the user was on."""
        if self._place_timer is not None:
            self._place_timer.stop()
        self._place_timer = self.set_timer(PLACE_REST_SECONDS, self._place_rested)

    def _place_rested(self) -> None:
        self._place_timer = None
        self.save_place()  # a small JSON file, written whole (~1 ms): on the UI thread

    def save_place(self) -> None:
        """Remember, for the next start, where the user is (the plan last shown)."""
        from tui.place import save_place

        if self.places:
            last = next(reversed(self.places))
            save_place(Path(self.store.path), self.places[last])

    # --------------------------------------------------------------- import
    def open_workbench(self, path: Path | None) -> None:
        """The import workbench on ``path`` (chosen in the path dialog)."""
        from tui.screens.workbench import WorkbenchScreen

        if path is None:
            return
        from importers.reply import is_reply  # reads only the zip's list of sheets

        if is_reply(path):  # a lead's filled pack is merged here, as `actionplan import` does
            self.expect_dialog()  # type: ignore[attr-defined]
            self._read_reply(path)
            return
        if isinstance(self.screen, WorkbenchScreen):  # `i` in the workbench: the other file
            self.switch_screen(WorkbenchScreen(path))  # instead, never one on top of another
        else:
            self.push_screen(WorkbenchScreen(path))

    @work(thread=True, exclusive=True, group="reply", exit_on_error=False)
    def _read_reply(self, path: Path) -> None:
        """Read a lead's reply and work out what merging it does (a dry run, rolled
        back), then show that before anything is written."""
        from importers import ImportFailure
        from importers.reply import read_reply, resolve
        from store.chase import ALREADY, apply_replies, sent_pack
        from tui.dialogs.reply import ReplyDialog

        try:
            raw = read_reply(path)
            pack = sent_pack(self.store, raw.pack_id, raw.source)
            reply = resolve(raw, pack.created_on, self.store.today())
            report = apply_replies(self.store, [reply], dry_run=True)[0]
        except (ImportFailure, StoreError) as exc:
            said = f"Not merged: {exc}"
            self.call_from_thread(self.dialog_abandoned, said)  # type: ignore[attr-defined]
            return
        if report.all_repeated:
            said = f"{report.source}: {ALREADY}"
            self.call_from_thread(self.dialog_abandoned, said)  # type: ignore[attr-defined]
            return
        conflicts = sum("CONFLICT" in line for line in report.lines)
        head = report.head()
        dialog = ReplyDialog(head[:1].upper() + head[1:], report.body(), conflicts)

        def chosen(choice: str | None) -> None:
            if choice:
                self._merge_reply(reply, theirs=choice == "theirs")

        self.call_from_thread(self.push_screen, dialog, chosen)

    @work(thread=True, exclusive=True, group="write", exit_on_error=False)
    def _merge_reply(self, reply: Reply, theirs: bool) -> None:
        """The merge the CLI's ``import`` does (``--theirs`` with t), one undo step."""
        from store.chase import apply_replies

        try:
            report = apply_replies(self.store, [reply], theirs=theirs)[0]
        except StoreError as exc:
            self.call_from_thread(self.notify, f"Not merged: {exc}", severity="error", markup=False)
            return
        changed = len(report.lines) - report.repeated
        said = (
            f"Merged the reply of {plain(report.lead, True)} ({report.source}):"
            f" {changed} action{'s' * (changed != 1)}; Ctrl+Z undoes it"
        )
        self.call_from_thread(self._reply_merged, said)

    def _reply_merged(self, said: str) -> None:
        self.notify(said, markup=False, timeout=8)
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.reload()

    # --------------------------------------------------------------- export
    def action_export(self) -> None:
        plan = getattr(self.screen, "plan", None)
        if plan is None:
            self.notify("Open a plan first", severity="warning")
            return
        self.expect_dialog()  # type: ignore[attr-defined]
        narrowing = getattr(self.screen, "narrowing_filters", list)
        self._open_export(plan, narrowing())

    @work(thread=True, exclusive=True, group="export-dialog", exit_on_error=False)
    def _open_export(self, plan: PlanInfo, filters: list[str]) -> None:
        from reports import FORMATS
        from store.exports import default_since
        from tui.dialogs.export_dialog import ExportDialog

        try:
            since = default_since(self.store, plan.id)
        except StoreError as exc:  # the dialog will not open: drop the keys typed for it
            self.call_from_thread(self.dialog_abandoned, str(exc))  # type: ignore[attr-defined]
            return
        write = partial(self._write_export, plan)
        dialog = ExportDialog(
            plan.title, FORMATS, since, self.store.today(), self._check_target, write, filters
        )
        self.call_from_thread(self.push_screen, dialog, self._exported)

    def _check_target(self, target: Path) -> None:
        """Refuse the database, a folder, a missing folder or (unasked) an existing file."""
        from reports.files import check_target

        check_target(target, Path(self.store.path))

    def _write_export(self, plan: PlanInfo, request: ExportRequest) -> str:
        """Make and write the file, and remember the export (in the dialog's thread)."""
        from reports import export
        from reports.files import write_export
        from store.exports import record_export

        data = export(self.store, request.fmt, plan.title, request.since)
        write_export(request.target, data, Path(self.store.path), request.replace)
        note = record_export(self.store, [plan.id], request.fmt, request.target)
        # the name first: a toast at 80 columns broke a whole path inside the file's name
        target = request.target
        said = f"Wrote {target.name} ({len(data):,} bytes) in {target.parent}"
        return said + (f"; {note}" if note else "")

    def _exported(self, said: str | None) -> None:
        if said:
            self.notify(said, markup=False)

    def action_ask_quit(self) -> None:
        """Quit after "y": a word typed with no text box open ("quarterly") closed the
        app mid-meeting, losing the user's place; its next letter now only closes this."""
        from tui.dialogs.choice import ChoiceDialog

        choices = [("y", "quit", "Yes, quit (everything is saved)"), ("n", "stay", "No, stay")]

        def chosen(value: str | None) -> None:
            if value == "quit":
                self.exit()

        self.push_screen(ChoiceDialog("Quit actionplan?", choices, default="n"), chosen)

    def action_help_quit(self) -> None:
        """Ctrl+C (Textual's own toast showed its markup as written: "Press [b]ctrl+q[/b]
        to quit the app"): said plainly, with the key that asks first."""
        self.notify(QUIT_HINT, markup=False)

    # -------------------------------------------------- review and dashboard
    def action_review(self) -> None:
        from tui.screens.dashboard import DashboardScreen
        from tui.screens.review import ReviewScreen

        if isinstance(self.screen, DashboardScreen):
            self.screen.dismiss(None)  # the review opens from the plan, as from its list
        main = self.screen
        if isinstance(main, MainScreen):
            self.push_screen(ReviewScreen(main.plan), lambda _: main.reload())

    def plan_key_works(self, action: str) -> bool | None:
        """Whether an app-wide key that works on a plan does on this screen: its hint
        is hidden where it would do nothing (Review on the review itself, or with no
        plan), so a key shown in the footer always does something."""
        from tui.screens.dashboard import DashboardScreen

        screen = self.screen
        if action == "review":
            return isinstance(screen, (MainScreen, DashboardScreen))
        if action == "dashboard":
            return isinstance(screen, MainScreen)
        return True

    def action_dashboard(self) -> None:
        from tui.screens.dashboard import DashboardScreen
        from tui.screens.main import MainScreen

        main = self.screen
        if isinstance(main, MainScreen):
            self.push_screen(DashboardScreen(main.plan), main.open_choice)
