"""A job on the database thread behind a window-modal progress dialog with a Cancel button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.gui.shell.jobs import JobRunner
from crm_desktop.tasks import TaskState


def run_with_progress(parent: QWidget, jobs: JobRunner, text: str, fn: Callable[[TaskState], object],
                      on_done: Callable, on_error: Callable) -> QProgressDialog:
    """Run `fn(state)`; Cancel sets `state.cancelled` (the job then raises TaskCancelledError)."""
    state = jobs.new_state()
    dialog = QProgressDialog(text, QCoreApplication.translate("ImportExport", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(state.cancel)

    def report(done: int, total: int, _message: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    unwatch = jobs.watch(state, report)

    def settle() -> None:
        unwatch()
        dialog.canceled.disconnect(state.cancel)  # closing the dialog would emit canceled
        dialog.close()
        dialog.deleteLater()

    def done(result) -> None:
        settle()
        on_done(result)

    def failed(error: BaseException) -> None:
        settle()
        on_error(error)

    jobs.run_db(fn, state, on_done=done, on_error=failed)
    return dialog
