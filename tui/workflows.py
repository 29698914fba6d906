"""App-level workflows: which screen shows, import, export, review, dashboard.

Kept out of ``app.py`` so the App class stays a short list of keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from store import StoreError
from store.models import PlanInfo
from tui.dialogs.choice import ChoiceDialog
from tui.dialogs.text import TextDialog
from tui.screens.empty import EmptyScreen
from tui.screens.main import Listing, MainScreen

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    from store import Store

    _Base = App[str]
else:
    _Base = object

EXPORT_CHOICES = [
    ("h", "html", "HTML report (print to PDF for committee)"),
    ("m", "md", "Markdown report"),
    ("x", "xlsx", "Excel workbook"),
    ("c", "csv", "CSV (re-imports exactly)"),
    ("j", "json", "JSON (lossless)"),
]
REPLACE_CHOICES = [("y", "replace", "Replace the file"), ("n", "keep", "Keep it (cancel)")]


class Workflows(_Base):
    """Mixed into the App: everything that spans screens."""

    store: Store

    def show_plans(self, plans: list[PlanInfo], title: str | None) -> None:
        """Show the plan titled ``title`` (else the first), or the empty screen.

        The app's first screen cannot be switched away (Textual), so the first
        change of plan goes on top of it; later ones replace that one.
        """
        screen = self.plan_screen(plans, title)
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    @staticmethod
    def plan_screen(
        plans: list[PlanInfo], title: str | None, first: Listing | None = None
    ) -> Screen[None]:
        """The screen for the plan titled ``title``, or for the first plan drawn from
        ``first`` when that was read; the empty screen when there are no plans."""
        if not plans:
            return EmptyScreen()
        plan = next((p for p in plans if p.title == title), None)
        return MainScreen(plan) if plan else MainScreen(plans[0], first)

    # --------------------------------------------------------------- import
    def open_workbench(self, path: Path | None) -> None:
        """The import workbench on ``path`` (chosen in the path dialog)."""
        from tui.screens.workbench import WorkbenchScreen

        if path is not None:
            self.push_screen(WorkbenchScreen(path))

    # --------------------------------------------------------------- export
    def action_export(self) -> None:
        plan = getattr(self.screen, "plan", None)
        if plan is None:
            self.notify("Open a plan first", severity="warning")
            return

        def fmt_chosen(fmt: str | None) -> None:
            if not fmt:
                return

            def path_chosen(path: str | None) -> None:
                if path:
                    self._confirm_export(plan.title, fmt, Path(path).expanduser())

            default = str(_default_path(plan.title, fmt))
            self.push_screen(TextDialog(f"Export {fmt} to", default), path_chosen)

        self.push_screen(ChoiceDialog("Export format", EXPORT_CHOICES), fmt_chosen)

    def _confirm_export(self, title: str, fmt: str, target: Path) -> None:
        """An existing file is replaced only when the user says so."""
        from reports import ReportError
        from reports.files import ExistingFileError, check_target

        def answered(choice: str | None) -> None:
            if choice == "replace":
                self._start_export(title, fmt, target, replace=True)

        try:
            check_target(target, Path(self.store.path))
        except ExistingFileError:
            question = f"{target.name} exists. Replace it?"
            self.push_screen(ChoiceDialog(question, REPLACE_CHOICES), answered)
        except ReportError as exc:
            self.notify(f"Export failed: {exc}", severity="error", markup=False, timeout=10)
        else:
            self._start_export(title, fmt, target, replace=False)

    def _start_export(self, title: str, fmt: str, target: Path, replace: bool) -> None:
        self.notify(f"Exporting {fmt} …", markup=False)
        self._export(title, fmt, target, replace)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(self, title: str, fmt: str, target: Path, replace: bool) -> None:
        from reports import ReportError, export
        from reports.files import write_export

        try:
            data = export(self.store, fmt, title)
            write_export(target, data, Path(self.store.path), replace)
        except (ReportError, StoreError, OSError) as exc:
            self.call_from_thread(
                self.notify, f"Export failed: {exc}", severity="error", markup=False, timeout=10
            )
            return
        self.call_from_thread(self.notify, f"Wrote {target} ({len(data):,} bytes)", markup=False)

    # -------------------------------------------------- review and dashboard
    def action_review(self) -> None:
        from tui.screens.main import MainScreen
        from tui.screens.review import ReviewScreen

        main = self.screen
        if isinstance(main, MainScreen):
            self.push_screen(ReviewScreen(main.plan), lambda _: main.reload())

    def action_dashboard(self) -> None:
        from tui.screens.dashboard import DashboardScreen
        from tui.screens.main import MainScreen

        main = self.screen
        if isinstance(main, MainScreen):
            self.push_screen(DashboardScreen(main.plan), main.open_choice)


def _default_path(title: str, fmt: str) -> Path:
    safe = "".join(c if c.isalnum() else "-" for c in title)[:40].strip("-") or "plan"
    return Path.home() / f"{safe}.{fmt}"
