"""A plan laid out as a pivot table and exported (Excel's PivotTable copied out, Power
BI's "Export data"): Excel writes "(blank)" for an empty value of a row field, and a
subtotal row under each group ("Rec 1 – … Total" | … | 4). Each rule on a small file
of its own, written by the test."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from importers.locate import _SUBTOTAL_ENDS, _SUBTOTAL_WORDS
from importers.pivots import pivot_blanks_emptied
from importers.read import Sheet
from tests.importers.test_import_rules import actions, plan_of, write

# Seen in hold-out 248: a youth justice plan kept as a pivot over the action list and
# exported to CSV. Written here in other words.

_HEADER = ["Theme", "Ref", "Action", "Lead", "Due", "Status", "RAG", "Update", "Count of Ref"]


def test_excels_blank_label_in_a_pivot_is_an_empty_cell(tmp_path: Path) -> None:
    rows = [
        _HEADER,
        ["Theme 1 – Safer streets", "1.1", "Light the underpass on Mill Lane.", "(blank)",
         "31/03/2027", "On track", "G", "Lamps ordered.", "1"],
        ["", "1.2", "Review the alley gating scheme.", "Community Safety Manager", "(blank)",
         "Not started", "(blank)", "(blank)", "1"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == [] and first.due == dt.date(2027, 3, 31)
    assert second.due is None and second.rag is None and second.updates == []
    assert "(blank)" not in {*first.fields.values(), *second.fields.values()}


def test_a_pivots_subtotal_row_is_a_note_not_an_action(tmp_path: Path) -> None:
    rows = [
        _HEADER,
        ["Theme 1 – Safer streets", "1.1", "Light the underpass on Mill Lane.", "Highways Lead",
         "31/03/2027", "On track", "G", "Lamps ordered.", "1"],
        ["", "1.2", "Review the alley gating scheme.", "Community Safety Manager", "30/06/2027",
         "Not started", "", "", "1"],
        ["Theme 1 – Safer streets Total", "", "", "", "", "", "", "", "2"],
        ["Theme 2 – Cleaner parks", "2.1", "Add bins at the three park gates.", "Parks Manager",
         "31/12/2026", "Complete", "B", "Bins in place.", "1"],
        ["Theme 2 – Cleaner parks Total", "", "", "", "", "", "", "", "1"],
        ["Grand Total", "", "", "", "", "", "", "", "3"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Safer streets"),
        ("2", "Cleaner parks"),
    ]
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "2.1"]
    assert "Theme 1 – Safer streets Total" in plan.notes


def test_blank_in_brackets_outside_a_pivot_is_the_authors_word() -> None:
    # a RAG key saying what an empty cell means (hold-out 241's pension fund plan)
    key = [
        ["Ref", "Action", "Lead", "RAG"],
        ["1.1", "Light the underpass on Mill Lane.", "Highways Lead", "G"],
        ["RAG key", "", "", ""],
        ["(blank)", "Not yet started", "", ""],
    ]  # fmt: skip
    assert pivot_blanks_emptied(Sheet("plan.csv", key)).grid[3][0] == "(blank)"
    pivot = [*key[:2], ["Grand Total", "", "", ""]]
    pivot[1][2] = "(blank)"
    assert pivot_blanks_emptied(Sheet("plan.csv", pivot)).grid[1][2] == ""


# Seen in hold-out 265: a council's adult social care plan sorted by quality statement and
# put through Excel's Data > Subtotal with Count, the statement on every row and each
# group's count under its Action column. Written here in other words.

_SUBTOTAL_HEADER = ["Quality statement", "Ref", "Action", "Lead officer", "Target date", "Status"]


def _subtotalled(label: str) -> list[list[str]]:
    """A plan put through Excel's Subtotal with the function whose ``label`` it writes."""
    return [
        _SUBTOTAL_HEADER,
        ["Assessing needs", "1.1", "Clear the assessment waiting list.", "Gemma Thorley",
         "31/03/2027", "In progress"],
        ["Assessing needs", "1.2", "Introduce a triage tool for urgent referrals.",
         "Gemma Thorley", "18/12/2026", "Complete"],
        [f"Assessing needs {label}", "", "2", "", "", ""],
        ["Safe systems and transitions", "2.1", "Write a transitions protocol from age 14.",
         "Sian Hebden", "15/01/2027", "Not started"],
        [f"Safe systems and transitions {label}", "", "1", "", "", ""],
        [f"Grand {label}", "", "3", "", "", ""],
    ]  # fmt: skip


def test_excels_subtotal_count_rows_are_notes_not_actions(tmp_path: Path) -> None:
    plan = plan_of(write(tmp_path, _subtotalled("Count")))
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "2.1"]
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Assessing needs"),
        ("2", "Safe systems and transitions"),
    ]
    assert "Assessing needs Count" in plan.notes and "Grand Count" in plan.notes


def test_every_function_excels_subtotal_writes_labels_a_note(tmp_path: Path) -> None:
    # Subtotal's functions and the word each writes after the group (Sum's is "Total")
    for label in ("Average", "Max", "Min", "Product", "StdDev", "StdDevp", "Var", "Varp"):
        folder = tmp_path / label
        folder.mkdir()
        plan = plan_of(write(folder, _subtotalled(label)))
        assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "2.1"], label
        assert f"Grand {label}" in plan.notes, label


def test_a_subtotal_word_ends_its_cell_in_one_of_the_characters_looked_for_first() -> None:
    # Each row's cells are passed over by their last character before their last word
    # is read: a word folding to a Subtotal function's ends in a character whose case
    # folding ends in that word's last letter (folding goes character by character),
    # or spaces follow it. Those are every such character, over every code point.
    last_letters = {word[-1] for word in _SUBTOTAL_WORDS}
    may_end = {
        ch
        for ch in map(chr, range(sys.maxunicode + 1))
        if ch.casefold()[-1:] in last_letters or ch.isspace()
    }
    assert may_end == _SUBTOTAL_ENDS
