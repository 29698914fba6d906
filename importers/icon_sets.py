"""A workbook's traffic lights drawn by a conditional-format icon set, as RAG ratings.

A performance workbook may write the RAG as numbers (3, 2, 1) and let Excel draw them
as traffic lights (Conditional Formatting > Icon Sets), often with the numbers hidden
("Show Icon Only"): the reader sees a green, amber or red light and no number. Which
light a number shows is the rule's own arithmetic, no formula of the sheet's: each
threshold (``cfvo``) a number, a percentage or a percentile of the range's numbers, or
its lowest or highest; the number shows the icon of the highest threshold it reaches,
the first icon (red) below them all, and ``reverse`` turns the icons round. A threshold
that is a formula (a cell's reference) cannot be known without evaluating the
workbook, and the rule is then not read.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from importers.colours import IconRating

# The icon sets whose icons are a traffic light's colours, lowest numbers first: lights,
# signs, symbols and flags red, yellow, green. Arrows say which way a figure moves (and
# grey arrows, ratings, quarters and four or five icons rate nothing of red-amber-green).
_LIGHTS = ("red", "amber", "green")
TRAFFIC_LIGHT_SETS = frozenset(
    {"3TrafficLights1", "3TrafficLights2", "3Signs", "3Symbols", "3Symbols2", "3Flags"}
)
DEFAULT_ICON_SET = "3TrafficLights1"  # the set a rule naming none draws (ECMA-376)


def icon_ratings(ws: Any, max_col: int) -> dict[int, dict[int, str]]:
    """The light each number under a traffic-light icon set shows, by 0-based row and
    column, as the rating its colour is; of two rules on one cell, the first in
    Excel's order (its priority)."""
    ratings: dict[int, dict[int, str]] = {}
    rules = [(rule, cf.sqref) for cf in ws.conditional_formatting for rule in cf.rules]
    for rule, ranges in sorted(rules, key=lambda found: found[0].priority or 0):
        icons = rule.iconSet if rule.type == "iconSet" else None
        if icons is None or (icons.iconSet or DEFAULT_ICON_SET) not in TRAFFIC_LIGHT_SETS:
            continue
        numbers = _numbers(ws, ranges, max_col)
        lights = _lights_shown(icons, list(numbers.values()))
        for (row, col), number in numbers.items() if lights else ():
            ratings.setdefault(row, {}).setdefault(col, IconRating(lights(number)))
    return ratings


def _numbers(ws: Any, ranges: Any, max_col: int) -> dict[tuple[int, int], float]:
    """The numbers in the rule's ranges (Excel draws no icon for text or a blank)."""
    found: dict[tuple[int, int], float] = {}
    for cells in ranges.ranges:
        min_col, min_row, last_col, max_row = cells.bounds
        for row in ws.iter_rows(min_row, max_row, min_col, min(last_col, max_col)):
            for cell in row:
                value = cell.value
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    found[(cell.row - 1, cell.column - 1)] = float(value)
    return found


def _lights_shown(icons: Any, numbers: list[float]) -> Any:
    """A function giving the light a number shows, or None where a threshold is not
    known (a formula)."""
    if not numbers:
        return None
    steps = [(_threshold(v.type, v.val, numbers), v.gte is not False) for v in icons.cfvo[1:]]
    if any(limit is None for limit, _ in steps):
        return None
    order = _LIGHTS[::-1] if icons.reverse else _LIGHTS

    def shown(number: float) -> str:
        reached = sum(
            1
            for limit, inclusive in steps
            if limit is not None and (number > limit or (inclusive and number == limit))
        )
        return order[min(reached, len(order) - 1)]

    return shown


def _threshold(kind: str | None, value: Any, numbers: Iterable[float]) -> float | None:
    """A threshold as a number: a number as written, a percentage of the way from the
    range's lowest to its highest, a percentile of its numbers (as PERCENTILE.INC), or
    the lowest or highest; None for a formula or anything unreadable."""
    ordered = sorted(numbers)
    low, high = ordered[0], ordered[-1]
    if kind == "min":
        return low
    if kind == "max":
        return high
    amount = _number(value)
    if amount is None:
        return None
    if kind == "num":
        return amount
    if kind == "percent":
        return low + (high - low) * amount / 100
    if kind == "percentile":
        place = (len(ordered) - 1) * min(max(amount, 0.0), 100.0) / 100
        below = int(place)
        above = min(below + 1, len(ordered) - 1)
        return ordered[below] + (ordered[above] - ordered[below]) * (place - below)
    return amount if kind == "formula" else None  # a constant; a reference is no number


def _number(value: Any) -> float | None:
    """A threshold's value as a number: openpyxl gives a float, or the text written
    (a formula such as "$H$1" is none)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return None
