"""Word footnotes and endnotes (References > Insert Footnote) read where their marks stand.

A trust's plan may give the target date the committee revised only in a footnote on the
date: the cell shows "30/11/2026" and a superscript mark, and the words "Revised target
date 31/01/2027, agreed by the Quality Committee on 15/10/2026" stand at the page's foot
(``word/footnotes.xml``; endnotes in ``word/endnotes.xml``). The mark is no word of the
cell. A note on a cell that holds a date alone is read in brackets after it, as a
revision typed in the cell is ("30/11/2026 (Revised target date 31/01/2027, …)"), so the
deadline rules read the revised date as the deadline and the cell's as the baseline; a
note on any other cell is a note on that cell, as a Word comment is; a note marked
outside every table (on the title) is kept in the plan's notes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from importers.dates import names_only_a_period
from importers.word_numbers import W
from importers.word_tracked import changes_accepted

# The kinds of note and the relationship naming each one's part
_KINDS = (
    ("footnote", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"),
    ("endnote", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"),
)
_MARKS = (f"{W}footnoteReference", f"{W}endnoteReference")


def read_notes(document: Any, text_of: Callable[[Any], str]) -> dict[str, str]:
    """Each footnote's and endnote's words by kind and id ("footnote 1"), a paragraph a
    line (``text_of`` reads one). The separators Word keeps among them (the rule over
    the notes, ``w:type`` set) are no notes."""
    notes: dict[str, str] = {}
    for kind, relationship in _KINDS:
        part = next(
            (r.target_part for r in document.part.rels.values() if r.reltype == relationship),
            None,
        )
        if part is None:  # most documents: no notes at all
            continue
        element = part.element if hasattr(part, "element") else _parsed(part.blob)
        for note in element.iterchildren(f"{W}{kind}"):
            if note.get(f"{W}type") in (None, "normal"):
                notes[f"{kind} {note.get(f'{W}id')}"] = _note_text(note, text_of)
    return notes


def _parsed(blob: bytes) -> Any:
    """A notes part python-docx keeps as bytes (it has no class for it), parsed, its
    tracked changes accepted as the body's are."""
    from docx.oxml import parse_xml

    return changes_accepted(parse_xml(blob))


def _note_text(note: Any, text_of: Callable[[Any], str]) -> str:
    lines = (text_of(p).strip() for p in note.iter(f"{W}p"))
    return "\n".join(line for line in lines if line)


def marked(element: Any, notes: dict[str, str]) -> list[str]:
    """The words of the notes whose marks stand inside ``element`` (a table cell), each
    taken out of ``notes`` so that it is read once."""
    if not notes:  # most documents: no cell's XML walked for marks
        return []
    keys = (
        f"{mark.tag.rsplit('}', 1)[1].removesuffix('Reference')} {mark.get(f'{W}id')}"
        for mark in element.iter(*_MARKS)
    )
    words = [notes.pop(key) for key in dict.fromkeys(keys) if key in notes]
    return [text for text in words if text]


def cell_with_notes(text: str, notes: list[str]) -> tuple[str, str]:
    """A cell's text and its note: the notes in brackets after a date alone (the date's
    revision, as typed in the cell), else the cell as it shows and the notes its note."""
    if notes and names_only_a_period(text.strip()):
        return f"{text} ({'; '.join(notes)})", ""
    return text, "\n".join(notes)


def unmarked_note(words: str) -> str:
    """A note whose mark stands in no table cell (on the title, a heading) as a row
    below the plan: the document's, no action's, its words kept."""
    return f"Footnote: {words}"
