"""Rules found on the forty-third hold-out set: a care home's and a fire service's own
status words, and a deadline revised more than once in numbered columns.
Each rule on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
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


REVISED = ["Ref", "Action", "Lead officer", "Original date", "Revised date 1", "Revised date 2"]


def test_the_latest_revision_filled_in_is_the_deadline(tmp_path: Path) -> None:
    rows = [
        REVISED,
        ["1.1", "Hold member workshops.", "Hannah Blake", "30/09/2026", "", ""],
        ["1.2", "Adopt the corporate plan.", "Hannah Blake", "30/11/2026", "28/02/2027", ""],
        ["2.1", "Identify £2.4m savings.", "Priya Nair", "31/10/2026", "31/12/2026", "31/01/2027"],
        ["2.2", "Publish a reserves strategy.", "Priya Nair", "31/12/2026", "n/a", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    _, second, third, fourth = actions(plan)
    assert [a.due for a in actions(plan)] == [
        dt.date(2026, 9, 30),
        dt.date(2027, 2, 28),
        dt.date(2027, 1, 31),  # Revised date 2, the latest revision
        dt.date(2026, 12, 31),  # "n/a" revises nothing: the original stands
    ]
    # the original is the baseline, the earlier revision kept as written
    assert third.original_due == dt.date(2026, 10, 31)
    assert third.fields["Original date"] == "31/10/2026"
    assert third.fields["Revised date 1"] == "31/12/2026"
    assert "Revised date 2" not in third.fields  # the deadline itself, as due_text
    assert third.due_text == "31/01/2027"
    assert second.original_due == dt.date(2026, 11, 30)
    assert fourth.fields["Revised date 1"] == "n/a"


def test_a_later_revision_writing_n_a_leaves_the_earlier_in_force(tmp_path: Path) -> None:
    rows = [
        REVISED,
        ["1.1", "Hold member workshops.", "Hannah Blake", "30/09/2026", "31/12/2026", "n/a"],
        ["1.2", "Adopt the corporate plan.", "Hannah Blake", "30/11/2026", "", "31/03/2027"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.due, first.fields["Revised date 2"]) == (dt.date(2026, 12, 31), "n/a")
    assert second.due == dt.date(2027, 3, 31)


def test_two_columns_of_one_header_are_no_series_of_revisions(tmp_path: Path) -> None:
    # numbered revisions only: the same header again is a column of its own, kept as a field
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Revised date", "Revised date"],
        ["1.1", "Hold member workshops.", "Hannah Blake", "30/09/2026", "31/12/2026", "31/01/2027"],
    ]  # fmt: skip
    (action,) = actions(plan_of(write(tmp_path, rows)))
    assert action.due == dt.date(2026, 12, 31)
    # a number on one of them is enough: "2nd revised date" follows "Revised date"
    rows[0][-1] = "2nd revised date"
    (action,) = actions(plan_of(write(tmp_path, rows, name="second.csv")))
    assert (action.due, action.fields["Revised date"]) == (dt.date(2027, 1, 31), "31/12/2026")
