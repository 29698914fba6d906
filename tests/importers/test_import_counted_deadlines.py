"""Deadlines counted from the inspection the plan dates ("Within 28 days" after "the
GPhC inspection on 08/07/2026"), found on the fifteenth hold-out set: the day only when
the plan prints the date it counts from above the table (or in a details table, or in a
column of the row named as the event), the wording always kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from importers.counted import counted_deadline, counted_from_its_bracket, event_dates, row_dates
from importers.explain import explain_file
from tests.importers.test_import_rules import OPTIONS, actions, plan_of, result_of, write
from tests.importers.test_import_word import word_file, word_table

D = dt.date
_HEADER = ["Action", "Lead", "By when"]


def test_within_days_weeks_and_months_count_from_the_inspection_printed_above(
    tmp_path: Path,
) -> None:
    rows = [
        ["Improvement action plan following the GPhC inspection on 08/07/2026"],
        ["Superintendent pharmacist: Amira Khan. Reviewed 15/12/2026."],
        _HEADER,
        ["Review and update all SOPs.", "Amira Khan", "Within 28 days"],
        ["Enrol two team members on a course.", "Lucy Price", "within 4 weeks of visit"],
        ["Complete the patient safety report.", "Amira Khan", "Within 3 months"],
        ["Date check all stock.", "Lucy Price", "Within 28 days of the report"],
    ]
    result = result_of(write(tmp_path, rows))
    (plan,) = result.plans
    dues = [(a.due, a.due_text) for a in actions(plan)]
    assert dues == [
        (D(2026, 8, 5), "Within 28 days"),
        (D(2026, 8, 5), "within 4 weeks of visit"),
        (D(2026, 10, 8), "Within 3 months"),
        # the report's date is not printed: no date, never the inspection's count
        (None, "Within 28 days of the report"),
    ]
    assert [w for w in result.warnings if "deadline" in w] == [
        "row 7: deadline 'Within 28 days of the report' has no date"
    ]


def test_with_no_event_date_printed_within_gives_no_date(tmp_path: Path) -> None:
    rows = [
        ["Action plan after the HTA site visit – reviewed 15/12/2026"],
        _HEADER,
        ["Audit every freezer.", "Sanjay Mehta", "Within 4 weeks of visit"],
    ]
    (action,) = actions(result_of(write(tmp_path, rows)).plans[0])
    assert (action.due, action.due_text) == (None, "Within 4 weeks of visit")


@pytest.mark.parametrize(
    ("above", "wording", "due"),
    [
        (["Date of inspection: 08/07/2026"], "Within 28 days", D(2026, 8, 5)),
        (["Inspection date – 8 July 2026"], "within two weeks", D(2026, 7, 22)),
        (["Assessment date: 31/01/2027"], "Within 1 month of the assessment", D(2027, 2, 28)),
        (["Date of the site visit: 3rd June 2026"], "Within 6 weeks of inspection", D(2026, 7, 15)),
        # two inspection dates: which one counts is not written
        (["Date of inspection: 08/07/2026", "Inspection date: 09/07/2026"], "Within 28 days", None),
        # an inspection and a report: "Within 28 days" names neither
        (["Date of inspection: 08/07/2026", "Report date: 01/09/2026"], "Within 28 days", None),
        (
            ["Date of inspection: 08/07/2026", "Report date: 01/09/2026"],
            "Within 28 days of the report",
            D(2026, 9, 29),
        ),  # fmt: skip
        (["Reviewed 15/12/2026"], "Within 28 days", None),  # a review starts no count
        (["Date of inspection: July 2026"], "Within 28 days", None),  # a month is no day
        (["Date of inspection: 08/07/2026"], "Within budget", None),
    ],
)
def test_the_day_counted_and_when_there_is_none(
    above: list[str], wording: str, due: dt.date | None
) -> None:
    assert counted_deadline(wording, event_dates(above)) == due


# Seen in hold-out 15 (these tests were in test_import_holdout15_headers.py):
# Header rules found on the fifteenth hold-out set (a NICE baseline assessment with
# "Timescale" merged over "Original" | "Revised", a GPhC improvement plan with "Progress"
# merged over "Q2 2026/27" | "Q3 2026/27", every other header cell merged down both rows):
# each on a small file of its own, written by the test.


def test_explain_names_the_day_within_28_days_counts_from(tmp_path: Path) -> None:
    """The user can check the date "Within 28 days" was given against the day it counts
    from; a plan that dates no inspection says nothing of it."""
    rows = [
        ["Improvement action plan following the GPhC inspection on 08/07/2026"],
        ["Action", "Who", "By when"],
        ["Review and update all SOPs.", "Amira Khan", "Within 28 days"],
    ]
    explained = "\n".join(explain_file(write(tmp_path, rows), OPTIONS))
    assert "'Within 28 days' and the like count from: inspection 8 Jul 2026" in explained
    assert "count from" not in "\n".join(explain_file(write(tmp_path, rows[1:]), OPTIONS))


# Seen in hold-out 19 (this test was in test_import_holdout19_remedies.py, beside an
# ombudsman's remedies tracker whose deadlines count from its "Determination date" column;
# the tracker's tests are in test_import_grouping.py).


def test_a_row_date_of_that_name_only() -> None:
    dated = row_dates(["Decision date", "Deadline"], ["14/08/2026", "Within 1 month"])
    assert counted_deadline("Within 1 month of decision", {}, dated) == D(2026, 9, 14)
    assert counted_deadline("Within 1 month of final decision", {}, dated) is None
    # no column and no date above the table dates the review: no date (the wording kept)
    assert counted_deadline("Within 1 month of the review", {}, dated) is None
    assert counted_deadline("Within 1 month of the report", {"report": D(2026, 7, 1)}, dated) == D(
        2026, 8, 1
    )


# Seen in hold-out 21 (these tests were in test_import_holdout21_rules.py):
# Rules found on the twenty-first hold-out set (a patient safety plan whose owners are
# "Matron, Medicine (Claire Dunn)", …): each on a small file of its own, written by the
# test.


def _fire_risk_plan(tmp_path: Path) -> Path:
    """A title, a details table of label | value rows, a priority key, then the plan."""

    def build(doc: Any) -> None:
        doc.add_paragraph("Fire Risk Assessment – Action Plan")
        word_table(doc, [["Responsible person", "Harbour Homes Ltd"],
                         ["Date of assessment", "14/10/2026"],
                         ["Review date", "14/10/2027"]])  # fmt: skip
        doc.add_paragraph(
            "Priority: 1 = act immediately; 2 = within one month; 3 = within three months."
        )
        word_table(doc, [
            ["Ref", "Action required", "Priority", "Timescale", "Responsible"],
            ["F1", "Repair the bin store door closer.", "1", "Immediate", "Site Manager"],
            ["F2", "Replace the flat door seals.", "2", "Within 1 month", "Site Manager"],
            ["F3", "Test the emergency lighting.", "3", "Within 3 months", "Site Manager"],
            ["F4", "Seal the riser penetrations.", "2", "Within 28 days", "Site Manager"],
        ])  # fmt: skip

    return word_file(tmp_path, build, "fra.docx")


def test_a_timescale_counts_from_the_date_in_a_details_table_above_the_plan(
    tmp_path: Path,
) -> None:
    plan = plan_of(_fire_risk_plan(tmp_path))
    assert [a.due for a in actions(plan)] == [
        None,  # "Immediate" gives no day
        dt.date(2026, 11, 14),
        dt.date(2027, 1, 14),
        dt.date(2026, 11, 11),
    ]
    assert "Date of assessment | 14/10/2026" in plan.notes  # the table is kept


def test_a_key_to_a_columns_codes_is_a_note_not_a_heading(tmp_path: Path) -> None:
    plan = plan_of(_fire_risk_plan(tmp_path))
    assert [(r.ref, r.text) for r in plan.recommendations] == [("1", "")]
    assert "1 = act immediately; 2 = within one month" in plan.notes


# Seen in hold-out 23 (these tests were in test_import_holdout23_rules.py):
# Rules found on the twenty-third hold-out set: a visit's date labelled with the words
# naming which visit it was ("Date of Mental Health Act monitoring visit: 14 October
# 2026") dates "Within 4 weeks of the visit"; a column of grades ("Major NC", "Minor
# NC") names no one.


def _statement(tmp_path: Path, above: list[str]) -> Path:
    """A provider action statement in Word: paragraphs above one table."""

    def build(doc: Any) -> None:
        for text in above:
            doc.add_paragraph(text)
        word_table(doc, [
            ["No.", "Action planned", "Responsible person", "Timescale"],
            ["1", "Repeat and record section 132 rights.", "Kerry Doyle",
             "Within 4 weeks of the visit"],
            ["2", "Offer every patient a copy of their care plan.", "Jo Fenwick",
             "Within 3 months of the visit"],
            ["3", "Display a notice at the ward entrance.", "Kerry Doyle", "Immediate"],
            ["4", "Replace the section 17 leave form.", "Jo Fenwick", "31/01/2027"],
        ])  # fmt: skip

    return word_file(tmp_path, build)


def test_a_visit_named_by_several_words_dates_the_times_counted_from_it(
    tmp_path: Path,
) -> None:
    above = [
        "Provider Action Statement",
        "Date of Mental Health Act monitoring visit: 14 October 2026",
        "Signed on behalf of the provider: Director of Nursing. Date: 4 November 2026.",
    ]
    dues = [(a.due, a.due_text) for a in actions(plan_of(_statement(tmp_path, above)))]
    # counted from the visit, never from the day the statement was signed
    assert dues == [
        (D(2026, 11, 11), "Within 4 weeks of the visit"),
        (D(2027, 1, 14), "Within 3 months of the visit"),
        (None, "Immediate"),
        (D(2027, 1, 31), "31/01/2027"),
    ]


@pytest.mark.parametrize(
    ("above", "due"),
    [
        (["Date of Mental Health Act monitoring visit: 14 October 2026"], D(2026, 11, 11)),
        (["Date of the unannounced focused inspection – 14/10/2026"], D(2026, 11, 11)),
        # a bare "Date:" names no event
        (["Date: 14 October 2026"], None),
        # the date of another event about the visit: a response, a report
        (["Date of response to the monitoring visit: 14 October 2026"], None),
        (["Date of report following the visit: 14 October 2026"], None),
        (["Date of Mental Health Act monitoring report: 14 October 2026"], None),
    ],
)
def test_only_a_label_ending_in_the_event_word_dates_that_event(
    above: list[str], due: dt.date | None
) -> None:
    assert counted_deadline("Within 4 weeks of the visit", event_dates(above)) == due


# Seen in hold-out 25 (these tests were in test_import_holdout25_people_dates.py):
# Rules found on the twenty-fifth hold-out set: the full stop of an abbreviated
# surname ("Dan C.") is part of the name as written; a post with its unit after a comma
# and its holder after a dash ("Clinical Director, Emergency Medicine – Mr Sam Iqbal")
# is one person; a label whose last word is the event, with a day ("GIRFT deep dive
# visit: 16/06/2026"), dates "Within 6 months of visit".


def _review(tmp_path: Path, above: list[str]) -> Path:
    rows = [[text] for text in above] + [
        ["No.", "Trust action", "Lead", "Timescale"],
        ["1", "Ring-fence elective beds.", "Kofi Osei", "Within 6 months of visit"],
        ["2", "Adopt enhanced recovery.", "Jo Hart", "31/03/2027"],
    ]
    return write(tmp_path, rows)


def test_a_label_naming_the_visit_dates_the_times_counted_from_it(tmp_path: Path) -> None:
    above = ["Ashcombe Hospitals – GIRFT review: action plan", "GIRFT deep dive visit: 16/06/2026"]
    dues = [a.due for a in actions(plan_of(_review(tmp_path, above)))]
    assert dues == [dt.date(2026, 12, 16), dt.date(2027, 3, 31)]


@pytest.mark.parametrize(
    "label",
    [
        "Date: 16/06/2026",  # no event named
        "Response to the visit: 16/06/2026",  # another event's date, about the visit
        "Agreed at the board after the visit: 16/06/2026",  # not a label of its own
    ],
)
def test_a_date_not_labelled_as_the_visit_dates_nothing(tmp_path: Path, label: str) -> None:
    above = ["GIRFT review: action plan", label]
    first = actions(plan_of(_review(tmp_path, above)))[0]
    assert (first.due, first.due_text) == (None, "Within 6 months of visit")


# Seen in hold-out 50 (a JTAI plan counting from the day of the inspectors' letter):


def test_a_time_counts_from_a_labelled_date_whose_label_shares_its_noun(
    tmp_path: Path,
) -> None:
    rows = [
        ["Joint targeted area inspection – multi-agency action plan"],
        ["Date of JTAI letter: 14 July 2026"],
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.a", "Revise the protocol.", "Jo Baines", "Within 3 months of the JTAI letter"],
        ["1.b", "Pilot the template.", "Jo Baines", "Within 6 months of the letter"],
        ["1.c", "Train the staff.", "Jo Baines", "Within 6 months of the report"],
        ["1.d", "Audit the files.", "Jo Baines", "31/03/2027"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # the letter is dated, so it anchors the times counted from it; no report is dated
    assert [a.due for a in found] == [D(2026, 10, 14), D(2027, 1, 14), None, D(2027, 3, 31)]
    assert found[0].due_text == "Within 3 months of the JTAI letter"
    letter = event_dates(["Date of the steering meeting: 3 May 2026"])
    assert letter == {"meeting": D(2026, 5, 3)}
    assert counted_deadline("Within 28 days", letter) is None  # unnamed: never a meeting


# Seen in hold-out 67 (a council's plan answering an Ombudsman report): the Ombudsman's
# own wording, the number spelt out, repeated down each table under "Timescale"


def test_a_timescale_column_of_counted_wordings_is_the_deadline_not_the_grouping(
    tmp_path: Path,
) -> None:
    one = "Within one month of the date of our final report"
    three = "Within three months of the date of our final report"
    rows = [
        ["Action plan: Ombudsman report on a housing complaint"],
        ["Date of final report: 14 October 2026"],
        ["Ref", "Action", "Responsible officer", "Timescale", "Status"],
        ["Recommendation 1: The Council should apologise and pay a remedy."],
        ["1.1", "Send a written apology to the complainant.", "Jas Bains", one, "Complete"],
        ["1.2", "Pay the remedy for the distress caused.", "Jas Bains", one, "Complete"],
        ["Recommendation 2: The Council should review its procedure."],
        ["2.1", "Review the suitability procedure and publish it.", "Rachel Moore", three, ""],
        ["2.2", "Train all housing officers on the procedure.", "Rachel Moore", three, ""],
        ["2.3", "Audit a sample of placements.", "Kwame Dodds", three, ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    assert [r.ref for r in plan.recommendations] == ["1", "2"]
    found = actions(plan)
    assert [a.due for a in found] == [D(2026, 11, 14)] * 2 + [D(2027, 1, 14)] * 3
    assert found[0].due_text == one  # kept as written


def test_the_date_of_our_report_names_the_report_never_another_event() -> None:
    report = event_dates(["Date of final report: 14 October 2026"])
    wording = "Within one month of the date of our final report"
    assert counted_deadline(wording, report) == D(2026, 11, 14)
    assert counted_deadline("Within two weeks of our report", report) == D(2026, 10, 28)
    # "the date of our letter" names a letter the plan does not date: no day
    assert counted_deadline("Within one month of the date of our letter", report) is None


# Seen in hold-out 71 (a prison's plan after an HMIP report): "Publication + 3 months"
# under a header line "Date of publication: 15 September 2026"


def test_an_event_plus_a_time_counts_from_the_day_labelled_as_that_event(
    tmp_path: Path,
) -> None:
    rows = [
        ["Inspection: 2–13 June 2026. Date of publication: 15 September 2026."],
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Train every manager.", "Anna Kowalski", "Publication + 6 months"],
        ["1.2", "Check open documents weekly.", "Dan Osei", "Publication + 3 months"],
        # near-miss: an event the plan dates nowhere gives no date, the wording kept
        ["1.3", "Review the regime.", "Dan Osei", "Launch + 3 months"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 3, 15), "Publication + 6 months"),
        (D(2026, 12, 15), "Publication + 3 months"),
        (None, "Launch + 3 months"),
    ]
    # a bare "+ 3 months" names no event to count from
    assert counted_deadline("+ 3 months", {"publication": D(2026, 9, 15)}) is None


# Seen in hold-out 78 (a safeguarding partnership's CSPR plan): "Within 3 months of
# sign-off" under a title line "Date of sign-off: 14 September 2026"


def test_a_hyphened_event_counts_from_the_day_labelled_with_it(tmp_path: Path) -> None:
    rows = [
        ["Review published 2 July 2026. Date of sign-off: 14 September 2026."],
        ["Ref", "Action", "Lead", "Timescale"],
        ["1.1", "Deliver a briefing on escalation.", "Ann Bell", "Within 3 months of sign-off"],
        ["1.2", "Revise the escalation policy.", "Ann Bell", "Within 6 months of sign-off"],
        ["1.3", "Audit the use of escalation.", "Ann Bell", "Within 12 months of sign-off"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 12, 14), "Within 3 months of sign-off"),
        (D(2027, 3, 14), "Within 6 months of sign-off"),
        (D(2027, 9, 14), "Within 12 months of sign-off"),
    ]
    # "<Event> date:" with a hyphened event reads the same
    assert event_dates(["Go-live date: 01/04/2026"]) == {"go-live": D(2026, 4, 1)}


# Seen in hold-out 78 (a council's PSN IT Health Check remediation plan): "14 days from
# report" under "Date of ITHC report: 05/10/2026", three rows a plain date


def test_a_time_from_a_named_event_counts_as_within_that_time_does(tmp_path: Path) -> None:
    rows = [
        ["Date of ITHC report: 05/10/2026. Position at 26 November 2026."],
        ["Finding ref", "Remediation action", "Owner", "Target"],
        ["ITHC-02", "Patch both perimeter firewalls.", "Dan Hughes", "14 days from report"],
        ["ITHC-05", "Deploy the outstanding updates.", "Aisha Khan", "30 days from report"],
        ["ITHC-09", "Disable SMBv1 on every server.", "Dan Hughes", "90 days after the report"],
        ["ITHC-14", "Report patch compliance monthly.", "Steve Barker", "31/12/2026"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 10, 19), "14 days from report"),
        (D(2026, 11, 4), "30 days from report"),
        (D(2027, 1, 3), "90 days after the report"),
        (D(2026, 12, 31), "31/12/2026"),
    ]
    report = {"report": D(2026, 10, 5)}
    # near-misses: a length of time names no event; an event the plan dates nowhere
    assert counted_deadline("14 days", report) is None
    assert counted_deadline("14 days from launch", report) is None


# Seen in hold-out 107 (a SEND priority action plan due on "Day 30", "Day 100" under
# "Day 1 of this plan: 22 September 2026"; a best value improvement plan due in "Month 6"
# under "Month 1 of the plan = October 2026")


def test_a_day_of_the_plan_counts_from_the_day_1_dated_above(tmp_path: Path) -> None:
    rows = [
        ["Day 1 of this plan: 22 September 2026. Milestones are days of the plan."],
        ["Ref", "Action", "Lead", "By"],
        ["1.1", "Recruit four coordinators.", "Head of SEND", "Day 30"],
        ["1.2", "Audit ten plans a month.", "Principal Psychologist", "Day 100"],
        ["1.3", "Train sixty SENCos.", "Inclusion Lead", "31/03/2027"],
        ["1.4", "Agree the template.", "Inclusion Lead", "Day 180"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # Day N is the Nth day, Day 1 the day stated; the wording stays as written
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 10, 21), "Day 30"),
        (D(2026, 12, 30), "Day 100"),
        (D(2027, 3, 31), "31/03/2027"),
        (D(2027, 3, 20), "Day 180"),
    ]


def test_a_month_of_the_plan_is_due_at_that_months_end(tmp_path: Path) -> None:
    rows = [
        ["Month 1 of the plan = October 2026. Deadlines are shown as plan months."],
        ["Ref", "Action", "Lead officer", "Deadline"],
        ["1.1", "Appoint a permanent Chief Executive.", "Director of People", "Month 6"],
        ["1.2", "Publish the scheme of delegation.", "Monitoring Officer", "Month 1"],
        ["1.3", "Rebuild the finance team.", "Director of Finance", "Month 12"],
        ["1.4", "Brief all staff each quarter.", "Chief Executive", "Ongoing"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.due_text) for a in found] == [
        (D(2027, 3, 31), "Month 6"),
        (D(2026, 10, 31), "Month 1"),
        (D(2027, 9, 30), "Month 12"),
        (None, "Ongoing"),
    ]


def test_a_day_of_the_plan_with_no_day_1_dated_gives_no_date(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "By"],
        ["1.1", "Recruit four coordinators.", "Head of SEND", "Day 30"],
        ["1.2", "Audit ten plans a month.", "Principal Psychologist", "Day 100"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.due_text) for a in found] == [(None, "Day 30"), (None, "Day 100")]


# Seen in hold-out 221 (a trust's EPR post go-live plan): "12 weeks from go-live (go-live
# 01/10/2026)", the area named where it went live on another day


def test_a_time_from_an_event_counts_from_the_day_its_own_bracket_gives(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Due"],
        ["1", "Stand down the help desk.", "Ola Ade", "8 weeks from launch (launch 05/10/2026)"],
        ["2", "Survey the sites.", "Ola Ade", "2 weeks after launch (north launch 02/11/2026)"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the bracket dates the event the time counts from, never the deadline itself
    assert [(a.due, a.due_text) for a in found] == [
        (D(2026, 11, 30), "8 weeks from launch (launch 05/10/2026)"),
        (D(2026, 11, 16), "2 weeks after launch (north launch 02/11/2026)"),
    ]
    # near-misses: a bracket dating another event, or a bare time, starts no count
    assert counted_from_its_bracket("3 months from launch (review 05/10/2026)") is None
    assert counted_from_its_bracket("3 months (launch 05/10/2026)") is None
