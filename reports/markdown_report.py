"""The Markdown report: the Word paper's content (``reports.paper``), readable as plain text."""

from __future__ import annotations

import re

from reports.model import PlanReport, cell_lines, summary_rows
from reports.paper import (
    EXCEPTION_COLUMNS,
    NO_EXCEPTIONS,
    PROGRESS_COLUMNS,
    SUMMARY_COLUMNS,
    action_cells,
    action_columns,
    exception_cells,
    missing_line,
    overdue_line,
    plan_blocks,
    plan_headings,
    progress_cells,
    rec_label,
    shares_note,
    title_lines,
)
from store.wording import long_day

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md(text: str) -> str:
    """User text as Markdown that renders exactly as written, on one table line: each
    line break one "<br>", as GitHub tables take it, a blank line no more than one."""
    return "<br>".join(_SPECIAL.sub(r"\\\1", line) for line in cell_lines(text))


def render(reports: list[PlanReport]) -> str:
    """The whole document."""
    return "\n\n".join(_plan(r) for r in reports) + "\n"


def _plan(r: PlanReport) -> str:
    out = [f"# {md(r.plan.title)}", ""]
    for line in title_lines(r):
        out += [md(line), ""]
    for block in plan_blocks(r):  # a table kept in the notes as a Markdown table
        if isinstance(block, str):
            out += [md(block), ""]
        else:
            out += [*_grid(tuple(block[0]), [[md(c) for c in row] for row in block[1:]]), ""]
    out += ["## Summary", "", f"**{overdue_line(r)}**", ""]
    if missing_line(r):
        out += [f"**{missing_line(r)}**", ""]
    summary = [[md(label), str(n), f"{share}%"] for label, n, share in summary_rows(r)]
    out += _grid(SUMMARY_COLUMNS, summary, numbers=2)
    if shares_note(r):
        out += ["", md(shares_note(r))]
    out += [""]
    out += _grid(PROGRESS_COLUMNS, [[md(c) for c in progress_cells(s)] for s in r.sections])
    out += ["", "## Exceptions", ""]
    if r.exceptions:
        cells = [exception_cells(a, r) for a in r.exceptions]
        rows = [[md(c[name]) for name in EXCEPTION_COLUMNS] for c in cells]
        out += _grid(plan_headings(r.plan.fields, EXCEPTION_COLUMNS), rows)
    else:
        out.append(NO_EXCEPTIONS)
    if r.changes is not None:
        out += _changes(r)
    columns = action_columns(r)
    headings = plan_headings(r.plan.fields, columns)
    for s in r.sections:
        out += ["", f"## {md(rec_label(s.rec))}", "", md(s.rec.text), ""]
        rows = [_action_row(a.row.overdue, action_cells(a), columns) for a in s.actions]
        out += _grid(headings, rows) if rows else ["No actions."]
    return "\n".join(out)


def _action_row(overdue: bool, cells: dict[str, str], columns: tuple[str, ...]) -> list[str]:
    row = [md(cells[name]) for name in columns]
    if overdue:  # the date and "(overdue)" in bold, its wording under it plain
        due = columns.index("Due")
        date, br, wording = row[due].partition("<br>")
        row[due] = f"**{date}**{br}{wording}"
    return row


def _grid(headings: tuple[str, ...], rows: list[list[str]], numbers: int = 0) -> list[str]:
    """A Markdown table; its last ``numbers`` columns right-aligned."""
    rule = ["---"] * (len(headings) - numbers) + ["--:"] * numbers
    return [
        f"| {' | '.join(md(h) for h in headings)} |",
        f"|{'|'.join(rule)}|",
        *(f"| {' | '.join(row)} |" for row in rows),
    ]


def _changes(r: PlanReport) -> list[str]:
    c = r.changes
    assert c is not None
    lines = ["", f"## Changes since {long_day(c.since)}", ""]
    return lines + ([f"- {md(line.words())}" for line in c.lines] or ["No changes."])
