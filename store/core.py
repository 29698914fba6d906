"""The connection, its lock and the write transaction that records history.

Every write runs in ``BEGIN IMMEDIATE`` so that two processes queue on the
busy timeout instead of failing half way; every user-visible change goes
through ``Writer.change`` so it is both applied and recorded for undo.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from store.clock import now_iso
from store.errors import DatabaseError, says_read_only

# (entity, entity_id, field, before JSON, after JSON, source or None: the batch's label)
ChangeTuple = tuple[str, int, str, str, str, str | None]


_CONSTANTS = {True: "true", False: "false", None: "null"}


def dumps(value: object) -> str:
    """JSON for the history table: stable and readable."""
    if value is None or isinstance(value, bool):
        return _CONSTANTS[value]  # the common case in bulk imports: "created"
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


FIRST_WAIT_MS = 1000  # a write waits this long for another program before saying so


def is_busy(exc: sqlite3.Error) -> bool:
    """SQLite's wording for a file another connection is writing."""
    return "locked" in str(exc) or "busy" in str(exc)


def describe_sqlite_error(path: str, exc: sqlite3.Error) -> DatabaseError:
    """Turn SQLite's wording into a one-line message a user can act on."""
    text = str(exc)
    if is_busy(exc):
        return DatabaseError(f"{path}: database is busy in another program; nothing was saved")
    if says_read_only(exc):
        return DatabaseError(f"{path}: database is read-only; nothing was saved")
    if "full" in text:
        return DatabaseError(f"{path}: disk is full; nothing was saved")
    if "malformed" in text or "not a database" in text:
        return DatabaseError(f"{path}: database file is corrupt ({text})")
    return DatabaseError(f"{path}: database error ({text}); nothing was saved")


class Writer:
    """One open write transaction: applies changes and remembers them."""

    def __init__(self, conn: sqlite3.Connection, label: str) -> None:
        self.conn = conn
        self.label = label
        self.changes: list[ChangeTuple] = []
        # (entity, source) -> [[first id, last id], ...]
        self.runs: dict[tuple[str, str | None], list[list[int]]] = {}
        self.touched_actions: set[int] = set()
        self.leads_written: set[int] = set()  # actions whose first named lead may differ
        # What the changes recorded from here on came from, when that is not the whole
        # edit: one file of an import of several ("import b.csv" in "import a.csv, b.csv"),
        # so an action's history names its own file while one undo takes back the command.
        self.source: str | None = None
        # Writes nested in this one (``Core.writing`` inside another): the labels of
        # those that changed something, in order, and how many changes they made.
        self.nested: list[str] = []
        self.nested_recorded = 0
        self._depth = 0
        self.batches: list[int] = []  # batches written before the last (``next_batch``)

    @contextmanager
    def nested_edit(self, label: str) -> Iterator[Writer]:
        """A write inside this one (one command that sets a status and adds a note):
        it joins this edit; its label is kept when it changed anything, for the edit's
        label to name only what changed (``edit_label``)."""
        before = self.recorded()
        self._depth += 1
        try:
            yield self
        finally:
            self._depth -= 1
        made = self.recorded() - before  # not reached when the write failed
        if made and self._depth == 0:  # a write nested in a nested one is counted in it
            self.nested_recorded += made
            if label not in self.nested:
                self.nested.append(label)

    def recorded(self) -> int:
        """How many changes are recorded so far (a run of created rows: one each)."""
        spans = (last - first + 1 for runs in self.runs.values() for first, last in runs)
        return len(self.changes) + sum(spans)

    def edit_label(self) -> str:
        """The edit's label in history and undo: where every change came from writes
        nested in it, theirs, only those that changed something ("update" alone when
        the status set with it was already Blocked, not "status Blocked, update");
        else its own."""
        if self.nested and self.nested_recorded == self.recorded():
            return ", ".join(self.nested)
        return self.label

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        """Run one statement inside the transaction."""
        return self.conn.execute(sql, params)

    def record(
        self, entity: str, entity_id: int, field: str, before: object, after: object
    ) -> None:
        """Remember a change that the caller has already applied."""
        self.changes.append((entity, entity_id, field, dumps(before), dumps(after), self.source))

    def record_created(self, entity: str, entity_id: int) -> None:
        """Remember a row the caller has just inserted: undo archives it. The same as
        ``record(entity, id, "archived", True, False)`` without encoding its JSON (an
        import's new actions and recommendations are remembered as runs instead:
        ``record_created_in_bulk``)."""
        self.changes.append((entity, entity_id, "archived", "true", "false", self.source))

    def record_created_in_bulk(self, entity: str, entity_id: int, last: int | None = None) -> None:
        """Remember one of many rows an import inserts (ids ``entity_id`` to ``last``,
        inserted one after another, where ``last`` is given), as part of a run of ids:
        undo archives each, as for ``record_created``, and one history row holds the run.
        A run grows only by the next id recorded here, so it spans no row this writer
        did not insert (another plan's, one typed in between two imports)."""
        runs = self.runs.setdefault((entity, self.source), [])
        if runs and runs[-1][1] + 1 == entity_id:
            runs[-1][1] = entity_id if last is None else last
        else:
            runs.append([entity_id, entity_id if last is None else last])

    def next_batch(self, label: str) -> None:
        """Write the changes so far as a batch of their own and record what follows
        under ``label``, in the same transaction: several files merged all or nothing
        (the replies of one ``import``) are each their own undo step, in their own plan."""
        batch = self.finish()
        if batch is not None:
            self.batches.append(batch)
        self.changes, self.runs = [], {}
        self.nested, self.nested_recorded = [], 0
        self.label = label

    def finish(self) -> int | None:
        """Write the batch of changes; a new edit discards the redo stack."""
        if not self.changes and not self.runs:
            return None
        self.conn.execute("UPDATE batches SET undone = 2 WHERE undone = 1")
        cur = self.conn.execute(
            "INSERT INTO batches (at, label) VALUES (?, ?)", (now_iso(), self.edit_label())
        )
        batch_id = int(cur.lastrowid or 0)
        self.conn.executemany(
            "INSERT INTO changes (batch_id, entity, entity_id, field, before, after, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            ((batch_id, *change) for change in self.changes),  # not a second copy
        )
        self.conn.executemany(
            "INSERT INTO created_runs (batch_id, entity, first_id, last_id, source)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (batch_id, entity, *span, source)
                for (entity, source), runs in self.runs.items()
                for span in runs
            ],
        )
        return batch_id


class Core:
    """Holds the connections: writes go one at a time through the write connection;
    reads use their own connection (WAL lets it read beside a write), so a long
    import never makes the list, a search or the detail wait.

    Without WAL (a read-only file, or one in another journal mode) the reads
    share the write connection and its lock, as before.
    """

    def __init__(
        self, conn: sqlite3.Connection, path: str, reader: sqlite3.Connection | None = None
    ) -> None:
        self._conn = conn
        self._lock = threading.RLock()  # the write connection: one write at a time
        self._reader = reader or conn
        self._read_lock = threading.RLock() if reader is not None else self._lock
        self._read_depth = 0  # nested ``reading`` blocks share one snapshot
        self._open_writer: Writer | None = None  # a ``writing`` block nested in it joins it
        self.path = path
        # Told (with the path) when a write has waited FIRST_WAIT_MS for another program
        # that is writing the file; the command line says so on stderr.
        self.on_wait: Callable[[str], None] | None = None
        self.own_batches: list[int] = []  # edits made through this object: this run's
        self.undone_batches: list[int] = []  # of those, undone here: what redo re-applies
        self.passed_over: set[int] = set()  # edits with nothing left to undo: Ctrl+Z skips

    def __enter__(self) -> Core:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections (the write one last: it checkpoints the WAL)."""
        with self._read_lock:
            if self._reader is not self._conn:
                self._reader.close()
        with self._lock:
            self._conn.close()

    def data_version(self) -> int | None:
        """SQLite's counter of commits made by *other processes* to the file.

        Read on the write connection, which our own commits do not move.
        Costs microseconds, so the TUI polls it every second to notice another
        process's import or update. None while this connection is in use (a
        long write): the caller looks again next time rather than wait.
        """
        if not self._lock.acquire(blocking=False):
            return None
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None
        finally:
            self._lock.release()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The read connection, holding its lock; the outermost block is one read
        transaction, so everything read inside it is from one moment."""
        with self._read_lock:
            outer = self._read_depth == 0 and self._reader is not self._conn
            try:
                if outer:
                    self._reader.execute("BEGIN")
                self._read_depth += 1
                try:
                    yield self._reader
                finally:
                    self._read_depth -= 1
                    if outer and self._reader.in_transaction:
                        self._reader.execute("COMMIT")  # ends the snapshot; nothing written
            except sqlite3.Error as exc:
                raise describe_sqlite_error(self.path, exc) from None

    def file_writable(self) -> bool:
        """Can this process still write the file itself? One made read-only while open
        (``chmod 444`` by its owner, ``chattr +i``) still takes commits, into the -wal
        file beside it, where SQLite keeps them until it can write them in: no write
        fails, so the user is told only if this is asked (``os.access``: microseconds).
        A file gone from its path is another matter (``False`` only for one there)."""
        return not os.path.exists(self.path) or os.access(self.path, os.W_OK)

    def refuses_writes(self) -> bool:
        """True when SQLite will not write this file (a read-only file, folder, disk or
        connection). Found by a write that changes nothing and is taken back: a
        read-only open lets ``BEGIN IMMEDIATE`` through and refuses only the write."""
        with self._lock:
            try:
                version = self._conn.execute("PRAGMA user_version").fetchone()[0]
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.execute(f"PRAGMA user_version = {int(version)}")
            except sqlite3.OperationalError as exc:
                return says_read_only(exc)
            finally:
                self._rollback()
            return False

    @contextmanager
    def writing(self, label: str) -> Iterator[Writer]:
        """A ``BEGIN IMMEDIATE`` transaction that commits with its history. Nested in
        another (same thread: the lock is re-entrant), it joins that one: one command
        that sets a status and adds a note is one edit, and one undo takes it back; the
        edit is labelled by the nested writes that changed something (``edit_label``)."""
        with self._lock:
            if self._open_writer is not None:
                with self._open_writer.nested_edit(label) as joined:
                    yield joined
                return
            try:
                self._begin()
            except sqlite3.Error as exc:
                raise describe_sqlite_error(self.path, exc) from None
            writer = self._open_writer = Writer(self._conn, label)
            try:
                yield writer
                batch = writer.finish()
                self._after_write(writer)  # after the history: derived data counts it
                self._conn.execute("COMMIT")
                self.own_batches += writer.batches
                if batch is not None:
                    self.own_batches.append(batch)
                    self.undone_batches.clear()  # a new edit discards the redo stack
            except sqlite3.Error as exc:
                self._rollback()
                raise describe_sqlite_error(self.path, exc) from None
            except BaseException:
                self._rollback()
                raise
            finally:
                self._open_writer = None
            self._after_commit()
            self._checkpoint()

    def _checkpoint(self) -> None:
        """Copy the saved edit from the ``-wal`` file into the database file itself, so a
        copy of the file alone (to a shared drive, by Explorer or ``cp``, while the app is
        open) holds it. PASSIVE never waits for and never blocks a reader: pages a reader
        still needs stay in the WAL until a later edit's checkpoint. A checkpoint that
        cannot run is left to SQLite's own: the edit is committed either way."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _begin(self) -> None:
        """``BEGIN IMMEDIATE``, waiting (the busy timeout) while another program writes
        the file; past the first second, ``on_wait`` hears of it: a command that sat
        silent for 8 s and then failed looked hung."""
        if self.on_wait is None:
            self._conn.execute("BEGIN IMMEDIATE")
            return
        whole = int(self._conn.execute("PRAGMA busy_timeout").fetchone()[0])
        self._conn.execute(f"PRAGMA busy_timeout = {min(FIRST_WAIT_MS, whole)}")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or whole <= FIRST_WAIT_MS:
                raise
            self.on_wait(self.path)
            self._conn.execute(f"PRAGMA busy_timeout = {whole - FIRST_WAIT_MS}")
            self._conn.execute("BEGIN IMMEDIATE")
        finally:
            self._conn.execute(f"PRAGMA busy_timeout = {whole}")

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def _after_write(self, writer: Writer) -> None:
        """Hook for derived data (search index, last update) — see Store."""

    def _after_commit(self) -> None:
        """Hook for what readers remember (caches) — see Store. After the commit:
        a reader beside the write may have read the old state until then."""


_COLUMNS: dict[str, list[str]] = {}


def _columns(conn: sqlite3.Connection, sql: str, params: Any) -> list[str]:
    columns = _COLUMNS.get(sql)
    if columns is None:
        cursor = conn.execute(f"SELECT * FROM ({sql}) LIMIT 0", params)
        columns = _COLUMNS[sql] = [d[0] for d in cursor.description]
    return columns


def id_chunks(ids: Sequence[int], size: int = 500) -> Iterator[tuple[list[int], str]]:
    """``ids`` in runs of ``size``, each with its "?, ?, …" for an ``IN (…)``: one
    statement per run keeps under SQLite's limit on bound parameters."""
    for start in range(0, len(ids), size):
        chunk = list(ids[start : start + size])
        yield chunk, ", ".join("?" * len(chunk))


def fetch_dicts(conn: sqlite3.Connection, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    """Rows as dicts keyed by column name, fetched as ONE JSON value.

    Python's sqlite3 releases the GIL around every row step; a worker thread
    reading thousands of rows while the UI thread is busy then waits up to
    the 5 ms switch interval per row (seconds in all). Folding the rows into
    one ``json_group_array`` makes it a single step.
    """
    pairs = ", ".join(f"'{c}', \"{c}\"" for c in _columns(conn, sql, params))
    row = conn.execute(f"SELECT json_group_array(json_object({pairs})) FROM ({sql})", params)
    return json.loads(row.fetchone()[0])  # type: ignore[no-any-return]


def fetch_column(conn: sqlite3.Connection, sql: str, params: Any = ()) -> list[Any]:
    """The first column of every row, in order, as one JSON value (see fetch_dicts)."""
    first = _columns(conn, sql, params)[0]
    cursor = conn.execute(f'SELECT json_group_array("{first}") FROM ({sql})', params)
    return json.loads(cursor.fetchone()[0])  # type: ignore[no-any-return]
