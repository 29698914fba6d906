"""Committee-ready exports: HTML, Markdown, a Word paper, CSV, XLSX and the lossless JSON.

Pure functions from the store to bytes: no printing and no Textual.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from store import Store, StoreError

# Every export format, in the order menus offer them (the CLI and the TUI read this).
FORMATS = ("md", "html", "docx", "csv", "xlsx", "json")


class ReportError(Exception):
    """An export that cannot be made; one line for the user."""


def export(
    store: Store,
    fmt: str,
    plan_title: str | None = None,
    since: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The file's bytes in format ``fmt`` for one plan (or all)."""
    if fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")
    try:
        return _render(store, fmt, plan_title, since, progress)
    except StoreError as exc:
        raise ReportError(str(exc)) from None


def _render(
    store: Store,
    fmt: str,
    plan_title: str | None,
    since: dt.date | None,
    progress: Callable[[int, int], None] | None,
) -> bytes:
    if fmt in ("json", "csv"):
        doc = store.export(plan_title)
        if fmt == "json":
            return (doc.model_dump_json(indent=2) + "\n").encode()
        from reports import csv_report

        return csv_report.render(doc)
    from reports.model import build_report  # pydantic and the report model: not at start-up

    reports = build_report(store, plan_title, since, progress)
    if fmt == "html":
        from reports import html_report

        return html_report.render(reports).encode()
    if fmt == "md":
        from reports import markdown_report

        return markdown_report.render(reports).encode()
    if fmt == "docx":
        from reports import docx_report

        return docx_report.render(reports)
    from reports import xlsx_report

    return xlsx_report.render(reports)
