"""Saved mappings ("profiles"): corrections made once, applied to next month's file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from importers import ImportFailure, ImportOptions, load
from importers.profiles import find_profile, match_profile, save_profile
from importers.read import read_sheets
from tests.cli.test_cli_contract import run

TODAY = dt.date(2026, 12, 2)
HEADER = "Ref,Action,Owner,Deadline,Notes"
CORRECTIONS = {"Owner": "responsible", "Notes": "extra"}


def tracker(tmp_path: Path, name: str, *rows: str, title_rows: int = 1) -> Path:
    path = tmp_path / name
    titles = [f"Westshire audit tracker, part {i + 1}" for i in range(title_rows)]
    path.write_text("\n".join([*titles, HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def october(tmp_path: Path) -> Path:
    return tracker(tmp_path, "october.csv", "1,Write the policy,Ann Lead,March 2027,Draft ready")


def november(tmp_path: Path, title_rows: int = 1) -> Path:
    rows = (
        "1,Write the policy,Ann Lead,March 2027,Signed off",
        "2,Train staff,Bob Smith,May 2027,",
    )
    return tracker(tmp_path, "november.csv", *rows, title_rows=title_rows)


def roles(path: Path, **options: object) -> dict[str, str]:
    result = load(path, ImportOptions(today=TODAY, **options))  # type: ignore[arg-type]
    return dict(result.mapping)


def test_a_profile_saved_on_one_file_is_applied_to_the_next_with_the_same_headers(
    tmp_path: Path,
) -> None:
    first = load(october(tmp_path), ImportOptions(today=TODAY, mapping=CORRECTIONS))
    assert first.options is not None
    save_profile("wsx", first.options, first.headers, TODAY)
    result = load(november(tmp_path), ImportOptions(today=TODAY, use_profiles=True))
    assert result.profile == "profile 'wsx' applied: 2 column roles"
    assert dict(result.mapping)["Owner"] == "responsible"
    assert dict(result.mapping)["Notes"] == "extra"
    actions = result.plans[0].recommendations[0].actions
    assert [(a.leads, a.responsible) for a in actions] == [([], ["Ann Lead"]), ([], ["Bob Smith"])]
    assert actions[0].updates == [] and actions[0].fields["Notes"] == "Signed off"


def test_no_profile_applies_unless_asked_or_to_other_headers(tmp_path: Path) -> None:
    first = load(october(tmp_path), ImportOptions(today=TODAY, mapping=CORRECTIONS))
    assert first.options is not None
    save_profile("wsx", first.options, first.headers, TODAY)
    assert roles(november(tmp_path))["Owner"] == "lead"  # the library's default: none
    other = tmp_path / "other.csv"
    other.write_text("Ref,Action,Lead,Deadline\n1,Write the policy,Ann Lead,May 2027\n")
    result = load(other, ImportOptions(today=TODAY, use_profiles=True))
    assert result.profile == "" and dict(result.mapping)["Lead"] == "lead"


def test_the_header_row_is_found_again_when_the_title_block_grows(tmp_path: Path) -> None:
    """Saved with --header-row 2; next month's file has two title rows: row 3."""
    options = ImportOptions(today=TODAY, mapping=CORRECTIONS, header_row=2)
    first = load(october(tmp_path), options)
    assert first.options is not None
    save_profile("wsx", first.options, first.headers, TODAY)
    path = november(tmp_path, title_rows=2)
    applied = find_profile(read_sheets(path))
    assert applied is not None and applied.header_row == 3
    result = load(path, ImportOptions(today=TODAY, use_profiles=True))
    assert result.profile == "profile 'wsx' applied: 2 column roles, header row 2"
    assert len(result.plans[0].recommendations[0].actions) == 2


def test_match_profile_compares_headers_without_case_or_spacing(tmp_path: Path) -> None:
    options = ImportOptions(today=TODAY, mapping=CORRECTIONS)
    path = save_profile("wsx", options, HEADER.split(","), TODAY)
    assert json.loads(path.read_text())["mapping"] == CORRECTIONS
    found = match_profile(["ref", " Action ", "OWNER", "Deadline", "Notes", ""])
    assert found is not None and found.name == "wsx"
    assert match_profile(["Ref", "Action", "Owner"]) is None


def test_a_forced_profile_that_does_not_fit_names_itself(tmp_path: Path) -> None:
    save_profile("wsx", ImportOptions(today=TODAY, mapping=CORRECTIONS), HEADER.split(","), TODAY)
    other = tmp_path / "other.csv"
    other.write_text("Ref,Action,Lead,Deadline\n1,Write the policy,Ann Lead,May 2027\n")
    with pytest.raises(ImportFailure, match="other.csv: profile 'wsx': no column named 'Owner'"):
        load(other, ImportOptions(today=TODAY, profile="wsx"))
    with pytest.raises(ImportFailure, match=r"no profile named 'nope' \(profiles: wsx\)"):
        load(other, ImportOptions(today=TODAY, profile="nope"))


def test_the_command_line_saves_lists_says_applied_and_can_refuse_it(tmp_path: Path) -> None:
    db = tmp_path / "plans.db"
    first = run(
        *("import", october(tmp_path), "--db", db, "--map", "Owner=responsible"),
        *("--map", "Notes=extra", "--save-profile", "wsx"),
    )
    assert first.returncode == 0, first.stderr
    assert "profile 'wsx' saved: 2 column roles" in first.stdout
    listed = run("profiles")
    assert listed.stdout.splitlines()[0] == (
        "wsx: 5 columns (Ref | Action | Owner | Deadline | …); Owner=responsible, Notes=extra"
    )
    nov = november(tmp_path)
    for flag in ("--dry-run", "--explain"):
        out = run("import", nov, "--db", db, flag)
        assert "  profile 'wsx' applied: 2 column roles" in out.stdout.splitlines(), out.stdout
    out = run("import", nov, "--db", db, "--dry-run", "--no-profile")
    assert "profile" not in out.stdout and "'Owner' -> lead" in out.stdout


def test_a_bad_profile_file_is_one_line_naming_it(tmp_path: Path, own_profiles: Path) -> None:
    (own_profiles / "profiles").mkdir()
    bad = own_profiles / "profiles" / "wsx.json"
    bad.write_text('{"name": "wsx", "headers": "not a list"}')
    db = tmp_path / "plans.db"
    for out in (run("profiles"), run("import", october(tmp_path), "--dry-run", "--db", db)):
        assert out.returncode == 1
        reason = "headers: Input should be a valid array"
        assert out.stderr == f"actionplan: {bad}: not a readable profile ({reason})\n"


def test_save_profile_is_refused_before_any_work_when_it_cannot_be_done(tmp_path: Path) -> None:
    db = tmp_path / "plans.db"
    two = run("import", october(tmp_path), november(tmp_path), "--db", db, "--save-profile", "x")
    assert (
        two.stderr
        == "actionplan: --save-profile takes one FILE: the profile is of its header row\n"
    )
    bad = run("import", october(tmp_path), "--db", db, "--save-profile", "../x")
    assert bad.returncode == 1 and "profile name '../x'" in bad.stderr
    assert not db.exists()


def test_an_export_cannot_be_saved_as_a_profile_and_nothing_is_written(tmp_path: Path) -> None:
    export = tmp_path / "plans.json"
    export.write_text('{"plans": [{"title": "Plan", "recommendations": []}]}')
    db = tmp_path / "plans.db"
    out = run("import", export, "--db", db, "--save-profile", "x")
    assert out.stderr == "actionplan: --save-profile: plans.json is read as written; no mapping\n"
    assert not db.exists()
