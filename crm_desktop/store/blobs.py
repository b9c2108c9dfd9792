"""Attachment files on this laptop, by content hash, encrypted at rest like the store (blob_format.py).

A file is written under a temporary name and renamed when whole, so a crash or a full disk never leaves a
half file under a real name. A download is kept as `<sha>.part` (whole sealed chunks, appended) and
`<sha>.tail` (the unfinished last chunk, sealed on its own and replaced as it grows), so it resumes where
it stopped and its plaintext never touches the disk.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.store import blob_receive
from crm_desktop.store.blob_copy import SHA256, SHARD, blob_dir_for
from crm_desktop.store.blob_format import (
    CHUNK,
    HEADER_SIZE,
    BlobFormatError,
    Codec,
    Header,
    PlainReader,
    file_key,
    open_loose,
    read_chunk,
    seal_loose,
)
from crm_desktop.store.cipher import StoreKey
from crm_desktop.store.disk_full import DiskFullError, is_disk_full
from crm_desktop.store.models.attachments import Attachment, LocalBlob

__all__ = ["DEFAULT_MAX_FILE_BYTES", "DEFAULT_MAX_USER_BYTES", "MAX_FILE_KEY", "MAX_USER_KEY", "BlobFormatError",
           "BlobStore", "blob_dir_for"]

# The admin's limits, in sync_state (local settings); the sync updates them from the server.
MAX_FILE_KEY = "attachments/max_file_bytes"
MAX_USER_KEY = "attachments/max_user_bytes"
DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024
DEFAULT_MAX_USER_BYTES = 2 * 1024 * 1024 * 1024
_READ = 1024 * 1024


@dataclass
class _Receiving:
    codec: Codec
    chunks: int       # whole chunks in the .part file
    tail: bytes       # plaintext of the unfinished chunk `chunks`

    @property
    def held(self) -> int:
        return min(self.chunks * CHUNK, self.codec.header.size) + len(self.tail)


def _check_sha(sha256: str) -> str:
    if not SHA256.match(sha256):
        raise ValueError(f"not a sha256: {sha256!r}")
    return sha256


def seal_into(out: BinaryIO, codec: Codec, sha: str, source: BinaryIO) -> None:
    """The whole file, header and chunks, from `source` (its plaintext) into `out`, on disk when it returns.
    Raises ValueError when the bytes read are not the file `sha` names (it changed while it was read)."""
    digest = hashlib.sha256()
    out.write(codec.header.pack())
    for index in range(codec.chunks()):
        block = source.read(codec.chunk_length(index))
        digest.update(block)
        out.write(codec.seal(index, block))
    if source.read(1) or digest.hexdigest() != sha:
        raise ValueError("the file changed while it was being read")
    out.flush()
    os.fsync(out.fileno())


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not possible on every platform (Windows): the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _file_sha(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as f:
        while block := f.read(_READ):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


class BlobStore:
    """The attachment files of one store (its folder `<stem>.files/` beside it).

    Its LocalBlob rows are this laptop's own bookkeeping of the files (never synced, no journal): each is
    written in a short transaction of its own (`sessions.begin()`) next to the file it describes, as the
    device user is written where the store is opened; the records that refer to files are the controllers'."""

    def __init__(self, folder: Path, key: StoreKey | None, sessions: sessionmaker[Any]) -> None:
        self.folder = Path(folder)
        self.encrypted = key is not None
        self._key = file_key(key.raw) if key is not None else None
        self._sessions = sessions
        self._lock = threading.RLock()
        self._receiving: dict[str, _Receiving] = {}
        # Put this session and not yet referenced by an attachment: never taken for garbage meanwhile.
        self._fresh: set[str] = set()

    # --- paths -------------------------------------------------------------------------------

    def path_of(self, sha256: str) -> Path:
        sha256 = _check_sha(sha256)
        return self.folder / sha256[:2] / sha256

    def _part(self, sha256: str) -> Path:
        return self.path_of(sha256).with_suffix(".part")

    def _tail(self, sha256: str) -> Path:
        return self.path_of(sha256).with_suffix(".tail")

    # --- writing a whole file ------------------------------------------------------------------

    def put_file(self, path: Path) -> tuple[str, int]:
        """Keep the file at `path`: (its sha256, its size). Raises OSError when it cannot be read, DiskFullError."""
        path = Path(path)
        sha, size = _file_sha(path)
        with self._lock:
            if not self.has(sha):
                with open(path, "rb") as source:
                    self._write(sha, size, source)
            self._mark_present(sha, size)
            self._fresh.add(sha)
        return sha, size

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        sha, size = hashlib.sha256(data).hexdigest(), len(data)
        with self._lock:
            if not self.has(sha):
                self._write(sha, size, io.BytesIO(data))
            self._mark_present(sha, size)
            self._fresh.add(sha)
        return sha, size

    def _write(self, sha: str, size: int, source: BinaryIO) -> None:
        final = self.path_of(sha)
        codec = Codec.new(self._key, sha, size)
        temp = final.with_name(f".{sha}.{os.urandom(4).hex()}.tmp")
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            with open(temp, "wb") as out:
                seal_into(out, codec, sha, source)
            os.replace(temp, final)
            _fsync_dir(final.parent)
        except BaseException as error:
            temp.unlink(missing_ok=True)
            if isinstance(error, Exception) and is_disk_full(error, self.folder):
                raise DiskFullError(self.folder) from error
            raise

    def _mark_present(self, sha: str, size: int, *, downloaded: bool = False) -> None:
        try:
            with self._sessions.begin() as session:
                row = self._row(session, sha, size)
                row.present = True
                if downloaded:
                    row.uploaded, row.transferred, row.last_error = True, size, None
        except Exception as error:
            if is_disk_full(error, self.folder):
                raise DiskFullError(self.folder) from error
            raise

    @staticmethod
    def _row(session: Session, sha: str, size: int) -> LocalBlob:
        row = session.get(LocalBlob, sha)
        if row is None:
            row = LocalBlob(sha256=sha, size=size, present=False, uploaded=False, transferred=0, attempts=0)
            session.add(row)
        return row

    # --- reading -------------------------------------------------------------------------------

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def size(self, sha256: str) -> int:
        with open(self.path_of(sha256), "rb") as f:
            return Header.unpack(f.read(HEADER_SIZE)).size

    def _codec(self, sha: str, f: BinaryIO) -> Codec:
        return Codec(self._key, sha, Header.unpack(f.read(HEADER_SIZE)))

    def read_range(self, sha256: str, offset: int, length: int) -> bytes:
        """Plaintext bytes [offset, offset + length) (fewer at the end of the file); only the chunks they
        fall in are opened."""
        if offset < 0 or length < 0:
            raise ValueError("negative range")
        with open(self.path_of(sha256), "rb") as f:
            codec = self._codec(sha256, f)
            end = min(offset + length, codec.header.size)
            if end <= offset:
                return b""
            parts = [read_chunk(f, codec, i) for i in range(offset // CHUNK, (end - 1) // CHUNK + 1)]
        start = offset - (offset // CHUNK) * CHUNK
        return b"".join(parts)[start:start + end - offset]

    def open_plain(self, sha256: str) -> BinaryIO:
        """A readable, seekable plaintext stream of the file (close it when done)."""
        f = open(self.path_of(sha256), "rb")  # noqa: SIM115 - handed to the reader, closed with it
        try:
            codec = self._codec(sha256, f)
        except BaseException:
            f.close()
            raise
        return io.BufferedReader(PlainReader(f, codec), buffer_size=CHUNK)

    def export_to(self, sha256: str, dest: Path) -> None:
        """The plaintext file at `dest`, whole or not at all."""
        dest = Path(dest)
        temp = dest.with_name(f".{dest.name}.{os.urandom(4).hex()}.tmp")
        try:
            with self.open_plain(sha256) as source, open(temp, "wb") as out:
                while block := source.read(_READ):
                    out.write(block)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, dest)
        except BaseException as error:
            temp.unlink(missing_ok=True)
            if isinstance(error, Exception) and is_disk_full(error, dest.parent):
                raise DiskFullError(dest.parent) from error
            raise

    # --- receiving (downloads) -------------------------------------------------------------------

    def begin_receive(self, sha256: str, size: int) -> int:
        """Start or resume receiving the file; returns the bytes already held (`size` when it is here)."""
        with self._lock:
            if self.has(sha256):
                self._receiving.pop(sha256, None)
                return size
            state = self._resume(sha256, size)
            self._receiving[sha256] = state
            try:
                with self._sessions.begin() as session:
                    row = self._row(session, sha256, size)
                    row.size, row.transferred = size, state.held
            except Exception as error:
                if is_disk_full(error, self.folder):
                    raise DiskFullError(self.folder) from error
                raise
            return state.held

    def _resume(self, sha: str, size: int) -> _Receiving:
        from crm_desktop.store.blob_receive import resume

        return _Receiving(*resume(self, sha, size))

    def receive(self, sha256: str, offset: int, data: bytes) -> int:
        """Append `data` found at `offset` of the file; durable on disk before it returns the bytes now held.
        Data already held is skipped; a gap raises ValueError."""
        with self._lock:
            state = self._receiving.get(sha256)
            if state is None:
                raise ValueError("begin_receive first")
            held = state.held
            if offset > held:
                raise ValueError(f"gap: {held} bytes held, {offset} offered")
            data = data[held - offset:]
            if not data:
                return held
            if held + len(data) > state.codec.header.size:
                raise ValueError("more bytes than the file has")
            now = _Receiving(*blob_receive.append(self, sha256, state.codec, state.chunks, state.tail, data))
            self._receiving[sha256] = now
            return now.held

    def finish_receive(self, sha256: str) -> bool:
        """Check the received file's sha256: it becomes present (True), or the partial file is discarded (False)."""
        with self._lock:
            state = self._receiving.get(sha256)
            if state is None or state.held != state.codec.header.size:
                raise ValueError("the file is not wholly received")
            part = self._part(sha256)
            digest = hashlib.sha256()
            with open(part, "rb") as f:
                self._codec(sha256, f)
                for index in range(state.codec.chunks()):
                    digest.update(read_chunk(f, state.codec, index))
            self._receiving.pop(sha256)
            self._tail(sha256).unlink(missing_ok=True)
            if digest.hexdigest() != sha256:
                part.unlink(missing_ok=True)
                with self._sessions.begin() as session:
                    row = self._row(session, sha256, state.codec.header.size)
                    row.transferred, row.last_error = 0, "sha256 mismatch"
                return False
            os.replace(part, self.path_of(sha256))
            _fsync_dir(part.parent)
            self._mark_present(sha256, state.codec.header.size, downloaded=True)
            return True

    # --- housekeeping ----------------------------------------------------------------------------

    def delete_unreferenced(self) -> int:
        """Remove the files (and their LocalBlob rows) that no attachment, live or tombstoned, refers to any
        more; returns how many files went. A deleted attachment's file stays until its tombstone is purged."""
        with self._lock:
            with self._sessions.begin() as session:
                keep = set(session.scalars(select(Attachment.sha256).distinct())) | self._fresh
                session.execute(delete(LocalBlob).where(LocalBlob.sha256.not_in(keep)))
            removed = 0
            for f in self._files():
                sha = f.name.lstrip(".")[:64]
                if sha in keep and not f.name.startswith("."):
                    continue
                if f.name.startswith(".") or f.name.endswith((".part", ".tail")):
                    f.unlink(missing_ok=True)  # a temporary file left by a crash, or an abandoned download
                    continue
                f.unlink(missing_ok=True)
                removed += 1
            return removed

    def _files(self) -> Iterator[Path]:
        if not self.folder.is_dir():
            return
        for shard in self.folder.iterdir():
            if shard.is_dir() and SHARD.match(shard.name):
                yield from (f for f in shard.iterdir() if f.is_file())

    def bytes_on_disk(self) -> int:
        return sum(f.stat().st_size for f in self._files())

    def write_tail(self, sha: str, index: int, tail: bytes) -> None:
        """The unfinished chunk `index` of a download, replaced whole (blob_receive.py)."""
        target = self._tail(sha)
        if not tail:
            target.unlink(missing_ok=True)
            return
        aad = bytes.fromhex(sha) + struct.pack(">Q", index)
        temp = target.with_name(target.name + ".tmp")
        with open(temp, "wb") as out:
            out.write(struct.pack(">Q", index) + seal_loose(self._key, tail, aad))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)

    def read_tail(self, sha: str) -> tuple[int, bytes] | None:
        target = self._tail(sha)
        try:
            stored = target.read_bytes()
            index = struct.unpack(">Q", stored[:8])[0]
            return index, open_loose(self._key, stored[8:], bytes.fromhex(sha) + stored[:8])
        except (OSError, struct.error, BlobFormatError):
            return None

    def part_path(self, sha: str) -> Path:
        return self._part(sha)

    def new_codec(self, sha: str, size: int) -> Codec:
        return Codec.new(self._key, sha, size)

    def codec_of(self, sha: str, f: BinaryIO) -> Codec:
        return self._codec(sha, f)

