"""Rules found on the twenty-eighth hold-out set: a post and the unit it serves after a
dash ("Matron – Delivery Suite") names no one, it is one post; a code column filled on a
few rows ("Evidence ref") never takes the ref from a number written on every row."""

from __future__ import annotations

from pathlib import Path

from importers import stages
from importers.explain import explain
from tests.importers.test_import_rules import (
    OPTIONS,
    actions,
    plan_of,
    write_workbook,
)

HEADER = ["Contravention", "No.", "Action", "Accountable person", "Target date", "Evidence ref"]


FIRST, SECOND = "Contravention 1 – Records incomplete.", "Contravention 2 – No reporting."


def _notice_plan(tmp_path: Path) -> Path:
    """Two contraventions merged down their actions, numbered 1, 2, 3 under each; an
    evidence code only where evidence was filed."""
    rows = [
        HEADER,
        [FIRST, "1", "Upload the drawings.", "Head of Building Safety", "30/11/2026", "EV-014"],
        [None, "2", "Record the inspections.", "Head of Building Safety", "31/12/2026", "EV-015"],
        [None, "3", "Appoint a manager.", "Head of Building Safety", "15/01/2027", None],
        [SECOND, "1", "Write a procedure.", "Building Safety Manager", "31/10/2026", None],
        [None, "2", "Set up a log.", "Building Safety Manager", "30/11/2026", "EV-022"],
    ]
    return write_workbook(tmp_path, {"Plan": rows}, merged=["A2:A4", "A5:A6"])


def test_a_sparse_code_column_never_takes_the_ref_from_a_filled_number(
    tmp_path: Path,
) -> None:
    plan = plan_of(_notice_plan(tmp_path))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    # the evidence codes stay, a field of the actions that have one
    assert [a.fields.get("Evidence ref") for a in actions(plan)] == [
        "EV-014",
        "EV-015",
        None,
        None,
        "EV-022",
    ]


def test_explain_says_the_sparse_code_column_is_a_field(tmp_path: Path) -> None:
    lines = explain(stages(_notice_plan(tmp_path), OPTIONS))
    evidence = next(x for x in lines if "'Evidence ref' ->" in x)
    assert "extra" in evidence and "filled on 3 of 5 rows beside 'No.'" in evidence


def test_a_ref_written_once_over_each_block_still_heads_the_groups(tmp_path: Path) -> None:
    # "Ref" R1, R2 only where a block begins, "No." 1, 2, 3 afresh under each: the
    # sparse column is the groups' refs, not a field
    rows = [
        ["Ref", "No.", "Action", "Lead"],
        ["R1", "1", "Upload the drawings.", "Head of Building Safety"],
        [None, "2", "Record the inspections.", "Head of Building Safety"],
        [None, "3", "Appoint a manager.", "Head of Building Safety"],
        ["R2", "1", "Write a procedure.", "Building Safety Manager"],
        [None, "2", "Set up a log.", "Building Safety Manager"],
    ]
    plan = plan_of(write_workbook(tmp_path, {"Plan": rows}))
    assert [(r.ref, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("R1", ["R1.1", "R1.2", "R1.3"]),
        ("R2", ["R2.1", "R2.2"]),
    ]
