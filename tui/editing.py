"""Editing the current action: the keys shared by the main and review screens.

A screen mixes in ``ActionEditor`` and says which action is current and what
to redraw after a change. Every write runs in a thread worker; a failed write
is reported and the dialog re-opens with what the user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work
from textual.binding import Binding
from textual.screen import Screen

from store import Store, StoreError
from store.errors import NothingToUndoError
from store.models import REPLY_LABEL, ActionRow, HistoryEntry, UndoCandidate, UpdateRow
from store.store import clears_rag
from store.wording import due_aside, status_word, update_day
from tui.dialogs.choice import BLUE_CHOICE, RAG_CHOICES, ChoiceDialog, StatusDialog
from tui.keys import dropped_after
from tui.safe import plain
from tui.watch import ReportsFailures
from tui.words import (
    already_words,
    changed_since_words,
    changes_words,
    deadline_change,
    due_word,
    field_change,
    glued_on,
    glued_question,
    save_or_back,
    undo_question,
    undo_words,
    update_labels,
    when_words,
)

if TYPE_CHECKING:  # the dialogs themselves are imported when first opened
    import datetime as dt

    from store.models import Precision
    from tui.dialogs.due import DueResult
    from tui.dialogs.people import People

EDIT_BINDINGS = [
    Binding(
        "s", "set_status", "Status", tooltip="Set the status: then n, p, b, d or x", id="set_status"
    ),
    Binding(
        "r",
        "set_rag",
        "RAG",
        tooltip="Set the RAG rating: then r, a, g or - (b Blue in a BRAG plan)",
        id="set_rag",
    ),
    Binding(
        "d",
        "set_due",
        "Due",
        tooltip="Set the due date (see the date understood before saving)",
        id="set_due",
    ),
    Binding(
        "l",
        "set_people",
        "Leads",
        tooltip="Set leads and responsible officers",
        show=False,
        id="set_people",
    ),
    Binding(
        "u",
        "add_update",
        "Update",
        tooltip="Add a progress update (Enter saves, Ctrl+J new line)",
        id="add_update",
    ),
    Binding("e", "edit_text", "Edit", tooltip="Edit the action's text", show=False, id="edit_text"),
    Binding(
        "U",
        "correct_update",
        "Correct update",
        tooltip="Correct a progress update's text: pick it, edit, Enter saves (the old text"
        " stays in history; Ctrl+Z restores it)",
        show=False,
        id="correct_update",
    ),
    Binding("ctrl+z", "undo", "Undo", tooltip="Undo this run's last edit", id="undo"),
    Binding("ctrl+y", "redo", "Redo", tooltip="Redo what was undone", show=False, id="redo"),
]
Write = Callable[[], object]
Subjects = dict[tuple[str, int], str]
UNDO_CHOICES = [("y", "undo", "Yes, undo it"), ("n", "keep", "No, keep it")]
NEEDS_ACTION = {
    "set_status",
    "set_rag",
    "set_due",
    "set_people",
    "add_update",
    "edit_text",
    "correct_update",
    "move_action",
    "shift_action",
    "archive",
}


class ActionEditor(ReportsFailures, Screen[None]):
    """Editing keys over ``current_action()``; subclasses redraw in ``edited()``."""

    blue_plans: frozenset[int] = frozenset()  # plans rating in BRAG (``learn_blue``)

    @work(thread=True, exit_on_error=False)
    def learn_blue(self, plan_id: int) -> None:
        """Does the plan rate in BRAG? Read off the UI thread (a scan of a large plan's
        kept cells, ~75 ms for 20,000 actions); the RAG menu then offers Blue."""
        if self.store.rates_blue(plan_id):
            self.app.call_from_thread(self._rates_blue, plan_id)

    def _rates_blue(self, plan_id: int) -> None:
        self.blue_plans = self.blue_plans | {plan_id}
        from tui.widgets.action_list import ActionList

        for listed in self.query(ActionList):  # its done actions show "B", as on the papers
            listed.blue_plans = self.blue_plans
            listed.refresh()

    @property
    def store(self) -> Store:
        """The app's open store."""
        return self.app.store  # type: ignore[attr-defined, no-any-return]

    def current_action(self) -> ActionRow | None:
        """The action the keys apply to."""
        raise NotImplementedError

    def has_action(self) -> bool:
        """Is there an action for the editing keys to act on?"""
        raise NotImplementedError

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Editing keys show as unavailable in the footer while no action is selected."""
        if action in NEEDS_ACTION and not self.has_action():
            return None
        return True

    def edited(self, action_id: int | None, message: str) -> None:
        """Redraw after a saved change (called on the UI thread)."""
        raise NotImplementedError

    # ------------------------------------------------------------- actions
    def action_set_status(self) -> None:
        if (a := self.current_action()) is None:
            return

        dialog = StatusDialog(f"Status of {a.ref}", commands_follow=True)

        def chosen(value: str | None) -> None:
            reason = dialog.reason  # why it was dropped, as typed (optional)
            if value == a.status:  # no completion: nothing to write, no RAG to clear
                self.notify(f"{a.ref} is already {status_word(value)}", markup=False)
            elif value:
                restored = self.store.rag_on_reopening(a, value)
                said = f" ({plain(reason, True)})" if reason else ""
                self.save(
                    a.id,
                    lambda: self._set_status(a.id, value, reason),
                    f"{a.ref}: {status_change(a, value, restored)}{said}",
                )

        self.app.push_screen(dialog, chosen)

    def _set_status(self, action_id: int, status: str, reason: str) -> bool:
        """The status and the reason given for it (why it was dropped) in one edit (one
        undo), the reason an update as ``actionplan update --status dropped --note …``
        adds it: the papers print it beside the dropped action, and in "Changes since"."""
        with self.store.writing("status"):
            changed = self.store.set_status(action_id, status)  # type: ignore[arg-type]
            if changed and reason:
                self.store.add_update(action_id, reason)
        return changed

    def action_set_rag(self) -> None:
        if (a := self.current_action()) is None:
            return

        def chosen(value: str | None) -> None:
            if value == "done":  # Blue: BRAG's complete
                self._set_done(a)
            elif value and value != "none" and (closed := self._closed_now(a)):
                # as closing clears the RAG (store.clears_rag): a paper never says
                # "Done / Amber" or "Dropped / Green"; "-" still clears a kept rating
                word = status_word(closed)
                self.notify(
                    f"{a.ref} is {word}: a {word.lower()} action has no RAG rating"
                    " (nothing changed)",
                    severity="warning",
                    markup=False,
                )
            elif value:
                rag = None if value == "none" else value
                self.save(
                    a.id,
                    lambda: self.store.set_rag(a.id, rag),  # type: ignore[arg-type]
                    f"{a.ref}: {field_change('rag', a.rag, rag)}",
                )

        choices = [*RAG_CHOICES, *([BLUE_CHOICE] if a.plan_id in self.blue_plans else [])]
        self.app.push_screen(
            ChoiceDialog(f"RAG rating of {a.ref}", choices, commands_follow=True), chosen
        )

    def _closed_now(self, a: ActionRow) -> str:
        """The action's status if it is closed now (done, dropped), else "". Read again:
        ``s d r g`` typed at once reaches the RAG menu before the list's row says Done
        (one row by id, well under a millisecond)."""
        try:
            status = self.store.action(a.id).status
        except StoreError:
            status = a.status
        return status if status in ("done", "dropped") else ""

    def _set_done(self, a: ActionRow) -> None:
        """Blue chosen in a BRAG plan's RAG menu: the action is done, as ``s d`` does."""
        if a.status == "done":
            self.notify(f"{a.ref} is already {status_word('done')}", markup=False)
            return
        self.save(
            a.id,
            lambda: self.store.set_status(a.id, "done"),
            f"{a.ref}: {status_change(a, 'done')}",
        )

    def action_set_due(self, typed: str | None = None) -> None:
        if (a := self.current_action()) is None:
            return
        now = due_word(a.due, a.due_text)
        wording = due_aside(a.due, a.due_text)
        if wording and wording != now:
            now += f" (written “{plain(wording, one_line=True)}”)"

        def chosen(value: DueResult | None) -> None:
            if value:
                (due, precision), text, reason = value
                from importers.dates import typed_wording  # off the start-up path

                kept = typed_wording(text)  # "end of jan" kept; "next Friday" not
                change = deadline_change((a.due, plain(a.due_text, True)), (due, plain(kept, True)))
                self.save(
                    a.id,
                    lambda: self._redate(a.id, (due, kept, precision), reason),
                    f"{a.ref}: {change}" + (f" ({plain(reason, True)})" if reason else ""),
                    retry=lambda: self.action_set_due(text),
                )

        from tui.dialogs.due import DueDialog

        dialog = DueDialog(f"Due date for {a.ref}", now, self.store.today(), typed or "")
        dialog.holds_typing = typed is not None
        self.app.push_screen(dialog, chosen)

    def _redate(
        self, action_id: int, due: tuple[dt.date | None, str, Precision], reason: str
    ) -> bool:
        """The new deadline and the reason for it in one edit (one undo), the reason an
        update as ``actionplan update --due … --note …`` adds it: the detail, the
        history and the papers' exceptions read it from there."""
        with self.store.writing("due date"):
            moved = self.store.set_due(action_id, *due)
            if moved and reason:
                self.store.add_update(action_id, reason)
        return moved

    def action_set_people(self) -> None:
        if (a := self.current_action()) is None:
            return
        self._people_dialog(a, a.leads, a.responsible)

    def _people_dialog(self, a: ActionRow, leads: list[str], responsible: list[str]) -> None:
        def chosen(value: People | None) -> None:
            if value:
                self._save_people(a, value)

        def ask(names: list[str], known: frozenset[str]) -> None:
            from tui.dialogs.people import PeopleDialog

            before = (a.leads, a.responsible)
            dialog = PeopleDialog(leads, responsible, names, known, a.ref, before)
            dialog.holds_typing = (leads, responsible) != before
            self.app.push_screen(dialog, chosen)

        self.with_known_people(ask)

    def _save_people(self, a: ActionRow, value: People) -> None:
        self.save(
            a.id,
            lambda: self.store.set_people(a.id, *value),
            f"{a.ref}: {_people_change(a, *value)}",
            retry=lambda: self._people_dialog(a, *value),
        )

    def with_people(self, plan_id: int | None, then: Callable[[list[str]], object]) -> None:
        """Call ``then`` on the UI thread with the names of everyone (in a plan): it opens
        a dialog, which keys typed meanwhile wait for."""
        self.app.expect_dialog()  # type: ignore[attr-defined]
        self._read_people(plan_id, lambda names, _: then(names), keys=False)

    def with_known_people(self, then: Callable[[list[str], frozenset[str]], object]) -> None:
        """``with_people`` of every plan, with the names and aliases of everyone (as
        ``person_key``), to tell a new person from a known one."""
        self.app.expect_dialog()  # type: ignore[attr-defined]
        self._read_people(None, then, keys=True)

    @work(thread=True, exclusive=True, group="people", exit_on_error=False)
    def _read_people(
        self,
        plan_id: int | None,
        then: Callable[[list[str], frozenset[str]], object],
        keys: bool,
    ) -> None:
        try:
            names = [p.name for p in self.store.people(plan_id)]
            known = self.store.known_person_keys() if keys else frozenset()
        except StoreError as exc:  # the dialog will not open: drop the keys typed for it
            self.app.call_from_thread(self.app.dialog_abandoned, str(exc))  # type: ignore[attr-defined]
            return
        self.app.call_from_thread(then, names, known)

    def action_add_update(self, typed: str = "") -> None:
        if (a := self.current_action()) is None:
            return
        # the day the dialog names is the day saved, though midnight (or a demo's
        # ACTIONPLAN_TODAY) may pass before Enter
        when = self.store.today()

        def chosen(value: str | None) -> None:
            if value:
                self.save(
                    a.id,
                    lambda: self.store.add_update(a.id, value, when),
                    f"{a.ref}: update added",
                    retry=lambda: self.action_add_update(value),
                )

        from tui.dialogs.text import NoteDialog

        dialog = NoteDialog(f"Progress update for {a.ref}, dated {update_day(when)} (today)", typed)
        dialog.holds_typing = bool(typed)
        self.app.push_screen(dialog, chosen)

    def action_edit_text(self, typed: str | None = None) -> None:
        if (a := self.current_action()) is None:
            return

        from tui.dialogs.text import TextDialog

        dialog = TextDialog(f"Text of {a.ref}", typed or a.text)
        dialog.holds_typing = typed is not None

        def chosen(value: str | None) -> None:
            if value and glued_on(a.text, value, dialog.only_added):
                tail = value[max(0, len(a.text) - 20) :]
                again = lambda: self.action_edit_text(value)  # noqa: E731
                self._ask_if_meant(a.ref, tail, lambda: self._save_text(a, value), again)
            elif value:
                self._save_text(a, value)

        self.app.push_screen(dialog, chosen)

    def action_correct_update(self) -> None:
        """Pick one of the action's updates (straight to it when there is one) and
        correct its text: an update mistyped before other edits, which undo reaches
        only through them."""
        if (a := self.current_action()) is None:
            return
        try:
            updates = self.store.action_detail(a.id).updates  # newest first, as shown
        except StoreError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        if not updates:
            self.notify(f"{a.ref} has no progress updates to correct", markup=False)
            return
        if len(updates) == 1:
            self._correct_update_text(a, updates[0])
            return
        labels = update_labels(updates)

        def picked(label: str | None) -> None:
            if label is not None:
                self._correct_update_text(a, labels[label])

        from tui.dialogs.picker import PickerDialog

        self.app.push_screen(
            PickerDialog(f"Correct which update of {a.ref}?", list(labels), columns=True), picked
        )

    def _correct_update_text(self, a: ActionRow, update: UpdateRow, typed: str = "") -> None:
        from tui.dialogs.text import NoteDialog

        when = update_day(update.date)
        dialog = NoteDialog(f"Correct the update of {when} for {a.ref}", typed or update.text)
        dialog.holds_typing = bool(typed)

        def chosen(value: str | None) -> None:
            if value == update.text:
                self.notify(f"{a.ref}: update of {when} unchanged", markup=False)
            elif value:  # the dialog refuses an empty text: a correction never removes
                self.save(
                    a.id,
                    lambda: self.store.correct_update(update.id, value),
                    f"{a.ref}: update of {when} {field_change('text', update.text, value)}",
                    retry=lambda: self._correct_update_text(a, update, value),
                )

        self.app.push_screen(dialog, chosen)

    def _save_text(self, a: ActionRow, value: str) -> None:
        self.save(
            a.id,
            lambda: self.store.set_text(a.id, value),
            f"{a.ref}: {field_change('text', a.text, value)}",
            retry=lambda: self.action_edit_text(value),
        )

    def _ask_if_meant(
        self, what: str, tail: str, save: Callable[[], None], back: Callable[[], None]
    ) -> None:
        """A word typed on the list ("escalate": "e" opens the text, "scalate…" lands
        on its end, Enter saves) made "…on Mosaicscalate to director". Letters run
        straight onto the last word are asked about; "n", Enter or any other key goes
        back to the field as typed (names are asked about in ``PeopleDialog``)."""
        shown = plain(tail, one_line=True)
        question = glued_question(what, shown)

        def answered(answer: str | None) -> None:
            (save if answer == "save" else back)()

        self.app.push_screen(ChoiceDialog(question, save_or_back("text"), default="n"), answered)

    def _plan_id(self) -> int | None:
        """The plan on screen, whose edits alone Ctrl+Z and Ctrl+Y take back and redo."""
        return getattr(getattr(self, "plan", None), "id", None)

    def action_undo(self) -> None:
        self._find_undo(self._plan_id())

    @work(thread=True, group="write", exit_on_error=False)
    def _find_undo(self, plan_id: int | None) -> None:
        try:
            candidate = self.store.next_undo(own_only=False, plan_id=plan_id)
            subjects = self.store.subjects(candidate.entry) if candidate else {}
        except StoreError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="warning", markup=False)
            return
        self.app.call_from_thread(self._confirm_undo, candidate, subjects)

    def _confirm_undo(self, candidate: UndoCandidate | None, subjects: Subjects) -> None:
        """This run's own edit is undone at once; one made elsewhere or in an earlier
        run, or overwritten since, is named and undone only on "y"."""
        if candidate is None:
            self.notify("Nothing to undo in this plan", markup=False)
            return
        entry = candidate.entry
        if candidate.restores_nothing:  # later edits put it all back: say so, record nothing
            self.store.pass_over(entry.id)
            said = already_words(candidate.unchanged, subjects)
            self.notify(f"{said}: nothing to undo", markup=False)
            return
        if candidate.own and not candidate.overwrites:
            self._history(lambda: self.store.undo_batch(entry.id), "Undone", subjects)
            return
        why = (
            "made elsewhere or in an earlier run"
            if not candidate.own
            else "that a later edit has changed again"
        )

        def chosen(answer: str | None) -> None:
            if answer == "undo":
                self._history(lambda: self.store.undo_batch(entry.id), "Undone", subjects)

        if entry.label.startswith(REPLY_LABEL):  # said as the user knows it: whose reply
            why = plain(f"the {entry.label}", True) + (", changed since" if candidate.own else "")
        else:
            why = f"an edit {why}"
        since = changed_since_words(candidate.overwrites, subjects)
        said = "\n".join(filter(None, [since, undo_question(entry, subjects)]))
        question = f"Undo {why} ({when_words(entry.at)})?\n{said}"
        self.app.push_screen(ChoiceDialog(question, UNDO_CHOICES, default="n"), chosen)

    def action_redo(self) -> None:
        if not self.store.undone_batches:
            self.notify("Nothing to redo in this run", markup=False)
            return
        plan_id = self._plan_id()

        def redo() -> HistoryEntry:
            batch_id = self.store.last_undone(plan_id)
            if batch_id is None:
                raise NothingToUndoError("Nothing to redo in this plan")
            return self.store.redo_batch(batch_id)

        self._history(redo, "Redone", None)

    # ------------------------------------------------------------- workers
    def save(
        self, action_id: int, write: Write, message: str, retry: Callable[[], None] | None = None
    ) -> None:
        """Run a write off the UI thread; report, redraw, or re-open on failure. Keys
        typed meanwhile wait for it (``InOrderKeys.save_started``)."""
        self.app.save_started()  # type: ignore[attr-defined]
        self._write(action_id, write, message, retry)

    @work(thread=True, group="write", exit_on_error=False)
    def _write(
        self, action_id: int | None, write: Write, message: str, retry: Callable[[], None] | None
    ) -> None:
        try:
            changed = write()
        except StoreError as exc:
            self.app.call_from_thread(self._failed, str(exc), retry)
            return
        except BaseException:  # reported by tui.watch; the keys held for it go on
            self.app.call_from_thread(self.app.save_ended, False)  # type: ignore[attr-defined]
            raise
        if changed is False:  # the store records nothing when the value was already so
            message += " (no change: it already was)"
        self.app.call_from_thread(self._saved, action_id, message)

    def _saved(self, action_id: int | None, message: str) -> None:
        self.app.save_ended(False)  # type: ignore[attr-defined]
        self.edited(action_id, message)
        self.app.check_writable()  # type: ignore[attr-defined]  # made read-only meanwhile?

    def _failed(self, error: str, retry: Callable[[], None] | None) -> None:
        """Said, and the dialog reopened with exactly what was saved: keys typed while
        the save waited are dropped (they were meant for the list), and counted."""
        dropped = self.app.save_ended(True)  # type: ignore[attr-defined]
        said = f"Not saved: {error}{dropped_after(dropped)}"
        self.notify(said, severity="error", markup=False, timeout=8)
        if retry is not None:
            retry()

    @work(thread=True, group="write", exit_on_error=False)
    def _history(
        self, step: Callable[[], HistoryEntry], verb: str, subjects: Subjects | None
    ) -> None:
        try:
            entry = step()
            subjects = subjects or self.store.subjects(entry)
        except StoreError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="warning", markup=False)
            return
        said = (
            undo_words(entry, subjects)
            if verb == "Undone"
            else changes_words(entry.changes, subjects)
        )
        if _archives_plan(entry, verb == "Undone", getattr(self, "plan", None)):
            self._leave_archived_plan(f"{verb} — {said}")
            return
        self.app.call_from_thread(self.edited, _first_action(entry), f"{verb} — {said}")

    def _leave_archived_plan(self, said: str) -> None:
        """The plan on screen was archived (its import undone): show the others, or the
        empty screen, not an empty list under the gone plan's title."""
        try:
            plans = self.store.plans()
        except StoreError as exc:
            self.app.call_from_thread(self.notify, str(exc), severity="warning", markup=False)
            return
        self.app.call_from_thread(self.app.show_plans, plans, None)  # type: ignore[attr-defined]
        self.app.call_from_thread(self.app.notify, said, markup=False)


def _archives_plan(entry: HistoryEntry, undo: bool, plan: object) -> bool:
    """Does undoing (or redoing) ``entry`` leave the plan on screen archived?"""
    plan_id = getattr(plan, "id", None)
    return any(
        c.entity == "plan"
        and c.entity_id == plan_id
        and c.field == "archived"
        and (c.before if undo else c.after)
        for c in entry.changes
    )


def _first_action(entry: HistoryEntry) -> int | None:
    for change in entry.changes:
        if change.entity == "action":
            return change.entity_id
    return None


def _people_change(a: ActionRow, leads: list[str], responsible: list[str]) -> str:
    changed = [
        field_change(field, before, after)
        for field, before, after in (
            ("leads", a.leads, leads),
            ("responsible", a.responsible, responsible),
        )
        if before != after
    ]
    return "; ".join(changed) or "leads unchanged"


def status_change(action: ActionRow, status: str, restored: str | None = None) -> str:
    """ "status In progress → Done", with ", RAG Amber → none" when done clears a RAG,
    or ", RAG none → Amber" when reopening brings back the one it cleared."""
    said = field_change("status", action.status, status)
    if clears_rag(action.status, status, action.rag):
        said += ", " + field_change("rag", action.rag, None)
    if restored is not None:
        said += ", " + field_change("rag", None, restored)
    return said
