"""A tool's export with a row per person assigned to an action.

A programme tracker lets an action have several people; its export (a Power BI table
visual showing "Assigned to" from the people table, a list expanded by person) writes
such an action once for each of them, every other cell the same ("Action ID" | "Action"
| "Assigned to" | "Due date" | "Status" | "Latest update": FFF-02 for Priya Nair, FFF-02
for Tom Reid). Rows that share an ID and its wording, and whose cells agree in every
column but the people's and those of no role of their own (the person's email or
hours), are one action: read on the first row, its people each row's in row order,
every cell that differs kept a line a row. Read again so, the ID is the action's ref as
written and its update is one update, not one a person. A status, date or update that
differs is no copy: such rows stay apart, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from importers.cells import folded
from importers.columns import PEOPLE_ROLES
from importers.locate import Line
from importers.read import Sheet
from importers.repeated_ids import cell, id_and_wording, repeated_ids, without_rows

_THEIR_OWN = frozenset({*PEOPLE_ROLES, "extra"})  # cells that may differ person to person


@dataclass(frozen=True)
class PerPerson:
    """The sheet with each action's rows read as its first, and how many rows each
    action's ID was written on."""

    sheet: Sheet
    id_header: str
    people_headers: tuple[str, ...]
    rows: dict[str, int]

    def how(self) -> str:
        """What ``--explain`` says of the rows read as one."""
        more = sum(n - 1 for n in self.rows.values())
        people = " or ".join(repr(h) for h in self.people_headers)
        return (
            f"{more} rows repeating an action for another person read as one action each"
            f" ({len(self.rows)} actions, the same {self.id_header!r}, wording and cells"
            f" but {people})"
        )


def find_per_person(
    sheet: Sheet, lines: list[Line], roles: dict[int, str], headers: list[str]
) -> PerPerson | None:
    """The actions written once per person, or None where no two rows share an ID, its
    wording and every cell but each person's own. A large CSV's sample (its rows read
    again one by one) is left as it is."""
    id_texts = id_and_wording(roles)
    people = tuple(c for c, r in sorted(roles.items()) if r in PEOPLE_ROLES)
    if id_texts is None or not people or sheet.numbers:
        return None
    if not any(roles[c] == "action" for c in id_texts[1]):
        # only a recommendation's wording repeats: its rows are its actions, each
        # worded in a column no header names (a SharePoint list's "Title"), not copies
        return None
    alike = tuple(c for c, r in sorted(roles.items()) if r not in _THEIR_OWN)
    groups = {
        ref: rows
        for ref, rows in repeated_ids(lines, id_texts[0]).items()
        if _one_action(rows, alike, people)
    }
    if not groups:
        return None
    named = tuple(headers[c] if c < len(headers) else f"Column {c + 1}" for c in people)
    return PerPerson(
        _merged(sheet, list(groups.values())),
        headers[id_texts[0]] if id_texts[0] < len(headers) else "",
        named,
        {ref: len(rows) for ref, rows in groups.items()},
    )


def _one_action(rows: list[Line], alike: tuple[int, ...], people: tuple[int, ...]) -> bool:
    """Whether the rows are one action written for each of its people: the same in
    every column of the action's own (ID, wording, dates, status, news), another
    person on each row."""
    same = all(len({folded(cell(r.cells, c)) for r in rows}) == 1 for c in alike)
    persons = {tuple(folded(cell(r.cells, c)) for c in people) for r in rows}
    return same and len(persons) == len(rows)


def _merged(sheet: Sheet, groups: list[list[Line]]) -> Sheet:
    """The sheet with each group's rows read as its first: the other rows dropped,
    the first row's cells that differ holding every row's, a line each."""
    grid = list(sheet.grid)
    for rows in groups:
        first = rows[0].number - 1
        grid[first] = [_joined(rows, c, value) for c, value in enumerate(grid[first])]
    dropped = {r.number - 1 for rows in groups for r in rows[1:]}
    return without_rows(replace(sheet, grid=grid), dropped)


def _joined(rows: list[Line], col: int, value: str) -> str:
    """The column's cell for the rows read as one: as written where every row agrees,
    else each distinct value in row order, a line each (the people's names split on
    lines, as a cell listing them; a person's own email kept in the same order)."""
    values = [v for r in rows if (v := cell(r.cells, col).strip())]
    distinct = list(dict.fromkeys(values))
    return value if len(distinct) <= 1 else "\n".join(distinct)
