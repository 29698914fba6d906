"""Part of stage 2, locate: a form written as paragraphs, with no table at all.

A provider that publishes its plan one requirement at a time (a web page each, saved
into Word) writes each item as a heading ("Must do 1", "Recommendation 4") and under it
labelled sections, the same labels in every item ("Issues identified", "Actions to be
taken", "Person responsible", "Target completion date", "Progress to date"): a short
line alone, the paragraphs under it its value. The actions are a numbered list ("1.
Introduce …", "2. Train …"), and other sections number their lines to match ("1. 31
July 2026") or point at the actions by number or range ("1-3 Complete and …"). Such a
form is the table it would make: a row per numbered action, the item's number its
recommendation's ref, the section written before the actions (unnumbered: the
requirement) its wording, each label a column, a numbered line in its action's row and
an unnumbered section (the bullets of "Person responsible") in every row of its item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from importers.cells import pointed
from importers.columns import best_field
from importers.form import ITEM, ITEM_LABEL, MIN_ITEMS, WORDING, folded_label, is_label
from importers.group import label_value
from importers.headings import rises
from importers.read import Sheet

# "1. Introduce …", "2) Train …": a list's own number, dropped from the text (it is the ref)
_LISTED = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+(?P<text>\S.*)$", re.S)
# An item's heading with its wording after it, or alone: "Area of weakness 1: The …"
_WORDED_ITEM = re.compile(rf"^\s*{ITEM_LABEL}\s*(?:[:.–-]\s*(?P<wording>\S.*)?)?$", re.S)
# An action opened by its ref, its item's number then its own, after a bullet Word
# draws or none: "• 1.1 Clear the backlog …", "2.3 Set up termly reviews …"
_ACTION_LINE = re.compile(
    r"^\s*(?:[•●▪◦·*–-]\s*)?(?P<ref>(?P<item>[A-Z]{0,4}\d{1,3})\.\d{1,2}[a-z]?)[.)]?\s+"
    r"(?P<text>\S.*)$",
    re.S,
)
# A numbered item opened by its label, its parts on the lines under it: "1. Action
# Required:", the number running on across the headings (1 to 11 over five outcomes)
_NUMBERED_LABEL = re.compile(
    r"^\s*(?P<ref>\d{1,3})[.)]\s+(?P<label>[^:\n]{2,60}?)\s*:\s*(?P<value>.*)$", re.S
)
# A form's prompt alone on its line, too long for a label, closed by its colon: "Please
# state the actions you have taken or are planning to take:" (a label only where it
# recurs under two actions or more, as any label)
_PROMPT_LINE = re.compile(r"^[^\W\d_][^\d•.;!?]{0,160}:$")
REF = "Ref"
ACTION = "Action"


@dataclass
class _Block:
    index: int  # 0-based row of the item's heading
    label: str  # "Must do"
    ref: str  # "1"
    wording: str = ""  # after the number on the heading's line: "Area of weakness 1: …"
    before: list[str] = field(default_factory=list)  # lines above its first label
    sections: dict[str, list[str]] = field(default_factory=dict)  # label key -> lines


@dataclass(frozen=True)
class ParagraphForm:
    """The paragraphs read as a table: the grid, its header row and each column's role."""

    sheet: Sheet
    header_index: int
    items: int
    how: str
    roles: dict[int, str]
    evidence: dict[int, str]
    # The cells (0-based row, column) given by a line pointing at their action by
    # number ("1-3 Complete and …"): the state after the numbers is that action's
    pointed: frozenset[tuple[int, int]] = frozenset()


def read_paragraph_form(sheet: Sheet) -> ParagraphForm | None:
    """The sheet as a table when it is paragraphs only, two items or more each with
    labelled sections and a numbered list of actions, else None."""
    grid = sheet.grid
    if sheet.numbers or not grid or any(sum(1 for c in row if c) > 1 for row in grid):
        return None
    lines = ["".join(row).strip() for row in grid]
    blocks = _blocks(lines, ITEM)
    if len(blocks) < MIN_ITEMS:
        return _read_labelled_actions(sheet, lines)
    labels = _labels(lines, blocks)
    for block, (start, end) in zip(blocks, _spans(blocks, len(lines)), strict=True):
        _read_block(block, lines[start + 1 : end], labels)
    action = _action_label(blocks, labels)
    if action is None:
        return _read_labelled_actions(sheet, lines)
    return _as_table(sheet, lines, blocks, labels, action)


def _blocks(lines: list[str], heading: re.Pattern[str]) -> list[_Block]:
    """Headings of one label and rising numbers, each opening its line: "Must do 1" …"""
    found = [
        _Block(i, m["label"], m["ref"], (m.groupdict().get("wording") or "").strip())
        for i, line in enumerate(lines)
        if (m := heading.match(line))
    ]
    by_label: dict[str, list[_Block]] = {}
    for block in found:
        by_label.setdefault(block.label.casefold(), []).append(block)
    # the most of one label whose numbers rise: "Regulation 12" cited in each item heads none
    rising = [bs for bs in by_label.values() if rises([b.ref for b in bs])]
    return max(rising, key=len, default=[])


def _labels(lines: list[str], blocks: list[_Block]) -> dict[str, str]:
    """Short lines, no sentence, that recur in two items or more: the sections' labels
    (key -> as first written), in the order met. One that always sits straight under
    the same other label is that section's value, the same in each item ("Ward Manager"
    under "Person responsible")."""
    seen: dict[str, set[int]] = {}
    written: dict[str, str] = {}
    after: dict[str, set[str]] = {}  # key -> the keys of the lines straight above it
    for n, (start, end) in enumerate(_spans(blocks, len(lines))):
        above = ""
        for line in (line for line in lines[start + 1 : end] if line):
            key = folded_label(line) if _may_label(line) else ""
            if key:
                seen.setdefault(key, set()).add(n)
                written.setdefault(key, line.removesuffix(":").strip())
                after.setdefault(key, set()).add(above)
            above = key
    kept: dict[str, str] = {}  # in the order met, so a value's label is kept before it
    for key in (key for key in written if len(seen[key]) >= MIN_ITEMS):
        if not (len(after[key]) == 1 and next(iter(after[key])) in kept):
            kept[key] = written[key]
    return kept


def _may_label(line: str) -> bool:
    return is_label(line.removesuffix(":")) and not re.search(r"[\d•]", line)


def _spans(blocks: list[_Block], size: int) -> list[tuple[int, int]]:
    ends = [b.index for b in blocks[1:]] + [size]
    return [(b.index, end) for b, end in zip(blocks, ends, strict=True)]


def _read_block(block: _Block, lines: list[str], labels: dict[str, str]) -> None:
    """The item's lines, to the next item's heading, into its sections: a line shaped
    like a heading of another kind ("Regulation 12" under "Issues identified") is text."""
    current: list[str] = block.before
    for line in lines:
        if not line:
            continue
        if _may_label(line) and folded_label(line) in labels:
            current = block.sections.setdefault(folded_label(line), [])
        else:
            current.append(line)


def _action_label(blocks: list[_Block], labels: dict[str, str]) -> str | None:
    """The section whose lines are a list numbered 1, 2, 3 in every item: worded as the
    actions when several are ("Actions to be taken" before "Target completion date")."""
    numbered = [key for key in labels if all(_is_list(b.sections.get(key, [])) for b in blocks)]
    worded = [key for key in numbered if best_field(labels[key]) == "action"]
    return next(iter(worded or numbered), None)


def _is_list(lines: list[str]) -> bool:
    numbers = [m["n"] for line in lines if (m := _LISTED.match(line))]
    return bool(lines) and numbers == [str(n) for n in range(1, len(lines) + 1)]


@dataclass(frozen=True)
class _Numbered:
    """A section numbered to match the actions: each one's lines, and the actions named
    by a pointer ("1-3 Complete …") rather than a list's number ("1. 31 July 2026")."""

    lines: dict[int, list[str]]
    pointed: frozenset[int]


def _by_number(lines: list[str], count: int) -> _Numbered | None:
    """Each action's lines of a numbered section: its own number's ("1. 31 July 2026",
    the list's number dropped) or a pointer naming it ("1-3 Complete …", kept whole); a
    line with no number goes with the one above. None when the section is not numbered:
    its numbers start at 1 and rise, as a list's do; a count opening an unnumbered line
    ("2 audits done so far") starts anywhere, and a date ("3 March 2027") is no number."""
    out: dict[int, list[str]] = {}
    last: list[int] = []
    firsts: list[int] = []
    named: set[int] = set()
    for line in lines:
        listed = _LISTED.match(line)
        points = None if listed is not None else pointed(line)
        if listed is not None:
            last, text = [int(listed["n"])], listed["text"]
        elif points is not None:
            last, text = list(points[0]), line
            named.update(last)
        elif last:
            text = line
        else:
            return None
        if listed is not None or points is not None:
            firsts.append(last[0])
        for n in last:
            out.setdefault(n, []).append(text)
    rising = firsts[:1] == [1] and all(a < b for a, b in zip(firsts, firsts[1:], strict=False))
    return (
        _Numbered(out, frozenset(named))
        if rising and set(out) <= set(range(1, count + 1))
        else None
    )


def _as_table(
    sheet: Sheet, lines: list[str], blocks: list[_Block], labels: dict[str, str], action: str
) -> ParagraphForm:
    keys = list(labels)
    first = blocks[0]
    before = any(b.before for b in blocks)
    noted = [f"{first.label} (as written)"] if before else []
    header = [first.label, REF, *labels.values(), *noted]
    rows: list[list[str]] = []
    pointers: set[tuple[int, int]] = set()
    for block in blocks:
        block_rows, block_pointers = _rows(block, keys, action, before)
        pointers.update((len(rows) + r, col) for r, col in block_pointers)
        rows.extend(block_rows)
    above = [[line, *[""] * (len(header) - 1)] for line in lines[: first.index]]
    table = Sheet(sheet.name, [*above, header, *rows], _how(blocks, labels))
    start = len(above) + 1  # the first row under the header
    return ParagraphForm(
        table,
        len(above),
        len(rows),
        table.how,
        *_roles(header, keys, action, blocks),
        frozenset((start + r, col) for r, col in pointers),
    )


def _rows(
    block: _Block, keys: list[str], action: str, before: bool
) -> tuple[list[list[str]], set[tuple[int, int]]]:
    """The item's rows, one per action, and the cells (row in the item, column) given
    by a pointer line."""
    count = len(block.sections[action])
    cells: list[list[str]] = [[block.ref, str(n)] for n in range(1, count + 1)]
    pointers: set[tuple[int, int]] = set()
    for key in keys:
        lines = block.sections.get(key, [])
        numbered = _by_number(lines, count)
        for n, row in enumerate(cells, 1):
            if numbered is not None and n in numbered.pointed:
                pointers.add((n - 1, len(row)))
            row.append("\n".join(numbered.lines.get(n, []) if numbered is not None else lines))
    if before:
        for row in cells:
            row.append("\n".join(block.before))
    return cells, pointers


def _roles(
    header: list[str], keys: list[str], action: str, blocks: list[_Block]
) -> tuple[dict[int, str], dict[int, str]]:
    """The item's number heads the recommendation; the unnumbered section written
    before the actions (the requirement) is its wording; the list's number is the ref."""
    column = {key: i + 2 for i, key in enumerate(keys)}
    roles = {0: "recommendation_ref", 1: "ref", column[action]: "action"}
    why = {
        0: f"the number after each '{header[0]}' heading",
        1: "the number of each line of the actions' list",
        column[action]: "the numbered list in every item",
    }
    wording = next((k for k in keys[: keys.index(action)] if _unnumbered(k, blocks)), None)
    if wording is not None:
        roles[column[wording]] = "recommendation"
        why[column[wording]] = "the section written before the actions, unnumbered"
    if len(header) > len(keys) + 2:
        roles[len(header) - 1] = "extra"
        why[len(header) - 1] = "lines under an item's heading before its first label"
    return roles, why


def _unnumbered(key: str, blocks: list[_Block]) -> bool:
    """A section whose lines carry no action's number in any item: the item's own."""
    return all(
        _by_number(b.sections.get(key, []), len(b.sections.get(key, []))) is None for b in blocks
    )


def _how(blocks: list[_Block], labels: dict[str, str], layout: str = "") -> str:
    """What ``--explain`` says of the form; ``layout`` (with its ", ") tells how each
    action is written where that is more than a labelled paragraph."""
    first = blocks[0]
    named = ", ".join(repr(label) for label in labels.values())
    return (
        f"form layout, paragraphs: {len(blocks)} items ('{first.label} {first.ref}' …)"
        f"{layout}, labelled {named}"
    )


# --- each action a line opened by its ref, its fields labelled on the lines under it ---


@dataclass
class _Action:
    ref: str  # "1.1"
    text: str
    opened: str = ""  # the label key after its number ("1. Action Required:"), if any
    lines: list[tuple[int, str]] = field(default_factory=list)  # (0-based row, line) under it
    fields: dict[str, list[str]] = field(default_factory=dict)  # label key -> its lines


def _read_labelled_actions(sheet: Sheet, lines: list[str]) -> ParagraphForm | None:
    """A plan written as prose: each item a heading, its wording after the number ("Area
    of weakness 1: The timeliness …"), each action a line opened by its ref under it
    ("• 1.1 Clear …") with its fields labelled on the lines below ("Lead: …", "By: …",
    "Progress: …"): the table a row per action would make, else None."""
    blocks = _blocks(lines, _WORDED_ITEM)
    if not blocks:
        return None
    spans = _spans(blocks, len(lines))
    opening = _opening_label(lines[blocks[0].index :])
    acts = [
        _actions_of(b, lines, start, end, opening)
        for b, (start, end) in zip(blocks, spans, strict=True)
    ]
    every = [a for block_acts in acts for a in block_acts]
    labels = _action_labels(every)
    if len(every) < MIN_ITEMS or not labels:
        return None
    if opening is not None:
        labels = {folded_label(opening): opening, **labels}
    end = _read_fields(every, labels)
    text = ACTION if opening is None else _answers_as_text(every, labels, folded_label(opening))
    header = [blocks[0].label, WORDING, REF, text, *labels.values()]
    noted = any(b.before for b in blocks)
    header += [f"{blocks[0].label} (as written)"] if noted else []
    rows = [
        _action_row(b, a, list(labels), noted)
        for b, block_acts in zip(blocks, acts, strict=True)
        for a in block_acts
    ]
    width = len(header)
    above = [[line, *[""] * (width - 1)] for line in lines[: blocks[0].index]]
    below = [[line, *[""] * (width - 1)] for line in lines[end:] if line]
    how = _how(blocks, labels, ", each action a line opened by its ref")
    table = Sheet(sheet.name, [*above, header, *rows, *below], how)
    roles = {0: "recommendation_ref", 1: "recommendation", 2: "ref", 3: "action"}
    why = {
        0: f"the number after each '{header[0]}' heading",
        1: "the wording after each heading's number",
        2: "the ref opening each action's line",
        3: "the line each ref opens",
    }
    if noted:
        roles[width - 1] = "extra"
        why[width - 1] = "lines under an item's heading before its first action"
    return ParagraphForm(table, len(above), len(rows), how, roles, why)


def _opening_label(lines: list[str]) -> str | None:
    """The label every numbered item opens with ("1. Action Required:", "2. Action
    Required:"), its numbers rising: each such line opens an action. None if there is
    no such label on two lines or more."""
    found = [(m["ref"], m["label"]) for line in lines if (m := _numbered_label(line))]
    keys = {folded_label(label) for _, label in found}
    if len(found) < MIN_ITEMS or len(keys) != 1 or not rises([ref for ref, _ in found]):
        return None
    return found[0][1]


def _numbered_label(line: str) -> re.Match[str] | None:
    m = _NUMBERED_LABEL.match(line)
    return m if m is not None and _may_label(m["label"]) else None


def _actions_of(
    block: _Block, lines: list[str], start: int, end: int, opening: str | None = None
) -> list[_Action]:
    """The item's actions, each a line opened by the item's number and its own ("1.1"),
    or by its own number and the ``opening`` label ("3. Action Required:"), with the
    lines under it, to ``end``; lines before the first are the item's (a context note)."""
    found: list[_Action] = []
    for i in range(start + 1, end):
        line = lines[i]
        m = _ACTION_LINE.match(line)
        numbered = _numbered_label(line) if opening is not None else None
        if numbered is not None and folded_label(numbered["label"]) == folded_label(opening or ""):
            action = _Action(numbered["ref"], "", folded_label(numbered["label"]))
            value = numbered["value"].strip()  # "1. Action Required:" alone: value under it
            action.fields[action.opened] = [value] if value else []
            found.append(action)
        elif m is not None and m["item"].casefold() == block.ref.casefold():
            found.append(_Action(m["ref"], m["text"].strip()))
        elif found and line:
            found[-1].lines.append((i, line))
        elif line:
            block.before.append(line)
    if not block.wording and block.before:  # the heading alone: its wording the line under it
        block.wording = block.before.pop(0)
    return found


def _labelled(line: str) -> tuple[str, str] | None:
    """("Lead", "Head of Inclusion") for "Lead: Head of Inclusion"; ("Response", "") for
    "Response:" alone, its value on the lines under it."""
    if line.endswith(":") and (_may_label(line) or _PROMPT_LINE.match(line)):
        return line.removesuffix(":").strip(), ""
    found = label_value(line)
    return found if found is not None and _may_label(found[0]) else None


def _action_labels(actions: list[_Action]) -> dict[str, str]:
    """The labels opening lines under two actions or more (key -> as first written)."""
    seen: dict[str, int] = {}
    written: dict[str, str] = {}
    for action in actions:
        keys = {
            folded_label(pair[0]): pair[0] for _, line in action.lines if (pair := _labelled(line))
        }
        for key, label in keys.items():
            seen[key] = seen.get(key, 0) + 1
            written.setdefault(key, label)
    return {key: label for key, label in written.items() if seen[key] >= MIN_ITEMS}


def _read_fields(actions: list[_Action], labels: dict[str, str]) -> int:
    """Each action's lines into its labelled fields, an unlabelled line going with the
    one above; the row after the last line read (past the last action's labelled lines
    an unlabelled one closes the document: a note, as below a table)."""
    end = 0
    for action in actions:
        current: list[str] | None = action.fields.get(action.opened)
        waiting = current is not None and not current  # a label alone: its value under it
        for i, line in action.lines:
            pair = _labelled(line)
            if pair is not None and folded_label(pair[0]) in labels:
                current = action.fields.setdefault(folded_label(pair[0]), [])
                current += [pair[1]] if pair[1] else []
                waiting = not pair[1]
            elif action is actions[-1] and current is not None and not waiting:
                break  # "Next report to the Board: February 2027." closes the paper
            elif current is not None:
                current.append(line)
                waiting = False
            else:
                action.text = f"{action.text}\n{line}"
            end = i + 1
    return end


def _answers_as_text(actions: list[_Action], labels: dict[str, str], opening: str) -> str:
    """Items opened by a numbered label ("1. Action Required:" over the requirement)
    answer a prompt naming the actions ("Please state the actions you have taken or are
    planning to take:"): the answer is the action, the requirement a field. With no such
    prompt, the lines under the opening label are the action. The label as written
    heads the action's column."""
    asks = next((k for k in labels if k != opening and best_field(labels[k]) == "action"), None)
    text = asks or opening
    for action in actions:
        action.text = "\n".join(action.fields.pop(text, []))
    return labels.pop(text)


def _action_row(block: _Block, action: _Action, keys: list[str], noted: bool) -> list[str]:
    cells = [block.ref, block.wording, action.ref, action.text]
    cells += ["\n".join(action.fields.get(key, [])) for key in keys]
    return cells + (["\n".join(block.before)] if noted else [])
