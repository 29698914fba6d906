"""A "Done?" column of Y/N answers (found on the twelfth hold-out set: a nursery's plan
with no other status, an NCR register beside a RAG of cell colours) sets the status
where no status column says otherwise; the answer is kept as written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from importers.explain import explain_file
from tests.importers.test_import_rules import OPTIONS, actions, plan_of, write

_NURSERY = ["No.", "What we will do", "Who", "By when", "Done?", "Comments"]


def test_a_done_column_of_y_and_n_is_the_status_and_its_answer_is_kept(tmp_path: Path) -> None:
    rows = [
        _NURSERY,
        ["1", "Re-issue the safeguarding policy.", "Jo Marsh", "Immediate", "Y", ""],
        ["2", "Audit medicine records monthly.", "Lisa Tran", "Half termly", "N", ""],
        ["3", "Replace the fence panels.", "Owen Hart", "w/c 12 Jan 2026", "Yes", ""],
        ["4", "Plan a core book each fortnight.", "Priya Shah", "Spring 1 2026", "", ""],
    ]
    plan = plan_of(write(tmp_path, rows))
    found = actions(plan)
    assert [a.status for a in found] == ["done", "not_started", "done", "not_started"]
    assert [a.fields.get("Done?") for a in found] == ["Y", "N", "Yes", None]
    lines = explain_file(tmp_path / "plan.csv", OPTIONS)
    said = "    'Done?' -> done (header 'Done?' asks if the action is done; cells: yes/no 100%)"
    assert said in lines


def test_n_leaves_the_status_to_the_rag_but_never_done(tmp_path: Path) -> None:
    """No status column: "N" rated amber is under way; "N" beside an update saying
    "Completed." is still not done (in progress), as the plan's own answer says."""
    rows = [
        ["Ref", "Action", "Owner", "Closed?", "RAG", "Progress"],
        ["1", "Recalibrate the micrometers.", "Jo Marsh", "N", "Amber", ""],
        ["2", "Label every instrument.", "Jo Marsh", "N", "", "Completed."],
        ["3", "Quarantine the gauges.", "Jo Marsh", "Y", "Green", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.status, a.rag) for a in found] == [
        ("in_progress", "amber"),
        ("in_progress", None),
        ("done", "green"),
    ]


def test_beside_a_status_column_the_status_rules_unless_it_is_blank(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Status", "Complete (Y/N)"],
        ["1", "Recalibrate the micrometers.", "Jo Marsh", "On track", "Y"],
        ["2", "Label every instrument.", "Jo Marsh", "", "Y"],
        ["3", "Quarantine the gauges.", "Jo Marsh", "Complete", "N"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.status for a in found] == ["in_progress", "done", "done"]
    assert [a.fields["Complete (Y/N)"] for a in found] == ["Y", "Y", "N"]


def test_a_date_the_work_was_done_is_never_the_deadline_and_means_done(
    tmp_path: Path,
) -> None:
    """ "Date closed" was read as the deadline when the plan had no other dates, so a
    closed action showed its closing day as due and stayed not started."""
    rows = [
        ["Ref", "Action", "Owner", "Date closed", "To be completed by"],
        ["1", "Recalibrate the micrometers.", "Jo Marsh", "14/02/2026", "31/03/2026"],
        ["2", "Label every instrument.", "Jo Marsh", "", "30/06/2026"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.status) for a in found] == [
        (dt.date(2026, 3, 31), "done"),
        (dt.date(2026, 6, 30), "not_started"),
    ]
    assert found[0].fields["Date closed"] == "14/02/2026"


# Seen in hold-out 112: an external auditor's key recommendations plan, a "Committee
# sign-off" column filled only where the Committee closed the action, beside a RAG.


def test_a_committee_sign_off_column_says_when_the_work_was_closed(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead officer", "Target date", "RAG", "Committee sign-off"],
        ["KR1.1", "Set up the board.", "Jo Marsh", "30/06/2026", "Blue", "Signed off 23/09/2026"],
        ["KR1.2", "Complete the register.", "Jo Marsh", "31/10/2026", "Red", ""],
        ["KR1.3", "Train the managers.", "Jo Marsh", "30/06/2027", "", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    # a RAG with no status column: under way, rated; the sign-off closes the action
    assert [(a.status, a.rag) for a in found] == [
        ("done", None),
        ("in_progress", "red"),
        ("not_started", None),
    ]
    assert found[0].fields["Committee sign-off"] == "Signed off 23/09/2026"


def test_completed_over_dates_alone_gives_no_deadline(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Completed?", "Status"],
        ["1", "Recalibrate the micrometers.", "Jo Marsh", "14/02/2026", "Complete"],
        ["2", "Label every instrument.", "Jo Marsh", "", "In progress"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.due, a.status) for a in found] == [(None, "done"), (None, "in_progress")]
    assert found[0].fields["Completed?"] == "14/02/2026"


def test_complete_by_is_the_deadline(tmp_path: Path) -> None:
    """ "Complete by" over dates, TBC and "Immediate" (a third not dates) is still the
    deadline: its words say so, where "Completed by" would name who did it."""
    rows = [
        ["Ref", "Action", "Owner", "Complete by"],
        ["1", "Recalibrate the micrometers.", "Jo Marsh", "30th June 2026"],
        ["2", "Label every instrument.", "Jo Marsh", "TBC"],
        ["3", "Quarantine the gauges.", "Jo Marsh", "Immediate"],
        ["4", "Retrain the inspectors.", "Jo Marsh", "31/05/2026"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.due for a in found] == [dt.date(2026, 6, 30), None, None, dt.date(2026, 5, 31)]


def test_a_checkbox_column_saved_as_true_and_false_is_the_answer(tmp_path: Path) -> None:
    """Google Sheets saves a checkbox column as TRUE / FALSE (and every row as wide as
    the sheet, so rows end in empty columns): TRUE is done, FALSE not done."""
    rows = [
        ["Ref", "Action the trustees will take", "Lead", "Deadline", "Done?", "Notes", "", ""],
        ["1", "File the overdue accounts.", "Treasurer", "31/12/2026", "FALSE", "", "", ""],
        ["2", "Adopt a safeguarding policy.", "Helen Ward", "31/10/2026", "TRUE", "", "", ""],
        ["3", "Recover the loan.", "Treasurer", "28/02/2027", "FALSE", "Paid 1 of 6.", "", ""],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.status for a in found] == ["not_started", "done", "not_started"]
    assert [a.fields["Done?"] for a in found] == ["FALSE", "TRUE", "FALSE"]


def test_false_in_a_checkbox_column_never_overrides_a_status_column(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Status", "Closed?"],
        ["1", "Recalibrate the micrometers.", "Jo Marsh", "On track", "FALSE"],
        ["2", "Label every instrument.", "Jo Marsh", "", "TRUE"],
        ["3", "Quarantine the gauges.", "Jo Marsh", "Blocked", "FALSE"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.status for a in found] == ["in_progress", "done", "blocked"]


# Seen in hold-out 39 (these tests were in test_import_holdout39_rules.py):
# Rules found on the thirty-ninth hold-out set (a children's home's Ofsted plan keying
# owners as "RM = Registered Manager (Dawn Pike)"; a youth justice plan writing leads as a
# name then a body or post in brackets, with a "Done" column of ticks): each on a small
# file of its own, written by the test.


def test_a_tick_in_a_done_column_makes_the_action_done(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due", "RAG", "Done"],
        ["1.1", "Audit assessments.", "Sam Ortiz", "31/12/2026", "G", ""],
        ["1.2", "Train case managers.", "Sam Ortiz", "30/11/2026", "G", "✓"],
        ["1.3", "Agree a protocol.", "Sam Ortiz", "31/01/2027", "A", "x"],
        ["1.4", "Review the board.", "Sam Ortiz", "31/01/2027", "", ""],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    found = actions(plan)
    # the tick closes the action; the RAG cell stays the RAG (README reading 2)
    assert [(a.status, a.rag) for a in found] == [
        ("in_progress", "green"),
        ("done", "green"),
        ("done", "amber"),
        ("not_started", None),
    ]
    assert found[1].fields["Done"] == "✓"


def test_a_done_column_of_sentences_is_no_tick_column(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due", "Completed"],
        ["1.1", "Audit assessments.", "Sam Ortiz", "31/12/2026", "First audits begun in May."],
        ["1.2", "Train case managers.", "Sam Ortiz", "30/11/2026", "Not yet; booked for March."],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the header alone closes nothing: the cells are notes, kept under their header
    assert [(a.status, a.fields["Completed"]) for a in found] == [
        ("not_started", "First audits begun in May."),
        ("not_started", "Not yet; booked for March."),
    ]


# Seen in hold-out 41 (these tests were in test_import_holdout41_status_rules.py):
# Status rules found on the forty-first hold-out set (a trust's CQC plan telling its
# progress only in a "Compliance" column; a school's plan with a "Done" column of Word
# check boxes): each on a small file of its own, written by the test.


def test_word_check_boxes_in_a_done_column(tmp_path: Path) -> None:
    rows = [
        ["Step", "What we will do", "Who", "When", "Done", "Progress so far"],
        ["1.1", "Map the history curriculum.", "Mrs Ahmed", "23/10/2026", "☒", "Maps shared."],
        ["1.2", "Check sequencing in art.", "Mr Doyle", "18/12/2026", "☐", "Art review booked."],
        ["1.3", "Governors' learning walk.", "Mr Pryce", "26/03/2027", "☐", "-"],
        ["1.4", "Buy decodable books.", "Mrs Ahmed", "23/10/2026", "☑", ""],
        ["1.5", "Train teaching assistants.", "Miss Khan", "26/03/2027", "✅", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # a ticked box is done; a box left empty is not: begun where progress is reported
    assert [a.status for a in found] == [
        "done",
        "in_progress",
        "not_started",
        "done",
        "done",
    ]
    assert found[1].fields["Done"] == "☐"


def test_check_boxes_under_a_completion_word_asked_are_the_done_column(tmp_path: Path) -> None:
    """ "Complete?" over Word's ballot boxes reads as "Done" over them: "☑" is done, "☐"
    beside progress news begun, beside none not started, and beside a RAG rated."""
    ran, booked = "14/10/2026 – Check running since August.", "12/11/2026 – Sample booked for May."
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Progress", "Complete?", "RAG"],
        ["1.1", "Run a weekly check.", "Laura Hinds", "30/09/2026", ran, "☑", ""],
        ["1.2", "Dip-sample records.", "Kevin Barr", "31/03/2027", booked, "☐", ""],
        ["1.3", "Train the managers.", "Kevin Barr", "31/03/2027", "", "☐", ""],
        ["1.4", "Refresh the offer.", "Rachel Okoye", "31/03/2027", "", "☐", "Green"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.status, a.rag) for a in found] == [
        ("done", None),
        ("in_progress", None),
        ("not_started", None),
        ("in_progress", "green"),
    ]
    assert found[0].fields["Complete?"] == "☑"
    said = "'Complete?' -> done (header 'Complete?' over ticked boxes; cells: ticks 100%)"
    assert any(said in line for line in explain_file(tmp_path / "plan.csv", OPTIONS))


def test_an_empty_box_leaves_the_status_column_to_rule(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due", "Status", "Done", "Progress"],
        ["1.1", "Audit files.", "Sam Ortiz", "31/12/2026", "Not started", "☐", "Audit booked."],
        ["1.2", "Train staff.", "Sam Ortiz", "30/11/2026", "On hold", "☐", "Trainer ill."],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the box says only "not done": the status cell says how far the work is
    assert [a.status for a in found] == ["not_started", "blocked"]


def test_an_action_achieved_tick_beside_status_words(tmp_path: Path) -> None:
    """Seen in hold-out 159: a trust's "Action Achieved" ticked where done, beside a
    "Status" in words: the tick column names the item before its completion word, and
    the status words still give the status and the RAG."""
    rows = [
        ["Action Achieved", "Ref", "Action Agreed", "Accountable Director", "Status"],
        ["✔", "1", "Add a support worker per shift.", "Chief Operating Officer", "Complete"],
        ["", "2", "Submit the business case.", "Chief Operating Officer", "On Track"],
        ["", "3", "Recruit four nurses.", "Director of Nursing", "Off Track"],
        ["", "4", "Audit the records.", "Director of Nursing", "Not Started"],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [(a.status, a.rag) for a in found] == [
        ("done", None), ("in_progress", None), ("in_progress", "red"), ("not_started", None)
    ]  # fmt: skip
    assert found[0].fields["Action Achieved"] == "✔"


# Seen in hold-out 182 (a SEND plan whose "Done" column holds check boxes typed as
# plain text, as in a Markdown task list, keyed "[x] = action complete; [ ] = still open").
def test_check_boxes_typed_as_text_in_a_done_column(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Done", "RAG", "Progress"],
        ["1.1", "Recruit two psychologists.", "Head of SEND", "[x]", "Green", "Both posts filled."],
        ["1.2", "Audit draft plans.", "Head of SEND", "[X]", "", "36 plans audited."],
        ["1.3", "Name a caseworker per family.", "Head of SEND", "[ ]", "", "Allocations mapped."],
        ["1.4", "Agree a transition protocol.", "Head of SEND", "[ ]", "", ""],
        ["1.5", "Publish internships.", "Head of SEND", "[ ]", "Amber", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # "[x]" is a tick: done, the colour kept as the RAG; "[ ]" is the empty box ☐
    assert [(a.status, a.rag) for a in found] == [
        ("done", "green"),
        ("done", None),
        ("in_progress", None),
        ("not_started", None),
        ("in_progress", "amber"),
    ]
    assert found[0].fields["Done"] == "[x]"


# Seen in hold-out 210 (a housing association's project schedule with no status column):
# the day the work actually began says it is under way; only the day it finished, done.
def test_an_actual_start_alone_is_in_progress_and_an_actual_finish_done(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Planned start", "Planned finish", "Actual start",
         "Actual finish", "Progress"],
        ["1.1", "Launch a reporting route.", "Jo Marsh", "03/08/2026", "30/09/2026",
         "03/08/2026", "28/09/2026", "Live on 28 September."],
        ["1.2", "Inspect every case in 10 days.", "Jo Marsh", "01/09/2026", "31/12/2026",
         "07/09/2026", "", "91% inspected in October."],
        ["1.3", "Survey the older homes.", "Jo Marsh", "04/01/2027", "30/06/2027", "", "", ""],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    assert [a.status for a in found] == ["done", "in_progress", "not_started"]
    assert [a.fields.get("Actual start") for a in found] == ["03/08/2026", "07/09/2026", None]
    lines = explain_file(tmp_path / "plan.csv", OPTIONS)
    assert any(line.startswith("    'Actual finish' -> done") for line in lines)


# Seen in hold-out 232: a council's Word plan with no status column, "Comments" beside
# "Completed date": a blank completion date with news beside it is work under way.


def test_a_blank_completion_date_beside_news_is_in_progress(tmp_path: Path) -> None:
    rows = [
        ["Action", "Action owner", "Target date", "Comments", "Completed date"],
        ["1 Rewrite the lettings policy.", "Jo Marsh", "31/03/2027", "Draft shared.", ""],
        ["2 Train the lettings team.", "Jo Marsh", "30/06/2027", "", ""],
        ["3 Audit the voids.", "Jo Marsh", "31/10/2026", "Report filed.", "12/10/2026"],
    ]  # fmt: skip
    found = actions(plan_of(write(tmp_path, rows)))
    # the completion date says done; none: the news says begun, no news not started
    assert [a.status for a in found] == ["in_progress", "not_started", "done"]
    assert [[u.text for u in a.updates] for a in found] == [
        ["Draft shared."],
        [],
        ["Report filed."],
    ]
    # beside a tick column that records completion too, its blank says nothing: news alone
    # sets nothing (hold-out 9's fire risk assessment, "Completed" over "Date | ✔")
    rows = [[*rows[0], "Completed ✔"], [*rows[1], ""], [*rows[3], "✔"]]
    assert [a.status for a in actions(plan_of(write(tmp_path, rows)))] == ["not_started", "done"]
    # nor does a blank checker's sign-off: no one has signed, however the work stands
    rows = [["Action", "Owner", "Comments", "Signed off (initials & date)"]]
    rows += [["1 Rewrite the policy.", "Jo Marsh", "Draft shared.", ""]]
    rows += [["2 Audit the voids.", "Jo Marsh", "Report filed.", "JM 12/10/2026"]]
    assert [a.status for a in actions(plan_of(write(tmp_path, rows)))] == ["not_started", "done"]


def test_a_sign_off_date_is_read_alike_however_sign_off_is_spelt(tmp_path: Path) -> None:
    """ "Signoff date" (one word), "Sign off", "Signed off", "Sign‑off" (Word's
    non-breaking hyphen): each the day the work was signed off, as "Sign-off date" is,
    never the deadline; the date kept as written."""
    for header in (
        "Sign-off date",
        "Signoff date",
        "Sign off date",
        "Signed off date",
        "Signedoff",
        "Sign‑off date",
        "Sign–off date",
    ):
        rows = [
            ["Ref", "Action", "Lead officer", header, "Status"],
            ["1", "Set up the board.", "Jo Marsh", "23/09/2026", "Complete"],
            ["2", "Train the managers.", "Jo Marsh", "", "In progress"],
        ]
        found = actions(plan_of(write(tmp_path, rows)))
        assert [(a.due, a.status) for a in found] == [(None, "done"), (None, "in_progress")], header
        assert found[0].fields[header] == "23/09/2026", header
