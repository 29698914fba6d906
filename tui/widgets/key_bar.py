"""The bottom line of key hints: one widget drawing one line.

Textual's Footer mounts a widget per key and re-mounts them all whenever the
focus or the available actions change; with our twenty-odd keys that cost
about 100 ms at start-up and on every focus move. This bar keeps the same
look (key in bold, unavailable keys dimmed, the palette key at the right)
and redraws only when the text it would show has changed.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import RenderResult
from textual.screen import Screen
from textual.widget import Widget

HELP_ACTION = "help"  # its hint is kept on the bar at every width


class KeyBar(Widget):
    """Key hints for the screen's active bindings, as one line of text."""

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--disabled"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-bar--description {
            color: $footer-description-foreground;
        }
        .key-bar--disabled {
            text-style: dim;
        }
    }
    """

    def __init__(self, app_keys: bool = True) -> None:
        """``app_keys=False``: only the screen's own keys (and Help and the palette),
        for a screen where the app's keys (Review, Quit …) are not what to press."""
        super().__init__()
        self._app_keys = app_keys
        self._hints: tuple[tuple[str, str, bool], ...] = ()
        self._palette: tuple[str, str, bool] | None = None
        self._help: tuple[str, str, bool] | None = None

    def on_mount(self) -> None:
        # The screen announces its bindings once everything on it is mounted.
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        hints: list[tuple[str, str, bool]] = []
        palette = help_hint = None
        seen: set[str] = set()
        for key, active in screen.active_bindings.items():
            binding, enabled = active.binding, active.enabled
            hint = (self.app.get_key_display(binding), binding.description, enabled)
            if key == self.app.COMMAND_PALETTE_BINDING and self.app.ENABLE_COMMAND_PALETTE:
                palette = hint
            elif binding.action == HELP_ACTION:
                help_hint = help_hint or hint  # "?", else F1 while typing (? is a letter then)
            elif not self._app_keys and active.node is self.app:
                continue
            elif binding.show and binding.action not in seen:
                seen.add(binding.action)  # one hint per action, as the Footer does
                hints.append(hint)
        if (tuple(hints), palette, help_hint) != (self._hints, self._palette, self._help):
            self._hints, self._palette, self._help = tuple(hints), palette, help_hint
            self.refresh()

    def render(self) -> RenderResult:
        """The hints that fit whole, then "? Help" (always) and the palette key at
        the right when there is room for it."""
        right = Text(end="")
        if self._help is not None:
            right.append_text(self._hint(self._help))
        width = self.size.width
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        for n, hint in enumerate(self._hints, 1):
            shown = self._hint(hint)
            more = n < len(self._hints)  # a cell kept for the "…" that may follow it
            if text.cell_len + shown.cell_len + more + right.cell_len > width:
                text.append("…")
                break
            text.append_text(shown)
        if self._palette is not None:
            palette = self._hint(self._palette)
            if text.cell_len + right.cell_len + palette.cell_len < width:
                right.append_text(palette)
        text.append(" " * max(0, width - text.cell_len - right.cell_len))
        text.append_text(right)
        return text

    def _hint(self, hint: tuple[str, str, bool]) -> Text:
        key, description, enabled = hint
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        text = Text.assemble((f" {key} ", key_style), (f"{description} ", description_style))
        if not enabled:
            text.stylize(self.get_component_rich_style("key-bar--disabled"))
        return text
