"""Rules found on the nineteenth hold-out set, about what a column is: a "Milestone"
column of months is the deadline (an ILACS board tracker), and an internal audit
tracker's "Priority" written Red / Amber / Green is urgency, never the RAG. Each on a
small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


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
