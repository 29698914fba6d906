"""Pydantic models of the lossless plan document: what importers produce,
``actionplan export --format json`` writes and ``actionplan import`` reads back.

They validate input from outside (files, JSON), so they live apart from the
row types in ``store.models``: pydantic is imported only when a document is
read or written, not when the app starts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from store.models import Fields, Precision, Rag, Status, latest_update

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class UpdateDoc(_Model):
    """A progress note, as exported and imported; ``date`` is None when the plan gave none."""

    date: dt.date | None = None
    text: NonEmpty
    status: Status | None = None
    # Added in the edit that moved its action's deadline, as the reason for the move
    # (the due dialog's reason, ``update --due … --note …``): read from the store's
    # history for this very update (``store.queries.MOVE_REASON_SQL``), never written
    # to a file. Not progress: ``latest_progress`` passes it over.
    move_reason: bool = Field(default=False, exclude=True)


def latest_progress(updates: Iterable[UpdateDoc]) -> UpdateDoc | None:
    """The action's latest update as every output shows it (the papers, the workbook,
    the CSV, a chase pack): the newest progress (``latest_update``), never a reason
    given for moving the deadline, which is said where re-datings are. A reason noted
    the same day as progress hid the progress from the committee and the lead."""
    return latest_update(u for u in updates if not u.move_reason)


class ActionDoc(_Model):
    """One action of a recommendation, as exported and imported."""

    ref: NonEmpty
    text: NonEmpty
    leads: list[NonEmpty] = Field(default_factory=list)
    responsible: list[NonEmpty] = Field(default_factory=list)
    due: dt.date | None = None
    due_text: str = ""
    due_precision: Precision | None = None
    original_due: dt.date | None = None  # the first deadline, when the plan gives a revised one
    status: Status = "not_started"
    # "not in dec.xlsx imported 2 Dec 2026": kept though the plan's latest file dropped it
    missing_from: str | None = None
    rag: Rag | None = None
    fields: Fields = Field(default_factory=dict)
    updates: list[UpdateDoc] = Field(default_factory=list)

    @field_validator("original_due")
    @classmethod
    def _moved_only(cls, original: dt.date | None, info: ValidationInfo) -> dt.date | None:
        """An "Original due" equal to the due was never moved (our CSV fills it so for a
        committee reader): the same action as one with none, so it re-imports exactly."""
        return None if original == info.data.get("due") else original


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
