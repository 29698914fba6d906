""" "Chase leads…": the dialog, then the packs written in a worker (``reports.chase_run``).

Mixed into the App, so the palette (which reads the App's bindings) offers it
and the dashboard can start it for the lead it highlights.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from store import StoreError
from store.models import PlanInfo
from store.wording import people

if TYPE_CHECKING:
    from textual.app import App

    from store import Store
    from tui.dialogs.chase_dialog import ChaseChoice

    _Base = App[str]
else:
    _Base = object


class ChaseFlow(_Base):
    """Writes each lead an update request for the plan on screen."""

    store: Store

    def action_chase(self) -> None:
        """The lead proposed is the one the list is filtered to, if the list is and that
        person leads an open action: the user narrowed the plan to them and chases them."""
        plan = getattr(self.screen, "plan", None)
        if plan is None:
            self.notify("Open a plan first", severity="warning")
            return
        self.chase_leads(plan, getattr(self.screen, "person_shown", None) or "")

    def chase_leads(self, plan: PlanInfo, lead: str = "") -> None:
        """Ask which lead (``lead`` proposed), then write their requests."""
        self._ask_chase(plan, lead)

    @work(thread=True, exclusive=True, group="chase", exit_on_error=False)
    def _ask_chase(self, plan: PlanInfo, lead: str) -> None:
        from store.chase import (  # not at start
            Window,
            nothing_to_chase,
            open_actions_by_lead,
            open_actions_by_person,
        )
        from tui.dialogs.chase_dialog import ChaseDialog
        from tui.dialogs.export_dialog import working_folder

        try:
            # the dialog offers those the latest file no longer lists, as --include-missing
            window = Window(with_missing=True)
            leads = open_actions_by_lead(self.store, plan.id, window)
            # and the responsible officers, whom ``chase --lead`` chases by name too
            people = open_actions_by_person(self.store, plan.id, window)
            today = self.store.today()
        except StoreError as exc:
            self.call_from_thread(self._chase_failed, exc)
            return
        if not leads:
            self.call_from_thread(self.notify, nothing_to_chase(Window()), markup=False)
            return

        def chosen(choice: ChaseChoice | None) -> None:
            if choice is not None:
                self.notify("Writing update requests …")
                self._write_packs(plan, choice)

        # the list filtered to a person with open actions (a lead or a responsible
        # officer) proposes them
        proposed = lead if lead in people else ""
        dialog = ChaseDialog(plan.title, leads, today, working_folder(), proposed, people)
        self.call_from_thread(self.push_screen, dialog, chosen)

    @work(thread=True, exclusive=True, group="chase", exit_on_error=False)
    def _write_packs(self, plan: PlanInfo, choice: ChaseChoice, replace: bool = False) -> None:
        from reports import ReportError
        from reports.chase_run import ChaseRequest, chase, missing_left_out
        from reports.files import ExistingFileError
        from store.chase import left_out_words, nothing_to_chase

        request = ChaseRequest(
            plan_ids=(plan.id,),
            folder=choice.folder,
            lead=choice.lead,
            window=choice.window,
            replace=replace,
        )
        try:
            written = chase(self.store, Path(self.store.path), request)
            left_out = missing_left_out(self.store, request)
        except ExistingFileError:
            self.call_from_thread(self._ask_replace, plan, choice)
            return
        except (ReportError, StoreError, OSError) as exc:
            self.call_from_thread(self._chase_failed, exc)
            return
        gone = (
            f"; {left_out_words(left_out)} (the dialog's tick box chases them)" if left_out else ""
        )
        if not written:
            said = nothing_to_chase(choice.window) + gone
            self.call_from_thread(self.notify, said, markup=False)
            return
        names = people(w.lead for w in written)
        plural = "s" if len(written) != 1 else ""
        said = f"Wrote {len(written)} update request{plural} to {choice.folder}: {names}{gone}"
        self.call_from_thread(self.notify, said, markup=False, timeout=10)

    def _ask_replace(self, plan: PlanInfo, choice: ChaseChoice) -> None:
        """Today's requests exist already (chased earlier today): replace them only if asked."""
        from tui.dialogs.choice import QuestionDialog
        from tui.dialogs.export_dialog import REPLACE_CHOICES

        def answered(answer: str | None) -> None:
            if answer == "replace":
                self._write_packs(plan, choice, replace=True)

        question = "Today's update requests are in that folder already. Replace them?"
        self.push_screen(QuestionDialog(question, REPLACE_CHOICES, default="n"), answered)

    def _chase_failed(self, exc: Exception) -> None:
        self.notify(f"Chase failed: {exc}", severity="error", markup=False, timeout=10)
