"""A later table of a Word plan read by its own header row.

A plan stitched from each agency's own table gives each table its own captions in its
own order ("Ref | Action | Lead | Target date | Status | Progress" over the first,
"No. | What we will do | Owner | Status | By when | Update" over the next). The tables
are read as one grid whose columns the first table's header names, so a later table
with a header of its own has its columns put where the first table keeps the same
field: its rows, and its header row with them, so that each cell stays under its own
caption. A table with no header row of its own goes on in the order of the one before
(``importers.word`` moves the rows).
"""

from __future__ import annotations

from importers.columns import best_field

# The fields naming people: a table's one column of people matches the first table's
# one column of people, whatever each calls it ("Responsible officer" beside "Lead").
_PEOPLE = frozenset({"lead", "responsible"})


def column_order(first: list[str], header: list[str]) -> list[int] | None:
    """For each column of the first table's header, the column of ``header`` holding
    the same field (the columns naming no field of the other's in their own order);
    None where every field is already where the first table keeps it."""
    width = max(len(first), len(header))
    theirs, ours = _fields(first, width), _fields(header, width)
    free = list(range(width))  # columns of ``header`` not yet placed
    placed: list[int | None] = [None] * width
    for col, field in enumerate(theirs):
        match = next((i for i in free if field is not None and ours[i] == field), None)
        if match is not None:
            placed[col] = match
            free.remove(match)
    rest = iter(free)
    order = [col if col is not None else next(rest) for col in placed]
    return None if order == list(range(width)) else order


def _fields(header: list[str], width: int) -> list[str | None]:
    """The field each caption names (None for a blank or unknown one), a lone column of
    people as "people"."""
    fields = [best_field(cell) if cell.strip() else None for cell in header]
    fields += [None] * (width - len(fields))
    people = [col for col, field in enumerate(fields) if field in _PEOPLE]
    if len(people) == 1:
        fields[people[0]] = "people"
    return fields
