"""Faults a programme manager met in the last user check: the text on screen, the row saved."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from actionplan.demo import write_demo_database
from store import Store
from store.clock import back_dated
from tests.conftest import small_plan
from tests.tui.test_tui_main import detail_text, running, screen_text, settle
from tui import open_app, typeahead
from tui.dialogs.text import NoteDialog

CHASED = "Chased the panel for the consent section and the Mosaic team for a build date"


def _after_heading(detail: str, heading: str) -> list[str]:
    """The lines under ``heading`` in the detail, up to the next blank line."""
    lines = detail.splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith(heading)) + 1
    end = next((n for n in range(start, len(lines)) if not lines[n].strip()), len(lines))
    return lines[start:end]


async def test_the_updates_and_history_texts_start_in_one_column_whatever_the_day(
    db_path: Path,
) -> None:
    """'1 Sep 2026  Mosaic…' under '12 Nov 2026  Chased…' began one column left of it:
    the day is right-aligned, so every text of Updates and History starts in one column."""
    with back_dated(dt.date(2026, 9, 1)):
        s = Store.open(db_path)
        s.merge_plans([small_plan()], "import plan.csv")
    with back_dated(dt.date(2026, 11, 12)):
        s.add_update(s.find_action("1.1").id, CHASED)
    s.close()
    async with running(db_path) as (app, _):
        detail = detail_text(app)
    updates = _after_heading(detail, "Updates (")
    history = _after_heading(detail, "History")
    assert updates[0].startswith("12 Nov 2026  Chased"), updates
    assert updates[-1].startswith(" 1 Sep 2026  Mosaic form drafted"), updates
    assert history[0].startswith("12 Nov 2026  update added"), history
    assert history[-1].startswith(" 1 Sep 2026  "), history
    assert history[-1][13] != " ", history  # the text starts where the others' do


async def test_the_update_dialog_says_the_day_the_update_carries_and_saves_that_day(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`u` said "Progress update for 1.1" and not for which day: the update is dated
    today (ACTIONPLAN_TODAY in a demo). The dialog says the day, and the update carries
    that day even when midnight passes before Enter."""
    async with running(db) as (app, pilot):
        await pilot.press("u")
        await settle(pilot)
        assert isinstance(app.screen, NoteDialog)
        shown = screen_text(app)
        monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-11-25")
        await pilot.press(*"Met the panel", "enter")
        await settle(pilot)
    assert "Progress update for 1.1, dated 24 Nov 2026 (today)" in shown
    with sqlite3.connect(db) as conn:
        dated = conn.execute("SELECT date FROM updates WHERE text = 'Met the panel'").fetchone()
    assert dated == ("2026-11-24",)


async def test_the_updates_to_correct_use_the_width_the_list_has_at_80_columns(db: Path) -> None:
    """`U` cut each update at 50 cells where the list had ~66 free at 80 columns: the
    text runs to the list's edge, cut there with "…"."""
    s = Store.open(db)
    s.add_update(s.find_action("1.1").id, CHASED, dt.date(2026, 11, 12))
    s.close()
    app = open_app(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("U")
        await settle(pilot)
        listed = [
            line[line.index("▊") + 1 : line.index("▎")]
            for line in screen_text(app).splitlines()
            if "▊" in line and "▎" in line
        ]
    row = next(line for line in listed if "Chased" in line)
    shown = row.split("  ", 1)[1].strip()
    assert shown.endswith("…") and CHASED.startswith(shown[:-1].rstrip()), row
    assert len(shown) > 50 and len(row) - len(row.rstrip()) <= 1, row  # to the list's edge


async def test_a_first_date_given_with_a_reason_is_labelled_as_a_first_date(db: Path) -> None:
    """2.1 'Ongoing' given its first date with a reason read "Why moved: …", though
    nothing moved: it reads "Why dated: …", as the papers say "first dated … — …"."""
    reason = "Date set once the audit team confirmed its rota"
    async with running(db) as (app, pilot):
        await pilot.press("colon", *"2.1", "enter")
        await settle(pilot)
        await pilot.press("d", "ctrl+u", *"31/3/27", "tab", *reason, "enter")
        await settle(pilot)
        detail = detail_text(app)
    assert f"Why dated: {reason}" in detail
    assert "Why moved" not in detail


async def test_a_moved_date_keeps_its_why_moved(db: Path) -> None:
    reason = "Awaiting the new finance system go-live"
    async with running(db) as (app, pilot):
        await pilot.press("d", "ctrl+u", *"31/1/27", "tab", *reason, "enter")
        await settle(pilot)
        detail = detail_text(app)
    assert f"Why moved: {reason}" in detail
    assert "Why dated" not in detail


async def test_an_action_s_creation_reads_as_one_phrase_in_its_history(db_path: Path) -> None:
    """The demo's first history line read "demo plan  created" (two spaces): the edit's
    label and its change side by side. A creation says where it came from in one phrase:
    "imported from plan.csv", "added", "created (demo plan)"."""
    write_demo_database(db_path)
    async with running(db_path) as (app, pilot):
        demo = _after_heading(detail_text(app), "History")[-1]
        await pilot.press("a", *"Map the referral routes", "ctrl+s")
        await settle(pilot)
        added = _after_heading(detail_text(app), "History")[-1]
    assert demo.split("  ", 1)[1].strip() == "created (demo plan)", demo
    assert added.split("  ", 1)[1].strip() == "added", added


async def test_an_imported_action_s_history_names_its_file(db_path: Path) -> None:
    s = Store.open(db_path)
    s.merge_plans([small_plan()], "import plan.csv")
    s.close()
    async with running(db_path) as (app, _):
        created = _after_heading(detail_text(app), "History")[-1]
    assert created.split("  ", 1)[1].strip() == "imported from plan.csv", created


async def test_a_stray_key_at_replace_it_leaves_the_question_and_says_which_keys_answer(
    db: Path, tmp_path: Path
) -> None:
    """At export, "plan.json exists … Replace it?" took any key but y and Esc for no: a
    key pressed by mistake (a "k" meant for the list) answered it unread. The question
    stays and says which keys answer it; the file is kept until "y"."""
    from tests.tui.test_tui_trust import export_json_to
    from tui.dialogs.choice import ChoiceDialog
    from tui.dialogs.export_dialog import ExportDialog

    target = tmp_path / "plan.json"
    target.write_text("keep me")
    async with running(db) as (app, pilot):
        await export_json_to(pilot, target)
        await pilot.press("k")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)  # still asking
        shown = screen_text(app)
        await pilot.pause(typeahead.BURST_GAP)  # reading the question again
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog) or '"title"' in target.read_text()
    assert "'k' does not answer: press y (replace the file) or n (keep it); Esc: keep it" in shown
    assert '"title": "Test plan"' in target.read_text()


async def test_a_word_typed_at_replace_it_never_answers_it(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "my" typed at the question: "m" answers nothing, and the "y" typed on with it is
    the rest of the word, not a yes: the file is kept, Esc closes the question."""
    from tests.tui.test_tui_trust import export_json_to
    from tui.dialogs.choice import ChoiceDialog

    target = tmp_path / "plan.json"
    target.write_text("keep me")
    async with running(db) as (app, pilot):
        await export_json_to(pilot, target)
        monkeypatch.setattr(typeahead, "BURST_GAP", 5.0)  # a slow machine: still one burst
        await pilot.press(*"my")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ChoiceDialog)
    assert target.read_text() == "keep me"


async def test_due_soon_reads_weeks_and_keeps_a_word_it_cannot_read_to_correct(
    db: Path,
) -> None:
    """'n' then "two weeks" Enter closed the dialog with a toast "Type a number of days":
    what was typed gone, no filter. "3 weeks" reads as 21 days; "two weeks" keeps the
    dialog open holding it, and the line under it says what to type."""
    from textual.widgets import Input

    from tui.dialogs.text import TextDialog

    async with running(db) as (app, pilot):
        await pilot.press("n", *"3 weeks", "enter")
        await settle(pilot)
        assert "Filters: due within 21 days" in screen_text(app)
        await pilot.press("n", *"two weeks", "enter")
        await settle(pilot)
        assert isinstance(app.screen, TextDialog)
        assert app.screen.query_one(Input).value == "two weeks"
        assert "“two weeks” is not a number of days: type one (14), or weeks (2 weeks)" in (
            screen_text(app)
        )


async def test_the_due_line_writes_the_day_as_the_line_under_it_does(db: Path) -> None:
    """8.3 read "Due: Wed 09 Dec 2026" over "Original due: 31 Oct 2026 → 9 Dec 2026":
    one day written two ways. The due line writes it as every other line, "9 Dec 2026"."""
    async with running(db) as (app, pilot):
        await pilot.press("d", "ctrl+u", *"9/12/2026", "enter")
        await settle(pilot)
        detail = detail_text(app)
    assert "Due: Wed 9 Dec 2026" in detail
    assert "Original due: 31 Oct 2026 → 9 Dec 2026" in detail


async def test_a_lead_opened_from_overdue_by_lead_shows_their_overdue_actions(db: Path) -> None:
    """The dashboard's "Overdue by lead": Enter on "Marina Kitchen 1" showed all her
    actions, the overdue one among them, "overdue only" off. It opens the list as the
    row counts it: the actions she leads, overdue only ("lead: Marina Kitchen":
    test_tui_user_check_ux35.py)."""
    from tests.tui.test_tui_main import bar_text, refs

    async with running(db) as (app, pilot):
        await pilot.press("D")
        await settle(pilot)
        app.screen.query_one("#dash-leads").focus()
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "lead: Marina Kitchen" in bar_text(app) and "overdue only" in bar_text(app)
        assert refs(app) == ["1.1"]


async def test_enter_on_a_person_nobody_matches_says_so(db: Path) -> None:
    """`f`, "zzz", Enter: the list was empty and Enter did nothing, unsaid. The line under
    the list says nothing matches and how to go on; the dialog stays for a correction."""
    from tui.dialogs.picker import PickerDialog

    async with running(db) as (app, pilot):
        await pilot.press("f")
        await settle(pilot)
        await pilot.press(*"zzz", "enter")
        await settle(pilot)
        assert isinstance(app.screen, PickerDialog)
        assert "Nothing matches “zzz”: Backspace to widen, Esc cancels" in screen_text(app)
