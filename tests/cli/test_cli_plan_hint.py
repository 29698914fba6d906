"""The hint when ``--plan`` is needed names each plan so a user can tell them apart: its
number, its title and the file it was imported from, on one line, exit 1. Left open by
earlier sessions: two plans whose titles read the same ("ÉTUDE plan", "étude plan")
were named by title only, and "give more of the title" could not be done."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_cli_contract import run


def _import(db: Path, folder: Path, name: str, action: str) -> None:
    path = folder / name
    path.write_text(f"Ref,Action,Lead,Due\n1.1,{action},Jo Baines,31/01/2027\n", encoding="utf-8")
    out = run("import", path, "--db", db)
    assert out.returncode == 0, out.stderr


def test_two_plans_titled_alike_are_named_by_number_and_file(tmp_path: Path) -> None:
    db = tmp_path / "plans.db"
    _import(db, tmp_path, "ÉTUDE plan.csv", "Audit the falls risk assessments.")
    _import(db, tmp_path, "étude plan.csv", "Train the night staff.")

    listed = run("list", "--db", db, "--plan", "étude plan")
    assert listed.returncode == 1
    assert listed.stderr == (
        "actionplan: 'étude plan' fits several plans: 1 'ÉTUDE plan' (imported from ÉTUDE"
        " plan.csv), 2 'étude plan' (imported from étude plan.csv); give its number"
        " (--plan 1)\n"
    )
    updated = run("update", "1.1", "--db", db, "--status", "done")
    assert updated.returncode == 1
    assert updated.stderr == (
        "actionplan: ref '1.1' is in several plans: 1 'ÉTUDE plan' (imported from ÉTUDE"
        " plan.csv), 2 'étude plan' (imported from étude plan.csv); name one with --plan"
        " and its number (--plan 1)\n"
    )


def test_a_start_of_two_titles_asks_for_more_of_one_or_its_number(tmp_path: Path) -> None:
    db = tmp_path / "plans.db"
    _import(db, tmp_path, "Falls plan wards.csv", "Audit the falls risk assessments.")
    _import(db, tmp_path, "Falls plan community.csv", "Train the night staff.")

    out = run("export", "--db", db, "--format", "md", "--plan", "falls")
    assert out.returncode == 1
    assert out.stderr == (
        "actionplan: 'falls' fits several plans: 1 'Falls plan wards' (imported from Falls"
        " plan wards.csv), 2 'Falls plan community' (imported from Falls plan"
        " community.csv); give more of the title or its number (--plan 1)\n"
    )
