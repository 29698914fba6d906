"""Random input never crashes the importer, our CSV round-trips, imports are all-or-nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from importers import ImportFailure, ImportOptions, ImportResult, load
from importers.apply import import_files
from importers.own_csv import OWN_CSV_HEADER, plan_rows
from store import Store
from store.docs import ActionDoc, PlanDoc, RecommendationDoc, UpdateDoc
from tests.conftest import TODAY

OPTIONS = ImportOptions(today=TODAY)
EXAMPLES = settings(max_examples=100, deadline=None)
HEADER_WORDS = [
    "Action",
    "Actions",
    "Recommendation",
    "Ref",
    "No",
    "Lead",
    "Lead officer",
    "Responsible",
    "Deadline",
    "By when",
    "RAG",
    "Status",
    "Progress",
    "Update September 2013",
    "Key points to note",
    "Target",
]
TRICKY = [
    "",
    "MK",
    "Marina Kitchen (MK)",
    "JH SMcL",
    "n/a",
    "March 2027",
    "Q4 2026/27",
    "TBC",
    "Completed",
    "1.01",
    "2.1.1. Social Care to",
    "Recommendation No. 2 - now",
    "Ofsted recommendation 3:",
    "Theme: Early help",
    "Outcome: what difference?",
    "=1+1",
    "'",
    '"',
    ",",
    ";",
    "\t",
    "\n",
    "\r",
    "\x1b[31m",
    "{",
    "PK\x03\x04",
    "£–🎉שלום",
]
cell = st.one_of(st.text(max_size=30), st.sampled_from(HEADER_WORDS), st.sampled_from(TRICKY))
table = st.lists(st.lists(cell, max_size=8), max_size=14)


def check(path: Path, options: ImportOptions = OPTIONS) -> ImportResult | None:
    """A result whose plans re-validate, or a one-line ImportFailure naming the file."""
    try:
        result = load(path, options)
    except ImportFailure as exc:
        message = str(exc)
        assert "\n" not in message and path.name in message, message
        return None
    assert isinstance(result, ImportResult)
    for plan in result.plans:
        assert PlanDoc.model_validate(plan.model_dump()) == plan
        for rec in plan.recommendations:
            for action in rec.actions:
                assert action.text.strip() and action.ref.strip()
    return result


@EXAMPLES
@given(st.binary(max_size=800), st.sampled_from([".csv", ".xlsx", ".json", ".txt", ""]))
def test_random_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"random{suffix}"
        path.write_bytes(data)
        check(path)


MAGIC = [b"PK\x03\x04", b"{", b"\xef\xbb\xbf{", b"\xff\xfe", b"\x89PNG"]


@EXAMPLES
@given(st.sampled_from(MAGIC), st.binary())
def test_random_bytes_behind_a_magic_number(magic: bytes, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.csv"
        path.write_bytes(magic + data)
        check(path)


@EXAMPLES
@given(
    table,
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    st.sampled_from([",", ";", "\t"]),
    st.one_of(st.none(), st.lists(st.sampled_from(HEADER_WORDS), min_size=1, max_size=8)),
)
def test_random_tables(
    rows: list[list[str]], encoding: str, delimiter: str, header: list[str] | None
) -> None:
    if header is not None:
        rows = [header, *rows]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter).writerows(rows)
    try:
        data = out.getvalue().encode(encoding)
    except UnicodeEncodeError:
        assume(False)
        raise
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "table.csv"
        path.write_bytes(data)
        result = check(path)
    if result is not None:
        # what was imported came from the table: one plan, with actions
        (plan,) = result.plans
        assert any(rec.actions for rec in plan.recommendations)


@EXAMPLES
@given(table, st.sampled_from(HEADER_WORDS), st.sampled_from(HEADER_WORDS))
def test_random_rows_under_a_real_header_import(rows: list[list[str]], a: str, b: str) -> None:
    """With an Action column and at least one data row, the import must succeed."""
    rows = [[f"text {i}", *row] for i, row in enumerate(rows)]
    assume(rows)
    out = io.StringIO(newline="")
    csv.writer(out).writerows([["Action", a, b], *rows])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "table.csv"
        path.write_text(out.getvalue(), encoding="utf-8")
        try:
            result = load(path, OPTIONS)
        except ImportFailure as exc:
            # only a header the delimiter choice read differently may fail, and then cleanly
            assert "\n" not in str(exc)
            return
    texts = [act.text for rec in result.plans[0].recommendations for act in rec.actions]
    assert texts, "rows under a header gave no actions"


# ------------------------------------------------------------ our CSV, random plans

# Our CSV keeps text exactly, except what every import does to a cell: control
# characters other than tab and newline removed, CR/CRLF made LF, the ends stripped.
_char = st.one_of(
    st.characters(blacklist_categories=("Cs", "Cc")),
    st.sampled_from(["\n", "\t", ";", ","]),
)
text = st.text(_char, max_size=20).map(str.strip)
non_empty = text.filter(bool)
# a name cannot hold the "; " that joins names in our CSV
names = st.lists(non_empty.filter(lambda n: ";" not in n), max_size=2, unique=True)
fields = st.dictionaries(st.text(_char, max_size=8).map(str.strip), text, max_size=3)
dates = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))
updates = st.lists(
    st.builds(
        UpdateDoc,
        date=dates,
        text=non_empty,
        status=st.none() | st.sampled_from(["in_progress", "done"]),
    ),
    max_size=2,
)


@st.composite
def plans(draw: st.DrawFn) -> PlanDoc:
    recs = []
    for r in range(1, draw(st.integers(1, 3)) + 1):
        acts = [
            ActionDoc(
                ref=f"{r}.{i}",
                text=draw(non_empty),
                leads=draw(names),
                responsible=draw(names),
                due=draw(st.none() | dates),
                due_text=draw(text),
                due_precision=draw(st.none() | st.sampled_from(["day", "month", "open"])),
                status=draw(st.sampled_from(["not_started", "in_progress", "blocked", "done"])),
                rag=draw(st.none() | st.sampled_from(["red", "amber", "green"])),
                fields=draw(fields),
                updates=draw(updates),
            )
            for i in range(1, draw(st.integers(1, 3)) + 1)
        ]
        recs.append(
            RecommendationDoc(ref=str(r), text=draw(text), fields=draw(fields), actions=acts)
        )
    return PlanDoc(
        title=draw(non_empty), notes=draw(text), fields=draw(fields), recommendations=recs
    )


@EXAMPLES
@given(plans(), st.sampled_from(["utf-8", "utf-8-sig"]))
def test_random_plans_round_trip_through_our_csv(doc: PlanDoc, encoding: str) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(OWN_CSV_HEADER)
    writer.writerows(plan_rows(doc))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.csv"
        path.write_bytes(out.getvalue().encode(encoding))
        assert load(path, OPTIONS).plans == [doc]


def test_our_csv_brings_back_ligatures_and_tags_as_written(tmp_path: Path) -> None:
    """Hypothesis found a title "ﬀ" coming back "ff": a pasted PDF's ligatures and a
    tool's HTML are read as the text they show in other files, never in our own export."""
    doc = PlanDoc(
        title="Ofﬁcer plan",
        recommendations=[
            RecommendationDoc(
                ref="1",
                text="<p>Kept as typed</p>",
                actions=[ActionDoc(ref="1.1", text="<b>bold</b> ﬂow")],
            )
        ],
    )
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(OWN_CSV_HEADER)
    writer.writerows(plan_rows(doc))
    path = tmp_path / "export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    assert load(path, OPTIONS).plans == [doc]


# ------------------------------------------------------------------- all or nothing

GOOD = "Recommendation,Action,Lead,Deadline\nImprove help,Write the plan,Jo Bloggs,May 2027\n"


def test_the_good_file_alone_imports(tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text(GOOD)
    store = Store.open(tmp_path / "db")
    try:
        import_files(store, [good], OPTIONS)
        assert [p.title for p in store.plans()] == ["good"]
    finally:
        store.close()


@pytest.mark.parametrize(
    "bad",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
        b"",
        b"Name,Date,Amount\nJo,2020-01-01,3\n",
        b'{"format": "actionplan/1", "plans": [{"title": ""}]}',
    ],
)
def test_an_import_of_several_files_is_all_or_nothing(tmp_path: Path, bad: bytes) -> None:
    good = tmp_path / "good.csv"
    good.write_text(GOOD)
    bad_file = tmp_path / "bad.csv"
    bad_file.write_bytes(bad)
    store = Store.open(tmp_path / "db")
    try:
        with pytest.raises(ImportFailure, match="bad.csv"):
            import_files(store, [good, bad_file], OPTIONS)
        assert store.plans() == []
    finally:
        store.close()


@settings(max_examples=30, deadline=None)
@given(st.binary(max_size=300))
def test_random_second_file_never_half_imports(junk: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        good = Path(folder) / "good.csv"
        good.write_text(GOOD)
        other = Path(folder) / "other.csv"
        other.write_bytes(b"\x00\x01" + junk)  # always binary
        store = Store.open(Path(folder) / "db")
        try:
            with pytest.raises(ImportFailure):
                import_files(store, [good, other], OPTIONS)
            assert store.plans() == []
        finally:
            store.close()
