"""Resource guards: inputs past the documented limits are refused early, in one line.

The limits themselves are large (README, "Limits"); tests lower them where
building a file past them would take the test's own time and memory, and use
the real ones where the refusal is free (devices, pipes, sparse files).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from importers import ImportFailure, read
from importers.read import read_grid


def cli_import(path: Path, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actionplan.cli", "import", str(path), "--dry-run", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,  # /dev/zero was read until the OOM killer struck at 19 GB
    )


def test_dev_zero_and_a_fifo_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.csv"
    os.mkfifo(fifo)  # opening it would wait for a writer forever
    for source in (Path("/dev/zero"), fifo):
        out = cli_import(source, tmp_path / "plans.db")
        assert out.returncode == 1
        assert out.stderr == f"actionplan: {source}: is a device or pipe, not a plan file\n"
    assert not (tmp_path / "plans.db").exists()


def test_a_file_past_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.csv"
    with big.open("wb") as f:
        f.truncate(read.MAX_TABLE_BYTES + 1)  # sparse: no time, no disk
    with pytest.raises(ImportFailure, match="64 MB, larger than the 64 MB an import accepts"):
        read_grid(big)


def csv_file(tmp_path: Path, rows: int, columns: int) -> Path:
    path = tmp_path / "plan.csv"
    line = ",".join(f"c{i}" for i in range(columns))
    path.write_text("\n".join([line] * rows) + "\n")
    return path


def test_rows_columns_and_cells_past_the_limits_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read, "MAX_ROWS", 100)
    monkeypatch.setattr(read, "MAX_COLUMNS", 10)
    monkeypatch.setattr(read, "MAX_CELLS", 500)
    assert len(read_grid(csv_file(tmp_path, 100, 5))) == 100  # at the limits: read
    with pytest.raises(ImportFailure, match="plan.csv: more than 100 rows; split the file"):
        read_grid(csv_file(tmp_path, 101, 2))
    with pytest.raises(ImportFailure, match="plan.csv: row 1 has more than 10 columns"):
        read_grid(csv_file(tmp_path, 3, 11))
    with pytest.raises(ImportFailure, match="plan.csv: more than 500 cells; split the file"):
        read_grid(csv_file(tmp_path, 60, 10))


def workbook(tmp_path: Path, rows: int) -> Path:
    book = Workbook()
    for r in range(rows):
        book.active.append(["Recommendation text", f"1.{r}", "An action", "Ann Lead"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    return path


def test_a_workbook_that_expands_past_the_limit_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = workbook(tmp_path, 50)
    expanded = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    monkeypatch.setattr(read, "MAX_XLSX_EXPANDED", expanded - 1)
    with pytest.raises(ImportFailure, match=r"plan.xlsx: expands to 0 MB, more than the 0 MB"):
        read_grid(path)
    monkeypatch.setattr(read, "MAX_XLSX_EXPANDED", expanded)
    assert len(read_grid(path)) == 50


def test_a_sheet_is_counted_from_its_xml_before_openpyxl_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl reads ~50,000 cells a second; the count takes a second per 200 MB."""
    path = workbook(tmp_path, 30)
    monkeypatch.setattr(read, "MAX_ROWS", 29)

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("openpyxl was asked to parse a sheet past the limits")

    monkeypatch.setattr("openpyxl.load_workbook", never)
    with pytest.raises(ImportFailure, match="more than 29 rows or"):
        read_grid(path)


def test_tags_split_across_chunks_are_counted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = b"<sheetData>" + b"<row><c><v>1</v></c></row>" * 1000 + b"</sheetData>"
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    monkeypatch.setattr(read, "MiB", 7)  # 28-byte chunks: every tag crosses a boundary somewhere
    monkeypatch.setattr(read, "MAX_ROWS", 999)
    with zipfile.ZipFile(archive) as z, pytest.raises(ImportFailure):
        read._count_sheet(z, z.getinfo("xl/worksheets/sheet1.xml"), "plan.xlsx")
    monkeypatch.setattr(read, "MAX_ROWS", 1000)
    monkeypatch.setattr(read, "MAX_CELLS", 1000)
    with zipfile.ZipFile(archive) as z:
        read._count_sheet(z, z.getinfo("xl/worksheets/sheet1.xml"), "plan.xlsx")
