"""Background sync for the window: at start, shortly after local changes, every few minutes, and
whenever the server's long-poll says something changed; quiet and retrying while offline.

Network work runs on the job runner's I/O threads; every result comes back to the GUI thread as a
signal. The runner never touches widgets: the status bar and dialogs listen to its signals.
"""

from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.controllers.shell.disk_full import is_disk_full
from crm_desktop.gui.shell.jobs import Job, JobRunner

CHECK_EVERY_MS = 5_000  # how often unsent changes are looked for (the debounce of local edits)
PERIODIC_MS = 5 * 60_000  # a round even when nothing seems to have changed
RETRY_OFFLINE_MS = 30_000  # the first retry after a failed round; doubled after each failure since
RETRY_MAX_MS = 10 * 60_000
LONG_POLL_SECONDS = 25.0

# States shown in the status bar.
NOT_CONNECTED, OFFLINE, SYNCING, UP_TO_DATE, PENDING, NEEDS_LOGIN, REVOKED, UPGRADE, DISK_FULL = (
    "not_connected", "offline", "syncing", "up_to_date", "pending", "needs_login", "revoked", "upgrade", "disk_full")


class SyncRunner(QObject):
    # (state, pending changes, open sync issues, last sync time or None)
    sig_status = Signal(str, int, int, object)
    sig_progress = Signal(str, int, int)  # (phase: snapshot | push | pull | files, done so far, total or 0)
    sig_synced = Signal(object)  # SyncReport: pages that show data refresh themselves
    sig_failed = Signal(str)  # the transport error's code (or "disk_full"), for a message

    def __init__(self, sync_controller, jobs, parent: QObject | None = None, folder: Path | None = None) -> None:
        """`jobs`: the window's runner for the quick status queries; the network work gets its
        own threads, so a long-poll never holds up an export or the window closing. `folder`: the
        store's, where a full disk is looked for."""
        super().__init__(parent)
        self.sync, self.jobs = sync_controller, jobs
        self.folder = folder
        self._said_disk_full = False  # said once until a round succeeds, not at every retry
        self.net = JobRunner(self)
        self.net.sig_error.connect(jobs.sig_error)  # what nobody handled reaches the window's status bar
        self.state = NOT_CONNECTED
        self._stopped = False
        self._running = self._polling = False
        self._again = False
        self._pending_seen = 0
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(CHECK_EVERY_MS)
        self.check_timer.timeout.connect(self.check)
        self.periodic_timer = QTimer(self)
        self.periodic_timer.setInterval(PERIODIC_MS)
        self.periodic_timer.timeout.connect(self.sync_now)
        # One retry pending at a time, however many rounds and long-polls failed.
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.sync_now)
        self.failures = 0  # rounds failed in a row
        self._job: Job | None = None  # the round running

    def start(self) -> None:
        """Begin: one round now if the device is logged in, then the timers."""
        self.check_timer.start()
        self.periodic_timer.start()
        self.check()
        self.jobs.run_db(self.sync.is_logged_in, on_done=lambda logged_in: self.sync_now() if logged_in else None)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self._job is not None:
            self._job.cancel()
        self.check_timer.stop()
        self.periodic_timer.stop()
        self.retry_timer.stop()
        self.sync.interrupt()
        self.net.shutdown(wait=True)  # quick: the interrupted requests fail at once

    # --- triggers ------------------------------------------------------------------------

    def check(self) -> None:
        """Look at the outbox: new local changes since last time start a round (debounced by the
        interval); the status bar's counts follow."""
        if not self._stopped:
            self.jobs.run_db(self.sync.status, on_done=self._checked)

    def _checked(self, status) -> None:
        if status.account is None:
            self._set(NOT_CONNECTED, status)
            return
        if self.state in (NOT_CONNECTED,):
            self.state = PENDING if status.pending else UP_TO_DATE
        if status.pending and status.pending != self._pending_seen and self.state not in (REVOKED, NEEDS_LOGIN):
            self._pending_seen = status.pending
            self.sync_now()
        self._emit(status)

    def sync_now(self) -> None:
        if self._stopped:
            return
        if self._running:
            self._again = True  # one more round once this one ends (an edit arrived meanwhile)
            return
        self._running, self._again = True, False
        self.jobs.run_db(self._login_state, on_done=self._begin_round, on_error=self._failed)

    def _login_state(self) -> str | None:
        """On the database thread: None when this device is logged in, else the state to show."""
        if self.sync.is_logged_in():
            return None
        return NEEDS_LOGIN if self.sync.account() is not None else NOT_CONNECTED

    def _begin_round(self, not_logged_in: str | None) -> None:
        if self._stopped or not_logged_in is not None:
            self._running = False
            if not_logged_in is not None:
                self.state = not_logged_in
                self.check()
            return
        self.state = SYNCING
        self.check()
        self._job = self.net.run_io(self.sync.sync, on_progress=self._report, on_done=self._done,
                                    on_error=self._failed)

    def _report(self, records: int, total: int, phase: str) -> None:
        self.sig_progress.emit(phase, records, total)

    def _done(self, report) -> None:
        self._running = False
        self.failures = 0
        self._said_disk_full = False
        self.retry_timer.stop()
        self.state = UP_TO_DATE
        self._pending_seen = 0
        self.sig_synced.emit(report)
        self.check()
        if self._again:
            self.sync_now()
        else:
            self._long_poll()

    def _failed(self, error) -> None:
        from crm_desktop.sync.engine import Cancelled
        from crm_desktop.sync.transport import (
            CredentialsError,
            DeviceRevokedError,
            SyncError,
            UpgradeRequiredError,
        )

        self._running = False
        if isinstance(error, Cancelled):
            return
        if is_disk_full(error, self.folder):  # however the engine wraps it
            # Only the user can make room; the round is retried later, as after a network failure.
            self.state = DISK_FULL
            if not self._said_disk_full:
                self._said_disk_full = True
                self.sig_failed.emit(DISK_FULL)
            self.check()
            self._retry_later()
            return
        if not isinstance(error, SyncError):
            self.state = OFFLINE
            self.sig_failed.emit("error")
            self.check()
            self.jobs.unhandled(error)
            return
        self.state = {CredentialsError: NEEDS_LOGIN, DeviceRevokedError: REVOKED,
                      UpgradeRequiredError: UPGRADE}.get(type(error), OFFLINE)
        self.sig_failed.emit(error.code)
        self.check()
        if self.state == OFFLINE:
            self._retry_later(getattr(error, "retry_after", 0))

    # --- live updates --------------------------------------------------------------------

    def _long_poll(self) -> None:
        if self._polling or self.state != UP_TO_DATE or self._stopped:
            return
        self._polling = True
        self.net.run_io(self.sync.wait_for_changes, LONG_POLL_SECONDS, on_done=self._polled,
                         on_error=self._poll_failed)

    def _polled(self, changed: bool) -> None:
        self._polling = False
        if changed:
            self.sync_now()
        else:
            self._long_poll()

    def _poll_failed(self, _error) -> None:
        self._polling = False
        self.state = OFFLINE
        self.check()
        self._retry_later()

    def _retry_later(self, at_least_seconds: int = 0) -> None:
        self.failures += 1
        delay = max(retry_delay_ms(self.failures), at_least_seconds * 1000)
        self.retry_timer.start(delay)

    # --- status --------------------------------------------------------------------------

    def _set(self, state: str, status) -> None:
        self.state = state
        self._emit(status)

    def _emit(self, status) -> None:
        state = self.state
        if state == UP_TO_DATE and status.pending:
            state = PENDING
        last: datetime | None = status.last_sync_at
        self.sig_status.emit(state, status.pending, status.issues, last)


def retry_delay_ms(failures: int, rng: random.Random | None = None) -> int:
    """30 s after the first failure, doubling to at most 10 min; +-20 % so a hotel's worth of
    laptops that lost the network together do not come back in the same second."""
    base = min(RETRY_OFFLINE_MS * 2 ** max(failures - 1, 0), RETRY_MAX_MS)
    return int(base * (rng or random).uniform(0.8, 1.2))
