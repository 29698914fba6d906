"""Rules found on the twenty-seventh hold-out set: progress lines opened by the day of the
week ("Mon 02/11/2026 – …") or by a news word ("Position 16/11/2026: …"). Each on a small
file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_line_opened_by_a_weekday_and_a_date_is_one_update_of_that_day(
    tmp_path: Path,
) -> None:
    """ "Mon 02/11/2026 – …" names the day twice: each such line, or sentence, is one
    update dated that day, its text as written."""
    rows = [
        ["Ref", "Action", "Lead", "Timescale", "Progress"],
        ["1.1", "Audit every carer review.", "Fostering Manager", "31/01/2027",
         "Mon 02/11/2026 – Audit complete.\nFri 20/11/2026 – 15 of 23 reviews done."],
        ["1.2", "Issue the schedule.", "Team Manager", "31/12/2026",
         "Wednesday 28/10/2026: schedule issued. Thurs 05/11/2026 – first visits held."],
        ["1.3", "Appoint a deputy.", "Head of Service", "30/11/2026", "Deputy agreed."],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    got = {a.ref: [(u.date, u.text) for u in a.updates] for a in actions(plan)}
    assert got == {
        "1.1": [
            (dt.date(2026, 11, 2), "Mon 02/11/2026 – Audit complete."),
            (dt.date(2026, 11, 20), "Fri 20/11/2026 – 15 of 23 reviews done."),
        ],
        "1.2": [
            (dt.date(2026, 10, 28), "Wednesday 28/10/2026: schedule issued."),
            (dt.date(2026, 11, 5), "Thurs 05/11/2026 – first visits held."),
        ],
        "1.3": [(None, "Deputy agreed.")],
    }


def test_a_news_word_before_the_date_leaves_the_line_dated_news(tmp_path: Path) -> None:
    """ "Position 16/11/2026: …" is read as "Update 10.10.26: …" is: a news word
    (update, position, progress, status, note), a date, then a colon or dash."""
    rows = [
        ["Ref", "Action", "Owner", "Due", "Progress update"],
        ["1.1", "Agree a review template.", "Custody Inspector", "31/12/2026",
         "Position 16/11/2026: Template agreed."],
        ["1.2", "Audit detention records.", "Custody Sergeant", "31/03/2027",
         "Status 02/10/2026 – audit booked.\nProgress 30/10/2026: 72% met the standard."],
        ["1.3", "Buy reading boxes.", "Custody Manager", "31/12/2026",
         "Note 04/11/2026 – boxes in all suites."],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    got = {a.ref: [(u.date, u.text) for u in a.updates] for a in actions(plan)}
    assert got == {
        "1.1": [(dt.date(2026, 11, 16), "Position 16/11/2026: Template agreed.")],
        "1.2": [
            (dt.date(2026, 10, 2), "Status 02/10/2026 – audit booked."),
            (dt.date(2026, 10, 30), "Progress 30/10/2026: 72% met the standard."),
        ],
        "1.3": [(dt.date(2026, 11, 4), "Note 04/11/2026 – boxes in all suites.")],
    }


TRELLO_HEADER = ["Card ID", "Card Name", "Card Description", "Labels", "Members", "Due Date"]


def test_a_label_with_its_colour_in_brackets_gives_status_and_rag(tmp_path: Path) -> None:
    """Trello's "On track (green)": the words give the status, the colour the RAG;
    orange is amber, blue is done with no RAG."""
    rows = [
        TRELLO_HEADER,
        ["6712a9c4e3f1b20045d1c0a1", "Screen every pupil for reading age.", "",
         "On track (green)", "Hannah Reid", "2026-12-18T17:00:00.000Z"],
        ["6712a9c4e3f1b20045d1c0a4", "Train form tutors in the graduated response.", "",
         "At risk (orange)", "Owen Price", "2027-01-29T17:00:00.000Z"],
        ["6712a9c4e3f1b20045d1c0b2", "Hold a coffee morning for parents each term.",
         "Dates on the website.", "Complete (blue)", "Hannah Reid", "2026-10-23T16:00:00.000Z"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [(a.status, a.rag) for a in actions(plan)] == [
        ("in_progress", "green"),
        ("in_progress", "amber"),
        ("done", None),
    ]


def test_a_last_card_with_an_id_and_a_name_is_an_action(tmp_path: Path) -> None:
    """A last row with a card ID and a card name is an action, though its description
    (the column the header calls the action), label and due date are blank."""
    rows = [
        TRELLO_HEADER,
        ["6712a9c4e3f1b20045d1c0a1", "Screen every pupil for reading age.",
         "Use the census codes.", "On track (green)", "Hannah Reid", "2026-12-18"],
        ["6712a9c4e3f1b20045d1c0a4", "Train form tutors in the graduated response.", "",
         "At risk (orange)", "Owen Price", "2027-01-29"],
        ["6712a9c4e3f1b20045d1c0b2", "Send parents a copy of each support plan.", "", "",
         "Owen Price", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    last = actions(plan)[-1]
    assert (last.ref, last.text) == (
        "6712a9c4e3f1b20045d1c0b2",
        "Send parents a copy of each support plan.",
    )
    assert last.leads == ["Owen Price"]
    assert "Send parents" not in plan.notes
