"""The Markdown report: the same content as the HTML, readable as plain text."""

from __future__ import annotations

import re

from reports.model import MISSING_WORDS, ActionLine, PlanReport, cell_lines, date_prefix
from store.models import STATUS_LABELS
from store.wording import RAG_WORDS, due_under_date, due_words, long_day, people

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")
NO_EXCEPTIONS = "No actions are overdue, slipped, blocked or red."


def md(text: str) -> str:
    """User text as Markdown that renders exactly as written, on one table line: each
    line break one "<br>", as GitHub tables take it, a blank line no more than one."""
    return "<br>".join(_SPECIAL.sub(r"\\\1", line) for line in cell_lines(text))


def render(reports: list[PlanReport]) -> str:
    """The whole document."""
    return "\n\n".join(_plan(r) for r in reports) + "\n"


def _plan(r: PlanReport) -> str:
    out = [
        f"# {md(r.plan.title)}",
        "",
        f"Progress report, {long_day(r.today)}",
        "",
        "## Summary",
        "",
        f"**{r.overdue} overdue**",
        "",
    ]
    if r.missing:
        out += [f"**{r.missing} {MISSING_WORDS}**", ""]
    out += [f"- {STATUS_LABELS[c.label]}: {c.count}" for c in r.statuses]  # type: ignore[index]
    out += [f"- RAG {c.label}: {c.count}" for c in r.rags]
    out += ["", "| Ref | Recommendation | Complete | Overdue |", "|---|---|---|---|"]
    out += [
        f"| {md(s.rec.ref)} | {md(s.rec.text)} | {s.percent}% ({s.rec.done}/{s.rec.total})"
        f" | {s.rec.overdue} |"
        for s in r.sections
    ]
    out += ["", "## Exceptions", ""]
    out += _table(r.exceptions) if r.exceptions else [NO_EXCEPTIONS]
    if r.changes is not None:
        out += _changes(r)
    for s in r.sections:
        out += ["", f"## Recommendation {md(s.rec.ref)}", "", md(s.rec.text), ""]
        out += _table(s.actions) if s.actions else ["No actions."]
    return "\n".join(out)


def _changes(r: PlanReport) -> list[str]:
    c = r.changes
    assert c is not None
    lines = ["", f"## Changes since {long_day(c.since)}", ""]
    return lines + ([f"- {md(line.words())}" for line in c.lines] or ["No changes."])


def _table(lines: list[ActionLine]) -> list[str]:
    out = [
        "| Ref | Action | Leads | Responsible | Due | Status | RAG | Latest update |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for a in lines:
        row = a.row
        due = md(due_words(row))
        if row.overdue:
            due = f"**{due} (overdue)**"
        if wording := due_under_date(row):
            due += f"<br>{md(wording)}"  # under the date, as the HTML and Word papers show it
        latest = a.latest
        update = f"{date_prefix(latest)}{md(latest.text)}" if latest else ""
        named = f"{md(people(row.leads))} | {md(people(row.responsible))}"
        action = "<br>".join([md(row.text), *map(md, a.note_lines)])
        out.append(
            f"| {md(row.ref)} | {action} | {named} | {due} | "
            f"{STATUS_LABELS[row.status]} | {RAG_WORDS.get(row.rag or '', '–')} | {update} |"
        )
    return out
