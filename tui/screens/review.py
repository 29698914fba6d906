"""The weekly review: one action at a time from a saved queue.

The queue is a snapshot taken when the review starts (store.review), so it
does not reshuffle while the user edits. Enter marks an item reviewed (saved
at once); the arrows only move, so browsing marks nothing; Space skips to the
next item not yet reviewed; `w` after quitting resumes at the first of those.
"""

from __future__ import annotations

import os
import re
from collections import Counter

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from store import StoreError, review
from store.chase import ReplyReceived, replies_since
from store.models import (
    ActionRow,
    PlanInfo,
    Review,
    ReviewItem,
    ReviewSummary,
    ReviewThresholds,
)
from store.wording import day
from tui.dialogs.base import closed_by_escape_just_now
from tui.editing import EDIT_BINDINGS, ActionEditor
from tui.keys import shown_first
from tui.safe import plain
from tui.widgets.detail import read_detail, render_detail
from tui.widgets.hanging import HangingLines
from tui.widgets.key_bar import KeyBar

THRESHOLD_VARIABLES = ("ACTIONPLAN_REVIEW_DUE_DAYS", "ACTIONPLAN_REVIEW_STALE_DAYS")
# The review's key bar, most needed first: at 80 columns "u Update" was cut, behind
# "esc Leave review", on the screen where a meeting adds its updates. (The arrows, bound
# with priority, are shown before every other key whatever their place here.)
KEY_BAR_FIRST = (
    "review_back", "review_next", "review_mark", "review_finish", "add_update", "set_status",
    "review_skip", "set_rag", "set_due", "review_leave",
)  # fmt: skip


def thresholds() -> ReviewThresholds:
    """Queue thresholds, overridable with environment variables."""
    due, stale = (os.environ.get(v, "") for v in THRESHOLD_VARIABLES)
    defaults = ReviewThresholds()
    return ReviewThresholds(
        due_within_days=int(due) if due.isdigit() else defaults.due_within_days,
        stale_days=int(stale) if stale.isdigit() else defaults.stale_days,
    )


class ReviewScreen(ActionEditor):
    """Enter marks reviewed and moves on; → and ← only move; Space skips; Esc leaves."""

    BINDINGS = shown_first(
        [
            Binding(
                "enter", "reviewed", "Reviewed", tooltip="Mark reviewed, go on", id="review_mark"
            ),
            # Enter past the last item: said as what it does there (it marks nothing)
            Binding(
                "enter",
                "finish",
                "Finish review",
                tooltip="Past the last item: finish the review",
                id="review_finish",
            ),
            # priority: the scrolling body would otherwise take the arrows (and their hints)
            Binding(
                "right",
                "step(1)",
                "Next",
                tooltip="Next item, unmarked",
                priority=True,
                id="review_next",
            ),
            Binding(
                "left", "step(-1)", "Back", tooltip="Previous item", priority=True, id="review_back"
            ),
            Binding(
                "space", "skip", "Skip", tooltip="Next item not yet reviewed", id="review_skip"
            ),
            Binding("escape", "leave", "Leave review", id="review_leave"),
            *EDIT_BINDINGS,
        ],
        KEY_BAR_FIRST,
    )

    def __init__(self, plan: PlanInfo) -> None:
        super().__init__()
        self.plan = plan
        self.review: Review | None = None
        self.position = 0
        self.summary: ReviewSummary | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="review-header", markup=False)
        with VerticalScroll(id="review-body"):
            yield Static("Preparing the review queue …", id="review-item")
        yield KeyBar()

    def on_mount(self) -> None:
        self.learn_blue(self.plan.id)  # the RAG menu offers Blue here as on the list
        self._start()

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def _start(self) -> None:
        started = review.start_review(self.store, self.plan.id, thresholds())
        self.app.call_from_thread(self._loaded, started, started.position)

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def _reload(self) -> None:
        assert self.review is not None
        fresh = review.load_review(self.store, self.review.id)
        self.app.call_from_thread(self._loaded, fresh, self.position)

    def _loaded(self, loaded: Review, position: int) -> None:
        if self.review is None:  # resumed: at the first item not yet reviewed
            position = _unreviewed_from(loaded, 0)
        self.review = loaded
        self.position = min(position, len(loaded.items))
        self._draw()

    # -------------------------------------------------------------- drawing
    def _draw(self) -> None:
        assert self.review is not None
        self.refresh_bindings()  # Enter and → say what they do at this position
        items = self.review.items
        header = self.query_one("#review-header", Static)
        title = plain(self.plan.title, one_line=True)
        # the count before the title: a long title is cut at 80 columns, not the count
        header.update(f" Weekly review — {self.review.reviewed} of {len(items)} reviewed — {title}")
        if self.position >= len(items):
            if self.review.reviewed == len(items):
                self._finish()
            else:
                self._show_end(len(items) - self.review.reviewed)
            return
        self.query_one("#review-item", Static).update(Text("Loading …", style="dim"))
        self._load_item(items[self.position].action.id)

    @work(thread=True, exclusive=True, group="review-item", exit_on_error=False)
    def _load_item(self, action_id: int) -> None:
        assert self.review is not None
        detail = read_detail(self.store, action_id)
        changed = review.changes_since_last_review(self.store, action_id, self.review)
        replies = replies_since(self.store, action_id, self.review.previous_review_at)
        self.app.call_from_thread(self._show_item, detail, changed, replies)

    def _show_item(
        self, detail: object, changed: list[object], replies: list[ReplyReceived]
    ) -> None:
        assert self.review is not None
        item = self.review.items[self.position]
        top = Text()
        top.append(f"Item {self.position + 1} of {len(self.review.items)}", style="bold")
        top.append("   " + ("✓ reviewed" if item.reviewed else "not yet reviewed"), style="dim")
        why = Text("Why it is here: ", style="bold yellow")
        why.append(plain(_why(item), True))
        since = Text("Changed since the last review: ", style="bold")
        since.append(self._changes_text(changed))
        lines = render_detail(detail, self.store.today())  # type: ignore[arg-type]
        body = [top, why, since, _replies_text(replies), Text(), *lines]
        self.query_one("#review-item", Static).update(HangingLines(body, self.app.console))

    def _changes_text(self, changed: list[object]) -> str:
        labels = [getattr(h, "label", "") for h in changed]
        if self.review is not None and self.review.previous_review_at is None:
            return "first review of this plan"
        return plain(", ".join(labels) or "nothing", True)

    def _finish(self) -> None:
        self._summarise()

    def _show_end(self, left: int) -> None:
        text = Text("End of the queue\n\n", style="bold")
        text.append(f"{left} not yet reviewed. Space goes to the first of them, ← back; ")
        text.append("Enter finishes the review now.")
        self.query_one("#review-item", Static).update(text)

    @work(thread=True, exclusive=True, group="review", exit_on_error=False)
    def _summarise(self) -> None:
        assert self.review is not None
        summary = review.finish_review(self.store, self.review.id)
        self.app.call_from_thread(self._show_summary, summary)

    def _show_summary(self, s: ReviewSummary) -> None:
        self.summary = s
        self.refresh_bindings()  # only the keys that leave are left
        text = Text("Review complete\n\n", style="bold")
        for label, value in (
            ("Reviewed", f"{s.reviewed} of {s.total}"),
            ("Status changed", _moves_words(s.status_changes)),
            ("RAG changed", _moves_words(s.rag_changes)),
            ("Re-dated", s.moved),
            ("Updates added", s.updates_added),
            ("Still overdue", s.still_overdue),
        ):
            text.append(f"{label}: ", style="bold cyan")
            text.append(f"{value}\n")
        text.append(f"\n{COUNTED}\n", style="dim")
        text.append("\nEsc returns to the plan.", style="dim")
        self.query_one("#review-item", Static).update(text)

    # ---------------------------------------------------------------- keys
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The key bar names only keys that do something now: once the review is
        complete, Esc back to the plan (and the app's keys); past the last item,
        Enter finishes and → has nowhere to go."""
        if self.summary is not None:
            return action == "leave"
        if action in ("reviewed", "finish") or (action == "step" and parameters == (1,)):
            return (action == "finish") == self._at_end()
        return super().check_action(action, parameters)

    def _at_end(self) -> bool:
        return self.review is not None and self.position >= len(self.review.items)

    def action_reviewed(self) -> None:
        if self.review is None or self.summary is not None:
            return
        if self.position >= len(self.review.items):
            self._finish()  # at the end: Enter finishes with what was reviewed
            return
        item = self.review.items[self.position]
        self.position += 1
        self._mark(item.action.id, self.position)

    def action_finish(self) -> None:
        """Enter past the last item: finish with what was reviewed."""
        if self._at_end() and self.summary is None:
            self._finish()

    def action_step(self, step: int) -> None:
        if self.review is None or self.summary is not None:
            return
        self._go(max(0, min(len(self.review.items), self.position + step)))

    def action_skip(self) -> None:
        if self.review is None or self.summary is not None:
            return
        self._go(_unreviewed_from(self.review, self.position + 1))

    def _go(self, position: int) -> None:
        if position != self.position:
            self.position = position
            self._draw()
            self._move(position)

    @work(thread=True, group="write", exit_on_error=False)
    def _mark(self, action_id: int, position: int) -> None:
        assert self.review is not None
        try:
            review.mark_reviewed(self.store, self.review.id, action_id, position)
        except StoreError as exc:
            self.app.call_from_thread(
                self.notify, f"Not saved: {exc}", severity="error", markup=False
            )
            return
        self._reload()

    @work(thread=True, group="write", exit_on_error=False)
    def _move(self, position: int) -> None:
        assert self.review is not None
        review.move_review(self.store, self.review.id, position)

    def action_leave(self) -> None:
        """Esc leaves, but not as the twin of an Escape that closed a dialog: pressed twice
        to cancel a status or a note, it left the review (and the meeting's place in it)."""
        if closed_by_escape_just_now():
            self.notify("Still in the review: Esc again leaves it", markup=False)
            return
        self.dismiss(None)

    # -------------------------------------------------------------- editing
    def has_action(self) -> bool:
        return self.review is not None and self.position < len(self.review.items)

    def current_action(self) -> ActionRow | None:
        if self.review is None or self.position >= len(self.review.items):
            return None
        return self.store.action(self.review.items[self.position].action.id)

    def edited(self, action_id: int | None, message: str) -> None:
        self.notify(message, markup=False)
        self._reload()


def _why(item: ReviewItem) -> str:
    """Why the action is here, said once as it holds now, with the reasons it was queued
    for that an edit has since settled: "blocked; due in 9 days. Dealt with since it was
    queued: no dated update". Both lists in full read "blocked; …; no dated update (when
    queued); now blocked; …"."""
    now = item.reasons_now
    if now is None or review.CLOSED in item.reasons:
        return "; ".join(item.reasons)
    replied = [r for r in item.reasons if r.startswith(review.REPLIED)]  # news, never settled
    now = now + replied
    held = {_kind(r) for r in now}
    settled = [r for r in item.reasons if _kind(r) not in held]
    said = "; ".join(now) or "nothing outstanding now"
    # "(no longer: no update for 66 days)" after "overdue by 35 days" read as "no longer
    # overdue": what an edit settled is said as its own sentence
    return said + (f". Dealt with since it was queued: {'; '.join(settled)}" if settled else "")


def _kind(reason: str) -> str:
    """A reason without its count of days: "due in 10 days" when queued is "due in 9
    days" the next morning, the same reason."""
    return re.sub(r"\d+ days?", "", reason)


def _replies_text(replies: list[ReplyReceived]) -> Text:
    """The leads' replies merged into this action since the last review, in words."""
    line = Text("Replies received since the last review: ", style="bold")
    said = [f"{r.lead}, {day(r.filled_on)}: {r.summary}" for r in replies]
    line.append(plain("; ".join(said) or "none", True))
    return line


def _unreviewed_from(review: Review, start: int) -> int:
    """The first item not yet reviewed at or after ``start``, else before it, else the end."""
    order = [*range(start, len(review.items)), *range(0, min(start, len(review.items)))]
    return next((i for i in order if not review.items[i].reviewed), len(review.items))


COUNTED = (
    "Counted on the queue's actions since the review began: each action whose status,"
    " RAG or deadline changed (changed back, or undone, is no change), and each note added."
)


def _moves_words(moves: list[str]) -> str:
    """ "2 (In progress → Done, Red → Amber)" or "0"; the same move twice says "×2"."""
    if not moves:
        return "0"
    seen = Counter(moves)
    said = [m if n == 1 else f"{m} ×{n}" for m, n in seen.items()]
    return f"{len(moves)} ({', '.join(said)})"
