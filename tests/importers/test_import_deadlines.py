"""Deadlines: the wording of a deadline cell, dates written month first, revised and
original dates, quarters, financial years and timelines.

Each rule on a small plan the test writes itself. The tests were first written with the
blind hold-out set whose plans showed the rule; a comment over each group says which."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from importers import stages
from importers.dates import (
    Deadline,
    PlanCalendar,
    dated_by_header,
    deadline_moved_in_news,
    parse_deadline,
    plan_calendar,
)
from importers.explain import explain
from importers.locate import header_rows
from tests.importers.corpus import export_tokens, source_tokens
from tests.importers.helpers import headings_with_owner_and_date, updates_of
from tests.importers.test_import_rules import (
    OPTIONS,
    actions,
    plan_of,
    result_of,
    write,
    write_workbook,
)
from tests.importers.test_import_word import word_file, word_table

D = dt.date


# Seen in hold-out 17 (these tests were in test_import_holdout17_rules.py):
# Rules found on the seventeenth hold-out set (a Microsoft Project programme whose WBS
# outline puts summary tasks over their sub-tasks; an NHS education plan's "Timeline" in
# financial years "FY26/27"; a water company's tracker rated "Amber/Red" and due in "AMP8
# Year 2"): each on a small file of its own, written by the test.


def test_a_timeline_of_financial_years_is_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Action ref", "Trust action", "Action owner", "Timeline", "RAG"],
        ["NF-01", "Add a second registrar to the rota.", "Rota Team", "FY26/27", "Amber"],
        ["NF-02", "Audit overnight cover.", "Rota Team", "Q2 FY26/27", "Green"],
        ["NF-03", "Give out escalation cards.", "Dr Tom Hale", "30/11/2026", "Green"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # "FY26/27" ends 31 March 2027; the label makes the short year pair safe to read
    assert [a.due for a in actions(plan)] == [
        dt.date(2027, 3, 31),
        dt.date(2026, 9, 30),
        dt.date(2026, 11, 30),
    ]
    assert parse_deadline("26/27").due is None  # alone it could be a day and month


# Seen in hold-out 174 (a police force's PEEL plan): every date in the compact military
# form of operational orders, the day, the month's letters and the year run together.
def test_a_day_month_and_year_run_together_are_that_day(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target", "Status"],
        ["1.1", "Train all custody sergeants.", "Head of Custody", "30JUN27", "Not started"],
        ["1.2", "Refit two cells.", "Head of Custody", "15Jan2027", "In progress"],
        ["1.3", "Publish the custody audit.", "Head of Custody", "31APR27", "Not started"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # "31APR27" names a day that does not exist: no date, the wording kept
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 6, 30), "30JUN27"),
        (D(2027, 1, 15), "15Jan2027"),
        (None, "31APR27"),
    ]
    # a code with letters between figures is no date
    assert parse_deadline("Room 3B12").due is None
    assert parse_deadline("Form 2MAR").due is None


# Seen in hold-out 255 (a housing association's plan agreed with the Regulator of Social
# Housing): every date written in words as its solicitors drafted it.
def test_a_day_written_in_words_is_that_day(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Responsible officer", "To be completed by", "Status", "Progress"],
        ["1.1", "Appoint a surveyor.", "Director of Property", "the fifteenth day of January 2027",
         "Complete", "The fourth of November 2026 – Contract awarded."],
        ["1.2", "Survey every home.", "Director of Property",
         "the thirtieth day of June two thousand and twenty-seven", "On track",
         "Surveys began on the sixteenth of November 2026; 310 homes surveyed."],
        ["1.3", "Report to the Board.", "Company Secretary", "the 1st day of March 2027",
         "On track", "the Twenty First day of November 2026: first report drafted."],
        ["1.4", "Tell the Regulator.", "Chief Executive", "Thirty-first March 2027",
         "Not started", ""],
        ["1.5", "Report each month.", "Chief Executive", "the tenth day of each month",
         "On track", ""],
        ["1.6", "Meet the case lead.", "Chief Executive", "the twenty-second of February",
         "Not started", ""],
        ["1.7", "Check the data.", "Chief Executive", "the thirty-first day of April 2027",
         "Not started", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the ordinal names the day, never the month's end; a year in words reads as in
    # figures; with no month and year ("each month", no year) or no such day, no date
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 1, 15), "the fifteenth day of January 2027"),
        (D(2027, 6, 30), "the thirtieth day of June two thousand and twenty-seven"),
        (D(2027, 3, 1), "the 1st day of March 2027"),
        (D(2027, 3, 31), "Thirty-first March 2027"),
        (None, "the tenth day of each month"),
        (None, "the twenty-second of February"),
        (None, "the thirty-first day of April 2027"),
    ]
    # a line opened by such a day is news of that day, kept whole; inside a sentence the
    # day dates nothing
    assert [[(u.date, u.text) for u in a.updates] for a in found[:3]] == [
        [(D(2026, 11, 4), rows[1][5])],
        [(None, rows[2][5])],
        [(D(2026, 11, 21), rows[3][5])],
    ]


# Seen in hold-out 71 (a university's plan after a QAA review): completion dates in the
# academic year's short form.
def test_a_short_academic_year_ends_on_31_july_of_its_second_year(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Completion date"],
        ["1.1", "Appoint a link tutor for each partner.", "Dr Tom Reid", "End of AY26/27"],
        ["1.2", "Audit board decisions each year.", "Dr Tom Reid", "AY27/28"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the label makes the short pair safe, as "FY26/27" does; the wording stays as written
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 7, 31), "End of AY26/27"),
        (D(2028, 7, 31), "AY27/28"),
    ]


# Seen in hold-out 19 (these tests were in test_import_holdout19_columns.py):
# Rules found on the nineteenth hold-out set, about what a column is: a "Milestone"
# column of months is the deadline (an ILACS board tracker), and an internal audit
# tracker's "Priority" written Red / Amber / Green is urgency, never the RAG. Each on a
# small file of its own, written by the test.


def test_a_milestone_column_of_months_is_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "What we will do", "Delivery lead", "Milestone", "Board RAG"],
        ["1.1", "Introduce a supervision template.", "Priya Nair", "Sep 26", "G"],
        ["1.2", "Audit 40 supervision records each month.", "Priya Nair", "Mar 27", "G"],
        ["1.3", "Train every team manager.", "Marcus Bell", "Jan 27", "A"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # the wording stays the action; a month alone is due on its last day
    assert [(a.text, a.due) for a in actions(plan)] == [
        ("Introduce a supervision template.", dt.date(2026, 9, 30)),
        ("Audit 40 supervision records each month.", dt.date(2027, 3, 31)),
        ("Train every team manager.", dt.date(2027, 1, 31)),
    ]


# Seen in hold-out 111 (an area SEND partnership's plan: targets written as a season and a
# two-figure year, "Autumn 26", "End of Spring 27").


def test_a_season_and_a_two_figure_year_is_due_at_the_seasons_end(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1.1", "Publish the local offer refresh.", "Jo Baines", "Autumn 26"],
        ["1.2", "Train every SENCo in the new EHCP template.", "Jo Baines", "End of Spring 27"],
        ["1.3", "Review the graduated approach.", "Jo Baines", "Summer 27"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # seasons end with their last month, the wording kept as written
    assert [(a.due, a.due_text) for a in actions(plan)] == [
        (dt.date(2026, 11, 30), "Autumn 26"),
        (dt.date(2027, 5, 31), "End of Spring 27"),
        (dt.date(2027, 8, 31), "Summer 27"),
    ]


# Seen in hold-out 125 (an ILACS plan typed in a word processor first: targets "Dec ’26",
# "Mar ’27", the century elided by a curly apostrophe).


def test_a_month_and_a_year_elided_by_any_apostrophe_is_due_at_the_months_end(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Relaunch the supervision policy.", "Sarah Lowe", "Dec ’26"],
        ["1.2", "Audit 40 supervision records.", "Tom Reid", "Mar ‘27"],
        ["1.3", "Train every team manager.", "Sarah Lowe", "Jan '27"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [(a.due, a.due_text) for a in actions(plan)] == [
        (dt.date(2026, 12, 31), "Dec ’26"),
        (dt.date(2027, 3, 31), "Mar ‘27"),
        (dt.date(2027, 1, 31), "Jan '27"),
    ]


# Seen in hold-out 130 (an ILACS plan's targets typed "Sept/26", "Dec/26", "Mar/27").


def test_a_month_word_a_slash_and_a_two_figure_year_is_due_at_the_months_end(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1.1", "Relaunch the supervision policy.", "Sarah Lowe", "Sept/26"],
        ["1.2", "Audit 40 supervision records.", "Tom Reid", "Mar/27"],
        ["1.3", "Train every team manager.", "Sarah Lowe", "Feb/27"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [(a.due, a.due_text) for a in actions(plan)] == [
        (dt.date(2026, 9, 30), "Sept/26"),
        (dt.date(2027, 3, 31), "Mar/27"),
        (dt.date(2027, 2, 28), "Feb/27"),
    ]


def test_a_date_cell_shown_as_a_month_is_due_at_the_end_of_that_month(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Ref", "Agreed action", "Responsible officer", "Original date", "Revised date"])
    sheet.append(["1", "Reconcile the ledger monthly.", "Finance manager", D(2026, 9, 1), None])
    sheet.append(["2", "Review user access.", "ICT manager", D(2026, 10, 1), D(2027, 1, 1)])
    for row in sheet.iter_rows(min_row=2, min_col=4, max_col=5):
        for cell in row:
            cell.number_format = "mmm-yy"  # Excel stores "Dec-26" as 1 Dec, shows a month
    path = tmp_path / "plan.xlsx"
    book.save(path)
    found = actions(plan_of(path))
    assert [(a.due, a.original_due) for a in found] == [
        (D(2026, 9, 30), None),
        (D(2027, 1, 31), D(2026, 10, 31)),
    ]


def test_words_typed_into_a_date_cells_format_are_kept_with_the_date(tmp_path: Path) -> None:
    """A date cell formatted '"As at "d mmm yyyy' shows "As at 30 Nov 2026": the words
    are the author's and kept as the cell shows them, the date still read as the date;
    a separator inside the date ('dddd", "d mmmm yyyy') is no words of its own."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Ref", "Agreed action", "Responsible officer", "Target date", "Position"])
    sheet.append(["1", "Reconcile the ledger.", "Finance manager", D(2026, 11, 30), D(2026, 12, 1)])
    sheet.append(["2", "Review user access.", "ICT manager", D(2027, 1, 31), "On track"])
    sheet.append(["3", "Test the backups.", "ICT manager", D(2027, 2, 26), "On track"])
    sheet["D2"].number_format = sheet["E2"].number_format = '"As at "d mmm yyyy'
    sheet["D3"].number_format = 'd mmm yyyy" (revised)"'
    sheet["D4"].number_format = 'dddd", "d mmmm yyyy'
    path = tmp_path / "plan.xlsx"
    book.save(path)
    found = actions(plan_of(path))
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 11, 30), "As at 2026-11-30"),
        (D(2027, 1, 31), "2027-01-31 (revised)"),
        (D(2027, 2, 26), "2027-02-26"),
    ]
    assert [u.text for u in found[0].updates] == ["As at 2026-12-01"]


def test_an_original_date_cell_beside_a_revised_one_is_the_baseline_not_a_field(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    # an audit tracker's own "Original target date" as date cells, the revised date
    # filled only where the action was re-dated: the original IS the action's original
    # due ("28 Mar 2026 → 26 Jul 2026"), no second line of ISO text beside it
    book = Workbook()
    sheet = book.active
    sheet.append(["Ref", "Agreed action", "Original target date", "Revised target date"])
    sheet.append(["1.1", "Reconcile the supplier file.", D(2026, 6, 15), None])
    sheet.append(["2.2", "Review overtime claims.", D(2026, 3, 28), D(2026, 7, 26)])
    sheet.append(["2.3", "Check the payroll.", "end of March 2026", D(2026, 7, 26)])
    for row in sheet.iter_rows(min_row=2, min_col=3, max_col=4):
        for cell in row:
            cell.number_format = "dd/mm/yyyy"
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    first, second, third = actions(plan_of(path))
    assert (second.due, second.original_due) == (D(2026, 7, 26), D(2026, 3, 28))
    assert "Original target date" not in second.fields
    assert "Original target date" not in first.fields  # the deadline itself, as ever
    # wording that says more than a day in figures stays as written beside the baseline
    assert third.original_due == D(2026, 3, 31)
    assert third.fields["Original target date"] == "end of March 2026"


def test_a_status_naming_the_day_the_action_moved_to_revises_the_deadline(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Status"],
        ["1", "Train the panel.", "Jo Bates", "31/12/2026", "Rescheduled to 31/01/2027"],
        ["2", "Audit the repairs.", "Jo Bates", "31/12/2026", "Deferred to 28/02/2027"],
        ["3", "Publish the results.", "Jo Bates", "31/12/2026", "Revised date 31/03/2027"],
        ["4", "Agree a damp policy.", "Jo Bates", "31/12/2026", "Deferred to Q1 2027/28"],
        ["5", "Review the log.", "Jo Bates", "31/12/2026", "Rescheduled"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the day moved to is the deadline, the target its baseline; a period or no date
    # leaves the target in force
    assert [(a.due, a.original_due) for a in found] == [
        (D(2027, 1, 31), D(2026, 12, 31)),
        (D(2027, 2, 28), D(2026, 12, 31)),
        (D(2027, 3, 31), D(2026, 12, 31)),
        (D(2026, 12, 31), None),
        (D(2026, 12, 31), None),
    ]
    assert found[0].status == "in_progress"
    # the target in figures is the baseline itself, no field beside it
    assert "Target date" not in found[0].fields


def test_a_move_the_status_does_not_open_leaves_the_deadline(tmp_path: Path) -> None:
    """A status moves the deadline only where its move opens the cell, after its status
    and a dash at most: a meeting moved, a plan revised on a day or a done action's
    report deferred leave the target in force; the day moved to is the deadline, not
    another date later in the cell."""
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Status"],
        ["1", "Refresh the policy.", "Jo Bates", "30/11/2026",
         "On track - plan revised on 12/11/2026 after Board"],
        ["2", "Recruit managers.", "Jo Bates", "31/12/2026", "Delayed - panel moved to 14/01/2027"],
        ["3", "Launch the survey.", "Jo Bates", "31/10/2026",
         "Complete - report deferred to 31/01/2027 Cabinet"],
        ["4", "Recruit team leads.", "Jo Bates", "31/12/2026",
         "Moved to 31/01/2027; interviews 15/12/2026"],
        ["5", "Audit the repairs.", "Jo Bates", "31/12/2026", "In progress – moved to 28 Feb 2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.original_due) for a in found] == [
        (D(2026, 11, 30), None),
        (D(2026, 12, 31), None),
        (D(2026, 10, 31), None),
        (D(2027, 1, 31), D(2026, 12, 31)),
        (D(2027, 2, 28), D(2026, 12, 31)),
    ]
    # the deadline's wording is the day moved to; the status stays as written
    assert [a.due_text for a in found[3:]] == ["31/01/2027", "28 Feb 2027"]
    assert found[3].fields["Status (as written)"] == "Moved to 31/01/2027; interviews 15/12/2026"


# Seen in hold-out 273 (a district council's peer challenge plan with no revised-date
# column): the progress cell says the action's deadline moved.
def test_a_progress_update_saying_the_deadline_moved_revises_it(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Status", "Progress update (Nov 2026)"],
        ["1", "Adopt the plan.", "Jo Bates", "31/12/2026", "In progress",
         "Deadline moved to March 2027 – Cabinet agreed on 15/10/2026."],
        ["2", "Set the budget.", "Jo Bates", "30/11/2026", "In progress",
         "Draft done. Target date revised to 31/01/2027 to allow two workshops."],
        ["3", "Finish the reviews.", "Jo Bates", "31/03/2027", "In progress",
         "New deadline: 30 Sept 2027 (agreed at Audit Committee 22/09/2026)."],
        ["4", "Review the constitution.", "Jo Bates", "31/01/2027", "In progress",
         "Revised deadline TBC – awaiting government."],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the new deadline is in force, the target its baseline; TBC leaves no date
    assert [(a.due, a.original_due) for a in found] == [
        (D(2027, 3, 31), D(2026, 12, 31)),
        (D(2027, 1, 31), D(2026, 11, 30)),
        (D(2027, 9, 30), D(2027, 3, 31)),
        (None, D(2027, 1, 31)),
    ]
    assert [a.due_text for a in found] == ["March 2027", "31/01/2027", "30 Sept 2027", "TBC"]
    assert len(found[0].updates) == 1  # the cell stays the update it is
    assert deadline_moved_in_news("New target date to be confirmed.") == ("to be confirmed", None)
    assert deadline_moved_in_news("Completion date now: Q1 2027/28") == (
        "Q1 2027/28",
        Deadline(D(2027, 6, 30), "quarter"),
    )


def test_a_progress_update_moving_anything_but_the_deadline_leaves_it(tmp_path: Path) -> None:
    """Only the action's own deadline moved, said at the start of a sentence, moves it:
    a meeting moved, another body's deadline, a done action, or a move in an older
    update of the cell's log leave the target in force."""
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Status", "Progress update"],
        ["1", "Train members.", "Jo Bates", "28/02/2027", "In progress",
         "Member workshop moved to 14/01/2027; slides drafted."],
        ["2", "Consult tenants.", "Jo Bates", "31/12/2026", "In progress",
         "The consultation deadline moved to 30/11/2026 by the regulator."],
        ["3", "Publish the plan.", "Jo Bates", "31/10/2026", "Complete",
         "Published. Deadline moved to 31/01/2027 was not needed."],
        ["4", "Audit the records.", "Jo Bates", "31/12/2026", "In progress",
         "12/10/2026 – Deadline moved to 31/01/2027.\n"
         "18/11/2026 – Back on track for the original date."],
        ["5", "Refit the depot.", "Jo Bates", "31/12/2026", "In progress",
         "We hope the deadline can be moved to 31/03/2027."],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.original_due) for a in found] == [
        (D(2027, 2, 28), None),
        (D(2026, 12, 31), None),
        (D(2026, 10, 31), None),
        (D(2026, 12, 31), None),
        (D(2026, 12, 31), None),
    ]


# Seen in hold-out 19 (these tests were in test_import_holdout19_labelled_owners.py):
# Rules found on the nineteenth hold-out set, from a trust's answer to a warning
# notice: one owner cell labelling an executive and an operational owner ("Exec: …" over
# "Op: …"), and a deadline cell giving the day the work was done ("Immediate (completed
# 05/10/2026)"). Each on a small file of its own, written by the test.


def test_a_completion_still_to_come_is_the_deadline() -> None:
    assert parse_deadline("To be completed 31/03/2027").due == D(2027, 3, 31)
    assert parse_deadline("Completed on 5 Oct 2026").due is None  # nor its month


# Seen in hold-out 20 (these tests were in test_import_holdout20_people_dates.py):
# Rules found on the twentieth hold-out set (a CQC requirement notice plan, a SEND
# priority action plan and a housing consumer standards plan writing each lead as a name
# then the post in brackets; an ICB recovery plan revising deadlines with an arrow): each
# on a small file of its own, written by the test.


def test_a_deadline_revised_with_an_arrow_is_due_at_the_new_date(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["UEC-01", "Open the same day emergency care unit.", "Jo Bell", "Dec-26 → Mar-27"],
        ["UEC-02", "Cut discharge delays.", "Jo Bell", "Sep-26 -> Dec-26"],
        ["UEC-03", "Sign the protocol.", "Jo Bell", "Oct-26 ⇒ Jan-27"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the old date is kept as the baseline, as "Jun 2020 revised to Dec 2020" is
    assert [(a.due, a.original_due) for a in found] == [
        (dt.date(2027, 3, 31), dt.date(2026, 12, 31)),
        (dt.date(2026, 12, 31), dt.date(2026, 9, 30)),
        (dt.date(2027, 1, 31), dt.date(2026, 10, 31)),
    ]


# Seen in hold-out 22 (these tests were in test_import_holdout22_deadlines.py):
# Deadline rules found on the twenty-second hold-out set (a nursery's Ofsted actions
# writing "31.1.27", a food audit plan writing each deadline at the end of its action, a
# care home's improvement plan giving each area's deadline on a labelled line above its
# table): each on a small file of its own, written by the test.


def test_a_dotted_date_with_a_one_digit_day_or_month_is_a_day(tmp_path: Path) -> None:
    rows = [
        ["No", "Action", "Who", "When by"],
        ["1", "Observe every pre-school child.", "Priya", "31.1.27"],
        ["2", "Buy maths resources.", "Claire", "5.11.26"],
        ["3", "Follow the guidance.", "Claire", "1.2.13"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # "1.2.13" still reads as a paragraph number: both its first parts are one digit
    assert [a.due for a in found] == [D(2027, 1, 31), D(2026, 11, 5), None]
    assert [a.due_text for a in found] == ["31.1.27", "5.11.26", "1.2.13"]


def test_a_date_closing_the_action_is_its_deadline_without_a_date_column(
    tmp_path: Path,
) -> None:
    rows = [
        ["Standard", "Planned improvement actions (include date)", "Lead officer", "Status"],
        ["3.1", "Rewrite the service plan – by 31/08/2026.", "EH Manager", "Complete"],
        ["3.1", "Report each quarter, the first report by 31/12/2026.", "EH Manager", "Open"],
        ["3.1", "Review the enforcement policy – by end of March 2027", "EH Manager", "Open"],
        ["5.1", "Log approved by Regulatory Committee on 22 September 2026.", "EH Manager", ""],
        ["5.1", "Sampling in place since 12/05/2026", "EH Manager", "Complete"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # only when everything after the last "by" is the date: a date inside the
    # sentence ("since …", "approved by … on …") is not a deadline
    assert [a.due for a in found] == [D(2026, 8, 31), D(2026, 12, 31), D(2027, 3, 31), None, None]
    assert found[0].text == "Rewrite the service plan – by 31/08/2026."  # the text kept whole
    assert found[2].due_text == "end of March 2027"


def test_a_deadline_column_wins_over_a_date_in_the_action(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due date"],
        ["1", "Train the team – by 31/08/2026.", "Ann Lee", "30/09/2026"],
        ["2", "Audit the files – by 31/10/2026.", "Ann Lee", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2026, 9, 30), None]


def _improvement_plan(tmp_path: Path, areas: list[tuple[str, str, list[str]]]) -> Path:
    """Title paragraphs, then each area's paragraph, its labelled line and its table."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Rosedale Care Home")
        doc.add_paragraph("Quality Improvement Plan")
        doc.add_paragraph("Date of inspection: 9 September 2026")
        for n, (wording, line, rows) in enumerate(areas, 1):
            doc.add_paragraph(f"Area for improvement {n}: {wording}")
            doc.add_paragraph(line)
            word_table(
                doc, [["Action", "Person responsible"], *([a, "Clinical Lead"] for a in rows)]
            )

    return word_file(tmp_path, build)


def test_a_labelled_line_of_an_area_dates_every_action_under_it(tmp_path: Path) -> None:
    path = _improvement_plan(
        tmp_path,
        [
            (
                "The registered person shall ensure that falls are reviewed.",
                "Ref: Regulation 16 (2)(b) | Stated: Second time | "
                "To be completed by: 31 December 2026",
                ["Add a post-falls review to the checklist.", "Audit falls care plans monthly."],
            ),
            (
                "The registered person shall ensure that PPE is used.",
                "Ref: Regulation 13 (7) | Stated: First time | "
                "To be completed by: Immediate action required",
                ["Daily IPC walk-round."],
            ),
            (
                "The registered person shall ensure thickening agents are recorded.",
                "Timescale: 9 October 2026",
                ["Introduce an administration record."],
            ),
        ],
    )
    found = actions(plan_of(path))
    # "Immediate …" names no date; the inspection's date above the plan dates nothing
    assert [a.due for a in found] == [D(2026, 12, 31), D(2026, 12, 31), None, D(2026, 10, 9)]
    # each label of the barred line stays a field of its own
    assert found[0].fields["Ref"] == "Regulation 16 (2)(b)"
    assert found[0].fields["Stated"] == "Second time"
    assert found[2].fields["To be completed by"] == "Immediate action required"


# Seen in hold-out 63 (a CQC warning notice plan): timescales "By notice deadline"
# under the header block's "Notice deadline: 30 November 2026".
def test_a_timescale_naming_a_date_the_header_block_labels_is_that_date(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Warning notice: action plan")
        doc.add_paragraph("Notice deadline: 30 November 2026 (improvement required by then)")
        rows = [
            ["Ref", "Action", "Lead", "Timescale"],
            ["WN1.1", "Roster a triage nurse on every shift.", "Kate Ellis", "By notice deadline"],
            ["WN1.2", "Audit triage times daily.", "Kate Ellis", "By review deadline"],
            ["WN1.3", "Replace paper charts.", "Kate Ellis", "15/01/2027"],
        ]
        word_table(doc, rows)

    found = actions(plan_of(word_file(tmp_path, build)))
    # a label the header block does not give names no date
    assert [a.due for a in found] == [D(2026, 11, 30), None, D(2027, 1, 15)]
    assert found[0].due_text == "By notice deadline"


# Seen in hold-out 98 (an ILACS plan): "Next Ofsted monitoring visit: 9 March 2027" in
# the title paragraphs, timescales "Before next monitoring visit", "By next monitoring visit".
def test_a_timescale_naming_the_labelled_event_shortly_is_that_date(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Improvement plan")
        doc.add_paragraph("Next Ofsted monitoring visit: 9 March 2027")
        rows = [
            ["Ref", "Action", "Lead", "Timescale"],
            ["1.1", "Audit supervision records.", "Jo Clay", "Before next monitoring visit"],
            ["1.2", "Refresh the practice standards.", "Jo Clay", "By next monitoring visit."],
            ["1.3", "Train the team managers.", "Jo Clay", "By next inspection visit"],
        ]
        word_table(doc, rows)

    found = actions(plan_of(word_file(tmp_path, build)))
    # the label's words in order, some left out, ending on its event; another visit: none
    assert [a.due for a in found] == [D(2027, 3, 9), D(2027, 3, 9), None]
    assert found[0].due_text == "Before next monitoring visit"


# Seen in hold-out 63 (an LGA peer challenge plan): timescales given phase by phase.
def test_a_phased_action_is_due_at_its_last_phase(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead officer", "Timescale"],
        [
            "1",
            "Consult on a council plan.",
            "Head of Policy",
            "Phase 1: 31/12/2026; Phase 2: 31/03/2027",
        ],
        ["2", "Publish a framework.", "Head of Policy", "Phase 1: Jan 2027; Phase 2: Jun 2027"],
        ["3", "Train the managers.", "Head of HR", "Stage 1 – Oct 2026, Stage 2 – Jan 2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2027, 3, 31), D(2027, 6, 30), D(2027, 1, 31)]
    # the wording stays as written; an earlier phase is a milestone, not a baseline
    assert found[0].due_text == "Phase 1: 31/12/2026; Phase 2: 31/03/2027"
    assert found[0].original_due is None


# Seen in hold-out 204 (an ICB's digital programme): a deliverable done in steps names
# each step with its date in the one cell, as phases are, in the plan's own words.
def test_named_steps_each_with_its_date_are_due_at_the_last_step(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Deliverable", "Owner", "Target"],
        ["1", "Go live with e-prescribing.", "Ann Bird", "Trial 15/01/2027; go-live 31/05/2027"],
        ["2", "Replace the booking system.", "Ann Bird", "Design: Nov 2026, build: Apr 2027"],
        ["3", "Publish the strategy.", "Ann Bird", "31/12/2026; review 31/03/2027"],
        ["4", "Train the ward clerks.", "Ann Bird", "Draft 31/03/2027; final 31/12/2026"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # the last step ends the work; a first date with no step named stands, as before
    due = [D(2027, 5, 31), D(2027, 4, 30), D(2026, 12, 31), D(2026, 12, 31)]
    assert [a.due for a in found] == due
    # the wording stays as written; an earlier step is a milestone, not a baseline
    assert found[0].due_text == "Trial 15/01/2027; go-live 31/05/2027"
    assert found[0].original_due is None
    # steps whose dates do not rise are no sequence: the first date stands
    assert parse_deadline("Trial 31/05/2027; go-live 15/01/2027").due == D(2027, 5, 31)


# Found by a second reader: a review or evaluation after the work is no step of it, so
# a cell naming the work then its review is due when the work is, not at the review.
def test_a_review_after_the_named_steps_is_not_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1", "Fix the fire doors.", "Amy Cole", "Implement 30/11/2026; review 31/03/2027"],
        ["2", "Issue it.", "Al Li", "Deadline 15/11/2026, post-implementation review 31/05/2027"],
        ["3", "Train the ward staff.", "Tom Hale", "Target 31/01/2027, evaluation 31/07/2027"],
        ["4", "Roll it out.", "Al Li", "Pilot 29/01/2027; roll-out 30/04/2027; review 30/09/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    due = [D(2026, 11, 30), D(2026, 11, 15), D(2027, 1, 31), D(2027, 4, 30)]
    assert [a.due for a in found] == due
    assert found[0].due_text == "Implement 30/11/2026; review 31/03/2027"
    assert [a.original_due for a in found] == [None] * 4


# Seen in hold-out 221 (a safeguarding adults board's plan): each timescale a review
# point then the completion, the months written short with a two-figure year


def test_named_steps_dated_by_a_month_and_a_short_year_end_at_the_last(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Timescale"],
        ["1", "Issue the guidance.", "Amy Cole", "Review Jan 27; complete Mar 27"],
        ["2", "Move the records.", "Al Li", "Pilot Nov 26; roll-out Feb 27"],
        ["3", "Train the staff.", "Al Li", "Implement Dec 26; review Apr 27"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the month's name is the date's, no word of the step's name: the last step ends
    # the work, a review after it excepted, and the earlier dates are no baseline
    assert [a.due for a in found] == [D(2027, 3, 31), D(2027, 2, 28), D(2026, 12, 31)]
    assert [a.original_due for a in found] == [None] * 3
    assert found[0].due_text == "Review Jan 27; complete Mar 27"


# Found by a committee reading a plan's dates: a month's word then two figures that
# would name a year long gone by the plan's own date is the month's day ("Jan 22" in a
# plan of 2026 is 22 January, not January 2022); an old plan keeps its own years.


def test_two_figures_naming_a_year_long_gone_are_the_day(tmp_path: Path) -> None:
    rows = [
        ["Housing repairs plan. Progress as at 20 November 2026."],
        ["Ref", "Action", "Lead", "Target date"],
        ["1", "Survey the flats.", "Ivy Shaw", "Scope Jan 08; tender Jan 22"],
        ["2", "Open the hub.", "Ivy Shaw", "Oct 14"],
        ["3", "Fit the boilers.", "Ivy Shaw", "Nov 88"],
        ["4", "Clear the voids.", "Ivy Shaw", "31/03/2027"],
        ["5", "Paint the stairs.", "Ivy Shaw", "Feb 27"],
        ["6", "Fix the lifts.", "Ivy Shaw", "Dec 25"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [
        # 8 and 22 January, the year nearest the plan's other deadlines; the last step
        D(2027, 1, 22),
        D(2026, 10, 14),
        None,  # 1988 is years gone, and 88 is no day: no date
        D(2027, 3, 31),
        D(2027, 2, 28),  # a year to come is the year
        D(2025, 12, 31),  # a year gone by less than two is the year, as written
    ]
    assert [a.due_text for a in found[:3]] == ["Scope Jan 08; tender Jan 22", "Oct 14", "Nov 88"]


def test_an_old_plan_reads_two_figures_as_its_own_years(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1", "Audit the rota.", "Ivy Shaw", "Mar-20"],
        ["2", "Train the leads.", "Ivy Shaw", "Sep 19"],
        ["3", "Move the files.", "Ivy Shaw", "30/06/2020"],
        ["4", "Close the gaps.", "Ivy Shaw", "Dec 2020 (revised from Jun 2020)"],
        ["5", "Review the rota.", "Ivy Shaw", "Jan 21"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # no position date: the plan's deadlines date it, to 2020, long before the import
    assert [a.due for a in found] == [
        D(2020, 3, 31),
        D(2019, 9, 30),
        D(2020, 6, 30),
        D(2020, 12, 31),
        D(2021, 1, 31),
    ]
    assert found[3].original_due == D(2020, 6, 30)


@pytest.mark.parametrize(
    ("above", "dues", "read"),
    [
        # an old plan dated by its position keeps its years
        (
            [["Position at 31 March 2021"]],
            ["Mar 21", "Draft Nov 20; final Jan 21"],
            [D(2021, 3, 31), D(2021, 1, 31)],
        ),
        # no position date and no other deadline: the import's day (24 Nov 2026) dates it
        ([], ["Dec 19", "TBC"], [D(2026, 12, 19), None]),
    ],
)
def test_the_plan_s_own_date_judges_a_month_and_two_figures(
    tmp_path: Path, above: list[list[str]], dues: list[str], read: list[dt.date | None]
) -> None:
    rows = [*above, ["Ref", "Action", "Lead", "Target date"]]
    rows += [[str(n), f"Audit site {n}.", "Ivy Shaw", due] for n, due in enumerate(dues, 1)]
    assert [a.due for a in actions(plan_of(write(tmp_path, rows)))] == read


def test_an_original_deadline_beside_a_revised_one_keeps_its_years(tmp_path: Path) -> None:
    # an audit tracker carries recommendations whose first deadline passed years ago:
    # that is why each was revised, so "Mar 23" is March 2023, not 23 March 2027
    rows = [
        ["Audit recommendations tracker. Position at 30 November 2026."],
        ["Ref", "Recommendation", "Owner", "Due date", "Revised due date"],
        ["1", "Reconcile the payroll monthly.", "Ivy Shaw", "Mar 23", "Sep 27"],
        ["2", "Approve waivers before spend.", "Ivy Shaw", "Dec 23", "Mar 27"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.original_due) for a in found] == [
        (D(2027, 9, 30), D(2023, 3, 31)),
        (D(2027, 3, 31), D(2023, 12, 31)),
    ]


def test_two_figures_alone_read_out_of_a_plan_are_the_year() -> None:
    # no plan to date them: the figures are the year, as ever
    assert parse_deadline("Dec 19") == (D(2019, 12, 31), "month")
    assert parse_deadline("Mar-20") == (D(2020, 3, 31), "month")


# Seen in hold-out 26 (these tests were in test_import_holdout26_airtable.py):
# Rules found on the twenty-sixth hold-out set (an Airtable export): a date column a
# US-locale tool wrote month first ("10/30/2026") is read month first throughout; a
# column of places or units ("Block A", "Phase 2") names no one.


HEADER = ["Action ID", "Action", "Owner", "Due", "Latest update"]


def _plan(tmp_path: Path, dues: list[str], updates: list[str] | None = None) -> Path:
    notes = updates or [""] * len(dues)
    rows = [
        [f"EG-{i:03}", f"Agree step {i} with the residents.", "Hannah Cole", due, note]
        for i, (due, note) in enumerate(zip(dues, notes, strict=True), 1)
    ]
    return write(tmp_path, [HEADER, *rows])


def test_a_column_written_month_first_is_read_month_first_throughout(tmp_path: Path) -> None:
    # "1/5/2027" alone could be 1 May: the column's "10/30/2026" says it is 5 January
    path = _plan(tmp_path, ["10/30/2026", "1/5/2027", "12/18/2026", "TBC"])
    assert [a.due for a in actions(plan_of(path))] == [
        D(2026, 10, 30),
        D(2027, 1, 5),
        D(2026, 12, 18),
        None,
    ]
    assert [a.due_text for a in actions(plan_of(path))][:2] == ["10/30/2026", "1/5/2027"]


def test_explain_says_the_column_was_read_month_first(tmp_path: Path) -> None:
    path = _plan(tmp_path, ["10/30/2026", "1/5/2027"])
    lines = "\n".join(explain(stages(path, OPTIONS)))
    assert "'Due' read month first, as US dates: '10/30/2026'" in lines
    assert "month first, as US dates" in next(x for x in lines.splitlines() if "'Due' ->" in x)
    assert any("month first" in w for w in result_of(path).warnings)


def test_a_column_with_both_kinds_stays_day_first(tmp_path: Path) -> None:
    # "30/10/2026" can only be a UK day: the column is day first, "10/30/2026" no date
    path = _plan(tmp_path, ["30/10/2026", "10/30/2026", "1/5/2027"])
    found = [(a.due, a.due_text) for a in actions(plan_of(path))]
    assert found == [
        (D(2026, 10, 30), "30/10/2026"),
        (None, "10/30/2026"),
        (D(2027, 5, 1), "1/5/2027"),
    ]
    assert not any("month first" in w for w in result_of(path).warnings)


def test_a_column_of_ambiguous_dates_stays_day_first(tmp_path: Path) -> None:
    path = _plan(tmp_path, ["1/5/2027", "3/4/2027"])
    assert [a.due for a in actions(plan_of(path))] == [D(2027, 5, 1), D(2027, 4, 3)]


def test_an_update_line_keeps_the_uk_reading_beside_a_month_first_column(
    tmp_path: Path,
) -> None:
    news = ["Tenders back.", "03/11/2026 - draft agreed by the residents' panel at its meeting"]
    path = _plan(tmp_path, ["10/30/2026", "1/5/2027"], news)
    (update,) = actions(plan_of(path))[1].updates
    assert update.date == D(2026, 11, 3)  # 3 November: one cell alone is read the UK way


# Seen in hold-out 273: a CQC plan exported from a US-built quality system names the order
# in its headers, "Due Date (MM/DD/YYYY)" and "Last Updated (MM/DD/YYYY)", and every day
# under "Last Updated" could be read either way ("11/05/2026").


def test_a_header_naming_month_first_reads_its_column_so_and_dates_the_update(
    tmp_path: Path,
) -> None:
    rows = [
        ["Action ID", "Action", "Owner", "Due Date (MM/DD/YYYY)", "Latest Update",
         "Last Updated (MM/DD/YYYY)"],
        ["ACT-1", "Fit loggers to every fridge.", "Omar Sheikh", "12/01/2026",
         "Loggers fitted at all 14 bases.", "11/05/2026"],
        ["ACT-2", "Audit 20 care plans a month.", "Helen Marsh", "01/02/2027",
         "October audit: 16 of 20 updated.", "10/09/2026"],
        ["ACT-3", "Train team leaders.", "Helen Marsh", "03/04/2027", "", ""],
    ]  # fmt: skip
    result = result_of(write(tmp_path, rows))
    first, second, third = actions(result.plans[0])
    # the header says month first: "12/01/2026" is 1 December, "11/05/2026" 5 November
    assert [a.due for a in (first, second, third)] == [D(2026, 12, 1), D(2027, 1, 2), D(2027, 3, 4)]
    assert updates_of(first) == [(D(2026, 11, 5), "Loggers fitted at all 14 bases.")]
    assert updates_of(second) == [(D(2026, 10, 9), "October audit: 16 of 20 updated.")]
    assert any("as its header says" in w for w in result.warnings)


# Seen in hold-out 35 (these tests were in test_import_holdout35_rules.py):
# Rules found on the thirty-fifth hold-out set (a police force's PEEL tracker with
# "PEEL Board 04/11/26 – …" update lines): each on a small file of its own, written by the
# test.


def test_a_yes_no_column_asking_whether_the_deadline_moved_is_no_deadline(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Deadline", "Deadline extended? (Y/N)", "Status"],
        ["1", "Publish the allocations policy", "Head of Housing", "31/03/2026", "N", "Complete"],
        ["2", "Survey all homes", "Asset Manager", "31/03/2027", "Y", "In progress"],
        ["3", "Introduce damp triage", "Repairs Manager", "31/12/2026", "N", "In progress"],
    ]
    result = result_of(write(tmp_path, rows))
    first, second, third = actions(result.plans[0])
    assert [a.due for a in (first, second, third)] == [
        D(2026, 3, 31),
        D(2027, 3, 31),
        D(2026, 12, 31),
    ]
    assert first.original_due is None
    assert second.fields["Deadline extended? (Y/N)"] == "Y"  # kept as written
    assert not result.warnings


def test_a_revised_target_of_n_a_leaves_the_original_in_force(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Agreed action", "Original target", "Revised target"],
        ["1", "Publish the register.", "30/09/2026", "n/a"],
        ["2", "Reconcile the limits.", "31/10/2026", "TBC"],
        ["3", "Reissue the policy.", "31/10/2026", "31/12/2026"],
    ]
    not_revised, unknown, revised = actions(plan_of(write(tmp_path, rows)))
    assert not_revised.due == dt.date(2026, 9, 30)
    assert not_revised.fields["Revised target"] == "n/a"  # kept as written
    # "TBC" is no longer known (no date), a date wins over the original
    assert (unknown.due, revised.due) == (None, dt.date(2026, 12, 31))


def test_a_revised_date_on_a_blocks_first_row_revises_that_action_alone(
    tmp_path: Path,
) -> None:
    rows = [
        ["Rec Ref", "Recommendation", "Action Ref", "Management Action", "Target Date",
         "Revised Target Date"],
        ["R1", "Starters should be checked.", "R1.1", "Add a payroll control.", "31/08/2026",
         "31/12/2026"],
        ["", "", "R1.2", "Run an exception report.", "30/09/2026", ""],
        ["R2", "Leavers should be recovered.", "R2.1", "Agree a procedure.", "31/10/2026",
         "28/02/2027"],
        ["", "", "R2.2", "Report overpayments.", "31/01/2027", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.ref, a.due) for a in found] == [
        ("R1.1", dt.date(2026, 12, 31)),
        ("R1.2", dt.date(2026, 9, 30)),
        ("R2.1", dt.date(2027, 2, 28)),
        ("R2.2", dt.date(2027, 1, 31)),
    ]


def test_a_revised_date_written_once_with_its_due_is_carried_with_it(tmp_path: Path) -> None:
    rows = [
        ["Rec", "Recommendation", "Ref", "Action", "Lead", "Target date",
         "Revised target date", "Status"],
        ["1", "Improve the quality of supervision", "1.1", "Refresh the supervision policy",
         "Jo Reid", "31/03/2026", "30/09/2027", "In progress"],
        ["", "", "1.2", "Audit supervision records quarterly", "", "", "", "In progress"],
        ["", "", "1.3", "Train managers on reflective supervision", "", "", "", "In progress"],
        ["2", "Strengthen the front door", "2.1", "Launch the new triage tool", "Sam Patel",
         "30/04/2027", "", "Not started"],
        ["", "", "2.2", "Recruit two triage workers", "", "", "", "Not started"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the due written once per block carries its revision down with it, never another's
    assert [(a.ref, a.due, a.original_due) for a in found] == [
        ("1.1", dt.date(2027, 9, 30), dt.date(2026, 3, 31)),
        ("1.2", dt.date(2027, 9, 30), dt.date(2026, 3, 31)),
        ("1.3", dt.date(2027, 9, 30), dt.date(2026, 3, 31)),
        ("2.1", dt.date(2027, 4, 30), None),
        ("2.2", dt.date(2027, 4, 30), None),
    ]


# Seen in hold-out 41 (these tests were in test_import_holdout41_refs_targets_closure.py):
# Rules found on the forty-first hold-out set: "Rec 1" heading a recommendation column,
# a revised target written "No change", statuses in an inspectorate's closure process.
# Each rule on a small file of its own, written by the test.


def test_a_revised_target_of_no_change_leaves_the_original_in_force(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Agreed action", "Original target", "Revised target"],
        ["1", "Release pay only on a signed contract.", "31/08/2026", "No change"],
        ["2", "Reconcile the card limits.", "31/10/2026", "Unchanged"],
        ["3", "Reissue the policy.", "30/11/2026", "as original"],
        ["4", "Test the backups.", "31/12/2026", "Same"],
        ["5", "Review the leavers list.", "31/10/2026", "31/01/2027"],
    ]
    plan = plan_of(write(tmp_path, rows))
    got = [a.due for r in plan.recommendations for a in r.actions]
    # the original target stays the deadline; a date still revises it
    assert got == [
        dt.date(2026, 8, 31),
        dt.date(2026, 10, 31),
        dt.date(2026, 11, 30),
        dt.date(2026, 12, 31),
        dt.date(2027, 1, 31),
    ]
    first = plan.recommendations[0].actions[0]
    assert first.fields["Revised target"] == "No change"  # kept as written


# Seen in hold-out 43 (these tests were in test_import_holdout43_rules.py):
# Rules found on the forty-third hold-out set: a care home's and a fire service's own
# status words, and a deadline revised more than once in numbered columns.
# Each rule on a small file of its own, written by the test.


REVISED = ["Ref", "Action", "Lead officer", "Original date", "Revised date 1", "Revised date 2"]


def test_the_latest_revision_filled_in_is_the_deadline(tmp_path: Path) -> None:
    rows = [
        REVISED,
        ["1.1", "Hold member workshops.", "Hannah Blake", "30/09/2026", "", ""],
        ["1.2", "Adopt the corporate plan.", "Hannah Blake", "30/11/2026", "28/02/2027", ""],
        ["2.1", "Identify £2.4m savings.", "Priya Nair", "31/10/2026", "31/12/2026", "31/01/2027"],
        ["2.2", "Publish a reserves strategy.", "Priya Nair", "31/12/2026", "n/a", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    _, second, third, fourth = actions(plan)
    assert [a.due for a in actions(plan)] == [
        dt.date(2026, 9, 30),
        dt.date(2027, 2, 28),
        dt.date(2027, 1, 31),  # Revised date 2, the latest revision
        dt.date(2026, 12, 31),  # "n/a" revises nothing: the original stands
    ]
    # the original is the baseline (no field beside it), the earlier revision kept as written
    assert third.original_due == dt.date(2026, 10, 31)
    assert "Original date" not in third.fields
    assert third.fields["Revised date 1"] == "31/12/2026"
    assert "Revised date 2" not in third.fields  # the deadline itself, as due_text
    assert third.due_text == "31/01/2027"
    assert second.original_due == dt.date(2026, 11, 30)
    assert fourth.fields["Revised date 1"] == "n/a"


def test_a_later_revision_writing_n_a_leaves_the_earlier_in_force(tmp_path: Path) -> None:
    rows = [
        REVISED,
        ["1.1", "Hold member workshops.", "Hannah Blake", "30/09/2026", "31/12/2026", "n/a"],
        ["1.2", "Adopt the corporate plan.", "Hannah Blake", "30/11/2026", "", "31/03/2027"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.due, first.fields["Revised date 2"]) == (dt.date(2026, 12, 31), "n/a")
    assert second.due == dt.date(2027, 3, 31)


def test_two_columns_of_one_header_are_no_series_of_revisions(tmp_path: Path) -> None:
    # numbered revisions only: the same header again is a column of its own, kept as a field
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Revised date", "Revised date"],
        ["1.1", "Hold member workshops.", "Hannah Blake", "30/09/2026", "31/12/2026", "31/01/2027"],
    ]  # fmt: skip
    (action,) = actions(plan_of(write(tmp_path, rows)))
    assert action.due == dt.date(2026, 12, 31)
    # a number on one of them is enough: "2nd revised date" follows "Revised date"
    rows[0][-1] = "2nd revised date"
    (action,) = actions(plan_of(write(tmp_path, rows, name="second.csv")))
    assert (action.due, action.fields["Revised date"]) == (dt.date(2027, 1, 31), "31/12/2026")


# Seen in hold-out 48 (these tests were in test_import_holdout48_rules.py):
# Rules found on hold-out 48: each on a small plan of its own, written by the test.


_STATUS_HEADER = ["Ref", "Action", "Lead", "Target date", "Status"]


def test_qtr_names_a_quarter_like_q(tmp_path: Path) -> None:
    rows = [
        _STATUS_HEADER,
        ["1.1", "Audit case files monthly.", "Jo Marsh", "Qtr 3 2026/27", "Underway"],
        ["1.2", "Refresh the practice standards.", "Jo Marsh", "Qtr. 1 2027/28", "Underway"],
        ["1.3", "Report to the board.", "Jo Marsh", "Quarter 2 2026/27", "Underway"],
    ]
    dues = [a.due for a in actions(plan_of(write(tmp_path, rows)))]
    assert dues == [dt.date(2026, 12, 31), dt.date(2027, 6, 30), dt.date(2026, 9, 30)]


# Seen in hold-out 50 (a programme office's action log written in one locale's dates):


def test_a_date_written_year_first_with_dots_is_read_as_iso(tmp_path: Path) -> None:
    rows = [
        ["ID", "Raised at", "Action", "Owner", "Due", "Status"],
        ["A1", "Board 14.10.26", "Agree the scope.", "Tom Reyes", "2026.11.30", "Open"],
        ["A2", "Board 14.10.26", "Run the demos.", "Priya Nair", "2026.12.18", "Open"],
        ["A3", "Board 04.11.26", "Draft the plan.", "Helen Ashby", "2027/01/15", "Open"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # four figures first can only be a year: the order is ISO's, whatever the separator
    assert [a.due for a in found] == [D(2026, 11, 30), D(2026, 12, 18), D(2027, 1, 15)]
    # the meeting an action was raised at stays a field, never the deadline
    assert found[0].fields["Raised at"] == "Board 14.10.26"
    assert parse_deadline("2026.13.01").due is None


# Seen in hold-out 52 (an ILACS plan giving an interim and a final date in one cell):


def test_the_final_date_of_an_interim_and_a_final_is_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date", "RAG"],
        ["A1", "Train every manager.", "Lowe K", "Interim 31/12/2026; final 31/03/2027", "Amber"],
        ["A2", "Recruit carers.", "Ng P", "Final: Jun 2027 (interim Dec 2026)", "Green"],
        ["A3", "Audit files.", "Ng P", "31/01/2027", "Green"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2027, 3, 31), D(2027, 6, 30), D(2027, 1, 31)]
    # the whole cell is kept as written; the interim date is a step, not a baseline
    assert found[0].due_text == "Interim 31/12/2026; final 31/03/2027"
    assert [a.original_due for a in found] == [None, None, None]


# Seen in hold-out 51 (a school's plan due by terms and holidays, few of them dates):


def test_a_by_column_of_terms_and_holidays_is_the_deadline(tmp_path: Path) -> None:
    for header in ("By", "Target", "When"):
        rows = [
            ["No.", "Action", "Lead", header],
            ["1a", "Train all staff in phonics.", "Mrs Helen Tait", "Oct half term 2026"],
            ["1b", "Run daily catch-up sessions.", "Mrs Helen Tait", "Dec 2026"],
            ["1c", "Match reading books to sounds.", "Miss Grace Obi", "Easter 2027"],
            ["1d", "Phone every absent pupil's family.", "Miss Grace Obi", "Immediate"],
            ["1e", "Report attendance to governors.", "Mrs Helen Tait", "Summer term 2027"],
        ]
        found = actions(plan_of(write(tmp_path, rows, name=f"{header}.csv")))
        # a holiday or "Immediate" gives no date, but says when: the column is the deadline
        assert [a.due for a in found] == [None, D(2026, 12, 31), None, None, D(2027, 7, 31)]
        assert [a.due_text for a in found] == [r[3] for r in rows[1:]], header


# Seen in hold-out 55: an audit tracker's 'Revised target(s)' cell listing every revision
# in turn, the latest last.


def test_the_last_revision_one_cell_lists_is_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Agreed action", "Original target", "Revised target(s)"],
        ["1", "Agree the recovery plans.", "30/09/2026", "30/11/2026; 31/01/2027"],
        ["2", "Run the duplicate report.", "30/09/2026", "31/10/2026\n30/11/2026\n28/02/2027"],
        ["3", "Reissue the policy.", "31/10/2026", "31/12/2026"],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in (first, second, third)] == [
        dt.date(2027, 1, 31),
        dt.date(2027, 2, 28),
        dt.date(2026, 12, 31),
    ]
    # the earlier revisions stay as written, the original the baseline
    assert first.due_text == "30/11/2026; 31/01/2027"
    assert first.original_due == dt.date(2026, 9, 30)


# Seen in hold-out 56: an area for improvement's heading row carries its target date.
def test_a_target_date_on_a_heading_row_dates_the_actions_under_it(tmp_path: Path) -> None:
    plan = headings_with_owner_and_date(tmp_path)
    assert [(a.ref, a.due) for a in actions(plan)] == [
        ("1.1", dt.date(2027, 3, 31)),
        ("1.2", dt.date(2027, 3, 31)),
        ("2.1", dt.date(2027, 1, 31)),
    ]


# Seen in hold-out 59: a SEND priority plan's timescale as two labelled lines in a cell.
def test_the_end_line_of_a_timescale_is_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.01", "Recruit plan writers.", "Sarah Okoye", "Start: Sep 2026\nEnd: Mar 2027"],
        ["1.02", "Audit new plans.", "Sarah Okoye", "Start: Oct 2026\nEnd: ongoing"],
        ["1.03", "Open the hub.", "Sarah Okoye", "Start: Nov 2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the start is never the deadline, nor a baseline; "End: ongoing" gives no date
    assert [(a.due, a.original_due) for a in found] == [
        (D(2027, 3, 31), None),
        (None, None),
        (None, None),
    ]
    assert found[0].due_text == "Start: Sep 2026\nEnd: Mar 2027"


# Seen in hold-out 59: a secondary academy's plan due by numbered half term.
def test_a_numbered_half_term_is_that_half_term_of_the_academic_year(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "By"],
        ["1.1", "Train every tutor.", "Amy Cole", "HT1 2026/27"],
        ["1.2", "Audit the reading logs.", "Amy Cole", "HT3 2026/27"],
        ["1.3", "Review the curriculum.", "Amy Cole", "HT6 2026/27"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # Autumn 1, Spring 1 and Summer 2: never the financial year's end
    assert [a.due for a in found] == [D(2026, 10, 31), D(2027, 2, 28), D(2027, 7, 31)]


# Seen in hold-out 60: an audit tracker writes the moved date after "now" in brackets.
def test_a_date_after_now_is_the_deadline_in_force(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Recommendation", "Responsible officer", "Target date"],
        ["R1", "Refresh the financial strategy.", "DoF", "31/12/2026 (now 31/03/2027)"],
        ["R2", "Set a reserves policy.", "DoF", "30/09/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the first date is kept as the baseline, as "Dec 2020 (was Jun 2020)" keeps June
    assert [(a.due, a.original_due) for a in found] == [
        (D(2027, 3, 31), D(2026, 12, 31)),
        (D(2026, 9, 30), None),
    ]


# Seen in hold-out 61: a fire service plan's timeline, an "X" under the quarter due.
def test_a_mark_under_a_period_column_dates_the_action(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Q3 2026/27", "Q4 2026/27", "Q1 2027/28"],
        ["Area for improvement 2 – Target prevention work.", "", "", "", "", ""],
        ["2.1", "Use health data to target visits.", "Paul Reid", "X", "", ""],
        ["2.2", "Set a target for visits.", "Paul Reid", "", "X", ""],
        ["Area for improvement 6 – Plan succession.", "", "", "", "", ""],
        ["6.1", "Map middle manager roles.", "Lisa Grant", "X", "", ""],
        ["6.2", "Launch a development programme.", "Lisa Grant", "", "", "X"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # the marks are no recommendation: the headings' own numbers stay, 2 and 6
    assert [r.ref for r in plan.recommendations] == ["2", "6"]
    found = actions(plan)
    assert [(a.ref, a.due) for a in found] == [
        ("2.1", D(2026, 12, 31)),
        ("2.2", D(2027, 3, 31)),
        ("6.1", D(2026, 12, 31)),
        ("6.2", D(2027, 6, 30)),
    ]
    assert found[0].fields["Q3 2026/27"] == "X"  # each mark kept as a field


# Seen in hold-out 61: a health and safety audit's header block of label | value pairs.
def test_a_label_and_value_pair_above_the_table_dates_the_event(tmp_path: Path) -> None:
    rows = [
        ["Health and Safety Audit 2026: action plan", "", "", "", "", ""],
        ["Service audited:", "Waste", "Audit date:", "15/09/2026", "Audited by:", "H&S Team"],
        ["Report issued:", "29/09/2026", "", "", "", ""],
        ["Ref", "Action required", "Responsible person", "Target date", "", ""],
        ["2.1", "Reissue the risk assessments.", "Mark Bishop", "Within 1 month of audit", "", ""],
        ["3.2", "Brief all crews.", "Mark Bishop", "Within 3 months of audit", "", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2026, 10, 15), D(2026, 12, 15)]


# Seen in hold-out 63 (an internal audit follow-up report): with no officer or date
# column, each action cell closes with labelled lines, "Responsible officer: …" over
# "Implementation date: …", and an agreed extension as "Revised implementation date: …".


def test_labelled_date_lines_closing_the_action_cell_are_its_deadline(tmp_path: Path) -> None:
    rows = [
        ["No.", "Agreed management action", "Follow-up status"],
        ["1", "Reconcile the rent account monthly.\nImplementation date: 30/09/2026", "Open"],
        [
            "2",
            "Review arrears over £5,000.\nImplementation date: 31/08/2026\n"
            "Revised implementation date: 31/12/2026",
            "Open",
        ],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.due, first.original_due) == (D(2026, 9, 30), None)
    # the agreed extension wins; the date first agreed stays the baseline
    assert (second.due, second.original_due) == (D(2026, 12, 31), D(2026, 8, 31))
    assert second.text == "Review arrears over £5,000."
    assert (
        "Revised implementation date: 31/12/2026"
        in second.fields["Agreed management action (as written)"]
    )


def test_a_reprofiled_date_line_wins_as_a_revised_one_does(tmp_path: Path) -> None:
    """A closing line's label names a moved deadline by the words a column's header does."""
    rows = [
        ["No.", "Agreed management action", "Follow-up status"],
        [
            "1",
            "Review arrears over £5,000.\nImplementation date: 31/08/2026\n"
            "Reprofiled implementation date: 31/12/2026",
            "Open",
        ],
    ]
    (action,) = actions(plan_of(write(tmp_path, rows)))
    assert (action.text, action.due, action.original_due) == (
        "Review arrears over £5,000.",
        D(2026, 12, 31),
        D(2026, 8, 31),
    )


def test_an_extended_deadline_column_wins_over_the_deadline(tmp_path: Path) -> None:
    """ "Extended deadline" names the deadline moved, as "Revised date" does; a row
    with no extension keeps its own deadline."""
    rows = [
        ["Ref", "Action", "Lead", "Deadline", "Extended deadline"],
        ["1.1", "Audit the rota", "Jo Hart", "30/09/2026", "31/12/2026"],
        ["1.2", "Relaunch the policy", "Sam Reid", "31/10/2026", ""],
    ]
    first, second = actions(plan_of(write(tmp_path, rows)))
    assert (first.due, first.original_due) == (D(2026, 12, 31), D(2026, 9, 30))
    assert "Deadline" not in first.fields  # the baseline itself
    assert (second.due, second.original_due) == (D(2026, 10, 31), None)


# Seen in hold-out 66 (a programme board's action log): meetings numbered "PB12" …
# "PB14", their days keyed in a title row, and actions due "PB14".
def test_a_deadline_written_as_a_meeting_the_plan_keys_to_a_day_is_that_day(
    tmp_path: Path,
) -> None:
    rows = [
        ["Meetings: PB12 = 14/10/2026; PB13 = 11/11/2026; PB14 = 09/12/2026"],
        ["Owners: SR = Sarah Reid (SRO)"],
        ["No.", "Action", "Owner", "Due", "Status"],
        ["A031", "Confirm the timetable.", "Sarah Reid", "PB14", "Open"],
        ["A032", "Circulate the budget.", "Sarah Reid", "PB15", "Open"],
        ["A033", "Draft the terms of reference.", "Sarah Reid", "31/12/2026", "Open"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # a code the plan keys to no day dates nothing; the wording stays as written
    assert [a.due for a in found] == [D(2026, 12, 9), None, D(2026, 12, 31)]
    assert [a.due_text for a in found][:2] == ["PB14", "PB15"]


# Seen in hold-out 86 (an NHS trust's internal audit tracker): every extension written
# into the one revised-date cell with its number, "Ext 1: 30/09/2026 Ext 2: 31/12/2026".
def test_the_highest_numbered_extension_is_the_deadline_in_force(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Agreed action", "Action owner", "Original due date", "Revised due date"],
        ["1", "Report late starts weekly.", "Helen Marsh", "30/06/2026",
         "Ext 1: 30/09/2026 Ext 2: 31/12/2026"],
        ["2", "Validate the data.", "Gareth Price", "30/09/2026", "Ext 1: 31/01/2027"],
        ["3", "Publish a dashboard.", "Gareth Price", "31/12/2026", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the date first agreed stays the baseline; the earlier extension is history
    assert [(a.due, a.original_due) for a in found] == [
        (D(2026, 12, 31), D(2026, 6, 30)),
        (D(2027, 1, 31), D(2026, 9, 30)),
        (D(2026, 12, 31), None),
    ]
    assert found[0].due_text == "Ext 1: 30/09/2026 Ext 2: 31/12/2026"  # kept as written
    # the number says which is in force, whatever order the cell lists them in
    assert parse_deadline("Ext 2: 31/12/2026; Ext 1: 30/09/2026").due == D(2026, 12, 31)


# Seen in hold-out 86 (a trust's post-Ofsted plan): deadlines written as the governing
# body meeting an action reports to, "LGB 3", the meetings dated once in a title
# paragraph with a spaced dash, "LGB 2 – 09/12/2026; LGB 3 – 10/02/2027".
def test_a_deadline_naming_a_meeting_the_title_paragraph_dates_is_that_day(
    tmp_path: Path,
) -> None:
    def build(doc: Any) -> None:
        doc.add_paragraph("Post-Ofsted action plan")
        doc.add_paragraph("Governing body meetings: LGB 2 – 09/12/2026; LGB 3 – 10/02/2027.")
        rows = [
            ["Ref", "Action", "Lead", "By when"],
            ["1.1", "Map the curriculum.", "Kerry Doyle", "LGB 3"],
            ["1.2", "Train subject leaders.", "Kerry Doyle", "LGB 2"],
            ["1.3", "Report deep dives.", "Kerry Doyle", "LGB 6"],
        ]
        word_table(doc, rows)

    found = actions(plan_of(word_file(tmp_path, build)))
    # a meeting the plan does not date gives no date; the wording stays as written
    assert [a.due for a in found] == [D(2027, 2, 10), D(2026, 12, 9), None]
    assert [a.due_text for a in found] == ["LGB 3", "LGB 2", "LGB 6"]


# Seen in hold-out 129 (a university's OfS B2 plan): deadlines written as the collegiate
# university's named terms, "Michaelmas Term 2026", "Epiphany Term 2027", which end when
# its own calendar says; the plan does not, and the year alone would be a different date.
def test_a_university_term_named_before_its_year_gives_no_date(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        doc.add_heading("Concern 1: Assessment", level=2)
        rows = [
            ["Ref", "Action", "Lead", "Deadline"],
            ["1.1", "Review marking criteria.", "Pro-Vice-Chancellor (Education)",
             "Michaelmas Term 2026"],
            ["1.2", "Train markers.", "Dean of Students", "Epiphany Term 2027"],
            ["1.3", "Publish the outcomes.", "Dean of Students", "End of 2027"],
            ["1.4", "Report to Senate.", "Registrar", "Late 2027"],
        ]  # fmt: skip
        word_table(doc, rows)

    found = actions(plan_of(word_file(tmp_path, build)))
    # words that only say where in the year leave the year its own date
    assert [a.due for a in found] == [None, None, D(2027, 12, 31), D(2027, 12, 31)]
    assert [a.due_text for a in found][:2] == ["Michaelmas Term 2026", "Epiphany Term 2027"]


# A year after a word that names no term ("Deadline 2027", "Review 2027", "Phase 2027")
# is still that year's end; only a named term ("Michaelmas Term 2026") or a law's title
# ("Care Act 2014", a column of legislation) leaves the year undated.
def test_a_year_after_any_word_but_a_term_is_its_end(tmp_path: Path) -> None:
    rows = [["Ref", "Action", "Lead", "Target date", "Status"]] + [
        [str(n), f"Deliver improvement number {n}.", "Jo Reid", when, "Not started"]
        for n, when in enumerate(
            ["Deadline 2027", "Review 2027", "Phase 2027", "Implemented 2026", "TBC 2027",
             "Target date 2027", "Hilary Term 2027"], start=1
        )
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    end_2027 = dt.date(2027, 12, 31)
    assert [a.due for a in found] == [
        end_2027,
        end_2027,
        end_2027,
        dt.date(2026, 12, 31),
        end_2027,
        end_2027,
        None,
    ]


def test_a_column_of_laws_named_with_their_years_is_no_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Legislation", "Status"],
        ["1", "Refresh the safeguarding adults policy", "Jo Reid", "Care Act 2014", "Done"],
        ["2", "Update the children in need procedures", "Sam Patel", "Children Act 1989", ""],
        ["3", "Publish the accessibility statement", "Amy Lee", "Equality Act 2010", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [None, None, None]
    assert found[0].fields["Legislation"] == "Care Act 2014"


# Seen in hold-out 129 (a charity's governance review plan): the board's meetings
# numbered as a word and a figure, "Board 4", keyed in a title row beside its AGM,
# "Key dates: Board 4 = 10/03/2027; Board 5 = 09/06/2027; AGM = 16/09/2027".
def test_a_deadline_naming_a_numbered_board_meeting_the_key_row_dates_is_that_day(
    tmp_path: Path,
) -> None:
    rows = [
        ["Governance review action plan"],
        ["Key dates: Board 4 = 10/03/2027; Board 5 = 09/06/2027; AGM = 16/09/2027"],
        ["No.", "Action", "Lead", "Deadline"],
        ["2.1", "Agree the scheme of delegation.", "Chair", "Board 4"],
        ["2.2", "Set objectives.", "Chair", "Board 5"],
        ["2.3", "Report the reserves.", "Chair", "AGM"],
        ["2.4", "Review the skills audit.", "Chair", "Board 6"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # a meeting the plan does not date gives no date; the wording stays as written
    assert [a.due for a in found] == [D(2027, 3, 10), D(2027, 6, 9), D(2027, 9, 16), None]
    assert [a.due_text for a in found] == ["Board 4", "Board 5", "AGM", "Board 6"]


# Seen in hold-out 69 (a partnership's JTAI plan whose "Target month" column holds
# ISO's year and month, "2027-01", as its performance system exports it).
def test_an_iso_year_and_month_is_due_at_the_months_end(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Named lead", "Target month"],
        ["1.1", "Agree one screening tool.", "Karen Lowe", "2027-01"],
        ["1.2", "Hold a daily triage meeting.", "Karen Lowe", "2027-02"],
        ["1.3", "Train the front door.", "Karen Lowe", "2026-11-05"],
        ["1.4", "Review the offer.", "Karen Lowe", "2026-27"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # a full ISO day stays that day; two figures that follow the year are a year span
    assert [a.due for a in found] == [
        D(2027, 1, 31),
        D(2027, 2, 28),
        D(2026, 11, 5),
        D(2027, 3, 31),
    ]
    # a month is 01 to 12: "2026-13" names nothing
    assert parse_deadline("2026-13").due is None


# Seen in hold-out 71 (an LGA planning peer review plan): timescales as the review's
# categories, dated by a key in the title rows.
def test_a_timescale_word_the_title_rows_key_to_a_day_is_that_day(tmp_path: Path) -> None:
    rows = [
        ["Planning service peer review: action plan"],
        ["Timescales: Quick win = by 31 December 2026; Short term = by 31 March 2027"],
        ["No.", "Action", "Lead officer", "Timescale", "Progress"],
        ["1.1", "Hold a workshop.", "Head of Planning", "Quick win", "Short term: held."],
        ["1.2", "Adopt the vision.", "Director of Place", "short term", ""],
        ["1.3", "Publish a charter.", "Director of Place", "Ongoing", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a word the key does not date names no date; the wording stays as written
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 12, 31), "Quick win"),
        (D(2027, 3, 31), "short term"),
        (None, "Ongoing"),
    ]
    # the key dates deadlines, never news opened by the same words
    assert [u.date for u in found[0].updates] == [None]


# Seen in hold-out 171 (a university's review plan): targets as its trimesters, the
# trimesters' ends written in a title row as the academic calendar gives them.
def test_a_period_the_title_rows_say_ends_on_a_day_is_due_that_day(tmp_path: Path) -> None:
    rows = [
        ["Institutional review action plan 2026/27"],
        ["Trimester 1 ends 18 December 2026; Trimester 2 ends on 23 April 2027"],
        ["Ref", "Action", "Lead", "Target", "Status"],
        ["R1.1", "Revise the template.", "Head of Quality", "Trimester 1", "Complete"],
        ["R1.2", "Report to Boards.", "Head of Quality", "End of Trimester 2", "In progress"],
        ["R1.3", "Set a feedback turnaround.", "Dean of Students", "31/12/2026", "In progress"],
        ["R1.4", "Publish a handbook.", "Dean of Students", "Trimester 2", "In progress"],
        ["R1.5", "Survey placement students.", "Dean of Students", "Trimester 3", "Not started"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a period the calendar does not date names no date; the wording stays as written
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 12, 18), "Trimester 1"),
        (D(2027, 4, 23), "End of Trimester 2"),
        (D(2026, 12, 31), "31/12/2026"),
        (D(2027, 4, 23), "Trimester 2"),
        (None, "Trimester 3"),
    ]


# Seen in hold-out 231 (a university keying each semester of the year with its academic
# year in a line above the table). Written here in other words.
def test_a_keyed_period_written_with_its_year_is_due_on_its_keyed_day(tmp_path: Path) -> None:
    rows = [
        ["Student experience plan"],
        ["Trimester 1 2026/27 ends 11 December 2026; Trimester 2 2026/27 ends 26 March 2027"],  # noqa: E501
        ["Ref", "Action", "Lead", "Deadline", "Status"],
        ["1", "Survey the first years.", "Dean of Students", "Trimester 1 2026/27", "Complete"],
        ["2", "Open a quiet study room.", "Librarian", "Trimester 2 2026/27", "In progress"],
        ["3", "Refit the cafe.", "Estates", "31/01/2027", "In progress"],
        ["4", "Review the timetable.", "Registrar", "Trimester 1 2027/28", "Not started"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the year is part of the period's name: a year the key does not date gives no date
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 12, 11), "Trimester 1 2026/27"),
        (D(2027, 3, 26), "Trimester 2 2026/27"),
        (D(2027, 1, 31), "31/01/2027"),
        (None, "Trimester 1 2027/28"),
    ]


def test_keyed_periods_inside_named_steps_read_as_their_days(tmp_path: Path) -> None:
    rows = [
        ["Student experience plan"],
        ["Trimester 1 2026/27 ends 11 December 2026; Trimester 2 2026/27 ends 26 March 2027"],
        ["Ref", "Action", "Lead", "Deadline", "Status"],
        ["1", "Trial a peer tutoring scheme.", "Dean of Students",
         "Trial: Trimester 1 2026/27; roll-out: Trimester 2 2026/27", "In progress"],
        ["2", "Try a new enrolment form.", "Registrar",
         "Trial: Trimester 1 2026/27; review: Trimester 2 2026/27", "In progress"],
        ["3", "Refit the cafe.", "Estates", "31/01/2027", "In progress"],
        ["4", "Open a quiet study room.", "Librarian", "Trimester 2 2026/27", "In progress"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # due at the last step of the work; a review after it is no step
    assert [a.due for a in found][:2] == [D(2027, 3, 26), D(2026, 12, 11)]
    assert found[0].due_text == "Trial: Trimester 1 2026/27; roll-out: Trimester 2 2026/27"


# Seen in hold-out 171 (an ICB's UEC plan): one date column, each date marked forecast or
# actual, the marks keyed in a row above the header.
def test_a_date_a_key_marks_actual_says_when_done_never_when_due(tmp_path: Path) -> None:
    rows = [
        ["UEC improvement plan"],
        ["Dates: (F) = forecast; (A) = actual"],
        ["Ref", "Action", "Lead", "Date (F/A)", "Status"],
        ["1.1", "Open a handover area.", "Director of UEC", "14/10/2026 (A)", "Complete"],
        ["1.2", "Set a handover standard.", "Director of UEC", "31/12/2026 (F)", "On track"],
        ["1.3", "Report weekly.", "Director of UEC", "30/09/2026 (A)", "Complete"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the actual date is no deadline, its wording kept; the forecast is the deadline
    assert [(a.due, a.due_text) for a in found] == [
        (None, "14/10/2026 (A)"),
        (D(2026, 12, 31), "31/12/2026 (F)"),
        (None, "30/09/2026 (A)"),
    ]


# Seen in hold-out 141 (a primary school's development plan): timescales as a term cut
# to three letters with a two-figure year, "Aut 26", keyed in a title row.
def test_short_forms_a_key_expands_to_terms_are_those_terms(tmp_path: Path) -> None:
    key = "Timescales: Aut = autumn term, Spr = spring term, Sum = summer term. RAG: G = on track."
    rows = [
        ["School Development Plan 2026-27"],
        [key],
        ["Ref", "Action", "Lead", "Timescale", "RAG"],
        ["1.1", "Train KS1 staff in phonics.", "Rachel Green", "Aut 26", "G"],
        ["1.2", "Run catch-up sessions.", "Rachel Green", "Spr 27", "G"],
        ["1.3", "Hold parent workshops.", "Mark Jennings", "Sum 27", ""],
        ["1.4", "Moderate books.", "Mark Jennings", "2027-02-26", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # the key makes them school terms (never the seasons' 30 Nov); the wording as written
    assert [(a.due, a.due_text) for a in actions(plan)] == [
        (D(2026, 12, 31), "Aut 26"),
        (D(2027, 3, 31), "Spr 27"),
        (D(2027, 7, 31), "Sum 27"),
        (D(2027, 2, 26), "2027-02-26"),
    ]
    assert parse_deadline("Spring term 27").due == D(2027, 3, 31)


@pytest.mark.parametrize(
    "key",
    ["", "Key: Aut = Autumn; Spr = Spring; Sum = Summer", "Key: Aut = autumn term"],
)
def test_a_term_cut_to_three_letters_is_the_term_whatever_the_key(tmp_path: Path, key: str) -> None:
    """ "Aut 26" is the autumn term (31 Dec 2026) with no key or a key to the season:
    the key's wording gave 30 Nov, 31 Dec or no date for one school plan."""
    rows = [[key]] if key else []
    rows += [
        ["Ref", "Action", "Lead", "Timescale", "Status"],
        ["1", "Embed the new phonics scheme in Year 1", "Mrs Patel", "Aut 26", "In progress"],
        ["2", "Review the behaviour policy with governors", "Mr Cole", "Spr 27", "Not started"],
        ["3", "Attendance strategy refreshed", "Mrs Patel", "Sum 27", "Not started"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 12, 31), "Aut 26"),
        (D(2027, 3, 31), "Spr 27"),
        (D(2027, 7, 31), "Sum 27"),
    ]
    assert parse_deadline("paid the sum 25").due is None  # a sum of money, not a term


# Seen in hold-out 121 (an ILACS plan): timescales as bands of months from the plan's
# approval, keyed to days in a title row.
def test_a_band_of_months_the_title_rows_key_to_a_day_is_that_day(tmp_path: Path) -> None:
    rows = [
        ["Children's services improvement plan"],
        ["Timescales: 0–3 months = by 15 December 2026; 3–6 months = by 15 March 2027"],
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.1", "Audit every plan.", "Amy Lee", "0–3 months"],
        ["1.2", "Train every manager.", "Amy Lee", "3-6 months"],
        ["1.3", "Refresh the strategy.", "Amy Lee", "6–12 months"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a hyphen is the key's dash; a band the key does not give dates nothing
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 12, 15), "0–3 months"),
        (D(2027, 3, 15), "3-6 months"),
        (None, "6–12 months"),
    ]


# Seen in hold-out 81 (a council's CQC adult social care plan due in "Year 1" / "Year 2"
# of a two-year plan whose title rows date its period).
def test_a_year_of_a_dated_plan_period_is_due_at_that_years_end(tmp_path: Path) -> None:
    rows = [
        ["Adult social care improvement plan"],
        ["Plan period: April 2026 to March 2028 (a two-year plan)."],
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.1", "Clear the review backlog.", "Tom Reid", "Year 1"],
        ["1.2", "Refresh the carers' strategy.", "Lisa Marsh", "Year 2"],
        ["1.3", "Publish a charging guide.", "Lisa Marsh", "Year 3"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # year N ends N years after the period's first month, less a day; a year the period
    # does not reach names no date; the wording stays as written
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 3, 31), "Year 1"),
        (D(2028, 3, 31), "Year 2"),
        (None, "Year 3"),
    ]


# A quarter or half of a year of the plan ("Q3 of Year 1", "Year 2 Q1"), as a force's
# plan times its targets: counted from the period's first month, not January nor April.
def test_a_quarter_of_a_year_of_the_plan_counts_from_the_periods_start(
    tmp_path: Path,
) -> None:
    rows = [
        ["Neighbourhood policing plan"],
        ["Plan period: September 2026 to August 2028."],
        ["Ref", "Action", "Lead", "Target"],
        ["1.1", "Open two beat surgeries.", "Insp Dan Royle", "Q1 of Year 1"],
        ["1.2", "Train every PCSO in problem solving.", "Insp Dan Royle", "Q3 of Year 1"],
        ["1.3", "Survey residents' confidence.", "Sgt Ella Moss", "Year 2 Q2"],
        ["1.4", "Review the ward boundaries.", "Sgt Ella Moss", "H2 of Year 1"],
        ["1.5", "Hand over to the new model.", "Sgt Ella Moss", "Quarter 1 of Year 3"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the plan's year starts in September: its first quarter ends in November; a
    # quarter the period does not reach names no date; the wording stays as written
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 11, 30), "Q1 of Year 1"),
        (D(2027, 5, 31), "Q3 of Year 1"),
        (D(2028, 2, 29), "Year 2 Q2"),
        (D(2027, 8, 31), "H2 of Year 1"),
        (None, "Quarter 1 of Year 3"),
    ]


# Seen in hold-out 72 (an NHS trust's CQC plan due in financial months, "M9 2026/27",
# and half years, "H2 2026/27", under a note "M1 = April").
def test_a_financial_month_or_half_year_is_due_at_that_months_end(tmp_path: Path) -> None:
    rows = [
        ["Targets are the Trust's financial month (M1 = April)."],
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Audit the consent forms.", "Kate Ellis", "M9 2026/27"],
        ["2", "Train the ward sisters.", "Kate Ellis", "M3 2027/28"],
        ["3", "Open the discharge lounge.", "Simon Irwin", "H2 2026/27"],
        ["4", "Recruit two matrons.", "Simon Irwin", "H1 2026/27"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the ninth month of the year from April 2026 is December; the wording is kept
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 12, 31), "M9 2026/27"),
        (D(2027, 6, 30), "M3 2027/28"),
        (D(2027, 3, 31), "H2 2026/27"),
        (D(2026, 9, 30), "H1 2026/27"),
    ]
    # a year of thirteen four-week periods has no month to give: no date, not 31 March
    assert parse_deadline("P13 2026/27").due is None


# Seen in hold-out 74 (a council's finance plan due in accounting periods, "P10 2026/27",
# keyed in the title rows "P1 = April, P12 = March").
def test_an_accounting_period_counts_from_the_month_the_plan_keys_to_p1(
    tmp_path: Path,
) -> None:
    rows = [
        ["Targets are accounting periods of the financial year (P1 = July, P12 = June)."],
        ["Ref", "Action", "Lead", "Target"],
        ["1.1", "Refresh the MTFS.", "Ann Cole", "P10 2026/27"],
        ["1.2", "Close the accounts.", "Ann Cole", "P3 2026/27"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # P1 is July here, so P10 is April 2027 and P3 September 2026
    assert [a.due for a in found] == [D(2027, 4, 30), D(2026, 9, 30)]
    # without a key a period counts from April, the UK public sector's year
    rows[0] = ["Targets are accounting periods of the financial year."]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2027, 1, 31), D(2026, 6, 30)]


# Seen in hold-out 73 (a housing association's RSH plan, target dates typed as text in
# figures, month and year only: "03/2027", "12/2026").
def test_a_month_in_figures_and_a_four_figure_year_is_due_at_the_months_end(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1.1", "Clear the fire safety backlog.", "Sam Reid", "03/2027"],
        ["1.2", "Survey every home.", "Mark Hendry", "12/2026"],
        ["1.3", "Publish the damp policy.", "Amy Lowe", "1/2027"],
        ["1.4", "Review the complaints log.", "Amy Lowe", "03/27"],
    ]  # fmt: skip
    found = actions(plan_of(write_workbook(tmp_path, {"Plan": rows})))
    # "03/27" could be 3 July or March 2027: no date, the wording kept as written
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 3, 31), "03/2027"),
        (D(2026, 12, 31), "12/2026"),
        (D(2027, 1, 31), "1/2027"),
        (None, "03/27"),
    ]
    # a month is 1 to 12, and a day and month alone ("3/4") is no date
    assert parse_deadline("13/2027").due is None
    assert parse_deadline("3/4").due is None


# Seen in hold-out 75 (a county council's plan after CQC's assessment of its adult social
# care): a "Forecast date" beside the "Target date", later on some rows.


def test_a_forecast_date_is_a_projection_and_the_target_stays_the_deadline(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Forecast date", "Status"],
        ["WWP1", "Hold carers' forums.", "Karen Lowe", "31/12/2026", "28/02/2027", "Delayed"],
        ["WWP2", "Publish the offer.", "Karen Lowe", "31/10/2026", "31/10/2026", "On track"],
    ]  # fmt: skip
    late, on_time = actions(plan_of(write(tmp_path, rows)))
    # the lead's estimate of when it will finish revises no deadline: it is kept as a field
    assert (late.due, late.fields["Forecast date"]) == (dt.date(2026, 12, 31), "28/02/2027")
    assert on_time.due == dt.date(2026, 10, 31)
    # a revised date is still the deadline in force
    rows[0][4] = "Revised date"
    late, _ = actions(plan_of(write(tmp_path, rows, name="revised.csv")))
    assert late.due == dt.date(2027, 2, 28)


def test_a_forecast_date_alone_is_the_only_deadline_written(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Forecast date", "Status"],
        ["1", "Hold carers' forums.", "Karen Lowe", "28/02/2027", "Delayed"],
        ["2", "Publish the offer.", "Karen Lowe", "31/10/2026", "On track"],
    ]  # fmt: skip
    assert [a.due for a in actions(plan_of(write(tmp_path, rows)))] == [
        dt.date(2027, 2, 28),
        dt.date(2026, 10, 31),
    ]


# Seen in hold-outs 75 and 76 (an acute trust's CQC must-do plan, a fire service's HMICFRS
# plan): the target column headed with the financial year, its cells the quarter alone.


def test_a_bare_quarter_takes_the_year_its_column_header_names(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Exec lead", "Target quarter (2026/27)", "Status"],
        ["1.1", "Audit sepsis screening monthly.", "Chief Nurse", "Q3", "On track"],
        ["1.2", "Recruit six paediatric nurses.", "Chief Nurse", "Q4", "On track"],
        ["1.3", "Replace the resuscitation trolleys.", "Medical Director", "Q1 2027/28", ""],
        ["1.4", "Embed the new escalation policy.", "Medical Director", "Ongoing", ""],
    ]  # fmt: skip
    q3, q4, next_year, ongoing = actions(plan_of(write_workbook(tmp_path, {"Plan": rows})))
    assert [a.due for a in (q3, q4, next_year, ongoing)] == [
        dt.date(2026, 12, 31),
        dt.date(2027, 3, 31),
        dt.date(2027, 6, 30),  # its own year kept
        None,  # no period of the year: no date
    ]
    assert (q3.due_text, ongoing.due_text) == ("Q3", "Ongoing")  # kept as written
    # a calendar year alone heads calendar quarters and months of that year
    rows[0][3], rows[1][3], rows[2][3] = "Target (2027)", "Q3", "March"
    q3, march, *_ = actions(plan_of(write(tmp_path, rows)))
    assert (q3.due, march.due) == (dt.date(2027, 9, 30), dt.date(2027, 3, 31))


# Seen in hold-out 273 (a fire service's HMICFRS plan): "By end of FY" under a target
# column headed with the financial year, as "Q4" under it.
def test_the_year_end_without_its_year_takes_the_year_its_column_header_names(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Target (2026/27)", "Status"],
        ["1.1", "Recruit four fire safety inspectors.", "Tom Ashby", "By end of FY", "In progress"],
        ["1.2", "Refit two appliances.", "Tom Ashby", "FY end", "In progress"],
        ["1.3", "Audit the risk records.", "Tom Ashby", "By year end", "In progress"],
        ["1.4", "Embed the new rota.", "Tom Ashby", "Ongoing", "In progress"],
    ]  # fmt: skip
    found = actions(plan_of(write_workbook(tmp_path, {"Plan": rows})))
    # the financial year the header names ends 31 Mar 2027; the wording kept as written
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 3, 31), "By end of FY"),
        (D(2027, 3, 31), "FY end"),
        (D(2027, 3, 31), "By year end"),
        (None, "Ongoing"),
    ]
    # a calendar year alone: its year end is 31 Dec; a financial year's end names no
    # year of it ("FY 2027" is unsaid), so none
    assert dated_by_header("By year end", "Target (2027)") == Deadline(D(2027, 12, 31), "year")
    assert dated_by_header("By end of FY", "Target (2027)") is None
    assert dated_by_header("By end of FY", "Target") is None


def test_a_year_that_names_a_thing_in_the_header_dates_no_bare_quarter(tmp_path: Path) -> None:
    # "Ofsted 2025 recs" is the year of the recommendations, not of the quarters below:
    # "Q3" stays the deadline's wording, undated, rather than 30 Sep 2025
    rows = [
        ["Ref", "Action", "Lead", "Due (Ofsted 2025 recs)", "Status"],
        ["1.1", "Audit supervision records monthly.", "Head of Service", "Q3", "On track"],
        ["1.2", "Refresh the threshold document.", "Head of Service", "Q4", "On track"],
        ["1.3", "Train every manager in the model.", "Principal Social Worker", "31/01/2026", ""],
    ]  # fmt: skip
    q3, q4, dated = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.due_text) for a in (q3, q4, dated)] == [
        (None, "Q3"),
        (None, "Q4"),
        (dt.date(2026, 1, 31), "31/01/2026"),
    ]
    # under "Target (2026 inspection)" the column is still the deadline, its "Q3" undated
    rows[0][3] = "Target (2026 inspection)"
    q3, *_ = actions(plan_of(write(tmp_path, rows)))
    assert (q3.due, q3.due_text) == (None, "Q3")


# Seen in hold-out 76 (a council's Best Value Notice plan): timescales as the financial
# quarter with its months and year in brackets, beside plain dates.


def test_a_quarter_with_its_months_in_brackets_is_due_at_their_end(tmp_path: Path) -> None:
    rows = [
        ["No.", "Action", "Lead officer", "Timescale"],
        ["1", "Refresh the financial strategy.", "Director of Finance", "Q3 (Oct–Dec 26)"],
        ["2", "Rebuild the general fund reserve.", "Director of Finance", "Q4 (Jan–Mar 28)"],
        ["3", "Set up a budget challenge panel.", "Chief Executive", "30/06/2026"],
    ]  # fmt: skip
    assert [a.due for a in actions(plan_of(write(tmp_path, rows)))] == [
        dt.date(2026, 12, 31),
        dt.date(2028, 3, 31),  # the months' own year, not the quarter's usual one
        dt.date(2026, 6, 30),
    ]


# Seen in hold-out 103 (a district council's internal audit tracker): a revised date typed
# into the same cell after the original with "rev.", once or twice.


def test_a_date_typed_after_rev_in_the_same_cell_is_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Rec no.", "Agreed management action", "Responsible officer", "Implementation date"],
        ["1", "Authorise overtime claims online.", "Payroll Manager", "31/08/2026 rev. 31/12/2026"],
        ["2", "Keep a central waiver log.", "Head of Legal Services",
         "31/07/2026 rev. 30/09/2026 rev. 30/11/2026"],
        ["3", "Review access rights quarterly.", "ICT Security Manager", "31/10/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the date after the last "rev." is in force, the first the original (the baseline)
    assert [(a.due, a.original_due) for a in found] == [
        (dt.date(2026, 12, 31), dt.date(2026, 8, 31)),
        (dt.date(2026, 11, 30), dt.date(2026, 7, 31)),
        (dt.date(2026, 10, 31), None),
    ]
    assert found[1].due_text == "31/07/2026 rev. 30/09/2026 rev. 30/11/2026"


# Seen in hold-out 142 (a programme's action log): a due date moved at each board written
# by adding the new date after the old on the same line, commas between, the latest last.


def test_rising_dates_on_one_line_parted_by_commas_are_a_slipped_deadline(
    tmp_path: Path,
) -> None:
    rows = [
        ["ID", "Action", "Owner", "Due", "Status"],
        ["A036", "Book the training rooms.", "Laura Finch", "21/10/26, 04/11/26, 18/11/26", "Open"],
        ["A038", "Agree the go-live date.", "Anil Kapoor", "04/11/26, 02/12/26", "Open"],
        ["A040", "Draft the continuity plan.", "Megan Hart", "02/12/26", "Open"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the last date written is in force; the first is the original (the baseline) only
    # where the header says the dates moved
    assert [(a.due, a.original_due) for a in found] == [
        (dt.date(2026, 11, 18), None),
        (dt.date(2026, 12, 2), None),
        (dt.date(2026, 12, 2), None),
    ]
    assert found[0].due_text == "21/10/26, 04/11/26, 18/11/26"  # kept as written
    rows[0][3] = "Due (revised at each board)"
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.original_due) for a in found] == [
        (dt.date(2026, 11, 18), dt.date(2026, 10, 21)),
        (dt.date(2026, 12, 2), dt.date(2026, 11, 4)),
        (dt.date(2026, 12, 2), None),
    ]
    # dates not rising, or words between them, are no slipped deadline: the first stands
    assert parse_deadline("31/12/2026, 30/09/2026").due == dt.date(2026, 12, 31)
    assert parse_deadline("Sep 2026, board to confirm, Dec 2026").due == dt.date(2026, 9, 30)


def test_milestones_parted_by_commas_are_no_slipped_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due date", "Status"],
        ["1.1", "Report each quarter", "Karen Holt", "30/06/26, 30/09/26, 31/12/26", "In progress"],
        ["1.2", "Refresh the training offer", "Amir Shah", "31/03/2027", "Not started"],
        ["1.3", "Audit of discharge letters", "Jo Bates", "Oct 2026, Jan 2027", "In progress"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the work ends at the last date; nothing says a date moved, so no baseline
    assert [(a.due, a.original_due) for a in found] == [
        (dt.date(2026, 12, 31), None),
        (dt.date(2027, 3, 31), None),
        (dt.date(2027, 1, 31), None),
    ]
    assert found[0].due_text == "30/06/26, 30/09/26, 31/12/26"  # kept as written


# Seen in hold-out 142 (a charity's plan agreed with the Charity Commission): deadlines
# written as the governance event with its year and only the month in brackets.


def test_a_year_with_its_month_in_brackets_is_due_at_that_months_end(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Deadline"],
        ["1.1", "Adopt a conflicts of interest policy.", "Priya Shah", "AGM 2027 (Sep)"],
        ["1.2", "Retender the maintenance contract.", "Daniel Cole", "Board meeting 2026 (Dec)"],
        ["1.3", "Train all trustees.", "Priya Shah", "Trustee away day 2027 (Feb)"],
        ["1.4", "Rewrite the safeguarding policy.", "Aisha Rahman", "30/11/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [
        dt.date(2027, 9, 30), dt.date(2026, 12, 31), dt.date(2027, 2, 28), dt.date(2026, 11, 30),
    ]  # fmt: skip
    assert found[0].due_text == "AGM 2027 (Sep)"  # the event kept as written


# Seen in hold-out 103 (a local area's SEND written statement of action): timescales that
# only say when the work starts, "Sep 2026 onwards", beside months and terms.


def test_a_start_written_with_onwards_gives_no_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.1", "Run termly SENCo network meetings.", "SEND Manager", "Sep 2026 onwards"],
        ["1.2", "Publish the local offer.", "SEND Manager", "From January 2027 onwards"],
        ["1.3", "Audit EHC plans termly.", "SEND Manager", "Autumn term 2026 onwards"],
        ["1.4", "Train the SENCos.", "SEND Manager", "Spring term 2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a start with no end is no deadline: the wording is kept as written
    assert [(a.due, a.due_text) for a in found] == [
        (None, "Sep 2026 onwards"),
        (None, "From January 2027 onwards"),
        (None, "Autumn term 2026 onwards"),
        (dt.date(2027, 3, 31), "Spring term 2027"),
    ]


# Seen in hold-out 173 (an LEA's success criteria): "From September 2027", a start with no
# "onwards", beside "By July 2028".


def test_a_start_word_opening_the_timescale_gives_no_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.1", "Open the new nurture base.", "Head of Inclusion", "From April 2027"],
        ["1.2", "Offer twilight phonics sessions.", "Literacy Adviser", "Starting Jan 2027"],
        ["1.3", "Pilot the transition passport.", "Head of Inclusion", "From May 2027 to Jul 2027"],
        ["1.4", "Publish the outcomes report.", "Literacy Adviser", "By July 2028"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # when the work starts is no deadline; a span's end still is
    assert [(a.due, a.due_text) for a in found] == [
        (None, "From April 2027"),
        (None, "Starting Jan 2027"),
        (dt.date(2027, 7, 31), "From May 2027 to Jul 2027"),
        (dt.date(2028, 7, 31), "By July 2028"),
    ]


# A second reader's plan of changes coming into force: "From 1 April 2027" under
# "Implementation date" gave no date (the start word rule above), so four changes had
# none. A start that names its day is the day the change goes live; the first time of a
# work done again and again is its deadline; a start written before an end is not.
def test_a_start_naming_its_day_is_the_day_the_change_goes_live(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Change", "Lead", "Implementation date"],
        ["1", "New charging policy for day services", "Head of Finance", "From 1 April 2027"],
        ["2", "Revised eligibility letters sent", "Head of Operations", "From 1 February 2027"],
        ["3", "Consultation closes", "Head of Commissioning", "31/12/2026"],
        ["4", "New contract starts", "Head of Finance", "Go-live – from 01/04/2027"],
        ["5", "Report to Scrutiny", "Head of Finance", "From June 2027 then quarterly"],
        ["6", "Pilot the new triage model", "Head of Operations", "Start Jan 2027; end Jun 2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [
        dt.date(2027, 4, 1),
        dt.date(2027, 2, 1),
        dt.date(2026, 12, 31),
        dt.date(2027, 4, 1),
        dt.date(2027, 6, 30),
        dt.date(2027, 6, 30),
    ]
    assert [a.updates for a in found] == [[]] * 6  # the column stays the deadline


# Seen in hold-out 103 (a borough council's LGA peer challenge plan): bare quarters under a
# plain "Timescale" header, their financial year given only by a note row above the table.


def test_a_note_above_the_table_gives_bare_quarters_their_year(tmp_path: Path) -> None:
    rows = [
        ["Corporate peer challenge: action plan"],
        ["Timescales are quarters of the 2026/27 financial year unless another year is shown."],
        [],
        ["Ref", "Action", "Lead officer", "Timescale"],
        ["1.1", "Run a place vision engagement programme.", "Chief Executive", "Q3"],
        ["1.2", "Agree the vision at Full Council.", "Chief Executive", "Q4"],
        ["1.3", "Deliver scrutiny training for members.", "Monitoring Officer", "Q1 2027/28"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # financial quarters of the note's year; a cell with its own year keeps it
    assert [(a.due, a.due_text) for a in found] == [
        (dt.date(2026, 12, 31), "Q3"),
        (dt.date(2027, 3, 31), "Q4"),
        (dt.date(2027, 6, 30), "Q1 2027/28"),
    ]


def test_a_title_naming_a_year_but_no_quarters_dates_no_bare_quarter(tmp_path: Path) -> None:
    rows = [
        ["Corporate peer challenge 2026/27: action plan"],
        [],
        ["Ref", "Action", "Lead officer", "Timescale"],
        ["1.1", "Run a place vision engagement programme.", "Chief Executive", "Q3"],
    ]  # fmt: skip
    (found,) = actions(plan_of(write(tmp_path, rows)))
    assert (found.due, found.due_text) == (None, "Q3")


# Seen in hold-out 114 (a housing plan's targets '03/27' under 'Target (mm/yy)').
def month_year_targets(tmp_path: Path, header: str, above: list[str]) -> list[Any]:
    rows = [
        *([line] for line in above),
        ["Ref", "Action", "Owner", header, "Status"],
        ["1.1", "Close the fire risk actions.", "Gary Finch", "12/26", "In progress"],
        ["1.2", "Survey every home's condition.", "Priya Nair", "03/27", "In progress"],
        ["1.3", "Run the tenant scrutiny panel.", "Leanne Ford", "Ongoing", "In progress"],
    ]
    return [(a.due, a.due_text) for a in actions(plan_of(write(tmp_path, rows)))]


def test_a_header_naming_month_then_year_dates_two_figures_as_that_month(
    tmp_path: Path,
) -> None:
    # "03/27" alone could be a day and month; "(mm/yy)" settles it: the month's end
    assert month_year_targets(tmp_path, "Target (mm/yy)", []) == [
        (D(2026, 12, 31), "12/26"),
        (D(2027, 3, 31), "03/27"),
        (None, "Ongoing"),
    ]


def test_a_key_line_naming_month_then_year_dates_them_as_the_header_would(
    tmp_path: Path,
) -> None:
    above = ["Brookfield Homes plan", "Target dates are given as MM/YY."]
    assert [due for due, _ in month_year_targets(tmp_path, "Target date", above)] == [
        D(2026, 12, 31),
        D(2027, 3, 31),
        None,
    ]


def test_two_figures_under_a_day_month_year_header_or_none_stay_undated(
    tmp_path: Path,
) -> None:
    for header in ("Target date", "Target date (dd/mm/yy)"):
        assert [due for due, _ in month_year_targets(tmp_path, header, [])] == [None, None, None]


# Seen in hold-out 116 (a scrutiny committee's recommendation tracker): "Date", the day
# the committee made the recommendation, by the ref; "Exec Date", the Executive's.


def test_a_bare_date_before_the_action_and_a_meeting_date_are_no_deadline(
    tmp_path: Path,
) -> None:
    rows = [
        ["Reference", "Date", "Recommendation", "Exec Date", "Lead", "Status"],
        ["SR 01", "15/06/26", "Publish the slippage summary.", "09/07/26", "DM", "Ongoing"],
        ["SR 02", "06/07/26", "Review the charging policy.", "06/08/26", "SS", "Ongoing"],
        ["SR 03", "13/07/26", "Set out a timetable for LEDs.", "06/08/26", "PR", "Complete"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.ref, a.due) for a in found] == [("SR 01", None), ("SR 02", None), ("SR 03", None)]
    # both dates are kept as written, as fields
    assert (found[0].fields["Date"], found[0].fields["Exec Date"]) == ("15/06/26", "09/07/26")


def test_a_date_after_the_action_and_its_owner_is_still_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Date", "Status"],
        ["1", "Publish the slippage summary.", "Dana Holt", "30/11/2026", "Open"],
        ["2", "Review the charging policy.", "Sam Reid", "31/12/2026", "Open"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2026, 11, 30), D(2026, 12, 31)]


def test_a_plans_only_dates_before_the_action_are_its_deadlines(tmp_path: Path) -> None:
    rows = [
        ["No.", "Date", "Action", "Lead", "Progress"],
        ["1", "31/03/2027", "Publish the revised safeguarding policy", "Jane Smith", "Drafted"],
        ["2", "30/04/2027", "Train all managers on the new policy", "Tom Bell", "Booked"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # no other column of dates: "Date" is when each action is due
    assert [a.due for a in found] == [D(2027, 3, 31), D(2027, 4, 30)]


@pytest.mark.parametrize("header", ["Report to Board", "Completion (Panel)"])
def test_a_date_due_before_a_board_is_the_deadline(tmp_path: Path, header: str) -> None:
    rows = [
        ["Ref", "Action", "Lead", header, "Status"],
        ["1", "Publish the revised safeguarding policy", "Jane Smith", "31/03/2027", "Open"],
        ["2", "Train all managers on the new policy", "Tom Bell", "30/04/2027", "Open"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a report to the body, or the work's completion for it, looks ahead: the deadline
    assert [a.due for a in found] == [D(2027, 3, 31), D(2027, 4, 30)]


# Seen in hold-out 117 (a district council's internal audit tracker): the revised target
# written as the length of the extension the committee granted, "Extended 3 months",
# beside the original target.


def test_a_revised_target_written_as_an_extension_counts_from_the_original(
    tmp_path: Path,
) -> None:
    rows = [
        ["Rec ID", "Agreed action", "Original target date", "Revised target date"],
        ["IA25-04.2", "Authorise overtime first.", "31/10/2026", "Extended 3 months"],
        ["IA25-07.1", "Sign off card statements.", "31/08/2026", "Extended by 6 months"],
        ["IA26-05.1", "Enable MFA.", "31/10/2026", "Extension of 2 weeks"],
        ["IA26-05.2", "Test the response plan.", "31/03/2027", "Extended to suit"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.original_due) for a in found[:3]] == [
        (dt.date(2027, 1, 31), dt.date(2026, 10, 31)),  # the original is the baseline
        (dt.date(2027, 2, 28), dt.date(2026, 8, 31)),  # the month's last day
        (dt.date(2026, 11, 14), dt.date(2026, 10, 31)),
    ]
    assert "Original target date" not in found[0].fields  # the baseline itself
    # near miss: an extension of no stated length gives no new day
    assert found[3].due is None


# Seen in hold-out 121 (a police force's PEEL plan): target quarters written year first,
# "2026 Q4", under a note that they are calendar quarters.


def test_a_note_saying_calendar_quarters_reads_the_plans_quarters_so(tmp_path: Path) -> None:
    rows = [
        ["PEEL areas for improvement: action plan"],
        ["Target quarters are calendar quarters: 2027 Q1 = January to March 2027."],
        [],
        ["Ref", "Action", "Lead", "Target quarter"],
        ["1.1", "Add a second call handler.", "ACC Priya Sandhu", "2026 Q3"],
        ["1.2", "Offer a call-back.", "ACC Priya Sandhu", "2027 Q1"],
        ["1.3", "Publish answer times.", "ACC Priya Sandhu", "Q1 2027/28"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a financial year written as one keeps its own quarters
    assert [(a.due, a.due_text) for a in found] == [
        (dt.date(2026, 9, 30), "2026 Q3"),
        (dt.date(2027, 3, 31), "2027 Q1"),
        (dt.date(2027, 6, 30), "Q1 2027/28"),
    ]
    rows[1] = ["Target quarters are financial quarters, not calendar ones."]
    found = actions(plan_of(write(tmp_path, rows, name="b.csv")))
    assert [a.due for a in found][:2] == [dt.date(2026, 12, 31), dt.date(2027, 6, 30)]


# Seen in hold-out 134 (an audit committee's report keeping both dates in one "Date" cell).


def test_dates_marked_original_and_revised_in_brackets_are_baseline_and_deadline(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Date"],
        ["1", "Hold new starters.", "Helen Gray", "31/10/2026 (original), 31/01/2027 (revised)"],
        ["2", "Reconcile leavers.", "Helen Gray", "31/03/2027 (revised) 30/11/2026 (original)"],
        ["3", "Review card limits.", "Helen Gray", "31/12/2026"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.original_due) for a in found] == [
        (D(2027, 1, 31), D(2026, 10, 31)),
        (D(2027, 3, 31), D(2026, 11, 30)),
        (D(2026, 12, 31), None),
    ]
    assert found[0].due_text == "31/10/2026 (original), 31/01/2027 (revised)"


# Seen in hold-out 139: an area SEND accelerated progress plan's "6 month milestone" |
# "12 month milestone", months both; the lead's ruling: the later point is the deadline.


@pytest.mark.parametrize(
    ("earlier", "later"),
    [("6 month milestone", "12 month milestone"), ("Interim date", "Final date")],
)
def test_of_two_timescales_the_later_point_of_the_plan_is_the_deadline(
    tmp_path: Path, earlier: str, later: str
) -> None:
    # written in either order: the headers say which point is later
    first, second = (earlier, later) if "month" in earlier else (later, earlier)
    dates = [
        {earlier: "March 2026", later: "September 2026"},
        {earlier: "April 2026", later: "October 2026"},
    ]
    rows = [
        ["Ref", "Action", "Lead", first, second],
        ["3.1", "Issue new EHC plans within 20 weeks", "Head of SEND",
         dates[0][first], dates[0][second]],
        ["3.2", "Quality assure 10% of new plans", "Head of SEND",
         dates[1][first], dates[1][second]],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2026, 9, 30), D(2026, 10, 31)]
    assert [a.fields[earlier] for a in found] == ["March 2026", "April 2026"]


# Seen in hold-out 144 (a borough council's peer challenge plan, its "When?" column
# answering for work already done with "Done (March 2026)").


def test_done_with_its_date_in_brackets_is_done_with_no_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Who by?", "When?"],
        ["1.1", "Introduce planning performance agreements.", "Jane Ashworth", "Done (March 2026)"],
        ["1.2", "Appoint a Benefits Manager.", "Jane Ashworth", "Completed [05/10/2026]"],
        ["1.3", "Review the scheme of delegation.", "Jane Ashworth", "March 2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the date says when the work was done, kept as written; never the deadline
    assert [(a.due, a.status, a.due_text) for a in found] == [
        (None, "done", "Done (March 2026)"),
        (None, "done", "Completed [05/10/2026]"),
        (D(2027, 3, 31), "not_started", "March 2027"),
    ]


# Seen in hold-out 150 (a children's improvement plan whose "Target value or date"
# column holds target sentences ending "by October 2026", bare months, and a measure
# with no date).


def test_a_target_sentence_in_a_deadline_column_is_due_at_its_date(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target value or date"],
        ["1.1", "Refresh the Board's terms of reference.", "Director",
         "Revised terms agreed by the Improvement Board by September 2026"],
        ["1.2", "Publish a monthly scorecard.", "Head of Performance",
         "Quarterly reports to the Board show satisfactory progress"],
        ["1.3", "Hold quarterly practice weeks.", "Assistant Director", "March 2027"],
        ["1.4", "Reduce caseloads to 18.", "Assistant Director",
         "Caseloads below 18 since March 2026, to be sustained"],
        ["1.5", "Recruit foster carers.", "Fostering Manager",
         "Net gain of 20 fostering households by March 2027"],
        ["1.6", "Keep the front door staffed.", "Head of Early Help", "In place since April 2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the date ending the sentence, or after its last "by", is the deadline (end of the
    # month); a sentence naming none, or a date it was so since, gives none: kept as written
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 9, 30), "Revised terms agreed by the Improvement Board by September 2026"),
        (None, "Quarterly reports to the Board show satisfactory progress"),
        (D(2027, 3, 31), "March 2027"),
        (None, "Caseloads below 18 since March 2026, to be sustained"),
        (D(2027, 3, 31), "Net gain of 20 fostering households by March 2027"),
        (None, "In place since April 2026"),
    ]


def test_a_deadline_with_words_after_its_date_is_still_due_then(tmp_path: Path) -> None:
    # a reviewer's plan: words after a "Timescale" date, no "by" before it; only a date
    # the work has been so "since" is not the deadline
    rows = [
        ["Ref", "Action", "Lead", "Timescale"],
        ["1", "Open the new respite unit", "Karen Hughes",
         "Launch in September 2027 (subject to funding)"],
        ["2", "Adopt the revised carers strategy", "Karen Hughes",
         "Sign off at March 2027 Cabinet"],
        ["3", "Review the offer", "Peter Ward",
         "To be completed March 2027 and then reviewed annually"],
        ["4", "Open the hubs", "Peter Ward", "Phase 1 complete March 2027, phase 2 to follow"],
        ["5", "Train all staff in MCA", "Peter Ward", "31/03/2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [
        D(2027, 9, 30), D(2027, 3, 31), D(2027, 3, 31), D(2027, 3, 31), D(2027, 3, 31)
    ]  # fmt: skip


# Seen in hold-out 161 (a fire service's HMICFRS plan): a target moved by a board kept in
# the same cell, the original date over a second line "Re-profiled <date>".


def test_a_re_profiled_date_under_the_original_is_the_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Target date", "Status"],
        ["1.1", "Build a risk list.", "Head of Prevention", "31/10/2026", "Complete"],
        ["1.2", "Visit high risk homes.", "Head of Prevention",
         "31/12/2026\nRe-profiled 31/03/2027", "Off track"],
        ["2.1", "Recruit four inspectors.", "Head of Protection",
         "30/09/2026\nRe-profiled 31/01/2027", "On track"],
        ["2.2", "Clear the audit backlog.", "Head of Protection", "31/03/2027", "Not started"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # two dates one a line are no record of meetings when the second is the first moved
    assert [(a.due, a.original_due) for a in found] == [
        (D(2026, 10, 31), None),
        (D(2027, 3, 31), D(2026, 12, 31)),
        (D(2027, 1, 31), D(2026, 9, 30)),
        (D(2027, 3, 31), None),
    ]
    assert found[1].due_text == "31/12/2026\nRe-profiled 31/03/2027"


# Seen in hold-out 169 (a SEND priority action plan timed in the six-term school year
# many English authorities set, "Term 1 2026/27" … "Term 6 2026/27").
def test_a_numbered_term_of_a_six_term_year_is_that_half_term(tmp_path: Path) -> None:
    rows = [
        ["Timescales follow the six-term school year: Term 1 is September–October."],
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.1", "Recruit four coordinators.", "Amy Cole", "Term 1 2026/27"],
        ["1.2", "Set up the panel.", "Amy Cole", "Term 3 2026/27"],
        ["1.3", "Publish the survey.", "Amy Cole", "Term 1 2027/28"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # read as "HT1 2026/27": Autumn 1 and Spring 1, the wording kept as written
    assert [a.due for a in found] == [D(2026, 10, 31), D(2027, 2, 28), D(2027, 10, 31)]
    assert found[1].due_text == "Term 3 2026/27"
    # a term numbered 6 shows the year has six terms, with no key saying so
    rows[0] = ["Priority action plan"]
    rows[2][3] = "Term 6 2026/27"
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2027, 7, 31), D(2027, 2, 28), D(2027, 10, 31)]
    # otherwise a numbered term may be Scotland's or Wales's: no date
    rows[2][3] = "Term 2 2026/27"
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [None, None, None]
    with plan_calendar(PlanCalendar(six_terms=True)):
        assert parse_deadline("Term 3 2027").due is None  # no academic year


# Seen in hold-out 175 (a planning service's plan timed in calendar-year quarters "Q4
# CY26", "Q1 CY27", with no key line): "CY" names the calendar year as "FY" the financial.
def test_a_quarter_of_a_calendar_year_named_cy_is_that_calendar_quarter(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.1", "Refresh the validation checklist.", "Dev Manager", "Q4 CY26"],
        ["1.2", "Train the agents' forum.", "Dev Manager", "Q1 CY2027"],
        ["1.3", "Publish the new fee schedule.", "Dev Manager", "CY27 Q3"],
        ["1.4", "Close the enforcement backlog.", "Dev Manager", "Q2 calendar year 2027"],
        ["1.5", "Review the scheme of delegation.", "Dev Manager", "Q4 2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # never the financial year's quarter: "Q4 CY26" ends in December, not March; a
    # quarter with no label stays financial (Q4 2026 → 31 Mar 2027)
    assert [a.due for a in found] == [
        D(2026, 12, 31), D(2027, 3, 31), D(2027, 9, 30), D(2027, 6, 30), D(2027, 3, 31)
    ]  # fmt: skip
    assert found[0].due_text == "Q4 CY26"


# Seen in hold-out 175 (a safeguarding partnership's timescales written as the window an
# action is to land in, "Between Nov 2026 and Feb 2027").
def test_a_window_written_between_two_dates_is_due_at_the_later(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead agency", "Timescale"],
        ["1.1", "Audit the strategy meetings.", "Police", "Between Sep 2026 and Jan 2027"],
        ["1.2", "Refresh the escalation policy.", "Police",
         "between 01/10/2026 and 15/03/2027"],
        ["1.3", "Brief the GP practices.", "ICB", "Between October and December 2026"],
        ["1.4", "Hold a learning event.", "ICB", "Nov 2026 and again in Feb 2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # "and" ends a window only after "between": a plain "and" joins two dates of their own
    assert [a.due for a in found] == [
        D(2027, 1, 31), D(2027, 3, 15), D(2026, 12, 31), D(2026, 11, 30)
    ]  # fmt: skip


# A plan keeping six terms reads every "Term N 2026/27" it writes as that half term,
# wherever the wording stands, not only in its deadline column: a banner's "by" date, a
# revision written in the deadline cell, a revised date's column.
def test_a_six_term_plan_reads_its_terms_as_half_terms_everywhere(tmp_path: Path) -> None:
    rows = [
        ["Timescales follow the six-term school year: Term 1 is September–October."],
        ["Ref", "Action", "Lead", "Timescale", "Revised timescale"],
        ["SHORT TERM TARGETS (to be met by Term 4 2026/27)"],
        ["1.1", "Recruit four coordinators.", "Amy Cole", "", ""],
        ["1.2", "Set up the panel.", "Amy Cole",
         "Term 5 2026/27 (revised from Term 2 2026/27)", ""],
        ["1.3", "Publish the survey.", "Amy Cole", "Term 1 2026/27", "Term 3 2026/27"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # Spring 2 (March), Summer 1 (May) moved from Autumn 2 (December), Spring 1 (February)
    assert [(a.due, a.original_due) for a in found] == [
        (D(2027, 3, 31), None),
        (D(2027, 5, 31), D(2026, 12, 31)),
        (D(2027, 2, 28), D(2026, 10, 31)),
    ]


# A plain paragraph naming a phase and its "by" date between a Word plan's title and its
# table ("PHASE 1 TARGETS – by 31 March 2027"), neither a heading style nor a
# recommendation's wording, read as the group over the rows: the rows with no date of
# their own are due then, as under a CSV banner, and none of its words is lost. So is a
# banner whose "Phase 1" makes it a numbered group in a CSV.
def test_a_phase_paragraph_over_a_word_table_dates_the_rows_under_it(tmp_path: Path) -> None:
    def build(doc: Any) -> None:
        doc.add_heading("Westmoor Council Improvement Plan", 0)
        doc.add_paragraph("PHASE 1 TARGETS – by 31 March 2027")
        rows = [
            ["Ref", "Action", "Lead", "Target date", "Status"],
            ["1.1", "Recruit four social workers.", "Head of Service", "", "On track"],
            ["1.2", "Audit every open case.", "Head of Service", "30/11/2026", "Complete"],
        ]
        word_table(doc, rows)

    path = word_file(tmp_path, build)
    plan = plan_of(path)
    assert [(a.due, a.due_text) for a in actions(plan)] == [
        (D(2027, 3, 31), "31 March 2027"),
        (D(2026, 11, 30), "30/11/2026"),
    ]
    assert source_tokens(path) - export_tokens([plan]) == set()  # no word lost
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["PHASE 1 TARGETS (to be met by 31/12/2026)"],
        ["1.1", "Recruit four social workers.", "Head of Service", ""],
        ["1.2", "Audit every open case.", "Head of Service", "30/11/2026"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2026, 12, 31), D(2026, 11, 30)]


# Issue 17 (import speed): a deadline cell that names its own date is read once and
# that reading reused on later rows with the same cell under the same header.


def test_a_deadline_cell_repeated_on_many_rows_reads_the_same_on_each(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Agreed action", "Original target", "Revised target"],
        ["1", "Audit the payroll.", "31/03/2027", ""],
        ["2", "Refresh the budget.", "31/03/2027", "30/06/2027"],
        ["3", "Close the ledger.", "31/03/2027", "n/a"],
        ["4", "Train the team.", "TBC", ""],
        ["5", "Publish the policy.", "TBC", ""],
    ]
    first, second, third, fourth, fifth = actions(plan_of(write(tmp_path, rows)))
    assert (first.due, first.original_due) == (D(2027, 3, 31), None)
    # a revision on the row puts the same cell's date second, as the original
    assert (second.due, second.original_due) == (D(2027, 6, 30), D(2027, 3, 31))
    assert (third.due, third.fields["Revised target"]) == (D(2027, 3, 31), "n/a")
    assert fourth.due is None and fifth.due is None
    assert fourth.due_text == fifth.due_text == "TBC"


# A second reader's force plan: a range of two military days run together by a bare
# hyphen ("1OCT26-31MAR27") gave its start, 1 Oct 2026, as the deadline (overdue); the
# spaced range ("1NOV26 – 28FEB27") gave its end. The range's end is the deadline.
def test_a_range_of_military_days_run_together_is_due_at_its_end(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target"],
        ["1", "Refresh the stop and search policy.", "Supt Standards", "1OCT26-31MAR27"],
        ["2", "Train the public order cadre.", "Supt Ops", "1NOV26 – 28FEB27"],
        ["3", "Audit stop and search.", "Supt Standards", "01Oct2026-31Mar2027"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [D(2027, 3, 31), D(2027, 2, 28), D(2027, 3, 31)]
    # a hyphen after a code's letters or figures still opens no date
    assert parse_deadline("REF-31MAR27").due is None
    assert parse_deadline("AB12-31MAR27").due is None


# A second reader's plans: a banner dating when its phase was reported on or signed off
# ("PHASE 1 ACTIONS (position as reported by 30/11/2026)") made that day the deadline of
# every undated row under it, overdue. A report's "by" dates no action; a target's does.
def test_a_banner_dating_a_report_or_sign_off_dates_no_action(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["PHASE 1 ACTIONS (position as reported by 30/11/2026)"],
        ["1.1", "Refresh the housing allocations policy", "Head of Housing", ""],
        ["1.2", "Consult tenants on the new policy", "Head of Housing", "30/06/2027"],
        ["PHASE 2 ACTIONS (updated by 30/11/2026)"],
        ["2.1", "Introduce a void property tracker", "Voids Manager", ""],
        ["PHASE 3 TARGETS (to be approved by 31/03/2028)"],
        ["3.1", "Review the lettings policy", "Head of Housing", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [None, D(2027, 6, 30), None, D(2028, 3, 31)]

    def build(doc: Any) -> None:
        doc.add_heading("Adult Social Care Improvement Plan", 0)
        doc.add_paragraph("PHASE 1 ACTIONS – signed off by the Board by 30 September 2026")
        rows = [
            ["Ref", "Action", "Lead", "Target date", "Status"],
            ["1.1", "Refresh the carers strategy.", "Head of Service", "", "Not started"],
            ["1.2", "Publish the charging guide.", "Head of Finance", "30/06/2027", "Not started"],
        ]  # fmt: skip
        word_table(doc, rows)

    path = word_file(tmp_path, build)
    plan = plan_of(path)
    assert [a.due for a in actions(plan)] == [None, D(2027, 6, 30)]
    assert source_tokens(path) - export_tokens([plan]) == set()  # the banner's words kept


# Seen in hold-out 193 (a digital team's delivery plan): targets as the team's numbered
# sprints, dated only by a sprint calendar BELOW the table giving each sprint's span.
def test_a_numbered_period_a_calendar_below_the_table_spans_is_due_at_its_end(
    tmp_path: Path,
) -> None:
    rows = [
        ["Website rebuild: release plan"],
        ["Ref", "Deliverable", "Owner", "Target iteration", "Status"],
        ["1", "Move the council tax pages.", "Ada Brook", "Iteration 4", "Done"],
        ["2", "Retire the old search.", "Ada Brook", "Iteration 5", "In progress"],
        ["3", "Add the bins calendar.", "Cal Reyes", "Iteration 6", "Not started"],
        ["4", "Test the forms with residents.", "Cal Reyes", "Iteration 5", "Not started"],
        ["5", "Publish the style guide.", "Cal Reyes", "Iteration 7", "Not started"],
        [],
        ["Iterations"],
        ["Iteration 4: 05/10/2026 - 16/10/2026"],
        ["Iteration 5: 19/10/2026 to 06/11/2026 (half-term week)"],
        ["Iteration 6: 09/11/2026 – 20/11/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a span's last day is the deadline; a period the calendar does not date gives none
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 10, 16), "Iteration 4"),
        (D(2026, 11, 6), "Iteration 5"),
        (D(2026, 11, 20), "Iteration 6"),
        (D(2026, 11, 6), "Iteration 5"),
        (None, "Iteration 7"),
    ]


# Seen in hold-out 193 (a US-owned supplier's service improvement plan): targets in the
# supplier's fiscal quarters, "Q1 FY27", a line above the table saying its year starts
# in October.
def test_quarters_of_a_fiscal_year_the_plan_keys_follow_that_year(tmp_path: Path) -> None:
    rows = [
        ["Contact centre recovery plan"],
        ["Our FY2027 runs from 1 July 2026 to 30 June 2027; quarters below are fiscal."],
        ["Ref", "Action", "Lead", "Target", "Status"],
        ["1", "Hire ten agents.", "Ana Silva", "Q1 FY27", "Done"],
        ["2", "Replace the phone system.", "Ana Silva", "FY27 Q3", "In progress"],
        ["3", "Close the backlog.", "Ben Cole", "Q4 FY26", "Done"],
        ["4", "Review the contract.", "Ben Cole", "FY28", "Not started"],
        ["5", "Publish the charter.", "Ben Cole", "31/10/2026", "Not started"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the plan's year from July: Q1 FY27 is July to September 2026; a year's end its last day
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 9, 30), "Q1 FY27"),
        (D(2027, 3, 31), "FY27 Q3"),
        (D(2026, 6, 30), "Q4 FY26"),
        (D(2028, 6, 30), "FY28"),
        (D(2026, 10, 31), "31/10/2026"),
    ]
    # with no key "FY27" says no more than "FY 2024" does: which year is unsaid
    assert parse_deadline("Q1 FY27").due is None


# A half of a keyed fiscal year ("H1 FY28", "FY28 H2"), as a landlord's board plan writes
# its targets beside quarters of the same year: the half follows the keyed year too.
def test_a_half_of_a_fiscal_year_the_plan_keys_follows_that_year(tmp_path: Path) -> None:
    rows = [
        ["Repairs service recovery plan"],
        ["Financial year 2028 (FY28) runs from 1 October 2027 to 30 September 2028."],
        ["Ref", "Action", "Owner", "Target"],
        ["1", "Retender the gas servicing contract.", "Ruth Vale", "H1 FY28"],
        ["2", "Move the damp surveys in house.", "Ruth Vale", "FY28 H2"],
        ["3", "Publish repair times quarterly.", "Omar Price", "Q2 FY28"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the year from October 2027: its first half ends in March, its second in September
    assert [(a.due, a.due_text) for a in found] == [
        (D(2028, 3, 31), "H1 FY28"),
        (D(2028, 9, 30), "FY28 H2"),
        (D(2028, 3, 31), "Q2 FY28"),
    ]
    # with no key a half of "FY28" is no more said than the year is
    assert parse_deadline("H1 FY28").due is None


# Seen in hold-out 193 (a waste contract's mobilisation plan): every due date counted in
# days before or after service commencement, "T-90", "T+14", the day T keyed above the table.
def test_days_counted_from_a_day_the_plan_keys_to_a_letter(tmp_path: Path) -> None:
    rows = [
        ["Leisure centres transfer plan"],
        ["Go-live (G) is Thursday 1 April 2027; dates below count days from it."],
        ["Ref", "Task", "Owner", "Due", "Status"],
        ["1", "Sign the lease.", "Ian Moss", "G-60", "Done"],
        ["2", "Transfer the staff.", "Ian Moss", "G − 1", "In progress"],
        ["3", "Open the centres.", "Ian Moss", "G", "Not started"],
        ["4", "Review the first month.", "Ian Moss", "By G+30", "Not started"],
        ["5", "Publish the timetable.", "Ian Moss", "15/03/2027", "Not started"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # calendar days before or after the keyed day; the wording stays as written
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 1, 31), "G-60"),
        (D(2027, 3, 31), "G − 1"),
        (D(2027, 4, 1), "G"),
        (D(2027, 5, 1), "By G+30"),
        (D(2027, 3, 15), "15/03/2027"),
    ]


# Seen in hold-out 204 (a council's financial resilience plan): deadlines written as a
# time before a meeting the rows above the table date by its name.
def test_a_time_before_a_meeting_the_plan_dates_is_counted_back_from_it(tmp_path: Path) -> None:
    rows = [
        ["Housing improvement plan"],
        ["Committee cycle: Housing Board on 10 March 2027; Full Council 21 April 2027"],
        ["Ref", "Action", "Lead", "Deadline", "Status"],
        ["1", "Draft the allocations policy.", "Ian Moss", "3 weeks before Housing Board", ""],
        ["2", "Report voids.", "Ian Moss", "10 days before the Full Council meeting", ""],
        ["3", "Consult the tenants.", "Ian Moss", "2 weeks after Housing Board", ""],
        ["4", "Brief the members.", "Ian Moss", "1 week before Planning Committee", ""],
        ["5", "Publish the policy.", "Ian Moss", "30/04/2027", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # counted in calendar days from the meeting's day; a meeting not dated dates nothing
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 2, 17), "3 weeks before Housing Board"),
        (D(2027, 4, 11), "10 days before the Full Council meeting"),
        (D(2027, 3, 24), "2 weeks after Housing Board"),
        (None, "1 week before Planning Committee"),
        (D(2027, 4, 30), "30/04/2027"),
    ]


# Seen in hold-out 201: a housing association's plan laying its target out over two
# columns, the month in one and the year in the next, "Ongoing" with the year blank.


def test_a_month_column_beside_a_year_column_is_one_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Finish month", "Finish year", "Status"],
        ["1.1", "Hire two surveyors.", "Sam Reid", "Feb", "2027", "In progress"],
        ["1.2", "Buy a scheduling tool.", "Amy Lee", "September", "2026", "Complete"],
        ["1.3", "Walk every estate.", "Amy Lee", "Ongoing", "", "In progress"],
        ["1.4", "Text tenants a visit date.", "Tom Hale", "Jun", "2027", "Not started"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # the two cells read together, as "Feb 2027" in one cell is: the month's last day
    assert [(a.due, a.due_precision) for a in found] == [
        (D(2027, 2, 28), "month"),
        (D(2026, 9, 30), "month"),
        (None, "open"),
        (D(2027, 6, 30), "month"),
    ]
    assert "Finish month" not in found[0].fields  # no measure of "Feb"


# Found by a second reader: a label dating the plan ("Last reviewed:", "Approved:") names
# a past meeting's day; it schedules no meeting, so it dates no deadline counted from one.
def test_a_meeting_day_under_a_reviewed_or_approved_label_dates_no_deadline(
    tmp_path: Path,
) -> None:
    rows = [
        ["Estates Action Plan"],
        ["Last reviewed: Estates Board 2 October 2026"],
        ["Approved: Cabinet 10 November 2026"],
        ["Next Housing Board: 10 March 2027"],
        ["Ref", "Action", "Lead", "Deadline", "Status"],
        ["1", "Present the register.", "Amy Cole", "2 weeks before Estates Board", ""],
        ["2", "Submit the budget report.", "Amy Cole", "1 week before Cabinet", ""],
        ["3", "Draft the allocations policy.", "Ian Moss", "3 weeks before Housing Board", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.due_text) for a in found] == [
        (None, "2 weeks before Estates Board"),
        (None, "1 week before Cabinet"),
        (D(2027, 2, 17), "3 weeks before Housing Board"),
    ]


# Seen in hold-out 221 (a district council's governance plan): the deadline the meeting
# of a month, no year ("By March Cabinet"), the committee dates listed above the table


def test_the_meeting_of_a_month_is_due_on_the_day_the_committee_cycle_gives_it(
    tmp_path: Path,
) -> None:
    rows = [
        ["Committee dates 2026/27:"],
        ["Scrutiny Board: 14 January 2027; 11 March 2027"],
        ["Housing Committee: 3 February 2027"],
        ["Approved: Executive 10 November 2026"],
        ["Ref", "Action", "Lead", "Deadline"],
        ["1", "Report the audit.", "Amy Cole", "By March Scrutiny Board"],
        ["2", "Agree the policy.", "Amy Cole", "February Housing Committee"],
        ["3", "Review the register.", "Ian Moss", "By January Scrutiny Board"],
        ["4", "Report the budget.", "Ian Moss", "By April Scrutiny Board"],
        ["5", "Agree the lettings.", "Ian Moss", "By November Executive"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the day the cycle lists in that month; a month it lists no meeting in, or a meeting
    # only a label dating the plan names (past business), gives no date, wording kept
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 3, 11), "By March Scrutiny Board"),
        (D(2027, 2, 3), "February Housing Committee"),
        (D(2027, 1, 14), "By January Scrutiny Board"),
        (None, "By April Scrutiny Board"),
        (None, "By November Executive"),
    ]


# Second reader, session 28: a past year's cycle above a plan positioned later dates no
# month's meeting still to come.


def test_a_past_years_cycle_dates_no_months_meeting_before_the_position_date(
    tmp_path: Path,
) -> None:
    rows = [
        ["Corporate plan. Position at 30 November 2026."],
        ["Cabinet: 11 March 2026; 9 December 2026"],
        ["Ref", "Action", "Lead", "Deadline"],
        ["1", "Report the peer challenge.", "Amy Cole", "By March Cabinet"],
        ["2", "Agree the budget.", "Amy Cole", "By December Cabinet"],
    ]  # fmt: skip
    first, second = actions(plan_of(write(tmp_path, rows)))
    # March 2026's Cabinet came before the position date: no date, the wording kept
    assert (first.due, first.due_text) == (None, "By March Cabinet")
    # December's is still to come: its day
    assert (second.due, second.due_text) == (D(2026, 12, 9), "By December Cabinet")


# Seen in hold-out 221 (a housing association's plan after a regulator's inspection): a
# two-row header, the year alone over "Target month", each target a month's number


def test_month_numbers_under_a_year_banner_are_that_years_months(tmp_path: Path) -> None:
    rows = [
        ["Tenancy Services Improvement Plan"],
        [],
        ["", "", "", "2027", ""],
        ["Ref", "Action", "Lead", "Due month", "Status"],
        ["1", "Recruit two caretakers.", "Amy Cole", "3", "In progress"],
        ["2", "Publish the lettings policy.", "Amy Cole", "11", "Complete"],
        ["3", "Survey every tenant.", "Ian Moss", "", "Not started"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the banner gives the column its year: the month's last day, its number kept
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 3, 31), "3"),
        (D(2027, 11, 30), "11"),
        (None, ""),
    ]
    # near-misses: a financial year leaves a month's number unsaid; no month, a figure
    assert dated_by_header("3", "Due month (2026/27)") is None
    assert dated_by_header("3", "Target (2027)") is None
    # a year alone over the header's first caption titles the plan, wherever it starts
    titled = [["", "2026/27", ""], ["", "Ref", "Action"], ["", "1", "Do it."]]
    assert header_rows(titled, 1) == (["", "Ref", "Action"], 1)


# Seen in hold-out 193 (a housing association's repairs plan): a moved target written
# as the original date, then the revised one in square brackets, as a key row says.
def test_a_date_in_brackets_a_key_says_is_the_revised_one_is_the_deadline(
    tmp_path: Path,
) -> None:
    key = "Deadlines moved by the board show the new date in square brackets after the first."
    rows = [
        ["Damp and mould action plan"],
        [key],
        ["Ref", "Action", "Lead", "Deadline", "Status"],
        ["1", "Survey every flat in Hale Court.", "Amy Cole", "31/10/2026 [15/12/2026]", ""],
        ["2", "Train the surveyors.", "Amy Cole", "30/09/2026", "Done"],
        ["3", "Fit extractor fans.", "Amy Cole", "31/01/2027 [ 31/03/2027 ]", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the bracketed date is in force, the first the baseline; the wording kept whole
    assert [(a.due, a.due_text, a.original_due) for a in found] == [
        (D(2026, 12, 15), "31/10/2026 [15/12/2026]", D(2026, 10, 31)),
        (D(2026, 9, 30), "30/09/2026", None),
        (D(2027, 3, 31), "31/01/2027 [ 31/03/2027 ]", D(2027, 1, 31)),
    ]
    # with no key, a bracket says nothing of which date holds: the first, as before
    rows[1] = ["Deadlines are agreed by the board."]
    unkeyed = actions(plan_of(write(tmp_path, rows)))
    assert unkeyed[0].due == D(2026, 10, 31)


# Seen in hold-out 196 (a housing provider's building safety log): every date exported as
# ISO's basic form, eight figures yyyymmdd.
def test_eight_figures_making_a_day_are_that_day(tmp_path: Path) -> None:
    rows = [
        ["Action ID", "Action", "Owner", "Due Date", "Status"],
        ["BS-1", "Replace the fire door closers.", "Marcus Webb", "20261031", "Open"],
        ["BS-2", "Fit a secure information box.", "Marcus Webb", "20270115", "Open"],
        ["BS-3", "Survey the roof.", "Fiona Gallagher", "20261331", "Open"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # "20261331" has no thirteenth month: a number, never a day
    assert [a.due for a in actions(plan)] == [D(2026, 10, 31), D(2027, 1, 15), None]
    assert parse_deadline("PO 20261031").due is None  # inside words: a reference number
    assert parse_deadline("19891231").due is None  # before 1990: a number


# Seen in hold-out 212 (a library service's plan): one date cell holding the planned and
# the actual date, each labelled in words.
def test_a_date_labelled_actual_is_when_the_work_was_done_never_the_deadline(
    tmp_path: Path,
) -> None:
    LATE = "Planned: 31/07/2026; Actual: 14/08/2026"
    EARLY = "Planned: 30/09/2026; Actual: 21/09/2026"
    IN_WORDS = "Target 31/10/2026, actual completion date 06/11/2026"
    rows = [
        ["Ref", "Action", "Lead", "Date", "Status"],
        ["1", "Reseal the car park.", "Amy Cole", LATE, "Done"],
        ["2", "Paint the stairwells.", "Amy Cole", EARLY, "Done"],
        ["3", "Fit new lighting.", "Amy Cole", "Planned: 31/01/2027; Actual: –", ""],
        ["4", "Repair the lift.", "Amy Cole", IN_WORDS, ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the planned date is the deadline, late or early; the actual one is no moved
    # deadline nor a later step: the wording is kept whole
    assert [(a.due, a.due_text, a.original_due) for a in found] == [
        (D(2026, 7, 31), LATE, None),
        (D(2026, 9, 30), EARLY, None),
        (D(2027, 1, 31), "Planned: 31/01/2027; Actual: –", None),
        (D(2026, 10, 31), IN_WORDS, None),
    ]
    assert parse_deadline("Actual: 14/08/2026").due is None  # done, so due on no day


# Seen in hold-out 226 (an acute trust's CQC plan): a prose column named for the work's
# completion, no date in it, beside the plan's real column of target dates.
def test_a_column_holding_no_date_never_takes_the_deadline_from_one_of_dates(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "What we will do", "Proof of completion", "Owner", "Target", "Status", "Update"],
        ["1", "Fit smoke alarms in the depot.", "Signed job sheet.", "Amy Cole", "30/11/2026",
         "Done", ""],
        ["2", "Train the caretakers.", "Attendance list; quiz.", "Amy Cole", "Q4 2026/27",
         "On track", "Booked."],
        ["3", "Replace the fire doors.", "Photographs.", "Ben Ray", "31/01/2027",
         "Not started", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the deadline is the column of dates, the proof a field as written, never news
    assert [a.due for a in found] == [D(2026, 11, 30), D(2027, 3, 31), D(2027, 1, 31)]
    assert [a.fields.get("Proof of completion") for a in found] == [
        "Signed job sheet.",
        "Attendance list; quiz.",
        "Photographs.",
    ]
    assert [len(a.updates) for a in found] == [0, 1, 0]


def test_a_column_headed_as_the_deadline_keeps_it_over_a_column_of_other_dates(
    tmp_path: Path,
) -> None:
    # "Deadline" over events, no date: still the deadline as written; the day the action
    # was agreed, or the row last updated, is never when it is due
    rows = [
        ["Ref", "Action", "Owner", "Date agreed", "Deadline", "Last updated"],
        ["1", "Fit smoke alarms in the depot.", "Amy Cole", "12/10/2026",
         "Before the next inspection", "12/11/2026"],
        ["2", "Train the caretakers.", "Amy Cole", "12/10/2026",
         "When the new rota starts", "19/11/2026"],
        ["3", "Replace the fire doors.", "Ben Ray", "19/10/2026", "After the refurbishment",
         "19/11/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.due_text) for a in found] == [
        (None, "Before the next inspection"),
        (None, "When the new rota starts"),
        (None, "After the refurbishment"),
    ]
    assert [a.fields.get("Date agreed") for a in found] == [
        "12/10/2026", "12/10/2026", "19/10/2026"
    ]  # fmt: skip
    # a proof named for completion beside the day the item was raised: no deadline either
    rows = [
        ["Ref", "What we will do", "Proof of completion", "Owner", "Date raised"],
        ["1", "Fit smoke alarms in the depot.", "Signed job sheet.", "Amy Cole", "12/10/2026"],
        ["2", "Train the caretakers.", "Attendance list; quiz.", "Amy Cole", "19/10/2026"],
    ]  # fmt: skip
    (tmp_path / "raised").mkdir()
    found = actions(plan_of(write(tmp_path / "raised", rows)))
    assert [a.due for a in found] == [None, None]
    assert [a.fields.get("Date raised") for a in found] == ["12/10/2026", "19/10/2026"]


def test_a_year_pair_joined_by_a_dash_is_the_financial_year_as_with_a_hyphen() -> None:
    # Word turns "2025-26" typed in a cell into "2025–26"; the committee reads one year
    assert parse_deadline("2025–26").due == dt.date(2026, 3, 31)
    assert parse_deadline("By end of 2025—2026").due == dt.date(2026, 3, 31)
    assert parse_deadline("2025–26") == parse_deadline("2025-26")


def test_a_span_of_two_years_is_due_at_the_end_of_its_last_financial_year() -> None:
    # a two-year roll-out "2027-29": the board expects it done by 31 March 2029, whatever
    # dash Word or the author typed, never by the end of 2027 nor left undated
    for written in ("2027-29", "2027–29", "2027—29", "2027 – 29", "By end of 2027-2029"):
        assert parse_deadline(written).due == dt.date(2029, 3, 31), written
    assert parse_deadline("2027/29").due is None  # a slash joins no span
    assert parse_deadline("Q2 2027–29").due is None  # which year's quarter is not written
    # a longer span's two figures give no date by any dash, never the first year's end
    assert parse_deadline("2027–31").due is None
    assert parse_deadline("2027–31") == parse_deadline("2027-31")
    # a dash before a day of a range is no span: "Oct 2027 – 29 Feb 2028" ends on the 29th
    assert parse_deadline("Oct 2027 – 29 Feb 2028").due == dt.date(2028, 2, 29)


def test_a_numbered_part_of_a_year_the_plan_does_not_define_gives_no_date(
    tmp_path: Path,
) -> None:
    rows = [
        ["Digital inclusion plan"],
        ["Sprint 3 2026/27 ends 15 January 2027"],
        ["Ref", "Action", "Lead", "Deadline"],
        ["1", "Lend out tablets.", "Ravi Shah", "Wave 2 2026/27"],
        ["2", "Run coding clubs.", "Ravi Shah", "Cycle 4 2027"],
        ["3", "Build the booking page.", "Ravi Shah", "Sprint 3 2026/27"],
        ["4", "Train the volunteers.", "Ravi Shah", "Q3 2026/27"],
        ["5", "Open the hub.", "Ravi Shah", "Stage 2: 2027"],
    ]  # fmt: skip
    result = result_of(write(tmp_path, rows))
    (plan,) = result.plans
    # when "Wave 2" ends is the plan's to say: never the year's end, a different date
    assert [(a.due, a.due_text) for a in actions(plan)] == [
        (None, "Wave 2 2026/27"),
        (None, "Cycle 4 2027"),
        (D(2027, 1, 15), "Sprint 3 2026/27"),  # the plan dates this part itself
        (D(2026, 12, 31), "Q3 2026/27"),  # a quarter is known
        (D(2027, 12, 31), "Stage 2: 2027"),  # a label, then its year
    ]
    unsure = [w for w in result.warnings if "deadline" in w]
    assert len(unsure) == 2 and "'Wave 2 2026/27'" in unsure[0] and "'Wave 2'" in unsure[0]


def test_a_span_of_four_figure_years_is_due_at_the_end_of_its_last_financial_year() -> None:
    # "Leisure strategy 2025-2031" runs six financial years: the board expects the last
    # done by 31 March 2031, however the span was typed, never 31 Dec by one dash and
    # no date by the hyphen
    for written in ("2025–2031", "2025-2031", "2025—2031", "2025 - 2031", "2025 to 2031"):
        assert parse_deadline(written) == Deadline(dt.date(2031, 3, 31), "year"), written
    # a year and the next by " to " is the financial year, as by a hyphen
    assert parse_deadline("2025 to 2026").due == dt.date(2026, 3, 31)
    assert parse_deadline("2025/2031").due is None  # a slash joins no span
    assert parse_deadline("Q3 2025-2031").due is None  # which year's quarter is not written


# Seen in hold-out 246 (a workbook kept in Excel for Mac with the 1904 date system).


@pytest.mark.parametrize("read_only", [False, True])
def test_dates_of_a_1904_date_system_workbook_are_the_days_excel_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_only: bool
) -> None:
    """Every serial in a 1904-system workbook counts from 1 Jan 1904, 1,462 lower than
    the same day's in a Windows workbook: the user sees the days Excel shows, read in
    full or in openpyxl's read-only mode, never four years and a day early."""
    from openpyxl import Workbook
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    from importers import read

    if read_only:
        monkeypatch.setattr(read, "READ_ONLY_ABOVE", 0)
    book = Workbook()
    book.epoch = CALENDAR_MAC_1904
    sheet = book.active
    sheet.append(["No.", "Action to be taken", "Person responsible", "Date by which"])
    sheet.append(["1", "Update the safeguarding policy.", "DSL", D(2026, 10, 16)])
    sheet.append(["2", "Check the single central record.", "Bursar", D(2027, 2, 26)])
    for (cell,) in sheet.iter_rows(min_row=2, min_col=4):
        cell.number_format = "dd/mm/yyyy"
    path = tmp_path / "plan.xlsx"
    book.save(path)
    assert [a.due for a in actions(plan_of(path))] == [D(2026, 10, 16), D(2027, 2, 26)]


# Seen in hold-out 254: a day nursery's Ofsted action plan, 'Ofsted due date' (the date
# Ofsted set for each requirement, merged down its actions, blank beside the points Ofsted
# only recommended) before the nursery's own 'By when' for each action.

_NURSERY_HEADER = [
    "Ofsted action / recommendation", "Ofsted due date", "What we will do", "Who", "By when",
]  # fmt: skip
_NURSERY_ROWS = [
    ["Ensure all staff know the safeguarding procedures.", "30/10/2026",
     "Hold a safeguarding staff meeting.", "Sam Whitley", "09/10/2026"],
    ["", "", "Add a safeguarding scenario to every supervision.", "Sam Whitley", "Ongoing"],
    ["Make outdoor risk assessments effective.", "16/10/2026",
     "Check the garden every morning.", "Room leaders", "Immediately"],
    ["", "", "Replace the broken fence panel.", "Gary Holt", "16/10/2026"],
    ["Help staff plan activities for the youngest children.", "",
     "Introduce a next steps board in the baby room.", "Baby room leader", "Dec 2026"],
    ["", "", "Share next steps with parents.", "Key persons", "31/01/2027"],
]  # fmt: skip


def test_a_date_per_action_is_the_deadline_beside_one_set_per_recommendation(
    tmp_path: Path,
) -> None:
    # merged cells saved as CSV: the recommendation and its date on its first row only
    found = actions(plan_of(write(tmp_path, [_NURSERY_HEADER, *_NURSERY_ROWS])))
    # each action is due when the plan says it will be done, never on the one date
    # written for the whole recommendation, kept beside each of its actions as a field
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 10, 9), "09/10/2026"),
        (None, "Ongoing"),
        (None, "Immediately"),
        (D(2026, 10, 16), "16/10/2026"),
        (D(2026, 12, 31), "Dec 2026"),
        (D(2027, 1, 31), "31/01/2027"),
    ]
    assert [a.fields.get("Ofsted due date") for a in found] == [
        "30/10/2026", "30/10/2026", "16/10/2026", "16/10/2026", None, None,
    ]  # fmt: skip


# Seen in hold-out 264 (a borough council's audit follow-up tracker): a moved target kept
# in the one cell as a labelled pair, "Orig: 30/09/2026 Now: 31/12/2026", once "Now: TBC".


def test_a_current_deadline_not_yet_known_gives_no_date_beside_the_original(
    tmp_path: Path,
) -> None:
    rows = [
        ["Rec ID", "Recommendation", "Responsible officer", "Target date"],
        ["PC-01", "Review every cardholder's limit.", "Amir Hussain",
         "Orig: 31/07/2026 Now: 30/11/2026"],
        ["PC-03", "Withdraw cards not used for six months.", "Joanne Pike",
         "Orig: 31/08/2026 Now: TBC"],
        ["PC-04", "Publish the card policy.", "Joanne Pike", "31/10/2026 → TBC"],
        ["PC-05", "Train the cardholders.", "Amir Hussain", "31/12/2026 – venue now TBC"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the current deadline wins, known or not: "TBC" is no date, the original the baseline
    assert [(a.due, a.original_due) for a in found] == [
        (D(2026, 11, 30), D(2026, 7, 31)),
        (None, D(2026, 8, 31)),
        (None, D(2026, 10, 31)),
        (D(2026, 12, 31), None),  # the venue is to be confirmed, not the date
    ]
    assert found[1].due_text == "Orig: 31/08/2026 Now: TBC"


# Seen in hold-out 272 (an audit management system's CSV): every empty date written as the
# system's null day, '01/01/1900', in 'Revised Due Date' too.


def test_a_systems_null_date_is_an_empty_date_and_its_wording_is_kept(tmp_path: Path) -> None:
    rows = [
        ["Management Action ID", "Management action", "Action owner", "Original Due Date",
         "Revised Due Date", "Date Implemented"],
        ["MA01", "Send the overdue training lists.", "Hannah Dlamini", "31/07/2026",
         "01/01/1900", "28/07/2026"],
        ["MA02", "Reach 95% training completion.", "Hannah Dlamini", "30/09/2026",
         "31/12/2026", "01/01/1900"],
        ["MA06", "Migrate the asset register.", "Jonathan Sewell", "01/01/1900",
         "01/01/1900", "01/01/1900"],
        ["MA07", "Isolate the unsupported servers.", "Ben Kamara", "30/11/2026",
         "1899-12-30 00:00:00", "0001-01-01"],
    ]  # fmt: skip
    result = result_of(write(tmp_path, rows))
    first, second, none_set, ole = [a for r in result.plans[0].recommendations for a in r.actions]
    # a revision written as the null day revises nothing: the original due stands
    assert (first.due, second.due, ole.due) == (D(2026, 7, 31), D(2026, 12, 31), D(2026, 11, 30))
    # an original written so leaves the action undated, with no warning
    assert (none_set.due, none_set.due_text) == (None, "01/01/1900")
    assert not [w for w in result.warnings if "1900" in w]
    # the cells as the system wrote them stay on the actions
    assert first.fields["Revised Due Date"] == "01/01/1900"
    assert ole.fields["Revised Due Date"] == "1899-12-30 00:00:00"


@pytest.mark.parametrize(
    ("cell", "null"),
    [
        ("01/01/1900", True),
        ("1900-01-01 00:00:00", True),
        ("00/01/1900", True),  # Excel's serial 0 shown as a date
        ("12/30/1899", True),
        ("01-Jan-1900", True),
        ("01/01/0001", True),
        ("1753-01-01", True),
        ("02/01/1900", False),
        ("1900-01-01 09:30", False),  # a time of day was set: a real stamp
        ("01/01/2027", False),
        ("1900", False),
    ],
)
def test_only_a_systems_zero_day_is_a_null_date(cell: str, null: bool) -> None:
    from importers.dates import is_null_date

    assert is_null_date(cell) is null


# Seen in hold-out 273 (a council's audit tracker): 'Revised target date' formatted as text
# before dates were pasted in, so it holds Excel's serial numbers as text ('46477').


def test_serial_numbers_as_text_in_a_date_column_are_the_days_excel_shows(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Ref", "Agreed action", "Original target date", "Revised target date"],
        ["CR-01", "Introduce a call-back check.", D(2026, 9, 30), ""],
        ["CR-02", "Run the duplicate payment report.", D(2026, 10, 31), "46418"],
        ["CR-04", "Update the procedure notes.", D(2026, 11, 30), "46477"],
        ["CT-03", "Sign each reconciliation.", D(2026, 11, 30), "n/a"],
    ]
    found = actions(plan_of(write_workbook(tmp_path, {"Tracker": rows})))
    assert [a.due for a in found] == [
        D(2026, 9, 30),
        D(2027, 1, 31),
        D(2027, 3, 31),
        D(2026, 11, 30),
    ]
    assert found[2].due_text == "46477"  # as written


def test_numbers_in_a_date_column_beside_small_counts_are_not_serial_days(
    tmp_path: Path,
) -> None:
    # a column of figures is no column of days: one number out of Excel's range of a
    # plan's days (a count, a year) and none is read as a serial
    rows = [
        ["Ref", "Agreed action", "Target date"],
        ["1", "Collect the arrears.", "46418"],
        ["2", "Count the claims.", "12"],
        ["3", "Review the policy.", "31/03/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [None, None, D(2027, 3, 31)]
