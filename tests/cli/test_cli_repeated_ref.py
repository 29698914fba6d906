"""A ref the plan uses more than once (a trust's plan numbering each school's actions
afresh: three "1.1"s) names no one action: refused with the choices, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from actionplan.cli import main
from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc


def _school(rec_ref: str, school: str) -> RecommendationDoc:
    action = ActionDoc(
        ref="1.1", text=f"{school}: map the curriculum", status="in_progress", leads=["Dev Walia"]
    )
    return RecommendationDoc(ref=rec_ref, text=f"{school} AFI 1", actions=[action])


@pytest.fixture
def trust_db(tmp_path: Path) -> Path:
    db = tmp_path / "plan.db"
    s = Store.open(db)
    schools = [_school("1", "Oakwood"), _school("4", "Riverside"), _school("8", "Hillcrest")]
    s.merge_plans([PlanDoc(title="Trust plan", recommendations=schools)], "test")
    s.close()
    return db


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _statuses(db: Path) -> list[str]:
    s = Store.open(db)
    try:
        return [s.action(i).status for i in (1, 2, 3)]
    finally:
        s.close()


def test_update_of_a_ref_several_actions_hold_is_refused_with_the_choices(
    trust_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "update", "1.1", "--db", trust_db, "--plan", "1", "--status", "done"
    )
    assert code == 1 and out == ""
    assert err.strip() == (
        "actionplan: ref '1.1' names 3 actions in plan 1: 1.1.1, 4.1.1, 8.1.1;"
        " name one by its recommendation and ref ('1.1.1')"
    )
    assert _statuses(trust_db) == ["in_progress"] * 3  # nothing written


def test_the_recommendation_qualified_ref_names_one(
    trust_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "update", "4.1.1", "--db", trust_db, "--status", "done")
    assert code == 0 and out.startswith("1.1: status")
    assert _statuses(trust_db) == ["in_progress", "done", "in_progress"]
    code, out, _ = run(capsys, "update", "8.1.1", "--db", trust_db, "--note", "Mapped")
    assert code == 0 and out == "1.1: update added\n"


def test_a_reply_answering_two_actions_both_numbered_1_1_names_each_apart(
    trust_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reply is matched by its hidden action ids, so each row lands on its own
    action; its outcome lines name them as ``update`` takes them, not "1.1" twice."""
    code, _, err = run(capsys, "chase", "--db", trust_db, "-o", tmp_path)
    assert code == 0, err
    pack = next(tmp_path.glob("Update request - Dev Walia - *.xlsx"))
    book = load_workbook(pack)
    sheet = book.worksheets[0]
    assert [sheet.cell(r, 1).value for r in (6, 7, 8)] == ["1.1", "1.1", "1.1"]
    sheet["H6"], sheet["H8"] = "Done", "Done"
    book.save(tmp_path / "reply.xlsx")
    code, out, err = run(capsys, "import", tmp_path / "reply.xlsx", "--db", trust_db)
    assert code == 0, err
    assert "  1.1.1: status In progress → Done" in out
    assert "  8.1.1: status In progress → Done" in out
    assert _statuses(trust_db) == ["done", "in_progress", "done"]
