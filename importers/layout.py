"""Finding the layout of a plan: header rows, title rows, banners and grouping.

A grid becomes a list of typed rows; what is a header, a title, a banner or
an action row is decided by general rules, never by knowing the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from importers.columns import header_score

HEADER_SEARCH_ROWS = 30
REC_HEADING = re.compile(
    r"^\s*(?:[A-Za-z]+\s+)?recommendation\s*(?:no\.?|number|#)?\s*(?P<ref>\d+[a-z]?)\b"
    r"\s*[:.\-–—)]?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
LEADING_NUMBER = re.compile(
    r"^\s*(?P<ref>R\d+|\d+(?:\.\d+)+\.?|\d+(?=[.):]|\s+[-–]))[.):]?\s*[-–]?\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
LABEL_VALUE = re.compile(r"^(?P<label>[^:\n]{2,60}?)\s*:\s*(?P<value>\S.*)$", re.DOTALL)


@dataclass
class Line:
    """One row of the grid with what it was found to be."""

    number: int  # 1-based row in the file
    kind: str  # "header", "title", "banner", "data"
    cells: list[str]
    headers: list[str] = field(default_factory=list)  # the header in force for data rows

    @property
    def text(self) -> str:
        """The non-empty cells joined: what a one-cell row says."""
        return " ".join(c for c in self.cells if c)


def find_header(grid: list[list[str]], header_row: int | None) -> int | None:
    """Index of the header row: the given one, else the best-scoring early row."""
    if header_row is not None:
        return header_row - 1 if 0 < header_row <= len(grid) else None
    scored = [(header_score(row), -i) for i, row in enumerate(grid[:HEADER_SEARCH_ROWS])]
    best = max(scored, default=(0, 0))
    return -best[1] if best[0] > 0 else None


def classify(grid: list[list[str]], header_index: int, data_columns: set[int]) -> list[Line]:
    """Every non-blank row, typed. Repeated headers update the header in force."""
    base = grid[header_index]
    threshold = header_score(base) - 10
    lines: list[Line] = []
    titles: set[str] = set()
    headers = base
    in_titles = True
    for i, cells in enumerate(grid):
        filled = [j for j, c in enumerate(cells) if c]
        if not filled:
            continue
        line = Line(number=i + 1, kind="data", cells=cells, headers=headers)
        # Rows above the header are the title, until a recommendation heading
        # shows that the first block of the plan has begun.
        in_titles = in_titles and i < header_index and split_rec_heading(line.text)[0] is None
        if in_titles:
            line.kind = "title"
            titles.add(line.text)
        elif i < header_index:
            line.kind = "banner"
        elif i == header_index or (i > header_index and header_score(cells) >= max(threshold, 1)):
            line.kind = "header"
            headers = cells
        elif len(filled) == 1 and _is_banner_cell(filled[0], cells, data_columns):
            line.kind = "title" if line.text in titles else "banner"
        lines.append(line)
    return lines


def _is_banner_cell(column: int, cells: list[str], data_columns: set[int]) -> bool:
    """A lone cell is a banner unless it sits in a data column other than the first.

    Banners are written in the first column; an action column that is also the
    first still gets its numbered actions ("3. Review …") read as actions.
    """
    if column != 0:
        return column not in data_columns
    return 0 not in data_columns or not LEADING_NUMBER.match(cells[0])


def split_rec_heading(text: str) -> tuple[str | None, str]:
    """("5", rest) for "Recommendation No. 5 - …"/"Ofsted recommendation 5: …"."""
    m = REC_HEADING.match(text)
    return (m["ref"], m["rest"].strip()) if m else (None, text)


def split_number(text: str) -> tuple[str | None, str]:
    """("2.1.1", rest) for "2.1.1. Social Care to …"; (None, text) otherwise."""
    m = LEADING_NUMBER.match(text)
    if not m:
        return None, text
    return m["ref"].rstrip("."), m["rest"].strip()


def is_label(text: str) -> bool:
    """A short caption whose value is on the next row: "Outcome: what difference …?"."""
    return len(text) <= 120 and text.rstrip().endswith(("?", ":")) and "\n" not in text


def label_value(text: str) -> tuple[str, str] | None:
    """("OOP Key Business Outcome", "Fewer children …") for a "Label: value" banner."""
    m = LABEL_VALUE.match(text)
    return (m["label"].strip(), m["value"].strip()) if m else None
