"""Background work for the window: one database thread, a small pool for files and network.

Jobs are plain functions; results come back to the GUI thread through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from crm_desktop.tasks import TaskState


class JobRunner(QObject):
    # (callback, value): emitted from a worker thread, delivered in the GUI thread.
    sig_deliver = Signal(object, object)
    sig_progress = Signal(object, int, int, str)  # (state, done, total, message)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One thread serialises store work (SQLite has one writer at a time anyway).
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-db")
        self._io = ThreadPoolExecutor(max_workers=2, thread_name_prefix="crm-io")
        self.sig_deliver.connect(self._on_deliver)

    def run_db(self, fn: Callable, *args, on_done: Callable | None = None,
               on_error: Callable | None = None) -> Future:
        return self._submit(self._db, fn, args, on_done, on_error)

    def run_io(self, fn: Callable, *args, on_done: Callable | None = None,
               on_error: Callable | None = None) -> Future:
        return self._submit(self._io, fn, args, on_done, on_error)

    def new_state(self) -> TaskState:
        """A TaskState whose progress reports arrive in the GUI thread as sig_progress."""
        state = TaskState()
        state._on_progress = lambda done, total, msg: self.sig_progress.emit(state, done, total, msg)
        return state

    def watch(self, state: TaskState, report: Callable[[int, int, str], None]) -> Callable[[], None]:
        """Call `report(done, total, message)` for `state`'s progress; returns the way to stop."""

        def relay(s, done: int, total: int, message: str) -> None:
            if s is state:
                report(done, total, message)

        self.sig_progress.connect(relay)
        return lambda: self.sig_progress.disconnect(relay)

    def _submit(self, pool, fn, args, on_done, on_error) -> Future:
        future = pool.submit(fn, *args)

        def finished(f: Future) -> None:
            if f.cancelled():
                return  # dropped at shutdown: nobody waits for it any more
            error = f.exception()
            if error is None and on_done is not None:
                self.sig_deliver.emit(on_done, f.result())
            elif error is not None:
                self.sig_deliver.emit(on_error or _raise, error)

        future.add_done_callback(finished)
        return future

    def _on_deliver(self, callback: Callable, value) -> None:
        callback(value)

    def shutdown(self, wait: bool = True) -> None:
        self._db.shutdown(wait=wait, cancel_futures=True)
        self._io.shutdown(wait=wait, cancel_futures=True)


def _raise(error: BaseException) -> None:
    raise error
