"""One known plan written in many layouts: every layout must import as that plan.

Hypothesis draws a layout — how recommendations are grouped, where refs are
written, the header wordings, encoding, delimiter, rows above and below the
table — writes the known plan in it, imports it and compares field by field.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers import ImportOptions, load
from tests.conftest import TODAY

D = dt.date


@dataclass(frozen=True)
class Known:
    """One action of the known plan, and the recommendation it answers."""

    rec_ref: str
    rec_text: str
    ref: str
    text: str
    lead: str
    due: dt.date
    status_word: str
    status: str
    rag_word: str
    rag: str
    update: str


PLAN = [
    Known("2", "Improve the quality of supervision", "2.1", "Refresh the supervision policy",
          "Jane Smith", D(2024, 3, 31), "Complete", "done", "G", "green", "Policy agreed"),
    Known("2", "Improve the quality of supervision", "2.2", "Train every team manager",
          "Raj Patel", D(2024, 6, 30), "In progress", "in_progress", "A", "amber",
          "Cohort 1 trained"),
    Known("3", "Reduce caseloads in the assessment teams", "3.1", "Recruit six social workers",
          "Amy Jones", D(2024, 9, 30), "Off track", "in_progress", "R", "red",
          "Two posts filled"),
    Known("3", "Reduce caseloads in the assessment teams", "3.2", "Review caseload weighting",
          "Jane Smith", D(2024, 12, 31), "Not started", "not_started", "G", "green", ""),
    Known("5", "Strengthen the voice of children in plans", "5.1", "Launch the feedback app",
          "Tom Hill", D(2025, 1, 31), "On hold", "blocked", "A", "amber", "Supplier delayed"),
]  # fmt: skip

HEADERS = {
    "action": ["Action", "What we will do", "Actions required", "Agreed action"],
    "lead": ["Lead", "Lead officer", "Owner", "Accountable officer"],
    "due": ["Due date", "Deadline", "Target date", "By when"],
    "status": ["Status", "Progress status"],
    "rag": ["RAG", "RAG rating", "BRAG"],
    "update": ["Progress update", "Commentary", "Update"],
}
GROUPINGS = ["banner", "banner_afi", "column_once", "column_every_row", "ref_column_once"]
REF_STYLES = ["leading", "column", "none"]
DUE_STYLES = ["%d/%m/%Y", "%d.%m.%y", "%Y-%m-%d", "%d %B %Y"]


@st.composite
def layouts(draw: st.DrawFn) -> dict[str, object]:
    return {
        "grouping": draw(st.sampled_from(GROUPINGS)),
        "refs": draw(st.sampled_from(REF_STYLES)),
        "headers": {k: draw(st.sampled_from(v)) for k, v in HEADERS.items()},
        "due_style": draw(st.sampled_from(DUE_STYLES)),
        "encoding": draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])),
        "delimiter": draw(st.sampled_from([",", ";", "\t"])),
        "titles": draw(st.integers(0, 2)),
        "notes": draw(st.integers(0, 2)),
    }


def render(layout: dict[str, object]) -> list[list[str]]:
    """The known plan's rows in the drawn layout."""
    grouping, refs = layout["grouping"], layout["refs"]
    headers: dict[str, str] = layout["headers"]  # type: ignore[assignment]
    lead_cols = ["action", "lead", "due", "status", "rag", "update"]
    head = [headers[k] for k in lead_cols]
    if refs == "column":
        head = ["Action ref", *head]
    if grouping in ("column_once", "column_every_row"):
        head = ["Recommendation", *head]
    if grouping == "ref_column_once":
        head = ["Rec no", "Recommendation", *head]
    rows: list[list[str]] = [[f"Title line {i + 1} of the plan"] for i in range(layout["titles"])]  # type: ignore[call-overload]
    rows.append(head)
    last_rec = None
    for k in PLAN:
        first_of_rec = k.rec_ref != last_rec
        last_rec = k.rec_ref
        if first_of_rec and grouping == "banner":
            rows.append([f"Recommendation {k.rec_ref}: {k.rec_text}"])
        if first_of_rec and grouping == "banner_afi":
            rows.append([f"Area for improvement {k.rec_ref}: {k.rec_text}"])
        text = f"{k.ref} {k.text}" if refs == "leading" else k.text
        due = k.due.strftime(layout["due_style"])  # type: ignore[arg-type]
        row = [text, k.lead, due, k.status_word, k.rag_word, k.update]
        if refs == "column":
            row = [k.ref, *row]
        if grouping == "column_once":
            row = [f"{k.rec_ref}. {k.rec_text}" if first_of_rec else "", *row]
        if grouping == "column_every_row":
            row = [f"{k.rec_ref}. {k.rec_text}", *row]
        if grouping == "ref_column_once":
            row = [k.rec_ref if first_of_rec else "", k.rec_text if first_of_rec else "", *row]
        rows.append(row)
    notes = ["Key: R = off track, A = at risk, G = on track", "Last updated: 31 January 2024"]
    rows += [[note] for note in notes[: layout["notes"]]]  # type: ignore[misc]
    return rows


def write(tmp_path: Path, rows: list[list[str]], layout: dict[str, object]) -> Path:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=str(layout["delimiter"]), lineterminator="\r\n").writerows(rows)
    path = tmp_path / "plan.csv"
    path.write_bytes(out.getvalue().encode(str(layout["encoding"])))
    return path


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(layout=layouts())
def test_every_layout_of_the_known_plan_imports_as_that_plan(
    tmp_path: Path, layout: dict[str, object]
) -> None:
    path = write(tmp_path, render(layout), layout)
    (plan,) = load(path, ImportOptions(today=TODAY)).plans
    recs = plan.recommendations
    assert [r.ref for r in recs] == ["2", "3", "5"], layout
    assert [r.text for r in recs] == [PLAN[0].rec_text, PLAN[2].rec_text, PLAN[4].rec_text]
    got = [(r.ref, a) for r in recs for a in r.actions]
    assert len(got) == len(PLAN), layout
    for (rec_ref, a), k in zip(got, PLAN, strict=True):
        assert (rec_ref, a.ref, a.text) == (k.rec_ref, k.ref, k.text), layout
        assert (a.leads, a.due) == ([k.lead], k.due), layout
        assert (a.status, a.rag) == (k.status, k.rag), (layout, a.fields)
        assert [u.text for u in a.updates] == ([k.update] if k.update else []), layout
        # the wording as written is kept beside its meaning
        assert k.status_word in a.fields.values() and k.rag_word in a.fields.values()
    notes = ["Key: R = off track", "Last updated"][: layout["notes"]]  # type: ignore[misc]
    assert all(n in plan.notes for n in notes), plan.notes
