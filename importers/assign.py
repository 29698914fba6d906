"""Stage 4, assign: a role for each column, from its header words and its cells.

Header words propose (``columns.scores``); the cells confirm, correct or
fill in: a column of short codes is a ref even when headed "Action No", an
"Ofsted Ref" holds the inspection's paragraphs, not the action's ref, and a
headerless column of R/A/G letters is the RAG. The user's ``--map`` wins over
everything. Every role carries the evidence for it, for ``--explain``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from importers import vocab
from importers.cells import MARK_CHARS
from importers.columns import (
    CUES,
    PEOPLE_ROLES,
    REASON_FOR_THE_RATING,
    SINGLE,
    cue_weight,
    headed_by_crew,
    is_item_title,
    month_and_year_columns,
    scores,
    words,
)
from importers.dates import (
    header_year,
    names_month_year_format,
    names_only_a_period,
    names_revised_deadline,
    parse_deadline,
)
from importers.news_rounds import rounds_of_news
from importers.profile import ColumnProfile
from importers.settled import checks, provisional, settled
from importers.status_companions import companion_of

# A ref that points into the inspection report, not at the action.
_SOURCE_REF = re.compile(
    r"\b(ofsted|cqc|inspection|inspectorate|report|para|paragraph|judgement|kloe|"
    r"regulation|reg|hmi\w*|finding|source|page)\b",
    re.IGNORECASE,
)

# A header opened by "Linked", "Related", "See also" or "Cross-ref" ("Linked RAID item":
# R-006, I-003) cites other records, a risk or a decision: never the action's own ID nor
# its group. A header naming the recommendation ("Linked recommendation") is no ref's.
_CITES_OTHERS = re.compile(r"\s*(?:linked|related|see\s+also|cross[\s-]*ref\w*)\b", re.I)


def points_into_report(header: str) -> bool:
    """ "Ofsted Ref", "Inspection para": a header naming a pointer into the report."""
    return bool(_SOURCE_REF.search(header))


_START = re.compile(
    r"\b(start|starts|starting|begin|from|commence\w*|raised|opened|logged|created)\b", re.I
)
# Who wrote or closed an item in a task tool ("Created By", "Completed By", Jira's
# "Reporter"; a SharePoint list's "Author" and "Editor", the internal names of "Created
# By" and "Modified By") or a log ("Raised by", "Logged by"), or where it came from
# ("Raised at": Programme Board, "Identified in"; a scrutiny tracker's "Origin": CRP, PPL, the
# committee that made the recommendation; "Source", "Referred by"): a record, not who
# does the work. Nor do those who follow an item (Jira's "Watchers", a board's
# "Followers", "Subscribers"): they are told of changes and do nothing.
_RECORDED_BY = re.compile(
    r"\b(?:created|completed|closed|modified|updated|edited|resolved|submitted)\s+by\b"
    r"|\b(?:raised|logged|opened|identified|referred)\s+(?:by|at|in|from)\b"
    r"|\b(?:reporter|creator|origins?|originat\w*|sources?)\b"
    # SharePoint's own names alone: a "Report author" is who writes the report, the lead
    r"|^\s*(?:author|editor)\s*$"
    r"|\b(?:watchers?|followers?|subscribers?)\b",
    re.IGNORECASE,
)

# The words a header names the end of the work with, owned here for both readings of such
# a header: when the work was done (``says_when_done``) and the date whose blank says not
# done (``names_completion_date``, read by importers.build). "Completed" and "Closed" are
# in both; a sign-off is the body closing the work, however it is spelt: "Sign-off",
# "Signoff", "Sign off", "Signed off", Word's non-breaking hyphen or a dash between
_ENDED = r"completed|closed"
_SIGN_OFF = r"sign(?:ed)?(?:\s*[-\u2010\u2011\u2013]\s*|\s+)?off"

# When the work was done ("Date completed", "Closed (date)", "Actual completion date"):
# a record of the past, never the deadline — unless the header still looks ahead
# ("To be completed by", "Target date closed").
# "Committee sign-off" over "Signed off 23/09/2026": the body closed the work that day
_FINISHED = re.compile(
    rf"\b(?:{_ENDED}|actioned|resolved|implemented|achieved|{_SIGN_OFF}|actual)\b", re.I
)
# When the row was last written ("Date updated", "Last updated", "Updated on", "Date
# modified"): the day its news is dated by, never the deadline (unless it looks ahead)
_UPDATED = re.compile(r"\b(?:updated|modified)\b", re.I)
_AHEAD = re.compile(
    r"\b(?:target|due|deadline|planned|expected|forecast|revised|estimated|proposed|be|by)\b",
    re.I,
)


# "Date of completion and outcome": the day the work was done and what it achieved, told
# once it is done: a record of the past like "Date completed", not the deadline
_COMPLETION_AND_OUTCOME = re.compile(r"\bcompletion\b.*\b(?:outcomes?|results?)\b", re.I)


def says_when_done(header: str) -> bool:
    """A date header naming when the work was done: never when it began ("Actual start"
    is the day the work started, in a project schedule's columns, not the day it ended)."""
    if _START.search(header):
        return False
    return _past_record(_FINISHED, header) or _past_record(_COMPLETION_AND_OUTCOME, header)


# A header naming the date the work was done ("Completed date", "Date closed"): a blank
# under it says not done, where a blank under "Done" or "Completed" over ticks says nothing,
# and one under a checker's sign-off ("Signed off (initials & date)") only that no one signed
_DATE_WORD = re.compile(r"\bdate\b", re.I)
_COMPLETION_WORD = re.compile(rf"\b(?:{_ENDED}|complete|completion|finished)\b", re.I)
# "Completed (date / initials)": the initials of whoever signed the work off, or a sign-off
_SIGNED = re.compile(rf"\binitials?\b|\b{_SIGN_OFF}\b", re.I)


def names_completion_date(header: str) -> bool:
    """ "Completed date", "Date closed": a header naming the date the work was done, whose
    blank says not done; never a sign-off ("Signed off (initials & date)")."""
    if _SIGNED.search(header):
        return False
    return bool(_DATE_WORD.search(header) and _COMPLETION_WORD.search(header))


def _past_record(said: re.Pattern[str], header: str) -> bool:
    """Does ``header`` say ``said`` (a record of the past) and not look ahead?"""
    return bool(said.search(header)) and not _AHEAD.search(header)


# When a meeting or a body met on the item or decided it ("Meeting date", "Exec Date",
# "Committee date", "Cabinet date", "Decision date"): a record of the past, never the
# deadline, unless the header still looks ahead ("Date due at Board", "Board by"), as
# one naming a report to the body or the work's completion does ("Report to Board",
# "Completion (Panel)"): the day the work is due before it.
_MET = re.compile(
    r"\b(?:meetings?|committees?|exec|executive|cabinet|board|panel|council|decision)\b", re.I
)
_DUE_BEFORE_IT = re.compile(
    r"\b(?:report(?:ing)?|present(?:ation)?|submi(?:t|ssion))\s+to\b|\bcompletion\b", re.I
)


def _says_when_met(header: str) -> bool:
    return _past_record(_MET, header) and not _DUE_BEFORE_IT.search(header)


def _dated_past(header: str) -> bool:
    """A date header naming when the work was done or when a meeting decided it."""
    return says_when_done(header) or _says_when_met(header)


# "Priority" Red / Amber / Green ranks how urgent a finding is (a Key gives each a
# target time), not how the work is going: a column so headed is never the RAG.
_PRIORITY_GRADES = 5  # "Priority 1" … "Priority 5", or High / Medium / Low: a few grades
_PRIORITY = re.compile(r"\bpriorit(?:y|ies|ised)\b", re.IGNORECASE)
# How serious or urgent a finding is, graded Red / Amber / Green by the audit ("Priority",
# "Category", "Grade", "Risk rating"), never how the work goes; a header naming the RAG
# or the progress ("RAG grade", "Progress category") still rates the work
_RANKS_FINDING = re.compile(
    r"\b(?:priorit(?:y|ies|ised)|categor(?:y|ies|ised)|grad(?:e|ed|ing)|risk\s+rating|concerns?)\b",
    re.IGNORECASE,
)
_RATES_THE_WORK = re.compile(r"\b(?:b?rag|status|progress|delivery)\b", re.IGNORECASE)
# "Assignee Email", "Owner phone": a way to reach the person, named in their own column
_CONTACT = re.compile(r"\b(?:e-?mail|phone|telephone|tel|mobile)\b", re.IGNORECASE)
# What someone wrote, by who wrote it: "Comment from Responsible Minister or Entity Head",
# "Response from the Director", "Views of the Cabinet Member": their words, never a lead
_WORDS_FROM = re.compile(
    r"^\s*(?:comments?|responses?|repl(?:y|ies)|remarks?|views?|feedback)\s+(?:from|by|of)\b",
    re.IGNORECASE,
)
# "Issue Type" | Audit Action: the kind of item, capitalised words that name no one;
# "Grade" | NC, "Severity" | OBS: how grave a finding is, codes that are no one's initials
_KIND = re.compile(
    r"\b(?:type|types|category|categories|kind|grade|grading|severity|classification)\b",
    re.IGNORECASE,
)
# Who watches over the work: a committee receiving assurance, or the board member linked
# to an area to keep watch on it for the board ("Link governor", "Link trustee",
# "Governor link", "Link member"), who holds leaders to account and delivers nothing.
_LINKED = r"(?:governor|trustee|member|councillor|cllr)s?"
# The body the work is reported to ("Reported to", "Reporting to", "Reports to", "Report
# to": Academic Board, Senior Management Team) hears how it goes and delivers none of it.
# Only a header that is that body alone, opening with the words: one naming the person
# first ("Responsible officer / reports to", "Lead officer (reporting to)") is the person's.
_REPORTED_TO = r"^\W*report(?:s|ed|ing)?\s+(?:in)?to\b"
_MONITOR = re.compile(
    rf"\bmonitor\w*|\boversight\b|\bassurance\b|\blink\s+{_LINKED}\b|\b{_LINKED}\s+link\b"
    rf"|{_REPORTED_TO}",
    re.IGNORECASE,
)
# What was examined, named by the header's last word ("Audit", "Audit title", "Review",
# "Report name", "Service area", "Topic", "Core service"), or the piece of work an item
# belongs to ("Project", "Workstream", "Programme", "Project name"): each cell is an
# audit's, an area's, a service's or a project's name, capitalised words as a person's
# are ("Research Grant Costing", "Customer Access") or a short name ("EUC"), naming no
# one ("Project lead", "Workstream owner" still name people)
_REPORT_WORDS = r"audit|review|report|inspection"  # the report a plan's items came from
_EXAMINED = re.compile(
    rf"^(?:[\w'’&/-]+\s+){{0,3}}(?:{_REPORT_WORDS}|area|topic|subject|service"
    r"|project|work\s*stream|programme|program|strand)s?"
    r"(?:\s+(?:title|name)s?)?\s*$",
    re.IGNORECASE,
)


class Why:
    """Evidence in words, written when first read. A column's summary of its cells asks
    its profile for shares no rule needs (the profile reads them from its sample when
    asked), and only ``--explain`` shows it; the roles a header proposes each carry one,
    most never taken."""

    __slots__ = ("_render", "_text")

    def __init__(self, render: Callable[[], str]) -> None:
        self._render = render
        self._text: str | None = None

    def __str__(self) -> str:
        if self._text is None:
            self._text = self._render()
        return self._text

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return repr(str(self))


Reason = str | Why  # evidence, in words now or when read


def _cells(said: str, p: ColumnProfile) -> Why:
    """ "header 'Lead'; cells: names 97%; …": the header and its cells' summary."""
    return Why(lambda: f"{said}; cells: {p.summary()}")


def _and(reason: Reason, more: str) -> Why:
    """The reason, then more of it: "…; its values run in blocks"."""
    return Why(lambda: f"{reason}; {more}")


@dataclass
class Assignment:
    """Column index → role, with the evidence for each and what was unsure."""

    roles: dict[int, str]
    evidence: dict[int, Reason] = field(default_factory=dict)
    unsure: list[str] = field(default_factory=list)
    # The columns of a % complete scale drawn as marks, kept as fields: read for the share done
    percent_marks: list[int] = field(default_factory=list)
    # A rating's columns read as rounds, earliest first, the latest filled in rating the
    # row: an owner's report, then its check ("Management status" | "Internal Audit status")
    rounds: dict[str, list[int]] = field(default_factory=dict)

    def column(self, role: str) -> int | None:
        """The leftmost column with this role."""
        return column_of(self.roles, role)


def column_of(roles: dict[int, str], role: str) -> int | None:
    """The leftmost column given ``role`` in ``roles``."""
    return min((c for c, r in roles.items() if r == role), default=None)


def _is_free(result: Assignment, p: ColumnProfile) -> bool:
    """The column has no role yet, or only "extra" (a field): a later rule may give it one."""
    return result.roles.get(p.index, "extra") == "extra"


def header_roles(headers: list[str], explicit: dict[int, str]) -> dict[int, str]:
    """Roles from header words alone: enough to find the table before profiling it."""
    candidates = [
        (score, i, role) for i, h in enumerate(headers) for role, score in scores(h).items()
    ]
    return _greedy(candidates, explicit)


def assign(
    profiles: list[ColumnProfile],
    explicit: dict[int, str],
    first_table: list[ColumnProfile] | None = None,
) -> Assignment:
    """The role of every column that has one; the rest are kept as extra fields.
    ``first_table``: the columns read over the plan's first table alone, where later
    tables follow under headers of their own."""
    candidates: list[tuple[int, int, str]] = []
    reasons: dict[tuple[int, str], Reason] = {}
    for p in profiles:
        for role, score, reason in _proposals(p):
            candidates.append((score, p.index, role))
            reasons[(p.index, role)] = reason
    roles = _greedy(candidates, explicit)
    result = Assignment(roles)
    for col, role in roles.items():
        result.evidence[col] = (
            "--map" if col in explicit else reasons.get((col, role), "header words")
        )
    _a_forms_own_columns_are_fields(profiles, result, explicit)
    _a_deadline_without_dates_yields_to_dates(profiles, result, explicit)
    _what_over_how(profiles, result, explicit)
    _an_action_written_once_per_block_is_the_requirement(profiles, result, explicit)
    _a_lists_title_is_the_action(profiles, result, explicit)
    _prose_column_is_action(profiles, result, explicit)
    _names_column_is_lead(profiles, result, explicit)
    _one_recommendation_per_row_is_a_list_of_actions(profiles, result, explicit)
    _ids_grouped_by_a_named_block_are_action_refs(profiles, result, explicit)
    _a_finding_on_every_row_is_a_field(profiles, result, explicit)
    _the_plans_own_action_beside_a_bodys(profiles, result, explicit)
    _bodies_beside_people_are_a_field(profiles, result, explicit)
    _who_and_when_beside_no_people_is_the_lead(profiles, result, explicit)
    _responsible_alone_is_the_lead(result, explicit)
    _the_accountable_post_leads_over_a_plain_lead(profiles, result, explicit)
    _the_first_of_a_member_and_an_officer_leads(profiles, result, explicit)
    _report_pointers_follow_the_groups(profiles, result, explicit)
    _a_priority_band_beside_the_ref_is_a_field(profiles, result, explicit)
    _a_tasks_notes_are_its_description(profiles, result, explicit)
    _the_plans_own_numbers_over_tool_ids(profiles, result, explicit)
    _a_counted_label_over_a_register_number(profiles, result, explicit)
    _another_voice_beside_progress_is_a_field(profiles, result, explicit)
    _comments_on_an_answered_recommendation_are_a_field(profiles, result, explicit)
    _comments_before_the_action_are_a_finding(profiles, result, explicit)
    _a_key_beside_a_serial_number_is_the_ref(profiles, result, explicit)
    _a_date_beside_periods_wins(profiles, result, explicit)
    _a_bare_date_before_the_action_is_when_raised(profiles, result, explicit)
    _an_original_deadline_is_the_baseline(profiles, result, explicit)
    _the_later_point_is_the_deadline(profiles, result, explicit)
    _a_date_per_action_wins_over_one_per_recommendation(profiles, result, explicit)
    _a_measures_figures_are_no_progress(profiles, result, explicit)
    _numbered_revisions_are_one_series(profiles, result, explicit)
    _rounds_of_news_are_one_series(profiles, result, explicit)
    _a_sparse_ref_never_overrides_a_filled_one(profiles, result, explicit)
    _marked_periods_are_fields(profiles, result, explicit)
    _marked_levels_are_fields(profiles, result, explicit)
    _the_settled_view_wins(profiles, result, explicit)
    _an_impact_rating_is_a_field(profiles, result, explicit)
    _a_report_over_recommendations_answered_row_by_row(profiles, result, explicit, first_table)
    _a_report_counting_its_recommendations_afresh(profiles, result, explicit)
    _a_first_column_in_blocks_groups_the_plan(profiles, result, explicit)
    _a_deadline_over_a_month_and_a_year_column(profiles, result, explicit)
    _a_column_per_status_ticked_is_the_status(profiles, result, explicit)
    return result


# A header naming the deadline outright ("Deadline", "Due", "Timescale", "Target date")
# keeps it over events written in its cells; one named for the work's completion yields.
_NAMES_THE_DEADLINE = 60
# Dates of another moment than the deadline: when the item was raised, agreed, updated.
_ANOTHER_MOMENT = re.compile(
    r"\b(?:raised|opened|logged|created|identified|agreed|updated|reviewed|reported"
    r"|start\w*)\b",
    re.IGNORECASE,
)


# The columns Microsoft Forms writes first in its download of the responses, before
# the questions: the response's number ("ID", 1, 2, 3 …), when it was started and sent,
# and who filled the form in ("Email", "Name"; "Last modified time" in a form that lets
# a response be edited). Forms' "Start time" and "Completion time" side by side say the
# table is such a download.
_FORMS_OWN = frozenset(
    {"id", "start time", "completion time", "last modified time", "email", "name"}
)
_FORMS_TIMES = frozenset({"start time", "completion time"})


def _a_forms_own_columns_are_fields(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """Forms' own columns beside its "Start time" and "Completion time": a record of the
    response, fields of each action. Its "ID" numbers the responses, never an action's
    ref; its "Name" is who answered the form, never who does the work (the form asks
    that in a question of its own)."""
    headers = {p.header.strip().casefold() for p in profiles}
    if not _FORMS_TIMES <= headers:
        return
    for p in profiles:
        if p.header.strip().casefold() in _FORMS_OWN and p.index not in explicit:
            if result.roles.get(p.index, "extra") != "extra":
                result.roles[p.index] = "extra"
                result.evidence[p.index] = (
                    f"header {p.header!r} beside 'Start time' and 'Completion time': Microsoft"
                    " Forms' record of the response, a field"
                )


def _a_deadline_without_dates_yields_to_dates(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Proof of completion" over "Signed job sheet.", named a deadline for its word
    "completion" but holding no date nor wording of a time, beside "Target" over
    "30/11/2026": the column of dates is the deadline, the other a field as written. A
    header names a role; cells with no date in them cannot say when."""
    due = result.column("due")
    if due is None or due in explicit:
        return
    held = profiles[due]
    if not held.filled or held.dates or held.times:
        return
    if scores(held.header).get("due", 0) >= _NAMES_THE_DEADLINE:
        return  # "Deadline" over "Before the next inspection": the deadline as written
    dated = [
        (score, p)
        for p in profiles
        if p.index not in explicit
        and _is_free(result, p)
        and p.dates >= _MOSTLY
        and not _ANOTHER_MOMENT.search(p.header)
        for role, score, _ in _proposals(p)
        if role == "due"
    ]
    if not dated:
        return
    _, best = max(dated, key=lambda pair: pair[0])
    result.roles[best.index] = "due"
    result.evidence[best.index] = (
        f"header {best.header!r}; cells: dates ({best.dates:.0%}), beside {held.header!r}"
        " holding none: the deadline"
    )
    result.roles[due] = "extra"
    result.evidence[due] = (
        f"header {held.header!r}, but no date nor wording of a time in its cells while"
        f" {best.header!r} holds dates: a field"
    )


def _what_over_how(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A plan headed by the question words ("NOS | What? | Who? | How? | When?", a
    council's improvement tracker): "What" asks what we will do, the action; "How" how it
    will be done ("Weekly dashboard to team managers"), a field beside it, though its weak
    cue named it first. Only where "What" has a new wording on every row: written once
    over a block of "How" rows (an issue on its first row), it names the group and the
    "How" rows are its steps, the actions."""
    action = result.column("action")
    if action is None or action in explicit or not _asks_how(profiles[action].header):
        return
    what = next((p for p in profiles if _asks_what(p.header)), None)
    if what is None or what.index in explicit or what.index in result.roles:
        return
    if not _new_value_on_every_row(what):
        return
    result.roles[what.index] = "action"
    result.evidence[what.index] = (
        f"header {what.header!r} asks what we will do; cells: {what.summary()}"
    )
    result.roles[action] = "extra"
    result.evidence[action] = (
        f"header {profiles[action].header!r} asks how it will be done, beside"
        f" {what.header!r}: a field"
    )


def _an_action_written_once_per_block_is_the_requirement(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """Two columns headed like an action ("Action required by CQC" | "Our action"): the
    one written once per block, beside the recommendation's ref and starting where it
    does ('MD1' and 'The trust must ensure …' on the block's first row only), is what
    the inspector requires, the recommendation's wording; the other, a new sentence on
    every row, is the plan's actions. An action is done on every row, a block's own
    words are written once over it. Merged down its block instead ("Must-do action
    (CQC)" merged over actions 1.1 … 1.4) it is written once all the same, and with no
    column for the recommendation's ref its blocks are where the first part of the
    actions' refs changes (1.1, 1.2 | 2.1)."""
    action = result.column("action")
    if action is None or action in explicit or result.column("recommendation"):
        return
    blocks = _the_recommendations_blocks(profiles, result)
    once = profiles[action]
    written_once = once.once_per_block or (once.merged_down and not once.returns)
    if not (written_once and once.prose >= 0.5 and len(blocks) >= 2 and once.starts == blocks):
        return
    others = [
        p
        for p in profiles
        if p.index not in explicit
        and _is_free(result, p)
        and scores(p.header).get("action", 0) > 0
        and _new_value_on_every_row(p)
        and p.prose >= 0.5
    ]
    if not others:
        return
    every = max(others, key=lambda p: scores(p.header)["action"])
    result.roles[action] = "recommendation"
    result.evidence[action] = (
        f"header {once.header!r}, but written once per block"
        f"{' (merged down it)' if once.merged_down else ''} with the recommendation's ref"
        f" beside {every.header!r} on every row: the recommendation's wording"
    )
    result.roles[every.index] = "action"
    result.evidence[every.index] = (
        f"header {every.header!r}, a new sentence on every row: the actions ({every.summary()})"
    )


# Words heading an action as the plan's own, beside another's ("Panel action"): "Our
# action", "Agreed action", "Management action", "Action we will take"
_OWN_ACTION_WORDS = frozenset({"our", "we", "agreed", "management"})


_ACTION_WORDS = frozenset({"action", "actions"})


def headed_as_own_action(header: str) -> bool:
    """A header naming an action as the plan's own: "Our action", "Agreed action"."""
    own = not _OWN_ACTION_WORDS.isdisjoint(words(header))
    return own and scores(header).get("action", 0) > 0


def headed_as_anothers_action(header: str) -> bool:
    """A header naming an action and whose ("Panel action", "Board action", "Action
    required") with no word of the plan's own: what a body asked for, beside the plan's
    own action. "Action" alone names no one."""
    tokens = set(words(header))
    named = bool(tokens - _ACTION_WORDS) and _OWN_ACTION_WORDS.isdisjoint(tokens)
    return named and scores(header).get("action", 0) > 0


def _sentences(p: ColumnProfile) -> bool:
    """Cells of sentences, long (prose) or short ("Train the staff.")."""
    return max(p.prose, p.sentences) >= 0.5


def _the_plans_own_action_beside_a_bodys(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """Two columns headed like an action, each a new sentence on every row, one headed
    as the plan's own ("Our action", "Agreed action") and the other not ("Panel action"):
    the plan's own is the action, whichever comes first; the other is what the body
    asked, the recommendation's wording where no column is, else a field as it was."""
    action = result.column("action")
    if (
        action is None
        or action in explicit
        or not headed_as_anothers_action(profiles[action].header)
    ):
        return
    ours = [
        p
        for p in profiles
        if p.index not in explicit
        and _is_free(result, p)
        and headed_as_own_action(p.header)
        and _new_value_on_every_row(p)
        and _sentences(p)
    ]
    theirs = profiles[action]
    if len(ours) != 1 or not (_new_value_on_every_row(theirs) and _sentences(theirs)):
        return
    own = ours[0]
    result.roles[own.index] = "action"
    result.evidence[own.index] = (
        f"header {own.header!r} names the plan's own action beside {theirs.header!r}:"
        f" the actions ({own.summary()})"
    )
    if result.column("recommendation") is None:
        result.roles[action] = "recommendation"
        result.evidence[action] = (
            f"header {theirs.header!r}, another's action beside the plan's own: what it"
            " answers, the recommendation's wording"
        )
    else:
        result.roles[action] = "extra"
        result.evidence[action] = (
            f"header {theirs.header!r}, another's action beside the plan's own: a field"
        )


def _the_recommendations_blocks(
    profiles: list[ColumnProfile], result: Assignment
) -> frozenset[int]:
    """The rows where each recommendation's block starts: where its ref column changes,
    or with none, where the first part of the actions' dotted refs does (1.1, 1.2 | 2.1);
    empty when neither tells."""
    rec_ref = result.column("recommendation_ref")
    if rec_ref is not None:
        return profiles[rec_ref].starts
    ref = result.column("ref")
    return profiles[ref].stem_starts if ref is not None else frozenset()


def _asks_how(header: str) -> bool:
    """ "How?", "How will it be done?": a question whose only action cue is "how"."""
    tokens = words(header)
    return bool(tokens) and tokens[0] == "how" and scores(header).get("action", 0) <= 10


def _asks_what(header: str) -> bool:
    """ "What?", "What is needed?": a question that names no field of its own."""
    tokens = words(header)
    return bool(tokens) and tokens[0] == "what" and not scores(header)


def _a_first_column_in_blocks_groups_the_plan(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """The table's first column, each short name merged down over one run of rows and
    never back after another ("Service": "Housing Standards" merged over its actions,
    then "Tenant Engagement"): a plan written by service or area. With no other grouping,
    no refs and an action column, each name is a recommendation's text, numbered by
    position, whatever the header (one naming what was examined too). Typed again on
    every row instead, the name stays a field, unless it names the report the
    recommendations came from (see ``_names_the_report``)."""
    if {"recommendation", "recommendation_ref"} & set(result.roles.values()):
        return
    if result.column("action") is None:
        return
    if result.column("ref") is None:
        first = min((p for p in profiles if p.filled), key=lambda p: p.index, default=None)
        if first is not None and (why := _heads_its_blocks(first, result, explicit)):
            result.roles[first.index] = "recommendation"
            result.evidence[first.index] = f"the first column, {why} ({first.summary()})"
            return
    report = next((p for p in profiles if _names_the_report(p, profiles, result, explicit)), None)
    if report is not None:
        result.roles[report.index] = "recommendation"
        named = (
            f"header {report.header!r} names the report"
            if _REPORT_NAMED.match(report.header)
            else "a name on every row"
        )
        result.evidence[report.index] = (
            f"{named}, typed down a run of rows each, as the report's rating beside it is"
            f" or its items numbered afresh in it: the groups ({report.summary()})"
        )


def _a_report_over_recommendations_answered_row_by_row(
    profiles: list[ColumnProfile],
    result: Assignment,
    explicit: dict[int, str],
    first_table: list[ColumnProfile] | None = None,
) -> None:
    """An audit tracker writing the report's recommendation and management's agreed
    action on each row ("Ref" | "Audit" | "Assurance" | "Recommendation" | "Agreed
    management action"), a new ref on every row whose letters change exactly where the
    audit does ("PAY-01", "PAY-02" down Payroll, "PC-01" down Purchasing cards): the
    refs themselves file each row under its audit, so where the audit names the report
    as ``_names_the_report`` reads it, the audits group the rows, as they do with the
    recommendation alone. The refs are then the actions' and the per-row recommendation
    a field of each, as under IDs whose first parts a named block groups. Numbers running
    on across the audits ("297", "298", "301") file no row under one: each row stays a
    recommendation and its one action (hold-out 119).
    ``first_table``: the columns read over the plan's first table alone, where later
    tables follow under headers of their own (``importers.own_tables``): actions added
    since the last report, under an audit named before or a new one, with no
    recommendation of their own, file under the audits the first table shows.
    """
    if _reports_over_answered_rows(profiles, result, explicit):
        return
    if first_table is not None:  # the report is then the groups, whatever rates it
        _reports_over_answered_rows(first_table, result, explicit, first_alone=True)


def _reports_over_answered_rows(
    profiles: list[ColumnProfile],
    result: Assignment,
    explicit: dict[int, str],
    first_alone: bool = False,
) -> bool:
    """``_a_report_over_recommendations_answered_row_by_row`` read over ``profiles``;
    whether the report groups the rows."""
    rec, ref = result.column("recommendation"), result.column("recommendation_ref")
    if ref is None:  # a new ref on every row beside a new recommendation: read as either
        ref = result.column("ref")
    if rec is None or ref is None or result.column("action") is None:
        return False
    if rec in explicit or ref in explicit:
        return False
    ids = profiles[ref]
    if not (_new_value_on_every_row(profiles[rec]) and _new_value_on_every_row(ids)):
        return False
    trial = Assignment(dict(result.roles))
    trial.roles[rec], trial.roles[ref] = "extra", "ref"
    report = next(
        (p for p in profiles if _names_the_report(p, profiles, trial, explicit, lettered=True)),
        None,
    )
    if report is None or not _ids_filed_by(ids, report):
        return False
    result.roles[rec] = "extra"
    result.evidence[rec] = (
        f"header {profiles[rec].header!r}, a new value on every row beside the agreed"
        " actions, under a report named on every row: a field of each action"
    )
    result.roles[ref] = "ref"
    result.evidence[ref] = (
        f"{result.evidence[ref]}; a new ID on every row, its letters changing where"
        f" {report.header!r} does: action refs"
    )
    if first_alone or not _names_the_report(report, profiles, result, explicit):  # no rating
        result.roles[report.index] = "recommendation"
        result.evidence[report.index] = (
            f"header {report.header!r}, typed down a run of rows each, the refs' letters"
            f" changing where it does: the groups ({report.summary()})"
        )
    return True


def _ids_filed_by(ids: ColumnProfile, report: ColumnProfile) -> bool:
    """The rows' IDs break into blocks exactly where the report named on every row
    changes, two or more: by their letters ("PAY-01", "PC-01"), or by numbers one apart
    within each report and jumping between ("0412" … "0415", "0431" … "0434"), as an
    audit system numbers each report's recommendations when it is issued. Numbers that
    skip inside a report or run on across two ("297", "298", "301") file nothing."""
    for starts in (ids.letter_starts, ids.sequence_starts):
        if len(starts) >= 2 and starts == report.starts:
            return True
    return False


def _a_report_counting_its_recommendations_afresh(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """An audit tracker with no ref of its own, its "Rec no." counting each audit's
    recommendations afresh ("1", "2", "4" down Information Security, then "1", "2", "3"
    down Health and Safety), beside the report's recommendation and management's agreed
    action on each row. The numbers file each row under its audit as lettered refs do
    (``_a_report_over_recommendations_answered_row_by_row``): two rows numbered 1 are no
    two recommendations 1. Where the audit names the report as ``_names_the_report``
    reads it and the count starts again exactly where the audit changes, the audits group
    the rows, each number its action's under its audit (found when grouping, gaps kept),
    and the per-row recommendation is a field of each action. Numbers running on across
    the audits ("1" … "6") file no row under one: each row stays a recommendation and its
    one action. The rows' ref may be the count itself, a label and a number ("R1", "R2" |
    "R1"), as the build reads such refs under any group."""
    rec, ref = result.column("recommendation"), result.column("ref")
    if rec is None or rec in explicit or result.column("action") is None:
        return
    if result.column("recommendation_ref") is not None:
        return
    if ref is not None and not profiles[ref].label_count_starts:
        return  # refs of the rows' own ("AR311"): a count, if any, is no ref's
    if not _new_value_on_every_row(profiles[rec]):
        return
    trial = Assignment(dict(result.roles))
    trial.roles[rec] = "extra"
    report = next((p for p in profiles if _names_the_report(p, profiles, trial, explicit)), None)
    if report is None:
        return
    if ref is not None:
        counts = profiles[ref] if _labels_count_afresh_in(profiles[ref], report) else None
    else:
        counts = next((q for q in profiles if _counts_afresh_in(q, report, trial, explicit)), None)
    if counts is None:
        return
    result.roles[rec] = "extra"
    result.evidence[rec] = (
        f"header {profiles[rec].header!r}, a new value on every row beside the agreed"
        f" actions, numbered by {counts.header!r} afresh where {report.header!r} changes:"
        " a field of each action"
    )


def _counts_afresh_in(
    q: ColumnProfile, report: ColumnProfile, result: Assignment, explicit: dict[int, str]
) -> bool:
    """A column with no role, small numbers counting again exactly where the report named
    on every row changes, two reports or more; a pointer into a report counts nothing."""
    if q.index in explicit or not _is_free(result, q) or points_into_report(q.header):
        return False
    return len(q.count_starts) >= 2 and q.count_starts == report.starts


def _labels_count_afresh_in(ref: ColumnProfile, report: ColumnProfile) -> bool:
    """The rows' refs, one label and a number ("R1", "R2" | "R1"), counting again exactly
    where the report named on every row changes, two reports or more."""
    return len(ref.label_count_starts) >= 2 and ref.label_count_starts == report.starts


def _merged_name_over_blocks(
    p: ColumnProfile, result: Assignment, explicit: dict[int, str]
) -> bool:
    """A column with no role, short names merged down over runs of rows."""
    if p.index in explicit or not _is_free(result, p):
        return False
    return p.merged_down and _names_blocks(p) and not _names_another_role(p.header)


# A header naming the report the recommendations came from, by its last word, or that
# word and "title" / "name", a bracket after it: "Audit", "Audit title" (hold-out 148),
# "Internal audit", "Inspection (published)" (85); not "Audit finding", "Reports to".
# "Review" and "Report" name one only alone or with "title" / "name" ("Report" of 108,
# "Review title"): "Committee review" names who reviews the work, not a report.
_REPORT_NAMED = re.compile(
    r"^(?:(?:[\w'’&/-]+\s+){0,3}(?:audit|inspection)|review|report)s?(?:\s+(?:title|name)s?)?"
    r"\s*(?:\([^()]*\))?\s*$",
    re.IGNORECASE,
)
# A header naming a report's rating: "Assurance", "Audit opinion", "Rating", "Grade"
_RATING_NAMED = re.compile(r"\b(?:assurance|opinion|rating|grade)s?\b", re.IGNORECASE)


def _names_the_report(
    p: ColumnProfile,
    profiles: list[ColumnProfile],
    result: Assignment,
    explicit: dict[int, str],
    lettered: bool = False,
) -> bool:
    """An audit tracker names the report on every row ("Audit": "Direct Payments" down
    its rows, then "Payroll"), its assurance rating beside it the same down each report's
    rows, over its recommendations with flat refs ("AR311", "AR312" …), management's
    response beside each or not: the reports group the recommendations, as a name merged
    down its block does (the lead's ruling: a tracker is filtered and read audit by
    audit). A column of people, services or dates names no report and stays a field.
    Under any other header the rows' own count starting again exactly where the name
    changes shows the groups as the header word would (see ``_named_by_its_cells``).
    ``lettered``: the rows carry both the report's recommendation and management's
    agreed action, so refs whose letters change exactly where the name does ("PAY-01"
    down Payroll, "PC-01" down Purchase Cards) file each row under it as a rating would
    show it is the report's; a tracker of one recommendation a row ("Rec ID" PAY/01 |
    "Recommendation" | "Management response", hold-out 4) is one list."""
    if p.index in explicit or not _is_free(result, p):
        return False
    # "Creditors 2025/26": the audit's name and the year it covers is no deadline
    dated = p.dates > p.titled_years
    if not _REPORT_NAMED.match(p.header) and not _named_by_its_cells(p, profiles, result):
        return False
    if dated or p.statuses or p.rags:
        return False
    if p.bodies or p.frequencies:  # "Quality Committee", "Monthly": who reviews, and when
        return False
    if p.filled != p.rows or not _runs_in_blocks(p) or not _mostly_long_runs(p):
        return False
    if not 2 <= p.distinct < p.filled:
        return False
    if not _flat_refs(profiles, result):
        return False
    if _each_row_a_finding_answered(profiles, result) and not _files_the_refs(p, profiles, result):
        return False
    if any(_numbers_each_reports_items_afresh(q, p, result) for q in profiles):
        return True  # long titles too: "Financial Management … – Interim Report (No.17)"
    # long titles too ("Data Security and Protection Toolkit 2025/26") where the rows'
    # refs are lettered by them, the rating beside still asked for
    if not _names_blocks(p) and not _refs_lettered_by(p, profiles, result):
        return False
    if lettered and _refs_lettered_by(p, profiles, result):
        return True  # "PAY-01" … down Payroll, "PC-01" down Purchase Cards: filed under it
    return any(_rated_by_report(q, p, result) for q in profiles if q.index != p.index)


def _refs_lettered_by(p: ColumnProfile, profiles: list[ColumnProfile], result: Assignment) -> bool:
    """The rows' own refs, their letters changing exactly where the name does, two names
    or more ("PAY-01", "PAY-02" down Payroll, "PC-01" down Purchase Cards): they file
    each row under the name, however long ("DSP-01" down Data Security and Protection
    Toolkit 2025/26)."""
    ref = result.column("ref")
    if ref is None or ref == p.index:
        return False
    return len(profiles[ref].letter_starts) >= 2 and profiles[ref].letter_starts == p.starts


def _named_by_its_cells(
    p: ColumnProfile, profiles: list[ColumnProfile], result: Assignment
) -> bool:
    """A name typed on every row under a header naming no report ("Consumer standard":
    "Safety and Quality Standard" down three rows, then "Tenancy Standard"), the rows'
    own count starting again exactly where it changes ("No." 1, 2, 3 | 1, 2): the count
    files each row under its name as under an audit's, whatever the header calls the
    groups (the lead's ruling). A header naming another role ("Lead", "Status") or cells
    that are mostly people, grades or times name no group."""
    if _names_another_role(p.header) or max(p.persons, p.posts) >= _MOSTLY_PEOPLE:
        return False
    # "High" then "Medium", "January" then "February": how urgent each action is, or
    # when it falls, said of each action, however the count restarts at them
    if max(p.grades, p.times) >= _MOSTLY:
        return False
    return any(_numbers_each_reports_items_afresh(q, p, result) for q in profiles)


_MOSTLY_PEOPLE = 0.5  # "Tenancy Standard" reads as a name now and then, a lead on most rows


def _numbers_each_reports_items_afresh(
    q: ColumnProfile, report: ColumnProfile, result: Assignment
) -> bool:
    """Another column, free, the actions' or their ref, of small numbers counting again
    exactly where the report changes, alone ("Rec no." 1, 2, 4 | 1, 2, 3; "No." 1, 2, 3 |
    1, 2 beside the agreed actions, hold-out 202) or opening each item's words ("1. The
    Government should …", "2. …" | "1. …"): the report's own items, numbered in it, so the
    reports group the rows whatever their names' length or rating."""
    if q.index == report.index:
        return False
    if result.roles.get(q.index, "extra") not in ("extra", "action", "ref"):
        return False
    if result.roles.get(q.index) == "ref" and _labels_count_afresh_in(q, report):
        return True  # "R1", "R2" | "R1": the rows' refs count each report's items afresh
    return len(q.count_starts) >= 2 and q.count_starts == report.starts


def _mostly_long_runs(p: ColumnProfile) -> bool:
    """Most of a column's runs (a value down consecutive rows) two rows long or more."""
    starts = sorted(p.starts)
    lengths = [b - a for a, b in zip(starts, [*starts[1:], p.rows], strict=True)]
    return sum(n >= 2 for n in lengths) * 2 > len(lengths)


def _flat_refs(profiles: list[ColumnProfile], result: Assignment) -> bool:
    """No ref column, or refs of their own that no stem groups ("AR311", not "3.1")."""
    ref = result.column("ref")
    return ref is None or not 0 < len(profiles[ref].stem_starts) < profiles[ref].rows


def _files_the_refs(p: ColumnProfile, profiles: list[ColumnProfile], result: Assignment) -> bool:
    """The table's first filled column, before the rows' own refs ("Audit" | "Assurance"
    | "Ref" | …): every row is filed under it, as under a banner. With no refs (a
    university's "Audit" | "Finding" | "Agreed Action") it files nothing."""
    ref = result.column("ref")
    first = min((q.index for q in profiles if q.filled), default=-1)
    return ref is not None and p.index == first < ref


def _each_row_a_finding_answered(profiles: list[ColumnProfile], result: Assignment) -> bool:
    """A finding on every row and the action agreed for it beside ("Issue identified" |
    "Agreed action", hold-out 3): each row is its own recommendation answered, and the
    tracker stays one list, the audit a field. Kept for this habit alone: the audit's
    name groups the report's own recommendations, not the findings each row answers."""
    action = result.column("action")
    if action is None or _RECOMMENDS.search(profiles[action].header):
        return False
    return any(
        _PROBLEM.search(q.header) and _new_value_on_every_row(q)
        for q in profiles
        if q.index != action and _is_free(result, q)
    )


def _rated_by_report(q: ColumnProfile, report: ColumnProfile, result: Assignment) -> bool:
    """A column with no role, headed as a rating, filled on every row, two values or more,
    that changes only where the report does: the report's own rating ("Assurance":
    Limited, Limited, No), which may come back with a later report. Another column that
    changes with it ("Reported to": Housing DMT, Cabinet) rates no report."""
    if not _RATING_NAMED.search(q.header):
        return False
    free = _is_free(result, q)
    full = q.filled == q.rows and q.distinct >= 2
    return free and full and q.starts <= report.starts


def _names_another_role(header: str) -> bool:
    """A header naming another role the plan knows ("Lead", "Status"): no group."""
    return bool(set(scores(header)) - {"extra", "recommendation"})


def _heads_its_blocks(p: ColumnProfile, result: Assignment, explicit: dict[int, str]) -> str:
    """Why the first column heads runs of rows, or "" when it does not."""
    if _merged_name_over_blocks(p, result, explicit):
        return "a name merged down each run of rows: the groups"
    if _finding_written_once_over_blocks(p, result, explicit):
        return "a sentence on each block's first row, blank under it: what its actions answer"
    return ""


def _finding_written_once_over_blocks(
    p: ColumnProfile, result: Assignment, explicit: dict[int, str]
) -> bool:
    """A column with no role, a different sentence on the first row of each run of rows
    and blanks under it ("The area SEND inspection told us": the finding, then the rows
    of actions that answer it): the finding heads its block as a merged name would."""
    if p.index in explicit or not _is_free(result, p) or _names_another_role(p.header):
        return False
    return (
        p.once_per_block
        and 0 in p.starts
        and p.prose >= _FINDING_PROSE
        and p.distinct == p.filled
        and not p.returns
    )


_FINDING_PROSE = 0.8  # sentences on (nearly) every filled row: findings, not names


def _names_blocks(p: ColumnProfile) -> bool:
    """Short names (no sentences, no numbers), two or more, each over a run of rows."""
    named = p.prose < 0.2 and p.mean_length <= _BLOCK_NAME_CHARS and p.numbered == 0
    return named and p.distinct >= 2 and p.distinct < p.filled and _runs_in_blocks(p)


_BLOCK_NAME_CHARS = 40


def _marked_periods_are_fields(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """Columns headed each by a period ("Q3 2026/27" | "Q4 2026/27" | "Q1 2027/28"), two
    or more, holding only marks ("X"): a timeline, whose mark says when the action is due.
    Its marks are no ref and no grouping: each column is kept as a field."""
    marked = [p for p in profiles if p.index not in explicit and is_period_mark_column(p)]
    if len(marked) < 2:
        return
    for p in marked:
        result.roles[p.index] = "extra"
        result.evidence[p.index] = (
            f"header {p.header!r}, one of {len(marked)} periods holding marks: the period"
            " marked dates the action"
        )


def _marked_levels_are_fields(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """Columns headed each by a level of % complete ("25" | "50" | "75" | "100"), side by
    side and rising, holding only marks ("X"): progress drawn as a bar, the level marked
    the share done. Its marks are no ref and no grouping: each column is kept as a field."""
    scale = percent_mark_columns(profiles)
    marked = [i for i in scale if i not in explicit]
    if all(explicit.get(i, "extra") == "extra" for i in scale):
        result.percent_marks = scale  # no level given another role: read for the share
    for i in marked:
        result.roles[i] = "extra"
        result.evidence[i] = (
            f"header {profiles[i].header!r}, one of {len(marked)} levels of % complete"
            " holding marks: the level marked is the share done"
        )


def percent_mark_columns(profiles: list[ColumnProfile]) -> list[int]:
    """The columns of a % complete scale drawn as marks, side by side ("25" | "50" | "75"
    | "100", an "X" under the level reached); none where no mark is made, nor where a
    cell holds a figure or a word (sample counts 3, 6, 9, 12 under the levels)."""
    runs: list[list[ColumnProfile]] = []
    for p in profiles:
        if not (vocab.is_percent_level(p.header) and p.mean_length <= MARK_CHARS):
            continue
        if runs and runs[-1][-1].index == p.index - 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return [
        p.index
        for run in runs
        if any(p.filled for p in run)
        and all(p.drawn == 1 for p in run if p.filled)
        and vocab.percent_scale([p.header for p in run])
        for p in run
    ]


def is_period_mark_column(p: ColumnProfile) -> bool:
    """A column headed by a period alone whose filled cells are marks."""
    return bool(p.filled) and p.mean_length <= MARK_CHARS and names_only_a_period(p.header)


def _a_bare_date_before_the_action_is_when_raised(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Reference | Origin | Date | Area | Recommendation": a column headed "Date" alone,
    left of the action, dates the entry (the meeting that raised it, the day it was
    logged), as a log or a tracker writes it by its ref; a deadline is written after the
    action and who does it ("Action | Owner | Date"). So where dates follow the action
    too ("Exec Date", "Target date"); a plan's only dates ("No. | Date | Action | Lead")
    are its deadlines."""
    due, action = result.column("due"), result.column("action")
    if due is None or action is None or due in explicit or due > action:
        return
    dated_after = any(p.index > action and p.dates >= _MOSTLY for p in profiles)
    if words(profiles[due].header) == ["date"] and dated_after:
        result.roles[due] = "extra"
        result.evidence[due] = (
            f"header {profiles[due].header!r} alone, left of the action: when the item was"
            " raised, not its deadline"
        )


def _a_date_beside_periods_wins(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A deadline column of periods ("Timeline": "2026-10-01 - 2026-12-18") beside one
    of single dates headed as a deadline too ("Date"), filled on some items: the date set
    for an item is its deadline, the period's end where none is set (a task tool's board).
    The date column is read as a revised deadline is: it wins where written."""
    due = result.column("due")
    if due is None or due in explicit or profiles[due].periods < _MOSTLY:
        return
    if result.column("revised_due") is not None:
        return
    dates = next((p for p in profiles if _single_dates_headed_as_due(p, result, explicit)), None)
    if dates is None:
        return
    result.roles[dates.index] = "revised_due"
    result.evidence[dates.index] = (
        f"single dates ({dates.summary()}) beside the periods of"
        f" {profiles[due].header!r}: the date set for an item wins over its period's end"
    )


_MOSTLY = 0.8  # share of a column's cells that makes it of a kind
_HALF = 0.5  # … and of half its cells: a column of news may hold short notes too


def _an_original_deadline_is_the_baseline(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Original Due Date" beside "Due Date": the original is the baseline the plan
    keeps, the other the deadline now in force. It is read as a revised one is: it
    wins, and the original is kept beside it."""
    due = result.column("due")
    if due is None or due in explicit or result.column("revised_due") is not None:
        return
    if not _ORIGINAL.search(profiles[due].header):
        return
    current = next((p for p in profiles if _single_dates_headed_as_due(p, result, explicit)), None)
    if current is None or _ORIGINAL.search(current.header):
        return
    result.roles[current.index] = "revised_due"
    result.evidence[current.index] = (
        f"header {current.header!r} beside {profiles[due].header!r}: the deadline in force,"
        " the original its baseline"
    )


def _the_later_point_is_the_deadline(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "6 month milestone" | "12 month milestone", "Interim date" | "Final date": two
    columns of dates, one naming a later point of the same plan than the other. The later
    one is the deadline, the point the action is to be done by; the earlier is a step on
    the way, kept as a field (the lead's ruling)."""
    due = result.column("due")
    if due is None or due in explicit or result.column("revised_due") is not None:
        return
    later = [
        p
        for p in profiles
        if p.index not in explicit
        and _is_free(result, p)
        and p.filled
        and p.dates >= _MOSTLY
        and p.periods == 0
        and _names_a_later_point(profiles[due].header, p.header)
    ]
    if not later:
        return
    last = max(later, key=lambda p: _point_of(p.header))
    result.roles[due], result.roles[last.index] = "extra", "due"
    result.evidence[last.index] = (
        f"header {last.header!r}, a later point than {profiles[due].header!r}: the deadline"
    )
    result.evidence[due] = f"header {profiles[due].header!r}: a step before the deadline, a field"


def _a_date_per_action_wins_over_one_per_recommendation(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Ofsted due date" merged down each requirement's actions (the date the report set
    for it, blank beside its recommendations) before "By when", a date for each action:
    both headers name a deadline, but one is written once per recommendation and the
    other changes from action to action. An action is due when the plan says that action
    will be done; the recommendation's date is kept beside each of its actions, a field."""
    due = result.column("due")
    if due is None or due in explicit or result.column("revised_due") is not None:
        return
    held = profiles[due]
    blocks = _recommendation_starts(result, profiles)
    if not (held.once_per_block or held.merged_down) or not blocks or not held.starts <= blocks:
        return
    own = next((p for p in profiles if _dates_each_action(p, blocks, result, explicit)), None)
    if own is None:
        return
    result.roles[own.index], result.roles[due] = "due", "extra"
    result.evidence[own.index] = (
        f"header {own.header!r}; cells: a date for each action ({own.dates:.0%} dates),"
        f" beside {held.header!r} written once per recommendation: the deadline"
    )
    result.evidence[due] = (
        f"header {held.header!r}, but one date per recommendation beside {own.header!r}"
        " dating each action: a field"
    )


def _recommendation_starts(result: Assignment, profiles: list[ColumnProfile]) -> frozenset[int]:
    """The rows where each recommendation begins, by the column that holds it."""
    col = result.column("recommendation")
    col = result.column("recommendation_ref") if col is None else col
    return frozenset() if col is None else profiles[col].starts


def _dates_each_action(
    p: ColumnProfile, blocks: frozenset[int], result: Assignment, explicit: dict[int, str]
) -> bool:
    """Headed as the deadline outright, filled on nearly every row, dates in half its
    cells or more ("Ongoing", "Immediately" the rest), and a new value inside a
    recommendation's block: the actions' own dates, not the block's."""
    if p.index in explicit or not _is_free(result, p) or not _on_nearly_every_row(p):
        return False
    if scores(p.header).get("due", 0) < _NAMES_THE_DEADLINE or _dated_past(p.header):
        return False
    return p.dates >= _HALF and p.periods == 0 and bool(p.starts - blocks)


# A span of time from the plan's start ("6 month", "12-month", "Year 2"), in days
_SPAN = re.compile(r"\b(\d{1,3})[\s-]*(day|week|month|year)s?\b", re.IGNORECASE)
_SPAN_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# The words of a plan's stages, before the end and at it
_STAGES = {
    **dict.fromkeys(("interim", "initial", "milestone", "milestones", "first"), 1),
    **dict.fromkeys(("final", "completion", "end"), 2),
}


def _point_of(header: str) -> tuple[int, int]:
    """The point of the plan a header names: (days from its start, stage); 0 where none."""
    span = _SPAN.search(header)
    days = int(span[1]) * _SPAN_DAYS[span[2].lower()] if span else 0
    stages = [_STAGES[w] for w in words(header) if w in _STAGES]
    return days, max(stages, default=0)


def _names_a_later_point(earlier: str, later: str) -> bool:
    """Both headers name a span, the second a longer one; or neither does and both name
    a stage, the second a later one ("Final" after "Interim", "Completion" after
    "Milestone")."""
    (days_a, stage_a), (days_b, stage_b) = _point_of(earlier), _point_of(later)
    if days_a or days_b:
        return bool(days_a and days_b) and days_b > days_a
    return bool(stage_a and stage_b) and stage_b > stage_a


# A "%" header naming a point of a measure ("Baseline %", "Target %"): the measure's
# figure, never how far the action has got
_MEASURE_POINT = re.compile(r"\b(?:baseline|target|targeted|benchmark)\b", re.IGNORECASE)
_DONE_SHARE = re.compile(r"\b(?:complete|completed|completion|done|progress)\b", re.IGNORECASE)


def _a_measures_figures_are_no_progress(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "KPI" | "Baseline %" | "Target %" | "Current %": a measure's figures, where
    one "%" column names its baseline or target. None of them says how far the action
    has got (that is "% complete"), so none is read as a percent; each is a measure."""
    shares = [p for p in profiles if "%" in p.header and not _DONE_SHARE.search(p.header)]
    if not any(_MEASURE_POINT.search(p.header) for p in shares):
        return
    for p in shares:
        if p.index in explicit or result.roles.get(p.index) not in ("percent", "extra", None):
            continue
        result.roles[p.index] = "measure"
        result.evidence[p.index] = (
            f"header {p.header!r}, one of a measure's figures beside its baseline or target:"
            " how the measure stands, not how far the action has got"
        )


def _the_settled_view_wins(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """Of two columns of one role, the first (given the role) headed as a view short of
    the settled one ("Previous RAG", "Time RAG", "Planned % complete", "Management
    status") yields to one headed as the settled view ("Current RAG", "Overall RAG",
    "Actual % complete", "Internal Audit status"), wherever it stands: the view a
    programme manager reads. The other is kept as a field. Where the settled view is a
    check of the owner's report, the report stands on rows not checked yet."""
    for role in ("rag", "status", "percent"):
        col = result.column(role)
        if col is None or col in explicit or not provisional(profiles[col].header):
            continue
        better = next((p for p in profiles if _settled_of(p, role, result, explicit)), None)
        if better is None:
            continue
        result.roles[better.index], result.roles[col] = role, "extra"
        first = profiles[col].header
        result.evidence[better.index] = (
            f"header {better.header!r} beside {first!r}: the settled view, the other a field"
        )
        result.evidence[col] = f"header {first!r}: a view short of {better.header!r}, a field"
        if role != "percent" and checks(better.header, first):
            result.rounds[role] = [col, better.index]


# A rating's header naming the difference the work made, not the work: "Impact RAG",
# "Outcome rating"
_IMPACT = re.compile(r"\b(?:impact|impacts|outcome|outcomes|difference)\b", re.IGNORECASE)


def _an_impact_rating_is_a_field(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Action RAG" | "Impact RAG", each with its own key: the action's rating says how
    the work is going and gives the status and the RAG; the impact's rates the difference
    made for people, which a programme manager does not chase, and is kept as a field."""
    ratings = [
        p
        for p in profiles
        if result.roles.get(p.index) in ("rag", "status") and cue_weight(p.header, "rag") >= 6
    ]
    impacts = [p for p in ratings if _IMPACT.search(p.header) and p.index not in explicit]
    if not impacts or len(impacts) == len(ratings):
        return
    for p in impacts:
        result.roles[p.index] = "extra"
        result.evidence[p.index] = (
            f"header {p.header!r} beside the action's own rating: the impact made, a field"
        )


def _settled_of(p: ColumnProfile, role: str, result: Assignment, explicit: dict[int, str]) -> bool:
    """A column left as a field whose header names this role and marks it the settled
    view."""
    return (
        p.index not in explicit
        and _is_free(result, p)
        and cue_weight(p.header, role) >= 6
        and settled(p.header)
    )


# A revision's number in its header: "Revised date 2", "2nd revised date", "Second revision"
_NUMBERING = re.compile(r"\b(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth)\b", re.I)


def _numbered_revisions_are_one_series(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A deadline revised more than once, a column per revision ("Revised date 1",
    "Revised date 2"): each is a revised deadline, and the latest filled in is the one
    in force (the single role went to the first; the others were left as fields)."""
    first = result.column("revised_due")
    if first is None:
        return
    words = _unnumbered(profiles[first].header)
    series = [
        p
        for p in profiles
        if p.index != first
        and p.index not in explicit
        and _is_free(result, p)
        and _unnumbered(p.header) == words
    ]
    headers = {p.header.casefold() for p in [profiles[first], *series]}
    numbered = any(_NUMBERING.search(h) for h in headers)
    if not series or len(headers) <= len(series) or not numbered:
        return  # no other revision, or the same header again: not a numbered series
    for p in series:
        result.roles[p.index] = "revised_due"
        result.evidence[p.index] = (
            f"header {p.header!r}, another revision beside {profiles[first].header!r}:"
            " the latest filled in is the deadline"
        )


def _rounds_of_news_are_one_series(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A column per follow-up round or quarter ("Follow-up 1 (14/04/2025)" … "Follow-up 4
    (12/10/2026)"): every round is news of its own, though an early one of short verdicts
    read alone looks like the RAG and one repeating "Not yet due." like a field."""
    for col, why in rounds_of_news(profiles, result.roles, explicit).items():
        result.roles[col] = "update"
        result.evidence[col] = why


def _unnumbered(header: str) -> list[str]:
    """A header's words without its number: "Revised date 2" → ["revised", "date"]."""
    return words(_NUMBERING.sub(" ", header))


def _only_a_code(p: ColumnProfile) -> bool:
    """A header that makes a ref by the word "Code" alone, not "No." nor "Ref"."""
    return "code" in words(p.header) and cue_weight(p.header, "ref") < _NAMES_IT


# "Code" ends the header that names a key ("Action Code"); a word after it makes the
# header name something of the code ("FM Code standard"), save a word of numbering: a
# self-assessment's "Code number" (1.6, 4.3) is the provision's number, the row's ref
_CODE_QUALIFIES = re.compile(
    r"\bcode\b\W+(?!(?:number|no|ref|reference|para|paragraph|provision)\b)\w", re.IGNORECASE
)
_ORIGINAL = re.compile(r"\b(?:original|baseline|initial)\b", re.IGNORECASE)


def _single_dates_headed_as_due(
    p: ColumnProfile, result: Assignment, explicit: dict[int, str]
) -> bool:
    if p.index in explicit or not _is_free(result, p) or not p.filled:
        return False
    corrected = _correct("due", p) if "due" in scores(p.header) else None
    said_due = corrected is not None and corrected[0] == "due"
    return said_due and p.dates >= _MOSTLY and p.periods == 0


def _a_sparse_ref_never_overrides_a_filled_one(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Evidence ref" EV-014 on a few rows beside "No." 1, 2, 3 on every row: the codes
    point at something each action produced, filled only where it exists; the number on
    every row is the action's ref. The sparse column is kept as a field. (Left as the ref,
    rows with a code would take it and the rest their position: refs of two kinds.)"""
    ref = result.column("ref")
    if ref is None or ref in explicit or _on_nearly_every_row(profiles[ref]):
        return
    if _may_head_the_groups(profiles[ref], profiles, result):
        return  # "Ref" written once over each block: the group stage reads it
    free = (p for p in profiles if _is_free(result, p))
    filled = next((p for p in free if p.index not in explicit and _a_ref_on_every_row(p)), None)
    if filled is None:
        return
    result.roles[filled.index], result.roles[ref] = "ref", "extra"
    result.evidence[filled.index] = f"header {filled.header!r}, on every row: {filled.summary()}"
    result.evidence[ref] = (
        f"header {profiles[ref].header!r}, but filled on {profiles[ref].filled} of"
        f" {profiles[ref].rows} rows beside {filled.header!r}: kept as a field"
    )


def _may_head_the_groups(
    p: ColumnProfile, profiles: list[ColumnProfile], result: Assignment
) -> bool:
    """Values only where the groups change, or no column to tell where they do: the
    sparse column may be the groups' refs, not a field. A group column is one given
    the recommendation's role, or one whose values run in blocks and given none yet
    (merged cells the group stage reads as the recommendations)."""
    groups = [
        q
        for q in profiles
        if q.index != p.index
        and (
            result.roles.get(q.index) in ("recommendation", "recommendation_ref")
            or (_runs_in_blocks(q) and _is_free(result, q))
        )
    ]
    return not groups or any(p.starts <= q.starts for q in groups)


def _on_nearly_every_row(p: ColumnProfile) -> bool:
    return p.filled * 5 >= p.rows * 4


def _a_ref_on_every_row(p: ColumnProfile) -> bool:
    """A column its header and its short codes both make a ref, filled on every row."""
    proposed = any(role == "ref" for role, _, _ in _proposals(p))
    return proposed and p.filled == p.rows and p.codes >= 0.8


def _a_key_beside_a_serial_number_is_the_ref(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A tool's export holds two IDs per row: its internal number ("Issue id" 10482) and
    the key people quote ("Issue key" IA-214). When the ref chosen is such a number, a
    column of short lettered codes, one per row and given no role, is the ref; the
    number is kept as a field."""
    ref = result.column("ref")
    if ref is None or ref in explicit or profiles[ref].serials < 1:
        return
    free = (p for p in profiles if _is_free(result, p))
    key = next((p for p in free if _quoted_key(p) and p.index not in explicit), None)
    if key is None:
        return
    result.roles[key.index], result.roles[ref] = "ref", "extra"
    result.evidence[key.index] = f"codes, one per row, beside the tool's number: {key.summary()}"
    result.evidence[ref] = f"a tool's own row numbers beside {key.header!r}: kept as a field"


def _quoted_key(p: ColumnProfile) -> bool:
    """ "IA-214": short codes, one per row, never a plain number; no pointer into a report."""
    return _ids(p) and p.codes >= 0.8 and p.serials == 0 and not _SOURCE_REF.search(p.header)


def _greedy(candidates: list[tuple[int, int, str]], explicit: dict[int, str]) -> dict[int, str]:
    """Best scores first; each single role goes to one column; --map choices stand."""
    roles = dict(explicit)
    taken = {r for r in explicit.values() if r in SINGLE}
    for _, col, role in sorted(candidates, key=lambda c: (-c[0], c[1])):
        if col in roles or (role in SINGLE and role in taken):
            continue
        roles[col] = role
        if role in SINGLE:
            taken.add(role)
    return roles


# A people header naming who helps the one doing the work ("Support", "Supported by",
# "Contributors", "Involving"): beside a responsible column, more of the responsible
_HELPS = re.compile(r"\b(?:support(?:ed|ing)?|contributors?|involving)\b", re.IGNORECASE)


def _proposals(p: ColumnProfile) -> list[tuple[str, int, Reason]]:
    """(role, score, evidence) for one column: header words, corrected by content."""
    if (companion := companion_of(p.header)) is not None:
        # Jira's "Resolution" of Done / Won't Do reads as status words, but says how a
        # closed item was closed: read with the status (see status_companions), a field
        why = f"header {p.header!r} says more of the status (its {companion}): read with it"
        return [("extra", 40, why)]
    if _answers_done(p):
        asked = "is still open (N: done)" if vocab.asks_if_open(p.header) else "is done"
        why = f"header {p.header!r} asks if the action {asked}; cells: yes/no {p.yes_no:.0%}"
        if not (p.yes_no >= 0.8 and vocab.asks_if_done(p.header)):  # "Complete?" over ☑ / ☐
            why = f"header {p.header!r} over ticked boxes; cells: ticks {p.ticks:.0%}"
        return [("done", 60, why)]
    if says_when_done(p.header) and p.dates >= 0.8:
        why = f"header {p.header!r} says when the work was done; cells: dates {p.dates:.0%}"
        return [("done", 55, why)]
    if _counts_done(p) and _STEPS_DONE.search(p.header):
        why = f"header {p.header!r} over counts done of a total ({p.counts:.0%}): a % complete"
        return [("percent", 45, why)]
    if p.filled >= 2 and p.worded_counts >= 0.8 and _DONE_SO_FAR.search(p.header):
        why = f"header {p.header!r} over counts in words of what was done ({p.worded_counts:.0%})"
        return [("percent", 45, f"{why}: a % complete")]
    if _counts_done(p):
        why = f"cells: counts done of a total ({p.counts:.0%}): how far each task is, not a ref"
        return [("extra", 40, why)]
    if _stages_an_action(p):
        why = f"header {p.header!r} over numbered stages, each action at its own: a status"
        return [("status", 55, why)]
    if _flags_a_rating(p):
        why = f"header {p.header!r} names a rating; cells: yes/no {p.yes_no:.0%}: a flag"
        return [("rag", 50, why)]
    if (standing := _where_it_stands(p)) is not None:  # "State of play": no status column
        return [("update", 50, standing)]
    out: list[tuple[str, int, Reason]] = []
    for role, score in scores(p.header).items():
        corrected = _correct(role, p)
        if corrected is None:
            continue
        new_role, reason = corrected
        out.append((new_role, score, reason))
        if new_role == "lead":  # a second lead column ("Delivery lead") is the responsible one
            out.append(("responsible", score - 15, reason))
        if new_role == "responsible" and _HELPS.search(p.header):
            # "Responsible | Support": who helps, more of the responsible after that column's
            out.append(("support", score - 15, _and(reason, "beside a responsible column")))
        if new_role == "ref" and _runs_in_blocks(p):  # "Ref" beside "Action No.": the group's
            out.append(("recommendation_ref", score - 15, _and(reason, "its values run in blocks")))
        if new_role in ("status", "rag") and role in _CONTENT_DECIDES:  # taken by another
            out.append((role, score - 15, f"header {p.header!r}; another column is the {new_role}"))
    if not out and (p.filled or p.colours):
        out += _by_content(p)
    return out


# A role as the cells bear it out, with the evidence; None: the cells say no, the column
# takes no role. ``_ON``: a step that says nothing either way, the next one decides.
_Verdict = tuple[str, Reason] | None


class _Undecided(Enum):
    ON = "on"


_ON = _Undecided.ON


def _correct(role: str, p: ColumnProfile) -> _Verdict:
    """The role a header proposes, as the cells bear it out (None: the cells say no):
    first what holds for any role (colours, no cells, news, answers), then the steps of
    the role's own, in order."""
    said = f"header {p.header!r}"
    for step in (_corrected_by_colour_or_blank, _corrected_as_news, _corrected_as_answers):
        if (found := step(role, p, said)) is not _ON:
            return found
    if role == "ref":
        return _corrected_ref(p, said)
    if role in ("recommendation", "recommendation_ref"):
        return _corrected_group(role, p, said)
    if role in ("due", "revised_due"):
        return _corrected_due(role, p, said)
    own = _CORRECTED_BY_ROLE.get("people" if role in PEOPLE_ROLES else role)
    if own is not None and (found := own(role, p, said)) is not _ON:
        return found
    return role, _cells(said, p)


def _corrected_by_colour_or_blank(role: str, p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """A rating drawn only in cell colours; a column with no cells."""
    if role in ("rag", "status") and p.rated_by_colour and p.says_nothing:
        if role == "rag":
            return "rag", f"cell colours: {p.colour_summary()}"
        return "rag", f"{said}, but its cells say nothing: cell colours, {p.colour_summary()}"
    if not p.filled:
        if role == "action" and p.rows:
            return None  # "Parent task" left empty: the wording is in another column
        return role, f"{said} (no cells)"
    return _ON


def _corrected_as_news(role: str, p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """Sentences opened by a date under a header that proposed something else: news."""
    if role in ("due", "measure") and _dated_news(p):
        return "update", f"{said}, but {p.dated_news} of its sentences open with a date: news"
    if role == "action" and cue_weight(p.header, role) < 5 and _every_cell_dated(p):
        # a task tool's "Description" holding its progress notes, each line opened by its
        # day ("14/10/2026 – Plan approved"): a log of news, not the task's wording
        return "update", f"{said}, but every cell opens with a date ({p.dated_news}): news"
    if role == "recommendation" and _every_cell_dated(p) and p.distinct >= p.filled:
        # "Agency response to recommendations" over "12/11/2026 – Police: …", a new dated
        # line on each row: the agencies' news, not the recommendation's wording
        return "update", f"{said}, but every cell opens with a date ({p.dated_news}): news"
    return _ON


def _corrected_as_answers(role: str, p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """Yes / partial / no under a header that proposed a ref or the action: a field."""
    if role in ("ref", "recommendation_ref", "action") and p.answers >= 0.8:
        return "extra", f"{said}, but its cells are answers (yes/partial/no {p.answers:.0%})"
    return _ON


def _corrected_action(role: str, p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """An "action" column whose cells are dates, the actions' numbers, or a few notes."""
    if _dated_action_header(p) and p.dates >= 0.8 and p.prose < 0.2:
        # "Milestone" over "Sep 26", "Mar 27": the date a step is due, not its wording
        # ("Action" over "2017 review to be published" names it outright: the wording);
        # "Date actions will be completed" over "30/11/2026" names a date: never a ref
        return "due", f"{said}, but its cells are dates ({p.dates:.0%}): when, not what"
    if (numbers := _numbering_not_wording(p)) is not None:
        return "ref", f"{said}, but its cells are {numbers}"
    if cue_weight(p.header, role) <= 4 and p.filled * 2 < p.rows:
        return None  # "Description" filled on a few rows: notes, not the actions
    return _ON


def _corrected_update(role: str, p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """An "update" column whose cells are dates, flags, percentages, status words or
    the steps of a scale: no news."""
    # "Date action taken" over bare dates; not "Progress Q2 2026/27", whose header dates
    # its news ("Log started 09/07/26." is a sentence of that quarter, not a when)
    if p.dates >= 0.5 and p.prose < 0.2 and not _dated_by_header(p):
        return "extra", f"{said}, but its cells are dates ({p.dates:.0%}): when, not news"
    if _flags_a_highlight(p):
        return "extra", f"{said}, but its cells are no sentences ({p.prose:.0%}): a flag, not news"
    if p.percents >= _MOSTLY and p.prose < 0.2:
        # "Progress" | 60%: a system's progress bar, how far the action is, not news
        return "percent", f"{said}, but its cells are percentages ({p.percents:.0%})"
    if (short := _as_short_status_words(p, said)) is not _ON:
        return short
    if _steps_of_a_scale(p):
        # "Self-assessed progress" over "Reasonable progress", "Significant progress": a
        # judgement on a scale, told in a few set phrases, rates the work; it is not news
        return "extra", f"{said}, but its cells are {p.distinct} short phrases, repeated: a rating"
    return _ON


def _corrected_rag(role: str, p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """A "rag" column whose cells are news, a finding's urgency or status words."""
    if p.prose >= _MOSTLY and (p.rags < 0.5 or "update" in scores(p.header)):
        # "Progress and RAG" over "RAG: Amber. First audit found …": the news, its rating
        # written at the start of each cell (read from there), not a column of ratings;
        # so with a state opening each ("Progress" over "RAG status": "Complete:" over the
        # news), when the header names the progress too
        return "update", f"{said}, but its cells are sentences ({p.prose:.0%}): news"
    if _ranks_the_finding(p.header):
        return "extra", f"{said} ranks urgency, not progress: a field, never the RAG"
    if p.statuses >= 0.6 and p.rags < 0.5:
        return "status", f"{said}, but its cells are status words ({p.statuses:.0%})"
    return _ON


def _corrected_measure(role: str, p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """A "measure" column whose cells are status words, or the periods and dates of a
    deadline."""
    if (short := _as_short_status_words(p, said)) is not _ON:
        return short
    headed_as_time = header_year(p.header) or names_month_year_format(p.header)
    if p.keyed_times >= _MOSTLY:
        # "Target sprint" over "Sprint 12", "Sprint 13", each a period the plan's calendar
        # dates: deadlines, as the plan's key says when each one ends
        return "due", f"{said}, but its cells are periods the plan keys to days"
    if (_headed_when(p) or headed_as_time) and p.times >= _MOSTLY:
        # "Target quarter (2026/27)" over "Q3", "Q4": periods of the year the header names;
        # "Target (mm/yy)" over "03/27": months in the order the header names
        return "due", f"{said}, but its cells are dates or wording of a time ({p.times:.0%})"
    return _as_dates_of_a_deadline(p, said)


def _corrected_extra(role: str, p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """A field whose cells are status words, or the dates of a deadline."""
    if (short := _as_short_status_words(p, said)) is not _ON:
        return short
    return _as_dates_of_a_deadline(p, said)


def _corrected_status(role: str, p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """A "status" column whose cells are RAG ratings, or state no status."""
    if p.rags >= 0.8 and p.statuses < 0.5:
        return "rag", f"{said}, but its cells are RAG ratings ({p.rags:.0%})"
    if _weak(p, role) and p.statuses < 0.5:
        return None  # "Compliance" over Yes / Partial / No or notes: no status stated
    return _ON


def _corrected_people(role: str, p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """A people column that names what is needed, no crew, or someone other than who
    does the work."""
    if role == "responsible" and p.prose >= 0.5 and cue_weight(p.header, role) < 6:
        return None  # "Support required": sentences of what is needed, not who helps
    if headed_by_crew(p.header) and p.crews < _MOSTLY:
        return None  # "Shift" over "From paper to online forms": no crew named, no people
    if (other := _not_who_does_it(role, p)) is not None:
        return "extra", f"{said}{other}"
    return _ON


def _as_short_status_words(p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    short = _short_status_words(p)
    if short is None:
        return _ON
    return short, f"{said}, but its cells are short, repeated {short} words"


def _as_dates_of_a_deadline(p: ColumnProfile, said: str) -> _Verdict | _Undecided:
    """Dates under a measure's or a field's header that names no past event: a deadline."""
    if p.dates >= 0.5 and (p.prose < 0.2 or _offers_a_date(p.header)) and not _dated_past(p.header):
        return "due", f"{said}, but its cells are dates ({p.dates:.0%})"
    return _ON


_CORRECTED_BY_ROLE: dict[str, Callable[[str, ColumnProfile, str], _Verdict | _Undecided]] = {
    "action": _corrected_action,
    "update": _corrected_update,
    "rag": _corrected_rag,
    "measure": _corrected_measure,
    "extra": _corrected_extra,
    "status": _corrected_status,
    "people": _corrected_people,
}


def _corrected_ref(p: ColumnProfile, said: str) -> tuple[str, Reason] | None:
    """A "ref" column as its cells bear it out (None: no numbering of the plan's)."""
    if _CITES_OTHERS.match(p.header):
        return "extra", f"{said} cites other records, not the action nor its group"
    if p.wordless >= _MOSTLY and (short := _short_status_words(p)) is not None:
        # a school plan's "Key" of ✔ / ◑ / ○ under its key row "Key: ✔ complete …": the
        # marks the plan keys, a few repeated, say how each action stands; no code names
        # a row. Marks alone: a letter or figure numbers ("No." over "A.", "b", "1")
        return short, f"{said}, but its cells are short, repeated {short} words"
    if _SOURCE_REF.search(p.header) and not p.once_per_block:
        if _register_numbers(p):  # "HMICFRS ref" 5131, 5132, 5140: the item's own number
            return "ref", f"{said}, its cells a register's numbers, one per row, rising"
        if _runs_in_blocks(p):  # "CQC ref" MD1 merged down its block: maybe the group's ref
            return "recommendation_ref", f"{said}, one value down each block: the group's ref"
        return "extra", f"{said} points into the report, not at the action"
    if _only_a_code(p) and (_CODE_QUALIFIES.search(p.header) or p.falls):
        # "FM Code standard" names a standard of the code; budget codes "C310" then
        # "C105" in blocks fall: no numbering of the plan's, neither the row's key
        # nor its group's
        return None
    if p.staged and p.falls and p.distinct < p.filled:
        # a committee tracker's "Item" ("Item 3 – Annual Governance Statement", "Item 10 –
        # Any Other Business", then "Item 5 – …" at the next meeting): agenda numbers
        # start afresh at each meeting, so they number no group of the plan, nor the row;
        # an item written again (two actions on it, or back at a later meeting), where a
        # list sorted by another column ("Rec 2 – …", "Rec 4 – …", "Rec 1 – …") names each once
        return "extra", f"{said}, but its cells are one label's numbers falling back: a field"
    if p.prose >= 0.8 and _runs_in_blocks(p):
        # "SHR engagement plan item" over one sentence down each block: no ref, but the
        # wording of the recommendation the block answers (a ref is a short code)
        return "recommendation", f"{said}, but its cells are sentences, one down each block"
    return "ref", _cells(said, p)


def _corrected_group(role: str, p: ColumnProfile, said: str) -> tuple[str, Reason] | None:
    """A "recommendation" or "recommendation_ref" column as its cells bear it out: the
    actions' refs, the group's ref, or no group of the plan's at all (None)."""
    if p.sub_numbered >= _MOSTLY:
        return "ref", f"{said}, but its cells number actions under a recommendation ('2 (i)')"
    if role == "recommendation" and p.codes >= 0.6 and _ids(p) and _weak(p, role):
        return "ref", f"{said}, but its cells are short codes, a new one on every row: IDs"
    if role == "recommendation" and (p.headings >= 0.8 or p.codes >= 0.6 and p.mean_length <= 12):
        if p.returns:
            return None  # "Priority" 1, 2, 1: a group's ref does not come back after another
        return "recommendation_ref", f"{said}, but its cells are short codes ({p.codes:.0%})"
    if role == "recommendation_ref" and p.returns:
        return None  # "Priority" 1, 2, 1: a group's ref does not come back after another
    if role == "recommendation" and p.returns and _PRIORITY.search(p.header):
        return None  # "P1 – within 1 month", "P2 – …", "P1 …": a band of each row, no group
    if role == "recommendation" and p.distinct <= 6 and p.mean_length < 15 and p.prose < 0.2:
        return None  # "Priority": High / Medium / Low
    return role, _cells(said, p)


def _corrected_due(role: str, p: ColumnProfile, said: str) -> tuple[str, Reason] | None:
    """A deadline column ("due", "revised_due") as its header and cells bear it out
    (None: notes, no deadline)."""
    if role == "due" and p.stacked_dates >= STACKED_DATES:
        return "extra", f"{said}, but its cells list dates one a line: the meetings, not a deadline"
    if _START.search(p.header):
        return "extra", f"{said} is when the work starts, not its deadline"
    if _past_record(_FINISHED, p.header):
        return "extra", f"{said} is when the work was done, not its deadline"
    if _past_record(_UPDATED, p.header):
        return "extra", f"{said} is when the row was last updated, not its deadline"
    if _says_when_met(p.header):
        return "extra", f"{said} is when a meeting decided it, not its deadline"
    if p.yes_no >= _MOSTLY and p.dates < 0.1:
        # "Deadline extended? (Y/N)" over "Y", "N": whether the deadline moved or was
        # met, asked of it; the dates are in another column
        return "extra", f"{said}, but its cells answer yes or no ({p.yes_no:.0%}): no date"
    if role == "due" and names_revised_deadline(p.header):
        return "revised_due", f"{said}: a revised deadline wins over the original"
    if role == "due" and p.dates < 0.1 and p.prose >= 0.5 and p.times < _MOSTLY:
        # sentences under "Timescale" are notes; "Within one month of the date of our
        # final report" over every row is the deadline as the plan words it
        return None
    return role, _cells(said, p)


# Cells listing several dates, one a line, that make a column a record of meetings
STACKED_DATES = 0.25


def _numbering_not_wording(p: ColumnProfile) -> str | None:
    """What an "Action" column's cells are where they number the actions rather than
    word them (short codes, bare letters, a tool's IDs), or None."""
    if p.codes >= 0.6 and p.mean_length < 15:
        return f"short codes ({p.codes:.0%})"
    if p.letters >= _MOSTLY:
        # "Action" over "a", "b", "c" beside "What we will do": the action's letter
        return f"bare letters ({p.letters:.0%})"
    if _ids(p):  # "Task ID": a tool's opaque IDs are never the wording
        return f"IDs, one per row ({p.identifiers:.0%})"
    return None


def _not_who_does_it(role: str, p: ColumnProfile) -> str | None:
    """Why a lead or responsible column names someone other than who does the work
    (who recorded the item, how to reach someone, who monitors or oversees), or None."""
    if _RECORDED_BY.search(p.header):
        return " says who recorded the item, not who does the work"
    if _CONTACT.search(p.header):
        return " is how to reach someone named in another column"
    if _WORDS_FROM.match(p.header):
        return " holds what someone wrote, not who does the work"
    if role == "responsible" and _MONITOR.search(p.header):
        return ": who monitors is not who does the work"
    if _names_bodies_only(p):
        return ", but its cells all name boards or committees: who oversees"
    if p.choices >= _MOSTLY:
        return ", but its cells are choices from a list ('Drive', 'Sponsor'): a role, no one"
    if _sentences_naming_no_one(p):
        return f", but its cells are sentences ({p.sentences:.0%}) naming no one: news, no people"
    if _codes_keying_people(p):
        return ", but its cells are codes ('FIN02') under a code's header: the people's key"
    return None


# Header words naming a code or a number: "Officer code", "Owner ID", "Staff no."
_CODE_WORDS = frozenset({"code", "codes", "id", "ids", "no", "number", "#"})


def _codes_keying_people(p: ColumnProfile) -> bool:
    """ "Officer code" | FIN02, ICT01: every cell letters then a number under a people
    header that names a code, the key a workbook looks its officers up by. A person's
    name or initials hold no digit, so one of them among the codes keeps the people."""
    return p.filled > 0 and p.lettered_codes == 1 and not _CODE_WORDS.isdisjoint(words(p.header))


# Of a column's cells, the share that names people or posts below which its sentences are
# news ("Partially implemented – call-back procedure issued; …"), never a list of people
_FEW_PEOPLE = 0.2


def _sentences_naming_no_one(p: ColumnProfile) -> bool:
    """Cells written as sentences, nearly all, with hardly a name, a person or a post
    among them: what happened, whoever the header says wrote it."""
    named = max(p.names, p.persons, p.posts)
    return p.sentences >= _MOSTLY and p.prose >= _HALF and named < _FEW_PEOPLE


# Header words that say little about the cells: "Progress rating", "Position",
# "Assessment" may hold news or a rating; a column of a few status words is a rating.
_CONTENT_DECIDES = ("update", "measure", "extra")


def _dated_by_header(p: ColumnProfile) -> bool:
    """A header that holds a date ("Update Jan 2024", "Progress Q2 2026/27") dates its cells."""
    return parse_deadline(p.header).due is not None


def _answers_done(p: ColumnProfile) -> bool:
    """ "Done?" | Y, N, Y: a yes/no question of completion, answered on its rows; or
    "Done" | ✓, blank, ✓: a completion word over boxes ticked where the work is done."""
    if p.filled == 0:
        return False
    asked = p.yes_no >= 0.8 and vocab.asks_if_done(p.header)
    return asked or (p.ticks >= 0.8 and vocab.heads_ticks(p.header))


def _stages_an_action(p: ColumnProfile) -> bool:
    """ "Closure stage" | Stage 2 – Delivery, Stage 4 – Closed, Stage 1 – Plan agreed: the
    step each action has reached, under a header naming a stage or status. Stages that
    only rise in blocks ("Stage 1 – Discovery" over its tasks) group the plan instead."""
    words = set(re.findall(r"[a-z]+", p.header.lower()))
    named = bool(words & {"stage", "status"}) or "status" in scores(p.header)
    return named and p.staged and (p.falls or p.returns) and _on_nearly_every_row(p)


def _flags_a_rating(p: ColumnProfile) -> bool:
    """ "At Risk" | TRUE, FALSE: a project tool's flag, a check box answered yes or no on
    each row, whose header is a rating word; a yes rates the row so."""
    rated = vocab.flag_rating(p.header) != (None, None)
    return rated and p.filled > 0 and p.yes_no >= _MOSTLY


def _every_cell_dated(p: ColumnProfile) -> bool:
    """Sentences, every filled cell opening with a date: progress notes kept as a log."""
    return _dated_news(p) and p.dated_news >= p.filled


def _dated_news(p: ColumnProfile) -> bool:
    """Sentences, two or more opening with a date ("14/10/2025 – Mapping completed"):
    progress written as it happened, not a deadline ("Date of completion and outcome")
    nor a measure of success, which states no date it happened on."""
    return p.prose >= 0.5 and p.dates < 0.5 and p.dated_news >= 2


def _report_pointers_follow_the_groups(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A "CQC ref" repeated down blocks is the recommendation's ref only where its value
    changes just where the recommendation column's does (MD1 beside the requirement it
    names); "Para 34", "Para 35" changing inside one recommendation point into the
    report, and stay a field."""
    col = result.column("recommendation_ref")
    if col is None or col in explicit or not _SOURCE_REF.search(profiles[col].header):
        return
    if profiles[col].once_per_block:
        return  # blanks under each value: the group stage checks it against the groups
    rec = result.column("recommendation")
    if rec is None:
        rec = _a_title_naming_each_report(profiles, result, col)
    if rec is None or not profiles[col].starts <= profiles[rec].starts:
        result.roles[col] = "extra"
        result.evidence[col] = (
            f"header {profiles[col].header!r} points into the report: its values change"
            " inside a recommendation"
        )


def _a_title_naming_each_report(
    profiles: list[ColumnProfile], result: Assignment, col: int
) -> int | None:
    """RAIB's tracker: "Investigation title | Report number" MERGED down each report's
    recommendations and no recommendation column. The report number is the group's ref
    where a column of titles, left a field, changes just where it does: the title is
    the recommendation's text (made so here; None where no such column stands)."""
    ref = profiles[col]
    for p in profiles:
        if p.index == col or result.roles.get(p.index, "extra") != "extra":
            continue
        if p.prose >= 0.5 and len(ref.starts) >= 2 and p.starts == ref.starts:
            result.roles[p.index] = "recommendation"
            result.evidence[p.index] = (
                f"header {p.header!r}: titles changing just where {ref.header!r} does,"
                " the text of the group it numbers"
            )
            return p.index
    return None


def _a_priority_band_beside_the_ref_is_a_field(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A "Priority" column of a few grades ("Priority 1", "Priority 2"; "High"; 1-3)
    beside the plan's own "Reference number": the grade a report gives each item, never
    the group's ref. So where one grade is shared by several items (no two blocks share
    a ref), or where the ref column is itself written once at each block's start."""
    col, ref = result.column("recommendation_ref"), result.column("ref")
    if col is None or ref is None or col in explicit or not _PRIORITY.search(profiles[col].header):
        return
    band, refs = profiles[col], profiles[ref]
    shared = band.distinct < band.filled
    beside = refs.once_per_block and band.starts <= refs.starts
    if band.distinct <= _PRIORITY_GRADES and (shared or beside):
        result.roles[col] = "extra"
        result.evidence[col] = (
            f"header {band.header!r}, {band.distinct} grades shared among the items beside"
            f" the ref column {profiles[ref].header!r}: a field, never the group's ref"
        )


def _a_tasks_notes_are_its_description(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """In a task tool's export (its refs the tool's IDs), "Notes" is the text typed into
    the task itself, its description: a field of the action, not news of it. A header
    that says news ("Comment", "Progress update"), or notes opening with dates, stay
    the updates."""
    ref = result.column("ref")
    if ref is None or not _tool_ids(profiles[ref]):
        return
    for p in profiles:
        if result.roles.get(p.index) != "update" or p.index in explicit or p.dated_news:
            continue
        if cue_weight(p.header, "update") <= _NOTES:
            result.roles[p.index] = "extra"
            result.evidence[p.index] = (
                f"header {p.header!r} in a task tool's export: the task's description, a field"
            )


def _the_plans_own_numbers_over_tool_ids(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A task tool's opaque IDs beside action wording the plan numbers itself ("[1.2]
    Refresh the corporate plan …" on (nearly) every row): the plan's numbers are the
    refs, the tool's IDs a field."""
    ref, action = result.column("ref"), result.column("action")
    if ref is None or action is None or ref in explicit or not _tool_ids(profiles[ref]):
        return
    if profiles[action].numbered >= _MOSTLY:
        result.roles[ref] = "extra"
        result.evidence[ref] = (
            f"a tool's IDs beside the plan's own numbers opening {profiles[action].header!r}:"
            " a field"
        )


def _a_counted_label_over_a_register_number(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Improvement Notice 1", "… 2", "… 3" beside "HSE notice no." 318204561 …, both
    written once over the same blocks: the plan counts what it answers as it presents it,
    while the long number is the other body's register of it. The plan's count is the
    recommendation's ref (its number, as "AFI 2" gives 2), the register number a field of
    each action: never the recommendation's ref, nor an action's, written once a block."""
    for role in ("recommendation_ref", "ref"):
        col = result.column(role)
        if col is None or col in explicit or profiles[col].serials < _MOSTLY:
            continue
        register = profiles[col]
        count = next(
            (p for p in profiles if _counts_the_blocks(p, register, result, explicit)), None
        )
        if count is None:
            continue
        result.roles[count.index], result.roles[col] = "recommendation_ref", "extra"
        result.evidence[count.index] = (
            f"one label counted from 1 over the blocks {register.header!r} marks: the plan's"
            " own list, the recommendation's ref"
        )
        result.evidence[col] = (
            f"long plain numbers once a block, beside {count.header!r} counting the"
            " blocks: another body's register, a field"
        )
        return


def _counts_the_blocks(
    p: ColumnProfile, register: ColumnProfile, result: Assignment, explicit: dict[int, str]
) -> bool:
    """Headed over the same blocks as ``register`` by a label counted from one."""
    if p.index in explicit or p.index == register.index or not _is_free(result, p):
        return False
    return p.counted_heads and p.starts == register.starts and len(p.starts) < p.rows


# A comment headed by who makes it, another body than the action's own people: "PCF
# comment", "Partner comments", "Residents' views", "Comments from parents"
_SAID = r"(?:comments?|views?|feedback)"
_WHO = r"[^\W\d_][\w&'’ -]{0,30}?"
_ANOTHER_VOICE = re.compile(
    rf"^\s*(?:(?P<who>{_WHO})(?:['’]s|s['’])?\s+{_SAID}|{_SAID}\s+(?:from|by)\s+(?:the\s+)?"
    rf"(?P<source>{_WHO}))\s*$",
    re.IGNORECASE,
)
# Those a plan answers to or works with, who comment on the work but do not do it
_OTHER_BODY = re.compile(
    r"\b(?:partners?|parents?|carers?|famil(?:y|ies)|residents?|tenants?|service users?|"
    r"forum|young people|children|pupils?|patients?|stakeholders?|auditors?|inspectors?|"
    r"scrutiny|healthwatch|community|public|external|independent|"
    # a board's critical friend or a peer reviewer, who checks the evidence
    r"critical friends?|peers?|reviewers?)\b",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")  # "PCF", "ICB": a body by its initials


def another_voice(header: str) -> bool:
    """A header naming a comment by another body than the action's own people ("PCF
    comment", "Comments from parents"); not the lead's ("Lead comment", "SRO comments")."""
    m = _ANOTHER_VOICE.match(header)
    who = m and (m["who"] or m["source"])
    if not who or scores(who):  # "Lead", "SRO", "Progress": the action's own voice
        return False
    return bool(_ACRONYM.match(who.strip()) or _OTHER_BODY.search(who))


# The body's answer to an audit report, written when the report was: "Management
# comments", "Management response", "Mgmt comment"
_MANAGEMENT_RESPONSE = re.compile(
    r"^\s*(?:agreed\s+)?(?:management|mgmt)(?:['’]s)?\s+(?:comments?|responses?)\s*$",
    re.IGNORECASE,
)


# A self-assessment's account of where things stand, first named as the evidence:
# "Evidence, commentary and any explanations", "Evidence and comments"; not a header
# that still names the progress ("Evidence of progress", "Evidence / update")
_EVIDENCE_FIRST = re.compile(r"^\W*evidence\b(?!.*\b(?:progress|updates?)\b)", re.IGNORECASE)


def _not_the_progress(p: ColumnProfile) -> bool:
    """A comment column that is not the lead's progress: another body's view ("PCF
    comment"), unless most of its notes are signed with their day (that body's dated
    follow-up of the work), management's response to the report, undated ("Accepted."),
    or the evidence a self-assessment gives for its answer ("Evidence, commentary …")."""
    response = _MANAGEMENT_RESPONSE.match(p.header) and not p.dated_news
    evidence = _EVIDENCE_FIRST.match(p.header)
    reason = REASON_FOR_THE_RATING.match(p.header)  # "Reason for RAG" beside "Progress"
    # "IA comment" over "Evidence seen (IA, 13/11/26)": the checker's dated follow-up, news
    voice = another_voice(p.header) and p.signed <= _HALF
    return bool(response or evidence or reason or voice)


def _another_voice_beside_progress_is_a_field(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Update" | "PCF comment": beside the lead's progress, a column of another body's
    own words on each action (the parent carer forum's, the partners') is their view,
    not the action's progress: a field. So is "Management comments" beside "Progress to
    date": the answer given when the report was written. Alone, such a column is still
    the news."""
    updates = [p for p in profiles if result.roles.get(p.index) == "update"]
    voices = [p for p in updates if p.index not in explicit and _not_the_progress(p)]
    if len(voices) == len(updates) and not _the_owners_reply_is_the_progress(
        profiles, result, explicit, voices
    ):
        return
    for p in voices:
        result.roles[p.index] = "extra"
        result.evidence[p.index] = (
            f"header {p.header!r}: not the progress, beside the progress column: a field"
        )


# The last word of a header of remarks ("Officer comments", "Cabinet Member response")
_REMARK_WORDS = frozenset({"comment", "comments", "commentary", "response", "responses"})


# A header asking whether the work is done, not whether the recommendation was taken up:
# "Closure evidence accepted?", "Implementation verified?", "Agreed complete?"
_CHECKS_THE_WORK = re.compile(
    r"\b(?:clos\w*|evidence|verif\w*|implement\w*|complet\w*|sign(?:ed)?[- ]?off|tested)\b",
    re.IGNORECASE,
)
# Who checks the work and writes the follow-up, not who answered the recommendation:
# "Internal Audit comments", "Committee comments", "Scrutiny panel comments"
_THE_MONITOR = re.compile(
    r"\b(?:audit\w*|committee|scrutiny|panel|board|monitor\w*|review\w*|inspect\w*|"
    r"regulator|assurance)\b",
    re.IGNORECASE,
)


def _answers_each_recommendation(p: ColumnProfile) -> bool:
    """ "Accept" / "Partially accept" / "Reject", or "Yes" / "No" under "Accepted?": the
    body's answer to each recommendation made to it; not a check on the work under a
    header that names it ("Closure evidence accepted?")."""
    if _CHECKS_THE_WORK.search(p.header):
        return False
    return p.acceptances >= _MOSTLY or (vocab.asks_if_taken_up(p.header) and p.answers >= _MOSTLY)


def _comments_on_an_answered_recommendation_are_a_field(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Accept / Reject" | "Officer comments" | … | "Progress update (November 2026)": a
    plan that records the answer to each recommendation made to it (a scrutiny action
    plan's Executive response) writes its comments when that answer was given ("Can be
    funded from the WRAP grant."), the reasons for it, not news; the plan's own progress
    column, written after them, tells where the work stands. Undated and unheaded by a
    date, such a comments column between the answer and the progress column is a field
    (README reading 22). Comments after the progress column, or headed by the one who
    checks the work ("Internal Audit comments", "Committee comments"), are follow-up
    news; without the answer, or as the only news, the comments are the updates (reading
    5)."""
    answers = [p.index for p in profiles if _is_free(result, p) and _answers_each_recommendation(p)]
    if not answers:
        return
    updates = [p for p in profiles if result.roles.get(p.index) == "update"]
    remarks = [p for p in updates if p.index not in explicit and _undated_remarks(p)]
    progress = [p.index for p in updates if p not in remarks]
    remarks = [p for p in remarks if min(answers) < p.index < max(progress, default=-1)]
    if not remarks:
        return
    for p in remarks:
        result.roles[p.index] = "extra"
        result.evidence[p.index] = (
            f"header {p.header!r}: remarks on the answer to each recommendation, beside the"
            " progress column: a field"
        )


def _undated_remarks(p: ColumnProfile) -> bool:
    """ "Officer comments", "Cabinet Member response": remarks, undated and unheaded by a
    date, not by the one who checks the work ("Internal Audit comments")."""
    tokens = words(p.header)
    return (
        bool(tokens)
        and tokens[-1] in _REMARK_WORDS
        and not _THE_MONITOR.search(p.header)
        and not p.dated_news
        and not _dated_by_header(p)
    )


def _the_owners_reply_is_the_progress(
    profiles: list[ColumnProfile],
    result: Assignment,
    explicit: dict[int, str],
    voices: list[ColumnProfile],
) -> bool:
    """ "Force response" | … | "OPCC comment": where every news column is another body's
    view (the commissioner's office, a scrutineer), the plan's own reply written beside
    each action, in sentences, is where its work stands: the updates. A reply in a few
    words ("Agreed.") is no such news."""
    if not voices:
        return False
    replies = [
        p
        for p in profiles
        if p.index not in explicit
        and _is_free(result, p)
        and _REPLY.search(p.header)
        and p.prose >= _PROSE_REPLY
    ]
    if not replies:
        return False
    best = max(replies, key=lambda p: p.filled)
    result.roles[best.index] = "update"
    result.evidence[best.index] = (
        f"header {best.header!r}, the plan's own reply beside another body's comment:"
        f" the updates ({best.summary()})"
    )
    return True


def _comments_before_the_action_are_a_finding(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Objective | Comments | Actions": news is written after the action it tells of,
    so a column headed as news that stands before the action column, its cells with no
    date, no status word, no RAG word and no %, says what led to the action (what a
    survey found: "Patients find the telephone queue at 8am too long."), as "Issue" or
    "Finding" would: a field, not progress."""
    action = result.column("action")
    if action is None:
        return
    for p in profiles:
        if result.roles.get(p.index) != "update" or p.index in explicit or p.index > action:
            continue
        if p.dated_news or p.dates or p.times or p.statuses or p.rags or p.percents:
            continue
        result.roles[p.index] = "extra"
        result.evidence[p.index] = (
            f"header {p.header!r} before the action column {profiles[action].header!r},"
            " no date, status or %: what led to the action, a field"
        )


_NOTES = 3  # "Notes": the weakest word for news; "Comment" (4) and above say it
_TOOL_ID_LENGTH = 8  # "1208840000001101", "AAMkQ1x7Rt0YkVn2bq9E2Fz7tWmL"; not "WEB-4", "2.1"


def _tool_ids(p: ColumnProfile) -> bool:
    """A tool's opaque IDs: long tokens, one per row, that no plan writes as its own
    numbering (Asana's 16 digits, Planner's letters and digits)."""
    return _ids(p) and p.codes < 0.5 and p.mean_length >= _TOOL_ID_LENGTH


def _unheaded_numbering(p: ColumnProfile) -> bool:
    """A column with no header at all, a short code on nearly every row and each a new
    one ("1a", "1b", "2a"), as an author numbers the rows and leaves the number's
    column unheaded: the actions' refs, written as they are."""
    fresh = p.distinct == p.filled and p.codes >= 0.8 and _on_nearly_every_row(p)
    return not p.header.strip() and fresh


def _lettered(p: ColumnProfile) -> bool:
    """Bare letters on every row, two or more of them ("a", "b", "c", as an ombudsman or
    an enforcement notice letters its orders): the actions numbered inside their block.
    A column of one letter (ticks "x") or of answers ("y", "n") numbers nothing."""
    return p.letters >= _MOSTLY and p.distinct >= 2 and p.filled == p.rows and p.yes_no < 0.5


def _register_numbers(p: ColumnProfile) -> bool:
    """Plain numbers of four digits or more, a new one on every row and rising: the
    numbers an inspectorate's register gives each item ("HMICFRS ref" 5131, 5132), not a
    pointer into a report, whose paragraphs never run to thousands."""
    return _ids(p) and p.serials >= 0.8 and not p.falls


def _ids(p: ColumnProfile) -> bool:
    """IDs: one token with a digit in each filled row, no two alike, on (nearly) every row."""
    return p.identifiers >= 0.8 and p.distinct == p.filled and p.filled * 5 >= p.rows * 4


def _counts_done(p: ColumnProfile) -> bool:
    """ "2/3", "0/2" under "Completed Checklist Items": how far a task's items are done,
    never a ref nor its group (however sparse), unless the header names a ref ("No.")
    or a deadline ("Due date": "1/4" may be a day and month)."""
    if p.filled < 2 or p.counts < 0.8:
        return False
    return not any(cue_weight(p.header, r) >= _NAMES_IT for r in _SLASHED_ROLES)


_SLASHED_ROLES = ("ref", "recommendation_ref", "due", "revised_due")  # may write "1/2"

# A header naming the action's own steps and how many are done ("Milestones met", "Steps
# done", "Tasks completed", "No. of milestones achieved"): its counts ("3/4") say how far
# the action has got, as a % complete does. A bare "n/m" elsewhere may be a date.
_STEPS_DONE = re.compile(
    r"\b(?:milestones?|steps?|tasks?)\b.*\b(?:done|met|complete[d]?|achieved)\b"
    r"|\b(?:done|met|complete[d]?|achieved)\b.*\b(?:milestones?|steps?|tasks?)\b",
    re.IGNORECASE,
)


# A header naming what the action has done so far ("Delivered so far", "Done to date",
# "Progress", "Milestones met"): counts in words under it ("3 of 4 sessions held") say
# how far the action has got, as "3/4" under "Milestones met" does
_DONE_SO_FAR = re.compile(
    r"\b(?:done|met|complete[d]?|achieved|delivered|so\s+far|to\s+date|progress)\b", re.I
)


def _dated_action_header(p: ColumnProfile) -> bool:
    """A header that may hold the action or its date: "Milestone", or one naming a
    deadline beside the action ("Date actions will be completed")."""
    return _weak_action(p) or cue_weight(p.header, "due") > 0


def _weak_action(p: ColumnProfile) -> bool:
    """A header that may hold the action ("Milestone", "Task") but may hold its date."""
    return cue_weight(p.header, "action") <= _MILESTONE


_MILESTONE = 4


def _weak(p: ColumnProfile, role: str) -> bool:
    """A header that may name the role ("Issue key") but does not say it outright."""
    return cue_weight(p.header, role) < _NAMES_IT


def _runs_in_blocks(p: ColumnProfile) -> bool:
    """Fewer values than rows, each written over one run of rows: a grouping's refs. One
    value on every row groups nothing: a list export's "Item Type" is "Item" throughout."""
    repeated = p.distinct < p.filled or p.once_per_block  # merged cells, or written once
    constant = p.distinct == 1 and p.filled == p.rows
    return p.filled >= 2 and repeated and not p.returns and not constant


def _short_status_words(p: ColumnProfile) -> str | None:
    """ "status" or "rag" for a column of short words from that vocabulary, repeated."""
    if p.prose >= 0.2 or p.mean_length > 20 or p.distinct >= p.filled:
        return None
    if p.statuses >= 0.8:
        return "status"
    if p.rags >= 0.8:
        return "rag"
    return None


_SCALE_STEPS = 5  # a judgement's scale: "Significant" / "Reasonable" / "Insufficient progress"


def _steps_of_a_scale(p: ColumnProfile) -> bool:
    """A few short phrases, each written twice or more on average, with no dates, numbers
    or sentences among them and none of the status, RAG or yes/no words: the steps of a scale an
    assessor rates on, not progress written as it happened. Two steps or more, each ending
    with the thing they rate ("Significant progress", "Reasonable progress"): short news
    that repeats ("Policy drafted", "Training booked"; "No update" on every row) is news."""
    if p.prose > 0 or p.dates > 0 or p.times > 0 or p.percents > 0 or p.dated_news:
        return False
    if p.statuses > 0 or p.rags > 0 or p.answers > 0:
        return False  # status words beside a status column stay the news (Progress | On track)
    if p.distinct < 2 or p.last_words != 1:
        return False
    return p.distinct <= _SCALE_STEPS and p.distinct * 2 <= p.filled and p.mean_length <= 30


def _names_no_one_at_work(p: ColumnProfile) -> bool:
    """A header over names that says who recorded an item ("Raised by"), what kind it is
    ("Type", or the kinds listed: "Must Do / Should Do" over "Must Do") or who receives
    assurance on it ("Assurance committee": Quality Committee),
    or what was examined ("Audit": Research Grant Costing), or cells that all name
    bodies that meet ("Governance": Strategic Safeguarding Board): those named do not do
    the work, so the column is a field."""
    headed = any(r.search(p.header) for r in (_RECORDED_BY, _KIND, _MONITOR, _EXAMINED))
    return headed or _names_bodies_only(p) or p.choices >= _MOSTLY


def _names_bodies_only(p: ColumnProfile) -> bool:
    """Every filled cell a board, committee, group, panel, forum or partnership: a body
    that oversees the work or receives assurance on it, never one who does it."""
    return p.filled > 0 and p.bodies >= 1.0


# A header of one word asking when ("By", "Target", "When"): over "Oct half term 2026"
# and "Easter 2027" it heads deadlines, though few of them give a date
_WHEN_HEADERS = frozenset({("by",), ("target",), ("when",), ("by", "when")})


# A header offering a measure or a date ("Target value or date", "Target / date",
# "Measure or deadline"): its cells are deadlines, some written as the target's sentence
# ("Net gain of 20 households by March 2027"), so its sentences do not make it a measure
_OR_DATE = re.compile(
    r"\b(?:or|and/or)\s+(?:target\s+)?(?:date|deadline|timescale)\b|/\s*date\b", re.IGNORECASE
)


def _offers_a_date(header: str) -> bool:
    return _OR_DATE.search(header) is not None


def _headed_when(p: ColumnProfile) -> bool:
    return tuple(words(p.header)) in _WHEN_HEADERS


def _ranks_the_finding(header: str) -> bool:
    """A header that grades the finding ("Category" Red / Amber / Green), not the work."""
    return bool(_RANKS_FINDING.search(header)) and not _RATES_THE_WORK.search(header)


_YEAR_WORD = re.compile(r"\byears?\b", re.IGNORECASE)


def _the_rows_year(p: ColumnProfile) -> bool:
    """Years alone ("2025", "2026") under a header naming the year and nothing ahead
    ("Year", "Year of report"; not "Target year"): the year each row belongs to, as a
    committee's tracker dates its reports. A year alone would be a deadline of 31
    December, months from any the plan set."""
    named = _YEAR_WORD.search(p.header) and not _AHEAD.search(p.header)
    return bool(named) and p.bare_years >= _MOSTLY


def _by_content(p: ColumnProfile) -> list[tuple[str, int, str]]:
    """Roles for a column whose header says nothing, from its cells alone (low scores)."""
    cells = f"no telling header; cells: {p.summary()}"
    if p.rated_by_colour and p.says_nothing:
        return [("rag", 30, f"no telling header; cell colours: {p.colour_summary()}")]
    if p.headings >= 0.8 and not p.returns:
        return [("recommendation_ref", 35, cells)]
    if p.breadcrumbs >= _MOSTLY and p.distinct < p.filled:
        # a system's path to each item, the same over runs of rows: the item's group
        return [("recommendation", 30, f"{cells}; a breadcrumb of the plan's tree on each row")]
    if _lettered(p):  # "Order" a, b, c down each case: the actions' own letters, never RAG
        return [("ref", 30, f"{cells}; bare letters: each action's letter in its block")]
    if _unheaded_numbering(p):  # "1a", "1b", "2a" down a column left unheaded
        return [("ref", 30, f"{cells}; no header, a new code on each row: the actions' refs")]
    if p.banded >= 0.8:
        # "Confidence of delivery" of "85%" under "80–100% = Green; …": the plan's key
        # makes each figure a colour, a rating, not how much of the work is done
        return [("rag", 30, cells)]
    if p.percents >= 0.8:
        return [("percent", 30, cells)]
    if (dated := _dated_state_and_news(p) or _reviewed_state_and_news(p)) is not None:
        return [("update", 25, dated)]
    if p.rags >= 0.8 and p.distinct <= 6 and not _ranks_the_finding(p.header):
        # "Open" / "Closed" are RAG words too (a status stated): where another column is
        # the RAG, such a column of status words is the status
        rated = [("rag", 30, cells)]
        return rated + [("status", 25, cells)] if p.statuses >= _MOSTLY else rated
    if p.statuses >= 0.7:
        return [("status", 30, cells)]
    if (dated := _dated_news_header(p) or _review_of_a_period_header(p)) is not None:
        return [("update", 25, dated)]
    if _every_cell_dated(p):  # "Key dates": "18/11/2026 – Rota agreed …" on each row
        return [("update", 25, f"{cells}; every cell opens with a date, then a sentence: news")]
    if _the_rows_year(p):
        return []  # "Year" 2025, 2026: when the report was made, no deadline
    if p.dates >= 0.8 and not _START.search(p.header) and not _dated_past(p.header):
        return [("due", 25, cells)]
    if _headed_when(p) and p.times >= _MOSTLY:
        return [("due", 25, f"header {p.header!r} over dates or wording of a time ({p.times:.0%})")]
    if p.codes >= 0.8 and p.once_per_block and _blocks_numbered(p):
        # "Para" 1.08 over three rows, then 1.09: a report paragraph heading each block;
        # 3, 1, 5 on a few rows is a measure (effort, points) with blanks, not blocks
        return [("recommendation_ref", 25, f"{cells}; short codes written once per block")]
    if p.names >= 0.8 and not _names_no_one_at_work(p):
        return [("lead", 25, cells), ("responsible", 20, cells)]
    if p.prose >= 0.5 and p.filled == p.rows and p.distinct <= p.filled / 2:
        return [("recommendation", 20, f"{cells}; the same text over runs of rows")]
    return []


# A header saying where the work stands, in the words a self-assessment uses ("Where we
# are", "Where are we now?", "Where things stand", "State of play", "Current situation"):
# a column of how each action stands, told as news or as a state.
_WHERE_IT_STANDS = re.compile(
    r"\bwhere\s+(?:we\s+are|are\s+we|(?:do\s+)?(?:we|things|it|this)\s+stands?"
    r"|things\s+are)\b|\bhow\s+(?:we|things|it|this)\s+stands?\b"
    r"|\bstate\s+of\s+play\b|\bcurrent\s+(?:situation|standing)\b",
    re.IGNORECASE,
)
# Sentences, a new one on nearly every row: what happened to each action, written for it
_NEWS_SHARE = 0.6


def _where_it_stands(p: ColumnProfile) -> str | None:
    """Evidence that a column headed by where the work stands holds its news: its cells
    are sentences, nearly each one its own, so a state opening some of them ("Completed –
    revised policy launched …") is the news's first word, not a column of states."""
    if not _WHERE_IT_STANDS.search(p.header) or p.dates >= 0.2:
        return None
    if max(p.prose, p.sentences) < _NEWS_SHARE or p.distinct < p.filled * _MOSTLY:
        return None
    return (
        f"header {p.header!r} says where the work stands, over sentences"
        f" ({max(p.prose, p.sentences):.0%}), nearly each its own: news"
    )


def _blocks_numbered(p: ColumnProfile) -> bool:
    """Short codes that may number blocks: rising, never a date, nor an answer ("Y" on
    some rows, blank on others, says yes or no to the header's question: no ref)."""
    answered = max(p.yes_no, p.answers) >= _MOSTLY
    return not p.returns and not p.falls and p.dates < 0.5 and not answered


# A meeting's name and its date ("Board 12.01.26", "FGB Dec 26"): a day or a month,
# as "Update Jan 2024" is; a year alone ("2026/27") is more often a plan's period.
_NEWS_DATE_PRECISIONS = ("day", "month")
# Words at most in a meeting's name and date ("F&P Committee 14.10.26" has three)
_MEETING_HEADER_WORDS = 5


def _dated_news_header(p: ColumnProfile) -> str | None:
    """Evidence that a header with no telling word, holding a date, heads that date's
    progress: its cells are sentences ("Forward plan amended."), not dates or names."""
    said = parse_deadline(p.header)
    if said.due is None or said.precision not in _NEWS_DATE_PRECISIONS:
        return None
    if len(p.header.split()) > _MEETING_HEADER_WORDS or p.sentences < 0.6 or p.dates >= 0.2:
        return None
    return (
        f"header {p.header!r} names a date ({said.due:%d %b %Y}) over sentences"
        f" ({p.sentences:.0%}): that day's progress"
    )


def _dated_state_and_news(p: ColumnProfile) -> str | None:
    """Evidence that a header holding a day ("Follow-up 1 (12/06/2026)") heads that day's
    findings though each opens with a state ("Partially implemented – 412 of 690
    reviewed"): sentences, each its own, are news of the day, not a rating."""
    if p.prose < _MOSTLY or p.distinct < p.filled or (dated := _dated_news_header(p)) is None:
        return None
    return f"{dated}, each opened by the state it found"


def _reviewed_state_and_news(p: ColumnProfile) -> str | None:
    """Evidence that a header of a review word ("Evaluation") heads what was found of each
    action though each cell opens with a state ("Completed – policy published …", "On hold
    – the upgrade has moved"): sentences, each its own, are news, not a status column."""
    if p.prose < _MOSTLY or p.distinct < p.filled:
        return None
    if (reviewed := _review_of_a_period_header(p)) is None:
        return None
    return f"{reviewed}, each opened by the state it found"


# "Evaluation (Autumn term)", "Review – Spring 2027", "Evaluated Q2": what was found of
# the work in a period, written as sentences, is its news. The period alone need not
# date it: a term with no year dates nothing (the updates are then undated).
_REVIEW_WORD = re.compile(r"\b(?:evaluat\w*|review\w*)\b", re.IGNORECASE)
# a term by its name, or by its number as a six-term year counts them ("Term 2", "HT2")
_TERM = re.compile(r"\b(?:autumn|spring|summer|term\s*[1-6]|ht\s*[1-6])\b", re.IGNORECASE)


def _review_of_a_period_header(p: ColumnProfile) -> str | None:
    """Evidence that a header of a review word and a period heads that period's news;
    the review word alone ("Evaluation") heads news too, undated. A header with more
    words ("Evaluation/Impact") may name what will show success: not news."""
    if not _REVIEW_WORD.search(p.header) or p.sentences < 0.6 or p.dates >= 0.2:
        return None
    if len(words(p.header)) == 1:
        return f"header {p.header!r} over sentences ({p.sentences:.0%}): what was found, news"
    if not _TERM.search(p.header) and parse_deadline(p.header).due is None:
        return None
    return (
        f"header {p.header!r} reviews a period, over sentences ({p.sentences:.0%}):"
        " that period's progress"
    )


def _a_lists_title_is_the_action(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """No column headed like an action: a column captioned "Title" over sentences is the
    name a list (SharePoint, Microsoft Lists) gives every item, the action, though the
    same wording comes on more than one row (never the recommendation it may look like)."""
    if "action" in result.roles.values():
        return
    titled = next(
        (p for p in profiles if p.index not in explicit and is_item_title(p.header)), None
    )
    if titled is None or titled.prose < _TITLED_PROSE:
        return
    result.roles[titled.index] = "action"
    result.evidence[titled.index] = (
        f"header 'Title' over sentences: the name a list gives each item ({titled.summary()})"
    )


_TITLED_PROSE = 0.8  # of a "Title" column's cells sentences, to make it the actions


def _prose_column_is_action(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """No column headed like an action: the longest prose column not given a role is."""
    if "action" in result.roles.values():
        return
    if "recommendation" in result.roles.values():
        _prose_changing_inside_the_groups_is_action(profiles, result, explicit)
        return
    free = [
        p
        for p in profiles
        if p.index not in explicit
        and result.roles.get(p.index) in (None, "extra", "update", "measure")
        and p.prose >= 0.5
    ]
    # A quoted standard loses to the work beside it ("Standard" | "Planned change"), and
    # only to that: news or evidence of how it is met never takes its place
    if any(_reads_as_work(p) and result.roles.get(p.index) != "update" for p in free):
        free = [p for p in free if not _quotes(p)]
    if free:
        best = max(free, key=lambda p: _action_likeness(p, result.roles.get(p.index)))
        result.roles[best.index] = "action"
        result.evidence[best.index] = f"the longest prose column ({best.summary()})"
        result.unsure.append(f"no column is headed like an action: used {best.header!r}")
    else:
        _item_names_are_action(profiles, result, explicit)


def _item_names_are_action(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """No column headed like an action nor one of sentences (a task tool's board: "Name"
    over "Wayfinding signage contract"): the column naming each item anew, in words
    (not people, dates nor IDs), and given no other role, is the action."""
    _longest_free_column_is_action(
        profiles,
        result,
        explicit,
        lambda p: p.sentences >= 0.8,
        "a new wording on every row: the items' names ({summary})",
    )


def _prose_changing_inside_the_groups_is_action(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A recommendation column and none headed like an action ("Summary of fault" over
    runs of rows beside "Remedy agreed"): the prose column with a new value on every row,
    not headed as news, is what is done about each: the actions."""
    rec = result.column("recommendation")
    if rec is None or rec in explicit:
        return
    once = profiles[rec].once_per_block  # "Finding" on each block's first row, blank below
    if profiles[rec].distinct >= profiles[rec].filled and not once:
        return  # the recommendation column changes on every row: it holds the actions
    _longest_free_column_is_action(
        profiles,
        result,
        explicit,
        lambda p: p.prose >= 0.5,
        "sentences, a new one on every row, beside the recommendation's: {summary}",
    )


def _longest_free_column_is_action(
    profiles: list[ColumnProfile],
    result: Assignment,
    explicit: dict[int, str],
    fits: Callable[[ColumnProfile], bool],
    why: str,
) -> None:
    """Of the columns given no role, with a new value on every row and cells that fit,
    the longest is the action; the user is told no header named it."""
    free = [
        p
        for p in profiles
        if p.index not in explicit
        and _is_free(result, p)
        and _new_value_on_every_row(p)
        and fits(p)
    ]
    if free:
        best = max(free, key=lambda p: p.mean_length)
        result.roles[best.index] = "action"
        result.evidence[best.index] = why.format(summary=best.summary())
        result.unsure.append(f"no column is headed like an action: used {best.header!r}")


def _action_likeness(p: ColumnProfile, role: str | None) -> tuple[bool, bool, float]:
    """The action is written on (nearly) every row and no header calls it news; of
    such columns the longest ("Summary" beside sparse Jira "Comment" columns)."""
    return p.filled * 5 >= p.rows * 4, role != "update", p.mean_length


def _one_recommendation_per_row_is_a_list_of_actions(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A recommendation column that changes on every row, with no action column, is
    the action column: a tracker of one item per row has nothing to group."""
    col = result.column("recommendation")
    if col is None or col in explicit or result.column("action") is not None:
        return
    if _a_reply_to_each(profiles, col, result) or _work_beside_a_quote(profiles, col, result):
        return
    if _new_value_on_every_row(profiles[col]):
        result.roles[col] = "action"
        result.evidence[col] = f"{result.evidence[col]}; a new value on every row: the actions"
        ref = result.column("recommendation_ref")
        if ref is not None and ref not in explicit and _new_value_on_every_row(profiles[ref]):
            result.roles[ref] = "ref"
            result.evidence[ref] = f"{result.evidence[ref]}; a new value on every row: action refs"


def _ids_grouped_by_a_named_block_are_action_refs(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """An audit tracker's "Rec ID" ("IA26-03.1", "IA26-03.2", "IA26-05.1"), a new one on
    every row beside the agreed actions, whose first parts group the rows into blocks that
    another column names (the audit, "Procurement waivers" down each block and new with
    each): the blocks are the recommendations, so the IDs are the actions' refs and a
    per-row "Recommendation" is a field of each action, however its header names it."""
    ref, rec = result.column("recommendation_ref"), result.column("recommendation")
    if ref is None or ref in explicit or result.column("action") is None:
        return
    if result.column("ref") is not None or rec in explicit:
        return
    ids = profiles[ref]
    if not (_new_value_on_every_row(ids) and 2 <= len(ids.stem_starts) < ids.rows):
        return
    if rec is not None and not _new_value_on_every_row(profiles[rec]):
        return
    namer = next((p for p in profiles if _names_each_block(p, ids.stem_starts, result)), None)
    if namer is None:
        return
    result.roles[ref] = "ref"
    result.evidence[ref] = (
        f"{result.evidence[ref]}; a new ID on every row, grouped by their first parts"
        f" as {namer.header!r} names the groups: action refs"
    )
    if rec is not None:
        result.roles[rec] = "extra"
        result.evidence[rec] = (
            f"header {profiles[rec].header!r}, but a new value on every row of the ID's"
            " groups: a field of each action"
        )


def _names_each_block(p: ColumnProfile, starts: frozenset[int], result: Assignment) -> bool:
    """A column with no role, filled on every row, the same down each block and new
    with each: the block's name ("Procurement waivers", then "Payroll overpayments")."""
    free = _is_free(result, p)
    full = p.filled == p.rows
    return free and full and p.starts == starts and p.distinct == len(starts)


# A header naming the plan's reply to what it answers: "Response", "Our response"
_REPLY = re.compile(r"\b(?:response|responses|reply)\b", re.IGNORECASE)
# A header naming what is wrong, not what to do: an inspector's "Concern", a "Weakness";
# what the inspector asks to improve ("Area for improvement", "Areas for development");
# or what was found ("What the auditors found")
_PROBLEM = re.compile(
    r"\b(?:concerns?|weakness(?:es)?|findings?|issues?)\b"
    r"|\bareas?\s+for\s+(?:improvement|development)\b|^\s*what\b.*\bfound\b",
    re.IGNORECASE,
)


def _a_reply_to_each(profiles: list[ColumnProfile], rec: int, result: Assignment) -> bool:
    """ "Concern" | "Response": beside a column naming what is wrong (an inspector's
    concern, a weakness, an area for improvement, what was found), a column headed as the
    reply, in sentences, a new one on every row, is what will be done about each: the
    action, so the rows stay a recommendation and its one action each. A concern says
    what to mend, not how. A reply opened by dates, or blank on some rows, is news of the
    work. Beside a "Recommendation" (what to do, in the report's words) the reply is the
    management's answer to it and the recommendations are the actions."""
    header = profiles[rec].header
    if not _PROBLEM.search(header) or _RECOMMENDS.search(header):
        return False
    replies = [
        p
        for p in profiles[rec + 1 :]
        if _is_free(result, p)
        and _REPLY.search(p.header)
        and _new_value_on_every_row(p)
        and p.prose >= _PROSE_REPLY
        and not p.dated_news  # "12/10/2026 – Template live": news of the work, not the work
    ]
    asked = profiles[rec].header
    return _longest_is_the_action(
        result,
        replies,
        lambda p: (
            f"header {p.header!r}, the reply in sentences to each"
            f" {asked!r}: the actions ({p.summary()})"
        ),
    )


def _longest_is_the_action(
    result: Assignment, found: list[ColumnProfile], why: Callable[[ColumnProfile], str]
) -> bool:
    """The longest of the columns found is the action, for the reason given; False when
    none was found."""
    if not found:
        return False
    best = max(found, key=lambda p: p.mean_length)
    result.roles[best.index] = "action"
    result.evidence[best.index] = why(best)
    return True


_PROSE_REPLY = 0.8  # replies that are sentences on (nearly) every row, not "Agreed."


def _work_beside_a_quote(profiles: list[ColumnProfile], rec: int, result: Assignment) -> bool:
    """ "Requirement" | "Further strengthening": of two columns of sentences new on every
    row, the one quoting what the plan answers (headed as a requirement or standard, or
    duties nearly every cell: "Landlords must keep …") is not the action; the one saying
    what will be done (most cells "Publish the …", "We will …", or headed so) is. The
    quote stays the recommendation's wording, a field where headings group the plan. A
    reply to each ("Management response") stays the answer, as the rules read it."""
    quote = profiles[rec]
    if not (_new_value_on_every_row(quote) and _quotes(quote)):
        return False
    work = [
        p
        for p in profiles
        if _is_free(result, p)
        and not _REPLY.search(p.header)
        and _new_value_on_every_row(p)
        and p.prose >= _PROSE_REPLY
        and _reads_as_work(p)
    ]
    return _longest_is_the_action(
        result,
        work,
        lambda p: (
            f"what will be done, beside {quote.header!r} quoting what"
            f" the plan answers: the actions ({p.summary()}; work to do {p.work:.0%})"
        ),
    )


def _reads_as_work(p: ColumnProfile) -> bool:
    """Most cells a verb and what it acts on, or "We will …", or headed as strengthening,
    and no duties quoted: what the plan will do."""
    said = p.work >= _MOSTLY_WORK or bool(_STRENGTHENS.search(p.header))
    return said and p.duties < _QUOTED_DUTIES


def _quotes(p: ColumnProfile) -> bool:
    """Headed as a requirement or standard, or duties nearly every cell ("Landlords must
    keep …"), and not work to do itself: what the plan answers, quoted."""
    quoted = bool(_QUOTED.search(p.header)) or p.duties >= _QUOTED_DUTIES
    return quoted and p.work < _MOSTLY_WORK


# A header naming what a plan answers as quoted: a requirement, standard, criterion or
# expectation ("Requirement", "Standard", "Criteria", "Expectations")
_QUOTED = re.compile(
    r"\b(?:requirements?|standards?|criteri(?:on|a)|expectations?)\b", re.IGNORECASE
)
# A header naming the work a body meeting a standard will do to make it stronger
_STRENGTHENS = re.compile(r"\bstrengthen(?:ing|s)?\b", re.IGNORECASE)
_QUOTED_DUTIES = 0.8  # duties on nearly every row: a standard quoted, never the work
_MOSTLY_WORK = 0.5  # most cells a verb and its object, or "We will …": the work


def _flags_a_highlight(p: ColumnProfile) -> bool:
    """ "Highlight" over Yes / No: whether the project goes in the highlight report, no
    news. Only its line in sentences ("Online account live; 38% of enquiries now
    online.") is how the work stands this period."""
    highlight_only = cue_weight(p.header, "update") <= CUES["update"]["highlight"]
    return bool(_HIGHLIGHT.search(p.header)) and highlight_only and p.prose < _PROSE_REPLY


_HIGHLIGHT = re.compile(r"\bhighlights?\b", re.IGNORECASE)
_RECOMMENDS = re.compile(r"\brecommendations?\b", re.IGNORECASE)


def _a_finding_on_every_row_is_a_field(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Issue identified" beside "Agreed action", a new one on every row, groups nothing:
    it is a field of each action. Nor does "CQC theme" whose values come back after
    others (Working with people, Ensuring safety, Working with people): a group is not
    written again after another one. Only a header that names the recommendation ("Ofsted
    recommendation", "Area for improvement") makes a report of one action per
    recommendation, or its groups (sheets per quarter may repeat them)."""
    col = result.column("recommendation")
    if col is None or col in explicit or result.column("action") is None:
        return
    p = profiles[col]
    if cue_weight(p.header, "recommendation") >= _NAMES_IT:
        return
    if _new_value_on_every_row(p):
        why = "a new value on every row beside the actions"
    elif p.returns:
        why = "values that come back after others beside the actions"
    else:
        return
    result.roles[col] = "extra"
    result.evidence[col] = f"header {p.header!r}, but {why}: a field of each action, not a grouping"


# "Recommendation", "Area for improvement", "Weakness" (cue weight 5+) name what the
# plan answers; "Issue", "Finding", "Priority", "Theme" may be any action's context.
_NAMES_IT = 5


def _new_value_on_every_row(p: ColumnProfile) -> bool:
    return p.filled >= 2 and p.distinct == p.filled == p.rows


# A header naming organisations, not people: "Lead agency", "Organisation", "Partner"
_BODIES = re.compile(
    r"\b(?:agency|agencies|organi[sz]ations?|body|bodies|partners?|directorates?|departments?)\b",
    re.IGNORECASE,
)
_PERSONS = 0.5  # share of a column's cells naming someone by a full name: a people column


def _bodies_beside_people_are_a_field(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Lead agency" (LA, ICB, "LA / ICB") beside "Named lead" (Rachel Osei): the bodies
    say which organisation owns the action, the people who leads it. Where another
    people column names people (or their posts), a column headed as bodies that names no
    one is a field;
    alone it is still the lead (README reading 6)."""
    people = [p for p in profiles if result.roles.get(p.index) in PEOPLE_ROLES]
    if not any(_names_people(p) and not _BODIES.search(p.header) for p in people):
        return
    for p in people:
        if p.index not in explicit and _BODIES.search(p.header) and p.persons < _PERSONS:
            result.roles[p.index] = "extra"
            result.evidence[p.index] = (
                f"header {p.header!r} names bodies and its cells name no one, beside a"
                " column of people: a field"
            )


def _names_people(p: ColumnProfile) -> bool:
    """Most cells name someone by a full name ("Rachel Osei") or by their post
    ("Principal Social Worker"): a lead officer named either way."""
    return p.persons >= _PERSONS or p.posts >= _PERSONS


def _who_and_when_beside_no_people_is_the_lead(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Who and by when?" over "Director of Midwifery" then "January 2027": the header
    asks who and when, "by when" outweighing "who", but its cells name the owner and the
    target a line each. Beside no other people column holding anything it is the lead
    column, its time line read as the deadline (as "Who / when" is); who monitors
    ("Monitoring (who and when)") leads nothing."""
    col = result.column("due")
    if col is None or col in explicit or _MONITOR.search(profiles[col].header):
        return
    p = profiles[col]
    if not {"lead", "responsible"} & set(scores(p.header)) or not _names_posts_or_persons(p):
        return
    if any(r in PEOPLE_ROLES and profiles[c].filled for c, r in result.roles.items()):
        return
    result.roles[col] = "lead"
    result.evidence[col] = f"header {p.header!r} asks who too; cells: posts or names, a time a line"


def _names_posts_or_persons(p: ColumnProfile) -> bool:
    return max(p.posts, p.names, p.persons) >= _MOSTLY


def _responsible_alone_is_the_lead(result: Assignment, explicit: dict[int, str]) -> None:
    """The only people column is the lead, whatever its header calls them; beside no
    lead column a co-lead column leads ("Joint lead" alone names the leads)."""
    if result.column("lead") is not None:
        return
    for role in ("co_lead", "responsible"):
        col = result.column(role)
        if col is not None and col not in explicit:
            result.roles[col] = "lead"
            result.evidence[col] = f"{result.evidence[col]}; the only people column"
            return


# The words of a lead column's header saying which post it names: the one answering
# for the action ("Accountable", "Strategic", "SRO") or the one doing the work
# ("Operational", "Delivery", "Support"); each rule below adds its own further words
_ANSWERS_FOR_IT = r"accountable|strategic|sro"
_DOES_THE_WORK = r"operational|delivery|support\w*"
# A header naming the post that answers for the action ("Accountable director",
# "Executive lead", "SRO", "Senior responsible owner", "Strategic lead", "Lead Director"),
# not an elected member ("Executive Member" holds a portfolio: README reading 21)
_NAMES_ACCOUNTABILITY = re.compile(
    rf"\b(?:{_ANSWERS_FOR_IT}|accountab\w*|exec(?:utive)?(?!\s+(?:members?|councillors?)\b)|"
    r"senior\s+responsible|directors?)\b",
    re.IGNORECASE,
)
# ... or the one doing the work ("Accountable Operational lead", "Delivery lead"): a
# header saying both is read by its cue, as ever
_NAMES_THE_DOING = re.compile(
    rf"\b(?:{_DOES_THE_WORK}|delivered|tactical|deputy)\b|(?<!senior )\bresponsible\b",
    re.IGNORECASE,
)


def _the_accountable_post_leads_over_a_plain_lead(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Accountable director | Lead officer", "Lead manager | SRO": two people columns
    both headed as the lead, one naming the post that answers for the action. That one
    leads and the plain lead, the officer doing the work, is the responsible (README
    reading 6), whichever is written first: "Lead officer" being the longer cue decides
    nothing. Where both headers or neither name it, the cues decide as before."""
    lead, responsible = result.column("lead"), result.column("responsible")
    if lead is None or responsible is None or {lead, responsible} & explicit.keys():
        return
    lead_header, other = profiles[lead].header, profiles[responsible].header
    if _NAMES_ACCOUNTABILITY.search(lead_header) or not _NAMES_ACCOUNTABILITY.search(other):
        return
    if _NAMES_THE_DOING.search(other) or "lead" not in scores(other):
        return
    why = "both headed as the lead: the one naming the accountable post leads"
    _swap_lead_and_responsible(profiles, result, lead, responsible, why)


def _swap_lead_and_responsible(
    profiles: list[ColumnProfile], result: Assignment, lead: int, responsible: int, why: str
) -> None:
    """The column the cues made responsible leads, and the lead is the responsible."""
    result.roles[lead], result.roles[responsible] = "responsible", "lead"
    result.evidence[responsible] = f"header {profiles[responsible].header!r}; {why}"
    result.evidence[lead] = f"header {profiles[lead].header!r}; {why}"


# A council's two lines of accountability: the elected member who holds the portfolio
# ("Lead Member", "Member lead", "Cabinet Member", "Portfolio Holder", "Lead Councillor")
# and the officer ("Lead Officer"). A header that says which is accountable or does the
# work ("Accountable officer", "Responsible officer") decides by its words, as ever.
_ELECTED_MEMBER = re.compile(
    r"(?<!team )(?<!staff )\b(?:member|councillor|cllr|portfolio\s+holder|portfolio\s+lead)\b",
    re.IGNORECASE,
)
_OFFICER = re.compile(r"\bofficers?\b", re.IGNORECASE)
_SAYS_WHICH = re.compile(rf"\b(?:{_ANSWERS_FOR_IT}|{_DOES_THE_WORK}|responsible)\b", re.IGNORECASE)


def _the_first_of_a_member_and_an_officer_leads(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Lead Member | Lead Officer" (a scrutiny action plan) or "Lead officer | Lead
    member" (a peer challenge plan): a member column and an officer column, neither
    header saying which is accountable. The plan writes the accountable one
    first, the Cabinet Member answering for a scrutiny recommendation or the officer
    running the council's own plan: the first is the lead, the other the responsible
    (README readings 6 and 21), not the officer because "Lead officer" is the longer cue."""
    lead, responsible = result.column("lead"), result.column("responsible")
    if lead is None or responsible is None or {lead, responsible} & explicit.keys():
        return
    headers = (profiles[lead].header, profiles[responsible].header)
    if any(_SAYS_WHICH.search(h) for h in headers):
        return
    member = [h for h in headers if _ELECTED_MEMBER.search(h) and not _OFFICER.search(h)]
    officer = [h for h in headers if _OFFICER.search(h) and not _ELECTED_MEMBER.search(h)]
    if len(member) != 1 or len(officer) != 1 or lead < responsible:
        return
    why = "a member and an officer column, both headed as the lead: the first written leads"
    _swap_lead_and_responsible(profiles, result, lead, responsible, why)


def _names_column_is_lead(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A column headed like progress that holds only people's names is the lead column."""
    if "lead" in result.roles.values():
        return
    for p in profiles:
        if result.roles.get(p.index) == "update" and p.index not in explicit and p.names >= 0.7:
            result.roles[p.index] = "lead"
            result.evidence[p.index] = f"headed like progress, but names ({p.names:.0%})"
            return


# A line pointing the reader to a column by its name: "(refer to evidence column for
# further explanation on all colours)", "see the Commentary column"
_POINTS_TO_A_COLUMN = re.compile(
    r"\b(?:refer\s+to|see)\s+(?:the\s+)?(?P<name>[^\W\d_][\w '’&/-]{0,40}?)\s+column\b",
    re.IGNORECASE,
)
# … for what the ratings mean: the line speaks of the colours, ratings or RAG
_OF_THE_RATINGS = re.compile(r"\b(?:colou?rs?|ratings?|rag|highlight\w*)\b", re.IGNORECASE)


def news_the_key_points_to(
    texts: list[str], profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """A key's line sending the reader to a column for the ratings' explanation ("refer
    to evidence column for further explanation on all colours") names the column where
    the plan tells how each action stands: a column of sentences with no role of its own
    ("Evidence") is its news, read as updates."""
    for text in texts:
        pointed = _POINTS_TO_A_COLUMN.search(text)
        if pointed is None or not _OF_THE_RATINGS.search(text):
            continue
        name = words(pointed["name"])
        for p in profiles:
            free = _is_free(result, p) and p.index not in explicit
            if free and words(p.header) == name and p.prose + p.sentences >= _HALF:
                result.roles[p.index] = "update"
                result.evidence[p.index] = f"the key points to it for the ratings: {text!r}"


def _a_deadline_over_a_month_and_a_year_column(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Target month | Target year" ("March" | "2027"): the two cells are the deadline
    read together, so the one beside the deadline's column is no measure or field of
    its own (a "Target month" of "March" is no target). A column the user mapped keeps
    its role."""
    headers = [p.header for p in profiles]
    parts = month_and_year_columns(headers, result.roles)
    if parts is None or any(c in explicit for c in parts):
        return
    due, other = parts if result.roles.get(parts[0]) == "due" else parts[::-1]
    result.roles[other] = "ignore"  # as a column of its own: its cells are the deadline's
    result.evidence[other] = (
        f"header {headers[other]!r} beside {headers[due]!r}: read with it as the deadline"
    )


def _a_column_per_status_ticked_is_the_status(
    profiles: list[ColumnProfile], result: Assignment, explicit: dict[int, str]
) -> None:
    """ "Not started | In progress | Complete", a "✓" under one: columns side by side,
    each headed by a status alone (two statuses at least) and holding only drawn marks,
    are one status told by the column ticked, with no status column in the plan. No
    one of them is a RAG flag or a "Done" box: each stays a field, read as a set."""
    if result.column("status") is not None:
        return
    for run in _runs_of_state_columns(profiles):
        statuses = {vocab.state_of_header(p.header) for p in run}
        if len(statuses) < 2 or not any(p.filled for p in run):
            continue
        if any(p.index in explicit for p in run) or not all(p.drawn == 1 for p in run if p.filled):
            continue
        for p in run:
            result.roles[p.index] = "extra"
            result.evidence[p.index] = (
                f"header {p.header!r} names a status, beside others; cells: ticks: the"
                " column ticked is the status"
            )


def _runs_of_state_columns(profiles: list[ColumnProfile]) -> list[list[ColumnProfile]]:
    """Columns headed each by a status alone holding marks or nothing, in runs of
    neighbours."""
    runs: list[list[ColumnProfile]] = []
    for p in profiles:
        if vocab.state_of_header(p.header) is None or p.mean_length > MARK_CHARS:
            continue
        if runs and runs[-1][-1].index == p.index - 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs
