"""Values as a committee reads them: "30 Sep 2026", "In progress", "Red".

Reports, the detail pane and toasts share these, so a date or a status reads
the same everywhere; ISO dates and internal names are for JSON and CSV only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from store.calendar_words import MONTHS, ORDINAL_SUFFIXES, WEEKDAYS
from store.models import STATUS_LABELS, UNDATED, ActionRow

RAG_WORDS = {"red": "Red", "amber": "Amber", "green": "Green", "blue": "Blue"}
# BRAG's Blue: complete. The store holds no such RAG: an action read as "B" on import, or
# given "b Blue (complete)" in the RAG menu, is done with no RAG, so in a plan that rates
# in BRAG (``Store.rates_blue``) every done action is the Blue of its plan.
BLUE = "blue"
PEOPLE_SEPARATOR = "; "  # a name written surname first has a comma of its own


def people(names: Iterable[str]) -> str:
    """People as one list: "HOLT, Karen; PATEL, Divya", never "HOLT, Karen, PATEL,
    Divya" (two people or four?); "" for none."""
    return PEOPLE_SEPARATOR.join(names)


def day(date: dt.date) -> str:
    """ "30 Sep 2026", "2 Dec 2026": no leading zero, as committee papers write it."""
    return f"{date.day} {date:%b %Y}"


def update_day(date: dt.date | None) -> str:
    """An update's date as people read it: "30 Sep 2013", or "undated" (never a guess)."""
    return day(date) if date else UNDATED


def long_day(date: dt.date) -> str:
    """ "2 December 2026": a date in a heading."""
    return f"{date.day} {date:%B %Y}"


def weekday_day(date: dt.date) -> str:
    """ "Tuesday 1 December 2026": a deadline as a request or a form reads it."""
    return f"{date:%A} {date.day} {date:%B %Y}"


def status_word(status: object) -> str:
    """ "In progress" for ``in_progress``."""
    return STATUS_LABELS.get(str(status), str(status))  # type: ignore[call-overload, no-any-return]


def rag_word(rag: object) -> str:
    """ "Red", "Amber", "Green", "Blue" (``shown_rag``), or "none" for an unrated action."""
    return RAG_WORDS.get(str(rag), "none") if rag else "none"


def shown_rag(status: str, rag: str | None, brag: bool) -> str | None:
    """The rating a paper or count shows: Blue for a done action of a plan rating in
    BRAG (``brag``), where the store keeps done with no RAG (``BLUE``); none for a
    dropped action, which is out of the ratings (one dropped before dropping cleared its
    RAG may still hold one); else the action's RAG."""
    if status == "dropped":
        return None
    if brag and status == "done":
        return BLUE
    return rag


def slip_days(days: int) -> str:
    """ "+46 days" (later than planned) or "-3 days" (brought forward)."""
    return ("+" if days >= 0 else "") + days_words(days)


def days_words(days: int) -> str:
    """ "9 days", "1 day": a count of days as a sentence says it."""
    return f"{days} day{'' if abs(days) == 1 else 's'}"


def baseline_words(row: ActionRow) -> str | None:
    """ "31 Oct 2026 → 16 Dec 2026 (+46 days)" for a re-dated action, else None."""
    if not row.slipped or row.original_due is None:
        return None
    revised = day(row.due) if row.due else (row.due_text or "no date")
    days = row.slip_days
    return f"{day(row.original_due)} → {revised}" + (f" ({slip_days(days)})" if days else "")


def repeats_the_baseline(value: str, original_due: dt.date | None) -> bool:
    """A plan's own column that gives the action's baseline deadline exactly
    ("Original Target Date: 31/03/2026"): the Due column already says "31 Mar 2026 →
    …", so reports and a re-import's changes do not say it again. The field is kept
    (stored, in the JSON and the workbook): only the repeated line goes."""
    if original_due is None or not value.strip():
        return False
    from importers.dates import names_only_the_day  # the importer's reading of a date

    return names_only_the_day(value, original_due)


Deadline = tuple[dt.date | None, str]  # a date (or none) and its wording as written


def due_change(was: Deadline, new: Deadline) -> str:
    """A deadline's change as every edit says it: "due 31 Mar 2026 → 30 Jun 2026 (end of
    June)", the new wording beside the new date when it says more than the date; and
    'due wording "31/03/2027" → "end of Q4" (31 Mar 2027 kept)' when only the wording
    changed, which is no re-dating (reports list no re-dated line, and no count grows)."""
    if was[0] is not None and was[0] == new[0]:
        old, kept = due_wording(*was), due_wording(*new)
        return f"due wording {_quoted(old)} → {_quoted(kept)} ({day(was[0])} kept)"
    aside = due_aside(*new) if new[0] else ""
    written = f" ({aside})" if aside else ""
    return f"due {_deadline(was)} → {_deadline(new)}{written}"


def _deadline(deadline: Deadline) -> str:
    """ "31 Mar 2027", else the wording of an undated deadline ("Ongoing"), else "no date"."""
    due, text = deadline
    return day(due) if due else (text.strip() or "no date")


def _quoted(wording: str) -> str:
    return f'"{wording.strip()}"' if wording.strip() else "none"


def due_wording(due: dt.date | None, due_text: str) -> str:
    """The deadline's own wording beside its date ("end of March 2027"), or "" when it
    has none: a workbook's date cell arrives as the date alone ("2027-03-31", perhaps
    with a midnight time, or "2027-03" when formatted to show the month), which says
    nothing the date does not, and is ISO."""
    text = due_text.strip()
    if due is not None and text == due.isoformat()[:7]:
        return ""  # a date cell formatted as a month ("Mar-27"), read as "2027-03"
    if due is None or not text.startswith(due.isoformat()):
        return due_text
    return "" if text[10:].strip(" T") in ("", "00:00", "00:00:00") else due_text


def due_aside(due: dt.date | None, due_text: str) -> str:
    """The deadline's wording worth showing beside its date: "November 2026", "Ongoing",
    "end of term", a revised wording; "" when it is the date again in other clothes
    ("31/10/2026", "Sat 31st October 2026"), which would only say the date twice."""
    wording = due_wording(due, due_text)
    return "" if due is not None and _only_the_date(due, wording) else wording


def _only_the_date(due: dt.date, text: str) -> bool:
    """True when ``text`` is ``due`` written as a day, a month and perhaps a year, in
    any of the usual orders, perhaps with its weekday and an ordinal suffix."""
    numbers: list[int] = []
    months: list[int] = []
    for token in re.findall(r"[^\W\d_]+|\d+", text.lower()):
        if token.isdigit():
            numbers.append(int(token))
        elif token in MONTHS:
            months.append(MONTHS[token])
        elif token not in WEEKDAYS and token not in ORDINAL_SUFFIXES:  # they add nothing
            return False  # a word of its own: "by", "revised", "term"
    year = (due.year, due.year % 100)
    if months:
        return months == [due.month] and (
            numbers == [due.day] or len(numbers) == 2 and _day_and_year(numbers, due)
        )  # "3 Dec" typed in December: the year is the date's
    if numbers == [due.day, due.month]:  # "3/12", day first as typed here
        return True
    orders = ((0, 1, 2), (2, 1, 0), (1, 0, 2))  # day-month-year, ISO, month-day-year
    return len(numbers) == 3 and any(
        numbers[d] == due.day and numbers[m] == due.month and numbers[y] in year
        for d, m, y in orders
    )


def _day_and_year(numbers: list[int], due: dt.date) -> bool:
    year = (due.year, due.year % 100)
    first, second = numbers
    return (first == due.day and second in year) or (second == due.day and first in year)


def due_words(row: ActionRow) -> str:
    """The deadline as a report shows it: "original → revised (+n days)" when it moved,
    else the date, else the deadline as written ("Ongoing"), else ""."""
    moved = baseline_words(row)
    if moved:
        return moved
    return day(row.due) if row.due else row.due_text


def due_under_date(row: ActionRow) -> str:
    """The wording a report prints under an action's date ("end of March", "Q4"), by
    ``due_aside``: never the date again ("31/10/2026" under "31 Oct 2026"). "" for an
    undated action, whose wording ``due_words`` already gives as its deadline."""
    return due_aside(row.due, row.due_text) if row.due else ""


# Why a RAG given to a done action is not applied (a reply, update --rag, the TUI's r):
# completing clears the rating, so no paper says "Done / Amber".
DONE_HAS_NO_RAG = "a done action has no RAG rating"
