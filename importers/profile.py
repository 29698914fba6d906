"""Stage 3, profile: the evidence each column's cells carry, whatever its header says.

A header can mislead ("Ofsted Ref" is not the action's ref, "Priority" may
hold High/Medium/Low); the cells rarely do. Each column gets the share of its
filled cells that look like dates, names, short codes, prose, status or RAG
words and percentages, and whether it is written once per block.
"""

from __future__ import annotations

import contextvars
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from itertools import takewhile

from importers import people, vocab
from importers.cells import (
    is_date,
    is_names,
    is_sentence,
    numbers_in_recommendation,
    states_a_duty,
    states_work,
    unmarked,
)
from importers.colours import FontRating, IconRating
from importers.columns import scores
from importers.counted import (
    KeyedDays,
    counted_from_letter,
    counted_from_meeting,
    counts_a_time,
    keyed_code,
    keyed_days,
)
from importers.dates import (
    closing_signed_date,
    in_header_format,
    in_header_month,
    is_period,
    is_period_under_a_year,
    leading_date,
    month_first_example,
    names_a_time,
    opens_a_short_dated_sentence,
    revised_from,
)
from importers.headings import (
    LEADING_NUMBER,
    heading_ref,
    is_breadcrumb,
    is_list_root,
    labelled_position,
    split_labelled_heading,
    stage_numbers,
)
from importers.locate import PROSE_WORDS, Line, Located
from importers.marks import listed_items

CODE = re.compile(r"^[A-Za-z]{0,6}[\s\-_/]?\d+(?:[.\-/]\d+)*[a-z]?\.?$|^[A-Z]{1,3}\d*[a-z]?$")
# An action's ref numbered under its recommendation's, the part in brackets: "2 (i)",
# "2(ii)", "4 (b)" are actions i, ii and b of recommendations 2 and 4
SUB_NUMBERED = re.compile(r"^(?P<head>\d{1,3})\s?\((?P<sub>[ivx]{1,5}|[a-z])\)$")
PERCENT = re.compile(rf"^{vocab.PROGRESS_BAR}\d{{1,3}}(?:\.\d+)?\s*%$")  # "60%", "██░░ 20%"
SAMPLE_ROWS = 400  # profiles are shares: a few hundred rows tell as much as 100,000


@dataclass(frozen=True)
class ColumnProfile:
    """What one column's cells look like, as shares of its filled cells (0–1)."""

    index: int
    header: str
    filled: int
    rows: int
    distinct: int
    mean_length: float
    dates: float
    names: float
    persons: float  # cells naming someone by a full name ("Rachel Osei") or keyed initials
    codes: float
    identifiers: float  # one token holding a digit ("ACC-4", "AAMkQ1x7Rt0YkVn2…"): an ID
    prose: float
    statuses: float
    rags: float
    percents: float
    numbered: float  # cells led by numbering such as "2.1.1."
    sub_numbered: float  # refs numbered under a recommendation's number: "2 (i)", "2(ii)"
    headings: float  # cells that are a heading label and number: "AFI 2", "Priority 3"
    dated_news: int  # sentences that open with a date: "14/10/2025 – Mapping completed; …"
    once_per_block: bool  # written on some rows only, blanks under (merged cells)
    merged_down: bool = False  # a workbook's merged range carries a value down its rows
    returns: bool = False  # a value comes back after another one: 1, 2, 1 is no sequence of groups
    starts: frozenset[int] = frozenset()  # rows where a new value begins (blanks continue one)
    # Cells coloured as a RAG rating by their fill, by colour ("red", 5), and the share
    # of filled cells that say nothing in words ("●", "•"): a rating told by colour
    colours: tuple[tuple[str, int], ...] = ()
    wordless: float = 0.0
    yes_no: float = 0.0  # "Y", "No", "✔": the answers to a "Done?" column
    ticks: float = 0.0  # "✓", "Y", "x", "☒", "☐": boxes, marked or not, in a "Done" column
    drawn: float = 0.0  # "x", "✓", "●": marks drawn, never a figure ("3") nor a word
    answers: float = 0.0  # "Yes", "Partial", "No", "N/A": a self-assessment's answers
    # "Accept", "Partially accept", "Not agreed": a body's answer to each recommendation
    acceptances: float = 0.0
    # Short sentences of words ("Forward plan amended.", "HR have the drafts."): news or
    # notes, shorter than the prose share counts, and neither names nor dates
    sentences: float = 0.0
    counts: float = 0.0  # "2/3", "0/2": how many of a task's items are done, of how many
    # Percentages the plan's key bands into colours ("85%" under "80–100% = Green"): a
    # lead's confidence of delivery, a rating through the key, never a share done
    banded: float = 0.0
    # Counts in words of what was done of what was planned ("3 of 4 sessions held", "42
    # of 42 schools briefed"): how far each action has got, under a header saying so
    worded_counts: float = 0.0
    # A value numbered lower than the one before it (3, then 1): no report's numbering,
    # which a plan lists in order (1.08, 1.09, 2.14); a measure's numbers go down and up
    falls: bool = False
    # Plain numbers of four digits or more ("10482"): a database's own row numbers, never
    # a plan's numbering (1, 2, 3 …)
    serials: float = 0.0
    # Each block headed by one label and its number alone, counted from one ("Improvement
    # Notice 1", "Improvement Notice 2"): the plan's own list of what it answers
    counted_heads: bool = False
    # A cell only a month-first reading makes a day of ("10/30/2026"), in a column with
    # none only day first: a US-locale export, every date of the column read month first
    month_first: str = ""
    periods: float = 0.0  # two dates joined as a span ("2026-10-01 - 2026-12-18"): timelines
    # Two dates or more, one a line ("13.01.26" over "14.04.26"): each meeting an item of
    # a committee's register went to, never its deadline
    stacked_dates: float = 0.0
    # A name then the year it covers ("Creditors 2025/26", "Payroll 2026"): an audit's or
    # a report's title, as a tracker names each audit, not a time the work ends
    titled_years: float = 0.0
    # A year alone ("2025", "2025/26"): the year a row belongs to, or a deadline's year
    bare_years: float = 0.0
    # A bare letter or roman numeral, list marker and all ("a", "(b)", "iii"): an action's
    # number inside its recommendation, never its wording
    letters: float = 0.0
    # A board, committee, group … by its last word ("Strategic Safeguarding Board"): who
    # meets to oversee the work, never who does it
    bodies: float = 0.0
    # How often, alone ("Monthly", "Quarterly", "Six-monthly"): a review's cycle, no name
    frequencies: float = 0.0
    # A grade alone ("High", "Medium", "Low priority"): how urgent or grave, no name
    grades: float = 0.0
    # One person's post with no one named ("Principal Social Worker"): who leads, by post
    posts: float = 0.0
    # A crew by its word ("Red Watch", "Night shift", "Crew 2"): who does the work under a
    # header naming crews ("Watch", "Shift"); its colour word names the crew, rates nothing
    crews: float = 0.0
    # Dates, or wording of a time no rule dates ("Easter 2027", "Oct half term 2026",
    # "Immediate"): a column of deadlines as a school or a service writes them
    times: float = 0.0
    # Codes or periods the plan keys to a day ("Sprint 12" beside a sprint calendar,
    # "PB14" beside "PB14 = 09/12/2026"): deadlines, whatever the header calls them
    keyed_times: float = 0.0
    # Cells that are one of the choices its header lists ("Must Do / Should Do" over "Must
    # Do", "Should Do") or a RACI-like word of involvement ("Drive", "Sponsor",
    # "Observe"): a kind picked from a list, never a person
    choices: float = 0.0
    # How many different last words its values end with: "Significant progress",
    # "Reasonable progress" end with one, the thing a scale's steps rate
    last_words: int = 0
    # Every cell one label, a number and words, two numbers or more ("Stage 2 – Delivery",
    # "Stage 4 – Closed"): numbered stages
    staged: bool = False
    # A system's breadcrumb of the item's place in its tree ("Council Plan 2026/27 >
    # Priority 1 - A thriving local economy"): where the row belongs, its grouping. A
    # list's paths that all end at the list itself lead to no folder: none counts.
    breadcrumbs: float = 0.0
    # Rows where the first part of a dotted code changes ("IA26-03" of "IA26-03.1", then
    # "IA26-05" of "IA26-05.1"), where every cell is such a code: the blocks its IDs make
    stem_starts: frozenset[int] = frozenset()
    # Rows where the letters before a code's number change ("PAY" of "PAY-01", then "PC"
    # of "PC-01"), where every cell is such a code: the blocks its IDs' letters make
    letter_starts: frozenset[int] = frozenset()
    # Rows where small bare numbers start counting again ("1", "2", "4", "1", "2": rows 0
    # and 3), where every cell is such a number: the runs a "Rec no." counts afresh
    count_starts: frozenset[int] = frozenset()
    # Rows where one short label and a number start counting again ("R1", "R2", "R3",
    # "R1": rows 0 and 3), where every cell is such a ref with the same label: the runs an
    # audit tracker's "Ref" counts each audit's recommendations afresh in
    label_count_starts: frozenset[int] = frozenset()
    # Rows where a run of numbers one apart breaks ("0412" … "0415", "0431": rows 0 and
    # 4), where every cell is a bare number: the blocks an audit system numbers each
    # report's recommendations in, one after another
    sequence_starts: frozenset[int] = frozenset()
    # Duties quoted ("Landlords must keep …"): what a standard or report asks, never the
    # plan's own work; and work to do ("Publish the …", "We will …"): what the plan does
    duties: float = 0.0
    work: float = 0.0
    # Letters then a number ("FIN02", "PAY-01", "HSG 4"): codes, never a person's name,
    # which holds no digit; initials ("JB") hold none either
    lettered_codes: float = 0.0
    # Notes dated at their close by whoever wrote them ("Evidence seen (IA, 13/11/26)"):
    # a checker's follow-up, each of its day
    signed: float = 0.0

    @property
    def rated_by_colour(self) -> bool:
        """Its fills rate the rows: two colours or more, or one that is not blue.

        A column filled all one blue is the table's banding or styling far more
        often than every action done; greys and white were never counted.
        """
        found = [c for c, _ in self.colours]
        return len(found) >= 2 or (len(found) == 1 and found[0] != "blue")

    @property
    def says_nothing(self) -> bool:
        """No words in its cells (blank, or marks such as "●"): its colours are the content."""
        return not self.filled or self.wordless >= 0.8

    def colour_summary(self) -> str:
        """ "12 red/amber/green fills" ("icons" where an icon set draws them, "font colours"
        where marks typed in coloured fonts do), for --explain."""
        total = sum(n for _, n in self.colours)
        drawn = "fills"
        for kind, said in ((IconRating, "icons"), (FontRating, "font colours")):
            drawn = said if all(isinstance(c, kind) for c, _ in self.colours) else drawn
        return f"{total} {'/'.join(c for c, _ in self.colours)} {drawn}"

    def reaches(self, name: str, share: float) -> bool:
        """Whether the share of cells ``name`` (a field, "dates") is ``share`` or more."""
        return bool(getattr(self, name) >= share)

    def summary(self) -> str:
        """The strongest evidence in words, for --explain."""
        if not self.filled:
            return f"empty; cell colours: {self.colour_summary()}" if self.colours else "empty"
        strong = [
            f"{label} {getattr(self, name):.0%}"
            for label, name in _SUMMARY_SHARES
            if self.reaches(name, 0.5)
        ]
        if not self.reaches("dates", 0.5) and self.reaches("times", 0.5):
            strong.append(f"dates or wording of a time {self.times:.0%}")
        if self.month_first and self.reaches("dates", 0.5):
            strong.append(f"month first, as US dates ({self.month_first!r})")
        block = "; once per block" if self.once_per_block else ""
        body = ", ".join(strong) or f"mixed text, {self.mean_length:.0f} characters on average"
        coloured = f"; cell colours: {self.colour_summary()}" if self.colours else ""
        return f"{body}; {self.filled}/{self.rows} filled, {self.distinct} values{block}{coloured}"


# The shares the summary names when half the cells or more bear them out: (words, field)
_SUMMARY_SHARES = (
    ("dates", "dates"),
    ("names", "names"),
    ("short codes", "codes"),
    ("prose", "prose"),
    ("status words", "statuses"),
    ("RAG words", "rags"),
    ("percentages", "percents"),
    ("numbered text", "numbered"),
    ("headings", "headings"),
    ("counts done of a total", "counts"),
    ("percentages the key bands into colours", "banded"),
    ("counts in words of what was done", "worded_counts"),
)


def profile(located: Located) -> list[ColumnProfile]:
    """One profile per column of the table, from its data rows."""
    data = [line for line in located.lines if line.kind == "data"][:SAMPLE_ROWS]
    headers = located.headers
    keys = (line.text for line in located.lines if line.kind in ("title", "note"))
    things = people.codes_keyed_as_things(keys)
    keyed = _keyed_initials(located)
    # The file's own key to its progress words or numbers ("Progress key: 1 = not
    # started; …"): a column of the keys it defines states a status, as words would
    notes = (line.text for line in located.lines if line.kind != "data")
    legend = vocab.Legend.from_texts(people.rating_key_texts(notes))
    # The days the rows above the table, or a calendar below it, key to periods or codes
    # ("Trimester 2 ends 23 April 2027"): a column of those words is written in times, as
    # dates would be
    above = [line.text for line in takewhile(lambda x: x.kind != "header", located.lines)]
    days = keyed_days(above + located.notes_below())
    paired = _paired_lists(data, len(headers))
    profiles = [
        _column(
            i,
            headers[i],
            [line.cells[i] for line in data],
            _colours(data, i),
            things,
            keyed,
            legend,
            [line.sheet for line in data],
            days,
            paired[i],
            merged_down=any(i in line.carried for line in data),
        )
        for i in range(len(headers))
    ]
    return _rated_through_the_key(profiles, legend)


# A figure the plan measures from or spends, never a rating of the work: "Baseline
# attendance", "Target attendance", "Budget spent"
_NEVER_RATED = re.compile(r"\b(?:baseline|target|budget|spent|spend)\b", re.IGNORECASE)


def _label_words(text: str) -> set[str]:
    """The words of a label or header, lower case, a plural's "s" dropped."""
    found = (w.lower() for w in re.findall(r"[A-Za-z]+", text))
    return {w.removesuffix("s") for w in found if w not in ("of", "the", "and", "a", "in")}


def _names_the_same(label: set[str], header: set[str]) -> bool:
    """Every word of one in the other: "Confidence" over "Delivery confidence" keyed."""
    return bool(label and header) and (label <= header or header <= label)


def _rated_through_the_key(
    profiles: list[ColumnProfile], legend: vocab.Legend
) -> list[ColumnProfile]:
    """Keep the share of percentages a key bands into colours only on the column that key
    rates: the column its label names ("Confidence of delivery: 80–100% = Green" rates
    "Confidence of delivery", never "Budget spent" beside it); a key with no label, only
    the one column of percentages whose header says nothing else. A baseline, target or
    budget is never rated, whatever the key's label."""
    banded = [p for p in profiles if p.banded >= _BANDED and not _NEVER_RATED.search(p.header)]
    if labels := [_label_words(t) for t in (legend.band_label, legend.words_label) if t]:
        named = (any(_names_the_same(x, _label_words(p.header)) for x in labels) for p in banded)
        rated = [p for p, by_name in zip(banded, named, strict=True) if by_name]
    else:
        unroled = [p for p in banded if not scores(p.header)]
        rated = unroled if len(unroled) == 1 else []
    kept = {p.index for p in rated}
    # A profile already unbanded is kept as made: a copy would read every field now
    return [p if p.index in kept or not p.banded else replace(p, banded=0.0) for p in profiles]


def _stacks_dates(cell: str) -> bool:
    """Dates one a line, as a record of meetings lists them; not a date over the one it
    was moved to ("31/12/2026" over "Re-profiled 31/03/2027"), which is one deadline."""
    lines = [line for line in cell.splitlines() if line.strip()]
    stacked = len(lines) >= 2 and all(is_date(line) for line in lines)
    return stacked and revised_from(cell) is None


def _paired_lists(data: list[Line], width: int) -> list[frozenset[str]]:
    """Each column's cells that are a typed list ("• 30/09/2026" over "• 31/10/2026")
    beside another cell of their row listing as many items ("• Appoint …" over "• Write
    …"): one item of each cell said of the same thing, as bulleted actions and their
    deadlines are."""
    paired: list[set[str]] = [set() for _ in range(width)]
    for line in data:
        if not any("\n" in cell for cell in line.cells):  # most rows: no list at all
            continue
        counts = [len(listed_items(cell)) for cell in line.cells]
        for i, count in enumerate(counts[:width]):
            if count >= 2 and counts.count(count) >= 2:
                paired[i].add(line.cells[i])
    return [frozenset(cells) for cells in paired]


def _keyed_initials(located: Located) -> dict[str, str]:
    """Initials a key table defines, on another sheet ("Glossary": JB | Jo Barker) or in
    the plan's key rows: a column of them names people as full names do."""
    rows = [row for s in located.other_sheets for row in s.grid]
    return people.aliases_from_rows(rows + [line.cells for line in located.of_kind("note")])


_BANDED = 0.8  # most of a column's figures in the key's bands

_RAG_ORDER = ("red", "amber", "green", "blue")


def _colours(lines: list[Line], index: int) -> tuple[tuple[str, int], ...]:
    """How many of the column's cells each RAG colour fills, in red-amber-green order."""
    counted = Counter(line.fills[index] for line in lines if index in line.fills)
    found = {c: c for c in counted}  # each colour as read: a fill's, or an icon's light
    return tuple((found[c], counted[c]) for c in _RAG_ORDER if counted[c])


def _column(
    index: int,
    header: str,
    cells: list[str],
    colours: tuple[tuple[str, int], ...],
    things: frozenset[str] = frozenset(),
    keyed: dict[str, str] | None = None,
    legend: vocab.Legend = vocab.DEFAULT_LEGEND,
    sheets: list[str] | None = None,
    days: KeyedDays | None = None,
    paired: frozenset[str] = frozenset(),
    merged_down: bool = False,
) -> ColumnProfile:
    """The column's evidence; ``things`` are codes a key explains as no one ("OBS =
    observation"), so a column of them is no column of initials; ``keyed`` are
    initials a key resolves to people; ``legend`` is the file's key to its status
    words; ``sheets`` the sheet of each row, of sheets read as one plan; ``paired``
    the column's typed lists beside as many items in another cell of their row."""
    keyed = keyed or {}
    filled = [c for c in cells if c]
    # Each test asked once per distinct value: a column repeats its names, deadlines
    # and notes on row after row, and every test is a function of the cell alone.
    counted = Counter(filled)
    month_first = month_first_example(counted, header) or ""
    found = {
        "index": index,
        "header": header,
        "filled": len(filled),
        "rows": len(cells),
        "distinct": len(counted),
        "mean_length": sum(len(c) for c in filled) / (len(filled) or 1),
        "colours": colours,
        "month_first": month_first,
        "merged_down": merged_down,
    }
    # The rest is read when first asked (see _Sampled): the same tests, in the same
    # calendar, for the shares the roles' rules and the evidence read
    column = _Cells(header, cells, filled, counted, bool(month_first), legend)
    deferred = {
        **_date_tests(column, paired, days or {}),
        **_people_tests(column, things, keyed),
        **_status_tests(column),
        **_code_tests(column),
        **_shape_tests(column, sheets),
    }
    return _Sampled.of(found, deferred)


@dataclass(frozen=True)
class _Cells:
    """A column's cells as its tests read them: each distinct filled value ``counted``
    once, the dates in the calendar ``month_first`` says, statuses by ``legend``."""

    header: str
    cells: list[str]
    filled: list[str]
    counted: Counter[str]
    month_first: bool
    legend: vocab.Legend

    def share(self, test: Callable[[str], bool]) -> _Share:
        return _Share(test, self.counted, len(self.filled) or 1)


_Tests = dict[str, Callable[[], object]]


def _date_tests(column: _Cells, paired: frozenset[str], days: KeyedDays) -> _Tests:
    """Dates, times, periods and years: when the work is due or was done."""
    share, header, month_first = column.share, column.header, column.month_first
    return {
        "dates": share(lambda c: is_date(c, month_first=month_first) and not _is_dated_news(c)),
        "dated_news": lambda: sum(k for c, k in column.counted.items() if _is_dated_news(c)),
        "periods": share(lambda c: is_period(c, month_first=month_first)),
        # "• 30/09/2026" over "• 31/10/2026" beside two bulleted actions: their deadlines
        "stacked_dates": share(lambda c: c not in paired and _stacks_dates(c)),
        "titled_years": share(_titles_a_year),
        "bare_years": share(lambda c: bool(_BARE_YEAR.fullmatch(c.strip()))),
        "frequencies": share(lambda c: bool(_FREQUENCY.match(c))),
        "times": share(lambda c: _is_time(c, header) or _is_keyed_time(c, days)),
        "keyed_times": share(lambda c: _is_keyed_time(c, days)),
        "signed": share(lambda c: closing_signed_date(c) is not None),
    }


def _people_tests(column: _Cells, things: frozenset[str], keyed: dict[str, str]) -> _Tests:
    """Names, people, posts, bodies and crews: who leads the work."""
    share = column.share
    return {
        "names": share(lambda c: is_names(c) and c not in things),
        "persons": share(
            lambda c: people.names_a_person(c) or people.names_a_keyed_person(c, keyed)
        ),
        "bodies": share(people.names_a_body),
        "posts": share(people.is_post_alone),
        "crews": share(people.names_a_crew),
    }


def _status_tests(column: _Cells) -> _Tests:
    """Statuses, ratings, shares done, answers and marks: how the work stands."""
    share, legend, header = column.share, column.legend, column.header
    return {
        "statuses": share(lambda c: vocab.read_status(c, legend)[0] is not None),
        "rags": share(_is_rating),
        "percents": lambda: (
            share(lambda c: bool(PERCENT.match(c)) or legend.percent_of(c) is not None)()
            + _named_balls(column.counted)
        ),
        "yes_no": share(lambda c: vocab.done_answer(c) is not None),
        "ticks": share(lambda c: vocab.box_answer(c) is not None),
        "drawn": share(vocab.is_drawn_mark),
        "answers": share(vocab.is_answer),
        "acceptances": share(vocab.answers_a_recommendation),
        "counts": share(lambda c: _is_count(c) and in_header_format(c, header) is None),
        "banded": share(lambda c: legend.band_of(c) is not None),
        "worded_counts": share(lambda c: vocab.worded_count_percent(c) is not None),
        "grades": share(vocab.is_grade),
        "choices": share(lambda c: _one_of(c, header_choices(header))),
    }


def _code_tests(column: _Cells) -> _Tests:
    """Codes, numbers and headings: the plan's refs and how it numbers its groups."""
    share, cells = column.share, column.cells
    return {
        "codes": share(lambda c: len(c) <= 14 and bool(CODE.match(c))),
        "identifiers": share(_is_identifier),
        "numbered": share(lambda c: bool(LEADING_NUMBER.match(c))),
        "sub_numbered": share(lambda c: bool(SUB_NUMBERED.match(c))),
        "headings": share(lambda c: heading_ref(c) is not None),
        "falls": lambda: _numbers_fall(column.filled),
        "serials": share(lambda c: c.isdigit() and len(c) >= _SERIAL_DIGITS),
        "counted_heads": lambda: _counted_heads(cells),
        "letters": share(lambda c: numbers_in_recommendation(unmarked(c))),
        "staged": lambda: bool(stage_numbers(column.counted)),
        "stem_starts": lambda: _stem_starts(cells),
        "letter_starts": lambda: _letter_starts(cells),
        "count_starts": lambda: _count_starts(cells),
        "label_count_starts": lambda: _label_count_starts(cells),
        "sequence_starts": lambda: _sequence_starts(cells),
        "lettered_codes": share(lambda c: bool(_LETTERED_CODE.match(c))),
    }


def _shape_tests(column: _Cells, sheets: list[str] | None) -> _Tests:
    """How the column runs down the rows and what its words are: prose, sentences,
    blocks written once, values that come back, breadcrumbs of a task tool's path."""
    share, cells, counted = column.share, column.cells, column.counted
    return {
        "prose": share(lambda c: len(c.split()) >= PROSE_WORDS),
        "once_per_block": lambda: _once_per_block(cells),
        "returns": lambda: _returns_on_a_sheet(cells, sheets or [""] * len(cells)),
        "starts": lambda: block_starts(cells),
        "wordless": share(lambda c: not any(ch.isalnum() for ch in c)),
        "sentences": share(lambda c: is_sentence(c) or _is_dated_news(c)),
        "last_words": lambda: len({_last_word(c) for c in counted}),
        "breadcrumbs": lambda: 0.0 if all(map(is_list_root, counted)) else share(is_breadcrumb)(),
        "duties": share(states_a_duty),
        "work": share(states_work),
    }


class _Share:
    """The share of a column's filled cells that pass a test, each distinct cell tested
    once. Whether it reaches a bound is often told before every cell is tested (the
    summary asks only that of most shares): a column of prose is no column of names
    once half its cells are not names."""

    def __init__(self, test: Callable[[str], object], counted: Counter[str], n: int) -> None:
        self.test, self.counted, self.n = test, counted, n
        self.seen: dict[str, bool] = {}

    def passes(self, cell: str) -> bool:
        known = self.seen.get(cell)
        if known is None:
            known = self.seen[cell] = bool(self.test(cell))
        return known

    def __call__(self) -> float:
        return sum(k for c, k in self.counted.items() if self.passes(c)) / self.n

    def reaches(self, share: float) -> bool:
        """``self() >= share``, stopping where the cells left cannot change the answer."""
        passed, left = 0, sum(self.counted.values())
        for cell, k in self.counted.items():
            left -= k
            if self.passes(cell):
                passed += k
            if passed / self.n >= share:
                return True
            if (passed + left) / self.n < share:
                return False
        return passed / self.n >= share


class _Deferred:
    """A profile's field read from its sample when first asked, then kept.

    Most of a profile's sixty shares decide nothing for most columns (a plan of seven
    well-headed columns reads about a third of them), and the tests of a column of
    prose are the dearest; a field no rule and no evidence asks for is never read.
    Non-data descriptor, as ``functools.cached_property``: once kept in the
    instance's ``__dict__``, it is read from there."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: _Sampled | None, owner: type | None = None) -> object:
        if obj is None:
            return self
        # In the calendar the profile was made in (``plan_calendar``): a date reads the
        # same whenever it is asked. A copy each time, so reads may nest or overlap.
        value = obj.__dict__["_context"].copy().run(obj.__dict__["_deferred"][self.name])
        obj.__dict__[self.name] = value
        return value


class _Sampled(ColumnProfile):
    """A column profile whose evidence is read from its sample as it is asked for."""

    @classmethod
    def of(cls, found: dict[str, object], deferred: dict[str, Callable[[], object]]) -> _Sampled:
        made = object.__new__(cls)  # frozen: filled as dataclasses' own __init__ does
        made.__dict__.update(found, _deferred=deferred, _context=contextvars.copy_context())
        return made

    def reaches(self, name: str, share: float) -> bool:
        if name in self.__dict__:  # read already, or a copy made whole (``replace``)
            return super().reaches(name, share)
        pending = self.__dict__["_deferred"][name]
        if not isinstance(pending, _Share):
            return super().reaches(name, share)
        return bool(self.__dict__["_context"].copy().run(pending.reaches, share))


for _name in (f.name for f in fields(ColumnProfile)):
    setattr(_Sampled, _name, _Deferred(_name))


def _is_rating(cell: str) -> bool:
    """A RAG word, letter or colour; not a crew named by its colour ("Red Watch")."""
    if people.names_a_crew(cell):
        return False
    return vocab.read_rag(cell) != (None, None) or vocab.is_unrated_colour(cell)


def _stem_starts(cells: list[str]) -> frozenset[int]:
    """Where the first part of each dotted code changes ("IA26-03.1", "IA26-03.2",
    "IA26-05.1" start blocks at 0 and 2); none unless every cell is such a code."""
    if not cells or not all("." in c and CODE.match(c) for c in cells):
        return frozenset()
    return block_starts([c.split(".")[0] for c in cells])


# A code's letters, then its number: "PAY-01", "PC 3", "CY04"
_LETTERED_CODE = re.compile(r"^\s*(?P<letters>[A-Za-z]{1,6})[\s\-_/]?\d+\s*$")


# The same with the item's own label before its number, as an audit system codes each
# report's recommendations: "PAY-R1", "CYB-R3" (the report's letters, then R1, R2 …)
_LETTERED_LABELLED_CODE = re.compile(
    r"^\s*(?P<letters>[A-Za-z]{1,6})[\s\-_/](?:[A-Za-z]{1,3}[\s\-_/]?)?\d+\s*$"
)


def _letter_starts(cells: list[str]) -> frozenset[int]:
    """Where the letters before each code's number change ("PAY-01", "PAY-02", "PC-01"
    start blocks at 0 and 2; "PAY-R1", "PAY-R2", "CYB-R1" too); none unless every cell
    is such a code."""
    found = [_LETTERED_CODE.match(c) or _LETTERED_LABELLED_CODE.match(c) for c in cells]
    if not cells or not all(found):
        return frozenset()
    return block_starts([m["letters"].upper() for m in found if m])


def _label_count_starts(cells: list[str]) -> frozenset[int]:
    """Where refs of one label and a number start counting again ("R1", "R2", "R1" start
    at 0 and 2); none unless every cell is such a ref, all with the same label."""
    found = [labelled_position(c) for c in cells]
    if not cells or not all(found):
        return frozenset()
    if len({p[0].casefold() for p in found if p}) != 1:
        return frozenset()
    return _restarts([p[1] for p in found if p])


# A number counting rows in a list, alone or opening the item's words as a list's number
# ("2. The Government should …", "2.The …"; never a dotted ref, "1.2 Review …"): a plan
# holds no thousand items under one heading
_COUNT = re.compile(r"^\s*(\d{1,3})(?:\s*$|[.)](?!\d)\s*\S)")


def _count_starts(cells: list[str]) -> frozenset[int]:
    """Where a column of small numbers starts counting again: its first row and each row
    numbered no higher than the one before ("1", "2", "4", "1", "2" start at 0 and 3; "1.
    …", "2. …", "1. …" at 0 and 2); none unless every cell is such a number or opens
    with one."""
    found = [_COUNT.match(c) for c in cells]
    if not cells or not all(found):
        return frozenset()
    return _restarts([int(m[1]) for m in found if m])


def _sequence_starts(cells: list[str]) -> frozenset[int]:
    """Where a column of bare numbers stops running one apart: its first row and each
    row not one above the row before ("0412", "0413", "0431" start at 0 and 2); none
    unless every cell is such a number."""
    if not cells or not all(c.isdigit() and c.isascii() for c in cells):
        return frozenset()
    numbers = [int(c) for c in cells]
    return frozenset(i for i, n in enumerate(numbers) if i == 0 or n != numbers[i - 1] + 1)


def _counted_heads(cells: list[str]) -> bool:
    """Two blocks or more, each headed by the same label and a number alone, the numbers
    counted from one and rising ("Improvement Notice 1", "… 2", "… 3"). Numbers from
    elsewhere ("Ward 3", "Ward 5") name things; the label with words after it is a heading
    of its own ("Standard 2: Medication")."""
    found = [split_labelled_heading(cells[i]) for i in sorted(block_starts(cells))]
    heads = [f for f in found if f is not None and not f[2] and f[1].isdigit()]
    if len(heads) < 2 or len(heads) < len(found) or len({h[0] for h in heads}) != 1:
        return False
    numbers = [int(h[1]) for h in heads]
    return numbers[0] == 1 and all(a < b for a, b in zip(numbers, numbers[1:], strict=False))


def _restarts(numbers: list[int]) -> frozenset[int]:
    """The first row and each row numbered no higher than the one before."""
    return frozenset(i for i, n in enumerate(numbers) if i == 0 or n <= numbers[i - 1])


# A bracket listing choices after the header's name: "HWB role (drive / sponsor / observe)"
_BRACKETED_CHOICES = re.compile(r"\(([^()]*/[^()]*)\)")

# The words a RACI-style grid of involvement writes in a cell ("Drive", "Sponsor",
# "Observe"; "Consulted", "Informed"): how a body takes part, never a person
_INVOLVEMENT_WORDS = frozenset(
    {"drive", "sponsor", "observe", "support", "consult", "consulted", "inform", "informed"}
)


def header_choices(header: str) -> frozenset[str]:
    """The choices a header lists, "Must Do / Should Do" → {"must do", "should do"}, or
    lists in a bracket after its name ("HWB role (drive / sponsor / observe)"); none for
    a header naming one thing."""
    listed = _BRACKETED_CHOICES.search(header)
    text = listed[1] if listed else header
    parts = frozenset(" ".join(part.casefold().split()) for part in text.split("/"))
    return parts if len(parts) >= 2 and all(parts) else frozenset()


def _one_of(cell: str, choices: frozenset[str]) -> bool:
    """One of the header's choices, or a word of involvement, which is always one."""
    said = " ".join(cell.casefold().split())
    return said in choices or said in _INVOLVEMENT_WORDS


def _last_word(cell: str) -> str:
    """ "progress" for "Reasonable progress.": the word a phrase ends with."""
    found = re.findall(r"\w+", cell.lower())
    return found[-1] if found else ""


_SERIAL_DIGITS = 4

# A year or a financial year alone: "2025", "2025/26", "2025-2026"
_BARE_YEAR = re.compile(r"(?:19|20)\d\d(?:\s*[/-]\s*\d{2}(?:\d{2})?)?")
# Words, then a year or a financial year closing the cell: "Housing rents 2025/26"
_TITLE_THEN_YEAR = re.compile(
    r"(?P<title>[A-Z][A-Za-z&'’,\- ]*?)\s+(?:FY\s*)?(?:19|20)\d\d(?:\s*[/-]\s*\d{2}(?:\d{2})?)?"
)
# Words that make the year a time: "Deadline 2027", "End of 2026/27", "Spring 2027"
_TIME_BEFORE_YEAR = re.compile(
    r"\b(?:due|date|deadline|target|by|until|before|end|late|early|mid|review|phase|stage"
    r"|financial|academic|year|fy|ay|spring|summer|autumn|winter|term|semester)\b",
    re.IGNORECASE,
)


def _titles_a_year(cell: str) -> bool:
    """A name then the year it covers ("Creditors 2025/26"): the title of a year's work,
    no deadline, though a year closes it."""
    m = _TITLE_THEN_YEAR.fullmatch(cell.strip())
    return (
        m is not None and not _TIME_BEFORE_YEAR.search(m["title"]) and not names_a_time(m["title"])
    )


_FREQUENCY = re.compile(
    r"^\s*(?:bi-?|six-?\s?|half-?\s?)?(?:daily|weekly|fortnightly|monthly|quarterly|termly"
    r"|yearly|annual(?:ly)?|bi-?annual(?:ly)?)\s*$",
    re.IGNORECASE,
)


def _is_time(cell: str, header: str) -> bool:
    """A date or wording of a time, or a period its header gives the year of ("Q3" under
    "Target quarter (2026/27)")."""
    return (
        names_a_time(cell)
        or counts_a_time(cell)
        or is_period_under_a_year(cell, header)
        or in_header_format(cell, header) is not None
        or in_header_month(cell, header) is not None
    )


def _is_keyed_time(cell: str, days: KeyedDays) -> bool:
    """A code or period the rows above the table key to a day ("End of Trimester 2"), or
    a time before a meeting they date ("2 weeks before Cabinet")."""
    return keyed_code(cell, days, whole=True) is not None or (
        counted_from_letter(cell, days) is not None or counted_from_meeting(cell, days) is not None
    )


def _numbers_fall(filled: list[str]) -> bool:
    """Some value numbered lower than the value before it, by its numbers in turn
    ("2.10" after "2.9" rises, as "BS02" after "RP01" does); codes with no number
    ("SQ", "TV") have no order to break."""
    numbers = [tuple(int(n) for n in re.findall(r"\d+", cell)) for cell in filled]
    numbers = [n for n in numbers if n]
    return any(b < a for a, b in zip(numbers, numbers[1:], strict=False))


def _is_count(cell: str) -> bool:
    """ "2/3": done of a total, never more done than there are; "3/2" or "2/1" is a ref."""
    return vocab.count_percent(cell) is not None


def _is_identifier(cell: str) -> bool:
    """A task tool's ID, however long: one token, no spaces, with a digit in it."""
    return len(cell.split()) == 1 and any(ch.isdigit() for ch in cell)


_BALL_NAMES_SEEN = 2  # "Half" and "Full": one name alone ("Full") may be an answer


def _named_balls(counted: Counter[str]) -> float:
    """The share of cells that are Harvey balls exported by name ("Quarter", "Half"),
    in a column writing two names or more: each is the percentage its ball draws."""
    balls = {c: k for c, k in counted.items() if vocab.ball_percent(c) is not None}
    if len({vocab.ball_percent(c) for c in balls}) < _BALL_NAMES_SEEN:
        return 0.0
    return sum(balls.values()) / (sum(counted.values()) or 1)


def _is_dated_news(cell: str) -> bool:
    if leading_date(cell) is None:
        return False
    return len(cell.split()) >= PROSE_WORDS or opens_a_short_dated_sentence(cell)


def block_starts(cells: list[str]) -> frozenset[int]:
    """Rows where a block begins: a filled cell that differs from the one above."""
    out, last = set(), None
    for i, cell in enumerate(cells):
        if cell and cell != last:
            out.add(i)
            last = cell
    return frozenset(out)


def _returns_on_a_sheet(cells: list[str], sheets: list[str]) -> bool:
    """Some value written again after a different one on the same sheet. Sheets read as
    one plan each list afresh the recommendations they answer (an agency's sheet, a
    quarter's): "1" on a later sheet is recommendation 1 again, not a value come back."""
    runs: dict[str, list[str]] = {}
    for cell, sheet in zip(cells, sheets, strict=True):
        if cell:
            runs.setdefault(sheet, []).append(cell)
    return any(value_returns(filled) for filled in runs.values())


def value_returns(filled: list[str]) -> bool:
    """Some value written again after a different one (Priority 1, 2, 1 …)."""
    seen: set[str] = set()
    last = None
    for cell in filled:
        if cell != last and cell in seen:
            return True
        seen.add(cell)
        last = cell
    return False


def _once_per_block(cells: list[str]) -> bool:
    """Values on some rows with blanks under them, at least twice (merged cells)."""
    starts = [i for i, c in enumerate(cells) if c]
    return 2 <= len(starts) < len(cells) and len(cells) - len(starts) >= len(starts) // 2
