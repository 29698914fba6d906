"""Rules found on the thirty-sixth hold-out set (an area SEND priority action plan with a
"Lead agency" column of bodies beside its "Named lead" and banners numbering the priority
actions in words): each on a small file of its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_HEADER = ["Ref", "Action", "Lead agency", "Named lead", "Target"]


def test_a_column_of_bodies_beside_named_people_is_a_field(tmp_path: Path) -> None:
    rows = [
        _HEADER,
        ["1.1", "Clear the assessment backlog.", "LA", "Rachel Osei", "31/01/2027"],
        ["1.2", "Audit new plans monthly.", "LA / ICB", "Rachel Osei", "31/10/2026"],
        ["1.3", "Agree health advice turnaround.", "ICB", "Dr Ewan Kerr", "31/03/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    found = [(a.ref, a.leads, a.responsible) for a in actions(plan)]
    assert found == [
        ("1.1", ["Rachel Osei"], []),
        ("1.2", ["Rachel Osei"], []),
        ("1.3", ["Dr Ewan Kerr"], []),
    ]
    # the body is kept on each action, as written
    assert [a.fields.get("Lead agency") for a in actions(plan)] == ["LA", "LA / ICB", "ICB"]


def test_a_column_of_bodies_alone_is_still_the_lead(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead agency", "Target"],
        ["1.1", "Clear the assessment backlog.", "LA", "31/01/2027"],
        ["1.2", "Audit new plans monthly.", "Police / ICB", "31/10/2026"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [["LA"], ["Police", "ICB"]]
