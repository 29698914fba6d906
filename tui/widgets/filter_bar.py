"""The filter bar: active filters, "N of M actions" and the overdue count.

One line when everything fits; else the counts on the first line and the
filters (or the filter keys) on the next, so every filter in force is named
at 80 columns: cut off at the right, "person: Kate Ellis · overdue only" went
unseen while the list said "0 of 11 actions".
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static

from tui.safe import plain

GAP = "   "
# The person filter ("f") matches an action a person leads or is responsible officer for:
# the bar says "person: Kate Ellis" ("lead: …" listed actions others led).
PERSON_FILTER = "Filter by person (lead or responsible officer)"
# The filter keys: "t filter status", not "t status", beside the key bar's "s Status" (set it).
FILTER_KEYS = "o overdue · f person · t filter status · R filter RAG · n due soon · / search"
# The filter keys the key bar does not show, for a line too short for them all.
UNSHOWN_KEYS = "t filter status · R filter RAG · n due soon"
HINT = "(Esc clears)"  # after the filters it clears
COUNTS_HINT = "(Esc clears the filters)"  # on the counts' line, away from them


@dataclass(frozen=True)
class Filter:
    """One filter in force, in words ("person: Kate Ellis"); ``short`` where room is short
    ("rec MD1" for "recommendation MD1 The trust must ensure…")."""

    words: str
    short: str = ""
    narrows: bool = True  # False for the sort order: it hides no action
    ref: str | None = None  # a recommendation filter's ref ("" before it is read)

    @property
    def said(self) -> str:
        """As a sentence reads it: "person Kate Ellis"."""
        return self.words.replace(": ", " ", 1)


class FilterBar(Static):
    """Always shows what is filtered and how many actions that leaves."""

    def __init__(self, **kwargs: str) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._counts = Text()
        self._filters: list[Filter] = []

    def show(
        self, filters: list[Filter], matching: int, total: int, overdue: int, stays: str = ""
    ) -> None:
        """Redraw with the current filters and counts; ``stays``: the ref of an action
        edited out of the filters, kept in the list until the cursor moves off it."""
        counts = Text()
        counts.append(f"{matching:,} of {total:,} actions", style="bold")
        counts.append("  ·  ")
        counts.append(f"{overdue:,} overdue", style="bold red" if overdue else "")
        if stays:
            counts.append("  ·  ")
            counts.append(f"{plain(stays, True)} no longer matches (shown till you move)", "yellow")
        self._counts, self._filters = counts, filters
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        lines = self._lines(self.content_size.width or 1_000)
        # a layout pass only when the bar's height changes: not on every search keystroke
        self.styles.height = len(lines)
        self.update(Text("\n").join(lines), layout=False)

    def _lines(self, width: int) -> list[Text]:
        """The counts and what follows them on one line if it fits, else on two or more."""
        for tail in self._one_line_tails():
            line = Text.assemble(self._counts, GAP, tail)
            if line.cell_len <= width:
                return [line]
        first = self._counts.copy()
        if not self._filters:
            first.append(GAP + "No filters", style="dim")
            keys = [Text(key, style="dim") for key in FILTER_KEYS.split(" · ")]
            return [first, *self._packed(keys, Text(" · ", style="dim"), width)]
        words = self._words(short=False)
        if Text(" · ").join(words).cell_len > width:
            words = self._words(short=True)
        lines = self._packed(words, Text(" · ", style="italic"), width)
        return self._hinted([first, *lines], width)

    def _one_line_tails(self) -> list[Text]:
        if not self._filters:
            return [
                Text(f"No filters  ({FILTER_KEYS})", style="dim"),
                Text(f"No filters ({UNSHOWN_KEYS})", style="dim"),
            ]
        return [self._filter_words(short=False), self._filter_words(short=True)]

    def _words(self, short: bool) -> list[Text]:
        """Each filter in force as a piece of the line, the first after "Filters: "."""
        said = [(f.short or f.words) if short else f.words for f in self._filters]
        words = [Text(plain(w, one_line=True), style="italic") for w in said]
        words[0] = Text.assemble(("Filters: ", "dim"), words[0])
        return words

    def _filter_words(self, short: bool) -> Text:
        line = Text(" · ", style="italic").join(self._words(short))
        line.append(GAP + HINT, style="dim")
        return line

    def _hinted(self, lines: list[Text], width: int) -> list[Text]:
        """The hint after the last filter if it fits there, else after the counts (a
        hint is never broken in two: "(Esc" at one line's end, "clears)" on the next)."""
        if lines[-1].cell_len + len(GAP + HINT) <= width:
            lines[-1].append(GAP + HINT, style="dim")
        elif lines[0].cell_len + len(GAP + COUNTS_HINT) <= width:
            lines[0].append(GAP + COUNTS_HINT, style="dim")
        return lines  # no room on either: the filters named matter more than the hint

    def _packed(self, pieces: list[Text], gap: Text, width: int) -> list[Text]:
        """``pieces`` joined by ``gap`` in lines of ``width`` cells, broken only between
        pieces (a piece wider than a line is wrapped at its spaces)."""
        lines = [pieces[0].copy()]
        for piece in pieces[1:]:
            if lines[-1].cell_len + gap.cell_len + piece.cell_len <= width:
                lines[-1] = Text.assemble(lines[-1], gap, piece)
            else:  # the line ends on its " ·" where it fits: the list goes on below
                ends = gap.copy()
                ends.rstrip()
                if lines[-1].cell_len + ends.cell_len <= width:
                    lines[-1] = Text.assemble(lines[-1], ends)
                lines.append(piece.copy())
        return [part for line in lines for part in self._wrapped(line, width)]

    def _wrapped(self, line: Text, width: int) -> list[Text]:
        """``line`` wrapped at spaces to ``width`` cells."""
        return list(line.wrap(self.app.console, width))
