"""Small helpers the importer tests share (beside `write`, `plan_of` and `actions` in
test_import_rules)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from store.docs import ActionDoc
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
