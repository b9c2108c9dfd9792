"""The on-disk format of one attachment file: a small header, then the bytes in fixed-size chunks, each
sealed with AES-GCM under a key derived from the store's key (or kept plain when the store is plain).

A header names the mode, so a file written while the store was plain still reads after it is encrypted.
Chunk i of a file is sealed with nonce = the file's random 8-byte prefix + i, and the file's sha256, its
size and i as associated data: a chunk cannot be moved, a file cannot be cut short or swapped unnoticed,
and any range is read by opening only the chunks it touches.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"CRMBLOB1"
PLAIN, SEALED = 0, 1
CHUNK = 64 * 1024          # plaintext bytes per chunk
TAG = 16                   # AES-GCM's tag on each sealed chunk
PREFIX = 8                 # random per-file nonce prefix; the chunk index makes up the other 4 bytes
# magic, mode, nonce prefix, plaintext size, key check (which key sealed it: a clear error, not a bad tag)
_HEADER = struct.Struct(f">8sB{PREFIX}sQ8s")
HEADER_SIZE = _HEADER.size
FILE_KEY_INFO = b"crm-desktop attachments v1"
_CHECK_INFO = b"crm-desktop attachments key check v1"


class BlobFormatError(ValueError):
    """Not an attachment file, sealed with another key, or damaged."""


def file_key(store_key_raw: bytes) -> bytes:
    """The attachments' AES-256 key, derived once per session from the store's raw SQLCipher key."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=FILE_KEY_INFO).derive(store_key_raw)


def key_check(key: bytes) -> bytes:
    return hashlib.sha256(_CHECK_INFO + key).digest()[:8]


@dataclass(frozen=True)
class Header:
    mode: int
    prefix: bytes
    size: int
    check: bytes

    def pack(self) -> bytes:
        return _HEADER.pack(MAGIC, self.mode, self.prefix, self.size, self.check)

    @classmethod
    def unpack(cls, data: bytes) -> Header:
        if len(data) < HEADER_SIZE:
            raise BlobFormatError("short header")
        magic, mode, prefix, size, check = _HEADER.unpack(data[:HEADER_SIZE])
        if magic != MAGIC or mode not in (PLAIN, SEALED):
            raise BlobFormatError("not an attachment file")
        return cls(mode, prefix, size, check)


class Codec:
    """Seals and opens the chunks of one file (identity for a plain one)."""

    def __init__(self, key: bytes | None, sha256: str, header: Header) -> None:
        self.header = header
        self.sealed = header.mode == SEALED
        self._digest = bytes.fromhex(sha256)
        if self.sealed:
            if key is None:
                raise BlobFormatError("the file is encrypted and the store is not")
            if key_check(key) != header.check:
                raise BlobFormatError("the file was encrypted with another key")
            self._aead: AESGCM | None = AESGCM(key)
        else:
            self._aead = None

    @classmethod
    def new(cls, key: bytes | None, sha256: str, size: int) -> Codec:
        if key is None:
            return cls(None, sha256, Header(PLAIN, bytes(PREFIX), size, bytes(8)))
        return cls(key, sha256, Header(SEALED, os.urandom(PREFIX), size, key_check(key)))

    @property
    def overhead(self) -> int:
        return TAG if self.sealed else 0

    @property
    def stored_chunk(self) -> int:
        return CHUNK + self.overhead

    def chunks(self) -> int:
        return -(-self.header.size // CHUNK)

    def stored_size(self) -> int:
        """The whole file's length on disk."""
        return HEADER_SIZE + self.header.size + self.chunks() * self.overhead

    def chunk_offset(self, index: int) -> int:
        return HEADER_SIZE + index * self.stored_chunk

    def _nonce_and_aad(self, index: int) -> tuple[bytes, bytes]:
        return (self.header.prefix + struct.pack(">I", index),
                self._digest + struct.pack(">QQ", self.header.size, index))

    def seal(self, index: int, plain: bytes) -> bytes:
        if self._aead is None:
            return plain
        nonce, aad = self._nonce_and_aad(index)
        return self._aead.encrypt(nonce, plain, aad)

    def open(self, index: int, stored: bytes) -> bytes:
        if self._aead is None:
            return stored
        nonce, aad = self._nonce_and_aad(index)
        try:
            return self._aead.decrypt(nonce, stored, aad)
        except InvalidTag as error:
            raise BlobFormatError(f"chunk {index} is damaged") from error

    def chunk_length(self, index: int) -> int:
        """Plaintext bytes in chunk `index` (the last one may be short)."""
        return min(CHUNK, self.header.size - index * CHUNK)


def seal_loose(key: bytes | None, plain: bytes, aad: bytes) -> bytes:
    """A small piece sealed on its own with a fresh random nonce (a partial download's unfinished tail,
    rewritten as it grows: never twice under one nonce)."""
    if key is None:
        return plain
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plain, aad)


def open_loose(key: bytes | None, stored: bytes, aad: bytes) -> bytes:
    if key is None:
        return stored
    try:
        return AESGCM(key).decrypt(stored[:12], stored[12:], aad)
    except InvalidTag as error:
        raise BlobFormatError("damaged tail") from error


def read_chunk(f: BinaryIO, codec: Codec, index: int) -> bytes:
    f.seek(codec.chunk_offset(index))
    stored = f.read(codec.chunk_length(index) + codec.overhead)
    return codec.open(index, stored)


class PlainReader(io.RawIOBase):
    """The plaintext of a stored file, a chunk at a time."""

    def __init__(self, f: BinaryIO, codec: Codec) -> None:
        self._f, self._codec, self._pos = f, codec, 0
        self._cached: tuple[int, bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._codec.header.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: Any) -> int:
        if self._pos >= self._codec.header.size:
            return 0
        index = self._pos // CHUNK
        if self._cached is None or self._cached[0] != index:
            self._cached = (index, read_chunk(self._f, self._codec, index))
        chunk = self._cached[1]
        start = self._pos - index * CHUNK
        n = min(len(buffer), len(chunk) - start)
        buffer[:n] = chunk[start:start + n]
        self._pos += n
        return n

    def close(self) -> None:
        if not self.closed:
            self._f.close()
        super().close()

