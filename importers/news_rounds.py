"""Rounds of news: a run of columns headed by one news word, each numbered or dated.

An audit system's tracker adds a column per follow-up round ("Follow-up 1 (14/04/2025)"
… "Follow-up 4 (12/10/2026)"); a progress report one per quarter ("Update Q1", "Update
Q2"). Read alone, an early round of short verdicts and "Not yet due." looks like a RAG
or status column, and a round repeating "Not yet due." like a field. The run's header
says what each is: news of its round, so every column of the run is an update column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from importers.columns import scores, words
from importers.profile import ColumnProfile
from store.calendar_words import MONTHS

# A round's news word the header cues do not weigh: an auditor's follow-up, a review
_ROUND_WORD = re.compile(r"\b(?:follow\s*up|review\w*|evaluat\w*)\b")
# What tells one round from the next beside its number: a month, a quarter, a half
_PERIOD_WORDS = frozenset(MONTHS) | {"q", "h", "fy", "qtr", "quarter"}
# Roles a round may have been mistaken for: a field, or the RAG its short verdicts resemble
_MISTAKEN = frozenset({"extra", "rag"})
_SENTENCES = 0.6  # of a round's cells sentences, for the run to be news on cells alone
_DATES = 0.5  # of a column's cells dates: a column of days, no round of news


def rounds_of_news(
    profiles: list[ColumnProfile], roles: Mapping[int, str], explicit: Mapping[int, str]
) -> dict[int, str]:
    """The columns of a run of news rounds not yet read as updates, each with the
    evidence: column index → reason."""
    runs: dict[tuple[str, ...], list[ColumnProfile]] = {}
    for p in profiles:
        if (stem := round_stem(p.header)) is not None and p.dates < _DATES:
            runs.setdefault(stem, []).append(p)
    found: dict[int, str] = {}
    for stem, run in runs.items():
        if _is_news(stem, run, roles):
            found |= _joining(run, roles, explicit)
    return found


def round_stem(header: str) -> tuple[str, ...] | None:
    """The header's words without what numbers or dates its round ("Follow-up 2
    (13/10/2025)" → ("follow", "up")); None where nothing numbers or dates it."""
    if not re.search(r"\d", header):
        return None
    stem = tuple(w for w in words(header) if w not in _PERIOD_WORDS)
    return stem or None


def _is_news(stem: tuple[str, ...], run: list[ColumnProfile], roles: Mapping[int, str]) -> bool:
    """Two rounds or more under distinct headers, whose word names news, and one of them
    read as news already or written in sentences (a grid of RAG words per quarter is no
    news, though headed "Progress Q1")."""
    if len(run) < 2 or len({p.header.casefold() for p in run}) < len(run):
        return False
    if not _names_news(stem):
        return False
    return any(roles.get(p.index) == "update" or p.sentences >= _SENTENCES for p in run)


def _names_news(stem: tuple[str, ...]) -> bool:
    """The stem alone heads news: "update", "progress", "commentary", "follow up"."""
    said = " ".join(stem)
    weights = scores(said)
    if weights and max(weights, key=weights.__getitem__) == "update":
        return True
    return bool(_ROUND_WORD.fullmatch(said))


def _joining(
    run: list[ColumnProfile], roles: Mapping[int, str], explicit: Mapping[int, str]
) -> dict[int, str]:
    """The run's columns read otherwise (a field, the RAG) that join it as news."""
    headers = ", ".join(repr(p.header) for p in run)
    return {
        p.index: f"header {p.header!r}, one round of a run of news ({headers}): that round's news"
        for p in run
        if p.index not in explicit and roles.get(p.index, "extra") in _MISTAKEN
    }
