"""The import floor: ``csv`` and one ``executemany``, and nothing else loaded, so its
time and its peak memory are what reading and storing the rows costs at least.

``bench.run`` and ``bench.write_cost`` time it beside a real import. By hand:

    python -m bench.synth plan.csv --actions 10000
    python -m bench.floor_import plan.csv
"""

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


def main(argv: list[str] | None = None) -> None:
    import argparse  # here, not above: the floor loads nothing it does not use

    parser = argparse.ArgumentParser(
        prog="python -m bench.floor_import",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("csv", type=Path, help="a CSV of bench.synth's shape (7 columns)")
    parser.add_argument(
        "--folder",
        type=Path,
        default=Path("."),
        help="where to write the floor's database, floor-<ns>.db (default: here)",
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    import_floor(args.csv, args.folder)
    print(f"import floor: {time.perf_counter() - start:.3f} s")


if __name__ == "__main__":
    main()
