"""The store's vocabulary and row types: pure data, no disk, no UI, no pydantic.

The rows (``ActionRow``, ``ActionDetail`` …) are what the store's read API
returns to the CLI, the reports and the TUI. They are built from our own
queries, so they are plain frozen dataclasses: nothing to validate, and
nothing heavy to import when the app starts. The lossless plan document that
importers produce and exports write is validated, and lives in ``store.docs``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

Status = Literal["not_started", "in_progress", "blocked", "done", "dropped"]
Rag = Literal["red", "amber", "green"]
Precision = Literal["day", "month", "quarter", "year", "open"]
Role = Literal["lead", "responsible"]
SortKey = Literal["plan", "due", "status", "rag", "updated", "lead"]

STATUSES: tuple[Status, ...] = ("not_started", "in_progress", "blocked", "done", "dropped")
RAGS: tuple[Rag, ...] = ("red", "amber", "green")
CLOSED_STATUSES: frozenset[Status] = frozenset({"done", "dropped"})
STATUS_LABELS: dict[Status, str] = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "blocked": "Blocked",
    "done": "Done",
    "dropped": "Dropped",
}

Fields = dict[str, str]
UNDATED = "undated"
# A merged reply's edit label (store.chase): the history, the SQL that tells progress
# from a re-dating's reason (store.queries) and the TUI read it.
REPLY_LABEL = "reply from "


class _Dated(Protocol):
    @property
    def date(self) -> dt.date | None: ...


DatedT = TypeVar("DatedT", bound=_Dated)


def latest_update(updates: Iterable[DatedT]) -> DatedT | None:
    """The newest dated update; failing that the last undated one.

    An undated note has unknown age, so it never outranks a dated one. On a
    tie the later in ``updates`` (oldest first) wins.
    """
    items = list(updates)
    dated = [u for u in reversed(items) if u.date is not None]
    if dated:
        return max(dated, key=lambda u: u.date or dt.date.min)
    return items[-1] if items else None


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanInfo:
    """A plan with the counts a plan switcher shows."""

    id: int
    title: str
    notes: str
    fields: Fields
    actions: int
    done: int
    overdue: int


@dataclass(frozen=True, slots=True, kw_only=True)
class RecommendationRow:
    """A recommendation with its progress counts."""

    id: int
    plan_id: int
    ref: str
    text: str
    fields: Fields
    total: int
    done: int
    overdue: int
    dropped: int = 0  # closed as superseded or no longer needed: out of the share done

    @property
    def counted(self) -> int:
        """The actions a share done is of: every one but the dropped, as a committee
        reads an action closed as superseded (not left undone, nor done)."""
        return self.total - self.dropped

    @property
    def percent(self) -> int | None:
        """Share of the counted actions done, rounded; None when every one was dropped."""
        return round(100 * self.done / self.counted) if self.counted else None

    @property
    def done_words(self) -> str:
        """ "50% (1/2)", with the dropped after the count ("50% (1/2; 1 dropped)"), and
        "– (0/0; 1 dropped)" when nothing but dropped actions is left."""
        share = "–" if self.percent is None else f"{self.percent}%"
        dropped = f"; {self.dropped} dropped" if self.dropped else ""
        return f"{share} ({self.done}/{self.counted}{dropped})"


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionRow:
    """One line of an action list."""

    id: int
    plan_id: int
    plan_title: str
    recommendation_id: int
    recommendation_ref: str
    ref: str
    text: str
    leads: list[str]
    responsible: list[str]
    due: dt.date | None
    due_text: str
    due_precision: Precision | None
    status: Status
    rag: Rag | None
    overdue: bool
    last_update: dt.date | None
    archived: bool = False
    undated_updates: bool = False  # has updates, none of them dated: an age is unknown
    original_due: dt.date | None = None
    due_moves: int = 0  # the stored ``due_changes``: re-datings, the plan's own included
    # "not in dec.xlsx imported 2 Dec 2026": the plan's latest file no longer lists it
    missing_from: str | None = None

    @property
    def slipped(self) -> bool:
        """True when the deadline is not the original one."""
        return self.original_due is not None and self.due != self.original_due

    @property
    def slip_days(self) -> int | None:
        """Days the deadline moved from the original (negative: brought forward)."""
        if self.original_due is None or self.due is None or self.due == self.original_due:
            return None
        return (self.due - self.original_due).days

    @property
    def due_changes(self) -> int:
        """Times the deadline moved, a plan's own original/revised pair included."""
        return max(self.due_moves, int(self.slipped))


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRow:
    """A stored progress update (``date`` None: the plan it came from gave no date)."""

    id: int
    action_id: int
    date: dt.date | None
    text: str
    status: Status | None
    created_at: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """One field's before and after inside an edit."""

    entity: str
    entity_id: int
    field: str
    before: object
    after: object


@dataclass(frozen=True, slots=True, kw_only=True)
class HistoryEntry:
    """One recorded edit (a batch of field changes), newest first in lists."""

    id: int
    at: str
    label: str
    undone: bool
    changes: list[Change]
    # The words of each update this edit added or removed, as they were then: a note
    # corrected since was added in its first words ({update id: text})
    update_texts: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class UndoCandidate:
    """The edit an undo would revert: whether this run made it, and which of its
    changes a later edit has since overwritten (undoing would overwrite those)."""

    # The edit as undoing it now goes: each field's last change ends at what it holds now
    entry: HistoryEntry
    own: bool
    # Its changes a later edit overwrote, each ending at the value the later edit wrote
    overwrites: list[Change]
    # Of its fields, those already holding what the undo would restore (by first change)
    unchanged: list[Change] = field(default_factory=list)
    restores_nothing: bool = False  # every field already holds it: there is nothing to undo


@dataclass(frozen=True, slots=True, kw_only=True)
class EarlierDue:
    """A deadline that an action had before it was re-dated."""

    due: dt.date | None
    due_text: str
    changed_at: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionDetail:
    """Everything the detail pane and the review screen show of an action."""

    action: ActionRow
    recommendation_text: str
    fields: Fields
    updates: list[UpdateRow]
    earlier_due: list[EarlierDue]
    history: list[HistoryEntry]
    created_at: str
    updated_at: str
    # The status and RAG the last import gave it, of those changed since ({"rag": "amber"})
    imported: dict[str, Any] = field(default_factory=dict)
    # Why the deadline was last moved, as the person who moved it said ("" if unsaid)
    redating_reason: str = ""
    # That move was its first date, given where it had none (the reason says why dated)
    first_dated: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A lead or responsible officer, shared across plans."""

    id: int
    name: str
    aliases: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionQuery:
    """Filters for listing actions; every filter is applied in SQL."""

    plan_id: int | None = None
    recommendation_id: int | None = None
    person: str | None = None
    lead: str | None = None
    responsible: str | None = None
    # no one named to lead: no lead, or only wording that names no one ("TBC": store.no_one)
    no_lead: bool = False
    statuses: frozenset[Status] = frozenset()
    rags: frozenset[Rag | Literal["none"]] = frozenset()
    overdue: bool = False
    due_before: dt.date | None = None
    due_after: dt.date | None = None
    due_within_days: int | None = None
    text: str = ""
    sort: SortKey = "plan"
    include_archived: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionIndex:
    """What a list needs to scroll a query: ordered ids, and which of them are overdue."""

    ids: list[int]
    late: str  # "1" where the action at that place in ``ids`` is overdue, else "0"

    @property
    def overdue(self) -> int:
        """How many of the actions are overdue."""
        return self.late.count("1")

    @property
    def count(self) -> int:
        """How many actions match."""
        return len(self.ids)


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportReport:
    """What merging a plan document into the store created or changed."""

    plan_title: str
    plan_created: bool
    recommendations_created: int = 0
    recommendations_changed: int = 0
    actions_created: int = 0
    actions_changed: int = 0
    actions_missing: int = 0  # listed before, not in this version: kept, not deleted
    updates_created: int = 0
    people_created: int = 0
    changes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewThresholds:
    """What puts an action in the weekly review queue."""

    due_within_days: int = 14
    stale_days: int = 28


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewItem:
    """One action in a review, with why it is there.

    ``reasons`` are those of when the queue was taken (the queue does not
    reshuffle); ``reasons_now`` are the action's as it is now, so an action
    re-dated or marked done during the review does not still read "overdue".
    """

    action: ActionRow
    reasons: list[str]
    reviewed: bool = False
    reasons_now: list[str] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Review:
    """A weekly review in progress (or finished)."""

    id: int
    plan_id: int
    started_at: str
    finished_at: str | None
    position: int
    thresholds: ReviewThresholds
    items: list[ReviewItem]
    previous_review_at: str | None  # when the plan's previous review finished

    @property
    def reviewed(self) -> int:
        """How many items have been marked reviewed."""
        return sum(item.reviewed for item in self.items)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviewSummary:
    """The end-of-review summary."""

    total: int
    reviewed: int
    status_changes: list[str]  # one per action whose status changed: "In progress → Done"
    rag_changes: list[str]  # "Red → Amber"
    moved: int  # actions re-dated
    updates_added: int
    still_overdue: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CountRow:
    """A label and a number, for dashboard tables and charts."""

    label: str
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class TimelinePoint:
    """Open, done and overdue actions as they stood at the end of a day."""

    date: dt.date
    open: int
    done: int
    overdue: int
    start: bool = False  # the day the plan's history starts (imported or created)


@dataclass(frozen=True, slots=True, kw_only=True)
class PeriodChange:
    """One recorded change to a plan or its actions, for "changes since" reports."""

    batch_id: int
    on: dt.date
    entity: str
    entity_id: int
    field: str
    before: object
    after: object
    first: bool  # the entity's first recorded change: its creation


@dataclass(frozen=True, slots=True, kw_only=True)
class AddedUpdate:
    """A progress update added to an action in a period and still there."""

    action_id: int
    date: dt.date | None  # the update's own date; None when it has none
    added_on: dt.date  # the day it was added
    text: str
    batch_id: int  # the edit that added it: a re-dating's reason shares the re-dating's
