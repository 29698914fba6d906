"""Hostile text is stored, searched and exported exactly as written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from store.models import ActionQuery
from store.text import printable

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


# Word's manual line break (Shift+Enter) pastes as a vertical tab, its page break as a
# form feed; a line break copied from Windows as a carriage return before the line feed.
PASTED = "Met on 1 Oct.\x0b8 Oct: new\x0cstarter\r\nin post"
LINES = "Met on 1 Oct.\n8 Oct: new\nstarter\nin post"


def test_a_line_break_pasted_as_a_vertical_tab_or_form_feed_is_stored_as_a_line_feed(
    db_path: Path,
) -> None:
    """Typed or pasted into an edit, each break is the line feed in the database row,
    as an import reads it, so the update shows and exports as two lines."""
    s = Store.open(db_path)
    s.merge_plans([hostile_plan(["first"])], "import")
    action = s.find_action("1.1").id
    s.set_text(action, PASTED)
    s.correct_update(s.action_detail(action).updates[0].id, PASTED)
    s.add_update(action, PASTED)
    rec = s.add_recommendation(s.plans()[0].id, PASTED, actions=[PASTED])
    s.add_action(rec, PASTED)
    plan = s.create_plan(f"New {PASTED}", notes=PASTED)
    s.close()
    with sqlite3.connect(db_path) as conn:
        rows = [
            *conn.execute("SELECT text FROM actions ORDER BY id"),
            *conn.execute("SELECT text FROM updates ORDER BY id"),
            *conn.execute("SELECT text FROM recommendations WHERE id = ?", (rec,)),
            *conn.execute("SELECT title, notes FROM plans WHERE id = ?", (plan,)),
        ]
    conn.close()
    assert rows == [(LINES,)] * 3 + [(LINES,)] * 2 + [(LINES,)] + [(f"New {LINES}", LINES)]


def test_a_terminal_shows_a_pasted_line_break_as_one_and_keeps_the_words_by_a_control() -> None:
    """The TUI and ``actionplan list`` show text through ``printable``: a vertical tab or
    form feed is a line break (a space on one line), a tab or a separator a space; a
    control character dropped, or an escape sequence left open, takes no word with it."""
    assert printable(PASTED) == LINES
    assert printable(PASTED, one_line=True) == "Met on 1 Oct. 8 Oct: new starter in post"
    assert printable("tab\there, unit\x1fseparator") == "tab here, unit separator"
    assert printable("bell\x07 rang, \x1b]0;title\x07set") == "bell rang, set"
    assert printable("Done \x1b]see the minutes") == "Done ]see the minutes"
