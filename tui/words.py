"""Changes in words: what a toast says after an edit and after an undo.

One wording for both, built from the field and its before and after values in
the form history stores them, so "2.1: status Not started → Done" reads the
same whether the user just chose it or Ctrl+Z restored it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Mapping

from store.history import UPDATE_OF, reversed_changes
from store.models import REPLY_LABEL, Change, HistoryEntry, UpdateRow
from store.wording import Deadline, day, due_change, people, rag_word, status_word, update_day
from tui.safe import clip, plain

# Of an old and a new text, in a toast or a history line: the text from its start when
# it changes within LEAD_CELLS, else from a word CONTEXT_CELLS before the change; after
# the change, unchanged words to CONTEXT_CELLS; a changed stretch to REWRITE_CELLS.
LEAD_CELLS = 20
CONTEXT_CELLS = 10
REWRITE_CELLS = 120


def due_word(due: dt.date | str | None, due_text: str = "") -> str:
    """ "31 Oct 2026", else the deadline as written ("Ongoing"), else "none"."""
    if isinstance(due, str) and due:
        due = dt.date.fromisoformat(due)
    if isinstance(due, dt.date):
        return day(due)
    return plain(due_text, one_line=True) or "none"


def names_word(names: object) -> str:
    """ "A Bald; SMITH, Jo" or "none"."""
    listed = [plain(n, one_line=True) for n in names] if isinstance(names, list) else []
    return people(listed) or "none"


def field_change(field: str, before: object, after: object) -> str:
    """One field's change in words: "status Not started → Done", "text edited"."""
    if field == "archived":
        return "archived" if after else "restored"
    if field in ("place", "recommendation_id", "position", "rec_position"):
        return "moved"
    if field == "missing_from":  # "not in dec.xlsx imported 2 Dec 2026"
        return plain(str(after), True) if after else "in the plan's file again"
    if field == "text" and isinstance(before, str) and isinstance(after, str):
        old, new = text_pair(before, after)
        return f"text “{old}” → “{new}”"
    if field == "fields" and isinstance(before, Mapping) and isinstance(after, Mapping):
        return fields_change(before, after)
    if field == "due" and isinstance(before, Mapping) and isinstance(after, Mapping):
        return deadline_change(_deadline(before), _deadline(after))
    was = _value(field, before)
    if was is None:
        return f"{field} edited"
    return f"{_LABELS.get(field, field)} {was} → {_value(field, after)}"


def fields_change(before: Mapping[str, object], after: Mapping[str, object]) -> str:
    """A plan's own columns that changed, each by name: "% complete 40% → 70%",
    "Agreed date 31/01/2027 added". Said as the whole dict's "due" it read "none → none"."""
    said = []
    for key in [*before, *(k for k in after if k not in before)]:
        old, new = _cell(before.get(key)), _cell(after.get(key))
        name = plain(key, True)
        if old == new:
            continue
        if not old:
            said.append(f"{name} {new} added")
        elif not new:
            said.append(f"{name} {old} removed")
        else:
            said.append(f"{name} {old} → {new}")
    return ", ".join(said) or "fields edited"


def _cell(value: object) -> str:
    """A field's value, one line, cut with "…" to a history line's share."""
    return clip(plain(str(value), True), FIELD_CELLS) if value not in (None, "") else ""


FIELD_CELLS = 20  # of one of the plan's own fields' values in a history line


def text_pair(before: str, after: str) -> tuple[str, str]:
    """Two texts as far as they differ, each changed part whole, with a few unchanged
    words either side and "…" for the unchanged rest: cut 30 cells after the first
    difference, a second change near the end went unseen."""
    before, after = plain(before, True), plain(after, True)
    same = len(os.path.commonprefix([before, after]))
    ends = len(os.path.commonprefix([before[same:][::-1], after[same:][::-1]]))
    start = 0 if same <= LEAD_CELLS else before.rfind(" ", 0, same - CONTEXT_CELLS) + 1
    rest = before[len(before) - ends :]  # the unchanged end, the same in both
    stop = rest.find(" ", CONTEXT_CELLS)
    tail = rest if stop < 0 else rest[:stop] + "…"
    lead = "…" if start else ""
    return (
        lead + _changed(before[start : len(before) - ends]) + tail,
        lead + _changed(after[start : len(after) - ends]) + tail,
    )


def _changed(text: str) -> str:
    """A changed stretch whole (its spaces too), unless a rewrite too long for a toast."""
    return text if len(text) <= REWRITE_CELLS else clip(text, REWRITE_CELLS)


# Of an update's words, as the correction picker lists it: the list cuts each at its own
# width with "…" (cut here at 50, 16 of the 66 cells free at 80 columns stayed empty)
UPDATE_CELLS = 300


def update_labels(updates: list[UpdateRow]) -> dict[str, UpdateRow]:
    """Each update as the correction picker lists it, "12 Nov 2026  Met the team…", in
    the detail's order, the dates right-aligned (" 1 Sep 2026  Mosaic…") so the texts
    start in one column; two that read alike are told apart by " (2)"."""
    labels: dict[str, UpdateRow] = {}
    wide = max(len(update_day(u.date)) for u in updates) if updates else 0
    for u in updates:
        label = f"{update_day(u.date):>{wide}}  {clip(plain(u.text, True), UPDATE_CELLS)}"
        n = 1
        while (f"{label} ({n})" if n > 1 else label) in labels:
            n += 1
        labels[f"{label} ({n})" if n > 1 else label] = u
    return labels


def glued_question(what: str, tail: str) -> str:
    """Letters run straight onto the last word of a field ("…Mosaicscalate"), asked about
    before saving, in the text box and the names boxes alike."""
    return f"What you typed runs onto the last word of {what}: “…{tail}”. Save it?"


def save_or_back(field: str) -> list[tuple[str, str, str]]:
    """The answers to a question asked before saving: "y" saves, "n" goes back to ``field``."""
    return [("y", "save", "Yes, save it"), ("n", "edit", f"No, back to the {field}")]


def already_words(changes: list[Change], subjects: Mapping[tuple[str, int], str]) -> str:
    """Fields an undo would leave as they are: "1.1's status is already In progress"."""
    said = [c for c in changes if c.field != "original_due"]  # the due change says it
    parts = [f"{_subject(c, subjects)}'s {_value_words(c.field, c.before)}" for c in said[:3]]
    more = f" and {len(said) - 3} more" if len(said) > 3 else ""
    return "; ".join(parts) + more


def changed_since_words(changes: list[Change], subjects: Mapping[tuple[str, int], str]) -> str:
    """Fields a later edit set after the one an undo takes back, each with what it holds
    now (``UndoCandidate.overwrites``): "1.1's status was changed elsewhere since: it is
    Done now". The undo would overwrite them, so the question says so."""
    said = [c for c in changes if c.field != "original_due"]  # the due change says it
    parts = [_changed_since(c, _subject(c, subjects)) for c in said[:3]]
    more = f" and {len(said) - 3} more" if len(said) > 3 else ""
    return "; ".join(parts) + more


def _changed_since(c: Change, subject: str) -> str:
    if c.field == "archived":
        return f"{subject} was {'archived' if c.after else 'restored'} elsewhere since"
    label = "due date" if c.field == "due" else _LABELS.get(c.field, c.field)
    words = _value(c.field, c.after)
    verb = "they are" if c.field in ("leads", "responsible") else "it is"
    now = f": {verb} {words} now" if words is not None else ""
    return f"{subject}'s {label} was changed elsewhere since{now}"


_LABELS = {"rag": "RAG"}  # how a field is named before its values; else its own name


def _value(field: str, value: object) -> str | None:
    """A field's value in words ("In progress", "Red", "31 Oct 2026", "A Bald"), or None
    for a field with no short wording (an action's text)."""
    if field == "status":
        return status_word(value)
    if field == "rag":
        return rag_word(value)
    if field == "due":
        return _due(value)
    if field in ("leads", "responsible"):
        return names_word(value)
    if field == "ref":
        return plain(str(value), True)
    return None


def _value_words(field: str, value: object) -> str:
    """ "status is already In progress"; a field with no short wording "text is as it was"."""
    if field == "archived":
        return "already archived" if value else "already restored"
    words = _value(field, value)
    if words is None:
        return f"{field} is already as it was"
    label = "due date" if field == "due" else _LABELS.get(field, field)
    verb = "are" if field in ("leads", "responsible") else "is"
    return f"{label} {verb} already {words}"


def _subject(c: Change, subjects: Mapping[tuple[str, int], str]) -> str:
    """What a change is about, as the toast names it: "2.1", "update of 12 Nov 2026"."""
    return plain(subjects.get((c.entity, c.entity_id), f"{c.entity} #{c.entity_id}"), True)


def deadline_change(was: Deadline, new: Deadline) -> str:
    """ "due 31 Aug 2026 → 31 Oct 2026", short for a history line; new words for the same
    day say so ('due wording "March 2027" → "end of Q4" (31 Mar 2027 kept)'), never
    "31 Mar 2027 → 31 Mar 2027", which reads as a re-dating."""
    if was[0] is not None and was[0] == new[0]:
        return due_change(was, new)
    return f"due {due_word(*was)} → {due_word(*new)}"


def _deadline(value: Mapping[str, object]) -> Deadline:
    """A deadline as history stores it ({"due": ISO, "due_text": …}), its wording plain."""
    due = value.get("due")
    date = dt.date.fromisoformat(due) if isinstance(due, str) and due else None
    return date, plain(str(value.get("due_text") or ""), one_line=True)


def _due(value: object) -> str:
    if isinstance(value, Mapping):
        return due_word(value.get("due"), str(value.get("due_text") or ""))
    return due_word(None, str(value or ""))


def changes_words(changes: list[Change], subjects: Mapping[tuple[str, int], str]) -> str:
    """A recorded edit in words, by what it is about: "2.1: status Done → In progress"."""
    parts: dict[str, list[str]] = {}
    for c in changes:
        if c.field == "original_due":  # set with an action's first deadline, which is said
            continue
        who = _subject(c, subjects)
        said = (
            _update_change(c, subjects)
            if c.entity == "update"
            else field_change(c.field, c.before, c.after)
        )
        if said not in parts.setdefault(who, []):
            parts[who].append(said)
    lines = [f"{who}: {', '.join(said)}" for who, said in parts.items()]
    if len(lines) > 4:  # a renumbering or an import: a toast, not a page
        lines = [*lines[:3], f"and {len(lines) - 3} more"]
    return "; ".join(lines)


def _update_change(c: Change, subjects: Mapping[tuple[str, int], str]) -> str:
    """A progress note's change: "update of 12 Nov 2026 removed" (an added note undone),
    "… added", "… text “Mt the team” → “Met the team”" (corrected)."""
    what = subjects.get((UPDATE_OF, c.entity_id), "update")
    if c.field == "archived":
        return f"{what} {'removed' if c.after else 'added'}"
    return f"{what} {field_change(c.field, c.before, c.after)}"  # text “old” → “new”


def undo_words(entry: HistoryEntry, subjects: Mapping[tuple[str, int], str]) -> str:
    """What undoing ``entry`` restores, newest change first, in the direction it goes."""
    if entry.label.startswith("import ") and (said := _import_undone(entry)):
        return said
    if entry.label.startswith(REPLY_LABEL):
        return f"the {plain(entry.label, True)}: {reply_undone(entry, subjects, done=True)}"
    if refs := brought_back(entry, subjects):
        return f"{refs}: archive undone"  # "restored" said nothing of what was undone
    return changes_words(reversed_changes(entry.changes), subjects)


def brought_back(entry: HistoryEntry, subjects: Mapping[tuple[str, int], str]) -> str:
    """The actions that undoing ``entry`` brings back, "2.4" ("2.4, 2.5"), when that is
    all it does (the undo of an archiving); else ""."""
    changes = entry.changes
    if not changes or any(
        c.entity != "action" or c.field != "archived" or not c.after for c in changes
    ):
        return ""
    return ", ".join(_subject(c, subjects) for c in changes)


def undo_question(entry: HistoryEntry, subjects: Mapping[tuple[str, int], str]) -> str:
    """What an undo asked for would do, in the confirm: "It brings back 2.4 (archived by
    mistake?)", else "It restores 2.1: status Done → In progress"."""
    if refs := brought_back(entry, subjects):
        return f"It brings back {refs} (archived by mistake?)"
    if entry.label.startswith(REPLY_LABEL):
        return f"It {reply_undone(entry, subjects, done=False)}."
    return f"It restores {undo_words(entry, subjects)}"


_PLURALS = {"status": "statuses", "RAG rating": "RAG ratings", "due date": "due dates"}


def reply_undone(entry: HistoryEntry, subjects: Mapping[tuple[str, int], str], done: bool) -> str:
    """A merged reply undone, as a user counts it: "removes 3 updates and restores 1
    status and 1 due date (26 CYB 05, 26 CYB 01)"; ``done``: "3 updates removed, …".
    Said change by change it read "reply on 26 CYB 04: archived; 26 CYB 04: update of
    2 Dec 2026 removed; …", naming our bookkeeping row beside the lead's words."""
    added = sum(
        c.entity == "update" and c.field == "archived" and bool(c.before) for c in entry.changes
    )
    fields = Counter(
        "status" if c.field == "status" else "RAG rating" if c.field == "rag" else "due date"
        for c in entry.changes
        if c.entity == "action" and c.field in ("status", "rag", "due")
    )
    removed = [_count(added, "update")] if added else []
    restored = [_and([_count(n, noun) for noun, n in fields.items()])] if fields else []
    refs = list(dict.fromkeys(_subject(c, subjects) for c in entry.changes if c.entity != "reply"))
    parts = [f"{x} removed" if done else f"removes {x}" for x in removed]
    parts += [f"{x} restored" if done else f"restores {x}" for x in restored]
    said = " and ".join(parts) or ("nothing changed" if done else "changes nothing")
    return f"{said} ({', '.join(refs)})" if refs else said


def _count(n: int, noun: str) -> str:
    return f"{n} {noun if n == 1 else _PLURALS.get(noun, noun + 's')}"


def _and(items: list[str]) -> str:
    """ "1 status, 1 RAG rating and 1 due date"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def _import_undone(entry: HistoryEntry) -> str | None:
    """An import undone, in one line: what it had created is archived again. Said
    change by change it read "3.2: archived; 3.1: archived; recommendation 3:
    archived; and 9 more"."""
    created = Counter(
        c.entity for c in entry.changes if c.field == "archived" and c.before and not c.after
    )
    if not created:
        return None  # next month's file merged into a plan: its changes say it best
    parts = ["the plan"] if created["plan"] else []
    for entity in ("recommendation", "action", "update"):
        if n := created[entity]:
            parts.append(f"{n} {entity}{'' if n == 1 else 's'}")
    others = len(entry.changes) - sum(created.values())
    rest = f", {others} other change{'' if others == 1 else 's'} undone" if others else ""
    again = "importing the file again brings it back"
    return f"{plain(entry.label, True)}: {', '.join(parts)} archived{rest}; {again}"


def when_words(at: str) -> str:
    """ "14:05 on 2 Dec 2026" for a history timestamp (UTC, as recorded)."""
    try:
        moment = dt.datetime.fromisoformat(at)
    except ValueError:
        return at
    return f"{moment:%H:%M} on {day(moment.date())}"


def glued_on(old: str, new: str, straight_on: bool = False) -> bool:
    """Was ``new`` made by typing letters straight onto the end of ``old``'s last word?
    An edit that adds words starts them with a space or a mark; a stray word does not.
    ``straight_on``: the letters were all the editor got since it opened ("e" of
    "escalate" opened it, "scalate" ran on), so they are asked about after a mark too
    ("…authorisation.scalate"): most texts end in a full stop."""
    return (
        len(new) > len(old) > 0
        and new.startswith(old)
        and (old[-1].isalnum() or straight_on)
        and new[len(old)].isalnum()
    )
