"""Layout for every terminal size: what the list shows and how the panes open."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc
from store.models import RecommendationRow
from store.post_words import GENERIC_POST_WORDS, ROLE_WORDS
from tests.tui.test_tui_main import screen_text, settle
from tui import open_app
from tui.names import short_name
from tui.widgets.action_list import ROOMY_TEXT, ActionList, columns_for
from tui.widgets.detail import DetailPane
from tui.widgets.rec_list import RecList, parting_points

LONG_TEXT = "Agree an overarching outcomes framework with partners across the county"


def long_plan(db: Path, refs: list[str]) -> None:
    actions = [
        ActionDoc(
            ref=r,
            text=f"{LONG_TEXT} {r}",
            due=dt.date(2027, 3, 31),
            due_text="31/3/2027",
            status="in_progress",
        )
        for r in refs
    ]
    doc = PlanDoc(title="Plan", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    s = Store.open(db)
    s.merge_plans([doc], "test")
    s.close()


async def test_at_80x24_each_row_shows_25_characters_due_and_status(db_path: Path) -> None:
    long_plan(db_path, ["1.1", "1.2"])
    async with open_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = screen_text(pilot.app).splitlines()
        row = next(line for line in lines if "1.2 " in line)
        assert LONG_TEXT[:25] in row
        assert "31 Mar 27" in row and "In progress" in row  # in full, not "In prog"
        assert lines[-1].rstrip().endswith("? Help")


async def test_the_ref_column_is_as_wide_as_the_longest_ref(db_path: Path) -> None:
    long_plan(db_path, ["1.1", "1.2.3.4a"])
    async with open_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(pilot.app)
        assert re.search(r"  1\.1      Agree", text)  # "1.2.3.4a" is 8: the column is 9
        assert re.search(r"  1\.2\.3\.4a Agree", text)


async def test_below_140_columns_the_panes_open_on_demand(db: Path) -> None:
    async with open_app(db).run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        recs, detail = screen.query_one(RecList), screen.query_one(DetailPane)
        assert not recs.display and not detail.display
        await pilot.press("g")  # the recommendations open beside the list
        await settle(pilot)
        assert recs.display and recs.has_focus and screen.query_one(ActionList).display
        await pilot.press("down", "enter")  # recommendation 1 chosen: back to its actions
        await settle(pilot)
        assert not recs.display and screen.query_one(ActionList).has_focus
        await pilot.press("enter")  # the detail opens instead of the list
        await settle(pilot)
        assert detail.display and detail.has_focus
        assert not screen.query_one("#middle").display
        assert "Write the strategy" in screen_text(pilot.app)
        await pilot.press("escape")
        await settle(pilot)
        assert not detail.display and screen.query_one(ActionList).has_focus


async def test_at_160_columns_all_three_panes_show_and_g_hides_the_recommendations(
    db: Path,
) -> None:
    """g is offered at every width: wide, it hides the recommendations (the list takes
    their room) and shows them again; it never starts a search for "g"."""
    async with open_app(db).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        screen = pilot.app.screen
        recs, actions = screen.query_one(RecList), screen.query_one(ActionList)
        assert recs.display and screen.query_one(DetailPane).display
        assert "g Recs" in screen_text(pilot.app)
        width = actions.size.width
        await pilot.press("g")
        await settle(pilot)
        assert not recs.display and actions.has_focus and actions.size.width > width
        assert "search: g" not in screen_text(pilot.app)
        assert "g Recs" in screen_text(pilot.app)
        await pilot.press("g")
        await settle(pilot)
        assert recs.display and recs.has_focus and actions.size.width == width


def plan_with_leads(db: Path) -> None:
    """1.1 has two leads, 1.2 one."""
    actions = [
        ActionDoc(ref="1.1", text=f"{LONG_TEXT} 1.1", leads=["Ann Lee", "Bo Chan"]),
        ActionDoc(ref="1.2", text=f"{LONG_TEXT} 1.2", leads=["Bo Chan"]),
    ]
    doc = PlanDoc(title="Plan", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    s = Store.open(db)
    s.merge_plans([doc], "test")
    s.close()


async def test_at_160_columns_the_list_shows_the_first_lead_and_how_many_more(
    db_path: Path,
) -> None:
    """A meeting triages by lead: at 160x48, beside both panes, each row names its lead
    ("+1" for a second one) beside the status in full and Upd; the text keeps 30 cells."""
    plan_with_leads(db_path)
    async with open_app(db_path).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        lines = screen_text(pilot.app).splitlines()
        assert any(re.search(r"  Ref Action +Lead +Due", line) for line in lines)
        first = next(line for line in lines if "  1.1 " in line)
        assert re.search(r"1\.1 .{29} Ann Lee \+1    — ", first)
        assert " Bo Chan       — " in next(line for line in lines if "  1.2 " in line)


def plan_with_long_leads(db: Path, ref: str) -> None:
    """Actions "<ref>1".."<ref>3" led by a person, a post and two people."""
    leads = [["Marina Kitchen"], ["Exchequer Manager"], ["Group Manager Prevention", "Bo Chan"]]
    actions = [
        ActionDoc(ref=f"{ref}{n}", text=f"{LONG_TEXT} {n}", leads=names)
        for n, names in enumerate(leads, 1)
    ]
    doc = PlanDoc(title="Plan", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    s = Store.open(db)
    s.merge_plans([doc], "test")
    s.close()


async def test_at_80x24_each_row_names_its_lead_short(db_path: Path) -> None:
    """A programme manager triages by lead at 80 columns: each row names its lead, as
    short as fits (the surname after the initials, a post cut with "…", beside "+1"),
    with the text keeping 25 cells; even with refs like "IA25/07.1"."""
    for ref in ("1.", "IA25/07."):
        db = db_path.with_name(f"{len(ref)}.db")
        plan_with_long_leads(db, ref)
        async with open_app(db).run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            lines = screen_text(pilot.app).splitlines()
            assert any(re.search(r"  Ref +Action +Lead +Due +Status", line) for line in lines)
            row = {n: next(line for line in lines if f"{ref}{n} " in line) for n in (1, 2, 3)}
            assert LONG_TEXT[:25] in row[1]
            assert " M Kitchen " in row[1] and " Exchequer… " in row[2]
            # a post is cut with "…", never initials ("GMP" read as a person's)
            assert re.search(r" Group[^ ]*… \+1 ", row[3]), row[3]


async def test_a_list_of_one_leads_actions_gives_the_lead_column_to_the_text(
    db_path: Path,
) -> None:
    """Filtered to a lead, every row's lead is that one: the column goes, the text and
    the status in full take its cells; cleared, it comes back."""
    plan_with_long_leads(db_path, "IA25/07.")
    async with open_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"marina", "enter")
        await settle(pilot)
        lines = screen_text(pilot.app).splitlines()
        assert not any(re.search(r"  Ref +Action +Lead", line) for line in lines)
        row = next(line for line in lines if "IA25/07.1 " in line)
        assert "Kitchen" not in row and "Not started" in row
        await pilot.press("escape")
        await settle(pilot)
        assert " M Kitchen " in screen_text(pilot.app)


async def test_at_160x48_a_long_ref_keeps_the_lead_column(db_path: Path) -> None:
    """Refs like "IA25/07.1" left no room for the lead beside both panes: it shows."""
    plan_with_long_leads(db_path, "IA25/07.")
    async with open_app(db_path).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        lines = screen_text(pilot.app).splitlines()
        assert any(re.search(r"  Ref +Action +Lead +Due", line) for line in lines)
        assert " M Kitchen " in next(line for line in lines if "┃  IA25/07.1 " in line)


def test_a_long_ref_still_leaves_the_lead_a_column_beside_the_panes() -> None:
    """At 160 columns the list beside both panes is 82 cells: refs like "MD1.1" left the
    lead no room at 14 cells; it shows at 11 ("Ann Lee +1") and the text keeps 40."""
    cols = columns_for(82, len("MD1.1"))
    assert cols.leads == 11 and cols.text >= ROOMY_TEXT


def test_the_year_shows_only_where_the_status_shows_in_full() -> None:
    """ "In prog" beside "30 Sep 2026" reads oddly: the status's words come first."""
    for width in range(40, 200):
        for ref_width in (3, 5, 9):
            cols = columns_for(width, ref_width)
            assert cols.long_status or not cols.long_due, (width, ref_width)


async def test_at_160_columns_the_list_keeps_the_status_words_and_upd(db_path: Path) -> None:
    """Beside both panes the list is wider than at 80x24: it shows what 80x24 shows
    ("In progress", the Upd column), the action's text giving up cells first."""
    plan_with_leads(db_path)
    async with open_app(db_path).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        lines = screen_text(pilot.app).splitlines()
        assert any(re.search(r"  Ref Action +Lead +Due +Status +RAG +Upd", line) for line in lines)


def test_a_wider_list_never_shows_fewer_columns() -> None:
    """Widening the list only adds columns or widens them: it never trades the status's
    words or Upd for another column."""
    for ref_width in (3, 5, 9):
        before = columns_for(40, ref_width)
        for width in range(41, 200):
            cols = columns_for(width, ref_width)
            for name in ("leads", "due", "status", "updated"):
                assert getattr(cols, name) >= getattr(before, name), (width, ref_width, name)
            before = cols


SAME_OPENING = "The local authority should ensure that"
ALIKE = [
    f"{SAME_OPENING} children in care have a permanence plan by their second review.",
    f"{SAME_OPENING} care leavers have a pathway plan that they helped to write.",
    f"{SAME_OPENING} all children at risk of exploitation are known to the MACE panel.",
    "Strengthen management oversight in the referral and assessment service.",
]


async def test_recommendations_that_open_alike_can_be_told_apart(db_path: Path) -> None:
    """At 160x48 the pane cut each text at one line: three recommendations opening "The
    local authority should ensure that …" read the same. Each shows its ref and two
    lines; where the shared opening fills them, the second line starts at the words
    that differ."""
    recs = [
        RecommendationDoc(
            ref=str(n),
            text=text,
            actions=[ActionDoc(ref=f"{n}.1", text="Agree the plan", leads=["Kate Ellis"])],
        )
        for n, text in enumerate(ALIKE, 1)
    ]
    store = Store.open(db_path)
    store.merge_plans([PlanDoc(title="Alike", recommendations=recs)], "test import")
    store.close()
    async with open_app(db_path).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        pane = [line[1:32] for line in screen_text(pilot.app).splitlines()[3:20]]
        entries = ["\n".join(pane[n : n + 2]) for n in range(3, 15, 3)]
        assert [e.split()[0] for e in entries] == ["1", "2", "3", "4"]
        assert "children in care" in entries[0]
        assert "care leavers" in entries[1]
        assert "all children at" in entries[2]
        assert "Strengthen management" in entries[3] and "oversight" in entries[3]
        assert pane[5].split()[:2] == ["0/1", "done"]  # each entry's counts under its text


def test_a_parting_point_falls_at_a_word_whatever_the_letters_lower_to() -> None:
    """ "İ" lowers to two characters: measured on the lowered text, the point fell two
    places late on the text as written, and the second line began mid-word."""
    opening = "İzmir İl Müdürlüğü should ensure that"
    texts = [f"{opening} children in care have a plan", f"{opening} care leavers have a home"]
    recs = [
        RecommendationRow(
            id=n, plan_id=1, ref=str(n), text=t, fields={}, total=0, done=0, overdue=0
        )  # fmt: skip
        for n, t in enumerate(texts, 1)
    ]
    points = parting_points(recs)
    assert [t[points[n] :] for n, t in enumerate(texts, 1)] == [
        "children in care have a plan",
        "care leavers have a home",
    ]


def test_a_post_named_by_what_it_serves_is_shortened_to_that() -> None:
    """Two heads in a 9-cell Lead column stay told apart: 'Head of Service' and 'Head of
    ICT' were 'Head of' (the post word 'Service' dropped) and 'H ICT' (a person's
    initials); they are what each post serves."""
    assert short_name("Head of Service", 9) == "…Service"
    assert short_name("Head of ICT", 9) == "…ICT"
    assert short_name("Clerk to the Corporation", 9) == "…Corpora…"
    assert short_name("Head of ICT", 11) == "Head of ICT"
    assert short_name("Exchequer Manager", 9) == "Excheque…"  # a post: cut, and seen to be


def test_a_post_is_cut_with_an_ellipsis_never_made_initials_nor_its_first_words() -> None:
    """The Lead column and the importer share one vocabulary (store.post_words). A post
    shortened to its first words read as the whole post ("Medical" for Medical Director,
    "Finance"), and to an initial as a person ("C Nurse": someone called Nurse): a post
    is cut with "…". 'Unit' ends a team's name though the importer never reads it as a
    role."""
    assert short_name("Finance Manager", 10) == "Finance M…"
    assert short_name("Fraud Unit", 9) == "Fraud Un…"
    assert short_name("Chief Nurse", 10) == "Chief Nur…"
    assert short_name("Medical Director", 10) == "Medical D…"
    assert short_name("Deputy Chief Constable", 13) == "Deputy Chief…"
    assert short_name("Marina Kitchen", 10) == "M Kitchen"  # a person's name: initials
    assert GENERIC_POST_WORDS <= ROLE_WORDS and "unit" not in ROLE_WORDS


SCHOOL_LEADS = ["DHT (curriculum)", "Subject leaders", "English lead", "Head of Finance (JO’Neill)"]


async def test_school_posts_in_the_lead_column_keep_what_tells_them_apart(db_path: Path) -> None:
    """The user check at 80 columns read 'D' for 'DHT (curriculum)' (a person's initials),
    'leaders' for 'Subject leaders' (a surname), 'English' for 'English lead' (a subject)
    and '…Finance…' for 'Head of Finance (JO’Neill)'; at 160, '(curriculum)'. A bracket
    is the post's qualifier, a lowercase word no surname, and a lead keeps "lead"."""
    actions = [
        ActionDoc(ref=f"1.{n}", text=f"Action {n}", leads=[lead])
        for n, lead in enumerate(SCHOOL_LEADS, 1)
    ]
    recs = [RecommendationDoc(ref="1", text="Teaching", actions=actions)]
    store = Store.open(db_path)
    store.merge_plans([PlanDoc(title="School", recommendations=recs)], "test import")
    store.close()
    seen = {}
    for size in ((80, 24), (160, 48)):
        async with open_app(db_path).run_test(size=size) as pilot:
            await settle(pilot)
            lines = screen_text(pilot.app).splitlines()
            rows = [line for line in lines if re.search(r"┃  1\.\d ", line)]  # the list's rows
            seen[size] = [next(row for row in rows if f"1.{n} " in row) for n in (1, 2, 3, 4)]
    narrow = seen[(80, 24)]
    assert "DHT (curr…" in narrow[0] and "Subject l…" in narrow[1]
    assert "Engl. lead" in narrow[2] and "…Finance " in narrow[3]
    wide = seen[(160, 48)]
    assert "DHT (curricu…" in wide[0] and "Subj. leaders" in wide[1]


async def test_a_title_is_not_an_initial_in_the_lead_column(db_path: Path) -> None:
    """ "Dr Amir Khan" showed as "DA Khan": the title is kept as a title."""
    actions = [
        ActionDoc(ref="1.1", text=LONG_TEXT, leads=["Dr Amir Khan"]),
        ActionDoc(ref="1.2", text=LONG_TEXT, leads=["Cllr Joanna Bloggs"]),
    ]
    doc = PlanDoc(title="Plan", recommendations=[RecommendationDoc(ref="1", actions=actions)])
    with Store.open(db_path) as s:
        s.merge_plans([doc], "test")
    async with open_app(db_path).run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = screen_text(pilot.app).splitlines()
        row = {ref: next(line for line in lines if f" {ref} " in line) for ref in ("1.1", "1.2")}
    assert " Dr A Khan " in row["1.1"] and " J Bloggs " in row["1.2"]
    assert short_name("Mrs Helen Marsh", 9) == "Mrs Marsh"


def test_a_bracket_or_a_lowercase_last_word_is_never_a_persons_surname() -> None:
    assert short_name("DHT (curriculum)", 10) == "DHT (curr…"
    assert short_name("DHT (curriculum)", 5) == "DHT…"  # every cut shows "…"
    assert short_name("Head of Finance (JO’Neill)", 10) == "…Finance"
    assert short_name("Subject leaders", 10) == "Subject l…"
    assert short_name("English lead", 10) == "Engl. lead"
    assert short_name("English lead", 12) == "English lead"
    assert short_name("Marina Kitchen (interim)", 10) == "M Kitchen"


async def test_a_one_line_recommendation_has_its_counts_straight_under_it(
    db_path: Path,
) -> None:
    """With one long recommendation every entry takes three lines. A short one's counts
    sat on the third, under a blank line and straight above the next entry's ref:
    "2/3 done" read as the next recommendation's. Its counts follow its text."""
    recs = [
        RecommendationDoc(
            ref=str(n),
            text=text,
            actions=[ActionDoc(ref=f"{n}.1", text="Agree the plan", leads=["Kate Ellis"])],
        )
        for n, text in enumerate(["Payroll", ALIKE[0], "Cyber security"], 1)
    ]
    store = Store.open(db_path)
    store.merge_plans([PlanDoc(title="Short and long", recommendations=recs)], "test import")
    store.close()
    async with open_app(db_path).run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        pane = [line[1:31].strip() for line in screen_text(pilot.app).splitlines()[3:16]]
        payroll = next(n for n, line in enumerate(pane) if line.startswith("1 Payroll"))
        assert pane[payroll + 1].startswith("0/1 done")
        assert pane[payroll + 2] == ""  # the entry's spare line is last, apart from the next
        assert pane[payroll + 3].startswith("2 ")
