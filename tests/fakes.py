"""Fakes over mocks: small real objects that record what happened."""

from __future__ import annotations

from crm_desktop.tasks import TaskState


class RecordingState(TaskState):
    """A TaskState that remembers progress and can cancel itself after N reports."""

    def __init__(self, cancel_after: int | None = None) -> None:
        super().__init__()
        self.reports: list[tuple[int, int, str]] = []
        self.cancel_after = cancel_after

    def progress(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total, message))
        if self.cancel_after is not None and len(self.reports) >= self.cancel_after:
            self.cancel()
