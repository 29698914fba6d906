"""Shaping a plan: moving actions between and within recommendations, renumbering refs.

An action's place is one recorded field ("place": its recommendation and its
position there), so a move is undone by the same code that made it, and the
action keeps its id, ref, updates and history. Refs change only on request
(``renumber_plan``), in one recorded edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import count

from store.apply import change, read_field
from store.core import Writer
from store.errors import InvalidValueError, NotFoundError


@dataclass(frozen=True)
class Renumbering:
    """One ref a renumbering would change."""

    action_id: int
    old: str
    new: str


def move_to(writer: Writer, action_id: int, rec_id: int) -> bool:
    """Put a live action last in recommendation ``rec_id`` of its own plan."""
    plan_id, current = _action_place(writer, action_id)
    if current == rec_id:
        return False
    row = writer.execute(
        "SELECT plan_id FROM recommendations WHERE id = ? AND archived = 0", (rec_id,)
    ).fetchone()
    if row is None or int(row[0]) != plan_id:
        raise InvalidValueError("recommendation: not one of this action's plan")
    (top,) = writer.execute(
        "SELECT coalesce(max(position), -1) FROM actions WHERE recommendation_id = ?", (rec_id,)
    ).fetchone()
    return change(
        writer, "action", action_id, "place", {"recommendation_id": rec_id, "position": top + 1}
    )


def shift(writer: Writer, action_id: int, step: int) -> int | None:
    """Swap a live action with its live neighbour ``step`` places away (-1 up, +1 down)
    in its recommendation; the neighbour's id, or None at either end."""
    _, rec_id = _action_place(writer, action_id)
    order = [int(r[0]) for r in writer.execute(_LIVE_IN_REC, (rec_id,))]
    at = order.index(action_id)
    if not 0 <= at + step < len(order):
        return None
    other = order[at + step]
    mine = read_field(writer, "action", action_id, "place")
    theirs = read_field(writer, "action", other, "place")
    if mine["position"] == theirs["position"]:  # equal positions cannot be swapped
        theirs = {**theirs, "position": theirs["position"] + step}
    change(writer, "action", action_id, "place", theirs)
    change(writer, "action", other, "place", mine)
    return other


def renumbering(writer: Writer, plan_id: int, rec_id: int | None) -> list[Renumbering]:
    """The refs that renumbering a recommendation (or, with None, the whole plan) would
    change: "<rec ref>.1", "<rec ref>.2" … in the current order, passing over a ref an
    archived action of the plan holds (undoing its removal brings it back with that
    ref). Refused when a new ref would duplicate one a live action outside the
    renumbered part holds."""
    recs = writer.execute(
        "SELECT id, ref FROM recommendations WHERE plan_id = ? AND archived = 0"
        " ORDER BY position, id",
        (plan_id,),
    ).fetchall()
    archived = {
        str(ref)
        for (ref,) in writer.execute(
            "SELECT ref FROM actions WHERE plan_id = ? AND archived = 1", (plan_id,)
        )
    }
    planned: list[Renumbering] = []
    for index, (rid, ref) in enumerate(recs):
        if rec_id is None or rid == rec_id:
            prefix = str(ref).strip() or str(index + 1)
            planned += _renumber_rec(writer, int(rid), prefix, archived)
    _refuse_duplicates(writer, plan_id, rec_id, planned)
    return [r for r in planned if r.old != r.new]


def renumber(writer: Writer, plan_id: int, rec_id: int | None) -> list[Renumbering]:
    """Apply ``renumbering``: every changed ref in this one recorded edit."""
    changes = renumbering(writer, plan_id, rec_id)
    for r in changes:
        change(writer, "action", r.action_id, "ref", r.new)
    return changes


_LIVE_IN_REC = (
    "SELECT id, ref FROM actions WHERE recommendation_id = ? AND archived = 0 ORDER BY position, id"
)


def _renumber_rec(writer: Writer, rec_id: int, prefix: str, taken: set[str]) -> list[Renumbering]:
    """ "<prefix>.1", "<prefix>.2" … for the live actions in order, none in ``taken``."""
    rows = writer.execute(_LIVE_IN_REC, (rec_id,)).fetchall()
    free = (ref for n in count(1) if (ref := f"{prefix}.{n}") not in taken)
    return [Renumbering(int(i), str(old), next(free)) for i, old in rows]


def _refuse_duplicates(
    writer: Writer, plan_id: int, rec_id: int | None, planned: list[Renumbering]
) -> None:
    if rec_id is None:
        return  # every live action of the plan is renumbered: refs are distinct by design
    new = {r.new for r in planned}
    clash = writer.execute(
        "SELECT a.ref, r.ref FROM actions a JOIN recommendations r ON r.id = a.recommendation_id"
        " WHERE a.plan_id = ? AND a.archived = 0 AND a.recommendation_id != ?"
        " ORDER BY a.rec_position, a.position",
        (plan_id, rec_id),
    ).fetchall()
    for ref, rec_ref in clash:
        if ref in new:
            raise InvalidValueError(
                f"ref {ref}: an action in recommendation {rec_ref} has it already;"
                " renumber the whole plan instead"
            )


def _action_place(writer: Writer, action_id: int) -> tuple[int, int]:
    row = writer.execute(
        "SELECT plan_id, recommendation_id FROM actions WHERE id = ? AND archived = 0",
        (action_id,),
    ).fetchone()
    if row is None:
        raise NotFoundError(f"no live action with id {action_id}")
    return int(row[0]), int(row[1])
