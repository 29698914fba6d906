"""The source as read: rows and columns of the file, its header row marked, each column
headed by the role the importer gave it.

A virtual grid: only the lines on screen are drawn, so a 5,000-row file costs
what a 50-row one does. Columns scroll sideways a whole column at a time, so
the one under the cursor is always shown in full width.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.safe import fit

MIN_WIDTH = 6
MAX_WIDTH = 24
HEADER_LINES = 2  # the column's name, then its role
PLAIN = Style()
MUTED = Style(dim=True)
NAME = Style(bold=True)
ROLE = Style(color="cyan", bold=True)
IGNORED = Style(color="grey50", italic=True)
HEADER_ROW = Style(color="yellow", bold=True)
CURSOR = Style(reverse=True)


def column_widths(grid: list[list[str]]) -> list[int]:
    """Each column as wide as its longest first line, between MIN_WIDTH and MAX_WIDTH.

    Measured on at most the first 500 rows: a width the first screens do not
    need is not worth a pass over 5,000 rows."""
    width = max((len(row) for row in grid), default=0)
    widths = [MIN_WIDTH] * width
    for row in grid[:500]:
        for i, cell in enumerate(row):
            if cell and widths[i] < MAX_WIDTH:
                first = cell.split("\n", 1)[0]
                widths[i] = min(MAX_WIDTH, max(widths[i], cell_len(first) + 1))
    return widths


@dataclass(frozen=True)
class Column:
    """How one column is headed: its name in the header row and its role."""

    name: str
    role: str  # the role's words: "recommendation ref", "extra"


class SourceGrid(ScrollView, can_focus=True):
    """The file's rows with a cell cursor: ←→ move between columns, ↑↓ between rows."""

    BINDINGS = [
        Binding("up", "move(-1, 0)", "Up", show=False),
        Binding("down", "move(1, 0)", "Down", show=False),
        Binding("left", "move(0, -1)", "Left", show=False),
        Binding("right", "move(0, 1)", "Right", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(0)", "First row", show=False),
        Binding("end", "edge(1)", "Last row", show=False),
    ]

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.grid: list[list[str]] = []
        self.widths: list[int] = []
        self.columns: list[Column] = []
        self.header_index: int | None = None
        self.row = 0
        self.column = 0
        self.first_column = 0  # the leftmost column on screen
        # A row's sheet and its row there: sheets read as one plan number their own rows
        self.row_of: Callable[[int], tuple[str, int]] = _counted_from_one

    # ---------------------------------------------------------------- data
    def show(
        self,
        grid: list[list[str]],
        widths: list[int],
        row_of: Callable[[int], tuple[str, int]] | None = None,
    ) -> None:
        """A newly read file: the cursor goes to its top left. ``row_of`` numbers its
        rows as its sheets do; without one, the rows count from 1 (never as the last
        file's sheets did)."""
        self.grid, self.widths = grid, widths
        self.row_of = row_of or _counted_from_one
        self.row = self.column = self.first_column = 0
        self.virtual_size = Size(0, len(grid) + HEADER_LINES)  # sideways: by whole columns
        self.scroll_to(y=0, animate=False)
        self._say_where()
        self.refresh()

    def _say_where(self) -> None:
        """Under the grid, the cursor's row as the file numbers it, where sheets read as
        one restart their numbering: "row 14 of 'Medicine'"."""
        name, number = self.row_of(self.row) if self.grid else ("", 0)
        self.border_subtitle = f"row {number} of {name!r}" if name else ""

    def label(self, columns: list[Column], header_index: int | None) -> None:
        """New names and roles (after a correction); the cursor stays where it is."""
        self.columns, self.header_index = columns, header_index
        self.refresh()

    # ---------------------------------------------------------------- keys
    def action_move(self, rows: int, columns: int) -> None:
        self.row = max(0, min(len(self.grid) - 1, self.row + rows))
        self.column = max(0, min(len(self.widths) - 1, self.column + columns))
        self._keep_cursor_in_view()
        self._say_where()
        self.refresh()

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.size.height - HEADER_LINES - 1), 0)

    def action_edge(self, end: int) -> None:
        self.action_move(len(self.grid) if end else -len(self.grid), 0)

    def _keep_cursor_in_view(self) -> None:
        body = max(1, self.size.height - HEADER_LINES)
        top = int(self.scroll_y)
        if self.row < top:
            self.scroll_to(y=self.row, animate=False)
        elif self.row >= top + body:
            self.scroll_to(y=self.row - body + 1, animate=False)
        if self.column < self.first_column:
            self.first_column = self.column
        while self.first_column < self.column and not self._fits(self.column):
            self.first_column += 1

    def _fits(self, column: int) -> bool:
        room = self.size.width - self._label_width()
        return sum(self.widths[self.first_column : column + 1]) <= room

    # ------------------------------------------------------------- drawing
    def _label_width(self) -> int:
        return len(str(len(self.grid))) + 3  # "▶ 12 "

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        if not self.widths:
            return Strip.blank(width)
        if y < HEADER_LINES:
            strip = self._header_line(y)
        else:
            index = int(self.scroll_y) + y - HEADER_LINES
            if index >= len(self.grid):
                return Strip.blank(width)
            strip = self._row_line(index)
        return strip.crop(0, width).extend_cell_length(width)

    def _header_line(self, y: int) -> Strip:
        segments = [Segment(" " * self._label_width())]
        for i in self._visible_columns():
            column = self.columns[i] if i < len(self.columns) else Column("", "")
            text, style = (column.name, NAME) if y == 0 else (column.role, _role_style(column))
            if i == self.column:
                style += CURSOR
            segments.append(Segment(fit(text or f"Column {i + 1}", self.widths[i]), style))
        return Strip(segments)

    def _row_line(self, index: int) -> Strip:
        is_header = index == self.header_index
        number = str(self.row_of(index)[1]).rjust(len(str(len(self.grid))))
        label = f"▶ {number} " if is_header else f"  {number} "
        base = HEADER_ROW if is_header else PLAIN
        segments = [Segment(label, HEADER_ROW if is_header else MUTED)]
        cells = self.grid[index]
        for i in self._visible_columns():
            style = base + CURSOR if (index, i) == (self.row, self.column) else base
            segments.append(Segment(fit(cells[i] if i < len(cells) else "", self.widths[i]), style))
        return Strip(segments)

    def _visible_columns(self) -> range:
        room = self.size.width - self._label_width()
        last = self.first_column
        while last < len(self.widths) and room > 0:
            room -= self.widths[last]
            last += 1
        return range(self.first_column, last)


def _role_style(column: Column) -> Style:
    return IGNORED if column.role in ("ignore", "extra") else ROLE


def _counted_from_one(index: int) -> tuple[str, int]:
    """Row ``index`` (0-based) of a grid that is one sheet: no sheet name, counted from 1."""
    return "", index + 1
