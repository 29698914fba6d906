"""Stage 2, locate: which sheet holds the plan, its header row, and what every row is.

A grid becomes typed rows — title rows above the table, header rows,
banners (one-cell rows inside the table), data rows, and notes below the
table (legends, keys, sign-off lines) — by general rules, never by knowing
the file. Nothing is dropped: every non-blank row is a ``Line`` of some kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, dropwhile, takewhile
from typing import TypeVar, cast

from importers.cells import is_date, is_sentence
from importers.columns import (
    best_field,
    cue_weight,
    header_score,
    is_item_title,
    scores_at_least,
)
from importers.dates import PlanCalendar, parse_deadline
from importers.headings import (
    CODE_CELL,
    LEADING_NUMBER,
    heading_ref,
    labels_that_rise,
    letter_heading,
    letters_over_their_codes,
    split_labelled_cells,
    split_labelled_heading,
    split_rec_heading,
)
from importers.marks import opens_a_numbered_list
from importers.people import all_people, is_initials, is_key_of_initials
from importers.read import Carried, Fills, Indents, Notes, Sheet
from importers.side_key import SideKey, is_key_caption
from importers.vocab import (
    colour_of_header,
    is_grade,
    is_legend,
    read_rag,
    read_status,
    state_of_header,
)

HEADER_SEARCH_ROWS = 30


@dataclass
class Line:
    """One row of the grid with what it was found to be."""

    number: int  # 1-based row in the sheet (in sheets read as one: counted on across them)
    kind: str  # "title", "header", "banner", "data", "progress" or "note"; grouping
    # also finds "parent" and "folder" rows, recommendations' own rows
    cells: list[str]
    headers: list[str] = field(default_factory=list)  # the header in force for data rows
    sheet: str = ""  # of sheets read as one plan: the one this row is on
    sheet_row: int = 0  # … and its 1-based row there
    fills: dict[int, str] = field(default_factory=dict)  # column → the RAG its colour shows
    # The action's news written on a row of its own under it, labelled ("Progress" | …)
    news: list[tuple[str, str]] = field(default_factory=list)  # (label, entries)
    indents: dict[int, int] = field(default_factory=dict)  # column → its cell indent level
    notes: dict[int, str] = field(default_factory=dict)  # column → the note on its cell
    written: dict[int, str] = field(default_factory=dict)  # column → a cell read as less
    carried: frozenset[int] = frozenset()  # columns a merged range carries down to this row
    heads_table: bool = False  # the paragraph over a Word plan's table, heading its rows
    opens_block: bool = False  # a row of a block's own opening, above its header's copy

    @property
    def text(self) -> str:
        """The non-empty cells joined: what a one-cell row says."""
        return " ".join(c for c in self.cells if c)

    @property
    def where(self) -> str:
        """The row as the user finds it in the file: "row 7", or "row 7 of 'Surgery'"."""
        if self.sheet:
            return f"row {self.sheet_row} of {self.sheet!r}"
        return f"row {self.number}"


@dataclass(frozen=True)
class Rules:
    """What typing a row needs to know of its sheet, found once from the header and
    applied to every row: of the whole grid, or of a large CSV read again row by row."""

    header_index: int  # 0-based
    span: int  # header rows (2 with sub-headers)
    header: list[str]
    threshold: int  # the score a later row needs to be a repeated header
    data_columns: frozenset[int]  # counted from the table's first column (after the margin)
    key_columns: frozenset[int]  # action and recommendation: a row without them may be a note
    numbered_headings: bool  # numbered one-cell rows head blocks
    split: bool  # a heading may be written in two cells
    margin: int  # empty columns left of the table
    header_as_written: list[list[str]]  # its rows, to know them again after a page break
    # Labels that head the blocks below the header ("matter of concern": "Matter of
    # concern 2: …" between the tables), so that the first one above it opens block 1
    labels: frozenset[str] = frozenset()
    # The lone row right above the header that names the first group, as each copy of
    # the header below sits under its group's name (a board's export), 0-based
    first_group_row: int | None = None
    # A row with an ID in a ref column the header names, beside a sentence in a column of
    # sentences, holds an action though the column the header calls the action is blank
    id_columns: frozenset[int] = frozenset()
    sentence_columns: frozenset[int] = frozenset()
    # The lone rows below the header, to know a heading above it written again there
    lone_below: frozenset[str] = frozenset()
    # The table opens with a numbered heading of its own under the header: a numbered row
    # above the header then heads no rows, the part's title ("2. Recommendations …")
    opens_with_a_heading: bool = False
    # The table's first row names its own recommendation in a column of them (merged down
    # its actions, or typed on each): the table groups its rows itself, so a numbered row
    # above the header is the document's prose ("1. Purpose of the report"), no group
    names_its_groups: bool = False
    # The refs the recommendation columns below the header cite ("Recommendation 1", "1"),
    # to know a heading above it that one of them names again
    cited_below: frozenset[str] = frozenset()
    # The rows opening each block over its copy of the header: a row of captions the
    # same in every block, then the block's own rows (its values, its wording), 0-based
    opening_rows: frozenset[int] = frozenset()
    # The columns of dates or sentences under the header (counted as ``data_columns``):
    # a row holding such a value in one is a row of the table, never its header again
    kinds: ColumnKinds = field(default_factory=lambda: ColumnKinds())
    # The header row was given (``--header-row``, a profile's): it is THE header, and no
    # row under it is a header again by its words, only the header written again as is
    given: bool = False
    # Lettered themes ("A" | words over "A1", "A2"): the letters whose rows head blocks
    lettered: frozenset[str] = frozenset()
    # The rows above a later sheet's header, of sheets read as one: its title rows again
    # or its headings, never its actions, wherever their cells sit (0-based)
    sheet_tops: frozenset[int] = frozenset()
    # The rows above the header of a table of counts by colour or status, the plan's
    # summary: notes, though its labels name the blocks below (0-based)
    counts_above: frozenset[int] = frozenset()
    # The header rows of later tables read by their own captions, moved into the first
    # header's columns with their rows (``importers.own_tables``), 0-based
    own_headers: frozenset[int] = frozenset()


@dataclass
class Located:
    """Where the plan is: the sheet, the header row and every row typed."""

    sheet: str
    sheet_reason: str
    header_index: int  # 0-based
    headers: list[str]  # the header in force at the top (two header rows read as one)
    lines: list[Line]
    other_sheets: list[Sheet]
    rules: Rules
    header_reason: str = ""  # how the header row was found, when not by its words
    key_beside: SideKey | None = None  # a key typed beside the table, its cells blanked
    form_items: int = 0  # a form read as a table (``importers.form``): its items
    # How the plan counts its year (a school year of six terms), which every date of it
    # is read by: its columns' when they are weighed, its rows' when they are built
    calendar: PlanCalendar = PlanCalendar()
    # The messages the sheet's drop-downs show, a key the plan writes off its grid
    drop_down_messages: list[str] = field(default_factory=list)
    # The words in the sheet's text boxes and shapes, read as its lines are for a key
    drawn_texts: list[str] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Line]:
        """Every line of one kind, in order."""
        return [line for line in self.lines if line.kind == kind]

    def notes_below(self) -> list[str]:
        """The note rows below the header: a key printed under the table (a sprint
        calendar, "Sprint 12: 30/11/2026 – 11/12/2026") as well as news."""
        below = dropwhile(lambda line: line.kind != "header", self.lines)
        return [line.text for line in below if line.kind == "note"]


def choose_sheet(sheets: list[Sheet], wanted: str | None) -> tuple[Sheet, str]:
    """The sheet named, else the one shown whose table looks most like a plan, and why."""
    if wanted is not None:
        return next(s for s in sheets if s.name == wanted), "named with --sheet"
    shown = sheets_shown(sheets)
    hidden = f" shown, {len(sheets) - len(shown)} hidden" if len(shown) < len(sheets) else ""
    if len(shown) == 1:
        return shown[0], f"the only sheet{hidden}"
    ranked = sorted(shown, key=_sheet_score, reverse=True)
    best = ranked[0]
    rows = _rows_under_header(best.grid)
    return best, f"best header and most rows under it ({rows}) of {len(shown)} sheets{hidden}"


def sheets_shown(sheets: list[Sheet]) -> list[Sheet]:
    """The sheets a plan is read from: those the workbook shows, where one of them holds
    a table. A hidden sheet is out of the reader's sight, an older working copy of the
    plan or the lists its drop-downs offer, never the plan beside a sheet shown that has
    one (its rows are kept in the plan's notes as any other sheet's)."""
    shown = [s for s in sheets if not s.hidden]
    if len(shown) == len(sheets) or not any(find_header(s.grid, None) is not None for s in shown):
        return sheets
    return shown


def _sheet_score(sheet: Sheet) -> tuple[int, int]:
    index = find_header(sheet.grid, None)
    if index is None:
        return (0, 0)
    return (min(header_score(sheet.grid[index]), 60) // 10, _rows_under_header(sheet.grid))


def _rows_under_header(grid: list[list[str]]) -> int:
    index = find_header(grid, None)
    if index is None:
        return 0
    return sum(1 for row in grid[index + 1 :] if sum(1 for c in row if c) >= 2)


def find_header(grid: list[list[str]], header_row: int | None) -> int | None:
    """Index of the header row: the given one, else the best-scoring early row, else
    the first row the cells under it show to be a header (``header_by_content``)."""
    if header_row is not None:
        return header_row - 1 if 0 < header_row <= len(grid) else None
    scored = [(header_score(row), -i) for i, row in enumerate(grid[:HEADER_SEARCH_ROWS])]
    best = max(scored, default=(0, 0))
    if best[0] <= 0:
        return header_by_content(grid)
    index = _first_copy(grid, -best[1])
    # A row of data whose cells happen to read as captions ("In progress", "Audit 1
    # completed; findings to QSC") is no header: the first row of captions over it is.
    first = next((i for i in range(index) if _is_label_row(grid[i])), None)
    if first is not None and _heads_a_row_of_values(grid, first, index):
        return first
    # Names merged down two header rows repeat in the second, which then scores best:
    # the header starts a row above ("Action" over "Action", "Accountable" over "Lead").
    if index > 0 and _merged_down(grid[index - 1], grid[index]):
        return index - 1
    # A template's guidance under its header may name the fields better than the header
    # ("Additional action required" under "Action"): the header is still the row above.
    if (
        index > 0
        and header_score(grid[index - 1]) > 0
        and guides_the_filler(grid[index], grid[index - 1])
    ):
        return index - 1
    return index


def _heads_a_row_of_values(grid: list[list[str]], first: int, scored: int) -> bool:
    """The ``first`` row, distinct short captions, heads the rows under it, the
    ``scored`` row among them: that row holds a date in a column of dates under the
    captions (an export's 'Due Date', 'Modified'), or a sentence in a column of them,
    as the rows around it do, where the captions hold none. A header's cells are
    captions, never its columns' values."""
    kinds = ColumnKinds.under(grid[first], grid[first + 1 : first + 1 + CONTENT_ROWS])
    return kinds.holds_values(grid[scored]) and not kinds.holds_values(grid[first])


@dataclass(frozen=True)
class ColumnKinds:
    """The labelled columns whose cells are of one kind on (nearly) every row of the
    body that fills them: dates (the deadlines, a tool's own 'Modified' stamps), or
    sentences under a caption that is none (the actions)."""

    dates: frozenset[int] = frozenset()
    sentences: frozenset[int] = frozenset()

    @staticmethod
    def under(header: list[str], rows: list[list[str]]) -> ColumnKinds:
        body = _body(header, rows)
        dates, sentences = set(), set()
        for j, caption in enumerate(header):
            filled = [r[j] for r in body if j < len(r) and r[j]]
            if not caption or len(filled) < 2:
                continue
            if _OF_ONE_KIND * len(filled) <= sum(1 for c in filled if is_date(c)):
                dates.add(j)
            elif not _is_prose(caption) and _OF_ONE_KIND * len(filled) <= sum(
                1 for c in filled if _is_prose(c)
            ):
                sentences.add(j)
        return ColumnKinds(frozenset(dates), frozenset(sentences))

    def holds_values(self, cells: list[str]) -> bool:
        """A date in a column of dates, or a sentence in a column of sentences, in a cell
        naming no column ("Action to be taken by the trust" is a caption): a row of the
        table, never its header."""
        width = len(cells)
        dated = (cells[j] for j in self.dates if j < width)
        worded = (cells[j] for j in self.sentences if j < width)
        return any(is_date(c) and not best_field(c) for c in dated) or any(
            _is_prose(c) and not best_field(c) for c in worded
        )


_OF_ONE_KIND = 0.8  # of a column's filled cells of one kind, to make it a column of that kind


def _first_copy(grid: list[list[str]], index: int) -> int:
    """The first row above ``index`` written as it is but for its first caption, a
    header scoring too ("Good practice | Action to be taken | …" over "Recommendations
    | Action to be taken | …"): tables one under another, each under its own copy of
    the header, its first caption naming what the table holds. The first copy is the
    header, the later ones open its sections; ``index`` where there is none. Only
    copies whose first captions both name a kind of finding: a table captioned "Closed
    in 2025/26 (for information)" above the live one is not the plan (its notes)."""
    row = grid[index]
    first = _first_filled(row)
    if (
        first is None
        or sum(1 for c in row if c) < _COPY_CELLS
        or not _names_a_kind_of_finding(row[first])
    ):
        return index
    for i in range(index):
        above = grid[i]
        if (
            len(above) == len(row)
            and _first_filled(above) == first
            and above[first + 1 :] == row[first + 1 :]
            and _names_a_kind_of_finding(above[first])
            and header_score(above) > 0
        ):
            return i
    return index


_COPY_CELLS = 3  # filled cells, at least, in a header whose copies differ in the first
# What a review finds besides what it asks for: QAA's "Good practice" and "Affirmation",
# a school's "Strengths", an inspectorate's "Commendations"
_PRAISED = re.compile(
    r"\b(?:(?:good|notable|effective|innovative|best|positive) practices?|strengths?"
    r"|affirmations?|commendations?)\b",
    re.IGNORECASE,
)
# A table kept for the record, not the live plan: "Closed in 2025/26 (for information)",
# "Completed actions", "Archive"
_NOT_LIVE = re.compile(
    r"\b(?:closed|completed?|done|archived?|superseded|for (?:information|info|reference))\b",
    re.IGNORECASE,
)


def _names_a_kind_of_finding(caption: str) -> bool:
    """True for a first caption naming the findings its table answers: a recommendation
    header's words ("Recommendations", "Areas for improvement") or a finding praised
    ("Good practice", "Strengths"), never a table kept for the record ("Closed …")."""
    if _NOT_LIVE.search(caption):
        return False
    return _PRAISED.search(caption) is not None or cue_weight(caption, "recommendation") > 0


def _first_filled(row: list[str]) -> int | None:
    return next((j for j, c in enumerate(row) if c), None)


def header_candidates(grid: list[list[str]], chosen: int) -> list[int]:
    """The rows that might be the header besides ``chosen``, likeliest first: the rows
    worded like a header by score, the first row the cells under it show to be one, and
    the first row written at all (an export's column names head its file)."""
    scored = sorted(
        (i for i, row in enumerate(grid[:HEADER_SEARCH_ROWS]) if header_score(row) > 0),
        key=lambda i: -header_score(grid[i]),
    )
    first = next((i for i, row in enumerate(grid) if any(row)), None)
    found = [*scored, header_by_content(grid), first]
    return list(dict.fromkeys(i for i in found if i is not None and i != chosen))


def _merged_down(top: list[str], below: list[str]) -> bool:
    same = sum(1 for t, b in zip(top, below, strict=True) if t and t == b)
    return same >= 1 and _is_subheader(top, below)


def header_by_content(grid: list[list[str]]) -> int | None:
    """A header nobody worded like one: a row of three or more short, distinct labels
    above rows that fill most of its columns, one of which holds a different sentence
    on every row (the actions, whatever their column is called), or, under labels that
    name a plan's other columns, a different name of an item on every row, or a list's
    "Title" over sentences (the same wording allowed on two items)."""
    for i, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        rows = grid[i + 1 : i + 1 + CONTENT_ROWS]
        if _is_label_row(row) and (wording_columns(row, rows) or titled_prose(row, rows)):
            return i
    return None


CONTENT_ROWS = 20  # rows under a candidate header read for evidence
MAX_LABEL = 40  # a header cell is a caption, not a sentence


def _is_label_row(row: list[str]) -> bool:
    labels = [c for c in row if c]
    return (
        len(labels) >= 3
        and len(set(labels)) == len(labels)
        and all(len(c) <= MAX_LABEL and len(c.split()) <= 5 for c in labels)
        and not any(c.replace(".", "").isdigit() for c in labels)
    )


def wording_columns(header: list[str], rows: list[list[str]]) -> list[int]:
    """Where the actions are when no header says so: the columns of sentences, else,
    under a header whose words name two of a plan's columns or more (a task tool's
    "Name | Person | Status | Timeline | Date"), the columns naming each item anew."""
    body = _body(header, rows)  # found once for both tests: it is every row of a plan
    return _columns_of(header, body, _is_prose) or _item_name_columns(header, body)


def titled_prose(header: list[str], rows: list[list[str]]) -> frozenset[int]:
    """A column captioned "Title" over sentences, the same wording allowed on more than
    one row: the name a list (SharePoint, Microsoft Lists) gives every item, its action."""
    body = _body(header, rows)
    return frozenset(
        j
        for j, caption in enumerate(header)
        if is_item_title(caption)
        and len(body) >= 2
        and sum(1 for r in body if _is_prose(r[j])) >= _OF_ONE_KIND * len(body)
    )


def _is_prose(cell: str) -> bool:
    return len(cell.split()) >= PROSE_WORDS


PROSE_WORDS = 6  # words that make a cell a sentence rather than a code, name or date
NAMED_COLUMNS = 2  # header cells worded as a plan's columns that make a row a header


def _item_name_columns(header: list[str], body: list[list[str]]) -> list[int]:
    """Columns no header word names, holding a different short wording on (nearly) every
    row ("Wayfinding signage contract"), under a header naming the plan's other columns."""
    named = [bool(cell and best_field(cell)) for cell in header]
    if sum(named) < NAMED_COLUMNS:
        return []
    found = _columns_of(header, body, is_sentence)
    return [j for j in found if not named[j]]


def _body(header: list[str], rows: list[list[str]]) -> list[list[str]]:
    """The rows under the header that fill half its labelled columns or more; the header
    written again over a later group (monday.com) is not a row."""
    labelled = [j for j, c in enumerate(header) if c]
    return [
        r for r in rows if r != header and sum(1 for j in labelled if r[j]) >= len(labelled) / 2
    ]


def _columns_of(header: list[str], body: list[list[str]], test: Callable[[str], bool]) -> list[int]:
    """Labelled columns whose cells pass ``test`` on (nearly) every row of the ``body``,
    a different value on each."""
    if len(body) < 2:
        return []
    labelled = [j for j, c in enumerate(header) if c]
    return [
        j for j in labelled if _each_different_and_passing((r[j] for r in body), len(body), test)
    ]


def _each_different_and_passing(
    cells: Iterable[str], count: int, test: Callable[[str], bool]
) -> bool:
    """Four of the ``count`` cells in five or more pass ``test``, no passing value twice.
    Stops at the first repeat or the failure too many, so a column of names read on
    100,000 rows costs a few cells, not a test on every one."""
    may_fail = count - 0.8 * count
    passed: set[str] = set()
    failed = 0
    for cell in cells:
        if cell in passed:
            return False
        if test(cell):
            passed.add(cell)
        else:
            failed += 1
            if failed > may_fail:
                return False
    return True


def header_rows(grid: list[list[str]], index: int) -> tuple[list[str], int]:
    """The header at ``index`` and how many rows it spans (1, or 2 with sub-headers).

    "Accountable" over "Executive lead | Operational lead" and "Progress" over
    "Status | Update Mar 2024" are one header: each column is named by both
    rows, a blank top cell taking the group name from its left.
    """
    top = _with_the_year_above(grid, index)
    below = grid[index + 1] if index + 1 < len(grid) else []
    if not _is_subheader(top, below):
        return top, 1
    combined, group = [], ""
    for t, b in zip(top, below, strict=True):
        if t and t == b:  # one name merged down both rows
            combined.append(t)
            group = ""
            continue
        group = t or (group if b else "")
        combined.append(" ".join(part for part in (group, b) if part))
    return combined, 2


# A year alone: "2027", "2026/27", "2026-27"
_YEAR_ALONE = re.compile(r"^(?:19|20)\d{2}(?:\s*[/-]\s*(?:\d{2}|(?:19|20)\d{2}))?$")


def _with_the_year_above(grid: list[list[str]], index: int) -> list[str]:
    """The header at ``index``, a column's caption given the year a banner row just
    above writes over it alone ("2027" over "Target month": "Target month (2027)"), as
    an author heads a column of month numbers. Only a row holding that one year, over a
    caption and not the header's first (where a year alone titles the plan), so heads it."""
    header = grid[index]
    above = grid[index - 1] if index > 0 else []
    filled = [(i, c.strip()) for i, c in enumerate(above) if c.strip()]
    if len(filled) != 1:
        return header
    column, year = filled[0]
    first = next((i for i, c in enumerate(header) if c.strip()), None)
    if column == first or column >= len(header) or not header[column].strip():
        return header
    if not _YEAR_ALONE.match(year) or year in header[column]:
        return header
    named = list(header)
    named[column] = f"{header[column]} ({year})"
    return named


def _is_subheader(top: list[str], below: list[str]) -> bool:
    # Only what the lower row adds: a name merged down both rows repeats there and
    # says nothing of it (a long "Does the organisation comply? (Yes/Partial/No)")
    filled = [(i, c) for i, c in enumerate(below) if c and c != top[i]]
    if sum(1 for c in top if c) < 2 or len(filled) < 2 or any(len(c) > 40 for _, c in filled):
        return False
    named = sum(1 for _, c in filled if best_field(c))
    # "Original | Revised" under "Timescales": short words, no figures, like no data row;
    # periods ("Q2 2026/27 | Q3 2026/27") only all under one group ("Progress" over
    # them and the blank its merge left), where a data row's dates do not line up
    grouped = all(_under_a_group(top, i) for i, _ in filled)
    captions = all(len(c) <= 25 and _caption(c, grouped) for _, c in filled)
    under_a_blank = any(not top[i] for i, _ in filled)
    return (named >= 2 or captions) and (under_a_blank or _captions_run_on(top, filled))


def _captions_run_on(top: list[str], filled: list[tuple[int, str]]) -> bool:
    """Each caption broken over two rows, one cell above the other ("Target" over
    "date", "Action" over "to be taken"): every lower cell under a caption and going on
    from it, a few words that open in lower case, as a caption's second half does and a
    row of data (a name, a sentence, a figure) does not."""
    return all(
        top[i] and len(c.split()) <= 4 and c[0].islower() and not any(ch.isdigit() for ch in c)
        for i, c in filled
    )


def _caption(cell: str, grouped: bool) -> bool:
    """A word naming a column ("Revised"), or under a group a period ("Q2 2026/27")."""
    period = grouped and _PERIOD.fullmatch(cell.strip()) is not None
    return not any(ch.isdigit() for ch in cell) or period


def _under_a_group(top: list[str], i: int) -> bool:
    """Column ``i`` lies under a name spread over several columns: the name followed by
    blanks (a cell merged across keeps its text in the first)."""
    start = next((j for j in range(i, -1, -1) if top[j]), None)
    return start is not None and start + 1 < len(top) and not top[start + 1]


# A quarter, month or year heading a column: "Q2 2026/27", "Mar 2024", "2025/26"
_PERIOD = re.compile(
    r"(?:Q[1-4]\s+)?(?:[A-Za-z]{3,9}\s+)?(?:19|20)\d{2}(?:\s*[/-]\s*\d{2,4})?", re.I
)


def locate(
    sheet: Sheet,
    reason: str,
    others: list[Sheet],
    header_index: int,
    columns: dict[int, str],
    data_score: int = 0,
    given: bool = False,
) -> Located:
    """Type every row of the chosen sheet around its header row; rows scoring no more
    than ``data_score`` as a header are never one repeated, nor any under a header row
    the user ``given``."""
    grid = sheet.grid
    header, span = header_rows(grid, header_index)
    # A heading may be written in two cells ("Key issue 2 –" | "Improve supervision",
    # "2." | "Leadership") where the action rows fill more than two.
    split = max((_filled(row) for row in grid[header_index + 1 :]), default=0) > 2
    # "The first column" is the table's: a margin column A left empty is not it.
    margin = _margin(grid)
    under = [row[margin:] for row in grid[header_index + 1 :]]
    key = {c for c, f in columns.items() if f in ("action", "recommendation")}
    # a column naming the recommendations groups the rows: lone rows are then captions
    grouped = _grouping_column(columns, grid[header_index], grid[header_index + span :])
    copies = _header_copies(grid, header_index, span)  # found once for both layouts
    openings = frozenset() if grouped else captioned_openings(grid, header_index, copies)
    sentences = set(wording_columns(header, grid[header_index + span :]))
    if "action" not in columns.values():
        # no header names the actions: the columns of sentences hold them, beside a
        # finding written on each block's first row only ("Finding" over "Order made")
        key |= sentences | titled_prose(header, grid[header_index + span :])
    numbered = _numbered_lone_rows_are_headings(under, split)
    rules = Rules(
        header_index=header_index,
        span=span,
        header=header,
        threshold=max(header_score(grid[header_index]) - 10, data_score + 1),
        data_columns=frozenset(c - margin for c in columns),
        key_columns=frozenset(key),
        numbered_headings=numbered,
        split=split,
        margin=margin,
        header_as_written=grid[header_index : header_index + span],
        labels=_labels_heading_blocks(grid, header_index + span),
        first_group_row=min(openings, default=None)
        if openings or grouped
        else _name_over_each_header(grid, header_index, copies),
        id_columns=frozenset(c for c, f in columns.items() if f == "ref"),
        sentence_columns=frozenset(sentences),
        lone_below=frozenset(_lone_texts(grid[header_index + span :])),
        cited_below=_refs_cited_below(grid[header_index + span :], columns),
        opening_rows=openings,
        opens_with_a_heading=numbered
        and _first_row_numbered(grid[header_index + span :], margin, split),
        names_its_groups=grouped
        and _groups_only_in_its_column(grid[header_index + span :], columns),
        kinds=ColumnKinds.under(header[margin:], under[span - 1 : span - 1 + CONTENT_ROWS]),
        given=given,
        lettered=letters_over_their_codes(under) if split else frozenset(),
        sheet_tops=_rows_over_later_headers(sheet, header_index, span),
        counts_above=summary_above(grid, header_index),
        own_headers=sheet.own_headers,
    )
    numbers = sheet.numbers or range(1, len(grid) + 1)
    lines = list(typed_lines(zip(numbers, grid, strict=True), rules))
    if columns.get(margin) not in ("update", "status"):  # no column of news there
        _progress_rows_joined(lines, margin)
    _mark_sheets(lines, sheet)
    _mark_cells(lines, sheet)
    for line in lines:
        line.heads_table = line.number - 1 in sheet.table_headings
    found = (
        "" if header_score(grid[header_index]) else _found_by(header, grid[header_index + span :])
    )
    return Located(
        sheet.name, reason, header_index, header, lines, others, rules, found,
        drop_down_messages=sheet.drop_down_messages, drawn_texts=sheet.drawn_texts,
    )  # fmt: skip


# A label naming the news of the action above it: "Progress", "Progress:", "Update",
# "Progress update", "Latest update" (not "Notes" nor "Comments", which also close a plan),
# perhaps with the period whose round of news it is, "Update 2026", "Progress Q2 2026/27"
_PROGRESS_LABEL = re.compile(
    r"^(?:(?:latest|current|recent)\s+)?(?:progress|updates?)"
    rf"(?:\s+(?:updates?|to\s+date|made))?(?P<period>\s+{_PERIOD.pattern})?\s*:?$",
    re.IGNORECASE,
)


def _progress_rows_joined(lines: list[Line], margin: int) -> None:
    """A row under an action labelled as its news in the first column ("Progress" |
    "30/09/2026 – Lead appointed.", the rest merged across the table) is no action: its
    entries are that action's news, kept with it. A label alone there (no news yet)
    adds nothing. Such rows are typed "progress". A label naming a period ("Update
    2026") is a round of news only where such rows recur, one under most actions; a
    lone one between actions ("Update 2026" | "New actions agreed at the annual review")
    heads the rows below it, a banner."""
    rounds = _rounds_of_news_recur(lines, margin)
    action: Line | None = None
    for line in lines:
        label = _progress_label(line, margin)
        if label is not None and not rounds and _names_a_period(label):
            label = None
            if line.kind == "data":
                line.kind = "banner"
        if label is not None and action is not None:
            entries = "\n".join(cell for cell in line.cells[margin + 1 :] if cell)
            if entries:
                action.news.append((label, entries))
            line.kind = "progress"
            continue
        action = line if line.kind == "data" else None


def _names_a_period(label: str) -> bool:
    """A news label naming the period of its round: "Update 2026", "Progress Q2 2026/27"."""
    found = _PROGRESS_LABEL.match(label)
    return found is not None and found["period"] is not None


def _rounds_of_news_recur(lines: list[Line], margin: int) -> bool:
    """A row labelled as news ("Progress", "Update", "Update 2026" alike) under more than
    half the actions: the pattern of a plan writing news under each action, among which
    a row labelled with a period is news like its siblings."""
    actions = with_news = 0
    action: Line | None = None
    for line in lines:
        if _progress_label(line, margin) is not None:
            if action is not None:
                with_news += 1
            action = None
            continue
        if line.kind == "data":
            actions += 1
            action = line
        else:
            action = None
    return with_news * 2 > actions


def _progress_label(line: Line, margin: int) -> str | None:
    """ "Progress" for a row whose first column says "Progress:" and at most one other
    cell holds its entries; None otherwise."""
    first = line.cells[margin].strip() if margin < len(line.cells) else ""
    if not _PROGRESS_LABEL.match(first) or best_field(first.rstrip(":")) != "update":
        return None
    if sum(1 for cell in line.cells if cell.strip()) > 2:
        return None
    return first.rstrip(":").strip()


def _found_by(header: list[str], rows: list[list[str]]) -> str:
    """What ``--explain`` says of a header no cell of which is worded like one."""
    body = _body(header, rows)
    if not _columns_of(header, body, _is_prose) and _item_name_columns(header, body):
        return _BY_ITEM_NAMES
    return _BY_CONTENT


_BY_CONTENT = "no cell worded like a header: short labels above a column of sentences"
_BY_ITEM_NAMES = (
    "no cell worded like the action: labels naming a plan's other columns above a column"
    " naming each item anew"
)


def _mark_sheets(lines: list[Line], sheet: Sheet) -> None:
    """Each row of sheets read as one: the sheet it is on, and its row there."""
    if not sheet.parts:
        return
    for line in lines:
        line.sheet, line.sheet_row = sheet.row_of(line.number - 1)


def _mark_cells(lines: list[Line], sheet: Sheet) -> None:
    """Each row's cells coloured as a RAG rating, indented by their format, and their
    notes (a workbook's rows are numbered as read)."""
    for line in lines:
        row = line.number - 1
        line.fills = sheet.fills.get(row, line.fills)
        line.indents = sheet.indents.get(row, line.indents)
        line.notes = sheet.notes.get(row, line.notes)
        line.written = sheet.written.get(row, line.written)
        line.carried = frozenset(sheet.carried.get(row, line.carried))


ByRow = TypeVar("ByRow")


def _shifted(by_row: dict[int, ByRow], offset: int) -> dict[int, ByRow]:
    """What a sheet holds by row, at its rows' places ``offset`` rows further down."""
    return {offset + row: value for row, value in by_row.items()}


def join_alike_sheets(
    sheets: list[Sheet], chosen: Sheet, index: int, reason: str
) -> tuple[Sheet, int, str]:
    """Sheets of one workbook with the chosen sheet's header are one plan, read in sheet
    order (a plan split by directorate, numbered on across the sheets): one sheet of
    their rows, the header index in it, and why. Sheets that repeat one another's
    rows are versions of a plan, not parts of one, and stay apart."""
    span = header_rows(chosen.grid, index)[1]
    layout = sheet_layout(chosen.grid[index : index + span])
    alike: list[tuple[Sheet, int]] = []
    for s in sheets:
        at = index if s is chosen else row_of_layout(s.grid, layout)
        if at is not None:
            alike.append((s, at))
    if len(alike) < 2 or _rows_repeat([s.grid[at + span :] for s, at in alike]):
        return chosen, index, reason
    grid: list[list[str]] = []
    parts = []
    fills: Fills = {}
    indents: Indents = {}
    notes: Notes = {}
    written: Notes = {}
    carried: Carried = {}
    for s, _ in alike:
        parts.append((s.name, len(grid)))
        fills.update(_shifted(s.fills, len(grid)))
        indents.update(_shifted(s.indents, len(grid)))
        notes.update(_shifted(s.notes, len(grid)))
        written.update(_shifted(s.written, len(grid)))
        carried.update(_shifted(s.carried, len(grid)))
        grid += s.grid
    width = max(len(row) for row in grid)
    grid = [row + [""] * (width - len(row)) for row in grid]
    names = [s.name for s, _ in alike]
    why = f"{len(names)} sheets with the same header, read in order as one plan"
    joined = Sheet(
        ", ".join(names),
        grid,
        chosen.how,
        parts,
        fills=fills,
        indents=indents,
        notes=notes,
        written=written,
        carried=carried,
    )
    return joined, alike[0][1], why


def _rows_over_later_headers(sheet: Sheet, header_index: int, span: int) -> frozenset[int]:
    """The rows above each later sheet's header, of sheets read as one (0-based): the
    rows each sheet opens with down to its own copy of the header. A sheet whose first
    column is hidden writes its title in the second, under a column of the table, where
    a lone cell would otherwise read as an action's."""
    starts = [start for _, start in sheet.parts[1:]]
    if not starts:
        return frozenset()
    layout = sheet_layout(sheet.grid[header_index : header_index + span])
    out: set[int] = set()
    for start, end in zip(starts, [*starts[1:], len(sheet.grid)], strict=True):
        at = row_of_layout(sheet.grid[start:end], layout)
        out |= set(range(start, start + (at or 0)))
    return frozenset(out)


def sheet_layout(rows: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    """Header rows as compared across sheets: case, spacing and blank cells at the end aside."""
    out = []
    for row in rows:
        cells = [" ".join(c.casefold().split()) for c in row]
        while cells and not cells[-1]:
            cells.pop()
        out.append(tuple(cells))
    return tuple(out)


def row_of_layout(grid: list[list[str]], layout: tuple[tuple[str, ...], ...]) -> int | None:
    span = len(layout)
    for i in range(min(len(grid), HEADER_SEARCH_ROWS)):
        if sheet_layout(grid[i : i + span]) == layout:
            return i
    return None


def _rows_repeat(bodies: list[list[list[str]]]) -> bool:
    """A row of two cells or more written on two of the sheets: copies, not parts."""
    seen: set[tuple[str, ...]] = set()
    for body in bodies:
        rows = {tuple(row) for row in body if sum(1 for c in row if c) >= 2}
        if rows & seen:
            return True
        seen |= rows
    return False


def typed_lines(rows: Iterable[tuple[int, list[str]]], rules: Rules) -> Iterator[Line]:
    """Every non-blank row of (1-based number, cells), typed, one at a time."""
    return _notes_marked(_other_tables_marked(_classify(rows, rules), rules), rules)


def _other_tables_marked(lines: Iterable[Line], rules: Rules) -> Iterator[Line]:
    """A row of labels below the plan's rows that heads a table of other columns ("Issue |
    Raised by | Effect" under "Ref | Action | Owner | Due"), the next row filling only
    the columns it labels, ends the plan's table: it and every row after it, up to the
    plan's header written again, are notes (a table of risks to delivery typed under the
    plan). Only a row may wait here, until the row after it shows what it heads."""
    rest = iter(lines)  # read on by another table's rows from where it opens
    after_rows = False  # another table's header follows the plan's rows, never opens them
    held: list[Line] = []  # a row that may head another table, and banners after it
    previous: Line | None = None  # the line above, to see the row set apart from the plan
    for line in rest:
        if held:
            if line.kind == "banner":
                held.append(line)
                continue
            if line.kind == "data" and _fills_only_its_columns(line, held[0]):
                yield from _another_table(held, line, rest)
                held = []
                continue
            yield from held
            previous, held = held[-1], []
        if after_rows and _may_head_another_table(line, previous, rules):
            held = [line]
            continue
        after_rows = after_rows or line.kind == "data"
        previous = line
        yield line
    yield from held


def _may_head_another_table(line: Line, previous: Line | None, rules: Rules) -> bool:
    """A row of labels set apart from the plan's rows above it: the header of another
    table if the row after it fills only the columns it labels."""
    return line.kind == "data" and _set_apart(line, previous) and _heads_other_columns(line, rules)


def _another_table(held: list[Line], first_row: Line, lines: Iterator[Line]) -> Iterator[Line]:
    """The other table's header, the banners under it and its rows, read on from
    ``lines`` up to the plan's header written again: all notes. The plan's header is
    the last line yielded; the plan goes on after it."""
    table = [*held, first_row]
    for line in table:
        line.kind = "note"
    yield from table
    for line in lines:
        plans_header = line.kind == "header"
        if line.kind in ("data", "banner"):
            line.kind = "note"
        yield line
        if plans_header:
            return


def _set_apart(line: Line, previous: Line | None) -> bool:
    """A blank row above it, or a line naming the table ("Risks to delivery"): a second
    table is typed apart from the plan's rows, never straight on from its last action."""
    if previous is None:
        return False
    return line.number > previous.number + 1 or previous.kind in ("banner", "title", "note")


def _heads_other_columns(line: Line, rules: Rules) -> bool:
    """Three short labels or more, each different, no figure nor sentence, none a caption
    of the plan's header nor a value of its columns (a status, a RAG, a grade, a person's
    name or initials): a header of a table of other columns. "Fit locks | Site Manager |
    Low" and "Agree the plan | MK / BB | BB" are rows of the plan."""
    cells = line.cells[rules.margin :]
    if not _is_label_row(cells):
        return False
    filled = [c.strip() for c in cells if c]
    if any(any(ch.isdigit() for ch in c) or c.endswith((".", ":", "?")) for c in filled):
        return False
    captions = {c.strip().casefold() for c in rules.header if c}
    return not any(c.casefold() in captions or _is_a_value(c) or _names_someone(c) for c in filled)


def _names_someone(cell: str) -> bool:
    """A person's name or initials ("Bill Basra", "MK / BB"): a plan's people cell, never
    a caption ("Raised by", "Owner")."""
    return all_people([cell]) or any(is_initials(w) for w in re.split(r"[\s/,&+]+", cell))


def _is_a_value(cell: str) -> bool:
    """A status, RAG or grade word ("Complete", "Green", "Low"): a plan's cell, no label."""
    return is_grade(cell) or read_status(cell) != (None, None) or read_rag(cell)[0] is not None


def _fills_only_its_columns(line: Line, labels: Line) -> bool:
    """Two cells or more filled, every one under one of the labels."""
    filled = _filled_columns(line)
    return len(filled) >= 2 and set(filled) <= set(_filled_columns(labels))


def _classify(rows: Iterable[tuple[int, list[str]]], rules: Rules) -> Iterator[Line]:
    """Every non-blank row, typed. Repeated headers update the header in force."""
    header_index, span = rules.header_index, rules.span
    titles: set[str] = set()
    title_lengths: set[int] = set()  # of the titles: a later row of another length is none
    headers = rules.header
    in_titles = True
    margin, split = rules.margin, rules.split
    last: dict[int, str] = {}  # each column's last text in the table's rows so far
    for number, row, below in _with_the_row_below(rows):
        i = number - 1
        cells = row[margin:] if margin else row  # what the rules read: the table's columns
        filled = [j for j, c in enumerate(cells) if c]
        if not filled:
            continue
        line = Line(number=number, kind="data", cells=row, headers=headers)
        if i in rules.counts_above:  # the plan's summary: its "AFI 1 – …" rows open no block
            line.kind = "note"
            yield line
            continue
        # Rows above the header are the title, until the first block begins. A heading
        # written again below the header is an introduction's list of the headings each
        # block opens with ("1. Weaknesses in …" listed, then again over its table).
        above = in_titles and i < header_index
        opens = above and _opens_a_block(line, cells, rules)  # the table's rows open none
        listed = opens and (_listed_below(line.text, rules) or _cites_again(line.text, rules))
        in_titles = above and (
            listed or not opens or rules.opens_with_a_heading or rules.names_its_groups
        )
        if in_titles and (listed or is_legend(line.text) or is_key(line.text)):
            line.kind = "note"  # a key above the table: kept and used, not the plan's title
        elif in_titles:
            line.kind = "title"
            titles.add(line.text)
            title_lengths.add(len(line.text))
        elif i < header_index:
            line.kind, line.opens_block = "banner", i in rules.opening_rows
        elif header_index <= i < header_index + span:
            line.kind = "header"
        elif i in rules.own_headers:  # a later table's own header, read by its captions
            line.kind = "header"
            headers = row
        elif i >= header_index + span and _subtotals(cells, last):
            line.kind = "note"  # a pivot's "Rec 1 – … Total" | … | 4: counts the rows above
        elif i == header_index + span and _describes_the_columns(cells, rules.header[margin:]):
            line.kind = "note"  # the template's prompts, column numbers or types: no action
        elif i in rules.opening_rows:
            line.kind, line.opens_block = "banner", True
        elif i > header_index and labelled_row(cells):
            line.kind = "banner"  # "AFI 1 – …" | "Owner: …": labels, no header's words
        elif i in rules.sheet_tops:
            line.kind = "title" if line.text in titles else "banner"
        elif (
            i > header_index
            and len(filled) > 1
            and titles
            and _written_as(line, titles, title_lengths)
        ):
            line.kind = "title"  # the rows over the header written again on a later page
        elif row in rules.header_as_written:  # the header again, after a page break
            line.kind = "header"
            headers = rules.header
        elif (
            i > header_index
            and not rules.given
            and scores_at_least(cells, max(rules.threshold, 1))
            and not rules.kinds.holds_values(cells)
        ):
            line.kind = "header"
            headers = row
        elif (
            len(filled) == 2
            and filled[0] == 0
            and heading_with_a_rating(cells)
            and (rated_by_a_colour(cells) or _heads_the_row_below(below, margin))
        ):
            line.kind = "banner"  # "Recommendation 3 – …" | … | "Red": rated as a whole
        elif len(filled) == 1 and (
            _is_banner_cell(filled[0], cells, rules.data_columns)
            or (rules.numbered_headings and filled[0] == 0)
            or _is_heading(line.text)  # "Finding 1: …" alone, even in the action column
        ):
            line.kind = "title" if line.text in titles else "banner"
        elif split and len(filled) == 2 and _is_split_heading(cells, filled, rules):
            line.kind = "banner"
        if line.kind == "data":
            for j in filled:
                last[j] = cells[j]
        yield line


# The word Excel's Data > Subtotal writes after the group for each of its functions: Sum's
# "Total" (a pivot table's too), "Count" (Count and Count Numbers: the only one a text
# column takes), "Average", "Max", "Min", "Product", "StdDev", "StdDevp", "Var", "Varp".
# Its last row is "Grand" and the same word.
_SUBTOTAL_WORDS = frozenset(
    ("total", "count", "average", "max", "min", "product", "stddev", "stddevp", "var", "varp")
)
# A subtotal's label: the group's own text and one of those words ("Rec 1 – Improve …
# Total", "Assessing needs Count")
_SUBTOTAL = re.compile(
    r"^(?P<group>\S.*?)\s+(?:Total|Count|Average|Max|Min|Product|StdDevp?|Varp?)$",
    re.IGNORECASE | re.DOTALL,
)


# The last characters a cell may end in after a Subtotal function's word: a letter whose
# case folding ends in a word's last letter ("Total", "ﬂ" folding to "fl"), or a space
# after the word. Case folding goes character by character, so a cell whose last word
# folds to one of _SUBTOTAL_WORDS ends in one of these (the tests state it over every
# code point).
_SUBTOTAL_ENDS = frozenset(
    "lLtTeExXnNvVpPrR\u0149\ufb02\ufb04\ufb05\ufb06"
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _subtotals(cells: list[str], last: dict[int, str]) -> bool:
    """A group's subtotal row: one cell the group's text, as last written above it in the
    same column (``last``), and a Subtotal function's word after it, every other filled
    cell a count ("Rec 1 – Improve … Total" | … | 4, "Assessing needs Count" | | 3). It
    counts the group's rows and is none of them."""
    # Asked of every row, and most end no cell with such a word: the last word of each
    # cell's last 8 characters (the longest word and a space) tells them before any
    # pattern is tried, read only of a cell whose last character such a word may end in
    if not any(_last_word(c[-8:]) in _SUBTOTAL_WORDS for c in cells if c[-1:] in _SUBTOTAL_ENDS):
        return False
    labels = [(j, m["group"]) for j, c in enumerate(cells) if (m := _SUBTOTAL.match(c))]
    if len(labels) != 1 or last.get(labels[0][0]) != labels[0][1]:
        return False
    counts = [c for j, c in enumerate(cells) if c and j != labels[0][0]]
    return all(_COUNT.match(c) for c in counts)


def _last_word(text: str) -> str:
    words = text.rsplit(None, 1)
    return words[-1].casefold() if words else ""


def _written_as(line: Line, texts: set[str], lengths: set[int]) -> bool:
    """``line.text in texts``, its length counted first and looked up among the texts'
    ``lengths``: asked of every row under the header, against the few title rows, and
    most rows are no title's length."""
    cells = line.cells
    joins = max(len(cells) - cells.count("") - 1, 0)  # the spaces between the filled cells
    return sum(map(len, cells)) + joins in lengths and line.text in texts


def _with_the_row_below(
    rows: Iterable[tuple[int, list[str]]],
) -> Iterator[tuple[int, list[str], list[str] | None]]:
    """Each row with the next row that has a cell filled (None after the last), read one
    row ahead: a heading rated by a status word is told from an action by what follows."""
    waiting: list[tuple[int, list[str]]] = []
    for number, row in rows:
        if any(row):
            for held_number, held in waiting:
                yield held_number, held, row
            waiting = []
        waiting.append((number, row))
    for held_number, held in waiting:
        yield held_number, held, None


def _heads_the_row_below(below: list[str] | None, margin: int) -> bool:
    """A row under a heading rated by a status word that reads as one of its actions, not
    the next in a list of headings: a list where each row opens "Priority 2: …", "Finding
    3: …" in turn, one of them with its cells left empty but its status, is a list of
    actions (the status is that action's), never a heading over the rows below it."""
    if below is None:
        return False
    cells = below[margin:] if margin else below
    first = next((c for c in cells if c), "")
    return not _is_heading(first)


# A template's prompt: a cell wholly in brackets, "(named person)", "(dd/mm/yyyy)".
_PROMPT = re.compile(r"^\s*\([^()]*\)\s*$")


def _is_prompt_row(cells: list[str]) -> bool:
    """A row right under the header with every filled cell a prompt in brackets, two or
    more ("(SMART action)" | "(named person)"): the template's guide to its columns, part
    of the header and kept as a note, never an action."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and all(_PROMPT.match(c) for c in filled)


def _describes_the_columns(cells: list[str], header: list[str]) -> bool:
    return (
        _is_prompt_row(cells)
        or _is_numbering_row(cells)
        or _is_type_row(cells)
        or guides_the_filler(cells, header)
    )


# A template's guidance to whoever fills the form opens its cell with a question ("How
# will the issue be addressed? …", "Is the action applicable to:") or with an instruction
# to the filler ("Add provider or commissioner and recommendation number"). Only the
# cell's opening counts: a plan's actions say "must" and "should" all through ("The trust
# must ensure …", "Staff should attend …").
_ASKS = re.compile(
    r"^[^?.\n]*\?|^\s*(?:how|what|who|when|where|why|which|is|are|does|do|has|have|can"
    r"|will)\b[^\n]*:",
    re.IGNORECASE,
)
_INSTRUCTS = re.compile(
    r"^\s*(?:add|enter|insert|type|state|specify|select|choose|please|tick|delete)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]{3,}")
_DATE_CAPTION = re.compile(r"\b(?:date|deadline)\b", re.IGNORECASE)
GUIDED_CELLS = 3  # filled cells, at least, in a template's row of guidance
ASKING_CELLS = 2  # cells that ask or instruct, when no date column is named instead


def guides_the_filler(cells: list[str], header: list[str]) -> bool:
    """A row right under the header that tells whoever fills the form what each column
    wants, not in brackets: no date (a plan's row has its deadline), three cells or more,
    most of them opening with a question or an instruction to the filler or naming
    their column more fully ("Realistic target date" under "Target Date"), and two that
    ask or instruct, or one and the date column named, not given. Part of the header,
    kept as a note, never an action."""
    filled = [(j, c) for j, c in enumerate(cells) if c]
    if len(filled) < GUIDED_CELLS or any(parse_deadline(c).due for _, c in filled):
        return False
    asks = {j for j, c in filled if _ASKS.search(c) or _INSTRUCTS.search(c)}
    names = {j for j, c in filled if j < len(header) and _names_more_fully(c, header[j])}
    date_named = any(_DATE_CAPTION.search(header[j]) for j in names)
    guided = len(asks | names)
    enough_asked = len(asks) >= ASKING_CELLS or (bool(asks) and date_named)
    return enough_asked and 2 * guided > len(filled)


def _names_more_fully(cell: str, caption: str) -> bool:
    """The cell holds every word of its column's caption, and more."""
    words, named = set(_WORD.findall(cell.lower())), set(_WORD.findall(caption.lower()))
    return bool(named) and named < words


# The data types a sheet or list tool gives its columns (Smartsheet, SharePoint, Airtable,
# a database): "Text/Number", "Contact List", "Dropdown List", "Date and Time", "Yes/No".
_COLUMN_TYPE = re.compile(
    r"^\s*(?:text(?:\s*/\s*number)?|number|numeric|integer|decimal|currency|percent(?:age)?"
    r"|date(?:\s*(?:/|and)\s*time)?|datetime|time|duration|checkbox|yes\s*/\s*no|boolean"
    r"|symbols?|string|email|url|hyperlink(?: or picture)?|lookup|choice|calculated"
    r"|(?:contact|dropdown|drop-down|multi-select)(?:\s+list)?|person(?: or group)?"
    r"|(?:single|multiple) lines? of text|auto-?number|predecessors|attachment"
    r"|(?:created|modified)\s+(?:date|by))\s*$",
    re.IGNORECASE,
)


def _is_type_row(cells: list[str]) -> bool:
    """A row right under the header naming each column's data type, three or more
    ("Text/Number" | "Contact List" | "Date" | "Dropdown List", kept to rebuild the sheet
    in its tool): part of the header, kept as a note, never an action."""
    filled = [c for c in cells if c]
    return len(filled) >= 3 and all(_COLUMN_TYPE.match(c) for c in filled)


def _is_numbering_row(cells: list[str]) -> bool:
    """A row right under the header holding only the columns' numbers in order, three
    or more ("1" | "2" | "3" …), as a form numbers its columns: part of the header, kept
    as a note, never an action."""
    filled = [c.strip() for c in cells if c]
    return len(filled) >= 3 and filled == [str(n) for n in range(1, len(filled) + 1)]


def is_key(text: str) -> bool:
    """A key to initials or to a column's codes ("Priority: 1 = act immediately; 2 =
    within one month"): kept as a note, never a heading nor the plan's title."""
    return is_key_of_initials(text) or _is_key_of_codes(text)


# "1 = act immediately", "Priority: 1 = …": a code of one to three letters or digits
_CODE_ENTRY = re.compile(r"^\s*(?:[A-Za-z][\w ]{0,30}:\s*)?\w{1,3}\s*=\s*\S")
_CODE_ENTRY_BREAK = re.compile(r"[;\n]|,(?=\s*\w{1,3}\s*=)")


def _is_key_of_codes(text: str) -> bool:
    """Two entries or more, each "code = meaning", and nothing else in the line."""
    entries = [e for e in _CODE_ENTRY_BREAK.split(text) if e.strip()]
    return len(entries) >= 2 and all(_CODE_ENTRY.match(e) for e in entries)


# A count of a section's items after its heading in a list of the sections: "(4 actions)",
# "[2 actions]", "– 3 actions", ": 1 action", "(4)"
_COUNT_AFTER = re.compile(
    r"\s*(?:[(\[]\s*\d+(?:\s+[^\W\d_]+){0,2}\s*[)\]]|[-–—:,]\s*\d+(?:\s+[^\W\d_]+){1,2})\s*$"
)

# The page a contents entry points at, after a tab (read as a space) or dot leaders:
# "Priority 1: Improve EHC plans\t3", "Theme 2 – Opening hours ....... 7"
_PAGE_AFTER = re.compile(r"(?:\s*\.{2,}\s*|\s+)\d{1,4}\s*$")


def _listed_below(text: str, rules: Rules) -> bool:
    """A heading above the header written again as a lone row below it, word for word or
    with the count of its items after it ("Theme 1 – Opening hours (2 actions)" above,
    "Theme 1 – Opening hours" over its rows), or with the page it is on (a contents list,
    "Priority 1: … 3"): a list of the headings, not the first block."""
    return any(
        shorn in rules.lone_below
        for shorn in (text, _COUNT_AFTER.sub("", text), _PAGE_AFTER.sub("", text))
    )


def _cites_again(text: str, rules: Rules) -> bool:
    """A heading above the header whose ref the recommendation column below cites."""
    ref = split_rec_heading(text)[0]
    return ref is not None and ref.casefold() in rules.cited_below


def _opens_a_block(line: Line, cells: list[str], rules: Rules) -> bool:
    """A recommendation heading: one with a label, or numbered like the lone heading rows
    that head the later blocks ("1. …" above the first table when "2. …" and "3. …" sit
    between the tables); a key is none. The key test last: it is the dearest, and a
    data row (nearly every row of a plan) opens no block anyway."""
    opens = (
        line.number - 1 == rules.first_group_row
        or _is_heading(line.text)
        or (rules.numbered_headings and _is_lone_numbered(cells, rules.split))
        or (_filled(cells) == 1 and _label(line.text) in rules.labels)
    )
    return opens and not is_key(line.text)


def _grouping_column(columns: dict[int, str], header: list[str], rows: list[list[str]]) -> bool:
    """Whether a column its header names as the recommendations' groups the rows. One
    graded throughout ("Priority" | High, Medium, "Critical ⚠️", a board's priority
    labels; the header written again over each group aside) rates each item and names
    no recommendation."""
    cols = [c for c, f in columns.items() if f in ("recommendation", "recommendation_ref")]
    cells = {c: [r[c] for r in rows if c < len(r) and r[c] != header[c]] for c in cols}
    return any(not _graded_throughout(cells[c]) for c in cols)


def _graded_throughout(cells: list[str]) -> bool:
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(map(is_grade, filled))


def _name_over_each_header(grid: list[list[str]], index: int, copies: list[int]) -> int | None:
    """The lone row right above the header when the header is written again below and
    every copy, the first too, sits under a lone row of its own, each a different one:
    each group's name over its header (a task tool's board, "Public realm" then "Name |
    Person | Status"). That row names the first group, not the plan; None where the
    layout is not so (the title written again over a page's header). ``copies``: where
    the header is written again."""
    above = [_row_above(grid, i) for i in (index, *copies)]
    if not copies or any(i is None or _filled(grid[i]) != 1 for i in above):
        return None
    names = {tuple(grid[i]) for i in above if i is not None}
    return above[0] if len(names) == len(above) else None  # not the title again


# Rows a block's opening may take above its copy of the header: the captions, their
# values, the block's wording, a line more
_OPENING_ROWS = 4


def _header_copies(grid: list[list[str]], index: int, span: int) -> list[int]:
    """Where the header is written again below itself, over each later block."""
    header = grid[index : index + span]
    rows = range(index + span, len(grid))
    return [i for i in rows if grid[i] == header[0] and grid[i : i + span] == header]


def captioned_openings(grid: list[list[str]], index: int, copies: list[int]) -> frozenset[int]:
    """The rows opening each block of a table whose header is written again over every
    block, as a Word plan pasted into a sheet keeps each block's own small table: a row
    of captions alone, the same over every copy ("Area for improvement:" | "Background
    information:"), then the block's own rows down to its header ("Ref No. E1" | the
    background, the inspectorate's wording). Those rows head the block, the captions
    naming the values under them; none where no such row repeats over every copy.
    ``copies``: where the header is written again."""
    heads = [index, *copies]
    if len(heads) < 2:
        return frozenset()
    for depth in range(2, _OPENING_ROWS + 1):
        runs = [_rows_just_above(grid, head, depth, floor) for head, floor in
                zip(heads, [-1, *heads], strict=False)]  # fmt: skip
        if any(len(run) < depth for run in runs):
            return frozenset()
        tops = {tuple(grid[run[0]]) for run in runs}
        if len(tops) == 1 and caption_cells(grid[runs[0][0]]):
            # the same values under the captions over every copy: a page's header
            alike = len({tuple(tuple(grid[i]) for i in run) for run in runs}) == 1
            return frozenset() if alike else frozenset(chain.from_iterable(runs))
    return frozenset()


def _rows_just_above(grid: list[list[str]], index: int, count: int, floor: int) -> list[int]:
    """The ``count`` nearest rows with anything in them above ``index`` and below
    ``floor``, top first (fewer where there are fewer)."""
    found = [i for i in range(index - 1, floor, -1) if any(grid[i])][:count]
    return found[::-1]


# A caption closing with a colon, its value in the row below: "Background information:"
_CAPTION = re.compile(r"^\s*[^\W\d_][^:\n]{0,40}:\s*$")
_CAPTION_WORDS = 4


def caption_cells(cells: list[str]) -> dict[int, str]:
    """Each column's caption, where the row holds captions alone, two or more ("Area for
    improvement:" | "Background information:"); empty else."""
    filled = {j: c.strip().rstrip(":").strip() for j, c in enumerate(cells) if c}
    if len(filled) < 2 or not all(_CAPTION.match(cells[j]) for j in filled):
        return {}
    return filled if all(len(c.split()) <= _CAPTION_WORDS for c in filled.values()) else {}


def _row_above(grid: list[list[str]], index: int) -> int | None:
    """The nearest row above ``index`` with anything in it."""
    return next(iter(_rows_just_above(grid, index, 1, -1)), None)


def _label(text: str) -> str | None:
    found = split_labelled_heading(text)
    return found[0] if found else None


def _labels_heading_blocks(rows: list[list[str]], body: int) -> frozenset[str]:
    """Labels of lone rows below the header whose numbers rise on from the lone rows
    above it: "Matter of concern 1: …" over the first table is the first block's heading
    when "Matter of concern 2: …" and "3: …" head the tables below, not the plan's title.
    A label only in the title rows ("Version 2", "Version 3") heads nothing. A heading
    written in two cells counts too ("Improvement 1" | "Leaders should …")."""
    heads = [(i, found) for i, row in enumerate(rows) if (found := split_labelled_cells(row))]
    below = frozenset(found[0] for i, found in heads if i >= body)
    return labels_that_rise(found for _, found in heads) & below


def _refs_cited_below(rows: list[list[str]], columns: dict[int, str]) -> frozenset[str]:
    """The refs of the recommendation columns' cells that are a label and number or a
    code alone ("Recommendation 1", "R2", "3"): a heading above the header that names one
    of them again is a list of the recommendations, not the first block."""
    cols = [c for c, f in columns.items() if f in ("recommendation", "recommendation_ref")]
    cells = (row[c] for row in rows for c in cols if c < len(row) and row[c])
    return frozenset(ref for cell in cells if (ref := _cited_ref(cell)))


def _cited_ref(cell: str) -> str | None:
    code = CODE_CELL.match(cell)
    return code["ref"].casefold() if code else (heading_ref(cell) or "").casefold() or None


def _lone_texts(rows: list[list[str]]) -> Iterator[str]:
    """The text of each row with one cell filled."""
    for row in rows:
        if _filled(row) == 1:
            yield next(c for c in row if c)


def _filled(row: list[str]) -> int:
    # asked of every row several times over: counting the empty cells is one C loop
    return len(row) - row.count("")


def _margin(grid: list[list[str]]) -> int:
    """How many columns at the left hold nothing in any row (a table that starts in B)."""
    first = max((len(row) for row in grid), default=0)
    for row in grid:
        first = next((i for i, c in enumerate(row[:first]) if c), first)
        if first == 0:
            break
    return first


def _is_heading(text: str) -> bool:
    return split_rec_heading(text)[0] is not None


# "Owner: AM Lisa Ward", "Target date: 31/03/2027": a short label, a colon, its value
_LABELLED_CELL = re.compile(r"^\s*(?P<label>[^:\n]{2,40}?)\s*:\s*\S")


# "R1 – Raise standards …": a recommendation's code or number, undotted (its actions are
# "1.1", "1.2"), a spaced dash, then its words
_CODE_DASH_HEADING = re.compile(r"^\s*[A-Z]{0,4}\d{1,3}\s+[-–—]\s+\S")


def heading_with_labelled_cells(cells: list[str]) -> bool:
    """A recommendation's heading with its owner and date beside it in labelled cells
    ("AFI 1 – The service should …" | "Owner: AM Lisa Ward" | "Target date: …"), or a
    code and a dash with a judgement ("R1 – Raise …" | "Estyn monitoring: Limited
    progress"): a labelled cell is said of the heading, never an action's field."""
    first = next((c for c in cells if c), "")
    return labelled_row(cells) and _opens_a_heading(first)


def heading_with_a_rating(cells: list[str]) -> bool:
    """A recommendation's heading in the first column with one rating or status beside it
    and nothing else ("Recommendation 3 – Build capacity …" | … | "Red"): the recommendation
    rated as a whole above its actions' own ratings, still its heading, never an action
    (it has no wording, owner or date of its own)."""
    filled = [c for c in cells if c]
    if len(filled) != 2 or not cells[0] or not _is_heading(cells[0]):
        return False
    rating = filled[1]
    # a status word rates it as a whole as a colour does ("Complete", "On track",
    # "Not started" beside "Recommendation 2: …" in the Status column)
    rated = read_rag(rating)[0] is not None or read_status(rating)[0] is not None
    return len(rating.split()) <= 3 and rated


def rated_by_a_colour(cells: list[str]) -> bool:
    """The one cell beside the heading is a colour ("Red"), not only a status word."""
    filled = [c for c in cells if c]
    return len(filled) == 2 and read_rag(filled[1])[0] is not None


def _opens_a_heading(text: str) -> bool:
    return _is_heading(text) or _CODE_DASH_HEADING.match(text) is not None


def labelled_row(cells: list[str]) -> bool:
    """``heading_with_labelled_cells`` or ``labelled_cells``, the row's cells found once
    (asked of every row under the header)."""
    filled = [c for c in cells if c]
    return (
        len(filled) >= 2
        and ":" in filled[1]  # no label there: most rows, answered before any slicing
        and _all_labelled(filled[1:])
        and (_opens_a_heading(filled[0]) or _all_labelled(filled[:1]))
    )


def labelled_cells(cells: list[str]) -> bool:
    """A line of labelled cells only under a heading ("Reporting lead: Sarah Quinn, …" |
    "Sponsor: Cllr Amy Doyle"): said of the block's actions, as a labelled line above
    them is; no action of its own."""
    filled = [c for c in cells if c]
    return len(filled) >= 2 and _all_labelled(filled)


def _all_labelled(cells: list[str]) -> bool:
    """Every cell a short label, a colon, its value. Asked of every row under the header,
    so it stops at the first cell that is not (a data row's ref or wording has no colon)."""
    for cell in cells:
        m = _LABELLED_CELL.match(cell) if ":" in cell else None
        if m is None or len(m["label"].split()) > 4 or _over_a_numbered_list(cell):
            return False
    return True


def _over_a_numbered_list(cell: str) -> bool:
    """A lead-in closed by its colon over a list numbered in the cell ("Agreed. We will:"
    over "1. Open …", "2. Report …"): the row's own words, no label over its value."""
    first, _, rest = cell.partition("\n")
    return first.rstrip().endswith(":") and opens_a_numbered_list(rest.lstrip())


def _is_split_heading(cells: list[str], filled: list[int], rules: Rules) -> bool:
    """A heading label and number in one cell, its text in the next: "AFI 2 –" | "…",
    and any label that heads the blocks with rising numbers ("Improvement 1" | "…")."""
    if heading_ref(cells[filled[0]]) is not None:
        return True
    labelled = split_labelled_cells(cells)
    if labelled is not None and labelled[0] in rules.labels:
        return True
    if (lettered := letter_heading(cells)) is not None and lettered[0] in rules.lettered:
        return True
    return rules.numbered_headings and _lone_ref(cells, split=True) is not None


def _is_lone(cells: list[str], split: bool) -> bool:
    """One cell in the first column; with ``split``, a code there and one cell of text
    after it ("2." | "Leadership", "MD2" | "Safe care" in a Ref column)."""
    if not cells or not cells[0]:
        return False
    filled = _filled(cells)
    return filled == 1 or (split and filled == 2 and CODE_CELL.match(cells[0]) is not None)


def _lone_ref(cells: list[str], split: bool) -> str | None:
    """The numbering of a lone row: "2" of "2. Leadership" or of "2" | "Leadership"."""
    if not _is_lone(cells, split):
        return None
    m = LEADING_NUMBER.match(cells[0]) if _filled(cells) == 1 else CODE_CELL.match(cells[0])
    return m["ref"] if m else None


def _is_lone_numbered(cells: list[str], split: bool) -> bool:
    """One cell, in the first column, led by numbering: "1. Strengthen oversight"."""
    return _lone_ref(cells, split) is not None


def _groups_only_in_its_column(rows: list[list[str]], columns: dict[int, str]) -> bool:
    """Whether the table's own recommendation column is its only grouping: its first row
    fills that column, and no lone row sits between its rows. A lone row there ("Table B
    – Completed", "Section 3 – Accessibility") is a heading of the table's, so a heading
    of its kind above the header opens the first block as before."""
    filled = [row for row in rows if _filled(row)]
    first = filled[0] if filled else []
    cols = [c for c, f in columns.items() if f in ("recommendation", "recommendation_ref")]
    if not any(c < len(first) and first[c] for c in cols):
        return False
    last_of_table = max((i for i, row in enumerate(filled) if _filled(row) > 1), default=0)
    return all(_filled(row) > 1 for row in filled[:last_of_table])


def _first_row_numbered(rows: list[list[str]], margin: int, split: bool) -> bool:
    """Whether the first filled row under the header is a lone numbered row ("2.
    Organisation and Management" straight under "Ref. | Review Group recommendation")."""
    first = next((row[margin:] for row in rows if _filled(row)), [])
    return _is_lone_numbered(first, split)


def _numbered_lone_rows_are_headings(rows: list[list[str]], split: bool) -> bool:
    """Numbered one-cell rows in the first column are headings, not actions, when the
    actions (rows of several cells) are numbered differently or not at all.

    "2. Leadership" alone on its row above "Appoint a director | CEO | Dec 2024";
    "2." above "2.1 …" or "(a) …": the lone rows head blocks. Where every row is "1.",
    "2.", "3." they are all actions.
    """
    lone_refs = [ref for r in rows if (ref := _lone_ref(r, split)) is not None]
    if len(lone_refs) < 2:
        return False
    full = [r[0] for r in rows if r and _filled(r) >= 2 and not _is_lone(r, split)]
    full_refs = [m["ref"] for c in full if (m := LEADING_NUMBER.match(c))]
    if len(full_refs) < len(full) / 2:
        return True
    if not {_numbering(r) for r in lone_refs} & {_numbering(r) for r in full_refs}:
        return True  # "2." over "(a)", "(b)": letters number the actions, digits the blocks
    depth = min(_depth(ref) for ref in full_refs)
    return max(_depth(ref) for ref in lone_refs) < depth


def _depth(ref: str) -> int:
    """How many numbers deep a ref is: "2" and "2." 0, "2.1" 1; a section's "2.0" is the
    section 2 itself, as "2.1" is its first item, so 0."""
    ref = ref.rstrip(".")
    while ref.endswith(".0"):
        ref = ref.removesuffix(".0")
    return ref.count(".")


def _numbering(ref: str) -> str:
    return "letters" if ref.isalpha() else "numbers"


def _is_banner_cell(column: int, cells: list[str], data_columns: frozenset[int]) -> bool:
    """A lone cell is a banner unless it sits in a data column other than the first.

    Banners are written in the first column; an action column that is also the
    first still gets its numbered actions ("3. Review …") read as actions.
    """
    if column != 0:
        return column not in data_columns
    return 0 not in data_columns or not LEADING_NUMBER.match(cells[0])


def _notes_marked(lines: Iterable[Line], rules: Rules) -> Iterator[Line]:
    """Rows after the last action row that hold no action are notes below the table.

    Legends ("Green = complete"), keys of initials, "Last updated" lines and
    sign-offs live there; as banners they would head no action and be lost.
    Rows that may be notes wait until a row that cannot be one shows they sit
    inside the table; those still waiting at the end are the notes.
    """
    waiting: list[Line] = []  # rows that may be notes, after the last that cannot be
    batch: list[Line] = []
    first: int | None = None
    for line in lines:
        first = line.number if first is None else first
        batch.append(line)
        if len(batch) == NOTE_TEST_BATCH:
            waiting = yield from _up_to_the_last_row_of_the_table(waiting, batch, first, rules)
            batch = []
    if first is not None:
        waiting = yield from _up_to_the_last_row_of_the_table(waiting, batch, first, rules)
    # Short words or figures outside a table of counts may be the plan's last actions:
    # the rows up to them sit inside the table, as written.
    tables = _tables_of_counts(waiting)
    inside = [
        i
        for i, line in enumerate(waiting)
        if line.kind == "data" and i not in tables and not _is_aside(line, rules, _cells_of(line))
    ]
    below = inside[-1] + 1 if inside else 0
    for line in waiting[below:]:
        if line.kind in ("banner", "data"):
            line.kind = "note"
    yield from waiting


# Rows read ahead before the note tests are asked, from the last row back: a plan's rows
# hold actions, so most batches are settled by their last row alone.
NOTE_TEST_BATCH = 256


def _up_to_the_last_row_of_the_table(
    waiting: list[Line], batch: list[Line], first: int, rules: Rules
) -> Generator[Line, None, list[Line]]:
    """The rows up to the last one of ``batch`` that cannot be a note, yielded after
    those ``waiting``; returned, the rows that still wait. The same rows wait as when
    each row is asked in turn, but a plan pays a test a batch, not a row: whether a row
    may be a note matters only once no row after it cannot be one."""
    for j in range(len(batch) - 1, -1, -1):
        if not _may_be_note(batch[j], first, rules):
            yield from waiting
            yield from batch[: j + 1]
            return batch[j + 1 :]
    return [*waiting, *batch]


def _tables_of_counts(lines: list[Line]) -> set[int]:
    """The rows of each table of counts: a row of short labels ("Priority | Actions |
    Signed off") over rows of a label and numbers in the same columns ("High | 5 | 2")."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if line.kind != "data" or not _heads_columns(_cells_of(line)):
            continue
        columns, end = _filled_columns(line), i + 1
        while end < len(lines) and lines[end].kind == "data" and _counts(_cells_of(lines[end])):
            if _filled_columns(lines[end]) != columns:
                break
            end += 1
        if end > i + 1:
            out |= set(range(i, end))
    return out


def summary_above(grid: list[list[str]], header_index: int) -> frozenset[int]:
    """The rows above the header of each table of counts by colour or status: a row of
    short labels over rows of a label and numbers in the same columns, the labels past
    the first colours or statuses ("Area | Blue | Green | Red | Total" over "Area 1 – … |
    1 | 2 | 0 | 3"), or the rows' labels ("Status | Actions" over "Complete | 3")."""
    out: set[int] = set()
    for i in range(header_index):
        head = grid[i]
        filled = [c for c in head if c]
        if not _heads_columns(filled):
            continue
        columns = [j for j, c in enumerate(head) if c]
        end = i + 1
        while end < header_index and _counts_in(grid[end], columns):
            end += 1
        labels = [next(c for c in grid[r] if c) for r in range(i + 1, end)]
        if end > i + 1 and (_rates(filled[1:]) or _rates(labels)):
            out |= set(range(i, end))
    return frozenset(out)


def _counts_in(row: list[str], columns: list[int]) -> bool:
    """A row of a label and numbers filling ``columns``, the head's, and no other."""
    filled = [c for c in row if c]
    return bool(filled) and [j for j, c in enumerate(row) if c] == columns and _counts(filled)


def _rates(words: list[str]) -> bool:
    """Two words or more each a colour or a status ("Blue", "Green"; "Complete")."""
    rated = (colour_of_header(w) is not None or state_of_header(w) is not None for w in words)
    return sum(rated) >= 2


def _cells_of(line: Line) -> list[str]:
    """The row's filled cells."""
    return [c for c in line.cells if c]


def _filled_columns(line: Line) -> list[int]:
    return [i for i, c in enumerate(line.cells) if c]


def _may_be_note(line: Line, first: int, rules: Rules) -> bool:
    if line.kind == "note":
        return True  # a table of other columns below the plan: the banner over it waits too
    if line.kind == "title":
        return line.number > first  # a title repeated on a later page: its text is the title
    if line.kind != "data":
        return line.kind == "banner"
    filled = _cells_of(line)  # once for the three tests: asked of every row
    # a table of counts below the plan, if it proves to be one
    return _heads_columns(filled) or _counts(filled) or _is_aside(line, rules, filled)


def _is_aside(line: Line, rules: Rules, filled: list[str]) -> bool:
    """A row with no action or recommendation text, or a key row "KT | Karen Thomas"
    (``filled``: its filled cells)."""
    if not _holds_an_action(line.cells, rules):
        return True
    if len(filled) == 2 and spells_out(filled[0], filled[1]):
        return True  # a glossary's row "AFI | Area for improvement"
    aside = len(filled) <= 2 and bool(_ASIDE.match(filled[0]))
    aside = aside or _keys_a_rating(filled) or _keys_ratings_across(filled)
    return aside or _sums_up(filled) or _is_sign_off(filled) or _dates_the_plan(filled)


# What a key calls a cell left uncoloured: "(blank)", "Blank", "No colour", "White"
_NO_COLOUR = re.compile(
    r"^\s*\(?\s*(?:blank|empty|none|white|uncolou?red|no\s+(?:colou?r|rating|fill))\s*\)?\s*$",
    re.IGNORECASE,
)
KEY_MEANING_WORDS = 8  # "Off track – escalate to the board": a rating's meaning, no action


def _keys_a_rating(filled: list[str]) -> bool:
    """A row of a key to the ratings typed in the table's columns below it: a colour, or
    the blank cell's name, and what it means in a few words of status or RAG ("Red |
    Off track", "(blank) | Not yet started"). Its colour sits under "Ref" and its meaning
    under "Action" though it is no action: a key, whatever word introduces it."""
    if len(filled) != 2:
        return False
    # a colour as a key names it, Blue (done) too: "Complete | Done" keys no colour
    colour = colour_of_header(filled[0]) is not None or _NO_COLOUR.match(filled[0]) is not None
    return colour and _means_a_rating(filled[1])


def _means_a_rating(meaning: str) -> bool:
    """A status or RAG in a few words ("Off track", "● Complete", "Blank – not yet started")."""
    if len(meaning.split()) > KEY_MEANING_WORDS:
        return False
    return read_status(meaning) != (None, None) or read_rag(meaning)[0] is not None


def _keys_ratings_across(filled: list[str]) -> bool:
    """A key laid across a row under the table, its caption in the first cell and a
    rating's meaning in each other ("Key:" | "● Complete" | "● On track" | "● At risk"):
    its meanings sit under "Action" and "Lead" though they are no action. Each cell's
    mark may be coloured (its colour the rating keyed); its words are the meaning."""
    return (
        len(filled) >= 3
        and is_key_caption(filled[0])
        and all(_means_a_rating(cell) for cell in filled[1:])
    )


# A totals row's label, the whole of its first cell: "Total", "Totals:", "Grand total",
# "Summary", or the last row Excel's Subtotal writes for its other functions ("Grand
# Count", "Grand Average" …)
_SUMS_UP = re.compile(
    r"^\s*(?:(?:grand\s+)?totals?|summary"
    r"|grand\s+(?:count|average|max|min|product|stddevp?|varp?))\s*:?\s*$",
    re.IGNORECASE,
)
# A count in a totals row: "150", "38%", or a number and what it counts ("150 actions")
_COUNTED = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*(?:%|[^\W\d_]+)?\s*$")


def _sums_up(filled: list[str]) -> bool:
    """A totals row below the table, its first cell the label alone ("Total | 150
    actions | B: 41  R: 9", a formula's cell read blank), or no label and every cell a
    count ("150 actions | 38%"): it counts the actions above and is none, whatever its
    other cells say."""
    return bool(_SUMS_UP.match(filled[0])) or all(_COUNTED.match(c) for c in filled)


# "Next review with the Patient Group: 14 January 2027": a short label, a colon, a date
_LABELLED_DATE = re.compile(r"^\s*[^:\n.]{2,60}?\s*:\s*(?P<value>\S(?:[^\n]{0,30}))$")
_DATE_WORDS = 4


def _dates_the_plan(filled: list[str]) -> bool:
    """A lone "Label: date" below the last action ("Next review with the Patient Group:
    14 January 2027", "Date of next update: 01/03/2027"): when the plan is next looked
    at, a note of the plan, never a recommendation nor an action."""
    m = _LABELLED_DATE.match(filled[0]) if len(filled) == 1 else None
    return m is not None and len(m["value"].split()) <= _DATE_WORDS and is_date(m["value"])


_SHORT_FORM = re.compile(r"^[A-Z][A-Z&]{1,9}s?$")


def spells_out(short: str, words: str) -> bool:
    """ "CRMP" beside "Community Risk Management Plan": an abbreviation and its expansion,
    the short form's letters the initials of the words in turn (small words such as
    "of" and "and" may be skipped). "CQC | Review the Care Quality report" is not one:
    its first word's initial is no letter of the short form."""
    if _SHORT_FORM.match(short) is None:
        return False
    letters = [ch for ch in short.rstrip("s").casefold() if ch.isalpha()]
    initials = [w[0].casefold() for w in re.findall(r"[^\W\d_][\w'’]*", words)]
    if not initials or initials[0] != letters[0] or len(initials) > 2 * len(letters):
        return False
    found = iter(initials)
    return all(letter in found for letter in letters)


# "Signed: Transport Manager | Date: 30/11/2026": each cell a sign-off's label and its value
_SIGN_OFF_LABEL = re.compile(
    r"^\s*(?:(?:signed|signature|approved|agreed|authori[sz]ed|prepared|reviewed|checked|"
    r"verified|completed)(?:\s+(?:off|by|on))*|date(?:\s+(?:signed|approved|agreed))?|name|"
    r"position|role|job\s+title)\s*:",
    re.IGNORECASE,
)
# Who put a name to it: signed or approved it, or prepared, reviewed or checked it ("Prepared
# by: Head of Safety Assurance"); a "Date:" alone signs nothing.
_SIGNS = re.compile(
    r"^\s*(?:signed|signature|approved|agreed|authori[sz]ed"
    r"|(?:prepared|reviewed|checked|verified)\s+by)\b",
    re.IGNORECASE,
)


_COUNT = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*%?\s*$")


def _counts(filled: list[str]) -> bool:
    """A row of a table of counts ("High | 5 | 2", "Total | 11 | 4"), its filled cells: a
    short label and numbers only, no action's wording."""
    label, numbers = filled[0], filled[1:]
    short = len(label.split()) <= 4 and not _COUNT.match(label)
    return short and bool(numbers) and all(_COUNT.match(c) for c in numbers)


def _heads_columns(filled: list[str]) -> bool:
    """A row of two or more short labels and no figure ("Priority | Actions | Signed
    off"), its filled cells: it may head a table of counts below the plan."""
    return len(filled) >= 2 and all(
        len(c.split()) <= 3 and not any(ch.isdigit() for ch in c) for c in filled
    )


def _holds_an_action(cells: list[str], rules: Rules) -> bool:
    """Text in the action or recommendation column, or an ID ("6712ab5e…", "1.4") in the
    ref column beside a sentence where the actions' sentences are: a task tool's last
    card with no description, label nor checklist is still a card. "Totals | 62
    provisions assessed" has no ID: it stays a note."""

    def filled(columns: frozenset[int]) -> list[str]:
        return [cells[c] for c in columns if c < len(cells) and cells[c]]

    width = len(cells)
    for c in rules.key_columns:  # a loop, not a list: asked of every row, most answer here
        if c < width and cells[c]:
            return True
    has_id = any(any(ch.isdigit() for ch in ref) for ref in filled(rules.id_columns))
    return has_id and bool(filled(rules.sentence_columns))


def _is_sign_off(filled: list[str]) -> bool:
    """A sign-off row below the table: every cell a label and a value, one of them who
    signed, approved or prepared it ("Signed: Transport Manager", "Prepared by: …"); or
    a form's line for who answers for the plan, its label in a cell of its own and the
    value beside it ("Name (print): | Dr Rhian Powell", "Job role: | Director of …",
    "Date: | 06/11/2026", a date)."""
    # each label has its colon: a row opened by a ref or a sentence is none, cheaply
    labelled = (not filled or ":" in filled[0]) and all(_SIGN_OFF_LABEL.match(c) for c in filled)
    if labelled and any(_SIGNS.match(c) for c in filled):
        return True
    return len(filled) == 2 and _answers_its_label(filled[0], filled[1])


# A sign-off line's label alone in its cell: "Name (print):", "Job role:", "Date:"
_LABEL_ALONE = re.compile(
    r"^\s*(?:(?P<date>date)|full\s+name|name|signed|signature|position|role|job\s+(?:title|role)"
    r"|designation)\s*(?:\([^()]*\))?\s*:\s*$",
    re.IGNORECASE,
)
SIGN_OFF_VALUE_WORDS = 12  # a name or a post, never an action's sentence


def _answers_its_label(label: str, value: str) -> bool:
    m = _LABEL_ALONE.match(label)
    if m is None or len(value.split()) > SIGN_OFF_VALUE_WORDS:
        return False
    return parse_deadline(value).due is not None if m["date"] else True


_ASIDE = re.compile(
    r"^\s*(?:key|legend|notes?|source|last updated|updated|[A-Z]{2,4}\s*[=:\-–]"
    r"|(?:grand\s+)?totals?(?:\s+(?:number\s+of\s+)?[^\W\d_]+)?\s*[:=]?\s*\d+)\b",
    re.I,
)


# Words that name a plan or what it answers: "… – action plan", "Auditor's Annual
# Report 2024/25", "HMICFRS inspection 2025". A first title row with none of them is
# the organisation's name alone.
_NAMES_A_PLAN = re.compile(
    r"\b(?:plans?|actions?|tracker|log|register|reports?|response|review|"
    r"recommendations?|improvement|statement|assessment|audit|inspection|visit|notice|"
    r"programme|findings)\b",
    re.IGNORECASE,
)


def plan_title(title_rows: list[str]) -> tuple[str, list[str]]:
    """The plan's title from the rows above the table, and the rows left as notes.

    Many plans open with the organisation alone ("Kestrel District Council") and name
    the plan on the next row; two plans of one council would otherwise share one
    title. Such a pair is joined: "Kestrel District Council – Auditor's Annual Report".
    Not when that row names a day or month ("tracker – position at 31 October
    2026"): next month's version would get another title, and a re-import is matched
    to its plan by title. A month in brackets dates what the plan answers, the
    inspection ("(May 2026)"), and is joined.
    """
    if (subject := email_subject(title_rows)) is not None:
        return subject, title_rows
    first, rest = title_rows[0], title_rows[1:]
    if rest and not _NAMES_A_PLAN.search(first) and _NAMES_A_PLAN.search(rest[0]):
        undated = _BRACKETED.sub("", rest[0])  # "(May 2026)": when the inspection was
        if parse_deadline(undated).precision not in ("day", "month"):
            return f"{first} – {rest[0]}", rest[1:]
    return first, rest


# A bracket in the row naming the plan dates what the plan answers ("CQC inspection of
# urgent care (May 2026) – Must do action plan"), the same in every month's version
_BRACKETED = re.compile(r"\([^()]*\)")


# A line of the header block an e-mail client prints over a message saved or pasted into
# a document ("From: Sam Hollis <…>", "Sent: 13 November 2026 16:42", "Subject: RE: …")
_EMAIL_HEADER_LINE = re.compile(
    r"^\s*(?P<label>from|sent|date|to|cc|bcc|subject|importance|attachments)\s*:", re.I
)
_EMAIL_HEADER_LINES = 3  # "From", "Sent", "Subject" at least: no plan's labels
# The marks a reply or a forward puts before the subject: "RE:", "Fw:", "FWD:"
_REPLY_MARKS = re.compile(r"^(?:\s*(?:re|fwd?|aw|sv)\s*:)+\s*", re.I)


def email_header_lines(rows: list[str]) -> list[str]:
    """The rows of an e-mail's header block opening ``rows`` (a plan sent round in the body
    of a message): three lines or more labelled From, Sent, To, Cc, Subject …, one a
    "From" and one a "Subject". Empty when the rows open otherwise."""
    block = list(takewhile(lambda row: _EMAIL_HEADER_LINE.match(row) is not None, rows))
    labels = {cast(re.Match[str], _EMAIL_HEADER_LINE.match(row))["label"].lower() for row in block}
    if len(block) < _EMAIL_HEADER_LINES or not {"from", "subject"} <= labels:
        return []
    return block


def email_subject(rows: list[str]) -> str | None:
    """The subject of the e-mail whose header block opens ``rows``, without the marks of
    a reply or a forward ("Subject: RE: HSE visit action plan" → "HSE visit action plan")."""
    for row in email_header_lines(rows):
        label, _, value = row.partition(":")
        if label.strip().lower() == "subject" and (subject := _REPLY_MARKS.sub("", value).strip()):
            return subject
    return None


WIDE_ROWS_NAMED = 5  # rows named one by one; past them one line counts the rest


def rows_wider_than_the_header(located: Located) -> list[str]:
    """A delimited text's rows with more filled cells than their header: an unquoted
    comma ("£12,500" read as "£12" and "500") shifts the row's last cells into a
    column no header names. Nothing is dropped (the cell is kept as "Column 7"), but
    the user is told which rows to check, since the split is a guess."""
    notes: list[str] = []
    headers: list[str] | None = None  # the header in force, its width read once
    header = 0
    for line in located.of_kind("data"):
        if line.headers is not headers:
            headers, header = line.headers, _filled_width(line.headers)
        if not header or len(line.cells) <= header:
            continue  # no wider than the header, however many of its cells are filled
        cells = _filled_width(line.cells)
        if cells > header:
            notes.append(
                f"row {line.number} has {cells} cells, the header {header}:"
                " check for an unquoted comma"
            )
    if len(notes) > WIDE_ROWS_NAMED:
        more = len(notes) - WIDE_ROWS_NAMED
        notes = [*notes[:WIDE_ROWS_NAMED], f"and {more} more rows wider than the header"]
    return notes


def _filled_width(row: list[str]) -> int:
    """The cells up to the row's last filled one (blank cells at its end padded on)."""
    return next((i + 1 for i in range(len(row) - 1, -1, -1) if row[i].strip()), 0)
