"""People's names in a narrow column, shortened so they still read right.

One shortening for the TUI's Lead column, the dashboard's panels and the table of
``actionplan list``: a person's name may become "M Kitchen" (initials are a
person's), a post never ("Chief Nurse" read as a Mr Nurse as "C Nurse"), and every
cut shows "…" ("Medical D…", never "Medical", the whole post as it seems). No
Textual here: the command line imports it.
"""

from __future__ import annotations

from rich.cells import cell_len

from store.post_words import NAME_TITLES, POST_ENDINGS, POST_LINKS, ROLE_WORDS
from tui.safe import clip, plain

ABBREVIATED = 4  # the fewest letters a word cut before a post word keeps ("Engl. lead")
LEAD_WORDS = frozenset({"lead", "leads", "leader", "leaders"})


def leads_in(leads: list[str], cells: int) -> str:
    """The first lead, with "+N" for the others, in at most ``cells`` ("Ann Lee +1",
    "M Kitchen +1", "Chief Nu… +2"); "" for none."""
    if not leads:
        return ""
    more = f" +{len(leads) - 1}" if len(leads) > 1 else ""
    return short_name(plain(leads[0], True), cells - len(more)) + more


def short_name(name: str, cells: int) -> str:
    """``name`` in ``cells``: whole; a post by what it serves ("…ICT" for "Head of
    ICT"); a lead's post with its first word cut ("Engl. lead"); any other post cut
    with "…" ("Medical Dir…", "Chief Nu…"): shortened to an initial or to its first
    words it read as a person ("C Nurse") or as the whole post ("Medical"); a person's
    surname after the initials ("M Kitchen"), else the surname, else the surname cut
    with "…" ("Smith-Jon…"; initials only in a column of a few cells); a team's name
    joined by "and" is cut with "…" ("Learning…"), never initials. A bracket at the
    end is the post's qualifier: the name before it is shortened, with the bracket's
    start where that fits whole ("DHT (curr…", not "D" nor "(curriculum)"), else "…"
    after it ("DHT…"). The Lead column, the dashboard's panels and their names all
    shorten here."""
    if cell_len(name) <= cells:
        return name
    base = before_end_bracket(name)
    if base and base != name:
        short = short_name(base, cells)
        if short != base:
            return short
        return (
            clip(name, cells) if cell_len(base) + len(" (ab…") <= cells else clip(base + "…", cells)
        )
    return _short_post_or_person(name, cells)


def before_end_bracket(name: str) -> str:
    """``name`` before the bracket ending it, the post's portfolio or its holder ("DHT
    (curriculum)", "Head of Finance (J O'Neill)"), never a surname; a bracket within it
    too ("RIPA Co-ordinator (Deputy Head of Legal (Operational))"). ``name`` when none
    ends it (or the brackets do not pair)."""
    depth = 0
    for n in range(len(name) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(name[n], 0)
        if depth <= 0:
            return name[:n].strip() if depth == 0 and n < len(name) - 1 else name
    return name


def _outside_brackets(words: list[str]) -> list[bool]:
    """Which words stand outside any bracket (an unclosed one runs to the end); every
    word where all are in one ("(Head of Law)": the bracket is the whole lead)."""
    depth, outside = 0, []
    for word in words:
        opened = depth + word.count("(")
        outside.append(depth == 0 and not word.startswith("("))
        depth = max(opened - word.count(")"), 0)
    return outside if any(outside) else [True] * len(words)


def _short_post_or_person(name: str, cells: int) -> str:
    words = name.split() or [""]
    # "of" in a bracket ("Officer (Head of Legal") links no post of the lead's own: "…Legal"
    # would stand for the lead; only its own words make it a post named by what it serves
    out = _outside_brackets(words)
    links = [n for n, w in enumerate(words) if w.lower() in POST_LINKS and out[n]]
    if links:
        # a post named by what it serves ("Head of Service"): what it serves tells two
        # heads apart ("…Service", "…ICT"); dropping its last word would leave "Head of"
        served = words[links[0] + 1 :]
        while served and served[0].lower() in POST_LINKS:  # "Clerk to the Corporation"
            served = served[1:]
        return name if cell_len(name) <= cells else clip("…" + " ".join(served), cells)
    # a lead named by the subject it leads keeps "lead": "English lead" without it read
    # as the subject ("Subject leaders" is no Mr Leaders)
    if words[-1].lower() in LEAD_WORDS and (kept := _post_kept(words, cells)):
        return kept
    # a post, not a person: a role word in it ("Chief Nurse", "Medical Director"), a
    # last word not capitalised, or a post's capitals before its words ("AM Response"):
    # cut, and seen to be, never made an initial ("C Nurse") nor its first words alone
    if _is_post(words) or not words[-1][:1].isupper() or _opens_with_a_post(words):
        return clip(name, cells)
    # "Learning and Development": a team's name, or two people's; as a person's it read
    # as initials ("LD") or as someone called Development ("L Development")
    if any(w.lower() in JOINING_WORDS for w in words[1:-1]):
        return clip(name, cells)
    *longer, initials = _person_shortened(words)
    fits = (said for said in longer if said.strip() and cell_len(said) <= cells)
    return next(fits, _surname_cut(words[-1], initials, cells))


# Words joining two names into one lead: a team ("Learning and Development"), or a pair
JOINING_WORDS = frozenset({"and", "&", "+", "or", "with"})


def _surname_cut(surname: str, initials: str, cells: int) -> str:
    """A surname longer than the column, cut with "…" ("Smith-Jon…"): it still says who;
    initials ("AS") read as nobody. Initials only where the cut keeps too few letters."""
    if cells - 1 >= ABBREVIATED or cell_len(initials) > cells:
        return clip(surname, cells)
    return initials


def _is_post(words: list[str]) -> bool:
    """A word of a post or a team ("Chief", "Nurse", "Director", "Unit"): the one
    vocabulary the importer reads people cells with (``store.post_words``)."""
    return any(w.lower().strip(".,") in ROLE_WORDS | POST_ENDINGS for w in words)


def _opens_with_a_post(words: list[str]) -> bool:
    """ "AM Response", "GM Prevention": a first word in capitals (an Area Manager's)
    before words that are not is a post's, no forename: shortened as a person's name it
    read as another word ("A Response", "AP")."""
    first = words[0].rstrip(".")
    return (
        len(words) > 1 and len(first) >= 2 and first.isalpha() and first.isupper()
        and not words[-1].isupper()
    )  # fmt: skip


# A title before a person's name is not an initial ("Dr Amir Khan" read "DA Khan")
TITLES = NAME_TITLES | {"revd", "rev", "sir", "dame", "lord", "lady"}


def _person_shortened(words: list[str]) -> list[str]:
    """A person's name, shorter and shorter: "Dr A Khan", "Dr Khan", "A Khan", "Khan",
    "AK" for "Dr Amir Khan"; "M Kitchen", "Kitchen", "MK" for "Marina Kitchen". The
    initials come last, always."""
    title = words[0] if len(words) > 1 and words[0].lower().rstrip(".") in TITLES else ""
    named = words[1:] if title else words
    initials = "".join(w[:1] for w in named if w[:1].isupper())  # "of" is none
    surname = named[-1]
    with_title = [" ".join(filter(None, (title, initials[:-1], surname))), f"{title} {surname}"]
    unstyled = f"{initials[:-1]} {surname}".strip()
    return [*(with_title if title else []), unstyled, surname, initials]


def _post_kept(words: list[str], cells: int) -> str:
    """ "Engl. lead" for "English lead": a two-word post keeps its post word, its first
    word cut to at least ``ABBREVIATED`` letters; "" where that leaves fewer."""
    room = cells - cell_len(words[-1]) - len(". ")
    if len(words) != 2 or room < ABBREVIATED:
        return ""
    return f"{words[0][:room]}. {words[-1]}"
