"""Bytes to a grid of clean text cells: encodings, delimiters, Excel.

Everything here is about getting the cells a person would see; what the
cells mean is decided later (``layout``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import shlex
import stat
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from importers import banding, colours
from importers.cut_short import Records
from importers.drop_downs import drop_down_messages
from importers.errors import ImportFailure
from importers.form_boxes import boxes_shown, with_boxes_shown
from importers.icon_sets import icon_ratings
from importers.internal_names import names_decoded
from importers.invisibles import without_invisibles
from importers.list_values import id_pairs_value, list_value, list_written
from importers.markup import is_markup, markup_text
from importers.mojibake import without_mojibake
from importers.number_formats import coded_number
from importers.pivots import pivot_blanks_emptied
from importers.print_header import sheet_print_lines
from importers.sheet_drawings import drawn_texts
from importers.strict import transitional
from importers.struck import rich_text_marked
from importers.symbol_fonts import drawn
from importers.tree_query import levels_read_as_indent
from store import clock

if TYPE_CHECKING:
    from importers.unsaved_formulas import Unsaved

Grid = list[list[str]]
# Cells coloured as a RAG rating by their fill: row index → column index → "red",
# "amber", "green" or "blue" (0-based, as the grid). Most cells have none.
Fills = dict[int, dict[int, str]]
# Cells indented by Excel's cell indent (a task tool's hierarchy): row index → column
# index → indent level, only for cells indented at all.
Indents = dict[int, dict[int, int]]
# The notes (comments) attached to cells, the red-cornered text shown on hover: row
# index → column index → the note's text. Most cells have none.
Notes = dict[int, dict[int, str]]
# The cells a merged range carries down from the row above it (a value merged down its
# block): row index → column indexes. A value typed again on each row is none of them.
Carried = dict[int, set[int]]
# The cells a merged range spans across from its first column (a value merged over the
# columns beside it, kept once): row index → column index → the column it spans from.
Spanned = dict[int, dict[int, int]]
# Whole escape sequences (CSI and OSC) first, then any other control character.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
_DELIMITERS = (",", ";", "\t")
XLSX_MAGIC = b"PK\x03\x04"
REPLY_SHEET = "actionplan_reply_pack"  # the hidden sheet of a chase pack (importers.reply)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc and .xls before 2007
WORD_SUFFIXES = (".docx", ".docm")
MiB = 1024 * 1024
READ_ONLY_ABOVE = 20 * MiB  # expanded size of the workbook's parts
# Resource guards (README, "Limits"): a plan of 100,000 actions is a 14 MB CSV
# of 100,002 rows and 7 columns, so each limit leaves room for several times that.
MAX_FILE_BYTES = 512 * MiB  # any input; our JSON export of 100,000 actions is ~150 MB
MAX_TABLE_BYTES = 64 * MiB  # a CSV or .xlsx file as stored
MAX_XLSX_EXPANDED = 256 * MiB  # a .xlsx file's parts once decompressed
MAX_ROWS = 250_000
MAX_COLUMNS = 200
MAX_CELLS = 2_000_000  # filled cells: what the grid holds in memory (~1 GB)


# A typographic ligature a PDF's font drew as one character ("ﬁ" U+FB01 in "Ofﬁcer",
# "ﬂ", "ﬃ"), pasted from the PDF as that character: the letters it stands for (their
# compatibility decomposition; no other character is touched).
_LIGATURES = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}


def without_ligatures(text: str) -> str:
    """``text`` with each typographic ligature read as its letters: "Ofﬁcer" → "Officer"."""
    return text if text.isascii() else text.translate(_LIGATURES)


# A keycap emoji, a digit dressed as a key ("1️⃣": the digit, an emoji selector U+FE0F,
# the enclosing keycap U+20E3; "🔟" ten), as a communications team numbers headings:
# a person reads the number itself, "1️⃣ Identifying needs early" as "1 Identifying …"
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3")
_KEYCAP_TEN = "\U0001f51f"


def without_keycaps(text: str) -> str:
    """``text`` with each keycap emoji read as its number: "2️⃣ Plans" → "2 Plans"."""
    if "\u20e3" not in text and _KEYCAP_TEN not in text:
        return text
    return _KEYCAP.sub(r"\1", text).replace(_KEYCAP_TEN, "10")


# A circled number (①, ❶, ➀, ⓫, ㉑ …) opening a cell or a line of it, as a school's wall
# display numbers its priorities: a person reads the number itself, "① Improve reading"
# as "1 Improve reading". A letter or another circled number straight after it is parted
# by a space: "①②" are 1 and 2. Inside a sentence ("three steps: ① draft, ② consult")
# it counts the sentence's own parts, and stays as written.
_CIRCLED = "\u24ea\u2460-\u2473\u24eb-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
_CIRCLED_OPENING = re.compile(f"^([^\\S\\n]*)([{_CIRCLED}]+)(?=([^\\W_])?)", re.MULTILINE)


def without_circled_numbers(text: str) -> str:
    """``text`` with each circled number opening it or a line read as its number:
    "② Plans" → "2 Plans"."""
    if text.isascii():
        return text
    return _CIRCLED_OPENING.sub(_circled_numbers, text)


def _circled_numbers(m: re.Match[str]) -> str:
    numbers = " ".join(str(int(unicodedata.numeric(c))) for c in m[2])
    return m[1] + numbers + (" " if m[3] else "")


# A pilcrow straight after a cell's text is a line break a tracker system's export wrote
# as Word's paragraph mark ("… October.¶02/09/2026 – …"); after a space or an opening
# bracket, or opening the cell, it cites a paragraph ("see ¶ 12") and stays, and so does
# one after another ("¶¶ 12–14", paragraphs 12 to 14).
_PILCROW_BREAK = re.compile(r"(?<=[^\s(\[¶])¶")


# A line break inside a cell that a web tracker's export wrote as the two characters
# backslash and n, as the mysql client's tab-separated output and PostgreSQL's COPY TO
# in text format escape one and many a web system's export does too
# ("… with the Tenant Scrutiny Panel.\n21/10/2026 – Translations ordered.", "Complaints
# Manager\nHead of Customer Experience"): only straight after text and before a line's
# start (a capital, a digit, a dash or a bullet), so a folder's path ("S:\Quality\new
# starters") and "\n" written about with a space before it stay as written. A run of
# them ("\n\n") is as many breaks; "\r\n" is one.
_ESCAPED_BREAKS = re.compile(r"(?<=[^\s\\])(?:(?:\\r)?\\n)+(?![a-z\s\\]|$)")


def _escaped_breaks(m: re.Match[str]) -> str:
    return "\n" * m[0].count("\\n")


# A database's null, written into each empty cell by a query's result saved as text:
# SQL Server Management Studio's "Save Results As" and a results grid pasted into Excel
# write "NULL", other tools "null" or "(null)", MySQL's and PostgreSQL's text exports
# \N. Only a whole cell: no plan writes the word alone as its own text, and inside
# the user's text ("Remove NULL cost codes") it is theirs. Excel's "#N/A" is a failed
# formula, kept as written (vocab.is_excel_error).
DATABASE_NULLS = frozenset({"NULL", "null", "Null", "(null)", "(NULL)", "\\N"})


def clean(text: str, exact: bool = False) -> str:
    """Strip, unify newlines, drop control characters (ESC sequences whole) and the
    invisible format characters that draw nothing, read ligatures as their letters,
    keycap emoji and circled numbers as their numbers, a pilcrow after text and an
    escaped "\\n" before a line's start as line breaks, text garbled by reading UTF-8 as
    Windows-1252 as the characters it stands for and a database's null as an
    empty cell; a cell of stored rich text (HTML), Excel's text formula ('="0412"') or
    a SharePoint list's JSON person or choice, or its web service's "ID;#value"
    lookup or person, becomes the text it shows. ``exact``
    (our own export) keeps invisible characters, ligatures, keycaps, circled numbers,
    pilcrows, markup and leading quotes as written: they were the user's text when
    exported (own_csv.restore takes off its formula guard's quote)."""
    if not exact:
        # garbled characters first: 'í' garbled is 'Ã' and a soft hyphen, an invisible
        text = without_mojibake(text)
        # then the invisible characters: "1.1\u200b" is no ref to any reading
        text = without_invisibles(text)
        text = without_circled_numbers(without_keycaps(without_ligatures(text)))
        if "¶" in text:
            text = _PILCROW_BREAK.sub("\n", text)
        if "\\n" in text:
            text = _ESCAPED_BREAKS.sub(_escaped_breaks, text)
    if text.isprintable():  # most cells: no newline, tab or control character at all
        cell = text.strip()
    else:
        cell = _CONTROL.sub("", line_breaks_unified(text)).strip()
    if exact:  # our own export's quotes are all its own guard's, taken off by own_csv
        return cell
    if cell[:2] == '="':
        cell = without_text_formula(cell)
    elif cell[:1] in ("{", "[") and (shown := list_value(cell)) is not None:
        cell = shown
    elif ";#" in cell and (shown := id_pairs_value(cell)) is not None:
        cell = shown
    if cell in DATABASE_NULLS:
        return ""
    cell = without_text_marker(cell)
    if cell[:2] == "==":
        cell = without_equals_banner(cell)
    return markup_text(cell) if cell[:1] == "<" and is_markup(cell) else cell


# The control characters that end a line, read as the line feed rather than dropped with
# the other controls: Word's manual line break (Shift+Enter) is a vertical tab and its
# page break a form feed, and text pasted from Word into a cell keeps them (Excel saves
# the vertical tab as '_x000B_'), so dropped they ran two dated entries into one update.
# Unicode's line breaking rules (UAX #14) class both as mandatory breaks.
_BREAKING_CONTROLS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})


def line_breaks_unified(text: str) -> str:
    """Every line break a line feed: a carriage return (with or without its line feed),
    a vertical tab and a form feed."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_BREAKING_CONTROLS)


# A banner typed between runs of equals signs, as a plain-text author marks a heading
# ("=== Recommendation 1: Partners should … ===", "== Theme 2 =="): the signs dress the
# words and are none of them. Only a cell that opens and closes with two or more.
_EQUALS_BANNER = re.compile(r"={2,}[ \t]*(?P<words>[^=\n]*[^\W_][^=\n]*?)[ \t]*={2,}")


def without_equals_banner(cell: str) -> str:
    """The banner's words without the equals signs around them: "=== Theme 2 ===" →
    "Theme 2"; a cell not so written as it is."""
    m = _EQUALS_BANNER.fullmatch(cell)
    return m["words"] if m else cell


# Excel's text-forcing formula: a system's export "for Excel" writes a ref or a date as
# ="0412" or ="31/01/2027" so Excel shows the text and never drops the leading zero nor
# turns the date round; Excel shows the text inside the quotes ("" is one quote of it),
# and so does every later rule. Only a whole cell so written: "=A1" and "= 2" stay.
_TEXT_FORMULA = re.compile(r'="(?P<text>(?:[^"]|"")*)"')


def without_text_formula(cell: str) -> str:
    """The text Excel shows for the cell: ``="0412"`` → ``0412``, ``="5"" pipe"`` →
    ``5" pipe``; a cell not so written as it is."""
    m = _TEXT_FORMULA.fullmatch(cell)
    return m["text"].replace('""', '"').strip() if m else cell


# Excel's text marker: "'3/2" and "'1" were typed so Excel would not make them a date or
# a number, and a CSV export writes the apostrophe out. A word ("'90s", "'tis") keeps it.
_TEXT_MARKER = re.compile(r"'(?P<value>\d[\d./\-]*)")


def without_text_marker(cell: str) -> str:
    # the marker and its value make the whole cell: "'tis the '90" keeps both its apostrophes
    m = _TEXT_MARKER.fullmatch(cell) if cell[:1] == "'" else None
    return m["value"] if m else cell


@dataclass
class Sheet:
    """One table of the file as read: a CSV is one sheet named after the file."""

    name: str
    grid: Grid
    how: str = ""  # how it was put together, when not simply read (a Word document's tables)
    # Sheets read as one plan (same header): each one's name and the index of its first row
    parts: list[tuple[str, int]] = field(default_factory=list)
    # 1-based row numbers when the grid is a sample of a larger sheet (the head and tail
    # of a large CSV, importers.big_csv); empty when the grid is the whole sheet
    numbers: list[int] = field(default_factory=list)
    # The cells whose fill colour is a RAG rating (a workbook's; a CSV has no colours)
    fills: Fills = field(default_factory=dict)
    # The cells indented by the cell's format (a workbook's; text files have none)
    indents: Indents = field(default_factory=dict)
    # The notes attached to cells (a workbook's; text files have none)
    notes: Notes = field(default_factory=dict)
    # The cells a merged range carries down (a workbook's; text files have none)
    carried: Carried = field(default_factory=dict)
    # The cells a merged range spans across, left blank (a workbook's; text files have none)
    spanned: Spanned = field(default_factory=dict)
    # The rows that are the paragraph over each table of a Word plan ("Age" over its
    # table, "PEEL 2025–2027: …" over another): each heads its table's rows
    table_headings: frozenset[int] = frozenset()
    # The header rows of later tables read by their own captions (``importers.own_tables``)
    own_headers: frozenset[int] = frozenset()
    # READ_AS_TEXT when a file named as a workbook was read as text (a CSV named .xls)
    read_as: str = ""
    # Read from delimited text (a CSV): an unquoted comma splits a cell in two there
    delimited: bool = False
    # A Word template's content controls never filled in, read as empty: each prompt
    # they show ("Click or tap here to enter text.") and how many show it
    prompts: dict[str, int] = field(default_factory=dict)
    # Column names read decoded from a tool's internal names ("Action Owner" of
    # "Action_x0020_Owner"), by row and column: as written, kept with the plan's columns
    names_written: Notes = field(default_factory=dict)
    # Cells read as less than their text (a SharePoint list's JSON person read as its
    # name), by row and column: the whole of each as written, kept with its action
    written: Notes = field(default_factory=dict)
    # Hidden from the workbook's tabs (Excel's and LibreOffice's Hide Sheet): an older
    # copy of the plan, the lists its drop-downs offer
    hidden: bool = False
    # The sheet the workbook was showing when it was saved (its active one): the sheet a
    # workbook pasted into Word as an object shows (``importers.word_embedded``)
    active: bool = False
    # Formulas saved with no value that could not be worked out (kept as their cells'
    # notes): the 0-based column of each
    formulas_kept: list[int] = field(default_factory=list)
    # The rows read from a workbook's print header, above its first (``with_print_lines``)
    printed_above: int = 0
    # The messages its drop-downs show (``importers.drop_downs``): a key written there
    drop_down_messages: list[str] = field(default_factory=list)
    # The words typed in its drawing's text boxes and shapes (``importers.sheet_drawings``),
    # a shape's a string, a line a paragraph: in no cell, yet the sheet's words
    drawn_texts: list[str] = field(default_factory=list)

    def row_of(self, index: int) -> tuple[str, int]:
        """Row ``index`` (0-based) on its own sheet: ("Surgery", 7) of sheets read as
        one, ("", 8) when the grid is one sheet."""
        part = next(((n, s) for n, s in reversed(self.parts) if s <= index), None)
        return (part[0], index - part[1] + 1) if part else ("", index - self.printed_above + 1)

    def where(self, index: int) -> str:
        """Row ``index`` as the user finds it in the file: "row 8", "row 7 of 'Surgery'"."""
        if not self.parts and index < self.printed_above:
            return "the print header"
        name, number = self.row_of(index)
        return f"row {number} of {name!r}" if name else f"row {number}"

    def as_note(self) -> str:
        """The sheet as a plan keeps it in its notes (a Word plan's table of another
        width): its name, then a line per row, a bar between the cells."""
        lines = [" | ".join(c for c in row if c) for row in self.grid]
        # a cell's note (a Word comment or footnote on a sign-off table) is the user's words
        notes = [
            note for _, by_col in sorted(self.notes.items()) for _, note in sorted(by_col.items())
        ]
        return "\n".join([f"{self.name}:", *(line for line in lines if line), *notes])


def read_grid(path: Path, encoding: str | None = None, sheet: str | None = None) -> Grid:
    """The cells of one sheet (the named one, else the first) as rows of equal length."""
    sheets = read_sheets(path, encoding, sheet)
    return next((s.grid for s in sheets if s.name == sheet), sheets[0].grid)


def read_sheets(
    path: Path, encoding: str | None = None, sheet: str | None = None, exact: bool = False
) -> list[Sheet]:
    """Stage 1, read: every sheet of the file as clean rows of equal length.

    ``sheet`` only checks that a sheet of that name exists; choosing one is
    the next stage's work (``locate.choose_sheet``). ``exact``: see ``clean``.
    """
    check_source(path, MAX_TABLE_BYTES)
    data = _read_bytes(path)
    kind = file_kind(path, data)
    if kind == "docx":
        sheets = _word_sheets(path, sheet)
    elif kind in ("ods", "xls"):
        sheets = _calamine_sheets(path, kind, sheet)
    elif kind == "xlsx":
        sheets = xlsx_sheets(path, sheet)
    else:
        grid = _text_rows(path, data, encoding)
        sheets = [Sheet(path.name, grid, read_as=text_read_as(path), delimited=True)]
    sheets = [
        replace(s, grid=_rectangle(s.grid, exact, _fills_width(s)), written=_written(s.grid, exact))
        for s in sheets
    ]
    return (
        sheets
        if exact
        else [levels_read_as_indent(pivot_blanks_emptied(names_decoded(s))) for s in sheets]
    )


def nothing_to_read(path: Path) -> ImportFailure:
    """Why a file with no text in any cell gives nothing: a workbook whose cells are
    formulas saved without their values (written by a program, never opened in Excel,
    which saves each formula's value beside it) is not empty, and opening and saving
    it is the cure; else the file is empty."""
    if _only_formulas(path):
        return ImportFailure(
            f"{path.name}: its cells are formulas with no saved values;"
            " open it in Excel and save it, then import again"
        )
    return ImportFailure(f"{path.name}: the file is empty")


def _only_formulas(path: Path) -> bool:
    """Whether a workbook has a formula cell (its values read as empty already)."""
    try:
        if file_kind(path, _read_bytes(path)) != "xlsx":
            return False
        from openpyxl import load_workbook

        book = load_workbook(transitional(path), read_only=True)
        try:
            cells = (c for ws in book.worksheets for row in ws.iter_rows() for c in row)
            return any(getattr(c, "data_type", "") == "f" for c in cells)
        finally:
            book.close()
    except Exception:  # noqa: BLE001 - unreadable here means "empty" is all we can say
        return False


def _fills_width(sheet: Sheet) -> int:
    """The columns up to the last one a row rates by its colour: an unheaded column of
    coloured blank cells (a highlight at the row's end) is part of the table."""
    return max((col + 1 for row in sheet.fills.values() for col in row), default=0)


def file_kind(path: Path, data: bytes) -> str:
    """ "docx", "ods", "xls", "xlsx" or "text", from the bytes first: a Word file named
    .xlsx is Word. Office files are zip archives, told apart by the parts they hold."""
    suffix = path.suffix.lower()
    if data.startswith(XLSX_MAGIC):
        names = _zip_names(data)
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            return "ods"
        if names or suffix not in (*WORD_SUFFIXES, ".ods"):
            return "xlsx"
    if data.startswith(OLE_MAGIC):
        if _encrypted_office_file(data):
            app, protect = (
                ("Word", "Document") if suffix in WORD_SUFFIXES else ("Excel", "Workbook")
            )
            raise ImportFailure(
                f"{path.name} is password-protected: open it in {app}, remove the password"
                f" (File > Info > Protect {protect}), save, and import again"
            )
        if suffix == ".doc":
            raise ImportFailure(
                f"{path.name}: a Word 97-2003 document; save it as .docx and import that"
            )
        return "xls"
    if suffix in WORKBOOK_SUFFIXES:  # "Export to Excel" often writes CSV or tab text
        _refuse_unless_text(path, data)
        return "text"
    return SUFFIX_KINDS.get(suffix, "text")


# The streams Office writes into an OLE container in place of the .xlsx or .docx's zip
# when the file is saved with a password: their names, UTF-16 as the container's
# directory stores them
_ENCRYPTED_STREAMS = ("EncryptionInfo".encode("utf-16-le"), "EncryptedPackage".encode("utf-16-le"))


def _encrypted_office_file(data: bytes) -> bool:
    """Whether an OLE container holds a password-protected .xlsx or .docx: no workbook
    or document can be read from it until the password is removed."""
    return all(name in data for name in _ENCRYPTED_STREAMS)


SUFFIX_KINDS = {".docx": "docx", ".docm": "docx", ".ods": "ods", ".xlsx": "xlsx", ".xlsm": "xlsx"}
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def prompts_read_as_empty(sheets: list[Sheet]) -> list[str]:
    """The warning that a Word template's content controls left at their prompt were
    read as empty cells, how many and which prompts, so a user who meant to fill them in
    knows to look; none where every control was filled in (or the file is no template)."""
    prompts: Counter[str] = Counter()
    for sheet in sheets:
        prompts.update(sheet.prompts)
    if not prompts:
        return []
    count = sum(prompts.values())
    boxes = "content control" if count == 1 else "content controls"
    shown = ", ".join(f"'{prompt}'" for prompt in prompts)  # in the order the file shows them
    return [f"{count} {boxes} left at Word's prompt read as empty: {shown}"]


def formulas_not_worked_out(sheets: list[Sheet]) -> list[str]:
    """The warning that formulas saved with no value could not be worked out (their
    text kept as their cells' notes), counted by column; none where every one was."""
    kept = [column for sheet in sheets for column in sheet.formulas_kept]
    if not kept:
        return []
    from importers.unsaved_formulas import not_worked_out

    return [not_worked_out(kept)]


READ_AS_TEXT = "read as text: the file is not a workbook"


def text_read_as(path: Path) -> str:
    """READ_AS_TEXT for a file ``file_kind`` read as text though named as a workbook."""
    return READ_AS_TEXT if path.suffix.lower() in WORKBOOK_SUFFIXES else ""


def _refuse_unless_text(path: Path, data: bytes) -> None:
    """A file named as a workbook that is no workbook is read as text when it is text;
    else one line says what it looks like (a web page, a PDF, other binary data)."""
    looks = _looks_like(data)
    if looks:
        raise ImportFailure(
            f"{path.name}: not a workbook, though named {path.suffix}: it looks like {looks};"
            " save it from its program as .xlsx or .csv and import that"
        )


def _looks_like(data: bytes) -> str:
    """What bytes that are no text table look like, or "" when they are text."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf"):
        return "a PDF document"
    if head.startswith(b"<"):  # "Export to Excel" of a web system: an HTML or XML table
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head or b"<workbook" in head:
            return "an Excel 2003 XML spreadsheet"
        return "a web page (HTML)" if b"<html" in head or b"<table" in head else "an XML file"
    if _is_binary(data):
        return "binary data"
    return ""


def _is_binary(data: bytes) -> bool:
    """NUL bytes in text that is not UTF-16: no text table holds them."""
    return (
        b"\x00" in data[:4096]
        and not _looks_utf16(data)
        and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    )


def _zip_names(data: bytes) -> set[str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, ValueError):
        return set()


def _calamine_sheets(path: Path, kind: str, sheet: str | None) -> list[Sheet]:
    from importers.ods import read_calamine

    sheets = read_calamine(path, kind)
    refuse_reply(path, [s.name for s in sheets])
    _check_sheet_named(path, sheets, sheet)
    return sheets


def refuse_reply(path: Path, sheet_names: list[str]) -> None:
    """A lead's filled pack (.xlsx, or .ods as LibreOffice saves it) is not a plan:
    the CLI merges these before a plan import runs."""
    if REPLY_SHEET in sheet_names:
        raise ImportFailure(
            f"{path.name}: a lead's reply to an update request, not a plan;"
            f" merge it with: actionplan import {shlex.quote(path.name)}"
        )


def _word_sheets(path: Path, sheet: str | None) -> list[Sheet]:
    from importers.word import named_table_failure, read_word, word_tables

    sheets = read_word(path)
    for s in sheets:
        s.grid = bounded(s.grid, path.name)
    if sheet is not None and sheet not in [s.name for s in sheets]:
        failure = named_table_failure(path, word_tables(path) or [], sheets, sheet)
        raise failure or ImportFailure(f"{path.name}: no table named {sheet!r}")
    return sheets


def _check_sheet_named(path: Path, sheets: list[Sheet], sheet: str | None) -> None:
    if sheet is not None and sheet not in [s.name for s in sheets]:
        names = ", ".join(s.name for s in sheets)
        raise ImportFailure(f"{path.name}: no sheet named {sheet!r} (sheets: {names})")


def _written(rows: Grid, exact: bool) -> Notes:
    """The cells ``clean`` reads as less than their text (a list's JSON record read as a
    name), by row and column, each as ``list_written`` keeps it; none read ``exact``."""
    if exact:
        return {}
    written: Notes = {}
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            # a JSON cell holds a quote: most cells are passed over on that alone
            if '"' in cell and (record := list_written(cell.strip())) is not None:
                written.setdefault(r, {})[c] = record
            # "15;#Patel, Anika": the IDs clean() drops are the list's keys, kept here
            elif ";#" in cell and id_pairs_value(shown := cell.strip()) is not None:
                written.setdefault(r, {})[c] = shown
    return written


def _rectangle(rows: Grid, exact: bool = False, least: int = 0) -> Grid:
    # Excel pads rows to the sheet's used width: the table is as wide as its text (and
    # at ``least`` as wide as its rating colours).
    width = max((_width(r) for r in rows), default=least)
    width = max(width, least)
    return [rectangle_row(r, width, exact) for r in rows]


def rectangle_row(row: list[str], width: int, exact: bool = False) -> list[str]:
    """One row's cells cleaned, cut or padded to ``width``."""
    if exact:
        return [clean(c, exact) for c in row[:width]] + [""] * (width - len(row))
    # Most cells are plain ASCII with nothing to read but spaces: stripped here, not in
    # three calls each (a million rows of seven cells); any other cell is clean()'s.
    cells = [
        plain
        if c.isascii()
        and c.isprintable()
        and (plain := c.strip())[:1] not in _MARKERS
        and plain not in DATABASE_NULLS
        and "\\n" not in plain
        and ";#" not in plain
        else clean(c)
        for c in row[:width]
    ]
    return without_continuation_mark(cells + [""] * (width - len(row)))


# the openings clean() reads further: a text marker, markup, a banner's equals signs,
# a list's JSON value
_MARKERS = ("'", "<", "=", "{", "[")


# A mark alone in a row's first cell saying the row carries on the one above: "↳", "→",
# "↪", a ditto mark '"' or "〃", "…" (the row's other cells are more of that row's news)
_CONTINUATION_MARK = re.compile(r"[↳↪⤷→\"“”〃…]|\.\.\.")


def without_continuation_mark(cells: list[str]) -> list[str]:
    """The row with a continuation mark in its first filled cell left empty when other
    cells are filled: the row is then read as any row that names no action of its own
    ("↳" | "" | "06/11/2026 – Weekend cover in place" is more news of the action above)."""
    # most rows fill their first cell: the search for the first filled one starts after it
    first = 0 if cells and cells[0] else next((c for c, cell in enumerate(cells) if cell), None)
    # a mark is one character or "...": most rows open with a longer word or a ref
    if first is None or len(cells[first]) > 3 or not _CONTINUATION_MARK.fullmatch(cells[first]):
        return cells
    if not any(cells[first + 1 :]):
        return cells
    return [*cells[:first], "", *cells[first + 1 :]]


def check_source(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    """Refuse, before opening it, a file that is not a plan: missing, a folder, a
    device (``/dev/zero`` reads forever), a FIFO (opening it waits for a writer),
    or larger than ``limit``. Only ``stat`` is called: it neither blocks nor reads."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportFailure(f"{path}: no such file") from None
    except OSError as exc:
        raise ImportFailure(f"{path}: cannot read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportFailure(f"{path}: is a directory, not a plan file")
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailure(f"{path}: is a device or pipe, not a plan file")
    if info.st_size > limit:
        raise _too_large(path, info.st_size, limit)


def _too_large(path: Path, size: int, limit: int) -> ImportFailure:
    return ImportFailure(
        f"{path}: {size / MiB:,.0f} MB, larger than the {limit // MiB} MB an import accepts"
    )


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            data = f.read(MAX_TABLE_BYTES + 1)  # the size was checked; it may have grown
    except OSError as exc:
        raise ImportFailure(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_TABLE_BYTES:
        raise _too_large(path, len(data), MAX_TABLE_BYTES)
    return data


def bounded(rows: Iterable[list[str]], name: str) -> Grid:
    """Collect rows, refusing at the first row past MAX_ROWS, MAX_COLUMNS or MAX_CELLS:
    a file far too large is refused after reading only as much as the limit."""
    grid: Grid = []
    cells = 0
    for row in rows:
        if len(grid) == MAX_ROWS:
            raise ImportFailure(f"{name}: more than {MAX_ROWS:,} rows; split the file")
        if len(row) > MAX_COLUMNS and any(row[MAX_COLUMNS:]):
            raise ImportFailure(f"{name}: row {len(grid) + 1} has more than {MAX_COLUMNS} columns")
        row = row[:MAX_COLUMNS]
        cells += _width(row)
        if cells > MAX_CELLS:
            raise ImportFailure(f"{name}: more than {MAX_CELLS:,} cells; split the file")
        grid.append(row)
    return grid


def decode(data: bytes, encoding: str | None, name: str) -> str:
    """Text from bytes: the named encoding, else UTF-8 (BOM or not), UTF-16, cp1252."""
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as exc:
            raise ImportFailure(f"{name}: cannot decode as {encoding} ({exc})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode(single_byte_encoding(data))


# Excel for Mac's "CSV (Macintosh)" writes Mac Roman: its en dash (0xD0) and quotes
# (0xD2-0xD5) read as Windows-1252 are capitals where punctuation stands, a dash alone
# between spaces ("2026 Ð Go-live") or a quote straight after a small letter ("managersÕ").
_MAC_PUNCTUATION_AS_LETTERS = re.compile(r"(?<=\s)[ÐÑ](?=\s)|(?<=[a-z])[ÒÓÔÕ]")
_PLAN_PUNCTUATION = "–—‘’“”•…"


def single_byte_encoding(data: bytes) -> str:
    """The encoding of text that is not UTF-8: Windows-1252 (latin-1 where a byte is not
    in it), or Mac Roman where a Mac wrote it, told by its lines ended by a carriage return
    alone or by Windows letters standing for its punctuation; the Windows reading wins
    where it holds more of a plan's punctuation. Else DOS code page 850 where it reads
    better (see _dos_or)."""
    try:
        windows, name = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        windows, name = data.decode("latin-1"), "latin-1"
    mac_lines = b"\r" in data and b"\n" not in data
    if not mac_lines and not _MAC_PUNCTUATION_AS_LETTERS.search(windows):
        return _dos_or(name, windows, data)
    mac = data.decode("mac_roman")
    return "mac_roman" if _plausibility(mac) >= _plausibility(windows) else name


# Excel's "CSV (MS-DOS)" writes the DOS code page of a Western European Windows, 850,
# whose small accented letters and '£' are bytes 0x80-0xA4 (0x82 'é', 0x89 'ë', 0x9C '£').
# Read as Windows-1252 (latin-1 where a byte is not in it) they are marks, not letters:
# one straight after a letter ("Ren‚e", "Zo‰"; "N£¤ez", a '£' after a letter and before
# no digit) or an 'œ' before a sum ("œ12,000"). A plan's own punctuation after a word
# ("council’s", "ratings…") is no sign.
_DOS_LETTER_MARKS = "\x80-\x9f‚„†‡ˆ‰‹˜™›¡¢¤"
_DOS_LETTERS_AS_WINDOWS = re.compile(
    rf"(?<=[^\W\d_])[{_DOS_LETTER_MARKS}]|(?<=[^\W\d_])£(?!\d)|œ(?=\d)"
)
_SUM = re.compile(r"[£€](?=\d)")


def _dos_or(name: str, windows: str, data: bytes) -> str:
    """Code page 850 where the Windows reading shows its letters as marks and the DOS
    reading reads better (its sums and words, less the letters it misreads inside
    words); the Windows reading wins a tie, so a Windows file stays Windows-1252."""
    if not _DOS_LETTERS_AS_WINDOWS.search(windows):
        return name
    dos = data.decode("cp850")
    return "cp850" if _dos_plausibility(dos) > _dos_plausibility(windows) else name


def _dos_plausibility(text: str) -> int:
    return (
        _plausibility(text) + len(_SUM.findall(text)) - len(_DOS_LETTERS_AS_WINDOWS.findall(text))
    )


def _plausibility(text: str) -> int:
    """A reading's plan punctuation less its letters misread inside words: a Windows file
    a tool cut to carriage returns, with accents and no dash, stays Windows-1252."""
    marks = sum(text.count(mark) for mark in _PLAN_PUNCTUATION)
    return marks - len(_MISREAD_CAPITAL.findall(text)) - len(_MISREAD_MARK.findall(text))


# What no writer types inside a word, as a wrong code page reads accents: a capital
# straight after a small letter ("cafÈ", "ZoÎ") or a mark between two letters ("N˙Òez").
_MISREAD_CAPITAL = re.compile(r"(?<=[a-zß-ÿ])[À-Þ]")
_MISREAD_MARK = re.compile(r"(?<=[^\W\d_])[^\w\s" + _PLAN_PUNCTUATION + r"\x00-\x7f](?=[^\W\d_])")


def _looks_utf16(data: bytes) -> bool:
    sample = data[:2000]
    return len(sample) >= 4 and sample.count(b"\x00") > len(sample) // 3


def _text_rows(path: Path, data: bytes, encoding: str | None) -> Grid:
    if _is_binary(data):
        raise ImportFailure(f"{path.name}: binary file, not a CSV or Excel table")
    text = decode(data, encoding, path.name)
    if "\x00" in text:
        raise ImportFailure(f"{path.name}: binary file, not a CSV or Excel table")
    delimiter = choose_delimiter(text)
    records = Records(io.StringIO(text, newline=""), delimiter)
    try:
        grid = bounded(records, path.name)
    except csv.Error as exc:
        raise ImportFailure(f"{path.name}: not a readable CSV ({exc})") from None
    records.check(path.name)
    return grid


def choose_delimiter(text: str) -> str:
    """The delimiter that splits the first rows into the most consistent columns.

    csv.Sniffer guesses wrong on plans full of commas inside quoted prose, so
    each candidate is scored by parsing: first how often the commonest width
    repeats (in steps of a tenth), then that width. Consistency comes first
    because prose full of another delimiter also splits into many cells.
    """
    sample = text[:20000]
    best, best_score = ",", (-1, -1)
    for delimiter in _DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))[:50]
        except csv.Error:
            continue
        widths = [len(r) for r in rows if any(c.strip() for c in r)]
        # Title, banner and note rows are one cell whatever the delimiter: only
        # rows it splits into several cells tell a table's width.
        split = [w for w in widths if w >= 2]
        if not split:
            continue
        common = max(set(split), key=split.count)
        score = (round(10 * split.count(common) / len(widths)), min(common, 30))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def xlsx_sheets(path: Path, sheet: str | None) -> list[Sheet]:
    try:
        return _workbook_sheets(path, sheet)
    except ImportFailure:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        raise unreadable(path, "Excel file", exc) from None


def unreadable(path: Path, label: str, exc: Exception) -> ImportFailure:
    """The refusal of a file its reader failed on, in one line. An Office file is a zip:
    one whose zip is broken or ends early (a copy or download stopped half-way) looks
    incomplete or damaged, said so, not "File is not a zip file"."""
    if isinstance(exc, (zipfile.BadZipFile, EOFError, zlib.error)):
        return ImportFailure(
            f"{path.name}: not a readable {label}: it looks incomplete or damaged"
            " (cut short when it was copied, saved or downloaded?)"
        )
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return ImportFailure(f"{path.name}: not a readable {label} ({reason})")


def _workbook_sheets(path: Path, sheet: str | None) -> list[Sheet]:
    from openpyxl import load_workbook

    # read_only mode hides merged ranges; small files load fully to see them.
    # "Small" is measured expanded: a 3 MB file can hold 800 MB of XML.
    size, unsaved_parts = _scan_archive(path, _is_worksheet, _ROW_TAG, _VALUE_TAG, unsaved=True)
    read_only = size > READ_ONLY_ABOVE
    # Rich text kept so a run struck through reads as Word's does; a cell of one plain
    # run is still a str, so only rich-text cells cost more. (In read_only mode openpyxl
    # keeps the rich text of shared strings only; inline strings come plain.)
    book = load_workbook(transitional(path), read_only=read_only, data_only=True, rich_text=True)
    refuse_reply(path, book.sheetnames)
    if sheet is not None and sheet not in book.sheetnames:
        names = ", ".join(book.sheetnames)
        raise ImportFailure(f"{path.name}: no sheet named {sheet!r} (sheets: {names})")
    sheets = []
    theme = colours.theme_colours(book.loaded_theme)
    unsaved = _unsaved_formulas(path, unsaved_parts, book)
    boxes = {} if read_only else boxes_shown(path)
    typed_in_shapes = {} if read_only else drawn_texts(path)
    for ws in book.worksheets:
        # A workbook too large to load fully is read for its text only.
        fills = {} if read_only else _rag_fills(ws, theme)
        for row, lights in ({} if read_only else icon_ratings(ws, MAX_COLUMNS)).items():
            fills[row] = {**fills.get(row, {}), **lights}  # the light shown over the fill
        indents, notes = ({}, {}) if read_only else _indents_and_notes(ws)
        # One column past the limit is enough to see a row that is too wide. A fully
        # loaded sheet knows its width: asking for more would make a cell for each.
        width = MAX_COLUMNS + 1 if read_only else min(ws.max_column, MAX_COLUMNS + 1)
        cells = ws.iter_rows(max_col=width)
        name = sheet_label(path, ws.title, len(book.worksheets))
        worked = unsaved.get(ws.title)
        rows = bounded((_row_text(row, worked) for row in cells), name)
        with_boxes_shown(rows, boxes.get(ws.title, {}), MAX_COLUMNS)
        kept = _formulas_kept(worked, notes)
        carried: Carried = {}
        spanned: Spanned = {}
        if not read_only:
            _fill_merged(ws, rows, fills, carried)
            spanned = _spanned(ws, rows)
        read = Sheet(
            ws.title,
            rows,
            fills=fills,
            indents=indents,
            notes=notes,
            carried=carried,
            spanned=spanned,
            hidden=ws.sheet_state != "visible",  # "hidden" or "veryHidden"
            active=ws is book.active,
            formulas_kept=kept,
            drop_down_messages=[] if read_only else drop_down_messages(ws),
            drawn_texts=typed_in_shapes.get(ws.title, []),
        )
        sheets.append(with_print_lines(read, *sheet_print_lines(ws)))
    return sheets


def _unsaved_formulas(path: Path, parts: frozenset[str], book: Any) -> dict[str, Unsaved]:
    """The formula cells a program saved with no value, worked out, by sheet title;
    none read (nor the package opened again) where the scan found none."""
    if not parts:
        return {}
    from importers.unsaved_formulas import worked_out

    try:
        return worked_out(path, parts, book, clock.today())
    except (KeyError, ValueError, SyntaxError):  # a package not laid out as Excel lays
        return {}  # it out (no relationships, broken XML): its cells read as saved


def _row_text(row: tuple[Any, ...], worked: Unsaved | None) -> list[str]:
    """A row's cells as shown, a formula saved with no value as its worked-out value."""
    if worked is None or not worked.values:
        return [shown_text(c) for c in row]
    from importers.unsaved_formulas import worked_cell

    return [shown_text(worked_cell(c, worked)) for c in row]


def _formulas_kept(worked: Unsaved | None, notes: Notes) -> list[int]:
    """The formulas not worked out kept as their cells' notes, after any note the cell
    has, so their text is still seen; the column of each."""
    if worked is None:
        return []
    columns = []
    for (row, column), formula in sorted(worked.kept.items()):
        if column <= MAX_COLUMNS:
            note = f"formula with no saved value, not worked out: {formula}"
            cell_notes = notes.setdefault(row - 1, {})
            cell_notes[column - 1] = "\n".join(filter(None, [cell_notes.get(column - 1), note]))
            columns.append(column - 1)
    return columns


_V = TypeVar("_V")


def with_print_lines(sheet: Sheet, header: list[str], footer: list[str]) -> Sheet:
    """``sheet`` with the lines its print header prints as rows above its cells (the
    title rows a Word plan's page header gives) and its print footer's below them. A
    line a row holds alone already is read there, once. Each cell's fill, indent, note
    and merge keeps its row."""
    alone = {" ".join(c for c in row if c) for row in sheet.grid}
    header = [line for line in header if line not in alone]
    footer = [line for line in footer if line not in alone]
    if not header and not footer:
        return sheet
    width = max((len(row) for row in sheet.grid), default=1) or 1
    above = [[line] + [""] * (width - 1) for line in header]
    below = [[line] + [""] * (width - 1) for line in footer]
    n = len(header)
    return replace(
        sheet,
        grid=[*above, *sheet.grid, *below],
        fills=_shifted(sheet.fills, n),
        indents=_shifted(sheet.indents, n),
        notes=_shifted(sheet.notes, n),
        carried=_shifted(sheet.carried, n),
        spanned=_shifted(sheet.spanned, n),
        printed_above=n,
    )


def _shifted(by_row: dict[int, _V], n: int) -> dict[int, _V]:
    """Values keyed by row, each row ``n`` further down."""
    return {row + n: value for row, value in by_row.items()}


def note_text(comment: Any) -> str:
    """A note's text without the "Author:" line Excel opens each note with (the one who
    wrote it, no part of what it says), nor the preamble of a threaded comment."""
    text = clean(str(comment.text or ""))
    author = str(comment.author or "").strip()
    first, _, rest = text.partition("\n")
    if author and first.strip() == f"{author}:":
        text = rest.strip()
    return _thread_text(text) if text.startswith(_THREADED) else text


# Excel 365 saves a threaded comment with text for older versions to show: a line
# "[Threaded comment]", a paragraph on versions of Excel, then "Comment:" and each
# "Reply:" on a line of its own, the words under each indented
_THREADED = "[Threaded comment]"
_THREAD_LABEL = re.compile(r"^(?:Comment|Reply):$")


def _thread_text(text: str) -> str:
    """The words of a threaded comment and its replies, a line each as written (the
    replies follow the comment), without Excel's preamble and labels."""
    _, found, thread = text.partition("\nComment:")
    if not found:
        return text
    lines = (line.strip() for line in thread.split("\n"))
    return "\n".join(line for line in lines if line and not _THREAD_LABEL.match(line))


def _indents_and_notes(ws: Any) -> tuple[Indents, Notes]:
    """Every cell indented by its format (alignment indent), and every cell's note
    (Excel's comment: words the user wrote into the plan, kept as the cells' text
    is), by row and column, in one walk of the sheet."""
    indents: Indents = {}
    notes: Notes = {}
    for row in ws.iter_rows(max_col=min(ws.max_column, MAX_COLUMNS)):
        for cell in row:
            level = int(cell.alignment.indent or 0) if cell.has_style else 0
            if level > 0:
                indents.setdefault(cell.row - 1, {})[cell.column - 1] = level
            if cell.comment is not None and (text := note_text(cell.comment)):
                notes.setdefault(cell.row - 1, {})[cell.column - 1] = text
    return indents, notes


def _rag_fills(ws: Any, theme: list[str]) -> Fills:
    """Every cell whose solid fill is a RAG colour, by row and column; or, unfilled, whose
    only text is a shape ("●") in a RAG colour's font. A fill the sheet shows only as a
    table style's banding (``importers.banding``) is read as no fill."""
    found, painted = _coloured_cells(ws, theme)
    bands = painted.bands()
    fills: Fills = {}
    for (row, col), colour in found.items():
        # a shape's font colour shows over the band, as over no fill
        if rag := colour.font if colour.key in bands else colour.fill or colour.font:
            fills.setdefault(row, {})[col] = rag
    return fills


def _coloured_cells(
    ws: Any, theme: list[str]
) -> tuple[dict[tuple[int, int], _CellColour], banding.Painted]:
    """The colour of each cell showing a RAG's, by (row, column); and every value and solid
    fill of the sheet, which banding is told apart by."""
    found: dict[tuple[int, int], _CellColour] = {}
    painted = banding.Painted()
    seen: dict[tuple[int, bool], _CellColour] = {}  # by style: a table uses a few, each read once
    for row in ws.iter_rows(max_col=min(ws.max_column, MAX_COLUMNS)):
        for cell in row:
            at = (cell.row - 1, cell.column - 1)
            if cell.value is not None:
                painted.write(*at)
            if not cell.has_style:
                continue
            value = drawn_value(cell)  # "l" in Wingdings is a "●" too
            shape = isinstance(value, str) and colours.is_shape_alone(value)
            style = (cell.style_id, shape)
            if style not in seen:
                seen[style] = _cell_colour(cell, theme, shape)
            colour = seen[style]
            if colour.key is not None:
                painted.paint(*at, colour.key, colour.fill is not None)
            if colour.fill or colour.font:
                found[at] = colour
    return found, painted


@dataclass(frozen=True)
class _CellColour:
    """A cell's solid fill (a key to compare fills by, and the RAG it shows) and the RAG
    of its shape's font ("●" in red), where either is set."""

    key: Hashable | None
    fill: str | None
    font: str | None


def _cell_colour(cell: Any, theme: list[str], shape: bool) -> _CellColour:
    """The RAG the cell's colour shows. A shape typed in a coloured font ("●" in red,
    the cell unfilled) is drawn to show its colour as a filled cell is; a fill, where
    both are set, is what the eye reads first."""
    key = fill = None
    if getattr(cell.fill, "fill_type", None) == "solid":
        key = _colour_key(cell.fill.fgColor)
        fill = _colour_rag(cell.fill.fgColor, theme)
    font = _colour_rag(cell.font.color, theme) if shape and cell.font is not None else None
    return _CellColour(key, fill, colours.FontRating(font) if font else None)


def _colour_key(colour: Any) -> Hashable:
    """What tells two fills apart as written: an RGB, or a theme colour and its tint."""
    kind = getattr(colour, "type", None)
    return (kind, getattr(colour, kind, None) if isinstance(kind, str) else None, colour.tint)


def _colour_rag(colour: Any, theme: list[str]) -> str | None:
    """An RGB, theme or indexed colour as a RAG rating."""
    from openpyxl.styles.colors import COLOR_INDEX

    kind = getattr(colour, "type", None)
    if kind == "rgb" and isinstance(colour.rgb, str):
        return colours.rag_of_rgb(colour.rgb)
    if kind == "theme" and isinstance(colour.theme, int) and colour.theme < len(theme):
        return colours.rag_of_rgb(theme[colour.theme], float(colour.tint or 0))
    if kind == "indexed" and isinstance(colour.indexed, int) and colour.indexed < len(COLOR_INDEX):
        return colours.rag_of_rgb(COLOR_INDEX[colour.indexed])
    return None


def sheet_label(path: Path, title: str, sheets: int) -> str:
    """How a failure names where it is: the file, and the sheet of a workbook of several."""
    return f"{path.name}, sheet {title!r}" if sheets > 1 else path.name


def _width(row: list[str]) -> int:
    """Cells up to the last one with text (Excel pads rows to the sheet's width)."""
    width = len(row)
    while width and not row[width - 1]:
        width -= 1
    return width


def _expanded_size(path: Path) -> int:
    """The workbook's size decompressed, its sheets' rows and cells counted."""
    return check_archive(path, _is_worksheet, _ROW_TAG, _VALUE_TAG)


def _is_worksheet(name: str) -> bool:
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def check_archive(
    path: Path,
    counted: Callable[[str], bool],
    row_tag: re.Pattern[bytes],
    cell_tag: re.Pattern[bytes],
) -> int:
    """An Office file's size decompressed, refused above MAX_XLSX_EXPANDED before any
    part is inflated (Python's zipfile never inflates past a part's declared size);
    then the rows and cells of its ``counted`` parts, refused past the limits."""
    return _scan_archive(path, counted, row_tag, cell_tag)[0]


def _scan_archive(
    path: Path,
    counted: Callable[[str], bool],
    row_tag: re.Pattern[bytes],
    cell_tag: re.Pattern[bytes],
    unsaved: bool = False,
) -> tuple[int, frozenset[str]]:
    """``check_archive``'s size and, asked for ``unsaved``, the counted parts holding a
    formula cell saved with no value (found in the same pass: each part inflated once)."""
    found = set()
    with zipfile.ZipFile(path) as archive:
        size = sum(info.file_size for info in archive.infolist())
        if size > MAX_XLSX_EXPANDED:
            raise ImportFailure(
                f"{path.name}: expands to {size / MiB:,.0f} MB, more than the"
                f" {MAX_XLSX_EXPANDED // MiB} MB an import accepts"
            )
        for info in archive.infolist():
            if counted(info.filename) and _count_sheet(
                archive, info, path.name, row_tag, cell_tag, unsaved
            ):
                found.add(info.filename)
    return size, frozenset(found)


# A formula cell saved with no value: the formula ('</f>', or a shared formula's
# '<f … />') then '</c>' with no '<v>' or an empty one between. An empty text result
# (t="str" '<v></v>') matches too; ``unsaved_formulas`` tells the two apart.
UNSAVED_VALUE = re.compile(
    rb"(?:</(?:\w+:)?f>|<(?:\w+:)?f\b[^>]*/>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>]")
_VALUE_TAG = re.compile(rb"<(?:\w+:)?(?:v|is)>")
ODS_ROW = re.compile(rb"<table:table-row[\s>/]")
ODS_CELL = re.compile(rb"<table:table-cell[\s>/]")
WORD_ROW = re.compile(rb"<w:tr[\s>]")
WORD_CELL = re.compile(rb"<w:tc[\s>]")


def _count_sheet(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    name: str,
    row_tag: re.Pattern[bytes] = _ROW_TAG,
    cell_tag: re.Pattern[bytes] = _VALUE_TAG,
    unsaved: bool = False,
) -> bool:
    """Count a sheet's rows and filled cells from its XML, before a library parses it;
    asked for ``unsaved``, whether it holds a formula cell saved with no value.

    Inflating and scanning takes about a second per 200 MB; openpyxl reads some
    50,000 cells a second, so a sheet past the limits would run for minutes
    before ``bounded`` saw its last allowed row.
    """
    rows = cells = 0
    tail = seam = b""
    found = False
    with archive.open(info) as part:
        while chunk := part.read(4 * MiB):
            found = found or unsaved and _unsaved_in(seam, chunk)
            seam = chunk[-64:]
            text = tail + chunk
            cut = max(0, len(text) - 16)  # tags starting in the tail are counted next time
            rows += len(row_tag.findall(text)) - len(row_tag.findall(text, cut))
            cells += len(cell_tag.findall(text)) - len(cell_tag.findall(text, cut))
            tail = text[cut:]
            if rows > MAX_ROWS or cells > MAX_CELLS:
                raise ImportFailure(
                    f"{name}: more than {MAX_ROWS:,} rows or {MAX_CELLS:,} cells; split the file"
                )
    return found


def _unsaved_in(seam: bytes, chunk: bytes) -> bool:
    """Whether a formula cell saved with no value is in the chunk, or across its seam
    with the last one (64 bytes either side: such a cell's end is a few dozen)."""
    hinted = any(hint in chunk for hint in _UNSAVED_HINTS)
    return bool(hinted and UNSAVED_VALUE.search(chunk) or UNSAVED_VALUE.search(seam + chunk[:64]))


# Byte strings every formula cell saved with no value holds ('<v></v>', '<v/>',
# '</f></c>', a shared formula's '…/></c>'), found far faster than the pattern: a
# workbook Excel saved holds none, and the pattern is not run over it
_UNSAVED_HINTS = (b"<v></v>", b":v></", b"v/>", b"f></", b"/></c>", b"/></x:c>")


def _fill_merged(ws: object, rows: Grid, fills: Fills, carried: Carried) -> None:
    for merged in ws.merged_cells.ranges:  # type: ignore[attr-defined]
        span = merged.max_row - merged.min_row + 1
        fill_down(rows, merged.min_row - 1, merged.min_col - 1, span, fills, carried)


def _spanned(ws: object, rows: Grid) -> Spanned:
    """The cells each merged range spans across, on every row it spans, within the cells
    read: a sheet on its side (``importers.sideways``) reads a value merged across as
    each column's."""
    spanned: Spanned = {}
    for merged in ws.merged_cells.ranges:  # type: ignore[attr-defined]
        if merged.min_col == merged.max_col:  # merged down only: ``fill_down`` reads it
            continue
        for row in range(merged.min_row - 1, min(merged.max_row, len(rows))):
            # 0-based, the columns after the first (a range may run past the columns read)
            across = range(merged.min_col, min(merged.max_col, len(rows[row])))
            spanned.setdefault(row, {}).update(dict.fromkeys(across, merged.min_col - 1))
    return spanned


def fill_down(
    rows: Grid,
    row: int,
    column: int,
    span: int,
    fills: Fills | None = None,
    carried: Carried | None = None,
) -> None:
    """A merged range reads as its top-left value (and colour) in every row it spans.

    Spanning columns within one row is a banner or a wide cell: the value is
    kept once (the row then still looks like one cell, which is what it is).
    """
    if row >= len(rows) or column >= len(rows[row]):
        return
    value = rows[row][column]
    colour = fills.get(row, {}).get(column) if fills is not None else None
    for r in range(row + 1, min(row + span, len(rows))):
        if column < len(rows[r]):
            rows[r][column] = value
            if carried is not None:
                carried.setdefault(r, set()).add(column)
            if colour and fills is not None:
                fills.setdefault(r, {})[column] = colour


def shown_text(cell: Any) -> str:
    """A workbook cell's value as the text a reader sees, its number format heeded
    where the format hides part of a date: a month typed as "Dec-26" is stored as
    the 1st (2026-12-01) but shown as a month, so it is read as the month, "2026-12";
    a share formatted as a percentage, stored 0.4, is read as it shows, "40%"; a
    number a custom format shows as a code, 1 under '"AP"00', as the code, "AP01"."""
    value = drawn_value(cell)
    if isinstance(value, list):  # openpyxl's CellRichText, its runs (openpyxl loaded lazily)
        value = rich_text_marked(value, _font_name(cell))  # then read as any text, escapes too
    if isinstance(value, dt.date):
        number_format = getattr(cell, "number_format", None)
        before, after = words_around_the_date(number_format)
        if shows_only_month(number_format):
            return f"{before}{value.year:04d}-{value.month:02d}{after}"
        return f"{before}{cell_text(value)}{after}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        number_format = getattr(cell, "number_format", None)
        if (places := percent_places(number_format)) is not None:
            return percent_shown(value, places)
        if (code := coded_number(value, number_format)) is not None:
            return code
    if isinstance(value, str) and "_x" in value:
        return excel_unescaped(value)
    return cell_text(value)


def drawn_value(cell: Any) -> object:
    """The cell's value, its text as its font draws it: a cell set in a symbol font shows
    the font's glyphs, not the letters typed ("l" in Wingdings is the filled circle "●",
    "ü" its tick "✔"), as Excel users draw traffic lights and ticks without icon sets."""
    value = cell.value
    return drawn(value, _font_name(cell)) if isinstance(value, str) else value


def _font_name(cell: Any) -> str | None:
    """The font a workbook cell's own format names (None unformatted, or a worked-out
    formula's stand-in, which has no format)."""
    if not getattr(cell, "has_style", False):
        return None
    font = getattr(cell, "font", None)
    return getattr(font, "name", None)


# Excel writes a character XML cannot hold in a cell's text as '_xHHHH_', its code in
# hex: a pasted carriage return is '_x000D_' before the line feed, and a literal
# '_x' is escaped as '_x005F_' ('_' itself). openpyxl reads inline strings (the kind
# it writes) as stored, escapes and all; left to right, one pass, each is read back.
_XML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def excel_unescaped(text: str) -> str:
    """A cell's text with each character Excel escaped read back ('_x000B_' the
    vertical tab of Word's manual line break)."""
    return _XML_ESCAPE.sub(_escaped_character, text) if "_x" in text else text


def _escaped_character(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    # half a surrogate pair is no character on its own: kept as written
    return match.group(0) if 0xD800 <= code <= 0xDFFF else chr(code)


def percent_shown(value: float, places: int) -> str:
    """A fraction as a percentage format shows it: 0.4 under "0%" is "40%". Halves
    round up as Excel rounds the typed decimal (0.125 shows "13%"), not the binary
    float half-to-even that formatting a float does ("12%")."""
    hundredths = Decimal(repr(value)) * 100
    try:
        shown = hundredths.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    except InvalidOperation:  # too many digits (or inf) to round: shown as typed
        return f"{value * 100:.{places}f}%"
    return f"{shown}%"


_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')
# A date format's pieces: literal text ('"As at "', an escaped "\\(", a [locale] or
# [colour] code), the day, month, year and time codes, or any other character shown as is
_FORMAT_PIECE = re.compile(
    r'(?P<literal>"[^"]*"|\\.|\[[^\]]*\])|(?P<code>[dmyhs]+|am/pm|a/p)|.', re.I
)


def words_around_the_date(number_format: object) -> tuple[str, str]:
    """The words a date format shows before and after the date ('"As at "d mmm yyyy'
    shows "As at 5 Dec 2026"): text typed into the format, read with the date as the
    cell shows it. Literal text between the date's codes (the ", " of
    'dddd", "d mmmm yyyy') is part of how the date looks, no words of its own; so is
    punctuation alone around it."""
    if not isinstance(number_format, str) or not ('"' in number_format or "\\" in number_format):
        return "", ""
    shown: list[tuple[bool, str]] = []  # (a date code?, the text shown)
    for m in _FORMAT_PIECE.finditer(number_format.split(";")[0]):
        shown.append((m["code"] is not None, _literal(m["literal"]) if m["literal"] else m[0]))
    codes = [i for i, (code, _) in enumerate(shown) if code]
    if not codes:
        return "", ""
    before = "".join(text for _, text in shown[: codes[0]]).strip()
    after = "".join(text for _, text in shown[codes[-1] + 1 :]).strip()
    return (f"{before} " if _worded(before) else ""), (f" {after}" if _worded(after) else "")


def _literal(piece: str) -> str:
    """A format's literal as shown: '"As at "' is "As at ", '\\(' is "(", "[Red]" nothing."""
    if piece.startswith('"'):
        return piece[1:-1]
    return piece[1:] if piece.startswith("\\") else ""


def _worded(text: str) -> bool:
    """Words, not punctuation alone: "As at", "(revised)"; never "-" or "("."""
    return any(c.isalpha() for c in text)


def shows_only_month(number_format: object) -> bool:
    """True for a date format showing month and year but no day or time ("mmm-yy",
    "mmmm yyyy"); literal text and [locale] or [colour] codes are skipped."""
    if not isinstance(number_format, str):
        return False
    codes = _FORMAT_LITERALS.sub("", number_format.split(";")[0]).lower()
    return "m" in codes and "y" in codes and not any(c in codes for c in "dhs")


_PERCENT_PLACES = re.compile(r"[0#?]*(?:\.([0#?]*))?%")


def percent_places(number_format: object) -> int | None:
    """The decimal places a percentage format shows ("0%" 0, "0.0%" 1), or None for a
    format that is no percentage; literal text ("50%" in quotes) is skipped."""
    if not isinstance(number_format, str) or "%" not in number_format:
        return None
    codes = _FORMAT_LITERALS.sub("", number_format.split(";")[0])
    shown = _PERCENT_PLACES.search(codes)
    return len(shown[1] or "") if shown else None


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a reader sees (dates as ISO, 3.0 as 3)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        # a space, not ISO's "T": "2026-11-10 09:04:00" keeps its day a word of its own
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
