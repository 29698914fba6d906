"""Fixtures shared by every tier: a fixed today and small stores."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc

TODAY = dt.date(2026, 11, 24)
FIXTURES = Path(__file__).parent / "fixtures"


def added_weeks_ago(db: Path, weeks: int = 8, started: tuple[str, ...] = ()) -> None:
    """Every action in the database at ``db`` as if it came into the app ``weeks``
    before the tests' today, and those of ``started`` (refs) under way: the review
    counts an action stuck only once it is started and nothing dated has been heard
    of it for its stale days, in the app as before it."""
    day = TODAY - dt.timedelta(weeks=weeks)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE actions SET created_at = ?", (f"{day.isoformat()}T09:00:00+00:00",))
        conn.executemany(
            "UPDATE actions SET status = 'in_progress' WHERE ref = ?", [(r,) for r in started]
        )
    conn.close()


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    """Every test runs on 24 November 2026 unless it says otherwise."""
    monkeypatch.setenv("ACTIONPLAN_TODAY", TODAY.isoformat())
    monkeypatch.delenv("ACTIONPLAN_DB", raising=False)
    return TODAY


@pytest.fixture(autouse=True)
def own_profiles(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test has its own, empty, config directory: no user's saved import
    profiles apply to a test's import, and none a test saves outlives it."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("ACTIONPLAN_CONFIG_DIR", str(folder))
    return folder


def small_plan(title: str = "Test plan") -> PlanDoc:
    """Two recommendations, four actions: overdue, done-late, ongoing, future."""
    return PlanDoc(
        title=title,
        notes="A plan for tests",
        recommendations=[
            RecommendationDoc(
                ref="1",
                text="Improve early help",
                actions=[
                    ActionDoc(
                        ref="1.1",
                        text="Write the strategy",
                        leads=["Marina Kitchen"],
                        responsible=["Bill Basra"],
                        due=dt.date(2026, 10, 31),
                        due_text="October 2026",
                        due_precision="month",
                        status="in_progress",
                        rag="red",
                        fields={"Measure": "Strategy agreed"},
                        updates=[UpdateDoc(date=dt.date(2026, 9, 1), text="Mosaic form drafted")],
                    ),
                    ActionDoc(
                        ref="1.2",
                        text="Train head teachers",
                        leads=["Bill Basra"],
                        due=dt.date(2026, 9, 30),
                        due_text="Sept 2026",
                        status="done",
                    ),
                ],
            ),
            RecommendationDoc(
                ref="2",
                text="Strengthen oversight",
                actions=[
                    ActionDoc(
                        ref="2.1",
                        text="Monthly audits",
                        leads=["Jane Humphreys"],
                        due_text="Ongoing",
                        due_precision="open",
                        status="in_progress",
                    ),
                    ActionDoc(
                        ref="2.2",
                        text="Peer review [TBC]",
                        leads=["Marina Kitchen"],
                        due=dt.date(2027, 3, 31),
                        due_text="March 2027",
                        rag="amber",
                    ),
                ],
            ),
        ],
    )


def undated_plan() -> PlanDoc:
    """``small_plan`` with notes that carried no date: one beside a dated note, one alone."""
    doc = small_plan()
    first, second = doc.recommendations
    strategy = first.actions[0]
    strategy = strategy.model_copy(
        update={"updates": [*strategy.updates, UpdateDoc(text="Reported to the board")]}
    )
    audits = second.actions[0].model_copy(
        update={"updates": [UpdateDoc(date=None, text="Audit yet to be scheduled")]}
    )
    return doc.model_copy(
        update={
            "recommendations": [
                first.model_copy(update={"actions": [strategy, first.actions[1]]}),
                second.model_copy(update={"actions": [audits, second.actions[1]]}),
            ]
        }
    )


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a database that does not exist yet."""
    return tmp_path / "plans.db"


def _store_holding(db_path: Path, doc: PlanDoc) -> Store:
    s = Store.open(db_path)
    s.merge_plans([doc], "test import")
    return s


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A store holding ``small_plan``."""
    s = _store_holding(db_path, small_plan())
    yield s
    s.close()


@pytest.fixture
def undated_store(db_path: Path) -> Iterator[Store]:
    """A store holding ``undated_plan``."""
    s = _store_holding(db_path, undated_plan())
    yield s
    s.close()


@pytest.fixture
def db(db_path: Path) -> Path:
    """A database file holding ``small_plan`` (closed, ready for another process)."""
    _store_holding(db_path, small_plan()).close()
    return db_path


@pytest.fixture
def undated_db(db_path: Path) -> Path:
    """A database file holding ``undated_plan`` (closed, ready for another process)."""
    _store_holding(db_path, undated_plan()).close()
    return db_path


def as_before_search_prefixes(db_path: Path) -> None:
    """Make ``db_path`` a file from before migration m003: a plain full-text index."""
    with sqlite3.connect(db_path) as conn:
        conn.executescript(
            """
            DELETE FROM _sqlite_migrations WHERE name = 'm003_search_prefixes';
            CREATE VIRTUAL TABLE old_search USING fts5(body, tokenize='unicode61');
            INSERT INTO old_search (rowid, body) SELECT rowid, body FROM action_search;
            DROP TABLE action_search;
            ALTER TABLE old_search RENAME TO action_search;
            """
        )


def as_from_a_newer_version(db_path: Path) -> None:
    """Make ``db_path`` record a migration this version does not know."""
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('actionplan', 'm999_from_the_future', '2030-01-01')"
        )
    conn.close()


def as_before_undated_updates(db_path: Path) -> None:
    """Make ``db_path`` a file from before migration m004: every update had to have a date."""
    with sqlite3.connect(db_path) as conn:
        conn.executescript(
            """
            DELETE FROM _sqlite_migrations WHERE name = 'm004_undated_updates';
            CREATE TABLE old_updates (
                id INTEGER PRIMARY KEY,
                action_id INTEGER NOT NULL REFERENCES actions(id),
                date TEXT NOT NULL,
                text TEXT NOT NULL,
                status TEXT,
                archived INTEGER NOT NULL DEFAULT 0,
                created_at TEXT NOT NULL
            );
            INSERT INTO old_updates SELECT * FROM updates;
            DROP TABLE updates;
            ALTER TABLE old_updates RENAME TO updates;
            CREATE INDEX updates_action ON updates(action_id, date);
            """
        )


@pytest.fixture
def workbook_store(tmp_path: Path) -> Iterator[Store]:
    """A plan imported from a workbook as plans are kept: real date cells (shown
    31/03/2027 in Excel), "On track" and "A" in its Status and RAG columns."""
    from openpyxl import Workbook

    from importers import ImportOptions, load

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Action", "Lead", "Due", "Status", "RAG"])
    sheet.append(["1.1", "Audit supervision records", "Lisa Marsh", dt.datetime(2027, 3, 31)])
    sheet.append(["1.2", "Relaunch the policy", "Sam Reid", dt.datetime(2026, 12, 31)])
    sheet["E2"], sheet["F2"] = "On track", "A"
    sheet["E3"], sheet["F3"] = "At risk", "R"
    sheet["D2"].number_format = sheet["D3"].number_format = "dd/mm/yyyy"
    book.save(tmp_path / "plan.xlsx")
    plans = load(tmp_path / "plan.xlsx", ImportOptions(today=TODAY)).plans
    s = Store.open(tmp_path / "workbook.db")
    s.merge_plans(plans, "import plan.xlsx")
    yield s
    s.close()
