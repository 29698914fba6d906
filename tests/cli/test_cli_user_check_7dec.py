"""What a programme manager tripped on writing her committee paper (user check of
6 Dec 2026, her clock on 7 Dec): each test states what she reads — the printed line,
the heading of a paper."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli_chase import run

# Today is 24 Nov 2026 (tests/conftest.py).


def test_changes_since_a_day_without_its_year_is_the_last_such_day_not_next_years(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--since "1 nov"` was read as a deadline is, forward: the paper said "Changes
    since 1 November 2027" and "No changes". A period reported on is behind today."""
    code, paper, err = run(capsys, "export", "--db", db, "--format", "md", "--since", "1 nov")
    assert code == 0, err
    assert "## Changes since 1 November 2026" in paper
    code, paper, err = run(capsys, "export", "--db", db, "--format", "md", "--since", "30/11")
    assert "## Changes since 30 November 2025" in paper  # 30 Nov 2026 is not yet


def test_changes_since_a_day_after_today_is_refused_with_the_day_read(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "export", "--db", db, "--format", "md", "--since", "1/1/2027")
    assert code == 1
    assert err.strip() == "actionplan: --since: 1 Jan 2027 is after today (24 Nov 2026)"
