"""Mixed into the App: other writers to the file are noticed, and no worker fails silently.

Another process (``actionplan import`` or ``update`` from a shell) commits to
the same file: SQLite's ``data_version`` then changes for our connection, and
the main screen re-reads what it shows, keeping the cursor. Our own commits
do not change it, so our edits are not read twice.

A thread worker that raises has nobody to tell (``exit_on_error=False`` keeps
the app running): its one-line reason is shown in a toast and its traceback
appended to a private log file.
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from textual.worker import Worker, WorkerState

if TYPE_CHECKING:
    from textual.app import App

    from store import Store

    _Base = App[str]
else:
    _Base = object

POLL_SECONDS = 1.0
LOG_VARIABLE = "ACTIONPLAN_LOG"


class ReportsFailures:
    """Mixed into the App, every screen and every dialog: ``Worker.StateChanged``
    does not bubble, so each node that starts workers must hear its own."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that raised: say why in one line, keep the traceback in the log."""
        error = event.worker.error
        if event.state != WorkerState.ERROR or error is None:
            return
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        where = log_failure(event.worker.name or "worker", error)
        suffix = f" (details in {where})" if where else ""
        app = event.worker.node.app
        app.notify(f"Failed: {reason}{suffix}", severity="error", markup=False, timeout=10)


class FileWatch(ReportsFailures, _Base):
    """Polls ``data_version``; reports the App's own failed workers."""

    store: Store
    _seen_version: int | None = None

    def watch_file(self) -> None:
        """Start noticing other writers (called once the app is mounted)."""
        self._seen_version = self.store.data_version()
        self.set_interval(POLL_SECONDS, self.check_other_writers)

    def check_writable(self) -> None:
        """Is the file still writable? (The App says it when it is no longer.)"""

    def check_other_writers(self) -> None:
        """Re-read the main screen when another process has committed since last time;
        notice a file made read-only meanwhile."""
        self.check_writable()
        version = self.store.data_version()  # None while our own write holds the connection
        if version is None or version == self._seen_version:
            return
        self._seen_version = version
        from tui.screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.refresh_from_file()


def log_path() -> Path:
    """``ACTIONPLAN_LOG``, else ``actionplan.log`` in the user log directory."""
    if os.environ.get(LOG_VARIABLE):
        return Path(os.environ[LOG_VARIABLE]).expanduser()
    from platformdirs import user_log_path

    return user_log_path("actionplan", appauthor=False) / "actionplan.log"


def log_failure(worker: str, error: BaseException) -> Path | None:
    """Append the failure to the log (owner-only: errors can quote staff names)."""
    path = log_path()
    try:
        from store.opening import make_private_dirs

        make_private_dirs(path.parent)
        os.close(os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, 0o600))
        logger = _logger(path)
        trace = "".join(traceback.format_exception(error)).rstrip()
        logger.error("worker %s failed: %s\n%s", worker, error, trace)
    except OSError:
        return None  # the toast has said it; a log that cannot be written must not fail too
    return path


def _logger(path: Path) -> logging.Logger:
    logger = logging.getLogger(f"actionplan.tui.{path}")
    if not logger.handlers:
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
    return logger
