"""Status and RAG wording → meaning, with a plan's own legend taking precedence.

The rules are docs/import-rules.md "Status and RAG". Pure functions the
builder calls per cell, and two column scores for assigning columns by
content. The caller keeps the wording as written beside the meaning; these
functions only read it.

Choices for ambiguous wording, documented once:

- the first status phrase in a cell decides, the longest where several start
  at the same place: "Not started – planned for May" is not started, "Partially
  complete" is in progress, "On track to complete by March" is in progress;
- "complete" as a target is not news that it is done: "to be completed",
  "complete by March", "will be complete" are not done, and "not complete",
  "not yet achieved", "not met" are in progress;
- short words that are also ordinary prose ("met", "open", "new", "to do")
  count only as the whole cell or its first word before punctuation: "Met" is
  done, "Met with head teachers" is not understood;
- "n/a", "-", "tbc", "none" are no status and no RAG, and a column score
  counts them as empty, like blank cells; "not applicable" is dropped;
- a "% complete" cell: "50%" is a percentage; a bare number is a percentage
  too ("50", "1" = 1 %), unless the whole column is fractions between 0 and 1
  with no "%" sign (how a spreadsheet stores a percent-formatted 50 %: "0.5",
  and 100 % as "1"), which ``percent_fractions`` decides for the column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from types import MappingProxyType

from importers.struck import without_struck
from store.calendar_words import MONTHS
from store.models import Rag, Status

Meaning = tuple[Status | None, Rag | None]

# The words for done that "part", "partly" or "partially" turn into in progress.
_PARTLY_QUALIFIED = (
    *("complete", "completed", "implemented", "met", "achieved", "done", "delivered"),
    *("complied", "compliant"),
    "in place",  # an assessment's "In place" / "Partially in place" / "Not in place"
    "remediated",  # a security finding's "Remediated" / "Partially remediated"
    "addressed",  # an audit body's follow-up: "Fully addressed" / "Partly addressed"
)
# Words saying most of the work is done but not all, before a word for done: an audit
# follow-up's "Substantially implemented" between "Fully" and "Partially implemented"
_MOSTLY = ("nearly", "almost", "largely", "mostly", "substantially", "broadly", "virtually")
# How much work a review judges still left ("Substantial work required"): the work is
# under way. (A degree of progress alone, "Good progress", "Reasonable progress", is a
# self-assessment's or Ofsted's scale kept beside the status as written: no status word.)
_FURTHER = ("further", "more", "some", "significant", "substantial", "considerable")
# What an action's progress is measured against: "Ahead of schedule", "Ahead of plan"
_TIMETABLE = ("schedule", "plan", "target", "trajectory", "timetable", "programme")
# Progress written against it ("On schedule", "Ahead of plan"): going to time
_TIMETABLE_PHRASES = ("on schedule", "on trajectory", *(f"ahead of {t}" for t in _TIMETABLE))
# An inspectorate's closure of an item: asked for by the body that did the work (still
# open), or given by the inspectorate (done)
_CLOSURE_ASKED = ("requested", "proposed", "submitted", "sought", "recommended")
_CLOSURE_GIVEN = ("agreed", "confirmed", "approved", "accepted")

# Matched as whole words, any case, spacing or hyphen: "On-track", "ON  TRACK".
STATUS_WORDS: dict[str, Meaning] = {
    **dict.fromkeys(
        [
            "complete",
            "completed",
            "closed",
            "done",
            "achieved",
            "implemented",
            "fully implemented",
            # RAIB's status of a recommendation carried out another way than it asked
            "implemented by alternative means",
            "implemented by other means",
            "delivered",
            "finished",
            "signed off",
            # an audit tracker's word for the agreed action carried out ("Concluded",
            # with "Commenced" and "Not commenced")
            "concluded",
            # an ombudsman's remedy: the council "Complied" with what it agreed; a CQC
            # plan's "Compliance" column: the must-do is now "Compliant"
            "complied",
            "fully complied",
            "compliant",
            "fully compliant",
            # a CQC self-assessment's "In place" (with "Partially" and "Not in place")
            "in place",
            "fully in place",
            # a penetration tester's word: the finding fixed and retested
            "remediated",
            "fully remediated",
            # a review's follow-up judgements, how far a recommendation is addressed
            # ("Fully addressed"), or that no work is left ("No further work required")
            "fully addressed",
            "no further work required",
            # a case review subgroup's: it has seen evidence that the action is done
            "assurance received",
            # a local maternity system's assurance stages: the evidence "Assured by LMNS"
            # (the assuring body's name after "by", or none)
            "assured by",
            # an inspectorate's closure process at its end: the body has signed the item
            # off ("Closure agreed", "Closure confirmed by HMICFRS")
            *(f"closure {verb}" for verb in _CLOSURE_GIVEN),
            "✅",
            "✔",
            "✔️",
            "☑",
            "☑️",
            "blue",
        ],
        ("done", None),
    ),
    **dict.fromkeys(
        [
            "on track",
            "on target",
            # progress written against the plan's timetable (a trust's "Progress against
            # plan": "Ahead of schedule", "On schedule"; "Behind schedule" is "behind")
            *_TIMETABLE_PHRASES,
            "in progress",
            "ongoing",
            "on-going",
            "on going",
            "started",
            "commenced",  # an audit tracker's "Commenced" (with "Not commenced")
            # a key's "work begun, little impact yet" (a school's "Emerging")
            "begun",
            "underway",
            "under way",
            "in hand",
            "progressing",
            # HMICFRS's monitoring portal's and many a council's own word for work under way
            "being progressed",
            "work in progress",
            "wip",
            "in delivery",  # a peer challenge plan's own word for the work under way
            # a review's follow-up judgement of a recommendation on its way, by the
            # progress made or the work left ("Progress made", "Substantial work
            # required"): begun, not finished
            "progress made",
            *(f"{degree} work required" for degree in _FURTHER),
            # "Partly implemented", "Part done": the qualifier wins over the word for
            # done (the lead's ruling), whichever qualifier and word the plan uses; so
            # does one saying most of the work is done, not all ("Substantially
            # implemented", "Nearly complete", "Largely in place")
            *(
                f"{part} {done}"
                for part in (*("part", "partly", "partially"), *_MOSTLY)
                for done in _PARTLY_QUALIFIED
            ),
            "not complete",
            "not completed",
            "not yet complete",
            "not yet completed",
            "not yet achieved",
            "not achieved",
            "not met",
            "incomplete",
            # The work is done but not yet checked: still open until the check is made,
            # the body that checks it named between or not ("Awaiting EA confirmation"),
            # as "ready for … closure" names it. A sign-off awaited from someone named
            # ("Open – awaiting DPO sign-off") may be the approval the work waits on
            # before it starts: only the bare phrase reads so.
            "awaiting … verification",
            "pending … verification",
            "awaiting sign off",
            "pending sign off",
            "awaiting … confirmation",
            "pending … confirmation",
            "awaiting … evidence",  # the work reported done, its evidence yet to be checked
            "pending … evidence",
            "awaiting … assurance",  # the agency reports it done, the subgroup not yet assured
            "pending … assurance",
            "not yet complied",
            # the evidence sent to the body that assures it, its verdict to come
            # ("Submitted to LMNS", "Submitted to ICB for sign-off")
            "submitted to",
            # the closure evidence sent to the inspectorate, its agreement to come
            # ("Evidence pack submitted", "Evidence submitted")
            "evidence … submitted",
            # an inspectorate's closure process: the work reported done, its sign-off to
            # come ("Ready for closure", with the body's name: "Ready for HMICFRS closure")
            "ready for … closure",
            # the force has asked the body to close the item, its answer to come
            # ("Closure proposed", "Closure requested", "Submitted for closure")
            *(f"closure {verb}" for verb in _CLOSURE_ASKED),
            *(f"{verb} for closure" for verb in _CLOSURE_ASKED),
        ],
        ("in_progress", None),
    ),
    **dict.fromkeys(
        [
            "off track",
            "off-track",
            "not on track",
            "not on target",
            "not on schedule",
            "not on trajectory",
            "off target",
            "slipped",
            "overdue",
            "behind",
            "late",
            # the target date gone by with the work unfinished, in the author's words
            # ("Deadline passed", "Past deadline", "Missed deadline")
            "deadline passed",
            "deadline missed",
            "past deadline",
            "missed deadline",
            "past due",
            # a delivery report's RAG category, "Delivery Date Missed (with Risk)": the
            # work goes on past its date
            "delivery date missed",
            "date missed",
        ],
        ("in_progress", "red"),
    ),
    **dict.fromkeys(
        ["at risk", "delayed", "slipping", "some slippage", "slippage", "minor slippage"],
        ("in_progress", "amber"),
    ),
    **dict.fromkeys(
        ["blocked", "on hold", "parked", "paused", "stalled", "suspended", "deferred"],
        ("blocked", None),
    ),
    **dict.fromkeys(
        [
            "superseded",
            "withdrawn",
            "cancelled",
            "canceled",
            "no longer required",
            "no longer needed",
            "no longer applicable",
            "not applicable",
            "dropped",
            "removed",
            # a risk register's or auditor's wording: the work will not be done
            "risk accepted",
            # an action folded into another when the plan was revised ("Merged with 1.2",
            # "Merged into 3.1"): its work goes on under the other action, not this one
            "merged with",
            "merged into",
            # found at review to repeat another action ("Duplicate of SA3.1"): its work
            # is done under the other one
            "duplicate of",
            "❌",
        ],
        ("dropped", None),
    ),
    **dict.fromkeys(
        [
            "not started",
            "not yet started",
            "yet to start",
            "not commenced",
            "not yet commenced",
            "not begun",
            "not yet begun",
            "not yet due",
            "planned",
            "not implemented",
            "not yet implemented",
            "not remediated",
            "not yet remediated",
            "scheduled",
            # a "Compliance" column's breach not yet worked on (the lead's ruling)
            "non compliant",
            "not compliant",
            "not in place",
            "not yet in place",
            # a review's follow-up judgement of a recommendation not taken up yet
            "not addressed",
            "not yet addressed",
            "no progress",
            "no progress made",
            # evidence not yet sent to the body that assures it
            "not submitted",
            "not yet submitted",
            # work not taken forward, the negation of "being progressed"
            "not being progressed",
        ],
        ("not_started", None),
    ),
}
# Ordinary prose words that are a status only as the whole cell or its first word.
FIRST_WORD_STATUS: dict[str, Meaning] = {
    "met": ("done", None),
    # a remedy's payment closed by the day it was made: "Paid 28/10/2026" ("Paid staff
    # overtime", "not paid" are prose, no status)
    "paid": ("done", None),
    # a care home's or a council's own words: "Actioned" is done, "Developing" under way
    # (ordinary words in a sentence: "not actioned", "Developing a new policy")
    "actioned": ("done", None),
    "developing": ("in_progress", None),
    # a scheme being set up (the NHS's "Mobilising" before a service goes live) or tried
    # in part of the area before roll-out ("Piloting – Northgate and Eastfield
    # stations"); "Mobilising staff", "Piloting a new rota" are prose
    "mobilising": ("in_progress", None),
    "mobilizing": ("in_progress", None),
    "piloting": ("in_progress", None),
    # an auditor's follow-up verdict, the audit service's words for "Implemented" and
    # its kin: a recommendation "Cleared" from the tracker once the evidence satisfies
    # the auditor ("Backlog cleared in May" is prose)
    "cleared": ("done", None),
    # an issue tracker's state for an issue its owner has dealt with (SharePoint's Issue
    # Tracking list "Active / Resolved / Closed", ServiceNow's incident "Resolved" before
    # "Closed"): the work is done, the raiser's closing of the record to come. Only as the
    # whole cell or its first word: "Unresolved", "Not resolved", "To be resolved by
    # March" and "Issue resolved with the supplier" are no such state, nor is a council
    # minute's decision ("Resolved: That the Board notes …", ``_RESOLUTION``)
    "resolved": ("done", None),
    "partly cleared": ("in_progress", None),
    "partially cleared": ("in_progress", None),
    "part cleared": ("in_progress", None),
    "not cleared": ("not_started", None),
    "not yet cleared": ("not_started", None),
    # the date gone by, the work not done: "Missed" as "Slipped" ("Missed collections"
    # is prose)
    "missed": ("in_progress", "red"),
    # an assurance stage: the evidence sent back for more ("Returned – further evidence
    # requested"), or sent and awaiting a verdict ("Submitted"); "Returned the form to
    # the GP" is prose
    "returned": ("in_progress", None),
    "submitted": ("in_progress", None),
    "open": ("not_started", None),
    # the target moved by the board that oversees the plan: the work goes on to the new
    # date ("Rescheduled", the date cell already holding it); "Panel rescheduled from
    # Sept – held 14 Oct; complete" tells of a move and is done
    "rescheduled": ("in_progress", None),
    "re-scheduled": ("in_progress", None),
    # reported done but failing the re-test, put back on the tracker: the work goes on
    # ("Re-opened"; "Open" alone says only that it is not closed)
    "reopened": ("in_progress", None),
    "re-opened": ("in_progress", None),
    # "Duplicate – see SA3.1", "Duplicate": as "Duplicate of SA3.1" ("Duplicate invoices
    # found" is prose)
    "duplicate": ("dropped", None),
    # a work tracker's word for an item closed without the work (Jira's "Won't Do" as a
    # status or a resolution, the older "Won't Fix"): it will not be done ("Won't do the
    # survey until spring" opens with it too, so only as the whole cell or its first words)
    **dict.fromkeys(
        [f"won{apostrophe}t {verb}" for apostrophe in "'’" for verb in ("do", "fix")],
        ("dropped", None),
    ),
    # taken out of the plan's scope at review ("Descoped – now delivered through the
    # Family Hubs programme"): the work will not be done under this action. Only the
    # verdict opening the cell: "Descoped the second phase; first phase on track",
    # "To be descoped at January Board", "Not descoped" tell of work that goes on
    "descoped": ("dropped", None),
    "de-scoped": ("dropped", None),
    "de scoped": ("dropped", None),
    "new": ("not_started", None),
    "to do": ("not_started", None),
    # a board's columns "To do | Doing | Done": the middle one is the work under way
    "doing": ("in_progress", None),
    # a work tracker's state for an item being worked on (Azure DevOps' New / Active /
    # Closed); "Active listening training" is prose
    "active": ("in_progress", None),
    # British English for work under way ("In train", "In train – 65% surveyed"); "in
    # train" inside a sentence is a railway's prose
    "in train": ("in_progress", None),
    "to start": ("not_started", None),  # as "yet to start"; "To start the audit" is prose
    "todo": ("not_started", None),
    "not due": ("not_started", None),
    # Task tools' own labels: monday.com's "Working on it" / "Stuck", Jira's "Backlog"
    # and "In Review" (ordinary words in a sentence: "stuck with the old supplier")
    "working on it": ("in_progress", None),
    "in review": ("in_progress", None),
    "stuck": ("blocked", None),
    "backlog": ("not_started", None),
    # Outlook's and a SharePoint task list's own status: the work waits on another party
    "waiting on someone else": ("blocked", None),
    # A document's life, as a governance or policy team tracks its work: written
    # ("In draft", "Drafting") and tested ("Out for consultation") it is under
    # way; settled ("Finalised", "Approved", "Adopted", "Published", "Ratified") it is
    # done. Only the whole cell or its first words: "Draft issued to directors for
    # comment" and "Policy approved in principle, rewrite to follow" are news; "Draft"
    # alone names a step or an item (a task's checklist "Draft;Cabinet approval").
    **dict.fromkeys(
        [
            "in draft",
            "drafting",
            "being drafted",
            *(f"{place} consultation" for place in ("out for", "out to", "in", "under")),
            "out for comment",
        ],
        ("in_progress", None),
    ),
    **dict.fromkeys(
        ["finalised", "finalized", "approved", "adopted", "published", "ratified"],
        ("done", None),
    ),
}
# RAG as words, letters, colours and emoji; Blue (BRAG) and "Complete" mean done, no RAG.
RAG_WORDS: dict[str, Meaning] = {
    # A two-colour rating (the IPA's delivery confidence) is its worse colour, either
    # way round: "Amber/Red" and "Red/Amber" red, "Amber/Green" and "Green/Amber" amber.
    **dict.fromkeys(
        ["r", "red", "🔴", "🟥", "❤️", "ra", "r/a", "red/amber", "a/r", "amber/red"],
        (None, "red"),
    ),
    **dict.fromkeys(
        ["a", "amber", "🟡", "🟠", "🟨", "🟧", "yellow", "orange", "ag", "a/g", "amber/green"]
        + ["g/a", "green/amber"],
        (None, "amber"),
    ),
    **dict.fromkeys(["g", "green", "🟢", "🟩", "💚"], (None, "green")),
    **dict.fromkeys(["b", "blue", "🔵", "🟦", "complete", "completed"], ("done", None)),
    # a colour cut to three letters, as a narrow column writes it: "Grn", "Amb", "Blu"
    # (read where "Green" is: the whole cell, its first word, or a code a key defines)
    "grn": (None, "green"),
    "amb": (None, "amber"),
    "blu": ("done", None),
    # Welsh, as Welsh public bodies rate in it: the Welsh Government's school support
    # categories are "gwyrdd, melyn, oren a choch" (green, yellow, amber, red), a council's
    # audit report lists its "argymhellion coch" (red recommendations). "Glas" (blue, and
    # in older use the green of grass) and "ambr" are left to the plan's key.
    "gwyrdd": (None, "green"),
    "oren": (None, "amber"),
    "coch": (None, "red"),
}
# A rating set's grey ball (Smartsheet's "Red / Yellow / Green / Gray"), left on work not
# started or held: one of the set's words, so its column is the RAG, but it rates nothing
# and states nothing (the status column gives the state).
UNRATED_COLOURS = frozenset({"grey", "gray"})


def is_unrated_colour(cell: str) -> bool:
    """ "Gray", "Grey": a rating set's colour for no rating."""
    return normal(cell) in UNRATED_COLOURS


# A performance system's traffic-light icon exported as its name ("Alert" / "Warning" /
# "OK"): a rating only as the whole cell, never a sentence's first word ("Alert the
# team", "OK'd by the board").
ICON_NAMES: dict[str, Meaning] = {
    "alert": (None, "red"),
    "warning": (None, "amber"),
    "ok": (None, "green"),
}
# The spellings of one colour: a legend's key in any of them defines the others.
COLOUR_SPELLINGS = (
    ("r", "red", "🔴", "🟥"),
    ("a", "amber", "🟡", "🟠", "🟨", "🟧"),
    ("g", "green", "🟢", "🟩"),
    ("b", "blue", "🔵", "🟦"),
)
# Longer cells are progress notes unless they open with the status.
STATUS_CELL_WORDS = 4
BLANK_WORDS = frozenset({"", "-", "–", "n/a", "na", "tbc", "tba", "none", "?", "n.a."})
# Excel's error values, left where a formula failed ("#N/A": a lookup found no row, as an
# officer's name looked up by a code no longer listed; "#VALUE!": it met text such as
# "TBC"): they say nothing of the action, no one, no date, no state, no rating
EXCEL_ERRORS = frozenset(
    {"#null!", "#div/0!", "#value!", "#ref!", "#name?", "#num!", "#n/a", "#getting_data"}
    | {"#spill!", "#calc!", "#field!", "#blocked!", "#connect!", "#busy!", "#unknown!"}
)


def is_excel_error(cell: str) -> bool:
    """ "#N/A", "#VALUE!", "#REF!": a cell Excel filled with a failed formula's error."""
    return cell.strip().casefold() in EXCEL_ERRORS


_EMOJI_KEYS = "🔴🟥🟡🟠🟨🟧🟢🟩🔵🟦⚪⚫✅❌"
_TARGET = r"(?!\s+(?:by|before|within|no later)\b)"
# "to be completed", "will be complete", "not delivered", "no assurance received": a
# plan or a lack, not news.
_NOT_YET = r"(?<!to )(?<!be )(?<!not )(?<!yet )(?<!no )"


# (never a negation: "Evidence not submitted" states no submission)
_ONE_WORD_OR_NONE = r"[\s-]+(?:(?!(?:not|never|yet|no)\b)[\w&/.]+[\s-]+)?"
# What a check awaited names between the words is the body that checks work done
# ("Awaiting EA confirmation"); never what the work waits on before it starts, money or
# a go-ahead ("Awaiting funding confirmation", "Awaiting Cabinet confirmation")
_BEFORE_THE_WORK = (
    r"(?:funding|funds?|budget|budgetary|financial|finance|approval|decision|cabinet"
    r"|council|committee|board|members?|contract|procurement)\b"
)
_CHECKER_OR_NONE = rf"[\s-]+(?:(?!(?:not|never|yet|no)\b|{_BEFORE_THE_WORK})[\w&/.]+[\s-]+)?"
# "in place" too: "to be in place by March" is a target, as "to be completed" is.
_DONE_STEMS = (
    *("complet", "compli", "achiev", "implement", "done", "finish", "deliver"),
    *("in place", "remediat", "assurance", "assured"),
)


def _phrase(phrase: str) -> str:
    """One phrase as a pattern: whole words, any spacing or hyphen between them; "…"
    stands for one word or none ("ready for … closure": the body that closes it)."""
    awaited = phrase.startswith(("awaiting", "pending"))
    gap = _CHECKER_OR_NONE if awaited else _ONE_WORD_OR_NONE
    body = re.escape(phrase).replace(r"\ …\ ", gap).replace(r"\ ", r"[\s-]+")
    if phrase.startswith(_DONE_STEMS):
        body = _NOT_YET + body + _TARGET
    start = r"\b" if phrase[0].isalnum() else ""
    return start + body + (r"\b" if phrase[-1].isalnum() else "")


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    # Longest first, so that at one position "not on track" beats "on track".
    return re.compile("|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True)))


_STATUS_SCAN = _phrase_pattern(STATUS_WORDS)
# Where a status phrase can begin: a word starting with a phrase's first letter, or a
# phrase's first symbol. Python's re tries all ~90 phrases at every position of a
# cell; tried only at these, a sentence that names no status is read ~5× faster.
_SCAN_FIRST = sorted({p[0] for p in STATUS_WORDS})
_SCAN_STARTS = re.compile(
    r"\b["
    + "".join(re.escape(c) for c in _SCAN_FIRST if c.isalnum())
    + "]|["
    + "".join(re.escape(c) for c in _SCAN_FIRST if not c.isalnum())
    + "]"
)


def status_phrase(words: str) -> re.Match[str] | None:
    """``_STATUS_SCAN.search(words)``: the same match, asked only where one can begin."""
    for start in _SCAN_STARTS.finditer(words):
        found = _STATUS_SCAN.match(words, start.start())
        if found is not None:
            return found
    return None


# The conditions a verdict is given with, after it: "Cleared with conditions", "Cleared
# subject to evidence at next follow-up". The verdict stands, its conditions attached, as
# "Closed with conditions" reads; a state written after them is the state now ("Cleared
# with conditions - pending verification" waits on the check).
_CONDITIONS = (
    r"(?:with\s+(?:conditions?|caveats?|exceptions?|reservations?|qualifications?)"
    r"|subject\s+to)\b"
)
# The day a first-word status was reached, written after it: "Paid 28/10/2026", "Met on
# 4 Nov 2026", or the day it was moved to: "Rescheduled to 31/01/2027" (the word and its
# day are the whole cell)
_DAY_WRITTEN = r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\s+\d{4})"
_FIRST_WORD = re.compile(
    r"^(?P<w>"
    + "|".join(map(re.escape, sorted(FIRST_WORD_STATUS, key=len, reverse=True)))
    + r")(?:$|\s*[.,;:()–—-]|\s+(?:on\s+|to\s+)?"
    + _DAY_WRITTEN
    + r"$|\s+(?="
    + _CONDITIONS
    + r"))"
)
# A progress bar drawn in block characters before the percentage, as a spreadsheet's REPT
# formula draws it ("██████░░░░ 60%"): the bar only pictures the figure after it.
PROGRESS_BAR = r"(?:[\u2580-\u259f\u25a0\u25a1]+\s*)?"
# The sign may be written in words, as a report's house style has it: "50 per cent",
# "100 percent". A decimal comma, as a European regional format writes it ("62,5%"), is
# the point: a % complete never reaches a thousand, so its comma is no thousands separator.
_PERCENT = re.compile(
    rf"^{PROGRESS_BAR}(?P<n>\d{{1,3}}(?:[.,]\d+)?)\s*(?P<pct>%|per\s?cent\b)?"
    r"(?:\s*(?:complete|done))?$"
)
_FRACTION = re.compile(r"^(?:0?\.\d+|[01](?:\.0+)?)$")
# A % complete given as the leader's estimate ("c. 60%", "approx. 25%", "about 40%",
# "~50%"): the figure is still the percentage; the hedge says only that it was judged.
_ESTIMATE = re.compile(
    r"^(?:(?:c|ca|approx|est)\.?|circa|approximately|about|around|roughly|estimated|~|≈)"
    r"\s*(?=\d)"
)
# A % complete written in bands: "26–50%", "1-25 %", "51% – 75% complete"
_PERCENT_BAND = re.compile(
    rf"^{PROGRESS_BAR}(?P<low>\d{{1,3}})\s*%?\s*[–—-]\s*(?P<high>\d{{1,3}})\s*%"
    r"(?:\s*(?:complete|done))?$"
)
# What a key rates, named after "Key –" ("Key – assessment of progress: 1 = …"): two to
# four words, never a colour's entry ("Key – Green: complete" names no scale).
_NAMED_FOR = r"(?!(?:red|amber|green|blue|grey|gray|black|[ragb])\b)(?:[a-z]+\s+){1,3}[a-z]+"
# "RAG key:", "Key to ratings –", "RAG (cell colour):", "RAG scale:", or a key named for
# what it rates, "Delivery confidence key:": a bracket may say how it is shown. A footnote
# under the table opens with the mark its header carries ("RAG*" → "* RAG: G = …").
# A bilingual plan's label names the key in both languages, either first ("Allwedd RAG /
# RAG key:", "RAG key / Allwedd RAG:"): the other language's name, one to three words and
# no colour, is part of the label
_LABEL_GLOSS = (
    r"(?!(?:red|amber|green|blue|grey|gray|black|[ragb])\b)[^\W\d_][\w'’]*(?:[ \t]+[\w'’]+){0,2}"
)
_LABEL = re.compile(
    r"^\s*(?:[*†‡]+\s*)?(?:key\s*[–—-]\s*" + _NAMED_FOR + r"\s*:\s*|"
    rf"(?:{_LABEL_GLOSS}[ \t]*/[ \t]*(?=[^/:]{{1,30}}:))?"
    r"(?:(?:rag|brag|status|progress|rating)\s+)*"
    r"(?:key|legend|rating|ratings|status|b?rag|traffic\s+lights?|scale|"
    r"(?:[a-z]+\s+){1,3}(?:key|legend|scale))\s*"
    rf"(?:/[ \t]*{_LABEL_GLOSS}[ \t]*(?=:))?"
    r"(?:\([^()]{1,30}\)\s*)?(?:to\s+\w+\s*)?[:\-–]\s*)",
    re.IGNORECASE,
)
_ENTRY = re.compile(
    r"^\s*(?P<key>[^=:\-–—]{1,24}?)\s*(?:=|:|–|—|-|\bmeans\b|\bis\b)\s*(?P<desc>.+?)\s*$"
)
_COLOUR_KEY = re.compile(
    r"^(?:red|amber|green|blue|black|grey|gray|white|purple|yellow|orange|[ragb]|"
    + "|".join(_EMOJI_KEYS)
    + r")$"
)


def normal(cell: str) -> str:
    """Case, spacing and surrounding punctuation ignored: " Completed. " → "completed"."""
    return " ".join(cell.lower().split()).strip(" .!*")


def is_state_alone(words: str, legend: Legend) -> bool:
    """The words are a status phrase and nothing else ("Ongoing", "Not started", a word
    the plan's key defines), not a sentence holding one ("Training delivered")."""
    said = normal(words)
    return said in legend.entries or said in FIRST_WORD_STATUS or bool(_STATUS_SCAN.fullmatch(said))


def says_more_than_a_state(cell: str, legend: Legend) -> bool:
    """A status cell holding a remark ("Complete – presented 15 October", "Verbal update
    to be given"), not a status, rating or percentage alone ("Not yet due", "Red", "75%")."""
    said = normal(cell)
    if said in BLANK_WORDS or is_state_alone(cell, legend) or _is_rating(cell, legend):
        return False
    return not _PERCENT.fullmatch(said)


def says_only_open(cell: str, legend: Legend) -> bool:
    """ "Open" alone, which the plan's own key does not define: the action is not closed,
    which says nothing of whether its work has begun (read as not started unless rated)."""
    return normal(cell) == "open" and legend.get(cell) is None


@dataclass(frozen=True)
class Legend:
    """A plan's own key to its status and RAG wording, overriding the defaults for that file.

    ``entries`` maps the key as written, normalised ("green", "b", "🔴", "3"),
    to its meaning; ``describe()`` says it in a line per entry for
    ``--explain`` and the workbench.
    """

    entries: Mapping[str, Meaning] = field(default_factory=lambda: MappingProxyType({}))
    # Marks the key gives a percentage ("◑" → "50%"): a column of them is a % complete
    percents: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # The words a colour is keyed by, as the cells may write them ("on track" under
    # "Amber = On Track"): that colour
    wordings: Mapping[str, Meaning] = field(default_factory=lambda: MappingProxyType({}))
    # Bands of percentages the key gives a colour ("80–100% = Green; below 50% = Red"):
    # a lead's confidence of delivery rated through them, (lowest, highest, meaning)
    bands: tuple[tuple[int, int, Meaning], ...] = ()
    # The words before the colon of that key ("Confidence of delivery" of "Confidence of
    # delivery: 80–100% = Green; …"): the column it rates; "" for a key with no label
    band_label: str = ""
    # Words a labelled key gives a colour alone ("Confidence: High = Green; Medium =
    # Amber"): a confidence rated in words, as the bands rate one in per cent; and the
    # words before the colon, the column the key rates ("" for a key with no label)
    rated_words: Mapping[str, Meaning] = field(default_factory=lambda: MappingProxyType({}))
    words_label: str = ""

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Legend:
        """Every legend entry in these texts (notes, key rows, legend paragraphs).

        "Green = Complete, Amber = On track", "B - Completed; G - on track",
        "Key: 🔴 not started 🟡 in progress 🟢 complete", "1 – Not started".

        The first definition of a key wins. A colour, RAG letter or emoji key
        is enough for one entry; any other key ("Closed = …", "3 = …") counts
        only in a text holding two entries or more, so "Note: work completed"
        and "1 - Complete the audit" are no legend.
        """
        entries: dict[str, Meaning] = {}
        percents: dict[str, str] = {}
        wordings: dict[str, Meaning] = {}
        bands: list[tuple[int, int, Meaning]] = []
        band_label = words_label = ""
        rated_words: dict[str, Meaning] = {}
        for text in map(_unshaped, texts):  # "● Green = on track": the colour keyed
            if not bands and (bands := _coloured_bands(text)):
                band_label = _band_label(text)
            if not rated_words and (rated_words := _words_keyed_to_colours(text)):
                words_label = _label_ahead(text[: text.find("=")])
            for key, meaning in _legend_entries(text):
                entries.setdefault(key, meaning)
            for mark, percent in _marked_percents(text):
                percents.setdefault(mark, percent)
            for wording, meaning in _coloured_wordings(text):
                wordings.setdefault(wording, meaning)
        return cls(
            MappingProxyType(entries),
            MappingProxyType(percents),
            MappingProxyType(wordings),
            tuple(bands),
            band_label,
            MappingProxyType(rated_words),
            words_label,
        )

    def band_of(self, cell: str) -> Meaning | None:
        """The meaning of the band a percentage falls in ("85%" under "80–100% = Green"),
        else None: a cell of one percentage alone, in a plan whose key bands them. A word
        the key gives a colour alone ("High" under "Confidence: High = Green") rates the
        same way."""
        if (word := self.rated_words.get(normal(cell))) is not None:
            return word
        m = _BANDED_PERCENT.match(cell) if self.bands else None
        if m is None:
            return None
        figure = int(float(m["n"]))  # 79.5% is still in the band "50–79%"
        return next((meaning for lo, hi, meaning in self.bands if lo <= figure <= hi), None)

    def percent_of(self, cell: str) -> str | None:
        """The percentage the key gives a mark ("50%" for "◑" under "◑ = 50%"), else None."""
        return self.percents.get(cell.strip())

    def get(self, cell: str) -> Meaning | None:
        """The legend's meaning for a cell: the whole cell, its leading key ("G - on
        track"), or the same colour spelled otherwise ("G", 🟢 under "Green = Complete")."""
        words = normal(cell)
        if words in self.entries:
            return self.entries[words]
        lead = _leading_key(words)
        if lead and lead[0] in self.entries:
            # A key defining "Closed" says what a closed record means; a sub-state written
            # after it ("Closed - Superseded") still says how the work ended.
            return _sub_state(words) or self.entries[lead[0]]
        return self._same_colour(words) or self.wordings.get(words)

    def _same_colour(self, words: str) -> Meaning | None:
        """A legend keys a colour once, as word, letter or emoji; the plan's cells may
        spell it another way: the colour is what the key defines."""
        spellings = next((s for s in COLOUR_SPELLINGS if words in s), ())
        return next((self.entries[s] for s in spellings if s in self.entries), None)

    def describe(self) -> list[str]:
        """One line per entry: "'green' → done, RAG green"."""
        return [f"{key!r} → {_say(meaning)}" for key, meaning in self.entries.items()]


DEFAULT_LEGEND = Legend()


def is_legend(text: str) -> bool:
    """A line that is a key to status or RAG words ("Green = Complete, Amber = …")."""
    return bool(_legend_entries(text))


def _say(meaning: Meaning) -> str:
    status, rag = meaning
    said = [status.replace("_", " ")] if status else []
    return ", ".join(said + ([f"RAG {rag}"] if rag else [])) or "nothing"


def legend_descriptions(text: str) -> list[tuple[str, str]]:
    """(key, its description as written) for each entry a legend would read in the text:
    "G = Gemma Reid" gives ("g", "Gemma Reid")."""
    return [(key, desc) for key, desc, _ in _described_entries(text)]


# Words a key describes a rating by beyond the status table's: "Some Concerns", "Major
# Delay", "Good Progress", "Poor"
_RATING_WORDS_BESIDE = frozenset(
    """concern concerns delay delays issue issues problem problems good poor excellent
    major serious critical limited satisfactory unsatisfactory slight slow""".split()
)
_RATING_WORDS = _RATING_WORDS_BESIDE | frozenset(
    word for phrase in (*STATUS_WORDS, *RAG_WORDS) for word in phrase.split()
)


def has_rating_word(words: str) -> bool:
    """A word of the status table, a colour or a word keys rate by ("On Track", "Some
    Concerns", "Amber"): wording that may describe a rating, never only a person's name."""
    return any(word in _RATING_WORDS for word in re.findall(r"[\w'’-]+", normal(words)))


def _legend_entries(text: str) -> list[tuple[str, Meaning]]:
    return [(key, meaning) for key, _, meaning in _described_entries(text)]


def _described_entries(text: str) -> list[tuple[str, str, Meaning]]:
    """(key, its description, its meaning) for each entry of a legend line."""
    body, glosses = _glossed_keys(_LABEL.sub("", text.strip(), count=1))
    return _with_glosses(_entries_of(body), glosses)


def _entries_of(body: str) -> list[tuple[str, str, Meaning]]:
    """(key, its description, its meaning) for each entry of a legend's body."""
    pieces = _emoji_pieces(body) or _separated_pieces(body)
    found: list[tuple[str, str, Meaning]] = []
    for key, desc in pieces:
        meaning = _legend_meaning(key, desc)
        if meaning is not None:
            found.append((key, desc, meaning))
    found = _keyed_once(found)
    if len(found) < 2:
        found = [entry for entry in found if _COLOUR_KEY.match(_colour_of_key(entry[0]))]
    scale = _scale_entries(body) or _lifecycle_entries(body)
    return _not_begun_beside_under_way(found) or [(key, key, meaning) for key, meaning in scale]


# A key's word paired with a second name at an entry's start, by a slash or in brackets
# ("Gwyrdd / Green – on track", "Coch (Red) – off track", "Green / Gwyrdd"): a bilingual
# plan's key names each rating in both languages, one to three words each
_GLOSS_WORDS = r"[^\W\d_][\w'’]*(?:[ \t]+[\w'’]+){0,2}"
_GLOSSED_KEY = re.compile(
    rf"(?P<lead>(?:^|[;\n]|[,.:][ \t])[ \t]*)(?P<one>{_GLOSS_WORDS})[ \t]*"
    rf"(?:/[ \t]*(?P<slashed>{_GLOSS_WORDS})|\([ \t]*(?P<bracketed>{_GLOSS_WORDS})[ \t]*\))"
    r"(?=[ \t]*(?:[=:–—;,\n]|[ \t]-[ \t]|\.?[ \t]*$))"
)


def _is_known_key(words: str) -> bool:
    """A key the vocabulary reads without the plan's help: a colour, a RAG letter or a
    status phrase ("Green", "G", "Not started")."""
    said = normal(words)
    return (
        said in RAG_WORDS
        or said in UNRATED_COLOURS
        or bool(_COLOUR_KEY.match(_colour_of_key(said)))
        or said in FIRST_WORD_STATUS
        or bool(_STATUS_SCAN.fullmatch(said))
    )


def _same_rating(one: str, other: str) -> bool:
    """Two names the vocabulary gives one rating ("Coch" and "Red"): a key naming it in
    two languages, whose meaning for it holds for both names."""
    first, second = RAG_WORDS.get(normal(one)), RAG_WORDS.get(normal(other))
    return first is not None and first == second and normal(one) != normal(other)


def _glossed_keys(body: str) -> tuple[str, list[tuple[str, str]]]:
    """The legend's body with each key named twice ("Gwyrdd / Green", "Coch (Red)")
    left as the name the vocabulary knows, and (the other name, the known one) for each.

    A bilingual plan (a Welsh body's, Estyn's or Audit Wales's readers) writes its key in
    both languages and its cells in one: the key pairs the plan's word with a colour or
    status the importer knows, so the word means what that one does in this file. Only
    where exactly one name is known: "Red / Amber" is a rating of its own, and two
    unknown names ("Allwedd RAG / RAG key") teach nothing."""
    glosses: list[tuple[str, str]] = []

    def known_only(m: re.Match[str]) -> str:
        one, other = m["one"], m["slashed"] or m["bracketed"]
        if _same_rating(one, other):  # "Coch / Red": the colour's own name keys the entry
            one, other = sorted((one, other), key=lambda w: not _COLOUR_KEY.match(normal(w)))
        elif _is_known_key(one) == _is_known_key(other):
            return m[0]
        known, word = (one, other) if _is_known_key(one) else (other, one)
        if normal(word) in BLANK_WORDS:
            return m[0]
        glosses.append((normal(word), normal(known)))
        return m["lead"] + known

    return _GLOSSED_KEY.sub(known_only, body), glosses


def _with_glosses(
    found: list[tuple[str, str, Meaning]], glosses: list[tuple[str, str]]
) -> list[tuple[str, str, Meaning]]:
    """The entries, and each word a key pairs with a known one as an entry of the same
    meaning. A pair with no description ("Gwyrdd (Green); Coch (Red)") gives the word the
    known colour's own meaning, in a key of two pairs or more (as any key of words)."""
    meanings = {key: (desc, meaning) for key, desc, meaning in found}
    bare = [(w, k) for w, k in glosses if k not in meanings and RAG_WORDS.get(k, (None, None))[1]]
    for word, known in glosses:
        if known in meanings and word not in meanings:
            found.append((word, *meanings[known]))
    if len(bare) >= 2:
        found += [(word, known, RAG_WORDS[known]) for word, known in bare if word not in meanings]
    return found


def _keyed_once(found: list[tuple[str, str, Meaning]]) -> list[tuple[str, str, Meaning]]:
    """The entries less those of a key given two meanings: a key whose one mark stands
    before each rating ("Key: ● Complete ● On track ● At risk", each "●" in its own
    colour) keys them by the mark's colour, which the words do not carry; the mark
    alone means none of them."""
    meanings: dict[str, set[Meaning]] = {}
    for key, _, meaning in found:
        meanings.setdefault(key, set()).add(meaning)
    return [entry for entry in found if len(meanings[entry[0]]) == 1]


# A description saying only that the work is not done: "not completed", "not yet complete"
_ONLY_NOT_DONE = re.compile(r"(?:not (?:yet )?(?:completed?|done|finished)|incomplete)")


def _not_begun_beside_under_way(
    found: list[tuple[str, str, Meaning]],
) -> list[tuple[str, str, Meaning]]:
    """A key's entries are the states in turn: where another entry already names the work
    under way ("Amber – currently underway"), an entry saying only that the work is not
    done ("Red – not completed", "Red – not done") is the state left, not yet begun; its
    colour kept. Said with more ("date passed, not complete": late) or with no entry
    under way beside it, it reads as the status words read it."""

    def only_not_done(desc: str) -> bool:
        return bool(_ONLY_NOT_DONE.fullmatch(normal(desc)))

    if not any(status == "in_progress" and not only_not_done(d) for _, d, (status, _) in found):
        return found
    return [
        (key, desc, ("not_started", rag) if only_not_done(desc) else (status, rag))
        for key, desc, (status, rag) in found
    ]


def _coloured_wordings(text: str) -> list[tuple[str, Meaning]]:
    """The words a colour key describes its colour by, work not yet done ("Amber = On
    Track": "on track" → in progress, amber), its bracketed gloss aside. Words for done
    are left to their own reading: done, and a finished action rated nothing."""
    found: list[tuple[str, Meaning]] = []
    for key, desc, (status, rag) in _described_entries(text):
        if rag is None or status in (None, "done") or not _COLOUR_KEY.match(key):
            continue
        for wording in {normal(desc), normal(_GLOSS.sub("", desc))}:
            found.append((wording, (status, rag)))
    return found


_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")  # "Complete & CSPI (Care Standards Peer Inspection)"


# A key that only lists the plan's status phrases in order, parted by bars: "Delivered |
# On Track to deliver | Some issues – narrative disclosure | Not on track to deliver"
_SCALE_BREAK = re.compile(r"\s+\|\s+")
_SCALE_STEP_WORDS = 8
# An on-track step (in progress, unrated or green) and an off-track one (red)
_ON_AND_OFF_TRACK: list[set[Meaning | None]] = [
    {("in_progress", None), ("in_progress", "red")},
    {("in_progress", "green"), ("in_progress", "red")},
]
_AT_RISK: Meaning = ("in_progress", "amber")


def _scale_entries(body: str) -> list[tuple[str, Meaning]]:
    """The steps of such a scale that no status word reads, placed between a step on
    track and one off track (either way round): the step between, in progress and
    amber, as "at risk" is."""
    steps = _SCALE_BREAK.split(body.strip())
    if len(steps) < 3 or any(len(step.split()) > _SCALE_STEP_WORDS for step in steps):
        return []
    meanings = [_default_status(step) for step in steps]
    found: list[tuple[str, Meaning]] = []
    for i, step in enumerate(steps):
        before = next((m for m in reversed(meanings[:i]) if m != (None, None)), None)
        after = next((m for m in meanings[i + 1 :] if m != (None, None)), None)
        if meanings[i] == (None, None) and {before, after} in _ON_AND_OFF_TRACK:
            found.append((normal(step), _AT_RISK))
    return found


# A key listing a project's stages in order, parted by semicolons or bars, from not
# started to the last, which a bracket may explain: "Stage key: Not started; Scoping;
# Design; Pilot; Live (in use, benefits being tracked)."
_STAGE_BREAK = re.compile(r"\s*;\s*|\s+\|\s+")
_STAGE_WORDS = 4
_LIFECYCLE_STEPS = 3


_STAGE_NAME = re.compile(r"^[^\W\d_](?:[^\W\d_]|[' /&-])*$")


def _is_stage_name(step: str) -> bool:
    """A stage's name, words alone ("Not started", "Pilot"), never a label and its value
    ("Lead: Amy Lee") nor a sentence."""
    return bool(_STAGE_NAME.match(step)) and len(step.split()) <= _STAGE_WORDS


def _lifecycle_entries(body: str) -> list[tuple[str, Meaning]]:
    """The stages of such a lifecycle that no status word reads: the work under way at
    every stage after the first, as a programme office keys its projects' stages; the
    last is done only where its name or its gloss says the work is in use ("Live (in
    use, benefits being tracked)"): "Implementation", "Embedding", "Evaluation" are
    work still going on. Stages the status words read keep their reading; a list
    holding a done stage of its own ends at that one."""
    written = [step.strip(" .") for step in _STAGE_BREAK.split(body.strip())]
    steps = [_GLOSS.sub("", step) for step in written]
    if len(steps) < _LIFECYCLE_STEPS or not all(map(_is_stage_name, steps)):
        return []
    meanings = [_default_status(step)[0] for step in steps]
    if meanings[0] != "not_started" or "done" in meanings:
        return []
    in_use = _IN_USE.search(normal(written[-1])) or _default_status(written[-1])[0] == "done"
    last: Status = "done" if in_use else "in_progress"
    found: list[tuple[str, Meaning]] = []
    for i, step in enumerate(steps[1:], start=1):
        if meanings[i] is None:
            found.append((normal(step), (last if i == len(steps) - 1 else "in_progress", None)))
    return found


# A lifecycle's last stage naming the work in use: "Live", "In use", "Business as usual",
# "Operational", "Embedded", or a gloss so saying ("Go-live (in use across the service)")
_IN_USE = re.compile(r"\b(?:live|in use|business as usual|bau|operational|embedded)\b")


# A key giving each mark a percentage, as a programme office draws progress in Harvey
# balls: "○ = 0%; ◔ = 25%; ◑ = 50%; ◕ = 75%; ● = 100%". A mark is a symbol or two, no
# letter, figure or bracket; two such entries at least make the key.
_MARK_PERCENT = re.compile(
    r"(?<![^\s;,:])(?P<mark>[^\w\s=:;,.()\[\]%/\-–—]{1,2})\s*(?:=|:|[–—-])\s*"
    r"(?P<percent>\d{1,3}\s*%)(?![\w%])"
)


# The names a tool exports its Harvey balls by (Smartsheet: "Empty", "Quarter", "Half",
# "Three Quarter", "Full"): the quarters of the ball drawn filled, so no key is needed.
_BALL_NAMES = {
    "empty": "0%",
    "quarter": "25%",
    "half": "50%",
    "three quarter": "75%",
    "three quarters": "75%",
    "full": "100%",
}


_STEPS_COUNT = re.compile(r"^(?P<done>\d{1,3})\s*/\s*(?P<of>\d{1,3})$")


# A mark for each step, met or not, in the order they fall due: "✓✓✗✗", "✔ ✘ ✘" (two of
# four met, one of three). Two marks at least: one alone is a box ticked.
_STEP_MET = "✓✔"
_STEP_NOT_MET = "✗✘×"
_STEP_MARKS = re.compile(rf"^(?:[{_STEP_MET}{_STEP_NOT_MET}]\s*){{2,}}$")


def _marked_steps(cell: str) -> str | None:
    """ "✓✓✗✗" → "2/4": the marks as a count of steps met; None for any other cell."""
    marks = cell.strip()
    if not _STEP_MARKS.match(marks):
        return None
    return f"{sum(ch in _STEP_MET for ch in marks)}/{sum(not ch.isspace() for ch in marks)}"


def count_percent(cell: str) -> str | None:
    """The share of its steps an action has done ("3/4" milestones met → "75%", or a mark
    for each, "✓✓✗✗" → "50%"), else None; never more done than there are ("5/4": None)."""
    m = _STEPS_COUNT.match(_marked_steps(cell) or cell)
    if m is None or int(m["done"]) > int(m["of"]) or int(m["of"]) == 0:
        return None
    return f"{100 * int(m['done']) // int(m['of'])}%"


# A % complete written in words, as a house style writes numbers: "Forty per cent",
# "Seventy-five per cent", "One hundred percent", "Nil"; the sign may be left to the header.
_UNITS = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_WORDED_NUMBERS: dict[str, int] = (
    {word: n for n, word in enumerate(_UNITS)}
    | {word: n for n, word in enumerate(_TEENS.split(), 10)}
    | {tens: 20 + 10 * i for i, tens in enumerate(_TENS)}
    | {
        f"{tens} {unit}": 20 + 10 * i + u
        for i, tens in enumerate(_TENS)
        for u, unit in enumerate(_UNITS)
        if u
    }
    | {"nil": 0, "nought": 0, "hundred": 100, "one hundred": 100, "a hundred": 100}
)
_WORDED_PERCENT = re.compile(
    r"^(?P<words>[a-z][a-z -]*?)(?P<sign>\s*(?:%|per\s?cent))?(?:\s+(?:complete|done))?$"
)
# Words alone, no "per cent", that still read as a share done: nothing ("Nil", "Zero")
# or a round tens ("Ninety"), as progress is estimated; "Two" alone is more likely a count
_NOUGHT_WORDS = frozenset({"nil", "nought", "zero"})
_ROUND_TENS = frozenset(range(20, 101, 10))


def words_percent(cell: str) -> str | None:
    """The percentage a number in words gives ("Forty per cent" → "40%", "Nil" → "0%",
    "Ninety" → "90%"), else None: read only in a % complete column. A number alone, no
    "per cent", reads only as nothing or a round tens ("Two" is no 2%)."""
    m = _WORDED_PERCENT.match(normal(cell))
    if m is None:
        return None
    words = re.sub(r"[\s-]+", " ", m["words"]).strip()
    figure = _WORDED_NUMBERS.get(words)
    if figure is None or not (m["sign"] or words in _NOUGHT_WORDS or figure in _ROUND_TENS):
        return None
    return f"{figure}%"


# A count in words of what was done of what was planned, the things named after it:
# "3 of 4 sessions held", "42 of 42 schools briefed", "5 out of 5 contracts checked",
# "one of two leaflets printed"; a few words after the count, no sentence
_COUNT_NUMBER = r"\d{1,4}|" + "|".join(
    w.replace(" ", "[ -]") for w in sorted(_WORDED_NUMBERS, key=len, reverse=True)
)
_WORDED_COUNT = re.compile(
    rf"^(?:(?P<done>{_COUNT_NUMBER}|none)\s+(?:out\s+)?of|(?P<all>all))\s+(?P<of>{_COUNT_NUMBER})"
    r"\s+(?P<what>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,3})$"
)
# The closing words that say the things counted were done ("sessions held", "schools
# briefed"): a count of posts "still vacant", milestones "overdue" or sessions
# "cancelled" counts what went wrong or is left, never the share done
_DONE_WORDS = frozenset(
    "held delivered trained briefed visited completed complete done checked filled signed"
    " printed met achieved published recruited appointed installed inspected reviewed"
    " audited sent issued agreed finished submitted received attended run implemented"
    " approved tested updated closed resolved returned contacted called surveyed assessed"
    " launched opened built fitted replaced repaired distributed established filtered"
    " consulted interviewed screened vaccinated enrolled registered certified cleared"
    " migrated converted procured commissioned answered observed marked moderated".split()
)
_NOT_DONE_WORDS = frozenset(
    "cancelled canceled vacant overdue lost outstanding missed failed remaining delayed"
    " postponed deferred late pending rejected withdrawn slipped unfilled abandoned not"
    " still left to due behind open unmet incomplete".split()
)


def worded_count_percent(cell: str) -> str | None:
    """The share done a count in words gives ("3 of 4 sessions held" → "75%", "0 of 2
    events held" → "0%", "42 of 42 schools briefed" → "100%"), else None; never more
    done than were planned."""
    m = _WORDED_COUNT.match(normal(cell))
    if m is None or not _says_done(m["what"]):
        return None
    planned = _count_number(m["of"])
    done = planned if m["all"] else 0 if m["done"] == "none" else _count_number(m["done"])
    if done is None or planned is None or planned == 0 or done > planned:
        return None
    return f"{100 * done // planned}%"


def _says_done(what: str) -> bool:
    """The closing words of a count say its things were done ("sessions held"), and
    nothing that they were not ("sessions cancelled", "posts still vacant")."""
    said = set(re.split(r"[\s-]+", what))
    return bool(said & _DONE_WORDS) and not said & _NOT_DONE_WORDS


def _count_number(words: str) -> int | None:
    """ "42" → 42, "two" → 2, "twenty-one" → 21; any other word None."""
    if words.isdigit():
        return int(words)
    return _WORDED_NUMBERS.get(re.sub(r"[\s-]+", " ", words))


def ball_percent(cell: str) -> str | None:
    """The percentage a Harvey ball's exported name draws ("Half" → "50%"), else None."""
    return _BALL_NAMES.get(normal(cell).replace("-", " "))


# A band of percentages a key gives a colour: "80–100%", "50-79%", "50 to 79%", "below
# 50%", "under 50%", "less than 50%", "<50%", "80% and above", "80%+", "≥80%", "over 80%"
_BAND = (
    r"(?:(?P<lo>\d{1,3})\s*%?\s*(?:–|—|-|to)\s*(?P<hi>\d{1,3})\s*%"
    r"|(?:below|under|less\s+than|<)\s*(?P<below>\d{1,3})\s*%"
    r"|(?:up\s+to|≤|<=)\s*(?P<upto>\d{1,3})\s*%"
    r"|(?:above|over|more\s+than|>)\s*(?P<above>\d{1,3})\s*%"
    r"|(?:at\s+least|≥|>=)\s*(?P<least>\d{1,3})\s*%"
    r"|(?P<plus>\d{1,3})\s*%\s*(?:\+|(?:and|or)\s+(?:above|over|more|higher)))"
)
_BAND_ENTRY = re.compile(
    rf"(?<![\w%]){_BAND}\s*(?:=|:|→|–|—|-)\s*(?P<colour>[A-Za-z]+)\b", re.IGNORECASE
)
_BANDED_PERCENT = re.compile(r"^\s*(?P<n>\d{1,3}(?:\.\d+)?)\s*%\s*$")
_BAND_COLOURS = frozenset({"red", "amber", "green", "yellow", "orange", "blue", "r", "a", "g"})


def _coloured_bands(text: str) -> list[tuple[int, int, Meaning]]:
    """ "80–100% = Green; 50–79% = Amber; below 50% = Red" → [(80, 100, green), (50, 79,
    amber), (0, 49, red)]: each band of percentages and the colour the key gives it. Two
    entries at least, each a colour word: fewer → []."""
    found = []
    for m in _BAND_ENTRY.finditer(text):
        colour = m["colour"].lower()
        if colour not in _BAND_COLOURS:
            continue
        if m["lo"] is not None:
            lo, hi = int(m["lo"]), int(m["hi"])
        elif m["below"] is not None:
            lo, hi = 0, int(m["below"]) - 1
        elif m["upto"] is not None:
            lo, hi = 0, int(m["upto"])
        elif m["above"] is not None:
            lo, hi = int(m["above"]) + 1, 100
        else:
            lo, hi = int(m["least"] or m["plus"]), 100
        found.append((lo, hi, RAG_WORDS[colour]))
    return found if len(found) >= 2 else []


# Words of a key's label that name no column: "Attendance key", "RAG rating scale"
_KEY_WORDS = frozenset({"key", "keys", "rag", "rating", "ratings", "scale", "bands", "band"})


def _band_label(text: str) -> str:
    """ "Confidence of delivery: 80–100% = Green; …" → "Confidence of delivery";
    "Attendance key: 95% and above = Green" → "Attendance": the words before the colon
    ahead of the first band, less the words that say it is a key; "" when none."""
    first = _BAND_ENTRY.search(text)
    return _label_ahead(text[: first.start()] if first else "")


# A word a key gives a colour alone: "High" of "High = Green"
_RATED_WORD = re.compile(r"^[a-z][a-z '’-]{1,24}$")


def _words_keyed_to_colours(text: str) -> dict[str, Meaning]:
    """ "Confidence: High = Green; Medium = Amber; Low = Red" → {"high": green, …}: words
    (no colour nor letter) each keyed to a colour alone, no state. Two at least, else {}."""
    found = {
        key: meaning
        for key, desc, meaning in _described_entries(text)
        if meaning[0] is None
        and meaning[1] is not None
        and normal(desc) in RAG_WORDS
        and _RATED_WORD.match(key)
        and not _COLOUR_KEY.match(_colour_of_key(key))
    }
    return found if len(found) >= 2 else {}


def _label_ahead(ahead: str) -> str:
    """The label of a key whose entries follow ``ahead``: the words before its last
    colon, less the words that say it is a key; "" where no colon ends a label."""
    if ":" not in ahead:
        return ""
    label = ahead.rsplit(":", 1)[0].split(".")[-1]
    kept = [w for w in re.findall(r"[A-Za-z]+", label) if w.lower() not in _KEY_WORDS]
    return " ".join(kept)


def _marked_percents(text: str) -> list[tuple[str, str]]:
    """ "○ = 0%; ● = 100%" → [("○", "0%"), ("●", "100%")]; fewer than two entries → []."""
    found = [(m["mark"], m["percent"]) for m in _MARK_PERCENT.finditer(text)]
    return found if len(found) >= 2 else []


def _emoji_pieces(body: str) -> list[tuple[str, str]]:
    """ "🔴 not started 🟡 in progress" → [("🔴", "not started"), ("🟡", "in progress")].

    A key that opens with a symbol, each symbol written before its meaning ("✅ done
    ⏳ under way ⬜ not yet started": an hourglass, an empty box), parts at every symbol
    it holds, as at the emoji above; in any other key a symbol is part of a description.
    """
    marks = _EMOJI_KEYS
    if _is_symbol(body.lstrip()[:1]):
        marks += "".join(sorted({ch for ch in body if _is_symbol(ch)}))
    parts = re.split("([" + re.escape(marks) + "])", body)
    if len(parts) < 3:
        return []
    return [(parts[i], parts[i + 1].strip(" =:-–—,;/\n\t")) for i in range(1, len(parts) - 1, 2)]


def _is_symbol(char: str) -> bool:
    """A pictograph or sign a key may mark a state with (Unicode's "other symbol": ⏳,
    ⬜, ✔, ○), never a letter, figure, punctuation or arrow."""
    return len(char) == 1 and unicodedata.category(char) == "So"


# A comma or slash separates entries only before another "KEY =": "Red – late, off track" is one.
_NEXT_ENTRY = r"(?=[ \t]*[^,/=:–—\n-]{1,24}?[ \t]*(?:=|:|–|—|-)\s)"
# After a slash, never past a semicolon, itself a break: a bilingual key's description
# "ar y trywydd iawn / on track; Amber – …" ends its entry at the semicolon
_NEXT_ENTRY_AFTER_SLASH = r"(?=[ \t]*[^,/=:;–—\n-]{1,24}?[ \t]*(?:=|:|–|—|-)\s)"
# A key written as sentences, each colour's after the last full stop: "RED – The action
# has not yet started. The action must be prioritised. AMBER – The action has started."
_NEXT_COLOUR_ENTRY = r"(?=(?i:red|amber|green|blue|black|grey|gray)\s*(?:=|:|–|—|-)\s)"
_ENTRY_BREAK = re.compile(
    r"[;\n]|\s{3,}|,\s*"
    + _NEXT_ENTRY
    + r"|\s/\s*"
    + _NEXT_ENTRY_AFTER_SLASH
    + r"|\.\s+"
    + _NEXT_COLOUR_ENTRY
)


# A key table's row, its two cells joined by a bar as a table kept in the notes is
# ("Red | Not started"): exactly one bar, so a line of "Label: value | …" parts is not.
_TABLE_ENTRY = re.compile(r"^\s*(?P<key>[^|]{1,24}?)\s+\|\s+(?P<desc>[^|]+?)\s*$")


# The colours a label or a key's description names beside its words (RAG_WORDS keys)
_LABEL_COLOURS = r"red|amber|orange|yellow|green|blue"

# A key's letter with its colour in brackets, then the meaning with no sign between, as a
# key laid out in two columns reads as text: "G (Green) complete and/or now meets UK
# expectations", "R (Red) action not yet started"
_BRACKETED_COLOUR_ENTRY = re.compile(
    rf"^\s*(?P<key>[^\s()=:]{{1,12}})\s*\((?P<colour>{_LABEL_COLOURS})\)\s*[=:–—-]?\s*"
    r"(?P<desc>[^()]*?[^\W\d_][^()]*?)\s*$",
    re.IGNORECASE,
)


# A sentence of its own after a key's last entry: "R = significant delay. Completed
# actions are marked COMPLETE at the end of the action."
_SENTENCE_AFTER = re.compile(r"\.\s+(?=[A-Z])")
# A sentence that is a note on the table, not the entry's meaning run on: it names the
# plan's rows or work, or how they are marked ("Completed actions are marked COMPLETE",
# "Finished work is shaded grey")
_NOTE_ON_THE_TABLE = re.compile(
    r"\b(?:actions?|rows?|plan|items?|tasks?|work|recommendations?|lines?|entries"
    r"|marked|shaded|shown|highlighted|coloured|colored|greyed|struck|removed|moved)\b",
    re.IGNORECASE,
)
# A first sentence that names only the entry's colour ("X = Grey. Closed – no further
# action"): its meaning is the sentence after
_COLOUR_ALONE = re.compile(
    r"^\s*(?:(?:dark|light|pale|bright|deep)\s+)?"
    r"(?:red|amber|green|yellow|orange|blue|grey|gray|black|white|purple)\s*$",
    re.IGNORECASE,
)


def _without_note_after(desc: str) -> str:
    """A key's last entry without a sentence after it that is a note on the table
    ("R = significant delay. Completed actions are marked …"). The entry runs on where
    its meaning does: after a first sentence naming only its colour ("Grey. Closed"),
    into a sentence opened by "Or" ("not started. Or significantly delayed"), into any
    that names neither the plan's rows nor how they are marked."""
    parts = _SENTENCE_AFTER.split(desc, maxsplit=1)
    if len(parts) < 2:
        return desc
    meaning, after = parts
    if (
        _COLOUR_ALONE.match(meaning)
        or after.lower().startswith(("or ", "and ", "but "))
        or not _NOTE_ON_THE_TABLE.search(after)
    ):
        return desc
    return meaning


# A key's first entry after the key's label and a colon: "Confidence: High = Green"
_LABELLED_FIRST_ENTRY = re.compile(r"^\s*[^:=]{1,40}:\s*(?P<entry>[^:=]{1,24}?\s*=\s*\S.*)$")
# A sentence saying how the ratings are shown, a spaced dash, then the first entry, keyed
# by a colour ("… highlighted to show its rating – Green: completed"): the sentence is
# the key's lead-in, not the first entry's key. Only a colour, so a dash in prose
# ("Audit – Note: …") starts no entry.
_DASHED_LEAD_IN = re.compile(
    r"^[^:=]{1,160}?\s[–—]\s+(?P<entry>(?:red|amber|green|blue|yellow|orange)\s*[:=]\s*\S.*)$",
    re.IGNORECASE,
)


def _separated_pieces(body: str) -> list[tuple[str, str]]:
    pieces = []
    for i, chunk in enumerate(_ENTRY_BREAK.split(body)):
        if i == 0 and (
            labelled := _LABELLED_FIRST_ENTRY.match(chunk) or _DASHED_LEAD_IN.match(chunk)
        ):
            chunk = labelled["entry"]  # a label no key word names ("Confidence:")
        if coloured := _BRACKETED_COLOUR_ENTRY.match(chunk):
            # the colour its words are rated, as "1 = Red (off track)" writes it
            pieces.append((normal(coloured["key"]), f"{coloured['colour']} ({coloured['desc']})"))
        elif m := _TABLE_ENTRY.match(chunk) or _ENTRY.match(chunk):
            pieces.append((normal(m["key"]), m["desc"]))
    if len(pieces) >= 2:
        # the key ends with its last entry's sentence: a sentence after it is a note on
        # the plan, never what that entry means
        key, desc = pieces[-1]
        pieces[-1] = (key, _without_note_after(desc))
    return pieces


# A colour named in a key's description ("Delayed – amber, behind timescale").
_COLOUR_WORD = re.compile(
    r"\b(?:red|amber|green|yellow|orange)\b|["
    + "".join(k for k, (_, rag) in RAG_WORDS.items() if rag and not k.isascii())
    + "]",
    re.IGNORECASE,
)


# A shade of a colour keyed beside the colour ("Dark green = complete; Green = on
# track"): its own key, keeping the colour's RAG.
_SHADE = re.compile(r"^(?:dark|light|pale|bright|deep)\s+(?=\w)")
# A traffic light named by its colour ("Green Light = …", a parliament's tracker): the
# colour, as a shade of it is ("Light Green Light" green)
_LIGHT = re.compile(r"(?<=\w)\s+lights?$")


def _colour_of_key(key: str) -> str:
    """The colour a key names, its shade and a traffic light's word aside: "light green
    light" → "green"; any other key as it is."""
    return _SHADE.sub("", _LIGHT.sub("", key))


def _legend_meaning(key: str, desc: str) -> Meaning | None:
    """What a legend line says its key means; a colour key keeps its own RAG.

    A description naming its colour, its words in brackets ("1 = Red (off track)"),
    gives both: the colour's RAG, the words' status. "A = some concerns" is still
    amber, with no status; "Purple = see note" means nothing we can use.
    """
    colour_first = _COLOUR_THEN_WORDS.match(normal(desc))
    if colour_first is not None:
        return _coloured_label(colour_first["words"], colour_first["colour"])
    status, rag = _default_status(desc)
    if status is None and rag is None:
        status, rag = RAG_WORDS.get(normal(desc), (None, None))
    if status is not None and _offers_another_state(desc, status):
        status = None  # "not yet started or … significant delay": the colour alone
    key_status, key_rag = RAG_WORDS.get(_colour_of_key(key), (None, None))
    if key_rag is not None:
        return status, key_rag
    own_status, own_rag = _default_status(key)
    if (own_status or own_rag) and not _COLOUR_WORD.search(desc):
        # "Delayed – behind timescale" explains the word and names no colour: the
        # status word keeps its own RAG (amber), not one guessed from the explanation;
        # a phrase of the status table its own status too ("Awaiting confirmation = the
        # agency reports the action complete, evidence awaited": in progress). An
        # ordinary word means what the key says ("Open = in progress").
        if _STATUS_SCAN.fullmatch(key) and not _states_a_status(desc):
            return own_status or status, own_rag
        return status or own_status, own_rag
    if status is None and rag is None:
        return None
    return status or key_status, rag


# The parts of a key's description: "planning begun; in progress", "not started,
# within timescale", "complete – evidence filed"
_DESCRIPTION_PART = re.compile(r"[;,:.()]|\s[-–—]\s|[–—]")


def _states_a_status(desc: str) -> bool:
    """A description a part of which opens with a status ("not started, within
    timescale"; "planning begun; in progress"): the plan's key says what its word
    means, over the status the word has elsewhere. "The agency reports the action
    complete, evidence awaited" reports a state, and states none."""
    parts = _DESCRIPTION_PART.split(desc)
    return any(_STATUS_SCAN.match(normal(part)) for part in parts)


# "The action has not yet started or there is significant delay": an "or" between
# two states, as a key offers a colour for either
# "Complete and/or now meets UK expectations" ("and / or"): both may hold at once, so
# no other state; taken out before any "or" is looked for
_AND_OR = re.compile(r"\band\s*/\s*or\b")
_OR = re.compile(r"\bor\b")


def _offers_another_state(desc: str, status: Status) -> bool:
    """A key's description that offers its status or another state ("not yet started
    or there is significant delay"): it names no one status, and the colour is read
    as ever. "Complete or closed" offers the same status twice."""
    words = normal(desc)
    found = status_phrase(words)
    if found is None:
        return False
    rest = _AND_OR.sub(" ", words[found.end() :])
    return any(_default_status(other)[0] != status for other in _OR.split(rest)[1:])


# ------------------------------------------------------------------ cells
def read_status(cell: str, legend: Legend = DEFAULT_LEGEND) -> Meaning:
    """A status cell → (status, the RAG its words imply); (None, None) when not understood.

    "Off track" → ("in_progress", "red"); "Completed – see evidence" →
    ("done", None); "Red" → (None, "red"); "Blue" → ("done", None).
    """
    # a status struck through is overtaken by the one typed after it ("~~On hold~~ In
    # progress"); a cell struck whole still says how the action stood
    cell = without_struck(cell) or cell
    parts = lettered_parts(cell)
    if parts is not None:
        return _whole_of_parts([read_status(part, legend) for part in parts])
    ticked = ticked_option(cell)
    cell = _unshaped(cell if ticked is None else ticked)
    cell = _latest_status_of_monthly(cell, legend) or cell
    found = legend.get(cell)
    if found is not None:
        return found
    status, rag = _default_status(cell)
    if status is None and rag is None:
        return _rag_words(normal(cell))
    # "Green – on track": a cell opening with its colour gives that RAG as well
    return status, rag or _rag_words(normal(cell))[1]


# A part's letter opening it: "(a)", "a)", "(ii)", at the cell's start or after the
# punctuation or space that ends the part before.
_PART_LETTER = re.compile(r"(?:^|(?<=[\s;,.]))\(?(?P<letter>[a-z]|[ivx]{1,4})\)\s*")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_NUMERALS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def lettered_parts(cell: str) -> list[str] | None:
    """A status per lettered part of an action, "(a) Complete; (b) In progress" → the
    parts' words, ["Complete", "In progress"]; None unless the cell opens with the first
    letter and letters at least two parts in turn (a, b, c … or i, ii, iii …)."""
    found = list(_PART_LETTER.finditer(cell.strip().lower()))
    if len(found) < 2 or found[0].start() != 0:
        return None
    letters = [m["letter"] for m in found]
    if letters != list(_LETTERS[: len(letters)]) and letters != list(_NUMERALS[: len(letters)]):
        return None
    text = cell.strip()
    ends = [m.start() for m in found[1:]] + [len(text)]
    parts = [text[m.end() : end].strip(" ;,.") for m, end in zip(found, ends, strict=True)]
    return [re.sub(r"\s+and$", "", part) for part in parts]


_WORST_FIRST: tuple[Rag, ...] = ("red", "amber", "green")


def _whole_of_parts(meanings: list[Meaning]) -> Meaning:
    """The whole action's state from its parts' states: done only when every part is, any
    part done or under way among others in progress, a dropped part no work left, parts
    only held or not begun blocked; a part that states nothing counts as not begun. Its
    RAG the worst a part gives."""
    if all(meaning == (None, None) for meaning in meanings):
        return None, None
    rags = {rag for _, rag in meanings}
    rag = next((colour for colour in _WORST_FIRST if colour in rags), None)
    states = {status or "not_started" for status, _ in meanings}
    if states != {"dropped"}:
        states.discard("dropped")
    if len(states) == 1:
        return states.pop(), rag
    if states & {"done", "in_progress"}:
        return "in_progress", rag
    return "blocked", rag


# A template's choices as check boxes, one ticked: "☐ Not started ☒ In progress ☐ Complete".
_BOXED_OPTION = re.compile(r"([☐☒☑✓✔])\s*([^☐☒☑✓✔]*)")
_TICKED_BOXES = frozenset("☒☑✓✔")


def ticked_option(cell: str) -> str | None:
    """The words of the one box ticked among two or more in a cell ("In progress" of
    "☐ Not started ☒ In progress ☐ Complete"): the choice made, the empty boxes say
    nothing. "" when no box or several are ticked; None for a cell of no boxes."""
    if not cell.lstrip().startswith(tuple("☐☒☑✓✔")):
        return None
    options = _BOXED_OPTION.findall(cell)
    if len(options) < 2 or any(not words.strip() for _, words in options):
        return None
    ticked = [words.strip() for mark, words in options if mark in _TICKED_BOXES]
    return ticked[0] if len(ticked) == 1 else ""


# Flags a tool sets itself from the dates ("Late": the due date has passed): arithmetic
# the app does again, no one's judgement of the work, so they rate nothing.
_DATE_FLAGS = frozenset({"late", "overdue", "past due", "is late", "is overdue"})


def flag_rating(header: str) -> tuple[Rag | None, Status | None]:
    """What a yes in a flag column headed so says: "At Risk" → amber (a lead's judgement,
    as the status word is), "On target (tick)" → in progress; (None, None) for "Late", a
    date passed, and other words."""
    if normal(header).rstrip("?") in _DATE_FLAGS:
        return None, None
    if _ON_TRACK_QUESTION.match(header):
        return None, "in_progress"
    return read_rag(header)


def flag_denied(header: str) -> tuple[Rag | None, Status | None]:
    """What a no in a flag column headed so says: "On target (tick)" | No is not on
    target, in progress and red; a no to any other flag ("At Risk" FALSE) rates nothing."""
    return ("red", "in_progress") if _ON_TRACK_QUESTION.match(header) else (None, None)


def read_rag(cell: str, legend: Legend = DEFAULT_LEGEND) -> tuple[Rag | None, Status | None]:
    """A RAG cell → (RAG, the status it states); (None, None) when not understood.

    Letters, words, colours and emoji: "R", "Amber", "🟢" → that RAG;
    "Blue", "B", "Complete" → (None, "done"); "Red - off track" → ("red",
    "in_progress"); other status words as ``read_status`` reads them.
    """
    cell = _latest_rating(_unshaped(cell), legend)
    found = legend.band_of(cell) or legend.get(cell)
    if found is None:
        words = normal(cell)
        found = _rag_words(words)
        if found == (None, None):
            found = _default_status(cell)
    status, rag = found
    return rag, status


# Last month's rating, an arrow, this month's: "A → G", "Amber -> Green", "G ⇒ B".
_RATING_ARROW = re.compile(r"\s*(?:→|⇒|➔|➜|->|=>)\s*")


# This month's rating, last month's in brackets after it: "Green (was Amber)", "Blue
# (previously Green)", "Red (last month: Amber)".
_EARLIER_IN_BRACKETS = re.compile(
    r"^(?P<now>[^()]+?)\s*\((?:was|previously|formerly|previous|last\s+month)\b:?\s*[^()]+\)$",
    re.IGNORECASE,
)


# The day a rating changed, after the new one: "12/11", "20/11/2026", "4 Nov", "4th November".
_DAY_OF_CHANGE = re.compile(
    r"\s+(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2}(?:\d{2})?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\.?)$",
    re.IGNORECASE,
)


def _latest_rating(cell: str, legend: Legend) -> str:
    """The rating after the last arrow, where every side of it is a rating ("A → G" → "G"),
    or before a bracket giving the one it was ("Amber (was Blue)" → "Amber": the earlier
    rating says nothing of now); any other cell as it is."""
    earlier = _EARLIER_IN_BRACKETS.match(cell.strip())
    if earlier is not None and _is_rating(earlier["now"], legend):
        return earlier["now"]
    sides = _RATING_ARROW.split(cell.strip())
    if len(sides) >= 2:
        # the day the rating moved after the last ("A→G 12/11"): when, not a rating
        sides[-1] = _DAY_OF_CHANGE.sub("", sides[-1])
        if all(_is_rating(side, legend) for side in sides):
            return sides[-1]
    return _latest_of_monthly(cell, legend) or cell


# Each month's rating kept, oldest first, each after its month: "Sep A / Oct A / Nov G",
# "Oct A → Nov G", or this month's alone, "Nov G".
_MONTH_RATING = re.compile(
    r"^(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?:?\s+(?P<rating>.+)$",
    re.IGNORECASE,
)
_MONTHLY_SEPARATOR = re.compile(r"\s*(?:→|⇒|➔|➜|->|=>|/|;|,)\s*")


def _latest_of_monthly(cell: str, legend: Legend) -> str | None:
    """The last month's rating where every part of the cell is a month and a rating
    ("Sep A / Oct A / Nov G" → "G": a RAG history, as "A → G" is); else None."""
    ratings = []
    for side in _MONTHLY_SEPARATOR.split(cell.strip()):
        dated = _MONTH_RATING.match(side.strip())
        if dated is None or not _is_rating(dated["rating"], legend):
            return None
        ratings.append(dated["rating"])
    return ratings[-1] if ratings else None


# A status agreed each month, each after its month (and year) and a colon or dash: "Sep:
# Not started / Oct: In progress / Nov: Complete", "Oct 2026 – Delayed", one to a line.
_MONTH_STATUS = re.compile(
    r"^(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
    r"(?:\s+(?P<year>\d{2}|\d{4}))?(?:\s*[:–—-]\s*|\s+)(?P<status>\S.*)$",
    re.IGNORECASE,
)
_STATUS_HISTORY_SEPARATOR = re.compile(r"\s*(?:→|⇒|➔|➜|->|=>|/|;|,|\n)\s*")


def _latest_status_of_monthly(cell: str, legend: Legend) -> str | None:
    """The latest month's status where every part of the cell is a month and a status
    ("Sep: Not started / Oct: In progress / Nov: Complete" → "Complete"): a status kept
    as a history, read by the month it is now, as a RAG history is. Oldest first unless
    the months fall ("Nov: Delayed / Oct: On track": newest first, the first part). One
    part is a history only with its colon or dash ("Nov: Complete"), so a cell such as
    "May be delayed" is read as it is; else None."""
    parts = [p for p in _STATUS_HISTORY_SEPARATOR.split(cell.strip()) if p]
    months: list[int] = []
    years: list[int] = []
    statuses: list[str] = []
    for part in parts:
        dated = _MONTH_STATUS.match(part)
        if dated is None or read_status(dated["status"], legend) == (None, None):
            return None
        months.append(MONTHS[dated["month"].lower()])
        if dated["year"]:
            years.append(int(dated["year"]) % 100)
        statuses.append(dated["status"])
    if not statuses or (len(parts) == 1 and not re.search(r"[:–—-]", cell)):
        return None
    if len(years) == len(statuses):  # every year written: the latest date wins
        latest = max(range(len(statuses)), key=lambda i: (years[i], months[i]))
        return statuses[latest]
    return statuses[0] if _months_fall(months) else statuses[-1]


def _months_fall(months: list[int]) -> bool:
    """Each month the one before the last, or a few before ("Nov, Oct, Sep"): a history
    written newest first. Steps of up to six months count, across a year's end."""
    steps = [(a - b) % 12 for a, b in pairwise(months)]
    return bool(steps) and all(0 < step <= 6 for step in steps)


def _is_rating(side: str, legend: Legend) -> bool:
    """A side of an arrow that is a rating and nothing else ("A", "Amber", a legend's
    key). Stricter than ``_is_rag``, which takes "Red – off track" too: "Amber – delayed
    → Green" is no pair of ratings and is read as written, amber."""
    return legend.get(side) is not None or normal(side) in RAG_WORDS


# A council's or a board's decision as its minutes write it: "Resolved: That the report
# be noted", "RESOLVED – to approve the plan". It records what was decided, not that an
# issue was dealt with.
_RESOLUTION = re.compile(r"^resolved\s*[:,;.–—-]?\s*(?:that|to)\b")


@lru_cache(maxsize=4096)  # a column repeats the same few words on every row
def _default_status(cell: str) -> Meaning:
    words = normal(cell)
    if words in BLANK_WORDS:
        return None, None
    if (coloured := _COLOURED_LABEL.match(words)) is not None and (
        len(coloured["colour"]) > 1 or _default_status(coloured["words"])[0] is not None
    ):
        return _coloured_label(coloured["words"], coloured["colour"])
    if (sub := _sub_state(words)) is not None:
        return sub
    first = _FIRST_WORD.match(words)
    if first and not _RESOLUTION.match(words):
        return _status_after_a_miss(words, first.end("w")) or FIRST_WORD_STATUS[first["w"]]
    match = status_phrase(words)
    if match is None or _closure_asked_then_refused(match[0], words[match.end() :]):
        return None, None
    meaning = (
        _status_after_a_miss(words, match.end())
        or _state_beside_the_timetable(match[0], words[match.end() :])
        or _meaning_of(match[0])
    )
    if meaning[0] == "done" and (
        _PARTIAL_REACH.match(words, match.end()) or done_in_part(words, match.end())
    ):
        return "in_progress", meaning[1]
    return meaning


# Done only in part of where it is meant to be: "in place in most areas", "implemented
# in some schools", "complete across a few teams", as "partly in place" is. "For" a span
# of time tells how long it has been done: "Complete for several weeks now", "In place
# for some time".
_PARTIAL_REACH = re.compile(
    r"\s*(?:in|across|for(?!\s+(?:\w+\s+){1,2}(?:time|while|days?|weeks?|months?|years?|quarters?)\b))"
    r"\s+(?:most|some|many|several|a\s+few|a\s+minority\s+of|part|parts)\b"
)


# A count of the parts done, written straight after the word for done: "Completed phase 1
# of 3", "completed 2 of 5 sites", "Delivered 40 out of 120 bins". Fewer than all is the
# work under way, as "partly complete" is; all of them ("Completed 5 of 5 sites") is done.
_PARTS_DONE = re.compile(
    r"\s+(?:(?:the\s+)?(?:phase|stage|part|step|tranche|wave|round|module|section|site|"
    r"sprint|milestone)s?\s+)?(?P<n>\d{1,4})\s+(?:of|out\s+of)\s+(?P<m>\d{1,4})\b"
)


def done_in_part(words: str, end: int) -> bool:
    """The word for done, ending at ``end`` of the lower-case ``words``, is followed by a
    count of the parts done, fewer than all."""
    found = _PARTS_DONE.match(words, end)
    return found is not None and int(found["n"]) < int(found["m"])


# Words telling what befell the work (a date missed, the target moved, the item put back
# on the tracker, the auditor's verdict given) after which the cell may say how it stands
# now: "Cleared - pending verification by Internal Audit" waits on the check, "Not
# cleared - partly implemented" is under way.
_EVENTS_BEFORE_A_STATE = (
    "missed",
    "rescheduled",
    "re-scheduled",
    "reopened",
    "re-opened",
    "cleared",
)


def _status_after_a_miss(words: str, end: int) -> Meaning | None:
    """The status stated after a missed date or a move ("Date missed - now complete",
    "Missed – done 3/11", "Rescheduled – not started"): the event is past, the words
    after it say how the work stands now. None where the event is all the cell says, or
    nothing after it states a status."""
    if not words[:end].endswith(_EVENTS_BEFORE_A_STATE):
        return None
    later = _default_status(words[end:])
    return later if later[0] is not None else None


# Progress against the plan's timetable ("Ahead of schedule", "On schedule"): it says the
# work is going to time, not where it stands, so a state written after it in the same
# cell is the status ("Ahead of target – closed" is done, "On schedule – not started
# (starts Jan)" not started, "Ahead of programme – on hold pending funding" blocked).
def _state_beside_the_timetable(phrase: str, after: str) -> Meaning | None:
    """The state written after a phrase of progress against the timetable, where the
    cell writes one; None where the timetable is all the cell says ("Ahead of trajectory
    – 91% against 80%" stays in progress)."""
    if " ".join(phrase.replace("-", " ").split()) not in _TIMETABLE_PHRASES:
        return None
    later = _default_status(after)
    return later if later[0] is not None else None


# The inspectorate's answer no to a closure asked for ("Closure requested - declined by
# HMICFRS"): the item is not closed, nor is its closure awaited.
_REFUSED = re.compile(r"\b(?:declined|rejected|refused|not\s+agreed)\b")


def _closure_asked_then_refused(phrase: str, after: str) -> bool:
    """A closure asked for, then refused: the cell states no status of its own."""
    return "closure" in phrase and _REFUSED.search(after) is not None


# A case system's record state and its sub-state, a spaced dash or a colon between:
# "Open - In Progress", "Closed - Risk Accepted" (an audit system's export).
# The sub-state may stand in brackets: "Closed (superseded)", "Open (overdue)".
# ServiceNow writes its closed states with a space alone, "Closed Complete", "Closed
# Incomplete", "Closed Skipped": read so only where what follows "Closed" is a state and
# nothing more (``_is_state_only``), never a sentence ("Closed by HMICFRS in May").
_STATE_THEN_SUB_STATE = re.compile(
    r"^(?:open|closed)(?:(?:\s+[-–—]\s+|\s*:\s*)(?P<sub>.+)|\s*\((?P<inner>[^()]+)\))$"
    r"|^closed\s+(?P<bare>[^\s(:–—-].*)$"
)
# A closing word that says the work was not done or not finished: the record was closed
# without it ("Closed Incomplete": ServiceNow's state for a task closed not complete,
# "Closed Skipped": one the workflow passed over; "Closed (not done)", "Closed
# unresolved"). Dropped: the work will not be done under this record. "Not yet
# complete" still looks to the work being finished and keeps its own reading.
_CLOSED_UNDONE = re.compile(
    r"^(?:incomplete|uncompleted|unfinished|unresolved|skipped"
    r"|not\s+(?:complete|completed|done|finished|achieved|met|resolved))$"
)


def _sub_state(words: str) -> Meaning | None:
    """The meaning of the sub-state after a record's state, where it states one: "Open"
    says only that the record is not closed, "Closed" that it is; how the work stands is
    the sub-state's ("Open - Overdue" is in progress and red, "Closed - Superseded"
    dropped). A closed record whose work was not done ("Closed - Not Implemented") will
    not be done: dropped. None where the sub-state states nothing ("Open – past target")."""
    found = _STATE_THEN_SUB_STATE.match(words)
    if found is None or (found["bare"] is not None and not _is_state_only(found["bare"])):
        return None
    closed = words.startswith("closed")
    meaning = _last_state_in(found["sub"] or found["inner"] or found["bare"], closed=closed)
    if meaning == (None, None):
        return None
    if closed:
        return _closed_with(meaning)
    return meaning


def _is_state_only(words: str) -> bool:
    """Words that are a state and nothing more ("incomplete", "risk accepted",
    "skipped"), as a system's state label after "Closed" is."""
    return bool(
        _STATUS_SCAN.fullmatch(words) or words in FIRST_WORD_STATUS or _CLOSED_UNDONE.match(words)
    )


def _last_state_in(sub_state: str, *, closed: bool = False) -> Meaning:
    """The state a sub-state ends at: a later part after a spaced dash that states one is
    where the work stands now ("superseded by the new SOP - all actions complete" is done;
    "not implemented - risk accepted" dropped). After "Closed", a part saying the work was
    not done or not finished ("incomplete", "skipped") is dropped."""
    for part in reversed(re.split(r"\s+[-–—]\s+", sub_state)):
        if closed and _CLOSED_UNDONE.match(part.strip()):
            return "dropped", None
        if (meaning := _default_status(part)) != (None, None):
            return meaning
    return None, None


def _closed_with(sub_state: Meaning) -> Meaning:
    """A closed record read by its sub-state. Work that will not be done ("Closed - Not
    Implemented", "Closed (not started - replaced by 4.2)") is dropped; a sub-state saying
    the work was late or behind ("Closed (late)", "Closed - 2 weeks overdue", "Closed -
    delayed", its words rated red or amber) says how it was finished: done. Any other
    sub-state keeps its own reading ("Closed (partially implemented)" and "Closed -
    Awaiting evidence" are in progress, as those words are)."""
    status, rag = sub_state
    if status == "not_started":
        return "dropped", None
    if status == "in_progress" and rag in ("red", "amber"):
        return "done", None
    return sub_state


# The phrases with a word left open ("ready for … closure"), found again by pattern:
# what the cell wrote there ("hmicfrs") is no key of STATUS_WORDS.
_OPEN_PHRASES = {re.compile(_phrase(p)): m for p, m in STATUS_WORDS.items() if "…" in p}


def _meaning_of(matched: str) -> Meaning:
    """The meaning of the status phrase a cell wrote, as it wrote it."""
    phrase = " ".join(matched.replace("-", " ").split())
    found = STATUS_WORDS.get(phrase) or STATUS_WORDS.get(matched)
    if found is not None:
        return found
    return next((m for p, m in _OPEN_PHRASES.items() if p.fullmatch(matched)), (None, None))


# A task tool's label written with its colour in brackets, as Trello exports its labels:
# "On track (green)", "At risk (orange)", "Complete (blue)".
# The colour may be its BRAG letter, "On track (G)", "Complete (B)", when the words
# before it state a status: "Option (a)" is a list's item, no rating.
_COLOURED_LABEL = re.compile(rf"^(?P<words>[^()]+?)\s*\((?P<colour>{_LABEL_COLOURS}|[ragb])\)$")


# A key's description naming its colour first, its meaning in brackets: "Red (off track)",
# "Blue (complete)": the Trello label's order reversed.
_COLOUR_THEN_WORDS = re.compile(rf"^(?P<colour>{_LABEL_COLOURS})\s*\((?P<words>[^()]+)\)$")


def _coloured_label(words: str, colour: str) -> Meaning:
    """The status from the label's words, the RAG from its colour: "On track (green)" is in
    progress and green; blue (BRAG) rates nothing, and is done where the words say no
    other status."""
    status, _ = _default_status(words)
    colour_status, colour_rag = RAG_WORDS[colour]
    return status or colour_status, colour_rag


def _leading_key(words: str) -> tuple[str, str] | None:
    """ "g - on track" → ("g", "on track"); a one-letter key needs its sign: "a draft" has
    none. A letter signed to a number is a code ("A-014", "R-006": a log's IDs), no key."""
    lead = re.match(r"^(\S+?)(\s*[:=–—-]\s*|\s+)(.*)$", words)
    if lead is None or (len(lead[1]) == 1 and lead[1].isalpha() and not lead[2].strip()):
        return None
    if len(lead[1]) == 1 and lead[3].isdigit():
        return None
    return lead[1], lead[3]


# A rating with a sign after it for its direction since the last report ("Amber+",
# "Red+", "G+", "Green-"): the sign says which way it moved, the colour rates the action
_DIRECTION_SIGN = re.compile(r"^(?P<colour>[^\s+−-]+)\s*[+−-]$")


# A shape drawn before a colour, so a reader who cannot tell colours apart can tell the
# ratings apart: "● Green", "▲ Amber", "■ Red", "◆ Blue". One or two symbols, then the
# colour word; the shape is only the colour's picture.
_SHAPE_BEFORE_COLOUR = re.compile(
    r"(?<![^\s;,:(])(?P<shape>[^\w\s]{1,2}\ufe0f?)\s*"
    r"(?=(?:red|amber|green|blue|yellow|orange|black|grey|gray|white|purple)\b)",
    re.IGNORECASE,
)


def _unshaped(text: str) -> str:
    """The text with each shape drawn before a colour taken out ("● Green" → "Green", and
    so in a key: "● Green = on track"); a sign ("= Green", "(Green") stays."""

    def colour_alone(m: re.Match[str]) -> str:
        shape = m["shape"].replace("\ufe0f", "")
        drawn = all(_is_shape(ch) for ch in shape)
        return "" if drawn else m[0]

    return _SHAPE_BEFORE_COLOUR.sub(colour_alone, text)


def _is_shape(ch: str) -> bool:
    """A drawn symbol ("●", "▲", "🟢"), never an arrow: "Amber ➔ Green" is a rating's move."""
    return unicodedata.category(ch) == "So" and "ARROW" not in unicodedata.name(ch, "")


def _rag_words(words: str) -> Meaning:
    """ "Red", "R", "🔴", "Red - off track", "Amber/Green": the first RAG word leads."""
    if words in RAG_WORDS:
        return RAG_WORDS[words]
    signed = _DIRECTION_SIGN.match(words)
    if signed and signed["colour"] in RAG_WORDS and RAG_WORDS[signed["colour"]][1] is not None:
        return RAG_WORDS[signed["colour"]]
    if words in ICON_NAMES:
        return ICON_NAMES[words]
    lead = _leading_key(words)
    if lead and lead[0] in RAG_WORDS and lead[0] not in ("complete", "completed"):
        status, rag = RAG_WORDS[lead[0]]
        said = _default_status(lead[1])
        return status or said[0], rag or said[1]
    return None, None


# A header that is one RAG colour, as letter or word: a set of such columns ("R" | "A" |
# "G") rates each row by the one holding a mark ("●").
_COLOUR_HEADERS: dict[str, Meaning] = {
    k: RAG_WORDS[k] for k in ("r", "red", "a", "amber", "g", "green", "b", "blue")
}


def colour_of_header(header: str) -> Meaning | None:
    """ "R", "Amber", "G" → that colour's meaning (Blue: done); any other header → None."""
    return _COLOUR_HEADERS.get(normal(header))


def state_of_header(header: str) -> Meaning | None:
    """ "Not started", "In progress", "Complete" heading a column of ticks → that
    status (no RAG); a header that is no status alone → None."""
    if not is_state_alone(header, DEFAULT_LEGEND):
        return None
    status, _ = read_status(header)
    return (status, None) if status is not None else None


def is_mark(cell: str) -> bool:
    """Anything written in a box ("●", "x", "✓"); blank, "-" or "n/a" is no mark."""
    return normal(cell) not in BLANK_WORDS


def is_drawn_mark(cell: str) -> bool:
    """A mark drawn in a box, no figure nor word: "x", "X", "✓", "●" (never "3", "Y")."""
    return cell.strip() in ("x", "X") or not any(ch.isalnum() for ch in cell)


# A column header that is one level of % complete ("25", "50 %", "100%"): a step of a
# progress scale drawn as columns, the one marked under it the share done
_PERCENT_LEVEL = re.compile(r"^\s*(?P<n>\d{1,3})\s*(?P<pct>%)?\s*$")


def is_percent_level(header: str) -> bool:
    """The header is one number of 0 to 100, "%" or not ("25", "50 %")."""
    m = _PERCENT_LEVEL.match(header)
    return m is not None and int(m["n"]) <= 100


def percent_scale(headers: list[str]) -> bool:
    """Headers that are levels of % complete, two or more, rising, each written with "%"
    or rising to 100 ("25" | "50" | "75" | "100"): a scale, never numbered columns."""
    levels = [m for h in headers if (m := _PERCENT_LEVEL.match(h))]
    if len(levels) < 2 or len(levels) != len(headers):
        return False
    values = [int(m["n"]) for m in levels]
    rising = all(a < b for a, b in pairwise(values)) and values[-1] <= 100
    return rising and (values[-1] == 100 or all(m["pct"] for m in levels))


def percent_status(cell: str, *, fractions: bool = False) -> Status | None:
    """A "% complete" cell → 0: not started, 1–99: in progress, 100: done; else None.

    "50%", "50", "100 %", "75% complete", a band "26–50%", an estimate "c. 60%". With
    ``fractions`` (see ``percent_fractions``) a bare number is a share: "0.5" is 50 %.
    """
    figure = _ESTIMATE.sub("", normal(cell))
    band = _PERCENT_BAND.match(figure)
    if band:
        return _band_status(int(band["low"]), int(band["high"]))
    m = _PERCENT.match(figure)
    if not m:
        return None
    value = float(m["n"].replace(",", "."))
    if fractions and not m["pct"]:
        value *= 100
    if value > 100:
        return None
    if value == 0:
        return "not_started"
    return "done" if value >= 100 else "in_progress"


def _band_status(low: int, high: int) -> Status | None:
    """A band of % complete ("26–50%"): above 0 and below 100, it is in progress; a band
    that reaches 0 or 100 ("0–25%", "76–100%") says neither, so it states nothing."""
    return "in_progress" if 0 < low <= high < 100 else None


def percent_written(cell: str) -> Status | None:
    """A percentage with its sign in a status cell ("75%", "0 %") read as % complete;
    a bare number there ("3") is no percentage: it may be a score or a code."""
    return percent_status(cell) if "%" in cell else None


# The completion words a header alone may be, over boxes ticked ("Done", "Completed")
_BOX_HEADER_WORDS = ("done", "complete", "completed")
# A column that asks whether the action is done: "Done?", "Completed?", "Closed?",
# "Complete (Y/N)", "Action closed Y/N"; an auditor's follow-up table asks whether its
# recommendation is "Addressed?" or "Resolved?". A completion word, then a question mark
# or Y/N.
_COMPLETION_WORDS = (
    *_BOX_HEADER_WORDS,
    *("closed", "finished", "achieved", "implemented", "delivered", "addressed", "resolved"),
)
# How a header asks for a yes or no: a question mark, "Y/N", "Yes/No", or a form's
# "(tick)" over its boxes ("Achieved (tick)")
_ASKED = r"(?:\?|\(?\by\s*/\s*n\b\)?|\byes\s*/\s*no\b|\(\s*tick\s*\))"
_DONE_QUESTION = re.compile(
    rf"\b(?:{'|'.join(_COMPLETION_WORDS)})\b[^?]{{0,20}}{_ASKED}", re.IGNORECASE
)
# Whether the work is on course, asked yes or no: "On Target to Achieve (tick)", "On
# track? (Y/N)". Yes is on target (in progress), no is not on target (in progress, red).
_ON_TRACK_QUESTION = re.compile(rf"^\s*on\s+(?:target|track)\b[^?]{{0,30}}{_ASKED}", re.IGNORECASE)
# A spreadsheet's checkbox column is saved as TRUE / FALSE (Google Sheets, Excel): a tick.
_YES = frozenset({"y", "yes", "true", "✔", "✓", "☑", "✔️"})
_NO = frozenset({"n", "no", "false", "✗", "✘"})


# Completion asked the other way round, whether the action is still open: "Open?",
# "Still open (Y/N)", "Outstanding?". Its Y is a "Done?" column's N.
_OPEN_QUESTION = re.compile(
    r"^\s*(?:still\s+)?(?:open|outstanding)\s*(?:\?|\(?\by\s*/\s*n\b\)?|\byes\s*/\s*no\b)\s*$",
    re.IGNORECASE,
)


def asks_if_done(header: str) -> bool:
    """A header worded as a yes/no question of completion: "Done?", "Complete (Y/N)",
    or of its opposite, "Open?"."""
    return bool(_DONE_QUESTION.search(header)) or asks_if_open(header)


def asks_if_open(header: str) -> bool:
    """ "Open?", "Outstanding (Y/N)": completion asked the other way round."""
    return bool(_OPEN_QUESTION.match(header))


# A column headed by a completion word alone, "Done", "Completed", whose boxes are
# ticked: a tick, "Y" or "Yes", an "x" typed in the box (a mark, never a cross there),
# or Word's check box ticked ("☒", its default mark) or a ✅; "☐" is the box left empty
# or asked, "Complete?" over boxes as "Done" over them. The item ticked may be named
# before any completion word ("Action Achieved", "Task completed" over ✔ where done).
_DONE_WORD = re.compile(
    rf"^\s*(?:{'|'.join(_BOX_HEADER_WORDS)}"
    rf"|(?:action|task|item|recommendation)s?\s+(?:{'|'.join(_COMPLETION_WORDS)}))\s*\??\s*$",
    re.IGNORECASE,
)
_TICKS = _YES | {"x", "☒", "✅", "✅️"}
_EMPTY_BOX = "☐"


def heads_ticks(header: str) -> bool:
    """ "Done", "Completed", "Complete?", "Action achieved": a header that a tick in the
    box answers."""
    return bool(_DONE_WORD.match(header))


# A check box typed as plain text, as in a Markdown task list: "[x]" ticked, "[ ]" empty.
_TYPED_BOX = re.compile(r"^\[\s*(\S?)\s*\]$")


def _box_mark(cell: str) -> str:
    """The cell's words, a box typed as text read as the box it shows: "[x]" → "x",
    "[ ]" → "☐"."""
    words = normal(cell)
    typed = _TYPED_BOX.match(words)
    if typed is None:
        return words
    return typed.group(1) or _EMPTY_BOX


def is_tick(cell: str) -> bool:
    """ "✓", "✔", "☑", "☒", "✅", "Y", "Yes", "x", "[x]": a box marked."""
    return _box_mark(cell) in _TICKS


def is_empty_box(cell: str) -> bool:
    """ "☐" or "[ ]": a check box shown, left unticked (a blank cell shows no box at all)."""
    return _box_mark(cell) == _EMPTY_BOX


def box_answer(cell: str) -> bool | None:
    """A "Done" box: marked → True, "☐" → False, anything else → None."""
    if is_tick(cell):
        return True
    return False if is_empty_box(cell) else None


def yes_or_no(cell: str) -> bool | None:
    """ "Y", "Yes", "TRUE", "✔" → True; "N", "No", "FALSE", "✗" → False; else None."""
    words = normal(cell)
    if words in _YES:
        return True
    return False if words in _NO else None


# "Achieved?" answered by degree: "Fully" is yes; "Partially" is no, the work begun.
_FULLY = frozenset({"fully", "in full"})
_PARTLY_DONE = frozenset({"partially", "partly", "partial", "in part"})


def done_answer(cell: str) -> bool | None:
    """A "Done?" column's answer: yes or no, or by degree ("Fully" → True, "Partially"
    → False); anything else → None."""
    answer = yes_or_no(cell)
    if answer is None and normal(cell) in _FULLY | _PARTLY_DONE:
        answer = normal(cell) in _FULLY
    return answer


def partly_done(cell: str) -> bool:
    """ "Partially", "Partly": a "Done?" column's answer that the work is under way."""
    return normal(cell) in _PARTLY_DONE


# A self-assessment's answers besides yes and no ("Does the organisation comply?
# Yes / Partial / No"): a judgement of compliance, not an action's ref nor its status
_PARTLY = frozenset({"partial", "partially", "partly", "n/a", "na", "not applicable"})


def is_answer(cell: str) -> bool:
    """ "Yes", "No", "Partial", "N/A": an answer to a question asked of each row."""
    return yes_or_no(cell) is not None or normal(cell) in _PARTLY


# The words of a body taking up a recommendation made to it or not: it accepts or
# rejects it ("Accepted", "Rejected"), agrees or disagrees ("Agreed", "Disagree")
_ACCEPTS_OR_REJECTS = r"(?:accept|reject)"
_AGREES = r"agree"
# The answer a body gives to a recommendation made to it ("Accept", "Partially accept",
# "Agreed", "Partly agreed", "Not agreed", "Rejected", "Accepted in principle"): a scrutiny
# action plan's "Accept / Reject", a prison's "Agreed / Partly agreed / Not agreed"
_ACCEPTANCE = re.compile(
    rf"(?:(?:fully|partially|partly|not)\s+)?(?:{_ACCEPTS_OR_REJECTS}(?:ed)?|(?:dis)?{_AGREES}d?)"
    r"(?:\s+(?:in\s+(?:part|full|principle)|with\s+(?:amendments?|modifications?)))?"
)
# A header asking whether the recommendation was taken up ("Accept / Reject", "Accepted?",
# "Agreed by Cabinet?", "Agreed / Partly agreed / Not agreed")
_ASKS_IF_TAKEN_UP = re.compile(rf"\b(?:{_ACCEPTS_OR_REJECTS}\w*|{_AGREES}d)\b", re.IGNORECASE)


def answers_a_recommendation(cell: str) -> bool:
    """ "Accept", "Partially accept", "Agreed", "Not agreed", "Rejected": whether the body
    took up the recommendation, the cell saying nothing else."""
    return bool(_ACCEPTANCE.fullmatch(normal(cell)))


def asks_if_taken_up(header: str) -> bool:
    """ "Accept / Reject", "Accepted?", "Agreed by Cabinet?": a header asking whether the
    body took up the recommendation."""
    return bool(_ASKS_IF_TAKEN_UP.search(header))


# How grave a finding is ("Major NC", "Minor NC", "High risk", "Low priority"): two
# capitalised words read as a name, but a grade leads them and no one is so called
_GRADES = frozenset(
    {"major", "minor", "critical", "significant", "moderate", "serious", "high", "medium", "low"}
)


def is_grade(cell: str) -> bool:
    """ "Major NC", "High Risk", "Minor": a grade word and at most one word after it."""
    words = normal(cell).split()
    return 1 <= len(words) <= 2 and words[0] in _GRADES


def percent_fractions(cells: Iterable[str]) -> bool:
    """Whether a % column holds fractions (0.5 for 50 %): every number 0–1, no "%" written."""
    numbers = [normal(c) for c in cells if normal(c) not in BLANK_WORDS]
    return bool(numbers) and all(_FRACTION.match(n) for n in numbers)


# ----------------------------------------------------------------- columns
def looks_like_status_column(cells: Iterable[str], legend: Legend = DEFAULT_LEGEND) -> float:
    """The share of non-empty cells that state a status, 0.0–1.0.

    A cell counts when ``read_status`` understands it and it is four words
    or fewer, or opens with its status: "Completed – see evidence log"
    counts, "Training delivered to 40 staff" does not, so an update column
    does not pass for a status one.
    """
    return _share(cells, lambda c: _states_status(c, legend))


def _states_status(cell: str, legend: Legend) -> bool:
    if read_status(cell, legend) == (None, None):
        return False
    words = normal(cell)
    if len(words.split()) <= STATUS_CELL_WORDS or _STATUS_SCAN.match(words):
        return True
    return legend.get(cell) is not None or _rag_words(words) != (None, None)


def looks_like_rag_column(cells: Iterable[str], legend: Legend = DEFAULT_LEGEND) -> float:
    """The share of non-empty cells that are a RAG rating (or BRAG blue / complete), 0.0–1.0.

    Status prose counts only through a legend or the RAG words, so a status
    column does not pass for a RAG one: "Red", "B", "🟢", "Complete" count;
    "On track" does not.
    """
    return _share(cells, lambda c: _is_rag(c, legend))


def _is_rag(cell: str, legend: Legend) -> bool:
    return legend.get(cell) is not None or _rag_words(normal(cell)) != (None, None)


def _share(cells: Iterable[str], understood: Callable[[str], bool]) -> float:
    filled = [c for c in cells if normal(c) not in BLANK_WORDS]
    return sum(map(understood, filled)) / len(filled) if filled else 0.0
