"""An audit system's follow-up history: a row per follow-up of each recommendation.

An audit management system's follow-up report lists a recommendation once per
follow-up: its ID, wording and agreed action repeated on each row, the status, owner,
revised date and response as they stood at that follow-up, dated by it ("Rec ID" |
"Agreed action" | … | "Follow-up date" | "Status" | "Follow-up response"). Rows sharing
an ID and its wording, dated apart by the column dating the news, are one action's
history, read as monthly snapshots are: the latest row is the action; each earlier
row's response is an update dated by its day, and its cells a later follow-up changed
are kept as fields named by that day. A repeated ID with other words is two actions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from importers.build import keep
from importers.columns import dating_column, stem_dating_column
from importers.counted import full_day
from importers.locate import Line
from importers.read import Sheet
from importers.repeated_ids import cell as _cell
from importers.repeated_ids import id_and_wording, one_wording, repeated_ids, without_rows
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc


@dataclass(frozen=True)
class _Columns:
    """The columns a follow-up history is read by."""

    id: int
    texts: tuple[int, ...]
    news: int
    day: int


@dataclass(frozen=True)
class FollowUp:
    """One row of a history: its row number, its day and its cells."""

    number: int
    day: dt.date
    cells: list[str]


@dataclass(frozen=True)
class FollowUps:
    """The histories found: the sheet with each history's latest row alone, and every
    history's rows by ID, oldest first (the latest last)."""

    sheet: Sheet
    headers: list[str]
    columns: _Columns
    histories: dict[str, list[FollowUp]]

    def applied(self, plan: PlanDoc) -> PlanDoc:
        """The plan with each history's earlier follow-ups added to its action."""
        recs = [self._rec(rec) for rec in plan.recommendations]
        return plan.model_copy(update={"recommendations": recs})

    def how(self) -> str:
        """What ``--explain`` says of the histories."""
        rows = sum(len(h) - 1 for h in self.histories.values())
        id_header, day_header = self.headers[self.columns.id], self.headers[self.columns.day]
        return (
            f"{rows} earlier follow-up rows read as the history of {len(self.histories)}"
            f" actions (the same {id_header!r} and wording, dated apart by {day_header!r})"
        )

    def _rec(self, rec: RecommendationDoc) -> RecommendationDoc:
        alone = rec.actions[0] if len(rec.actions) == 1 else None
        actions = [self._action(a, rec.ref if a is alone else None) for a in rec.actions]
        return rec.model_copy(update={"actions": actions})

    def _action(self, action: ActionDoc, rec_ref: str | None) -> ActionDoc:
        """The action with its history, found by its ref as written (or, its ID read
        as the recommendation's, by that: one action under it)."""
        named = (action.ref, action.fields.get("Ref (as written)", ""), rec_ref or "")
        history = next((self.histories[n] for n in named if n in self.histories), None)
        if history is None:
            return action
        fields = dict(action.fields)
        for earlier, later in zip(history, history[1:], strict=False):
            for name, value in self._changed(earlier, later):
                keep(fields, name, value)
        news = [
            UpdateDoc(date=f.day, text=text)
            for f in history[:-1]
            if (text := _cell(f.cells, self.columns.news).strip())
        ]
        return action.model_copy(update={"fields": fields, "updates": [*news, *action.updates]})

    def _changed(self, earlier: FollowUp, later: FollowUp) -> list[tuple[str, str]]:
        """The cells of a follow-up the next one changed, each named by its header and
        the follow-up's day as written ("Action owner (14/08/2026)")."""
        day = _cell(earlier.cells, self.columns.day).strip()
        skip = {self.columns.news, self.columns.day}
        return [
            (f"{self.headers[c].strip() or f'Column {c + 1}'} ({day})", value)
            for c, value in enumerate(earlier.cells)
            if c not in skip and c < len(self.headers) and value.strip()
            if value.strip() != _cell(later.cells, c).strip()
        ]


def find_follow_ups(
    sheet: Sheet, lines: list[Line], roles: dict[int, str], headers: list[str]
) -> FollowUps | None:
    """The follow-up histories among the table's rows, or None where no two rows share
    an ID and its wording while the day of their news differs. A large CSV's sample
    (its rows read again one by one) is left as it is."""
    columns = _history_columns(roles, headers)
    if columns is None or sheet.numbers:
        return None
    histories = {
        ref: history
        for ref, rows in repeated_ids(lines, columns.id).items()
        if (history := _history(rows, columns)) is not None
    }
    if not histories:
        return None
    return FollowUps(_latest_rows(sheet, histories), headers, columns, histories)


def _history_columns(roles: dict[int, str], headers: list[str]) -> _Columns | None:
    """The ID, the wording, and a news column with the column of its day beside it."""
    id_texts = id_and_wording(roles)
    news = [c for c, r in sorted(roles.items()) if r == "update"]
    if id_texts is None:
        return None
    for col in news:
        day = dating_column(tuple(headers), col, len(news) == 1)
        if day is None:
            day = stem_dating_column(tuple(headers), col)
        if day is not None and roles.get(day, "extra") == "extra":
            return _Columns(*id_texts, col, day)
    return None


def _history(rows: list[Line], columns: _Columns) -> list[FollowUp] | None:
    """The rows as one action's follow-ups, oldest first: the same wording, each dated
    by a day of its own; None when they are not (two actions under one ID)."""
    days = [full_day(_cell(r.cells, columns.day)) for r in rows]
    if not one_wording(rows, columns.texts) or None in days or len(set(days)) < len(days):
        return None
    found = [FollowUp(r.number, d, r.cells) for r, d in zip(rows, days, strict=True) if d]
    return sorted(found, key=lambda f: f.day)


def _latest_rows(sheet: Sheet, histories: dict[str, list[FollowUp]]) -> Sheet:
    """The sheet without each history's earlier rows, every row kept numbered as in
    the file (warnings name the row the user finds)."""
    earlier = {f.number - 1 for history in histories.values() for f in history[:-1]}
    return without_rows(sheet, earlier)
