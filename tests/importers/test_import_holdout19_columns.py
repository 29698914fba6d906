"""Rules found on the nineteenth hold-out set, about what a column is: a "Milestone"
column of months is the deadline (an ILACS board tracker), and an internal audit
tracker's "Priority" written Red / Amber / Green is urgency, never the RAG. Each on a
small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_milestone_column_of_months_is_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "What we will do", "Delivery lead", "Milestone", "Board RAG"],
        ["1.1", "Introduce a supervision template.", "Priya Nair", "Sep 26", "G"],
        ["1.2", "Audit 40 supervision records each month.", "Priya Nair", "Mar 27", "G"],
        ["1.3", "Train every team manager.", "Marcus Bell", "Jan 27", "A"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # the wording stays the action; a month alone is due on its last day
    assert [(a.text, a.due) for a in actions(plan)] == [
        ("Introduce a supervision template.", dt.date(2026, 9, 30)),
        ("Audit 40 supervision records each month.", dt.date(2027, 3, 31)),
        ("Train every team manager.", dt.date(2027, 1, 31)),
    ]


def test_a_priority_written_red_amber_green_is_a_field_not_the_rag(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Finding", "Priority", "Agreed management action", "Responsible officer"],
        ["1", "Starters paid before a signed contract.", "Red",
         "Set up no starter without a signed contract.", "Jo Bell"],
        ["2", "Overtime approved by the claimant's peer.", "Amber",
         "Restrict overtime approval to the line manager.", "Kim Moss"],
        ["3", "Leavers paid after leaving.", "Green",
         "Recover the overpayments.", "Jo Bell"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # the urgency of the finding is kept, word for word; how the work goes is not stated
    assert [(a.rag, a.fields.get("Priority")) for a in actions(plan)] == [
        (None, "Red"),
        (None, "Amber"),
        (None, "Green"),
    ]
