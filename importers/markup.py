"""A cell that holds the HTML a rich-text field stores, read as the text it shows.

A SharePoint list's rich-text column ("Progress Notes") exports what it stores:
'<div class="ExternalClass…"><p>12/11/2026 – …</p><p>08/10/2026 – …</p></div>', lines
parted by paragraphs or '<br>', '&amp;' and '&#39;' for '&' and an apostrophe. Only a cell
that is markup through and through is read so: a '<' in prose ("spend < £5k") is prose.
"""

from __future__ import annotations

import html
import re

# The tags a rich-text editor writes: block and line tags part lines, inline ones go.
_TAG_NAMES = (
    r"div|p|br|span|font|b|strong|i|em|u|s|strike|sub|sup|a|ul|ol|li|h[1-6]|table|tbody|"
    r"thead|tr|td|th|blockquote|pre|hr|code"
)
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})\b[^<>]*/?>", re.IGNORECASE)
# A tag that ends a line of the text shown: a paragraph, a break, a list item, a cell.
_LINE_END = re.compile(
    r"<br\b[^<>]*/?>|</(?:p|div|li|h[1-6]|tr|blockquote|pre)\s*>|<hr\b[^<>]*/?>",
    re.IGNORECASE,
)
# SharePoint's own wrapper, which marks the cell as stored rich text wherever it sits.
_EXTERNAL_CLASS = re.compile(r"<div\s+class=\"?ExternalClass", re.IGNORECASE)


def is_markup(cell: str) -> bool:
    """The cell is stored rich text: SharePoint's ExternalClass wrapper, or a cell that
    opens and closes with an editor's tag ('<p>…</p>', '<div>…<br>…</div>')."""
    if not cell.startswith("<"):
        return False
    if _EXTERNAL_CLASS.match(cell):
        return True
    first, last = _TAG.match(cell), _last_tag(cell)
    return first is not None and last is not None


def _last_tag(cell: str) -> re.Match[str] | None:
    if not cell.endswith(">"):
        return None
    start = cell.rfind("<")
    return _TAG.fullmatch(cell, start) if start >= 0 else None


def markup_text(cell: str) -> str:
    """The text a rich-text cell shows: a line per paragraph or break, tags gone,
    entities decoded ('&amp;' → '&', '&#39;' → an apostrophe, '&nbsp;' → a space)."""
    text = _TAG.sub("", _LINE_END.sub("\n", cell))
    text = html.unescape(text).replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
