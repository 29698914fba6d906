"""The importer's one error type."""

from __future__ import annotations


class ImportFailure(Exception):
    """Input that cannot be imported; ``str()`` is one line naming the file (and row)."""
