"""Typed rows → a PlanDoc: recommendations, actions, people, deadlines, updates.

Every non-empty cell ends up somewhere in the document: mapped fields,
``fields`` (extra columns, banners, labelled rows), the plan's notes, or
"(as written)" copies where a cell was interpreted (people cells).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from importers import layout, people
from importers.dates import parse_deadline, status_hint
from importers.layout import Line
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from store.models import Status

STATUS_WORDS: dict[str, Status] = {
    "complete": "done",
    "completed": "done",
    "done": "done",
    "closed": "done",
    "achieved": "done",
    "met": "done",
    "in progress": "in_progress",
    "on track": "in_progress",
    "ongoing": "in_progress",
    "on-going": "in_progress",
    "started": "in_progress",
    "underway": "in_progress",
    "blocked": "blocked",
    "on hold": "blocked",
    "stalled": "blocked",
    "not started": "not_started",
    "not yet started": "not_started",
    "planned": "not_started",
    "open": "not_started",
    "dropped": "dropped",
    "cancelled": "dropped",
    "withdrawn": "dropped",
    "superseded": "dropped",
}
RAG_WORDS = {
    "r": "red",
    "red": "red",
    "a": "amber",
    "amber": "amber",
    "g": "green",
    "green": "green",
    "ag": "amber",
    "ra": "red",
}
DONE_RAG = {"b", "blue", "complete", "completed"}
Progress = Callable[[int, int], None]


@dataclass
class _Rec:
    ref: str | None
    text: str
    fields: dict[str, str] = field(default_factory=dict)
    actions: list[dict[str, object]] = field(default_factory=list)
    from_banner: bool = False


@dataclass
class Context:
    """What the build needs to know about the file and the user's options."""

    source: str
    columns: dict[int, str]
    today: dt.date
    aliases: dict[str, str]
    warnings: list[str] = field(default_factory=list)
    spelling: dict[str, str] = field(default_factory=dict)
    column_of: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for col, kind in sorted(self.columns.items(), reverse=True):
            self.column_of[kind] = col  # the leftmost column of each kind wins


def grouping_columns(lines: list[Line], columns: dict[int, str]) -> dict[int, str]:
    """Columns written once per group (merged cells): "group" or "ref" level.

    A column whose values appear only on rows that start a recommendation
    belongs to the group; only on rows that start a numbered item, to that
    item. Updates are never spread: one note is not several actions' news.
    """
    data = [line for line in lines if line.kind == "data"]
    starts = {kind: _starts(data, columns, kind) for kind in ("recommendation", "ref")}
    fill: dict[int, str] = {}
    width = max((len(line.cells) for line in data), default=0)
    for col in range(width):
        if columns.get(col) in ("recommendation", "recommendation_ref", "action", "update"):
            continue
        rows = [i for i, line in enumerate(data) if line.cells[col]]
        for kind, level in (("recommendation", "group"), ("ref", "ref")):
            flags = starts[kind]
            if flags and len(rows) >= 2 and not all(flags) and all(flags[i] for i in rows):
                fill[col] = level
                break
    return fill


def _starts(data: list[Line], columns: dict[int, str], kind: str) -> list[bool]:
    col = next((c for c, k in columns.items() if k == kind), None)
    return [bool(line.cells[col]) for line in data] if col is not None else []


class Builder:
    """Walks the typed rows once, keeping the recommendation and themes in force."""

    def __init__(self, ctx: Context, fill: dict[int, str]) -> None:
        self.ctx = ctx
        self.fill = fill  # column → "group" or "ref": blanks continue the value above
        self.recs: list[_Rec] = []
        self.themes: dict[str, str] = {}
        self.pending_label: str | None = None
        self.carried: dict[int, str] = {}
        self.rec_raw: str | None = None
        self.names_in: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {}

    def seed_themes(self, title_rows: list[str]) -> None:
        """Title rows of "Label: value" form are themes too, like the same banners later."""
        for text in title_rows:
            pair = layout.label_value(text)
            if pair is not None:
                self.themes[pair[0]] = pair[1]

    # ------------------------------------------------------------ banners
    def banner(self, line: Line) -> None:
        text = line.text
        ref, rest = layout.split_rec_heading(text)
        if ref is not None and len(text) < 200:
            self._new_rec(_Rec(ref=ref, text="", fields={"Heading": text}, from_banner=True))
            self.carried.clear()
        elif self.pending_label:
            self._put(self.pending_label, text)
            self.pending_label = None
        elif layout.is_label(text):
            self.pending_label = text.rstrip(":").strip()
        elif self._current_banner_rec_without_text():
            self.recs[-1].text = text
        elif (pair := layout.label_value(text)) is not None:
            self.themes[pair[0]] = pair[1]
            self.carried.clear()
        else:
            self.themes["Section"] = text
            self.carried.clear()

    def _current_banner_rec_without_text(self) -> bool:
        return (
            bool(self.recs)
            and self.recs[-1].from_banner
            and not self.recs[-1].text
            and not self.recs[-1].actions
        )

    def _put(self, label: str, value: str) -> None:
        rec = self.recs[-1] if self.recs else None
        if rec is not None and rec.from_banner and not rec.actions:
            rec.fields[label] = value
        else:
            self.themes[label] = value

    def _new_rec(self, rec: _Rec) -> None:
        self.recs.append(rec)
        self.pending_label = None

    # ---------------------------------------------------------- data rows
    def data(self, line: Line) -> None:
        starts_rec = bool(self._cell(line.cells, "recommendation"))
        cells = self._filled(line, starts_rec)
        self._choose_rec(
            self._cell(cells, "recommendation"), self._cell(cells, "recommendation_ref")
        )
        rec = self.recs[-1]
        rec.actions.append(self._action(line, cells, rec, starts_rec))

    def _filled(self, line: Line, starts_rec: bool) -> list[str]:
        """Row cells with grouping columns continued from above (merged cells)."""
        cells = list(line.cells)
        starts_ref = bool(self._cell(cells, "ref"))
        if starts_rec or starts_ref:
            levels = ("group", "ref") if starts_rec else ("ref",)
            self.carried = {c: v for c, v in self.carried.items() if self.fill.get(c) not in levels}
        for col, level in self.fill.items():
            if cells[col]:
                self.carried[col] = cells[col]
            elif level != "ref" or not starts_ref:
                cells[col] = self.carried.get(col, "")
        return cells

    def _choose_rec(self, rec_cell: str, rec_ref_cell: str) -> None:
        if rec_cell and rec_cell != self.rec_raw:
            self.rec_raw = rec_cell
            ref, text = layout.split_rec_heading(rec_cell)
            if ref is None:
                ref, text = layout.split_number(rec_cell)
            self._new_rec(_Rec(ref=rec_ref_cell or ref, text=text))
        elif not self.recs:
            self._new_rec(_Rec(ref=rec_ref_cell or None, text=""))

    def _action(
        self, line: Line, cells: list[str], rec: _Rec, starts_rec: bool
    ) -> dict[str, object]:
        n = line.number
        text = self._cell(cells, "action")
        ref_cell = self._cell(cells, "ref")
        number, text = layout.split_number(text) if text else (None, text)
        if not text:
            text = rec.text if self._col("action") is None or starts_rec else ""
        fields = dict(self.themes)
        if not text:
            text = self._fallback_text(cells) or f"(row {n})"
            self.ctx.warnings.append(f"row {n}: no action text; used {text[:40]!r}")
        action: dict[str, object] = {
            "text": text,
            "ref": ref_cell or number,
            "row": n,
            "fields": fields,
            "updates": [],
        }
        self._people(action, cells, line)
        self._deadline(action, cells, n)
        self._status_and_rag(action, cells, n)
        self._updates(action, cells, line)
        self._extras(action, cells, line)
        return action

    def _fallback_text(self, cells: list[str]) -> str:
        for col, value in enumerate(cells):
            if value and self.ctx.columns.get(col) in (None, "measure", "update"):
                return value
        return ""

    def _people(self, action: dict[str, object], cells: list[str], line: Line) -> None:
        for role in ("lead", "responsible"):
            col = self._col(role)
            cell = cells[col] if col is not None else ""
            names, unknown, reworded = self._names(cell)
            for initials in unknown:
                self.ctx.warnings.append(
                    f"row {line.number}: {role} {initials!r} is not a known name"
                )
            action["leads" if role == "lead" else "responsible"] = list(names)
            if reworded and col is not None:
                _keep(action, f"{line.headers[col] or role} (as written)", cell)

    def _names(self, cell: str) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
        """The people a cell names, initials no alias explains, and whether that rewords it.

        Kept per cell: a plan names the same few people on most rows, and the
        first spelling met is the one used for the rest of the plan anyway.
        """
        found = self.names_in.get(cell)
        if found is None:
            names = people.split_names(cell) if cell else ()
            resolved, unknown = people.resolve(names, self.ctx.aliases)
            canonical = tuple(people.canonical(resolved, self.ctx.spelling))
            reworded = bool(cell) and "\n".join(resolved) != cell
            found = self.names_in[cell] = (canonical, tuple(unknown), reworded)
        return found

    def _deadline(self, action: dict[str, object], cells: list[str], n: int) -> None:
        cell = self._cell(cells, "due")
        deadline = parse_deadline(cell, self.ctx.today)
        action.update(due=deadline.due, due_text=cell, due_precision=deadline.precision)
        if cell and deadline.due is None:
            self.ctx.warnings.append(f"row {n}: deadline {cell!r} has no date")

    def _status_and_rag(self, action: dict[str, object], cells: list[str], n: int) -> None:
        status_cell = self._cell(cells, "status")
        status: Status | None = None
        if status_cell:
            status = STATUS_WORDS.get(_words(status_cell)) or status_hint(status_cell)
            if status is None:
                self.ctx.warnings.append(f"row {n}: status {status_cell!r} not understood")
                _keep(action, "Status", status_cell)
        elif self._col("status") is None:
            hints = [status_hint(self._cell(cells, f)) for f in ("due", "update")]
            status = next((h for h in hints if h), None)
        action["status"] = status or "not_started"
        rag_cell = self._cell(cells, "rag")
        word = _words(rag_cell) if rag_cell else ""
        action["rag"] = RAG_WORDS.get(word)
        if rag_cell and action["rag"] is None:
            if word in DONE_RAG:
                action["status"] = "done"
            else:
                self.ctx.warnings.append(f"row {n}: RAG {rag_cell!r} not understood")
            _keep(action, "RAG", rag_cell)

    def _updates(self, action: dict[str, object], cells: list[str], line: Line) -> None:
        for col, kind in self.ctx.columns.items():
            if kind != "update" or not cells[col]:
                continue
            header = line.headers[col] if col < len(line.headers) else ""
            # The header's date, even a future one, is the plan's own; no date stays undated.
            date = parse_deadline(header).due
            action["updates"].append(UpdateDoc(date=date, text=cells[col]))  # type: ignore[attr-defined]

    def _extras(self, action: dict[str, object], cells: list[str], line: Line) -> None:
        for col, value in enumerate(cells):
            kind = self.ctx.columns.get(col)
            if value and kind in (None, "measure", "ignore"):
                header = line.headers[col] if col < len(line.headers) else ""
                _keep(action, header or f"Column {col + 1}", value)

    def _col(self, kind: str) -> int | None:
        return self.ctx.column_of.get(kind)

    def _cell(self, cells: list[str], kind: str) -> str:
        col = self.ctx.column_of.get(kind)  # not _col(): called ~10 times a row
        return cells[col] if col is not None and col < len(cells) else ""

    # -------------------------------------------------------------- finish
    def plan(self, title: str, notes: str) -> PlanDoc:
        recs = [r for r in self.recs if r.actions or r.text or r.fields]
        _number_recs(recs)
        return PlanDoc(title=title, notes=notes, recommendations=[_rec_doc(r) for r in recs])


def _keep(action: dict[str, object], name: str, value: str) -> None:
    """Store a cell under its name, or "name (2)" when another value holds the name."""
    fields = cast(dict[str, str], action["fields"])
    key, n = name, 1
    while fields.get(key, value) != value:
        n += 1
        key = f"{name} ({n})"
    fields[key] = value


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z\-]+", text.lower()))


def _number_recs(recs: list[_Rec]) -> None:
    used = {r.ref for r in recs if r.ref}
    counter = 0
    seen: set[str] = set()
    for rec in recs:
        if not rec.ref or rec.ref in seen:
            counter += 1
            while str(counter) in used:
                counter += 1
            rec.ref = str(counter)
            used.add(rec.ref)
        seen.add(rec.ref)


def _rec_doc(rec: _Rec) -> RecommendationDoc:
    refs: set[str] = set()
    actions = []
    for i, a in enumerate(rec.actions, 1):
        ref = _action_ref(str(rec.ref), a.get("ref"), i)  # type: ignore[arg-type]
        ref = _unique(ref, refs)
        a.pop("row", None)
        actions.append(ActionDoc(**{**a, "ref": ref}))  # type: ignore[arg-type]
    return RecommendationDoc(ref=str(rec.ref), text=rec.text, fields=rec.fields, actions=actions)


def _action_ref(rec_ref: str, own: str | None, position: int) -> str:
    if own and "." in own:
        return own
    if own:
        return f"{rec_ref}.{own}"
    return f"{rec_ref}.{position}"


def _unique(ref: str, used: set[str]) -> str:
    candidate, letter = ref, ord("b")
    while candidate in used:
        candidate = f"{ref}{chr(letter)}"
        letter += 1
    used.add(candidate)
    return candidate
