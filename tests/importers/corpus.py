"""Score the importer on the corpus of plans in published layouts.

Each plan in ``tests/fixtures/plans/`` has an ``.expected.json`` written by hand
from the plan (see ``docs/import-rules.md``). This imports every plan, lines
its actions up with the expected ones and counts an action **fully right** only
when its ref, recommendation, text, people, due date, status, RAG and updates
all match. It also lists the words of the file that the imported plan lost.

    python -m tests.importers.corpus             # the main corpus
    python -m tests.importers.corpus --holdout   # the hold-out plans
    python -m tests.importers.corpus --copies    # Word, .ods and .xls copies of corpus plans
    python -m tests.importers.corpus --folder tests/fixtures/plans/holdout3  # any folder
    python -m tests.importers.corpus -v          # and every wrong field
    python -m tests.importers.corpus -k audit    # only plans whose name holds "audit"
    python -m tests.importers.corpus --field due # every wrong due date
"""

from __future__ import annotations

import argparse
import codecs
import csv
import datetime as dt
import difflib
import html
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docx import Document
from docx.text.hyperlink import Hyperlink
from openpyxl import load_workbook
from openpyxl.utils.escape import unescape
from python_calamine import CalamineWorkbook

from importers import ImportFailure, ImportOptions, load
from importers.strict import transitional
from store.docs import ActionDoc, ExportDoc, PlanDoc

TODAY = dt.date(2026, 12, 2)
PLANS = Path(__file__).resolve().parents[1] / "fixtures" / "plans"
HOLDOUT = PLANS / "holdout"
COPIES = PLANS / "copies"  # Word and OpenDocument copies of corpus plans, scored as their CSV
FIELDS = (
    *("ref", "recommendation", "text", "leads", "responsible"),
    *("due", "status", "rag", "updates"),
)
PLAN_SUFFIXES = (".csv", ".xlsx", ".docx", ".ods")  # a plan of its own, with its expected file
TEXT_MATCH = 0.8  # difflib ratio above which two action texts are the same action

Action = dict[str, Any]


@dataclass
class Miss:
    """One field of one action that came out wrong ("missing": not imported at all)."""

    action: str
    field: str
    expected: Any
    got: Any


@dataclass
class PlanScore:
    """How one plan imported, against its expected file."""

    name: str
    family: str
    expected: int
    found: int = 0
    right: int = 0
    recs_expected: int = 0
    recs_right: int = 0
    misses: list[Miss] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    error: str | None = None


def plan_files(folder: Path) -> list[Path]:
    """The plan files of a corpus folder: every file with an expected file beside it
    (a copy in another format shares its corpus plan's expected file)."""
    if folder == COPIES:
        return sorted(p for p in folder.iterdir() if p.suffix in (".docx", ".ods", ".xls"))
    expected = sorted(folder.glob("*.expected.json"))
    found = []
    for path in expected:
        stem = path.name.removesuffix(".expected.json")
        found += [p for p in folder.iterdir() if p.stem == stem and p.suffix in PLAN_SUFFIXES]
    return found


def score_plan(path: Path) -> PlanScore:
    """Import one plan and score it against its expected file."""
    expected = json.loads(expected_file(path).read_text("utf-8"))
    want = [_norm_expected(r["ref"], a) for r in expected["recommendations"] for a in r["actions"]]
    name = path.stem if path.suffix in (".csv", ".xlsx") else path.name
    score = PlanScore(name, expected["family"], len(want))
    score.recs_expected = len(expected["recommendations"])
    source = source_tokens(path, expected.get("plan_sheet"))
    options = ImportOptions(today=TODAY, **expected.get("import_options", {}))
    try:
        plans = load(path, options).plans
    except ImportFailure as exc:
        score.error = str(exc)
        score.lost = sorted(source)
        score.misses = [Miss(w["ref"], "missing", "imported", str(exc)) for w in want]
        return score
    recs = [r for plan in plans for r in plan.recommendations]
    got = [_norm_imported(r.ref, a) for r in recs for a in r.actions]
    score.found = len(got)
    _score_actions(score, want, got)
    _score_recommendations(score, expected["recommendations"], plans)
    score.lost = sorted(source - export_tokens(plans))
    return score


def expected_file(path: Path) -> Path:
    own = path.with_name(f"{path.stem}.expected.json")
    return own if own.exists() else PLANS / own.name


def _score_actions(score: PlanScore, want: list[Action], got: list[Action]) -> None:
    for expected, imported in align(want, got):
        if imported is None:
            score.misses.append(Miss(expected["ref"], "missing", expected["text"][:60], None))
            continue
        wrong = [f for f in FIELDS if expected[f] != imported[f]]
        score.misses += [Miss(expected["ref"], f, expected[f], imported[f]) for f in wrong]
        score.right += not wrong


def _score_recommendations(
    score: PlanScore, want: list[dict[str, Any]], plans: list[PlanDoc]
) -> None:
    got = {r.ref: _collapse(r.text) for plan in plans for r in plan.recommendations}
    for rec in want:
        if got.get(rec["ref"]) == _collapse(rec["text"]):
            score.recs_right += 1
            continue
        seen = got.get(rec["ref"], f"no recommendation {rec['ref']!r}; refs: {', '.join(got)}")
        score.misses.append(Miss(f"rec {rec['ref']}", "rec ref+text", rec["text"], seen))


def align(want: list[Action], got: list[Action]) -> Iterator[tuple[Action, Action | None]]:
    """Pair each expected action with an imported one: same recommendation and action
    ref first, else the closest text (difflib ratio at least 0.8), each used once."""
    free = list(got)
    pairs: list[Action | None] = []
    for action in want:
        match = next((g for g in free if _key(g) == _key(action)), None)
        if match is not None:
            free.remove(match)
        pairs.append(match)
    for action, match in zip(want, pairs, strict=True):
        if match is None:
            match = _closest_text(action, free)
            if match is not None:
                free.remove(match)
        yield action, match


def _key(action: Action) -> tuple[str, str]:
    return action["recommendation"], action["ref"]


def _closest_text(action: Action, candidates: list[Action]) -> Action | None:
    best, best_ratio = None, TEXT_MATCH
    for other in candidates:
        matcher = difflib.SequenceMatcher(None, action["text"], other["text"], autojunk=False)
        if matcher.real_quick_ratio() >= best_ratio and matcher.ratio() >= best_ratio:
            best, best_ratio = other, matcher.ratio()
    return best


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _norm_expected(rec_ref: str, action: dict[str, Any]) -> Action:
    updates = Counter((u["date"], _collapse(u["text"])) for u in action["updates"])
    return {
        "ref": action["ref"],
        "recommendation": rec_ref,
        "text": _collapse(action["text"]),
        "leads": frozenset(_collapse(p) for p in action["leads"]),
        "responsible": frozenset(_collapse(p) for p in action["responsible"]),
        "due": action["due"],
        "status": action["status"],
        "rag": action["rag"],
        "updates": updates,
    }


def _norm_imported(rec_ref: str, action: ActionDoc) -> Action:
    updates = Counter((_iso(getattr(u, "date", None)), _collapse(u.text)) for u in action.updates)
    return {
        "ref": action.ref,
        "recommendation": rec_ref,
        "text": _collapse(action.text),
        "leads": frozenset(_collapse(p) for p in action.leads),
        "responsible": frozenset(_collapse(p) for p in action.responsible),
        "due": _iso(action.due),
        "status": action.status,
        "rag": action.rag,
        "updates": updates,
    }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# --- lost words --------------------------------------------------------------------


# A bullet glyph pasted before a line ("▪ Train …", "● …", "➢ …"): layout, no word. The
# Geometric Shapes block holds the square, round and diamond bullets; Word's arrow and
# diamond bullets are dingbats; the Symbol and Wingdings fonts' bullets (U+F0B7, U+F0A7,
# U+F0D8), left by a PDF converter, are private-use characters. Status emoji (🟢, ✅)
# lie outside these.
_BULLETS = re.compile("[\u25a0-\u25ff\u2756\u27a2\u27a4\uf0b7\uf0a7\uf0d8]")


def tokens(text: str) -> set[str]:
    """Alphanumeric words of two characters or more, case folded, and each symbol
    such as an emoji (🟢, ✅): plans write statuses with them too. A bullet glyph is
    no word."""
    words = {t for t in re.findall(r"[^\W_]+", text.casefold()) if len(t) >= 2}
    symbols = {c for c in text if unicodedata.category(c) == "So" and not _BULLETS.match(c)}
    return words | symbols


# A cell of stored rich text (a SharePoint list's '<div class="ExternalClass…"><p>…</p>
# </div>'): its tags and entities are markup, not the plan's words; its text is.
_MARKUP_TAG = re.compile(r"<[^<>]*>")


# A line break typed as HTML inside text ('Entry one<br>Entry two', a Markdown table's
# cell of two lines): a break, its "br" no word of the plan's.
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


# A database's null a query's export writes into each empty cell ("NULL", "null",
# "(null)", \N), the whole cell: layout standing for an empty cell, no word of the
# user's (the word inside their text, "Remove NULL cost codes", is theirs and counted).
# So is a pivot's "(blank)", Excel's label for an empty value of a row field.
_WRITTEN_FOR_EMPTY = frozenset(
    {"NULL", "null", "Null", "(null)", "(NULL)", "\\N", "(blank)", "(Blank)"}
)


# A line break an export wrote as the two characters backslash and n, after text and
# before a line's start ("… Panel.\n21/10/2026 – …", "Complaints Manager\nHead of …"):
# a break, its "n" no letter of the next line's first word ("n21", "nhead").
_ESCAPED_BREAK = re.compile(r"(?<=[^\s\\])\\n(?![a-z\s\\]|$)")


# A format character drawing nothing (category Cf: a zero-width space, a direction mark,
# a soft hyphen, a byte-order mark), pasted from an e-mail into a word or a ref: no part
# of what the cell shows ("safe\u00adguarding" is one word). A joiner between two
# characters of other scripts builds an emoji or shapes letters: kept.
_JOINERS = re.compile(r"(?<=[^\x00-\x7f\s])[\u200c\u200d](?=[^\x00-\x7f\s])")


def _visible(cell: str) -> str:
    kept = {m.start() for m in _JOINERS.finditer(cell)}
    return "".join(c for i, c in enumerate(cell) if i in kept or unicodedata.category(c) != "Cf")


# A UTF-8 file opened as Windows-1252 and saved again shows each character outside ASCII
# as two or three ("councilâ€™s", "RenÃ©e"): the words meant are the file's words, the
# garbled ones no words of it. Told here line by line, independently of the importer's
# run by run: a line whose Windows-1252 bytes are other UTF-8 text is that text.
def _ungarbled(cell: str) -> str:
    return "\n".join(_line_ungarbled(line) for line in cell.split("\n"))


def _line_ungarbled(line: str) -> str:
    try:
        return line.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return line


def _shown(cell: str) -> str:
    """The text a cell shows: a cell opened and closed by a tag without its tags; a
    database's null, nothing; an escaped line break or a '<br>', a line break; a format character
    that draws nothing, nothing; a line garbled by reading UTF-8 as Windows-1252, as meant."""
    cell = cell.strip() if cell.isascii() else _visible(_ungarbled(cell)).strip()
    if cell in _WRITTEN_FOR_EMPTY:
        return ""
    cell = _BREAK_TAG.sub("\n", _ESCAPED_BREAK.sub("\n", cell))
    if cell.startswith("<") and cell.endswith(">"):
        return html.unescape(_MARKUP_TAG.sub(" ", cell))
    return cell


def source_tokens(path: Path, sheet: str | None = None) -> set[str]:
    """Every word of every non-empty cell of the plan (of its plan sheet, in a workbook),
    a rich-text cell's as the text it shows."""
    readers = {
        ".xlsx": lambda: _xlsx_cells(path, sheet),
        ".docx": lambda: _docx_cells(path),
        ".ods": lambda: _calamine_cells(path, sheet),
        ".xls": lambda: _calamine_cells(path, sheet),
    }
    cells = readers.get(path.suffix, lambda: _csv_cells(path))()
    return set().union(*(tokens(_shown(c)) for c in cells))


def export_tokens(plans: list[PlanDoc]) -> set[str]:
    """Every word of the imported plans as ``actionplan export --format json`` writes them."""
    exported = json.loads(ExportDoc(plans=plans).model_dump_json())
    return set().union(*(tokens(s) for s in _strings(exported)))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif value is not None:
        yield str(value)


def _csv_cells(path: Path) -> list[str]:
    raw = path.read_bytes()
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode Text"
        text = raw.decode("utf-16")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:  # Excel for Mac's "CSV (Macintosh)": CR alone, Mac Roman
            mac = b"\r" in raw and b"\n" not in raw
            text = raw.decode("mac_roman") if mac else _windows_or_dos(raw)
    rows = max((_rows(text, d) for d in ",;\t"), key=_regularity)
    return [cell for row in rows for cell in row if cell.strip()]


# Excel's "CSV (MS-DOS)" writes code page 850, whose 'é', 'ë' and '£' Windows-1252 shows
# as '‚', '‰' and 'œ' ("Ren‚e", "Zo‰", "œ12,000"). Told here independently of the
# importer's weighing: such a mark (or a byte Windows-1252 lacks, 'ü' 0x81) after a small
# letter or an 'œ' before a digit, and no capital after a small letter in the DOS reading
# (a Windows '’' is code page 850's 'Æ').
_DOS_AS_WINDOWS = re.compile(r"(?<=[a-z])[‚‰\x81\x8d\x8f\x90\x9d]|œ(?=\d)")
_CAPITAL_IN_WORD = re.compile(r"(?<=[a-zß-ÿ])[À-Þ]")


def _windows_or_dos(raw: bytes) -> str:
    try:
        windows = raw.decode("cp1252")
    except UnicodeDecodeError:  # cp850's 'ü' 0x81, 'ì' 0x8D: bytes Windows-1252 lacks
        windows = raw.decode("latin-1")
    if not _DOS_AS_WINDOWS.search(windows):
        return windows
    dos = raw.decode("cp850")
    return windows if _CAPITAL_IN_WORD.search(dos) else dos


def _rows(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline=None), delimiter=delimiter))


def _regularity(rows: list[list[str]]) -> int:
    """How many rows share the commonest width (above 1): the real delimiter wins."""
    widths = Counter(len(r) for r in rows if len(r) > 1)
    return max(widths.values(), default=0)


def _xlsx_cells(path: Path, sheet: str | None) -> list[str]:
    book = load_workbook(transitional(path), data_only=True)  # a Strict save as its ordinary one
    rows = (book[sheet] if sheet else book.worksheets[0]).iter_rows()
    return [
        # Excel's '_x000D_' escapes, which openpyxl leaves in inline strings, as characters
        _shown_month(c.value, c.number_format) or unescape(_cell_text(c.value))
        for row in rows
        for c in row
        if c.value is not None and str(c.value).strip()
    ]


# A number format's quoted text, escaped characters and [colour] or [locale] codes.
_FORMAT_NOISE = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def _shown_month(value: object, number_format: str) -> str | None:
    """A date cell whose format shows no day ("mmm-yy": "Mar-27") as the month it
    shows, "2027-03": Excel stores a typed month as its 1st, a day no reader sees."""
    codes = _FORMAT_NOISE.sub("", number_format.split(";")[0]).lower()
    if not isinstance(value, dt.date) or "y" not in codes or "m" not in codes:
        return None
    return None if any(c in codes for c in "dhs") else f"{value.year:04d}-{value.month:02d}"


def _docx_cells(path: Path) -> list[str]:
    """Every paragraph and table cell of a Word document, read by python-docx alone,
    without its hidden text."""
    doc = Document(str(path))
    cells = [_shown_text(p) for p in doc.paragraphs]
    cells += [
        "\n".join(_shown_text(p) for p in c.paragraphs)
        for table in doc.tables
        for row in table.rows
        for c in row.cells
    ]
    return [c for c in cells if c.strip()]


def _shown_text(paragraph: Any) -> str:
    """A paragraph's text but its runs formatted hidden (Font > Hidden), by themselves or
    by their character or paragraph style: Word neither shows nor prints them, and the
    rules read them as no word of the plan."""
    runs = (
        run
        for item in paragraph.iter_inner_content()
        for run in (item.runs if isinstance(item, Hyperlink) else [item])
    )
    return "".join(run.text for run in runs if not _hidden(run, paragraph))


def _hidden(run: Any, paragraph: Any) -> bool:
    if run.font.hidden is not None:
        return bool(run.font.hidden)
    return bool(run.style.font.hidden) != bool(paragraph.style.font.hidden)


def _calamine_cells(path: Path, sheet: str | None) -> list[str]:
    """Every cell of an .ods or .xls file's plan sheet (its first if none is named), read
    by calamine alone."""
    book = CalamineWorkbook.from_path(str(path))
    rows = (book.get_sheet_by_name(sheet) if sheet else book.get_sheet_by_index(0)).to_python()
    return [_cell_text(c) for row in rows for c in row if str(c).strip()]


def _cell_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# --- report ------------------------------------------------------------------------


def percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def totals(scores: Iterable[PlanScore]) -> tuple[int, int, int, int]:
    """Expected actions, fully right, lost words, plans that failed to import."""
    scores = list(scores)
    return (
        sum(s.expected for s in scores),
        sum(s.right for s in scores),
        sum(len(s.lost) for s in scores),
        sum(s.error is not None for s in scores),
    )


def report(scores: list[PlanScore], verbose: bool, only_field: str = "") -> str:
    head = f"{'plan':<36} {'family':<19} {'exp':>4} {'found':>5} {'right':>5} {'%':>5}"
    lines = [f"{head} {'lost':>5}"]
    for s in scores:
        flag = "  IMPORT FAILED" if s.error else ""
        lines.append(
            f"{s.name:<36} {s.family:<19} {s.expected:>4} {s.found:>5} {s.right:>5}"
            f" {percent(s.right, s.expected):>4.0f}% {len(s.lost):>5}{flag}"
        )
    expected, right, lost, failed = totals(scores)
    found = sum(s.found for s in scores)
    lines.append(
        f"{'TOTAL':<36} {'':<19} {expected:>4} {found:>5} {right:>5}"
        f" {percent(right, expected):>4.0f}% {lost:>5}"
    )
    recs = sum(s.recs_expected for s in scores), sum(s.recs_right for s in scores)
    lines.append(f"\nrecommendations right (ref + text): {recs[1]}/{recs[0]}")
    lines.append(f"plans that failed to import: {failed}")
    lines += ["", "by family:"] + _by_family(scores)
    lines += ["", "wrong fields:"] + _by_field(scores)
    if verbose or only_field:
        lines += _details(scores, only_field)
    return "\n".join(lines)


def _by_family(scores: list[PlanScore]) -> list[str]:
    families: dict[str, list[PlanScore]] = {}
    for s in scores:
        families.setdefault(s.family, []).append(s)
    out = []
    for family, group in sorted(families.items()):
        expected, right, lost, _ = totals(group)
        share = percent(right, expected)
        out.append(f"  {family:<19} {right:>4}/{expected:<4} {share:>4.0f}%  lost {lost}")
    return out


def _by_field(scores: list[PlanScore]) -> list[str]:
    """Misses per field, and how many actions that field alone keeps from fully right
    (the gain if only it were fixed)."""
    counts = Counter(m.field for s in scores for m in s.misses)
    alone: Counter[str] = Counter()
    for s in scores:
        per_action = Counter(m.action for m in s.misses)
        alone.update(m.field for m in s.misses if per_action[m.action] == 1)
    rows = [f"  {name:<20} {n:>4}   alone {alone[name]:>3}" for name, n in counts.most_common()]
    return rows or ["  none"]


def _details(scores: list[PlanScore], only_field: str) -> list[str]:
    out: list[str] = []
    for s in scores:
        misses = [m for m in s.misses if only_field in ("", m.field)]
        lost = [] if only_field else s.lost
        if not (misses or lost or s.error):
            continue
        out += ["", f"== {s.name} ({s.family})"]
        if s.error:
            out.append(f"  import failed: {s.error}")
        for m in misses:
            out.append(f"  {m.action:<8} {m.field:<12} expected {_show(m.expected)}")
            out.append(f"  {'':<8} {'':<12}      got {_show(m.got)}")
        if lost:
            out.append(f"  lost words: {' '.join(lost)}")
    return out


def _show(value: Any) -> str:
    if isinstance(value, frozenset):
        return repr(sorted(value))
    if isinstance(value, Counter):
        return repr(sorted(value.elements(), key=str))
    return repr(value)


def score_folder(folder: Path, only: str = "") -> list[PlanScore]:
    return [score_plan(p) for p in plan_files(folder) if only in p.stem]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Score the importer on the plan corpus.")
    parser.add_argument("--holdout", action="store_true", help="score the hold-out plans")
    parser.add_argument("--copies", action="store_true", help="score the Word and ODS copies")
    parser.add_argument(
        "--folder", type=Path, metavar="PATH", help="score the plans of this folder instead"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="show every wrong field")
    parser.add_argument("-k", default="", metavar="TEXT", help="only plans whose name holds TEXT")
    parser.add_argument("--field", default="", help="show the misses of this field only (-v)")
    args = parser.parse_args(argv)
    folder = args.folder or (HOLDOUT if args.holdout else COPIES if args.copies else PLANS)
    if not folder.is_dir():
        parser.error(f"--folder {folder}: no such folder")
    scores = score_folder(folder, args.k)
    print(report(scores, args.verbose, args.field))


if __name__ == "__main__":
    main()
