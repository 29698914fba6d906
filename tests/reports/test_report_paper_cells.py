"""What a committee reads in an action's cell of the Markdown, HTML and Word papers."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from reports import export
from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc

PAPERS = ("md", "html", "docx")


def _action(ref: str, rag: str | None, written: dict[str, str], **more: object) -> ActionDoc:
    return ActionDoc(
        ref=ref, text=f"Action {ref}", rag=rag, fields=written, status="in_progress", **more
    )  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    typed = "Waiting on the supplier\r\n\r\n \nfor a fix.\nSoon"
    news = UpdateDoc(date=dt.date(2026, 11, 2), text=typed)
    actions = [
        _action("1.1", "green", {"RAG (as written)": "Green"}),
        _action("1.2", "amber", {"RAG (as written)": "A"}),
        _action("1.3", None, {"RAG (as written)": "Blue"}),
        _action("1.4", "green", {"Status (as written)": "On track"}),
        _action("1.5", "red", {"RAG (as written)": "Red (cell colour)"}, updates=[news]),
        _action("1.6", "green", {"RAG (as written)": "Amber"}),
    ]
    plan = PlanDoc(title="Paper", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    s = Store.open(tmp_path / "paper.db")
    s.merge_plans([plan], "test")
    return s


def _cells(store: Store, fmt: str) -> dict[str, str]:
    """Each action's ref → the text of its Action cell in the paper ``fmt``."""
    data = export(store, fmt, "Paper")
    if fmt == "docx":
        table = Document(io.BytesIO(data)).tables[-1]
        return {row.cells[0].text: row.cells[1].text for row in table.rows[1:]}
    text = data.decode()
    if fmt == "md":
        rows = [line.split(" | ") for line in text.splitlines() if line.startswith("| 1.")]
        return {row[0].removeprefix("| "): row[1] for row in rows}
    rows = text.split("<tr><td>")[1:]
    return {row.split("</td>")[0]: row.split("</td><td>")[1] for row in rows if "Action" in row}


@pytest.mark.parametrize("fmt", PAPERS)
def test_a_rating_as_written_shows_only_when_it_adds_to_the_columns(store: Store, fmt: str) -> None:
    """ "Green" (or "G", or a green fill) beside a RAG of Green says nothing more and
    is left off the action's cell; "Blue" beside no RAG, "On track" beside In progress
    and "Amber" beside a RAG now Green do say more, and stay."""
    cells = _cells(store, fmt)
    for ref in ("1.1", "1.2", "1.5"):
        assert "as written" not in cells[ref], (ref, cells[ref])
    assert "RAG (as written): Blue" in cells["1.3"]
    assert "Status (as written): On track" in cells["1.4"]
    assert "RAG (as written): Amber" in cells["1.6"]


def test_the_lossless_exports_keep_every_rating_as_written(store: Store) -> None:
    """The workbook, the CSV and the JSON still carry "RAG (as written): Green"."""
    sheet = load_workbook(io.BytesIO(export(store, "xlsx", "Paper")))["Actions"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    column = rows[0].index("RAG (as written)")
    assert [r[column] for r in rows[1:3]] == ["Green", "A"]
    table = list(csv.DictReader(io.StringIO(export(store, "csv", "Paper").decode("utf-8-sig"))))
    assert "Green" in json.dumps(table[0])
    doc = json.loads(export(store, "json", "Paper"))
    first = doc["plans"][0]["recommendations"][0]["actions"][0]
    assert first["fields"] == {"RAG (as written)": "Green"}


def _update_cell(store: Store, fmt: str) -> str:
    """The Latest update cell of 1.5 in the paper ``fmt``, as stored in the file."""
    data = export(store, fmt, "Paper")
    if fmt == "docx":
        table = Document(io.BytesIO(data)).tables[-1]
        row = next(r for r in table.rows if r.cells[0].text == "1.5")
        return row.cells[-1]._tc.xml  # type: ignore[no-any-return]
    rows = data.decode().split("<tr>" if fmt == "html" else "\n")
    line = next(x for x in rows if "1.5" in x and "supplier" in x)  # not its exception row
    return line.split("fix")[0].split("supplier")[1] + "fix" + line.split("fix")[1]


@pytest.mark.parametrize("fmt", ("md", "html"))
def test_an_update_of_several_lines_breaks_once_per_line(store: Store, fmt: str) -> None:
    """ "Waiting on the supplier", a blank line, "for a fix.", "Soon": one "<br>" between
    each line (the GitHub convention), never "<br><br>" for the blank line."""
    cell = _update_cell(store, fmt)
    assert cell.startswith("<br>for a ") and "fix.<br>Soon" in cell
    assert "<br><br>" not in cell


def test_the_word_paper_breaks_once_per_line(store: Store) -> None:
    """Word holds each line end as one <w:br/>: two between three lines, however many
    blank lines or "\\r\\n" the update was typed with."""
    xml = _update_cell(store, "docx")
    assert xml.count("<w:br/>") == 2
    assert "Waiting on the supplier" in xml and "Soon" in xml
