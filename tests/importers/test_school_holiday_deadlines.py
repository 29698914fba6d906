"""A school's deadlines read the same at import and typed into ``update --due``: one
reading of a school term named without a year; a holiday ("Oct half term 2026",
"Easter 2027") undated both ways."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from importers import ImportOptions, load
from importers.dates import NotADate, read_due_input

TODAY = dt.date(2026, 12, 5)
WORDINGS = {
    "Spring term": dt.date(2027, 3, 31),
    "End of Autumn term": dt.date(2026, 12, 31),  # the one holding today
    "By end of Summer term": dt.date(2027, 7, 31),  # no year: the next to end
}


def _imported(tmp_path: Path) -> dict[str, tuple[dt.date | None, str]]:
    lines = ["Ref,Action,Lead,Deadline"]
    lines += [
        f"1.{i},Train all staff in the phonics programme (group {i}),Kerry Moss,{w}"
        for i, w in enumerate(WORDINGS, 1)
    ]
    path = tmp_path / "plan.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (plan,) = load(path, ImportOptions(today=TODAY)).plans
    actions = [a for r in plan.recommendations for a in r.actions]
    return {a.due_text: (a.due, a.due_text) for a in actions}


@pytest.mark.parametrize("wording", list(WORDINGS))
def test_a_term_without_a_year_gives_one_date_imported_and_typed(
    wording: str, tmp_path: Path
) -> None:
    imported = _imported(tmp_path)[wording]
    assert imported == (WORDINGS[wording], wording)  # the wording kept as written
    assert read_due_input(wording, TODAY).due == WORDINGS[wording]


def test_a_term_without_a_year_is_said_under_unsure(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead,Deadline\n"
        "1.1,Governors review foundation subject outcomes,Kerry Moss,By end of Summer term\n"
        "1.2,Train all staff in the phonics programme,Kerry Moss,Spring 1 2027\n"
    )
    warnings = load(path, ImportOptions(today=TODAY)).warnings
    assert "row 2: deadline 'By end of Summer term' names no year: read as 31 Jul 2027," in (
        " ".join(warnings)
    )


@pytest.mark.parametrize("wording", ["Easter 2027", "Oct half term 2026"])
def test_a_holiday_with_a_year_is_undated_both_ways(wording: str, tmp_path: Path) -> None:
    """Imported undated (hold-out 19 and the corpus's college plan read "Feb half-term
    2027" and "Easter 2025" so: each trust sets its holidays), and refused when typed:
    never a date typed that the same words imported would not give."""
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ref,Action,Lead,Deadline\n"
        f"1.1,Careers interviews for all Year 13 students,Claire Evans,{wording}\n"
    )
    (plan,) = load(path, ImportOptions(today=TODAY)).plans
    assert plan.recommendations[0].actions[0].due is None
    with pytest.raises(NotADate):
        read_due_input(wording, TODAY)


# A school's title writes its year with a dash as often as a slash, Word turning a typed
# hyphen into an en dash; a dash over more than a year is a strategy's span, no school year.
@pytest.mark.parametrize(
    ("title", "autumn"),
    [
        ("Pupil premium plan 2024–25", dt.date(2024, 12, 31)),
        ("Pupil premium plan 2024-25", dt.date(2024, 12, 31)),
        ("Pupil premium plan 2024 – 2025", dt.date(2024, 12, 31)),
        ("Pupil premium strategy 2024–2027", dt.date(2026, 12, 31)),  # the next to end
    ],
)
def test_a_school_year_written_with_a_dash_dates_the_terms(
    tmp_path: Path, title: str, autumn: dt.date
) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        f"{title},,,\nRef,Action,Lead,By when\n1.1,Run a tutoring group,Ola Reid,Autumn term\n",
        encoding="utf-8",
    )
    (plan,) = load(path, ImportOptions(today=TODAY)).plans
    assert plan.recommendations[0].actions[0].due == autumn


# A second reader's plan: an old plan, its title naming its school year, no position date.
# Its terms are that year's, not the next to end from the import's day.
def test_a_term_without_a_year_is_of_the_school_year_the_title_names(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(
        "Ashby Primary School,,,\n"
        "School improvement plan 2025/26 – end of year review,,,\n"
        ",,,\n"
        "Ref,Action,Lead,By when\n"
        "1.1,Train all staff in the new reading scheme,Jo Hart,By end of Summer term\n"
        "1.2,Audit the library stock,Jo Hart,Autumn term\n"
        "1.3,Review the phonics scheme,Jo Hart,31/07/2026\n",
        encoding="utf-8",
    )
    (plan,) = load(path, ImportOptions(today=TODAY)).plans
    due = {a.ref: (a.due, a.due_text) for r in plan.recommendations for a in r.actions}
    assert due["1.1"] == (dt.date(2026, 7, 31), "By end of Summer term")
    assert due["1.2"] == (dt.date(2025, 12, 31), "Autumn term")


# A plan keeping the six-term year names a term by its number with no year ("Term 3",
# "By end of Term 6"): that half term of the school year the title names. Without a
# six-term year a numbered term may be Scotland's or Wales's, and stays undated.
def test_a_numbered_term_without_a_year_is_of_the_titled_six_term_year(tmp_path: Path) -> None:
    path = tmp_path / "plan.csv"
    rows = [
        "Brookfield Infant School,,,",
        "Improvement plan 2027/28,,,",
        "Our year has six terms: Term 1 is September to October.,,,",
        "Ref,Action,Lead,Timescale",
        "1.1,Replace the phonics books,Sam Yule,Term 3",
        "1.2,Hold a maths open morning,Sam Yule,By end of Term 6",
        "1.3,Refit the nursery garden,Sam Yule,Term 2 2027/28",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (plan,) = load(path, ImportOptions(today=TODAY)).plans
    due = {a.ref: (a.due, a.due_text) for r in plan.recommendations for a in r.actions}
    # Spring 1 and Summer 2 of 2027/28, as "Term 2 2027/28" is Autumn 2; wording kept
    assert due == {
        "1.1": (dt.date(2028, 2, 29), "Term 3"),
        "1.2": (dt.date(2028, 7, 31), "By end of Term 6"),
        "1.3": (dt.date(2027, 12, 31), "Term 2 2027/28"),
    }
    # no key, no fifth or sixth term: the year may be Scotland's or Wales's
    rows = [*rows[:2], rows[3], rows[4], "1.2,Hold a maths open morning,Sam Yule,Term 4"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (plan,) = load(path, ImportOptions(today=TODAY)).plans
    assert [a.due for r in plan.recommendations for a in r.actions] == [None, None]
