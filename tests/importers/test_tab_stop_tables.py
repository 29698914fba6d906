"""A plan typed in Word with tab stops instead of a table is read as the table it lines up.

A town clerk types the plan as paragraphs: a bold line of captions 'Ref<tab>Action<tab>By
whom<tab>By when<tab>Status' on tab stops, each action a line of tab-separated columns,
and an action too long for its column carried on in a paragraph of its own opened by a
tab, so that it lines up under the Action column.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.shared import Cm

from importers import ImportOptions, load
from importers.explain import explain_file
from importers.tab_stops import TabbedLine, tab_tables

TODAY = ImportOptions(today=dt.date(2026, 12, 2))
STOPS = (Cm(1.3), Cm(9.6), Cm(13.4), Cm(15.6))

TABBED = [
    ("Ref\tAction\tBy whom\tBy when\tStatus", True),
    ("1.\tStanding orders have not been reviewed since 2021.", True),
    (
        "1.1\tAdopt the latest NALC model standing orders\tTown Clerk\t31/01/2027\tIn progress",
        False,
    ),
    ("\tand model financial regulations.", False),
    ("1.2\tReview both documents each May at the\tTown Clerk\t31/05/2027\tNot started", False),
    ("\tannual meeting.", False),
    ("2.\tThe asset register misses the play equipment.", True),
    ("2.1\tAdd the play equipment to the register.\tDeputy Clerk\t31/12/2026\tDone", False),
]


def typed(tmp_path: Path, lines: list[tuple[str, bool]]) -> Path:
    """A Word document of a title, ``lines`` each a paragraph on the tab stops (bold or
    not), and a closing line."""
    doc = Document()
    doc.add_paragraph("Wexcombe Town Council", style="Title")
    doc.add_paragraph("Internal audit report 2025/26 – action plan")
    for text, bold in lines:
        on_stops(doc, text).bold = bold
    doc.add_paragraph("Prepared by the Town Clerk, 12 November 2026.")
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


def on_stops(doc: Any, text: str, style: str | None = None, stops: bool = True) -> Any:
    """A paragraph of ``text`` in ``style``, on the plan's tab stops (or Word's default
    ones, every 1.27 cm), and the run holding its words."""
    para = doc.add_paragraph(style=style)
    for stop in STOPS if stops else ():
        para.paragraph_format.tab_stops.add_tab_stop(stop)
    return para.add_run(text)


def test_tabbed_lines_import_as_actions_with_their_carried_on_wording(tmp_path: Path) -> None:
    (plan,) = load(typed(tmp_path, TABBED), TODAY).plans
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Standing orders have not been reviewed since 2021."),
        ("2", "The asset register misses the play equipment."),
    ]
    actions = [a for r in plan.recommendations for a in r.actions]
    assert [(a.ref, a.text, a.leads, a.due, a.status) for a in actions] == [
        (
            "1.1",
            # the line opened by a tab is the rest of the action, joined with a space
            "Adopt the latest NALC model standing orders and model financial regulations.",
            ["Town Clerk"],
            dt.date(2027, 1, 31),
            "in_progress",
        ),
        (
            "1.2",
            "Review both documents each May at the annual meeting.",
            ["Town Clerk"],
            dt.date(2027, 5, 31),
            "not_started",
        ),
        (
            "2.1",
            "Add the play equipment to the register.",
            ["Deputy Clerk"],
            dt.date(2026, 12, 31),
            "done",
        ),
    ]


def test_explain_says_the_table_was_typed_with_tab_stops(tmp_path: Path) -> None:
    explained = "\n".join(explain_file(typed(tmp_path, TABBED), TODAY))
    assert "1 table typed with tab stops" in explained


def test_a_stray_tab_in_prose_leaves_a_word_table_plan_as_it_was(tmp_path: Path) -> None:
    doc = Document()
    doc.add_paragraph("Date:\t12 November 2026\tAuthor:\tTown Clerk")
    doc.add_paragraph("The council agreed\tthe plan below\tat its meeting.")
    table = doc.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ["Ref", "Action", "Lead", "Due"], strict=True):
        cell.text = text
    row = ["1.1", "Review the standing orders.", "Town Clerk", "31/01/2027"]
    for cell, text in zip(table.rows[1].cells, row, strict=True):
        cell.text = text
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    (plan,) = load(path, TODAY).plans
    (action,) = [a for r in plan.recommendations for a in r.actions]
    assert (action.ref, action.text, action.leads) == (
        "1.1",
        "Review the standing orders.",
        ["Town Clerk"],
    )


def imported(path: Path) -> tuple[list[tuple[str, str, list[str]]], str]:
    """(ref, text, leads) of each action imported, and the plan's notes."""
    (plan,) = load(path, TODAY).plans
    actions = [(a.ref, a.text, a.leads) for r in plan.recommendations for a in r.actions]
    return actions, plan.notes


AS_TYPED = [
    (
        "1.1",
        "Adopt the latest NALC model standing orders and model financial regulations.",
        ["Town Clerk"],
    ),
    ("1.2", "Review both documents each May at the annual meeting.", ["Town Clerk"]),
    ("2.1", "Add the play equipment to the register.", ["Deputy Clerk"]),
]


@pytest.mark.parametrize(
    "note",
    [
        # indented by a tab, running on past the Action column's stop to the margin
        "\tThe council will review this plan at its meeting on 9 March 2027, with the auditor.",
        # a sentence of its own under the last action's, which ended its sentence
        "\tSee the auditor's letter at Appendix A.",
        # one tab in a sentence: its first words run past the Ref column's stop
        "The council agreed\tthis plan at its meeting on 19 November 2026.",
    ],
)
def test_a_paragraph_with_a_tab_after_the_table_is_a_note_not_the_last_actions_words(
    tmp_path: Path, note: str
) -> None:
    actions, notes = imported(typed(tmp_path, [*TABBED, (note, False)]))
    assert actions == AS_TYPED  # the last action's text as typed, no action more
    assert note.replace("\t", " ").strip() in notes  # the paragraph kept with the plan


@pytest.mark.parametrize(
    "sign_off",
    [
        ["Signed:\tJane Doe\tDate:\t12/10/2026"],
        ["Approved by\tFull Council\t\t19/11/2026"],
        # the sign-off, then a note indented under its name
        ["Signed:\tJane Doe\tDate:\t12/10/2026", "\tTown Clerk and Responsible Financial Officer"],
    ],
)
def test_a_sign_off_line_after_the_table_is_a_note_not_an_action(
    tmp_path: Path, sign_off: list[str]
) -> None:
    actions, notes = imported(typed(tmp_path, [*TABBED, *[(line, False) for line in sign_off]]))
    assert actions == AS_TYPED
    for line in sign_off:
        assert " ".join(line.replace("\t", " ").split()) in " ".join(notes.split())


def test_an_action_carried_on_after_a_full_stop_is_still_one_action(tmp_path: Path) -> None:
    # words broken to fit the column, even after a sentence ended, while rows follow
    wrapped = [
        *TABBED[:2],
        ("1.1\tAdopt the NALC model standing orders.\tTown Clerk\t31/01/2027\tIn progress", False),
        ("\tThen the model financial regulations.", False),
        *TABBED[4:],
    ]
    actions, _ = imported(typed(tmp_path, wrapped))
    assert (
        actions[0][1]
        == "Adopt the NALC model standing orders. Then the model financial regulations."
    )


def lines(*texts: str) -> list[str]:
    """Paragraphs as the Word reader hands them on: each holding a tab with its columns."""
    return [TabbedLine.of(t.replace("\t", " "), t.split("\t")) if "\t" in t else t for t in texts]


def test_tabbed_prose_with_no_captions_over_it_stays_paragraphs() -> None:
    prose = lines(
        "Date:\t12 November 2026\tAuthor:\tTown Clerk",
        "Present:\tCllr Pike\tCllr Dean\tCllr Okafor",
        "Apologies:\tCllr Hale\tCllr Moss\tCllr Reid",
    )
    read = tab_tables(prose)
    assert read == [p.replace("\t", " ") for p in prose]
    assert not any(isinstance(block, TabbedLine) for block in read)


def test_a_caption_line_with_one_row_under_it_stays_paragraphs() -> None:
    assert tab_tables(lines("Ref\tAction\tLead", "1\tReview the register\tClerk", "Done.")) == [
        "Ref Action Lead",
        "1 Review the register Clerk",
        "Done.",
    ]


def test_a_line_opened_by_tabs_carries_on_the_column_it_lines_up_under() -> None:
    typed = lines(
        "Ref\tAction\tLead\tDue",
        "1.1\tReview the\tTown\t31/01/2027",
        "\tregister\tClerk",
        "1.2\tPublish it\tDeputy Clerk\t28/02/2027",
        "\t\t\t",
        "After the table",
    )
    assert tab_tables(typed) == [
        [
            ["Ref", "Action", "Lead", "Due"],
            ["1.1", "Review the register", "Town Clerk", "31/01/2027"],
            ["1.2", "Publish it", "Deputy Clerk", "28/02/2027"],
        ],
        "After the table",
    ]


def test_a_line_with_no_ref_giving_its_own_day_is_an_action_not_words_carried_on() -> None:
    # actions numbered only by their recommendation, the second's status not yet typed:
    # a lead and a day of its own under the row above's is another action
    typed = lines(
        "Recommendation\tAction\tBy whom\tBy when\tStatus",
        "1. Standing orders\tAdopt NALC model standing orders\tTown Clerk\t31/01/2027\tOpen",
        "\tAdopt model financial regulations\tRFO\t28/02/2027\t",
        "\t\t\tRevised 31/03/2027",
        "2. Assets\tAdd the play equipment\tDeputy Clerk\t31/12/2026\tDone",
    )
    assert tab_tables(typed) == [
        [
            ["Recommendation", "Action", "By whom", "By when", "Status"],
            [
                "1. Standing orders",
                "Adopt NALC model standing orders",
                "Town Clerk",
                "31/01/2027",
                "Open",
            ],
            ["", "Adopt model financial regulations", "RFO", "28/02/2027 Revised 31/03/2027", ""],
            ["2. Assets", "Add the play equipment", "Deputy Clerk", "31/12/2026", "Done"],
        ]
    ]


# The plan with its last action's wording ending in no full stop, as many clerks type it.
UNSTOPPED = [
    *TABBED[:-1],
    ("2.1\tAdd the play equipment to the register\tDeputy Clerk\t31/12/2026\tDone", False),
]


@pytest.mark.parametrize(
    "note",
    [
        # a sentence opened by the words a note opens with: a cross-reference, a note's
        # label, its source, who prepared the plan
        "\tSee the auditor's letter at Appendix A.",
        "\tNote: the council will review this plan in March.",
        "\tSource: internal audit report 2025/26.",
        "\tPrepared by the Responsible Financial Officer.",
    ],
)
def test_a_note_after_an_action_ending_in_no_full_stop_is_a_note(tmp_path: Path, note: str) -> None:
    actions, notes = imported(typed(tmp_path, [*UNSTOPPED, (note, False)]))
    assert actions[-1] == ("2.1", "Add the play equipment to the register", ["Deputy Clerk"])
    assert note.strip() in notes


def laid_out(tmp_path: Path, line: str, style: str | None, stops: bool) -> Path:
    """The plan ending in no full stop, and a closing ``line`` typed in ``style`` on the
    plan's tab stops or Word's default ones."""
    doc = Document()
    doc.add_paragraph("Wexcombe Town Council", style="Title")
    for text, bold in UNSTOPPED:
        on_stops(doc, text).bold = bold
    on_stops(doc, line, style, stops)
    path = tmp_path / "plan.docx"
    doc.save(str(path))
    return path


NOTE = "\tThe plan is reviewed each quarter."


@pytest.mark.parametrize(
    ("style", "stops"),
    [
        ("Body Text", True),  # a style of its own, not the rows'
        (None, False),  # on Word's default tab stops: its tab lines up under no column
    ],
)
def test_a_tabbed_line_laid_out_unlike_the_rows_after_them_is_a_note(
    tmp_path: Path, style: str | None, stops: bool
) -> None:
    actions, notes = imported(laid_out(tmp_path, NOTE, style, stops))
    assert actions[-1] == ("2.1", "Add the play equipment to the register", ["Deputy Clerk"])
    assert NOTE.strip() in notes


def test_an_action_carried_on_in_the_rows_layout_keeps_its_words(tmp_path: Path) -> None:
    # typed as the rows are (Enter in the row keeps its style and stops): the wording
    # broken to fit, whatever word opens its next line
    actions, _ = imported(laid_out(tmp_path, "\tTown Clerk's office copy.", None, True))
    assert actions[-1][1] == "Add the play equipment to the register Town Clerk's office copy."


def test_a_blank_paragraph_ends_the_table_before_a_tabbed_note(tmp_path: Path) -> None:
    note = "\tThe plan is reviewed each quarter."
    actions, notes = imported(typed(tmp_path, [*UNSTOPPED, ("", False), (note, False)]))
    assert actions[-1][1] == "Add the play equipment to the register"
    assert note.strip() in notes
