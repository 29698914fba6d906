"""Where the user was: the plan shown, its filters and the selected action.

Kept per database file in ``places.json`` in the config directory (beside the
import profiles), so that the app reopens where it was left; within a session
the app keeps each plan's place so switching back to a plan finds it as left.
No Textual here.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from store.models import ActionQuery

PLACES_KEPT = 20  # databases remembered: the most recently left
# The filters kept: a typed search is left behind, as its box is.
_KEPT = ("recommendation_id", "person", "overdue", "due_within_days", "sort")


@dataclass(frozen=True)
class Place:
    """A plan's list as left: its query (with the plan) and the action selected."""

    query: ActionQuery
    action_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The place as JSON values."""
        q = self.query
        kept = {name: getattr(q, name) for name in _KEPT}
        statuses, rags = sorted(q.statuses), sorted(q.rags)
        return {"plan_id": q.plan_id, "action_id": self.action_id, "statuses": statuses,
                "rags": rags, **kept}  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Place:
        """The place written by ``to_json`` (KeyError/TypeError/ValueError if not one)."""
        kept = {name: data[name] for name in _KEPT}
        query = ActionQuery(
            plan_id=int(data["plan_id"]),
            statuses=frozenset(data["statuses"]),
            rags=frozenset(data["rags"]),
            **kept,
        )
        action_id = data["action_id"]
        return cls(query, int(action_id) if action_id is not None else None)


def in_session(place: Place) -> Place:
    """The place without the typed search (a box the new screen does not open)."""
    return replace(place, query=replace(place.query, text=""))


def places_path() -> Path:
    """``places.json`` in the user's config directory (``ACTIONPLAN_CONFIG_DIR``)."""
    from store.opening import config_dir

    return config_dir() / "places.json"


def _key(db_path: Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def _read_all() -> dict[str, Any]:
    try:
        data = json.loads(places_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none kept yet, or unreadable: start at the first plan
    return data if isinstance(data, dict) else {}


def load_place(db_path: Path) -> Place | None:
    """Where the user left ``db_path`` (None: never left, or not readable)."""
    data = _read_all().get(_key(db_path))
    try:
        return Place.from_json(data) if isinstance(data, dict) else None
    except (KeyError, TypeError, ValueError):
        return None


def save_place(db_path: Path, place: Place) -> None:
    """Remember ``place`` for ``db_path`` (best effort: a failure only loses the place)."""
    from store.opening import make_private_dirs

    places = _read_all()
    key = _key(db_path)
    places.pop(key, None)
    places[key] = place.to_json()  # the newest last; the JSON keeps no typed search
    path = places_path()
    try:
        make_private_dirs(path.parent)  # lead names: owner-only, as the profiles
        scratch = path.with_suffix(".json.tmp")
        kept = dict(list(places.items())[-PLACES_KEPT:])
        fd = os.open(scratch, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(json.dumps(kept, indent=1) + "\n")
        scratch.replace(path)  # a crash leaves the old places or the new, never half
    except OSError:
        pass
