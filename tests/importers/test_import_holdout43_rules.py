"""Rules found on the forty-third hold-out set: a care home's and a fire service's own
status words, and a deadline revised more than once in numbered columns.
Each rule on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, result_of, write

HEADER = ["Ref", "Action", "Lead", "Target date", "Status"]


def _statuses(tmp_path: Path, words: list[str]) -> list[str]:
    rows = [HEADER] + [
        [f"1.{i}", f"Action number {i} of the plan.", "Kelly Marsh", "31/12/2026", word]
        for i, word in enumerate(words, 1)
    ]
    return [a.status for a in actions(plan_of(write(tmp_path, rows)))]


def test_actioned_is_done_developing_in_progress_to_start_not_started(tmp_path: Path) -> None:
    words = ["Actioned", "Developing", "To start", "Actioned – see minutes", "Complete"]
    assert _statuses(tmp_path, words) == [
        "done",
        "in_progress",
        "not_started",
        "done",
        "done",
    ]


def test_the_words_in_a_sentence_state_nothing(tmp_path: Path) -> None:
    # ordinary prose: neither the word "actioned" nor "developing" closes or starts it
    words = ["Not actioned", "Developing a new policy with the board", "Actioned"]
    assert _statuses(tmp_path, words) == ["not_started", "not_started", "done"]


def test_a_status_word_the_table_lacks_states_nothing_and_is_kept(tmp_path: Path) -> None:
    rows = [
        HEADER + ["% complete"],
        ["1.1", "Refresh the policy.", "Kelly Marsh", "31/12/2026", "Awaiting panel", ""],
        ["1.2", "Train the staff.", "Kelly Marsh", "31/12/2026", "Awaiting panel", "60%"],
    ]
    result = result_of(write(tmp_path, rows))
    first, second = actions(result.plans[0])
    # nothing stated: not started, as an empty cell; a % complete beside it still counts
    assert (first.status, second.status) == ("not_started", "in_progress")
    assert first.fields["Status (as written)"] == "Awaiting panel"
    assert any("status 'Awaiting panel' not understood" in w for w in result.warnings)
