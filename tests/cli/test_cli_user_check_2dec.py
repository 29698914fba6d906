"""What a programme manager tripped on (user check, 2 Dec 2026): each test states the
fact as they saw it — a figure in the export, a row in the database, a printed line."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from store import Store
from tests.cli.test_cli_chase import run

HEADER = (
    "Audit Ref;Audit;Rec No.;Recommendation;Agreed Management Action;Responsible Officer;"
    "Original Target Date;Revised Target Date;Status;Comments\n"
)
ROW = (
    "IA26/02;Procurement Cards;3;Require a receipt for every card transaction.;"
    "Set the card system to block approval.;Procurement Manager;31/03/2026;30/11/2026;"
    "Not implemented;Supplier upgrade due.\n"
)


def _plan(tmp_path: Path, name: str = "cards.csv", title: str = "", row: str = ROW) -> Path:
    path = tmp_path / name
    path.write_text((title + ";" * 9 + "\n\n" if title else "") + HEADER + row)
    return path


def _actions_sheet(capsys: pytest.CaptureFixture[str], db: Path, out: Path) -> list[list[object]]:
    code, _, err = run(capsys, "export", "--db", db, "--format", "xlsx", "-o", out)
    assert code == 0, err
    return [[c.value for c in r] for r in load_workbook(out)["Actions"].iter_rows()]


def test_a_plans_own_revision_and_a_later_move_count_two_re_datings(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Original 31/03/2026, revised 30/11/2026, then moved to 31/1/27: moved 2 times,
    in the JSON and the XLSX as in the detail pane."""
    assert run(capsys, "import", "--db", db_path, _plan(tmp_path))[0] == 0
    assert run(capsys, "update", "--db", db_path, "IA26/02", "--due", "31/1/27")[0] == 0
    _, out, _ = run(capsys, "list", "--db", db_path, "--json")
    (row,) = json.loads(out)
    assert (row["original_due"], row["due"], row["due_changes"]) == (
        "2026-03-31",
        "2027-01-31",
        2,
    )
    header, *rows = _actions_sheet(capsys, db_path, tmp_path / "plan.xlsx")
    assert rows[0][header.index("Times re-dated")] == 2


def test_one_update_command_is_one_undo_step(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`update REF --status blocked --note …` is one edit: one undo takes back both. The
    note records the status it was written under, Blocked, not the one before the edit."""
    run(capsys, "import", "--db", db_path, _plan(tmp_path))
    code, out, _ = run(
        capsys, "update", "--db", db_path, "IA26/02", "--status", "blocked", "--note", "On hold"
    )
    assert (code, out) == (0, "IA26/02: status Not started → Blocked, update added\n")
    with Store.open(db_path) as store:
        updates = store.action_detail(store.find_action("IA26/02").id).updates
        assert [u.status for u in updates if u.text == "On hold"] == ["blocked"]
        entry = store.undo()
        assert entry.label == "status Blocked, update"
        action = store.find_action("IA26/02")
        assert (action.status, [u.text for u in store.action_detail(action.id).updates]) == (
            "not_started",
            ["Supplier upgrade due."],
        )


def test_an_update_command_is_labelled_by_what_it_changed(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`update REF --status blocked --note …` on an action already Blocked adds only the
    note: its undo and history said "status Blocked, update"; they say "update"."""
    run(capsys, "import", "--db", db_path, _plan(tmp_path))
    run(capsys, "update", "--db", db_path, "IA26/02", "--status", "blocked")
    code, out, _ = run(
        capsys, "update", "--db", db_path, "IA26/02", "--status", "blocked", "--note", "Still"
    )
    assert (code, out) == (0, "IA26/02: update added\n")
    with Store.open(db_path) as store:
        action = store.find_action("IA26/02")
        assert [h.label for h in store.action_history(action.id)[:2]] == [
            "update",
            "status Blocked",
        ]
        assert store.undo().label == "update"
        assert store.find_action("IA26/02").status == "blocked"


def test_a_plans_original_date_column_is_not_said_again_beside_the_revised_due(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """October's file gives 31/12/2026 alone; November's revises it to 31/03/2027 beside
    the same 'Original Target Date'. The revision is one line of the re-import and one
    Due cell ("31 Dec 2026 → 31 Mar 2027"); the column, in figures, IS the baseline (the
    original due), no field beside it (user check, 6 Dec: it showed the date twice)."""
    first = ROW.replace("31/03/2026;30/11/2026", "31/12/2026;")
    run(capsys, "import", "--db", db_path, _plan(tmp_path, "oct.csv", row=first))
    revised = ROW.replace("31/03/2026;30/11/2026", "31/12/2026;31/03/2027")
    code, out, _ = run(
        capsys, "import", "--db", db_path, _plan(tmp_path, "nov.csv", row=revised), "--plan", "1"
    )
    changes = [line.strip() for line in out.splitlines() if "IA26/02" in line]
    assert (code, changes) == (
        0,
        ["changed IA26/02 due: 31 Dec 2026 ('31/12/2026') → 31 Mar 2027 ('31/03/2027')"],
    )
    _, paper, _ = run(capsys, "export", "--db", db_path, "--format", "md")
    assert "31 Dec 2026 → 31 Mar 2027 (+90 days)" in paper
    assert "Original Target Date" not in paper
    _, listed, _ = run(capsys, "list", "--db", db_path, "--json")
    (action,) = json.loads(listed)
    assert action["original_due"] == "2026-12-31"
    assert "Original Target Date" not in action["fields"]


def test_a_plan_field_named_as_a_built_in_column_is_told_apart_in_the_workbook(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The plan's own 'Recommendation' field beside the app's 'Recommendation' column."""
    plan = tmp_path / "recs.csv"
    plan.write_text(
        "Ref;Action;Lead;Due;Recommendation\n"
        "1.1;Reconcile card spend weekly.;Finance Manager;31/03/2027;Agreed at committee\n"
    )
    run(capsys, "import", "--db", db_path, plan, "--map", "Recommendation=extra")
    header, *rows = _actions_sheet(capsys, db_path, tmp_path / "plan.xlsx")
    assert header.count("Recommendation") == 1
    column = header.index("Recommendation (plan column)")
    assert rows[0][column] == "Agreed at committee"


@pytest.fixture
def locked(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Path]:
    """The plan's database while another program holds its write lock (a short wait)."""
    run(capsys, "import", "--db", db_path, _plan(tmp_path))
    monkeypatch.setattr("store.schema.BUSY_TIMEOUT_MS", 300)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program, mid-write
    yield db_path
    other.execute("ROLLBACK")
    other.close()


def test_a_chase_refused_by_a_locked_database_leaves_no_folder(
    locked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    packs = tmp_path / "packs"
    code, _, err = run(capsys, "chase", "--db", locked, "-o", packs)
    assert (code, "busy in another program" in err, packs.exists()) == (1, True, False)


def test_an_export_under_a_lock_is_written_and_says_in_one_line_why_it_is_not_remembered(
    locked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paper = tmp_path / "paper.md"
    code, _, err = run(capsys, "export", "--db", locked, "--format", "md", "-o", paper)
    assert (code, paper.exists()) == (0, True)
    notes = [line for line in err.splitlines() if "not remembered" in line]
    assert notes == [
        "note: the export was not remembered"
        " (the database is locked: another program is writing to it)"
    ]


def test_next_months_file_titled_with_its_month_is_a_new_plan_that_names_the_similar_one(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not merged: said, with the command that would update the October plan."""
    october = "Heathbury – Audit Recommendations as at October 2026"
    run(capsys, "import", "--db", db_path, _plan(tmp_path, "oct.csv", title=october))
    november = _plan(tmp_path, "nov.csv", title=october.replace("October", "November"))
    code, out, _ = run(capsys, "import", "--db", db_path, november)
    assert code == 0 and "(new plan)" in out
    assert (
        f"  a plan with a similar title exists: plan 1 {october!r}"
        " — to update it: actionplan import nov.csv --plan 1"
    ) in out.splitlines()
    code, out, _ = run(capsys, "import", "--db", db_path, november, "--plan", "1")
    assert code == 0 and "(existing plan)" in out and "similar" not in out
