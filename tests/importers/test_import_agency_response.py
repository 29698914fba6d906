"""A multi-agency action plan after a safeguarding practice review (hold-out 205):
"Agency response to recommendations" holds each agency's dated lines, its news, and
"Date of completion and outcome" the day the work was done."""

from __future__ import annotations

from pathlib import Path

from tests.importers.test_import_rules import actions, plan_of, write

_HEADER = [
    "Recommendation",
    "Action to be taken",
    "Lead Agency",
    "Target date",
    "Agency response to recommendations",
    "Date of completion and outcome",
]


def test_dated_agency_responses_are_updates_and_a_completion_date_is_done(
    tmp_path: Path,
) -> None:
    rec = "Partners should invite health professionals to strategy discussions."
    rows = [
        _HEADER,
        [
            rec,
            "Revise the protocol.",
            "Police",
            "31/12/2026",
            "12/11/2026 – Police: revised protocol drafted and shared with the Subgroup.",
            "",
        ],
        [
            rec,
            "Brief the GPs.",
            "ICB",
            "30/11/2026",
            "28/10/2026 – ICB: seven-minute briefing sent to all practices and teams.",
            "04/11/2026",
        ],
        [
            rec,
            "Audit 20 discussions.",
            "Partnership",
            "31/01/2027",
            "10/11/2026 – Partnership: audit tool agreed by the Subgroup.",
            "",
        ],
    ]
    found = actions(plan_of(write(tmp_path, rows)))
    assert [[u.text for u in a.updates] for a in found] == [
        ["12/11/2026 – Police: revised protocol drafted and shared with the Subgroup."],
        ["28/10/2026 – ICB: seven-minute briefing sent to all practices and teams."],
        ["10/11/2026 – Partnership: audit tool agreed by the Subgroup."],
    ]
    # A blank completion date beside news is work under way, as an empty Done box is.
    assert [a.status for a in found] == ["in_progress", "done", "in_progress"]
