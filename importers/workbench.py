"""What the import workbench shows: a file read once, and the plan each correction gives.

The TUI reads a file with ``read_source`` (once: the slow part of a large
file) and calls ``preview`` after every correction — a column's role, the
header row — with the same ``ImportOptions`` the CLI's ``--map`` and
``--header-row`` build, so what the workbench shows is what ``actionplan
import`` with those flags imports. Pure: no database, no Textual.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from importers import ImportFailure, ImportOptions, ImportResult, Progress, load, own_csv, stages
from importers.explain import counts
from importers.locate import choose_sheet, find_header, header_rows
from importers.read import Sheet, check_source, nothing_to_read, read_sheets
from store.bulk import gc_paused
from store.docs import PlanDoc

# The role menu, in the words the issue gives; the value is the --map field.
ROLES: list[tuple[str, str]] = [
    ("action", "action"),
    ("recommendation", "recommendation"),
    ("recommendation ref", "recommendation_ref"),
    ("ref", "ref"),
    ("lead", "lead"),
    ("co-lead", "co_lead"),
    ("responsible", "responsible"),
    ("support (responsible too)", "support"),
    ("due", "due"),
    ("revised due", "revised_due"),
    ("status", "status"),
    ("RAG", "rag"),
    ("percent complete", "percent"),
    ("done? (yes/no)", "done"),
    ("update", "update"),
    ("measure", "measure"),
    ("extra", "extra"),
    ("ignore", "ignore"),
]
ROLE_WORDS = {value: word for word, value in ROLES}


@dataclass(frozen=True)
class Source:
    """A file as read: its sheets, or the plans of an actionplan export (read as written,
    nothing to correct)."""

    path: Path
    sheets: list[Sheet]
    export: ImportResult | None = None


@dataclass(frozen=True)
class Preview:
    """One run of the stages after ``read``: the grid shown, its header row and each
    column's role, the plan as it would import, and what the importer was unsure of."""

    sheet: Sheet | None
    header_index: int | None
    headers: list[str]
    roles: dict[int, str]
    plans: list[PlanDoc]
    notes: list[str] = field(default_factory=list)  # sheet, header row, how refs were found
    unsure: list[str] = field(default_factory=list)
    failure: str = ""  # why nothing would import (then ``plans`` is empty)
    applied: ImportOptions | None = None  # the options with a saved profile's corrections
    profile: str = ""  # "profile 'wsx' applied: 2 column roles"

    @property
    def counts(self) -> str:
        """ "N recommendations · M actions · K updates", or why nothing would import."""
        if self.failure:
            return "Nothing to import: " + self.failure
        return " + ".join(counts(plan) for plan in self.plans)


def read_source(path: Path, options: ImportOptions) -> Source:
    """Read ``path`` once, or raise ImportFailure (one line)."""
    path = Path(path)
    check_source(path)
    with gc_paused():
        return _read_source(path, options)


def _read_source(path: Path, options: ImportOptions) -> Source:
    if _is_json(path):
        return Source(path, [], load(path, options))
    sheets = read_sheets(path, options.encoding, options.sheet)
    if not any(any(row) for s in sheets for row in s.grid):
        raise nothing_to_read(path)
    first = sheets[0].grid
    if first and own_csv.is_own_csv(first[0]):
        return Source(path, sheets, load(path, options))
    return Source(path, sheets)


def _is_json(path: Path) -> bool:
    with path.open("rb") as f:
        head = f.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return path.suffix.lower() == ".json" or head.startswith(b"{")


def preview(source: Source, options: ImportOptions, progress: Progress | None = None) -> Preview:
    """The plan ``options`` give for ``source``; a failure is a result, not an error:
    the user is part way through correcting it."""
    if source.export is not None:
        return _export_preview(source)
    sheet, _ = choose_sheet(source.sheets, options.sheet)
    try:
        with gc_paused():  # as ``load``: a collection would walk the whole grid for nothing
            found = stages(source.path, options, progress, source.sheets)
    except ImportFailure as exc:
        index = find_header(sheet.grid, options.header_row)
        headers = header_rows(sheet.grid, index)[0] if index is not None else []
        return Preview(sheet, index, headers, {}, [], failure=_without_file(exc, source.path))
    located = found.located
    return Preview(
        sheet=found.sheet,
        header_index=located.header_index,
        headers=located.headers,
        roles=found.assignment.roles,
        plans=[found.plan],
        notes=[
            *([note] if (note := source.sheets[0].read_as) else []),
            *([found.profile.message()] if found.profile else []),
            f"sheet {located.sheet!r} ({located.sheet_reason})",
            f"header {found.sheet.where(located.header_index)}",
            f"recommendations: {found.grouping.how}",
        ],
        unsure=[*found.assignment.unsure, *found.grouping.unsure, *found.context.warnings],
        applied=found.options,
        profile=found.profile.message() if found.profile else "",
    )


def _export_preview(source: Source) -> Preview:
    assert source.export is not None
    sheet = source.sheets[0] if source.sheets else None
    note = "an actionplan export: read as written, nothing to correct"
    return Preview(sheet, 0 if sheet else None, [], {}, source.export.plans, notes=[note])


def _without_file(exc: ImportFailure, path: Path) -> str:
    return str(exc).removeprefix(f"{path.name}: ")


def column_key(headers: list[str], index: int) -> str:
    """The name ``--map`` knows a column by: its header, or "Column N" when it has none
    or shares it with another column."""
    name = " ".join(headers[index].split()) if index < len(headers) else ""
    same = [h for h in headers if " ".join(h.lower().split()) == name.lower()]
    return name if name and len(same) == 1 else f"Column {index + 1}"


def mapping_for_header(mapping: dict[str, str], sheet: Sheet, header_index: int) -> dict[str, str]:
    """The corrections that still name a column once row ``header_index`` is the header:
    a role given to "Lead" stays with "Lead" when the new header has it."""
    new, _ = header_rows(sheet.grid, header_index)
    names = {column_key(new, i) for i in range(len(new))}
    return {key: role for key, role in mapping.items() if key in names}
