"""Our own CSV: one row per action, formula-safe, re-importable exactly."""

from __future__ import annotations

import csv
import io

from importers.own_csv import OWN_CSV_HEADER, plan_rows
from store.docs import ExportDoc


def render(doc: ExportDoc) -> bytes:
    """UTF-8 with a BOM, so Excel opens names and dashes correctly."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(OWN_CSV_HEADER)
    for plan in doc.plans:
        writer.writerows(plan_rows(plan))
    return out.getvalue().encode("utf-8-sig")
