"""A download's partial file: resumed after a kill (torn last chunk dropped) and appended to durably."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from crm_desktop.store.blob_format import BlobFormatError, Codec
from crm_desktop.store.disk_full import DiskFullError, is_disk_full

if TYPE_CHECKING:
    from crm_desktop.store.blobs import BlobStore


def resume(store: BlobStore, sha: str, size: int) -> tuple[Codec, int, bytes]:
    """(codec, whole chunks held, plaintext of the unfinished chunk) of the partial download, made if none."""
    part = store.part_path(sha)
    if part.exists():
        try:
            return _resume(store, sha, size)
        except (BlobFormatError, ValueError):
            part.unlink(missing_ok=True)  # another size, another key, or a damaged header: start again
    codec = store.new_codec(sha, size)
    part.parent.mkdir(parents=True, exist_ok=True)
    temp = part.with_name(part.name + ".tmp")
    try:
        with open(temp, "wb") as out:
            out.write(codec.header.pack())
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, part)
        store.write_tail(sha, 0, b"")
    except Exception as error:
        temp.unlink(missing_ok=True)
        if is_disk_full(error, store.folder):
            raise DiskFullError(store.folder) from error
        raise
    return codec, 0, b""


def _resume(store: BlobStore, sha: str, size: int) -> tuple[Codec, int, bytes]:
    with open(store.part_path(sha), "r+b") as f:
        codec = store.codec_of(sha, f)
        if codec.header.size != size:
            raise ValueError("another size")
        length = os.fstat(f.fileno()).st_size
        chunks = 0
        while chunks < codec.chunks() and codec.chunk_offset(chunks) + codec.chunk_length(chunks) + codec.overhead \
                <= length:
            chunks += 1
        if chunks:
            try:  # a kill while a chunk was written leaves it torn: it is received again
                f.seek(codec.chunk_offset(chunks - 1))
                codec.open(chunks - 1, f.read(codec.chunk_length(chunks - 1) + codec.overhead))
            except BlobFormatError:
                chunks -= 1
        end = codec.chunk_offset(chunks) if chunks < codec.chunks() else codec.stored_size()
        if length != end:
            f.truncate(end)
            os.fsync(f.fileno())
    kept = store.read_tail(sha)
    tail = b""
    if kept is not None and kept[0] == chunks and chunks < codec.chunks() and len(kept[1]) < codec.chunk_length(chunks):
        tail = kept[1]
    return codec, chunks, tail


def append(store: BlobStore, sha: str, codec: Codec, chunks: int, tail: bytes, data: bytes) -> tuple[Codec, int, bytes]:
    """Seal what completes chunks onto the part file, keep the rest as the tail; on disk before it returns.
    On failure the part file is cut back to what it held: the download resumes from there."""
    pending = tail + data
    with open(store.part_path(sha), "r+b") as f:
        f.seek(0, os.SEEK_END)
        before = f.tell()
        try:
            while chunks < codec.chunks() and len(pending) >= codec.chunk_length(chunks):
                n = codec.chunk_length(chunks)
                f.write(codec.seal(chunks, pending[:n]))
                pending = pending[n:]
                chunks += 1
            f.flush()
            os.fsync(f.fileno())
            store.write_tail(sha, chunks, pending)
        except Exception as error:
            f.truncate(before)
            store.part_path(sha).with_suffix(".tail.tmp").unlink(missing_ok=True)
            if is_disk_full(error, store.folder):
                raise DiskFullError(store.folder) from error
            raise
    return codec, chunks, pending
