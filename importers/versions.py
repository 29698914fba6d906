"""Monthly snapshots: sheets named by a month or a day that hold the same plan.

A tracker kept month by month copies last month's sheet ("Oct 26", "Nov 26",
"Dec 26") and writes the new position over it. The sheet names say which is
latest: that one is the plan; the earlier sheets are its history, each
month's update dated at the end of the month its sheet is named by.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from importers.assign import column_of
from importers.build import keep
from importers.dates import parse_deadline
from importers.locate import header_rows, row_of_layout, sheet_layout
from importers.read import Sheet
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc


@dataclass(frozen=True)
class Version:
    """One snapshot of the plan: its sheet and the day its name gives (a month's last)."""

    sheet: Sheet
    day: dt.date


def sheet_day(name: str) -> dt.date | None:
    """The day a sheet's name gives, a month as its last day: "Nov 26" → 30 Nov 2026.
    A year or a quarter names a period of planning more often than a snapshot."""
    found = parse_deadline(name)
    return found.due if found.precision in ("day", "month") else None


def dated_versions(sheets: list[Sheet], chosen: Sheet, index: int) -> list[Version]:
    """The snapshots of the chosen sheet's plan, oldest first: sheets named by a month
    or a day, with its header and at least half their rows' refs in common with it.
    Empty unless two or more (and the chosen sheet among them)."""
    if sheet_day(chosen.name) is None:
        return []
    span = header_rows(chosen.grid, index)[1]
    layout = sheet_layout(chosen.grid[index : index + span])
    refs = _refs(chosen.grid[index + span :])
    found = []
    for s in sheets:
        day = sheet_day(s.name)
        at = row_of_layout(s.grid, layout) if day else None
        if day and at is not None and _shared(refs, _refs(s.grid[at + span :])):
            found.append(Version(s, day))
    days = {v.day for v in found}
    if len(found) < 2 or len(days) < len(found):  # two sheets of one month: not a series
        return []
    return sorted(found, key=lambda v: v.day)


def _refs(rows: Iterable[list[str]]) -> set[str]:
    """Each table row's first cell: the ref (or the action, where a plan numbers none)."""
    out = set()
    for row in rows:
        cells = [c for c in row if c]
        if len(cells) >= 2:
            out.add(cells[0])
    return out


def _shared(ours: set[str], theirs: set[str]) -> bool:
    return bool(ours and theirs) and len(ours & theirs) * 2 >= min(len(ours), len(theirs))


def snapshots_reason(versions: list[Version]) -> str:
    names = ", ".join(repr(v.sheet.name) for v in versions)
    return f"the latest of {len(versions)} snapshots ({names}); the earlier ones its history"


def with_history(plan: PlanDoc, latest: Version, earlier: list[tuple[Version, PlanDoc]]) -> PlanDoc:
    """The latest snapshot's plan with each earlier snapshot's updates (dated by its
    sheet, the same words as the month before adding none), its cells that differ
    kept as fields named by its sheet, and its actions the latest no longer lists."""
    snapshots = [*earlier, (latest, plan)]
    keys = _identities([doc for _, doc in snapshots])
    later: dict[str, ActionDoc] = {}  # each action as the next snapshot has it
    history: dict[str, list[UpdateDoc]] = {}
    kept: dict[str, dict[str, str]] = {}
    gone: dict[str, tuple[str, ActionDoc, Version]] = {}  # absent from the latest: last seen
    for version, doc in reversed(snapshots):
        for rec in doc.recommendations:
            for action in rec.actions:
                key = keys[id(action)]
                if key in later and version is not latest:
                    changed = _differing(action, later[key], version, doc.notes)
                    kept.setdefault(key, {}).update(changed)
                elif version is not latest:
                    gone[key] = (rec.ref, action, version)
                later[key] = action
    for version, doc in snapshots:
        for rec in doc.recommendations:
            for action in rec.actions:
                _add_updates(history.setdefault(keys[id(action)], []), action, version)
    found = History(keys, history, kept)
    recs = [_rec_with_history(r, found) for r in plan.recommendations]
    recs = _with_gone(recs, gone, found, earlier)
    notes = _notes(plan.notes, [doc.notes for _, doc in earlier])
    return plan.model_copy(update={"recommendations": recs, "notes": notes})


@dataclass(frozen=True)
class History:
    """What the earlier snapshots add to each action, by the action's key."""

    keys: dict[int, str]  # id of each snapshot's action → the key of the action it is
    updates: dict[str, list[UpdateDoc]]
    fields: dict[str, dict[str, str]]


def _identities(docs: list[PlanDoc]) -> dict[int, str]:
    """Which action of each snapshot is which, latest first: the same words, else the
    same ref (a wording edited); an action neither matches is one of its own. Matching
    by ref alone would shift every history where a plan numbers its rows in order and
    a month inserts one."""
    keys: dict[int, str] = {}
    by_text: dict[str, str] = {}
    by_ref: dict[str, str] = {}
    taken: set[str] = set()
    for doc in reversed(docs):
        used: set[str] = set()
        for action in (a for r in doc.recommendations for a in r.actions):
            matches = (by_text.get(action.text), by_ref.get(action.ref))
            key = next((k for k in matches if k and k not in used), None)
            if key is None:
                key = _unused(action.ref, taken)
                taken.add(key)
            used.add(key)
            keys[id(action)] = by_text[action.text] = by_ref[action.ref] = key
    return keys


def _unused(ref: str, taken: set[str]) -> str:
    key, n = ref, 1
    while key in taken:
        n += 1
        key = f"{ref} ({n})"
    return key


def _add_updates(kept: list[UpdateDoc], action: ActionDoc, version: Version) -> None:
    for update in action.updates:
        if kept and kept[-1].text == update.text:
            continue  # last month's words copied forward: no news
        kept.append(update.model_copy(update={"date": update.date or version.day}))


def _differing(action: ActionDoc, newer: ActionDoc, version: Version, notes: str) -> dict[str, str]:
    """The cells of an earlier snapshot's action that the next snapshot changed. A
    row above the table ("Monthly position: October 2026") is kept once, in the notes."""
    out: dict[str, str] = {}
    sheet_wide = set(notes.split("\n"))
    if action.text != newer.text:
        out[f"Action ({version.sheet.name})"] = action.text
    if action.leads != newer.leads:
        out[f"Lead ({version.sheet.name})"] = ", ".join(action.leads)
    if action.due_text != newer.due_text:
        out[f"Deadline ({version.sheet.name})"] = action.due_text
    for name, value in action.fields.items():
        if newer.fields.get(name) != value and f"{name}: {value}" not in sheet_wide:
            out[f"{name} ({version.sheet.name})"] = value
    return out


def _rec_with_history(rec: RecommendationDoc, found: History) -> RecommendationDoc:
    actions = [_action_with_history(a, found) for a in rec.actions]
    return rec.model_copy(update={"actions": actions})


def _action_with_history(action: ActionDoc, found: History, last_seen: str = "") -> ActionDoc:
    key = found.keys[id(action)]
    fields = dict(action.fields)
    if last_seen:  # listed no longer: the sheet it was last on
        keep(fields, "Last listed", last_seen)
    for name, value in found.fields.get(key, {}).items():
        keep(fields, name, value)
    return action.model_copy(update={"updates": found.updates.get(key, []), "fields": fields})


def _with_gone(
    recs: list[RecommendationDoc],
    gone: dict[str, tuple[str, ActionDoc, Version]],
    found: History,
    earlier: list[tuple[Version, PlanDoc]],
) -> list[RecommendationDoc]:
    """Actions only earlier snapshots list: kept, under their recommendation."""
    by_ref = {r.ref: r for r in recs}
    for rec_ref, last, version in gone.values():
        action = _action_with_history(last, found, version.sheet.name)
        rec = by_ref.get(rec_ref) or _earlier_rec(rec_ref, earlier)
        by_ref[rec_ref] = rec.model_copy(update={"actions": [*rec.actions, action]})
    order = [r.ref for r in recs] + [r for r in by_ref if r not in {x.ref for x in recs}]
    return [by_ref[r] for r in order]


def _earlier_rec(ref: str, earlier: list[tuple[Version, PlanDoc]]) -> RecommendationDoc:
    for _, doc in reversed(earlier):
        for rec in doc.recommendations:
            if rec.ref == ref:
                return rec.model_copy(update={"actions": []})
    return RecommendationDoc(ref=ref)


def _notes(latest: str, earlier: list[str]) -> str:
    """The latest notes, then each earlier line they do not hold ("Monthly position: …")."""
    lines = latest.split("\n") if latest else []
    for notes in earlier:
        lines += [line for line in notes.split("\n") if line and line not in lines]
    return "\n".join(lines)


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
# A review's period as a header names it: a month, a quarter ("Q2"), a school's term or
# half term ("Autumn", "Term 2", "HT1", "Half term 3"), as a plan rated once a month,
# a quarter or a half term writes it beside the rating ("RAG Oct", "RAG Q2", "RAG HT1")
_TERMS = r"q[1-4]|ht\s?[1-6]|(?:half[\s-]?)?term\s?[1-6]|autumn|spring|summer"
_PERIOD = re.compile(rf"\b(?:{_MONTHS}|{_TERMS})\b", re.IGNORECASE)
_PERIOD_WORDS = re.compile(rf"\b(?:{_MONTHS}|{_TERMS}|half|term)\b|\d+|[/.\-–:]", re.IGNORECASE)
_MONTHLY_ROLES = ("rag", "status")  # a rating per month; a deadline per month is no such thing
_AS_FIELDS = (None, "extra", "rag", "status")  # roles a later month's column may have been given


def monthly_columns(headers: list[str], roles: dict[int, str]) -> dict[str, list[int]]:
    """RAG or status columns written once a month ("RAG Oct", "RAG Nov", "RAG Dec") or a
    review period ("RAG HT1", "RAG HT2"): the column given the role and the others headed
    by the same words and another period, oldest first. None unless two periods or more."""
    out: dict[str, list[int]] = {}
    for kind in _MONTHLY_ROLES:
        first = column_of(roles, kind)
        if first is None or not _names_a_period(headers[first]):
            continue
        words = _undated(headers[first])
        alike = [
            c
            for c, h in enumerate(headers)
            if roles.get(c) in _AS_FIELDS and _undated(h) == words and _names_a_period(h)
        ]
        if len({headers[c].casefold() for c in alike}) >= 2:
            out[kind] = _in_time_order(alike, headers)
    return out


def _names_a_period(header: str) -> bool:
    return sheet_day(header) is not None or _PERIOD.search(header) is not None


def _in_time_order(columns: list[int], headers: list[str]) -> list[int]:
    """By the dates the headers give; a month written without its year ("RAG Jan" after
    "RAG Dec") cannot be placed but by where it stands: left to right, as plans write."""
    days = [sheet_day(headers[c]) for c in columns]
    if all(days):
        return [c for _, c in sorted(zip(days, columns, strict=True))]
    return columns


def _undated(header: str) -> str:
    """A header's words without its period or day: "RAG Oct 26", "RAG HT1" → "rag"."""
    return " ".join(_PERIOD_WORDS.sub(" ", header).casefold().split())
