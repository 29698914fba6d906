"""A programme tool's export with a row per person assigned: an action with two people
written twice, its ID, wording, date, status and update the same on each row, only the
person (and what is the person's own) differing (hold-out 255's Power BI action log).
Each on a small CSV written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers import stages
from importers.explain import explain
from tests.importers.helpers import updates_of
from tests.importers.test_import_rules import OPTIONS, actions, plan_of, write

HEADER = ["Action ID", "Action", "Assigned to", "Due date", "Status", "Latest update"]
PLATFORM = ("TP-02", "Launch the new contact platform.")
PLATFORM_DUE = ("31/01/2027", "In progress", "Go-live set for 18 January.")
SERVERS = ("TP-04", "Move the file servers to the cloud.")
SERVERS_DUE = ("28/02/2027", "In progress", "3 of 7 servers migrated.")


def _rows(second_platform: tuple[str, ...] = PLATFORM_DUE) -> list[list[str]]:
    """TP-02 for Priya Nair and Tom Reid on rows one after the other, TP-04 for Ruth
    Adebayo and Tom Reid on rows apart (sorted by person), TP-01 and TP-03 alone."""
    return [
        HEADER,
        ["TP-01", "Agree the benefits register.", "Claire Dunmore", "30/09/2026", "Complete",
         "Signed off on 22 September."],
        [*PLATFORM, "Priya Nair", *PLATFORM_DUE],
        [*PLATFORM, "Tom Reid", *second_platform],
        [*SERVERS, "Ruth Adebayo", *SERVERS_DUE],
        ["TP-03", "Sell the former depot.", "Owen Grant", "30/06/2027", "On hold", ""],
        [*SERVERS, "Tom Reid", *SERVERS_DUE],
    ]  # fmt: skip


def test_rows_repeating_an_action_for_each_person_are_one_action_led_by_each(
    tmp_path: Path,
) -> None:
    plan = plan_of(write(tmp_path, _rows(), encoding="utf-8-sig"))
    tp01, tp02, tp04, tp03 = actions(plan)
    # one action per ID, its ref as written (no "TP-02.2"), in the order first listed
    assert [a.ref for a in (tp01, tp02, tp04, tp03)] == ["TP-01", "TP-02", "TP-04", "TP-03"]
    # led by each person assigned, in the order of the rows
    assert tp02.leads == ["Priya Nair", "Tom Reid"]
    assert tp04.leads == ["Ruth Adebayo", "Tom Reid"]
    assert tp01.leads == ["Claire Dunmore"]
    # the rest as any row gives it: its update once, not once a person
    assert (tp02.due, tp02.status) == (dt.date(2027, 1, 31), "in_progress")
    assert updates_of(tp02) == [(None, "Go-live set for 18 January.")]
    assert [r.ref for r in plan.recommendations] == ["1"]


def test_a_column_of_the_persons_own_keeps_each_rows_value(tmp_path: Path) -> None:
    rows = [[*row[:3], email, *row[3:]] for row, email in zip(_rows(), _EMAILS, strict=True)]
    rows[0][3] = "Email"
    plan = plan_of(write(tmp_path, rows))
    tp02 = actions(plan)[1]
    assert (tp02.ref, tp02.leads) == ("TP-02", ["Priya Nair", "Tom Reid"])
    # each person's own cell kept, a line each in the order of the people
    assert tp02.fields["Email"] == "priya.nair@example.org\ntom.reid@example.org"


_EMAILS = [
    "",
    "claire.dunmore@example.org",
    "priya.nair@example.org",
    "tom.reid@example.org",
    "ruth.adebayo@example.org",
    "owen.grant@example.org",
    "tom.reid@example.org",
]


def test_rows_of_one_id_whose_status_differs_stay_apart(tmp_path: Path) -> None:
    """Another status (or date, or update) is no copy for another person: two
    actions under one ID, read as before; TP-04's rows still one action."""
    second = ("31/01/2027", "Complete", "Go-live set for 18 January.")
    plan = plan_of(write(tmp_path, _rows(second)))
    assert [(a.leads, a.status) for a in actions(plan)] == [
        (["Claire Dunmore"], "done"),
        (["Priya Nair"], "in_progress"),
        (["Tom Reid"], "done"),
        (["Ruth Adebayo", "Tom Reid"], "in_progress"),
        (["Owen Grant"], "blocked"),
    ]


def test_explain_says_which_rows_were_read_as_one_action(tmp_path: Path) -> None:
    lines = explain(stages(write(tmp_path, _rows()), OPTIONS))
    assert (
        "  rows per person: 2 rows repeating an action for another person read as one"
        " action each (2 actions, the same 'Action ID', wording and cells but 'Assigned to')"
    ) in lines
