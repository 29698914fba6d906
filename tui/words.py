"""Changes in words: what a toast says after an edit and after an undo.

One wording for both, built from the field and its before and after values in
the form history stores them, so "2.1: status Not started → Done" reads the
same whether the user just chose it or Ctrl+Z restored it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from store.models import STATUS_LABELS, Change
from tui.safe import plain

RAG_WORDS = {"red": "Red", "amber": "Amber", "green": "Green"}
ENTITY_WORDS = {"update": "update", "recommendation": "recommendation", "plan": "plan"}


def status_word(status: object) -> str:
    """ "In progress" for ``in_progress``."""
    return STATUS_LABELS.get(str(status), str(status))  # type: ignore[call-overload, no-any-return]


def rag_word(rag: object) -> str:
    """ "Red", "Amber", "Green" or "none"."""
    return RAG_WORDS.get(str(rag), "none") if rag else "none"


def due_word(due: dt.date | str | None, due_text: str = "") -> str:
    """ "31 Oct 2026", else the deadline as written ("Ongoing"), else "none"."""
    if isinstance(due, str) and due:
        due = dt.date.fromisoformat(due)
    if isinstance(due, dt.date):
        return due.strftime("%d %b %Y")
    return plain(due_text, one_line=True) or "none"


def names_word(names: object) -> str:
    """ "A Bald, J Smith" or "none"."""
    listed = [plain(n, one_line=True) for n in names] if isinstance(names, list) else []
    return ", ".join(listed) or "none"


def field_change(field: str, before: object, after: object) -> str:
    """One field's change in words: "status Not started → Done", "text edited"."""
    if field == "status":
        return f"status {status_word(before)} → {status_word(after)}"
    if field == "rag":
        return f"RAG {rag_word(before)} → {rag_word(after)}"
    if field == "due":
        return f"due {_due(before)} → {_due(after)}"
    if field in ("leads", "responsible"):
        return f"{field} {names_word(before)} → {names_word(after)}"
    if field == "archived":
        return "archived" if after else "restored"
    if field in ("recommendation_id", "position", "rec_position"):
        return "moved"
    return f"{field} edited"


def _due(value: object) -> str:
    if isinstance(value, Mapping):
        return due_word(value.get("due"), str(value.get("due_text") or ""))
    return due_word(None, str(value or ""))


def changes_words(changes: list[Change], refs: Mapping[int, str]) -> str:
    """A recorded edit in words, by ref: "2.1: status Done → Not started; RAG none → Red"."""
    parts: dict[str, list[str]] = {}
    for c in changes:
        if c.entity == "action":
            who = refs.get(c.entity_id, f"action #{c.entity_id}")
        else:
            who = f"{ENTITY_WORDS.get(c.entity, c.entity)} #{c.entity_id}"
        said = field_change(c.field, c.before, c.after)
        if said not in parts.setdefault(who, []):
            parts[who].append(said)
    return "; ".join(f"{who}: {', '.join(said)}" for who, said in parts.items())
