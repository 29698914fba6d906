"""Setting one field of one entity: shared by edits, imports, undo and redo.

Keeping a single setter per field is what makes undo exact: undo replays the
recorded ``before`` value through the same code that wrote ``after``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from typing import Any

from store.clock import now_iso
from store.core import Writer
from store.errors import InvalidValueError, NotFoundError

_TABLES = {
    "plan": "plans",
    "recommendation": "recommendations",
    "action": "actions",
    "reply": "chase_replies",  # a lead's reply row: undo archives it, so it can come again
}
_SIMPLE = {
    "plan": {"title", "notes", "archived"},
    "recommendation": {"ref", "text", "archived"},
    "action": {"ref", "text", "status", "rag", "archived", "original_due", "missing_from"},
    "update": {"text", "archived"},
    "reply": {"archived"},
}
_SPACES = re.compile(r"\s+")


def person_key(name: str) -> str:
    """The identity of a name: case and spacing do not make a new person."""
    return _SPACES.sub(" ", name).strip().casefold()


def clean_name(name: str) -> str:
    """A name as stored: inner whitespace collapsed."""
    return _SPACES.sub(" ", name).strip()


def find_person(db: Writer | sqlite3.Connection, name: str) -> tuple[int, str] | None:
    """(id, name as stored) of the person ``name`` or an alias means, if known."""
    key = person_key(name)
    row = db.execute(
        "SELECT id, name FROM people WHERE key = ? UNION ALL SELECT p.id, p.name"
        " FROM person_aliases a JOIN people p ON p.id = a.person_id WHERE a.alias_key = ?",
        (key, key),
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


# "Chief Executive (Helen Ward)": a post, its holder's name in brackets at the end
_POST_HOLDER = re.compile(r"^[^()]+\(([^()]+)\)$")


def post_holder(name: str) -> str | None:
    """The holder of a lead written as a post with their name in brackets ("Chief
    Executive (Helen Ward)" → "Helen Ward"), else None."""
    found = _POST_HOLDER.match(clean_name(name))
    return clean_name(found.group(1)) if found else None


def same_person(name: str, other: str) -> bool:
    """Do two names as written mean one person: the same name (any case or spacing),
    or a post and its holder by name ("Chief Executive (Helen Ward)", "Helen Ward")?"""

    def person(n: str) -> str:
        return person_key(post_holder(n) or n)

    return person_key(name) == person_key(other) or person(name) == person(other)


def same_person_ids(db: Writer | sqlite3.Connection, name: str) -> list[int]:
    """Everyone ``name`` means: the person it (or an alias) names, and each lead
    written as a post held by that person, either way round: "Helen Ward" is also
    "Chief Executive (Helen Ward)" in another plan, and the post is her too. The one
    person-matching rule of list, chase and the person filter."""
    found = find_person(db, name)
    named = found[1] if found else name
    holder = post_holder(named)
    keys = {person_key(named)} | ({person_key(holder)} if holder else set())
    ids = [found[0]] if found else []
    # the few people written with brackets, read here: a post's holder is in its name
    rows = db.execute("SELECT id, key FROM people WHERE key LIKE '%)'").fetchall()
    if holder:
        rows += db.execute(
            "SELECT id, key FROM people WHERE key = ?", (person_key(holder),)
        ).fetchall()
    for person_id, key in rows:
        held = post_holder(str(key)) or str(key)
        if person_key(held) in keys and int(person_id) not in ids:
            ids.append(int(person_id))
    return ids


def match_lead(leads: Iterable[str], given: str, who: str = "lead with open actions") -> str:
    """The lead ``given`` names: the whole name or a start of one name only (any case,
    either apostrophe), else one name only holding it from the start of a word: a surname
    ("O’Neill" for "Head of Finance (J. O’Neill)").

    The one reading of a name typed to pick a person (``chase --lead``, ``list --lead``,
    the chase dialog); ``who`` says whom the names are of, for the refusal."""
    names = list(leads)
    wanted = _folded(given)
    exact = [n for n in names if _folded(n) == wanted]
    fits = exact or [n for n in names if _folded(n).startswith(wanted)]
    word = re.compile(r"(?<![\w'’])" + re.escape(wanted)) if wanted else None
    fits = fits or [n for n in names if word and word.search(_folded(n))]
    if len(fits) == 1:
        return fits[0]
    if not fits:
        known = ", ".join(names) or "none"
        raise NotFoundError(f"lead: no {who} is called {given!r} ({known})")
    raise InvalidValueError(f"lead: {given!r} fits several leads: {', '.join(fits)}")


def _folded(name: str) -> str:
    """A name as typed and as stored compared alike: spacing, case and the apostrophe
    ("O'Neill" typed for "O’Neill") make no difference."""
    return " ".join(name.split()).casefold().replace("’", "'")


def ensure_person(writer: Writer, name: str) -> int:
    """The id of the person called ``name``, creating them if new."""
    found = find_person(writer, name)
    if found:
        return found[0]
    cur = writer.execute(
        "INSERT INTO people (name, key) VALUES (?, ?)", (clean_name(name), person_key(name))
    )
    return int(cur.lastrowid or 0)


def revive_archived_plan(writer: Writer, title: str) -> int | None:
    """Bring back an archived (undone or removed) plan holding ``title``, if any.

    Titles are unique in the file, archived plans included, so a plan whose
    import was undone would otherwise block importing it again, forever.
    Reviving keeps its id and history; its old rows stay archived, and the
    revival is one more recorded change that undo takes back.
    """
    row = writer.execute(
        "SELECT id FROM plans WHERE title = ? AND archived = 1", (title,)
    ).fetchone()
    if row is None:
        return None
    change(writer, "plan", int(row[0]), "archived", False)
    return int(row[0])


def read_field(writer: Writer, entity: str, entity_id: int, field: str) -> Any:
    """The current value of a field, in the form history stores it."""
    if entity == "action" and field in ("leads", "responsible"):
        return action_people(writer, entity_id, "lead" if field == "leads" else "responsible")
    if entity == "action" and field == "due":
        row = writer.execute(
            "SELECT due, due_text, due_precision FROM actions WHERE id = ?", (entity_id,)
        ).fetchone()
        return {"due": row[0], "due_text": row[1], "due_precision": row[2]}
    if entity == "action" and field == "place":
        row = writer.execute(
            "SELECT recommendation_id, position FROM actions WHERE id = ?", (entity_id,)
        ).fetchone()
        return {"recommendation_id": row[0], "position": row[1]}
    table = _table(entity)
    row = writer.execute(f"SELECT {field} FROM {table} WHERE id = ?", (entity_id,)).fetchone()
    if row is None:
        raise InvalidValueError(f"{entity} {entity_id} does not exist")
    value = row[0]
    if field == "fields":
        return json.loads(value)
    if field == "archived":
        return bool(value)
    return value


def action_people(writer: Writer, action_id: int, role: str) -> list[str]:
    """Names in one role of an action, in their written order."""
    rows = writer.execute(
        "SELECT p.name FROM action_people ap JOIN people p ON p.id = ap.person_id"
        " WHERE ap.action_id = ? AND ap.role = ? ORDER BY ap.position",
        (action_id, role),
    ).fetchall()
    return [r[0] for r in rows]


def write_field(writer: Writer, entity: str, entity_id: int, field: str, value: Any) -> None:
    """Store ``value`` without recording it (callers record)."""
    if entity == "action" and field in ("leads", "responsible"):
        _write_people(writer, entity_id, "lead" if field == "leads" else "responsible", value)
    elif entity == "action" and field == "due":
        writer.execute(
            "UPDATE actions SET due = ?, due_text = ?, due_precision = ? WHERE id = ?",
            (value["due"], value["due_text"], value["due_precision"], entity_id),
        )
    elif entity == "action" and field == "place":
        _write_place(writer, entity_id, value)
    elif field == "fields":
        _write_column(writer, entity, entity_id, "fields", json.dumps(value, ensure_ascii=False))
    elif field in _SIMPLE.get(entity, set()):
        _write_column(writer, entity, entity_id, field, value)
    else:
        raise InvalidValueError(f"{entity} has no field {field!r}")
    _touch(writer, entity, entity_id)


def write_archived_run(writer: Writer, entity: str, first: int, last: int, archived: bool) -> None:
    """Archive (or bring back) the rows ``first``..``last`` an import created, as
    ``write_field`` would one by one (``archived``, ``updated_at``, derived data)."""
    table = _table(entity)
    writer.execute(
        f"UPDATE {table} SET archived = ?, updated_at = ? WHERE id BETWEEN ? AND ?",
        (int(archived), now_iso(), first, last),
    )
    if entity == "action":
        writer.touched_actions.update(range(first, last + 1))
    elif entity == "recommendation":
        ids = writer.execute(
            "SELECT id FROM actions WHERE recommendation_id BETWEEN ? AND ?", (first, last)
        ).fetchall()
        writer.touched_actions.update(int(r[0]) for r in ids)


def canonical_names(writer: Writer, names: list[str]) -> list[str]:
    """Names as the people table spells them, so "bill  basra" is "Bill Basra"."""
    out: list[str] = []
    for name in names:
        found = find_person(writer, name)
        spelled = found[1] if found else clean_name(name)
        if spelled and spelled not in out:
            out.append(spelled)
    return out


def change(writer: Writer, entity: str, entity_id: int, field: str, after: Any) -> bool:
    """Apply and record a change; returns False when nothing differs."""
    if entity == "action" and field in ("leads", "responsible"):
        after = canonical_names(writer, after)
    before = read_field(writer, entity, entity_id, field)
    if before == after:
        return False
    write_field(writer, entity, entity_id, field, after)
    writer.record(entity, entity_id, field, before, after)
    if entity == "action" and field == "due" and after.get("due"):
        _keep_baseline(writer, entity_id, after["due"])
    return True


def _keep_baseline(writer: Writer, action_id: int, due: str) -> None:
    """The first deadline an action is given is its original one; recorded, so
    undoing that first date undoes the baseline too."""
    if read_field(writer, "action", action_id, "original_due") is None:
        change(writer, "action", action_id, "original_due", due)


def _write_column(writer: Writer, entity: str, entity_id: int, field: str, value: Any) -> None:
    table = _table(entity)
    if isinstance(value, bool):
        value = int(value)
    writer.execute(f"UPDATE {table} SET {field} = ? WHERE id = ?", (value, entity_id))


def _write_place(writer: Writer, action_id: int, place: dict[str, int]) -> None:
    """An action's recommendation and position there; the recommendation's own position
    is copied beside it (the list's order) from the recommendation as it is now."""
    rec_id = place["recommendation_id"]
    writer.execute(
        "UPDATE actions SET recommendation_id = ?, position = ?, rec_position ="
        " (SELECT position FROM recommendations WHERE id = ?) WHERE id = ?",
        (rec_id, place["position"], rec_id, action_id),
    )


def _write_people(writer: Writer, action_id: int, role: str, names: list[str]) -> None:
    writer.execute("DELETE FROM action_people WHERE action_id = ? AND role = ?", (action_id, role))
    if role == "lead":  # the lead order's key is worked out again with the derived data
        writer.leads_written.add(action_id)
    seen: set[int] = set()
    for position, name in enumerate(names):
        person_id = ensure_person(writer, name)
        if person_id in seen:
            continue
        seen.add(person_id)
        writer.execute(
            "INSERT INTO action_people (action_id, person_id, role, position) VALUES (?, ?, ?, ?)",
            (action_id, person_id, role, position),
        )


def _touch(writer: Writer, entity: str, entity_id: int) -> None:
    if entity == "update":
        row = writer.execute("SELECT action_id FROM updates WHERE id = ?", (entity_id,)).fetchone()
        writer.touched_actions.add(int(row[0]))
        return
    if entity == "action":
        writer.touched_actions.add(entity_id)
    if entity == "recommendation":
        ids = writer.execute(
            "SELECT id FROM actions WHERE recommendation_id = ?", (entity_id,)
        ).fetchall()
        writer.touched_actions.update(int(r[0]) for r in ids)
    table = _table(entity)
    writer.execute(f"UPDATE {table} SET updated_at = ? WHERE id = ?", (now_iso(), entity_id))


def _table(entity: str) -> str:
    if entity == "update":
        return "updates"
    try:
        return _TABLES[entity]
    except KeyError:
        raise InvalidValueError(f"unknown entity {entity!r}") from None
