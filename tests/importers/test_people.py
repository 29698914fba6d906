"""importers.people: who a lead or responsible cell names, and what initials stand for."""

from __future__ import annotations

import pytest

from importers.people import (
    abbreviations,
    aliases_from_rows,
    aliases_from_text,
    canonical,
    looks_like_people_column,
    names_as_defined,
    resolve,
    split_names,
    surname_first,
)


@pytest.mark.parametrize(
    "cell",
    [
        "Assistant Director Education & SEND",
        "Head of Learning & Development",
        "Head of Service Early Help and Prevention",
        "Director of Children's Services / DCS",
        "Service Manager - Quality & Performance",
        "Learning and Development",
        "Safeguarding Partnership Board",
        "Director of Nursing (Acute)",  # the qualifier stays
        "Director of Nursing (Acute, Community)",
        "Head of Service and Jane Smith",  # one side a job title: "and" joins
    ],
)
def test_a_job_title_is_one_person(cell: str) -> None:
    assert split_names(cell) == (cell,)


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Jane Smith and Raj Patel", ["Jane Smith", "Raj Patel"]),
        ("Jane Smith & Raj Patel", ["Jane Smith", "Raj Patel"]),
        ("JW & KT", ["JW", "KT"]),
        ("JW/KT", ["JW", "KT"]),
        ("MK + BB", ["MK", "BB"]),
        ("MHCLG and Home Office", ["MHCLG", "Home Office"]),
        ("Department for Education / Home Office", ["Department for Education", "Home Office"]),
        ("Police & CCG", ["Police", "CCG"]),
        ("Jane Smith, Raj Patel and Karen Thomas", ["Jane Smith", "Raj Patel", "Karen Thomas"]),
        ("Jane Smith;\nRaj Patel", ["Jane Smith", "Raj Patel"]),
        ("JH SMcL", ["JH", "SMcL"]),
        ("Jackie Wood (JW)", ["Jackie Wood"]),  # the bracket defines JW and goes
        (
            "Jane Smith (Head of Learning) & Raj Patel",
            ["Jane Smith (Head of Learning)", "Raj Patel"],
        ),
        ("N/A", []),
        ("TBC", []),
    ],
)
def test_names_initials_and_bodies_split(cell: str, names: list[str]) -> None:
    assert list(split_names(cell)) == names


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Head of Financial Crime (Daniel Frost)", ["Daniel Frost"]),
        ("MLRO (Daniel Frost)", ["Daniel Frost"]),
        (
            "Head of Safer Gambling (Priya Shah) / Head of Financial Crime (Daniel Frost)",
            ["Priya Shah", "Daniel Frost"],
        ),
        ("Sandra Okafor – Registered Manager", ["Sandra Okafor"]),
        ("Dr Ruth Adeyemi – Named Doctor", ["Dr Ruth Adeyemi"]),
        ("Amara Osei – Equalities Officer / Head of HR (Tom Birch)", ["Amara Osei", "Tom Birch"]),
        ("Jane Smith and Head of HR (Tom Birch)", ["Jane Smith", "Tom Birch"]),
        # a comma before the post's unit is part of the post
        ("Matron, Medicine (Claire Dunn)", ["Claire Dunn"]),
        ("Head of Nursing, Adult Social Care (Amy Ross)", ["Amy Ross"]),
        ("Jane Smith, Head of HR (Tom Birch)", ["Jane Smith", "Tom Birch"]),
        ("Matron, Head of Nursing (Amy Ross)", ["Matron", "Amy Ross"]),
        ("Finance Team, HR (Tom Birch)", ["Finance Team", "Tom Birch"]),
    ],
)
def test_a_post_written_with_its_holder_names_the_holder(cell: str, names: list[str]) -> None:
    assert list(split_names(cell)) == names


@pytest.mark.parametrize(
    "cell",
    [
        "Head of Service (Adult Social Care)",  # a qualifier, not a name
        "Locality Manager (North East)",
        "Designated Nurse Safeguarding Adults (ICB)",
        "Service Manager - Quality & Performance",  # a post before the dash
        "Lead Nurse (Emergency Department)",  # a unit, not a person
        "Designated Doctor (Bradford District)",  # a place
        "Consultant Paediatrician (St James Hospital)",
        "Programme Manager (Digital Transformation)",  # a field of work
        "Clinical Lead (Cellular Pathology)",
    ],
)
def test_a_qualifier_in_brackets_or_after_a_dash_is_no_holder(cell: str) -> None:
    assert split_names(cell) == (cell,)


@pytest.mark.parametrize(
    "text",
    [
        "Jackie Wood (JW)",
        "JW = Jackie Wood",
        "JW - Jackie Wood",
        "JW: Jackie Wood",
        "Jackie Wood – JW",
        "Jackie Wood = JW",
        "Lead officer: Director Jackie Wood (JW)",
    ],
)
def test_each_way_of_writing_an_initials_definition(text: str) -> None:
    assert aliases_from_text([text]) == {"JW": "Jackie Wood"}


@pytest.mark.parametrize(
    "text",
    [
        "Key to staff initials: Karen Thomas (KT), Raj Patel (RP), Jenny Butlin-Moran (JBM)",
        "Leads:\nKT = Karen Thomas\nRP - Raj Patel, Head of Service\nJenny Butlin-Moran – JBM",
    ],
)
def test_a_key_row_or_legend_with_several_definitions(text: str) -> None:
    assert aliases_from_text([text]) == {
        "KT": "Karen Thomas",
        "RP": "Raj Patel",
        "JBM": "Jenny Butlin-Moran",
    }


def test_initials_with_small_letters() -> None:
    assert aliases_from_text(["SMcL = Sarah McLeod"]) == {"SMcL": "Sarah McLeod"}


@pytest.mark.parametrize(
    "text",
    [
        "NB: Karen Thomas to confirm the date",  # NB is not Karen Thomas's initials
        "Update - Karen Thomas met the team",
        "Status: Red",
        "See paragraph 3.2 - Quality Assurance",
    ],
)
def test_wording_that_defines_no_initials(text: str) -> None:
    assert aliases_from_text([text]) == {}


def test_the_first_definition_wins() -> None:
    assert aliases_from_text(["Karen Thomas (KT)", "KT = Kevin Taylor"]) == {"KT": "Karen Thomas"}


def test_a_job_title_is_an_alias_only_when_the_initials_fit_it() -> None:
    found = aliases_from_text(["Head Teacher (HT)", "Designated Safeguarding Lead (DSL)"])
    assert found == {"HT": "Head Teacher", "DSL": "Designated Safeguarding Lead"}
    assert aliases_from_text(["Head of Service (JW)"]) == {}


@pytest.mark.parametrize(
    ("cell", "names", "defined"),
    [
        # the body the post sits in, not its initials: a qualifier that stays, defining nothing
        (
            "Designated Nurse Safeguarding Adults (ICB)",
            ["Designated Nurse Safeguarding Adults (ICB)"],
            {},
        ),
        ("Head of Service (NHS)", ["Head of Service (NHS)"], {}),
        # initials that fit the title or the name are its definition, and go
        ("Head Teacher (HT)", ["Head Teacher"], {"HT": "Head Teacher"}),
        ("Director Karen Thomas (KT)", ["Director Karen Thomas"], {"KT": "Karen Thomas"}),
    ],
)
def test_a_bracket_after_a_job_title_is_initials_only_when_they_fit(
    cell: str, names: list[str], defined: dict[str, str]
) -> None:
    assert list(split_names(cell)) == names
    assert aliases_from_text([cell]) == defined


def test_a_key_sheet_in_either_order() -> None:
    rows = [
        ["Initials", "Name", "Role"],
        ["JW", "Jackie Wood", "Head of Service"],
        ["Karen Thomas", "KT", ""],
        ["", "", ""],
        ["RP", "Raj Patel "],
        ["R", "Red"],  # a RAG legend row, not a person
        ["Total", "3"],
    ]
    assert aliases_from_rows(rows) == {"JW": "Jackie Wood", "KT": "Karen Thomas", "RP": "Raj Patel"}


def test_a_key_row_of_a_name_and_a_short_job_title_is_one_person() -> None:
    rows = [
        ["JH", "Janet Hollis, Chief Nurse"],
        ["AP", "Amir Patel, Chief Medical Officer"],
        ["JBM", "Jenny Butlin- Moran"],  # a loose hyphen, no role after it: the whole name
        ["SL", "Dr Sam Lee (GP)"],  # a name holds no bracket or comma
    ]
    assert aliases_from_rows(rows) == {
        "JH": "Janet Hollis",
        "AP": "Amir Patel",
        "JBM": "Jenny Butlin-Moran",
        "SL": "Dr Sam Lee",
    }


def test_mixed_case_role_abbreviations_in_a_key_row() -> None:
    key = (
        "Key: HT – Head Teacher; ALNCo – Additional Learning Needs Coordinator;"
        " CoG – Chair of Governors"
    )
    assert abbreviations([key]) == {
        "HT": "Head Teacher",
        "ALNCo": "Additional Learning Needs Coordinator",
        "CoG": "Chair of Governors",
    }
    # one capital is a word, not an abbreviation
    assert abbreviations(["Note – Monitoring Group"]) == {}


def test_a_title_followed_by_its_short_form_in_brackets_defines_it() -> None:
    """A legend paragraph "Lead abbreviations: Director of Infection Prevention and
    Control (DIPC); …": the title's capitals spell the short form, so a lead written
    DIPC is the title. The label before it is no part of the title."""
    legend = (
        "Lead abbreviations: Director of Infection Prevention and Control (DIPC); "
        "Deputy Director of Estates and Facilities (DDEF)"
    )
    assert abbreviations([legend]) == {
        "DIPC": "Director of Infection Prevention and Control",
        "DDEF": "Deputy Director of Estates and Facilities",
    }
    # capitals that do not spell the bracket define nothing
    assert abbreviations(["Reported to the Quality Committee (QSC)"]) == {}


def test_initials_after_the_second_of_two_names_are_the_second_persons() -> None:
    cells = ["Jo Marsh and Priya Shah (PS)", "PS"]
    aliases = names_as_defined(cells, aliases_from_text(cells))
    assert aliases == {"PS": "Priya Shah"}
    assert resolve(split_names("PS"), aliases) == (["Priya Shah"], [])


def test_initials_resolve_and_the_unknown_are_reported() -> None:
    aliases = aliases_from_text(["Key: Karen Thomas (KT)"])
    assert resolve(split_names("KT / SMcL"), aliases) == (["Karen Thomas", "SMcL"], ["SMcL"])


def test_a_people_column_is_recognised_by_its_cells() -> None:
    leads = ["Jane Smith", "Head of Service (Acute)", "JW / KT", "MHCLG and Home Office", ""]
    assert looks_like_people_column(leads) == 1.0
    progress = ["Met with the team on 3/4. Draft shared.", "Completed", "Jane Smith", "31/03/2024"]
    assert looks_like_people_column(progress) == 0.25
    assert looks_like_people_column(["", " "]) == 0.0


def test_a_column_written_surname_first_keeps_each_person_whole() -> None:
    column = ["Howells, Sian", "Howells, Sian; Pritchard, Owen", "Evans, Catrin / Lloyd, Gareth"]
    assert surname_first(column)
    assert split_names(column[1], surname_first=True) == ("Howells, Sian", "Pritchard, Owen")
    assert split_names(column[2], surname_first=True) == ("Evans, Catrin", "Lloyd, Gareth")


@pytest.mark.parametrize(
    "column",
    [
        ["Jane Smith, Tom Jones", "Howells, Sian"],  # full names listed with commas
        ["Police, Council"],  # bodies, not a surname and a given name
        ["Howells, Sian", "Head of Finance"],  # not every cell
        ["Finance, HR"],
        ["HR, Payroll"],  # a body's code in capitals is no surname
        ["SEND, Inclusion"],
        ["Housing, Planning", "Planning, Legal"],  # a word in both places: services
        ["Commissioning, Operations"],  # service words, not a given name
    ],
)
def test_a_comma_between_full_names_or_bodies_still_separates_people(column: list[str]) -> None:
    assert not surname_first(column)
    assert split_names("Jane Smith, Tom Jones") == ("Jane Smith", "Tom Jones")


def test_an_email_address_is_kept_exactly_as_written() -> None:
    spelling: dict[str, str] = {}
    names = ["m.akhtar@eastvale.gov.uk", "bill basra"]
    assert canonical(names, spelling) == ["m.akhtar@eastvale.gov.uk", "Bill Basra"]
