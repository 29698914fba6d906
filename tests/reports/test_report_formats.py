"""Every export format read back: HTML parsed, XLSX opened, CSV re-imported."""

from __future__ import annotations

import csv
import datetime as dt
import io
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook

from importers import ImportOptions, load
from reports import ReportError, export
from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from store.wording import due_wording
from tests.conftest import TODAY, small_plan

HOSTILE = ["=1+1", "+44 20 7946", "@SUM(A1)", "-5 days", "<b>bold</b> & [Mosaic]", "'=quoted"]


@pytest.fixture
def store(db_path: Path) -> Store:
    doc = small_plan()
    hostile = RecommendationDoc(
        ref="3",
        text="Hostile <cells>",
        actions=[
            ActionDoc(
                ref=f"3.{i}",
                text=t,
                leads=["Jo [TBC]"],
                fields={"Note": t},
                updates=[UpdateDoc(date=dt.date(2026, 10, 1), text=t)],
            )
            for i, t in enumerate(HOSTILE, 1)
        ],
    )
    s = Store.open(db_path)
    s.merge_plans(
        [doc.model_copy(update={"recommendations": [*doc.recommendations, hostile]})], "test"
    )
    return s


class Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def parse(html: bytes) -> Text:
    parser = Text()
    parser.feed(html.decode())
    return parser


def test_html_is_self_contained_with_summary_and_exceptions(store: Store) -> None:
    html = export(store, "html", "Test plan")
    parsed = parse(html)
    text = " ".join(parsed.parts)
    assert "script" not in parsed.tags and b"http" not in html and b"<link" not in html
    assert b"size: A4 landscape" in html and b"@media print" in html
    assert b"print-color-adjust: exact" in html  # RAG colours survive printing
    assert "1 overdue" in text and "Exceptions" in text
    exceptions = text.split("Exceptions")[1].split("Recommendation 1")[0]
    assert "Write the strategy" in exceptions  # overdue and red
    assert "Train head teachers" not in exceptions  # done
    assert "<b>bold</b> & [Mosaic]" in text  # escaped, reads back as written
    assert b"<b>bold</b>" not in html
    assert "50% (1/2)" in text


def test_html_changes_since(store: Store) -> None:
    """Net changes in the period, each naming ref, old and new in words and the date."""
    action = store.find_action("2.2")
    store.set_rag(action.id, "red")
    store.set_due(action.id, dt.date(2027, 6, 30), "June 2027", "month")
    store.set_status(store.find_action("2.1").id, "done")
    store.set_status(store.find_action("1.1").id, "blocked")
    store.undo()  # undone edits are not changes
    text = " ".join(parse(export(store, "html", "Test plan", since=TODAY)).parts)
    changes = text.split("Changes since 24 November 2026")[1].split("Recommendation 1")[0]
    assert "Plan imported: 10 actions (24 Nov 2026)" in changes  # one line, not one per action
    assert "New" not in changes
    assert "Completed: 2.1 Monthly audits — In progress → Done (24 Nov 2026)" in changes
    assert (
        "Re-dated: 2.2 Peer review [TBC] — 31 Mar 2027 → 30 Jun 2027 (+91 days) (24 Nov 2026)"
        in changes
    )
    assert "Turned red: 2.2 Peer review [TBC] — Amber → Red (24 Nov 2026)" in changes
    assert "blocked" not in changes.lower() and "2027-" not in changes


def test_a_completion_that_cleared_the_rag_is_one_line(store: Store) -> None:
    """Completing 1.1 (Red) was listed twice: "Completed: 1.1 … In progress → Done" and
    "RAG: 1.1 … Red → none". A RAG cleared by completing is part of the completion."""
    strategy = store.find_action("1.1").id
    store.set_status(strategy, "done")
    assert store.action(strategy).rag is None  # done clears the RAG
    md = export(store, "md", "Test plan", since=TODAY).decode()
    changes = md.split("## Changes since 24 November 2026")[1].split("## Recommendation")[0]
    said = [line for line in changes.splitlines() if "1.1" in line]
    assert said == ["- Completed: 1.1 Write the strategy — In progress → Done (24 Nov 2026)"]


def test_a_re_dating_with_its_reason_is_one_line(store: Store) -> None:
    """Re-dating 2.2 with a reason (the due dialog's Tab, `update --due … --note …`) was
    listed twice: "Update added: 2.2 … — <reason>" and "Re-dated: 2.2 … — 31 Mar 2027 →
    30 Jun 2027". The reason is why the date moved: it is said on that line, once; an
    update added in another edit is still its own line."""
    peer = store.find_action("2.2").id
    with store.writing("due date"):
        store.set_due(peer, dt.date(2027, 6, 30), "June 2027", "month")
        store.add_update(peer, "Reviewer  booked for June")
    store.add_update(peer, "Terms of reference agreed")
    md = export(store, "md", "Test plan", since=TODAY).decode()
    changes = md.split("## Changes since 24 November 2026")[1].split("## Recommendation")[0]
    assert [line for line in changes.splitlines() if "2.2" in line] == [
        "- Update added: 2.2 Peer review \\[TBC\\] — Terms of reference agreed (24 Nov 2026)",
        "- Re-dated: 2.2 Peer review \\[TBC\\] — 31 Mar 2027 → 30 Jun 2027 (+91 days);"
        " why moved: Reviewer booked for June (24 Nov 2026)",
    ]


def test_changes_say_what_still_holds(store: Store) -> None:
    """Done then back to In progress says so; a value that came back is no change; an
    action imported done is not also 'Completed'."""
    audits, peer = store.find_action("2.1").id, store.find_action("2.2").id
    store.set_status(audits, "done")
    store.set_status(audits, "in_progress")
    store.set_rag(peer, "red")
    store.set_rag(peer, "amber")
    md = export(store, "md", "Test plan", since=TODAY).decode()
    changes = md.split("## Changes since 24 November 2026")[1].split("## Recommendation")[0]
    assert (
        "- Reopened: 2.1 Monthly audits — marked Done 24 Nov 2026, back to In progress"
        " (24 Nov 2026)" in changes
    )
    assert "Peer review" not in changes  # amber → red → amber: nothing holds
    assert "Completed" not in changes and "1.2" not in changes  # 1.2 was imported done


def test_a_new_action_is_only_a_new_action(store: Store) -> None:
    """Added with a due date in the period, 2.3 was listed twice: "New action: 2.3 …" and
    "Re-dated: 2.3 … — no date → 31 Jan 2027". A later re-dating is a change."""
    rec = store.find_action("2.1").recommendation_id
    due = {"due": "2027-01-31", "due_text": "31/1/2027", "due_precision": "day"}
    new = store.add_action(rec, "Commission IRO audit [TBC]", due=due, status="in_progress")
    md = export(store, "md", "Test plan", since=TODAY).decode()
    changes = md.split("## Changes since 24 November 2026")[1].split("## Recommendation")[0]
    lines = [line for line in changes.splitlines() if "IRO audit" in line]
    assert lines == ["- New action: 2.3 Commission IRO audit \\[TBC\\] (24 Nov 2026)"]
    store.set_due(new, dt.date(2027, 2, 28), "Feb 2027", "month")
    md = export(store, "md", "Test plan", since=TODAY).decode()
    assert "Re-dated: 2.3 Commission IRO audit \\[TBC\\] — 31 Jan 2027 → 28 Feb 2027" in md


def test_changes_before_the_period_are_not_listed(store: Store) -> None:
    later = dt.date(2026, 12, 1)
    md = export(store, "md", "Test plan", since=later).decode()
    assert "## Changes since 1 December 2026\n\nNo changes." in md


def test_xlsx_since_has_a_sheet_of_the_changes_the_other_reports_list(store: Store) -> None:
    """`export --format xlsx --since` ignored --since: now the workbook has the changes
    the HTML report lists, one row each; a period with none says "No changes."."""
    action = store.find_action("2.2")
    store.set_due(action.id, dt.date(2027, 6, 30), "June 2027", "month")
    store.set_status(store.find_action("2.1").id, "done")
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan", since=TODAY)))
    assert book.sheetnames == ["Summary", "Actions", "Changes since 24 Nov 2026"]
    rows = list(book["Changes since 24 Nov 2026"].iter_rows(values_only=True))
    assert rows[0] == ("Plan", "Change", "Ref", "Action", "What changed", "Date")
    assert (
        "Test plan",
        "Re-dated",
        "2.2",
        "Peer review [TBC]",
        "31 Mar 2027 → 30 Jun 2027 (+91 days)",
        dt.datetime(2026, 11, 24),
    ) in rows
    assert [r[1] for r in rows[1:]] == ["Plan imported", "Completed", "Re-dated"]
    later = load_workbook(
        io.BytesIO(export(store, "xlsx", "Test plan", since=TODAY.replace(day=30)))
    )
    assert list(later["Changes since 30 Nov 2026"].values)[1][:2] == ("Test plan", "No changes.")
    plain = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))
    assert plain.sheetnames == ["Summary", "Actions"]


def test_the_changes_list_each_update_added_in_the_period(store: Store) -> None:
    """The review said "Updates added: 2" and the paper's "Changes since" listed none:
    each update added since the date is listed (ref, its date, its whole text) in the
    md, html, docx and xlsx papers; one added and then removed is not, nor the import's."""
    audits, peer = store.find_action("2.1").id, store.find_action("2.2").id
    store.add_update(audits, "Audit schedule agreed with the three area managers")
    store.add_update(peer, "Peer reviewer named; visit on 14 January", dt.date(2026, 11, 20))
    store.add_update(peer, "Typed on the wrong action")
    store.undo()
    said = [
        "Update added: 2.1 Monthly audits — Audit schedule agreed with the three area"
        " managers (24 Nov 2026)",
        "Update added: 2.2 Peer review [TBC] — Peer reviewer named; visit on 14 January"
        " (20 Nov 2026)",
    ]
    md = export(store, "md", "Test plan", since=TODAY).decode()
    changes = md.split("## Changes since 24 November 2026")[1].split("## Recommendation")[0]
    escaped = [s.replace("[TBC]", r"\[TBC\]") for s in said]  # markdown's own escape
    assert [f"- {s}" for s in escaped] == [
        line for line in changes.splitlines() if "Update added" in line
    ]
    assert "wrong action" not in changes and "Mosaic" not in changes
    html = " ".join(parse(export(store, "html", "Test plan", since=TODAY)).parts)
    assert all(s in html.split("Recommendation 1")[0] for s in said)
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan", since=TODAY)))
    rows = list(book["Changes since 24 Nov 2026"].iter_rows(values_only=True))
    assert (
        "Test plan",
        "Update added",
        "2.2",
        "Peer review [TBC]",
        "Peer reviewer named; visit on 14 January",
        dt.datetime(2026, 11, 20),
    ) in rows
    paper = Document(io.BytesIO(export(store, "docx", "Test plan", since=TODAY)))
    assert all(s in [p.text for p in paper.paragraphs] for s in said)


def test_people_written_surname_first_are_kept_apart_by_semicolons(store: Store) -> None:
    """ "HOLT, Karen, PATEL, Divya" read as four names or two: every paper joins people
    with "; " (the Word paper's Lead column, the workbook's cells, md and html)."""
    action = store.find_action("1.1").id
    store.set_people(action, leads=["HOLT, Karen", "PATEL, Divya"], responsible=["MILLER, Aaron"])
    leads = "HOLT, Karen; PATEL, Divya"
    md = export(store, "md", "Test plan").decode()
    assert f"| {leads} | MILLER, Aaron |" in md
    html = parse(export(store, "html", "Test plan")).parts
    assert leads in html and "HOLT, Karen, PATEL, Divya" not in " ".join(html)
    paper = Document(io.BytesIO(export(store, "docx", "Test plan")))
    cells = [c.text for t in paper.tables for r in t.rows for c in r.cells]
    assert leads in cells and "HOLT, Karen, PATEL, Divya" not in cells
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))
    values = [v for ws in book.worksheets for r in ws.iter_rows(values_only=True) for v in r]
    assert leads in values and "HOLT, Karen, PATEL, Divya" not in values


def test_markdown_ends_with_one_newline(store: Store) -> None:
    for since in (None, TODAY):
        md = export(store, "md", since=since).decode()
        assert md.endswith("|\n") and not md.endswith("\n\n")


def test_markdown_has_the_same_content_escaped(store: Store) -> None:
    md = export(store, "md", "Test plan").decode()
    assert "**1 overdue**" in md and "## Exceptions" in md
    assert "\\<b\\>bold\\</b\\> & \\[Mosaic\\]" in md
    assert "| 1 | Improve early help | 50% (1/2) | 1 |" in md


def test_xlsx_is_formatted_and_holds_no_formulas(store: Store) -> None:
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))
    assert book.sheetnames == ["Summary", "Actions"]
    actions = book["Actions"]
    assert actions.freeze_panes == "A2"
    header = [c.value for c in actions[1]]
    assert header[:5] == ["Plan", "Rec ref", "Recommendation", "Ref", "Action"]
    cells = {actions.cell(row=r, column=5).value: r for r in range(2, actions.max_row + 1)}
    row = cells["=1+1"]
    assert actions.cell(row=row, column=5).data_type == "s"
    assert all(c.data_type != "f" for r in actions.iter_rows() for c in r)
    column = {name: n for n, name in enumerate(header, 1)}
    red = cells["Write the strategy"]
    assert actions.cell(row=red, column=column["RAG"]).value == "Red"
    assert actions.cell(row=red, column=column["RAG"]).fill.fgColor.rgb.endswith("D9534F")
    assert actions.cell(row=red, column=column["Due"]).value.date() == dt.date(2026, 10, 31)


def test_xlsx_text_that_reads_as_a_formula_stays_text_when_edited(store: Store) -> None:
    """A user's note "=HYPERLINK(…)" is written as the user's text with Excel's quote
    prefix: editing the cell and pressing Enter keeps it text, never a live formula."""
    link = '=HYPERLINK("http://evil.example","click")'
    store.set_text(store.find_action("1.1").id, link)
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))
    cells = [c for row in book["Actions"].iter_rows() for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value.startswith(("=", "+", "-", "@"))]
    assert {c.value for c in risky} >= {link, "=1+1", "+44 20 7946", "@SUM(A1)", "-5 days"}
    assert all(c.quotePrefix and c.data_type == "s" for c in risky)
    plain = next(c for c in cells if c.value == "Test plan")
    assert not plain.quotePrefix


def test_xlsx_filters_prints_and_shows_the_original_deadline(store: Store) -> None:
    """A clerk filters the actions, prints them landscape one page wide with the header on
    every page, and sees where a deadline moved: original date, revised date, slippage."""
    store.set_due(store.find_action("1.1").id, dt.date(2026, 12, 16), "16 Dec 2026", "day")
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))
    actions = book["Actions"]
    header = [c.value for c in actions[1]]
    assert actions.auto_filter.ref == f"A1:{actions.cell(1, len(header)).column_letter}11"
    assert actions.print_title_rows == "$1:$1"
    setup = actions.page_setup
    assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
    assert actions.sheet_properties.pageSetUpPr.fitToPage is True
    by_ref = {actions.cell(r, header.index("Ref") + 1).value: r for r in range(2, 12)}

    def cell(ref: str, name: str) -> object:
        return actions.cell(by_ref[ref], header.index(name) + 1).value

    assert cell("1.1", "Due") == dt.datetime(2026, 12, 16)
    assert cell("1.1", "Original due") == dt.datetime(2026, 10, 31)
    assert (cell("1.1", "Slippage (days)"), cell("1.1", "Times re-dated")) == (46, 1)
    # never re-dated: its due is its first deadline, as the CSV prints it
    assert cell("1.2", "Original due") == dt.datetime(2026, 9, 30)
    # never re-dated: 0 days and 0 times, not blank cells a committee reads as unknown
    assert (cell("1.2", "Slippage (days)"), cell("1.2", "Times re-dated")) == (0, 0)
    assert cell("2.1", "Original due") is None  # "Ongoing": no date at all
    assert cell("2.1", "Slippage (days)") is None  # no deadline, so none to slip
    assert cell("2.1", "Times re-dated") == 0
    assert cell("1.1", "Latest update date") == dt.datetime(2026, 9, 1)


def test_xlsx_summary_counts_are_numbers(store: Store) -> None:
    summary = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))["Summary"]
    rows = [[c.value for c in r] for r in summary.iter_rows()]
    counts = {r[0]: (r[2], r[3]) for r in rows if isinstance(r[2], int)}
    assert counts["In progress"] == (2, 0.2)
    assert counts["Overdue"] == (1, 0.1) and counts["Total"] == (10, 1)
    progress = next(r for r in rows if r[0] == "1" and r[1] == "Improve early help")
    assert progress[2:6] == [2, 1, 0.5, 1]


def test_csv_neutralises_formulas_and_reimports_exactly(store: Store, tmp_path: Path) -> None:
    data = export(store, "csv", "Test plan")
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\n=1+1" not in text and ",=1+1" not in text and "'=1+1" in text
    path = tmp_path / "plan.csv"
    path.write_bytes(data)
    (reimported,) = load(path, ImportOptions(today=TODAY)).plans
    assert reimported == store.export("Test plan").plans[0]


def test_csv_writes_an_apostrophe_before_a_cell_that_would_run_as_a_formula(
    db_path: Path,
) -> None:
    """What the README promises: "=SUM(A1)" is written "'=SUM(A1)" (as are cells opening
    with "+", "-" or "@"), so a spreadsheet shows the text instead of running it; the
    text is otherwise as typed, and a dash opening a bullet ("- done") is left alone."""
    typed = ["=SUM(A1)", "+44 20 7946 0000", "-5 days", "@SUM(A1)", "- done", "Sum = 2"]
    actions = [ActionDoc(ref=f"1.{n}", text=t) for n, t in enumerate(typed, 1)]
    doc = PlanDoc(title="Cells", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    s = Store.open(db_path)
    s.merge_plans([doc], "test")
    rows = list(csv.DictReader(io.StringIO(export(s, "csv", "Cells").decode("utf-8-sig"))))
    s.close()
    assert [row["Action"] for row in rows] == [
        "'=SUM(A1)",
        "'+44 20 7946 0000",
        "'-5 days",
        "'@SUM(A1)",
        "- done",
        "Sum = 2",
    ]


def test_the_readme_says_why_a_formula_like_cell_opens_with_an_apostrophe() -> None:
    """The export section tells a user who sees "'=SUM(A1)" in the CSV why it is there."""
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Committee reports", 1)[1].split("\n## ", 1)[0]
    assert '"\'=SUM(A1)"' in section and "otherwise as typed" in section


# A cell that opens with a quote is the user's text as much as a formula-like one: the
# export's guard quote comes off on the way back, exactly once, and no other quote does
# ("='0" came back "=0": the reader took Excel's text marker off the "'0" inside it).
QUOTED = ["='0", "'x", "''x", "'='0", "'0", "''0", "'", "-'0", "@'1/2"]


@pytest.mark.parametrize("typed", QUOTED)
def test_csv_gives_back_quoted_titles_actions_and_updates_exactly(
    db_path: Path, tmp_path: Path, typed: str
) -> None:
    action = ActionDoc(
        ref="1.1",
        text=typed,
        updates=[UpdateDoc(date=dt.date(2026, 10, 1), text=typed)],
    )
    doc = PlanDoc(title=typed, recommendations=[RecommendationDoc(ref="1", actions=[action])])
    s = Store.open(db_path)
    s.merge_plans([doc], "test")
    path = tmp_path / "plan.csv"
    path.write_bytes(export(s, "csv", typed))
    (back,) = load(path, ImportOptions(today=TODAY)).plans
    got = back.recommendations[0].actions[0]
    assert (back.title, got.text, got.updates[0].text) == (typed, typed, typed)
    assert back == s.export(typed).plans[0]
    s.close()


def test_json_is_the_lossless_tree(store: Store) -> None:
    assert export(store, "json").decode().startswith('{\n  "format": "actionplan/1"')


def test_unknown_format_and_plan_are_clear_errors(store: Store) -> None:
    with pytest.raises(ReportError, match="unknown format 'pdf'"):
        export(store, "pdf")
    with pytest.raises(ReportError, match="no plan titled"):
        export(store, "html", "Nope")


def test_reports_show_original_and_revised_deadline_and_responsible(store: Store) -> None:
    store.set_due(store.find_action("1.1").id, dt.date(2026, 12, 16), "16 Dec 2026", "day")
    md = export(store, "md", "Test plan").decode()
    row = "| 1.1 | Write the strategy<br>Measure: Strategy agreed | Marina Kitchen | Bill Basra |"
    assert row in md  # the plan's own "Measure" under the action's text
    assert "31 Oct 2026 → 16 Dec 2026 (+46 days)" in md
    parsed = parse(export(store, "html", "Test plan"))
    text = " ".join(parsed.parts)
    assert "Responsible" in text and "Bill Basra" in text
    assert "31 Oct 2026 → 16 Dec 2026 (+46 days)" in text


def test_xlsx_rows_are_as_tall_as_their_wrapped_text(store: Store) -> None:
    """LibreOffice draws wrapped text over the next row unless the row says how tall it
    is: every action row gets the height of its longest wrapped cell, the summary is
    landscape one page wide, and each printed page carries the plan and its number."""
    long_note = "Audit report presented to the board; three actions agreed. " * 6
    store.add_update(store.find_action("1.1").id, long_note, TODAY)
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))
    actions = book["Actions"]
    header = [c.value for c in actions[1]]
    row = next(r for r in range(2, actions.max_row + 1) if actions.cell(r, 4).value == "1.1")
    width = actions.column_dimensions[actions.cell(1, header.index("Latest update") + 1)
                                      .column_letter].width  # fmt: skip
    lines = -(-len(long_note) // int(width * 1.1))  # at least this many lines at that width
    assert actions.row_dimensions[row].height >= lines * 15
    assert actions.cell(1, header.index("Slippage (days)") + 1).alignment.wrap_text
    assert actions.print_options.gridLines is True
    assert actions.oddFooter.right.text == "Page &P of &N"
    assert actions.oddHeader.left.text == "Test plan"
    summary = book["Summary"]
    assert (summary.page_setup.orientation, summary.page_setup.fitToWidth) == ("landscape", 1)
    assert summary.sheet_properties.pageSetUpPr.fitToPage is True
    assert sum(summary.column_dimensions[c].width for c in "ABCDEF") <= 130


def test_a_title_with_an_ampersand_prints_as_written(db_path: Path) -> None:
    """ "&" starts a code in a printed header ("&P" is the page number): doubled, it prints."""
    s = Store.open(db_path)
    s.merge_plans([small_plan("Health & Care &P plan")], "test")
    book = load_workbook(io.BytesIO(export(s, "xlsx", "Health")))
    assert book["Actions"].oddHeader.left.text == "Health && Care &&P plan"


def test_each_plans_summary_starts_a_printed_page(store: Store) -> None:
    """Two plans: the second's summary begins a page (it ran on from the first's, split
    across two pages), and the pages are headed "Action plans", not both long titles."""
    store.merge_plans([small_plan("Second plan")], "test")
    book = load_workbook(io.BytesIO(export(store, "xlsx")))
    summary = book["Summary"]
    titles = [summary.cell(r, 1).value for r in range(1, summary.max_row + 1)]
    starts = sorted(titles.index(t) + 1 for t in ("Test plan", "Second plan"))
    assert starts[0] == 1 and [b.id for b in summary.row_breaks.brk] == [starts[1] - 1]
    assert summary.oddHeader.left.text == book["Actions"].oddHeader.left.text == "Action plans"


def test_every_report_words_a_rating_alike(tmp_path: Path) -> None:
    """The committee reads "Green" in the Markdown, the HTML, the Word paper and the
    workbook alike, never a letter in one and a word in another."""
    store = Store.open(tmp_path / "rag.db")
    store.merge_plans([small_plan()], "import")
    store.set_rag(store.find_action("1.1").id, "green")
    html = export(store, "html").decode()
    assert '<td class="rag rag-green">Green</td>' in html
    assert "| Green |" in export(store, "md").decode()
    store.close()


def test_html_shows_a_workbook_date_in_words_and_keeps_iso_as_markup(
    workbook_store: Store,
) -> None:
    """A real date cell reads "31 Mar 2027"; "2027-03-31" is only the <time> markup a
    machine reads, never a muted second line under the date."""
    html = export(workbook_store, "html").decode()
    assert '<time datetime="2027-03-31">31 Mar 2027</time>' in html
    parser = Text()
    parser.feed(html)
    assert not [p for p in parser.parts if "2027-03-31" in p or "2026-12-31" in p]


def test_xlsx_has_no_due_wording_for_a_workbook_date(workbook_store: Store) -> None:
    """The "Due as written" column is for the plan's own words ("end of March"); a
    date cell's ISO reading is not one, and the Due column holds the date."""
    sheet = load_workbook(io.BytesIO(export(workbook_store, "xlsx")))["Actions"]
    names = [c.value for c in sheet[1]]
    due, written = names.index("Due"), names.index("Due as written")
    assert sheet[2][due].value == dt.datetime(2027, 3, 31)
    assert sheet[2][written].value is None


def test_committee_xlsx_shows_a_rating_as_written_only_while_it_stands(
    workbook_store: Store,
) -> None:
    """1.1 was imported "On track" / "A" and is now Blocked and Red: its "(as written)"
    cells are empty, so the committee sees one rating; 1.2, untouched, keeps "R".
    The lossless JSON keeps every cell as imported."""
    action_id = workbook_store.find_action("1.1").id
    workbook_store.set_rag(action_id, "red")
    workbook_store.set_status(action_id, "blocked")
    sheet = load_workbook(io.BytesIO(export(workbook_store, "xlsx")))["Actions"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    rag, written = rows[0].index("RAG"), rows[0].index("RAG (as written)")
    status = rows[0].index("Status (as written)")
    assert (rows[1][rag], rows[1][written], rows[1][status]) == ("Red", None, None)
    assert (rows[2][rag], rows[2][written], rows[2][status]) == ("Red", "R", "At risk")
    assert '"RAG (as written)": "A"' in export(workbook_store, "json").decode()


def test_a_month_formatted_date_cell_has_no_wording_of_its_own(tmp_path: Path) -> None:
    """Excel shows "Mar-27" for a date cell formatted "mmm-yy": the importer reads the
    month ("2027-03", due 31 Mar 2027), which is no wording to show "as written"."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Lead", "Due"])
    sheet.append(["1.1", "Audit supervision records", "Lisa Marsh", dt.datetime(2027, 3, 1)])
    sheet["D2"].number_format = "mmm-yy"
    book.save(tmp_path / "plan.xlsx")
    store = Store.open(tmp_path / "plan.db")
    store.merge_plans(load(tmp_path / "plan.xlsx", ImportOptions(today=TODAY)).plans, "import")
    row = store.find_action("1.1")
    assert (row.due, due_wording(row.due, row.due_text)) == (dt.date(2027, 3, 31), "")
    html = export(store, "html").decode()
    assert "2027-03<" not in html and ">31 Mar 2027<" in html
    store.close()


def test_the_plans_notes_are_in_the_csv_and_the_workbooks_summary(db_path: Path) -> None:
    """The lines above a plan's table ("Position at 20 November 2026") are the plan's
    notes, no field of each action: the CSV carries them on its rows, the workbook once,
    under the plan's title, labelled as the imported file's."""
    s = Store.open(db_path)
    notes = "Ofsted inspection: Requires improvement. Position at 20 November 2026."
    s.merge_plans([small_plan().model_copy(update={"notes": notes})], "test")
    assert notes in export(s, "csv").decode("utf-8-sig")
    summary = load_workbook(io.BytesIO(export(s, "xlsx")))["Summary"]
    rows = [[c.value for c in r][:2] for r in summary.iter_rows()]
    assert ["From the imported file", notes] in rows
    s.close()


def test_an_action_missing_from_the_latest_file_is_marked_and_counted_apart(
    db_path: Path,
) -> None:
    """2.2, left out of next month's file, read as any other action in every report."""
    store = Store.open(db_path)
    store.merge_plans([small_plan()], "import nov.xlsx")
    recs = [
        r.model_copy(update={"actions": [a for a in r.actions if a.ref != "2.2"]})
        for r in small_plan().recommendations
    ]
    store.merge_plans(
        [small_plan().model_copy(update={"recommendations": recs})], "import dec.xlsx"
    )
    note = "Not in dec.xlsx imported 24 Nov 2026 (kept)"
    md = export(store, "md", "Test plan").decode()
    assert "**1 not in the latest file (kept)**" in md and f"<br>{note}" in md
    html = export(store, "html", "Test plan").decode()
    assert f'<span class="missing">{note}</span>' in html
    assert '<span class="missing">1 not in the latest file (kept)</span>' in html
    book = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))
    rows = [[c.value for c in r] for r in book["Summary"].iter_rows()]
    assert ["Not in the latest file (kept)", None, 1, 0.25] in [r[:4] for r in rows]
    actions = list(book["Actions"].iter_rows(values_only=True))
    column = actions[0].index("Not in latest file")
    assert {r[3]: r[column] for r in actions[1:]}["2.2"] == note[:1].lower() + note[1:-7]
    paper = Document(io.BytesIO(export(store, "docx", "Test plan")))
    counts = {row.cells[0].text: row.cells[1].text for row in paper.tables[0].rows}
    assert counts["Not in the latest file (kept)"] == "1"
    assert any(note in cell.text for t in paper.tables for row in t.rows for cell in row.cells)


def test_original_due_is_one_definition_in_the_csv_and_the_workbook(store: Store) -> None:
    """The workbook left "Original due" blank for an action never re-dated where the CSV
    filled it: both print the first deadline, the due date where it never moved, and
    the workbook's heading says so in its note."""
    store.set_due(store.find_action("1.1").id, dt.date(2026, 12, 16), "16 Dec 2026", "day")
    sheet = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))["Actions"]
    header = [c.value for c in sheet[1]]
    column = header.index("Original due")
    in_book = {r[header.index("Ref")]: r[column] for r in sheet.iter_rows(2, values_only=True)}
    rows = csv.DictReader(io.StringIO(export(store, "csv", "Test plan").decode("utf-8-sig")))
    in_csv = {r["Ref"]: r["Original due"] for r in rows}
    for ref in ("1.1", "1.2", "2.1", "2.2"):
        book_day = in_book[ref].date().isoformat() if in_book[ref] else ""
        assert book_day == in_csv[ref], ref
    assert in_csv["1.2"] == "2026-09-30" and in_csv["2.1"] == ""
    note = sheet.cell(1, column + 1).comment
    assert note is not None and "never re-dated shows its due date" in note.text


def _latest_update_cells(store: Store, ref: str) -> dict[str, str]:
    """The action's "Latest update" cell in each committee format, read from the file."""
    md = export(store, "md", "Test plan").decode().split("## Recommendation")[1:]
    lines = [line for part in md for line in part.splitlines()]
    md_row = next(line for line in lines if line.startswith(f"| {ref} |"))
    html = export(store, "html", "Test plan").decode().split("Recommendation 1")[-1]
    html_row = html.split(f"<tr><td>{ref}</td>")[1].split("</tr>")[0]
    paper = Document(io.BytesIO(export(store, "docx", "Test plan")))
    docx_cell = next(
        row.cells[-1].text
        for table in paper.tables
        if table.rows[0].cells[-1].text == "Latest update"
        for row in table.rows
        if row.cells[0].text == ref
    )
    sheet = load_workbook(io.BytesIO(export(store, "xlsx", "Test plan")))["Actions"]
    head = [c.value for c in sheet[1]]
    xlsx_row = next(r for r in sheet.iter_rows(values_only=True) if r[head.index("Ref")] == ref)
    return {
        "md": md_row.strip("|").split("|")[-1].strip(),
        "html": html_row.rsplit("<td>", 1)[-1].removesuffix("</td>"),
        "docx": docx_cell,
        "xlsx": xlsx_row[head.index("Latest update")] or "",
    }


def _move_with_reason(store: Store, action_id: int, reason: str) -> None:
    """The due dialog's edit: the deadline moved and why, in one undoable step."""
    with store.writing("due date"):
        store.set_due(action_id, dt.date(2027, 6, 30), "30/6/2027", "day")
        store.add_update(action_id, reason)


def _progress_then_two_moves(store: Store) -> None:
    """Progress noted on 1.1 today, then 1.1 and 2.2 re-dated today, each with a reason."""
    strategy, peer = store.find_action("1.1").id, store.find_action("2.2").id
    store.add_update(strategy, "Form signed off by the board; training dates set")
    _move_with_reason(store, strategy, "Printer contract lapsed")
    _move_with_reason(store, peer, "Reviewer on leave")


def _csv_latest(store: Store, ref: str) -> tuple[str, str]:
    """The action's "Latest update" and "Latest update date" cells, read from the CSV."""
    rows = csv.DictReader(io.StringIO(export(store, "csv", "Test plan").decode("utf-8-sig")))
    row = next(r for r in rows if r["Ref"] == ref)
    return row["Latest update"], row["Latest update date"]


def test_the_latest_update_is_the_latest_progress_not_a_re_datings_reason(store: Store) -> None:
    """A committee read why 1.1's deadline moved ("Printer contract lapsed", which its
    Why column already says) as its latest update, and never saw the progress noted
    the same day. A paper's latest update is the latest progress update; a re-dating's
    reason is said where re-datings are, and an action with no progress update has
    none (2.2), in every committee format."""
    _progress_then_two_moves(store)
    progress = "24 Nov 2026: Form signed off by the board; training dates set"
    assert _latest_update_cells(store, "1.1") == {
        "md": progress,
        "html": progress,
        "docx": progress,
        "xlsx": "Form signed off by the board; training dates set",
    }
    assert _latest_update_cells(store, "2.2") == dict.fromkeys(["md", "html", "docx", "xlsx"], "")
    md = export(store, "md", "Test plan").decode()
    assert "(Printer contract lapsed)" in md and "(Reviewer on leave)" in md  # the Why column


def test_the_csvs_latest_update_is_the_latest_progress_not_a_re_datings_reason(
    store: Store,
) -> None:
    """The CSV's "Latest update" said "Printer contract lapsed", why 1.1's deadline
    moved, though progress was noted the same day: it is the latest progress update,
    as on the papers, and blank for 2.2, whose only update today was a reason."""
    _progress_then_two_moves(store)
    progress = "Form signed off by the board; training dates set"
    assert _csv_latest(store, "1.1") == (progress, "2026-11-24")
    assert _csv_latest(store, "2.2") == ("", "")


def test_progress_worded_as_a_later_reason_is_still_the_latest_update(store: Store) -> None:
    """1.1's lead noted "Awaiting the printer contract" as progress, then moved its
    deadline the same day giving the same words as the reason. The note is still its
    latest update, on every paper and in the CSV: the store knows which of the two
    was the reason, not merely the day and the words."""
    strategy = store.find_action("1.1").id
    store.add_update(strategy, "Awaiting the printer contract")
    _move_with_reason(store, strategy, "Awaiting the printer contract")
    progress = "24 Nov 2026: Awaiting the printer contract"
    assert _latest_update_cells(store, "1.1") == {
        "md": progress,
        "html": progress,
        "docx": progress,
        "xlsx": "Awaiting the printer contract",
    }
    assert _csv_latest(store, "1.1") == ("Awaiting the printer contract", "2026-11-24")


def test_a_line_break_pasted_as_a_vertical_tab_is_a_line_break_in_every_export(
    db_path: Path,
) -> None:
    """Word's manual line break pastes as a vertical tab, its page break as a form feed;
    a row stored so (by a version before edits unified them, or a JSON file's import)
    prints each as a line break, never two lines run into one. A bell XML cannot hold
    is dropped from the papers alone, a unit separator read as the space it is; the
    CSV, read back exactly, keeps both."""
    said = "Met on 1 Oct.\x0b8 Oct: new\x0cstarter; bell\x07 rang\x1fagain"
    plan = small_plan()
    rec = plan.recommendations[0]
    pasted = rec.actions[0].model_copy(
        update={"updates": [UpdateDoc(date=dt.date(2026, 10, 8), text=said)]}
    )
    rec = rec.model_copy(update={"actions": [pasted, *rec.actions[1:]]})
    s = Store.open(db_path)
    s.merge_plans(
        [plan.model_copy(update={"recommendations": [rec, *plan.recommendations[1:]]})], "t"
    )
    lines = ["Met on 1 Oct.", "8 Oct: new", "starter; bell rang again"]
    dated = ["8 Oct 2026: " + lines[0], *lines[1:]]
    assert _latest_update_cells(s, "1.1") == {
        "md": "<br>".join(dated),
        "html": "<br>".join(dated),
        "docx": "\n".join(dated),
        "xlsx": "\n".join(lines),
    }
    in_csv = "Met on 1 Oct.\n8 Oct: new\nstarter; bell\x07 rang\x1fagain"
    assert _csv_latest(s, "1.1") == (in_csv, "2026-10-08")
    s.close()
