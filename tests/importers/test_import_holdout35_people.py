"""Rules found on the thirty-fifth hold-out set (a GP practice's CQC plan whose
responsible people are "Dr Ruth Adeyemi, GP Partner", and a SEND written statement of
action whose leads are "LA: Jo Baines; ICB: Dr Imran Shah"): each on a small file of
its own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_name_then_a_comma_and_a_partner_post_is_one_person(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Person responsible", "Due"],
        ["1", "Recall overdue monitoring.", "Dr Ruth Adeyemi, GP Partner", "Nov-26"],
        ["2", "Audit the cold chain.", "Kerry Bell, Lead Nurse", "Dec-26"],
        ["3", "Refresh the complaints leaflet.", "Sian Hughes, Practice Manager", "Jan-27"],
        ["4", "Review the payroll controls.", "Tom Birch, HR Business Partner", "Feb-27"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Dr Ruth Adeyemi"],
        ["Kerry Bell"],
        ["Sian Hughes"],
        ["Tom Birch"],
    ]
    # the post stays in the cell as written
    assert actions(plan)[0].fields["Person responsible (as written)"] == (
        "Dr Ruth Adeyemi, GP Partner"
    )


def test_a_titled_name_then_a_comma_and_a_post_is_one_person_in_any_column(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Due"],
        ["1", "Recall overdue monitoring.", "Dr Ruth Adeyemi, GP Partner", "Nov-26"],
        ["2", "Hold the clinical meeting.", "Dr Ruth Adeyemi, Dr Sam Lee", "Dec-26"],
        ["3", "Agree the budget.", "Jane Smith, Tom Jones", "Jan-27"],
    ]
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Dr Ruth Adeyemi"]
    assert second.leads == ["Dr Ruth Adeyemi", "Dr Sam Lee"]  # a name after the comma
    assert third.leads == ["Jane Smith", "Tom Jones"]


def test_an_agency_label_before_a_colon_is_no_part_of_the_name(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead(s)", "Complete by"],
        ["1.1", "Add capacity to the SEND team.", "LA: Jo Baines", "Jul 27"],
        ["1.2", "Audit EHC plans monthly.", "LA: Jo Baines; ICB: Dr Imran Shah", "Mar 27"],
        ["1.3", "Co-produce the Local Offer.", "PCF: Amy Lee\nHealth: Sam Reid", "Apr 27"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [a.leads for a in actions(plan)] == [
        ["Jo Baines"],
        ["Jo Baines", "Dr Imran Shah"],
        ["Amy Lee", "Sam Reid"],
    ]
    # the agency stays in the cell as written
    assert actions(plan)[1].fields["Lead(s) (as written)"] == "LA: Jo Baines; ICB: Dr Imran Shah"
