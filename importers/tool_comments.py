"""A comment as a work tracker's CSV export writes it into one cell.

Jira's "Export CSV" writes each comment of an issue into a "Comment" column of its own
as "dd/MMM/yy h:mm AM;author;text": the stamp Jira put on the comment, the commenter's
account (a Cloud account id, "557058:1b2c…" or "5b10a284…", or a Server user name,
"amir.khan") and the words the person wrote. The stamp and the account are the tool's;
the words are the news, of the stamp's day.
"""

from __future__ import annotations

import datetime as dt
import re

_COMMENT = re.compile(
    r"^\s*(?P<day>\d{1,2}/[A-Za-z]{3}/(?:\d{4}|\d{2}))\s+\d{1,2}:\d{2}(?:\s*[AP]M)?"
    r";(?P<account>[^\s;]+);(?P<text>.*\S)\s*$",
    re.IGNORECASE | re.DOTALL,
)


def tool_comment(cell: str) -> tuple[dt.date, str] | None:
    """The day and the words of a cell that is one comment in Jira's export form
    ("02/Oct/26 10:15 AM;557058:1b2c…;Draft circulated."); None for any other cell."""
    m = _COMMENT.match(cell)
    if m is None:
        return None
    day = m["day"].title()
    try:
        date = dt.datetime.strptime(day, "%d/%b/%Y" if len(day) > 9 else "%d/%b/%y").date()
    except ValueError:  # "31/Feb/26", "12/Sep/26" in a locale's own month word
        return None
    return date, m["text"].strip()
