"""Mojibake: UTF-8 text that was read as Windows-1252 and saved again.

A UTF-8 export without a byte-order mark, opened in Excel by double-click, is read
as Windows-1252: each byte of a character outside ASCII shows as its own character
('’' as 'â€™', '–' as 'â€“', '£' as 'Â£', 'é' as 'Ã©'). Saved again ("CSV UTF-8", a
workbook), the garbled characters are what the file holds, while lines typed since
are right. Each garbled run is read as the character it stands for; text that only
looks alike ('São', 'JOÃO', a capital before a dash) is kept as written.
"""

from __future__ import annotations

import re


def _shown(byte: int) -> str:
    """The character Windows shows for ``byte`` read as Windows-1252: its five
    undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) become the control character of
    that number, as Windows maps them, and are written so when the file is saved."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_BYTE_OF = {_shown(b): b for b in range(0x80, 0x100)}


def _shown_class(first: int, last: int) -> str:
    return "[" + "".join(re.escape(_shown(b)) for b in range(first, last + 1)) + "]"


# One UTF-8 character outside ASCII as Windows-1252 shows its bytes: a lead byte
# (0xC2-0xDF for two bytes, 0xE0-0xEF for three, 0xF0-0xF4 for four) and as many
# continuation bytes (0x80-0xBF) as it says.
_TAIL = _shown_class(0x80, 0xBF)
_GARBLED = re.compile(
    f"{_shown_class(0xC2, 0xDF)}{_TAIL}"
    f"|{_shown_class(0xE0, 0xEF)}{_TAIL}{{2}}"
    f"|{_shown_class(0xF0, 0xF4)}{_TAIL}{{3}}"
)
# The evidence a cell was garbled at all: a Latin-1 character ('é' 'Ã©', '£' 'Â£') or
# a punctuation mark ('’' 'â€™', '–' 'â€“', '€' 'â‚¬') so shown, the commonest by far.
# A cell without one keeps every character as written: 'É–' or 'ß”' could be a
# word before its punctuation as well as a garbled 'ɖ' or 'ߔ'.
_TELL_TALE = re.compile(f"[ÂÃ]{_TAIL}|â[€‚]{_TAIL}")
_LEADS = frozenset("ÂÃâ")
# Text saved garbled by one program and opened wrongly again is garbled twice
# ('’' 'Ã¢â‚¬â„¢'); a third time is as far as evidence of it goes.
_MOST_ROUNDS = 3


def without_mojibake(text: str) -> str:
    """``text`` with each garbled run read as the character it stands for:
    "RenÃ©e" → "Renée", "â€“ Â£1.6m" → "– £1.6m"; right text beside it as written."""
    if text.isascii():  # most cells, on every import: no garbled run is all ASCII
        return text
    for _ in range(_MOST_ROUNDS):
        if _LEADS.isdisjoint(text) or not _TELL_TALE.search(text):
            break
        text = _runs_read(text)
    return text


def _runs_read(text: str) -> str:
    """Each garbled run of ``text`` read as its character, but a lone letter of IPA or
    of a script from Cyrillic to N'Ko: a capital or sign typed right before punctuation
    shows as one ('CAFÉ’S' would be 'CAFɒS', '4×£500' '4ף500'), while a word garbled in
    such a script is a row of them ('Ð\x9eÐ»' is 'Ол')."""
    runs = [(m.start(), m.end(), _meant(m[0])) for m in _GARBLED.finditer(text)]
    out, at = [], 0
    for i, (start, end, char) in enumerate(runs):
        if char is None or (_lone_letter(char) and not _in_a_word(runs, i)):
            continue
        out += [text[at:start], char]
        at = end
    out.append(text[at:])
    return "".join(out)


def _lone_letter(char: str) -> bool:
    """Whether ``char`` is a letter a Latin-script plan holds only in a word of its own
    script: IPA and spacing modifiers (U+0250–02FF), Cyrillic to N'Ko (U+0400–07FF).
    Greek stays read alone: 'μg/m³', 'Δ' stand alone in English text."""
    return 0x250 <= ord(char) < 0x300 or 0x400 <= ord(char) < 0x800


def _in_a_word(runs: list[tuple[int, int, str | None]], i: int) -> bool:
    """Whether run ``i`` touches another garbled run that reads as a character."""
    start, end, _ = runs[i]
    before = i > 0 and runs[i - 1][1] == start and runs[i - 1][2] is not None
    after = i + 1 < len(runs) and runs[i + 1][0] == end and runs[i + 1][2] is not None
    return before or after


def _meant(run: str) -> str | None:
    """The character the run's bytes encode in UTF-8, else none (a sequence UTF-8
    forbids, such as an overlong form, is no garbled character)."""
    try:
        return bytes(_BYTE_OF[c] for c in run).decode("utf-8")
    except UnicodeDecodeError:
        return None
