"""Status and RAG cells that contradict each other: resolved by the rules, and said.

Seen in a user's CQC plan (an NHS trust's tracker, its key "Blue = complete"): rows whose
status says the work is open ("at risk", "Not started") while the RAG says Blue."""

from __future__ import annotations

from pathlib import Path

from importers import stages
from importers.explain import explain
from tests.importers.test_import_rules import OPTIONS, write


def test_a_status_the_blue_rag_contradicts_is_listed_as_unsure(tmp_path: Path) -> None:
    """The user sees which reading was taken for each contradiction under "unsure",
    never only 'RAG: Amber' beside 'RAG (as written): Blue'."""
    rows = [
        ["Ref", "Action", "Lead", "Status", "RAG"],
        ["1.1", "Review the ligature audit on Ash Ward.", "Ward Manager", "at risk", "Blue"],
        ["1.2", "Audit seclusion records monthly.", "Matron", "Not started", "Blue"],
        ["1.3", "Train staff in care planning.", "Practice Educator", "Complete", "Green"],
        ["1.4", "Publish the learning bulletin.", "Safety Lead", "Complete", "Blue"],
    ]
    lines = explain(stages(write(tmp_path, rows), OPTIONS))
    unsure = lines[lines.index("  unsure:") + 1 :]
    assert unsure == [
        '    row 2: status "at risk" but RAG Blue (complete): read in progress, amber',
        '    row 3: status "Not started" but RAG Blue (complete): read not started, no RAG',
    ]
