"""A table whose rows are one action each under a merged ref: a Word table pasted into
Excel.

Excel pastes each paragraph of a Word cell on a row of its own and merges every cell of
one paragraph down over those rows: an action whose progress cell held three dated
paragraphs takes three rows, its Ref, Action, Lead, Target date and Status merged down
over them and one progress line a row (a two-name Lead cell, a two-paragraph Action cell
spill the same way). Where the action's own ref is ONE merged range over a block of
rows, and so is another cell of the action's own (its lead, date or status), the block
is one action as the Word row was: read on its first row, each other cell the block's
paragraphs in row order, a line each. A ref typed again on each row is no merge and
stays as it is (rows of one ID whose update differs are read apart); a recommendation
merged over its actions, each with a ref of its own, is a grouping column, not the
action's ref, and its actions stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from importers.columns import PEOPLE_ROLES
from importers.locate import Line
from importers.read import Sheet
from importers.repeated_ids import cell, without_rows

# The cells of the action's own (its wording, people, date, status, rating): one of them
# merged down with the ref makes the block one action. A finding, theme or regulation
# merged with a code over its actions ("PAN1" merged down with CIW's finding, each row
# its own action, lead and status) groups them, never makes them one.
_ACTION_OWN = frozenset({"action", *PEOPLE_ROLES, "due", "status", "rag"})


@dataclass(frozen=True)
class MergedRows:
    """The sheet with each merged ref's block read as its first row, and how many rows
    each block held."""

    sheet: Sheet
    ref_header: str
    rows: dict[str, int]

    def how(self) -> str:
        """What ``--explain`` says of the rows read as one."""
        more = sum(n - 1 for n in self.rows.values())
        return (
            f"{more} rows under a {self.ref_header!r} merged down its action's rows (a Word"
            f" table pasted into Excel, a paragraph a row) read as lines of {len(self.rows)}"
            " actions"
        )


def find_merged_rows(
    sheet: Sheet, lines: list[Line], roles: dict[int, str], headers: list[str]
) -> MergedRows | None:
    """The blocks of rows under one merged ref, or None where the ref is merged over no
    block that also merges another cell of the action's own. A large CSV's sample has
    no merges and is left as it is."""
    ref = next((c for c, r in sorted(roles.items()) if r == "ref"), None)
    if ref is None or sheet.numbers or not sheet.carried:
        return None
    own = tuple(c for c, r in sorted(roles.items()) if r in _ACTION_OWN)
    blocks = [b for b in _blocks(lines, ref) if _one_action(b, own)]
    if not blocks:
        return None
    return MergedRows(
        _merged(sheet, blocks),
        headers[ref] if ref < len(headers) else "",
        {cell(b[0].cells, ref).strip(): len(b) for b in blocks},
    )


def _blocks(lines: list[Line], ref: int) -> list[list[Line]]:
    """Each data row with its ref written, and the rows right under it that the same
    merged range carries the ref down to."""
    blocks: list[list[Line]] = []
    for line in lines:
        below = bool(blocks and blocks[-1]) and line.number == blocks[-1][-1].number + 1
        if below and ref in line.carried and line.kind in ("data", "progress"):
            blocks[-1].append(line)
        elif line.kind == "data" and cell(line.cells, ref).strip() and ref not in line.carried:
            blocks.append([line])
        else:
            blocks.append([])  # breaks a block: nothing under it joins the one above
    return [b for b in blocks if len(b) > 1]


def _one_action(block: list[Line], own: tuple[int, ...]) -> bool:
    """Whether a cell of the action's own (not a grouping one's) is merged down over
    every row of the block with its ref: the block was one row of the Word table."""
    return any(all(c in line.carried for line in block[1:]) for c in own)


def _merged(sheet: Sheet, blocks: list[list[Line]]) -> Sheet:
    """The sheet with each block read as its first row: the other rows dropped, each
    cell holding the block's paragraphs in that column, a line each."""
    grid = list(sheet.grid)
    for block in blocks:
        first = block[0].number - 1
        grid[first] = [_joined(block, c) for c in range(len(grid[first]))]
    dropped = {line.number - 1 for block in blocks for line in block[1:]}
    return without_rows(replace(sheet, grid=grid), dropped)


def _joined(block: list[Line], col: int) -> str:
    """The column's paragraphs down the block: the first row's cell, then each row's own
    (a cell merged down from above is the same paragraph, read once)."""
    lines = [cell(block[0].cells, col).strip()]
    lines += [cell(r.cells, col).strip() for r in block[1:] if col not in r.carried]
    return "\n".join(line for line in lines if line)
