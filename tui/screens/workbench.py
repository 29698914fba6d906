"""The import workbench: the file as read beside the plan it would give, corrected by keys.

Left, the source grid (header row marked, each column headed by its role);
right, the plan as it will import and its counts; below, what the importer
was unsure of. A correction (a column's role, the header row) re-runs the
stages after ``read`` in a worker, and a result that a newer correction has
overtaken is dropped, so typing never waits. Ctrl+S imports with the same
options and the same store import as ``actionplan import --map … --header-row``.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.events import Key
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ProgressBar, Static

from tui.dialogs.choice import ChoiceDialog
from tui.dialogs.picker import PickerDialog
from tui.dialogs.text import TextDialog
from tui.safe import plain
from tui.watch import ReportsFailures
from tui.widgets.key_bar import HELP_ACTION, KeyBar
from tui.widgets.plan_preview import PlanPreview, PlanRow, plan_rows
from tui.widgets.source_grid import Column, SourceGrid, column_widths

if TYPE_CHECKING:
    from importers import ImportOptions
    from importers.apply import NextMonth
    from importers.workbench import Preview, Source
    from store import Store
    from store.models import ImportReport, PlanInfo

PROGRESS_AFTER = 0.3  # seconds
# the plan's rows, the plans it merges into, and the stored plan it may be next month's of
Shown = tuple[list[PlanRow], list[str], "NextMonth | None"]
LEAVE_CHOICES = [("y", "leave", "Yes, leave without importing"), ("n", "stay", "No, go back")]


class WorkbenchScreen(ReportsFailures, Screen[None]):
    """One file: read once, corrected by keys, imported with Ctrl+S."""

    BINDINGS = [
        Binding(
            "enter", "role", "Role", tooltip="Choose the highlighted column's role", id="wb_role"
        ),
        Binding(
            "h",
            "header_row",
            "Header row",
            tooltip="The highlighted row is the header row",
            id="wb_header",
        ),
        Binding(
            "ctrl+s", "import_plan", "Import", tooltip="Import the plan as shown", id="wb_import"
        ),
        Binding(
            "S",
            "save_profile",
            "Save profile",
            tooltip="Save the corrections as a profile for the next file with these columns",
            id="wb_save_profile",
        ),
        Binding(
            "escape", "leave", "Leave", tooltip="Leave without importing anything", id="wb_leave"
        ),
        Binding(
            "i",
            "another_file",
            "Another file",
            tooltip="Open another file in the workbench",
            id="wb_another_file",
        ),
    ]

    @dataclass
    class Progressed(Message):
        """A run of the stages is ``done`` rows of ``total`` through."""

        generation: int
        done: int
        total: int

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.source: Source | None = None
        self.shown: Preview | None = None
        self.next_month: NextMonth | None = None  # the stored plan this file may be the next of
        self.mapping: dict[str, str] = {}  # --map COLUMN=FIELD
        self.header_row: int | None = None  # --header-row N
        self.generation = 0  # of the newest run: older results are dropped
        self.importing = False
        self.unreadable = False  # the file could not be read: only Esc and i are of use
        self._bar_timer: Timer | None = None

    @property
    def store(self) -> Store:
        """The app's open store."""
        return self.app.store  # type: ignore[attr-defined, no-any-return]

    def compose(self) -> ComposeResult:
        yield Static(
            f" Import — {plain(self.path.name, one_line=True)}", id="wb-title", markup=False
        )
        with Horizontal(id="wb-panes"):
            yield SourceGrid(id="wb-source")
            with Vertical(id="wb-plan-pane"):
                yield Static("Reading …", id="wb-counts", markup=False)
                yield PlanPreview(id="wb-plan")
        with VerticalScroll(id="wb-notes"):
            yield Static("", id="wb-unsure", markup=False)
        yield ProgressBar(id="wb-progress", show_eta=False)
        yield KeyBar(app_keys=False)  # Review, Quit … are not this screen's work

    def on_mount(self) -> None:
        self.query_one("#wb-source").border_title = "Source"
        self.query_one("#wb-plan-pane").border_title = "Plan as it will import"
        self.query_one("#wb-notes").border_title = "Unsure"
        self.query_one(SourceGrid).focus()
        self._progress_soon()
        self._read(self.options(), self.generation)

    def options(self) -> ImportOptions:
        """What the user has told the importer so far, as the CLI's flags would."""
        from importers import ImportOptions

        return ImportOptions(
            mapping=dict(self.mapping),
            header_row=self.header_row,
            today=self.store.today(),
            use_profiles=True,  # as the CLI: a profile saved for these columns applies
        )

    # ----------------------------------------------------------- running
    @work(thread=True, exclusive=True, group="workbench", exit_on_error=False)
    def _read(self, options: ImportOptions, generation: int) -> None:
        from importers import ImportFailure
        from importers.apply import merge_words
        from importers.workbench import preview, read_source

        try:
            source = read_source(self.path, options)
        except (ImportFailure, OSError) as exc:
            self.app.call_from_thread(self._unreadable, str(exc))
            return
        found = preview(source, options, self._progress(generation))
        grid = found.sheet.grid if found.sheet else []
        widths, rows = column_widths(grid), plan_rows(found.plans)
        merging = merge_words(self.store, found.plans)
        shown = rows, merging, self._next_month(source, found, merging)
        self.app.call_from_thread(self._read_done, source, grid, widths, found, shown)

    @work(thread=True, exclusive=True, group="workbench", exit_on_error=False)
    def _rerun(self, source: Source, options: ImportOptions, generation: int) -> None:
        from importers.apply import merge_words
        from importers.workbench import preview

        found = preview(source, options, self._progress(generation))
        if generation != self.generation:
            return  # a newer correction is being read: its result would replace this one
        merging = merge_words(self.store, found.plans)
        shown = plan_rows(found.plans), merging, self._next_month(source, found, merging)
        self.app.call_from_thread(self._show, generation, found, shown)

    def _next_month(self, source: Source, found: Preview, merging: list[str]) -> NextMonth | None:
        """The stored plan this file, a new plan as it stands, may be next month's copy of
        (an actionplan export is its own plans, read as written)."""
        from importers.apply import next_months_plan

        if merging or source.export is not None or len(found.plans) != 1:
            return None
        return next_months_plan(self.store, found.plans[0])

    def _progress(self, generation: int) -> Callable[[int, int], None]:
        last = [-1]

        def report(done: int, total: int) -> None:
            percent = done * 100 // max(total, 1)
            if percent >= last[0] + 5:  # some twenty messages a run, not one per group
                last[0] = percent
                self.post_message(self.Progressed(generation, done, total))

        return report

    def on_workbench_screen_progressed(self, event: Progressed) -> None:
        if event.generation == self.generation:
            self.query_one(ProgressBar).update(total=event.total, progress=event.done)

    def _unreadable(self, reason: str) -> None:
        """The reason in full where it wraps: the counts line is one line, and at 80
        columns it showed "Cannot read the file: plan.xlsx: not a readable Excel file
        (File is not" over an empty grid."""
        self.unreadable = True
        self.refresh_bindings()  # "i Another file", which the message names, on the key bar
        self.query_one("#wb-counts", Static).update(f"Cannot read the file: {reason}")
        self.query_one("#wb-unsure", Static).update(
            f"Cannot read the file: {reason}\nNothing was imported. Esc goes back; i opens"
            " another file."
        )
        self._progress_done()

    def _read_done(
        self,
        source: Source,
        grid: list[list[str]],
        widths: list[int],
        found: Preview,
        shown: Shown,
    ) -> None:
        self.source = source
        row_of = found.sheet.row_of if found.sheet else None
        self.query_one(SourceGrid).show(grid, widths, row_of)
        self._show(self.generation, found, shown)

    def _show(self, generation: int, found: Preview, shown: Shown) -> None:
        """The plan as it will import; its counts, or the plan it merges into and what
        it would change there (a file imported again read "11 actions" as if new)."""
        if generation != self.generation:
            return  # a newer correction is on its way: this result is already stale
        rows, merging, self.next_month = shown
        self.shown = found
        self.refresh_bindings()  # Enter, h and Ctrl+S depend on what was found
        self._progress_done()
        self._label_grid(found.headers, found.roles, found.header_index)
        said = "\n".join(merging) or found.counts
        if self.next_month is not None:  # said before Ctrl+S, which asks
            said += (
                f"\nNext month's copy of plan {self.next_month.number}?"
                " Ctrl+S asks: merge into it or a new plan"
            )
        self.query_one("#wb-counts", Static).update(said)
        self.query_one(PlanPreview).show(rows)
        self.query_one("#wb-unsure", Static).update("\n".join(self._notes(found)))

    def _label_grid(self, headers: list[str], roles: dict[int, str], header: int | None) -> None:
        from importers.workbench import ROLE_WORDS

        width = len(self.query_one(SourceGrid).widths)
        names = [headers[i] if i < len(headers) else "" for i in range(width)]
        columns = [
            Column(names[i], ROLE_WORDS.get(roles.get(i, "extra"), "extra")) for i in range(width)
        ]
        self.query_one(SourceGrid).label(columns, header)

    def _notes(self, found: Preview) -> list[str]:
        if found.failure:  # no plan: nothing was unsure, and no command would import it
            return ["Nothing was imported. Esc goes back; i opens another file."]
        lines = [plain(n, one_line=True) for n in found.unsure] or ["nothing"]
        facts = " · ".join(found.notes)
        return [*lines, "", plain(facts, one_line=True), "same as: " + self.command()]

    def command(self) -> str:
        """The CLI command that imports what the workbench shows."""
        words = ["actionplan", "import", self.path.name]
        for column, role in self.mapping.items():
            words += ["--map", f"{column}={role}"]
        if self.header_row is not None:
            words += ["--header-row", str(self.header_row)]
        return plain(shlex.join(words), one_line=True)

    def _corrected(self) -> None:
        """A correction was made: recount off the UI thread, dropping older runs."""
        assert self.source is not None
        self.generation += 1
        self.query_one("#wb-counts", Static).update("Recounting …")
        self._progress_soon()
        self._rerun(self.source, self.options(), self.generation)

    def _progress_soon(self) -> None:
        """The progress bar, for a run still going after PROGRESS_AFTER seconds: a recount
        of a short plan is back before it would show, and its animation redraws the
        screen every frame while the run competes with the UI for the interpreter."""
        bar = self.query_one(ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = False
        if self._bar_timer is not None:
            self._bar_timer.stop()
        self._bar_timer = self.set_timer(PROGRESS_AFTER, self._show_progress)

    def _show_progress(self) -> None:
        self.query_one(ProgressBar).display = True

    def _progress_done(self) -> None:
        if self._bar_timer is not None:
            self._bar_timer.stop()
            self._bar_timer = None
        self.query_one(ProgressBar).display = False

    # -------------------------------------------------------------- keys
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("role", "header_row"):
            return self._correctable()
        if action == "save_profile":
            return self._correctable() and self.shown is not None and not self.shown.failure
        if action == "import_plan":
            return self.shown is not None and not self.shown.failure and not self.importing
        if action == "another_file":  # shown where the message names it; else the app's i
            return self.unreadable
        return True

    def on_key(self, event: Key) -> None:
        """On an unreadable file, a character that is no key here starts the file prompt
        with it: a path typed there without "i" first ran the app's keys ("p" opened
        Switch plan, the rest of the path typed into it)."""
        if not (self.unreadable and event.is_printable and event.character):
            return
        bound = self.active_bindings.get(event.key)
        if (
            bound is not None
            and bound.enabled
            and (bound.node is not self.app or bound.binding.action == HELP_ACTION)
        ):
            return  # a key on this screen's key bar (i, Esc, ?)
        event.stop()
        event.prevent_default()
        self.app.action_import(event.character)  # type: ignore[attr-defined]

    def action_another_file(self) -> None:
        self.app.action_import()  # type: ignore[attr-defined]

    def _correctable(self) -> bool:
        return self.source is not None and self.source.export is None

    def action_role(self) -> None:
        from importers.workbench import ROLES, column_key

        if not self._correctable() or self.shown is None:
            return
        column = self.query_one(SourceGrid).column
        key = column_key(self.shown.headers, column)
        words = [word for word, _ in ROLES]

        def chosen(word: str | None) -> None:
            if word is not None:
                self.mapping[key] = dict(ROLES)[word]
                self._relabel(column, word)
                self._corrected()

        columns = self.query_one(SourceGrid).columns
        current = columns[column].role if column < len(columns) else None
        self.app.push_screen(PickerDialog(f"Role of {key}", words, current=current), chosen)

    def _relabel(self, index: int, role: str) -> None:
        """The new role over its column at once, before the recount is back."""
        grid = self.query_one(SourceGrid)
        columns = list(grid.columns)
        if index < len(columns):
            columns[index] = Column(columns[index].name, role)
            grid.label(columns, grid.header_index)

    def action_header_row(self) -> None:
        from importers.workbench import mapping_for_header

        if not self._correctable() or self.shown is None or self.shown.sheet is None:
            return
        row = self.query_one(SourceGrid).row
        self.mapping = mapping_for_header(self.mapping, self.shown.sheet, row)
        self.header_row = row + 1
        self.query_one(SourceGrid).label(self.query_one(SourceGrid).columns, row)
        self._corrected()

    def action_import_plan(self) -> None:
        if self.shown is None or self.shown.failure or self.importing:
            self.notify("Nothing to import yet", severity="warning")
            return
        if self.next_month is None:
            self._start_import(self.options())
            return
        into = self.next_month
        options = self.options()

        def chosen(answer: str | None) -> None:
            if answer is None:
                self.notify("Nothing imported: Ctrl+S asks again", markup=False)
            elif answer == "merge":  # as ``import --plan N``: into that plan, its title kept
                self._start_import(options.model_copy(update={"plan_title": into.title}))
            else:
                self._start_import(options)

        self.app.push_screen(next_month_dialog(self.path, into), chosen)

    def _start_import(self, options: ImportOptions) -> None:
        self.importing = True
        self.refresh_bindings()
        self.notify(f"Importing {self.path.name} …", markup=False)
        self.app.shut_keys(f"Importing {plain(self.path.name, one_line=True)}")  # type: ignore[attr-defined]
        self._import(options)

    @work(thread=True, exclusive=True, group="write", exit_on_error=False)
    def _import(self, options: ImportOptions) -> None:
        from importers import ImportFailure
        from importers.apply import import_files
        from store import StoreError

        try:
            _, reports = import_files(self.store, [self.path], options)
            plans = self.store.plans()
        except (ImportFailure, StoreError) as exc:
            self.app.call_from_thread(self._import_failed, str(exc))
            return
        except BaseException:  # keys work again whatever happened
            self.app.call_from_thread(self.app.open_keys)  # type: ignore[attr-defined]
            raise
        title = reports[0].plan_title if reports else None
        self.app.call_from_thread(self._imported, plans, title, imported_words(self.path, reports))

    def _import_failed(self, reason: str) -> None:
        self.importing = False
        self.refresh_bindings()
        self.notify(f"Import failed: {reason}", severity="error", markup=False, timeout=10)
        self.app.open_keys()  # type: ignore[attr-defined]  # and those typed meanwhile dropped

    def _imported(self, plans: list[PlanInfo], title: str | None, said: str) -> None:
        self.notify(said, markup=False, timeout=10)
        app = self.app
        self.dismiss(None)
        app.show_plans(plans, title)  # type: ignore[attr-defined]
        app.open_keys()  # type: ignore[attr-defined]  # only now: the list has the keys

    def action_save_profile(self) -> None:
        shown = self.shown
        if not self._correctable() or shown is None or shown.applied is None:
            return
        options, headers = shown.applied, shown.headers

        def chosen(name: str | None) -> None:
            if name:
                self._save_profile(name, options, headers)

        dialog = TextDialog("Save the corrections as a profile named", profile_name(self.path))
        self.app.push_screen(dialog, chosen)

    @work(thread=True, group="profile", exit_on_error=False)
    def _save_profile(self, name: str, options: ImportOptions, headers: list[str]) -> None:
        from importers import ImportFailure
        from importers.profiles import make_profile, write_profile

        try:
            profile = make_profile(name, options, headers, self.store.today())
            write_profile(profile)
        except (ImportFailure, OSError) as exc:
            message = f"Profile not saved: {exc}"
            self.app.call_from_thread(self.notify, message, severity="error", markup=False)
            return
        said = f"Profile {name!r} saved ({profile.summary()}); files with these columns get it"
        self.app.call_from_thread(self.notify, said, markup=False)

    def action_leave(self) -> None:
        if not (self.mapping or self.header_row is not None):
            self.dismiss(None)
            return

        def chosen(answer: str | None) -> None:
            if answer == "leave":
                self.dismiss(None)

        self.app.push_screen(
            ChoiceDialog(
                "Leave without importing? The corrections are lost", LEAVE_CHOICES, default="n"
            ),
            chosen,
        )


def next_month_dialog(path: Path, into: NextMonth) -> ChoiceDialog:
    """Merge next month's file into its plan (Enter: the plan keeps its history, and no
    second copy of every action to chase), or import it as a new plan."""
    title = (
        f"{path.name} looks like next month's copy of plan {into.number} ({into.title!r}):"
        f" {into.why}"
    )
    choices = [
        ("m", "merge", f"Merge into plan {into.number}, as import --plan {into.number}"),
        ("n", "new", "Import as a new plan"),
    ]
    return ChoiceDialog(title, choices, default="m")


def profile_name(path: Path) -> str:
    """The file's name as a profile name: "ILACS plan (March)" gives "ILACS plan -March"
    (what a profile name cannot hold becomes "-")."""
    name = re.sub(r"[^\w .-]+", "-", path.stem).strip(" .-_")[:64].rstrip(" .")
    return name or "plan"


def imported_words(path: Path, reports: list[ImportReport]) -> str:
    """What the import did, as the command line says it, in one toast: a new plan's
    size, or what next month's file changed and which of the user's changes it kept."""
    from store.merge_report import KEPT, PLAN_NOTES

    parts = []
    for r in reports:
        if r.plan_created:
            parts.append(f"{r.actions_created} actions in a new plan")
            continue
        kept = [" ".join(line[len(KEPT) :].split(":")[0].split()[:2]) for line in r.changes
                if line.startswith(KEPT)]  # fmt: skip
        said = (
            f"{r.actions_created} new, {r.actions_changed} changed, {r.updates_created} new updates"
        )
        if r.actions_missing:  # kept, marked "?" in the list: said, as the command line does
            said += f", {r.actions_missing} missing (kept)"
        if any(line.startswith(PLAN_NOTES) for line in r.changes):
            said += "; the plan's notes changed"
        if kept:
            said += f"; kept as changed here since the last import: {', '.join(kept)}"
        parts.append(said)
    return plain(f"Imported {path.name}: {'; '.join(parts)}", one_line=True)
