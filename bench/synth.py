"""Synthetic plans for benchmarks: realistic text, leads, dates and updates.

Deterministic (seeded), so two runs measure the same data. As a script it writes the
benchmark's council-style CSV (a title row, a header, one row per action), the file
``bench.run`` imports:

    python -m bench.synth plan-1m.csv --actions 1000000
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
from pathlib import Path

from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from store.models import Status

VERBS = [
    "Review",
    "Agree",
    "Introduce",
    "Audit",
    "Embed",
    "Train",
    "Publish",
    "Monitor",
    "Strengthen",
    "Consult on",
    "Report on",
    "Implement",
    "Recruit to",
    "Refresh",
]
OBJECTS = [
    "the early help strategy",
    "strategy meeting protocols",
    "case file audits",
    "the MASH referral form",
    "care plan reviews",
    "caseload levels",
    "the quality assurance framework",
    "supervision standards",
    "the Mosaic workflow",
    "return home interviews",
    "the voice of the child",
    "private fostering awareness",
    "the corporate parenting board",
    "placement sufficiency",
    "management oversight",
]
PEOPLE = [
    f"{f} {s}"
    for f in (
        "Marina",
        "Bill",
        "April",
        "Jane",
        "Steve",
        "Elaine",
        "Sarah",
        "Jenny",
        "Mark",
        "Caroline",
        "John",
        "Pat",
    )
    for s in ("Kitchen", "Basra", "Bald", "Humphreys", "Walker", "Allegretti")
]
NOTES = [
    "Audit completed; findings reported to the board.",
    "Draft agreed with partners.",
    "Delayed by recruitment; revised date proposed.",
    "Workshops under way, 40 planned.",
    "Awaiting supplier release.",
    "On track.",
    "Performance improved to 84%.",
    "Escalated to the improvement board.",
    "Training delivered to 6 of 9 teams.",
]
STATUSES: list[Status] = ["not_started", "in_progress", "in_progress", "blocked", "done"]
TODAY = dt.date(2026, 11, 24)


def synthetic_plan(actions: int, updates_per_action: int, seed: int = 7) -> PlanDoc:
    """A plan of ``actions`` actions spread over recommendations of 20 (the last may
    hold fewer)."""
    rnd = random.Random(seed)
    recs = []
    for r in range(max(1, -(-actions // 20))):  # rounded up: 45 actions are 20, 20, 5
        count = min(20, actions - r * 20)
        recs.append(
            RecommendationDoc(
                ref=str(r + 1),
                text=f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)} across all teams ({r + 1})",
                actions=[
                    _action(rnd, f"{r + 1}.{a + 1}", updates_per_action) for a in range(count)
                ],
            )
        )
    return PlanDoc(title=f"Synthetic plan {actions}", recommendations=recs)


def _action(rnd: random.Random, ref: str, updates: int) -> ActionDoc:
    due = TODAY + dt.timedelta(days=rnd.randint(-300, 300))
    return ActionDoc(
        ref=ref,
        text=f"{rnd.choice(VERBS)} {rnd.choice(OBJECTS)} and {rnd.choice(OBJECTS)}",
        leads=[rnd.choice(PEOPLE)],
        responsible=[rnd.choice(PEOPLE)],
        due=due,
        due_text=due.strftime("%B %Y"),
        due_precision="month",
        status=rnd.choice(STATUSES),
        rag=rnd.choice(["red", "amber", "green", None]),
        updates=[
            UpdateDoc(date=due - dt.timedelta(days=30 * i), text=rnd.choice(NOTES))
            for i in range(updates)
        ],
    )


def write_csv(path: Path, actions: int, seed: int = 7, title: str | None = None) -> None:
    """A council-style CSV of the same shape: one row per action, one update column."""
    plan = synthetic_plan(actions, 1, seed)
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow([title or plan.title, "", "", "", "", "", ""])
        out.writerow(
            [
                "Recommendation",
                "Ref",
                "Action",
                "Lead",
                "Responsible",
                "Deadline",
                "Progress update",
            ]
        )
        for rec in plan.recommendations:
            for i, a in enumerate(rec.actions):
                out.writerow(
                    [
                        f"{rec.ref}. {rec.text}" if i == 0 else "",
                        a.ref,
                        a.text,
                        a.leads[0],
                        a.responsible[0],
                        a.due_text,
                        a.updates[0].text,
                    ]
                )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.synth",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("out", type=Path, help="the CSV file to write (replaced if it exists)")
    parser.add_argument(
        "--actions", type=int, default=1000, help="how many actions (default: %(default)s)"
    )
    parser.add_argument(
        "--seed", type=int, default=7, help="the random seed: same seed, same plan (default: 7)"
    )
    parser.add_argument("--title", help='the title row (default: "Synthetic plan N")')
    args = parser.parse_args(argv)
    write_csv(args.out, args.actions, args.seed, args.title)
    print(f"wrote {args.out}: {args.actions:,} actions")


if __name__ == "__main__":
    main()
