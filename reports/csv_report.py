"""Our own CSV: one row per action, formula-safe, re-importable exactly.

Two columns after our importer's own: none is needed to import the file again, and
a file with them still reads as ours (the importer reads the header's start)."""

from __future__ import annotations

import csv
import io

from importers.own_csv import OWN_CSV_HEADER, neutralize, plan_rows
from reports.dated import first_deadline
from store.docs import ActionDoc, ExportDoc, PlanDoc
from store.text import unified

# "not in dec.xlsx imported 2 Dec 2026", as the XLSX's column: an action the plan's
# latest file no longer lists, kept and marked (the CSV keeps every field).
MISSING_COLUMN = "Not in latest file"


def render(doc: ExportDoc) -> bytes:
    """UTF-8 with a BOM, so Excel opens names and dashes correctly. A line break pasted
    from Word (a vertical tab) is written as the line break it is (``unified``); other
    characters stay exactly as stored, as the CSV is read back exactly."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow((*OWN_CSV_HEADER, MISSING_COLUMN))
    for plan in doc.plans:
        actions = [a for rec in plan.recommendations for a in rec.actions]
        for row, action in zip(plan_rows(_baselined(plan)), actions, strict=True):
            cells = [*row, neutralize(action.missing_from or "")]
            writer.writerow([unified(cell) for cell in cells])
    return out.getvalue().encode("utf-8-sig")


def _baselined(plan: PlanDoc) -> PlanDoc:
    """The plan with every dated action's "Original due" filled (``first_deadline``)."""
    recs = [
        rec.model_copy(update={"actions": [_with_original(a) for a in rec.actions]})
        for rec in plan.recommendations
    ]
    return plan.model_copy(update={"recommendations": recs})


def _with_original(action: ActionDoc) -> ActionDoc:
    first = first_deadline(action.original_due, action.due)
    return action.model_copy(update={"original_due": first})
