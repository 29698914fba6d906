"""A command a message prints is one the user can paste: a file name with spaces (or a
quote) is quoted for the shell, as a user check found "actionplan import étude plan.csv
--plan 1" split into two file names when pasted (user check, 5 Dec 2026)."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from importers.read import REPLY_SHEET, ImportFailure, refuse_reply
from store.backup import restore_advice
from tests.cli.test_cli_chase import run
from tests.cli.test_cli_user_check_2dec import _plan


def test_the_similar_plan_hint_quotes_a_file_name_with_spaces_and_pasted_it_merges(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    october = "Heathbury – Audit Recommendations as at October 2026"
    run(capsys, "import", "--db", db_path, _plan(tmp_path, "oct.csv", title=october))
    november = _plan(tmp_path, "étude plan.csv", title=october.replace("October", "November"))
    code, out, _ = run(capsys, "import", "--db", db_path, november)
    assert code == 0
    hint = next(line for line in out.splitlines() if "to update it:" in line)
    assert hint.endswith("— to update it: actionplan import 'étude plan.csv' --plan 1")
    pasted = shlex.split(hint.split("to update it: ", 1)[1])
    assert pasted == ["actionplan", "import", "étude plan.csv", "--plan", "1"]
    pasted_in_its_folder = [pasted[1], tmp_path / pasted[2], *pasted[3:]]
    code, out, _ = run(capsys, *pasted_in_its_folder, "--db", db_path)
    assert code == 0 and "(existing plan)" in out


@pytest.mark.parametrize("name", ["Update request - Sarah Okafor.xlsx", 'O\'Neill "final".xlsx'])
def test_a_reply_imported_as_a_plan_names_a_command_that_pastes_whole(name: str) -> None:
    with pytest.raises(ImportFailure) as refused:
        refuse_reply(Path("/tmp") / name, ["Replies", REPLY_SHEET])
    command = str(refused.value).split("merge it with: ", 1)[1]
    assert shlex.split(command) == ["actionplan", "import", name]


def test_the_restore_advice_quotes_paths_with_spaces(tmp_path: Path) -> None:
    folder = tmp_path / "CQC plans"
    folder.mkdir()
    db = folder / "plan.db"
    db.write_bytes(b"")
    backup = folder / "plan-2026-12-04.db"
    backup.write_bytes(b"")
    advice = restore_advice(db)
    command = advice.split("restore a backup: ", 1)[1].split(" (the newest", 1)[0]
    assert shlex.split(command) == ["actionplan", "restore", str(backup), "--db", str(db)]
    backup.unlink()
    command = restore_advice(db).split("restore a backup: ", 1)[1].split(" (none is", 1)[0]
    assert shlex.split(command) == ["actionplan", "restore", "BACKUP", "--db", str(db)]
