"""`i` on a lead's reply to an update request: the TUI merges it as the CLI does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from actionplan.cli import main
from tests.cli.test_cli_chase import BOOK, fill
from tests.tui.test_tui_main import screen_text, settle
from tests.tui.test_tui_trust import running, toasts
from tui.dialogs.reply import ReplyDialog


@pytest.fixture
def pack(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Marina Kitchen's pack, as `actionplan chase --lead mar` writes it."""
    assert main(["chase", "--db", str(db), "--lead", "mar", "-o", str(tmp_path)]) == 0
    capsys.readouterr()
    return tmp_path / BOOK


def status_and_updates(db: Path, ref: str) -> tuple[str, list[str]]:
    with sqlite3.connect(db) as conn:
        (status,) = conn.execute("SELECT status FROM actions WHERE ref = ?", (ref,)).fetchone()
        texts = conn.execute(
            "SELECT u.text FROM updates u JOIN actions a ON a.id = u.action_id"
            " WHERE a.ref = ? ORDER BY u.id",
            (ref,),
        ).fetchall()
    return status, [t for (t,) in texts]


async def test_i_on_a_reply_shows_what_it_does_and_enter_merges_it(
    db: Path, pack: Path, tmp_path: Path
) -> None:
    """`i` on a filled pack said "Cannot read the file: … merge it with: actionplan
    import …". It shows the reply's lines as the CLI prints them; Enter merges."""
    reply = fill(pack, tmp_path / "reply.xlsx", {"H6": "Done", "K6": "Strategy signed off"})
    async with running(db) as (app, pilot):
        await pilot.press("i", *str(reply), "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReplyDialog)
        shown = screen_text(app)
        assert "Reply of Marina Kitchen to the pack of 24 Nov 2026" in shown
        assert "1.1: status In progress → Done" in shown
        assert status_and_updates(db, "1.1")[0] == "in_progress"  # nothing written yet
        await pilot.press("enter")
        await settle(pilot)
        assert any(t.startswith("Merged the reply of Marina Kitchen") for t in toasts(app))
    status, updates = status_and_updates(db, "1.1")
    assert status == "done"
    assert updates[-1] == "Marina Kitchen: Strategy signed off"


async def test_a_conflict_is_shown_and_t_takes_the_replys_value(
    db: Path, pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["update", "1.1", "--status", "blocked", "--db", str(db)]) == 0
    capsys.readouterr()
    reply = fill(pack, tmp_path / "reply.xlsx", {"H6": "Done", "K6": "Nearly there"})
    async with running(db) as (app, pilot):
        await pilot.press("i", *str(reply), "enter")
        await settle(pilot)
        shown = " ".join(screen_text(app).split())
        assert "CONFLICT status: in the pack In progress, now Blocked, reply Done" in shown
        assert "t merges taking the reply's value in each" in shown
        await pilot.press("t")
        await settle(pilot)
    assert status_and_updates(db, "1.1")[0] == "done"


async def test_esc_on_a_reply_merges_nothing(db: Path, pack: Path, tmp_path: Path) -> None:
    reply = fill(pack, tmp_path / "reply.xlsx", {"H6": "Done"})
    async with running(db) as (app, pilot):
        await pilot.press("i", *str(reply), "enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
    assert status_and_updates(db, "1.1")[0] == "in_progress"
