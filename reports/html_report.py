"""A self-contained HTML report, printable on A4 landscape: no scripts, no links out."""

from __future__ import annotations

from html import escape

from reports.model import ActionLine, PlanReport, cell_lines, missing_words, summary_rows
from reports.paper import (
    EXCEPTION_COLUMNS,
    NO_EXCEPTIONS,
    SUMMARY_COLUMNS,
    PlanBlock,
    action_cells,
    action_columns,
    exception_cells,
    missing_line,
    overdue_line,
    plan_blocks,
    plan_headings,
    rec_label,
    shares_note,
    title_lines,
)
from store.models import ActionRow
from store.wording import due_under_date, due_words, long_day

CSS = """
@page { size: A4 landscape; margin: 12mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 14pt 0 4pt; }
h3 { font-size: 11pt; margin: 10pt 0 3pt; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }
th, td { border: 1px solid #999; padding: 3pt 4pt; vertical-align: top; text-align: left; }
th { background: #e6e6e6; } thead { display: table-header-group; }
tr { page-break-inside: avoid; }
.rag { font-weight: bold; text-align: center; width: 4.5em; }
.rag-red { background: #d9534f; color: #fff; } .rag-amber { background: #f0ad4e; }
.rag-green { background: #5cb85c; color: #fff; } .rag-blue { background: #337ab7; color: #fff; }
.overdue { color: #b00; font-weight: bold; }
.missing { color: #8a5a00; font-weight: bold; }
.bar { display: inline-block; width: 120px; height: 9px; border: 1px solid #666; }
.bar span { display: block; height: 100%; background: #5cb85c; }
.counts { width: auto; } .counts td.n { text-align: right; }
.muted { color: #555; }
@media print {
  body { font-size: 9pt; }
  h1, h2, h3 { page-break-after: avoid; }
  .rag-red, .rag-amber, .rag-green, .rag-blue, th { -webkit-print-color-adjust: exact;
    print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
"""


def render(reports: list[PlanReport]) -> str:
    """The whole document."""
    body = "".join(_plan(r) for r in reports)
    title = escape(reports[0].plan.title) if len(reports) == 1 else "Action plans"
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{CSS}</style></head><body>{body}</body></html>\n"
    )


def _plan_block(block: PlanBlock) -> str:
    """One of the plan's lines, or a table kept in its notes (a key of initials)."""
    if isinstance(block, str):
        return f'<p class="muted">{escape(block)}</p>'
    head = "".join(f"<th>{escape(c)}</th>" for c in block[0])
    rows = "".join(
        "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in block[1:]
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def _plan(r: PlanReport) -> str:
    parts = [
        f"<h1>{escape(r.plan.title)}</h1>",
        *(f'<p class="muted">{escape(line)}</p>' for line in title_lines(r)),
        *(_plan_block(block) for block in plan_blocks(r)),
        _summary(r),
        _exceptions(r),
    ]
    if r.changes is not None:
        parts.append(_changes(r))
    parts += [_section(rec_label(s.rec), s.rec.text, s.actions, r) for s in r.sections]
    return "".join(parts)


def _summary(r: PlanReport) -> str:
    counts = "".join(
        f'<tr><td>{escape(label)}</td><td class="n">{n}</td><td class="n">{share}%</td></tr>'
        for label, n, share in summary_rows(r)
    )
    progress = "".join(
        f"<tr><td>{escape(s.rec.ref)}</td><td>{escape(_short(s.rec.text))}</td>"
        f'<td><span class="bar"><span style="width:{s.percent}%"></span></span> '
        f"{escape(s.rec.done_words)}</td><td>{s.rec.overdue or ''}</td></tr>"
        for s in r.sections
    )
    return (
        f'<h2>Summary</h2><p><span class="overdue">{overdue_line(r)}</span></p>'
        + (f'<p><span class="missing">{missing_line(r)}</span></p>' if r.missing else "")
        + f'<table class="counts">{_head(SUMMARY_COLUMNS)}<tbody>{counts}</tbody></table>'
        + (f"<p>{escape(shares_note(r))}</p>" if shares_note(r) else "")
        + f"<table><thead><tr><th>Ref</th><th>Recommendation</th><th>Complete</th>"
        f"<th>Overdue</th></tr></thead><tbody>{progress}</tbody></table>"
    )


def _exceptions(r: PlanReport) -> str:
    lines = r.exceptions
    if not lines:
        return f"<h2>Exceptions</h2><p>{NO_EXCEPTIONS}</p>"
    rows = "".join(_row(a, exception_cells(a, r), EXCEPTION_COLUMNS) for a in lines)
    head = _head(plan_headings(r.plan.fields, EXCEPTION_COLUMNS))
    return f"<h2>Exceptions</h2><table>{head}<tbody>{rows}</tbody></table>"


def _changes(r: PlanReport) -> str:
    c = r.changes
    assert c is not None
    listing = "".join(f"<li>{escape(line.words())}</li>" for line in c.lines)
    return f"<h2>Changes since {long_day(c.since)}</h2><ul>{listing or '<li>No changes.</li>'}</ul>"


def _section(label: str, text: str, actions: list[ActionLine], r: PlanReport) -> str:
    return f"<h3>{escape(label)}</h3><p>{_lines(text)}</p>" + (
        _table(actions, r) if actions else '<p class="muted">No actions.</p>'
    )


def _table(lines: list[ActionLine], r: PlanReport) -> str:
    columns = action_columns(r)
    head = _head(plan_headings(r.plan.fields, columns))
    rows = "".join(_row(a, action_cells(a), columns) for a in lines)
    return f"<table>{head}<tbody>{rows}</tbody></table>"


def _head(headings: tuple[str, ...]) -> str:
    return "<thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in headings) + "</tr></thead>"


def _row(a: ActionLine, cells: dict[str, str], columns: tuple[str, ...]) -> str:
    """The shared cells in HTML: the due date as markup a machine reads, the RAG cell
    coloured, the action's own fields muted under its text."""
    row = a.row
    out = []
    for name in columns:
        if name == "Due":
            due = _due(row)
            overdue = row.overdue and "Why" not in columns  # exceptions say why instead
            out.append(
                f'<td><span class="overdue">{due} (overdue)</span></td>'
                if overdue
                else f"<td>{due}</td>"
            )
        elif name == "RAG":
            out.append(f'<td class="rag rag-{a.rag or ""}">{escape(cells[name]) or "–"}</td>')
        elif name == "Action" and "Why" not in columns:
            out.append(f"<td>{_lines(row.text)}{_fields(a)}</td>")
        else:
            out.append(f"<td>{_lines(cells[name])}</td>")
    return "<tr>" + "".join(out) + "</tr>"


def _fields(a: ActionLine) -> str:
    """Under the action's text: that the latest file no longer lists it, why it was first
    dated, then the plan's own columns ("Audit: Business continuity")."""
    gone = "".join(f'<br><span class="missing">{_lines(m)}</span>' for m in missing_words(a.row))
    gone += f"<br>{_lines(a.first_dated)}" if a.first_dated else ""
    return gone + "".join(f'<br><span class="muted">{_lines(f)}</span>' for f in a.field_lines)


def _due(row: ActionRow) -> str:
    """The deadline in words, with its own wording under it ("end of March"); the ISO
    date only as markup a machine reads, never as visible text."""
    if row.due is None:
        return escape(row.due_text)
    due = f'<time datetime="{row.due.isoformat()}">{escape(due_words(row))}</time>'
    if wording := due_under_date(row):
        due += f'<br><span class="muted">{escape(wording)}</span>'
    return due


def _short(text: str) -> str:
    return text if len(text) <= 140 else text[:139] + "…"


def _lines(text: str) -> str:
    """Each line of the text on a line of its own, as the Markdown and Word papers show it."""
    return "<br>".join(escape(line) for line in cell_lines(text))
