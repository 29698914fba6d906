"""What a column header means, by the words in it rather than a fixed list.

Each field has weighted cue words and phrases; a header's score for a field is
the best cue it contains. Headers nobody has seen ("Owner", "Target date",
"Commentary") map because their words carry the meaning.
"""

from __future__ import annotations

import re
from functools import lru_cache

from importers.headings import is_breadcrumb

FIELDS = (
    "recommendation",
    "recommendation_ref",
    "ref",
    "action",
    "lead",
    "responsible",
    "support",
    "co_lead",
    "due",
    "revised_due",
    "status",
    "rag",
    "percent",
    "done",
    "update",
    "measure",
    "extra",
    "ignore",
)
# The roles naming who does an action: the people an import reads names from ("support":
# who helps the responsible, a second column of them, as "Responsible | Support" writes)
PEOPLE_ROLES = ("lead", "co_lead", "responsible", "support")
# Fields one column at most can hold; update and measure may repeat. (A deadline
# revised in numbered columns, "Revised date 1", "Revised date 2", is the one
# exception: assign gives each the revised deadline after the first is chosen.)
SINGLE = (
    "recommendation",
    "recommendation_ref",
    "ref",
    "action",
    "lead",
    "responsible",
    "support",
    "co_lead",
    "due",
    "revised_due",
    "status",
    "rag",
    "percent",
    "done",
)

CUES: dict[str, dict[str, int]] = {
    "recommendation": {
        "recommendation": 5,
        "recommendations": 5,
        "ofsted recommendation": 6,
        "objective": 4,
        "objectives": 4,
        "what needs to improve": 6,
        "needs to improve": 5,
        # an inspectorate's improvement plan: "Improvement needed" is what it asks for
        "improvement needed": 6,
        "improvements needed": 6,
        "improvement required": 6,
        "improvements required": 6,
        "subject": 3,
        "area for improvement": 6,
        "areas for improvement": 6,
        # an inspection's "Area for priority action" ("Areas for development") beside
        # the plan's "Action": the area the actions answer, whatever words follow
        "area for": 6,
        "areas for": 6,
        "finding": 4,
        "findings": 4,
        "issue": 3,
        "requirement": 5,
        # a regulator's "Action Requirements and Recommendations" (a CQC plan's first
        # column): the requirements for action the inspector set, which the plan's own
        # "Improvement and Action Plan" column answers; "Action required" is the action
        "action requirement": 6,
        "action requirements": 6,
        "priority": 3,
        "theme": 2,
        "improvement area": 5,
        "weakness": 5,
        "weaknesses": 5,
        "area of weakness": 6,
        "breach": 5,
        "concern": 5,
        "concerns": 5,
    },
    "action": {
        "action": 5,
        "actions": 5,
        "action required": 6,
        "actions required": 6,
        "what we will do": 7,
        "agreed action": 7,
        "agreed actions": 7,
        "management action": 7,
        "how we will do it": 7,
        "what will be done": 7,
        "intervention": 3,
        "what will we do": 7,
        "activity": 4,
        "activities": 4,
        "task": 4,
        "tasks": 4,
        "steps": 3,
        # a plan answering findings: "What we have done already | What's next" (what
        # comes next is the plan's work); weaker than an "Action" column beside it
        "what s next": 4,
        "what next": 4,
        "how": 1,
        "planned action": 6,
        "key actions": 6,
        "description": 3,  # an action log's "Description" (of the action raised)
        # a programme's tracker: what will be delivered; "Key milestones" beside an
        # "Action to take" column loses to it (a weaker cue)
        "milestone": 4,
        "milestones": 4,
    },
    "recommendation_ref": {
        "rec no": 8,
        "rec ref": 8,
        "rec": 6,
        "recommendation no": 8,
        "recommendation ref": 8,
        "recommendation number": 8,
        "rec number": 8,
        # an audit system's "Recommendation ID" ("PAY-R1"), as "Rec ID" names it: the
        # recommendation's code, never its wording, which "Recommendation" beside it holds
        "recommendation id": 8,
    },
    "ref": {
        "ref": 6,
        "reference": 5,
        "no": 5,
        "number": 4,
        "#": 5,
        "id": 4,
        # a system's "Code" (IA-0412): the key it files the action under
        "code": 4,
        "item": 3,
        "action no": 7,
        "action ref": 7,
        "action id": 7,
        # a plan's "Step" a, b, c under each outcome: the step's own ref ("Steps" over
        # sentences is the action)
        "step": 4,
        "step no": 7,
    },
    "lead": {
        "lead": 6,
        "leads": 6,
        "lead officer": 7,
        "owner": 5,
        # an ombudsman remedies tracker's "Officer": who carries out the remedy
        "officer": 5,
        "officers": 5,
        "accountable": 5,
        "sponsor": 3,
        "lead manager": 7,
        "action owner": 6,
        "accountable officer": 7,
        "senior responsible officer": 7,
        "sro": 6,
        "executive lead": 7,
        "strategic lead": 7,
        "led by": 6,
        # Microsoft Project's people column: "Tom Okafor[50%],Apex Fire Doors Ltd"
        "resource names": 6,
        "resource name": 6,
        # a task tool's person the item is given to (Jira's "Assignee", Planner's), or
        # people (ClickUp's "Assignees")
        "assignee": 5,
        "assignees": 5,
        "assigned to": 5,
        # an RQIA quality improvement plan's "Designated department": the department or
        # post the action is given to, as "Assigned to" says
        "designated": 5,
        # a school plan's "Responsibility" (Estyn's PIAP): whose the action is
        "responsibility": 6,
        # a performance system's "Managed By" beside "Assigned To": the manager accountable
        # leads, the officer it is assigned to does the work
        "managed by": 6,
        # a multi-agency plan's "Relevant Agencies" (a safeguarding board's): the bodies
        # that own the action, where no column names people ("Agency" beside "Named
        # lead" says which body's the action is, a field)
        "agencies": 4,
        # RAIB's "End implementer": the body that carries out a rail accident
        # recommendation. ("Addressed to" beside an action's "Owner" is the report's
        # addressee, a field: hold-out 86's probation plan.)
        "end implementer": 7,
        "implementer": 5,
        # a council's Cabinet Member who answers for the action ("Responsible officer |
        # Portfolio holder": the header of the other says who does the work)
        "portfolio holder": 5,
    },
    "responsible": {
        "responsible": 6,
        "who": 4,
        "by whom": 6,
        "responsible officer": 7,
        "delivered by": 5,
        "operational lead": 6,
        "delivery lead": 7,
        "delivery leads": 7,
        "action by": 6,
        "responsible person": 7,
        "supported by": 4,
        "support": 4,  # "Lead | Support": who helps the lead do the work
        # a programme tracker's "Contributors" beside its "Action owner": who does the work
        "contributors": 4,
        "contributor": 4,
        # an LEA plan's "Lead | Involving": who else does the work ("PCF involved?" asks a
        # question, yes or no)
        "involving": 4,
        # a force's "Force lead | Deputy": who stands in for the lead and runs the work
        "deputy": 5,
    },
    # a co-produced plan's "Co-lead (parent carer forum)" beside "Lead": who leads the
    # action jointly with the lead, a second lead, never the responsible
    "co_lead": {
        "co lead": 8,
        "co leads": 8,
        "joint lead": 8,
        "joint leads": 8,
        "co owner": 8,
        "co owners": 8,
        "joint owner": 8,
        "joint owners": 8,
    },
    "due": {
        "deadline": 6,
        "due": 6,
        "due date": 7,
        "by when": 7,
        "when": 4,
        "date": 3,
        "timescale": 6,
        "timescales": 6,
        "timetable": 5,
        "target date": 7,
        "completion date": 7,
        "end date": 7,
        "timeframe": 6,
        "timeline": 6,  # an NHS education plan's "Timeline": "Q2 FY26/27", "30/11/2026"
        "timelines": 6,
        "time line": 6,  # a school plan's "Time line": "Dec 2026", "month 1, year 1"
        "time lines": 6,
        "completion": 4,
        "agreed date": 7,
        "implementation date": 7,
        "date due": 7,
        "complete by": 7,  # "Complete by" | 30/06/2026: not "Completed by" (who)
        "to be completed by": 7,
        "finish": 6,
        "finish date": 7,
        "end": 5,
    },
    "revised_due": {
        "revised date": 8,
        "revised due": 9,
        "revised due date": 9,
        "revised target": 9,
        "revised target date": 9,
        "revised deadline": 9,
        "new deadline": 8,
        "new target date": 8,
        "new due date": 8,
        "revised timescale": 8,
        "revised completion date": 9,
    },
    "percent": {
        "%": 8,
        "% complete": 9,
        "percent": 7,
        "percentage": 7,
        "percent complete": 9,
        "percentage complete": 9,
    },
    # a CQC plan's "Compliance" (Compliant / Partially compliant / Non-compliant): weak,
    # the cells must bear it out
    "status": {"status": 6, "state": 3, "compliance": 3, "progress status": 7, "action status": 7},
    # "Traffic Light": a parliament's tracker lights each recommendation as a RAG rates it
    "rag": {
        "rag": 8,
        "brag": 8,
        "rag rating": 9,
        "rating": 4,
        "rag status": 9,
        "traffic light": 8,
        "traffic lights": 8,
    },
    "update": {
        "progress": 5,
        "update": 5,
        "updates": 5,
        "progress update": 6,
        "comments": 4,
        "comment": 4,
        "commentary": 5,
        "key points": 4,
        "key points to note": 5,
        "notes": 3,
        # a performance or audit system's "Latest Note": the last news recorded
        "note": 3,
        "latest note": 5,
        "position": 3,
        "current position": 5,
        "progress to date": 6,
        "position statement": 6,
        "latest position": 6,
        "management comments": 5,
        # a highlight report's "Achievements this period" | "Planned next period" |
        # "Issues / risks": what was achieved is the news; what is planned and the risks
        # are no news ("Achievement date" is a deadline's, so the plural only)
        "achievements": 5,
        # a programme's "Highlight" column: the line it gives each project in the
        # highlight report, how the work stands this period
        "highlight": 4,
        "highlights": 4,
        # an audit system's response recorded at each follow-up of a recommendation:
        # where the work stood that day, not management's answer to the report
        "follow up response": 6,
        "follow up responses": 6,
    },
    "measure": {
        "kpi": 5,
        "kpis": 5,
        "performance indicators": 6,
        "key performance indicators": 7,
        "target": 4,
        "targets": 4,
        "good look like": 7,
        "what does good look like": 8,
        "measure": 5,
        "measures": 5,
        "success": 4,
        "success criteria": 6,
        "measure of success": 7,
        "outcome measures": 6,
        "impact": 3,
        "how will we know": 6,
        "outcome": 2,
        "outcomes": 2,
    },
}
# The words naming a crew that does the work together: a fire station's "Lead | Watch"
# gives each action to the crew under the named manager. A header of them alone
# ("Watch", "Shift", "Crew", "Team(s)") heads the responsible, weakly, and only over
# cells naming such crews (assign, people.names_a_crew): "Shift" or "Watch" may head
# anything else, and a sentence ending "… the night shift" names no column.
CREW_WORDS = frozenset({"watch", "watches", "crew", "crews", "shift", "shifts", "team", "teams"})
_CREW_WEIGHT = 4  # as weak as "Who" or "Support"
_NOISE = {"to", "date", "the", "of", "for", "a", "an", "and", "as", "in", "by", "is", "are"}
_WORD = re.compile(r"[a-z#%]+")
MAX_HEADER_LENGTH = 80


def words(header: str) -> list[str]:
    """A header as lower-case words without punctuation or digits."""
    return _WORD.findall(header.lower())


_CUE_FIELDS: dict[str, list[tuple[str, int]]] = {}
for _field, _cues in CUES.items():
    for _cue, _weight in _cues.items():
        _CUE_FIELDS.setdefault(_cue, []).append((_field, _weight))
# Cues by their first word, longest first: a header's words are walked once,
# and "progress to date" wins over "date" at the same place.
_CUES_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], list[tuple[str, int]]]]] = {}
for _cue in sorted(_CUE_FIELDS, key=len, reverse=True):
    _cue_words = tuple(_cue.split())
    _CUES_BY_FIRST_WORD.setdefault(_cue_words[0], []).append((_cue_words, _CUE_FIELDS[_cue]))


def _cue_fields(tokens: list[str]) -> list[tuple[str, int]]:
    """(field, weight) for each cue in the words, leftmost-longest and not overlapping."""
    found: list[tuple[str, int]] = []
    i = 0
    while i < len(tokens):
        for cue, fields in _CUES_BY_FIRST_WORD.get(tokens[i], ()):
            if tuple(tokens[i : i + len(cue)]) == cue:
                found += fields
                i += len(cue)
                break
        else:
            i += 1
    return found


# The work written as done ("Action taken to date", "Actions taken", "Work undertaken
# so far", "What we have done"): what has happened to the action, its news, not the
# action. Wording still to come ("Action to be taken", "Action required") is the action.
_NOT_DONE_YET = r"(?!(?:be|being|to|will|must|should|required|needed)\b)"
_DONE = re.compile(
    rf"\b(?:actions?|work|steps?|activity|activities)\s+(?:{_NOT_DONE_YET}[a-z]+\s+)?"
    r"(?:taken|undertaken|done|completed|achieved|carried out)\b(?!\s+by\b)"
    r"|\b(?:actions?|work|steps?|activity|activities)\b.*\b(?:to date|so far)\b"
    # what the work has brought about by now ("Impact so far", "Outcomes to date",
    # "Difference made so far"): news; "Impact" or "Intended impact" alone is a measure
    r"|\b(?:impacts?|outcomes?|results?|difference)\s+(?:(?:made|achieved|seen)\s+)?"
    r"(?:to date|so far)\b"
    r"|\bwhat\b.*\b(?:has|have)\s+(?:been\s+)?done\b"
    # the evidence that the work has been done ("Evidence key milestone has been
    # achieved"): what has happened, told as it happens, the news
    r"|\bevidence\b.*\b(?:has|have)\s+been\s+"
    r"(?:achieved|completed|done|delivered|met|implemented)\b",
    re.IGNORECASE,
)
_DONE_WORDS = frozenset(
    {"taken", "undertaken", "done", "completed", "achieved", "out", "far", "date"}
    | {"delivered", "met", "implemented"}
)
_WORK_DONE_WEIGHT = 6  # above "action" (5): the news column, not the plan's action


# A header naming the work done AND still to come ("Action Taken/Planned", "Action taken
# or planned", "Action taken and/or planned"): the column holds the plan's work whatever
# its tense, the action.
_ALSO_PLANNED = re.compile(
    r"\b(?:taken|undertaken|done|completed)\s*(?:\band\s*/\s*or\b|/|\bor\b|\band\b|&)\s*"
    r"(?:planned|proposed|to be taken|to come)\b",
    re.IGNORECASE,
)


def _work_done(header: str, tokens: list[str]) -> bool:
    if _ALSO_PLANNED.search(header):
        return False
    return not _DONE_WORDS.isdisjoint(tokens) and bool(_DONE.search(header))


# A header opened by the news word and then what the news is about ("Progress against
# agreed action and impact monitoring", "Update on actions", "Progress towards target"):
# the column is the news; the action named after it is its subject, not the column.
_NEWS_ABOUT = re.compile(
    r"(?:progress|updates?|commentary)\s+(?:made\s+)?(?:against|on|towards?|in)\b",
    re.IGNORECASE,
)

# A header giving the reason for the action's rating ("Reason for Amber / Red", "Reason
# for RAG", "Explanation of RAG status"): written where the action is off track, the
# plan's account of how it stands, its news (beside a column naming the progress itself,
# a field: assign's _not_the_progress).
REASON_FOR_THE_RATING = re.compile(
    r"^\W*(?:reasons?|explanations?|justifications?)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?:rag|brag|amber|red|colou?r)\b",
    re.IGNORECASE,
)
_REASON_WEIGHT = 5  # "Progress" (5): the news, unless a column names progress itself


# A header whose last word names news, after the people it comes from ("Officer update",
# "Lead officer comments", "Manager's response"): the column is the news those people
# write, never the people, whatever people word comes first. Not a header joining the
# two ("Lead (name and position)", "Owner / update"): that names both in one column.
_NEWS_LAST_WORDS = frozenset(
    {"update", "updates", "comment", "comments", "commentary", "progress", "position"}
    | {"response", "responses"}
)
_PEOPLE_WORDS = frozenset(
    {cue for field in ("lead", "responsible") for cue in CUES[field] if " " not in cue}
    | {"manager", "managers", "director", "head", "holder"}  # "Portfolio holder comments"
)
_JOINED_LAST_WORD = re.compile(r"(?:[/&+(,]|\band|\bor)\s*[a-z]+\W*$", re.IGNORECASE)


# The month or quarter a header dates its news by, after the news word ("Officer update
# (October 2026)", "Manager's comments at Q2 2026/27", "Progress at 31/03/24")
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]"
)
_DATE_WORD = rf"(?:(?:{_MONTH})\.?(?:[\-'’]?\d+)?|\d[\d/.\-]*)"
_DATE_AFTER = re.compile(
    rf"(?:\s+(?:at|as\s+(?:at|of)|for|to|on|in))?\s*(?:\(\s*{_DATE_WORD}(?:[\s,]+{_DATE_WORD})*\s*\)"
    rf"|(?:\s+{_DATE_WORD})+)\s*$",
    re.IGNORECASE,
)


def _news_from_people(header: str, tokens: list[str]) -> bool:
    if _NEWS_LAST_WORDS.isdisjoint(tokens):  # cheap: most headers name no news
        return False
    header = _DATE_AFTER.sub("", header)  # the date says when, not who: "(October 2026)"
    tokens = words(header)
    if len(tokens) < 2 or tokens[-1] not in _NEWS_LAST_WORDS:
        return False
    return not _PEOPLE_WORDS.isdisjoint(tokens[:-1]) and not _JOINED_LAST_WORD.search(header)


# A tenant report's "You said | We will | We did": headers written as first-person
# phrases, the plan's promise and what has been done. Only as the whole header: "How
# we will measure impact" is a measure, and a sentence that starts "We will" is data.
_WHOLE_PHRASES = {
    ("we", "will"): "action",
    ("we", "did"): "update",
    ("what", "we", "did"): "update",
}
_WHOLE_PHRASE_WEIGHT = 6
# A work tracker's "Key" (Jira's issue key, HIP-3, as its Excel export and Jira Work
# Management head it): the code people quote for the item, its ref. Only as the whole
# header ("Key actions", "Key milestones" name the work; "Key" before a row of
# definitions is a legend), and weaker than "Ref": a workbook's lookup key ("PA1|1.1")
# beside the plan's own "Ref" column is no ref.
_KEY_HEADERS = frozenset({("key",)})  # "Issue key" is read as before (see assign.py)
_KEY_WEIGHT = 4
# A header asking what we will do, in any verb ("What we will improve", "What we'll
# change", "What we are going to do"): the plan's promise, the action, as "We will" is.
# Not what we will see or achieve (the outcome), nor how or when (a measure, a date).
_WHAT_WE_WILL = re.compile(
    r"^what\s+(?:we|i)\s*(?:will|shall|'ll|are\s+going\s+to)\s+"
    r"(?!(?:achieve|see|know|measure|look|expect|have|be)\b)\w+",
    re.IGNORECASE,
)


# A header that counts ("No. of revisions", "Number of times revised", "Revision count",
# "Times moved", "How many …"): its cells say how many of something, 0, 1, 2, a field of
# the action, never its ref ("No." alone, "Action no." number the action)
_COUNTS = re.compile(r"^(?:no\b\.?|number|#)\s*of\b|\bcount\b|^times\b|\bhow many\b", re.IGNORECASE)
_COUNT_WEIGHT = 6

# A header that names a KIND of thing ("Item Type", "Content Type", "Action category"):
# its cells sort the rows into kinds ("Item", "Folder"; "Preventive"), a field of the
# action, never its ref nor its wording, whatever word comes before.
_KIND_WORDS = frozenset({"type", "category", "kind"})
# So does a header naming where the item is filed in a tree, its last word "path" (a work
# tracker's "Area Path" | "Iteration Path": "ICT Portfolio\\Security"): never the people.
_PLACE_WORDS = frozenset({"path"})
# A header pointing to another framework's items ("Link to Maternity safety actions" over
# "Safety action 1, 2, 9", "Linked to corporate priority", "Mapped to"): what the row
# links to, a field, never the row's own action, however much the header says "action".
# What the work needs ("Resource requirements", "Funding requirement"): a field, never
# the requirement a regulator made ("CQC Requirements"), which the plan answers.
_MEANS_NEEDED = re.compile(
    r"\b(?:resources?|resourcing|funding|budget|staffing|financial|training|equipment)\s+"
    r"requirements?\b",
    re.IGNORECASE,
)
_LINKS_TO = re.compile(r"^\s*(?:link(?:ed|s)?|mapped|cross[\s-]*referenced)\s+to\b", re.I)


# A form's prompt to whoever fills it in, too long for a caption but naming what it asks
# for: "Please describe clearly the action you are going to take to meet the regulation
# and what you intend to achieve" asks for the action. The thing asked for is the words
# after the verb, up to the clause that says more of it ("you …", "to …", "and …").
_ASKING_HEADER = re.compile(
    r"^please\s+(?:describe|state|give|list|outline|explain|set\s+out|provide)\s+"
    r"(?:(?:clearly|briefly|fully|below|here)\s+)*(?:the|your|any)\s+"
    r"(?P<asked>[a-z]+(?:\s+[a-z]+){0,2}?)"
    r"(?=\s+(?:you|we|that|which|to|and|of|for|by|in)\b|\s*[,(]|\s*$)",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def scores(header: str) -> dict[str, int]:
    """How strongly a header suggests each field (0 when not at all)."""
    # Only a prompt too long to read as a caption is cut to what it asks for: a short one
    # reads whole, and its later words may say more ("Please list the actions to date"
    # asks for news, which the cut at "to" would lose, reading it as the action)
    if header and len(header) > MAX_HEADER_LENGTH and (m := _ASKING_HEADER.match(header.strip())):
        return scores(m["asked"])
    if not header or len(header) > MAX_HEADER_LENGTH:
        return {}
    if _COUNTS.search(header.strip()) or _LINKS_TO.match(header) or _MEANS_NEEDED.search(header):
        return {"extra": _COUNT_WEIGHT * 10}
    tokens = words(header)
    if len(tokens) > 1 and tokens[-1] in _KIND_WORDS | _PLACE_WORDS:
        return {"extra": _COUNT_WEIGHT * 10}
    if tokens and tokens[-1] == "requirements":
        # "CQC Requirements": the requirements the plan answers, named by the whole header;
        # a question of meeting them ("What do we have in place to meet all requirements
        # of IEA 1?") names the answer, not them
        return {"recommendation": CUES["recommendation"]["requirement"] * 10}
    if (phrase := _WHOLE_PHRASES.get(tuple(tokens))) is not None:
        return {phrase: _WHOLE_PHRASE_WEIGHT * 10}
    if tuple(tokens) in _KEY_HEADERS:
        return {"ref": _KEY_WEIGHT * 10}
    if (
        _work_done(header, tokens)
        or _NEWS_ABOUT.match(header.strip())
        or _news_from_people(header, tokens)
    ):
        # "to date" dates nothing and "action" is not the plan's action here
        return {"update": _WORK_DONE_WEIGHT * 10}
    if REASON_FOR_THE_RATING.match(header):
        return {"update": _REASON_WEIGHT * 10}
    if headed_by_crew(header):
        return {"responsible": _CREW_WEIGHT * 10}
    if _CUES_BY_FIRST_WORD.keys().isdisjoint(tokens):
        return {}  # most cells of a data row: no word that starts a cue
    found: dict[str, int] = {}
    for field, weight in _cue_fields(tokens):
        found[field] = max(found.get(field, 0), weight)
    # Long headers dilute the meaning: "Lead Officer for …" is still lead.
    dilution = max(0, len([t for t in tokens if t not in _NOISE]) - 4)
    out = {field: weight * 10 - dilution for field, weight in found.items()}
    if _WHAT_WE_WILL.match(header.strip()):  # "what" opens cues: never returned early
        out.setdefault("action", _WHOLE_PHRASE_WEIGHT * 10)
    if "rag" in out and "status" in out:
        out.pop("status")
    return out


def headed_by_crew(header: str) -> bool:
    """The header is a crew's word and nothing else ("Watch", "Shift / crew", "Team(s)")."""
    named = [t for t in words(header) if len(t) > 1 and t not in _NOISE]
    return bool(named) and CREW_WORDS.issuperset(named)


def cue_weight(header: str, field: str) -> int:
    """The weight of the strongest cue for this field in the header, however long it is."""
    return max((w for f, w in _cue_fields(words(header)) if f == field), default=0)


@lru_cache(maxsize=8192)
def best_field(header: str) -> str | None:
    """The field a header most suggests, or None (asked of every cell of every row)."""
    ranked = scores(header)
    return max(ranked, key=lambda f: ranked[f]) if ranked else None


# A sentence closed by a full stop ("Clear the backlog of subject access requests."): a
# data row's wording, never a header's caption, whatever header words it happens to hold.
_CLOSED_SENTENCE = re.compile(r"^\S+(?:\s+\S+){3,}\.$")


@lru_cache(maxsize=8192)
def _caption_field(cell: str) -> str | None:
    """The field a cell names as a header's caption: a closed sentence or a breadcrumb
    names none (asked of every cell of every row, a column's values repeating)."""
    if _CLOSED_SENTENCE.match(cell) or is_breadcrumb(cell):
        return None
    return best_field(cell)


def caption_field(cell: str) -> str | None:
    """The field a cell names as a header's caption, or None: a closed sentence, a
    breadcrumb, names none however many header words it holds."""
    return _caption_field(cell)


def is_item_title(caption: str) -> bool:
    """The caption a list export gives each item's name: "Title"."""
    return caption.strip().casefold() == "title"


def header_score(row: list[str]) -> int:
    """How much a row looks like a header: cells that map, needing an action or rec."""
    fields = [_caption_field(cell) for cell in row if cell]
    mapped = [f for f in fields if f]
    if len(mapped) < 2 or not {"action", "recommendation"} & set(mapped):
        return 0
    return len(mapped) * 10 - (len(fields) - len(mapped))


# What a header's words are made of (``words``); a cell without one names no field.
_WORD_CHARACTER = re.compile(r"[A-Za-z#%]")


def _may_name_a_field(cell: str) -> bool:
    """False for a cell that cannot name a field: ASCII with no letter, "#" nor "%" (a ref
    "1.2", a figure, a date), whose words are none. Asked first of a cell of every row:
    each row's ref is new, so the cached reading of its caption never holds it."""
    return not cell.isascii() or _WORD_CHARACTER.search(cell) is not None


def scores_at_least(row: list[str], minimum: int) -> bool:
    """``header_score(row) >= minimum``, asked of every row under the header: it stops at
    the first cell after which the row cannot reach ``minimum`` (a data row's ref or
    action text, a cell or two in), instead of reading every cell of every row."""
    filled = [cell for cell in row if cell]
    mapped = 0
    for seen, cell in enumerate(filled, 1):
        if _may_name_a_field(cell) and _caption_field(cell):
            mapped += 1
        elif 10 * (len(filled) - seen + mapped) - (seen - mapped) < minimum:
            return False  # even if every cell left mapped
    return header_score(row) >= minimum


# A deadline laid out over two columns, the month in one and the year in the next
# ("Target month | Target year", "Month | Year"): the rest of the two headers the same
_MONTH_WORD = re.compile(r"\bmonths?\b", re.IGNORECASE)
_YEAR_WORD = re.compile(r"\byears?\b", re.IGNORECASE)
_PART_ROLES = (None, "extra", "measure", "ignore", "due")


def month_and_year_columns(headers: list[str], roles: dict[int, str]) -> tuple[int, int] | None:
    """The (month, year) columns of a deadline laid out over two side by side, one of
    them the deadline's column and the other no other field's, or None."""
    for month in range(len(headers) - 1):
        year = month + 1
        pair = (roles.get(month), roles.get(year))
        if "due" not in pair or not all(role in _PART_ROLES for role in pair):
            continue
        if _names_part(headers[month], headers[year]):
            return month, year
    return None


def _names_part(month: str, year: str) -> bool:
    """ "Target month" beside "Target year": each names its part, the rest the same."""
    if not (_MONTH_WORD.search(month) and _YEAR_WORD.search(year)):
        return False
    rest_of_month = " ".join(_MONTH_WORD.sub(" ", month).casefold().split())
    return rest_of_month == " ".join(_YEAR_WORD.sub(" ", year).casefold().split())


# Headers of a column holding the day a row was last updated: with ONE update column,
# that day is when its note was written, as "Latest Note Date" is for "Latest Note". A
# tool's system column "Modified" (Smartsheet, SharePoint) stamps the row's last edit.
_LAST_UPDATED = {
    "last updated",
    "date updated",
    "updated on",
    "date of last update",
    "modified",
    "last modified",
    "date modified",
    "modified on",
    "date of update",
    "update date",
}


@lru_cache(maxsize=256)
def dating_column(headers: tuple[str, ...], col: int, only_update: bool) -> int | None:
    """The column dating the notes of column ``col`` under these headers (asked of every
    row, its header the same as the row above's): "Latest Note Date" for "Latest Note",
    "Monitored" for "Monitoring notes", or, when ``col`` is the plan's ``only_update``
    column, "Last updated"."""
    names = [" ".join(h.split()).casefold() for h in headers]
    if col >= len(names) or not names[col]:
        return None
    dating = next((i for i, h in enumerate(names) if h == f"{names[col]} date"), None)
    if dating is None:
        done = _act_done(names[col])
        dating = next((i for i, h in enumerate(names) if i != col and h in done), None)
    if dating is None and only_update:
        dating = next((i for i, h in enumerate(names) if _says_last_updated(h)), None)
    return dating


# The last word of a news header that the column of its day swaps for "date": an audit
# system's "Follow-up response" beside "Follow-up date", a "Review comments" beside
# "Review date"
_NEWS_NOUNS = frozenset(
    {"response", "responses", "comment", "comments", "commentary", "note", "notes"}
)


def stem_dating_column(headers: tuple[str, ...], col: int) -> int | None:
    """The column headed as news column ``col`` with its news word swapped for "date"
    ("Follow-up date" for "Follow-up response"): the day each note was given, as an
    audit system records each follow-up's response beside its day. The caller checks
    the column is read as no other field (a "Review date" may be the deadline)."""
    name = " ".join(headers[col].split()).casefold() if col < len(headers) else ""
    stem, _, last = name.rpartition(" ")
    if not stem or last not in _NEWS_NOUNS:
        return None
    want = f"{stem} date"
    return next((i for i, h in enumerate(headers) if " ".join(h.split()).casefold() == want), None)


def _act_done(name: str) -> frozenset[str]:
    """The headers saying when the act an update column records was done: the act's past
    tense ("monitored", "date monitored", "monitored on") for "monitoring notes", as a
    school's monitoring record writes the day of each visit beside what it found."""
    act = name.split()[0]
    stem = act.removesuffix("ing") if len(act) > 5 else act  # "monitoring": "monitor"
    past = f"{stem}d" if stem.endswith("e") else f"{stem}ed"  # "reviewed", "updated"
    return frozenset((past, f"date {past}", f"{past} on"))


# A system column's header may end by saying what its cells are: Airtable's "Last
# modified time", a tracker's "Last updated date"; the header says the same without it.
_STAMP_WORD = re.compile(r"\s+(?:time|date|date/time|datetime|timestamp)$")


# A header may close by naming how its dates are written, as a US-built system heads
# them: "Last Updated (MM/DD/YYYY)", "Date of update (dd/mm/yy)"; the column is the same.
_FORMAT_NOTE = re.compile(r"\s*\(\s*[dmy]{1,4}(?:\s*[/.\-]\s*[dmy]{1,4}){1,2}\s*\)$")


def _says_last_updated(name: str) -> bool:
    """ "last modified time", "last updated (mm/dd/yyyy)" and "last updated" alike
    (``name`` casefolded)."""
    name = _FORMAT_NOTE.sub("", name)
    return name in _LAST_UPDATED or _STAMP_WORD.sub("", name) in _LAST_UPDATED
