"""A trend chart: one count over time, drawn from zero.

Textual's ``Sparkline`` scales each series from its own lowest to its highest
value and draws a single point as a full block: a plan just recorded, or one
where nothing has changed ("overdue 0 → 0"), showed solid full bars that read
as a maximum. Here every chart of a dashboard shares one top, bars rise from
zero, and a series that never changes is a flat line at its level.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widget import Widget

BLOCKS = "▁▂▃▄▅▆▇█"  # eighths of a cell, from the bottom


def trend_lines(values: Sequence[int], top: int, width: int, height: int) -> list[str]:
    """The chart's rows, top row first: ``values`` spread over ``width`` columns, each
    a bar from zero to its share of ``top`` in ``height`` rows of eighths; a series
    that never changes only its bar's top cell (a line; zero on the bottom row)."""
    if not values or width <= 0 or height <= 0:
        return [" " * max(0, width)] * max(0, height)
    flat = len(set(values)) == 1
    steps = [values[i * len(values) // width] for i in range(width)]
    columns = [_column(value, top, height, flat) for value in steps]
    return ["".join(column[row] for column in columns) for row in range(height)]


def _column(value: int, top: int, height: int, flat: bool) -> list[str]:
    """One column's cells, top first: filled up to the value's level (its top cell
    only when ``flat``); a zero is the bottom row's thinnest block."""
    eighths = max(1, round(value * 8 * height / max(top, 1)))
    full, part = divmod(eighths, 8)
    cells = ["█"] * full + ([BLOCKS[part - 1]] if part else [])
    if flat:
        cells = [" "] * (len(cells) - 1) + cells[-1:]
    return [" "] * (height - len(cells)) + cells[::-1]


class Trend(Widget):
    """A count over time (``show``), its bars scaled to a top shared with its sibling
    charts so that each is read against the others."""

    DEFAULT_CSS = """
    Trend { height: 3; color: $primary; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.values: list[int] = []
        self.top = 1

    def show(self, values: Sequence[int], top: int) -> None:
        """Draw ``values`` on a scale from zero to ``top``."""
        self.values, self.top = list(values), max(top, 1)
        self.refresh()

    def render(self) -> Text:
        lines = trend_lines(self.values, self.top, self.size.width, self.size.height)
        return Text("\n".join(lines), no_wrap=True)
