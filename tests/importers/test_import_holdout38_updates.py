"""Update lines found on the thirty-eighth hold-out set (an audit tracker's "FU2 (Nov
2026): …" follow-up rounds, an ILACS plan's "Update to Improvement Board 19/11/2026:
…", a trust's "Updated 12/11/26: …"): each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_follow_up_round_and_its_month_in_brackets_is_news_of_the_months_end(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Recommendation", "Responsible officer", "Follow-up comments"],
        ["1", "Overtime should be authorised.", "Amy Clarke",
         "FU1 (Oct 2026): approval live in medicine only.\n"
         "FU2 (Nov 2026): surgery added; two divisions outstanding."],
        ["2", "Stock should be counted.", "Sophie Lang", "FU2 (Nov 26): first count done."],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    # two rounds in one cell are two updates, each the whole line
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 10, 31), "FU1 (Oct 2026): approval live in medicine only."),
        (dt.date(2026, 11, 30), "FU2 (Nov 2026): surgery added; two divisions outstanding."),
    ]
    assert [(u.date, u.text) for u in second.updates] == [
        (dt.date(2026, 11, 30), "FU2 (Nov 26): first count done.")
    ]


def test_an_update_to_a_named_meeting_is_dated_by_the_day_written_after_it(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Progress"],
        ["1a", "Audit case files.", "Head of QA",
         "Update to Improvement Board 22/10/2026: audit tool agreed.\n"
         "Update to Improvement Board 19/11/2026: two audits done."],
        ["1b", "Publish the strategy.", "Head of QA",
         "Update at the Quality Committee 02/11/2026 – strategy published."],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 10, 22), "Update to Improvement Board 22/10/2026: audit tool agreed."),
        (dt.date(2026, 11, 19), "Update to Improvement Board 19/11/2026: two audits done."),
    ]
    assert [u.date for u in second.updates] == [dt.date(2026, 11, 2)]


def test_updated_and_followed_up_before_a_day_date_the_line_that_day(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Progress update"],
        ["1", "Audit triage times.", "Amy Clarke",
         "Updated 03/10/26: Weekly audit in place.\n"
         "Updated 20/11/26: Median triage time now 11 minutes."],
        ["2", "Test the call-back log.", "Amy Clarke",
         "Followed up 14/11/2026: Log tested for 15 changes."],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    # two past-tense news lines in one cell are two updates, each the whole line
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 10, 3), "Updated 03/10/26: Weekly audit in place."),
        (dt.date(2026, 11, 20), "Updated 20/11/26: Median triage time now 11 minutes."),
    ]
    assert [(u.date, u.text) for u in second.updates] == [
        (dt.date(2026, 11, 14), "Followed up 14/11/2026: Log tested for 15 changes.")
    ]
