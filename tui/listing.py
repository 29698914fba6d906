"""What the action list draws, read from the store: no Textual here.

Kept apart from the main screen so that start-up can read the first list on
a thread while Textual itself is still being imported (``tui.open_app``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

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
    stays_out: int | None = None  # shown though the filters no longer match it
    leads_column: bool = True  # False: the list is one person's, every action led by them
    # the list is one person's, some of it as responsible officer: a Responsible column
    # shows them there (with the leads alone they were nowhere in their own list)
    responsible_column: bool = False


Stays = tuple[int, int]  # an action kept in view after an edit, and its place in the list

SCREEN_ROWS = 60  # the list's height when it is not known yet (start-up): a tall terminal
MARGIN = 10  # rows read either side of the screen: the first step off it finds its row


def screen_window(count: int, at: int, height: int) -> tuple[int, int]:
    """The rows on screen (first, past the last) when a list of ``count`` rows shows
    row ``at`` centred, as ``ActionList.show`` does, the scroll stopping at both ends."""
    top = max(0, min(at - height // 2, count - height))
    return top, top + height


def read_listing(
    store: Store,
    query: ActionQuery,
    keep: int | None = None,
    stays: Stays | None = None,
    height: int = SCREEN_ROWS,
) -> Listing:
    """The list for ``query``, with the rows the screen (``height`` rows) shows around
    ``keep`` (or the top): read with the list, none of them waits as "…" for a second
    read. ``stays``, an action just edited, is kept at its place though it no longer
    matches (re-dated off "overdue only": a meeting then sets its RAG without finding
    it again)."""
    with store.reading():  # one hold of the lock: the list first, then the rest
        index = store.action_index(query)
        ids, out = _with_stays(store, index.ids, stays)
        top, end = screen_window(len(ids), position(ids, keep), height)
        rows = store.actions_by_ids(ids[max(0, top - MARGIN) : end + MARGIN])
        ref_width = store.longest_ref(query.plan_id) if query.plan_id is not None else 9
        leads_column = _leads_differ(store, query, index.count)
    responsible_column = query.person is not None and leads_column
    return Listing(ids, index.overdue, rows, keep, ref_width, out, leads_column, responsible_column)


def _leads_differ(store: Store, query: ActionQuery, count: int) -> bool:
    """Does the list name leads other than the person it is filtered to? It is filtered
    to a person in any role: the actions they are responsible officer for are led by
    someone else, whom the Lead column names (hidden, it left the user asking who)."""
    if query.person is None:
        return True
    led = store.action_index(replace(query, person=None, lead=query.person))
    return led.count != count


def _with_stays(store: Store, ids: list[int], stays: Stays | None) -> tuple[list[int], int | None]:
    """``ids`` with the kept action put back at its place, unless it matches anyway or
    is gone (archived, or its adding undone)."""
    if stays is None or stays[0] in ids:
        return ids, None
    action_id, at = stays
    row = store.actions_by_ids([action_id])
    if not row or row[0].archived:
        return ids, None
    return [*ids[:at], action_id, *ids[at:]], action_id


def position(ids: list[int], action_id: int | None) -> int:
    """Where ``action_id`` is in ``ids`` (the top when absent): one scan of the list."""
    try:
        return ids.index(action_id) if action_id is not None else 0
    except ValueError:
        return 0
