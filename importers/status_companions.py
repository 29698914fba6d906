"""Columns a work tracker exports beside its status that say more of it.

A tool's export may hold a second column about where each item stands, kept as a field
under its own header, that a person reads with the status:

- the reason (Dynamics 365 / Dataverse's "Status Reason": Not Started, On Hold,
  Completed, Cancelled) beside a state saying only whether the record is open
  ("Status": Active / Inactive): the reason is the status;
- the category (Jira's "Status Category": To Do / In Progress / Done) beside the team's
  own workflow words ("Scoping", "With partners", "Live"): where the team's word is no
  status word, the category says where the item stands;
- the resolution (Jira's "Resolution": Done, Won't Do, Duplicate) beside a closed status:
  how the item was closed, so "Done" resolved "Won't Do" was dropped, not done;
- the flag (Jira's "Flagged": Impediment) on an open item: the team marked it stuck.

Jira's CSV export heads its custom fields, the flag among them, "Custom field (Flagged)".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from importers import vocab
from importers.cells import status_shaped
from importers.columns import words
from store.models import Rag, Status

Companion = Literal["reason", "category", "resolution", "flag"]

_HEADERS: dict[tuple[str, ...], Companion] = {
    ("status", "reason"): "reason",
    ("sub", "status"): "reason",
    ("substatus",): "reason",
    ("status", "category"): "category",
    ("resolution",): "resolution",
    ("flagged",): "flag",
    ("flag",): "flag",
    ("impediment",): "flag",
    ("blocked",): "flag",
}
# A flag column's words for an item marked stuck (Jira's only flag value is "Impediment")
_RAISED = frozenset({"impediment", "flagged"})
# The flag's header names the block itself: a yes there marks the item stuck ("Blocked?" Y)
_NAMES_THE_BLOCK = frozenset({"blocked", "impediment"})
_OPEN: frozenset[Status | None] = frozenset({None, "not_started", "in_progress"})


# Jira's CSV export heads each custom field "Custom field (NAME)": the field is NAME's
_CUSTOM_FIELD = re.compile(r"^\s*custom\s+field\s*\((?P<name>[^()]+)\)\s*$", re.IGNORECASE)


def companion_of(header: str) -> Companion | None:
    """What a column beside the status says of it, by its whole header ("Custom field
    (Flagged)" by the name in the brackets); None for most."""
    custom = _CUSTOM_FIELD.match(header)
    return _HEADERS.get(tuple(words(custom["name"] if custom else header)))


def refined(
    status: Status | None,
    rag: Rag | None,
    cells: Mapping[Companion, tuple[str, str]],
    legend: vocab.Legend,
) -> tuple[Status | None, Rag | None]:
    """The status and RAG the status cell gave, as the columns beside it refine them.
    ``cells``: each companion's (header, cell) on the row."""
    reason = _read(cells.get("reason"), legend)
    if reason[0] is not None:
        status, rag = reason[0], reason[1] or rag  # the reason is the status
    if status is None:
        status = _read(cells.get("category"), legend)[0]  # the team's word: its category
    if status == "done" and _read(cells.get("resolution"), legend)[0] == "dropped":
        status = "dropped"  # closed as "Won't Do" or "Duplicate": not done
    if status in _OPEN and _raised(cells.get("flag"), legend):
        status = "blocked"
    return status, rag


def _read(found: tuple[str, str] | None, legend: vocab.Legend) -> vocab.Meaning:
    """A companion cell's status, read only where it is a status's few words: a sentence
    of reasons ("Waiting for the budget to be set") states none."""
    cell = found[1] if found else ""
    if not cell or not status_shaped(cell):
        return None, None
    return vocab.read_status(cell, legend)


def _raised(found: tuple[str, str] | None, legend: vocab.Legend) -> bool:
    """The flag set on the row: Jira's "Impediment", a word for blocked, or a yes under a
    header naming the block ("Blocked?")."""
    if not found or not found[1]:
        return False
    header, cell = found
    if vocab.normal(cell) in _RAISED or _read(found, legend)[0] == "blocked":
        return True
    return bool(_NAMES_THE_BLOCK & set(words(header))) and vocab.done_answer(cell) is True
