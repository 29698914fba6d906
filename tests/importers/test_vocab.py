"""importers.vocab: what status and RAG wording means, and a plan's own legend over it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from importers import vocab
from importers.vocab import (
    Legend,
    asks_if_done,
    looks_like_rag_column,
    looks_like_status_column,
    percent_fractions,
    percent_status,
    read_rag,
    read_status,
    yes_or_no,
)
from store.models import RAGS, STATUSES, Rag, Status

# The status table of docs/import-rules.md, row by row, as plans write the words.
DOCUMENTED_STATUS = [
    *[
        (w, "done", None)
        for w in ["Complete", "Completed", "Closed", "Done", "Achieved", "Met", "Implemented"]
    ],
    *[(w, "done", None) for w in ["✅", "✔", "Blue"]],
    *[
        (w, "in_progress", None)
        for w in [
            "On track",
            "In progress",
            "Ongoing",
            "On-going",
            "Started",
            "Underway",
            "Partially complete",
        ]
    ],
    *[(w, "in_progress", "red") for w in ["Off track", "Slipped", "Overdue", "Behind"]],
    *[(w, "in_progress", "amber") for w in ["At risk", "Delayed"]],
    *[(w, "blocked", None) for w in ["Blocked", "On hold", "Parked", "Paused", "Stalled"]],
    *[
        (w, "dropped", None)
        for w in ["Superseded", "Withdrawn", "Cancelled", "No longer required", "Not applicable"]
    ],
    *[(w, "not_started", None) for w in ["Not started", "Not yet started", "Planned", "Open"]],
    ("To do", "not_started", None),
]

# How the words come in real status cells: case, punctuation, a note after them.
STATUS_CELLS = [
    ("COMPLETED.", "done", None),
    ("Completed – evidence in the shared drive", "done", None),
    ("Completed in March 2019", "done", None),
    ("Met - see audit report", "done", None),
    ("in-progress", "in_progress", None),
    ("On track to complete by March", "in_progress", None),
    ("Work is ongoing; a draft has been completed", "in_progress", None),
    ("Partially implemented", "in_progress", None),
    # the lead's ruling: the qualifier wins over "done"
    ("Part done", "in_progress", None),
    ("Partly done – invoices left to check", "in_progress", None),
    ("Partially done", "in_progress", None),
    # any of part / partly / partially before any word for done
    ("Partly implemented", "in_progress", None),
    ("Partly implemented - two of three controls in place", "in_progress", None),
    ("Part-implemented", "in_progress", None),
    ("Partly met", "in_progress", None),
    ("Partially delivered", "in_progress", None),
    ("Not implemented", "not_started", None),
    ("Not yet complete", "in_progress", None),
    ("Not met", "in_progress", None),
    ("Off-track: recruitment delays", "in_progress", "red"),
    ("Not on track", "in_progress", "red"),
    ("Slipped to Q3", "in_progress", "red"),
    ("At risk – funding not agreed", "in_progress", "amber"),
    ("On hold pending restructure", "blocked", None),
    ("Superseded by action 4.2", "dropped", None),
    ("Not started – planned for May", "not_started", None),
    ("Not implemented", "not_started", None),
    ("Not yet implemented", "not_started", None),
    ("On target", "in_progress", None),
    ("Off target – recruitment delays", "in_progress", "red"),
    ("Not on target", "in_progress", "red"),
    ("Minor slippage to Q3", "in_progress", "amber"),
    # progress written against the plan's timetable (hold-out 182)
    ("Ahead of schedule", "in_progress", None),
    ("On schedule", "in_progress", None),
    ("Ahead of trajectory – 91% against 80%", "in_progress", None),
    ("Behind schedule", "in_progress", "red"),
    ("Not on schedule", "in_progress", "red"),
    # a state written after the timetable is where the work stands (a second reader)
    ("Ahead of target – closed", "done", None),
    ("On schedule – not started (starts Jan)", "not_started", None),
    ("Ahead of programme – on hold pending funding", "blocked", None),
    # some parts of several done (a second reader): the work under way
    ("Completed phase 1 of 3; phase 2 starts in the spring.", "in_progress", None),
    ("completed 2 of 5 sites", "in_progress", None),
    ("Completed 5 of 5 sites", "done", None),
    # the work done, its check still to come (a quality manager's, a board's)
    ("Awaiting verification", "in_progress", None),
    ("Pending verification by the QM", "in_progress", None),
    ("Awaiting sign-off", "in_progress", None),
    # a status column holding RAG colours
    ("Red", None, "red"),
    ("G", None, "green"),
    ("🟠", None, "amber"),
    ("B", "done", None),
]

NOT_UNDERSTOOD = [
    "Complete by March 2018",  # a target, not news
    "To be completed",
    "Will be complete when the panel meets",
    "Not delivered",
    "Met with head teachers on 3 May",  # "met" as prose
    "A draft is ready for review",  # "A" as a word, not amber
    "See progress column",
    "N/A",  # no status given
    "-",
    "",
]


@pytest.mark.parametrize(("cell", "status", "rag"), DOCUMENTED_STATUS + STATUS_CELLS)
def test_status_words(cell: str, status: Status | None, rag: Rag | None) -> None:
    assert read_status(cell) == (status, rag)


@pytest.mark.parametrize("cell", NOT_UNDERSTOOD)
def test_status_wording_that_states_none(cell: str) -> None:
    assert read_status(cell) == (None, None)


@pytest.mark.parametrize(
    ("cell", "rag", "status"),
    [
        ("R", "red", None),
        ("Red", "red", None),
        ("RED", "red", None),
        ("🔴", "red", None),
        ("A", "amber", None),
        ("Amber", "amber", None),
        ("🟡", "amber", None),
        ("🟠", "amber", None),
        ("G", "green", None),
        ("green ", "green", None),
        ("🟢", "green", None),
        ("Amber/Green", "amber", None),
        ("Blue", None, "done"),
        ("B", None, "done"),
        ("🔵", None, "done"),
        ("Complete", None, "done"),
        ("Completed", None, "done"),
        ("Red - off track", "red", "in_progress"),
        ("Green – on track", "green", "in_progress"),
        ("Off track", "red", "in_progress"),
        ("On hold", None, "blocked"),
        ("N/A", None, None),
        ("Purple", None, None),
        ("A draft is ready", None, None),
    ],
)
def test_rag_letters_words_colours_and_emoji(
    cell: str, rag: Rag | None, status: Status | None
) -> None:
    assert read_rag(cell) == (rag, status)


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "Green = Complete, Amber = On track, Red = Off track",
            {
                "green": ("done", "green"),
                "amber": ("in_progress", "amber"),
                "red": ("in_progress", "red"),
            },
        ),
        ("B - Completed; G - on track", {"b": ("done", None), "g": ("in_progress", "green")}),
        (
            "Key: 🔴 not started 🟡 in progress 🟢 complete",
            {
                "🔴": ("not_started", "red"),
                "🟡": ("in_progress", "amber"),
                "🟢": ("done", "green"),
            },
        ),
        (
            "RAG key:\nRed – significant concerns, off track\nAmber – some slippage\n"
            "Green – on track\nBlue – completed",
            {
                "red": ("in_progress", "red"),
                "amber": ("in_progress", "amber"),
                "green": ("in_progress", "green"),
                "blue": ("done", None),
            },
        ),
        (
            "1 - Not started; 2 - In progress; 3 - Complete",
            {"1": ("not_started", None), "2": ("in_progress", None), "3": ("done", None)},
        ),
        (
            "Closed = action complete and evidenced, Open = not started",
            {"closed": ("done", None), "open": ("not_started", None)},
        ),
        ("Purple = see note, Green = done", {"green": ("done", "green")}),
        (  # the label may say how the RAG is shown
            "RAG (cell colour): Green = closed, Amber = on track, Red = overdue",
            {
                "green": ("done", "green"),
                "amber": ("in_progress", "amber"),
                "red": ("in_progress", "red"),
            },
        ),
        (
            "RAG: G = on track, A = some concerns, R = not on track",
            {"g": ("in_progress", "green"), "a": (None, "amber"), "r": ("in_progress", "red")},
        ),
        (  # a sentence on how the ratings are shown, a dash, then the entries (hold-out 255)
            "Key: the progress update of each action is highlighted to show its rating – "
            "Green: completed; Amber: on track, not yet completed; Red: behind plan.",
            {
                "green": ("done", "green"),
                "amber": ("in_progress", "amber"),
                "red": ("in_progress", "red"),
            },
        ),
        ("Note: work completed", {}),  # one entry keyed by a word is prose, not a legend
        ("Status: Complete", {}),
        ("1 - Complete the audit of case files", {}),  # a numbered line, not a key
        ("The panel met in March and agreed the plan.", {}),
    ],
)
def test_a_legend_printed_in_the_file(text: str, entries: dict[str, object]) -> None:
    assert dict(Legend.from_texts([text]).entries) == entries


def test_a_legend_overrides_the_defaults_for_its_file() -> None:
    legend = Legend.from_texts(["Green = Complete, Amber = On track, Red = Off track"])
    assert read_rag("Green", legend) == ("green", "done")
    assert read_rag("Green") == ("green", None)
    assert read_status("Amber", legend) == ("in_progress", "amber")
    assert read_rag("Purple", legend) == (None, None)  # not in the legend: the default
    digits = Legend.from_texts(["1 - Not started; 2 - In progress; 3 - Complete"])
    assert read_status("3", digits) == ("done", None)
    assert read_status("3") == (None, None)


def test_a_legend_that_keys_a_colour_defines_it_however_the_plan_spells_it() -> None:
    """ "Key: Green = Complete" above a RAG column of G / 🟢: those actions are done."""
    legend = Legend.from_texts(["Key: Green = Complete, Amber = On track, Red = Off track"])
    assert read_status("G", legend) == ("done", "green")
    assert read_rag("🟢", legend) == ("green", "done")
    assert read_rag("R", legend) == ("red", "in_progress")
    assert read_rag("🟠", legend) == ("amber", "in_progress")
    letters = Legend.from_texts(["G = complete; A = on track"])
    assert read_rag("Green", letters) == ("green", "done")
    assert read_rag("Red", letters) == ("red", None)  # red is not in the key


def test_the_first_legend_in_a_file_wins_and_says_what_it_read() -> None:
    legend = Legend.from_texts(["B - Completed; G - on track", "G = complete"])
    assert legend.describe() == ["'b' → done", "'g' → in progress, RAG green"]


@pytest.mark.parametrize(
    ("cell", "status"),
    [
        ("0%", "not_started"),
        ("0", "not_started"),
        ("1%", "in_progress"),
        ("50", "in_progress"),
        ("99 %", "in_progress"),
        ("100 %", "done"),
        ("100%", "done"),
        ("75% complete", "in_progress"),
        ("0.5", "in_progress"),  # 0.5 %: read as a fraction only when the column says so
        ("62,5%", "in_progress"),  # a decimal comma, as a European regional format writes it
        ("100,0 %", "done"),
        ("0,0%", "not_started"),
        ("150%", None),
        ("half", None),
        ("", None),
    ],
)
def test_percent_complete(cell: str, status: Status | None) -> None:
    assert percent_status(cell) == status


def test_a_column_of_spreadsheet_fractions() -> None:
    column = ["0", "0.25", "0.5", "1", ""]  # how Excel stores 0 %, 25 %, 50 %, 100 %
    assert percent_fractions(column)
    assert [percent_status(c, fractions=True) for c in column] == [
        "not_started",
        "in_progress",
        "in_progress",
        "done",
        None,
    ]
    assert not percent_fractions(["0", "50", "100"])
    assert not percent_fractions(["0.5", "50%"])


def test_column_scores_tell_status_rag_and_progress_apart() -> None:
    status = ["Completed", "On track", "", "N/A", "Off track", "Not started"]
    rag = ["R", "Amber", "🟢", "G", "Blue", "-"]
    progress = [
        "Met with the head teachers on Tuesday and agreed that the work is ongoing in schools",
        "Draft policy shared with the board for comment; final version due in March",
        "Training delivered to 40 staff",
    ]
    assert looks_like_status_column(status) == 1.0
    assert looks_like_rag_column(rag) == 1.0
    assert looks_like_rag_column(status) == pytest.approx(1 / 4)  # only "Completed" is BRAG
    assert looks_like_status_column(progress) == 0.0
    assert looks_like_rag_column(progress) == 0.0
    assert looks_like_status_column(["", " "]) == 0.0


@given(st.text(max_size=80))
def test_any_cell_gives_a_known_status_and_rag_or_none(cell: str) -> None:
    status, rag = read_status(cell)
    assert status in (None, *STATUSES) and rag in (None, *RAGS)
    rag, status = read_rag(cell)
    assert status in (None, *STATUSES) and rag in (None, *RAGS)
    assert percent_status(cell) in (None, *STATUSES)
    assert 0.0 <= looks_like_status_column([cell, "Done"]) <= 1.0


@pytest.mark.parametrize(
    ("header", "asks"),
    [
        ("Done?", True),
        ("Completed?", True),
        ("Closed?", True),
        ("Complete (Y/N)", True),
        ("Action closed Y/N", True),
        ("% complete", False),  # a percentage, not an answer
        ("Date completed", False),
        ("Completion date", False),
    ],
)
def test_a_header_asking_whether_the_action_is_done(header: str, asks: bool) -> None:
    assert asks_if_done(header) is asks


def test_the_answers_to_a_done_column() -> None:
    answers = ["Y", "yes", "✔", "N", "No", "", "Partly"]
    assert [yes_or_no(a) for a in answers] == [True, True, True, False, False, None, None]


# Status words, the words that change what they mean ("to be completed", "complete by"),
# and pieces that make a phrase part of a longer word or put a symbol inside one.
_PIECES = [*sorted(vocab.STATUS_WORDS), "to", "be", "not", "yet", "by", "no later", "x", "✅"]


@given(
    st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6),
    st.sampled_from(["", " ", "-", "x", ". "]),
)
def test_a_status_phrase_is_found_where_searching_the_whole_cell_finds_it(
    pieces: list[str], glue: str
) -> None:
    """Trying the phrases only where one can begin gives the same match as a search
    of every position: the same words, at the same place, whatever surrounds them."""
    words = vocab.normal(glue.join(pieces))
    searched = vocab._STATUS_SCAN.search(words)
    found = vocab.status_phrase(words)
    assert (found and (found.span(), found[0])) == (searched and (searched.span(), searched[0]))


# Seen in hold-out 268 (a Welsh-medium school's Estyn plan): its RAG key pairs each Welsh
# word with the English colour, "Gwyrdd / Green – ar y trywydd iawn / on track", and its
# cells write the Welsh word alone.
@pytest.mark.parametrize(
    "key",
    [
        "Key: Uaine / Green – complete; Òmar / Amber – in progress; Dearg / Red – not started",
        "Key: Green / Uaine – complete; Amber / Òmar – in progress; Red / Dearg – not started",
        "Key: Uaine (Green) – complete; Òmar (Amber) – in progress; Dearg (Red) – not started",
    ],
)
def test_a_word_a_key_pairs_with_a_colour_means_what_that_colour_does(key: str) -> None:
    """Either way round, by slash or bracket: the word is the colour, as the key says."""
    legend = Legend.from_texts([key])
    assert read_status("Uaine", legend) == ("done", "green")
    assert read_status("Òmar", legend) == ("in_progress", "amber")
    assert read_status("Dearg", legend) == ("not_started", "red")


def test_words_a_key_only_pairs_with_colours_are_those_colours() -> None:
    """ "Allwedd / Key: Gwyrdd (Green); Ambr (Amber); Coch (Red)": a key giving each word
    only its colour; the colour's RAG, as the colour written alone has it."""
    legend = Legend.from_texts(["Allwedd / Key: Gwyrdd (Green); Ambr (Amber); Coch (Red)"])
    assert read_rag("Gwyrdd", legend) == read_rag("Green")
    assert read_rag("Coch", legend) == read_rag("Red")


def test_a_key_pairing_two_ratings_teaches_neither_the_other() -> None:
    """ "Red / Amber" is a rating of its own (the worse), no second name for red."""
    legend = Legend.from_texts(["Key: Red / Amber – significant delay; Green – on track"])
    assert "red" not in legend.entries


def test_the_welsh_colour_words_rate_as_their_colours() -> None:
    """A Welsh-only RAG column with no key: "Gwyrdd", "Oren", "Coch" are green, amber, red
    (the Welsh Government's school categories); "Glas" is left to the plan's key."""
    assert [read_rag(word)[0] for word in ("Gwyrdd", "Oren", "Coch", "Glas")] == [
        "green",
        "amber",
        "red",
        None,
    ]


def test_a_bilingual_key_s_meaning_holds_for_a_welsh_colour_word_it_names() -> None:
    """ "Coch / Red – heb ddechrau / not started": the key's red, not the default's."""
    legend = Legend.from_texts(["Allwedd / Key: Coch / Red – not started; Gwyrdd / Green – done"])
    assert read_status("Coch", legend) == ("not_started", "red")
    assert read_status("Gwyrdd", legend) == ("done", "green")
