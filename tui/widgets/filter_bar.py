"""The filter bar: active filters, "N of M actions" and the overdue count."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.safe import plain


class FilterBar(Static):
    """Always shows what is filtered and how many actions that leaves."""

    def show(self, filters: list[str], matching: int, total: int, overdue: int) -> None:
        """Redraw with the current filters and counts."""
        line = Text()
        line.append(f"{matching:,} of {total:,} actions", style="bold")
        line.append("  ·  ")
        line.append(f"{overdue:,} overdue", style="bold red" if overdue else "")
        line.append("   ")
        if filters:
            line.append("Filters: ", style="dim")
            line.append(plain("  ·  ".join(filters), one_line=True), style="italic")
            line.append("   (Esc clears)", style="dim")
        else:
            line.append(
                "No filters  (o overdue · f lead · t status · R RAG · n due soon · / search)",
                style="dim",
            )
        self.update(line, layout=False)  # one line always: no need to lay the screen out again
