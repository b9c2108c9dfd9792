"""The window's one job runner: every page, dialog and the sync engine hand it their background work.

One database thread serialises store work (SQLite has one writer at a time anyway); a small pool serves
files and network. A job is a plain function; asked for (`with_state`, `on_progress` or `progress`) it
gets a TaskState as its last argument, the one way it reports progress and notices a cancel. Results
come back to the GUI thread through a queued signal, to `on_done` or `on_error`. An error nobody takes
goes to the window's status bar as a translated sentence (a full disk to the message box of the
disk-full net), never a crash; `Progress` puts a job behind a progress dialog, and `Job.result()` waits
for it in a local event loop, so the screen keeps painting (start-up work the window cannot go on without).
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from crm_desktop.controllers.shell.disk_full import is_disk_full
from crm_desktop.tasks import TaskCancelledError, TaskState

log = logging.getLogger(__name__)
ERROR_SHOWN_MS = 30_000
TR_CONTEXT = "JobRunner"
WENT_WRONG = QT_TRANSLATE_NOOP("JobRunner", "Something went wrong: %1")
CANCEL = QT_TRANSLATE_NOOP("JobRunner", "Cancel")
COLLECT_EVERY_MS = 500

Report = Callable[[int, int, str], None]  # (done, total, message)


@dataclass(frozen=True)
class Progress:
    """Show the job behind a progress dialog; with `cancellable` its Cancel button cancels the job."""

    text: str
    parent: QWidget | None = None
    cancellable: bool = True
    modality: Qt.WindowModality = Qt.WindowModality.WindowModal
    delay_ms: int = 300  # quick jobs never flash a dialog


class Job:
    """One submitted job: its TaskState, and the way to cancel it or wait for it."""

    def __init__(self, state: TaskState, on_done: Callable | None, on_error: Callable | None,
                 on_progress: Report | None) -> None:
        self.state = state
        self.on_done, self.on_error, self.on_progress = on_done, on_error, on_progress
        self.future: Future | None = None
        self.dialog: QProgressDialog | None = None
        self.settled = False
        self.ok = False
        self.value: Any = None
        self._loop: QEventLoop | None = None

    def cancel(self) -> None:
        self.state.cancel()

    def result(self) -> Any:
        """Wait for the job, painting meanwhile; its value, or its error raised here."""
        if not self.settled:
            self._loop = QEventLoop()
            self._loop.exec()
            self._loop = None
        if not self.ok:
            raise self.value
        return self.value


class JobRunner(QObject):
    # (job, ok, value or error): emitted from a worker thread, delivered in the GUI thread.
    sig_deliver = Signal(object, bool, object)
    sig_progress = Signal(object, int, int, str)  # (job, done, total, message)
    sig_error = Signal(str)  # what went wrong in a job nobody handled, for the status bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-db")
        self._io = ThreadPoolExecutor(max_workers=2, thread_name_prefix="crm-io")
        self._unsettled = 0  # submitted, and not yet delivered to the GUI thread
        self._closed = False  # shut down: nothing runs, nothing is delivered any more
        # Queued even when a job ends before run() returns: its handlers never run inside run().
        self.sig_deliver.connect(self._settle, Qt.ConnectionType.QueuedConnection)
        self.sig_progress.connect(self._report)
        collect_on_gui_thread()
        if isinstance(parent, QMainWindow):
            self.sig_error.connect(lambda text: parent.statusBar().showMessage(text, ERROR_SHOWN_MS))

    def run(self, fn: Callable, *args, on_done: Callable | None = None, on_error: Callable | None = None,
            io: bool = False, with_state: bool = False, on_progress: Report | None = None,
            progress: Progress | None = None) -> Job:
        """Run `fn(*args)` on the database thread (`io`: the file and network pool); `fn(*args, state)` when
        asked for progress or `with_state`. `on_done(value)` / `on_error(error)` run in the GUI thread."""
        job = Job(TaskState(), on_done, on_error, on_progress)
        if self._closed:  # a late callback of a closing window: its follow-up has no store to run on
            job.settled, job.value = True, TaskCancelledError()
            return job
        job.state._on_progress = lambda done, total, message: self.sig_progress.emit(job, done, total, message)
        if progress is not None:
            job.dialog = _progress_dialog(progress, job)
        if with_state or on_progress is not None or progress is not None:
            args = (*args, job.state)
        job.future = (self._io if io else self._db).submit(fn, *args)
        self._unsettled += 1

        def finished(f: Future) -> None:
            if f.cancelled():
                if job._loop is not None:  # dropped at shutdown while someone waits for it
                    self.sig_deliver.emit(job, False, TaskCancelledError())
                return  # dropped at shutdown: nobody waits for it any more
            error = f.exception()
            self.sig_deliver.emit(job, error is None, f.result() if error is None else error)

        job.future.add_done_callback(finished)
        return job

    def run_db(self, fn: Callable, *args, **options) -> Job:
        """`run` on the database thread."""
        return self.run(fn, *args, **options)

    def run_io(self, fn: Callable, *args, **options) -> Job:
        """`run` on the file and network pool."""
        return self.run(fn, *args, io=True, **options)

    def idle(self) -> bool:
        """No job waits to be delivered, nor a job its handlers started (tests wait on it)."""
        return self._unsettled == 0

    def _report(self, job: Job, done: int, total: int, message: str) -> None:
        if job.settled:
            return
        if job.dialog is not None and not job.dialog.wasCanceled():  # setValue would show it again
            job.dialog.setMaximum(max(total, 1))
            job.dialog.setValue(min(done, max(total, 1)))
        if job.on_progress is not None:
            job.on_progress(done, total, message)

    def _settle(self, job: Job, ok: bool, value: object) -> None:
        if job.settled or (self._closed and job._loop is None):
            return
        job.settled, job.ok, job.value = True, ok, value
        if job.dialog is not None:
            dialog, job.dialog = job.dialog, None
            dialog.blockSignals(True)  # closing would emit canceled
            dialog.close()
            dialog.deleteLater()
        if job._loop is not None:
            self._unsettled -= 1
            job._loop.quit()
            return
        try:
            if ok and job.on_done is not None:
                job.on_done(value)
            elif not ok and job.on_error is not None:
                job.on_error(value)
            elif not ok:
                self.unhandled(value)
        except Exception as error:  # a handler's own failure: said, and the window goes on
            self.unhandled(error)
        finally:
            self._unsettled -= 1  # after the handlers: a job they started keeps the runner busy

    def unhandled(self, error: BaseException) -> None:
        """An error no handler took: a cancel is no news, a full disk gets the disk-full net's message box
        (sys.excepthook, installed at start-up), anything else a sentence in the status bar."""
        if isinstance(error, TaskCancelledError):
            return
        if is_disk_full(error):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        log.error("a background job failed", exc_info=error)
        self.sig_error.emit(QCoreApplication.translate(TR_CONTEXT, WENT_WRONG).replace(
            "%1", str(error) or type(error).__name__))

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        self._db.shutdown(wait=wait, cancel_futures=True)
        self._io.shutdown(wait=wait, cancel_futures=True)


class _GuiCollector(QObject):
    """Python's cyclic collector, run on the GUI thread only: run on a worker thread (whichever allocates when
    a threshold is crossed) it would delete the Qt objects in the garbage there, and Qt crashes (Anki turns
    it off for the same reason). Generation by generation, as the automatic one decides."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.timer = QTimer(self)
        self.timer.setInterval(COLLECT_EVERY_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        counts, limits = gc.get_count(), gc.get_threshold()
        if counts[0] > limits[0]:
            gc.collect(2 if counts[2] > limits[2] else 1 if counts[1] > limits[1] else 0)


def collect_on_gui_thread() -> None:
    """Turn the automatic collector off and collect on a GUI-thread timer instead (once per application)."""
    global _collector
    gc.disable()
    app = QCoreApplication.instance()
    if app is not None and (_collector is None or _collector.parent() is not app):
        _collector = _GuiCollector(app)


_collector: _GuiCollector | None = None


def _progress_dialog(progress: Progress, job: Job) -> QProgressDialog:
    cancel = QCoreApplication.translate(TR_CONTEXT, CANCEL) if progress.cancellable else ""
    dialog = QProgressDialog(progress.text, cancel, 0, 0, progress.parent)
    if not progress.cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowModality(progress.modality)
    dialog.setMinimumDuration(progress.delay_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.cancel)
    return dialog
