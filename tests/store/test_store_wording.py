"""The words a moved deadline is said in, shared by `actionplan update` and a chase reply."""

from __future__ import annotations

from store.wording import due_change


def test_a_moved_deadline_reads_the_same_wherever_it_is_said() -> None:
    """The update command and a chase reply each wrote this sentence: one function now."""
    assert due_change("31 Mar 2026", "30 Jun 2026", "end of June") == (
        "due 31 Mar 2026 → 30 Jun 2026 (end of June)"
    )
    assert due_change("no date", "14 Dec 2026", "") == "due no date → 14 Dec 2026"
