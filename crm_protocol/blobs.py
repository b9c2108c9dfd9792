"""Attachment files on the wire: their paths, the chunk a client sends at a time, and the refusals it reads."""

from __future__ import annotations

from typing import TypedDict

BLOB_PATH = "/sync/blobs/{sha256}"  # HEAD: how far; GET: the bytes (Range); PUT ?size=&offset=: a chunk
BLOB_LIMITS_PATH = "/sync/blobs/limits"
CHUNK_BYTES = 256 * 1024  # well under the server's body limit, small enough that a cut costs little

# Refusals (the `error` of a JSON answer)
FILE_TOO_LARGE, QUOTA_EXCEEDED = "file_too_large", "quota_exceeded"  # 413
OFFSET_GAP, SIZE_MISMATCH, INCOMPLETE = "offset_gap", "size_mismatch", "incomplete"  # 409
HASH_MISMATCH = "hash_mismatch"  # 422: the bytes were dropped, send the file again


class BlobLimits(TypedDict):
    max_file_bytes: int
    max_user_bytes: int


class BlobStatusAnswer(TypedDict):
    sha256: str
    size: int
    received: int
    complete: bool
