"""The ``actionplan`` command: a thin layer over ``store``, ``importers`` and ``reports``.

Exit codes: 0 success, 1 a problem with the data or the file (one line on
stderr, no traceback, database unchanged), 2 bad usage (argparse).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from actionplan import commands
from reports import FORMATS
from store import StoreError

DB_VARIABLE = "ACTIONPLAN_DB"


def default_db() -> Path:
    """``ACTIONPLAN_DB`` when set, else a file in the user data directory."""
    if os.environ.get(DB_VARIABLE):
        return Path(os.environ[DB_VARIABLE]).expanduser()
    from platformdirs import user_data_path

    from store.opening import make_private_dirs

    folder = user_data_path("actionplan", appauthor=False)
    make_private_dirs(folder)
    return folder / "actionplan.db"


def _db_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help=f"database file (default: ${DB_VARIABLE} or the user data directory)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, one sub-command per workflow."""
    parser = argparse.ArgumentParser(
        prog="actionplan", description="Run improvement action plans from the terminal."
    )
    _db_option(parser, top=True)
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("demo", help="open the TUI on a fresh copy of the demo plan")
    _db_option(sub.add_parser("plans", help="list plans: number, title and counts"))
    _list_parser(sub)
    _import_parser(sub)
    sub.add_parser("profiles", help="list saved import profiles (see import --save-profile)")
    _export_parser(sub)
    _update_parser(sub)
    _chase_parser(sub)
    _backup_parsers(sub)
    return parser


class _Version(argparse.Action):
    """``--version``, looked up only when asked: reading the installed package's
    metadata costs ~20 ms, which every start (the TUI's first paint) paid."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        help_text = str(kwargs.get("help", ""))
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, help=help_text)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"actionplan {_version()}")
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("actionplan")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


PLAN_HELP = "plan title, a unique start of it, or its number (see: actionplan plans)"


def _list_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("list", help="list actions, as a table or JSON")
    _db_option(p)
    p.add_argument("--plan", metavar="PLAN", help=PLAN_HELP)
    p.add_argument(
        "--lead", metavar="NAME", help="lead or responsible officer: a name or a unique start"
    )
    p.add_argument("--status", metavar="S", help="status word; several with commas")
    p.add_argument("--rag", metavar="R", help="red, amber, green or none; several with commas")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--due-before", metavar="DATE")
    p.add_argument("--search", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="one JSON object per action")


def _import_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import",
        help="import plans from CSV, .xlsx, .xls, .ods, Word .docx or our JSON export",
    )
    _db_option(p)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument(
        "--plan",
        metavar="PLAN",
        help="merge into this plan: its title, a unique start of it or its number"
        " (see: actionplan plans); a title that fits no plan makes a new plan",
    )
    p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; write nothing")
    p.add_argument(
        "--explain",
        action="store_true",
        help="show how the file was read (sheet, header, column roles, grouping); write nothing",
    )
    p.add_argument("--encoding", metavar="ENC")
    p.add_argument("--sheet", metavar="NAME")
    p.add_argument("--header-row", type=int, metavar="N")
    p.add_argument(
        "--save-profile",
        metavar="NAME",
        help="save this import's --map/--header-row/--sheet as NAME, for files with these headers",
    )
    chosen = p.add_mutually_exclusive_group()
    chosen.add_argument("--profile", metavar="NAME", help="apply the saved profile NAME")
    chosen.add_argument("--no-profile", action="store_true", help="apply no saved profile")
    p.add_argument(
        "--theirs",
        action="store_true",
        help="a reply's status, RAG or due wins over a change made since its pack",
    )


def _export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="export a report or the lossless JSON")
    _db_option(p)
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--plan", metavar="PLAN", help=PLAN_HELP)
    p.add_argument("--since", metavar="DATE")
    p.add_argument("-o", "--output", type=Path, metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")


def _update_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("update", help="quick edit of one action by its ref")
    _db_option(p)
    p.add_argument("ref", metavar="REF")
    p.add_argument("--plan", metavar="PLAN", help=PLAN_HELP)
    p.add_argument(
        "--status",
        metavar="S",
        help="a status word as plans write it (in progress, on track, complete); one that"
        " implies a RAG sets it too unless --rag is given (off track: red)",
    )
    p.add_argument("--rag", metavar="R")
    p.add_argument("--due", metavar="TEXT")
    p.add_argument("--note", metavar="TEXT")


def _chase_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("chase", help="write each lead an update request to fill in")
    _db_option(p)
    p.add_argument("--plan", metavar="PLAN", help=PLAN_HELP + " (default: every plan)")
    p.add_argument("--lead", metavar="NAME", help="one lead: the name or a unique start of it")
    window = p.add_mutually_exclusive_group()
    window.add_argument("--due-within", type=int, metavar="DAYS", help="only actions due by then")
    window.add_argument("--overdue", action="store_true", help="only overdue actions")
    p.add_argument("-o", "--output", type=Path, metavar="DIR", help="folder (default: here)")
    p.add_argument("--text", action="store_true", help="also a plain-text email body per lead")
    p.add_argument("--reply-by", metavar="DATE", help="any date wording (default: in 7 days)")
    p.add_argument("--force", action="store_true", help="replace files that exist")
    p.add_argument(
        "--include-missing",
        action="store_true",
        help="also chase actions the plan's latest imported file no longer lists",
    )


def _backup_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "backup",
        help="copy the database whole (history, chase packs and replies too), safe while the"
        " app has it open",
    )
    _db_option(p)
    p.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="the copy, never replaced (default: beside the database, its name dated:"
        " plans-2026-12-02.db for plans.db, then plans-2026-12-02-2.db)",
    )
    p = sub.add_parser(
        "restore",
        help="put a backup in place of the database, the current one kept as a dated backup",
    )
    _db_option(p)
    p.add_argument("file", type=Path, metavar="FILE", help="a backup made by actionplan backup")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except (StoreError, commands.UserError) as exc:
        from store.backup import refusal_words

        return _fail(refusal_words(exc))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing more was written")
    except BrokenPipeError:
        return 0
    except OSError as exc:
        return _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
    except Exception as exc:  # a bug: still one line, never a traceback for the user
        if os.environ.get("ACTIONPLAN_DEBUG"):
            raise
        return _fail(f"unexpected error ({type(exc).__name__}: {exc}); nothing more was written")


def _fail(message: str) -> int:
    print(f"actionplan: {message.splitlines()[0] if message else 'failed'}", file=sys.stderr)
    return 1


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "demo":
        return _demo()
    if args.command == "profiles":
        from actionplan.profiles_cmd import list_profiles

        return list_profiles(args)
    db = args.db or default_db()
    if args.command is None:
        return _run_tui(db, explicit=args.db is not None)
    handler = {
        "list": commands.list_actions,
        "plans": commands.list_plans,
        "import": commands.import_files,
        "export": commands.export,
        "update": commands.update,
        "chase": _chase,
        "backup": _backup,
        "restore": _restore,
    }[args.command]
    return handler(db, args)


def _chase(db: Path, args: argparse.Namespace) -> int:
    from actionplan import chase_cmd  # its store module is not needed to start the TUI

    return chase_cmd.chase(db, args)


def _backup(db: Path, args: argparse.Namespace) -> int:
    from actionplan import backup_cmd

    return backup_cmd.backup(db, args)


def _restore(db: Path, args: argparse.Namespace) -> int:
    from actionplan import backup_cmd

    return backup_cmd.restore(db, args)


def _run_tui(db: Path, explicit: bool = False) -> int:
    from tui import run

    run(db, commands.announce_upgrade, explicit)
    return 0


def _demo() -> int:
    from actionplan.demo import write_demo_database

    with tempfile.TemporaryDirectory(prefix="actionplan-demo-") as folder:
        path = Path(folder) / "demo.db"
        write_demo_database(path)
        return _run_tui(path)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
