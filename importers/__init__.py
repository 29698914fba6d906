"""Importing plans: a pure pipeline from a file to validated plan documents.

read cells → find the layout → map columns → build → validate. No printing,
no database and no Textual: the CLI and the TUI decide what to do with the
result (``Store.merge_plans``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from importers import columns, layout, own_csv, people
from importers.build import Builder, Context, grouping_columns
from importers.columns import FIELDS
from importers.errors import ImportFailure
from importers.read import check_source, read_grid
from store.bulk import gc_paused
from store.docs import ExportDoc, PlanDoc

__all__ = ["FIELDS", "ImportFailure", "ImportOptions", "ImportResult", "load"]
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


class ImportResult(BaseModel):
    """Plans read from one file, the column mapping used, and per-row warnings."""

    source: str
    plans: list[PlanDoc]
    mapping: list[tuple[str, str]] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    aliases: dict[str, str] = Field(default_factory=dict)  # "MK" -> "Marina Kitchen"


def load(path: Path, options: ImportOptions, progress: Progress | None = None) -> ImportResult:
    """Read one file into plan documents, or raise ImportFailure (one line)."""
    try:
        with gc_paused():
            return _load(Path(path), options, progress)
    except ImportFailure:
        raise
    except ValidationError as exc:
        raise ImportFailure(f"{Path(path).name}: {_first_error(exc)}") from None
    except RecursionError:
        raise ImportFailure(f"{Path(path).name}: too deeply nested to read") from None


def _load(path: Path, options: ImportOptions, progress: Progress | None) -> ImportResult:
    _check_mapping_fields(path, options)
    check_source(path)  # before anything opens it: a FIFO would block, /dev/zero never end
    if _looks_like_json(path):
        return _load_json(path, options)
    grid = read_grid(path, options.encoding, options.sheet)
    if not any(any(row) for row in grid):
        raise ImportFailure(f"{path.name}: the file is empty")
    if grid and own_csv.is_own_csv(grid[0]):
        return ImportResult(source=path.name, plans=own_csv.parse_own_csv(grid, path.name))
    return _load_table(path, grid, options, progress)


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


def _load_table(
    path: Path, grid: list[list[str]], options: ImportOptions, progress: Progress | None
) -> ImportResult:
    index = layout.find_header(grid, options.header_row)
    if index is None or not any(grid[index]):
        raise ImportFailure(
            f"{path.name}: no header row found in the first {layout.HEADER_SEARCH_ROWS} rows"
            " (expected columns such as Action, Lead, Deadline)"
        )
    headers = grid[index]
    mapped = _map_columns(path, headers, grid[index + 1 :], options, index + 1)
    lines = layout.classify(grid, index, set(mapped))
    if not any(line.kind == "data" for line in lines):
        raise ImportFailure(f"{path.name}: header on row {index + 1} has no rows under it")
    aliases = people.collect_aliases(_people_cells(lines, mapped))
    ctx = Context(
        source=path.name,
        columns=mapped,
        today=options.today,
        aliases=aliases,
        spelling={" ".join(n.split()).casefold(): n for n in aliases.values()},
    )
    builder = Builder(ctx, grouping_columns(lines, mapped))
    builder.seed_themes([line.text for line in lines if line.kind == "title"])
    _walk(lines, builder, progress)
    title, notes = _title(lines, options, path)
    mapping = [
        (h or f"Column {i + 1}", mapped.get(i, "extra"))
        for i, h in enumerate(headers)
        if h or i in mapped
    ]
    columns = _columns_note(lines, mapped)
    plan = builder.plan(title, notes)
    plan = plan.model_copy(update={"fields": {**plan.fields, "Columns": columns}})
    return ImportResult(
        source=path.name, plans=[plan], mapping=mapping, warnings=ctx.warnings, aliases=aliases
    )


def _columns_note(lines: list[layout.Line], mapped: dict[int, str]) -> str:
    """Every header text (repeats that differ, such as a new update month, too) and its field.

    Header rows are cells the user imported: they are kept with the plan.
    """
    names: dict[int, list[str]] = {}
    for line in lines:
        if line.kind == "header":
            for i, cell in enumerate(line.cells):
                if cell and cell not in names.setdefault(i, []):
                    names[i].append(cell)
    return "; ".join(
        f"{' / '.join(n)} = {mapped.get(i, 'extra')}" for i, n in sorted(names.items())
    )


def _map_columns(
    path: Path, headers: list[str], rows: list[list[str]], options: ImportOptions, row_no: int
) -> dict[int, str]:
    explicit = _explicit(path, headers, options.mapping)
    mapped = columns.assign(headers, explicit)
    mapped = {i: f for i, f in mapped.items() if f != "ignore" or i in explicit}
    _names_column_is_lead(mapped, rows, explicit)
    if not {"action", "recommendation"} & set(mapped.values()):
        raise ImportFailure(
            f"{path.name}: header on row {row_no} has no action or recommendation column"
            f" (columns: {_listed(headers)})"
        )
    return mapped


def _listed(headers: list[str]) -> str:
    """The header cells on one line, for a failure message."""
    return ", ".join(" ".join(h.split()) for h in headers if h)


def _explicit(path: Path, headers: list[str], mapping: dict[str, str]) -> dict[int, str]:
    by_name = {" ".join(h.lower().split()): i for i, h in enumerate(headers) if h}
    explicit: dict[int, str] = {}
    for column, field in mapping.items():
        key = " ".join(column.lower().split())
        if key not in by_name:
            known = _listed(headers)
            raise ImportFailure(
                f"{path.name}: --map: no column named {column!r} (columns: {known})"
            )
        explicit[by_name[key]] = field
    return explicit


def _names_column_is_lead(
    mapped: dict[int, str], rows: list[list[str]], explicit: dict[int, str]
) -> None:
    """A column headed like progress that holds only people's names is the lead column."""
    if "lead" in mapped.values():
        return
    for col, field in sorted(mapped.items()):
        if field == "update" and col not in explicit:
            values = [r[col] for r in rows[:200] if col < len(r)]
            if people.looks_like_names(values):
                mapped[col] = "lead"
                return


def _people_cells(lines: list[layout.Line], mapped: dict[int, str]) -> list[str]:
    cols = [c for c, f in mapped.items() if f in ("lead", "responsible")]
    return [line.cells[c] for line in lines for c in cols if line.kind == "data" and line.cells[c]]


def _walk(lines: list[layout.Line], builder: Builder, progress: Progress | None) -> None:
    total = len(lines)
    for i, line in enumerate(lines):
        if line.kind == "banner":
            builder.banner(line)
        elif line.kind == "data":
            builder.data(line)
        if progress and i % 1000 == 0:
            progress(i, total)
    if progress:
        progress(total, total)


def _title(lines: list[layout.Line], options: ImportOptions, path: Path) -> tuple[str, str]:
    """Title from --plan, else the first title row, else the file name; the rest are notes."""
    first_header = next(i for i, line in enumerate(lines) if line.kind == "header")
    title_rows = [line.text for line in lines[:first_header] if line.kind == "title"]
    if options.plan_title:
        return options.plan_title.strip(), "\n".join(title_rows)
    if title_rows:
        return title_rows[0], "\n".join(title_rows[1:])
    return path.stem, ""
