"""What one cell looks like, whatever its column: a date, people's names, a sentence.

Asked by the header search (which column holds the items' wording) and by the
column profiles alike.
"""

from __future__ import annotations

import re

from importers import people, vocab
from importers.dates import is_placeholder_date, parse_deadline

MARK_CHARS = 2  # "●", "x", "✓", "✔️": a mark, never a word

_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
# "1-3 Complete and …", "2 In progress – …": a line opened by the numbers of the
# actions it is about, as a form's numbered sections point at its numbered actions
_POINTS = re.compile(r"^\s*(?P<a>\d{1,2})(?:\s*[-–]\s*(?P<b>\d{1,2}))?\s+(?=[^\W\d_])")
_DATE_WORDS = 3  # "3 March 2027": a day, a month and a year open a dated line


def pointed(line: str) -> tuple[range, str] | None:
    """The actions a line opens by naming ("1-3 Complete and …" → 1 to 3) and its words
    after the numbers; None when its opening number is a day ("3 March 2027 …")."""
    m = _POINTS.match(line)
    if m is None or parse_deadline(" ".join(line.split()[:_DATE_WORDS])).due is not None:
        return None
    return range(int(m["a"]), int(m["b"] or m["a"]) + 1), line[m.end() :]


def is_date(cell: str, *, month_first: bool = False) -> bool:
    """A deadline can be read from it ("30/11/2026", "Q3 2026/27"), or it is a system's
    placeholder for none ("31/12/9999"), which only a date column holds."""
    if len(cell) > 60:
        return False
    return parse_deadline(cell, month_first=month_first).due is not None or is_placeholder_date(
        cell
    )


def is_names(cell: str) -> bool:
    """People's names ("Amira Khan, Tom Reid"), not a grade ("Major NC")."""
    return len(cell) <= 120 and people.looks_like_names([cell]) and not vocab.is_grade(cell)


def is_sentence(cell: str) -> bool:
    """Two words or more, one of them an ordinary lower-case word, and no date nor names."""
    if len(cell.split()) < 2 or not _LOWER_WORD.search(cell):
        return False
    return not is_date(cell) and not is_names(cell)


# A list marker written in its own cell: "(a)", "b)", "3)", "2.1)" number like "a", "b",
# "3", "2.1".
_LIST_MARKER = re.compile(r"\(?([^()\s]+?)\.?\)")


def unmarked(own: str) -> str:
    """A ref cell without its list marker's brackets or trailing dot: "(b)" → "b"."""
    m = _LIST_MARKER.fullmatch(own.strip()) if ")" in own else None  # most refs have none
    return m[1] if m else own.rstrip(".")


# A footnote mark after a ref ("1.2*", "3.1†", "2‡", "4¹"): it points at a note
# elsewhere in the plan ("Actions marked * are joint with …"), no part of the ref.
_FOOTNOTE_MARK = re.compile(r"(?<=\w)\s?[*†‡§¹²³⁴⁵⁶⁷⁸⁹]+\s*$")


def without_footnote_mark(own: str) -> str:
    """A ref without the footnote mark after it: "1.2*" → "1.2"; "*" alone is kept."""
    return _FOOTNOTE_MARK.sub("", own)


# A tick after a ref ("1.2 ✓", "3✔"): the plan marking the action done, which its
# status column already says. A tick alone is no ref and is left as it is.
_TICK_AFTER = re.compile(r"(?<=\w)\s*[✓✔☑✅]\s*$")


def without_tick(own: str) -> str:
    """A ref without the tick after it: "1.2 ✓" → "1.2"; "✓" alone is kept."""
    return _TICK_AFTER.sub("", own)


def without_ref_marks(own: str) -> str:
    """The ref without what the plan wrote after it: a grade, a footnote mark, a tick, a
    marker saying the action was added or closed; and without a strikethrough's marks."""
    if _REF_MARKS.isdisjoint(own):  # asked of every ref: most have none of their signs
        return own
    own = _unstruck(own)
    return without_marker(without_grade(without_footnote_mark(without_tick(own))))


# The signs a grade (a bracket), a footnote mark, a tick, a marker after a ref (a space
# or a new line) or a strikethrough's marks open with: the first characters
# _GRADE_AFTER's brackets, _FOOTNOTE_MARK, _TICK_AFTER, _MARKER_AFTER and _STRUCK may take
_REF_MARKS = frozenset("([*†‡§¹²³⁴⁵⁶⁷⁸⁹✓✔☑✅ \n~")


# A ref struck through in Word, read as "~~2.1~~": a superseded action's number crossed
# out. A ref is an identifier; the marks say what became of the action, not which it is.
_STRUCK = re.compile(r"\s*~~(?P<ref>[^~]+)~~\s*")


def _unstruck(own: str) -> str:
    m = _STRUCK.fullmatch(own)
    return m["ref"].strip() if m else own


# A marker after a ref saying the action was added or closed since the plan began, as a
# tracker a year into use labels its rows: a word in capitals ("1.1 CLOSED", "A-052
# NEW") or a bracket opened by "added", on the ref's line or the next ("3.3" over "(added
# Sept 2026)"). The ref is a code: letters, figures, dots and a dash or slash.
_MARKER_AFTER = re.compile(
    r"\s*(?P<ref>[A-Za-z]{0,4}[-/]?\d+(?:[./-]\d+)*[a-z]?)"
    r"(?:[ \t]+(?P<word>[A-Z]{3,}(?: [A-Z]{3,})?)|\s*\((?P<added>added\b[^()]*)\))\s*"
)


def without_marker(own: str) -> str:
    """A ref without the marker after it saying the action was added or closed: "1.1
    CLOSED" → "1.1", "A-052 NEW" → "A-052", "3.3" over "(added Sept 2026)" → "3.3"; a word in
    capitals that is no status ("1.2 RED", "4 HIGH") is kept."""
    m = _MARKER_AFTER.fullmatch(own)
    if m is None or (m["word"] and not _is_status_word(m["word"])):
        return own
    return m["ref"]


def folded(text: str) -> str:
    """The text with case and spacing folded: "Improve  Safety" and "improve safety" match."""
    return " ".join(text.casefold().split())


# A grade in brackets after a ref ("4 (Medium)", "2 (High)"): the report's number of the
# recommendation and how grave it is, as a paragraph above the table says. Or its state
# ("IR4 (closed)"), as an auditor's follow-up marks a recommendation it has closed. Square
# brackets say the same as round ones ("MD1 [Reg 12]").
_GRADE_AFTER = re.compile(
    r"^\s*(?P<ref>[A-Za-z]{0,4}\d+(?:\.\d+)*[a-z]?)\s*"
    r"(?:\((?P<grade>[^()]{1,30})\)|\[(?P<squared>[^\[\]]{1,30})\])\s*$"
)


# A regulation cited in brackets after a code ("MD1 (Reg 12)", "2 (Regulation 17(2))"):
# the rule the requirement answers, as an inspector's must-do names it; no part of the ref.
_REGULATION = re.compile(r"reg(?:ulation)?\.?\s*\d{1,3}[A-Z]?(?:\(\w{1,3}\))*", re.IGNORECASE)


# A ref's former number in brackets after it ("1.2 (was 1.3)", "3.3 (previously 1.2)",
# "2.2 (formerly 2.3)", "4 (old 5)"): a plan renumbered at a review keeps where a moved
# action stood before. It is the action's history, no part of its ref.
_FORMER_REF = re.compile(
    r"(?:was|previously|formerly|old(?:\s+ref)?|prev(?:ious(?:ly)?)?\.?)\s*:?\s*"
    r"[A-Za-z]{0,4}\d+(?:\.\d+)*[a-z]?",
    re.IGNORECASE,
)


# The report's paragraph or page an action answers, in brackets after its ref ("1.1 (para
# 47)", "4.2 (paras 151–153)", "2.1 (paragraph 3.4)", "3 (p. 23, para 4.12)", "2.3 (§40)"):
# a pointer into the inspection report, as a plan answering a numbered report cites it.
# It is where the recommendation came from, no part of the ref. A word must be followed
# by its number: "(paragraphs)" or "(Page Hall)" name nothing in the report.
_POINTER_NUMBER = r"\d+(?:\.\d+)*[a-z]?"
_ONE_POINTER = (
    r"(?:(?:see|report|cf\.?)\s+)?(?:para(?:graph)?s?\.?|pp?\.|pages?|§§?|¶)\s*"
    rf"{_POINTER_NUMBER}(?:\s*(?:[-–—]|to|and|&|,)\s*{_POINTER_NUMBER})*"
)
_REPORT_POINTER = re.compile(rf"{_ONE_POINTER}(?:\s*[,;]?\s*{_ONE_POINTER})*", re.IGNORECASE)


def without_grade(own: str) -> str:
    """A ref without a grade, a cited regulation or a status word in brackets after it:
    "4 (Medium)" → "4", "MD1 (Reg 12)" and "MD1 [Reg 12]" → "MD1", "IR4 (closed)" → "IR4",
    a former number, "1.2 (was 1.3)" → "1.2", the report's paragraph, "1.1 (para 47)" →
    "1.1"; "(b)", "2 (see note)", "MD1 (Ward 12)" and
    words ("Review (High)") are kept."""
    m = _GRADE_AFTER.match(own)
    grade = (m["grade"] or m["squared"]) if m else ""
    if m and (
        vocab.is_grade(grade)
        or _REGULATION.fullmatch(grade.strip())
        or _is_status_word(grade)
        or _FORMER_REF.fullmatch(grade.strip())
        or _REPORT_POINTER.fullmatch(grade.strip())
    ):
        return m["ref"]
    return own


def state_after_ref(own: str) -> str | None:
    """The status word in brackets after a ref ("1.1 (closed)" → "closed", "2 [Complete]"
    → "Complete") or in capitals after it ("1.1 CLOSED" → "CLOSED"), as a plan marks an
    action closed after its number; None for any other bracket ("4 (Medium)", "1 (b)")
    or word ("1.2 RED"), or none."""
    m = _GRADE_AFTER.match(own)
    grade = (m["grade"] or m["squared"] or "").strip() if m else ""
    if not grade and (marked := _MARKER_AFTER.fullmatch(own)):
        grade = marked["word"] or ""
    return grade if grade and _is_status_word(grade) else None


def _is_status_word(words: str) -> bool:
    """ "closed", "Complete", "part complete": a status in words ("b" of "1 (b)" numbers
    a part, though "B" may mean blue, done)."""
    return status_shaped(words) and vocab.read_status(words)[0] is not None


def status_shaped(words: str) -> bool:
    """Words shaped as a status written in brackets or as a tag: three words at most,
    three letters at least ("closed", "part complete", "CLOSED"); never a letter or
    markup code ("b", "G", "NA")."""
    return len(words.split()) <= 3 and sum(c.isalpha() for c in words) >= 3


# A lower-case roman numeral: "iii" under recommendation 2 is 2iii, like a letter.
_ROMAN = re.compile(r"l?x{0,3}(?:ix|iv|v?i{0,3})")


def numbers_in_recommendation(own: str) -> bool:
    """A letter ("b") or roman numeral ("iii") that numbers an action in its recommendation."""
    return own.isalpha() and own.islower() and (len(own) <= 2 or bool(_ROMAN.fullmatch(own)))


# A cell holding an item's finding and its action as two labelled parts, as a fire risk
# assessment or an audit prints each item: "Finding: Fire door wedged open." over (or
# after) "Action required: Remove the wedge …". The action is the part its label names.
_FINDING_LABEL = r"(?:(?:significant|key|audit)\s+)?(?:finding|issue|observation|concern)s?"
_ACTION_LABEL = (
    r"(?:(?:recommended|agreed|proposed|management)\s+)?actions?"
    r"(?:\s+(?:required|to\s+be\s+taken|agreed|proposed))?"
)
_FINDING_THEN_ACTION = re.compile(
    rf"\s*{_FINDING_LABEL}\s*:\s*\S.*?(?:\n|(?<=[.;!?])[ \t]+)"
    rf"\s*{_ACTION_LABEL}\s*:\s*(?P<action>\S.*)",
    re.IGNORECASE | re.DOTALL,
)


def labelled_action(cell: str) -> str | None:
    """The action part of a cell opening with a labelled finding (or issue, observation)
    and going on to a labelled action: "Finding: Exit blocked. Action required: Clear it."
    → "Clear it."; None for any other cell."""
    m = _FINDING_THEN_ACTION.fullmatch(cell)
    return m["action"].strip() if m else None


# A duty laid on someone, as a standard or an inspector words it: who it binds, a few
# words, then "must", "should", "shall" or "is required to" ("Landlords must keep …",
# "The provider should …"). "We will …" is the plan's own promise, no duty quoted.
_DUTY = re.compile(
    r"^(?!we\b)(?:[\w'’&-]+\s+){1,6}?(?:must|should|shall|(?:is|are)\s+(?:required|expected)\s+to)\b",
    re.IGNORECASE,
)


def states_a_duty(cell: str) -> bool:
    """The cell quotes what someone must or should do ("Landlords must keep …")."""
    return bool(_DUTY.match(cell.strip()))


# What a verb of work acts on: an article, a quantifier, a possessive or a number
_OBJECT = r"(?:(?:the|a|an|all|every|each|any|our|their|its|this|these|those|new)\b|\d)"
# Work to do: a verb, a particle perhaps ("set up", "carry out"), then what it acts on
# ("Publish the …", "Inspect every …", "To agree the …"), or "We will …". Never a
# sentence opened by what it is about ("The survey …") nor a past tense telling news
# ("Completed the …": six letters or more ending "ed"; "Embed the" is work).
_WORK = re.compile(
    rf"^(?:we\s+will\b|we['’]ll\b|(?:to\s+)?(?!{_OBJECT}|(?:we|they|it|there|he|she)\b"
    rf"|\w{{4,}}ed\b)[a-z]+(?:\s+(?:up|out|in|on|off|back|down|forward))?\s+{_OBJECT})",
    re.IGNORECASE,
)


def states_work(cell: str) -> bool:
    """The cell says what will be done: a verb and what it acts on ("Publish the …",
    "Set up a …") or "We will …"."""
    return bool(_WORK.match(cell.strip()))
