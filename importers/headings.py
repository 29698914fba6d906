"""The words and numbering that head a recommendation or lead an action's text.

"Recommendation 2:", "Area of weakness 3", "AFI 4", "Must do MD2" head a
recommendation; "2.1.1.", "1.3)", "1.4 –" lead an action and are its ref.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from importers import vocab

# Numbering that leads an action's text: "2.1.1.", "1.3)", "1.4 –", "R2", "3.", "a)", "(b)",
# a goal's number, its target's letter and the activity's number, "1A1." (goal 1, target A),
# and a step's number before a colon or dash, "Step 1:" (the action's own number)
# A number in square brackets opens a task tool's card name as its plan's number, so
# the tool sorts the cards ("[1.2] Refresh the corporate plan"): read as "1.2 –".
# The space after a number's point may be missing before a capitalised word ("2.The
# Government should …", typed in haste): the number still; "3.A" (a part) is no word.
LEADING_NUMBER = re.compile(
    r"^\s*[(\[]?(?P<ref>(?i:step|action|task)\s+\d{1,3}[a-z]?(?=\s*[:\-–—])"
    r"|R\d+(?:\.\d+)*|[A-Z]{1,4}\d+(?:\.\d+)+|\d+(?:\.\d+)+[a-z]?\.?"
    r"|\d{1,2}[A-Z]\d{1,2}(?=[.):]|\s+[-–—])"
    r"|\d+[a-z]?(?=[.):\]]|\s+[-–—])|[a-z](?=\)))"
    r"(?:[.):\]]?\s*[-–—]?\s+|\.(?=[A-Z][a-z]))(?P<rest>\S.*)$",
    re.DOTALL,
)


_LABELS = (
    r"recommendations?|recs?\.?|breach(?:es)?"
    r"|areas?\s+(?:of|for)\s+(?:\w+\s+)?(?:weakness|improvement|development|concern)"
    r"|causes?\s+(?:of|for)\s+concern"  # HMICFRS's, written out or as "CoC"
    r"|key\s+(?:issues?|findings?|priorit(?:y|ies)|lines?\s+of\s+enquiry)|issues?|afis?"
    r"|cocs?|must\s+dos?|should\s+dos?|priorit(?:y|ies)(?:\s+actions?|\s+areas?)?|concerns?"
    r"|objectives?|findings?|requirements?"
    r"|improvement\s+areas?|themes?|work\s*streams?|strands?|aims?|goals?|kloes?|phases?"
)
# A bilingual heading writes the label in the other language first, as its header does:
# "Argymhelliad / Recommendation R1:", "Maes i'w wella / Area for improvement 2", the
# number after each label too ("Maes i'w wella 1 / Area for improvement 1: …").
_WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*"
_TRANSLATION = rf"(?:{_WORD}(?:\s+{_WORD}){{0,4}}(?:\s+[A-Z]{{0,4}}\d+[a-z]?)?\s*/\s*)?"
# A source cited in brackets between a heading's number and its words, "Must do 1
# (Regulation 12): The trust must …", "Condition 1 (SET 3.9): …": not the heading's text.
_CITATION = r"(?:\s*\([^()]{1,30}\)(?=\s*[:.\-–—]))?"
# A heading's number may stand in brackets, "Must do (1): The trust must …": the same
# number as "Must do 1:", its text the words after the colon. A count after the number
# ("Area of weakness 1 of 3 – …") says how many there are: no part of the ref or text.
REC_HEADING = re.compile(
    rf"^\s*{_TRANSLATION}(?:[A-Za-z]+\s+)?(?P<label>{_LABELS})\s*(?:no\.?|number|#|ref\.?)?\s*[:.\-–—]?\s*"
    rf"(?P<open>\()?(?P<ref>[A-Z]{{0,4}}\d+[a-z]?(?:\.\d+)*)(?![\w/])(?(open)\))"
    r"(?:\s+of\s+\d{1,3}(?=\s*(?:[:.\-–—]|$)))?"
    rf"{_CITATION}\s*[:.\-–—)]?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# An action's wording opened by the inspectorate's label and number for what it answers,
# a spaced dash or a colon, then the words, as a tracker of one item per row writes
# them: "Recommendation 5 - By 31 March 2027, chief constables should …", "AFI 3: …".
_ANSWERED_LABELS = (
    r"recommendations?|recs?\.?|areas?\s+for\s+improvement|afis?|causes?\s+of\s+concern"
    r"|cocs?|must\s+dos?|should\s+dos?|requirements?|breach(?:es)?"
)
LABELLED_OPENING = re.compile(
    rf"^\s*(?P<written>(?:{_ANSWERED_LABELS})\s*(?P<ref>[A-Z]{{0,4}}\d{{1,3}}[a-z]?))"
    r"(?:\s*:|\s+[-–—])\s+(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def split_labelled_opening(text: str) -> tuple[str, str, str] | None:
    """("Recommendation 5", "5", "By 31 March 2027, …") for "Recommendation 5 - By 31 March
    2027, …"; None for wording not so opened."""
    m = LABELLED_OPENING.match(text)
    return (m["written"], m["ref"], m["rest"].strip()) if m else None


# A label naming what the wording is, a colon after it, as a government's response
# writes the Committee's recommendation under its own number ("1: PAC recommendation: The
# Department should …"): the label in the singular, perhaps after a body's name or a word
# or two ("NAO recommendation", "The Committee's recommendation"), perhaps with its own
# number ("PAC recommendation 3:"). It opens the wording and is no part of it.
_NAMING_LABELS = (
    r"recommendation|rec\.?|area\s+for\s+improvement|afi|cause\s+of\s+concern|coc"
    r"|must\s+do|should\s+do|requirement|breach"
)
NAMING_LABEL = re.compile(
    rf"^\s*(?:[A-Z][\w'’&]*\s+){{0,2}}(?i:{_NAMING_LABELS})"
    r"(?:\s+(?P<ref>[A-Z]{0,4}\d{1,3}[a-z]?))?\s*:\s+(?P<rest>\S.*)$",
    re.DOTALL,
)


def without_naming_label(text: str) -> tuple[str | None, str]:
    """(None, "The Department should …") for "PAC recommendation: The Department should
    …", ("3", "…") for "NAO recommendation 3: …": the wording without the label naming
    it, and the label's number where it has one; (None, text) for wording not so opened."""
    m = NAMING_LABEL.match(text)
    return (m["ref"], m["rest"].strip()) if m else (None, text)


# A list's short name before its number: "AfPA1 – …", "AfI 2 – …", "MD1 – …", "R1 – …".
# The name is an abbreviation, one capital or capitals at both ends, perhaps with a small
# word's letter inside ("AfPA": area for priority action), so a word ("Step 1") never
# reads as one.
LISTED_HEADING = re.compile(
    r"^\s*(?P<prefix>[A-Z](?:[A-Za-z]{0,3}[A-Z])?)\s?(?P<number>\d{1,3})(?![\w/.])"
    r"\s*[:.)\-–—]\s*(?P<rest>\S.*)$",
    re.DOTALL,
)


# That name and number alone, as a ref column writes them: "AFI1", "R3", "AfI 2"
LISTED_CODE = re.compile(r"^\s*(?P<prefix>[A-Z](?:[A-Za-z]{0,3}[A-Z])?)\s?(?P<number>\d{1,3})\s*$")


def lists_counted_apart(texts: Iterable[str]) -> frozenset[str]:
    """The short names of two or more lists that each count from 1 ("AfPA1", "AfPA2",
    then "AfI1"): a report's areas for priority action and its areas for improvement.
    Each number is only unique with its list's name, so the name is part of the ref. One
    list, or lists numbered on from each other ("CoC 1", "AFI 2"), need no name: none.
    A heading ("AfI 2 – Leaders should …") or a ref alone in its cell ("R1", "AFI1")."""
    firsts: dict[str, int] = {}
    for text in texts:
        if m := LISTED_HEADING.match(text) or LISTED_CODE.match(text):
            firsts.setdefault(m["prefix"], int(m["number"]))
    from_one = frozenset(prefix for prefix, first in firsts.items() if first == 1)
    return from_one if len(from_one) >= 2 else frozenset()


def split_listed_heading(text: str, lists: frozenset[str]) -> tuple[str, str] | None:
    """("AfI2", "Leaders should …") for "AfI 2 – Leaders should …" where "AfI" names one
    of the plan's lists counted apart (``lists_counted_apart``); else None."""
    m = LISTED_HEADING.match(text)
    if m is None or m["prefix"] not in lists:
        return None
    return f"{m['prefix']}{m['number']}", m["rest"].strip()


def listed_code(cell: str, lists: frozenset[str]) -> str | None:
    """ "AFI1" for a ref cell "AFI 1" or "AFI1" where "AFI" names one of the plan's lists
    counted apart (``lists_counted_apart``): the name is part of the ref; else None."""
    m = LISTED_CODE.match(cell)
    return f"{m['prefix']}{m['number']}" if m and m["prefix"] in lists else None


def glued_code(cell: str) -> str | None:
    """ "CoC1" for a ref cell "CoC1": a list's short name glued to its number, nothing
    else, is a code as "MD1" is, kept as written though the plan has no other list;
    None for "CoC 1", where a space makes the name a label to drop."""
    m = LISTED_CODE.match(cell)
    return cell.strip() if m and not any(c.isspace() for c in cell.strip()) else None


# A heading that is only a code and text: "1. Leadership", "MD2 – Safe care", and a
# dotted number before a space ("1.1 Identifying people …": 1.1, not 1 and "1 Identifying").
CODE_HEADING = re.compile(
    r"^\s*(?P<ref>[A-Z]{1,4}\d+[a-z]?|\d+(?P<dots>(?:\.\d+)+)?[a-z]?)"
    r"(?(dots)\.?\s*[:)\-–—]?\s+|\s*[:.)\-–—]\s*)(?P<rest>\S.*)$",
    re.DOTALL,
)

# A block's heading written as its bare number and title with no mark between ("5 The
# complaint handling process"): read so only where the codes beneath are numbered under it.
BARE_NUMBER_HEADING = re.compile(r"^\s*(?P<ref>\d{1,2})\s+(?P<rest>[A-Z][^\W\d_].*)$", re.DOTALL)

# A list's short name and number, one space, then the heading's words with no mark
# between, as Estyn lists its recommendations: "R1 Improve pupils' writing …", "R2 Ensure
# …". Read so only where such banners recur with one name and rising numbers.
BARE_CODE_HEADING = re.compile(
    r"^\s*(?P<prefix>[A-Z]{1,4})(?P<number>\d{1,2})\s+(?P<rest>[A-Z][^\W\d_].*)$", re.DOTALL
)


def bare_codes_that_rise(texts: Iterable[str]) -> frozenset[str]:
    """The short names ("R") of banners "R1 Improve …", "R2 Ensure …" that head two rows or
    more with numbers that only rise: the plan's own list, though no mark follows the code."""
    found = (BARE_CODE_HEADING.match(text) for text in texts)
    return labels_that_rise((m["prefix"], m["number"], m["rest"]) for m in found if m)


def bare_lists_counted_apart(texts: Iterable[str]) -> frozenset[str]:
    """The short names ("MD", "SD") of two lists or more each counted from 1, written as
    "MD1 Ligature risks", "MD2 …", then "SD1 Care plans" with no mark after the code (as a
    tracker's finding column merges them down each block); none for one list."""
    firsts: dict[str, int] = {}
    for text in texts:
        if m := BARE_CODE_HEADING.match(text):
            firsts.setdefault(m["prefix"], int(m["number"]))
    from_one = frozenset(prefix for prefix, first in firsts.items() if first == 1)
    return from_one if len(from_one) >= 2 else frozenset()


def split_bare_code_heading(text: str, prefixes: frozenset[str]) -> tuple[str, str] | None:
    """("R1", "Improve pupils' writing …") for "R1 Improve pupils' writing …" where "R" is
    one of ``prefixes`` (``bare_codes_that_rise``); else None."""
    m = BARE_CODE_HEADING.match(text)
    if m is None or m["prefix"] not in prefixes:
        return None
    return f"{m['prefix']}{m['number']}", m["rest"].strip()


# A report's code leading its title, one space between: "IA25/04 Payroll (Limited)",
# "AUD-2025-07 Fleet management". The code holds a letter, digits and a separator inside
# ("/", "-", "."), so a word or a year ("Payroll 2025") never reads as one. A slash may
# follow the letters, as an investigation's case reference is written: "IX/00412/26
# Death following police contact" (letters, the case number, the year).
REPORT_CODE_HEADING = re.compile(
    r"^\s*(?P<ref>[A-Z]{1,6}[\-_/]?\d+(?:[.\-/]\d+)+)\s+(?P<rest>[^\W\d_].*)$", re.DOTALL
)


def split_report_code(text: str) -> tuple[str | None, str]:
    """("IA25/04", "Payroll (Limited)") for "IA25/04 Payroll (Limited)"; (None, text) else."""
    m = REPORT_CODE_HEADING.match(text)
    return (m["ref"], m["rest"].strip()) if m else (None, text)


# A code alone in its cell, the heading's text in the next: "2" | "Leadership", "MD2" | "…".
# A number sign may open it ("#1" | "Assessing needs", its actions "#1.1"): kept in the ref.
CODE_CELL = re.compile(r"^\s*\(?(?P<ref>#?[A-Z]{0,4}\d+[a-z]?)[.):]?\s*$")


# A theme's capital letter alone in its cell ("A" | "Make assessment criteria clear …"),
# and a code under it: the letter then a number ("A1", "A2.1")
_LETTER_CELL = re.compile(r"^\s*(?P<ref>[A-Z])[.):]?\s*$")
_CODE_OF_A_ROW = re.compile(r"^\s*[A-Z]{1,4}\d{1,3}(?:\.\d{1,3})*[a-z]?\s*$")


def letter_heading(cells: Sequence[str]) -> tuple[str, str] | None:
    """("A", "Make …") for a row of a capital letter alone in its first filled cell and
    words in one other cell, nothing else; None for any other row."""
    for cell in cells:  # asked of every row: most rows' first filled cell is no letter
        if cell.strip():
            if not _LETTER_CELL.match(cell):
                return None
            break
    filled = [c for c in cells if c.strip()]
    m = _LETTER_CELL.match(filled[0]) if len(filled) == 2 else None
    return (m["ref"], filled[1].strip()) if m and re.search("[a-z]", filled[1]) else None


def letters_over_their_codes(rows: Iterable[Sequence[str]]) -> frozenset[str]:
    """The letters of rows "A" | words that head the rows beneath them, each to the next
    such row, where one column codes every one of those rows under its letter ("A1", "A2"
    under A; a row with no code there, a note, aside): a plan's lettered themes over their
    actions. Two such rows or more, the letters rising; else none, so a lone letter over
    rows numbered on their own ("H" | "Fix the roof" over "1") heads nothing."""
    blocks: list[tuple[str, list[Sequence[str]]]] = []
    for row in rows:
        if (heading := letter_heading(row)) is not None:
            blocks.append((heading[0], []))
        elif blocks and any(c.strip() for c in row):
            blocks[-1][1].append(row)
    letters = [letter for letter, _ in blocks]
    if len(blocks) < 2 or letters != sorted(set(letters)) or not all(b for _, b in blocks):
        return frozenset()
    width = max(len(row) for _, beneath in blocks for row in beneath)
    for col in range(width):
        if all(_coded_under(beneath, col, letter) for letter, beneath in blocks):
            return frozenset(letters)
    return frozenset()


def _coded_under(beneath: list[Sequence[str]], col: int, letter: str) -> bool:
    """Whether the rows under a letter open with a code in ``col`` under it, and every
    code there is under it."""
    codes = [row[col].strip() for row in beneath if col < len(row)]
    codes = [code for code in codes if _CODE_OF_A_ROW.match(code)]
    first = beneath[0][col].strip() if col < len(beneath[0]) else ""
    return first in codes and all(re.match(rf"{letter}\d", code) for code in codes)


# Any label and a number or a capital letter ahead of the heading's text: "Indicator 2 –
# …", "IEA 1 – …", "Section 5: …", "Scope area B – …". Which labels head recommendations
# is decided by recurrence (see ``labels_that_rise``), not by the word: a plan names its own
# headings.
# A dotted number is a heading's number before a space alone too: "QI 1.3 Leadership of
# change" (a quality indicator), as "1.1 Identifying people …" is (``CODE_HEADING``).
# A bracket between the number and the separator, "Must-do 1 (acute wards): The trust …",
# qualifies or cites as it does after the known labels: the text is what follows it.
# The label's short form may follow it in brackets, "Action for Further Improvement (AFI)
# 7 – the Force should …": the label as written out, the text after the dash.
LABELLED_HEADING = re.compile(
    r"^\s*(?P<label>[^\W\d_]+(?:[ '’&/-]+[^\W\d_]+){0,4})(?:\s*\([A-Z][A-Za-z]{1,7}\))?\s+"
    r"(?:(?P<ref>[A-Z]{0,4}\d{1,3}[a-z]?|[A-Z])"
    rf"(?!\.\d)(?![\w/]){_CITATION}\s*(?:[:.)\-–—]\s*(?P<rest>.*))?"
    r"|(?P<dotted>\d{1,3}(?:\.\d{1,3})+)(?![\w/.])\s*(?:[:)\-–—]\s*)?(?P<dotted_rest>.*))$",
    re.DOTALL,
)


# A heading numbered in roman numerals, with no label: "ii. Give patients a copy …". Read
# as a label of its own (``ROMAN``), so it heads blocks on the same evidence: recurrence.
ROMAN_HEADING = re.compile(
    r"^\s*\(?(?P<ref>[ivx]{1,6}|[IVX]{1,6})[.)]\s+(?P<rest>\S.*)$", re.DOTALL
)
ROMAN = "(roman numerals)"
# A heading lettered in round brackets, with no label: "(a) Develop and deliver …", as a
# notice letters its expectations. Read as a label of its own (``LETTERED``), heading
# blocks on the same evidence: letters that rise, (a), (b), (c). A numeral ("(i)") is
# read as roman first, as before.
LETTERED_HEADING = re.compile(r"^\s*\((?P<ref>[a-z])\)\s+(?P<rest>\S.*)$", re.DOTALL)
LETTERED = "(bracketed letters)"
# A heading lettered by a capital and a stop or bracket, with no label: "A. Records
# management", "B) Security of personal data", as an audit letters its areas (the actions
# beneath often "A1", "A2"). Read as a label of its own (``CAPITALS``), heading blocks on
# the same evidence: letters that rise, A, B, C. "I", "V" and "X" stay roman numerals.
CAPITAL_HEADING = re.compile(r"^\s*(?P<ref>[A-HJ-UWYZ])[.)]\s+(?P<rest>\S.*)$", re.DOTALL)
CAPITALS = "(capital letters)"
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}


def roman_value(numeral: str) -> int | None:
    """4 for "iv" or "IV"; None for letters that are no numeral as written ("iiv", "vv")."""
    digits = [_ROMAN_DIGITS[c] for c in numeral.casefold() if c in _ROMAN_DIGITS]
    if not numeral or len(digits) != len(numeral):
        return None
    value = sum(-d if d < after else d for d, after in zip(digits, [*digits[1:], 0], strict=True))
    return value if _as_roman(value) == numeral.casefold() else None


def _as_roman(value: int) -> str:
    out = ""
    for number, numeral in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        count, value = divmod(value, number)
        out += numeral * count
    return out


# A heading's number written in words after its label: "Priority action two – Leaders
# should …" is "Priority action 2 – …". Only where the number stands, between the label
# and the separator (or the end), so "one" inside the heading's words stays a word.
# The one list of numbers in words: counted reads "within six weeks" by it too.
NUMBER_WORDS = {
    word: n
    for n, word in enumerate(
        """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty""".split(),
        1,
    )
}
_WORDED_NUMBER = re.compile(
    r"^(?P<label>\s*[^\W\d_]+(?:[ '’&/-]+[^\W\d_]+){0,4}?\s+)"
    rf"(?P<word>{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"
    r"(?=\s*(?:[:.)\-–—]|$))",
    re.IGNORECASE,
)


# A heading counted by an ordinal before its label, as a review's text names its
# recommendations: "First recommendation: The Trust should …", "2nd priority – …". The
# ordinal numbers it as the number after the label does: read as "recommendation 1: …".
# Only an ordinal opening the heading, one to twenty, its label one to four words, then
# the separator (or the end); "First, the Trust should …" is wording.
ORDINAL_WORDS = {
    word: n
    for n, word in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
        twentieth""".split(),
        1,
    )
}
_ORDINAL_HEADING = re.compile(
    rf"^\s*(?:(?P<word>{'|'.join(sorted(ORDINAL_WORDS, key=len, reverse=True))})"
    r"|(?P<digits>\d{1,2})(?:st|nd|rd|th))\s+"
    r"(?P<label>[^\W\d_]+(?:[ '’&/-]+[^\W\d_]+){0,3}?)(?=\s*(?:[:.)\-–—]|$))",
    re.IGNORECASE,
)


def _number_in_digits(text: str) -> str:
    """ "Priority action 2 – …" for "Priority action two – …", "recommendation 1: …" for
    "First recommendation: …"; other text as it is."""
    if m := _ORDINAL_HEADING.match(text):
        number = m["digits"] or ORDINAL_WORDS[m["word"].lower()]
        return f"{m['label']} {int(number)}{text[m.end() :]}"
    m = _WORDED_NUMBER.match(text)
    if m is None:
        return text
    return f"{m['label']}{NUMBER_WORDS[m['word'].lower()]}{text[m.end() :]}"


# A heading that is its label, a colon and a bare letter or number, nothing after:
# "RECOMMENDATIONS FOR KEY ISSUES: A" (its wording on the next line), as "Key issue A".
_COLON_REF_HEADING = re.compile(
    r"^\s*(?P<label>[^\W\d_]+(?:[ '’&/-]+[^\W\d_]+){0,4})\s*:\s*(?P<ref>[A-Z]|\d{1,3})\s*$"
)


def label_key(label: str) -> str:
    """A heading's label as compared with the others: its words in lower case, each
    without a plural's "s", so "Recommendations for key issues: A" and the singular
    "Recommendation for key issue: B" (an author's slip) are one label."""
    return " ".join(_singular(word) for word in label.casefold().split())


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def split_labelled_heading(text: str) -> tuple[str, str, str] | None:
    """("indicator", "2", "Relative likelihood …") for "Indicator 2 – Relative likelihood …";
    (ROMAN, "ii", "Give patients …") for "ii. Give patients …"."""
    m = LABELLED_HEADING.match(_number_in_digits(text))
    if m:
        label = label_key(m["label"])
        if m["dotted"]:
            return label, m["dotted"], m["dotted_rest"].strip()
        return label, m["ref"], (m["rest"] or "").strip()
    if m := _COLON_REF_HEADING.match(text):
        return label_key(m["label"]), m["ref"], ""
    m = ROMAN_HEADING.match(text)
    if m and roman_value(m["ref"]) is not None:
        return ROMAN, m["ref"], m["rest"].strip()
    m = CAPITAL_HEADING.match(text)
    if m:
        return CAPITALS, m["ref"], m["rest"].strip()
    m = LETTERED_HEADING.match(text)
    return (LETTERED, m["ref"], m["rest"].strip()) if m else None


# A block's heading merged down a column as a label, its number and a title with no mark
# between: "Regulation 12 HSCA RA Regulations 2014 Safe care and treatment" (the CQC
# form's regulation, then its name). Read so only in such a column, one label over every
# block with rising numbers: on a lone row a label and a number may open a sentence.
_SPACED_LABELLED_HEADING = re.compile(
    r"^\s*(?P<label>[^\W\d_]+(?:[ '’&/-]+[^\W\d_]+){0,4})\s+(?P<ref>\d{1,3}[a-z]?)"
    r"\s+(?P<rest>[A-Z][^\W\d_].*)$",
    re.DOTALL,
)


def split_column_heading(text: str) -> tuple[str, str, str] | None:
    """A recommendation column's block heading: "Standard 2: Medication" as on heading rows,
    or "Regulation 12 Safe care" with a space alone after the number."""
    found = split_labelled_heading(text)
    if found is not None:
        return found
    m = _SPACED_LABELLED_HEADING.match(text)
    return (label_key(m["label"]), m["ref"], m["rest"].strip()) if m else None


def split_labelled_cells(cells: list[str]) -> tuple[str, str, str] | None:
    """A row that is a labelled heading: one cell ("Indicator 2 – …"), or two with the
    label and number alone in the first and the text in the second ("Improvement 1" |
    "Leaders should ensure …"), as "Key issue 2 –" | "…" is written."""
    filled = [c for c in cells if c]
    if len(filled) == 1:
        return split_labelled_heading(filled[0])
    found = split_labelled_heading(filled[0]) if len(filled) == 2 else None
    return (found[0], found[1], filled[1].strip()) if found and not found[2] else None


def stage_numbers(cells: Iterable[str]) -> dict[str, int]:
    """Each cell's number, where every cell is one label, a number and its words ("Stage 2 –
    Delivery", "Stage 4 – Closed": the steps an action passes through) and two numbers or
    more are written; empty else."""
    found = {cell: split_labelled_heading(cell) for cell in cells if cell}
    labels = {f[0] for f in found.values() if f is not None}
    if len(labels) != 1 or any(f is None or not f[2] or not f[1].isdigit() for f in found.values()):
        return {}
    numbers = {cell: int(f[1]) for cell, f in found.items() if f is not None}
    return numbers if len(set(numbers.values())) >= 2 else {}


def labels_that_rise(headings: Iterable[tuple[str, str, str] | None]) -> frozenset[str]:
    """The labels of these headings (label, ref, text) that head two rows or more with
    numbers (or letters) that only rise ("Indicator 2", "Indicator 5", "Indicator 9";
    "Scope area A", "Scope area B"): a sequence of headings, gaps and all, that the plan
    numbered itself. A label whose numbers fall back ("Stage 1", "Stage 2", "Stage 1"),
    or that mixes numbers and letters, is wording inside the blocks, not their sequence."""
    refs: dict[str, list[str]] = {}
    for found in headings:
        if found is not None:
            label, ref, _ = found
            refs.setdefault(label, []).append(ref)
    return frozenset(
        label for label, seq in refs.items() if (_romans_rise if label == ROMAN else rises)(seq)
    )


def _romans_rise(refs: list[str]) -> bool:
    """i, ii, iii, iv: numerals that only go up, one of several letters among them (a
    list lettered a … z has "i" and "v", never "ii")."""
    ranks = [roman_value(ref) or 0 for ref in refs]
    return (
        len(refs) >= 2
        and any(len(ref) > 1 for ref in refs)
        and all(0 < a < b for a, b in zip(ranks, ranks[1:], strict=False))
    )


def rises(refs: list[str]) -> bool:
    """Numbers (or capital letters) that only go up, gaps allowed: 2, 5, 9 or A, B, C."""
    if len(refs) < 2 or len({ref.isalpha() for ref in refs}) > 1:
        return False
    if any(ref.isalpha() and len(ref) > 1 for ref in refs):
        return False  # "Ref", "Action": words, no letters of a sequence
    ranks = [_rank(ref) for ref in refs]
    return all(a < b for a, b in zip(ranks, ranks[1:], strict=False))


def _rank(ref: str) -> tuple[int, ...]:
    """Where a ref stands in its sequence: "B" after "A", "1.10" after "1.9" (by parts)."""
    return (ord(ref),) if ref.isalpha() else tuple(int(n) for n in re.findall(r"\d+", ref))


def cell_code_heading(cells: list[str]) -> tuple[str, str] | None:
    """("2", "Leadership") for a row of a code alone in its cell and one cell of text."""
    filled = [c for c in cells if c]
    if len(filled) == 2 and (m := CODE_CELL.match(filled[0])):
        return m["ref"], filled[1]
    return None


# A recommendation written in full on every row with its number in brackets at the end:
# "Increase MMR uptake in the wards with the lowest coverage. (Rec 2)". The bracket names
# the recommendation (a label and its number), as a heading's label does at the start.
TRAILING_REC_REF = re.compile(
    rf"^(?P<rest>.*?\S)\s*[(\[]\s*(?:rec(?:ommendation)?s?\.?|{_LABELS})\s*(?:no\.?\s*)?"
    r"(?P<ref>[A-Z]{0,4}\d+[a-z]?(?:\.\d+)*)\s*[)\]]\s*$",
    re.IGNORECASE | re.DOTALL,
)


def split_trailing_rec_ref(text: str) -> tuple[str | None, str]:
    """("4", "Make sure schools …") for "Make sure schools … (Rec 4)", ("22PR", "Embed …")
    for "Embed … [22PR]"; (None, text) else."""
    m = TRAILING_REC_REF.match(text)
    if m is None:
        return split_trailing_list_code(text)
    return m["ref"], m["rest"].strip()


# The plan's own code in square brackets closing the recommendation: its number in the
# report's list, then the list's initials, spaced or not ("… fostering service [22PR]",
# "… [23 PR]", "… [4 FR]" for a peer review's and an Ofsted report's lists). Square
# brackets only: a round one closes wording as often ("(2 WTE)").
_TRAILING_LIST_CODE = re.compile(
    r"^(?P<rest>.*?\S)\s*\[\s*(?P<number>\d+)\s?(?P<list>[A-Z]{1,4})\s*\]\s*$", re.DOTALL
)


def split_trailing_list_code(text: str) -> tuple[str | None, str]:
    """("23PR", "The lack of …") for "The lack of … [23 PR]"; (None, text) else."""
    m = _TRAILING_LIST_CODE.match(text)
    return (m["number"] + m["list"], m["rest"].strip()) if m else (None, text)


# The lines a recommendation cell adds under its wording, as a report's action plan
# prints them: a label and its value ("Overall lead: REGISTRAR", "Supported by: Head of
# Student Casework"), the report's paragraphs it came from ("QAA QSR report 2.94 –
# 2.103", "Paras 78/91"), or a rating alone on its line ("MODERATE RISK", "High").
_FIELD_LABEL = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z ()/&'’-]{1,40}?)\s*:\s*(?P<value>\S.{0,80})$"
)
_REPORT_PARAGRAPHS = re.compile(
    r"^\(?(?:[A-Za-z'’&]+\s+){0,4}(?:report|paras?\.?|paragraphs?|§)\s*"
    r"\d+(?:\.\d+)*(?:\s*(?:[-–—/,;&]|and|to)\s*\d+(?:\.\d+)*)*\)?$",
    re.IGNORECASE,
)


def closing_field_lines(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A recommendation cell's wording without the lines closing it that are its fields
    (labelled lines, the report's paragraphs, a rating), and those lines as (label,
    value): ("Overall lead", "REGISTRAR"), ("Report paragraphs", "QAA QSR report 2.94 –
    2.103"), ("Rating", "MODERATE RISK"). Lines of wording stay whole, however many."""
    lines = text.split("\n")
    found: list[tuple[str, str]] = []
    while len(lines) > 1:
        if line := lines[-1].strip():  # a blank line between them parts nothing
            if (field := _closing_field(line)) is None:
                break
            found.insert(0, field)
        lines.pop()
    return ("\n".join(lines).strip(), found) if found else (text, [])


def _closing_field(line: str) -> tuple[str, str] | None:
    if _REPORT_PARAGRAPHS.match(line):
        return "Report paragraphs", line
    if vocab.is_grade(line):
        return "Rating", line
    m = _FIELD_LABEL.match(line)
    return (m["label"].strip(), m["value"].strip()) if m else None


def split_rec_heading(text: str) -> tuple[str | None, str]:
    """("5", rest) for "Recommendation No. 5 - …", ("MD2", rest) for "Must do MD2: …",
    ("AFI1", rest) for "AFI1 – …" (a short name glued to its number is a code, as "MD1"
    is; "AFI 1 – …" is 1); a pictograph opening the heading is decoration ("📌 Priority
    action 1 – …")."""
    m = REC_HEADING.match(_number_in_digits(without_decoration(text)))
    if m is None:
        return None, text
    glued = m.end("label") == m.start("ref") and _SHORT_NAME.fullmatch(m["label"])
    ref = m["label"] + m["ref"] if glued and m["ref"][:1].isdigit() else m["ref"]
    return ref, m["rest"].strip()


# A list's short name as written, capitals at both ends ("AFI", "CoC", "AfI"): a label
# glued to its number so is a code, never a word ("afi1", "Rec1")
_SHORT_NAME = re.compile(r"[A-Z](?:[A-Za-z]{0,3}[A-Z])?")


def rec_heading_label(text: str) -> str | None:
    """ "Must do" for "Must do 1: The trust must …", "AFI" for "AFI 2 – …": the label as
    written before the heading's number; None for a heading not so labelled."""
    m = REC_HEADING.match(_number_in_digits(without_decoration(text)))
    return " ".join(m["label"].split()) if m else None


# Small words a list's short name writes in lower case: "CoC" (cause of concern), "AfI"
_SMALL_WORDS = frozenset({"of", "for", "and", "to", "in", "on", "the"})


def label_initials(label: str) -> str:
    """A list's short name from its label: "MD" for "Must do", "SD" for "Should do",
    "CoC" for "Cause of concern", "AfI" for "Area for improvement"; a label that is a short
    name already ("AFI", "CoC") as written."""
    words = label.split()
    if len(words) == 1 and sum(c.isupper() for c in label) >= 2:
        return label
    return "".join(w[0].lower() if w.casefold() in _SMALL_WORDS else w[0].upper() for w in words)


# What a section's banner says after its name: "— inspected 14–15 May 2026", "(Good)"
_AFTER_NAME = re.compile(r"\s+[-–—:(]|,")


def section_initials(banner: str) -> str:
    """A section's short name from its banner's name, the words before a dash, colon,
    bracket or comma: "OPS" for "Oakwood Primary School — inspected 14–15 May 2026",
    "RA" for "Riverside Academy"; "" when the name has no word of letters."""
    name = _AFTER_NAME.split(banner, maxsplit=1)[0]
    words = [w for w in name.split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words if w.casefold() not in _SMALL_WORDS)


# A pictograph and what dresses it: its variation selector and joiner (Mn, Cf), a skin
# tone (Sk)
_DECORATION_PARTS = frozenset({"So", "Sk", "Mn", "Cf"})


def without_decoration(text: str) -> str:
    """``text`` without the pictographs and the space opening it, as teams dress a
    Planner bucket or a Teams channel's name ("📌 Priority action 1 – …", "⭐ Theme 2");
    ``text`` itself when no pictograph opens it."""
    body = text.lstrip()
    end = 0
    while end < len(body) and unicodedata.category(body[end]) in _DECORATION_PARTS:
        end += 1
    pictured = any(unicodedata.category(c) == "So" for c in body[:end])
    if not pictured or end == len(body) or not body[end].isspace():
        return text
    return body[end:].lstrip()


# A system's breadcrumb of an item's place in its tree, the steps parted by an arrow
# ("Council Plan 2026/27 > Priority 1 - A thriving local economy"): a data row's
# grouping, never a header's caption.
# The next step opens with a capital: "waiting > 52 weeks" compares, it is no path.
_BREADCRUMB_STEP = re.compile(r"\s+[>›»]\s+(?=[A-ZÀ-Þ])")


# A site's path of four steps or more parted by "/" with no space beside it, as a
# SharePoint list writes each item's folder ("sites/QualityHub/Lists/CQC Must Do
# Actions/MD1 – Sepsis screening"): a breadcrumb too. "Lead/Owner" is two captions.
_PATH = re.compile(r"^[^/\s]+(?:/(?!\s)[^/]*[^/\s]){3,}/?$")


def is_breadcrumb(cell: str) -> bool:
    """Two steps or more of a tree parted by " > " (or "›", "»"), or a site's path."""
    return _BREADCRUMB_STEP.search(cell) is not None or _PATH.match(cell) is not None


# The path of a SharePoint list's own root, "sites/ASCImprovement/Lists/CQC Improvement
# Plan", as its export writes "Path" for an item kept in no folder (and for a folder's
# own row): the last step is the list's title, which names the plan, no group of items.
_LIST_ROOT = re.compile(r"(?:^|/)Lists/[^/]+/?$", re.IGNORECASE)


def is_list_root(cell: str) -> bool:
    """A site's path that ends at a list ("sites/Housing/Lists/Plan"), in no folder."""
    return _PATH.match(cell) is not None and _LIST_ROOT.search(cell) is not None


def last_step(cell: str) -> str:
    """The breadcrumb's last step, the item's own place ("Priority 1 - A thriving local
    economy"); any other cell as written."""
    if _PATH.match(cell):
        return cell.rstrip("/").rsplit("/", 1)[-1].strip()
    return _BREADCRUMB_STEP.split(cell)[-1].strip()


def split_number(text: str) -> tuple[str | None, str]:
    """("2.1.1", rest) for "2.1.1. Social Care to …"; (None, text) otherwise."""
    m = LEADING_NUMBER.match(text)
    if not m:
        return None, text
    return m["ref"].rstrip("."), m["rest"].strip()


# A cell that is a ref's label and the code alone: "Ref No. E1", "Ref: E1", "Reference 3"
_REF_CELL = re.compile(
    r"^\s*(?:ref(?:erence)?\.?(?:\s*(?:no\.?|number))?|no\.)\s*:?\s*"
    r"(?P<ref>[A-Z]{0,4}\d{1,3}[a-z]?)\s*$",
    re.IGNORECASE,
)


def ref_cell(cell: str) -> str | None:
    """ "E1" for "Ref No. E1" or "Ref: E1"; None for any other cell."""
    m = _REF_CELL.match(cell)
    return m["ref"] if m else None


# A list's short name in capitals joined by a hyphen to two figures: "AFI-01",
# "AFI-12". The padding makes it a code the author wrote the same way everywhere (the
# actions run on from it, "AFI-01.1"), so it is the ref as written, not a label and 1.
_PADDED_CODE = re.compile(r"^\s*[A-Z]{2,5}-\d{2}\s*$")


def heading_ref(cell: str) -> str | None:
    """The ref of a cell that is only a heading label and number: "AFI 2" gives "2";
    a padded code "AFI-01" is kept as written."""
    ref, rest = split_rec_heading(cell)
    if ref is None or rest:
        return None
    return cell.strip() if _PADDED_CODE.match(cell) else ref


# The word before an action's own number, "Action", "Step no.", and that number ("2", "2a")
# closing the ref
_ACTION_WORD = r"(?i:action|act|task|step)s?\.?\s*(?i:no\.?\s*)?"
_OWN_NUMBER = r"(?P<own>\d{1,3}[a-z]?)\s*$"
# A ref that names its recommendation, then the action's number after a word: "Rec 3
# Action 2" and "Cond 1 Action 2" (a label, dropped like "AFI 3" → 3), "R1 Action 1" (a
# code, kept as written). The action is then "3.2", "R1.1". A ref column holding both
# numbers may part them with a slash, dash or comma ("AFI 2 / Action 3").
WORDED_REF = re.compile(
    r"^\s*(?:(?P<code>[A-Z]{1,4}\d{1,3})|[^\W\d_]{1,20}\.?\s+(?P<number>\d{1,3}))"
    rf"\s*[,:;/\-–—]?\s*{_ACTION_WORD}{_OWN_NUMBER}"
)
# A code whose first part is its recommendation's: "R1-A2" (R1), "3/2" (3), spaced or not
# about its dash or slash ("R2 – A3"). Kept as written.
CODED_REF = re.compile(
    r"^\s*(?P<rec>[A-Z]{0,4}\d{1,3})(?:\s?[-–]\s?[A-Z]{1,2}|\s?/\s?)\d{1,3}[a-z]?\s*$"
)


# An action's number in its recommendation behind a word or a hash and nothing else:
# "Action 2", "Step no. 3", "#2" numbered afresh under each recommendation, as a bare "2".
# A count after a bare number ("1 of 3", "2 of 3") says how many actions there are: no
# part of the ref, the number is the action's under its recommendation.
_LABELLED_NUMBER = re.compile(
    rf"^\s*(?:(?:{_ACTION_WORD}|#\s*){_OWN_NUMBER}|(?P<counted>\d{{1,3}})\s+of\s+\d{{1,3}}\s*$)",
)


# A short label written before every action's number ("R1", "R2", "Rec 3"), as an
# audit tracker numbers each audit's recommendations afresh
_LABELLED_POSITION = re.compile(r"^\s*(?P<label>[^\W\d_]{1,4})\.?\s?(?P<number>\d{1,3})\s*$")


def labelled_position(ref: str) -> tuple[str, int] | None:
    """("R", 1) for "R1", ("Rec", 3) for "Rec 3"; None for any other ref."""
    m = _LABELLED_POSITION.match(ref)
    return (m["label"], int(m["number"])) if m else None


def labelled_number(ref: str) -> str | None:
    """ "2" for "Action 2", "Step no. 2", "#2" or "2 of 3"; None for any other ref."""
    m = _LABELLED_NUMBER.match(ref)
    return (m["own"] or m["counted"]) if m else None


def worded_ref(ref: str) -> tuple[str, str] | None:
    """("3", "2") for "Rec 3 Action 2", ("R1", "1") for "R1 Action 1"; else None."""
    m = WORDED_REF.match(ref)
    return (m["code"] or m["number"], m["own"]) if m else None


def recommendation_in_ref(ref: str) -> str | None:
    """The recommendation an action's ref names: "3" in "Rec 3 Action 2" and "3/2", "R1"
    in "R1-A2" and "R1 Action 1"; None for a ref that names none ("2.1", "A-001")."""
    if (worded := worded_ref(ref)) is not None:
        return worded[0]
    m = CODED_REF.match(ref)
    return m["rec"] if m else None


# A heading cell that cites a source between its number and its words: "Condition 1
# (SET 3.9): The education provider must …", "Recommendation 2 (SET 5.2): …".
CITED_HEADING = re.compile(
    rf"^\s*[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}\s+(?P<number>\d{{1,3}}){_CITATION}"
    r"\s*[:.\-–—]\s*(?P<rest>\S.*)$",
    re.DOTALL,
)


def text_after_number(cell: str, rec_ref: str) -> str | None:
    """The words of a heading cell whose label and number are its recommendation's
    ("Condition 1 (SET 3.9): The …" for recommendation 1 or R1); None otherwise."""
    m = CITED_HEADING.match(cell)
    digits = re.sub(r"\D", "", rec_ref)
    return m["rest"].strip() if m and digits and int(m["number"]) == int(digits) else None
