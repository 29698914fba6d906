"""What an internal audit manager tripped on (user check, 5 Dec 2026): each test states
the fact as she saw it — the rows in the database, the printed line, the exit code."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from docx import Document
from openpyxl import Workbook, load_workbook

from tests.cli.test_cli_chase import dump, run

TITLE = "Oakfield Academy – Post-Ofsted Action Plan 2026-27"
HEADER = ["No.", "Area for improvement", "Action", "Lead", "Deadline", "Status", "RAG"]
ROWS = [
    [
        "1",
        "Leaders should ensure the curriculum in foundation subjects is sequenced",
        "1.1 Map the history and geography curriculum from EYFS to Y6",
        "DHT (curriculum)",
        dt.datetime(2026, 7, 20),
    ],
    [None, None, "1.2 Subject leaders monitor delivery each half term", "Subject leaders", ""],
    [
        "2",
        "Improve attendance of disadvantaged pupils",
        "2.1 Daily first-day calling for absent PP pupils",
        "Attendance Officer",
        dt.datetime(2026, 9, 30),
    ],
]


def _workbook(path: Path, rows: list[list[object]] = ROWS, title: str = TITLE) -> Path:
    """The school's tracker: a title, a caption line, a blank row, then the table."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Action Plan"
    for row in ([title], ["RAG as at 27/11/2026"], [], HEADER):
        sheet.append(row)
    for row in rows:
        sheet.append([*row, "In progress", "A"])
    book.save(path)
    return path


def _imported(capsys: pytest.CaptureFixture[str], db: Path, path: Path) -> None:
    code, _, err = run(capsys, "import", "--db", db, path)
    assert code == 0, err


def test_a_header_row_heading_no_action_column_is_refused_and_the_plan_kept(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--header-row 2` names the caption "RAG as at 27/11/2026": no column under it is
    headed like an action. Refused in one line naming the file, exit 1, nothing written
    (it once merged a junk action and marked every real one missing)."""
    plan = _workbook(tmp_path / "ofsted.xlsx")
    _imported(capsys, db_path, plan)
    before = dump(db_path)
    code, out, err = run(capsys, "import", "--db", db_path, plan, "--header-row", "2")
    assert (code, out) == (1, "")
    assert err.startswith("actionplan: ofsted.xlsx: row 2 ")
    assert "no column headed like an action" in err
    assert len(err.strip().splitlines()) == 1
    assert dump(db_path) == before


def test_a_file_sharing_no_action_with_its_plan_is_refused_and_the_plan_kept(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file titled as a stored plan whose actions are none of the plan's (each of its
    three would be marked missing, nothing matches): refused, exit 1, nothing written."""
    _imported(capsys, db_path, _workbook(tmp_path / "ofsted.xlsx"))
    before = dump(db_path)
    other = [["9", "Another area", "9.1 Something else entirely", "Bursar", "1/1/2027"]]
    code, out, err = run(capsys, "import", "--db", db_path, _workbook(tmp_path / "b.xlsx", other))
    assert (code, out) == (1, "")
    assert err.startswith("actionplan: b.xlsx: ")
    assert "none of its 1 action is one of the 3" in err
    assert len(err.strip().splitlines()) == 1
    assert dump(db_path) == before


def test_a_file_sharing_one_action_with_its_plan_still_merges(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Next month's file keeping one action and replacing two: merged, two missing."""
    _imported(capsys, db_path, _workbook(tmp_path / "ofsted.xlsx"))
    rows = [ROWS[0], ["9", "Another area", "9.1 Something new", "Bursar", "1/1/2027"]]
    code, out, err = run(capsys, "import", "--db", db_path, _workbook(tmp_path / "b.xlsx", rows))
    assert code == 0, err
    assert "actions: 1 created, 0 changed, 2 missing (kept)" in out


def test_a_header_row_past_the_end_of_the_sheet_says_so(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--header-row 40` on a sheet of 7 rows: row 40 is past its end, not "no header
    row found in the first 30 rows"."""
    plan = _workbook(tmp_path / "ofsted.xlsx")
    code, _, err = run(capsys, "import", "--db", db_path, plan, "--header-row", "40")
    assert code == 1
    assert err == (
        "actionplan: ofsted.xlsx: --header-row 40 is past the end of sheet 'Action Plan' (7 rows)\n"
    )
    assert not db_path.exists()


def test_a_lead_is_found_by_a_surname_with_an_apostrophe(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The tracker's "Head of Finance (J. O’Neill)" is stored as written (it was
    "JO’Neill") and `list --lead "O'Neill"`, typed with the keyboard's apostrophe, finds her."""
    plan = tmp_path / "tracker.csv"
    plan.write_text(
        "Ref;Agreed management action;Responsible officer;Agreed date\n"
        "IA-24-01;Run monthly duplicate payment report;Head of Finance (J. O’Neill);31/03/2026\n"
        "IA-24-03;Notify leavers to payroll;HR Manager;31/12/2026\n"
    )
    _imported(capsys, db_path, plan)
    code, out, err = run(capsys, "list", "--db", db_path, "--lead", "O'Neill", "--json")
    assert code == 0, err
    assert [(r["ref"], r["leads"]) for r in json.loads(out)] == [
        ("IA-24-01", ["Head of Finance (J. O’Neill)"])
    ]


def test_a_workbook_cut_short_is_said_to_look_incomplete_or_damaged(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A workbook whose copy stopped half-way said "not a readable Excel file (File is not
    a zip file)": it says, in one line naming it, that it looks incomplete or damaged."""
    whole = _workbook(tmp_path / "whole.xlsx").read_bytes()
    cut = tmp_path / "ofsted.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    code, out, err = run(capsys, "import", "--db", db_path, cut)
    assert (code, out) == (1, "")
    assert err == (
        "actionplan: ofsted.xlsx: not a readable Excel file: it looks incomplete or damaged"
        " (cut short when it was copied, saved or downloaded?)\n"
    )
    assert not db_path.exists()


def _status_plan(tmp_path: Path) -> Path:
    """Seven actions: three in progress, two done, two not started; no RAG column."""
    statuses = ["In progress"] * 3 + ["Done"] * 2 + ["Not started"] * 2
    rows = [f"{n}.1;Action number {n};Jo Reid;31/12/2027;{s}" for n, s in enumerate(statuses, 1)]
    plan = tmp_path / "tracker.csv"
    plan.write_text("Ref;Action;Lead;Due;Status\n" + "\n".join(rows) + "\n")
    return plan


def test_the_papers_equal_counts_share_alike_and_name_no_rag_the_plan_lacks(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """3, 2 and 2 of 7 print 43% + 29% + 29%: equal counts show equal shares (a
    committee asks why one 2 is 28% and the other 29%), so they add to 101% and the
    paper says so once under the table. A plan with no RAG at all
    printed "RAG none 7, 100%": the summary leaves RAG out, in the Word paper, the
    workbook, the web page and Markdown."""
    _imported(capsys, db_path, _status_plan(tmp_path))
    paper = tmp_path / "paper.docx"
    assert run(capsys, "export", "--db", db_path, "--format", "docx", "-o", paper)[0] == 0
    summary = Document(str(paper)).tables[0]
    rows = [[c.text for c in row.cells] for row in summary.rows]
    above_overdue = rows[1 : [r[0] for r in rows].index("Overdue")]
    statuses = [r for r in above_overdue if not r[0].startswith("RAG")]
    assert sorted(share for _, _, share in statuses if share != "0%") == ["29%", "29%", "43%"]
    notes = [p.text for p in Document(str(paper)).paragraphs]
    assert notes.count("Shares are rounded; they add to 101%.") == 1
    assert not [r for r in rows if r[0].startswith("RAG")]
    book = tmp_path / "plan.xlsx"
    assert run(capsys, "export", "--db", db_path, "--format", "xlsx", "-o", book)[0] == 0
    cells = [c.value for row in load_workbook(book).worksheets[0].iter_rows() for c in row]
    assert not [c for c in cells if isinstance(c, str) and c.startswith("RAG ")]
    for fmt in ("md", "html"):
        code, out, _ = run(capsys, "export", "--db", db_path, "--format", fmt)
        assert code == 0 and "RAG none" not in out and "RAG None" not in out
