"""What an import's writing costs, part by part, beside the import floor.

    python -m bench.write_cost                          # 10,000 and 100,000 rows
    python -m bench.write_cost --sizes 10000 --runs 5 --variants now,fts-no-prefix

A real import of the benchmark's CSV (``bench.synth``) fills a database once; its
rows are read back into memory and written again into a new file of the same
schema by bare ``executemany`` calls, in one transaction and in the import's
order: each 5,000 actions their rows, people links, notes and search text (the
store's own ``_fill_search``), then the history (the store's own
``Writer.finish``), then the commit and the close. Each part is timed on its own;
no importer runs between the statements, so the figures are what the writing
costs whatever the importer does. The floor (``bench.floor_import``: csv and one
``executemany``) is timed in the same minutes.

A variant changes the new file's schema, or what is written, and takes turns with
the others, so an A/B is measured under the same load. Each part's figure is the
best of ``--runs``; ``total`` is the best whole sequence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.floor_import import import_floor
from bench.synth import write_csv
from store.opening import remove_side_files

FLUSH = 5000  # actions per flush, as store.merge.FLUSH_ROWS
Rows = list[tuple[Any, ...]]
PARTS = (
    "recommendations",
    "actions",
    "people links",
    "notes",
    "search index",
    "indexes after",
    "history",
    "commit",
    "close",
)


@dataclass
class Source:
    """The rows one import wrote, as the import hands them to SQLite."""

    plan: tuple[Any, ...]
    recommendations: Rows
    people: Rows
    actions: Rows  # ordered by id
    links: Rows  # action_people, ordered by action id
    updates: Rows  # ordered by action id
    changes: Rows  # (entity, entity_id, field, before, after)
    runs: Rows  # (entity, first id, last id) of the rows created (created_runs)
    label: str


@dataclass
class Variant:
    """A change to the new file before the timed writing, and how history is written."""

    setup: Callable[[sqlite3.Connection], None] = lambda conn: None
    history: str = "runs"  # "runs" (as the store writes it) or "rows" (a row per created row)
    search: str = "chunks"  # "chunks" (as each flush) or "once" (one fill at the end)
    flush: int = FLUSH  # actions written by each round of ``executemany`` calls
    # Run in the transaction after the rows, before the history: indexes dropped by
    # ``setup`` built again over all the rows at once
    after: Callable[[sqlite3.Connection], None] = lambda conn: None


Timings = dict[str, float]  # seconds per part
CLOCK = {"now": time.perf_counter}  # ``--clock cpu``: process time, blind to waiting


# ------------------------------------------------------------------ the source
def real_import(csv_path: Path, db: Path) -> float:
    """Import the CSV as ``actionplan import`` does; its seconds."""
    from importers import ImportOptions
    from importers.apply import import_files
    from store import Store

    start = CLOCK["now"]()
    store = Store.open(db)
    import_files(store, [csv_path], ImportOptions(today=dt.date(2026, 11, 24)))
    store.close()
    return CLOCK["now"]() - start


def read_source(db: Path) -> Source:
    conn = sqlite3.connect(db)

    def rows(sql: str) -> Rows:
        return conn.execute(sql).fetchall()

    source = Source(
        plan=rows("SELECT id, title, notes, fields, created_at, updated_at FROM plans")[0],
        recommendations=rows(
            "SELECT id, plan_id, ref, text, fields, position, created_at, updated_at"
            " FROM recommendations ORDER BY id"
        ),
        people=rows("SELECT id, name, key FROM people ORDER BY id"),
        actions=rows(
            "SELECT id, plan_id, recommendation_id, rec_position, position, ref, text, due,"
            " due_text, due_precision, status, rag, fields, created_at, updated_at,"
            " last_update, original_due FROM actions ORDER BY id"
        ),
        links=rows(
            "SELECT action_id, person_id, role, position FROM action_people ORDER BY action_id"
        ),
        updates=rows(
            "SELECT id, action_id, date, text, status, created_at FROM updates ORDER BY action_id"
        ),
        changes=rows("SELECT entity, entity_id, field, before, after FROM changes ORDER BY id"),
        runs=rows("SELECT entity, first_id, last_id FROM created_runs ORDER BY id")
        if rows("SELECT 1 FROM sqlite_master WHERE name = 'created_runs'")
        else [],
        label=rows("SELECT label FROM batches")[0][0],
    )
    conn.close()
    return source


# --------------------------------------------------------------- the writing
@contextmanager
def timed(timings: Timings, part: str) -> Iterator[None]:
    clock = CLOCK["now"]
    start = clock()
    yield
    timings[part] += clock() - start


def write_all(source: Source, db: Path, variant: Variant) -> dict[str, float]:
    """Write ``source`` into a new file at ``db``; seconds per part."""
    from store.core import Writer
    from store.schema import connect

    conn = connect(db)
    variant.setup(conn)
    t: Timings = dict.fromkeys(PARTS, 0.0)
    start = CLOCK["now"]()
    conn.execute("BEGIN IMMEDIATE")
    writer = Writer(conn, source.label)
    with timed(t, "recommendations"):
        conn.execute(
            "INSERT INTO plans (id, title, notes, fields, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            source.plan,
        )
        conn.executemany("INSERT INTO people (id, name, key) VALUES (?, ?, ?)", source.people)
        conn.executemany(
            "INSERT INTO recommendations (id, plan_id, ref, text, fields, position, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            source.recommendations,
        )
    for actions, links, updates in _flushes(source, variant.flush):
        _flush(conn, writer, actions, links, updates, variant, t)
    if variant.search == "once":
        with timed(t, "search index"):
            _search(writer, source.actions[0][0], source.actions[-1][0] + 1, len(source.actions))
    with timed(t, "indexes after"):
        variant.after(conn)
    with timed(t, "history"):
        _history(writer, source, variant)
    with timed(t, "commit"):
        conn.execute("COMMIT")
    with timed(t, "close"):
        conn.close()
    t["total"] = CLOCK["now"]() - start
    return t


def _flushes(source: Source, size: int) -> Iterator[tuple[Rows, Rows, Rows]]:
    """The rows of each ``size`` actions, as the import flushes them."""
    links, updates = iter(source.links), iter(source.updates)
    link, update = next(links, None), next(updates, None)
    for start in range(0, len(source.actions), size):
        chunk = source.actions[start : start + size]
        end = chunk[-1][0]
        these_links, these_updates = [], []
        while link is not None and link[0] <= end:
            these_links.append(link)
            link = next(links, None)
        while update is not None and update[1] <= end:
            these_updates.append(update)
            update = next(updates, None)
        yield chunk, these_links, these_updates


def _flush(
    conn: sqlite3.Connection,
    writer: Any,
    actions: Rows,
    links: Rows,
    updates: Rows,
    variant: Variant,
    t: Timings,
) -> None:
    with timed(t, "actions"):
        conn.executemany(
            "INSERT INTO actions (id, plan_id, recommendation_id, rec_position, position, ref,"
            " text, due, due_text, due_precision, status, rag, fields, created_at, updated_at,"
            " last_update, original_due)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            actions,
        )
    with timed(t, "people links"):
        conn.executemany(
            "INSERT OR IGNORE INTO action_people (action_id, person_id, role, position)"
            " VALUES (?, ?, ?, ?)",
            links,
        )
    with timed(t, "notes"):
        conn.executemany(
            "INSERT INTO updates (id, action_id, date, text, status, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            updates,
        )
    if variant.search == "chunks":
        with timed(t, "search index"):
            _search(writer, actions[0][0], actions[-1][0] + 1, len(actions))


def _search(writer: Any, first: int, end: int, count: int) -> None:
    from store.merge import _fill_search

    _fill_search(writer, first, end, count)


def _history(writer: Any, source: Source, variant: Variant) -> None:
    """The store's own ``Writer.finish``: the created rows as runs of ids, or (the
    seventh round's history) as one change row each."""
    writer.changes = [(*change, None) for change in source.changes]  # no file named
    for entity, first, last in source.runs:
        if variant.history == "rows":
            created = [
                (entity, i, "archived", "true", "false", None) for i in range(first, last + 1)
            ]
            writer.changes[:0] = created
        else:
            writer.runs.setdefault((entity, None), []).append([first, last])
    writer.finish()


# ------------------------------------------------------------------ variants
def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                conn.execute(statement)

    return run


def _fts(options: str) -> Callable[[sqlite3.Connection], None]:
    return _script(
        "DROP TABLE action_search;"
        f" CREATE VIRTUAL TABLE action_search USING fts5(body, tokenize='unicode61'{options})"
    )


def _page_size(size: int) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA journal_mode = DELETE")  # the page size is fixed in WAL mode
        conn.execute(f"PRAGMA page_size = {size}")
        conn.execute("VACUUM")
        conn.execute("PRAGMA journal_mode = WAL")

    return run


# The indexes an import's rows go into (not the search index's, which the fill reads)
_BUILT_AFTER = {
    "actions_order": "actions(plan_id, rec_position, position, archived, status, due,"
    " recommendation_id, rag)",
    "actions_rec": "actions(recommendation_id, archived, status, due, position)",
    "actions_due": "actions(due)",
    "actions_status": "actions(status)",
    "actions_ref_width": "actions(plan_id, archived, length(ref))",
    "action_people_person": "action_people(person_id, role)",
}


def _indexes_after(pragmas: str = "", search: str = "chunks") -> Variant:
    return Variant(
        _script(pragmas + "; ".join(f"DROP INDEX {name}" for name in _BUILT_AFTER)),
        search=search,
        after=_script("; ".join(f"CREATE INDEX {n} ON {on}" for n, on in _BUILT_AFTER.items())),
    )


VARIANTS: dict[str, Variant] = {
    "now": Variant(),
    "no-action-indexes": Variant(
        _script(
            "DROP INDEX actions_order; DROP INDEX actions_rec; DROP INDEX actions_due;"
            " DROP INDEX actions_status; DROP INDEX actions_ref_width"
        )
    ),
    "no-due-status-indexes": Variant(_script("DROP INDEX actions_due; DROP INDEX actions_status")),
    "no-order-index": Variant(_script("DROP INDEX actions_order")),
    "no-foreign-keys": Variant(_script("PRAGMA foreign_keys = OFF")),
    "no-history-indexes": Variant(_script("DROP INDEX changes_entity; DROP INDEX changes_batch")),
    "history-rows": Variant(history="rows"),
    "fts-no-prefix": Variant(_fts("")),
    "fts-prefix-23": Variant(_fts(", prefix='2 3'")),
    "fts-prefix-2": Variant(_fts(", prefix='2'")),
    "fts-contentless": Variant(_fts(", prefix='1 2 3', content=''")),
    "fts-once": Variant(search="once"),
    "links-without-rowid": Variant(
        _script(
            "DROP TABLE action_people;"
            " CREATE TABLE action_people (action_id INTEGER NOT NULL REFERENCES actions(id),"
            " person_id INTEGER NOT NULL REFERENCES people(id), role TEXT NOT NULL,"
            " position INTEGER NOT NULL, PRIMARY KEY (action_id, role, person_id))"
            " WITHOUT ROWID;"
            " CREATE INDEX action_people_person ON action_people(person_id, role)"
        )
    ),
    "page-8k": Variant(_page_size(8192)),
    "page-16k": Variant(_page_size(16384)),
    "sync-normal": Variant(_script("PRAGMA synchronous = NORMAL")),
    "big-cache": Variant(_script("PRAGMA cache_size = -400000")),
    "indexes-after": _indexes_after(),
    "indexes-after-memory": _indexes_after("PRAGMA temp_store = MEMORY;"),
    "indexes-after-fts-once": _indexes_after(search="once"),
    "cache-64m": Variant(_script("PRAGMA cache_size = -65536")),
    "flush-1k": Variant(flush=1000),
    "flush-20k": Variant(flush=20_000),
}


# -------------------------------------------------------------------- report
def measure(size: int, folder: Path, runs: int, names: list[str]) -> dict[str, dict[str, float]]:
    """Per variant (and "floor", "import"), the best seconds of each part."""
    csv_path = folder / f"plan-{size}.csv"
    write_csv(csv_path, size)
    imports = [real_import(csv_path, folder / f"source-{size}-{n}.db") for n in range(2)]
    source = read_source(folder / f"source-{size}-0.db")
    results: dict[str, list[dict[str, float]]] = {name: [] for name in names}
    floors = []
    for run in range(runs):  # taking turns: each variant meets the same load
        floors.append(_timed_floor(csv_path, folder))
        for name in names:
            db = folder / f"write-{size}-{name}-{run}.db"
            results[name].append(write_all(source, db, VARIANTS[name]))
            _remove(db)
    out = {name: {p: min(r[p] for r in rs) for p in rs[0]} for name, rs in results.items()}
    out["floor"] = {"total": min(floors), "median": statistics.median(floors)}
    out["import"] = {"total": min(imports)}
    return out


def _timed_floor(csv_path: Path, folder: Path) -> float:
    start = CLOCK["now"]()
    import_floor(csv_path, folder)
    elapsed = CLOCK["now"]() - start
    for db in folder.glob("floor-*.db"):
        _remove(db)
    return elapsed


def _remove(db: Path) -> None:
    db.unlink(missing_ok=True)
    remove_side_files(db)


def report(size: int, figures: dict[str, dict[str, float]], names: list[str]) -> str:
    floor = figures["floor"]["total"]
    head = f"| {size:,} rows | " + " | ".join(names) + " |"
    lines = [head, "|---" * (len(names) + 1) + "|"]
    for part in (*PARTS, "total"):
        cells = [_cell(figures[n][part], floor) for n in names]
        lines.append(f"| {part} | " + " | ".join(cells) + " |")
    lines.append(
        f"\nfloor {floor:.3f} s (median {figures['floor']['median']:.3f}); the whole import"
        f" {figures['import']['total']:.2f} s = {figures['import']['total'] / floor:.1f}× floor"
    )
    return "\n".join(lines)


def _cell(seconds: float, floor: float) -> str:
    return f"{seconds:.3f} s ({seconds / floor:.1f}×)"


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.write_cost",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--sizes",
        default="10000,100000",
        help="plan sizes in actions, comma-separated (default: %(default)s)",
    )
    parser.add_argument(
        "--runs", type=int, default=3, help="runs of each variant; the best counts (default: 3)"
    )
    parser.add_argument(
        "--variants",
        default="now",
        help=f"comma-separated, taking turns (default: now); known: {', '.join(VARIANTS)}",
    )
    parser.add_argument(
        "--clock", choices=("wall", "cpu"), default="wall", help="cpu: this process's CPU time"
    )
    args = parser.parse_args()
    if args.clock == "cpu":
        CLOCK["now"] = time.process_time
    names = args.variants.split(",")
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant {unknown[0]!r}; known: {', '.join(VARIANTS)}")
    with tempfile.TemporaryDirectory(prefix="actionplan-write-") as tmp:
        for size in (int(s) for s in args.sizes.split(",")):
            figures = measure(size, Path(tmp), args.runs, names)
            print(report(size, figures, names), flush=True)
            print()


if __name__ == "__main__":
    main()
