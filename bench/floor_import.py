"""The import floor: ``csv`` and one ``executemany``, and nothing else loaded, so its
time and its peak memory are what reading and storing the rows costs at least."""

from __future__ import annotations

import csv
import sqlite3
import time
from pathlib import Path


def import_floor(path: Path, folder: Path) -> None:
    """Read the rows with csv and insert them with one executemany."""
    db = folder / f"floor-{time.perf_counter_ns()}.db"
    conn = sqlite3.connect(db)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(len(rows[1])))})")
    marks = ", ".join("?" for _ in rows[1])
    with conn:
        conn.executemany(f"INSERT INTO t VALUES ({marks})", [r for r in rows if len(r) == 7])
    conn.close()
