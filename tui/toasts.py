"""Mixed into the App: toasts that say their piece and get out of the way.

At 80x24 a toast of Textual's (five seconds, three rows and a blank one, above
the key bar) hid the rows being read: the list's last rows, the detail's notes.
Here a toast is a line or two set over the key bar and the panes' bottom border
(app.tcss), and goes after TOAST_SECONDS (a warning after WARNING_SECONDS). An
error stays until it has been read: the first key pressed ERROR_READ_SECONDS or
more after it appeared takes it away (and does its own work too: no key is lost).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from textual import events
from textual.notifications import Notification, Notify, SeverityLevel

from tui.safe import plain

if TYPE_CHECKING:
    from textual.app import App

    _Base = App[str]
else:
    _Base = object

TOAST_SECONDS = 3.0  # a saved edit, a filter cleared: read at a glance
WARNING_SECONDS = 5.0  # "read-only", "No action selected": not what the user expected
ERROR_READ_SECONDS = 1.5  # a key typed sooner was typed before the error could be read
ERROR_STAYS = 24 * 3600.0  # an error's "timeout": it goes when a key says it was read


class Toasts(_Base):
    """Short toasts out of the reading area; errors kept until read."""

    _error_at = 0.0  # when the newest error still shown appeared (0: none shown)
    _errors: tuple[Notification, ...] = ()  # the errors shown, to go once read

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every toast (from any screen or worker) with control characters removed and,
        unless asked, no markup: messages quote titles and file names, which must not
        drive the terminal nor be read as styles ("[bold]" shown as written)."""
        if timeout is None:
            timeout = WARNING_SECONDS if severity == "warning" else TOAST_SECONDS
        if severity == "error":
            timeout = ERROR_STAYS
        toast = Notification(plain(message), plain(title), severity, timeout, markup=markup)
        if severity == "error":
            self._error_at = time.monotonic()
            self._errors = (*self._errors, toast)
        self.post_message(Notify(toast))

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            self._error_read()
        await super().on_event(event)

    def _error_read(self) -> None:
        """A key pressed once an error could be read: the errors shown go; a warning or
        news shown after them stays its own time."""
        if self._error_at and time.monotonic() - self._error_at >= ERROR_READ_SECONDS:
            errors, self._error_at, self._errors = self._errors, 0.0, ()
            for toast in errors:
                if toast in self._notifications:
                    self._unnotify(toast, refresh=False)
            self._refresh_notifications()
