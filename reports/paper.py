"""What the three papers a committee reads (Word, Markdown, HTML) print, worked out
once: the title block, the summary with its shares, the exceptions with why, the
action cells. Each paper only writes these in its own markup, so none carries less
than another (the README says they carry the same content)."""

from __future__ import annotations

import re

from reports.model import (
    MISSING_WORDS,
    ActionLine,
    PlanReport,
    RecSection,
    cell_lines,
    date_prefix,
    exception_reasons,
    shares,
)
from store.models import STATUS_LABELS, ActionRow, RecommendationRow
from store.wording import due_under_date, due_words, long_day, people, rag_word

ACTION_COLUMNS = ("Ref", "Action", "Lead", "Responsible", "Due", "Status", "RAG", "Latest update")
EXCEPTION_COLUMNS = ("Ref", "Action", "Lead", "Due", "Status", "RAG", "Why")
SUMMARY_COLUMNS = ("", "Actions", "Share")
PROGRESS_COLUMNS = ("Ref", "Recommendation", "Complete", "Overdue")
NO_EXCEPTIONS = "No actions are overdue, slipped, blocked or red."

# Our column → the importer's role for it, to head a column with the plan's own name.
ROLES = {"Ref": "ref", "Action": "action", "Lead": "lead", "Responsible": "responsible",
         "Due": "due", "Status": "status", "RAG": "rag"}  # fmt: skip


def title_lines(r: PlanReport) -> list[str]:
    """The lines under the plan's title: the report's day, then the period it covers
    ("Period covered: 1 November 2026 to 5 December 2026" with --since)."""
    period = (
        f"Period covered: {long_day(r.changes.since)} to {long_day(r.today)}"
        if r.changes is not None
        else f"Position at {long_day(r.today)}"
    )
    return [f"Progress report, {long_day(r.today)}", period]


# The label over the lines the import kept from above the file's table: an "As at 30
# November 2026" there is the file's date, never the paper's own
FROM_THE_FILE = "From the imported file"


# The name the importer gives a Word table of another width that it keeps in the notes
# ("Table 4:"): its own label, not the plan's words, so a paper prints the table alone.
KEPT_TABLE_NAME = re.compile(r"Table \d+:")
KEPT_CELL_BAR = " | "  # how the importer keeps a table's cells on its line (Sheet.as_note)

# A block of the plan's lines: a line, or a table kept in the notes (its rows' cells,
# the first row its header).
PlanBlock = str | list[list[str]]


def plan_blocks(r: PlanReport) -> list[PlanBlock]:
    """The plan's own lines above its table, as the import kept them in its notes: the
    title lines ("Following the Ofsted/CQC area SEND inspection, June 2026") and its
    key ("RAG: R = off track, A = at risk, G = on track, B = complete"), which a reader
    needs beside a rating printed as written ("RAG (as written): B"). The first is
    labelled as the file's ("From the imported file: As at 30 November 2026"), so a
    date among them never reads as a second date line of the paper under its own.

    A table the import kept there (a key of staff initials under a Word plan: two or
    more lines running, each with its cells joined by " | ") comes as its rows of
    cells, the first its header, for each paper to print as a table: as lines it read
    "Table 4:", then "Initials \\| Name and role" in Markdown. The importer's own name
    for it ("Table 4:") goes; a name the plan gave (a sheet's) stays, as a line."""
    blocks: list[PlanBlock] = []
    run: list[str] = []
    for line in [*cell_lines(r.plan.notes), ""]:
        if KEPT_CELL_BAR in line:
            run.append(line)
            continue
        if len(run) >= 2:
            if blocks and isinstance(blocks[-1], str) and KEPT_TABLE_NAME.fullmatch(blocks[-1]):
                blocks.pop()
            rows = [cell.split(KEPT_CELL_BAR) for cell in run]
            width = max(len(row) for row in rows)
            blocks.append([row + [""] * (width - len(row)) for row in rows])
        else:
            blocks += run
        run = []
        if line:
            blocks.append(line)
    if blocks and isinstance(blocks[0], str):  # labelled as the file's, as plan_lines does
        return [f"{FROM_THE_FILE}: {blocks[0]}", *blocks[1:]]
    return [f"{FROM_THE_FILE}:", *blocks] if blocks else []


LONGEST_LABEL = 40  # "Area of weakness 1", "Priority action 12": a label, not a sentence


def rec_label(rec: RecommendationRow) -> str:
    """What the plan calls its recommendation: "Area of weakness 1" where its heading
    reads "Area of weakness 1: Timeliness …" (the label before the words, holding the
    ref), else "Recommendation 1"."""
    heading = " ".join(rec.fields.get("Heading", "").split())
    text = " ".join(rec.text.split())
    if text and heading.endswith(text) and rec.ref:
        label = heading[: -len(text)].rstrip(" :–—-.")
        holds_ref = re.search(rf"(?<![\w.]){re.escape(rec.ref)}(?![\w.])", label)
        if label and len(label) <= LONGEST_LABEL and holds_ref:
            return label
    return f"Recommendation {rec.ref}"


def overdue_line(r: PlanReport) -> str:
    """The summary's first line, in bold on each paper: "31 overdue"."""
    return f"{r.overdue} overdue"


def missing_line(r: PlanReport) -> str:
    """The summary's line of actions the latest file left out ("2 not in the latest file
    (kept)"); empty when it left out none."""
    return f"{r.missing} {MISSING_WORDS}" if r.missing else ""


def progress_cells(s: RecSection) -> list[str]:
    """A recommendation's line under the summary: its ref, its text, its share done with
    the count ("17% (1/6)"; a dropped action is out of both, and counted after them:
    "0% (0/1; 1 dropped)") and how many of its actions are overdue."""
    return [s.rec.ref, s.rec.text, s.rec.done_words, str(s.rec.overdue)]


def shares_note(r: PlanReport) -> str:
    """The line under the summary when its rounded shares do not add to 100 (equal
    counts always show equal shares, so 1, 1 and 1 of 6 beside 3 are 17% each):
    "Shares are rounded; they add to 101%." Said once, naming the group that is off
    when the statuses and the RAG ratings differ; empty when each adds to 100."""
    groups = {"status": [c for c in r.statuses if c.label != "dropped"], "RAG": r.rags}
    sums = {
        name: sum(shares([c.count for c in counts]))
        for name, counts in groups.items()
        if any(c.count for c in counts)
    }
    off = {name: total for name, total in sums.items() if total != 100}
    if not off:
        return ""
    if len(off) == len(sums) and len(set(off.values())) == 1:
        return f"Shares are rounded; they add to {next(iter(off.values()))}%."
    said = [f"the {name} shares add to {total}%" for name, total in off.items()]
    return f"Shares are rounded; {' and '.join(said)}."


def plan_headings(plan_fields: dict[str, str], columns: tuple[str, ...]) -> tuple[str, ...]:
    """Column headings in the plan's own words where its import recorded them
    ("Lead officer" for Lead, "Target date" for Due), else ours.

    The importer keeps every header and its role as "Lead officer = lead; …", a header
    whole ("Recommendation / agreed action" names the action column, not "Recommendation").
    Due shows the deadline now: the plan's revised date where it gave one, else its
    first; a plan with a revised-date column has no header for both, so it is "Due".
    """
    own: dict[str, str] = {}
    for part in plan_fields.get("Columns", "").split("; "):
        names, _, role = part.rpartition(" = ")
        if names and role not in own:
            own[role] = names
    if "revised_due" in own:
        own.pop("due", None)
    return tuple(own.get(ROLES.get(name, ""), name) for name in columns)


def action_columns(r: PlanReport) -> tuple[str, ...]:
    """The action table's columns; Responsible only when some action names someone
    (many plans have no such column: a board should not read an empty one)."""
    if any(a.row.responsible for s in r.sections for a in s.actions):
        return ACTION_COLUMNS
    return tuple(c for c in ACTION_COLUMNS if c != "Responsible")


def due_cell(row: ActionRow, overdue: bool) -> str:
    """The date in words ("(overdue)" after it if asked), its own wording on a line under
    it ("end of March")."""
    due = due_words(row) + (" (overdue)" if overdue else "")
    return "\n".join(filter(None, [due, due_under_date(row)]))


def rag_cell(a: ActionLine) -> str:
    """The RAG a paper prints (``ActionLine.rag``): "Blue" for a done action of a plan
    rating in BRAG, none for a dropped action, which is out of the ratings."""
    return rag_word(a.rag) if a.rag else ""


def action_cells(a: ActionLine) -> dict[str, str]:
    """An action's cells in every column of ``ACTION_COLUMNS``, as plain text (a line
    break where a paper starts a new line)."""
    row, latest = a.row, a.latest
    return {
        "Ref": row.ref,
        "Action": "\n".join([row.text, *a.note_lines]),  # "Not in …", its own columns under it
        "Lead": people(row.leads),
        "Responsible": people(row.responsible),
        "Due": due_cell(row, overdue=row.overdue),
        "Status": STATUS_LABELS[row.status],
        "RAG": rag_cell(a),
        "Latest update": f"{date_prefix(latest)}{latest.text}" if latest else "",
    }


def exception_cells(a: ActionLine, r: PlanReport) -> dict[str, str]:
    """An exception's cells in every column of ``EXCEPTION_COLUMNS``: why the board
    should look at it ("slipped +122 days; red") beside the lead and the dates, and why
    its date was set where it had none ("overdue by 5 days; first dated 31 Mar 2027 —
    …"), as a slip's reason is said there."""
    why = [*exception_reasons(a.row, r.today, a.redating_reason), *filter(None, [a.first_dated])]
    row = a.row
    return {
        "Ref": row.ref,
        "Action": row.text,
        "Lead": people(row.leads),
        "Due": due_cell(row, overdue=False),
        "Status": STATUS_LABELS[row.status],
        "RAG": rag_cell(a),
        "Why": "; ".join(why),
    }
