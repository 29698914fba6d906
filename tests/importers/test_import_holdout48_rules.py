"""Rules found on hold-out 48: each on a small plan of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_HEADER = ["Ref", "Action", "Lead", "Target date", "Status"]


def test_a_status_key_that_names_no_colour_keeps_the_words_rag(tmp_path: Path) -> None:
    rows = [
        _HEADER,
        ["1", "Recruit two social workers.", "Jo Marsh", "Mar-27", "Delayed"],
        ["2", "Publish the carers' strategy.", "Jo Marsh", "Mar-27", "Underway"],
        ["Status key: Underway – work in progress; Delayed – behind timescale"],
    ]
    delayed, underway = actions(plan_of(write(tmp_path, rows)))
    assert (delayed.status, delayed.rag) == ("in_progress", "amber")
    assert underway.status == "in_progress"


def test_a_status_key_that_names_a_colour_sets_it(tmp_path: Path) -> None:
    rows = [
        _HEADER,
        ["1", "Recruit two social workers.", "Jo Marsh", "Mar-27", "Delayed"],
        ["2", "Publish the carers' strategy.", "Jo Marsh", "Mar-27", "Underway"],
        ["Status key: Underway – work in progress; Delayed – red, behind timescale"],
    ]
    delayed, _ = actions(plan_of(write(tmp_path, rows)))
    assert delayed.rag == "red"
