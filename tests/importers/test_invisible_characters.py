"""Invisible format characters pasted into cells (from e-mails, Outlook, web pages): the
plan reads as what a reader sees, whatever the file's format.

Seen in hold-out 246 (a safeguarding partnership's review plan pasted together from
agencies' e-mails, tab-separated): zero-width spaces in refs, left-to-right marks before
each part of a date, a soft hyphen inside a RAG word, a lead and the text, a word joiner
after a lead, a byte-order mark opening a RAG cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from store.docs import PlanDoc
from tests.importers.test_import_ods import STRING, ods_file
from tests.importers.test_import_rules import actions, plan_of, write, write_workbook
from tests.importers.test_import_word import word_file, word_table

ZWSP, LRM, RLM, WJ, BOM, SHY = "\u200b", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"
ZWJ, ZWNJ = "\u200d", "\u200c"


def _date(day: str) -> str:
    """A date as Outlook copies it: a left-to-right mark before each part."""
    return "/".join(LRM + part for part in day.split("/"))


SHOWN = [
    ["Ref", "Action", "Lead", "Target date", "RAG", "Progress"],
    ["1.1", "Train practitioners in safeguarding.", "Training Manager", "31/03/2027", "Green",
     "12/11/2026 – 140 practitioners trained."],
    ["1.2", "Add the profile to the assessment.", "Head of Early Help", "31/12/2026", "Amber",
     ""],
    ["2.1", "Share missed appointments.", "Named GP", "30/11/2026", "Red", ""],
]  # fmt: skip

PASTED = [
    SHOWN[0],
    ["1.1" + ZWSP, f"Train practitioners in safe{SHY}guarding.", "Training Manager" + WJ,
     _date("31/03/2027"), "Green" + ZWSP, _date("12/11/2026") + " – 140 practitioners trained."],
    [RLM + "1.2", "Add the profile to the assessment." + ZWSP, "Head of Early Help",
     "31/12/2026", BOM + f"Am{SHY}ber", ""],
    ["2" + ZWSP + ".1", "Share missed appointments.", "Named" + ZWJ + " GP",
     f"30/{SHY}11/2026", "Red", ""],
]  # fmt: skip


def _tsv(tmp_path: Path, rows: list[list[str]]) -> Path:
    return write(tmp_path, rows, delimiter="\t", name="plan.tsv")


def _xlsx(tmp_path: Path, rows: list[list[str]]) -> Path:
    return write_workbook(tmp_path, {"Plan": rows})


def _docx(tmp_path: Path, rows: list[list[str]]) -> Path:
    def build(doc: Any) -> None:
        word_table(doc, rows)

    return word_file(tmp_path, build)


def _ods(tmp_path: Path, rows: list[list[str]]) -> Path:
    cells = ("".join(STRING.format(c) if c else "<table:table-cell/>" for c in r) for r in rows)
    return ods_file(tmp_path, "".join(f"<table:table-row>{c}</table:table-row>" for c in cells))


Writer = Callable[[Path, list[list[str]]], Path]


@pytest.mark.parametrize("writer", [_tsv, _xlsx, _docx, _ods], ids=["tsv", "xlsx", "docx", "ods"])
def test_a_plan_pasted_with_invisible_characters_reads_as_it_is_shown(
    tmp_path: Path, writer: Writer
) -> None:
    """The refs, dates, RAG words, leads, text and updates are what the plan shows: the
    same plan as one typed without the invisible characters."""
    (tmp_path / "shown").mkdir()
    (tmp_path / "pasted").mkdir()
    shown = plan_of(writer(tmp_path / "shown", SHOWN))
    pasted = plan_of(writer(tmp_path / "pasted", PASTED))
    assert _reading(pasted) == _reading(shown)


def _reading(plan: PlanDoc) -> list[tuple[object, ...]]:
    return [
        (a.ref, a.text, a.leads, a.due, a.rag, [(u.date, u.text) for u in a.updates])
        for a in actions(plan)
    ]


def test_the_pasted_refs_dates_and_rag_words_are_read(tmp_path: Path) -> None:
    plan = plan_of(_tsv(tmp_path, PASTED))
    assert [(a.ref, a.due, a.rag, a.leads) for a in actions(plan)] == [
        ("1.1", dt.date(2027, 3, 31), "green", ["Training Manager"]),
        ("1.2", dt.date(2026, 12, 31), "amber", ["Head of Early Help"]),
        ("2.1", dt.date(2026, 11, 30), "red", ["Named GP"]),
    ]
    first = actions(plan)[0]
    assert first.text == "Train practitioners in safeguarding."
    assert [(u.date, u.text) for u in first.updates] == [
        (dt.date(2026, 11, 12), "12/11/2026 – 140 practitioners trained.")
    ]


def test_joiners_that_shape_an_emoji_or_a_word_are_kept(tmp_path: Path) -> None:
    """A zero-width joiner builds one emoji from several ("👩‍💻", a woman at a computer)
    and a non-joiner shapes Persian letters ("می‌خواهم"): both are part of what is shown."""
    coder, persian = "👩" + ZWJ + "💻", "می" + ZWNJ + "خواهم"
    rows = [
        ["Ref", "Action", "Lead"],
        ["1.1", f"Hire a developer {coder} for the portal.", "Head of Digital"],
        ["1.2", f"Translate the leaflet ({persian}) into Farsi.", "Comms Officer"],
    ]
    assert [a.text for a in actions(plan_of(_tsv(tmp_path, rows)))] == [
        f"Hire a developer {coder} for the portal.",
        f"Translate the leaflet ({persian}) into Farsi.",
    ]
