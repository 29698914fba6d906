"""How an import's changes read in its report: one fact per line, values in words.

A re-import of next month's plan is checked by a person line by line, so each
line names the ref, the field and the old and new values as the plan shows
them ("31 Dec 2013", "In progress"), never internal names or ISO dates.
"""

from __future__ import annotations

import datetime as dt
from itertools import takewhile

from store.models import STATUS_LABELS
from store.wording import day, people, update_day

SHORT = 60


def short(text: str, width: int = SHORT) -> str:
    """One line of at most ``width`` characters, so a report stays scannable."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def new_action(ref: str, text: str) -> str:
    """A line for an action the plan did not have before."""
    return f"new action {ref}: {short(text)}"


def new_update(ref: str, date: dt.date | None, text: str) -> str:
    """A line for a progress note the action did not have before."""
    return f"new update {ref} ({update_day(date)}): {short(text)}"


def missing_action(ref: str, text: str) -> str:
    """A line for an action that the new version of the plan no longer lists."""
    return f"missing {ref}: {short(text)} (not in this file; kept)"


def not_in_file(file: str, imported: dt.date) -> str:
    """What an action the file no longer lists says of itself, until a file lists it."""
    return f"not in {file} imported {day(imported)}"


def listed_again(ref: str) -> str:
    """A line for an action that was missing from an earlier file and is in this one."""
    return f"back {ref}: in this file again (was missing from an earlier one)"


KEPT = "kept "


def kept(ref: str, field: str, now: object, in_file: object) -> str:
    """A line for a field the user changed here since the last import, which the file
    still gives as before: the user's value stays."""
    return (
        f"{KEPT}{ref} {field}: {words(field, now)} (changed here since the last import;"
        f" the file still says {words(field, in_file)})"
    )


def changed(what: str, field: str, before: object, after: object) -> str:
    """A line for one changed field of an action or recommendation."""
    if field == "fields" and isinstance(before, dict) and isinstance(after, dict):
        return f"changed {what} {_fields_change(before, after)}"
    return f"changed {what} {field}: {words(field, before)} → {words(field, after)}"


PLAN_NOTES = "changed plan notes: "


def plan_notes(before: str, after: str) -> str:
    """A line for the plan's changed notes, once for the whole plan: the words that
    differ, a few before them for sense ("… Position at 20 November 2026." → "…
    Position at 18 December 2026.")."""
    old, new = before.split(), after.split()
    same = _same(old, new)
    start = max(same - _CONTEXT, 0)
    end = min(_same(old[::-1], new[::-1]), len(old) - same, len(new) - same)
    end = max(end - 1, 0)  # the last word that differs keeps the word after it
    return f"{PLAN_NOTES}{_part(old, start, end)} → {_part(new, start, end)}"


_CONTEXT = 3  # words kept before the first that differs, so the line says what changed


def _same(old: list[str], new: list[str]) -> int:
    """How many words the two open with alike."""
    return sum(1 for _ in takewhile(lambda pair: pair[0] == pair[1], zip(old, new, strict=False)))


def _part(text_words: list[str], start: int, end: int) -> str:
    """The words from ``start`` to ``end`` before the last, "…" where some are left out."""
    kept = text_words[start : len(text_words) - end]
    if not kept:
        return "none"
    said = " ".join(["…"] * bool(start) + kept + ["…"] * bool(end))
    return repr(short(said))


def words(field: str, value: object) -> str:
    """A stored value as the plan would say it."""
    if value is None or value == [] or value == "":
        return "none"
    if field == "status":
        return STATUS_LABELS.get(str(value), str(value))  # type: ignore[call-overload, no-any-return]
    if field == "rag":
        return str(value).capitalize()
    if field == "due" and isinstance(value, dict):
        return _due_words(value)
    if isinstance(value, list):
        return people(map(str, value))  # leads or responsible
    return repr(short(str(value)))


def _due_words(value: dict[str, str | None]) -> str:
    due, written = value.get("due"), value.get("due_text") or ""
    if not due:
        return repr(short(written)) if written else "no date"
    said = day(dt.date.fromisoformat(due))
    return f"{said} ({short(written, 30)!r})" if written else said


def _fields_change(before: dict[str, str], after: dict[str, str]) -> str:
    parts = []
    for key in [*before, *(k for k in after if k not in before)]:
        old, new = before.get(key), after.get(key)
        if old != new:
            parts.append(f"{key}: {words('', old)} → {words('', new)}")
    return "; ".join(parts)
