"""One attachment file's transfer, chunk by chunk, between the BlobStore here and the server, and the files'
report. Both directions resume: an upload asks the server how much it holds, a download keeps its partial
file (the BlobStore's begin_receive), so a cut connection or a killed process costs at most a chunk.

Nothing here commits: the round that notes a file's progress, failures and backoff, and the server's limits,
is the sync controller's (crm_desktop/controllers/sync/files.py).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta

import httpx

from crm_desktop.store.blobs import BlobStore
from crm_desktop.sync.blob_wire import BlobWire, FileRefusedError
from crm_desktop.sync.transport import OfflineError
from crm_desktop.tasks import TaskState
from crm_protocol.blobs import CHUNK_BYTES

LIMITS_KEY = "attachment_limits"  # {"max_file_bytes": int, "max_user_bytes": int}, as the server last said
RETRY_KEY = "attachments/retry_at"  # sha256 -> when a failed file is tried again (ISO time)
FIRST_BACKOFF, LONGEST_BACKOFF = timedelta(minutes=1), timedelta(hours=6)
PARALLEL = 3  # files in flight at once
NOT_YET_UPLOADED = "not yet uploaded"  # the uploader's laptop has not sent it all: no failure, asked again


def backoff(attempts: int) -> timedelta:
    return min(FIRST_BACKOFF * (1 << min(max(0, attempts - 1), 20)), LONGEST_BACKOFF)


@dataclass
class FileReport:
    """The files' part of a sync round."""

    sent: int = 0
    received: int = 0
    failed: int = 0
    waiting: int = 0  # left for later: backing off after a failure, or not yet uploaded by their sender
    bytes_sent: int = 0
    bytes_received: int = 0
    errors: dict[str, int] = field(default_factory=dict)  # error code -> files
    stopped: str | None = None  # the connection or account error that ended the files' part early
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def add(self, error: str | None = None, **counts: int) -> None:
        """Count (files transfer side by side)."""
        with self._lock:
            for name, n in counts.items():
                setattr(self, name, getattr(self, name) + n)
            if error is not None:
                self.errors[error] = self.errors.get(error, 0) + 1


class FileTransfer:
    """Files between `blobs` and the server over `wire`, `chunk` bytes at a time."""

    def __init__(self, blobs: BlobStore, wire: BlobWire, chunk: int = CHUNK_BYTES) -> None:
        self.blobs, self.wire, self.chunk = blobs, wire, chunk

    def limits(self) -> dict[str, int]:
        """The admin's limits, as the server says them now."""
        answer = self.wire.limits()
        return {"max_file_bytes": int(answer["max_file_bytes"]), "max_user_bytes": int(answer["max_user_bytes"])}

    def upload(self, sha: str, size: int, state: TaskState, report: FileReport) -> bool:
        """Send the file from where the server holds it; True when the server has it whole and verified."""
        offset = 0
        if size > self.chunk:  # a one-chunk file is sent whole: asking first would cost as much
            held = self.wire.status(sha)
            offset = held["received"] if held is not None and held["size"] == size else 0
            if held is not None and held["complete"]:
                return True
        while True:
            data = self.blobs.read_range(sha, offset, self.chunk)
            try:
                answer = self.wire.put(sha, size, offset, data)
            except FileRefusedError as refused:
                if refused.code != "offset_gap":
                    raise
                offset = int(refused.detail.get("received", 0))  # the server holds less: from there
                continue
            report.add(bytes_sent=len(data))
            if answer["complete"]:
                return True
            if answer["received"] <= offset and data:
                raise FileRefusedError("no_progress")
            offset = answer["received"]
            state.check()

    def download(self, sha: str, size: int, state: TaskState, report: FileReport) -> bool:
        """Fetch the file from where the partial copy here stops; True when it is here and verified."""
        held = self.blobs.begin_receive(sha, size)
        if held < size or size == 0:
            with self.wire.download(sha, held) as (start, response):
                held = self._receive(sha, start, response, state, report)
        if held < size:
            raise OfflineError("the answer ended early")
        return self.blobs.finish_receive(sha)

    def _receive(self, sha: str, start: int, response: httpx.Response, state: TaskState, report: FileReport) -> int:
        position, pending, held = start, bytearray(), start

        def flush() -> int:
            nonlocal position
            got = self.blobs.receive(sha, position, bytes(pending))
            report.add(bytes_received=len(pending))
            position += len(pending)
            pending.clear()
            return got

        try:
            for piece in response.iter_bytes():  # as it arrives: nothing waits in httpx's buffer when the line drops
                pending += piece
                if len(pending) >= self.chunk:
                    held = flush()
                    state.check()  # cancelled: what arrived is on disk, the next round resumes from it
        except httpx.HTTPError as error:  # cut mid-file: keep what arrived
            if pending:
                flush()
            raise OfflineError(type(error).__name__) from error
        if pending or position == start:
            held = flush()
        return held
