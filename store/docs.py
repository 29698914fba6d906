"""Pydantic models of the lossless plan document: what importers produce,
``actionplan export --format json`` writes and ``actionplan import`` reads back.

They validate input from outside (files, JSON), so they live apart from the
row types in ``store.models``: pydantic is imported only when a document is
read or written, not when the app starts.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from store.models import Fields, Precision, Rag, Status

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class UpdateDoc(_Model):
    """A progress note, as exported and imported; ``date`` is None when the plan gave none."""

    date: dt.date | None = None
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
    original_due: dt.date | None = None  # the first deadline, when the plan gives a revised one
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
