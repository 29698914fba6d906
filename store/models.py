"""Pydantic models of the plan store: pure data, no disk and no UI.

Two families live here:

* the *document* models (``PlanDoc`` and its children) are the lossless tree
  that importers produce, ``actionplan export --format json`` writes and
  ``actionplan import`` reads back;
* the *row* models (``ActionRow``, ``ActionDetail`` …) are what the store's
  read API returns to the CLI, the reports and the TUI.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Status = Literal["not_started", "in_progress", "blocked", "done", "dropped"]
Rag = Literal["red", "amber", "green"]
Precision = Literal["day", "month", "quarter", "year", "open"]
Role = Literal["lead", "responsible"]
SortKey = Literal["plan", "due", "status", "rag", "updated"]

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

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Fields = dict[str, str]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class UpdateDoc(_Model):
    """A dated progress note, as exported and imported."""

    date: dt.date
    text: NonEmpty
    status: Status | None = None


class ActionDoc(_Model):
    """One action of a recommendation, as exported and imported."""

    ref: NonEmpty
    text: NonEmpty
    leads: list[NonEmpty] = Field(default_factory=list)
    responsible: list[NonEmpty] = Field(default_factory=list)
    due: dt.date | None = None
    due_text: str = ""
    due_precision: Precision | None = None
    status: Status = "not_started"
    rag: Rag | None = None
    fields: Fields = Field(default_factory=dict)
    updates: list[UpdateDoc] = Field(default_factory=list)


class RecommendationDoc(_Model):
    """A recommendation and its actions, as exported and imported."""

    ref: NonEmpty
    text: str = ""
    fields: Fields = Field(default_factory=dict)
    actions: list[ActionDoc] = Field(default_factory=list)


class PlanDoc(_Model):
    """A whole plan: the unit of import and export."""

    title: NonEmpty
    notes: str = ""
    fields: Fields = Field(default_factory=dict)
    recommendations: list[RecommendationDoc] = Field(default_factory=list)


class ExportDoc(_Model):
    """The top of ``actionplan export --format json``."""

    format: Literal["actionplan/1"] = "actionplan/1"
    plans: list[PlanDoc] = Field(default_factory=list)


class PlanInfo(_Model):
    """A plan with the counts a plan switcher shows."""

    id: int
    title: str
    notes: str
    fields: Fields
    actions: int
    done: int
    overdue: int


class RecommendationRow(_Model):
    """A recommendation with its progress counts."""

    id: int
    plan_id: int
    ref: str
    text: str
    fields: Fields
    total: int
    done: int
    overdue: int


class ActionRow(_Model):
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


class UpdateRow(_Model):
    """A stored progress update."""

    id: int
    action_id: int
    date: dt.date
    text: str
    status: Status | None
    created_at: str


class Change(_Model):
    """One field's before and after inside an edit."""

    entity: str
    entity_id: int
    field: str
    before: object
    after: object


class HistoryEntry(_Model):
    """One recorded edit (a batch of field changes), newest first in lists."""

    id: int
    at: str
    label: str
    undone: bool
    changes: list[Change]


class EarlierDue(_Model):
    """A deadline that an action had before it was re-dated."""

    due: dt.date | None
    due_text: str
    changed_at: str


class ActionDetail(_Model):
    """Everything the detail pane and the review screen show of an action."""

    action: ActionRow
    recommendation_text: str
    fields: Fields
    updates: list[UpdateRow]
    earlier_due: list[EarlierDue]
    history: list[HistoryEntry]
    created_at: str
    updated_at: str


class Person(_Model):
    """A lead or responsible officer, shared across plans."""

    id: int
    name: str
    aliases: list[str] = Field(default_factory=list)


class ActionQuery(_Model):
    """Filters for listing actions; every filter is applied in SQL."""

    plan_id: int | None = None
    recommendation_id: int | None = None
    person: str | None = None
    lead: str | None = None
    responsible: str | None = None
    statuses: frozenset[Status] = frozenset()
    rags: frozenset[Rag | Literal["none"]] = frozenset()
    overdue: bool = False
    due_before: dt.date | None = None
    due_after: dt.date | None = None
    due_within_days: int | None = None
    text: str = ""
    sort: SortKey = "plan"
    include_archived: bool = False


class ActionIndex(_Model):
    """What a list needs to scroll a query: ordered ids and the overdue count."""

    ids: list[int]
    overdue: int

    @property
    def count(self) -> int:
        """How many actions match."""
        return len(self.ids)


class ImportReport(_Model):
    """What merging a plan document into the store created or changed."""

    plan_title: str
    plan_created: bool
    recommendations_created: int = 0
    recommendations_changed: int = 0
    actions_created: int = 0
    actions_changed: int = 0
    updates_created: int = 0
    people_created: int = 0
    changes: list[str] = Field(default_factory=list)


class ReviewThresholds(_Model):
    """What puts an action in the weekly review queue."""

    due_within_days: int = 14
    stale_days: int = 28


class ReviewItem(_Model):
    """One action in a review, with why it is there."""

    action: ActionRow
    reasons: list[str]
    reviewed: bool = False


class Review(_Model):
    """A weekly review in progress (or finished)."""

    id: int
    plan_id: int
    started_at: str
    finished_at: str | None
    position: int
    thresholds: ReviewThresholds
    items: list[ReviewItem]
    previous_review_at: str | None

    @property
    def reviewed(self) -> int:
        """How many items have been marked reviewed."""
        return sum(item.reviewed for item in self.items)


class ReviewSummary(_Model):
    """The end-of-review summary."""

    total: int
    reviewed: int
    done: int
    moved: int
    turned_red: int
    still_overdue: int


class CountRow(_Model):
    """A label and a number, for dashboard tables and charts."""

    label: str
    count: int


class TimelinePoint(_Model):
    """Open, done and overdue actions as they stood at the end of a day."""

    date: dt.date
    open: int
    done: int
    overdue: int


class ActionChange(_Model):
    """One recorded change to an action, for "changes since" reports."""

    action_id: int
    field: str
    before: object
    after: object
    at: str
