"""What an internal audit manager saw running a month of her tracker (user check of
5 Dec 2026, reported on the 6th): each test states what she reads — the printed
line, the cell of a paper, the row of a chase pack."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.cli.test_cli_chase import run

# Today is 24 Nov 2026 (tests/conftest.py). 1.1 is written "Overdue" but due in March;
# 1.2 is past due.
TRACKER = """Ref,Action,Lead,Due date,Status
1.1,Review the procurement card controls,April Bald,31/03/2027,Overdue
1.2,Train budget holders on the scheme of delegation,Kate Ellis,31/10/2026,In progress
"""


def _imported(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    plan = tmp_path / "tracker.csv"
    plan.write_text(TRACKER, encoding="utf-8")
    code, _, err = run(capsys, "import", "--db", db, plan, "--plan", "Audit tracker")
    assert code == 0, err


def _exported(capsys: pytest.CaptureFixture[str], db: Path, fmt: str) -> str:
    code, out, err = run(capsys, "export", "--db", db, "--format", fmt)
    assert code == 0, err
    return out


def test_a_status_written_overdue_is_not_called_overdue_before_its_due_date(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Overdue is a fact of dates. The word "Overdue" in the file reads as in progress
    and red: the paper lists 1.1 among its exceptions as red, never as overdue, counts
    one overdue (1.2), and keeps the file's word under the action as written."""
    _imported(capsys, db_path, tmp_path)
    paper = _exported(capsys, db_path, "md")
    exceptions = paper.split("## Exceptions", 1)[1].split("\n## ", 1)[0]
    line = next(x for x in exceptions.splitlines() if x.startswith("| 1.1 |"))
    assert line.endswith("| In progress | Red | red |")
    assert "overdue" not in line.lower()
    assert "**1 overdue**" in paper
    assert "Status (as written): Overdue" in paper  # the file's word, as written
    code, out, _ = run(capsys, "list", "--db", db_path, "--overdue")
    assert code == 0 and "1.1" not in out and "1 action, 1 overdue" in out


def test_the_word_paper_says_the_same_of_a_status_written_overdue(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _imported(capsys, db_path, tmp_path)
    out = tmp_path / "paper.docx"
    code, _, err = run(capsys, "export", "--db", db_path, "--format", "docx", "-o", out)
    assert code == 0, err
    document = Document(io.BytesIO(out.read_bytes()))
    rows = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    exception = next(r for r in rows if r[0] == "1.1" and r[-1] in ("red", ""))
    assert exception[-1] == "red"
    assert not any("overdue" in cell.lower() for cell in exception)


LONG = (
    "1.3,Introduce call-back verification for all supplier bank detail changes,"
    "Head of Financial Services and Procurement,31/01/2027,In progress\n"
)


def test_list_at_80_columns_wraps_the_action_at_word_boundaries(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """At 80 columns the terminal broke each line where it ran out ("…supplier ba" /
    "nk detail…"). Now no line is wider than the terminal, the action's words wrap
    under its column, each whole, and a lead too long for its column ends "…"."""
    plan = tmp_path / "tracker.csv"
    plan.write_text(TRACKER + LONG, encoding="utf-8")
    code, _, err = run(capsys, "import", "--db", db_path, plan, "--plan", "Audit tracker")
    assert code == 0, err
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)  # a terminal 80 columns wide
    code, out, _ = run(capsys, "list", "--db", db_path)
    assert code == 0
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines), lines
    start = lines[0].index("Action")
    first = next(n for n, line in enumerate(lines) if line[2:].startswith("1.3 "))
    words = [lines[first][start:]]
    words += [x[start:] for x in lines[first + 1 :] if x[:start].strip() == ""]
    assert " ".join(w.strip() for w in words) == (
        "Introduce call-back verification for all supplier bank detail changes"
    )
    # shortened as the TUI's Lead column: by what the post serves, the cut seen
    assert " …Financial Serv… " in lines[first]
    assert lines[-1] == "3 actions, 1 overdue"


def test_list_piped_keeps_one_line_per_action(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Into a pipe each action stays on one line, whatever COLUMNS a shell exported:
    grep finds it."""
    plan = tmp_path / "tracker.csv"
    plan.write_text(TRACKER + LONG, encoding="utf-8")
    assert run(capsys, "import", "--db", db_path, plan)[0] == 0
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, "list", "--db", db_path)
    assert code == 0 and len(out.splitlines()) == 5


REDATED = """Ref,Action,Lead,Original target date,Revised target date,Status
1.1,Introduce call-back verification,Sam Patel,31/10/2026,30/01/2027,In progress
1.2,Run monthly duplicate payment reports,Sam Patel,31/01/2027,,In progress
"""


def test_a_chase_pack_shows_a_re_dated_action_s_original_due_as_the_papers_do(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The pack showed "30 Jan 2027" for an action first due 31 Oct 2026: a lead could not
    see it had slipped. Its Due cell and the email body now read as the papers' Due
    column ("31 Oct 2026 → 30 Jan 2027 (+91 days)"); an action never re-dated, the date."""
    plan = tmp_path / "tracker.csv"
    plan.write_text(REDATED, encoding="utf-8")
    assert run(capsys, "import", "--db", db_path, plan)[0] == 0
    folder = tmp_path / "chase"
    code, _, err = run(capsys, "chase", "--db", db_path, "-o", folder, "--text")
    assert code == 0, err
    (book,) = folder.glob("*.xlsx")
    sheet = load_workbook(book).worksheets[0]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    head = next(r for r in rows if "Due" in r)
    due = {r[0]: r[head.index("Due")] for r in rows if r[0] in ("1.1", "1.2")}
    assert due == {"1.1": "31 Oct 2026 → 30 Jan 2027 (+91 days)", "1.2": "31 Jan 2027"}
    (text,) = folder.glob("*.txt")
    body = text.read_text(encoding="utf-8")
    assert "    Due: 31 Oct 2026 → 30 Jan 2027 (+91 days) · Status: In progress" in body
    assert "    Due: 31 Jan 2027 · Status: In progress" in body
