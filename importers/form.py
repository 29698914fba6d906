"""Part of stage 2, locate: a plan written as a form, with no header row, read as a table.

Inspectorates' quality improvement plans and requirement notices are often a form,
not a grid: per item a left cell of label lines ("Area for improvement 1", "Ref:
Standard 5.3", "Stated: First time", "To be completed by:" over "31 January 2027")
beside the requirement's wording, then rows labelled under it ("Response by the Trust
detailing the actions taken:" and the response), with section rows between the items
("Action required to ensure compliance with …"). Such a form is the table a header
would have made of it: one row per item, a column per label (the label its header),
the item's number its ref, the wording its action and the section rows a column of
their own. The rows above the first item and below the last stay title rows and notes.

An audit committee's report sets each recommendation out as a small table of its own,
no header row and no item's number in a label, only "label | value" rows, the same
labels in each ("Recommendation | R1 …", "Agreed action | …", "Officer | …"): a list
of records, each opened by the same label. It is read the same way, the labels the
header and each record a row, the columns then read from their headers as any table's.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from importers.columns import best_field
from importers.group import label_value
from importers.headings import rises
from importers.read import Sheet

# The item's label and number alone on the cell's first line: "Area for improvement 1",
# "Requirement 2", "Recommendation 3:"; the wording sits in a cell to its right.
ITEM_LABEL = r"(?P<label>[^\W\d_]+(?:[ '’&/-]+[^\W\d_]+){0,5})\s+(?P<ref>[A-Z]{0,4}\d{1,3}[a-z]?)"
ITEM = re.compile(rf"^\s*{ITEM_LABEL}\s*[:.–-]?\s*$")
# A heading between records, an item's label and number then its wording: "Recommendation
# 2: Practitioners should …". A field's label names what it holds and carries no number.
_NUMBERED_HEADING = re.compile(rf"^\s*{ITEM_LABEL}\s*[:.–-]\s*\S")
MAX_LABEL_WORDS = 10  # "Response by the Trust detailing the actions taken:" is a label
MIN_ITEMS = 2
MIN_RECORD_LABELS = 3  # a record is the opening label and two more, as a table is columns
_CITES = frozenset({"ref", "recommendation", "recommendation_ref", "action"})
_GROUPS = frozenset({"recommendation", "recommendation_ref"})
SECTION = "Section"
WORDING = "Wording"


@dataclass
class _Item:
    index: int  # 0-based row of its first line
    label: str  # as written: "Area for improvement"
    ref: str
    wording: str
    section: str = ""
    section_at: int = -1  # 0-based row of the section row heading it
    fields: list[tuple[str, str]] = field(default_factory=list)  # (label, value) in order


@dataclass(frozen=True)
class Form:
    """The form read as a table: the sheet rewritten and where its header row is."""

    sheet: Sheet
    header_index: int
    items: int
    how: str  # for --explain: "form layout: 11 items ('Area for improvement 1' …)"
    sections: bool  # a last column holds the section rows
    records: bool = False  # label | value rows only: no item's number nor wording
    repeated: frozenset[int] = frozenset()  # records' columns of one answer, naming nothing

    @property
    def roles(self) -> dict[int, str]:
        """The item's number is its ref and the wording beside it the action; the section
        rows name where an item sits in the report, a field (never the grouping). Records
        have labels only: their headers say what each column is."""
        header = self.sheet.grid[self.header_index]
        last = len(header) - 1
        if self.records:
            # the same answer in every record groups none of them: the records are grouped
            # by a label naming a recommendation or by the headings between them, only
            repeated = dict.fromkeys(self.repeated, "extra")
            return {**repeated, last: "extra"} if self.sections else repeated
        # a label worded as a ref or a grouping ("Ref: Standard 5.3") cites the report
        cites = {i: "extra" for i, label in enumerate(header) if best_field(label) in _CITES}
        return {**cites, 0: "ref", 1: "action", **({last: "extra"} if self.sections else {})}

    @property
    def evidence(self) -> dict[int, str]:
        """Why, in ``--explain``'s words."""
        last = len(self.sheet.grid[self.header_index]) - 1
        if self.records:
            why = dict.fromkeys(self.repeated, "the same answer in every record, a field")
            return {**why, last: "the rows heading the records"} if self.sections else why
        why = {c: "a label citing the report, on each item" for c in self.roles}
        why |= {0: "the number after each item's label", 1: "the wording beside each item's label"}
        return {**why, **({last: "the rows heading the items"} if self.sections else {})}


def read_form(sheet: Sheet) -> Form | None:
    """The sheet as a table when it is a form of two items or more, else None."""
    grid = sheet.grid
    if sheet.numbers or not grid:  # a sample of a large CSV is read as a table
        return None
    (starts, afresh), known = _item_rows(grid), frozenset[str]()
    records = len(starts) < MIN_ITEMS
    if records:
        starts, known = _record_rows(grid)
    if len(starts) < MIN_ITEMS:
        return None
    items, end = _items(grid, starts, records, known)
    top = starts[0]
    if (
        any(item.section for item in items)
        and top > 0
        and _is_section(grid[top - 1], known, records)
    ):
        # the row right above the first item names its section, as later ones do theirs
        top -= 1
        for item in items:
            if not item.section:
                item.section, item.section_at = _text(grid[top]), top
    labels = _labels(items)
    header = [*([] if records else [items[0].label, WORDING]), *labels.values()]
    # records with no recommendation of their own are grouped by the headings between
    # them ("Recommendation 2: …"), kept as heading rows where written as any table's; so
    # are items numbered afresh under each section row: the numbers count inside it
    headed = afresh or (
        records and not any(best_field(label) in _GROUPS for label in labels.values())
    )
    sections = not headed and any(item.section for item in items)
    if sections:  # named apart from the labels: a form may have a "Section:" line too
        header.append(SECTION if SECTION.casefold() not in labels else f"{SECTION} (row above)")
    rows, indices = _body(items, labels, len(header), records, headed)
    above = [_padded(row, len(header)) for row in grid[:top]]
    # below the form, a row is a note as written, never an item's cells
    below = [_padded([" ".join(c for c in row if c)], len(header)) for row in grid[end:]]
    numbers = _numbers(top, indices, end, len(grid))
    how = _how(items, list(labels.values()), records, afresh)
    table = Sheet(sheet.name, [*above, header, *rows, *below], how, numbers=numbers)
    repeated = _repeated(header, rows) if records else frozenset()
    return Form(table, len(above), len(items), how, sections, records, repeated)


def _repeated(header: list[str], rows: list[list[str]]) -> frozenset[int]:
    """The columns of a label naming no field whose answer is one and the same in most
    records ("Weekly audit reported to the Quality Committee." under a template's
    question on each regulation's page): a field, never the records' grouping."""
    return frozenset(
        c
        for c, label in enumerate(header)
        if best_field(label) is None
        and len(values := [row[c] for row in rows if row[c]]) == len(rows)
        and len(set(values)) <= len(values) / 2
    )


def _body(
    items: list[_Item], labels: dict[str, str], width: int, records: bool, headed: bool
) -> tuple[list[list[str]], list[int]]:
    """A row per item, and each row's 0-based row in the sheet; where ``headed``, each
    section row once above the first item under it."""
    rows: list[list[str]] = []
    indices: list[int] = []
    last = -1
    for item in items:
        if headed and item.section and item.section_at != last:
            rows.append(_padded([item.section], width))
            indices.append(item.section_at)
            last = item.section_at
        rows.append(_as_row(item, labels, width, records))
        indices.append(item.index)
    return rows, indices


def _numbers(top: int, items: list[int], end: int, size: int) -> list[int]:
    """Each row's number in the file, so warnings name the item's own row: the header
    made of the labels takes the number after the rows above, and an item the form
    opens on right under them (no section row to stand in for) the one after it."""
    numbers = [*range(1, top + 2)]
    for index in [*items, *range(end, size)]:
        numbers.append(max(index + 1, numbers[-1] + 1))
    return numbers


def _item_rows(grid: list[list[str]]) -> tuple[list[int], bool]:
    """Rows opening an item, of the one label whose numbers rise down the sheet, or
    rise under each section row and start again under the next (True)."""
    found = [(i, item) for i, row in enumerate(grid) if (item := _item_start(row, i))]
    by_label = Counter(item.label.casefold() for _, item in found)
    if not by_label:
        return [], False
    label, _ = by_label.most_common(1)[0]
    rows = [(i, item) for i, item in found if item.label.casefold() == label]
    if rises([item.ref for _, item in rows]):
        return [i for i, _ in rows], False
    return ([i for i, _ in rows], True) if _numbered_afresh(grid, rows) else ([], False)


def _numbered_afresh(grid: list[list[str]], rows: list[tuple[int, _Item]]) -> bool:
    """Items whose numbers rise inside each run between section rows, two runs or more:
    an RQIA plan numbers the areas under the regulations 1 to 4 and those under the care
    standards from 1 again, so the section row is what the numbers count under. A number
    that starts again with no section row above it is no such list."""
    runs: list[list[str]] = []
    for n, (index, item) in enumerate(rows):
        filled = [r for r in range(rows[n - 1][0] + 1, index) if any(grid[r])] if n else []
        if not runs or (filled and _is_section(grid[filled[-1]])):
            runs.append([])
        runs[-1].append(item.ref)
    return len(runs) >= 2 and all(len(run) == 1 or rises(run) for run in runs)


def _record_rows(grid: list[list[str]]) -> tuple[list[int], frozenset[str]]:
    """Rows opening a record: a label beside its value, of the first label written on
    two rows or more, where each record holds at least ``MIN_RECORD_LABELS`` labels of
    the first one's ("Recommendation", then "Agreed action", "Officer", "Date" …). Also
    the labels written on two rows or more (folded): such a label alone on its row is
    a value left blank ("Update |" with nothing beside it), no heading."""
    prompts = _prompts(grid)
    labelled = [
        (i, pair[0].casefold()) for i, row in enumerate(grid) if (pair := _pair(row, prompts))
    ]
    counts = Counter(label for _, label in labelled)
    opening = next((label for _, label in labelled if counts[label] >= MIN_ITEMS), None)
    starts = [i for i, label in labelled if label == opening]
    bounds = [*starts, len(grid)]
    held = [
        {label for i, label in labelled if start <= i < end}
        for start, end in zip(bounds, bounds[1:], strict=False)
    ]
    shared = [len(labels & held[0]) for labels in held]
    if not held or min(shared) < MIN_RECORD_LABELS:
        return [], frozenset()
    return starts, frozenset(label for label, n in counts.items() if n >= MIN_ITEMS)


def _prompts(grid: list[list[str]]) -> frozenset[str]:
    """The left cells of two-cell rows written word for word on two rows or more
    (folded, no closing colon): a template's prompts, each record answering the same
    ones, however long or worded as a question ("Who is responsible for the action?")."""
    lefts = Counter(
        folded_label(filled[0]) for row in grid if len(filled := [c for c in row if c]) == 2
    )
    return frozenset(left for left, n in lefts.items() if n >= MIN_ITEMS)


def folded_label(cell: str) -> str:
    """A label as it is compared with another: "Officer:" and "officer" are one."""
    return cell.strip().removesuffix(":").strip().casefold()


def _pair(row: list[str], known: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """A row of two cells, a short label beside its value ("Officer | Helen Gray"), or
    one of the ``known`` labels beside its value."""
    filled = [c for c in row if c]
    return _label_row(row, known) if len(filled) == 2 else None


def _record_start(row: list[str], index: int, known: frozenset[str]) -> _Item | None:
    """A record's opening row: its label and value are its first field."""
    pair = _pair(row, known)
    return _Item(index, "", "", "", fields=[pair]) if pair is not None else None


def _item_start(row: list[str], index: int) -> _Item | None:
    filled = [c for c in row if c]
    if len(filled) < 2:
        return None
    first, *rest = filled[0].split("\n")
    m = ITEM.match(first)
    if m is None:
        return None
    item = _Item(index, m["label"], m["ref"], "\n".join(filled[1:]))
    _read_lines(item, rest)
    return item


def _read_lines(item: _Item, lines: list[str]) -> None:
    """Label lines under the item's number: "Ref: Standard 5.3" is one field; "To be
    completed by:" alone takes the lines under it; a line with no label goes on the
    field above it."""
    for line in (s.strip() for s in lines):
        if not line:
            continue
        labelled = _label_line(line)
        if labelled is not None:
            item.fields.append(labelled)
        elif item.fields:
            label, value = item.fields[-1]
            item.fields[-1] = (label, f"{value}\n{line}" if value else line)
        else:
            item.fields.append((f"{item.label} (as written)", line))


def _label_line(line: str) -> tuple[str, str] | None:
    """("To be completed by", "") for "To be completed by:", ("Ref", "Standard 5.3")."""
    if line.endswith(":") and is_label(line[:-1]):
        return line[:-1].strip(), ""
    found = label_value(line)
    if found is not None and is_label(found[0]):
        return found
    return None


def is_label(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= MAX_LABEL_WORDS and not re.search(r"[.;!?]", text)


def _items(
    grid: list[list[str]], starts: list[int], records: bool, known: frozenset[str]
) -> tuple[list[_Item], int]:
    """Every item with the rows under it, and the first row after the form."""
    opens: Callable[[list[str], int], _Item | None] = (
        (lambda row, i: _record_start(row, i, known)) if records else _item_start
    )
    items = [item for i in starts if (item := opens(grid[i], i))]
    ends = [*starts[1:], len(grid)]
    section, section_at = "", -1
    for n, item in enumerate(items):
        item.section, item.section_at = section, section_at
        rows = [r for r in range(item.index + 1, ends[n]) if any(grid[r])]
        if n + 1 < len(items) and rows and _is_section(grid[rows[-1]], known, records):
            section_at = rows.pop()  # a row right above the next item heads it
            section = _text(grid[section_at])
        if n + 1 == len(items):
            rows = _rows_of_last(grid, rows, items[:-1], known)
        for r in rows:
            _read_row(item, grid[r], known)
    last = items[-1]
    below = [r for r in range(last.index + 1, len(grid)) if any(grid[r])]
    kept = len(_rows_of_last(grid, below, items[:-1], known))
    return items, below[kept] if kept < len(below) else len(grid)


def _rows_of_last(
    grid: list[list[str]], rows: list[int], others: list[_Item], known: frozenset[str]
) -> list[int]:
    """The last item's rows are those labelled as the other items' rows are: the rest
    ("Name of person(s) completing the QIP: …") is below the form, notes."""
    seen = {label.casefold() for item in others for label, _ in item.fields}
    kept: list[int] = []
    waiting = False  # a label alone on its row ("To be completed by:"): its value is under it
    for r in rows:
        labelled = _label_row(grid[r], known)
        if labelled is None and waiting:
            kept.append(r)
            waiting = False
            continue
        if labelled is None or labelled[0].casefold() not in seen:
            break
        kept.append(r)
        waiting = not labelled[1] and _text(grid[r]).strip().casefold() not in known
    return kept


def _read_row(item: _Item, row: list[str], known: frozenset[str]) -> None:
    labelled = _label_row(row, known)
    if labelled is not None:
        item.fields.append(labelled)
    elif item.fields:  # no label: the field above carries on
        label, value = item.fields[-1]
        item.fields[-1] = (label, f"{value}\n{_text(row)}".strip("\n"))
    else:
        item.wording = f"{item.wording}\n{_text(row)}"


def _label_row(row: list[str], known: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """A row under an item that labels its value: one cell opening with "Label:" (the
    value on the lines under it or after the colon), or a short label beside the value;
    or one of the ``known`` labels alone, its value left blank."""
    filled = [c for c in row if c]
    if len(filled) == 1 and filled[0].strip().casefold() in known:
        return filled[0].strip(), ""
    if len(filled) >= 2 and folded_label(filled[0]) in known:  # a prompt of every record
        return filled[0].strip().removesuffix(":").strip(), "\n".join(filled[1:])
    if len(filled) == 1:
        first, *rest = filled[0].split("\n")
        found = _label_line(first.strip())
        if found is None:
            return None
        label, value = found
        return label, "\n".join(p for p in (value, *rest) if p.strip())
    first = filled[0].strip()
    label = first.removesuffix(":").strip()
    # a colon marks a label of any length; without one, only a short caption is one
    short = len(label.split()) <= MAX_LABEL_WORDS // 2
    if is_label(label) and (first.endswith(":") or short):
        return label, "\n".join(filled[1:])
    return None


def _is_section(row: list[str], known: frozenset[str] = frozenset(), records: bool = False) -> bool:
    filled = [c for c in row if c]
    if len(filled) != 1:
        return False
    # between records, an item's label and number with its wording heads those under it
    return _label_row(row, known) is None or (records and bool(_NUMBERED_HEADING.match(filled[0])))


def _text(row: list[str]) -> str:
    return "\n".join(c for c in row if c)


def _labels(items: list[_Item]) -> dict[str, str]:
    """Each label once, as first written, in the order met: the columns."""
    labels: dict[str, str] = {}
    for item in items:
        for label, _ in item.fields:
            labels.setdefault(label.casefold(), label)
    return labels


def _as_row(item: _Item, labels: dict[str, str], width: int, records: bool) -> list[str]:
    values: dict[str, list[str]] = {}
    for label, value in item.fields:
        values.setdefault(label.casefold(), []).append(value)
    own = [] if records else [item.ref, item.wording]
    row = [*own, *("\n".join(values.get(key, [])) for key in labels)]
    return row + [item.section] if len(row) < width else row


def _padded(row: list[str], width: int) -> list[str]:
    return (
        (row + [""] * width)[:width]
        if len(row) <= width
        else [*row[: width - 1], _rest(row, width)]
    )


def _rest(row: list[str], width: int) -> str:
    return "\n".join(c for c in row[width - 1 :] if c)


def _how(items: list[_Item], labels: list[str], records: bool, afresh: bool = False) -> str:
    first = items[0]
    named = ", ".join(repr(label) for label in labels)
    sections = len({item.section for item in items if item.section})
    opened = f"records, each opened by {labels[0]!r}"
    items_of = opened if records else f"items ('{first.label} {first.ref}' …)"
    if afresh:
        items_of += ", numbered afresh under each section row"
    parts = [f"form layout: {len(items)} {items_of}"]
    if named:
        parts.append(f"labelled {named}")
    if sections:
        parts.append(f"{sections} section rows")
    return "; ".join(parts)
