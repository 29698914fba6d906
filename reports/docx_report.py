"""The committee paper as a Word document (python-docx).

Landscape A4: a title block (plan, date, period covered), the status and RAG
summary with the overdue count and each recommendation's progress, the exceptions
a board asks about (overdue, slipped, blocked, red) with lead and revised date, the
changes since the last report, then every action grouped by recommendation.
Tables repeat their header row on each page.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from reports.model import ActionLine, PlanReport, cell_lines, summary_rows
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
from store.text import writable
from store.wording import long_day

SHADES = {"red": "D9534F", "amber": "F0AD4E", "green": "5CB85C", "blue": "337AB7"}
# The least each column gets; Action takes the rest of the 26.7 cm between the
# margins of landscape A4 (``_fitted``). The summary is narrow.
WIDTHS_CM = {"Ref": 1.4, "Action": 6.8, "Lead": 3.0, "Responsible": 3.0, "Due": 3.4,
             "Status": 2.2, "RAG": 1.6, "Latest update": 5.3, "Why": 5.5,
             "": 4.5, "Actions": 2.2, "Share": 2.2}  # fmt: skip
PAGE_WIDTH_CM, MARGIN_CM = 29.7, 1.5
NUMBERS = {"Actions", "Share", "Overdue"}  # right-aligned, so units sit under units
# Each recommendation's line under the summary: its text takes what the others leave
_PROGRESS_WIDTHS = {"Ref": 2.0, "Complete": 3.0, "Overdue": 2.2}
_PROGRESS_WIDTHS["Recommendation"] = PAGE_WIDTH_CM - 2 * MARGIN_CM - sum(_PROGRESS_WIDTHS.values())


def render(reports: list[PlanReport]) -> bytes:
    """The document's bytes."""
    document = Document()
    _landscape(document)
    # One plan: its title; several: each names itself at its start, the footer stays short.
    _footer(document, reports[0].plan.title if len(reports) == 1 else "Action plans")
    for n, r in enumerate(reports):
        if n:
            document.add_page_break()  # type: ignore[no-untyped-call]
        _plan(document, r)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _t(text: str) -> str:
    """User text as Word can hold it (``writable``): a pasted vertical tab or form feed
    a line break, the other characters XML 1.0 refuses dropped."""
    return writable(text)


def _landscape(document: object) -> None:
    section = document.sections[0]  # type: ignore[attr-defined]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(PAGE_WIDTH_CM), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    style = document.styles["Normal"]  # type: ignore[attr-defined]
    style.font.name, style.font.size = "Arial", Pt(9)


def _footer(document: object, title: str) -> None:
    """ "<plan> · Page 2 of 7" at the foot of every page, the numbers as Word fields."""
    line = document.sections[0].footer.paragraphs[0]  # type: ignore[attr-defined]
    line.text = _t(f"{title} · Page ")
    _field(line, "PAGE")
    line.add_run(" of ")
    _field(line, "NUMPAGES")


def _field(paragraph: object, code: str) -> None:
    """A field Word and LibreOffice fill in as they lay out the pages (PAGE, NUMPAGES)."""
    run = paragraph.add_run()._r  # type: ignore[attr-defined]
    run.append(_char("begin"))
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = f" {code} "
    run.append(instruction)
    run.append(_char("end"))


def _char(kind: str) -> object:
    mark = OxmlElement("w:fldChar")
    mark.set(qn("w:fldCharType"), kind)
    return mark


def _plan(document: object, r: PlanReport) -> None:
    document.add_heading(_t(r.plan.title), level=0)  # type: ignore[attr-defined]
    for words in title_lines(r):
        document.add_paragraph(_t(words))  # type: ignore[attr-defined]
    for block in plan_blocks(r):  # a table kept in the notes as a Word table
        if isinstance(block, str):
            document.add_paragraph(_t(block))  # type: ignore[attr-defined]
        else:
            _kept_table(document, block)
    _summary(document, r)
    _exceptions(document, r)
    if r.changes is not None:
        document.add_heading(f"Changes since {long_day(r.changes.since)}", level=1)  # type: ignore[attr-defined]
        for line in r.changes.lines or []:
            document.add_paragraph(_t(line.words()), style="List Bullet")  # type: ignore[attr-defined]
        if not r.changes.lines:
            document.add_paragraph("No changes.")  # type: ignore[attr-defined]
    document.add_heading("All actions", level=1)  # type: ignore[attr-defined]
    columns = action_columns(r)
    widths = _fitted(r, columns)
    for s in r.sections:
        document.add_heading(_t(f"{rec_label(s.rec)}: {s.rec.text}"), level=2)  # type: ignore[attr-defined]
        if s.actions:
            headings = plan_headings(r.plan.fields, columns)
            cells = [[action_cells(a)[name] for name in columns] for a in s.actions]
            _table(document, headings, cells, s.actions, columns, widths)
        else:
            document.add_paragraph("No actions.")  # type: ignore[attr-defined]


def _summary(document: object, r: PlanReport) -> None:
    """What the Markdown and HTML papers' summaries say: the overdue count in bold (and
    the actions the latest file left out), the counts with shares, each
    recommendation's share done and overdue count."""
    document.add_heading("Summary", level=1)  # type: ignore[attr-defined]
    for line in filter(None, [overdue_line(r), missing_line(r)]):
        document.add_paragraph().add_run(line).bold = True  # type: ignore[attr-defined]
    cells = [[label, str(n), f"{share}%"] for label, n, share in summary_rows(r)]
    _table(document, SUMMARY_COLUMNS, cells, None)
    if shares_note(r):
        document.add_paragraph(shares_note(r))  # type: ignore[attr-defined]
    document.add_paragraph()  # type: ignore[attr-defined]  # the two tables apart
    progress = [progress_cells(s) for s in r.sections]
    _table(document, PROGRESS_COLUMNS, progress, None, widths=_PROGRESS_WIDTHS)


def _exceptions(document: object, r: PlanReport) -> None:
    document.add_heading("Exceptions", level=1)  # type: ignore[attr-defined]
    lines = r.exceptions
    if not lines:
        document.add_paragraph(NO_EXCEPTIONS)  # type: ignore[attr-defined]
        return
    cells = [[exception_cells(a, r)[name] for name in EXCEPTION_COLUMNS] for a in lines]
    headings = plan_headings(r.plan.fields, EXCEPTION_COLUMNS)
    widths = _fitted(r, EXCEPTION_COLUMNS)
    _table(document, headings, cells, lines, EXCEPTION_COLUMNS, widths)


def _fitted(r: PlanReport, columns: tuple[str, ...]) -> dict[str, float]:
    """Widths in cm for ``columns``: Ref as wide as the longest ref ("MD3.1" wrapped at
    1.4 cm), and the Action column takes what is left of the 26.7 cm between margins."""
    refs = [a.row.ref for s in r.sections for a in s.actions]
    longest = max((len(ref) for ref in refs), default=0)
    widths = {name: WIDTHS_CM[name] for name in columns}
    widths["Ref"] = min(3.0, max(WIDTHS_CM["Ref"], 0.25 * longest + 0.5))
    widths["Action"] += PAGE_WIDTH_CM - 2 * MARGIN_CM - sum(widths.values())
    return widths


def _kept_table(document: object, rows: list[list[str]]) -> None:
    """A table the import kept in the plan's notes (a key of initials), its first row
    the header: columns by place, the last taking what the first (a short label
    column: "Initials") leave of the page."""
    ours = tuple(f"column {n}" for n in range(len(rows[0])))
    first = min(5.0, (PAGE_WIDTH_CM - 2 * MARGIN_CM) / len(ours))
    rest = (PAGE_WIDTH_CM - 2 * MARGIN_CM - first) / max(1, len(ours) - 1)
    widths = {name: first if n == 0 else rest for n, name in enumerate(ours)}
    heads = tuple(_t(c) for c in rows[0])
    _table(document, heads, [[_t(c) for c in row] for row in rows[1:]], None, ours, widths)
    document.add_paragraph()  # type: ignore[attr-defined]  # apart from what follows


def _table(
    document: object,
    headers: tuple[str, ...],
    rows: list[list[str]],
    lines: list[ActionLine] | None,
    ours: tuple[str, ...] | None = None,
    widths: dict[str, float] | None = None,
) -> None:
    """A table with a bold header row repeated on every page; ``ours`` names the
    columns in our words when ``headers`` are the plan's (for widths and RAG colour)."""
    ours = ours or headers
    table = document.add_table(rows=1, cols=len(headers))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, headers, strict=True):
        cell.text = _t(name)
        if cell.paragraphs[0].runs:
            cell.paragraphs[0].runs[0].bold = True
    _repeat_header(table.rows[0])
    rag_col = ours.index("RAG") if "RAG" in ours else None
    for n, values in enumerate(rows):
        row = table.add_row()
        _keep_whole(row)
        for cell, value, name in zip(row.cells, values, ours, strict=True):
            cell.text = _t("\n".join(cell_lines(value)))  # a line break each, as md and html
            if name in NUMBERS:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if lines is not None and rag_col is not None and lines[n].rag in SHADES:
            _shade(row.cells[rag_col], SHADES[lines[n].rag or ""])
    _widths(table, ours, widths or WIDTHS_CM)


def _widths(table: object, ours: tuple[str, ...], widths: dict[str, float]) -> None:
    """Fixed column widths, in the table grid as well as each cell: LibreOffice sizes
    columns from the grid alone and otherwise draws every column the same width."""
    table.autofit = False  # type: ignore[attr-defined]
    for col, name in enumerate(ours):
        width = Cm(widths[name])
        table.columns[col].width = width  # type: ignore[attr-defined]
        for cell in table.columns[col].cells:  # type: ignore[attr-defined]
            cell.width = width


def _keep_whole(row: object) -> None:
    """A row that would cross a page break starts on the next page, whole."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # type: ignore[attr-defined]


def _repeat_header(row: object) -> None:
    """Word repeats a row marked tblHeader at the top of every page the table runs onto."""
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(mark)  # type: ignore[attr-defined]


def _shade(cell: object, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)  # type: ignore[attr-defined]
