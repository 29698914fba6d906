"""Rules found on the sixteenth hold-out set (a settlement plan whose leads are "Head of
Compliance (Leila Haddad)", an equality plan with "Amara Osei – Equalities Officer" and
"75%" in its status column, a school plan's "Part done"): each on a small file of its
own, written by the test."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write


def test_a_post_with_its_holder_in_brackets_or_after_a_dash_is_the_holder(
    tmp_path: Path,
) -> None:
    two_posts = "Head of Safer Gambling (Priya Shah) / Head of Financial Crime (Daniel Frost)"
    rows = [
        ["Ref", "Action", "Owner", "Due", "Status"],
        ["A1", "Refresh the AML risk assessment.", "MLRO (Daniel Frost)", "Sep-26", "Done"],
        ["A2", "Review every high-risk customer.", two_posts, "Oct-26", "On track"],
        ["A3", "Audit the care plans.", "Sandra Okafor – Registered Manager", "Nov-26", ""],
        ["A4", "Retrain the nurses.", "Director of Nursing (Acute)", "Dec-26", ""],
    ]
    first, second, third, fourth = actions(plan_of(write(tmp_path, rows)))
    assert first.leads == ["Daniel Frost"]
    assert second.leads == ["Priya Shah", "Daniel Frost"]
    assert third.leads == ["Sandra Okafor"]
    assert fourth.leads == ["Director of Nursing (Acute)"]  # a qualifier, no holder
    # the cell as written is kept beside the names read from it
    assert first.fields["Owner (as written)"] == "MLRO (Daniel Frost)"
    assert second.fields["Owner (as written)"] == two_posts


def test_a_percentage_in_the_status_column_is_how_complete_it_is(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Owner", "Status"],
        ["1.1", "Publish the equality objectives.", "Amara Osei", "75%"],
        ["1.2", "Run the staff survey.", "Amara Osei", "0%"],
        ["1.3", "Train the panel chairs.", "Tom Birch", "100%"],
        ["1.4", "Report the pay gap.", "Tom Birch", "Complete"],
        ["1.5", "Reset the budget.", "Tom Birch", "Part done"],
    ]
    plan = plan_of(write(tmp_path, rows))
    assert [(a.ref, a.status) for a in actions(plan)] == [
        ("1.1", "in_progress"),
        ("1.2", "not_started"),
        ("1.3", "done"),
        ("1.4", "done"),
        ("1.5", "in_progress"),  # the qualifier wins over "done"
    ]
    assert actions(plan)[0].fields["Status (as written)"] == "75%"
