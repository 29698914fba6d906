"""Rules found on the thirty-third hold-out set (an ILACS plan whose leads are "J.
Okafor, Head of Children in Care", a CQC plan whose leads are posts keyed to their
holders): each on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write, write_workbook


def test_an_initial_and_surname_then_a_comma_and_a_post_is_one_person(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1.1", "Audit the care plans.", "J. Okafor, Head of Children in Care", "Nov-26"],
        ["1.2", "Refresh the pathway plans.", "K Lowe, Service Manager, Leaving Care", "Dec-26"],
        ["1.3", "Hold the panel.", "J. Okafor, K. Lowe", "Jan-27"],
    ]
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["J. Okafor"]
    assert second.leads == ["K Lowe"]
    assert third.leads == ["J. Okafor", "K. Lowe"]  # a name after the comma: two people
    # the post stays in the cell as written
    assert first.fields["Lead (as written)"] == "J. Okafor, Head of Children in Care"


def test_a_line_opened_by_a_day_and_month_alone_is_an_update_in_the_position_year(
    tmp_path: Path,
) -> None:
    rows = [
        ["Inspection action plan. Position at 25/11/2026.", "", "", ""],
        ["Ref", "Action", "Owner", "Latest update"],
        ["1", "Rank the households.", "Jo Bell",
         "04/11 – Data sharing agreement signed.\n18/11 – First ranked list produced."],
    ]  # fmt: skip
    (action,) = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in action.updates] == [
        (dt.date(2026, 11, 4), "04/11 – Data sharing agreement signed."),
        (dt.date(2026, 11, 18), "18/11 – First ranked list produced."),
    ]


def test_a_key_row_of_an_abbreviation_a_post_and_a_name_resolves_to_the_person(
    tmp_path: Path,
) -> None:
    sheets = {
        "Improvement Plan": [
            ["Ref", "Action", "Exec lead", "Due"],
            ["1.1", "Staff a triage nurse.", "CNO", "31/10/2026"],
            ["1.2", "Report triage times.", "COO", "31/12/2026"],
            ["1.3", "Audit the training.", "DCFO", "31/01/2027"],
            ["1.4", "Review the rota.", "DPH", "28/02/2027"],
        ],
        "Key": [
            ["Abbreviation", "Post", "Name"],
            ["CNO", "Chief Nurse", "Helen Ward"],
            ["COO", "Chief Operating Officer", "Mark Ellison"],
            ["DCFO", "Deputy Chief Fire Officer", "Dr Sam Price"],
            ["DPH", "Director of Public Health", "Chief Officer Group"],
        ],
    }
    plan = plan_of(write_workbook(tmp_path, sheets))
    cno, coo, dcfo, dph = actions(plan)
    assert cno.leads == ["Helen Ward"]  # "Chief Nurse" does not spell CNO: the name does it
    assert coo.leads == ["Mark Ellison"]  # the post spells COO, but the key names its holder
    assert dcfo.leads == ["Dr Sam Price"]
    assert dph.leads == ["Director of Public Health"]  # a group, not a person: the post
    assert coo.fields["Exec lead (as written)"] == "COO"


def test_a_key_of_initials_keeps_the_title_before_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Who", "By when"],
        ["1", "Train all staff in phonics.", "AC", "31/12/2026"],
        ["2", "Run keep-up sessions.", "DH/LW", "28/02/2027"],
        ["", "", "", ""],
        ["Key", "", "", ""],
        ["AC – Mrs Anna Clarke, Headteacher", "", "", ""],
        ["DH – Mr David Hughes, Deputy Headteacher", "", "", ""],
        ["LW = Miss Laura Wynn", "", "", ""],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Mrs Anna Clarke"]  # "AC": the title is no initial, but kept
    assert second.leads == ["Mr David Hughes", "Miss Laura Wynn"]


def test_a_label_and_number_in_one_cell_and_the_text_in_the_next_heads_a_block(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Who", "By when", "Status"],
        ["Improvement 1", "Leaders should ensure reading is taught consistently.", "", "", ""],
        ["a", "Train all staff in phonics.", "Jo Bell", "31/12/2026", "Completed"],
        ["b", "Run keep-up sessions.", "Jo Bell", "28/02/2027", "In progress"],
        ["Improvement 2", "Leaders should improve attendance.", "", "", ""],
        ["a", "Meet the families of absent pupils.", "Sam Reid", "31/12/2026", "On track"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Leaders should ensure reading is taught consistently."),
        ("2", "Leaders should improve attendance."),
    ]
    assert [a.ref for a in actions(plan)] == ["1a", "1b", "2a"]
