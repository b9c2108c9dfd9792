"""Attachment files after the records ("records first, files later"): uploads of files whose attachment
record the server has acknowledged, then downloads of pulled attachments' files (crm_desktop/sync/blobs.py
moves the bytes).

A file that fails is counted on its LocalBlob row (attempts, last_error) and left for a later round, after a
backoff that doubles per failure; it never holds up the records or the other files. This round owns its
transactions: each file's outcome and the server's limits are committed here, as they happen.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from crm_desktop.domain.common.ids import from_iso, utcnow
from crm_desktop.store.blobs import MAX_FILE_KEY, MAX_USER_KEY, BlobStore
from crm_desktop.store.database import Store
from crm_desktop.store.disk_full import is_disk_full
from crm_desktop.store.types import to_iso
from crm_desktop.store.unit_of_work import UnitOfWork
from crm_desktop.sync.blob_wire import BlobWire, FileRefusedError
from crm_desktop.sync.blobs import (
    FIRST_BACKOFF,
    LIMITS_KEY,
    LONGEST_BACKOFF,
    NOT_YET_UPLOADED,
    PARALLEL,
    RETRY_KEY,
    FileReport,
    FileTransfer,
    backoff,
)
from crm_desktop.sync.transport import OfflineError, SyncError, Transport
from crm_desktop.tasks import TaskState
from crm_protocol.blobs import CHUNK_BYTES, INCOMPLETE


@dataclass(frozen=True)
class FileQueue:
    uploads: list[tuple[str, int]]
    downloads: list[tuple[str, int]]
    waiting: int
    retried: frozenset[str] = frozenset()  # files that failed before (their failure is cleared on success)

    @property
    def total(self) -> int:
        return len(self.uploads) + len(self.downloads)


def file_queue(store: Store, now: datetime) -> FileQueue:
    """Files to send (here, not yet uploaded, named by an attachment the server acknowledged), files to
    fetch (named by a live attachment, not here), less those backing off after a failure."""
    with UnitOfWork(store) as uow:
        retry = {sha: from_iso(at) for sha, at in (uow.sync_state.value(RETRY_KEY) or {}).items()}
        uploads = uow.attachments.to_upload()
        downloads = uow.attachments.to_download()
    due = [(sha, size) for sha, size in uploads if retry.get(sha, now) <= now]
    wanted = [(sha, size) for sha, size in downloads if retry.get(sha, now) <= now and not store.blobs.has(sha)]
    return FileQueue(due, wanted, len(uploads) - len(due) + len(downloads) - len(wanted), frozenset(retry))


@dataclass(frozen=True)
class FilesStatus:
    """What is left to transfer, as this laptop knows it (no network): for "3 files to send" in the GUI."""

    to_send: int
    to_fetch: int
    failing: int  # tried and refused or broken; tried again later (LocalBlob.last_error says why)


def files_status(store: Store) -> FilesStatus:
    queue = file_queue(store, utcnow() + LONGEST_BACKOFF)  # counted whether or not they are backing off
    with UnitOfWork(store) as uow:
        failing = uow.attachments.failing_files()
    return FilesStatus(len(queue.uploads), len(queue.downloads), failing)


class FileSync:
    """One round's file transfers for `store` over `transport` (which the record sync just used)."""

    def __init__(self, store: Store, transport: Transport, chunk: int = CHUNK_BYTES,
                 clock: Callable[[], datetime] = utcnow, parallel: int = PARALLEL) -> None:
        self.store, self.clock = store, clock
        self.transfer = FileTransfer(store.blobs, BlobWire(transport), chunk)
        self.parallel = max(1, parallel)
        self._books = threading.Lock()  # the retry schedule is one sync_state value: one writer at a time
        self._retried: frozenset[str] = frozenset()

    @property
    def blobs(self) -> BlobStore:
        return self.store.blobs

    # --- the round -----------------------------------------------------------------------

    def run(self, state: TaskState | None = None) -> FileReport:
        """Fetch the limits when there is something to send, send, then fetch (nothing at all while the store has
        no attachment: until then the attach step goes by its defaults, and the server refuses what passes them).
        `state` hears
        `progress(files done, files in all, "files")` and may cancel between chunks (TaskCancelledError;
        what arrived so far is kept). The transport's errors (offline, logged out) end the part
        (`stopped`); a refused file is counted and skipped."""
        state = state or TaskState()
        report = FileReport()
        if not self._uses_attachments():
            return report  # not a request more than the records' for a store without files
        try:
            queue = file_queue(self.store, self.clock())
            if queue.uploads:
                # Asked only when something is to be sent: not a request and a write at every round of the
                # live loop. The server applies its limits to each upload itself.
                self.fetch_limits()
            self._retried = queue.retried
            report.waiting = queue.waiting
            state.progress(0, queue.total, "files")
            done = self._all([partial(self._one, report, sha, partial(self._send, sha, size, state, report), True)
                              for sha, size in queue.uploads], state, 0, queue.total)
            self._all([partial(self._one, report, sha,
                               partial(self.transfer.download, sha, size, state, report), False)
                       for sha, size in queue.downloads], state, done, queue.total)
        except SyncError as error:  # offline, logged out: the records are in; the files wait for the next round
            report.stopped = error.code
        except FileRefusedError as error:  # the limits refused: a server without attachment files (older)
            report.stopped = error.code
        return report

    def _all(self, jobs: list[Callable[[], None]], state: TaskState, done: int, total: int) -> int:
        """Run the transfers `parallel` at a time (a small file's time is mostly waiting for answers); the
        first error (offline, cancelled, disk full) stops those not started and is raised once the running
        ones end. Returns the files done so far."""
        if self.parallel == 1 or len(jobs) < 2:
            for job in jobs:
                state.check()
                job()
                done += 1
                state.progress(done, total, "files")
            return done
        stop = threading.Event()

        def guarded(job: Callable[[], None]) -> None:
            if stop.is_set():
                return
            state.check()
            job()

        with ThreadPoolExecutor(self.parallel, thread_name_prefix="files") as pool:
            futures = [pool.submit(guarded, job) for job in jobs]
            try:
                for future in as_completed(futures):
                    future.result()
                    done += 1
                    state.progress(done, total, "files")
            except BaseException:
                stop.set()
                for future in futures:
                    future.cancel()
                raise
        return done

    def _one(self, report: FileReport, sha: str, transfer: Callable[[], bool], sent: bool) -> None:
        try:
            finished = transfer()
        except FileRefusedError as refused:
            if refused.code == INCOMPLETE:
                self._note(sha, NOT_YET_UPLOADED, failed=False, retry_in=FIRST_BACKOFF)
                report.add(waiting=1)
                return
            self._note(sha, refused.code, failed=True)
            report.add(refused.code, failed=1)
            return
        except OSError as error:  # the file here is gone or unreadable (a download's disk errors say so too)
            if is_disk_full(error, self.blobs.folder):
                raise
            self._note(sha, f"unreadable: {error}", failed=True)
            report.add("unreadable", failed=1)
            return
        except OfflineError as error:
            self._note(sha, f"offline: {error.detail}", failed=False)
            raise
        if finished:
            if sha in self._retried:
                self._clear(sha)
            if sent:
                report.add(sent=1)
            else:
                report.add(received=1)
        else:
            self._note(sha, "hash_mismatch", failed=True)
            report.add("hash_mismatch", failed=1)

    def _uses_attachments(self) -> bool:
        with UnitOfWork(self.store) as uow:
            return uow.attachments.exist()

    def fetch_limits(self) -> dict[str, int]:
        """The admin's limits, kept here so a file over them is refused when it is attached, offline."""
        limits = self.transfer.limits()
        with UnitOfWork(self.store) as uow:
            uow.sync_state.put(LIMITS_KEY, limits)
            uow.sync_state.put(MAX_FILE_KEY, limits["max_file_bytes"])  # as the attach step reads them
            uow.sync_state.put(MAX_USER_KEY, limits["max_user_bytes"])
            uow.commit()
        return limits

    # --- bookkeeping ---------------------------------------------------------------------

    def _send(self, sha: str, size: int, state: TaskState, report: FileReport) -> bool:
        """Upload the file; once the server has it whole, note it here."""
        if not self.transfer.upload(sha, size, state, report):
            return False
        with UnitOfWork(self.store) as uow:
            row = uow.attachments.local_blob(sha)
            if row is not None:
                row.uploaded, row.transferred, row.attempts, row.last_error = True, size, 0, None
            uow.commit()
        return True

    def _note(self, sha: str, error: str, failed: bool, retry_in: timedelta | None = None) -> None:
        """A file's failure on its LocalBlob row; `failed` ones are tried again after a backoff that grows,
        others after `retry_in` (or at the next round)."""
        with self._books, UnitOfWork(self.store) as uow:
            row = uow.attachments.blob_to_note(sha)
            row.last_error = error[:500]
            if failed:
                row.attempts = (row.attempts or 0) + 1
                retry_in = backoff(row.attempts)
            if retry_in is not None:
                retry = dict(uow.sync_state.value(RETRY_KEY) or {})
                retry[sha] = to_iso(self.clock() + retry_in)
                uow.sync_state.put(RETRY_KEY, retry)
            uow.commit()

    def _clear(self, sha: str) -> None:
        with self._books, UnitOfWork(self.store) as uow:
            retry = uow.sync_state.value(RETRY_KEY) or {}
            if sha in retry:
                uow.sync_state.put(RETRY_KEY, {k: v for k, v in retry.items() if k != sha})
            row = uow.attachments.local_blob(sha)
            if row is not None and (row.attempts or row.last_error):
                row.attempts, row.last_error = 0, None
            uow.commit()
