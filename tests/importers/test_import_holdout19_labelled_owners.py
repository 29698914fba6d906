"""Rules found on the nineteenth hold-out set, from a trust's answer to a warning
notice: one owner cell labelling an executive and an operational owner ("Exec: …" over
"Op: …"), and a deadline cell giving the day the work was done ("Immediate (completed
05/10/2026)"). Each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt

from importers.dates import parse_deadline

D = dt.date


def test_a_completion_still_to_come_is_the_deadline() -> None:
    assert parse_deadline("To be completed 31/03/2027").due == D(2027, 3, 31)
    assert parse_deadline("Completed on 5 Oct 2026").due is None  # nor its month
