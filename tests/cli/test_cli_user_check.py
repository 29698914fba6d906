"""What a user tripped on at the command line (user check, 5 Dec): each test states
the user's fact as they saw it — a printed line, a row, a file's content."""

from __future__ import annotations

import csv
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from docx import Document

from store import Store
from tests.cli.test_cli_chase import run
from tui.words import field_change


def test_a_deadline_worded_anew_on_its_own_date_is_no_re_dating(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """2.2 is due 31 Mar 2027 ("March 2027"); "end of Q4" is that same day in new words."""
    code, out, err = run(capsys, "update", "--db", db, "2.2", "--due", "end of Q4")
    assert (code, out, err) == (
        0,
        '2.2: due wording "March 2027" → "end of Q4" (31 Mar 2027 kept)\n',
        "",
    )
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    row = next(r for r in json.loads(out) if r["ref"] == "2.2")
    assert (row["due"], row["due_text"], row["due_changes"]) == ("2027-03-31", "end of Q4", 0)
    for fmt in ("md", "html"):
        _, paper, _ = run(capsys, "export", "--db", db, "--format", fmt, "--since", "2026-11-01")
        assert "Re-dated" not in paper
    with Store.open(db) as store:
        entry = store.undo()  # history keeps the wording's change, and undo gives it back
        before, after = entry.changes[0].before, entry.changes[0].after
        assert field_change("due", before, after) == (
            'due wording "March 2027" → "end of Q4" (31 Mar 2027 kept)'
        )
        assert store.action(entry.changes[0].entity_id).due_text == "March 2027"


def test_a_deadline_moved_to_another_day_is_still_re_dated(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "update", "--db", db, "2.2", "--due", "30/6/2027")
    assert out == "2.2: due 31 Mar 2027 → 30 Jun 2027\n"
    _, paper, _ = run(capsys, "export", "--db", db, "--format", "md", "--since", "2026-11-01")
    assert "- Re-dated: 2.2 Peer review \\[TBC\\] — 31 Mar 2027 → 30 Jun 2027 (+91 days)" in paper


def test_a_backup_is_named_after_its_database_and_a_second_one_that_day_is_kept_too(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """README: "council-2026-12-02.db" for `--db council.db`; the second was refused."""
    council = db.rename(db.with_name("council.db"))
    first = council.with_name("council-2026-11-24.db")
    second = council.with_name("council-2026-11-24-2.db")
    assert run(capsys, "backup", "--db", council) == (0, f"backed up {council} to {first}\n", "")
    assert run(capsys, "backup", "--db", council) == (0, f"backed up {council} to {second}\n", "")
    assert Store.open(second).find_action("1.1").text == "Write the strategy"


PLAN = """Ref,Action,Lead,Due,Status,Update
1.1,Fix the roof,Ann Lee,31/03/2027,In progress,
1.3,Mend the gate,Ann Lee,30/11/2026,Not started,
2.1,Train staff,Cat Poe,31/01/2027,In progress,
"""


def test_a_re_import_lists_every_change_it_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "2 changed" and listed one (1.3's due): 2.1's new note is an update."""
    db, plan = tmp_path / "p.db", tmp_path / "plan.csv"
    plan.write_text(PLAN)
    assert run(capsys, "import", plan, "--db", db, "--plan", "Test")[0] == 0
    plan.write_text(
        PLAN.replace("30/11/2026", "31/12/2026").replace(
            "Cat Poe,31/01/2027,In progress,", "Cat Poe,31/01/2027,In progress,Session held"
        )
    )
    code, out, _ = run(capsys, "import", plan, "--db", db, "--plan", "Test")
    assert code == 0
    assert out.splitlines()[-5:] == [
        "  actions: 0 created, 1 changed, 0 missing (kept)",
        "  updates: 1 created",
        "  people: 0 created",
        "  changed 1.3 due: 30 Nov 2026 ('30/11/2026') → 31 Dec 2026 ('31/12/2026')",
        "  new update 2.1 (undated): Session held",
    ]


def test_the_csv_says_what_the_latest_file_dropped_and_every_original_due(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """README: the CSV keeps every field; "Original due" empty read as "not known"."""
    db, plan, out = tmp_path / "p.db", tmp_path / "plan.csv", tmp_path / "out.csv"
    plan.write_text(PLAN)
    assert run(capsys, "import", plan, "--db", db, "--plan", "Test")[0] == 0
    plan.write_text(PLAN.replace("2.1,Train staff,Cat Poe,31/01/2027,In progress,\n", ""))
    assert run(capsys, "import", plan, "--db", db, "--plan", "Test")[0] == 0
    assert run(capsys, "export", "--db", db, "--format", "csv", "-o", out)[0] == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["Ref"], r["Due"], r["Original due"], r["Not in latest file"]) for r in rows] == [
        ("1.1", "2027-03-31", "2027-03-31", ""),
        ("1.3", "2026-11-30", "2026-11-30", ""),
        ("2.1", "2027-01-31", "2027-01-31", "not in plan.csv imported 24 Nov 2026"),
    ]


def test_a_deadline_typed_with_its_own_words_shows_them_in_every_paper(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "end of jan" was kept nowhere; "end of Q4" showed in HTML but not Markdown or Word."""
    code, out, _ = run(capsys, "update", "--db", db, "1.1", "--due", "end of jan")
    assert out == "1.1: due 31 Oct 2026 → 31 Jan 2027 (end of jan)\n"
    _, paper, _ = run(capsys, "export", "--db", db, "--format", "md")
    assert "| 31 Oct 2026 → 31 Jan 2027 (+92 days)<br>end of jan |" in paper
    word = tmp_path / "paper.docx"
    assert run(capsys, "export", "--db", db, "--format", "docx", "-o", word)[0] == 0
    cells = [c.text for t in Document(str(word)).tables for r in t.rows for c in r.cells]
    assert "31 Oct 2026 → 31 Jan 2027 (+92 days)\nend of jan" in cells


def test_a_user_version_set_by_another_tool_is_kept_and_the_file_opens(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app never sets SQLite's user_version (its version is its migrations table,
    and a newer app's file is refused by that): a number another tool stamped on one
    of our files says nothing of ours, so the file opens, and the number is kept."""
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA user_version = 999")
    assert run(capsys, "update", "--db", db, "1.1", "--status", "done")[0] == 0
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (999,)
