"""Where attachment bytes live on the server: chunks in the database (any node serves any file), or files
in a folder every node mounts. Both take the same calls; the `blobs` row (blob_service.py) is the truth
about how many bytes are held, so bytes a backend holds beyond it are leftovers of a failed request."""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, LargeBinary, String, delete, func, insert, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from crm_server.models import Base, utcnow

READ_PIECE = 1024 * 1024  # bytes read at a time when hashing or serving a file
BATCH_CHUNKS = 16  # chunks fetched per query when serving from the database (4 MiB of 256 KiB chunks)


class Blob(Base):
    """One file's bytes by content hash: how many have arrived, whether they were verified, and who sent
    them first (their usage counts it)."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    storage: Mapped[str] = mapped_column(String(8), default="db")  # db | folder: where the bytes are
    uploader_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class BlobChunk(Base):
    """A piece of a blob as it arrived, keyed by its byte offset in the file."""

    __tablename__ = "blob_chunks"

    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256", ondelete="CASCADE"), primary_key=True)
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Backend(Protocol):
    name: str

    def write(self, s: Session, sha256: str, offset: int, data: bytes) -> None:
        """Keep `data` at `offset` of the file being received (offset = the bytes held so far)."""

    def digest(self, s: Session, sha256: str, size: int) -> str:
        """The SHA-256 of the first `size` bytes received."""

    def publish(self, s: Session, sha256: str) -> None:
        """The file is complete and verified: make it readable."""

    def read(self, sessions: SessionMaker, sha256: str, start: int, end: int) -> Iterator[bytes]:
        """Bytes [start, end) of a complete file, in pieces (each piece in a session of its own)."""

    def discard(self, s: Session, sha256: str) -> None:
        """Forget the file's bytes (a hash mismatch)."""


class SessionMaker(Protocol):
    def __call__(self) -> Session: ...


class DatabaseBackend:
    """Chunks in `blob_chunks`, written in the same transaction as the progress they make."""

    name = "db"

    def write(self, s: Session, sha256: str, offset: int, data: bytes) -> None:
        # No chunk can be at or past `offset`: chunks commit with the progress they make, and a
        # mismatch deletes them with their row.
        s.execute(insert(BlobChunk).values(sha256=sha256, offset=offset, data=data))

    def digest(self, s: Session, sha256: str, size: int) -> str:
        hasher, position = hashlib.sha256(), 0
        while position < size:
            rows = s.execute(select(BlobChunk.offset, BlobChunk.data).where(
                BlobChunk.sha256 == sha256, BlobChunk.offset >= position).order_by(BlobChunk.offset).limit(16)).all()
            if not rows:
                break
            for offset, data in rows:
                if offset != position:
                    return ""  # a hole: cannot be the file
                hasher.update(data[: size - position])
                position += len(data)
        return hasher.hexdigest() if position >= size else ""

    def publish(self, s: Session, sha256: str) -> None:
        pass  # committed chunks of a complete row are readable as they are

    def read(self, sessions: SessionMaker, sha256: str, start: int, end: int) -> Iterator[bytes]:
        position = 0
        if start > 0:  # the chunk the range starts in
            with sessions() as s:
                position = s.scalar(select(func.max(BlobChunk.offset)).where(BlobChunk.sha256 == sha256,
                                                                              BlobChunk.offset <= start)) or 0
        while position < end:
            with sessions() as s:
                rows = s.execute(select(BlobChunk.offset, BlobChunk.data).where(
                    BlobChunk.sha256 == sha256, BlobChunk.offset >= position, BlobChunk.offset < end)
                    .order_by(BlobChunk.offset).limit(BATCH_CHUNKS)).all()
            if not rows:
                return
            for offset, data in rows:
                piece = data[max(0, start - offset): end - offset]
                if piece:
                    yield piece
                position = offset + len(data)

    def discard(self, s: Session, sha256: str) -> None:
        s.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha256))


class FolderBackend:
    """Files in a folder shared by the nodes (NFS, SMB): `partial/<sha256>` while arriving, then moved to
    `<sha256[:2]>/<sha256>` in one rename once verified. Writes are flushed to disk before the database
    records them; the row lock of the blob (blob_service.py) keeps two nodes from writing one file."""

    name = "folder"

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _partial(self, sha256: str) -> Path:
        return self.root / "partial" / sha256

    def final(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def write(self, s: Session, sha256: str, offset: int, data: bytes) -> None:
        path = self._partial(sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            os.pwrite(fd, data, offset)
            os.ftruncate(fd, offset + len(data))  # drops what a failed request left past this point
            os.fsync(fd)
        finally:
            os.close(fd)

    def digest(self, s: Session, sha256: str, size: int) -> str:
        path = self._partial(sha256)
        if not path.exists() or path.stat().st_size < size:
            return ""
        hasher = hashlib.sha256()
        with path.open("rb") as f:
            remaining = size
            while remaining > 0 and (piece := f.read(min(READ_PIECE, remaining))):
                hasher.update(piece)
                remaining -= len(piece)
        return hasher.hexdigest()

    def publish(self, s: Session, sha256: str) -> None:
        target = self.final(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(self._partial(sha256), target)
        _sync_folder(target.parent)

    def read(self, sessions: SessionMaker, sha256: str, start: int, end: int) -> Iterator[bytes]:
        with self.final(sha256).open("rb") as f:
            f.seek(start)
            remaining = end - start
            while remaining > 0 and (piece := f.read(min(READ_PIECE, remaining))):
                remaining -= len(piece)
                yield piece

    def discard(self, s: Session, sha256: str) -> None:
        for path in (self._partial(sha256), self.final(sha256)):
            path.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    """The rename reaches the disk (where the platform lets a folder be flushed)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def backends(attachments_dir: str | None) -> dict[str, Backend]:
    """Every backend this node can read, by name; the folder one only when a folder is configured."""
    found: dict[str, Backend] = {"db": DatabaseBackend()}
    if attachments_dir:
        found["folder"] = FolderBackend(Path(attachments_dir))
    return found
