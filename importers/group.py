"""Stage 5, group: recommendations, refs and the hierarchy of the rows.

Recommendations are found from the evidence a plan carries: a heading row
that names one ("Recommendation 2", "Area of weakness 3:", "AFI 4", "Must do
MD2"), heading rows that recur with a sequence ("1. …", "2. …"), a
recommendation column, or a Ref/No column whose value only changes where the
group does. Their refs are the plan's own; only a plan that gives none gets
1, 2, 3. Cells written once per block (merged cells) are carried down to
the rows they cover.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import accumulate, chain, islice, pairwise, takewhile, zip_longest
from typing import TypeVar

from importers.assign import (
    Assignment,
    column_of,
    headed_as_anothers_action,
    headed_as_own_action,
    points_into_report,
)
from importers.cells import folded, numbers_in_recommendation, unmarked, without_grade
from importers.columns import PEOPLE_ROLES, cue_weight, dating_column, scores, words
from importers.dates import parse_deadline
from importers.headings import (
    BARE_NUMBER_HEADING,
    CODE_HEADING,
    LEADING_NUMBER,
    bare_codes_that_rise,
    bare_lists_counted_apart,
    cell_code_heading,
    closing_field_lines,
    glued_code,
    heading_ref,
    is_breadcrumb,
    label_initials,
    labelled_position,
    labels_that_rise,
    last_step,
    letter_heading,
    letters_over_their_codes,
    listed_code,
    lists_counted_apart,
    rec_heading_label,
    recommendation_in_ref,
    ref_cell,
    rises,
    section_initials,
    split_bare_code_heading,
    split_column_heading,
    split_labelled_cells,
    split_labelled_heading,
    split_labelled_opening,
    split_listed_heading,
    split_number,
    split_rec_heading,
    split_report_code,
    split_trailing_rec_ref,
    text_after_number,
    without_naming_label,
)
from importers.locate import (
    PROSE_WORDS,
    Line,
    Located,
    caption_cells,
    email_header_lines,
    heading_with_a_rating,
    heading_with_labelled_cells,
    labelled_cells,
)
from importers.marks import listed_items, opens_a_numbered_list, without_list_marks
from importers.named_banners import names_over_lettered_ids
from importers.owned_steps import owned_steps
from importers.page_breaks import carries_on
from importers.people import all_people, owner_label_role
from importers.profile import CODE, SUB_NUMBERED, block_starts, value_returns

LABEL_VALUE = re.compile(r"^(?P<label>[^:\n]{2,60}?)\s*:\s*(?P<value>\S.*)$", re.DOTALL)


@dataclass
class Row:
    """An action row: its cells (merged cells carried down), own ref and text."""

    line: Line
    cells: list[str]
    ref: str | None
    text: str
    themes: dict[str, str]
    # The themes the document's title rows set, not a line among the tables: "Audit
    # lead: …" heading the whole report, unlike "Executive lead: …" above one table
    from_title: frozenset[str] = frozenset()
    # The rows under it holding only a later note and the day it was written ("" |
    # "14/10/2026" | "Follow-up session held."): each one more dated note of the action
    later: list[list[str]] = field(default_factory=list)
    # one of the numbered steps its row's reply was split into: ``--explain`` counts them
    step: bool = False


@dataclass
class Group:
    """A recommendation: its ref (None until numbered), text, fields and action rows."""

    ref: str | None
    text: str
    fields: dict[str, str] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    from_banner: bool = False
    found: str = ""
    short_heading: bool = False  # text is a heading's tail ("for immediate improvement")
    captioned: bool = False  # opened by captions over their values: its wording comes next
    numbered: bool = False  # its ref handed out here: the plan gave it none
    where: str = ""  # its heading row as the user finds it ("row 6"), for a heading's group
    # a banner that names its group with no number ("Payroll 2025/26 – …"): its text is
    # the heading as written, so it has no "Heading" field to say it again
    named: bool = False
    # the section over its heading that its own paragraph replaced ("Areas for
    # improvement" over "Area for improvement 1: …"): its field "Section" once walked
    section_over: str = ""


@dataclass(frozen=True)
class Headings:
    """What makes a banner a recommendation's heading in this plan, beyond the named
    labels ("Recommendation 2"): the evidence of the plan's own sequences."""

    coded: bool = False  # banners numbered "1. …", "2. …" head the groups
    labels: frozenset[str] = frozenset()  # "indicator": "Indicator 2 – …", "Indicator 5 – …"
    refs_name_them: bool = False  # "R1-A2", "3/2", "Rec 3 Action 2": the ref's first part
    lists: frozenset[str] = frozenset()  # "AfPA", "AfI": lists each counted from 1
    echoed: frozenset[str] = frozenset()  # "W1", "UoR": codes a column repeats beneath
    bare: frozenset[str] = frozenset()  # "R": "R1 Improve …", "R2 Ensure …", no mark
    numbered: frozenset[str] = frozenset()  # "1": "1 Risk of Harm …" over "1.1", "1.2"
    lettered: frozenset[str] = frozenset()  # "A": "A" | "Make …" over "A1", "A2"
    named: frozenset[str] = frozenset()  # "Payroll 2025/26 – …" over "PAY-01": no number


@dataclass
class Grouping:
    """The recommendations found, and how."""

    groups: list[Group]
    how: str
    carried: dict[int, str]  # column → "group" or "ref": written once per block
    unsure: list[str] = field(default_factory=list)
    headings: Headings = Headings()
    refs_given: set[str] = field(default_factory=set)  # the plan's own, before numbering


# A banner repeated with a continuation mark: "… 2 (continued)", "… (cont.)", "… (cont'd)"
_CONTINUED = re.compile(
    r"^(?P<head>.*?\S)\s*[(\[]\s*(?:continued|cont\.?|cont['’]d\.?)\s*[)\]]\s*$", re.IGNORECASE
)
# The mark between a heading's number and its words, the words repeated: "Recommendation 3
# (continued): Strengthen member oversight …" over the next section's actions
_CONTINUED_BEFORE_WORDS = re.compile(
    r"^(?P<head>.*?\S)\s*[(\[]\s*(?:continued|cont\.?|cont['’]d\.?)\s*[)\]]\s*"
    r"(?P<words>[:\-–—]\s*\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def is_label(text: str) -> bool:
    """A short caption whose value is on the next row: "Outcome: what difference …?"."""
    return len(text) <= 120 and text.rstrip().endswith(("?", ":")) and "\n" not in text


def label_value(text: str) -> tuple[str, str] | None:
    """("OOP Key Business Outcome", "Fewer children …") for a "Label: value" banner."""
    m = LABEL_VALUE.match(text)
    return (m["label"].strip(), m["value"].strip()) if m else None


# "action plan", "Quality Improvement Plan", "provider action statement": what the
# document is, with no value of its own
_DOCUMENT_NOUNS = frozenset({"plan", "statement", "tracker", "log", "register", "programme"})
_DOCUMENT_WORDS = _DOCUMENT_NOUNS | {
    "action", "actions", "improvement", "quality", "recovery", "delivery", "implementation",
    "provider", "service", "draft", "final", "updated", "revised", "our", "the", "joint",
}  # fmt: skip


_PLAN_KINDS = frozenset({"action", "improvement", "recovery", "delivery", "implementation"})


def names_the_document(value: str) -> bool:
    """ "action plan", "Improvement Plan": words naming the document, a document's noun
    last; or what it answers, then the kind of plan ("areas for improvement action plan")."""
    words = re.findall(r"[^\W\d_]+", value.casefold())
    if not words or words[-1] not in _DOCUMENT_NOUNS:
        return False
    return set(words) <= _DOCUMENT_WORDS or (len(words) >= 2 and words[-2] in _PLAN_KINDS)


_BAR = re.compile(r"\s+\|\s+")


# A heading closing with its senior lead in brackets: "AFI 3 – The force should …
# (Lead: Det Supt Amy Cole)"
_BRACKETED_LABEL = re.compile(
    r"\s*\((?P<label>[A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(?P<value>[^():]+)\)$"
)


def _bracketed_lead(text: str) -> tuple[str, tuple[str, str] | None]:
    """The heading's text without a closing bracket labelling its lead, and that
    (label, person); the heading as written stays its "Heading" field."""
    m = _BRACKETED_LABEL.search(text.rstrip())
    if m is None or m.start() == 0 or owner_label_role(m["label"]) != "lead":
        return text, None
    return text[: m.start()].rstrip(), (m["label"].strip(), m["value"].strip())


# A sentence run on before the colon: "Action Plan Submitted 20 October 2026. POSITION AS
# AT: November 2026" is the title block's prose, kept in the plan's notes, no caption
_SENTENCE_THEN_MORE = re.compile(r"\w[.!?]\s+\w")


def _says(label: str) -> bool:
    """The "label" is prose: a sentence ends inside it and more words follow."""
    return len(label.split()) > 4 and bool(_SENTENCE_THEN_MORE.search(label))


def label_values(text: str) -> list[tuple[str, str]]:
    """Each "Label: value" of a banner; a line of them joined by bars ("Ref: Regulation
    13 (7) | Stated: First time | To be completed by: 31 December 2026", an RQIA
    improvement area's line) is one pair each, so each label stays a field of its own."""
    parts = [label_value(part) for part in _BAR.split(text)]
    if len(parts) > 1 and all(parts):
        return [pair for pair in parts if pair]
    whole = label_value(text)
    return [whole] if whole else []


def _is_bare_banner(text: str) -> bool:
    """A label and its number alone ("Section 2", "Area 3"), no words of its own; a
    sentence ending in a code ("Raise reading ages in KS3") is words, not a banner."""
    split = split_labelled_heading(text)
    return split is not None and not split[2] and len(text.split()) <= 2


def group(located: Located, assignment: Assignment, explicit: dict[int, str]) -> Grouping:
    """The typed rows as recommendations and their action rows: the columns' roles
    settled from the rows first, then one walk (again if it shows codes numbered under
    their recommendations, which then are the actions' refs). No rule read from the rows
    changes a column the user mapped (``_within_the_map``)."""
    mapped = _MapKept(assignment, explicit)
    _nil_returns_noted(located.of_kind("data"), assignment)  # first: they are no data rows
    _number_words_before_refs(located.of_kind("data"), assignment)
    parents_named = _parents_named_as_headings(located, assignment)
    for line in _parents_of_indented_rows(located, assignment) or parents_named:
        line.kind = "parent"  # a recommendation worded by its row: no action
    folders = _folder_rows(located, assignment)
    for line in folders.values():
        line.kind = "folder"  # its recommendation's own row: no action
    data = located.of_kind("data")
    headings = _headings(located.lines)  # banners only: putting children under parents keeps them
    if parents_named:  # "Recommendation 1 – …": the plan's own number is the ref
        headings = replace(
            headings, labels=headings.labels | _parent_labels(parents_named, assignment)
        )
    after = _rows_after_headings(located.lines, headings)
    _ref_roles_from_the_rows(located, data, assignment, headings, after, explicit)
    lines, none = located.lines, dict[str, Line]()
    parents = mapped.run(lambda: _parent_rows(located, assignment), none) or mapped.run(
        lambda: _outline_parent_rows(located, assignment), none
    )
    if parents:
        lines = _children_under_parents(lines, assignment, parents)
        data = [line for line in lines if line.kind == "data"]
    elif not after:  # heading rows or a task tool's parent links group the plan already
        mapped.run(lambda: _coded_blocks_worded_beside(data, assignment, located.headers), None)
    mapped.run(lambda: _report_codes_over_findings(data, assignment), None)
    mapped.run(lambda: _findings_beside_worded_blocks(data, assignment, located.headers), None)
    mapped.run(lambda: _text_constant_within_groups(data, assignment, located.headers), None)
    if not after and not parents and _refs_name_their_recommendations(data, assignment):
        mapped.run(lambda: _text_named_by_each_block(data, assignment, located.headers), None)
        headings = replace(headings, refs_name_them=True)
    headings = _with_column_labels(headings, data, assignment)
    carried = carried_columns(data, assignment.roles)
    above = _titles(located), _banner_labels(located)
    walked = list(walk(lines, assignment, carried, headings, *above))
    if mapped.run(
        lambda: (
            _codes_numbered_under_their_groups(walked, assignment, located.headers)
            or _numbers_restarting_in_each_group(walked, assignment, located.headers)
        ),
        False,
    ):
        carried = carried_columns(data, assignment.roles)
        walked = list(walk(lines, assignment, carried, headings, *above))
    walked = _empty_headings_are_sections(walked)
    groups = _split_by_section_rows(
        _split_by_dotted_refs(walked, assignment, located.headers, frozenset(parents))
    )
    _appended_actions_to_their_recommendations(groups)
    _worded_by_parent_rows(groups, parents, assignment, located.headers)
    _described_by_folder_rows(groups, folders, located.headers)
    groups = _joined_across_sheets(groups)
    _refs_opening_their_actions(groups)
    _refs_of_their_one_actions(groups)
    _lists_named_by_their_actions(groups)
    _lists_numbered_afresh_in_sections(groups)
    groups = _recommendations_written_again_joined(groups, _later_tables_start(located))
    given = {g.ref for g in groups if g.ref}
    repeats = _repeated_refs(groups)
    number_groups(groups)
    unsure = [_renumbered(g, ref) for g, ref in repeats]
    return Grouping(
        groups, _how(groups), carried, unsure=unsure, headings=headings, refs_given=given
    )


_Found = TypeVar("_Found")


@dataclass
class _MapKept:
    """Runs the rules that read columns' roles from the rows so that the user's mapping
    (--map, a saved profile) always wins: a rule whose reading would change the role of
    a column the user mapped (take it as the grouping, or demote it to a field) is not
    applied at all, every role it set undone, rather than half applied."""

    assignment: Assignment
    explicit: dict[int, str]

    def run(self, rule: Callable[[], _Found], refused: _Found) -> _Found:
        roles, evidence = dict(self.assignment.roles), dict(self.assignment.evidence)
        found = rule()
        if all(self.assignment.roles.get(col) == roles.get(col) for col in self.explicit):
            return found
        self.assignment.roles.clear()
        self.assignment.roles.update(roles)
        self.assignment.evidence.clear()
        self.assignment.evidence.update(evidence)
        return refused


def stream_groups(
    lines: Iterable[Line], assignment: Assignment, sample: Grouping, located: Located
) -> Iterator[Group]:
    """The groups of every row of a large file, one at a time, by the evidence that
    ``group`` found in a sample of it (``sample``, and the assignment it settled).

    Numbering knows the sample's refs and those met so far: a later group that
    has the number given to an unnumbered one is numbered on in its turn.
    """
    above = _titles(located), _banner_labels(located)
    walked = walk(lines, assignment, sample.carried, sample.headings, *above)
    first = [g for _, g in zip(range(2), walked, strict=False)]
    if len(first) < 2:  # one block: its refs may still split it ("1.1", "2.1")
        groups = _split_by_dotted_refs(first, assignment, located.headers)
        number_groups(groups)
        yield from groups
        return
    numbering = _Numbering(set(sample.refs_given))
    for g in chain(first, walked):
        numbering.number(g)
        yield g


def _titles(located: Located) -> list[str]:
    return [line.text for line in located.lines if line.kind == "title"]


def _banner_labels(located: Located) -> frozenset[str]:
    """The labels of the "Label: value" banners among the rows, folded: a title row
    labelled as one of them ("OOP Key Business Outcome: …" above the header, again
    between the blocks) opens the first section, no line of the whole plan."""
    texts = (t for line in located.of_kind("banner") for t in (line.text, *line.cells) if t)
    return frozenset(folded(label) for text in texts for label, _ in label_values(text))


def walk(
    lines: Iterable[Line],
    assignment: Assignment,
    carried: dict[int, str],
    headings: Headings,
    titles: list[str],
    banner_labels: frozenset[str] = frozenset(),
) -> Iterator[Group]:
    """Each group, unnumbered, once the next has begun: the walk only ever adds to the last."""
    walker = _Walker(assignment, carried, headings)
    walker.seed_themes(titles, banner_labels)
    for line in lines:
        if line.kind == "banner":
            walker.banner(line)
        elif line.kind == "parent":
            walker.parent(line)
        elif line.kind == "data":
            walker.data(line)
        while len(walker.groups) > 1:
            done = walker.groups.pop(0)
            if done.rows or done.text or done.fields:
                yield _with_section_over(done)
    yield from (_with_section_over(g) for g in walker.groups if g.rows or g.text or g.fields)


def _with_section_over(g: Group) -> Group:
    """The group with the section over its heading among its fields, set only once
    walked: while walking, a heading's fields say whether its words are still to come."""
    if g.section_over:
        g.fields.setdefault("Section", g.section_over)
    return g


def _how(groups: list[Group]) -> str:
    """Each kind of evidence once, with its first example and how many more."""
    kinds: dict[str, list[str]] = {}
    for g in groups:
        if g.found:
            kind = g.found.split(", such as")[0]
            kinds.setdefault(kind, []).append(g.found)
    if not kinds:
        return "no grouping in the plan: one recommendation"
    return "; ".join(
        found[0] + (f" and {len(found) - 1} more" if len(found) > 1 else "")
        for found in kinds.values()
    )


# A label naming a step of an action, opening its cell: "Milestone:", "Step 2 –",
# "Sub-action:"; the number, if any, stays with the label. A hyphen parts the label only
# with a space after it: "Step-down beds: …", "Stage-gate reviews …" are words of an action
_STEP_LABEL = re.compile(
    r"^\W*(?P<label>(?:milestone|step|stage|sub[- ]?(?:action|task|step))"
    r"(?:\s+(?P<number>\d{1,2}[a-z]?))?)\s*(?:[:–—]|-(?=\s))\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "Nil return – no action for Police: …", "No action required – covered by …": the row says
# its author has nothing to do here ("No further action: the risk is accepted" decides one)
_NIL_RETURN = re.compile(
    r"^\W*(?:nil\s+return|no\s+actions?\s+(?:required|needed|necessary|for|identified))\b",
    re.IGNORECASE,
)


# The word number abbreviated before a ref, "No. 1", "No. 1.1", "No 2": as "Step no. 2"
# and "Recommendation No. 1" are numbers, it says the cell is a number, no part of it.
_NUMBER_WORD = re.compile(r"^\s*(?i:no)\.?\s+(?P<ref>\d{1,3}(?:\.\d{1,3})*[a-z]?)\s*$")


def _number_words_before_refs(data: list[Line], assignment: Assignment) -> None:
    """A ref column whose every filled cell is the word number and a number ("No. 1",
    "No. 1.1") holds those numbers: the word is dropped from each, as the author typed
    it before every ref alike. One cell without it leaves the column as written."""
    for col in (assignment.column("ref"), assignment.column("recommendation_ref")):
        if col is None:
            continue
        filled = [line for line in data if col < len(line.cells) and line.cells[col].strip()]
        refs = [m["ref"] for line in filled if (m := _NUMBER_WORD.match(line.cells[col]))]
        if len(filled) < 2 or len(refs) != len(filled):
            continue
        for line, ref in zip(filled, refs, strict=True):
            line.cells[col] = ref


def _nil_returns_noted(data: list[Line], assignment: Assignment) -> None:
    """A row whose action cell says there is nothing to do ("Nil return – …", an
    agency's answer to a recommendation that is not for it), with no ref, lead nor
    deadline, is no action: a note of the plan, kept as written."""
    action = assignment.column("action")
    blank = [assignment.column(role) for role in ("ref", "lead", "due")]
    if action is None or blank == [None, None, None]:
        return
    for line in data:
        cells = line.cells
        if action >= len(cells) or not _NIL_RETURN.match(cells[action]):
            continue  # most rows: their wording first, then their other cells
        if all(col is None or col >= len(cells) or not cells[col] for col in blank):
            line.kind = "note"


# ------------------------------------------------------------------ evidence
def _named_blocks_over_sparse_codes(data: list[Line], assignment: Assignment) -> None:
    """A code column with blanks, read from its cells as the recommendations' refs written
    once per block ("RP01", "BS02", "", "TP06"), is a field of the actions when a column
    filled on every row names runs of rows that start exactly where the action refs' first
    number changes ("Safety and Quality" over 1.1-1.4, "Tenancy" over 3.1-3.2) and the
    codes' blocks do not: that column is the recommendation, its ref the refs' number."""
    code_col, ref_col = assignment.column("recommendation_ref"), assignment.column("ref")
    if code_col is None or ref_col is None or assignment.column("recommendation") is not None:
        return
    codes = [line.cells[code_col] for line in data]
    heads = [_DOTTED_HEAD.match(line.cells[ref_col]) for line in data]
    if all(codes) or not all(heads):
        return
    numbered = block_starts([m[1] for m in heads if m])
    if len(numbered) < 2 or block_starts(codes) == numbered:
        return
    for col in range(len(data[0].cells)):
        names = _column_values(data, col)
        free = assignment.roles.get(col, "extra") == "extra"
        if free and all(names) and block_starts(names) == numbered:
            assignment.roles[code_col] = "extra"
            assignment.evidence[code_col] = "codes whose blanks are no block: a field"
            assignment.roles[col] = "recommendation"
            assignment.evidence[col] = "names runs of rows where the action refs' number changes"
            return


def _themes_over_numbered_groups(
    data: list[Line], assignment: Assignment, explicit: dict[int, str]
) -> None:
    """A column its header only hints groups the plan ("CQC theme", "Priority") whose
    runs each hold two numbered groups or more of the action refs ("Working with people"
    over 1.1-1.3 and 2.1-2.2) is no recommendation: a recommendation's number does not
    change inside it. The refs' first numbers group the rows, and the column is a field
    of each action (a text changing exactly where they do is then their wording)."""
    rec_col, ref_col = assignment.column("recommendation"), assignment.column("ref")
    if rec_col is None or ref_col is None or assignment.column("recommendation_ref") is not None:
        return
    if not data or rec_col in explicit:  # the user's mapping stands
        return
    if cue_weight(data[0].headers[rec_col], "recommendation") >= _NAMES_WHAT_IS_ANSWERED:
        return
    heads = [_DOTTED_HEAD.match(line.cells[ref_col]) for line in data]
    if not all(heads):
        return
    numbered = block_starts([m[1] for m in heads if m])
    themes = block_starts([line.cells[rec_col] for line in data])
    if len(themes) >= 2 and themes < numbered:
        assignment.roles[rec_col] = "extra"
        assignment.evidence[rec_col] = (
            "runs holding two numbered groups of the action refs or more: a field of each action"
        )


def _block_text_under_banners_is_a_field(
    data: list[Line], assignment: Assignment, after: set[int], explicit: dict[int, str]
) -> None:
    """A school plan's "Resources" ("Phonics training days; £2,400 …") written again on
    every row of each "Key issue 1: …" banner's block, new with the next: a column read
    as the recommendation from its repeated text alone, whose runs change exactly where
    the banners fall, says something of each block (its resources, its success
    criteria); the banners already head the blocks, so it is a field of each action."""
    col = assignment.column("recommendation")
    if col is None or col in explicit or not data or not after:
        return
    if cue_weight(data[0].headers[col], "recommendation"):
        return  # a header naming the group: the rules for such columns decide
    values = [line.cells[col] for line in data]
    # Written once, on the first row under each banner ("12.4. The investigation found
    # …" under "Recommendation 1 Diagnosis"), it quotes the report beside the banner
    if (all(values) and block_starts(values) == after | {0}) or _only_under_headings(values, after):
        assignment.roles[col] = "extra"
        assignment.evidence[col] = (
            "the same text down each banner's block (or on its first row only), new with"
            " the next: a field of each action, the banners head the blocks"
        )


def _per_row_text_inside_numbered_groups(
    data: list[Line], assignment: Assignment, explicit: dict[int, str]
) -> None:
    """A complaints self-assessment quotes the Code's "requirement" beside each action,
    a new one on every row, and numbers the rows by the Code's provisions (1.6; 4.3;
    5.4, 5.5, 5.6 …): the refs' first numbers, rising, group the rows, and a text that
    changes inside one of those groups names none of them, whatever its header says. It
    is a field of each action; the first numbers are the recommendations."""
    rec_col, ref_col = assignment.column("recommendation"), assignment.column("ref")
    if rec_col is None or ref_col is None or assignment.column("recommendation_ref") is not None:
        return
    if rec_col in explicit or assignment.column("action") is None:
        return
    texts = [line.cells[rec_col] for line in data]
    if len(data) < 2 or not all(texts) or len(set(texts)) < len(texts):
        return
    heads = [_DOTTED_HEAD.match(line.cells[ref_col]) for line in data]
    firsts = [m[1] for m in heads if m]
    if len(firsts) < len(data) or not rises(list(dict.fromkeys(firsts))):
        return
    if len(set(firsts)) < len(firsts):  # some group holds two rows or more
        assignment.roles[rec_col] = "extra"
        assignment.evidence[rec_col] = (
            "a new value on every row, inside groups the action refs' first numbers make:"
            " a field of each action"
        )


# "Recommendation", "Area for improvement" (5+) name what the plan answers; "Theme",
# "Priority", "Issue" (2-4) only hint at a grouping.
_NAMES_WHAT_IS_ANSWERED = 5


# The first number of a dotted action ref: "2" of "2.3".
_DOTTED_HEAD = re.compile(r"^\s*(\d{1,3})\.\d")


def _ref_column_may_be_recommendation_ref(
    data: list[Line], assignment: Assignment, headers: list[str], after_headings: set[int]
) -> None:
    """A Ref/No column whose value only changes where the group does is the group's ref.
    ``after_headings``: the data rows just below a heading row, where a run ends."""
    ref_col = assignment.column("ref")
    if ref_col is None or assignment.column("recommendation_ref") is not None:
        return
    values = [line.cells[ref_col] for line in data]
    rec_col = assignment.column("recommendation")
    if all(values) and len(set(values)) == len(values):
        if rec_col is not None and _ids_its_row_recommendation(
            values, [line.cells[rec_col] for line in data], headers[ref_col]
        ):
            _numbers_its_row_recommendation(assignment, ref_col)
        return  # a new value on every row: each action's own ref
    if rec_col is not None:
        starts = block_starts([line.cells[rec_col] for line in data])
        changes = block_starts(values)
        is_group = bool(changes) and changes <= starts and len(changes) < len(values)
    else:
        dotted = any("." in v for v in values if v)
        is_group = (
            _repeats(values, after_headings)
            or (_sparse(values) and not dotted)
            or (bool(values[0]) and not all(values) and _rows_number_themselves(data, assignment))
            or _codes_worded_block_by_block(data, assignment, headers, ref_col)
        )
    if is_group:
        assignment.roles[ref_col] = "recommendation_ref"
        assignment.evidence[ref_col] = "changes only between groups" + (
            f"; {len({v for v in values if v})} values"
        )
        _second_ref_column_is_the_action_ref(data, assignment, headers)


def _codes_worded_block_by_block(
    data: list[Line], assignment: Assignment, headers: list[str], ref_col: int
) -> bool:
    """Codes of the plan's own rising sequence ("Q no." 4, 5, 8, 9, 13), each on its
    block's first row with blanks under it, beside a column of words written over exactly
    the same blocks (each question's name): the blanks are the blocks' merged cells, not
    actions missing their refs, however few rows a block has (``_sparse`` asks for half
    the rows blank, which blocks of one or two actions never give). The codes head the
    blocks whatever the header, as they do in a column with no role
    (``_coded_blocks_worded_beside``)."""
    values = _column_values(data, ref_col)
    if all(values) or not _coded_sequence(values):
        return False
    blocks = block_starts(values)
    named = (c for c in range(len(headers)) if c != ref_col)
    return any(
        _names_each_block(_column_values(data, c), blocks)
        for c in named
        if _may_name_the_group(c, assignment, headers)
    )


def _report_pointers_beside_the_groups_ref(
    data: list[Line], assignment: Assignment, headers: list[str], explicit: dict[int, str]
) -> None:
    """ "No" 1., 2. numbering the issues beside "Para Ref" 78/91/104, both on each block's
    first row only: the plan numbers its own recommendations, and the report's paragraphs
    they answer are a field, never the actions' refs (the actions numbered 1.1, 1.2)."""
    ref_col, rec_ref = assignment.column("ref"), assignment.column("recommendation_ref")
    if ref_col is None or rec_ref is None or ref_col in explicit:
        return
    if not points_into_report(headers[ref_col]) or all(line.cells[ref_col] for line in data):
        return
    assignment.roles[ref_col] = "extra"
    assignment.evidence[ref_col] = (
        f"header {headers[ref_col]!r} points into the report, beside the plan's own numbers"
    )


def _counts_are_no_refs(data: list[Line], assignment: Assignment, after: set[int]) -> None:
    """A ref column of whole numbers that come back after others in one list ("Sub
    actions" 4, 3, 5, 2, 3 …, with no heading nor group column) counts something of each
    row: no action's ref (a ref tells its action apart) nor a numbering that starts again
    at 1 under each group. A field of each action. A column headed as a ref ("Ref" 4, 2,
    5, 1, 5 in a tracker sorted by due date, one action on two rows) is the refs still."""
    ref_col = assignment.column("ref")
    grouped = assignment.column("recommendation") is not None or after
    if ref_col is None or grouped or assignment.column("recommendation_ref") is not None:
        return
    if "ref" in scores(data[0].headers[ref_col]):
        return
    values = [line.cells[ref_col] for line in data if ref_col < len(line.cells)]
    if not values or not all(v.strip().isdecimal() for v in values):  # "²" is a digit
        return
    numbers = [int(v) for v in values]
    restarts = all(b in (a + 1, 1) for a, b in pairwise(numbers))
    if not value_returns(values) or restarts:
        return
    assignment.roles[ref_col] = "extra"
    assignment.evidence[ref_col] = "whole numbers that come back after others: a count"


def _ids_its_row_recommendation(refs: list[str], texts: list[str], header: str) -> bool:
    """A recommendation on every row, each new, and an ID of one part beside it ("A1",
    "B2"; not "2.1", "R1/01" or "R1 Action 1", which number an action under its
    recommendation, nor one headed "Action ID")."""
    if not (all(texts) and len(set(texts)) == len(texts)):
        return False
    if re.search(r"\baction\b", header, re.IGNORECASE):
        return False
    return not any(_SUBORDINATE.search(r) or recommendation_in_ref(r) for r in refs)


# Two numbers joined by a separator ("2.1", "R1/01", "3-2"): an action's number under
# its recommendation's.
_SUBORDINATE = re.compile(r"\d\s*[./\-–]\s*\d")


def _numbers_its_row_recommendation(assignment: Assignment, ref_col: int) -> None:
    """A report of one action per recommendation (the requirement's own wording on each
    row, beside its agreed action) numbers what it answers: an ID on every row ("A1",
    "A4", "B2") is the recommendation's, never renumbered, and its one action is `A1.1`."""
    assignment.roles[ref_col] = "recommendation_ref"
    assignment.evidence[ref_col] = (
        "a new value on every row beside a recommendation on every row: its ref"
    )


def _refs_the_wrong_way_round(data: list[Line], assignment: Assignment) -> None:
    """A recommendation's ref does not change inside it: a column headed as its ref
    ("Rec no." R1 … R12) with a new value on every row, beside a Ref column that changes
    exactly where the recommendation's text does ("CoC 1" merged down its block), is the
    actions' refs, and the Ref column the recommendation's."""
    rec_ref, ref = assignment.column("recommendation_ref"), assignment.column("ref")
    rec_col = assignment.column("recommendation")
    if rec_ref is None or ref is None or rec_col is None or len(data) < 3:
        return
    rec_refs = [line.cells[rec_ref] for line in data]
    refs = [line.cells[ref] for line in data]
    blocks = block_starts([line.cells[rec_col] for line in data])
    if (
        all(rec_refs)
        and len(set(rec_refs)) == len(rec_refs)
        and 2 <= len(blocks) < len(data)
        and block_starts(refs) == blocks
    ):
        assignment.roles[rec_ref], assignment.roles[ref] = "ref", "recommendation_ref"
        assignment.evidence[rec_ref] = "a new value on every row of a recommendation: action refs"
        assignment.evidence[ref] = "changes exactly where the recommendation's text does"


def _under_headings(
    lines: list[Line], headings: Headings, col: int, other: int
) -> list[tuple[str, str, str]]:
    """(heading's ref, cell of ``col``, cell of ``other``) for each data row, when every
    data row sits under a heading row; else nothing."""
    under: list[tuple[str, str, str]] = []
    heading: str | None = None
    for line in lines:
        if line.kind == "banner" and (found := heading_of(line, headings)) is not None:
            heading = found[0] or found[1]  # a named heading is told apart by its words
        elif line.kind == "data":
            if heading is None:
                return []
            under.append((heading, line.cells[col], line.cells[other]))
    return under


def _numbered_under_headings(under: list[tuple[str, str, str]], values: list[str]) -> bool:
    """Two headings or more, every ref numbered under its own, and ``values`` (one per
    row) filled and all different: a new one on every row."""
    return all(values) and len(set(values)) == len(values) and _refs_numbered_under_headings(under)


def _refs_numbered_under_headings(under: list[tuple[str, str, str]]) -> bool:
    """Two headings or more, and every row's ref numbered under its own heading's."""
    return len({h for h, _, _ in under}) >= 2 and all(
        _numbered_under(ref, h) for h, ref, _ in under
    )


def _rec_refs_numbered_under_banners(
    lines: list[Line], assignment: Assignment, headings: Headings, headers: list[str]
) -> None:
    """A column headed as the recommendation's ref ("NICE rec no.") with a new value on
    every row, each numbered under the heading row above it ("1.1.3" under "1.1
    Identifying people …"), numbers the actions: the heading rows are the
    recommendations, and the column their actions' refs. So does such a column whose
    header names no role at all (an acronym of the source's own, "IEA" over 1.1, 1.2
    under "1) Enhanced Safety"): the numbering says what it is."""
    if assignment.column("ref") is not None:
        return
    for col in _ref_candidates(lines, assignment, headers):
        under = _under_headings(lines, headings, col, col)
        if _numbered_under_headings(under, [ref for _, ref, _ in under]):
            assignment.roles[col] = "ref"
            assignment.evidence[col] = (
                "a new value on every row, each numbered under the heading row above it:"
                " the actions' refs"
            )
            return


def _ref_candidates(lines: list[Line], assignment: Assignment, headers: list[str]) -> list[int]:
    """The recommendation's ref column, then the columns whose header names nothing
    ("IEA"; not "Inspection para", a pointer into a report) or a ref the header's own
    words refused ("Code provision": a word after "Code"), and whose cells gave no
    role, left to right."""
    rec_ref = assignment.column("recommendation_ref")
    width = min((len(line.cells) for line in lines if line.kind == "data"), default=0)
    unassigned = [
        c
        for c in range(min(width, len(headers)))
        if assignment.roles.get(c, "extra") == "extra"
        and set(scores(headers[c])) <= {"ref"}
        and not points_into_report(headers[c])
    ]
    return ([rec_ref] if rec_ref is not None else []) + unassigned


def _citations_under_banners(lines: list[Line], assignment: Assignment, headings: Headings) -> None:
    """A column read as the recommendation's ref whose values change inside a heading
    row's block and do not rise ("NMS 20.3", "NMS 20.2", "NMS 14.1" under "Shortfall 1
    – …") cites a source for each action: a field. The heading rows group the plan."""
    col = assignment.column("recommendation_ref")
    if col is None:
        return
    under = _under_headings(lines, headings, col, col)
    if _row_ids_lettered_by_headings(under, assignment):
        assignment.roles[col] = "ref"
        assignment.evidence[col] = (
            "a new ID on every row, its letters changing with the heading rows: the actions' refs"
        )
        return
    values = [value for _, value, _ in under if value]
    heads = [values[i] for i in sorted(block_starts(values))]
    per_heading: dict[str, set[str]] = {}
    for heading, value, _ in under:
        per_heading.setdefault(heading, set()).add(value)
    changes_inside = any(len(seen - {""}) > 1 for seen in per_heading.values())
    if len(per_heading) >= 2 and changes_inside and not rises(heads):
        assignment.roles[col] = "extra"
        assignment.evidence[col] = (
            "values that change inside a heading row's block and do not rise: a citation"
        )


def _row_ids_lettered_by_headings(
    under: list[tuple[str, str, str]], assignment: Assignment
) -> bool:
    """An ID on every row beside an action column ("Rec ID" PAY-01, PAY-02 under Part 1,
    CRD-01 under Part 2), each new, its letters those of its heading alone: the rows' own
    IDs (the author numbered each row's recommendation), so the actions' refs under the
    heading rows, never a citation, whatever the header says."""
    ids = [row_id for _, row_id, _ in under]
    return (
        assignment.column("action") is not None
        and assignment.column("ref") is None
        and len({h for h, _, _ in under}) >= 2
        and all(ids)
        and len(set(ids)) == len(ids)
        and _id_letters_follow_headings(under)
    )


def _banners_number_the_actions(
    lines: list[Line], assignment: Assignment, headings: Headings
) -> None:
    """A recommendation column filled on every row ("Requirement not met", or the
    report's "Area for improvement" quoted beside each action of a block) is a field of
    each action when heading rows head the blocks ("Standard 1 – …", "Priority 2: …")
    and every action's ref is numbered under its heading's ("1.3.1" under 1): the plan's
    own grouping wins over a header's word. Left blank on some rows, it is a field all
    the same where every ref is one part under its heading ("2.3" under 2)."""
    rec_col, ref_col = assignment.column("recommendation"), assignment.column("ref")
    if rec_col is None:
        return
    under = [] if ref_col is None else _under_headings(lines, headings, ref_col, rec_col)
    if _refs_numbered_under_headings(under) and (
        all(text for _, _, text in under) or _refs_one_part_under_headings(under)
    ):
        assignment.roles[rec_col] = "extra"
        assignment.evidence[rec_col] = (
            "a value on every row, under heading rows that number the actions' refs:"
            " a field of each action"
        )
    elif _banners_over_one_recommendation_per_row(lines, assignment, headings, rec_col):
        assignment.roles[rec_col] = "extra"
        assignment.evidence[rec_col] = (
            "a new value on every row beside an action column, under heading rows that group"
            " the rows: a field of each action"
        )
    else:
        _numbers_starting_again_under_banners(lines, assignment, headings, rec_col)


def _refs_one_part_under_headings(under: list[tuple[str, str, str]]) -> bool:
    """Every ref its heading's number and one part more ("2.3" under 2, never "2.1.3"):
    each row numbered straight under its banner, so a column beside them left blank on
    some rows ("Audit finding" written beside most actions) has no level of its own to
    carry down, and groups nothing."""
    return all(ref.removeprefix(f"{h}.").isalnum() for h, ref, _ in under)


def _banners_over_one_recommendation_per_row(
    lines: list[Line], assignment: Assignment, headings: Headings, rec_col: int
) -> bool:
    """A tracker of one recommendation per row, its agreed action beside it, split by
    heading rows ("Part 1 – Key financial systems", "Part 2 – …" over an audit's rows)
    whose row IDs carry letters that change with the heading ("CRD-01", "PAY-01" under
    Part 1, "RM-01", "GOV-01" under Part 2): the heading rows are the grouping the plan
    wrote, so the per-row recommendation groups nothing and is a field of each action,
    the IDs the actions' refs as written. Rows numbered straight through (1, 2, 3) or IDs
    whose letters cross the headings ("PAY-03" under Priority 1, "PAY-01" under Priority
    2) say nothing of the sort: each row stays its own recommendation, the heading a
    section. A recommendation cell opened by its own number ("1.1 Antenatal choices")
    names itself under the heading: that heading stays a section."""
    ref_col = assignment.column("ref")
    if assignment.column("action") is None or ref_col is None:
        return False
    under = _under_headings(lines, headings, rec_col, rec_col)
    texts = [text for _, text, _ in under]
    if len({h for h, _, _ in under}) < 2 or not all(texts) or len(set(texts)) != len(texts):
        return False
    if any(_own_ref(text) for text in texts):
        return False
    return _id_letters_follow_headings(_under_headings(lines, headings, ref_col, ref_col))


def _id_letters_follow_headings(under: list[tuple[str, str, str]]) -> bool:
    """Every row's ID opens with letters ("CRD-01"), and the IDs under each heading row
    use letters no other heading's IDs use: the heading rows are what the IDs were
    lettered by."""
    headings_of: dict[str, set[str]] = {}
    for heading, row_id, _ in under:
        letters = _ID_LETTERS.match(row_id)
        if letters is None:
            return False
        headings_of.setdefault(letters[1].upper(), set()).add(heading)
    return all(len(headings) == 1 for headings in headings_of.values())


# The letters opening a row's ID before its number: "CRD" of "CRD-01", "GOV" of "GOV2".
_ID_LETTERS = re.compile(r"([A-Za-z]+)[-/. ]?\d")


def _numbers_starting_again_under_banners(
    lines: list[Line], assignment: Assignment, headings: Headings, rec_col: int
) -> None:
    """A recommendation column with a new value on every row ("NIAO recommendation"
    beside "Action agreed") is a field of each action when heading rows head the blocks
    ("Report 1: …", "Report 2: …") and a column of small numbers, with no role, rises
    under each heading and starts again under the next (1, 2, 4, then 1, 2, 3): the
    numbers count the rows inside each heading, so the headings are what they number,
    the recommendations, and two rows both numbered 1 are no two recommendations 1.
    The numbers then become the actions' refs under their heading (``1.4``, gaps kept),
    as a "Rec no." numbered afresh in each group does."""
    texts = [text for _, text, _ in _under_headings(lines, headings, rec_col, rec_col)]
    if not texts or not all(texts) or len(set(texts)) != len(texts):
        return
    ref_col = assignment.column("ref")
    width = min((len(line.cells) for line in lines if line.kind == "data"), default=0)
    extra = [col for col in range(width) if assignment.roles.get(col, "extra") == "extra"]
    for col in ([ref_col] if ref_col is not None else []) + extra:
        under = _under_headings(lines, headings, col, col)
        blocks: dict[str, list[int]] = {}
        for heading, cell, _ in under:
            blocks.setdefault(heading, []).append(_position([cell], 0))
        if len(blocks) >= 2 and _restart_in_each_group(list(blocks.values())):
            assignment.roles[rec_col] = "extra"
            assignment.evidence[rec_col] = (
                "a new value on every row, under heading rows whose blocks a column numbers"
                " afresh: a field of each action"
            )
            return


def _numbered_column_heads_the_blocks(
    data: list[Line], assignment: Assignment, after: set[int]
) -> None:
    """A column with no role, written once per block (or merged down it) as a number and
    words ("1. Governance and decision-making", then "2. Financial controls", or a label
    and number, "Regulation 12 Safe care and treatment", "Regulation 17 …"), with
    numbers that only rise, is the recommendation: its number the ref, its words the
    text. The plan wrote its grouping itself; a prefix of the action IDs ("WS1.1") is
    only a guess at it, and a recommendation column with a new text on every row (the
    "Code requirement" quoted beside each action) is a field of each action. Written
    only in the first row under each heading row ("Recommendation 1 Diagnosis" over
    "12.4. The investigation found …"), it quotes the report beside the heading that
    groups the block: a field of its actions."""
    if len(data) < 2 or not _grouping_still_open(data, assignment):
        return
    for col in range(len(data[0].cells)):
        if assignment.roles.get(col, "extra") != "extra":
            continue
        values = _column_values(data, col)
        if _only_under_headings(values, after) or _points_into_a_standard(data, col, assignment):
            continue
        if (
            _numbered_blocks(values)
            or _labelled_blocks(values)
            or _bare_numbered_blocks(values, data, col)
        ):
            _per_row_recommendation_is_a_field(assignment)
            assignment.roles[col] = "recommendation"
            assignment.evidence[col] = (
                f"numbered text written once per block, numbers rising ({values[0]!r})"
            )
            return


def _only_under_headings(values: list[str], after: set[int]) -> bool:
    """Filled in the first row under each heading row, two or more, and nowhere else."""
    filled = {i for i, v in enumerate(values) if v}
    return len(after) >= 2 and filled == after


def _grouping_still_open(data: list[Line], assignment: Assignment) -> bool:
    """No recommendation column, or one whose text changes on every row: that one groups
    nothing, so a column written once per block may still head the blocks."""
    col = assignment.column("recommendation")
    if col is None:
        return True
    values = _column_values(data, col)
    return all(values) and len(set(values)) == len(values)


def _per_row_recommendation_is_a_field(assignment: Assignment) -> None:
    col = assignment.column("recommendation")
    if col is not None:
        assignment.roles[col] = "extra"
        assignment.evidence[col] = (
            "a new value on every row, beside a column that heads the blocks itself:"
            " a field of each action"
        )


def _numbered_blocks(values: list[str]) -> bool:
    """Each block headed by a number and words ("1. Governance"), the numbers rising.
    A day ("17-Nov-2026", a note's date left blank on some rows) heads nothing."""
    found = _block_heads(values)
    if any(_a_day(v) for v in found):
        return False
    heads = [CODE_HEADING.match(v) for v in found]
    return all(m and m["ref"][-1:].isdigit() for m in heads) and rises(
        [m["ref"] for m in heads if m]
    )


def _bare_numbered_blocks(values: list[str], data: list[Line], col: int) -> bool:
    """Each block headed by its bare number and words, no mark between ("5 The complaint
    handling process"), the numbers rising, and another column's codes in every block
    numbered under its number ("5.1", "5.6" under 5): without those codes a number and a
    space may just open a sentence ("3 new posts …")."""
    heads = [BARE_NUMBER_HEADING.match(v) for v in _block_heads(values)]
    numbers = [m["ref"] for m in heads if m]
    if not heads or len(numbers) < len(heads) or not rises(numbers):
        return False
    starts = sorted(block_starts(values))
    block_number = [
        numbers[i] for i, (a, b) in enumerate(pairwise([*starts, len(data)])) for _ in range(a, b)
    ]
    return any(
        c != col
        and all(
            _numbered_under(v, n)
            for v, n in zip(_column_values(data, c), block_number, strict=True)
        )
        for c in range(len(data[0].cells))
    )


def _column_values(lines: list[Line], col: int) -> list[str]:
    """The column's cell on each line, "" where a short row stops before it."""
    return [line.cells[col] if col < len(line.cells) else "" for line in lines]


def _bare_number_heading(cell: str, row: list[str]) -> tuple[str, str] | None:
    """("5", "The complaint handling process") for that cell written "5 The complaint
    handling process" beside a code numbered under 5 ("5.1"), alone or opening its cell
    ("5.1 Apply the standards …"); None otherwise: without the code a number and a space
    may just open the text ("2 Year plan for …")."""
    m = BARE_NUMBER_HEADING.match(cell)
    codes = (split_number(c)[0] or c for c in row if c != cell)
    if m is None or not any(_numbered_under(code, m["ref"]) for code in codes):
        return None
    return m["ref"], m["rest"].strip()


def _a_day(cell: str) -> bool:
    """A cell that is a day and little else: "17-Nov-2026", "2026-11-17", "17 Nov 2026"."""
    return len(cell.split()) <= _WORDS_OF_A_DAY and parse_deadline(cell).precision == "day"


_WORDS_OF_A_DAY = 3


def _labelled_blocks(values: list[str]) -> bool:
    """Each block headed by one label, a number and words ("Standard 2: Medication",
    "Standard 4: Care planning"), the numbers rising, gaps and all."""
    heads = [split_column_heading(v) for v in _block_heads(values)]
    found = [h for h in heads if h is not None and h[2]]
    if not heads or len(found) < len(heads) or len({label for label, _, _ in found}) > 1:
        return False
    return rises([ref for _, ref, _ in found])


def _block_heads(values: list[str]) -> list[str]:
    """The value heading each block, top down; none unless the column is filled on its
    first row and has two blocks at least, fewer than rows, no value heading two."""
    heads = [values[i] for i in sorted(block_starts(values))]
    if not values[0] or not 2 <= len(heads) < len(values) or len(set(heads)) != len(heads):
        return []
    return heads


def _rows_number_themselves(data: list[Line], assignment: Assignment) -> bool:
    """Every action's text leads with its own number ("a) …", "b) …"): a Ref column with
    blanks, filled on a block's first row ("1.08"), then numbers the blocks, not actions."""
    col = assignment.column("action")
    return col is not None and all(split_number(line.cells[col])[0] for line in data)


def _second_ref_column_is_the_action_ref(
    data: list[Line], assignment: Assignment, headers: list[str]
) -> None:
    """ "Ref" 1 beside "No." a, b, c: once the first is the group's ref, another column
    headed like a ref, with no role, filled on every row with short values, is each
    action's own ref; so is one of bare letters whatever its header ("Order" a, b, c as
    an ombudsman letters its orders). One value on every row ("Item Type": "Item") tells
    no action apart."""
    for col, header in enumerate(headers):
        if col in assignment.roles:
            continue
        values = [line.cells[col] for line in data]
        lettered = all(numbers_in_recommendation(unmarked(v)) for v in values)
        if "ref" not in scores(header) and not lettered:
            continue
        if all(values) and all(len(v) <= 12 for v in values) and len(set(values)) > 1:
            assignment.roles[col] = "ref"
            assignment.evidence[col] = "headed like a ref beside the recommendation's: action refs"
            return


def _codes_changing_with_the_recommendation(data: list[Line], assignment: Assignment) -> None:
    """A recommendation column whose cells carry no ref of their own, beside a column of
    numbered codes that changes exactly where it does ("Notice" IN/312801 merged down its
    contravention's actions): those codes are the recommendation's ref, whatever the
    header, rather than 1, 2, 3 made up. A code may come back with its recommendation
    met again (rows sorted under progress banners, "R1" beside its words under each):
    where each code stands beside the same words, and they beside no other code."""
    rec_col = assignment.column("recommendation")
    if rec_col is None or assignment.column("recommendation_ref") is not None:
        return
    texts = [line.cells[rec_col] for line in data]
    blocks = block_starts(texts)
    if not 2 <= len(blocks) < len(data) or any(_own_ref(t) for t in texts if t):
        return
    width = len(data[0].cells)
    for col in (c for c in range(width) if assignment.roles.get(c, "extra") == "extra"):
        values = [line.cells[col] for line in data]
        codes = {v for v in values if v}
        if (
            block_starts(values) == blocks
            and (len(codes) == len(blocks) or _paired(values, texts))
            and all(_is_code(without_grade(code)) for code in codes)  # "MD1 (Reg 12)"
        ):
            assignment.roles[col] = "recommendation_ref"
            assignment.evidence[col] = "numbered codes changing where the recommendation does"
            return


def _paired(codes: list[str], texts: list[str]) -> bool:
    """Each code beside the same words wherever it is written, and those words beside
    no other code: ("R1", "Take …") met again is the same recommendation."""
    pairs = {(code, text) for code, text in zip(codes, texts, strict=True) if code or text}
    return len(pairs) == len({c for c, _ in pairs}) == len({t for _, t in pairs})


def _coded_blocks_worded_beside(
    data: list[Line], assignment: Assignment, headers: list[str]
) -> None:
    """A column with no role of short codes in a rising sequence ("A", "C", "F"; "WS1",
    "WS2"), each over one block of rows (merged down, or written on its first row), beside
    a text column that changes exactly where it does ("Std" A | "FM Code standard" …):
    the plan's recommendations, whatever the headers; the codes their refs, the text
    theirs (``_text_constant_within_groups``). Codes in no order ("GQ1(a)", "T1(c)") do
    so only beside a finding in sentences. A pointer into a report keeps its rule."""
    if assignment.column("recommendation_ref") is not None:
        return
    if assignment.column("recommendation") is not None or len(data) < 3:
        return
    columns = {c: [line.cells[c] for line in data] for c in range(len(headers))}
    free = [c for c in columns if assignment.roles.get(c, "extra") == "extra"]
    for col in free:
        values = columns[col]
        blocks = block_starts(values)
        rising = _coded_sequence(values)
        if points_into_report(headers[col]) or not (rising or _codes_over_blocks(values)):
            continue
        named = [columns[c] for c in free if c != col and _names_each_block(columns[c], blocks)]
        # Codes in no order ("GQ1(a)", "T1(c)", "C1(b)") group only beside a finding in
        # sentences: a budget code beside its service's name is a field of the actions.
        if named and (rising or any(map(_sentences, named))):
            how = "in a rising sequence" if rising else "beside a finding in sentences"
            assignment.roles[col] = "recommendation_ref"
            assignment.evidence[col] = f"codes {how}, one over each block; {len(blocks)} values"
            return


def _codes_over_blocks(values: list[str]) -> bool:
    """Codes ("1.2", "GQ1(a)"), each over one block of rows and never back."""
    heads = _block_heads(values)
    return bool(heads) and all(map(_is_code, heads))


def _sentences(values: list[str]) -> bool:
    """Every filled cell a sentence (six words or more): what an inspector found."""
    filled = [v for v in values if v]
    return bool(filled) and all(len(v.split()) >= PROSE_WORDS for v in filled)


def _coded_sequence(values: list[str]) -> bool:
    """Short codes heading the blocks (``_block_heads``), of one label with rising
    numbers or lone capitals rising: the plan's own."""
    codes = _block_heads(values)
    if not codes or not all(CODE.match(c) and len(c) <= 8 for c in codes):
        return False
    letters = all(len(c) == 1 and c.isupper() for c in codes)
    numbered = len({c.rstrip("0123456789") for c in codes}) == 1 and all(
        c[-1:].isdigit() for c in codes
    )
    return (letters or numbered) and rises(codes)


def _codes_numbered_under_their_groups(
    groups: list[Group], assignment: Assignment, headers: list[str]
) -> bool:
    """With no ref column, a column of distinct codes each numbered under its own
    recommendation ("1.6", "1.7" under "Section 1 –", "3.1" under "Section 3 –") is the
    actions' ref, whatever its header: the plan's numbering, not a field. So is a pointer
    into a report or standard ("Para." 2.4, 2.9 under "2. Administering the licensing
    regime"): where the plan numbers its actions no other way, its sections are the
    document's and so are its numbers; refs made up beside them (2.1, 2.2) would name
    paragraphs the plan never answers. Beside the plan's own ref, or the action's own
    number opening its wording ("1.1 Update the policy"), it stays a field."""
    rows = [(g.ref, row) for g in groups for row in g.rows]
    if assignment.column("ref") is not None or len(rows) < 2 or any(not r for r, _ in rows):
        return False
    own_numbers = _actions_number_themselves([row for _, row in rows], assignment)
    for col, header in enumerate(headers):
        # A "measure" of short codes is no measure: the header word misled.
        if assignment.roles.get(col, "extra") not in ("extra", "measure") or (
            own_numbers and points_into_report(header)
        ):
            continue
        values = [row.cells[col] if col < len(row.cells) else "" for _, row in rows]
        if len(set(values)) == len(values) and all(
            _numbered_under(value, str(ref)) for value, (ref, _) in zip(values, rows, strict=True)
        ):
            assignment.roles[col] = "ref"
            assignment.evidence[col] = (
                f"codes numbered under their recommendation ({values[0]!r} under {rows[0][0]!r})"
            )
            return True
    return False


def _actions_number_themselves(rows: list[Row], assignment: Assignment) -> bool:
    """Some action's wording opens with its own number ("1.1 Update the policy"): the plan
    numbers its actions itself, so a pointer beside them is not its numbering."""
    col = assignment.column("action")
    if col is None:
        return False
    return any(col < len(row.cells) and LEADING_NUMBER.match(row.cells[col]) for row in rows)


def _numbers_restarting_in_each_group(
    groups: list[Group], assignment: Assignment, headers: list[str]
) -> bool:
    """With no ref column, a column of small numbers rising inside each recommendation
    and starting again in the next ("Rec no." 1, 2, 3 under IA25/07, then 1, 2 under
    IA25/11) numbers the actions in their recommendation: 2 under IA25/07 is IA25/07.2,
    gaps and all. A pointer into a report stays a field, as its header says."""
    if assignment.column("ref") is not None or len(groups) < 2:
        return False
    for col, header in enumerate(headers):
        if assignment.roles.get(col, "extra") != "extra" or points_into_report(header):
            continue
        numbers = [[_position(row.cells, col) for row in g.rows] for g in groups]
        if _restart_in_each_group(numbers) or _labels_restart_in_each_group(groups, col, header):
            assignment.roles[col] = "ref"
            assignment.evidence[col] = (
                "numbers rising inside each recommendation, starting again in the next"
            )
            return True
    return False


def _labels_restart_in_each_group(groups: list[Group], col: int, header: str) -> bool:
    """A column headed as a ref ("Rec", "Ref", "No.") whose every cell is one label and a
    number ("R1", "R2", "R3" under IA25-07, then "R1", "R2" under IA25-11), rising in each
    group and starting again in the next: the label is the plan's word for the action, the
    number its place in the group, as a bare number's is."""
    if not {"ref", "recommendation_ref"} & set(scores(header)):
        return False
    cells = [[row.cells[col] if col < len(row.cells) else "" for row in g.rows] for g in groups]
    return labels_restart(cells)


def labels_restart(refs: list[list[str]]) -> bool:
    """Refs written with one label throughout ("R1", "R2" | "R1" …), one list per group,
    whose numbers rise in each group and start again in the next."""
    if len(refs) < 2:
        return False  # "R1" … "R12" down one list are its IDs, kept as written
    read = [[labelled_position(ref) for ref in run] for run in refs]
    found = [p for run in read for p in run if p is not None]
    if len(found) < sum(map(len, refs)) or len({label.casefold() for label, _ in found}) != 1:
        return False
    return _restart_in_each_group([[p[1] for p in run if p is not None] for run in read])


def _position(cells: list[str], col: int) -> int:
    """The number of an action in its recommendation ("3", "3 (Medium)" with its grade in
    brackets); 0 for anything else."""
    value = without_grade(cells[col].strip()) if col < len(cells) else ""
    # isdecimal, not isdigit: "²" is a digit that int() refuses
    return int(value) if value.isdecimal() and len(value) <= POSITION_DIGITS else 0


# "3" numbers an action in its recommendation; "10234" or a 16-digit task ID is an ID
# (a plan does not hold a thousand actions under one recommendation).
POSITION_DIGITS = 3


def _restart_in_each_group(numbers: list[list[int]]) -> bool:
    """Every row numbered, rising within each group, some group of two rows at least,
    and each group starting below where the one before ended."""
    if not all(n > 0 for ns in numbers for n in ns) or max(map(len, numbers)) < 2:
        return False
    rising = all(a < b for ns in numbers for a, b in zip(ns, ns[1:], strict=False))
    starts_again = all(
        later[0] <= earlier[-1] for earlier, later in zip(numbers, numbers[1:], strict=False)
    )
    return rising and starts_again


def _numbered_under(value: str, rec_ref: str) -> bool:
    """ "1.6" under recommendation 1, "MD1.2" under MD1, "1.1.3" under 1.1, "1A" under 1."""
    tail = value.removeprefix(f"{rec_ref}.")
    if tail != value:
        return len(value) <= 14 and tail.replace(".", "").isalnum()
    # A letter straight after a number ("1A", "2b"): the plan's own sub-numbering.
    suffix = value.removeprefix(rec_ref)
    return rec_ref[-1:].isdigit() and suffix != value and 1 <= len(suffix) <= 2 and suffix.isalpha()


def _parent_links(data: list[Line], assignment: Assignment, headers: list[str]) -> None:
    """A task tool's export: a column of per-row IDs ("ACC-4", "ACC-5" …) beside a column
    of IDs of the same form running in blocks ("ACC-1" over four rows, then "ACC-2")
    links each item to its parent (Jira's epic, a parent task): the parent is the
    recommendation and its ID the recommendation's ref, the per-row IDs the actions'
    refs, whatever the headers say; another column of per-row IDs (Jira's internal
    number) is then a field."""
    if assignment.column("recommendation_ref") is not None or len(data) < 2:
        return
    columns = {c: [line.cells[c] for line in data] for c in range(len(headers))}
    ids = [c for c, v in columns.items() if _one_id_per_row(v)]
    for col, values in columns.items():
        if assignment.roles.get(col, "extra") != "extra" or not _ids_in_blocks(values):
            continue
        forms = {_id_form(v) for v in values if v}
        own = next((c for c in ids if {_id_form(v) for v in columns[c]} == forms), None)
        if own is None or assignment.roles.get(own, "extra") not in ("extra", "ref"):
            continue
        _link(assignment, headers, own, col)
        return


def _parent_rows(located: Located, assignment: Assignment) -> dict[str, Line]:
    """A task tool's export holding the parents themselves: a column of IDs each naming
    another row's ID ("ACC-1", an epic's key, on its stories' rows) makes the rows it
    names the recommendations, not actions, in whatever order the export lists them.
    Returns the named rows by their ID."""
    data = located.of_kind("data")
    if assignment.column("recommendation_ref") is not None or located.of_kind("banner"):
        return {}
    if not any(_PARENT_HEADER.search(h) for h in located.headers):
        return {}  # only a header naming a parent links rows to their parents
    columns = {c: [line.cells[c] for line in data] for c in range(len(located.headers))}
    for own in (c for c, v in columns.items() if _one_id_per_row(v)):
        if assignment.roles.get(own, "extra") not in ("extra", "ref"):
            continue
        row_of = dict(zip(columns[own], data, strict=True))
        for col, values in columns.items():
            free = col != own and assignment.roles.get(col, "extra") == "extra"
            if free and _names_parent_rows(values, col, row_of, located.headers[col]):
                _link(assignment, located.headers, own, col)
                assignment.evidence[col] = (
                    f"IDs of rows of {located.headers[own]!r}: each action's parent row"
                )
                return {v: row_of[v] for v in values if v}
    return _parent_rows_named(located.headers, data, columns, assignment)


def _parent_rows_named(
    headers: list[str], data: list[Line], columns: dict[int, list[str]], assignment: Assignment
) -> dict[str, Line]:
    """A task tool's subtasks naming their parent by its NAME (Asana's "Parent task":
    "Improve the quality of assessments", the parent's row in the export too): a column
    whose every value is another row's wording, in a column worded anew on every row,
    makes the rows it names the recommendations. The named column is then the actions'
    wording and the naming one each action's recommendation. Returns the rows by name."""
    if assignment.column("recommendation") is not None:
        return {}
    free = [c for c in columns if assignment.roles.get(c, "extra") in ("extra", "action")]
    for named in (c for c in free if _one_name_per_row(columns[c])):
        row_of = dict(zip(columns[named], data, strict=True))
        for col in (c for c in free if c != named):
            if _names_parent_rows(columns[col], col, row_of, headers[col]):
                assignment.roles[named] = "action"
                assignment.evidence[named] = f"the names {headers[col]!r} gives each parent"
                assignment.roles[col] = "recommendation"
                assignment.evidence[col] = (
                    f"names of rows of {headers[named]!r}: each action's parent row"
                )
                return {v: row_of[v] for v in columns[col] if v}
    return {}


def _one_name_per_row(values: list[str]) -> bool:
    """Words on every row, each row's own: a task's name, not a code."""
    return all(" " in v for v in values) and len(set(values)) == len(values)


def _folder_rows(located: Located, assignment: Assignment) -> dict[str, Line]:
    """A list kept in folders (a SharePoint list's export): each folder a row of its
    own, its name in the action column ("MD1 – Sepsis screening"), and each item's path
    in the recommendation column ending with its folder's name. The folder rows are
    their recommendations' own rows, no actions. Returns them by the folder's name."""
    rec, action = assignment.column("recommendation"), assignment.column("action")
    if rec is None or action is None:
        return {}
    data = located.of_kind("data")
    steps = {last_step(c) for line in data if is_breadcrumb(c := line.cells[rec])}
    return {line.cells[action]: line for line in data if line.cells[action] in steps}


def _described_by_folder_rows(
    groups: list[Group], folders: dict[str, Line], headers: list[str]
) -> None:
    """A folder row's cells (its kind, its own path, when it was modified) are its
    recommendation's fields; its name is the recommendation's heading already."""
    for g in groups:
        name = last_step(g.fields.get("Heading", ""))
        line = folders.get(name)
        for col, cell in enumerate(line.cells if line is not None else []):
            if cell and cell != name:
                g.fields.setdefault(headers[col] or f"Column {col + 1}", cell)


def _ungrouped_task_rows(located: Located, assignment: Assignment) -> list[Line]:
    """The data rows, when they may hold a task tool's parent rows: an action column, no
    recommendation column nor heading row grouping the plan, three rows at least."""
    action = assignment.column("action")
    grouped = assignment.column("recommendation") is not None or (
        assignment.column("recommendation_ref") is not None
    )
    data = located.of_kind("data")
    if action is None or grouped or located.of_kind("banner") or len(data) < 3:
        return []
    return data


def _parents_of_indented_rows(located: Located, assignment: Assignment) -> list[Line]:
    """A hierarchy kept as the action cell's indent (Excel's cell indent, as Smartsheet or
    Project export a sheet's parent and child rows): a row at the outer level followed by
    rows indented deeper is their parent, a recommendation; two parents at least, the
    first row one of them, and no column or heading row grouping the plan otherwise."""
    data = _ungrouped_task_rows(located, assignment)
    action = assignment.column("action")
    if not data or action is None:
        return []
    levels = [line.indents.get(action, 0) for line in data]
    outer = min(levels)
    parents = [
        line
        for line, level, below in zip(data, levels, levels[1:], strict=False)
        if level == outer and below > outer
    ]
    if len(parents) < 2 or parents[0] is not data[0]:
        return []
    return parents


def _parents_named_as_headings(located: Located, assignment: Assignment) -> list[Line]:
    """A task tool's summary rows whose indent a resave lost, named as headings: the first
    row's task is one label and a number ("Recommendation 1 – Put a plan in place"), the
    label recurs with rising numbers ("Recommendation 2 – …"), each such row followed by
    rows that are not, and none has a lead or status of its own (a summary row carries
    only rolled-up dates, duration and % complete). They are the recommendations."""
    data = _ungrouped_task_rows(located, assignment)
    action = assignment.column("action")
    if not data or action is None:
        return []
    found = [split_labelled_heading(line.cells[action]) for line in data]
    first = found[0]
    if first is None or first[0] not in labels_that_rise(found):
        return []
    heads = [f is not None and f[0] == first[0] and bool(f[2]) for f in found]
    if heads[-1] or any(a and b for a, b in pairwise(heads)):
        return []  # every heading heads rows of its own
    parents = [line for line, head in zip(data, heads, strict=True) if head]
    own = [c for role in ("lead", "status") if (c := assignment.column(role)) is not None]
    if any(line.cells[c] for line in parents for c in own):
        return []
    return parents


def _parent_labels(parents: list[Line], assignment: Assignment) -> frozenset[str]:
    """The label naming these parent rows ("recommendation" of "Recommendation 1 – …")."""
    action = assignment.column("action")
    cells = [line.cells[action] if action is not None else "" for line in parents]
    return frozenset(found[0] for c in cells if (found := split_labelled_heading(c)))


def _outline_parent_rows(located: Located, assignment: Assignment) -> dict[str, Line]:
    """A work breakdown's outline numbers ("1", "1.1", "1.2", "2", "2.1", Microsoft
    Project's WBS) on every row: the rows others are numbered under are the summary
    tasks, the recommendations; the rest, each numbered under a row above it, are the
    actions, and the outline number is their ref (a row counter beside it is a field).
    Returns the summary rows by their number."""
    data = located.of_kind("data")
    if located.of_kind("banner") or len(data) < 3:
        return {}
    for col in range(len(located.headers)):
        values = [line.cells[col] for line in data]
        parents = _outline_parents(values)
        if not parents or assignment.roles.get(col, "extra") not in ("extra", "ref"):
            continue
        if not _rec_refs_agree(data, assignment, values):
            return {}
        _outline_is_the_ref(assignment, located.headers, col)
        return {v: line for v, line in zip(values, data, strict=True) if v in parents}
    return {}


def _outline_parents(values: list[str]) -> set[str]:
    """The numbers other rows are numbered under, when every value is a distinct outline
    number, each row's parent comes before it and every row without children is dotted;
    empty otherwise. A row heading others needs no row of its own above it: objectives
    "QS1.1" over their milestones "QS1.1.1", "QS1.1.2" head them with no "QS1" row (the
    first part alone groups only where no such rows are written)."""
    if not all(_OUTLINE.match(v) for v in values) or len(set(values)) != len(values):
        return set()
    seen: set[str] = set()
    parents: set[str] = set()
    unplaced: set[str] = set()  # rows whose parent has no row above them
    for value in values:
        parent = value.rpartition(".")[0]
        if parent and parent not in seen:
            unplaced.add(value)
        elif parent:
            parents.add(parent)
        seen.add(value)
    leaves = [v for v in values if v not in parents]
    if len(parents) < 2 or not all("." in v for v in leaves) or unplaced - parents:
        return set()
    return parents


def _rec_refs_agree(data: list[Line], assignment: Assignment, outline: list[str]) -> bool:
    """A recommendation ref column beside the outline: True when there is none, or none
    that groups the rows otherwise. One that is each row's outline parent already groups
    the plan (False); one of other numbers ("Predecessors": the rows a task waits for,
    taken for block refs) is a field."""
    col = assignment.column("recommendation_ref")
    if col is None:
        return True
    values = [line.cells[col] for line in data]
    if all(not v or v == o.rpartition(".")[0] for v, o in zip(values, outline, strict=True)):
        return False
    assignment.roles[col] = "extra"
    assignment.evidence[col] = "not the outline's parents: a field"
    return True


def _outline_is_the_ref(assignment: Assignment, headers: list[str], col: int) -> None:
    replaced = assignment.column("ref")
    if replaced is not None and replaced != col:
        assignment.roles[replaced] = "extra"
        assignment.evidence[replaced] = f"a row counter beside the outline {headers[col]!r}"
    assignment.roles[col] = "ref"
    assignment.evidence[col] = "outline numbers: summary rows head the rows numbered under them"


# An outline number of a work breakdown: "1", "1.1", "2.3.1", or of a programme's
# objectives and milestones under its letters, "QS1.1", "QS1.1.1".
_OUTLINE = re.compile(r"^(?:[A-Z]{1,4})?\d{1,3}(?:\.\d{1,3})*$")


# A task tool's word for the row an item sits under: "Parent", "Parent task", "Epic
# Link", "Summary task". A column naming other rows under any other header ("Depends
# on", "Linked to", "Blocks") links peers, not an item to its parent.
_PARENT_HEADER = re.compile(r"\b(?:parent|epic|summary task)\b", re.IGNORECASE)


def _names_parent_rows(values: list[str], col: int, row_of: dict[str, Line], header: str) -> bool:
    """Every value names a row that has no parent of its own (two levels only), and most
    other rows name one, under a header that says parent: links to parents, not a
    dependency here and there ("Blocks") nor a column of dependencies ("Depends on")."""
    named = {v for v in values if v}
    linked = sum(1 for v in values if v)
    return (
        bool(_PARENT_HEADER.search(header))
        and bool(named)
        and named <= row_of.keys()
        and linked >= 2
        and linked * 2 >= len(values) - len(named)
        and not any(row_of[v].cells[col] for v in named)
    )


def _children_under_parents(
    lines: list[Line], assignment: Assignment, parents: dict[str, Line]
) -> list[Line]:
    """The data rows grouped under their parents, in the order each parent is first met
    (its own row or a child's); rows with no parent first; the parent rows left out."""
    col = assignment.column("recommendation_ref")
    if col is None:  # subtasks naming their parent by its name
        col = assignment.column("recommendation")
    data = [line for line in lines if line.kind == "data"]
    parent_of_row = {id(line): key for key, line in parents.items()}
    order: dict[str, list[Line]] = {"": []}
    for line in data:
        own = parent_of_row.get(id(line))
        key = own if own is not None else line.cells[col] if col is not None else ""
        order.setdefault(key, [])
        if own is None:
            order[key].append(line)
    first = lines.index(data[0])
    rest = [line for line in lines[first:] if line.kind != "data"]
    return lines[:first] + [line for block in order.values() for line in block] + rest


def _worded_by_parent_rows(
    groups: list[Group], parents: dict[str, Line], assignment: Assignment, headers: list[str]
) -> None:
    """A recommendation made from a parent row: its text is the row's action wording
    (unless a column gave it already) and its other cells are kept as its fields."""
    action, ref = assignment.column("action"), assignment.column("ref")
    for g in groups:
        line = parents.get(g.ref or "")
        if line is None and g.ref is None and (line := parents.get(g.text)) is not None:
            g.ref = line.cells[ref] if ref is not None else None  # named: its own ID
            g.found = f"rows their subtasks name as parent, such as {g.text[:40]!r} ({line.where})"
        if line is None:
            continue
        for col, cell in enumerate(line.cells):
            if not cell or col == ref:
                continue
            if col == action and not g.text:
                g.text = cell
            elif cell != g.text:
                g.fields.setdefault(headers[col] or f"Column {col + 1}", cell)


def _link(assignment: Assignment, headers: list[str], own: int, parent: int) -> None:
    """``own`` holds each action's ID and ``parent`` its recommendation's."""
    replaced = assignment.column("ref")
    if replaced is not None and replaced != own:
        assignment.roles[replaced] = "extra"
        assignment.evidence[replaced] = (
            f"IDs of another kind than the parent links in {headers[parent]!r}: a field"
        )
    assignment.roles[own] = "ref"
    assignment.evidence[own] = "an ID on every row, of the form the parent links take"
    assignment.roles[parent] = "recommendation_ref"
    assignment.evidence[parent] = (
        f"IDs of the same form as {headers[own]!r}, in blocks: each action's parent"
    )


def _id_form(value: str) -> str:
    """ "ACC-4" and "ACC-13" share the form "ACC-0"; a number alone has no letters to share."""
    return re.sub(r"\d+", "0", value.strip())


def _one_id_per_row(values: list[str]) -> bool:
    return all(values) and len(set(values)) == len(values) and all(map(_lettered_id, values))


def _ids_in_blocks(values: list[str]) -> bool:
    """Lettered IDs, filled on every row, each running over one block, fewer than rows."""
    if not all(values) or not all(map(_lettered_id, values)):
        return False
    starts = block_starts(values)
    return 2 <= len(starts) < len(values) and len(set(values)) == len(starts)


def _lettered_id(value: str) -> bool:
    return (
        len(value.split()) == 1
        and any(c.isdigit() for c in value)
        and any(c.isalpha() for c in value)
    )


def _own_ref(text: str) -> bool:
    return split_rec_heading(text)[0] is not None or split_number(text)[0] is not None


def _is_code(value: str) -> bool:
    """ "IN/312801", "1.2", "10.11.12", and a standard's lettered part "GQ1(a)" (an HTA
    standard). A day ("20/03/2026", a report's issue) is when, not what: never a code."""
    bare = _LETTERED_PART.sub("", value)
    coded = len(value) <= 14 and bool(CODE.match(bare)) and any(c.isdigit() for c in bare)
    return coded and (bool(_PARAGRAPH_NUMBER.fullmatch(value)) or not _a_day(value))


# Short figures joined by dots, "10.11.12": a paragraph's number three levels deep. A day
# so written needs more to say it is one: a four-figure year ("17.11.2026"), another
# separator ("17/11/26") or a month's name.
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+")


# A bracketed letter closing a code, the part of a numbered standard: "GQ1(a)", "T1(c)".
_LETTERED_PART = re.compile(r"(?<=\d)\([a-z]\)$")


def _refs_name_their_recommendations(data: list[Line], assignment: Assignment) -> bool:
    """Every action's ref names its recommendation ("R1-A2", "3/2", "Rec 3 Action 2"), in
    blocks that never come back, and the plan gives the blocks no ref of its own (no ref
    column for them; a recommendation column, if any, changing exactly where the refs do
    with no numbers, or numbers that collide: "Condition 1", "Recommendation 1")."""
    ref_col = assignment.column("ref")
    if ref_col is None or assignment.column("recommendation_ref") is not None:
        return False
    named = [recommendation_in_ref(line.cells[ref_col]) or "" for line in data]
    blocks = block_starts(named)
    if not all(named) or not 2 <= len(blocks) == len(set(named)):
        return False
    if _years_of_their_rows(data, ref_col, named):
        return False  # "AAR24/01" beside "2023/24": the report's year, no recommendation
    rec_col = assignment.column("recommendation")
    if rec_col is None:
        return True
    texts = [line.cells[rec_col] for line in data]
    own = [split_rec_heading(texts[i])[0] for i in sorted(blocks)]
    return block_starts(texts) == blocks and (None in own or len(set(own)) < len(own))


# A year as a row writes it: "2024", "31/03/2025", or the end of "2023/24". Two digits
# after a hyphen are not read: "2026-12-07" goes on with its month.
_YEAR = re.compile(r"(?<!\d)(?:19|20)(\d{2})(?!\d)|(?<=\d{4}/)(\d{2})(?![\d/])")
_TWO_DIGITS_CLOSING = re.compile(r"[A-Za-z]*(\d{2})")


def _years_of_their_rows(data: list[Line], ref_col: int, named: list[str]) -> bool:
    """The part of each ref that would name its recommendation ends in two digits that
    a year written on its own row names ("AAR24" beside "Year" 2023/24, "AAR25" beside
    2024/25): IDs filed by the year of the auditor's report, not recommendations, which a
    plan numbers from 1 (R1, MD2, AFI 4) whatever the year."""
    for line, rec in zip(data, named, strict=True):
        number = _TWO_DIGITS_CLOSING.fullmatch(rec)
        others = " ".join(cell for i, cell in enumerate(line.cells) if i != ref_col)
        if number is None or number[1] not in {a or b for a, b in _YEAR.findall(others)}:
            return False
    return True


def _text_named_by_each_block(data: list[Line], assignment: Assignment, headers: list[str]) -> None:
    """With refs that name the blocks and no recommendation column, a column of text
    written once at each block's first row ("Shortcoming identified") is its text."""
    ref_col = assignment.column("ref")
    if ref_col is None or assignment.column("recommendation") is not None:
        return
    blocks = block_starts([recommendation_in_ref(line.cells[ref_col]) or "" for line in data])
    width = len(data[0].cells) if data else 0
    for col in (c for c in range(width) if _may_name_the_group(c, assignment, headers)):
        values = [line.cells[col] for line in data]
        if {i for i, v in enumerate(values) if v} == blocks and _names_each_block(values, blocks):
            assignment.roles[col] = "recommendation"
            assignment.evidence[col] = "text written once where the refs' recommendation changes"
            return


def _text_constant_within_groups(
    data: list[Line], assignment: Assignment, headers: list[str]
) -> None:
    """No recommendation column, but a recommendation ref: a column of text that changes
    exactly where the ref does ("1 | Assessing needs" on every row of block 1, or written
    once on the block's first row, merged) is its text; of several, the longest."""
    ref_col = assignment.column("recommendation_ref")
    if ref_col is None or assignment.column("recommendation") is not None:
        return
    blocks = block_starts([line.cells[ref_col] for line in data])
    if len(blocks) < 2:
        return
    width = len(data[0].cells) if data else 0
    free = [col for col in range(width) if _may_name_the_group(col, assignment, headers)]
    texts = {col: [line.cells[col] for line in data] for col in free}
    found = [(sum(map(len, v)), col) for col, v in texts.items() if _names_each_block(v, blocks)]
    if found:
        col = max(found)[1]
        assignment.roles[col] = "recommendation"
        assignment.evidence[col] = "text that changes exactly where the recommendation ref does"


def _findings_beside_worded_blocks(
    data: list[Line], assignment: Assignment, headers: list[str]
) -> None:
    """A recommendation ref over blocks of rows ("IA25/07" merged down a report's
    findings) beside a text that changes exactly where it does ("Payroll (Limited
    assurance)"): the blocks group the plan, and that text is the recommendation's. A
    recommendation column with a new value on every row inside them ("Finding /
    recommendation") is then a field of each action, whatever its header."""
    ref_col, rec_col = assignment.column("recommendation_ref"), assignment.column("recommendation")
    if ref_col is None or rec_col is None:
        return
    blocks = block_starts([line.cells[ref_col] for line in data])
    findings = [line.cells[rec_col] for line in data]
    if not 2 <= len(blocks) < len(data) or not all(findings) or len(set(findings)) < len(data):
        return
    width = len(data[0].cells)
    free = [col for col in range(width) if _may_name_the_group(col, assignment, headers)]
    if any(_names_each_block([line.cells[col] for line in data], blocks) for col in free):
        assignment.roles[rec_col] = "extra"
        assignment.evidence[rec_col] = (
            "a new value on every row inside the blocks of the recommendation ref,"
            " beside the blocks' own text: a field of each action"
        )


def _report_codes_over_findings(data: list[Line], assignment: Assignment) -> None:
    """A column with no role running in blocks, each block's cell a report's code and title
    ("IA25/04 Payroll (Limited)" merged down its findings, or written on its first row
    only), beside findings with a new value on every row: the reports are the
    recommendations (the code their ref, the title their text). A per-row
    "Recommendation" beside an action column is then a field of each action, as where the
    code has a column of its own (``_findings_beside_worded_blocks``); with no action
    column of its own it stays the actions."""
    rec_col = assignment.column("recommendation")
    findings_col = assignment.column("action") if rec_col is None else rec_col
    if findings_col is None or assignment.column("recommendation_ref") is not None:
        return
    findings = [line.cells[findings_col] for line in data]
    if not all(findings) or len(set(findings)) < len(data):
        return
    col = _report_code_column(data, assignment)
    if col is None:
        return
    assignment.roles[col] = "recommendation"
    assignment.evidence[col] = "a report's code and title over each block of findings"
    if rec_col is not None:
        assignment.roles[rec_col] = "extra"
        assignment.evidence[rec_col] = (
            "a new value on every row inside the blocks of the reports: a field of each action"
        )


def _report_code_column(data: list[Line], assignment: Assignment) -> int | None:
    """The first column with no role running in two blocks or more (fewer than the rows),
    each block's cell a report's code and title ("IA25/04 Payroll (Limited)")."""
    for col in range(len(data[0].cells)):
        if assignment.roles.get(col, "extra") != "extra":
            continue
        values = _column_values(data, col)
        blocks = block_starts(values)
        heads = [values[i] for i in sorted(blocks)]
        if (
            2 <= len(blocks) < len(data)
            and _names_each_block(values, blocks)
            and all(split_report_code(head)[0] for head in heads)
        ):
            return col
    return None


def _may_name_the_group(col: int, assignment: Assignment, headers: list[str]) -> bool:
    """A column with no role, or one its header only hints is a measure ("Contributing
    outcome" in a CAF plan: each block's outcome is what its actions answer); a header
    that names a measure ("Outcome measures", "Success criteria") keeps it one, unless the
    plan numbers its measures ("Measure No." beside "Measure")."""
    role = assignment.roles.get(col, "extra")
    if role == "measure" and col < len(headers):
        return cue_weight(headers[col], "measure") < _NAMES_A_MEASURE or _numbered_by_the_plan(
            col, headers
        )
    return role == "extra"


# "Measure", "Success criteria", "KPI" (5+) name a measure; "Outcome" (2), "Impact" (3) may
# be what the recommendation asks for.
_NAMES_A_MEASURE = 5
# Words a header adds to a noun to head the column numbering it: "Measure No.", "KPI ref"
_NUMBERING_WORDS = frozenset({"no", "number", "num", "nr", "ref", "reference", "#", "id"})


def _numbered_by_the_plan(col: int, headers: list[str]) -> bool:
    """Another column is headed as this one's number ("Measure No." beside "Measure", "KPI
    ref" beside "KPI"): the plan lists these as items of its own, each numbered (a
    strategy's measures 1, 2, 5 as its board approved them), the things its actions
    deliver, not how each action's success is judged, which no plan numbers apart."""
    noun = words(headers[col])
    return bool(noun) and any(
        i != col
        and (named := words(header))[: len(noun)] == noun
        and len(named) > len(noun)
        and set(named[len(noun) :]) <= _NUMBERING_WORDS
        for i, header in enumerate(headers)
    )


def _names_each_block(values: list[str], blocks: frozenset[int], coded: bool = False) -> bool:
    """A new text at each block's first row, repeated down the block or written once. A
    person's name in each ("Dr Paul Ruskin, University of Wexbridge" merged down the
    programme's rows) says who raised or reviewed the block, not what it is about. A
    number or a date names none; with ``coded``, a report's code and year before its
    name ("2025/26-01 Accounts Payable", as a tracker lists its audits) still does."""
    filled = {i for i, v in enumerate(values) if v}
    once = filled == blocks or all(values)
    if not once or block_starts(values) != blocks:
        return False
    if any(v[:1].isdigit() and not (coded and _CODE_THEN_NAME.match(v)) for v in values):
        return False
    return not all_people(values)


# A report's code, figures with "/", "-" or "." in them, then its name in words:
# "2025/26-01 Accounts Payable", "2026-03 Payroll"
_CODE_THEN_NAME = re.compile(r"\d[\d/.\-]*\s+[A-Za-z][A-Za-z'’&]+(?:\s+\S+)*$")


def _repeats(values: list[str], after_headings: set[int]) -> bool:
    """Filled on every row, and some value runs over several rows. A heading row between
    two rows ends a run: "i" under concern 1 and "i" under concern 2 are two actions'
    refs, each numbered under its own heading, not one value merged down a block."""
    if not values or not all(values):
        return False
    pairs = enumerate(zip(values, values[1:], strict=False), 1)
    return any(a == b and i not in after_headings for i, (a, b) in pairs)


# A heading is a line; longer text that opens with a number or a label is a paragraph,
# unless it opens with an inspectorate's label, its number and a colon or dash
# ("Requirement 1: By 31 January 2027, the provider must … (SSI 2011/210)."): the report's
# requirement written out whole, its regulation cited, on a row of its own over its actions
_HEADING_CHARS = 300


def _with_column_labels(headings: Headings, data: list[Line], assignment: Assignment) -> Headings:
    """Labels that head the recommendation column's blocks with rising numbers
    ("Standard 2: Medication", "Standard 4: …" merged down each block) are the plan's
    own sequence too, as on heading rows: the number is the ref, never renumbered."""
    headings = _with_column_lists(headings, data, assignment)
    headings = _with_column_bare_lists(headings, data, assignment)
    labels = _ref_column_labels(data, assignment)
    col = assignment.column("recommendation")
    if col is not None:
        heads = _block_heads([line.cells[col] for line in data if col < len(line.cells)])
        labels |= labels_that_rise(
            split_column_heading(h) for h in heads if len(h) < _HEADING_CHARS
        )
    # the column's labels join the evidence already read, refs naming their blocks too
    return replace(headings, labels=headings.labels | labels) if labels else headings


def _ref_column_labels(data: list[Line], assignment: Assignment) -> frozenset[str]:
    """Labels that the recommendation ref column writes before rising numbers, the label
    and number alone in the cell ("IEA 1", "IEA 2", "IEA 6" for a review's immediate
    and essential actions): the plan's own sequence, its number the ref, as "AFI 4" is."""
    col = assignment.column("recommendation_ref")
    if col is None:
        return frozenset()
    values = [line.cells[col].strip() for line in data if col < len(line.cells)]
    refs = [v for v, before in zip(values, ["", *values], strict=False) if v and v != before]
    found = [f for v in refs if (f := split_labelled_heading(v)) is not None and not f[2]]
    return frozenset(
        label
        for label in labels_that_rise(found)
        if _runs_on_from_one([ref for key, ref, _ in found if key == label])
    )


def _count_of(ref: str) -> int:
    """Where a ref counts from the list's start: "4" 4, "B" 2 ("Area B"), "4a" 4."""
    m = re.match(r"\d+", ref)
    return int(m[0]) if m else ord(ref[:1].upper() or "@") - ord("@")


def _runs_on_from_one(refs: list[str]) -> bool:
    """Numbers counted from 1, no more of them skipped than written ("IEA 1", "IEA 2",
    "IEA 3", "IEA 4", "IEA 6": items with nothing to do left out): the plan's own list.
    Numbers from elsewhere ("Ward 3", "Ward 5", "Ward 7") are names, the label theirs."""
    numbers = sorted({_count_of(ref) for ref in set(refs)})
    if len(numbers) != len(set(refs)) or numbers[0] != 1:
        return False  # "1a", "1b" with "1" count within an item, not the items
    return numbers[-1] - len(numbers) <= len(numbers)


def _with_column_lists(headings: Headings, data: list[Line], assignment: Assignment) -> Headings:
    """Lists counted apart in the recommendation ref column ("R1"–"R3", then "AFI1"–
    "AFI8"), as among heading rows: each list's name stays part of its refs."""
    col = assignment.column("recommendation_ref")
    if col is None:
        return headings
    lists = lists_counted_apart(line.cells[col] for line in data if col < len(line.cells))
    return replace(headings, lists=headings.lists | lists) if lists else headings


def _with_column_bare_lists(
    headings: Headings, data: list[Line], assignment: Assignment
) -> Headings:
    """Lists counted apart in the recommendation column, each code with its words and no
    mark between ("MD1 Ligature risks" … "SD1 Care plans" merged down each block): the
    code is the recommendation's ref, its list's name kept, as on heading rows."""
    col = assignment.column("recommendation")
    if col is None:
        return headings
    heads = _block_heads([line.cells[col] for line in data if col < len(line.cells)])
    bare = bare_lists_counted_apart(h for h in heads if len(h) < _HEADING_CHARS)
    return replace(headings, bare=headings.bare | bare) if bare else headings


def _ref_roles_from_the_rows(
    located: Located,
    data: list[Line],
    assignment: Assignment,
    headings: Headings,
    after: set[int],
    explicit: dict[int, str],
) -> None:
    """The roles of the ref and recommendation columns settled from what the rows and
    banners hold, before parent rows are looked for: which column heads the blocks,
    which ref is the recommendation's and which the action's."""
    rules: list[Callable[[], None]] = [
        lambda: _paragraphs_beside_the_plans_own_numbers(data, assignment, explicit),
        lambda: _named_blocks_over_sparse_codes(data, assignment),
        lambda: _block_text_under_banners_is_a_field(data, assignment, after, explicit),
        lambda: _themes_over_numbered_groups(data, assignment, explicit),
        lambda: _per_row_text_inside_numbered_groups(data, assignment, explicit),
        lambda: _numbered_column_heads_the_blocks(data, assignment, after),
        lambda: _refs_the_wrong_way_round(data, assignment),
        lambda: _rec_refs_numbered_under_banners(
            located.lines, assignment, headings, located.headers
        ),
        lambda: _citations_under_banners(located.lines, assignment, headings),
        lambda: _banners_number_the_actions(located.lines, assignment, headings),
        lambda: _counts_are_no_refs(data, assignment, after),
        lambda: _report_pointers_beside_the_groups_ref(data, assignment, located.headers, explicit),
        lambda: _ref_column_may_be_recommendation_ref(data, assignment, located.headers, after),
        lambda: _codes_changing_with_the_recommendation(data, assignment),
        lambda: _parent_links(data, assignment, located.headers),
    ]
    mapped = _MapKept(assignment, explicit)
    for rule in rules:  # in this order: each reads the roles the ones before settled
        mapped.run(rule, None)


# A standard's or report's paragraph, dotted, and its words: "3.2.1 Access plan"
_PARAGRAPH_AND_WORDS = re.compile(r"\d+(?:\.\d+)+\s+[^\W\d]")


def _points_into_a_standard(data: list[Line], col: int, assignment: Assignment) -> bool:
    """Every cell of ``col`` a paragraph number, dotted, and its words ("4.2 Board
    oversight", again on each row that answers it), beside a ref column of plain numbers
    new on every row (1, 2, 3 …): the plan numbers its own rows, and the paragraphs point
    into the standard it answers."""
    ref = assignment.column("ref")
    if ref is None or ref == col or len(data) < 2:
        return False
    numbers = _column_values(data, ref)
    if not all(n.isdigit() for n in numbers) or len(set(numbers)) != len(numbers):
        return False
    return all(_PARAGRAPH_AND_WORDS.match(v) for v in _column_values(data, col))


def _paragraphs_beside_the_plans_own_numbers(
    data: list[Line], assignment: Assignment, explicit: dict[int, str]
) -> None:
    """A recommendation column of a standard's paragraphs and words beside the plan's own
    numbers (``_points_into_a_standard``) is a field of each action, never a grouping nor
    a ref; another's action beside the plan's own ("Panel action" beside "Our action")
    is then what each row answers, the recommendation's wording."""
    col = assignment.column("recommendation")
    if col is None or col in explicit or not _points_into_a_standard(data, col, assignment):
        return
    assignment.roles[col] = "extra"
    assignment.evidence[col] = (
        "a standard's paragraph and its words on every row, beside the plan's own numbers:"
        " a pointer into the standard, a field of each action"
    )
    action, headers = assignment.column("action"), data[0].headers
    if action is None or not headed_as_own_action(headers[action]):
        return  # no action headed as the plan's own: nothing else asked of it
    for other in range(len(data[0].cells)):
        if other in explicit or assignment.roles.get(other, "extra") != "extra" or other == col:
            continue
        values = _column_values(data, other)
        if headed_as_anothers_action(headers[other]) and _new_on_every_row(values):
            assignment.roles[other] = "recommendation"
            assignment.evidence[other] = (
                f"header {headers[other]!r}, another's action beside the plan's own: what"
                " each row answers, the recommendation's wording"
            )
            return


def _new_on_every_row(values: list[str]) -> bool:
    return all(values) and len(set(values)) == len(values)


def _rows_after_headings(lines: list[Line], headings: Headings) -> set[int]:
    """The data rows (counted among the data rows) just below a recommendation heading."""
    out: set[int] = set()
    data, heading = 0, False
    for line in lines:
        if line.kind == "banner":
            heading = heading or heading_of(line, headings) is not None
        elif line.kind == "data":
            if heading:
                out.add(data)
            data, heading = data + 1, False
    return out


def _sparse(values: list[str]) -> bool:
    filled = sum(1 for v in values if v)
    return 1 <= filled <= len(values) // 2 and bool(values[0])


def _code_heading(line: Line) -> tuple[str, str] | None:
    """The code and text of a heading row: "1. Leadership", or "1" | "Leadership"."""
    m = CODE_HEADING.match(line.text)
    return (m["ref"], m["rest"].strip()) if m else cell_code_heading(line.cells)


def _headings(lines: list[Line]) -> Headings:
    """Banners that recur with a code sequence ("1. …", "2. …") are headings; so are
    banners of one label with rising numbers ("Indicator 2 –", "Indicator 5 –")."""
    banners = [line for line in lines if line.kind == "banner"]
    coded = sum(1 for line in banners if _coded(line)) >= 2
    short = [line for line in banners if len(line.text) < _HEADING_CHARS]
    lists = lists_counted_apart(line.text for line in short)
    labels = labels_that_rise(map(_labelled_banner, short))
    echoed = _codes_echoed_beneath(lines)
    bare = bare_codes_that_rise(line.text for line in short)
    numbered = _bare_numbers_over_their_codes(lines)
    table = (line.cells for line in lines if line.kind in ("banner", "data"))
    return Headings(
        coded,
        labels,
        lists=lists,
        echoed=echoed,
        bare=bare,
        numbered=numbered,
        lettered=letters_over_their_codes(table),
        named=names_over_lettered_ids(lines),
    )


# A banner opened by a short code of any form and a mark: "W1 – Leadership", "UoR – Use of
# resources", "EoL: End of life care"
_SHORT_CODE_BANNER = re.compile(
    r"^\s*(?P<ref>[^\W_][\w.&/]{0,7})\s*[:\-–—]\s+(?P<rest>\S.*)$", re.DOTALL
)


def _codes_echoed_beneath(lines: list[Line]) -> frozenset[str]:
    """Banners each opened by a short code ("W1 – Leadership …", "W3 – Culture", "UoR –
    Use of resources") whose code fills one column on every row beneath, to the next
    banner, that column changing exactly where the banners do ('Domain' W1, W1, W3 …
    UoR): the plan's grouping written twice, so each banner heads a recommendation even
    where its code breaks the others' sequence. The codes so confirmed; none else."""
    blocks = _banner_blocks(lines, _SHORT_CODE_BANNER)
    codes = [code for code, _ in blocks]
    if len(blocks) < 2 or not all(codes) or len(set(codes)) < len(codes):
        return frozenset()
    width = min(len(row.cells) for _, rows in blocks for row in rows)
    for col in range(width):
        if all(row.cells[col] == code for code, rows in blocks for row in rows):
            return frozenset(codes)
    return frozenset()


def _bare_numbers_over_their_codes(lines: list[Line]) -> frozenset[str]:
    """Banners each a bare number and words, no mark between ("1 Risk of Harm to Others –
    substantial improvement required", then "2 Likelihood of Re Offending – …"), the
    numbers rising, over rows whose codes in one column are numbered under the banner's
    number ("1.1", "1.2" under 1): as a column's bare number is read so beside its codes
    (``_bare_number_heading``). The numbers so confirmed; none else."""
    blocks = _banner_blocks(lines, BARE_NUMBER_HEADING)
    numbers = [number for number, _ in blocks]
    if len(blocks) < 2 or not all(numbers) or not rises(numbers):
        return frozenset()
    width = min(len(row.cells) for _, rows in blocks for row in rows)
    for col in range(width):
        if all(_numbered_under(row.cells[col], n) for n, rows in blocks for row in rows):
            return frozenset(numbers)
    return frozenset()


def _banner_blocks(lines: list[Line], opening: re.Pattern[str]) -> list[tuple[str, list[Line]]]:
    """Each banner with data rows beneath it, to the next banner: the ref ``opening``
    reads at its start ("" where it reads none), and those rows."""
    blocks: list[tuple[str, list[Line]]] = []
    for line in lines:
        if line.kind == "banner":
            m = opening.match(line.text)
            blocks.append((m["ref"] if m else "", []))
        elif line.kind == "data" and blocks:
            blocks[-1][1].append(line)
    return [(ref, rows) for ref, rows in blocks if rows]


def _labelled_banner(line: Line) -> tuple[str, str, str] | None:
    """(label, ref, text) of a banner that opens with a label and a number, in one cell
    or two ("Indicator 2 – …", "Improvement 1" | "Leaders should …")."""
    return split_labelled_heading(line.text) or split_labelled_cells(line.cells)


# The ref ``heading_of`` gives a banner that names its group with no number of its own
NAMED = ""


def heading_of(line: Line, headings: Headings) -> tuple[str, str] | None:
    """(ref, text) of a banner that heads a recommendation in this plan, else None; the
    ref ``NAMED`` for a heading that names its group and numbers it not."""
    text = line.text
    if len(text) >= _HEADING_CHARS and split_labelled_opening(text) is None:
        return None
    if (listed := split_listed_heading(text, headings.lists)) is not None:
        return listed
    ref, rest = split_rec_heading(text)
    if ref is None and headings.coded and _coded(line):
        ref, rest = _code_heading(line) or (None, text)
    if ref is None and (echoed := _SHORT_CODE_BANNER.match(text)) is not None:
        if echoed["ref"] in headings.echoed:
            ref, rest = echoed["ref"], echoed["rest"].strip()
    if ref is None and (bare := split_bare_code_heading(text, headings.bare)) is not None:
        ref, rest = bare
    if ref is None and (m := BARE_NUMBER_HEADING.match(text)) and m["ref"] in headings.numbered:
        ref, rest = m["ref"], m["rest"].strip()
    if ref is None and (lettered := letter_heading(line.cells)) is not None:
        if lettered[0] in headings.lettered:
            ref, rest = lettered
    if ref is None and (labelled := _labelled_banner(line)) is not None:
        label, labelled_ref, labelled_rest = labelled
        if label in headings.labels:
            # "Year one" with nothing after its number: the heading is all the plan
            # says of the block, so it is the text as written, never left blank
            ref, rest = labelled_ref, labelled_rest or text.strip()
    if ref is None:  # "The Council should … (Recommendation 1)": the number closes it
        ref, rest = split_trailing_rec_ref(text)
    if ref is None and text in headings.named:
        return NAMED, text  # numbered in order with the rest: the plan gave it no number
    if ref is None:
        return None
    # "1: PAC recommendation: The Department should …": the label names the wording
    return ref, without_naming_label(rest)[1]


def _coded(line: Line) -> bool:
    return _code_heading(line) is not None and len(line.text) < _HEADING_CHARS


# Roles a row never takes from the row above; a revised deadline is set action by action,
# carried only with the due date it revises (``carried_columns``)
_NEVER_CARRIED = frozenset(
    {"recommendation", "recommendation_ref", "action", "update", "revised_due"}
)


def carried_columns(data: list[Line], roles: dict[int, str]) -> dict[int, str]:
    """Columns written once per group (merged cells): "group" or "ref" level.

    A column whose values appear only on rows that start a recommendation
    belongs to the group; only on rows that start a numbered item, to that
    item. Updates are never spread: one note is not several actions' news.
    """
    starts = {kind: _filled_flags(data, roles, kind) for kind in ("recommendation", "ref")}
    rec_ref = _filled_flags(data, roles, "recommendation_ref")
    if not starts["recommendation"] and rec_ref:
        starts["recommendation"] = rec_ref
    fill: dict[int, str] = {}
    width = max((len(line.cells) for line in data), default=0)
    for col in range(width):
        if roles.get(col) in _NEVER_CARRIED:  # a blank revised date is no revision
            continue
        rows = [i for i, line in enumerate(data) if line.cells[col]]
        for kind, level in (("recommendation", "group"), ("ref", "ref")):
            flags = starts[kind]
            if flags and len(rows) >= 2 and not all(flags) and all(flags[i] for i in rows):
                fill[col] = level
                break
    due, revised = column_of(roles, "due"), column_of(roles, "revised_due")
    if due in fill and revised is not None:  # revised on the row whose due is carried
        fill[revised] = fill[due]
    return fill


def _filled_flags(data: list[Line], roles: dict[int, str], kind: str) -> list[bool]:
    """Which rows start a block: their cell of ``kind`` written there, not a merged
    range's copy of the one above (the block started above it)."""
    col = column_of(roles, kind)
    if col is None:
        return []
    return [bool(line.cells[col]) and col not in line.carried for line in data]


# ---------------------------------------------------------------------- walk
PASSED_OVER = "Paragraphs above"  # lines between tables that headed no row
REPLY_LEAD_IN = "Response"  # the lines over a reply's numbered steps ("Agreed.")


def _next_step(label: str, themes: dict[str, str]) -> str:
    """ "Milestone 3" for an unnumbered "Milestone:" under an action holding two steps so
    labelled already, in whatever case ("Milestone 1", "MILESTONE 2"): the next number
    no step of the action has taken ("Milestone 2:" written, then "Milestone:" → 3)."""
    taken = {name.casefold() for name in themes}
    number = 1 + sum(1 for name in taken if name.startswith(label.casefold()))
    while f"{label} {number}".casefold() in taken:
        number += 1
    return f"{label} {number}"


def _labelled_cells(line: Line, skip: int) -> list[str]:
    """The row's filled cells but ``skip``'s, each after its header: "Target: P6 2026/27"."""
    cells = enumerate(zip_longest(line.headers, line.cells, fillvalue=""))
    return [f"{head}: {c}" if head else c for col, (head, c) in cells if c and col != skip]


# The columns beside which a reply's numbered steps are no actions of their own: a people
# or deadline column gives the owner and time the steps' brackets would (asked of every row)
_NO_STEPS_BESIDE = frozenset({"due", "revised_due", *PEOPLE_ROLES})


class _Walker:
    """Walks the typed rows once, keeping the recommendation and themes in force."""

    def __init__(self, assignment: Assignment, fill: dict[int, str], headings: Headings) -> None:
        self.cols = {role: assignment.column(role) for role in set(assignment.roles.values())}
        self.update_cols = {col for col, role in assignment.roles.items() if role == "update"}
        self.fill = fill
        self.headings = headings
        self.groups: list[Group] = []
        self.themes: dict[str, str] = {}
        # Themes set since the last row, and those set inside the recommendation in force:
        # a caption above a heading heads the headings under it, one below a heading
        # only that recommendation's actions.
        self.unplaced: set[str] = set()
        self.inside: set[str] = set()
        # captions over a recommendation carried on into them ("Housing services" over
        # "Recommendation 3 (continued): …"): sections, in force after that recommendation
        self.over_continued: set[str] = set()
        self.pending_label: str | None = None
        self.captions: dict[int, str] = {}  # a block's captions, column by column
        self.carried: dict[int, str] = {}
        self.rec_raw: str | None = None
        self.from_title: set[str] = set()
        self.passed_over: list[str] = []  # paragraphs that headed no row, for the next
        # a section over the headings that the paragraph under one replaced: in force over
        # each heading after it, until a section is set over another heading
        self.section_over = ""
        # the columns dating the update columns' notes, by the table's headers: asked of
        # every row, the same for every row under one header
        self.dating: dict[tuple[str, ...], set[int]] = {}

    def seed_themes(self, title_rows: list[str], banner_labels: frozenset[str]) -> None:
        """Title rows of "Label: value" form are themes too, like the same banners later;
        not a caption whose value only names the document ("Section 29A Warning Notice –
        Emergency Department: action plan"): that row is the title, kept as such. A
        label that banners among the rows set again is theirs: its first section's."""
        header_block = email_header_lines(title_rows)  # the message's, not the plan's
        for text in title_rows:
            pair = None if text in header_block else label_value(text)
            if pair is not None and not names_the_document(pair[1]) and not _says(pair[0]):
                self.themes[pair[0]] = pair[1]
                if folded(pair[0]) not in banner_labels:
                    self.from_title.add(pair[0])

    def cell(self, cells: list[str], role: str) -> str:
        col = self.cols.get(role)
        return cells[col] if col is not None and col < len(cells) else ""

    # ------------------------------------------------------------ banners
    def banner(self, line: Line) -> None:
        if self._banner_of_labelled_cells(line):
            return
        text = without_list_marks(line.text)  # "• Leaders should …": a list's mark, no word
        if self._carries_on(text):
            self.groups[-1].fields["Heading (continued)"] = text
            self.over_continued |= self.unplaced
            return
        if (heading := heading_of(line, self.headings)) is not None:
            self._heading_row(line, text, *heading)
        else:
            self._banner_words(line, text)

    def _banner_of_labelled_cells(self, line: Line) -> bool:
        """A banner row read cell by cell: captions opening a block, a heading with its
        labelled cells or its rating, labelled cells alone. Whether it was one."""
        if line.opens_block and self._block_opened_by_captions(line):
            return True
        if heading_with_labelled_cells(line.cells):
            self._heading_and_its_labelled_cells(line)
        elif heading_with_a_rating(line.cells):
            self._heading_and_its_rating(line)
        elif labelled_cells(line.cells):
            for pair in filter(None, map(label_value, line.cells)):
                self._theme(*pair)
        else:
            return False
        return True

    def _heading_row(self, line: Line, text: str, ref: str, rest: str) -> None:
        """A heading row ("Objective 2. Staff training:"): a new group, its ref and text."""
        if self._words_of_the_bare_banner_above(ref, rest):
            return
        # "Objective 2. Staff training:": the colon leads to the rows, no word of it
        rest, lead = _bracketed_lead(rest.removesuffix(":").rstrip())
        kind = "heading rows" if ref != NAMED else "banners naming the IDs' letters under them"
        found = f"{kind}, such as {text[:40]!r} ({line.where})"
        # a short tail in small letters carries the heading on ("… - for immediate
        # improvement"): the paragraph under it is the text; a title ("Enhanced
        # Safety") is the text itself, the paragraph under it said of its block
        titled = rest != text and rest[:1].isupper()  # words of its own, no bare label
        # a named heading's words are all its name, never a tail for a paragraph to
        # replace, and its text as written: no "Heading" field to say them again
        short = len(rest) < 40 and not titled and ref != NAMED
        fields = {"Heading": text} if ref != NAMED else {}
        self._new(Group(ref=ref or None, text=rest, fields=fields, from_banner=True,
                        found=found, short_heading=short, where=line.where,
                        named=ref == NAMED))  # fmt: skip
        self.carried.clear()
        if lead is not None:
            self._theme(*lead)  # leads each action under it, as a line above them does

    def _banner_words(self, line: Line, text: str) -> None:
        """A banner that is no heading: a label and the value under it, the text of the
        group a bare heading opened, labelled values, or a section's words."""
        if self.pending_label:
            self._put(self.pending_label.rstrip(":").strip(), text)
            self.pending_label = None
        elif is_label(text):
            self.pending_label = text
        elif self._banner_group_without_text() and not self._caption_under_heading(text):
            self.groups[-1].text = text
            self.groups[-1].short_heading = False
        elif (pairs := label_values(text)) and not self._heads_its_table(line):
            for pair in pairs:
                self._theme(*pair)
            self.carried.clear()
        else:  # a paragraph heading its table is a section however worded ("PEEL …: …")
            self._keep_section_passed_over()
            self._keep_section_over_headings()
            self._theme("Section", text)
            self.carried.clear()

    def _keep_section_passed_over(self) -> None:
        """Paragraphs in a run between two tables ("• Brought compliance data …" over "•
        Started reporting …" over the table) each head no row but the last: the others'
        words are kept, a field of the next action, not overwritten."""
        if "Section" in self.unplaced and (before := self.themes.get("Section")):
            self.passed_over.append(before)

    def _keep_section_over_headings(self) -> None:
        """A section set above a heading heads the headings under it ("Areas for
        improvement" over "Area for improvement 1: …", "… 2: …"); the paragraph right under
        that heading ("This is to ensure …") is a section of its own actions and replaces
        it. The words replaced are kept: the "Section" of that recommendation and of each
        after it, until a section is set over another heading."""
        last = self.groups[-1] if self.groups else None
        over = self.themes.get("Section")
        if last is None or not last.from_banner or last.rows or not over:
            return
        if "Section" not in self.unplaced:  # set before the heading, not under it
            self.section_over = last.section_over = over

    def _words_of_the_bare_banner_above(self, ref: str, rest: str) -> bool:
        """ "1 - Improve pupils' progress …, by teachers:" right under a banner of a label
        and its number alone ("Section 1"): the area's words, under the same number, so
        one recommendation, ref 1, these its words; the banner stays its "Heading"."""
        last = self.groups[-1] if self.groups else None
        if last is None or not last.from_banner or last.rows or set(last.fields) != {"Heading"}:
            return False
        bare = split_labelled_heading(last.fields["Heading"])
        if bare is None or bare[2] or bare[1] != ref or last.ref != ref:
            return False
        if not rest or _is_bare_banner(rest) or rest == last.text:
            return False
        last.text, last.short_heading = rest, len(rest) < 40
        return True

    def _block_opened_by_captions(self, line: Line) -> bool:
        """A block's captions ("Area for improvement:" | "Background information:") name
        the values under them ("Ref No. E1" | the background): a recommendation, its ref
        the code a ref's label gives ("E1"), its fields the values by their captions,
        its wording the row after them."""
        if captions := caption_cells(line.cells):
            self.captions = captions
            return True
        if not self.captions:
            return False
        captions, self.captions = self.captions, {}
        values = [(captions.get(j, f"Column {j + 1}"), v) for j, v in enumerate(line.cells) if v]
        ref = next((r for _, v in values if (r := ref_cell(v)) is not None), None)
        found = f"blocks opened by captions, such as {' | '.join(captions.values())!r}"
        self._new(Group(ref=ref, text="", fields=dict(values), from_banner=True,
                        found=f"{found} ({line.where})", captioned=True))  # fmt: skip
        self.carried.clear()
        return True

    def parent(self, line: Line) -> None:
        """A parent row over indented rows heads them: its action cell is the
        recommendation's text, its other cells (owner, rolled-up dates) its fields."""
        action = self.cols.get("action")
        text = self.cell(line.cells, "action")
        # the parent row's own ID (a tree query's Epic, "40112") is the recommendation's ref
        own = self.cell(line.cells, "ref") or None
        own_col = self.cols.get("ref") if own else None
        cells = enumerate(zip_longest(line.headers, line.cells, fillvalue=""))
        fields = {
            head or f"Column {c + 1}": v
            for c, (head, v) in cells
            if v and c not in (action, own_col)
        }
        found = f"parent rows over indented rows, such as {text[:40]!r} ({line.where})"
        labelled = split_labelled_heading(text)
        if labelled is not None and labelled[0] in self.headings.labels and labelled[2]:
            fields["Heading"] = text  # "Recommendation 1 – …": the plan's number, its words
            found = f"parent rows named as headings, such as {text[:40]!r} ({line.where})"
            self._new(Group(ref=labelled[1], text=labelled[2], fields=fields, found=found))
        else:
            self._new(Group(ref=own, text=text, fields=fields, found=found))
        self.carried.clear()

    def _carries_on(self, text: str) -> bool:
        """ "Improvement priority 2 (continued)" under priority 2's heading: the banner
        repeated over a page break carries on the same recommendation, no new one."""
        m = _CONTINUED.match(text)
        last = self.groups[-1] if self.groups else None
        if last is None or not last.from_banner:
            return False
        before = last.fields.get("Heading", "")
        if m is None:
            # "Recommendation 3 (continued): its words", the words as the heading's own
            inside = _CONTINUED_BEFORE_WORDS.match(text)
            return inside is not None and " ".join(before.split()) == " ".join(
                f"{inside['head']}{inside['words']}".split()
            )
        return before == m["head"] or before.startswith((f"{m['head']} ", f"{m['head']}:"))

    def _heading_and_its_labelled_cells(self, line: Line) -> None:
        """The heading heads its actions; "Owner: …", "Target date: …" beside it are said
        of each of them, as a labelled line above the actions is."""
        head, *labelled = [c for c in line.cells if c]
        self.banner(replace(line, cells=[head]))
        for pair in filter(None, map(label_value, labelled)):
            self._theme(*pair)

    def _heading_and_its_rating(self, line: Line) -> None:
        """The heading heads its actions; the rating beside it is the recommendation's
        as a whole (each action keeps its own), kept as a field of the recommendation
        under its column's header."""
        (head_col, head), (col, rating) = [(c, v) for c, v in enumerate(line.cells) if v]
        self.banner(replace(line, cells=[head]))
        if self.groups and self.groups[-1].fields.get("Heading") == head:
            header = line.headers[col] if col < len(line.headers) else ""
            self.groups[-1].fields[header or "Rating"] = rating
        else:  # the heading opened no recommendation: the rating is the section's
            self._theme(line.headers[col] if col < len(line.headers) else "Rating", rating)

    def _heads_its_table(self, line: Line) -> bool:
        """The paragraph over a Word table heads it however worded ("PEEL 2025–2027: …"),
        unless a heading right above it heads the table already: "Finding: …" under "i.
        Record the risks …" is that recommendation's caption."""
        last = self.groups[-1] if self.groups else None
        under_a_heading = last is not None and last.from_banner and not last.rows
        return line.heads_table and not under_a_heading

    def _banner_group_without_text(self) -> bool:
        last = self.groups[-1] if self.groups else None
        return (
            last is not None
            and last.from_banner
            and (not last.text or last.short_heading)
            and not last.rows
            and (last.captioned or not (last.fields.keys() - {"Heading"}))
        )

    def _caption_under_heading(self, text: str) -> bool:
        """ "Theme: Workforce" under "Recommendation 1: Improve supervision" is a caption
        of its actions, not the recommendation's text: the heading has its words."""
        pair = label_value(text)
        return bool(self.groups[-1].text) and pair is not None and len(pair[0].split()) <= 3

    def _put(self, label: str, value: str) -> None:
        last = self.groups[-1] if self.groups else None
        if last is not None and last.from_banner and not last.rows:
            last.fields[label] = value
        else:
            self._theme(label, value)

    def _theme(self, label: str, value: str) -> None:
        self.themes[label] = value
        self.from_title.discard(label)
        self.unplaced.add(label)

    def _new(self, g: Group) -> None:
        self._label_without_value()
        self.groups.append(g)
        # a section set over this heading takes over from the one over those before it
        self.section_over = "" if "Section" in self.unplaced else self.section_over
        g.section_over = self.section_over
        # Captions met since the last action row sit above this recommendation: they
        # stay in force; those met inside the last one end with it.
        for label in self.inside - self.unplaced - self.over_continued:
            self.themes.pop(label, None)
        self.inside -= self.unplaced | self.over_continued
        self.over_continued.clear()
        self.unplaced.clear()

    def _label_without_value(self) -> None:
        """A caption followed by rows, not by its value ("The Head of the PDU should:"
        above the actions) heads a section: kept as written, like any section row."""
        if self.pending_label is not None:
            self._theme("Section", self.pending_label)
            self.pending_label = None
            self.carried.clear()

    # ---------------------------------------------------------- data rows
    def data(self, line: Line) -> None:
        self._label_without_value()
        if (
            self._more_progress_of_the_action_above(line)
            or self._step_of_the_action_above(line)
            or self._rest_of_the_action_above(line)
        ):
            return
        starts_rec = bool(self.cell(line.cells, "recommendation")) or self._rec_ref_changes(line)
        cells = self._filled(line, starts_rec)
        self._choose_group(cells)
        self.inside |= self.unplaced  # under a recommendation: its actions' only
        self.unplaced.clear()
        steps = self._steps_of_a_reply(cells)
        for each, lead_in in steps or self._listed_actions(cells):
            self._action_row(line, each, starts_rec, lead_in)
        for row in self.groups[-1].rows[-len(steps) :] if steps else []:
            row.step = True

    def _steps_of_a_reply(self, cells: list[str]) -> list[tuple[list[str], str]]:
        """An action cell whose lines end in a list numbered from 1, each step closed by
        its owner and time in one bracket ("1. Open a hostel (Head of Housing Options,
        March 2027)"), in a plan with no people or deadline column: each step an action
        (its bracket read when it is built), the lines over the list its lead-in."""
        action = self.cols.get("action")
        if action is None or not _NO_STEPS_BESIDE.isdisjoint(self.cols):
            return []
        found = owned_steps(cells[action])
        if found is None:
            return []
        lead_in, steps = found
        return [([*cells[:action], step, *cells[action + 1 :]], lead_in) for step in steps]

    def _listed_actions(self, cells: list[str]) -> list[tuple[list[str], str]]:
        """An action cell of several bulleted actions ("• Appoint a Head of …" over "• Set
        up a Change Board …") beside a deadline cell of as many bulleted lines ("•
        Complete" over "• July 2027") is one action a bullet, each with the deadline in
        the same place, and so is any other cell listing as many items; the row's other
        cells are said of each. Counts that differ leave the row one action."""
        return [(each, "") for each in self._listed_cells(cells)]

    def _listed_cells(self, cells: list[str]) -> list[list[str]]:
        action, due = self.cols.get("action"), self.cols.get("due")
        if action is None or due is None:
            return [cells]
        count = len(listed_items(cells[action]))  # most rows: no list, asked once
        if count < 2 or len(listed_items(cells[due])) != count:
            return [cells]
        items = [listed_items(cell) for cell in cells]
        return [
            [
                listed[i] if len(listed) == count else cell
                for cell, listed in zip(cells, items, strict=True)
            ]
            for i in range(count)
        ]

    def _action_row(self, line: Line, cells: list[str], starts_rec: bool, lead_in: str) -> None:
        g = self.groups[-1]
        text = without_list_marks(self.cell(cells, "action"))  # "• Publish …": a list's mark
        # "1. Introduce …" over "2. Roster …" beside its ref ("1.1"): the list's number
        ref = self.cell(cells, "ref")
        listed = bool(ref) and opens_a_numbered_list(text)
        number, rest = split_number(text) if text and not listed else (None, text)
        # Beside a ref column, only the ref typed again ("1.3 Check …" by 1.3) comes off:
        # another number ("Action 1: …" by MD1) gives no ref, so its words stay
        if number is not None and ref and not _typed_again(number, ref):
            number = None
        else:
            text = rest
        # Of sheets read as one plan, the sheet is where the action sits ("Surgery")
        themes = {**self.themes, "Sheet": line.sheet} if line.sheet else dict(self.themes)
        if number is None and self.cols.get("ref") is None:
            if (opening := split_labelled_opening(text)) is not None:
                # "Recommendation 5 - By …": the report's number, its label kept as written
                themes["Ref (as written)"], number, text = opening
        own = self.cell(cells, "ref") or number
        if self.passed_over:
            themes[PASSED_OVER] = "\n".join(self.passed_over)
            self.passed_over.clear()
        if lead_in:  # "Agreed. We will:" over the steps: the reply's answer, said of each
            themes[REPLY_LEAD_IN] = lead_in
        if not text and (self.cols.get("action") is None or starts_rec):
            text = g.text
        g.rows.append(Row(line, cells, own, text, themes, frozenset(self.from_title)))

    def _more_progress_of_the_action_above(self, line: Line) -> bool:
        """A row holding only progress, no ref nor action ("" | "" | "12/11/2026 – Model
        tested"), is the next entry of the action above: joined to its cell, a line of
        its own, so it is read as one more update. A row holding progress and the day it
        was written, in the column that dates the progress ("" | "14/10/2026" |
        "Follow-up session held." under "Monitored" | "Monitoring notes"), is the action's
        next note dated by that day: kept as a row of its own, its day beside its note."""
        dating = self._dating_columns(line)
        if len(line.cells) - line.cells.count("") > len(self.update_cols) + len(dating):
            return False  # more cells filled than the news and its days fill: most rows
        filled = [col for col, cell in enumerate(line.cells) if cell]
        rows = self.groups[-1].rows if self.groups else []
        if not filled or not rows or not self.update_cols & set(filled):
            return False
        if not set(filled) <= self.update_cols | dating:
            return False
        if dating & set(filled):
            rows[-1].later.append(list(line.cells))
            return True
        above = rows[-1].cells
        if filled[-1] >= len(above):
            return False
        for col in filled:
            above[col] = "\n".join(cell for cell in (above[col], line.cells[col]) if cell)
        return True

    def _dating_columns(self, line: Line) -> set[int]:
        """The columns giving the day each update column's note was written ("Latest Note
        Date", "Monitored" beside "Monitoring notes", "Last updated")."""
        headers, only = tuple(line.headers), len(self.update_cols) == 1
        if headers not in self.dating:
            found = (dating_column(headers, col, only) for col in self.update_cols)
            self.dating[headers] = {col for col in found if col is not None}
        return self.dating[headers]

    def _rest_of_the_action_above(self, line: Line) -> bool:
        """A row with no ref under an action that has one, holding only the rest of its
        wording ("Refresh the strategy with savings options for" over "each service,
        and take it to Cabinet."), is that action's row run on: its words join the
        action's with a space. Known as a printed line's run-on is: the action above
        stops mid-sentence, no full stop, and the row opens in lower case."""
        ref, action = self.cols.get("ref"), self.cols.get("action")
        rows = self.groups[-1].rows if self.groups else []
        if ref is None or action is None or not rows:
            return False
        cells = line.cells  # the action's cell alone filled (an empty cell is "")
        alone = len(cells) - cells.count("") == 1
        only_action = alone and action < len(cells) and bool(cells[action])
        above = rows[-1]
        if not only_action or not self.cell(above.line.cells, "ref"):
            return False
        rest = line.cells[action]
        if not above.text or not carries_on(above.text, rest):
            return False
        above.text = f"{above.text} {rest.strip()}"
        above.cells[action] = f"{above.cells[action]} {rest.strip()}"
        return True

    def _step_of_the_action_above(self, line: Line) -> bool:
        """A row with no ref under an action that has one, its text opened by a label
        naming a step ("Milestone: Budget consultation", "Step 2 – …", "Sub-action: …"),
        is a step of that action, no action of its own: its cells, each under its
        header, are a field of the action above ("Milestone 1"), whose own row gives its
        target and status. With no ref column a "Step 1:" row is an action (numbered 1)."""
        ref, action = self.cols.get("ref"), self.cols.get("action")
        rows = self.groups[-1].rows if self.groups else []
        if ref is None or action is None or not rows or self.cell(line.cells, "ref"):
            return False
        found = _STEP_LABEL.match(self.cell(line.cells, "action"))
        above = rows[-1]
        if found is None or not self.cell(above.line.cells, "ref"):
            return False
        label = found["label"] if found["number"] else _next_step(found["label"], above.themes)
        step = " | ".join([found["rest"].strip(), *_labelled_cells(line, action)])
        # a number written twice ("Milestone 2:" on two rows) keeps both steps
        above.themes[label] = "\n".join(filter(None, [above.themes.get(label, ""), step]))
        return True

    def rec_ref(self, cells: list[str]) -> str:
        """The recommendation's ref in its cell: "AFI 2" is 2."""
        # "MD1 (Reg 12)" is MD1; "1." numbering an issue is 1, its full stop no part of it
        written = self.cell(cells, "recommendation_ref")  # blank on most rows, or no column
        value = unmarked(without_grade(written)) if written else ""
        if not value and self.headings.refs_name_them:  # "R1-A2" answers R1
            return recommendation_in_ref(self.cell(cells, "ref")) or ""
        if not value:
            return ""  # asked of every row: most have no recommendation ref to read
        return (
            listed_code(value, self.headings.lists)
            or glued_code(value)
            or heading_ref(value)
            or self._rising_label_ref(value)
            or value
        )

    def _rising_label_ref(self, value: str) -> str | None:
        """ "1" for "IEA 1" where "IEA" is one of the plan's rising labels; else None."""
        found = split_labelled_heading(value)
        if found is None or found[2] or found[0] not in self.headings.labels:
            return None
        return found[1]

    def _labelled(self, text: str) -> tuple[str, str] | None:
        """("2", "Medication") for "Standard 2: Medication" when "standard" is one of
        the plan's rising labels; None for any other label."""
        found = split_column_heading(text)
        if found is None or found[0] not in self.headings.labels or not found[2]:
            return None
        return found[1], found[2]

    def _keep_ref_as_written(self, cells: list[str]) -> None:
        """ "AFI 3" is ref 3: its label is wording too, kept with the recommendation."""
        written = self.cell(cells, "recommendation_ref")
        if written and written != self.groups[-1].ref:
            self.groups[-1].fields["Ref (as written)"] = written

    def _rec_ref_changes(self, line: Line) -> bool:
        value = self.rec_ref(line.cells)
        return bool(value) and (not self.groups or value != self.groups[-1].ref)

    def _filled(self, line: Line, starts_rec: bool) -> list[str]:
        """Row cells with grouping columns continued from above (merged cells)."""
        cells = list(line.cells)
        starts_ref = bool(self.cell(cells, "ref"))
        if starts_rec or starts_ref:
            levels = ("group", "ref") if starts_rec else ("ref",)
            self.carried = {c: v for c, v in self.carried.items() if self.fill.get(c) not in levels}
        revised, due = self.cols.get("revised_due"), self.cols.get("due")
        for col, level in self.fill.items():
            if col == revised and due is not None and line.cells[due]:
                self.carried[col] = cells[col]  # the due's own row: its revision or none
            elif cells[col]:
                if col != revised:  # a row's own revision of a carried due is its alone
                    self.carried[col] = cells[col]
            elif level != "ref" or not starts_ref:
                cells[col] = self.carried.get(col, "")
        return cells

    def _choose_group(self, cells: list[str]) -> None:
        rec_cell = self.cell(cells, "recommendation")
        rec_ref = self.rec_ref(cells)
        if rec_cell and rec_cell != self.rec_raw:
            self.rec_raw = rec_cell
            own = last_step(rec_cell)  # of a breadcrumb, the recommendation's own step
            listed = split_bare_code_heading(own, self.headings.bare)  # "SD1 Care plans"
            ref, text = listed or split_rec_heading(own)
            if ref is None:
                ref, text = split_number(own)
            if ref is None and (code := CODE_HEADING.match(own)):  # "IP1 – Make sure …"
                ref, text = code["ref"], code["rest"].strip()
            if ref is None and (labelled := self._labelled(own)) is not None:
                ref, text = labelled  # "Standard 2: Medication", the column's sequence
            if ref is None:  # "… line lists. (Rec 1)": the number closes the cell
                ref, text = split_trailing_rec_ref(own)
            if ref is None:  # "IA25/04 Payroll (Limited)": a report's code and its title
                ref, text = split_report_code(own)
            if ref is None and (bare := _bare_number_heading(own, cells)):  # "5 The …"
                ref, text = bare
            cited = text_after_number(own, rec_ref) if self.headings.refs_name_them else None
            if cited is not None:  # "Condition 1 (SET 3.9): The …" under "Cond 1 Action 1"
                text = cited
            named, text = without_naming_label(text)  # "NAO recommendation: The …"
            ref = ref or named
            text, closing = closing_field_lines(text)
            # The cell as written stays with the recommendation: its label is wording too.
            fields = {"Heading": rec_cell} if text != rec_cell else {}
            fields |= {label: value for label, value in closing if label not in fields}
            found = "the recommendation column"
            # a list's code written in the cell names it, whatever its actions' refs count
            ref = ref if listed else rec_ref or ref
            self._new(Group(ref=ref, text=text, fields=fields, found=found))
            self._keep_ref_as_written(cells)
        elif rec_ref and (not self.groups or rec_ref != self.groups[-1].ref):
            if self.groups and self.groups[-1].from_banner and not self.groups[-1].rows:
                self.groups[-1].ref = rec_ref
            else:
                self._new(Group(ref=rec_ref, text="", found="the recommendation ref column"))
            self._keep_ref_as_written(cells)
        elif not self.groups:
            self._new(Group(ref=None, text=""))


# -------------------------------------------------------------------- finish
def _split_by_dotted_refs(
    groups: list[Group],
    assignment: Assignment,
    headers: list[str],
    parents: frozenset[str] = frozenset(),
) -> list[Group]:
    """One ungrouped block whose refs are all "n.m": recommendation n holds "n.m". Of
    an outline's rows heading others (``parents``), the outermost one over a row holds
    it: "QS1.1" over "QS1.1.1" where no "QS1" row is written."""
    if len(groups) != 1 or groups[0].ref is not None or groups[0].found:
        return groups
    rows = groups[0].rows
    heads = [_head_of(r.ref, parents) if r.ref else None for r in rows]
    if not rows or None in heads or len(set(heads)) < 2:
        return groups
    # Minute numbers of several meetings ("7.i", "9.ii", "6.i", "5.i": item 7 of one
    # meeting, item 6 of the next) fall back: they group nothing.
    if not rises([h for h in dict.fromkeys(heads) if h]):
        return groups
    out: list[Group] = []
    for row, head in zip(rows, heads, strict=True):
        if not out or out[-1].ref != head:
            found = _HEADED if head in parents else "the first part of each action's ref"
            out.append(Group(ref=head, text="", found=found))
        out[-1].rows.append(row)
    _titled_by_a_column(out, assignment, headers)
    return out


def _appended_actions_to_their_recommendations(groups: list[Group]) -> None:
    """Actions agreed later, appended at the foot of the table under a banner of their
    own that names no recommendation ("Additional actions agreed by the Service Lead"),
    each numbered on from its recommendation's last action ("1.4" after 1.3, "2.3"):
    each joins the recommendation its ref is numbered under, after that one's actions.
    Only where every recommendation is a numbered heading whose own rows are all
    numbered under it, and every row under the banner names one of them."""
    if len(groups) < 2 or not all(g.from_banner and g.ref for g in groups):
        return
    by_ref = {g.ref: g for g in groups}
    tails = [_under_a_later_banner(g.rows) for g in groups]
    for g, tail in zip(groups, tails, strict=True):
        if any(_head_of(r.ref or "", frozenset()) != g.ref for r in g.rows[:tail]):
            return  # a recommendation's own rows not numbered under it: refs of their own
    for g, tail in zip(groups, tails, strict=True):
        own, appended = g.rows[:tail], g.rows[tail:]
        heads = [_head_of(r.ref or "", frozenset()) for r in appended]
        if not appended or any(h not in by_ref for h in heads) or all(h == g.ref for h in heads):
            continue
        g.rows = own
        for row, head in zip(appended, heads, strict=True):
            by_ref[head].rows.append(row)


def _later_tables_start(located: Located) -> int | None:
    """The first row (1-based) of the later tables read by their own headers, if any."""
    own = located.rules.own_headers
    return min(own) + 1 if own else None


def _recommendations_written_again_joined(
    groups: list[Group], later_tables: int | None = None
) -> list[Group]:
    """A recommendation column that names the same recommendation again after others,
    its ref and its words the same ("Recommendation 1: The Council should …" under the
    "AMBER" banner and again under "GREEN", the rows listed by their progress): one
    recommendation, where first met, holding all its actions in the order met. Only of
    a recommendation column, never of headings, whose repeats are the plan's own. With
    no ref, its words alone name it again in a later table under a header of its own
    (row ``later_tables`` on): an audit named on the rows of the actions added since
    the last report ("Payroll 2025/26" again) is the audit the tracker above holds."""
    first: dict[tuple[str, str], Group] = {}
    out: list[Group] = []
    for g in groups:
        key = (g.ref or "", g.text)
        if g.from_banner or not g.text or not (g.ref or later_tables is not None):
            out.append(g)
            continue
        earlier = first.get(key)
        later = later_tables is not None and g.rows and g.rows[0].line.number > later_tables
        if earlier is not None and (g.ref or later):
            earlier.rows.extend(g.rows)
        else:
            first.setdefault(key, g)
            out.append(g)
    return out


def _under_a_later_banner(rows: list[Row]) -> int:
    """Where a recommendation's rows pass under a banner set after its heading (their
    "Section" changes from its first row's); len(rows) where they never do."""
    first = rows[0].themes.get("Section") if rows else None
    return next((i for i, r in enumerate(rows) if r.themes.get("Section") != first), len(rows))


_HEADED = "rows heading the refs numbered under them"
# The code an action's ref is numbered under: "A1" of "A1.2", "3" of "3.1"
_OPENING_CODE = re.compile(r"^(?P<code>[A-Za-z]{0,5}-?\d{1,3})\.\w")


def _refs_opening_their_actions(groups: list[Group]) -> None:
    """Recommendations worded with no ref of their own, whose actions' refs all open
    with one code, another in each ("A1.1", "A1.2" under the first area for improvement,
    "A2.1" under the next): that code, as written, is the recommendation's ref, never
    renumbered 1, 2, 3."""
    unref = [g for g in groups if g.ref is None]
    codes = [_code_opening_all(g.rows) for g in unref]
    taken = {g.ref for g in groups if g.ref}
    if len(unref) < 2 or None in codes or len(set(codes)) < len(codes) or taken & set(codes):
        return
    for g, code in zip(unref, codes, strict=True):
        g.ref = code


def _refs_of_their_one_actions(groups: list[Group]) -> None:
    """Recommendations worded with no ref of their own, one a row, each holding one
    action whose ref is numbered under a code others share ("1.1", "1.2" … "12.5", the
    recommendations a report's per-row wording the user mapped): each takes its one
    action's ref, so recommendation 1.3 holds action 1.3, never a recommendation 3 of
    60 numbered by position beside an action 1.3."""
    unref = [g for g in groups if g.ref is None]
    if len(unref) < 2 or len(unref) < len(groups) or any(len(g.rows) != 1 for g in unref):
        return
    refs = [g.rows[0].ref for g in unref]
    codes = [_code_opening_all(g.rows) for g in unref]
    if None in codes or len(set(codes)) == len(codes) or len(set(refs)) < len(refs):
        return
    for g, ref in zip(unref, refs, strict=True):
        g.ref = ref


# A list's short name and number, as an action's ref opens with it: "CoC1", "AFI-2"
_NAMED_NUMBER = re.compile(r"^[A-Za-z]{1,5}-?0*(?P<number>\d{1,3})$")


def _lists_named_by_their_actions(groups: list[Group]) -> None:
    """Lists each counted from 1 under headings that drop their names ("Cause of concern
    1: …", "Cause of concern 2: …", then "AFI 1: …": 1 twice), whose actions' refs name
    them: every action under a heading numbered under one short name and the heading's
    number ("CoC1.1", "CoC1.2" under cause of concern 1; "AFI1.1" under AFI 1), another
    for each heading. That code, as written, is the recommendation's ref (`CoC1`,
    `AFI1`), so the lists neither merge nor are numbered on (AFI 1 as 3)."""
    numbered = [g for g in groups if g.ref and g.rows]
    refs = [g.ref for g in groups if g.ref]
    if len(set(refs)) == len(refs):
        return  # numbers unique: the lists count on from each other, no name needed
    codes = [_code_opening_all(g.rows) for g in numbered]
    named = all(_names_the_number(code, g.ref) for g, code in zip(numbered, codes, strict=True))
    if len(set(codes)) == len(codes) and named:
        for g, code in zip(numbered, codes, strict=True):
            g.ref = code
        return
    _lists_named_by_their_labels([g for g in groups if g.ref])


def _lists_named_by_their_labels(groups: list[Group]) -> None:
    """Lists counted apart whose headings write each label out ("Must do 1: …", "Must do
    2: …", then "Should do 1: …"), their actions' refs naming none of them: the label's
    initials and the heading's number are the ref (`MD1`, `MD2`, `SD1`), as the short
    names a report gives such lists, so the lists neither merge nor are numbered on. Only
    where every heading is so labelled, each label's numbers are its own, and no two
    labels share initials; else the repeated numbers are numbered on (and said)."""
    labels = [rec_heading_label(g.fields.get("Heading", "")) for g in groups]
    if any(label is None for label in labels) or not all((g.ref or "").isdigit() for g in groups):
        return
    named = [label_initials(label or "") for label in labels]
    kinds = {(label or "").casefold(): name for label, name in zip(labels, named, strict=True)}
    if len(kinds) < 2 or len(set(kinds.values())) < len(kinds):
        return  # one list, or two whose initials would merge them
    refs = [f"{name}{int(g.ref or 0)}" for g, name in zip(groups, named, strict=True)]
    if len(set(refs)) < len(refs):
        return  # a label's own numbers repeat: no short name tells them apart
    for g, ref in zip(groups, refs, strict=True):
        g.ref = ref


def _lists_numbered_afresh_in_sections(groups: list[Group]) -> None:
    """Recommendations numbered afresh in each section of the plan (a trust's plan: a
    banner per school, "Oakwood Primary School — inspected …", over "AFI 1", "AFI 2",
    then "Riverside Academy — …" over "AFI 1" … "AFI 4"): each is the section's initials
    and its own number (`OPS1`, `RA1`, `RA4`), as a reader says "Riverside AFI 1", so
    the plan's numbers stay and no two schools' AFI 1 merge. Only where every numbered
    recommendation sits in one section, two sections or more, each section's numbers
    are its own and rise from its first, and no two sections share initials; else the
    repeated numbers are numbered on (and said)."""
    numbered = [g for g in groups if g.ref and g.rows]
    refs = [g.ref for g in numbered]
    if len(set(refs)) == len(refs) or not all((r or "").isdigit() for r in refs):
        return
    sections = [_one_section(g) for g in numbered]
    if None in sections:
        return
    names = {s: section_initials(s or "") for s in dict.fromkeys(sections)}
    if len(names) < 2 or len(set(names.values())) < len(names) or "" in names.values():
        return
    firsts: list[int] = []
    for section in names:
        own = [int(g.ref or 0) for g, s in zip(numbered, sections, strict=True) if s == section]
        if own != sorted(set(own)):
            return  # a section's numbers repeat or fall: no section tells them apart
        firsts.append(own[0])
    if any(first > firsts[0] for first in firsts[1:]):
        return  # a section's numbers run on from the last one's ([1, 2, 3] then [3, 4])
    for g, section in zip(numbered, sections, strict=True):
        g.ref = f"{names[section]}{int(g.ref or 0)}"


def _one_section(g: Group) -> str | None:
    """The one "Section" banner every action of ``g`` sits under; None if not one."""
    found = {row.themes.get("Section") for row in g.rows}
    return found.pop() if len(found) == 1 else None


def _names_the_number(code: str | None, ref: str | None) -> bool:
    """ "CoC1" for heading number "1": a short name before that very number."""
    m = _NAMED_NUMBER.match(code or "")
    return m is not None and (ref or "").isdigit() and int(m["number"]) == int(ref or "0")


def _repeated_refs(groups: list[Group]) -> list[tuple[Group, str]]:
    """Each group whose ref an earlier group has, and that ref: it will be numbered on."""
    seen: set[str] = set()
    out: list[tuple[Group, str]] = []
    for g in groups:
        if g.ref in seen:
            out.append((g, g.ref))
        elif g.ref:
            seen.add(g.ref)
    return out


def _renumbered(g: Group, ref: str) -> str:
    """What ``--explain`` says of a recommendation numbered on because its number repeats
    an earlier one's: the user checks the two lists did not merge."""
    where = g.where or (g.rows[0].line.where if g.rows else "")
    said = g.fields.get("Heading") or g.text
    said = said if len(said) <= 80 else said[:79] + "…"
    opening = f"{where}: " if where else ""
    return f"{opening}{said!r} repeats recommendation {ref}'s number: numbered {g.ref}"


def _code_opening_all(rows: list[Row]) -> str | None:
    """The one code all ``rows``' refs are numbered under; None if they share none."""
    found = {m["code"] if (m := _OPENING_CODE.match(r.ref or "")) else None for r in rows}
    return found.pop() if len(found) == 1 else None


def _head_of(ref: str, parents: frozenset[str]) -> str | None:
    """The outermost row heading ``ref`` in its outline, else its first part: "2" of
    "2.1" and of "2 (i)"; None for a ref numbered under nothing."""
    if (sub := SUB_NUMBERED.match(ref)) is not None:
        return sub["head"]
    if "." not in ref:
        return None
    parts = ref.split(".")
    prefixes = (".".join(parts[:n]) for n in range(1, len(parts)))
    return next((p for p in prefixes if p in parents), parts[0])


def _titled_by_a_column(groups: list[Group], assignment: Assignment, headers: list[str]) -> None:
    """Groups made from the refs ("IA2627-03" over "IA2627-03.1", "IA2627-03.2") beside a
    text column the same down each group and new with each ("Procurement waivers", then
    "Payroll overpayments"): that text is each group's title; of several, the longest. A
    value that comes back in another group ("Limited", "Moderate", "Limited": a rating)
    names no one group. The column keeps its role, so it stays a field of each action too:
    a large file's later rows are walked with the roles as settled here."""
    rows = [row for g in groups for row in g.rows]
    sizes = list(accumulate(len(g.rows) for g in groups))
    blocks = frozenset([0, *sizes[:-1]])
    width = max(len(row.cells) for row in rows)
    found: list[tuple[int, list[str]]] = []
    for col in (c for c in range(width) if _may_name_the_group(c, assignment, headers)):
        values = [row.cells[col] if col < len(row.cells) else "" for row in rows]
        titles = [values[i] for i in sorted(blocks)]
        if _names_each_block(values, blocks, coded=True) and len(set(titles)) == len(titles):
            found.append((sum(map(len, values)), titles))
    if found:  # the leftmost of the longest, on a tie
        for g, title in zip(groups, max(found, key=lambda f: f[0])[1], strict=True):
            g.text = title


def _empty_headings_are_sections(groups: list[Group]) -> list[Group]:
    """A heading row straight over rows that name their own recommendation ("1.0 Care
    received during pregnancy" over "1.1 Choices …" in the "Issue" column) heads no
    action: it is a section over the recommendations below it, down to the next heading,
    kept as written on their actions (field "Section"), not a recommendation."""
    out: list[Group] = []
    for i, g in enumerate(groups):
        if not _heading_alone(g):  # first, as cheap: only a heading row looks below it
            out.append(g)
            continue
        under = list(takewhile(lambda h: not h.from_banner, islice(groups, i + 1, None)))
        if not (under and all(h.rows for h in under)):
            out.append(g)
            continue
        rows = [row for h in under for row in h.rows]
        if any("Section" in row.themes for row in rows):
            out.append(g)  # a section row of the plan's own under it: the heading stays
            continue
        for row in rows:
            row.themes = {"Section": heading_as_written(g) or "", **row.themes}
    return out


def heading_as_written(g: Group) -> str | None:
    """The words of the heading row that opened ``g``, if one did."""
    return g.text if g.named else g.fields.get("Heading")


def _heading_alone(g: Group) -> bool:
    """A heading row's group with no action and no words but the heading's own."""
    heading = heading_as_written(g)
    return (
        g.from_banner
        and not g.rows
        and heading is not None
        and set(g.fields) <= {"Heading"}
        and g.text in heading
    )


def _split_by_section_rows(groups: list[Group]) -> list[Group]:
    """One ungrouped block whose every action sits under an unnumbered section row
    ("Policies", "Training"), two or more, none coming back: the sections are the only
    grouping the plan gives, so they are its recommendations, numbered in order."""
    if len(groups) != 1 or groups[0].ref is not None or groups[0].found:
        return groups
    rows = groups[0].rows
    sections = [r.themes.get("Section") for r in rows]
    if not rows or None in sections or len(set(sections)) < 2:
        return groups
    if any(_numbered(s or "") for s in set(sections)):
        return groups  # "i. Review …", "v. Clear …": a list's letters, not sections
    heads = [s for i, s in enumerate(sections) if i == 0 or s != sections[i - 1]]
    if len(heads) != len(set(heads)):
        return groups  # a section that comes back is a caption, not a group
    out: list[Group] = []
    for row, section in zip(rows, sections, strict=True):
        if not out or out[-1].text != section:
            found = f"section rows, such as {section!r}"
            out.append(Group(ref=None, text=section or "", from_banner=True, found=found))
        row.themes = {k: v for k, v in row.themes.items() if k != "Section"}
        out[-1].rows.append(row)
    return out


def _joined_across_sheets(groups: list[Group]) -> list[Group]:
    """A plan split into sheets by quarter repeats its recommendations on each sheet
    ("Area for improvement 1: …" on "Q3" and again on "Q4"): a group that starts on a
    later sheet with the words (and ref, or none) of one on an earlier sheet is that
    recommendation, and its actions join it, in sheet order. Words are needed: a bare
    "1" on two sheets may be two areas' own first recommendations."""
    if len({row.line.sheet for g in groups for row in g.rows}) < 2:
        return groups  # one sheet: nothing starts on a later one (not a test of every pair)
    out: list[Group] = []
    for g in groups:
        earlier = next((e for e in out if _same_on_an_earlier_sheet(e, g)), None)
        if earlier is None:
            out.append(g)
            continue
        earlier.rows.extend(g.rows)
        for label, value in g.fields.items():
            earlier.fields.setdefault(label, value)
    return out


def _same_on_an_earlier_sheet(earlier: Group, later: Group) -> bool:
    """The same ref and words (case and spacing aside), the later one on another sheet."""
    if not (earlier.text and earlier.rows and later.rows):
        return False
    same = earlier.ref == later.ref and folded(earlier.text) == folded(later.text)
    return same and earlier.rows[-1].line.sheet != later.rows[0].line.sheet


def _numbered(text: str) -> bool:
    """A row that opens with a number, a letter or a label and number ("2.", "v.",
    "Phase B –"): numbered, so not one of a plan's unnumbered sections."""
    return (
        split_number(text)[0] is not None
        or split_labelled_heading(text) is not None
        or split_rec_heading(text)[0] is not None
    )


def number_groups(groups: list[Group]) -> None:
    """Groups with no ref (or a repeated one) get the next free number."""
    numbering = _Numbering({g.ref for g in groups if g.ref})
    for g in groups:
        numbering.number(g)


class _Numbering:
    """Hands out the next free number to a group with no ref, or a repeated one."""

    def __init__(self, used: set[str]) -> None:
        self.used = used  # every ref of the plan, or (streaming) those met so far
        self.seen: set[str] = set()
        self.counter = 0

    def number(self, g: Group) -> None:
        if not g.ref or g.ref in self.seen:
            self.counter += 1
            while str(self.counter) in self.used:
                self.counter += 1
            g.ref = str(self.counter)
            g.numbered = True
        self.used.add(g.ref)
        self.seen.add(g.ref)


def _typed_again(number: str, ref: str) -> bool:
    """Whether a number opening an action's text is its ref cell's, typed again ("1.3"
    by "1.3", "R2" by "R2."), whatever its spaces, case and closing marks."""

    def bare(code: str) -> str:
        return re.sub(r"[\s().\[\]]+$|\s+", "", code).casefold()

    return bare(number) == bare(ref)
