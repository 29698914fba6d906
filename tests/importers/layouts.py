"""One known plan, written in a drawn layout, and what its import must give.

A ``Layout`` is the set of choices a council makes when it publishes a plan:
the format (CSV, a workbook, a Word table), how recommendations are grouped
and worded, where refs are written, the column order and extra columns, how
people, deadlines, status, RAG and updates are written, and the rows around
the table. ``write`` puts the known plan into a file in that layout and
``expected`` says, field by field, what a person reading the file records.
The property tests in ``test_import_layouts.py`` draw layouts and compare.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

D = dt.date
Cell = str | dt.date


@dataclass(frozen=True)
class Known:
    """One action of the known plan, and the recommendation it answers (by number)."""

    rec: int
    rec_text: str
    n: int  # its place in the recommendation, 1-based
    text: str
    lead: str
    initials: str
    job_title: str
    due: dt.date  # a quarter's last day, so every deadline wording can state it
    revised: dt.date | None
    status_word: str
    status: str
    rag: str
    update: str
    evidence: str
    risk: str
    comment: str
    inspection_para: str
    responsible: str
    detail: str  # a second line some plans write in the action's cell
    measure: str
    later_update: str  # the next month's update, where a plan keeps one column a month


PLAN = [
    Known(2, "Improve the quality of supervision", 1, "Refresh the supervision policy",
          "Jane Smith", "JS", "Head of Learning & Development", D(2024, 3, 31), None,
          "Complete", "done", "green", "Policy agreed", "Signed policy on the intranet",
          "Low", "Agreed at board", "Para 14",
          "Priya Shah", "• includes the audit tool", "Policy read by every manager",
          "Published to all staff"),
    Known(2, "Improve the quality of supervision", 2, "Train every team manager",
          "Raj Patel", "RP", "Assistant Director Education & SEND", D(2024, 6, 30),
          D(2024, 9, 30), "In progress", "in_progress", "amber", "Cohort 1 trained",
          "Attendance register", "Medium", "Second cohort booked", "Para 15",
          "Priya Shah", "• two cohorts of twelve", "Every manager trained", "Cohort 2 started"),
    Known(3, "Reduce caseloads in the assessment teams", 1, "Recruit six social workers",
          "Amy Jones", "AJ", "Director of Nursing (Acute)", D(2024, 9, 30), None,
          "Off track", "in_progress", "red", "Two posts filled", "Vacancy report",
          "High", "Agency cover in place", "Para 22",
          "Sam Lee", "• social workers and seniors", "Caseloads under 18",
          "Three posts filled"),
    Known(3, "Reduce caseloads in the assessment teams", 2, "Review caseload weighting",
          "Jane Smith", "JS", "Head of Learning & Development", D(2024, 12, 31), None,
          "Not started", "not_started", "green", "", "Weighting tool", "Low", "", "Para 23",
          "Sam Lee", "• with team managers", "Tool in use", ""),
    Known(5, "Strengthen the voice of children in plans", 1, "Launch the feedback app",
          "Tom Hill", "TH", "Head of Service Quality and Performance", D(2025, 3, 31),
          D(2025, 6, 30), "On hold", "blocked", "amber", "Supplier delayed",
          "App store listing", "Medium", "Awaiting supplier", "Para 31",
          "Priya Shah", "• pilot in two teams", "Feedback from 50 children",
          "New supplier chosen"),
]  # fmt: skip
PEOPLE = {k.initials: k.lead for k in PLAN}

# How a recommendation is headed, and the ref a person reads from it.
WORDINGS = {
    "Recommendation {n}: {text}": "{n}",
    "Area for improvement {n}: {text}": "{n}",
    "Key issue {n} – {text}": "{n}",
    "Priority {n}. {text}": "{n}",
    "Must do MD{n}: {text}": "MD{n}",
    "Recommendation R{n} {text}": "R{n}",
    "AFI {n} – {text}": "{n}",
    "{n}. {text}": "{n}",
}
# Where it is written: a banner row, a column written once per block (merged down in a
# workbook or Word table), a column written on every row, or a ref column once per block
# beside a text column, or a Ref column that holds the recommendation's number on its
# own row ("2" | "Improve …") and the actions' refs on theirs.
GROUPINGS = [
    "banner", "banner_cells", "column_once", "column_every_row", "ref_column_once", "ref_banner",
]  # fmt: skip
REF_STYLES = ["2.1", "2.1.", "2.1)", "(a)", "a)", "id", "column", "none"]
EXTRAS = [
    "Evidence", "Risk", "Comments", "Ofsted ref", "Inspection para", "Priority", "Date raised",
    "Success measure",
]  # fmt: skip
PEOPLE_STYLES = [
    "names", "initials_key_row", "initials_key_above", "initials_key_sheet", "initials_in_cell",
    "job_titles", "two_leads", "lead_and_responsible",
]  # fmt: skip
KEY_ROWS = [
    "Key to staff initials: {pairs}",
    "{initials} = {name}",
    "{initials} - {name}",
    "{name} – {initials}",
]
# Each wording states the date it is given (None: no date, the wording kept).
DUE_STYLES = [
    "%d/%m/%Y", "%d.%m.%y", "%Y-%m-%d", "%d %B %Y", "%b-%y", "%B %Y",
    "End of %B %Y", "quarter", "quarter_fy", "term", "revised_in_cell", "TBC", "Ongoing",
]  # fmt: skip
STATUS_WORDS = {
    "done": [
        "Complete",
        "Completed",
        "Closed",
        "Done",
        "Achieved",
        "✅",
        "Completed – see evidence",
    ],
    "in_progress": [
        "On track",
        "In progress",
        "Ongoing",
        "Started",
        "Underway",
        "On track, see update",
    ],
    "red": ["Off track", "Slipped", "Off track - recovery plan agreed"],
    "amber": ["At risk", "Delayed"],
    "blocked": ["On hold", "Parked", "Paused"],
    "dropped": ["Superseded", "Withdrawn", "Cancelled", "No longer required"],
    "not_started": ["Not started"],
}
RAG_STYLES = {
    "letter": {"red": "R", "amber": "A", "green": "G"},
    "word": {"red": "Red", "amber": "Amber", "green": "Green"},
    "emoji": {"red": "🔴", "amber": "🟡", "green": "🟢"},
    "brag": {"red": "R", "amber": "A", "green": "G", "done": "B"},  # Blue: complete
    "complete": {"red": "Red", "amber": "Amber", "green": "Green", "done": "Complete"},
    # A workbook's blank cells coloured by fill (FILLS): nothing written, Blue for complete
    "fill": {"red": "", "amber": "", "green": "", "done": ""},
}
FILLS = {"red": "C00000", "amber": "FFC000", "green": "92D050", "done": "00B0F0"}
FILL_WORDS = {"red": "Red", "amber": "Amber", "green": "Green", "done": "Blue"}
LEGEND = "Key: Green = Complete, Amber = On track, Red = Off track"
LEGEND_STATUS = {"green": "done", "amber": "in_progress", "red": "in_progress"}
UPDATE_HEADERS = {"Progress update": None, "Update Jan 2025": D(2025, 1, 31)}
UPDATE_HEADERS |= {"Progress at 31/03/24": D(2024, 3, 31), "Commentary": None}
UPDATE_HEADERS |= {"Progress to date": None, "Latest update": None}
UPDATE_HEADERS |= {"Position statement": None, "Update (as at 31 January 2025)": D(2025, 1, 31)}
# One update column a month: each dates its own cells.
MONTHLY = {"Update Dec 2024": D(2024, 12, 31), "Update Jan 2025": D(2025, 1, 31)}
HEADERS = {
    "action": [
        "Action",
        "What we will do",
        "Actions required",
        "Agreed action",
        "Actions to be taken",
        "Planned actions",
    ],
    "lead": [
        "Lead",
        "Lead officer",
        "Owner",
        "Accountable officer",
        "Responsible officer",
        "Who",
        "Action owner",
        "Lead(s)",
    ],
    "due": [
        "Due date",
        "Deadline",
        "Target date",
        "By when",
        "Timescale",
        "Completion date",
        "Target completion date",
        "When",
    ],
    "status": ["Status", "Progress status", "Current status"],
    "rag": ["RAG", "RAG rating", "RAG status", "Rating"],
    "rec": ["Recommendation", "Area for improvement", "Ofsted recommendation", "Improvement area"],
    "rec_no": ["Rec no", "Ref", "No.", "Rec"],
    "ref": ["Action ref", "Ref", "No.", "Ref no", "#"],
}
LEAD_HEADERS = ["Lead", "Lead officer", "Accountable officer", "Lead(s)"]
TITLES = [
    "Children's services improvement action plan",
    "Ofsted ILACS inspection 2024: improvement plan",
]
MORE_TITLES = [
    "Progress as at 31 January 2025",
    "Version 4 – RAG status shown against each action",
    "Owner: Director of Children's Services",
]


@dataclass(frozen=True)
class Layout:
    """Every choice of one published layout; the defaults are a plain CSV."""

    fmt: str = "csv"
    encoding: str = "utf-8"
    delimiter: str = ","
    front_sheet: str = ""  # "", "Cover" or "Summary": a sheet before the plan's (xlsx)
    excel_dates: bool = False  # dates as date cells (xlsx), not text
    excel_times: bool = False  # those date cells hold a time of day too (17:00)
    titles: tuple[str, ...] = (TITLES[0],)
    notes: int = 0
    grouping: str = "banner"
    wording: str = "Recommendation {n}: {text}"
    refs: str = "2.1"
    order: tuple[int, ...] = ()  # a permutation of the body columns; () keeps them
    extras: tuple[str, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()  # role → header word, where not the first
    people: str = "names"
    key_row: str = KEY_ROWS[0]
    due_styles: tuple[str, ...] = ("%d/%m/%Y",) * len(PLAN)
    revised: bool = False
    status_words: tuple[str, ...] = tuple(k.status_word for k in PLAN)
    status_column: bool = True
    rag: str = "letter"  # a key of RAG_STYLES, or "none"
    percent: str = ""  # a % complete column written "40%", "40" or "40% complete"
    legend: bool = False
    update_header: str = "Progress update"
    dated_paragraphs: str = ""  # "12/01/2025 – Policy agreed" ("day") or "January 2025: …"
    multiline: bool = False  # the action's cell holds a second line
    blank_column: bool = False  # the table starts in column B (a workbook) or after a ","
    blank_rows: bool = False  # an empty row after the titles and between the blocks
    word_tables: str = "one"  # "per_rec": a Word table per recommendation, heading between
    monthly: bool = False  # two update columns, one a month, instead of one
    two_row_header: bool = False  # "Timescale" over "Original | Revised", "Accountable" over …
    repeat_header: bool = False  # the header again before the last block (a page break)


@dataclass
class Expected:
    """What a person reads from the file, action by action."""

    recs: list[tuple[str, str]]
    actions: list[dict[str, object]]
    notes: list[str] = field(default_factory=list)


# --- what the file says --------------------------------------------------------------

LETTERS = "abcdefgh"


def rec_ref(layout: Layout, k: Known) -> str:
    return WORDINGS[layout.wording].format(n=k.rec)


def rec_heading(layout: Layout, k: Known) -> str:
    return layout.wording.format(n=k.rec, text=k.rec_text)


def heading_label(layout: Layout, k: Known) -> str:
    """The heading without its text, for a banner written in two cells ("AFI 2 –" | text)."""
    return layout.wording.split("{text}")[0].format(n=k.rec).strip()


def action_ref(layout: Layout, k: Known, index: int) -> str:
    if layout.refs in ("(a)", "a)"):
        return f"{rec_ref(layout, k)}{LETTERS[k.n - 1]}"
    if layout.refs == "id":
        return f"A-{index + 1:03d}"
    return f"{rec_ref(layout, k)}.{k.n}"


def action_text(layout: Layout, k: Known) -> str:
    return f"{k.text}\n{k.detail}" if layout.multiline else k.text


def action_cell(layout: Layout, k: Known) -> str:
    """The action's text with its numbering in front, where the layout writes it so."""
    ref = f"{rec_ref(layout, k)}.{k.n}"
    letter = LETTERS[k.n - 1]
    leading = {"2.1": ref, "2.1.": f"{ref}.", "2.1)": f"{ref})"}
    leading |= {"(a)": f"({letter})", "a)": f"{letter})"}
    text = action_text(layout, k)
    in_text = layout.refs in leading and layout.grouping != "ref_banner"
    return f"{leading[layout.refs]} {text}" if in_text else text


# Where the layout names two leads in one cell, and how it joins them.
TWO_LEADS = {0: "Jane Smith / Raj Patel", 3: "Jane Smith and Amy Jones", 4: "Tom Hill & Raj Patel"}


def lead_cell(layout: Layout, k: Known, index: int) -> str:
    if layout.people.startswith("initials"):
        named_before = any(other.lead == k.lead for other in PLAN[:index])
        in_cell = layout.people == "initials_in_cell" and not named_before
        return f"{k.lead} ({k.initials})" if in_cell else k.initials
    if layout.people == "job_titles":
        return k.job_title
    if layout.people == "two_leads":
        return TWO_LEADS.get(index, k.lead)
    return k.lead


def leads(layout: Layout, k: Known, index: int) -> list[str]:
    if layout.people == "job_titles":
        return [k.job_title]
    if layout.people == "two_leads" and index in TWO_LEADS:
        return re.split(r" / | and | & ", TWO_LEADS[index])
    return [k.lead]


def due_style(layout: Layout, k: Known, index: int) -> str:
    """The drawn wording, where it can state this action's deadline ("Spring term"
    only ends a term; a revision in the cell only where the plan revised the date and
    has no revised column)."""
    style = layout.due_styles[index]
    if style == "revised_in_cell" and (k.revised is None or layout.revised):
        return "%d/%m/%Y"
    return style


def due_cell(layout: Layout, k: Known, index: int) -> Cell:
    style = due_style(layout, k, index)
    if style == "revised_in_cell" and k.revised:
        return f"{k.revised:%b %Y} (revised from {k.due:%b %Y})"
    written = date_cell(style, k.due, layout.excel_dates and layout.fmt == "xlsx")
    if layout.excel_times and isinstance(written, dt.date):
        return dt.datetime.combine(written, dt.time(17, 0))
    return written


def date_cell(style: str, day: dt.date, excel: bool) -> Cell:
    if style in ("TBC", "Ongoing"):
        return style
    fy = day.year if day.month > 3 else day.year - 1  # the financial year it falls in
    quarter = (day.month - 4) % 12 // 3 + 1
    if style == "quarter":
        return f"Q{quarter} {fy}"
    if style == "quarter_fy":
        return f"Q{quarter} {fy}/{(fy + 1) % 100:02d}"
    if style == "term":
        return {3: "Spring term", 7: "Summer term", 12: "Autumn term"}[day.month] + f" {day.year}"
    if excel and style.startswith("%d"):
        return day
    return day.strftime(style)


def term_fits(day: dt.date) -> bool:
    return (day.month, day.day) in ((3, 31), (7, 31), (12, 31))


PERCENT = {"done": 1.0, "not_started": 0.0}  # anything else: 0.4


PERCENT_STYLES = {"%": "{:.0%}", "number": "{:.0f}", "words": "{:.0%} complete"}


def percent_cell(layout: Layout, k: Known) -> Cell | float:
    share = PERCENT.get(k.status, 0.4)
    if layout.excel_dates and layout.fmt == "xlsx":
        return share  # a percent-formatted number cell holds the fraction
    number = share * 100 if layout.percent == "number" else share
    return PERCENT_STYLES.get(layout.percent, "").format(number)


def word_meaning(word: str) -> tuple[str, str | None]:
    """The status a word means and the RAG it implies ("Off track": in progress, red)."""
    for meaning, words in STATUS_WORDS.items():
        if word in words:
            if meaning in ("red", "amber"):
                return "in_progress", meaning
            return meaning, None
    raise KeyError(word)


def update_cell(layout: Layout, k: Known, index: int) -> str:
    if not (layout.dated_paragraphs and k.update):
        return k.update
    style = "%d/%m/%Y –" if layout.dated_paragraphs == "day" else "%B %Y:"
    return "\n".join(f"{day:{style}} {text}" for day, text in dated_updates(layout, k, index))


def dated_updates(layout: Layout, k: Known, index: int) -> list[tuple[dt.date, str]]:
    """The paragraphs of a cell of dated updates, two for the second action: a day, or
    a month (its last day)."""
    days = [D(2024, 12, 12 + index), D(2025, 2, 3)]
    if layout.dated_paragraphs == "month":
        days = [D(2024, 12, 31), D(2025, 2, 28)]
    first = (days[0], k.update)
    return [first, (days[1], "Next cohort booked")] if index == 1 else [first]


# --- the rows ----------------------------------------------------------------------


@dataclass
class Written:
    """The plan as the rows of its sheet, each with its kind ("title", "head", "banner",
    "data", "blank", "note"), the merged ranges, and the sheets around it."""

    rows: list[list[Cell | float]] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    fills: list[tuple[int, int, str]] = field(default_factory=list)  # row, column, RGB
    before: list[tuple[str, list[list[Cell]]]] = field(default_factory=list)
    after: list[tuple[str, list[list[Cell]]]] = field(default_factory=list)

    def add(self, kind: str, row: list[Cell | float]) -> int:
        self.rows.append(row)
        self.kinds.append(kind)
        return len(self.rows) - 1


def body_columns(layout: Layout) -> list[str]:
    cols = ["action", "lead"]
    cols += ["responsible"] if layout.people == "lead_and_responsible" else []
    cols += ["due"] + (["revised"] if layout.revised else [])
    cols += ["status"] if layout.status_column else []
    cols += ["rag"] if layout.rag != "none" else []
    cols += ["percent"] if layout.percent else []
    cols += ["update", "later_update"] if layout.monthly else ["update"]
    cols += layout.extras
    if layout.order:
        cols = [cols[i] for i in layout.order if i < len(cols)] + cols[len(layout.order) :]
    return cols


def lead_columns(layout: Layout) -> list[str]:
    if layout.grouping == "ref_banner":
        return ["ref_banner"]  # the recommendations' and the actions' refs, one column
    grouping = {"column_once": ["rec"], "column_every_row": ["rec"]}
    grouping["ref_column_once"] = ["rec_no", "rec"]
    refs = {"id": ["ID"], "column": ["ref"]}
    return grouping.get(layout.grouping, []) + refs.get(layout.refs, [])


def written_ref(layout: Layout, k: Known, index: int) -> str:
    """An action's ref as a Ref column shared with the recommendations writes it."""
    letter = LETTERS[k.n - 1]
    styles = {"(a)": f"({letter})", "a)": f"{letter})", "id": f"A-{index + 1:03d}", "none": ""}
    ref = f"{rec_ref(layout, k)}.{k.n}"
    styles |= {"2.1.": f"{ref}.", "2.1)": f"{ref})"}
    return styles.get(layout.refs, ref)


FIXED_HEADERS = {
    "responsible": "Responsible officer",
    "revised": "Revised due date",
    "percent": "% complete",
}


def header_word(layout: Layout, col: str) -> str:
    chosen = dict(layout.headers)
    if col in ("update", "later_update") and layout.monthly:
        return list(MONTHLY)[col == "later_update"]
    if col == "update":
        return layout.update_header
    if col == "ref_banner":
        return chosen.get("ref") or "Ref"
    return chosen.get(col) or FIXED_HEADERS.get(col) or HEADERS.get(col, [col])[0]


def cell(layout: Layout, col: str, k: Known, index: int, first: bool) -> Cell | float:
    rag = RAG_STYLES.get(layout.rag, {}).get(rag_of(layout, k, index) or "", "")
    revised = layout.revised and k.revised
    excel = layout.excel_dates and layout.fmt == "xlsx"
    values: dict[str, Cell | float] = {
        "rec": rec_heading(layout, k) if layout.grouping != "ref_column_once" else k.rec_text,
        "rec_no": rec_ref(layout, k),
        "ID": action_ref(layout, k, index),
        "ref": action_ref(layout, k, index),
        "ref_banner": written_ref(layout, k, index),
        "action": action_cell(layout, k),
        "lead": lead_cell(layout, k, index),
        "responsible": k.responsible,
        "due": due_cell(layout, k, index),
        "revised": date_cell("%d/%m/%Y", k.revised, False) if revised and k.revised else "",
        "status": layout.status_words[index],
        "rag": rag,
        "percent": percent_cell(layout, k),
        "update": update_cell(layout, k, index),
        "later_update": k.later_update,
        "Evidence": k.evidence,
        "Risk": k.risk,
        "Comments": k.comment,
        "Ofsted ref": k.inspection_para,
        "Inspection para": k.inspection_para,
        "Priority": k.risk,
        "Date raised": date_cell("%d/%m/%Y", D(2023, 10, 2 + index), excel),
        "Success measure": k.measure,
    }
    once = col in ("rec", "rec_no") and layout.grouping in ("column_once", "ref_column_once")
    return "" if once and not first else values[col]


def rag_of(layout: Layout, k: Known, index: int) -> str | None:
    """The RAG the file states: what the status word implies, else the known one; a
    BRAG column says Blue (or "Complete") where the action is complete."""
    implied = word_meaning(layout.status_words[index])[1] if layout.status_column else None
    done = status_stated(layout, k, index) == "done"
    return "done" if "done" in RAG_STYLES.get(layout.rag, {}) and done else implied or k.rag


def rag_written(layout: Layout, k: Known, index: int) -> str:
    """The RAG cell as the import keeps it: its words, or the colour it was filled with."""
    if layout.rag == "fill":
        return f"{FILL_WORDS[rag_of(layout, k, index) or '']} (cell colour)"
    return text_of(cell(layout, "rag", k, index, True))


def status_stated(layout: Layout, k: Known, index: int) -> str:
    return word_meaning(layout.status_words[index])[0] if layout.status_column else k.status


def render(layout: Layout) -> Written:
    cols = lead_columns(layout) + body_columns(layout)
    pad: list[Cell | float] = [""] if layout.blank_column and layout.fmt != "docx" else []
    out = Written()
    for title in layout.titles:
        out.add("title", [*pad, title])
    if layout.legend:
        out.add("title", [*pad, LEGEND])
    if layout.people == "initials_key_above":
        for row in key_rows(layout):
            out.add("title", [*pad, row])
    if layout.blank_rows:
        out.add("blank", [])
    _header(out, layout, cols, len(pad), "head")
    for index, k in enumerate(PLAN):
        first = index == 0 or PLAN[index - 1].rec != k.rec
        if first and index == len(PLAN) - 1 and layout.repeat_header:
            _header(out, layout, cols, len(pad), "head_again")  # a new page's header
        if first:
            _block_start(out, layout, k, len(pad), len(cols), index)
        start = out.add("data", [*pad, *(cell(layout, c, k, index, first) for c in cols)])
        if layout.rag == "fill":
            colour = FILLS[rag_of(layout, k, index) or ""]
            out.fills.append((start, len(pad) + cols.index("rag"), colour))
        if first:
            block = start
        last = index == len(PLAN) - 1 or PLAN[index + 1].rec != k.rec
        if last and layout.grouping in ("column_once", "ref_column_once") and block < start:
            once = [c + len(pad) for c, name in enumerate(cols) if name in ("rec", "rec_no")]
            out.merges += [(block, c, start, c) for c in once]
    for note in notes(layout):
        out.add("note", [*pad, note])
    _sheets_around(out, layout)
    return out


# Two columns under one heading, as a two-row header writes them.
PAIRS = {
    ("due", "revised"): ("Timescale", "Original", "Revised"),
    ("lead", "responsible"): ("Accountable", "Lead", "Responsible"),
}


def _header(out: Written, layout: Layout, cols: list[str], pad: int, kind: str) -> None:
    """One header row, or two: a group name over its pair, the other names merged down."""
    top = [header_word(layout, c) for c in cols]
    pairs = [i for i in range(len(cols) - 1) if (cols[i], cols[i + 1]) in PAIRS]
    if not (layout.two_row_header and pairs):
        out.add(kind, [""] * pad + top)
        return
    below = [""] * len(cols)
    for i in pairs:
        top[i], below[i], below[i + 1] = PAIRS[cols[i], cols[i + 1]]
        top[i + 1] = ""
    first = out.add(kind, [""] * pad + top)
    out.add(kind, [""] * pad + below)
    for c in range(len(cols)):
        if c in pairs:
            out.merges.append((first, pad + c, first, pad + c + 1))
        elif c - 1 not in pairs:
            out.merges.append((first, pad + c, first + 1, pad + c))


def _block_start(out: Written, layout: Layout, k: Known, pad: int, width: int, index: int) -> None:
    """A blank row between blocks, and the recommendation's banner row where it has one."""
    if layout.blank_rows and index > 0:
        out.add("blank", [])
    if layout.grouping == "banner":
        row = out.add("banner", [""] * pad + [rec_heading(layout, k)])
        out.merges.append((row, pad, row, pad + width - 1))
    if layout.grouping in ("banner_cells", "ref_banner"):
        label = rec_ref(layout, k)
        if layout.grouping == "banner_cells":
            label = heading_label(layout, k)
        row = out.add("banner", [""] * pad + [label, k.rec_text])
        out.merges.append((row, pad + 1, row, pad + width - 1))


def _sheets_around(out: Written, layout: Layout) -> None:
    if layout.front_sheet == "Cover":
        cover = ["Children's services improvement plan", "Version 3, January 2025"]
        out.before.append(("Cover", [[line] for line in cover]))
    if layout.front_sheet == "Summary":
        summary = [["Summary of progress"], ["Area", "Actions", "Complete"]]
        summary += [["Supervision", "2", "1"], ["Caseloads", "2", "0"], ["Voice", "1", "0"]]
        out.before.append(("Summary", summary))
    if layout.people == "initials_key_sheet":
        out.after.append(("Key", [["Initials", "Name"], *[[i, n] for i, n in PEOPLE.items()]]))


def notes(layout: Layout) -> list[str]:
    """The rows below the table."""
    out = ["Last updated: 31 January 2025", "Approved by the improvement board"][: layout.notes]
    return out + (key_rows(layout) if layout.people == "initials_key_row" else [])


def key_rows(layout: Layout) -> list[str]:
    """The key to the initials: one row of pairs, or a row per person."""
    if "{pairs}" in layout.key_row:
        pairs = ", ".join(f"{n} ({i})" for i, n in PEOPLE.items())
        return [layout.key_row.format(pairs=pairs)]
    return [layout.key_row.format(initials=i, name=n) for i, n in PEOPLE.items()]


# --- the file ----------------------------------------------------------------------


def write(folder: Path, layout: Layout) -> tuple[Path, Written]:
    written = render(layout)
    path = folder / f"plan.{layout.fmt}"
    {"csv": _csv, "xlsx": _xlsx, "docx": _docx}[layout.fmt](path, written, layout)
    return path, written


def text_of(value: object) -> str:
    if isinstance(value, dt.datetime):  # as a reader writes it, a space before the time
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    # A percent-formatted cell stores the fraction (0.4 shown as 40%): that is its value.
    return f"{value:g}" if isinstance(value, float) else str(value)


def csv_bytes(written: Written, layout: Layout) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=layout.delimiter, lineterminator="\r\n")
    writer.writerows([[text_of(c) for c in row] for row in written.rows])
    return out.getvalue().encode(layout.encoding)


def _csv(path: Path, written: Written, layout: Layout) -> None:
    path.write_bytes(csv_bytes(written, layout))


def _xlsx(path: Path, written: Written, layout: Layout) -> None:
    book = Workbook()
    book.remove(book.active)
    for title, rows in written.before:
        _fill(book.create_sheet(title), rows)
    sheet = book.create_sheet("Action plan")
    _fill(sheet, written.rows)
    for r0, c0, r1, c1 in written.merges:
        sheet.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    for row, column, rgb in written.fills:
        colour = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
        sheet.cell(row + 1, column + 1).fill = colour
    for title, rows in written.after:
        _fill(book.create_sheet(title), rows)
    book.save(path)


def _fill(sheet: Worksheet, rows: list[list[Cell | float]] | list[list[Cell]]) -> None:
    for row in rows:
        sheet.append(row)
    for line in sheet.iter_rows():
        for c in line:
            if isinstance(c.value, dt.date):
                c.number_format = "dd/mm/yyyy"
            if isinstance(c.value, float):
                c.number_format = "0%"


def _docx(path: Path, written: Written, layout: Layout) -> None:
    """Paragraphs around the table; a banner a row merged across, or (a table per
    recommendation) a paragraph between tables that each repeat the header."""
    doc = Document()
    for segment in _segments(written, layout):
        if isinstance(segment, str):
            doc.add_paragraph(segment)
            continue
        rows = [written.rows[i] for i in segment]
        table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = text_of(value)
        for r0, c0, r1, c1 in written.merges:
            if r0 in segment and r1 in segment:
                kept = table.cell(segment.index(r0), c0).text
                merged = table.cell(segment.index(r0), c0).merge(table.cell(segment.index(r1), c1))
                merged.text = kept
    doc.save(str(path))


def _segments(written: Written, layout: Layout) -> list[str | list[int]]:
    """The document in order: a paragraph's text, or the rows of one table."""
    heads = [i for i, kind in enumerate(written.kinds) if kind == "head"]
    per_rec = layout.word_tables == "per_rec" and layout.grouping in ("banner", "banner_cells")
    out: list[str | list[int]] = []
    for index, kind in enumerate(written.kinds):
        row = written.rows[index]
        table = out[-1] if out and isinstance(out[-1], list) else None
        if kind in ("title", "note") or (kind == "blank" and table is None):
            out.append(text_of(row[0]) if row else "")
        elif per_rec and kind == "banner":
            out += [" ".join(text_of(c) for c in row if c), list(heads)]
        elif per_rec and kind in ("head", "head_again", "blank"):
            continue
        elif table is None:
            out.append([index])
        else:
            table.append(index)
    return out


# --- what a person reads -------------------------------------------------------------


def expected(layout: Layout) -> Expected:
    recs = list(dict.fromkeys((rec_ref(layout, k), k.rec_text) for k in PLAN))
    actions = [expected_action(layout, k, i) for i, k in enumerate(PLAN)]
    above = key_rows(layout) if layout.people == "initials_key_above" else []
    return Expected(recs, actions, notes(layout) + above)


def expected_action(layout: Layout, k: Known, index: int) -> dict[str, object]:
    style = due_style(layout, k, index)
    due = None if style in ("TBC", "Ongoing") else k.due
    original = None
    if k.revised and (layout.revised or style == "revised_in_cell"):
        due, original = k.revised, due
    return {
        "rec_ref": rec_ref(layout, k),
        "ref": action_ref(layout, k, index),
        "text": action_text(layout, k),
        "leads": leads(layout, k, index),
        "responsible": [k.responsible] if layout.people == "lead_and_responsible" else [],
        "due": due,
        "original_due": original,
        "status": expected_status(layout, k, index),
        "rag": expected_rag(layout, k, index),
        "updates": expected_updates(layout, k, index),
    }


def expected_status(layout: Layout, k: Known, index: int) -> str:
    """The words, else the % (0 / 1-99 / 100), else the legend's, else RAG: under way."""
    if layout.status_column:
        return word_meaning(layout.status_words[index])[0]
    if layout.percent:
        return {1.0: "done", 0.0: "not_started"}.get(PERCENT.get(k.status, 0.4), "in_progress")
    if "done" in RAG_STYLES.get(layout.rag, {}) and k.status == "done":  # Blue, Complete
        return "done"
    if layout.legend:
        return LEGEND_STATUS[k.rag]
    return "in_progress"


def expected_rag(layout: Layout, k: Known, index: int) -> str | None:
    if layout.rag == "none":  # only the status words give one ("Off track": red)
        return word_meaning(layout.status_words[index])[1] if layout.status_column else None
    rag = rag_of(layout, k, index)
    return None if rag == "done" else rag


def expected_updates(layout: Layout, k: Known, index: int) -> list[tuple[object, str]]:
    if layout.dated_paragraphs and k.update:
        lines = update_cell(layout, k, index).split("\n")
        days = [day for day, _ in dated_updates(layout, k, index)]
        updates: list[tuple[object, str]] = list(zip(days, lines, strict=True))
    elif layout.monthly:
        updates = [(MONTHLY["Update Dec 2024"], k.update)] if k.update else []
    else:
        updates = [(UPDATE_HEADERS[layout.update_header], k.update)] if k.update else []
    if layout.monthly and k.later_update:
        updates.append((MONTHLY["Update Jan 2025"], k.later_update))
    if "Comments" in layout.extras and k.comment:  # README reading 5: comments are news
        updates.append((None, k.comment))
    return sorted(updates, key=str)
