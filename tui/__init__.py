"""The Textual TUI for actionplan."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store import Store
    from store.models import ActionQuery, PlanInfo
    from tui.app import ActionPlanApp
    from tui.listing import Listing
    from tui.place import Place

    ReadListing = Callable[[Store, ActionQuery, int | None], Listing]


def open_app(
    db_path: Path, on_upgrade: Callable[[Path], None] | None = None, explicit: bool = False
) -> ActionPlanApp:
    """The app on ``db_path``, with the store open and the first list read (or StoreError).

    This is done before Textual starts: in a worker, the same reads wait
    behind the drawing of the first frame for the interpreter lock (0.3 s
    instead of 20 ms), and an unreadable file is reported on the plain
    terminal rather than in a flash of UI. The first list is read on a thread
    while Textual and the screens are imported: SQLite does its work without
    the interpreter lock, so the two overlap (the list of 100,000 actions
    takes ~55 ms, the imports ~180 ms; the app was ready in 0.31 s, now 0.26).
    """
    from concurrent.futures import ThreadPoolExecutor  # asyncio imports it anyway

    from store import Store
    from tui.listing import read_listing  # here, not on the thread: one importer of it
    from tui.place import load_place

    # A first start makes the database; an existing file that holds none (an empty
    # file named with --db, maybe the plan meant for import) is refused, untouched.
    # At its own default path an empty file is what a killed first start left: claimed.
    unborn = not explicit and db_path.exists() and db_path.stat().st_size == 0
    create = unborn or not db_path.exists()
    store = Store.open(db_path, on_upgrade, explicit, create, lasting=True)
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="first list") as pool:
            first = pool.submit(_first_list, store, read_listing, load_place(db_path))
            from tui.app import ActionPlanApp

            plans, place, listing = first.result()  # an error reading is raised here
    except BaseException:
        store.close()
        raise
    return ActionPlanApp(store, plans, listing, place)


def _first_list(
    store: Store, read_listing: ReadListing, left: Place | None
) -> tuple[list[PlanInfo], Place | None, Listing | None]:
    """The plans, where to start and its list, for ``open_app``: the place the user
    left, while its plan is still there, else the first plan, unfiltered."""
    from store.models import ActionQuery
    from tui.place import Place

    plans = store.plans(counts=False)
    if not plans:
        return plans, None, None
    if left is None or all(p.id != left.query.plan_id for p in plans):
        left = Place(ActionQuery(plan_id=plans[0].id))
    return plans, left, read_listing(store, left.query, left.action_id)


def collect_from_now_on() -> None:
    """After the first frame: what start-up made is frozen out of later
    collections, which then walk only what the session makes."""
    if not gc.isenabled():  # paused by ``run``, not in tests
        gc.freeze()
        gc.enable()


def run(
    db_path: Path, on_upgrade: Callable[[Path], None] | None = None, explicit: bool = False
) -> None:
    """Run the app on ``db_path``; a database that cannot be opened exits 1 with its message."""
    # Textual draws at most 60 frames a second. A search keystroke or a chosen filter
    # draws two in a row (the echo or the closed dialog, then the result), and the
    # second waited up to 17 ms for its turn: 120 a second cut a search from 53 to
    # 39 ms at 10,000 actions. Frames are only drawn when something changed.
    os.environ.setdefault("TEXTUAL_FPS", "120")
    # Start-up makes objects that live as long as the app (modules, styles, the
    # first list); cycle collections during start-up walk them again and again
    # and free nothing (~45 ms of a 0.38 s start at 10,000 actions). Collection
    # waits for the first frame: see ``collect_from_now_on``.
    gc.disable()
    from store import StoreError

    try:
        app = open_app(db_path, on_upgrade, explicit)
    except StoreError as exc:
        from store.backup import refusal_words

        print(f"actionplan: {refusal_words(exc)}", file=sys.stderr)
        raise SystemExit(1) from None
    app.run()
