"""`actionplan list`'s table: one line per action, or, on a terminal of known width,
the action's words wrapped under its column, each whole.

A terminal breaks a line where it runs out of columns, mid-word ("…supplier ba" /
"nk detail…" at 80 columns). On a terminal the table fits its width: the lead and
plan columns give up room down to a floor (their names cut with "…", as the TUI
cuts them), the action takes the rest and wraps at word boundaries. Into a pipe
each action stays one line, which grep and scripts use.
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from dataclasses import dataclass

from store.merge_report import short
from store.models import ActionRow
from store.text import printable
from store.wording import day, people, rag_word, shown_rag, status_word

FLAG = 2  # "! " overdue, "? " not in the latest file
DUE, STATUS, RAG = 11, 11, 5  # "31 Mar 2027", "In progress", "Amber"
NAMES, NAMES_FLOOR = 24, 16  # leads and plan titles: at most, and at the narrowest
PAIRED_FLOOR = 12  # the Leads and Responsible columns side by side: "Sarah Okafor"
REF = 10  # a ref's column when the width is not known (as before: one line each)
ACTION_ROOM = 27  # the action's cells the names give up room for
ONE_LINE_ACTION = 70  # into a pipe: the action cut here, one line each
MOST_LINES = 4  # an action wrapped takes at most these, the last ending "…"


def terminal_width() -> int | None:
    """The terminal's columns (``COLUMNS`` first, as ``shutil`` reads them) when
    printing to one, else None: into a pipe or a file, one line per action, whatever
    ``COLUMNS`` a shell exported."""
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size().columns


@dataclass(frozen=True)
class Widths:
    """Each column's cells (``plan`` 0: one plan, no Plan column); ``action`` None:
    one line each, the action cut at ``ONE_LINE_ACTION``."""

    plan: int
    ref: int
    leads: int
    action: int | None
    responsible: int = 0  # 0: no Responsible column (``list`` without ``--lead``)


def widths_for(rows: list[ActionRow], width: int | None, responsible: bool = False) -> Widths:
    """The columns for ``width`` cells (None: not known); a Responsible column, as wide
    as the Leads, when ``responsible``."""
    several = len({r.plan_id for r in rows}) > 1
    if width is None:
        return Widths(NAMES if several else 0, REF, NAMES, None, NAMES if responsible else 0)
    ref = min(REF, max([3, *(len(printable(r.ref, True)) for r in rows)]))
    plan = leads = NAMES
    fixed = FLAG + ref + 1 + DUE + 1 + STATUS + 1 + RAG + 1
    floor = PAIRED_FLOOR if responsible else NAMES_FLOOR
    while True:
        used = fixed + (leads + 1) * (2 if responsible else 1) + (plan + 1 if several else 0)
        if width - used >= ACTION_ROOM or (leads <= floor and plan <= NAMES_FLOOR):
            break
        leads, plan = max(floor, leads - 1), max(NAMES_FLOOR, plan - 1)
    action = max(width - used, 12)
    return Widths(plan if several else 0, ref, leads, action, leads if responsible else 0)


def cut(text: str, cells: int, fitted: bool = True) -> str:
    """``text`` in ``cells``: whole, else cut after its last word that fits, with "…"
    ("Head of…"), else (one word longer than that) cut inside it ("Environmen…").
    Not ``fitted`` (into a pipe, 24 cells) it is cut at the column, as always."""
    flat = " ".join(text.split())
    if len(flat) <= cells or not fitted:
        return short(flat, cells)
    words = textwrap.shorten(flat, cells, placeholder="…")
    return words if words != "…" else short(flat, cells)


def lead_words(leads: list[str], cells: int, fitted: bool = True) -> str:
    """The leads in ``cells``: all where they fit ("Ann Lee; Bo Ng"), else the first
    with "+N", shortened as the TUI's Lead column shortens it (``tui.names``: "M
    Kitchen", "Chief Nu…", never a post made an initial). Not ``fitted`` (into a
    pipe, 24 cells) they are cut at the column, as always."""
    every = printable(people(leads))
    if len(every) <= cells or not fitted:
        return short(every, cells)
    from tui.names import leads_in  # only on a terminal too narrow for them

    return leads_in([printable(lead) for lead in leads], cells)


def action_lines(text: str, cells: int | None) -> list[str]:
    """The action's words in lines of ``cells`` (a word longer than that alone on its
    line, whole), at most ``MOST_LINES``, the last ending "…" at a word's end when
    more is left; one line cut at ``ONE_LINE_ACTION`` when ``cells`` is None."""
    if cells is None:
        return [short(text, ONE_LINE_ACTION)]
    lines = textwrap.wrap(text, cells, break_long_words=False, break_on_hyphens=False)
    if len(lines) <= MOST_LINES:
        return lines or [""]
    last = textwrap.wrap(lines[MOST_LINES - 1], cells - 1, break_long_words=False)[0]
    return [*lines[: MOST_LINES - 1], last + "…"]


def print_table(
    rows: list[ActionRow],
    width: int | None,
    responsible: bool = False,
    blue: frozenset[int] = frozenset(),
) -> None:
    """One action after another; "!" in its own first column marks the overdue ones
    ("?" those the plan's latest file no longer lists, said at the action's end), a
    Plan column appears when the rows come from several plans, and a Responsible
    column when ``responsible`` (``list --lead`` found someone as responsible officer:
    with the Leads only, they were nowhere in their own list). A done action of a plan
    in ``blue`` (rating in BRAG) is rated Blue, as the papers print it."""
    w = widths_for(rows, width, responsible)
    plan_head = f"{'Plan':<{w.plan}} " if w.plan else ""
    head = f"{'Ref':<{w.ref}} {'Due':<{DUE}} {'Status':<{STATUS}} {'RAG':<{RAG}}"
    resp_head = f"{'Responsible':<{w.responsible}} " if w.responsible else ""
    print(f"  {plan_head}{head} {'Leads':<{w.leads}} {resp_head}Action")
    indent = " " * (FLAG + (w.plan + 1 if w.plan else 0) + w.ref + DUE + STATUS + RAG + 4)
    indent += " " * (w.leads + 1 + (w.responsible + 1 if w.responsible else 0))
    fitted = w.action is not None
    for r in rows:
        flag = "!" if r.overdue else "?" if r.missing_from else " "
        # a cut value ends "…": "Environmental Health Man" read as a whole name; cut
        # after a whole word where one fits
        plan = f"{cut(printable(r.plan_title), w.plan, fitted):<{w.plan}} " if w.plan else ""
        due = day(r.due) if r.due else short(printable(r.due_text or "-"), DUE)  # as the TUI
        leads = lead_words(r.leads, w.leads, fitted)
        # Words, as the TUI says them; --json keeps the names scripts rely on.
        shown = shown_rag(r.status, r.rag, r.plan_id in blue)
        status, rag = status_word(r.status), rag_word(shown) if shown else "-"
        ref = printable(r.ref, True)
        tail = f"  ({printable(r.missing_from)}; kept)" if r.missing_from else ""
        text = printable(r.text, True)
        lines = action_lines(text, w.action)
        if w.action is None:
            lines[-1] += tail
        elif tail:
            lines += action_lines(tail.strip(), w.action)
        cells = f"{ref:<{w.ref}} {due:<{DUE}} {status:<{STATUS}} {rag:<{RAG}} {leads:<{w.leads}}"
        if w.responsible:
            cells += f" {lead_words(r.responsible, w.responsible, fitted):<{w.responsible}}"
        line = f"{flag} {plan}{cells} {lines[0]}"
        print(line if w.action is None else line.rstrip())
        for line in lines[1:]:
            print(f"{indent}{line}")
