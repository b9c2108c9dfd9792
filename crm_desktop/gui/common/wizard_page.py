"""A wizard page whose work runs on the database thread, and the message line under its form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWizardPage

from crm_desktop.gui.shell.jobs import Job
from crm_desktop.tasks import TaskState

ERROR_STYLE = "color: #c0392b;"
NOTE_STYLE = "color: #5b6b7c;"


def show_message(label: QLabel, text: str, error: bool = True) -> None:
    """An error (red) or a note (grey) in the page's message label; empty text hides it."""
    label.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
    label.setText(text)
    label.setVisible(bool(text))


class JobPage(QWizardPage):
    """Runs one job at a time on the database thread; Next stays off while it runs.

    A newer job supersedes an older one: the older one's result is dropped when it arrives.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._job: Job | None = None

    def busy(self) -> bool:
        return self._job is not None

    def run_job(self, fn: Callable[[TaskState], object], on_done: Callable, on_error: Callable,
                progress: Callable[[int, int, str], None] | None = None) -> None:
        """Run `fn(state)`; `on_done(result)` or `on_error(exception)` back in the GUI thread."""
        wizard = self.wizard()
        self.cancel_job()
        job: Job | None = None

        def settled() -> bool:
            if self._job is not job:
                return False  # superseded by a newer job of this page
            self._job = None
            return True

        def done(result) -> None:
            if settled():
                on_done(result)
                self._after_job(wizard)

        def failed(error: BaseException) -> None:
            if settled():
                on_error(error)
                self._after_job(wizard)

        def report(done: int, total: int, message: str) -> None:
            if self._job is job and progress is not None:
                progress(done, total, message)

        job = self._job = wizard.jobs.run(fn, with_state=True, on_progress=report, on_done=done, on_error=failed)
        self.completeChanged.emit()

    def _after_job(self, wizard) -> None:
        self.completeChanged.emit()
        wizard.job_settled()

    def cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()
