"""A school's staff key defines posts' short forms as well as initials: "SENCo",
"DHT (Pastoral)" beside the person who holds the post."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from importers import ImportOptions, load
from tests.importers.test_import_word import word_file, word_table

TODAY = ImportOptions(today=dt.date(2026, 12, 5))


KEY = [
    ("Initials", "Name and role"),
    ("AR", "Adam Reeve, Assistant Head (Teaching and Learning), Riverside"),
    ("SENCo", "Priya Nair, SENCo, Riverside"),
    ("DHT (Pastoral)", "Tom Byrne, Deputy Head (Pastoral), Riverside"),
    ("TB", "Tom Byrne, Deputy Head (Pastoral), Riverside"),
    ("MO", "Mark Owen, Maths Lead, Hillcrest"),
]


def _plan(doc: Any) -> None:
    """As a trust's Word plan writes it: the plan's table, then a key table below."""
    doc.add_heading("Riverside Academy: Post-Ofsted Action Plan", 0)
    word_table(
        doc,
        [
            ("Ref", "Action", "Lead", "Deadline"),
            ("1.1", "Audit SEND support plans.", "SENCo", "31/12/2026"),
            ("1.2", "Learning walks on adaptations.", "AR / SENCo", "31/01/2027"),
            ("1.3", "Relaunch the behaviour policy.", "DHT (Pastoral)", "31/10/2026"),
            ("1.4", "Year 4 daily fluency.", "MO / Y4 team", "31/07/2027"),
            ("1.5", "Pupil voice survey.", "TB", "31/03/2027"),
        ],
    )
    doc.add_paragraph("Key to staff initials")
    word_table(doc, KEY)


def test_posts_the_key_gives_a_person_are_that_person_and_a_team_stays(tmp_path: Path) -> None:
    (plan,) = load(word_file(tmp_path, _plan), TODAY).plans
    leads = [a.leads for r in plan.recommendations for a in r.actions]
    assert leads == [
        ["Priya Nair"],  # SENCo, defined in the key
        ["Adam Reeve", "Priya Nair"],  # parted at "/" as "JP / SB" is
        ["Tom Byrne"],  # the key's "DHT (Pastoral)", not "DHT"
        ["Mark Owen", "Y4 team"],  # a team beside the key's person stays as written
        ["Tom Byrne"],
    ]
