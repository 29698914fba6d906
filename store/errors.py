"""Errors the store raises; each message is one line a user can act on."""

from __future__ import annotations


class StoreError(Exception):
    """Base class: the CLI prints ``str(exc)`` and exits 1."""


class DatabaseError(StoreError):
    """The file cannot be opened or used: corrupt, locked, read-only, full."""


class DamagedDatabaseError(DatabaseError):
    """An actionplan-shaped SQLite file SQLite finds damaged (cut short by a crash)."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class NewerDatabaseError(DatabaseError):
    """The file was written by a newer actionplan; it is left untouched."""


class NotFoundError(StoreError):
    """A plan, recommendation or action the caller named does not exist."""


class InvalidValueError(StoreError):
    """A value failed validation; the message names the field."""


class UnrelatedFileError(StoreError):
    """A file merging into a plan shares none of its actions: refused, nothing written."""


class NothingToUndoError(StoreError):
    """Undo or redo was asked for with an empty stack."""


class SearchInterrupted(StoreError):
    """A search was stopped because a newer one is wanted (``interrupt_search``)."""


def says_read_only(exc: Exception) -> bool:
    """SQLite's wording for a write refused because the file, folder or link is read-only."""
    return "readonly" in str(exc) or "read-only" in str(exc)
