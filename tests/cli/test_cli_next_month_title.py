"""Next month's file merged into its plan with --plan: its title row, the plan's title
but for its month, is the plan's title again, never a change to the plan's notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import Store
from tests.cli.test_cli_chase import run
from tests.cli.test_cli_user_check_2dec import _plan

OCTOBER = "Heathbury – Audit Recommendations as at October 2026"


def test_a_title_differing_only_in_its_month_is_no_notes_change(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "import", "--db", db_path, _plan(tmp_path, "oct.csv", title=OCTOBER))
    november = _plan(tmp_path, "nov.csv", title=OCTOBER.replace("October", "November"))
    code, out, _ = run(capsys, "import", "--db", db_path, november, "--plan", "1")
    assert code == 0 and "(existing plan)" in out
    assert "changed plan notes" not in out
    store = Store.open(db_path)
    assert [(p.title, p.notes) for p in store.plans()] == [(OCTOBER, "")]


def test_a_title_in_other_words_is_still_kept_in_the_notes(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing the file says is lost: a title row that is another wording stays."""
    run(capsys, "import", "--db", db_path, _plan(tmp_path, "oct.csv", title=OCTOBER))
    other = _plan(tmp_path, "nov.csv", title="Heathbury – Internal Audit Follow-up")
    code, out, _ = run(capsys, "import", "--db", db_path, other, "--plan", "1")
    assert code == 0 and "(existing plan)" in out
    store = Store.open(db_path)
    assert [(p.title, p.notes) for p in store.plans()] == [
        (OCTOBER, "Heathbury – Internal Audit Follow-up")
    ]
