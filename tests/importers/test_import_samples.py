"""The three real council plans imported end to end, and nothing lost."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from importers import ImportOptions, ImportResult, load
from importers.read import read_grid
from store.models import ExportDoc, PlanDoc
from tests.conftest import FIXTURES, TODAY

D = dt.date
SAMPLES = ["warwickshire_2017.csv", "stockton_2013.csv", "southwark_2017.csv"]


def imported(name: str) -> ImportResult:
    return load(FIXTURES / name, ImportOptions(today=TODAY))


def actions(plan: PlanDoc) -> dict[str, Any]:
    return {a.ref: a for r in plan.recommendations for a in r.actions}


def test_warwickshire_groups_merged_cells_and_resolves_initials() -> None:
    result = imported("warwickshire_2017.csv")
    (plan,) = result.plans
    assert plan.title.startswith("OOP Outcome : Warwickshire's Communities")
    assert [r.ref for r in plan.recommendations] == ["1", "2", "4", "5", "6", "3"]
    assert plan.recommendations[0].text.startswith("Ensure that all children and families")
    assert plan.recommendations[1].text == "Improve Health partnerships and engagements"
    found = actions(plan)
    assert len(found) == 25
    first = found["1.01"]
    assert first.text == "Write a strategy and plan for the delivery of Early Help"
    assert (first.due, first.due_precision, first.due_text) == (
        D(2018, 2, 28),
        "month",
        "February 2018",
    )
    assert first.leads == ["Marina Kitchen", "Bill Basra"]  # written once for the group
    assert first.fields["Summary"] == "Strategic vision and plan to be developed"
    # a second action row under the same number keeps the number, made unique
    assert found["1.01b"].text.startswith("Ensure an overarching outcomes framework")
    assert found["1.01b"].leads == ["Marina Kitchen", "Bill Basra"]
    assert found["1.02"].responsible == ["Marina Kitchen", "Bill Basra"]
    assert found["1.07"].status == "done" and found["1.07"].responsible == []  # "Completed", "n/a"
    assert found["1.04"].responsible == ["Jenny Butlin-Moran"]  # "Butlin- Moran" tidied
    assert found["3.04"].status == "in_progress" and found["3.04"].due is None
    assert found["1.03"].updates[0].date == D(2017, 9, 30)  # "Progress to date (Sept 2017)"
    assert found["4.39"].due_text == "Depended upon above" and found["4.39"].due is None
    assert found["3.01"].fields["OOP Key Business Outcome"].startswith("Children are")
    assert ("Subject", "recommendation") in result.mapping
    assert ("No", "ref") in result.mapping and ("Summary", "extra") in result.mapping
    assert "row 31: deadline 'TBC' has no date" in result.warnings


def test_stockton_blocks_with_banners_labels_and_dated_updates() -> None:
    result = imported("stockton_2013.csv")
    (plan,) = result.plans
    assert [r.ref for r in plan.recommendations] == ["1", "2", "5", "7", "14"]
    first = plan.recommendations[0]
    assert first.text.startswith("Strengthen management oversight, in the referral")
    assert first.fields["Heading"] == "Recommendation No. 1 - for immediate improvement"
    assert first.fields["Outcome: what difference will these actions make?"].startswith(
        "Children's needs will be identified"
    )
    found = actions(plan)
    assert len(found) == 17
    interim = found["1.1"]
    assert interim.text == (
        "Interim Manager to be put in place, pending fuller review of "
        "workloads and staffing levels."
    )
    assert (interim.due, interim.leads, interim.status) == (D(2013, 2, 28), ["SMcL"], "done")
    assert [(u.date, u.text) for u in interim.updates] == [(D(2013, 9, 30), "Completed.")]
    assert found["1.6"].leads == ["JH", "SMcL"]
    assert found["1.3"].due == D(2013, 4, 30)  # "Report to CMT in April 2013."
    assert found["2.2"].due == D(2013, 3, 11)  # "Completed – first weekly report wef 11/03/13."
    assert found["2.1"].updates[0].date == D(2013, 8, 31)  # "Update August 2013" block header
    assert "row 9: lead 'SMcL' is not a known name" in result.warnings


def test_southwark_names_column_and_undated_progress() -> None:
    result = imported("southwark_2017.csv")
    (plan,) = result.plans
    assert (
        plan.title == "Southwark Post Ofsted Single Inspection Framework Action Plan October 2017"
    )
    assert plan.notes == "APPENDIX 1"
    assert [r.ref for r in plan.recommendations] == ["1", "2", "3", "7", "10", "11"]
    assert ("Progress", "lead") in result.mapping  # the header lies; the cells are names
    assert ("Key points to note", "update") in result.mapping
    found = actions(plan)
    assert len(found) == 11
    assert found["1.1"].leads == ["April Bald", "Elaine Allegretti"]
    assert found["1.1"].due == D(2018, 4, 30)
    assert found["1.1"].updates[0].date == TODAY  # no date in the header
    assert found["2.2"].text == "Embed new MASH and Early Help referral forms."
    # the page break repeats the title and header; recommendation 3 continues across it
    assert [a.ref for a in plan.recommendations[2].actions] == ["3.1", "3.2", "3.3"]
    assert found["10.1"].fields["RAG"] == "?????" and found["10.1"].rag is None
    assert found["11.2"].due is None and found["11.2"].due_text == "Ongoing"


def _strings(value: Any) -> list[str]:
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)] if value is not None else []


_NUMBER = re.compile(
    r"^(?:\w+\s+)?recommendation\s*(?:no\.?)?\s*\d+\s*[:.\-–]?\s*|^\d+(?:\.\d+)*[.)]?\s+",
    re.IGNORECASE,
)


@pytest.mark.parametrize("name", SAMPLES)
def test_every_cell_is_kept(name: str) -> None:
    result = imported(name)
    kept = " ".join(
        " ".join(s.split()) for s in _strings(ExportDoc(plans=result.plans).model_dump(mode="json"))
    )
    for row in read_grid(FIXTURES / name):
        for cell in row:
            text = " ".join(cell.split())
            if text:
                # a "Label: value" banner is kept as a field named Label with that value
                pieces = [p.strip() for p in text.split(":", 1)]
                assert (
                    text in kept or _NUMBER.sub("", text) in kept or all(p in kept for p in pieces)
                ), text
