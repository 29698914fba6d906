"""The Word committee paper, read back with python-docx as Word would show it."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT

from reports import FORMATS, export
from store import Store
from tests.cli.test_cli_contract import run
from tests.conftest import TODAY


def _paper(store: Store, since: dt.date | None = None) -> object:
    return Document(io.BytesIO(export(store, "docx", "Test plan", since=since)))


def _rows(table: object) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]  # type: ignore[attr-defined]


def test_the_paper_is_landscape_with_title_block_summary_and_exceptions(store: Store) -> None:
    store.set_due(store.find_action("2.2").id, dt.date(2027, 6, 30), "June 2027", "month")
    paper = _paper(store, since=TODAY)
    section = paper.sections[0]  # type: ignore[attr-defined]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    text = [p.text for p in paper.paragraphs]  # type: ignore[attr-defined]
    assert text[:3] == [
        "Test plan",
        "Progress report, 24 November 2026",  # the long form every report heads with
        "Period covered: 24 November 2026 to 24 November 2026",
    ]
    summary, progress, exceptions, *by_rec = paper.tables  # type: ignore[attr-defined]
    counts = {row[0]: row[1:] for row in _rows(summary)}
    assert counts["In progress"] == ["2", "50%"] and counts["Overdue"] == ["1", "25%"]
    assert counts["RAG Red"] == ["1", "25%"] and counts["Total"] == ["4", "100%"]
    assert _rows(progress) == [
        ["Ref", "Recommendation", "Complete", "Overdue"],
        ["1", "Improve early help", "50% (1/2)", "1"],
        ["2", "Strengthen oversight", "0% (0/2)", "0"],
    ]
    assert _rows(exceptions) == [
        ["Ref", "Action", "Lead", "Due", "Status", "RAG", "Why"],
        ["1.1", "Write the strategy", "Marina Kitchen", "31 Oct 2026\nOctober 2026",
         "In progress", "Red", "overdue by 24 days; red"],
        ["2.2", "Peer review [TBC]", "Marina Kitchen",
         "31 Mar 2027 → 30 Jun 2027 (+91 days)\nJune 2027",
         "Not started", "Amber", "slipped +91 days"],
    ]  # fmt: skip
    # the header row repeats on every page a table runs onto
    assert exceptions.rows[0]._tr.trPr.xpath("./w:tblHeader")


def test_the_paper_lists_changes_then_every_action_by_recommendation(store: Store) -> None:
    store.set_status(store.find_action("2.1").id, "done")
    paper = _paper(store, since=TODAY)
    text = [p.text for p in paper.paragraphs]  # type: ignore[attr-defined]
    changes = text[text.index("Changes since 24 November 2026") + 1 : text.index("All actions")]
    assert changes == [
        "Plan imported: 4 actions (24 Nov 2026)",
        "Completed: 2.1 Monthly audits — In progress → Done (24 Nov 2026)",
    ]
    assert "Recommendation 1: Improve early help" in text
    rec_one = paper.tables[3]  # type: ignore[attr-defined]
    assert _rows(rec_one)[0] == [
        "Ref", "Action", "Lead", "Responsible", "Due", "Status", "RAG", "Latest update"
    ]  # fmt: skip
    assert _rows(rec_one)[1] == [
        "1.1", "Write the strategy\nMeasure: Strategy agreed", "Marina Kitchen", "Bill Basra",
        "31 Oct 2026 (overdue)\nOctober 2026",  # the plan's wording under its date
        "In progress", "Red", "1 Sep 2026: Mosaic form drafted",
    ]  # fmt: skip


def test_docx_is_an_export_format_of_the_cli(db: Path, tmp_path: Path) -> None:
    assert "docx" in FORMATS
    target = tmp_path / "committee.docx"
    out = run("export", "--db", db, "--format", "docx", "-o", target, "--since", "2026-11-01")
    assert out.returncode == 0, out.stderr
    assert Document(str(target)).paragraphs[0].text == "Test plan"


def test_the_action_table_uses_the_plans_own_column_names(db_path: Path, tmp_path: Path) -> None:
    """The plan's own headings; no Responsible column, as the plan names no one (an empty
    column for a board to read), the Action column wider by its 3 cm."""
    from importers import ImportOptions, load

    plan = tmp_path / "plan.csv"
    plan.write_text(
        "Ref,Action,Lead officer,Target date,RAG status\n"
        "1.1,Write the strategy,Marina Kitchen,31/10/2026,Red\n"
    )
    s = Store.open(db_path)
    s.merge_plans(load(plan, ImportOptions(today=TODAY)).plans, "import")
    paper = Document(io.BytesIO(export(s, "docx")))
    header = _rows(paper.tables[3])[0]  # type: ignore[attr-defined]
    assert header == [
        "Ref", "Action", "Lead officer", "Target date", "Status", "RAG status", "Latest update"
    ]  # fmt: skip
    assert round(paper.tables[3].columns[1].width.cm, 1) == 9.8  # type: ignore[attr-defined]
    s.close()


def test_the_ref_column_is_as_wide_as_the_longest_ref(db_path: Path) -> None:
    """A CQC plan's "MD3.1" broke over two lines in a 1.4 cm column."""
    from store.docs import ActionDoc, PlanDoc, RecommendationDoc

    triage = ActionDoc(ref="MD3.1", text="Triage nurse")
    rec = RecommendationDoc(ref="MD3", text="Triage", actions=[triage])
    doc = PlanDoc(title="CQC plan", recommendations=[rec])
    s = Store.open(db_path)
    s.merge_plans([doc], "test")
    paper = Document(io.BytesIO(export(s, "docx")))
    table = paper.tables[-1]  # type: ignore[attr-defined]
    assert [round(c.width.cm, 2) for c in table.columns][:2] == [1.75, 9.45]
    s.close()


def test_columns_fit_landscape_a4_as_laid_out_by_libreoffice_too(store: Store) -> None:
    """LibreOffice sizes a table's columns from its grid, not its cells: every table
    has a fixed grid, and the action and exception tables fill the 26.7 cm between the
    margins (Action the widest of the action tables); no row breaks across a page; the
    header row repeats."""
    paper = _paper(store, since=TODAY)
    summary, exceptions, *by_rec = paper.tables  # type: ignore[attr-defined]
    for table in (exceptions, *by_rec):
        widths = [c.width.cm for c in table.columns]
        assert round(sum(widths), 1) == 26.7
        assert table is exceptions or max(widths) == widths[1]  # Action
        assert table._tbl.tblPr.xpath("./w:tblLayout/@w:type") == ["fixed"]
        assert all(row._tr.trPr.xpath("./w:cantSplit") for row in table.rows[1:])
        assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")
    assert sum(c.width.cm for c in summary.columns) < 10


def test_every_page_names_the_plan_and_its_number(store: Store) -> None:
    """The footer reads "Test plan · Page 2 of 5": the numbers are Word fields."""
    footer = _paper(store).sections[0].footer.paragraphs[0]  # type: ignore[attr-defined]
    assert footer.text.startswith("Test plan · Page ")
    codes = [t.text.strip() for t in footer._p.xpath(".//w:instrText")]
    assert codes == ["PAGE", "NUMPAGES"]


TRACKER = (
    "Ref,Audit,Recommendation / agreed action,Responsible officer,Agreed date,"
    "Revised target date,% complete\n"
    "25 BC 03,Business continuity,Test the plan each year.,Head of Resources,31/12/2026,,40%\n"
    "26 NR 02,Business rates,Reconcile the list monthly.,Revenues Manager,31/01/2027,"
    "31/03/2027,60%\n"
)


def _tracker(db_path: Path, tmp_path: Path) -> Store:
    """An audit tracker: its own columns (Audit, % complete) and a revised date column."""
    from importers import ImportOptions, load

    plan = tmp_path / "tracker.csv"
    plan.write_text(TRACKER)
    s = Store.open(db_path)
    s.merge_plans(load(plan, ImportOptions(today=TODAY)).plans, "import")
    return s


def test_headings_say_what_is_under_them(db_path: Path, tmp_path: Path) -> None:
    """The paper put "Recommendation" (half the plan's "Recommendation / agreed action")
    over the action text and "Revised target date" over every due date, revised or not."""
    s = _tracker(db_path, tmp_path)
    paper = Document(io.BytesIO(export(s, "docx")))
    header, first, revised = _rows(paper.tables[-1])
    assert header[:4] == ["Ref", "Recommendation / agreed action", "Responsible officer", "Due"]
    assert first[3] == "31 Dec 2026" and revised[3] == "31 Jan 2027 → 31 Mar 2027 (+59 days)"
    s.close()


def test_the_plans_own_columns_are_under_the_action_in_every_paper(
    db_path: Path, tmp_path: Path
) -> None:
    """The tracker's "Audit" and "% complete" were in no committee paper at all."""
    s = _tracker(db_path, tmp_path)
    paper = Document(io.BytesIO(export(s, "docx")))
    action = _rows(paper.tables[-1])[1][1]
    assert action.split("\n") == [
        "Test the plan each year.",
        "Audit: Business continuity",
        "% complete: 40%",
    ]
    markdown = export(s, "md").decode()
    assert "| Test the plan each year.<br>Audit: Business continuity<br>% complete: 40% |" in (
        markdown
    )
    html = export(s, "html").decode()
    assert 'Test the plan each year.<br><span class="muted">Audit: Business continuity' in html
    s.close()
