"""Values as a committee reads them: "30 Sep 2026", "In progress", "Red".

Reports, the detail pane and toasts share these, so a date or a status reads
the same everywhere; ISO dates and internal names are for JSON and CSV only.
"""

from __future__ import annotations

import datetime as dt

from store.models import STATUS_LABELS, ActionRow

RAG_WORDS = {"red": "Red", "amber": "Amber", "green": "Green"}


def day(date: dt.date) -> str:
    """ "30 Sep 2026"."""
    return date.strftime("%d %b %Y")


def status_word(status: object) -> str:
    """ "In progress" for ``in_progress``."""
    return STATUS_LABELS.get(str(status), str(status))  # type: ignore[call-overload, no-any-return]


def rag_word(rag: object) -> str:
    """ "Red", "Amber", "Green", or "none" for an unrated action."""
    return RAG_WORDS.get(str(rag), "none") if rag else "none"


def slip_days(days: int) -> str:
    """ "+46 days" (later than planned) or "-3 days" (brought forward)."""
    return f"{days:+d} day{'' if abs(days) == 1 else 's'}"


def baseline_words(row: ActionRow) -> str | None:
    """ "31 Oct 2026 → 16 Dec 2026 (+46 days)" for a re-dated action, else None."""
    if not row.slipped or row.original_due is None:
        return None
    revised = day(row.due) if row.due else (row.due_text or "no date")
    days = row.slip_days
    return f"{day(row.original_due)} → {revised}" + (f" ({slip_days(days)})" if days else "")


def due_words(row: ActionRow) -> str:
    """The deadline as a report shows it: "original → revised (+n days)" when it moved,
    else the date, else the deadline as written ("Ongoing"), else ""."""
    moved = baseline_words(row)
    if moved:
        return moved
    return day(row.due) if row.due else row.due_text
