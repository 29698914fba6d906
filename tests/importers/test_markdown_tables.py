"""A Markdown table pasted into Word as plain paragraphs is read as the table it marks up.

A team that keeps its action log on a wiki copies the page's Markdown source into a
board paper: each '| … |' line a paragraph, the '|---|' delimiter row under the header,
'##' headings, '**bold**' and '<br>' left as typed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.shared import Pt

from importers import ImportOptions, load
from importers.explain import explain_file
from importers.markdown import markdown_blocks

TODAY = ImportOptions(today=dt.date(2026, 12, 2))
HEADER = "| ID | Action | Owner | Due | Status | Update |"


def pasted(tmp_path: Path, lines: list[str]) -> Path:
    """A Word document of a title, then ``lines`` each a paragraph in Consolas, as pasted."""
    doc = Document()
    doc.add_paragraph("Digital Services Programme Board – 3 December 2026")
    for line in lines:
        run = doc.add_paragraph().add_run(line)
        run.font.name, run.font.size = "Consolas", Pt(9)
    path = tmp_path / "log.docx"
    doc.save(str(path))
    return path


LOG = [
    "## Workstream 1: Online payments",
    "",
    HEADER,
    "|----|:-------|-------|-----|--------|--------|",
    "| DS-01 | Move parking permit payments to GOV.UK Pay | Ellie Marsh | 2026-W50 "
    "| In progress | Test payments taken.<BR/>30/11/2026 – Go-live booked for week 50. |",
    "| DS-02 | Switch off the __old__ card payment pages | Ellie Marsh | 2027-W06 "
    "| **Blocked** | Waiting on the `payments` supplier. |",
    "",
    "## Workstream 2: Customer accounts",
    "",
    HEADER,
    "|---|---|---|---|---|---|",
    "| DS-03 | Publish the accessibility statement | Owen Carlisle | 2026-W45 | Done | |",
    "",
]


def test_a_pasted_markdown_log_imports_its_actions_under_its_headings(tmp_path: Path) -> None:
    (plan,) = load(pasted(tmp_path, LOG), TODAY).plans
    assert [(r.ref, r.text) for r in plan.recommendations] == [
        ("1", "Online payments"),
        ("2", "Customer accounts"),
    ]
    first, second = (a for r in plan.recommendations for a in r.actions if r.ref == "1")
    assert (first.ref, first.text, first.leads, first.status) == (
        "DS-01",
        "Move parking permit payments to GOV.UK Pay",
        ["Ellie Marsh"],
        "in_progress",
    )
    # '<br>' parts the cell's two entries: two updates, the second dated by its day
    assert [(u.date, u.text) for u in first.updates] == [
        (None, "Test payments taken."),
        (dt.date(2026, 11, 30), "30/11/2026 – Go-live booked for week 50."),
    ]
    # the marks are no words: '**Blocked**' is blocked, '__old__' and '`payments`' their text
    assert (second.text, second.status) == ("Switch off the old card payment pages", "blocked")
    assert [u.text for u in second.updates] == ["Waiting on the payments supplier."]
    (done,) = plan.recommendations[1].actions
    assert (done.ref, done.status) == ("DS-03", "done")


def test_an_iso_week_in_the_due_column_is_due_on_its_sunday(tmp_path: Path) -> None:
    (plan,) = load(pasted(tmp_path, LOG), TODAY).plans
    dues = {a.ref: (a.due, a.due_text) for r in plan.recommendations for a in r.actions}
    assert dues == {
        "DS-01": (dt.date(2026, 12, 13), "2026-W50"),
        "DS-02": (dt.date(2027, 2, 14), "2027-W06"),
        "DS-03": (dt.date(2026, 11, 8), "2026-W45"),  # 2 to 8 Nov
    }


def test_explain_says_the_tables_were_typed_as_markdown(tmp_path: Path) -> None:
    explained = explain_file(pasted(tmp_path, LOG), TODAY)
    assert explained[2] == (
        "  read: 2 tables typed as Markdown lines ('| … |'); 2 tables of 6 columns read as"
        " one; the header repeated at the top of 1 of them read once; the paragraph over each"
        " table heads its rows, the first table's too"
    )


def test_pipe_lines_with_no_delimiter_row_stay_paragraphs() -> None:
    lines = ["Costs | Benefits", "| a | b |", "## Not a heading without a table"]
    assert markdown_blocks(lines) == lines


def test_the_delimiter_row_and_marks_are_no_cells_and_br_parts_lines() -> None:
    lines = [
        "# Log",
        "| Ref | Action |",
        "| :-- | --: |",
        "| 1 | **Train** staff<br>then<br />review |",
        "| 2 | Pipe \\| kept |",
        "After the table",
    ]
    assert markdown_blocks(lines) == [
        "Log",
        [["Ref", "Action"], ["1", "Train staff\nthen\nreview"], ["2", "Pipe | kept"]],
        "After the table",
    ]
