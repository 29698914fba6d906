"""What a re-import of next month's plan leaves in an action's detail: its history says
which of the plan's own columns changed, by name and value."""

from __future__ import annotations

from pathlib import Path

from importers import ImportOptions
from importers.apply import import_files
from store import Store
from tests.conftest import TODAY
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


def test_a_re_dating_says_the_field_that_keeps_the_old_date(tmp_path: Path) -> None:
    """A revised date moves the due date; the date first agreed stays as a field, and the
    history says so: it read "due … → …  fields: none → none"."""
    store = imported_twice(
        tmp_path,
        "1.1,Test the plan,Head of Resources,31/12/2026,40%,\n",
        "1.1,Test the plan,Head of Resources,31/12/2026,40%,31/03/2027\n",
    )
    assert history(store, "1.1")[0].endswith("due 31 Dec 2026 → 31 Mar 2027  Due 31/12/2026 added")


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
