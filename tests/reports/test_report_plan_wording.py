"""The plan's own wording on the papers: its label for a recommendation ("Area of
weakness 1", kept in the CSV and JSON) and its title lines and key, which a reader
needs beside a rating printed as written ("RAG (as written): B")."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from reports import export
from reports.paper import rec_label
from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc

KEY = "RAG: R = off track, A = at risk, G = on track, B = complete"


def _store(db_path: Path) -> Store:
    rec = RecommendationDoc(
        ref="1",
        text="Timeliness of EHC plans",
        fields={"Heading": "Area of weakness 1: Timeliness of EHC plans"},
        actions=[
            ActionDoc(ref="1.1", text="Issue plans in 20 weeks", status="done",
                      fields={"RAG (as written)": "B"}),
        ],
    )  # fmt: skip
    plain = RecommendationDoc(
        ref="2", text="Joint commissioning", actions=[ActionDoc(ref="2.1", text="Agree it")]
    )
    notes = f"Following the area SEND inspection, June 2026\n{KEY}"
    doc = PlanDoc(title="SEND plan", notes=notes, recommendations=[rec, plain])
    s = Store.open(db_path)
    s.merge_plans([doc], "test")
    return s


def test_the_papers_use_the_plans_label_and_print_its_key(db_path: Path) -> None:
    store = _store(db_path)
    paper = Document(io.BytesIO(export(store, "docx", "SEND plan")))
    text = [p.text for p in paper.paragraphs]
    following = "Following the area SEND inspection, June 2026"
    assert text[3:5] == [f"From the imported file: {following}", KEY]
    assert "Area of weakness 1: Timeliness of EHC plans" in text
    assert "Recommendation 2: Joint commissioning" in text  # no label of its own: ours
    # a BRAG plan: its done action is Blue in the RAG column (the key says what B is),
    # so its kept cell "B" says no more and is left off
    cells = [c.text for c in paper.tables[-2].rows[1].cells]
    assert "Blue" in cells and "RAG (as written): B" not in cells[1]
    md = export(store, "md", "SEND plan").decode()
    assert f"\n{KEY}\n" in md and "\n## Area of weakness 1\n" in md
    assert "\n## Recommendation 2\n" in md
    html = export(store, "html", "SEND plan").decode()
    assert f'<p class="muted">{KEY}</p>' in html and "<h3>Area of weakness 1</h3>" in html


def test_a_heading_whose_words_hold_no_ref_is_no_label(db_path: Path) -> None:
    """A heading that is not the label, the ref and the words ("Theme: Timeliness …",
    no ref in it) leaves the paper's own "Recommendation 1"."""
    store = _store(db_path)
    rec = store.recommendations(store.plans()[0].id)[0]
    assert rec_label(rec) == "Area of weakness 1"
    other = dataclasses.replace(rec, fields={"Heading": "Theme: Timeliness of EHC plans"})
    assert rec_label(other) == "Recommendation 1"


AS_AT = "As at 30 November 2026"  # the imported workbook's title row, not the paper's date


def test_the_imported_files_lines_are_labelled_so_never_the_papers_own_date(
    db_path: Path,
) -> None:
    """A title row of the imported file ("As at 30 November 2026") under the paper's own
    "Progress report, 5 December 2026" would read as a second, older date for the paper:
    each paper and the workbook's summary say it is the file's."""
    doc = PlanDoc(title="Fire plan", notes=f"{AS_AT}\nCover:\nNorthshire FRS")
    store = Store.open(db_path)
    store.merge_plans([doc], "test")
    labelled = f"From the imported file: {AS_AT}"
    paper = [p.text for p in Document(io.BytesIO(export(store, "docx", "Fire plan"))).paragraphs]
    assert paper[3:6] == [labelled, "Cover:", "Northshire FRS"]
    assert AS_AT not in paper
    md = export(store, "md", "Fire plan").decode()
    assert f"\n\n{labelled}\n\nCover:\n\n" in md and f"\n{AS_AT}\n" not in md
    html = export(store, "html", "Fire plan").decode()
    assert f'<p class="muted">{labelled}</p>' in html and f">{AS_AT}<" not in html
    summary = load_workbook(io.BytesIO(export(store, "xlsx", "Fire plan")))["Summary"]
    rows = [[c.value for c in r][:2] for r in summary.iter_rows()]
    assert ["From the imported file", f"{AS_AT}\nCover:\nNorthshire FRS"] in rows
    store.close()


STAFF_KEY = (
    "Owner: Dev Walia\nKey to staff initials\nTable 4:\nInitials | Name and role\n"
    "DW | Dev Walia, Trust School Improvement Lead\nHT | Headteacher of the school concerned"
)  # as the importer keeps a Word table of another width under the plan (Sheet.as_note)


def test_a_key_of_initials_kept_in_the_notes_prints_as_a_table(db_path: Path) -> None:
    """A Word plan's key of staff initials printed raw in every paper: "Table 4:", then
    "Initials \\| Name and role" with the bars escaped in Markdown. Each paper prints it
    as a table under its own heading line, without the importer's "Table 4:"."""
    doc = PlanDoc(
        title="Trust plan",
        notes=STAFF_KEY,
        recommendations=[
            RecommendationDoc(
                ref="1", text="Curriculum", actions=[ActionDoc(ref="1.1", text="Map it")]
            )
        ],
    )
    store = Store.open(db_path)
    store.merge_plans([doc], "test")
    md = export(store, "md", "Trust plan").decode()
    html = export(store, "html", "Trust plan").decode()
    paper = Document(io.BytesIO(export(store, "docx", "Trust plan")))
    store.close()
    assert (
        "Key to staff initials\n\n| Initials | Name and role |\n|---|---|\n"
        "| DW | Dev Walia, Trust School Improvement Lead |\n"
        "| HT | Headteacher of the school concerned |\n" in md
    )
    assert "\\|" not in md and "Table 4" not in md
    assert "<th>Initials</th><th>Name and role</th>" in html and "Table 4" not in html
    assert "<td>HT</td><td>Headteacher of the school concerned</td>" in html
    rows = [[c.text for c in row.cells] for row in paper.tables[0].rows]
    assert rows == [
        ["Initials", "Name and role"],
        ["DW", "Dev Walia, Trust School Improvement Lead"],
        ["HT", "Headteacher of the school concerned"],
    ]
    text = [p.text for p in paper.paragraphs]
    assert "From the imported file: Owner: Dev Walia" in text and "Key to staff initials" in text
    assert not any("|" in line or "Table 4" in line for line in text)
