"""Opening a database file: pragmas, schema migrations, backups and refusals.

Migrations are recorded by name with ``sqlite_utils.Migrations``; an empty file is
given them all at once, recorded the same way without loading sqlite-utils. A file that
records a migration this version does not know was written by a newer
actionplan and is refused untouched. Before an existing file is migrated, a
copy is written beside it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from store.clock import now_iso
from store.errors import DatabaseError, NewerDatabaseError, says_read_only
from store.no_one import no_one_sql
from store.opening import (
    applied_migrations,
    can_write,
    cannot_open,
    check_path,
    create_private,
    no_database,
    read_only_uri,
    remove_side_files,
    require_database,
)


class Scripted(Protocol):
    """What a migration is given: ``sqlite_utils.Database``, or ``_Script`` for a new file."""

    def executescript(self, sql: str) -> object: ...


BUSY_TIMEOUT_MS = 8000
MIGRATION_SET = "actionplan"
MigrationFn = Callable[[Scripted], None]
MIGRATIONS: list[MigrationFn] = []
MIGRATION_NAMES: list[str] = []
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def migration(fn: MigrationFn) -> MigrationFn:
    """Register a migration, in order; its name marks it applied in the file."""
    MIGRATIONS.append(fn)
    MIGRATION_NAMES.append(fn.__name__)
    return fn


@migration
def m001_initial(db: Scripted) -> None:
    """Plans, recommendations, actions, people, updates, history and search."""
    db.executescript(
        """
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL UNIQUE,
            notes TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL DEFAULT '{}',
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE recommendations (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id),
            ref TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            fields TEXT NOT NULL DEFAULT '{}',
            position INTEGER NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX recommendations_plan ON recommendations(plan_id, position);
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id),
            recommendation_id INTEGER NOT NULL REFERENCES recommendations(id),
            rec_position INTEGER NOT NULL,
            position INTEGER NOT NULL,
            ref TEXT NOT NULL,
            text TEXT NOT NULL,
            due TEXT,
            due_text TEXT NOT NULL DEFAULT '',
            due_precision TEXT,
            status TEXT NOT NULL DEFAULT 'not_started',
            rag TEXT,
            fields TEXT NOT NULL DEFAULT '{}',
            last_update TEXT,
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        -- Covering indexes: list, count and filter 100,000 actions without table reads.
        CREATE INDEX actions_order ON actions(
            plan_id, rec_position, position, archived, status, due, recommendation_id, rag);
        CREATE INDEX actions_rec ON actions(recommendation_id, archived, status, due, position);
        CREATE INDEX actions_due ON actions(due);
        CREATE INDEX actions_status ON actions(status);
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            key TEXT NOT NULL UNIQUE
        );
        CREATE TABLE person_aliases (
            alias_key TEXT PRIMARY KEY,
            alias TEXT NOT NULL,
            person_id INTEGER NOT NULL REFERENCES people(id)
        );
        CREATE TABLE action_people (
            action_id INTEGER NOT NULL REFERENCES actions(id),
            person_id INTEGER NOT NULL REFERENCES people(id),
            role TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (action_id, role, person_id)
        );
        CREATE INDEX action_people_person ON action_people(person_id, role);
        CREATE TABLE updates (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES actions(id),
            date TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT,
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX updates_action ON updates(action_id, date);
        CREATE TABLE batches (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            label TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX batches_undone ON batches(undone, id);
        CREATE TABLE changes (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES batches(id),
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            field TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX changes_entity ON changes(entity, entity_id);
        CREATE INDEX changes_batch ON changes(batch_id);
        CREATE VIRTUAL TABLE action_search USING fts5(body, tokenize='unicode61');
        """
    )


@migration
def m002_reviews(db: Scripted) -> None:
    """Weekly reviews: a saved queue and how far the user got."""
    db.executescript(
        """
        CREATE TABLE reviews (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id),
            started_at TEXT NOT NULL,
            finished_at TEXT,
            position INTEGER NOT NULL DEFAULT 0,
            thresholds TEXT NOT NULL
        );
        CREATE TABLE review_items (
            review_id INTEGER NOT NULL REFERENCES reviews(id),
            action_id INTEGER NOT NULL REFERENCES actions(id),
            ordinal INTEGER NOT NULL,
            reasons TEXT NOT NULL,
            reviewed_at TEXT,
            PRIMARY KEY (review_id, action_id)
        );
        """
    )


@migration
def m003_search_prefixes(db: Scripted) -> None:
    """Search as you type: prefix indexes for the first three letters of every word.

    Without them a one-letter search of 100,000 actions read the lists of
    thousands of words (30 ms for "r"; 6 ms with them). Imports cost ~8% more.
    """
    db.executescript(
        """
        CREATE VIRTUAL TABLE action_search_by_prefix
            USING fts5(body, tokenize='unicode61', prefix='1 2 3');
        INSERT INTO action_search_by_prefix (rowid, body) SELECT rowid, body FROM action_search;
        DROP TABLE action_search;
        ALTER TABLE action_search_by_prefix RENAME TO action_search;
        """
    )


@migration
def m004_undated_updates(db: Scripted) -> None:
    """Updates may be undated: a plan's note with no date is not dated the import day.

    SQLite cannot drop NOT NULL in place, so the table is rebuilt with the same
    ids (history refers to updates by id). Dates already stored stay as they are.
    """
    db.executescript(
        """
        CREATE TABLE updates_undated (
            id INTEGER PRIMARY KEY,
            action_id INTEGER NOT NULL REFERENCES actions(id),
            date TEXT,
            text TEXT NOT NULL,
            status TEXT,
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        INSERT INTO updates_undated (id, action_id, date, text, status, archived, created_at)
            SELECT id, action_id, date, text, status, archived, created_at FROM updates;
        DROP TABLE updates;
        ALTER TABLE updates_undated RENAME TO updates;
        CREATE INDEX updates_action ON updates(action_id, date);
        """
    )


@migration
def m005_chase_packs(db: Scripted) -> None:
    """Update requests sent to leads ("packs") and the reply rows merged from them.

    A pack keeps each action's status, RAG and due as they were when it was
    made, so a reply can tell "the lead changed it" from "it changed since".
    A reply row is recorded (undoably, like an edit) so importing the same
    reply again changes nothing.
    """
    db.executescript(
        """
        CREATE TABLE chase_packs (
            id TEXT PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id),
            lead TEXT NOT NULL,
            created_at TEXT NOT NULL,
            reply_by TEXT
        );
        CREATE INDEX chase_packs_plan ON chase_packs(plan_id, lead);
        CREATE TABLE chase_pack_actions (
            pack_id TEXT NOT NULL REFERENCES chase_packs(id),
            action_id INTEGER NOT NULL REFERENCES actions(id),
            status TEXT NOT NULL,
            rag TEXT,
            due TEXT,
            due_text TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (pack_id, action_id)
        );
        CREATE TABLE chase_replies (
            id INTEGER PRIMARY KEY,
            pack_id TEXT NOT NULL REFERENCES chase_packs(id),
            action_id INTEGER NOT NULL REFERENCES actions(id),
            answer TEXT NOT NULL,
            filled_on TEXT NOT NULL,
            summary TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX chase_replies_pack ON chase_replies(pack_id, action_id, answer);
        CREATE INDEX chase_replies_action ON chase_replies(action_id, created_at);
        """
    )


@migration
def m006_baselines(db: Scripted) -> None:
    """Each action keeps its original deadline beside the current one, and how often
    the deadline moved: a board asks for "original / revised target date".

    The original is the first deadline history holds (the one before the first
    re-dating, else the first one set), else the current one.
    """
    db.executescript(
        """
        ALTER TABLE actions ADD COLUMN original_due TEXT;
        ALTER TABLE actions ADD COLUMN due_changes INTEGER NOT NULL DEFAULT 0;
        """
        + f"UPDATE actions SET original_due = {FIRST_DEADLINE_SQL};"
        + DUE_CHANGES_SQL.format(where="1")
    )


# An action's search text: its ref, its words, its recommendation's and its live notes'.
SEARCH_BODY_SQL = """
INSERT INTO action_search (rowid, body)
SELECT a.id, a.ref || ' ' || a.text || ' ' || r.text || ' ' || coalesce(
    (SELECT group_concat(u.text, ' ') FROM updates u
     WHERE u.action_id = a.id AND u.archived = 0), '')
FROM actions a JOIN recommendations r ON r.id = a.recommendation_id
WHERE {where}
"""

# The first deadline history holds (the one before the first re-dating, else the
# first one set), else the current one.
FIRST_DEADLINE_SQL = """coalesce(
    (SELECT coalesce(json_extract(c.before, '$.due'), json_extract(c.after, '$.due'))
     FROM changes c JOIN batches b ON b.id = c.batch_id
     WHERE c.entity = 'action' AND c.entity_id = actions.id AND c.field = 'due'
     AND b.undone = 0 AND coalesce(json_extract(c.before, '$.due'),
                                   json_extract(c.after, '$.due')) IS NOT NULL
     ORDER BY c.id LIMIT 1),
    due)"""

# Times the deadline moved: live re-datings from one date to another (a first
# date set where there was none is not a move), plus the plan's own revision when
# its original date is not the first deadline history holds ("original 31/03/2026,
# revised 30/11/2026", then moved to 31/1/27 by a reply: 2 moves).
DUE_CHANGES_SQL = (
    """
UPDATE actions SET due_changes = (
    SELECT count(*) FROM changes c JOIN batches b ON b.id = c.batch_id
    WHERE c.entity = 'action' AND c.entity_id = actions.id AND c.field = 'due'
    AND b.undone = 0 AND json_extract(c.before, '$.due') IS NOT NULL
    AND json_extract(c.before, '$.due') IS NOT json_extract(c.after, '$.due'))
    + (original_due IS NOT NULL AND original_due IS NOT """
    + FIRST_DEADLINE_SQL
    + """)
WHERE {where};
"""
)


@migration
def m007_exports(db: Scripted) -> None:
    """Exports written to a file, per plan: the TUI's export dialog proposes the
    last review or last export, whichever is later, as the start of "changes since"."""
    db.executescript(
        """
        CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id),
            at TEXT NOT NULL,
            format TEXT NOT NULL,
            path TEXT NOT NULL
        );
        CREATE INDEX exports_plan ON exports(plan_id, at);
        """
    )


@migration
def m008_ref_width(db: Scripted) -> None:
    """The list's Ref column is as wide as the plan's longest ref: asked at every start
    and after every write, it read every action of the plan (25 ms at 100,000; the
    list itself takes 55). Indexed, it is one seek (0.01 ms)."""
    db.executescript("CREATE INDEX actions_ref_width ON actions(plan_id, archived, length(ref));")


@migration
def m009_created_runs(db: Scripted) -> None:
    """The rows an import creates are recorded as runs of ids, one row per run, not
    one ``changes`` row each: 100,000 imported actions wrote 100,000 history rows and
    their two index entries (0.4 s of CPU, 7 MB of the file); now one row. Undo
    archives exactly those ids, as it archived each recorded row before."""
    db.executescript(
        """
        CREATE TABLE created_runs (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES batches(id),
            entity TEXT NOT NULL,
            first_id INTEGER NOT NULL,
            last_id INTEGER NOT NULL
        );
        CREATE INDEX created_runs_batch ON created_runs(batch_id);
        CREATE INDEX created_runs_entity ON created_runs(entity, last_id, first_id);
        """
    )


@migration
def m010_undo_steps(db: Scripted) -> None:
    """When each edit was undone or redone: an undo is an edit too, so the history
    pane lists it (newest first) beside the change it took back, which stays listed."""
    db.executescript(
        """
        CREATE TABLE undo_steps (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES batches(id),
            at TEXT NOT NULL,
            redo INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX undo_steps_batch ON undo_steps(batch_id);
        """
    )


@migration
def m011_change_sources(db: Scripted) -> None:
    """The file a change came from, when one import command read several: the command
    is one edit (one undo takes it back) while an action's history names its own file.
    Empty for every other change: its edit's label says where it came from."""
    db.executescript(
        """
        ALTER TABLE changes ADD COLUMN source TEXT;
        ALTER TABLE created_runs ADD COLUMN source TEXT;
        """
    )


@migration
def m012_missing_from(db: Scripted) -> None:
    """An action the plan's latest file no longer lists is kept, and says so: "not in
    dec.xlsx imported 2 Dec 2026", until a later import lists it again. Said once in
    the import's output it was forgotten, and the action looked ordinary everywhere."""
    db.executescript("ALTER TABLE actions ADD COLUMN missing_from TEXT;")


@migration
def m013_plan_revision_counted(db: Scripted) -> None:
    """A plan's own original/revised pair counts as a move beside later re-datings:
    "moved 2 times" in the detail was 1 in the list, the JSON and the reports."""
    db.executescript(DUE_CHANGES_SQL.format(where="1"))


def first_lead_sql(action: str) -> str:
    """The name of the first lead of the action whose id is the column ``action`` who is
    a person, not "TBC" or "N/A" (store.no_one), as the people table spells it; NULL
    when no one is named. The ids of the wording naming no one are read once per
    statement, not a name's words per row."""
    return f"""(SELECT pe.name FROM action_people ap JOIN people pe ON pe.id = ap.person_id
    WHERE ap.action_id = {action} AND ap.role = 'lead'
    AND pe.id NOT IN (SELECT id FROM people WHERE {no_one_sql("key")})
    ORDER BY ap.position LIMIT 1)"""


@migration
def m014_first_lead(db: Scripted) -> None:
    """Each action keeps its first named lead's name (``first_lead_sql``), kept as its
    leads are written, and the lead order is walked from an index on it, as the plan's
    order is: worked out per action on every read, sorting 100,000 actions by lead took
    4.1 s (by plan 0.3). ``first_lead IS NULL`` leads the key: no one named goes last.
    Changing the wording that names no one (``NO_ONE_WORDS``) needs a migration that
    fills the column again."""
    db.executescript(
        f"""
        ALTER TABLE actions ADD COLUMN first_lead TEXT;
        UPDATE actions SET first_lead = {first_lead_sql("actions.id")};
        CREATE INDEX actions_lead ON actions(
            plan_id, first_lead IS NULL, first_lead COLLATE NOCASE, rec_position, position,
            archived, status, due, recommendation_id, rag);
        """
    )


# The columns every list query filters on, after each order's own key: the orders are
# walked from an index with no table read, as the plan's (``actions_order``) is.
_FILTERED = "rec_position, position, archived, status, due, recommendation_id, rag"


def status_rank(status: str) -> str:
    """The status order of S: blocked first (what needs a hand), then not started, in
    progress, done, the rest. ``status``: the column, as the query names it."""
    return (
        f"CASE {status} WHEN 'blocked' THEN 0 WHEN 'not_started' THEN 1"
        " WHEN 'in_progress' THEN 2 WHEN 'done' THEN 3 ELSE 4 END"
    )


def rag_rank(rag: str) -> str:
    """The RAG order of S: red, amber, green, then no rating."""
    return f"CASE {rag} WHEN 'red' THEN 0 WHEN 'amber' THEN 1 WHEN 'green' THEN 2 ELSE 3 END"


@migration
def m015_sort_indexes(db: Scripted) -> None:
    """Every order of S is walked from an index, as the plan's and the lead's are: at
    100,000 actions each was a sort of the whole plan in a temporary B-tree, 0.3–1.5 s
    a key press (due the slowest; last update read every row from the table too). The
    keys are ``queries.ORDERS``' words exactly, or SQLite does not use them."""
    db.executescript(
        f"""
        CREATE INDEX actions_by_due ON actions(plan_id, due IS NULL, due, {_FILTERED});
        CREATE INDEX actions_by_status ON actions(plan_id, {status_rank("status")}, {_FILTERED});
        CREATE INDEX actions_by_rag ON actions(plan_id, {rag_rank("rag")}, {_FILTERED});
        CREATE INDEX actions_by_update ON actions(
            plan_id, last_update IS NOT NULL, last_update, {_FILTERED});
        """
    )


def connect(
    path: Path,
    on_upgrade: Callable[[Path], None] | None = None,
    explicit: bool = False,
    create: bool = True,
    lasting: bool = False,
) -> sqlite3.Connection:
    """Open (creating owner-only if new) and migrate the database at ``path``.

    Whether the file is ours is decided first, reading only (``opening``):
    a refused file is left byte for byte as it was. ``explicit`` means the
    user named the path (``--db``), which allows a symlink or another owner.
    ``on_upgrade`` hears that an existing file is about to be backed up and
    migrated, which can take seconds for a large plan: the caller says so.
    ``create`` False refuses a path with no database yet (``require_database``).
    ``lasting`` (the TUI) opens a file it cannot write so that the owner's writes are
    seen, locking as a reader does (``read_only_uri``).
    """
    if explicit:
        path = path.resolve()  # a symlink the user named: open what it points to
    made = create and not path.exists()
    applied = _applied_before_opening(path, explicit, create)
    if applied >= set(MIGRATION_NAMES) and not can_write(path):
        return _open_read_only(path, lasting)  # as a writable open would, but reading only
    conn = _open(path)
    try:
        _set_wal(conn, path)
        _migrate(conn, path, bool(applied), on_upgrade)
    except BaseException:
        conn.close()
        if made:  # an interrupted first start leaves no half-made file to refuse later
            path.unlink(missing_ok=True)
            remove_side_files(path)
        raise
    return conn


def connect_for_reading(path: Path, explicit: bool = False) -> sqlite3.Connection | None:
    """A read-only connection to the database at ``path`` for a command that only reads
    (``plans``, ``list``): it writes nothing, not even a ``-wal`` or ``-shm`` file
    beside a read-only database (they were left there by every such command). None
    when the file needs migrating first: the caller opens it as usual. A path with no
    database is refused as ``connect(create=False)`` refuses it."""
    if explicit:
        path = path.resolve()
    if not path.exists():
        raise no_database(path)
    check_path(path, explicit)
    if require_database(path, MIGRATION_NAMES, MIGRATION_SET) < set(MIGRATION_NAMES):
        return None
    return _open_read_only(path)


def _open_read_only(path: Path, lasting: bool = False) -> sqlite3.Connection:
    """A connection that reads ``path`` and can write nothing, there or beside it;
    a write through it is refused as a read-only file's is ("database is read-only").
    A ``lasting`` one may make the ``-wal`` and ``-shm`` files a WAL reader needs;
    where the folder allows none, nobody can write the file in WAL mode beside us
    either, and it is opened immutable as a one-off read is."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(
            read_only_uri(path, lasting),
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
        conn.execute("PRAGMA query_only = ON")
        if lasting:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the WAL
    except sqlite3.Error as exc:
        if conn is not None:
            conn.close()
        if lasting:
            return _open_read_only(path)
        raise cannot_open(path, exc) from None
    return conn


def _applied_before_opening(path: Path, explicit: bool, create: bool) -> set[str]:
    """The migrations the file records, decided reading only; a new or empty file
    is made owner-only first, or refused when ``create`` is False."""
    if not create and not path.exists():
        raise no_database(path)
    check_path(path, explicit)
    if not create:
        return require_database(path, MIGRATION_NAMES, MIGRATION_SET)
    if create_private(path):
        return set()
    return applied_migrations(path, MIGRATION_NAMES, MIGRATION_SET)


def open_reader(conn: sqlite3.Connection) -> sqlite3.Connection | None:
    """A second, read-only connection to ``conn``'s file for the UI's reads, or None
    when the file is not in WAL mode (read-only files): only WAL lets a reader
    read beside a write instead of waiting for it (4 s at 100,000 imported rows)."""
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        return None
    if conn.execute("PRAGMA query_only").fetchone()[0]:  # a read-only open: one connection
        return None
    filename = conn.execute("PRAGMA database_list").fetchone()[2]
    try:
        reader = sqlite3.connect(
            filename, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
        reader.execute("PRAGMA query_only = ON")  # a bug here can never write
    except sqlite3.Error as exc:
        raise DatabaseError(f"{filename}: cannot open database ({exc})") from None
    return reader


def needs_writing(path: Path) -> bool:
    """Would opening ``path`` write to it (an empty file, or migrations to apply)?

    Read without writing; a file that is not ours is refused as ``connect`` would.
    """
    if path.stat().st_size == 0:
        return True
    return applied_migrations(path, MIGRATION_NAMES, MIGRATION_SET) < set(MIGRATION_NAMES)


def private_copy(path: Path, target: Path) -> Path:
    """Copy the database at ``path`` to a new owner-only ``target``, reading only."""
    create_private(target)
    source = sqlite3.connect(read_only_uri(path), uri=True)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot read ({exc})") from None
    finally:
        copy.close()
        source.close()
    return target


def _open(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
        )
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        raise cannot_open(path, exc) from None
    return conn


def _set_wal(conn: sqlite3.Connection, path: Path) -> None:
    """WAL lets the TUI read while a CLI call writes; a read-only file keeps its mode."""
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError as exc:
        if not says_read_only(exc):
            raise DatabaseError(f"{path}: {exc}") from None


def _migrate(
    conn: sqlite3.Connection,
    path: Path,
    has_data: bool,
    on_upgrade: Callable[[Path], None] | None,
) -> None:
    try:
        applied = _applied(conn)  # again: another process may have migrated meanwhile
        if applied - set(MIGRATION_NAMES):
            raise NewerDatabaseError(
                f"{path}: written by a newer version of actionplan; upgrade to open it"
            )
        if applied >= set(MIGRATION_NAMES):
            return
        if not applied and _create_schema(conn):
            return
        if has_data:
            if on_upgrade is not None:
                on_upgrade(path)
            _backup(conn, path)
        _apply(conn)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: cannot prepare database ({exc})") from None


def _applied(conn: sqlite3.Connection) -> set[str]:
    """Names already applied, read without sqlite-utils (it is slow to import)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return set()
    rows = conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
    )
    return {r[0] for r in rows}


def _apply(conn: sqlite3.Connection) -> None:
    """Run pending migrations with sqlite-utils, only when some are pending."""
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for fn in MIGRATIONS:
        migrations(name=fn.__name__)(fn)
    migrations.apply(sqlite_utils.Database(conn))


# The table and index sqlite-utils' Migrations creates, as it writes them: a file
# created here is migrated by sqlite-utils later like any other.
_MIGRATIONS_TABLE_SQL = """
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");
"""


def _create_schema(conn: sqlite3.Connection) -> bool:
    """Give an empty file every migration in one transaction, recorded as sqlite-utils
    records them; False (nothing done) when the file is not empty.

    Importing sqlite-utils (~0.15 s, it loads numpy when installed) and committing
    each migration durably (~0.05 s) were a fifth of importing 10,000 rows into a
    new file; an empty file has no data to keep safe between the steps.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
            conn.execute("ROLLBACK")
            return False
        script = _Script(conn)
        script.executescript(_MIGRATIONS_TABLE_SQL)
        for fn in MIGRATIONS:
            fn(script)
            conn.execute(
                "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                (MIGRATION_SET, fn.__name__, str(dt.datetime.now(dt.timezone.utc))),
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return True


class _Script:
    """Runs a migration's script statement by statement inside the open transaction
    (``Connection.executescript`` would commit first), as sqlite-utils does."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def executescript(self, sql: str) -> None:
        statement = ""
        for piece in sql.split(";"):
            statement += piece + ";"
            if sqlite3.complete_statement(statement):
                if statement.strip().strip(";"):
                    self.conn.execute(statement)
                statement = ""
        if statement.strip().strip(";"):
            self.conn.execute(statement)


def _backup(conn: sqlite3.Connection, path: Path) -> Path:
    """Copy the file (through SQLite, so the WAL is included) before migrating.

    The copy is created owner-only before SQLite writes into it: it holds
    the same staff names as the database.
    """
    stamp = now_iso().replace(":", "").replace("+0000", "")
    target = path.with_name(f"{path.name}.backup-{stamp}")
    try:
        os.close(os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _NOFOLLOW, 0o600))
        backup = sqlite3.connect(target)
        with backup:
            conn.backup(backup)
        backup.close()
    except (sqlite3.Error, OSError) as exc:
        raise DatabaseError(f"{path}: cannot write backup before migrating ({exc})") from None
    return target
