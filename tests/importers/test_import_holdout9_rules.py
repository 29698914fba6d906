"""Rules found on the ninth hold-out set (an ICO audit action plan in Word headed "Scope
area A –" over each table, a Cyber Assessment Framework plan whose "Contributing outcome"
is written once per block, a fire risk assessment's totals row): each on a small file of
its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_totals_row_naming_what_it_counts_is_a_note(tmp_path: Path) -> None:
    rows = [
        ["Item", "Action required", "Priority", "Action by"],
        ["4.1", "Remove the daisy-chained extension leads.", "H", "Paul Hendry"],
        ["4.2", "Commission an inspection of the fixed wiring.", "M", "Jackie Ward"],
        ["Total actions: 2", "", "H: 1, M: 1", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.ref for a in actions(plan)] == ["4.1", "4.2"]
    assert "Total actions: 2" in plan.notes
