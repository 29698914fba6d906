"""The three real council plans in tests/fixtures imported end to end, and nothing lost.

Every fact asserted here was checked by hand against the sample CSV (and the
council document it was taken from, /work/shared/seeds at the time of writing).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from importers import ImportOptions, ImportResult, load
from importers.marks import without_list_marks
from importers.read import read_grid
from store.docs import ActionDoc, ExportDoc, PlanDoc
from tests.conftest import FIXTURES, TODAY

D = dt.date
SAMPLES = ["warwickshire_2017.csv", "stockton_2013.csv", "southwark_2017.csv"]


def imported(name: str) -> ImportResult:
    return load(FIXTURES / name, ImportOptions(today=TODAY))


def one_plan(name: str) -> PlanDoc:
    (plan,) = imported(name).plans
    return plan


def by_ref(plan: PlanDoc) -> dict[str, ActionDoc]:
    return {a.ref: a for r in plan.recommendations for a in r.actions}


def action_refs(plan: PlanDoc) -> list[str]:
    return [a.ref for r in plan.recommendations for a in r.actions]


def test_fixtures_are_present() -> None:
    for name in SAMPLES:
        assert (FIXTURES / name).stat().st_size > 1000


# ------------------------------------------------------------------ Warwickshire


def test_warwickshire_structure() -> None:
    result = imported("warwickshire_2017.csv")
    (plan,) = result.plans
    assert plan.title == (
        "OOP Outcome : Warwickshire's Communities and Individuals are supported "
        "to be safe, healthy and independent"
    )
    assert plan.notes == (
        "OOP Key Business Outcome: Fewer Children need to come into or stay in care"
    )
    # "Ofsted recommendation 1:" and "…3:" keep their numbers; the unnumbered
    # subjects take the free numbers in order.
    assert [r.ref for r in plan.recommendations] == ["1", "2", "4", "5", "6", "3"]
    texts = [r.text for r in plan.recommendations]
    assert texts[0].startswith(
        "Ensure that all children and families have access to good-quality early help"
    )
    assert texts[1:5] == [
        "Improve Health partnerships and engagements",
        "Commissioned services",
        "Care Leavers",
        "Placement stability",
    ]
    assert texts[5] == "Accelerate plans to fully integrate the electronic recording system"
    assert action_refs(plan) == [
        "1.01", "1.01b", "1.02", "1.02b", "1.02c", "1.03", "1.04", "1.05", "1.06",
        "1.07", "1.08", "1.09", "1.10",
        "1.11", "1.13",
        "3.01", "3.02",
        "3.04", "3.05", "3.06",
        "4.25", "4.33", "4.36", "4.37", "4.39",
    ]  # fmt: skip
    assert len(action_refs(plan)) == 25
    found = by_ref(plan)
    assert found["1.01"].text == "Write a strategy and plan for the delivery of Early Help"
    assert found["1.01b"].text.startswith("Ensure an overarching outcomes framework is agreed")
    assert found["1.02"].text == (
        "BB to link with Pat Tate and Jayne Spilsbury re dialogue with Head Teachers"
    )
    assert found["4.39"].text == "Agree requirements and a plan to deliver mobile working solution"


def test_warwickshire_people() -> None:
    result = imported("warwickshire_2017.csv")
    found = by_ref(result.plans[0])
    # "Marina Kitchen (MK) & Bill Basra (BB)" is written once, on the first row of the group
    for ref in ["1.01", "1.01b", "1.02", "1.02b", "1.02c", "1.03", "1.04", "1.05", "1.06"]:
        assert found[ref].leads == ["Marina Kitchen", "Bill Basra"], ref
    assert found["1.01"].fields["Lead (as written)"] == "Marina Kitchen (MK) & Bill Basra (BB)"
    for ref in ["1.07", "1.08", "1.09", "1.10"]:
        assert found[ref].leads == ["Beate Wagner", "John Dixon"], ref
    assert found["3.04"].leads == ["Jamie Wait", "Jenny Butlin-Moran", "Calvin Smith"]
    assert found["1.02"].responsible == ["Marina Kitchen", "Bill Basra"]
    assert found["1.03"].responsible == ["John Coleman"]
    assert found["1.01"].responsible == []  # the cell is empty
    # "n/a" and "TBC" are nobody, but the words are kept
    assert found["1.07"].responsible == []
    assert found["1.07"].fields["Responsible (as written)"] == "n/a"
    assert found["4.33"].responsible == []
    assert found["4.33"].fields["Responsible (as written)"] == "TBC"
    # "Jenny Butlin- Moran" is tidied, and the cell is kept as written
    assert found["1.04"].responsible == ["Jenny Butlin-Moran"]
    assert found["1.04"].fields["Responsible (as written)"] == "Jenny Butlin- Moran"
    assert found["3.05"].responsible == ["Jenny Butlin-Moran"]
    assert found["4.37"].responsible == ["Noel Phillips", "Jo Davies"]
    assert result.aliases["MK"] == "Marina Kitchen"
    assert result.aliases["JBM"] == "Jenny Butlin-Moran"
    assert result.aliases["MH"] == "Marcus Herron"
    assert not any("not a known name" in w for w in result.warnings)


def test_warwickshire_deadlines_statuses_and_updates() -> None:
    result = imported("warwickshire_2017.csv")
    found = by_ref(result.plans[0])
    due = {ref: (found[ref].due, found[ref].due_precision, found[ref].due_text) for ref in found}
    assert due["1.01"] == (D(2018, 2, 28), "month", "February 2018")
    assert due["1.02"] == (D(2017, 10, 31), "month", "October 2017")
    assert due["1.03"] == (D(2017, 9, 30), "month", "September 2017")
    assert due["3.05"] == (D(2017, 10, 31), "month", "October2017")
    assert due["4.25"] == (
        D(2017, 9, 30),
        "month",
        "Phase One Completed\nRefresher Training September 2017",
    )
    assert due["1.07"] == (None, "open", "Completed")
    assert due["3.04"] == (None, "open", "In progress")
    assert due["4.33"] == (None, "open", "TBC")
    assert due["4.39"] == (None, "open", "Depended upon above")
    # a deadline of "Completed" means done; "In progress" means in progress
    assert found["1.07"].status == "done" and found["1.09"].status == "done"
    assert found["3.04"].status == "in_progress" and found["3.06"].status == "in_progress"
    assert found["1.01"].status == "not_started"
    assert all(a.rag is None for a in found.values())
    # "Progress to date (Sept 2017)" dates its notes
    assert [(u.date, u.text) for u in found["1.07"].updates] == [(D(2017, 9, 30), "Completed")]
    assert found["1.03"].updates[0].date == D(2017, 9, 30)
    assert found["1.03"].updates[0].text.startswith("Content agreed and workshops have started.")
    assert found["1.01"].updates == [] and found["1.01b"].updates == []
    # one note is one action's news: the update column is never spread down a group
    assert found["1.02"].updates == [] and len(found["1.02c"].updates) == 1
    assert "row 31: deadline 'TBC' has no date" in result.warnings
    assert "row 13: deadline 'Completed' has no date" in result.warnings


def test_warwickshire_columns_banners_and_extra_cells() -> None:
    result = imported("warwickshire_2017.csv")
    plan = result.plans[0]
    measure = "What does Good Look like? (as detailed in the Ofsted Handbook)"
    assert result.mapping == [
        ("Subject", "recommendation"),
        ("Lead", "lead"),
        ("No", "ref"),
        ("Summary", "extra"),
        ("Actions", "action"),
        ("Deadline", "due"),
        ("Responsible", "responsible"),
        (measure, "measure"),
        ("Progress to date (Sept 2017)", "update"),
    ]
    found = by_ref(plan)
    assert found["1.01"].fields["Summary"] == "Strategic vision and plan to be developed"
    assert found["1.01"].fields[measure].startswith("A clear vision and plan detailing")
    # "OOP Key Business Outcome : …" banners become fields of the actions under them
    assert (
        found["1.01"].fields["OOP Key Business Outcome"]
        == "Fewer Children need to come into or stay in care"
    )
    assert (
        found["3.01"].fields["OOP Key Business Outcome"]
        == "Children are in good quality placements that deliver value for money"
    )
    assert found["4.25"].fields["OOP Outcome"] == "WCC makes the best use of available resources"
    assert "Subject = recommendation" in plan.fields["Columns"]


# ----------------------------------------------------------------------- Stockton


def test_stockton_structure_and_recommendation_fields() -> None:
    result = imported("stockton_2013.csv")
    (plan,) = result.plans
    assert plan.title.startswith("Action Plan in response to the recommendations of the January")
    assert plan.title.endswith("update for CYP Select Committee 18th September 2013")
    assert plan.notes == ""  # the title repeated at each block is not a note
    assert [r.ref for r in plan.recommendations] == ["1", "2", "5", "7", "14"]
    first = plan.recommendations[0]
    assert first.text.startswith("Strengthen management oversight, in the referral and assessment")
    assert plan.recommendations[4].text.startswith("Ensure that strategic plans identify")
    assert first.fields == {
        "Heading": "Recommendation No. 1 - for immediate improvement",
        "Outcome: what difference will these actions make?": (
            "Children's needs will be identified and assessed in a more timely manner."
        ),
        "... and how will we know?": (
            "The quality of social work intervention and management oversight will be "
            "monitored through monthly case file audits."
        ),
    }
    assert plan.recommendations[2].fields["Heading"] == (
        "Recommendation No. 5 - for improvement within 3 months"
    )
    assert action_refs(plan) == [
        "1.1", "1.2", "1.3", "1.4", "1.6", "1.7",
        "2.1", "2.2", "2.3", "2.4",
        "5.1", "5.2", "5.5",
        "7.3", "7.5",
        "14.1", "14.4",
    ]  # fmt: skip
    found = by_ref(plan)
    # the number is taken off the front of the text; it became the ref
    assert found["1.1"].text == (
        "Interim Manager to be put in place, pending fuller review of "
        "workloads and staffing levels."
    )
    assert found["5.5"].text.startswith("Undertake a thematic case file audit 3 months")
    assert result.mapping == [
        ("What we will do", "action"),
        ("By when", "due"),
        ("Lead", "lead"),
        ("Update September 2013", "update"),
    ]
    assert "Update September 2013 / Update August 2013 = update" in plan.fields["Columns"]


def test_stockton_deadlines_statuses_updates_and_people() -> None:
    result = imported("stockton_2013.csv")
    found = by_ref(result.plans[0])
    assert (found["1.1"].due, found["1.1"].due_precision) == (D(2013, 2, 28), "month")
    assert found["1.1"].due_text == "February 2013."
    assert found["1.3"].due == D(2013, 4, 30)  # "Report to CMT in April 2013."
    assert (found["2.2"].due, found["2.2"].due_precision) == (D(2013, 3, 11), "day")
    assert found["5.1"].due == D(2013, 4, 30)  # "End of April 2013."
    assert found["7.5"].due == D(2013, 12, 31)  # "During Q3 (by end of December 2013)."
    assert (found["1.4"].due, found["1.4"].due_precision) == (None, "open")
    # update "Completed." (or a deadline "Completed.") means done
    assert [(u.date, u.text) for u in found["1.1"].updates] == [(D(2013, 9, 30), "Completed.")]
    assert found["1.1"].status == "done"
    assert found["2.1"].status == "done" and found["2.1"].due_text == "Completed."
    assert found["1.4"].status == "not_started"
    assert found["1.4"].updates[0].text == "Implementation planned for Nov 2013."
    assert found["1.7"].status == "not_started"
    # each block's own header dates its updates: "Update August 2013"
    assert [(u.date, u.text) for u in found["2.1"].updates] == [(D(2013, 8, 31), "Completed")]
    assert found["14.4"].updates[0].date == D(2013, 8, 31)
    # initials with no "Full Name (XY)" anywhere stay as written, with a warning
    assert found["1.1"].leads == ["SMcL"]
    assert found["1.6"].leads == ["JH", "SMcL"]
    assert found["1.6"].fields["Lead (as written)"] == "JH SMcL"
    assert found["5.5"].leads == ["All Case File Auditors"]  # a group, not split
    assert all(a.responsible == [] for a in found.values())
    assert result.aliases == {}
    assert "row 9: lead 'SMcL' is not a known name" in result.warnings
    assert "row 13: lead 'JH' is not a known name" in result.warnings
    assert "row 27: lead 'LK' is not a known name" in result.warnings
    assert not any("All Case File Auditors" in w for w in result.warnings)


# ---------------------------------------------------------------------- Southwark


def test_southwark_structure_and_names_column() -> None:
    result = imported("southwark_2017.csv")
    (plan,) = result.plans
    title = "Southwark Post Ofsted Single Inspection Framework Action Plan October 2017"
    assert plan.title == title  # the UTF-8 BOM is not part of it
    assert plan.notes == "APPENDIX 1"
    assert [r.ref for r in plan.recommendations] == ["1", "2", "3", "7", "10", "11"]
    assert plan.recommendations[0].text.startswith(
        "Ensure that prompt decisions are made to safeguard children"
    )
    assert plan.recommendations[4].text.startswith("Ensure that all social workers")
    # the page break repeats title and header; recommendation 3 continues across it
    assert action_refs(plan) == [
        "1.1", "2.1", "2.2", "3.1", "3.2", "3.3", "7.1", "7.2", "10.1", "11.1", "11.2",
    ]  # fmt: skip
    # the "Progress" header lies: its cells are names, so it is the lead column
    assert result.mapping == [
        ("Recommendation", "recommendation"),
        ("Action", "action"),
        ("Progress", "lead"),
        ("Timetable End date", "due"),
        ("RAG", "rag"),
        ("Key points to note", "update"),
    ]
    found = by_ref(plan)
    assert found["1.1"].text.startswith(
        "Introduce enhanced management oversight approach to key at risk cohorts including\n"
        "- Formal review points"
    )
    assert found["2.2"].text == "Embed new MASH and Early Help referral forms."
    assert found["1.1"].leads == ["April Bald", "Elaine Allegretti"]
    assert found["3.3"].leads == ["April Bald", "Mark Compton-James"]
    assert found["7.2"].leads == ["Elaine Allegretti"]
    assert all(a.responsible == [] for a in found.values())


def test_southwark_deadlines_rag_and_undated_updates() -> None:
    result = imported("southwark_2017.csv")
    found = by_ref(result.plans[0])
    assert (found["1.1"].due, found["1.1"].due_precision) == (D(2018, 4, 30), "month")
    assert found["2.1"].due == D(2018, 9, 30)
    assert found["3.1"].due == D(2017, 12, 31)
    assert (found["11.2"].due, found["11.2"].due_text, found["11.2"].due_precision) == (
        None,
        "Ongoing",
        "open",
    )
    assert found["10.1"].due is None
    assert found["10.1"].due_text == "Phase 2 of Catch 22 programme"
    # "?????" is no RAG colour: kept as written, with a warning
    assert found["10.1"].rag is None and found["10.1"].fields["RAG (as written)"] == "?????"
    assert "row 14: RAG '?????' not understood" in result.warnings
    assert all(a.status == "not_started" for a in found.values())
    # "Key points to note" has no date: the notes are undated, never the day of import;
    # the "- " each note opens with is the list's mark, no word of it
    assert [(u.date, u.text) for u in found["3.1"].updates] == [
        (None, "Audit scheduled for February 2018")
    ]
    assert all(len(a.updates) == 1 and a.updates[0].date is None for a in found.values())


# ------------------------------------------------------------------------ lossless


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [] if value is None else [str(value)]


def _fields(value: Any) -> list[dict[str, str]]:
    """Every ``fields`` dict in the dumped document."""
    if isinstance(value, dict):
        own = [value["fields"]] if isinstance(value.get("fields"), dict) else []
        return own + [f for v in value.values() for f in _fields(v)]
    if isinstance(value, list):
        return [f for v in value for f in _fields(v)]
    return []


def norm(text: str) -> str:
    return " ".join(text.split())


# The documented numbering that the importer takes off recommendation/action text.
_LEADING = re.compile(
    r"^(?:[A-Za-z]+\s+)?recommendation\s*(?:no\.?)?\s*\d+\s*[:.\-–]?\s*"
    r"|^\d+(?:\.\d+)*[.)]?\s+",
    re.IGNORECASE,
)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_cell_is_kept(name: str) -> None:
    result = imported(name)
    dumped = ExportDoc(plans=result.plans).model_dump()
    # a separator no cell holds: a cell must be found inside one string of the document
    kept = "\x1e".join(norm(s) for s in _strings(dumped))
    plans = result.plans
    texts = {norm(r.text) for p in plans for r in p.recommendations} | {
        norm(a.text) for p in plans for r in p.recommendations for a in r.actions
    }
    names = {
        norm(" ".join(people))
        for p in plans
        for r in p.recommendations
        for a in r.actions
        for people in (a.leads, a.responsible)
    }
    pairs = {(norm(k), norm(v)) for f in _fields(dumped) for k, v in f.items()}
    checked = 0
    for row in read_grid(FIXTURES / name):
        for cell in row:
            text = norm(cell)
            if not text:
                continue
            checked += 1
            # a list's marks taken off an action or update ("- New CIN workflow …")
            if text in kept or norm(without_list_marks(cell)) in kept:
                continue
            stripped = _LEADING.sub("", text, count=1)
            label, _, value = (p.strip() for p in text.partition(":"))
            assert (
                # a number taken off the front of a recommendation or action
                (stripped != text and stripped in texts)
                # a people cell whose names, one per line, are the cell
                or text in names
                # a "Label: value" banner kept as that field on the actions under it
                or (label, value) in pairs
            ), f"cell not kept: {text!r}"
    assert checked > 50


@pytest.mark.parametrize("name", SAMPLES)
def test_people_cells_that_were_reinterpreted_are_kept_as_written(name: str) -> None:
    """A lead/responsible cell differing from its parsed names is under '… (as written)'."""
    result = imported(name)
    for rec in result.plans[0].recommendations:
        for action in rec.actions:
            for key, value in action.fields.items():
                if key.endswith(" (as written)"):
                    parsed = ("\n".join(action.leads), "\n".join(action.responsible))
                    assert value not in parsed, (action.ref, key)
