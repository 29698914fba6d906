"""Files a database or a web system wrote, not a person in a spreadsheet: a query's
result saved as CSV writes each empty cell as the database's null ("NULL"), a web
tracker's export writes each line break inside a cell as the two characters "\\n".
Each rule on a small file of its own, written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store.docs import PlanDoc
from tests.importers.helpers import progress_updates, updates_of
from tests.importers.test_import_rules import actions, plan_of, write

# Seen in hold-out 242: an internal audit tracker saved from SQL Server Management
# Studio's "Save Results As", "NULL" in every empty cell. Written here in other words.

_AUDIT_HEADER = [
    "Ref", "Priority", "Agreed action", "Action owner", "Due date", "Revised due date",
    "Status", "Latest update",
]  # fmt: skip


def test_a_database_null_in_a_cell_is_an_empty_cell(tmp_path: Path) -> None:
    rows = [
        _AUDIT_HEADER,
        ["FIN-01", "High", "Reconcile the payroll control account monthly.", "Payroll Manager",
         "2026-09-30", "NULL", "Implemented", "12/09/2026 – September reconciled."],
        ["FIN-02", "NULL", "Remove NULL cost codes from the ledger extract.", "NULL",
         "2026-10-31", "2027-01-31", "Not implemented", "NULL"],
        ["FIN-03", "Low", "Review the write-off policy.", "Head of Finance", "2026-12-31",
         "null", "Not yet due", "(null)"],
    ]  # fmt: skip
    first, second, third = actions(plan_of(write(tmp_path, rows)))
    # no revised date: the due date stands
    assert (first.due, third.due) == (dt.date(2026, 9, 30), dt.date(2026, 12, 31))
    assert second.due == dt.date(2027, 1, 31)
    # no owner, no update, no priority: nothing, rather than the word NULL
    assert second.leads == [] and second.updates == [] and third.updates == []
    assert "NULL" not in second.fields.values()
    # the word inside the user's text is theirs, kept as written
    assert second.text == "Remove NULL cost codes from the ledger extract."
    assert [a.ref for a in (first, second, third)] == ["FIN-01", "FIN-02", "FIN-03"]


# Seen in hold-out 242: a housing association's web tracker exported with each line
# break inside a cell written as the two characters "\n". Written here in other words.


def test_a_line_break_written_as_backslash_n_is_a_line_break(tmp_path: Path) -> None:
    found = progress_updates(
        tmp_path,
        [
            r"14/11/2026 – Second survey returned.\n03/10/2026 – First survey sent.",
            r"Files kept in S:\Quality\new starters\notes.",
            r"Panel met.\r\n\r\nMinutes sent to every member.",
        ],
    )
    assert found["1.1"] == [
        (dt.date(2026, 11, 14), "14/11/2026 – Second survey returned."),
        (dt.date(2026, 10, 3), "03/10/2026 – First survey sent."),
    ]
    # a backslash before a word that starts no line (a folder's path) is the text's own
    assert found["1.2"] == [(None, r"Files kept in S:\Quality\new starters\notes.")]
    # Windows' "\r\n" is one break, and two of them a blank line between
    assert found["1.3"] == [(None, "Panel met.\n\nMinutes sent to every member.")]


def test_two_leads_parted_by_backslash_n_are_two_leads(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Action", "Lead", "Target date"],
        ["1.1", "Train the repairs supervisors.", r"Repairs Manager\nHead of Housing",
         "31/01/2027"],
    ]  # fmt: skip
    (action,) = actions(plan_of(write(tmp_path, rows)))
    assert sorted(action.leads) == ["Head of Housing", "Repairs Manager"]
    assert updates_of(action) == []


# Seen in hold-out 257: an audit tracker exported "for Excel", each ref and date written
# as Excel's text-forcing formula ="…" so Excel keeps the leading zero and never turns
# the date round. Written here in other words.
_GUARDED_HEADER = (
    "Audit,Assurance,Rec ID,Recommendation,Agreed action,Owner,Target date,Revised date,Status"
)
_GUARDED_ROWS = "".join(
    f"{row}\n"
    for row in (
        'Fleet fuel cards,Limited,="0207",Statements should be checked.,'
        'Fuel card statements will be checked monthly.,Hugh Carver,="30/09/2026",="n/a",'
        "Implemented",
        'Fleet fuel cards,Limited,="0208",Unused cards should go.,'
        'Unused cards will be cancelled.,Hugh Carver,="31/10/2026",="31/03/2027",In progress',
        'Grants to community groups,Reasonable,="0219",Conflicts should be recorded.,'
        '="The panel will record its ""conflict of interest"" checks.",Rita Okafor,'
        '="30/11/2026",="n/a",Not yet due',
        'Grants to community groups,Reasonable,="0220",Grants should be monitored.,'
        'Each grant will be visited once a year.,Rita Okafor,="31/12/2026",="TBC",Not yet due',
    )
)


def _guarded_tracker(tmp_path: Path, rows: str = _GUARDED_ROWS) -> PlanDoc:
    path = tmp_path / "tracker.csv"
    path.write_text(f"{_GUARDED_HEADER}\n{rows}", encoding="utf-8")
    return plan_of(path)


def test_a_value_written_as_excels_text_formula_is_the_text_inside(tmp_path: Path) -> None:
    first, second, third, fourth = actions(_guarded_tracker(tmp_path))
    # the ref as Excel shows it, leading zero kept
    assert [a.ref for a in (first, second, third, fourth)] == ["0207", "0208", "0219", "0220"]
    # a revised date of "n/a" revises nothing: the target date stands; "TBC" is no date
    assert (first.due, third.due) == (dt.date(2026, 9, 30), dt.date(2026, 11, 30))
    assert (second.due, fourth.due) == (dt.date(2027, 3, 31), None)
    assert first.leads == ["Hugh Carver"]
    # "" inside the quotes is one quote of the text
    assert third.text == 'The panel will record its "conflict of interest" checks.'


def test_ids_numbered_in_a_block_per_audit_file_the_rows_under_it(tmp_path: Path) -> None:
    plan = _guarded_tracker(tmp_path)
    assert [(r.ref, r.text, [a.ref for a in r.actions]) for r in plan.recommendations] == [
        ("1", "Fleet fuel cards", ["0207", "0208"]),
        ("2", "Grants to community groups", ["0219", "0220"]),
    ]
    # numbers running on from one audit to the next file nothing: each row its own
    running_on = _GUARDED_ROWS.replace('="0219"', '="0209"').replace('="0220"', '="0212"')
    plan = _guarded_tracker(tmp_path, running_on)
    assert [r.ref for r in plan.recommendations] == ["0207", "0208", "0209", "0212"]
