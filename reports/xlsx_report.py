"""A formatted workbook: a summary sheet and every action, never a formula."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from reports.model import ActionLine, PlanReport
from store.models import STATUS_LABELS, UNDATED, update_day
from store.wording import rag_word

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
    ("Original due", 12),
    ("Slippage (days)", 10),
    ("Times re-dated", 9),
    ("Due as written", 18),
    ("Status", 12),
    ("RAG", 8),
    ("Overdue", 9),
    ("Latest update date", 12),
    ("Latest update", 50),
    ("All updates", 60),
]
NAMES = [name for name, _ in COLUMNS]
DATE_COLUMNS = {NAMES.index(n) + 1 for n in ("Due", "Original due", "Latest update date")}
RAG_COLUMN = NAMES.index("RAG") + 1
DATE_FORMAT = "dd mmm yyyy"


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


def _heading(ws: object, row: int, labels: list[str]) -> None:
    for col, label in enumerate(labels, 1):
        _put(ws, row, col, label).font = Font(bold=True)  # type: ignore[attr-defined]


def _summary(ws: object, reports: list[PlanReport]) -> None:
    """Counts and shares as numbers (a clerk sums and charts them), labels in words."""
    row = 1
    for r in reports:
        _put(ws, row, 1, r.plan.title).font = Font(bold=True, size=14)  # type: ignore[attr-defined]
        _put(ws, row + 1, 1, f"Progress report, {r.today:%d %B %Y}")
        row = _counts(ws, row + 3, r)
        row = _progress(ws, row + 1, r) + 2
    for letter, width in zip("ABCDEF", (28, 60, 10, 10, 12, 10), strict=True):
        ws.column_dimensions[letter].width = width  # type: ignore[attr-defined]


def _counts(ws: object, row: int, r: PlanReport) -> int:
    total = sum(c.count for c in r.statuses)
    _heading(ws, row, ["Actions", "", "Count", "Share"])
    lines = [(STATUS_LABELS[c.label], c.count) for c in r.statuses]  # type: ignore[index]
    lines += [(f"RAG {rag_word(c.label)}", c.count) for c in r.rags]
    lines += [("Overdue", r.overdue), ("Total", total)]
    for label, count in lines:
        row += 1
        _put(ws, row, 1, label)
        _put(ws, row, 3, count)
        _put(ws, row, 4, count / total if total else 0).number_format = "0%"  # type: ignore[attr-defined]
    return row + 1


def _progress(ws: object, row: int, r: PlanReport) -> int:
    _heading(ws, row, ["Rec ref", "Recommendation", "Actions", "Done", "% complete", "Overdue"])
    for s in r.sections:
        row += 1
        done = s.rec.done / s.rec.total if s.rec.total else 0
        for col, value in enumerate(
            [s.rec.ref, s.rec.text, s.rec.total, s.rec.done, done, s.rec.overdue], 1
        ):
            _put(ws, row, col, value)
        ws.cell(row=row, column=5).number_format = "0%"  # type: ignore[attr-defined]
    return row


def _actions(ws: object, reports: list[PlanReport]) -> None:
    extra = sorted({k for r in reports for s in r.sections for a in s.actions for k in a.fields})
    headers = NAMES + extra
    _heading(ws, 1, headers)
    for col in range(1, len(headers) + 1):
        width = COLUMNS[col - 1][1] if col <= len(COLUMNS) else 24
        ws.column_dimensions[get_column_letter(col)].width = width  # type: ignore[attr-defined]
    row = 2
    for r in reports:
        for s in r.sections:
            for a in s.actions:
                _action_row(ws, row, r, s.rec.ref, s.rec.text, a, extra)
                row += 1
    _for_a_clerk(ws, row - 1, len(headers))


def _for_a_clerk(ws: object, last_row: int, last_col: int) -> None:
    """Filter buttons, a header that stays on screen and on every printed page,
    and landscape pages one sheet wide."""
    ws.freeze_panes = "A2"  # type: ignore[attr-defined]
    ws.auto_filter.ref = f"A1:{get_column_letter(last_col)}{max(last_row, 1)}"  # type: ignore[attr-defined]
    ws.print_title_rows = "1:1"  # type: ignore[attr-defined]
    ws.page_setup.orientation = "landscape"  # type: ignore[attr-defined]
    ws.page_setup.paperSize = ws.PAPERSIZE_A4  # type: ignore[attr-defined]
    ws.page_setup.fitToWidth = 1  # type: ignore[attr-defined]
    ws.page_setup.fitToHeight = 0  # type: ignore[attr-defined]
    ws.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[attr-defined]


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
        x.original_due if x.slipped else None,
        x.slip_days,
        x.due_changes or None,
        x.due_text,
        STATUS_LABELS[x.status],
        rag_word(x.rag) if x.rag else "",
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
        if col in DATE_COLUMNS and value is not None:
            cell.number_format = DATE_FORMAT  # type: ignore[attr-defined]
    if x.rag in FILLS:
        ws.cell(row=row, column=RAG_COLUMN).fill = FILLS[x.rag]  # type: ignore[attr-defined]
