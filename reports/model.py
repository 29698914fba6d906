"""Everything a committee report shows, gathered from the store in one pass."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from reports.as_written import WRITTEN, committee_fields, says_again
from reports.changes import Changes, change_log
from reports.dated import date_prefix as date_prefix  # where every report finds it
from store import Store, dashboard
from store.docs import UpdateDoc, latest_progress
from store.models import (
    CLOSED_STATUSES,
    STATUS_LABELS,
    ActionQuery,
    ActionRow,
    CountRow,
    PlanInfo,
    RecommendationRow,
)
from store.text import writable
from store.wording import day, days_words, rag_word, repeats_the_baseline, shown_rag, slip_days

Progress = Callable[[int, int], None]


def cell_lines(text: str) -> list[str]:
    """A text's lines as a paper's table cell shows them, one break each: a blank
    line between paragraphs ("supplier\\n\\nfor a fix") is one break too, as a table
    cell has no room for an empty line, and "\\r\\n" is one line end, not two; so is a
    vertical tab or form feed pasted from Word, and what XML cannot hold is dropped
    (``writable``): a paper is read on a screen or printed, never imported again."""
    return [line for line in writable(text).split("\n") if line.strip()]


@dataclass
class ActionLine:
    """An action with its latest update and extra fields (without the wording of a
    rating it no longer holds: ``reports.as_written``)."""

    row: ActionRow
    fields: dict[str, str]
    updates: list[UpdateDoc]
    redating_reason: str = ""  # why its deadline last moved, as the person who moved it said
    brag: bool = False  # its plan rates in BRAG: done is Blue (``store.wording.shown_rag``)
    first_dating: str = ""  # why it was given its first date, as the person who dated it said

    @property
    def rag(self) -> str | None:
        """The rating the papers print and colour: Blue for a done action of a BRAG
        plan, none for a dropped one, else its RAG."""
        return shown_rag(self.row.status, self.row.rag, self.brag)

    @property
    def first_dated(self) -> str:
        """ "first dated 31 Mar 2027 — <reason>" for an action that had no date and was
        given one with a reason (``Store.first_datings``), else "": the reason is no
        progress (``latest``) and a first date no slip (no Why of its own), so the papers
        say it here, as a first date, not a move."""
        if not self.first_dating.strip() or self.row.due is None:
            return ""
        return f"first dated {day(self.row.due)} — {' '.join(self.first_dating.split())}"

    @property
    def latest(self) -> UpdateDoc | None:
        """The latest progress update (``latest_progress``): a reason given for moving
        the deadline is said by the Why column and the changes, not here."""
        return latest_progress(self.updates)

    @property
    def field_lines(self) -> list[str]:
        """The plan's own columns kept with the action, each "Audit: Business
        continuity", as the paper prints them under the action's text; a rating
        cell that says only what the Status or RAG column says is left off, and so is a
        cell giving the baseline deadline the Due column shows (the workbook, CSV and
        JSON keep both)."""
        return [
            f"{name}: {value}"
            for name, value in self.fields.items()
            if value.strip()
            and not self._says_again(name, value)
            and not repeats_the_baseline(value, self.row.original_due)
        ]

    def _says_again(self, name: str, value: str) -> bool:
        return name.endswith(WRITTEN) and says_again(value, self.row.status, self.rag)

    @property
    def note_lines(self) -> list[str]:
        """What the paper prints under the action's text: that the plan's latest file no
        longer lists it ("Not in dec.xlsx imported 2 Dec 2026 (kept)"), why it was first
        dated ("first dated 31 Mar 2027 — …"), then its fields."""
        return [*missing_words(self.row), *filter(None, [self.first_dated]), *self.field_lines]


@dataclass
class RecSection:
    """A recommendation and its actions."""

    rec: RecommendationRow
    actions: list[ActionLine] = field(default_factory=list)

    @property
    def percent(self) -> int:
        """Share of actions done, rounded, the dropped left out (0 when all were)."""
        return self.rec.percent or 0


@dataclass
class PlanReport:
    """One plan's report."""

    plan: PlanInfo
    today: dt.date
    statuses: list[CountRow]
    rags: list[CountRow]
    sections: list[RecSection]
    changes: Changes | None

    @property
    def exceptions(self) -> list[ActionLine]:
        """Overdue, slipped, blocked or red open actions, in plan order."""
        return [a for s in self.sections for a in s.actions if exception_reasons(a.row, self.today)]

    @property
    def overdue(self) -> int:
        """How many actions are overdue."""
        return sum(s.rec.overdue for s in self.sections)

    @property
    def missing(self) -> int:
        """How many actions the plan's latest file no longer lists (kept, and counted
        apart: a board should not read them as ordinary)."""
        return sum(bool(a.row.missing_from) for s in self.sections for a in s.actions)


MISSING_WORDS = "not in the latest file (kept)"  # the summaries' count of them
MISSING_LABEL = MISSING_WORDS.capitalize()


def missing_words(row: ActionRow) -> list[str]:
    """ "Not in dec.xlsx imported 2 Dec 2026 (kept)", or nothing."""
    note = row.missing_from
    return [f"{note[:1].upper()}{note[1:]} (kept)"] if note else []


def build_report(
    store: Store, plan_title: str | None, since: dt.date | None, progress: Progress | None = None
) -> list[PlanReport]:
    """The report of one plan, or of every plan."""
    plans = [store.plan_by_title(plan_title)] if plan_title else store.plans()
    return [_plan_report(store, plan, since, progress) for plan in plans]


def _plan_report(
    store: Store, plan: PlanInfo, since: dt.date | None, progress: Progress | None
) -> PlanReport:
    sections = {r.id: RecSection(r) for r in store.recommendations(plan.id)}
    brag = store.rates_blue(plan.id)
    rows = list(store.iter_actions(ActionQuery(plan_id=plan.id)))
    for start in range(0, len(rows), 1000):
        chunk = rows[start : start + 1000]
        extras = store.extras([r.id for r in chunk])
        imported = store.imported_ratings([r.id for r in chunk])
        reasons = store.redating_reasons([r.id for r in chunk if r.slipped])
        firsts = store.first_datings([r.id for r in chunk if r.due and not r.due_moves])
        for row in chunk:
            fields, updates = extras.get(row.id, ({}, []))
            now = {"status": row.status, "rag": row.rag}
            fields = committee_fields(fields, now, imported.get(row.id, {}))
            reason, first = reasons.get(row.id, ""), firsts.get(row.id, "")
            line = ActionLine(row, fields, updates, reason, brag, first_dating=first)
            sections[row.recommendation_id].actions.append(line)
        if progress:
            progress(start + len(chunk), len(rows))
    by_id = {r.id: r for r in rows}
    return PlanReport(
        plan=plan,
        today=store.today(),
        statuses=dashboard.status_counts(store, plan.id),
        rags=rated(dashboard.rag_counts(store, plan.id, brag)),
        sections=list(sections.values()),
        changes=change_log(store, plan.id, since, by_id) if since else None,
    )


def rated(rags: list[CountRow]) -> list[CountRow]:
    """The RAG counts a summary prints: none where no action has a rating (a tracker
    with no RAG column), not a row "RAG none" holding every action."""
    return rags if any(c.count for c in rags if c.label != "none") else []


def shares(counts: list[int]) -> list[int]:
    """Each count's whole-number percentage of their sum: equal counts always the same
    share (a committee asks why one action is 17% and another 16%), adding to 100
    where ties allow. Each is rounded down, then the largest remainders rounded up, a
    count's equals all together; when a tied group does not fit in what is left to
    reach 100, it and every smaller remainder round to the nearest (1, 1 and 1 of 6
    beside 3 are 17% each, adding to 101; 2, 1, 3 and 3 of 9 are 22, 11, 33 and 33,
    adding to 99). All zeros with nothing counted."""
    total = sum(counts)
    if not total:
        return [0] * len(counts)
    exact = {n: 100 * n / total for n in counts}
    rounded = {n: int(x) for n, x in exact.items()}
    left = 100 - sum(rounded[n] for n in counts)
    inexact = [n for n in rounded if exact[n] > rounded[n]]
    by_remainder = sorted(inexact, key=lambda n: rounded[n] - exact[n])
    for place, n in enumerate(by_remainder):
        ties = counts.count(n)
        if not left:  # 100 reached: the smaller remainders stay rounded down
            break
        if ties > left:  # a tie cannot all round up: it and the rest round to the nearest
            for rest in by_remainder[place:]:
                rounded[rest] = int(exact[rest] + 0.5)
            break
        rounded[n] += 1
        left -= ties
    return [rounded[n] for n in counts]


def summary_rows(r: PlanReport) -> list[tuple[str, int, int]]:
    """The summary a paper prints: each status, each RAG rating (none when the plan has
    no RAG), the overdue, the missing, the total; each with its count and its share of
    the actions in whole percent, the statuses' shares adding to 100, the ratings' too.

    A dropped action (superseded) is out of every count and share, as it is out of each
    recommendation's share done ("0% (0/3; 1 dropped)"): the total is of the actions
    still counted, with the dropped said after it ("Total (1 dropped)"), so "Done 14%"
    is of the 37 actions a board still expects done, not of 38."""
    dropped = sum(c.count for c in r.statuses if c.label == "dropped")
    statuses = [c for c in r.statuses if c.label != "dropped"]
    total = sum(c.count for c in statuses)
    rows = [(STATUS_LABELS[c.label], c.count) for c in statuses]  # type: ignore[index]
    rows += [(f"RAG {rag_word(c.label)}", c.count) for c in r.rags]
    parts = [*shares([c.count for c in statuses]), *shares([c.count for c in r.rags])]
    subsets = [("Overdue", r.overdue)] + [(MISSING_LABEL, r.missing)] * bool(r.missing)
    parts += [round(100 * n / total) if total else 0 for _, n in subsets]
    rows += [*subsets, ("Total" + (f" ({dropped} dropped)" if dropped else ""), total)]
    parts.append(100 if total else 0)
    return [(label, n, share) for (label, n), share in zip(rows, parts, strict=True)]


def exception_reasons(row: ActionRow, today: dt.date, redating_reason: str = "") -> list[str]:
    """Why a board should look at an open action: "overdue by 24 days", "slipped +46 days",
    with the reason given when the date was moved ("slipped +95 days (awaiting the new
    finance system)"), "blocked", "red"; none for a closed one."""
    if row.status in CLOSED_STATUSES:
        return []
    reasons = []
    if row.overdue and row.due:
        reasons.append(f"overdue by {days_words((today - row.due).days)}")
    if row.slip_days and row.slip_days > 0:
        said = " ".join(redating_reason.split())
        reasons.append(f"slipped {slip_days(row.slip_days)}" + (f" ({said})" if said else ""))
    if row.status == "blocked":
        reasons.append("blocked")
    if row.rag == "red":
        reasons.append("red")
    return reasons
