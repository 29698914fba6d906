"""Whether two checkouts read every plan the same: one hash per file of its full reading.

    python -m bench.same_reading OUT.json                    # every plan under tests/fixtures
    python -m bench.same_reading OUT.json --csv plan.csv …   # and the benchmark's plans
    python -m bench.same_reading --compare BEFORE.json AFTER.json

Run it from each checkout (its own ``importers``), before and after a change that
should only make the import faster. A file's hash covers the model's JSON of every
plan it gives (a streamed CSV's recommendations one by one, then its head) and its
warnings; a file the importer refuses gives its message instead. ``--compare`` names
every file whose reading differs, and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

from importers import ImportFailure, ImportOptions, load

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
TODAY = dt.date(2026, 12, 5)  # fixed: readings that date news by the day must agree


def reading(path: Path) -> str:
    """The hash of everything the importer reads from ``path`` (streaming a large CSV)."""
    try:
        result = load(path, ImportOptions(today=TODAY), stream=True)
    except ImportFailure as exc:
        return f"refused: {exc}"
    digest = hashlib.sha256()
    for plan in result.plans:
        digest.update(plan.model_dump_json().encode())
    for stream in result.streams:
        for recommendation in stream.recommendations():
            digest.update(recommendation.model_dump_json().encode())
        digest.update(stream.head.model_dump_json().encode())
    digest.update(json.dumps([str(w) for w in result.warnings]).encode())
    return digest.hexdigest()


def plan_files() -> list[Path]:
    """Every file under tests/fixtures a user could import: not the expected results,
    specs and notes written beside them."""
    out = []
    for path in sorted(FIXTURES.rglob("*")):
        if not path.is_file() or path.suffix in (".py", ".md", ".pyc"):
            continue
        if path.name.startswith("expected") or (path.suffix == ".json" and "expect" in path.name):
            continue
        out.append(path)
    return out


def compare(before: Path, after: Path) -> int:
    old, new = json.loads(before.read_text()), json.loads(after.read_text())
    differ = sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))
    for name in differ:
        print(f"differs: {name}")
    print(f"{len(old)} and {len(new)} files, {len(differ)} read differently")
    return 1 if differ else 0


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.same_reading", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("out", nargs="?", type=Path, help="where to write the hashes")
    parser.add_argument("--csv", nargs="*", type=Path, default=[], help="more plans to read")
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        sys.exit(compare(*args.compare))
    if args.out is None:
        parser.error("name the file to write the hashes to")
    hashes = {}
    for path in [*plan_files(), *args.csv]:
        name = str(path.relative_to(FIXTURES)) if path.is_relative_to(FIXTURES) else path.name
        try:
            hashes[name] = reading(path)
        except Exception as exc:  # a crash is a reading too: it must not change either
            hashes[name] = f"crashed: {type(exc).__name__}: {str(exc)[:200]}"
    args.out.write_text(json.dumps(hashes, indent=0, sort_keys=True))
    print(f"{len(hashes)} files read into {args.out}")


if __name__ == "__main__":
    main()
