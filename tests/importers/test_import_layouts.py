"""One known plan written in many layouts: every layout must import as that plan.

Hypothesis draws a layout (``tests/importers/layouts.py``), writes the known
plan in it, imports it and compares every field of every action with what a
person reads from the file, and checks that no word of any cell is lost. Each
test draws the format and one family of axes (the others stay plain), so a
failure names the family that broke; the last draws them all at once. About
100 examples in all, a few seconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers import ImportOptions, load
from importers.dates import names_only_the_day
from store.docs import ActionDoc, PlanDoc
from tests.conftest import TODAY
from tests.importers import layouts as lay
from tests.importers.corpus import export_tokens, tokens
from tests.importers.layouts import Layout

FORMATS = st.sampled_from(["csv", "xlsx", "docx"])


def few(examples: int) -> Callable[[Any], Any]:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@st.composite
def format_axes(draw: st.DrawFn) -> dict[str, Any]:
    """Format, encoding and delimiter, sheets around the plan's, rows around the table."""
    fmt = draw(FORMATS)
    axes: dict[str, Any] = {"fmt": fmt, "titles": ()}
    if draw(st.booleans()):
        more = st.lists(st.sampled_from(lay.MORE_TITLES), unique=True, max_size=2)
        axes["titles"] = (draw(st.sampled_from(lay.TITLES)), *draw(more))
    axes["notes"] = draw(st.integers(0, 2))
    axes["blank_rows"] = draw(st.booleans())
    axes["repeat_header"] = draw(st.booleans())
    axes["blank_column"] = fmt != "docx" and draw(st.booleans())
    if fmt == "csv":
        axes["encoding"] = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
        axes["delimiter"] = draw(st.sampled_from([",", ";", "\t"]))
    if fmt == "xlsx":
        axes["front_sheet"] = draw(st.sampled_from(["", "Cover", "Summary"]))
        axes["excel_dates"] = draw(st.booleans())
        axes["excel_times"] = axes["excel_dates"] and draw(st.booleans())
    if fmt == "docx":
        axes["word_tables"] = draw(st.sampled_from(["one", "per_rec"]))
    return axes


@st.composite
def grouping_axes(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "grouping": draw(st.sampled_from(lay.GROUPINGS)),
        "wording": draw(st.sampled_from(list(lay.WORDINGS))),
    }


@st.composite
def column_axes(draw: st.DrawFn) -> dict[str, Any]:
    """Refs, extra columns, the order of the columns, the header words."""
    extras = draw(st.lists(st.sampled_from(lay.EXTRAS), unique=True, max_size=4))
    if "Ofsted ref" in extras and "Inspection para" in extras:
        extras.remove("Inspection para")  # one paragraph pointer per plan
    width = 6 + len(extras)
    return {
        "refs": draw(st.sampled_from(lay.REF_STYLES)),
        "extras": tuple(extras),
        "multiline": draw(st.booleans()),
        "order": tuple(draw(st.permutations(range(width)))),
        "headers": tuple((k, draw(st.sampled_from(v))) for k, v in lay.HEADERS.items()),
    }


@st.composite
def people_and_deadline_axes(draw: st.DrawFn) -> dict[str, Any]:
    people = draw(st.sampled_from(lay.PEOPLE_STYLES))
    styles = [
        draw(st.sampled_from([s for s in lay.DUE_STYLES if s != "term" or lay.term_fits(k.due)]))
        for k in lay.PLAN
    ]
    return {
        "people": people,
        "key_row": draw(st.sampled_from(lay.KEY_ROWS)),
        "due_styles": tuple(styles),
        "revised": draw(st.booleans()),
        "two_row_header": draw(st.booleans()),
    }


@st.composite
def status_axes(draw: st.DrawFn) -> dict[str, Any]:
    """Status words, RAG style, a % column, a legend, the update column's header."""
    words = [draw(st.sampled_from(lay.STATUS_WORDS[_meaning(k)])) for k in lay.PLAN]
    status_column = draw(st.booleans())
    rag = draw(st.sampled_from([*lay.RAG_STYLES, "none"]))
    percent = draw(st.sampled_from(["", *lay.PERCENT_STYLES]))
    if not status_column and not percent and rag == "none":
        rag = "letter"  # a plan that states no status at all is not this plan
    return {
        "status_words": tuple(words),
        "status_column": status_column,
        "rag": rag,
        "percent": percent,
        "legend": not status_column and not percent and draw(st.booleans()),
        "update_header": draw(st.sampled_from(list(lay.UPDATE_HEADERS))),
        "dated_paragraphs": draw(st.sampled_from(["", "day", "month"])),
        "monthly": draw(st.booleans()),
    }


def _meaning(k: lay.Known) -> str:
    """The family of words that say the known status (and RAG, for red and amber)."""
    if k.status == "in_progress" and k.rag in ("red", "amber"):
        return k.rag
    return k.status


def layout_of(*families: dict[str, Any]) -> Layout:
    axes: dict[str, Any] = {}
    for family in families:
        axes |= family
    if axes.get("rag") == "fill" and axes.get("fmt") != "xlsx":
        axes["rag"] = "word"  # only a workbook colours its cells
    if axes.get("people") == "initials_key_sheet" and axes.get("fmt") != "xlsx":
        axes["people"] = "initials_key_row"  # only a workbook has a Key sheet
    if axes.get("people") == "lead_and_responsible":
        # Beside "Responsible officer" only a header that names the lead tells which of
        # two people columns is accountable: "Who" or "Owner" could be either.
        headers = dict(axes.get("headers", ()))
        if headers.get("lead") not in (None, *lay.LEAD_HEADERS):
            axes["headers"] = tuple((headers | {"lead": "Lead officer"}).items())
    layout = Layout(**axes)
    if layout.encoding == "cp1252" and not _fits_cp1252(layout):
        layout = replace(layout, encoding="utf-8")  # a cp1252 file cannot hold 🟢 or ✅
    return layout


def _fits_cp1252(layout: Layout) -> bool:
    try:
        lay.csv_bytes(lay.render(layout), layout)
    except UnicodeEncodeError:
        return False
    return True


# --- the oracle ----------------------------------------------------------------------


def action_seen(rec_ref: str, a: ActionDoc) -> dict[str, object]:
    return {
        "rec_ref": rec_ref,
        "ref": a.ref,
        "text": a.text,
        "leads": a.leads,
        "responsible": a.responsible,
        "due": a.due,
        "original_due": a.original_due,
        "status": a.status,
        "rag": a.rag,
        "updates": sorted(((u.date, u.text) for u in a.updates), key=str),
    }


def check(tmp_path: Path, layout: Layout) -> None:
    path, written = lay.write(tmp_path, layout)
    (plan,) = load(path, ImportOptions(today=TODAY)).plans
    want = lay.expected(layout)
    assert plan.title == (layout.titles[0] if layout.titles else path.stem)
    assert [(r.ref, r.text) for r in plan.recommendations] == want.recs
    got = [action_seen(r.ref, a) for r in plan.recommendations for a in r.actions]
    assert got == want.actions
    _wording_kept(plan, layout)
    assert all(note in plan.notes for note in want.notes), plan.notes
    _no_word_lost(plan, written)


def _wording_kept(plan: PlanDoc, layout: Layout) -> None:
    """The status and RAG as written, the deadline wording and every extra column are
    kept beside what they were read as."""
    actions = [a for r in plan.recommendations for a in r.actions]
    for index, (a, k) in enumerate(zip(actions, lay.PLAN, strict=True)):
        kept = set(a.fields.values())
        if layout.status_column:
            assert layout.status_words[index] in kept, a.fields
        if layout.rag != "none":
            assert lay.rag_written(layout, k, index) in kept, a.fields
        for extra in set(layout.extras) - {"Comments"}:
            value = lay.text_of(lay.cell(layout, extra, k, index, True))
            assert value in kept | {""}, (extra, a.fields)
        due = lay.due_cell(layout, k, index)
        if isinstance(due, str):  # as the deadline, or as the baseline beside a revised one
            assert due in {a.due_text, *kept} or _is_the_baseline(due, a), (a.due_text, a.fields)


def _is_the_baseline(due: str, a: ActionDoc) -> bool:
    """A baseline in figures, its year in full ("30/06/2024"), is the action's original
    due itself, no field beside it (docs/import-rules.md, "Deadlines")."""
    figures = re.fullmatch(r"[\d/.\- ]*\d{4}[\d/.\- ]*", due) is not None
    return figures and a.original_due is not None and names_only_the_day(due, a.original_due)


def _no_word_lost(plan: PlanDoc, written: lay.Written) -> None:
    cells = [lay.text_of(c) for row in written.rows for c in row if c != ""]
    lost = set().union(*(tokens(c) for c in cells)) - export_tokens([plan])
    assert not lost, f"words of the file lost on import: {sorted(lost)}"


# --- the tests, one family of axes each ------------------------------------------------


@few(25)
@given(fmt=format_axes(), grouping=grouping_axes())
def test_each_format_and_grouping_imports_as_the_known_plan(
    tmp_path: Path, fmt: dict[str, Any], grouping: dict[str, Any]
) -> None:
    check(tmp_path, layout_of(fmt, grouping))


@few(20)
@given(fmt=format_axes(), columns=column_axes())
def test_refs_extra_columns_and_any_column_order_import_as_the_known_plan(
    tmp_path: Path, fmt: dict[str, Any], columns: dict[str, Any]
) -> None:
    check(tmp_path, layout_of(fmt, columns))


@few(20)
@given(fmt=format_axes(), people=people_and_deadline_axes())
def test_people_and_deadlines_as_written_import_as_the_known_plan(
    tmp_path: Path, fmt: dict[str, Any], people: dict[str, Any]
) -> None:
    check(tmp_path, layout_of(fmt, people))


@few(20)
@given(fmt=format_axes(), status=status_axes())
def test_status_rag_and_update_wordings_import_as_the_known_plan(
    tmp_path: Path, fmt: dict[str, Any], status: dict[str, Any]
) -> None:
    check(tmp_path, layout_of(fmt, status))


@few(15)
@given(
    fmt=format_axes(),
    grouping=grouping_axes(),
    columns=column_axes(),
    people=people_and_deadline_axes(),
    status=status_axes(),
)
def test_every_axis_at_once_imports_as_the_known_plan(
    tmp_path: Path, **families: dict[str, Any]
) -> None:
    check(tmp_path, layout_of(*families.values()))


@pytest.mark.parametrize(
    "axes",
    [
        {},
        {"status_column": False},  # the colours alone: rated, so under way
        {"status_column": False, "legend": True},  # "Green = Complete" rules
        {
            "rag": "fill",
            "status_words": ("Complete", "On track", "Off track", "Not started", "On hold"),
        },  # fmt: skip
        {"grouping": "column_once", "blank_column": True, "two_row_header": True},
    ],
)
def test_a_rag_written_as_cell_colours_imports_as_the_known_plan(
    tmp_path: Path, axes: dict[str, Any]
) -> None:
    """Blank RAG cells coloured by fill (C00000, FFC000, 92D050, and 00B0F0 for complete)."""
    check(tmp_path, layout_of({"fmt": "xlsx", "rag": "fill"}, axes))
