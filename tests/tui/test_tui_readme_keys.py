"""The README's table of keys says what `?` says: every key the help shows on the action
list and in the weekly review is in the table, and the table shows no key the help lacks."""

from __future__ import annotations

import re
from pathlib import Path

from textual.pilot import Pilot

from tests.tui.test_tui_main import running, settle
from tui.app import ActionPlanApp
from tui.dialogs.help import HelpScreen

README = Path(__file__).resolve().parents[2] / "README.md"

# How the help draws a key (Textual's display) → how the README writes it
NAMED = {
    "pgup": "PgUp",
    "pgdn": "PgDn",
    "home": "Home",
    "end": "End",
    "⏎": "Enter",
    "esc": "Esc",
    "del": "Delete",
    "space": "Space",
    "f1": "F1",
}


def readme_spelling(shown: str) -> str:
    """ "Ctrl+Z" for "^z", "Alt+↑" for "alt+↑", "Enter" for "⏎", a letter as it is."""
    if shown.startswith("^"):
        return "Ctrl+" + shown[1:].upper()
    if shown.startswith("alt+"):
        return "Alt+" + shown[4:]
    return NAMED.get(shown, shown)


def table_keys() -> set[str]:
    """The keys in the first column of the README's "## Keys" table."""
    section = README.read_text(encoding="utf-8").split("\n## Keys\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][1:]  # no header
    keys: set[str] = set()
    for line in rows:
        cell = line.split(" | ", 1)[0].removeprefix("| ")
        keys.update(token.strip("`") for token in re.split(r"\s+", cell.strip()) if token)
    return keys


async def help_keys(pilot: Pilot[object], app: ActionPlanApp) -> set[str]:
    """The keys `?` lists over the screen on top, as the README spells them."""
    await pilot.press("question_mark")
    await settle(pilot)
    helper = app.screen
    assert isinstance(helper, HelpScreen)
    shown = {readme_spelling(key) for entry in helper.keys for key in entry.keys}
    await pilot.press("escape")
    await settle(pilot)
    return shown


async def test_the_readme_table_lists_the_keys_the_help_shows_and_no_other(db: Path) -> None:
    async with running(db) as (app, pilot):
        on_the_list = await help_keys(pilot, app)
        await pilot.press("w")
        await settle(pilot)
        assert type(app.screen).__name__ == "ReviewScreen"
        in_the_review = await help_keys(pilot, app)
    in_the_table = table_keys()
    assert {"u", "s", "r", "d", "w", "C", "x", "Enter", "Space"} <= in_the_table
    assert (on_the_list | in_the_review) - in_the_table == set(), "keys `?` shows, not in README"
    assert in_the_table - (on_the_list | in_the_review) == set(), "README keys `?` does not show"
