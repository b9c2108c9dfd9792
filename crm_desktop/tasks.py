"""State handed to long-running work: progress reports and a cancel flag, never widgets."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


class TaskCancelledError(Exception):
    """Raised inside a task that noticed `state.cancelled`; its transaction is rolled back."""


class TaskState:
    def __init__(self, on_progress: Callable[[int, int, str], None] | None = None) -> None:
        self.cancelled = False
        self._on_progress = on_progress

    def progress(self, done: int, total: int, message: str = "") -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, message)

    def check(self) -> None:
        """Stop here if the user cancelled."""
        if self.cancelled:
            raise TaskCancelledError()

    def cancel(self) -> None:
        self.cancelled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Bulk work (an import, demo data) allocates millions of small objects that all live to the end:
    the cyclic garbage collector would walk them again and again (seconds per 100,000 rows) to find
    nothing. Made rare for the work, with one full collection after it."""
    thresholds = gc.get_threshold()
    gc.freeze()  # what exists now (modules, caches) is never looked at again
    # Rarely rather than never: the few cycles the work makes (ORM bookkeeping) are still freed, so
    # memory stays flat.
    gc.set_threshold(100_000, 50, 1_000)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
        if gc.isenabled():  # else the window collects, on its own thread (gui/shell/jobs.py)
            gc.collect()
