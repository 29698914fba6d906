"""Helpers for bulk work: building and writing a whole plan at once."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
