"""What the action list draws, read from the store: no Textual here.

Kept apart from the main screen so that start-up can read the first list on
a thread while Textual itself is still being imported (``tui.open_app``).
"""

from __future__ import annotations

from dataclasses import dataclass

from store import Store
from store.models import ActionQuery, ActionRow


@dataclass(frozen=True)
class Listing:
    """What the action list needs to draw: the ordered ids and the rows around ``keep``."""

    ids: list[int]
    overdue: int
    rows: list[ActionRow]
    keep: int | None = None
    ref_width: int = 5


def read_listing(store: Store, query: ActionQuery, keep: int | None = None) -> Listing:
    """The list for ``query``, with a screenful of rows around ``keep`` (or the top)."""
    with store.reading():  # one hold of the lock: the list first, then the rest
        index = store.action_index(query)
        at = position(index.ids, keep)
        rows = store.actions_by_ids(index.ids[max(0, at - 10) : at + 60])
        ref_width = store.longest_ref(query.plan_id) if query.plan_id is not None else 9
    return Listing(index.ids, index.overdue, rows, keep, ref_width)


def position(ids: list[int], action_id: int | None) -> int:
    """Where ``action_id`` is in ``ids`` (the top when absent): one scan of the list."""
    try:
        return ids.index(action_id) if action_id is not None else 0
    except ValueError:
        return 0
