"""A table style's banding left behind as cells' own fills: styling, never a rating.

An Excel Table draws its banded rows from its style; "Convert to Range" (done so a plan's
heading rows can be merged across, which a table forbids) keeps that look by writing the
band as each cell's own fill: every other row of the old table, every column, blank cells
included, one pale tint of the style's colour. Read as a rating, that pale blue (Table
Style Medium 2's theme 4, tint 0.8) would make every blank RAG cell under it blue, done.

The evidence is the pattern, never the colour: a fill that covers most of a row, on three
rows or more, only ever on rows an even distance apart, on nearly every such row of its
run, with the rows between written as the bands are (a table's rows), and no other
rating colour covering them or any row in step with the bands. Rows shaded by their RAG
fail it (an amber or red row between two green ones or in step with them, or a blank row
left between each action), as does a RAG column's own colour.
Pure:
``read`` hands over each cell's fill as a key it can compare.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field

MIN_BANDS = 3  # two striped rows could be chance; three in step are a pattern
MIN_IN_STEP = 0.75  # of the every-other rows of its run: a heading row may paint over one


@dataclass
class Painted:
    """Each cell's solid fill by a comparable key, and how far along each row reaches."""

    cells: dict[Hashable, dict[int, set[int]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set))
    )
    reach: dict[int, int] = field(default_factory=dict)  # row → last column written or filled
    rating: set[Hashable] = field(default_factory=set)  # keys whose colour is a RAG's
    written: set[int] = field(default_factory=set)  # rows holding a value
    values: Counter[int] = field(default_factory=Counter)  # row → cells holding a value

    def write(self, row: int, col: int) -> None:
        """A cell holding a value."""
        self.written.add(row)
        self.values[row] += 1
        self.touch(row, col)

    def touch(self, row: int, col: int) -> None:
        """A cell holding text or a fill: the row reaches at least this far."""
        self.reach[row] = max(self.reach.get(row, -1), col)

    def paint(self, row: int, col: int, key: Hashable, rates: bool) -> None:
        """The cell is filled solid with ``key`` (a colour, ``rates`` when a RAG's)."""
        self.cells[key][row].add(col)
        self.touch(row, col)
        if rates:
            self.rating.add(key)

    def covers(self, key: Hashable, row: int) -> bool:
        """Whether ``key`` fills more than half the row, two cells or more."""
        n = len(self.cells[key].get(row, ()))
        return n >= 2 and n * 2 > self.reach.get(row, -1) + 1

    def bands(self) -> frozenset[Hashable]:
        """The rating colours this sheet shows only as banding."""
        return frozenset(key for key in self.rating if self._banded(key))

    def _banded(self, key: Hashable) -> bool:
        rows = sorted(self.cells[key])
        if len({row % 2 for row in rows}) != 1:  # an odd distance apart: no stripe
            return False
        covered = [row for row in rows if self.covers(key, row)]
        if len(covered) < MIN_BANDS:
            return False
        steps = range(covered[0], covered[-1] + 1, 2)
        in_step = len(covered) >= MIN_IN_STEP * len(steps)
        between = self._written_between(steps) and not self._rated_between(steps)
        return in_step and between and not self._rated_in_step(key, steps)

    def _written_between(self, steps: range) -> bool:
        """Whether the rows between the bands hold values half as often as the bands do, at
        least: a table's banding stripes its written rows, while a plan that leaves a blank
        row between its actions and shades each action's row by its RAG has its colours an
        even distance apart with nothing written between (its empty template rows are blank
        on both, and weigh on neither side)."""
        bands = sum(row in self.written for row in steps[:-1])
        return 2 * sum(row + 1 in self.written for row in steps[:-1]) >= bands

    def _rated_in_step(self, key: Hashable, steps: range) -> bool:
        """Whether another rating colour covers a row in step with the bands: a table's
        banding is its one colour on its stripe, while a plan shading each action's row by
        its RAG over an update row has its greens, ambers and reds all in step. The rows
        above the first band count only where they are such a plan's actions (``_actions_
        above``): a table's title and header there are no part of its banding, nor a row of
        it painted over its first band."""
        first = steps[0]
        return any(
            self.covers(other, row)
            for other in self.rating - {key}
            for row in self.cells[other]
            if (row - first) % 2 == 0 and (row >= first or self._actions_above(row, steps))
        )

    def _actions_above(self, row: int, steps: range) -> bool:
        """Whether ``row``, above the first band, is one of a plan's actions written over a
        sparser row each (an update, a note): the rows between the bands hold fewer than two
        values in three of the bands' own, and ``row`` holds as many as a band row does, two
        in three at least (a title, one cell, is none). A converted table's rows are alike,
        every one an action, and the band stripes every other one."""
        bands = sum(self.values[band] for band in steps[:-1])
        between = sum(self.values[band + 1] for band in steps[:-1])
        alike = 3 * between >= 2 * bands
        return not alike and 3 * len(steps[:-1]) * self.values[row] >= 2 * bands

    def _rated_between(self, steps: range) -> bool:
        """Whether a rating colour covers a row between the bands: rows shaded by RAG."""
        return any(self.covers(other, row + 1) for other in self.rating for row in steps[:-1])
