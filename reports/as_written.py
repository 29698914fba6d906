"""A status or RAG cell kept as written, and whether it still words the action's value.

The importer keeps each rating cell's wording beside its meaning ("RAG (as
written): A", read as Amber). It is the wording of the current value only while
the action holds what the import read from it. Once that status or RAG has been
changed since (in the app, a lead's reply, the weekly review), the wording is
what the plan said then, not now: the detail pane shows it as "RAG (as
imported): A (Amber)", and committee reports leave it out, so no one sees two
ratings for one action. Nothing is lost: the JSON export and ``list --json``
keep every field as stored, and a rating set back to the import's value shows
its wording as written again.

A cell that says no more than the report's own Status or RAG column ("Green"
beside a RAG of Green, "G" too) is left off the paper's action cell as well
(``says_again``): it adds nothing a board reads. "Blue" beside a RAG of "–"
does add, and stays. The CSV, JSON and workbook keep every field.
"""

from __future__ import annotations

import re
from typing import Any

from store.wording import RAG_WORDS, rag_word, status_word

WRITTEN = " (as written)"
IMPORTED = " (as imported)"
RATINGS = ("status", "rag")
LONGEST_RATING = 30  # longer cells, or cells of several lines, are news, not a rating


def outdated(
    fields: dict[str, str], now: dict[str, Any], imported: dict[str, Any]
) -> dict[str, str]:
    """The kept cells of ``fields`` that worded a status or RAG the action no longer
    holds, each with the words of the import's value ("In progress", "Amber").

    ``now`` holds the action's status and RAG; ``imported`` the import's value of
    those changed since (``ReadStore.imported_ratings``). A cell words a field when
    it reads as the value the import gave that field ("On track" as In progress).
    """
    changed = [name for name in RATINGS if name in imported and imported[name] != now[name]]
    kept = {k: v for k, v in fields.items() if k.endswith(WRITTEN) and _short(v)}
    if not changed or not kept:
        return {}
    from importers.vocab import read_status  # the importer's reading; only when needed

    out: dict[str, str] = {}
    for key, value in kept.items():
        said = dict(zip(RATINGS, read_status(value), strict=True))
        worded = [n for n in RATINGS if said[n] is not None and said[n] == imported.get(n, now[n])]
        if any(n in changed for n in worded):
            out[key] = ", ".join(_word(n, imported.get(n, now[n])) for n in worded)
    return out


def detail_fields(
    fields: dict[str, str], now: dict[str, Any], imported: dict[str, Any]
) -> dict[str, str]:
    """The fields as the detail pane shows them: an outdated rating cell under
    "(as imported)", with what the import read it as ("On track (In progress)")."""
    old = outdated(fields, now, imported)
    return {
        (k.removesuffix(WRITTEN) + IMPORTED if k in old else k): (
            _with_meaning(v, old[k]) if k in old else v
        )
        for k, v in fields.items()
    }


def committee_fields(
    fields: dict[str, str], now: dict[str, Any], imported: dict[str, Any]
) -> dict[str, str]:
    """The fields as committee reports show them: no wording of a rating the action
    no longer holds."""
    old = outdated(fields, now, imported)
    return {k: v for k, v in fields.items() if k not in old}


# The colour a cell was filled with, written after its words: "G (Green cell colour)",
# or alone: "Green (cell colour)" (``importers.build._as_written``)
_FILLED = re.compile(r"^(?P<words>.*?)\s*\((?P<colour>\w+) cell colour\)$", re.IGNORECASE)
_FILLED_ALONE = re.compile(r"^(?P<colour>\w+) \(cell colour\)$", re.IGNORECASE)


def says_again(value: str, status: str, rag: str | None) -> bool:
    """Whether a kept cell says only what the report's Status or RAG column shows:
    the column's own word ("Green", "In progress"), a RAG's letter ("G"), or the
    cell's fill of that colour ("Green (cell colour)"). Other wording adds something
    ("Blue" beside no RAG, "On track" beside In progress) and is shown."""
    rag_words = {RAG_WORDS[rag].casefold(), RAG_WORDS[rag][0].casefold()} if rag else set()
    words = _plain(value)
    filled = _FILLED_ALONE.match(words) or _FILLED.match(words)
    if filled:
        if filled["colour"].casefold() not in rag_words:
            return False
        words = filled.groupdict().get("words") or ""
        if not words:
            return True
    return words.casefold() in rag_words | {status_word(status).casefold()}


def _plain(value: str) -> str:
    return " ".join(value.split()).rstrip(".")


def _short(value: str) -> bool:
    return "\n" not in value and len(value) <= LONGEST_RATING


def _word(name: str, value: object) -> str:
    return status_word(value) if name == "status" else rag_word(value)


def _with_meaning(value: str, meaning: str) -> str:
    return value if value.strip().casefold() == meaning.casefold() else f"{value} ({meaning})"
