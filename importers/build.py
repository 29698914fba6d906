"""Stage 6, build: grouped rows → a PlanDoc (people, deadlines, status, updates).

Every non-empty cell ends up somewhere in the document: a mapped field,
``fields`` (extra columns, banners, labelled rows, the wording of a status or
RAG cell as written), the plan's notes, or an "(as written)" copy where a
cell was interpreted (people cells).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain, product
from typing import Generic, NamedTuple, TypeVar, cast

from importers import columns, people, vocab
from importers.assign import names_completion_date, says_when_done
from importers.cells import (
    folded,
    labelled_action,
    numbers_in_recommendation,
    pointed,
    state_after_ref,
    status_shaped,
    unmarked,
    without_ref_marks,
)
from importers.colours import FontRating, IconRating, colour_word
from importers.counted import (
    EventDates,
    KeyedDays,
    ShortForms,
    counted_deadline,
    counted_from_its_bracket,
    counted_from_letter,
    counted_from_meeting,
    counts_a_time,
    expanded,
    extended_deadline,
    in_a_months_meeting,
    in_a_plan_year,
    keyed_code,
    keyed_written_out,
    marked_done,
    plan_numbered,
    row_dates,
)
from importers.dates import (
    APRIL,
    OPEN,
    WORK_NAMED,
    Deadline,
    PlanCalendar,
    QuarterRule,
    closing_deadline,
    closing_signed_date,
    dated_by_header,
    dated_in_passing,
    dated_sentences,
    deadline_moved_in_news,
    deadline_states,
    excel_serial_day,
    figures_month_line_day,
    half_term_rating,
    header_year,
    in_header_format,
    in_header_year,
    initialled_day,
    initialled_weekday,
    is_a_log,
    is_appointment_label,
    is_null_date,
    is_placeholder_date,
    is_timed,
    labelled_days_joined,
    leading_date,
    may_name_a_day_to_come,
    month_line_day,
    moved_to_day,
    names_a_time,
    names_only_the_day,
    names_revised_deadline,
    next_named_term,
    on_its_weekday,
    on_or_before,
    opening_deadline,
    opening_signed_date,
    parse_deadline,
    period_line_day,
    plan_calendar,
    quarter_line_day,
    relative_month_line_day,
    revised_from,
    says_dates_moved,
    status_hint,
    undefined_part_of_the_year,
    years_as_written,
)
from importers.group import (
    POSITION_DIGITS,
    Group,
    Grouping,
    Row,
    heading_as_written,
    labels_restart,
)
from importers.headings import labelled_number, labelled_position, worded_ref
from importers.marks import (
    has_rule_line,
    is_arrow_log,
    is_rule_line,
    without_entry_number,
    without_leading_pictographs,
    without_list_marks,
)
from importers.owned_steps import owner_and_time
from importers.settled import check_to_come
from importers.status_companions import Companion, companion_of, refined
from importers.struck import without_struck
from importers.tool_comments import tool_comment
from importers.vocab import Legend
from store.calendar_words import MONTH_NAMES, WEEKDAY_NAMES
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from store.models import Precision, Rag, Status

Progress = Callable[[int, int], None]
# kept as the action's fields ("Done?" and "% complete" as written, beside the status they set)
_EXTRA_KINDS = (None, "measure", "extra", "ignore", "percent", "done")


# A deadline as an action holds it: its day, wording, precision and the original day
_Deadline = tuple[dt.date | None, str, Precision | None, dt.date | None]
# The people a lead or responsible cell gives each role: ("lead", […]), ("responsible", […])
_Owners = tuple[tuple[str, tuple[str, ...]], ...]


# At most this many distinct readings are kept: a plan whose rows rarely repeat them
# (each row's own progress news) stops paying to look for them
_MEMO_SIZE = 2_000


# A field "keep" numbered because another value held the name: "Status (as written) (2)"
_NUMBERED_NAME = re.compile(r"(?P<name>.*) \(\d+\)")

_Key = TypeVar("_Key", bound=Hashable)
_Read = TypeVar("_Read")


@dataclass
class _Memo(Generic[_Key, _Read]):
    """Readings by the distinct cells they were read from (``_read_once``), each with
    the cells the reading kept as written."""

    read: dict[_Key, tuple[_Read, tuple[tuple[str, str], ...]]] = field(default_factory=dict)
    hits: int = 0
    misses: int = 0
    used: bool = True


def _read_once(
    memo: _Memo[_Key, _Read],
    key: _Key | None,
    fields: dict[str, str],
    ctx: Context,
    read: Callable[[], tuple[_Read, bool]],
) -> _Read:
    """What ``read`` gives, read once per distinct ``key`` (its cells, their headers and
    whatever else the reading takes; None: read every time): a plan repeats its leads,
    target months, statuses and RAGs on many rows. ``read`` says whether its reading
    needed nothing of the row but the key; it is reused only then, where the reading
    named no row (no warning) and where the cells it kept as written go back under the
    same names, as each "keep" would put them."""
    if key is None or not memo.used:
        return read()[0]
    known = memo.read.get(key)
    if known is not None:
        found, kept = known
        if not kept:  # most readings keep no cell as written
            memo.hits += 1
            return found
        if all(fields.get(k, v) == v for k, v in kept):
            memo.hits += 1
            fields.update(kept)  # as each "keep" would: the same names, in the same order
            return found
    memo.misses += 1
    if len(memo.read) >= _MEMO_SIZE:  # full: kept on only while it saves more than it costs
        memo.used = memo.hits > memo.misses
        return read()[0]
    before, warned = dict(fields), len(ctx.warnings)
    found, of_key_alone = read()
    kept = tuple((k, v) for k, v in fields.items() if k not in before)
    if (
        of_key_alone
        and len(ctx.warnings) == warned
        and all(fields[k] == v for k, v in before.items())
        and not any((m := _NUMBERED_NAME.fullmatch(k)) and m["name"] in fields for k, _ in kept)
    ):
        memo.read[key] = (found, kept)
    return found


@dataclass
class Context:
    """What the build needs to know about the file and the user's options."""

    columns: dict[int, str]
    aliases: dict[str, str]
    legend: Legend = field(default_factory=Legend)
    warnings: list[str] = field(default_factory=list)
    spelling: dict[str, str] = field(default_factory=dict)
    column_of: dict[str, int] = field(default_factory=dict)
    names_in: dict[
        tuple[str, bool, bool, bool, frozenset[str]],
        tuple[tuple[str, ...], tuple[str, ...], bool],
    ] = field(default_factory=dict)
    surname_first: frozenset[int] = frozenset()  # people columns written "Howells, Sian"
    name_then_team: frozenset[int] = frozenset()  # written "Jo Baines, Fleet Services"
    # written "Head of Healthcare (Spire Health Partnership)", the provider in brackets
    providers: frozenset[int] = frozenset()
    # by column, the posts written with their remit in brackets: "Licensing Officer
    # (Gambling Premises)", so "Licensing Officer (Taxi Licences)" is a remit too
    remit_posts: dict[int, frozenset[str]] = field(default_factory=dict)
    # written one post in two languages a cell ("Rheolwr Cofrestredig" over "Registered
    # Manager"): each cell is one lead, kept whole
    two_languages: frozenset[int] = frozenset()
    alone: frozenset[str] = frozenset()  # the people cells of one line: each leads alone
    unknown_reported: set[str] = field(default_factory=set)
    percent_fractions: bool = False  # a % column of Excel numbers: 0.5 is 50%
    colour_columns: frozenset[int] = frozenset()  # RAG or status told by the cells' colours
    # Worked out once, not per row: which columns hold updates, which are kept as fields
    update_columns: list[int] = field(default_factory=list)
    revision_columns: list[int] = field(default_factory=list)  # "Revised date 1", "… 2"
    not_extra: set[int] = field(default_factory=set)
    # Update cells already read, by (cell, its header): plans repeat "No update" and the
    # like on many rows, and the notes are immutable, so one set of them serves each
    updates_of: dict[tuple[str, str, dt.date | None], tuple[UpdateDoc, ...]] = field(
        default_factory=dict
    )
    # The rating opening each distinct latest progress cell, and the state its label
    # states: read once per cell, as its notes are
    ratings_of: dict[tuple[str, str], tuple[Rag | None, Status | None]] = field(
        default_factory=dict
    )
    states_of: dict[str, vocab.Meaning] = field(default_factory=dict)
    # Whether each distinct news cell says only that the work has not begun ("Not
    # started"): asked of every row's news, answered by the cell and the plan's key alone
    not_begun_of: dict[str, bool] = field(default_factory=dict)
    # The people each distinct lead or responsible cell gives each role, by (role, column,
    # cell, header), where the reading needs nothing else of its row: a plan names the
    # same few leads on most rows
    people_of_cell: _Memo[tuple[str, int, str, str], _Owners] = field(default_factory=_Memo)
    # The deadline each distinct due cell gives, by (cell, header), where it names a date
    # of its own: a plan repeats its target months on many rows
    deadlines_of: _Memo[tuple[str, str], _Deadline] = field(default_factory=_Memo)
    # The status and RAG each distinct set of a row's standing cells gives (see
    # ``_status_and_rag``); the columns they are read from, by row width
    status_memo: _Memo[
        tuple[Status | None, tuple[str, ...], tuple[str, ...]], tuple[Status, Rag | None]
    ] = field(default_factory=_Memo)
    standing_by_width: dict[int, tuple[int, ...]] = field(default_factory=dict)
    # The days the rows above the table label as the inspection, assessment or report:
    # what "Within 28 days" counts from
    events: EventDates = field(default_factory=dict)
    # A RAG or status column per month ("RAG Oct", "RAG Nov", "RAG Dec"), oldest first:
    # the latest month a row has a value in rates it
    monthly: dict[str, list[int]] = field(default_factory=dict)
    # The days the rows above the table key to codes ("PB13 = 11/11/2026"): a line of
    # news opened "PB13: …" is that day's, and a deadline "PB14" falls on its day
    keyed: KeyedDays = field(default_factory=dict)
    # The periods a key outside the table expands short forms to ("Aut = autumn term"):
    # a deadline "Aut 26" is the autumn term of 2026
    short_forms: ShortForms = field(default_factory=dict)
    # The letters a key outside the table marks a date done with ("(A) = actual"): a
    # date so marked says when the work was done, never when it is due
    done_marks: frozenset[str] = frozenset()
    # The month a financial year's first month or period is, as a key outside the table
    # says ("P1 = April, P12 = March"); April when none does
    year_starts: int = APRIL
    # How the plan counts its year (a school year of six terms: "Term 2 2026/27" is the
    # second half term), for every date read while a recommendation is built
    calendar: PlanCalendar = PlanCalendar()
    # The day the plan says its progress is as at ("Position at 30 November 2026"): the
    # year of news dated by a day and month alone ("JS 04/11: …")
    position: dt.date | None = None
    today: dt.date | None = None  # the import's day: news is dated no later
    # The day each update header naming a day and month with no year gives its news
    # ("Position at 30 June" | "… 30 Sept"), in the plan's year, the columns running forward
    header_days: dict[str, dt.date] = field(default_factory=dict)
    # The year a note above the table gives the plan's bare quarters ("Timescales are
    # quarters of the 2026/27 financial year …"): "Q3" is 31 Dec 2026, as under a header
    # naming the year
    quarters_year: str | None = None
    # The one financial year the lines above the table name ("Corporate Plan 2026/27"):
    # an update column headed by a quarter alone ("Q2 update") is that year's quarter
    titled_year: str | None = None
    # The first day of the school year the plan's title names ("School improvement plan
    # 2025/26"): a term named with no year ("By end of Summer term") is that year's
    school_year_start: dt.date | None = None
    # Which quarters the plan's are: calendar where a line outside the table says so
    # ("Target quarters are calendar quarters"), so "2027 Q1" ends 31 Mar 2027
    quarters: QuarterRule = "financial"
    # A line outside the table naming the order of the deadlines' figures ("Target dates
    # are written mm/yy"): "03/27" is March 2027, as under a header naming it
    date_format: str | None = None
    # The marks a key outside the table defines as roles ("(L) lead officer; (S)
    # supporting officer"): a name marked "(S)" in a people cell is the responsible
    role_marks: dict[str, str] = field(default_factory=dict)
    # Refs that are the report's own numbers of its items, as a form numbers them ("Area
    # for improvement 3"): kept as written, never relative to a recommendation
    own_numbers: bool = False
    # The plan numbers its actions "P1", "P2" …: a progress line opened "P7: …" points at
    # action P7, not at an accounting period
    refs_as_periods: bool = False
    # Progress lines opened by the numbers of the actions they are about ("1-3 Complete
    # and …"), as a form written in paragraphs points at its numbered actions
    pointed_news: frozenset[tuple[int, int]] = frozenset()
    # Date columns a US-locale export wrote month first ("10/30/2026"), read so throughout
    month_first: frozenset[int] = frozenset()
    # Deadline columns holding Excel serial numbers as text ("46477"): each that day
    serial_days: frozenset[int] = frozenset()
    # Columns headed by the RAG colours ("R" | "A" | "G"): the one marked ("●") rates the row
    rag_marks: dict[int, vocab.Meaning] = field(default_factory=dict)
    # Columns headed by periods ("Q3 2026/27" | "Q4 2026/27"): the one marked ("X") dates
    # the row, where no column gives its deadline
    period_marks: list[int] = field(default_factory=list)
    # Columns headed by levels of % complete ("25" | "50" | "75" | "100"): the highest
    # one marked ("X") is the share done, where no column gives the %
    percent_marks: list[int] = field(default_factory=list)
    # The status column's numbered stages ("Stage 2 – Delivery" → 2), where it writes them
    stages: dict[str, int] = field(default_factory=dict)
    # Bare numbers that run on through the plan's groups ("1", "2" under one heading, "3"
    # under the next): the plan's own refs, kept as written (set by ``build``)
    numbers_run_on: bool = False
    # Refs of one label and a number starting again in each group ("R1", "R2" under each
    # audit): the number is the action's place in its group (set by ``build``)
    labels_restart: bool = False
    # The banner heading the recommendation being built ("PHASE 1 TARGETS (to be met by
    # 31/12/2026)"), set for its rows as a "Section" banner is theirs
    banner: str = ""
    # The last value each lead, responsible and due column held, for a cell "As above"
    above: dict[int, str] = field(default_factory=dict)
    # Those columns, in the order of their kinds: found once, not on every row
    carried_columns: tuple[int, ...] = ()
    # The lead, responsible and support columns there are, (role, column) in that order
    people_columns: tuple[tuple[str, int], ...] = ()
    # The column dating each update column's notes, by the table's headers and the column
    dating_of: dict[tuple[tuple[str, ...], int], int | None] = field(default_factory=dict)
    # Columns of days mostly after the day the plan is as at ("Review date" of 15/01/2027
    # in a plan as at 20 Nov 2026): the next review's day, so they date no note
    days_to_come: frozenset[int] = frozenset()
    # A column headed for the deadline and the progress both ("Timescale and progress"),
    # where no other column gives the deadline: a cell's first line may be the deadline
    due_over_news: int | None = None
    # A people column headed for the deadline too ("Who / when", "Owner / target date"),
    # where no other column gives the deadline: a line of a cell may be the deadline
    due_under_people: int | None = None
    # A deadline laid out over two columns side by side, (month, year): "March" | "2027"
    # is read as "March 2027" is, and neither column is a field of its own
    due_parts: tuple[int, int] | None = None
    # The deadline column states the work's state on some row ("Complete", "Completed"):
    # the plan writes states where a date was asked for
    due_states: bool = False
    # The columns no kind claims, by the row's width: found once, not on every row
    extra_by_width: dict[int, tuple[int, ...]] = field(default_factory=dict)
    # The columns beside the status that say more of it ("Status Reason", "Status
    # Category", "Resolution", "Flagged"), by the table's headers: found once per table
    companions_by_headers: dict[tuple[str, ...], dict[Companion, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for col, kind in sorted(self.columns.items(), reverse=True):
            self.column_of[kind] = col  # the leftmost column of each kind wins
        self.spelling.update({" ".join(n.split()).casefold(): n for n in self.aliases.values()})
        self.update_columns = sorted(c for c, kind in self.columns.items() if kind == "update")
        if self.due_over_news is not None:  # read for both: its first line may be the deadline
            if self.column_of.get("due") == self.due_over_news:
                del self.column_of["due"]
            self.update_columns = sorted({*self.update_columns, self.due_over_news})
        self.revision_columns = sorted(
            c for c, kind in self.columns.items() if kind == "revised_due"
        )
        self.not_extra = {c for c, kind in self.columns.items() if kind not in _EXTRA_KINDS}
        self.not_extra -= {c for cols in self.monthly.values() for c in cols}  # each month kept
        if self.due_parts is not None:
            self.not_extra |= set(self.due_parts)
        carried = (self.column_of.get(kind) for kind in _CARRIED_KINDS)
        self.carried_columns = tuple(col for col in carried if col is not None)
        roles = ((role, self.column_of.get(role)) for role in ("lead", "responsible", "support"))
        self.people_columns = tuple((role, col) for role, col in roles if col is not None)

    def cell(self, cells: list[str], kind: str) -> str:
        col = self.column_of.get(kind)
        return cells[col] if col is not None and col < len(cells) else ""

    def month_first_in(self, kind: str) -> bool:
        """Whether the column of this kind writes its dates month first."""
        return self.column_of.get(kind) in self.month_first


def build(
    grouping: Grouping, ctx: Context, title: str, notes: str, progress: Progress | None = None
) -> PlanDoc:
    """The plan document of every group and its rows."""
    total = sum(len(g.rows) for g in grouping.groups)
    ctx.numbers_run_on = _numbers_run_on(grouping.groups)
    runs = [[r.ref or "" for r in g.rows] for g in grouping.groups if g.rows]
    ctx.labels_restart = labels_restart(runs)
    recs = []
    done = 0
    for g in grouping.groups:
        recs.append(recommendation(g, ctx))
        done += len(g.rows)
        if progress:
            progress(done, total)
    return PlanDoc(title=title, notes=notes, recommendations=recs)


def recommendation(g: Group, ctx: Context) -> RecommendationDoc:
    """One group's document: a large file is built and stored one group at a time."""
    refs: set[str] = set()
    actions = []
    headed = g.from_banner or bool(g.text)  # a recommendation the plan wrote, not a default
    one_list = (
        g.numbered
        and not headed
        and not g.found
        and (ctx.own_numbers or _numbers_kept_with_gaps(g.rows))
    ) or ctx.numbers_run_on
    # a banner read as the group's heading ("PHASE 1 TARGETS – by 31 March 2027", its
    # "Phase 1" numbering the group) heads the rows' timescale as a section banner does
    ctx.banner = (heading_as_written(g) or "") if g.from_banner else ""
    rows = _rated_by_the_heading(g, ctx)
    with plan_calendar(ctx.calendar):  # every date of every row, read by the plan's year
        for i, row in enumerate(rows, 1):
            own, written = _own_number(row.ref, ctx)
            ref = _unique(action_ref(str(g.ref), own, i, headed, one_list), refs)
            actions.append(_action(row, ref, ctx, written))
    return RecommendationDoc(ref=str(g.ref), text=g.text, fields=g.fields, actions=actions)


def _rated_by_the_heading(g: Group, ctx: Context) -> list[Row]:
    """The group's rows, each given its heading's status or rating where the heading row
    states one in that column ("Recommendation 2: …" | … | "On track") and none of its
    actions has a cell there: the plan reports each recommendation as a whole, and that
    is where each of its actions stands. An action rated on its own row keeps its own,
    and so do its blank neighbours (each action keeps its own: "Theme 1 – …" | "Red")."""
    if not g.from_banner or not g.rows:
        return g.rows
    carried: dict[int, str] = {}
    for col, kind in ctx.columns.items():
        headers = g.rows[0].line.headers
        header = headers[col] if col < len(headers) else ""
        stated = g.fields.get(header or "Rating", "") if kind in ("status", "rag") else ""
        if stated and not any(col < len(r.cells) and r.cells[col].strip() for r in g.rows):
            carried[col] = stated
    if not carried:
        return g.rows
    return [replace(r, cells=_with_cells(r.cells, carried)) for r in g.rows]


def _with_cells(cells: list[str], values: dict[int, str]) -> list[str]:
    width = max(len(cells), max(values) + 1)
    padded = cells + [""] * (width - len(cells))
    return [values.get(c, cell) for c, cell in enumerate(padded)]


def _own_number(own: str | None, ctx: Context) -> tuple[str | None, str | None]:
    """The action's own ref to read and the ref as written, if that differs: "R2" where
    every ref is one label and a number starting again in each group is a bare 2."""
    if own and _FIGURES_AND_DOTS.fullmatch(own):
        return own, None  # "1.2": no label, word, mark nor letter to read off it
    position = labelled_position(own or "") if ctx.labels_restart else None
    if own and position is not None:
        return str(position[1]), own.strip()
    return own, _ref_as_written(own)


def action_ref(
    rec_ref: str, own: str | None, position: int, capitals: bool = False, one_list: bool = False
) -> str:
    """The plan's own ref; a bare number or letter is relative to its recommendation, and
    with ``capitals`` (under a recommendation the plan wrote) so is a capital letter. In
    ``one_list`` (no recommendation in the plan, its numbers IDs) a bare number is the
    plan's own, as written: "12", "13", "17" down a tracker stay 12, 13, 17."""
    if not own:
        return f"{rec_ref}.{position}"
    if _FIGURES_AND_DOTS.fullmatch(own):  # "1.2", "3": no word, mark nor letter to read
        own = own.rstrip(".")  # as ``unmarked`` reads it
        return f"{rec_ref}.{own}" if _position_alone(own, one_list) else own
    own = without_ref_marks(own)  # "4 (Medium)": the grade is a field
    if (worded := worded_ref(own)) is not None:  # "Rec 3 Action 2" is 3.2
        return f"{worded[0]}.{worded[1]}"
    if (number := labelled_number(own)) is not None:  # "Action 2" or "#2" is a bare 2
        return f"{rec_ref}.{number}"
    own = unmarked(own)
    if _position_alone(own, one_list):
        return f"{rec_ref}.{own}"
    if numbers_in_recommendation(own) or (capitals and _capital_letter(own)):
        return f"{rec_ref}{own}"
    return own


# A ref of figures and dots alone ("1.2", "12", "3.1."): most plans' refs, asked of every
# row; none holds a label, a word, a mark, a bracket or a letter for the readings to find
_FIGURES_AND_DOTS = re.compile(r"[0-9.]+")


def _position_alone(own: str, one_list: bool) -> bool:
    """A bare number, the action's place in its recommendation (not in ``one_list``)."""
    return own.isdigit() and len(own) <= POSITION_DIGITS and not one_list


def _numbers_kept_with_gaps(rows: list[Row]) -> bool:
    """A list's bare numbers that are not 1, 2, 3 … in order: a tracker whose items keep
    their number for life, gaps where closed ones were removed ("12", "13", "17"), so the
    numbers are IDs, not positions under a recommendation."""
    numbers = [unmarked(without_ref_marks(r.ref or "")) for r in rows]
    if not numbers or not all(n.isdecimal() for n in numbers):
        return False
    return [int(n) for n in numbers] != list(range(1, len(numbers) + 1))


def _numbers_run_on(groups: list[Group]) -> bool:
    """Every action numbered by a bare number that carries on from the group before
    instead of starting again ("1", "2" under "Q14c – …", "3", "4", "5" under "Q25b –
    …"; a list's IDs 4, 5, 7 under "R1 – …", 9, 10, 12 under "R2 – …", gaps where items
    were deleted; a tracker's 412, 413, 415 under each audit's name typed on its rows):
    the plan numbers its actions once through, so each number is unique and the plan's
    own, whether the numbers skip or not. Under heading rows the plan left unnumbered
    (site names over items 1, 2, 3 | 4, 5) the number stays relative to its heading, as
    written: 2.4, and 2.4 still when item 3 is deleted. Either way a deleted row changes
    no other ref. Numbers that restart in each group are positions in it."""
    runs = [[_bare_number(r.ref) for r in g.rows] for g in groups if g.rows]
    numbers = [n for run in runs for n in run]
    if len(runs) < 2 or None in numbers:
        return False
    if len(numbers) == len(runs):
        return False  # one action a group: its number may be the group's own
    counted = [n for n in numbers if n is not None]
    if not all(b > a for a, b in zip(counted, counted[1:], strict=False)):
        return False
    return not any(g.numbered and g.from_banner for g in groups)


def _bare_number(own: str | None) -> int | None:
    number = unmarked(without_ref_marks(own or ""))
    return int(number) if number.isdecimal() and len(number) <= POSITION_DIGITS else None


def _capital_letter(own: str) -> bool:
    """ "A.", "B." lettered afresh under each recommendation: a capital numbers the action
    in it as a lower-case letter does ("A." under Regulation 12 is 12A). With no heading
    above them, "A", "B", "C" are the plan's own refs, kept as written."""
    return len(own) == 1 and own.isalpha() and own.isupper()


def _ref_as_written(own: str | None) -> str | None:
    """The ref as the plan wrote it, when the action's ref is not that: "Rec 3 Action 2"
    (now 3.2), "#2" (1.2), "1.2*" (its footnote mark dropped), "1.2 ✓" (its tick
    dropped), "4 (Medium)" (its grade dropped), or a suffix that cannot be read back
    (below)."""
    if own and (worded_ref(own) or labelled_number(own) or without_ref_marks(own) != own):
        return own.strip()
    return _unreadable_suffix(own)


def _unreadable_suffix(own: str | None) -> str | None:
    """The ref as written when joined to the recommendation's it cannot be read back:
    "2ii" may be 2i + i, so the cell "ii" is kept; "1b" plainly holds "b"."""
    own = unmarked(own or "")
    return own if len(own) >= 2 and numbers_in_recommendation(own) else None


def _unique(ref: str, used: set[str]) -> str:
    candidate, letter = ref, ord("b")
    while candidate in used:
        candidate = f"{ref}{chr(letter)}"
        letter += 1
    used.add(candidate)
    return candidate


def _action(row: Row, ref: str, ctx: Context, written_ref: str | None = None) -> ActionDoc:
    # A title row's "Label: value" is the plan's, kept in its notes: said of every action
    # it says nothing of any one, and next month's date on it would change them all.
    fields = {k: v for k, v in row.themes.items() if k not in row.from_title}
    if written_ref:
        fields["Ref (as written)"] = written_ref
    row, parts = _parts_taken_off(row, fields, ctx)
    text, tagged = _status_tag(_action_text(row, ctx), fields, ctx)
    closing_status, closing_news = _closing_status(parts.closing, ctx)
    tagged = tagged or closing_status or _state_after_ref(written_ref, ctx)
    leads, responsible = _leads_and_responsible(row, fields, ctx)
    if not leads and not responsible:
        leads = _closing_leads(parts.closing, ctx)
    due, due_text, precision, original = (
        _closing_deadline(parts.closing)
        or _deadline_on_the_first_line(row, parts.timescale, ctx)
        or _deadline(row, fields, ctx)
    )
    status, rag = _status_and_rag(row, fields, ctx, tagged)
    _extras(row, fields, ctx)
    _written_cells(row, fields)
    return ActionDoc(
        ref=ref,
        text=text,
        leads=leads,
        responsible=responsible,
        due=due,
        due_text=due_text,
        due_precision=precision,
        original_due=original if original != due else None,
        status=status,
        rag=rag,
        fields=fields,
        updates=[
            *_updates(row, fields, ctx),
            *parts.reported,
            *closing_news,
            *_cell_notes(row, fields, ctx),
        ],
    )


@dataclass(frozen=True)
class _TakenOff:
    """What an action's row holds besides its cells as the columns read them: the
    labelled lines closing its text ("Lead: …", "Due: …", "Status: …"), the lines a
    meeting heard (updates), and a deadline written over its news or under its people."""

    closing: list[tuple[str, str, str]]
    reported: list[UpdateDoc]
    timescale: str


def _parts_taken_off(row: Row, fields: dict[str, str], ctx: Context) -> tuple[Row, _TakenOff]:
    """The row with the lines read apart taken off its cells, and those lines."""
    row = _carried_down(row, fields, ctx)
    row = _labelled_action_part(row, fields, ctx)
    row, closing = _closing_labelled_lines(row, fields, ctx)
    row = _without_source_line(row, fields)
    row, reported = _reported_lines(row, fields, ctx)
    row, timescale = _deadline_over_news(row, ctx)
    if not timescale:
        row, timescale = _deadline_under_people(row, ctx)
    return row, _TakenOff(closing, reported, timescale)


def _action_text(row: Row, ctx: Context) -> str:
    """The action's wording; with none, another column's words, or where the row is."""
    if row.text:
        return row.text
    text = _fallback_text(row.cells, ctx) or f"({row.line.where})"
    ctx.warnings.append(f"{row.line.where}: no action text; used {text[:40]!r}")
    return text


# A line of a committee's minutes telling what a later meeting heard: "It was reported
# that …", "The Committee was informed that …", "Members were advised that …"
_REPORTED = re.compile(
    r"^\s*(?:it\s+was\s+(?:reported|noted|confirmed)"
    r"|(?:the\s+)?(?:committee|board|members?|panel)\s+(?:was|were)\s+(?:informed|advised|told)"
    r")\s+that\b",
    re.IGNORECASE,
)


def _reported_lines(row: Row, fields: dict[str, str], ctx: Context) -> tuple[Row, list[UpdateDoc]]:
    """The row without the lines under its action's wording that report what a later
    meeting heard ("It was reported that the draft had been shared …"), and those lines
    as updates, undated: the meeting is not named on the line. The cell as written is
    kept in ``fields``."""
    if "\n" not in row.text:
        return row, []  # one line: no line under the wording
    lines = row.text.split("\n")
    first = next((i for i, line in enumerate(lines) if i and _REPORTED.match(line)), None)
    if first is None:
        return row, []
    keep(
        fields, f"{_header(row, ctx.column_of.get('action', -1), 'Action')} (as written)", row.text
    )
    news = [UpdateDoc(text=line.strip()) for line in lines[first:] if line.strip()]
    return replace(row, text="\n".join(lines[:first]).strip()), news


def _labelled_action_part(row: Row, fields: dict[str, str], ctx: Context) -> Row:
    """The row whose action cell holds a labelled finding and action ("Finding: …" over
    "Action required: …") with the action part alone as its text; the cell as written,
    the finding with it, is kept in ``fields``."""
    action = labelled_action(row.text)
    if action is None:
        return row
    keep(
        fields, f"{_header(row, ctx.column_of.get('action', -1), 'Action')} (as written)", row.text
    )
    return replace(row, text=action)


# A line closing an action cell that labels its owner or date ("Responsible officer:
# Income Team Manager", "Implementation date: 31/08/2026"), as a report's management
# action plan prints them under each action
_CLOSING_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{1,40}?)\s*:\s*(?P<value>\S.{0,80})$")


# Initials closing an action's wording in square brackets, "… history and geography.
# [SW]", "[SW/RH]": who leads it, as a closing "Action owner:" line says
_CLOSING_INITIALS = re.compile(
    r"(?<=\S)\s*\[(?P<who>[A-Z][A-Za-z]{0,3}[A-Z](?:\s*/\s*[A-Z][A-Za-z]{0,3}[A-Z])*)\]\s*$"
)


def _closing_initials(line: str, ctx: Context) -> tuple[str, str] | None:
    """The line without the bracketed initials closing it, and those initials: only
    where the plan has no people column and its key spells out every one of them."""
    m = _CLOSING_INITIALS.search(line)
    if m is None or {"lead", "responsible"} & ctx.column_of.keys():
        return None
    if not all(i.strip() in ctx.aliases for i in m["who"].split("/")):
        return None
    return line[: m.start()], m["who"]


def _closing_owner_and_time(line: str, ctx: Context) -> tuple[str, str, str] | None:
    """The line without the bracket closing it with its owner and time ("… (Head of
    Housing Options, March 2027)"), the owner and the time: only where the plan has no
    people column nor deadline column, as a reply's numbered steps are written."""
    if {"lead", "responsible", "due", "revised_due"} & ctx.column_of.keys():
        return None
    return owner_and_time(line)


def _closing_labelled_lines(
    row: Row, fields: dict[str, str], ctx: Context
) -> tuple[Row, list[tuple[str, str, str]]]:
    """The row without the labelled owner and date lines closing its action cell, and
    those lines as (kind, label, value): kind "people", "due", "revised" or "status".
    Only kinds the plan has no column for; the cell as written is kept in ``fields``."""
    if "\n" not in row.text and "]" not in row.text and ")" not in row.text:
        return row, []  # one line and no bracket closing it: nothing closes it
    lines = row.text.split("\n")
    found: list[tuple[str, str, str]] = []
    if (initials := _closing_initials(lines[-1], ctx)) is not None:
        lines[-1], who = initials
        found.append(("people", "Lead", who))
    elif (bracket := _closing_owner_and_time(lines[-1], ctx)) is not None:
        lines[-1], who, when = bracket
        done = deadline_states(when) == "done"  # "completed November 2026": no deadline
        found += [("people", "Lead", who), ("done" if done else "due", "Timescale", when)]
    while len(lines) > 1 and (kind := _closing_kind(lines[-1], ctx)) is not None:
        m = cast(re.Match[str], _CLOSING_LABEL.match(lines.pop().strip()))
        found.insert(0, (kind, m["label"], m["value"].strip()))
    if not found:
        return row, []
    header = _header(row, ctx.column_of.get("action", -1), "Action")
    keep(fields, f"{header} (as written)", row.text)
    return replace(row, text="\n".join(lines).strip()), found


# A line under the wording citing where in the review it came from, opened by the
# review's short code for a part of it, a colon and its number, and citing at least one
# more part the same way: "TR: 2, 5. WS: 1 (pages 29-45), Recommendation 9 (page 7)" (a
# term of reference, a work stream). One code alone is the author's own note: "NB: 2
# staff", "KPI: 3, 4.", "CQC: 12 (Good governance)" stay the action's words.
_SOURCE_CITATION = re.compile(r"\b[A-Z]{1,4}\s*:\s*\d{1,3}\b")


def _without_source_line(row: Row, fields: dict[str, str]) -> Row:
    """The row without the source line closing its action's wording ("TR: 2, 5. WS: 1
    (pages 29-45)"): no words of the action, kept as the field "Source"."""
    if "\n" not in row.text:
        return row  # one line: no source line under the wording
    wording, _, last = row.text.rpartition("\n")
    cited = _SOURCE_CITATION.match(last.strip()) and len(_SOURCE_CITATION.findall(last)) >= 2
    if not wording.strip() or not cited:
        return row
    keep(fields, "Source", last.strip())
    return replace(row, text=wording.strip())


def _closing_kind(line: str, ctx: Context) -> str | None:
    """ "people", "due", "revised" or "status" for a labelled owner, date or status line
    of a kind the plan has no column for; None for any other line."""
    m = _CLOSING_LABEL.match(line.strip())
    if m is None:
        return None
    label, value = m["label"], m["value"]
    if label.strip().casefold() == "status" and "status" not in ctx.column_of:
        # a board secretary's "Status: in progress – pending …": its words a status's
        return "status" if vocab.read_status(value, ctx.legend)[0] is not None else None
    if people.owner_label_role(label) and not {"lead", "responsible"} & ctx.column_of.keys():
        return "people" if not re.search(r"[.;]\s", value) else None
    dated = _names_a_deadline(label) or columns.best_field(label) == "revised_due"
    if dated and not {"due", "revised_due"} & ctx.column_of.keys() and parse_deadline(value).due:
        return "revised" if names_revised_deadline(label) else "due"
    return None


def _closing_leads(closing: list[tuple[str, str, str]], ctx: Context) -> list[str]:
    """The people the closing labelled lines name: with no people column, the lead."""
    named = [value for kind, _, value in closing if kind == "people"]
    found = [n for value in named for n in _names(value, ctx, False, False)[0]]
    return list(dict.fromkeys(found))


def _closing_status(
    closing: list[tuple[str, str, str]], ctx: Context
) -> tuple[Status | None, list[UpdateDoc]]:
    """The status a closing "Status: …" line states and, where it says more than the
    status ("Status: complete – summary circulated in November"), the line whole as one
    undated update, as a "Status / comments" cell's remark is."""
    for kind, label, value in closing:
        if kind == "done":  # the step's time says it is done: its state, no news
            return "done", []
        if kind == "status":
            status = vocab.read_status(value, ctx.legend)[0]
            said = vocab.says_more_than_a_state(value, ctx.legend)
            return status, [UpdateDoc(date=None, text=f"{label}: {value}")] if said else []
    return None, []


def _closing_deadline(
    closing: list[tuple[str, str, str]],
) -> _Deadline | None:
    """The date of the closing labelled date lines: a revised line's wins, the original
    its baseline, as a "Revised due date" column's does."""
    dates = {kind: value for kind, _, value in closing if kind in ("due", "revised")}
    wording = dates.get("revised") or dates.get("due")
    if wording is None:
        return None
    deadline = parse_deadline(wording)
    original = parse_deadline(dates["due"]).due if "revised" in dates and "due" in dates else None
    return deadline.due, wording, deadline.precision, original


# A cell that repeats the one above it: "As above", "Same as above", "Ditto", or the
# whole cell a typist's ditto mark: '"', "〃", "”", "″", "do." (with its dot: "Do" alone
# may be a word)
_AS_ABOVE = re.compile(
    r"(?:(?:same\s+)?as(?:\s+per)?\s+above|ditto)\.*|do\.|[\"〃”″]", re.IGNORECASE
)
# A cell pointing at another action's row instead of naming anyone: "As 1.2", "See 1.2",
# "As per action 3.1", "See rec 2" (a cross-reference row's lead, date and status)
_POINTS_ELSEWHERE = re.compile(
    r"(?:as|see)(?:\s+(?:per|for|in))?\s+(?:(?:action|rec(?:ommendation)?)\s+)?"
    r"\d+(?:\.\d+)*[a-z]?",
    re.IGNORECASE,
)
# The columns a plan fills with "As above": who leads and by when
_CARRIED_KINDS = ("lead", "co_lead", "responsible", "support", "due")


def _carried_down(row: Row, fields: dict[str, str], ctx: Context) -> Row:
    """The row with each "As above" (or ditto mark) lead, responsible or due cell read as
    the value the column last held, the rows being built in the plan's order; the cell
    as written is kept in ``fields``."""
    cells = row.cells  # copied only where a cell is carried down: most rows carry none
    for col in ctx.carried_columns:
        cell = cells[col].strip() if col < len(cells) else ""
        if _AS_ABOVE.fullmatch(cell) and col in ctx.above:
            keep(fields, f"{_header(row, col, ctx.columns[col])} (as written)", cell)
            cells = list(cells) if cells is row.cells else cells
            cells[col] = ctx.above[col]
        elif cell:
            ctx.above[col] = cell
    return replace(row, cells=cells) if cells != row.cells else row


def _fallback_text(cells: list[str], ctx: Context) -> str:
    for col, value in enumerate(cells):
        if value and ctx.columns.get(col) in (None, "measure", "update", "extra"):
            return value
    return ""


def _header(row: Row, col: int, default: str) -> str:
    headers = row.line.headers
    return (headers[col] if col < len(headers) else "") or default


def _leads_and_responsible(
    row: Row, fields: dict[str, str], ctx: Context
) -> tuple[list[str], list[str]]:
    """The people of the lead and responsible columns; a cell labelling each line
    ("Exec: Chief Nurse" / "Op: ED Matron") gives each line to the role its label names,
    the cell kept as written."""
    found: dict[str, list[str]] = {"lead": [], "responsible": []}
    # a support column ("Responsible | Support") names more of the responsible, after
    for role, col in ctx.people_columns:
        cell = row.cells[col] if col < len(row.cells) else ""
        if not cell:
            continue
        for owner_role, names in _owners_of_cell(row, role, col, cell, fields, ctx):
            found["responsible" if owner_role == "support" else owner_role] += names
    found["lead"] += _co_leads(row, fields, ctx)
    above = _lead_named_above(row, ctx)
    if above and not found["responsible"] and "responsible" not in ctx.column_of:
        # the senior person leads; the owner the table names does the work
        found = {"lead": above, "responsible": found["lead"]}
    return list(dict.fromkeys(found["lead"])), list(dict.fromkeys(found["responsible"]))


def _owners_of_cell(
    row: Row, role: str, col: int, cell: str, fields: dict[str, str], ctx: Context
) -> _Owners:
    """The people one lead or responsible cell gives each role, read once per distinct
    cell under its header where the reading needs nothing else of the row: no labelled
    line above the table (the roles it defines), no "supported by" (which looks at the
    row's responsible cell), nothing kept as written and no warning (both name the row)."""
    by_cell = not row.themes and not (role == "lead" and _supported_by(cell))
    key = (role, col, cell, _header(row, col, "")) if by_cell else None

    def read() -> tuple[_Owners, bool]:
        kept = len(fields)
        return _read_owners(row, role, col, cell, fields, ctx), len(fields) == kept

    return _read_once(ctx.people_of_cell, key, fields, ctx, read)


def _read_owners(
    row: Row, role: str, col: int, cell: str, fields: dict[str, str], ctx: Context
) -> _Owners:
    if (current := without_struck(cell)) != cell:
        # an owner struck through was replaced: nobody now, the cell kept as written
        keep(fields, f"{_header(row, col, role)} (as written)", cell)
        cell = current
        if not cell:
            return ()
    if _POINTS_ELSEWHERE.fullmatch(cell.strip().rstrip(".")):
        # names nobody: the row only points at the action that does the work
        keep(fields, f"{_header(row, col, role)} (as written)", cell)
        return ()
    if (held := _holders_of_roles(cell, row, ctx)) is not None:
        keep(fields, f"{_header(row, col, role)} (as written)", cell)
        return ((role, tuple(held)),)
    supported = _lead_and_support(row, role, cell, ctx)
    if supported is not None:
        keep(fields, f"{_header(row, col, role)} (as written)", cell)
        return tuple(
            (owner_role, tuple(_people(row, owner_role, col, who, {}, ctx)))
            for owner_role, who in zip(("lead", "responsible"), supported, strict=True)
        )
    # each line labelled has a colon ("A: Jo Reid"): most cells have none
    defined = people.labels_defined(_header(row, col, "")) if ":" in cell else {}
    labelled = (
        people.labelled_owners(cell, defined)
        or people.marked_lead(cell)
        or people.role_marked(cell, ctx.role_marks, role)
        or people.roles_in_words(cell)
        or _lead_over_partners(row, role, col, cell, ctx)
    )
    if labelled is None:
        return ((role, tuple(_people(row, role, col, cell, fields, ctx))),)
    keep(fields, f"{_header(row, col, role)} (as written)", cell)
    return tuple(
        (owner_role, tuple(_people(row, owner_role, col, who, {}, ctx)))
        for owner_role, who in labelled
    )


def _lead_over_partners(
    row: Row, role: str, col: int, cell: str, ctx: Context
) -> list[tuple[str, str]] | None:
    """The lead on the first line of the lead column's cell and its partners under it,
    where the header says it holds both ("Lead organisation (in bold) and partner
    organisations") and the plan has no responsible column of its own."""
    if role != "lead" or "responsible" in ctx.column_of:
        return None
    return people.lead_then_others(cell, _header(row, col, ""))


@lru_cache(maxsize=4096)
def _supported_by(cell: str) -> bool:
    """A lead cell naming who helps besides its lead (``_SUPPORTED_BY``): asked of every
    row's lead, answered once per distinct cell (a plan names a few leads on many rows)."""
    return _SUPPORTED_BY.match(cell.strip()) is not None


def _co_leads(row: Row, fields: dict[str, str], ctx: Context) -> list[str]:
    """The people of a co-lead column ("Co-lead (parent carer forum)"): they lead the
    action jointly, after the lead, as "Joint: A / B" names two leads."""
    col = ctx.column_of.get("co_lead")
    cell = row.cells[col] if col is not None and col < len(row.cells) else ""
    return _people(row, "co-lead", col, cell, fields, ctx) if col is not None and cell else []


# "Director of Resources, supported by Head of Finance": the lead, then who helps; or
# the accountable post with the officer it hands the work to in brackets, "Payroll
# Manager (delegated to Sam Patel)", or who helps in brackets, on the line under it or
# not: "Public Health Team" over "(supported by ICB comms)"; or the deputy who stands in
# for the lead, labelled in brackets, "Amy Cole (deputy: Tom Hale)", as a "Deputy:" line
# is (never "(Deputy Director)", a post)
_SUPPORTED_BY = re.compile(
    r"^(?P<lead>.+?)[ \t]*(?:,?[ \t]+supported[ \t]+by[ \t]+(?P<support>\S.*)"
    r"|\s*\([ \t]*(?:delegated[ \t]+to[ \t]+|supported[ \t]+by[ \t]+|deputy[ \t]*:[ \t]*)"
    r"(?P<delegate>[^()]*[^()\s])[ \t]*\))$",
    re.I,
)


def _lead_and_support(row: Row, role: str, cell: str, ctx: Context) -> tuple[str, str] | None:
    """The lead and the supporting officer a lead cell names ("Head of Communities,
    supported by Head of Communications"), or the officer the lead delegates to
    ("Payroll Manager (delegated to Sam Patel)"), when the row has no responsible cell of
    its own: that officer does the work with the lead, as a "Supported by" column says."""
    m = _SUPPORTED_BY.match(cell.strip()) if role == "lead" else None
    if m is None:
        return None
    col = ctx.column_of.get("responsible")
    if col is not None and col < len(row.cells) and row.cells[col].strip():
        return None
    helper = m["support"] or m["delegate"]
    return m["lead"], "" if helper.strip(" .").casefold() in _NO_ONE_HELPS else helper


# A deputy or helper written as no one: the post is empty or not yet filled ("Amy Cole
# (deputy: vacant)", "(deputy: TBC)"), so no one more is responsible
_NO_ONE_HELPS = frozenset({"vacant", "none", "n/a", "na", "tbc", "tba", "nobody", "no one", "-"})


# A label ending in the word for a person ("Executive lead", "SRO"), not in a thing
# about them ("Lead abbreviations", a key)
_LABEL_OF_A_PERSON = re.compile(
    r"\b(?:lead|owner|officer|director|sponsor|sro|exec|executive|accountable)\W*$", re.I
)


def _lead_named_above(row: Row, ctx: Context) -> list[str]:
    """The people a labelled line above the table names as lead ("Executive lead: Dr
    Helen Marsh, Chief Nurse" under a finding): the lead of every action under it; not a
    title row's ("Audit lead: …" heads the report). The line stays a field, as any
    labelled line above a table does."""
    for label, value in row.themes.items():
        if label in row.from_title or not _LABEL_OF_A_PERSON.search(label):
            continue
        if people.owner_label_role(label) != "lead":
            continue
        if names := _people_of_line(value, ctx):
            return names
    return []


def _people_of_line(value: str, ctx: Context) -> list[str]:
    """The people a labelled line names ("Dr Helen Marsh, Chief Nurse"): the person
    written first, a post perhaps after; "Chief Superintendent, Criminal Justice" names a
    post and its command, no one."""
    names = _names(value, ctx, False, people.name_then_team([value]))[0]
    if names and value.startswith(names[0]) and people.looks_like_names(list(names)):
        return list(names)
    return []


# The roles one people cell lists: "Executive lead; Operational lead"
_ROLES_LISTED = re.compile(r"\s*(?:;|,|&|/|\n|\band\b)\s*", re.I)
# A role the plan gives someone ("Executive lead", "Action owner", "SRO"), not a post:
# a post ("Accountable Emergency Officer") in a people cell is read as the post, whoever
# the title rows say holds it today
_ROLE_IN_THE_PLAN = re.compile(r"\b(?:lead|owner|sponsor|sro)\W*$", re.I)


def _holders_of_roles(cell: str, row: Row, ctx: Context) -> list[str] | None:
    """The people holding the roles a people cell names, when the header block names
    each ("Operational lead" under "Operational lead: Kate Ellis, Deputy Chief Nurse"):
    the cell points back to them. None unless every role listed is so defined."""
    if not row.themes:  # no labelled line above the table: no role is defined
        return None
    labels = {folded(k): v for k, v in row.themes.items()}
    holders: list[str] = []
    for role in filter(None, _ROLES_LISTED.split(cell.strip())):
        value = labels.get(folded(role))
        if value is None or not _ROLE_IN_THE_PLAN.search(role):
            return None
        if not (names := _people_of_line(value, ctx)):
            return None
        holders += names
    return holders or None


def _people(
    row: Row, role: str, col: int, cell: str, fields: dict[str, str], ctx: Context
) -> list[str]:
    """The names a people cell lists; reworded, the cell as written is kept in ``fields``."""
    if col in ctx.two_languages:
        return [cell.strip()]
    habits = (col in ctx.surname_first, col in ctx.name_then_team, col in ctx.providers)
    names, unknown, reworded = _names(cell, ctx, *habits, ctx.remit_posts.get(col, frozenset()))
    for initials in unknown:
        if initials not in ctx.unknown_reported:
            ctx.unknown_reported.add(initials)
            ctx.warnings.append(f"{row.line.where}: {role} {initials!r} is not a known name")
    if reworded:
        keep(fields, f"{_header(row, col, role)} (as written)", cell)
    return list(names)


def _names(
    cell: str,
    ctx: Context,
    surname_first: bool,
    name_then_team: bool,
    providers: bool = False,
    remit_posts: frozenset[str] = frozenset(),
) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """The people a cell names, initials no alias explains, and whether that rewords it.

    Kept per cell: a plan names the same few people on most rows, and the
    first spelling met is the one used for the rest of the plan anyway.
    """
    key = (cell, surname_first, name_then_team, providers, remit_posts)
    found = ctx.names_in.get(key)
    if found is None:
        if cell.strip() in ctx.aliases:  # the key defines it whole: "DHT (Pastoral)"
            names: tuple[str, ...] = (cell.strip(),)
        elif people.each_line_alone(cell, ctx.alone):  # the plan names each line apart
            names = people.names_by_line(*key)
        else:
            names = people.split_names(*key)
        names = tuple(n for name in names for n in people.field_leading_alone(name, ctx.alone))
        resolved, unknown = people.resolve(names, ctx.aliases)
        canonical = tuple(people.canonical(resolved, ctx.spelling))
        reworded = "\n".join(resolved) != cell
        found = ctx.names_in[key] = (canonical, tuple(unknown), reworded)
    return found


def _deadline(row: Row, fields: dict[str, str], ctx: Context) -> _Deadline:
    """The deadline, its wording and precision, and the original deadline the plan
    gives beside a revised one (an "Original" column, or "revised from Jun 2020")."""
    if not {"due", "revised_due"} & ctx.column_of.keys():
        return _marked_period(row, ctx) or _deadline_without_a_column(row)
    cell = _due_cell(row, ctx)
    revision = _revision(row, fields, ctx)
    # a date read from the cell alone is read once per distinct cell under its header
    known = (cell, _header(row, ctx.column_of["due"], "")) if cell and revision is None else None
    return _read_once(
        ctx.deadlines_of,
        known,
        fields,
        ctx,
        lambda: _read_deadline(row, fields, ctx, cell, revision),
    )


def _due_cell(row: Row, ctx: Context) -> str:
    """The deadline's cell, or its month and year cells read together ("March 2027";
    "Ongoing" where the year is blank)."""
    if ctx.due_parts is None:
        return ctx.cell(row.cells, "due")
    parts = (row.cells[c].strip() if c < len(row.cells) else "" for c in ctx.due_parts)
    return " ".join(part for part in parts if part)


def _read_deadline(
    row: Row, fields: dict[str, str], ctx: Context, cell: str, revision: _Revision | None
) -> tuple[_Deadline, bool]:
    """The deadline, and whether it is the date the due cell names on its own."""
    revised = revision.col if revision else None
    month_first, starts, quarters = ctx.month_first_in("due"), ctx.year_starts, ctx.quarters
    original = None
    if revision is not None:
        if cell and not is_null_date(cell):
            with years_as_written():  # the baseline may be years gone: why it was revised
                original = (
                    _serial_deadline(cell, ctx.column_of.get("due"), ctx)
                    or parse_deadline(
                        cell, month_first=month_first, year_starts=starts, quarters=quarters
                    )
                ).due
        if cell and not _is_the_baseline_alone(cell, original):
            keep(fields, _header(row, ctx.column_of["due"], "Original due"), cell)
        cell, month_first = revision.wording, revision.col in ctx.month_first
    if revised is None and not cell and (section := _deadline_of_the_section(row, ctx)):
        return section, False
    in_force = _latest_revision(cell, month_first) if revised is not None else cell
    deadline = (
        (revision and revision.day)
        or _serial_deadline(in_force, ctx.column_of.get("due") if revised is None else revised, ctx)
        or _counted_from_its_bracket(in_force)
        or parse_deadline(in_force, month_first=month_first, year_starts=starts, quarters=quarters)
    )
    if is_null_date(in_force):
        deadline = OPEN  # "01/01/1900": the system's empty date, the wording kept
    if deadline.due is not None and dated_in_passing(in_force):
        deadline = OPEN  # "Caseload below 18 since March 2026": no deadline
    if deadline.due is not None and marked_done(in_force, ctx.done_marks):
        return (None, cell, None, original), False  # "14/10/2026 (A)": done, the wording kept
    if deadline.due is None and original and (later := extended_deadline(in_force, original)):
        return (later, cell, "day", original), False  # "Extended 3 months" beside the original
    if deadline.due is None and (found := _dated_by_the_plan(row, ctx, cell, in_force, revised)):
        return (found.due, cell, found.precision, original), False
    if deadline.due is None and (term := _term_without_a_year(row, ctx, in_force)):
        return (term.due, cell, term.precision, original), False
    if cell and deadline.due is None and not is_placeholder_date(in_force):
        ctx.warnings.append(_unread(row, "deadline", cell, _why_no_date(in_force)))
    col = ctx.column_of.get("due") if revised is None else revised
    moved = col is not None and says_dates_moved(_header(row, col, ""))
    earlier = (
        revised_from(cell, month_first=month_first, moved=moved)
        if cell and original is None
        else None
    )
    dated = deadline.due, cell, deadline.precision, original or (earlier and earlier.due)
    return dated, deadline.due is not None  # no other cell of the row read


def _serial_deadline(cell: str, col: int | None, ctx: Context) -> Deadline | None:
    """The day of an Excel serial number written as text ("46477"), in a deadline column
    whose cells hold them: Excel's own reading of the number, the wording kept as
    written."""
    day = excel_serial_day(cell) if col in ctx.serial_days else None
    return Deadline(day, "day") if day is not None else None


def _why_no_date(wording: str) -> str:
    """The warning's words for a deadline read as no date: a part of the year the plan
    does not define ("Block 1 2026/27") says which part, so the user can date it."""
    part = undefined_part_of_the_year(wording)
    return (
        f"has no date ({part!r} is a part of the year the plan does not define)"
        if part
        else "has no date"
    )


def _term_without_a_year(row: Row, ctx: Context, wording: str) -> Deadline | None:
    """ "By end of Summer term": the summer term of the school year the plan's title
    names ("School improvement plan 2025/26": 31 Jul 2026), else the next to end on or
    after the day the plan's progress is as at (else the import's day), as the same
    words typed into ``update --due`` read; said under "unsure", since the cell writes
    no year."""
    written_on = ctx.school_year_start or ctx.position or ctx.today
    term = next_named_term(wording, written_on) if written_on else None
    if term is not None and term.due is not None:
        how = "the school year the title names" if ctx.school_year_start else "the next to end"
        ctx.warnings.append(
            f"{row.line.where}: deadline {wording!r} names no year:"
            f" read as {term.due:%-d %b %Y}, {how}"
        )
    return term


def _is_the_baseline_alone(cell: str, original: dt.date | None) -> bool:
    """An original date's cell written in figures alone, its year in full, that names
    only the baseline's day ("2026-03-28" from a workbook's date cell, "28/03/2026"): it
    is the action's original due, shown as such, no field beside it. Wording that says
    more ("end of March 2026", "31/10/2026 (Board)"), names the month in words or
    shortens the year ("31-3-24") is kept as written."""
    if original is None or re.search(r"[^\W\d_]", cell) or not _FULL_YEAR.search(cell):
        return False
    return names_only_the_day(cell, original)


_FULL_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


# A period banner's deadline, as a plan sorts its targets by when they fall due: "SHORT
# TERM TARGETS (Achievable within 6 months ie, by March 2027)." The words after "by" to
# a bracket, comma or the sentence's end are the date, read as any deadline is ("by
# 31/03/2027", "by end of Mar. 2027")
_SECTION_BY = re.compile(r"\bby\s(?:[^();,.]|\.(?!\s+[A-Z]))+")
# The words that make a section's text such a banner, naming a period of the work: a
# paragraph above a table saying when the Board "asked to see it closed by March 2026"
# tells the plan's history, and dates no action
_PERIOD_BANNER = re.compile(r"\b(?:term|phase|targets|months)\b", re.IGNORECASE)
# A "by" after the words of a report or a sign-off ("PHASE 1 ACTIONS (position as
# reported by 30/11/2026)", "– signed off by the Board by 30 September 2026") says when
# the plan was reported on, never when its actions fall due; "to be approved by" is due
_REPORT_BEFORE_BY = re.compile(
    r"(?P<due>\b(?:to|must|should|will|shall)\s+be\s+)?\b(?:reported|updated|signed\s+off|"
    r"approved|agreed|endorsed|ratified|reviewed|noted|confirmed|submitted|presented)\s+$",
    re.IGNORECASE,
)


def _deadline_of_the_section(row: Row, ctx: Context) -> _Deadline | None:
    """The deadline the section banner over the row names ("… by March 2027": 31 Mar
    2027), where the row's own deadline cell is blank: the banner heads the timescale of
    every action under it, as a section or as the heading of the row's recommendation.
    None where the banner names no such date, or the section's text names no period of
    the work ("term", "phase", "targets", "months")."""
    section = row.themes.get("Section") or ctx.banner
    bys = _SECTION_BY.finditer(section) if _PERIOD_BANNER.search(section) else iter(())
    phrases = [m[0] for m in bys if not _reported_before(section[: m.start()])]
    closing = next((found for p in phrases if (found := _dated_phrase(p))), None)
    if closing is None:
        return None
    wording, deadline = closing
    return deadline.due, wording, deadline.precision, None


def _reported_before(before: str) -> bool:
    """Whether a banner's words before its "by" are a report's or a sign-off's
    ("position as reported "), so the date after it is when the plan was reported on."""
    m = _REPORT_BEFORE_BY.search(before)
    return m is not None and m["due"] is None


def _dated_phrase(phrase: str) -> tuple[str, Deadline] | None:
    """A banner's "by" phrase read as a date: all of it ("by end of Mar. 2027"), or the
    date it opens with, words after ("by 31 March 2027 or earlier")."""
    return closing_deadline(phrase) or opening_deadline(phrase)


def _counted_from_its_bracket(cell: str) -> Deadline | None:
    """ "12 weeks from go-live (go-live 01/10/2026)": the time counted from the day the
    cell's bracket gives its event, to the day; None for any other wording."""
    counted = counted_from_its_bracket(cell)
    return Deadline(counted, "day") if counted else None


def _dated_by_the_plan(
    row: Row, ctx: Context, cell: str, in_force: str, revised: int | None
) -> Deadline | None:
    """The date of deadline wording that names none itself, where the plan gives it: a
    period of the year the column's header names ("Q3" under "Target quarter
    (2026/27)") or a note above the table does, a time counted from an event the plan
    dates ("Within 3 months of sign-off"), a code or words the plan keys to a day
    ("PB14": the meeting's day), a time before a meeting it dates ("2 weeks before
    Cabinet") or a label the header block dates ("By notice
    deadline"). None where it gives none."""
    if in_force:
        col = ctx.column_of.get("due") if revised is None else revised
        header = _header(row, col, "") if col is not None else ""
        of_year = dated_by_header(in_force, header)
        if of_year is None and ctx.quarters_year:  # the year a note above the table gives
            of_year = in_header_year(in_force, ctx.quarters_year)
        if of_year is None and ctx.date_format:  # the order a key line gives the figures
            of_year = in_header_format(in_force, ctx.date_format)
        if of_year is not None:
            return of_year
    if not cell:
        return None
    if counted := counted_deadline(cell, ctx.events, row_dates(row.line.headers, row.cells)):
        return Deadline(counted, "day")
    if numbered := plan_numbered(cell, ctx.keyed) or in_a_plan_year(cell, ctx.keyed):
        return numbered
    if from_letter := counted_from_letter(cell, ctx.keyed):
        return from_letter
    if from_meeting := counted_from_meeting(cell, ctx.keyed):
        return from_meeting
    if months_meeting := in_a_months_meeting(cell, ctx.keyed, ctx.position or ctx.today):
        return months_meeting
    if code := keyed_code(cell, ctx.keyed, whole=True):
        return Deadline(ctx.keyed[code], "day")
    if (with_days := keyed_written_out(cell, ctx.keyed)) and (
        found := parse_deadline(with_days, quarters=ctx.quarters)
    ).due:
        return found  # "Pilot: Semester 1 2026/27; evaluation: …": steps of keyed periods
    if (written_out := expanded(cell, ctx.short_forms)) and (
        found := parse_deadline(written_out, quarters=ctx.quarters)
    ).due:
        return found
    return _date_named_above(cell, row)


# Words before the name of a dated event in a timescale: "By notice deadline", "By the
# end of the review period"
_BEFORE_NAMED = re.compile(r"^(?:(?:by|before|on|at|the|end\s+of|no\s+later\s+than)\s+)*", re.I)


def _date_named_above(cell: str, row: Row) -> Deadline | None:
    """The date a timescale names by the label the header block gives it ("By notice
    deadline" under "Notice deadline: 30 November 2026"): that date, to the day."""
    named = _BEFORE_NAMED.sub("", folded(cell).rstrip("."))
    if not named:
        return None
    labels = {folded(label): value for label, value in row.themes.items()}
    value = labels.get(named)
    if value is None:
        # A label may name whose event it is ("Next Ofsted monitoring visit") where the
        # timescale names it shortly ("By next monitoring visit"): the label's words in
        # order, a few left out, ending on the same event; one such label only.
        shorter = [v for label, v in labels.items() if _names_shortly(named, label)]
        value = shorter[0] if len(shorter) == 1 else None
    found = parse_deadline(value) if value is not None else None
    return found if found is not None and found.precision == "day" else None


def _names_shortly(named: str, label: str) -> bool:
    """Whether ``named`` is ``label`` with some of its words left out, ending on its last."""
    words, label_words = named.split(), label.split()
    if len(words) < 2 or words[-1] != label_words[-1] or len(words) >= len(label_words):
        return False
    rest = iter(label_words)
    return all(word in rest for word in words)


# A revised date written "n/a" (or "none", a dash, "No change") says no revision was set:
# the original deadline stays in force. "TBC" says more: the deadline is no longer known.
_NOTHING_REVISED = frozenset(
    {"n/a", "na", "n.a", "not applicable", "none", "-", "–", "—"}
    | {"no change", "unchanged", "as original", "same"}
)


# Revisions listed in one cell, oldest first: "30/11/2026; 31/01/2027"
_LISTED = re.compile(r"\s*(?:;|\n|,(?!\s*\d{4}\b)|\s→\s|\s>\s)\s*")


def _latest_revision(cell: str, month_first: bool) -> str:
    """The last of the revisions a revised-date cell lists in turn ("31/10/2026;
    30/11/2026; 28/02/2027"): each moved the deadline on, so the last is in force. The
    cell is kept whole as the deadline's wording; a cell of one date is itself."""
    pieces = [p for p in _LISTED.split(cell.strip()) if p]
    dated = len(pieces) > 1 and all(parse_deadline(p, month_first=month_first).due for p in pieces)
    return pieces[-1] if dated else cell


class _Revision(NamedTuple):
    """The column of the deadline in force beside the target, and its wording there."""

    col: int
    wording: str
    day: Deadline | None = None  # the day a status cell moved the work to, as it read it


def _revision(row: Row, fields: dict[str, str], ctx: Context) -> _Revision | None:
    """The revised deadline in force, None where no revision is written or one revises
    nothing ("n/a"). Of revisions in turn ("Revised date 1", "Revised date 2"), the
    latest filled in; every other revision's cell is kept as a field. With none, a status
    cell that moves the work to a day ("Rescheduled to 31/01/2027") revises it."""
    written = [c for c in ctx.revision_columns if _cell(row, c)]
    revising = [c for c in written if not _revises_nothing(_cell(row, c))]
    in_force = revising[-1] if revising else None
    for col in written:
        if col != in_force:
            keep(fields, _header(row, col, "Revised due"), _cell(row, col))
    if in_force is None:
        return _move_in_status(row, ctx) or _move_in_news(row, ctx)
    return _Revision(in_force, _cell(row, in_force))


def _revises_nothing(cell: str) -> bool:
    """ "n/a", or a system's null date ("01/01/1900"), written where no revision was made:
    the original date stands, the cell is kept as a field."""
    return vocab.normal(cell) in _NOTHING_REVISED or is_null_date(cell)


def _move_in_status(row: Row, ctx: Context) -> _Revision | None:
    """The status cell's move, opening it ("Rescheduled to 31/01/2027", "In progress –
    deferred to 28 Feb 2027"): the day moved to is a revision, as a revised date's cell
    is, the deadline cell its baseline, the status kept as written. None where the cell
    names no day, or reads done ("Complete – report deferred to …": the work is over)."""
    col = _column(row, "status", ctx)
    cell = _cell(row, col) if col is not None else ""
    if col is None or not cell:
        return None
    moved = moved_to_day(
        cell, lambda words: vocab.is_state_alone(words, ctx.legend), col in ctx.month_first
    )
    if not moved or vocab.read_status(cell, ctx.legend)[0] == "done":
        return None  # the move is looked for first: most status cells name none
    return _Revision(col, *moved)


def _move_in_news(row: Row, ctx: Context) -> _Revision | None:
    """The progress cell's word that the action's own deadline moved ("Deadline moved to
    March 2027", "New deadline: 30 Sept 2027", "Revised deadline TBC"), where the plan
    has no column for revisions: a revision as a revised date's cell is, the target its
    baseline, the cell still the update it is. Read only where one progress cell is
    filled, and from its latest dated entry: an older entry's move may since have been
    undone. None for a done action (the work is over) or news moving no deadline."""
    filled = [c for c in ctx.update_columns if _cell(row, c)]
    if len(filled) != 1 or _reads_done(row, ctx):
        return None
    col = filled[0]
    latest = _latest_entry(_cell(row, col), _header(row, col, ""), ctx)
    moved = deadline_moved_in_news(latest, col in ctx.month_first)
    if moved is None:
        return None
    wording, day = moved
    return _Revision(col, wording, day)


def _reads_done(row: Row, ctx: Context) -> bool:
    """Whether the row's status cell says the work is done."""
    col = _column(row, "status", ctx)
    cell = _cell(row, col) if col is not None else ""
    return bool(cell) and vocab.read_status(cell, ctx.legend)[0] == "done"


def _marked_period(row: Row, ctx: Context) -> _Deadline | None:
    """The period a timeline's mark stands under ("X" under "Q3 2026/27"): the action is
    due at its end; of marks in several periods, the last. The marks stay as fields."""
    marked = [c for c in ctx.period_marks if vocab.is_mark(_cell(row, c))]
    if not marked:
        return None
    wording = _header(row, marked[-1], "")
    deadline = parse_deadline(wording)
    return deadline.due, wording, deadline.precision, None


def _deadline_without_a_column(
    row: Row,
) -> _Deadline:
    """A plan with no deadline column may close each action with its date ("… – by
    31/08/2026."): the text stays whole, the date is its deadline. Else a labelled line
    above the action ("To be completed by: 31 December 2026") dates it."""
    closing = closing_deadline(row.text)
    if closing is not None:
        wording, deadline = closing
        return deadline.due, wording, deadline.precision, None
    wording = next((v for label, v in row.themes.items() if _names_a_deadline(label)), "")
    deadline = parse_deadline(wording)
    return deadline.due, wording, deadline.precision if deadline.due else None, None


def deadline_and_news_column(headers: list[str], roles: dict[int, str]) -> int | None:
    """The update column whose header names the deadline too ("Timescale and progress",
    "Target date / update"), where no column of its own gives the deadline: a template
    asking "when will it be done, and how is it going" in one cell."""
    for col, kind in sorted(roles.items()):
        header = headers[col] if col < len(headers) else ""
        if kind not in ("update", "due") or not _names_deadline_and_news(header):
            continue
        others = [c for c, k in roles.items() if k in ("due", "revised_due") and c != col]
        return None if others else col
    return None


_DEADLINE_CUE = 6  # "Timescale", "Target date", "Deadline": not "Date" alone
_NEWS_CUE = 5  # "Progress", "Update": not "Notes"


def _names_deadline_and_news(header: str) -> bool:
    return (
        columns.cue_weight(header, "due") >= _DEADLINE_CUE
        and columns.cue_weight(header, "update") >= _NEWS_CUE
    )


def _deadline_over_news(row: Row, ctx: Context) -> tuple[Row, str]:
    """The row with its timescale taken off the top of such a cell, and the timescale:
    the first line when it is a date or wording of a time alone ("31/03/2027", "Within
    3 months of sign-off"), not a line of dated news ("04/11/2026 – Event held")."""
    col = ctx.due_over_news
    cell = _cell(row, col)
    if col is None or not cell:
        return row, ""
    first, _, rest = cell.strip().partition("\n")
    first = first.strip()
    if leading_date(first) is not None or not _is_a_time(first):
        return row, ""
    cells = list(row.cells)
    cells[col] = rest.strip()
    return replace(row, cells=cells), first


def people_and_deadline_column(headers: list[str], roles: dict[int, str]) -> int | None:
    """The lead or responsible column whose header asks when too ("Who / when", "Owner /
    target date", "Lead and timescale"), where no column of its own gives the deadline:
    the owner and the target squeezed into one cell, a line each."""
    if {"due", "revised_due"} & set(roles.values()):
        return None
    for col, kind in sorted(roles.items()):
        header = headers[col] if col < len(headers) else ""
        if kind in ("lead", "responsible") and columns.cue_weight(header, "due") >= _WHEN_CUE:
            return col
    return None


_WHEN_CUE = 3  # "When", "Date", "Target date", "Timescale"


def _deadline_under_people(row: Row, ctx: Context) -> tuple[Row, str]:
    """The row with the lines of such a cell that are a date or wording of a time alone
    ("Mark Dyer" over "30/11/2026", "end of Jan 2027", "Ongoing") taken off, and those
    lines: the deadline, the rest the people. A line naming a person is never the
    time ("April Jones", "May Smith": given names that are months)."""
    col = ctx.due_under_people
    cell = _cell(row, col)
    if col is None or not cell:
        return row, ""
    lines = [line.strip() for line in cell.strip().split("\n") if line.strip()]
    times = [line for line in lines if _is_a_time(line) and not _named_for_a_month(line)]
    if not times or len(times) == len(lines):
        return row, ""
    cells = list(row.cells)
    cells[col] = "\n".join(line for line in lines if line not in times)
    return replace(row, cells=cells), " ".join(times)


def _is_a_time(line: str) -> bool:
    return names_a_time(line) or counts_a_time(line)


# A given name that is a month, written in full, then a surname: "April Jones", "May
# Smith", "Dr June Hale". Words after a month that say a time keep it a time: "May Half
# Term", "August Bank Holiday", "June Week 2".
_MONTH_GIVEN_NAME = re.compile(
    r"^(?:(?:Dr|Mrs?|Ms|Miss|Prof)\.?\s+)?(?:"
    + "|".join(MONTH_NAMES)
    + r")\s+(?P<surname>[A-Z][\w'’-]+)"
)
_TIME_NOUNS = frozenset(
    "term half bank holiday holidays week weekend end start onwards eve day".split()
    + [day.lower() for day in WEEKDAY_NAMES]
)


def _named_for_a_month(line: str) -> bool:
    """The line names a person whose given name is a month, not that month."""
    named = _MONTH_GIVEN_NAME.match(line)
    if named is None or not people.names_a_person(line):
        return False
    surname = named["surname"]
    return surname.lower() not in _TIME_NOUNS and not names_a_time(surname)


def _deadline_on_the_first_line(row: Row, timescale: str, ctx: Context) -> _Deadline | None:
    """The deadline a timescale taken off the top of a progress cell gives: a date, or
    a time the plan dates ("Within 3 months of sign-off"); its wording kept either way."""
    if not timescale:
        return None
    deadline = parse_deadline(timescale, year_starts=ctx.year_starts)
    if deadline.due is None and (found := _dated_by_the_plan(row, ctx, timescale, timescale, None)):
        deadline = found
    return deadline.due, timescale, deadline.precision if deadline.due else None, None


def _names_a_deadline(label: str) -> bool:
    """ "To be completed by", "Timescale", "Target date": not "Date of inspection" (a
    date alone, weight 3, says when something happened as often as when it is due)."""
    return columns.best_field(label) == "due" and columns.cue_weight(label, "due") >= 6


# A status tag opening the action's wording, "[CLOSED 17/11/2026] Train …", "[Complete]
# Fit …": the words of a status, then perhaps the day it was reached
_STATUS_TAG = re.compile(
    r"\s*\[(?P<tag>(?P<words>[^\W\d_][^\[\]\d]{0,30}?)(?:[\s:,–—-]+(?P<date>\d[^\[\]]*))?)\]"
    r"\s*(?P<rest>\S.*)",
    re.DOTALL,
)


# A tick typed before the action's wording, "✔ Refresh the Board's terms …": the plan's
# key marking the action finished. One tick opening the cell, no other line ticked or
# boxed (a list of ticked steps is a checklist, not a mark on the action).
_TICK_BEFORE = re.compile(r"\s*(?P<tick>[✓✔☑✅]\ufe0f?)[ \t]*(?P<rest>\w.*)", re.DOTALL)
_BOXED_LINE = re.compile(r"^[ \t]*[✓✔☑✅☐☒✗✘]", re.MULTILINE)


def _status_tag(text: str, fields: dict[str, str], ctx: Context) -> tuple[str, Status | None]:
    """The action's wording without a status tag opening it, and the status the tag
    states; the tag is kept as written. "[NEW]" is no tag: it marks an action added.
    A tick opening the wording ("✔ Refresh …") says done."""
    ticked = _TICK_BEFORE.fullmatch(text)
    if ticked is not None and not _BOXED_LINE.search(ticked["rest"]):
        keep(fields, "Status (as written)", ticked["tick"])
        return ticked["rest"], "done"
    m = _STATUS_TAG.fullmatch(text)
    if m is None:
        return _closing_status_tag(text, fields, ctx)
    if not status_shaped(m["words"]):  # "[b]", "[G]", "[NA]": no status tag
        return text, None
    if m["date"] and parse_deadline(m["date"]).due is None:
        return text, None
    status, _ = vocab.read_status(m["words"], ctx.legend)
    if status is None or status == "not_started":
        return text, None
    keep(fields, "Status (as written)", f"[{m['tag']}]")
    return m["rest"], status


def _state_after_ref(written_ref: str | None, ctx: Context) -> Status | None:
    """The status a word in brackets after the action's ref states ("1.1 (closed)": done),
    as a tag opening its wording does; the cell is kept as "Ref (as written)" already. A
    not-started word states nothing, as for the tag."""
    words = state_after_ref(written_ref) if written_ref else None
    status = vocab.read_status(words, ctx.legend)[0] if words else None
    return None if status == "not_started" else status


# A status in capitals closing the action's wording after a dash, as a partnership marks
# each finished action: "Map knife crime hotspots. – COMPLETE", "… - COMPLETED"
_CLOSING_TAG = re.compile(
    r"(?P<rest>.*\S)\s+[–—-]\s*(?P<words>[A-Z]{3,}(?: [A-Z]{2,})*)\s*", re.DOTALL
)


# The words that close an action's wording as its status: the work finished, closed or
# ended. Not "MET" (the Metropolitan Police, a partner as "BTP" is) nor "ONGOING" (a
# duty with no end, not a verdict)
_CLOSING_STATES = frozenset(
    {
        "complete",
        "completed",
        "closed",
        "done",
        "achieved",
        "delivered",
        "finished",
        "implemented",
        "cancelled",
        "withdrawn",
    }
)


def _closing_status_tag(
    text: str, fields: dict[str, str], ctx: Context
) -> tuple[str, Status | None]:
    """The action's wording without a status in capitals closing it, and the status
    it states; the tag is kept as written. Only a word saying the work is finished or
    closed ("– COMPLETE"), and only where no status column says how the work stands;
    lower case is the wording's own ("… – complete by March")."""
    if "status" in ctx.column_of or not ("-" in text or "–" in text or "—" in text):
        return text, None  # asked of every action: most have a status column or no dash
    m = _CLOSING_TAG.fullmatch(text)
    if m is None:
        return text, None
    if vocab.normal(m["words"]) not in _CLOSING_STATES:
        return text, None
    status, _ = vocab.read_status(m["words"], ctx.legend)
    if status is None:
        return text, None
    keep(fields, "Status (as written)", m["words"])
    return m["rest"], status


# The kinds of column no status or RAG is read from: the row's other cells say how the
# work stands
_NOT_STANDING = frozenset(
    {"recommendation", "recommendation_ref", "ref", "action", "lead", "responsible", "co_lead"}
    | {"support", "measure"}
)


def _status_and_rag(
    row: Row, fields: dict[str, str], ctx: Context, tagged: Status | None = None
) -> tuple[Status, Rag | None]:
    """The action's status and RAG, read once per distinct set of the cells it is read
    from (under the same headers): a plan repeats its status, RAG and deadline cells on
    many rows. Reused only where the reading named no row (no warning) and its cells
    kept as written go back under the same names; never where cells' fills or a
    progress line's pointer (both of the row, not its text) rate it."""
    key = None
    if not (ctx.colour_columns or ctx.pointed_news or not ctx.status_memo.used):
        cells = row.cells
        key = (
            tagged,
            tuple(row.line.headers),
            # the rows of news under the action say how it stands too, and so may the
            # banner over it ("Actions in progress") where no column does
            (
                row.themes.get("Section", ""),
                *[cells[c] for c in _standing_columns(len(cells), ctx)],
                *chain(*row.line.news),
            ),
        )
    return _read_once(
        ctx.status_memo,
        key,
        fields,
        ctx,
        lambda: (_read_status_and_rag(row, fields, ctx, tagged), True),
    )


def _standing_columns(width: int, ctx: Context) -> tuple[int, ...]:
    """The columns of a row this wide that its status and RAG may be read from."""
    found = ctx.standing_by_width.get(width)
    if found is None:
        read = {*ctx.rag_marks, *ctx.percent_marks, *ctx.update_columns, *ctx.revision_columns}
        read |= {c for cols in ctx.monthly.values() for c in cols}
        found = ctx.standing_by_width[width] = tuple(
            c for c in range(width) if ctx.columns.get(c) not in _NOT_STANDING or c in read
        )
    return found


def _read_status_and_rag(
    row: Row, fields: dict[str, str], ctx: Context, tagged: Status | None = None
) -> tuple[Status, Rag | None]:
    """The action's status and RAG; a tag opening its wording ("[CLOSED]") states the
    status where the status cell is blank or there is no status column."""
    status, rag = _status_cell(row, fields, ctx)
    if status is None and rag is None and not {"status", "rag"} & set(ctx.columns.values()):
        status, rag = _stated_by_the_section(row, ctx)
    coloured_only = status is None and rag is not None  # "RED" alone under "Status"
    status = status or tagged
    answered = _done_answer(row, ctx)
    if status is None and answered:
        status = "done"  # "Done?" Y where no status word says otherwise
    if status is None and not answered and _actually_started(row, ctx):
        status = "in_progress"  # "Actual start" filled, "Actual finish" blank: begun, not done
    done = ctx.cell(row.cells, "done")  # blank on most rows, and in most plans
    if status is None and done and vocab.partly_done(done):
        status = "in_progress"  # "Achieved?" Partially: begun, not done
    stated = status
    status, rag = _weaker_evidence(row, fields, ctx, status, rag)
    if answered is False and status == "done" and stated is None:
        status = "in_progress"  # "Done?" N: a colour, a % or an update does not close it
    if status == "not_started" and rag is not None and _only_open(row, ctx):
        status = "in_progress"  # "Open" but rated red, amber or green: under way (reading 19)
    if status is None and _not_done_yet(row, ctx) and _progress_reported(row, ctx):
        status = "in_progress"  # "☐" beside progress: not done, but begun (the lead's ruling)
    if status is None and coloured_only:
        status = "in_progress"  # rated by a colour its key gives no status: under way
    _say_contradiction(row, ctx, status or "not_started", rag)
    return status or "not_started", rag


# A project schedule's column of the day the work actually began ("Actual start", "Start
# (actual)", "Actual start date"): a date there says the work is under way, unless the day
# it finished says it is done. A planned start ("Planned start", "Start date") says nothing.
_ACTUAL_START = re.compile(r"^(?=.*\bactual\b)(?=.*\b(?:start|started|began|commenced)\b)", re.I)


def _actually_started(row: Row, ctx: Context) -> bool:
    """Whether the row dates the day its work began in an "Actual start" column, in a
    plan with no status nor RAG column to say how the work stands."""
    if {"status", "rag"} & set(ctx.columns.values()):
        return False
    return any(
        _ACTUAL_START.match(_header(row, col, "")) and parse_deadline(cell).due is not None
        for col, cell in enumerate(row.cells)
        if cell and ctx.columns.get(col) not in ("due", "done")
    )


def _stated_by_the_section(row: Row, ctx: Context) -> tuple[Status | None, Rag | None]:
    """The status and RAG a banner over the row states, in a plan with no status nor
    RAG column that lists its actions under their progress ("RED – OFF TRACK" over its
    rows: in progress and red; "COMPLETED SINCE THE LAST REPORT": done). A banner that
    names no state ("Theme 2 – Housing") states nothing, nor does a sentence (a
    standard's words, "Staff must ensure … at each contact …"): a state is a few words."""
    section = row.themes.get("Section", "")
    if not section or len(section.split()) > _STATE_BANNER_WORDS:
        return None, None
    return vocab.read_status(section, ctx.legend)


_STATE_BANNER_WORDS = 6  # "COMPLETED SINCE THE LAST REPORT", "AMBER – AT RISK"


_STATE_WORDS = {"done": "complete", "in_progress": "in progress", "not_started": "not started"}


def _say_contradiction(row: Row, ctx: Context, status: Status, rag: Rag | None) -> None:
    """Where the RAG cell says the work is complete (Blue) and the status cell that it is
    not (status "at risk", "Not started"), the rules choose one, but the user is told
    under "unsure" which reading was taken: no contradiction is resolved unsaid."""
    status_cell = _cell(row, _column(row, "status", ctx))
    rag_cell = _cell(row, _column(row, "rag", ctx))
    if not status_cell or not rag_cell:
        return
    said = vocab.read_status(status_cell, ctx.legend)[0]
    rated = vocab.read_rag(rag_cell, ctx.legend)[1]
    if said is None or said == "done" or rated != "done":
        return  # a RAG is given done actions and open alike: only "complete" contradicts
    reading = f"{_STATE_WORDS.get(status, status.replace('_', ' '))}, {rag or 'no RAG'}"
    ctx.warnings.append(
        f'{row.line.where}: status "{status_cell}" but RAG {rag_cell} (complete): read {reading}'
    )


def _box_left_empty(row: Row, ctx: Context) -> bool:
    """The "Done" column shows its check box unticked, "☐"."""
    return "done" in ctx.column_of and vocab.is_empty_box(ctx.cell(row.cells, "done"))


def _not_done_yet(row: Row, ctx: Context) -> bool:
    """The row's "Done" box is left empty ("☐"), or its date the work was done is blank
    ("Completed date"): the plan's answer to "is it done?" is no."""
    return _box_left_empty(row, ctx) or _completion_date_blank(row, ctx)


def _completion_date_blank(row: Row, ctx: Context) -> bool:
    """The row leaves blank the column of dates the work was done ("Completed date"),
    the plan's only record of completion: beside a tick column that records it too
    ("Completed" over "Date | ✔"), the tick answers and its blank says nothing."""
    col = ctx.column_of.get("done")
    if col is None or _cell(row, col):
        return False
    if not names_completion_date(_header(row, col, "")):  # words owned by importers.assign
        return False
    others = (h for c, h in enumerate(row.line.headers) if c != col and h)
    return not any(says_when_done(h) or vocab.asks_if_done(h) for h in others)


def _progress_reported(row: Row, ctx: Context) -> bool:
    """A progress column of the row holds news: not blank, "-" nor "n/a"."""
    return any(vocab.normal(_cell(row, col)) not in vocab.BLANK_WORDS for col in ctx.update_columns)


def _only_open(row: Row, ctx: Context) -> bool:
    """The status cell says only "Open": not closed, which a RAG rating then refines."""
    return vocab.says_only_open(_cell(row, _column(row, "status", ctx)), ctx.legend)


def _done_answer(row: Row, ctx: Context) -> bool | None:
    """A "Done?" column's answer: Y or a date it was done → True, N → False, blank or
    other wording → None."""
    cell = ctx.cell(row.cells, "done")
    answer = vocab.done_answer(cell) if cell else None
    if answer is not None and vocab.asks_if_open(_header(row, ctx.column_of["done"], "")):
        return not answer  # "Open?" N: closed, so done
    if cell and answer is None:
        answer = vocab.box_answer(cell)  # "x" typed or "☒" in a "Done" box; "☐" left empty
    if cell and answer is None and parse_deadline(cell, month_first=ctx.month_first_in("done")).due:
        return True  # "Date closed" | 14/02/2026
    if cell and answer is None:
        name = _header(row, ctx.column_of["done"], "Done?")
        ctx.warnings.append(f"{row.line.where}: {name} {cell!r} is not a yes or no")
    return answer


def _weaker_evidence(
    row: Row, fields: dict[str, str], ctx: Context, status: Status | None, rag: Rag | None
) -> tuple[Status | None, Rag | None]:
    """Where no status is stated: a % complete, the RAG, a deadline or update's words."""
    percent = ctx.cell(row.cells, "percent") or _marked_level(row, ctx)
    if status is None and percent:
        # a mark the plan's key gives a percentage ("◑" under "◑ = 50%") reads as that figure
        # and a Harvey ball exported by name ("Three Quarter") the quarters it draws
        # and a count of steps done ("3/4" under "Milestones met") the share done, as is
        # a count in words ("3 of 4 sessions held" under "Delivered so far")
        # and a figure written in words ("Forty per cent", "Nil") that figure
        figure = (
            ctx.legend.percent_of(percent)
            or vocab.ball_percent(percent)
            or vocab.count_percent(percent)
            or vocab.worded_count_percent(percent)
            or vocab.words_percent(percent)
            or percent
        )
        status = vocab.percent_status(figure, fractions=ctx.percent_fractions)
    cell_rag, rag_status, rated = _rag_cell(row, fields, ctx, status)
    if rated:
        rag = cell_rag or rag
        status = status or rag_status  # what a colour means is weaker than a status or a %
    else:
        news_rag, news_status = (
            _rated_by_mark(row, ctx) or _rated_by_label(row, ctx) or _rating_opening_news(row, ctx)
        )
        if (news_rag, news_status) == (None, None):  # the words rate nothing: their colour may
            news_rag, news_status = _news_colour(row, ctx)
        rag = rag or news_rag
        status = status or news_status
    if status is None and "status" not in ctx.column_of:
        status = _status_hinted(row, ctx) or _ongoing_for_a_date(row.cells, ctx)
        rag = rag or _labelled_rag(row, ctx, status)
        if status is None and rag is not None:
            status = "in_progress"  # rated red, amber or green: under way
    return status, rag


def _marked_level(row: Row, ctx: Context) -> str:
    """The level of % complete a mark stands under ("X" under "75"), of marks under
    several the highest; "" where none is marked. The marks stay as fields."""
    marked = [c for c in ctx.percent_marks if vocab.is_mark(_cell(row, c))]
    return _header(row, marked[-1], "") if marked else ""


def _news_colour(row: Row, ctx: Context) -> tuple[Rag | None, Status | None]:
    """The rating the progress cell's colour shows, read through the plan's key, where
    the plan has no RAG nor status column and colours its updates instead (each shaded
    or highlighted green, amber or red); (None, None) where the cell is uncoloured."""
    colour = _colour(row, _column(row, "update", ctx), ctx)
    return vocab.read_rag(colour, ctx.legend) if colour else (None, None)


def _rated_by_mark(row: Row, ctx: Context) -> tuple[Rag | None, Status | None] | None:
    """The colour of the one column of "R" | "A" | "G" that holds a mark ("●"); None where
    no column, or more than one, is marked. The columns stay fields as written."""
    marked = [m for c, m in ctx.rag_marks.items() if vocab.is_mark(_cell(row, c))]
    if len(marked) != 1:
        return None
    status, rag = marked[0]
    return rag, status


# A rating in capitals opening a progress cell, then a dash or colon: "GREEN – Workshop
# held …", "AMBER/RED: …", "OFF TRACK – …", "COMPLETE – …". Capitals and the sign mark
# it as the rating, so "Green space created – …" is news, not green.
_NEWS_RATING = re.compile(r"^\s*(?P<rating>[A-Z]{2,}(?:(?:\s*/\s*|\s)[A-Z]{2,})?)\s*[–—:-]\s*\S")

# The rating labelled, in any case, then a full stop, dash or colon: "RAG: Amber. Audit
# of …", "Rating – dark green; …". The label marks it, so the rating may be any words
# the legend or the RAG vocabulary knows (read as a RAG cell is).
_RATING_LABEL_WORDS = r"(?:b?rag|rating|rag\s+(?:rating|status))"
_LABELLED_RATING = re.compile(
    rf"^\s*{_RATING_LABEL_WORDS}\s*[:–—-]\s*"
    r"(?P<rating>[^.;:,–—\s][^.;:,–—]{0,20}?)\s*(?:[.;:,–—-]|$)",
    re.IGNORECASE,
)


# A rating in square brackets opening a progress cell, as a board marks each entry with
# the rating it gave that month: "[G] Backlog cleared …", "[A] …", "[B] …" (read through
# the plan's key, "B = complete"). A capital opens it: "[b]bold[/b]" is a typed tag.
_BRACKETED_RATING = re.compile(
    r"^\s*\[\s*(?P<rating>[A-Z][A-Za-z]*(?:\s*/\s*[A-Z][A-Za-z]*)?)\s*\]\s*\S"
)


# A task tool's labels, some renamed by the team as ratings, joined in one cell with the
# others: "RAG: Amber;Member briefing". The rating label rates the task; the cell stays
# a field as written.
_RATING_LABEL = re.compile(
    rf"^\s*{_RATING_LABEL_WORDS}\s*[:=–—-]\s*(?P<rating>[^;,:]{{1,20}}?)\s*$", re.IGNORECASE
)
_LABEL_SEPARATORS = re.compile(r"[;,]")


def _rated_by_label(row: Row, ctx: Context) -> tuple[Rag | None, Status | None] | None:
    """The rating one label of a field's cell gives ("RAG: Red" among "RAG: Red;Partners"),
    where no RAG column rates the row; None where no label, or labels that disagree."""
    found: set[tuple[Rag | None, Status | None]] = set()
    for col in _extra_columns(len(row.cells), ctx):
        cell = row.cells[col]
        if ":" not in cell and "=" not in cell:
            continue
        for label in _LABEL_SEPARATORS.split(cell):
            if (m := _RATING_LABEL.match(label)) is not None:
                found.add(vocab.read_rag(m["rating"], ctx.legend))
    rated = [(rag, status) for rag, status in found if rag is not None or status == "done"]
    return rated[0] if len(rated) == 1 else None


def _extra_columns(width: int, ctx: Context) -> tuple[int, ...]:
    """The columns of a row this wide that no kind claims: fields as written."""
    found = ctx.extra_by_width.get(width)
    if found is None:
        found = ctx.extra_by_width[width] = tuple(
            col for col in range(width) if ctx.columns.get(col, "extra") == "extra"
        )
    return found


def _rating_opening_news(row: Row, ctx: Context) -> tuple[Rag | None, Status | None]:
    """The RAG (and the status it states) written at the start of the latest progress
    cell, or in square brackets closing its last line, where no RAG column rates the
    row; the cell stays whole as the update."""
    col, latest = _latest_news(row, ctx)
    header = _header(row, col, "") if col is not None else ""
    found = ctx.ratings_of.get((header, latest))
    if found is None:  # read once per distinct cell: a plan repeats its news wording
        found = ctx.ratings_of[header, latest] = _rating_opening(latest, header, ctx)
    return found


# The rating in square brackets closing a line of news, the auditor's rating at that
# follow-up: "12/11/2026 – Three reconciliations seen. [GREEN]"
_CLOSING_BRACKETED_RATING = re.compile(r"\[\s*(?P<rating>[A-Z][A-Za-z]*)\s*\]\s*$")


def _rating_opening(latest: str, header: str, ctx: Context) -> tuple[Rag | None, Status | None]:
    newest = _latest_entry(latest, header, ctx)
    m = (
        _LABELLED_RATING.match(latest)
        or _NEWS_RATING.match(latest)
        or _BRACKETED_RATING.match(latest)
        or _CLOSING_BRACKETED_RATING.search(_last_line(newest))
    )
    # or the latest half term's rating in brackets before its colon: "Autumn 1 (G): …"
    rating = m["rating"] if m else _half_term_rating(newest, ctx.legend)
    rag, status = vocab.read_rag(rating, ctx.legend) if rating else (None, None)
    # a RAG column's words only: a colour, or done (Blue, Complete); "NEW – …" rates nothing
    return (rag, status) if rag is not None or status == "done" else (None, None)


def _latest_entry(cell: str, header: str, ctx: Context) -> str:
    """The cell's latest entry of news: the one of the latest date where its entries
    are dated, whichever way they run (a tracker may add its lines newest first), of
    one date the last written; else the cell's last line."""
    periods = None if ctx.refs_as_periods else ctx.year_starts
    named = ctx.header_days.get(header)
    parts = dated_paragraphs(cell, ctx.position, header, ctx.keyed, periods, ctx.today, named)
    dated = [(day, n, text) for n, (day, text) in enumerate(parts) if day is not None]
    return max(dated)[2] if len(dated) >= 2 else _last_line(cell)


# A colour's name rates in a half term's brackets ("Autumn 1 (Amber): …")
_COLOUR_NAMES = frozenset(spellings[1] for spellings in vocab.COLOUR_SPELLINGS)


def _half_term_rating(line: str, legend: vocab.Legend) -> str | None:
    """The rating in brackets after the half term opening the line ("G" in "Autumn 1
    (G): …"): one of the plan's rating letters (R, A, G, B or another its key defines),
    a colour's name, or a word its key defines. Initials are the reviewer ("Autumn
    1 (AG): …" under "AG = Anna Green"), never an amber-green rating."""
    rating = half_term_rating(line)
    if rating is None:
        return None
    words = vocab.normal(rating)
    if len(words) == 1:
        keyed = {key for key in legend.entries if len(key) == 1 and key.isalpha()}
        return rating if words in keyed | {"r", "a", "g", "b"} else None
    if words in _COLOUR_NAMES:
        return rating
    return rating if not rating.isupper() and words in legend.entries else None


def _last_line(cell: str) -> str:
    """The cell's last line written: its latest news, where dated lines run oldest first
    as a follow-up tracker adds them."""
    lines = [line for line in cell.splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _latest_news_column(cells: list[str], ctx: Context) -> int | None:
    """The rightmost progress column filled on the row: with one column per round or
    meeting ("Follow-up 1 (12/06/2026)" | "Follow-up 2 (09/10/2026)"), the latest news."""
    for c in reversed(ctx.update_columns):  # a loop, not a generator: asked twice a row
        if c < len(cells) and cells[c]:
            return c
    return None


def _latest_news(row: Row, ctx: Context) -> tuple[int | None, str]:
    """The action's latest news and its column: the rightmost progress column filled,
    else the last row under the action labelled as its news ("Update 2026" | "Ongoing –
    …"), written there as a progress cell would be (no column: None)."""
    col = _latest_news_column(row.cells, ctx)
    if col is not None:
        return col, row.cells[col]
    return None, row.line.news[-1][1] if row.line.news else ""


_HINTED_BY = ("due", "revised_due", "update")  # the cells whose words may state it


def _status_hinted(row: Row, ctx: Context) -> Status | None:
    """No status column: a deadline "Complete" or an update "Completed." says it, and
    so does an update opened by a state as its label ("Ongoing:" over the news).
    (A loop, not a chain of generators: asked of every row of a plan.)"""
    for kind in _HINTED_BY:
        # the latest news states how the work stands now, not the first round's
        col, cell = _latest_news(row, ctx) if kind == "update" else _hinting_cell(row, kind, ctx)
        if not cell:
            continue
        if hint := (
            _date_cell_state(cell, kind, ctx)
            if kind != "update"
            else (
                status_hint(cell)
                or _labelled_state(cell, ctx)
                or (col is not None and _pointed_state(row, col, ctx))
                or _sentence_state(cell, ctx)
            )
        ):
            return hint
    return None


def _date_cell_state(cell: str, kind: str, ctx: Context) -> Status | None:
    """The state a deadline (or revised deadline) cell opens with, a word for done
    before a date still to come being the verb of the work ("Complete Mar 27"), else its
    verdict after a passed date ("31/10/2026 – achieved")."""
    passed_by = ctx.position or ctx.today  # the day the plan's progress is as at
    month_first = ctx.month_first_in(kind)
    return deadline_states(cell, passed_by, month_first=month_first) or _verdict_after_date(
        cell, ctx
    )


# A deadline cell's date, then its verdict after a sign: "31/10/2026 – achieved"
_DATE_THEN_WORDS = re.compile(
    r"^\s*(?P<date>\S.*?)\s*(?:[–—,;:]|\s-)\s*(?P<verdict>[^–—,;:]+?)[.\s]*$"
)


def _verdict_after_date(cell: str, ctx: Context) -> Status | None:
    """The verdict written after a passed target date in its own cell, as a programme
    office marks each date once it has passed ("31/10/2026 – achieved", "30/09/2026 –
    not achieved"): a status phrase alone, read as a status cell is. None for other
    words after the date ("31/12/2026 – subject to funding"), for a date still to come
    (the words the milestone it aims at: "31/03/2027 – fully implemented"), for a cell
    of several dated milestones ("Dec 2026 – started; Mar 2027 – completed") and for
    "ongoing", which says the work has no end, not how it ended."""
    m = _DATE_THEN_WORDS.match(cell)
    if m is None or not vocab.is_state_alone(m["verdict"], ctx.legend):
        return None
    if _ONGOING.fullmatch(m["verdict"]) or _SEVERAL_MILESTONES.search(m["date"]):
        return None
    due = parse_deadline(m["date"]).due
    passed_by = ctx.position or ctx.today  # the day the plan's progress is as at
    if due is None or passed_by is None or due > passed_by:
        return None
    return vocab.read_status(m["verdict"], ctx.legend)[0]


# A date's words followed by another date's: "Dec 2026 – started; Mar 2027"
_SEVERAL_MILESTONES = re.compile(r"[–—;]|\s-\s")


def _hinting_cell(row: Row, kind: str, ctx: Context) -> tuple[int | None, str]:
    """The row's deadline (or revised deadline) cell and its column; "" where none."""
    col = ctx.column_of.get(kind)
    if col is None or col >= len(row.cells):
        return None, ""
    return col, row.cells[col]


# A sentence of a progress cell: the words up to its full stop ("!" or "?"), a space after
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The work named before its state ("Recommendation implemented.", "Action partly met.")
_WORK_NAMED = re.compile(WORK_NAMED, re.IGNORECASE)


def _sentence_state(cell: str, ctx: Context) -> Status | None:
    """The state a progress cell states as a sentence of its own: the first, as the label
    over the news ("Recommendation implemented. Guidance published."), or the last, the
    author's verdict after it ("Procedure amended and approved. Completed."). Only a
    status phrase whole, perhaps after the work named; never a state word inside a
    sentence ("… and completed the audit." is news)."""
    sentences = _SENTENCE_END.split(cell.strip())
    if len(sentences) < 2:
        return None  # a cell of one sentence is read by its opening words
    for sentence in (sentences[0], sentences[-1]):
        words = sentence.rstrip(".!?").strip()
        if named := _WORK_NAMED.match(words):  # the work named or not: "" matches
            words = words[named.end() :]
        if words and vocab.is_state_alone(words, ctx.legend):
            return vocab.read_status(words, ctx.legend)[0]
    return None


# A state written as the label of the news below or after it: "Ongoing:", "Not started:",
# "On track – …" (a spaced dash parts it from the news as a colon does)
_STATE_LABEL = re.compile(
    r"^\s*(?P<state>[A-Za-z][A-Za-z '-]{1,24}?)(?:\s*(?P<colon>:)|\s+[–—-]\s)"
)


def _pointed_state(row: Row, col: int, ctx: Context) -> Status | None:
    """The state after the numbers a form's progress line opens with ("1-3 Complete and
    …", "2 On hold until …"), read as a status cell is; its latest line's. Only where
    the form found the line pointing at this action (not a count: "2 audits done")."""
    if (row.line.number - 1, col) not in ctx.pointed_news:
        return None
    lines = [line for line in row.cells[col].splitlines() if line.strip()]
    points = pointed(lines[-1]) if lines else None
    return None if points is None else vocab.read_status(points[1], ctx.legend)[0]


def _labelled_state(cell: str, ctx: Context) -> Status | None:
    """The status a progress cell's label states when the label is a status word and
    nothing else ("Ongoing:", "On track –"); "Update:" or "Met with:" state none. Before
    a dash only a status phrase whole: "Training delivered – 30 staff" is news. Read
    once per distinct cell: a plan repeats its news wording."""
    return _labelled_meaning(cell, ctx)[0]


def _labelled_rag(row: Row, ctx: Context, status: Status | None) -> Rag | None:
    """The RAG the latest news's state label gives as a status cell would ("Delayed –
    order held …": amber), where it states the action's status and no RAG column rates
    the row. "On track –" gives none, as it does in a status column."""
    if status is None or "rag" in ctx.column_of:
        return None
    latest = _latest_news(row, ctx)[1]
    if not latest:
        return None
    labelled, rag = _labelled_meaning(latest, ctx)
    return rag if labelled == status else None


def _labelled_meaning(cell: str, ctx: Context) -> vocab.Meaning:
    if cell not in ctx.states_of:
        ctx.states_of[cell] = _state_of_label(cell, ctx.legend)
    return ctx.states_of[cell]


# A state closing a progress cell in round brackets, the author's verdict after the news
# ("First cohort of 40 trained (on track)"), as a closing "Completed." sentence is
_CLOSING_BRACKET = re.compile(r"\((?P<state>[A-Za-z][A-Za-z '-]{1,24})\)\s*$")


def _state_of_label(cell: str, legend: Legend) -> vocab.Meaning:
    m = _STATE_LABEL.match(cell)
    if m is not None and (m["colon"] or vocab.is_state_alone(m["state"], legend)):
        labelled = vocab.read_status(m["state"], legend)
        if labelled != (None, None):
            return labelled
    return _closing_bracket_state(cell, legend)


def _closing_bracket_state(cell: str, legend: Legend) -> vocab.Meaning:
    """The state in round brackets closing the cell, a status phrase whole ("(delayed)":
    under way, amber); a closing aside that is no state ("(see annex B)") states none."""
    m = _CLOSING_BRACKET.search(cell)
    if m is None or not vocab.is_state_alone(m["state"], legend):
        return None, None
    return vocab.read_status(m["state"], legend)


# "Ongoing" (or "On-going") and nothing else, where a date was asked for
_ONGOING = re.compile(r"\W*on-?\s?going\W*", re.IGNORECASE)
# The columns in which a plan may say how its work stands
_STANDING = ("status", "rag", "percent", "done", "update")


def _ongoing_for_a_date(cells: list[str], ctx: Context) -> Status | None:
    """A response plan with no column for how the work stands (no status, RAG, % nor
    progress) whose deadline column states the work's state on other rows ("Complete"
    among an HMPPS action plan's target dates) writes the state there: "Ongoing" is under
    way. Elsewhere it only says the work has no end date."""
    col = ctx.column_of.get("due")
    if col is None or col >= len(cells) or not ctx.due_states:
        return None
    if any(k in ctx.column_of for k in _STANDING):
        return None
    return "in_progress" if _ONGOING.fullmatch(cells[col]) else None


def _status_cell(
    row: Row, fields: dict[str, str], ctx: Context
) -> tuple[Status | None, Rag | None]:
    """The status column's words; its colour gives the RAG where the words give none
    ("On track" on green)."""
    status: Status | None = None
    rag: Rag | None = None
    col = _column(row, "status", ctx)
    cell = _cell(row, col)
    if cell:
        status, rag = vocab.read_status(cell, ctx.legend)
    if cell and status is None and rag is None:
        status = vocab.percent_written(cell)  # "75%" among the words: % complete
    if cell and status is None and rag is None and cell in ctx.stages:
        status = _stage_status(ctx.stages[cell], ctx.stages.values())
    colour = _colour(row, col, ctx) if rag is None else None
    if colour:
        rag, colour_status = vocab.read_rag(colour, ctx.legend)
        status = status or colour_status
    if companions := _companion_cells(row, ctx):
        status, rag = refined(status, rag, companions, ctx.legend)
    if (cell or colour) and col is not None:
        _keep_as_written(fields, row, col, _as_written(cell, colour), ctx, "Status")
    if cell and status is None and not colour:
        ctx.warnings.append(_unread(row, "status", cell, "not understood"))
    return status, rag


def _companion_cells(row: Row, ctx: Context) -> dict[Companion, tuple[str, str]]:
    """The (header, cell) of each column beside the status that says more of it (a
    tool's "Status Reason", "Status Category", "Resolution", "Flagged"), among the
    columns no kind claims; the cells stay fields as written."""
    headers = tuple(row.line.headers)
    found = ctx.companions_by_headers.get(headers)
    if found is None:
        found = {}
        for col, header in enumerate(headers):
            kind = companion_of(header) if ctx.columns.get(col, "extra") == "extra" else None
            if kind is not None:
                found.setdefault(kind, col)
        ctx.companions_by_headers[headers] = found
    return {kind: (headers[col], _cell(row, col)) for kind, col in found.items()}


def _stage_status(stage: int, stages: Iterable[int]) -> Status:
    """A numbered stage its words do not name ("Stage 2 – Delivery"): the first stage
    written is not started, the last done, those between in progress."""
    numbers = list(stages)
    if stage == min(numbers):
        return "not_started"
    return "done" if stage == max(numbers) else "in_progress"


def _rag_cell(
    row: Row, fields: dict[str, str], ctx: Context, stated: Status | None = None
) -> tuple[Rag | None, Status | None, bool]:
    """The RAG column's rating and the status it states, and whether it rates at all:
    a blank cell (or a mark, "●") coloured amber is amber. ``stated``: the status read
    so far, which a flag's no does not contradict."""
    col = _column(row, "rag", ctx)
    cell = _cell(row, col)
    rag, status = vocab.read_rag(cell, ctx.legend) if cell else (None, None)
    if col is not None and (flag := _flag(row, col, cell, stated)) is not None:
        keep(fields, _header(row, col, "RAG"), cell)
        return (*flag, flag != (None, None))  # "At Risk" FALSE rates nothing
    colour = _colour(row, col, ctx) if (rag, status) == (None, None) else None
    if colour:
        rag, status = vocab.read_rag(colour, ctx.legend)
    if not (cell or colour) or col is None:
        return None, None, False
    _keep_as_written(fields, row, col, _as_written(cell, colour), ctx, "RAG")
    if rag is None and status is None:
        ctx.warnings.append(_unread(row, "RAG", cell, "not understood"))
    # "#VALUE!": the rating's formula failed, so the row is rated as if the cell were blank
    return rag, status, not (vocab.is_excel_error(cell) and not colour)


def _unread(row: Row, what: str, cell: str, otherwise: str) -> str:
    """The warning for a cell read as nothing: an Excel error value says so, as the
    user then mends the formula, not the wording."""
    if vocab.is_excel_error(cell):
        return f"{row.line.where}: {what} {cell!r} is an Excel error value (a formula failed)"
    return f"{row.line.where}: {what} {cell!r} {otherwise}"


def _flag(
    row: Row, col: int, cell: str, stated: Status | None
) -> tuple[Rag | None, Status | None] | None:
    """A flag column's answer ("At Risk" | TRUE): yes rates the row as its header reads,
    no rates nothing unless it says the work is off course ("On target (tick)" | No);
    None where the column is no flag (its header no rating word, or the cell no yes or
    no). Work done or dropped is off no course: "On track? (Y/N)" N left on a completed
    action, a question no longer asked of it, rates nothing."""
    answer = vocab.yes_or_no(cell) if cell else None
    header = vocab.flag_rating(_header(row, col, ""))
    if answer is None or header == (None, None):
        return None
    if answer:
        return header
    return (
        (None, None) if stated in ("done", "dropped") else vocab.flag_denied(_header(row, col, ""))
    )


def _colour(row: Row, col: int | None, ctx: Context) -> str | None:
    """The RAG a cell's fill shows, in a column whose colours rate the actions."""
    return row.line.fills.get(col) if col is not None and col in ctx.colour_columns else None


def _column(row: Row, kind: str, ctx: Context) -> int | None:
    """The column of this kind that rates the row: of monthly columns, the latest the
    row has a value in (a blank December leaves November's rating standing, and so does
    an auditor's "N/A" or "-": no check made yet)."""
    months = ctx.monthly.get(kind)
    if not months:
        return ctx.column_of.get(kind)
    rated = [c for c in months if _rated_in(row, c) or _colour(row, c, ctx)]
    return rated[-1] if rated else months[-1]


def _rated_in(row: Row, col: int) -> bool:
    cell = _cell(row, col)
    return vocab.normal(cell) not in vocab.BLANK_WORDS and not check_to_come(cell)


def _cell(row: Row, col: int | None) -> str:
    return row.cells[col] if col is not None and col < len(row.cells) else ""


def _keep_as_written(
    fields: dict[str, str], row: Row, col: int, value: str, ctx: Context, default: str
) -> None:
    """The rating's cell as written, beside what it was read as. A monthly column's cell
    is kept under its own header already, unless a colour was read into it."""
    header = _header(row, col, default)
    if value != _cell(row, col) or not any(col in cols for cols in ctx.monthly.values()):
        keep(fields, f"{header} (as written)", value)


def _as_written(cell: str, colour: str | None) -> str:
    """The cell as the file shows it: its words, and the colour that was read."""
    if not colour:
        return cell
    word = colour_word(colour)
    if isinstance(colour, IconRating):  # an icon set's light beside the number: "3 (Green icon)"
        return f"{cell} ({word} icon)"
    if isinstance(colour, FontRating):  # a mark typed in a coloured font: "● (Red font colour)"
        return f"{cell} ({word} font colour)"
    return f"{cell} ({word} cell colour)" if cell else f"{word} (cell colour)"


def _updates(row: Row, fields: dict[str, str], ctx: Context) -> list[UpdateDoc]:
    """The row's news; a cell whose entries a typed rule line parts is kept as written
    too, the rule being no part of any entry."""
    out: list[UpdateDoc] = []
    for cells, col in product((row.cells, *row.later), ctx.update_columns):
        cell = cells[col] if col < len(cells) else ""  # the action's row, then its later notes
        if cell:
            header = _header(row, col, "")
            if _only_not_begun(cell, ctx):
                keep(fields, f"{header or 'Progress'} (as written)", cell)
                continue
            comment = tool_comment(cell)
            if comment is not None:  # Jira's "stamp;account;words": the words, of that day
                out.append(UpdateDoc(date=comment[0], text=comment[1]))
                keep(fields, f"{header or 'Comment'} (as written)", cell)
                continue
            if has_rule_line(cell):
                keep(fields, f"{header or 'Updates'} (as written)", cell)
            out += _news_of_cell(cell, header, _days_written(row, cells, col, ctx), ctx)
            _keep_round_not_yet_ended(header, cell, fields, ctx)
    for label, entries in row.line.news:  # "Progress" on a row of its own under the action
        if _only_not_begun(entries, ctx):
            keep(fields, f"{label} (as written)", entries)
            continue
        out += _read_updates(entries, label, ctx)
        _keep_round_not_yet_ended(label, entries, fields, ctx)
    return out + _status_remark(row, ctx)


def _keep_round_not_yet_ended(header: str, news: str, fields: dict[str, str], ctx: Context) -> None:
    """News written for a year's round still under way on the import's day ("Update 2026"
    read on 5 Dec 2026) is dated by none of it: the header is kept with the news as a
    field, so the round stays with the action."""
    if _round_not_yet_ended(header, ctx.today):
        keep(fields, header, news)


def _only_not_begun(cell: str, ctx: Context) -> bool:
    """``_says_only_not_begun``, read once per distinct cell: plans repeat their news cells
    ("Not started", "No update") on many rows."""
    found = ctx.not_begun_of.get(cell)
    if found is None:
        found = ctx.not_begun_of[cell] = _says_only_not_begun(cell, ctx)
    return found


def _says_only_not_begun(cell: str, ctx: Context) -> bool:
    """A progress cell of a not-started state and nothing else ("Not started", "Not yet
    due"): it says the work has not begun, which claims nothing of it, so there is no
    news to log; the state is the status (where no status column says it) and the cell
    is kept as written. A state saying the work moved ("On track", "Completed.") is news."""
    if not vocab.is_state_alone(cell, ctx.legend):
        return False
    return vocab.read_status(cell, ctx.legend)[0] == "not_started"


@lru_cache(maxsize=256)
def _round_not_yet_ended(header: str, today: dt.date | None) -> bool:
    """Whether an update header names a year still under way on ``today``. Asked of every
    row's news and answered by the header alone: a plan's rows share a few headers, each
    read as a deadline once (read on every row, it was a quarter of a plain plan's reading)."""
    return parse_deadline(header).precision == "year" and _header_day(header, today) is None


# A status column headed for remarks too ("STATUS/ COMMENT", "Status and comments",
# "Status / notes"), as a committee's action tracking list writes it: a cell saying more
# than its status ("Complete – presented 15 October", "Verbal update to be given") is
# the action's news. "Progress" is no such word: it heads a status as often as news.
_REMARK_WORD = re.compile(r"\b(?:comments?|commentary|remarks?|notes?|updates?)\b", re.IGNORECASE)


def _status_remark(row: Row, ctx: Context) -> list[UpdateDoc]:
    """The status cell as one undated update, kept whole, where the column is headed
    for remarks too and the cell says more than its status words ("Deferred to December
    – data not available in time"); a status alone ("Not yet due") is no news. Beside a
    column of its own for progress, the news is there: the status cell's remark stays
    the status as written."""
    if ctx.update_columns:  # asked first: a plan with a progress column has its news there
        return []
    col = _column(row, "status", ctx)
    cell = _cell(row, col).strip()
    if col is None or not cell:
        return []
    if not _REMARK_WORD.search(_header(row, col, "")):
        return []
    if not vocab.says_more_than_a_state(cell, ctx.legend):
        return []
    return [UpdateDoc(date=None, text=cell)]


def _news_of_cell(
    cell: str, header: str, days: tuple[dt.date | None, ...], ctx: Context
) -> tuple[UpdateDoc, ...]:
    """The news in an update cell, dated by the ``days`` its row's date column gives: one
    day dates the note; a day a line beside as many lines of news ("19/11/2026" over
    "08/10/2026" beside "Lease signed." over "Site chosen.") dates each line by the day
    on the same line, each line one update."""
    if len(days) <= 1:  # one day or none dates the note whole: most cells, no split
        return _news(cell, header, days[0] if days else None, ctx)
    lines = [line for line in cell.split("\n") if line.strip()]
    if len(lines) == len(days):
        return tuple(
            u for line, day in zip(lines, days, strict=True) for u in _news(line, header, day, ctx)
        )
    return _news(cell, header, days[0], ctx)


def _news(cell: str, header: str, written: dt.date | None, ctx: Context) -> tuple[UpdateDoc, ...]:
    """:func:`_read_updates`, read once per distinct cell, header and day."""
    found = ctx.updates_of.get((cell, header, written))
    if found is None:
        found = _read_updates(cell, header, ctx, written)
        ctx.updates_of[cell, header, written] = found
    return found


def _days_written(row: Row, cells: list[str], col: int, ctx: Context) -> tuple[dt.date | None, ...]:
    """The day in the column headed as this one plus "Date" ("Latest Note" | "Latest
    Note Date"), or as its act done ("Monitored" beside "Monitoring notes"), or headed
    "Last updated" (or "Date of update") beside the plan's only update column, in the
    row's ``cells`` (the action's, or a later note's row under it): a system, or a
    lead, stores each note with the day it was written.
    A cell of bare days, one a line ("18/11/2026" over "21/10/2026"), none after the
    position date (else the import's day), gives each; else the cell's first day (None
    where it names none), nothing with no such column. "Next update 16/12/2026", or a
    day to come, under the day of the update is no day news was written; nor is a day
    after the import's alone, nor any day of a column mostly of days to come (the
    next review's, ``Context.days_to_come``)."""
    dating = _dating_column(row.line.headers, col, ctx)
    if dating is None or dating >= len(cells) or dating in ctx.days_to_come:
        return ()
    month_first = dating in ctx.month_first
    cell = cells[dating]
    lines = [line for line in cell.split("\n") if line.strip()]
    each = [parse_deadline(line, month_first=month_first) for line in lines]
    written_by = ctx.position or ctx.today  # no update is written after this day
    if len(each) > 1 and all(
        d.precision == "day" and _bare_day(line) and _written_by(d.due, written_by)
        for line, d in zip(lines, each, strict=True)
    ):
        return tuple(d.due for d in each)
    day = parse_deadline(cell, month_first=month_first).due
    # a day after the import's is the next review's; one after a title's "as at" may
    # be a title left unchanged while the updates went on
    return (day,) if _written_by(day, ctx.today) else ()


def _written_by(day: dt.date | None, written_by: dt.date | None) -> bool:
    """Whether ``day`` can be a day news was written: on or before the day the plan is
    as at (else the import's day). A day after it is the next review's or update's."""
    return written_by is None or (day is not None and day <= written_by)


# What a bare day may hold besides its figures: a month's name ("18 Nov 2026"), an
# ordinal's ending ("18th"), an ISO stamp's T and Z.
_DAY_WORD_MARKS = frozenset({"st", "nd", "rd", "th", "t", "z"})


def _bare_day(line: str) -> bool:
    """Whether ``line`` is a date and nothing else ("18/11/2026", "18 Nov 2026"), not
    a labelled day ("Next update 16/12/2026")."""
    return all(
        word in _DAY_WORD_MARKS
        or (len(word) >= 3 and any(name.casefold().startswith(word) for name in MONTH_NAMES))
        for word in re.findall(r"[a-z]+", line.casefold())
    )


def _dating_column(headers: list[str], col: int, ctx: Context) -> int | None:
    """The column dating update column ``col``'s notes under these headers, or None:
    asked of every row's news, found once per table's headers and column."""
    key = (tuple(headers), col)
    if key not in ctx.dating_of:
        dating = columns.dating_column(key[0], col, len(ctx.update_columns) == 1)
        if dating is None:
            dating = _stem_date(key[0], col, ctx)
        ctx.dating_of[key] = dating if dating is not None else _plain_date_after(key[0], col, ctx)
    return ctx.dating_of[key]


def _stem_date(headers: tuple[str, ...], col: int, ctx: Context) -> int | None:
    """ "Follow-up date" beside "Follow-up response", read as no other kind: the day of
    each response (``columns.stem_dating_column``), never the deadline's column."""
    dating = columns.stem_dating_column(headers, col)
    return dating if dating is not None and ctx.columns.get(dating, "extra") == "extra" else None


def _plain_date_after(headers: tuple[str, ...], col: int, ctx: Context) -> int | None:
    """A column headed "Date" alone just right of update column ``col`` ("Management
    update" | "Date"), read as no other kind (the deadline has its own column): the day
    the update was given, as an audit tracker copies each reply with the day it came."""
    after = col + 1
    if after >= len(headers) or " ".join(headers[after].split()).casefold() != "date":
        return None
    return after if ctx.columns.get(after, "extra") == "extra" and "due" in ctx.column_of else None


def _read_updates(
    cell: str, header: str, ctx: Context, written: dt.date | None = None
) -> tuple[UpdateDoc, ...]:
    """The news in a cell; a line that states no date of its own takes the day the
    note was written on, else the date its header holds ("Update Jan 2024")."""
    named = ctx.header_days.get(header)  # "Position at 30 June", in the plan's year
    undated = written or named or _header_day(header, ctx.today) or _quarter_day(header, ctx)
    periods = None if ctx.refs_as_periods else ctx.year_starts
    parts = dated_paragraphs(cell, ctx.position, header, ctx.keyed, periods, ctx.today, named)
    return tuple(UpdateDoc(date=d or undated, text=t) for d, t in parts)


# An update header naming a quarter and no year: "Q1 update", "Qtr 2 progress", "Quarter 3"
_QUARTER_HEADER = re.compile(r"\b(?:Q|Qtr\.?|Quarter)\s*(?P<n>[1-4])\b", re.I)


def _quarter_day(header: str, ctx: Context) -> dt.date | None:
    """The end of the quarter an update header names with no year ("Q2 update"), in the
    financial year the plan's title names ("Corporate Plan 2026/27": 30 Sep 2026); None
    where the header names a year of its own, or no line above the table names one."""
    quarters = _QUARTER_HEADER.findall(header)
    if ctx.titled_year is None or len(quarters) != 1 or header_year(header) is not None:
        return None
    found = in_header_year(f"Q{quarters[0]}", ctx.titled_year)
    return found.due if found is not None else None


def _header_day(header: str, today: dt.date | None) -> dt.date | None:
    """The day an update header dates its news by: a month's or quarter's last, or the day
    it names ("Update Jan 2024", "Progress Q2 2026/27"). A year or financial year alone
    dates its news at the year's end once that end has come ("Progress 2024/25" is 31 Mar
    2025); a year still under way on the import's day ("Update 2026" read on 5 Dec 2026)
    dates nothing: its end would date this year's news after the day of import."""
    deadline = parse_deadline(header)
    if deadline.precision != "year" or deadline.due is None:
        return deadline.due
    return deadline.due if today is not None and deadline.due <= today else None


def dated_paragraphs(
    cell: str,
    position: dt.date | None = None,
    header: str = "",
    keyed: KeyedDays | None = None,
    periods: int | None = APRIL,
    today: dt.date | None = None,
    header_day: dt.date | None = None,
) -> list[tuple[dt.date | None, str]]:
    """An update cell as (date, text) parts: one per paragraph, or sentence, that opens
    with a date, and one per line signed with initials and a day ("JS 04/11: …") or
    labelled with a quarter ("Q1: …"), dated by the plan's ``position`` date and the
    column's ``header`` ("Progress 2026/27"), and one per line opened by a code the plan
    ``keyed`` to a day ("PB13: …" under "PB13 = 11/11/2026"), or by an accounting
    period ("P7: …") counted from the month ``periods`` is (P1, April unless the plan
    keys another), unless it is None (the plan's refs are "P1", "P2" …), or by "This
    month:" / "Last month:" (never dated after ``today``, the import's day). The
    ``header_day`` a header names with no year ("Position at 30 June") is the column's
    full day, as a meeting's is. A cell whose every line opens with an arrow ("→ QA
    panel meets weekly." over "→ 48 plans reviewed.") is one part a line. A typed rule
    line ("----------") ends the part above it and belongs to none."""
    keyed = keyed or {}
    parts: list[tuple[dt.date | None, list[str]]] = []
    logged, ruled = is_arrow_log(cell), False
    preamble = False  # the first part is a line of no date or label of its own
    paragraphs = labelled_days_joined(without_list_marks(cell).split("\n"))
    on = position or today  # the day the plan's news is as at
    # "25/11 14:05 RK – …" over "28/10 JT – …", or "19/11 JB: …" over "3rd Nov – …": a
    # log; "1/2 SLT – briefed" alone is a fraction of a team, its initials no writer's
    timed_log = is_a_log(paragraphs)
    booked = False  # the line above announced an appointment ("Meeting booked:")
    for line in (piece for para in paragraphs for piece in dated_sentences(para, on)):
        after_booked, booked = booked, is_appointment_label(line)
        if is_rule_line(line):
            ruled = True
            continue
        date, line = _news_line(line)
        dating = without_entry_number(line)  # "1) 08/10/2026 – …": the date after the number
        if date is None and (code := keyed_code(dating, keyed)):
            date = keyed[code]  # "PB13: …", the day of the meeting the news was heard at
        opens, day = (
            _signed_news(dating, position, header, periods, today, timed_log, header_day)
            if date is None
            else (True, date)
        )
        if after_booked and is_timed(dating):
            opens, day = False, None  # "Meeting booked:" over "15/12 10:00 – …": the meeting
        if _planned(day, position or today) and may_name_a_day_to_come(line):
            opens, day = False, None  # "1) 31/01/2027 – draft policy to Cabinet.": work to come
        if preamble and len(parts) == 1 and _opens_relative_month(opens, line):
            parts[0] = (day, [*parts[0][1], line])
        elif opens or logged or ruled or not parts:
            preamble = not parts and not opens and day is None
            parts.append((day, [line]))
        else:
            parts[-1][1].append(line)
        ruled = False
    return [(d, "\n".join(lines).strip()) for d, lines in parts if "".join(lines).strip()]


def _planned(day: dt.date | None, written: dt.date | None) -> bool:
    """Whether ``day`` falls after the day the plan was written (its position date, else
    the import's day)."""
    return day is not None and written is not None and day > written


def _opens_relative_month(opens: bool, line: str) -> bool:
    """Whether ``line`` opens "This month: …" / "Last month: …" news. The undated line
    before the first such label ("Recruitment paused." over "This month: one candidate
    withdrew.") is part of that month's news, not news of no date."""
    return opens and relative_month_line_day(line, None)[0]


def _signed_news(
    line: str,
    position: dt.date | None,
    header: str,
    periods: int | None = APRIL,
    today: dt.date | None = None,
    log: bool = True,
    header_day: dt.date | None = None,
) -> tuple[bool, dt.date | None]:
    """Whether a line with no full date opens news of its own, and its day: initials and a
    day ("JS 04/11:", or "04 Nov:") in the position date's year, a note dated at its end
    ("… (KD, 02/11/2026)") or opened by a name and the day ("Grace Okafor (12/10/2026
    09:14): …"), a month alone ("NOV:") at or before the position date, a month named
    relative to it ("This month:", "Last month:", never dated after ``today``), a
    quarter ("Q1:") of the header's year, a month and year in figures ("10/26 –") under
    a header naming that order ("Progress (mm/yy – update)"), an accounting period
    ("P7:") counted from the month ``periods`` is (None where no line is a period). A day
    then initials with no clock time ("1/2 SLT – …") opens news only in a ``log``."""
    if (figures := figures_month_line_day(line, header))[0]:
        return figures  # the header says "10/26" is no day and month
    if (signed := initialled_day(line, log)) is not None:
        if position is not None and (weekday := initialled_weekday(line)) is not None:
            # the weekday keys the year; a day to come is a plan, not news: kept as written
            day = on_its_weekday(*signed, weekday, position)
            return (True, day) if day is not None and day <= position else (False, None)
        return True, on_or_before(*signed, position)
    if (closing := closing_signed_date(line)) is not None:
        return True, closing
    if (opening := opening_signed_date(line)) is not None:
        return True, opening
    meeting = _meeting_day(header) or header_day  # the full day the column was written for
    if (month := month_line_day(line, position))[0]:
        return (True, meeting) if meeting else month
    if (relative := relative_month_line_day(line, meeting or position, today))[0]:
        return relative  # "This month: …", "Last month: …" by the day the news was written
    if periods and (period := period_line_day(line, position, periods))[0]:
        return period
    return quarter_line_day(line, header)


def _meeting_day(header: str) -> dt.date | None:
    """The full day an update column's header names ("Update for SEND Partnership Board
    18.11.26"): the meeting its cells were written for. A month named alone in a cell
    ("October: 71% within six weeks.") is then the month the figures report on; the
    update is dated by the meeting it was written for."""
    said = parse_deadline(header)
    return said.due if said.precision == "day" else None


def _news_line(line: str) -> tuple[dt.date | None, str]:
    """The date a line of news opens with, and the line; a bulleted dated line inside a
    list ("Progress:" then "- 12/09/2026 – Signed") is dated news without its bullet."""
    date = leading_date(line)
    bare = without_list_marks(line) if date is None else line
    if bare != line and (date := leading_date(bare)) is not None:
        return date, bare
    if date is None and (numbered := without_entry_number(line)) != line:
        return leading_date(numbered), line  # "1) 08/10/2026 – …", the number kept
    if date is None and (pictured := without_leading_pictographs(line)) != line:
        return leading_date(pictured), line  # "📅 18/11/2026 – …", the pictograph kept
    return date, line


# The columns whose cell a note explains the work's state on: a note there is news
_STATE_KINDS = ("status", "rag", "update", "percent", "done")


def _cell_notes(row: Row, fields: dict[str, str], ctx: Context) -> list[UpdateDoc]:
    """The notes on the row's cells (Excel's comments, shown on hover). A note of dated
    lines on the cell that gives the work's state (the status, RAG or progress cell) is
    the action's news, read as an update cell is: one update per dated line
    ("12/11/2026 – 18 of 26 managers trained"). Any other note is kept as a field
    ("Note on Action", "Note on RAG": "Escalated to HoM" is a remark on the rating, not
    the news). The note's author is no person of the action."""
    if not row.line.notes:  # most rows: no cell holds a note
        return []
    news: list[UpdateDoc] = []
    for col, note in sorted(row.line.notes.items()):
        if ctx.columns.get(col) in _STATE_KINDS and leading_date(note) is not None:
            news += _read_updates(note, "", ctx)
        else:
            keep(fields, f"Note on {_header(row, col, f'Column {col + 1}')}", note)
    return news


def _written_cells(row: Row, fields: dict[str, str]) -> None:
    """The whole of each cell read as less than its text (a list's JSON person read as
    the name), kept as "<Header> (as written)": the job title, the department and the
    e-mail the list holds with the name are the user's words too. A status kept as
    written already as the cell reads ("In progress") is that record's value: the
    record takes its place."""
    for col, record in sorted(row.line.written.items()):
        name = f"{_header(row, col, f'Column {col + 1}')} (as written)"
        if col < len(row.cells) and fields.get(name) == row.cells[col]:
            fields[name] = record
        else:
            keep(fields, name, record)


def _extras(row: Row, fields: dict[str, str], ctx: Context) -> None:
    skip = ctx.not_extra
    for col, value in enumerate(row.cells):
        if col in skip:  # a column some role reads: most of a plain plan's, asked first
            continue
        if row.later:  # a later note's row under the action adds its day under its own
            later = (cells[col] for cells in row.later if col < len(cells))
            value = "\n".join(filter(None, [value, *later]))
        if value:
            keep(fields, _header(row, col, f"Column {col + 1}"), value)


def keep(fields: dict[str, str], name: str, value: str) -> None:
    """Store a cell under its name, or "name (2)" when another value holds the name."""
    key, n = name, 1
    while fields.get(key, value) != value:
        n += 1
        key = f"{name} ({n})"
    fields[key] = value
