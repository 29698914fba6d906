"""Import a plan: path → preview of the mapping and counts (a dry run) → confirm."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Static

from tui.dialogs.base import Dialog, dialog_css

Preview = Callable[[Path], str]


class ImportDialog(Dialog[Path]):
    """Enter on a path previews it; Enter again on the same path imports it."""

    DEFAULT_CSS = (
        dialog_css("ImportDialog")
        + """
    ImportDialog > Vertical { width: 110; }
    ImportDialog VerticalScroll { height: auto; max-height: 24; }
    """
    )

    def __init__(self, preview: Preview) -> None:
        super().__init__()
        self.preview = preview
        self.previewed: Path | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                "Import a plan (CSV, Excel .xlsx or an actionplan JSON export)", classes="title"
            )
            yield Input(placeholder="path to the file, e.g. ~/Downloads/action-plan.csv")
            with VerticalScroll():
                yield Static("", id="preview", markup=False)
            yield Static("Enter previews · Enter again imports · Esc cancels", classes="hint")

    def on_input_changed(self) -> None:
        self.previewed = None

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        path = Path(event.value.strip()).expanduser()
        if self.previewed == path:
            self.dismiss(path)
            return
        self.query_one("#preview", Static).update("Reading …")
        self._run_preview(path)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _run_preview(self, path: Path) -> None:
        try:
            text, ok = self.preview(path), True
        except Exception as exc:  # shown to the user; the dialog stays open
            text, ok = str(exc), False
        self.app.call_from_thread(self._show, path, text, ok)

    def _show(self, path: Path, text: str, ok: bool) -> None:
        self.previewed = path if ok else None
        suffix = "\n\nPress Enter to import." if ok else ""
        self.query_one("#preview", Static).update(text + suffix)
