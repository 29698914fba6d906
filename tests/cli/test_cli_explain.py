"""``actionplan import --explain``: each stage in words, and nothing written."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.cli.test_cli_contract import run
from tests.conftest import FIXTURES


def test_explain_prints_the_stages_and_writes_no_database(tmp_path: Path) -> None:
    db = tmp_path / "plans.db"
    out = run("import", "--db", db, FIXTURES / "stockton_2013.csv", "--explain")
    assert out.returncode == 0, out.stderr
    text = out.stdout
    assert "sheet: 'stockton_2013.csv' (the only sheet)" in text
    assert "header: row 8" in text
    assert "'What we will do' -> action" in text
    assert "'Lead' -> lead" in text
    assert (
        "recommendations: heading rows, such as 'Recommendation No. 1 - for immediate imp'"
        " (row 2) and 4 more"
    ) in text
    assert "counts: 5 recommendations · 17 actions · 17 updates" in text
    assert not db.exists()


def test_explain_of_a_bad_mapping_is_one_line_and_exit_1(tmp_path: Path) -> None:
    out = run("import", FIXTURES / "stockton_2013.csv", "--explain", "--map", "Nope=lead")
    assert out.returncode == 1
    assert out.stderr.strip().count("\n") == 0
    assert "no column named 'Nope'" in out.stderr


def test_a_csv_named_xlsx_is_imported_and_both_outputs_say_how_it_was_read(
    tmp_path: Path,
) -> None:
    plan = tmp_path / "export.xlsx"
    plan.write_text("Recommendation,Action,Lead,Due\n1,Write the strategy,Ann Lee,March 2027\n")
    explained = run("import", plan, "--explain")
    assert explained.returncode == 0, explained.stderr
    assert explained.stdout.splitlines()[:2] == [
        "export.xlsx:",
        "  read as text: the file is not a workbook",
    ]
    imported = run("import", plan, "--db", tmp_path / "plans.db")
    assert imported.returncode == 0, imported.stderr
    assert "  read as text: the file is not a workbook" in imported.stdout.splitlines()
    assert "imported 'export' (new plan)" in imported.stdout


def test_explain_counts_the_actions_a_row_of_numbered_steps_makes(tmp_path: Path) -> None:
    """A reply's numbered steps, each with its owner and time, are an action each: the
    rows line says how many actions the import makes, not only how many rows it read."""
    plan = tmp_path / "response.csv"
    rows = [
        ["Recommendation", "Our response and actions"],
        [
            "Recommendation 1: Stop using bed and breakfast for families.",
            "Agreed. We will:\n1. Open a family hostel (Head of Housing Options, March 2027)\n"
            "2. Report the numbers (Housing Performance Manager, ongoing)",
        ],
        [
            "Recommendation 2: Inspect every property once a year.",
            "Partly agreed.\n1. Inspect before first use (Head of Housing Options, May 2027)\n"
            "2. Inspect long leases (Private Sector Housing Manager, Q1 2027/28)\n"
            "3. Report the findings (Housing Performance Manager, July 2027)",
        ],
        ["Recommendation 3: Publish the figures.", "Agreed. Published each month."],
    ]
    with plan.open("w", newline="") as out:
        csv.writer(out).writerows(rows)
    explained = run("import", plan, "--explain")
    assert explained.returncode == 0, explained.stderr
    assert (
        "  rows: 1 header row, 3 action rows, 6 actions: 2 rows split into numbered steps"
        in explained.stdout.splitlines()
    )
    assert "counts: 3 recommendations · 6 actions · 0 updates" in explained.stdout
