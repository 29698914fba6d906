"""Building the SQL for action lists: every filter runs in SQLite.

The TUI asks for the ordered ids of what matches (cheap even at 100,000
actions) and then for full rows of just the visible window.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from store.models import REPLY_LABEL, ActionQuery
from store.no_one import no_one_sql
from store.schema import rag_rank, status_rank

OPEN = "a.status NOT IN ('done', 'dropped')"
VISIBLE = (
    "a.archived = 0 AND a.recommendation_id NOT IN"
    " (SELECT id FROM recommendations WHERE archived = 1)"
)
# (plan, recommendation position, position) is unique for live actions; leaving
# the id out lets SQLite walk the covering index instead of sorting.
_ORDER_PLAN = "a.plan_id, a.rec_position, a.position"
# Who is named to lead an action: a person, not "TBC" or "N/A" (store.no_one). The ids
# of the wording naming no one are read once per statement, not a name's words per row.
_NO_ONE_IDS = f"(SELECT id FROM people WHERE {no_one_sql('key')})"
NAMED_LEAD = f"""EXISTS (SELECT 1 FROM action_people ap WHERE ap.action_id = a.id
    AND ap.role = 'lead' AND ap.person_id NOT IN {_NO_ONE_IDS})"""
# Each order but the plan's is walked from an index of its own (schema.m014_first_lead,
# schema.m015_sort_indexes): a key written here must be written there the same.
ORDERS = {
    "plan": _ORDER_PLAN,
    "due": f"a.due IS NULL, a.due, {_ORDER_PLAN}",
    "status": f"{status_rank('a.status')}, {_ORDER_PLAN}",
    "rag": f"{rag_rank('a.rag')}, {_ORDER_PLAN}",
    "updated": f"a.last_update IS NOT NULL, a.last_update, {_ORDER_PLAN}",
    # by the first named lead's name as the people table spells it, any case alike, those
    # no one is named to lead last: the key kept on each action (schema.m014_first_lead),
    # walked from the index ``actions_lead`` as the plan's order is. Worked out per action
    # on every read, it took 4.1 s at 100,000 actions.
    "lead": f"a.first_lead IS NULL, a.first_lead COLLATE NOCASE, {_ORDER_PLAN}",
}
_WORD = re.compile(r"\w+", re.UNICODE)

# Whether the update ``u`` was added in an edit that also moved its action's deadline:
# the reason given for the move, not progress (``UpdateDoc.move_reason``). Read for this
# update's own id, so progress noted the same day in the same words as a later reason is
# still progress. An import's updates and a lead's reply's are progress whatever else
# they changed: the reply's column says "Progress update" (a reason is typed with the
# move, in the due dialog or ``update --due … --note …``).
MOVE_REASON_SQL = f"""EXISTS (
    SELECT 1 FROM changes c JOIN batches b ON b.id = c.batch_id
    WHERE c.entity = 'update' AND c.entity_id = u.id AND c.field = 'archived'
      AND b.undone = 0 AND b.label NOT LIKE 'import %' AND b.label NOT LIKE '{REPLY_LABEL}%'
      AND EXISTS (
        SELECT 1 FROM changes d WHERE d.batch_id = c.batch_id AND d.entity = 'action'
          AND d.field = 'due' AND d.entity_id = u.action_id
      )
)"""

# Why each action's deadline last moved: of the updates added in the edit that last moved
# it (undone edits left out), the newest that is a move's reason by ``MOVE_REASON_SQL``,
# so the papers' Why and the latest progress never both take one update. An import's or
# a reply's last move gives no reason: their updates are progress. ``first``: that move
# gave the action its first date (it had none, and no date has moved since: a first
# dating, not a re-dating). ``{marks}``: the ids.
REDATING_REASONS_SQL = f"""
WITH last_move AS (
    SELECT c.entity_id AS action_id, c.batch_id, max(c.id),  -- the row of the last change
           json_extract(c.before, '$.due') IS NULL AND json_extract(c.after, '$.due')
           IS NOT NULL AS dated
    FROM changes c JOIN batches b ON b.id = c.batch_id
    WHERE c.entity = 'action' AND c.field = 'due' AND c.entity_id IN ({{marks}})
      AND b.undone = 0
    GROUP BY c.entity_id
)
SELECT m.action_id, m.dated AND a.due_changes = 0 AS first, (
    SELECT u.text FROM changes c JOIN updates u ON u.id = c.entity_id
    WHERE c.batch_id = m.batch_id AND c.entity = 'update' AND c.field = 'archived'
      AND u.action_id = m.action_id AND u.archived = 0 AND {MOVE_REASON_SQL}
    ORDER BY u.id DESC LIMIT 1
) AS reason
FROM last_move m JOIN actions a ON a.id = m.action_id
WHERE reason IS NOT NULL
"""


def overdue_sql(today: dt.date) -> tuple[str, list[Any]]:
    """The overdue condition: a past due date and still open."""
    return f"(a.due IS NOT NULL AND a.due < ? AND {OPEN})", [today.isoformat()]


@dataclass(frozen=True)
class Search:
    """How a typed search picks rows of ``action_search``: a condition with one value."""

    condition: str
    value: str


def search_of(text: str) -> Search | None:
    """The one rule for a typed search (the list's search box and ``list --search``).

    Every typed word is a prefix term of the full-text index, so search works as you
    type. The index holds words only, so text with no word in it ("[/]", "—", "()")
    is looked for literally in the same text the index holds, never read as
    "everything": a scan of it, ~100 ms at 100,000 actions of ten notes each (45 MB
    of text), interrupted like any search when a newer one is typed; such searches
    are rare. Blank text is no search.
    """
    words = _WORD.findall(text)
    if words:
        return Search("action_search MATCH ?", " ".join(f'"{w}"*' for w in words))
    literal = text.strip()
    return Search("instr(body, ?) > 0", literal) if literal else None


def where_clause(
    q: ActionQuery, today: dt.date, person_ids: dict[str, list[int]]
) -> tuple[str, list[Any]]:
    """The WHERE text and parameters for a query (people already resolved)."""
    parts: list[str] = [] if q.include_archived else [VISIBLE]
    params: list[Any] = []

    def add(sql: str, *values: Any) -> None:
        parts.append(sql)
        params.extend(values)

    if q.plan_id is not None:
        # With a person filter, "+" keeps SQLite from walking the whole plan in order
        # and lets it start from that person's few actions (33 -> 9 ms at 100,000).
        person = q.person or q.lead or q.responsible
        add("+a.plan_id = ?" if person else "a.plan_id = ?", q.plan_id)
    if q.recommendation_id is not None:
        add("a.recommendation_id = ?", q.recommendation_id)
    _people_filters(q, person_ids, add)
    if q.no_lead:
        add(f"NOT {NAMED_LEAD}")
    if q.statuses:
        add(f"a.status IN ({_marks(q.statuses)})", *sorted(q.statuses))
    if q.rags:
        _rag_filter(q, add)
    if q.overdue:
        sql, values = overdue_sql(today)
        add(sql, *values)
    if q.due_before is not None:
        add("a.due < ?", q.due_before.isoformat())
    if q.due_after is not None:
        add("a.due > ?", q.due_after.isoformat())
    if q.due_within_days is not None:
        end = today + dt.timedelta(days=q.due_within_days)
        add(f"a.due >= ? AND a.due <= ? AND {OPEN}", today.isoformat(), end.isoformat())
    search = search_of(q.text)
    if search:
        add(f"a.id IN (SELECT rowid FROM action_search WHERE {search.condition})", search.value)
    return (" AND ".join(parts) or "1"), params


def _people_filters(q: ActionQuery, person_ids: dict[str, list[int]], add: Any) -> None:
    for name, role in ((q.person, None), (q.lead, "lead"), (q.responsible, "responsible")):
        if name is None:
            continue
        ids = person_ids.get(name) or [-1]  # no one: no action
        role_sql = " AND role = ?" if role else ""
        marks = ", ".join("?" * len(ids))
        sql = (
            f"a.id IN (SELECT action_id FROM action_people WHERE person_id IN ({marks}){role_sql})"
        )
        add(sql, *ids, *([role] if role else []))


def _rag_filter(q: ActionQuery, add: Any) -> None:
    named = sorted(r for r in q.rags if r != "none")
    terms = [f"a.rag IN ({_marks(named)})"] if named else []
    if "none" in q.rags:
        terms.append("a.rag IS NULL")
    add("(" + " OR ".join(terms) + ")", *named)


def _marks(values: object) -> str:
    return ", ".join("?" for _ in values)  # type: ignore[attr-defined]


ROW_SELECT = """
SELECT a.id, a.plan_id, p.title AS plan_title, a.recommendation_id,
       r.ref AS recommendation_ref, a.ref, a.text, a.due, a.due_text, a.due_precision,
       a.status, a.rag, a.last_update, a.archived, a.original_due, a.due_changes,
       a.missing_from,
       CASE WHEN a.last_update IS NULL
            THEN EXISTS (SELECT 1 FROM updates u WHERE u.action_id = a.id AND u.archived = 0)
            ELSE 0 END
            AS undated_updates,
       (SELECT group_concat(name, char(31)) FROM (
            SELECT pe.name FROM action_people ap JOIN people pe ON pe.id = ap.person_id
            WHERE ap.action_id = a.id AND ap.role = 'lead' ORDER BY ap.position)) AS leads,
       (SELECT group_concat(name, char(31)) FROM (
            SELECT pe.name FROM action_people ap JOIN people pe ON pe.id = ap.person_id
            WHERE ap.action_id = a.id AND ap.role = 'responsible' ORDER BY ap.position))
            AS responsible
FROM actions a
JOIN recommendations r ON r.id = a.recommendation_id
JOIN plans p ON p.id = a.plan_id
"""
