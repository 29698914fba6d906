"""Word's tracked changes: the plan read as it stands with every change accepted.

A plan circulated with Track Changes on holds its old words beside its new ones: an
insertion (``w:ins``) is the text now, a deletion (``w:del``, its words ``w:delText``)
is not, and a passage moved is stored twice, where it was (``w:moveFrom``, between
``w:moveFromRangeStart`` and ``w:moveFromRangeEnd``) and where it now stands
(``w:moveTo``). Its reader sees the plan as the changes make it, so the moved words are
read once, at their new place: read where they were too, a row moved from one table to
another is two actions, a line moved to the top of its cell two updates.

So the old words go before the document is read: the runs a deletion or a move's old
place wraps, a table row marked deleted (``w:trPr/w:del``, Word's mark on a row deleted
and on the old place of a row moved) or whose every paragraph is deleted or moved
away, and a paragraph whose mark is deleted or moved away, which joins the paragraph
after it as accepting the change joins them (nothing left of it, nothing at all).
"""

from __future__ import annotations

from typing import Any

from importers.word_numbers import W

# The changes whose words are gone once accepted: a deletion, a move's old place
_GONE = (f"{W}del", f"{W}moveFrom")
# Where one of them marks a paragraph's mark (w:pPr/w:rPr) or a row (w:trPr) rather
# than wrapping words
_MARKING = frozenset({f"{W}rPr", f"{W}trPr"})
# The parts read that python-docx parses: the body, page headers and footers, notes
# and comments (``word_notes`` accepts a notes part it keeps as bytes)
_READ_PARTS = frozenset(
    f"{W}{tag}" for tag in ("document", "hdr", "ftr", "footnotes", "endnotes", "comments")
)


def with_changes_accepted(document: Any) -> None:
    """Removes the old words of every tracked change from the parts of ``document`` (a
    python-docx ``Document``) that are read, in place."""
    for part in document.part.package.iter_parts():
        root = getattr(part, "element", None)
        if root is not None and root.tag in _READ_PARTS:
            changes_accepted(root)


def changes_accepted(root: Any) -> Any:
    """``root``, a part's XML, without the rows, then the words, then the paragraphs
    (joined or dropped) that its changes take away, in place; the marks are read
    before they go."""
    rows = [tr for tr in root.iter(f"{W}tr") if _row_gone(tr)]
    marked = [p for p in root.iter(f"{W}p") if _mark_gone(p)]
    for tr in rows:
        _removed(tr)
    for wrapper in [w for w in root.iter(*_GONE) if w.getparent().tag not in _MARKING]:
        _removed(wrapper)
    for p in marked:
        _joined_to_next(p)
    return root


def _row_gone(tr: Any) -> bool:
    """Whether a table row is deleted, or held only words moved away or deleted."""
    if any(tr.find(f"{W}trPr/{mark}") is not None for mark in _GONE):
        return True
    paragraphs = list(tr.iter(f"{W}p"))
    return bool(paragraphs) and all(_mark_gone(p) for p in paragraphs)


def _mark_gone(p: Any) -> bool:
    """Whether a paragraph's mark is deleted or moved away."""
    return any(p.find(f"{W}pPr/{W}rPr/{mark}") is not None for mark in _GONE)


def _joined_to_next(p: Any) -> None:
    """A paragraph whose mark is gone: with no words left it is gone; its words left open
    the paragraph after it, as Word joins them (before a table, or last in its cell,
    there is none to join: it stays)."""
    following = p.getnext()
    if p.find(f".//{W}r") is None:
        _removed(p)
    elif following is not None and following.tag == f"{W}p":
        at = 1 if following.find(f"{W}pPr") is not None else 0
        for child in reversed([c for c in p if c.tag != f"{W}pPr"]):
            following.insert(at, child)
        _removed(p)


def _removed(element: Any) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)
