"""Benchmarks at 1k, 10k and 100k actions, each figure next to its floor.

    python -m bench.run                 # all sizes, writes docs/benchmarks.md
    python -m bench.run --sizes 1000    # a quick look

Floors are measured in the same run on the same machine: a one-label Textual
app for the TUI, and ``csv`` + one ``executemany`` for import. Each of our
figures is reported as a ratio to its floor, so a noisy, shared machine still
gives comparable numbers.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.synth import synthetic_plan, write_csv
from bench.terminal import KeepServer, Terminal

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-24"
ENV = {"ACTIONPLAN_TODAY": TODAY, "TERM": "xterm-256color", "COLORTERM": "truecolor"}
COUNT = re.compile(r"([\d,]+) of ([\d,]+) actions")
PLACEHOLDER = re.compile(r"│  …\s{10,}")  # a list row not drawn yet
Row = tuple[str, str, float, float]  # (size, measure, ours, floor)


def best_of(runs: int, fn: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings: the least disturbed by other load."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


# ------------------------------------------------------------------ import
def import_ours(path: Path, folder: Path) -> None:
    """``actionplan import`` minus process start-up: read, then merge (as it streams)."""
    from importers import ImportOptions
    from importers.apply import import_files
    from store import Store

    store = Store.open(folder / f"ours-{time.perf_counter_ns()}.db")
    import_files(store, [path], ImportOptions(today=dt.date.fromisoformat(TODAY)))
    store.close()


def bench_import(size: int, folder: Path) -> list[Row]:
    path = folder / f"plan-{size}.csv"
    write_csv(path, size)
    runs = 3 if size <= 10_000 else 1
    floors, ours = [], []
    for _ in range(runs):  # taking turns, so both see the same load
        floors.append(child_import("import_floor", path, folder))
        ours.append(child_import("import_ours", path, folder))
    label = f"{size:,}"
    seconds = (min(t for t, _ in ours), min(t for t, _ in floors))
    memory = (max(m for _, m in ours), max(m for _, m in floors))
    return [(label, "import CSV (s)", *seconds), (label, "import peak RSS (MiB)", *memory)]


def child_import(function: str, path: Path, folder: Path) -> tuple[float, float]:
    """Seconds and peak resident memory of a fresh process that runs one import
    (``function``), from the checkout being measured (``--code``)."""
    module = "floor_import" if function == "import_floor" else "run"  # the floor loads no more
    # Our modules are loaded before the clock starts, as the floor's csv and sqlite3 are
    warm = "import importers.apply, store;" if module == "run" else ""
    # VmHWM, not ru_maxrss: a child inherits ru_maxrss from this process (which has
    # imported in-process by now), while VmHWM starts afresh with the new program
    code = (
        f"import sys, time; from pathlib import Path; from bench import {module}; {warm}"
        " start = time.perf_counter();"
        f" {module}.{function}(Path(sys.argv[1]), Path(sys.argv[2]));"
        " print(time.perf_counter() - start);"
        " print(next(x for x in open('/proc/self/status') if x.startswith('VmHWM')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(folder)],
        cwd=CODE["root"] if function == "import_ours" else ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, memory = [line for line in done.stdout.splitlines() if line.strip()][-2:]
    return float(seconds), int(memory.split()[-2]) / 1024  # 'VmHWM:  12345 kB'


# --------------------------------------------------------------------- TUI
def build_database(size: int, folder: Path) -> Path:
    from store import Store

    path = folder / f"tui-{size}.db"
    store = Store.open(path)
    store.merge_plans([synthetic_plan(size, 10 if size >= 100_000 else 3)], "bench")
    store.close()
    return path


def median_latency(term: Terminal, keys: tuple[str, ...], repeat: int) -> float:
    return statistics.median(term.latency(*keys) for _ in range(repeat))


LAUNCHES = 5  # first paint is the median of this many starts: one start is too noisy here
FLOOR_COMMAND = "python -m bench.floor_app"
# ``python -m`` from the checkout: the installed ``actionplan`` script may run another copy
APP_COMMAND = "python -m actionplan --db {db}"
CODE = {"root": ROOT}  # where the app runs from: ``--code`` compares another checkout
# sizes whose TUI also imports a plan of its size while timed (``--during-import-from``)
SETTINGS = {"during import from": 100_000}
SESSION = f"bench{os.getpid()}"  # tmux names of this run only: other runs may be going


def _terminal(name: str, command: str) -> Terminal:
    cwd = ROOT if command == FLOOR_COMMAND else CODE["root"]
    return Terminal(f"{SESSION}-{name}", command, ENV, cwd)


def _floor_ready(screen: str) -> bool:
    return "ready" in screen


def _list_drawn(screen: str) -> bool:
    return bool(COUNT.search(screen)) and not PLACEHOLDER.search(screen)


def _launch(name: str, command: str, ready: Callable[[str], bool]) -> float:
    term = _terminal(name, command)
    try:
        return term.wait_for(ready)
    finally:
        term.close()


def first_paints(db: Path) -> tuple[float, float]:
    """Median first paint of actionplan and of the floor, launched in turn so that
    both meet the same load on this shared machine."""
    ours, floor = [], []
    for n in range(LAUNCHES):
        floor.append(_launch(f"floor-start-{n}", FLOOR_COMMAND, _floor_ready))
        ours.append(_launch(f"start-{n}", APP_COMMAND.format(db=db), _list_drawn))
    return statistics.median(ours), statistics.median(floor)


def floor_figures() -> dict[str, float]:
    term = _terminal("floor", FLOOR_COMMAND)
    try:
        term.wait_for(_floor_ready)
        key = median_latency(term, ("x",), 15)
        rss = term.peak_rss_mib()
    finally:
        term.close()
    return {"key": key, "rss": rss}


def tui_figures(db: Path) -> dict[str, float]:
    term = _terminal("tui", APP_COMMAND.format(db=db))
    try:
        term.wait_for(_list_drawn)
        figures = _key_figures(term)
        figures["rss"] = term.peak_rss_mib()
    finally:
        term.close()
    return figures


def _count(screen: str) -> str:
    found = COUNT.search(screen)
    return found.group(0) if found else ""


def _until_count_changes(term: Terminal, *keys: str) -> float:
    """Seconds from the keys to the new "N of M actions": the result, not the echo."""
    before = _count(term.text())
    return term.latency(*keys, until=lambda screen: _count(screen) not in ("", before))


def _until_shown(term: Terminal, key: str, text: str) -> float:
    """Seconds from the key to ``text`` on screen."""
    return term.latency(key, until=lambda screen: text in screen)


SEARCHED = "review"  # in about a third of the synthetic actions


def _key_figures(term: Terminal) -> dict[str, float]:
    out = {
        "cursor down": median_latency(term, ("Down",), 9),
        "page down": median_latency(term, ("NPage",), 9),
        "toggle overdue": statistics.median(_until_count_changes(term, "o") for _ in range(6)),
    }
    out["lead filter"] = statistics.median(_lead_filter(term) for _ in range(3))
    term.send("/")
    term.settle()
    # typing a word: each keystroke is a new search of the whole plan (none is cached),
    # timed until the filter bar names it, which it does once its result is drawn
    out["search keystroke"] = statistics.median(
        _until_shown(term, key, f"search: {SEARCHED[: n + 1]} ") for n, key in enumerate(SEARCHED)
    )
    term.send("Escape")
    term.settle()
    out["burst search"] = statistics.median(_burst_search(term) for _ in range(5))
    out["open detail"] = statistics.median(_open_detail(term) for _ in range(5))
    term.send("u")
    term.settle()
    term.type("Benchmark update")
    out["save update"] = term.latency("Enter")
    return out


BURST = "care plan review"  # 16 keys typed in one burst, as a fast typist sends a word


def _burst_search(term: Terminal) -> float:
    """Seconds from typing all of ``BURST`` at once to its result drawn."""
    term.send("/")
    term.settle()
    seconds = term.latency(BURST, literal=True, until=lambda s: f"search: {BURST} " in s)
    term.send("Escape")  # clears the search for the next try
    term.settle()
    return seconds


def _lead_filter(term: Terminal) -> float:
    term.settle()
    term.send("f")
    term.settle()
    term.type("Marina Kitchen")
    term.settle()
    seconds = _until_count_changes(term, "Enter")
    term.send("Escape")  # clear the filter for the next try
    term.settle()
    return seconds


def _open_detail(term: Terminal) -> float:
    seconds = term.latency("Enter")
    term.send("Left")  # back to the list for the next press
    return seconds


# The sort key's orders in turn from the plan's, and the words the filter bar names
# each with (drawn with the list: the screen is held until the list is read)
SORT_CYCLE = ("due", "status", "RAG", "last update", "lead")
SORT_LAUNCHES = 3  # an order read once is remembered until a write: one timing a launch


def sort_figures(db: Path, folder: Path) -> dict[str, float]:
    """Seconds from S to the list in its new order, each order read for the first time
    (nothing remembered): the median over fresh launches, for every order of the cycle.
    Each launch has a settings folder of its own: the app reopens in the order and with
    the filters it was left in, so it starts from the plan's order, and later launches
    do not start sorted by lead."""
    times: dict[str, list[float]] = {word: [] for word in SORT_CYCLE}
    for n in range(SORT_LAUNCHES):
        env = {**ENV, "ACTIONPLAN_CONFIG_DIR": str(folder / f"settings-sort-{n}")}
        command = APP_COMMAND.format(db=db)
        term = Terminal(f"{SESSION}-sort-{n}", command, env, CODE["root"])
        try:
            term.wait_for(_list_drawn)
            for word in SORT_CYCLE:
                times[word].append(_until_shown(term, "S", f"sorted by {word}"))
        finally:
            term.close()
    return {f"sort by {word}": statistics.median(t) for word, t in times.items()}


def bench_tui(size: int, folder: Path) -> list[Row]:
    db = build_database(size, folder)
    first, first_floor = first_paints(db)
    floor = floor_figures()  # measured next to each size: the load here drifts
    ours = tui_figures(db) | sort_figures(db, folder)
    label = f"{size:,}"
    rows: list[Row] = [(label, "first paint (s)", first, first_floor)]
    for name in (
        "cursor down",
        "page down",
        "toggle overdue",
        "lead filter",
        "search keystroke",
        "burst search",
        "open detail",
        "save update",
        *(f"sort by {word}" for word in SORT_CYCLE),
    ):
        rows.append((label, f"{name} (ms)", ours[name] * 1000, floor["key"] * 1000))
    rows.append((label, "peak RSS (MiB)", ours["rss"], floor["rss"]))
    if size >= SETTINGS["during import from"]:
        during = reads_during_import(db, folder, size)
        for name, seconds in during.items():
            rows.append((label, f"{name} (ms)", seconds * 1000, floor["key"] * 1000))
        rows += store_reads_during_import(db, folder, size)
    return rows


def reads_during_import(db: Path, folder: Path, size: int) -> dict[str, float]:
    """The overdue toggle (key to its new count: a read of the whole list) pressed
    again and again while ``actionplan import`` adds another plan of ``size`` rows
    to the same file from a shell."""
    path = folder / f"alongside-{size}.csv"
    write_csv(path, size, title=f"Imported alongside {size}")
    term = _terminal("import", APP_COMMAND.format(db=db))
    times: list[float] = []
    try:
        term.wait_for(_list_drawn)
        term.settle()
        command = [sys.executable, "-m", "actionplan", "import", str(path), "--db", str(db)]
        importing = subprocess.Popen(
            command, cwd=CODE["root"], env={**os.environ, **ENV}, stdout=subprocess.DEVNULL
        )
        while importing.poll() is None:  # pressed while the import runs (answered maybe after)
            times.append(_until_count_changes(term, "o"))
        importing.wait()
    finally:
        term.close()
    return _spread("overdue toggle during an import", times)


def _spread(name: str, times: list[float]) -> dict[str, float]:
    if not times:
        return {}
    return {f"{name}, median": statistics.median(times), f"{name}, slowest": max(times)}


def store_reads_during_import(db: Path, folder: Path, size: int) -> list[Row]:
    """In one process, as the TUI does: counting the overdue actions of the plan
    (no cache) while the same store imports ``size`` rows in a thread, against the
    same count with nothing else running (the floor)."""
    import threading

    from importers import ImportOptions, load
    from store import Store
    from store.models import ActionQuery

    path = folder / f"in-process-{size}.csv"
    write_csv(path, size, title=f"Imported in process {size}")
    plans = load(path, ImportOptions(today=dt.date.fromisoformat(TODAY))).plans
    store = Store.open(db)
    query = ActionQuery(plan_id=store.plans()[0].id, overdue=True)
    idle = [best_of(1, lambda: store.count_actions(query)) for _ in range(9)]
    importing = threading.Thread(target=store.merge_plans, args=(plans, "bench import"))
    importing.start()
    busy = []
    while importing.is_alive():  # asked while the import runs (answered maybe after)
        busy.append(best_of(1, lambda: store.count_actions(query)))
        time.sleep(0.05)
    importing.join()
    store.close()
    label, floor = f"{size:,}", statistics.median(idle) * 1000
    return [
        (label, f"{name} (ms)", ms * 1000, floor)
        for name, ms in _spread("overdue count in-process during an import", busy).items()
    ]


# ------------------------------------------------------------------ report
def machine() -> str:
    import textual

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        "?",
    )
    return (
        f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, Textual {textual.__version__}, {platform.system()}"
    )


def table(rows: list[Row]) -> str:
    lines = ["| actions | measure | actionplan | floor | ratio |", "|---|---|---|---|---|"]
    for size, measure, ours, floor in rows:
        ratio = ours / floor if floor else float("nan")
        lines.append(f"| {size} | {measure} | {ours:.3g} | {floor:.3g} | {ratio:.2f}× |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--sizes",
        default="1000,10000,100000",
        help="plan sizes in actions, comma-separated (default: %(default)s)",
    )
    parser.add_argument(
        "--no-tui", action="store_true", help="import figures only (the TUI needs tmux)"
    )
    parser.add_argument(
        "--write",
        type=Path,
        default=None,
        help='also write the table into this markdown file\'s "Latest results" section',
    )
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="run the app from this checkout (a before/after)"
    )
    parser.add_argument(
        "--during-import-from",
        type=int,
        default=100_000,
        help="sizes from this one up also time the TUI while a plan of their size"
        " imports (default: %(default)s)",
    )
    args = parser.parse_args()
    CODE["root"] = args.code.resolve()
    SETTINGS["during import from"] = args.during_import_from
    sizes = [int(s) for s in args.sizes.split(",")]
    # Byte-compiled first, as an installed app is (Textual's modules already are).
    for package in ("store", "importers", "reports", "tui", "actionplan", "bench"):
        compileall.compile_dir(ROOT / package, quiet=1)
        compileall.compile_dir(CODE["root"] / package, quiet=1)
    rows: list[Row] = []
    with (
        KeepServer(f"{SESSION}-keep"),
        tempfile.TemporaryDirectory(prefix="actionplan-bench-") as tmp,
    ):
        folder = Path(tmp)
        for size in sizes:
            rows += bench_import(size, folder)
            if not args.no_tui:
                rows += bench_tui(size, folder)
            print(table(rows), flush=True)
    report = f"Measured {dt.datetime.now():%Y-%m-%d %H:%M} on {machine()}.\n\n{table(rows)}\n"
    print(report)
    if args.write:
        write_results(args.write, report)


def write_results(path: Path, report: str) -> None:
    """Replace the "Latest results" section of ``path``, keeping the findings around it."""
    heading = "## Latest results\n"
    text = path.read_text() if path.exists() else f"# Benchmarks\n\n{heading}"
    if heading not in text:
        text += f"\n{heading}"
    before, after = text.split(heading, 1)
    rest = after[after.index("\n## ") :] if "\n## " in after else ""
    path.write_text(f"{before}{heading}\n{report}{rest}")


if __name__ == "__main__":
    main()
