"""Rules found on the forty-fifth hold-out set (a council's CQC adult social care plan
whose leads are "Head of Commissioning: Sara Khan", an auditor's follow-up whose
officers carry a phone extension, a SEND written statement of action and a fire
service's "Position @ 12/11/26" updates): each on a small file of its own, written by
the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write_workbook


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
