"""Hostile text is stored, searched and exported exactly as written."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from store.models import ActionQuery

HOSTILE = [
    "[/]",
    "[TBC]",
    "[bold]x[/bold]",
    "[@click=app.quit]quit[/]",
    "=1+1",
    "+44 20",
    "@SUM(A1)",
    "-1",
    "\x1b[31mred\x1b[0m",
    "\x1b]8;;http://example.com\x07link\x1b]8;;\x07",
    "שלום עולם",
    "emoji 🎉👩‍👩‍👧",
    "x" * 5000,
    "tab\there",
    "line one\nline two",
    '"quoted"',
    "<b>&amp;</b>",
]


def hostile_plan(texts: list[str]) -> PlanDoc:
    actions = [
        ActionDoc(
            ref=f"1.{i}",
            text=t,
            leads=[t[:60]],
            fields={t[:40] or "k": t},
            updates=[UpdateDoc(date="2026-01-01", text=t)],
        )  # type: ignore[arg-type]
        for i, t in enumerate(texts, 1)
        if t.strip()
    ]
    return PlanDoc(
        title="Hostile [/] plan",
        notes=texts[0],
        recommendations=[RecommendationDoc(ref="1", text=texts[0], actions=actions)],
    )


def test_hostile_text_round_trips_exactly(db_path: Path, tmp_path: Path) -> None:
    s = Store.open(db_path)
    doc = hostile_plan(HOSTILE)
    s.merge_plans([doc], "hostile")
    exported = s.export()
    assert [a.text for a in exported.plans[0].recommendations[0].actions] == [
        a.text for a in doc.recommendations[0].actions
    ]
    other = Store.open(tmp_path / "other.db")
    other.merge_plans(exported.plans, "again")
    assert other.export() == exported
    assert [a.ref for a in s.list_actions(ActionQuery(text="[TBC]"))] == ["1.2"]
    assert [a.ref for a in s.list_actions(ActionQuery(text="שלום"))] == ["1.11"]
    s.close()
    other.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.text(min_size=1, max_size=80), min_size=1, max_size=5))
def test_any_text_survives_store_and_search(tmp_path: Path, texts: list[str]) -> None:
    path = tmp_path / f"h{abs(hash(tuple(texts)))}.db"
    s = Store.open(path)
    try:
        docs = [hostile_plan(texts)] if any(t.strip() for t in texts) else []
        s.merge_plans(docs, "any")
        for t in texts:
            s.list_actions(ActionQuery(text=t))  # never an FTS syntax error
        if docs:
            stored = [a.text for a in s.export().plans[0].recommendations[0].actions]
            assert stored == [a.text for a in docs[0].recommendations[0].actions]
    finally:
        s.close()
