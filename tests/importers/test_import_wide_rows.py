"""A CSV row with more cells than its header: an unquoted comma split a cell
('£12,500' read as 'Budget: £12' and 'Column 7: 500'); the import says so."""

from __future__ import annotations

from pathlib import Path

from importers.explain import explain_file
from tests.importers.test_import_rules import OPTIONS, result_of

CSV = (
    "Ref,Action,Lead,Deadline,Status,Budget\n"
    "1.1,Fund bank staff for Ash Ward,Grace Okafor,31/03/2027,In progress,£12,500\n"
    '1.2,Training budget,James Whitfield,30/06/2027,Not started,"£4,000"\n'
    "1.3,Review café opening hours,Anika Patel,31/01/2027,Complete,£0\n"
)
WIDE = "row 2 has 7 cells, the header 6: check for an unquoted comma"


def test_a_row_wider_than_the_header_is_named_in_the_warnings(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_bytes(CSV.encode("cp1252"))
    assert result_of(path).warnings == [WIDE]
    assert f"    {WIDE}" in explain_file(path, OPTIONS)


def test_rows_no_wider_than_the_header_give_no_warning(tmp_path: Path) -> None:
    path = tmp_path / "budget.csv"
    path.write_text(CSV.replace("£12,500", '"£12,500"'), encoding="utf-8")
    assert result_of(path).warnings == []
