"""Rules found on the twenty-fourth hold-out set: a priority band column ("P1 – within 1
month") is never the grouping, so the site rows written across the sheet are; a heading
paragraph over each table of a Word plan is the recommendation of that table's rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.word import read_word
from tests.importers.test_import_rules import actions, plan_of, write_workbook
from tests.importers.test_import_word import word_file, word_table


def _schedule(tmp_path: Path) -> Path:
    """A remedial action schedule: a site row across the sheet over its numbered items,
    each ranked by a priority band that comes back from site to site."""
    rows: list[tuple[object, ...]] = [
        ("Item No.", "Remedial action required", "Priority", "Responsible", "Target date"),
        ("North School",),
        (1, "Replace the tank lid.", "P1 – within 1 month", "Site Manager", "16/10/2026"),
        (2, "Flush little-used outlets weekly.", "P2 – within 3 months", "Site Manager",
         "18/12/2026"),
        ("South School",),
        (3, "Raise the calorifier set point.", "P1 – within 1 month", "Contractor",
         "16/10/2026"),
        (4, "Descale the shower heads.", "P3 – within 6 months", "Estates Team",
         "31/03/2027"),
    ]  # fmt: skip
    sites = [f"A{n}:E{n}" for n, row in enumerate(rows, 1) if len(row) == 1]
    return write_workbook(tmp_path, {"Sheet": rows}, sites, "schedule.xlsx")


def test_a_priority_band_column_is_a_field_and_the_site_rows_group(tmp_path: Path) -> None:
    plan = plan_of(_schedule(tmp_path))
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [("1", "North School"), ("2", "South School")]
    assert [a.ref for a in actions(plan)] == ["1.1", "1.2", "2.3", "2.4"]
    # the band stays with each action, as a field
    assert "P3 – within 6 months" in str(actions(plan)[3].fields)


def _headed_tables(tmp_path: Path, repeat_header: bool) -> Path:
    """A Word plan of one table per group, each under a heading paragraph of its own."""
    header = ["Negative impact", "Action", "Lead officer", "Timescale"]
    groups = {
        "Age": [("Older residents cannot book online.", "Keep a telephone line.", "Jo Hart")],
        "Disability": [
            ("Two buses lack ramps.", "Retrofit ramps.", "Sam Lee"),
            ("Timetable not in large print.", "Publish large print.", "Jo Hart"),
        ],
    }

    def build(doc: Any) -> None:
        doc.add_paragraph("Equality Impact Assessment – Section 6: Action plan")
        for number, (name, rows) in enumerate(groups.items()):
            doc.add_heading(name, level=2)
            dated = [[*row, "31/03/2027"] for row in rows]
            word_table(doc, [header, *dated] if repeat_header or number == 0 else dated)
            doc.add_paragraph("")

    return word_file(tmp_path, build, "eqia.docx")


@pytest.mark.parametrize("repeat_header", [True, False])
def test_a_heading_over_each_word_table_is_the_recommendation_of_its_rows(
    tmp_path: Path, repeat_header: bool
) -> None:
    path = _headed_tables(tmp_path, repeat_header)
    plan = plan_of(path)
    recs = [(r.ref, r.text) for r in plan.recommendations]
    # the first heading heads its table too, not the document
    assert recs == [("1", "Age"), ("2", "Disability")]
    assert [(a.ref, a.text) for a in actions(plan)] == [
        ("1.1", "Keep a telephone line."),
        ("2.1", "Retrofit ramps."),
        ("2.2", "Publish large print."),
    ]
    # --explain says how the document was read
    assert "the paragraph over each table heads its rows" in read_word(path)[0].how


def _school_plan(tmp_path: Path, news_header: str) -> Path:
    """A school improvement plan: each quality indicator, label and dotted number, merged
    down its actions; an evaluation column of sentences."""
    rows = [
        ("Quality indicator", "Actions / tasks", "Lead person(s)", news_header),
        ("QI 1.3 Leadership of change", "Agree a shared vision with staff.", "Ann Bell",
         "Vision launched at the November assembly."),
        (None, "Introduce a cycle of self-evaluation.", "Ann Bell", "Calendar drafted with staff."),
        ("QI 2.3 Learning, teaching and assessment", "Moderate writing with the cluster.",
         "Cara Dunn", "First moderation held in November."),
        (None, "Review feedback on pupils' work.", "Cara Dunn", ""),
    ]  # fmt: skip
    return write_workbook(tmp_path, {"Sheet": rows}, ("A2:A3", "A4:A5"), "sip.xlsx")


def test_a_label_and_dotted_number_heading_the_blocks_is_the_recommendations_ref(
    tmp_path: Path,
) -> None:
    plan = plan_of(_school_plan(tmp_path, "Evaluation"))
    recs = [(r.ref, r.text) for r in plan.recommendations]
    assert recs == [("1.3", "Leadership of change"), ("2.3", "Learning, teaching and assessment")]
    assert [a.ref for a in actions(plan)] == ["1.3.1", "1.3.2", "2.3.1", "2.3.2"]


def test_a_column_headed_evaluation_alone_holds_undated_news(tmp_path: Path) -> None:
    news = [
        [(u.date, u.text) for u in a.updates]
        for a in actions(plan_of(_school_plan(tmp_path, "Evaluation")))
    ]
    assert news[:2] == [
        [(None, "Vision launched at the November assembly.")],
        [(None, "Calendar drafted with staff.")],
    ]
    assert news[3] == []


def test_evaluation_with_another_word_is_no_news(tmp_path: Path) -> None:
    # "Evaluation/Impact" may say what will show success: kept as a field
    plan = plan_of(_school_plan(tmp_path, "Evaluation/Impact"))
    assert all(not a.updates for a in actions(plan))
    assert "Calendar drafted with staff." in str(actions(plan)[1].fields)
