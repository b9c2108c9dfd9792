"""Long work the window cannot go on without (encrypting the store, checking it, restoring a backup):
run off the GUI thread behind a progress dialog, waiting in a local event loop so the screen keeps painting."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from crm_desktop.tasks import TaskState


class _Relay(QObject):
    sig_progress = Signal(int, int)
    sig_finished = Signal()


def run_modal(parent: QWidget | None, text: str, fn: Callable[[TaskState], object],
              cancel_text: str | None = None):
    """`fn(state)` on a worker thread; returns its result or raises its exception. With
    `cancel_text` the dialog has a Cancel button that sets `state.cancelled`."""
    relay = _Relay()
    state = TaskState(lambda done, total, _msg: relay.sig_progress.emit(done, total))
    dialog = QProgressDialog(text, cancel_text or "", 0, 0, parent)
    if cancel_text is None:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(state.cancel)

    def report(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    relay.sig_progress.connect(report)
    loop = QEventLoop()
    relay.sig_finished.connect(loop.quit)
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["value"] = fn(state)
        except BaseException as error:  # handed to the GUI thread, raised there
            outcome["error"] = error
        finally:
            relay.sig_finished.emit()

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-modal") as pool:
        pool.submit(work)
        loop.exec()
    dialog.canceled.disconnect(state.cancel)
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
