"""Shaping a plan by keys: new actions and recommendations, moves, renumbering.

Mixed into the main screen, which says what is current (``current_action``,
the recommendations shown) and redraws in ``edited``. Every change is a
recorded store edit, announced by ref and undone by Ctrl+Z.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work
from textual.binding import Binding

from store import StoreError
from store.models import ActionQuery, ActionRow, PlanInfo, RecommendationRow
from store.shaping import Renumbering
from tui.editing import ActionEditor
from tui.safe import plain
from tui.widgets.action_list import ActionList
from tui.widgets.rec_list import RecList

if TYPE_CHECKING:  # the dialogs themselves are imported when first opened
    from tui.dialogs.action_form import ActionDraft
    from tui.dialogs.rec_form import RecDraft

SHAPE_BINDINGS = [
    Binding("a", "add_action", "Add action", tooltip="Add an action", show=False, id="add_action"),
    Binding(
        "A",
        "add_recommendation",
        "New rec",
        tooltip="New recommendation",
        show=False,
        id="add_rec",
    ),
    Binding("m", "move_action", "Move", tooltip="Move action…", show=False, id="move_action"),
    Binding(
        "ctrl+up,alt+up",
        "shift_action(-1)",
        "Move up",
        tooltip="Move the action up within its recommendation",
        show=False,
        id="move_up",
    ),
    Binding(
        "ctrl+down,alt+down",
        "shift_action(1)",
        "Move down",
        tooltip="Move the action down within its recommendation",
        show=False,
        id="move_down",
    ),
    Binding(
        "number_sign",
        "renumber",
        "Renumber",
        tooltip="Renumber actions…",
        show=False,
        id="renumber",
    ),
]
Change = Callable[[], tuple[int | None, str]]  # a write: (action to show, what to announce)


class PlanShaping(ActionEditor):
    """Keys that add to a plan and rearrange it; the main screen mixes this in."""

    plan: PlanInfo
    query_state: ActionQuery
    last_rec_id: int | None

    # ------------------------------------------------------------- adding
    def action_add_action(self) -> None:
        recs = self.query_one(RecList).recs
        rec_id = self.last_rec_id or self.query_state.recommendation_id
        if rec_id is None and self.query_one(ActionList).current is not None:
            rec_id = self.current_action().recommendation_id  # type: ignore[union-attr]
        if rec_id is None and recs:
            rec_id = recs[-1].id
        if rec_id is None:
            self.notify("Add a recommendation first (A)", severity="warning")
            return

        def ask(people: list[str], known: frozenset[str]) -> None:
            from tui.dialogs.action_form import ActionForm

            form = ActionForm(recs, rec_id, people, self.store.today(), known)
            self.app.push_screen(form, self._add_drafted)

        self.with_known_people(ask)

    def _add_drafted(self, draft: ActionDraft | None) -> None:
        if draft is not None:
            self.change_plan(lambda: self._new_action(draft))

    def _new_action(self, draft: ActionDraft) -> tuple[int | None, str]:
        new_id = self.store.add_action(draft.rec_id, draft.text, **draft.fields)
        return new_id, f"{self.store.action(new_id).ref}: action added"

    def action_add_recommendation(self, draft: RecDraft | None = None) -> None:
        self.app.expect_dialog()  # type: ignore[attr-defined]
        self._open_rec_form(draft)

    @work(thread=True, exclusive=True, group="rec-form", exit_on_error=False)
    def _open_rec_form(self, draft: RecDraft | None) -> None:
        from tui.dialogs.rec_form import RecForm

        try:
            ref = self.store.next_recommendation_ref(self.plan.id)
        except StoreError as exc:
            self.app.call_from_thread(self.app.dialog_abandoned, str(exc))  # type: ignore[attr-defined]
            return
        self.app.call_from_thread(self.app.push_screen, RecForm(ref, draft), self._rec_drafted)

    def _rec_drafted(self, draft: RecDraft | None) -> None:
        if draft is not None:
            again = lambda: self.action_add_recommendation(draft)  # noqa: E731
            self.change_plan(lambda: self._new_rec(draft), again)

    def _new_rec(self, draft: RecDraft) -> tuple[int | None, str]:
        rec_id = self.store.add_recommendation(self.plan.id, draft.text, draft.ref, draft.actions)
        self.last_rec_id = rec_id  # "a" adds to it next
        count = len(draft.actions)
        actions = f", with {count} action{'s' if count != 1 else ''}" if count else ""
        return None, f"Recommendation {draft.ref} added{actions} (a adds an action to it)"

    # ------------------------------------------------------------- moving
    def action_move_action(self) -> None:
        if (a := self.current_action()) is None:
            return
        choices = _labels([r for r in self.query_one(RecList).recs if r.id != a.recommendation_id])
        if not choices:
            self.notify("This plan has one recommendation: add another with A", markup=False)
            return

        def chosen(label: str | None) -> None:
            if label:
                self.change_plan(lambda: self._move(a, choices[label]))

        from tui.dialogs.picker import PickerDialog

        title = f"Move {a.ref} to the end of recommendation…"
        self.app.push_screen(PickerDialog(title, list(choices)), chosen)

    def _move(self, a: ActionRow, rec: RecommendationRow) -> tuple[int | None, str]:
        self.store.move_action(a.id, rec.id)
        return a.id, (
            f"{a.ref}: moved from recommendation {a.recommendation_ref} to {rec.ref}"
            " (its ref stays; # renumbers)"
        )

    def action_shift_action(self, step: int) -> None:
        if self.query_state.sort != "plan":
            self.notify("Actions are reordered in plan order: press S until it is", markup=False)
            return
        if (a := self.current_action()) is None:
            return

        def shift() -> tuple[int | None, str]:
            other = self.store.shift_action(a.id, step)
            if other is None:
                end = "first" if step < 0 else "last"
                return a.id, f"{a.ref}: already {end} in recommendation {a.recommendation_ref}"
            where = "before" if step < 0 else "after"
            return a.id, f"{a.ref}: moved {where} {other.ref} (refs stay; # renumbers)"

        self.change_plan(shift)

    # --------------------------------------------------------- renumbering
    def action_renumber(self) -> None:
        rec = self.query_one(RecList).current
        if rec is None and (a := self.current_action()) is not None:
            recs = self.query_one(RecList).recs
            rec = next((r for r in recs if r.id == a.recommendation_id), None)
        self._plan_renumbering(rec)

    @work(thread=True, exclusive=True, group="renumber", exit_on_error=False)
    def _plan_renumbering(self, rec: RecommendationRow | None) -> None:
        choices: list[tuple[str, str, str]] = []
        notes: list[str] = []
        scopes = [("r", rec, f"Recommendation {rec.ref}" if rec else "")] if rec else []
        for key, scope, name in [*scopes, ("p", None, "The whole plan")]:
            try:
                planned = self.store.renumbering(self.plan.id, scope.id if scope else None)
            except StoreError as exc:
                notes.append(f"{name}: {exc}")
                continue
            if planned:
                value = str(scope.id) if scope else "plan"
                choices.append((key, value, f"{name}: {_refs(planned, ' change')}"))
        self.app.call_from_thread(self._confirm_renumbering, choices, notes)

    def _confirm_renumbering(self, choices: list[tuple[str, str, str]], notes: list[str]) -> None:
        if not choices:
            said = " ".join(notes) or "Every ref already follows its recommendation's numbering"
            self.notify(said, markup=False)
            return

        from tui.dialogs.choice import ChoiceDialog

        def chosen(value: str | None) -> None:
            if value:
                rec_id = None if value == "plan" else int(value)
                self.change_plan(lambda: self._renumber(rec_id))

        title = "\n".join(["Renumber actions as <recommendation>.1, .2 … in their order?", *notes])
        self.app.push_screen(ChoiceDialog(title, choices), chosen)

    def _renumber(self, rec_id: int | None) -> tuple[int | None, str]:
        done = self.store.renumber(self.plan.id, rec_id)
        return None, f"Renumbered {_refs(done)}; Ctrl+Z undoes it in one step"

    # -------------------------------------------------------------- writes
    def change_plan(self, write: Change, retry: Callable[[], None] | None = None) -> None:
        """Run ``write`` off the UI thread, then redraw and announce it (or re-open the
        dialog with what was typed, when it was refused)."""
        self._change_plan(write, retry)

    @work(thread=True, group="write", exit_on_error=False)
    def _change_plan(self, write: Change, retry: Callable[[], None] | None) -> None:
        try:
            action_id, message = write()
        except StoreError as exc:
            self.app.call_from_thread(self._failed, str(exc), retry)
            return
        self.app.call_from_thread(self._plan_changed, action_id, message)

    def _plan_changed(self, action_id: int | None, message: str) -> None:
        actions = self.query_one(ActionList)
        actions.forget(list(actions.rows))  # refs and places of many rows may have changed
        self.edited(action_id, message)


def _labels(recs: list[RecommendationRow]) -> dict[str, RecommendationRow]:
    """Each recommendation by "ref  text" as the picker shows it (made unique)."""
    out: dict[str, RecommendationRow] = {}
    for rec in recs:
        label = plain(f"{rec.ref}  {rec.text}", one_line=True)
        label = label if len(label) <= 60 else label[:59] + "…"  # one line at 80 columns
        while label in out:
            label += " "
        out[label] = rec
    return out


def _refs(planned: list[Renumbering], verb: str = "") -> str:
    """ "3 refs (1.2 → 1.1, 1.3 → 1.2, …)"; with ``verb`` " change": "1 ref changes (…)"."""
    shown = ", ".join(f"{r.old} → {r.new}" for r in planned[:3])
    more = ", …" if len(planned) > 3 else ""
    one = len(planned) == 1
    said = f"{len(planned)} ref{'' if one else 's'}{verb}{'s' if one and verb else ''}"
    return f"{said} ({shown}{more})"
