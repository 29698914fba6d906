"""Killing the process mid-write loses nothing that was reported saved."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from store import Store
from store.models import ActionQuery

IMPORTER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from bench.synth import synthetic_plan
    from store import Store
    doc = synthetic_plan(4000, 3)
    s = Store.open(Path(sys.argv[1]))
    def progress(done, total):
        if done * 2 >= total > (done - 20) * 2:
            print("halfway", flush=True)  # inside the open transaction
    s.merge_plans([doc], "import", progress=progress)
    print("imported", flush=True)
    """
)

EDITOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from store import Store
    s = Store.open(Path(sys.argv[1]))
    action = s.find_action("1.1")
    i = 0
    while True:
        s.add_update(action.id, f"burst {i}")
        print(i, flush=True)  # reported saved only after the commit returned
        i += 1
    """
)


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def run_import(db_path: Path, kill_at: str | None) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    if kill_at:
        assert proc.stdout.readline().strip() == kill_at
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)


def test_kill_during_an_import_leaves_none_of_it(db_path: Path) -> None:
    Store.open(db_path).close()
    run_import(db_path, kill_at="halfway")
    assert integrity(db_path) == "ok"
    s = Store.open(db_path)
    assert s.plans() == []
    s.close()


def test_an_import_that_finishes_is_all_there(db_path: Path) -> None:
    run_import(db_path, kill_at=None)
    assert integrity(db_path) == "ok"
    s = Store.open(db_path)
    assert [p.actions for p in s.plans()] == [4000]
    assert s.count_actions(ActionQuery(text="audit"))[0] > 0
    s.close()


def test_kill_during_a_burst_of_edits_keeps_every_reported_edit(
    store: Store, db_path: Path
) -> None:
    store.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", EDITOR, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    reported = [proc.stdout.readline() for _ in range(60)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert integrity(db_path) == "ok"
    s = Store.open(db_path)
    saved = {u.text for u in s.action_detail(s.find_action("1.1").id).updates}
    assert {f"burst {int(line)}" for line in reported} <= saved
    s.close()
