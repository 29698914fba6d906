"""Small helpers the importer tests share (beside `write`, `plan_of` and `actions` in
test_import_rules)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store.docs import ActionDoc, PlanDoc
from tests.importers.test_import_rules import actions, plan_of, write


def updates_of(action: ActionDoc) -> list[tuple[dt.date | None, str]]:
    """An action's updates as (date, text), the form the tests compare."""
    return [(u.date, u.text) for u in action.updates]


def progress_updates(
    tmp_path: Path, cells: list[str]
) -> dict[str, list[tuple[dt.date | None, str]]]:
    """Each cell the "Progress" of an action of its own (refs 1.1, 1.2, …): the updates
    read from each, by ref."""
    rows = [["Ref", "Action", "Lead", "Target date", "Progress"]] + [
        [f"1.{n}", f"Carry out step {n} of the plan.", "Jo Bell", "31/03/2027", cell]
        for n, cell in enumerate(cells, start=1)
    ]
    plan = plan_of(write(tmp_path, rows))
    return {a.ref: updates_of(a) for a in actions(plan)}


def headings_with_owner_and_date(tmp_path: Path, continuation: bool = False) -> PlanDoc:
    """Two areas for improvement whose heading rows carry "Owner: …" and "Target
    date: …" in labelled cells, over action rows with no owner or date column; with
    ``continuation``, a second progress entry on a row of its own under action 1.1."""
    later = [["", "", "12/11/2026 – Model tested on two stations.", ""]] if continuation else []
    rows = [
        ["Ref", "Action", "Progress", "Status"],
        ["AFI 1 – The service should target its prevention work.", "Owner: AM Lisa Ward",
         "Target date: 31/03/2027", ""],
        ["1.1", "Refresh the risk model.", "14/10/2026 – Data sharing agreed.", "In progress"],
        *later,
        ["1.2", "Train all station crews.", "", "Not started"],
        ["AFI 2 – The service should learn from incidents.", "Owner: GM Paul Reid",
         "Target date: 31/01/2027", ""],
        ["2.1", "Introduce a debrief process.", "", "Not started"],
    ]  # fmt: skip
    return plan_of(write(tmp_path, rows, delimiter="\t", name="plan.tsv"))
