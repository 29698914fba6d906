"""A lead's update request: a workbook to fill in, or the same as a plain-text email.

The workbook lists the lead's open actions with read-only columns (Ref,
Action, Recommendation, Due, Status, RAG, Last update) and four to fill (New
status, New RAG, New due, Progress update). Status and RAG offer lists of the
app's words ("Done"), each with the plan's own word for it beside, if another, and
its meaning ("B (done)"). Hidden columns carry the action id, the pack id and their
check digest (``store.chase.pack_check``); a hidden sheet names the pack, so
``actionplan import`` knows a reply whatever it was renamed to. The sheet is
protected without a password: a guard against typing over the read-only
columns by accident, not security. Text is always written as text, never a
formula. Pure: no printing and no Textual.
"""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass
from typing import TypeVar

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.worksheet.datavalidation import DataValidation

from importers.reply import (
    COLUMNS,
    HEADER_ROW,
    HIDDEN,
    PACK_MARKER,
    PACK_SHEET,
    READ_ONLY,
    REPLY_DATE_CELL,
    TO_FILL,
)
from reports.model import date_prefix
from reports.sheet_layout import LINE_POINTS, fit_rows, print_landscape
from reports.xlsx_report import FILLS as RAG_FILLS
from reports.xlsx_report import _put as put_text
from store import Store
from store.apply import same_person
from store.chase import Pack, pack_check
from store.docs import latest_progress
from store.models import (
    RAGS,
    STATUS_LABELS,
    STATUSES,
    ActionQuery,
    ActionRow,
    Rag,
    Status,
)
from store.wording import due_words, rag_word, weekday_day

WIDTHS = {
    "Ref": 8,
    "Action": 48,
    "Recommendation": 34,
    "Due": 13,
    "Status": 13,
    "RAG": 8,
    "Last update": 40,
    "New status": 16,
    "New RAG": 10,
    "New due": 16,
    "Progress update": 50,
    "Action id": 10,
    "Pack id": 14,
    "Check": 18,
}
# The rows over the table span merged columns A to K (widths 256 in all, about 280
# characters): fit_rows measures a single column's cell, so these get their heights
# from their text. The instructions (about 330 characters) take two lines across; three
# lines, with the 3 points of padding fit_rows gives every row, leave room for a
# narrower font or window.
NOTE_POINTS = 3 * LINE_POINTS + 3
# Characters of the "You lead 2.1; …" line counted to one line: fewer than fit, so a
# long line gets its lines and none is drawn over the table's header
ROLES_LINE_CHARACTERS = 200
T = TypeVar("T")
# A filled cell hides the sheet's grid, on screen and on paper: each cell draws its own.
EDGES = Border(*(Side(style="thin", color="A6A6A6") for _ in range(4)))
FILL = PatternFill("solid", fgColor="FFF2CC")
GREY = PatternFill("solid", fgColor="EDEDED")


@dataclass(frozen=True)
class PlanWords:
    """What the status and RAG lists offer, each word with the value it stands for:
    the app's own words ("Done"), and beside each the plan's own word for it, if
    another, with its meaning ("B (done)")."""

    status: list[tuple[str, Status]]
    rag: list[tuple[str, Rag]]


@dataclass(frozen=True)
class PackLine:
    """An action as the pack shows it."""

    row: ActionRow
    recommendation: str
    last_update: str


def plan_words(store: Store, plan_id: int) -> PlanWords:
    """For each status and RAG, the wording the plan's own cells used most for it.

    An imported cell is kept beside its meaning ("Status (as written)"), so the
    word that gave an action its status is the cell whose reading is that status.
    A word that says a status and a colour at once ("Slipped": in progress and
    red) is in neither list: offered for a status it would hide the plain word
    ("In progress"), and offered for a RAG it reads as a status to the lead.
    """
    from importers.vocab import read_rag, read_status

    rows = list(store.iter_actions(ActionQuery(plan_id=plan_id)))
    extras = store.extras([r.id for r in rows])
    status_seen: Counter[tuple[str, str]] = Counter()
    rag_seen: Counter[tuple[str, str]] = Counter()
    for row in rows:
        for key, value in extras[row.id][0].items():
            if not key.endswith("(as written)") or "\n" in value or len(value) > 30:
                continue
            status, colour = read_status(value)
            if status == row.status and colour is None:
                status_seen[(row.status, value.strip())] += 1
            rag, status_too = read_rag(value)
            if row.rag and rag == row.rag and status_too is None:
                rag_seen[(row.rag, value.strip())] += 1
    return PlanWords(
        status=[w for s in STATUSES for w in _offered(STATUS_LABELS[s], _most(status_seen, s), s)],
        rag=[w for r in RAGS for w in _offered(rag_word(r), _most(rag_seen, r), r)],
    )


def _most(seen: Counter[tuple[str, str]], meaning: str) -> str | None:
    words = [(n, w) for (m, w), n in seen.items() if m == meaning]
    return max(words)[1] if words else None


def _offered(label: str, own: str | None, value: T) -> list[tuple[str, T]]:
    """The app's word for ``value``, then the plan's own if another, with its meaning:
    "B" alone, in a list where it sits under "Blocked", reads as Blocked, not Done."""
    if own is None or own.casefold() == label.casefold():
        return [(label, value)]
    return [(label, value), (f"{own} ({label.lower()})", value)]


def pack_lines(store: Store, pack: Pack) -> list[PackLine]:
    """The pack's actions with their recommendation's text and latest progress update."""
    recs = {r.id: r.text for r in store.recommendations(pack.plan_id)}
    extras = store.extras([a.id for a in pack.actions])
    lines = []
    for a in pack.actions:
        latest = latest_progress(extras[a.id][1])
        said = f"{date_prefix(latest)}{latest.text}" if latest else ""
        lines.append(PackLine(a, recs.get(a.recommendation_id, ""), said))
    return lines


def _responsible_only(pack: Pack, row: ActionRow) -> bool:
    """Is the pack's person on ``row`` as its responsible officer, not a lead? A person
    is chased for both (``chase --lead`` reads a name as ``list --lead`` does)."""
    return not any(same_person(pack.lead, lead) for lead in row.leads)


def roles_line(pack: Pack) -> str | None:
    """Which actions the person leads and which they are the responsible officer for
    ("You lead 2.1; you are the responsible officer for 1.1 (not its lead)."), when
    they are not the lead of them all; None for a pack of a lead's own actions."""
    theirs = [a.ref for a in pack.actions if _responsible_only(pack, a)]
    if not theirs:
        return None
    led = [a.ref for a in pack.actions if not _responsible_only(pack, a)]
    whose = "its lead" if len(theirs) == 1 else "their lead"
    officer = f"the responsible officer for {', '.join(theirs)} (not {whose})."
    return f"You lead {', '.join(led)}; you are {officer}" if led else f"You are {officer}"


def _due(row: ActionRow) -> str:
    """The deadline as the papers' Due column words it, "31 Oct 2026 → 30 Jan 2027 (+91
    days)" where it moved (a lead sees what slipped), else the date, else as written."""
    return due_words(row) or "no date"


# --------------------------------------------------------------- workbook
def render_workbook(pack: Pack, lines: list[PackLine], words: PlanWords) -> bytes:
    """The pack's workbook, as bytes."""
    book = Workbook()
    ws = book.active
    ws.title = "Update request"
    _note(ws, pack)
    _header(ws)
    for n, line in enumerate(lines):
        _action_row(ws, HEADER_ROW + 1 + n, pack, line)
    last = HEADER_ROW + max(len(lines), 1)
    _lists(book, pack, words)
    _validations(ws, words, last)
    ws.freeze_panes = f"B{HEADER_ROW + 1}"
    # Room for a few lines of update: a row's set height does not grow as the lead types.
    fit_rows(ws, HEADER_ROW, HEADER_ROW)
    fit_rows(ws, HEADER_ROW + 1, last, min_lines=3)
    print_landscape(
        ws, f"Update request for {pack.lead} — {pack.plan_title}", f"{HEADER_ROW}:{HEADER_ROW}"
    )
    ws.protection.sheet = True  # no password: a guard against slips, not security
    ws.protection.formatColumns = False  # widening a column stays allowed
    ws.protection.formatRows = False
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _put(ws: object, cell: str, value: object) -> object:
    """Text is written as text (never a formula), as in the Excel export."""
    row, col = coordinate_to_tuple(cell)
    return put_text(ws, row, col, value)


def _note(ws: object, pack: Pack) -> None:
    by = f" by {weekday_day(pack.reply_by)}" if pack.reply_by else ""
    _put(ws, "A1", f"Update request for {pack.lead} — {pack.plan_title}").font = Font(  # type: ignore[attr-defined]
        bold=True, size=14
    )
    note = (
        f"Please fill the yellow columns for each of your actions and send this file back{by}. "
        "Pick New status and New RAG from their lists; write New due in any wording "
        "(31/3/2027, March 2027, end of Q4, +2w); add a short Progress update. "
        "Leave a row empty where nothing changed. Please do not add, delete or re-order rows."
    )
    _put(ws, "A2", note).alignment = Alignment(wrap_text=True, vertical="top")  # type: ignore[attr-defined]
    ws.merge_cells(f"A2:{get_column_letter(len(READ_ONLY) + len(TO_FILL))}2")  # type: ignore[attr-defined]
    ws.row_dimensions[2].height = NOTE_POINTS  # type: ignore[attr-defined]
    _put(ws, "B3", "Date you filled this in (optional):").alignment = Alignment(  # type: ignore[attr-defined]
        horizontal="right"
    )
    _fill_in(ws[REPLY_DATE_CELL])  # type: ignore[index]
    ws[REPLY_DATE_CELL].number_format = "dd mmm yyyy"  # type: ignore[index]
    _put(ws, "G3", "Grey columns are read-only (protected without a password).")
    roles = roles_line(pack)
    if roles:
        _put(ws, "A4", roles).alignment = Alignment(wrap_text=True, vertical="top")  # type: ignore[attr-defined]
        ws.merge_cells(f"A4:{get_column_letter(len(READ_ONLY) + len(TO_FILL))}4")  # type: ignore[attr-defined]
        lines = 1 + len(roles) // ROLES_LINE_CHARACTERS
        ws.row_dimensions[4].height = LINE_POINTS * lines  # type: ignore[attr-defined]


def _fill_in(cell: object) -> None:
    cell.fill = FILL  # type: ignore[attr-defined]
    cell.protection = Protection(locked=False)  # type: ignore[attr-defined]


def _header(ws: object) -> None:
    for col, name in enumerate(COLUMNS, 1):
        letter = get_column_letter(col)
        cell = _put(ws, f"{letter}{HEADER_ROW}", name)
        cell.border = EDGES  # type: ignore[attr-defined]
        cell.font = Font(bold=True)  # type: ignore[attr-defined]
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")  # type: ignore[attr-defined]
        cell.fill = FILL if col > len(READ_ONLY) else GREY  # type: ignore[attr-defined]
        ws.column_dimensions[letter].width = WIDTHS[name]  # type: ignore[attr-defined]
        if name in HIDDEN:
            ws.column_dimensions[letter].hidden = True  # type: ignore[attr-defined]


def _action_row(ws: object, row: int, pack: Pack, line: PackLine) -> None:
    a = line.row
    status = STATUS_LABELS[a.status] + (" (overdue)" if a.overdue else "")
    values: list[object] = [
        a.ref,
        a.text,
        line.recommendation,
        _due(a),
        status,
        (a.rag or "").capitalize(),
        line.last_update,
        None,
        None,
        None,
        None,
        str(a.id),
        pack.id,
        pack_check(pack.plan_id, a.id, pack.id),
    ]
    top = Alignment(wrap_text=True, vertical="top")
    for col, value in enumerate(values, 1):
        cell = _put(ws, f"{get_column_letter(col)}{row}", value)
        cell.alignment = top  # type: ignore[attr-defined]
        cell.border = EDGES  # type: ignore[attr-defined]
        if len(READ_ONLY) < col <= len(READ_ONLY) + len(TO_FILL):
            _fill_in(cell)
    if a.rag in RAG_FILLS:
        ws[f"F{row}"].fill = RAG_FILLS[a.rag]  # type: ignore[index]


def _lists(book: Workbook, pack: Pack, words: PlanWords) -> None:
    """The hidden sheet: what marks the pack, and the words the lists offer."""
    ws = book.create_sheet(PACK_SHEET)
    ws.sheet_state = "hidden"
    facts: list[tuple[str, object]] = [
        ("marker", PACK_MARKER),
        ("pack", pack.id),
        ("plan", pack.plan_id),
        ("lead", pack.lead),
        ("made", pack.created_at[:10]),
        ("reply by", pack.reply_by.isoformat() if pack.reply_by else ""),
    ]
    for n, (name, value) in enumerate(facts, 1):
        _put(ws, f"A{n}", name)
        _put(ws, f"B{n}", value)
    for n, (word, status) in enumerate(words.status, 1):
        _put(ws, f"D{n}", word)
        _put(ws, f"E{n}", status)
    for n, (word, rag) in enumerate(words.rag, 1):
        _put(ws, f"G{n}", word)
        _put(ws, f"H{n}", rag)
    ws.protection.sheet = True


def _validations(ws: object, words: PlanWords, last: int) -> None:
    first = HEADER_ROW + 1
    for col, source, count, what in (
        ("H", "D", len(words.status), "status"),
        ("I", "G", len(words.rag), "RAG"),
    ):
        rule = DataValidation(
            type="list",
            formula1=f"'{PACK_SHEET}'!${source}$1:${source}${count}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=f"New {what}",
            error=f"Pick a {what} from the list (or leave it empty).",
        )
        rule.add(f"{col}{first}:{col}{last}")
        ws.add_data_validation(rule)  # type: ignore[attr-defined]


# ------------------------------------------------------------------- text
def render_text(pack: Pack, lines: list[PackLine], workbook: str) -> str:
    """The same request as a plain-text email body, for leads who reply in prose.

    It names statuses and RAG in one form, the words each action's line says them in
    ("In progress", "Amber"): the plan's own abbreviations ("A") beside them would
    read as a second rating."""
    by = f" by {weekday_day(pack.reply_by)}" if pack.reply_by else ""
    actions = "1 action" if len(lines) == 1 else f"{len(lines)} actions"
    out = [
        f"Subject: Update request — {pack.plan_title} ({actions}){by}",
        "",
        f"Dear {pack.lead},",
        "",
        f"Please send an update on your open actions in {pack.plan_title}{by}.",
        "For each action, reply under its ref with any of: new status, new RAG, new due",
        "date (any wording: 31/3/2027, March 2027, end of Q4) and a short progress update.",
        f"The attached workbook {workbook} lists the same actions with columns to fill in.",
        "",
        "Status words: " + ", ".join(STATUS_LABELS[s] for s in STATUSES),
        "RAG words: " + ", ".join(rag_word(r) for r in RAGS),
        "",
    ]
    roles = roles_line(pack)
    if roles:
        out += [roles, ""]
    for line in lines:
        out += _text_action(line, _role(pack, line.row) if roles else None)
    out += ["Thank you.", ""]
    return "\n".join(out)


def _role(pack: Pack, row: ActionRow) -> str:
    if not _responsible_only(pack, row):
        return "lead"
    leads = f" (lead: {_one_line(', '.join(row.leads))})" if row.leads else ""
    return f"responsible officer{leads}"


def _text_action(line: PackLine, role: str | None = None) -> list[str]:
    a = line.row
    flag = "  [OVERDUE]" if a.overdue else ""
    rag = f" · RAG {rag_word(a.rag)}" if a.rag else ""
    text = [
        f"{a.ref}  {_one_line(a.text)}{flag}",
        *([f"    Your role: {role}"] if role else []),
        f"    Recommendation: {_one_line(line.recommendation)}",
        f"    Due: {_due(a)} · Status: {STATUS_LABELS[a.status]}{rag}",
        f"    Last update: {_one_line(line.last_update) or 'none'}",
    ]
    blanks = [f"    {name}:" for name in TO_FILL]
    return [*text, *blanks, ""]


def _one_line(text: str) -> str:
    from store.text import printable

    return printable(text, one_line=True)
