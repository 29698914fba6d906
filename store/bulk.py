"""Helpers for bulk work: building and writing a whole plan at once."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pydantic is not imported when the app starts
    from store.docs import PlanDoc, RecommendationDoc


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a plan is built or written.

    An import makes hundreds of thousands of objects that all live to the
    end; every collection pass walks them again and frees nothing (a quarter
    of a 10,000-row import, and the reason its timings wandered). Reference
    counting still frees everything else at once.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class PlanStream:
    """A plan too large to hold at once (a large CSV): its title, notes and fields, and
    its recommendations, built one at a time while the store writes them."""

    def __init__(
        self, head: PlanDoc, recommendations: Callable[[], Iterator[RecommendationDoc]], rows: int
    ) -> None:
        self.head = head  # no recommendations; its fields complete once they are all read
        self.recommendations = recommendations
        self.rows = rows  # the file's rows: the progress bar's end
