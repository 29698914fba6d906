"""What a re-import of next month's plan leaves in an action's detail: its history says
which of the plan's own columns changed, by name and value."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from importers import ImportOptions
from importers.apply import import_files
from store import Store
from tests.conftest import TODAY
from tui.screens.workbench import imported_words
from tui.widgets.action_list import row_marks
from tui.widgets.detail import read_detail, render_detail

HEAD = "Ref,Action,Lead,Due,% complete,Revised date\n"


def imported_twice(tmp_path: Path, before: str, after: str) -> Store:
    """A store that imported ``before`` as plan.csv, then ``after`` under the same name."""
    store = Store.open(tmp_path / "plans.db")
    path = tmp_path / "plan.csv"
    for rows in (before, after):
        path.write_text(HEAD + rows)
        import_files(store, [path], ImportOptions(today=TODAY))
    return store


def history(store: Store, ref: str) -> list[str]:
    """The History lines of ``ref``'s detail, newest first, as the pane shows them."""
    action = store.find_action(ref)
    assert action is not None
    lines = [line.plain for line in render_detail(read_detail(store, action.id), TODAY)]
    return lines[lines.index("History") + 1 :]


def test_a_re_import_names_the_changed_field_and_its_values(tmp_path: Path) -> None:
    """It read "import plan.csv  fields: none → none" while the import's report said
    "% complete: '40%' → '70%'"."""
    store = imported_twice(
        tmp_path,
        "1.1,Test the plan,Head of Resources,31/12/2026,40%,\n",
        "1.1,Test the plan,Head of Resources,31/12/2026,70%,\n",
    )
    newest = history(store, "1.1")[0]
    assert newest.endswith("import plan.csv  % complete 40% → 70%")
    assert "none → none" not in "\n".join(history(store, "1.1"))


def test_a_re_dating_keeps_the_date_first_agreed_as_the_original_due(tmp_path: Path) -> None:
    """A revised date moves the due date; the date first agreed is the original due (the
    baseline), shown once, not also as a field: the history says only the move (it read
    "due … → …  fields: none → none", later "… Due 31/12/2026 added")."""
    store = imported_twice(
        tmp_path,
        "1.1,Test the plan,Head of Resources,31/12/2026,40%,\n",
        "1.1,Test the plan,Head of Resources,31/12/2026,40%,31/03/2027\n",
    )
    assert history(store, "1.1")[0].endswith("import plan.csv  due 31 Dec 2026 → 31 Mar 2027")
    action = store.find_action("1.1")
    assert action is not None
    shown = [line.plain for line in render_detail(read_detail(store, action.id), TODAY)]
    assert "Original due: 31 Dec 2026 → 31 Mar 2027 (+90 days), moved 1 time" in shown
    assert not any(line.startswith("Due 31/12/2026") for line in shown)


def test_an_update_opening_with_its_date_is_not_dated_twice(tmp_path: Path) -> None:
    """The pane showed "12 Nov 2026  12/11/2026 – reconciled"; the reports already print
    the text alone (reports.dated). A note whose text has no date keeps its stamp."""
    store = Store.open(tmp_path / "plans.db")
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead,Due,Comments\n"
        "1.1,Reconcile the list,Revenues Manager,31/01/2027,12/11/2026 – October reconciled\n"
    )
    import_files(store, [path], ImportOptions(today=TODAY))
    action = store.find_action("1.1")
    assert action is not None
    lines = [line.plain for line in render_detail(read_detail(store, action.id), TODAY)]
    assert lines[lines.index("Updates (1)") + 1] == "12/11/2026 – October reconciled"
    store.add_update(action.id, "Checked again", TODAY)
    lines = [line.plain for line in render_detail(read_detail(store, action.id), TODAY)]
    assert lines[lines.index("Updates (2)") + 1] == "24 Nov 2026  Checked again"


PROGRESS = (
    "Ref,Action,Lead,Due,Progress\n"
    '1.1,Audit discharge summaries,Kate Ellis,31/12/2026,"12/11/2026\nAudit of 30 complete."\n'
    '1.2,Roster triage nurses,Kate Ellis,31/12/2026,"October 2026\nRostered on 26 of 31 days."\n'
)


async def test_an_update_under_its_own_date_heading_shows_the_date_once(tmp_path: Path) -> None:
    """A plan's progress cell "12/11/2026" over its news showed "12 Nov 2026  12/11/2026",
    and "October 2026" over its news (dated the 31st) "31 Oct 2026  October 2026"; a
    day and month alone ("04/11 – …") kept the app's date beside it too. The text
    shows once, whole; the database keeps it exactly as imported."""
    from tests.tui.test_tui_main import screen_text, settle
    from tui import open_app

    store = Store.open(tmp_path / "plans.db")
    path = tmp_path / "plan.csv"
    path.write_text(PROGRESS)
    import_files(store, [path], ImportOptions(today=TODAY))
    roster = store.find_action("1.2")
    store.add_update(roster.id, "04/11 – Rota agreed with the ward", dt.date(2026, 11, 4))
    store.close()
    app = open_app(tmp_path / "plans.db")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        shown = screen_text(app)
        assert "12/11/2026" in shown and "Audit of 30 complete." in shown
        assert "12 Nov 2026" not in shown
        await pilot.press("j")
        await settle(pilot)
        shown = screen_text(app)
        assert "October 2026" in shown and "Rostered on 26 of 31 days." in shown
        assert "04/11 – Rota agreed with the ward" in shown
        assert "31 Oct 2026" not in shown and not re.search(r"\b4 Nov 2026", shown)
    store = Store.open(tmp_path / "plans.db")
    texts = [u.text for u in store.action_detail(store.find_action("1.1").id).updates]
    assert texts == ["12/11/2026\nAudit of 30 complete."]


PLAN_ROWS = (
    "1.1,Test the plan,Head of Resources,31/12/2026,40%,\n"
    "1.2,Publish the guide,Head of Quality,31/01/2027,0%,\n"
)


def test_an_action_missing_from_the_file_is_marked_in_the_detail_list_and_toast(
    tmp_path: Path,
) -> None:
    """1.2, left out of the second file, was said once by the import and then looked
    ordinary: the detail, the list's mark and the workbench's toast now say it."""
    store = Store.open(tmp_path / "plans.db")
    path = tmp_path / "plan.csv"
    path.write_text(HEAD + PLAN_ROWS)
    import_files(store, [path], ImportOptions(today=TODAY))
    path.write_text(HEAD + PLAN_ROWS.splitlines(True)[0])
    _, reports = import_files(store, [path], ImportOptions(today=TODAY))
    assert imported_words(path, reports) == (
        "Imported plan.csv: 0 new, 0 changed, 0 new updates, 1 missing (kept)"
    )
    action = store.find_action("1.2")
    lines = [line.plain for line in render_detail(read_detail(store, action.id), TODAY)]
    assert lines[2] == "Missing: not in plan.csv imported 24 Nov 2026 (kept)"
    assert history(store, "1.2")[0].endswith(
        "import plan.csv  not in plan.csv imported 24 Nov 2026"
    )
    assert "".join(s.text for s in row_marks(action)) == "? "
    assert "".join(s.text for s in row_marks(store.find_action("1.1"))) == "  "
