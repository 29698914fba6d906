"""Random files never crash the importer and never leave a partial import."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from importers import ImportFailure, ImportOptions, load
from importers.apply import import_files
from store import Store
from store.models import PlanDoc
from tests.conftest import TODAY

OPTIONS = ImportOptions(today=TODAY)
HEADER_WORDS = [
    "Action",
    "Recommendation",
    "Lead",
    "Deadline",
    "RAG",
    "Status",
    "Progress",
    "Ref",
    "Responsible",
    "Notes",
]
cell = st.one_of(
    st.text(max_size=40),
    st.sampled_from(HEADER_WORDS),
    st.sampled_from(
        [
            "MK",
            "Marina Kitchen (MK)",
            "March 2027",
            "TBC",
            "1.01",
            "Recommendation No. 2",
            "Theme: x",
            "=1+1",
            '"',
            ",",
            "\n",
        ]
    ),
)
table = st.lists(st.lists(cell, max_size=7), min_size=0, max_size=12)


def check(path: Path) -> None:
    """A clean result that re-validates, or a one-line ImportFailure; nothing else."""
    try:
        result = load(path, OPTIONS)
    except ImportFailure as exc:
        assert "\n" not in str(exc) and path.name in str(exc)
        return
    for plan in result.plans:
        assert PlanDoc.model_validate(plan.model_dump()) == plan


@settings(max_examples=120, deadline=None)
@given(st.binary(max_size=600), st.sampled_from([".csv", ".xlsx", ".json", ".txt"]))
def test_random_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        check(path)


@settings(max_examples=120, deadline=None)
@given(
    table,
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    st.sampled_from([",", ";", "\t"]),
    st.booleans(),
)
def test_random_tables(rows: list[list[str]], encoding: str, delimiter: str, header: bool) -> None:
    if header:
        rows = [["Recommendation", "Action", "Lead", "Deadline"], *rows]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter).writerows(rows)
    try:
        data = out.getvalue().encode(encoding)
    except UnicodeEncodeError:
        assume(False)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "table.csv"
        path.write_bytes(data)
        check(path)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(min_size=1, max_size=300))
def test_an_import_of_several_files_is_all_or_nothing(tmp_path: Path, junk: bytes) -> None:
    good = tmp_path / "good.csv"
    good.write_text("Action,Lead\nWrite the plan,Jo Bloggs\n")
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01" + junk)
    with Store.open(tmp_path / f"{abs(hash(junk))}.db") as store:
        with pytest.raises(ImportFailure):
            import_files(store, [good, bad], OPTIONS)
        assert store.plans() == []
