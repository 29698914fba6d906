"""What an NHS trust's CQC programme manager saw with her 55-action workbook (user
check of 6 Dec 2026): each test states what she reads — the printed line and exit
code, the row in the database, the cell of an exported file."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli_chase import run

HEADER = "Ref,Service,Finding,Action,Lead,Due,BRAG\r\n"
ROWS = [
    "MD1,Medical care,The trust must ensure staff complete training.,Deliver training,COO,"
    "31/01/2027,A\r\n",
    'MD2,Surgery,"The trust must ensure records are completed, contemporaneously.",'
    "Spot-check records,Chief Nurse,31/03/2027,G\r\n",
    "SD1,Maternity,The trust should improve discharge letters.,Letter template,COO,"
    "15/12/2026,B\r\n",
]
FULL = HEADER + "".join(ROWS)


def _json(capsys: pytest.CaptureFixture[str], db: Path) -> Any:
    code, out, err = run(capsys, "export", "--db", db, "--format", "json")
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(
    "cut",
    [
        FULL[: FULL.index("The trust should") + 9],  # mid-cell of the last row, no line break
        FULL[: FULL.index("records are") + 7],  # inside a quoted cell
    ],
)
def test_a_csv_cut_short_is_refused_and_the_stored_plan_is_untouched(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cut: str
) -> None:
    """A copy stopped part-way imported onto the plan overwrote the cut row's action
    ('Letter template' became 'Maternity', Done became Not started) and called every
    action after it missing, exit 0. It is refused in one line naming the row."""
    plan = tmp_path / "plan.csv"
    plan.write_text(FULL, encoding="utf-8")
    code, _, err = run(capsys, "import", "--db", db_path, plan, "--plan", "CQC")
    assert code == 0, err
    before = _json(capsys, db_path)
    plan.write_text(cut, encoding="utf-8")
    code, out, err = run(capsys, "import", "--db", db_path, plan, "--plan", "CQC")
    row = cut.count("\r\n") + 1
    assert code == 1
    assert err.strip().splitlines() == [
        f"actionplan: plan.csv: row {row} ends part-way (the file looks cut short); "
        "nothing imported"
    ]
    assert _json(capsys, db_path) == before


@pytest.mark.parametrize(
    "text",
    [
        "CQC action plan\r\n" + FULL + "Key: B = completed",  # rows of one cell above
        FULL.replace(",A\r\n", "\r\n") + "Total,3",  # ragged rows, a short last row
        HEADER + "".join(ROWS[:2]) + "SD1,Maternity,Letters\r\n",  # short, with its line break
        FULL.rstrip("\r\n"),  # a whole last row without a line break
        # typed by hand (second reader, session 28): the last row lacks its trailing
        # empty cell and its line break; a footnote of one cell with no line break
        HEADER + "".join(ROWS[:2]) + ROWS[2].removesuffix(",B\r\n"),
        FULL + "Updated by JS 01/12/2026",
    ],
)
def test_files_whose_last_row_is_short_but_whole_still_import(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    plan = tmp_path / "plan.csv"
    plan.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "import", "--db", db_path, plan, "--plan", "CQC")
    assert code == 0, err
    assert "actions: 3 created" in out


def test_our_own_csv_with_a_json_cell_cut_short_is_named_in_words(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Our CSV export, cut inside its Updates cell and saved again by a spreadsheet
    (which closes the quotes): the row and the cell in words, not the JSON parser's
    'Unterminated string starting at: line 1 column 13 (char 12)'."""
    plan = tmp_path / "plan.csv"
    plan.write_text(FULL, encoding="utf-8")
    assert run(capsys, "import", "--db", db_path, plan, "--plan", "CQC")[0] == 0
    own = tmp_path / "own.csv"
    code, _, err = run(capsys, "export", "--db", db_path, "--format", "csv", "-o", own)
    assert code == 0, err
    rows = list(csv.reader(own.open(encoding="utf-8-sig", newline="")))
    column = rows[0].index("Updates")
    rows[2][column] = '[{"date": "2026-'  # the cell as a cut left it
    with own.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    code, _, err = run(capsys, "import", "--db", db_path, own)
    assert code == 1
    assert err.strip().splitlines() == [
        "actionplan: own.csv: row 3: the Updates cell is cut short or not ours"
    ]


def test_a_label_and_number_opening_the_action_beside_a_ref_column_is_kept(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'Action 1: Deliver training' by the ref MD1 lost its 'Action 1:' everywhere (the
    JSON export too), while 'Should-do action 1: …' kept its own: a number that is not
    the ref cell typed again gives no ref, so its words stay. '1.3 Check …' by 1.3 is
    the ref typed again and still comes off."""
    plan = tmp_path / "plan.csv"
    plan.write_text(
        "Ref,Action,Lead,Due\r\n"
        "MD1,Action 1: Deliver training trajectory,COO,31/01/2027\r\n"
        "SD1,Should-do action 1: Discharge letter template,COO,31/01/2027\r\n"
        "1.3,1.3 Check the resuscitation trolleys,COO,31/01/2027\r\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", "--db", db_path, plan, "--plan", "CQC")
    assert code == 0, err
    doc = _json(capsys, db_path)
    texts = {
        a["ref"]: a["text"]
        for plan_doc in doc["plans"]
        for rec in plan_doc["recommendations"]
        for a in rec["actions"]
    }
    assert texts == {
        "MD1": "Action 1: Deliver training trajectory",
        "SD1": "Should-do action 1: Discharge letter template",
        "1.3": "Check the resuscitation trolleys",
    }


def test_a_keyed_post_code_then_its_division_is_the_post_with_its_division(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Key sheet says 'DDN = Divisional Director of Nursing'. 'DoN' alone was the
    post, 'DDN Medicine' stayed as written: the code then its division is the post
    with the division as its qualifier, the cell as written kept. A surname after a
    code ('DS Jones') or a second post ('DDN Clinical Director') resolves nothing."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Action Plan"
    ws.append(["Ref", "Action", "Action owner", "Deadline"])
    owners = ["DDN Medicine", "DoN", "DDN Acute Medicine", "DS Jones", "DDN Clinical Director"]
    for n, owner in enumerate(owners, 1):
        ws.append([f"MD{n}", f"Deliver the training trajectory {n}", owner, "31/01/2027"])
    key = wb.create_sheet("Key")
    key.append(["Abbreviation", "Post"])
    for code, post in [
        ("DDN", "Divisional Director of Nursing"),
        ("DoN", "Director of Nursing"),
        ("DS", "Detective Sergeant"),
    ]:
        key.append([code, post])
    plan = tmp_path / "plan.xlsx"
    wb.save(plan)
    code, _, err = run(capsys, "import", "--db", db_path, plan, "--plan", "CQC")
    assert code == 0, err
    actions = {
        a["ref"]: a
        for plan_doc in _json(capsys, db_path)["plans"]
        for rec in plan_doc["recommendations"]
        for a in rec["actions"]
    }
    assert actions["MD1"]["leads"] == ["Divisional Director of Nursing (Medicine)"]
    assert actions["MD1"]["fields"]["Action owner (as written)"] == "DDN Medicine"
    assert actions["MD2"]["leads"] == ["Director of Nursing"]
    assert actions["MD3"]["leads"] == ["Divisional Director of Nursing (Acute Medicine)"]
    assert actions["MD4"]["leads"] == ["DS Jones"]
    assert actions["MD5"]["leads"] == ["DDN Clinical Director"]
