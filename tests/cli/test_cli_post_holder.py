"""A person written as a post with their name in brackets in one plan ('Chief Executive
(Helen Ward)') and by name in another ('Helen Ward') is one person to list and chase."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from actionplan.cli import main
from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc


def _plan(title: str, lead: str) -> PlanDoc:
    action = ActionDoc(
        ref="1.1",
        text=f"{title} action",
        leads=[lead],
        due=dt.date(2026, 12, 10),
        due_text="10 Dec 2026",
        due_precision="day",
        status="in_progress",
    )
    rec = RecommendationDoc(ref="1", text="All", actions=[action])
    return PlanDoc(title=title, recommendations=[rec])


@pytest.fixture
def two_plans(db_path: Path) -> Path:
    s = Store.open(db_path)
    s.merge_plans([_plan("Peer challenge", "Chief Executive (Helen Ward)")], "test")
    s.merge_plans([_plan("VfM tracker", "Helen Ward")], "test")
    s.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_list_lead_by_name_finds_her_written_as_a_post_too(
    two_plans: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "list", "--db", two_plans, "--lead", "Helen Ward")
    assert code == 0, err
    assert "Peer challenge action" in out and "VfM tracker action" in out


def test_chase_greets_her_by_name_in_both_plans_packs(
    two_plans: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "packs"
    code, out, err = run(capsys, "chase", "--db", two_plans, "--text", "-o", folder)
    assert code == 0, err
    letters = sorted(folder.glob("*.txt"))
    assert [p.name.split(" - ")[1] for p in letters] == ["Helen Ward", "Helen Ward"]
    for letter in letters:
        text = letter.read_text()
        assert "Dear Helen Ward," in text and "Chief Executive" not in text.split("\n\n")[1]
        assert "responsible officer" not in text  # she leads it, as the post
    code, out, err = run(capsys, "chase", "--db", two_plans, "--lead", "Helen Ward", "-o", tmp_path)
    assert code == 0, err
    assert "Peer challenge" in out and "VfM tracker" in out
