"""A formatted workbook: a summary sheet and every action, never a formula."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from reports.model import ActionLine, PlanReport
from store.models import STATUS_LABELS, UNDATED, update_day

FILLS = {
    "red": PatternFill("solid", fgColor="D9534F"),
    "amber": PatternFill("solid", fgColor="F0AD4E"),
    "green": PatternFill("solid", fgColor="5CB85C"),
}
COLUMNS = [
    ("Plan", 24),
    ("Rec ref", 8),
    ("Recommendation", 40),
    ("Ref", 8),
    ("Action", 50),
    ("Leads", 24),
    ("Responsible", 24),
    ("Due", 12),
    ("Due as written", 18),
    ("Status", 12),
    ("RAG", 8),
    ("Overdue", 9),
    ("Latest update date", 12),
    ("Latest update", 50),
    ("All updates", 60),
]
RAG_COLUMN = 11


def render(reports: list[PlanReport]) -> bytes:
    """The workbook's bytes."""
    book = Workbook()
    summary = book.active
    summary.title = "Summary"
    _summary(summary, reports)
    _actions(book.create_sheet("Actions"), reports)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _put(sheet: object, row: int, col: int, value: object) -> object:
    """Write a cell; text is always text, so "=1+1" stays a string.

    Control characters XML 1.0 cannot hold (an update pasted with ``\x0b``)
    are dropped and the rest of the text kept: openpyxl refuses them.
    """
    cell = sheet.cell(row=row, column=col)  # type: ignore[attr-defined]
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _summary(ws: object, reports: list[PlanReport]) -> None:
    row = 1
    for r in reports:
        _put(ws, row, 1, r.plan.title).font = Font(bold=True, size=14)  # type: ignore[attr-defined]
        _put(ws, row + 1, 1, f"Progress report, {r.today:%d %B %Y}; {r.overdue} overdue")
        row += 3
        for c in [*r.statuses, *r.rags]:
            label = STATUS_LABELS.get(c.label, f"RAG {c.label}")  # type: ignore[call-overload]
            _put(ws, row, 1, label)
            _put(ws, row, 2, c.count)
            row += 1
        row += 1
        for s in r.sections:
            _put(ws, row, 1, s.rec.ref)
            _put(ws, row, 2, s.rec.text)
            _put(ws, row, 3, f"{s.percent}% complete ({s.rec.done}/{s.rec.total})")
            _put(ws, row, 4, f"{s.rec.overdue} overdue")
            row += 1
        row += 2
    ws.column_dimensions["B"].width = 60  # type: ignore[attr-defined]
    ws.column_dimensions["C"].width = 24  # type: ignore[attr-defined]


def _actions(ws: object, reports: list[PlanReport]) -> None:
    extra = sorted({k for r in reports for s in r.sections for a in s.actions for k in a.fields})
    headers = [name for name, _ in COLUMNS] + extra
    for col, name in enumerate(headers, 1):
        _put(ws, 1, col, name).font = Font(bold=True)  # type: ignore[attr-defined]
        width = COLUMNS[col - 1][1] if col <= len(COLUMNS) else 24
        ws.column_dimensions[get_column_letter(col)].width = width  # type: ignore[attr-defined]
    ws.freeze_panes = "A2"  # type: ignore[attr-defined]
    row = 2
    for r in reports:
        for s in r.sections:
            for a in s.actions:
                _action_row(ws, row, r, s.rec.ref, s.rec.text, a, extra)
                row += 1


def _action_row(
    ws: object,
    row: int,
    r: PlanReport,
    rec_ref: str,
    rec_text: str,
    a: ActionLine,
    extra: list[str],
) -> None:
    x = a.row
    latest = a.latest
    values: list[object] = [
        r.plan.title,
        rec_ref,
        rec_text,
        x.ref,
        x.text,
        ", ".join(x.leads),
        ", ".join(x.responsible),
        x.due,
        x.due_text,
        STATUS_LABELS[x.status],
        (x.rag or "").upper()[:1] + (x.rag or "")[1:],
        "yes" if x.overdue else "",
        (latest.date or UNDATED) if latest else None,
        latest.text if latest else "",
        "\n".join(f"{update_day(u.date)}: {u.text}" for u in a.updates),
        *(a.fields.get(k, "") for k in extra),
    ]
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, value in enumerate(values, 1):
        cell = _put(ws, row, col, value)
        cell.alignment = wrap  # type: ignore[attr-defined]
        if col in (8, 13) and value is not None:
            cell.number_format = "dd mmm yyyy"  # type: ignore[attr-defined]
    if x.rag in FILLS:
        ws.cell(row=row, column=RAG_COLUMN).fill = FILLS[x.rag]  # type: ignore[attr-defined]
