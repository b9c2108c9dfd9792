"""State handed to long-running work: progress reports and a cancel flag, never widgets."""

from __future__ import annotations

from collections.abc import Callable


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
