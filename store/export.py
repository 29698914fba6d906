"""Reading plans back as the lossless document tree (JSON export)."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from store.core import fetch_dicts
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from store.queries import MOVE_REASON_SQL


def plan_doc(conn: sqlite3.Connection, plan_id: int) -> PlanDoc:
    """One live plan as a document: recommendations and actions in order."""
    plan = fetch_dicts(conn, "SELECT title, notes, fields FROM plans WHERE id = ?", (plan_id,))[0]
    recs = fetch_dicts(
        conn,
        "SELECT id, ref, text, fields FROM recommendations"
        " WHERE plan_id = ? AND archived = 0 ORDER BY position, id",
        (plan_id,),
    )
    actions = _actions_by_rec(conn, plan_id)
    return PlanDoc(
        title=plan["title"],
        notes=plan["notes"],
        fields=json.loads(plan["fields"]),
        recommendations=[
            RecommendationDoc(
                ref=r["ref"],
                text=r["text"],
                fields=json.loads(r["fields"]),
                actions=actions.get(r["id"], []),
            )
            for r in recs
        ],
    )


def _actions_by_rec(conn: sqlite3.Connection, plan_id: int) -> dict[int, list[ActionDoc]]:
    rows = fetch_dicts(
        conn,
        "SELECT id, recommendation_id, ref, text, due, due_text, due_precision, status, rag,"
        " fields, original_due, missing_from FROM actions WHERE plan_id = ? AND archived = 0"
        " ORDER BY position, id",
        (plan_id,),
    )
    people = _people(conn, plan_id)
    updates = _updates(conn, plan_id)
    out: dict[int, list[ActionDoc]] = defaultdict(list)
    for r in rows:
        out[r["recommendation_id"]].append(_action(r, people, updates))
    return out


def _action(
    r: dict[str, Any],
    people: dict[tuple[int, str], list[str]],
    updates: dict[int, list[UpdateDoc]],
) -> ActionDoc:
    return ActionDoc(
        ref=r["ref"],
        text=r["text"],
        leads=people.get((r["id"], "lead"), []),
        responsible=people.get((r["id"], "responsible"), []),
        due=r["due"],
        due_text=r["due_text"],
        due_precision=r["due_precision"],
        original_due=r["original_due"] if r["original_due"] != r["due"] else None,
        status=r["status"],
        rag=r["rag"],
        fields=json.loads(r["fields"]),
        updates=updates.get(r["id"], []),
        missing_from=r["missing_from"],
    )


def _people(conn: sqlite3.Connection, plan_id: int) -> dict[tuple[int, str], list[str]]:
    rows = conn.execute(
        "SELECT ap.action_id, ap.role, p.name FROM action_people ap"
        " JOIN people p ON p.id = ap.person_id JOIN actions a ON a.id = ap.action_id"
        " WHERE a.plan_id = ? ORDER BY ap.action_id, ap.role, ap.position",
        (plan_id,),
    )
    out: dict[tuple[int, str], list[str]] = defaultdict(list)
    for action_id, role, name in rows:
        out[(action_id, role)].append(name)
    return out


def _updates(conn: sqlite3.Connection, plan_id: int) -> dict[int, list[UpdateDoc]]:
    rows = conn.execute(
        f"SELECT u.action_id, u.date, u.text, u.status, {MOVE_REASON_SQL} FROM updates u"
        " JOIN actions a ON a.id = u.action_id"
        " WHERE a.plan_id = ? AND u.archived = 0"
        " ORDER BY u.action_id, u.date IS NULL, u.date, u.id",
        (plan_id,),
    )
    out: dict[int, list[UpdateDoc]] = defaultdict(list)
    for action_id, date, text, status, reason in rows:
        out[action_id].append(UpdateDoc(date=date, text=text, status=status, move_reason=reason))
    return out
