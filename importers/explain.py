"""``actionplan import FILE --explain``: each stage's result, in words a user can check.

What sheet and header row were chosen, the role of every column and the
evidence for it, how recommendations were found, the first few as they would
import, and every decision the importer was unsure of. A user who disagrees
corrects it with ``--map COLUMN=FIELD``, ``--header-row N`` or ``--sheet``.
"""

from __future__ import annotations

from pathlib import Path

from importers import ImportOptions, Stages, load, stages
from importers.locate import Located
from store.docs import ActionDoc, PlanDoc
from store.wording import day

SHOW_RECOMMENDATIONS = 3
SHOW_ACTIONS = 3


def explain_file(path: Path, options: ImportOptions) -> list[str]:
    """What importing this file would do, stage by stage; writes nothing."""
    result = load(path, options)  # every check an import makes, and its one-line failure
    if not result.mapping:  # our own JSON or CSV export: read as it is, nothing inferred
        plans = "; ".join(f"{p.title!r}: {counts(p)}" for p in result.plans)
        lines = [f"{result.source}: an actionplan export, read as written ({plans})"]
    else:
        lines = explain(stages(path, options))
    if result.read_as:
        lines.insert(1, f"  {result.read_as}")
    return lines


def explain(stages: Stages) -> list[str]:
    """The lines ``--explain`` prints for one file."""
    located = stages.located
    return [
        f"{stages.source}:",
        f"  sheet: {located.sheet!r} ({located.sheet_reason})",
        *([f"  read: {stages.sheet.how}"] if stages.sheet.how else []),
        _header(stages),
        *([f"  {stages.profile.message()}"] if stages.profile else []),
        f"  rows: {_row_counts(located)}{_split_into_steps(stages)}",
        "  columns:",
        *_columns(stages),
        f"  recommendations: {stages.grouping.how}",
        *([f"  progress log: {stages.log.how(stages.plan)}"] if stages.log else []),
        *([f"  follow-ups: {stages.follow_ups.how()}"] if stages.follow_ups else []),
        *([f"  rows per person: {stages.per_person.how()}"] if stages.per_person else []),
        *([f"  merged rows: {stages.merged_rows.how()}"] if stages.merged_rows else []),
        *_preview(stages.plan),
        *_counted_from(stages),
        f"  counts: {counts(stages.plan)}",
        *_unsure(stages),
    ]


def _header(stages: Stages) -> str:
    located = stages.located
    if located.form_items:
        return f"  header: none, a form of {located.form_items} items (its labels name the columns)"
    where = stages.sheet.where(located.header_index)
    return f"  header: {where}" + (f" ({located.header_reason})" if located.header_reason else "")


def _counted_from(stages: Stages) -> list[str]:
    """The days "Within 28 days" counts from, as the rows above the table date them."""
    events = stages.context.events
    if not events:
        return []
    days = ", ".join(f"{event} {day.day} {day:%b %Y}" for event, day in events.items())
    return [f"  'Within 28 days' and the like count from: {days}"]


def counts(plan: PlanDoc) -> str:
    """ "N recommendations · M actions · K updates"."""
    recs = len(plan.recommendations)
    actions = [a for r in plan.recommendations for a in r.actions]
    updates = sum(len(a.updates) for a in actions)
    parts = (counted(recs, "recommendation"), counted(len(actions), "action"))
    return " · ".join((*parts, counted(updates, "update")))


def counted(count: int, noun: str) -> str:
    """ "1 action", "2 actions"."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


_ROW_KINDS = {
    "title": ("title row", "title rows"),
    "header": ("header row", "header rows"),
    "banner": ("heading row", "heading rows"),
    "data": ("action row", "action rows"),
    "folder": ("folder row", "folder rows"),
    "progress": ("progress row under an action", "progress rows under actions"),
    "note": ("note row below the table", "note rows below the table"),
}


def _row_counts(located: Located) -> str:
    counted = [(len(located.of_kind(kind)), nouns) for kind, nouns in _ROW_KINDS.items()]
    return ", ".join(f"{n} {nouns[n != 1]}" for n, nouns in counted if n)


def _split_into_steps(stages: Stages) -> str:
    """ ", 11 actions: 2 rows split into numbered steps": a row whose reply lists numbered
    steps, each with its owner, makes an action a step, so the rows read are not the
    actions the import makes. Nothing where no row was split."""
    rows = [row for g in stages.grouping.groups for row in g.rows]
    split = {(row.line.sheet, row.line.number) for row in rows if row.step}
    if not split:
        return ""
    made = counted(sum(len(r.actions) for r in stages.plan.recommendations), "action")
    return f", {made}: {counted(len(split), 'row')} split into numbered steps"


def _columns(stages: Stages) -> list[str]:
    roles = stages.assignment.roles
    lines = []
    for p in stages.profiles:
        role = roles.get(p.index)
        name = p.header or f"Column {p.index + 1}"
        if role is None or role == "extra":
            why = stages.assignment.evidence.get(p.index, p.summary())
            lines.append(f"    {name!r} -> extra, kept as a field ({why})")
        else:
            why = stages.assignment.evidence.get(p.index, "")
            lines.append(f"    {name!r} -> {role.replace('_', ' ')} ({why})")
    return lines


def _preview(plan: PlanDoc) -> list[str]:
    lines = []
    for rec in plan.recommendations[:SHOW_RECOMMENDATIONS]:
        lines.append(f"    {rec.ref}  {_short(rec.text) or '(no text)'}  [{len(rec.actions)}]")
        lines += [f"      {_action(a)}" for a in rec.actions[:SHOW_ACTIONS]]
        if len(rec.actions) > SHOW_ACTIONS:
            lines.append(f"      … {len(rec.actions) - SHOW_ACTIONS} more")
    more = len(plan.recommendations) - SHOW_RECOMMENDATIONS
    if more > 0:
        lines.append(f"    … {counted(more, 'more recommendation')}")
    return lines


def _action(a: ActionDoc) -> str:
    parts = [f"{a.ref}  {_short(a.text)}"]
    if a.leads:
        parts.append("lead " + ", ".join(a.leads))
    if a.due_text:
        due = day(a.due) if a.due else "no date"
        parts.append(f"due {due} ({_short(a.due_text, 30)!r})")
    parts.append(a.status.replace("_", " "))
    if a.rag:
        parts.append(a.rag.upper())
    if a.updates:
        parts.append(counted(len(a.updates), "update"))
    return " · ".join(parts)


def _short(text: str, width: int = 50) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _unsure(stages: Stages) -> list[str]:
    notes = [*stages.assignment.unsure, *stages.grouping.unsure, *stages.context.warnings]
    if not notes:
        return ["  unsure: nothing"]
    return ["  unsure:", *(f"    {n}" for n in notes)]
