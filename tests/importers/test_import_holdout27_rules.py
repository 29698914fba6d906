"""Rules found on the twenty-seventh hold-out set: progress lines opened by the day of the
week ("Mon 02/11/2026 – …") or by a news word ("Position 16/11/2026: …"). Each on a small
file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

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
