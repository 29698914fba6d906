"""Wording that names no one where a lead goes ("TBC", "[TBC]", "N/A", "-"): kept on the
action as written, never a person to filter by, count overdue actions against or chase."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from actionplan.demo import write_demo_database
from store import Store, dashboard
from store.chase import open_actions_by_lead, open_actions_by_person
from store.docs import ActionDoc, PlanDoc, RecommendationDoc
from store.models import ActionQuery
from store.no_one import names_no_one


@pytest.mark.parametrize(
    "name", ["TBC", "[TBC]", "(tbc)", "tbc.", "TBA", "N/A", "n/a", "-", "?", "Unassigned", ""]
)
def test_placeholder_wording_names_no_one(name: str) -> None:
    assert names_no_one(name)


@pytest.mark.parametrize("name", ["Bill Basra", "Head of QA", "Tbc Smith", "Nadia", "Various"])
def test_a_name_or_a_post_names_someone(name: str) -> None:
    assert not names_no_one(name)


def _plan() -> PlanDoc:
    overdue = dt.date(2026, 11, 1)
    return PlanDoc(
        title="Plan",
        recommendations=[
            RecommendationDoc(
                ref="1",
                text="Do it",
                actions=[
                    ActionDoc(ref="1.1", text="A", leads=["Zoe Adams"], due=overdue),
                    ActionDoc(ref="1.2", text="B", leads=["[TBC]"], due=overdue),
                    ActionDoc(ref="1.3", text="C", due=overdue, responsible=["Ann Bell"]),
                    ActionDoc(ref="1.4", text="D", leads=["N/A", "Ann Bell"], due=overdue),
                    ActionDoc(ref="1.5", text="E", leads=["ann bell"], responsible=["-"]),
                ],
            )
        ],
    )


@pytest.fixture
def plan_store(db_path: Path) -> Store:
    s = Store.open(db_path)
    s.merge_plans([_plan()], "test import")
    return s


def _refs(s: Store, query: ActionQuery) -> list[str]:
    return [a.ref for a in s.list_actions(query)]


def test_people_leave_out_wording_naming_no_one_the_action_keeps_it(plan_store: Store) -> None:
    assert [p.name for p in plan_store.people()] == ["Ann Bell", "Zoe Adams"]
    assert plan_store.find_action("1.2").leads == ["[TBC]"]


def test_the_lead_order_puts_those_no_one_is_named_to_lead_last(plan_store: Store) -> None:
    plan = plan_store.plans()[0]
    assert _refs(plan_store, ActionQuery(plan_id=plan.id, sort="lead")) == [
        "1.4",  # "N/A" passed over: Ann Bell
        "1.5",
        "1.1",
        "1.2",
        "1.3",
    ]


def test_no_lead_named_lists_placeholder_leads_and_no_lead(plan_store: Store) -> None:
    plan = plan_store.plans()[0]
    assert _refs(plan_store, ActionQuery(plan_id=plan.id, no_lead=True)) == ["1.2", "1.3"]


def test_each_overdue_by_lead_row_counts_the_list_it_opens(plan_store: Store) -> None:
    plan = plan_store.plans()[0]
    rows = [(r.label, r.count) for r in dashboard.overdue_by_lead(plan_store, plan.id)]
    assert rows == [("Ann Bell", 1), ("Zoe Adams", 1), (dashboard.NO_LEAD, 2)]
    for label, count in rows:
        assert len(_refs(plan_store, dashboard.lead_overdue(plan.id, label))) == count


def test_the_demos_overdue_counts_are_the_lists_they_open(tmp_path: Path) -> None:
    """Bill Basra's row said 1 and his list showed 2 (one he is responsible officer for)."""
    write_demo_database(tmp_path / "demo.db")
    s = Store.open(tmp_path / "demo.db")
    plan = s.plans()[0]
    rows = dashboard.overdue_by_lead(s, plan.id)
    assert (
        rows
        and sum(r.count for r in rows)
        == s.count_actions(ActionQuery(plan_id=plan.id, overdue=True))[1]
    )
    for row in rows:
        assert s.count_actions(dashboard.lead_overdue(plan.id, row.label))[0] == row.count
    s.close()


def test_no_pack_is_made_for_wording_naming_no_one(plan_store: Store) -> None:
    plan = plan_store.plans()[0]
    assert list(open_actions_by_lead(plan_store, plan.id)) == ["Ann Bell", "Zoe Adams"]
    assert list(open_actions_by_person(plan_store, plan.id)) == ["Ann Bell", "Zoe Adams"]


def test_a_post_and_its_holder_are_counted_as_the_lead_filter_lists_them(db_path: Path) -> None:
    """The lead filter takes "Chief Executive (Helen Ward)" and "Helen Ward" for one
    person: each row counts what Enter on it lists, both their actions."""
    overdue = dt.date(2026, 11, 1)
    leads = ["Chief Executive (Helen Ward)", "Helen Ward", "Zoe Adams"]
    actions = [
        ActionDoc(ref=f"1.{n}", text="A", leads=[lead], due=overdue)
        for n, lead in enumerate(leads, 1)
    ]
    s = Store.open(db_path)
    s.merge_plans(
        [
            PlanDoc(
                title="P", recommendations=[RecommendationDoc(ref="1", text="R", actions=actions)]
            )
        ],
        "test import",
    )
    plan = s.plans()[0]
    rows = [(r.label, r.count) for r in dashboard.overdue_by_lead(s, plan.id)]
    assert rows == [("Chief Executive (Helen Ward)", 2), ("Helen Ward", 2), ("Zoe Adams", 1)]
    for label, count in rows:
        assert len(_refs(s, dashboard.lead_overdue(plan.id, label))) == count
    s.close()
