"""A Markdown table typed as plain lines, read as the table it marks up.

A team that keeps its action log on a wiki copies the page's Markdown source into a
board paper, so the table arrives as paragraphs: '| DS-01 | Move … | Ellie Marsh |', the
'|----|:---:|' delimiter row under the header, '## Workstream 1: …' over it, '**Blocked**'
and '<br>' left as typed. A header line with a delimiter row of as many cells under it
is a table (GitHub's rule), its rows the '|' lines that follow up to a blank line; the
delimiter row is no row. In a document holding such a table, '#' … '######' open a
heading, and the inline marks ('**x**', '__x__', '`x`') are their text, no words. A line
with '|' but no delimiter row under its table ("Costs | Benefits") stays a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from importers.read import Grid
from importers.word_headings import StyledHeading

Block = str | Grid

# A delimiter row's cell: hyphens, a colon either side to align the column
_DELIMITER_CELL = re.compile(r":?-+:?")
# An ATX heading: one to six '#', a space, the text, any closing '#'s
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# '|' parts cells unless escaped ('\|' is the character itself)
_PIPE = re.compile(r"(?<!\\)\|")
# Bold by '**' or '__' (not inside a word, as snake_case is), code by '`': their text
_MARKS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"`([^`]+)`"),
)


class MarkdownTable(list[list[str]]):
    """A table drawn by Markdown's '|' lines, so that ``--explain`` can say so."""


def markdown_blocks(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with each Markdown table typed as lines made a table, its headings
    headings and its marks gone; the blocks as they are where no such table is."""
    found: list[Block] = []
    tables = 0
    i = 0
    while i < len(blocks):
        rows, read = _table_at(blocks, i)
        if rows:
            found.append(MarkdownTable([_plain(cell) for cell in row] for row in rows))
            tables += 1
        else:
            found.append(blocks[i])
        i += read
    if not tables:
        return list(blocks)
    return [_paragraph(b) if isinstance(b, str) else b for b in found]


def _table_at(blocks: Sequence[Block], i: int) -> tuple[Grid, int]:
    """The rows of the Markdown table whose header line is ``blocks[i]`` and how many
    blocks it takes (its delimiter row too); no rows, one block, where none opens there."""
    header = _row(blocks[i])
    if header is None or not _delimits(blocks[i + 1 : i + 2], len(header)):
        return [], 1
    rows, j = [header], i + 2
    while j < len(blocks) and (row := _row(blocks[j])) is not None:
        if _delimits(blocks[j + 1 : j + 2], len(row)):
            break  # the next table's header, right under this one's last row
        if not _delimits([blocks[j]], len(row)):  # a stray delimiter row is no row
            rows.append(row + [""] * (len(header) - len(row)))
        j += 1
    return rows, j - i


def _row(block: Block) -> list[str] | None:
    """A '|' line's cells, the pipes at its ends only fences; None for any other block."""
    if not isinstance(block, str) or "|" not in block or "\n" in block:
        return None
    text = block.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") and not text.endswith("\\|") else text
    return [cell.strip().replace("\\|", "|") for cell in _PIPE.split(text)]


def _delimits(next_block: Sequence[Block], width: int) -> bool:
    """The block (one, or none at the document's end) is the delimiter row under a
    header of ``width`` cells: '|---|:--:|', as many cells."""
    cells = _row(next_block[0]) if next_block else None
    return (
        cells is not None
        and len(cells) == width
        and all(_DELIMITER_CELL.fullmatch(c) for c in cells)
    )


def _plain(text: str) -> str:
    """A cell's text as shown: '<br>' a line break, the marks their text."""
    for mark in _MARKS:
        text = mark.sub(r"\1", text)
    lines = (line.strip() for line in _BREAK.split(text))
    return "\n".join(line for line in lines if line)


def _paragraph(text: str) -> str:
    """A line of a Markdown document: a '#' heading a heading, its marks their text; a
    line Word marked a heading stays one."""
    heading = _HEADING.match(text)
    if heading is not None:
        return StyledHeading(_plain(heading["text"]))
    plain = _plain(text)
    return text if plain == text else type(text)(plain)
