"""The command palette: every described key's action, searchable by what it does.

Built from the bindings (tui.keys), so the palette, the help and the key bar
cannot disagree; each command calls the same ``action_*`` as its key.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.keys import KeyHelp, key_help


class ActionPlanCommands(Provider):
    """Commands that call the same ``action_*`` methods as the keys."""

    def _commands(self) -> Iterator[tuple[KeyHelp, Any]]:
        for key in key_help(self.app, self.screen):
            if key.action != "command_palette":  # already open
                target = self.app if key.where == "app" else self.screen
                yield key, partial(self._run, target, key.action)

    async def discover(self) -> Hits:
        """Every command, before anything is typed."""
        for key, run in self._commands():
            yield DiscoveryHit(key.what, run, help=f"key: {'  '.join(key.keys)}")

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for key, run in self._commands():
            score = matcher.match(key.what)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(key.what), run, help=f"key: {'  '.join(key.keys)}"
                )

    async def _run(self, target: object, action: str) -> None:
        await self.app.run_action(action, target)  # type: ignore[arg-type]
