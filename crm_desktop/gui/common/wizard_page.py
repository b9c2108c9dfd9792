"""A wizard page whose work runs on the database thread, and the message line under its form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWizardPage

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
        self._state: TaskState | None = None
        self._unwatch: Callable[[], None] | None = None

    def busy(self) -> bool:
        return self._state is not None

    def run_job(self, fn: Callable[[TaskState], object], on_done: Callable, on_error: Callable,
                progress: Callable[[int, int, str], None] | None = None) -> None:
        """Run `fn(state)`; `on_done(result)` or `on_error(exception)` back in the GUI thread."""
        wizard = self.wizard()
        self.cancel_job()
        self._stop_watching()
        state = wizard.jobs.new_state()
        self._state = state
        if progress is not None:
            self._unwatch = wizard.jobs.watch(state, progress)

        def settled() -> bool:
            if self._state is not state:
                return False  # superseded by a newer job of this page
            self._state = None
            self._stop_watching()
            return True

        def done(result) -> None:
            if settled():
                on_done(result)
                self._after_job(wizard)

        def failed(error: BaseException) -> None:
            if settled():
                on_error(error)
                self._after_job(wizard)

        wizard.jobs.run_db(fn, state, on_done=done, on_error=failed)
        self.completeChanged.emit()

    def _after_job(self, wizard) -> None:
        self.completeChanged.emit()
        wizard.job_settled()

    def cancel_job(self) -> None:
        if self._state is not None:
            self._state.cancel()

    def _stop_watching(self) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
