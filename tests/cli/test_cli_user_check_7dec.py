"""What a programme manager tripped on writing her committee paper (user check of
6 Dec 2026, her clock on 7 Dec): each test states what she reads — the printed line,
the heading of a paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli_chase import run

# Today is 24 Nov 2026 (tests/conftest.py).


def test_changes_since_a_day_without_its_year_is_the_last_such_day_not_next_years(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--since "1 nov"` was read as a deadline is, forward: the paper said "Changes
    since 1 November 2027" and "No changes". A period reported on is behind today."""
    code, paper, err = run(capsys, "export", "--db", db, "--format", "md", "--since", "1 nov")
    assert code == 0, err
    assert "## Changes since 1 November 2026" in paper
    code, paper, err = run(capsys, "export", "--db", db, "--format", "md", "--since", "30/11")
    assert "## Changes since 30 November 2025" in paper  # 30 Nov 2026 is not yet


def test_changes_since_a_day_after_today_is_refused_with_the_day_read(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "export", "--db", db, "--format", "md", "--since", "1/1/2027")
    assert code == 1
    assert err.strip() == "actionplan: --since: 1 Jan 2027 is after today (24 Nov 2026)"


def test_update_takes_a_plans_status_words(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`update 2.2 --status "on track"` was refused though her plans say it: the command
    takes what the importer reads as a status, and "off track" rates the action red too."""
    code, out, err = run(capsys, "update", "2.2", "--db", db, "--status", "on track")
    assert (code, out) == (0, "2.2: status Not started → In progress\n"), err
    code, out, err = run(capsys, "update", "2.1", "--db", db, "--status", "off track")
    assert (code, out) == (0, "2.1: RAG none → Red\n"), err
    code, out, err = run(capsys, "update", "2.1", "--db", db, "--status", "Completed")
    assert (code, out) == (0, "2.1: status In progress → Done, RAG Red → none\n"), err


def test_listing_by_a_status_word_that_rates_names_both_filters(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`list --status "off track"` listed every action in progress, on track ones too."""
    code, out, err = run(capsys, "list", "--db", db, "--status", "on track")
    assert code == 0 and "2.1" in out, err
    code, out, err = run(capsys, "list", "--db", db, "--status", "off track")
    assert (code, out) == (1, "")
    assert err == (
        "actionplan: --status: 'off track' is in progress and rated red:"
        ' list with --status "in progress" --rag red\n'
    )


def test_an_unknown_status_word_names_the_words_taken(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "update", "2.2", "--db", db, "--status", "florp")
    assert code == 1
    assert "unknown status 'florp'" in err
    assert "not started, in progress, blocked, done, dropped" in err
    code, _, err = run(capsys, "update", "2.2", "--db", db, "--status", "green")
    assert err.strip() == "actionplan: --status: 'green' is a RAG (use --rag green)"


def _word_plan(path: Path, *other_tables: list[str]) -> Path:
    """A Word plan: one table of actions, then any ``other_tables`` (a header row each)."""
    from docx import Document

    document = Document()
    document.add_paragraph("Improvement plan")
    rows = [["Ref", "Action", "Lead", "Due"], ["1.1", "Audit case files", "Ann Lee", "31/12/2026"]]
    for cells in (rows, *([header, [""] * len(header)] for header in other_tables)):
        table = document.add_table(rows=len(cells), cols=len(cells[0]))
        for row, texts in zip(table.rows, cells, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
    document.save(str(path))
    return path


def test_a_sheet_asked_of_a_word_document_is_refused_saying_it_has_none(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`import plan.docx --sheet X` said "no sheet named 'X' (sheets: plan.docx)": the
    file listed as its own sheet. A Word document has tables, no sheets."""
    plain = _word_plan(tmp_path / "plain.docx")
    code, _, err = run(capsys, "import", plain, "--db", db, "--sheet", "Plan")
    assert (code, err) == (
        1,
        "actionplan: plain.docx: a Word document has no sheets: leave out --sheet\n",
    )
    versions = _word_plan(tmp_path / "versions.docx", ["Version", "Date"])
    code, _, err = run(capsys, "import", versions, "--db", db, "--sheet", "Plan")
    assert err == (
        "actionplan: versions.docx: a Word document has no sheets: leave out --sheet,"
        " or name one of its other tables (Table 2)\n"
    )
