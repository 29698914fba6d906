"""Lines of Text where some hang: an update's second and later lines stand under its
text, not under its date, at whatever width the pane has."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

MIN_ROOM = 20  # cells left for the text: in less, the lines wrap at the edge as before


class Hanging(Text):
    """A line whose wrapped lines start ``indent`` cells in, under the text that follows
    its lead-in (an update's date). Still a Text: its ``plain`` is the line as written."""

    indent = 0


def hanging(lead: Text, text: Text) -> Text:
    """``lead`` then ``text``, the text's later lines hanging under its first; the
    lead's style is the whole line's (an undated note reads dim to its end)."""
    line = Hanging(lead.plain, style=lead.style, spans=lead.spans)
    line.append_text(text)
    line.indent = lead.cell_len
    return line


def lay_out(lines: Sequence[Text], width: int, console: Console) -> Text:
    """``lines`` as one Text for ``width`` cells, each Hanging line broken and indented
    (the others are wrapped as ever, by whoever shows the Text)."""
    laid: list[Text] = []
    for line in lines:
        if isinstance(line, Hanging) and 0 < line.indent <= width - MIN_ROOM:
            laid += _hung(line, width, console)
        else:
            laid.append(line)
    return Text("\n").join(laid)


def _hung(line: Hanging, width: int, console: Console) -> list[Text]:
    lead, text = line.divide([line.indent])  # both keep the line's own style
    laid = []
    for n, part in enumerate(text.wrap(console, width - line.indent)):
        part.rstrip()
        part.style = ""  # the laid line's own, not a span: the screen draws it as before
        start = lead if n == 0 else Text(" " * line.indent, style=line.style)
        laid.append(start + part)
    return laid or [line]


class HangingLines(Visual):
    """``lines`` laid out at the width they are shown at (a Rich Text cannot hang a
    line: it is wrapped once, at the pane's width). ``str()`` is the lines as written,
    as a Text's is, one to a line."""

    def __init__(self, lines: Sequence[Text], console: Console) -> None:
        self.lines = list(lines)
        self.console = console  # the app's: its width of each character
        self._laid: tuple[int, Content] | None = None  # the last width asked, laid out

    def __str__(self) -> str:
        return "\n".join(line.plain for line in self.lines)

    def _at(self, width: int) -> Content:
        if self._laid is None or self._laid[0] != width:
            text = lay_out(self.lines, width, self.console)
            self._laid = (width, Content.from_rich_text(text, console=self.console))
        return self._laid[1]

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self._at(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self._at(container_width).get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._at(width).get_height(rules, width)
