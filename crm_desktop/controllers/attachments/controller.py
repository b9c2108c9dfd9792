"""Attach a file to a record (within the admin's limits), list, open, export and delete attachments."""

from __future__ import annotations

import mimetypes
import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

from crm_desktop.domain.attachments.entities import (
    KINDS,
    RECORD_TYPES,
    AttachmentData,
    AttachmentError,
    AttachmentProblem,
    human_size,
)
from crm_desktop.domain.common.ids import utcnow
from crm_desktop.domain.common.validation import NotFoundError
from crm_desktop.store.blobs import (
    DEFAULT_MAX_FILE_BYTES,
    DEFAULT_MAX_USER_BYTES,
    MAX_FILE_KEY,
    MAX_USER_KEY,
    BlobStore,
)
from crm_desktop.store.database import Store
from crm_desktop.store.disk_full import said_as_disk_full
from crm_desktop.store.models.attachments import Attachment
from crm_desktop.store.unit_of_work import UnitOfWork

# A preview reads the whole file into memory: larger ones are opened with their application instead.
PREVIEW_LIMIT = 64 * 1024 * 1024


def _data(row: Attachment, available: bool) -> AttachmentData:
    return AttachmentData(row.id, row.record_type, row.record_id, row.file_name, row.content_type, row.size,
                          row.sha256, row.kind or "file", row.created_at, available)


def content_type_of(name: str) -> str | None:
    guessed, _ = mimetypes.guess_type(name, strict=False)
    return guessed


class AttachmentsController:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._temp: Path | None = None

    @property
    def blobs(self) -> BlobStore:
        return self.store.blobs

    # --- limits ------------------------------------------------------------------------------

    def limits(self) -> tuple[int, int]:
        """(largest file, all of this user's attachments together), in bytes, as the admin set them."""
        with UnitOfWork(self.store) as uow:
            return (int(uow.sync_state.value(MAX_FILE_KEY, DEFAULT_MAX_FILE_BYTES)),
                    int(uow.sync_state.value(MAX_USER_KEY, DEFAULT_MAX_USER_BYTES)))

    def set_limits(self, max_file: int, max_user: int) -> None:
        with UnitOfWork(self.store) as uow, said_as_disk_full(self.store.path.parent):
            uow.sync_state.put(MAX_FILE_KEY, int(max_file))
            uow.sync_state.put(MAX_USER_KEY, int(max_user))
            uow.commit()

    def used_bytes(self) -> int:
        """What this user's live attachments take, counted against their limit."""
        with UnitOfWork(self.store) as uow:
            return uow.attachments.bytes_of(uow.user_id)

    # --- attaching -----------------------------------------------------------------------------

    def record_type_of(self, record_id: str) -> str | None:
        """Which kind of record `record_id` is (live or deleted), or None when no record has it."""
        with UnitOfWork(self.store) as uow:
            return next((t for t in RECORD_TYPES if uow.entities.get(t, record_id) is not None), None)

    def check_file(self, path: Path) -> int:
        """The size of the file at `path` when it may be attached; else AttachmentError saying why."""
        path = Path(path)
        name = path.name
        if not path.is_file():
            raise AttachmentError(AttachmentProblem.MISSING, name=name)
        try:
            with open(path, "rb") as f:
                f.read(1)
            size = path.stat().st_size
        except OSError as error:
            raise AttachmentError(AttachmentProblem.UNREADABLE, name=name) from error
        self.check_size(name, size)
        return size

    def check_size(self, name: str, size: int) -> None:
        max_file, max_user = self.limits()
        if size > max_file:
            raise AttachmentError(AttachmentProblem.TOO_LARGE, name=name, size=human_size(size),
                                  limit=human_size(max_file))
        used = self.used_bytes()
        if used + size > max_user:
            raise AttachmentError(AttachmentProblem.OVER_QUOTA, name=name, size=human_size(size),
                                  limit=human_size(max_user), used=human_size(used))

    def attach_file(self, record_type: str, record_id: str, path: Path, kind: str = "file") -> AttachmentData:
        """Keep the file at `path` with the record: checked (exists, readable, within the limits) before anything
        is written, stored encrypted by content hash, and recorded so it syncs. Raises AttachmentError,
        NotFoundError (no such live record), DiskFullError."""
        path = Path(path)
        self._check_record(record_type, record_id, kind)
        self.check_file(path)
        try:
            sha, size = self.blobs.put_file(path)
        except (FileNotFoundError, PermissionError, IsADirectoryError) as error:
            raise AttachmentError(AttachmentProblem.UNREADABLE, name=path.name) from error
        self.check_size(path.name, size)  # it may have grown since it was checked: its copy is left unreferenced
        return self._record(record_type, record_id, path.name, sha, size, kind)

    def attach_bytes(self, record_type: str, record_id: str, data: bytes, file_name: str,
                     kind: str = "file") -> AttachmentData:
        """`attach_file` for bytes already in memory (a photo taken, a scanned card)."""
        self._check_record(record_type, record_id, kind)
        self.check_size(file_name, len(data))
        sha, size = self.blobs.put_bytes(data)
        return self._record(record_type, record_id, file_name, sha, size, kind)

    def _check_record(self, record_type: str, record_id: str, kind: str) -> None:
        if record_type not in RECORD_TYPES or kind not in KINDS:
            raise ValueError(f"cannot attach a {kind} to a {record_type}")
        with UnitOfWork(self.store) as uow:
            record = uow.entities.get(record_type, record_id)
            if record is None or record.deleted_at is not None:
                raise NotFoundError(record_id)

    def _record(self, record_type: str, record_id: str, name: str, sha: str, size: int, kind: str) -> AttachmentData:
        name = name[-255:] if len(name) > 255 else name
        with UnitOfWork(self.store) as uow, said_as_disk_full(self.store.path.parent):
            row = Attachment(record_type=record_type, record_id=record_id, file_name=name,
                             content_type=content_type_of(name), size=size, sha256=sha, kind=kind)
            uow.attachments.add(row)
            uow.commit()
            return _data(row, True)

    # --- reading -------------------------------------------------------------------------------

    def list_for(self, record_type: str, record_id: str) -> list[AttachmentData]:
        """The record's live attachments, newest first."""
        with UnitOfWork(self.store) as uow:
            return [_data(r, self.blobs.has(r.sha256)) for r in uow.attachments.of_record(record_type, record_id)]

    def get(self, attachment_id: str) -> AttachmentData:
        with UnitOfWork(self.store) as uow:
            row = uow.attachments.get(attachment_id, include_deleted=True)
            if row is None:
                raise NotFoundError(attachment_id)
            return _data(row, self.blobs.has(row.sha256))

    def is_available(self, attachment_id: str) -> bool:
        """Whether its bytes are on this laptop (False: listed by the sync, still to download)."""
        return self.get(attachment_id).available

    def _present(self, attachment_id: str) -> AttachmentData:
        found = self.get(attachment_id)
        if not found.available:
            raise AttachmentError(AttachmentProblem.NOT_HERE, name=found.file_name)
        return found

    def open(self, attachment_id: str) -> BinaryIO:
        """Its plaintext as a stream (close it). Raises AttachmentError when not downloaded yet."""
        return self.blobs.open_plain(self._present(attachment_id).sha256)

    def preview_bytes(self, attachment_id: str, limit: int = PREVIEW_LIMIT) -> bytes | None:
        """The whole file for a preview, or None when it is larger than `limit`."""
        found = self._present(attachment_id)
        if found.size > limit:
            return None
        return self.blobs.read_range(found.sha256, 0, found.size)

    def export(self, attachment_id: str, dest: Path) -> Path:
        """The file written at `dest` (whole or not at all). Raises AttachmentError, DiskFullError."""
        found = self._present(attachment_id)
        self.blobs.export_to(found.sha256, Path(dest))
        return Path(dest)

    def open_copy(self, attachment_id: str) -> Path:
        """A plaintext copy in a private temporary folder, for the application the system opens it with;
        the folder goes when the app closes."""
        found = self._present(attachment_id)
        if self._temp is None:
            self._temp = Path(tempfile.mkdtemp(prefix="crm-attachments-"))
        folder = self._temp / found.id
        folder.mkdir(exist_ok=True)
        return self.export(attachment_id, folder / (os.path.basename(found.file_name) or "attachment"))

    # --- deleting ------------------------------------------------------------------------------

    def delete(self, attachment_id: str) -> None:
        """A tombstone, synced; the file stays on disk until the tombstone is purged."""
        with UnitOfWork(self.store) as uow, said_as_disk_full(self.store.path.parent):
            row = uow.attachments.get(attachment_id)
            if row is None:
                raise NotFoundError(attachment_id)
            row.deleted_at = utcnow()
            uow.commit()

    def close(self) -> None:
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None
