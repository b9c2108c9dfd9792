"""Attachment files on the server: who may send and fetch one, the limits on their size, and a file
received chunk by chunk in order (a repeat is taken again, a gap is refused), verified by its hash."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from crm_server.auth import Caller
from crm_server.blob_storage import Backend, Blob, backends
from crm_server.models import Base, SyncMeta, utcnow
from crm_server.scopes import Viewer
from crm_server.settings import ServerSettings

SHA256 = re.compile(r"^[0-9a-f]{64}$")
LIMITS_KEY = "attachment_limits"
_RECORDS = Base.metadata.tables["records"]
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()


class BlobError(Exception):
    """A refused blob request: HTTP status, a stable error code, and details for the client."""

    def __init__(self, status: int, error: str, **detail: Any) -> None:
        super().__init__(error)
        self.status, self.error, self.detail = status, error, detail


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int
    max_user_bytes: int


@dataclass(frozen=True)
class BlobState:
    sha256: str
    size: int
    received: int
    complete: bool

    @classmethod
    def of(cls, row: Blob) -> BlobState:
        return cls(row.sha256, row.size, row.received, row.complete)

    def as_dict(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "size": self.size, "received": self.received, "complete": self.complete}


def read_limits(s: Session, settings: ServerSettings) -> Limits:
    """The admin's limits, or the server's defaults until an admin sets them."""
    row = s.get(SyncMeta, LIMITS_KEY)
    stored = json.loads(row.value) if row is not None else {}
    return Limits(int(stored.get("max_file_bytes", settings.max_attachment_bytes)),
                  int(stored.get("max_user_bytes", settings.max_user_attachment_bytes)))


def write_limits(s: Session, limits: Limits) -> None:
    value = json.dumps({"max_file_bytes": limits.max_file_bytes, "max_user_bytes": limits.max_user_bytes})
    row = s.get(SyncMeta, LIMITS_KEY)
    if row is None:
        s.add(SyncMeta(key=LIMITS_KEY, value=value))
    else:
        row.value = value
    s.commit()


def check_hash(sha256: str) -> str:
    if not SHA256.match(sha256):
        raise BlobError(422, "invalid_sha256", message="a file is named by its SHA-256 in 64 lowercase hex digits")
    return sha256


class BlobService:
    """One request's blob work for `who`; commits what it writes."""

    def __init__(self, s: Session, settings: ServerSettings, who: Caller) -> None:
        self.s, self.settings, self.who = s, settings, who
        self.backends = backends(settings.attachments_dir)

    @property
    def writer(self) -> Backend:
        """Where new files go: the shared folder when configured, else the database."""
        return self.backends["folder" if self.settings.attachments_dir else "db"]

    def backend_of(self, row: Blob) -> Backend:
        backend = self.backends.get(row.storage)
        if backend is None:
            raise BlobError(503, "storage_unavailable", message=f"this node has no {row.storage!r} storage configured")
        return backend

    # --- rights and limits ---------------------------------------------------------------

    def referenced(self, sha256: str) -> bool:
        """Whether an attachment record the caller may see names this file (deleted ones too: a deleted
        record keeps its files until its tombstone is purged)."""
        viewer = Viewer.of(self.s, self.who)
        query = select(_RECORDS.c.id).where(
            _RECORDS.c.entity == "attachment", self._sha_of_record() == sha256, viewer.clause(_RECORDS)).limit(1)
        return self.s.execute(query).first() is not None

    def _sha_of_record(self) -> ColumnElement[Any]:
        # Written as the indexes of migration s0005 are, so the database uses them.
        if self.s.get_bind().dialect.name == "postgresql":
            return literal_column("records.data ->> 'sha256'")
        return literal_column("json_extract(records.data, '$.sha256')")

    def limits(self) -> Limits:
        return read_limits(self.s, self.settings)

    def used(self) -> int:
        """Bytes of the files this user sent first (complete or on their way)."""
        return int(self.s.scalar(select(func.coalesce(func.sum(Blob.size), 0)).where(
            Blob.uploader_id == self.who.user_id)) or 0)

    # --- reading -------------------------------------------------------------------------

    def status(self, sha256: str) -> BlobState | None:
        """How far the file has come, if the caller may know of it (None: unknown here, or not theirs)."""
        check_hash(sha256)
        if not self.referenced(sha256):
            return None
        row = self.s.get(Blob, sha256)
        return BlobState.of(row) if row is not None else None

    def readable(self, sha256: str) -> tuple[Blob, Backend]:
        """A complete file the caller may fetch, and where its bytes are."""
        check_hash(sha256)
        if not self.referenced(sha256):
            raise BlobError(404, "not_found")
        row = self.s.get(Blob, sha256)
        if row is None or not row.complete:  # its sender has not sent it (all) yet: ask again later
            raise BlobError(409, "incomplete", received=row.received if row is not None else 0)
        return row, self.backend_of(row)

    # --- receiving -----------------------------------------------------------------------

    def put(self, sha256: str, size: int, offset: int, data: bytes) -> BlobState:
        """Take `data` at `offset` of the file `sha256` of `size` bytes. Bytes already held are not written
        again (a retried chunk); a chunk past what is held is a gap. The last byte verifies the hash: a
        mismatch drops everything received (422 hash_mismatch) and the sender starts again."""
        check_hash(sha256)
        if size < 0 or offset < 0:
            raise BlobError(422, "invalid_range", message="size and offset are not negative")
        if not self.referenced(sha256):
            raise BlobError(404, "not_found", message="no attachment record of yours names this file")
        if offset + len(data) > size:
            raise BlobError(422, "beyond_size", size=size, message="the chunk ends past the file's size")
        row = self._locked(sha256)
        if row is None:
            row = self._create(sha256, size)
        if row.size != size:
            raise BlobError(409, "size_mismatch", size=row.size)
        if row.complete:
            return BlobState.of(row)
        if offset > row.received:
            raise BlobError(409, "offset_gap", received=row.received,
                            message=f"the server holds {row.received} bytes; send from there")
        end = offset + len(data)
        backend = self.backend_of(row)
        whole = data if offset == 0 and end == size else None  # the file in one request: hashed as it is
        if end > row.received or row.size == 0:  # an empty file is written too: it exists, empty
            backend.write(self.s, sha256, row.received, data[row.received - offset:])
            row.received = end
        if row.received == row.size:
            self._finish(row, backend, whole)
        self.s.commit()
        return BlobState.of(row)

    def _locked(self, sha256: str) -> Blob | None:
        """The file's row, locked until commit: two requests for one file (two nodes) take turns."""
        return self.s.scalars(select(Blob).where(Blob.sha256 == sha256).with_for_update()).first()

    def _create(self, sha256: str, size: int) -> Blob:
        limits = self.limits()
        if size > limits.max_file_bytes:
            raise BlobError(413, "file_too_large", limit=limits.max_file_bytes, size=size,
                            message=f"files are limited to {limits.max_file_bytes} bytes")
        used = self.used()
        if used + size > limits.max_user_bytes:
            raise BlobError(413, "quota_exceeded", limit=limits.max_user_bytes, used=used, size=size,
                            message=f"your files would take more than {limits.max_user_bytes} bytes")
        values = {"sha256": sha256, "size": size, "received": 0, "complete": False, "storage": self.writer.name,
                  "uploader_id": self.who.user_id, "created_at": utcnow()}
        insert = pg_insert if self.s.get_bind().dialect.name == "postgresql" else sqlite_insert
        # Another request may create it at the same moment: the first row stays, and this one waits for it.
        made = self.s.scalars(insert(Blob).values(**values).on_conflict_do_nothing(index_elements=["sha256"])
                              .returning(Blob)).first()
        row = made if made is not None else self._locked(sha256)
        assert row is not None
        return row

    def _finish(self, row: Blob, backend: Backend, whole: bytes | None) -> None:
        if whole is not None:
            digest = hashlib.sha256(whole).hexdigest()
        else:  # read back from where it was written: what is checked is what is kept
            with self.s.no_autoflush:
                digest = backend.digest(self.s, row.sha256, row.size) if row.size else EMPTY_SHA256
        if digest != row.sha256:
            backend.discard(self.s, row.sha256)
            self.s.delete(row)
            self.s.commit()
            raise BlobError(422, "hash_mismatch", message="the bytes received do not have this SHA-256; "
                                                          "they were dropped: send the file again")
        backend.publish(self.s, row.sha256)
        row.complete, row.completed_at = True, utcnow()
