"""Type-ahead that loses nothing: each key waits for the key before it to finish.

Textual hands each key to the focused widget's queue and reads the next key at
once. A key that opens a dialog ("u", "s", "/", "f") opens it only when its turn
comes in that queue, so keys typed in the same instant (or while the app was busy)
went to the list instead of the dialog: they were lost, or ran the list's own
keys ("u" and an update typed at once could add an action). Here a key is only
handed on once the one before it has been handled, and once a dialog it opened
is ready for typing. Typed at human speed nothing waits.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from typing import TYPE_CHECKING

from textual import events

from tui.dialogs.base import Dialog

if TYPE_CHECKING:
    from textual.app import App

    _Base = App[str]
else:
    _Base = object

KEY_SECONDS = 0.5  # the longest a key waits for the one before it
DIALOG_SECONDS = 1.0  # the longest a key waits for a dialog to open


class InOrderKeys(_Base):
    """Mixed into the App, before Textual's App."""

    def __init__(self) -> None:
        super().__init__()
        self._held: deque[events.Key] = deque()  # read, not yet handed on
        self._working: tuple[events.Key, float] | None = None  # handed on, when
        self._dialog_due = 0.0  # until when keys wait for a dialog on its way
        self._retry_pending = False

    def expect_dialog(self) -> None:
        """A dialog opens once a read off the UI thread is done: keys wait for it too."""
        self._dialog_due = time.monotonic() + DIALOG_SECONDS

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            if not event.is_forwarded:  # read from the terminal
                self._held.append(event)
                await self._release()
                return
            if self._working and event is self._working[0]:  # back from the widgets
                await super().on_event(event)  # its bindings run now (may open a dialog)
                self._working = None
                await self._release()
                return
        await super().on_event(event)

    async def _release(self) -> None:
        """Hand on held keys, in order, while nothing is being handled."""
        held = self._held
        while held and not self._busy():
            key = held.popleft()
            await self._dialog_ready()
            await super().on_event(key)  # to the focused widget, or a priority binding
            if key.is_forwarded:
                self._working = (key, time.monotonic())
        if held and not self._retry_pending:  # the key in hand was used up by a widget
            self._retry_pending = True
            self.set_timer(0.002, lambda: self.call_later(self._retry))

    async def _retry(self) -> None:
        self._retry_pending = False
        await self._release()

    def _busy(self) -> bool:
        """Is the last key handed on still on its way through the widgets?"""
        if self._working is None:
            return False
        key, since = self._working
        if key._stop_propagation or time.monotonic() - since > KEY_SECONDS:
            self._working = None  # a widget used it (typing), or it went astray
            return False
        return True

    async def _dialog_ready(self) -> None:
        """Wait while a dialog is opening, or on its way (``expect_dialog``)."""
        until = self._dialog_due
        if isinstance(self.screen, Dialog) and not self.screen.ready:
            until = time.monotonic() + DIALOG_SECONDS
        while time.monotonic() < until:
            screen = self.screen
            if isinstance(screen, Dialog) and screen.ready:
                break
            await asyncio.sleep(0.002)
        self._dialog_due = 0.0
