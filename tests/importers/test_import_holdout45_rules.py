"""Rules found on the forty-fifth hold-out set (a council's CQC adult social care plan
whose leads are "Head of Commissioning: Sara Khan", an auditor's follow-up whose
officers carry a phone extension, a SEND written statement of action and a fire
service's "Position @ 12/11/26" updates): each on a small file of its own, written by
the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write, write_workbook


def test_a_position_at_sign_and_a_date_opens_that_days_update(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Progress"],
        ["1", "Agree data sharing.", "Area Manager",
         "Position @ 12/11/26 – data sharing agreed with adult social care."],
        ["2", "Draft the first report.", "Area Manager",
         "Position at 03/11/26 – first report drafted."],
        ["3", "Run the survey.", "Area Manager", "As @ 28/10/2026: survey live."],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 11, 12), "Position @ 12/11/26 – data sharing agreed with adult social care.")
    ]
    assert [u.date for u in second.updates] == [dt.date(2026, 11, 3)]
    assert [u.date for u in third.updates] == [dt.date(2026, 10, 28)]


def test_a_partners_column_of_bodies_beside_keyed_initials_is_a_field(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path,
        {
            "WSOA": [
                ["Ref", "Action", "Named lead", "Partners", "Target"],
                ["1.1", "Recruit EHC coordinators.", "JB", "LA", "31/12/2026"],
                ["1.2", "Set up a quality panel.", "JB", "LA, ICB, PCF", "31/01/2027"],
                ["1.3", "Commission assessments.", "MT", "ICB", "31/03/2027"],
            ],
            "Glossary": [
                ["Initials", "Name", "Role"],
                ["JB", "Jo Barker", "Head of SEND"],
                ["MT", "Dr Mel Turner", "Designated Clinical Officer"],
            ],
        },
    )
    plan = plan_of(path)
    assert [(a.leads, a.responsible) for a in actions(plan)] == [
        (["Jo Barker"], []),
        (["Jo Barker"], []),
        (["Dr Mel Turner"], []),
    ]
    # the partners are kept as a field
    assert actions(plan)[1].fields["Partners"] == "LA, ICB, PCF"
