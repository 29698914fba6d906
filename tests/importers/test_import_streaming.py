"""A large CSV is read row by row while the store writes it (importers/big_csv.py).

The sizes at which that starts, and how many rows decide the layout, are
lowered here so that a plan of a few hundred rows is streamed: what the user
gets must be exactly what reading the file whole gives.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from importers import ImportFailure, ImportOptions, big_csv, load
from importers.apply import import_files, merge_all
from store import Store
from tests.conftest import TODAY

OPTIONS = ImportOptions(today=TODAY)
MONTHS = ["", "January", "February", "March", "April", "May"]
QUERIES = {
    "plan": "SELECT title, notes, fields FROM plans",
    "recommendations": "SELECT ref, text, fields, position FROM recommendations ORDER BY id",
    "actions": "SELECT recommendation_id, position, ref, text, due, due_text, due_precision,"
    " status, rag, fields, last_update, original_due FROM actions ORDER BY id",
    "people": "SELECT action_id, name, role, action_people.position FROM action_people"
    " JOIN people ON people.id = person_id ORDER BY action_id, role, action_people.position",
    "updates": "SELECT action_id, date, text FROM updates ORDER BY id",
    "search": "SELECT rowid, body FROM action_search ORDER BY rowid",
    "history": "SELECT entity, entity_id, field, before, after FROM changes ORDER BY id",
    "created": "SELECT entity, first_id, last_id FROM created_runs ORDER BY id",
}


def stream_every_csv(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stream every CSV; decide its layout from its first 40 rows and last 10."""
    monkeypatch.setattr(big_csv, "STREAM_ABOVE", 0)
    monkeypatch.setattr(big_csv, "HEAD_ROWS", 40)
    monkeypatch.setattr(big_csv, "TAIL_ROWS", 10)


@pytest.fixture
def small_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    stream_every_csv(monkeypatch)


def council_plan(path: Path, recommendations: int = 30) -> Path:
    """Title rows, heading banners, initials explained only in a key below the table,
    a header repeated mid-file, blank deadlines, and notes after the last action."""
    rows: list[list[str]] = [["Improvement plan 2026"], ["Owner: Children's Services"]]
    rows.append(["Action", "Lead", "Deadline", "Progress update"])
    for r in range(1, recommendations + 1):
        rows.append([f"Recommendation {r}: Strengthen practice area {r}"])
        if r == recommendations // 2:
            rows.append(["Action", "Lead", "Deadline", "Update March 2026"])
        for a in range(1, 7):
            due = "" if a == 6 else f"{MONTHS[a]} 2026"
            due = "when funded" if (r, a) == (recommendations - 1, 2) else due
            lead = "KH" if a % 3 == 0 else f"Person {a} Smith"
            rows.append([f"{a}. Do task {a} of area {r}", lead, due, f"Note {r}.{a}"])
    rows += [[""], ["Key: KH = Kate Harker"], ["Last updated 1 March 2026"]]
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return path


def imported(path: Path, db: Path) -> dict[str, list[Any]]:
    """Every row the import wrote, and the warnings it gave."""
    store = Store.open(db)
    try:
        results, _ = import_files(store, [path], OPTIONS)
    finally:
        store.close()
    conn = sqlite3.connect(db)
    try:
        rows = {name: conn.execute(sql).fetchall() for name, sql in QUERIES.items()}
    finally:
        conn.close()
    return {**rows, "warnings": results[0].warnings}


def test_a_streamed_plan_lands_exactly_as_the_plan_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = council_plan(tmp_path / "plan.csv")
    whole = imported(path, tmp_path / "whole.db")
    stream_every_csv(monkeypatch)
    assert load(path, OPTIONS, stream=True).streams  # this time it is streamed
    streamed = imported(path, tmp_path / "streamed.db")
    assert streamed == whole
    assert len(streamed["actions"]) == 180
    notes = streamed["plan"][0][1]
    assert "Key: KH = Kate Harker" in notes and "Last updated 1 March 2026" in notes
    # the key below the table (row 220) names the lead of row 6, long before it is read
    assert (3, "Kate Harker", "lead", 0) in streamed["people"]


def test_the_warnings_of_every_row_are_reported_once_the_plan_is_stored(
    tmp_path: Path, small_stream: None
) -> None:
    path = council_plan(tmp_path / "plan.csv")
    store = Store.open(tmp_path / "plans.db")
    results, reports = import_files(store, [path], OPTIONS)
    store.close()
    assert reports[0].actions_created == 180
    assert results[0].plans == [] and len(results[0].streams) == 1
    # row 203 is far past the 40 rows that decided the layout
    assert results[0].warnings == ["row 203: deadline 'when funded' has no date"]
    assert ("Deadline", "due") in results[0].mapping


def test_the_progress_bar_runs_to_the_end(tmp_path: Path, small_stream: None) -> None:
    seen: list[tuple[int, int]] = []
    store = Store.open(tmp_path / "plans.db")
    import_files(store, [council_plan(tmp_path / "plan.csv")], OPTIONS, progress=_add(seen))
    store.close()
    assert seen[-1][0] == seen[-1][1] == 217  # the rows of the file
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def _add(seen: list[tuple[int, int]]) -> Any:
    return lambda done, total: seen.append((done, total))


def test_a_file_that_turns_unreadable_while_stored_leaves_the_database_untouched(
    tmp_path: Path, small_stream: None
) -> None:
    path = council_plan(tmp_path / "plan.csv")
    result = load(path, OPTIONS, stream=True)  # checked and decided: the file was fine
    text = path.read_bytes()
    path.write_bytes(text[: len(text) // 2] + b"\xff\xfe broken \xff" + text[len(text) // 2 :])
    store = Store.open(tmp_path / "plans.db")
    with pytest.raises(ImportFailure, match=r"^plan.csv: not a readable CSV \("):
        merge_all(store, [result])
    assert store.plans() == []
    store.close()
    conn = sqlite3.connect(tmp_path / "plans.db")
    assert conn.execute("SELECT count(*) FROM actions").fetchone() == (0,)
    assert conn.execute("SELECT count(*) FROM batches").fetchone() == (0,)


def test_a_bad_row_far_down_a_large_file_is_refused_before_anything_is_written(
    tmp_path: Path, small_stream: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = council_plan(tmp_path / "plan.csv")
    with path.open("a") as f:
        f.write("," * 250 + "too wide\n")
    with pytest.raises(ImportFailure, match=r"^plan.csv: row 218 has more than 200 columns$"):
        load(path, OPTIONS, stream=True)
    monkeypatch.setattr(big_csv, "MAX_STREAMED_ROWS", 200)
    with pytest.raises(ImportFailure, match=r"^plan.csv: more than 200 rows; split the file$"):
        load(path, OPTIONS, stream=True)


def test_a_large_cp1252_file_is_read_in_cp1252(tmp_path: Path, small_stream: None) -> None:
    path = council_plan(tmp_path / "plan.csv")
    text = path.read_text(encoding="utf-8").replace("Do task 5 of area 30", "Review café rota")
    path.write_bytes(text.encode("cp1252"))  # the é is far below the head
    rows = imported(path, tmp_path / "plans.db")["actions"]
    assert "5. Review café rota" not in [r[3] for r in rows]  # the number is the ref
    assert "Review café rota" in [r[3] for r in rows]


def test_a_key_beside_the_table_is_blanked_in_the_streamed_rows_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [["Action", "Lead", "RAG", "", "", ""]]
    rows += [
        [f"Do task {n}.", "Sam Reid", ("Green", "Amber", "Red")[n % 3], "", "", ""]
        for n in range(1, 61)
    ]
    key = [("RAG key", ""), ("Green", "Complete"), ("Red", "Not started")]  # beside rows 1-3
    for n, cells in enumerate(key, 1):
        rows[n][4:6] = cells
    path = tmp_path / "plan.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    whole = imported(path, tmp_path / "whole.db")
    stream_every_csv(monkeypatch)
    assert load(path, OPTIONS, stream=True).streams
    streamed = imported(path, tmp_path / "streamed.db")
    assert streamed == whole
    assert [a[7] for a in streamed["actions"][:3]] == ["in_progress", "not_started", "done"]
    assert "Green | Complete" in streamed["plan"][0][1]
