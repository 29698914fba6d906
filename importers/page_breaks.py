"""What a printed page leaves in a plan converted from PDF back to Word.

A converter rebuilds the PDF's lines, not the author's paragraphs: each cell is a
paragraph per printed line, broken mid-sentence ("Replace the fire doors in the
four" over "high-rise blocks …"); the table is a table per page, with the page's
footer and the next page's running header as paragraphs between them ("Page 1 of
3", "Hartmoor District Council | Housing Improvement Plan"); and a row the page
broke goes on in the first row under the next page's header, its ref, lead, date
and status blank and its words carrying on mid-sentence. These read back as the
author wrote them: a wrapped line joins its sentence with a space, the page lines
are notes, and the broken row's rest joins the row it belongs to.
"""

from __future__ import annotations

import re

# A line the page wrapped is a printed line's width; a shorter one was ended by its
# writer ("Lead" over "officer", a header typed on two lines).
WRAPPED_LINE_CHARS = 20
# A line that ends a sentence or a label: a full stop, "!", "?" or ":", a closing quote
# or bracket after it. A semicolon goes on ("… 212 homes surveyed;" over "repairs …").
_SENTENCE_END = re.compile(r"[.!?:][\"'’”)\]]*\s*$")
# A line opening with a lower-case word, not a list's letter or numeral ("a) …", "ii. …").
_LOWER_OPENING = re.compile(r"^\s*[a-z]")
_LIST_LETTER = re.compile(r"^\s*\(?[a-z]{1,4}[.)]\s")
# A page's number printed in its footer: "Page 1 of 3", "1 of 3", "Page 2", "2 / 3".
_PAGE_NUMBER = re.compile(
    r"^\s*(?:(?:page\s+)?\d{1,4}\s*(?:of|/)\s*\d{1,4}|page\s+\d{1,4})\s*$", re.IGNORECASE
)


def carries_on(above: str, below: str) -> bool:
    """``below`` carries on ``above``'s sentence: ``above``'s last line is as long as a
    printed line the page wrapped, ends with no sentence mark, and ``below`` opens with
    a lower-case word (the line was wrapped, not ended)."""
    last = above.rsplit("\n", 1)[-1].strip()
    if len(last) < WRAPPED_LINE_CHARS or _SENTENCE_END.search(last):
        return False
    return bool(_LOWER_OPENING.match(below)) and not _LIST_LETTER.match(below)


def joined(above: str, below: str) -> str:
    """Two pieces of one cell: a space between when ``below`` carries on ``above``'s
    sentence, nothing (and no hyphen) when it ends a word ``above`` broke with a hyphen,
    else a line break (each its own line, as written)."""
    if not above or not below:
        return above or below
    if broken_word(above, below):
        return f"{above.rstrip()[:-1]}{below.lstrip()}"
    return f"{above} {below.lstrip()}" if carries_on(above, below) else f"{above}\n{below}"


# A lower-case word the typesetter broke at the printed line's end: "imple-"
_BROKEN_END = re.compile(r"(?<![^\W\d_])([a-z]+)-$")
_WORD_OPENING = re.compile(r"^\s*([a-z]+)")
# A suspended hyphen's conjunction: "short-" over "and long-term" is two words
_SUSPENDED = frozenset({"and", "or", "nor", "to"})


def broken_word(above: str, below: str) -> str:
    """The word as printed ("imple-mentation") when ``above``'s line ends with a
    lower-case word broken by a hyphen and ``below`` carries it on in lower case; "" when
    not (a suspended hyphen, "short-" over "and long-term", is two words)."""
    end = _BROKEN_END.search(above.rsplit("\n", 1)[-1].rstrip())
    opening = _WORD_OPENING.match(below)
    if not end or not opening or opening[1] in _SUSPENDED or not carries_on(above, below):
        return ""
    return f"{end[1]}-{opening[1]}"


def unwrapped(lines: list[str], broken: list[str] | None = None) -> str:
    """A cell's lines with each printed line that carries on the sentence above joined
    to it by a space, a word the line's end broke with a hyphen joined whole: "… to all
    14" over "blocks of flats." is one sentence, "imple-" over "mentation" one word.
    Each word so joined is added to ``broken`` as printed ("imple-mentation")."""
    text = ""
    for line in lines:
        if broken is not None and text and (word := broken_word(text, line)):
            broken.append(word)
        text = joined(text, line)
    return text


def is_page_number(text: str) -> bool:
    """A page's footer number alone on its line ("Page 1 of 3")."""
    return _PAGE_NUMBER.match(text) is not None


def continues_row(above: list[str], row: list[str]) -> bool:
    """``row``, the first under a page's header, is the rest of ``above``, the last row
    of the page before: it fills fewer cells than ``above`` (no ref, lead, date or
    status again), each under a filled one, and some cell of it carries on the
    sentence above mid-way, opening in lower case."""
    filled = [col for col, cell in enumerate(row) if cell]
    if not filled or len(row) > len(above) or any(not above[col] for col in filled):
        return False
    if len(filled) >= sum(1 for cell in above if cell):
        return False
    return any(carries_on(above[col], row[col]) for col in filled)


def row_joined(above: list[str], row: list[str], broken: list[str]) -> list[str]:
    """``above`` with the rest of each of its cells from ``row`` joined on; each word a
    cell's line end broke with a hyphen added to ``broken`` as printed."""
    return [
        unwrapped([cell, row[col]], broken) if col < len(row) else cell
        for col, cell in enumerate(above)
    ]


def broken_words_note(broken: list[str]) -> str:
    """A note keeping the words hyphenated at a printed line's end as printed: the plan
    reads each as one word."""
    return "Words hyphenated at a printed line's end, read as one word: " + ", ".join(broken)
