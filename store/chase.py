"""Chasing leads: the packs sent to them, and their replies merged back safely.

A pack is one lead's open actions of one plan, as they stood when it was
made (kept in ``chase_pack_actions``). Each row of the workbook carries the
action's id, the pack's id and a check digest of both with the plan's id, so
a reply is matched exactly whatever its file is called, and a row whose
identifiers were edited (or that belongs to another plan or database) is
refused. The digest is a guard against accidents and casual edits, not a
signature: anyone who reads this file can recompute it.

Applying a reply is one recorded edit (history, undo): its status, RAG and
due changes go through ``store.apply.change``, its progress notes are
updates, and each applied reply row is kept so the same reply imported
again changes nothing. Never imports Textual.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from store.apply import change, person_key, post_holder, read_field
from store.clock import now_iso
from store.core import Writer, fetch_dicts
from store.errors import StoreError
from store.models import REPLY_LABEL, STATUS_LABELS, ActionQuery, ActionRow, Rag, Status
from store.no_one import names_no_one
from store.store import reopens_rag, write_status
from store.text import printable, unified
from store.wording import DONE_HAS_NO_RAG, due_change
from store.wording import day as day_words

if TYPE_CHECKING:
    from store.store import Store

OPEN_STATUSES: frozenset[Status] = frozenset({"not_started", "in_progress", "blocked"})


class ReplyRefused(StoreError):
    """A reply that cannot be applied at all; nothing of it is written."""


# A row imported before from this very reply (same pack, action and filled cells).
ALREADY = "already imported; nothing changed"


@dataclass(frozen=True, slots=True, kw_only=True)
class Pack:
    """One lead's update request: the actions it lists, as they were when it was made."""

    id: str
    plan_id: int
    plan_title: str
    lead: str
    created_at: str
    reply_by: dt.date | None
    actions: list[ActionRow]


@dataclass(frozen=True, slots=True, kw_only=True)
class PackState:
    """An action's status, RAG and due as the pack showed them."""

    status: Status
    rag: Rag | None
    due: str | None
    due_text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SentPack:
    """A pack as recorded: who it went to, when, and what each action was then."""

    id: str
    plan_id: int
    lead: str
    created_at: str
    states: dict[int, PackState]

    @property
    def created_on(self) -> dt.date:
        """The day the pack was made."""
        return dt.date.fromisoformat(self.created_at[:10])


@dataclass(frozen=True, slots=True, kw_only=True)
class Answer:
    """One filled row of a reply, its words already read into values."""

    line: int  # the row number in the workbook, for messages
    ref: str  # the ref the row shows (for messages only: identity is ``action_id``)
    action_id: str
    pack_id: str
    check: str
    status: Status | None = None
    status_unread: str = ""  # a New status no status word reads, kept as written
    status_hint: str = ""  # its obvious reading, said only ("did you mean In progress?")
    rag: Rag | None = None
    rag_unread: str = ""  # a New RAG no RAG word reads ("Amebr"): said, the RAG kept
    rag_hint: str = ""  # its obvious reading, said only ("did you mean Green?")
    due: tuple[dt.date | None, str, str] | None = None  # (date, as written, precision)
    due_unread: str = ""  # a New due no date reads ("after the panel"): said, the due kept
    due_why: str = ""  # why not, where the reader says ("30 February 2027 does not exist")
    progress: str = ""
    fingerprint: str = ""  # what the lead filled in, so the same answer is applied once

    @property
    def filled(self) -> bool:
        """Did the lead fill in anything on this row?"""
        words = (self.status, self.status_unread, self.rag, self.rag_unread)
        return bool(any(words) or self.due or self.due_unread or self.progress)


@dataclass(frozen=True, slots=True, kw_only=True)
class Reply:
    """A reply workbook read: its pack, the day it was filled, its filled rows."""

    source: str
    pack_id: str
    filled_on: dt.date
    answers: list[Answer]  # every row, filled or not: all must match the pack
    filled_note: str = ""  # why ``filled_on`` is not the day the reply says, if it is not

    @property
    def untouched(self) -> int:
        """Rows the lead left empty."""
        return sum(not a.filled for a in self.answers)


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplyReport:
    """What applying a reply did (or would do), one line per ref."""

    source: str
    lead: str
    plan_title: str
    pack_created: dt.date
    filled_on: dt.date
    filled_note: str = ""
    lines: list[str] = field(default_factory=list)
    untouched: int = 0
    repeated: int = 0  # rows already imported from this very reply: nothing changed

    @property
    def all_repeated(self) -> bool:
        """Every filled row was imported before: the reply changed nothing this time."""
        return self.repeated == len(self.lines) > 0

    def head(self) -> str:
        """ "reply of Joanne Pike to the pack of 5 Dec 2026 (Plan), filled 5 Dec 2026":
        each day written as the lines under it write one."""
        return (
            f"reply of {printable(self.lead, True)} to the pack of"
            f" {day_words(self.pack_created)} ({printable(self.plan_title, True)}),"
            f" filled {day_words(self.filled_on)}"
        )

    def body(self) -> list[str]:
        """What merging the reply does, action by action: the CLI prints these lines and
        the TUI's reply dialog shows them."""
        lines = [self.filled_note] if self.filled_note else []
        lines += [printable(line, True) for line in self.lines]
        if self.untouched:
            rows = f"{self.untouched} row{'s' * (self.untouched != 1)}"
            lines.append(f"{rows} left empty: nothing to do")
        return lines


@dataclass(frozen=True, slots=True, kw_only=True)
class LeadChase:
    """Packs sent to a lead and replies received from them (dashboard)."""

    lead: str
    packs: int
    replies: int
    last_sent: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ReplyReceived:
    """A reply row merged into an action (weekly review)."""

    lead: str
    filled_on: dt.date
    summary: str


def pack_check(plan_id: int, action_id: int, pack_id: str) -> str:
    """The check digest a pack row carries (see the module's note: a guard only)."""
    text = f"actionplan pack|{plan_id}|{action_id}|{pack_id}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


# ------------------------------------------------------------------ packs
@dataclass(frozen=True, slots=True)
class Window:
    """Which open actions a chase asks about: all; those due within ``due_within`` days
    of today (overdue ones among them; undated ones not); or overdue ones only."""

    due_within: int | None = None
    overdue: bool = False
    # Actions the plan's latest file no longer lists are left out unless asked for: a
    # lead is not chased for what the plan has dropped, nor told it is still theirs.
    with_missing: bool = False

    def holds(self, row: ActionRow, today: dt.date) -> bool:
        """Is the open action ``row`` in the window?"""
        if row.missing_from and not self.with_missing:
            return False
        if self.overdue:
            return row.overdue
        if self.due_within is None:
            return True
        return row.due is not None and row.due <= today + dt.timedelta(days=self.due_within)

    def actions(self, one: bool = False) -> str:
        """The window's actions in words: "open actions due within 30 days", "overdue
        actions"; ``one``: as after "has no" ("open action due in that window")."""
        noun = "action" if one else "actions"
        if self.overdue:
            return f"overdue {noun}"
        if self.due_within is None:
            return f"open {noun}"
        return f"open {noun} due " + ("in that window" if one else f"within {self.due_within} days")


def none_in(window: Window, lead: str | None) -> str:
    """Why nothing is chased when leads have open actions but none in ``window``: "Head
    of Resources has no open action due in that window" (``lead`` None: no one has)."""
    if lead is None:
        return f"no lead has an {window.actions(one=True)}"
    return f"{lead} has no {window.actions(one=True)}"


def nothing_to_chase(window: Window) -> str:
    """What the CLI and the TUI say when no lead has an action in ``window``."""
    return f"Nothing to chase: {none_in(window, None)}"


def left_out_words(n: int) -> str:
    """ "1 action left out: not in the plan's latest file", said by the CLI and the TUI."""
    return f"{n} action{'s' * (n != 1)} left out: not in the plan's latest file"


def open_actions_by_lead(
    store: Store, plan_id: int, window: Window = Window()
) -> dict[str, list[ActionRow]]:
    """Each lead's open actions in the plan in ``window`` (all by default), overdue
    first, then by due date."""
    return _open_actions_by(store, plan_id, window, lambda row: row.leads)


def open_actions_by_person(
    store: Store, plan_id: int, window: Window = Window()
) -> dict[str, list[ActionRow]]:
    """Each person's open actions in the plan in ``window``, those they lead and those
    they are the responsible officer for: whom ``chase --lead`` chases (``list --lead``
    finds the same), so a responsible officer who leads nothing is among them."""
    return _open_actions_by(store, plan_id, window, lambda row: [*row.leads, *row.responsible])


def _open_actions_by(
    store: Store, plan_id: int, window: Window, people: Callable[[ActionRow], list[str]]
) -> dict[str, list[ActionRow]]:
    query = ActionQuery(plan_id=plan_id, statuses=OPEN_STATUSES)
    today = store.today()
    names = known_names(store)
    out: dict[str, dict[int, ActionRow]] = {}
    for row in store.iter_actions(query):
        if not window.holds(row, today):
            continue
        for person in people(row):  # a post and its holder by name: one pack, one greeting
            if not names_no_one(person):  # "Dear TBC," reaches no one
                out.setdefault(person_called(person, names), {})[row.id] = row
    return {name: sorted(rows.values(), key=_chase_order) for name, rows in sorted(out.items())}


def known_names(store: Store) -> dict[str, str]:
    """Everyone on a live action, by ``person_key``: the names a pack can greet."""
    return {person_key(p.name): p.name for p in store.people()}


def person_called(lead: str, names: dict[str, str]) -> str:
    """What a pack calls ``lead``: the holder's name where it is a post with its holder
    in brackets and the holder leads or is named elsewhere by that name ("Chief
    Executive (Helen Ward)" → "Dear Helen Ward,", one person with the plan that writes
    "Helen Ward"), else the lead as written."""
    holder = post_holder(lead)
    return names.get(person_key(holder), lead) if holder else lead


def open_actions_of(
    store: Store, plan_id: int, person: str, window: Window = Window()
) -> list[ActionRow]:
    """The open actions in the plan in ``window`` that ``person`` leads or is the
    responsible officer for (as ``list --lead`` finds them), overdue first, then by due."""
    query = ActionQuery(plan_id=plan_id, statuses=OPEN_STATUSES, person=person)
    today = store.today()
    rows = [row for row in store.iter_actions(query) if window.holds(row, today)]
    return sorted(rows, key=_chase_order)


def _chase_order(row: ActionRow) -> tuple[bool, dt.date]:
    return not row.overdue, row.due or dt.date.max  # a stable sort keeps plan order after


def record_packs(
    store: Store,
    plan_id: int,
    groups: dict[str, list[ActionRow]],
    reply_by: dt.date | None,
) -> list[Pack]:
    """Record one pack per lead, with each action's state now; all in one transaction.

    Not an edit of the plan (nothing in it changes), so not in undo history.
    """
    title = next(p.title for p in store.plans(counts=False) if p.id == plan_id)
    packs = [
        Pack(
            id=secrets.token_hex(6),
            plan_id=plan_id,
            plan_title=title,
            lead=lead,
            created_at=now_iso(),
            reply_by=reply_by,
            actions=rows,
        )
        for lead, rows in groups.items()
    ]
    with store.writing("chase") as w:
        for pack in packs:
            _insert_pack(w, pack)
    return packs


def _insert_pack(w: Writer, pack: Pack) -> None:
    w.execute(
        "INSERT INTO chase_packs (id, plan_id, lead, created_at, reply_by) VALUES (?, ?, ?, ?, ?)",
        (
            pack.id,
            pack.plan_id,
            pack.lead,
            pack.created_at,
            pack.reply_by.isoformat() if pack.reply_by else None,
        ),
    )
    w.conn.executemany(
        "INSERT INTO chase_pack_actions (pack_id, action_id, status, rag, due, due_text)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (pack.id, a.id, a.status, a.rag, a.due.isoformat() if a.due else None, a.due_text)
            for a in pack.actions
        ],
    )


def sent_pack(store: Store, pack_id: str, source: str) -> SentPack:
    """The recorded pack a reply answers; refused when this database never made it."""
    with store.reading() as conn:
        head = conn.execute(
            "SELECT plan_id, lead, created_at FROM chase_packs WHERE id = ?", (pack_id,)
        ).fetchone()
        rows = fetch_dicts(
            conn,
            "SELECT action_id, status, rag, due, due_text FROM chase_pack_actions"
            " WHERE pack_id = ?",
            (pack_id,),
        )
    if head is None:
        raise ReplyRefused(
            f"{source}: its pack {pack_id!r} was not made from this database"
            " (another database's, or edited); nothing was written"
        )
    states = {int(r.pop("action_id")): PackState(**r) for r in rows}
    return SentPack(id=pack_id, plan_id=head[0], lead=head[1], created_at=head[2], states=states)


# ---------------------------------------------------------------- replies
def apply_replies(
    store: Store, replies: list[Reply], theirs: bool = False, dry_run: bool = False
) -> list[ReplyReport]:
    """Check every row of every reply, then apply them all in one transaction, each
    reply its own recorded edit (its own undo step).

    A row whose identifiers do not match its pack refuses everything. With
    ``dry_run`` the same work is done and rolled back: the report is exact.
    """
    if not replies:
        return []
    packs = [sent_pack(store, r.pack_id, r.source) for r in replies]
    for reply, pack in zip(replies, packs, strict=True):
        try:
            _check_rows(reply, pack)
        except ReplyRefused as refused:
            raise ReplyRefused(_batch_refused(str(refused), reply.source, len(replies))) from None
    try:
        with store.writing(REPLY_LABEL + packs[0].lead) as w:
            reports = []
            for reply, pack in zip(replies, packs, strict=True):
                # all or nothing, but one undo step per reply, in the plan it answers:
                # one command's eight replies to two plans were one step that Ctrl+Z in
                # one plan offered whole, the other plan's actions with it
                w.next_batch(REPLY_LABEL + pack.lead)
                reports.append(_apply(w, reply, pack, theirs))
            if dry_run:
                raise _DryRun(reports)
    except _DryRun as rolled:
        return rolled.reports
    return reports


class _DryRun(Exception):
    def __init__(self, reports: list[ReplyReport]) -> None:
        super().__init__("dry run")
        self.reports = reports


def _batch_refused(message: str, source: str, replies: int) -> str:
    """A refusal of one reply among several says that the others were not merged either
    (all or nothing) and what to do: one wrong-plan row among ten replies named only its
    own file, and the other nine looked merged."""
    if replies < 2:
        return message
    others = "reply was" if replies == 2 else f"{replies - 1} replies were"
    return (
        f"{message.removesuffix(NOTHING_WRITTEN)}; refused; nothing was written, the other"
        f" {others} not merged either: fix or remove {source!r} and run again"
    )


NOTHING_WRITTEN = "; the reply was refused and nothing was written"


def _check_rows(reply: Reply, pack: SentPack) -> None:
    seen: set[int] = set()
    for a in reply.answers:
        action_id = int(a.action_id) if a.action_id.isdigit() else -1
        ok = (
            a.pack_id == pack.id
            and action_id in pack.states
            and secrets.compare_digest(a.check, pack_check(pack.plan_id, action_id, pack.id))
        )
        if not ok:
            raise ReplyRefused(
                f"{reply.source}: row {a.line} (ref {a.ref or '?'}): its hidden identifiers do"
                " not match an action of this plan's pack (edited, or from another plan)"
                + NOTHING_WRITTEN
            )
        if action_id in seen:
            raise ReplyRefused(
                f"{reply.source}: row {a.line} (ref {a.ref}): the action appears twice"
                + NOTHING_WRITTEN
            )
        seen.add(action_id)


def _apply(w: Writer, reply: Reply, pack: SentPack, theirs: bool) -> ReplyReport:
    title = w.execute("SELECT title FROM plans WHERE id = ?", (pack.plan_id,)).fetchone()[0]
    applied = [
        _apply_answer(w, answer, pack, reply.filled_on, theirs)
        for answer in reply.answers
        if answer.filled
    ]
    return ReplyReport(
        source=reply.source,
        lead=pack.lead,
        plan_title=title,
        pack_created=pack.created_on,
        filled_on=reply.filled_on,
        filled_note=reply.filled_note,
        lines=[line for line, _ in applied],
        untouched=reply.untouched,
        repeated=sum(repeated for _, repeated in applied),
    )


def _unique_ref(w: Writer, action_id: int, ref: str) -> str:
    """The ref a reply's outcome line names the action by: "5.1.1" (recommendation and
    ref) where the plan numbers actions afresh in each part and several hold "1.1", so
    two lines of one reply never read as the same action (``update`` takes it too)."""
    row = w.execute(
        "SELECT r.ref, (SELECT count(*) FROM actions o WHERE o.plan_id = a.plan_id"
        " AND o.archived = 0 AND o.ref = a.ref) FROM actions a"
        " JOIN recommendations r ON r.id = a.recommendation_id WHERE a.id = ?",
        (action_id,),
    ).fetchone()
    return f"{row[0]}.{ref}" if row[1] > 1 else ref


def _apply_answer(
    w: Writer, a: Answer, pack: SentPack, filled_on: dt.date, theirs: bool
) -> tuple[str, bool]:
    """What one answer did, in a line, and whether this very answer was imported before."""
    action_id = int(a.action_id)
    ref, archived = w.execute(
        "SELECT ref, archived FROM actions WHERE id = ?", (action_id,)
    ).fetchone()
    ref = _unique_ref(w, action_id, ref)
    if _already_applied(w, pack.id, action_id, a.fingerprint):
        return f"{ref}: {ALREADY}", True
    if archived:
        return f"{ref}: the action was removed since the pack was made; nothing changed", False
    said = _apply_fields(w, action_id, a, pack.states[action_id], theirs)
    if a.due_unread:  # one lead's wording no date reads blocks no one else's reply
        why = f" ({a.due_why})" if a.due_why else ""
        said.insert(0, f"New due {a.due_unread!r} (row {a.line}) is not a date{why}; due kept")
    if a.rag_unread:  # a typo in a rating refuses nothing else the lead wrote
        hint = f" ({a.rag_hint})" if a.rag_hint else ""
        said.insert(
            0, f"New RAG {a.rag_unread!r} (row {a.line}) is not a RAG rating{hint}; RAG kept"
        )
    if a.status_unread:  # as the importer does with a status word it lacks: said, kept
        hint = f" ({a.status_hint})" if a.status_hint else ""
        said.insert(
            0, f"New status {a.status_unread!r} (row {a.line}) is not a status{hint}; status kept"
        )
    if a.progress:
        said.append(_add_progress(w, action_id, a.progress, pack.lead, filled_on))
    summary = "; ".join(said) or "nothing new (the values it gives are the current ones)"
    _record_reply(w, pack.id, action_id, a.fingerprint, filled_on, summary)
    return f"{ref}: {summary}", False


def _already_applied(w: Writer, pack_id: str, action_id: int, fingerprint: str) -> bool:
    return (
        w.execute(
            "SELECT 1 FROM chase_replies WHERE pack_id = ? AND action_id = ? AND answer = ?"
            " AND archived = 0",
            (pack_id, action_id, fingerprint),
        ).fetchone()
        is not None
    )


def _apply_fields(w: Writer, action_id: int, a: Answer, then: PackState, theirs: bool) -> list[str]:
    now = w.execute(
        "SELECT status, rag, due, due_text, due_precision FROM actions WHERE id = ?", (action_id,)
    ).fetchone()
    said: list[str] = []
    if a.status is not None:
        said += _one_field(w, action_id, "status", then.status, now[0], a.status, theirs)
    if a.rag is not None and _is_done(w, action_id):
        # one completion rule on every path: a done action is not rated, so a reply's
        # "Done" with "Green" left "Done / Green" in every paper
        said.append(f"RAG {_word('rag', a.rag)} not applied: {DONE_HAS_NO_RAG}")
    elif a.rag is not None:
        said += _one_field(w, action_id, "rag", then.rag, now[1], a.rag, theirs)
    if a.due is not None:
        wanted = {
            "due": a.due[0].isoformat() if a.due[0] else None,
            "due_text": a.due[1],
            "due_precision": a.due[2] if a.due[0] else "open",
        }
        current = {"due": now[2], "due_text": now[3], "due_precision": now[4]}
        said += _due_field(w, action_id, then, current, wanted, theirs)
    return said


def _is_done(w: Writer, action_id: int) -> bool:
    row = w.execute("SELECT status FROM actions WHERE id = ?", (action_id,)).fetchone()
    return bool(row[0] == "done")


def _one_field(
    w: Writer, action_id: int, name: str, then: Any, now: Any, reply: Any, theirs: bool
) -> list[str]:
    if reply == now:
        return []
    if then != now and not theirs:
        return [_conflict(name, _word(name, then), _word(name, now), _word(name, reply))]
    said = [f"{_label(name)} {_word(name, now)} → {_word(name, reply)}"]
    if name != "status":
        change(w, "action", action_id, name, reply)
        return said
    rag = read_field(w, "action", action_id, "rag")
    restored = reopens_rag(w.conn, action_id, now, reply, rag)  # "Not complete" rates again
    if (cleared := write_status(w, action_id, reply)[1]) is not None:  # "Complete" unrates
        said.append(f"RAG {_word('rag', cleared)} → none")
    if restored is not None:
        said.append(f"RAG none → {_word('rag', restored)}")
    return said


def _due_field(
    w: Writer,
    action_id: int,
    then: PackState,
    now: dict[str, Any],
    reply: dict[str, Any],
    theirs: bool,
) -> list[str]:
    if reply["due"] == now["due"]:
        return []
    if then.due != now["due"] and not theirs:
        return [_conflict("due", _day(then.due), _day(now["due"]), _day(reply["due"]))]
    change(w, "action", action_id, "due", reply)
    return [due_change(_deadline(now), _deadline(reply))]


def _deadline(value: dict[str, Any]) -> tuple[dt.date | None, str]:
    """A stored or replied deadline ("due" in ISO, "due_text") as a date and its wording."""
    due = dt.date.fromisoformat(value["due"]) if value["due"] else None
    return due, value["due_text"] or ""


def _conflict(name: str, then: str, now: str, reply: str) -> str:
    return (
        f"CONFLICT {_label(name)}: in the pack {then}, now {now}, reply {reply}"
        f" — kept {now} (--theirs takes the reply)"
    )


def _label(name: str) -> str:
    return "RAG" if name == "rag" else name


def _word(name: str, value: Any) -> str:
    if name == "status":
        return STATUS_LABELS.get(value, str(value))
    return str(value).capitalize() if value else "none"


def _day(iso: str | None) -> str:
    return day_words(dt.date.fromisoformat(iso)) if iso else "no date"


def _add_progress(w: Writer, action_id: int, text: str, lead: str, day: dt.date) -> str:
    """The lead's words as a dated update, attributed to them by name."""
    status = w.execute("SELECT status FROM actions WHERE id = ?", (action_id,)).fetchone()[0]
    text = unified(text)  # a line break pasted from Word, stored as an edit's is
    body = text if text.casefold().startswith(lead.casefold()) else f"{lead}: {text}"
    cur = w.execute(
        "INSERT INTO updates (action_id, date, text, status, created_at) VALUES (?, ?, ?, ?, ?)",
        (action_id, day.isoformat(), body, status, now_iso()),
    )
    w.record_created("update", int(cur.lastrowid or 0))
    w.touched_actions.add(action_id)
    return f"update added ({day_words(day)})"


def _record_reply(
    w: Writer, pack_id: str, action_id: int, fingerprint: str, day: dt.date, summary: str
) -> None:
    now = now_iso()
    cur = w.execute(
        "INSERT INTO chase_replies (pack_id, action_id, answer, filled_on, summary,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (pack_id, action_id, fingerprint, day.isoformat(), summary, now, now),
    )
    w.record_created("reply", int(cur.lastrowid or 0))


# ------------------------------------------------------------------ reads
def chase_by_lead(store: Store, plan_id: int) -> list[LeadChase]:
    """Per lead of the plan: packs sent, replies received (imports with a live row)."""
    with store.reading() as conn:
        rows = conn.execute(
            """SELECT p.lead, count(*), sum(EXISTS (SELECT 1 FROM chase_replies r
                   WHERE r.pack_id = p.id AND r.archived = 0)), max(p.created_at)
               FROM chase_packs p WHERE p.plan_id = ? GROUP BY p.lead ORDER BY p.lead""",
            (plan_id,),
        ).fetchall()
    return [LeadChase(lead=r[0], packs=r[1], replies=r[2] or 0, last_sent=r[3]) for r in rows]


def replies_since(store: Store, action_id: int, since: str | None) -> list[ReplyReceived]:
    """Reply rows merged into an action since ``since`` (an ISO time; None: all)."""
    with store.reading() as conn:
        rows = conn.execute(
            """SELECT p.lead, r.filled_on, r.summary FROM chase_replies r
               JOIN chase_packs p ON p.id = r.pack_id
               WHERE r.action_id = ? AND r.archived = 0 AND r.created_at >= ?
               ORDER BY r.created_at, r.id""",
            (action_id, since or ""),
        ).fetchall()
    return [
        ReplyReceived(lead=r[0], filled_on=dt.date.fromisoformat(r[1]), summary=r[2]) for r in rows
    ]
