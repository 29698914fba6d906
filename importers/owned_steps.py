"""A reply's actions written as a numbered list in one cell, each step closed by who
leads it and when, in one bracket: "Agreed. We will:" over "1. Open a family hostel
(Head of Housing Options, March 2027)" and "2. Report … (Housing Performance Manager,
ongoing)", as a cabinet answers a scrutiny review and HMPPS asks each agreed
recommendation's steps to name "the owner and timescale of each step". Each step is an
action of its own; the lines over the list are the reply's lead-in.
"""

from __future__ import annotations

import re

from importers.dates import deadline_states, names_a_time
from importers.marks import list_item
from importers.people import is_post_alone, names_a_person

# Who and when closing a line in one bracket, parted by its last comma: "(Head of
# Housing Options, March 2027)", "(Tenant Engagement Officer, ongoing)"
_OWNER_AND_TIME = re.compile(r"\s*\((?P<who>[^()\n]{2,80}),\s*(?P<when>[^(),\n]{2,40})\)[.;]?\s*$")


def owner_and_time(line: str) -> tuple[str, str, str] | None:
    """(the line without its bracket, who, when) where the bracket closing the line
    names a post or a person, then a time ("March 2027", "Q1 2027/28", "ongoing") or the
    work done ("completed November 2026"); None for any other line."""
    m = _OWNER_AND_TIME.search(line) if line.rstrip().endswith((")", ").", ");")) else None
    if m is None:
        return None
    who, when = m["who"].strip(), m["when"].strip()
    if not (is_post_alone(who) or names_a_person(who)):
        return None  # "(Regulation 12, 2014)": a citation, no owner
    if not (names_a_time(when) or deadline_states(when) == "done"):
        return None
    return line[: m.start()].rstrip(), who, when


def owned_steps(cell: str) -> tuple[str, list[str]] | None:
    """(the lead-in, the steps) of a cell whose last lines are a list numbered from 1,
    two steps or more, each closed by its owner and time in brackets; the lead-in is
    the lines over the list ("Agreed.", "Partly agreed. We will …"), maybe none."""
    if "\n" not in cell:  # most cells: one line, no list
        return None
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    items = [list_item(line) for line in lines]
    first = next((i for i, item in enumerate(items) if item and item[0] == "1"), None)
    if first is None or len(lines) - first < 2:
        return None
    steps, mark = lines[first:], lines[first][1]  # "1." or "1)": its mark after the 1
    for n, (step, item) in enumerate(zip(steps, items[first:], strict=True), start=1):
        if item != (str(n), mark) or owner_and_time(step) is None:
            return None
    return "\n".join(lines[:first]), steps
