"""Rules found on the twentieth hold-out set: update lines dated in forms people write
without thinking ("[Oct 26] …", "Update 10.10.26: …", "02 Nov: …", a note signed at its
end "… (KD, 02/11/2026)"), each line an update of its own; on a small file written by
the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


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
