"""A CSV too large to hold at once: scanned for its shape, then read again row by row.

A plan of a million rows is a 140 MB file; held as a grid of Python strings
it is several times that. So a large CSV is read twice, lazily: a first pass
checks every row (encoding, width, limits) and keeps only its head and tail,
from which the stages decide the layout (``importers._decide``); a second pass
hands the rows one at a time to the same typing, grouping and building rules.
"""

from __future__ import annotations

import csv
import io
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from importers.cut_short import Records
from importers.errors import ImportFailure
from importers.internal_names import names_decoded
from importers.pivots import pivot_blanks_emptied
from importers.read import (
    MAX_COLUMNS,
    XLSX_MAGIC,
    Grid,
    MiB,
    Sheet,
    _looks_utf16,
    _too_large,
    _width,
    check_source,
    choose_delimiter,
    file_kind,
    rectangle_row,
    single_byte_encoding,
)

# Larger CSVs are streamed: about 28,000 rows of a typical plan (smaller ones are read
# whole, as --explain and the workbench always read them)
STREAM_ABOVE = 4 * MiB
MAX_STREAMED_BYTES = 256 * MiB  # a million rows of a typical plan is ~140 MB
MAX_STREAMED_ROWS = 1_100_000  # measured: 1,000,000 actions peaked at 200 MiB
HEAD_ROWS = 2000  # read whole: the header search, profiles and grouping evidence
TAIL_ROWS = 200  # the last rows: notes, legends and keys of initials below the table


@dataclass
class CsvSource:
    """Where a large CSV is and how to read it, with the rows that decide its layout."""

    path: Path
    encoding: str
    delimiter: str
    width: int
    head: Grid  # the first HEAD_ROWS rows
    tail: list[tuple[int, list[str]]]  # (1-based number, row) of the last rows after the head

    @property
    def count(self) -> int:
        """Rows in the file."""
        return self.tail[-1][0] if self.tail else len(self.head)

    def sample(self) -> Sheet:
        """The head and the tail as one sheet, each row keeping its number in the file."""
        grid = [rectangle_row(r, self.width) for r in self.head]
        grid += [rectangle_row(r, self.width) for _, r in self.tail]
        numbers = [*range(1, len(self.head) + 1), *(n for n, _ in self.tail)]
        return pivot_blanks_emptied(names_decoded(Sheet(self.path.name, grid, numbers=numbers)))

    def rows(self) -> Iterator[list[str]]:
        """Every row again, cleaned and as wide as the widest, one at a time."""
        try:
            with self.path.open("rb") as raw:
                text = io.TextIOWrapper(raw, encoding=self.encoding, newline="")
                for row in csv.reader(text, delimiter=self.delimiter):
                    yield rectangle_row(row, self.width)
        except (csv.Error, UnicodeDecodeError, OSError) as exc:  # changed since the scan
            raise ImportFailure(f"{self.path.name}: not a readable CSV ({exc})") from None


def streamable(path: Path) -> bool:
    """A text table larger than STREAM_ABOVE, in an encoding read by the byte (not UTF-16)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    if size <= STREAM_ABOVE or head.startswith((XLSX_MAGIC, b"\xff\xfe", b"\xfe\xff")):
        return False
    return file_kind(path, head) == "text" and not _looks_utf16(head)


def scan(path: Path, encoding: str | None) -> CsvSource:
    """Check every row of a large CSV, keeping its head and tail; refuse it in one line."""
    check_source(path, MAX_STREAMED_BYTES)
    _refuse_binary(path)
    for candidate in (encoding,) if encoding else _encodings(path):
        try:
            return _scan(path, candidate)
        except UnicodeDecodeError as exc:
            if encoding:
                raise ImportFailure(f"{path.name}: cannot decode as {encoding} ({exc})") from None
        except LookupError as exc:
            raise ImportFailure(f"{path.name}: cannot decode as {encoding} ({exc})") from None
        except csv.Error as exc:
            raise ImportFailure(f"{path.name}: not a readable CSV ({exc})") from None
    raise AssertionError("latin-1 decodes every byte")


def _encodings(path: Path) -> Iterator[str]:
    """The encodings to try, as read.decode tries them: UTF-8, then the single-byte one
    the head tells (Windows-1252 or a Mac's Mac Roman), then latin-1, which reads any.
    The single-byte one is told only once UTF-8 has failed: telling it reads the head's
    4 MiB twice more (0.15 s of CPU), and most files are UTF-8."""
    yield "utf-8-sig"
    with path.open("rb") as f:
        head = f.read(4 * MiB)
    yield single_byte_encoding(head)
    yield "latin-1"


def _refuse_binary(path: Path) -> None:
    """A NUL byte anywhere: not text (UTF-16, which has them, is never streamed)."""
    with path.open("rb") as f:
        while chunk := f.read(4 * MiB):
            if b"\x00" in chunk:
                raise ImportFailure(f"{path.name}: binary file, not a CSV or Excel table")


def _scan(path: Path, encoding: str) -> CsvSource:
    with path.open("rb") as raw:
        start = raw.read(20000 * 4).decode(encoding, errors="replace")
        raw.seek(0)
        delimiter = choose_delimiter(start)
        text = io.TextIOWrapper(raw, encoding=encoding, newline="")
        head: Grid = []
        tail: deque[tuple[int, list[str]]] = deque(maxlen=TAIL_ROWS)
        width = 0
        records = Records(text, delimiter)
        for number, row in enumerate(records, 1):
            if number > MAX_STREAMED_ROWS:
                raise ImportFailure(
                    f"{path.name}: more than {MAX_STREAMED_ROWS:,} rows; split the file"
                )
            if len(row) > MAX_COLUMNS and any(row[MAX_COLUMNS:]):
                raise ImportFailure(
                    f"{path.name}: row {number} has more than {MAX_COLUMNS} columns"
                )
            width = max(width, _width(row))  # nothing past MAX_COLUMNS, as checked
            if number <= HEAD_ROWS:
                head.append(row)
            else:
                tail.append((number, row))
        records.check(path.name)
    if path.stat().st_size > MAX_STREAMED_BYTES:  # it grew while read
        raise _too_large(path, path.stat().st_size, MAX_STREAMED_BYTES)
    return CsvSource(path, encoding, delimiter, width, head, list(tail))
