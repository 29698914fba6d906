"""The command-line contract, end to end in subprocesses as scripts use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from store import Store
from tests.conftest import as_before_search_prefixes, small_plan

LIST_KEYS = {
    "plan",
    "recommendation",
    "ref",
    "text",
    "leads",
    "responsible",
    "due",
    "due_text",
    "original_due",
    "due_changes",
    "status",
    "rag",
    "overdue",
    "fields",
    "last_update",
    "missing_from",
    "updates",
}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actionplan.cli", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_list_json_has_every_key_of_the_contract(db: Path) -> None:
    out = run("list", "--db", db, "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert [r["ref"] for r in rows] == ["1.1", "1.2", "2.1", "2.2"]
    assert set(rows[0]) == LIST_KEYS
    assert rows[0] == {
        "plan": "Test plan",
        "recommendation": "1",
        "ref": "1.1",
        "text": "Write the strategy",
        "leads": ["Marina Kitchen"],
        "responsible": ["Bill Basra"],
        "due": "2026-10-31",
        "due_text": "October 2026",
        "original_due": "2026-10-31",
        "due_changes": 0,
        "status": "in_progress",
        "rag": "red",
        "overdue": True,
        "fields": {"Measure": "Strategy agreed"},
        "last_update": "2026-09-01",
        "missing_from": None,
        "updates": [{"date": "2026-09-01", "text": "Mosaic form drafted", "status": None}],
    }
    assert rows[2]["due"] is None and rows[2]["overdue"] is False


def test_list_filters(db: Path) -> None:
    def refs(*args: str) -> list[str]:
        out = run("list", "--db", db, "--json", *args)
        assert out.returncode == 0, out.stderr
        return [r["ref"] for r in json.loads(out.stdout)]

    assert refs("--overdue") == ["1.1"]
    assert refs("--lead", "bill basra") == ["1.1", "1.2"]
    assert refs("--status", "in progress,done") == ["1.1", "1.2", "2.1"]
    assert refs("--rag", "amber") == ["2.2"]
    assert refs("--due-before", "2026-10-01") == ["1.2"]
    assert refs("--due-before", "1/10/2026") == ["1.2"]  # any wording the due box reads
    assert refs("--search", "mosaic") == ["1.1"]
    assert refs("--search", "[") == ["2.2"]  # punctuation alone: "Peer review [TBC]" only
    assert refs("--plan", "test PLAN", "--rag", "none") == ["1.2", "2.1"]


def test_list_table_is_readable(db: Path) -> None:
    out = run("list", "--db", db, "--overdue")
    assert out.returncode == 0
    assert "Write the strategy" in out.stdout
    assert out.stdout.strip().endswith("1 action, 1 overdue")
    row = next(line for line in out.stdout.splitlines() if "Write the strategy" in line)
    assert row.startswith("! 1.1 ") and " In progress Red " in row  # "!" apart from the status
    assert " 31 Oct 2026 " in row  # the due date as the TUI words it (--json keeps ISO)
    assert "in_progress" not in out.stdout and " red " not in out.stdout  # no internal names


def test_list_marks_a_cut_name_or_text_with_an_ellipsis(tmp_path: Path) -> None:
    """A lead cut to its column read "Environmental Health Man", a whole name to the eye."""
    db = tmp_path / "plans.db"
    plan = tmp_path / "plan.csv"
    long_text = "Inspect every food business rated 0 to 2 within the month its inspection falls due"
    plan.write_text(f"Ref,Action,Lead\n1.1,{long_text},Environmental Health Manager\n")
    assert run("import", plan, "--db", db).returncode == 0
    row = run("list", "--db", db).stdout.splitlines()[1]
    assert " Environmental Health Ma… " in row
    assert row.endswith(" Inspect every food business rated 0 to 2 within the month its inspect…")


def test_list_lead_takes_the_start_of_a_name_as_chase_does(db: Path) -> None:
    """ "--lead Bill" finds Bill Basra's actions, as ``chase --lead Bill`` would; a name
    that fits no one is refused with the names known, never a silent "0 actions"."""
    out = run("list", "--db", db, "--lead", "Bill")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("2 actions, 1 overdue")
    assert [line[2:].split()[0] for line in out.stdout.splitlines()[1:3]] == ["1.1", "1.2"]
    wrong = run("list", "--db", db, "--lead", "Zed")
    assert wrong.returncode == 1 and "no one on an action is called 'Zed'" in wrong.stderr
    assert "Bill Basra" in wrong.stderr


def test_list_lead_passes_over_a_person_left_with_no_actions(db: Path) -> None:
    """1.2's lead typed as "Bill Bas" (a new person), then put right: ``list --lead
    "Bill Bas"`` matched the now-empty person and said "0 actions" while ``chase``
    picked Bill Basra. A person on no live action is no match; the start reads on."""
    s = Store.open(db)
    try:
        one_two = s.find_action("1.2")
        s.set_people(one_two.id, ["Bill Bas"], [])
        s.set_people(one_two.id, ["Bill Basra"], [])
    finally:
        s.close()
    out = run("list", "--db", db, "--lead", "Bill Bas")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("2 actions, 1 overdue")


def two_plans(db: Path) -> None:
    s = Store.open(db)
    s.merge_plans([small_plan("Another plan")], "second")
    s.close()


def test_plans_lists_number_title_and_counts(db: Path) -> None:
    """By number, as a user picks a plan by it ("--plan 2"): plan 1 first though plan 2's
    title sorts before it."""
    two_plans(db)
    out = run("plans", "--db", db)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[1].split() == ["1", "4", "1", "1", "Test", "plan"]
    assert lines[2].split() == ["2", "4", "1", "1", "Another", "plan"]
    assert lines[-1] == "2 plans"


def test_plan_by_unique_prefix_or_number_and_ambiguity_named(db: Path) -> None:
    two_plans(db)

    def listed(*args: str) -> subprocess.CompletedProcess[str]:
        return run("list", "--db", db, "--json", *args)

    assert {r["plan"] for r in json.loads(listed("--plan", "ano").stdout)} == {"Another plan"}
    assert {r["plan"] for r in json.loads(listed("--plan", "1").stdout)} == {"Test plan"}
    out = run("update", "1.1", "--db", db, "--status", "done")
    assert out.returncode == 1
    assert out.stderr.strip() == (
        "actionplan: ref '1.1' is in several plans: 1 'Test plan', 2 'Another plan';"
        " name one with --plan and its number (--plan 1)"
    )
    table = run("list", "--db", db, "--overdue").stdout
    assert "Plan" in table.splitlines()[0] and "Another plan" in table


def test_version() -> None:
    out = run("--version")
    assert out.returncode == 0 and out.stdout.startswith("actionplan ")


def test_json_export_import_export_is_identical(db: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert run("export", "--db", db, "--format", "json", "-o", first).returncode == 0
    doc = json.loads(first.read_text())
    assert doc["format"] == "actionplan/1"
    assert set(doc["plans"][0]) == {"title", "notes", "fields", "recommendations"}
    action = doc["plans"][0]["recommendations"][0]["actions"][0]
    derived = {"plan", "recommendation", "overdue", "last_update", "due_changes"}
    derived |= {"missing_from"}  # how this database's imports went, not what the plan holds
    assert LIST_KEYS - derived <= set(action)
    fresh = tmp_path / "fresh.db"
    imported = run("import", first, "--db", fresh)
    assert imported.returncode == 0, imported.stderr
    again = run("import", first, "--db", fresh)
    assert "0 created, 0 changed" in again.stdout
    second = run("export", "--db", fresh, "--format", "json")
    assert json.loads(second.stdout) == doc


def test_a_due_typed_relative_to_today_keeps_only_its_date(db: Path, tmp_path: Path) -> None:
    """`--due tomorrow` is 25 Nov 2026 in the reports, never "tomorrow" beside it (stale the
    day after); a calendar's own wording ("end of Q4") is kept as written."""
    out = run("update", "1.1", "--db", db, "--due", "tomorrow")
    assert out.stdout == "1.1: due 31 Oct 2026 → 25 Nov 2026\n", out.stderr
    assert run("update", "2.2", "--db", db, "--due", "end of Q4").returncode == 0
    html = run("export", "--db", db, "--format", "html").stdout
    assert "25 Nov 2026" in html and "tomorrow" not in html
    assert run("export", "--db", db, "--format", "xlsx", "-o", tmp_path / "r.xlsx").returncode == 0
    sheet = load_workbook(tmp_path / "r.xlsx")["Actions"]
    header = [c.value for c in sheet[1]]
    written = {
        r[header.index("Ref")]: r[header.index("Due as written")]
        for r in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert (written["1.1"], written["2.2"]) == (None, "end of Q4")


def test_everyday_school_wording_is_a_due(db: Path) -> None:
    """'end of next term' and 'w/c 11 Jan' were refused ("cannot read a date") while
    'end of spring term 2027' and 'w/c 11/1/27' worked: read from today (24 Nov 2026)."""
    out = run("update", "1.1", "--db", db, "--due", "end of next term")
    assert out.stdout == "1.1: due 31 Oct 2026 → 31 Mar 2027\n", out.stderr
    out = run("update", "1.1", "--db", db, "--due", "w/c 11 Jan")
    assert out.stdout == "1.1: due 31 Mar 2027 → 11 Jan 2027 (w/c 11 Jan)\n", out.stderr


def test_update_edits_are_recorded_like_tui_edits(db: Path) -> None:
    out = run(
        "update",
        "2.1",
        "--db",
        db,
        "--status",
        "blocked",  # Done takes no RAG: tests/cli/test_cli_chase.py
        "--rag",
        "g",
        "--due",
        "March 2027",
        "--note",
        "Signed off",
    )
    assert out.returncode == 0, out.stderr
    # each change announced old → new, in words, never "done"
    assert out.stdout == (
        "2.1: status In progress → Blocked, RAG none → Green, due Ongoing → 31 Mar 2027"
        " (March 2027), update added\n"
    )
    s = Store.open(db)
    detail = s.action_detail(s.find_action("2.1").id)
    assert (detail.action.status, detail.action.rag, str(detail.action.due)) == (
        "blocked",
        "green",
        "2027-03-31",
    )
    assert detail.updates[0].text == "Signed off"
    # one command is one edit, as a TUI edit of several fields is: one undo takes it back
    assert [h.label for h in detail.history][:2] == [
        "status Blocked, RAG Green, due date, update",
        "test import",
    ]
    s.close()


@pytest.mark.parametrize("rag", [(), ("--rag", "none")])
def test_marking_a_rated_action_done_says_its_rag_was_cleared(
    db: Path, rag: tuple[str, ...]
) -> None:
    out = run("update", "1.1", "--db", db, "--status", "done", *rag)  # 1.1 is rated Red
    assert out.returncode == 0, out.stderr
    assert out.stdout == "1.1: status In progress → Done, RAG Red → none\n"
    with Store.open(db) as s:
        assert s.find_action("1.1").rag is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("update", "9.9", "--status", "done"), "no action with ref '9.9'"),
        (("update", "1.1", "--status", "florp"), "unknown status 'florp'"),
        (("update", "1.1", "--rag", "purple"), "unknown RAG 'purple'"),
        (("update", "1.1", "--due", "whenever"), "cannot read a date"),
        (("update", "1.1", "--due", "30/02/2027"), "--due: 30 February 2027 does not exist"),
        # a slip of the keys was read as the year alone: 31 December 2027
        (("update", "1.1", "--due", "31 Janaury 2027"), "--due: 'Janaury' is not a month"),
        (("list", "--plan", "No such plan"), "no plan titled"),
        (("list", "--due-before", "whenever"), "--due-before: cannot read a date in 'whenever'"),
        (("export", "--format", "json", "--since", "31/02/2026"), "--since: 31 February 2026"),
        (("export", "--format", "csv", "--since", "1/11/2026"), "--since: the csv export has no"),
    ],
)
def test_errors_are_one_line_exit_1_and_change_nothing(
    db: Path, args: tuple[str, ...], message: str
) -> None:
    before = run("export", "--db", db, "--format", "json").stdout
    out = run(*args, "--db", db)
    assert out.returncode == 1
    assert message in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert run("export", "--db", db, "--format", "json").stdout == before


def test_unusable_database_files_are_named(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"garbage" * 1000)
    for path, message in (
        (corrupt, "corrupt"),
        (tmp_path / "missing.db", "no such database"),
        (tmp_path / "no" / "dir.db", "no such database"),
    ):
        out = run("list", "--db", path)
        assert out.returncode == 1 and message in out.stderr, out.stderr
        assert "Traceback" not in out.stderr


def test_a_newer_database_is_refused(db: Path) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('actionplan', 'm999_new', 'x')"
        )
    out = run("list", "--db", db)
    assert out.returncode == 1 and "newer version of actionplan" in out.stderr


def test_bad_usage_exits_2(db: Path) -> None:
    assert run("list", "--db", db, "--bogus").returncode == 2
    assert run("export", "--db", db, "--format", "pdf").returncode == 2


def test_the_database_can_come_from_the_environment(db: Path) -> None:
    import os

    env = {**os.environ, "ACTIONPLAN_DB": str(db)}
    out = subprocess.run(
        [sys.executable, "-m", "actionplan.cli", "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert len(json.loads(out.stdout)) == 4


def test_a_failed_import_writes_nothing(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Amount\nJo,3\n")
    good = Path(__file__).parent.parent / "fixtures" / "southwark_2017.csv"
    before = run("export", "--db", db, "--format", "json").stdout
    out = run("import", good, bad, "--db", db)
    assert out.returncode == 1 and "bad.csv" in out.stderr
    assert run("export", "--db", db, "--format", "json").stdout == before
    fresh = tmp_path / "fresh.db"
    assert run("import", bad, "--db", fresh).returncode == 1
    assert not fresh.exists()


def test_import_prints_mapping_counts_and_warnings(tmp_path: Path) -> None:
    sample = Path(__file__).parent.parent / "fixtures" / "stockton_2013.csv"
    out = run("import", sample, "--db", tmp_path / "p.db", "--dry-run")
    assert out.returncode == 0, out.stderr
    assert "'What we will do' -> action" in out.stdout
    assert "actions: 17 created" in out.stdout and "recommendations: 5 created" in out.stdout
    assert "warning: row 9: lead 'SMcL' is not a known name" in out.stdout
    assert "dry run: nothing was written" in out.stdout
    listed = run("list", "--db", tmp_path / "p.db")
    assert listed.returncode == 1  # the dry run left no database behind


def test_initials_learned_on_import_find_the_person(tmp_path: Path) -> None:
    sample = Path(__file__).parent.parent / "fixtures" / "warwickshire_2017.csv"
    db = tmp_path / "w.db"
    assert run("import", sample, "--db", db).returncode == 0
    by_initials = json.loads(run("list", "--db", db, "--lead", "KH", "--json").stdout)
    assert [r["ref"] for r in by_initials] == ["1.11", "1.13"]
    assert by_initials[0]["leads"] == ["Kate Harker"]


def test_upgrading_an_older_file_says_so_and_keeps_a_backup(db: Path) -> None:
    """The first start of a new version may take seconds on a large plan: it says why."""
    as_before_search_prefixes(db)
    first = run("--db", db, "list", "--search", "mosa")
    assert first.returncode == 0, first.stderr
    assert f"actionplan: {db}: upgrading for this version" in first.stderr
    assert "1.1" in first.stdout  # and the search finds what it found before
    again = run("--db", db, "list")
    assert again.returncode == 0 and again.stderr == ""
    assert len(list(db.parent.glob(f"{db.name}.backup-*"))) == 1


def test_a_due_with_letters_or_digits_run_onto_its_date_is_refused(db: Path) -> None:
    """`--due "31/1/2027dd31/1/2027"` (a paste gone wrong) was saved as 31 Jan 2027 with
    that wording: refused in one line, the due as it was; words after a space are kept."""
    out = run("update", "1.1", "--db", db, "--due", "31/1/2027dd31/1/2027")
    assert (out.returncode, out.stdout) == (1, "")
    assert out.stderr == (
        "actionplan: --due: '31/1/2027dd31/1/2027' has letters or digits run onto a date:"
        " type the date alone, any words after a space\n"
    )
    out = run("update", "1.1", "--db", db, "--due", "Dec 2026 (revised from Oct 2026)")
    assert out.stdout == "1.1: due 31 Oct 2026 → 31 Dec 2026 (Dec 2026 (revised from Oct 2026))\n"
