"""The work behind each sub-command; printing is the only UI here."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

from actionplan.list_table import print_table, terminal_width
from store import Store
from store.calendar_words import misspelt_date_word
from store.models import RAGS, STATUSES, ActionQuery, ActionRow, Rag, Status
from store.schema import needs_writing, private_copy
from store.store import clears_rag
from store.text import printable
from store.wording import DONE_HAS_NO_RAG, due_change, rag_word, status_word

RAG_WORDS: dict[str, Rag | None] = {
    **{r: r for r in RAGS},
    **{r[0]: r for r in RAGS},
    "none": None,
    "-": None,
}


class UserError(Exception):
    """A problem with what the user asked for; exit code 1."""


def open_store(
    db: Path, args: argparse.Namespace, create: bool = False, reading: bool = False
) -> Store:
    """Open the database; only importing may create one. Every other command
    refuses a path that holds none yet (missing, empty, or SQLite without our
    tables) and leaves it as it was. A command that only reads (``reading``)
    opens it read-only and leaves nothing beside it.

    A path given with ``--db`` may be a symlink or another user's file: the
    user chose it. The default path may not (see ``store.opening``).
    """
    explicit = getattr(args, "db", None) is not None
    if reading:
        return Store.open_for_reading(db, announce_upgrade, explicit)
    store = Store.open(db, announce_upgrade, explicit, create)
    store.on_wait = _announce_wait
    return store


_WAITED: list[str] = []  # files a wait was said for: once per command, not per write


def _announce_wait(path: str) -> None:
    """Say why a write is slow to start: another program is writing the file."""
    if path not in _WAITED:
        _WAITED.append(path)
        print(f"waiting for {path}: in use by another program…", file=sys.stderr, flush=True)


def announce_upgrade(db: Path) -> None:
    """Say why the first start of a new version may take a moment."""
    print(
        f"actionplan: {db}: upgrading for this version (a backup is written beside it first)",
        file=sys.stderr,
        flush=True,
    )


def parse_status(word: str) -> tuple[Status, Rag | None]:
    """A status word as users write it, and the RAG it implies: every word the importer
    reads as a status in a plan ("in progress", "on track", "complete"; "off track" is in
    progress and red), so a word a plan uses is one the command takes."""
    own = word.strip().lower().replace(" ", "_").replace("-", "_")
    if own in STATUSES:  # the app's own words, without loading the importer (seconds)
        return own, None
    from importers.vocab import read_status  # one vocabulary: the plans' own words

    status, rag = read_status(word)
    if status is not None:
        return status, rag
    if rag is not None:
        raise UserError(f"--status: {word!r} is a RAG (use --rag {word.strip()})")
    choices = ", ".join(status_word(s).lower() for s in STATUSES)
    raise UserError(
        f"--status: unknown status {word!r} (use one of {choices};"
        " a plan's words such as on track, off track or complete)"
    )


def parse_rag(word: str) -> Rag | None:
    """A RAG word: red, amber, green (or r, a, g), or none."""
    try:
        return RAG_WORDS[word.strip().lower()]
    except KeyError:
        raise UserError(f"--rag: unknown RAG {word!r} (use red, amber, green or none)") from None


def parse_date(value: str, option: str) -> dt.date:
    """An option's date in any wording the due box reads ("2026-11-01", "1/11/2026",
    "30 Nov 2026", "next fri"), as the TUI's dialogs take it."""
    from importers.dates import NotADate, read_due_input
    from store.clock import today

    try:
        due = read_due_input(value, today()).due
    except NotADate as refused:
        due, reason = None, refused.reason
    else:
        reason = None
    if slip := misspelt_date_word(value):  # "31 Janaury 2027" read as the year alone
        due, reason = None, slip
    if due is None:
        example = "e.g. 2026-11-01, 1/11/2026 or 30 Nov 2026"
        raise UserError(f"{option}: {reason or f'cannot read a date in {value!r}'} ({example})")
    return due


# ------------------------------------------------------------------- list
def list_actions(db: Path, args: argparse.Namespace) -> int:
    """``actionplan list``: a readable table, or JSON with --json."""
    query = _query(args)
    store = open_store(db, args, reading=True)
    try:
        if args.plan:
            query = replace(query, plan_id=store.plan_by_title(args.plan).id)
        if args.lead:
            query = replace(query, person=store.person_named(args.lead, query.plan_id))
        rows = list(store.iter_actions(query))
        if args.json:
            extras = store.extras([r.id for r in rows])
            _print_json([_action_json(r, *extras[r.id]) for r in rows])
        else:
            # found as responsible officer of an action they do not lead: say so, in a
            # Responsible column, or they appear nowhere in their own list
            person = query.person
            responsible = person is not None and any(person not in r.leads for r in rows)
            # a BRAG plan's done actions are Blue, as the papers and the TUI say
            blue = frozenset(p for p in {r.plan_id for r in rows} if store.rates_blue(p))
            _print_table(rows, responsible, blue)
    finally:
        store.close()
    return 0


def _query(args: argparse.Namespace) -> ActionQuery:
    statuses = {_status_filter(s) for s in args.status.split(",")} if args.status else set()
    rags = {parse_rag(r) or "none" for r in args.rag.split(",")} if args.rag else set()
    due_before = parse_date(args.due_before, "--due-before") if args.due_before else None
    return ActionQuery(
        statuses=frozenset(statuses),
        rags=frozenset(rags),
        overdue=args.overdue,
        due_before=due_before,
        text=args.search or "",
    )


def _status_filter(word: str) -> Status:
    """A status to list by. A word that is a status and a RAG ("off track") is refused
    with the two filters it stands for: read as its status alone, it listed every
    action in progress, on track ones too."""
    status, rag = parse_status(word)
    if rag is not None:
        raise UserError(
            f"--status: {word.strip()!r} is {status_word(status).lower()} and rated {rag}:"
            f' list with --status "{status_word(status).lower()}" --rag {rag}'
        )
    return status


def _action_json(row: ActionRow, fields: dict[str, str], updates: list[Any]) -> dict[str, Any]:
    return {
        "plan": row.plan_title,
        "recommendation": row.recommendation_ref,
        "ref": row.ref,
        "text": row.text,
        "leads": row.leads,
        "responsible": row.responsible,
        "due": row.due.isoformat() if row.due else None,
        "due_text": row.due_text,
        "original_due": row.original_due.isoformat() if row.original_due else None,
        "due_changes": row.due_changes,
        "status": row.status,
        "rag": row.rag,
        "overdue": row.overdue,
        "fields": fields,
        # The latest *dated* update: an undated one (date null below) has unknown age.
        "last_update": row.last_update.isoformat() if row.last_update else None,
        "missing_from": row.missing_from,  # "not in dec.xlsx imported 2 Dec 2026", or null
        "updates": [u.model_dump(mode="json") for u in updates],
    }


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def _print_table(
    rows: list[ActionRow], responsible: bool = False, blue: frozenset[int] = frozenset()
) -> None:
    """The table (``list_table``), fitted to the terminal, and the counts under it."""
    print_table(rows, terminal_width(), responsible, blue)
    overdue = sum(r.overdue for r in rows)
    missing = sum(bool(r.missing_from) for r in rows)
    gone = f", {missing} not in the latest file (?)" if missing else ""
    print(f"{counted(len(rows), 'action')}, {overdue} overdue{gone}")


def counted(n: int, noun: str) -> str:
    """ "1 action", "2 actions"."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


# ------------------------------------------------------------------ plans
def list_plans(db: Path, args: argparse.Namespace) -> int:
    """``actionplan plans``: number, title and counts of each plan."""
    store = open_store(db, args, reading=True)
    try:
        plans = sorted(store.plans(), key=lambda p: p.id)  # by the number a user picks by
    finally:
        store.close()
    print(f"{'No':>3}  {'Actions':>7}  {'Done':>5}  {'Overdue':>7}  Title")
    for p in plans:
        title = printable(p.title, True)
        print(f"{p.id:>3}  {p.actions:>7,}  {p.done:>5,}  {p.overdue:>7,}  {title}")
    print(counted(len(plans), "plan"))
    return 0


# ----------------------------------------------------------------- update
def update(db: Path, args: argparse.Namespace) -> int:
    """``actionplan update REF``: quick edits, each recorded in history."""
    status, implied = parse_status(args.status) if args.status else (None, None)
    rag_given = args.rag is not None or implied is not None
    # --rag wins over the RAG a status word implies ("off track" is red)
    rag = parse_rag(args.rag) if args.rag is not None else implied
    if args.note is not None and not args.note.strip():
        raise UserError("--note: must not be empty")
    store = open_store(db, args)
    try:
        due = _parse_due(args.due, store.today()) if args.due is not None else None
        plan_id = store.plan_by_title(args.plan).id if args.plan else None
        action = store.find_action(args.ref, plan_id)
        # one edit (one undo), labelled by the writes in it that changed something
        with store.writing("update"):
            done = _apply_update(store, action, status, (rag_given, rag), due, args.note)
    finally:
        store.close()
    print(f"{action.ref}: " + (", ".join(done) if done else "nothing changed"))
    return 0


def _parse_due(text: str, today: dt.date) -> tuple[dt.date | None, str, str]:
    from importers.dates import NotADate, read_due_input, typed_wording

    if slip := misspelt_date_word(text):  # "31 Janaury 2027" read as the year alone
        raise UserError(f"--due: {slip}")
    try:
        parsed = read_due_input(text, today)
    except NotADate as refused:
        raise UserError(f"--due: {refused.reason or f'cannot read a date in {text!r}'}") from None
    return parsed.due, typed_wording(text), parsed.precision


def _apply_update(
    store: Store,
    action: ActionRow,
    status: Status | None,
    rag: tuple[bool, Rag | None],
    due: tuple[dt.date | None, str, str] | None,
    note: str | None,
) -> list[str]:
    done: list[str] = []  # each change old → new, in words, as list and the TUI say them
    restored = store.rag_on_reopening(action, status) if status else None
    if status and store.set_status(action.id, status):
        done.append(f"status {status_word(action.status)} → {status_word(status)}")
        if clears_rag(action.status, status, action.rag):
            done.append(f"RAG {rag_word(action.rag)} → {rag_word(None)}")
        if restored is not None:  # reopened: rated again as before its closing
            done.append(f"RAG {rag_word(None)} → {rag_word(restored)}")
    if rag[0] and rag[1] and (status or action.status) == "done":
        # one completion rule on every path: a done action is not rated
        done.append(f"RAG {rag_word(rag[1])} not applied: {DONE_HAS_NO_RAG}")
    elif rag[0] and store.set_rag(action.id, rag[1]):
        done.append(f"RAG {rag_word(action.rag)} → {rag_word(rag[1])}")
    if due and store.set_due(action.id, due[0], due[1], cast(Any, due[2])):
        done.append(due_change((action.due, action.due_text), (due[0], due[1])))
    if note:
        store.add_update(action.id, note)
        done.append("update added")
    return done


# ----------------------------------------------------------------- import
def import_files(db: Path, args: argparse.Namespace) -> int:
    """``actionplan import FILE...``: every file in one transaction."""
    from actionplan import chase_cmd, profiles_cmd
    from importers import ImportFailure, ImportOptions
    from importers.apply import load_all, merge_all, summary
    from store.clock import today

    replies = chase_cmd.split_replies(args.files)  # before the plan importer sees them
    chase_cmd.refuse_mixed(replies, args.files)
    if replies and not args.explain:
        return chase_cmd.import_replies(db, args, replies)
    if args.plan:
        args.plan = import_plan_title(db, args.plan)
    options = _import_options(args, today(), ImportOptions)
    profiles_cmd.check_save(args)
    if args.explain:
        return _explain(args.files, options, args.save_profile)
    progress = _progress_printer()
    try:
        results = load_all(args.files, options, progress)
    except ImportFailure as exc:
        raise UserError(str(exc)) from None
    if args.save_profile:
        profiles_cmd.check_savable(results[0])  # before the database is touched
    with tempfile.TemporaryDirectory() as scratch:
        if args.dry_run and not db.exists():  # a dry run must not create the file
            store = Store.open(Path(scratch) / "dry-run.db")
        elif args.dry_run:  # nor upgrade it, nor need to write it or wait for its writer
            store = dry_run_copy(db, Path(scratch))
        else:
            store = open_store(db, args, create=True)
        try:
            reports = merge_all(store, results, args.dry_run, progress)
        except ImportFailure as exc:  # a large CSV is read as it is stored: rolled back
            raise UserError(str(exc)) from None
        finally:
            store.close()
    print("\n".join(summary(results, reports, args.dry_run)))
    if args.save_profile:
        print(profiles_cmd.save_from(args.save_profile, results[0], options.today))
    return 0


def import_plan_title(db: Path, given: str) -> str:
    """``import --plan``, read as every command reads ``--plan``: an existing plan's
    number, title or unique start of one (the file merges into it). A name that fits
    no plan titles a new one, but a bare number does not: "2" meant plan 2, and
    making a plan titled "2" is never what was asked."""
    from store.errors import NotFoundError
    from store.opening import plan_sources, plan_titles
    from store.reads import pick_plan

    plans = plan_titles(db)
    try:
        return pick_plan(plans, given, lambda ids: plan_sources(db, ids)).title
    except NotFoundError as exc:
        if any(p.title.casefold().startswith(given.strip().casefold()) for p in plans):
            raise UserError(f"--plan: {exc}") from None  # a start of several titles
        if given.strip().isdigit():
            raise UserError(
                f"--plan: no plan numbered {given.strip()} (see: actionplan plans);"
                " give a title to import as a new plan"
            ) from None
    return given


def dry_run_copy(db: Path, scratch: Path) -> Store:
    """A private copy of ``db`` for a dry run to merge into and roll back: a read-only
    database (refused), one another program is writing (8 s of waiting, then refused)
    or one that needs upgrading (upgraded) are all only read."""
    needs_writing(db)  # refuses a file that is not ours, as opening it would
    return Store.open(private_copy(db, scratch / "dry-run.db"))


def _explain(paths: list[Path], options: Any, save_as: str | None) -> int:
    """``import --explain``: each stage's result for every file; no database is opened."""
    from actionplan import profiles_cmd
    from importers import ImportFailure, load
    from importers.explain import explain_file

    try:
        lines = [line for path in paths for line in explain_file(path, options)]
        if save_as:
            lines.append(profiles_cmd.save_from(save_as, load(paths[0], options), options.today))
    except ImportFailure as exc:
        raise UserError(str(exc)) from None
    print("\n".join(lines))
    return 0


def _progress_printer() -> Any:
    """Progress on stderr for large imports, only when a person is watching."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total >= 5000:
            end = "\n" if done >= total else ""
            print(f"\r  {done:,} of {total:,} rows", end=end, file=sys.stderr, flush=True)

    return show


def _import_options(args: argparse.Namespace, today: dt.date, options_type: Any) -> Any:
    mapping: dict[str, str] = {}
    for item in args.map:
        column, sep, field = item.rpartition("=")
        if not sep or not column.strip():
            raise UserError(f"--map: expected COLUMN=FIELD, got {item!r}")
        mapping[column.strip()] = field.strip()
    return options_type(
        plan_title=args.plan,
        mapping=mapping,
        encoding=args.encoding,
        sheet=args.sheet,
        header_row=args.header_row,
        today=today,
        profile=args.profile,
        use_profiles=not args.no_profile,
    )


# ----------------------------------------------------------------- export
def export(db: Path, args: argparse.Namespace) -> int:
    """``actionplan export``: a report or the lossless JSON, to a file or stdout."""
    from reports import ReportError
    from reports.files import check_target, write_export
    from store.exports import record_export

    since = _since(args.since) if args.since else None
    if since and args.format in ("csv", "json"):  # lossless files: no changes section to add
        raise UserError(
            f"--since: the {args.format} export has no changes section (use html, md, docx or xlsx)"
        )
    try:
        if args.output:
            check_target(args.output, db, args.force)
        store = open_store(db, args, reading=not args.output)  # -o: the export is recorded
        try:
            plans = [store.plan_by_title(args.plan)] if args.plan else store.plans(counts=False)
            data = _export_bytes(store, args.format, args.plan, since)
            if args.output:
                write_export(args.output, data, db, args.force)
                note = record_export(store, [p.id for p in plans], args.format, args.output)
                if note:
                    print(f"note: {note}", file=sys.stderr)
        finally:
            store.close()
    except ReportError as exc:
        raise UserError(str(exc)) from None
    if args.output:
        print(f"wrote {args.output} ({len(data):,} bytes)", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def _since(typed: str) -> dt.date:
    """``--since``: a day behind today ("1 nov" is the last 1 November, not next year's)."""
    from reports.since import since_day
    from store.clock import today

    try:
        return since_day(typed, today())
    except ValueError as refused:
        raise UserError(f"--since: {refused}") from None


def _export_bytes(store: Store, fmt: str, plan: str | None, since: dt.date | None) -> bytes:
    from reports import export as render

    return render(store, fmt, plan, since)
