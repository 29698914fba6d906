"""Running an import against a store and describing what it did, for CLI and TUI."""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from importers import ImportOptions, ImportResult, load
from importers.explain import counted
from store.models import ImportReport

if TYPE_CHECKING:
    from store import Store
    from store.bulk import PlanStream
    from store.docs import PlanDoc

Progress = Callable[[int, int], None]


def import_files(
    store: Store,
    paths: Sequence[Path],
    options: ImportOptions,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> tuple[list[ImportResult], list[ImportReport]]:
    """Read every file, then merge all their plans in one transaction."""
    results = load_all(paths, options, progress)
    return results, merge_all(store, results, dry_run, progress)


def load_all(
    paths: Sequence[Path], options: ImportOptions, progress: Progress | None = None
) -> list[ImportResult]:
    """Read every file (no database needed: a bad file fails before one is opened).

    A large CSV is checked whole now, and read again as the store writes it.
    """
    return [load(path, options, progress, stream=True) for path in paths]


def merge_all(
    store: Store,
    results: list[ImportResult],
    dry_run: bool = False,
    progress: Progress | None = None,
) -> list[ImportReport]:
    """Merge what ``load_all`` read, all of it in one transaction."""
    docs: list[PlanDoc | PlanStream] = []
    sources: list[str] = []  # each document's own history batch: the file it came from
    for result in results:
        read: list[PlanDoc | PlanStream] = [*result.plans, *result.streams]
        docs += read
        sources += [f"import {result.source}"] * len(read)
    label = "import " + ", ".join(result.source for result in results)
    aliases = {k: v for result in results for k, v in result.aliases.items()}
    existing = [(p.id, p.title) for p in store.plans(counts=False)]
    reports = store.merge_plans(
        docs, label, progress=progress, dry_run=dry_run, aliases=aliases, sources=sources
    )
    for report, source in zip(reports, sources, strict=False):
        if report.plan_created and (similar := similar_plan(report.plan_title, existing)):
            number, title = similar
            file_name = source.removeprefix("import ")
            # quoted for the shell: "étude plan.csv" pasted unquoted is two file names
            report.changes.append(
                f"a plan with a similar title exists: plan {number} {title!r}"
                f" — to update it: actionplan import {shlex.quote(file_name)} --plan {number}"
            )
    return reports


def similar_plan(title: str, existing: list[tuple[int, str]]) -> tuple[int, str] | None:
    """An existing plan titled as this new one once their dates are taken out: next
    month's file ("… as at November 2026") of a plan imported from October's. Said,
    never merged: a similar title may be another plan."""
    from importers.dates import without_dates

    words = without_dates(title)
    if not words:
        return None
    return next(((n, t) for n, t in existing if t != title and without_dates(t) == words), None)


@dataclass(frozen=True)
class NextMonth:
    """A stored plan that a file the import would make a new plan of is the next copy of."""

    number: int
    title: str
    why: str  # "its title but for its dates", "3 of the file's 3 actions are that plan's, …"


def next_months_plan(store: Store, plan: PlanDoc) -> NextMonth | None:
    """The stored plan ``plan`` (one the import would create) is next month's copy of:
    titled as it once the dates are taken out, or holding more than half of its actions,
    ref and text alike (a file with no title row, or retitled). Asked about, never merged
    unasked: the command line hints ``--plan``, the workbench offers the merge."""
    existing = [(p.id, p.title) for p in store.plans(counts=False)]
    if any(title.lower() == plan.title.lower() for _, title in existing):
        return None  # merged into that plan by its title as it is
    if (similar := similar_plan(plan.title, existing)) is not None:
        return NextMonth(*similar, "its title but for its dates")
    ours = {_ref_and_text(a.ref, a.text) for r in plan.recommendations for a in r.actions}
    found = max(((len(ours & _stored_actions(store, n)), n, t) for n, t in existing), default=None)
    if found is None or found[0] * 2 <= len(ours):
        return None
    same, number, title = found
    why = f"{same} of the file's {len(ours)} actions are that plan's, ref and text alike"
    return NextMonth(number, title, why)


def _stored_actions(store: Store, plan_id: int) -> set[tuple[str, str]]:
    from store.models import ActionQuery

    query = ActionQuery(plan_id=plan_id, include_archived=True)
    return {_ref_and_text(a.ref, a.text) for a in store.iter_actions(query)}


def _ref_and_text(ref: str, text: str) -> tuple[str, str]:
    """An action as two copies of a plan both word it: case and spacing aside."""
    return " ".join(ref.casefold().split()), " ".join(text.casefold().split())


def summary(results: list[ImportResult], reports: list[ImportReport], dry_run: bool) -> list[str]:
    """What an import did (or would do), one fact per line."""
    lines: list[str] = []
    for result in results:
        lines.append(f"{result.source}:")
        if result.read_as:
            lines.append(f"  {result.read_as}")
        if result.sheet:
            lines.append(f"  sheet: {result.sheet}")
        if result.profile:
            lines.append(f"  {result.profile}")
        if result.mapping:
            columns = "; ".join(f"{column!r} -> {field}" for column, field in result.mapping)
            lines.append(f"  columns: {columns}")
        lines += [f"  warning: {w}" for w in result.warnings]
    for report in reports:
        lines += _report_lines(report, dry_run)
    return lines


def _report_lines(report: ImportReport, dry_run: bool) -> list[str]:
    verb = "would import" if dry_run else "imported"
    state = "new plan" if report.plan_created else "existing plan"
    lines = [
        f"{verb} {report.plan_title!r} ({state})",
        f"  recommendations: {report.recommendations_created} created, "
        f"{report.recommendations_changed} changed",
        f"  actions: {report.actions_created} created, {report.actions_changed} changed"
        + ("" if report.plan_created else f", {report.actions_missing} missing (kept)"),
        f"  updates: {report.updates_created} created",
        f"  people: {report.people_created} created",
    ]
    lines += [f"  {line}" for line in report.changes]
    if dry_run:
        lines.append("  dry run: nothing was written")
    return lines


def merge_words(store: Store, plans: Sequence[PlanDoc]) -> list[str]:
    """For each plan that would merge into one already stored (a file imported again),
    what ``import --dry-run`` counts of it: "Merges into plan 3 ('Eastwold …'): 0 new
    actions, 2 changed, 1 new update". None for new plans, nor when the
    store cannot be written (a dry run writes, then rolls back)."""
    from store.errors import StoreError

    stored = {plan.title.lower() for plan in store.plans(counts=False)}
    if not any(doc.title.lower() in stored for doc in plans):
        return []  # all new: no dry run (a whole import, then rolled back) is needed
    try:
        reports = store.merge_plans(list(plans), "import (dry run)", dry_run=True)
        numbers = [store.plan_by_title(r.plan_title).id for r in reports if not r.plan_created]
    except StoreError:
        return []
    merging = [r for r in reports if not r.plan_created]
    return [_merge_line(report, number) for report, number in zip(merging, numbers, strict=True)]


def _merge_line(report: ImportReport, number: int) -> str:
    missing = f", {report.actions_missing} missing (kept)" if report.actions_missing else ""
    return (
        f"Merges into plan {number} ({report.plan_title!r}): "
        f"{counted(report.actions_created, 'new action')}, {report.actions_changed} changed"
        f"{missing}, {counted(report.updates_created, 'new update')}"
    )
