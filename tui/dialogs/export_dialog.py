"""Exporting a report: format, "changes since", and the file, in one dialog.

The dialog stays open until the file is written: a bad path, a folder that
does not exist or cannot be written leaves it open with the reason on screen,
and an existing file is replaced only after "y".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Select, Static

from store import StoreError
from store.wording import day as words_day
from tui.dialogs.base import Dialog, form_css
from tui.dialogs.choice import QuestionDialog
from tui.dialogs.form_select import FormSelect
from tui.safe import plain

# Words for the formats this version knows; the list itself is reports.FORMATS, so a
# format added there is offered here too (by its name until it has words).
FORMAT_WORDS = {
    "docx": "Word committee paper",
    "html": "HTML report (print to PDF for committee)",
    "md": "Markdown report",
    "xlsx": "Excel workbook",
    "csv": "CSV (re-imports exactly; no 'since')",
    "json": "JSON (lossless; no 'since')",
}
PREFERRED = ("docx", "html")  # what a committee is sent, when this version has it
REPLACE_CHOICES = [("y", "replace", "Replace the file"), ("n", "keep", "No, keep it")]


@dataclass(frozen=True)
class ExportRequest:
    """What to write: a format, the start of "changes since" (None: none), a file."""

    fmt: str
    since: dt.date | None
    target: Path
    replace: bool = False


Write = Callable[[ExportRequest], str]  # writes the file; says what it wrote
Check = Callable[[Path], None]  # raises ReportError (ExistingFileError) for a bad target


def working_folder() -> Path:
    """Where an export or the chase's update requests go unless the user says otherwise:
    the folder they started in, as the CLI writes there too (not a home or documents
    folder they never named)."""
    return Path.cwd()


def default_target(title: str, fmt: str, today: dt.date, folder: Path) -> Path:
    """A short file name from the plan's first words and today: "childrens-services-
    improvement-2026-12-02.docx"."""
    words = re.findall(r"[A-Za-z0-9]+", title.replace("'", ""))[:3]
    stem = "-".join(words).lower()[:32].strip("-") or "plan"
    return folder / f"{stem}-{today.isoformat()}.{fmt}"


def since_from(typed: str, today: dt.date) -> dt.date | None:
    """The day typed as the due box and `export --since` read it ("30 Sep 2026", "1 nov":
    the last 1 November); None for nothing typed. Raises ValueError saying why and
    naming what is accepted."""
    from reports.since import since_day  # the importer's readings: not at start-up

    typed = " ".join(typed.split())
    if not typed:
        return None
    try:
        return since_day(typed, today)
    except ValueError as refused:
        raise ValueError(f"since {typed!r}: {refused} (empty: no changes section)") from None


SHORT_PERIOD_DAYS = 7  # a board paper covers weeks; fewer days is most likely a slip


def short_period(since: dt.date | None, today: dt.date) -> str:
    """A warning when the period "Changes since" covers is under a week: "Covers only
    1 day (from 5 Dec 2026): is that the last board paper?"; else ""."""
    if since is None or (today - since).days >= SHORT_PERIOD_DAYS:
        return ""
    days = max((today - since).days, 1)
    covered = f"{days} day{'' if days == 1 else 's'} (from {readable(since)})"
    return f"Covers only {covered}: is that the last board paper?"


def readable(day: dt.date | None) -> str:
    """ "30 Sep 2026", or "" for none."""
    return words_day(day) if day else ""


class ExportDialog(Dialog[str]):
    """Format, since and file; Enter (or Ctrl+S) writes, and the dialog closes with
    what was written."""

    DEFAULT_CSS = form_css("ExportDialog") + "ExportDialog .label { color: $text-muted; }"
    BINDINGS = [Binding("ctrl+s", "save", "Export", tooltip="Write the file", priority=True)]
    # The day proposed is replaced by a day typed ("5 Dec 20261/12/2026" was typed onto it).
    REPLACED_BY_TYPING = ("since",)

    def __init__(
        self,
        title: str,
        formats: Sequence[str],
        since: dt.date | None,
        today: dt.date,
        check: Check,
        write: Write,
        filters: Sequence[str] = (),
    ) -> None:
        """``since`` is proposed (the last review or export); ``check`` refuses a bad
        target at once, ``write`` runs in a thread; ``filters`` are the list's, in words,
        which the paper does not follow: it is the whole plan's."""
        super().__init__()
        self.plan_title, self.formats, self.since = title, list(formats), since
        self.filters = list(filters)
        self.today, self.check, self.write = today, check, write
        self.fmt = next((f for f in PREFERRED if f in self.formats), self.formats[0])

    def compose(self) -> ComposeResult:
        options = [(FORMAT_WORDS.get(f, f.upper()), f) for f in self.formats]
        target = default_target(self.plan_title, self.fmt, self.today, working_folder())
        with Vertical():
            yield Static(plain(f"Export {self.plan_title}", one_line=True), classes="title")
            if self.filters:  # filtered to a lead, the paper read as theirs alone
                yield Static(
                    f"The whole plan: the list's filter ({'; '.join(self.filters)}) is not applied",
                    id="whole",
                    classes="label",
                    markup=False,
                )
            yield FormSelect(options, value=self.fmt, allow_blank=False, id="format")
            yield Static(
                "Changes since (the last export before today; empty: none)", classes="label"
            )
            yield Input(readable(self.since), placeholder="e.g. 30 Sep 2026", id="since")
            yield Static(
                short_period(self.since, self.today), id="short", classes="error", markup=False
            )
            yield Static("File", classes="label")
            yield Input(str(target), id="path")
            yield Static("", id="error", classes="error", markup=False)
            yield Static(
                "Enter in a text field or Ctrl+S exports · Enter on the format, Tab: next field"
                " · Esc cancels",
                classes="hint",
            )

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "since":
            return
        try:
            since = since_from(event.value, self.today)
        except ValueError:
            since = None  # said when saving, with what is accepted
        self._say_short(short_period(since, self.today))

    def on_mount(self) -> None:
        self._say_short(short_period(self.since, self.today))

    def _say_short(self, warning: str) -> None:
        note = self.query_one("#short", Static)
        note.update(warning)
        note.display = bool(warning)  # no blank line where there is nothing to say

    def on_select_changed(self, event: Select.Changed) -> None:
        """A new format gives the proposed file its extension (a name typed is kept)."""
        old, self.fmt = self.fmt, str(event.value)
        path = self.query_one("#path", Input)
        if path.value.endswith(f".{old}"):
            path.value = path.value[: -len(old)] + self.fmt

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_form_select_submitted(self, event: FormSelect.Submitted) -> None:
        """Enter on the format moves on, as on every form's drop-down: it wrote the file
        at once, and the day typed next became a search of the format list."""
        event.stop()
        self.focus_next()

    def action_save(self, replace: bool = False) -> None:
        from reports import ReportError  # reports load on the first export, not at start
        from reports.files import ExistingFileError

        try:
            request = self._request(replace)
            if not replace:
                self.check(request.target)
        except ExistingFileError:
            self._ask_to_replace(request.target)
        except (ValueError, ReportError) as exc:
            self._problem(str(exc))
        else:
            self._problem("Writing …")
            self._write(request)

    def _request(self, replace: bool) -> ExportRequest:
        since_box = self.query_one("#since", Input)
        try:
            since = since_from(since_box.value, self.today)
        except ValueError:
            since_box.focus()  # the cursor where the fault is, not left in the file's name
            raise
        typed = self.query_one("#path", Input).value.strip()
        if not typed:
            raise ValueError("file: type where to write it")
        target = Path(typed).expanduser()
        if not target.is_absolute():
            target = working_folder() / target
        return ExportRequest(self.fmt, since, target, replace)

    def _ask_to_replace(self, target: Path) -> None:
        def answered(choice: str | None) -> None:
            if choice == "replace":
                self.action_save(replace=True)
            else:
                self._problem(f"{target.name} kept: choose another name")

        question = f"{target.name} exists in {target.parent}. Replace it?"
        self.app.push_screen(QuestionDialog(question, REPLACE_CHOICES, default="n"), answered)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _write(self, request: ExportRequest) -> None:
        from reports import ReportError

        try:
            said = self.write(request)
        except (ReportError, StoreError, OSError) as exc:  # the reason; the dialog stays
            self.app.call_from_thread(self._problem, f"Not written: {exc}")
            return
        self.app.call_from_thread(self.dismiss, said)

    def _problem(self, reason: str) -> None:
        self.query_one("#error", Static).update(plain(reason))
