"""Lead names shortened as they read: the user check read 'C Nurse' for Chief Nurse (a
person called Nurse), 'Medical' for Medical Director with no '…', and the dashboard's
'Chief Operating Office' cut unseen, at 80 and at 160 columns. Only a person's name is
shortened to an initial; a post is cut with '…'; every cut shows '…'."""

from __future__ import annotations

import re
from pathlib import Path

from actionplan.cli import main
from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc
from tests.tui.test_tui_main import detail_text, screen_text, settle
from tui import open_app

LEADS = ["Chief Nurse", "Medical Director", "Chief Operating Officer", "Marina Kitchen"]
TEXT = "Introduce a weekly audit of falls risk assessments on every ward"


def posts_plan(db: Path) -> None:
    actions = [
        ActionDoc(ref=f"1.{n}", text=TEXT, leads=[lead], status="in_progress")
        for n, lead in enumerate(LEADS, 1)
    ]
    doc = PlanDoc(title="CQC plan", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    with Store.open(db) as s:
        s.merge_plans([doc], "test")


def shortened(cell: str, name: str) -> bool:
    """``cell`` holds ``name`` whole or a start of it ending "…"."""
    return name in cell or any(f"{name[:n]}…" in cell for n in range(3, len(name)))


async def test_posts_are_cut_with_an_ellipsis_in_the_list_at_80_and_160(db_path: Path) -> None:
    posts_plan(db_path)
    for size in ((80, 24), (160, 48)):
        async with open_app(db_path).run_test(size=size) as pilot:
            await settle(pilot)
            lines = screen_text(pilot.app).splitlines()
        rows = {n: next(x for x in lines if re.search(rf"┃  1\.{n} ", x)) for n in (1, 2, 3, 4)}
        assert " C Nurse " not in rows[1] and shortened(rows[1], "Chief Nurse"), rows[1]
        assert not re.search(r" Medical +\d", rows[2]) and shortened(rows[2], "Medical Director")
        assert shortened(rows[3], "Chief Operating Officer"), rows[3]
        assert "Kitchen" in rows[4]  # a person: "M Kitchen" where the name does not fit


async def test_a_team_or_a_long_surname_reads_as_words_never_initials(db_path: Path) -> None:
    """The user check at 80 columns read 'LD' for Learning and Development, and 'L
    Development' at 160 (a person called Development); a surname longer than the column
    ('Smith-Jones') became initials ('AS'). A name joined by 'and' is a team's, cut with
    '…'; a person's surname that does not fit is cut, never initials; the detail names
    each whole."""
    leads = ["Learning and Development", "Ann Smith-Jones", "Chris Featherstonehaugh"]
    actions = [ActionDoc(ref=f"1.{n}", text=TEXT, leads=[lead]) for n, lead in enumerate(leads, 1)]
    doc = PlanDoc(title="Plan", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    with Store.open(db_path) as s:
        s.merge_plans([doc], "test")
    for size in ((80, 24), (160, 48)):
        async with open_app(db_path).run_test(size=size) as pilot:
            await settle(pilot)
            lines = screen_text(pilot.app).splitlines()
            detail = detail_text(pilot.app) if size == (160, 48) else ""
        rows = {n: next(x for x in lines if re.search(rf"┃  1\.{n} ", x)) for n in (1, 2, 3)}
        assert shortened(rows[1], "Learning and Development"), rows[1]
        assert not re.search(r" (LD|L Development) ", rows[1]), rows[1]
        assert shortened(rows[2], "Smith-Jones") and " AS " not in rows[2], rows[2]
        assert shortened(rows[3], "Featherstonehaugh") and " CF " not in rows[3], rows[3]
    assert "Leads: Learning and Development" in detail


async def test_the_dashboards_chasing_panel_cuts_a_post_with_an_ellipsis(
    db_path: Path, tmp_path: Path
) -> None:
    posts_plan(db_path)
    assert main(["chase", "--db", str(db_path), "-o", str(tmp_path / "packs")]) == 0
    async with open_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("D")
        await settle(pilot)
        shown = screen_text(pilot.app)
    assert "Chief Operating Office " not in shown
    assert "Chief Operating Offic… " in shown


async def test_a_bracket_holding_a_bracket_never_displaces_the_leads_opening_words(
    db_path: Path,
) -> None:
    """The user check at 80 columns read '…Legal (O…' for 'RIPA Co-ordinator (Deputy Head
    of Legal (Operational))': the bracket holds a bracket, so it was not seen as the
    post's qualifier and its 'of' made the post one named by what it serves. The lead's
    own opening words show, cut with '…', at 80 and 160; the detail names it whole."""
    lead = "Records Officer (Assistant Head of Data (Security))"
    actions = [ActionDoc(ref="1.1", text=TEXT, leads=[lead])]
    doc = PlanDoc(title="Plan", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    with Store.open(db_path) as s:
        s.merge_plans([doc], "test")
    for size in ((80, 24), (160, 48)):
        async with open_app(db_path).run_test(size=size) as pilot:
            await settle(pilot)
            row = next(x for x in screen_text(pilot.app).splitlines() if "┃  1.1 " in x)
            detail = detail_text(pilot.app) if size == (160, 48) else ""
        assert re.search(r" Records O\w*… ", row) and "Data" not in row, row
    assert f"Leads: {lead}" in detail
