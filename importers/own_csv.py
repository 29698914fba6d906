"""Our own CSV export format: one row per action, lossless, formula-safe.

Readable in a spreadsheet (names joined with "; ", ISO dates) while the
columns that hold structure (updates, extra fields) carry compact JSON, so a
re-import gives back exactly the same plan. A recommendation without actions
has no row and so does not survive the CSV round trip (the JSON export keeps it).
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import ValidationError

from importers.errors import ImportFailure
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, latest_progress

OWN_CSV_HEADER: tuple[str, ...] = (
    "Plan",
    "Recommendation ref",
    "Recommendation",
    "Ref",
    "Action",
    "Leads",
    "Responsible",
    "Due",
    "Due text",
    "Due precision",
    "Status",
    "RAG",
    "Latest update",
    "Latest update date",
    "Updates",
    "Plan notes",
    "Plan fields",
    "Recommendation fields",
    "Fields",
    "Original due",  # last: files written before it existed still read as ours
)
_REQUIRED_HEADER = OWN_CSV_HEADER[:-1]
# What a spreadsheet reads as the start of a formula (the CSV export neutralizes it,
# the Excel ones mark the cell as text with its quote prefix).
FORMULA_STARTS = ("=", "+", "@", "\t", "\r", "-")
NAME_SEPARATOR = "; "


def _is_dangerous(text: str) -> bool:
    if not text.startswith(FORMULA_STARTS):
        return False
    return not (text.startswith("- ") and len(text) > 2)  # a plain bullet is safe


# A value Excel's text marker may stand before ("'12", "'3/2"): the export guards
# any cell of quotes then such a value, so reading never mistakes the user's quote
# for the marker (importers.read._TEXT_MARKER reads the same value).
_MARKED_VALUE = re.compile(r"\d[\d./\-]*")


def _needs_guard(text: str) -> bool:
    """Whether ``neutralize`` prefixes one more quote.

    Decided on the text after its own leading quotes, so a guarded cell's text (the
    cell less its first quote) needs the guard too and ``restore`` can tell them apart.
    """
    bare = text.lstrip("'")
    if _is_dangerous(bare):
        return True
    return bare != text and _MARKED_VALUE.fullmatch(bare) is not None


def neutralize(text: str) -> str:
    """Prefix "'" so a spreadsheet shows the text instead of running it.

    Text that already starts with quotes before something dangerous (or before a
    value Excel's text marker stands before, "'0") gets one more, so ``restore``
    can always take exactly one off.
    """
    return "'" + text if _needs_guard(text) else text


def restore(text: str) -> str:
    """Undo ``neutralize`` exactly: the one quote it added, and nothing else.

    The cell is read as written (``clean(exact=True)`` takes no text marker off), so
    this is the only place a quote comes off.
    """
    return text[1:] if text.startswith("'") and _needs_guard(text[1:]) else text


def plan_rows(doc: PlanDoc) -> list[list[str]]:
    """Data rows (no header) for one plan, every cell neutralised."""
    rows = []
    for rec in doc.recommendations:
        for action in rec.actions:
            rows.append([neutralize(cell) for cell in _row(doc, rec, action)])
    return rows


def _row(doc: PlanDoc, rec: RecommendationDoc, a: ActionDoc) -> list[str]:
    latest = latest_progress(a.updates)  # as the papers show it, never a re-dating's reason
    return [
        doc.title,
        rec.ref,
        rec.text,
        a.ref,
        a.text,
        NAME_SEPARATOR.join(a.leads),
        NAME_SEPARATOR.join(a.responsible),
        a.due.isoformat() if a.due else "",
        a.due_text,
        a.due_precision or "",
        a.status,
        a.rag or "",
        latest.text if latest else "",
        latest.date.isoformat() if latest and latest.date else "",  # blank: undated
        json.dumps([u.model_dump(mode="json") for u in a.updates], ensure_ascii=False),
        doc.notes,
        _json(doc.fields),
        _json(rec.fields),
        _json(a.fields),
        a.original_due.isoformat() if a.original_due else "",
    ]


def _json(fields: dict[str, str]) -> str:
    return json.dumps(fields, ensure_ascii=False) if fields else ""


def is_own_csv(header: list[str]) -> bool:
    """Is this header row ours?"""
    return tuple(c.strip() for c in header[: len(_REQUIRED_HEADER)]) == _REQUIRED_HEADER


def parse_own_csv(rows: list[list[str]], source: str) -> list[PlanDoc]:
    """Plans from our CSV, grouped by plan title then recommendation ref."""
    plans: dict[str, dict[str, Any]] = {}
    for n, raw in enumerate(rows[1:], 2):
        if not any(raw):
            continue
        cells = dict(zip(OWN_CSV_HEADER, (restore(c) for c in raw), strict=False))
        try:
            _add(plans, cells)
        except ValidationError as exc:
            error = exc.errors()[0]
            where = ".".join(str(p) for p in error["loc"])
            raise ImportFailure(f"{source}: row {n}: {where}: {error['msg']}") from None
        except KeyError as exc:  # a row with fewer cells than the header
            column = exc.args[0]
            raise ImportFailure(
                f"{source}: row {n}: no {column} cell (cut short or not ours)"
            ) from None
        except (ValueError, TypeError) as exc:
            raise ImportFailure(f"{source}: row {n}: {exc}") from None
    return [
        PlanDoc.model_validate({**p, "recommendations": list(p["recommendations"].values())})
        for p in plans.values()
    ]


def _add(plans: dict[str, dict[str, Any]], c: dict[str, str]) -> None:
    plan = plans.setdefault(
        c["Plan"],
        {
            "title": c["Plan"],
            "notes": c["Plan notes"],
            "fields": _fields(c, "Plan fields"),
            "recommendations": {},
        },
    )
    rec = plan["recommendations"].setdefault(
        c["Recommendation ref"],
        {
            "ref": c["Recommendation ref"],
            "text": c["Recommendation"],
            "fields": _fields(c, "Recommendation fields"),
            "actions": [],
        },
    )
    rec["actions"].append(
        ActionDoc.model_validate(
            {
                "ref": c["Ref"],
                "text": c["Action"],
                "leads": _names(c["Leads"]),
                "responsible": _names(c["Responsible"]),
                "due": c["Due"] or None,
                "due_text": c["Due text"],
                "due_precision": c["Due precision"] or None,
                "status": c["Status"],
                "rag": c["RAG"] or None,
                "fields": _fields(c, "Fields"),
                "updates": _json_cell(c, "Updates") or [],
                "original_due": c.get("Original due") or None,
            }
        )
    )


def _names(cell: str) -> list[str]:
    return [n for n in cell.split(NAME_SEPARATOR) if n.strip()]


def _json_cell(cells: dict[str, str], column: str) -> Any:
    """The JSON the export wrote in a cell; a cell cut short or edited by hand is
    named in words, not as the JSON parser's "Unterminated string at char 12"."""
    cell = cells[column]
    try:
        return json.loads(cell) if cell else None
    except json.JSONDecodeError:
        raise ValueError(f"the {column} cell is cut short or not ours") from None


def _fields(cells: dict[str, str], column: str) -> dict[str, str]:
    value = _json_cell(cells, column) or {}
    if not isinstance(value, dict):
        raise ValueError("fields must be a JSON object")
    return {str(k): str(v) for k, v in value.items()}
