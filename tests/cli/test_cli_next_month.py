"""Re-importing next month's version of a plan, and undated notes, through the command line."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from store import Store
from tests.cli.test_cli_contract import run
from tests.conftest import FIXTURES

STOCKTON = FIXTURES / "stockton_2013.csv"
PEER_REVIEW = (
    '"7. Peer Review of RAT to take place, as part of regional sector led improvement programme.",'
)


def next_month(tmp_path: Path, drop: str | None = None) -> Path:
    """The October version: new header date, 1.4's progress rewritten, 1.7 re-dated, 1.8 added."""
    text = STOCKTON.read_bytes().decode("utf-8")
    text = re.sub(r"Update (September|August) 2013", "Update October 2013", text)
    text = _swap(
        text,
        "SMcL,Implementation planned for Nov 2013.",
        "SMcL,Implementation under way;   new structure from 1 Nov 2013.",
    )
    text = _swap(text, PEER_REVIEW + "December 2013.", PEER_REVIEW + "March 2014.")
    added = "8. Report the peer review findings to CMT.,April 2014.,SMcL,\r\n"
    text = _swap(text, "March 2014.\r\n,,,", f"March 2014.\r\n{added},,,")
    if drop:
        text = "".join(line for line in text.splitlines(True) if not line.startswith(drop))
    path = tmp_path / "stockton_october.csv"
    path.write_bytes(text.encode("utf-8"))
    return path


def _swap(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def plan_section(stdout: str) -> list[str]:
    """The report of what the import did to the plan (after the file's warnings)."""
    lines = stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(("imported", "would")))
    return lines[start + 1 :]


def updates(db: Path, ref: str) -> list[tuple[dt.date | None, str]]:
    s = Store.open(db)
    try:
        return [(u.date, u.text) for u in s.action_detail(s.find_action(ref).id).updates]
    finally:
        s.close()


def test_next_months_plan_adds_only_what_changed(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert run("import", STOCKTON, "--db", db).returncode == 0
    october = next_month(tmp_path)
    dry = run("import", october, "--db", db, "--dry-run")
    real = run("import", october, "--db", db)
    assert real.returncode == 0, real.stderr
    report = [
        "  recommendations: 0 created, 0 changed",
        "  actions: 1 created, 1 changed, 0 missing (kept)",  # 1.7; 1.4's note is an update
        "  updates: 1 created",
        "  people: 0 created",
        "  new update 1.4 (31 Oct 2013): Implementation under way; new structure from 1 Nov 2013.",
        "  changed 1.7 due: 31 Dec 2013 ('December 2013.') → 31 Mar 2014 ('March 2014.')",
        "  new action 1.8: Report the peer review findings to CMT.",
    ]
    assert plan_section(real.stdout) == report
    assert plan_section(dry.stdout) == [*report, "  dry run: nothing was written"]
    assert updates(db, "1.1") == [(dt.date(2013, 9, 30), "Completed.")]
    assert updates(db, "2.1") == [(dt.date(2013, 8, 31), "Completed")]
    assert updates(db, "1.4") == [
        (dt.date(2013, 10, 31), "Implementation under way;   new structure from 1 Nov 2013."),
        (dt.date(2013, 9, 30), "Implementation planned for Nov 2013."),
    ]
    rows = {r["ref"]: r for r in json.loads(run("list", "--db", db, "--json").stdout)}
    assert rows["1.7"]["due"] == "2014-03-31"
    assert (rows["1.8"]["due"], rows["1.8"]["updates"]) == ("2014-04-30", [])
    assert len(rows) == 18 and sum(len(r["updates"]) for r in rows.values()) == 18
    again = run("import", october, "--db", db)
    assert plan_section(again.stdout)[:4] == [
        "  recommendations: 0 created, 0 changed",
        "  actions: 0 created, 0 changed, 0 missing (kept)",
        "  updates: 0 created",
        "  people: 0 created",
    ]


def test_next_months_file_keeps_what_the_user_changed_since_and_applies_what_it_changed(
    tmp_path: Path,
) -> None:
    """The weekly review re-dated 1.1 and marked 1.4 Done; next month's file still says
    what it said for both, and re-dates 1.7: 1.1 and 1.4 keep the user's values, 1.7
    takes the file's, and the report says which is which."""
    db = tmp_path / "p.db"
    assert run("import", STOCKTON, "--db", db).returncode == 0
    with Store.open(db) as s:
        s.set_due(s.find_action("1.1").id, dt.date(2014, 1, 31), "end of January", "day")
        s.set_status(s.find_action("1.4").id, "done")
        s.set_due(s.find_action("1.7").id, dt.date(2014, 2, 28), "end of Feb", "day")
    out = run("import", next_month(tmp_path), "--db", db)
    assert out.returncode == 0, out.stderr
    section = plan_section(out.stdout)
    assert "  kept 1.1 due: 31 Jan 2014 ('end of January') (changed here since the last" in (
        "\n".join(section)
    )
    assert (
        "  kept 1.4 status: Done (changed here since the last import; the file still says"
        " Not started)"
    ) in section
    assert "  changed 1.7 due: 28 Feb 2014 ('end of Feb') → 31 Mar 2014 ('March 2014.')" in section
    rows = {r["ref"]: r for r in json.loads(run("list", "--db", db, "--json").stdout)}
    assert (rows["1.1"]["due"], rows["1.4"]["status"], rows["1.7"]["due"]) == (
        "2014-01-31",
        "done",
        "2014-03-31",
    )


def test_actions_missing_from_next_months_plan_are_kept_and_listed(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert run("import", STOCKTON, "--db", db).returncode == 0
    october = next_month(tmp_path, drop="3. Monitor and challenge performance")
    out = run("import", october, "--db", db)
    assert out.returncode == 0, out.stderr
    section = plan_section(out.stdout)
    assert section[1] == "  actions: 1 created, 1 changed, 1 missing (kept)"
    assert section[-1] == (
        "  missing 2.3: Monitor and challenge performance through the CYP Social Ca… (not in"
        " this file; kept)"
    )
    listed = run("list", "--db", db, "--json")
    assert "2.3" in {r["ref"] for r in json.loads(listed.stdout)}


def test_undated_notes_show_as_undated_in_list_and_reports(undated_db: Path) -> None:
    db = undated_db
    rows = {r["ref"]: r for r in json.loads(run("list", "--db", db, "--json").stdout)}
    assert rows["2.1"]["last_update"] is None
    assert rows["2.1"]["updates"] == [
        {"date": None, "text": "Audit yet to be scheduled", "status": None}
    ]
    assert rows["1.1"]["last_update"] == "2026-09-01"
    assert [u["date"] for u in rows["1.1"]["updates"]] == ["2026-09-01", None]
    md = run("export", "--db", db, "--format", "md")
    assert "| 1 Sep 2026: Mosaic form drafted |" in md.stdout
    assert "| undated: Audit yet to be scheduled |" in md.stdout
    assert "24 Nov 2026" not in md.stdout.split("## ", 1)[1]  # never the day of export


def test_an_action_added_in_the_app_is_not_missing_from_next_months_file(
    tmp_path: Path,
) -> None:
    """An action typed in the TUI was reported "missing 1.4: Commission IRO audit [TBC]
    (not in this file; kept)" by the next import: no file ever had it."""
    db = tmp_path / "p.db"
    assert run("import", STOCKTON, "--db", db).returncode == 0
    with Store.open(db) as s:
        rec = s.find_action("2.1").recommendation_id
        due = {"due": "2014-01-31", "due_text": "31/1/2014", "due_precision": "day"}
        typed = s.add_action(rec, "Commission IRO audit [TBC]", due=due)
        ref = s.action(typed).ref
    out = run(
        "import", next_month(tmp_path, drop="3. Monitor and challenge performance"), "--db", db
    )
    assert out.returncode == 0, out.stderr
    section = plan_section(out.stdout)
    assert section[1] == "  actions: 1 created, 1 changed, 1 missing (kept)"
    assert [line for line in section if "missing" in line and ref in line] == []
    assert section[-1].startswith("  missing 2.3: Monitor and challenge")


def _title_block_plan(tmp_path: Path, position: str) -> Path:
    """A school's plan whose title block says where it stands, "Position at …"."""
    path = tmp_path / f"plan_{position.replace(' ', '_')}.csv"
    path.write_text(
        "Hartfield Academy – post-Ofsted action plan\n"
        f'"Ofsted inspection 10–13 March 2026: Requires improvement. Position at {position}."\n'
        "Ref,Action,Lead,Due\n"
        "1.1,Review the behaviour policy.,Jane Smith,31/03/2027\n"
        "1.2,Train the staff in the new policy.,Jane Smith,30/04/2027\n",
        encoding="utf-8",
    )
    return path


def test_a_title_block_line_changed_next_month_changes_the_plans_notes_once(
    tmp_path: Path,
) -> None:
    """The "Label: value" line above the header is the plan's, no field of each action:
    next month's date on it is one change to the plan's notes, no action changed."""
    db = tmp_path / "p.db"
    assert (
        run("import", _title_block_plan(tmp_path, "20 November 2026"), "--db", db).returncode == 0
    )
    rows = json.loads(run("list", "--db", db, "--json").stdout)
    assert [r["fields"] for r in rows] == [{}, {}]
    real = run("import", _title_block_plan(tmp_path, "18 December 2026"), "--db", db)
    assert real.returncode == 0, real.stderr
    assert plan_section(real.stdout) == [
        "  recommendations: 0 created, 0 changed",
        "  actions: 0 created, 0 changed, 0 missing (kept)",
        "  updates: 0 created",
        "  people: 0 created",
        "  changed plan notes: '… improvement. Position at 20 November 2026.' →"
        " '… improvement. Position at 18 December 2026.'",
    ]


def test_a_new_actions_notes_are_listed_as_they_are_counted(tmp_path: Path) -> None:
    """The report said "updates: 2 created" and listed one: the other was the new
    action's own note."""
    db, plan = tmp_path / "p.db", tmp_path / "tracker.csv"
    head = "Ref,Action,Lead,Due,Update\n"
    first = "1.1,Test the plan,Head of Resources,31/12/2026,12/11/2026 – exercise booked\n"
    plan.write_text(head + first)
    assert run("import", plan, "--db", db).returncode == 0
    new = "1.2,Patch the servers,ICT Manager,31/03/2027,20/11/2026 – policy drafted\n"
    plan.write_text(head + first + new)
    report = plan_section(run("import", plan, "--db", db).stdout)
    assert "  updates: 1 created" in report
    assert report[-2:] == [
        "  new action 1.2: Patch the servers",
        "  new update 1.2 (20 Nov 2026): 20/11/2026 – policy drafted",
    ]


NOV_PLAN = (
    "Ref,Action,Lead,Due,Status\n"
    "3.1,Audit case files,Ann Lee,31/12/2026,In progress\n"
    "3.2,Train social workers,Bob Ray,31/01/2027,Not started\n"
    "3.3,Publish the new threshold guide,Cat Dee,28/02/2027,Not started\n"
)


def _missing_33(tmp_path: Path, monkeypatch: object) -> Path:
    """November's plan imported, then December's file, which no longer lists 3.3."""
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-12-02")  # type: ignore[attr-defined]
    db = tmp_path / "p.db"
    (tmp_path / "nov.csv").write_text(NOV_PLAN)
    (tmp_path / "dec.csv").write_text("".join(NOV_PLAN.splitlines(True)[:3]))
    assert run("import", tmp_path / "nov.csv", "--db", db, "--plan", "P").returncode == 0
    out = run("import", tmp_path / "dec.csv", "--db", db, "--plan", "P")
    assert out.returncode == 0, out.stderr
    assert "  missing 3.3: Publish the new threshold guide (not in this file; kept)" in out.stdout
    return db


def test_an_action_missing_from_next_months_file_says_so_everywhere_after(
    tmp_path: Path, monkeypatch: object
) -> None:
    """3.3, left out of December's file, was said once in the import's output and then
    looked ordinary in the list, the reports and the chase packs."""
    db = _missing_33(tmp_path, monkeypatch)
    rows = {r["ref"]: r for r in json.loads(run("list", "--db", db, "--json").stdout)}
    assert rows["3.3"]["missing_from"] == "not in dec.csv imported 2 Dec 2026"
    assert rows["3.1"]["missing_from"] is None
    table = run("list", "--db", db).stdout.splitlines()
    assert table[3].startswith("? 3.3 ")
    assert table[3].endswith("Publish the new threshold guide  (not in dec.csv imported 2 Dec"
                             " 2026; kept)")  # fmt: skip
    assert table[-1] == "3 actions, 0 overdue, 1 not in the latest file (?)"
    md = run("export", "--db", db, "--format", "md").stdout
    assert "**1 not in the latest file (kept)**" in md
    assert "Publish the new threshold guide<br>Not in dec.csv imported 2 Dec 2026 (kept)" in md
    chase = run("chase", "--db", db, "-o", tmp_path / "packs")
    assert chase.returncode == 0, chase.stderr
    assert "Cat Dee" not in chase.stdout
    assert chase.stdout.splitlines()[-1] == (
        "1 action left out: not in the plan's latest file (--include-missing chases them)"
    )
    asked = run("chase", "--db", db, "-o", tmp_path / "all", "--include-missing")
    assert "Cat Dee: 1 action" in asked.stdout and "left out" not in asked.stdout


def test_an_action_listed_again_by_a_later_file_is_ordinary_again(
    tmp_path: Path, monkeypatch: object
) -> None:
    db = _missing_33(tmp_path, monkeypatch)
    (tmp_path / "jan.csv").write_text(NOV_PLAN)
    out = run("import", tmp_path / "jan.csv", "--db", db, "--plan", "P")
    assert "  back 3.3: in this file again (was missing from an earlier one)" in out.stdout
    assert "0 missing (kept)" in out.stdout
    rows = {r["ref"]: r for r in json.loads(run("list", "--db", db, "--json").stdout)}
    assert rows["3.3"]["missing_from"] is None
    assert run("list", "--db", db).stdout.splitlines()[-1] == "3 actions, 0 overdue"


def test_import_plan_reads_a_number_or_a_start_of_a_title_as_every_command_does(
    tmp_path: Path, monkeypatch: object
) -> None:
    """`import --plan 2` made a new plan titled "2", `--plan Tarnbury` one titled
    "Tarnbury", beside the plan every other command reads them as."""
    db = tmp_path / "p.db"
    (tmp_path / "nov.csv").write_text(NOV_PLAN)
    (tmp_path / "dec.csv").write_text("".join(NOV_PLAN.splitlines(True)[:3]))
    assert run("import", tmp_path / "nov.csv", "--db", db, "--plan", "Other plan").returncode == 0
    first = run("import", tmp_path / "nov.csv", "--db", db, "--plan", "Tarnbury audit")
    assert "imported 'Tarnbury audit' (new plan)" in first.stdout
    for given in ("2", "tarnbury", "TARNBURY AUDIT"):
        out = run("import", tmp_path / "dec.csv", "--db", db, "--plan", given)
        assert out.returncode == 0, out.stderr
        assert "imported 'Tarnbury audit' (existing plan)" in out.stdout
    unknown = run("import", tmp_path / "dec.csv", "--db", db, "--plan", "7")
    assert (unknown.returncode, unknown.stdout) == (1, "")
    assert unknown.stderr == (
        "actionplan: --plan: no plan numbered 7 (see: actionplan plans); give a title to"
        " import as a new plan\n"
    )
    new = run("import", tmp_path / "dec.csv", "--db", db, "--plan", "Westmere plan")
    assert "imported 'Westmere plan' (new plan)" in new.stdout
    plans = run("plans", "--db", db).stdout.splitlines()
    assert [line.split(None, 4)[-1] for line in plans[1:-1]] == [
        "Other plan",
        "Tarnbury audit",
        "Westmere plan",
    ]
    help_text = run("import", "--help").stdout
    assert "unique start of it or its number" in " ".join(help_text.split())
