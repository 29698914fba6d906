"""Word documents (.docx) as sheets: every table, with the paragraphs around it.

A council's Word plan is a title and some headings, then one or more tables;
a table that runs over several pages often arrives as several tables, each
starting with the header row again. The document becomes the rows a person
reads down the page — each paragraph a one-cell row, each table row a row —
so the rest of the pipeline reads it exactly as a sheet: paragraphs above the
table are the title block, paragraphs between tables are headings, those
below are notes. Tables of another width (a key of initials, a version table)
become sheets of their own, as a workbook's key sheet would be.

python-docx opens the package; the cells and merges are read from the XML
(a merged cell repeats down the rows it spans and is kept once across
columns, as ``read`` does for .xlsx) and list numbers are drawn by
``word_numbers``.
"""

from __future__ import annotations

import copy
import re
import string
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from importers.colours import rag_of_rgb, theme_by_name
from importers.columns import best_field, header_score
from importers.errors import ImportFailure
from importers.group import label_value
from importers.headings import CODE_HEADING, split_rec_heading
from importers.invisibles import without_invisibles
from importers.locate import PROSE_WORDS, find_header, header_rows
from importers.markdown import MarkdownTable, markdown_blocks
from importers.marks import without_list_marks
from importers.own_tables import opens_a_table
from importers.page_breaks import (
    broken_words_note,
    continues_row,
    is_page_number,
    row_joined,
    unwrapped,
)
from importers.progress_log import read_log
from importers.read import (
    WORD_CELL,
    WORD_ROW,
    Carried,
    Fills,
    Grid,
    Notes,
    Sheet,
    check_archive,
    file_kind,
    unreadable,
    without_ligatures,
)
from importers.struck import with_struck_marked
from importers.symbol_fonts import drawn, mark_shown, marks_of
from importers.tab_stops import TabbedLine, TabbedTable, tab_tables
from importers.vocab import read_rag, read_status
from importers.word_boxes import boxes_read_apart, unshown
from importers.word_comments import anchored, comment_note, read_comments
from importers.word_embedded import Embedded, embedded_sheets
from importers.word_headings import HeadingStyles, MarkedHeading, StyledHeading
from importers.word_hidden import HiddenStyles, without_hidden_text
from importers.word_highlight import highlight_rgb
from importers.word_notes import cell_with_notes, marked, read_notes, unmarked_note
from importers.word_numbers import Numbering, W, read_numbering
from importers.word_shapes import shape_rgb
from importers.word_tracked import with_changes_accepted

Block = str | Grid  # a paragraph's text, or a table's rows
HEADER_REPEAT_ROWS = 3  # a table's header is at most this many rows
MAX_ROWS_ABOVE = 15  # paragraphs above the table kept as rows; the header search reads 30
HEADING_CHARS = 80  # a paragraph heading a table is a line, not a sentence of the preamble
# The caption of the column under a header row opened by the requirement itself: its
# author left the action column uncaptioned, the requirement standing in its place
ACTION_CAPTION = "Action"


def read_word(path: Path) -> list[Sheet]:
    """Every table of the document and the paragraphs around them, as sheets."""
    try:
        # A .docx is a zip like .xlsx: its size expanded and its table rows and cells
        # are checked against the limits before python-docx parses it.
        check_archive(path, lambda name: name == "word/document.xml", WORD_ROW, WORD_CELL)
        blocks, reader = _document_blocks(path)
    except ImportFailure:
        raise
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged files
        raise unreadable(path, "Word file", exc) from None
    plan, *others = word_sheets(blocks, path.name, reader.broken)
    # the plan pasted as a worksheet object: said, as none of its words is the document's
    objects = [embedded.how() for found in reader.objects.values() for embedded in found]
    how = "; ".join(filter(None, [plan.how, *objects]))
    # the comments no table cell holds (on the title, a heading): the document's, no action's
    grid = [*plan.grid, *([comment_note(text)] for text in reader.comments.values() if text)]
    # the footnotes marked in no table cell (on the title): the document's, kept as its notes
    grid += [[unmarked_note(text)] for text in reader.notes.values() if text]
    return [replace(plan, grid=grid, how=how, prompts=dict(reader.prompts)), *others]


def word_tables(path: Path) -> list[Grid] | None:
    """The tables of a Word document, to say what was tried when none holds a plan
    (a letter has none); None for any other file, or one that cannot be read."""
    try:
        if file_kind(path, path.read_bytes()) != "docx":
            return None
        return _tables(_document_blocks(path)[0])
    except Exception:  # noqa: BLE001 - only a message's detail depends on it
        return None


def named_table_failure(
    path: Path, tables: list[Grid], sheets: list[Sheet], named: str
) -> ImportFailure | None:
    """Why ``--sheet NAMED`` reads no plan from a Word document, the one answer to it:
    a table read into the plan ("Table 1") is no sheet to name; a name no table has
    is refused, naming the tables kept apart; a table of its own holding no plan where
    the document's own sheet holds one names the table that is ("none of its tables is
    a plan" was untrue, and hid it). None where ``named`` is a table of its own and the
    document holds no plan elsewhere: the caller says what was tried."""
    plan = plan_table_numbers(tables, sheets)
    if named in {f"Table {n}" for n in plan}:
        return ImportFailure(f"{path.name}: {named} is read into the plan: leave out --sheet")
    if named not in [s.name for s in sheets]:
        # the plan's sheet bears the file's name: listing it as a sheet misled
        apart = ", ".join(s.name for s in sheets[1:])
        return ImportFailure(
            f"{path.name}: a Word document has no sheets: leave out --sheet"
            + (f", or name one of its other tables ({apart})" if apart else "")
        )
    number = next((n for n in range(1, len(tables) + 1) if named == f"Table {n}"), None)
    if number is None or not plan or find_header(sheets[0].grid, None) is None:
        return None
    first_row = tables[number - 1][0] if tables[number - 1] else []
    first = ", ".join(" ".join(c.split()) for c in first_row if c)[:60]
    which = f"table {plan[0]} is" if len(plan) == 1 else f"tables {_and(plan)} are"
    them = "it" if len(plan) == 1 else "them"
    return ImportFailure(
        f"{path.name}: {named} is not a plan (first row '{first}'); {which}:"
        f" leave out --sheet to import {them}"
    )


def _and(numbers: list[int]) -> str:
    """1, 3 and 4."""
    words = [str(n) for n in numbers]
    return ", ".join(words[:-1]) + " and " + words[-1]


def plan_table_numbers(tables: list[Grid], sheets: list[Sheet]) -> list[int]:
    """The numbers (1 for the first) of ``tables`` read into the plan's sheet, as
    ``word_sheets`` read them into ``sheets``: those not kept as sheets of their own
    ("Table 2"), one-cell boxes of text (read as paragraphs) aside."""
    others = {s.name for s in sheets[1:]}
    return [
        n for n, t in enumerate(tables, 1) if f"Table {n}" not in others and _table_width(t) > 1
    ]


def _document_blocks(path: Path) -> tuple[list[Block], _Reader]:
    """The document's blocks, and the reader that read them: it holds the words the
    cells' printed lines broke with a hyphen, as printed ("imple-mentation"), and the
    prompts of content controls never filled in. Hidden text is read as nothing, and
    tracked changes as accepted."""
    from docx import Document

    document = Document(str(path))
    styles = document.styles.element
    without_hidden_text(document, HiddenStyles(styles))  # never shown nor printed: no words
    with_changes_accepted(document)  # the plan as it stands: no word deleted or moved away
    reader = _Reader(read_numbering(_numbering_xml(document), styles), HeadingStyles(styles))
    reader.comments = read_comments(document, paragraph_text)
    reader.notes = read_notes(document, paragraph_text)
    reader.objects = embedded_sheets(document, path.name)
    reader.theme = theme_by_name(_theme_xml(document))
    # a table typed with tab stops, or pasted as Markdown's plain lines, is the table it
    # lines up or marks up
    body = markdown_blocks(tab_tables(list(reader.blocks(document.element.body, True))))
    # read after the body, so the header's lists never count in the body's numbers
    header, body = _page_header(reader, document, body)
    return [*header, *body, *_page_footers(reader, document, [*header, *body])], reader


def _page_header(
    reader: _Reader, document: Any, body: list[Block]
) -> tuple[list[str], list[Block]]:
    """The lines of the first section's page header, the title rows of a plan whose
    template writes its name and year only there ("School Improvement Plan 2024/25 |
    Summer review"): its paragraphs, a table in it a line per row; its first page's own
    header first. A line the body holds too is read there, once; a page number ("Page 1
    of 4") is none of the plan's words. A one-row table of captions heading a body's
    table with no header row of its own is that table's header (``_captions_heading``),
    no line: the body is given back with it."""
    if not document.sections:
        return [], body
    section = document.sections[0]
    headers = [section.header]
    if section.different_first_page_header_footer:
        headers.insert(0, section.first_page_header)
    seen = {block for block in body if isinstance(block, str)}
    lines: list[str] = []
    # a first section's header with no definition of its own is none (python-docx would add one)
    for header in (h for h in headers if not h.is_linked_to_previous):
        for block in reader.blocks(header.part.element):
            headed = _captions_heading(block, body)
            if headed is not None:
                body = headed
                continue
            for line in _block_lines(block):
                if line.strip() and line not in seen and not is_page_number(line):
                    seen.add(line)
                    lines.append(line)
    return lines, body


# A caption is a few words ("Responsible officer", "Internal Audit comment"), no sentence
_CAPTION_WORDS = 4


def _captions_heading(block: Block, body: list[Block]) -> list[Block] | None:
    """The body with ``block``, a page header's one-row table of captions, as the header
    row of the body's first table where that table has none of its own and as many
    columns as the row has cells; else None. Before Word repeated a table's header row
    on each page, authors put the captions in the page header so that every page
    printed them ("Ref | Recommendation | … | Status" over an audit follow-up's rows):
    read as a title line, the table had no columns and the plan was refused."""
    if isinstance(block, str) or len(block) != 1 or not _are_captions(block[0]):
        return None
    index = next((i for i, b in enumerate(body) if not isinstance(b, str)), None)
    if index is None:
        return None
    table = body[index]
    assert not isinstance(table, str)
    if max(map(len, table), default=0) != len(block[0]) or find_header(table, None) is not None:
        return None
    return [*body[:index], [list(block[0]), *table], *body[index + 1 :]]


def _are_captions(row: list[str]) -> bool:
    """Two or more cells, each a few words and none empty, that read as a header row."""
    return (
        len(row) > 1
        and all(c.strip() and len(c.split()) <= _CAPTION_WORDS for c in row)
        and header_score(row) > 0
    )


def _page_footers(reader: _Reader, document: Any, read: list[Block]) -> list[str]:
    """The lines of every section's page footer, rows below the body kept as the plan's
    notes: a template may keep its version and owner only there ("Version 3 – position
    at 30 November 2026"). The first page's and even pages' own footers too, where Word
    gives them theirs; a line read already is read once. A page number is no text,
    written out ("Page 2 of 5") or a page number field ("Page {PAGE} of {NUMPAGES}")."""
    footers = []
    for section in document.sections:
        if section.different_first_page_header_footer:
            footers.append(section.first_page_footer)
        footers.append(section.footer)
        if document.settings.odd_and_even_pages_header_footer:
            footers.append(section.even_page_footer)
    seen = {block for block in read if isinstance(block, str)}
    lines: list[str] = []
    # a footer with no definition of its own is the section before's (or none at all)
    for footer in (f for f in footers if not f.is_linked_to_previous):
        for block in reader.blocks(_page_numbers_marked(footer.part.element)):
            for line in map(_without_page_number, _block_lines(block)):
                if line and line not in seen and not is_page_number(line):
                    seen.add(line)
                    lines.append(line)
    return lines


# The fields Word fills with a page's number or the count of pages
_PAGE_FIELDS = frozenset({"PAGE", "NUMPAGES", "SECTIONPAGES"})
_PAGE_MARK = "\ue000"  # where a page number field stood (a private use character)
# A page number as a footer writes it round its fields: "Page {PAGE} of {NUMPAGES}",
# "{PAGE} / {NUMPAGES}", "- {PAGE} -", and the separators left beside it
_MARKED_PAGE_NUMBER = re.compile(
    rf"(?:\bpage\s*)?{_PAGE_MARK}(?:\s*(?:of|/)\s*{_PAGE_MARK})?", re.IGNORECASE
)
_LEFT_AT_THE_ENDS = " \t|–—-"


def _without_page_number(line: str) -> str:
    """A footer's line without the page number its fields print; a line with no field
    is as written."""
    if _PAGE_MARK not in line:
        return line.strip()
    return _MARKED_PAGE_NUMBER.sub(" ", line).replace(_PAGE_MARK, " ").strip(_LEFT_AT_THE_ENDS)


def _page_numbers_marked(part: Any) -> Any:
    """A copy of a footer's XML with each page number field's shown figure replaced by a
    mark, so the number is told from the words around it: simple fields
    (``w:fldSimple``) and complex ones (``w:fldChar`` begin, ``w:instrText``, separate,
    the result's runs, end)."""
    part = copy.deepcopy(part)
    for simple in part.iter(f"{W}fldSimple"):
        if _field_name(simple.get(f"{W}instr", "")) in _PAGE_FIELDS:
            _mark_result([t for run in simple.iter(f"{W}r") for t in run.iter(f"{W}t")], simple)
    for p in part.iter(f"{W}p"):
        _mark_complex_fields(p)
    return part


def _mark_complex_fields(paragraph: Any) -> None:
    """Each page number field of ``paragraph`` written as runs (``w:fldChar`` begin, its
    ``w:instrText``, separate, the result's runs, end), its shown figure marked."""
    instruction, result = "", False
    shown: list[Any] = []  # the text elements of the field's result so far
    for run in paragraph.iter(f"{W}r"):
        kind = next((c.get(f"{W}fldCharType") for c in run.iter(f"{W}fldChar")), None)
        if kind == "begin":
            instruction, result, shown = "", False, []
        elif kind == "separate":
            result = _field_name(instruction) in _PAGE_FIELDS
        elif kind == "end":
            if result:
                _mark_result(shown, run)
            result = False
        instruction += "".join(t.text or "" for t in run.iter(f"{W}instrText"))
        if result and kind is None:
            shown.extend(run.iter(f"{W}t"))


def _field_name(instruction: str) -> str:
    words = instruction.split()
    return words[0].upper() if words else ""


def _mark_result(texts: list[Any], field: Any) -> None:
    """The figure a field last showed, its text elements, as one mark; a field Word
    never filled shows none, and is marked at its end (``field``) all the same."""
    for i, t in enumerate(texts):
        t.text = _PAGE_MARK if i == 0 else ""
    if not texts:
        run = field if field.tag == f"{W}r" else _appended(field, "r")
        _appended(run, "t").text = _PAGE_MARK


def _appended(parent: Any, tag: str) -> Any:
    """A new ``w:`` element at the end of ``parent``."""
    child = parent.makeelement(f"{W}{tag}", {})
    parent.append(child)
    return child


def _theme_xml(document: Any) -> bytes | None:
    """The document's theme part (``word/theme/theme1.xml``), None where it has none."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        return bytes(document.part.part_related_by(RELATIONSHIP_TYPE.THEME).blob)
    except KeyError:
        return None


def _numbering_xml(document: Any) -> Any | None:
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError):  # a document with no lists has no numbering part
        return None


class _Reader:
    """Reads body content in document order, so list numbers count as Word counts them."""

    def __init__(self, numbering: Numbering, headings: HeadingStyles) -> None:
        self.numbering = numbering
        self.headings = headings
        self.broken: list[str] = []  # words hyphenated at a printed line's end, as printed
        # the prompts of content controls left showing them, read as empty, and how often
        self.prompts: Counter[str] = Counter()
        # the words of each Word comment by its id, until a cell holding its anchor reads it
        self.comments: dict[str, str] = {}
        # the words of each footnote and endnote, until the cell holding its mark reads it
        self.notes: dict[str, str] = {}
        # the paragraphs holding an embedded workbook's object, with the sheet each shows
        self.objects: dict[Any, list[Embedded]] = {}
        # the document's theme colours by name, for a shape filled in one (``word_shapes``)
        self.theme: dict[str, str] = {}

    def blocks(self, parent: Any, tabbed: bool = False) -> Iterator[Block]:
        """The blocks in ``parent``; ``tabbed``: a paragraph holding tabs a TabbedLine,
        its columns kept for ``tab_tables`` (the body's paragraphs, not a cell's)."""
        for child in parent:
            if child.tag == f"{W}p":
                hidden = unshown(child)
                boxes = boxes_read_apart(child, hidden)
                yield self.paragraph(child, [*hidden, *boxes], tabbed)
                for embedded in self.objects.get(child, []):  # a table where the object sits
                    yield sheet_table(embedded.sheet)
                for box in boxes:  # its paragraphs and tables, where it is anchored
                    yield from self.blocks(box, tabbed)
            elif child.tag == f"{W}tbl" and _is_frame(child):
                for tc in (tc for tr in _children(child, "tr") for tc in _children(tr, "tc")):
                    yield from self.blocks(tc, tabbed)  # a box round the page's parts
            elif child.tag == f"{W}tbl":
                yield self.table(child)
            elif child.tag == f"{W}sdt" and self.left_at_prompt(child):
                continue  # Word's prompt in a box never filled in: no text of the user's
            elif child.tag == f"{W}sdt":  # a content control around paragraphs or a table
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    yield from self.blocks(content, tabbed)

    def left_at_prompt(self, sdt: Any) -> bool:
        """Whether a content control still shows its placeholder, counted when it does."""
        if not showing_placeholder(sdt):
            return False
        self.prompts[_control_text(sdt)] += 1
        return True

    def paragraph(self, p: Any, apart: Sequence[Any] = (), tabbed: bool = False) -> str:
        """The paragraph's text, without the runs inside ``apart`` (text boxes read as
        blocks of their own, the copies of a box Word does not show); ``tabbed``: with
        its columns where it holds tabs."""
        label = self.numbering.label(p)
        skipped = [*self._prompts_in(p, apart), *apart]
        text = paragraph_text(p, skipped)
        full = f"{label} {text}" if label and text else text
        bulleted = without_list_marks(full) != full
        mark = None if bulleted else self.headings.mark(p, text)
        read = full if mark is None else mark(full)
        cells = paragraph_columns(p, skipped) if tabbed else None
        if cells is None:
            return read
        columns = [f"{label} {cells[0]}".strip(), *cells[1:]] if label else cells
        return TabbedLine.of(read, columns, paragraph_look(p))

    def _prompts_in(self, p: Any, apart: Sequence[Any]) -> list[Any]:
        """The content controls of a paragraph left at their prompt, each counted once: a
        control inside one of them is part of that prompt, neither counted nor read; one
        in a part read ``apart`` is that part's (or never read, as a box's old copy)."""
        prompts: list[Any] = []
        for sdt in p.iter(f"{W}sdt"):  # in document order: an outer control first
            inside = any(a in prompts or a in apart for a in sdt.iterancestors())
            if not inside and self.left_at_prompt(sdt):
                prompts.append(sdt)
        return prompts

    def table(self, tbl: Any) -> Grid:
        rows: Grid = []
        above: dict[int, str] = {}  # grid column -> text of the cell a vertical merge repeats
        shaded: dict[int, str | None] = {}  # grid column -> the RAG that cell's shading shows
        for tr in _children(tbl, "tr"):
            row = TableRow([""] * _int(tr.find(f"{W}trPr/{W}gridBefore"), 0))
            for tc in _children(tr, "tc"):
                column = len(row)
                # both before a table inside takes them
                comment, footnotes = anchored(tc, self.comments), marked(tc, self.notes)
                merge = tc.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(f"{W}val", "continue") == "continue":
                    text, footnote = above.get(column, ""), "\n".join(footnotes)
                    row.carried.add(column)  # as a workbook's merged range carries it down
                else:
                    text, footnote = cell_with_notes(self.cell(tc), footnotes)
                    above[column] = text
                    shaded[column] = _shading_rag(tc, self.theme)
                comment = "\n".join(filter(None, [comment, footnote]))
                if comment:
                    row.notes[column] = comment
                if rag := shaded.get(column):
                    row.fills[column] = rag
                span = _int(tc.find(f"{W}tcPr/{W}gridSpan"), 1)
                row.spanned.update({c: len(row) for c in range(len(row) + 1, len(row) + span)})
                row += [text] + [""] * (span - 1)
            rows.append(row)
        return rows

    def cell(self, tc: Any) -> str:
        """A cell's paragraphs joined with newlines; a table inside it, a line per row.
        A paragraph carrying on the sentence above it mid-way is that sentence's printed
        line (a PDF converted back to Word): joined to it with a space."""
        lines = [line for block in self.blocks(tc) for line in _block_lines(block)]
        # the letters of a ligature first: "ﬁnance" opens a line in lower case
        return unwrapped([without_ligatures(line) for line in lines if line], self.broken)


def _block_lines(block: Block) -> list[str]:
    """A paragraph's text, or a table's rows each a line (``a | b``)."""
    if isinstance(block, str):
        return [block]
    return [" | ".join(c for c in row if c) for row in block]


class LiftedHeading(str):
    """The first cell of a table's header row read as a paragraph over the table: the
    requirement the table's rows answer, written where the action column's caption
    would be (see ``_first_cells_lifted``)."""


class HeadingRow(list[str]):
    """A paragraph over a plan's table that heads the table's rows, marked so that the
    sheet can list it among its table headings once the rows are folded."""


class TableRow(list[str]):
    """A table row as read, with the RAG each shaded cell's colour shows, by column (a
    Word plan shades a blank RAG cell as a workbook fills one), and the columns whose
    cell a vertical merge carries down from the row above (``w:vMerge``, as a
    workbook's merged range: a name merged down its block is written once), and the
    columns a cell merged across from the left spans, left blank (``w:gridSpan``), and
    the words of the Word comments on each cell (``word_comments``: a workbook's notes)."""

    def __init__(self, cells: list[str]) -> None:
        super().__init__(cells)
        self.fills: dict[int, str] = {}
        self.notes: dict[int, str] = {}
        self.carried: set[int] = set()
        self.spanned: dict[int, int] = {}  # column -> the column its cell spans from


def sheet_table(sheet: Sheet) -> Grid:
    """A workbook's sheet as the rows of a table of the document, each cell's fill,
    note and merge kept with its row as a Word table's shading, comment and merge are."""
    rows: Grid = []
    for i, cells in enumerate(sheet.grid):
        row = TableRow(list(cells))
        row.fills, row.notes = dict(sheet.fills.get(i, {})), dict(sheet.notes.get(i, {}))
        row.carried, row.spanned = set(sheet.carried.get(i, ())), dict(sheet.spanned.get(i, {}))
        rows.append(row)
    return rows


def _shading_rag(tc: Any, theme: dict[str, str]) -> str | None:
    """The RAG a cell's shading shows (``w:shd``: its fill, or the pattern's colour where
    the pattern is solid), read as a workbook's fill is; else that of the shapes drawn
    in it (``word_shapes``: an oval filled green floated in a blank RAG cell shows
    green); else that of the highlighter run over most of its words
    (``word_highlight``), as a white cell highlighted green shows green; None where
    none shows a rating's colour."""
    shd = tc.find(f"{W}tcPr/{W}shd")
    colour = None
    if shd is not None:
        solid = shd.get(f"{W}val") == "solid"
        colour = shd.get(f"{W}color") if solid else shd.get(f"{W}fill")
    if colour and colour != "auto" and (rag := rag_of_rgb(colour)):
        return rag
    drawn = shape_rgb(tc, theme) or highlight_rgb(tc)
    return rag_of_rgb(drawn) if drawn else None


def table_fills(grid: Grid) -> Fills:
    """The shaded cells' RAGs of the rows a table was read into, by row and column."""
    return {
        i: dict(row.fills) for i, row in enumerate(grid) if isinstance(row, TableRow) and row.fills
    }


def table_notes(grid: Grid) -> Notes:
    """The Word comments on the cells of the rows a table was read into, by row and
    column, as a workbook's notes are kept."""
    return {
        i: dict(row.notes) for i, row in enumerate(grid) if isinstance(row, TableRow) and row.notes
    }


def table_carried(grid: Grid) -> Carried:
    """The columns a vertical merge carries down, by row of the rows a table was read into."""
    return {
        i: set(row.carried)
        for i, row in enumerate(grid)
        if isinstance(row, TableRow) and row.carried
    }


def _is_frame(tbl: Any) -> bool:
    """A one-column table holding a table in a cell: a template's box drawn round the
    parts of the page (the title lines, the plan's table, a key), not a table of the
    plan's. Its cells' paragraphs and tables are the document's, in order."""
    rows = [list(_children(tr, "tc")) for tr in _children(tbl, "tr")]
    if not rows or any(len(cells) != 1 for cells in rows):
        return False
    return any(cells[0].find(f"{W}tbl") is not None for cells in rows)


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """Rows of a table or cells of a row, also those inside content controls (a form's
    repeating section wraps each row in one)."""
    for child in parent:
        if child.tag == f"{W}{tag}":
            yield child
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            yield from _children(content, tag) if content is not None else ()


def paragraph_text(p: Any, skipped: Sequence[Any] = ()) -> str:
    """The text of a paragraph's runs, hyperlinks, fields and text boxes; deleted text
    is not text, nor are the runs inside ``skipped`` (content controls left showing
    their placeholder, text boxes read apart). A text box is stored twice (for new and
    old Word): the copy Word does not show is never read. A tab is a space."""
    return with_struck_marked(_spans(p, skipped, " ")).strip()


def paragraph_columns(p: Any, skipped: Sequence[Any] = ()) -> list[str] | None:
    """The paragraph's text parted at its tabs, each part as ``paragraph_text`` reads it
    (the parts a leading tab leaves empty kept: they say the column); None: no tab."""
    columns: list[list[tuple[bool, str]]] = [[]]
    for struck, text in _spans(p, skipped, "\t"):
        first, *rest = text.split("\t")
        columns[-1].append((struck, first))
        columns += [[(struck, part)] for part in rest]
    if len(columns) == 1:
        return None
    return [with_struck_marked(spans).strip() for spans in columns]


def paragraph_look(p: Any) -> str:
    """How the paragraph sets itself out, where it says so: its style, tab stops and
    indents as written ('' for each it takes from its style or the document)."""
    ppr = p.find(f"{W}pPr")
    found = [] if ppr is None else [ppr.find(f"{W}{tag}") for tag in ("pStyle", "tabs", "ind")]
    return "|".join("" if e is None else _written(e) for e in found)


def _written(element: Any) -> str:
    """An element as written, its attributes and children: two paragraphs' stops equal."""
    inner = "".join(_written(child) for child in element)
    return f"<{element.tag} {sorted(element.attrib.items())}>{inner}"


def _spans(p: Any, skipped: Sequence[Any], tab: str) -> list[tuple[bool, str]]:
    """(struck through, text) of each run of the paragraph read, a tab read as ``tab``."""
    # lxml hands out the same proxy for a node while one is referenced, as here.
    fallback = {r for part in [*unshown(p), *skipped] for r in part.iter(f"{W}r")}
    spans: list[tuple[bool, str]] = []  # (struck through, text) of each run in turn
    drawn: list[bool] = []  # the fields open at this run: each a form field Word draws?
    for run in p.iter(f"{W}r"):
        if run in fallback:
            continue
        kind = _field_char(run)
        if kind == "begin":
            shown = _form_field_shown(run)
            if shown is not None and not any(drawn):
                spans.append((_struck(run), shown))
            drawn.append(shown is not None)
        elif kind == "end" and drawn:
            drawn.pop()
        if not any(drawn):  # a drawn field's own result is what was read above
            spans.append((_struck(run), "".join(_run_parts(run, tab))))
    return spans


def _form_field_shown(run: Any) -> str | None:
    """What a Word 97–2003 form field opened by ``run`` shows though it holds no text: a
    drop-down's chosen entry, a check box's mark. None for any other field."""
    chosen = _drop_down_choice(run)
    return chosen if chosen is not None else _check_box_mark(run)


def _check_box_mark(run: Any) -> str | None:
    """The mark a check-box form field (FORMCHECKBOX) opened by ``run`` shows: "☒"
    ticked, "☐" not. Word keeps the tick only as the field's data and draws the box from
    it: its ``w:checked`` where it has one, else its ``w:default`` (ECMA-376 17.16), so
    a template's box ticked by default and left so is ticked. Written as the glyph a
    content control's check box holds, the cell reads as one: "☐ Not started ☒ Delayed".
    None for any other field."""
    box = run.find(f"{W}fldChar/{W}ffData/{W}checkBox")
    if box is None:
        return None
    state = box.find(f"{W}checked")
    if state is None:
        state = box.find(f"{W}default")
    ticked = state is not None and state.get(f"{W}val", "1").lower() not in _OFF
    return "☒" if ticked else "☐"


def _field_char(run: Any) -> str | None:
    """Whether a run opens, separates or ends a field ("begin", "separate", "end")."""
    mark = run.find(f"{W}fldChar")
    return None if mark is None else mark.get(f"{W}fldCharType")


def _drop_down_choice(run: Any) -> str | None:
    """The entry a Word 97–2003 drop-down form field (FORMDROPDOWN) opened by ``run``
    shows: Word keeps the choice only as its place in the field's list (``w:result``),
    else the list's default (``w:default``), else the first entry (ECMA-376 17.16), and
    draws that entry on the page, so it is the cell's text. None for any other field,
    or a place outside the list (the field's own result, if any, is then read)."""
    entries = run.find(f"{W}fldChar/{W}ffData/{W}ddList")
    if entries is None:
        return None
    listed = [e.get(f"{W}val") or "" for e in entries.findall(f"{W}listEntry")]
    chosen = entries.find(f"{W}result")
    if chosen is None:
        chosen = entries.find(f"{W}default")
    place = _int(chosen, 0)
    return listed[place] if place < len(listed) else None


def _run_parts(run: Any, tab: str = " ") -> Iterator[str]:
    font = _run_font(run)
    for item in run:
        if item.tag == f"{W}t":
            # before the document's paragraphs, headings and lines are read (clean() is
            # too late for them): a zero-width space draws nothing in Word either
            text = without_invisibles(item.text or "")
            yield drawn(text, font)
        elif item.tag == f"{W}sym":
            yield _inserted_mark(item)
        elif item.tag in (f"{W}tab", f"{W}ptab"):
            yield tab
        elif item.tag in (f"{W}br", f"{W}cr"):
            yield "\n"
        elif item.tag == f"{W}noBreakHyphen":
            yield "-"


def _run_font(run: Any) -> str:
    """The font a run's own formatting names for its text, lower case ("" if none)."""
    fonts = run.find(f"{W}rPr/{W}rFonts")
    if fonts is None:
        return ""
    return (fonts.get(f"{W}ascii") or fonts.get(f"{W}hAnsi") or "").lower()


def _inserted_mark(sym: Any) -> str:
    """The mark a symbol inserted from a font shows ("✔" for Wingdings F0FC); a symbol
    that is no mark has no character in the text to keep, so none."""
    marks = marks_of(sym.get(f"{W}font"))
    code = sym.get(f"{W}char") or ""
    if marks is None or not 0 < len(code) <= 4 or any(c not in string.hexdigits for c in code):
        return ""
    char = chr(int(code, 16))
    mark = mark_shown(marks, char)
    return "" if mark == char else mark


def _struck(run: Any) -> bool:
    """A run formatted struck through (single or double), "off" values aside."""
    marks = run.find(f"{W}rPr")
    found = [] if marks is None else [marks.find(f"{W}strike"), marks.find(f"{W}dstrike")]
    return any(m is not None and m.get(f"{W}val", "1") not in _OFF for m in found)


_OFF = frozenset({"0", "false", "off"})


PLACEHOLDER_STYLE = "PlaceholderText"  # Word's own style id for a control's grey prompt


def showing_placeholder(sdt: Any) -> bool:
    """Whether a content control still shows its placeholder ("Click or tap here to enter
    text."): Word flags it so (``w:showingPlcHdr``), or sets its text in the "Placeholder
    Text" style. The prompt is Word's text, or the template's, never the user's."""
    flag = sdt.find(f"{W}sdtPr/{W}showingPlcHdr")
    if flag is not None:
        return flag.get(f"{W}val", "1") not in _OFF
    runs = [r for r in sdt.iter(f"{W}r") if "".join(_run_parts(r)).strip()]
    return bool(runs) and all(_run_style(r) == PLACEHOLDER_STYLE for r in runs)


def _run_style(run: Any) -> str | None:
    style = run.find(f"{W}rPr/{W}rStyle")
    return None if style is None else style.get(f"{W}val")


def _control_text(sdt: Any) -> str:
    """The text a content control shows, its paragraphs joined by a space."""
    paragraphs = list(sdt.iter(f"{W}p")) or [sdt]  # an inline control holds runs alone
    shown = ("".join("".join(_run_parts(r)) for r in p.iter(f"{W}r")) for p in paragraphs)
    return " ".join(" ".join(shown).split())


def _int(element: Any | None, default: int) -> int:
    value = None if element is None else element.get(f"{W}val")
    return int(value) if value is not None and value.isdigit() else default


# --- blocks to sheets ---------------------------------------------------------------


def word_sheets(blocks: list[Block], name: str, broken: list[str] | None = None) -> list[Sheet]:
    """The plan's sheet (paragraphs and every table of the plan's width, in order) and a
    sheet per table of another width. A table repeating the first one's header rows
    continues it: the repeat is dropped (it is the same text) and its rows follow on.

    A table of another width (a version table, a glossary) is also kept as one note
    below the plan, so that its words stay with the plan as everything else in the
    document does; as its own sheet it is read for initials like a key sheet. The words
    the cells' printed lines broke with a hyphen (``broken``, as printed) are a note
    below the plan: the cells read each as one word.
    """
    broken = list(broken or [])
    blocks, turned = _tables_set_upright(blocks)
    blocks = _own_header_tables_widened(blocks)
    width = _plan_width(blocks)
    blocks, lifted = _first_cells_lifted(blocks, width)
    blocks, brought = headings_brought_down(blocks, width)
    blocks, page_lines = _without_page_lines(blocks, width)
    rows: Grid = []
    others: list[Sheet] = []
    plan_tables: list[Grid] = []
    first_table_row = 0
    tables_seen = 0
    after_table = False  # the last block read was a plan table: the next goes on from it
    own_header = False  # a later table opened with a header row of its own (own_tables)
    header_rows, heading_rows, heads = _headed_tables(blocks, width)
    for index, block in enumerate(blocks):
        if isinstance(block, str):
            row = HeadingRow([block]) if index in heads else [block]
            rows += [row] if block else []
            after_table = after_table and not block
            continue
        tables_seen += 1
        if _is_plan_table(block, width):
            if not plan_tables and header_rows:  # 0: the tables have no headings
                rows, first_table_row = _heading_under_header(
                    rows, block, header_rows, heading_rows
                )
            elif not plan_tables:
                first_table_row = len(rows)
                rows += block
            else:
                rest = _without_header(block, plan_tables[0])
                if own_header and len(rest) < len(block):  # the first's columns again
                    rest = [block[len(block) - len(rest) - 1], *rest]
                own_header = own_header or _opens_with_its_own_header(rest, plan_tables[0])
                if after_table and rest and continues_row(rows[-1], rest[0]):
                    rows[-1], rest = row_joined(rows[-1], rest[0], broken), rest[1:]
                rows += rest
            plan_tables.append(block)
            after_table = True
        elif _table_width(block) <= 1:  # a one-cell box of text reads as paragraphs
            rows += [[row[0]] for row in block if row and row[0]]
            after_table = False
        else:
            others.append(
                Sheet(
                    f"Table {tables_seen}",
                    block,
                    fills=table_fills(block),
                    carried=table_carried(block),
                    notes=table_notes(block),
                )
            )
            after_table = False
    rows += [[line] for line in page_lines]
    rows += [[broken_words_note(broken)]] if broken else []
    rows += [[sheet.as_note()] for sheet in others]
    how = _how_headed(_how(plan_tables, others, width), lifted, bool(header_rows), brought)
    how = "; ".join(part for part in (_turned_how(turned), how) if part)
    grid = _fold_preamble(rows, first_table_row)
    headed = frozenset(i for i, row in enumerate(grid) if isinstance(row, HeadingRow))
    fills, carried = table_fills(grid), table_carried(grid)
    notes = table_notes(grid)
    plan = Sheet(name, grid, how, fills=fills, carried=carried, notes=notes, table_headings=headed)
    return [plan, *others]


def _how_headed(how: str, lifted: bool, headed: bool, brought: bool = False) -> str:
    """How the tables were read, with how their headings were found: a sentence lifted
    from each header row, a marked heading over each table's section, or a paragraph
    over each table."""
    if lifted:
        return "; ".join(part for part in (how, _LIFTED_HOW) if part)
    if headed and brought:
        return how + "; " + _BROUGHT_HOW
    if headed:
        return how + "; the paragraph over each table heads its rows, the first table's too"
    return how


_LIFTED_HOW = (
    "the sentence opening each table's header row heads the table's rows, the column"
    f" under it read as the actions ({ACTION_CAPTION!r})"
)


_BROUGHT_HOW = (
    "the heading over each table's section heads its rows, not the caption over every"
    " table nor a bullet; the lines between are kept above"
)


def headings_brought_down(blocks: list[Block], width: int) -> tuple[list[Block], bool]:
    """The blocks with each plan table's section heading brought down to sit right over
    the table, and whether they were. A response document heads each section with a
    marked heading (a standard: "Safety and quality: stock condition and repairs"), then
    sub-headings and bullets, then the same caption over every table ("What we will do
    next"): the line right over a table that is a bullet, or a line over every table,
    heads nothing of its own, and the nearest marked heading above it that is over no
    other table heads its rows. Only where every plan table, two or more, is so, each
    under a heading of its own; the lines between stay where they are, in order."""
    tables = [i for i, b in enumerate(blocks) if _is_plan_table(b, width)]
    if len(tables) < 2:
        return blocks, False
    starts = [0, *(t + 1 for t in tables[:-1])]
    sections = [
        [i for i in range(start, table) if isinstance(blocks[i], str) and blocks[i]]
        for start, table in zip(starts, tables, strict=True)
    ]
    over_every = set.intersection(*({blocks[i] for i in section} for section in sections))
    headings: dict[int, int] = {}  # table -> its section's heading
    for table, section in zip(tables, sections, strict=True):
        heading = _section_heading(blocks, section, over_every)
        if heading is None:
            return blocks, False
        headings[table] = heading
    if len({blocks[i] for i in headings.values()}) < len(tables):
        return blocks, False
    moved = set(headings.values())
    brought: list[Block] = []
    for i, block in enumerate(blocks):
        brought += [blocks[headings[i]]] if i in headings else []
        brought += [] if i in moved else [block]
    return brought, True


def _section_heading(blocks: list[Block], section: list[int], over_every: set[Block]) -> int | None:
    """Where the heading of the table under ``section`` (its paragraphs) is, when the line
    right over the table heads nothing of its own; None when it heads, or none is. The
    nearest heading in a heading style, over no other table: a line the author only set
    in bold ("Why this matters to tenants") is a sub-heading inside a styled section,
    and heads it only where the section has no styled heading."""
    if not section or not _heads_nothing(blocks[section[-1]], over_every):
        return None
    marked = [
        i for i in section if isinstance(blocks[i], MarkedHeading) and blocks[i] not in over_every
    ]
    styled = [i for i in marked if isinstance(blocks[i], StyledHeading)]
    heads = styled or marked
    return heads[-1] if heads else None


def _heads_nothing(block: Block, over_every: set[Block]) -> bool:
    """A bullet, or a line over every table (a caption the template repeats)."""
    return block in over_every or (isinstance(block, str) and without_list_marks(block) != block)


def _tables_set_upright(blocks: list[Block]) -> tuple[list[Block], int]:
    """The blocks with each table turned on its side set upright, and how many were. An
    author fitting a plan to the page may write its labels down the first column
    ("Ref", "Action", "Lead", "Target date", …) and each action in a column of its own
    to the right: such a table read upright has the labels for its header row and an
    action a row. Only where one such table at least holds two actions or more, side by
    side: a lone two-column table of labels and values is a record of a form."""
    sideways = tables_on_their_side(blocks)
    if not sideways:
        return blocks, 0
    turned = {id(table) for table in sideways}
    upright = [b if isinstance(b, str) or id(b) not in turned else _turned(b) for b in blocks]
    return upright, len(sideways)


def tables_on_their_side(blocks: list[Block]) -> list[Grid]:
    """The tables whose labels run down the first column, where one of them at least
    holds two actions side by side; none otherwise."""
    sideways = [b for b in _tables(blocks) if _labels_down_first_column(b)]
    return sideways if any(_actions_across(table) >= 2 for table in sideways) else []


def _labels_down_first_column(table: Grid) -> bool:
    """Whether the table's first column holds its labels, each a caption naming a plan's
    field (an action or a recommendation among them), where its first row reads as no
    header."""
    if _table_width(table) < 2 or header_score(table[0]) > 0 or _a_key_across(table[0]):
        return False
    labels = [row[0] for row in table if row and row[0]]
    named = [label for label in labels if best_field(label)]
    return header_score(labels) > 0 and len(named) == len(labels)


def _a_key_across(first: list[str]) -> bool:
    """A first row of ratings or status words across ("RAG" | "Red" | "Amber" | "Green"):
    a key saying what each means ("Description" | "Off track" | …, "Action" | "Escalate
    to the Board" | …), never actions on their side."""
    values = [cell for cell in first[1:] if cell]
    return bool(values) and all(
        read_rag(cell)[0] is not None or read_status(cell)[0] is not None for cell in values
    )


def _actions_across(table: Grid) -> int:
    """How many cells the row labelled as the actions (or the recommendation) fills to
    the right of its label: one per action in a table on its side."""
    rows = [row for row in table if row and best_field(row[0]) in ("action", "recommendation")]
    return max((sum(1 for cell in row[1:] if cell) for row in rows), default=0)


def _turned(table: Grid) -> Grid:
    """The table read upright: its columns its rows. A label's cell merged across the
    actions is theirs each (carried down, as a vertical merge is); a cell merged down
    over two labels is kept once, as a merge across is."""
    turned: Grid = []
    for j in range(_table_width(table)):
        row = TableRow([])
        for i, source in enumerate(table):
            cell = source[j] if j < len(source) else ""
            carried = isinstance(source, TableRow) and j in source.carried
            if isinstance(source, TableRow) and (origin := source.spanned.get(j)) is not None:
                cell = source[origin]
                row.carried.add(i)
            if isinstance(source, TableRow) and (rag := source.fills.get(j)):
                row.fills[i] = rag
            if isinstance(source, TableRow) and (note := source.notes.get(j)):
                row.notes[i] = note
            row.append("" if carried else cell)
        turned.append(row)
    return turned


def _turned_how(turned: int) -> str:
    if not turned:
        return ""
    return (
        f"{turned} table{'s' if turned > 1 else ''} on {'their' if turned > 1 else 'its'} side"
        " read upright"
        " (the labels down the first column the header, each column after them an action)"
    )


def _first_cells_lifted(blocks: list[Block], width: int) -> tuple[list[Block], bool]:
    """The blocks with each plan table's header row opened by the requirement it answers
    ("MD1 – The trust must ensure …" | "Lead" | "Target date" | "Status") read as that
    sentence over the table, a paragraph heading it, and the header with its first
    column named as the actions; whether they were. Only where every plan table's first
    row is so and the captions after the sentence are the same in each: then the tables
    are one plan, each table's rows that requirement's actions."""
    tables = [b for b in _tables(blocks) if _table_width(b) == width]
    if not tables or not all(map(_headed_by_first_cell, tables)):
        return blocks, False
    if len({tuple(t[0][1:]) for t in tables}) > 1:
        return blocks, False
    lifted: list[Block] = []
    for block in blocks:
        if isinstance(block, str) or not _is_plan_table(block, width):
            lifted.append(block)
            continue
        header, *rows = block
        lifted += [LiftedHeading(header[0]), [[ACTION_CAPTION, *header[1:]], *rows]]
    return lifted, True


NAMED_CAPTIONS = 2  # captions naming a plan's columns beside a requirement opening the row


def _headed_by_first_cell(table: Grid) -> bool:
    """A table whose first row is no header as written, its first cell a sentence (or a
    ref and its words) and every other cell a caption naming a plan's column, two or
    more, none the action; and the rows under it write in that first column. A sentence
    is never a caption: beside captions on a table's first row it heads the table."""
    if len(table) < 2 or not table[0]:
        return False
    first, *rest = table[0]
    if not (_opens_with_ref(first) or _is_requirement_sentence(first)):
        return False
    captions = [cell for cell in rest if cell]
    if len(captions) < NAMED_CAPTIONS:
        return False
    if not all(best_field(c) not in (None, "action") for c in captions):
        return False
    written = sum(1 for row in table[1:] if row and row[0])
    return header_score(table[0]) == 0 and 2 * written >= len(table) - 1


def _is_requirement_sentence(text: str) -> bool:
    """A sentence of six words or more closed by its full stop ("The provider must make
    sure that medicines are stored …."): a long caption naming a column ("What the peer
    team told us in March 2026") has none."""
    return len(text.split()) >= PROSE_WORDS and text.rstrip().endswith(".")


def _without_page_lines(blocks: list[Block], width: int) -> tuple[list[Block], list[str]]:
    """The blocks without the page's lines between the plan's tables (a table a page,
    as a PDF converted to Word has it), and those lines, kept as notes below the plan:
    a page number ("Page 1 of 3"), a line between every two tables, two breaks or more,
    alike (the running header), or a line of the title block again (the title)."""
    tables = [i for i, b in enumerate(blocks) if _is_plan_table(b, width)]
    if len(tables) < 2:
        return blocks, []
    gaps = [range(a + 1, b) for a, b in zip(tables, tables[1:], strict=False)]
    between = [{blocks[i] for i in gap if isinstance(blocks[i], str)} for gap in gaps]
    running = set.intersection(*between) if len(gaps) >= 2 else set()
    title = {b for b in blocks[: tables[0]] if isinstance(b, str)} - _heading_block_lines(
        blocks[: tables[0]]
    )
    page = {
        i
        for gap in gaps
        for i in gap
        if isinstance(text := blocks[i], str)
        and text
        and (is_page_number(text) or text in running or _title_again(text, title))
    }
    kept = [b for i, b in enumerate(blocks) if i not in page]
    return kept, [text for i in sorted(page) if isinstance(text := blocks[i], str)]


def _heading_block_lines(above: list[Block]) -> set[str]:
    """The labelled line under the heading right over the first table ("Must do 1 (…):
    …", then "Executive lead: Dr …"): its block's, no line of the title, so written again
    over a later table it says the same of that table."""
    heading = _heading_above([b for b in above if b])
    return set(heading[1:]) if heading is not None and len(heading) == 2 else set()


def _title_again(text: str, title: set[str]) -> bool:
    """A line of the title block again between tables: the page's running title, unless
    it opens with a ref. An introduction listing the areas ("1. Weaknesses in …") and
    then each again over its own table has the line head that table."""
    return text in title and not _opens_with_ref(text)


def _is_plan_table(block: Block, width: int) -> bool:
    return not isinstance(block, str) and _table_width(block) == width


def _heading_under_header(
    rows: Grid, table: Grid, header_rows: int, heading_rows: int
) -> tuple[Grid, int]:
    """The rows with the first table added, the paragraphs heading it (the last
    ``heading_rows`` read) moved under its header, where the later tables' headings sit:
    they head the rows of that table, not the plan. Also the row the table starts at."""
    before, heading = rows[:-heading_rows], rows[-heading_rows:]
    return [*before, *table[:header_rows], *heading, *table[header_rows:]], len(before)


def _headed_tables(blocks: list[Block], width: int) -> tuple[int, int, frozenset[int]]:
    """The header rows of the plan's first table (its repeat at the top of the later
    ones, else one) when every plan table, two or more, sits under a short paragraph of
    its own ("Age", "Disability": a heading over each table), how many paragraphs head
    the first table (below), and where each heading paragraph is among the blocks;
    (0, 0, none) when they do not."""
    at = [i for i, b in enumerate(blocks) if b]  # an empty paragraph only spaces the page
    filled = [blocks[i] for i in at]
    headings: list[list[str]] = []
    heads: set[int] = set()
    for i, block in enumerate(filled):
        if isinstance(block, str) or _table_width(block) != width:
            continue
        heading = _heading_above(filled[:i])
        if heading is None:
            return 0, 0, frozenset()
        headings.append(heading)
        heads.add(at[i - len(heading)])
    firsts = [heading[0] for heading in headings]
    # a heading lifted out of its table's header row heads that table, even the only one
    least = 1 if any(isinstance(first, LiftedHeading) for first in firsts) else 2
    if len(firsts) < least or len(set(firsts)) < len(firsts):
        return 0, 0, frozenset()
    tables = [b for b in filled if not isinstance(b, str) and _table_width(b) == width]
    header = max((len(t) - len(_without_header(t, tables[0])) for t in tables[1:]), default=0)
    header = header or 1
    return header, len(headings[0]), frozenset(heads)


def _heading_above(above: list[Block]) -> list[str] | None:
    """The paragraphs heading the table under ``above``: the line right above it, or a
    heading opening with its ref and a labelled line between it and the table ("WL1 –
    …", then "Executive lead: …": the line belongs to the heading's block, not to the
    heading before); None when no paragraph heads it."""
    last = above[-1] if above else None
    if not isinstance(last, str):
        return None
    if isinstance(last, LiftedHeading):
        return [last]
    before = above[-2] if len(above) >= 2 else None
    if isinstance(before, str) and _opens_with_ref(before) and _labelled_line(last):
        return [before, last]
    # the document's first paragraph is the plan's title, a heading of no table by style
    return [last] if _heading_line(last, first=len(above) == 1) else None


def _heading_line(text: str, first: bool = False) -> bool:
    """A paragraph that can head a table: one short line, one line in a Word heading style
    however long (a trust's "Hillcrest Primary School — inspected 5–6 March 2026 (Good,
    with areas for improvement)") unless it is the ``first`` of the document, the plan's
    title, or one line opening with a recommendation's ref however long its text ("MD1 –
    The trust must ensure …")."""
    if "\n" not in text and isinstance(text, StyledHeading) and not first:
        return True  # the author's own heading style: a heading at any length
    return len(text) <= HEADING_CHARS and "\n" not in text or _opens_with_ref(text)


def _opens_with_ref(text: str) -> bool:
    """One line opening with a recommendation's ref ("MD1 – The trust must …")."""
    if "\n" in text:
        return False
    return split_rec_heading(text)[0] is not None or CODE_HEADING.match(text) is not None


def _labelled_line(text: str) -> bool:
    """One "Label: value" line that is no heading itself ("Executive lead: Dr …")."""
    return "\n" not in text and label_value(text) is not None and not _opens_with_ref(text)


def _how(plan_tables: list[Grid], others: list[Sheet], width: int) -> str:
    """What ``--explain`` says of how the document's tables became the plan's table."""
    parts = []
    if typed := sum(isinstance(t, MarkdownTable) for t in plan_tables):
        parts.append(f"{typed} {_tables_word(typed)} typed as Markdown lines ('| … |')")
    if tabbed := sum(isinstance(t, TabbedTable) for t in plan_tables):
        parts.append(f"{tabbed} {_tables_word(tabbed)} typed with tab stops")
    if len(plan_tables) > 1:
        repeats = sum(1 for t in plan_tables[1:] if _without_header(t, plan_tables[0]) != t)
        parts.append(f"{len(plan_tables)} tables of {width} columns read as one")
        if repeats:
            parts.append(f"the header repeated at the top of {repeats} of them read once")
    if others:
        names = ", ".join(s.name for s in others)
        parts.append(f"{names} (another width) kept in the notes and read for initials")
    return "; ".join(parts)


def _tables_word(count: int) -> str:
    return "table" if count == 1 else "tables"


def _tables(blocks: list[Block]) -> list[Grid]:
    return [b for b in blocks if not isinstance(b, str)]


def _table_width(table: Grid) -> int:
    return max((len(row) for row in table), default=0)


def _plan_width(blocks: list[Block]) -> int:
    """The width of the tables holding the most rows: the plan's table. A progress log
    ("Ref | Date | Update") is no plan's table, however many entries it holds."""
    tables = [t for t in _tables(blocks) if _table_width(t) >= 2]
    rows: Counter[int] = Counter()
    logs: Counter[int] = Counter()
    for table in tables:
        kind = logs if _is_log(table, tables) else rows
        kind[_table_width(table)] += len(table)
    return (rows or logs).most_common(1)[0][0] if rows or logs else 0


def _is_log(table: Grid, tables: list[Grid]) -> bool:
    """Whether the table, read as a progress log, holds dated entries naming (nearly
    all) refs the other tables hold: its header alone ("Ref | Outcome | … | Update", a
    plan whose actions are outcomes) does not make it one."""
    log = read_log(table)
    if log is None:
        return False
    cells = {
        cell.strip() for other in tables if other is not table for row in other for cell in row
    }
    return log.names_refs(cells)


def _without_header(table: Grid, first: Grid) -> Grid:
    """The table less the first table's header rows (at most 3) it starts with. Only
    the header (and any rows above it in that table) repeats: a data row the tables
    both open with ("AFI 1: Improve attendance" atop each school's table) is a row of
    the plan each time, never a repeat to drop."""
    header = first[: min(HEADER_REPEAT_ROWS, _header_end(first))]
    repeated = 0
    while repeated < min(len(header), len(table)) and table[repeated] == header[repeated]:
        repeated += 1
    return table[repeated:]


def _opens_with_its_own_header(rest: Grid, first: Grid) -> bool:
    """A later plan table that opens with a header row of its own, not the first's:
    its rows are read by it (``importers.own_tables``), and a table after it repeating
    the first's header goes back to the first's columns."""
    return bool(rest) and opens_a_table(rest[0]) and find_header(rest, None) == 0


def _own_header_tables_widened(blocks: list[Block]) -> list[Block]:
    """The blocks with the tables that each open with a plan's header row of their own,
    in widths of their own (each lead agency's table, one with a RAG column the others
    lack, another an evidence column), made as wide as the widest with blank columns:
    each is a table of the one plan, read by its own header (``importers.own_tables``),
    never a table of another width kept in the notes. Only where two such tables at
    least differ in width; a progress log keeps its own width."""
    tables = [t for t in _tables(blocks) if _table_width(t) >= 2]
    headed = [
        t
        for t in tables
        if opens_a_table(t[0]) and find_header(t, None) == 0 and not _is_log(t, tables)
    ]
    widths = {_table_width(t) for t in headed}
    if len(widths) < 2:
        return blocks
    widest, widened = max(widths), {id(t) for t in headed}
    return [_widened(b, widest) if id(b) in widened else b for b in blocks]


def _widened(table: Block, width: int) -> Grid:
    """The table's rows with blank cells added up to ``width``, a Word row keeping its
    shading and merges."""
    assert not isinstance(table, str)
    rows: Grid = []
    for row in table:
        wide = TableRow([*row, *[""] * (width - len(row))])
        if isinstance(row, TableRow):
            wide.fills, wide.carried, wide.spanned = row.fills, row.carried, row.spanned
            wide.notes = row.notes
        rows.append(wide)
    return rows


def _header_end(table: Grid) -> int:
    """How many rows the table's header ends at (its caption rows above, its
    sub-header below); 0 when no row of it reads as a header."""
    index = find_header(table, None)
    if index is None:
        return 0
    return index + header_rows(table, index)[1]


def _fold_preamble(rows: Grid, first_table_row: int) -> Grid:
    """Long text above the table (an introduction, a foreword) is kept as one cell, so
    the table's header stays within the rows the header search reads."""
    above = first_table_row
    if above <= MAX_ROWS_ABOVE:
        return rows
    keep = MAX_ROWS_ABOVE - 1
    folded = "\n".join(row[0] for row in rows[keep:above])
    return rows[:keep] + [[folded]] + rows[above:]
