"""An action with no date given its first one with a reason: the papers say when it was
dated and why, where they say why a date moved, worded as a first date, not a move."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document

from reports import export
from store import Store
from tests.conftest import TODAY, small_plan
from tests.reports.test_report_formats import parse

REASON = "Date set once the audit team confirmed its rota"
SAID = f"first dated 31 Mar 2027 — {REASON}"


@pytest.fixture
def store(db_path: Path) -> Store:
    """The small plan, its 2.1 "Ongoing" (no date) given 31 Mar 2027 with a reason, in
    one edit (the due dialog's Tab, ``update --due … --note …``)."""
    s = Store.open(db_path)
    s.merge_plans([small_plan()], "test")
    audits = s.find_action("2.1").id
    with s.writing("due date"):
        s.set_due(audits, dt.date(2027, 3, 31), "31/03/2027", "day")
        s.add_update(audits, REASON)
    return s


def _html_text(data: bytes) -> str:
    return " ".join(" ".join(parse(data).parts).split())


def _docx_rows(data: bytes) -> list[list[str]]:
    return [[c.text for c in r.cells] for t in Document(io.BytesIO(data)).tables for r in t.rows]


def test_the_action_table_says_when_and_why_an_undated_action_was_first_dated(
    store: Store,
) -> None:
    """The reason was shown nowhere: not the latest progress (it is why the date was
    set) and no exception's Why (a first date is no slip). It is said under the
    action's text, in the HTML report and the Word paper alike."""
    html = _html_text(export(store, "html", "Test plan"))
    table = html.split("Recommendation 2")[1]
    assert f"Monthly audits {SAID} Jane Humphreys 31 Mar 2027" in table
    assert "slipped" not in html and "moved" not in html
    rows = _docx_rows(export(store, "docx", "Test plan"))
    audits = next(r for r in rows if r[0] == "2.1")
    assert audits[1] == f"Monthly audits\n{SAID}"
    assert audits[-1] == ""  # no progress noted: the reason is no latest update


def test_the_changes_say_a_first_dating_with_its_reason_never_a_re_dating(
    store: Store,
) -> None:
    """ "Changes since" listed it as a move: "Re-dated: 2.1 Monthly audits — Ongoing →
    31 Mar 2027; why moved: …". It had no date to move from."""
    line = f"First dated: 2.1 Monthly audits — Ongoing → {SAID.removeprefix('first dated ')}"
    said = f"{line} ({TODAY.day} Nov 2026)"
    html = _html_text(export(store, "html", "Test plan", since=TODAY))
    assert said in html and "Re-dated" not in html
    paper = Document(io.BytesIO(export(store, "docx", "Test plan", since=TODAY)))
    assert said in [p.text for p in paper.paragraphs]


def test_an_overdue_first_dated_action_says_why_it_was_dated_beside_why_it_is_listed(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACTIONPLAN_TODAY", "2027-04-05")
    rows = _docx_rows(export(store, "docx", "Test plan"))
    why = next(r for r in rows if r[0] == "2.1")  # the exceptions come first
    assert why[-1] == f"overdue by 5 days; {SAID}"
