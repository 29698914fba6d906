"""The detail pane shows a re-dated action's original deadline and its history in words."""

from __future__ import annotations

import datetime as dt

from store import Store
from tests.conftest import TODAY
from tui.widgets.detail import read_detail, render_detail


def test_detail_shows_original_and_revised_deadline_and_history_in_words(store: Store) -> None:
    action_id = store.find_action("1.1").id
    store.set_due(action_id, dt.date(2026, 12, 16), "16 Dec 2026", "day")
    store.set_status(action_id, "blocked")
    shown = "\n".join(line.plain for line in render_detail(store.action_detail(action_id), TODAY))
    assert "Original due: 31 Oct 2026 → 16 Dec 2026 (+46 days), moved 1 time" in shown
    assert "due 31 Oct 2026 → 16 Dec 2026" in shown
    assert "status In progress → Blocked" in shown
    assert "2026-12-16" not in shown and "in_progress" not in shown


def _detail(store: Store, action_id: int) -> list[str]:
    return [line.plain for line in render_detail(read_detail(store, action_id), TODAY)]


def test_a_deadline_moved_twice_is_one_statement_with_every_date(store: Store) -> None:
    """One line says where the deadline went, in order, with the slippage and the count;
    no second list of "earlier deadline" lines repeats it."""
    action_id = store.find_action("1.1").id
    store.set_due(action_id, dt.date(2026, 11, 30), "30 Nov 2026", "day")
    store.set_due(action_id, dt.date(2026, 12, 16), "16 Dec 2026", "day")
    shown = _detail(store, action_id)
    above_history = shown[: shown.index("History")]
    assert [line for line in above_history if "31 Oct 2026" in line] == [
        "Original due: 31 Oct 2026 → 30 Nov 2026 → 16 Dec 2026 (+46 days), moved 2 times"
    ]
    assert not any("earlier deadline" in line for line in shown)
    assert "24 Nov 2026  due 31 Oct 2026 → 30 Nov 2026" in shown  # history keeps each


def test_a_deadline_moved_back_to_the_original_says_so(store: Store) -> None:
    action_id = store.find_action("1.1").id
    store.set_due(action_id, dt.date(2026, 11, 30), "30 Nov 2026", "day")
    store.set_due(action_id, dt.date(2026, 10, 31), "October 2026", "month")
    assert (
        "Original due: 31 Oct 2026 → 30 Nov 2026 → 31 Oct 2026 (back to the original),"
        " moved 2 times" in _detail(store, action_id)
    )


def test_an_action_never_re_dated_has_no_original_due_line(store: Store) -> None:
    shown = _detail(store, store.find_action("1.1").id)
    assert not any(line.startswith("Original due") for line in shown)


def test_a_workbook_date_cell_has_no_wording_as_written(workbook_store: Store) -> None:
    """A real date cell (31/03/2027 in Excel) has no words of its own beyond the date:
    the detail says the date, not "(as written: 2027-03-31)"."""
    shown = _detail(workbook_store, workbook_store.find_action("1.1").id)
    assert "Due: Wed 31 Mar 2027" in shown
    assert not [line for line in shown if "2027-03-31" in line or "as written: " in line]


def test_a_rating_changed_since_the_import_is_not_shown_as_written(
    workbook_store: Store,
) -> None:
    """Imported "On track" / "A", then set Blocked and Red: the pane never says
    "RAG: Red" beside "RAG (as written): A"; the cells are kept, as imported, with
    what they were read as. An action left alone keeps its wording as written."""
    action_id = workbook_store.find_action("1.1").id
    workbook_store.set_rag(action_id, "red")
    workbook_store.set_status(action_id, "blocked")
    shown = _detail(workbook_store, action_id)
    assert "RAG: Red" in shown and "Status: Blocked" in shown
    assert "RAG (as imported): A (Amber)" in shown
    assert "Status (as imported): On track (In progress)" in shown
    assert not [line for line in shown if "(as written)" in line]
    other = _detail(workbook_store, workbook_store.find_action("1.2").id)
    assert "RAG (as written): R" in other and "Status (as written): At risk" in other
    workbook_store.set_rag(action_id, "amber")  # back to what the cell said
    shown = _detail(workbook_store, action_id)
    assert "RAG (as written): A" in shown
    assert "Status (as imported): On track (In progress)" in shown


def test_history_says_each_edit_once_and_which_update_was_added(store: Store) -> None:
    """A RAG edit read "RAG Red  RAG Amber → Red" (the new value twice) and a note
    "update  update added" (not which): now "RAG Amber → Red" and "update added:" with
    the note's first words."""
    action_id = store.find_action("2.2").id
    store.add_update(action_id, "Peer reviewer named from the regional network; visit in January")
    store.set_rag(action_id, "red")
    shown = _detail(store, action_id)
    history = shown[shown.index("History") + 1 :]
    assert history[:2] == [
        "24 Nov 2026  RAG Amber → Red",
        "24 Nov 2026  update added: Peer reviewer named from the regional…",
    ]
