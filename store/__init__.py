"""The plan store: SQLite schema, migrations and a small typed API.

Never imports Textual: the TUI, the CLI and the reports all stand on it.
"""

from store.errors import (
    DatabaseError,
    InvalidValueError,
    NewerDatabaseError,
    NotFoundError,
    NothingToUndoError,
    SearchInterrupted,
    StoreError,
)
from store.store import Store

__all__ = [
    "DatabaseError",
    "InvalidValueError",
    "NewerDatabaseError",
    "NothingToUndoError",
    "NotFoundError",
    "SearchInterrupted",
    "Store",
    "StoreError",
]
