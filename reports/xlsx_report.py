"""A formatted workbook: a summary sheet and every action, never a formula."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from importers.own_csv import FORMULA_STARTS
from reports.dated import ORIGINAL_DUE_NOTE, first_deadline
from reports.model import ActionLine, PlanReport, date_prefix, summary_rows
from reports.paper import FROM_THE_FILE, shares_note
from reports.sheet_layout import fit_rows, print_landscape
from store.models import STATUS_LABELS, UNDATED
from store.text import writable
from store.wording import day, due_aside, long_day, people, rag_word

FILLS = {
    "red": PatternFill("solid", fgColor="D9534F"),
    "amber": PatternFill("solid", fgColor="F0AD4E"),
    "green": PatternFill("solid", fgColor="5CB85C"),
    "blue": PatternFill("solid", fgColor="337AB7"),
}
# Widths for a page a reader can follow: about 280 characters across, so
# landscape A4 one page wide prints at about half size, not a third.
COLUMNS = [
    ("Plan", 14),
    ("Rec ref", 6),
    ("Recommendation", 26),
    ("Ref", 6),
    ("Action", 32),
    ("Leads", 14),
    ("Responsible", 14),
    ("Due", 11.5),
    ("Original due", 11.5),
    ("Slippage (days)", 9),
    ("Times re-dated", 8),
    ("Due as written", 12),
    ("Status", 11),
    ("RAG", 7),
    ("Overdue", 8),
    ("Not in latest file", 14),  # "not in dec.xlsx imported 2 Dec 2026": kept, marked
    ("Latest update date", 11.5),
    ("Latest update", 30),
    ("All updates", 38),
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
    if any(r.changes is not None for r in reports):  # `--since`, as the other reports have
        _changes(book, reports)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _put(sheet: object, row: int, col: int, value: object) -> object:
    """Write a cell; text is always text, so "=1+1" stays a string.

    Text a spreadsheet would read as a formula ("=HYPERLINK(…)", "@SUM(…)") also
    carries the quote prefix, so it stays text when someone edits the cell.
    Text is ``writable``: a line break pasted from Word (a vertical tab) is a line
    break in the cell; other control characters XML 1.0 cannot hold, which openpyxl
    refuses, are dropped alone and the rest of the text kept.
    """
    cell = sheet.cell(row=row, column=col)  # type: ignore[attr-defined]
    if isinstance(value, str):
        value = writable(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell


def _heading(ws: object, row: int, labels: list[str]) -> None:
    """Bold headings that wrap: "Slippage (days)" in two lines, not cut at the column's edge."""
    wrap = Alignment(wrap_text=True, vertical="bottom")
    for col, label in enumerate(labels, 1):
        cell = _put(ws, row, col, label)
        cell.font = Font(bold=True)  # type: ignore[attr-defined]
        cell.alignment = wrap  # type: ignore[attr-defined]


def _summary(ws: object, reports: list[PlanReport]) -> None:
    """Counts and shares as numbers (a clerk sums and charts them), labels in words."""
    row = 1
    for r in reports:
        if row > 1:  # each plan's summary starts a printed page, not part-way down one
            ws.row_breaks.append(Break(id=row - 1))  # type: ignore[attr-defined]
        _put(ws, row, 1, r.plan.title).font = Font(bold=True, size=14)  # type: ignore[attr-defined]
        _put(ws, row + 1, 1, f"Progress report, {long_day(r.today)}")
        row = _counts(ws, _notes(ws, row + 3, r.plan.notes), r)
        row = _progress(ws, row + 1, r) + 2
    for letter, width in zip("ABCDEF", (16, 60, 10, 10, 12, 10), strict=True):
        ws.column_dimensions[letter].width = width  # type: ignore[attr-defined]
    fit_rows(ws, 1, row)
    print_landscape(ws, _titles(reports))


def _notes(ws: object, row: int, notes: str) -> int:
    """The plan's notes (the lines above its table: "Position at 20 November 2026"),
    said once for the plan, never on each action, labelled as the imported file's (its
    date is not the report's); the row the counts start on."""
    if not notes:
        return row
    _put(ws, row, 1, FROM_THE_FILE).font = Font(bold=True)  # type: ignore[attr-defined]
    _put(ws, row, 2, notes).alignment = Alignment(wrap_text=True, vertical="top")  # type: ignore[attr-defined]
    return row + 2


def _counts(ws: object, row: int, r: PlanReport) -> int:
    _heading(ws, row, ["Actions", "", "Count", "Share"])
    for label, count, share in summary_rows(r):
        row += 1
        _put(ws, row, 1, label)
        _put(ws, row, 3, count)
        # the share as printed (adding to 100%), not the exact fraction Excel would round
        _put(ws, row, 4, share / 100).number_format = "0%"  # type: ignore[attr-defined]
    if shares_note(r):
        row += 1
        _put(ws, row, 1, shares_note(r))
    return row + 1


def _progress(ws: object, row: int, r: PlanReport) -> int:
    heads = ["Rec ref", "Recommendation", "Actions", "Done", "% complete", "Overdue", "Dropped"]
    _heading(ws, row, heads)
    for s in r.sections:
        row += 1
        # of the actions not dropped, as the papers count it ("21% (5/24; 1 dropped)"),
        # the count and the share on one base so the rows add to the total; the share
        # blank when all were dropped
        done = s.rec.done / s.rec.counted if s.rec.counted else None
        counts = [s.rec.counted, s.rec.done, done, s.rec.overdue, s.rec.dropped]
        for col, value in enumerate([s.rec.ref, s.rec.text, *counts], 1):
            _put(ws, row, col, value)
        for col in range(1, 8):  # the ref and the counts level with the text's first line
            ws.cell(row=row, column=col).alignment = Alignment(wrap_text=col == 2, vertical="top")  # type: ignore[attr-defined]
        ws.cell(row=row, column=5).number_format = "0%"  # type: ignore[attr-defined]
    return row


def _actions(ws: object, reports: list[PlanReport]) -> None:
    extra = sorted({k for r in reports for s in r.sections for a in s.actions for k in a.fields})
    headers = NAMES + [_plan_column(k) for k in extra]
    _heading(ws, 1, headers)
    # what the column holds, on its heading (the CSV's "Original due" is the same)
    ws.cell(1, NAMES.index("Original due") + 1).comment = Comment(ORIGINAL_DUE_NOTE, "actionplan")  # type: ignore[attr-defined]
    for col in range(1, len(headers) + 1):
        width = COLUMNS[col - 1][1] if col <= len(COLUMNS) else 24
        ws.column_dimensions[get_column_letter(col)].width = width  # type: ignore[attr-defined]
    row = 2
    for r in reports:
        for s in r.sections:
            for a in s.actions:
                _action_row(ws, row, r, s.rec.ref, s.rec.text, a, extra)
                row += 1
    _for_a_clerk(ws, row - 1, len(headers), _titles(reports))


PLAN_COLUMN = " (plan column)"
_BUILT_IN = {n.casefold() for n in NAMES}


def _plan_column(name: str) -> str:
    """A plan's own field, headed by its name; one named as a column of ours is
    told apart ("Recommendation (plan column)"): two columns headed "Recommendation"
    hold different words, and a filter or lookup by heading finds the first only."""
    return name + PLAN_COLUMN if name.strip().casefold() in _BUILT_IN else name


CHANGE_COLUMNS = [
    ("Plan", 14),
    ("Change", 12),
    ("Ref", 6),
    ("Action", 40),
    ("What changed", 48),
    ("Date", 11.5),
]


def _changes(book: Workbook, reports: list[PlanReport]) -> None:
    """The sheet "Changes since 1 Nov 2026": one row per change the HTML and Word
    reports list under that heading, each plan's in the same order, or "No changes."."""
    since = next(r.changes.since for r in reports if r.changes is not None)
    ws = book.create_sheet(f"Changes since {day(since)}")
    _heading(ws, 1, [name for name, _ in CHANGE_COLUMNS])
    for col, (_, width) in enumerate(CHANGE_COLUMNS, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    row = 2
    for r in reports:
        lines = r.changes.lines if r.changes is not None else []
        rows = [[c.kind, c.ref, c.text, c.detail, c.on] for c in lines] or [["No changes."]]
        for values in rows:
            for col, value in enumerate([r.plan.title, *values], 1):
                cell = _put(ws, row, col, value)
                cell.alignment = wrap  # type: ignore[attr-defined]
                if isinstance(value, dt.date):
                    cell.number_format = DATE_FORMAT  # type: ignore[attr-defined]
            row += 1
    _for_a_clerk(ws, row - 1, len(CHANGE_COLUMNS), _titles(reports))


def _titles(reports: list[PlanReport]) -> str:
    """What heads each printed page: the plan's title, or "Action plans" for several
    (two long titles ran the width of the page, as in the Word paper's footer)."""
    return reports[0].plan.title if len(reports) == 1 else "Action plans"


def _for_a_clerk(ws: object, last_row: int, last_col: int, title: str) -> None:
    """Filter buttons, a header that stays on screen and on every printed page,
    rows as tall as their text, and landscape pages one sheet wide."""
    ws.freeze_panes = "A2"  # type: ignore[attr-defined]
    ws.auto_filter.ref = f"A1:{get_column_letter(last_col)}{max(last_row, 1)}"  # type: ignore[attr-defined]
    fit_rows(ws, 1, last_row)
    print_landscape(ws, title, "1:1", grid=True)


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
        people(x.leads),
        people(x.responsible),
        x.due,
        first_deadline(x.original_due, x.due),
        # never re-dated: 0, a blank reads as unknown; no deadline at all: nothing to slip
        x.slip_days or (0 if x.due else None),
        x.due_changes,
        due_aside(x.due, x.due_text),  # never the date again: the Due column has it
        STATUS_LABELS[x.status],
        rag_word(a.rag) if a.rag else "",  # Blue in a BRAG plan; none once dropped
        "yes" if x.overdue else "",
        x.missing_from or "",
        (latest.date or UNDATED) if latest else None,
        latest.text if latest else "",
        "\n".join(f"{date_prefix(u)}{u.text}" for u in a.updates),
        *(a.fields.get(k, "") for k in extra),
    ]
    wrap = Alignment(wrap_text=True, vertical="top")
    for col, value in enumerate(values, 1):
        cell = _put(ws, row, col, value)
        cell.alignment = wrap  # type: ignore[attr-defined]
        if col in DATE_COLUMNS and value is not None:
            cell.number_format = DATE_FORMAT  # type: ignore[attr-defined]
    if a.rag in FILLS:
        ws.cell(row=row, column=RAG_COLUMN).fill = FILLS[a.rag]  # type: ignore[attr-defined]
