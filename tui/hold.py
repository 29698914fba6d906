"""Holding the screen's frames while the list a key asked for is read.

A search keystroke drew two frames: the echo of the key in the search box, then
its list. Textual draws on a fixed beat (120 frames a second here) and, once a
frame is drawn, the next waits one to two beats, so the list, read in 2–5 ms
at 10,000 actions, waited up to 17 ms behind the echo. Held, the box and its
list are drawn in one frame as soon as the list is read, and the box never
shows text whose list is not the one drawn under it.
"""

from __future__ import annotations

from contextlib import ExitStack
from typing import Any

from textual.screen import Screen
from textual.timer import Timer

HOLD_SECONDS = 0.05  # past this the echo is drawn anyway: a slow read never hides typing


class FrameHold:
    """One hold at a time on the app's drawing, released when the list is shown,
    when ``HOLD_SECONDS`` pass, or when the screen goes."""

    def __init__(self, screen: Screen[Any]) -> None:
        self._screen = screen
        self._held: ExitStack | None = None
        self._timer: Timer | None = None

    def start(self) -> None:
        """Draw nothing more until ``release`` (already held: the first hold's limit stands)."""
        if self._held is not None:
            return
        self._held = ExitStack()
        self._held.enter_context(self._screen.app.batch_update())
        self._timer = self._screen.set_timer(HOLD_SECONDS, self._timed_out)

    def release(self) -> None:
        """Draw again: what changed meanwhile goes out in the next frame."""
        held, self._held = self._held, None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if held is not None:
            held.close()
            self._screen.check_idle()  # the screen was idle while held: ask it to draw now

    def _timed_out(self) -> None:
        self._timer = None
        self.release()
