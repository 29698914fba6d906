"""``actionplan chase`` and importing the replies it brings back; printing only."""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from actionplan.commands import UserError, counted, dry_run_copy, open_store
from store import Store

if TYPE_CHECKING:
    from importers.reply import RawReply
    from store.chase import ReplyReport
from store.text import printable


def chase(db: Path, args: argparse.Namespace) -> int:
    """``actionplan chase``: one workbook (and ``--text`` email body) per lead."""
    from reports import ReportError
    from reports.chase_run import ChaseRequest, missing_left_out
    from reports.chase_run import chase as make_packs
    from store.chase import Window, left_out_words, nothing_to_chase

    if args.due_within is not None and args.due_within < 0:
        raise UserError("--due-within: must be 0 or more days")
    store = open_store(db, args)
    try:
        request = ChaseRequest(
            plan_ids=_plan_ids(store, args.plan),
            folder=(args.output or Path.cwd()).expanduser(),
            lead=args.lead,
            window=Window(args.due_within, args.overdue, args.include_missing),
            reply_by=_reply_by(store, args.reply_by),
            text=args.text,
            replace=args.force,
        )
        written = make_packs(store, db, request)
        left_out = missing_left_out(store, request)
    except ReportError as exc:
        raise UserError(str(exc)) from None
    finally:
        store.close()
    several = len(request.plan_ids) > 1
    for pack in written:
        late = f", {pack.overdue} overdue" if pack.overdue else ""
        files = ", ".join(str(f) for f in pack.files)
        plan = f" ({printable(pack.plan_title, True)})" if several else ""
        print(
            f"{printable(pack.lead, True)}{plan}: {counted(pack.actions, 'action')}{late} → {files}"
        )
    if not written:
        print(nothing_to_chase(request.window))
    if left_out:
        print(f"{left_out_words(left_out)} (--include-missing chases them)")
    return 0


def _plan_ids(store: Store, plan: str | None) -> tuple[int, ...]:
    """The plan named, else every plan: a weekly chase asks every lead of every plan."""
    if plan:
        return (store.plan_by_title(plan).id,)
    plans = store.plans(counts=False)
    if not plans:
        raise UserError("no plans yet: import one first")
    return tuple(p.id for p in plans)


def _reply_by(store: Store, text: str | None) -> dt.date | None:
    if text is None:
        return None
    from importers.dates import NotADate, read_due_input

    try:
        due = read_due_input(text, store.today()).due
    except NotADate as refused:
        reason = refused.reason or f"cannot read a date in {text!r}"
        raise UserError(f"--reply-by: {reason}") from None
    if due is None:
        raise UserError(f"--reply-by: {text!r} names no date")
    return due


# ---------------------------------------------------------------- replies
def import_replies(db: Path, args: argparse.Namespace, paths: list[Path]) -> int:
    """``actionplan import`` of filled packs: read all, check all, apply all or nothing."""
    from importers import ImportFailure
    from importers.reply import read_reply

    if not db.exists():
        raise UserError(f"{db}: no such database, so no pack to answer")
    try:
        raws = [read_reply(p) for p in paths]
    except ImportFailure as exc:
        raise UserError(str(exc)) from None
    with tempfile.TemporaryDirectory() as scratch:
        if args.dry_run:  # never upgrades, writes nor waits for the file's writer
            store = dry_run_copy(db, Path(scratch))
        else:
            store = open_store(db, args)
        reports = _apply(store, raws, args)
    for report in reports:
        print("\n".join(_report_lines(report, args.dry_run)))
    return 0


def _apply(store: Store, raws: list[RawReply], args: argparse.Namespace) -> list[ReplyReport]:
    from importers import ImportFailure
    from importers.reply import resolve
    from store.chase import apply_replies, sent_pack

    try:
        today = store.today()
        try:
            packs = [sent_pack(store, r.pack_id, r.source) for r in raws]
            replies = [resolve(r, p.created_on, today) for r, p in zip(raws, packs, strict=True)]
        except ImportFailure as exc:
            raise UserError(str(exc)) from None
        if args.plan:
            _refuse_other_plan(store, args.plan, raws, [p.plan_id for p in packs])
        return apply_replies(store, replies, theirs=args.theirs, dry_run=args.dry_run)
    finally:
        store.close()


def _refuse_other_plan(store: Store, given: str, raws: list[RawReply], plans: list[int]) -> None:
    """A reply merges into the plan its pack came from: ``--plan`` naming another is
    refused, not ignored (the user meant that plan, and would see the other changed)."""
    chosen = store.plan_by_title(given)
    for raw, plan_id in zip(raws, plans, strict=True):
        if plan_id != chosen.id:
            theirs = next(p.title for p in store.plans(counts=False) if p.id == plan_id)
            raise UserError(
                f"{raw.source}: a reply to plan {plan_id} {printable(theirs, True)!r}, not to"
                f" --plan {chosen.id} {printable(chosen.title, True)!r}; nothing was written"
                " (a reply merges into its own plan: drop --plan)"
            )


def _report_lines(report: ReplyReport, dry_run: bool) -> list[str]:
    from store.chase import ALREADY

    if report.all_repeated:  # not "applied the reply" above rows that say nothing changed
        return [f"{report.source}: {ALREADY}"]
    verb = "would apply" if dry_run else "applied"
    lines = [f"{report.source}: {verb} the {report.head()}"]
    lines += [f"  {line}" for line in report.body()]
    if dry_run:
        lines.append("  dry run: nothing was written")
    return lines


def split_replies(paths: list[Path]) -> list[Path]:
    """The files that are filled packs (by their hidden sheet, whatever their name)."""
    from importers.reply import is_reply

    return [p for p in paths if is_reply(p)]


def refuse_mixed(replies: list[Path], paths: list[Path]) -> None:
    """Replies and plans are imported by separate commands: each is all or nothing."""
    if replies and len(replies) != len(paths):
        others = ", ".join(p.name for p in paths if p not in replies)
        raise UserError(
            f"{others}: import plans and replies separately (replies: "
            f"{', '.join(p.name for p in replies)})"
        )
