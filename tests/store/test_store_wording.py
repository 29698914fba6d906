"""The words a moved deadline is said in, shared by `actionplan update` and a chase reply."""

from __future__ import annotations

import datetime as dt

from store.wording import due_change


def test_a_moved_deadline_reads_the_same_wherever_it_is_said() -> None:
    """The update command and a chase reply each wrote this sentence: one function now."""
    march, june = dt.date(2026, 3, 31), dt.date(2026, 6, 30)
    assert due_change((march, "31/3/2026"), (june, "end of June")) == (
        "due 31 Mar 2026 → 30 Jun 2026 (end of June)"
    )
    assert due_change((None, ""), (dt.date(2026, 12, 14), "")) == "due no date → 14 Dec 2026"
    assert due_change((None, "Ongoing"), (june, "30/06/2026")) == "due Ongoing → 30 Jun 2026"


def test_new_words_for_the_same_day_say_the_day_is_kept() -> None:
    """Not "due 31 Mar 2027 → 31 Mar 2027 (end of Q4)", which reads as a re-dating."""
    march = dt.date(2027, 3, 31)
    assert due_change((march, "31/03/2027"), (march, "end of Q4")) == (
        'due wording "31/03/2027" → "end of Q4" (31 Mar 2027 kept)'
    )
    assert due_change((march, ""), (march, "end of Q4")) == (
        'due wording none → "end of Q4" (31 Mar 2027 kept)'
    )
