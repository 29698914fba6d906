"""Rules found on the nineteenth hold-out set (a CQC warning-notice plan whose updates open
with a full date in square brackets; an improvement board's tracker whose updates open
with a month and a two-figure year then a dash): each on a small file written by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.importers.helpers import progress_updates


def test_a_full_date_in_square_brackets_opens_that_days_news(tmp_path: Path) -> None:
    updates = progress_updates(
        tmp_path,
        [
            "[05/10/2026] Corridor nurse rostered on every shift.\n"
            "[16/11/2026] Audit: 94% of patients scored within 15 minutes.",
            "[05/10/2026] Rota agreed. [16/11/2026] Rota in use.",
            "[see note] Rota under review.",
        ],
    )
    assert updates == {
        "1.1": [
            (dt.date(2026, 10, 5), "[05/10/2026] Corridor nurse rostered on every shift."),
            (
                dt.date(2026, 11, 16),
                "[16/11/2026] Audit: 94% of patients scored within 15 minutes.",
            ),
        ],
        "1.2": [
            (dt.date(2026, 10, 5), "[05/10/2026] Rota agreed."),
            (dt.date(2026, 11, 16), "[16/11/2026] Rota in use."),
        ],
        # a bracket naming no date is part of the text, undated
        "1.3": [(None, "[see note] Rota under review.")],
    }


def test_a_month_and_short_year_then_a_dash_opens_that_months_news(tmp_path: Path) -> None:
    updates = progress_updates(
        tmp_path,
        [
            "Oct 26 – property purchased. Dec 26 – Ofsted registration submitted.",
            "Nov 26: 14 of 22 managers trained.",
            "May 26 people attended the first session.",
        ],
    )
    assert updates == {
        "1.1": [
            (dt.date(2026, 10, 31), "Oct 26 – property purchased."),
            (dt.date(2026, 12, 31), "Dec 26 – Ofsted registration submitted."),
        ],
        "1.2": [(dt.date(2026, 11, 30), "Nov 26: 14 of 22 managers trained.")],
        # no dash after the figure: a sentence that starts with the verb "May"
        "1.3": [(None, "May 26 people attended the first session.")],
    }
