"""Wording written where a person's name goes that names no one: "TBC", "[TBC]", "N/A",
"-", "Unassigned".

A plan keeps it as written (the action reads "Lead: [TBC]"), but it is nobody to
filter by, chase or count overdue actions against: the person filter leaves it out,
"Overdue by lead" counts its actions under "No lead named" with the actions that name no
lead at all, and the lead order puts them after everyone named. One rule, in Python and
in SQL, so the counts and the lists they open agree.
"""

from __future__ import annotations

from store.apply import person_key

# Read after ``person_key`` (case and spacing folded) and with ``AROUND`` taken off both
# ends: "[TBC]", "(tbc)", "TBC." and "tbc" are one word; "-", "?" and "--" leave nothing.
NO_ONE_WORDS = frozenset(
    {
        "",
        "tbc",
        "tba",
        "tbd",
        "tbc/tba",
        "to be confirmed",
        "to be agreed",
        "to be appointed",
        "to be determined",
        "n/a",
        "na",
        "none",
        "nobody",
        "no one",
        "no lead",
        "unassigned",
        "not assigned",
        "unallocated",
        "not allocated",
        "vacant",
        "vacant post",
        "unknown",
    }
)
# Brackets and marks around the word: no quote, so the SQL below needs no escaping
AROUND = "[](){}<>.,;:!?*-_ "


def names_no_one(name: str) -> bool:
    """Whether ``name``, written where a lead goes, names no one ("[TBC]", "N/A", "-")."""
    return person_key(name).strip(AROUND) in NO_ONE_WORDS


def no_one_sql(key: str) -> str:
    """SQL true where the column ``key`` (a ``people.key``: ``person_key`` of the name)
    names no one, as ``names_no_one`` reads a name."""
    words = ", ".join(f"'{w}'" for w in sorted(NO_ONE_WORDS))
    return f"trim({key}, '{AROUND}') IN ({words})"
