"""Rules found on the twentieth hold-out set: update lines dated in forms people write
without thinking ("[Oct 26] …", "Update 10.10.26: …", "02 Nov: …", a note signed at its
end "… (KD, 02/11/2026)"), each line an update of its own; on a small file written by
the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_each_dated_line_of_progress_is_an_update_on_the_day_it_names(
    tmp_path: Path,
) -> None:
    rows = [
        ["Improvement plan. Position at 30 November 2026.", "", "", "", ""],
        ["Ref", "Action", "Lead", "Target date", "Progress"],
        ["1.1", "Survey the stock.", "Jo Bell", "31/03/2027",
         "[Oct 26] 1,140 surveys done.\n[Nov 26] 1,520 surveys done."],
        ["1.2", "Open the new ward.", "Jo Bell", "31/03/2027",
         "Update 10.10.26: estates works started.\nUpdate 14.11.26: recruitment 60% done."],
        ["1.3", "Review the asset list.", "Kim Moss", "31/12/2026",
         "02 Nov: two sites withdrawn from sale.\n21 Nov: revised list to Asset Board."],
        ["1.4", "Audit every MAR chart.", "Kim Moss", "31/12/2026",
         "All 64 MARs checked; monthly audit since (KD, 02/11/2026)"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    updates = {a.ref: [(u.date, u.text) for u in a.updates] for a in actions(plan)}
    # "[Oct 26]" is news of the month, dated at its end; "02 Nov" has no year, so it takes
    # the year of the position date above the table, as "JS 04/11:" lines do
    assert updates == {
        "1.1": [
            (dt.date(2026, 10, 31), "[Oct 26] 1,140 surveys done."),
            (dt.date(2026, 11, 30), "[Nov 26] 1,520 surveys done."),
        ],
        "1.2": [
            (dt.date(2026, 10, 10), "Update 10.10.26: estates works started."),
            (dt.date(2026, 11, 14), "Update 14.11.26: recruitment 60% done."),
        ],
        "1.3": [
            (dt.date(2026, 11, 2), "02 Nov: two sites withdrawn from sale."),
            (dt.date(2026, 11, 21), "21 Nov: revised list to Asset Board."),
        ],
        "1.4": [
            (dt.date(2026, 11, 2), "All 64 MARs checked; monthly audit since (KD, 02/11/2026)")
        ],
    }


def test_a_bracket_that_signs_no_day_dates_nothing(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date", "Progress"],
        ["1.1", "Brief the board.", "Jo Bell", "31/03/2027",
         "Paper drafted (see appendix B)\nFunding confirmed (NAO, 2025)\n3 May: rooms booked"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # with no position date a day and month alone has no year: the line is still news
    assert [(u.date, u.text) for u in actions(plan)[0].updates] == [
        (None, "Paper drafted (see appendix B)\nFunding confirmed (NAO, 2025)"),
        (None, "3 May: rooms booked"),
    ]


def test_a_sparse_code_column_is_a_field_where_named_runs_follow_the_action_refs(
    tmp_path: Path,
) -> None:
    rows = [
        ["Theme", "Ref", "Action", "Owner", "Links", "Target"],
        ["Safe homes", "1.1", "Survey every block.", "Jo Bell", "RP01", "Mar 2027"],
        ["Safe homes", "1.2", "Clear the fire actions.", "Jo Bell", "BS02", "Sept 2026"],
        ["Safe homes", "1.3", "Triage damp reports.", "Jo Bell", "RP02", "Dec 2026"],
        ["Safe homes", "1.4", "Agree an adaptations policy.", "Kim Moss", "", "Jan 2027"],
        ["Tenant voice", "2.1", "Set up a scrutiny panel.", "Kim Moss", "TP06", "Dec 2026"],
        ["Tenant voice", "2.2", "Meet the complaints code.", "Kim Moss", "TP09, TP10", "Sept 2026"],
        ["Tenant voice", "2.3", "Collect needs data.", "Kim Moss", "", "Mar 2027"],
        ["Tenancy", "3.1", "Publish the lettings policy.", "Ann Lee", "", "Feb 2027"],
        ["Tenancy", "3.2", "Visit every new tenant.", "Ann Lee", "", "Jan 2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # the theme changes exactly where the refs go from 1.x to 2.x to 3.x; the codes'
    # blanks ("", then "TP06") agree with nothing, so each code is its action's own
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", "Safe homes", ["1.1", "1.2", "1.3", "1.4"]),
        ("2", "Tenant voice", ["2.1", "2.2", "2.3"]),
        ("3", "Tenancy", ["3.1", "3.2"]),
    ]
    fields = [a.fields for a in actions(plan)]
    assert [f.get("Links", "") for f in fields] == [
        "RP01", "BS02", "RP02", "", "TP06", "TP09, TP10", "", "", ""
    ]  # fmt: skip


def test_codes_written_once_where_the_named_runs_start_stay_the_recommendations_refs(
    tmp_path: Path,
) -> None:
    rows = [
        ["Theme", "Ref", "Action", "Owner", "Links", "Target"],
        ["Safe homes", "1.1", "Survey every block.", "Jo Bell", "SQ", "Mar 2027"],
        ["Safe homes", "1.2", "Clear the fire actions.", "Jo Bell", "", "Sept 2026"],
        ["Tenant voice", "2.1", "Set up a scrutiny panel.", "Kim Moss", "TV", "Dec 2026"],
        ["Tenant voice", "2.2", "Meet the complaints code.", "Kim Moss", "", "Sept 2026"],
        ["Tenancy", "3.1", "Publish the lettings policy.", "Ann Lee", "TN", "Feb 2027"],
        ["Tenancy", "3.2", "Visit every new tenant.", "Ann Lee", "", "Jan 2027"],
    ]  # fmt: skip
    plan = plan_of(write(tmp_path, rows))
    # here the blanks agree with the names: one code over each run, its recommendation's
    assert [(r.ref, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("SQ", ["1.1", "1.2"]),
        ("TV", ["2.1", "2.2"]),
        ("TN", ["3.1", "3.2"]),
    ]
