"""Dropping an action asks why, in the same dialog, optionally: `s x` asked for no
reason, and a programme manager records one ("superseded by SD4"). It is saved as the
update the papers print beside the dropped action, in the same edit (one undo)."""

from __future__ import annotations

from pathlib import Path

from reports import export
from store import Store
from tests.tui.test_tui_main import burst, running, settle
from tests.tui.test_tui_stray_keys import listen
from tui.dialogs.choice import StatusDialog


def status_and_notes(db: Path, ref: str = "1.1") -> tuple[str, list[str]]:
    with Store.open(db) as s:
        a = s.find_action(ref)
        return a.status, [u.text for u in s.extras([a.id])[a.id][1]]


async def test_dropping_asks_why_and_the_paper_prints_the_reason(db: Path) -> None:
    async with running(db) as (app, pilot):
        said = listen(app)
        await pilot.press("s", "x")
        await settle(pilot)
        assert isinstance(app.screen, StatusDialog)  # still open: it asks why
        assert "Dropped. Why? (optional: Enter alone skips)" in str(
            app.screen.query(".label").first().render()
        )
        await pilot.press(*"superseded by SD4", "enter")
        await settle(pilot)
        assert said[-1] == "1.1: status In progress → Dropped, RAG Red → none (superseded by SD4)"
    status, notes = status_and_notes(db)
    assert status == "dropped" and notes[-1] == "superseded by SD4"
    with Store.open(db) as s:
        md = export(s, "md", None, None).decode()
    line = next(x for x in md.splitlines() if x.startswith("| 1.1 |"))
    assert "| Dropped |" in line and "superseded by SD4" in line


async def test_enter_alone_drops_it_with_no_reason(db: Path) -> None:
    before = status_and_notes(db)[1]
    async with running(db) as (app, pilot):
        await pilot.press("s", "x", "enter")
        await settle(pilot)
    assert status_and_notes(db) == ("dropped", before)


async def test_the_reason_typed_at_once_is_the_reason_and_one_undo_takes_both(db: Path) -> None:
    before = status_and_notes(db)
    async with running(db) as (app, pilot):
        burst(app, ["s", "x", *"superseded by SD4", "enter"])
        await settle(pilot)
        assert status_and_notes(db) == ("dropped", [*before[1], "superseded by SD4"])
        await pilot.press("ctrl+z")
        await settle(pilot)
    assert status_and_notes(db) == before
