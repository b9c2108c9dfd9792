"""Fakes over mocks: small real objects that record what happened."""

from __future__ import annotations

from keyring.backend import KeyringBackend

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


class MemoryKeyring(KeyringBackend):
    """An OS keyring in a dict, so tests never touch the developer's real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.secrets.get((service, name))

    def set_password(self, service: str, name: str, value: str) -> None:
        self.secrets[(service, name)] = value

    def delete_password(self, service: str, name: str) -> None:
        self.secrets.pop((service, name), None)


class ScriptedAsk:
    """An `Ask` function (controllers.store_keys) that answers from a script and records each question."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list = []

    def __call__(self, reason):
        self.asked.append(reason)
        return self.answers.pop(0) if self.answers else None
