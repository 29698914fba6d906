"""The three papers a committee reads (Word, Markdown, HTML) carry the same content:
the title block with the period covered, the summary with shares and a total, the
exceptions with why each is one."""

from __future__ import annotations

import datetime as dt
import io
import re
from html import unescape

from docx import Document

from reports import export
from store import Store
from tests.conftest import TODAY


def _text(store: Store, fmt: str) -> str:
    """The paper as a reader sees its words, a table row a line, cells parted by '|',
    a cell's own lines by ' / '."""
    data = export(store, fmt, "Test plan", since=dt.date(2026, 11, 1))
    if fmt == "docx":
        doc = Document(io.BytesIO(data))
        lines = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                lines.append(" | ".join(c.text.replace("\n", " / ") for c in row.cells))
        return "\n".join(lines)
    text = data.decode()
    if fmt == "html":
        text = text.replace("</tr>", " |\n").replace("<br>", " / ")
        text = re.sub(r"<td[^>]*>|<th[^>]*>", "| ", text)
        text = unescape(re.sub(r"<[^>]+>", "", text.replace("</p>", "\n")))
    return text.replace("<br>", " / ")


def _cells(text: str, first: str) -> list[str]:
    """The cells of the table row whose first cell is ``first``."""
    for line in text.splitlines():
        parts = [p.strip() for p in line.strip().strip("|").split("|")]
        if parts and parts[0] == first:
            return parts
    raise AssertionError(f"no row {first!r}")


def test_every_paper_has_the_period_the_shares_and_why(store: Store) -> None:
    store.set_due(store.find_action("2.2").id, dt.date(2027, 6, 30), "June 2027", "month")
    assert TODAY == dt.date(2026, 11, 24)
    for fmt in ("docx", "md", "html"):
        text = _text(store, fmt)
        assert "Period covered: 1 November 2026 to 24 November 2026" in text, fmt
        assert _cells(text, "In progress")[1:] == ["2", "50%"], fmt
        assert _cells(text, "Total")[1:] == ["4", "100%"], fmt
        assert _cells(text, "RAG Red")[1:] == ["1", "25%"], fmt
        why = _cells(text, "2.2")  # the exception's row comes before the action's
        assert why[-1] == "slipped +91 days", fmt
        assert _cells(text, "1.1")[-1] == "overdue by 24 days; red", fmt


def test_every_paper_has_the_overdue_line_and_each_recommendations_progress(
    store: Store,
) -> None:
    """The Word paper, as the Markdown and HTML ones, says how many actions are overdue
    under "Summary" and gives each recommendation's line: its ref, text, share done
    and how many of its actions are overdue."""
    for fmt in ("docx", "md", "html"):
        text = _text(store, fmt)
        assert re.search(r"(?m)(?:^|Summary)\**1 overdue\**$", text), fmt  # a line its own
        assert re.search(r"Ref ?\| Recommendation ?\| Complete ?\| Overdue", text), fmt
        assert _cells(text, "1")[:3] == ["1", "Improve early help", "50% (1/2)"], fmt
        assert _cells(text, "1")[3] == "1", fmt
