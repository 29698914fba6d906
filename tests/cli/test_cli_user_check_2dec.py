"""What a programme manager tripped on (user check, 2 Dec 2026): each test states the
fact as they saw it — a figure in the export, a row in the database, a printed line."""

from __future__ import annotations

import json
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
    """`update REF --status blocked --note …` is one edit: one undo takes back both."""
    run(capsys, "import", "--db", db_path, _plan(tmp_path))
    code, out, _ = run(
        capsys, "update", "--db", db_path, "IA26/02", "--status", "blocked", "--note", "On hold"
    )
    assert (code, out) == (0, "IA26/02: status Not started → Blocked, update added\n")
    with Store.open(db_path) as store:
        entry = store.undo()
        assert entry.label == "status Blocked, update"
        action = store.find_action("IA26/02")
        assert (action.status, [u.text for u in store.action_detail(action.id).updates]) == (
            "not_started",
            ["Supplier upgrade due."],
        )
