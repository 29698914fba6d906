"""Word comments (Review > New Comment) read as the notes of the cells they are on.

A plan approved and then left unchanged may carry its progress only in comments:
the head adds each review's news as a comment on the action's Status word, a dated
paragraph an entry. Word keeps the comments' words apart (``word/comments.xml``) and
marks where each is anchored in the text (``w:commentRangeStart`` where the commented
words start, ``w:commentReference`` where its mark stands). A comment is a note on
the table cell holding its anchor, read as a workbook's note on a cell is
(``build._cell_notes``), so both plans read alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from importers.word_numbers import W

# Where a comment is anchored: the start of the words it is on, or its mark alone
# where a range was never kept (a comment inserted at a point)
_ANCHORS = (f"{W}commentRangeStart", f"{W}commentReference")


def read_comments(document: Any, text_of: Callable[[Any], str]) -> dict[str, str]:
    """Each comment's words by its id, a paragraph a line (``text_of`` reads one), so a
    comment of dated paragraphs reads as a note of dated lines. Its author and stamp
    (``w:author``, ``w:date``) are left out: who typed it and when is no lead of the
    action and no day of its news."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    try:
        part = document.part.part_related_by(RT.COMMENTS)
    except KeyError:  # a document nobody commented on has no comments part
        return {}
    return {
        str(comment.get(f"{W}id")): _comment_text(comment, text_of)
        for comment in part.element.iterchildren(f"{W}comment")
    }


def _comment_text(comment: Any, text_of: Callable[[Any], str]) -> str:
    lines = (text_of(p).strip() for p in comment.iter(f"{W}p"))
    return "\n".join(line for line in lines if line)


def anchored(element: Any, comments: dict[str, str]) -> str:
    """The words of the comments anchored inside ``element`` (a table cell), a comment
    a line, each taken out of ``comments`` so that it is read once: a comment whose
    words run on into the next cell is the cell's where they start."""
    if not comments:  # most documents: no cell's XML walked for anchors
        return ""
    ids = (str(anchor.get(f"{W}id")) for anchor in element.iter(*_ANCHORS))
    words = [comments.pop(i) for i in dict.fromkeys(ids) if i in comments]
    return "\n".join(text for text in words if text)


def comment_note(words: str) -> str:
    """A comment anchored in no table cell (on the title, a heading, a paragraph below)
    as a note below the plan: said of the document, no action's, its words kept."""
    return f"Word comment: {words}"
