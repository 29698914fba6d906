"""A plan's progress log: dated news kept apart from the action table, by action ref.

A plan may keep its actions' news out of the action table, in a later table of its
own (a Word plan's closing "Progress log" table) or on a sheet of its own: a row per
entry, the action's ref, the day and the news ("1.1" | "09/10/2026" | "Feedback
turnaround policy approved by Senate."). Each entry naming one of the plan's actions
is that action's update, dated by its date cell. A row naming no action (a ref the
plan does not have, or one that several actions share) stays in the plan's notes.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from importers.assign import header_roles
from importers.columns import words
from importers.counted import full_day
from importers.read import Grid, Sheet
from store.docs import ActionDoc, PlanDoc, UpdateDoc

_HEADER_ROWS = 5  # a log's header is among its first rows, under a title at most
# A ref header of these numbers the document's versions, never actions
_VERSION_WORDS = {"version", "ver", "rev", "revision"}
_NUMBER_WORDS = {"no", "number", "num", "nr"}


@dataclass(frozen=True)
class Entry:
    """One row of the log: the ref it names, its day and its news."""

    row: int  # index in the sheet's grid
    ref: str
    update: UpdateDoc


@dataclass(frozen=True)
class ProgressLog:
    """A sheet (or a Word plan's table of another width) read as a log of dated news."""

    sheet: Sheet
    entries: list[Entry]

    def applied(self, plan: PlanDoc) -> PlanDoc:
        """The plan with each entry an update of the action it names, the rest of the
        log kept in the notes; the plan unchanged when under half the entries name an
        action of it (the table is something else: a version log numbered "1.1")."""
        actions = _actions_by_ref(plan)
        taken = self._taken(actions)
        if not taken:
            return plan
        news: dict[int, list[UpdateDoc]] = {}
        for entry in taken:
            news.setdefault(id(actions[entry.ref]), []).append(entry.update)
        recs = [
            rec.model_copy(
                update={
                    "actions": [
                        a.model_copy(update={"updates": [*a.updates, *news.get(id(a), [])]})
                        for a in rec.actions
                    ]
                }
            )
            for rec in plan.recommendations
        ]
        notes = self._notes(plan.notes, {e.row for e in taken})
        return plan.model_copy(update={"recommendations": recs, "notes": notes})

    def how(self, plan: PlanDoc) -> str:
        """What ``--explain`` says of the log (``plan`` as built, the log applied)."""
        taken = self._taken(_actions_by_ref(plan))
        if not taken:
            return (
                f"{self.sheet.name!r} reads like a progress log, but not all its rows name actions"
            )
        named = len({e.ref for e in taken})
        return (
            f"{self.sheet.name!r}: {len(taken)} rows read as updates of the {named} actions named"
        )

    def names_refs(self, refs: Collection[str]) -> bool:
        """Whether (nearly) every entry names one of the refs: a stray row in four at
        most, as a log's slip; more, and the table is something else (a version log
        numbered "1.0", "1.1", "1.2" beside actions "1.1" and "1.2")."""
        named = sum(e.ref in refs for e in self.entries)
        return 4 * named >= 3 * len(self.entries)

    def _taken(self, actions: dict[str, ActionDoc]) -> list[Entry]:
        """The entries naming an action, none unless (nearly) every entry does."""
        if not self.names_refs(actions):
            return []
        return [e for e in self.entries if e.ref in actions]

    def _notes(self, notes: str, taken: set[int]) -> str:
        """The notes with the log's rows that became updates taken out: a Word table of
        another width is already there as a note, and keeps its other rows; a sheet's
        other rows (its header, rows naming no action) are added."""
        kept = Sheet(self.sheet.name, [r for i, r in enumerate(self.sheet.grid) if i not in taken])
        whole, rest = self.sheet.as_note(), kept.as_note()
        if whole in notes:
            return notes.replace(whole, rest)
        return "\n".join(line for line in (notes, rest) if line)


def find_progress_log(sheets: list[Sheet]) -> ProgressLog | None:
    """The first sheet headed by a ref column, a news column and a column of days below
    ("Ref | Date | Update"), read as a log; None when no sheet is one."""
    return next((log for s in sheets if (log := _read_log(s)) is not None), None)


def log_columns(header: list[str]) -> tuple[int, list[int]] | None:
    """A progress log's header ("Ref | Date | Update"): its ref column and its news
    columns, one of which may be the date's ("Date of update"); None when the row names
    no ref and news, names an action (a plan's own header) or numbers the document's
    versions ("Version no. | Date | Comments")."""
    roles = header_roles([c.strip() for c in header], {})
    ref = next((c for c, r in roles.items() if r == "ref"), None)
    news = [c for c, r in sorted(roles.items()) if r == "update"]
    if ref is None or not news or {"action", "recommendation"} & set(roles.values()):
        return None
    return None if _numbers_versions(header[ref]) else (ref, news)


def _numbers_versions(header: str) -> bool:
    """A ref header numbering the document's versions: "Version no.", "Rev", "Issue no."."""
    said = set(words(header))
    return bool(_VERSION_WORDS & said) or ("issue" in said and bool(_NUMBER_WORDS & said))


def read_log(grid: Grid, name: str = "") -> ProgressLog | None:
    """The table read as a progress log: its dated entries; None when it is none."""
    return _read_log(Sheet(name, grid))


def _read_log(sheet: Sheet) -> ProgressLog | None:
    for index, row in enumerate(sheet.grid[:_HEADER_ROWS]):
        if (columns := log_columns(row)) is None:
            continue
        ref, news = columns
        below = [
            (i, r) for i, r in enumerate(sheet.grid) if i > index and any(c.strip() for c in r)
        ]
        for day in _day_columns(below, {ref}):
            column = next((c for c in reversed(news) if c != day), None)
            if column is not None:
                entries = [e for i, r in below if (e := _entry(i, r, ref, day, column))]
                return ProgressLog(sheet, entries) if entries else None
    return None


def _day_columns(rows: list[tuple[int, list[str]]], not_these: set[int]) -> list[int]:
    """The columns whose cells below the header are days on most rows."""
    width = max((len(r) for _, r in rows), default=0)
    return [
        c
        for c in range(width)
        if c not in not_these
        and 2 * sum(_day(_cell(r, c)) is not None for _, r in rows) > len(rows)
    ]


def _entry(index: int, row: list[str], ref: int, day: int, news: int) -> Entry | None:
    """The row as an entry: a ref, a day and the news, and no other cell (whose words
    an update would lose)."""
    filled = {c for c, cell in enumerate(row) if cell.strip()}
    date = _day(_cell(row, day))
    if filled != {ref, day, news} or date is None:
        return None
    return Entry(
        index, _cell(row, ref).strip(), UpdateDoc(date=date, text=_cell(row, news).strip())
    )


def _day(cell: str) -> dt.date | None:
    """The day a cell gives, a full date; None for a month, a quarter or no date."""
    return full_day(cell.strip()) if cell.strip() else None


def _cell(row: list[str], col: int) -> str:
    return row[col] if col < len(row) else ""


def _actions_by_ref(plan: PlanDoc) -> dict[str, ActionDoc]:
    """The plan's actions by their ref, and by the ref as the plan wrote it where that
    differs; a ref that several actions share names none of them."""
    refs = [
        (ref, action)
        for rec in plan.recommendations
        for action in rec.actions
        for ref in {action.ref, action.fields.get("Ref (as written)", action.ref)}
    ]
    count = Counter(ref for ref, _ in refs)
    return {ref: action for ref, action in refs if count[ref] == 1}
