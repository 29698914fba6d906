"""Rules found on the ninth hold-out set (an ICO audit action plan in Word headed "Scope
area A –" over each table, a Cyber Assessment Framework plan whose "Contributing outcome"
is written once per block, a fire risk assessment's totals row): each on a small file of
its own, written by the test."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importers import load
from tests.importers.test_import_rules import OPTIONS, actions, plan_of, write
from tests.importers.test_import_word import word_file, word_table

_HEADER = ["Ref", "Recommendation", "Owner", "Target date"]


def _word_plan(tmp_path: Path, blocks: list[tuple[str, list[list[str]]]]) -> Path:
    """Title paragraphs, then each block's paragraph and its own table (header repeated)."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Harcourt District Council")
        doc.add_paragraph("Data protection audit – action plan")
        for heading, rows in blocks:
            doc.add_paragraph(heading)
            word_table(doc, [_HEADER, *rows])

    return word_file(tmp_path, build)


def test_paragraphs_lettered_in_sequence_head_the_tables_below_them(tmp_path: Path) -> None:
    path = _word_plan(
        tmp_path,
        [
            (
                "Scope area A – Governance and accountability",
                [
                    ["A3", "Appoint a deputy information risk owner.", "Emma Byrne", "31/12/2025"],
                    ["A7", "Report governance indicators each quarter.", "Emma Byrne", "Mar-26"],
                ],
            ),
            (
                "Scope area B – Records management",
                [["B2", "Publish the retention schedule.", "Raj Patel", "Jan-26"]],
            ),
            (
                "Scope area C – Subject access requests",
                [["C1", "Log every request in one system.", "Lisa Marsh", "31/12/2025"]],
            ),
        ],
    )
    (plan,) = load(path, OPTIONS).plans
    recs = [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations]
    assert recs == [
        ("A", "Governance and accountability", ["A3", "A7"]),
        ("B", "Records management", ["B2"]),
        ("C", "Subject access requests", ["C1"]),
    ]
    # the first heading sits above the header row, yet is no title
    assert plan.title == "Harcourt District Council – Data protection audit – action plan"


def test_letters_that_fall_back_head_no_recommendation(tmp_path: Path) -> None:
    rows = [
        ["Action", "Lead", "Deadline"],
        ["Part A – Draft", "", ""],
        ["Draft the policy.", "Policy Officer", "Jun-25"],
        ["Part B – Consult", "", ""],
        ["Consult the residents' panel.", "Policy Officer", "Jul-25"],
        ["Part A – Draft", "", ""],
        ["Draft the guidance.", "Policy Officer", "Sep-25"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["1"]
    assert [a.fields["Section"] for a in actions(plan)] == [rows[1][0], rows[3][0], rows[5][0]]


def _outcome_plan(tmp_path: Path, outcome_header: str) -> Path:
    rows = [
        ["CAF ref", outcome_header, "Action ID", "Improvement action", "Owner"],
        ["A1.a", "Board direction – security is led at board level", "CAF-01",
         "Nominate a Cabinet member for cyber security.", "SIRO"],
        ["", "", "CAF-02", "Approve an information security policy.", "SIRO"],
        ["B2.a", "Identity verification – access is limited to verified users", "CAF-03",
         "Turn on multi-factor authentication for remote access.", "Head of ICT"],
        ["", "", "CAF-04", "Review leavers' accounts every month.", "Head of ICT"],
    ]  # fmt: skip
    return write(tmp_path, rows)


def test_an_outcome_written_once_per_block_is_the_recommendations_text(tmp_path: Path) -> None:
    plan = plan_of(_outcome_plan(tmp_path, "Contributing outcome"))
    recs = [(r.ref, r.text, len(r.actions)) for r in plan.recommendations]
    assert recs == [
        ("A1.a", "Board direction – security is led at board level", 2),
        ("B2.a", "Identity verification – access is limited to verified users", 2),
    ]


def test_a_column_headed_as_a_measure_stays_a_measure_written_once_per_block(
    tmp_path: Path,
) -> None:
    plan = plan_of(_outcome_plan(tmp_path, "Success measure"))
    assert [r.text for r in plan.recommendations] == ["", ""]
    measures = [a.fields.get("Success measure") for a in actions(plan)]
    assert measures[0] == "Board direction – security is led at board level"


def test_a_totals_row_naming_what_it_counts_is_a_note(tmp_path: Path) -> None:
    rows = [
        ["Item", "Action required", "Priority", "Action by"],
        ["4.1", "Remove the daisy-chained extension leads.", "H", "Paul Hendry"],
        ["4.2", "Commission an inspection of the fixed wiring.", "M", "Jackie Ward"],
        ["Total actions: 2", "", "H: 1, M: 1", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.ref for a in actions(plan)] == ["4.1", "4.2"]
    assert "Total actions: 2" in plan.notes
