"""Importing plans: a pure pipeline from a file to validated plan documents.

Six stages, each one module that takes the previous stage's result and
returns its own, readable data a person can check and correct (``--explain``
prints them; the user's ``--map``/``--header-row``/``--sheet`` override them):

read (file → sheets of cells) → locate (sheet, header row, typed rows) →
profile (evidence per column) → assign (a role per column) → group
(recommendations, refs) → build (the plan document).

No printing, no database and no Textual: the CLI and the TUI decide what to
do with the result (``Store.merge_plans``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import dropwhile, takewhile
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from importers import big_csv, own_csv, people, vocab
from importers.assign import (
    Assignment,
    assign,
    header_roles,
    is_period_mark_column,
    news_the_key_points_to,
)
from importers.big_csv import CsvSource
from importers.build import (
    Context,
    build,
    deadline_and_news_column,
    people_and_deadline_column,
    recommendation,
)
from importers.cells import MARK_CHARS
from importers.columns import FIELDS, PEOPLE_ROLES, header_score, month_and_year_columns
from importers.counted import (
    event_dates,
    keyed_days,
    keyed_done_marks,
    keyed_short_forms,
    keyed_year_start,
    position_date,
    position_line,
    quarters_rule,
    quarters_year,
    titled_financial_year,
    titled_year_start,
)
from importers.dates import (
    PlanCalendar,
    deadline_states,
    holds_serial_days,
    keyed_fiscal_year,
    keyed_revision_brackets,
    names_month_year_format,
    parse_deadline,
    plan_calendar,
    plan_dates,
    six_term_year,
    without_dates,
    yearless_header_days,
)
from importers.errors import ImportFailure
from importers.follow_ups import FollowUps, find_follow_ups
from importers.form import Form, read_form
from importers.group import Grouping, group, stream_groups
from importers.headings import stage_numbers
from importers.internal_names import decoded_name
from importers.locate import (
    HEADER_SEARCH_ROWS,
    Line,
    Located,
    choose_sheet,
    find_header,
    header_candidates,
    header_rows,
    join_alike_sheets,
    locate,
    plan_title,
    rows_wider_than_the_header,
    sheets_shown,
    typed_lines,
)
from importers.merged_rows import MergedRows, find_merged_rows
from importers.numbered_groups import groups_read_as_rows
from importers.own_tables import first_table_header, read_by_own_headers
from importers.paragraph_form import ParagraphForm, read_paragraph_form
from importers.per_person import PerPerson, find_per_person
from importers.profile import ColumnProfile, profile
from importers.profiles import Applied, find_profile, with_profile
from importers.progress_log import ProgressLog, find_progress_log
from importers.read import (
    Sheet,
    check_source,
    formulas_not_worked_out,
    nothing_to_read,
    prompts_read_as_empty,
    read_sheets,
    text_read_as,
)
from importers.rec_list import Listed, words_from_a_list, words_from_the_rows_above
from importers.side_by_side import tables_stacked
from importers.side_key import find_side_key, without_side_key
from importers.sideways import read_sideways
from importers.versions import (
    Version,
    dated_versions,
    monthly_columns,
    snapshots_reason,
    with_history,
)
from importers.vocab import Legend
from store.bulk import PlanStream, gc_paused
from store.docs import ExportDoc, PlanDoc, RecommendationDoc

__all__ = ["FIELDS", "ImportFailure", "ImportOptions", "ImportResult", "Stages", "load", "stages"]
Progress = Callable[[int, int], None]


class ImportOptions(BaseModel):
    """What the user told the importer (``actionplan import`` flags)."""

    model_config = ConfigDict(frozen=True)

    plan_title: str | None = None
    mapping: dict[str, str] = Field(default_factory=dict)
    encoding: str | None = None
    sheet: str | None = None
    header_row: int | None = None
    today: dt.date
    profile: str | None = None  # --profile NAME: apply this saved mapping
    use_profiles: bool = False  # apply a saved mapping made for the file's header row


class ImportResult(BaseModel):
    """Plans read from one file, the column mapping used, and per-row warnings."""

    source: str
    plans: list[PlanDoc]
    mapping: list[tuple[str, str]] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)  # a streamed plan's, once it is stored
    aliases: dict[str, str] = Field(default_factory=dict)  # "MK" -> "Marina Kitchen"
    sheet: str = ""  # of a workbook with several sheets: which one held the plan, and why
    profile: str = ""  # "profile 'wsx' applied: 2 column roles"
    headers: list[str] = Field(default_factory=list)  # the header row, to save a profile by
    options: ImportOptions | None = None  # as applied: the user's flags and a profile's
    streams: list[PlanStream] = Field(default_factory=list)  # plans built as they are stored
    read_as: str = ""  # "read as text: the file is not a workbook" (a CSV named .xls)

    model_config = ConfigDict(arbitrary_types_allowed=True)


def load(
    path: Path, options: ImportOptions, progress: Progress | None = None, stream: bool = False
) -> ImportResult:
    """Read one file into plan documents, or raise ImportFailure (one line).

    With ``stream``, a large CSV is checked and its layout decided now, and its
    plan is read again and built while the store writes it (``ImportResult.streams``).
    """
    try:
        with gc_paused():
            result = _load(Path(path), options, progress, stream)
    except ImportFailure:
        raise
    except ValidationError as exc:
        raise ImportFailure(f"{Path(path).name}: {_first_error(exc)}") from None
    except RecursionError:
        raise ImportFailure(f"{Path(path).name}: too deeply nested to read") from None
    return result


def _load(
    path: Path, options: ImportOptions, progress: Progress | None, stream: bool
) -> ImportResult:
    _check_mapping_fields(path, options)
    check_source(path)  # before anything opens it: a FIFO would block, /dev/zero never end
    if _looks_like_json(path):
        return _load_json(path, options)
    if stream and big_csv.streamable(path):
        source = big_csv.scan(path, options.encoding)
        if not own_csv.is_own_csv(source.head[0]):  # our own CSV export is read whole
            return _streamed(path, source, options)
    sheets = read_sheets(path, options.encoding, options.sheet)
    if not sheets:  # a package whose workbook lists no sheet its reader could find
        raise ImportFailure(f"{path.name}: no sheet found in the workbook")
    grid = sheets[0].grid
    if not any(any(row) for s in sheets for row in s.grid):
        raise nothing_to_read(path)
    if grid and own_csv.is_own_csv(grid[0]):  # read again as written: our own text comes back
        exact = read_sheets(path, options.encoding, options.sheet, exact=True)[0].grid
        plans = own_csv.parse_own_csv(exact, path.name)
        return ImportResult(source=path.name, plans=plans, read_as=sheets[0].read_as)
    stages = _stages(path, sheets, options, progress)
    result = _result(path.name, stages, [stages.plan], stages.context.warnings)
    result.read_as = sheets[0].read_as  # how read_sheets read the file
    return result


def _check_mapping_fields(path: Path, options: ImportOptions) -> None:
    for column, field in options.mapping.items():
        if field not in FIELDS:
            choices = ", ".join(FIELDS)
            raise ImportFailure(f"{path.name}: --map {column}={field}: unknown field ({choices})")


def _looks_like_json(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    except OSError:
        return False
    return path.suffix.lower() == ".json" or head.startswith(b"{")


def _load_json(path: Path, options: ImportOptions) -> ImportResult:
    try:
        doc = ExportDoc.model_validate_json(path.read_bytes().removeprefix(b"\xef\xbb\xbf"))
    except ValidationError as exc:
        raise ImportFailure(
            f"{path.name}: not an actionplan export ({_first_error(exc)})"
        ) from None
    except OSError as exc:
        raise ImportFailure(f"{path.name}: cannot read ({exc.strerror})") from None
    plans = doc.plans
    if options.plan_title:
        plans = [p for p in plans if p.title.casefold() == options.plan_title.casefold()]
        if not plans:
            raise ImportFailure(f"{path.name}: no plan titled {options.plan_title!r} in the file")
    return ImportResult(source=path.name, plans=plans)


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error["loc"]) or "document"
    return f"{where}: {error['msg']}"


def stages(
    path: Path,
    options: ImportOptions,
    progress: Progress | None = None,
    sheets: list[Sheet] | None = None,
) -> Stages:
    """Every stage's result for a table file, writing nothing (``import --explain``).

    ``sheets`` are the file as ``read_sheets`` read it: the TUI's workbench reads
    a file once and re-runs the later stages after every correction.
    """
    path = Path(path)
    try:
        _check_mapping_fields(path, options)
        if sheets is None:
            sheets = read_sheets(path, options.encoding, options.sheet)
        return _stages(path, sheets, options, progress)
    except ValidationError as exc:
        raise ImportFailure(f"{path.name}: {_first_error(exc)}") from None


@dataclass
class Decided:
    """Everything the stages find before the build: what the rows are and mean."""

    sheet: Sheet
    located: Located
    profiles: list[ColumnProfile]
    assignment: Assignment
    grouping: Grouping
    context: Context
    head: PlanDoc  # title, notes and the columns note; no recommendations yet
    profile: Applied | None  # a saved mapping applied to this file
    options: ImportOptions  # the options as applied (with the profile's)
    versions: list[Version]  # monthly snapshots of the plan, oldest first; the last is it
    log: ProgressLog | None  # a later table or sheet of the actions' dated news, by ref
    follow_ups: FollowUps | None  # a row per follow-up: the earlier rows of each action
    per_person: PerPerson | None  # a row per person assigned: each action's rows as one
    merged_rows: MergedRows | None  # a paragraph a row under a merged ref: its rows as one


@dataclass
class Stages(Decided):
    """Each stage's result for one table file: what ``--explain`` shows."""

    source: str
    plan: PlanDoc


def _stages(
    path: Path, sheets: list[Sheet], options: ImportOptions, progress: Progress | None
) -> Stages:
    d = _decide(path, sheets, options)
    plan = _built(d, progress)
    if d.versions:
        earlier = [(v, _snapshot(path, sheets, d, v)) for v in d.versions[:-1]]
        plan = with_history(plan, d.versions[-1], earlier)
    return Stages(**vars(d), source=path.name, plan=plan)


def _built(d: Decided, progress: Progress | None = None) -> PlanDoc:
    plan = build(d.grouping, d.context, d.head.title, d.head.notes, progress)
    if d.log is not None:  # the actions' refs are known once built
        plan = d.log.applied(plan)
    if d.follow_ups is not None:
        plan = d.follow_ups.applied(plan)
    return plan.model_copy(update={"fields": {**plan.fields, **d.head.fields}})


def _snapshot(path: Path, sheets: list[Sheet], d: Decided, version: Version) -> PlanDoc:
    """An earlier monthly sheet read as a plan of its own, with the latest's options."""
    snapshots = {v.sheet.name for v in d.versions}
    alone = [s for s in sheets if s.name not in snapshots or s is version.sheet]
    options = d.options.model_copy(update={"sheet": version.sheet.name, "header_row": None})
    return _built(_decide(path, alone, options))


def _decide(path: Path, sheets: list[Sheet], options: ImportOptions) -> Decided:
    sheets = [tables_stacked(s) for s in sheets]  # tables side by side: one after another
    sheets = [groups_read_as_rows(s) for s in sheets]  # an action per numbered group
    applied = _profile(sheets, options)
    if applied is not None:
        options = with_profile(options, applied)
        _check_mapping_fields(path, options)
    if options.sheet is not None and options.sheet not in [s.name for s in sheets]:
        raise ImportFailure(f"{path.name}: no sheet named {options.sheet!r}")
    chosen = _chosen_sheet(sheets, options)
    read, (follow_ups, per_person, merged_rows) = _read_with_follow_ups(
        path, chosen, options, applied
    )
    _roles_settled_around_the_table(read, chosen.form)
    _check_the_table(path, read, options)
    grouping, listed = _grouped(read)
    ctx = _plan_context(read, chosen, options)
    log = find_progress_log(read.located.other_sheets)
    head = _plan_head(path, read, chosen, options, grouping, (listed, log))
    return Decided(
        read.sheet,
        read.located,
        read.profiles,
        read.assignment,
        grouping,
        ctx,
        head,
        applied,
        options,
        chosen.versions,
        log,
        follow_ups,
        per_person,
        merged_rows,
    )


@dataclass
class _Chosen:
    """The sheet that holds the plan, why, and its header row as first found (None
    where no sheet has one); the dated snapshots it is the latest of, or the form it
    was read as; ``sheets`` the workbook's sheets, a form's read as the form."""

    sheet: Sheet
    found: int | None
    why: str
    versions: list[Version]
    form: Form | ParagraphForm | None
    sheets: list[Sheet]


def _chosen_sheet(sheets: list[Sheet], options: ImportOptions) -> _Chosen:
    sheet, why = choose_sheet(sheets, options.sheet)
    found = find_header(sheet.grid, None)
    chosen_by_us = options.sheet is None and found is not None
    shown = sheets_shown(sheets)  # a hidden sheet is no version nor part of the plan
    versions = dated_versions(shown, sheet, found) if chosen_by_us and found is not None else []
    if versions:  # the sheet names say which snapshot is the plan: the latest
        # rows named on their sheet ("row 12 of 'Dec 26'"): other sheets look alike
        latest = versions[-1].sheet
        sheet, why = replace(latest, parts=[(latest.name, 0)]), snapshots_reason(versions)
        found = find_header(sheet.grid, None)
    elif options.sheet is None and found is not None:  # else the user named the one sheet
        sheet, found, why = join_alike_sheets(shown, sheet, found, why)
    form = _form(sheets, sheet, options) if found is None else None
    if form is not None:  # no header row: a form, each item a block of labelled lines
        sheets = [form.sheet if s.name == form.sheet.name else s for s in sheets]
        if form.sheet.name != sheet.name:
            why = f"no header row on any of {len(sheets)} sheets; this one a form"
        sheet, found = form.sheet, form.header_index
    chosen = _Chosen(sheet, found, why, versions, form, sheets)
    return _on_its_side(chosen, options) if found is None else chosen


def _on_its_side(chosen: _Chosen, options: ImportOptions) -> _Chosen:
    """The chosen sheet read upright when it is laid out on its side, else the first
    other sheet that is: only where no sheet has a header row across nor is a form."""
    if options.header_row is not None:
        return chosen
    named = [chosen.sheet] if options.sheet is not None else [chosen.sheet, *chosen.sheets]
    upright = next((u for s in named if (u := read_sideways(s)) is not None), None)
    if upright is None:
        return chosen
    sheets = [upright if s.name == upright.name else s for s in chosen.sheets]
    why = chosen.why
    if upright.name != chosen.sheet.name:
        why = f"no header row on any of {len(sheets)} sheets; this one on its side"
    return replace(
        chosen, sheet=upright, found=find_header(upright.grid, None), why=why, sheets=sheets
    )


def _read_with_follow_ups(
    path: Path, chosen: _Chosen, options: ImportOptions, applied: Applied | None
) -> tuple[_Read, tuple[FollowUps | None, PerPerson | None, MergedRows | None]]:
    """The table read under its header; where rows are an action's follow-ups (an audit
    system's history, a row per follow-up), read again with each action's latest row
    alone, or where rows repeat an action for each person assigned, or spread its
    paragraphs under one merged ref (a Word table pasted into Excel), with its rows as
    one: so its columns are weighed on one row an action, as a plan writes them."""
    read = _read_under_the_header(path, chosen, options, applied)
    lines, roles = read.located.lines, read.assignment.roles
    merged_rows = find_merged_rows(chosen.sheet, lines, roles, read.headers)
    if merged_rows is not None:
        again = replace(chosen, sheet=merged_rows.sheet)
        return _read_under_the_header(path, again, options, applied), (None, None, merged_rows)
    follow_ups = find_follow_ups(chosen.sheet, lines, roles, read.headers)
    per_person = None
    if follow_ups is None:
        per_person = find_per_person(chosen.sheet, lines, roles, read.headers)
    one_an_action = follow_ups or per_person
    if one_an_action is None:
        return read, (None, None, None)
    again = replace(chosen, sheet=one_an_action.sheet)
    return _read_under_the_header(path, again, options, applied), (follow_ups, per_person, None)


def _read_under_the_header(
    path: Path, chosen: _Chosen, options: ImportOptions, applied: Applied | None
) -> _Read:
    """The chosen sheet read under its header row (the user's --header-row, counting
    the rows as read: sheets alike follow one another), or under a likelier one."""
    sheet, sheets, form = chosen.sheet, chosen.sheets, chosen.form
    index = find_header(sheet.grid, options.header_row) if options.header_row else chosen.found
    if index is not None and not options.header_row and form is None:
        index = first_table_header(sheet.grid, index)  # each table read by its own header
    if options.header_row and index is None:
        raise _past_the_end(path, sheet, options.header_row)
    if index is None or not any(sheet.grid[index]):
        raise _no_header(path, sheets, options.sheet)
    joined = {name for name, _ in sheet.parts} | {v.sheet.name for v in chosen.versions}
    others = [s for s in sheets if s is not sheet and s.name not in joined]
    at = _Header(path, sheet, chosen.why, others, form, options, applied)
    read = at.read(index)
    if not read.located.of_kind("data") and options.header_row is None and form is None:
        read = _with_rows_under(at, read)
    return read


def _roles_settled_around_the_table(read: _Read, form: Form | ParagraphForm | None) -> None:
    """What the lines above and below the table say of its columns (a key naming the
    news column), and a form's own evidence for the roles it read."""
    located = read.located
    outside = [line.text for line in located.lines if line.kind in ("title", "note")]
    news_the_key_points_to(outside, read.profiles, read.assignment, read.explicit)
    if form is not None:
        read.assignment.evidence.update(form.evidence)


def _check_the_table(path: Path, read: _Read, options: ImportOptions) -> None:
    """A table the importer can read: an action or recommendation column and rows under
    its header; a CSV's unquoted comma splitting a cell named by its rows."""
    sheet, index, assignment = read.sheet, read.index, read.assignment
    if options.header_row is not None:
        _check_the_given_header(path, read)
    if not {"action", "recommendation"} & set(assignment.roles.values()):
        raise ImportFailure(
            f"{path.name}: header on {sheet.where(index)} has no action or recommendation column"
            f" (columns: {_listed(read.headers)})"
        )
    if not read.located.of_kind("data"):
        raise ImportFailure(f"{path.name}: header on {sheet.where(index)} has no rows under it")
    if sheet.delimited:  # a CSV's unquoted comma splits a cell: say which rows
        assignment.unsure += rows_wider_than_the_header(read.located)


def _grouped(read: _Read) -> tuple[Grouping, Listed | None]:
    """The rows grouped into recommendations, worded by a numbered list of them on
    another sheet (returned) or in the rows above the table where the plan has one."""
    located = read.located
    grouping = group(located, read.assignment, read.explicit)
    listed = words_from_a_list(grouping.groups, grouping.refs_given, located.other_sheets)
    if listed is None and words_from_the_rows_above(
        grouping.groups, grouping.refs_given, _rows_above_the_table(located)
    ):
        grouping.how += "; worded by the list above the table"
    return grouping, listed


def _plan_context(read: _Read, chosen: _Chosen, options: ImportOptions) -> Context:
    """What the build reads every row with: the columns, the plan's calendar (its dates
    read in the plan's year: "Dec 19" in a plan of 2026 is a day), today."""
    located, assignment, form = read.located, read.assignment, chosen.form
    ctx = _context(located, assignment, read.profiles)
    ctx.warnings += prompts_read_as_empty(chosen.sheets)
    ctx.warnings += formulas_not_worked_out(chosen.sheets)
    ctx.own_numbers = form is not None
    ctx.today = options.today
    ctx.days_to_come = _days_to_come(located, read.profiles, options.today)
    dates = plan_dates(ctx.position, _deadlines_written(located, assignment), options.today)
    ctx.calendar = ctx.calendar._replace(dates=dates)
    ctx.pointed_news = form.pointed if isinstance(form, ParagraphForm) else frozenset()
    return ctx


def _plan_head(
    path: Path,
    read: _Read,
    chosen: _Chosen,
    options: ImportOptions,
    grouping: Grouping,
    read_elsewhere: tuple[Listed | None, ProgressLog | None],
) -> PlanDoc:
    """The plan's title and notes (the lines off the actions, a list's other rows, what
    no sheet read kept: not the sheets of the list or the progress log read beside the
    table), and its columns as read."""
    listed, log = read_elsewhere
    sheet, located = read.sheet, read.located
    title, notes = _title(located, options, path, _notes_off_the_actions(sheet, grouping))
    if listed is not None:
        grouping.how += f"; worded by the numbered list on sheet {listed.sheet!r}"
        notes = "\n".join(line for line in (notes, *listed.other_rows) if line)
    unread = _document_unread(path, sheet, chosen.sheets)
    elsewhere = {listed.sheet if listed else "", log.sheet.name if log else ""}
    unread += _other_sheets_kept(path, located.other_sheets, elsewhere)
    # the words of the sheet's text boxes and shapes are in no cell: kept here, a key too
    unread = located.drawn_texts + unread
    notes = "\n".join(line for line in (notes, *unread) if line)
    columns = _columns_note(located, read.assignment, sheet.names_written)
    return PlanDoc(title=title, notes=notes, fields={"Columns": columns})


@dataclass
class _Read:
    """The chosen sheet read under one header row."""

    sheet: Sheet  # without a key typed beside the table
    index: int
    headers: list[str]
    explicit: dict[int, str]
    located: Located
    profiles: list[ColumnProfile]
    assignment: Assignment


@dataclass
class _Header:
    """What reading the sheet under a header row needs besides the row."""

    path: Path
    sheet: Sheet
    why: str
    others: list[Sheet]
    form: Form | ParagraphForm | None
    options: ImportOptions
    applied: Applied | None

    def read(self, index: int, data_score: int = 0) -> _Read:
        sheet, form = self.sheet, self.form
        # a key typed beside the table is the legend, not the rows' cells (nor a sub-header)
        key = find_side_key(sheet.grid, index)
        if key is not None:
            sheet = without_side_key(sheet, key)
        if self.options.header_row is None:  # the user's header: the only one
            sheet = read_by_own_headers(sheet, index)
        headers, _ = header_rows(sheet.grid, index)
        explicit = _explicit(self.path, headers, self.options.mapping, self.applied)
        if form is not None:  # the item's number is its ref, the wording beside it the action
            explicit = {**form.roles, **explicit}
        roles = header_roles(headers, explicit)
        given = self.options.header_row is not None  # the user's header: the only one
        located = locate(sheet, self.why, self.others, index, roles, data_score, given)
        located.key_beside = key
        located.form_items = form.items if form is not None else 0
        keys = [line.text for line in located.lines if line.kind != "data"]
        # each row's cells joined, empty ones too: the words' pattern reads any run of
        # spaces as one, so this finds what each row's ``text`` would, joined faster
        six_terms = six_term_year(" ".join(line.cells) for line in located.lines)
        located.calendar = PlanCalendar(
            six_terms, keyed_fiscal_year(keys), keyed_revision_brackets(keys)
        )
        with plan_calendar(located.calendar):  # a column of "Term 5 2026/27" is one of dates
            profiles = profile(located)
            first = _first_table(located)
            assignment = assign(profiles, explicit, profile(first) if first else None)
        return _Read(sheet, index, headers, explicit, located, profiles, assignment)


def _first_table(located: Located) -> Located | None:
    """The plan's first table alone, where later tables follow under headers of their
    own (``importers.own_tables``); None where there are none."""
    if not located.rules.own_headers:
        return None
    end = min(located.rules.own_headers)
    return replace(located, lines=[line for line in located.lines if line.number - 1 < end])


def _sheet_named(path: Path, sheet: Sheet) -> str:
    """The sheet as a message names it, "sheet 'Actions'"; "" when the sheet is the file
    itself (a CSV, or a document, read as one sheet named after the file)."""
    return "" if sheet.name in (path.name, path.stem) else f"sheet {sheet.name!r}"


def _past_the_end(path: Path, sheet: Sheet, header_row: int) -> ImportFailure:
    """``--header-row N`` beyond the sheet's last row: said so, not "no header found"."""
    where = _sheet_named(path, sheet) or "the file"
    return ImportFailure(
        f"{path.name}: --header-row {header_row} is past the end of {where}"
        f" ({len(sheet.grid)} rows)"
    )


def _check_the_given_header(path: Path, read: _Read) -> None:
    """A header row the user gave (``--header-row``, a profile's) under which the action
    column had to be guessed from one with no heading at all is no header: a caption
    line ("RAG as at 27/11/2026") over the table. Merged, it made a junk action of the
    first row and marked every real action missing; refused before the database opens.
    So is a caption line heading no column at all: the table's header below it is one
    of its rows, never the header again."""
    action = read.assignment.column("action")
    if action is None:  # a caption line, one cell, over the table: refused so too
        roles = read.assignment.roles.values()
        if sum(1 for c in read.headers if c.strip()) > 1 or "recommendation" in roles:
            return
    elif action in read.explicit or read.headers[action].strip():
        return
    where = read.sheet.where(read.index)
    # Sheets read as one name their own in the row ("row 7 of 'Surgery'")
    if not read.sheet.parts and (named := _sheet_named(path, read.sheet)):
        where += f" of {named}"
    raise ImportFailure(
        f"{path.name}: {where} has no column headed like an action"
        f" (its cells: {_listed(read.headers)[:80]}); give the row of the table's headings"
        " with --header-row, or name the action column with --map"
    )


def _with_rows_under(at: _Header, best: _Read) -> _Read:
    """A row worded most like a header with nothing under it is a row of the table whose
    cells read like captions ("Action plan | Lead officer"): the likeliest other header
    with data rows and an action column under it is the header, else ``best`` stays.
    Rows worded as much like a header as that one are rows of the table too."""
    caption_like = header_score(at.sheet.grid[best.index])
    for index in header_candidates(at.sheet.grid, best.index):
        read = at.read(index, caption_like)
        roles = set(read.assignment.roles.values())
        if read.located.of_kind("data") and {"action", "recommendation"} & roles:
            set_aside = f"{at.sheet.where(best.index)} read like a header but has no rows under it"
            found_by = read.located.header_reason
            read.located.header_reason = "; ".join(r for r in (set_aside, found_by) if r)
            return read
    return best


def _form(
    sheets: list[Sheet], chosen: Sheet, options: ImportOptions
) -> Form | ParagraphForm | None:
    """The chosen sheet read as a form, else the first other sheet that is one (a
    workbook's cover sheet first): only where no sheet has a header row."""
    if options.header_row is not None:
        return None
    named = [chosen] if options.sheet is not None else [chosen, *sheets]
    return next((form for s in named if (form := _read_any_form(s)) is not None), None)


def _read_any_form(sheet: Sheet) -> Form | ParagraphForm | None:
    """A form in a table's cells, else one written as paragraphs (no table at all)."""
    return read_form(sheet) or read_paragraph_form(sheet)


def _streamed(path: Path, source: CsvSource, options: ImportOptions) -> ImportResult:
    """A large CSV: the layout decided from its head and tail, then every row typed,
    grouped and built one recommendation at a time as the store writes it."""
    d = _decide(path, [source.sample()], options)
    result = _result(path.name, d, [], [])
    result.read_as = text_read_as(path)  # streamed only when file_kind read it as text
    ctx = d.context  # nothing built with it yet: every row's warnings come once
    stream = PlanStream(d.head, lambda: recommendations(), source.count)

    def recommendations() -> Iterator[RecommendationDoc]:
        names: dict[int, list[str]] = {}
        rows = _without_key_beside(enumerate(source.rows(), 1), d)
        lines = _headers_noted(typed_lines(rows, d.located.rules), names)
        try:
            for g in stream_groups(lines, d.assignment, d.grouping, d.located):
                yield recommendation(g, ctx)
        except ValidationError as exc:
            raise ImportFailure(f"{path.name}: {_first_error(exc)}") from None
        result.warnings += ctx.warnings
        # headers repeated further down (a new update month) are kept too
        columns = {**d.head.fields, "Columns": _named_roles(names, d.assignment)}
        stream.head = d.head.model_copy(update={"fields": columns})

    result.streams.append(stream)
    return result


def _without_key_beside(
    rows: Iterator[tuple[int, list[str]]], d: Decided
) -> Iterator[tuple[int, list[str]]]:
    """A large CSV's rows read again, the key beside the table blank as in the sample."""
    key = d.located.key_beside
    if key is None:
        yield from rows
        return
    numbers = d.sheet.numbers or range(1, len(d.sheet.grid) + 1)
    index = {numbers[r]: r for r in key.rows}
    for number, row in rows:
        yield number, key.blank(index[number], row) if number in index else row


def _headers_noted(lines: Iterator[Line], names: dict[int, list[str]]) -> Iterator[Line]:
    for line in lines:
        if line.kind == "header":
            _header_names(line, names)
        yield line


def _profile(sheets: list[Sheet], options: ImportOptions) -> Applied | None:
    """The saved mapping named with --profile, else the one made for this header row."""
    if options.profile is None and not options.use_profiles:
        return None
    return find_profile(sheets, options.profile)


def _result(source: str, d: Decided, plans: list[PlanDoc], built: list[str]) -> ImportResult:
    """What the CLI and TUI report of one file; ``built``: the build's warnings."""
    headers = d.located.headers
    roles = d.assignment.roles
    mapping = [
        (h or f"Column {i + 1}", roles.get(i, "extra"))
        for i, h in enumerate(headers)
        if h or i in roles
    ]
    warnings = [*d.assignment.unsure, *d.grouping.unsure, *built]
    located = d.located
    several = located.other_sheets or d.sheet.parts or d.versions  # a workbook: which sheets
    sheet = f"{located.sheet!r} ({located.sheet_reason})" if several else ""
    return ImportResult(
        source=source,
        plans=plans,
        mapping=mapping,
        warnings=warnings,
        aliases=d.context.aliases,
        sheet=sheet,
        profile=d.profile.message() if d.profile else "",
        headers=d.located.headers,
        options=d.options,
    )


def _own_cells(cells: list[str]) -> list[str]:
    """The filled cells of a row of two filled cells or more (one alone is the row's text)."""
    filled = [c for c in cells if c]
    return filled if len(filled) >= 2 else []


def _context(located: Located, assignment: Assignment, profiles: list[ColumnProfile]) -> Context:
    """Aliases for initials and the file's own legend, from every row and sheet."""
    texts = [line.text for line in located.lines if line.kind != "data"]
    people_cols = [c for c, f in assignment.roles.items() if f in PEOPLE_ROLES]
    cells = [
        line.cells[c] for line in located.of_kind("data") for c in people_cols if line.cells[c]
    ]
    keys = [row for s in located.other_sheets for row in s.grid]
    keys += [line.cells for line in located.of_kind("note")]
    # A key row writes its definitions one a cell ("ARO: Academic Registry Office" |
    # "QEO: Quality Enhancement Office"): each cell is read alone first, so no definition
    # runs on into the next one's short form as the row's joined text does.
    key_cells = [c for line in located.lines if line.kind != "data" for c in _own_cells(line.cells)]
    key_texts = key_cells + texts + [" ".join(r) for r in keys]
    # a short form defined in a people cell ("School attendance team (SAT)") holds on every
    # row; each distinct text once (the first definition wins, so repeats add nothing)
    aliases = people.abbreviations(dict.fromkeys(key_texts + cells))
    aliases.update(people.abbreviations_from_rows(keys))
    aliases.update(people.aliases_from_rows(keys))
    # A definition written in the plan itself wins over a key elsewhere. Each distinct
    # text once (the first definition wins, so repeats add nothing): a plan names the
    # same few people on every row. Only a cell with a bracket defines a name in place.
    aliases.update(people.aliases_from_text(dict.fromkeys(cells + key_texts)))
    aliases = people.names_as_defined([c for c in cells if "(" in c], aliases)
    # an owner's report and its check read as two rounds: the check where it was made
    monthly = {**assignment.rounds, **monthly_columns(located.headers, assignment.roles)}
    position = position_date(_above_the_table(located))
    news = [h for i, h in enumerate(located.headers) if assignment.roles.get(i) == "update"]
    return Context(
        columns=assignment.roles,
        aliases=aliases,
        legend=_legend(
            texts
            + _cell_by_cell(located)
            + _key_beside(located)
            + _key_below(located)
            + _header_notes(located, assignment.roles)
            # a drop-down's message keys its cells as a key typed in the sheet does; after
            # the sheet's own words, so a key typed there wins over it
            + located.drop_down_messages
            # words in a text box floated over the sheet are its words as a cell's are,
            # last, so a key typed in the cells wins over one drawn beside them
            + located.drawn_texts,
            located,
        ),
        percent_fractions=_fractions(located, assignment),
        colour_columns=_colour_columns(assignment, profiles, monthly),
        rag_marks=_rag_mark_columns(located, assignment.roles),
        period_marks=_period_mark_columns(profiles, assignment.roles),
        percent_marks=assignment.percent_marks,
        surname_first=_columns_where(people.surname_first, located, people_cols),
        name_then_team=_columns_where(people.column_of_names_then_teams, located, people_cols),
        providers=_columns_where(people.column_of_posts_with_providers, located, people_cols),
        remit_posts=_remit_posts(located, people_cols),
        two_languages=_posts_in_two_languages(located, people_cols),
        alone=frozenset(c.strip() for c in cells if "\n" not in c.strip()),
        events={**event_dates(_details_rows(located)), **event_dates(_rows_above(located))},
        position=position,
        header_days=yearless_header_days(news, position),
        quarters_year=quarters_year(_above_the_table(located)),
        school_year_start=titled_year_start(_above_the_table(located)),
        titled_year=titled_financial_year(_above_the_table(located)),
        quarters=quarters_rule(key_texts),
        date_format=next((t for t in texts if names_month_year_format(t)), None),
        keyed=keyed_days(_rows_above(located) + located.notes_below()),
        refs_as_periods=_numbered_as_periods(located, assignment),
        short_forms=keyed_short_forms(key_texts),
        done_marks=keyed_done_marks(key_texts),
        role_marks=people.role_marks_defined(key_texts),
        year_starts=keyed_year_start(key_texts),
        calendar=located.calendar,
        monthly=monthly,
        due_over_news=deadline_and_news_column(located.headers, assignment.roles),
        due_under_people=people_and_deadline_column(located.headers, assignment.roles),
        due_parts=month_and_year_columns(located.headers, assignment.roles),
        month_first=frozenset(p.index for p in profiles if p.month_first),
        serial_days=_serial_day_columns(located, assignment),
        warnings=_read_month_first(profiles, assignment),
        stages=_status_stages(located, assignment),
        due_states=_due_states(located, assignment),
    )


def _serial_day_columns(located: Located, assignment: Assignment) -> frozenset[int]:
    """The deadline and revised deadline columns whose cells hold Excel serial numbers as
    text ("46477", a date pasted into cells formatted as text): their header names a date
    and no other number stands among them, so each is read as the day Excel shows."""
    cols = [c for c, role in assignment.roles.items() if role in ("due", "revised_due")]
    rows = located.of_kind("data")
    return frozenset(
        c for c in cols if holds_serial_days(line.cells[c] for line in rows if c < len(line.cells))
    )


# A ref a plan numbers as its periods of work are written: "P1", "P2.1"
_PERIOD_REF = re.compile(r"P\d{1,2}(?:\.\d{1,2})*")


def _numbered_as_periods(located: Located, assignment: Assignment) -> bool:
    """Every ref of the plan is "P" and a number ("P1" … "P9"): a progress line opened
    "P4 – …" or "P7: …" names one of its actions, not an accounting period."""
    cols = [c for c, role in assignment.roles.items() if role in ("ref", "recommendation_ref")]
    refs = [line.cells[c].strip() for line in located.of_kind("data") for c in cols]
    filled = [r for r in refs if r]
    return bool(filled) and all(_PERIOD_REF.fullmatch(r) for r in filled)


def _due_states(located: Located, assignment: Assignment) -> bool:
    """Some deadline cell states the work's state ("Complete"), as ``deadline_states``
    reads: a cell naming its deadline ("Complete Mar 27") states none."""
    col = assignment.column("due")
    if col is None:
        return False
    # a cell may list one deadline a line, each an action's ("• Complete\n• July 2027")
    cells = (line.cells[col] for line in located.of_kind("data") if col < len(line.cells))
    distinct = dict.fromkeys(cells)  # each read once: a plan repeats its deadline months
    return any(deadline_states(part) for cell in distinct for part in cell.splitlines())


def _days_to_come(
    located: Located, profiles: list[ColumnProfile], written_by: dt.date
) -> frozenset[int]:
    """The columns of days more than half of which come after ``written_by``, the day of
    the import: a "Review date" of 15/01/2027 beside comments of a plan imported on
    5 Dec 2026 is when they are next reviewed, no day any was written. Not the day a
    title says the plan is as at: a title left at "30 September" over October's and
    November's days of update lost every one."""
    rows = located.of_kind("data")
    return frozenset(
        p.index
        for p in profiles
        if p.dates >= 0.5  # a column of days, not of words
        and _mostly_after([r.cells[p.index] for r in rows if p.index < len(r.cells)], p, written_by)
    )


def _mostly_after(cells: list[str], p: ColumnProfile, written_by: dt.date) -> bool:
    """Whether more than half the days ``cells`` name come after ``written_by``, each
    distinct cell read once (a plan repeats its review days on many rows)."""
    days = {c: parse_deadline(c, month_first=bool(p.month_first)).due for c in set(cells)}
    dated = [d for c in cells if (d := days[c]) is not None]
    return 2 * sum(d > written_by for d in dated) > len(dated) > 0


def _deadlines_written(located: Located, assignment: Assignment) -> list[dt.date]:
    """The dates the plan's deadline and revised date cells name as written, each month
    and two figures read as its year: the plan's own years, which date an old plan."""
    cols = [
        c for c in (assignment.column("due"), assignment.column("revised_due")) if c is not None
    ]
    with plan_calendar(located.calendar):
        return [
            due
            for line in located.of_kind("data")
            for c in cols
            if c < len(line.cells) and (due := parse_deadline(line.cells[c]).due) is not None
        ]


def _status_stages(located: Located, assignment: Assignment) -> dict[str, int]:
    """The status column's numbered stages ("Stage 2 – Delivery" → 2), if it writes them."""
    col = assignment.column("status")
    if col is None:
        return {}
    return stage_numbers(line.cells[col] for line in located.of_kind("data"))


_DATE_ROLES = ("due", "revised_due", "done")


def _read_month_first(profiles: list[ColumnProfile], assignment: Assignment) -> list[str]:
    """Each date column read month first, said once: a US reading is the importer's
    choice, which a user should be able to check."""
    return [
        f"{p.header or f'Column {p.index + 1}'!r} read month first, as US dates: "
        f"{_why_month_first(p)}"
        for p in profiles
        if p.month_first and assignment.roles.get(p.index) in _DATE_ROLES
    ]


def _why_month_first(p: ColumnProfile) -> str:
    """The evidence for reading a column month first: a cell no other way, else its header
    naming the order ("Due Date (MM/DD/YYYY)") over cells readable either way."""
    if parse_deadline(p.month_first).due is None:  # "10/30/2026": no day read day first
        return f"{p.month_first!r} can be read no other way"
    return f"as its header says ({p.month_first!r} could be read either way)"


def _above_the_table(located: Located) -> list[str]:
    """The rows printed above the header: the title block, where a plan dates its
    inspection."""
    above = takewhile(lambda line: line.kind != "header", located.lines)
    return [line.text for line in above]


def _rows_above(located: Located) -> list[str]:
    """The rows above the header, and each "label:" | value pair a row sets across it
    ("Audit date:" | 15/09/2026 | "Audited by:" | …) read as "label: value", as a
    details table's row is."""
    above = list(takewhile(lambda line: line.kind != "header", located.lines))
    pairs = [
        f"{label.strip()} {value.strip()}"
        for line in above
        for label, value in zip(line.cells, line.cells[1:], strict=False)
        if label.strip().endswith(":") and value.strip() and not value.strip().endswith(":")
    ]
    return [line.text for line in above] + pairs


def _cell_by_cell(located: Located) -> list[str]:
    """Each row outside the table read with its cells kept apart: a key laid across a
    row, an entry to a cell ("Key:" | "Green = complete" | "Red = not started"), runs
    together when the cells are joined, and only its first entry would be read."""
    rows = ([c for c in line.cells if c.strip()] for line in located.lines if line.kind != "data")
    return ["; ".join(cells) for cells in rows if len(cells) >= 2]


def _key_below(located: Located) -> list[str]:
    """Each two-cell note row below the table as "rating: meaning": a key typed down the
    table's columns ("Red" | "Off track") says what its rating means as a key sheet's row
    does, read the same way."""
    below = dropwhile(lambda line: line.kind != "header", located.lines)
    rows = ([c for c in line.cells if c.strip()] for line in below if line.kind == "note")
    return [": ".join(cells) for cells in rows if len(cells) == 2]


def _key_beside(located: Located) -> list[str]:
    """The entries of a key typed beside the table ("Green = Complete")."""
    return located.key_beside.legend_texts() if located.key_beside else []


# The columns whose cells are ratings: a key in a note on their header says what they mean
_RATED_ROLES = ("rag", "status")


def _header_notes(located: Located, roles: dict[int, str]) -> list[str]:
    """The notes on a rating column's header cell (Excel's hover comment on "RAG": "RAG
    key for this log:" / "Green = complete" / …): a plan may key its ratings only there,
    where the column is explained without a flag in every cell. Read as a key row is;
    the author line Excel opens a note with is no part of it (``read.note_text``). Only
    the rating columns' notes, so a note on another header keys nothing of theirs."""
    rated = [c for c, role in roles.items() if role in _RATED_ROLES]
    headers = located.of_kind("header")
    return [line.notes[c] for line in headers for c in rated if c in line.notes]


def _legend(texts: list[str], located: Located) -> Legend:
    """The plan's key to its status and RAG words. A workbook may print it only on
    another sheet (a RAG summary or key sheet): that key is then the plan's. A key of
    people's initials ("AG = Anna Green") is none, whatever its letters."""
    own = Legend.from_texts(people.rating_key_texts(texts))
    if own.entries or own.percents or own.bands:
        return own
    rows = ([c for c in row if c.strip()] for sheet in located.other_sheets for row in sheet.grid)
    joined = ((": " if len(cells) == 2 else " ").join(cells) for cells in rows)
    return Legend.from_texts(people.rating_key_texts(joined))


def _details_rows(located: Located) -> list[str]:
    """The label | value rows of the file's other tables, as "label: value": a Word
    document's details table ("Date of assessment | 14/10/2026") dates its events as a
    line above the plan's table does. A date printed above the table wins."""
    rows = (row for sheet in located.other_sheets for row in sheet.grid)
    pairs = ([c for c in row if c.strip()] for row in rows)
    return [": ".join(pair) for pair in pairs if len(pair) == 2]


def _columns_where(
    written: Callable[[list[str]], bool], located: Located, people_cols: list[int]
) -> frozenset[int]:
    """The people columns whose cells are all written one way: "Surname, Given"
    ("Howells, Sian"), or a name and a team ("Jo Baines, Fleet Services")."""
    rows = [line.cells for line in located.of_kind("data")]
    return frozenset(c for c in people_cols if written([r[c] for r in rows if c < len(r)]))


def _posts_in_two_languages(located: Located, people_cols: list[int]) -> frozenset[int]:
    """The people columns writing one post in two languages a cell, headed so too
    ("Cyfrifoldeb / Responsibility"): a bilingual plan writes its headers as its cells,
    and an English header ("Lead") keeps a column of two English posts a cell as ever."""
    headers = located.headers
    both = [c for c in people_cols if c < len(headers) and people.in_two_parts(headers[c])]
    return _columns_where(people.column_of_posts_in_two_languages, located, both)


def _remit_posts(located: Located, people_cols: list[int]) -> dict[int, frozenset[str]]:
    """By people column, the posts it writes with their remit in brackets."""
    rows = [line.cells for line in located.of_kind("data")]
    found = {c: people.posts_with_remits([r[c] for r in rows if c < len(r)]) for c in people_cols}
    return {c: posts for c, posts in found.items() if posts}


def _colour_columns(
    assignment: Assignment, profiles: list[ColumnProfile], monthly: dict[str, list[int]]
) -> frozenset[int]:
    """The RAG and status columns (each month's, of monthly ones) whose cell colours
    rate the actions; in a plan with neither, the progress columns coloured instead."""
    months = {c for cols in monthly.values() for c in cols}
    rating = frozenset(
        p.index
        for p in profiles
        if p.rated_by_colour
        and (assignment.roles.get(p.index) in ("rag", "status") or p.index in months)
    )
    return rating | _news_coloured(assignment, profiles)


def _news_coloured(assignment: Assignment, profiles: list[ColumnProfile]) -> frozenset[int]:
    """The progress columns whose cells' colours rate the actions, in a plan with no
    RAG nor status column: each update shaded (or run over with Word's highlighter) in
    the colour of its rating. Two colours at least: one alone down the column is its
    styling (a template's pale yellow input cells), not a rating."""
    if {"rag", "status"} & set(assignment.roles.values()):
        return frozenset()
    return frozenset(
        p.index
        for p in profiles
        if assignment.roles.get(p.index) == "update" and len({c for c, _ in p.colours}) >= 2
    )


def _period_mark_columns(profiles: list[ColumnProfile], roles: dict[int, str]) -> list[int]:
    """Columns headed each by a period ("Q3 2026/27" | "Q4 2026/27"), two or more, kept
    as fields and holding only marks: the period marked dates the action."""
    marked = [
        p.index
        for p in profiles
        if roles.get(p.index) in (None, "extra") and is_period_mark_column(p)
    ]
    return marked if len(marked) >= 2 else []


def _rag_mark_columns(located: Located, roles: dict[int, str]) -> dict[int, vocab.Meaning]:
    """Columns headed each by a RAG colour ("R" | "A" | "G"), two of red, amber and green
    at least, kept as fields and holding only marks ("●", "x"): a mark in one of them
    rates the row. Columns lettered "A" | "B" over words are no such set."""
    rows = [line.cells for line in located.of_kind("data")]
    marks = {
        c: meaning
        for c, h in enumerate(located.headers)
        if roles.get(c) in (None, "extra")
        and (meaning := vocab.colour_of_header(h))
        and all(len(r[c].strip()) <= MARK_CHARS for r in rows if c < len(r))
    }
    if len({rag for _, rag in marks.values() if rag}) >= 2:
        return marks
    return _status_mark_columns(located, roles, rows)


def _status_mark_columns(
    located: Located, roles: dict[int, str], rows: list[list[str]]
) -> dict[int, vocab.Meaning]:
    """Columns headed each by a status ("Not started" | "In progress" | "Complete"), two
    statuses at least, kept as fields and holding only marks ("✓"), in a plan with no
    status column: a mark in one of them is the row's status (and no RAG)."""
    if "status" in roles.values():
        return {}
    marks = {
        c: meaning
        for c, h in enumerate(located.headers)
        if roles.get(c) in (None, "extra")
        and (meaning := vocab.state_of_header(h))
        and all(len(r[c].strip()) <= MARK_CHARS for r in rows if c < len(r))
    }
    return marks if len({status for status, _ in marks.values()}) >= 2 else {}


def _fractions(located: Located, assignment: Assignment) -> bool:
    """Every number in the % column is at most 1: Excel percentages (1 is 100%)."""
    col = assignment.column("percent")
    if col is None:
        return False
    return vocab.percent_fractions(line.cells[col] for line in located.of_kind("data"))


def _columns_note(
    located: Located, assignment: Assignment, written: dict[int, dict[int, str]] | None = None
) -> str:
    """Every header text (repeats that differ, such as a new update month, too) and its role.

    Header rows are cells the user imported: they are kept with the plan, a name read
    decoded from a tool's internal name with the name as written ("Action Owner
    (Action_x0020_Owner)").
    """
    names: dict[int, list[str]] = {}
    for line in located.of_kind("header"):
        _header_names(line, names, (written or {}).get(line.number - 1, {}))
    return _named_roles(names, assignment)


def _header_names(
    line: Line, names: dict[int, list[str]], written: dict[int, str] | None = None
) -> None:
    for i, cell in enumerate(line.cells):
        if written and i in written:
            cell = f"{cell} ({written[i]})"
        if cell and cell not in names.setdefault(i, []):
            names[i].append(cell)


def _named_roles(names: dict[int, list[str]], assignment: Assignment) -> str:
    roles = assignment.roles
    return "; ".join(f"{' / '.join(n)} = {roles.get(i, 'extra')}" for i, n in sorted(names.items()))


EXPECTED_COLUMNS = "columns such as Action, Lead, Deadline"
TABLES_NAMED = 3  # a failure names the first rows of this many tables, then counts


def _no_header(path: Path, sheets: list[Sheet], named: str | None) -> ImportFailure:
    """No header row: a Word document says which of its tables were tried, or that it
    has none (a letter, not a plan); a table named with --sheet, that it is not the
    plan and which tables are."""
    from importers.word import named_table_failure, word_tables  # python-docx: only here
    from importers.word_embedded import old_objects_told

    tables = word_tables(path)
    if (
        tables
        and named is not None
        and (failure := named_table_failure(path, tables, sheets, named))
    ):
        return failure
    if tables is None:
        return ImportFailure(
            f"{path.name}: no header row found in the first {HEADER_SEARCH_ROWS} rows"
            f" (expected {EXPECTED_COLUMNS})"
        )
    if not tables:
        return ImportFailure(
            f"no table found in {path.name} (a plan is a table with {EXPECTED_COLUMNS})"
            + old_objects_told(path)
        )
    firsts = [f"'{_listed(t[0] if t else [])[:60]}'" for t in tables[:TABLES_NAMED]]
    if len(tables) == 1:
        return ImportFailure(
            f"{path.name}: its one table is not a plan (first row {firsts[0]};"
            f" expected {EXPECTED_COLUMNS})"
        )
    tried = "; ".join(f"table {n} {first}" for n, first in enumerate(firsts, 1))
    more = f"; {len(tables) - TABLES_NAMED} more" if len(tables) > TABLES_NAMED else ""
    return ImportFailure(
        f"{path.name}: none of its {len(tables)} tables is a plan (first rows: {tried}{more};"
        f" expected {EXPECTED_COLUMNS})"
    )


def _listed(headers: list[str]) -> str:
    """The header cells on one line, for a failure message."""
    return ", ".join(" ".join(h.split()) for h in headers if h)


def _explicit(
    path: Path, headers: list[str], mapping: dict[str, str], applied: Applied | None
) -> dict[int, str]:
    by_name = {" ".join(h.lower().split()): i for i, h in enumerate(headers) if h}
    explicit: dict[int, str] = {}
    for column, field in mapping.items():
        # a column named as its file writes it, "Action_x0020_Owner", is the one read decoded
        key = " ".join(decoded_name(column).lower().split())
        if key not in by_name and (index := _numbered_column(key, len(headers))) is not None:
            explicit[index] = field
            continue
        if key not in by_name:
            known = _listed(headers)
            saved = applied is not None and column in applied.profile.mapping
            source = f"profile {applied.profile.name!r}" if saved and applied else "--map"
            raise ImportFailure(
                f"{path.name}: {source}: no column named {column!r} (columns: {known})"
            )
        explicit[by_name[key]] = field
    return explicit


def _numbered_column(key: str, width: int) -> int | None:
    """ "column 3" names the third column: how a column with no header (or one whose
    header repeats) is named in ``--map`` and in the import summary."""
    words = key.split()
    if len(words) == 2 and words[0] == "column" and words[1].isdigit():
        number = int(words[1])
        return number - 1 if 0 < number <= width else None
    return None


def _rows_above_the_table(located: Located) -> list[str]:
    """The title and note rows above the header, in order."""
    above = takewhile(lambda line: line.kind != "header", located.lines)
    return [line.text for line in above if line.kind in ("title", "note")]


def _notes_off_the_actions(sheet: Sheet, grouping: Grouping) -> list[str]:
    """The cell notes on rows that are no action's own (a title's, a heading's, a row
    carrying on an action's progress, a blank row), kept with the plan's notes: the
    words are the user's. An action's own row's notes are its (``build``)."""
    own = {row.line.number - 1 for g in grouping.groups for row in g.rows}
    return [
        f"Note on {sheet.where(index)}: {note}"
        for index, by_column in sorted(sheet.notes.items())
        if index not in own
        for _, note in sorted(by_column.items())
    ]


def _document_unread(path: Path, chosen: Sheet, sheets: list[Sheet]) -> list[str]:
    """A Word document whose plan is one of its other tables (a table of another width
    than the one holding the most rows): the rest of the document, its paragraphs and
    tables as the first sheet holds them, is kept in the notes, a line a row, so that no
    word of it is lost. The chosen table's own note there is left out: it is the plan."""
    if path.suffix.lower() != ".docx" or not sheets or chosen.name == sheets[0].name:
        return []
    own_note = f"{chosen.name}:\n"
    rows = (" | ".join(c for c in row if c) for row in sheets[0].grid)
    return [row for row in rows if row and not row.startswith(own_note)]


SHEET_ROWS_KEPT = 200  # of a sheet that is not the plan: enough for a cover, a key, a summary


def _other_sheets_kept(path: Path, others: list[Sheet], read_elsewhere: set[str]) -> list[str]:
    """A workbook's sheets that are not the plan (a cover: the trust, the inspection's
    dates, the version approved; a summary; a key, though read for its initials) kept
    in the notes, each named and then a line a row, so that no word of it is lost.
    Sheets read elsewhere (a numbered list wording the recommendations, a progress log)
    keep their words there. A long sheet (another table of data) keeps its first rows
    and says how many more it holds. A Word document keeps its own (``_document_unread``)."""
    if path.suffix.lower() == ".docx":
        return []
    lines: list[str] = []
    for sheet in others:
        if sheet.name in read_elsewhere:
            continue
        rows = [" | ".join(c for c in row if c) for row in sheet.grid]
        rows = [row for row in rows if row]
        if not rows and not sheet.drawn_texts:
            continue
        lines += [f"{sheet.name}:", *rows[:SHEET_ROWS_KEPT]]
        if len(rows) > SHEET_ROWS_KEPT:
            lines.append(f"({len(rows) - SHEET_ROWS_KEPT} more rows on {sheet.name!r} not kept)")
        lines += sheet.drawn_texts  # its text boxes' words, in no cell
    return lines


def _same_title(found: str, given: str) -> bool:
    """The file's title is the plan's own, or differs from it only in its dates
    ("… – December 2026" of a plan titled "… – November 2026"): no notes to keep."""
    undated = without_dates(found)
    return found.strip() == given or bool(undated) and undated == without_dates(given)


def _title(
    located: Located, options: ImportOptions, path: Path, off_actions: list[str]
) -> tuple[str, str]:
    """Title from --plan, else the first title row, else the file name; the rest are notes.

    Notes below the table (legends, keys, sign-off lines) follow the title rows, then
    the cell notes ``off_actions``.
    """
    first_header = located.of_kind("header")[0].number
    title_rows = [line.text for line in located.of_kind("title") if line.number < first_header]
    below = [line.text for line in located.of_kind("note")]
    if located.key_beside is not None:  # the key's cells are kept with the plan
        below += located.key_beside.note_lines()
    below += off_actions
    found, notes = _title_and_notes(title_rows)
    if options.plan_title:
        given = options.plan_title.strip()
        if found and _same_title(found, given):
            # next month's file of the plan: its title row is the plan's title again
            return given, "\n".join(notes + below)
        return given, "\n".join(title_rows + below)
    return found or path.stem, "\n".join(notes + below)


def _title_and_notes(title_rows: list[str]) -> tuple[str, list[str]]:
    """The title the rows above the table give ("" with none) and the rows left as notes,
    in their order. A row of the position's day alone ("As at 1 Dec 2026") is a note
    wherever it sits: as a title, next month's file would be another plan."""
    titling = [row for row in title_rows if not position_line(row)]
    if not titling:
        return "", title_rows
    title, rest = plan_title(titling)
    used = len(titling) - len(rest)  # the rows that made the title, the first ones
    kept = [row for row in title_rows if position_line(row)] + titling[used:]
    return title, sorted(kept, key=title_rows.index)
