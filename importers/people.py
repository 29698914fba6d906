"""Names in lead and responsible cells: splitting, initials and aliases.

The rules are docs/import-rules.md "People". Commas, semicolons and new lines
always separate people; "&", "and", "/" and "+" only where every side is a
name, initials or a body ("Jane Smith and Raj Patel", "JW & KT", "MHCLG and
Home Office"), never inside a job title ("Assistant Director Education &
SEND", "Head of Learning & Development"). A role word (Director, Head,
Manager, Team, Board …) makes wording a job title. Qualifiers in brackets
("Director of Nursing (Acute)") stay; brackets holding initials define them.

Initials are defined anywhere in a file: "Jackie Wood (JW)" in a people cell,
"Key to staff initials: Karen Thomas (KT), Raj Patel (RP)" or "KT = Karen
Thomas" in a note or legend (``aliases_from_text``), or a two-column key table
(``aliases_from_rows``). They are collected before any cell is resolved, so a
definition below its first use still counts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import takewhile

from importers import vocab
from importers.columns import CREW_WORDS, best_field
from importers.marks import without_list_marks
from store.calendar_words import MONTHS
from store.post_words import GIVEN_NAME_POSTS, NAME_TITLES, POST_LINKS, ROLE_WORDS

# Not inside brackets: "Director of Nursing (Acute, Community)" is one person.
_OUTSIDE_BRACKETS = r"(?![^()]*\))"
_ALWAYS = re.compile(r"\s*(?:;|,|\n)" + _OUTSIDE_BRACKETS + r"\s*")
_JOIN = r"&|\+|/|\band\b"  # what joins two names (or two posts)
_JOINERS = re.compile(rf"\s*(?:{_JOIN})" + _OUTSIDE_BRACKETS + r"\s*", re.IGNORECASE)
_INITIALS = re.compile(r"^[A-Z](?:[A-Za-z]{0,3}[A-Z])?$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]{0,7}$")
# "Butlin- Moran" is a hyphenated name typed loosely; "Manager - Quality" is a dash.
_HYPHEN = re.compile(r"(?<=\w)-\s+(?=\w)|(?<=\w)\s+-(?=\w)")
# Words naming no one: not known yet, not applicable, or a post left empty ("Vacant
# post": no holder to chase)
_NOT_PEOPLE = {"n/a", "na", "tbc", "tba", "none", "-", "?", "various", "vacant", "vacant post"}
# A name a published plan blanks out ("Redacted", "[Redacted]", "Withheld", "Name
# withheld", "Removed"): a word standing for a person's name, never a person
_REDACTED = re.compile(
    r"^\s*[\[(]?\s*(?:names?\s+)?(?:redacted|withheld|removed)\s*[\])]?\s*$", re.IGNORECASE
)
_BRACKETS = re.compile(r"\s*\(([^()]*)\)")
# A place or unit and the letter or number that tells it from its like: "Block A",
# "Phase 2", "Site 3", "Zone B", "Wing IV" (a linked record of an estate or a
# programme). Never a person: no surname is one letter or a number.
_UNIT_LABEL = re.compile(
    r"(?i:block|building|wing|floor|level|phase|stage|site|zone|area|sector|section|plot"
    r"|lot|tower|ward|unit|bay|room|tranche|wave|package)\s+(?:[A-Z]|\d{1,3}[A-Za-z]?|[IVX]{1,4})"
)
# ROLE_WORDS, the words that make wording a job title or a team, are shared with the
# Lead column's shortening of names: store.post_words
# Bodies named in one word: "Police & CCG" are two. The NHS's local bodies by their
# initials too, as a place's written before them ("Wexcombe ICB"), never a surname.
BODY_WORDS = frozenset({"police", "ofsted", "probation", "council", "nhs", "icb", "ccg"})
# Small words allowed inside a body's name: "Department for Education".
_BODY_LINKS = frozenset({"of", "for", "the", "and", "in", "on"})
# A capitalised run of words (a name) and initials: the parts of an alias definition.
# A key writes its definitions side by side ("ARO: Academic Registry Office", "QEO:
# Quality Enhancement Office" in cells of one row, read as one line): short form that
# opens the next definition is no word of the name before it.
# A key's code may carry a digit after the initials ("JB1 = Jo Baines; JB2 = James
# Bell"): a school tells two staff with the same initials apart so (_told_apart_person)
_INIT = r"[A-Z][A-Za-z]{0,3}[A-Z]\d?"
_SEP = r"[ \t]*(?:=|:|–|—|-)[ \t]*"
_NEXT_DEFINITION = rf"(?!{_INIT}{_SEP}[A-Z])"
_NAME = rf"(?<![\w'’\-])[A-Z][\w'’\-]*(?:[ \t]+{_NEXT_DEFINITION}[A-Z][\w'’\-]*){{1,5}}"
# "Amy Bell (AB)" or, as some keys write it, "Amy Bell [AB]": the initials a name defines
_NAME_THEN_BRACKET = re.compile(rf"({_NAME})\s*([(\[])({_INIT})[)\]]")
# The links of a post ("Head of Service") and, with "and" and "&", those between a
# post's or a body's capitalised words
_LINK_WORDS = POST_LINKS | {"and", "&"}
_LINK = "|".join(map(re.escape, sorted(_LINK_WORDS)))
# A key spells out a post's initials in its words, small links and all ("HSO= Health
# and Safety Officer", "HoS = Head of Service"): the links belong to the post, as they
# do to a body's name ("Department for Education"); the initials must still fit it.
_LINKED_NAME = (
    rf"(?<![\w'’\-])[A-Z][\w'’\-]*"
    rf"(?:[ \t]+(?:(?:{_LINK})[ \t]+)?{_NEXT_DEFINITION}[A-Z][\w'’\-]*){{1,5}}"
)
_INITIALS_THEN_NAME = re.compile(rf"(?<![\w(])({_INIT}){_SEP}({_LINKED_NAME})")
# "SENDCo = SEND Coordinator (Ms Kirsty Vane)", "CoG = Chair of the Local Governing Body
# (Cllr Paula Hurst)": a key line's code as schools write them, small letters among the
# capitals, its post over several links, then the holder in brackets. The holder makes
# it a definition, so the post need only hold the code's letters in order. A post may
# name its area after a comma ("ADSC – Assistant Director, Social Care (Marcus Fenn)"):
# the comma is inside the definition, which ends only at its holder's bracket; a next
# definition ("…, PSW – …") is still no word of the post.
_LINE_CODE = r"[A-Z][A-Za-z]{0,5}[A-Z][a-z]?"
_KEYED_POST = (
    rf"[A-Z][\w'’\-]*"
    rf"(?:,?[ \t]+(?:(?:{_LINK})[ \t]+){{0,3}}{_NEXT_DEFINITION}[A-Z][\w'’\-]*){{0,7}}"
)
_CODE_POST_HOLDER = re.compile(
    rf"(?<![\w(])({_LINE_CODE}){_SEP}({_KEYED_POST})[ \t]*\(([^()\n]+)\)"
)
_NAME_THEN_INITIALS = re.compile(rf"({_NAME}){_SEP}({_INIT})(?![\w)])")


# "S.O.", "L.K", "J. P.": initials written with full stops, which a plan's key may
# define ("S.O. = Dr Sam Obi") and its cells use. Never a name's initials before its
# surname ("J.R. Smith"): a capitalised word after them makes them part of a name.
# Nor a surname's first letter before its apostrophe ("J. O’Neill", "P. D'Souza").
_DOTTED_INITIALS = re.compile(
    r"(?<![\w.])((?:[A-Z]\.[ \t]?){1,3}[A-Z])(?!['’])\.?(?![\w.])(?![ \t]*[A-Z][a-z])"
)


def undotted_initials(text: str) -> str:
    """Dotted initials written plain, "S.O. / L.K." → "SO / LK": the same initials
    either way, so a key's dotted definitions and its dotted uses meet."""
    return _DOTTED_INITIALS.sub(lambda m: re.sub(r"[.\s]", "", m[1]), text)


def aliases_from_text(texts: Iterable[str]) -> dict[str, str]:
    """Initials defined anywhere in free text, as alias → full name; the first definition wins.

    "Jackie Wood (JW)", "Key to staff initials: Karen Thomas (KT), Raj Patel
    (RP)", "Amy Bell [AB], Headteacher", "KT = Karen Thomas", "KT - Karen Thomas",
    "KT: Karen Thomas", "Karen Thomas – KT". A round bracket after a name is a
    definition by itself; a square one (which may hold a service, "Tom Bell [HR]")
    and the "=", ":", "-" forms must also match the name's initials ("NB: Karen
    Thomas" defines nothing), because those signs join much else besides.
    """
    return _told_apart_in_pairs(_definitions_in_text(texts))


def _definitions_in_text(texts: Iterable[str]) -> dict[str, str]:
    """Every definition the texts write, a code with a digit whether or not the file
    tells anyone apart by it (one line alone is a key however few it defines)."""
    aliases: dict[str, str] = {}
    for text in map(undotted_initials, texts):
        for m in _NAME_THEN_BRACKET.finditer(text):
            name, bracket, alias = m.groups()
            # a square bracket also holds a service ("Tom Bell [HR]"): only initials that fit
            whole = _post_ending_in(text, m.start(), name)
            if brackets_initials(alias, whole) and not _body_beside_a_name(alias, whole):
                _define(aliases, alias, _trim(whole, alias), strict=bracket == "[")
        for m in _INITIALS_THEN_NAME.finditer(text):
            alias, name = m.groups()
            holder = _holder_after(text, m.end())
            _define(aliases, alias, _trim(name, alias), strict=True, holder=holder)
        for name, alias in _NAME_THEN_INITIALS.findall(text):
            _define(aliases, alias, _trim(name, alias), strict=True)
        for code, post, holder in _CODE_POST_HOLDER.findall(text):
            _define_holder(aliases, code, post, tidy(holder))
    # a labelled key line of posts last: a code a fitting definition gives keeps it
    for text in map(undotted_initials, texts):
        for code, post in _keyed_posts_line(text):
            aliases.setdefault(code, post)
    return aliases


# "Key to leads: HoS – Head of Lifelong Learning; SFL – Family Support Lead": a label
# that says the line keys the plan's people, then its definitions parted by ";"
_PEOPLE_KEY_LABEL = re.compile(
    r"^\s*(?:[A-Za-z]+[ \t]+){0,3}?"
    r"(?:key|legend|glossary|abbreviations|acronyms|initials|codes|leads?|owners?|officers?)"
    r"\b[^:;]{0,30}:\s*",
    re.IGNORECASE,
)
_CODED_POST = re.compile(rf"({_LINE_CODE})[ \t]*(?:=|:|–|—|\s-\s)[ \t]*([^()\[\]]+?)[\s.]*")


def _keyed_posts_line(text: str) -> list[tuple[str, str]]:
    """The codes and posts of a labelled key line whose every ";"-part is a code and a
    post ("Leads: HoS – Head of Lifelong Learning; SFL – Family Support Lead"), fit or
    not: a service keeps a renamed post's code and words a code its own way, and the
    label and the parts' one shape make the line a key. Any other line gives none."""
    label = _PEOPLE_KEY_LABEL.match(text)
    if label is None or "\n" in text:
        return []
    parts = [part.strip() for part in text[label.end() :].split(";")]
    found = [_CODED_POST.fullmatch(part) for part in parts if part.strip(" .")]
    if not found or not all(m and _spells_a_post(m[2]) for m in found):
        return []
    return [(m[1], m[2]) for m in found if m]


def _spells_a_post(words: str) -> bool:
    """ "Careers, Employability and Guidance Officer", "Head of Lifelong Learning": a
    post's word among capitalised words, small links and commas between; no name."""
    tokens = words.replace(",", " ").split()
    if not 1 <= len(tokens) <= 8 or not (tokens[0][:1].isupper() and tokens[-1][:1].isupper()):
        return False
    linked = all(t[:1].isupper() or t.lower() in _LINK_WORDS for t in tokens)
    return linked and _has_role(words) and not _is_name_shaped(words)


def _define_holder(aliases: dict[str, str], code: str, post: str, holder: str) -> None:
    """ "DHT = Deputy Headteacher (Mr Rhys Lyle)": the code is the holder where the
    bracket names a person and the post holds the code's letters in order."""
    if sum(c.isupper() for c in code) < 2 or not (_has_role(post) or _is_full_name(post)):
        return
    if _is_persons_name(holder) and _letters_in_order(code, post):
        aliases.setdefault(code, holder)


# "Head of ": capitalised words and a link, which make the capitalised run after them
# the end of a post ("Head of Children's Commissioning"), no person's name
_POST_OPENING = re.compile(r"(?:[A-Z][\w'’\-]*[ \t]+)+(?:of|for)[ \t]+$")


def _post_ending_in(text: str, start: int, name: str) -> str:
    """The whole post a capitalised run ends, where a post's opening words and a link
    stand right before it ("Head of" before "Children's Commissioning"); else the run."""
    opening = _POST_OPENING.search(text, 0, start)
    return opening[0] + name if opening else name


_KEY_LABEL = re.compile(r"^\s*(?:key|legend)\b[^:]{0,40}:\s*", re.IGNORECASE)


def is_key_of_initials(text: str) -> bool:
    """A line that only defines initials: "JS = Jane Smith", "Key to staff initials:
    Jane Smith (JS), Raj Patel (RP)". One bracket alone is not enough: "Improvement
    Plan (IP)" is a title that names its acronym."""
    labelled = _KEY_LABEL.match(text) is not None
    rest = _KEY_LABEL.sub("", text, count=1)
    brackets = len(_NAME_THEN_BRACKET.findall(rest))
    signs = len(_INITIALS_THEN_NAME.findall(rest)) + len(_NAME_THEN_INITIALS.findall(rest))
    for pattern in (_NAME_THEN_BRACKET, _INITIALS_THEN_NAME, _NAME_THEN_INITIALS):
        rest = pattern.sub("", rest)
    only_definitions = not rest.strip(" ,;.") and bool(_definitions_in_text([text]))
    return only_definitions and (labelled or signs >= 1 or brackets >= 2)


def rating_key_texts(texts: Iterable[str]) -> list[str]:
    """The texts less the keys of people's initials ("Key: AG = Anna Green, RA = Ravi
    Ahmed"): such a key names people, whatever its letters, so it is never read as the
    plan's key to its ratings, where "AG" and "RA" would be amber/green and red/amber."""
    return [text for text in texts if not _keys_people(text)]


def _keys_people(text: str) -> bool:
    """Every entry a legend would read in the text keys a person: initials the text
    defines as a person's ("AG = Anna Green (Head of Service)"), or any code whose right
    side is a person's full name ("G = Gemma Reid", a key of staff by one letter each).
    "G = Complete", "G = On Track", "A = Some Concerns" are no person."""
    entries = vocab.legend_descriptions(text)
    if not entries:
        return False
    named = {alias.casefold() for alias in _definitions_in_text([text])}
    return all(key in named or _names_a_person(desc) for key, desc in entries)


def _names_a_person(desc: str) -> bool:
    """A key's right side that is a person's full name, a post or team after a comma,
    bracket or dash allowed ("Gemma Reid (Head of Service)"), and no word a rating is
    described by: "On Track" and "Some Concerns" are shaped as names, and rate."""
    name = _key_names(desc)[-1]
    return _is_persons_name(name) and _is_name_shaped(name) and not vocab.has_rating_word(name)


# "OBS = observation", "NC = nonconformity": a code a key explains as a thing, in
# lower case, where a key of initials names a person ("JS = Jane Smith")
_CODE_AS_THING = re.compile(r"(?:^|[;,:]|\s{2,})\s*([A-Z][\w ]{0,11}?)\s*=\s*[a-z]")


# "2025 inspection of EUC and EOC", "Action plan for ED and AMU": codes of capitals a
# title or note names as what the plan covers, after "of", "for", "in", "across" or
# "within" and joined by "and", "&" or commas — the services' short names, no one's
# initials (a title names people "by" or "from" them, never as its subject)
_CODES_COVERED = re.compile(
    r"\b(?:of|for|in|across|within)\s+([A-Z]{2,6}(?:\s*(?:,|&|\band\b)\s*[A-Z]{2,6})*)\b"
)
_CODE_IN_LIST = re.compile(r"\b[A-Z]{2,6}\b")


def codes_keyed_as_things(texts: Iterable[str]) -> frozenset[str]:
    """The codes the plan's keys explain as things, never people ("Finding types: Major
    NC = major nonconformity; OBS = observation"), and those its title names as what it
    covers ("inspection of EUC and EOC"): cells of them name no one."""
    codes: set[str] = set()
    for text in texts:
        codes.update(code.strip() for code in _CODE_AS_THING.findall(text))
        for listed in _CODES_COVERED.findall(text):
            codes.update(_CODE_IN_LIST.findall(listed))
    return frozenset(codes)


_KEY_ROLE = re.compile(r"\s*(?:,|–|—|\s-\s|\()\s*")


def aliases_from_rows(rows: list[list[str]]) -> dict[str, str]:
    """Initials from a key table (a Key sheet, key rows): one cell of initials, one of a name.

    Either order, other cells ignored ("JW | Jackie Wood | Head of Service");
    a header row ("Initials | Name") and rows without both define nothing.
    """
    aliases: dict[str, str] = {}
    for row in rows:
        cells = [tidy(c) for c in row if c and c.strip()]
        alias = next((c for c in cells if is_initials(c)), None)
        names = (n for c in cells for n in _key_names(c))
        name = next((n for n in names if _is_full_name(n) and not is_initials(n)), None)
        name = _holder(cells) or name
        if alias and name:
            _define(aliases, alias, name, strict=False)
        elif alias is None:
            _define_told_apart(aliases, cells, name)
            _define_post_code(aliases, cells)
    return _told_apart_in_pairs(aliases)


def _define_told_apart(aliases: dict[str, str], cells: list[str], name: str | None) -> None:
    """ "JB1 | Jo Baines" on a Key sheet: initials and a digit, the code alone in its
    cell, where the row holds no plain initials; a person's name only, as a key line's."""
    code = next((c for c in cells if _TOLD_APART.fullmatch(c)), None)
    if code and name:
        _define(aliases, code, name, strict=False)


def _define_post_code(aliases: dict[str, str], cells: list[str]) -> None:
    """A key row whose code is a post's short form or qualified by a bracket ("SENCo |
    Priya Nair, SENCo, Riverside", "DHT (Pastoral) | Tom Byrne, Deputy Head (Pastoral)"):
    the code, as written, is the person the row names. Only a person's name: a row
    spelling out the post ("SENCo | Special Educational Needs Coordinator") names no one,
    and the code stays as written."""
    code = next((c for c in cells if _KEY_POST_CODE.fullmatch(c)), None)
    if code is None:
        return
    names = (n for c in cells if c != code for n in _key_names(c))
    person = _holder(cells) or next((n for n in names if _is_persons_name(n)), None)
    if person:
        aliases.setdefault(code, person)


# A key's code for a post: a short form of three capitals or more, a small letter or two
# among them ("SENCo", "SENDCo", "DDSL"), or initials qualified by a bracket ("DHT
# (Pastoral)", "AHT (KS2)")
_POST_SHORT = r"(?=(?:[a-z]?[A-Z]){3})[A-Z][A-Za-z]{2,6}"
_KEY_POST_CODE = re.compile(
    rf"(?:{_POST_SHORT}|[A-Z]{{2,4}})(?:\s*\([A-Z0-9][\w ]{{0,24}}\))?|{_POST_SHORT}"
)


def _holder(cells: list[str]) -> str | None:
    """The person a key row names beside a post: "CNO | Chief Nurse | Helen Ward" is
    Helen Ward, and so is "CNO | Chief Nurse (Helen Ward)", the holder in brackets after
    the post. A lead written CNO means whoever holds the post, and the key says who."""
    names = (n for c in cells for n in (*_key_names(c), *_bracketed_holders(c)))
    return next((n for n in names if _is_persons_name(n)), None)


def _bracketed_holders(cell: str) -> list[str]:
    """What each bracket after a post holds: "Director of Nursing (Helen Marsh)" gives
    "Helen Marsh"; a bracket after a name ("Dr Sam Lee (GP)") or after words that are no
    post ("Tom Reid (Jo Bell)") gives nothing."""
    m = _POST_THEN_BRACKET.match(cell)
    return [tidy(m["inside"])] if m is not None and _has_role(m["post"]) else []


def _is_persons_name(text: str) -> bool:
    """A full name that is no post nor team: no role word, a given name first ("Helen
    Ward", "Dr Anil Kapoor"; not "Chief Nurse", "Chief Officer Group")."""
    if not _is_full_name(text) or is_initials(text) or _has_role(text):
        return False
    return _given_name_like(_given_name(text)) and not _place_then_body(text)


def all_people(values: Iterable[str]) -> bool:
    """Every filled value names one person: a full name, alone or with where they work
    after a comma ("Dr Paul Ruskin, University of Wexbridge": an external examiner, a
    peer reviewer). Who raised or reviewed something, never what it is about."""
    filled = {v.strip() for v in values if v.strip()}
    return bool(filled) and all(_is_persons_name(v.partition(",")[0].strip()) for v in filled)


def _place_then_body(text: str) -> bool:
    """ "Oakshire Community Health": a place, then two or more words naming a service
    ("Tom Community" is still a person: one word after the given name); or a place, then
    the body it names ("Wessex Police", "Wexcombe Council", "Dene Valley ICB"), its
    service after it or not ("Northmoor Council ASC"), or a unit ("Thornleigh SAB
    Business Unit"): no surname is a body's word."""
    words = text.split()
    if any(w.lower() in BODY_WORDS for w in words[1:]) or words[-1].lower() in _UNIT_WORDS:
        return True
    return len(words) >= 3 and all(w.lower() in _SERVICE_WORDS for w in words[1:])


# The last word of a unit of an organisation, never of a person's name: "Business Unit"
_UNIT_WORDS = frozenset({"unit", "units"})


def _key_names(cell: str) -> tuple[str, ...]:
    """The readings of a key cell as a name, best first. A name holds no comma or
    bracket: "Janet Hollis, Chief Nurse" and "Dr Sam Lee (GP)" are the name before
    them; "Karen Thomas – Head of SEND" is the name before the dash."""
    head = _KEY_ROLE.split(cell, maxsplit=1)[0]
    return (head,) if re.search(r"[,(]", cell) else (cell, head)


def _define(
    aliases: dict[str, str], alias: str, name: str, *, strict: bool, holder: str | None = None
) -> None:
    """Record a definition; a job title ("Head Teacher (HT)") only when the initials fit it.
    The ``holder`` of the post, where the key names one, is who the initials mean."""
    letters = _without_told_apart_digit(alias)
    if letters != alias and not _told_apart_person(alias, holder or name):
        return
    linked = not _is_full_name(name) and _is_full_name(_without_links(name))
    if not is_initials(letters) or not (_is_full_name(name) or linked):
        return
    if (strict or linked or _has_role(name)) and not _initials_fit(alias, name):
        return
    aliases.setdefault(alias, holder or tidy(name))


# "JB1", "JB2": initials and the one digit that tells two people with them apart
_TOLD_APART = re.compile(r"(?P<letters>[A-Z][A-Za-z]{0,3}[A-Z])\d")


def _without_told_apart_digit(alias: str) -> str:
    """ "JB" of "JB1": the initials a key's code is read by; a code with no digit as it is."""
    m = _TOLD_APART.fullmatch(alias)
    return m["letters"] if m else alias


def _told_apart_person(alias: str, name: str) -> bool:
    """ "JB1 = Jo Baines": a digit after initials tells two people apart, so the code
    defines only a person's name its letters fit, never a stage or a class ("KS2 = Key
    Stage Two") nor a thing a numbered code stands for ("AP3 = Alternative Provision":
    a word of work is no surname)."""
    person = tidy(name)
    if _CLASS_OR_PHASE.fullmatch(alias) or not _is_persons_name(person):
        return False
    return _is_name_shaped(person) and _initials_fit(_without_told_apart_digit(alias), person)


def _told_apart_in_pairs(aliases: dict[str, str]) -> dict[str, str]:
    """The definitions less each code with a digit that tells no one apart: the digit is
    there because two staff share the initials ("JB1 = Jo Baines; JB2 = James Bell"), so
    the key gives the same letters to another person too. A code no other person
    shares ("PP1 = Pupil Premium", a term shaped as a name) is a numbered thing."""
    people: dict[str, set[str]] = {}
    for code, name in aliases.items():
        if _is_persons_name(name):
            people.setdefault(_without_told_apart_digit(code), set()).add(name)
    return {
        code: name
        for code, name in aliases.items()
        if _without_told_apart_digit(code) == code
        or len(people.get(_without_told_apart_digit(code), ())) >= 2
    }


def _without_links(name: str) -> str:
    """ "Health and Safety Officer" → "Health Safety Officer": a post's small links set
    aside, its capitalised words left (never first nor last)."""
    return " ".join(_without_particles(name.split(), _LINK_WORDS))


# "RM = Registered Manager (Dawn Pike)": a post a key spells out, then its holder in brackets
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]*)\)")


def _bracket_after(text: str, end: int) -> str:
    """What a bracket right after ``end`` holds, or "" where none follows."""
    m = _BRACKET_AFTER.match(text, end)
    return tidy(m[1]) if m else ""


def _holder_after(text: str, end: int) -> str | None:
    """The person named in a bracket right after a key's post, as a key row "CNO | Chief
    Nurse | Helen Ward" names the person beside it: a lead written RM means Dawn Pike."""
    inside = _bracket_after(text, end)
    return inside if inside and _is_persons_name(inside) else None


def _holder_before_post(short: str, name: str, text: str, end: int) -> str | None:
    """ "HT = Joanne Patel (Headteacher)": the key's other order, the holder then the post
    in brackets; a lead written HT means Joanne Patel. The post must be one whose letters
    the code takes, so "NB: Karen Thomas (see minutes)" defines nothing."""
    post = _bracket_after(text, end)
    if _is_persons_name(name) and _has_role(post) and _letters_in_order(short, post):
        return tidy(name)
    return None


def _letters_in_order(short: str, post: str) -> bool:
    """ "HT" of "Headteacher", "DHT" of "Deputy Headteacher", "SENCo" of "SENCo": the
    post starts with the code's first letter and holds the rest in order. Looser than
    initials, because a school writes a compound word's parts ("Head|teacher") apart."""
    rest = iter(post.lower())
    return post[:1] == short[:1] and all(letter in rest for letter in short.lower())


def _capitals(name: str) -> str:
    """Each word's first letter and inner capitals: "Jenny Butlin-Moran" → JBM, "McLeod" → ML."""
    parts = [p for p in re.split(r"[\s\-]+", name) if p]
    return "".join(p[0].upper() + "".join(c for c in p[1:] if c.isupper()) for p in parts)


def _initials_fit(alias: str, name: str) -> bool:
    """ "KT" fits Karen Thomas, "SMcL" Sarah McLeod: capitals in order, first and last agree.
    A title is no initial: "AC" fits Mrs Anna Clarke."""
    wanted = "".join(c for c in alias if c.isupper())
    have = _capitals(_without_titles(name)[1])
    if not have or wanted[0] != have[0] or wanted[-1] not in have[1:]:
        return False
    rest = iter(have[1:])
    return all(letter in rest for letter in wanted[1:])


def _without_titles(name: str) -> tuple[list[str], str]:
    """The titles leading a name, and the rest: (["Mrs"], "Anna Clarke")."""
    words = name.split()
    titles = list(takewhile(_is_title, words))
    return titles, " ".join(words[len(titles) :])


def _trim(name: str, alias: str) -> str:
    """Drop leading and trailing words the initials do not cover ("Director Karen Thomas
    (KT)"); a title stays with the name, as written ("AC – Mrs Anna Clarke")."""
    titles, bare = _without_titles(name)
    return " ".join([*titles, _trim_to_initials(bare, _without_told_apart_digit(alias))])


def _trim_to_initials(name: str, alias: str) -> str:
    words = name.split()
    first = alias[0]
    while len(words) > 2 and words[0][0] != first:
        words.pop(0)
    # "HR = Human Resources Department": the word of a unit right after the words the
    # initials stand for says what the initials name, and is kept with them
    unit = words.pop() if len(words) > 2 and words[-1].lower() in _UNIT_KIND_WORDS else ""
    whole = len(words)
    last = alias[-1]
    while len(words) > 2 and words[-1][0] != last and last not in _capitals(words[-1]):
        words.pop()
    return " ".join([*words, unit] if unit and len(words) == whole else words)


# The kinds of unit a post's or service's initials leave unsaid: "HR" of "Human
# Resources Department", "ICT" of "ICT Services Team"
_UNIT_KIND_WORDS = frozenset({"department", "team", "service", "services", "unit", "office"})


def tidy(name: str) -> str:
    """Whitespace collapsed, "Butlin- Moran" joined (not " - "), trailing punctuation
    dropped, except the full stop of an abbreviated surname ("Dan C."): after a single
    capital letter it marks the abbreviation, part of the name as written."""
    name = _HYPHEN.sub("-", " ".join(name.split()))
    kept = name.strip(" .,:;")
    return kept + "." if _ABBREVIATED_END.search(name.rstrip(" ,:;")) else kept


# "Dan C.", "Lowe, K.": a word of a name, then one capital letter and its full stop
_ABBREVIATED_END = re.compile(r"\w,?\s+[A-Z]\.$")


def _drop_initials_brackets(cell: str) -> str:
    """ "Jackie Wood (JW)" → "Jackie Wood", "Mark Ingle (tbc)" → "Mark Ingle"; "Director
    of Nursing (Acute)" stays as it is.

    After a job title the bracket holds its initials only when they fit the words
    ("Head Teacher (HT)"); "Designated Nurse Safeguarding Adults (ICB)" names the
    body the post sits in, a qualifier that stays.
    """

    def replace(m: re.Match[str]) -> str:
        before = _JOINERS.split(_ALWAYS.split(cell[: m.start()])[-1])[-1].strip()
        inside = m[1].strip()
        if _GLUED_LETTER.fullmatch(m[0]) and is_initials(before):
            return m[0]  # "PVC(E)", "PVC(R)": one short form each, two posts
        dropped = brackets_initials(inside, before) or _post_of(inside, before)
        dropped = dropped or _login_of(inside, before)
        return " " if dropped or (before and _UNCONFIRMED.fullmatch(inside)) else m[0]

    return _BRACKETS.sub(replace, cell)


# A system's login ID: one word of letters, digits and dots ("KLOWE", "DPRICE2",
# "kerry.lowe", "LOWEK")
_LOGIN = re.compile(r"[A-Za-z][A-Za-z.\-_]*\d{0,3}")


def _login_of(inside: str, before: str) -> bool:
    """Whether the bracket is the login of the person it follows, as a system prints its
    user records: "Kerry Lowe (KLOWE)", "Dan Price (DPRICE2)", "Kerry Lowe (kerry.lowe)":
    the surname with the given name, or its first letters, before or after it."""
    if not _LOGIN.fullmatch(inside) or not _is_full_name(before):
        return False
    words = [re.sub(r"[^a-z]", "", w.lower()) for w in before.split()]
    given, surname = words[0], words[-1]
    letters = re.sub(r"[^a-z]", "", inside.lower())
    if len(surname) < 2 or not given:
        return False
    prefixes = {given[:k] for k in range(1, len(given) + 1)}
    return any(letters in (g + surname, surname + g) for g in prefixes)


# A letter in brackets glued to a short form, "PVC(E)" (the Pro-Vice-Chancellor for
# Education) beside "PVC(R)": part of the short form, which posts it tells apart
_GLUED_LETTER = re.compile(r"\([A-Z]\)")
_GLUED_LETTER_AT_END = re.compile(r"(?<=[A-Za-z])\([A-Z]\)$")
# "Mark Ingle (tbc)": the name is not yet confirmed, the bracket no part of it
_UNCONFIRMED = re.compile(r"tb[cad]|to be (?:confirmed|agreed|decided)", re.IGNORECASE)


def _post_of(inside: str, before: str) -> bool:
    """Whether the bracket is the post of the person it follows: "SB (SENDCo)", "KM
    (DHT)" is SB and KM, whom a key of initials names; "Ms L Kerr (SENCo)" is Ms L Kerr,
    the short form of her post written in mixed case, as "Mrs R Patel (HT)" is hers, and
    "Mr Tom Hughes (Y6)" is Mr Tom Hughes, the bracket the class he teaches. After an
    initial and surname ("K Ellis (Matron)", "M. Evans (Head of ICT)", "Dr A Khan
    (Clinical Director)") any post in brackets is the person's: no post is so written."""
    if is_initials(before):
        # "ADO (Response)": a post's code with its remit, no person's post; a class
        # ("KM (Nursery)") is what the person teaches
        remit = _is_remit(inside) and not _CLASS_OR_PHASE.fullmatch(inside)
        return _ACRONYM.match(inside) is not None and not remit
    if _is_initial_and_surname(before) and _is_job_title(inside):
        return not _names_someone(inside)
    a_person = _is_full_name(before) and not _has_role(before)
    short_form = _POST_SHORT_FORM.fullmatch(inside) or _CLASS_OR_PHASE.fullmatch(inside)
    return a_person and short_form is not None


def _is_initial_and_surname(text: str) -> bool:
    """ "K Ellis", "M. Evans", "Dr A Khan": an initial then a surname, titles before them;
    a person. "A Team", "B Ward" are a team and a place: no surname is such a word."""
    bare = _without_titles(text)[1]
    initialled = _INITIAL_NAME_ALONE.fullmatch(bare) is not None
    return initialled and not _not_in_a_name(bare.split()[-1].lower())


def _said_of_a_titled_name(inside: str, before: str) -> bool:
    """ "Mrs Eleri Morgan (Pennaeth)", "Mr Ifan Jones (Arweinydd y Gymraeg)": the title
    shows the words before the bracket are a person's whole name, so the bracket says
    something of them (a post, in any language), unless it names someone titled too."""
    titles, name = _without_titles(before)
    return bool(titles) and _is_full_name(name) and not any(map(_is_title, inside.split()))


# The class or phase a teacher teaches, as a school writes it after the name: "Y6",
# "Year 2", "Yr 5/6", "Reception", "Nursery", "KS1"; "EYFS" is a short form already
_YEAR = r"(?:Y|Yr|Year)[ \t]?\d{1,2}"
_CLASS_OR_PHASE = re.compile(
    rf"{_YEAR}(?:[ \t]?[/&-][ \t]?(?:{_YEAR}|\d{{1,2}}))?|Reception|Nursery|KS[ \t]?\d",
    re.IGNORECASE,
)


def brackets_initials(alias: str, before: str) -> bool:
    """Whether "(ICB)" after ``before`` holds its initials: after a name always, after
    a job title only when they fit its words ("Head Teacher (HT)"); otherwise the
    bracket qualifies the post ("Designated Nurse Safeguarding Adults (ICB)")."""
    if not is_initials(_without_told_apart_digit(alias)):
        return False
    return not _is_a_title(before) or _initials_fit(alias, _trim(before, alias))


def _is_a_title(text: str) -> bool:
    """A job title: a role word in it ("Head Teacher"), or capitalised words linked by
    "of", "for", "to" or "the" ("Clerk to the Corporation", "Dean of Higher Education"),
    which no person's name is."""
    tokens = text.split()
    linked = len(tokens) >= 3 and any(t in POST_LINKS for t in tokens[1:-1])
    capitalised = all(t[:1].isupper() or t in POST_LINKS for t in tokens)
    return _has_role(text) or linked and capitalised


# "Howells, Sian": a surname, a comma, a given name; one person in a column written so
# (a surname may open with a letter and an apostrophe: "O'Brien", "D’Souza")
_WORD = r"[A-Z](?:[a-z]|['’][A-Z][a-z])[\w'’\-]*"
# Outlook's "Ellis, Mark (Place)" adds the directorate in brackets: no part of the name
# "Lowe, K.": the given name may be an initial and its full stop, the stop kept
_GIVEN_INITIAL = r"[A-Z]\."
# NHSmail's directory writes the surname in capitals, "HOLT, Karen (WESTBRIDGE HOSPITALS NHS
# FOUNDATION TRUST)", the organisation in the bracket
_CAPITALS_SURNAME = r"[A-Z]+(?:['’\-][A-Z]+)*"
_SURNAME_FIRST = re.compile(
    rf"^({_WORD}|{_CAPITALS_SURNAME}),\s*({_WORD}|{_GIVEN_INITIAL})(?P<unit>\s*\([^()]+\))?$"
)
# Between "Surname, Given" people: never the comma, which is inside each name, nor a
# sign inside a directorate's bracket ("(HR & OD)")
_SURNAME_FIRST_JOINERS = re.compile(r"\s*(?:;|\n|&|/|\band\b)" + _OUTSIDE_BRACKETS + r"\s*")


def surname_first(cells: list[str]) -> bool:
    """Every filled cell lists people as "Surname, Given" ("Howells, Sian; Pritchard,
    Owen"), so the comma is inside each name. "Jane Smith, Tom Jones" is not: its
    sides are full names; nor "Police, Council": a body is no one's given name; nor
    "Housing, Planning" beside "Planning, Legal": a word written first in one pair
    and second in another is a list of services, not a surname and a given name.
    Several people parted by the same comma ("Okafor, Grace, Reid, Tom") pair off
    where the column shows its habit (:func:`_pairs_off`)."""
    filled = [_multi_values_parted(c.strip()) for c in cells if c.strip()]
    # a list's several people, "Patel, Anika;#Brennan, Siobhan", each a pair
    single = [_surname_first_pairs(cell) for cell in filled]
    if all(found is not None for found in single):
        return _pairs_consistent([m for found in single for m in found or []])
    return _pairs_off(filled, single)


def _pairs_consistent(pairs: list[re.Match[str]]) -> bool:
    """Some pairs, and no word written first in one and second in another."""
    return bool(pairs) and not {m[1] for m in pairs} & {m[2] for m in pairs}


def _pairs_off(filled: list[str], single: list[list[re.Match[str]] | None]) -> bool:
    """Whether the cells no pair reads are runs of people parted by the comma inside
    each name, as an address book's names pasted one after another are ("Okafor, Grace,
    Reid, Tom"): an even run pairs off only in a column that writes one person a cell
    so too, a person of a run written alone in another cell ("Okafor, Grace"), and with
    no commonest given name where a surname stands: "Grace, Tom, Ann" (odd) and "Tom,
    Sarah, Lucy, Ann" are lists of given names, several people each."""
    unread = [cell for cell, one in zip(filled, single, strict=True) if one is None]
    runs = [_surname_first_pairs(cell, runs=True) for cell in unread]
    if any(found is None for found in runs):
        return False
    alone = [m for found in single for m in found or []]
    in_runs = [m for found in runs for m in found or []]
    alone_names = set(map(_surname_first_name, alone))
    written_alone = any(_surname_first_name(m) in alone_names for m in in_runs)
    given_first = any(m[1].lower() in _COMMON_GIVEN_NAMES for m in in_runs)
    return written_alone and not given_first and _pairs_consistent(alone + in_runs)


def _surname_first_pairs(cell: str, runs: bool = False) -> list[re.Match[str]] | None:
    """Each person the cell lists as "Surname, Given" ("Howells, Sian; Pritchard, Owen"),
    or None when any part of it is written otherwise. With ``runs`` an even run of
    words parted by commas pairs off ("Okafor, Grace, Reid, Tom": two people)."""
    parts = _SURNAME_FIRST_JOINERS.split(cell)
    if runs:
        parts = [pair for part in parts for pair in _paired_off(part)]
    pairs = [_SURNAME_FIRST.match(p) for p in parts]
    found = [m for m in pairs if m is not None and _surname_like(m[1]) and _given_name_like(m[2])]
    return found if len(found) == len(pairs) else None


# The commas of a run of "Surname, Given" people, "Okafor, Grace, Reid, Tom"; never one
# inside a directorate's bracket
_RUN_COMMA = re.compile(r"\s*," + _OUTSIDE_BRACKETS + r"\s*")


def _paired_off(part: str) -> list[str]:
    """ "Okafor, Grace, Reid, Tom" → "Okafor, Grace", "Reid, Tom": an even run of four or
    more words pairs off; any other part is left whole."""
    words = _RUN_COMMA.split(part.strip())
    if len(words) < 4 or len(words) % 2:
        return [part]
    return [f"{words[i]}, {words[i + 1]}" for i in range(0, len(words), 2)]


def _initialled(pairs: list[re.Match[str]]) -> bool:
    """Every person in the cell written "Surname, I." ("O'Brien, K."): an initial and its
    full stop after the comma is a given name's, never a person alone, so the comma is
    inside each name whatever the column's other cells hold."""
    return all(re.fullmatch(_GIVEN_INITIAL, m[2]) for m in pairs)


def _surname_first_name(m: re.Match[str]) -> str:
    """ "Ellis, Mark (Place)" is Ellis, Mark: the name as written, without its unit."""
    return tidy(m.string[: m.start("unit")] if m["unit"] else m.string)


def _surname_like(word: str) -> bool:
    """ "Howells", or "HOLT" in capitals as a directory writes it; never a body's code
    ("HR", "ICB": no vowel, or a code known) nor a service written in capitals."""
    return not word.isupper() or (
        re.search("[AEIOUY]", word) is not None
        and word not in _BODY_CODES
        and _given_name_like(word.title())
    )


def _address_book(pairs: list[re.Match[str]]) -> bool:
    """Every person in the cell written as a directory shows them, the surname in
    capitals, the given name, the organisation in brackets: "HOLT, Karen (WESTBRIDGE
    HOSPITALS NHS FOUNDATION TRUST); PATEL, Divya (…)". The form marks each as one
    person wherever it stands, whatever the column's other cells hold."""
    return all(m[1].isupper() and m["unit"] for m in pairs)


# Words naming a service, never a given name: "Housing", "Commissioning", "Operations"
_SERVICE_ENDINGS = re.compile(r"(?:ing|tions?|sions?|ments?|ics|ogy|ies)$")
# Words that open the name of a service, never a given name: "Adult Social Care",
# "Community Health", "Public Health", "Criminal Justice", "Primary Care" write an agency
# out in two or three capitalised words as a name is written; a site's own services
# ("Maintenance", "Compliance", "Security") name the team a person sits in, as
# "Professional Standards" does
_SERVICE_WORDS = frozenset(
    """finance legal estates property highways transport audit health education
    governance procurement housing planning performance quality safety
    adult adults children community social public criminal youth corporate customer
    digital environmental primary acute mental maintenance compliance assurance
    security professional""".split()
)


def _given_name_like(word: str) -> bool:
    # a service written in the possessive ("Children's Social Care") is still a service
    lower = re.sub(r"['’]s$", "", word.lower())
    return not (
        lower in ROLE_WORDS
        or lower in BODY_WORDS
        or lower in _SERVICE_WORDS
        or _SERVICE_ENDINGS.search(lower)
        or _is_acronym(word)
    )


def name_then_team(cells: list[str]) -> bool:
    """The column writes each person as a full name, a comma, then their team or
    service ("Jo Baines, Fleet Services", "Mel Hargreaves, HR & Workforce
    Development"): the comma joins a person to where they work. Every filled cell
    is so, or a full name alone. "Jane Smith, Tom Jones" (a name after the comma)
    and "Police, Council" (no full name before it) are lists, split as ever."""
    filled = list(dict.fromkeys(c.strip() for c in cells if c.strip()))  # each value once
    teamed = [c for c in filled if _people_with_teams(c) or _names_then_posts(c)]
    if not teamed:
        return False
    fitting = all(c in teamed or _alone_or_initials(c) for c in filled)
    each_person = [part for c in teamed for part in _PEOPLE_PARTS.split(c)]
    return fitting and _habit_shown(each_person)


def column_of_names_then_teams(cells: list[str]) -> bool:
    """A column that writes people as :func:`name_then_team` reads them, on two rows at
    least: one row so written among others is no habit ("Rachel Owen (Probation)" once
    beside posts and bodies stays as written)."""
    # each distinct value tested once: a plan names the same few people on every row
    counts = Counter(cells)
    rows_so_written = sum(
        n
        for c, n in counts.items()
        if (_people_with_teams(c) or _names_then_posts(c)) and not _defines_initials_only(c)
    )
    return rows_so_written >= 2 and name_then_team(cells)


def _defines_initials_only(cell: str) -> bool:
    """ "Jackie Wood (JW)": every bracket after a name its own initials, a definition and
    no post, so the row shows no habit of writing posts (or bodies) after names."""
    found = list(_NAME_THEN_POST.finditer(cell))
    return bool(found) and all(_own_initials(m["post"].strip(), m["name"]) for m in found)


def _own_initials(inside: str, name: str) -> bool:
    return is_initials(inside) and _initials_fit(inside, name)


def _alone_or_initials(cell: str) -> bool:
    """A full name, a post or a team alone, posts or names joined by "/", "&" or "and"
    ("Pennaeth / Headteacher", a post in Welsh and English), or a name with its initials
    in brackets: no habit of a "name, team" column broken. Nor a cell with no bracket
    and no comma ("T/DCI Mark Rowe", "tbc", names a line each): nothing in it for the
    habit to read; nor a post held for now ("Director of Place (interim)"), nor a vacant
    post and who covers it, read as that person first."""
    cell = _covers_for_posts(cell)
    parts = _JOINERS.split(cell)
    alone = not re.search(r"[,;\n]", cell) and all(map(_one_lead, parts))
    plain = not re.search(r"[,()]", cell)
    return (
        alone
        or plain
        or _bracket_reads_as_initials(cell)
        or _post_with_its_body(cell)
        or _post_held_for_now(cell)
    )


# A note on a post's holder in brackets, saying who holds it, not what it is: "Director of
# Place (interim)", "Head of Finance (acting)", "Head of Clinical Education (vacant post)"
_HOLDER_FOR_NOW = re.compile(
    r"^(?P<post>[^()]+?)\s*\(\s*(?:interim|acting|temporary|vacant(?:\s+post)?)\s*\)$",
    re.IGNORECASE,
)


def _post_held_for_now(cell: str) -> bool:
    """ "Director of Place (interim)": a post, its bracket saying how it is held, kept
    with the post as written; no qualifier ("Director of Nursing (Acute)") of a post."""
    m = _HOLDER_FOR_NOW.match(cell.strip())
    return m is not None and _is_job_title(m["post"])


# Between people in a cell written "name, team": a ";" or a line, never the comma
_PEOPLE_PARTS = re.compile(r"\s*[;\n]\s*")


def _people_with_teams(cell: str) -> list[str] | None:
    """Each person of the cell as written, when every ";"- or line-part is a full name,
    a comma and a team or post, or a full name alone, and one at least has the comma:
    "Mark Ellis, Chief Executive; Helen Grant, Director of Place" names two people,
    each with their post. None when the cell is written otherwise."""
    parts = [p for p in _PEOPLE_PARTS.split(cell.strip()) if p]
    teamed = [p for p in parts if _name_then_team_cell(p)]
    if teamed and all(p in teamed or ("," not in p and _is_name_shaped(p)) for p in parts):
        return parts
    return None


def _bracket_reads_as_initials(cell: str) -> bool:
    """ "Tess Ward (YJS)": every bracket already reads as initials after a name, so the
    cell breaks no habit of the column (Ward may be a place, not proof of a name)."""
    return "(" in cell and "(" not in _drop_initials_brackets(cell)


def _habit_shown(teamed: list[str]) -> bool:
    """A team after the comma that could be a person ("Sam Reid, Lucy Ward": Ward is a
    surname as often as a ward) shows the habit only beside a team that is no one's
    name ("Fleet Services") or a second, different one ("Cedar Ward", "Elm Ward"):
    alone it is a second person, and the comma splits."""
    if not all(map(_team_may_be_a_person, teamed)):
        return True
    return len({c.partition(",")[2].strip() for c in teamed}) >= 2


def _team_may_be_a_person(cell: str) -> bool:
    """ "Lucy Ward", "Cedar Ward" after the comma: a word that may be a given name, then
    one word of a place, where a surname would stand."""
    return _name_then_team_cell(cell) and _given_name_then_place_word(cell.partition(",")[2])


def _one_lead(cell: str) -> bool:
    """A full name, a post or a team alone ("Care coordinators", "Unit Seniors"), beside
    people so written."""
    post_or_team = _is_job_title(cell) or _names_a_team(cell)
    return _is_name_shaped(cell) or (post_or_team and "(" not in cell)


def _name_then_team_cell(cell: str) -> bool:
    name, comma, team = cell.partition(",")
    if not comma or re.search(r"[;\n]", cell) or not _is_name_shaped(name.strip()):
        return False
    parts = [p.strip() for p in _JOINERS.split(team.replace(",", "&"))]
    team_shaped = _names_a_team(team) or _is_area_post(team) or _is_own_body(team, name)
    return all(p and not _is_name_shaped(p) for p in parts) and team_shaped


# Short names of the bodies a partnership's people come from, never a person's initials:
# "Jo Baines, LA", "Dr Imran Shah, ICB", "Maria Costa, PCF"; the national bodies and
# regulators too, never a team inside the post's own body ("Regional Lead, NHSE")
_BODY_CODES = frozenset(
    """LA ICB ICS CCG NHS PCF LEA VCS VCSE DfE DHSC NHSE NHSEI UKHSA HMPPS OHID CQC DWP
    MHCLG DLUHC HMRC HMICFRS HMIP HSE LGA ADASS ADCS YJB""".split()
)


def _body_beside_a_name(code: str, name: str) -> bool:
    """ "Jo Farrant (LA)": a body's short name after a name whose initials it is not, the
    body the person works for, which defines nothing; "Lucy Adams (LA)" defines LA."""
    return code in _BODY_CODES and not _initials_fit(code, name)


def _post_with_its_body(cell: str) -> bool:
    """ "Head of SEND (LA) / Designated Clinical Officer (ICB)": each post followed by
    the short name of the body it sits in, as the column writes its people's bodies."""
    posts = [_POST_THEN_BODY.fullmatch(part.strip()) for part in _JOINERS.split(cell)]
    return all(m and m["code"] in _BODY_CODES and _is_job_title(m["post"]) for m in posts)


_POST_THEN_BODY = re.compile(r"(?P<post>[^()]+?)\s*\((?P<code>[^()]+)\)")


def _is_own_body(code: str, name: str) -> bool:
    """The short name of the body a person works for, after their name and a comma: a
    body's short name ("LA", "ICB"), or capitals that are not the name's own initials
    ("Jo Baines, PCF"). "J. Baines, JB" may be a second person's initials and stays two."""
    code = code.strip()
    if code in _BODY_CODES:
        return True
    return _is_acronym(code) and not _initials_fit(code, name.strip())


# "Karen Dunne (Registered Manager)", "Priya Nair (Police)": a full name, then the post
# it holds or the body it sits in, in brackets; "and" between two such people is no
# part of either name
_NAME_THEN_POST = re.compile(
    r"(?<![\w'’-])(?!and\b)(?P<name>(?:(?!\band\b)[^();,&/+\n])+?)\s*\((?P<post>[^()]+)\)"
)


def _is_name_then_post(m: re.Match[str]) -> bool:
    name, post = m["name"].strip(), m["post"].strip()
    if _given_name_then_place_word(name) and _is_job_title(post):
        return True  # "Lisa Ward (Training Coordinator)": a ward holds no post, a person does
    return _is_name_shaped(name) and (_post_or_body(post) or _said_of_a_titled_name(post, name))


def _given_name_then_place_word(name: str) -> bool:
    """ "Lisa Ward", "Sam Hall": a given name, then a surname that is also a place's word."""
    words = name.split()
    if len(words) != 2:
        return False
    given, last = words
    return (
        re.fullmatch(r"[A-Z][a-z'’]+", given) is not None
        and not _not_in_a_name(given.lower())
        and _given_name_like(given)
        and last.lower() in _PLACE_WORDS
    )


def _post_or_body(inside: str) -> bool:
    """What a bracket after a person's name says of them, never another person: a post
    ("Board chair"), a body or agency ("Police", "YJS", "Youth Offending Service") or a
    field of work ("Education")."""
    if _is_name_shaped(inside):
        return False
    return _is_job_title(inside) or _names_a_team(inside) or _names_someone(inside)


def _names_then_posts(cell: str) -> bool:
    """Every bracket in the cell follows a full name and holds a post: "Dr Imran Shah
    (Designated Clinical Officer) / Paul Mercer (Assistant Director, Education)"."""
    found = list(_NAME_THEN_POST.finditer(cell))
    return bool(found) and cell.count("(") == len(found) and all(map(_is_name_then_post, found))


def _drop_posts(cell: str) -> str:
    """ "Karen Dunne (Registered Manager)" → "Karen Dunne": in a column that writes people
    so, the bracket says which post the person holds, not who else leads. It is all of
    their post: what a joiner or a new line adds after it is another lead ("Kate Ellery
    (Head of Communications) / Customer Services Manager" names two), parted so."""

    def drop(m: re.Match[str]) -> str:
        if not _is_name_then_post(m):
            return m[0]
        return m["name"] + ("; " if m["joiner"] else "")

    return _NAME_THEN_POST_JOINED.sub(drop, cell)


# A name and its post in brackets, then what joins another lead to it: "&", "+", "/",
# "and" or a new line
_NAME_THEN_POST_JOINED = re.compile(
    _NAME_THEN_POST.pattern + r"(?P<joiner>[ \t]*(?:[&+/\n]|\band\b)\s*)?"
)


# A word of a name, post or team, hyphens and apostrophes kept ("Co-ordinator", "O'Neil")
_TOKEN = re.compile(r"[\w'’\-]+")


def _names_a_team(text: str) -> bool:
    """ "Fleet Services", "Transport Management", "Finance", "Board Secretary": a word
    of a service, a post, a unit or a field of work."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    return any(_not_in_a_name(w) or _SERVICE_ENDINGS.search(w) for w in words)


# A SharePoint list's people column as its export writes it: "Grace Okafor;#Tom Reid",
# the values parted by ";#" as by a semicolon; at either end (";#Tom Reid;#") the mark
# parts nothing.
_MULTI_VALUE_MARK = re.compile(r"\s*;#\s*")


def _multi_values_parted(cell: str) -> str:
    """ "Grace Okafor;#Tom Reid" → "Grace Okafor; Tom Reid"; ";#Tom Reid;#" → "Tom Reid"."""
    if ";#" not in cell:
        return cell
    return "; ".join(v for v in _MULTI_VALUE_MARK.split(cell.strip()) if v)


# A task tool's people field exported as a list in square brackets, ClickUp's "[Tom
# Reeve, Helen Okafor]", "[Priya Shah]": the brackets mark the list, no part of a name, and
# the list's commas part its people. Only a cell wholly so bracketed (one bracket pair),
# never "[LA] Jo Baines" nor "Amy Lee [Revenues]".
_BRACKETED_LIST = re.compile(r"\s*\[([^\[\]]*)\]\s*")


def _list_unbracketed(cell: str) -> str:
    """ "[Tom Reeve, Helen Okafor]" → "Tom Reeve, Helen Okafor"; others as written."""
    m = _BRACKETED_LIST.fullmatch(cell) if cell.lstrip().startswith("[") else None
    return m[1] if m else cell


# The claims prefix SharePoint writes before a person's login in a list's export
# ("i:0#.f|membership|anna.kowalski@castlebrook.gov.uk", "i:0#.w|contoso\\jsmith"): how the
# account signs in, no part of the person, who is the login after it.
_CLAIMS_PREFIX = re.compile(r"(?<![\w.])[ic]:0[^|\s;,]{0,4}\|(?:[a-z]+\|)?(?=\S)", re.IGNORECASE)


def _without_claims(cell: str) -> str:
    """ "i:0#.f|membership|anna.kowalski@council.gov.uk" → "anna.kowalski@council.gov.uk"."""
    return _CLAIMS_PREFIX.sub("", cell) if "|" in cell else cell


# A Teams or Planner @-mention, "@Priya Shah", as a log typed in a channel notifies the
# person: the "@" is the mention's mark, no part of the name (an email's "@" follows a
# word and stays).
_MENTION = re.compile(r"(?<![\w.@])@(?=[A-Z])")
# An owner handed over, written with an arrow from the old owner to the new, "Tom Bell →
# Amy Lee" (or "->", "⇒"): the owner now is the one after the last arrow; the cell as
# written keeps the old one.
_ARROWS = ("→", "⇒", "➔", "->", "=>")
_HANDED_OVER = re.compile(
    r"(?:^|(?<=[;,\n]))[^;,\n]*\w[^;,\n]*(?:"
    + "|".join(map(re.escape, _ARROWS))
    + r")\s*(?=[^\s;,])"
)


# An owner handed over, written with the owner now in brackets after "now", "Karen Lowe
# (now Dev Kapoor)" (or "now:"), as "31/12/2026 (now 31/03/2027)" moves a date: the one
# in brackets owns it now; the old owner stays in the cell as written.
_NOW_IN_BRACKETS = re.compile(
    r"[^;,\n()]*\w[^;,\n()]*\(\s*(?i:now)\b\s*:?\s*(?P<now>[A-Z][^()]*?)\s*\)"
)


def _handed_to(m: re.Match[str]) -> str:
    """The owner in brackets after "now" where a person is named there ("Karen Lowe (now
    Dev Kapoor)"); a post there ("Sam Patel (now Director of Finance)", "(now CEO)") is
    the owner's promotion, no handover, and the words stay as written."""
    return m["now"] if _is_persons_name(m["now"]) else m[0]


def _owners_now(cell: str) -> str:
    """ "@Tom Bell → @Amy Lee" → "Amy Lee", "Karen Lowe (now Dev Kapoor)" → "Dev
    Kapoor": the owner after any hand-over, unmentioned. (Most cells have no arrow, no
    "now" nor "@": they are not scanned.)"""
    if any(arrow in cell for arrow in _ARROWS):
        cell = _HANDED_OVER.sub("", cell)
    if "now" in cell.lower():
        cell = _NOW_IN_BRACKETS.sub(_handed_to, cell)
    return _MENTION.sub("", cell) if "@" in cell else cell


# An owner written as an e-mail's recipients, "Karen Lowe cc Tom Hale" (or "cc:", "Cc:",
# "CC:"), as an audit team copies a colleague on every chaser: the owner is written
# before "cc"; the ones copied in after it are told, not asked to act. "CC" with no colon
# may be a council's or a Chief Constable's, and stays.
_CC = r"(?:\b[Cc]c\b\.?:?|\bCC:)[ \t]*(?=[A-Z])"
_COPIED_IN = re.compile(rf"[ \t]*[,;]?\s*{_CC}[\s\S]*$")
_COPIED_IN_BRACKETS = re.compile(rf"[ \t]*\(\s*{_CC}[^()]*\)")


# A lead acting for a post-holder, "Amy Lee obo Director of Adult Social Care" ("o.b.o.",
# "on behalf of"): the person before it acts and leads; the post after it is whose the
# work is, no second lead. Only after someone: a cell opened by "obo" stays as written.
# A signature's "pp" / "p.p." (per procurationem) reads the same; lower case or dotted
# only, as a school's "PP" is its Pupil Premium.
_OBO = r"\b(?:(?i:obo|o\.b\.o\.?|on[ \t]+behalf[ \t]+of)|pp|p\.p\.?|P\.P\.?)(?!\w)"
_ON_BEHALF_OF = re.compile(rf"[ \t]*[,;]?\s*{_OBO}[ \t]*:?[ \t]*(?:the[ \t]+)?(?=[A-Z])[\s\S]*$")
_ON_BEHALF_OF_BRACKETS = re.compile(rf"[ \t]*\(\s*{_OBO}[^()]*\)")
_ACTS_FOR = re.compile(_OBO)


def _without_acted_for(cell: str) -> str:
    """The cell without the post its lead acts for: "Amy Lee obo Director of Adult
    Social Care" → "Amy Lee", "Tom Hale (on behalf of the PSW)" → "Tom Hale"."""
    if not _ACTS_FOR.search(cell):  # most cells: no "obo" to scan for
        return cell
    return _owner_before(cell, _ON_BEHALF_OF_BRACKETS, _ON_BEHALF_OF)


def _owner_before(cell: str, bracketed: re.Pattern[str], after: re.Pattern[str]) -> str:
    """The cell without the bracket ``bracketed`` finds and from where ``after`` matches
    on, only after someone: a cell opened by what ``after`` finds stays as written."""
    cell = bracketed.sub("", cell)
    m = after.search(cell)
    return cell[: m.start()] if m and re.search(r"\w", cell[: m.start()]) else cell


def _without_copied_in(cell: str) -> str:
    """The cell without the people copied in after its owner: "Karen Lowe cc Tom Hale" →
    "Karen Lowe", "Tom Bell (cc Amy Lee)" → "Tom Bell". Only after someone: a cell
    opened by "cc" stays as written."""
    if "cc" not in cell.lower():  # most cells: no "cc" to scan for
        return cell
    return _owner_before(cell, _COPIED_IN_BRACKETS, _COPIED_IN)


@lru_cache(maxsize=8192)
def split_names(
    cell: str,
    surname_first: bool = False,
    name_then_team: bool = False,
    providers: bool = False,
    remit_posts: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The names a cell lists, aliases still unresolved. In a ``surname_first`` column
    "Howells, Sian" is one person, kept as written; in a ``name_then_team`` column
    "Jo Baines, Fleet Services" is Jo Baines; in a ``providers`` column "Education
    Manager (Novus Cambria)" is the post and its provider, one lead; so is a post of
    ``remit_posts`` (:func:`posts_with_remits`) with its remit in brackets."""
    if vocab.is_excel_error(cell):  # "#N/A": the lookup of a name failed, no one
        return ()
    cell = _owners_now(_without_claims(_multi_values_parted(_list_unbracketed(cell))))
    cell = _without_maiden_names(_without_leavers(cell))
    # who covers first: "Jo Parkes (on secondment – cover: Amir Shah)" is Amir Shah in any
    # column, before a "name (post)" column's habit drops the bracket as a post
    cell = _without_acted_for(_without_copied_in(_covers_for_posts(cell)))
    cell = _without_availability_notes(cell)
    cell = _without_own_team(cell)
    if cell.strip().lower() in _NOT_PEOPLE or _REDACTED.match(cell) or _no_one_yet(cell):
        return ()
    cell = _JOINT_ROLE.sub(_holders_of_joint_role, cell)
    cell = _SHARED_BETWEEN.sub(_parted_sharers, _MARKED_JOINT.sub(_parted_joint_posts, cell))
    # "• Siobhán O'Neill" over "• Tom Reid": a list's marks, no part of a name
    cell = undotted_initials(without_list_marks(cell))
    pairs = _surname_first_pairs(cell.strip(), runs=surname_first)
    if pairs is not None and (surname_first or _address_book(pairs) or _initialled(pairs)):
        return tuple(map(_surname_first_name, pairs))
    if name_then_team and (people := _people_with_teams(cell)):
        return tuple(tidy(person.partition(",")[0]) for person in people)
    if name_then_team:
        cell = _drop_posts(cell)
    parts: list[str] = []
    cell = _without_emails_after_names(_ALLOCATION.sub("", cell))
    cell = _BARE_EXTENSION.sub("", _CONTACT_NUMBER.sub("", _without_pay_grades(cell)))
    cell = _PRONOUNS.sub("", cell)
    cell = _without_holder_notes(cell)
    cell = _drop_after_full_name(_JOB_SHARE, _drop_after_full_name(_SQUARE_BRACKETS, cell))
    cell = _drop_after_full_name(_ACCOUNT_MARK, cell)
    cell = _without_post_nominals(cell)
    cell = _names_of_signatures(cell)
    cell = _holder_over_post(_INITIAL_NAME_THEN_POST.sub(_initial_name_for_post, cell))
    cell = "".join(map(_holder_after_post, _LINES_KEPT.split(cell)))
    for piece in _posts_with_their_units(
        _names_for_titles(_drop_initials_brackets(cell), providers, remit_posts).strip()
    ):
        joined = _split_joined(_without_agency(_name_of_definition(piece)))
        # "ICB: Karen Ellis / Dr Helen Marsh": the label over the names stands before the first
        parts.extend(map(_without_agency, joined))
    out: list[str] = []
    for part in parts:
        out.extend(_split_initials(_without_post_before_name(tidy(part))))
    return tuple(p for p in out if p and p.lower() not in _NOT_PEOPLE)


# A lead not yet named, written with the reason or the holder to come: "Vacant –
# recruitment under way", "TBC – new Head of Protection starts 05/01/2027", "TBC
# (pending the Q4 restructure)", "Vacant post – interim arrangements being agreed" (a
# fire service's improvement plan). The word names no one, as it does alone; what
# follows only says why. Who covers the post was read before ("Vacant – covered by Amy
# Doyle" is Amy Doyle); a name alone after the word ("TBC – Jo Barker") is the one
# proposed, as "Mark Ingle (tbc)" is, and a post alone ("Vacant – Head of Finance") the
# post: both stay read as ever.
_NO_ONE_YET = re.compile(
    r"^\s*(?i:vacant(?:[ \t]+post)?|tbc|tba|tbd|to[ \t]+be[ \t]+(?:confirmed|agreed|appointed))"
    r"[ \t]*(?:[–—:,]|-[ \t]|\()[ \t]*(?P<why>[^\n]*?)[ \t]*\)?\s*$"
)


def _no_one_yet(cell: str) -> bool:
    """A cell saying its lead is not yet named ("Vacant", "TBC") and why, or who is to
    come: no one to chase yet."""
    m = _NO_ONE_YET.match(cell)
    if m is None:
        return False
    why = m["why"].strip()
    return bool(why) and not (_is_named_person(why) or _is_job_title(why))


# A role held jointly, written as its label, a colon and its holders: "Co-Chairs: Cllr
# Amy Doyle and Joanne Reeves", "Joint SROs: Mark Ellison & Priya Shah", "Co-leads:
# Helen Grant / Tom Reid", "Joint statutory officers: Section 151 Officer / Monitoring
# Officer" (a council's improvement and recovery plan). The label says the holders
# share the role: it is no part of the first, and each holder is one, a post as well
# as a name. Only "Co-" or "Joint" opening the label says the role is shared.
_JOINT_ROLE = re.compile(
    r"^[ \t]*(?P<label>(?i:co-|joint\b)[^:;\n]{0,60}?):[ \t]*(?P<holders>\S[^;\n]*?)[ \t]*$",
    re.MULTILINE,
)
_JOINT_LABEL = re.compile(r"^\s*(?i:co-|joint\b)")


def _holders_of_joint_role(m: re.Match[str]) -> str:
    """The line of a joint role's holders (``_JOINT_ROLE``), its label taken off."""
    return joint_holders(m["label"], m["holders"]) or m[0]


def joint_holders(label: str, holders: str) -> str | None:
    """The holders of a role its ``label`` says is shared ("Co-Chairs", "Joint SROs"),
    parted by ";", where there are two or more and each names someone or a post; None
    otherwise ("Co-ordinator: Jo Barker" names one, read as after any post)."""
    if not _JOINT_LABEL.match(label):
        return None
    sides = [s.strip() for s in _JOINERS.split(holders)]
    if len(sides) < 2 or not all(_names_someone(s) or _is_job_title(s) for s in sides):
        return None
    return "; ".join(sides)


# A lead written with the team behind them: "Kate Ellis & team", "Chief Clinical
# Information Officer and team", "Dr Amir Khan + team". The team is no second lead: it
# names no one, and the work is the lead's. Only "team" alone (or "the", "their", "his",
# "her" team) closing a line: "Kate Ellis & Housing Team" names a team that shares it.
_OWN_TEAM = re.compile(
    r"(?<=\S)[ \t]*(?:&|\+|\band\b)[ \t]*(?:(?:the|their|his|her)[ \t]+)?team[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# "Lucy Fairweather et al." (and others): the others are unnamed, so no lead; the people
# named before it lead. Only closing a line, after a name.
_ET_AL = re.compile(r"(?<=\w)[ \t]*,?[ \t]+et[ \t]+al\b\.?[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _without_own_team(cell: str) -> str:
    """Each line's lead without "& team" or "et al." closing it: "Kate Ellis & team" →
    "Kate Ellis", "Sean Cole et al." → "Sean Cole"."""
    lowered = cell.lower()
    if "et al" in lowered:
        cell = _ET_AL.sub("", cell)
    if "team" not in lowered:  # most cells, cheaply
        return cell
    return _OWN_TEAM.sub("", cell)


# Who share an action, named after a phrase that says so, as a programme log writes a
# shared owner: "Shared between Priya Nair and Tom Ashby", "Split between Jo Baines, Amy
# Lee and Tom Reid". The phrase is no part of the first one's name, and each side, post
# or name, is a lead of its own (no post's title opens so). A line of the cell each.
_SHARED_BETWEEN = re.compile(
    r"^[ \t]*(?i:(?:shared|split)[ \t]+between)[ \t]+(?P<who>[^\n]+?)[ \t]*$", re.MULTILINE
)
# Posts parted by "/" and closed by a bracket saying they share the action: "Head of
# Commissioning / Head of Adult Social Work (joint)". Without it the slash may join one
# person's two hats ("Director of Resources / S151 Officer"); "(joint)" says two share it.
_MARKED_JOINT = re.compile(
    r"^(?P<who>[^\n/]+(?:/[^\n/]+)+?)[ \t]*\((?i:joint(?:ly)?|shared)\)[ \t]*$", re.MULTILINE
)
_LAST_AND = re.compile(r"[ \t]*,?[ \t]+and[ \t]+(?=[^,]*$)")


def _each_a_sharer(sides: list[str]) -> bool:
    """Two sides or more, each a post or someone named: who share an action."""
    return len(sides) > 1 and all(_names_someone(s) or _is_job_title(s) for s in sides)


def _parted_sharers(m: re.Match[str]) -> str:
    """ "Shared between A, B and C" → "A; B; C" where each is a post or names someone;
    the line as written otherwise ("Shared between partners")."""
    sides = [s.strip() for s in _LAST_AND.sub(",", m["who"]).split(",")]
    return "; ".join(sides) if _each_a_sharer(sides) else m[0]


def _parted_joint_posts(m: re.Match[str]) -> str:
    """ "Head of Housing / Head of Planning (joint)" → "Head of Housing; Head of
    Planning" where each side is a post or names someone; the line as written otherwise."""
    sides = [s.strip() for s in m["who"].split("/")]
    return "; ".join(sides) if _each_a_sharer(sides) else m[0]


# A post held by someone else for now, written with who covers it: "Head of Assessment
# (vacant – covered by Amy Doyle)", "Head of Safeguarding – vacant, interim cover: Amy
# Doyle", a post-holder away, "Jo Parkes (on secondment – cover: Amir Shah)", "(maternity
# leave; covering: Amir Shah)", "(acting: Amir Shah)". The work falls to the person
# covering; the post as written stays in the cell. "covering:" says so only after the
# holder's absence ("Amir Shah (covering: Jo Parkes)" is Amir, who covers for Jo).
_COVERED = (
    r"\b(?i:cover(?:ed)?\s+by|(?:interim|acting)\s+cover\b\s*[:\-–—]?"
    r"|(?:cover|(?P<covering>covering)|acting)\s*:)\s*"
)
# Why a post-holder is away: "(maternity leave; covering: …)", "(on secondment – …)".
# No person's name is made of these words ("covering: Maternity Leave").
_ABSENCE = re.compile(
    r"\b(?i:leave|maternity|paternity|secondment|seconded|sickness|sick|absence|absent)\b"
)
_COVER_IN_BRACKETS = re.compile(rf"[^;\n()]*\([^()]*?{_COVERED}(?P<name>[^()]+?)\s*\)")
_COVER_AFTER_POST = re.compile(rf"[^;\n()]*?{_COVERED}(?P<name>[^;\n()]+?)\s*(?=$|[;\n])")


def _covers_for_posts(cell: str) -> str:
    """Each post written with the person covering it named as that person: "Head of
    Assessment (vacant – covered by Amy Doyle)" is Amy Doyle. Wording after "cover"
    that is no person's name ("cover arranged by the team") stays as written."""

    def cover(m: re.Match[str]) -> str:
        name = tidy(m["name"])
        away = not m["covering"] or _ABSENCE.search(m.string, m.start(), m.start("covering"))
        return name if away and _is_persons_name(name) and not _ABSENCE.search(name) else m.group()

    if "cover" not in cell.lower() and "acting" not in cell.lower():  # most cells, cheaply
        return cell
    return _COVER_AFTER_POST.sub(cover, _COVER_IN_BRACKETS.sub(cover, cell))


def _without_post_before_name(part: str) -> str:
    """The name alone when a post's abbreviation leads it: "HoS Karen Lowe", "TM Sam
    Reid" (Head of Service, Team Manager). A rank or a title ("DCI Nadia Khan", "Dr Amy
    Bell") is part of how the person is named and stays; initials alone ("JB") and a post
    with its area ("AD Operations", "AD Corporate Parenting") names no one after it and
    stays as written."""
    first, _, rest = part.partition(" ")
    if _is_title(first) or not _is_acronym(first) or len(rest.split()) > 3:
        return part
    return rest if _is_name_shaped(rest) and not _names_a_team(rest) else part


def _name_of_definition(piece: str) -> str:
    """ "OG – Owen Grant" (or "Owen Grant – OG"): a cell that defines a person's initials
    names that person, as a key row "KT - Karen Thomas" does. The initials must fit the
    whole name, because a dash joins much else besides ("Jo Baines – Fleet Services")."""
    text = piece.strip()
    if m := _INITIALS_THEN_NAME.fullmatch(text):
        alias, name = m.groups()
    elif m := _NAME_THEN_INITIALS.fullmatch(text):
        name, alias = m.groups()
    else:
        return piece
    if not is_initials(alias) or not _is_persons_name(name):
        return piece
    fits = _trim(name, alias) == name and _initials_fit(alias, name)
    return tidy(name) if fits else piece


# A share of someone's time after their name, Microsoft Project's "Tom Okafor[50%]":
# an allocation, no part of the name.
_ALLOCATION = re.compile(r"\s*\[\s*\d{1,3}(?:\.\d+)?\s*%\s*\]")
# A phone extension or number in brackets after a name, "Dan Rhodes (ext. 4471)", "Amy
# Lee (01632 960123)": how to reach the person, no part of the name.
_CONTACT_NUMBER = re.compile(
    r"\s*\(\s*(?:(?:ext|extn|x|tel|phone|mob|mobile)\.?:?\s*)?\+?\d[\d \-]{2,14}\d\s*\)",
    re.IGNORECASE,
)
# A phone extension written after a name with no brackets, "Tom Hale x4412", "Tom Hale ext
# 4412", "Tom Hale ext. 4412": how to reach the person, no part of the name. It ends the
# person's part of the cell (at its end or before the next one's separator).
_BARE_EXTENSION = re.compile(
    r"(?<=[^\W\d])\s+(?:x|ext|extn)\.?:?\s?\d{3,6}(?=\s*(?:$|[,;/&+\n]))",
    re.IGNORECASE | re.MULTILINE,
)
# An email address after a name, in brackets or after a space, comma or semicolon, "Amy
# Lee (amy.lee@council.gov.uk)": how to reach the person, no part of the name.
_EMAIL = r"[\w.+\-']+@[\w\-]+(?:\.[\w\-]+)+"
_EMAIL_AFTER_NAME = re.compile(rf"(?<=\S)(?:\s*\(\s*{_EMAIL}\s*\)|(?:\s*[,;]\s*|\s+)<?{_EMAIL}>?)")


def _without_emails_after_names(cell: str) -> str:
    """The cell without the addresses that follow a name; an address after another
    address ("l.chen@x.gov.uk; m.akhtar@x.gov.uk") is a lead in its own right."""

    def drop(m: re.Match[str]) -> str:
        before = re.split(r"[,;\s]", cell[: m.start()].rstrip())[-1]
        return m.group() if "@" in before else ""

    return _EMAIL_AFTER_NAME.sub(drop, cell)


# A pay band or grade in brackets after a name, "Jane Hall (Band 8b)" (the NHS's Agenda
# for Change), "Tom Bell (Grade 7)", "Amy Lee (SO1)" (a council's scale): the person's
# pay, no part of the name.
_PAY_GRADE = re.compile(
    r"\s*\(\s*(?:(?:NHS\s+|AfC\s+)?Band\s*\d[a-d]?|(?:Grade|Scale|G)\s*\d{1,2}[a-d]?"
    r"|(?:SO|PO|EO|HEO|SEO|SCP|SCS)\s*\d{0,2})\s*\)",
    re.IGNORECASE,
)
_LAST_PART = re.compile(r"[^,;/&+\n]*$")


def _without_pay_grades(cell: str) -> str:
    """The cell without the grades in brackets after a full name; a bracket after a post
    ("Director of Nursing (Band 9)") stays as written."""
    return _drop_after_full_name(_PAY_GRADE, cell)


# A service in square brackets after a name, "Amy Lee [Revenues]", "Tom Bell [HR]": where
# the person works, no part of the name (as "[LA] Jo Baines" before it is not)
_SQUARE_BRACKETS = re.compile(r"\s*\[[^\[\]\n]+\]")

# "Amy Lee / Tom Bell (job share)": how the post is held, by the people before it, no
# part of a name; the holders are named either side of the slash.
_JOB_SHARE = re.compile(r"\s*\(\s*job[ \t-]?share\s*\)", re.IGNORECASE)
# The account's mark Teams, Planner and SharePoint print after a guest's or an outside
# user's name, "Priya Nair (Guest)", "Tom Bell (External)", and a performance system after
# a leaver's closed user record, "Rachel Burns (Inactive)": the account's state, no part
# of the name.
_LEAVER_WORDS = r"(?:left|leaver|has\s+left|inactive|disabled|deactivated)"
_ACCOUNT_MARK = re.compile(rf"\s*\(\s*(?:guest|external|{_LEAVER_WORDS})\s*\)", re.IGNORECASE)
# "Sam Lee (left) / Jo Bates": an owner who has left kept in the cell, for the audit
# trail, beside the officer who took the action over; the leaver holds it no longer.
_LEAVER_MARK = re.compile(rf"\(\s*{_LEAVER_WORDS}\s*\)", re.IGNORECASE)
# never a comma, which is inside a "Surname, Given" name ("Lee, Sam (left); Bates, Jo")
# and after a post ("Sam Lee (left), Head of Quality / Jo Bates")
_LEAVER_JOIN = re.compile(f"({_SURNAME_FIRST_JOINERS.pattern})")


def _without_leavers(cell: str) -> str:
    """The cell without the people marked as having left, where someone not so marked is
    named beside them: "Sam Lee (left) / Jo Bates" → "Jo Bates". A leaver named alone
    stays (the mark is dropped later, as "(Inactive)" is)."""
    if not _LEAVER_MARK.search(cell):
        return cell
    pieces = _LEAVER_JOIN.split(cell)
    kept = [
        i
        for i in range(0, len(pieces), 2)
        if pieces[i].strip() and not _LEAVER_MARK.search(pieces[i])
    ]
    if not kept or not any(re.search(r"\w", pieces[i]) for i in kept):
        return cell
    return pieces[kept[0]] + "".join(pieces[i - 1] + pieces[i] for i in kept[1:])


# A surname before marriage written after the name so colleagues know the person, "Kate
# Ellis (née Morgan)", "Sarah Quinn (nee Hollis)" typed without the accent, "Helen Marsh
# née Ward" with no bracket, "Tom Hale (né Hart)" for a man: the person is the name now;
# the old surname is no part of it and names no one. Lower case, before a capitalised
# surname (hyphened or with an apostrophe), so "Renée Hall" stays a given name.
_MAIDEN_NAME = re.compile(
    r"[ \t]*(?:\([ \t]*(?:née|nee|né)[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?[ \t]*\)"
    r"|(?<=\w)[ \t]+(?:née|nee|né)[ \t]+[A-Z][\w'’\-]*)"
)


def _without_maiden_names(cell: str) -> str:
    """ "Kate Ellis (née Morgan)" → "Kate Ellis": the old surname dropped (most cells have
    no "ne" to look at)."""
    return _MAIDEN_NAME.sub("", cell) if "ne" in cell or "né" in cell else cell


# A note in brackets on the post-holder, as a lead cell records a hand-over or a stand-in:
# "Dr Ravi Menon (from 01/10/2026; previously Dr Sarah Hill)", "Amy Lee (since
# October)", "Tom Bell (formerly Jo Hart)", "Jas Patel (was Rob Okafor)", "Sam Reid
# (interim)", "Jo Hart (acting until March)", "Kate Ellis (covering maternity leave)".
# The lead is who holds the post now; the bracket says since when, or who held it
# before, and is no part of the name.
@lru_cache(maxsize=1)
def _holder_note() -> re.Pattern[str]:
    month = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
    return re.compile(
        rf"\s*\(\s*(?:(?:from|w\.?e\.?f\.?|with\s+effect\s+from)\s+(?=\d|{month})"
        r"|(?:since|previously|formerly|was|interim|covering)\b|acting\s+(?:until|till|to)\b)[^()]*\)",
        re.IGNORECASE,
    )


# When the lead is away or at work, in brackets after the name, as a team's plan tells
# colleagues when to chase: leave and the day they are back, "Karen Whitlow (A/L until
# 04/01/2027)", "Dev Anand (on leave until 14/12/2026)", "Jo Hart (off sick, back 14
# Dec)"; or a part-timer's working days, "Karen Lowe (Mon–Wed)", "Amy Rossiter (Tue &
# Thu)", "Tom Haldane (part-time, Mon–Thu)". The officer keeps the action: the bracket
# is no part of the name, no deadline, and its "&" and commas part no one. "A/L" needs
# its slash: "Amy Lee (AL)" defines initials.
_LEAVE = (
    r"(?:a/l|(?:on\s+)?(?:(?:annual|maternity|paternity|parental|adoption|sick|study)\s+)?leave"
    r"|(?:on\s+)?holiday|away|absent|off\s+sick|out\s+of\s+(?:the\s+)?office|ooo"
    r"|(?:back|returns?|returning)(?:\s+(?:on|from|in))?\s+(?=\d|{month}))\b"
    # what may follow the leave: its end, its days or the return ("Leave Team" is a team)
    r"(?=\s*(?:\)|[,;:–—/-]|\d|{month}|(?:until|till|to|from|back|returns?|returning|between)\b))"
)
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)s?\.?(?:\s+(?:am|pm|mornings?|afternoons?))?"
)
_WORKING_DAYS = (
    r"(?:(?:part[\s-]?time|works?|working(?:\s+days)?|available)\s*[,:;–-]?\s*)*"
    rf"(?:{_WEEKDAY}(?:\s*(?:[–—/&,+-]|\bto\b|\band\b)\s*{_WEEKDAY})*(?:\s+only)?"
    r"|\d\s+days?\s+(?:a|per)\s+week|part[\s-]?time)"
)


@lru_cache(maxsize=1)
def _availability_note() -> re.Pattern[str]:
    month = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
    leave = _LEAVE.format(month=month)
    return re.compile(rf"\s*\(\s*(?:{leave}[^()]*|{_WORKING_DAYS}\s*)\)", re.IGNORECASE)


def _without_availability_notes(cell: str) -> str:
    """The cell without the brackets saying when a lead is away or at work, after a name
    or a post: no post is named for its holder's leave or days."""
    if "(" not in cell:  # most cells: no bracket to scan
        return cell
    return _drop_after_full_name(_availability_note(), cell, _names_someone_or_a_post)


def _names_someone_or_a_post(text: str) -> bool:
    return _is_named_person(text) or _is_job_title(text)


def _without_holder_notes(cell: str) -> str:
    """The cell without the notes in brackets on a named post-holder; after a post
    ("Head of Service (interim)") the bracket stays as written."""
    if "(" not in cell:  # most cells: no bracket to scan
        return cell
    return _drop_after_full_name(_holder_note(), cell, _names_a_holder)


def _names_a_holder(text: str) -> bool:
    """A person who may hold a post: a full name or an initial and surname ("J. Okafor"),
    a title before them or not ("Mr K. Lyle"), never a post ("Highways Manager")."""
    return _is_named_person(text) or _is_persons_name(text)


def _drop_after_full_name(
    pattern: re.Pattern[str], cell: str, named: Callable[[str], bool] | None = None
) -> str:
    """The cell without each match of ``pattern`` that follows a full name (or what
    ``named`` accepts as one)."""
    is_name = named or _is_full_name

    def drop(m: re.Match[str]) -> str:
        before = _LAST_PART.search(cell[: m.start()])
        return "" if before and is_name(before.group().strip()) else m.group()

    return pattern.sub(drop, cell)


# Letters after a name, "Kate Ellis RGN", "Dr Amir Khan FRCEM", "Tom Hale MSc RGN", "Mark
# Bishop TechIOSH": the person's qualifications or memberships, no part of the name. A
# word of them is mostly capitals ("McLeod" is a surname, "MSc" and "MIFireE" are letters).
_POST_NOMINAL = re.compile(r"[A-Z][A-Za-z]{1,9}")
# The parts of a cell between separators, the separators kept so the cell joins back
_PARTS_KEPT = re.compile(r"([,;/&+\n]|\band\b)")


def _without_post_nominals(cell: str) -> str:
    """The cell without the letters that trail a full name; elsewhere as written."""
    return "".join(map(_name_without_letters, _PARTS_KEPT.split(cell)))


def _name_without_letters(part: str) -> str:
    words = part.split()
    kept = len(words)
    while kept > 2 and _is_post_nominal(words[kept - 1]):
        kept -= 1
    if kept == len(words) or not _is_persons_name(" ".join(words[:kept])):
        return part
    return part[: len(part) - len(part.lstrip())] + " ".join(words[:kept])


def _is_post_nominal(word: str) -> bool:
    """ "RGN", "FRCEM", "MSc", "TechIOSH": two capitals at least, half the letters or
    more; a word that says no one ("TBC") is none, nor a body's initials ("Dene Valley
    ICB" is the ICB, never a Dene Valley with letters after the name)."""
    if not _POST_NOMINAL.fullmatch(word) or word.lower() in _NOT_PEOPLE | BODY_WORDS:
        return False
    capitals = sum(c.isupper() for c in word)
    return capitals >= 2 and 2 * capitals >= len(word)


# Pronouns in brackets after a name, "Karen Lowe (she/her)", "Sam Reid (they/them)": how
# the person is addressed, no part of the name.
_PRONOUN = r"(?:she|her|hers|he|him|his|they|them|theirs|ze|zir|xe|xem)"
_PRONOUNS = re.compile(rf"\s*\(\s*{_PRONOUN}(?:\s*/\s*{_PRONOUN}){{1,2}}\s*\)", re.IGNORECASE)


# Titles before a name, no part of it: "Dr Ruth Adeyemi", "Mrs Anna Clarke"
_HONORIFICS = NAME_TITLES
# The titles as a name is written with them, longest first: "Dr", "Mrs", "Professor"
_TITLE = "|".join(t.capitalize() for t in sorted(_HONORIFICS, key=lambda t: (-len(t), t)))
# Police and fire ranks before a name, kept with it as a title is: "DCI Nadia Khan", "Det
# Supt Amy Cole", "ACC Priya Sandhu", "GM Rob Hale". A rank leads a name, never stands for one.
# Written as here: "Di Reed" and "Am" are a given name, never the ranks DI and AM.
_RANK_WORDS = ("Det", "Ch", "Sgt", "Insp", "Supt", "Cmdr")
# A chief officer who is police staff, or a fire service's, writes the grade as the ranks
# beside it are: "ACO Janet Pryor", "DCO Sam Hale" (assistant, deputy chief officer).
# A fire service's older ranks are still written so: "ADO Rob Hale", "DO", "SDO"
# (assistant, senior divisional officer), as "ADO (Response)" heads a remit.
_RANK_CODES = """PC DC PS DS DI CI DCI DSUPT CSUPT ACC DCC CC FF CM WM SM GM AM CFO DCFO
    ACFO ACO DCO ADO DO SDO""".split()
_RANKS = frozenset((*_RANK_WORDS, *_RANK_CODES))
_RANK = "|".join(sorted(_RANKS, key=lambda r: (-len(r), r)))


# "J. Okafor, Head of Children in Care", "K Lowe, Service Manager, Leaving Care", "Dr
# Ruth Adeyemi, GP Partner": an initial and a surname, or a title and a full name (both
# mark a person, as a list of posts never is), a comma, then the post (and unit) that
# person holds. A line or ";"-part of the cell each.
_INITIAL_NAME = r"[A-Z]\.?[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_TITLED_NAME = (
    rf"(?:(?:{_TITLE})\.?|(?:{_RANK})(?:[ \t]+(?:{_RANK}))?)"
    rf"(?:[ \t]+[A-Z][a-z'’\-]+){{2,3}}"
)
# A full name with neither: "Jo Castell, Director of People" is one person and her post
# as surely, when the words after the comma name one person's post, no team nor name
_PLAIN_NAME = r"[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3}"
_INITIAL_NAME_THEN_POST = re.compile(
    rf"(?:^|(?<=[;\n]))(?P<gap>\s*)(?P<name>{_INITIAL_NAME}|{_TITLED_NAME}|{_PLAIN_NAME})"
    r"[ \t]*,[ \t]*(?P<post>[^;\n]+?)[ \t]*(?=$|[;\n])"
)


_INITIAL_NAME_ALONE = re.compile(_INITIAL_NAME)
_MARKED_NAME = re.compile(rf"{_INITIAL_NAME}|{_TITLED_NAME}")
# What may bring in a post's holder after it: a bracket or a dash
_HOLDER_MARK = re.compile(r"[()\[\]–—]|\s-\s")


def _holder_over_post(cell: str) -> str:
    """The name alone when a cell of two lines is a person and the post they hold, either
    way round: "Kate Ellis" over "Ward Manager, Beech Ward", "Director of Finance" over
    "Amy Clarke". The line break says what the person does, as a comma does; two names
    (or two posts) on two lines are still two."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    if len(lines) != 2:
        return cell
    for name, post in (lines, lines[::-1]):
        if _is_named_person(name) and _is_post_line(post):
            return name
    return cell


# A person written as an e-mail signature writes them, the name, a spaced vertical bar,
# then the post: "Amira Shah | Head of Service, Front Door", "Gemma Boyd | Service
# Manager, MASH". A line or ";"-part of the cell each.
_SIGNATURE = re.compile(
    r"(?:^|(?<=[;\n]))(?P<gap>\s*)(?P<name>[^|;\n]+?)[ \t]+\|[ \t]+"
    r"(?P<post>[^|;\n]+?)[ \t]*(?=$|[;\n])"
)


def _names_of_signatures(cell: str) -> str:
    """The name alone where a bar parts a person's name from the post after it: all
    after the bar is the post, its comma parting nobody and its unit ("MASH") no second
    lead. A name after the bar ("Amy Lee | Tom Bell") leaves the line as written."""

    def name(m: re.Match[str]) -> str:
        someone = any(_is_named_person(part.strip()) for part in m["post"].split(","))
        return m["gap"] + m["name"] if _is_named_person(m["name"]) and not someone else m[0]

    return _SIGNATURE.sub(name, cell) if " |" in cell else cell


def each_line_alone(cell: str, alone: frozenset[str]) -> bool:
    """A cell of lines each of which fills a people cell on its own elsewhere in the plan
    ("Neighbourhoods Manager" over "Jonah Okoro", each leading other actions alone):
    the plan names them apart, so each line is a lead, not a person over their post."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    return len(lines) >= 2 and all(line in alone for line in lines)


def names_by_line(
    cell: str,
    surname_first: bool,
    name_then_team: bool,
    providers: bool = False,
    remit_posts: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The names of each line of the cell read alone, in turn."""
    lines = (line for line in cell.split("\n") if line.strip())
    habits = (surname_first, name_then_team, providers, remit_posts)
    return tuple(n for line in lines for n in split_names(line, *habits))


# The lines and ";"-parts of a cell, the separators kept so the cell joins back as it was
_LINES_KEPT = re.compile(r"([;\n])")


def _holder_after_post(part: str) -> str:
    """The name alone when a line is a post (and its unit), a comma, then its holder:
    "Head of Safeguarding, Lisa Marsh", "Matron, Medicine, Claire Dunn". The comma tells
    who holds the post, as "Head of Compliance (Leila Haddad)" does; "Head of HR, Jane
    Smith, Tom Jones" still names a post and two people, and "Head of SEND, Parent Carer
    Forum" a post and a body."""
    post, comma, name = part.rpartition(",")
    someone = _is_named_person(name.strip()) and not names_a_body(name)
    if comma and someone and _is_post_line(post):
        return part[: len(part) - len(part.lstrip())] + name.strip()
    return part


def _is_post_line(text: str) -> bool:
    """A post, perhaps its unit after a comma, and no one named: "Ward Manager, Beech
    Ward", "Clinical Director, Acute Care", "Monitoring Officer"."""
    post, *units = [part.strip() for part in text.split(",")]
    a_post = _is_area_post(post) or (_is_job_title(post) and not _names_someone(post))
    return a_post and not any(_is_named_person(unit) or _names_a_post(unit) for unit in units)


# Role words that name a team or a body, not one person's post: "Community Services"
_TEAM_WORDS = frozenset(
    "service services team teams board boards group groups panel panels partnership".split()
)


def _names_a_post(text: str) -> bool:
    """ "Head of Nursing", "Ward Manager": a role word of one person's post; "Community
    Services" names a unit, which a post may be in."""
    words = set(_TOKEN.findall(text.lower()))
    return bool(words & ROLE_WORDS - _TEAM_WORDS)


def _ends_in_a_team(text: str) -> bool:
    """The wording ends as a team's or a body's name does, never a person's or a post's."""
    words = _TOKEN.findall(text.lower())
    return bool(words) and words[-1] in _TEAM_ENDINGS


def _is_named_person(text: str) -> bool:
    """A person's full name ("Ruth Adeyemi") or an initial and surname ("J. Okafor")."""
    return _is_name_shaped(text) or _INITIAL_NAME_ALONE.fullmatch(text) is not None


def _initial_name_for_post(m: re.Match[str]) -> str:
    """The name alone when all after its comma is its post and unit, none a person:
    the comma tells what the person does, as a dash does ("Sandra Okafor – Registered
    Manager"); "J. Okafor, K. Lowe" still names two, and "Dr Ruth Adeyemi" must be a
    name ("Dr Head Office" is none)."""
    rest = [part.strip() for part in m["post"].split(",")]
    someone = [p for p in rest if _is_named_person(p)]
    a_name = _is_named_person(m["name"]) or _holds_the_post(m["name"], rest[0])
    a_post = _is_area_post(rest[0]) or (_is_job_title(rest[0]) and not _names_someone(rest[0]))
    if _MARKED_NAME.fullmatch(m["name"]) is None:
        # a person's name, no team's ("Business Support, Team Manager"); one person's
        # post and nothing more: not "Fleet Services" nor "Senior Leadership Team" (a
        # team), nor "Head of HR (Tom Birch)" nor "Head of HR – Tom Birch" (its holder)
        a_name = a_name and _is_persons_name(m["name"]) and not _ends_in_a_team(m["name"])
        bare = _HOLDER_MARK.search(m["post"]) is None
        a_post = a_post and bare and _names_a_post(rest[0]) and not _ends_in_a_team(rest[0])
    if a_name and a_post and not someone:
        return m["gap"] + m["name"]
    return m[0]


def _holds_the_post(name: str, post: str) -> bool:
    """ "Helen Ward, Director of Place": a given name then a place's word is a person when
    one person's post follows the comma, as in "Lisa Ward (Training Coordinator)": a ward
    holds no post. "Beech Ward, Ward Manager" is the ward and its own post, the place's
    word written again in the post, so no one named Beech Ward."""
    if not _given_name_then_place_word(name) or not _names_a_post(post):
        return False
    if _a_unit_and_its_post(name, post):
        return False  # "Elm Ward, Matron": the ward's matron, no one named Elm Ward
    place_word = name.split()[-1].lower()
    return place_word not in _TOKEN.findall(post.lower())


# A label before a colon, then who: "LA: Jo Baines", "Health (ICB): Dr Lena Ross",
# "Head of Commissioning: Sara Khan". The label is checked by _is_who_label.
_LABEL_THEN_WHO = re.compile(r"^\s*(?P<label>[A-Z][^:;,\n]*?)[ \t]*:[ \t]*(?P<who>\S.*?)\s*$")
# The body the person sits in: a code or up to three words (the first capitalised)
# and perhaps its code in brackets ("LA", "ICB", "Social care", "Health (ICB)")
_AGENCY_LABEL = re.compile(
    r"[A-Z][A-Za-z]{0,11}(?:[ \t]+[A-Za-z][A-Za-z'’\-]{0,11}){0,2}"
    r"(?:[ \t]*\([A-Z][A-Za-z]{0,7}\))?"
)
# Labels that open a remark, not a body: "NB: Karen Thomas", "Please note: …" read as ever
_REMARK_LABELS = frozenset({"nb", "ps", "note", "notes"})


def _is_who_label(label: str) -> bool:
    """The body the person sits in ("ICB") or the post they hold ("AD Operations",
    "Head of Quality and Performance"): what the person is, not who."""
    if _REMARK_LABELS & set(label.lower().split()):
        return False
    is_post = _is_short_post(label) or (_is_job_title(label) and not _names_someone(label))
    return is_post or _AGENCY_LABEL.fullmatch(label) is not None


# "[LA] Jo Baines", "[Police] DI Sarah Lund": the body in square brackets, then who
_BRACKETED_LABEL_THEN_WHO = re.compile(
    r"^\s*\[[ \t]*(?P<label>[^\[\]\n]+?)[ \t]*\][ \t]*(?P<who>\S.*?)\s*$"
)


def _without_agency(piece: str) -> str:
    """The name alone when a label before a colon, or in square brackets before the
    name, says which body the person sits in or which post they hold; the label is no
    part of the name, and the cell as written is kept."""
    m = _LABEL_THEN_WHO.match(piece) or _BRACKETED_LABEL_THEN_WHO.match(piece)
    if m is None or not _is_who_label(m["label"]):
        return piece
    who = m["who"]
    return who if _is_named_person(who) else piece


def _is_agency(words: str) -> bool:
    """ "LA", "ICB", "HR", "Health", "Finance", "Police", "Health (ICB)": a body's code
    or a field of work, written beside a person's name to say where they work; or two
    joined ("Nursing & Quality", "Urgent & Emergency Care", "HR & OD"). A word that
    could be a surname ("Smith") is none, nor a side that is a name ("Jo Baines & HR")."""
    parts = [part.strip() for part in _JOINERS.split(words.strip())]
    if any(_AGENCY_LABEL.fullmatch(p) is None or _is_name_shaped(p) for p in parts):
        return False
    return all(map(_is_acronym, parts)) or _names_a_team(words)


# "Jo Baines with Dr Imran Shah", "Karen Lowe with PCF": joint leads, as a local area's
# plan names the officer and the partner who lead together; split as "&" is, only where
# every side names someone ("Head of SEND with responsibility for EHCPs" is one post).
# "w/" is "with" written short ("Priya Nair w/ Owen Tate"), read before its slash is.
_JOINT = re.compile(rf"\s*(?:\bw/|{_JOIN}|\bwith\b)" + _OUTSIDE_BRACKETS + r"\s*", re.IGNORECASE)


# "Group Manager Prevention in conjunction with Head of Corporate Communications",
# "Head of SEND jointly with Jo Baines": two who share the work, as a report's writers
# phrase shared ownership. No post's own title holds these words (as "Head of Finance
# and Performance" holds "and"), so posts are parted here as names are.
# "Dr Priya Nandra and/or Simon Greaves", "Head of Nursing &/or Deputy Director of
# Operations": either may take the action forward, so each leads; no post's title holds
# "and/or" either.
_SHARED_WORK = re.compile(
    r"(?:\s+\b(?:in\s+conjunction|jointly)\s+with\b|\s+(?:\band|&)\s*/\s*or\b)"
    + _OUTSIDE_BRACKETS
    + r"\s*",
    re.IGNORECASE,
)


def _split_joined(piece: str) -> list[str]:
    """Split on "&", "and", "with", "/", "+" only when every side names someone on its own;
    on "in conjunction with", "jointly with" when every side is a post or names someone."""
    shared = _SHARED_WORK.split(piece)
    if len(shared) > 1 and all(_names_someone(s) or _is_job_title(s) for s in shared):
        return [side for s in shared for side in _split_joined(s)]
    sides = [_name_before_title(s) for s in _JOINT.split(piece)]
    if len(sides) > 1 and (all(map(_names_someone, sides)) or _shared_with_teams(sides)):
        return sides
    return [_name_slash_post(piece) or _name_before_title(piece)]


def _shared_with_teams(sides: list[str]) -> bool:
    """ "Jas Dhillon & ICT Infrastructure team", "Tenant Scrutiny Panel & Customer Voice
    Group": each side a team or body named whole, or a person's name or initials. A run
    of capitalised words beside a team is no body of its own: "Light Rail Safety and
    Standards Board" is one board."""
    return all(_is_named_team(s) or _is_name_shaped(s) or is_initials(s) for s in sides)


def _is_named_team(side: str) -> bool:
    """ "ICT Infrastructure team", "Tenant Scrutiny Panel": a team or a body that meets,
    named whole, which shares the work as a person does. Two words at least, so
    "Health & Wellbeing Board" stays one, and no one person's post among them ("Chair of
    the Audit Committee")."""
    words = side.split()
    named = len(words) >= 2 and words[0][:1].isupper()
    # the last word is the body's ("Forum", "Committee"), never the post of one person
    return named and _ends_in_a_team(side) and not _names_a_post(" ".join(words[:-1]))


# "Tom Bell / Records Manager": a name, a slash, then the post it holds
_NAME_SLASH_POST = re.compile(r"^\s*(?P<name>[^/&+]+?)\s*/\s*(?P<post>[^/&+]+?)\s*$")


def _name_slash_post(piece: str) -> str | None:
    """The name when a slash parts a person's name from the post they hold ("Tom Bell /
    Records Manager"), as a spaced dash does; "Head of HR / Records Manager" names no
    one and stays whole."""
    m = _NAME_SLASH_POST.match(piece)
    if m is None or not _is_name_shaped(m["name"]):
        return None
    post = m["post"]
    return m["name"] if _is_job_title(post) and not _names_someone(post) else None


# "Sandra Okafor – Registered Manager" or "Practice Manager – Sian Hughes": a name and
# the post it holds, either way round, a spaced dash between. The post may carry its
# team in brackets ("Service Manager (Prevention) – Leanne Ford"); the name never does.
# A staff directory's spaced bar parts them as the dash does ("Kate Ellis | Nursing").
_NAME_DASH_TITLE = re.compile(r"^(?P<first>[^–—|]+?)\s+[–—|-]\s+(?P<second>.+)$")


def _name_before_title(side: str) -> str:
    """ "Dr Ruth Adeyemi – Named Doctor" and "Principal Dentist – Dr Rhys Evans" → the
    name, whichever side it is on, as is "LA – Jo Baines" and "Tom Birch - HR" (the
    body or service the person works in), and "Tom Reid – AD Children's Social Care" (a
    post's short form and the area it covers); "Service Manager - Quality" stays:
    neither side is a name. A bar parts them as the dash does ("Dr Amir Khan | Primary
    Care"). Before the name any label that is no name is the unit the person works in,
    as before a colon ("Cedar PICU – Amy Lee", "Pharmacy – Omar Haddad")."""
    m = _NAME_DASH_TITLE.match(side.strip())
    if m is None:
        return side
    first, second = m["first"], m["second"]
    for name, post, leading in ((first, second, False), (second, first, True)):
        a_post = _is_job_title(post) or _is_agency(post) or _is_area_post(post)
        if _is_name_shaped(name) and (a_post or (leading and _is_unit_label(post))):
            return name.strip()
    return side


def _is_unit_label(label: str) -> bool:
    """A ward, unit or service leading a cell before its person, as a label before a
    colon does: up to three words, the first capitalised ("Cedar PICU", "Pharmacy",
    "Beech Ward"), no person's name ("Jo Baines – Tom Hale" names two) nor a remark's
    label ("NB")."""
    return _is_who_label(label.strip()) and not _is_name_shaped(label)


# "Head of Compliance (Leila Haddad)", "MLRO (Daniel Frost)": a post, then who holds it.
# The post runs back to the cell's start, a separator or the bracket before it.
_TITLE_THEN_NAME = re.compile(
    r"(?:^|(?<=[);,\n]))(?P<gap>\s*(?:(?:&|\+|/|\band\b)\s*)?)"
    r"(?P<title>[^();,\n]+?)\s*\((?P<name>[^()]+)\)",
    re.IGNORECASE,
)


def _names_for_titles(
    cell: str, providers: bool = False, remit_posts: frozenset[str] = frozenset()
) -> str:
    """Each post followed by a full name in brackets replaced by the name, so "Head of
    Safer Gambling (Priya Shah) / Head of Financial Crime (Daniel Frost)" names two; a
    service or team before the name is dropped too ("Facilities Management (Sam Reid)").
    "Director of Nursing (Acute)" and "Jane Smith (Head of Learning)" stay as written.
    In a ``providers`` column (:func:`column_of_posts_with_providers`) the bracket after
    a post is the body that provides it, and after one of ``remit_posts`` the work the
    post covers, so the post stays whole (unless a common given name opens it)."""

    def replace(m: re.Match[str]) -> str:
        title, name = _post_before(m["title"]), m["name"].strip()
        if not _is_name_shaped(name):
            return m[0]
        whole = providers or (title is not None and title[1].casefold() in remit_posts)
        if whole and title is not None and not _given(name):
            return m[0]
        if title is None:
            return m["gap"] + name if _is_unit(m["title"]) else m[0]
        return m["gap"] + m["title"][: title.start()] + name

    if "," in cell and _SPACED_DASH.search(cell):
        cell = _DASHED_UNIT_POSTS.sub(_holder_of_unit_post, cell)
    # most cells hold no bracket: skip the pattern's scan from every separator
    if "(" not in cell:
        return cell
    return _TITLE_THEN_NAME.sub(replace, _TITLE_UNIT_THEN_NAME.sub(_holder_of_unit_post, cell))


# The commonest given names of adults in the UK (ONS baby names, 1960s–2000s), a short
# list, no census: in a column whose brackets hold providers, a bracket opened by one
# ("Named Nurse (Anna Clarke)") is a person all the same; "Novus Cambria" opens with none.
_COMMON_GIVEN_NAMES = frozenset(
    """adam adrian alan alex alexander alison amanda amy andrea andrew angela anna anne
    anthony barbara ben benjamin beverley carol caroline catherine charlotte chloe chris
    christine christopher claire colin daniel darren david dawn deborah debbie dean elaine
    elizabeth emily emma fiona gareth gary gemma georgia graham hannah helen ian jack
    jacqueline james jane janet jason jennifer jessica joanne john jonathan joseph julie
    karen kate katherine kathryn kelly kevin kim laura lauren lee linda lisa louise lucy
    margaret mark martin matthew michael michelle mohammed muhammad nadia natalie neil
    nicola nicholas olivia patricia paul peter philip rachel rebecca richard robert ruth
    ryan sam samantha sandra sarah scott sharon simon sophie stephen steven stuart susan
    thomas tom tracey tracy victoria wendy william zoe""".split()
)


def _given(name: str) -> bool:
    """ "Anna Clarke": a name opened by one of the commonest given names."""
    return name.split()[0].lower() in _COMMON_GIVEN_NAMES


# The last word of an organisation's full name: "… Community Health Services", "… NHS
# Foundation Trust"
_ORGANISATION_ENDINGS = frozenset({"services", "trust", "partnership"})
# The last word of a provider's name after a contracted post: an organisation's, or a
# company's ("Spire Health Partnership", "Practice Plus Group", "Fenwick Care Ltd")
_PROVIDER_ENDINGS = _ORGANISATION_ENDINGS | {"group", "ltd", "limited", "plc", "llp", "cic"}


# A post written in two languages in one cell: the other language's line over the
# English one ("Rheolwr Cofrestredig" over "Registered Manager"), or the two parted by
# a slash ("Unigolyn Cyfrifol / Responsible Individual"); one part each side, no more
_TWO_PARTS = re.compile(r"^\s*(?P<first>[^\n/]*\S)\s*(?:\n|/)\s*(?P<last>\S[^\n/]*?)\s*$")


def column_of_posts_in_two_languages(cells: list[str]) -> bool:
    """Every filled cell is one post written twice, the English last ("Rheolwr
    Cofrestredig" over "Registered Manager", "Unigolyn Cyfrifol / Responsible
    Individual"), as a bilingual plan writes every cell: each is one lead, never two
    posts a line each, nor a Welsh post shaped like a name read as a person. Told with
    no dictionary, by the column: every cell two parts, each last part a post naming no
    one; each first part always with the same last part and no other (a translation is
    fixed; people who share work pair up differently); two such pairs or more; some
    first part a post, so the first parts are not people ("Tom Bell / Records
    Manager"); and no word in both a first and a last part, as two languages share
    none, where English posts paired share theirs ("Manager", "Head")."""
    pairs = {_two_parts(cell) for cell in cells if cell.strip()}
    if len(pairs) < 2 or None in pairs:
        return False
    firsts = {pair[0] for pair in pairs if pair}
    lasts = {pair[1] for pair in pairs if pair}
    if len(firsts) != len(pairs) or len(lasts) != len(pairs):
        return False
    if not all(_is_job_title(last) and not _names_someone(last) for last in lasts):
        return False
    if not any(_is_job_title(first) and not _names_someone(first) for first in firsts):
        return False
    return not _words_of(firsts) & _words_of(lasts)


def _two_parts(cell: str) -> tuple[str, str] | None:
    """The two parts of a cell written as two, a line or a slash between; else None."""
    m = _TWO_PARTS.match(cell)
    return (" ".join(m["first"].split()), " ".join(m["last"].split())) if m else None


def in_two_parts(text: str) -> bool:
    """Written as two, a line or a slash between: "Cyfrifoldeb / Responsibility"."""
    return _two_parts(text) is not None


def _words_of(texts: Iterable[str]) -> set[str]:
    return {w for text in texts for w in _TOKEN.findall(text.casefold())}


def column_of_posts_with_providers(cells: list[str]) -> bool:
    """The column writes a post with the body that provides it in brackets, as a prison's
    or a trust's plan writes contracted services: "Head of Healthcare (Spire Health
    Partnership)". There "Education Manager (Novus Cambria)" is a post and its provider
    too, though the two words are shaped as a name: the plan's habit says what its
    brackets hold. Shown by one bracket after a post that is a body's full name (its own
    name, then the kind of body); undone where a name in such a bracket is written as a
    person elsewhere in the column ("Head of SEND (Nadia Rahman)" beside "Nadia Rahman
    and Chris Doyle"), when the brackets hold holders after all."""
    filled = list(dict.fromkeys(c for c in cells if "(" in c))
    insides = [
        m["name"].strip()
        for c in filled
        for m in _TITLE_THEN_NAME.finditer(c)
        if _post_before(m["title"]) is not None
    ]
    shown = any(_names_a_provider(inside) for inside in insides)
    return shown and not any(_named_elsewhere(inside, cells) for inside in set(insides))


def _named_elsewhere(inside: str, cells: list[str]) -> bool:
    """A name in brackets that the column also writes outside them, as a person."""
    return _is_name_shaped(inside) and any(inside in c.replace(f"({inside})", "") for c in cells)


def posts_with_remits(cells: list[str]) -> frozenset[str]:
    """The posts (casefolded) the column writes with their remit in brackets, words that
    name no one: "Licensing Officer (Gambling Premises)". A council tells apart the
    officers of one post by the work each covers, so that post's other brackets hold
    remits too, though shaped as a name ("Licensing Officer (Taxi Licences)"). Not a post
    whose bracket holds a name the column writes as a person elsewhere: there the
    brackets hold holders after all."""
    insides: dict[str, set[str]] = {}
    for cell in dict.fromkeys(c for c in cells if "(" in c):
        for m in _TITLE_THEN_NAME.finditer(cell):
            if (post := _post_before(m["title"])) is not None:
                insides.setdefault(post[1].casefold(), set()).add(m["name"].strip())
    return frozenset(
        post
        for post, found in insides.items()
        if any(map(_is_remit, found)) and not any(_named_elsewhere(i, cells) for i in found)
    )


def _is_remit(words: str) -> bool:
    """ "Gambling Premises", "Out of Hours", "Acute": capitalised words, small links
    between, naming no one: no post's word, initials, body's acronym or full name."""
    tokens = words.split()
    if not tokens or not (tokens[0][:1].isupper() and tokens[-1][:1].isupper()):
        return False
    if not all(t[:1].isupper() or t.lower() in _BODY_LINKS for t in tokens):
        return False
    coded = any(is_initials(t) or _is_acronym(t) for t in tokens)
    return not (coded or _has_role(words) or _is_name_shaped(words))


def _names_a_provider(words: str) -> bool:
    """ "Spire Health Partnership", "Practice Plus Group": a body's own name, then its
    kind, capitalised; "Children's Services" or "Front Door" (a team) is none."""
    tokens = words.split()
    if len(tokens) < 2 or tokens[-1].lower() not in _PROVIDER_ENDINGS or not _is_body(words):
        return False
    own = tokens[0].lower()
    return not _not_in_a_name(own) and own not in ROLE_WORDS


def _is_unit(words: str) -> bool:
    """A service or a team named in capitalised words, small links between: "Facilities
    Management", "Corporate Health and Safety"; the person in brackets after it is who
    the plan means there, as after a post. A full name ("Jane Hall") is no unit."""
    return _is_body(words.strip()) and _names_a_team(words) and not _is_name_shaped(words)


# "Matron, Medicine (Claire Dunn)": a post, a comma, the unit it serves, then its holder.
_TITLE_UNIT_THEN_NAME = re.compile(
    r"(?:^|(?<=[);,\n]))(?P<gap>\s*)(?P<title>[^();,\n]+?),\s*(?P<unit>[^();,\n]+?)"
    r"\s*\((?P<name>[^()]+)\)"
)
_SPACED_DASH = re.compile(r"\s[–—-]\s")
# The same post and unit with its holder after a spaced dash, either way round:
# "Clinical Director, Emergency Medicine – Mr Sam Iqbal", "Mr Sam Iqbal – Clinical
# Director, Emergency Medicine". Each runs a whole line or ";"-part of the cell.
_PART = r"[^();,\n–—]+?"
_DASHED_UNIT_POSTS = re.compile(
    rf"(?:^|(?<=[;\n]))(?P<gap>\s*)(?:"
    rf"(?P<title>{_PART}),\s*(?P<unit>{_PART})\s+[–—-]\s+(?P<name>{_PART})"
    rf"|(?P<name2>{_PART})\s+[–—-]\s+(?P<title2>{_PART}),\s*(?P<unit2>{_PART})"
    rf")\s*(?=$|[;\n])"
)


def _holder_of_unit_post(m: re.Match[str]) -> str:
    """The holder's name when a post's comma only leads to its unit ("Head of Nursing,
    Medicine"); the comma still parts two people ("Jane Smith, Head of HR (Tom Birch)"),
    two posts ("Matron, Head of Nursing (Amy Ross)") or a post and a body's acronym."""
    title, unit, name = (_either(m, key) for key in ("title", "unit", "name"))
    if _is_post_and_unit(title, unit) and _is_name_shaped(name):
        return m["gap"] + name
    return m[0]


_POST_OF = re.compile(r"\w\s+of\s+\w", re.IGNORECASE)


# "MASH", "CAMHS", "LADO": a team's initials, too many capitals for a person's
_TEAM_ACRONYM = re.compile(r"[A-Z]{4,8}")
# "Children's Services", "Adults' Services", "Young People's Services": a service named
# for the people it serves, a council's or a trust's department, where a post sits;
# "Fleet Services" or "Community Services" stay a team that may lead beside a post
# naming its own field ("Director of Nursing"), a bare post's service otherwise
_SERVICE_FOR_PEOPLE = re.compile(
    r"(?:[A-Z][\w-]*\s+(?:(?:and|&)\s+)?)*[A-Z][\w-]*(?:['’]s|s['’])(?:\s+[A-Z][\w-]*)+"
)


def _serves_people(unit: str) -> bool:
    """ "Children's Services": a department named for whom it serves, with no post's
    word ("Children's Services Manager" is a post)."""
    unit = unit.strip()
    return _SERVICE_FOR_PEOPLE.fullmatch(unit) is not None and not _names_a_post(unit)


def _is_post_and_unit(title: str, unit: str) -> bool:
    """A post, then after a comma the unit it serves ("Head of Nursing, Medicine",
    "Detective Inspector, Safeguarding"): no post nor name after the comma, nor a body
    that works beside the post ("EDT Manager, Police" are two), by its acronym or not.
    A team's acronym of four capitals or more ("Service Manager, MASH") is the post's
    unit: no person's initials run so long; a partner body's known short name
    ("Regional Lead, NHSE") is no team. So is a service named for the people it serves
    ("Head of Nursing, Children's Services"), and any service after a bare post, one
    naming no field with "of" ("Service Manager, Community Services")."""
    team = _TEAM_ACRONYM.fullmatch(unit.strip()) is not None and unit.strip() not in _BODY_CODES
    body = unit.strip().lower() in BODY_WORDS or (_is_acronym(unit) and not team)
    # "Leader of the Council", "Head of HR": "of" after a word makes a post, not a unit
    # a post naming its own field ("Head of Nursing") leads no second field after it
    bare = _POST_OF.search(title) is None
    a_field = _names_a_field(unit) and bare
    # a bare post's service is where it sits ("Service Manager, Community Services"); a
    # post with its own field ("Director of Nursing, Fleet Services") has a team beside
    a_service = (_names_a_service(unit) or _names_a_team_by_name(unit)) and bare
    a_department = _names_an_organisation(unit) or _serves_people(unit) or a_field or a_service
    a_post = (_has_role(unit) and not a_department) or _POST_OF.search(unit) is not None
    is_unit = not (a_post or _is_name_shaped(unit) or body)
    # "Dean, Medical School": a post's word that is also a given name, alone, no surname
    lone_post = title.strip().lower() in GIVEN_NAME_POSTS
    return (lone_post or _is_job_title(title) and not _names_someone(title)) and is_unit


# A profession's word, a post's word alone ("Consultant Midwife") but before a field's
# word the field it practises ("Paramedic Practice", "Midwife Education")
_PROFESSIONS = frozenset(
    """nurse nurses midwife midwives paramedic paramedics teacher teachers doctor doctors
    therapist therapists physiotherapist physiotherapists pharmacist pharmacists
    psychologist psychologists psychiatrist psychiatrists surgeon surgeons physician
    physicians radiographer radiographers sonographer sonographers dietitian dietitians
    dentist dentists optometrist optometrists podiatrist podiatrists counsellor
    counsellors""".split()
)
# The last word of a field of work or study a post teaches or leads in
_FIELD_ENDINGS = frozenset(
    {"practice", "education", "training", "studies", "science", "sciences", "research"}
)


def _names_a_field(unit: str) -> bool:
    """ "Paramedic Practice", "Teacher Training": a profession's word, then the field's,
    capitalised: what the post before the comma teaches or leads in, never a second
    post. A post's other words ("Lead Nurse", "Head Teacher Training") keep it a post."""
    tokens = unit.split()
    if len(tokens) < 2 or tokens[-1].lower() not in _FIELD_ENDINGS or not _is_body(unit):
        return False
    return all(t.lower() in _PROFESSIONS or t.lower() not in ROLE_WORDS for t in tokens[:-1])


def field_leading_alone(name: str, alone: frozenset[str]) -> tuple[str, ...]:
    """A post and a field read as one lead ("Ward Manager, Nurse Education") where the
    field fills a people cell on its own elsewhere in the plan ("Nurse Education" leading
    another action alone): there it is a team leading beside the post, two leads."""
    post, comma, field = name.rpartition(", ")
    if comma and post and field in alone and _names_a_field(field):
        return post, field
    return (name,)


def _names_an_organisation(words: str) -> bool:
    """An organisation named in full, its own name first and the kind of body last
    ("Ashdown Community Health Services", "Northmere NHS Foundation Trust"): where the
    post before the comma sits, as a ward or a service is, never a second lead. A post
    ("Head of Services") or a team's name ("Fleet Services", no own name) is not one."""
    tokens = words.split()
    if len(tokens) < 3 or tokens[-1].lower() not in _ORGANISATION_ENDINGS or not _is_body(words):
        return False
    own, *middle = (t.lower() for t in tokens[:-1])
    return not _not_in_a_name(own) and all(
        w not in ROLE_WORDS or w in _ORGANISATION_ENDINGS for w in middle
    )


_SERVICE_ENDING = frozenset({"service", "services"})


def _names_a_service(words: str) -> bool:
    """A service named in capitalised words ending in "Services" ("Community Services",
    "Adult Community Mental Health Services"), no post's word before it: the unit a post
    serves, as a ward is. "Head of Services" is a post."""
    return _named_unit(words, _SERVICE_ENDING)


def _names_a_team_by_name(words: str) -> bool:
    """ "Payroll Team", "Housing Options Team": a team named in capitalised words, no
    post's word before "Team": where a bare post after a comma sits ("Head, Payroll
    Team" heads it)."""
    return _named_unit(words, frozenset({"team"}))


def _named_unit(words: str, endings: frozenset[str]) -> bool:
    """Capitalised words ending in one of ``endings``, with a name of their own before
    it and no post's word among them."""
    tokens = words.split()
    if len(tokens) < 2 or tokens[-1].lower() not in endings or not _is_body(words):
        return False
    return not any(t.lower() in ROLE_WORDS for t in tokens[:-1])


def _posts_with_their_units(cell: str) -> list[str]:
    """The cell's pieces, those a comma parted joined again where the comma only leads
    from a post to its unit: "Detective Inspector, Safeguarding" is one lead, kept whole,
    not two. A line break parts people however the lines read ("Educational
    psychologists" over "SEND caseworkers": two, a line each)."""
    pieces = _ALWAYS.split(cell)
    commas = [False] + ["," in m.group() for m in _ALWAYS.finditer(cell)]
    out: list[str] = []
    for i, piece in enumerate(pieces):
        after = pieces[i + 1] if i + 1 < len(pieces) else ""
        if commas[i] and out and piece[:1].isupper() and _one_lead_parted(out[-1], piece, after):
            out[-1] = f"{out[-1]}, {piece}"
            continue
        first = i
        if _ends_a_listed_post(piece):
            # "Equality, Diversity and Inclusion Manager": the fields before the comma
            # are the post's own, listed, not leads of their own
            while out and commas[first] and _a_field_only(out[-1]):
                piece, first = f"{out.pop()}, {piece}", first - 1
        out.append(piece)
    return out


_CAPITALISED = r"[A-Z][\w'’\-]*"
_LISTED_POST_END = re.compile(
    rf"(?P<field>{_CAPITALISED}(?: {_CAPITALISED})*) and [A-Z].* (?P<post>\S+)"
)


def _ends_a_listed_post(piece: str) -> bool:
    """The last of a post's listed fields, joined by "and", then the post's word
    ("Diversity and Inclusion Manager"), no post's word before the "and"."""
    m = _LISTED_POST_END.fullmatch(piece.strip())
    return m is not None and m["post"].lower() in ROLE_WORDS and not _has_role(m["field"])


def _a_field_only(piece: str) -> bool:
    """Capitalised words naming a field of work, no post, person nor body ("Equality",
    "Finance"): a comma after it lists the fields of the post that follows."""
    words = piece.split()
    if not 1 <= len(words) <= 3 or not all(re.match(r"[A-Z][a-z]", w) for w in words):
        return False
    return not (_has_role(piece) or _names_someone(piece) or _is_name_shaped(piece))


_AND = re.compile(r"\s+and\s+")


def _one_lead_parted(before: str, piece: str, after: str) -> bool:
    """A comma that parts no leads: a post from its unit, or a unit from its post."""
    return _leads_to_its_unit(before, piece, after) or _unit_then_its_post(before, piece)


def _leads_to_its_unit(before: str, piece: str, after: str) -> bool:
    """``piece`` is the unit of the post ending ``before``. Posts written with their
    organisation after a comma and joined by "and" ("Clinical Director, Ashdown NHS
    Foundation Trust and Head of Forensic Services, Ashdown NHS Foundation Trust (ANFT)")
    are read post by post: the organisation, its acronym in brackets, ends each. A
    service between a post and its organisation ("Clinical Director, Adult Mental Health
    Services, Ashdown NHS Foundation Trust") is the post's too; alone after a post
    ("Director of Nursing, Fleet Services") it may be a team that leads beside it."""
    if _is_post_and_unit(before, piece) or _unit_then_joined_post(before, piece):
        return True
    organisation = _AND.split(_BRACKETS.sub("", after).strip(), maxsplit=1)[0]
    if _names_a_service(piece) and _names_an_organisation(organisation):
        return _is_job_title(before) and not _names_someone(before)
    post = _AND.split(before)[-1].split(",")[0]
    head = _AND.split(_BRACKETS.sub("", piece).strip(), maxsplit=1)[0]
    narrowed = (post, head) != (before, piece)
    return narrowed and _names_an_organisation(head) and _is_post_and_unit(post, head)


def _names_a_unit(text: str) -> bool:
    """A ward, unit, team or service by its name: capitalised words, the last a unit's
    word ("Elm Ward", "Cedar Unit", "Maternity Service"), or a unit's word and its number
    ("Ward 7"). No post's word ("Ward Manager"), and no given name of the commonest
    before a word that is a surname as often ("Helen Ward" is a person)."""
    words = text.strip().split()
    if is_unit_label(text) and not _names_a_post(text):
        return True
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if words[-1].lower() not in _UNIT_ENDINGS or _names_a_post(text):
        return False
    return not (len(words) == 2 and _given(text))


def _unit_then_its_post(before: str, piece: str) -> bool:
    """ "Elm Ward, Matron", "Cedar Unit, Ward Manager": a ward or unit, a comma, then a
    post and no one named. The post is the unit's own (its matron, its manager): one
    lead, kept whole, as "Ward Manager, Elm Ward" is the other way round."""
    post = piece.strip()
    a_post = _is_job_title(post) and not _names_someone(post) and not _names_a_unit(post)
    return "," not in before and a_post and _a_unit_and_its_post(before, post)


# A ward's own posts: its matron, sister, charge nurse, manager or lead.
_WARDS_POST = re.compile(
    r"\b(?:matron|sister|charge\s+nurse|nurse\s+in\s+charge|manager|lead|leader)\b", re.I
)
# A unit a team or department is, whose post after a comma is as often another's
# ("Estates Department, Infection Control Nurse": two leads).
_TEAM_OR_DEPARTMENT = frozenset({"team", "teams", "department", "departments", "directorate"})
# The last word of a post held by many ("Ward Managers", "Heads of Year", "Budget Holders")
_PLURAL_POST = re.compile(r"^\s*\S+s\b(?:\s+of\b.*)?$|\b\w+(?:er|or|ist|ant|ent|nurse)s\b$", re.I)


def _a_unit_and_its_post(unit: str, post: str) -> bool:
    """ "Elm Ward, Matron", "Cedar Unit, Ward Manager", "Ward 7, Charge Nurse", "Maternity
    Service, Head of Midwifery": the unit by its name and ONE post of its own, one lead.
    Not a team or department and a post (as often another service's: "Estates
    Department, Infection Control Nurse", "Safeguarding Team, Ward Managers"), nor a post
    held by many ("Pastoral Team, Heads of Year"), nor a name before "Ward" with a post
    no ward holds ("Siobhan Ward, Director of Nursing" is a person: a surname Ward)."""
    words = unit.strip().split()
    if not _names_a_unit(unit) or not words or _PLURAL_POST.search(post.strip()):
        return False
    last = words[-1].lower()
    if last in _TEAM_OR_DEPARTMENT:
        return False
    if last == "ward" and len(words) == 2:
        return _WARDS_POST.search(post) is not None
    return True


def _unit_then_joined_post(before: str, piece: str) -> bool:
    """The unit of the post ending ``before``, then a slash and another post ("Head of
    Service, Children with Disabilities / Head of Transitions (Adults)"): posts joined
    by a slash are one lead as written, the first with its unit after the comma."""
    unit, slash, other = piece.partition("/")
    if not slash or not _is_post_and_unit(before, unit):
        return False
    other = _BRACKETS.sub("", other).strip()
    return _is_job_title(other) and not _names_someone(other)


def _either(m: re.Match[str], key: str) -> str:
    """The group ``key`` of whichever way round the pattern matched ("name" or "name2")."""
    found = m.groupdict()
    return (found.get(key) or found.get(key + "2") or "").strip()


def _post_before(words: str) -> re.Match[str] | None:
    """Where the post before a bracket begins: all the words ("Head of Learning &
    Development", "MLRO"), or after the last joiner when someone is named before it
    ("Amara Osei – Equalities Officer / Head of HR"); None when no post ends there."""
    sides = [_name_before_title(s) for s in _JOINERS.split(words)]
    someone = any(_names_someone(s) and not _is_short_post(s) for s in sides)
    joiners = list(_JOINERS.finditer(words)) if someone else []
    start = joiners[-1].end() if joiners else 0
    post = re.compile(r"\s*(.+?)\s*$").match(words, start)
    if post is None or (someone and not joiners):
        return None
    if _is_short_post(post[1]):
        return post  # "MLRO", "AD Operations": a post's acronym, not a body, before a name
    return post if _is_job_title(post[1]) and not _names_someone(post[1]) else None


def _is_short_post(words: str) -> bool:
    """A post's acronym alone ("MLRO") or followed by the area it covers ("AD
    Operations", "HoS Quality", "AD Adults"): no word after the acronym could be a
    name, so "JP Morgan" is not one. Two capitalised words otherwise read as a name."""
    first, *area = words.split() or [""]
    if not _is_acronym(first) or len(area) > 3:
        return False
    return all(_not_in_a_name(w.lower()) or not _given_name_like(w) for w in area)


def _is_area_post(words: str) -> bool:
    """A post's acronym and the area it covers, the body perhaps after it in brackets
    ("AD SEND (LA)", "HoS Quality"), as a comma after a name leads to: what the person
    does. An acronym alone ("JB") may be someone's initials, so the area must be there."""
    bare = _BRACKETS.sub("", words).strip()
    return len(bare.split()) > 1 and _is_short_post(bare)


# Words of a post's qualifier or a place, never of a person's name: "(Adult Social Care)",
# "Head of Service – Front Door" (children's services' first point of contact)
_QUALIFIER_WORDS = frozenset(
    """adult adults children childrens children's social care community acute mental
    public primary secondary north south east west central county city borough interim
    acting temporary early help youth family families front""".split()
)
# Words naming a place or a unit, never part of a person's name: "(Emergency Department)",
# "(Bradford District)", "(St James Hospital)", "Matron – Delivery Suite"
_PLACE_WORDS = frozenset(
    """hospital hospitals district department unit ward wards trust directorate division
    programme project council school college university region locality hub practice
    surgery clinic network system authority office emergency digital site campus centre
    center place area estate suite suites theatre theatres""".split()
)
# The last word of a ward's, a unit's or a service's name, as a hospital or a council
# names its parts: "Elm Ward", "Cedar Unit", "Delivery Suite", "Maternity Service"
_UNIT_ENDINGS = _PLACE_WORDS | {"team", "teams", "service", "services"}
# Endings of a noun for work or a field, never a surname: "Transformation", "Pathology",
# a clinical specialty ("Obstetrics", "Psychiatry"); and of the adjectives made from such
# words, never a given name: "Operational", "Regional", "Clinical", "Administrative",
# "Regulatory", "Strategic" ("ADO (Operational Response)" is a post's remit, no person).
# "Strategic" is a word, not an ending: surnames end as it does ("Begic" for Begić).
_WORK_ENDINGS = re.compile(r"(?:tions?|sions?|ments?|ogy|ics|iatry|ional|ical|ative|atory)$")
_WORK_ADJECTIVES = frozenset({"strategic"})
# An emergency service's remits, nouns of work no surname is: "ADO (Urban Response)",
# "GM (Rescue)", "AM (Regional Resilience)", "SM (Operational Readiness)", "(Fire Control)"
_WORK_NOUNS = frozenset("response resilience rescue readiness control".split())
# Fields of care a post is written with after a dash ("Consultant Obstetrician – Maternal
# Medicine"), never a surname
_FIELD_WORDS = frozenset("medicine midwifery nursing pharmacy".split())


def _not_in_a_name(word: str) -> bool:
    return (
        word in ROLE_WORDS
        or word in BODY_WORDS
        or word in _QUALIFIER_WORDS
        or word in _PLACE_WORDS
        or word in _SERVICE_WORDS
        or word in _FIELD_WORDS
        or word in _WORK_ADJECTIVES
        or word in _WORK_NOUNS
        or bool(_WORK_ENDINGS.search(word))
    )


def _is_name_shaped(text: str) -> bool:
    """A person's full name: two to four capitalised words, a given name first
    ("Daniel Frost", "Dr Ruth Adeyemi"); not initials ("ICB"), a qualifier
    ("Acute", "Adult Social Care") or a post."""
    titles, bare = _without_titles(text)
    words = _without_particles(bare.split())
    if not words or not _is_full_name(text) or any(not re.match(r"[A-Z][a-z'’]", w) for w in words):
        return False
    given, *rest = [w.lower().strip(".") for w in words]
    not_a_surname = _not_a_surname if titles else _not_in_a_name
    if _not_in_a_name(given) or any(map(not_a_surname, rest)):
        return False
    return _given_name_like(_given_name(text))


def _not_a_surname(word: str) -> bool:
    """A word no surname is, even after a title: a post or a body's. A place's or a
    qualifier's word may be one ("Professor Lena Ward", "Dr Sam North"), and the title
    shows a person is named, where "Beech Ward" alone is a ward."""
    return _not_in_a_name(word) and word not in _PLACE_WORDS | _QUALIFIER_WORDS


def _is_title(word: str) -> bool:
    """ "Dr", "Mrs.", "Cllr": a title before a name, no part of it."""
    return word.lower().strip(".") in _HONORIFICS or word.strip(".") in _RANKS


def _given_name(text: str) -> str:
    """The first word after any title: "Anil" of "Dr Anil Kapoor"."""
    return next((w for w in text.split() if not _is_title(w)), "")


def _names_someone(side: str) -> bool:
    """A person's name ("M.Hale" too), initials or a body ("Home Office", "MHCLG"), not a
    job title."""
    bare = _BRACKETS.sub("", side).strip()
    if not bare or _has_role(bare) or is_unit_label(bare):
        return False
    if is_initials(bare) or _is_acronym(bare) or bare.lower() in BODY_WORDS:
        return True
    dotted = _INITIAL_DOT_SURNAME.fullmatch(bare) is not None
    return dotted or _is_full_name(bare) or _is_body(bare)


# "M.Hale": an initial, its full stop and the surname with no space, one word a person
_INITIAL_DOT_SURNAME = re.compile(r"[A-Z]\.[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")


# A post's word only when it ends the wording, "Governance Professional": before another
# word it names a field ("Professional Standards", "Professional Development")
_LAST_ROLE_WORDS = frozenset({"professional", "professionals"})


def _has_role(text: str) -> bool:
    words = _TOKEN.findall(text.lower())
    return any(w in ROLE_WORDS for w in words) or bool(words) and words[-1] in _LAST_ROLE_WORDS


def _is_acronym(text: str) -> bool:
    """ "MHCLG", "DfE", "NHSE": a body's initials, more capitals than small letters."""
    if not _ACRONYM.match(text):
        return False
    capitals = sum(c.isupper() for c in text)
    return capitals >= 2 and capitals > len(text) - capitals


def _is_body(text: str) -> bool:
    """ "Department for Education", "Public Health England": capitalised, small links between."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 6 or not (tokens[0][:1].isupper() and tokens[-1][:1].isupper()):
        return False
    return all(t[:1].isupper() or t.lower() in _BODY_LINKS for t in tokens)


def _split_initials(piece: str) -> list[str]:
    """ "JH SMcL" is two people; "Jenny Butlin-Moran" is one, and so is a rank and the
    unit its officer heads ("DCI PPU", "DI CID")."""
    tokens = piece.split()
    if len(tokens) > 1 and all(is_initials(t) for t in tokens) and not _rank_and_unit(tokens):
        return tokens
    return [piece]


def _rank_and_unit(tokens: list[str]) -> bool:
    """ "DCI PPU", "DI CID": a rank's code, then a unit's initials of three letters or
    more, as a force names the post that answers for an action rather than its holder.
    One post, never two people's initials (unless a key says so: ``_keyed_codes``)."""
    return len(tokens) == 2 and tokens[0] in _RANK_CODES and len(tokens[1]) >= 3


def _is_full_name(text: str) -> bool:
    tokens = _without_particles(text.strip().split())
    return (
        2 <= len(tokens) <= 4 and all(t[:1].isupper() for t in tokens) and not is_unit_label(text)
    )


# Small words inside a name, part of it: the Welsh "ap", "ab" (son of: "Rhodri ap
# Iorwerth", "Dafydd ab Owain"), "van", "von", "de", "bin" … Never first nor last.
_NAME_PARTICLES = frozenset("ap ab van von de der den du da bin ibn".split())


def _without_particles(words: list[str], small: frozenset[str] = _NAME_PARTICLES) -> list[str]:
    """The words of a name but the particles between them: "Rhodri ap Iorwerth" →
    Rhodri, Iorwerth, so a name is as capitalised as any other."""
    inner = [w for w in words[1:-1] if w not in small]
    return words[:1] + inner + words[1:][-1:]


def is_unit_label(text: str) -> bool:
    """ "Block A", "Phase 2", "Site 3": a place or unit word and its letter or number."""
    return _UNIT_LABEL.fullmatch(text.strip()) is not None


def is_initials(text: str) -> bool:
    """Short upper-case abbreviations such as MK, BB, SMcL.

    Four or five capitals with no small letter ("BILL", "BASRA") are a name
    typed in capitals, not initials.
    """
    text = _GLUED_LETTER_AT_END.sub("", text.strip())  # "PVC(E)" as "PVC"
    if not _INITIALS.match(text) or sum(c.isupper() for c in text) < 2:
        return False
    return len(text) <= 3 or not text.isupper()


def resolve(
    names: tuple[str, ...] | list[str], aliases: dict[str, str]
) -> tuple[list[str], list[str]]:
    """Names with aliases replaced, and the initials that no alias explains."""
    resolved: list[str] = []
    unknown: list[str] = []
    for name in (one for joined in names for one in _keyed_codes(joined, aliases)):
        keyed = aliases.get(name) or _keyed_post_in_unit(name, aliases)
        full = keyed or _keyed_person_at_work(name, aliases) or name
        code = _code_with_remit(name)
        # a rank with its remit ("ADO (Urban Response)", "GM (Rescue)") is a post, as
        # written, never a person whose initials no key explains
        if full == name and (is_initials(name) or code) and code not in _RANKS:
            unknown.append(code or name)
        if full not in resolved:
            resolved.append(full)
    return resolved, unknown


# A code in capitals, then its remit or the place its holder works in brackets:
# "ADO (Response)", "KM (Finance)"
_CODE_THEN_BRACKET = re.compile(r"^(?P<code>\S+)\s*\((?P<inside>[^()]+)\)$")


def _code_with_remit(name: str) -> str | None:
    """The code of "ADO (Response)", a post written as its code with its remit."""
    m = _CODE_THEN_BRACKET.match(name.strip())
    return m["code"] if m and is_initials(m["code"]) and _is_remit(m["inside"]) else None


def _keyed_person_at_work(name: str, aliases: dict[str, str]) -> str | None:
    """ "Kate Mills" for "KM (Finance)" where the key gives KM to her: the bracket is
    where she works, as "Kate Mills (Finance)" would say, never a post's remit."""
    code = _code_with_remit(name)
    return aliases[code] if code and _keyed_person(code, aliases) else None


def _keyed_post_in_unit(name: str, aliases: dict[str, str]) -> str | None:
    """ "Divisional Director of Nursing (Medicine)" for "DDN Medicine" where the key
    spells DDN out as a post: the code, then the division or unit the post serves, in
    words no name holds (a service, a field of care, a place: "Surgery", "Acute
    Medicine"). The unit stays, as a qualifier does in "Director of Nursing (Acute)".
    A surname ("DS Jones") or a second post ("DDN Clinical Director") resolves nothing.
    The unit may stand in brackets: "ACFO (Prevention)"."""
    code, _, unit = name.strip().partition(" ")
    # "ACFO (Prevention)": the portfolio in brackets, as a chief officer's is written
    unit = unit[1:-1] if unit.startswith("(") and unit.endswith(")") else unit
    post = aliases.get(code)
    if post is None or not unit or not _names_a_post(post) or _names_someone(post):
        return None
    words = [w.lower() for w in unit.split() if w not in _UNIT_LINKS]
    if not words or len(words) > 4:
        return None
    if any(w in ROLE_WORDS or not _not_in_a_name(w) for w in words):
        return None
    return f"{post} ({unit.strip()})"


# Small words between a unit's words: "Medicine & Emergency Care"
_UNIT_LINKS = frozenset({"&", "and", "of"})


def _keyed_codes(name: str, aliases: dict[str, str]) -> list[str]:
    """ "HT/SENCo": codes the plan's key defines, joined, are one person each. Split
    here, where the key is known: "SENCo" alone reads as a post, which a cell is never
    split around ("Head of Learning & Development"). A post with the holder's initials
    in brackets ("Maths lead (JT)", "English lead (SW) / SENCo (RH)") is the person
    the key gives those initials to."""
    joined = [pair for side in _JOINERS.split(name) for pair in _keyed_pair(side, aliases)]
    sides = [_keyed_holder(side, aliases) for side in joined]
    if len(sides) == 1 and _rank_and_unit(name.split()):
        sides = name.split()  # "DS JAB": two people where the key defines both
    if name not in aliases and all(s in aliases for s in sides):
        return sides
    # "MO / Y4 team": the key's person beside a team, each one lead; the team as written
    keyed = [s in aliases for s in sides]
    if (
        len(sides) > 1
        and any(keyed)
        and all(k or _ends_in_a_team(s) for s, k in zip(sides, keyed, strict=True))
    ):
        return sides
    return [name]


# A post then one bracket at the end: "Maths lead (JT)", "Deputy headteacher (DB)"
_POST_THEN_BRACKET = re.compile(r"^(?P<post>[^()]+?)\s*\((?P<inside>[^()]+)\)$")


# Initials, a hyphen and the team's code in capitals: "JB-ASC", "KL-COM"
_INITIALS_THEN_TEAM_CODE = re.compile(
    r"^(?P<initials>[A-Z][A-Za-z]{0,3}[A-Z])-(?P<team>[A-Z]{2,6})$"
)


def _keyed_pair(side: str, aliases: dict[str, str]) -> list[str]:
    """ "AB-CD": two initials joined by a hyphen, each the key's person, are two people
    leading together, as "AB / CD" are. A team's code after the initials ("AB-HC") or a
    side the key gives no person ("ASC-AB") leaves the side whole."""
    pair = _INITIALS_THEN_TEAM_CODE.match(side.strip())
    if pair is None or side.strip() in aliases:
        return [side]
    both = pair["initials"], pair["team"]
    return list(both) if all(_keyed_person(x, aliases) for x in both) else [side]


def _keyed_person(code: str, aliases: dict[str, str]) -> bool:
    """The key gives the code a person: "AB = Alan Bright", never a team written as a
    name is ("HC = Home Care")."""
    full = aliases.get(code, "")
    return _is_persons_name(full) and not _names_a_team(full)


def _keyed_holder(side: str, aliases: dict[str, str]) -> str:
    """The initials in a bracket after a post, where the key defines them and the post
    names no one itself: the bracket says who holds the post ("SENCo (RH)" is RH).
    Initials with their team's code after a hyphen ("JB-ASC") are the person the key
    gives the initials to: the code says where they sit, no second lead."""
    coded = _INITIALS_THEN_TEAM_CODE.match(side.strip())
    if coded and side not in aliases and _is_persons_name(aliases.get(coded["initials"], "")):
        return coded["initials"]
    m = _POST_THEN_BRACKET.match(side)
    if m is None or side in aliases or m["inside"] not in aliases:
        return side
    if not is_initials(m["inside"]) or _names_someone(m["post"]):
        return side
    return m["inside"]


# A sentence's end or a digit: a cell that says more than who ("Jo Bell. Due 03/26")
_SENTENCE_OR_NUMBER = re.compile(r"[.!?:]\s|\d")


def looks_like_names(values: list[str]) -> bool:
    """Most cells hold only people's names (one per line or separated)."""
    filled = [v for v in values if v.strip()]
    if not filled:
        return False
    good = sum(
        not _SENTENCE_OR_NUMBER.search(v)
        and bool(split_names(v))
        and all(_is_full_name(n) or is_initials(n) for n in split_names(v))
        for v in filled
    )
    return good >= 0.7 * len(filled)


def names_a_person(cell: str) -> bool:
    """Some part of the cell is a person's full name ("Rachel Osei", "Dr Ewan Kerr"),
    not initials, a body ("LA / ICB", "Police") nor a post alone. A bracket after the
    name says more of the person ("Dr Hannah Gill (Designated Clinical Officer)")."""
    names = split_names(cell)
    return any(_is_persons_name(n) or _is_persons_name(_BRACKETS.sub("", n)) for n in names)


def names_a_keyed_person(cell: str, aliases: dict[str, str]) -> bool:
    """Some part of the cell is initials a key resolves to a person's full name ("JB"
    where a Glossary sheet says Jo Barker): the person, written short."""
    return any(_is_persons_name(aliases.get(n, "")) for n in split_names(cell) if is_initials(n))


# The last word of a body that meets, which holds no one to account but its members:
# "Strategic Safeguarding Board", "Quality Committee", "Parent Carer Forum". The one
# list: dates reads the meeting that heard a line of news by it too.
MEETING_BODY_WORDS = ("board", "committee", "group", "panel", "forum")
_OVERSEEING_BODY_WORDS = frozenset({*MEETING_BODY_WORDS, "partnership"})
# The last word of a team's or a body's name: "Senior Leadership Team", "Business
# Support", "Children's Services", "Safeguarding Board" ("Head of Service" is a post)
_TEAM_ENDINGS = _OVERSEEING_BODY_WORDS | {"team", "teams", "services", "support"}


# A crew's name: a few words closed by the crew's word ("Red Watch", "Night shift", "All
# watches", "Estates Team"), or the crew's word before its number or letter ("Crew 2",
# "Shift B"); words only, so "Amber - team on track" is no crew
_CREW_NAME = re.compile(r"^[A-Za-z][A-Za-z'’]*(?:\s+[A-Za-z][A-Za-z'’]*){0,3}$")
_CREW_NUMBERED = re.compile(r"^(?P<word>[A-Za-z]+)\s+(?:\d{1,2}|[A-Z])$")
_CREW_PARTS = re.compile(r"\s*(?:,|;|\n|&|/|\band\b)\s*", re.IGNORECASE)


def names_a_crew(cell: str) -> bool:
    """Every part of the cell names a crew by its word (columns.CREW_WORDS): "Red Watch",
    "Crew 2", "Blue Watch / Green Watch"; "Red" alone, a person or a sentence do not."""
    parts = [part for part in _CREW_PARTS.split(cell.strip()) if part]
    return bool(parts) and all(_is_crew(part) for part in parts)


def _is_crew(part: str) -> bool:
    if (numbered := _CREW_NUMBERED.match(part)) is not None:
        return numbered["word"].lower() in CREW_WORDS
    return _CREW_NAME.match(part) is not None and part.split()[-1].lower() in CREW_WORDS


def is_post_alone(cell: str) -> bool:
    """The cell is one person's post and names no one: "Principal Social Worker",
    "Detective Inspector (MASH)"; "Partnership" (a team) and "Jo Baines" are not."""
    return _is_post_line(cell) and _names_a_post(cell)


def names_a_body(cell: str) -> bool:
    """The cell names a board, committee, group, panel, forum or partnership by its last
    word ("Public Protection Governance Board", "Parent Carer Forum"), not a post in one
    ("Chair of the Strategic Board"; "Head of Partnerships" ends in no such word)."""
    words = _BRACKETS.sub("", cell).split()
    if not words or words[-1].lower().strip(".,;") not in _OVERSEEING_BODY_WORDS:
        return False
    return not (words[0].lower() in ROLE_WORDS and "of" in (w.lower() for w in words))


def looks_like_people_column(cells: list[str]) -> float:
    """The share of non-empty cells that name people, bodies or job titles, 0.0–1.0.

    For assigning a lead or responsible column by content: "Jane Smith",
    "JW / KT", "Head of Service (Acute)", "MHCLG and Home Office" count;
    sentences, dates and numbers do not.
    """
    filled = [c for c in cells if c.strip()]
    if not filled:
        return 0.0
    return sum(_is_people_cell(c) for c in filled) / len(filled)


def _is_people_cell(cell: str) -> bool:
    names = split_names(cell)
    if not names or _SENTENCE_OR_NUMBER.search(cell) or len(cell) > 120:
        return False
    return all(_names_someone(n) or _is_job_title(n) for n in names)


def _is_job_title(text: str) -> bool:
    """ "Head of Learning & Development", "Assistant Director Education & SEND": short, a role."""
    bare = _BRACKETS.sub("", text).strip()
    return _has_role(bare) and len(bare.split()) <= 10 and bare[:1].isupper()


# A name's words: letters, with the spaces, hyphens, apostrophes and dots of a name
# ("jo o'neill-smith", "a.n. other"); a digit, bracket, "@" or "&" is no part of one
_NAME_WORDS = re.compile(r"(?:[^\W\d_]|[\s'’.-])+")
# A post's words: a name's, and a number ("head of year 9")
_POST_WORDS = re.compile(r"(?:[^\W_]|[\s'’.-])+")
# Markup pasted from a chat tool or a web page ("[bold]x[/]", "<b>x</b>", "*x*") and an
# e-mail address: kept exactly as typed, never capitalised
_AS_TYPED = re.compile(r"[\[\]<>{}*_`@]")
# Where a cell's names part from what else it says: a bracket, a spaced dash, a slash or
# a comma ("bill basra (hr)", "jo smith – senco", "priya shah / tom hale")
_NAME_PARTS = re.compile(r"(\s*\([^()]*\)\s*|\s+[-–—]\s+|\s*/\s*|\s*,\s*)")
# Small words a post or a name keeps small after its first word ("Head of Year 9")
_KEPT_SMALL = frozenset({"of", "and", "for", "the", "to", "in", "on", "at", "with"})


def canonical(names: list[str], spelling: dict[str, str]) -> list[str]:
    """One spelling per person across the plan: the first one met."""
    out = []
    for name in names:
        key = " ".join(name.split()).casefold()
        spelling.setdefault(key, _capitalised(name))
        out.append(spelling[key])
    return out


def _capitalised(name: str) -> str:
    """A name typed all in lower case with its names capitalised (a typing habit, not a
    spelling: "bill basra" is Bill Basra), and a post so typed ("head of year 9" is Head
    of Year 9). Anything else keeps its case: markup ("[bold]x[/]") and an e-mail
    address (an identity) whole, a unit ("team 2") or team ("housing (north)"), and
    beside a name what its bracket holds or a dash adds ("bill basra (hr)" → Bill
    Basra (hr))."""
    if not name.islower() or _AS_TYPED.search(name):
        return name
    if _NAME_WORDS.fullmatch(name) or _is_post_typed(name):
        return _title(name)
    parts = _NAME_PARTS.split(name)
    if len(parts) == 1:
        return name
    # split keeps the separators at odd places: the words between them are even
    return "".join(
        _title(part) if i % 2 == 0 and _is_name_typed(part) else part
        for i, part in enumerate(parts)
    )


def _is_post_typed(text: str) -> bool:
    """ "head of year 9": a post's words, one of them a person's post (not a team's)."""
    words = _TOKEN.findall(text)
    return _POST_WORDS.fullmatch(text) is not None and any(
        w in ROLE_WORDS and w not in _TEAM_ENDINGS for w in words
    )


def _is_name_typed(part: str) -> bool:
    """ "bill basra": a name's words, two at least, no post nor unit among them."""
    return (
        _NAME_WORDS.fullmatch(part) is not None
        and len(part.split()) >= 2
        and not _has_role(part)
        and not is_unit_label(part)
    )


def _title(text: str) -> str:
    """Each word capitalised ("o'neill-smith" → O'Neill-Smith), the small ones after the
    first kept small."""
    return " ".join(
        w if i and w in _KEPT_SMALL else w.title() for i, w in enumerate(text.split(" "))
    )


# "DCS", "ALNCo", "CoG": two or more capitals, a few small letters among them
_SHORT_FORM = r"[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,4}"
_POST_SHORT_FORM = re.compile(_SHORT_FORM)
_ABBREVIATION = re.compile(
    rf"\b({_SHORT_FORM})\s*[–—=:-]\s*([A-Z][\w'’-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w'’-]*))*)"
)
_SMALL_WORDS = {"of", "and", "for", "the", "&"}


def _capital_letters(short: str) -> str:
    """ "DCS", and of a mixed-case abbreviation its capitals: "ALNCo" → ALNC, "CoG" → CG;
    a word ("Note", "Key") has too few capitals to be one."""
    capitals = "".join(c for c in short if c.isupper())
    return capitals if len(capitals) >= 2 else ""


# "Director of Infection Prevention and Control (DIPC)": the title, then its short form
_TITLE_WORDS = r"[A-Z][\w'’-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w'’-]*))*"
_TITLE_THEN_SHORT = re.compile(rf"({_TITLE_WORDS})\s*\(({_SHORT_FORM})\)")
# "School attendance team (SAT)": a team or post written in sentence case, its short form
# after it; defines the short form only where a role word shows it is a team or post
_SENTENCE_TITLE_THEN_SHORT = re.compile(
    rf"([A-Z][\w'’-]*(?:[ \t]+[\w'’&-]+){{1,7}})\s*\(({_SHORT_FORM})\)"
)


def abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Role abbreviations a key or legend spells out: "DCS – Director of Children's
    Services", "Director of Infection Prevention and Control (DIPC)".

    Only where the capitals of the words are the abbreviation, so "HR – see note"
    or "NB: Review in May" define nothing.
    """
    found: dict[str, str] = {}
    for text in texts:
        for m in _ABBREVIATION.finditer(text):
            short, long = m.groups()
            if _spells_out(short, long):
                found.setdefault(short, _holder_after(text, m.end()) or long.strip())
            elif holder := _holder_before_post(short, long, text, m.end()):
                found.setdefault(short, holder)
        for long, short in _TITLE_THEN_SHORT.findall(text):
            title = _title_spelling_out(short, long)
            if title:
                found.setdefault(short, title)
        for short, long in _GLUED_SHORT_FORM.findall(text):
            if _spells_out_glued(short, long):
                found.setdefault(short, tidy(long))
        for long, short in _SENTENCE_TITLE_THEN_SHORT.findall(text):
            title = _title_spelling_out(short, long)
            if title and _has_role(title):
                found.setdefault(short, title)
    return found


def _title_spelling_out(short: str, words: str) -> str:
    """The longest tail of ``words`` whose capitals are ``short``: "Lead abbreviations
    Director of Infection Prevention and Control" → the title after "abbreviations"."""
    tokens = words.split()
    for start, token in enumerate(tokens):
        tail = " ".join(tokens[start:])
        if token.lower() not in _SMALL_WORDS and _spells_out(short, tail):
            return tail
    return ""


# "PVC(E) - Pro-Vice-Chancellor (Education)": a key line spelling out a short form whose
# glued bracket letter tells posts apart; the post runs to the line's end or a semicolon
_GLUED_SHORT_FORM = re.compile(
    rf"(?<![\w(])({_SHORT_FORM}\([A-Z]\))[ \t]*[–—=:-][ \t]*([A-Z][^\n;]*)"
)


def _spells_out_glued(short: str, long: str) -> bool:
    """ "PVC(E)" of "Pro-Vice-Chancellor (Education)": each part of a hyphened word counts
    as a word, the bracket's letter its word's."""
    parts = re.split(r"[\s\-()]+", long)
    letters = "".join(w[0] for w in parts if w and w.lower() not in _SMALL_WORDS)
    return letters.upper() == "".join(c for c in short if c.isupper())


def _spells_out(short: str, long: str) -> bool:
    """ "DCFO" spells out "Deputy Chief Fire Officer": its capitals are the words' initials."""
    capitals = "".join(w[0] for w in long.split() if w.lower() not in _SMALL_WORDS)
    return bool(_capital_letters(short)) and capitals.upper() == _capital_letters(short)


def abbreviations_from_rows(rows: list[list[str]]) -> dict[str, str]:
    """Role abbreviations in a key table, one cell each: "DCFO | Deputy Chief Fire Officer".

    Longer than initials ("DCFO" is no person's), so only where the capitals spell
    out another cell of the row word by word."""
    found: dict[str, str] = {}
    for row in rows:
        cells = [tidy(c) for c in row if c and c.strip()]
        for short in (c for c in cells if _ABBREVIATION_CELL.match(c)):
            long = next((c for c in cells if c != short and _spells_out(short, c)), None)
            if long is not None:
                found.setdefault(short, _holder(cells) or long)
    return found


_ABBREVIATION_CELL = re.compile(rf"^{_SHORT_FORM}$")


_DEFINED_IN_CELL = re.compile(r"^\s*(?P<name>[^()\n]+?)\s*\((?P<alias>[A-Z][A-Za-z]{1,4})\)\s*$")


def names_as_defined(cells: Iterable[str], aliases: dict[str, str]) -> dict[str, str]:
    """Aliases spelled as their defining cell writes the name: AL is "Ch Supt Amy Lowe"
    where a cell says "Ch Supt Amy Lowe (AL)", not just the words the initials fit."""
    out = dict(aliases)
    for cell in cells:
        # "Jo Marsh and Priya Shah (PS)": the bracket defines the name it follows only
        for piece in re.split(r"\s*(?:/|&|\+|;|,|\n|\band\b)\s*", cell):
            m = _DEFINED_IN_CELL.match(piece)
            if m and m["alias"] in out and m["name"].endswith(out[m["alias"]]):
                out[m["alias"]] = tidy(m["name"])
    return out


# "Exec: Chief Nurse" over "Op: ED Matron" in one owner cell: a label before each post
# says who is accountable (the lead) and who does the work (the responsible)
_OWNER_LINE = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z .'-]{0,30}?)\s*:\s*(?P<who>\S.*?)\s*$")
# Lines, ";"-parts, or a slash before a label: "Lead: Helen Marsh / Support: Grace Mensah"
# (a care home's action plan) writes on one line what other plans write a line each
_OWNER_LINES = re.compile(r"\s*(?:\n|;|/(?=[ \t]*[A-Za-z][A-Za-z .'-]{0,30}?[ \t]*:))\s*")
# Labels no header cue spells: "Exec", "Op"; the others read as a header would
# ("Lead", "Support", "Accountable", "SRO", "Delivery lead", "Operational lead")
_LABEL_ROLES = {
    "exec": "lead",
    "executive": "lead",
    "exec lead": "lead",
    "strategic": "lead",
    "op": "responsible",
    "ops": "responsible",
    "operational": "responsible",
    "delivery": "responsible",
    # the deputy who stands in for the lead and works alongside them ("Lead: Claire
    # Hunt" over "Deputy: Omar Said"), as "supported by" names who helps
    "deputy": "responsible",
    "deputy lead": "responsible",
}


def labelled_owners(
    cell: str, defined: dict[str, str] | None = None
) -> list[tuple[str, str]] | None:
    """(role, who) for each line of a cell whose every line is "<label>: <who>" and whose
    labels name the lead or the responsible; None for any other cell ("NB: Karen
    Thomas" labels nothing, and a cell of plain names is read as ever). ``defined``
    holds the letters the header defines ("A" → lead), see ``labels_defined``."""
    if ":" not in cell:  # every line labelled has one: most cells, cheaply
        return None
    found: list[tuple[str, str]] = []
    for line in _OWNER_LINES.split(cell.strip()):
        m = _OWNER_LINE.match(line)
        role = owner_label_role(m["label"], defined or {}) if m else None
        if m is None or role is None:
            return None
        # "Joint statutory officers: Section 151 Officer / Monitoring Officer": each post
        found.append((role, joint_holders(m["label"], m["who"]) or m["who"]))
    return found or None


# A name marked as the lead among those a cell lists: "Adult Social Care (lead)" over
# "Wexmoor Housing", "Police (Lead agency), Housing"; the mark no part of the name
_LEAD_MARK = re.compile(
    r"\s*[(\[]\s*lead(?:\s+(?:agency|organisation|organization|partner|officer|body))?"
    r"\s*[)\]]\s*$",
    re.IGNORECASE,
)
_LEAD_WORD = re.compile("lead", re.IGNORECASE)
# Entries of a cell listing them: one a line, or parted by ";" (a comma parts none)
_LISTED_ENTRIES = re.compile(r"\n|;")


def marked_lead(cell: str) -> list[tuple[str, str]] | None:
    """(role, who) for each entry of a cell listing them one a line (or parted by ";"),
    where some are marked as the lead ("Adult Social Care (lead)"): the marked ones
    lead, the mark taken off, the others are the responsible, in the order written.
    None where no entry is marked: a cell of plain names is read as ever. A comma parts
    no entries: it is part of one in "Smith, Jane (lead)" and "Jo Baines, Fleet
    Services (lead)", a name written surname first or followed by its team."""
    if not _LEAD_WORD.search(cell):  # no mark without the word: most cells, cheaply
        return None
    entries = [e.strip() for e in _LISTED_ENTRIES.split(cell) if e.strip()]
    if not any(_LEAD_MARK.search(e) for e in entries):
        return None
    return [
        ("lead", _LEAD_MARK.sub("", e).strip()) if _LEAD_MARK.search(e) else ("responsible", e)
        for e in entries
    ]


# A people header naming the lead and those who work with it: "Lead organisation (in bold)
# and partner organisations", "Lead and partners", "Lead officer / supporting officers";
# not "Lead partner" (the lead alone)
_LEAD_AND_OTHERS = re.compile(
    r"\bleads?\b[^/&+\n]*?(?:\band\b|\bwith\b|[/&+])\s*(?:the\s+)?(?:\w+\s+)?"
    r"(?:partners?|partnerships?|support(?:ing|ers?)?|contributors?|others)\b",
    re.IGNORECASE,
)


def lead_then_others(cell: str, header: str) -> list[tuple[str, str]] | None:
    """(role, who) for a cell under a header naming the lead and its partners ("Lead
    organisation (in bold) and partner organisations") that writes one name on its first
    line and the others on the lines under it: the first line leads, each entry under it
    (one a line, or parted by ";") is responsible, in the order written. None for a cell
    of one line, or whose first line lists several: read as ever."""
    lines = [line.strip() for line in cell.splitlines() if line.strip()]
    if len(lines) < 2 or ";" in lines[0] or not _LEAD_AND_OTHERS.search(header):
        return None
    others = [e.strip() for line in lines[1:] for e in line.split(";") if e.strip()]
    if not _partners_of_a_kind(lines[0], others):
        return None
    return [("lead", lines[0]), *(("responsible", who) for who in others)]


# The last word of a part of the body or person above it: "Housing Department"
_PART_OF_THE_ABOVE = frozenset({"department", "dept", "directorate", "division"})


def _partner_kind(entry: str) -> str | None:
    """ "person", "team" ("… Team", "… Service") or "body" for an entry that names one
    in its own right; None for what
    only says more of the line above: a post ("Head of Housing Options", beside a name),
    a bracket ("(supported by ICB comms)", "(Public Health)"), a phone number, a
    department, or words that name no one ("the rest"). The entry is judged
    by the name it holds: "Lead: Jo Reid" and "Jo Reid, Head of Housing" name Jo Reid."""
    names = split_names(entry)
    if len(names) != 1:
        return None
    entry = names[0]
    words = _TOKEN.findall(entry.lower())
    if entry.startswith(("(", "[")) or any(c.isdigit() for c in entry) or not words:
        return None
    if _names_a_post(entry) or words[-1] in _PART_OF_THE_ABOVE:
        return None
    # a body by its kind in plain words counts too: "All district councils"
    if not (_is_body(entry) or _names_someone(entry) or words[-1].removesuffix("s") in BODY_WORDS):
        return None
    if words[-1] in _UNIT_KIND_WORDS:
        return "team"
    return "person" if _is_named_person(entry) else "body"


def _partners_of_a_kind(lead: str, others: list[str]) -> bool:
    """Each line names another of the lead's kind: bodies under a body ("South West
    Uplands Federation" over "Natural England; Woodland Trust"), people under a person.
    A post under a name or over one ("Sam Patel" over "Head of Housing Options") is the
    one person, and a team under a named person, or a person under a team, is the
    person's team or the team's contact. A body's name may read as a person's ("Natural
    England"), so only a team's ending ("… Team", "… Service") tells them apart."""
    kinds = [_partner_kind(entry) for entry in (lead, *others)]
    if None in kinds:
        return False
    below = set(kinds[1:])
    return not (
        kinds[0] == "person" and "team" in below or kinds[0] == "team" and "person" in below
    )


def owner_label_role(label: str, defined: dict[str, str] | None = None) -> str | None:
    """ "lead" or "responsible" for a label naming either ("Exec", "Delivery lead"), the
    letters ``defined`` maps included; None for any other label."""
    defined = defined or {}
    if label.strip() in defined:
        return defined[label.strip()]
    label = " ".join(label.casefold().split())
    if _SUPPORTING.match(label):  # "supporting officer" helps the lead: no officer leads
        return "responsible"
    role = _LABEL_ROLES.get(label) or best_field(label)
    return role if role in ("lead", "responsible") else None


# "Support", "Supporting officer", "Supported by": who helps the lead, whatever follows
_SUPPORTING = re.compile(r"^support(?:ing|ed by)?\b")


# "Owner (A = accountable, R = responsible)": a header (or key) spelling out the letters
# its cells label their lines with, RACI-style
_LETTER_DEFINED = re.compile(
    r"\b(?P<letter>[A-Z])\s*[=:–-]\s*(?P<word>[A-Za-z][A-Za-z ]{1,30}?)\s*(?=[,;/)\n]|$)"
)


def labels_defined(text: str) -> dict[str, str]:
    """The single letters a header or key defines as the lead or the responsible:
    {"A": "lead", "R": "responsible"} for "Owner (A = accountable, R = responsible)";
    a letter defined as any other role ("C = consulted") is left out."""
    out: dict[str, str] = {}
    for m in _LETTER_DEFINED.finditer(text):
        role = owner_label_role(m["word"], {})
        if role is not None:
            out[m["letter"]] = role
    return out


# "(L) lead officer; (S) supporting officer" (a title row over the table), "[R] -
# responsible": a key spelling out the marks written after the names in a people cell
_MARK_DEFINED = re.compile(
    r"[(\[]\s*(?P<mark>[A-Za-z]{1,12})\s*[)\]]\s*(?:[=:–—-]\s*)?"
    r"(?P<word>[A-Za-z][A-Za-z /-]{1,40}?)\s*(?=[,;.)\n]|$)"
)
# A key of involvement named RACI: its usual letters, and L and S, need no spelling out
_RACI = re.compile(r"\bRACI\b")
_RACI_LETTERS = {"A": "lead", "L": "lead", "R": "responsible", "S": "responsible"}


def role_marks_defined(texts: Iterable[str]) -> dict[str, str]:
    """The marks a key outside the table defines as the lead or the responsible, by the
    mark: {"L": "lead", "S": "responsible"} for "(L) lead officer; (S) supporting
    officer" or "L = lead, S = support"; the usual letters under a key naming RACI. A
    mark defined as another role ("(C) consulted") is left out."""
    found: dict[str, str] = {}
    for text in texts:
        if _RACI.search(text):
            found = {**_RACI_LETTERS, **found}
        for m in _MARK_DEFINED.finditer(text):
            role = owner_label_role(m["word"])
            if role is not None:
                found[m["mark"]] = role
        found.update(labels_defined(text))
    return found


# Each name of a people cell saying its part in words: "Helen Marsh to lead, Amy Ross to
# support" ("; " or a new line parting them too)
_PART_IN_WORDS = re.compile(r"^(?P<who>\S.*?)\s+to\s+(?P<part>lead|support)\.?$", re.IGNORECASE)
_PARTS_LISTED = re.compile(r"\s*(?:,|;|\n)\s*")
_ROLE_OF_PART = {"lead": "lead", "support": "responsible"}


def roles_in_words(cell: str) -> list[tuple[str, str]] | None:
    """(role, who) for each name of a cell that says in words whether it is to lead or to
    support: "Helen Marsh to lead, Amy Ross to support" → Helen Marsh leads, Amy Ross
    is the responsible, as "Lead:" and "Support:" labels would say. None unless every
    name says its part: a comma within a name ("Smith, Jane to lead") parts nothing."""
    if "to " not in cell.lower():  # most cells: no part said in words
        return None
    found: list[tuple[str, str]] = []
    for part in _PARTS_LISTED.split(cell.strip()):
        m = _PART_IN_WORDS.match(part)
        if m is None:
            return None
        found.append((_ROLE_OF_PART[m["part"].lower()], m["who"]))
    return found


# A mark after a name in a people cell: "Karen Doyle (L)", "Jo Pike [S]"
_MARK_AFTER = re.compile(r"\s*[(\[]\s*(?P<mark>[A-Za-z]{1,12})\s*[)\]]\s*$")


def _role_of_mark(entry: str, marks: dict[str, str]) -> str | None:
    m = _MARK_AFTER.search(entry)
    return marks.get(m["mark"]) if m else None


def _marked_parts(entry: str, marks: dict[str, str]) -> list[str]:
    """The names of an entry parted by the commas that follow a mark ("Karen Doyle (L),
    Tom Reid (S)"), when every part ends in a defined mark; the entry whole otherwise. A
    comma within a name parts nothing: "Smith, Jane (L)" is one, written surname first."""
    parts = [p.strip() for p in _AFTER_A_MARK.split(entry)]
    if len(parts) > 1 and all(_role_of_mark(p, marks) for p in parts):
        return parts
    return [entry.strip()]


# A comma right after a mark: "Karen Doyle (L), Tom Reid (S)", "Doyle, Karen (L), Reid, Tom (S)"
_AFTER_A_MARK = re.compile(r"(?<=[)\]])\s*,\s*")


def role_marked(cell: str, marks: dict[str, str], role: str) -> list[tuple[str, str]] | None:
    """(role, who) for each name of a people cell marked with a role the plan's key
    defines ("Karen Doyle (L), Tom Reid (S)" under "(L) lead officer; (S) supporting
    officer"): each name to its mark's role, the mark taken off; an unmarked name keeps
    the column's ``role``. None where no name carries a defined mark."""
    if not marks or not any(b in cell for b in "(["):  # no mark: most cells, cheaply
        return None
    entries = [e for e in _LISTED_ENTRIES.split(cell) if e.strip()]
    names = [p for e in entries for p in _marked_parts(e, marks)]
    if not any(_role_of_mark(n, marks) for n in names):
        return None
    return [(_role_of_mark(n, marks) or role, _MARK_AFTER.sub("", n).strip()) for n in names]
