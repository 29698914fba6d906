"""Chasing leads: the pack a lead gets, and merging their reply safely."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from actionplan.cli import main
from store import Store
from store.wording import due_aside
from tests.conftest import small_plan

BOOK = "Update request - Marina Kitchen - 2026-11-24.xlsx"
FIRST = 6  # the first action's row in a pack


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def dump(db: Path) -> list[tuple[object, ...]]:
    """Every row a reply could touch: actions, updates, history, reply rows."""
    conn = sqlite3.connect(db)
    try:
        return [
            *conn.execute("SELECT id, status, rag, due, due_text FROM actions ORDER BY id"),
            *conn.execute("SELECT id, action_id, date, text FROM updates ORDER BY id"),
            *conn.execute("SELECT id, label, undone FROM batches ORDER BY id"),
            *conn.execute("SELECT id, action_id, archived FROM chase_replies ORDER BY id"),
        ]
    finally:
        conn.close()


@pytest.fixture
def pack(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Marina Kitchen's pack ("mar" is a unique start of her name)."""
    code, out, err = run(capsys, "chase", "--db", db, "--lead", "mar", "-o", tmp_path)
    assert code == 0, err
    assert out.startswith("Marina Kitchen: 2 actions, 1 overdue")
    return tmp_path / BOOK


def merged(
    pack: Path,
    db: Path,
    capsys: pytest.CaptureFixture[str],
    cells: dict[str, object],
    name: str = "reply.xlsx",
) -> str:
    """Marina's pack filled in (``cells``), saved beside it as ``name`` and imported:
    what the import prints. It must merge (exit 0)."""
    reply = fill(pack, pack.parent / name, cells)
    code, out, err = run(capsys, "import", reply, "--db", db)
    assert code == 0, err
    return out


def fill(pack: Path, target: Path, cells: dict[str, object]) -> Path:
    """What a lead does in Excel: type into the yellow cells and save (any name)."""
    book = load_workbook(pack)
    for cell, value in cells.items():
        book.worksheets[0][cell] = value
    book.save(target)
    return target


def rows_of(path: Path) -> list[tuple[object, ...]]:
    sheet = load_workbook(path).worksheets[0]
    return list(sheet.iter_rows(min_row=FIRST, values_only=True))


def test_a_pack_lists_exactly_that_leads_open_actions_overdue_first(pack: Path) -> None:
    refs = [(r[0], r[1], r[4]) for r in rows_of(pack)]
    # 1.1 overdue (Oct 2026), 2.2 due March 2027; Marina has no other open action.
    assert refs == [
        ("1.1", "Write the strategy", "In progress (overdue)"),
        ("2.2", "Peer review [TBC]", "Not started"),
    ]
    book = load_workbook(pack)
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[5]][:11] == [
        "Ref",
        "Action",
        "Recommendation",
        "Due",
        "Status",
        "RAG",
        "Last update",
        "New status",
        "New RAG",
        "New due",
        "Progress update",
    ]
    assert sheet["G6"].value == "1 Sep 2026: Mosaic form drafted"
    assert "by Tuesday 1 December 2026" in sheet["A2"].value
    assert [sheet.column_dimensions[c].hidden for c in "LMN"] == [True] * 3
    assert book["actionplan_reply_pack"].sheet_state == "hidden"
    assert sheet.protection.sheet and sheet.freeze_panes == "B6"
    assert not sheet["H6"].protection.locked and sheet["A6"].protection.locked
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists == {
        "H6:H7": "'actionplan_reply_pack'!$D$1:$D$5",
        "I6:I7": "'actionplan_reply_pack'!$G$1:$G$3",
    }
    words = [c.value for c in book["actionplan_reply_pack"]["D"]][:5]
    assert words == ["Not started", "In progress", "Blocked", "Done", "Dropped"]


def test_the_pack_is_recorded_with_each_actions_state(pack: Path, db: Path) -> None:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT p.lead, a.ref, s.status, s.rag, s.due FROM chase_packs p"
        " JOIN chase_pack_actions s ON s.pack_id = p.id JOIN actions a ON a.id = s.action_id"
        " ORDER BY a.ref"
    ).fetchall()
    assert rows == [
        ("Marina Kitchen", "1.1", "in_progress", "red", "2026-10-31"),
        ("Marina Kitchen", "2.2", "not_started", "amber", "2027-03-31"),
    ]


def test_a_replys_new_due_keeps_the_leads_wording(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'3/12' was stored with no wording: it is kept as written (and never shown
    beside "3 Dec 2026", which it only says again)."""
    out = merged(pack, db, capsys, {"J7": "3/12"})
    assert "  2.2: due 31 Mar 2027 → 3 Dec 2026\n" in out
    with Store.open(db) as store:
        peer = store.find_action("2.2")
        assert (peer.due, peer.due_text) == (dt.date(2026, 12, 3), "3/12")
        assert due_aside(peer.due, peer.due_text) == ""


def test_a_reply_adds_the_leads_update_and_applies_it_once(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = fill(
        pack,
        tmp_path / "RE fwd marina",  # renamed, no extension: known by its hidden sheet
        {"H6": "Done", "K6": "Signed off at CMT", "J7": "end of June 2027", "I7": "Green"},
    )
    code, out, err = run(capsys, "import", reply, "--db", db)
    assert code == 0, err
    assert "  1.1: status In progress → Done; RAG Red → none; update added (24 Nov 2026)" in out
    assert (
        "  2.2: RAG Amber → Green; due 31 Mar 2027 → 30 Jun 2027 (end of June 2027)\n" in out
    )  # the lead's own words for the new date, as they wrote them
    with Store.open(db) as store:
        strategy = store.find_action("1.1")
        assert strategy.status == "done"
        notes = store.action_detail(strategy.id).updates
        assert (notes[0].date, notes[0].text) == (
            dt.date(2026, 11, 24),
            "Marina Kitchen: Signed off at CMT",
        )
        assert store.find_action("2.2").due == dt.date(2027, 6, 30)
    before = dump(db)
    code, out, _ = run(capsys, "import", reply, "--db", db)
    # one line, not "applied the reply …" above rows that say nothing changed
    assert (code, out) == (0, "RE fwd marina: already imported; nothing changed\n")
    assert dump(db) == before


def test_a_reply_marking_an_action_complete_clears_its_rag_in_one_undoable_edit(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = merged(pack, db, capsys, {"H7": "Complete"})  # 2.2 is rated Amber
    assert "  2.2: status Not started → Done; RAG Amber → none" in out
    with Store.open(db) as store:
        action = store.find_action("2.2")
        assert (action.status, action.rag) == ("done", None)  # never "Done / Amber"
        store.undo()
        action = store.find_action("2.2")
        assert (action.status, action.rag) == ("not_started", "amber")


def test_undoing_a_reply_lets_it_be_imported_again(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = fill(pack, tmp_path / "reply.xlsx", {"H6": "Done"})
    run(capsys, "import", reply, "--db", db)
    with Store.open(db) as store:
        store.undo()
        assert store.find_action("1.1").status == "in_progress"
    code, out, _ = run(capsys, "import", reply, "--db", db)
    assert "1.1: status In progress → Done" in out


def test_a_dry_run_prints_the_same_and_writes_nothing(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = fill(pack, tmp_path / "reply.xlsx", {"H6": "Done", "K7": "Booked"})
    before = dump(db)
    code, out, _ = run(capsys, "import", reply, "--dry-run", "--db", db)
    assert code == 0
    assert "would apply" in out and "1.1: status In progress → Done" in out
    assert "dry run: nothing was written" in out
    assert dump(db) == before


@pytest.mark.parametrize(
    ("cell", "value"),
    [("L6", "3"), ("N7", "0" * 16), ("M6", "feedfacecafe")],
    ids=["another action", "check digest", "pack id"],
)
def test_a_tampered_reply_is_refused_whole_naming_the_row(
    pack: Path,
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    cell: str,
    value: str,
) -> None:
    reply = fill(pack, tmp_path / "reply.xlsx", {"H6": "Done", "K7": "Booked", cell: value})
    before = dump(db)
    code, _, err = run(capsys, "import", reply, "--db", db)
    row = cell[1:]
    assert code == 1 and err.count("\n") == 1
    assert f"reply.xlsx: row {row} (ref " in err and "nothing was written" in err
    assert dump(db) == before


def test_a_reply_to_another_databases_pack_is_refused(
    pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.db"
    Store.open(other).merge_plans([small_plan()], "test import")
    reply = fill(pack, tmp_path / "reply.xlsx", {"H6": "Done"})
    before = dump(other)
    code, _, err = run(capsys, "import", reply, "--db", other)
    assert code == 1 and "was not made from this database" in err
    assert dump(other) == before


def test_a_conflict_is_reported_and_the_current_value_kept_unless_theirs(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "update", "1.1", "--status", "blocked", "--db", db)  # changed since the pack
    reply = fill(pack, tmp_path / "reply.xlsx", {"H6": "Done", "K6": "Nearly there"})
    code, out, _ = run(capsys, "import", reply, "--db", db)
    assert code == 0
    assert (
        "1.1: CONFLICT status: in the pack In progress, now Blocked, reply Done"
        " — kept Blocked (--theirs takes the reply); update added (24 Nov 2026)"
    ) in out
    with Store.open(db) as store:
        action = store.find_action("1.1")
        assert action.status == "blocked"
        assert store.action_detail(action.id).updates[0].text == "Marina Kitchen: Nearly there"
    theirs = fill(pack, tmp_path / "reply2.xlsx", {"H6": "Done", "K6": "Done now"})
    code, out, _ = run(capsys, "import", theirs, "--theirs", "--db", db)
    assert "1.1: status Blocked → Done" in out
    with Store.open(db) as store:
        assert store.find_action("1.1").status == "done"


def test_a_day_that_does_not_exist_is_named_with_its_row_and_the_due_kept(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It refused the whole reply; now it is said, as any New due no date reads."""
    with Store.open(db) as store:
        due_before = store.find_action("2.2").due
    out = merged(pack, db, capsys, {"J7": "30 February 2027"}, "bad.xlsx")
    assert (
        "  2.2: New due '30 February 2027' (row 7) is not a date (30 February 2027 does not"
        " exist); due kept"
    ) in out
    with Store.open(db) as store:
        assert store.find_action("2.2").due == due_before


def test_a_status_no_word_reads_keeps_the_row_and_the_status_as_the_importer_does(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'In Progres' refused the whole reply; the importer keeps a status word it lacks as
    written and states nothing by it: so does a reply, and its update is added."""
    out = merged(pack, db, capsys, {"H6": "In Progres", "K6": "Form agreed"}, "r.xlsx")
    assert (
        "  1.1: New status 'In Progres' (row 6) is not a status (did you mean In progress?);"
        " status kept;"
    ) in out
    with Store.open(db) as store:
        assert store.find_action("1.1").status == "in_progress"
    assert ("1.1", "2026-11-24") in updates_of(db)


def test_a_rag_no_word_reads_keeps_the_row_and_the_rag_as_a_status_typo_does(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'Amebr' refused the whole reply (exit 1) while 'In Progres' was kept and said:
    now the RAG is kept, the row named, and the rest of the reply applied."""
    out = merged(pack, db, capsys, {"I6": "Amebr", "H6": "Blocked", "K6": "Waiting"}, "r.xlsx")
    assert (
        "  1.1: New RAG 'Amebr' (row 6) is not a RAG rating (did you mean Amber?); RAG kept;"
        " status In progress →"
        " Blocked; update added (24 Nov 2026)"
    ) in out
    with Store.open(db) as store:
        action = store.find_action("1.1")
        assert (action.rag, action.status) == ("red", "blocked")
    assert ("1.1", "2026-11-24") in updates_of(db)


def test_a_new_due_no_date_reads_keeps_the_row_and_the_due_as_a_status_typo_does(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A New due no date reads refused the whole merge ("cannot read a date in …"), so
    another lead's valid reply was not applied; the pack says "write New due in any
    wording". Now the due is kept, the row named, the rest applied."""
    with Store.open(db) as store:
        due_before = store.find_action("1.1").due
    cells: dict[str, object] = {"J6": "after the panel", "H6": "Blocked", "K6": "Waiting"}
    out = merged(pack, db, capsys, cells, "r.xlsx")
    assert (
        "  1.1: New due 'after the panel' (row 6) is not a date; due kept; status In progress →"
        " Blocked; update added (24 Nov 2026)"
    ) in out
    with Store.open(db) as store:
        action = store.find_action("1.1")
        assert (action.due, action.status) == (due_before, "blocked")


def test_lead_prefix_that_fits_several_is_one_line_listing_them(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(db) as store:
        store.set_people(store.find_action("2.1").id, ["Marion Hale"], [])
    code, _, err = run(capsys, "chase", "--db", db, "--lead", "mar", "-o", tmp_path)
    assert code == 1
    assert err == "actionplan: lead: 'mar' fits several leads: Marina Kitchen, Marion Hale\n"
    assert list(tmp_path.glob("*.xlsx")) == []


def test_without_lead_one_pack_per_lead_and_a_text_body_each(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "chase", "--db", db, "-o", tmp_path, "--text")
    assert code == 0
    names = sorted(p.name for p in tmp_path.glob("Update request*"))
    assert names == [
        f"Update request - {lead} - 2026-11-24.{ext}"
        for lead in ("Jane Humphreys", "Marina Kitchen")
        for ext in ("txt", "xlsx")
    ]
    body = (tmp_path / "Update request - Marina Kitchen - 2026-11-24.txt").read_text()
    assert "Dear Marina Kitchen," in body
    assert "1.1  Write the strategy  [OVERDUE]" in body
    assert "    Last update: 1 Sep 2026: Mosaic form drafted" in body


def test_without_plan_every_plan_is_chased_a_pack_per_lead_in_each(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's `chase -o ~/chase --text` failed on a file of two plans ("--plan: the
    file holds several plans"); each plan's leads get a pack, its file naming the plan."""
    second = tmp_path / "Audit tracker.csv"
    second.write_text("Ref,Action,Lead,Due\nA1,Test the backups,Marina Kitchen,March 2027\n")
    assert run(capsys, "import", second, "--db", db)[0] == 0
    out_dir = tmp_path / "chase"
    code, out, err = run(capsys, "chase", "--db", db, "-o", out_dir, "--text")
    assert (code, err) == (0, "")
    assert sorted(p.name for p in out_dir.glob("*.xlsx")) == [
        "Update request - Jane Humphreys - Test plan - 2026-11-24.xlsx",
        "Update request - Marina Kitchen - Audit tracker - 2026-11-24.xlsx",
        "Update request - Marina Kitchen - Test plan - 2026-11-24.xlsx",
    ]
    assert "Marina Kitchen (Audit tracker): 1 action → " in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(DISTINCT plan_id) FROM chase_packs").fetchone() == (2,)


def test_two_plans_titled_alike_give_a_lead_two_packs_named_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two plans whose titles share their first 40 characters gave a lead one file name:
    the second plan's packs were recorded, then the run stopped ("already exists"). Every
    name is worked out first; a clash carries the plan's id, and every pack has its file."""
    db = tmp_path / "plans.db"
    common = "Westbridge Children's Services Improvement Plan 2026"
    for part in ("Ofsted ILACS", "SEND"):
        plan = tmp_path / f"{common} - {part}.csv"
        plan.write_text(f"Ref,Action,Lead,Due\n1,Audit {part} cases,Karen Holt,March 2027\n")
        assert run(capsys, "import", plan, "--db", db)[0] == 0
    out_dir = tmp_path / "chase"
    code, _, err = run(capsys, "chase", "--db", db, "-o", out_dir, "--text")
    assert (code, err) == (0, "")
    stem = "Update request - Karen Holt - Westbridge Children's Services - 2026-11-24"
    assert sorted(p.name for p in out_dir.iterdir()) == [
        f"{stem} (plan {n}).{suffix}" for n in (1, 2) for suffix in ("txt", "xlsx")
    ]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM chase_packs").fetchone() == (2,)


def test_a_pack_s_name_cuts_the_plan_s_title_between_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A long title is cut at a word's end ("… - Children's", never "… Children's
    Service"), a dash or a typographic apostrophe made safe for Windows and macOS."""
    db = tmp_path / "plans.db"
    titles = ("Brackenford Council – Children’s Services Improvement Plan", "Audit tracker")
    for n, title in enumerate(titles):
        plan = tmp_path / f"plan{n}.csv"
        row = "1,Audit cases,Director of Children’s Services,March 2027"
        plan.write_text(f"{title}\nRef,Action,Lead,Due\n{row}\n")
        assert run(capsys, "import", plan, "--db", db)[0] == 0
    out_dir = tmp_path / "chase"
    assert run(capsys, "chase", "--db", db, "-o", out_dir)[0] == 0
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "Update request - Director of Children's Services - Audit tracker - 2026-11-24.xlsx",
        "Update request - Director of Children's Services - Brackenford Council - Children's"
        " - 2026-11-24.xlsx",
    ]


def test_nothing_to_chase_is_said_in_the_window_s_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No action in the window: the CLI says so as the TUI's notes do, by one wording."""
    db = tmp_path / "plans.db"
    plan = tmp_path / "plan.csv"
    plan.write_text("Ref,Action,Lead,Due\n1,Audit cases,Karen Holt,March 2027\n")
    assert run(capsys, "import", plan, "--db", db)[0] == 0
    code, out, _ = run(capsys, "chase", "--db", db, "-o", tmp_path, "--overdue")
    assert (code, out) == (0, "Nothing to chase: no lead has an overdue action\n")


def test_due_within_keeps_only_actions_due_by_then(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "chase", "--db", db, "-o", tmp_path, "--due-within", "30")
    assert out == f"Marina Kitchen: 1 action, 1 overdue → {tmp_path / BOOK}\n"
    assert [r[0] for r in rows_of(tmp_path / BOOK)] == ["1.1"]


def test_overdue_keeps_only_overdue_actions(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`chase --overdue` was a usage error (exit 2); 2.2 due today is not overdue."""
    with Store.open(db) as store:
        store.set_due(store.find_action("2.2").id, dt.date(2026, 11, 24), "", "day")
    code, out, err = run(capsys, "chase", "--db", db, "-o", tmp_path, "--overdue")
    assert (code, err) == (0, "")
    assert out == f"Marina Kitchen: 1 action, 1 overdue → {tmp_path / BOOK}\n"
    assert [r[0] for r in rows_of(tmp_path / BOOK)] == ["1.1"]
    with pytest.raises(SystemExit) as usage:  # one window or the other
        run(capsys, "chase", "--db", db, "--overdue", "--due-within", "3")
    assert usage.value.code == 2


def test_a_lead_with_open_actions_but_none_in_the_window_is_told_so(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Jane's one open action is undated: "no lead with open actions is called 'Jane'"
    was untrue; one line says she has none in that window."""
    code, out, err = run(capsys, "chase", "--db", db, "--lead", "Jane", "--due-within", "0")
    assert (code, out) == (1, "")
    assert err == "actionplan: Jane Humphreys has no open action due in that window\n"
    code, _, err = run(capsys, "chase", "--db", db, "--lead", "Jane", "--overdue")
    assert err == "actionplan: Jane Humphreys has no overdue action\n"
    assert list(tmp_path.glob("*.xlsx")) == []


def test_text_that_looks_like_a_formula_stays_text(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(db) as store:
        store.set_text(store.find_action("1.1").id, '=HYPERLINK("http://x","y")')
    run(capsys, "chase", "--db", db, "--lead", "Marina", "-o", tmp_path)
    cell = load_workbook(tmp_path / BOOK).worksheets[0]["B6"]
    assert (cell.value, cell.data_type) == ('=HYPERLINK("http://x","y")', "s")
    assert cell.quotePrefix  # stays text when the lead edits the cell and presses Enter


def worded_plan(tmp_path: Path, fields: dict[str, str], done: bool = False) -> Path:
    """The small plan with 1.1 (in progress, red) imported from cells worded ``fields``,
    or 1.2 (done, Bill Basra's) when ``done``."""
    doc = small_plan()
    first = doc.recommendations[0]
    actions = list(first.actions)
    actions[done] = actions[done].model_copy(update={"fields": fields})
    doc = doc.model_copy(
        update={
            "recommendations": [
                first.model_copy(update={"actions": actions}),
                doc.recommendations[1],
            ]
        }
    )
    db = tmp_path / "worded.db"
    Store.open(db).merge_plans([doc], "test import")
    return db


def test_lists_offer_the_plans_own_words_and_read_them_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plan imported with "On track" and "R" gets those words in its lists, each
    beside the app's own word with its meaning."""
    db = worded_plan(tmp_path, {"Progress (as written)": "On track", "RAG (as written)": "R"})
    run(capsys, "chase", "--db", db, "--lead", "Marina", "-o", tmp_path)
    book = load_workbook(tmp_path / BOOK)
    lists = book["actionplan_reply_pack"]
    assert [c.value for c in lists["D"]][:6] == [
        "Not started",
        "In progress",
        "On track (in progress)",
        "Blocked",
        "Done",
        "Dropped",
    ]
    assert [c.value for c in lists["G"]][:4] == ["Red", "R (red)", "Amber", "Green"]
    cells = {"H7": "On track (in progress)", "I6": "Amber"}
    reply = fill(tmp_path / BOOK, tmp_path / "reply.xlsx", cells)
    code, out, _ = run(capsys, "import", reply, "--db", db)
    assert "1.1: RAG Red → Amber" in out and "2.2: status Not started → In progress" in out


def test_a_plans_letter_for_done_is_offered_beside_done_with_its_meaning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A BRAG plan's "B" (complete) sat alone under "Blocked" where "Done" should be:
    a lead meaning Blocked could pick it. The list offers the app's words and "B (done)"."""
    db = worded_plan(tmp_path, {"BRAG (as written)": "B"}, done=True)
    run(capsys, "chase", "--db", db, "--lead", "Marina", "-o", tmp_path)
    book = load_workbook(tmp_path / BOOK)
    rule = next(
        v for v in book.worksheets[0].data_validations.dataValidation if "H" in str(v.sqref)
    )
    sheet, cells = rule.formula1.split("!")
    first, last = cells.replace("$", "").split(":")
    offered = [c.value for row in book[sheet.strip("'")][first:last] for c in row]
    assert offered == ["Not started", "In progress", "Blocked", "Done", "B (done)", "Dropped"]
    reply = fill(tmp_path / BOOK, tmp_path / "reply.xlsx", {"H6": "B (done)"})
    code, out, _ = run(capsys, "import", reply, "--db", db)
    assert "1.1: status In progress → Done" in out


def test_the_email_names_ratings_in_one_form_as_its_actions_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plan imported with "R" and "On track": the email's word lists say "Red" and
    "In progress", as each action's line does ("RAG Red"), never "R" beside "Amber"."""
    db = worded_plan(tmp_path, {"Progress (as written)": "On track", "RAG (as written)": "R"})
    run(capsys, "chase", "--db", db, "--lead", "Marina", "-o", tmp_path, "--text")
    body = (tmp_path / BOOK.replace(".xlsx", ".txt")).read_text()
    assert "RAG words: Red, Amber, Green\n" in body
    assert "Status words: Not started, In progress, Blocked, Done, Dropped\n" in body
    assert "Status: In progress · RAG Red" in body


def test_the_date_the_lead_wrote_dates_their_update(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    when = dt.datetime(2026, 11, 24)
    reply = fill(pack, tmp_path / "reply.xlsx", {"D3": when, "K7": "Booked for January"})
    code, out, _ = run(capsys, "import", reply, "--db", db)
    assert code == 0 and "filled 24 Nov 2026" in out


def test_a_day_and_month_without_a_year_is_the_one_since_the_pack(
    pack: Path,
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pack of 24 Nov, '25/11' typed, imported on 27 Nov: it was read forward as 25 Nov
    2027 and the whole reply refused; it is this 25 November."""
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-11-27")
    out = merged(pack, db, capsys, {"D3": "25/11", "K7": "Booked for January"})
    assert out.splitlines()[0].endswith("filled 25 Nov 2026")
    assert "after today" not in out
    assert ("2.2", "2026-11-25") in updates_of(db)


def test_a_date_filled_after_today_is_recorded_as_today_on_one_line(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'1 January 2027' typed on 24 Nov 2026 (a lead's clock, a typo) refused the whole
    reply; the rows are applied, the update dated today, and one line says so."""
    out = merged(pack, db, capsys, {"D3": "1 January 2027", "K7": "Later"}, "late.xlsx")
    lines = out.splitlines()
    assert lines[0].endswith("filled 24 Nov 2026")
    assert lines[1] == (
        "  cell D3 (date filled): '1 January 2027' (1 Jan 2027) is after today;"
        " recorded as 24 Nov 2026"
    )
    assert ("2.2", "2026-11-24") in updates_of(db)


def test_a_date_filled_is_echoed_as_the_lead_wrote_it_beside_its_reading(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'3/12' typed on 24 Nov was echoed '03/12/2026', a date the lead never wrote (and
    one a reader of US dates takes for 12 March); now their '3/12' and its reading."""
    out = merged(pack, db, capsys, {"D3": "3/12", "K7": "Booked"})
    assert out.splitlines()[1] == (
        "  cell D3 (date filled): '3/12' (3 Dec 2026) is after today; recorded as 24 Nov 2026"
    )


def updates_of(db: Path) -> list[tuple[str, str]]:
    """(ref, date) of every update."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT a.ref, u.date FROM updates u JOIN actions a ON a.id = u.action_id"
        ).fetchall()


def saved_on(book: Path, when: str) -> Path:
    """The workbook as if last saved at ``when`` (openpyxl stamps its own clock's time)."""
    import re
    import zipfile

    with zipfile.ZipFile(book) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    core = parts["docProps/core.xml"].decode()
    parts["docProps/core.xml"] = re.sub(
        r"(<dcterms:modified[^>]*>)[^<]*", rf"\g<1>{when}", core
    ).encode()
    with zipfile.ZipFile(book, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return book


def test_a_saved_day_after_today_is_recorded_as_today_and_says_so(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No date typed, the file saved on 26 Nov (a clock ahead): it was recorded as today
    (24 Nov 2026) without a word; now one line says so."""
    reply = saved_on(fill(pack, tmp_path / "r.xlsx", {"K7": "Booked"}), "2026-11-26T09:00:00Z")
    code, out, err = run(capsys, "import", reply, "--db", db)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].endswith("filled 24 Nov 2026")
    assert lines[1] == (
        "  date filled 26 Nov 2026 (the day the file was saved) is after today;"
        " recorded as 24 Nov 2026"
    )
    assert sum("after today" in line for line in lines) == 1


def test_a_date_typed_right_of_its_label_dates_the_reply_written_one_way(
    pack: Path,
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The label 'Date you filled this in' is in B3, its cell D3, C3 blank between: a
    date typed in C3, right of the label, was ignored and the file's save day used
    ("filled 04 Dec 2026"). It dates the reply, said as the lines under it say a day."""
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-12-05")
    reply = fill(pack, tmp_path / "r.xlsx", {"C3": "3/12", "K7": "Booked for January"})
    code, out, err = run(capsys, "import", saved_on(reply, "2026-12-04T09:00:00Z"), "--db", db)
    assert code == 0, err
    assert out.splitlines()[0].endswith("to the pack of 24 Nov 2026 (Test plan), filled 3 Dec 2026")
    assert ("2.2", "2026-12-03") in updates_of(db)


@pytest.mark.parametrize("typed", ["Jane Smith", "✓"])
def test_a_name_or_tick_right_of_the_date_label_is_no_date(
    pack: Path,
    db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
) -> None:
    """Seen by a second reader (session 28): a lead's name or a tick typed in C3 refused
    the whole reply ("cannot read a date in 'Jane Smith'"). C3 dates the reply only where
    it reads as a date; anything else there is ignored, the file's save day used."""
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2026-12-05")
    reply = fill(pack, tmp_path / "r.xlsx", {"C3": typed, "K7": "Booked for January"})
    code, out, err = run(capsys, "import", saved_on(reply, "2026-12-04T09:00:00Z"), "--db", db)
    assert code == 0, err
    assert out.splitlines()[0].endswith("to the pack of 24 Nov 2026 (Test plan), filled 4 Dec 2026")
    assert ("2.2", "2026-12-04") in updates_of(db)


def test_replies_and_plans_are_imported_separately(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = fill(pack, tmp_path / "reply.xlsx", {"H6": "Done"})
    plan = tmp_path / "plan.csv"
    plan.write_text("Recommendation,Action,Lead,Due\n1,Write it,Ann Lee,March 2027\n")
    before = dump(db)
    code, _, err = run(capsys, "import", plan, reply, "--db", db)
    assert code == 1 and "import plans and replies separately" in err
    assert dump(db) == before


def test_the_plan_importer_never_reads_a_reply_as_a_plan(pack: Path, tmp_path: Path) -> None:
    """The TUI's workbench reads files through the plan importer: a reply says what it is."""
    from importers import ImportFailure, ImportOptions, load

    reply = fill(pack, tmp_path / "reply.xlsx", {"H6": "Done"})
    with pytest.raises(ImportFailure, match="a lead's reply to an update request, not a plan"):
        load(reply, ImportOptions(today=dt.date(2026, 11, 24)))


def test_the_pack_prints_on_landscape_pages_with_rows_tall_enough_to_read(pack: Path) -> None:
    """Opened in LibreOffice, a row left at the default height draws its wrapped text
    over the next one: each action row is as tall as its text, with room for a few
    lines of update, and the pack prints landscape, one page wide, header on each page."""
    sheet = load_workbook(pack).worksheets[0]
    for row in (FIRST, FIRST + 1):
        assert sheet.row_dimensions[row].height >= 3 * 15
    assert sheet.print_title_rows == "$5:$5"
    setup = sheet.page_setup
    assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
    assert sheet.oddFooter.right.text == "Page &P of &N"
    # a yellow cell hides the grid: each cell of the table draws its own edges
    assert all(sheet.cell(FIRST, col).border.bottom.style == "thin" for col in range(1, 12))


LIBREOFFICE_REPLY = Path(__file__).parents[1] / "fixtures" / "replies" / "libreoffice_reply.xlsx"
LIBREOFFICE_MERGED = [  # what the reply saved by LibreOffice changes, as import prints it
    "  1.1: status In progress → Done; RAG Red → none; update added (24 Nov 2026)",
    "  2.2: RAG Amber → Green; due 31 Mar 2027 → 30 Jun 2027 (end of June 2027);"
    " update added (24 Nov 2026)",
]


def test_a_reply_saved_by_libreoffice_keeps_its_lists_and_merges(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Marina's pack, filled in and saved by LibreOffice Calc 7.4 (which rewrites the
    whole file): the hidden sheet, the hidden ids, the dropdowns and the protection
    survive, and the reply merges its two updates, a status, a RAG and a deadline."""
    book = load_workbook(LIBREOFFICE_REPLY)
    assert "<Application>LibreOffice/7.4" in _application(LIBREOFFICE_REPLY)
    assert [s.sheet_state for s in book.worksheets] == ["visible", "hidden"]
    sheet = book.worksheets[0]
    assert sheet.protection.sheet is True
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists == {
        "H6:H7": "actionplan_reply_pack!$D$1:$D$5",
        "I6:I7": "actionplan_reply_pack!$G$1:$G$3",
    }
    assert [sheet.cell(r, 12).value for r in (FIRST, FIRST + 1)] == ["1", "4"]
    monkeypatch.setattr("store.chase.secrets.token_hex", lambda n: "0123456789ab")
    code, _, err = run(capsys, "chase", "--db", db, "--lead", "mar", "-o", tmp_path)
    assert code == 0, err
    code, out, err = run(capsys, "import", LIBREOFFICE_REPLY, "--db", db)
    assert code == 0, err
    assert out.splitlines()[1:] == LIBREOFFICE_MERGED
    with Store.open(db) as store:
        texts = [u.text for u in store.action_detail(store.find_action("2.2").id).updates]
        assert "Marina Kitchen: Peer review booked for February" in texts


def test_a_reply_libreoffice_saved_in_its_own_format_merges_the_same(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """LibreOffice proposes its own format when a lead saves: the .ods reply is known by
    its hidden sheet and merges like the .xlsx (before, it imported as a new plan with
    3 actions); the .xlsx of the same reply is then already imported; the plan importer
    (the TUI's workbench) says what it is."""
    from importers import ImportFailure, ImportOptions, load

    ods = LIBREOFFICE_REPLY.with_suffix(".ods")
    monkeypatch.setattr("store.chase.secrets.token_hex", lambda n: "0123456789ab")
    run(capsys, "chase", "--db", db, "--lead", "mar", "-o", tmp_path)
    code, out, err = run(capsys, "import", ods, "--db", db)
    assert code == 0, err
    assert out.splitlines()[1:] == LIBREOFFICE_MERGED
    before = dump(db)
    code, out, _ = run(capsys, "import", LIBREOFFICE_REPLY, "--db", db)
    assert (code, out) == (0, f"{LIBREOFFICE_REPLY.name}: already imported; nothing changed\n")
    assert dump(db) == before
    with pytest.raises(ImportFailure, match="a lead's reply to an update request, not a plan"):
        load(ods, ImportOptions(today=dt.date(2026, 11, 24)))


def _application(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("docProps/app.xml").decode()


def test_a_status_word_that_is_also_a_colour_is_in_neither_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Marshfield's status column said "Slipped" (in progress, red): the lead's status
    list says "In progress" and the RAG list "Red", not "Slipped" in both."""
    db = worded_plan(tmp_path, {"Status (as written)": "Slipped"})
    run(capsys, "chase", "--db", db, "--lead", "Marina", "-o", tmp_path, "--text")
    lists = load_workbook(tmp_path / BOOK)["actionplan_reply_pack"]
    assert [c.value for c in lists["D"]][:2] == ["Not started", "In progress"]
    assert [c.value for c in lists["G"]][:3] == ["Red", "Amber", "Green"]
    body = (tmp_path / BOOK.replace(".xlsx", ".txt")).read_text()
    assert "Status words: Not started, In progress, Blocked, Done, Dropped" in body
    assert "(2 actions)" in body.splitlines()[0]


def test_chase_makes_the_folder_it_writes_to_and_refuses_a_deeper_typo(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "chase", "--db", db, "--lead", "mar", "-o", tmp_path / "chase")
    assert code == 0, err
    assert (tmp_path / "chase" / BOOK).is_file()
    assert (tmp_path / "chase").stat().st_mode & 0o777 == 0o700
    code, _, err = run(capsys, "chase", "--db", db, "-o", tmp_path / "typo" / "chase")
    assert code == 1
    assert (
        err
        == f"actionplan: {tmp_path / 'typo' / 'chase'}: no such folder (nor {tmp_path / 'typo'})\n"
    )
    assert not (tmp_path / "typo").exists()


def test_a_reply_dating_an_undated_action_says_what_it_was_written_as(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """2.1 is due "Ongoing": the report said "due no date → …", as if it had none."""
    run(capsys, "chase", "--db", db, "--lead", "Jane", "-o", tmp_path)
    book = tmp_path / "Update request - Jane Humphreys - 2026-11-24.xlsx"
    reply = fill(book, tmp_path / "r.xlsx", {"J6": "31/3/2027"})
    code, out, err = run(capsys, "import", reply, "--db", db)
    assert code == 0, err
    assert "  2.1: due Ongoing → 31 Mar 2027" in out.splitlines()  # a day: the date says it


def test_a_changed_hidden_sheet_is_one_line_naming_the_file(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, the line began "<openpyxl.workbook.workbook.Workbook object at 0x…>"."""
    book = load_workbook(pack)
    book["actionplan_reply_pack"]["B1"] = "not a pack"
    book.save(tmp_path / "reply.xlsx")
    before = dump(db)
    code, _, err = run(capsys, "import", tmp_path / "reply.xlsx", "--db", db)
    assert (code, err) == (1, "actionplan: reply.xlsx: the pack's hidden sheet was changed\n")
    assert dump(db) == before


def test_a_lead_written_surname_first_names_the_file_without_a_stray_hyphen(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "MILLER, Aaron" made "Update request - MILLER- Aaron - …": the comma is a pause,
    a space in a file name."""
    store = Store.open(db)
    store.set_people(store.find_action("2.1").id, leads=["MILLER, Aaron"], responsible=[])
    store.close()
    code, _, err = run(capsys, "chase", "--db", db, "--lead", "MILLER", "-o", tmp_path)
    assert code == 0, err
    assert [p.name for p in tmp_path.glob("*.xlsx")] == [
        "Update request - MILLER Aaron - 2026-11-24.xlsx"
    ]


def test_replies_merged_together_credit_each_change_to_its_own_lead(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two replies merged in one command credited both leads on every action: Mark's
    2.3 said "reply from Mark Evans; Sarah Okafor". Each change names its own reply;
    the command stays one edit, which one undo takes back."""
    code, _, err = run(capsys, "chase", "--db", db, "--lead", "jane", "-o", tmp_path / "j")
    assert code == 0, err
    janes = tmp_path / "j" / "Update request - Jane Humphreys - 2026-11-24.xlsx"
    marina = fill(pack, tmp_path / "marina.xlsx", {"H6": "Blocked"})
    jane = fill(janes, tmp_path / "jane.xlsx", {"I6": "Green"})
    code, _, err = run(capsys, "import", marina, jane, "--db", db)
    assert code == 0, err
    with Store.open(db) as store:
        credited = {
            ref: store.action_history(store.find_action(ref).id)[0].label for ref in ("1.1", "2.1")
        }
    assert credited == {"1.1": "reply from Marina Kitchen", "2.1": "reply from Jane Humphreys"}
    conn = sqlite3.connect(db)
    edits = conn.execute("SELECT label FROM batches WHERE label LIKE 'reply from%'").fetchall()
    conn.close()
    assert edits == [("reply from Marina Kitchen",), ("reply from Jane Humphreys",)]


def test_each_reply_of_one_import_is_its_own_undo_step_in_its_own_plan(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Eight replies to two plans imported together were one undo step: Ctrl+Z in one
    plan offered "Undo the reply from Helen Ward; Jo Brennan; …", the other plan's
    actions with it. Each reply is its own step, undone in the plan it answers; the
    import stays all or nothing."""
    with Store.open(db) as store:
        store.merge_plans([small_plan("Second plan")], "test import")
        first, second = sorted(p.id for p in store.plans())
    code, _, err = run(capsys, "chase", "--db", db, "--lead", "mar", "-o", tmp_path / "p")
    assert code == 0, err
    packs = sorted((tmp_path / "p").glob("*.xlsx"))
    assert len(packs) == 2  # Marina leads actions in both plans
    replies = [fill(p, tmp_path / f"r{i}.xlsx", {"H6": "Blocked"}) for i, p in enumerate(packs)]
    code, _, err = run(capsys, "import", *replies, "--db", db)
    assert code == 0, err
    with Store.open(db) as store:
        offered = {plan: store.next_undo(own_only=False, plan_id=plan) for plan in (first, second)}
        for plan, candidate in offered.items():
            assert candidate is not None
            touched = {c.entity_id for c in candidate.entry.changes if c.entity == "action"}
            assert touched and {store.action(a).plan_id for a in touched} == {plan}
            assert candidate.entry.label == "reply from Marina Kitchen"
        undo = offered[first]
        assert undo is not None
        store.undo_batch(undo.entry.id)
    conn = sqlite3.connect(db)
    statuses = dict(conn.execute("SELECT plan_id, status FROM actions WHERE ref = '1.1'"))
    conn.close()
    assert statuses == {first: "in_progress", second: "blocked"}


def test_a_reply_that_changed_an_action_puts_it_in_the_next_review(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Sarah's reply moved 1.1 by +122 days, Amber → Green, and the next weekly review
    did not list it (the README: the review shows replies received on each action)."""
    from store import review

    with Store.open(db) as store:
        plan_id = store.plans()[0].id
        first = review.start_review(store, plan_id, review.ReviewThresholds())
        review.finish_review(store, first.id)
    # 2.2: its progress update brings it up to date; only the reply is news
    merged(pack, db, capsys, {"I7": "Green", "K7": "Reviewer found"}, "r.xlsx")
    with Store.open(db) as store:
        queued = review.start_review(store, plan_id, review.ReviewThresholds())
        reasons = {item.action.ref: item.reasons for item in queued.items}
    assert reasons["2.2"] == ["reply from Marina Kitchen"]
    assert reasons["1.1"][-1] != "reply from Marina Kitchen"  # no row of its filled in


def test_a_responsible_officer_is_chased_as_list_finds_them_and_told_their_role(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`chase --lead Bill` said "no lead with open actions is called 'Bill'" though
    `list --lead Bill` finds 1.1, where he is the responsible officer (his own 1.2 is
    done): chase reads the name as list does, and the pack says which actions he leads
    and which he is responsible for."""
    code, out, err = run(capsys, "list", "--db", db, "--lead", "Bill", "--json")
    assert code == 0, err
    assert sorted(a["ref"] for a in json.loads(out) if a["status"] != "done") == ["1.1"]
    code, out, err = run(capsys, "chase", "--db", db, "--lead", "Bill", "-o", tmp_path / "a")
    assert (code, err) == (0, "")
    book = tmp_path / "a" / "Update request - Bill Basra - 2026-11-24.xlsx"
    assert out == f"Bill Basra: 1 action, 1 overdue → {book}\n"
    assert [r[0] for r in rows_of(book)] == ["1.1"]
    assert load_workbook(book).worksheets[0]["A4"].value == (
        "You are the responsible officer for 1.1 (not its lead)."
    )
    with Store.open(db) as store:
        store.set_people(store.find_action("2.1").id, ["Bill Basra"], [])
    code, out, err = run(
        capsys, "chase", "--db", db, "--lead", "Bill", "-o", tmp_path / "b", "--text"
    )
    assert (code, err) == (0, "")
    book = tmp_path / "b" / book.name
    assert [r[0] for r in rows_of(book)] == ["1.1", "2.1"]
    assert load_workbook(book).worksheets[0]["A4"].value == (
        "You lead 2.1; you are the responsible officer for 1.1 (not its lead)."
    )
    text = book.with_suffix(".txt").read_text()
    assert "    Your role: responsible officer (lead: Marina Kitchen)" in text
    assert "    Your role: lead" in text


def test_one_wrong_row_among_several_replies_says_none_was_merged_and_which_to_fix(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One wrong-plan row in one of ten replies refused the batch in a line naming only
    that file: the other nine looked merged. All or nothing stays, and the line says so."""
    code, _, err = run(capsys, "chase", "--db", db, "--lead", "jane", "-o", tmp_path / "j")
    assert code == 0, err
    janes = tmp_path / "j" / "Update request - Jane Humphreys - 2026-11-24.xlsx"
    jane = fill(janes, tmp_path / "jane.xlsx", {"I6": "Green"})
    bad = fill(pack, tmp_path / "Tom PC.xlsx", {"H6": "Blocked", "L6": "999"})
    before = dump(db)
    code, out, err = run(capsys, "import", jane, bad, "--db", db)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("actionplan: Tom PC.xlsx: row 6 (ref 1.1): its hidden identifiers")
    assert err.endswith(
        "; refused; nothing was written, the other reply was not merged either:"
        " fix or remove 'Tom PC.xlsx' and run again\n"
    )
    assert dump(db) == before


def test_import_of_a_reply_refuses_a_plan_other_than_the_replys_own(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`import "Tom VfM.xlsx" --plan 1` merged the reply into its own plan, 2, and said
    nothing of --plan: it is refused in one line, nothing written; its own plan is fine."""
    with Store.open(db) as store:
        store.merge_plans([small_plan("Second plan")], "test import")
    code, _, err = run(capsys, "chase", "--db", db, "--lead", "mar", "--plan", "2", "-o", tmp_path)
    assert code == 0, err
    (pack,) = tmp_path.glob("*.xlsx")
    reply = fill(pack, tmp_path / "Tom VfM.xlsx", {"H6": "Blocked"})
    before = dump(db)
    code, out, err = run(capsys, "import", reply, "--plan", "1", "--db", db)
    assert (code, out) == (1, "")
    assert err == (
        "actionplan: Tom VfM.xlsx: a reply to plan 2 'Second plan', not to --plan 1 'Test plan';"
        " nothing was written (a reply merges into its own plan: drop --plan)\n"
    )
    assert dump(db) == before
    code, out, err = run(capsys, "import", reply, "--plan", "2", "--db", db)
    assert code == 0, err
    assert "applied the reply of Marina Kitchen" in out


def test_a_reply_completing_an_action_with_a_rag_leaves_it_unrated_and_says_so(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reply giving New status Done and New RAG Green left 'Done / Green' in every
    paper, while `update --status done` clears the RAG. One rule: completing clears the
    rating, and the RAG given with it is reported as not applied."""
    out = merged(pack, db, capsys, {"H6": "Done", "I6": "Green"}, "r.xlsx")
    assert (
        "  1.1: status In progress → Done; RAG Red → none;"
        " RAG Green not applied: a done action has no RAG rating\n"
    ) in out
    with Store.open(db) as store:
        action = store.find_action("1.1")
    assert (action.status, action.rag) == ("done", None)


def test_update_completing_an_action_with_a_rag_leaves_it_unrated_and_says_so(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`update --status done --rag green` rated the done action Green: the same rule as
    a reply's and the TUI's, said in the line."""
    code, out, err = run(capsys, "update", "1.1", "--status", "done", "--rag", "green", "--db", db)
    assert code == 0, err
    assert out == (
        "1.1: status In progress → Done, RAG Red → none,"
        " RAG Green not applied: a done action has no RAG rating\n"
    )
    with Store.open(db) as store:
        action = store.find_action("1.1")
    assert (action.status, action.rag) == ("done", None)


def test_a_new_status_or_rag_no_word_reads_gets_the_obvious_hint_never_applied(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A date under New status ('31/03/2027') or a misspelt word ('In Progres', 'Gren')
    was said to be no status and kept; the line now says what was obviously meant,
    and still applies no guess."""
    cells: dict[str, object] = {"H6": dt.datetime(2027, 3, 31), "I6": "Gren", "H7": "In Progres"}
    out = merged(pack, db, capsys, cells, "r.xlsx")
    assert (
        "  1.1: New status '31/03/2027' (row 6) is not a status (a date: put it under New due);"
        " status kept; New RAG 'Gren' (row 6) is not a RAG rating (did you mean Green?);"
        " RAG kept\n"
    ) in out
    assert (
        "  2.2: New status 'In Progres' (row 7) is not a status (did you mean In progress?);"
        " status kept\n"
    ) in out
    with Store.open(db) as store:
        one, two = store.find_action("1.1"), store.find_action("2.2")
    assert (one.status, one.rag, two.status) == ("in_progress", "red", "not_started")


def test_a_packs_last_update_is_the_latest_progress_not_a_re_datings_reason(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Marina noted progress on 1.1, then moved its deadline the same day saying why.
    Her pack's Last update, in the workbook and the email, is the progress: the reason
    is not news of the action, and she wrote it herself."""
    progress = "Form signed off by the board"
    assert run(capsys, "update", "1.1", "--db", db, "--note", progress)[0] == 0
    moved = ("--due", "30/6/2027", "--note", "Printer contract lapsed")
    assert run(capsys, "update", "1.1", "--db", db, *moved)[0] == 0
    code, _, err = run(capsys, "chase", "--db", db, "--lead", "mar", "-o", tmp_path, "--text")
    assert code == 0, err
    last_update = {r[0]: r[6] for r in rows_of(tmp_path / BOOK)}
    assert last_update == {"2.2": None, "1.1": f"24 Nov 2026: {progress}"}
    body = (tmp_path / BOOK).with_suffix(".txt").read_text()
    assert f"    Last update: 24 Nov 2026: {progress}\n" in body


def test_a_replys_progress_given_with_a_new_due_is_the_latest_update(
    pack: Path, db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Marina's reply moved 1.1's deadline and wrote its news in the Progress update
    column. The CSV and her next pack showed her September note as the latest update,
    and her reply only as why the deadline moved: a reply's progress update is progress,
    whatever else the reply changed (a reason is typed with the move in the app)."""
    merged(pack, db, capsys, {"J6": "30/6/2027", "K6": "Board approved the draft"})
    said = "Marina Kitchen: Board approved the draft"
    exported = tmp_path / "plan.csv"
    assert run(capsys, "export", "--db", db, "--format", "csv", "-o", exported)[0] == 0
    rows = csv.DictReader(io.StringIO(exported.read_text(encoding="utf-8-sig")))
    assert {r["Ref"]: r["Latest update"] for r in rows}["1.1"] == said
    again = tmp_path / "next"
    assert run(capsys, "chase", "--db", db, "--lead", "mar", "-o", again)[0] == 0
    assert {r[0]: r[6] for r in rows_of(again / BOOK)}["1.1"] == f"24 Nov 2026: {said}"


def test_a_replys_progress_beside_its_new_date_is_progress_not_why_it_moved(
    pack: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Marina's reply moved 2.2 to June and told its news in the update column. The
    reply's column says "Progress update": the paper shows it as 2.2's latest update,
    and its Why says the slip alone, never her news as the reason for the move (it
    said it twice, once as each)."""
    merged(pack, db, capsys, {"J7": "30/6/2027", "K7": "Reviewer named for June"})
    code, paper, err = run(capsys, "export", "--db", db, "--format", "md")
    assert code == 0, err
    row = [line for line in paper.splitlines() if line.startswith("| 2.2 |")][-1]
    assert row.endswith("| 24 Nov 2026: Marina Kitchen: Reviewer named for June |")
    exceptions = paper.split("## Exceptions")[1].split("## ")[0]
    why = next(line for line in exceptions.splitlines() if line.startswith("| 2.2 |"))
    assert why.endswith("| slipped +91 days |")


def test_a_word_line_break_in_a_replys_progress_is_a_line_break_in_the_update(
    pack: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lead pastes their progress from Word: its manual line break is a vertical tab,
    which Excel saves as '_x000B_' (and a pasted carriage return as '_x000D_'). The
    update merged is the lead's lines, as an import reads them, not the escape's text."""
    said = "Signed off at CMT._x000B_Minutes to follow._x000D_\nDone."
    assert "update added" in merged(pack, db, capsys, {"K6": said})
    with Store.open(db) as store:
        notes = store.action_detail(store.find_action("1.1").id).updates
    assert notes[0].text == "Marina Kitchen: Signed off at CMT.\nMinutes to follow.\nDone."
