"""Header rules found on the fifteenth hold-out set (a NICE baseline assessment with
"Timescale" merged over "Original" | "Revised", a GPhC improvement plan with "Progress"
merged over "Q2 2026/27" | "Q3 2026/27", every other header cell merged down both rows):
each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from importers.explain import explain_file
from tests.importers.test_import_rules import OPTIONS, write


def test_explain_names_the_day_within_28_days_counts_from(tmp_path: Path) -> None:
    """The user can check the date "Within 28 days" was given against the day it counts
    from; a plan that dates no inspection says nothing of it."""
    rows = [
        ["Improvement action plan following the GPhC inspection on 08/07/2026"],
        ["Action", "Who", "By when"],
        ["Review and update all SOPs.", "Amira Khan", "Within 28 days"],
    ]
    explained = "\n".join(explain_file(write(tmp_path, rows), OPTIONS))
    assert "'Within 28 days' and the like count from: inspection 8 Jul 2026" in explained
    assert "count from" not in "\n".join(explain_file(write(tmp_path, rows[1:]), OPTIONS))
